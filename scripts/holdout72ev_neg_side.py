"""holdout72: negatives with the user on the hiring side at Cabinet Vauban Associés (she interviews others)."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_WORK,
    P_GOOGLE,
    P_OUTLOOK,
    P_OUTLOOK16,
    ROMANCE,
    UTC_PARIS_FR,
    Ev,
    att,
    cal,
    ev,
    meet,
    olson_tz,
    org,
    outlook_extra,
    outlook_tz,
    outlook_uid,
    room,
    teams,
)

SOREL = "p.sorel@cabinet-vauban-associes.fr"
MARCHETTI = "a.marchetti@cabinet-vauban-associes.fr"
LOPEZ = "n.lopez@cabinet-vauban-associes.fr"
TZ = outlook_tz(ROMANCE)


def _st(day: str, hm: str) -> str:
    return f"DTSTART;TZID={ROMANCE}:{day}T{hm}00"


def _en(day: str, hm: str) -> str:
    return f"DTEND;TZID={ROMANCE}:{day}T{hm}00"


def _side(kind: str, lang: str, text: str, uid: str) -> Ev:
    return Ev(kind, lang, text, uid, 0, side=True)


def teamtailor_kit() -> Ev:
    uid = "teamtailor-interview-2290417@teamtailor.com"
    desc = (
        "Candidat : Camille Roux\nPoste : Élève-avocat(e) – Corporate M&A – janvier 2026\n"
        "Interviewers : Élodie Martin, Philippe Sorel\n\n"
        "Kit d'entretien : https://app.teamtailor.com/companies/vauban/jobs/412877/interview-kits/5521\n"
        "Merci de remplir la scorecard dans Teamtailor dans les 24 h suivant l'entretien.\n\n"
        "Cabinet Vauban Associés – Ressources humaines"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251016T100000", "DTEND;TZID=Europe/Paris:20251016T104500",
        "Entretien : Camille Roux – Élève-avocat(e) Corporate M&A (janv. 2026)", stamp="20251009T103000Z",
        organizer=org(LOPEZ, "Nadège Lopez"),
        attendees=[att(ME_WORK, ME_CN), att(SOREL, "Philippe Sorel"), att("camille.roux94@gmail.com", "Camille Roux")],
        desc=desc, loc="Cabinet Vauban Associés – salle Colbert", seq=0,
    )
    return _side("user-as-interviewer-teamtailor-kit-fr", "fr", cal([e], "-//Teamtailor//Teamtailor Calendar//EN",
                 tz=olson_tz("Europe/Paris")), uid)


def scorecard_reminder() -> Ev:
    uid = "teamtailor-reminder-2290417-scorecard@teamtailor.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251016T180000", "DTEND;TZID=Europe/Paris:20251016T181500",
        "Rappel : scorecard à compléter – Camille Roux (élève-avocate)", stamp="20251016T084500Z",
        organizer=org("notifications@teamtailor.com", "Teamtailor"), attendees=[att(ME_WORK, ME_CN)],
        desc="Vous avez participé à l'entretien de Camille Roux aujourd'hui. Merci d'évaluer la candidature : "
             "https://app.teamtailor.com/companies/vauban/candidates/884102/scorecards/new",
    )
    return _side("user-as-interviewer-scorecard-fr", "fr", cal([e], "-//Teamtailor//Teamtailor Calendar//EN",
                 tz=olson_tz("Europe/Paris")), uid)


def debrief() -> Ev:
    uid = outlook_uid("vauban-debrief")
    e = ev(
        uid, _st("20251024", "1830"), _en("20251024", "1900"),
        "Débrief candidats stage Corporate – janvier 2026", stamp="20251020T170010Z", sum_lang="fr-FR",
        organizer=org(SOREL, "SOREL Philippe"),
        attendees=[att(ME_WORK, "MARTIN Élodie"), att(MARCHETTI, "MARCHETTI Agathe"), att(LOPEZ, "LOPEZ Nadège")],
        desc="Tour de table sur les 6 candidats vus cette semaine (Camille Roux, Hugo Bernard, Sarah Benali…). "
             "Merci d'avoir rempli vos grilles avant la réunion.", loc="Bureau PS", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-debrief-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def panel() -> Ev:
    uid = outlook_uid("vauban-jury")
    e = ev(
        uid, _st("20251106", "1400"), _en("20251106", "1700"),
        "Jury – recrutement collaborateurs juniors (3 candidats)", stamp="20251030T090000Z", sum_lang="fr-FR",
        organizer=org(LOPEZ, "LOPEZ Nadège"),
        attendees=[att(ME_WORK, "MARTIN Élodie"), att(MARCHETTI, "MARCHETTI Agathe"),
                   room("salle.colbert@cabinet-vauban-associes.fr", "Salle Colbert")],
        desc="14h00 Inès Haddad\n15h00 Julien Marchal\n16h00 Lucie Tran\n\nCV et grilles d'évaluation dans "
             "le dossier partagé RH > Recrutement > Collaborateurs 2026.", loc="Salle Colbert", seq=0,
        extra=outlook_extra(),
    )
    return _side("user-as-interviewer-panel-room-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def shadowing() -> Ev:
    uid = outlook_uid("vauban-shadowing")
    e = ev(
        uid, _st("20251113", "1100"), _en("20251113", "1200"),
        "Shadowing – entretien collaborateur senior (M. Paul Renard) avec Me Sorel", stamp="20251110T075500Z",
        sum_lang="fr-FR", organizer=org(SOREL, "SOREL Philippe"),
        attendees=[att(ME_WORK, "MARTIN Élodie", role="OPT-PARTICIPANT")],
        desc="Élodie, tu assistes à l'entretien sans intervenir : c'est pour que tu puisses mener seule les "
             "prochains entretiens de collaborateurs. On en parle 10 min après. PS", loc="Bureau PS", seq=0,
        extra=outlook_extra(),
    )
    return _side("user-as-interviewer-shadowing-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def calendly_host() -> Ev:
    uid = "e90b2c47-3a1d-4c6f-8e25-71d0f4a9b3c2@calendly.com"
    desc = (
        "Type d'événement : Entretien stage Corporate (30 min)\n\nInvité : Sarah Benali\n"
        "E-mail de l'invité : sarah.benali@sciencespo.fr\n\nQuestions :\n"
        "Dans quelle promotion de l'EFB êtes-vous ?\nPromotion 2026 (PPI de janvier à juin)\n\n"
        "Lieu : Microsoft Teams (lien envoyé par l'hôte)\n\nOptimisé par Calendly.com"
    )
    e = ev(
        uid, "DTSTART:20251021T150000Z", "DTEND:20251021T153000Z",
        "Entretien stage Corporate (30 min) entre Élodie Martin et Sarah Benali", stamp="20251017T120301Z",
        organizer=org(ME_WORK, ME_CN),
        attendees=[att(ME_WORK, ME_CN, stat="ACCEPTED"), att("sarah.benali@sciencespo.fr", "Sarah Benali",
                                                              stat="ACCEPTED")],
        desc=desc, loc="Microsoft Teams",
    )
    return _side("user-as-interviewer-calendly-host-fr", "fr", cal([e], "-//Calendly//Calendly 1.0//EN"), uid)


def agency_candidate() -> Ev:
    uid = outlook_uid("juris-talents-leclerc")
    desc = (
        "Bonjour Maître,\n\nComme convenu, je vous confirme votre entretien avec Thomas Leclerc, que nous vous "
        "présentons pour le poste de Collaborateur Corporate 2-4 ans. Vous trouverez son CV et notre compte "
        "rendu en pièce jointe.\n\nBien à vous,\nMathilde Roussel\nConsultante senior – Juris Talents"
    )
    e = ev(
        uid, _st("20251119", "1830"), _en("20251119", "1930"),
        "Juris Talents – présentation candidat : Thomas Leclerc / Collaborateur Corporate 2-4 ans",
        stamp="20251114T150220Z", sum_lang="fr-FR",
        organizer=org("mathilde.roussel@juristalents.fr", "Mathilde Roussel | Juris Talents"),
        attendees=[att(ME_WORK, "Me Élodie Martin"), att("thomas.leclerc.avocat@gmail.com", "Thomas Leclerc")],
        desc=desc, loc="Cabinet Vauban Associés, 31 boulevard Malesherbes, 75008 Paris", seq=0,
        extra=outlook_extra(),
    )
    return _side("user-as-interviewer-agency-candidate-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def freemail_candidate() -> Ev:
    uid = outlook_uid("haddad-entretien")
    e = ev(
        uid, _st("20251029", "1800"), _en("20251029", "1845"),
        "Entretien – Inès Haddad (collaboratrice 2 ans) / Cabinet Vauban Associés", stamp="20251023T130900Z",
        sum_lang="fr-FR", organizer=org(ME_WORK, "MARTIN Élodie"),
        attendees=[att("ines.haddad@hotmail.fr", "ines.haddad@hotmail.fr"), att(MARCHETTI, "MARCHETTI Agathe",
                                                                                role="OPT-PARTICIPANT")],
        desc="Chère Consœur,\n\nJe vous confirme notre entretien au cabinet (31 boulevard Malesherbes, 4e étage). "
             "Me Marchetti se joindra à nous si possible.\n\nBien confraternellement,\nÉlodie Martin\n"
             "Avocate à la Cour – Cabinet Vauban Associés", loc="Cabinet – 4e étage", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-freemail-candidate-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def hand_note() -> Ev:
    uid = outlook_uid("maxime-efb-note")
    e = ev(
        uid, _st("20251105", "1230"), _en("20251105", "1300"),
        "entretien candidat Maxime (stage EFB) – salle Colbert", stamp="20251103T172200Z", sum_lang="fr-FR",
        organizer=org(ME_WORK, "MARTIN Élodie"), desc="imprimer CV + grille. lui demander dispo juillet", seq=0,
        extra=outlook_extra(),
    )
    return _side("user-as-interviewer-hand-typed-fr", "fr", cal([e], P_OUTLOOK, method="PUBLISH", tz=TZ), uid)


def teams_en() -> Ev:
    uid = outlook_uid("faure-teams-en")
    desc = (
        "Dear Aurélien,\n\nThank you for your interest in Cabinet Vauban Associés. Élodie Martin (Associate) and "
        "Agathe Marchetti (Partner) will interview you for the Junior Associate (Corporate) position.\n\n"
        "Best regards,\nNadège Lopez\nHR Manager\n\n" + teams("en", "ODk0ZmRlYjEtNWY0", "366 019 284 775")
    )
    e = ev(
        uid, _st("20251120", "0900"), _en("20251120", "0945"),
        "Interview – Aurélien Faure – Junior Associate (Corporate)", stamp="20251114T101800Z", sum_lang="en-GB",
        organizer=org(LOPEZ, "Lopez, Nadège"),
        attendees=[att("aurelien.faure@outlook.com", "Aurélien Faure"), att(ME_WORK, "Martin, Élodie"),
                   att(MARCHETTI, "Marchetti, Agathe")],
        desc=desc, loc="Microsoft Teams Meeting", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-teams-en", "en", cal([e], P_OUTLOOK, tz=TZ), uid)


def case_review() -> Ev:
    uid = outlook_uid("correction-cas")
    e = ev(
        uid, _st("20251031", "1600"), _en("20251031", "1730"),
        "Correction des cas pratiques – candidats élèves-avocats (4 copies)", stamp="20251027T082000Z",
        sum_lang="fr-FR", organizer=org(ME_WORK, "MARTIN Élodie"),
        desc="Copies dans RH > Recrutement > Stage 2026 > Cas pratique. Barème de Nadège. Notes à renvoyer à PS.",
        seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-case-review-fr", "fr", cal([e], P_OUTLOOK, method="PUBLISH", tz=TZ), uid)


def efb_forum() -> Ev:
    uid = outlook_uid("forum-efb-stand")
    e = ev(
        uid, _st("20251126", "0930"), _en("20251126", "1300"),
        "Forum EFB – entretiens express au stand Vauban Associés", stamp="20251112T160000Z", sum_lang="fr-FR",
        organizer=org(LOPEZ, "LOPEZ Nadège"), attendees=[att(ME_WORK, "MARTIN Élodie"), att(SOREL, "SOREL Philippe")],
        desc="Élodie et Philippe tiennent le stand le matin : entretiens de 10 min avec les élèves-avocats pour les "
             "stages de juillet 2026. Fiches d'évaluation et kakémono sur place.",
        loc="EFB – 63 rue de Charenton, Paris 12e (hall)", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-forum-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def phone_candidate() -> Ev:
    uid = outlook_uid("marchal-call")
    e = ev(
        uid, _st("20251027", "1315"), _en("20251027", "1345"),
        "Appel candidat – Julien Marchal (collab. 3 ans) – 06 72 18 44 90", stamp="20251024T093500Z",
        sum_lang="fr-FR", organizer=org(ME_WORK, "MARTIN Élodie"),
        attendees=[att("julien.marchal@laposte.net", "Julien Marchal")],
        desc="Premier échange téléphonique avant le jury du 6/11 : motivations, dossiers traités, préavis.", seq=0,
        extra=outlook_extra(),
    )
    return _side("user-as-interviewer-phone-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def second_round() -> Ev:
    uid = outlook_uid("tran-second-round")
    tz = UTC_PARIS_FR
    e = ev(
        uid, f'DTSTART;TZID="{tz}":20251117T180000', f'DTEND;TZID="{tz}":20251117T190000',
        "2e entretien – Mme Lucie Tran – avec Me Marchetti et Me Martin", stamp="20251110T110300Z",
        sum_lang="fr-FR", organizer=org(LOPEZ, "LOPEZ Nadège"),
        attendees=[att("lucie.tran.avocat@gmail.com", "Lucie Tran"), att(MARCHETTI, "MARCHETTI Agathe"),
                   att(ME_WORK, "MARTIN Élodie")],
        desc="Second entretien pour le poste de collaboratrice junior Corporate. Grille « 2e tour » à compléter.",
        loc="Salle Colbert", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-second-round-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(tz)), uid)


def prep_grid() -> Ev:
    uid = outlook_uid("prep-grille")
    e = ev(
        uid, _st("20251014", "0830"), _en("20251014", "0915"),
        "Préparer grille d'entretien élèves-avocats + 3 questions techniques", stamp="20251010T190000Z",
        sum_lang="fr-FR", organizer=org(ME_WORK, "MARTIN Élodie"),
        desc="Reprendre la grille 2025, ajouter une question sur les garanties d'actif et de passif.", seq=0,
        extra=outlook_extra(busy="TENTATIVE"),
    )
    return _side("user-as-interviewer-prep-fr", "fr", cal([e], P_OUTLOOK, method="PUBLISH", tz=TZ), uid)


def calibration() -> Ev:
    uid = outlook_uid("calibration-stagiaires")
    e = ev(
        uid, _st("20251210", "1300"), _en("20251210", "1400"),
        "Calibration des notes – candidats stagiaires juillet 2026", stamp="20251203T150000Z", sum_lang="fr-FR",
        organizer=org(LOPEZ, "LOPEZ Nadège"),
        attendees=[att(ME_WORK, "MARTIN Élodie"), att(SOREL, "SOREL Philippe"), att(MARCHETTI, "MARCHETTI Agathe")],
        desc="Harmonisation des notes entre interviewers avant les propositions. Déjeuner prévu.",
        loc="Salle Colbert", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-calibration-fr", "fr", cal([e], P_OUTLOOK, tz=TZ), uid)


def bookings_staff() -> Ev:
    uid = outlook_uid("vauban-bookings-bernard")
    e = ev(
        uid, "DTSTART:20251022T090000Z", "DTEND:20251022T093000Z",
        "Entretien de recrutement – stage (Cabinet Vauban Associés)", stamp="20251018T171200Z", sum_lang="fr-FR",
        organizer=org("Recrutement@cabinetvauban.onmicrosoft.com", "Cabinet Vauban Associés – Recrutement"),
        attendees=[att(ME_WORK, "Élodie Martin"), att("hugo.bernard@etu.univ-paris1.fr", "Hugo Bernard")],
        desc="Nouvelle réservation\n\nClient : Hugo Bernard\nE-mail : hugo.bernard@etu.univ-paris1.fr\n"
             "Service : Entretien de recrutement – stage\nMembre du personnel : Élodie Martin\n\n"
             + teams("fr", "MTIyOGE3YzAtMDY3", "398 552 071 346"),
        loc="Réunion Microsoft Teams", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-bookings-staff-fr", "fr", cal([e], P_OUTLOOK16), uid)


def reference_check() -> Ev:
    uid = outlook_uid("ref-check-tran")
    e = ev(
        uid, _st("20251121", "1230"), _en("20251121", "1300"),
        "Prise de références – Lucie Tran (ex-collaboratrice chez Roque Avocats)", stamp="20251119T080000Z",
        sum_lang="fr-FR", organizer=org(ME_WORK, "MARTIN Élodie"),
        attendees=[att("m.roque@roque-avocats.fr", "Me Michel Roque")],
        desc="Appel à Me Roque (son ancien associé référent) avant l'offre : autonomie, rédaction, relation client.",
        loc="Téléphone", seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-reference-check-fr", "fr", cal([e], P_OUTLOOK16, tz=TZ), uid)


def german_desk() -> Ev:
    uid = outlook_uid("hoffmann-german-desk")
    e = ev(
        uid, _st("20251204", "1000"), _en("20251204", "1100"),
        "Vorstellungsgespräch – Lena Hoffmann – Associate German Desk (Paris)", stamp="20251127T141500Z",
        sum_lang="de-DE", organizer=org(ME_WORK, "Martin, Élodie"),
        attendees=[att("lena.hoffmann@web.de", "Lena Hoffmann"), att(SOREL, "Sorel, Philippe")],
        desc="Liebe Frau Hoffmann,\n\nwie besprochen bestätige ich Ihnen unser Gespräch mit Herrn Sorel (Partner) "
             "und mir in unserer Kanzlei in Paris. Wir sprechen Deutsch und Französisch.\n\nMit freundlichen "
             "Grüßen\nÉlodie Martin\nCabinet Vauban Associés", loc="31 boulevard Malesherbes, 75008 Paris",
        seq=0, extra=outlook_extra(),
    )
    return _side("user-as-interviewer-de", "de", cal([e], P_OUTLOOK, tz=TZ), uid)


def candidate_organizer() -> Ev:
    uid = "1mf6kv3ra9ct0q8bn2lo7he4sd@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251127T173000", "DTEND;TZID=Europe/Paris:20251127T181500",
        "Entretien Cabinet Vauban Associés – stage corporate", stamp="20251124T200200Z",
        organizer=org("antoine.giraud.pro@gmail.com", "Antoine Giraud"),
        attendees=[att("antoine.giraud.pro@gmail.com", "Antoine Giraud", stat="ACCEPTED"), att(ME_WORK)],
        desc="Bonjour Maître,\n\nComme convenu par téléphone, je vous envoie l'invitation pour notre entretien "
             "de jeudi concernant le stage en corporate (janvier–juin 2026).\n\nBien respectueusement,\n"
             "Antoine Giraud\nÉlève-avocat – EFB\n\n" + meet("fr", "vka-tdqe-mzs"),
        extra=["SEQUENCE:0"],
    )
    return _side("user-as-interviewer-candidate-organizer-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")),
                 uid)


def events() -> list[Ev]:
    return [
        teamtailor_kit(), scorecard_reminder(), debrief(), panel(), shadowing(), calendly_host(), agency_candidate(),
        freemail_candidate(), hand_note(), teams_en(), case_review(), efb_forum(), phone_candidate(), second_round(),
        prep_grid(), calibration(), bookings_staff(), reference_check(), german_desk(), candidate_organizer(),
    ]
