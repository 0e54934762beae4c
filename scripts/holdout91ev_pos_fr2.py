"""holdout91: the user's own interviews, Québec French, part 2 (NGOs, companies, schedulers, agencies)."""

from __future__ import annotations

from holdout91ev_ics import (
    GOOGLE,
    ME_CN,
    ME_FREE,
    TZ_TORONTO,
    E,
    att,
    cal,
    meet,
    org,
    t,
    vevent,
    zoom,
)

TOR = "TZID=America/Toronto"


def _fondation() -> list[dict]:
    out = []
    uid = "a8e1c0f2-3d5b-4b77-9e0c-5f1d7a2b6c90"
    d = ("Nom de l'invité : Olivier Tremblay\nCourriel de l'invité : olivier.tremblay.journaliste@videotron.ca\n"
         "Veuillez partager tout ce qui nous aidera à préparer la rencontre : Candidature au poste de directeur·trice "
         "des communications et de la philanthropie.\n\nEmplacement : Sophie vous appellera au 514 555-0187\n\n"
         "Besoin de modifier cet événement?\nAnnuler : https://calendly.com/cancellations/a8e1c0f2-3d5b\n"
         "Reprogrammer : https://calendly.com/reschedulings/a8e1c0f2-3d5b\n\nOptimisé par Calendly.com")
    out.append(E("calendly-ngo-screen-fr", cal(
        "-//Calendly//Calendly//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250210T221500Z", "DTSTART:20250213T140000Z", "DTEND:20250213T143000Z",
            "SUMMARY:" + t("Olivier Tremblay et Sophie Caron : Premier appel – Fondation Mains Tendues (30 min)"),
            "DESCRIPTION:" + t(d), "LOCATION:Appel téléphonique",
            org("sophie.caron@rhsolutionsphilanthropie.ca", "Sophie Caron"),
            att(ME_FREE, ME_CN, stat="ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0"), method="PUBLISH"),
        uid, 1, "Fondation Mains Tendues", "directeur·trice des communications et de la philanthropie",
        "recruiter_screen", "sophie.caron@rhsolutionsphilanthropie.ca", "calendly-consultant-screen-fr"))

    uid = "6qv3l1m0c2j8h5rkbt9p4d7s0a@google.com"
    d = ("Bonjour Olivier,\n\nSuite à notre appel, voici l'invitation pour la rencontre avec le comité exécutif du "
         "CA de la Fondation (Lucie Ménard, présidente, et Bernard Ostiguy, trésorier). On se voit à nos bureaux, "
         "4200 rue Molson, 2e étage (sonnez au 204). Je serai aussi de la rencontre.\n\nJulie Pelletier\n"
         "Directrice générale\n"
         "Fondation Mains Tendues\n\n" + meet("fr", "xqe-hmzt-pvw"))
    out.append(E("google-ngo-gmail-final-fr", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250227T173000", f"DTEND;{TOR}:20250227T183000", "DTSTAMP:20250219T150045Z",
            org("fondationmainstendues@gmail.com", "Fondation Mains Tendues"), "UID:" + uid,
            att(ME_FREE, ME_CN), att("lucie.menard55@gmail.com", "Lucie Ménard"),
            att("b.ostiguy@videotron.ca", "Bernard Ostiguy"),
            att("fondationmainstendues@gmail.com", "Fondation Mains Tendues", stat="ACCEPTED"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("4200 Rue Molson, Montréal, QC H1Y 3L5, Canada"),
            "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Rencontre comité exécutif – Olivier Tremblay",
            "TRANSP:OPAQUE")),
        uid, 1, "Fondation Mains Tendues", "", "final",
        "fondationmainstendues@gmail.com;lucie.menard55@gmail.com;b.ostiguy@videotron.ca", "google-ngo-gmail-fr"))
    return out


