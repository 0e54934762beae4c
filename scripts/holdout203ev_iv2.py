# ruff: noqa: E501
"""holdout203 events, part iv2: FundRock, Alter Domus, Apex, BNP Paribas, Northern Trust, Quintet (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX, TZ_PARIS, TZ_ROMANCE, TZ_WEST

EVENTS = [
    {
        "kind": "teamtailor",
        "uid": "teamtailor-interview-9d21c7e0-5b1f-4a8e-b3c2-6f0e1d2a7c44",
        "iv": 1, "company": "FundRock", "role": "NAV Oversight Manager",
        "stage": "recruiter_screen", "who": "emilie.ries@fundrock.com",
        "trap": "teamtailor-manco-screen-teams",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-9d21c7e0-5b1f-4a8e-b3c2-6f0e1d2a7c44
DTSTAMP:20250310T082210Z
DTSTART:20250317T110000Z
DTEND:20250317T113000Z
SUMMARY:FundRock x Julien Weber – NAV Oversight Manager
DESCRIPTION:Hi Julien\,\n\nThank you for booking a time. You will speak with Emilie Ries (HR Business Partner) about the NAV Oversight Manager position within our Luxembourg Management Company.\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE0ZDM2%40thread.v2/0\nMeeting ID: 392 004 118 726 – Passcode: Hs3kP9\n\nNeed to reschedule? https://career.fundrock.com/jobs/4418203/reschedule\n\nBest\,\nFundRock People team
ORGANIZER;CN=Emilie Ries:mailto:emilie.ries@fundrock.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Emilie Ries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:emilie.ries@fundrock.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B8F1D0C3A997DB01000000000000000010000000D5A3C1E9F7B54D2A8E6C4B2A0F9E8D7C",
        "iv": 1, "company": "FundRock", "role": "NAV Oversight Manager",
        "stage": "final", "who": "jm.schaus@fundrock.com",
        "trap": "french-dernier-entretien-conducting-officer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ries, Emilie":mailto:emilie.ries@fundrock.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schaus, Jean-Marc":mailto:jm.schaus@fundrock.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nSuite à vos échanges avec l'équipe\, nous avons le plaisir de vous convier à un dernier entretien avec Jean-Marc Schaus\, conducting officer en charge de la supervision des délégués (administration centrale\, dépositaire).\n\nL'entretien aura lieu dans nos bureaux : Airport Center\, 5 Heienhaff\, L-1736 Senningerberg\, 3e étage.\n\nBien cordialement\,\nEmilie Ries\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000B8F1D0C3A997DB01000000000000000010000000D5A3C1E9F7B54D2A8E6C4B2A0F9E8D7C
SUMMARY;LANGUAGE=fr-FR:Dernier entretien - J. Weber / J-M. Schaus (conducting officer)
DTSTART;TZID=Romance Standard Time:20250408T083000
DTEND;TZID=Romance Standard Time:20250408T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T150942Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Airport Center\, 5 Heienhaff\, Senningerberg - salle Moselle
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
        "uid": "WD-INT-0c93b1f7a2e84c6d95b1e2f3a4c5d6e7@alterdomus.wd3.myworkday.com",
        "iv": 1, "company": "Alter Domus", "role": "Fund Accounting Team Leader",
        "stage": "recruiter_screen", "who": "laura.pinto@alterdomus.com",
        "trap": "workday-video-screen-utc-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0c93b1f7a2e84c6d95b1e2f3a4c5d6e7@alterdomus.wd3.myworkday.com
DTSTAMP:20250124T130551Z
DTSTART:20250130T140000Z
DTEND:20250130T143000Z
SEQUENCE:0
SUMMARY:Interview - Fund Accounting Team Leader (JR-12876) - Julien Weber
DESCRIPTION:Hello Julien\,\n\nYour interview for Fund Accounting Team Leader (JR-12876) has been scheduled.\n\nInterview Type: Video - Microsoft Teams\nInterviewer: Laura Pinto (Talent Acquisition Specialist)\nDuration: 30 minutes\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4Yz%40thread.v2/0?context=%7b%22Tid%22%3a%22alterdomus%22%7d\n\nAlter Domus Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Alter Domus Recruiting:mailto:alterdomus@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Laura Pinto;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.pinto@alterdomus.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000003F6E2B1C4D83DB0100000000000000001000000088AA66CC44EE22009911BB33DD55FF77",
        "iv": 1, "company": "Alter Domus", "role": "Fund Accounting Team Leader",
        "stage": "technical",
        "who": "david.schroeder@alterdomus.com;ines.carvalho@alterdomus.com",
        "trap": "technical-case-study-private-equity-nav",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Pinto, Laura":mailto:laura.pinto@alterdomus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schroeder, David":mailto:david.schroeder@alterdomus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carvalho, Ines":mailto:ines.carvalho@alterdomus.com
DESCRIPTION;LANGUAGE=en-GB:Dear Julien\,\n\nPlease find attached the case study (PE fund – capital call\, management fee and carried interest accrual\, NAV reconciliation). You will have 45 minutes to work on it at our office\, followed by a 45-minute discussion with David Schroeder (Senior Manager\, Fund Accounting) and Ines Carvalho (Manager).\n\nAddress: 15 Boulevard F.W. Raiffeisen\, L-2411 Luxembourg. A laptop will be provided.\n\nKind regards\,\nLaura\n
UID:040000008200E00074C5B7101A82E008000000003F6E2B1C4D83DB0100000000000000001000000088AA66CC44EE22009911BB33DD55FF77
SUMMARY;LANGUAGE=en-GB:Julien Weber - case study & technical interview (FA Team Leader)
DTSTART;TZID=W. Europe Standard Time:20250220T160000
DTEND;TZID=W. Europe Standard Time:20250220T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Alter Domus\, 15 Bd F.W. Raiffeisen - Room Echternach
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
        "kind": "outlook-cancel",
        "uid": "040000008200E00074C5B7101A82E00800000000E4C2A0B8D98ADB01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
        "iv": 1, "company": "Alter Domus", "role": "Fund Accounting Team Leader",
        "stage": "final", "who": "michel.wagner@alterdomus.com",
        "trap": "method-cancel-final-position-filled",
        "ics": r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Pinto, Laura":mailto:laura.pinto@alterdomus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wagner, Michel":mailto:michel.wagner@alterdomus.com
DESCRIPTION;LANGUAGE=en-GB:Dear Julien\,\n\nUnfortunately we need to cancel your final interview with Michel Wagner (Country Head of Fund Services). The role has been put on hold following an internal reorganisation. I will call you this afternoon to explain.\n\nApologies for the inconvenience\,\nLaura\n
UID:040000008200E00074C5B7101A82E00800000000E4C2A0B8D98ADB01000000000000000010000000123456789ABCDEF0FEDCBA9876543210
SUMMARY;LANGUAGE=en-GB:Canceled: Final interview - Julien Weber / Michel Wagner
DTSTART;TZID=W. Europe Standard Time:20250312T090000
DTEND;TZID=W. Europe Standard Time:20250312T100000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250307T113920Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Alter Domus\, 15 Bd F.W. Raiffeisen
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "sr-int-3b7c91e2-44d0-4c2a-9f16-ae05b7d28c31@smartrecruiters.com",
        "iv": 1, "company": "Apex Group", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "r.kowalczyk@apexgroup.com",
        "trap": "smartrecruiters-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-3b7c91e2-44d0-4c2a-9f16-ae05b7d28c31@smartrecruiters.com
DTSTAMP:20250224T094410Z
DTSTART:20250227T120000Z
DTEND:20250227T123000Z
SUMMARY:Apex Group | Phone interview | Fund Accounting Supervisor
DESCRIPTION:Hi Julien\,\n\nYour phone interview with Apex Group has been confirmed.\n\nPosition: Fund Accounting Supervisor - Luxembourg\nInterviewer: Radoslaw Kowalczyk\, Talent Acquisition Lead (Benelux)\nRadoslaw will call you on +33 6 71 24 58 90.\n\nTo reschedule\, use the link in your confirmation email.\n\nSmartRecruiters on behalf of Apex Group
ORGANIZER;CN=Apex Group via SmartRecruiters:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Radoslaw Kowalczyk;ROLE=REQ-PARTICIPANT:mailto:r.kowalczyk@apexgroup.com
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "7gk3p0vq2n8h5j1r6t4b9c0mda@google.com",
        "iv": 1, "company": "Apex Group", "role": "Fund Accounting Supervisor",
        "stage": "technical", "who": "fiona.walsh@apexgroup.com;n.petit@apexgroup.com",
        "trap": "technical-nav-review-exercise-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T163000Z
DTEND:20250311T173000Z
DTSTAMP:20250304T140233Z
ORGANIZER;CN=Fiona Walsh:mailto:fiona.walsh@apexgroup.com
UID:7gk3p0vq2n8h5j1r6t4b9c0mda@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fiona Walsh;X-NUM-GUESTS=0:mailto:fiona.walsh@apexgroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicolas Petit;X-NUM-GUESTS=0:mailto:n.petit@apexgroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
X-GOOGLE-CONFERENCE:https://meet.google.com/vbx-qtrm-kpa
CREATED:20250304T140232Z
DESCRIPTION:Technical round: we will share a NAV pack (trial balance\, price exception report\, cash recs) on screen and walk through it together - please have Excel ready and be prepared to share your screen.<br>Interviewers: Fiona Walsh (Head of Fund Accounting Lux) and Nicolas Petit (Senior Manager).<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: https://meet.google.com/vbx-qtrm-kpa<br>Or dial: (LU) +352 20 30 14 38 PIN: 447 119 302#<br>More phone numbers: https://tel.meet/vbx-qtrm-kpa?pin=4471193024421<br><br>Learn more about Meet at: https://support.google.com/a/users/answer/9282720<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250304T140232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Apex Group - technical interview - Julien Weber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "talentsoft",
        "uid": "TS-ENTRETIEN-000418772-bnpparibas@talent-soft.com",
        "iv": 1, "company": "BNP Paribas", "role": "Superviseur Comptabilité OPC (H/F)",
        "stage": "recruiter_screen", "who": "claire.martin@bnpparibas.com",
        "trap": "talentsoft-entretien-rh-paris-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Talentsoft//Talentsoft Recruiting//FR
VERSION:2.0
METHOD:REQUEST
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:TS-ENTRETIEN-000418772-bnpparibas@talent-soft.com
DTSTAMP:20250213T085511Z
DTSTART;TZID=Europe/Paris:20250218T123000
DTEND;TZID=Europe/Paris:20250218T131500
SUMMARY:Entretien RH - Superviseur Comptabilité OPC (H/F) - Luxembourg
DESCRIPTION:Bonjour Monsieur Weber\,\n\nNous avons le plaisir de vous confirmer votre entretien RH dans le cadre de votre candidature au poste de Superviseur Comptabilité OPC (H/F) – Réf. LUX-2025-0117.\n\nInterlocutrice : Claire Martin\, Chargée de recrutement\nLieu : BNP Paribas\, 60 avenue J.F. Kennedy\, L-1855 Luxembourg – accueil principal\nMerci de vous munir d'une pièce d'identité.\n\nCordialement\,\nL'équipe Recrutement BNP Paribas Luxembourg
ORGANIZER;CN=BNP Paribas Recrutement:mailto:recrutement-lux@talent-soft.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Claire Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.martin@bnpparibas.com
LOCATION:BNP Paribas\, 60 avenue J.F. Kennedy\, L-1855 Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "6d1b2f30-8e4c-4b7a-a9d5-0c3e1f2a4b6d",
        "iv": 1, "company": "BNP Paribas", "role": "", "stage": "hiring_manager",
        "who": "Sophie Lambert;Rui Ferreira",
        "trap": "user-typed-second-round-n-plus-1-abbrev",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_LUX + r"""BEGIN:VEVENT
