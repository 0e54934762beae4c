# ruff: noqa: E501
"""holdout203 events, part hire1: the user on the hiring side at Moselle Fund Services (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX_SF, TZ_WEST

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000001000000010A0B0C0D0E0F0011121314151617181",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-hr-invite-candidate-room",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MFS 3.02 Vianden (6)":mailto:room.vianden@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\, Frank\,\n\nPour rappel\, entretien avec M. Karim Benali pour le poste de Junior Fund Accountant (réf. MFS-2025-03). CV et lettre en pièce jointe. La grille d'évaluation est dans le dossier partagé RH > Recrutement > 2025.\nJe l'accueille à la réception et vous l'amène en salle Vianden.\n\nMerci\,\nIsabelle\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000001000000010A0B0C0D0E0F0011121314151617181
SUMMARY;LANGUAGE=fr-FR:Entretien M. Karim Benali - Junior Fund Accountant
DTSTART;TZID=W. Europe Standard Time:20250211T140000
DTEND;TZID=W. Europe Standard Time:20250211T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250204T092201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 3.02 Vianden (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFRCM-IV-51177208-2@mosellefs.successfactors.eu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-successfactors-interviewer-notification",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors\, Inc//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX_SF + r"""BEGIN:VEVENT
UID:SFRCM-IV-51177208-2@mosellefs.successfactors.eu
DTSTAMP:20250210T080512Z
DTSTART;TZID=Europe/Luxembourg:20250213T100000
DTEND;TZID=Europe/Luxembourg:20250213T110000
SUMMARY:Interview: Junior Fund Accountant (MFS-2025-03) - Ana Ribeiro
DESCRIPTION:Dear Julien Weber\,\n\nYou have been selected as an interviewer.\n\nCandidate: Ana Ribeiro\nJob Requisition: MFS-2025-03 Junior Fund Accountant\nDate: 13/02/2025\nTime: 10:00 - 11:00 (CET)\nLocation: MFS 3.04 Clervaux\n\nPlease review the candidate's profile and the interview guide before the meeting and submit your Interview Assessment in SuccessFactors within 48 hours.\n\nView candidate: https://performancemanager5.successfactors.eu/sf/recruiting?candidate=51177208\n\nThis is an automated message.
ORGANIZER;CN=Moselle Fund Services Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber@mosellefs.lu
ATTENDEE;CN=Ana Ribeiro;ROLE=REQ-PARTICIPANT:mailto:ana.ribeiro.fa@gmail.com
LOCATION:MFS 3.04 Clervaux
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFRCM-TODO-51177208-ASSESS-JW@mosellefs.successfactors.eu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-interview-assessment-due",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors\, Inc//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SFRCM-TODO-51177208-ASSESS-JW@mosellefs.successfactors.eu
DTSTAMP:20250213T110104Z
DTSTART:20250214T153000Z
DTEND:20250214T154500Z
SUMMARY:Reminder: Interview Assessment due - Ana Ribeiro (Junior Fund Accountant)
DESCRIPTION:Your Interview Assessment for candidate Ana Ribeiro (MFS-2025-03 Junior Fund Accountant) is due. Rate each competency (Technical accounting\, Attention to detail\, Communication\, Team fit) from 1 to 5 and give an overall recommendation (Hire / No hire).\n\nComplete now: https://performancemanager5.successfactors.eu/sf/recruiting?assess=51177208
ORGANIZER;CN=Moselle Fund Services Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT:mailto:julien.weber@mosellefs.lu
TRANSP:TRANSPARENT
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000010000000202122232425262728292A2B2C2D2E2F",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-debrief-shortlist",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Débrief des 3 entretiens JFA (Benali / Ribeiro / Nguyen) : retours\, notes des grilles\, décision 2e tour ou offre. Merci d'avoir complété vos évaluations dans SuccessFactors avant.\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000010000000202122232425262728292A2B2C2D2E2F
SUMMARY;LANGUAGE=fr-FR:Débrief JFA - shortlist
DTSTART;TZID=W. Europe Standard Time:20250218T113000
DTEND;TZID=W. Europe Standard Time:20250218T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T163011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-self",
        "uid": "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000000100000003031323334353637383940414243444A",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-supervising-candidates-excel-test",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:2 candidats JFA (Nguyen\, Benali) - fichier test_excel_JFA_v3.xlsx sur le PC de la salle\, 45 min chacun\, corrigé dans le dossier RH. Récupérer les fichiers sur clé + envoyer les scores à Isabelle.\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000000100000003031323334353637383940414243444A
