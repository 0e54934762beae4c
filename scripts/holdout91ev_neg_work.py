"""holdout91 negatives: the user's journalism (press interviews, podcast, desk meetings) and personal life."""

from __future__ import annotations

from holdout91ev_ics import (
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_CN,
    ME_FREE,
    ME_WORK,
    OUTLOOK_TAIL,
    TZ_TORONTO,
    TZ_WIN_EST,
    WIN_EST,
    E,
    att,
    cal,
    org,
    t,
    teams,
    vevent,
    zoom,
)

TOR = "TZID=America/Toronto"


def _g(uid, start, end, summ, desc="", loc="", *extra, stamp="20250301T120000Z", method="PUBLISH", tz=True):
    times = ([f"DTSTART;{TOR}:{start}", f"DTEND;{TOR}:{end}"] if tz else [f"DTSTART:{start}", f"DTEND:{end}"])
    return cal(GOOGLE, *([TZ_TORONTO] if tz else []), vevent(
        *times, f"DTSTAMP:{stamp}", "UID:" + uid, "DESCRIPTION:" + t(desc), "LOCATION:" + t(loc), "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + t(summ), "TRANSP:OPAQUE", *extra), method=method)


def _n(kind, ics, uid):
    return E(kind, ics, uid, 0, trap=kind)


def _press() -> list[dict]:
    me = att(ME_WORK, "Tremblay, Olivier")
    out = []
    uid = "p1r4e7s0s2m5a9y3o6r8l1g0nq@google.com"
    out.append(_n("press-interview-mayor-fr", _g(
        uid, "20250212T100000", "20250212T104500", "Entrevue avec la mairesse de Longueuil – dossier tramway",
        "Papier pour samedi. Questions : coûts, tracé, échéancier. Photographe : Karine.", "Hôtel de ville de "
        "Longueuil, 4250, chemin de la Savane"), uid))

    uid = "p2d8r3m6e1n0a4r9d7i5s2t0kw@google.com"
    out.append(_n("press-phone-interview-doctor-fr", _g(
        uid, "20250218T133000", "20250218T140000", "Entrevue téléphonique – Dre Isabelle Ménard (urgentologue)",
        "Pour le dossier sur l'engorgement des urgences. Tél. : 514 555-0166. Enregistrer.", ""), uid))

    uid = "040000008200E00074C5B7101A82E00800000000MTQ20250304"
    out.append(_n("press-interview-ministry-organizer-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("attachee.presse@transports.gouv.qc.ca", "Beaulieu, Camille"), me,
        att("chef.cabinet@transports.gouv.qc.ca", "Normandin, Félix"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Bonjour M. Tremblay,\n\nTel que convenu, voici la plage pour votre "
                                          "entrevue avec le ministre sur le plan de maintien des actifs routiers. "
                                          "Durée : 20 minutes, au bureau de Montréal.\n\nCamille Beaulieu\n"
                                          "Attachée de presse du ministre"),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Entrevue – Ministre / Le Courrier de Montréal (O. Tremblay)",
        f"DTSTART;TZID={WIN_EST}:20250304T111500", f"DTEND;TZID={WIN_EST}:20250304T113500",
        "DTSTAMP:20250227T150000Z", "LOCATION;LANGUAGE=fr-CA:" + t("500, boul. René-Lévesque Ouest, 10e étage"),
        *OUTLOOK_TAIL)), uid))

    uid = "p4w1i6l8d0f2i3r5e7s9m4k0ez@google.com"
    out.append(_n("press-interview-scientist-en", _g(
        uid, "20250305T150000", "20250305T153000", "Interview – Dr. Alan Brooks re: wildfire smoke season outlook",
        "For Sunday feature. He's at a conference in Calgary, call his cell 403-555-0119 (he's 2 h behind).", ""),
        uid))

    uid = "p5h2y8d0r3o6g1e4n7v9o2k0ab@google.com"
    out.append(_n("press-interview-de", _g(
        uid, "20250311T090000", "20250311T094500", "Interview mit Dr. Petra Vogel (Fraunhofer-Institut) – Wasserstoff",
        "Für den Artikel über das Wasserstoffprojekt in Bécancour. Auf Englisch/Deutsch. 15 Uhr in Deutschland.",
        "Zoom (lien dans le courriel)"), uid))

    uid = "p6c9o1n4s7u2l0m5e8x3i6k0cd@google.com"
    out.append(_n("press-interview-consul-es", _g(
        uid, "20250313T140000", "20250313T150000", "Entrevista con la cónsul de México – reportaje trabajadores "
        "agrícolas temporales", "Reportaje sobre los trabajadores temporales en Montérégie. Traer grabadora.",
        "Consulado General de México, 2055 rue Peel, Montréal"), uid))

    uid = "p7b2a5l8a1d0o3p6o9d4c7k0ef@google.com"
    out.append(_n("podcast-recording-fr", _g(
        uid, "20250306T140000", "20250306T153000", "Enregistrement balado « Salle des nouvelles » – invitée : "
        "Nathalie Roy (CSN)", "Épisode 47 : grèves dans le secteur public. Studio B. Réalisateur : Guillaume.",
        "Studio B – 3e étage"), uid))

    uid = "p8r1a4d7i0o3e6n9o2n5d8k0gh@google.com"
    out.append(_n("radio-interview-user-guest-fr", _g(
        uid, "20250307T071500", "20250307T073000", "Entrevue en ondes – Radio Rive 104,1 (chronique sur mon "
        "article REM)", "Le recherchiste (Dany) appelle à 7 h 10 sur le cell. Ils veulent 6-7 minutes sur mon "
        "papier de samedi.", ""), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCMPUPITRE"
    summ = "SUMMARY;LANGUAGE=fr-CA:Réunion de pupitre – Actualités"
    base = (org("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe"), me, "UID:" + uid, summ,
            "DESCRIPTION;LANGUAGE=fr-CA:" + t("Tour de table des sujets du lendemain.\n\n"
                                              + teams("fr", "112938475601", "Pu9Xr4")),
            "LOCATION;LANGUAGE=fr-CA:Salle de rédaction / Teams", "DTSTAMP:20250105T150000Z")
    out.append(_n("editorial-meeting-recurring-fr", cal(
        EXCHANGE, TZ_WIN_EST,
        vevent(*base, "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", f"DTSTART;TZID={WIN_EST}:20250106T093000",
               f"DTEND;TZID={WIN_EST}:20250106T100000", *OUTLOOK_TAIL),
        vevent(*base, f"RECURRENCE-ID;TZID={WIN_EST}:20250303T093000", f"DTSTART;TZID={WIN_EST}:20250303T110000",
               f"DTEND;TZID={WIN_EST}:20250303T113000", *OUTLOOK_TAIL)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCMELECT25"
    out.append(_n("internal-meeting-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe"), me,
        att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Planification de la couverture des élections fédérales : équipes, "
                                          "sondages, soirée électorale."),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Réunion d'équipe – couverture élections fédérales",
        f"DTSTART;TZID={WIN_EST}:20250320T140000", f"DTEND;TZID={WIN_EST}:20250320T153000",
        "DTSTAMP:20250314T150000Z", "LOCATION;LANGUAGE=fr-CA:LCM-5-Grande salle", *OUTLOOK_TAIL)), uid))

    uid = "p9c0o1n2f3p4r5e6s7s8e9k0ij@google.com"
    out.append(_n("press-conference-company-fr", _g(
        uid, "20250319T100000", "20250319T110000", "Conférence de presse – Société d'habitation Rive-Nord (projet "
        "Cartierville)", "Couvrir pour le web. Porte-parole : Marc Demers.", "Centre Cartierville, 12145 rue Grenet"),
        uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCMEVAL25"
    out.append(_n("own-appraisal-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe"), me,
        att("m.lalonde@lecourrier-montreal.ca", "Lalonde, Mélissa", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Rencontre annuelle d'appréciation de la contribution. Merci de remplir "
                                          "ton autoévaluation dans le portail RH avant la rencontre."),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Appréciation annuelle – Olivier Tremblay",
        f"DTSTART;TZID={WIN_EST}:20250227T140000", f"DTEND;TZID={WIN_EST}:20250227T150000",
        "DTSTAMP:20250210T150000Z", "LOCATION;LANGUAGE=fr-CA:Bureau de Philippe", *OUTLOOK_TAIL)), uid))
    return out


