"""holdout111: the user on the hiring side at Helvamed Devices (she interviews candidates)."""

from __future__ import annotations

from holdout111ev_ics import (
    EXCHANGE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    USER,
    WORK,
    Ev,
    att,
    gatt,
    neg,
    room,
    teams,
    vcal,
    vevent,
)

MS = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "CLASS:PUBLIC"]
HV = "helvamed-devices.ch"
ME_W = ("Lefèvre, Margaux", WORK)


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg(
        "hiring-outlook-candidate-gmail", "user-as-interviewer-organizer-free-mail-candidate-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4F18ADC0100000000000000001000000021",
        start="2026-02-17 14:00", mins=60, tz="win",
        summary="Entretien candidat – Technicien·ne de laboratoire CQ – M. Da Silva",
        org=ME_W, att=[att("Tiago Da Silva", "tiago.dasilva92@gmail.com"),
                       att("Pittet, Joëlle", f"joelle.pittet@{HV}"), room("ECU-Salle Venoge", f"salle.venoge@{HV}")],
        desc=("Bonjour Monsieur Da Silva,\n\nJe vous confirme votre entretien pour le poste de Technicien·ne de "
              "laboratoire CQ (CDI, 100%) chez Helvamed Devices SA à Ecublens. Vous serez reçu par Joëlle Pittet "
              "(RH) et moi-même.\n\nMerci de vous présenter à la réception, bâtiment A.\n\nMeilleures salutations\n"
              "Margaux Lefèvre\nIngénieure Qualité – Helvamed Devices SA"),
        extra=MS, loc="ECU-Salle Venoge"))
    out.append(neg(
        "hiring-sf-interviewer", "user-as-interviewer-successfactors-en",
        prodid="-//SAP SuccessFactors//Interview Scheduling//EN", uid="SF_IS_20260219_010233_HELVAMED",
        start="2026-02-19 10:00", mins=45, tz="utcwin",
        summary="Interview: Jonas Meier – QC Laboratory Technician (Req 1187) – Interviewer invitation",
        org=("Helvamed Talent Acquisition", f"talent@{HV}"),
        att=[att(USER, WORK), att("Jonas Meier", "jonas.meier@students.unibe.ch", role="OPT-PARTICIPANT")],
        desc=("Dear Margaux,\n\nYou have been scheduled as an interviewer for the candidate Jonas Meier "
              "(QC Laboratory Technician, Req 1187). Please review the CV and the interview guide in SuccessFactors "
              "before the interview and submit your feedback within 24 hours.\n\nHelvamed Talent Acquisition"),
        loc="Teams"))
    out.append(neg(
        "hiring-scorecard-reminder", "user-as-interviewer-scorecard-fr",
        prodid=GOOGLE, uid="scorecard-reminder-lbonvin-20260218@helvamed-devices.ch", start="2026-02-18 16:30",
        mins=15, summary="Rappel : compléter la grille d'évaluation – candidate Léa Bonvin (Technicienne CQ)",
        org=("Joëlle Pittet", f"joelle.pittet@{HV}"), att=[gatt(USER, WORK)],
        desc=("Bonjour Margaux,\nMerci de remplir ta scorecard pour l'entretien de ce matin avec Léa Bonvin "
              "avant demain midi, afin qu'on puisse faire le débrief.\nJoëlle")))
    out.append(neg(
        "hiring-debrief", "user-as-interviewer-debrief-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E008000000005566778899AADC0100000000000000001000000012",
        start="2026-02-20 11:00", mins=30, tz="win",
        summary="Debrief candidats – Technicien·ne labo CQ (Da Silva / Bonvin / Meier)",
        org=("Pittet, Joëlle", f"joelle.pittet@{HV}"),
        att=[att(*ME_W), att("Gonin, Stéphane", f"stephane.gonin@{HV}")],
        desc="Tour de table des évaluations, décision pour 2e tour et offre.", extra=MS,
        loc="ECU-Salle Venoge"))
    out.append(neg(
        "hiring-panel-capa", "user-as-interviewer-panel-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000ABCDEF0102ADC01000000000000000010000000AC",
        start="2026-03-04 13:30", mins=90, tz="win",
        summary="Panel d'entretien – Spécialiste CAPA (candidature interne + 2 externes)",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Pittet, Joëlle", f"joelle.pittet@{HV}"), att("Rey, Olivier", f"olivier.rey@{HV}")],
        desc=("Panel : Stéphane (Head QA), Margaux (Ingénieure Qualité), Olivier (Production). 3 candidats de 30 "
              "min. Margaux pose les questions techniques CAPA/5 Why, grille d'évaluation en pièce jointe."),
        extra=MS, loc="ECU-Salle Léman"))
    out.append(neg(
        "hiring-shadowing", "user-as-interviewer-shadowing-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000031",
        start="2026-03-06 09:00", mins=60, tz="win",
        summary="Shadowing entretien : Kevin observe Margaux (formation intervieweurs)",
        org=ME_W, att=[att("Berset, Kevin", f"kevin.berset@{HV}")],
        desc=("Kevin assiste en observateur à l'entretien que je mène avec la candidate pour le poste de "
              "laborantine (apprentissage CFC). Brief 10 min avant, débrief 15 min après."),
        extra=MS, loc="ECU-Salle Venoge"))
    out.append(neg(
        "hiring-calendly-host", "user-as-interviewer-calendly-host-fr",
        prodid="-//Calendly//Calendly//EN", uid="e41b7c20-3a9d-4f8b-8d61-22c5f0a9b7d3@calendly.com",
        start="2026-02-12 11:30", mins=20, tz="utc",
        summary="Préqualification Technicien·ne CQ between Margaux Lefèvre and Samira Haddad",
        org=(USER, WORK), att=[att("Samira Haddad", "samira.haddad@hotmail.com", part="ACCEPTED")],
        desc=("Event Name: Préqualification Technicien·ne CQ (20 min)\n\nLocation: This is a phone call. Margaux "
              "Lefèvre will call the invitee at +41 76 345 22 10\n\nInvitee: Samira Haddad\n"
              "Invitee Email: samira.haddad@hotmail.com\n\nQuestions and Answers:\nDisponibilité ?\n1er avril\n\n"
              "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/e41b7c20\n\n"
              "Powered by Calendly.com"),
        loc="+41 76 345 22 10"))
    out.append(neg(
        "hiring-agency-candidate", "user-as-interviewer-agency-candidate-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E0080000000099887766AA1ADC0100000000000000001000000057",
        start="2026-03-10 15:00", mins=60, tz="utcwin",
        summary="Présentation candidat : Thomas Rey pour Technicien Qualité – Helvamed Devices",
        org=("Cattin, Julie", "julie.cattin@adequa-rh.ch"),
        att=[att("Lefèvre, Margaux", WORK), att("Thomas Rey", "thomas.rey.ch@gmail.com")],
        desc=("Bonjour Madame Lefèvre,\n\nComme convenu, je vous confirme l'entretien avec notre candidat Thomas Rey "
              "(CV en annexe) pour votre poste de Technicien Qualité. Il se présentera à 15h à Ecublens.\n\n"
              "Julie Cattin\nConsultante – Adequa RH Sàrl, placement fixe et temporaire"),
        extra=MS, loc="Helvamed Devices SA, Ecublens"))
    out.append(neg(
        "hiring-handtyped", "user-as-interviewer-hand-typed-fr",
        prodid=MACOS, method="", uid="B9C0D1E2-F3A4-4B5C-8D6E-7F8091A2B3C4", start="2026-03-10 14:30", mins=90,
        summary="entretien Rey (tech qualité) 15h – salle Cervin – imprimer grille",
        desc="candidat Adequa. questions: métrologie, étalonnage, NC. prévoir visite atelier"))
    out.append(neg(
        "hiring-apprentice", "user-as-interviewer-apprentice-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000C3C3C3C3D0DADC01000000000000000010000000B1",
        start="2026-03-18 08:00", mins=240, tz="win",
        summary="Entretiens de sélection – apprenti·e·s laborantin·e·s CFC 2026",
        org=("Pittet, Joëlle", f"joelle.pittet@{HV}"), att=[att(*ME_W), att("Berset, Kevin", f"kevin.berset@{HV}")],
        desc="4 jeunes candidat·e·s (stage d'orientation fait). Margaux : mini-test pipettage + questions motivation.",
        extra=MS, loc="ECU-Labo CQ 1"))
    out.append(neg(
        "hiring-de", "user-as-interviewer-de",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000D4D4D4D4E1EBDC01000000000000000010000000C2",
        start="2026-03-12 10:00", mins=60, tz="win",
        summary="Vorstellungsgespräch Kandidatin QS-Technikerin – Interviewerin: M. Lefèvre",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Nadja Brügger", "nadja.bruegger@bluewin.ch")],
        desc=("Liebe Margaux, kannst du das Gespräch mit Frau Brügger auf Deutsch führen? Sie kommt aus Solothurn. "
              "Lebenslauf im Anhang. Danke! Stéphane"),
        extra=MS, loc="ECU-Salle Cervin"))
    out.append(neg(
        "hiring-teams-en", "user-as-interviewer-teams-en",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000E5E5E5E5F2FCDC01000000000000000010000000D3",
        start="2026-03-13 09:00", mins=45, tz="utcwin",
        summary="Interview: Validation Technician candidate – Priya Nair",
        org=ME_W, att=[att("Priya Nair", "priya.nair.val@outlook.com")],
        desc=("Dear Priya,\n\nThank you for applying to Helvamed Devices. I'm the Quality Engineer you would work "
              "with; this is a video interview of 45 minutes.\n\nBest regards\nMargaux Lefèvre\n\n"
              + teams("en", 88)), extra=MS, loc="Microsoft Teams Meeting"))
    uid = "040000008200E00074C5B7101A82E00800000000F6F6F6F6A3ADDC01000000000000000010000000E4"
    series = vevent(uid=uid, start="2026-03-16 14:00", mins=120, tz="win", rrule="FREQ=WEEKLY;COUNT=3;BYDAY=MO",
                    summary="Bloc entretiens candidats – poste Technicien·ne CQ", org=ME_W,
                    desc="Créneaux réservés pour recevoir les candidats (RH envoie les convocations).", extra=MS)
    moved = vevent(uid=uid, start="2026-03-24 09:00", mins=120, tz="win", recid="2026-03-23 14:00",
                   summary="Bloc entretiens candidats – poste Technicien·ne CQ (déplacé)", org=ME_W,
                   desc="Déplacé au mardi matin (audit fournisseur lundi).", extra=MS)
    out.append(Ev("hiring-recurring-block", vcal(EXCHANGE, [series, moved], method="", tz="win"), uid, 0, "", "",
                  "", "", "user-as-interviewer-recurring-block-fr"))
    out.append(neg(
        "hiring-case-review", "user-as-interviewer-case-review-fr",
        prodid=GOOGLE, uid="1mhq8c7s0v2ap9dbl4kr6fjn3e@google.com", start="2026-03-25 16:00", mins=45,
        summary="Corriger cas pratique candidat (Spécialiste CAPA – C. Morand)",
        org=(USER, WORK), att=[gatt(USER, WORK, "ACCEPTED")],
        desc="Analyser le rapport d'investigation rendu par Cédric Morand, noter selon la grille avant le panel."))
    out.append(neg(
        "hiring-teamtailor-added", "user-as-interviewer-ats-notification-en",
        prodid="-//Teamtailor//Teamtailor Meetings//EN", uid="tt-meeting-3402256@teamtailor.com",
        start="2026-03-26 10:30", mins=45, tz="zurich",
        summary="Interview with Candidate: Lucie Rossier – Junior Quality Engineer",
        org=("Helvamed Devices", "noreply@teamtailor.com"),
        att=[att(USER, WORK), att("Lucie Rossier", "lucie.rossier@epfl.ch")],
        desc=("You have been added as an interviewer.\n\nCandidate: Lucie Rossier\nJob: Junior Quality Engineer "
              "(Helvamed Devices SA)\nInterviewers: Margaux Lefèvre, Stéphane Gonin\n\nOpen the candidate profile "
              "in Teamtailor to leave your rating."),
        loc="ECU-Salle Léman"))
    out.append(neg(
        "hiring-calibration", "user-as-interviewer-calibration-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000017171717B4BEDC01000000000000000010000000F5",
        start="2026-02-10 15:00", mins=60, tz="win",
        summary="Calibration intervieweurs – grille d'entretien structuré (postes CQ)",
        org=("Pittet, Joëlle", f"joelle.pittet@{HV}"),
        att=[att(*ME_W), att("Gonin, Stéphane", f"stephane.gonin@{HV}"), att("Berset, Kevin", f"kevin.berset@{HV}")],
        desc="Harmoniser la notation des candidats avant la campagne de recrutement CQ.", extra=MS,
        loc="ECU-Salle Léman"))
    out.append(neg(
        "hiring-trial-day", "user-as-interviewer-trial-day-fr",
        prodid=GOOGLE, uid="3tbs0q9pe6n2ml7cg1ko8vjr4h@google.com", start="2026-03-27 07:30", mins=510,
        summary="Journée d'essai – candidate Léa Bonvin (accueil Margaux)",
        org=(USER, WORK), att=[gatt(USER, WORK, "ACCEPTED"), gatt("Léa Bonvin", "lea.bonvin@yahoo.fr")],
        desc=("Léa vient en essai au labo CQ. 7h30 accueil + habillage, matin avec Kevin, après-midi avec moi. "
              "Badge visiteur à demander à la réception."),
        loc="Helvamed Devices SA, Labo CQ"))
    out.append(neg(
        "hiring-workday-de", "user-as-interviewer-workday-de",
        prodid="-//Workday//Workday Recruiting//EN", uid="WD-INT-2026-0133871@helvamed.myworkday.com",
        start="2026-04-01 13:00", mins=60, tz="utc",
        summary="Interview geplant: Kandidat Nicolas Favre – Qualitätstechniker (R-0452)",
        org=("Helvamed Recruiting", "helvamed@myworkday.com"),
        att=[att(USER, WORK), att("Gonin, Stéphane", f"stephane.gonin@{HV}")],
        desc=("Sie wurden als Interviewer/in für den Kandidaten Nicolas Favre eingetragen. Bitte erfassen Sie Ihr "
              "Feedback nach dem Gespräch in Workday.")))
    out.append(neg(
        "hiring-reference-check", "user-as-interviewer-reference-check-fr",
        prodid=GOOGLE, uid="8qv3hk1o0sd7bm9e2clatp6g4n@google.com", start="2026-03-30 11:45", mins=20,
        summary="Prise de référence – candidate L. Bonvin (appeler son ancienne cheffe)",
        org=(USER, WORK), att=[gatt(USER, WORK, "ACCEPTED")],
        desc="Appeler Mme Hirschi (Laboratoire Lémanique), 021 ... questions préparées par RH."))
    out.append(neg(
        "hiring-candidate-lunch", "user-as-interviewer-candidate-tour-en",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E0080000000028282828C5CFDC01000000000000000010000000A6",
        start="2026-03-31 12:00", mins=90, tz="win",
        summary="Lunch + lab tour with candidate (Quality Engineer, 2nd round) – host: Margaux",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Marco Bianchi", "m.bianchi85@gmail.com")],
        desc="Marco flies in from Milan; Margaux hosts lunch and the tour, then joins the panel at 14:00.",
        extra=MS, loc="Cafétéria + labo CQ"))
    return out

