"""holdout20: negatives other than the user as interviewer (written blind)."""

from __future__ import annotations

from holdout20ev_ics import (
    APPLE,
    EXCH,
    GOOGLE,
    ME,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    STAMP,
    WEST,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    txt,
    zoom,
)


def events() -> list[Ev]:
    """Given nothing returns the non-interview events of holdout20 other than the user as interviewer."""
    out: list[Ev] = []

    def add(slug: str, uid: str, trap: str, text: str) -> None:
        out.append(Ev(slug, uid, False, "", "", "", "", trap, text))

    uid = "mock-iv-coach-1@google.com"
    add("mock-coach", uid, "mock_interview", cal(GOOGLE, [
        "DTSTART:20261205T100000Z", "DTEND:20261205T110000Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("birgit.sommer.coaching@gmail.com", "Birgit Sommer"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Probe-Interview (Mock) Compliance - Coaching Sitzung 3"),
        txt("DESCRIPTION", "Wir simulieren ein Fachinterview für KYC-Stellen, danach Feedback. Bitte Lebenslauf "
            "und Ihre Antworten zu Geldwäsche-Typologien bereithalten.\n" + meet("bsc-ghht-lkp", "441 023 998"))],
        method="REQUEST"))

    uid = "mock-friend-2@icloud"
    add("mock-friend", uid, "mock_interview", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T193000", "DTEND:20261207T203000",
        txt("SUMMARY", "practice interview w/ Jule (she plays the Mainfeld Bank panel)")],
        head=("X-WR-TIMEZONE:Europe/Berlin",)))

    uid = "mock-en-peer-3@practiceiv.com"
    add("mock-platform", uid, "mock_interview", cal("-//PeerPrep//Sessions//EN", [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261213T170000Z", "DTEND:20261213T180000Z",
        txt("SUMMARY", "Practice interview: behavioural round (peer session) - Hannah & Daria"),
        txt("DESCRIPTION", "You're matched with Daria for a peer practice session. You interview each other for "
            "30 minutes, then swap. Nothing here is seen by employers."),
        org("sessions@peerprep.example", "PeerPrep"), att(ME, "Hannah Schulz"),
        att("daria.v@peerprep.example", "Daria V.")], method="REQUEST"))

    uid = "webinar-aml-careers-4@on24.com"
    add("webinar", uid, "webinar_about_interviews", cal("-//ON24//Webcast//EN", [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T170000Z", "DTEND:20261209T180000Z",
        txt("SUMMARY", "Webinar: Acing your first compliance interview - careers in AML & KYC"),
        txt("DESCRIPTION", "Thank you for registering. Our panel of MLROs shares the questions they ask in "
            "interviews and how to move from retail banking into financial crime roles.\nJoin: "
            "https://event.on24.com/wcc/r/4471203"),
        org("events@acams-community.example", "AML Careers Community"), att(ME, "Hannah Schulz")],
        method="REQUEST"))

    uid = "ihk-kurs-vorstellungsgespraech-5@ihk.example"
    add("class-de", uid, "class_about_interviews", cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261212T100000",
        f"DTEND;TZID={WEST}:20261212T150000",
        txt("SUMMARY", "Seminar: Das Vorstellungsgespräch souverän meistern (Quereinstieg Finanzbranche)"),
        txt("DESCRIPTION", "Ihre Anmeldung ist bestätigt. Inhalte: typische Fragen, Stressinterview, "
            "Gehaltsverhandlung, Übungen in Kleingruppen."),
        org("weiterbildung@ihk-akademie.example", "IHK Akademie"), att(ME, "Hannah Schulz"),
        txt("LOCATION", "IHK Akademie, Adolphsplatz 1, Hamburg")], method="REQUEST", tzs=(WEST,)))

    uid = "fr-atelier-entretien-6@apec.example"
    add("fr-workshop", uid, "class_about_interviews", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261215T140000",
        f"DTEND;TZID={ROMANCE}:20261215T160000",
        txt("SUMMARY", "Atelier en ligne : réussir ses entretiens de recrutement en conformité bancaire"),
        txt("DESCRIPTION", "Atelier collectif (15 participants). Simulations d'entretien entre participants et "
            "conseils d'une consultante."),
        org("ateliers@carrieres-finance.example", "Carrières Finance"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "ux-7@banklyapp.com"
    add("user-research", uid, "user_research", cal(GOOGLE, [
        "DTSTART:20261206T150000Z", "DTEND:20261206T154500Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("research@banklyapp.com", "Bankly Research"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Bankly user interview - mobile banking habits (EUR 40 voucher)"),
        txt("DESCRIPTION", "Thanks for signing up for our customer interview! We'll ask about how you use our "
            "app and show you a prototype. 45 minutes, voucher sent afterwards.\n" +
            meet("bkl-uurt-wqa", "990 221 337"))], method="REQUEST"))

    uid = "podcast-8@riverside.example"
    add("podcast", uid, "press_podcast", cal(GOOGLE, [
        "DTSTART:20261211T180000Z", "DTEND:20261211T190000Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("tim@finfluencer-podcast.example", "Tim Adler"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Podcast interview 'Career changers in banking' - recording with Hannah"),
        txt("DESCRIPTION", "We record the episode about your path from the branch towards compliance. "
            "Riverside link: https://riverside.fm/studio/finfluencer")], method="REQUEST"))

    uid = "press-9@abendblatt.example"
    add("press", uid, "press_podcast", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261203T120000",
        f"DTEND;TZID={WEST}:20261203T123000",
        txt("SUMMARY", "Interview Hamburger Wochenblatt: Filiale Altona 50 Jahre (Frau Schulz)"),
        txt("DESCRIPTION", "Kurzes Gespräch mit der Presse zum Filialjubiläum, freigegeben von der "
            "Unternehmenskommunikation."),
        org("presse@sparkasse-elbtal.de", "Unternehmenskommunikation"), att(ME_WORK, "Schulz, Hannah"),
        att("r.bahr@wochenblatt-hh.example", "Ruth Bahr")], method="REQUEST", tzs=(WEST,)))

    uid = "arzt-10@icloud"
    add("dentist", uid, "personal", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261204T073000", "DTEND:20261204T081500",
        txt("SUMMARY", "Dentist - Dr. Kühn (check-up)"), "LOCATION:Ottenser Hauptstraße 12"],
        head=("X-WR-TIMEZONE:Europe/Berlin",)))

    uid = "geburtstag-11@google.com"
    add("birthday", uid, "personal", cal(GOOGLE, [
        "DTSTART;VALUE=DATE:20261213", "DTEND;VALUE=DATE:20261214", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        "RRULE:FREQ=YEARLY", txt("SUMMARY", "Mum's birthday 🎂"), "TRANSP:TRANSPARENT"]))

    uid = "yoga-12@eversports.example"
    add("yoga", uid, "personal", cal("-//Eversports//Booking//DE", [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261208T180000Z", "DTEND:20261208T191500Z",
        txt("SUMMARY", "Vinyasa Yoga - Studio Flow Ottensen"),
        txt("DESCRIPTION", "Your booking is confirmed. Please arrive 10 minutes early."),
        org("noreply@eversports.example", "Eversports")]))

    uid = "wohnung-13@web.de"
    add("flat-viewing", uid, "personal", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Berlin:20261219T110000",
        "DTEND;TZID=Europe/Berlin:20261219T113000",
        txt("SUMMARY", "Flat viewing Frankfurt-Bornheim (in case Mainfeld works out)"),
        txt("DESCRIPTION", "Agent Mr Rupp, 0171 5550192, Berger Str. 201, 2 rooms")]))

    uid = "visa-cita-14@google.com"
    add("es-nie-appointment", uid, "personal", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Madrid:20261222T093000",
        "DTEND;TZID=Europe/Madrid:20261222T100000",
        txt("SUMMARY", "Cita previa banco: apertura de cuenta (Madrid)"),
        txt("DESCRIPTION", "Llevar pasaporte y certificado de empadronamiento.")]))

    uid = "jahresgespraech-15@sparkasse-elbtal.de"
    add("annual-review", uid, "internal", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261202T140000",
        f"DTEND;TZID={WEST}:20261202T150000",
        txt("SUMMARY", "Mitarbeiterjahresgespräch 2026 - Hannah Schulz / Jörg Brandes"),
        txt("DESCRIPTION", "Rückblick, Ziele 2027, Entwicklungswünsche. Bitte Selbsteinschätzung vorbereiten."),
        org("j.brandes@sparkasse-elbtal.de", "Brandes, Jörg"), att(ME_WORK, "Schulz, Hannah")],
        method="REQUEST", tzs=(WEST,)))

    uid = "gw-schulung-16@sparkasse-elbtal.de"
    add("aml-training", uid, "internal", cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261207T080000",
        f"DTEND;TZID={WEST}:20261207T090000",
        txt("SUMMARY", "Pflichtschulung Geldwäscheprävention 2026 (E-Learning + Q&A)"),
        org("gwb@sparkasse-elbtal.de", "Geldwäschebeauftragter"), att(ME_WORK, "Schulz, Hannah"),
        txt("DESCRIPTION", teams("SPKE2", "310 552 771 0", "Gw26x", de=True))], method="REQUEST", tzs=(WEST,)))

    uid = "filialrunde-17@sparkasse-elbtal.de"
    add("branch-meeting", uid, "internal", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261201T080000",
        f"DTEND;TZID={WEST}:20261201T083000", "RRULE:FREQ=WEEKLY;BYDAY=TU",
        txt("SUMMARY", "Filialrunde Altona"), org("j.brandes@sparkasse-elbtal.de", "Brandes, Jörg"),
        att(ME_WORK, "Schulz, Hannah"), att("a.kroeger@sparkasse-elbtal.de", "Kröger, Anja")],
        method="REQUEST", tzs=(WEST,)))

    uid = "uebergabe-18@sparkasse-elbtal.de"
    add("handover", uid, "internal", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261218T150000",
        f"DTEND;TZID={WEST}:20261218T160000",
        txt("SUMMARY", "Übergabe Kundenbestand von Piotr (letzte Woche vor seinem Wechsel)"),
        org("p.nowak@sparkasse-elbtal.de", "Nowak, Piotr"), att(ME_WORK, "Schulz, Hannah")],
        method="REQUEST", tzs=(WEST,)))

    uid = "coffee-19@google.com"
    add("coffee-de", uid, "coffee_chat", cal(GOOGLE, [
        "DTSTART;TZID=Europe/Berlin:20261205T160000", "DTEND;TZID=Europe/Berlin:20261205T164500",
        f"DTSTAMP:{STAMP}", f"UID:{uid}", org("svenja.m.berger@gmail.com", "Svenja Berger"),
        att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Kaffee mit Svenja (arbeitet in der Compliance bei der Hafenbank)"),
        txt("DESCRIPTION", "Einfach mal hören, wie ihr Alltag aussieht - kein Bewerbungsgespräch :)"),
        "LOCATION:Elbgold\\, Lagerstraße"]))

    uid = "coffee-en-20@linkedin-ish"
    add("coffee-en", uid, "coffee_chat", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261210T120000Z", "DTEND:20261210T123000Z",
        txt("SUMMARY", "Virtual coffee: Hannah / Priya (career chat, AML at Ledgerline)"),
        txt("DESCRIPTION", "Happy to share how I moved into financial crime - informal chat, no hiring "
            "agenda.\n" + zoom("pq1", "82277719023", "111222")),
        org("priya.nair@ledgerline.com", "Priya Nair"), att(ME, "Hannah Schulz")], method="REQUEST"))

    uid = "cafe-fr-21@google.com"
    add("coffee-fr", uid, "coffee_chat", cal(GOOGLE, [
        "DTSTART:20261212T090000Z", "DTEND:20261212T093000Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("ameliebernard.pro@gmail.com", "Amélie Bernard"), att(ME),
        txt("SUMMARY", "Café virtuel - échange sur les métiers de la conformité au Luxembourg"),
        txt("DESCRIPTION", "Échange informel entre anciennes collègues du réseau Women in Compliance. " +
            meet("awc-ppqr-zzt", "552 119 087"))], method="REQUEST"))

    uid = "jobmesse-22@google.com"
    add("job-fair", uid, "job_fair", cal(GOOGLE, [
        "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        txt("SUMMARY", "Karrieremesse Finance & Banking, Messe Frankfurt (Halle 4)"),
        txt("DESCRIPTION", "Stände: Mainfeld Bank, Rhenus Life, Clearwater Audit ... Lebensläufe drucken!")]))

    uid = "feria-empleo-23@ifema.example"
    add("es-job-fair", uid, "job_fair", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261217T100000",
        f"DTEND;TZID={ROMANCE}:20261217T140000",
        txt("SUMMARY", "Foro de Empleo Finanzas Madrid - acreditación visitante"),
        txt("DESCRIPTION", "Tu entrada para el foro de empleo. Más de 60 empresas; charlas sobre entrevistas "
            "de trabajo y CV."),
        org("foro@empleofinanzas.example", "Foro Empleo Finanzas"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "referenz-24@kontorpay.com"
    add("reference-de", uid, "reference_call", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261209T123000",
        f"DTEND;TZID={WEST}:20261209T124500",
        txt("SUMMARY", "Referenzgespräch zu Kandidat Tobias Wendt (Sie als Referenzgeberin)"),
        txt("DESCRIPTION", "Liebe Frau Schulz, Herr Wendt hat Sie als Referenz angegeben (ehemaliger Kollege "
            "in der Filiale). 15 Minuten zu seiner Arbeitsweise reichen uns."),
        org("talent@kontorpay.com", "Kontor Pay Talent"), att(ME, "Hannah Schulz")], method="REQUEST", tzs=(WEST,)))

    uid = "reference-en-25@google.com"
    add("reference-en", uid, "reference_call", cal(GOOGLE, [
        "DTSTART:20261214T110000Z", "DTEND:20261214T112000Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("hr.checks@veritrust.io", "Veritrust People"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Reference check - Lisa Brandt (you are listed as a referee)"),
        txt("DESCRIPTION", "Short call about Lisa's time as your apprentice at Sparkasse Elbtal.")],
        method="REQUEST"))

    uid = "headhunter-26@google.com"
    add("recruiter-no-employer", uid, "recruiter_call_no_employer", cal(GOOGLE, [
        "DTSTART:20261203T170000Z", "DTEND:20261203T173000Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
        org("f.lenz@lenz-executive.example", "Frank Lenz"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Kennenlernen Lenz Executive Search / Frau Schulz"),
        txt("DESCRIPTION", "Erstes Telefonat: Ihr Profil, Ihre Wünsche, Gehaltsvorstellung. Ich betreue "
            "mehrere Mandate im Bereich Compliance in Hamburg und Frankfurt.")], method="REQUEST"))

    uid = "reclutador-27@outlook.es"
    add("es-recruiter-no-employer", uid, "recruiter_call_no_employer", cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={ROMANCE}:20261208T123000",
        f"DTEND;TZID={ROMANCE}:20261208T130000",
        txt("SUMMARY", "Llamada con consultora de selección - perfil compliance"),
        txt("DESCRIPTION", "Hola Hannah, me gustaría conocerte y ver qué buscas antes de presentarte a "
            "alguno de nuestros clientes del sector financiero.\nMarina - Talento Norte Consultores"),
        org("marina.gil@talentonorte.example", "Marina Gil"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(ROMANCE,)))

    uid = "prep-block-28@icloud"
    add("prep-block", uid, "prep_block", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T080000", "DTEND:20261209T093000",
        txt("SUMMARY", "Prep for Mainfeld interview - practise the case study, write down questions")],
        head=("X-WR-TIMEZONE:Europe/Berlin",)))

    uid = "thankyou-reminder-29@icloud"
    add("thank-you-reminder", uid, "reminder", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261215T190000", "DTEND:20261215T191500",
        txt("SUMMARY", "write thank-you emails to the Paylane interviewers")], head=("X-WR-TIMEZONE:Europe/Berlin",)))

    uid = "jobcoach-30@arbeitsagentur.example"
    add("career-counselling", uid, "career_coaching", cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261216T100000",
        f"DTEND;TZID={WEST}:20261216T110000",
        txt("SUMMARY", "Berufsberatung im Erwerbsleben - Termin Frau Schulz"),
        txt("DESCRIPTION", "Beratung zu Weiterbildung (Zertifikat Compliance Officer) und beruflicher "
            "Neuorientierung."),
        org("beratung@arbeitsagentur.example", "Agentur für Arbeit Hamburg"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(WEST,)))

    uid = "fr-visite-31@google.com"
    add("fr-flat-viewing", uid, "personal", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Paris:20261220T110000",
        "DTEND;TZID=Europe/Paris:20261220T113000",
        txt("SUMMARY", "Visite appartement Paris 11e (agence Ledoux)"),
        txt("DESCRIPTION", "Rue Oberkampf, code 4512B, 3e étage")]))

    uid = "es-entrevista-radio-32@google.com"
    add("es-radio", uid, "press_podcast", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T163000Z", "DTEND:20261216T170000Z",
        org("produccion@radioeconomia.example", "Radio Economía"), att(ME, "Hannah Schulz"),
        txt("SUMMARY", "Entrevista radio: fraude bancario a mayores (como experta de sucursal)"),
        txt("DESCRIPTION", "Te llamamos al móvil 5 minutos antes. Hablamos de estafas telefónicas a clientes "
            "mayores y cómo las detectas en la sucursal.")], method="REQUEST"))

    return out