def _perso() -> list[dict]:
    out = []
    uid = "q1m2e3d4e5c6i7n8f9a0m1k0kl@google.com"
    out.append(_n("doctor-fr", _g(uid, "20250214T081500", "20250214T084500", "Dre Paquette – GMF du Plateau",
                                  "Suivi annuel + renouvellement ordonnance. Apporter carte RAMQ.",
                                  "GMF du Plateau, 4625 av. De Lorimier"), uid))
    uid = "q2c3p4e5p6i7n8s9o0n1s2k0mn@google.com"
    out.append(_n("daycare-fr", _g(uid, "20250221T163000", "20250221T170000", "Rencontre éducatrice – CPE Les "
                                   "Petits Pinsons (Théo)", "Bilan de mi-année de Théo avec Josiane.",
                                   "CPE Les Petits Pinsons"), uid))
    uid = "E4F1A9C2-7B3D-4E6F-8A0B-CLSC20250310"
    out.append(_n("clsc-vaccine-fr", cal(IOS, TZ_TORONTO, vevent(
        "CREATED:20250301T120000Z", f"DTSTART;{TOR}:20250310T073000", f"DTEND;{TOR}:20250310T080000",
        "DTSTAMP:20250301T120000Z", "UID:" + uid, "SUMMARY:CLSC – vaccin zona (2e dose)",
        "LOCATION:" + t("CLSC du Plateau-Mont-Royal, 4625, avenue De Lorimier"), "SEQUENCE:0"), method=None), uid))
    uid = "q4b5a6n7q8u9e0h1y2p3o4k0op@google.com"
    out.append(_n("bank-mortgage-fr", _g(uid, "20250317T120000", "20250317T130000", "Banque Saint-Laurent – "
                                         "renouvellement hypothèque (conseillère : Mme Nadeau)",
                                         "Apporter avis de cotisation 2023-2024 et talons de paie.",
                                         "Succursale Mont-Royal, 1280 av. du Mont-Royal Est"), uid))
    uid = "q5p6a7s8s9e0p1o2r3t4s5k0qr@google.com"
    out.append(_n("passport-service-canada-fr", _g(uid, "20250324T091000", "20250324T094000",
                                                   "Passeport – Service Canada (rendez-vous)",
                                                   "Formulaire PPTC 153 + photos + ancien passeport.",
                                                   "Complexe Guy-Favreau, 200 boul. René-Lévesque O."), uid))
    uid = "NEXUS-CBSA-2025-0402-OT"
    out.append(_n("nexus-interview-fr", cal(
        "-//CBSA-ASFC//Trusted Traveller Programs//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250310T150000Z", "DTSTART:20250402T133000Z", "DTEND:20250402T140000Z",
            "SUMMARY:Entrevue NEXUS – Centre d'inscription Aéroport Montréal-Trudeau",
            "DESCRIPTION:" + t("Entrevue d'admissibilité NEXUS. Présentez-vous avec votre passeport valide et une "
                               "preuve de résidence. Un agent de l'ASFC et un agent du CBP américain mèneront "
                               "l'entrevue."),
            "LOCATION:" + t("Centre d'inscription NEXUS, Aéroport international Montréal-Trudeau"),
            org("no-reply@cbsa-asfc.gc.ca", "ASFC – Programmes des voyageurs dignes de confiance"),
            att(ME_FREE, ME_CN)), method="PUBLISH"), uid))
    uid = "q7e8c9o0l1e2p3a4r5e6n7k0st@google.com"
    out.append(_n("school-parent-meeting-fr", _g(uid, "20250313T183000", "20250313T184500",
                                                 "Rencontre de parents – Camille (Mme Poirier, français)",
                                                 "2e bulletin", "École secondaire Jeanne-Mance"), uid))
    uid = "q8d9r0i1v2e3c4a5m6i7l8k0uv@google.com"
    out.append(_n("child-job-interview-fr", _g(uid, "20250322T100000", "20250322T110000",
                                               "Conduire Camille à son entrevue – emploi d'été Crèmerie du Parc",
                                               "Elle passe son entrevue à 10 h, je l'attends au café à côté.",
                                               "Crèmerie du Parc, 5320 av. du Parc"), uid))
    uid = "q9p0h1y2s3i4o5k6i7n8e9k0wx@google.com"
    out.append(_n("physio-utc-fr", _g(uid, "20250326T213000Z", "20250326T221500Z", "Physio – épaule (Clinique "
                                      "Mouvement)", "", "Clinique Mouvement, rue Masson", tz=False), uid))
    return out


def events() -> list[dict]:
    return _press() + _perso() + _coach()


def _coach() -> list[dict]:
    uid = "zoom-mock-4471-coach@carriereplus.ca"
    d = ("Simulation d'entrevue (comité de sélection, fonction publique québécoise) – rôle-jeu avec rétroaction. "
         "Je jouerai la présidente du comité; mon collègue Serge jouera le gestionnaire.\n\nChristiane Lebel, "
         "conseillère d'orientation\nCarrière Plus\n\n" + zoom("fr", "84590022718", "CPmock25z"))
    return [_n("mock-interview-coach-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250310T180000", f"DTEND;{TOR}:20250310T191500", "DTSTAMP:20250303T150000Z",
        "UID:" + uid, org("clebel@carriereplus.ca", "Christiane Lebel"), att(ME_FREE, ME_CN),
        "SUMMARY:Simulation d'entrevue – Olivier Tremblay (coaching)", "DESCRIPTION:" + t(d), "LOCATION:Zoom",
        "STATUS:CONFIRMED")), uid)]
