"""holdout91 negatives: the user on the hiring side at Le Courrier de Montréal (internship committee, desk hires)."""

from __future__ import annotations

from holdout91ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_WORK,
    OUTLOOK_TAIL,
    TZ_TORONTO,
    TZ_WIN_EST,
    WIN_EST,
    E,
    att,
    cal,
    meet,
    org,
    room,
    t,
    teams,
    vevent,
)

TOR = "TZID=America/Toronto"
RH = "rh@lecourrier-montreal.ca"
SALLE = room("salle.bourassa@lecourrier-montreal.ca", "LCM-4-Salle Bourassa (8)")


def _ol(uid, stamp, start, end, summ, d, *atts, organizer=None, loc="LCM-4-Salle Bourassa (8)", extra=()):
    return cal(EXCHANGE, TZ_WIN_EST, vevent(
        organizer or org("m.lalonde@lecourrier-montreal.ca", "Lalonde, Mélissa"), *atts,
        "DESCRIPTION;LANGUAGE=fr-CA:" + t(d), "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:" + t(summ),
        f"DTSTART;TZID={WIN_EST}:{start}", f"DTEND;TZID={WIN_EST}:{end}", f"DTSTAMP:{stamp}",
        "LOCATION;LANGUAGE=fr-CA:" + t(loc), *extra, *OUTLOOK_TAIL))


def _n(kind, ics, uid):
    return E(kind, ics, uid, 0, trap=kind)