SUMMARY;LANGUAGE=fr-FR:Test Excel candidats JFA (surveillance)
DTSTART;TZID=W. Europe Standard Time:20250225T090000
DTEND;TZID=W. Europe Standard Time:20250225T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T170233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 2.14 Wiltz
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB0100000000000000001000000040414243444546474849505152535455",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-phone-screen-candidate-gmail",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thao.nguyen.lux@gmail.com:mailto:thao.nguyen.lux@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mme Nguyen\,\n\nSuite à votre candidature au poste de Junior Fund Accountant chez Moselle Fund Services\, je vous propose un premier échange téléphonique de 20 minutes. Je vous appellerai au +352 691 204 877.\n\nCordialement\,\n\nJulien Weber\nSenior Fund Accountant\nMoselle Fund Services S.A.\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB0100000000000000001000000040414243444546474849505152535455
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique - Junior Fund Accountant - Moselle Fund Services
DTSTART;TZID=W. Europe Standard Time:20250205T121500
DTEND;TZID=W. Europe Standard Time:20250205T123500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T104455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply",
        "uid": "040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB0100000000000000001000000050515253545556575859606162636465",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
""" + TZ_WEST + r"""BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lucas Martin:mailto:lucas.martin93@hotmail.fr
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB0100000000000000001000000050515253545556575859606162636465
SUMMARY:Accepté: Entretien - Fund Accountant (CDI) - Moselle Fund Services
DTSTART;TZID=W. Europe Standard Time:20250603T150000
DTEND;TZID=W. Europe Standard Time:20250603T160000
DTSTAMP:20250528T191202Z
SEQUENCE:0
COMMENT:Bonjour M. Weber\, je serai bien présent. Merci et à mardi. Lucas Martin
LOCATION:Moselle Fund Services - 3.02 Vianden
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB0100000000000000001000000060616263646566676869707172737475",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Reding, Laurent":mailto:laurent.reding@hays.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nComme annoncé\, je souhaiterais vous présenter rapidement le profil de Sofia Costa pour votre poste de Fund Accountant : 3 ans chez CACEIS (UCITS\, NAV quotidiennes)\, disponible sous 2 mois\, frontalière (Belgique). Dossier de compétences en pièce jointe. Si le profil vous convient\, je cale un entretien avec elle la semaine prochaine.\n\nCordialement\,\nLaurent Reding\nHays Luxembourg - Banking & Financial Services\n
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB0100000000000000001000000060616263646566676869707172737475
SUMMARY;LANGUAGE=fr-FR:Hays - présentation profil Fund Accountant (S. Costa)
DTSTART;TZID=W. Europe Standard Time:20250520T090000
DTEND;TZID=W. Europe Standard Time:20250520T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T131200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Appel téléphonique
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "uid": "040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DB0100000000000000001000000070717273747576777879808182838485",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-bookings-host-internship",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=MFS Stages & Alternance:mailto:MFSStages@mosellefs.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elsa Hoffmann:mailto:elsa.hoffmann@etu.uni.lu
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien stage Fund Accounting (6 mois\, septembre 2025)\nClient : Elsa Hoffmann\, elsa.hoffmann@etu.uni.lu\, +352 621 338 190\nMembre du personnel : Julien Weber\n\nNotes du client : Master 2 Banque & Finance\, Université du Luxembourg. Disponible à partir du 1er septembre.\n\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NTgyZj%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DB0100000000000000001000000070717273747576777879808182838485
SUMMARY;LANGUAGE=fr-FR:Entretien stage Fund Accounting avec Elsa Hoffmann
DTSTART;TZID=W. Europe Standard Time:20250407T160000
DTEND;TZID=W. Europe Standard Time:20250407T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T085033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "A3F9D1C7-0E2B-4C68-B5A4-19D7E3F06C2B",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-handtyped-candidate-notes",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250212T171809Z
UID:A3F9D1C7-0E2B-4C68-B5A4-19D7E3F06C2B
DTEND:20250212T170000
TRANSP:TRANSPARENT
SUMMARY:cand JFA - T. Nguyen
LAST-MODIFIED:20250212T172301Z
DTSTAMP:20250212T172301Z
DTSTART:20250212T160000
DESCRIPTION:bon niveau IFRS\, bonne logique sur la rappro cash\, faible sur excel (pas de TCD)\, anglais ok\, allemand 0. motivée\, dispo 1 mois. -> 2e tour + test excel ? voir avec Frank. salaire demandé 48k
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
