"""holdout21: negatives other than the user as interviewer (each event written on its own)."""

from __future__ import annotations

from holdout21ev_ics import (
    APPLE,
    CALCOM,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    ME,
    ME_WORK,
    OUTLOOK,
    ZOOMP,
    Item,
    meet,
    org,
    teams,
    vcal,
    vevent,
    who,
    zoom,
)

RST = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the other negatives of holdout21."""
    out: list[Item] = []

    def add(kind: str, lang: str, trap: str, uid: str, text: str) -> None:
        out.append(Item(kind, lang, text, uid, False, trap=trap))

    u = "h21-neg-mock-en"
    add("mock-interview-en", "en", "mock_interview", u, vcal(CALCOM, vevent(
        u, "Mock interview: supply chain analyst (practice) – Mateo & Harriet", "20261205T100000Z", "20261205T110000Z",
        desc="What: Mock interview (60 min)\nHost: Harriet Cole, career coach (ex-Amazon ops)\nInvitee: Mateo García\n"
             "Notes: practise STAR answers and a forecasting case before the real rounds. Not a job interview.\n\n"
             "Where: Cal Video https://app.cal.com/video/mk21",
        people=[org("harriet@colecareers.co.uk", "Harriet Cole"), who(ME, "Mateo García", partstat="ACCEPTED")])))

    u = "h21-neg-webinar-en@zoom.us"
    add("webinar-en", "en", "webinar", u, vcal(ZOOMP, vevent(
        u, "Webinar: Ace your supply chain interview – 10 questions recruiters always ask", "20261202T170000Z",
        "20261202T180000Z",
        desc="Thank you for registering for this webinar hosted by the Chartered Logistics Network.\nSpeakers: "
             "recruiters from three 3PLs share what they look for.\n\n" + zoom("95512300771", "webinar55")
             + "\n\nYou can cancel your registration at any time.",
        people=[org("no-reply@zoom.us", "Chartered Logistics Network")]), method="PUBLISH"))

    u = "h21-neg-workshop-en"
    add("workshop-en", "en", "webinar", u, vcal(GOOGLE, vevent(
        u, "LinkedIn & interview skills workshop (online class)", "20261209T183000", "20261209T200000",
        tzid="Europe/Madrid",
        desc="Session 3 of the 'Next step in logistics' evening course: salary negotiation and behavioural interview "
             "questions. Homework: prepare your elevator pitch.\n\n" + meet("kqo-ijzm-wnb"),
        people=[org("courses@logisticsacademy.online", "Logistics Academy"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)))

    u = "h21-neg-research-en"
    add("user-research-en", "en", "research/press", u, vcal(CALENDLY, vevent(
        u, "User interview: warehouse scanning app (30 min) between Nadia Park and Mateo García",
        "20261208T150000Z", "20261208T153000Z",
        desc="Event Name: User interview\n\nHi Mateo, thanks for signing up to our research panel. We'd love to hear "
             "how your team uses handheld scanners. You'll receive a €40 voucher.\nNadia, UX Researcher at ScanFlow\n\n"
             "Powered by Calendly.com",
        loc="https://scanflow.zoom.us/j/88120019944",
        people=[org("nadia.park@scanflow.io", "Nadia Park"), who(ME, "Mateo García", partstat="ACCEPTED")]),
        method="PUBLISH"))

    u = "h21-neg-podcast-en"
    add("podcast-en", "en", "research/press", u, vcal(GOOGLE, vevent(
        u, "Podcast recording – 'Dock to Stock' episode interview with Mateo", "20261211T180000", "20261211T190000",
        tzid="Europe/Madrid",
        desc="Thanks for agreeing to be interviewed on Dock to Stock! We'll chat about peak season in a Spanish DC. "
             "Recording on Riverside: https://riverside.fm/studio/dock-to-stock",
        people=[org("hello@docktostock.fm", "Dock to Stock Podcast"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)))

    u = "h21-neg-dentist-en"
    add("personal-dentist-en", "en", "personal", u, vcal(APPLE, vevent(
        u, "Dentist – Dr. Alcántara", "20261203T183000", "20261203T190000", desc="cleaning + check-up",
        loc="Clínica Dental Delicias, Zaragoza"), method=""))

    u = "h21-neg-1on1-en"
    add("internal-1on1-en", "en", "internal_meeting", u, vcal(OUTLOOK, vevent(
        u, "1:1 Mateo / Rafael", "20261202T120000", "20261202T123000", tzid=RST,
        desc="Weekly catch-up: overtime for December, the new picker onboarding plan.",
        people=[org("r.lopez@logisur-iberia.es", "López, Rafael"), who(ME_WORK, "García, Mateo")],
        extra=["RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=8"]), tzids=(RST,)))

    u = "h21-neg-coffee-en"
    add("coffee-chat-en", "en", "coffee_chat", u, vcal(GOOGLE, vevent(
        u, "Coffee with Elif (Portwise) – career chat", "20261206T110000",
        "20261206T120000", tzid="Europe/Madrid",
        desc="Elif moved from warehousing into network planning two years ago. Informal chat about how she made "
             "the switch – no job on the table, just advice.",
        people=[org(ME, "Mateo García"), who("elif.sahin@portwise.nl", "Elif Şahin")]), tzids=("Europe/Madrid",)))

    u = "h21-neg-jobfair-en"
    add("job-fair-en", "en", "job_fair", u, vcal(GOOGLE, vevent(
        u, "Rotterdam Logistics Career Day (virtual booths)", "20261212T090000", "20261212T150000",
        tzid="Europe/Amsterdam",
        desc="Registration confirmed. 40 employers, CV check corner, talks on port logistics careers. Drop in "
             "whenever you like.\nhttps://careerday.rotterdamlogistics.example/hall",
        people=[org("events@rotterdamlogistics-careers.nl", "Rotterdam Logistics Careers"), who(ME, "Mateo García")]),
        tzids=("Europe/Amsterdam",)))

    u = "h21-neg-reference-en"
    add("reference-call-en", "en", "reference_call", u, vcal(OUTLOOK, vevent(
        u, "Reference call re: Pilar Sanz (candidate at Greywater Foods)", "20261209T160000", "20261209T161500",
        tzid="W. Europe Standard Time",
        desc="Hi Mateo, Pilar Sanz has named you as a referee for her Planning Coordinator application with us. "
             "15 minutes about her time on your team would be great.\nThanks, Owen Price, Talent Partner, Greywater "
             "Foods",
        people=[org("owen.price@greywaterfoods.com", "Price, Owen"), who(ME, "Mateo García")]),
        tzids=("W. Europe Standard Time",)))

    u = "h21-neg-headhunter-en"
    add("recruiter-no-employer-en", "en", "recruiter_no_employer", u, vcal(OUTLOOK, vevent(
        u, "Intro call – Mateo García / Northbeam Search", "20261204T130000", "20261204T133000", tzid=RST,
        desc="Hi Mateo, thanks for connecting on LinkedIn. I'd like to understand what you're looking for so I can "
             "keep you in mind for supply chain roles with my clients. No specific vacancy yet.\nAdam Fisher, "
             "Northbeam Search\n\n" + teams("en", "YzZlOTMxNDY"),
        people=[org("adam.fisher@northbeamsearch.com", "Fisher, Adam"), who(ME, "Mateo García")]), tzids=(RST,)))

    u = "h21-neg-prep-en"
    add("prep-block-en", "en", "prep_block", u, vcal(APPLE, vevent(
        u, "prep for Havenlink case (slotting, ABC analysis)", "20261207T190000", "20261207T210000",
        desc="re-read job ad, practise the Excel pivot, 3 questions for Joost"), method=""))

    u = "h21-neg-mock-de"
    add("mock-interview-de", "de", "mock_interview", u, vcal(OUTLOOK, vevent(
        u, "Bewerbungstraining: Probe-Vorstellungsgespräch", "20261203T090000", "20261203T103000",
        tzid="W. Europe Standard Time",
        desc="Guten Tag Herr García,\nim Rahmen des Coachings üben wir ein Vorstellungsgespräch auf Deutsch "
             "(Rollenspiel mit Video-Feedback). Bitte bringen Sie eine Stellenanzeige Ihrer Wahl mit.\nMit "
             "freundlichen Grüßen\nIris Baum, Karriere-Coaching Rhein-Ruhr",
        people=[org("iris.baum@coaching-rheinruhr.de", "Baum, Iris"), who(ME, "García, Mateo")]),
        tzids=("W. Europe Standard Time",)))

    u = "h21-neg-webinar-de"
    add("webinar-de", "de", "webinar", u, vcal(EXCHANGE, vevent(
        u, "Online-Seminar: Das Vorstellungsgespräch in Deutschland – Tipps für internationale Fachkräfte",
        "20261210T170000", "20261210T183000", tzid="W. Europe Standard Time",
        desc="Vielen Dank für Ihre Anmeldung zum Online-Seminar des Welcome Centers Niederrhein. Themen: typische "
             "Fragen, Gehaltsvorstellung, Anerkennung ausländischer Abschlüsse.\n\n" + teams("de", "NTFhNzc2MDI"),
        people=[org("seminare@welcome-niederrhein.de", "Welcome Center Niederrhein"), who(ME, "Mateo García")]),
        tzids=("W. Europe Standard Time",)))

    u = "h21-neg-personal-de"
    add("personal-de", "de", "personal", u, vcal(GOOGLE, vevent(
        u, "Wohnungsbesichtigung Duisburg-Neudorf", "20261213T140000", "20261213T143000", tzid="Europe/Berlin",
        desc="2-Zimmer, Grabenstraße 88, Makler Herr Schulte. Schufa-Auskunft und Gehaltsnachweise mitnehmen.",
        people=[org(ME, "Mateo García")]), tzids=("Europe/Berlin",)))

    u = "h21-neg-internal-de"
    add("internal-audit-de", "de", "internal_meeting", u, vcal(OUTLOOK, vevent(
        u, "Lieferantenaudit Verpackungsmaterial – Logisur / Kartonagen Berger", "20261214T090000",
        "20261214T110000", tzid=RST,
        desc="Jährliches Audit unseres Kartonagen-Lieferanten. Mateo stellt die Reklamationen aus dem Lager vor.",
        people=[org("e.navarro@logisur-iberia.es", "Navarro, Eva"), who(ME_WORK, "García, Mateo"),
                who("qualitaet@kartonagen-berger.de", "Berger Qualität")]), tzids=(RST,)))

    u = "h21-neg-jobfair-de"
    add("job-fair-de", "de", "job_fair", u, vcal(GOOGLE, vevent(
        u, "Jobmesse Logistik Ruhr – Duisburg", "20261219", "20261220",
        desc="Messe mit 60 Ausstellern aus Logistik und Handel. Lebensläufe (10x) ausdrucken, Stand Halle 2.",
        loc="Mercatorhalle Duisburg", people=[org(ME, "Mateo García")]), method="PUBLISH",
        head="X-WR-TIMEZONE:Europe/Madrid\r\n"))

    u = "h21-neg-berater-de"
    add("recruiter-no-employer-de", "de", "recruiter_no_employer", u, vcal(OUTLOOK, vevent(
        u, "Erstgespräch Personalberatung – Herr García", "20261207T160000", "20261207T163000",
        tzid="W. Europe Standard Time",
        desc="Hallo Herr García,\nwie besprochen ein erstes Kennenlernen: Ihre Wünsche, Gehalt, Wechselzeitpunkt. "
             "Aktuell habe ich kein konkretes Mandat, möchte Sie aber in unseren Pool aufnehmen.\nMartin Vos, "
             "Logistics Talents Personalberatung",
        people=[org("m.vos@logistics-talents.de", "Vos, Martin"), who(ME, "García, Mateo")]),
        tzids=("W. Europe Standard Time",)))

    u = "h21-neg-mock-fr"
    add("mock-interview-fr", "fr", "mock_interview", u, vcal(GOOGLE, vevent(
        u, "Entretien blanc avec Sébastien (simulation)", "20261206T100000", "20261206T110000", tzid="Europe/Paris",
        desc="Simulation d'entretien pour préparer mes candidatures en France : Sébastien joue le recruteur, "
             "feedback à la fin. Ce n'est pas un vrai entretien.\n\n" + meet("wqf-ozga-pnm", "fr"),
        people=[org(ME, "Mateo García"), who("seb.arnaud@free.fr", "Sébastien Arnaud")]), tzids=("Europe/Paris",)))

    u = "h21-neg-atelier-fr"
    add("atelier-fr", "fr", "webinar", u, vcal(OUTLOOK, vevent(
        u, "Atelier « Réussir son entretien d'embauche » – France Travail", "20261208T140000", "20261208T163000",
        tzid=RST,
        desc="Atelier collectif en ligne : préparer ses réponses, le pitch de 2 minutes, les questions à poser au "
             "recruteur. 12 participants.\n\n" + teams("fr", "MTQ2ZjU1YjM"),
        people=[org("ateliers@conseil-emploi-occitanie.fr", "Conseil Emploi Occitanie"), who(ME, "Mateo García")]),
        tzids=(RST,)))

    u = "h21-neg-press-fr"
    add("press-fr", "fr", "research/press", u, vcal(EXCHANGE, vevent(
        u, "Interview La Dépêche Éco – la logistique du dernier kilomètre", "20261215T110000", "20261215T113000",
        tzid=RST,
        desc="Bonjour Mateo, comme convenu, interview téléphonique pour notre article sur les entrepôts "
             "transfrontaliers. Questions sur votre métier de chef d'équipe.\nManon Girard, journaliste",
        people=[org("m.girard@depeche-eco.example.fr", "Manon Girard"), who(ME, "Mateo García")]), tzids=(RST,)))

    u = "h21-neg-flat-fr"
    add("personal-flat-fr", "fr", "personal", u, vcal(APPLE, vevent(
        u, "Visite appart Lyon 7e (agence Immo Confluence)", "20261219T113000", "20261219T120000",
        desc="T2 rue de Marseille, 780 € CC", loc="42 rue de Marseille, Lyon"), method=""))

    u = "h21-neg-coffee-fr"
    add("coffee-chat-fr", "fr", "coffee_chat", u, vcal(GOOGLE, vevent(
        u, "Café avec Yasmine – échange sur les métiers de la planification", "20261212T100000", "20261212T110000",
        tzid="Europe/Paris",
        desc="Yasmine est planificatrice chez un industriel toulousain. Discussion informelle pour comprendre le "
             "métier ; pas de poste ouvert.",
        loc="Café Le Florida, Place du Capitole, Toulouse",
        people=[org(ME, "Mateo García"), who("yasmine.haddad@outlook.fr", "Yasmine Haddad")]),
        tzids=("Europe/Paris",)))

    u = "h21-neg-reference-fr"
    add("reference-call-fr", "fr", "reference_call", u, vcal(OUTLOOK, vevent(
        u, "Prise de références – candidature de M. Thomas Leroy", "20261216T090000", "20261216T091500", tzid=RST,
        desc="Bonjour M. García,\nM. Thomas Leroy vous a cité comme référence (ancien collègue chez Logisur). Je "
             "souhaiterais échanger 15 minutes sur son travail.\nCordialement, Aurélie Simon, RH Transports Midi",
        people=[org("a.simon@transports-midi.fr", "SIMON Aurélie"), who(ME_WORK, "García, Mateo")]), tzids=(RST,)))

    u = "h21-neg-transporteur-fr"
    add("internal-carrier-fr", "fr", "internal_meeting", u, vcal(EXCHANGE, vevent(
        u, "Point mensuel transporteur – Logisur / Trans-Pyrénées", "20261210T100000", "20261210T110000", tzid=RST,
        desc="Ordre du jour : taux de service, retards aux quais, planning des enlèvements pour janvier.",
        people=[org(ME_WORK, "García, Mateo"), who("exploitation@trans-pyrenees.fr", "Exploitation Trans-Pyrénées"),
                who("r.lopez@logisur-iberia.es", "López, Rafael")]), tzids=(RST,)))

    u = "h21-neg-bilan-fr"
    add("career-coaching-fr", "fr", "career_coaching", u, vcal(CALENDLY, vevent(
        u, "Bilan de compétences – séance 2 entre Marion Duval et Mateo García", "20261211T170000Z",
        "20261211T180000Z",
        desc="Nom de l'événement : Bilan de compétences – séance 2\n\nTravail sur vos compétences transférables vers "
             "la planification supply chain.\n\nPowered by Calendly.com",
        people=[org("marion@duval-orientation.fr", "Marion Duval"), who(ME, "Mateo García", partstat="ACCEPTED")]),
        method="PUBLISH"))

    u = "h21-neg-itv-es"
    add("personal-itv-es", "es", "personal", u, vcal(APPLE, vevent(
        u, "ITV coche", "20261205T093000", "20261205T100000", loc="ITV Malpica, Zaragoza"), method=""))

    u = "h21-neg-press-es"
    add("press-es", "es", "research/press", u, vcal(GOOGLE, vevent(
        u, "Entrevista Heraldo – reportaje campaña de Navidad en los almacenes", "20261202T103000", "20261202T110000",
        tzid="Europe/Madrid",
        desc="La periodista Lucía Marco viene a la nave para entrevistarme sobre cómo preparamos el pico de "
             "Navidad. Comunicación lo ha aprobado.",
        loc="Logisur Iberia, Nave 2",
        people=[org("comunicacion@logisur-iberia.es", "Comunicación Logisur"), who(ME_WORK, "Mateo García"),
                who("lmarco@heraldo-prensa.example.es", "Lucía Marco")]), tzids=("Europe/Madrid",)))

    u = "h21-neg-inventario-es"
    add("internal-inventory-es", "es", "internal_meeting", u, vcal(OUTLOOK, vevent(
        u, "Preparación inventario anual – jefes de equipo", "20261222T080000", "20261222T090000", tzid=RST,
        desc="Reparto de zonas, recuento ciego y horarios del inventario del 30 de diciembre.",
        loc="Sala reuniones Nave 1",
        people=[org("e.navarro@logisur-iberia.es", "Navarro, Eva"), who(ME_WORK, "García, Mateo"),
                who("r.lopez@logisur-iberia.es", "López, Rafael"),
                who("sala.nave1@logisur-iberia.es", "Sala reuniones Nave 1", cutype="ROOM")]), tzids=(RST,)))

    u = "h21-neg-evaluacion-es"
    add("internal-review-es", "es", "internal_meeting", u, vcal(EXCHANGE, vevent(
        u, "Entrevista de evaluación del desempeño 2026 – Mateo García", "20261218T100000", "20261218T110000",
        tzid=RST,
        desc="Revisión anual de objetivos con tu responsable. Trae tu autoevaluación completada en el portal.",
        people=[org("r.lopez@logisur-iberia.es", "López, Rafael"), who(ME_WORK, "García, Mateo")]), tzids=(RST,)))

    u = "h21-neg-coffee-es"
    add("coffee-chat-es", "es", "coffee_chat", u, vcal(GOOGLE, vevent(
        u, "Café con Jorge (planificación en Textiles Albarracín)", "20261213T110000",
        "20261213T120000", tzid="Europe/Madrid",
        desc="Jorge me cuenta cómo es el día a día de un planificador. Charla informal, no hay vacante.",
        people=[org(ME, "Mateo García"), who("jorge.bellido@gmail.com", "Jorge Bellido")]), tzids=("Europe/Madrid",)))

    u = "h21-neg-headhunter-es"
    add("recruiter-no-employer-es", "es", "recruiter_no_employer", u, vcal(OUTLOOK, vevent(
        u, "Llamada con headhunter – conocer tu perfil", "20261209T130000", "20261209T133000", tzid=RST,
        desc="Hola Mateo, me gustaría conocerte para tenerte en cuenta en futuros procesos de supply chain. De "
             "momento no hay una posición concreta ni cliente asignado.\nSara Lozano, Talentia Executive Search",
        people=[org("sara.lozano@talentia-search.es", "Lozano, Sara"), who(ME, "Mateo García")]), tzids=(RST,)))
    return out
