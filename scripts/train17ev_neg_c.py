"""train17: English, French and Spanish events that are not Katrin Vogel's own job interview."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    TZ_ROMANCE,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    no,
    olson,
    org,
    s,
    teams,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # EN: practice interview on a peer platform
    out.append(no("mock-platform", "en", cal("-//Calendly//Calendly//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@calendly.com",
        "DTSTAMP:20261129T120000Z",
        "DTSTART:20261206T160000Z",
        "DTEND:20261206T170000Z",
        s("Mock case interview: Katrin Vogel and Omar Farouk (peer practice)"),
        d("Event Name: Peer mock interview (60 min)\n\nWe take turns: 25 minutes each as candidate and as "
          "interviewer, then feedback. Case pack: public sector operations.\n\nPracticeLoop community\n\n"
          + zoom("en", "us06web", "851 7702 1193", "Mock4You")),
        "ORGANIZER;CN=Omar Farouk:mailto:omar.farouk@gmail.com",
        att(ME_PRIVATE, "Katrin Vogel", partstat="ACCEPTED"),
        att("omar.farouk@gmail.com", "Omar Farouk", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST"), trap="mock_interview"))

    # EN: webinar on case interviews
    out.append(no("webinar-en", "en", cal("-//Zoom Video Communications//Zoom Webinar//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:zoom-webinar-94120337781@zoom.us",
        "DTSTAMP:20261118T100000Z",
        "DTSTART:20261203T170000Z",
        "DTEND:20261203T180000Z",
        s("Webinar: How to ace the public sector consulting interview"),
        d("Hi Katrin,\n\nThank you for registering for \"How to ace the public sector consulting interview\" "
          "hosted by GovCareers Network. Panelists from three consultancies share what they look for in case "
          "and fit interviews.\n\nPlease submit any questions to: hello@govcareers.network\n\n"
          "Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/94120337781?tk=abc\nWebinar ID: "
          "941 2033 7781"),
        org("no-reply@zoom.us", "GovCareers Network"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"), trap="webinar"))

    # EN: user research where she is the participant
    out.append(no("user-research-en", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261209T140000Z",
        "DTEND:20261209T144500Z",
        "DTSTAMP:20261202T100000Z",
        "ORGANIZER;CN=Hana Ito:mailto:hana.ito@procurely.io",
        "UID:3kw9r5q1v7m2s8c4t0d6n2bfv5@google.com",
        att("hana.ito@procurely.io", "Hana Ito", partstat="ACCEPTED"),
        att(ME_WORK, "k.vogel@stadtkaemmerei-muenchen.de"),
        d("Hi Katrin, thank you for volunteering for a 45-minute research interview about how your team "
          "approves invoices. We'll show a prototype and ask you to think aloud. No preparation needed.\n\n"
          "Hana, UX Research @ Procurely\n\n" + meet("en", "prc-uxrs-tqa")),
        s("Procurely research interview - invoice approval (participant: Katrin)"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="user_research"))

    # EN: podcast about GovTech
    out.append(no("podcast-en", "en", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:5E7A9C1E-3A5C-4E7A-9C1E-3A5C7E9A1C3E",
        "DTSTAMP:20261203T190000Z",
        "DTSTART;TZID=Europe/Berlin:20261214T180000",
        "DTEND;TZID=Europe/Berlin:20261214T190000",
        s("GovTech Voices podcast - my interview (recording)"),
        d("Host: Liam. Topics: e-invoicing, why cities are slow, what I'd change. Use the good mic."),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap="podcast_interview"))

    # EN: informational virtual coffee with someone at a company she later applies to
    out.append(no("coffee-info-en", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261120T120000Z",
        "DTEND:20261120T123000Z",
        "DTSTAMP:20261117T090000Z",
        "ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@mailbox.org",
        "UID:2fp8r4q0v6m1s7c3t9d5n1bcu6@google.com",
        att(ME_PRIVATE, "Katrin Vogel", partstat="ACCEPTED"),
        att("ben@statecraftlabs.com", "Ben Adeyemi", partstat="ACCEPTED"),
        d("Virtual coffee - Ben kindly agreed to tell me what working at Statecraft is like. No open "
          "process, I haven't applied; just learning about the team.\n\n" + meet("en", "vcf-bnad-kqe")),
        s("Virtual coffee with Ben (Statecraft) - informational"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="coffee_chat"))

    # EN: agency recruiter market chat, several clients, no employer
    out.append(no("recruiter-market", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Hughes, Sam\":mailto:sam.hughes@kestrel-talent.com",
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hi Katrin,\n\ngreat to connect on LinkedIn. Let's have a 20-minute chat about the GovTech market in "
          "DACH and what you're looking for; I work with several clients and will only introduce you with your "
          "OK.\n\nSam Hughes\nKestrel Talent\n\n" + teams("en", "399 201 774 12", "Kst7rl")),
        s("Intro call Katrin / Sam (Kestrel Talent)"),
        "DTSTART;TZID=W. Europe Standard Time:20261125T120000",
        "DTEND;TZID=W. Europe Standard Time:20261125T122000",
        "UID:040000008200E00074C5B7101A82E00800000000A4B5C6D73E5EDB0100000000000000001000000044E4",
        "DTSTAMP:20261121T140000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="recruiter_not_employer"))

    # EN: online career fair, all-day
    out.append(no("careerfair-en", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20270204",
        "DTEND;VALUE=DATE:20270205",
        "DTSTAMP:20261210T100000Z",
        "UID:4hx0r6q2v8m3s9c5t1d7n3bdt7@google.com",
        s("EU Digital Careers Fair (online) - booths: agencies, NGOs, consultancies"),
        d("Register for 1:1 booth chats in the platform. https://careers-fair.example.eu"),
        "TRANSP:TRANSPARENT",
        "END:VEVENT"]), head="X-WR-CALNAME:Katrin privat\nX-WR-TIMEZONE:Europe/Berlin"), trap="job_fair"))

    # EN: reference check, she is the reference
    out.append(no("reference-en", "en", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261208T100000Z",
        "DTEND:20261208T102000Z",
        "DTSTAMP:20261204T150000Z",
        "ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@helixgov.com",
        "UID:0bq6r2q8v4m9s5c1t7d3n9bet8@google.com",
        att("rachel.kim@helixgov.com", "Rachel Kim", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hi Katrin, thanks for agreeing to be a reference for Marco Santos, who worked with you on the city's "
          "budget app pilot. 15-20 minutes, I'll call your mobile.\nRachel, Talent @ Helix Gov"),
        s("Reference call re: Marco Santos"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="reference_call"))

    # FR: EPSO-style webinar
    out.append(no("webinar-fr", "fr", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Carrières UE – Info\":mailto:info@carrieres-ue.eu",
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Merci de votre inscription au webinaire « Préparer l'entretien avec le jury de sélection dans les "
          "institutions européennes ». Intervenants : anciens membres de jury. Questions en direct.\n\n"
          + teams("fr", "356 770 128 09", "EpS0ue")),
        s("Webinaire : préparer l'entretien avec le jury (carrières UE)"),
        "DTSTART;TZID=Romance Standard Time:20261210T123000",
        "DTEND;TZID=Romance Standard Time:20261210T133000",
        "UID:040000008200E00074C5B7101A82E00800000000B5C6D7E83F5EDB01000000000000000010000000F1F1",
        "DTSTAMP:20261130T100000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE), trap="webinar"))

    # FR: press interview about her work
    out.append(no("press-fr", "fr", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261215T090000Z",
        "DTEND:20261215T094500Z",
        "DTSTAMP:20261208T110000Z",
        "ORGANIZER;CN=Julie Mertens:mailto:julie.mertens@lesoir.be",
        "UID:5ds1r7q3v9m4s0c6t2d8n4bqs9@google.com",
        att("julie.mertens@lesoir.be", "Julie Mertens", partstat="ACCEPTED"),
        att(ME_WORK, "Katrin Vogel"),
        d("Bonjour Madame Vogel,\n\nmerci d'accepter cet entretien pour notre dossier sur la facturation "
          "électronique dans les villes européennes. Je vous appellerai sur Meet.\n\nJulie Mertens, journaliste\n\n"
          + meet("fr", "lsr-jmkv-tpw")),
        s("Interview Le Soir – facturation électronique à Munich"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="press_interview"))

    # FR: coffee with former colleague in Brussels
    out.append(no("coffee-fr", "fr", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:D3F5A7C9-E1B3-4D5F-A7C9-E1B3D5F7A9C1",
        "DTSTAMP:20261206T140000Z",
        "DTSTART;TZID=Europe/Brussels:20261216T083000",
        "DTEND;TZID=Europe/Brussels:20261216T093000",
        s("Café avec Sophie (ancienne collègue Erasmus) avant l'entretien"),
        loc("Place du Luxembourg, Bruxelles"),
        "END:VEVENT"]), tz=olson("Europe/Brussels", lic=False)), trap="coffee_chat"))

    # ES: mock interview with mentor
    out.append(no("mock-es", "es", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261207T180000Z",
        "DTEND:20261207T190000Z",
        "DTSTAMP:20261203T200000Z",
        "ORGANIZER;CN=Ana Beltrán:mailto:ana.beltran.mentora@gmail.com",
        "UID:6et2r8q4v0m5s1c7t3d9n5brr0@google.com",
        att("ana.beltran.mentora@gmail.com", "Ana Beltrán", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Katrin, hacemos un simulacro de entrevista en español antes de tu proceso con Govlytics: yo hago de "
          "entrevistadora y luego comentamos.\n\n" + meet("es", "smc-anbl-rpq")),
        s("Simulacro de entrevista (mentoría)"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="mock_interview"))

    # ES: magazine interview
    out.append(no("press-es", "es", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Redacción Administración Digital\":mailto:redaccion@administraciondigital.es",
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hola Katrin:\n\nGracias por aceptar la entrevista para nuestra revista sobre la digitalización de las "
          "finanzas municipales en Alemania. Unos 30 minutos por Teams.\n\nUn saludo,\nLa redacción\n\n"
          + teams("en", "371 662 019 30", "Rv1sta")),
        s("Entrevista revista Administración Digital"),
        "DTSTART;TZID=Romance Standard Time:20261217T160000",
        "DTEND;TZID=Romance Standard Time:20261217T163000",
        "UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9405EDB0100000000000000001000000012E5",
        "DTSTAMP:20261209T090000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE), trap="press_interview"))

    # EN: afterview's own tickler in the calendar (owner-tagged)
    out.append(no("tickler", "en", cal("-//afterview//afterview 0.1//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:afterview-tickler-thanks-quadra-2026-12-10@afterview",
        "DTSTAMP:20261210T110000Z",
        "DTSTART;TZID=Europe/Berlin:20261210T143000",
        "DTEND;TZID=Europe/Berlin:20261210T144500",
        s("Send thank-you notes — Quadra IT-Beratung, Berater*in Digitale Verwaltung"),
        d("Write down your reflections and the names of the people you met, then open the drafts."),
        "X-AFTERVIEW-OWNER:afterview",
        "X-AFTERVIEW-KEY:thanks:quadra:berater-digitale-verwaltung:1",
        "END:VEVENT"]), tz=olson("Europe/Berlin")), trap="afterview_tickler"))

    return out
