"""holdout34: other negatives (mock, webinars, press, personal, internal, coffee, fairs, references...)."""

from __future__ import annotations

from holdout34ev_ics import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    WORK,
    ZOOM,
    Ev,
    att,
    cal,
    gfoot,
    meet,
    org,
    p,
    teams,
    zoom,
)

RST = "Romance Standard Time"


def _n(kind: str, lang: str, trap: str, text: str) -> Ev:
    return Ev(kind, lang, 0, "", "", "", [], trap, text)


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(_n("mock", "fr", "mock_interview", cal(GOOGLE, [[
        "DTSTART:20261107T090000Z", "DTEND:20261107T100000Z", "UID:3acresimu@google.com",
        org("conseil@acre-emploi.fr", "ACRE – Association Cadres Rhône Emploi"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY", "Simulation d'entretien de recrutement (atelier reconversion) – Thomas Lefèvre"),
        p("DESCRIPTION", "Entraînement filmé : un bénévole joue le recruteur d'une direction de la communication, "
          "puis retour détaillé. Ce n'est pas un vrai entretien." + gfoot(ME))]], method="REQUEST")))
    e.append(_n("mock", "en", "mock_interview", cal(IOS, [[
        "UID:MOCK-SAM-FENNICK-01", "DTSTART;TZID=Europe/Paris:20261125T190000",
        "DTEND;TZID=Europe/Paris:20261125T200000",
        p("SUMMARY", "Mock interview w/ Sam (practice for Fennick)"), p("LOCATION", "FaceTime")]],
        tz="Europe/Paris", windows=False)))
    e.append(_n("mock", "es", "mock_interview", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261206T113000", "DTEND;TZID=Europe/Madrid:20261206T123000",
        "UID:2simulacromarta@google.com", org("marta.ibanez.c@gmail.com", "Marta Ibáñez"),
        att("marta.ibanez.c@gmail.com", "Marta Ibáñez", ps="ACCEPTED"), att(ME),
        p("SUMMARY", "Simulacro de entrevista en español (antes de Banco Mirador)"),
        p("DESCRIPTION", "Te hago de entrevistadora para que practiques el español profesional. ¡Ánimo!\n" +
          meet("es", "sim-mrta-ens") + gfoot(ME))]], method="REQUEST", tz="Europe/Madrid", windows=False)))
    e.append(_n("webinar", "fr", "webinar", cal(ZOOM, [[
        "UID:ZOOMWEB8812003391comm", "DTSTART:20261105T113000Z", "DTEND:20261105T123000Z",
        p("SUMMARY", "Webinaire : réussir son entretien d'embauche dans la communication"),
        org("webinaires@comm-emploi.fr", "Comm'Emploi"), att(ME, "Thomas Lefèvre"),
        p("DESCRIPTION", "Merci pour votre inscription ! Nos intervenantes partagent les questions les plus posées "
          "en entretien par les directions de la communication.\n\nRejoindre le webinaire : "
          "https://us06web.zoom.us/w/88120033910?tk=x1\nCode secret : 552019")]], method="REQUEST")))
    e.append(_n("workshop", "en", "class", cal(GOOGLE, [[
        "DTSTART:20261114T100000Z", "DTEND:20261114T120000Z", "UID:6careerswitchworkshop@google.com",
        org("events@pivot-academy.co.uk", "Pivot Academy Events"), att(ME, "thomas.lefevre@orange.fr"),
        p("SUMMARY", "Workshop: From newsroom to corporate comms — nailing the interview"),
        p("DESCRIPTION", "Live online class, module 3 of 5. Topics: telling your career-change story, the STAR "
          "method, salary questions. Breakout rooms with peers.\n" + meet("en", "pvt-work-shp") + gfoot(ME))]],
        method="REQUEST")))
    e.append(_n("webinar", "de", "webinar", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000SEMINAR-DE",
        org("seminare@karriere-kompass.de", "Karriere-Kompass Seminare"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY;LANGUAGE=de-DE", "Online-Seminar: Vorstellungsgespräche auf Deutsch souverän meistern"),
        "DTSTART;TZID=W. Europe Standard Time:20261119T180000", "DTEND;TZID=W. Europe Standard Time:20261119T193000",
        p("DESCRIPTION;LANGUAGE=de-DE", "Ihre Anmeldung ist bestätigt. Referentin: Birgit Sommer.\n\n" +
          teams("de", "372 118 990 05"))]], method="REQUEST", tz="W. Europe Standard Time")))
    e.append(_n("user-research", "en", "user_research", cal(CALENDLY, [[
        "UID:calendly-ur-tempora-99e1", "DTSTART:20261111T170000Z", "DTEND:20261111T174500Z",
        p("SUMMARY", "User interview: Tempora calendar study (Thomas Lefèvre)"),
        org("research@tempora.app", "Tempora Research"), att(ME, "Thomas Lefèvre", ps="ACCEPTED"),
        p("DESCRIPTION", "Thanks for joining our research study on how journalists plan their week. 45 minutes, "
          "you'll share your screen. €40 voucher as a thank-you.\nLocation: Zoom\n\nPowered by Calendly.com")]],
        method="REQUEST")))
    e.append(_n("press-user-interviewer", "fr", "press_interview", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000ITW-MAIRE-VEN",
        org(WORK, "LEFEVRE Thomas"), att("cabinet@ville-venissieux-exemple.fr", "Cabinet du maire"),
        p("SUMMARY;LANGUAGE=fr-FR", "Interview maire de Vénissieux – dossier logement social"),
        "DTSTART;TZID=Romance Standard Time:20261106T100000", "DTEND;TZID=Romance Standard Time:20261106T110000",
        p("LOCATION;LANGUAGE=fr-FR", "Hôtel de ville de Vénissieux"),
        p("DESCRIPTION;LANGUAGE=fr-FR", "ITW pour le papier du dimanche. Photographe : Karim. 45 min max selon le "
          "cabinet.")]], method="REQUEST", tz=RST)))
    e.append(_n("press-terse", "fr", "press_interview", cal(APPLE, [[
        "UID:ITW-DUMAS-CANICULE", "DTSTART:20261112T083000", "DTEND:20261112T090000",
        p("SUMMARY", "ITW Pr Dumas (labo climat) pour papier canicule - tél"),
        p("DESCRIPTION", "06 71 .. .. .. / relancer pour photo")]])))
    e.append(_n("press-user-interviewee", "fr", "press_interview", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000RADIO-INVITE",
        org("prog@radio-fourviere-fm.fr", "Programmation Radio Fourvière FM"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Interview en direct – Thomas Lefèvre (L'Écho Rhodanien) sur son enquête "
          "« Les friches du Rhône »"),
        "DTSTART;TZID=Romance Standard Time:20261118T073500", "DTEND;TZID=Romance Standard Time:20261118T075000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas, merci d'accepter notre invitation dans la matinale. Vous "
          "êtes interviewé par Léa Marin pendant 10 minutes sur votre enquête. Arrivée au studio à 7h20."),
        p("LOCATION;LANGUAGE=fr-FR", "Studio Radio Fourvière FM, quai Fulchiron")]], method="REQUEST", tz=RST)))
    e.append(_n("podcast", "fr", "press_interview", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261121T150000", "DTEND;TZID=Europe/Paris:20261121T163000",
        "UID:5rhonestorypod@google.com", org(WORK, "Thomas Lefèvre"),
        att("fanny.morel.architecte@gmail.com", "Fanny Morel"),
        att("c_studio-podcast@resource.calendar.google.com", "Studio podcast (rédaction)", cutype="RESOURCE",
            ps="ACCEPTED"),
        p("SUMMARY", "Enregistrement podcast « Rhône Story » #14 – invitée : Fanny Morel"),
        p("DESCRIPTION", "Je l'interviewe sur la rénovation des traboules. Prévoir 1h d'enregistrement, "
          "30 min de réglages." + gfoot(WORK))]], method="REQUEST", tz="Europe/Paris", windows=False)))
    e.append(_n("personal", "fr", "personal", cal(IOS, [[
        "UID:DENT-2611-LEF", "DTSTART;TZID=Europe/Paris:20261126T083000", "DTEND;TZID=Europe/Paris:20261126T090000",
        p("SUMMARY", "Dentiste Dr Cohen"), p("LOCATION", "12 rue Vendôme Lyon")]], tz="Europe/Paris", windows=False)))
    e.append(_n("personal-bank", "fr", "personal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000BANQUE-PRET",
        org("conseiller.0421@banque-lyonnaise-exemple.fr", "Votre conseiller - Agence Lyon Brotteaux"),
        att(ME, "M. Thomas Lefevre"),
        p("SUMMARY;LANGUAGE=fr-FR", "Rendez-vous avec votre conseiller : entretien projet immobilier"),
        "DTSTART;TZID=Romance Standard Time:20261128T100000", "DTEND;TZID=Romance Standard Time:20261128T110000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Merci de vous munir de vos 3 derniers bulletins de salaire et avis "
          "d'imposition."), p("LOCATION;LANGUAGE=fr-FR", "Agence Lyon Brotteaux")]], method="REQUEST", tz=RST)))
    e.append(_n("personal-boiler", "fr", "personal", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261202", "DTEND;VALUE=DATE:20261203", "UID:1chaudiere@google.com",
        p("SUMMARY", "Entretien annuel chaudière (technicien entre 8h et 12h)"),
        p("DESCRIPTION", "Ets Reynaud Chauffage - contrat n° 44812"), "TRANSP:TRANSPARENT"]], xwr="Europe/Paris")))
    e.append(_n("personal", "en", "personal", cal(APPLE, [[
        "UID:PASSPORT-FR-RENEW", "DTSTART;TZID=Europe/Paris:20261203T141500",
        "DTEND;TZID=Europe/Paris:20261203T143000",
        p("SUMMARY", "Passport renewal appointment (mairie 3e) – bring photos + old passport")]], tz="Europe/Paris",
        windows=False)))
    e.append(_n("personal-school", "es", "personal", cal(GOOGLE, [[
        "DTSTART:20261209T163000Z", "DTEND:20261209T170000Z", "UID:4tutoraleo@google.com",
        org("secretaria@colegio-bilingue-lyon.fr", "Colegio bilingüe – Secretaría"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY", "Entrevista con la tutora de Léo (1er trimestre)"),
        p("DESCRIPTION", "Reunión individual familia–tutora para comentar el primer trimestre." + gfoot(ME))]],
        method="REQUEST")))
    e.append(_n("internal-own-review", "fr", "internal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000EAE-LEFEVRE",
        org("redaction.chef@lecho-rhodanien.fr", "BERTRAND Luc"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Entretien annuel d'évaluation - Thomas Lefèvre"),
        "DTSTART;TZID=Romance Standard Time:20261210T100000", "DTEND;TZID=Romance Standard Time:20261210T113000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Ton entretien annuel : bilan de l'année, objectifs 2027, formation. Le "
          "support est dans l'espace RH.")]], method="REQUEST", tz=RST)))
    e.append(_n("internal", "fr", "internal", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000CONF-REDAC", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        org("redaction.chef@lecho-rhodanien.fr", "BERTRAND Luc"), att(WORK, "LEFEVRE Thomas"),
        att("m.garnier@lecho-rhodanien.fr", "GARNIER Martine"),
        p("SUMMARY;LANGUAGE=fr-FR", "Conférence de rédaction"),
        "DTSTART;TZID=Romance Standard Time:20261102T093000", "DTEND;TZID=Romance Standard Time:20261102T100000",
        p("LOCATION;LANGUAGE=fr-FR", "Grande salle")]], method="REQUEST", tz=RST)))
    e.append(_n("internal-cse", "fr", "internal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000CSE-REORG",
        org("cse@lecho-rhodanien.fr", "CSE L'Écho Rhodanien"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Réunion d'information CSE – réorganisation du pôle web"),
        "DTSTART;TZID=Romance Standard Time:20261117T123000", "DTEND;TZID=Romance Standard Time:20261117T133000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Présentation du projet de réorganisation et questions des salariés.\n\n" +
          teams("fr", "385 022 117 40"))]], method="REQUEST", tz=RST)))
    e.append(_n("internal", "en", "internal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000AGENCY-PARTNERS",
        org("partnerships@euronewsdesk-example.eu", "Partnerships, EuroNewsDesk"), att(WORK, "Thomas Lefevre"),
        p("SUMMARY;LANGUAGE=en-GB", "Quarterly call – regional partner newspapers (content exchange)"),
        "DTSTART;TZID=Romance Standard Time:20261113T150000", "DTEND;TZID=Romance Standard Time:20261113T160000",
        p("DESCRIPTION;LANGUAGE=en-GB", "Agenda: shared investigations, translation pipeline, Q1 calendar.\n\n" +
          zoom("en", "933 1120 8874", "EuroNewsDesk"))]], method="REQUEST", tz=RST)))
    e.append(_n("coffee-chat", "fr", "coffee_chat", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261108T100000", "DTEND;TZID=Europe/Paris:20261108T110000",
        "UID:8cafejulien@google.com", org("julien.pasquier@gmail.com", "Julien Pasquier"),
        att("julien.pasquier@gmail.com", "Julien Pasquier", ps="ACCEPTED"), att(ME),
        p("SUMMARY", "Café Julien / Thomas"),
        p("DESCRIPTION", "Comme promis, je te raconte mon passage de la PQR à la com chez Vaudrel. Aucune pression, "
          "juste des conseils !" + gfoot(ME)),
        p("LOCATION", "Café Slake, Lyon 2e")]], method="REQUEST", tz="Europe/Paris", windows=False)))
    e.append(_n("coffee-chat", "en", "coffee_chat", cal(GOOGLE, [[
        "DTSTART:20261119T123000Z", "DTEND:20261119T130000Z", "UID:3emmainfo@google.com",
        org("emma.clarke@tallyfin.com", "Emma Clarke"), att("emma.clarke@tallyfin.com", "Emma Clarke", ps="ACCEPTED"),
        att(ME, "Thomas Lefèvre"),
        p("SUMMARY", "Informational chat: Emma (Tallyfin comms) <> Thomas"),
        p("DESCRIPTION", "Happy to share what working in-house comms at a fintech looks like. This is just an "
          "informal chat, not part of any hiring process.\n" + meet("en", "emm-info-cht") + gfoot(ME))]],
        method="REQUEST")))
    e.append(_n("coffee-chat", "de", "coffee_chat", cal(IOS, [[
        "UID:KAFFEE-SABINE-PR", "DTSTART;TZID=Europe/Berlin:20261203T170000",
        "DTEND;TZID=Europe/Berlin:20261203T180000",
        p("SUMMARY", "Kaffee mit Sabine (Austausch PR-Branche Berlin)"),
        p("DESCRIPTION", "Sabine kennt Lindqvist und Kestrel - nur Netzwerken")]], tz="Europe/Berlin", windows=False)))
    e.append(_n("job-fair", "fr", "job_fair", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261120", "DTEND;VALUE=DATE:20261121", "UID:2forumcommedias@google.com",
        p("SUMMARY", "Forum Com & Médias Lyon 2026 (Halle Tony Garnier) – stands agences et entreprises"),
        p("DESCRIPTION", "Apporter 15 CV. Job dating possible avec Clairvoie et Hexaline (stands 12 et 31)."),
        "TRANSP:TRANSPARENT"]], xwr="Europe/Paris")))
    e.append(_n("job-fair", "es", "job_fair", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000FERIA-COM-MAD",
        org("inscripciones@feriacomunicacion-exemple.es", "Feria de Empleo en Comunicación"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY;LANGUAGE=es-ES", "Feria de Empleo en Comunicación y Marketing – Madrid (IFEMA, pabellón 4)"),
        "DTSTART;TZID=Romance Standard Time:20261211T093000", "DTEND;TZID=Romance Standard Time:20261211T180000",
        p("DESCRIPTION;LANGUAGE=es-ES", "Tu entrada: n.º 55120. Más de 60 empresas y agencias. Mini-entrevistas "
          "exprés en los stands.")]], method="REQUEST", tz=RST)))
    e.append(_n("reference", "fr", "reference_call", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000REF-CLAIRE-D",
        org("rh@agence-poivre.fr", "RH - Agence Poivre"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Prise de références – Claire Dardenne (ancienne stagiaire)"),
        "DTSTART;TZID=Romance Standard Time:20261116T173000", "DTEND;TZID=Romance Standard Time:20261116T174500",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour M. Lefèvre, Claire Dardenne vous a cité comme référence (son stage "
          "à L'Écho Rhodanien). Quelques questions sur son travail.\nAgence Poivre, ressources humaines")]],
        method="REQUEST", tz=RST)))
    e.append(_n("reference", "en", "reference_call", cal(GOOGLE, [[
        "DTSTART:20261130T160000Z", "DTEND:20261130T161500Z", "UID:9refbellini@google.com",
        org("hr@greystonepr.com", "Greystone PR – People team"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY", "Reference call re: Marco Bellini"),
        p("DESCRIPTION", "Marco listed you as a referee from your time together at the paper. 15 minutes, we'll "
          "call you." + gfoot(ME))]], method="REQUEST")))
    e.append(_n("recruiter-no-employer", "fr", "recruiter_call", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000CABINET-POINT",
        org("sophie.vial@alto-recrutement.fr", "Sophie Vial - Alto Recrutement"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY;LANGUAGE=fr-FR", "Échange Alto Recrutement / Thomas Lefèvre – point sur votre projet"),
        "DTSTART;TZID=Romance Standard Time:20261109T123000", "DTEND;TZID=Romance Standard Time:20261109T130000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas, je vous propose un premier échange pour comprendre votre "
          "projet de reconversion vers la communication et vous présenter le marché lyonnais. Je n'ai pas encore "
          "de poste précis à vous proposer.\nSophie Vial, consultante")]], method="REQUEST", tz=RST)))
    e.append(_n("recruiter-no-employer", "en", "recruiter_call", cal(ZOOM, [[
        "UID:ZOOM82200114567hartley", "DTSTART:20261123T110000Z", "DTEND:20261123T113000Z",
        p("SUMMARY", "Thomas / Hartley Search – intro call"),
        org("ben.ross@hartleysearch.com", "Ben Ross"), att(ME, "Thomas Lefevre"),
        p("DESCRIPTION", "Quick intro so I can understand what you're looking for in comms/PR; I'll then share "
          "roles across my clients as they come up.\n\n" + zoom("en", "822 0011 4567", "Ben Ross"))]],
        method="REQUEST")))
    e.append(_n("coaching", "fr", "coaching", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000BILAN-COMP-3",
        org("n.fabre@cap-bilan-lyon.fr", "Nathalie Fabre - Cap Bilan"), att(ME, "Thomas Lefèvre"),
        p("SUMMARY;LANGUAGE=fr-FR", "Bilan de compétences – séance 3 : préparer vos entretiens"),
        "DTSTART;TZID=Romance Standard Time:20261105T180000", "DTEND;TZID=Romance Standard Time:20261105T193000",
        p("LOCATION;LANGUAGE=fr-FR", "Cap Bilan, 9 rue de la Charité")]], method="REQUEST", tz=RST)))
    e.append(_n("prep-block", "fr", "prep_block", cal(IOS, [[
        "UID:PREP-LUMEN-RAPPORT", "DTSTART;TZID=Europe/Paris:20261202T190000",
        "DTEND;TZID=Europe/Paris:20261202T210000",
        p("SUMMARY", "Préparer entretien Lumen Pharma : relire rapport annuel + questions"),
        p("DESCRIPTION", "dernier entretien demain 11h")]], tz="Europe/Paris", windows=False)))
    return e
