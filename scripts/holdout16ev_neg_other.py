"""holdout16: other negatives (mock, webinars, research, press, personal, internal, coffee, fairs, references)."""

from __future__ import annotations

from holdout16ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    A,
    Ev,
    Item,
    calendar,
    item,
    meet,
    teams,
    webex,
    zoom,
)

ME = A(ME_PRIVATE, "Daniel Adeyemi")
W = A(ME_WORK, "Daniel Adeyemi")


def _neg(kind: str, lang: str, ics: str, uid: str) -> Item:
    return item(kind, lang, ics, uid, False)


def _en() -> list[Item]:
    out: list[Item] = []
    u = "mock-coach-01"
    out.append(_neg("mock-interview", "en", calendar(GOOGLE, [Ev(
        u, "Mock interview (team lead competency Qs) with Ruth - careers coach", "20261201T180000", 60,
        tz="Europe/London", organizer=("ruth@nextstepcoaching.co.uk", "Ruth Mensah"), attendees=[ME],
        description="Practice run before your real panels. STAR answers on conflict and escalations.\n" + meet())],
        zones=("Europe/London",)), u))
    u = "mock-friend-02"
    out.append(_neg("practice-friend", "en", calendar(IOS, [Ev(
        u, "Practice interview w/ Tolu (pretend FerrumPay panel)", "20270104T190000", 45, style="float",
        description="Tolu plays the hiring manager. Not the real thing - that's Wednesday.")], method=""), u))
    u = "webinar-03"
    out.append(_neg("webinar", "en", calendar("-//Zoom Video Communications//Webinar//EN", [Ev(
        u, "Webinar: Nailing the IT Service Desk Interview", "20261202T190000", 60, style="utc",
        organizer=("no-reply@zoom.us", "ITSM Careers Network"), attendees=[ME],
        description="Thanks for registering! Panel of hiring managers share what they look for in service desk "
        "lead interviews. Q&A at the end.\n" + zoom(mid="961 2204 4410"))]), u))
    u = "research-04"
    out.append(_neg("user-research", "en", calendar(GOOGLE, [Ev(
        u, "User interview: how school IT teams manage devices (Stackwise research)", "20261203T170000", 45,
        tz="Europe/London", organizer=("research@stackwise.com", "Stackwise UX Research"), attendees=[ME],
        description="Thanks for joining our research study! We'd love to hear how you manage Chromebooks at your "
        "school. £40 voucher as a thank-you. This is not connected to any job application.\n" + meet())],
        zones=("Europe/London",)), u))
    u = "podcast-05"
    out.append(_neg("podcast", "en", calendar(GOOGLE, [Ev(
        u, "Podcast recording - 'Tech in Schools' ep. 42 (interview with Dan)", "20261207T163000", 60,
        tz="Europe/London", organizer=("hello@techinschools.fm", "Tech in Schools Podcast"), attendees=[ME],
        description="We'll interview you about running IT in a secondary school on a tight budget.")],
        zones=("Europe/London",)), u))
    u = "gp-06"
    out.append(_neg("personal-appointment", "en", calendar(IOS, [Ev(
        u, "GP appt - Dr Malik", "20261209T084000", 15, style="float", location="Harborne Medical Practice")],
        method=""), u))
    u = "internal-07"
    out.append(_neg("internal-meeting", "en", calendar(OUTLOOK, [Ev(
        u, "IT & Facilities weekly", "20261207T081500", 30, tz="GMT Standard Time", style="win",
        rrule="FREQ=WEEKLY;BYDAY=MO", organizer=("b.foster@kingsway-academy.org.uk", "Foster, Beverley"),
        attendees=[W, A("j.patel@kingsway-academy.org.uk", "Patel, Jas")],
        description="Standing agenda: tickets, projects, site issues.")]), u))
    u = "appraisal-08"
    out.append(_neg("internal-appraisal", "en", calendar(OUTLOOK, [Ev(
        u, "Performance review - Daniel Adeyemi", "20261214T150000", 60, tz="GMT Standard Time", style="win",
        organizer=("b.foster@kingsway-academy.org.uk", "Foster, Beverley"), attendees=[W],
        description="Annual appraisal. Please bring your self-review.")]), u))
    u = "coffee-09"
    out.append(_neg("informational-coffee", "en", calendar(GOOGLE, [Ev(
        u, "Coffee w/ Grace (service desk mgr @ Linden Grove) - pick her brain", "20261212T100000", 45,
        tz="Europe/London", organizer=(ME_PRIVATE, "Daniel Adeyemi"),
        attendees=[ME, A("grace.obi.home@gmail.com", "Grace Obi")],
        description="Friend of Jas. Ask what a team lead day looks like in HE IT. Not applying there (yet).",
        location="Faculty Coffee, Piccadilly Arcade")], zones=("Europe/London",)), u))
    u = "fair-10"
    out.append(_neg("job-fair", "en", calendar(GOOGLE, [Ev(
        u, "Birmingham Tech Jobs Fair", "20270116T000000", 1440, style="date",
        description="ICC Birmingham, 10:00-16:00. Bring 20 CVs. NHS Digital, Brindle & Hart and MSPs attending.",
        location="ICC, Broad Street, Birmingham")], method="", header=("X-WR-TIMEZONE:Europe/London",)), u))
    u = "reference-11"
    out.append(_neg("reference-call-user-referee", "en", calendar(OUTLOOK16, [Ev(
        u, "Reference call re Jas Patel", "20261210T123000", 20, tz="GMT Standard Time", style="win",
        organizer=("talent@midlandcoop.co.uk", "Midland Cooperative Talent"), attendees=[W],
        description="Hi Daniel, Jas has named you as a referee for our IT Technician role. A short call to ask about "
        "their work with you.")]), u))
    u = "recruiter-intake-12"
    out.append(_neg("recruiter-intake-no-employer", "en", calendar(GOOGLE, [Ev(
        u, "Intro call - Daniel / Harlow Tech Recruitment", "20261204T123000", 30, tz="Europe/London",
        organizer=("ben.castle@harlowtech-rec.co.uk", "Ben Castle"), attendees=[ME],
        description="Great to connect on LinkedIn. Quick call to understand what you're after (service desk lead / "
        "IT ops, Midlands or remote) and salary, so I can put you forward for suitable roles.")],
        zones=("Europe/London",)), u))
    u = "prep-13"
    out.append(_neg("prep-block", "en", calendar(IOS, [Ev(
        u, "Prep for Halvorsen interview - ITIL notes, STAR stories", "20261202T113000", 90, style="float")],
        method=""), u))
    u = "class-14"
    out.append(_neg("class", "en", calendar(OUTLOOK16, [Ev(
        u, "Evening class: Interview skills for career changers (week 3)", "20270113T183000", 120,
        tz="GMT Standard Time", style="win", rrule="FREQ=WEEKLY;COUNT=6",
        organizer=("adultlearning@bmetc.example.ac.uk", "Adult Learning Team"), attendees=[ME],
        location="Matthew Boulton Campus, Room 2.17")]), u))
    return out


