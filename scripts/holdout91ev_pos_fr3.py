"""holdout91: the user's own interviews, Québec French, part 3 (ATS, cancelled, all-day, hand-made)."""

from __future__ import annotations

from holdout91ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK_TAIL,
    TZ_TORONTO,
    TZ_WIN_EST,
    WIN_EST,
    E,
    att,
    cal,
    html,
    meet,
    org,
    room,
    t,
    teams,
    vevent,
)

TOR = "TZID=America/Toronto"


def _ats() -> list[dict]:
    out = []
    uid = "icims-int-88213-4471@aigp.ca"
    d = ("Bonjour Olivier,\n\nNous avons le plaisir de vous inviter à une entrevue pour le poste de Gestionnaire "
         "principal(e), communications et affaires publiques (réf. 2025-0113) à l'Aéroport international de "
         "Gatineau-Pontiac.\n\nVous rencontrerez Stéphane Lacasse, vice-président Affaires corporatives, votre futur "
         "gestionnaire.\n\n" + teams("fr", "472190385526", "Zq3vT8") + "\n\nAcquisition de talents – AIGP\n"
         "Ce message a été généré par iCIMS.")
    out.append(E("icims-hm-teams-fr", cal(
        "-//iCIMS//iCIMS Talent Platform//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250303T173000Z", f"DTSTART;{TOR}:20250311T130000",
            f"DTEND;{TOR}:20250311T140000",
            "SUMMARY:" + t("Entrevue – Gestionnaire principal(e), communications et affaires publiques (2025-0113)"),
            "DESCRIPTION:" + t(d), "LOCATION:Microsoft Teams",
            org("talents@aigp.ca", "Acquisition de talents AIGP"), att(ME_FREE, ME_CN),
            att("stephane.lacasse@aigp.ca", "Stéphane Lacasse"))),
        uid, 1, "Aéroport international de Gatineau-Pontiac",
        "Gestionnaire principal(e), communications et affaires publiques", "hiring_manager",
        "stephane.lacasse@aigp.ca", "icims-hm-teams-fr"))

    uid = "workable-7c1e59a3-2b80-4f1d-9a66-b04c8e3d2f17"
    d = ("Bonjour Olivier,\n\nVotre entrevue avec Administration portuaire de Bécancour-Nord est confirmée.\n\n"
         "Poste : Conseiller(ère) senior, relations gouvernementales et communautaires\nDurée : 45 minutes\n"
         "Intervieweurs : Caroline Beaudet, Martin Proulx\n\n" + meet("fr", "bxr-tqja-nke")
         + "\n\nCet événement a été créé par Workable pour le compte de Administration portuaire de Bécancour-Nord.")
    out.append(E("workable-meet-fr", cal(
        "-//Workable//Workable Calendar 1.0//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250306T111111Z", "DTSTART:20250312T140000Z", "DTEND:20250312T144500Z",
            "SUMMARY:" + t("Entrevue : Olivier Tremblay – Conseiller(ère) senior, relations gouvernementales et "
                           "communautaires"),
            "DESCRIPTION:" + t(d), "LOCATION:Google Meet",
            org("noreply@workablemail.com", "Administration portuaire de Bécancour-Nord"), att(ME_FREE, ME_CN),
            att("cbeaudet@portbecancournord.ca", "Caroline Beaudet"),
            att("mproulx@portbecancournord.ca", "Martin Proulx"))),
        uid, 1, "Administration portuaire de Bécancour-Nord",
        "Conseiller(ère) senior, relations gouvernementales et communautaires", "",
        "cbeaudet@portbecancournord.ca;mproulx@portbecancournord.ca", "workable-meet-fr"))

    uid = "SF-INTV-00042177-SQPR"
    d = ("Bonjour Olivier Tremblay,\n\nVous êtes invité(e) à une entrevue pour le poste Directeur(trice) des "
         "communications (réquisition 42177).\n\nDate : 2025-03-26\nHeure : 13 h 30 (heure de l'Est)\nLieu : Siège "
         "social de la SQPR, 900, Grande Allée Est, Québec – salle Montmorency\n\nComité de sélection : Johanne "
         "Rioux (présidente-directrice générale), Simon Bergevin (vice-président, Expérience visiteurs)\n\n"
         "SAP SuccessFactors – Recrutement")
    out.append(E("successfactors-utc-fr", cal(
        "-//SAP SuccessFactors//Interview Scheduling//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250317T150000Z", "DTSTART:20250326T173000Z", "DTEND:20250326T183000Z",
            "SUMMARY:" + t("Invitation à une entrevue : Directeur(trice) des communications – Société québécoise "
                           "des parcs riverains"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("900, Grande Allée Est, Québec – salle Montmorency"),
            org("recrutement@sqpr.gouv.qc.ca", "SQPR Recrutement"), att(ME_FREE, ME_CN),
            att("johanne.rioux@sqpr.gouv.qc.ca", "Johanne Rioux"),
            att("simon.bergevin@sqpr.gouv.qc.ca", "Simon Bergevin"),
            room("salle.montmorency@sqpr.gouv.qc.ca", "Salle Montmorency"))),
        uid, 1, "Société québécoise des parcs riverains", "Directeur(trice) des communications", "",
        "johanne.rioux@sqpr.gouv.qc.ca;simon.bergevin@sqpr.gouv.qc.ca", "successfactors-utc-fr"))

    uid = "SF-INTV-00042177-SQPR-TEST"
    out.append(E("successfactors-cancel-fr", cal(
        "-//SAP SuccessFactors//Interview Scheduling//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250319T120000Z", "DTSTART:20250324T140000Z", "DTEND:20250324T153000Z",
            "SUMMARY:" + t("Annulé : Test de rédaction – Directeur(trice) des communications (42177)"),
            "DESCRIPTION:" + t("Le test de rédaction prévu le 24 mars est annulé; il sera intégré à l'entrevue du "
                               "26 mars avec le comité de sélection.\n\nSAP SuccessFactors – Recrutement"),
            org("recrutement@sqpr.gouv.qc.ca", "SQPR Recrutement"), att(ME_FREE, ME_CN),
            "STATUS:CANCELLED", "SEQUENCE:1"), method="CANCEL"),
        uid, 1, "Société québécoise des parcs riverains", "Directeur(trice) des communications", "technical", "",
        "cancelled-method-cancel-fr"))
    return out


