"""holdout39: other negatives (mock, webinars, research/press, personal, internal, chats, fairs, references)."""

from __future__ import annotations

from holdout39ev_ics import ME_PRIV, ME_WORK, Att, Ev, meet, teams, webex, zoom

A = Att
NB = A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")
NW = A("BENALI Nadia", ME_WORK, partstat="ACCEPTED")
H = "hopital-nord-marseille.fr"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev(
        80, "mock", "google", "fr", "Simulation d'entretien (affaires réglementaires) avec Sabrina",
        "20261205T180000", 60, "Europe/Paris",
        desc="Sabrina (ancienne collègue, RA chez un labo) me fait passer un entretien blanc avant mes vrais "
             "entretiens. Questions types + feedback.\n\n" + meet("fr", 80),
        org=("Nadia Benali", ME_PRIV),
        atts=[NB, A("Sabrina Haddad", "sabrina.haddad@yahoo.fr")], trap="mock"))
    e.append(Ev(
        81, "mock", "zoom", "en", "Mock interview – Pharmacovigilance roles (APEC coaching)",
        "20261209T120000", 45, "Europe/Paris",
        desc="Practice session with your career coach. We will simulate a competency-based interview for a "
             "Drug Safety Associate position and debrief.\n\n" + zoom("en", 81),
        org=("Claire Bonnet – Coach", "claire.bonnet@apec.fr"), atts=[NB], trap="mock"))
    e.append(Ev(
        82, "mock", "hand", "es", "Ensayo entrevista en inglés con Laura", "20261213T190000", 60, "float",
        desc="practicar preguntas tipo 'tell me about yourself' y STAR", trap="mock"))
    e.append(Ev(
        83, "webinar", "webex", "fr", "Webinaire : Réussir ses entretiens en affaires réglementaires",
        "20261204T123000", 60, "Europe/Paris",
        desc="Merci pour votre inscription au webinaire organisé par l'association des pharmaciens en affaires "
             "réglementaires (AFAR). Intervenants : deux responsables recrutement de "
             "laboratoires.\n\n" + webex("fr", 83),
        org=("AFAR Événements", "evenements@afar-asso.fr"), atts=[NB], trap="webinar"))
    e.append(Ev(
        84, "webinar", "zoom", "en", "Webinar: Landing your first pharmacovigilance job — interview tips",
        "20261210T170000", 90, "Z",
        desc="Hi Nadia,\nThank you for registering for \"Landing your first pharmacovigilance job\". Panelists from "
             "three CROs share what they look for in interviews.\n\n" + zoom("en", 84),
        org=("PV Careers Network", "no-reply@zoom.us"), atts=[NB], trap="webinar"))
    e.append(Ev(
        85, "class", "google", "de", "Online-Kurs: Bewerbungsgespräche auf Englisch (Modul 3)",
        "20261217T180000", 90, "Europe/Berlin",
        desc="Kurs der Volkshochschule – Modul 3: Vorstellungsgespräche simulieren, Feedback in Kleingruppen.",
        org=("VHS Online Akademie", "kurse@vhs-online-akademie.de"), atts=[NB], trap="class"))
    e.append(Ev(
        86, "user_research", "calendly", "en", "User interview: hospital pharmacy workflows (Nadia Benali)",
        "20261208T150000", 45, "Z",
        desc="Event Name: 45-min user research interview\nThanks for helping us! We're a startup building inventory "
             "software for hospital pharmacies and want to learn how your PUI manages stock-outs. €50 voucher as a "
             "thank-you.\n\nPowered by Calendly.com",
        org=("Aiko Tanaka", "aiko@stockwise.health"),
        atts=[A("Aiko Tanaka", "aiko@stockwise.health", partstat="ACCEPTED"), NB], trap="user_research"))
    e.append(Ev(
        87, "press", "google", "fr", "Interview podcast « Pharmaciens en transition » – épisode 12",
        "20261211T180000", 60, "Europe/Paris",
        desc="Enregistrement du podcast : Nadia raconte sa reconversion de la PUI vers les affaires réglementaires. "
             "Questions envoyées à l'avance.\n\n" + meet("fr", 87),
        org=("Julien Perret", "julien.perret.podcast@gmail.com"),
        atts=[A("Julien Perret", "julien.perret.podcast@gmail.com", partstat="ACCEPTED"), NB], trap="press"))
    e.append(Ev(
        88, "press", "outlook", "fr", "Interview La Provence – pénurie de médicaments à l'hôpital",
        "20261203T113000", 30, "Romance Standard Time",
        desc="Journaliste : Marc Olivieri (La Provence). Sujet : tensions d'approvisionnement. Validation préalable "
             "par la direction de la communication.",
        org=("Direction de la Communication", f"communication@{H}"),
        atts=[NW, A("Marc Olivieri", "m.olivieri@laprovence.com")], trap="press"))
    e.append(Ev(
        89, "personal", "ios", "fr", "Dentiste Dr Amiel", "20261206T093000", 45, "Europe/Paris",
        loc="45 bd Baille, Marseille", trap="personal"))
    e.append(Ev(
        90, "personal", "google", "fr", "Rendez-vous préfecture – renouvellement titre de séjour maman",
        "20261214T083000", 60, "Europe/Paris",
        desc="Accompagner maman. Documents : passeport, justificatif de domicile.",
        org=("Nadia Benali", ME_PRIV), atts=[NB], trap="personal"))
    e.append(Ev(
        91, "personal", "apple", "fr", "Anniversaire Yasmine 🎂", "20261220", 1440, "allday", trap="personal"))
    e.append(Ev(
        92, "personal", "hand", "es", "Cita banco - hipoteca", "20261218T160000", 60, "float",
        desc="entrevista con el asesor hipotecario", trap="personal"))
    e.append(Ev(
        93, "internal", "outlook", "fr", "Réunion de service pharmacie – hebdo",
        "20261201T080000", 60, "Romance Standard Time", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10",
        desc="Ordre du jour : ruptures, COMEDIMS, planning des gardes.",
        org=("FAURE Jean-Marc (Dr)", f"jm.faure@{H}"),
        atts=[NW, A("PONS Émilie", f"e.pons@{H}"), A("Salle Pharmacie RDC", f"salle.pharmacie@{H}", "ROOM")],
        trap="internal"))
    e.append(Ev(
        94, "annual_review", "exchange", "fr", "Entretien annuel d'évaluation – Dr Benali",
        "20261216T140000", 60, "Romance Standard Time",
        desc="Entretien professionnel annuel avec le chef de service. Merci de remplir le support d'auto-évaluation.",
        org=("FAURE Jean-Marc (Dr)", f"jm.faure@{H}"), atts=[NW], trap="annual_review"))
    e.append(Ev(
        95, "internal", "outlook", "en", "Pharmacovigilance committee – adverse event review",
        "20261218T100000", 90, "Romance Standard Time",
        desc="Monthly hospital PV committee with the regional pharmacovigilance centre.\n\n" + teams("en", 95),
        org=("CRPV Marseille", f"crpv@{H}"), atts=[NW, A("Dr Paul Mas", "paul.mas@crpv-paca.fr")],
        trap="internal"))
    e.append(Ev(
        96, "coffee", "google", "fr", "Café avec Amandine (RA chez un labo lyonnais)",
        "20261207T083000", 45, "Europe/Paris",
        desc="Échange informel pour qu'elle me parle de son métier en affaires réglementaires et de sa reconversion. "
             "Pas de poste ouvert, juste des conseils.",
        loc="Café de la Gare, Lyon Part-Dieu",
        org=("Nadia Benali", ME_PRIV),
        atts=[NB, A("Amandine Roche", "amandine.roche@free.fr")], trap="coffee_chat"))
    e.append(Ev(
        97, "coffee", "google", "en", "Informational chat — life as a QPPV (Nadia/Peter)",
        "20261215T170000", 30, "Z",
        desc="Peter kindly agreed to share his experience moving from hospital pharmacy to QPPV. Informational only; "
             "his team isn't hiring right now.\n\n" + meet("en", 97),
        org=("Nadia Benali", ME_PRIV),
        atts=[NB, A("Peter Vance", "peter.vance@glenmorra.com")], trap="coffee_chat"))
    e.append(Ev(
        98, "coffee", "hand", "de", "Kaffee mit Jonas (ehem. Kommilitone, jetzt Drug Safety in Basel)",
        "20261228T150000", 60, "float", desc="Netzwerken, Tipps zum Schweizer Markt", trap="coffee_chat"))
    e.append(Ev(
        99, "job_fair", "google", "fr", "Forum emploi santé – Lyon Eurexpo", "20270128", 1440, "allday",
        desc="Forum de recrutement des industries de santé. Stands : laboratoires, CRO, dispositifs médicaux. "
             "Apporter 20 CV.",
        loc="Eurexpo Lyon", trap="job_fair"))
    e.append(Ev(
        100, "job_fair", "outlook", "es", "Feria de empleo BioBarcelona – sesiones de speed networking",
        "20270204T100000", 360, "Romance Standard Time",
        desc="Inscripción confirmada. Encuentros de 10 minutos con empresas del sector (speed networking). "
             "No es una entrevista formal.",
        org=("BioBarcelona Events", "events@biobarcelona-fair.org"), atts=[NB], trap="job_fair"))
    e.append(Ev(
        101, "reference", "google", "fr", "Appel référence pour Émilie (prise de références)",
        "20261209T123000", 20, "Europe/Paris",
        desc="Le cabinet qui recrute Émilie Pons pour un poste de cadre à la clinique m'appelle en tant que "
             "référente. Préparer 2-3 exemples.",
        org=("Nadia Benali", ME_PRIV), atts=[NB], trap="reference_user_is_reference"))
    e.append(Ev(
        102, "reference", "outlook", "en", "Reference check – Kevin Martin (candidate) with Dr Benali",
        "20261211T100000", 20, "Romance Standard Time",
        desc="Dear Dr Benali,\nKevin Martin has named you as a referee for the Pharmacy Technician role at Clinique "
             "Saint-Roch. Could we speak for 15 minutes?\nBest,\nNaomi Bright, Talent Acquisition",
        org=("Naomi Bright", "naomi.bright@clinique-saintroch.fr"),
        atts=[A("Naomi Bright", "naomi.bright@clinique-saintroch.fr"), NW], trap="reference_user_is_reference"))
    e.append(Ev(
        103, "recruiter_call", "google", "fr", "Point carrière avec Mathilde (cabinet Santé Talents)",
        "20261202T124500", 30, "Europe/Paris",
        desc="Premier contact avec une chasseuse de têtes : faire le point sur mon parcours et mes attentes. "
             "Pas de poste précis pour l'instant.\n\n" + meet("fr", 103),
        org=("Mathilde Garnier", "mathilde.garnier@sante-talents.fr"),
        atts=[A("Mathilde Garnier", "mathilde.garnier@sante-talents.fr", partstat="ACCEPTED"), NB],
        trap="recruiter_not_employer"))
    e.append(Ev(
        104, "recruiter_call", "calendly", "en", "Candidate onboarding call - Nadia Benali",
        "20261210T090000", 20, "Z",
        desc="Event Name: Candidate onboarding – Life Sciences talent pool\nWe'll register your profile, discuss "
             "salary expectations and which markets (CH/FR/ES) you want us to approach.\n\nPowered by Calendly.com",
        org=("Ryan Cole", "ryan.cole@helixtalent.co.uk"),
        atts=[A("Ryan Cole", "ryan.cole@helixtalent.co.uk", partstat="ACCEPTED"), NB],
        trap="recruiter_not_employer"))
    e.append(Ev(
        105, "career_coach", "bookings", "fr", "Bilan de compétences – séance 3",
        "20261212T100000", 90, "Romance Standard Time",
        desc="Votre rendez-vous avec CIBC Provence est confirmé.\nService : Bilan de compétences – entretien "
             "individuel\nMembre du personnel : Sylvie Moreau\n\n" + teams("fr", 105),
        org=("CIBC Provence", "rdv@cibc-provence.fr"),
        atts=[A("Sylvie Moreau", "sylvie.moreau@cibc-provence.fr"), NB], trap="career_coaching"))
    e.append(Ev(
        106, "admin", "google", "fr", "Entretien France Travail – suivi projet de reconversion",
        "20261217T140000", 30, "Europe/Paris",
        desc="Rendez-vous téléphonique avec votre conseiller France Travail.",
        org=("Nadia Benali", ME_PRIV), atts=[NB], trap="personal_admin"))
    e.append(Ev(
        107, "prep", "apple", "en", "Prep: Vantora interview (read SmPC + PSUR guidance)",
        "20261214T190000", 90, "Europe/Paris",
        desc="Prepare for the RA Specialist interview on Tuesday. Review GVP Module VII, company pipeline.",
        org=("Nadia Benali", ME_PRIV), atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")], trap="prep_block"))
    e.append(Ev(
        108, "training", "webex", "en", "GVP training: signal detection (hospital CPD)",
        "20261208T140000", 120, "Europe/Paris",
        desc="Continuing education session for hospital pharmacists.\n\n" + webex("en", 108),
        org=("OMEDIT PACA", "formation@omedit-paca.fr"), atts=[NW], trap="training"))
    e.append(Ev(
        109, "cancelled_internal", "outlook", "fr", "Annulé : Staff pharmacie clinique",
        "20261223T090000", 60, "Romance Standard Time", status="CANCELLED", method="CANCEL", sequence=1,
        org=("FAURE Jean-Marc (Dr)", f"jm.faure@{H}"), atts=[NW], trap="internal_cancelled"))
    e.append(Ev(
        110, "research_study", "google", "es", "Entrevista para estudio sobre farmacéuticos hospitalarios",
        "20261219T110000", 40, "Europe/Madrid",
        desc="Hola Nadia, gracias por participar en nuestro estudio académico (Universidad de Valencia) sobre la "
             "carrera de los farmacéuticos hospitalarios. Entrevista semiestructurada grabada.\n\n" + meet("es", 110),
        org=("Irene Navarro", "irene.navarro@uv.es"),
        atts=[A("Irene Navarro", "irene.navarro@uv.es", partstat="ACCEPTED"), NB], trap="research_interview"))
    return e