def _velo() -> list[dict]:
    out = []
    uid = "lever-9d2c41e8-6a1f-4e0b-bb7d-3f5e2a90c611"
    d = ("Hi Olivier,\n\nThis is a confirmation of your phone screen with Vélo-Cité for the Responsable des affaires "
         "publiques role.\n\nWhen: Tuesday, February 18, 2025, 11:00 AM - 11:30 AM (EST)\nInterviewer: Mélanie "
         "Roussel (People & Culture)\nMélanie will call you at +1 514-555-0187.\n\nNeed to reschedule? Reply to this "
         "email.\n\nPowered by Lever")
    out.append(E("lever-phone-en", cal(
        "-//Lever//Lever Hire//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250212T161103Z", "DTSTART:20250218T160000Z", "DTEND:20250218T163000Z",
            "SUMMARY:" + t("Phone Screen: Olivier Tremblay <> Vélo-Cité"), "DESCRIPTION:" + t(d),
            "LOCATION:Phone call", org("no-reply@hire.lever.co", "Vélo-Cité Recruiting"),
            att(ME_FREE, ME_CN), att("melanie.roussel@velocite.ca", "Mélanie Roussel"), "STATUS:CONFIRMED")),
        uid, 1, "Vélo-Cité", "Responsable des affaires publiques", "recruiter_screen",
        "melanie.roussel@velocite.ca", "lever-phone-en"))

    uid = "1r8sd5v0q9m2k4p7t3g6c1b0hn@google.com"
    d = ("Salut Olivier,\n\nTel que discuté, l'étude de cas : tu as 45 minutes pour nous présenter un plan de "
         "relations publiques pour le lancement de la saison 2025 (nouvelles stations dans 3 arrondissements, "
         "hausse de tarif). 15 min de présentation, le reste en questions.\n\nPanel : Alexandre Trudel (DG), Mélanie "
         "Roussel et Kim Lê (directrice marketing).\n\n" + meet("fr", "pqk-zewr-dmy"))
    out.append(E("google-case-meet-fr", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250304T100000", f"DTEND;{TOR}:20250304T110000", "DTSTAMP:20250226T143320Z",
            org("alexandre.trudel@velocite.ca", "Alexandre Trudel"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("melanie.roussel@velocite.ca", "Mélanie Roussel"), att("kim.le@velocite.ca", "Kim Lê"),
            "DESCRIPTION:" + t(d), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Étude de cas – Olivier Tremblay (Affaires publiques)", "TRANSP:OPAQUE")),
        uid, 1, "Vélo-Cité", "Affaires publiques", "technical",
        "alexandre.trudel@velocite.ca;melanie.roussel@velocite.ca;kim.le@velocite.ca", "google-case-meet-fr"))
    return out


def _rivenord() -> list[dict]:
    out = []
    uid = "SR-INT-3008841-0c7e5a@smartrecruiters.com"
    d = ("Bonjour Olivier,\n\nMerci d'avoir postulé au poste de Conseiller principal, affaires publiques chez Groupe "
         "financier Rivenord. Nous vous confirmons un entretien téléphonique avec Valérie Bisson, partenaire "
         "d'affaires en acquisition de talents.\n\nDurée : 30 minutes\nValérie vous appellera au numéro indiqué "
         "dans votre candidature.\n\nCordialement,\nL'équipe Talents – Groupe financier Rivenord\n"
         "Cette invitation a été envoyée par SmartRecruiters.")
    out.append(E("smartrecruiters-phone-fr", cal(
        "-//SmartRecruiters//SmartRecruiters Calendar//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250304T120000Z", f"DTSTART;{TOR}:20250307T090000",
            f"DTEND;{TOR}:20250307T093000",
            "SUMMARY:" + t("Entrevue | Conseiller principal, affaires publiques | Groupe financier Rivenord"),
            "DESCRIPTION:" + t(d), "LOCATION:Téléphone",
            org("notifications@smartrecruiters.com", "Groupe financier Rivenord"), att(ME_FREE, ME_CN),
            att("valerie.bisson@rivenord.com", "Valérie Bisson"))),
        uid, 1, "Groupe financier Rivenord", "Conseiller principal, affaires publiques", "recruiter_screen",
        "valerie.bisson@rivenord.com", "smartrecruiters-phone-fr"))

    uid = "smartrec-hm-3008841-77b1@rivenord.com"
    d = ("Entrevue avec le gestionnaire d'embauche, Frédéric Auclair (vice-président, Communications et affaires "
         "publiques), et Mireille Sabourin (directrice, relations gouvernementales).\nValérie Bisson coordonne "
         "l'horaire et ne participera pas à l'entrevue.\n\nLieu : 1100, boul. Robert-Bourassa, 22e étage, Montréal.")
    out.append(E("smartrecruiters-hm-coordinator-fr", cal(
        "-//SmartRecruiters//SmartRecruiters Calendar//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250313T180000Z", f"DTSTART;{TOR}:20250320T140000",
            f"DTEND;{TOR}:20250320T150000",
            "SUMMARY:" + t("Entrevue avec le gestionnaire | Conseiller principal, affaires publiques"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("1100, boul. Robert-Bourassa, 22e étage, Montréal"),
            org("valerie.bisson@rivenord.com", "Valérie Bisson"), att(ME_FREE, ME_CN),
            att("frederic.auclair@rivenord.com", "Frédéric Auclair"),
            att("mireille.sabourin@rivenord.com", "Mireille Sabourin"),
            att("valerie.bisson@rivenord.com", "Valérie Bisson", role="NON-PARTICIPANT", stat="ACCEPTED"))),
        uid, 1, "Groupe financier Rivenord", "Conseiller principal, affaires publiques", "hiring_manager",
        "frederic.auclair@rivenord.com;mireille.sabourin@rivenord.com", "smartrecruiters-hm-coordinator-fr"))
    return out


