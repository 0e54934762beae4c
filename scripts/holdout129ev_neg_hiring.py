"""holdout129 negatives: Gauthier on the hiring side at Transports Meuse-Liège (drivers, dispatchers, interns)."""

from __future__ import annotations

from holdout129ev_ics import (
    APPLE,
    EXCHANGE,
    ME_WORK,
    OUTLOOK,
    TEAMS_EN,
    TZ_BRUSSELS,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    tz_windows,
)

TML = "transports-meuse-liege.be"


def neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9"
    out.append(neg("hand-chauffeur-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260202T071000Z",
        "DTSTART;TZID=Europe/Brussels:20260203T103000", "DTEND;TZID=Europe/Brussels:20260203T111500",
        "SUMMARY:entretien chauffeur CE – Kevin Dumont",
        "LOCATION:dépôt – bureau exploitation",
        "DESCRIPTION:CV reçu via FOREM. vérifier carte tachy + CAP + code 95. dispo de nuit ?",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "user-as-interviewer-hand-driver-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC0100000000000000001000000011223344AA55"
    out.append(neg("outlook-rh-candidate-fr", cal([
        org(f"rh@{TML}", "Hardy, Nadine"),
        att(ME_WORK, "Lambotte, Gauthier"),
        att("emre.yilmaz1991@hotmail.com", "Emre Yilmaz"),
        att(f"salle.depot@{TML}", "Salle réunion dépôt", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
        desc("Gauthier\\,\n\nJe t'ai mis avec moi pour l'entretien de M. Yilmaz (chauffeur C+E\\, 6 ans "
             "d'expérience en international). Tu poses les questions techniques (tachy\\, ADR\\, arrimage)\\, je "
             "fais le reste.\n\nNadine\n"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien candidat chauffeur – M. Yilmaz",
        "DTSTART;TZID=Romance Standard Time:20260205T140000",
        "DTEND;TZID=Romance Standard Time:20260205T144500",
        f"UID:{uid}", "DTSTAMP:20260202T091500Z",
        "LOCATION;LANGUAGE=fr-BE:Salle réunion dépôt",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, "user-as-interviewer-outlook-candidate-hotmail-fr"))

    uid = "tt-interview-5533871@teamtailor.com"
    out.append(neg("teamtailor-own-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260206T100000Z",
        "DTSTART:20260210T080000Z", "DTEND:20260210T084500Z",
        "SUMMARY:Entretien : Nicolas Piette - Chauffeur poids lourd CE (Liège)",
        org("no-reply@teamtailor.com", "Transports Meuse-Liège"),
        att(ME_WORK, "Gauthier Lambotte"),
        att("nico.piette@gmail.com", "Nicolas Piette"),
        "LOCATION:Transports Meuse-Liège\\, Rue de l'Ile Monsin 80\\, 4020 Liège",
        desc("Vous avez été ajouté comme interviewer pour Nicolas Piette (Chauffeur poids lourd CE).\n\n"
             "Voir le profil du candidat et remplir l'évaluation : https://transports-meuse-liege.teamtailor.com/"
             "app/candidates/8830211\n\nPropulsé par Teamtailor"),
    ], prodid="-//Teamtailor//Teamtailor Calendar//EN", method="REQUEST"), uid, "user-as-interviewer-teamtailor-fr"))

    uid = "tt-task-scorecard-8830211@teamtailor.com"
    out.append(neg("scorecard-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260210T090000Z",
        "DTSTART;VALUE=DATE:20260211", "DTEND;VALUE=DATE:20260212",
        "SUMMARY:Évaluation à compléter : Nicolas Piette (Chauffeur poids lourd CE)",
        desc("Rappel : votre fiche d'évaluation pour l'entretien du 10/02 n'est pas encore remplie."),
        "TRANSP:TRANSPARENT",
    ], prodid="-//Teamtailor//Teamtailor Calendar//EN"), uid, "user-as-interviewer-scorecard-fr"))

    uid = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e@" + TML
    out.append(neg("debrief-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260212T160000Z",
        "DTSTART;TZID=Europe/Brussels:20260213T160000", "DTEND;TZID=Europe/Brussels:20260213T163000",
        "SUMMARY:Débrief candidats planificateur adjoint",
        org(ME_WORK, "Gauthier Lambotte"),
        att(f"n.hardy@{TML}", "Nadine Hardy"),
        att(f"p.stassen@{TML}", "Paul Stassen"),
        desc("On fait le point sur les 3 candidats vus cette semaine (Collard\\, Mertens\\, Oury) et on décide "
             "qui revient pour le 2e tour."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-debrief-fr"))

    uid = "e7a1c3f5-9b2d-4e6f-8a0c-1d3e5f7a9b2c@calendly.com"
    out.append(neg("calendly-host-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260216T110000Z",
        "DTSTART:20260218T070000Z", "DTEND:20260218T071500Z",
        "SUMMARY:Entretien téléphonique chauffeur (15 min) entre Gauthier Lambotte et Youssef Amrani",
        org(ME_WORK, "Gauthier Lambotte"),
        att(ME_WORK, "Gauthier Lambotte", partstat="ACCEPTED", rsvp=False),
        att("youssef.amrani.ce@gmail.com", "Youssef Amrani", partstat="ACCEPTED", rsvp=False),
        "LOCATION:+32 488 12 40 77",
        desc("Nom de l'événement : Entretien téléphonique chauffeur (15 min)\n\nInvité : Youssef Amrani\n"
             "Réponses : Permis C+E depuis 2019\\, carte conducteur valide\\, dispo immédiatement.\n\n"
             "Gauthier appellera le candidat.\n\nPropulsé par Calendly.com"),
    ], prodid="-//Calendly//Calendly//EN", method="REQUEST"), uid, "user-as-interviewer-calendly-host-fr"))

    uid = "LGS-presentation-20260219-benali"
    out.append(neg("agency-sends-candidate-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260216T150000Z",
        "DTSTART;TZID=Europe/Brussels:20260219T090000", "DTEND;TZID=Europe/Brussels:20260219T094500",
        "SUMMARY:Présentation candidat intérim – M. Benali\\, chauffeur C (Logistaff)",
        org("c.mahieu@logistaff.be", "Caroline Mahieu – Logistaff Interim"),
        att(ME_WORK, "Gauthier Lambotte"),
        "LOCATION:Transports Meuse-Liège\\, dépôt Monsin",
        desc("Bonjour Monsieur Lambotte\\,\n\nJe vous présente M. Samir Benali pour la mission de chauffeur C "
             "(remplacement congé maladie). Il se présentera au dépôt jeudi à 9h pour un entretien avec vous "
             "et un petit tour du camion.\n\nCaroline Mahieu\nLogistaff Interim"),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-agency-candidate-fr"))

    uid = "jury-planif-20260224@" + TML
    out.append(neg("panel-jury-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260218T120000Z",
        "DTSTART;TZID=Europe/Brussels:20260224T130000", "DTEND;TZID=Europe/Brussels:20260224T170000",
        "SUMMARY:Jury recrutement planificateur adjoint (2e tour) – 3 candidats",
        org(f"p.stassen@{TML}", "Paul Stassen"),
        att(ME_WORK, "Gauthier Lambotte"),
        att(f"n.hardy@{TML}", "Nadine Hardy"),
        att("j.collard.planif@gmail.com", "Julie Collard", role="OPT-PARTICIPANT"),
        "LOCATION:Salle du conseil – 1er étage",
        desc("13h00 Mme Collard / 14h15 M. Oury / 15h30 M. Mertens\nJury : P. Stassen (directeur)\\, N. Hardy "
             "(RH)\\, G. Lambotte (dispatching). Grille d'évaluation en annexe."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-panel-jury-fr"))

    uid = "AB12CD34-EF56-7890-AB12-CD34EF567890"
    out.append(neg("driving-test-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260220T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260225T070000", "DTEND;TZID=Europe/Brussels:20260225T083000",
        "SUMMARY:essai sur route candidat chauffeur (Dumont) – tachy + manœuvres quai",
        "LOCATION:dépôt",
        "DESCRIPTION:camion 1-XKB-442. faire attelage\\, mise à quai\\, lecture tachy. noter sur fiche.",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "user-as-interviewer-driving-test-fr"))

    uid = "kit-dispatch-nuit-20260226@" + TML
    out.append(neg("interview-kit-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260223T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260226T083000", "DTEND;TZID=Europe/Brussels:20260226T090000",
        "SUMMARY:Kit d'entretien – Dispatcher de nuit (à lire avant les entretiens)",
        org(f"rh@{TML}", "RH Transports Meuse-Liège"),
        att(ME_WORK, "Gauthier Lambotte"),
        desc("Questions à poser\\, critères (gestion du stress\\, langues\\, connaissance des temps de conduite) "
             "et grille de notation 1-4 pour les entretiens de dispatcher de nuit que tu mènes la semaine "
             "prochaine."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-kit-fr"))

    uid = "creneaux-entretiens-chauffeurs@" + TML
    out.append(neg("recurring-slots-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260301T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260303T140000", "DTEND;TZID=Europe/Brussels:20260303T160000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        "SUMMARY:Créneaux entretiens chauffeurs (candidats FOREM/intérim)",
        org(ME_WORK, "Gauthier Lambotte"),
        "DESCRIPTION:bloqué pour recevoir les candidats chauffeurs. Nadine envoie les CV le lundi.",
    ], [
        f"UID:{uid}", "DTSTAMP:20260309T090000Z",
        "RECURRENCE-ID;TZID=Europe/Brussels:20260317T140000",
        "DTSTART;TZID=Europe/Brussels:20260319T140000", "DTEND;TZID=Europe/Brussels:20260319T160000",
        "SUMMARY:Créneaux entretiens chauffeurs (déplacé jeudi – contrôle SPF mardi)",
        org(ME_WORK, "Gauthier Lambotte"),
        "SEQUENCE:1",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "user-as-interviewer-recurring-override-fr"))

    uid = "personio-7731190-interview@transports-meuse-liege.jobs.personio.de"
    out.append(neg("personio-own-en", cal([
        f"UID:{uid}", "DTSTAMP:20260225T140000Z",
        "DTSTART:20260302T150000Z", "DTEND:20260302T160000Z",
        "SUMMARY:Interview: Mehdi Lahlou – Night Dispatcher (m/f/x)",
        org("noreply@personio.de", "Transports Meuse-Liège"),
        att(ME_WORK, "Gauthier Lambotte"),
        att("mehdi.lahlou@outlook.com", "Mehdi Lahlou"),
        "LOCATION:Microsoft Teams",
        desc("You have been invited as an interviewer.\nCandidate: Mehdi Lahlou\nPosition: Night Dispatcher "
             "(m/f/x)\nPlease submit your feedback in Personio after the interview.\n\n"
             + teams(TEAMS_EN, "MmQ1OTFi", "311 905 772 40", "Nd8qT1")),
    ], prodid="-//Personio GmbH//Personio//EN", method="REQUEST"), uid, "user-as-interviewer-personio-en"))

    uid = "9C8B7A6F-5E4D-4C3B-A291-807F6E5D4C3B"
    out.append(neg("hand-de-fahrer", cal([
        f"UID:{uid}", "DTSTAMP:20260226T190000Z",
        "DTSTART;TZID=Europe/Brussels:20260304T100000", "DTEND;TZID=Europe/Brussels:20260304T104500",
        "SUMMARY:Vorstellungsgespräch Lkw-Fahrer – Herr Schmitz (Eupen)",
        "LOCATION:dépôt Monsin",
        "DESCRIPTION:candidat germanophone\\, demander Nadine pour traduire si besoin. Fahrerkarte + Code 95",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "user-as-interviewer-hand-de"))

    uid = "2h4j6l8n0p2r4t6v8x0z2b4d6f@google.com"
    out.append(neg("candidate-invites-user-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260305T080000", "DTEND;TZID=Europe/Brussels:20260305T083000",
        "DTSTAMP:20260302T180000Z",
        org("thomas.oury.pro@gmail.com", "Thomas Oury"),
        f"UID:{uid}",
        att(ME_WORK, "Gauthier Lambotte"),
        att("thomas.oury.pro@gmail.com", "Thomas Oury", partstat="ACCEPTED"),
        "SUMMARY:Entretien Thomas Oury – planificateur adjoint (Transports Meuse-Liège)",
        desc("Bonjour Monsieur Lambotte\\, comme convenu par téléphone je vous envoie l'invitation pour notre "
             "entretien de jeudi (visio). Au plaisir\\, Thomas Oury\n\n" + meet("ytr-ewqa-sdf")),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-candidate-sends-invite-fr"))

    uid = "meet-affreteur-pl-20260306@" + TML
    out.append(neg("meet-candidate-en", cal([
        f"UID:{uid}", "DTSTAMP:20260303T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260306T110000", "DTEND;TZID=Europe/Brussels:20260306T114500",
        "SUMMARY:Video interview - freight broker candidate (Katarzyna Wójcik)",
        org(ME_WORK, "Gauthier Lambotte"),
        att("k.wojcik.logistics@gmail.com", "Katarzyna Wójcik"),
        att(f"n.hardy@{TML}", "Nadine Hardy", role="OPT-PARTICIPANT"),
        desc("Hello Katarzyna\\,\nThank you for your application for the freight broker (affréteur) position at "
             "Transports Meuse-Liège. I will ask you a few questions about your experience with Polish and "
             "German subcontractors and Timocom.\nGauthier Lambotte\\, Dispatch & Fleet Planning\n\n"
             + meet("pzx-mnbv-qaz", "en")),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-video-en"))

    uid = "stage-hem-20260309@" + TML
    out.append(neg("intern-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260304T100000Z",
        "DTSTART;TZID=Europe/Brussels:20260309T150000", "DTEND;TZID=Europe/Brussels:20260309T153000",
        "SUMMARY:Entretien stagiaire – bachelier logistique (Haute École de la Meuse)",
        org(ME_WORK, "Gauthier Lambotte"),
        att("lea.bourguignon@student.hemeuse.be", "Léa Bourguignon"),
        "LOCATION:bureau exploitation",
        desc("Entretien pour le stage de 12 semaines au dispatching (avril-juin). Convention de stage à "
             "signer si OK."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-intern-fr"))

    uid = "3E5F7A9B-1C2D-4E6F-8A0B-C1D2E3F4A5B6"
    out.append(neg("reference-check-by-user-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260226T110000Z",
        "DTSTART;TZID=Europe/Brussels:20260227T113000", "DTEND;TZID=Europe/Brussels:20260227T114500",
        "SUMMARY:appel référence candidate Collard (ex-employeur Transports Delvaux)",
        "DESCRIPTION:demander fiabilité\\, gestion des chauffeurs\\, raison départ. tél 04 377 12 09",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "user-as-interviewer-reference-check-fr"))

    uid = "prep-grille-adr-20260310@" + TML
    out.append(neg("prep-grid-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260306T150000Z",
        "DTSTART;TZID=Europe/Brussels:20260310T080000", "DTEND;TZID=Europe/Brussels:20260310T090000",
        "SUMMARY:Préparer grille d'entretien chauffeurs ADR",
        org(ME_WORK, "Gauthier Lambotte"),
        "DESCRIPTION:questions ADR citerne\\, mises en situation\\, barème. envoyer à Nadine.",
        "TRANSP:OPAQUE",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "user-as-interviewer-prep-grid-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000DD44EE55FF66DC01000000000000000010000000778899AABBCC"
    out.append(neg("second-round-collard-fr", cal([
        org(f"p.stassen@{TML}", "Stassen, Paul"),
        att(ME_WORK, "Lambotte, Gauthier"),
        att("j.collard.planif@gmail.com", "Julie Collard"),
        desc("Second entretien avec Mme Collard pour le poste de planificateur adjoint. Gauthier\\, tu lui "
             "présentes le planning et l'outil TMS.\n"),
        "SUMMARY;LANGUAGE=fr-BE:Second entretien – candidate planificateur adjoint (Mme Collard)",
        "DTSTART;TZID=Romance Standard Time:20260312T100000",
        "DTEND;TZID=Romance Standard Time:20260312T113000",
        f"UID:{uid}", "DTSTAMP:20260309T080000Z",
        "LOCATION;LANGUAGE=fr-BE:Bureau direction",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, "user-as-interviewer-second-round-fr"))

    uid = "EDS-CI-20260313-nowak@eurodrivers-staffing.eu"
    out.append(neg("agency-candidate-en", cal([
        f"UID:{uid}", "DTSTAMP:20260310T120000Z",
        "DTSTART;TZID=Europe/Brussels:20260313T090000", "DTEND;TZID=Europe/Brussels:20260313T093000",
        "SUMMARY:Candidate interview: Piotr Nowak (Truck driver CE) - via EuroDrivers Staffing",
        org("placements@eurodrivers-staffing.eu", "EuroDrivers Staffing"),
        att(ME_WORK, "Gauthier Lambotte"),
        att("piotr.nowak.ce@wp.pl", "Piotr Nowak"),
        "LOCATION:Phone / WhatsApp video",
        desc("Dear Mr Lambotte\\,\n\nAs requested\\, we propose our candidate Piotr Nowak for your CE driver "
             "vacancy (international\\, Benelux-DE). He speaks English and some German. Please let us know "
             "your feedback after the interview.\n\nEuroDrivers Staffing - Placements team"),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-as-interviewer-agency-candidate-en"))

    return out