def _direct() -> list[dict]:
    out = []
    uid = "0a7u2m9k5r3s1v8q6h4d0c2p7e@google.com"
    d = ("Bonjour Olivier,\n\nMerci de votre intérêt pour la direction des communications et du marketing du "
         "Festival. Je vous propose un entretien vidéo avec moi et notre président, Richard Caouette.\n\n"
         "Maude Bellerose\nDirectrice générale\nFestival international des lumières de Québec\n\n"
         + meet("fr", "vhz-mnfa-kur"))
    out.append(E("google-festival-fr", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250220T130000", f"DTEND;{TOR}:20250220T140000", "DTSTAMP:20250214T100000Z",
            org("mbellerose@filq.ca", "Maude Bellerose"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("rcaouette@filq.ca", "Richard Caouette"), "DESCRIPTION:" + t(d), "LOCATION:",
            "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:FILQ – entretien Olivier Tremblay", "TRANSP:OPAQUE")),
        uid, 1, "Festival international des lumières de Québec", "direction des communications et du marketing", "",
        "mbellerose@filq.ca;rcaouette@filq.ca", "google-acronym-subject-fr"))

    uid = "UAE-20250228-telephone@acericulteurs-estrie.qc.ca"
    d = ("Bonjour M. Tremblay,\n\nPour faire suite à votre candidature au poste de directeur des communications, "
         "je vous appellerai au 514 555-0187 pour un premier échange d'une vingtaine de minutes.\n\nDiane Lapointe, "
         "CRHA\nConseillère en ressources humaines\nUnion des acériculteurs de l'Estrie")
    out.append(E("outlook-phone-screen-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("dlapointe@acericulteurs-estrie.qc.ca", "Lapointe, Diane"), att(ME_FREE, ME_CN),
            "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:Appel téléphonique – poste de directeur des communications",
            f"DTSTART;TZID={WIN_EST}:20250228T091500", f"DTEND;TZID={WIN_EST}:20250228T094500",
            "DTSTAMP:20250225T210000Z", "LOCATION;LANGUAGE=fr-CA:Téléphone", *OUTLOOK_TAIL)),
        uid, 1, "Union des acériculteurs de l'Estrie", "directeur des communications", "recruiter_screen",
        "dlapointe@acericulteurs-estrie.qc.ca", "outlook-phone-screen-fr"))

    uid = "5b2f8d4e-brasserie-archipel-rh-2025-03"
    d = ("Salut Olivier!\n\nOn a bien hâte de te rencontrer pour le poste de responsable communications et relations "
         "de presse. Passe nous voir à la brasserie (entrée par la ruelle), on va jaser avec Francis (cofondateur) "
         "et Geneviève (marketing). Pis on t'offre une bière après ;)\n\nAudrey – RH")
    out.append(E("google-brewery-casual-fr", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250314T150000", f"DTEND;{TOR}:20250314T160000", "DTSTAMP:20250308T130000Z",
            org("rh@brasseriearchipel.com", "Audrey Pham"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("francis@brasseriearchipel.com", "Francis Dorval"),
            att("genevieve@brasseriearchipel.com", "Geneviève Aubry"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("Brasserie Archipel, 5455 av. De Gaspé, Montréal"),
            "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Rencontre – Olivier / Archipel", "TRANSP:OPAQUE")),
        uid, 1, "Brasserie Archipel", "responsable communications et relations de presse", "",
        "francis@brasseriearchipel.com;genevieve@brasseriearchipel.com", "google-casual-body-fr"))

    uid = "recruitee-interview-7711942@recruitee.com"
    d = ("Bonjour Olivier,\n\nCirque Azimut vous invite à une entrevue pour le poste Directeur·rice des "
         "communications et relations publiques.\n\nIntervieweuses : Ariane Vézina (directrice artistique et "
         "générale), Noémie Kaboré (directrice des tournées)\nLieu : Studios Azimut, 2345 rue Jarry Est, Montréal\n\n"
         "Pour reporter, utilisez le lien dans votre courriel. – Recruitee")
    out.append(E("recruitee-onsite-fr", cal(
        "-//Recruitee//Recruitee//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250224T153000Z", "DTSTART:20250304T150000Z", "DTEND:20250304T161500Z",
            "SUMMARY:" + t("Entrevue avec Cirque Azimut – Directeur·rice des communications et relations publiques"),
            "DESCRIPTION:" + t(d), "LOCATION:" + t("Studios Azimut, 2345 rue Jarry Est, Montréal"),
            org("cirqueazimut@inbox.recruitee.com", "Cirque Azimut"), att(ME_FREE, ME_CN),
            att("avezina@cirqueazimut.com", "Ariane Vézina"), att("nkabore@cirqueazimut.com", "Noémie Kaboré"))),
        uid, 1, "Cirque Azimut", "Directeur·rice des communications et relations publiques", "onsite",
        "avezina@cirqueazimut.com;nkabore@cirqueazimut.com", "recruitee-onsite-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B87D2F0E3F9ADB010000000000000000100000003AC5E210"
    d = ("Bonjour Olivier,\n\nJe vous confirme notre rencontre au sujet du poste de directeur, communications "
         "d'entreprise. Je serai accompagné de Mme Lyne Tardif, première vice-présidente Ressources humaines.\n\n"
         "Nos bureaux : 2000, rue Peel, 8e étage. Un laissez-passer visiteur vous sera remis à l'accueil.\n\n"
         "Jacques Pelland\nPrésident et chef de la direction\nMutuelle Laurentienne d'assurances")
    out.append(E("outlook-altdesc-ceo-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("jpelland@mutuellelaurentienne.ca", "Pelland, Jacques",
                sent_by="adjointe.presidence@mutuellelaurentienne.ca"),
            att(ME_FREE, ME_CN), att("ltardif@mutuellelaurentienne.ca", "Tardif, Lyne"),
            "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:Rencontre – poste de directeur\\, Communications d'entreprise",
            f"DTSTART;TZID={WIN_EST}:20250409T100000", f"DTEND;TZID={WIN_EST}:20250409T113000",
            "DTSTAMP:20250401T183000Z", "LOCATION;LANGUAGE=fr-CA:" + t("2000, rue Peel, 8e étage"), html(d),
            *OUTLOOK_TAIL)),
        uid, 1, "Mutuelle Laurentienne d'assurances", "directeur, communications d'entreprise", "hiring_manager",
        "jpelland@mutuellelaurentienne.ca;ltardif@mutuellelaurentienne.ca", "outlook-altdesc-sentby-fr"))
    return out


