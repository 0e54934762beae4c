"""holdout137: events with the user on the hiring side at his own school (written blind). All negatives."""

from __future__ import annotations

from holdout137ev_ics import APPLE, EXCHANGE, FREE, GOOGLE, OUTLOOK, WORK, Ev, att, org, teams_en, teams_fr, vcal

CSS = "cssdescapitales.qc.ca"


def _ol(uid: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], loc: str,
        desc: str, *, seq: int = 0, extra: tuple[str, ...] = ()) -> list[str | tuple[str, str]]:
    return [
        "BEGIN:VEVENT",
        organizer,
        *attendees,
        ("DESCRIPTION", desc),
        ("SUMMARY;LANGUAGE=fr-CA", summary),
        f"DTSTART;TZID=Eastern Standard Time:{start}",
        f"DTEND;TZID=Eastern Standard Time:{end}",
        f"UID:{uid}",
        "DTSTAMP:20260407T124500Z",
        f"SEQUENCE:{seq}",
        ("LOCATION;LANGUAGE=fr-CA", loc),
        *extra,
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ]


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att(WORK, "Gagnon, Mathieu")

    uid = "AAMkADBookings-CSSDC-entrevue-US-0412@cssdescapitales.qc.ca"
    ev = _ol(uid, "Entrevue – Enseignant(e) univers social, École secondaire de la Cité – Candidate : Sophie "
             "Tremblay", "20260415T083000", "20260415T091500",
             org(f"dotation.enseignants@{CSS}", "Dotation enseignants – CSS des Capitales"),
             [me, att(f"nathalie.girard@{CSS}", "Girard, Nathalie"), att("sophie.tremblay.ens@gmail.com",
                                                                        "Sophie Tremblay")],
             "École secondaire de la Cité – salle 108",
             "Votre rendez-vous est confirmé.\n\nService : Entrevue – poste régulier enseignant(e) univers social"
             "\nCandidate : Sophie Tremblay\nComité : Nathalie Girard (direction), Mathieu Gagnon (enseignant, "
             "univers social)\n\nRéservé avec Microsoft Bookings")
    out.append(_neg("side-bookings-fr", vcal(ev, prodid="-//Microsoft Corporation//Bookings//EN", tzs=("win",)),
                    uid, "user-as-interviewer-bookings-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000F1C2A3B4A4D1DA0100000000000000001000000011223344556677"
    ev = _ol(uid, "Lire CV + préparer grille d'entrevue (poste univers social)", "20260414T153000",
             "20260414T163000", org(WORK, "Gagnon, Mathieu"), [], "Local 212",
             "3 candidats demain : S. Tremblay, O. Simard, J. Bouchard. Grille du CSS : 6 questions + mise en "
             "situation gestion de classe. Cote /5 par critère.")
    out.append(_neg("side-kit-fr", vcal(ev, prodid=OUTLOOK, method="PUBLISH", tzs=("win",)), uid,
                    "user-as-interviewer-kit-fr"))

    uid = "AAMkADdeliberation-US-20260417@cssdescapitales.qc.ca"
    ev = _ol(uid, "Délibération comité de sélection – enseignant(e) univers social", "20260417T120000",
             "20260417T124500", org(f"nathalie.girard@{CSS}", "Girard, Nathalie"),
             [me, att(f"pierre-luc.asselin@{CSS}", "Asselin, Pierre-Luc")], "Bureau de la direction",
             "On compare nos grilles et on fait la recommandation aux RH. Apportez vos notes d'entrevue des 3 "
             "candidats.\nN.")
    out.append(_neg("side-debrief-fr", vcal(ev, prodid=EXCHANGE, tzs=("win",)), uid,
                    "user-as-interviewer-debrief-fr"))

    uid = "AAMkADlecon-modele-JBouchard-302@cssdescapitales.qc.ca"
    ev = _ol(uid, "Leçon modèle – candidate J. Bouchard (gr. 302)", "20260416T101500", "20260416T110000",
             org(f"nathalie.girard@{CSS}", "Girard, Nathalie"),
             [me, att("julie.bouchard.prof@hotmail.com", "Julie Bouchard")], "Local 212 (classe de M. Gagnon)",
             "Mme Bouchard donnera une leçon de 30 min au groupe 302 (régime britannique). Mathieu observe et "
             "remplit la grille d'observation; retour avec la candidate 15 min après.")
    out.append(_neg("side-practical-fr", vcal(ev, prodid=EXCHANGE, tzs=("win",)), uid,
                    "user-as-interviewer-practical-fr"))

    uid = "D4E5F6A7-B8C9-4DA0-8B1C-2D3E4F5A6B7C"
    ev = ["BEGIN:VEVENT", "CREATED:20260410T020000Z", f"UID:{uid}", "DTSTART:20260423T131500",
          "DTEND:20260423T140000", "DTSTAMP:20260410T020000Z", ("SUMMARY", "entrevue candidat hist. 3e sec. "
                                                                           "(M. Lavoie)"),
          ("DESCRIPTION", "je pose les questions 3-4 (évaluation, différenciation)"), "SEQUENCE:0", "END:VEVENT"]
    out.append(_neg("side-hand-fr", vcal(ev, prodid=APPLE, method=None), uid, "user-as-interviewer-hand-fr"))

    uid = "c0a1b2c3-d4e5-4f60-8172-93a4b5c6d7e8"
    ev = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260408T150000Z", "DTSTART:20260413T193000Z",
          "DTEND:20260413T200000Z", org(WORK, "Mathieu Gagnon"),
          att("emilie.roy.ulaval@gmail.com", "Émilie Roy", ps="ACCEPTED"),
          ("SUMMARY", "Émilie Roy et Mathieu Gagnon – Entretien stage IV (30 min)"),
          ("LOCATION", "Microsoft Teams"),
          ("DESCRIPTION", "Événement : Entretien stage IV (30 min)\n\nNom de l'invité : Émilie Roy\nCourriel : "
           "emilie.roy.ulaval@gmail.com\n\nQuestions :\nProgramme : BES univers social, Université Laval\n"
           "Pourquoi souhaitez-vous faire votre stage avec M. Gagnon? Intérêt pour l'histoire orale.\n\n"
           "Propulsé par Calendly.com"), "END:VEVENT"]
    out.append(_neg("side-calendly-host-fr", vcal(ev, prodid="-//Calendly//Calendly//EN"), uid,
                    "user-as-interviewer-calendly-host-fr"))

    uid = "5j8m1p4s7v0y3b6e9h2k5n8q1t@google.com"
    ev = ["BEGIN:VEVENT", "DTSTART;TZID=America/Toronto:20260421T154500", "DTEND;TZID=America/Toronto:20260421T"
          "163000", "DTSTAMP:20260415T100000Z", org("a.lepage@educaction-rh.ca", "Audrey Lepage"), f"UID:{uid}",
          att(WORK, "Mathieu Gagnon"), att("kevin.nguyen.histoire@outlook.com", "Kevin Nguyen"),
          ("DESCRIPTION", "Bonjour M. Gagnon,\n\nSuite à votre demande pour le remplacement de longue durée en "
           "univers social, nous vous présentons M. Kevin Nguyen (brevet 2022, 3 ans de suppléance). Il est "
           "disponible pour une entrevue avec vous et la direction à l'heure ci-dessous. Son CV est en pièce "
           "jointe.\n\nAudrey Lepage\nÉduc-Action RH – placement en éducation"),
          ("LOCATION", "École secondaire de la Cité, 400 boul. Pie-XII"), "SEQUENCE:0", "STATUS:CONFIRMED",
          ("SUMMARY", "Candidat présenté : Kevin Nguyen – remplacement univers social"), "END:VEVENT"]
    out.append(_neg("side-agency-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid,
                    "user-as-interviewer-agency-candidate-fr"))

    uid = "040000008200E00074C5B7101A82E0080000000033AA44BBA4D1DA01000000000000000010000000AABBCCDD"
    ev = _ol(uid, "Entrevue – poste en univers social (contrat 60 %)", "20260424T140000", "20260424T144500",
             org(WORK, "Gagnon, Mathieu"), [att("sarah.pelletier88@gmail.com", "sarah.pelletier88@gmail.com")],
             "Microsoft Teams",
             "Bonjour Mme Pelletier,\n\nMerci pour votre candidature. Je vous propose une courte entrevue par "
             "Teams avec moi (responsable du département d'univers social) et Mme Girard, directrice.\n\n"
             "Mathieu Gagnon\nEnseignant – univers social\nÉcole secondaire de la Cité\n\n"
             + teams_fr("YjE0OTFhOGUtMzkx", "Hs3kP9"))
    out.append(_neg("side-direct-freemail-fr", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid,
                    "user-as-interviewer-organizer-freemail-fr"))

    uid = "AAMkADesl-interview-JWalsh-2026@cssdescapitales.qc.ca"
    ev = [
        "BEGIN:VEVENT", org(f"dotation.enseignants@{CSS}", "Dotation enseignants – CSS des Capitales"),
        me, att(f"kim.oneill@{CSS}", "O'Neill, Kim"), att("jen.walsh.teach@gmail.com", "Jennifer Walsh"),
        ("DESCRIPTION", "Hello,\n\nThis confirms the interview of Jennifer Walsh, candidate for the ESL "
         "teacher position (Secondary Cycle 2).\nInterview committee: Kim O'Neill (ESL department head), "
         "Mathieu Gagnon (teacher representative).\nCandidate will join remotely.\n\n"
         + teams_en("N2QzZWFkYTgtYjRl", "Xe7Rm2")),
        ("SUMMARY;LANGUAGE=en-CA", "Interview – ESL teacher candidate (Jennifer Walsh)"),
        "DTSTART;TZID=Eastern Standard Time:20260422T131500", "DTEND;TZID=Eastern Standard Time:20260422T140000",
        f"UID:{uid}", "DTSTAMP:20260416T081500Z", "SEQUENCE:0", "LOCATION:Microsoft Teams Meeting", "END:VEVENT",
    ]
    out.append(_neg("side-teams-en", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid, "user-as-interviewer-teams-en"))

    uid = "AAMkADcomite-DA-interim-rep-ens@cssdescapitales.qc.ca"
    ev = _ol(uid, "Comité de sélection – direction adjointe intérimaire (École de la Cité)", "20260429T083000",
             "20260429T120000", org(f"rh.cadres@{CSS}", "Ressources humaines – cadres"),
             [me, att(f"denis.girard@{CSS}", "Girard, Denis"), att(f"marie.lacasse@{CSS}", "Lacasse, Marie")],
             "Centre administratif, salle Cap-Rouge",
             "Bonjour,\n\nVous siégez au comité de sélection pour la direction adjointe intérimaire de l'École "
             "secondaire de la Cité. Composition : Denis Girard (directeur général adjoint), Marie Lacasse "
             "(RH), Mathieu Gagnon (représentant du personnel enseignant).\n\n4 candidats, 45 minutes chacun. "
             "Les dossiers et la grille d'évaluation sont confidentiels.")
    out.append(_neg("side-panel-rep-fr", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid,
                    "user-as-interviewer-teacher-rep-panel-fr"))

    uid = "AAMkADobservation-entrevues-formation@cssdescapitales.qc.ca"
    ev = _ol(uid, "Observation d'entrevues – formation des membres de comité", "20260410T090000",
             "20260410T113000", org(f"marie.lacasse@{CSS}", "Lacasse, Marie"), [me], "Centre administratif",
             "Mathieu, comme convenu tu assistes à titre d'observateur à deux entrevues menées par les RH avant "
             "de siéger à ton premier comité. Tu ne poses pas de questions; on en discute après.\nMarie")
    out.append(_neg("side-shadow-fr", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid, "user-as-interviewer-shadow-fr"))

    uid = "AAMkADbloc-entrevues-US-recurring@cssdescapitales.qc.ca"
    base: list[str | tuple[str, str]] = [
        org(f"nathalie.girard@{CSS}", "Girard, Nathalie"), me, f"UID:{uid}", "DTSTAMP:20260407T124500Z",
        ("SUMMARY;LANGUAGE=fr-CA", "Bloc entrevues – candidats univers social"),
        ("DESCRIPTION", "Bloc réservé pour les entrevues du comité (Nathalie + Mathieu). Les noms des "
         "candidats seront ajoutés par les RH."), "SEQUENCE:0",
    ]
    ev = ["BEGIN:VEVENT", *base, "DTSTART;TZID=Eastern Standard Time:20260505T130000",
          "DTEND;TZID=Eastern Standard Time:20260505T150000", "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU",
          "LOCATION:Bureau de la direction", "END:VEVENT"]
    ov = ["BEGIN:VEVENT", *base, "RECURRENCE-ID;TZID=Eastern Standard Time:20260512T130000",
          "DTSTART;TZID=Eastern Standard Time:20260512T140000", "DTEND;TZID=Eastern Standard Time:20260512T160000",
          "LOCATION:Salle 108", "END:VEVENT"]
    out.append(_neg("side-recurring-fr", vcal(ev, ov, prodid=EXCHANGE, tzs=("win",)), uid,
                    "user-as-interviewer-recurring-override-fr"))

    uid = "AAMkADentrevue-OSimard-US@cssdescapitales.qc.ca"
    ev = _ol(uid, "Annulé : Entrevue – candidat Olivier Simard (univers social)", "20260415T093000",
             "20260415T101500", org(f"dotation.enseignants@{CSS}", "Dotation enseignants – CSS des Capitales"),
             [me, att(f"nathalie.girard@{CSS}", "Girard, Nathalie")], "École secondaire de la Cité – salle 108",
             "Le candidat s'est désisté. L'entrevue est annulée.", seq=1, extra=("STATUS:CANCELLED",))
    out.append(_neg("side-cancel-fr", vcal(ev, prodid=OUTLOOK, method="CANCEL", tzs=("win",)), uid,
                    "user-as-interviewer-cancelled-fr"))

    uid = "AAMkADentrevue-MPelletier-nouvelle-heure@cssdescapitales.qc.ca"
    ev = _ol(uid, "Entrevue M. Pelletier (candidat suppléance) – nouvelle heure", "20260428T154500",
             "20260428T161500", org(WORK, "Gagnon, Mathieu"),
             [att("m.pelletier.suppl@videotron.ca", "Marc-André Pelletier")], "Local 212",
             "Tel que demandé par le candidat, l'entrevue est déplacée à 15 h 45.", seq=2)
    out.append(_neg("side-resched-fr", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid,
                    "user-as-interviewer-rescheduled-fr"))

    uid = "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B"
    ev = ["BEGIN:VEVENT", "CREATED:20260418T011500Z", f"UID:{uid}", "DTSTART;VALUE=DATE:20260420",
          "DTEND;VALUE=DATE:20260421", "DTSTAMP:20260418T011500Z",
          ("SUMMARY", "Références – candidate S. Tremblay (appeler ses 2 références)"),
          ("DESCRIPTION", "Dir. École Saint-Jean (418 555-0110) + enseignante associée. Remettre à Nathalie."),
          "SEQUENCE:0", "END:VEVENT"]
    out.append(_neg("side-refcheck-fr", vcal(ev, prodid=APPLE, method=None), uid,
                    "user-as-interviewer-reference-check-fr"))

    uid = "040000008200E00074C5B7101A82E0080000000077EE88FFA4D1DA010000000000000000100000000C0D0E0F"
    ev = _ol(uid, "Correction tests écrits – candidats univers social", "20260413T153000", "20260413T170000",
             org(WORK, "Gagnon, Mathieu"), [], "Local 212",
             "4 copies. Barème des RH : contenu historique /20, français /10.")
    out.append(_neg("side-test-marking-fr", vcal(ev, prodid=OUTLOOK, method="PUBLISH", tzs=("win",)), uid,
                    "user-as-interviewer-test-marking-fr"))

    uid = "040000008200E00074C5B7101A82E0080000000099AABBCCA4D1DA01000000000000000010000000DEADBEEF"
    ev = _ol(uid, "Appels présélection – liste de suppléance univers social (5 candidats)", "20260409T153000",
             "20260409T170000", org(WORK, "Gagnon, Mathieu"), [], "Bureau",
             "15 min chacun : disponibilités, expérience, matières. Noter sur la fiche RH.")
    out.append(_neg("side-phone-fr", vcal(ev, prodid=OUTLOOK, method="PUBLISH", tzs=("win",)), uid,
                    "user-as-interviewer-phone-screen-fr"))

    uid = "8p1s4v7y0b3e6h9k2n5q8t1w4z@google.com"
    ev = ["BEGIN:VEVENT", "DTSTART;TZID=America/Toronto:20260502T100000", "DTEND;TZID=America/Toronto:20260502"
          "T103000", "DTSTAMP:20260425T140000Z", org("sochistlimoilou@gmail.com", "Société d'histoire de Limoilou"),
          f"UID:{uid}", att(FREE, "Mathieu Gagnon"), att("noah.bergeron05@gmail.com", "Noah Bergeron"),
          ("DESCRIPTION", "Entrevue du candidat Noah Bergeron pour l'emploi d'été de guide-animateur (Emplois "
           "d'été Canada). Mathieu (CA) et Ginette mènent l'entrevue."),
          ("LOCATION", "Local de la Société, 1400 1re Avenue"), "SEQUENCE:0", "STATUS:CONFIRMED",
          ("SUMMARY", "Entrevue étudiant d'été – guide-animateur"), "END:VEVENT"]
    out.append(_neg("side-volunteer-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid,
                    "user-as-interviewer-volunteer-board-fr"))

    uid = "SF_INTV_KIT_0412_interviewer_mgagnon@successfactors.com"
    ev = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260412T120000Z", "DTSTART:20260415T123000Z",
          "DTEND:20260415T131500Z", org(f"dotation.enseignants@{CSS}", "CSS des Capitales – Recrutement"),
          att(WORK, "Mathieu Gagnon"),
          ("SUMMARY", "Trousse d'entrevue : candidat(e) #0412 – Enseignant(e) univers social"),
          ("DESCRIPTION", "Vous êtes inscrit(e) comme membre du comité (intervieweur) pour cette entrevue.\n"
           "Rôle : Intervieweur\nCandidat(e) : Sophie Tremblay\nGrille d'évaluation : à compléter dans le "
           "portail au plus tard 24 h après l'entrevue.\n\nSAP SuccessFactors Recruiting"), "END:VEVENT"]
    out.append(_neg("side-scorecard-fr", vcal(ev, prodid="-//SAP SuccessFactors//Recruiting Management//EN"), uid,
                    "user-as-interviewer-scorecard-fr"))

    uid = "AAMkADjumelage-stage-IV-ulaval-2026@cssdescapitales.qc.ca"
    ev = _ol(uid, "Entrevue de jumelage – stagiaire stage IV (U. Laval)", "20260408T151500", "20260408T154500",
             org("stages.fse@ulaval.ca", "Bureau des stages – FSÉ"),
             [me, att("theo.fournier.1@ulaval.ca", "Théo Fournier")], "Teams",
             "Entrevue de jumelage entre l'enseignant associé (M. Gagnon) et le stagiaire Théo Fournier. "
             "L'enseignant associé confirme ensuite s'il accepte le jumelage.")
    out.append(_neg("side-stagiaire-fr", vcal(ev, prodid=OUTLOOK, tzs=("win",)), uid,
                    "user-as-interviewer-stagiaire-matching-fr"))
    return out