def _musee() -> list[dict]:
    out = []
    uid = "teamtailor-interview-5512039@teamtailor.com"
    d = ("Bonjour Olivier,\n\nMerci pour ta candidature au poste de Chef, communications et relations de presse au "
         "Musée des Civilisations du Fleuve. Voici la confirmation de ta première rencontre vidéo avec Élodie "
         "Gagné, conseillère RH.\n\n" + zoom("fr", "91155302817", "MCFrh2025x") + "\nÀ bientôt!\nL'équipe du MCF")
    out.append(E("teamtailor-video-fr", cal(
        "-//Teamtailor//Teamtailor Calendar//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250217T091500Z", "DTSTART:20250220T183000Z", "DTEND:20250220T190000Z",
            "SUMMARY:" + t("Entrevue avec Musée des Civilisations du Fleuve – Olivier Tremblay"),
            "DESCRIPTION:" + t(d), "LOCATION:Zoom", org("elodie.gagne@mcfleuve.qc.ca", "Élodie Gagné"),
            att(ME_FREE, ME_CN), att("elodie.gagne@mcfleuve.qc.ca", "Élodie Gagné", stat="ACCEPTED"))),
        uid, 1, "Musée des Civilisations du Fleuve", "Chef, communications et relations de presse",
        "recruiter_screen", "elodie.gagne@mcfleuve.qc.ca", "teamtailor-zoom-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000C2F0E7791A99DB01"
    d = ("Bonjour Olivier,\n\nLa directrice générale, Mme Anne Lachance, aimerait vous rencontrer au musée pour une "
         "dernière entrevue, suivie d'une courte visite des salles et de l'équipe. Prévoyez deux heures.\n"
         "Demandez Élodie à la billetterie, 85, rue Dalhousie, Québec.")
    out.append(E("outlook-final-visit-fr", cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250312T140000Z", f"DTSTART;{TOR}:20250318T100000",
            f"DTEND;{TOR}:20250318T120000", "SUMMARY:Dernière rencontre et visite – Olivier Tremblay",
            "DESCRIPTION:" + t(d), "LOCATION:" + t("Musée des Civilisations du Fleuve, 85, rue Dalhousie, Québec"),
            org("elodie.gagne@mcfleuve.qc.ca", "Gagné, Élodie"), att(ME_FREE, ME_CN),
            att("anne.lachance@mcfleuve.qc.ca", "Lachance, Anne"))),
        uid, 1, "Musée des Civilisations du Fleuve", "", "final", "anne.lachance@mcfleuve.qc.ca",
        "outlook-final-visit-fr"))
    return out


