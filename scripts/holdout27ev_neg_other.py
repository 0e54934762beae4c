"""Other negatives of Sophie Martin's calendar (mock, webinars, press, personal, ...) for holdout27."""

from __future__ import annotations

from holdout27ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    OUTLOOK,
    OUTLOOK16,
    ZIMBRA,
    Ev,
    Item,
    Who,
    cal,
    me,
    meet,
    no,
    teams,
    webex,
    zoom,
)

D = "cabinet-durand-avocats.fr"
R = "Romance Standard Time"
P = "Europe/Paris"


def items() -> list[Item]:
    """Given nothing, returns the other negative items."""
    out: list[Item] = []
    out.append(no("mock-apec", "fr", "mock_interview", cal(GOOGLE, [Ev(
        "h27apecmock@google.com", "Simulation d'entretien d'embauche – Apec", "20261203T170000",
        "20261203T180000", tzid=P, organizer=Who("Conseillère Apec", "rdv@apec.fr"), attendees=[me()],
        desc="Entraînement à l'entretien avec votre consultante Apec : nous jouerons un entretien pour un poste "
             "de juriste contrats et ferons un retour détaillé.\n" + meet("apc-mmsd-kio", "fr"))])))
    out.append(no("mock-friend", "en", "mock_interview", cal(IOS, [Ev(
        "AB12-h27-mock", "Mock interview w/ Chloé (practice for Revolut)", "20261130T193000",
        "20261130T203000", when="float")], method=None)))
    out.append(no("mock-es", "es", "mock_interview", cal(GOOGLE, [Ev(
        "h27simul-es@google.com", "Simulacro de entrevista en inglés – Carla", "20261212T110000",
        "20261212T120000", tzid="Europe/Madrid", organizer=Who("Carla Méndez", "carla.mendez.coach@gmail.com"),
        attendees=[me()], desc="Practicamos preguntas de competencias para tus procesos de legal ops. No es "
                               "una entrevista real, solo ensayo.")])))
    out.append(no("webinar-legalops", "en", "webinar", cal("-//Zoom Video Communications//Webinar//EN", [Ev(
        "zw-h27-clocwebinar", "Webinar: Breaking into Legal Operations – how to ace the interview",
        "20261205T160000", "20261205T170000", when="utc",
        organizer=Who("CLOC Europe Events", "events@cloc.org"), attendees=[me()],
        desc="Join our panel of legal ops leaders on what hiring managers ask in interviews.\n"
             + zoom("913 5520 1188"))])))
    out.append(no("class-cnam", "fr", "class", cal(ZIMBRA, [Ev(
        "cnam-h27-cours07", "Cours du soir : préparer ses entretiens de recrutement (module 3)",
        "20261208T183000", "20261208T210000", tzid=P, rrule="FREQ=WEEKLY;COUNT=4",
        organizer=Who("Cnam Paris – Formation continue", "fc-droit@lecnam.net"), attendees=[me()],
        desc="Module de la formation « Reconversion vers la conformité » : techniques d'entretien, pitch, "
             "jeux de rôle.", location="Cnam, 292 rue Saint-Martin, amphi C")])))
    out.append(no("webinar-fr", "fr", "webinar", cal(OUTLOOK16, [Ev(
        "WTTJ-WEB-1106", "Webinar WTTJ : réussir son entretien dans la tech quand on vient du droit",
        "20261210T123000", "20261210T133000", tzid=R,
        organizer=Who("Welcome to the Jungle Events", "events@welcometothejungle.com"), attendees=[me()],
        desc="Inscription confirmée. Replay disponible après le live.\n" + teams("fr"))])))
    out.append(no("webinar-de", "de", "webinar", cal(OUTLOOK, [Ev(
        "AAMk-h27-dsgvo-web", "Online-Seminar: Bewerbungsgespräche im Compliance-Bereich meistern",
        "20261216T100000", "20261216T113000", tzid="W. Europe Standard Time",
        organizer=Who("Legal Tech Akademie", "seminar@legaltech-akademie.de"), attendees=[me()],
        desc="Live-Seminar mit Fragerunde. " + webex())])))
    out.append(no("user-research", "en", "user_research", cal("-//Calendly//Calendly//EN", [Ev(
        "calendly-ur-h27-77", "User interview: contract management tools (research study)", "20261209T110000",
        "20261209T114500", when="utc", organizer=Who("Nina (UX Research, Docusign)", "nina.park@docusign.com"),
        attendees=[me(work=True)],
        desc="Thanks for joining our research study! We want to learn how law firms track contract "
             "deadlines. 45 min, €60 gift card. This is not a job interview.")])))
    out.append(no("user-research-fr", "fr", "user_research", cal(GOOGLE, [Ev(
        "h27uxdoctrine@google.com", "Interview utilisateur Doctrine – paralegals", "20261214T123000",
        "20261214T130000", tzid=P, organizer=Who("Équipe produit Doctrine", "research@doctrine.fr"),
        attendees=[me(work=True)],
        desc="Merci de participer à nos entretiens utilisateurs : nous testons une nouvelle recherche de "
             "jurisprudence. Aucune préparation nécessaire.\n" + meet("dct-qqow-pap", "fr"))])))
    out.append(no("press", "fr", "press", cal(OUTLOOK16, [Ev(
        "AAMk-h27-presse", "Interview presse – Village de la Justice (métier de paralegal)",
        "20261211T150000", "20261211T153000", tzid=R,
        organizer=Who("Rédaction Village de la Justice", "redaction@village-justice.com"),
        attendees=[me(work=True)],
        desc="Interview pour notre dossier sur les paralegals en cabinet. Relecture de vos citations avant "
             "publication.")])))
    out.append(no("podcast", "en", "podcast", cal(GOOGLE, [Ev(
        "h27podcast@google.com", "Podcast recording – 'Legal Ops Unfiltered' ep. 42 (guest: Sophie)",
        "20261219T150000", "20261219T160000", tzid="Europe/London",
        organizer=Who("Rita Adams", "rita@legalopsunfiltered.fm"), attendees=[me()],
        desc="We'll interview you about moving from a law firm into legal ops. Riverside link to follow.")])))
    out.append(no("dentist", "fr", "personal", cal(IOS, [Ev(
        "EE01-h27-dent", "Dentiste Dr Azoulay", "20261202T083000", "20261202T090000", when="float",
        location="12 rue Lepic")], method=None)))
    out.append(no("prefecture", "fr", "personal", cal(GOOGLE, [Ev(
        "h27ants@google.com", "RDV mairie – renouvellement passeport", "20261205T100000", "20261205T102000",
        tzid=P, desc="Apporter photo + ancien passeport + justificatif de domicile.")], method=None)))
    out.append(no("bank-appt", "fr", "personal", cal(OUTLOOK16, [Ev(
        "LCL-RDV-h27", "Rendez-vous conseiller LCL – prêt immobilier", "20261209T173000", "20261209T181500",
        tzid=R, organizer=Who("Conseiller LCL", "agence.batignolles@lcl.fr"), attendees=[me()],
        desc="Entretien avec votre conseiller pour étudier votre projet.")])))
    out.append(no("birthday", "fr", "personal", cal(APPLE, [Ev(
        "BD-h27-maman", "Anniversaire maman 🎂", "20261213", "20261214", when="date",
        rrule="FREQ=YEARLY")], method=None)))
    out.append(no("es-personal", "es", "personal", cal(GOOGLE, [Ev(
        "h27clase-es@google.com", "Clase de español – nivel C1 (Instituto Cervantes)", "20261215T190000",
        "20261215T203000", tzid=P, rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10",
        location="Instituto Cervantes, 7 rue Quentin Bauchart")], method=None)))
    out.append(no("de-personal", "de", "personal", cal(IOS, [Ev(
        "A9A9-h27-yoga", "Yoga mit Lena (Online-Kurs)", "20261217T074500", "20261217T083000", when="float")],
        method=None)))
    out.append(no("internal-weekly", "fr", "internal", cal(OUTLOOK, [Ev(
        "CDA-POINT-HEBDO", "Point hebdo contentieux", "20261207T090000", "20261207T093000", tzid=R,
        rrule="FREQ=WEEKLY;BYDAY=MO", organizer=Who("Durand, Étienne", f"e.durand@{D}"),
        attendees=[me(work=True), Who("Petit, Aurélie", f"a.petit@{D}"),
                   Who("Salle Portalis", f"salle.portalis@{D}", "room")],
        desc="Revue des échéances de procédure de la semaine.")])))
    out.append(no("annual-review", "fr", "internal", cal(OUTLOOK16, [Ev(
        "CDA-EAE-2026-SM", "Entretien annuel d'évaluation – Sophie Martin", "20261218T150000",
        "20261218T160000", tzid=R, organizer=Who("Durand, Étienne", f"e.durand@{D}"),
        attendees=[me(work=True)],
        desc="Entretien annuel : bilan 2026, objectifs 2027, souhaits de formation.")])))
    out.append(no("client-meeting", "en", "internal", cal(OUTLOOK, [Ev(
        "AAMk-h27-client", "Client call – NDA review for Hartwell Ltd", "20261221T140000", "20261221T143000",
        tzid=R, organizer=Who("Petit, Aurélie", f"a.petit@{D}"),
        attendees=[me(work=True), Who("James Hartwell", "j.hartwell@hartwell.co.uk")],
        desc="Aurélie leads; Sophie takes notes on the redlines.\n" + teams("en"))])))
    out.append(no("coffee-info", "fr", "coffee_chat", cal(GOOGLE, [Ev(
        "h27cafeinfo@google.com", "Café avec Marion (legal ops chez Alan) – échange réseau", "20261204T083000",
        "20261204T091500", tzid=P, organizer=Who("Marion Petitjean", "marion.petitjean@alan.eu"),
        attendees=[me(), Who("Marion Petitjean", "marion.petitjean@alan.eu", partstat="ACCEPTED")],
        desc="Ravie d'échanger sur mon métier et ma reconversion ! Ce n'est pas lié à un recrutement, juste "
             "un café pour te donner des conseils.", location="Café Oberkampf")])))
    out.append(no("coffee-en", "en", "coffee_chat", cal(GOOGLE, [Ev(
        "h27coffee-en@google.com", "Virtual coffee – Sophie / Tom (legal ops at Monzo)", "20261216T080000",
        "20261216T083000", tzid="Europe/London", organizer=Who("Tom Bright", "tom.bright@monzo.com"),
        attendees=[me()], desc="Happy to share how I moved from private practice into legal ops. Informal "
                               "chat, no role attached.\n" + meet("tmb-xxqa-lop"))])))
    out.append(no("coffee-es", "es", "coffee_chat", cal(IOS, [Ev(
        "C0FE-h27-es", "Café con Álvaro (ex-compañero, ahora en Cuatrecasas) – consejos reconversión",
        "20261222T100000", "20261222T110000", when="float")], method=None)))
    out.append(no("job-fair", "fr", "job_fair", cal(APPLE, [Ev(
        "JF-h27-legal", "Salon Village de la Justice – Carrières juridiques", "20261206", "20261207", when="date",
        desc="Stands recruteurs legal tech et compliance. Prévoir 15 CV.", location="Palais Brongniart")],
        method=None)))
    out.append(no("job-fair-es", "es", "job_fair", cal(GOOGLE, [Ev(
        "h27feria@google.com", "Feria de empleo jurídico – IE Law School (online)", "20270109T100000",
        "20270109T140000", tzid="Europe/Madrid", organizer=Who("IE Talent", "talent.events@ie.edu"),
        attendees=[me()], desc="Feria virtual con despachos y empresas. Stands con chat y vídeo.")])))
    out.append(no("reference", "fr", "reference_call", cal(OUTLOOK16, [Ev(
        "REF-h27-camille", "Prise de références – Camille Dubois (ancienne stagiaire)", "20261210T113000",
        "20261210T114500", tzid=R, organizer=Who("Fabre, Julie", "julie.fabre@gide.com"),
        attendees=[me(work=True)],
        desc="Madame Martin, Camille Dubois vous a citée comme référence pour un poste d'assistante juridique "
             "chez nous. Quelques questions sur son stage dans votre cabinet.")])))
    out.append(no("reference-en", "en", "reference_call", cal(GOOGLE, [Ev(
        "h27ref-en@google.com", "Reference check for Léo Fontaine", "20261220T140000", "20261220T141500",
        tzid="Europe/London", organizer=Who("Sam Porter", "sam.porter@clifford-talent.com"), attendees=[me()],
        desc="Léo listed you as a referee for his application with us. 15 minutes is plenty.")])))
    out.append(no("recruiter-generic", "fr", "recruiter_no_employer", cal(GOOGLE, [Ev(
        "h27cabrh@google.com", "Échange avec Nicolas (cabinet de recrutement Fed Legal)", "20261203T123000",
        "20261203T130000", tzid=P, organizer=Who("Nicolas Brun", "n.brun@fedlegal.fr"), attendees=[me()],
        desc="Premier échange pour faire connaissance, comprendre votre projet de reconversion et vous "
             "inscrire dans notre vivier. Pas de poste précis à ce stade.")])))
    out.append(no("recruiter-de", "de", "recruiter_no_employer", cal(OUTLOOK, [Ev(
        "AAMk-h27-hr-de", "Telefonat mit Headhunterin (allgemeines Kennenlernen)", "20261208T120000",
        "20261208T123000", tzid="W. Europe Standard Time",
        organizer=Who("Wagner, Petra", "p.wagner@legalsearch-partners.de"), attendees=[me()],
        desc="Liebe Frau Martin, gern lerne ich Sie und Ihre Wünsche kennen, um Sie künftig bei passenden "
             "Mandaten anzusprechen.")])))
    out.append(no("coaching", "fr", "career_coaching", cal(ZIMBRA, [Ev(
        "bilan-h27-03", "Bilan de compétences – séance 3", "20261211T180000", "20261211T193000", tzid=P,
        organizer=Who("Valérie Simon", "v.simon@orientation-conseil.fr"), attendees=[me()],
        desc="Séance 3 : pistes métiers legal ops et conformité, préparation du projet.")])))
    out.append(no("prep-block", "fr", "prep_block", cal(IOS, [Ev(
        "PREP-h27-axa", "Préparer entretien AXA (relire offre + questions)", "20261202T200000",
        "20261202T213000", when="float")], method=None)))
    out.append(no("tickler", "en", "afterview_tickler", cal("-//afterview//afterview//EN", [Ev(
        "afterview-tickler-h27-0001", "Send thank-you notes — Qonto, Legal Operations Specialist",
        "20261201T130000", "20261201T131500", tzid=P,
        desc="Write down what you discussed and the names of the people you met, then open the drafts.",
        extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:qonto:legal-operations-specialist"])],
        method=None)))
    return out