def _rest() -> list[dict]:
    out = []
    uid = "7h2n5c0r8q1v4m9k3s6t0p2d1b@google.com"
    out.append(E("google-allday-handtyped-fr", cal(
        GOOGLE, vevent(
            "DTSTART;VALUE=DATE:20250408", "DTEND;VALUE=DATE:20250409", "DTSTAMP:20250331T021500Z", "UID:" + uid,
            "DESCRIPTION:" + t("Entrevue + test écrit – Solidarité Sahel Québec. Heure à confirmer par Awa "
                               "(courriel). Poste : responsable des communications et du plaidoyer."),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Solidarité Sahel – entrevue (heure à confirmer)",
            "TRANSP:TRANSPARENT"), method="PUBLISH", head=("X-WR-TIMEZONE:America/Toronto",)),
        uid, 1, "Solidarité Sahel Québec", "responsable des communications et du plaidoyer", "", "",
        "allday-handtyped-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000E7A1C3D40F9BDB01000000000000000010000000RTCN0417"
    d = ("Monsieur Tremblay,\n\nNous vous convoquons à une entrevue en personne pour le poste de directeur ou "
         "directrice – Communications et relations avec la clientèle (concours RTCN-2025-09).\n\nComité : Pierre-Luc "
         "Drolet (directeur général adjoint), Chloé Vaillancourt (directrice, Expérience client), Me Renaud Fiset "
         "(secrétaire corporatif). Mme Sonia Bédard, des Ressources humaines, vous accueillera et prendra des notes.\n"
         "\nSiège social du RTCN, 720, rue des Rocailles, Québec – salle Cap-Diamant.")
    out.append(E("outlook-onsite-notetaker-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("sonia.bedard@rtcn.qc.ca", "Bédard, Sonia"), att(ME_FREE, ME_CN),
            att("pl.drolet@rtcn.qc.ca", "Drolet, Pierre-Luc"), att("c.vaillancourt@rtcn.qc.ca", "Vaillancourt, Chloé"),
            att("r.fiset@rtcn.qc.ca", "Fiset, Renaud"),
            att("sonia.bedard@rtcn.qc.ca", "Bédard, Sonia", role="NON-PARTICIPANT", stat="ACCEPTED"),
            room("cap-diamant@rtcn.qc.ca", "SS - Cap-Diamant"), "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:Entrevue – RTCN-2025-09 – Communications et relations avec la clientèle",
            f"DTSTART;TZID={WIN_EST}:20250415T093000", f"DTEND;TZID={WIN_EST}:20250415T110000",
            "DTSTAMP:20250407T150000Z", "LOCATION;LANGUAGE=fr-CA:SS - Cap-Diamant", *OUTLOOK_TAIL)),
        uid, 1, "Réseau de transport de la Capitale-Nord",
        "directeur ou directrice – Communications et relations avec la clientèle", "onsite",
        "pl.drolet@rtcn.qc.ca;c.vaillancourt@rtcn.qc.ca;r.fiset@rtcn.qc.ca", "outlook-onsite-notetaker-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000E7A1C3D40F9BDB01000000000000000010000000RTCN0422"
    d = ("Monsieur Tremblay,\n\nÀ la suite de l'entrevue, vous êtes invité à l'exercice pratique : vous disposerez "
         "de 90 minutes pour préparer un plan de communication pour l'implantation d'un nouveau réseau d'autobus, "
         "que vous présenterez ensuite à Mme Vaillancourt et M. Drolet (20 minutes).\nUn poste de travail vous sera "
         "fourni (sans accès Internet).\n\nSonia Bédard\nConseillère en acquisition de talents")
    out.append(E("outlook-practical-exercise-fr", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("sonia.bedard@rtcn.qc.ca", "Bédard, Sonia"), att(ME_FREE, ME_CN),
            att("pl.drolet@rtcn.qc.ca", "Drolet, Pierre-Luc"), att("c.vaillancourt@rtcn.qc.ca", "Vaillancourt, Chloé"),
            "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid,
            "SUMMARY;LANGUAGE=fr-CA:Exercice pratique – plan de communication (RTCN-2025-09)",
            f"DTSTART;TZID={WIN_EST}:20250422T130000", f"DTEND;TZID={WIN_EST}:20250422T150000",
            "DTSTAMP:20250417T190000Z", "LOCATION;LANGUAGE=fr-CA:Siège social – salle 3.14", *OUTLOOK_TAIL)),
        uid, 1, "Réseau de transport de la Capitale-Nord", "", "technical",
        "pl.drolet@rtcn.qc.ca;c.vaillancourt@rtcn.qc.ca", "outlook-practical-fr"))

    uid = "bookings-5f0c2e71a9d44b3e8c6d1f2a7b9e0c33@cissslanaudieresud.ca"
    d = ("Votre rendez-vous est confirmé.\n\nService : Entrevue – Chef de service, communications internes\n"
         "Membre du personnel : Geneviève Cloutier\n\n" + teams("fr", "559014382277", "Ls5Yh1")
         + "\n\nPour modifier ou annuler votre rendez-vous, utilisez le lien dans votre courriel de confirmation."
         "\nCISSS de Lanaudière-Sud – Direction des ressources humaines")
    out.append(E("bookings-teams-fr", cal(
        "-//Microsoft Corporation//Bookings//EN", TZ_WIN_EST, vevent(
            "UID:" + uid, "DTSTAMP:20250305T120000Z", f"DTSTART;TZID={WIN_EST}:20250311T083000",
            f"DTEND;TZID={WIN_EST}:20250311T091500",
            "SUMMARY:" + t("Entrevue – Chef de service, communications internes avec Olivier Tremblay"),
            "DESCRIPTION:" + t(d), "LOCATION:Réunion Microsoft Teams",
            org("recrutementcisss@cissslanaudieresud.ca", "Recrutement CISSS de Lanaudière-Sud"),
            att(ME_FREE, ME_CN), att("genevieve.cloutier@cissslanaudieresud.ca", "Geneviève Cloutier"))),
        uid, 1, "CISSS de Lanaudière-Sud", "Chef de service, communications internes", "",
        "genevieve.cloutier@cissslanaudieresud.ca", "bookings-teams-fr"))
    return out


def events() -> list[dict]:
    return _ats() + _direct() + _rest()
