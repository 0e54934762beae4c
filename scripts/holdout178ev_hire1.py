"""holdout178 events, hiring side 1: Élodie recruiting ASV, vets and interns at VetiNord."""

from holdout178ev_common import neg

EVENTS = [
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Delcourt, Aurélie":mailto:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefort, Karin
 e":mailto:k.lefort@vetinord.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Lille Centre -
  Bureau RDC":mailto:lillecentre.bureau@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour à toutes les deux\,\n\nCandidate : Julie
  Caron (ASV échelon 3\, 4 ans d'expérience en canine\, actuellement en Bel
 gique). CV et lettre dans Jobaffinity.\nÉlodie : partie technique (anesthé
 sie\, contention\, stérilisation)\nKarine : planning\, accueil\, logiciel.\n
 Merci de saisir votre avis dans Jobaffinity avant vendredi.\n\nAurélie\nRH
  VetiNord\n
UID:040000008200E00074C5B7101A82E00800000000A4B0C1D27F4ADC010000000000000000
 10000000C0FFEE11223344556677889900AABB01
SUMMARY;LANGUAGE=fr-FR:Entretien ASV - Julie Caron
DTSTART;TZID=Romance Standard Time:20250918T140000
DTEND;TZID=Romance Standard Time:20250918T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Lille Centre - Bureau RDC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000A4B0C1D27F4ADC010000000000000000"
             "10000000C0FFEE11223344556677889900AABB01",
             "user-as-interviewer-asv-candidate-panel-hr-invite")],
    ),
    (
        "jobaffinity",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobaffinity//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:jobaffinity-evt-310557-interviewer@jobaffinity.fr
DTSTAMP:20251006T080000Z
DTSTART:20251013T123000Z
DTEND:20251013T131500Z
SUMMARY:[VetiNord] Entretien : Lucas Petit - Vétérinaire assistant(e) Lille
  Centre
ORGANIZER;CN=VetiNord Recrutement:mailto:noreply@jobaffinity.fr
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:e.vasseur@v
 etinord.fr
ATTENDEE;CN=Aurélie Delcourt;ROLE=REQ-PARTICIPANT:mailto:a.delcourt@vetinord
 .fr
DESCRIPTION:Vous êtes désigné(e) évaluateur(rice) pour cet entretien.\n\nCa
 ndidat : Lucas Petit\nPoste : Vétérinaire assistant(e) - Lille Centre\nÉta
 pe : Entretien avec le vétérinaire référent\n\nAccéder à la fiche candidat
  et à la grille d'évaluation : https://vetinord.jobaffinity.fr/recruiter/ca
 ndidates/310557\n\nMerci de compléter l'évaluation dans les 48 h.
LOCATION:Clinique Lille Centre
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [neg("jobaffinity-evt-310557-interviewer@jobaffinity.fr",
             "user-as-interviewer-ats-evaluator-assignment")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefort, K
 arine":mailto:k.lefort@vetinord.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Accueil L
 ille Centre":mailto:lillecentre@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Manon D. vient en journée d'essai (poste ASV CDI
 ). Elle reste avec moi en consult le matin puis avec Karine au chenil/hosp
 i l'aprem. Prévoir une tunique taille S + badge visiteur.\nPoints à observe
 r : contention chat\, prépa matériel chir\, relation client au comptoir.\n
UID:040000008200E00074C5B7101A82E0080000000077A9C3E1F05ADC01000000000000000010
 0000001122AABB3344CCDD5566EEFF77889900
SUMMARY;LANGUAGE=fr-FR:Journée d'essai ASV - Manon D.
DTSTART;TZID=Romance Standard Time:20251022T083000
DTEND;TZID=Romance Standard Time:20251022T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T170522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E0080000000077A9C3E1F05ADC01000000000000000010"
             "0000001122AABB3344CCDD5566EEFF77889900",
             "user-as-interviewer-supervises-asv-trial-day")],
    ),
    (
        "outlook-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251027T130000Z
DTEND:20251027T134500Z
DTSTAMP:20251021T191207Z
ORGANIZER;CN="Vasseur, Élodie":mailto:e.vasseur@vetinord.fr
UID:040000008200E00074C5B7101A82E00800000000B8E0D4F2A15BDC0100000000000000001
 0000000AB12CD34EF56AB78CD90EF12AB34CD56
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès B
 ouaziz;X-NUM-GUESTS=0:mailto:ines.bouaziz59@gmail.com
CREATED:20251021T154400Z
DESCRIPTION:
LAST-MODIFIED:20251021T191207Z
LOCATION:Clinique VetiNord Lille Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien poste ASV - Inès Bouaziz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000B8E0D4F2A15BDC0100000000000000001"
             "0000000AB12CD34EF56AB78CD90EF12AB34CD56",
             "user-as-interviewer-candidate-gmail-accepted-reply")],
    ),
    (
        "agency-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ROMANCE@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Docteur Vasseur\,\n\nComme évoqué avec votre direction r
 égionale\, je vous présente le Dr Mehdi Saïdi (diplômé Liège 2021\, 3 ans e
 n clinique mixte\, intéressé par les urgences). Il est disponible pour un é
 change en visio avec vous pour le poste de vétérinaire remplaçant sur Lille
  Centre.\nSon dossier de présentation est joint.\n\nCaroline Duquesne\nProV
 éto Conseil\n
DTEND;TZID="Romance Standard Time":20251105T131500
DTSTAMP:20251029T094412Z
DTSTART;TZID="Romance Standard Time":20251105T123000
LOCATION:Teams (lien ProVéto)
ORGANIZER;CN="Caroline Duquesne":mailto:c.duquesne@proveto-conseil.fr
ATTENDEE;CN="Vasseur Élodie";RSVP=TRUE:mailto:e.vasseur@vetinord.fr
ATTENDEE;CN="Mehdi Saidi";RSVP=TRUE:mailto:mehdi.saidi.dmv@outlook.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Présentation candidat Dr M. Saïdi - VetiNord Lille Cent
 re
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D1F2E3A4B5C6DC01000000000000000010
 0000009988776655443322110FEDCBA987654321
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000D1F2E3A4B5C6DC01000000000000000010"
             "0000009988776655443322110FEDCBA987654321",
             "user-as-interviewer-agency-presents-candidate-same-agency")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Delcourt, Aurélie":mailto:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marchand, Oli
 vier":mailto:o.marchand@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Débrief des 3 candidats vus pour le remplacement
  du Dr Hoarau (congé maternité) : Dr Saïdi\, Dr Perrin\, Dr Van Hove.\nObje
 ctif : décision + proposition salariale avant le 15.\n
