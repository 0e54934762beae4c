# ruff: noqa: E501
"""holdout203 events, part iv4: ManCos, German houses and administrators (CC0 1.0)."""

from holdout203ev_tz import TZ_BERLIN, TZ_LUX, TZ_LUX_SF, TZ_WEST

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000116B7D3E6FA6DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "iv": 1, "company": "FundPartner Solutions", "role": "Senior NAV Oversight Officer",
        "stage": "hiring_manager", "who": "gvanhove@pictet.com",
        "trap": "outlook-second-interview-manco-oversight",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Van Hove, Geert":mailto:gvanhove@pictet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
DESCRIPTION;LANGUAGE=en-GB:Dear Julien\,\n\nThank you for your time with our HR team last week. As agreed\, here is the invitation for our conversation on the Senior NAV Oversight Officer role within FundPartner Solutions (Europe) S.A.\, the Pictet Group's third-party management company.\n\nLocation: 15A\, avenue J.F. Kennedy\, L-1855 Luxembourg.\n\nKind regards\,\nGeert Van Hove\nHead of Investment Fund Oversight\n
UID:040000008200E00074C5B7101A82E00800000000116B7D3E6FA6DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Julien Weber / Geert Van Hove
DTSTART;TZID=W. Europe Standard Time:20250506T123000
DTEND;TZID=W. Europe Standard Time:20250506T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T154311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Pictet - 15A av. JFK - Reception
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
        "kind": "workday",
        "uid": "WD-INT-9b8a7c6d5e4f40312a1b0c9d8e7f6a5b@ubs.wd3.myworkday.com",
        "iv": 1, "company": "UBS Fund Management (Luxembourg)",
        "role": "Fund Accounting Oversight Specialist", "stage": "technical",
        "who": "annika.roth@ubs.com;j.clement@ubs.com",
        "trap": "workday-technical-excel-case-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-9b8a7c6d5e4f40312a1b0c9d8e7f6a5b@ubs.wd3.myworkday.com
