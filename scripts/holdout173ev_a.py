# ruff: noqa: E501
"""holdout173 events, part a: Maison Vauban, Grand Phocéen, Riviera Hospitality; brasserie deliveries and trials."""

EVENTS = [
    {
        "kind": "teamtailor-phone",
        "uid": "tt-interview-8f3c2a71-5b0e-4c1d-9a77-2e61d0b4c915@teamtailor.com",
        "label": (1, "Maison Vauban", "Chef de cuisine (H/F) – Le Comptoir Vauban", "recruiter_screen",
                  "julie.marchetti@maisonvauban.fr", "teamtailor-phone-screen-restaurant-group"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:tt-interview-8f3c2a71-5b0e-4c1d-9a77-2e61d0b4c915@teamtailor.com
DTSTAMP:20250226T161204Z
DTSTART;TZID=Europe/Paris:20250304T100000
DTEND;TZID=Europe/Paris:20250304T103000
SUMMARY:Échange téléphonique – Maison Vauban Restauration
DESCRIPTION:Bonjour Yanis\,\n\nMerci pour votre candidature au poste de Ch
 ef de cuisine (H/F) – Le Comptoir Vauban. Julie Marchetti (Responsable RH
 ) vous appellera au 06 41 27 88 10 pour un premier échange d'environ 30 m
 inutes.\n\nBesoin de déplacer le rendez-vous ? https://career.maisonvauba
 n.fr/jobs/4418927/interview/8f3c2a71/reschedule\n\n--\nEnvoyé via Teamtai
 lor pour le compte de Maison Vauban Restauration
LOCATION:Appel téléphonique
ORGANIZER;CN=Julie Marchetti:mailto:julie.marchetti@maisonvauban.fr
ATTENDEE;CN=Julie Marchetti;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:julie.marchetti@maisonvauban.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-ops-director",
        "uid": "tt-interview-c0d9e4b2-1a7f-4e88-b3d5-77f0a9c21e04@teamtailor.com",
        "label": (1, "Maison Vauban", "Chef de cuisine (H/F) – Le Comptoir Vauban", "hiring_manager",
                  "olivier.sanna@maisonvauban.fr", "second-round-ops-director-at-head-office"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-c0d9e4b2-1a7f-4e88-b3d5-77f0a9c21e04@teamtailor.com
DTSTAMP:20250307T092233Z
DTSTART:20250317T140000Z
DTEND:20250317T150000Z
SUMMARY:Entretien avec Olivier Sanna – Chef de cuisine (H/F) – Le Comptoir
  Vauban
DESCRIPTION:Bonjour Yanis\,\n\nSuite à votre échange avec Julie\, nous avo
 ns le plaisir de vous inviter à un entretien avec Olivier Sanna\, Directe
 ur des opérations.\n\nAdresse : Maison Vauban Restauration\, 12 rue Sain
 te\, 13001 Marseille (2e étage\, sonner « Vauban »)\n\nMerci d'apporter u
 n exemple de carte que vous avez construite (format libre).\n\nÀ bientôt
 \,\nL'équipe recrutement
LOCATION:12 rue Sainte\, 13001 Marseille
ORGANIZER;CN=Julie Marchetti:mailto:julie.marchetti@maisonvauban.fr
ATTENDEE;CN=Olivier Sanna;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivier.sanna@maisonvauban.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "essai-phone-note",
        "uid": "6E1B7C55-0D4A-4F3E-A1C2-9B8D33F07A61",
        "label": (1, "Maison Vauban", "", "onsite", "Nicolas Ferrand",
                  "hand-typed-journee-essai-after-two-rounds"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6E1B7C55-0D4A-4F3E-A1C2-9B8D33F07A61
DTSTAMP:20250318T203311Z
CREATED:20250318T203305Z
LAST-MODIFIED:20250318T203311Z
DTSTART;TZID=Europe/Paris:20250329T093000
DTEND;TZID=Europe/Paris:20250329T153000
SUMMARY:ESSAI Comptoir Vauban 🔪
LOCATION:Le Comptoir Vauban\n34 bd Vauban\, 13006 Marseille
DESCRIPTION:Journée d'essai (payée) – service midi + mise en place\nvoir N
 icolas Ferrand (chef exé) à 9h30 porte de service\nprendre couteaux\, vest
 e\, chaussures sécu\, calot\nprévenir Stéphane que je suis off samedi !!
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-teams-hr",
        "uid": "WD-INT-GRANDPHOCEEN-0000187734-1@myworkday.com",
        "label": (1, "Hôtel Grand Phocéen", "Chef de Cuisine – Restaurant Le Lacydon", "recruiter_screen",
                  "aurelie.bonnet@grandphoceen.com", "workday-hotel-teams-talent-acquisition"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-GRANDPHOCEEN-0000187734-1@myworkday.com
DTSTAMP:20250214T101502Z
DTSTART:20250220T133000Z
DTEND:20250220T141500Z
SUMMARY:Interview: Chef de Cuisine – Restaurant Le Lacydon (R-0004821) - Yanis Benali
DESCRIPTION:Candidate: Yanis Benali\nJob Requisition: R-0004821 Chef de Cuisine – Restaurant Le Lacydon\nInterview Type: Talent Acquisition Screen\nInterviewer(s): Aurélie Bonnet\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE3YTEtYjQ0Ny00ZjU2LTg3NjItYzFlODk0OTNmN2Fm%40thread.v2/0?context=%7b%22Tid%22%3a%22a7c1%22%7d>\nID de réunion : 342 118 907 655\nCode secret : Xp7Ke2\n________________________________________________________________________________\n\nThis invitation was sent from Workday on behalf of Hôtel Grand Phocéen.
LOCATION:Microsoft Teams
ORGANIZER;CN=Hôtel Grand Phocéen Recrutement:mailto:grandphoceen@myworkday.com
ATTENDEE;CN=Aurélie Bonnet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aurelie.bonnet@grandphoceen.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-degustation",
        "uid": "WD-INT-GRANDPHOCEEN-0000187734-2@myworkday.com",
        "label": (1, "Hôtel Grand Phocéen", "Chef de Cuisine – Restaurant Le Lacydon", "final",
                  "franck.lemaire@grandphoceen.com;as.caillat@grandphoceen.com", "workday-degustation-for-gm-original"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-GRANDPHOCEEN-0000187734-2@myworkday.com
DTSTAMP:20250303T083000Z
DTSTART:20250312T140000Z
DTEND:20250312T163000Z
SUMMARY:Interview: Chef de Cuisine – Restaurant Le Lacydon (R-0004821) - Yanis Benali
DESCRIPTION:Candidate: Yanis Benali\nJob Requisition: R-0004821 Chef de Cuisine – Restaurant Le Lacydon\nInterview Type: Dégustation / Final\nInterviewer(s): Franck Lemaire\, Anne-Sophie Caillat\n\nMerci de préparer une entrée et un plat autour de la pêche locale (pour 4 couverts). Les produits sont commandés par l'économat sur la base de votre liste\, à transmettre au plus tard le 7 mars à franck.lemaire@grandphoceen.com.\nAccueil : entrée du personnel\, 3 rue Fort Notre-Dame. Vestiaire et tenue fournis.\n\nThis invitation was sent from Workday on behalf of Hôtel Grand Phocéen.
LOCATION:Hôtel Grand Phocéen - Cuisine du Lacydon
ORGANIZER;CN=Hôtel Grand Phocéen Recrutement:mailto:grandphoceen@myworkday.com
ATTENDEE;CN=Franck Lemaire;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:franck.lemaire@grandphoceen.com
ATTENDEE;CN=Anne-Sophie Caillat;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:as.caillat@grandphoceen.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-degustation-moved",
        "uid": "WD-INT-GRANDPHOCEEN-0000187734-2@myworkday.com",
        "label": (1, "Hôtel Grand Phocéen", "Chef de Cuisine – Restaurant Le Lacydon", "final",
                  "franck.lemaire@grandphoceen.com;as.caillat@grandphoceen.com", "workday-degustation-rescheduled-sequence-2"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-GRANDPHOCEEN-0000187734-2@myworkday.com
DTSTAMP:20250310T171944Z
DTSTART:20250314T143000Z
DTEND:20250314T170000Z
SUMMARY:Updated Interview: Chef de Cuisine – Restaurant Le Lacydon (R-0004821) - Yanis Benali
DESCRIPTION:The interview below has been rescheduled.\n\nCandidate: Yanis Benali\nJob Requisition: R-0004821 Chef de Cuisine – Restaurant Le Lacydon\nInterview Type: Dégustation / Final\nInterviewer(s): Franck Lemaire\, Anne-Sophie Caillat\n\nNouvelle date : vendredi 14 mars\, 15h30. Le reste est inchangé (entrée + plat\, 4 couverts\, produits commandés par l'économat).\n\nThis invitation was sent from Workday on behalf of Hôtel Grand Phocéen.
LOCATION:Hôtel Grand Phocéen - Cuisine du Lacydon
ORGANIZER;CN=Hôtel Grand Phocéen Recrutement:mailto:grandphoceen@myworkday.com
ATTENDEE;CN=Franck Lemaire;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:franck.lemaire@grandphoceen.com
ATTENDEE;CN=Anne-Sophie Caillat;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:as.caillat@grandphoceen.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-video",
        "uid": "b6f1e0a3c2d94e0f8a51@smartrecruiters.com",
        "label": (1, "Riviera Hospitality Group", "Head Chef – Plage Belle Rive", "recruiter_screen",
                  "mgiordano@rivierahospitality.com", "smartrecruiters-video-screen-hotel-chain"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:b6f1e0a3c2d94e0f8a51@smartrecruiters.com
DTSTAMP:20250326T094510Z
DTSTART;TZID=Europe/Paris:20250402T110000
DTEND;TZID=Europe/Paris:20250402T114500
SUMMARY:Riviera Hospitality Group | Entretien vidéo | Head Chef – Plage Be
 lle Rive
DESCRIPTION:Bonjour Yanis\,\n\nVotre entretien vidéo avec Mélanie Giordano
  (Talent Acquisition Partner) est confirmé.\n\nLien de connexion : https:/
 /meet.google.com/vxq-htbd-kpo\nOu par téléphone : +33 1 87 40 36 52 PIN :
  558 290 114#\n\nPour annuler ou reprogrammer : https://jobs.smartrecruiter
 s.com/RivieraHospitalityGroup/interview/b6f1e0a3c2d94e0f8a51\n\nRiviera H
 ospitality Group – Hôtels & Plages\, Nice
LOCATION:https://meet.google.com/vxq-htbd-kpo
ORGANIZER;CN="Riviera Hospitality Group via SmartRecruiters":mailto:noreply@smartrecruiters.com
ATTENDEE;CN="Mélanie Giordano";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:mgiordano@rivierahospitality.com
ATTENDEE;CN="Yanis Benali";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mise-en-situation",
        "uid": "c71a55d0e9a34b2c9f02@smartrecruiters.com",
        "label": (1, "Riviera Hospitality Group", "Head Chef – Plage Belle Rive", "technical",
                  "pnardi@rivierahospitality.com", "mise-en-situation-cooking-test-nice"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c71a55d0e9a34b2c9f02@smartrecruiters.com
DTSTAMP:20250407T150002Z
DTSTART;TZID=Europe/Paris:20250415T090000
DTEND;TZID=Europe/Paris:20250415T140000
SUMMARY:Riviera Hospitality Group | Mise en situation | Head Chef – Plage Belle Rive
DESCRIPTION:Bonjour Yanis\,\n\nSuite à votre entretien\, nous vous proposons une mise en situation en cuisine avec le Chef Patrick Nardi\, Chef exécutif du groupe.\n\nDéroulé : 9h accueil et visite des cuisines – 9h30/11h30 préparation de 3 assiettes de la carte plage (tartare de daurade\, socca revisitée\, dessert au choix) – 12h/13h envoi pendant le service – 13h15 échange avec le Chef.\n\nAdresse : Plage Belle Rive\, 47 promenade des Anglais\, 06000 Nice. Tenue et couteaux personnels. Frais de déplacement remboursés sur justificatif.\n\nRiviera Hospitality Group – Hôtels & Plages\, Nice
LOCATION:Plage Belle Rive\, 47 promenade des Anglais\, 06000 Nice
ORGANIZER;CN="Riviera Hospitality Group via SmartRecruiters":mailto:noreply@smartrecruiters.com
ATTENDEE;CN="Patrick Nardi";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:pnardi@rivierahospitality.com
ATTENDEE;CN="Yanis Benali";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "livraison-recurring",
        "uid": "2k9v5ahq1o8pcr3m4tb6n7s0eu@google.com",
        "label": (0, "", "", "", "", "weekly-supplier-delivery-recurring-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Le Calanque – cuisine
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250107T063000
DTEND;TZID=Europe/Paris:20250107T073000
RRULE:FREQ=WEEKLY;BYDAY=TU,FR
DTSTAMP:20250401T050012Z
ORGANIZER;CN=Le Calanque:mailto:resto.lecalanque@gmail.com
UID:2k9v5ahq1o8pcr3m4tb6n7s0eu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
CREATED:20250103T112240Z
DESCRIPTION:Livraison TerreAzur (fruits & légumes) + Pomona marée.\nRéception : vérifier T° camion\, DLC\, étiquetage. Bon de livraison dans le classeur HACCP.\nSi manque → appeler Fred (commercial) 06 22 41 90 17
LAST-MODIFIED:20250401T050012Z
LOCATION:Le Calanque\, quai de Rive Neuve\, Marseille
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Réception livraison TerreAzur / Pomona
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250422T083000
DTEND;TZID=Europe/Paris:20250422T093000
DTSTAMP:20250401T050012Z
ORGANIZER;CN=Le Calanque:mailto:resto.lecalanque@gmail.com
UID:2k9v5ahq1o8pcr3m4tb6n7s0eu@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250422T063000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
CREATED:20250103T112240Z
DESCRIPTION:Lundi de Pâques → livraison décalée à 8h30 (tournée réduite).
LAST-MODIFIED:20250401T050012Z
LOCATION:Le Calanque\, quai de Rive Neuve\, Marseille
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Réception livraison TerreAzur / Pomona (décalée)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "owner-invite-commis",
        "uid": "5ud2m8ghk0q1rj7ph4a6c9v3lb@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-owner-gmail-invite-commis-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250408T150000
DTEND;TZID=Europe/Paris:20250408T153000
DTSTAMP:20250404T221507Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:5ud2m8ghk0q1rj7ph4a6c9v3lb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Ortiz;X-NUM-GUESTS=0:mailto:resto.lecalanque@gmail.com
DESCRIPTION:Lucas M.\, 19 ans\, sort de CAP (lycée Bonneveine)\, a fait 2 saisons à La Ciotat. Il passe à 15h entre les deux services.\nYanis tu le prends en cuisine 20 min\, tu lui fais tailler une brunoise et tu me dis. Si ok essai samedi.
LOCATION:Le Calanque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucas – commis (il passe au resto)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "essai-cdp-note",
        "uid": "0F5B2D8E-6C71-4B9A-8E14-C4A92D77E3B0",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-supervises-trial-shift-chef-de-partie"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0F5B2D8E-6C71-4B9A-8E14-C4A92D77E3B0
DTSTAMP:20250220T231208Z
DTSTART:20250222T100000
DTEND:20250222T150000
SUMMARY:Essai Inès CDP chaud
DESCRIPTION:vient de chez Péron\, 4 ans CDP\nla mettre au poste viande avec
  Rachid\, regarder organisation + propreté poste + vitesse au coup de feu\
 nlui dire de ramener tenue\nfiche d'essai à remplir pour Stéphane (payée 5
 h)
LOCATION:Le Calanque
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
