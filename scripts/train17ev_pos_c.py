"""train17: Katrin Vogel's own interviews, part C (German: Google, softgarden, public bodies, hand-typed)."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    TZ_CENTRAL_EU,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    olson,
    org,
    s,
    teams,
    webex,
    yes,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # Google Calendar invite from an HR person at a Munich software firm, Kennenlernen = recruiter screen
    out.append(yes("google-kennenlernen", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261125T090000Z",
        "DTEND:20261125T093000Z",
        "DTSTAMP:20261120T103322Z",
        "ORGANIZER;CN=Johanna Seidl:mailto:johanna.seidl@urbanwerk.de",
        "UID:0r6c1qv8tm3k2h5f7d9s4a1bpe@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Johanna Seidl;"
        "X-NUM-GUESTS=0:mailto:johanna.seidl@urbanwerk.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vogel;"
        "X-NUM-GUESTS=0:mailto:katrin.vogel@mailbox.org",
        d("Hallo Frau Vogel,\n\nschön, dass Sie sich für die Stelle als Product Owner Smart City bei Urbanwerk "
          "beworben haben. In diesem ersten Kennenlernen (30 Min.) sprechen wir über Ihren Werdegang, Ihre "
          "Gehaltsvorstellung und den Ablauf.\n\nJohanna Seidl, Talent Acquisition\n\n" + meet("de", "ebr-knyt-wuz")),
        s("Kennenlernen Urbanwerk x Katrin Vogel"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT"]), method="REQUEST"),
        "Urbanwerk", "Product Owner Smart City", "recruiter_screen", "johanna.seidl@urbanwerk.de"))

    # hand-typed terse iOS note: phone interview with a public IT service provider
    out.append(yes("handtyped-tel", "de", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:0A9E1F44-6C2B-4F8D-A1E3-3B7C9D2E5F60",
        "DTSTAMP:20261121T065000Z",
        "DTSTART;TZID=Europe/Berlin:20261127T150000",
        "DTEND;TZID=Europe/Berlin:20261127T153000",
        s("Tel.-Interview Datazentrale Nord (Hr. Lüders) – Stelle Produktverantwortung OZG"),
        loc("Handy"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)),
        "Datazentrale Nord", "Produktverantwortung OZG", "recruiter_screen", ""))

    # softgarden invite, job title in German, employer with legal form in invite
    out.append(yes("softgarden", "de", cal("-//softgarden e-recruiting GmbH//softgarden//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:sg-appointment-9938127-21@softgarden.io",
        "DTSTAMP:20261123T120000Z",
        "DTSTART;TZID=Europe/Berlin:20261202T130000",
        "DTEND;TZID=Europe/Berlin:20261202T140000",
        s("Vorstellungsgespräch: Consultant Öffentliche Verwaltung (w/m/d) bei GovConnect"),
        d("Sehr geehrte Frau Vogel,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.\n\nStelle: "
          "Consultant Öffentliche Verwaltung (w/m/d)\nUnternehmen: GovConnect Beratungsgesellschaft mbH\n"
          "Gesprächspartner: Frau Dr. Ulrike Brandstätter (Leitung Public Sector), Herr Malte Reuter\n"
          "Ort: Videokonferenz (Zoom)\n\n" + zoom("de", "govconnect", "814 0021 9980", "Gc0nn3ct")
          + "\n\nDiese Nachricht wurde über softgarden versendet."),
        loc("Zoom"),
        "ORGANIZER;CN=GovConnect Recruiting:mailto:jobs@govconnect-beratung.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "GovConnect", "Consultant Öffentliche Verwaltung", "", ""))

    # her own interview invite sent to her WORK address by an association (tricky: work address, still hers)
    out.append(yes("to-work-address", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Kessler, Dorothea\":mailto:d.kessler@staedtenetz-digital.de",
        att(ME_WORK, "k.vogel@stadtkaemmerei-muenchen.de"),
        att("m.janssen@staedtenetz-digital.de", "Janssen, Maren"),
        d("Sehr geehrte Frau Vogel,\n\nda Sie uns Ihre dienstliche Adresse als Kontakt angegeben haben, erhalten Sie "
          "die Einladung hierhin. Wir laden Sie zum Vorstellungsgespräch für die Stelle \"Referentin Haushalt & "
          "Digitalisierung\" in unserer Geschäftsstelle ein. Gesprächspartnerinnen: Dorothea Kessler "
          "(Geschäftsführerin) und Maren Janssen (Referatsleitung Finanzen).\n\nMit freundlichen Grüßen\n"
          "Städtenetz Digital e.V.\n\n" + teams("de", "366 120 845 03", "Sn7dQ1")),
        s("Vorstellungsgespräch Referentin Haushalt & Digitalisierung (Städtenetz Digital)"),
        "DTSTART;TZID=W. Europe Standard Time:20261210T080000",
        "DTEND;TZID=W. Europe Standard Time:20261210T090000",
        "UID:040000008200E00074C5B7101A82E0080000000041D8C3A4255EDB01000000000000000010000000D17A",
        "DTSTAMP:20261202T140000Z",
        loc("Microsoft Teams-Besprechung"),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Städtenetz Digital", "Referentin Haushalt & Digitalisierung", "",
        "d.kessler@staedtenetz-digital.de;m.janssen@staedtenetz-digital.de", trap="own_interview_work_address"))

    # Personio hiring-manager round, founder/CEO, employer domain is an abbreviation
    out.append(yes("personio-hm", "de", cal("-//Personio GmbH//Personio Calendar//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:personio-interview-b10e4c3d-2a11-4f0e-8e21-vwk-2",
        "DTSTAMP:20261205T090000Z",
        "DTSTART:20261211T100000Z",
        "DTEND:20261211T110000Z",
        s("Zweitgespräch mit der Geschäftsführung – VerwaltungsWerk"),
        d("Hallo Katrin,\n\nim zweiten Gespräch lernst du unseren Geschäftsführer Dirk Hamann kennen, der die "
          "Rolle Lead Consultant Kommunen direkt führen wird.\n\nVerwaltungsWerk GmbH\n"
          "Diese Einladung wurde über Personio versendet."),
        loc("VerwaltungsWerk, Leopoldstraße 31, München"),
        "ORGANIZER;CN=VerwaltungsWerk GmbH:mailto:no-reply@vwk.personio.de",
        att("dirk.hamann@vwk.de", "Dirk Hamann"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"),
        "VerwaltungsWerk", "Lead Consultant Kommunen", "hiring_manager", "dirk.hamann@vwk.de"))

    # all-day Probearbeitstag, Apple entry by the user (floating all-day, hand-typed)
    out.append(yes("probetag-allday", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:AD5F3B10-7E2C-4D9A-8B6E-1F0C2A3B4D5E",
        "DTSTAMP:20261208T201200Z",
        "DTSTART;VALUE=DATE:20261217",
        "DTEND;VALUE=DATE:20261218",
        s("Probetag Amtlich Labs"),
        d("9 Uhr Werksviertel, Felix + Team. Laptop mit!"),
        "TRANSP:TRANSPARENT",
        "END:VEVENT"])),
        "Amtlich Labs", "", "onsite", "", trap="trial_day"))

    # Calendly booked phone interview, German
    out.append(yes("calendly-tel", "de", cal("-//Calendly//Calendly//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:a4f9e2c1-3b7d-4c0e-9f8a-2d1c0b9a8e7f@calendly.com",
        "DTSTAMP:20261118T161600Z",
        "DTSTART:20261126T130000Z",
        "DTEND:20261126T132000Z",
        s("Telefoninterview (20 Min.) zwischen Miriam Vogt und Katrin Vogel"),
        d("Veranstaltungsname: Telefoninterview (20 Min.)\n\nEingeladene Person: Katrin Vogel\n"
          "Telefonnummer: +49 171 5550123\n\nFragen: Für welche Stelle bewerben Sie sich?\nAntwort: Junior "
          "Berater*in Verwaltungsdigitalisierung\n\nNeuland Public Consulting\n\nAbsagen: "
          "https://calendly.com/cancellations/a4f9e2c1"),
        loc("Miriam Vogt ruft Sie an."),
        "ORGANIZER;CN=Miriam Vogt:mailto:miriam.vogt@neuland-pc.de",
        att(ME_PRIVATE, "Katrin Vogel", partstat="ACCEPTED"),
        att("miriam.vogt@neuland-pc.de", "Miriam Vogt", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST"),
        "Neuland Public Consulting", "Junior Berater*in Verwaltungsdigitalisierung", "recruiter_screen",
        "miriam.vogt@neuland-pc.de"))

    # Swiss firm, Workday (DE), abbreviation domain, Central Europe zone name
    out.append(yes("workday-ch", "de", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{3E8C1B0A-94D2-4F7B-AE6C-5D1B2C3A4F90}",
        "DTSTAMP:20261129T091800Z",
        "DTSTART;TZID=Central Europe Standard Time:20261207T140000",
        "DTEND;TZID=Central Europe Standard Time:20261207T150000",
        s("Interview eOperations Schweiz – Produktmanagerin Behördenlösungen"),
        d("Grüezi Frau Vogel\n\nGerne bestätigen wir Ihnen das erste Interview mit Frau Corinne Blaser "
          "(Leiterin Produktmanagement) und Herrn Stefan Imhof (HR). Das Gespräch findet via MS Teams statt.\n\n"
          "Freundliche Grüsse\neOperations Schweiz AG\n\n" + teams("de", "349 811 203 76", "eOp77x")),
        org("stefan.imhof@eops.ch", "Imhof Stefan"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("corinne.blaser@eops.ch", "Blaser Corinne"),
        loc("Microsoft Teams-Besprechung"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_CENTRAL_EU),
        "eOperations Schweiz", "Produktmanagerin Behördenlösungen", "",
        "stefan.imhof@eops.ch;corinne.blaser@eops.ch"))

    # federal research institute, panel with Gleichstellungsbeauftragte and Personalrat (they sit on the panel)
    out.append(yes("public-panel", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Referat Personal (DIVI)\":mailto:personal@divi-berlin.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("andrea.thiel@divi-berlin.de", "Thiel, Andrea"),
        att("gleichstellung@divi-berlin.de", "Gleichstellungsbeauftragte DIVI"),
        att("personalrat@divi-berlin.de", "Personalrat DIVI"),
        att("r-0.17@divi-berlin.de", "Raum 0.17 (Seminarraum)", cutype="ROOM", role="NON-PARTICIPANT", rsvp=""),
        d("Sehr geehrte Frau Vogel,\n\nhiermit laden wir Sie zum Auswahlgespräch für die Stelle "
          "\"Wissenschaftliche Referentin Verwaltungsinformatik\" (Kennziffer 44/26) am Deutschen Institut für "
          "Verwaltungsinformatik ein. Dem Gremium gehören Frau Dr. Thiel (Abteilungsleitung), die "
          "Gleichstellungsbeauftragte und ein Mitglied des Personalrats an. Reisekosten werden nach BRKG erstattet."
          "\n\nMit freundlichen Grüßen\nReferat Personal"),
        s("Auswahlgespräch Kennziffer 44/26 – Frau Vogel"),
        "DTSTART;TZID=W. Europe Standard Time:20261214T130000",
        "DTEND;TZID=W. Europe Standard Time:20261214T140000",
        "UID:040000008200E00074C5B7101A82E008000000005E2F1A00265EDB0100000000000000001000000044AB",
        "DTSTAMP:20261203T081500Z",
        loc("DIVI, Alt-Moabit 96, 10559 Berlin, Raum 0.17"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Deutsches Institut für Verwaltungsinformatik", "Wissenschaftliche Referentin Verwaltungsinformatik", "",
        "andrea.thiel@divi-berlin.de;gleichstellung@divi-berlin.de;personalrat@divi-berlin.de"))

    # Vienna city-owned company, Zoom, hiring manager + team
    out.append(yes("zoom-vienna", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Vienna:20261209T150000",
        "DTEND;TZID=Europe/Vienna:20261209T160000",
        "DTSTAMP:20261203T100000Z",
        "ORGANIZER;CN=Lukas Hofbauer:mailto:lukas.hofbauer@wsd.wien",
        "UID:2bm7t0r5q9s1v3k8c4n6d0fhu1@google.com",
        att("lukas.hofbauer@wsd.wien", "Lukas Hofbauer", partstat="ACCEPTED"),
        att("theresa.gruber@wsd.wien", "Theresa Gruber"),
        att(ME_PRIVATE, "katrin.vogel@mailbox.org"),
        d("Servus Katrin,\n\nwie besprochen das Fachgespräch zur Stelle Produktmanagerin Bürgerservice-Portal "
          "mit Theresa (Teamleitung UX) und mir.\n\nLG Lukas\nWiener Stadtservice Digital GmbH\n\n"
          + zoom("de", "wsd", "862 4418 0093", "WsD2026a")),
        s("Fachgespräch Produktmanagerin Bürgerservice-Portal"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Vienna")),
        "Wiener Stadtservice Digital", "Produktmanagerin Bürgerservice-Portal", "technical",
        "lukas.hofbauer@wsd.wien;theresa.gruber@wsd.wien"))

    # Google reschedule (same UID, SEQUENCE 1), consultancy final with partners
    out.append(yes("google-moved-final", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261216T080000Z",
        "DTEND:20261216T093000Z",
        "DTSTAMP:20261210T172000Z",
        "ORGANIZER;CN=Sabine Wolters:mailto:sabine.wolters@brueckner-advisory.de",
        "UID:6vd2k8l0p4r9e1s7n3c5b0qmt8@google.com",
        att("sabine.wolters@brueckner-advisory.de", "Sabine Wolters", partstat="ACCEPTED"),
        att("christoph.brueckner@brueckner-advisory.de", "Christoph Brückner"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Neuer Termin (wir mussten um einen Tag schieben – sorry!).\n\nAbschlussgespräch für die Position "
          "Managerin Public Finance & Digitalisierung mit unseren Partnern Christoph Brückner und Sabine Wolters. "
          "Im Anschluss gemeinsames Mittagessen.\n\nBrückner Public Advisory PartG mbB\n\n"
          + meet("de", "rxu-qbwn-ptc")),
        s("Abschlussgespräch Brückner Public Advisory – Katrin Vogel (NEUER TERMIN)"),
        loc("Brückner Public Advisory, Prinzregentenstraße 22, München"),
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"),
        "Brückner Public Advisory", "Managerin Public Finance & Digitalisierung", "final",
        "sabine.wolters@brueckner-advisory.de;christoph.brueckner@brueckner-advisory.de", trap="rescheduled"))

    # Webex technical interview with a state-owned IT service provider, German (AöR)
    out.append(yes("webex-de", "de", cal("-//Cisco//Webex Meetings 44.10//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:WBX-1f4a77c2b9e84d21a6c3@webex.com",
        "DTSTAMP:20261126T143000Z",
        "DTSTART:20261204T090000Z",
        "DTEND:20261204T100000Z",
        s("Fachinterview Anforderungsmanagerin E-Akte – IT-Dienstleistungszentrum Süd (AöR)"),
        d("Guten Tag Frau Vogel,\n\nanbei die Einwahldaten für Ihr Fachinterview. Es sprechen mit Ihnen Herr "
          "Norbert Fink (Leitung Anwendungsbetreuung) und Frau Aylin Demir (Anforderungsmanagement).\n\n"
          + webex("de", "itdz-sued", "2740 318 5520", "EAkte26")),
        "ORGANIZER;CN=Norbert Fink:mailto:norbert.fink@itdz-sued.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("aylin.demir@itdz-sued.de", "Aylin Demir"),
        "END:VEVENT"]), method="REQUEST"),
        "IT-Dienstleistungszentrum Süd", "Anforderungsmanagerin E-Akte", "technical",
        "norbert.fink@itdz-sued.de;aylin.demir@itdz-sued.de"))

    # Teams, short German title "Gespräch", body reveals hiring-manager interview at a foundation
    out.append(yes("vague-title", "de", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{9B0C7A12-5E3D-4F21-8C1A-77E0D4B2C6A1}",
        "DTSTAMP:20261130T120000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261207T163000",
        "DTEND;TZID=W. Europe Standard Time:20261207T171500",
        s("Gespräch Frau Vogel / Stiftung Offene Kommune"),
        d("Liebe Frau Vogel,\n\nich freue mich, Sie nach Ihrem Gespräch mit unserer Personalabteilung nun "
          "persönlich kennenzulernen. Als künftige Vorgesetzte der Programmmanagerin Digitale Daseinsvorsorge "
          "möchte ich mit Ihnen über die Aufgaben und Ihre Erfahrungen in der Kämmerei sprechen.\n\nHerzlich\n"
          "Dr. Friederike Adler\nVorständin, Stiftung Offene Kommune\n\n" + teams("de", "301 552 718 40", "Sok5eZ")),
        org("f.adler@offene-kommune.org", "Dr. Friederike Adler"),
        att(ME_PRIVATE, "Katrin Vogel"),
        loc("Microsoft Teams-Besprechung"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Stiftung Offene Kommune", "Programmmanagerin Digitale Daseinsvorsorge", "hiring_manager",
        "f.adler@offene-kommune.org"))

    return out