def _intl() -> list[Item]:
    out: list[Item] = []
    u = "de-mock-15"
    out.append(_neg("mock-interview", "de", calendar(GOOGLE, [Ev(
        u, "Probe-Vorstellungsgespräch mit Coach (Übung)", "20261203T180000", 60, tz="Europe/Berlin",
        organizer=("m.albers@karrierecoach-berlin.de", "Mareike Albers"), attendees=[ME],
        description="Übungsgespräch auf Deutsch, Fokus Führungsfragen. Kein echtes Interview.\n" + meet("de"))],
        zones=("Europe/Berlin",)), u))
    u = "de-webinar-16"
    out.append(_neg("webinar", "de", calendar("-//Zoom Video Communications//Webinar//EN", [Ev(
        u, "Webinar: Vorstellungsgespräche in Deutschland – Tipps für internationale IT-Fachkräfte",
        "20261208T170000", 90, style="utc", organizer=("events@make-it-in-berlin.example.de", "Make it in Berlin"),
        attendees=[ME], description="Vielen Dank für Ihre Anmeldung.\n" + zoom("de", "877 3310 2261"))]), u))
    u = "de-amt-17"
    out.append(_neg("personal-appointment", "de", calendar(APPLE, [Ev(
        u, "Termin Bürgeramt Anmeldung (Besichtigung Wohnung danach)", "20270202T093000", 30, style="float",
        location="Bürgeramt Neukölln")], method=""), u))
    u = "de-kaffee-18"
    out.append(_neg("informational-coffee", "de", calendar(GOOGLE, [Ev(
        u, "Kaffee mit Stefan (IT-Leiter, Bekannter von Jas) – Erfahrungsaustausch", "20261219T110000", 60,
        tz="Europe/Berlin", organizer=("stefan.krug@posteo.de", "Stefan Krug"), attendees=[ME],
        description="Einfach mal austauschen, wie IT-Support in Berliner Firmen läuft. Keine offene Stelle.")],
        zones=("Europe/Berlin",)), u))
    u = "de-messe-19"
    out.append(_neg("job-fair", "de", calendar(GOOGLE, [Ev(
        u, "Jobmesse IT Berlin (Karrieretag)", "20270123T000000", 1440, style="date",
        location="Estrel Congress Center")], method="", header=("X-WR-TIMEZONE:Europe/Berlin",)), u))
    u = "de-headhunter-20"
    out.append(_neg("recruiter-intake-no-employer", "de", calendar(OUTLOOK, [Ev(
        u, "Erstgespräch Personalberatung – Herr Adeyemi", "20261211T120000", 30, tz="W. Europe Standard Time",
        style="win", organizer=("c.vogt@vogt-executive.de", "Vogt, Christian"), attendees=[ME],
        description="Kennenlernen: Ihre Wünsche, Gehalt, Verfügbarkeit. Danach stelle ich Sie passenden Kunden "
        "vor.\n\n" + teams("de", "318 440 902 113", "Vg5Hc"))]), u))
    u = "fr-press-21"
    out.append(_neg("press-interview", "fr", calendar(GOOGLE, [Ev(
        u, "Interview presse – Le Progrès (numérique dans les écoles)", "20261214T110000", 30, tz="Europe/Paris",
        organizer=("c.blanc@leprogres-exemple.fr", "Camille Blanc"), attendees=[ME],
        description="Questions sur votre expérience de technicien dans un établissement scolaire anglais.")],
        zones=("Europe/Paris",)), u))
    u = "fr-atelier-22"
    out.append(_neg("workshop", "fr", calendar(OUTLOOK16, [Ev(
        u, "Atelier France Travail : réussir son entretien d'embauche", "20270105T093000", 180,
        tz="Romance Standard Time", style="win", organizer=("atelier.lyon@francetravail-ex.fr", "France Travail"),
        attendees=[ME], location="Agence Lyon Part-Dieu")]), u))
    u = "fr-reference-23"
    out.append(_neg("reference-call-user-referee", "fr", calendar(GOOGLE, [Ev(
        u, "Prise de références – Jas Patel", "20270108T120000", 20, tz="Europe/Paris",
        organizer=("rh@saonetech.fr", "RH Saônetech"), attendees=[W],
        description="Bonjour Daniel, Jas Patel vous a indiqué comme référence pour notre poste de technicien. "
        "Quelques questions sur votre collaboration.")], zones=("Europe/Paris",)), u))
    u = "fr-salon-24"
    out.append(_neg("job-fair", "fr", calendar(IOS, [Ev(
        u, "Salon de l'emploi numérique Lyon", "20270128T100000", 360, style="float",
        location="Palais de la Bourse, Lyon")], method=""), u))
    u = "fr-dentiste-25"
    out.append(_neg("personal-appointment", "fr", calendar(GOOGLE, [Ev(
        u, "RDV dentiste (Doctolib)", "20270129T083000", 30, tz="Europe/Paris",
        description="Dr Lemaire – détartrage. Annulation sur doctolib.fr")], method="", zones=("Europe/Paris",)),
        u))
    u = "es-mock-26"
    out.append(_neg("mock-interview", "es", calendar(GOOGLE, [Ev(
        u, "Simulacro de entrevista en español con Marta (intercambio de idiomas)", "20261206T113000", 60,
        tz="Europe/Madrid", organizer=("martapr@gmail.com", "Marta Pérez"), attendees=[ME],
        description="Practicamos preguntas típicas de entrevista para puestos de soporte IT.")],
        zones=("Europe/Madrid",)), u))
    u = "es-research-27"
    out.append(_neg("user-research", "es", calendar(OUTLOOK, [Ev(
        u, "Entrevista de investigación de usuarios - Turia Software", "20261212T160000", 45,
        tz="Romance Standard Time", style="win", organizer=("ux@turiasoftware.es", "Equipo UX Turia"),
        attendees=[ME], description="Sesión para conocer cómo usas herramientas de ticketing. Recibirás una tarjeta "
        "regalo de 30 €. No forma parte de ningún proceso de selección.\n\n" + webex("2610 552 0041"))]), u))
    u = "es-nie-28"
    out.append(_neg("personal-appointment", "es", calendar(IOS, [Ev(
        u, "Cita NIE - Policía Nacional", "20270203T091000", 30, style="float",
        location="Comisaría Patraix, Valencia")], method=""), u))
    u = "es-feria-29"
    out.append(_neg("job-fair", "es", calendar(GOOGLE, [Ev(
        u, "Feria de empleo TIC Valencia", "20270211T000000", 1440, style="date",
        description="Stands de empresas, charlas. Llevar CV en español.")], method="",
        header=("X-WR-TIMEZONE:Europe/Madrid",)), u))
    return out


def events() -> list[Item]:
    """Given nothing, returns the non-hiring-side negatives."""
    return _en() + _intl()