def _agency() -> list[dict]:
    out = []
    uid = "LA-mandat-1187-appel-20250211@leclercassocies.ca"
    d = ("Bonjour Olivier,\n\nComme convenu, je vous appelle mardi pour discuter du mandat que nous a confié Papiers "
         "Saguenay inc. : Directeur, affaires publiques et relations avec les communautés (poste basé à Saguenay, "
         "télétravail partiel). Nous passerons en revue votre parcours, vos attentes salariales et votre "
         "disponibilité.\n\nÉric Leclerc\nAssocié principal\nLeclerc & Associés – Recherche de cadres")
    out.append(E("agency-screen-names-employer-fr", cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250207T200000Z", f"DTSTART;{TOR}:20250211T080000",
            f"DTEND;{TOR}:20250211T084500", "SUMMARY:" + t("Appel – mandat Papiers Saguenay (O. Tremblay)"),
            "DESCRIPTION:" + t(d), "LOCATION:Téléphone – 514 555-0187",
            org("eleclerc@leclercassocies.ca", "Leclerc, Éric"), att(ME_FREE, ME_CN))),
        uid, 1, "Papiers Saguenay", "Directeur, affaires publiques et relations avec les communautés",
        "recruiter_screen", "eleclerc@leclercassocies.ca", "agency-screen-fr"))

    uid = "LA-mandat-1187-client-20250226@leclercassocies.ca"
    d = ("Olivier,\n\nVoici la confirmation de votre rencontre avec notre client. Vous rencontrerez Mme Gabrielle "
         "Tremblay-Simard, présidente, et M. Luc Bergeron, vice-président Environnement et relations avec les "
         "communautés. Je serai présent en début de rencontre pour les présentations, puis je me retirerai.\n\n"
         "Adresse : Papiers Saguenay inc., 3800, boul. du Royaume, Saguenay (salle du conseil).\n\nÉric Leclerc")
    out.append(E("agency-client-onsite-fr", cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250220T200000Z", f"DTSTART;{TOR}:20250226T130000",
            f"DTEND;{TOR}:20250226T143000",
            "SUMMARY:" + t("Rencontre avec Papiers Saguenay – Dir. affaires publiques (candidat : O. Tremblay)"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("3800, boul. du Royaume, Saguenay"),
            org("eleclerc@leclercassocies.ca", "Leclerc, Éric"), att(ME_FREE, ME_CN),
            att("g.tremblaysimard@papierssaguenay.com", "Tremblay-Simard, Gabrielle"),
            att("l.bergeron@papierssaguenay.com", "Bergeron, Luc"))),
        uid, 1, "Papiers Saguenay", "Dir. affaires publiques", "onsite",
        "g.tremblaysimard@papierssaguenay.com;l.bergeron@papierssaguenay.com", "agency-client-onsite-fr"))
    return out


def _small() -> list[dict]:
    out = []
    uid = "3c0s8jf5qk1v9m2r7h4t6p0e1d@google.com"
    out.append(E("google-handtyped-fr", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250221T110000", f"DTEND;{TOR}:20250221T120000", "DTSTAMP:20250214T013355Z",
            "UID:" + uid, "CREATED:20250214T013355Z",
            "DESCRIPTION:" + t("Dir. comm – apporter portfolio + 2 exemplaires CV. Demander Mme Riopel à l'accueil."),
            "LOCATION:" + t("OTSQ, 1255 boul. Robert-Bourassa, bur. 900"), "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Entrevue OTSQ", "TRANSP:OPAQUE"), method="PUBLISH"),
        uid, 1, "OTSQ", "Dir. comm", "", "", "handtyped-terse-fr"))

    uid = "C3F6E1A0-92B7-4D1E-8F3A-7B2C9D0E4F15"
    out.append(E("ios-handtyped-name-fr", cal(
        "-//Apple Inc.//iPhone OS 17.3//EN", TZ_TORONTO, vevent(
            "CREATED:20250302T224011Z", f"DTEND;{TOR}:20250306T150000", f"DTSTART;{TOR}:20250306T140000",
            "DTSTAMP:20250302T224052Z", "LAST-MODIFIED:20250302T224052Z", "SEQUENCE:0",
            "SUMMARY:entrevue AQLA", "UID:" + uid, "TRANSP:OPAQUE",
            "DESCRIPTION:" + t("avec Manon Desrosiers (DG)\nposte dir. communications et mobilisation\n"
                               "relire plateforme élections + mémoire loi 31"),
            "LOCATION:" + t("Alliance québécoise pour le logement abordable\n1710 rue Beaudry, Montréal"),
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"), method=None),
        uid, 1, "Alliance québécoise pour le logement abordable", "dir. communications et mobilisation",
        "hiring_manager", "Manon Desrosiers", "ios-handtyped-name-fr"))
    return out


def events() -> list[dict]:
    return _fondation() + _velo() + _rivenord() + _musee() + _agency() + _small()
