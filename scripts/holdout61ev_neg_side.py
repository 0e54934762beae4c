"""holdout61 negatives: the user on the hiring side at CHU de Bordeaux (panels, candidates, kits, debriefs)."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_WORK,
    att,
    cal,
    digits,
    hexid,
    html,
    item,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    room,
    teams,
    text,
    uuid,
    vevent,
)

RST = "Romance Standard Time"
MOREL = ("pierre.morel@chu-bordeaux.fr", "Morel, Pierre")
LABORDE = ("veronique.laborde@chu-bordeaux.fr", "Laborde, Véronique")
AFF_MED = ("affaires.medicales@chu-bordeaux.fr", "Direction des Affaires Médicales")


def _outlook(uid: str, summary: str, body: str, start: str, end: str, organizer: tuple[str, str],
             attendees: list[str], location: str = "", alt: bool = False, extra: tuple[str, ...] = ()) -> str:
    ev = vevent(
        org(*organizer), *attendees, text("DESCRIPTION", body, "LANGUAGE=fr-FR"), f"UID:{uid}",
        text("SUMMARY", summary, "LANGUAGE=fr-FR"), f"DTSTART;TZID={RST}:{start}", f"DTEND;TZID={RST}:{end}",
        "DTSTAMP:20260302T100000Z", text("LOCATION", location) if location else "", *extra, outlook_tail(),
        text("X-ALT-DESC", html(body), "FMTTYPE=text/html") if alt else "")
    return cal([ev], "outlook", tzs=(RST,))


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict:
    return item(kind, ics, uid, 0, trap=trap)


def build() -> list[dict]:
    out = []
    uid = outlook_uid()
    out.append(_neg("outlook-panel-assistant-fr", _outlook(
        uid, "Commission de recrutement – Assistant spécialiste pharmacie",
        "Madame, Monsieur,\n\nVous êtes convié(e) en qualité de membre de la commission de recrutement des "
        "assistants spécialistes de pharmacie (novembre 2026).\nCandidats auditionnés : M. Hugo Lefort (10h00), "
        "Mme Sarah Benali (10h40).\nLes dossiers sont disponibles sur le partage Affaires Médicales.\n\n"
        "Direction des Affaires Médicales", "20260311T100000", "20260311T112000", AFF_MED,
        [att(MOREL[0], MOREL[1]), att(ME_WORK, "Dubois-Nkemelu, Camille"),
         att("aurelie.nguyen@chu-bordeaux.fr", "Nguyen, Aurélie")], "Salle du conseil – Pellegrin", alt=True),
        uid, "user-as-interviewer-panel-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-user-organizer-freemail-fr", _outlook(
        uid, "Entretien candidat préparateur – Mme Yasmine Haddad",
        "Bonjour Madame Haddad,\n\nJe vous confirme notre entretien pour le poste de préparatrice en pharmacie "
        "hospitalière (unité de rétrocession). Merci de vous présenter à l'accueil de la pharmacie, bâtiment "
        "Tastet-Girard.\n\nDr Camille Dubois-Nkemelu\nPharmacienne – PUI", "20260312T091500", "20260312T100000",
        (ME_WORK, "Dubois-Nkemelu, Camille"),
        [att("yasmine.haddad92@gmail.com", "yasmine.haddad92@gmail.com"), att(LABORDE[0], LABORDE[1])],
        "Pharmacie – bureau 2.14"), uid, "user-as-interviewer-candidate-freemail-fr"))
    uid = uuid(False)
    body = ("Type d'événement : Entretien préparateur·rice en pharmacie hospitalière (30 min)\n\nInvité : Kevin "
            "Marchal\nkevin.marchal33@hotmail.fr\n\nQuestions :\nDiplôme : DEUST préparateur/technicien en pharmacie "
            "(2024)\nDisponibilité : 1er mai\n\nAnnuler : https://calendly.com/cancellations/" + uid + "\n\n"
            "Optimisé par Calendly.com")
    ev = vevent(
        "DTSTART:20260317T130000Z", "DTEND:20260317T133000Z", "DTSTAMP:20260313T091202Z",
        org(ME_WORK, ME), f"UID:{uid}", att(ME_WORK, ME, partstat="ACCEPTED", rsvp=False),
        att("kevin.marchal33@hotmail.fr", "Kevin Marchal", partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), text("LOCATION", "Pharmacie CHU – bureau 2.14"), "STATUS:CONFIRMED",
        text("SUMMARY", "Kevin Marchal et Camille Dubois-Nkemelu"))
    out.append(_neg("calendly-host-fr", cal([ev], "-//Calendly//Calendly//EN"), uid,
                    "user-as-interviewer-calendly-host-fr"))
    uid = f"{hexid(26)}@google.com"
    body = ("Bonjour Docteur,\n\nComme convenu, je vous présente M. Yannick Bertin, préparateur en pharmacie "
            "hospitalière (6 ans d'expérience en stérilisation), disponible pour la mission d'intérim de 3 mois.\n"
            "Son CV est joint au mail. Il se présentera à la pharmacie à 14h.\n\nAudrey Fabre\nChargée d'affaires "
            "santé – Medi-Intérim Bordeaux")
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260318T140000", "DTEND;TZID=Europe/Paris:20260318T143000",
        "DTSTAMP:20260316T170000Z", org("a.fabre@medi-interim.fr", "Audrey Fabre"), f"UID:{uid}",
        att(ME_WORK, ME), att(LABORDE[0], "Véronique Laborde"), text("DESCRIPTION", body),
        text("SUMMARY", "Présentation candidat : M. Yannick Bertin – PPH intérim – entretien avec Dr Dubois-Nkemelu"),
        text("LOCATION", "CHU Pellegrin – Pharmacie"), "STATUS:CONFIRMED")
    out.append(_neg("agency-sends-candidate-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid,
                    "user-as-interviewer-agency-candidate-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-scorecard-block-fr", _outlook(
        uid, "Compléter grilles d'évaluation – entretiens PPH du 12/03",
        "Grilles à renvoyer à Véronique avant vendredi (3 candidats).", "20260313T160000", "20260313T170000",
        (ME_WORK, "Dubois-Nkemelu, Camille"), []), uid, "user-as-interviewer-scorecard-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-debrief-fr", _outlook(
        uid, "Débrief entretiens FFI – choix du candidat",
        "Point rapide après les trois entretiens FFI de la matinée pour arrêter notre classement avant "
        "transmission aux Affaires Médicales.", "20260319T123000", "20260319T130000", MOREL,
        [att(ME_WORK, "Dubois-Nkemelu, Camille"), att("aurelie.nguyen@chu-bordeaux.fr", "Nguyen, Aurélie")],
        "Bureau du chef de service"), uid, "user-as-interviewer-debrief-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-shadowing-fr", _outlook(
        uid, "Binôme jury : Camille en observation – recrutement PH stérilisation",
        "Camille,\n\nComme évoqué, tu assistes en observatrice aux deux auditions du poste de PH stérilisation "
        "avant de siéger seule au prochain jury. Candidats : Dr Antoine Lemoine et Dr Fatou Ndiaye.\n\nPierre",
        "20260320T140000", "20260320T160000", MOREL, [att(ME_WORK, "Dubois-Nkemelu, Camille")],
        "Salle de réunion pharmacie"), uid, "user-as-interviewer-shadowing-fr"))
    uid = uuid()
    ev = vevent(
        "CREATED:20260308T201000Z", f"UID:{uid}", "DTEND;TZID=Europe/Paris:20260312T120000",
        text("SUMMARY", "entretiens PPH x3 (bureau 2.14)"), "DTSTART;TZID=Europe/Paris:20260312T091500",
        "DTSTAMP:20260308T201000Z", "SEQUENCE:0")
    out.append(_neg("ios-handtyped-hiring-fr", cal([ev], "ios", method=None, tzs=("Europe/Paris",)), uid,
                    "user-as-interviewer-handtyped-fr"))
    url, mb = meet("en")
    uid = f"{hexid(26)}@google.com"
    body = ("Dear Giulia,\n\nThank you for applying to the Erasmus+ hospital pharmacy traineeship at CHU de "
            "Bordeaux. I'd like to have a short video interview with you about your motivation and your "
            "experience with aseptic preparation.\n\nDr Camille Dubois-Nkemelu\nHospital pharmacist\n\n" + mb)
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260325T170000", "DTEND;TZID=Europe/Paris:20260325T173000",
        "DTSTAMP:20260321T101000Z", org(ME_WORK, ME), f"UID:{uid}",
        att("giulia.ferraro98@gmail.com", "Giulia Ferraro"), att(ME_WORK, ME, partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), text("SUMMARY", "Interview – Erasmus+ traineeship candidate (Giulia Ferraro)"),
        f"X-GOOGLE-CONFERENCE:{url}", "STATUS:CONFIRMED")
    out.append(_neg("google-user-interviews-en", cal([ev], "google", tzs=("Europe/Paris",)), uid,
                    "user-as-interviewer-traineeship-en"))
    _url, tb = teams("fr")
    uid = outlook_uid()
    out.append(_neg("outlook-jury-teams-fr", _outlook(
        uid, "Jury de recrutement – Pharmacien contractuel – Candidat : Dr Samir Ouali",
        "Membres du jury : Dr P. Morel, Dr C. Dubois-Nkemelu, M. J. Arnaud (DAM).\nLe candidat se connecte "
        "depuis Lyon.\n\n" + tb, "20260326T110000", "20260326T120000", AFF_MED,
        [att(MOREL[0], MOREL[1]), att(ME_WORK, "Dubois-Nkemelu, Camille"),
         att("samir.ouali@outlook.fr", "Samir Ouali"), att("julien.arnaud@chu-bordeaux.fr", "Arnaud, Julien")],
        "Réunion Microsoft Teams", alt=True), uid, "user-as-interviewer-jury-teams-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-kit-block-fr", _outlook(
        uid, "Préparation jury : relire dossiers candidats (postes d'assistant)",
        "CV + lettres + avis des chefs de service – grille commune DAM.", "20260310T173000", "20260310T190000",
        (ME_WORK, "Dubois-Nkemelu, Camille"), []), uid, "user-as-interviewer-kit-fr"))
    uid = outlook_uid()
    ev = vevent(
        org(MOREL[0], MOREL[1]), att(ME_WORK, "Dubois-Nkemelu, Camille"),
        att("aurelie.nguyen@chu-bordeaux.fr", "Nguyen, Aurélie"),
        text("DESCRIPTION", "Auditions des internes candidats au post-internat (assistanat 2026-2028), un créneau "
                            "par semaine jusqu'à fin avril. Liste des candidats sur le partage."),
        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH", f"UID:{uid}",
        text("SUMMARY", "Entretiens candidats post-internat (assistants 2026-2028)"),
        f"DTSTART;TZID={RST}:20260402T130000", f"DTEND;TZID={RST}:20260402T143000", "DTSTAMP:20260325T090000Z",
        text("LOCATION", "Bureau du chef de service"), outlook_tail())
    out.append(_neg("outlook-recurring-hiring-fr", cal([ev], "outlook", tzs=(RST,)), uid,
                    "user-as-interviewer-recurring-fr"))
    uid = f"{hexid(26)}@google.com"
    body = ("Bonjour Madame,\n\nComme convenu par téléphone, je vous envoie l'invitation pour notre entretien "
            "concernant le poste de préparatrice en pharmacie hospitalière à la PUI du CHU. Je serai là 10 minutes "
            "en avance.\n\nBien cordialement,\nLéa Da Silva")
    ev = vevent(
        "DTSTART;TZID=Europe/Paris:20260324T100000", "DTEND;TZID=Europe/Paris:20260324T104500",
        "DTSTAMP:20260320T190000Z", org("lea.dasilva.pph@gmail.com", "Léa Da Silva"), f"UID:{uid}",
        att(ME_WORK, "camille.dubois-nkemelu@chu-bordeaux.fr"),
        att("lea.dasilva.pph@gmail.com", "Léa Da Silva", partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), text("LOCATION", "CHU de Bordeaux - Pharmacie"),
        text("SUMMARY", "Entretien avec Camille Dubois-Nkemelu"), "STATUS:CONFIRMED")
    out.append(_neg("google-candidate-organizer-fr", cal([ev], "google", tzs=("Europe/Paris",)), uid,
                    "user-as-interviewer-candidate-organizer-fr"))
    uid = outlook_uid()
    ev = vevent(
        org(ME_WORK, "Dubois-Nkemelu, Camille"), att("lena.hofer@gmx.ch", "Lena Hofer"),
        text("DESCRIPTION", "Liebe Frau Hofer\n\nGerne bespreche ich mit Ihnen Ihre Bewerbung für das "
                            "Praktikum in unserer Spitalapotheke (Austauschprogramm, Sommer 2026).\n\n"
                            "Freundliche Grüsse\nCamille Dubois-Nkemelu", "LANGUAGE=de-DE"), f"UID:{uid}",
        text("SUMMARY", "Vorstellungsgespräch Praktikum – Lena Hofer", "LANGUAGE=de-DE"),
        f"DTSTART;TZID={RST}:20260401T160000", f"DTEND;TZID={RST}:20260401T163000", "DTSTAMP:20260327T120000Z",
        text("LOCATION", "Microsoft Teams-Besprechung"), outlook_tail())
    out.append(_neg("outlook-user-interviews-de", cal([ev], "outlook", tzs=(RST,)), uid,
                    "user-as-interviewer-internship-de"))
    uid = outlook_uid()
    out.append(_neg("outlook-calibration-fr", _outlook(
        uid, "Harmonisation des critères – jury PPH",
        "Avant la session d'entretiens : on se met d'accord sur la grille (savoir-faire ZAC, BPP, posture) et "
        "sur le barème.", "20260309T133000", "20260309T140000", LABORDE,
        [att(ME_WORK, "Dubois-Nkemelu, Camille"), att("marc.olivier@chu-bordeaux.fr", "Olivier, Marc")]),
        uid, "user-as-interviewer-calibration-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-student-fr", _outlook(
        uid, "Entretien stage hospitalo-universitaire 5A – Clara Mendy",
        "Entretien de choix de stage avec l'étudiante (5e année, filière internat). Présentation des unités et "
        "attentes.", "20260316T171500", "20260316T174500", (ME_WORK, "Dubois-Nkemelu, Camille"),
        [att("clara.mendy@etu.u-bordeaux.fr", "Clara Mendy")]), uid, "user-as-interviewer-student-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-phone-prescreen-fr", _outlook(
        uid, "Appel candidat – M. Diallo (PPH) – présélection téléphonique",
        "06 12 45 78 90 – CV reçu via la DRH. 15 min max.", "20260306T081500", "20260306T083000",
        (ME_WORK, "Dubois-Nkemelu, Camille"), []), uid, "user-as-interviewer-phone-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-practical-fr", _outlook(
        uid, "Mise en situation pratique – candidate PPH Mme Haddad – ZAC",
        "Mise en situation en zone à atmosphère contrôlée : habillage, préparation d'une poche de nutrition "
        "parentérale simulée. Évaluation : Dr Dubois-Nkemelu + V. Laborde.", "20260327T093000", "20260327T103000",
        LABORDE, [att(ME_WORK, "Dubois-Nkemelu, Camille"), att("yasmine.haddad92@gmail.com", "Yasmine Haddad")],
        "UPNP – sas d'entrée", extra=(room("zac-upnp@chu-bordeaux.fr", "ZAC UPNP"),)),
        uid, "user-as-interviewer-practical-fr"))
    uid = outlook_uid()
    out.append(_neg("outlook-committee-fr", _outlook(
        uid, "Comité de sélection – poste de cadre de santé préparateurs",
        "Comité de sélection final : 2 candidats retenus après les entretiens DRH. Membres : Direction des soins,"
        " DRH, Dr Morel, Dr Dubois-Nkemelu.", "20260409T140000", "20260409T163000",
        ("direction.soins@chu-bordeaux.fr", "Direction des Soins"),
        [att(MOREL[0], MOREL[1]), att(ME_WORK, "Dubois-Nkemelu, Camille")], "Direction générale – salle 1",
        alt=True), uid, "user-as-interviewer-committee-fr"))
    uid = f"ent-{digits(9)}@recrutement.chu-bordeaux.fr"
    body = ("Bonjour,\n\nUn entretien a été planifié sur la plateforme de recrutement du CHU.\n\nCandidat : Hugo "
            "Carrère\nPoste : Préparateur en pharmacie hospitalière – Pôle Produits de Santé\nVotre rôle : membre "
            "du jury\n\nLa fiche candidat et la grille d'entretien sont disponibles dans votre espace recruteur.\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260323T080000Z", "DTSTART;TZID=Europe/Paris:20260330T140000",
        "DTEND;TZID=Europe/Paris:20260330T144500",
        text("SUMMARY", "Nouvel entretien planifié : Hugo Carrère – Préparateur en pharmacie hospitalière"),
        text("DESCRIPTION", body), text("LOCATION", "Pharmacie – bureau 2.14"),
        org("recrutement@chu-bordeaux.fr", "CHU de Bordeaux – Recrutement"), att(ME_WORK, ME),
        att(LABORDE[0], "Véronique Laborde"))
    out.append(_neg("ats-hiring-side-fr", cal([ev], "-//CHU de Bordeaux//Plateforme Recrutement//FR",
                                              tzs=("Europe/Paris",)), uid, "user-as-interviewer-ats-jury-fr"))
    uid = f"{hexid(26)}@google.com"
    body = ("Dear Dr Dubois-Nkemelu,\n\nFurther to our call, please find the interview slot with our candidate Dr Amara"
            " Okonkwo, hospital pharmacist (UK registered, fluent French), for the 6-month fixed-term position in "
            "your oncology preparation unit. CV attached.\n\nKind regards,\nJames Holloway\nGlobalHealth Staffing")
    ev = vevent(
        "DTSTART:20260407T120000Z", "DTEND:20260407T124500Z", "DTSTAMP:20260402T150000Z",
        org("james.holloway@globalhealthstaffing.co.uk", "James Holloway"), f"UID:{uid}", att(ME_WORK, ME),
        att("amara.okonkwo@nhs-mail.example", "Amara Okonkwo"), text("DESCRIPTION", body),
        text("SUMMARY", "Candidate interview: Dr Amara Okonkwo – Hospital Pharmacist (CHU de Bordeaux)"),
        "STATUS:CONFIRMED")
    out.append(_neg("agency-sends-candidate-en", cal([ev], "google"), uid, "user-as-interviewer-agency-candidate-en"))
    return out
