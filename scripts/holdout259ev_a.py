"""holdout259 events, part A: the user's own interviews (police, bank, regulators, insurers, ...)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout259ev_zones import GMT_STD, LONDON, UTC_LONDON_LABEL

EVENTS = [
    dict(
        kind="outlook-assessment-centre",
        uid="040000008200E00074C5B7101A82E008000000008C4F2A1B3D1DDC01000000000000000010000000A7E3C1F0B2D94E4F9A1C33D2E7B5A601",
        is_interview=1,
        company="West Riding Police",
        role="Detective Inspector",
        stage="onsite",
        interviewers="nadia.hussain@westriding-police.example.uk;mark.ibbotson@westriding-police.example.uk",
        trap="internal-promotion-assessment-centre-room-resource",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=Promotions Team:mailto:promotions@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hussain, Nadia
 ":mailto:nadia.hussain@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ibbotson, Mark
 ":mailto:mark.ibbotson@westriding-police.example.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN
 ="Carr Gate Training Suite 3 (20)":mailto:CGTrainingSuite3@westriding-police
 .example.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL\n\nDear Candidate\,\n\nDetective Inspec
 tor Promotion Process 2025 – Stage 2 Assessment Centre\n\nCongratulations o
 n passing the Stage 1 work-based assessment. You are invited to the Stage 2
  assessment centre. The centre comprises:\n  - a 10 minute briefing\n  - a 
 30 minute in-tray exercise\n  - a 20 minute role-play (a meeting with a mem
 ber of the public played by an actor)\n\nYour assessors are Supt Nadia Huss
 ain and DCI Mark Ibbotson. Exercises are mapped to the Competency and Value
 s Framework (CVF) at Level 2.\n\nPlease bring your warrant card. Dress code
 : business attire.\n\nPromotions Team | People Directorate\n
UID:040000008200E00074C5B7101A82E008000000008C4F2A1B3D1DDC01000000000000000010000000A7E3C1F0B2D94E4F9A1C33D2E7B5A601
SUMMARY;LANGUAGE=en-GB:DI Promotion – Stage 2 Assessment Centre (Candidate 1
 4)
DTSTART;TZID=GMT Standard Time:20251021T090000
DTEND;TZID=GMT Standard Time:20251021T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Carr Gate Training Suite 3 (20)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-board",
        uid="040000008200E00074C5B7101A82E00800000000E1B97C443D1DDC0100000000000000001000000036B1D9E7A0C2B44C8E5A6F1DB0C9E210",
        is_interview=1,
        company="West Riding Police",
        role="Detective Inspector",
        stage="final",
        interviewers="andrew.kettlewell@westriding-police.example.uk;gill.marsden@westriding-police.example.uk;claire.dobson@westriding-police.example.uk",
        trap="internal-promotion-board-rescheduled-sent-by-pa",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Kettlewell, Andrew";SENT-BY="mailto:joanne.pickles@westriding-
 police.example.uk":mailto:andrew.kettlewell@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marsden, Gill":m
 ailto:gill.marsden@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dobson, Claire":
 mailto:claire.dobson@westriding-police.example.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HQ
  Laburnum Road – Conference Room 1":mailto:HQConf1@westriding-police.exampl
 e.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL – SENSITIVE (PERSONNEL)\n\nRachel\,\n\n
 Apologies – because of the Op NIGHTJAR gold group the Chief Superintendent 
 has had to move your board from Tuesday 11 November to Thursday 13 November
 . Same venue.\n\nBoard panel: Ch Supt Andrew Kettlewell (chair)\, Supt Gil
 l Marsden (independent member)\, Claire Dobson (HR Business Partner).\n\nTh
 e board lasts 60 minutes: four competency/values questions (CVF Level 2) an
 d a 10 minute presentation on 'Leading investigations in a time of reduced 
 resources'.\n\nJoanne Pickles\nStaff Officer to Ch Supt Kettlewell\n
UID:040000008200E00074C5B7101A82E00800000000E1B97C443D1DDC0100000000000000001000000036B1D9E7A0C2B44C8E5A6F1DB0C9E210
SUMMARY;LANGUAGE=en-GB:Updated: DI Promotion Board – R Whitfield (moved to 1
 3/11)
DTSTART;TZID=GMT Standard Time:20251113T140000
DTEND;TZID=GMT Standard Time:20251113T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251104T083011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:HQ Laburnum Road – Conference Room 1
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1944810293
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-handtyped-eoi-chat",
        uid="6F1E2A7C-93B4-4D0A-8E11-2C5F7B9A0D34",
        is_interview=1,
        company="West Riding Police",
        role="T/DI Public Protection Unit",
        stage="hiring_manager",
        interviewers="D/Supt Rowe",
        trap="handtyped-abbreviated-internal-eoi-chat",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250915T071204Z
UID:6F1E2A7C-93B4-4D0A-8E11-2C5F7B9A0D34
DTEND:20250918T101500
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:chat w/ D/Supt Rowe re T/DI PPU EOI
LAST-MODIFIED:20250915T071233Z
DTSTAMP:20250915T071233Z
DTSTART:20250918T094500
LOCATION:her office 3rd flr Elland Rd
SEQUENCE:0
DESCRIPTION:take EOI printout + PDR. she said 'informal' but it's the selec
 tion for the 6 month acting post
BEGIN:VALARM
X-WR-ALARMUID:0C9D4E2B-7A61-4F35-B0D8-1A2E3F4C5D6E
UID:0C9D4E2B-7A61-4F35-B0D8-1A2E3F4C5D6E
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancelled-screen",
        uid="040000008200E00074C5B7101A82E008000000005A2C90113D1DDC010000000000000000100000009F0E7D3C2B1A49588776655443322110",
        is_interview=1,
        company="Pennine Constabulary",
        role="Detective Sergeant – Major Investigation Team (transferee)",
        stage="recruiter_screen",
        interviewers="lucy.brannigan@pennine-police.example.uk",
        trap="cancelled-transferee-eligibility-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Brannigan, Lucy":mailto:lucy.brannigan@pennine-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\, I'm really sorry but I need to cance
 l our transferee eligibility call tomorrow (I'm off sick). I'll send a new 
 time. Lucy\n\nLucy Brannigan | Recruitment Officer (Transferees) | People S
 ervices | Pennine Constabulary\n
UID:040000008200E00074C5B7101A82E008000000005A2C90113D1DDC010000000000000000100000009F0E7D3C2B1A49588776655443322110
SUMMARY;LANGUAGE=en-GB:Canceled: Transferee call – DS MIT – R Whitfield
DTSTART;TZID=GMT Standard Time:20250924T110000
DTEND;TZID=GMT Standard Time:20250924T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250923T154402Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Telephone – Lucy will call 07700 900418
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-transferee-screen",
        uid="040000008200E00074C5B7101A82E00800000000C3D2E1F03F1DDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        is_interview=1,
        company="Pennine Constabulary",
        role="Detective Sergeant – Major Investigation Team (transferee)",
        stage="recruiter_screen",
        interviewers="lucy.brannigan@pennine-police.example.uk",
        trap="transferee-eligibility-call-teams-boilerplate",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Brannigan, Lucy":mailto:lucy.brannigan@pennine-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\, new time as promised. We'll go throu
 gh eligibility (probation complete\, no live misconduct\, sickness levels)\
 , your vetting level and your reasons for transferring\, then I'll explain 
 the MIT interview.\n\n_____________________________________________________
 ___________________________\nMicrosoft Teams meeting\nJoin on your computer
 \, mobile app or room device\nClick here to join the meeting<https://teams.
 microsoft.example.com/l/meetup-join/19%3ameeting_NjQ3ZTk1>\nMeeting ID: 318 
 442 907 115\nPasscode: Xb7Rq2\nDownload Teams | Join on the web\nOr call in
  (audio only)\n+44 20 3855 0147\,\,602118443#   United Kingdom\, London\nPh
 one Conference ID: 602 118 443#\n_______________________________________
 _________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C3D2E1F03F1DDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-GB:Transferee call – DS MIT – R Whitfield
DTSTART;TZID=GMT Standard Time:20250930T143000
DTEND;TZID=GMT Standard Time:20250930T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T090120Z
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
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NjQ3ZTk1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-mit-panel",
        uid="040000008200E00074C5B7101A82E0080000000077AA88BB3F1DDC010000000000000000100000004D5E6F708192A3B4C5D6E7F801234567",
        is_interview=1,
        company="Pennine Constabulary",
        role="Detective Sergeant – Major Investigation Team",
        stage="onsite",
        interviewers="simon.greaves@pennine-police.example.uk;beth.aldred@pennine-police.example.uk",
        trap="force-transfer-panel-with-interview-room-wording",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Brannigan, Lucy":mailto:lucy.brannigan@pennine-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greaves, Si
 mon (DCI)":mailto:simon.greaves@pennine-police.example.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aldred, Bet
 h (DI)":mailto:beth.aldred@pennine-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rachel\,\n\nThank you for attending the eli
 gibility call. I am pleased to invite you to interview for the post of DS\,
  Major Investigation Team (transferee).\n\nVenue: Moorside Police HQ\, Holm
 field Road\, Halifax HX3 7QP – report to front counter\, you will be escort
 ed to the interview suite (NOT the custody interview rooms!).\nPanel: DCI 
 Simon Greaves (SIO\, MIT West) and DI Beth Aldred.\nFormat: 45 minutes\, 5 
 questions including a scenario on the first 24 hours of a homicide investi
 gation (golden hour\, fast-track actions\, HOLMES).\n\nPlease bring photo I
 D and your last two PDRs.\n\nKind regards\nLucy\n
UID:040000008200E00074C5B7101A82E0080000000077AA88BB3F1DDC010000000000000000100000004D5E6F708192A3B4C5D6E7F801234567
SUMMARY;LANGUAGE=en-GB:Interview – DS MIT (transferee) – Rachel Whitfield
DTSTART;TZID=GMT Standard Time:20251016T100000
DTEND;TZID=GMT Standard Time:20251016T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T131005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Moorside Police HQ\, Holmfield Road\, Halifax
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-recruiter-screen",
        uid="WD-INT-2a7f0c31e9b54d0f8e3a11c6b2d4f905@northgatebank.myworkday.example.com",
        is_interview=1,
        company="Northgate Bank",
        role="Financial Crime Investigator",
        stage="recruiter_screen",
        interviewers="hannah.lowe@northgatebank.example.com",
        trap="workday-utc-requisition-number",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2a7f0c31e9b54d0f8e3a11c6b2d4f905@northgatebank.myworkday.example.com
DTSTAMP:20250910T142233Z
DTSTART:20250916T090000Z
DTEND:20250916T093000Z
SUMMARY:Interview Scheduled: Financial Crime Investigator (R-0020419) - Rach
 el Whitfield
ORGANIZER;CN=Northgate Bank Talent Acquisition:mailto:northgatebank@myworkda
 y.example.com
ATTENDEE;CN=Rachel Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;CN=Hannah Lowe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah
 .lowe@northgatebank.example.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Rachel\,\n\nThank you for your application for Financial C
 rime Investigator (R-0020419) in our Financial Crime Investigations Unit (L
 eeds). Hannah Lowe\, Talent Acquisition Partner\, will hold a 30 minute ini
 tial screening call with you via Microsoft Teams.\n\nInterview Type: Initia
 l Screen\nDuration: 30 minutes\n\nTo view or update your application\, plea
 se sign in to the Northgate Bank Careers site.\n\nThis is an automated mess
 age from Workday. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-case-study",
        uid="WD-INT-91c4de0b7a2f4c8d9b6e52f1a0c3d7e8@northgatebank.myworkday.example.com",
        is_interview=1,
        company="Northgate Bank",
        role="Financial Crime Investigator",
        stage="technical",
        interviewers="gareth.pryor@northgatebank.example.com",
        trap="case-study-exercise-alt-desc-html",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-91c4de0b7a2f4c8d9b6e52f1a0c3d7e8@northgatebank.myworkday.example.com
DTSTAMP:20250919T083301Z
DTSTART:20250926T120000Z
DTEND:20250926T133000Z
SUMMARY:Financial Crime Investigator (R-0020419) - Case Study Exercise
ORGANIZER;CN=Northgate Bank Talent Acquisition:mailto:northgatebank@myworkda
 y.example.com
ATTENDEE;CN=Rachel Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;CN=Gareth Pryor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:garet
 h.pryor@northgatebank.example.com
LOCATION:Northgate Bank\, 4 Aire Street\, Leeds LS1 4PR - Floor 6
DESCRIPTION:Dear Rachel\, you will be given a redacted internal fraud case 
 (a mule-account network and associated SARs) and 60 minutes to prepare a wr
 itten investigation plan\, followed by a 30 minute discussion with Gareth P
 ryor (Investigations Manager).
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Rachel\,</p><p>You will be 
 given a redacted internal fraud case (a mule-account network and associated
  SARs) and <b>60 minutes</b> to prepare a written investigation plan\, foll
 owed by a 30 minute discussion with Gareth Pryor (Investigations Manager).<
 /p><p>Please bring photo ID to reception.</p></body></html>
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-final",
        uid="040000008200E00074C5B7101A82E00800000000F00DBA11401DDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="Northgate Bank",
        role="Financial Crime Investigator",
        stage="final",
        interviewers="gareth.pryor@northgatebank.example.com;sunita.rao@northgatebank.example.com",
        trap="rescheduled-final-sequence-bumped-bank",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Hannah":mailto:hannah.lowe@northgatebank.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whit
 field:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pryor, Gareth"
 :mailto:gareth.pryor@northgatebank.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Rao, Sunita":m
 ailto:sunita.rao@northgatebank.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LDS-4AS-06-Ma
 lham (8)":mailto:LDS-4AS-06-Malham@northgatebank.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\,\n\nSunita's diary has changed so I'v
 e moved your final interview to Monday 6 October at 15:00 (was Friday 3rd).
  Panel: Sunita Rao (Head of Financial Crime Investigations) and Gareth Pryo
 r. Competency-based\, approx. 60 mins\, plus 10 mins for your questions.\n\n
 Many thanks\nHannah\n
UID:040000008200E00074C5B7101A82E00800000000F00DBA11401DDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Final interview - Rachel Whitfield - FCI (R-0020419)
DTSTART;TZID=GMT Standard Time:20251006T150000
DTEND;TZID=GMT Standard Time:20251006T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T165840Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:LDS-4AS-06-Malham (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="civil-service-style-panel",
        uid="gr-int-558213-3@govrecruit.example.org.uk",
        is_interview=1,
        company="Financial Conduct Standards Authority",
        role="Senior Investigator (Enforcement)",
        stage="onsite",
        interviewers="oliver.brandt@fcsa.example.org.uk;fatima.zahid@fcsa.example.org.uk",
        trap="success-profiles-behaviours-strengths-noreply-organizer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GovRecruit//Candidate Scheduling 4.2//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gr-int-558213-3@govrecruit.example.org.uk
DTSTAMP:20251008T100000Z
DTSTART;TZID=Europe/London:20251022T103000
DTEND;TZID=Europe/London:20251022T113000
SUMMARY:Interview: Senior Investigator (Enforcement) - Ref 558213
ORGANIZER;CN=FCSA Recruitment:mailto:noreply@govrecruit.example.org.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Oliver Brandt;ROLE=REQ-PARTICIPANT:mailto:oliver.brandt@fcsa.exa
 mple.org.uk
ATTENDEE;CN=Fatima Zahid;ROLE=REQ-PARTICIPANT:mailto:fatima.zahid@fcsa.examp
 le.org.uk
LOCATION:Video interview (Microsoft Teams - link below)
DESCRIPTION:Vacancy: 558213 Senior Investigator (Enforcement)\, Financial C
 onduct Standards Authority\, London (hybrid)\n\nYou have booked the followi
 ng interview slot.\n\nThe interview will assess the following Success Profi
 les elements:\nBehaviours: Making Effective Decisions\; Communicating and I
 nfluencing\; Delivering at Pace\nStrengths: will be assessed but are not sh
 ared in advance\nExperience: your experience of leading complex investigati
 ons\n\nPanel: Oliver Brandt (Head of Investigations) and Fatima Zahid (Seni
 or Manager\, Enforcement).\n\nReasonable adjustments: contact fcsa.recruitm
 ent@fcsa.example.org.uk\n\nJoin: https://teams.microsoft.example.com/l/meet
 up-join/19%3ameeting_FCSA558213
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-presentation-exercise",
        uid="040000008200E00074C5B7101A82E008000000003E3E3E3E431DDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA",
        is_interview=1,
        company="Financial Conduct Standards Authority",
        role="Senior Investigator (Enforcement)",
        stage="technical",
        interviewers="gemma.strickland@fcsa.example.org.uk",
        trap="stage-two-presentation-no-word-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{LONDON}
BEGIN:VEVENT
ORGANIZER;CN="Strickland, Gemma":mailto:gemma.strickland@fcsa.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="12 Endeavour Sq - 5.04 (6)":mai
 lto:ES-5.04@fcsa.example.org.uk
DESCRIPTION;LANGUAGE=en-GB:Rachel\, following your Stage 1 result I'd like t
 o invite you to Stage 2 in person. You will receive a case pack 30 minutes
  before the start and will then present your proposed scope\, key lines of 
 enquiry and evidential strategy for a suspected insider dealing case (15 mi
 ns)\, followed by questions from me. Travel expenses are reimbursed at stan
 dard-class rail. Gemma Strickland\, Investigations Manager\n
UID:040000008200E00074C5B7101A82E008000000003E3E3E3E431DDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA
SUMMARY;LANGUAGE=en-GB:Stage 2 – case exercise & presentation (R Whitfield)
DTSTART;TZID=Europe/London:20251105T133000
DTEND;TZID=Europe/London:20251105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T112007Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:12 Endeavour Sq - 5.04 (6)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-import-final-conversation",
        uid="5r2k8t0v9aq1mde3lh7c4o6b1n@google.com",
        is_interview=1,
        company="Financial Conduct Standards Authority",
        role="Senior Investigator (Enforcement)",
        stage="final",
        interviewers="marcus.oyelaran@fcsa.example.org.uk",
        trap="final-conversation-with-director-copied-to-personal-calendar",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:rachel.whitfield.uk@gmail.com
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20251120T160000Z
DTEND:20251120T164500Z
DTSTAMP:20251114T201233Z
UID:5r2k8t0v9aq1mde3lh7c4o6b1n@google.com
CREATED:20251114T201201Z
DESCRIPTION:FCSA final stage - 'conversation' with Marcus Oyelaran (Directo
 r of Enforcement) marcus.oyelaran@fcsa.example.org.uk. Gemma says it's the 
 last step before offer + DV vetting. Train 12:15 Leeds->KGX.
LAST-MODIFIED:20251114T201233Z
LOCATION:FCSA\, 12 Endeavour Square\, London E20
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FCSA final - Marcus O
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-label-zone-panel",
        uid="040000008200E00074C5B7101A82E00800000000A1A2A3A4441DDC010000000000000000100000000FEDCBA9876543210FEDCBA987654321",
        is_interview=1,
        company="Mercia Vale Police",
        role="Detective Sergeant – Economic Crime Unit",
        stage="onsite",
        interviewers="harpreet.kaur@merciavale.police.example.uk;owen.price@merciavale.police.example.uk",
        trap="outlook-utc-label-zone-no-vtimezone-economic-crime",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Recruitment - Mercia Vale Police":mailto:recruitment@merciavale
 .police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rachel Whit
 field":mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaur, Harpr
 eet DI 4471":mailto:harpreet.kaur@merciavale.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Price, Owen
  (Police Staff)":mailto:owen.price@merciavale.police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Transferee interview – Detective Sergeant\, Econo
 mic Crime Unit (POCA/Financial Investigation)\n\nPanel: DI Harpreet Kaur an
 d Owen Price (Senior Financial Investigator).\nYou will be asked about rest
 raint and confiscation under POCA 2002\, managing a team's workload and you
 r supervision of FIs.\n\n________________________________________________
 ________________________________\nMicrosoft Teams Need help?\nJoin the mee
 ting now\nMeeting ID: 377 901 224 568\nPasscode: 9hT2pw\n________________
 ________________________________________________________________\nFor org
 anisers: Meeting options\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4441DDC010000000000000000100000000FEDCBA9876543210FEDCBA987654321
SUMMARY;LANGUAGE=en-GB:MVP Transferee Interview – DS ECU – Whitfield
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20251203T113000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20251203T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T094401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-technical-interview",
        uid="040000008200E00074C5B7101A82E008000000004B4B4B4B451DDC0100000000000000001000000012121212343434345656565678787878",
        is_interview=1,
        company="National Economic Crime Agency",
        role="Senior Investigator (SO)",
        stage="technical",
        interviewers="r.mensah@neca.example.gov.uk;k.holt@neca.example.gov.uk",
        trap="agency-technical-interview-with-case-law-jargon",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC_LONDON_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="NECA Resourcing":mailto:resourcing@neca.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mensah, Richard":mailto:r
 .mensah@neca.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Holt, Kirsty":mailto:k.h
 olt@neca.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL\n\nSenior Investigator (SO) – Economic 
 Crime Command – Technical Interview\n\nThis 50 minute technical interview a
 ssesses your investigative knowledge (CPIA disclosure\, PACE Code C\, PIP 
 Level 2 practice\, POCA and money laundering offences). Panel: Richard Mens
 ah and Kirsty Holt.\n\nShould you be successful you will be invited to the 
 assessment centre.\n\nNECA Resourcing\n
UID:040000008200E00074C5B7101A82E008000000004B4B4B4B451DDC0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-GB:NECA SI (SO) Technical Interview – Candidate 0193
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20251010T093000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20251010T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T150022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-centre-allday",
        uid="040000008200E00074C5B7101A82E008000000009C9C9C9C461DDC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2",
        is_interview=1,
        company="National Economic Crime Agency",
        role="Senior Investigator (SO)",
        stage="onsite",
        interviewers="",
        trap="all-day-assessment-centre-no-named-assessors",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="NECA Resourcing":mailto:resourcing@neca.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL\n\nCongratulations on passing the techn
 ical interview. Your assessment centre is an all-day event at our Warringto
 n site: group exercise\, written briefing exercise\, interview simulation 
 with a role-player\, and a final behaviour interview. Please arrive by 08:4
 5 and bring two forms of ID for site access.\n
UID:040000008200E00074C5B7101A82E008000000009C9C9C9C461DDC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2
SUMMARY;LANGUAGE=en-GB:NECA Assessment Centre – Senior Investigator (SO)
DTSTART;VALUE=DATE:20251112
DTEND;VALUE=DATE:20251113
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:NECA North West Hub\, Birchwood Park\, Warrington
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-INTENDEDSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancelled-method-cancel",
        uid="gr-int-601447-1@govrecruit.example.org.uk",
        is_interview=1,
        company="Serious Fraud Directorate",
        role="Investigator (Case Controller)",
        stage="onsite",
        interviewers="tariq.nadeem@sfd.example.gov.uk;helen.crossley@sfd.example.gov.uk",
        trap="method-cancel-vacancy-withdrawn",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GovRecruit//Candidate Scheduling 4.2//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:gr-int-601447-1@govrecruit.example.org.uk
DTSTAMP:20251028T091500Z
DTSTART;TZID=Europe/London:20251104T140000
DTEND;TZID=Europe/London:20251104T150000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:CANCELLED: Interview - Investigator (Case Controller) - Ref 601447
ORGANIZER;CN=SFD Recruitment:mailto:noreply@govrecruit.example.org.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION:mailto:rachel.whitfield.u
 k@gmail.com
ATTENDEE;CN=Tariq Nadeem:mailto:tariq.nadeem@sfd.example.gov.uk
ATTENDEE;CN=Helen Crossley:mailto:helen.crossley@sfd.example.gov.uk
LOCATION:2-4 Cockspur Yard\, London SW1
DESCRIPTION:Vacancy 601447 Investigator (Case Controller)\, Serious Fraud D
 irectorate.\n\nWe are sorry to inform you that this interview has been canc
 elled because the vacancy has been paused pending a review of business need
 s. We will contact you if the campaign re-opens.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-typed-video-interview",
        uid="b9a1f0e2-4c7d-4e55-9f3a-7d2c8e6b1a04",
        is_interview=1,
        company="Revenue Protection Service",
        role="Fraud Investigation Officer",
        stage="onsite",
        interviewers="Derek Hume;Anjali Patel",
        trap="thunderbird-floating-names-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251103T192210Z
LAST-MODIFIED:20251103T192345Z
DTSTAMP:20251103T192345Z
UID:b9a1f0e2-4c7d-4e55-9f3a-7d2c8e6b1a04
SUMMARY:RPS interview - Fraud Investigation Officer (video)
DTSTART:20251111T100000
DTEND:20251111T110000
DESCRIPTION:Teams link in email from RPS recruitment (Gmail inbox 3/11).\nP
 anel: Derek Hume & Anjali Patel\nSuccess profiles: behaviours x4 + 1 streng
 th\nhave STAR notes open on 2nd screen!!
LOCATION:home - spare room
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-strengths-interview",
        uid="040000008200E00074C5B7101A82E00800000000D4D4D4D4471DDC0100000000000000001000000098765432109876543210987654321098",
        is_interview=1,
        company="Office for Police Integrity",
        role="Lead Investigator",
        stage="onsite",
        interviewers="samira.lodge@opi.example.org.uk;paul.venables@opi.example.org.uk",
        trap="police-oversight-body-misconduct-vocabulary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="OPI Recruitment":mailto:recruitment@opi.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lodge, Samira":mailto:sam
 ira.lodge@opi.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Venables, Paul":mailto:pa
 ul.venables@opi.example.org.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rachel\,\n\nLead Investigator (Major Invest
 igations) – interview\n\nThe OPI independently investigates the most seriou
 s complaints and conduct matters involving the police\, including deaths a
 nd serious injuries following police contact. Your strength-based interview
  will be conducted by Samira Lodge (Operations Manager) and Paul Venables (
 Lead Investigator). It will last 45 minutes.\n\nPlease note: as a serving o
 fficer you must declare any investigations in which you are a subject or wi
 tness.\n\nOPI Recruitment\n
UID:040000008200E00074C5B7101A82E00800000000D4D4D4D4471DDC0100000000000000001000000098765432109876543210987654321098
SUMMARY;LANGUAGE=en-GB:OPI – Lead Investigator interview – R. Whitfield
DTSTART;TZID=GMT Standard Time:20251127T090000
DTEND;TZID=GMT Standard Time:20251127T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:OPI Northern Office\, Quay House\, Sale M33 (Room Q2)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-written-exercise",
        uid="20251119T071500-0193@rachel-ipad",
        is_interview=1,
        company="Office for Police Integrity",
        role="Lead Investigator",
        stage="technical",
        interviewers="",
        trap="online-written-test-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPad OS 18.1//EN
BEGIN:VEVENT
UID:20251119T071500-0193@rachel-ipad
DTSTAMP:20251119T071500Z
DTSTART;TZID=Europe/London:20251124T190000
DTEND;TZID=Europe/London:20251124T200000
SUMMARY:OPI written exercise (online\, 60 min) - do from home not work lapto
 p
DESCRIPTION:Lead Investigator stage 1b - timed written exercise\, link valid
  till 23:59 Mon. Draft a decision log entry + terms of ref.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-phone-screen",
        uid="A4C3B2D1-5E6F-4A7B-8C9D-0E1F2A3B4C5D",
        is_interview=1,
        company="Kirkstall Mutual Insurance",
        role="Counter Fraud Investigator",
        stage="recruiter_screen",
        interviewers="Sophie",
        trap="handtyped-first-name-recruiter-phone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A4C3B2D1-5E6F-4A7B-8C9D-0E1F2A3B4C5D
DTSTAMP:20250912T180404Z
CREATED:20250912T180330Z
DTSTART;TZID=Europe/London:20250917T123000
DTEND;TZID=Europe/London:20250917T130000
SUMMARY:Kirkstall Mutual phone screen - counter fraud investigator
DESCRIPTION:Sophie from their TA team ringing my mobile. Lunch break - go t
 o car!
LOCATION:phone
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-recruiter-screen",
        uid="gh-interview-7731902-4518826@greenhouse-mail.example.io",
        is_interview=1,
        company="Albion Assurance Group",
        role="SIU Investigations Manager",
        stage="recruiter_screen",
        interviewers="megan.firth@albionassurance.example.co.uk",
        trap="greenhouse-phone-screen-candidate-name-first",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-7731902-4518826@greenhouse-mail.example.io
DTSTAMP:20251002T104500Z
DTSTART:20251007T083000Z
DTEND:20251007T090000Z
SUMMARY:Rachel Whitfield <> Albion Assurance - Phone Screen
ORGANIZER;CN=Megan Firth:mailto:megan.firth@albionassurance.example.co.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Megan Firth;PARTSTAT=ACCEPTED:mailto:megan.firth@albionassuranc
 e.example.co.uk
LOCATION:Phone: Megan will call +44 7700 900552
DESCRIPTION:Hi Rachel\,\n\nLooking forward to our chat about the SIU Invest
 igations Manager role (Special Investigations Unit\, Manchester/hybrid). W
 e'll cover your background\, salary expectations and notice period.\n\nMeg
 an Firth\nTalent Partner\, Albion Assurance Group\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-hiring-manager",
        uid="gh-interview-7731902-4531170@greenhouse-mail.example.io",
        is_interview=1,
        company="Albion Assurance Group",
        role="SIU Investigations Manager",
        stage="hiring_manager",
        interviewers="jon.ackroyd@albionassurance.example.co.uk",
        trap="greenhouse-video-hiring-manager-zoom",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-7731902-4531170@greenhouse-mail.example.io
DTSTAMP:20251010T132000Z
DTSTART:20251015T150000Z
DTEND:20251015T154500Z
SUMMARY:Interview: Rachel Whitfield - SIU Investigations Manager (Jon Ackro
 yd)
ORGANIZER;CN=Megan Firth:mailto:megan.firth@albionassurance.example.co.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Jon Ackroyd;PARTSTAT=ACCEPTED:mailto:jon.ackroyd@albionassurance
 .example.co.uk
LOCATION:https://albionassurance.zoom.example.us/j/84412093318
DESCRIPTION:Hi Rachel\, Jon Ackroyd (Head of SIU) would like to meet you ov
 er Zoom. Expect questions on fraud rings\, staged collisions ('crash for ca
 sh')\, and working with police and the IFIB.\n\n─────────\nJoin Zoom Meet
 ing\nhttps://albionassurance.zoom.example.us/j/84412093318?pwd=QWx0b24\nMee
 ting ID: 844 1209 3318\nPasscode: 551902\n─────────\n\nPowered by Greenhou
 se
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-panel",
        uid="040000008200E00074C5B7101A82E00800000000E5E5E5E5481DDC0100000000000000001000000031415926535897932384626433832795",
        is_interview=1,
        company="Albion Assurance Group",
        role="SIU Investigations Manager",
        stage="final",
        interviewers="jon.ackroyd@albionassurance.example.co.uk;priya.menon@albionassurance.example.co.uk",
        trap="final-panel-outlook-with-room-and-coordinator",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Firth, Megan":mailto:megan.firth@albionassurance.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ackroyd, Jon":mailto:jon.
 ackroyd@albionassurance.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Menon, Priya":mailto:priy
 a.menon@albionassurance.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="MAN-SPS-3-Irwell":mailto:MAN-SP
 S-3-Irwell@albionassurance.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Final stage – 60 mins with Jon Ackroyd and Priya 
 Menon (Claims Director). You'll present a 10-minute plan for your first 90 
 days in the SIU\, then competency questions. Reception: Spinningfields Plac
 e\, Manchester\, 3rd floor. Megan\n
UID:040000008200E00074C5B7101A82E00800000000E5E5E5E5481DDC0100000000000000001000000031415926535897932384626433832795
SUMMARY;LANGUAGE=en-GB:Final stage: Rachel Whitfield – SIU Investigations M
 anager
DTSTART;TZID=GMT Standard Time:20251029T110000
DTEND;TZID=GMT Standard Time:20251029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T090909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MAN-SPS-3-Irwell
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-onsite",
        uid="0qv3m1s7c2p8d5e9r4t6u0w1x3@google.com",
        is_interview=1,
        company="Insurance Fraud Intelligence Bureau",
        role="Intelligence Manager",
        stage="onsite",
        interviewers="craig.bellamy@ifib.example.org.uk;alison.tse@ifib.example.org.uk",
        trap="google-invite-footer-intelligence-vocabulary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T140000Z
DTEND:20251118T150000Z
DTSTAMP:20251110T091233Z
ORGANIZER;CN=Craig Bellamy:mailto:craig.bellamy@ifib.example.org.uk
UID:0qv3m1s7c2p8d5e9r4t6u0w1x3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Craig Bellamy;X-NUM-GUESTS=0:mailto:craig.bellamy@ifib.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Alison Tse;X-NUM-GUESTS=0:mailto:alison.tse@ifib.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1186524317
CREATED:20251110T091232Z
DESCRIPTION:Intelligence Manager interview – Rachel Whitfield\n\nPanel: Cra
 ig Bellamy (Head of Intelligence) & Alison Tse (Analysis Lead). 1 hour. Ple
 ase prepare a 5 minute overview of how you'd task analysts on an emerging 
 ghost-broking network.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not
  edit this section of the description.\n\nView your event at https://calend
 ar.google.com/calendar/event?action=VIEW&eid=MHF2M20xczdjMnA4ZDVlOXI0dDZ1MH
 cxeDM\n\nInvitation from Google Calendar: https://calendar.google.com/calen
 dar/\n\nYou are receiving this email because you are an attendee on the eve
 nt. To stop receiving future updates for this event\, decline this event.\n
 \nForwarding this invitation could allow any recipient to send a response t
 o the organizer\, be added to the guest list\, invite others regardless of 
 their own invitation status\, or modify your RSVP.\n\nLearn more https://su
 pport.google.com/calendar/answer/37135#forwarding\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-
LAST-MODIFIED:20251110T091233Z
LOCATION:IFIB\, 3 Chapel Walk\, Sheffield S1 2PD
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Intelligence Manager (IFIB)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F6F6F6F6491DDC0100000000000000001000000027182818284590452353602874713526",
        is_interview=1,
        company="Dales Building Society",
        role="Fraud Investigator",
        stage="hiring_manager",
        interviewers="Karen Appleyard",
        trap="agency-organizer-client-employer-named-in-body",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ben Carruthers":mailto:ben.carruthers@redfernrecruitment.examp
 le.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\,\n\nGreat news – Dales Building Socie
 ty would like to meet you for the Fraud Investigator position. You'll meet 
 Karen Appleyard (Head of Fraud & Financial Crime) at their head office\, Th
 e Old Mill\, Skipton BD23. Interview is around 45 minutes\, fairly informal
  but competency-based. Give me a call afterwards for feedback!\n\nBen Carru
 thers\nSenior Consultant – Risk & Compliance\nRedfern Finance Recruitment\n
 0113 496 0731\n
UID:040000008200E00074C5B7101A82E00800000000F6F6F6F6491DDC0100000000000000001000000027182818284590452353602874713526
SUMMARY;LANGUAGE=en-GB:Interview – Dales BS – Fraud Investigator (via Redfer
 n)
DTSTART;TZID=GMT Standard Time:20251009T140000
DTEND;TZID=GMT Standard Time:20251009T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T113003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:The Old Mill\, Skipton
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-recruiter-screen",
        uid="lever-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b@hire.lever.example.co",
        is_interview=1,
        company="Brookfield Sterling",
        role="Manager, Forensic Investigations",
        stage="recruiter_screen",
        interviewers="ella.warburton@brookfieldsterling.example.com",
        trap="lever-google-meet-forensic-accounting",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b@hire.lever.example.co
DTSTAMP:20250925T151500Z
DTSTART:20251001T113000Z
DTEND:20251001T120000Z
SUMMARY:Brookfield Sterling | Intro call – Manager\, Forensic Investigation
 s
ORGANIZER;CN=Ella Warburton:mailto:ella.warburton@brookfieldsterling.exampl
 e.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Ella Warburton;PARTSTAT=ACCEPTED:mailto:ella.warburton@brookfie
 ldsterling.example.com
LOCATION:https://meet.google.com/kpw-rtdx-jzn
DESCRIPTION:Hi Rachel\, thanks for applying to the Forensic Investigations 
 team (Forensic & Integrity Services\, Leeds). This is a 30-minute intro cal
 l with Ella Warburton (Experienced Hire Recruiter).\n\nJoin with Google Mee
 t: https://meet.google.com/kpw-rtdx-jzn\nJoin by phone: +44 20 3873 1147 PI
 N: 664 201 557#\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-case-interview",
        uid="040000008200E00074C5B7101A82E00800000000A7A7A7A74A1DDC0100000000000000001000000016180339887498948482045868343656",
        is_interview=1,
        company="Brookfield Sterling",
        role="Manager, Forensic Investigations",
        stage="technical",
        interviewers="nick.farrar@brookfieldsterling.example.com;leanne.obi@brookfieldsterling.example.com",
        trap="case-interview-x-alt-desc-llp-legal-form",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Warburton, Ella":mailto:ella.warburton@brookfieldsterling.exam
 ple.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Farrar, Nick":mailto:nick
 .farrar@brookfieldsterling.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Obi, Leanne":mailto:leann
 e.obi@brookfieldsterling.example.com
DESCRIPTION;LANGUAGE=en-GB:Brookfield Sterling LLP – Case interview\n\nNick
  Farrar (Partner) and Leanne Obi (Director) will take you through a short c
 ase: a whistleblower alleges procurement fraud at a client. How would you s
 cope the investigation\, preserve evidence and interview staff?\n
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" con
 tent="text/html\; charset=utf-8"></head><body><p><b>Brookfield Sterling LLP
  – Case interview</b></p><p>Nick Farrar (Partner) and Leanne Obi (Director
 ) will take you through a short case.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000A7A7A7A74A1DDC0100000000000000001000000016180339887498948482045868343656
SUMMARY;LANGUAGE=en-GB:Rachel Whitfield – Case interview (Forensic Investiga
 tions)
DTSTART;TZID=GMT Standard Time:20251014T093000
DTEND;TZID=GMT Standard Time:20251014T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:1 Sovereign Square\, Leeds – Level 7 reception
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-founder-call",
        uid="b0d8f4a2-61c3-4e7f-9a15-3c2d7e8f9012@calendly.example.com",
        is_interview=1,
        company="Ravensworth Risk",
        role="Senior Investigator",
        stage="hiring_manager",
        interviewers="tom@ravensworthrisk.example.com",
        trap="calendly-user-books-founder-generic-event-name",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b0d8f4a2-61c3-4e7f-9a15-3c2d7e8f9012@calendly.example.com
DTSTAMP:20251013T195110Z
DTSTART:20251016T170000Z
DTEND:20251016T173000Z
SUMMARY:30 Minute Meeting between Tom Ravensworth and Rachel Whitfield
ORGANIZER;CN=Tom Ravensworth:mailto:tom@ravensworthrisk.example.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:r
 achel.whitfield.uk@gmail.com
LOCATION:Zoom - details to follow
DESCRIPTION:Event Name: 30 Minute Meeting\n\nPlease share anything that wil
 l help prepare for our meeting.: Re your message on LinkedIn about the Seni
 or Investigator vacancy – happy to talk through my background (19 yrs Wes
 t Riding\, DS in CID\, PIP2\, Tier 3 interviewer).\n\nNeed to make changes
  to this event?\nCancel: https://calendly.example.com/cancellations/b0d8f4a
 2\nReschedule: https://calendly.example.com/reschedulings/b0d8f4a2\n\nPowe
 red by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-partner",
        uid="040000008200E00074C5B7101A82E00800000000B8B8B8B84B1DDC0100000000000000001000000014142135623730950488016887242097",
        is_interview=1,
        company="Pryce Halden",
        role="Investigations Manager",
        stage="hiring_manager",
        interviewers="alexander.pryce@prycehalden.example.com",
        trap="law-firm-partner-sent-by-secretary-investigations-word",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Pryce, Alexander";SENT-BY="mailto:debbie.lund@prycehalden.exam
 ple.com":mailto:alexander.pryce@prycehalden.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Whitfield\,\n\nAlexander would be please
 d to meet you to discuss the Investigations Manager role within our Busines
 s Crime & Investigations practice. The meeting will take place at our Leed
 s office\, 10 Park Row\, and will last approximately one hour.\n\nKind rega
 rds\nDebbie Lund\nPA to Alexander Pryce\, Partner\nPryce Halden LLP\n
UID:040000008200E00074C5B7101A82E00800000000B8B8B8B84B1DDC0100000000000000001000000014142135623730950488016887242097
SUMMARY;LANGUAGE=en-GB:Meeting: A Pryce / R Whitfield – Investigations Manag
 er
DTSTART;TZID=GMT Standard Time:20251202T083000
DTEND;TZID=GMT Standard Time:20251202T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:10 Park Row\, Leeds
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-council-interview",
        uid="7e0b9c44-12aa-4f0e-8d61-c5a2b3e4f506",
        is_interview=1,
        company="Airedale Metropolitan Council",
        role="Corporate Fraud Investigator",
        stage="onsite",
        interviewers="",
        trap="handtyped-typo-int-abbreviation-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251030T210015Z
LAST-MODIFIED:20251030T210102Z
DTSTAMP:20251030T210102Z
UID:7e0b9c44-12aa-4f0e-8d61-c5a2b3e4f506
SUMMARY:Airedale Council intv - Corp Fraud Investigater
DTSTART:20251106T141500
DTEND:20251106T151500
LOCATION:Civic Centre\, Manor Row Bradford - rm 4.12
DESCRIPTION:panel of 3 + 20 min written test first (RIPA/CTA auth scenario)
 . Park at Sharpe St.
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-nhs-style-panel",
        uid="040000008200E00074C5B7101A82E00800000000C9C9C9C94C1DDC0100000000000000001000000017320508075688772935274463415058",
        is_interview=1,
        company="Health Service Counter Fraud Authority",
        role="Senior Fraud Specialist",
        stage="onsite",
        interviewers="grace.oduya@hscfa.example.nhs.uk;liam.fenwick@hscfa.example.nhs.uk",
        trap="trac-style-invite-values-based-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="HSCFA Recruitment (noreply)":mailto:recruitment.noreply@hscfa.e
 xample.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ODUYA\, Grace (HEALTH SER
 VICE COUNTER FRAUD AUTHORITY)":mailto:grace.oduya@hscfa.example.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FENWICK\, Liam (HEALTH SE
 RVICE COUNTER FRAUD AUTHORITY)":mailto:liam.fenwick@hscfa.example.nhs.uk
DESCRIPTION;LANGUAGE=en-GB:Job reference: 919-HSCFA-7721-R\nSenior Fraud Sp
 ecialist (Band 7)\n\nYour interview has been booked. The panel will ask val
 ues-based questions and a scenario about a prescription fraud referral. Pl
 ease have photo ID ready on camera.\n\n________________________________________
 ________________________________________\nMicrosoft Teams meeting\nJoin: h
 ttps://teams.microsoft.example.com/l/meetup-join/19%3ameeting_HSCFA7721\nMe
 eting ID: 402 558 118 020  Passcode: Ux4nP9\n\n
UID:040000008200E00074C5B7101A82E00800000000C9C9C9C94C1DDC0100000000000000001000000017320508075688772935274463415058
SUMMARY;LANGUAGE=en-GB:Interview: 919-HSCFA-7721-R Senior Fraud Specialist
DTSTART;TZID=GMT Standard Time:20251204T100000
DTEND;TZID=GMT Standard Time:20251204T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T130303Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teaching-presentation",
        uid="040000008200E00074C5B7101A82E00800000000DADADADA4D1DDC0100000000000000001000000022360679774997896964091736687312",
        is_interview=1,
        company="Calderbrook University",
        role="Lecturer in Policing and Criminal Investigation",
        stage="technical",
        interviewers="j.whitcombe@calderbrook.example.ac.uk",
        trap="teaching-presentation-students-in-room",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="HR Recruitment Team":mailto:hr-recruitment@calderbrook.example
 .ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Whitcombe, Julia Dr":mail
 to:j.whitcombe@calderbrook.example.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Vacancy CBU-02317 Lecturer in Policing and Crimin
 al Investigation\n\nAs part of the selection process you will deliver a 15
 -minute teaching session to a small group of second-year BSc Professional 
 Policing students on 'The PEACE model of investigative interviewing'. The s
 ession will be observed by Dr Julia Whitcombe (Course Leader). Your panel i
 nterview takes place the same afternoon (separate invite).\n
UID:040000008200E00074C5B7101A82E00800000000DADADADA4D1DDC0100000000000000001000000022360679774997896964091736687312
SUMMARY;LANGUAGE=en-GB:CBU-02317 – Teaching presentation – R Whitfield
DTSTART;TZID=GMT Standard Time:20260114T113000
DTEND;TZID=GMT Standard Time:20260114T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Heywood Building HW1.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-university-panel",
        uid="040000008200E00074C5B7101A82E00800000000EBEBEBEB4D1DDC0100000000000000001000000026457513110645905905016157536393",
        is_interview=1,
        company="Calderbrook University",
        role="Lecturer in Policing and Criminal Investigation",
        stage="final",
        interviewers="m.achterberg@calderbrook.example.ac.uk;j.whitcombe@calderbrook.example.ac.uk;s.oakes@calderbrook.example.ac.uk",
        trap="university-panel-peace-model-in-text",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="HR Recruitment Team":mailto:hr-recruitment@calderbrook.example
 .ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Achterberg, Martin Prof":
 mailto:m.achterberg@calderbrook.example.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Whitcombe, Julia Dr":mail
 to:j.whitcombe@calderbrook.example.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Oakes, Sandra (HR)":mailt
 o:s.oakes@calderbrook.example.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Vacancy CBU-02317 Lecturer in Policing and Crimin
 al Investigation – formal panel interview (final stage). Panel: Prof Marti
 n Achterberg (Head of School\, chair)\, Dr Julia Whitcombe\, Sandra Oakes (
 HR Partner). Approx. 45 minutes.\n
UID:040000008200E00074C5B7101A82E00800000000EBEBEBEB4D1DDC0100000000000000001000000026457513110645905905016157536393
SUMMARY;LANGUAGE=en-GB:CBU-02317 – Panel interview – R Whitfield
DTSTART;TZID=GMT Standard Time:20260114T143000
DTEND;TZID=GMT Standard Time:20260114T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T101100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Heywood Building HW3.02 (Board Room)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
]