UID:040000008200E00074C5B7101A82E0080000000042F1E0D9C8B7DC01000000000000000010
 000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=fr-FR:Débrief recrutement véto remplaçant LC
DTSTART;TZID=Romance Standard Time:20251112T133000
DTEND;TZID=Romance Standard Time:20251112T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E0080000000042F1E0D9C8B7DC01000000000000000010"
             "000000F1E2D3C4B5A69788796A5B4C3D2E1F00", "user-as-interviewer-hiring-debrief")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Olivier":mailto:o.marchand@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Delcourt, Aurélie":mail
 to:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nguyen, Thi-Lan":mailto:
 tl.nguyen@vetinord.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Siège Marcq -
  Salle Artois":mailto:siege.artois@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour :\n1. Besoins été 2026 (3 remplaç
 ants\, 2 ASV)\n2. Stagiaires T1pro : affectation par clinique\n3. Grille d
 e salaires jeunes diplômés\n4. Retours sur le forum de l'école de Liège\n
UID:040000008200E00074C5B7101A82E00800000000E1D0C9B8A7F6DC01000000000000000010
 000000123456789ABCDEF0123456789ABCDEF0
SUMMARY;LANGUAGE=fr-FR:Comité recrutement VetiNord - T1 2026
DTSTART;TZID=Romance Standard Time:20251204T100000
DTEND;TZID=Romance Standard Time:20251204T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège Marcq - Salle Artois
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000E1D0C9B8A7F6DC01000000000000000010"
             "000000123456789ABCDEF0123456789ABCDEF0", "user-as-interviewer-hiring-committee")],
    ),
    (
        "outlook-task",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000055D4C3B2A190DC01000000000000000010
 000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=fr-FR:À faire : grille d'évaluation Thomas R. (Jobaffinity)
DTSTART;VALUE=DATE:20251015
DTEND;VALUE=DATE:20251016
DESCRIPTION;LANGUAGE=fr-FR:Remplir la grille après son entretien d'hier : sa
 voir-être\, technique\, dispo gardes. Aurélie relance sinon.
CLASS:PRIVATE
DTSTAMP:20251014T182000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E0080000000055D4C3B2A190DC01000000000000000010"
             "000000AAAABBBBCCCCDDDDEEEEFFFF00001111", "user-as-interviewer-scorecard-reminder")],
    ),
    (
        "ms-bookings",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ROMANCE@
BEGIN:VEVENT
UID:bookings-0e4d7c21-9a86-4b3f-a512-d8c6e0f19b74
DTSTAMP:20251103T171512Z
DTSTART;TZID=Romance Standard Time:20251110T123000
DTEND;TZID=Romance Standard Time:20251110T130000
SUMMARY:Entretien stage 5e année / T1pro avec Sarah Meunier
ORGANIZER;CN=VetiNord Stages & Recrutement:mailto:StagesRecrutement@vetinord
 .onmicrosoft.com
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.v
 asseur@vetinord.fr
ATTENDEE;CN=Sarah Meunier;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sarah.meunie
 r@etu.vet-alfort.fr
DESCRIPTION:Nouvelle réservation\n\nService : Entretien stage 5e année / T1p
 ro\nMembre du personnel : Élodie Vasseur\nClient : Sarah Meunier (sarah.me
 unier@etu.vet-alfort.fr)\nNotes du client : intéressée par la médecine int
 erne canine\, stage de février à juin.\n\nRéunion Microsoft Teams\nhttps://
 teams.microsoft.com/l/meetup-join/19%3ameeting_ZDI0MGY1
LOCATION:Réunion Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [neg("bookings-0e4d7c21-9a86-4b3f-a512-d8c6e0f19b74",
             "user-as-interviewer-bookings-staff-intern-candidate")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:4A7E0C93-D1B5-42F8-9C60-E3A8B2F7D015
DTSTAMP:20250924T121910Z
DTSTART:20250924T121500
DTEND:20250924T123000
SUMMARY:appel Sarah B. (ASV)
DESCRIPTION:candidate spontanée\, 06 58 22 41 07. très motivée\, BAC pro +
  titre ASV 2023\, dispo sept\, pas de permis (!). -> la faire venir 1/2 jou
 rnée avec Karine. Dire à Aurélie.
END:VEVENT
END:VCALENDAR
""",
        [neg("4A7E0C93-D1B5-42F8-9C60-E3A8B2F7D015",
             "user-as-interviewer-hand-typed-candidate-call-notes")],
    ),
]
