# ruff: noqa: E501
"""holdout203 events, part hire2: more hiring-side events at Moselle Fund Services (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX, TZ_WEST

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB0100000000000000001000000080818283848586878889909192939495",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-graduate-assessment-day-assessor",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Programme MFS":mailto:graduates@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roussel, Mathilde":mailto:mathilde.roussel@mosellefs.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MFS Auditorium (40)":mailto:room.auditorium@mosellefs.lu
DESCRIPTION;LANGUAGE=en-GB:Dear assessors\,\n\nThank you for volunteering for the Graduate Programme 2025 assessment day (Fund Administration track). 12 graduates in 3 groups.\n\n09:00 Briefing of assessors\n09:30 Group exercise (you observe group B and score on the competency sheet)\n11:00 Individual interviews (20 min each\, 4 per assessor)\n14:00 Wash-up session - final ranking\n\nLunch will be served in the cafeteria.\nHR Graduate team\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB0100000000000000001000000080818283848586878889909192939495
SUMMARY;LANGUAGE=en-GB:Assessment Day - Graduate Programme 2025 (Fund Admin) - Assessors
DTSTART;TZID=W. Europe Standard Time:20250321T090000
DTEND;TZID=W. Europe Standard Time:20250321T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MFS Auditorium (40)
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
        "uid": "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000A0A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-hiring-committee-offer-validation",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thill, Georges":mailto:georges.thill@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Comité de recrutement : validation de la proposition pour Ana Ribeiro (JFA) - grade\, salaire\, date d'entrée. Julien : résumé des 2 tours et du test.\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000A0A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5
SUMMARY;LANGUAGE=fr-FR:Comité recrutement - JFA (A. Ribeiro)
DTSTART;TZID=W. Europe Standard Time:20250305T083000
DTEND;TZID=W. Europe Standard Time:20250305T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T101101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Georges (5e)
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
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-immersion-day-supervisor",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Julien\,\n\nLaura Schmit (candidate au poste d'assistante Fund Accounting) passe la journée avec l'équipe UCITS pour sa journée d'immersion. Merci de l'accueillir à 9h\, de lui montrer le cycle de VNI (contrôles prix\, rappro cash\, validation) et de me faire un retour écrit sur son attitude et sa compréhension en fin de journée.\n\nBadge visiteur prêt à l'accueil.\nIsabelle\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5
SUMMARY;LANGUAGE=fr-FR:Journée d'immersion - Laura Schmit (équipe UCITS)
DTSTART;TZID=W. Europe Standard Time:20250409T090000
DTEND;TZID=W. Europe Standard Time:20250409T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T140022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Open space Fund Accounting - 3e
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
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-structured-interview-training",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="HR Academy MFS":mailto:hr.academy@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MFS - Team Leaders & Interviewers":mailto:dl.interviewers@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Formation obligatoire pour tous les collaborateurs participant aux entretiens de recrutement : entretien structuré\, questions comportementales (méthode STAR)\, biais de recrutement\, grille d'évaluation SuccessFactors\, cadre légal luxembourgeois (non-discrimination\, RGPD candidats).\n
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5
SUMMARY;LANGUAGE=fr-FR:Formation - Mener un entretien de recrutement structuré
DTSTART;TZID=W. Europe Standard Time:20250128T140000
DTEND;TZID=W. Europe Standard Time:20250128T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250109T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 1.01 Formation
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
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB0100000000000000001000000011A1B1C1D1E1F1012131415161718191",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-german-vorstellungsgespraech-intern",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jonas.becker@stud.uni-trier.de:mailto:jonas.becker@stud.uni-trier.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Becker\,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch für das Praktikum in der Fondsbuchhaltung (ab September 2025). Gesprächspartner sind Frank Meyers (Head of Fund Accounting) und Julien Weber (Senior Fund Accountant).\n\nTeams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTE5Mj%40thread.v2/0\n\nViele Grüße\nFrank Meyers\nMoselle Fund Services S.A.\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB0100000000000000001000000011A1B1C1D1E1F1012131415161718191
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Praktikum Fondsbuchhaltung - Herr Jonas Becker
DTSTART;TZID=W. Europe Standard Time:20250424T100000
DTEND;TZID=W. Europe Standard Time:20250424T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T083402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
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
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB0100000000000000001000000022A2B2C2D2E2F2022232425262728292",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-second-round-teams-external-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nair.acca@outlook.com:mailto:priya.nair.acca@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Dear Priya\,\n\nThank you for your availability. Please find below the link for your second interview for the Fund Accountant position at Moselle Fund Services\, with Frank Meyers (Head of Fund Accounting) and Julien Weber (Senior Fund Accountant).\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmI4Nz%40thread.v2/0>\nMeeting ID: 377 920 114 285\nPasscode: Lw4cT9\n________________________________________________________________________________\n\nKind regards\,\nIsabelle Kieffer\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB0100000000000000001000000022A2B2C2D2E2F2022232425262728292
SUMMARY;LANGUAGE=en-GB:2nd round - Fund Accountant - Priya Nair
DTSTART;TZID=W. Europe Standard Time:20250612T110000
DTEND;TZID=W. Europe Standard Time:20250612T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250605T150344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
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
        "uid": "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB0100000000000000001000000033A3B3C3D3E3F3033343536373839303",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-reference-check-caller",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Appeler M. Dos Santos (ex-manager d'Ana Ribeiro chez Apex\, +352 26 44 90 12) - accord de la candidate OK. Questions : fiabilité sur les VNI\, autonomie\, raison du départ\, la réembaucherait-il ? Compte-rendu à Isabelle.\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB0100000000000000001000000033A3B3C3D3E3F3033343536373839303
SUMMARY;LANGUAGE=fr-FR:Prise de références - A. Ribeiro
DTSTART;TZID=W. Europe Standard Time:20250303T163000
DTEND;TZID=W. Europe Standard Time:20250303T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T112004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
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
        "kind": "outlook-recurring",
        "uid": "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000001000000044A4B4C4D4E4F4044454647484940414",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-weekly-recruitment-sync-override",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Point hebdo sur les postes ouverts Fund Accounting (JFA\, FA CDI\, stages) : pipeline candidats\, entretiens à planifier\, retours agences.\n
RRULE:FREQ=WEEKLY;UNTIL=20250626T073000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000001000000044A4B4C4D4E4F4044454647484940414
SUMMARY;LANGUAGE=fr-FR:Point recrutement FA
DTSTART;TZID=W. Europe Standard Time:20250130T093000
DTEND;TZID=W. Europe Standard Time:20250130T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Décalé à vendredi (NAV de fin de mois jeudi). Ordre du jour : retours sur les 2 candidats présentés par Hays.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250227T093000
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000001000000044A4B4C4D4E4F4044454647484940414
SUMMARY;LANGUAGE=fr-FR:Point recrutement FA
DTSTART;TZID=W. Europe Standard Time:20250228T140000
DTEND;TZID=W. Europe Standard Time:20250228T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB0100000000000000001000000055A5B5C5D5E5F5055565758595950515",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-case-study-presentation-jury",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roussel, Mathilde":mailto:mathilde.roussel@mosellefs.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MFS 3.02 Vianden (6)":mailto:room.vianden@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Le candidat (L. Martin) présente l'étude de cas envoyée lundi (correction d'une erreur de VNI sur un compartiment obligataire + plan d'indemnisation). 20 min de présentation\, 25 min de questions. Jury : Frank\, Julien\, Mathilde - grille de notation jointe.\n
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB0100000000000000001000000055A5B5C5D5E5F5055565758595950515
SUMMARY;LANGUAGE=fr-FR:Présentation étude de cas - candidat FA CDI (jury)
DTSTART;TZID=W. Europe Standard Time:20250610T140000
DTEND;TZID=W. Europe Standard Time:20250610T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T094411Z
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
        "kind": "user-typed",
        "uid": "5B0E7C2A-9D14-4F8B-A3C6-E2D1F0B7A958",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "", "hiring": True,
        "trap": "user-as-interviewer-agency-brief-for-opening",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + TZ_LUX + r"""BEGIN:VEVENT
CREATED:20250506T072011Z
UID:5B0E7C2A-9D14-4F8B-A3C6-E2D1F0B7A958
DTEND;TZID=Europe/Luxembourg:20250507T123000
TRANSP:OPAQUE
SUMMARY:Brief Hays – poste FA CDI
LAST-MODIFIED:20250506T072248Z
DTSTAMP:20250506T072248Z
DTSTART;TZID=Europe/Luxembourg:20250507T120000
LOCATION:Teams
DESCRIPTION:avec Laurent Reding. Frank m'a délégué le brief : profil 2-4 ans UCITS\, FR/EN\, DE un plus. Fourchette 52-58k. Process : 1 entretien avec moi + test excel + Frank. Pas de candidats de chez nos clients !
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