def events() -> list[dict]:
    me = att(ME_WORK, "Tremblay, Olivier")
    out = []
    uid = "040000008200E00074C5B7101A82E00800000000LCM0001A"
    out.append(_n("user-as-interviewer-panel-fr", _ol(
        uid, "20250210T150000Z", "20250217T100000", "20250217T103000",
        "Entrevue – candidate stage été 2025 : Léa Gingras",
        "Comité de sélection des stages d'été.\nCandidate : Léa Gingras (UQAM, baccalauréat en journalisme) – "
        "lea.gingras@gmail.com\nIntervieweurs : Olivier Tremblay (Actualités), Nadine Charest (Culture).\n"
        "Grille d'évaluation dans le dossier partagé Stages 2025.",
        me, att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"), att("lea.gingras@gmail.com", "Léa Gingras"),
        SALLE), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0002B"
    out.append(_n("user-as-interviewer-debrief-fr", _ol(
        uid, "20250214T150000Z", "20250221T153000", "20250221T163000", "Comité stages 2025 – délibération",
        "Délibération après la première ronde d'entrevues (12 candidats). Apportez vos grilles remplies.",
        me, att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"),
        att("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe"), SALLE), uid))

    uid = "g8t2k5q0m7v3s1r9c4h6d0bnpa@google.com"
    out.append(_n("user-as-interviewer-scorecard-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250218T163000", f"DTEND;{TOR}:20250218T170000", "DTSTAMP:20250217T120000Z",
        "UID:" + uid, "SUMMARY:Remplir grilles d'évaluation – candidats stage (Gingras, Roy, Benali)",
        "DESCRIPTION:" + t("Avant jeudi, Mélissa les compile pour le comité."), "SEQUENCE:0", "TRANSP:OPAQUE"),
        method="PUBLISH"), uid))

    uid = "calendly-host-b71e3c90-2f4d-4a8e-9c1b-6d5e0a7f2c44"
    out.append(_n("user-as-interviewer-calendly-host-fr", cal("-//Calendly//Calendly//EN", vevent(
        "UID:" + uid, "DTSTAMP:20250211T020000Z", "DTSTART:20250219T150000Z", "DTEND:20250219T153000Z",
        "SUMMARY:Mathis Roy et Olivier Tremblay : Entrevue – stage d'été au Courrier",
        "DESCRIPTION:" + t("Nom de l'invité : Mathis Roy\nCourriel de l'invité : mathis.roy04@hotmail.com\n"
                           "Veuillez partager tout ce qui nous aidera à préparer la rencontre : Étudiant en 3e "
                           "année, Université Laval, portfolio joint à ma candidature.\n\nÉvénement planifié sur "
                           "votre page Calendly (Olivier Tremblay – Le Courrier).\n\nOptimisé par Calendly.com"),
        "LOCATION:" + t(meet("fr", "ohz-kqrt-wne").split("\n")[0]), org(ME_WORK, ME_CN),
        att("mathis.roy04@hotmail.com", "Mathis Roy", stat="ACCEPTED"), "STATUS:CONFIRMED")), uid))

    uid = "BD8A2C71-3E4F-4A9B-8C0D-1E2F3A4B5C6D"
    out.append(_n("user-as-interviewer-handtyped-fr", cal("-//Apple Inc.//iPhone OS 17.3//EN", TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250220T140000", f"DTEND;{TOR}:20250220T143000", "DTSTAMP:20250219T231000Z",
        "UID:" + uid, "SUMMARY:entrevue stagiaire – Yasmine B. (salle Bourassa)",
        "DESCRIPTION:" + t("lui demander ses textes au Montréal Campus; questions sur vérif des faits"),
        "SEQUENCE:0", "TRANSP:OPAQUE"), method=None), uid))

    uid = "wd-interviewer-5519a2c8-intern-en-desk@lecourrier-montreal.ca"
    out.append(_n("user-as-interviewer-workday-en", cal("-//Workday Inc//Workday Calendar//EN", TZ_TORONTO, vevent(
        "UID:" + uid, "DTSTAMP:20250212T150000Z", f"DTSTART;{TOR}:20250224T110000", f"DTEND;{TOR}:20250224T113000",
        "SUMMARY:Interviewer invitation: Summer Intern, English Desk – candidate Noah Fitzgerald",
        "DESCRIPTION:" + t("You have been added as an interviewer for candidate Noah Fitzgerald (Concordia "
                           "University, noah.fitzgerald@live.concordia.ca) – Job requisition R-0412 Summer Intern, "
                           "English Desk.\nPlease complete the interview feedback in Workday within 24 hours.\n\n"
                           + teams("en", "811520394467", "Nf2kQ8")),
        "LOCATION:Microsoft Teams", org(RH, "Le Courrier – Ressources humaines"), me,
        att("noah.fitzgerald@live.concordia.ca", "Noah Fitzgerald"))), uid))

    uid = "TMC-presentation-candidat-KH-20250226@talentsmedias.ca"
    out.append(_n("user-as-interviewer-agency-candidate-fr", cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250221T150000Z", f"DTSTART;{TOR}:20250226T090000",
            f"DTEND;{TOR}:20250226T100000",
            "SUMMARY:" + t("Talents Médias Conseil – rencontre avec notre candidat Karim Haddad (pupitreur)"),
            "DESCRIPTION:" + t("Bonjour M. Tremblay,\n\nTel que convenu avec votre rédacteur en chef, je vous "
                               "présente M. Karim Haddad pour le poste de pupitreur de soir. Son CV et ses "
                               "références sont joints.\nM. Haddad se présentera à vos bureaux.\n\nVéronique "
                               "Sauvé\nTalents Médias Conseil"),
            "LOCATION:" + t("Le Courrier de Montréal, 1001, rue Saint-Antoine Ouest"),
            org("vsauve@talentsmedias.ca", "Véronique Sauvé"), me,
            att("karim.haddad.mtl@gmail.com", "Karim Haddad"))), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0008C"
    out.append(_n("user-as-interviewer-shadowing-fr", _ol(
        uid, "20250213T150000Z", "20250225T133000", "20250225T140000",
        "Observation – entrevue stage (Jérôme observe Olivier)",
        "Jérôme Pinard (nouveau chef de pupitre) assiste en observateur à l'entrevue d'Olivier avec la candidate "
        "Sarah Benali, pour se familiariser avec la grille. Il ne pose pas de questions.",
        me, att("j.pinard@lecourrier-montreal.ca", "Pinard, Jérôme")), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0009D"
    out.append(_n("user-as-interviewer-kit-fr", _ol(
        uid, "20250207T150000Z", "20250212T090000", "20250212T094500", "Trousse d'entrevue – stage photo 2025",
        "Revue de la trousse d'entrevue pour le stage photo : questions, exercice de légendes, grille de notation. "
        "Olivier et Nadine mèneront les entrevues la semaine du 17.",
        me, att("n.charest@lecourrier-montreal.ca", "Charest, Nadine")), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0010E"
    out.append(_n("user-as-interviewer-panel-teams-fr", _ol(
        uid, "20250303T150000Z", "20250310T140000", "20250310T150000",
        "Entrevue – Journaliste aux affaires municipales (remplacement) – Benoît Lacroix",
        "Candidat : Benoît Lacroix (benoit.lacroix@videotron.ca)\nPanel : Philippe Giguère (rédacteur en chef "
        "adjoint), Olivier Tremblay, Mélissa Lalonde (RH).\n\n" + teams("fr", "604418220935", "Mu8Vc3"),
        me, att("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe"),
        att("benoit.lacroix@videotron.ca", "Benoît Lacroix"), loc="Réunion Microsoft Teams"), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0011F"
    out.append(_n("user-as-interviewer-university-en", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org(ME_WORK, "Tremblay, Olivier"), att("priya.natarajan@mail.mcgill.ca", "Priya Natarajan"),
        att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"),
        "DESCRIPTION:" + t("Hi Priya,\n\nThanks for applying to our summer internship (English-language desk). "
                           "Nadine Charest and I will meet you at the newsroom; please bring two clips.\n\n"
                           "Olivier Tremblay\nReporter, Le Courrier de Montréal"),
        "UID:" + uid, "SUMMARY:Interview – Summer internship (English desk): Priya Natarajan",
        f"DTSTART;TZID={WIN_EST}:20250226T153000", f"DTEND;TZID={WIN_EST}:20250226T160000",
        "DTSTAMP:20250219T150000Z", "LOCATION:Le Courrier – 4th floor, Salle Bourassa", *OUTLOOK_TAIL)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0012A"
    out.append(_n("user-as-interviewer-test-proctor-fr", _ol(
        uid, "20250219T150000Z", "20250227T090000", "20250227T110000",
        "Test d'écriture – candidats stage (surveillance : Olivier)",
        "Six candidats retenus rédigent un article de 400 mots à partir d'une dépêche et d'un communiqué. "
        "Olivier surveille et corrige; résultats au comité le 3 mars.", me, SALLE), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0013B"
    out.append(_n("user-as-interviewer-calibration-fr", _ol(
        uid, "20250212T150000Z", "20250214T110000", "20250214T120000", "Calibrage des grilles – comité stages",
        "On s'entend sur les critères (curiosité, rigueur, écriture, français) avant les entrevues.",
        me, att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"),
        att("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe")), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0014C"
    out.append(_n("user-as-interviewer-organizer-freemail-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org(ME_WORK, "Tremblay, Olivier"), att("florence.dube.journalisme@gmail.com", "Florence Dubé"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Bonjour Florence,\n\nMerci pour ta candidature au stage d'été. Je te "
                                          "propose une entrevue par téléphone de 30 minutes. Je t'appelle au numéro "
                                          "de ton CV.\n\nOlivier Tremblay\nJournaliste, Le Courrier de Montréal"),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Entrevue – Stage au Courrier (Olivier Tremblay / Florence Dubé)",
        f"DTSTART;TZID={WIN_EST}:20250218T120000", f"DTEND;TZID={WIN_EST}:20250218T123000",
        "DTSTAMP:20250213T150000Z", "LOCATION;LANGUAGE=fr-CA:Téléphone", *OUTLOOK_TAIL)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0015D"
    summ = "SUMMARY;LANGUAGE=fr-CA:Bloc entrevues stagiaires (comité)"
    base = (org("m.lalonde@lecourrier-montreal.ca", "Lalonde, Mélissa"), me,
            att("n.charest@lecourrier-montreal.ca", "Charest, Nadine"), SALLE, "UID:" + uid, summ,
            "DESCRIPTION;LANGUAGE=fr-CA:" + t("Plage réservée aux entrevues des candidats au stage d'été; l'horaire "
                                              "des candidats est dans le fichier partagé."),
            "DTSTAMP:20250207T150000Z")
    out.append(_n("user-as-interviewer-recurring-fr", cal(
        EXCHANGE, TZ_WIN_EST,
        vevent(*base, "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=WE", f"DTSTART;TZID={WIN_EST}:20250212T130000",
               f"DTEND;TZID={WIN_EST}:20250212T170000", *OUTLOOK_TAIL),
        vevent(*base, f"RECURRENCE-ID;TZID={WIN_EST}:20250219T130000", f"DTSTART;TZID={WIN_EST}:20250220T090000",
               f"DTEND;TZID={WIN_EST}:20250220T120000", *OUTLOOK_TAIL)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0016E"
    out.append(_n("user-as-interviewer-debrief-en", _ol(
        uid, "20250228T150000Z", "20250305T100000", "20250305T110000", "Debrief: Summer interns – hiring committee",
        "Final ranking and offers. English desk candidates (Natarajan, Fitzgerald) first, then French desk.",
        me, att("p.giguere@lecourrier-montreal.ca", "Giguère, Philippe")), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0017F"
    out.append(_n("user-as-interviewer-rescheduled-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org(ME_WORK, "Tremblay, Olivier"), att("jeremie.cote@outlook.com", "Jérémie Côté"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("Jérémie, comme demandé, je déplace ton entrevue pour le stage au "
                                          "lendemain, même heure. – Olivier"),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Déplacé : Entrevue stage – Jérémie Côté",
        f"DTSTART;TZID={WIN_EST}:20250221T100000", f"DTEND;TZID={WIN_EST}:20250221T103000", "SEQUENCE:1",
        "DTSTAMP:20250219T150000Z", "LOCATION;LANGUAGE=fr-CA:LCM-4-Salle Bourassa (8)", *OUTLOOK_TAIL)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000LCM0018A"
    out.append(_n("user-as-interviewer-cancelled-fr", cal(EXCHANGE, TZ_WIN_EST, vevent(
        org("m.lalonde@lecourrier-montreal.ca", "Lalonde, Mélissa"), me,
        att("sarah.benali@hotmail.fr", "Sarah Benali"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + t("La candidate s'est désistée (elle a accepté un stage à Radio-Canada)."),
        "UID:" + uid, "SUMMARY;LANGUAGE=fr-CA:Annulé : Entrevue candidate stage – Sarah Benali",
        f"DTSTART;TZID={WIN_EST}:20250225T133000", f"DTEND;TZID={WIN_EST}:20250225T140000", "SEQUENCE:2",
        "STATUS:CANCELLED", "DTSTAMP:20250224T150000Z", *OUTLOOK_TAIL), method="CANCEL"), uid))

    uid = "bookings-lcm-stages-7a1c9e3f0b2d4e58@lecourrier-montreal.ca"
    out.append(_n("user-as-interviewer-bookings-staff-fr", cal("-//Microsoft Corporation//Bookings//EN", TZ_WIN_EST,
        vevent(
            "UID:" + uid, "DTSTAMP:20250213T150000Z", f"DTSTART;TZID={WIN_EST}:20250224T150000",
            f"DTEND;TZID={WIN_EST}:20250224T153000",
            "SUMMARY:Entrevue de stage – Le Courrier avec Émilie Fortin",
            "DESCRIPTION:" + t("Nouvelle réservation.\nService : Entrevue de stage – Le Courrier\nClient : Émilie "
                               "Fortin (emilie.fortin22@gmail.com, 438 555-0142)\nMembre du personnel : Olivier "
                               "Tremblay\n\n" + teams("fr", "770251843396", "Ef7sB2")),
            "LOCATION:Réunion Microsoft Teams", org("stages@lecourrier-montreal.ca", "Stages Le Courrier"), me,
            att("emilie.fortin22@gmail.com", "Émilie Fortin"))), uid))

    uid = "FJQ-bourse-2025-jury-0308@fondationjournalisme.qc.ca"
    out.append(_n("user-as-interviewer-jury-fr", cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:20250308T090000", f"DTEND;{TOR}:20250308T123000", "DTSTAMP:20250301T150000Z",
        org("bourses@fondationjournalisme.qc.ca", "Fondation pour le journalisme québécois"), "UID:" + uid, me,
        "DESCRIPTION:" + t("Merci d'avoir accepté de siéger au jury de la bourse de reportage 2025. Vous "
                           "rencontrerez les six finalistes (20 min chacun) avec Hélène Dumas et Roger Fafard."),
        "SUMMARY:Jury – entrevues des finalistes, bourse de reportage 2025", "STATUS:CONFIRMED",
        "LOCATION:" + t("Maison du journalisme, 1500, rue Peel, Montréal"))), uid))
    return out