CREATED:20250221T192003Z
LAST-MODIFIED:20250221T192158Z
DTSTAMP:20250221T192158Z
UID:6d1b2f30-8e4c-4b7a-a9d5-0c3e1f2a4b6d
SUMMARY:BNP 2e entretien N+1 / N+2
DTSTART;TZID=Europe/Luxembourg:20250303T173000
DTEND;TZID=Europe/Luxembourg:20250303T183000
LOCATION:60 av JFK - bat. B
DESCRIPTION:avec Sophie Lambert (N+1\, resp. Fund Accounting UCITS) et Rui Ferreira (N+2)\nqu'est ce qu'ils attendent sur la partie oversight des TA ?\ndemander télétravail frontalier (34j/an)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-INT-a61e0f2d9c3b4e7a8b5c6d7e8f901234@ntrs.wd1.myworkday.com",
        "iv": 1, "company": "Northern Trust", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "hm117@ntrs.com",
        "trap": "workday-phone-screen-requisition-number",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-a61e0f2d9c3b4e7a8b5c6d7e8f901234@ntrs.wd1.myworkday.com
DTSTAMP:20250304T161200Z
DTSTART:20250310T080000Z
DTEND:20250310T083000Z
SEQUENCE:0
SUMMARY:Northern Trust Interview: R25-0004417 Fund Accounting Supervisor
DESCRIPTION:Dear Julien\,\n\nWe are delighted to invite you to a telephone interview for the role of Fund Accounting Supervisor (R25-0004417)\, Luxembourg.\n\nInterviewer: Helen Maas\, Talent Acquisition\nHelen will call you at the number in your candidate profile.\n\nPlease log in to the Northern Trust Careers site to view or manage your interview.\n\nBest regards\,\nNorthern Trust Talent Acquisition
LOCATION:Phone Interview
ORGANIZER;CN=Northern Trust Careers:mailto:ntrs@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Helen Maas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hm117@ntrs.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime",
        "uid": "goodtime-9a4f2c81e6d04b37@goodtime.io",
        "iv": 1, "company": "Northern Trust", "role": "Fund Accounting Supervisor",
        "stage": "hiring_manager", "who": "gw42@ntrs.com",
        "trap": "goodtime-hiring-manager-coordinator-excluded",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-9a4f2c81e6d04b37@goodtime.io