DTSTAMP:20250502T090017Z
DTSTART:20250508T140000Z
DTEND:20250508T150000Z
SEQUENCE:0
SUMMARY:Interview: Technical Interview - 318842BR Fund Accounting Oversight Specialist
DESCRIPTION:Dear Julien\,\n\nWe are pleased to confirm your technical interview for the position Fund Accounting Oversight Specialist (318842BR) with UBS Fund Management (Luxembourg) S.A.\n\nInterviewers: Annika Roth (Head of Fund Oversight) and Jérôme Clement (Senior Oversight Specialist)\nFormat: Microsoft Teams\, 60 minutes\, including a short Excel exercise on NAV variance analysis shared during the call.\n\nUBS Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=UBS Recruiting:mailto:ubs@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Annika Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:annika.roth@ubs.com
ATTENDEE;CN=Jérôme Clement;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.clement@ubs.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "talentsoft",
        "uid": "TS-ENTRETIEN-000522913-amundi@talent-soft.com",
        "iv": 1, "company": "Amundi Luxembourg", "role": "Responsable NAV Oversight (H/F)",
        "stage": "final", "who": "s.bernard@amundi.com;l.weis@amundi.com",
        "trap": "french-entretien-final-drh-directeur",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Talentsoft//Talentsoft Recruiting//FR
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX + r"""BEGIN:VEVENT
UID:TS-ENTRETIEN-000522913-amundi@talent-soft.com
DTSTAMP:20250507T101422Z
DTSTART;TZID=Europe/Luxembourg:20250514T170000
DTEND;TZID=Europe/Luxembourg:20250514T180000
SUMMARY:Entretien final - Responsable NAV Oversight (H/F)
DESCRIPTION:Bonjour Julien\,\n\nSuite à vos précédents entretiens\, nous avons le plaisir de vous inviter à un entretien final avec Stéphanie Bernard (DRH Amundi Luxembourg) et Laurent Weis (Directeur des Opérations).\n\nLieu : Amundi Luxembourg\, 5 allée Scheffer\, L-2520 Luxembourg.\n\nCordialement\,\nAmundi - Recrutement
ORGANIZER;CN=Amundi Recrutement:mailto:amundi-recrutement@talent-soft.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Stéphanie Bernard;ROLE=REQ-PARTICIPANT:mailto:s.bernard@amundi.com
ATTENDEE;CN=Laurent Weis;ROLE=REQ-PARTICIPANT:mailto:l.weis@amundi.com
LOCATION:Amundi Luxembourg\, 5 allée Scheffer\, Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio",
        "uid": "personio-interview-7712039-2@universal-investment.jobs.personio.de",
        "iv": 1, "company": "Universal-Investment",
        "role": "Teamleiter Fondsbuchhaltung (m/w/d)", "stage": "hiring_manager",
        "who": "t.kessler@universal-investment.com",
        "trap": "personio-german-interview-google-meet",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-7712039-2@universal-investment.jobs.personio.de
DTSTAMP:20250409T130044Z
DTSTART;TZID=Europe/Berlin:20250416T100000
DTEND;TZID=Europe/Berlin:20250416T110000
SUMMARY:Interview: Teamleiter Fondsbuchhaltung (m/w/d) – Julien Weber
DESCRIPTION:Hallo Julien\,\n\nwir freuen uns auf das Gespräch mit Dir! Teilnehmen wird Tobias Kessler (Head of Fund Accounting\, Universal-Investment-Luxembourg S.A.).\n\nGoogle Meet: https://meet.google.com/ukt-rwpe-zqa\nTelefon: +49 30 300195218 PIN: 611 402 987#\n\nViele Grüße\nDein Talent Acquisition Team
ORGANIZER;CN=Universal-Investment Recruiting:mailto:recruiting@universal-investment.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Tobias Kessler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t.kessler@universal-investment.com
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rexx",
        "uid": "rexx-termin-20250407-4812@dz-privatbank.rexx-systems.com",
        "iv": 1, "company": "DZ PRIVATBANK",
        "role": "Gruppenleiter Fund Accounting (m/w/d)", "stage": "recruiter_screen",
        "who": "sabine.heinz@dz-privatbank.com",
        "trap": "german-kennenlerngespraech-telefonisch",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
""" + TZ_LUX_SF + r"""BEGIN:VEVENT
UID:rexx-termin-20250407-4812@dz-privatbank.rexx-systems.com
DTSTAMP:20250401T113300Z
DTSTART;TZID=Europe/Luxembourg:20250407T123000
DTEND;TZID=Europe/Luxembourg:20250407T130000
SUMMARY:Telefonisches Kennenlerngespräch – Gruppenleiter Fund Accounting (m/w/d)
DESCRIPTION:Sehr geehrter Herr Weber\,\n\nvielen Dank für Ihr Interesse an der DZ PRIVATBANK S.A. Wie vereinbart wird Sie Frau Sabine Heinz (Personalreferentin) zu einem ersten telefonischen Kennenlerngespräch unter +33 6 71 24 58 90 anrufen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nDZ PRIVATBANK S.A.\, 4\, rue Thomas Edison\, L-1445 Strassen
ORGANIZER;CN=DZ PRIVATBANK Personal:mailto:bewerbung@dz-privatbank.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Sabine Heinz;ROLE=REQ-PARTICIPANT:mailto:sabine.heinz@dz-privatbank.com
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "2F4D9A0B-6C1E-4B3A-8D7F-E0C5B1A29F63",
        "iv": 1, "company": "Union Investment Luxembourg", "role": "", "stage": "",
        "who": "Hr. Schmitt",
        "trap": "user-typed-german-vg-abbreviation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
""" + TZ_LUX + r"""BEGIN:VEVENT
CREATED:20250502T061512Z
UID:2F4D9A0B-6C1E-4B3A-8D7F-E0C5B1A29F63
DTEND;TZID=Europe/Luxembourg:20250513T103000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:VG Union Inv Lux – 2. Runde
LAST-MODIFIED:20250502T061744Z
DTSTAMP:20250502T061744Z
DTSTART;TZID=Europe/Luxembourg:20250513T093000
LOCATION:3 Heienhaff\, Senningerberg
DESCRIPTION:Hr. Schmitt + jemand aus Fondsbuchhaltung. Unterlagen: Zeugnisse auf Deutsch mitnehmen. Urlaub (1/2 Tag) beantragt
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:4C1D8E2F-0A3B-4F6C-9E8D-7B6A5C4D3E2F
UID:4C1D8E2F-0A3B-4F6C-9E8D-7B6A5C4D3E2F
TRIGGER:-PT45M
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "testgorilla",
        "uid": "tg-assessment-4f81c2d0a7e3@testgorilla.com",
        "iv": 1, "company": "IQ-EQ", "role": "Fund Accounting Manager (Private Equity)",
        "stage": "technical", "who": "",
        "trap": "online-assessment-self-paced-slot",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TestGorilla//Assessment Reminder//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tg-assessment-4f81c2d0a7e3@testgorilla.com
DTSTAMP:20250331T084510Z
DTSTART:20250403T180000Z
DTEND:20250403T190000Z
SUMMARY:IQ-EQ assessment: Fund Accounting Manager (Private Equity)
DESCRIPTION:Hi Julien\,\n\nIQ-EQ has invited you to complete an assessment as part of your application for Fund Accounting Manager (Private Equity)\, Luxembourg.\n\nTests: Financial accounting (IFRS)\, Microsoft Excel (advanced)\, Attention to detail (numerical)\nEstimated duration: 55 minutes\nDeadline: 4 April 2025\n\nStart the assessment: https://app.testgorilla.com/s/8k2m4q1x\n\nGood luck!\nThe TestGorilla team on behalf of IQ-EQ
ORGANIZER;CN=TestGorilla:mailto:no-reply@testgorilla.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT:mailto:julien.weber.lux@pt.lu
LOCATION:https://app.testgorilla.com/s/8k2m4q1x
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable",
        "uid": "workable-event-3f9c2e17b0d4@apply.workable.com",
        "iv": 1, "company": "Aztec Group", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "holly.jenkins@aztecgroup.co.uk",
        "trap": "workable-phone-screen-jersey-recruiter",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3f9c2e17b0d4@apply.workable.com
DTSTAMP:20250120T101500Z
DTSTART:20250124T090000Z
DTEND:20250124T093000Z
SUMMARY:Phone Screen - Fund Accounting Supervisor (Luxembourg) - Aztec Group
DESCRIPTION:Hi Julien\,\n\nThis is to confirm your phone screen with Holly Jenkins\, Talent Acquisition Partner at Aztec Group. Holly will call you on +33 6 71 24 58 90.\n\nRole: Fund Accounting Supervisor\, Luxembourg (Private Equity & Real Estate)\n\nThanks\,\nAztec Group Talent Team\n\nSent via Workable
ORGANIZER;CN=Holly Jenkins:mailto:holly.jenkins@aztecgroup.co.uk
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "3h8sd1fk0q2m7v5c9rb4n6tjpe@google.com",
        "iv": 1, "company": "Vistra", "role": "Fund Administration Supervisor",
        "stage": "hiring_manager", "who": "marta.nowak@vistra.com",
        "trap": "google-invite-meet-hiring-manager-short-title",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250206T113000Z
DTEND:20250206T121500Z
DTSTAMP:20250131T160833Z
ORGANIZER;CN=Marta Nowak:mailto:marta.nowak@vistra.com
UID:3h8sd1fk0q2m7v5c9rb4n6tjpe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Nowak;X-NUM-GUESTS=0:mailto:marta.nowak@vistra.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
X-GOOGLE-CONFERENCE:https://meet.google.com/qzd-hkfm-wro
CREATED:20250131T160832Z
DESCRIPTION:Hi Julien\, looking forward to our chat about the Fund Administration Supervisor opening in my team. Marta<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: https://meet.google.com/qzd-hkfm-wro<br>Or dial: (LU) +352 20 30 15 02 PIN: 902 338 417#<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250131T160832Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vistra | Julien Weber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims",
        "uid": "icims-interview-00094172-citco@careers-citco.icims.com",
        "iv": 1, "company": "Citco", "role": "Fund Accounting Supervisor", "stage": "",
        "who": "ldiederich@citco.com;apiron@citco.com",
        "trap": "icims-interview-webex-no-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-00094172-citco@careers-citco.icims.com
DTSTAMP:20250514T090210Z
DTSTART:20250520T130000Z
DTEND:20250520T140000Z
SUMMARY:Citco Interview - Fund Accounting Supervisor - Julien Weber
DESCRIPTION:Dear Julien\,\n\nYou have been scheduled for an interview for the position of Fund Accounting Supervisor (Req ID 2025-9412)\, Citco Fund Services (Luxembourg) S.A.\n\nInterview Team:\nLaurent Diederich\nAnabela Piron\n\nWebex: https://citco.webex.com/meet/ldiederich\nAccess code: 2381 447 9021\n\nRegards\,\nCitco Talent Acquisition\n(This mailbox is not monitored)
ORGANIZER;CN=Citco Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Laurent Diederich;ROLE=REQ-PARTICIPANT:mailto:ldiederich@citco.com
ATTENDEE;CN=Anabela Piron;ROLE=REQ-PARTICIPANT:mailto:apiron@citco.com
LOCATION:https://citco.webex.com/meet/ldiederich
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop",
        "uid": "modernloop-5b7e2a90-c1d4-4f36-8e0b-9a2c7d1e3f45@modernloop.io",
        "iv": 1, "company": "CSC", "role": "NAV Oversight Manager", "stage": "onsite",
        "who": "e.frisch@cscgfm.com;b.oliveira@cscgfm.com;k.meyer@cscgfm.com",
        "trap": "modernloop-panel-in-person-coordinator-organizer",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
""" + TZ_LUX + r"""BEGIN:VEVENT
UID:modernloop-5b7e2a90-c1d4-4f36-8e0b-9a2c7d1e3f45@modernloop.io
DTSTAMP:20250519T141102Z
DTSTART;TZID=Europe/Luxembourg:20250527T133000
DTEND;TZID=Europe/Luxembourg:20250527T160000
SUMMARY:Onsite Interview - NAV Oversight Manager - Julien Weber (CSC)
DESCRIPTION:Hi Julien\,\n\nHere is your onsite interview schedule at CSC\, 12 rue Eugène Ruppert\, L-2453 Luxembourg (4th floor).\n\n13:30 - 14:15  Eva Frisch\, Head of Fund Services Luxembourg\n14:15 - 15:00  Bruno Oliveira\, Director\, NAV Oversight\n15:15 - 16:00  Katja Meyer\, Conducting Officer\n\nYour coordinator for the day is Chloé Simon (chloe.simon@cscgfm.com). Ask for her at reception.\n\nScheduled via ModernLoop
ORGANIZER;CN=Chloé Simon:mailto:chloe.simon@cscgfm.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Eva Frisch;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.frisch@cscgfm.com
ATTENDEE;CN=Bruno Oliveira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b.oliveira@cscgfm.com
ATTENDEE;CN=Katja Meyer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.meyer@cscgfm.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=LU-ERU-4.03 Kirchberg:mailto:lu-eru-403@cscgfm.com
LOCATION:CSC\, 12 rue Eugène Ruppert\, Luxembourg - LU-ERU-4.03 Kirchberg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
