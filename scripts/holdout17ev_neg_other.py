"""holdout17 negatives other than the user as interviewer: mocks, webinars, research, personal, internal, coffees.

Given nothing, events() returns these events, each written by hand, labelled not-an-interview with a trap kind.
"""

from __future__ import annotations

from holdout17ev_boiler import meet, teams, webex, zoom
from holdout17ev_ics import APPLE_X, ME_PRIVATE, ME_WORK, OUTLOOK_X, Event, Label, alarm, calendar, person, vevent

P = ME_PRIVATE


def events() -> list[Event]:
    """Given nothing, returns the other negative events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, lang: str, uid: str, text: str, trap: str) -> None:
        out.append(Event(kind, lang, uid, text, Label(False, trap=trap)))

    u = "h17-mock-coach"
    add("mock-coach", "en", u, calendar("google", [vevent(
        u, "Mock interview – HRBP final round rehearsal (coach: Gemma)", "20261110T180000Z", "20261110T190000Z",
        None, organizer=person("ORGANIZER", "Gemma Hollis Coaching", "gemma@hollis-careers.co.uk"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="We'll run the Larkspur-style competency questions as practice and give feedback.\n\n"
                    + meet(201))]), "mock_interview")

    u = "h17-mock-friend-de"
    add("mock-friend-de", "de", u, calendar("ios", [vevent(
        u, "Probe-Interview mit Derya (Übung für Freitag)", "20261112T190000", "20261112T200000",
        "Europe/Berlin", description="Derya spielt die Personalleiterin, ich übe STAR-Antworten.",
        extra=APPLE_X)], zones=["Europe/Berlin"], method=None), "mock_interview")

    u = "h17-mock-es-programa"
    add("mock-es-simulacro", "es", u, calendar("zoom", [vevent(
        u, "Simulacro de entrevista – Programa Mentoras RRHH", "20261114T100000Z", "20261114T110000Z", None,
        organizer=person("ORGANIZER", "Programa Mentoras", "mentoras@redrrhh-euskadi.org"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Sesión de práctica: entrevista simulada con feedback de tu mentora.\n\n"
                    + zoom(202, "Programa Mentoras", "es"))]), "mock_interview")

    u = "h17-webinar-en@zoom.us"
    add("webinar-competency", "en", u, calendar("zoom", [vevent(
        u, "Webinar: Nailing the competency-based interview for HR roles", "20261105T170000Z",
        "20261105T180000Z", None,
        organizer=person("ORGANIZER", "CIPD Yorkshire Branch", "events@cipd-yorks.example.org"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Thank you for registering. Panel: three HR directors on what they look for.\n\n"
                    + zoom(203, "CIPD Yorkshire Branch"))]), "webinar")

    u = "h17-kurs-de"
    add("class-de-vorstellungsgespraech", "de", u, calendar("eventbrite", [vevent(
        u, "Workshop: Souverän im Vorstellungsgespräch – Karrierewechsel ins HR", "20261121T100000",
        "20261121T140000", "Europe/Berlin", organizer=person("ORGANIZER", "VHS Frankfurt", "kurse@vhs-ffm.example.de"),
        description="Kurs 26H-417, Raum 2.03. Mitbringen: Lebenslauf.", location="Sonnemannstraße 13, Frankfurt")],
        zones=["Europe/Berlin"], method="PUBLISH"), "class")

    u = "h17-webinaire-fr"
    add("webinar-fr-entretien", "fr", u, calendar("google", [vevent(
        u, "Webinaire APEC : réussir ses entretiens d'embauche en reconversion", "20261117T120000Z",
        "20261117T130000Z", None, organizer=person("ORGANIZER", "APEC Événements", "evenements@apec.example.fr"),
        attendees=[person("ATTENDEE", None, P)], description="Inscription confirmée.\n\n" + meet(204, "fr"))]),
        "webinar")

    u = "h17-ux-research"
    add("user-research-en", "en", u, calendar("calcom", [vevent(
        u, "User interview: how store managers schedule shifts (Rotawise research)", "20261113T150000Z",
        "20261113T154500Z", None, organizer=person("ORGANIZER", "Priya from Rotawise", "research@rotawise.io"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Thanks for joining our research study! We'd love to hear how you plan staff rotas. "
                    "You'll get a 40 EUR voucher.")], method=None), "user_research")

    u = "h17-podcast"
    add("podcast-retail-to-hr", "en", u, calendar("google", [vevent(
        u, "Podcast recording – 'Second Act Careers' interview with Aylin", "20261122T160000Z",
        "20261122T170000Z", None, organizer=person("ORGANIZER", "Second Act Careers", "hello.secondact@gmail.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Episode about moving from store management into HR. Riverside link to follow.")]),
        "press_podcast")

    u = "h17-presse-de"
    add("press-de-handelsblatt", "de", u, calendar("outlook", [vevent(
        u, "Interview Lebensmittel Zeitung – Personalmangel im Einzelhandel (Fr. Demir)", "20261106T110000",
        "20261106T113000", "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Kommunikation Brightmart", "presse@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK),
                   person("ATTENDEE", "Redaktion LZ", "redaktion@lz-handel.example.de")],
        description="Pressegespräch, Zitatfreigabe über die Kommunikationsabteilung.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]), "press_podcast")

    u = "h17-dentist"
    add("personal-dentist", "de", u, calendar("ios", [vevent(
        u, "Zahnarzt Dr. Kaplan", "20261103T080000", "20261103T084500", "Europe/Berlin",
        location="Berger Str. 44, Frankfurt", extra=[*APPLE_X, *alarm(60)])], zones=["Europe/Berlin"], method=None),
        "personal")

    u = "h17-flat-viewing"
    add("personal-flat-viewing-leeds", "en", u, calendar("google", [vevent(
        u, "Flat viewing Headingley (if Leeds works out)", "20261128T110000Z", "20261128T114500Z", None,
        organizer=person("ORGANIZER", "Aylin Demir", P), location="12 Cardigan Rd, Leeds")], method=None),
        "personal")

    u = "h17-visa-es"
    add("personal-es-cita", "es", u, calendar("apple", [vevent(
        u, "Cita NIE – Policía Nacional Bilbao", "20261204T093000", "20261204T100000", "Europe/Madrid",
        description="Llevar pasaporte, contrato de alquiler y tasa 790-012.", extra=APPLE_X)],
        zones=["Europe/Madrid"], method=None), "personal")

    u = "h17-birthday"
    add("personal-allday-birthday", "de", u, calendar("google", [vevent(
        u, "Annes Geburtstag 🎂", "20261129", "20261130", "DATE", organizer=person("ORGANIZER", "Aylin Demir", P),
        extra=["RRULE:FREQ=YEARLY", "TRANSP:TRANSPARENT"])], method=None), "personal")

    u = "h17-gym"
    add("personal-fr-cours", "fr", u, calendar("ios", [vevent(
        u, "Cours de français B2 (Institut)", "20261104T183000", "20261104T200000", "Europe/Berlin",
        extra=["RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=10", *APPLE_X])], zones=["Europe/Berlin"], method=None), "personal")

    u = "h17-internal-review"
    add("internal-jahresgespraech", "de", u, calendar("outlook", [vevent(
        u, "Jahresgespräch Aylin Demir / Regionalleitung", "20261208T100000", "20261208T113000",
        "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Brandl, Thomas", "thomas.brandl@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)],
        description="Zielerreichung 2026, Entwicklungsgespräch.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]), "internal")

    u = "h17-internal-weekly"
    add("internal-store-managers-call", "en", u, calendar("exchange", [vevent(
        u, "Region Mitte store managers call – Black Friday readiness", "20261119T083000Z", "20261119T091500Z",
        None, organizer=person("ORGANIZER", "Brandl, Thomas", "thomas.brandl@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)], description=teams(205))]), "internal")

    u = "h17-internal-exit"
    add("internal-exit-interview-staff", "en", u, calendar("exchange", [vevent(
        u, "Exit interview – Marco (sales associate) with HR", "20261125T140000Z", "20261125T143000Z", None,
        organizer=person("ORGANIZER", "Weiss, Jana", "jana.weiss@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)],
        description="Aylin joins for the handover part.")]), "internal")

    u = "h17-internal-inventur"
    add("internal-es-inventario", "es", u, calendar("outlook", [vevent(
        u, "Inventario anual tienda Zeil – coordinación", "20261130T070000", "20261130T080000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", ME_WORK),
        attendees=[person("ATTENDEE", "Ruiz, Carmen", "carmen.ruiz@brightmart-retail.de")], extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]), "internal")

    u = "h17-coffee-en"
    add("coffee-informational", "en", u, calendar("google", [vevent(
        u, "Coffee with Hannah – how she moved from retail ops into HRBP", "20261108T100000Z",
        "20261108T104500Z", None, organizer=person("ORGANIZER", "Hannah Cole", "hannah.cole@quaymark.io"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Happy to share my experience – no agenda, just a chat. Not recruiting right now, fyi!")]),
        "coffee_chat")

    u = "h17-coffee-de"
    add("coffee-de-austausch", "de", u, calendar("ios", [vevent(
        u, "Kaffee mit Stefan (ehem. Kollege, jetzt HR bei Kranich) – Erfahrungsaustausch", "20261114T150000",
        "20261114T160000", "Europe/Berlin", location="Café Wacker, Kornmarkt", extra=APPLE_X)],
        zones=["Europe/Berlin"], method=None), "coffee_chat")

    u = "h17-cafe-fr"
    add("coffee-fr", "fr", u, calendar("google", [vevent(
        u, "Café réseau avec Élodie (RRH chez Phocéa) – conseils reconversion", "20261109T083000Z",
        "20261109T091500Z", None, organizer=person("ORGANIZER", "Élodie Faure", "elodie.faure@gmail.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Échange informel, pas un entretien – je te raconte mon parcours.")]), "coffee_chat")

    u = "h17-jobfair-de"
    add("jobfair-de-allday", "de", u, calendar("eventbrite", [vevent(
        u, "Jobmesse HR & Personal Frankfurt 2026", "20261113", "20261114", "DATE",
        organizer=person("ORGANIZER", "Jobmesse Rhein-Main", "tickets@jobmesse-rheinmain.example.de"),
        description="Ihr Ticket. 60+ Aussteller, Vorträge, CV-Check. Messe Frankfurt, Halle 4.1",
        extra=["TRANSP:TRANSPARENT"])], method="PUBLISH"), "job_fair")

    u = "h17-jobfair-es"
    add("jobfair-es-feria", "es", u, calendar("google", [vevent(
        u, "Feria de empleo Bilbao – stand logística y retail", "20261205T100000", "20261205T140000",
        "Europe/Madrid", organizer=person("ORGANIZER", "Aylin Demir", P),
        description="Llevar 10 CVs impresos. Stands: Bizkaia Cargo, Moda Urdaibai, etc.",
        location="BEC Barakaldo")], zones=["Europe/Madrid"], method=None), "job_fair")

    u = "h17-jobfair-en-virtual"
    add("jobfair-virtual-en", "en", u, calendar("zoom", [vevent(
        u, "Virtual Careers Fair: People & HR (Hopin)", "20261203T120000Z", "20261203T160000Z", None,
        organizer=person("ORGANIZER", "HR Careers Live", "events@hrcareerslive.example.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Booths from 40 employers; drop into any booth. Your login link is personal.")]),
        "job_fair")

    u = "h17-reference-en"
    add("reference-call-en", "en", u, calendar("exchange", [vevent(
        u, "Reference call re: Katrin Vogt (former deputy store manager)", "20261110T150000Z",
        "20261110T152000Z", None, organizer=person("ORGANIZER", "Ben Archer", "ben.archer@penninehome.co.uk"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Hi Aylin, Katrin listed you as a referee for our Store Manager role. 20 minutes, by "
                    "phone.")]), "reference_call")

    u = "h17-referencia-es"
    add("reference-es", "es", u, calendar("google", [vevent(
        u, "Llamada de referencias sobre Iratxe (ex empleada)", "20261117T090000Z", "20261117T091500Z", None,
        organizer=person("ORGANIZER", "Selección Hoteles Nervión", "seleccion@hoteles-nervion.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Aylin, Iratxe te ha indicado como referencia. Solo unas preguntas sobre su trabajo contigo.")]),
        "reference_call")

    u = "h17-referenz-de"
    add("reference-de", "de", u, calendar("outlook", [vevent(
        u, "Referenzauskunft zu Emre Yilmaz", "20261201T130000", "20261201T131500", "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Kirsch, Petra", "petra.kirsch@mainpersonal.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", ME_WORK)],
        description="Kurze telefonische Referenz zu Ihrem Mitarbeiter Herrn Yilmaz.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]), "reference_call")

    u = "h17-headhunter-intake"
    add("recruiter-intake-no-employer", "en", u, calendar("calendly", [vevent(
        u, "Intro call: Aylin Demir & Oliver (Northbridge Talent)", "20261104T090000Z", "20261104T093000Z", None,
        organizer=person("ORGANIZER", "Oliver Kent", "oliver@northbridgetalent.co.uk"),
        attendees=[person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description="Event Name: Candidate intro call\nA general chat about your career goals so I can match "
                    "you with HR roles across our clients.\n\nPowered by Calendly.com")], method=None),
        "recruiter_intake")

    u = "h17-headhunter-de"
    add("recruiter-de-kennenlernen-agentur", "de", u, calendar("outlook", [vevent(
        u, "Kennenlernen Personalberatung – Profil und Wechselwunsch", "20261106T170000", "20261106T173000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "Lena Vogel", "lena.vogel@hrconsult-vogel.de"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Liebe Frau Demir, gerne lerne ich Sie kennen, um Ihr Profil für künftige Mandate im HR-"
                    "Bereich aufzunehmen. Noch keine konkrete Vakanz.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]), "recruiter_intake")

    u = "h17-cabinet-fr-prise"
    add("recruiter-fr-prise-contact", "fr", u, calendar("google", [vevent(
        u, "Prise de contact cabinet RH Sud – Aylin Demir", "20261118T170000Z", "20261118T173000Z", None,
        organizer=person("ORGANIZER", "Julie Mercier", "julie.mercier@rhsud-conseil.fr"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Premier échange pour mieux connaître votre parcours et vos attentes ; nous reviendrons "
                    "vers vous si une mission correspond.\n\n" + webex(206, "rhsud", "fr"))]), "recruiter_intake")

    u = "h17-prep-block"
    add("prep-block", "en", u, calendar("ios", [vevent(
        u, "Prep: research Quaymark + practise answers", "20261118T180000", "20261118T200000", "Europe/London",
        description="read their annual report, prepare 3 STAR stories", extra=APPLE_X)],
        zones=["Europe/London"], method=None), "prep_block")
    u = "h17-fr-temoignage"
    add("press-fr-temoignage", "fr", u, calendar("google", [vevent(
        u, "Interview pour le blog « Reconversions » – témoignage d'Aylin", "20261211T170000Z",
        "20261211T173000Z", None,
        organizer=person("ORGANIZER", "Blog Reconversions", "redaction.reconversions@gmail.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Merci d'avoir accepté de témoigner ! 30 minutes d'interview sur votre passage du commerce "
                    "aux RH, publiée en janvier.")]), "press_podcast")
    return out