DTSTAMP:20250317T093015Z
DTSTART:20250324T150000Z
DTEND:20250324T154500Z
SUMMARY:Interview Confirmation: Julien Weber - Northern Trust
DESCRIPTION:Hi Julien\,\n\nYour interview for Fund Accounting Supervisor is confirmed.\n\nMonday\, March 24 2025\n16:00 - 16:45 CET\n\n16:00 - 16:45  Gareth Wilson\, Head of Fund Administration Luxembourg (Hiring Manager)\n\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE3NW%40thread.v2/0\nMeeting ID: 281 557 336 094 Passcode: tN7cW2\n\nIf you have any questions\, please contact your coordinator Priya Raman (praman3@ntrs.com).\n\nScheduled with GoodTime
ORGANIZER;CN=Priya Raman:mailto:praman3@ntrs.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Gareth Wilson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gw42@ntrs.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever",
        "uid": "lever-interview-2c7f9e41-0b5a-4d6e-8a31-95c0e7d4f218@hire.lever.co",
        "iv": 1, "company": "Quintet Private Bank", "role": "Fund Administration Supervisor",
        "stage": "recruiter_screen", "who": "m.hermes@quintet.com",
        "trap": "lever-phone-screen-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2c7f9e41-0b5a-4d6e-8a31-95c0e7d4f218@hire.lever.co
DTSTAMP:20250115T134902Z
DTSTART:20250120T113000Z
DTEND:20250120T120000Z
SUMMARY:Julien Weber - Phone Screen (Fund Administration Supervisor) - Quintet
DESCRIPTION:Phone screen with Martine Hermes (Talent Acquisition\, Quintet Private Bank).\n\nMartine will call you on +33 6 71 24 58 90.\n\nPosition: Fund Administration Supervisor\, Luxembourg\n\n---\nThis event was scheduled via Lever.
ORGANIZER;CN=Martine Hermes:mailto:m.hermes@quintet.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Martine Hermes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.hermes@quintet.com
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
