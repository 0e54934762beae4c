"""holdout115: negatives with the user on the hiring side at Cabinet NordAudit."""

from __future__ import annotations

from holdout115ev_core import (
    P_APPLE,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    TZ_PARIS,
    TZ_ROMANCE,
    WORK,
    D,
    Ev,
    T,
    att,
    guid,
    hexid,
    org,
    outlook_uid,
    room,
    teams,
    vcal,
    vevent,
    zoom,
)

RH = "recrutement@cabinet-nordaudit.fr"
BERTRAND = "bertrand.huyghe@cabinet-nordaudit.fr"
ROOM = room("salle.lys@cabinet-nordaudit.fr", "Salle Lys (6p)")
RT = "Romance Standard Time"


def n(kind: str, text: str) -> Ev:
    return Ev(kind, text, 0, trap=kind)


def ol(seed: str, summary: str, start: str, end: str, organizer: str, desc: str, *extra: str,
       tz: str = RT) -> str:
    return vcal(P_OUTLOOK, vevent(
        T("SUMMARY", summary), f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}", organizer, *extra,
        D(desc), f"UID:{outlook_uid(seed)}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_ROMANCE,))


def events() -> list[Ev]:
    out: list[Ev] = []
    rh = org(RH, "Recrutement NordAudit")

    out.append(n("user-as-interviewer-intern-fr", ol(
        "nsa-intern1", "Entretien candidat - Stage audit janvier 2026 - Lucas Fontaine", "20251014T100000",
        "20251014T104500", rh,
        "Bonjour Valérie,\n\nMerci de recevoir Lucas Fontaine (IÉSEG, M1) pour le stage d'assistant audit de "
        "janvier. CV et grille d'évaluation en pièce jointe ; merci de compléter la grille dans Workday après "
        "l'entretien.\n\nService Recrutement", att(WORK, "Ngono, Valérie"), ROOM)))

    out.append(n("user-as-interviewer-scorecard-fr", ol(
        "nsa-scorecard", "Grilles d'évaluation à compléter - candidats assistants audit (rappel)",
        "20251017T163000", "20251017T170000", rh,
        "Rappel : les grilles d'évaluation des entretiens de la semaine (3 candidats assistants audit) sont à "
        "saisir avant vendredi 18h pour le comité de sélection.", att(WORK, "Ngono, Valérie"))))

    out.append(n("user-as-interviewer-debrief-fr", ol(
        "nsa-debrief", "Débrief recrutement - Assistants audit promo 2026", "20251024T120000", "20251024T130000",
        org("associe.lambin@cabinet-nordaudit.fr", "Lambin, Hervé"),
        "Tour de table sur les 8 candidats vus en entretien (Valérie, Bertrand, Chloé). Décision go / no go et "
        "propositions d'embauche.", att(WORK, "Ngono, Valérie"), att(BERTRAND, "Huyghe, Bertrand"), ROOM)))

    out.append(n("user-as-interviewer-jury-fr", ol(
        "nsa-jury", "Jury entretiens - alternants DSCG", "20251107T090000", "20251107T123000", rh,
        "Valérie, merci de faire partie du jury avec Bertrand. 6 candidats en alternance DSCG (20 min chacun + "
        "10 min de délibération). Planning des candidats joint.", att(WORK, "Ngono, Valérie"),
        att(BERTRAND, "Huyghe, Bertrand"), ROOM)))

    out.append(n("user-as-interviewer-shadowing-fr", ol(
        "nsa-shadow", "Observation entretien (binôme) - Valérie accompagne Bertrand", "20251009T140000",
        "20251009T150000", org(BERTRAND, "Huyghe, Bertrand"),
        "Valérie, tu observes l'entretien du candidat auditeur junior (Maxime Dufour) puis tu mènes la partie "
        "technique la prochaine fois. Formation « recruter » du cabinet, module pratique.",
        att(WORK, "Ngono, Valérie"), ROOM)))

    u = f"{hexid('cal-host', 8)}-8a2b-4d3e-b1f0-{hexid('cal-host2', 12)}"
    out.append(n("user-as-interviewer-calendly-host-fr", vcal(
        "-//Calendly//Calendly//EN", vevent(
            f"UID:{u}", "DTSTART:20251028T130000Z", "DTEND:20251028T133000Z",
            T("SUMMARY", "Inès Kaddouri et Valérie Ngono"),
            org(WORK, "Valérie Ngono"), att("ines.kaddouri@skema.edu", "Inès Kaddouri"),
            D("Nouvel événement planifié\n\nType d'événement : Entretien stage audit (Cabinet NordAudit)\n"
              "Invitée : Inès Kaddouri\nE-mail de l'invitée : ines.kaddouri@skema.edu\n\nQuestions :\nÉcole : "
              "SKEMA Lille, M2 Audit\n\nVoir l'événement dans Calendly")),
        method="REQUEST")))

    u = f"{hexid('hunteo-cand', 26)}@hunteo.fr"
    out.append(n("user-as-interviewer-agency-candidate-fr", vcal(
        P_OUTLOOK, vevent(
            f"UID:{u}", T("SUMMARY", "Présentation candidat : Romain Vasseur - Auditeur confirmé (Hunteo Finance)"),
            "DTSTART;TZID=Romance Standard Time:20251113T170000", "DTEND;TZID=Romance Standard Time:20251113T180000",
            org("c.lefort@hunteo.fr", "Lefort, Caroline"), att(WORK, "Ngono, Valérie"),
            D("Bonjour Valérie,\n\nComme convenu, je vous envoie la confirmation de votre entretien avec Romain "
              "Vasseur, que je vous présente pour le poste d'auditeur confirmé au sein de votre cabinet. Son CV "
              "et ma synthèse sont joints.\n\nCaroline Lefort\nHunteo Finance"),
            T("LOCATION", "Cabinet NordAudit, 25 rue Nationale, Lille")),
        tzs=(TZ_ROMANCE,))))

    u = f"{hexid('deswarte', 26)}@google.com"
    out.append(n("user-as-interviewer-freemail-candidate-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251016T120000", "DTEND;TZID=Europe/Paris:20251016T124500",
            org(WORK, "Valérie Ngono"), f"UID:{u}", att(WORK, "Valérie Ngono", ps="ACCEPTED", google=True),
            att("chloe.deswarte59@gmail.com", "Chloé Deswarte", google=True),
            T("SUMMARY", "Entretien - Chloé Deswarte / Cabinet NordAudit (auditeur junior)"),
            D("Bonjour Chloé,\nje vous confirme notre entretien pour le poste d'auditeur junior. Présentez-vous à "
              "l'accueil du 3e étage.\nValérie Ngono, auditrice senior"),
            T("LOCATION", "Cabinet NordAudit, 25 rue Nationale, Lille"), "SEQUENCE:0", "STATUS:CONFIRMED"),
        tzs=(TZ_PARIS,))))

    out.append(n("user-as-interviewer-handtyped-fr", vcal(
        P_IOS, vevent(
            f"UID:{guid('stag-10h')}", "DTSTART;TZID=Europe/Paris:20251021T100000",
            "DTEND;TZID=Europe/Paris:20251021T104500", T("SUMMARY", "entretien stagiaire 10h"),
            D("préparer CV + grille / questions techniques révision (cycle ventes)\ncandidate : Emma L. (KEDGE)")),
        method=None, tzs=(TZ_PARIS,))))

    out.append(n("user-as-interviewer-forum-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;VALUE=DATE:20251120", "DTEND;VALUE=DATE:20251121", f"UID:{hexid('forum-ieseg', 26)}@google.com",
            T("SUMMARY", "Forum entreprises IÉSEG - stand NordAudit (entretiens flash stages)"),
            T("LOCATION", "IÉSEG, 3 rue de la Digue, Lille"),
            D("Tenir le stand avec Bertrand, entretiens flash de 10 min avec les étudiants pour les stages de "
              "saison 2026. Prendre goodies + grilles."), "TRANSP:TRANSPARENT"),
        method="PUBLISH", head=("X-WR-TIMEZONE:Europe/Paris",))))

    out.append(n("user-as-interviewer-jobdating-fr", ol(
        "nsa-jobdating", "Job dating alternance - SKEMA Lille (recruteurs NordAudit)", "20251204T133000",
        "20251204T173000", rh,
        "Valérie et Chloé représentent le cabinet. 15 entretiens de 10 minutes avec des candidats à "
        "l'alternance (master audit). Remonter les fiches candidats à RH le lendemain.",
        att(WORK, "Ngono, Valérie"), "LOCATION:SKEMA Business School\\, avenue Willy Brandt\\, Euralille")))

    out.append(n("user-as-interviewer-panel-en", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Interview panel - Audit Associate candidate (Brussels office) - Pieter Claes"),
            "DTSTART;TZID=Romance Standard Time:20251105T150000", "DTEND;TZID=Romance Standard Time:20251105T160000",
            org("hr.brussels@cabinet-nordaudit.be", "HR Brussels NordAudit"),
            att(WORK, "Ngono, Valérie"), att("s.verstraete@cabinet-nordaudit.be", "Verstraete, Sarah"),
            D("Hi Valérie,\n\nThank you for joining the panel for Pieter Claes (Audit Associate, Brussels office). "
              "Please use the interview guide attached and submit your feedback in the form.\n\n"
              + teams("en", "panel-bru")),
            f"UID:{outlook_uid('nsa-panel-bru')}", "SEQUENCE:0"),
        tzs=(TZ_ROMANCE,))))

    u = f"sr-{hexid('nsa-kit', 28)}@smartrecruiters.com"
    out.append(n("user-as-interviewer-kit-fr", vcal(
        "-//SmartRecruiters//Calendar//EN", vevent(
            f"UID:{u}", "DTSTART:20251112T090000Z", "DTEND:20251112T100000Z",
            T("SUMMARY", "Vous êtes invitée à évaluer : Thomas Ricci - Auditeur senior (H/F)"),
            org("noreply@smartrecruiters.com", "Cabinet NordAudit"), att(WORK, "Valérie Ngono"),
            D("Bonjour Valérie,\n\nVous avez été ajoutée comme intervieweuse pour le candidat Thomas Ricci.\n"
              "Kit d'entretien : questions comportementales + cas pratique (tests de cut-off).\nMerci de remplir la "
              "fiche d'évaluation dans SmartRecruiters après l'entretien.")),
        method="REQUEST")))

    out.append(n("user-as-interviewer-case-fr", ol(
        "nsa-case", "Cas pratique candidat auditeur junior (Valérie anime)", "20251119T140000", "20251119T150000",
        rh, "Candidat : Mehdi Aït-Ali. Valérie anime le cas pratique (révision des stocks, 45 min). Sujet dans le "
        "dossier partagé Recrutement > Cas.", att(WORK, "Ngono, Valérie"), ROOM)))

    out.append(n("user-as-interviewer-calibration-fr", ol(
        "nsa-calib", "Calibrage - campagne recrutement juniors 2026", "20251008T090000", "20251008T100000",
        org("associe.lambin@cabinet-nordaudit.fr", "Lambin, Hervé"),
        "Harmoniser nos grilles d'évaluation avant la campagne de recrutement des juniors : critères, barème, "
        "questions communes. Tous les seniors qui font passer des entretiens.", att(WORK, "Ngono, Valérie"))))

    out.append(n("user-as-interviewer-phone-screen-fr", vcal(
        P_APPLE, vevent(
            f"UID:{guid('appel-cand-mehdi')}", "DTSTART;TZID=Europe/Paris:20251110T123000",
            "DTEND;TZID=Europe/Paris:20251110T130000", T("SUMMARY", "Appel candidat (préqualif) - Mehdi A."),
            D("je l'appelle au 06 52 .. .. 88 - vérifier dispo, motivation, niveau Excel, avant cas pratique du 19")),
        method=None, tzs=(TZ_PARIS,))))

    u = f"{hexid('lucia-erasmus', 26)}@google.com"
    out.append(n("user-as-interviewer-es", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251126T160000", "DTEND;TZID=Europe/Paris:20251126T163000",
            org(WORK, "Valérie Ngono"), f"UID:{u}", att("lucia.martin.r@hotmail.es", "Lucía Martín", google=True),
            T("SUMMARY", "Entrevista prácticas auditoría - Lucía Martín / Cabinet NordAudit"),
            D("Hola Lucía,\nte confirmo la entrevista para las prácticas de auditoría (Erasmus, Lille). La haremos "
              "en francés e inglés.\nValérie Ngono\n\n" + zoom("en", "lucia")), "SEQUENCE:0"),
        tzs=(TZ_PARIS,))))

    u = f"{hexid('nsa-wd', 20)}@nordaudit.myworkday.com"
    out.append(n("user-as-interviewer-workday-fr", vcal(
        "-//Workday Inc//Workday Calendar//FR", vevent(
            f"UID:{u}", "DTSTART:20251202T130000Z", "DTEND:20251202T140000Z",
            T("SUMMARY", "Entretien de recrutement - Manager audit (R-1187) - Candidat : Julien Roche"),
            org("nordaudit@myworkday.com", "Cabinet NordAudit"), att(WORK, "Valérie Ngono"),
            att("associe.lambin@cabinet-nordaudit.fr", "Hervé Lambin"),
            D("Intervieweurs : Hervé Lambin (associé), Valérie Ngono (second intervieweur)\nCandidat : Julien "
              "Roche\nMerci de saisir votre évaluation dans Workday sous 48 h.")),
        method="REQUEST", calscale=False)))

    out.append(n("user-as-interviewer-intake-fr", ol(
        "nsa-intake", "Brief recrutement avec RH - poste auditeur junior (profil, annonce, grille)",
        "20251002T110000", "20251002T113000", rh,
        "Définir le profil recherché pour les 2 postes d'auditeur junior, relire l'annonce et valider la grille "
        "d'entretien que Valérie utilisera.", att(WORK, "Ngono, Valérie"))))

    out.append(n("user-as-interviewer-retours-fr", ol(
        "nsa-retours", "Retour candidats stagiaires janvier - avis Valérie", "20251030T173000", "20251030T180000",
        org(BERTRAND, "Huyghe, Bertrand"),
        "Point rapide sur tes entretiens de stagiaires (Lucas F., Emma L., Inès K.) : avis et classement avant "
        "envoi des propositions.", att(WORK, "Ngono, Valérie"))))

    return out
