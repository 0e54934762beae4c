"""holdout126 negatives: personal appointments and the job search around the interviews (mock interviews,
webinars, prep, coffee chats, recruiters naming no employer, a reference call, a job fair)."""

from __future__ import annotations

from holdout126ev_ics import APPLE, ME_FREE, ME_NAME, Ev, att, gatt, org, simple


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(simple(
        "medecine-travail", "ast13-convocation-88120-benhaddou@ast13.fr", "occupational-health-fr",
        "Visite médicale – médecine du travail (visite périodique)", "20260113T083000", "20260113T090000",
        desc="Convocation AST13 – Centre médical Saint-Charles. Se munir de la convocation et de ses lunettes.",
        loc="AST13, 4 rue Jules Ferry, Marseille", organizer=org("convocations@ast13.fr", "AST13"),
        attendees=(att("k.benhaddou@provence-multiservices.fr", ME_NAME),), prodid="-//AST13//Convocations//FR"))
    out.append(simple(
        "caf", "0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0", "caf-fr",
        "RDV CAF – dossier prime d'activité", "20260116T103000", "20260116T110000",
        desc="Apporter avis d'imposition + bulletins de salaire", loc="CAF, 215 chemin de Gibbes",
        tz="none", tzid=None, prodid=APPLE, method=None))
    out.append(simple(
        "ecole", "6c7v8b9n0m1q2w3e4r5t6y7u8i@google.com", "school-fr",
        "réunion parents-profs CE2 (Adam) – école Saint-Marcel", "20260122T163000", "20260122T171500",
        loc="École élémentaire Saint-Marcel", method="PUBLISH"))
    out.append(simple(
        "doctolib", "doctolib-rdv-552019377@doctolib.fr", "doctor-fr",
        "Dr Élise Attali – Chirurgien-dentiste", "20260207T093000", "20260207T100000",
        desc="Votre rendez-vous : Consultation de contrôle\nPensez à apporter votre carte Vitale.\n"
             "Pour annuler ou déplacer : https://www.doctolib.fr",
        loc="Cabinet dentaire, 52 bd Sakakini, 13004 Marseille", organizer=org("no-reply@doctolib.fr", "Doctolib"),
        attendees=(att(ME_FREE, ME_NAME),), prodid="-//Doctolib//Doctolib//FR"))
    out.append(simple(
        "banque", "banque-rdv-447120@agence-en-ligne.fr", "bank-fr",
        "Rendez-vous avec votre conseiller – projet prêt auto", "20260214T100000", "20260214T104500",
        desc="Votre conseiller, M. Franck Olivieri, vous recevra en agence. Pièces : 3 derniers bulletins, "
             "relevés de compte.",
        loc="Agence Marseille Saint-Just", organizer=org("conseiller.olivieri@agence-en-ligne.fr", "Franck Olivieri"),
        attendees=(att(ME_FREE, ME_NAME),), prodid="-//Banque//Agence en ligne//FR"))
    out.append(simple(
        "passeport", "3u4i5o6p7a8s9d0f1g2h3j4k5l@google.com", "passport-fr",
        "mairie 13e – dépôt dossier passeport (toute la famille)", "20260220T083000", "20260220T090000",
        desc="ANTS pré-demande faite, timbres fiscaux, photos, justificatif domicile", method="PUBLISH"))
    out.append(simple(
        "visa-uk", "vfs-gb-mrs-20260227-7713@vfsglobal.com", "visa-en",
        "Visa appointment – UK Visa Application Centre Marseille", "20260227T090000", "20260227T093000",
        desc="Appointment confirmation: Standard Visitor visa, biometrics. Please arrive 15 minutes early with "
             "your passport and appointment letter.",
        loc="VFS Global, Marseille", organizer=org("donotreply@vfsglobal.com", "VFS Global"),
        attendees=(att(ME_FREE, ME_NAME),), prodid="-//VFS Global//Appointments//EN"))
    out.append(simple(
        "kine", "A9B8C7D6-E5F4-4A3B-2C1D-0E9F8A7B6C5D", "physio-fr",
        "kiné épaule", "20260305T073000", "20260305T080000", tz="none", tzid=None, prodid=APPLE, method=None))

    # job search around the interviews, but no employer interviewing Karim
    out.append(simple(
        "mock-france-travail", "ft-rdv-simulation-11872-kb@francetravail.fr", "mock-fr",
        "Simulation d'entretien d'embauche – atelier individuel", "20260109T140000", "20260109T150000",
        desc="Votre conseillère, Mme Hélène Bosc, vous propose une simulation d'entretien filmée (poste cible : "
             "chef d'équipe / superviseur maintenance) suivie d'un débrief.",
        loc="France Travail, agence Marseille Canebière", organizer=org("helene.bosc@francetravail.fr",
                                                                         "Hélène Bosc"),
        attendees=(att(ME_FREE, ME_NAME),), prodid="-//France Travail//Agenda//FR"))
    out.append(simple(
        "webinar-candidat", "apec-webinar-2026-01-14-entretien@apec.fr", "webinar-interview-fr",
        "Webinar : réussir son entretien d'embauche quand on vient du terrain", "20260114T123000",
        "20260114T133000",
        desc="Webinar gratuit – techniciens et agents de maîtrise : préparer ses exemples, parler de ses "
             "astreintes, négocier son salaire. Lien de connexion envoyé la veille.",
        loc="En ligne", organizer=org("webinars@apec.fr", "Apec"), attendees=(att(ME_FREE, ME_NAME),),
        prodid="-//Apec//Webinars//FR"))
    out.append(simple(
        "prep", "1m2n3b4v5c6x7z8l9k0j1h2g3f@google.com", "prep-fr",
        "préparer entretien CNP : relire fiche poste, schémas frigo, questions chef de site",
        "20260209T193000", "20260209T210000", method="PUBLISH"))
    out.append(simple(
        "coffee-ex-collegue", "5g6h7j8k9l0z1x2c3v4b5n6m7q@google.com", "coffee-chat-fr",
        "café Sofiane (ex-collègue, maintenant chez Idéalis) – comment ça se passe là-bas", "20260110T100000",
        "20260110T110000", loc="Bar de la Marine, Vieux-Port", organizer=org(ME_FREE, ME_NAME),
        attendees=(gatt("sofiane.k13@gmail.com", "Sofiane"),)))
    out.append(simple(
        "recruteur-confidentiel", "8e9r0t1y2u3i4o5p6a7s8d9f0g@google.com", "recruiter-no-employer-fr",
        "Échange – opportunité Responsable maintenance (client confidentiel)", "20260108T123000",
        "20260108T130000",
        desc="Bonjour Karim,\nJe vous contacte pour un poste de Responsable maintenance chez un de nos clients, "
             "acteur industriel des Bouches-du-Rhône (confidentiel à ce stade). Un premier échange pour voir si "
             "cela peut vous intéresser ?\nMarc Lefort – Sud Talents Conseil",
        loc="Téléphone", organizer=org("marc.lefort@sudtalents.fr", "Marc Lefort"),
        attendees=(gatt(ME_FREE),)))
    out.append(simple(
        "recruiter-en", "linkedin-msg-chat-9911@google.com", "recruiter-no-employer-en",
        "Quick chat – HVAC opportunities in Monaco & Riviera", "20260201T170000Z", "20260201T171500Z",
        desc="Hi Karim, great to connect. I recruit technical staff for several hospitality and FM clients on "
             "the Riviera. 15 minutes to understand what you're looking for?\nTom Ashford, Riviera Talent Partners",
        organizer=org("tom@rivieratalent.co.uk", "Tom Ashford"), attendees=(gatt(ME_FREE),), tzid=None,
        tz="none"))
    out.append(simple(
        "reference-referee", "0b9n8m7q6w5e4r3t2y1u0i9o8p@google.com", "reference-referee-fr",
        "Appel référence – Théo Marin (ancien apprenti)", "20260225T121500", "20260225T123000",
        desc="Bonjour M. Benhaddou, Théo Marin vous a cité comme référent pour sa candidature de technicien chez "
             "nous. Quelques questions sur son travail en apprentissage (10 min).\nLaura Bianchi – RH Clim Sud Est",
        loc="Téléphone", organizer=org("l.bianchi@climsudest.fr", "Laura Bianchi"), attendees=(gatt(ME_FREE),)))
    out.append(simple(
        "forum-emploi", "F0E1D2C3-B4A5-4697-8879-6A5B4C3D2E1F", "job-fair-fr",
        "Forum de l'emploi maritime et portuaire – J4", "20260313T090000", "20260313T130000",
        desc="Apporter 10 CV. Stands : chantiers navals, ferries, GPMM, intérim.", loc="Esplanade J4, Marseille",
        tz="none", prodid=APPLE, method=None, tzid=None))
    return out
