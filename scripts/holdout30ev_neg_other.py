"""Holdout30 negatives that are not the user's interview: mocks, webinars, press, personal, internal and more."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    Case,
    att,
    calendar,
    meet,
    org,
    teams,
    vevent,
    webex,
    zoom,
)

ME = att(ME_PRIVATE, "Ethan Walsh")
MEW = att(ME_WORK, "Walsh, Ethan")


def cases() -> list[Case]:
    """Given nothing returns the other negative cases."""
    out: list[Case] = []

    def add(kind: str, lang: str, uid: str, text: str, trap: str) -> None:
        out.append(Case(kind, lang, uid, False, text, trap=trap))

    u = "h30-mock-1"
    add("mock-interview-friend", "en", u, calendar(GOOGLE, [vevent(
        u, "Mock interview w/ Siobhán - SQL + competency Qs", "20261205T190000", "20261205T200000", "Europe/Dublin",
        "Siobhán's playing the hiring manager for the Brightwater prep. Practice only.", None,
        [org(ME_PRIVATE, "Ethan Walsh"), att("siobhan.k@gmail.com", "Siobhán Kearney")])], ("Europe/Dublin",)),
        "mock_interview")
    u = "h30-mock-2"
    add("mock-interview-platform", "en", u, calendar(GOOGLE, [vevent(
        u, "Practice interview: Data Analyst (peer session)", "20261206T110000Z", "20261206T120000Z", None,
        "You've been matched with a peer for a practice data analyst interview. You'll take turns as interviewer "
        "and candidate. No employer is involved.\n\n" + meet("prc-ppqa-kzm", "551 208"), None,
        [org("sessions@interviewpeers.com", "InterviewPeers"), ME, att("l.tanaka@gmail.com", "Leo Tanaka")])]),
        "mock_interview")
    u = "h30-mock-de"
    add("de-probeinterview", "de", u, calendar(APPLE, [vevent(
        u, "Probeinterview mit Karriereberaterin (Übung für Rheinland)", "20261207T180000", "20261207T190000",
        "Europe/Berlin", "Simuliertes Vorstellungsgespräch zur Vorbereitung, Zoom-Link per Mail.")],
        ("Europe/Berlin",), method=None), "mock_interview")
    u = "h30-webinar-1"
    add("webinar-interview-skills", "en", u, calendar(OUTLOOK, [vevent(
        u, "Webinar: Acing the data analyst interview - SQL, case questions and storytelling", "20261203T180000",
        "20261203T190000", "GMT Standard Time",
        "Thanks for registering! Our panel of hiring managers shares what they look for in analyst interviews. "
        "Q&A at the end.\n\n" + zoom("96611230784", "webi26"), "Zoom Webinar",
        [org("events@dataskills.academy", "DataSkills Academy"), ME])], ("GMT Standard Time",)), "webinar")
    u = "h30-webinar-fr"
    add("fr-webinaire-entretien", "fr", u, calendar(GOOGLE, [vevent(
        u, "Webinaire : réussir ses entretiens d'embauche dans la data", "20261210T123000Z", "20261210T133000Z",
        None, "Inscription confirmée. Conseils de recruteurs pour préparer vos entretiens.\n\n" +
        webex("2655 018 3390", "Webi26"), "Webex", [org("evenements@datajobs-europe.fr", "DataJobs Europe"), ME])]),
        "webinar")
    u = "h30-class-1"
    add("class-interview-course", "en", u, calendar(APPLE, [vevent(
        u, "Evening course wk 6: behavioural interview answers (STAR)", "20261209T190000", "20261209T210000",
        "Europe/Dublin", "Springboard data analytics course - careers module.", "TU Dublin, Bolton St")],
        ("Europe/Dublin",), method=None), "class")
    u = "h30-class-es"
    add("es-taller-entrevistas", "es", u, calendar(GOOGLE, [vevent(
        u, "Taller: cómo preparar entrevistas técnicas de SQL", "20261213T170000", "20261213T190000",
        "Europe/Madrid", "Taller online del bootcamp. Práctica en grupos.", None,
        [org("campus@bootcampdatos.es", "Bootcamp Datos"), ME])], ("Europe/Madrid",)), "class")
    u = "h30-userresearch"
    add("user-research-interview", "en", u, calendar(GOOGLE, [vevent(
        u, "User interview: claims app research (€50 voucher)", "20261208T170000Z", "20261208T174500Z", None,
        "Thanks for signing up to share your experience of making an insurance claim. We'll ask about your "
        "journey; no preparation needed. " + zoom("81144092271", "ux26"), "Zoom",
        [org("research@claimly-app.com", "Claimly Research"), ME])]), "user_research")
    u = "h30-press"
    add("press-interview", "en", u, calendar(EXCHANGE, [vevent(
        u, "Interview with Irish Examiner re: storm claims surge", "20261212T110000", "20261212T113000",
        "GMT Standard Time",
        "Comms have approved Ethan to speak to the Examiner's business desk about the December storm claims "
        "volumes. Talking points attached.", None,
        [org("press@shannon-mutual.ie", "Shannon Mutual Press Office"), MEW,
         att("k.dwyer@examiner.ie", "Kevin Dwyer")])], ("GMT Standard Time",)), "press")
    u = "h30-podcast-de"
    add("de-podcast-interview", "de", u, calendar(GOOGLE, [vevent(
        u, "Podcast-Interview: „Quereinstieg in Data“ (Aufnahme)", "20261216T170000Z", "20261216T180000Z", None,
        "Danke, dass du Gast in Folge 42 bist! Wir sprechen über deinen Weg von der Schadenbearbeitung zur "
        "Datenanalyse.", "Riverside.fm", [org("host@datenwechsel-podcast.de", "Datenwechsel Podcast"), ME])]),
        "podcast")
    u = "h30-personal-dentist"
    add("personal-dentist", "en", u, calendar(APPLE, [vevent(
        u, "Dentist - Dr Hanlon", "20261204T083000", "20261204T090000", "Europe/Dublin", None,
        "Ranelagh Dental")], ("Europe/Dublin",), method=None), "personal")
    u = "h30-personal-gp"
    add("personal-visa-appt", "en", u, calendar(GOOGLE, [vevent(
        u, "Passport renewal appointment", "20261211T150000Z", "20261211T153000Z", None,
        "Bring photos and old passport.", "Passport Office, Mount St")]), "personal")
    u = "h30-personal-fr"
    add("fr-rdv-perso", "fr", u, calendar(APPLE, [vevent(
        u, "RDV garagiste – contrôle technique", "20261214T080000", "20261214T090000", "Europe/Dublin")],
        ("Europe/Dublin",), method=None), "personal")
    u = "h30-personal-es-allday"
    add("es-cumple-allday", "es", u, calendar(GOOGLE, [vevent(
        u, "Cumpleaños de Lucía 🎂", "20261219", "20261220", None, "Cena en casa de sus padres")], method=None),
        "personal")
    u = "h30-personal-de"
    add("de-wohnungsbesichtigung", "de", u, calendar(GOOGLE, [vevent(
        u, "Wohnungsbesichtigung Prenzlauer Berg", "20261221T170000", "20261221T173000", "Europe/Berlin",
        "Falls Berlin klappt – Termin mit der Hausverwaltung.", "Kollwitzstraße 51")], ("Europe/Berlin",),
        method=None), "personal")
    u = "h30-internal-1"
    add("internal-team-meeting", "en", u, calendar(OUTLOOK, [vevent(
        u, "Motor claims weekly huddle", "20261207T093000", "20261207T100000", "GMT Standard Time",
        "Standing agenda: backlog, complaints, storm readiness.\n\n" + teams("318 667 201 994", "Hd9uTq"),
        "Microsoft Teams Meeting", [org("michael.grogan@shannon-mutual.ie", "Grogan, Michael"), MEW],
        ["RRULE:FREQ=WEEKLY;BYDAY=MO"])], ("GMT Standard Time",)), "internal")
    u = "h30-internal-review"
    add("internal-own-performance-review", "en", u, calendar(EXCHANGE, [vevent(
        u, "Year-end performance review - Ethan Walsh", "20261215T110000", "20261215T120000", "GMT Standard Time",
        "Your annual review conversation with your line manager. Please complete the self-assessment first.",
        "Michael's office", [org("michael.grogan@shannon-mutual.ie", "Grogan, Michael"), MEW])],
        ("GMT Standard Time",)), "internal")
    u = "h30-internal-es"
    add("es-reunion-interna", "es", u, calendar(OUTLOOK, [vevent(
        u, "Reunión: revisión de siniestros grandes (mercado España)", "20261217T140000", "20261217T150000",
        "GMT Standard Time", "Revisión mensual de expedientes con el equipo de Madrid.", "Microsoft Teams",
        [org("carmen.ruiz@shannon-mutual.ie", "Ruiz, Carmen"), MEW])], ("GMT Standard Time",)), "internal")
    u = "h30-internal-fr-exit"
    add("fr-entretien-annuel", "fr", u, calendar(OUTLOOK, [vevent(
        u, "Entretien annuel – Ethan Walsh / Michael Grogan", "20261222T100000", "20261222T110000",
        "GMT Standard Time", "Bilan de l'année et objectifs 2027 (version française pour l'audit groupe).", None,
        [org("michael.grogan@shannon-mutual.ie", "Grogan, Michael"), MEW])], ("GMT Standard Time",)), "internal")
    u = "h30-coffee-1"
    add("coffee-chat-informational", "en", u, calendar(GOOGLE, [vevent(
        u, "Coffee with Ruairí (ex-claims, now analyst at Corrib Re)", "20261205T100000", "20261205T110000",
        "Europe/Dublin",
        "Informal chat - picking his brain on moving from claims into analytics. Not about a job opening.",
        "Kaph, Drury St", [org(ME_PRIVATE, "Ethan Walsh"), att("ruairi.byrne@gmail.com", "Ruairí Byrne")])],
        ("Europe/Dublin",)), "coffee_chat")
    u = "h30-coffee-de"
    add("de-kaffee-austausch", "de", u, calendar(GOOGLE, [vevent(
        u, "Virtueller Kaffee – Austausch mit Data-Team (kein Interview)", "20261209T080000Z",
        "20261209T083000Z", None,
        "Lockerer Austausch über den Arbeitsalltag als BI-Analyst; es gibt derzeit keine offene Stelle.\n" +
        meet("kfe-qtwe-rpo", "902 117"), None,
        [org("f.winter@kranich-finanz.de", "Frieda Winter"), ME])]), "coffee_chat")
    u = "h30-coffee-es"
    add("es-cafe-networking", "es", u, calendar(APPLE, [vevent(
        u, "Café con Marina (networking, data en seguros)", "20261219T110000", "20261219T120000", "Europe/Madrid",
        "Me la presentó Pablo. Charla informal, sin proceso abierto.")], ("Europe/Madrid",), method=None),
        "coffee_chat")
    u = "h30-jobfair-1"
    add("job-fair", "en", u, calendar(GOOGLE, [vevent(
        u, "Dublin Tech & Data Careers Fair", "20261212", "20261213", None,
        "Free registration. 60+ employers, CV clinic, talks on breaking into analytics.", "RDS, Ballsbridge",
        [org("tickets@careersfair.ie", "Careers Fair Ireland"), ME])]), "job_fair")
    u = "h30-jobfair-fr"
    add("fr-salon-emploi", "fr", u, calendar(GOOGLE, [vevent(
        u, "Salon de l'emploi data & assurance – Paris", "20261218T090000", "20261218T170000", "Europe/Paris",
        "Badge visiteur n° 44810. Stands des assureurs au hall 2.", "Paris Expo Porte de Versailles",
        [org("billetterie@salon-data-assurance.fr", "Salon Data & Assurance"), ME])], ("Europe/Paris",)),
        "job_fair")
    u = "h30-ref-1"
    add("reference-call-user-is-referee", "en", u, calendar(OUTLOOK, [vevent(
        u, "Reference call re: Niall Horan (former colleague)", "20261208T120000", "20261208T121500",
        "GMT Standard Time",
        "Hi Ethan, Niall gave your name as a referee for the Senior Claims Handler role here. 15 minutes to "
        "ask about his time on your team. Thanks! Yvonne, Talent, Lakeside Insurance", None,
        [org("yvonne.carr@lakesideins.ie", "Yvonne Carr"), ME])], ("GMT Standard Time",)), "reference_call")
    u = "h30-ref-es"
    add("es-referencia", "es", u, calendar(GOOGLE, [vevent(
        u, "Llamada de referencias sobre Javier Soto", "20261216T110000Z", "20261216T112000Z", None,
        "Javier te ha indicado como referencia para el puesto de tramitador en Seguros Alcázar. Serán 15 minutos.",
        None, [org("lucia.romero@segurosalcazar.es", "Lucía Romero"), ME])]), "reference_call")
    u = "h30-recruiter-generic"
    add("recruiter-call-no-employer", "en", u, calendar(GOOGLE, [vevent(
        u, "Intro call - Ethan Walsh / Apex Data Recruitment", "20261204T120000Z", "20261204T123000Z", None,
        "Hi Ethan, a quick chat to understand what you're looking for so I can put you forward for suitable "
        "analyst roles with our clients across Dublin and remote.\nGavin", None,
        [org("gavin@apexdatarecruitment.ie", "Gavin Lyons"), ME])]), "recruiter_no_employer")
    u = "h30-recruiter-de"
    add("de-personalberater-kennenlernen", "de", u, calendar(OUTLOOK, [vevent(
        u, "Kennenlernen – Personalberatung Hansa Talents", "20261210T090000", "20261210T093000",
        "W. Europe Standard Time",
        "Guten Tag Herr Walsh, gerne lerne ich Sie kennen, um Ihr Profil für künftige Mandate im Bereich BI zu "
        "besprechen. Eine konkrete Stelle gibt es noch nicht.\n\n" + teams("348 225 610 781", "Ht3mVz"),
        "Microsoft Teams-Besprechung", [org("k.brandt@hansa-talents.de", "Kai Brandt"), ME])],
        ("W. Europe Standard Time",)), "recruiter_no_employer")
    u = "h30-recruiter-fr"
    add("fr-chasseur-point", "fr", u, calendar(GOOGLE, [vevent(
        u, "Point carrière avec Léa (cabinet de recrutement)", "20261215T080000Z", "20261215T083000Z", None,
        "Échange pour cerner votre projet et vos attentes salariales avant de vous présenter à nos clients.",
        "Téléphone", [org("lea.martin@talentis-recrutement.fr", "Léa Martin"), ME])]), "recruiter_no_employer")
    u = "h30-coach"
    add("career-coaching", "en", u, calendar("-//Calendly//EN", [vevent(
        u, "Career coaching session: Ethan Walsh and Fiona Kerr", "20261211T180000Z", "20261211T185000Z", None,
        "Event Name: 50-min coaching - CV & interview prep\n\nPowered by Calendly.com", "Zoom",
        [org("fiona@kerrcoaching.ie", "Fiona Kerr"), ME])]), "coaching")
    u = "h30-prep"
    add("prep-block", "en", u, calendar(APPLE, [vevent(
        u, "Prep for Thornbury final - revise pricing case, questions for CDO", "20261214T190000",
        "20261214T210000", "Europe/Dublin")], ("Europe/Dublin",), method=None), "prep_block")
    u = "h30-es-alumni"
    add("es-entrevista-revista", "es", u, calendar(GOOGLE, [vevent(
        u, "Entrevista para la revista de antiguos alumnos", "20261220T110000", "20261220T113000",
        "Europe/Madrid", "La revista del máster quiere entrevistarme sobre mi cambio de carrera hacia datos.",
        None, [org("revista@alumni-master-datos.es", "Revista Alumni"), ME])], ("Europe/Madrid",)), "press")
    return out
