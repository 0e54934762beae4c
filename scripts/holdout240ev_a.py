"""holdout240 events, part a: the London, Sydney and Auckland searches and their look-alikes."""

EVENTS = [
    dict(
        kind="workday-invite", uid="WD-KPMG-INT-7741203@myworkday.com", y=1, company="KPMG",
        role="Manager, Accounting Advisory Services", stage="recruiter_screen",
        who="harriet.cole@kpmg.co.uk", trap="workday-big-four-london-screen-teams",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@LON@@
BEGIN:VEVENT
UID:WD-KPMG-INT-7741203@myworkday.com
DTSTAMP:20250204T101522Z
DTSTART;TZID=Europe/London:20250211T090000
DTEND;TZID=Europe/London:20250211T093000
SEQUENCE:0
SUMMARY:Interview: Manager\, Accounting Advisory Services (R-2025-04418) -
  Thabo Nkosi
DESCRIPTION:Dear Thabo\,\n\nThank you for your application for the role of
  Manager\, Accounting Advisory Services (R-2025-04418) in our London offic
 e. We are pleased to invite you to an initial conversation with Harriet Co
 le\, Talent Acquisition Partner.\n\nDate: Tuesday 11 February 2025\nTime:
  09:00 - 09:30 (UK time)\nFormat: Microsoft Teams (link below)\n\nThis call
  will cover your experience\, your motivation for relocating to the UK and
  your right-to-work position.\n\nJoin Microsoft Teams Meeting\nhttps://teams
 .microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk2\nMeeting ID: 318 604 22
 7 915\nPasscode: Kx7Tq2\n\nKind regards\,\nKPMG UK Recruitment\n\nThis is
  an automated message from Workday. Please do not reply.
LOCATION:Microsoft Teams
ORGANIZER;CN=KPMG UK Recruitment:mailto:kpmg@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thabo Nkos
 i:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Harriet Cole:mailto:Harr
 iet.Cole@kpmg.co.uk
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000B0C4A1D2E9"
        "76DB01000000000000000010000000A1F3C2D4E5B6478899AABBCCDDEEFF01",
        y=1, company="KPMG", role="Manager, Accounting Advisory Services", stage="hiring_manager",
        who="james.whitfield@kpmg.co.uk", trap="big-four-hiring-manager-gmt-windows-zone",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_GMT@@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, James";SENT-BY="mailto:priya.sandhu@kpmg.co.uk":mai
 lto:james.whitfield@kpmg.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cole, Harr
 iet":mailto:harriet.cole@kpmg.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Thabo\,\n\nAs discussed with Harriet\, please
  find below a Teams invite for your second-stage interview with James Whitf
 ield (Director\, Accounting Advisory Services). James will focus on IFRS
  technical areas (IFRS 9\, 15 and 16)\, group reporting and how you would le
 ad a team of 6-8.\n\nMany thanks\,\nPriya Sandhu\nPA to James Whitfield\n\n
 ________________________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_ZGY3>\nMeeting ID: 372 118 904 551\nPasscode: 3hQ9pW\n__________
 ______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0C4A1D2E976DB01000000000000000
 010000000A1F3C2D4E5B6478899AABBCCDDEEFF01
SUMMARY;LANGUAGE=en-GB:Thabo Nkosi - 2nd stage interview - Accounting Advis
 ory Services
DTSTART;TZID=GMT Standard Time:20250219T140000
DTEND;TZID=GMT Standard Time:20250219T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T162210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-update", uid="040000008200E00074C5B7101A82E00800000000B0C4A1D2E9"
        "76DB01000000000000000010000000A1F3C2D4E5B6478899AABBCCDDEEFF01",
        y=1, company="KPMG", role="Manager, Accounting Advisory Services", stage="hiring_manager",
        who="james.whitfield@kpmg.co.uk", trap="rescheduled-interview-higher-sequence",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_GMT@@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, James";SENT-BY="mailto:priya.sandhu@kpmg.co.uk":mai
 lto:james.whitfield@kpmg.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cole, Harr
 iet":mailto:harriet.cole@kpmg.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Thabo\,\n\nApologies - James has been pulled
  into a client steering committee on Wednesday. Could we move your conversa
 tion to Friday at the same time? Updated invite below.\n\nMany thanks\,\nPr
 iya\n\n____________________________________________________________________
 ____________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app o
 r room device\nClick here to join the meeting<https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_ZGY3>\nMeeting ID: 372 118 904 551\nPasscode: 3hQ
 9pW\n
UID:040000008200E00074C5B7101A82E00800000000B0C4A1D2E976DB01000000000000000
 010000000A1F3C2D4E5B6478899AABBCCDDEEFF01
SUMMARY;LANGUAGE=en-GB:Updated: Thabo Nkosi - 2nd stage interview - Account
 ing Advisory Services
DTSTART;TZID=GMT Standard Time:20250221T140000
DTEND;TZID=GMT Standard Time:20250221T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-invite", uid="WD-KPMG-INT-7790455@myworkday.com", y=1, company="KPMG",
        role="Manager, Accounting Advisory Services", stage="final",
        who="eleanor.marsh@kpmg.co.uk;james.whitfield@kpmg.co.uk", trap="workday-partner-final-utc",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-KPMG-INT-7790455@myworkday.com
DTSTAMP:20250303T081907Z
DTSTART:20250306T110000Z
DTEND:20250306T120000Z
SEQUENCE:0
SUMMARY:Final Interview - Partner Conversation - Manager\, Accounting Advis
 ory Services (R-2025-04418)
DESCRIPTION:Dear Thabo\,\n\nCongratulations on progressing to the final sta
 ge. You will meet Eleanor Marsh (Partner\, Accounting Advisory Services) a
 nd James Whitfield (Director).\n\nPlease be ready to discuss a short case:
  a mid-cap client adopting IFRS 16 with a large fleet of leased mining equi
 pment. No preparation is required beyond reading the one-page brief attach
 ed in Workday.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_YTk1\nMeeting ID: 390 551 730 168  Passcode: Nf6rB8\n\nKPMG
  UK Recruitment (sent via Workday)
LOCATION:Microsoft Teams
ORGANIZER;CN=KPMG UK Recruitment:mailto:kpmg@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thabo Nkos
 i:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Eleanor Marsh:mailto:ele
 anor.marsh@kpmg.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James Whitfield:mailto:j
 ames.whitfield@kpmg.co.uk
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="7C1B3E52-92A4-4D0B-B0E1-33F6B8A0C1D7", y=0, company="", role="", stage="",
        who="", trap="thank-you-reminder-after-interview",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250306T131012Z
DTSTAMP:20250306T131044Z
UID:7C1B3E52-92A4-4D0B-B0E1-33F6B8A0C1D7
DTSTART;TZID=Africa/Johannesburg:20250306T170000
DTEND;TZID=Africa/Johannesburg:20250306T171500
SUMMARY:thank u mail Eleanor + James (KPMG)
DESCRIPTION:mention the IFRS16 fleet case\, ask re timeline + visa sponsorsh
 ip (Skilled Worker). cc Harriet
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="3k9v0b2hmp6c1q7r8s4t5u6v7w@google.com", y=1, company="Marrick Resources",
        role="Group Financial Controller", stage="recruiter_screen", who="olivia.brennan@harbourside.com.au",
        trap="sydney-agency-screen-names-asx-client",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@SYD@@
BEGIN:VEVENT
DTSTART;TZID=Australia/Sydney:20250213T170000
DTEND;TZID=Australia/Sydney:20250213T173000
DTSTAMP:20250210T231455Z
ORGANIZER;CN=Olivia Brennan:mailto:olivia.brennan@harbourside.com.au
UID:3k9v0b2hmp6c1q7r8s4t5u6v7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivia Brennan;X-NUM-GUESTS=0:mailto:olivia.brennan@harbourside.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
X-GOOGLE-CONFERENCE:https://meet.google.com/wpk-hzra-qme
DESCRIPTION:G'day Thabo\, as promised - a quick call to walk you through the
  Group FC role at Marrick Resources (ASX: MRK). I'll cover the structure (
 CFO + 3 direct reports)\, the salary band and how Marrick handles 482 visa
  sponsorship\, and I'd like to hear about your month-end and consolidation e
 xperience at Highveld. 5pm Sydney should be 8am for you.\n\nCheers\,\nOlivi
 a\nHarbourside Finance Recruitment\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet:
  https://meet.google.com/wpk-hzra-qme\nOr dial: (AU) +61 2 9051 7702 PIN: 4
 81 226 903#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thabo Nkosi <> Olivia (Harbourside) - Group FC chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite", uid="ZOOM84215530917@zoom.us", y=1, company="Marrick Resources",
        role="Group Financial Controller", stage="hiring_manager", who="d.kowalski@marrickresources.com.au",
        trap="sydney-zone-cfo-zoom-first-round",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Australia/Sydney
LAST-MODIFIED:20240110T031519Z
TZURL:http://tzurl.org/zoneinfo-outlook/Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZNAME:AEST
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:AEDT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250219T052233Z
DTSTART;TZID=Australia/Sydney:20250225T163000
DTEND;TZID=Australia/Sydney:20250225T173000
SUMMARY:Marrick Resources - Group Financial Controller - Thabo Nkosi / Dani
 el Kowalski
UID:ZOOM84215530917@zoom.us
TZID:Australia/Sydney
DESCRIPTION:Daniel Kowalski is inviting you to a scheduled Zoom meeting.\n\n
 Join Zoom Meeting\nhttps://marrickresources.zoom.us/j/84215530917?pwd=bG5
 tQk1xR2Zz\n\nMeeting ID: 842 1553 0917\nPasscode: 557120\n\n---\n\nOne tap m
 obile\n+61280156011\,\,84215530917#\,\,\,\,*557120# Australia\n\nDial by yo
 ur location\n• +61 2 8015 6011 Australia\n• +27 87 551 7702 South Africa\n\n
 Agenda (from Daniel): 60 min - your background\, how you'd run the Perth
  and Sydney finance teams\, half-year reporting to ASX\, then your question
 s.
LOCATION:https://marrickresources.zoom.us/j/84215530917?pwd=bG5tQk1xR2Zz
ORGANIZER;CN=Daniel Kowalski:mailto:d.kowalski@marrickresources.com.au
ATTENDEE;CN=thabo.nkosi.ca@gmail.com;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.
 com
ATTENDEE;CN=Olivia Brennan;RSVP=TRUE:mailto:olivia.brennan@harbourside.com.
 au
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000070A9E4C3F48ADB0100000000000000001000"
        "0000C3D1E2F30415263748596A7B8C9D0E1F", y=1, company="Marrick Resources", role="Group Financial Controller",
        stage="final", who="s.thornton@marrickresources.com.au;r.achari@marrickresources.com.au",
        trap="aus-eastern-windows-zone-final-with-ceo",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_AUS@@
BEGIN:VEVENT
ORGANIZER;CN=Talent Marrick;SENT-BY="mailto:j.nguyen@marrickresources.com.a
 u":mailto:talent@marrickresources.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Thor
 nton:mailto:s.thornton@marrickresources.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raj Achari
 :mailto:r.achari@marrickresources.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=SYD L14 Boardroo
 m (12) VC:mailto:syd.l14.boardroom@marrickresources.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Thabo\,\n\nThank you for your time with Danie
 l last week. We'd like to invite you to a final interview with Sarah Thornt
 on (Managing Director & CEO) and Raj Achari (Chair\, Audit & Risk Committee
 ). Sarah and Raj will join from the Level 14 boardroom and you will join b
 y Teams.\n\nWarm regards\,\nJenny Nguyen\nPeople & Culture Coordinator\n\n_
 _______________________________________________________________________________\nM
 icrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 451 822 093 6
 17\nPasscode: v9Ryz3\n\nDial in by phone\n+61 2 8318 0091\,\,552817440# Au
 stralia\, Sydney\nPhone conference ID: 552 817 440#\n______________________
 __________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000070A9E4C3F48ADB01000000000000000
 010000000C3D1E2F30415263748596A7B8C9D0E1F
SUMMARY;LANGUAGE=en-AU:Final interview - Group Financial Controller - Thabo
  Nkosi
DTSTART;TZID=AUS Eastern Standard Time:20250312T170000
DTEND;TZID=AUS Eastern Standard Time:20250312T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T234510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting; SYD L14 Boardroom (12) VC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite", uid="AKL-PEOPLE-2025-0228-FMI-0093@aucklandcouncil.govt.nz", y=1,
        company="Auckland Council", role="Finance Manager - Infrastructure", stage="",
        who="hemi.walker@aucklandcouncil.govt.nz;fiona.gallagher@aucklandcouncil.govt.nz;"
        "sione.tupou@aucklandcouncil.govt.nz", trap="auckland-council-competency-based-panel-nz-zone",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_NZ@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250220T021544Z
DESCRIPTION:Kia ora Thabo\,\n\nThank you for applying for the Finance Manag
 er - Infrastructure role (Job ID 48821). We are pleased to invite you to a
  competency-based interview with our panel:\n\n- Hemi Walker\, Head of Fina
 nce - Infrastructure & Environmental Services (chair)\n- Fiona Gallagher\,
  Senior Finance Business Partner\n- Sione Tupou\, People & Capability Adv
 isor\n\nThe panel will ask for specific examples of times you have demonstr
 ated the competencies in the position description (use the STAR format).
  The interview is 60 minutes and will be held on Microsoft Teams.\n\nNgā mi
 hi\,\nRecruitment Team\nTe Kaunihera o Tāmaki Makaurau | Auckland Council\n
 \n________________________________________________________________________________\nM
 icrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_MzQw\nMeeting ID: 462 990 118 203  Passcode: tP4hW6\n__________
 ______________________________________________________________________\n
DTEND;TZID=New Zealand Standard Time:20250304T200000
DTSTAMP:20250220T021544Z
DTSTART;TZID=New Zealand Standard Time:20250304T190000
LAST-MODIFIED:20250220T021544Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Recruitment - Auckland Council":mailto:recruitment@aucklandco
 uncil.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Walker, H
 emi":mailto:Hemi.Walker@aucklandcouncil.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallagher
 , Fiona":mailto:Fiona.Gallagher@aucklandcouncil.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tupou, Si
 one":mailto:Sione.Tupou@aucklandcouncil.govt.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-NZ:Interview - Finance Manager Infrastructure (48821) -
  Thabo Nkosi
TRANSP:OPAQUE
UID:AKL-PEOPLE-2025-0228-FMI-0093@aucklandcouncil.govt.nz
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export", uid="1q2w3e4r5t6y7u8i9o0p@google.com", y=1, company="Auckland Council",
        role="", stage="final", who="Ana Fifita", trap="auckland-second-round-typed-from-email",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:thabo.nkosi.ca@gmail.com
X-WR-TIMEZONE:Africa/Johannesburg
@@AKL@@
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20250318T190000
DTEND;TZID=Pacific/Auckland:20250318T194500
DTSTAMP:20250430T070000Z
UID:1q2w3e4r5t6y7u8i9o0p@google.com
CREATED:20250312T181233Z
DESCRIPTION:2nd/final round - Ana Fifita (GM Financial Strategy). Teams li
 nk in email from recruitment@. She wants: capex programme reporting\, how I
 'd handle LTP (long-term plan) budgeting\, public sector vs listed co. Ask
  about relocation support + accredited employer visa. = 8am our time!!
LAST-MODIFIED:20250312T181409Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auckland Council - final w/ GM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="E4A09C1D-5B7E-4F2A-9D3C-8A1B2C3D4E5F", y=0, company="", role="", stage="",
        who="", trap="uk-visa-biometrics-vfs-not-interview",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250321T090155Z
DTSTAMP:20250321T090321Z
UID:E4A09C1D-5B7E-4F2A-9D3C-8A1B2C3D4E5F
DTSTART;TZID=Africa/Johannesburg:20250408T091500
DTEND;TZID=Africa/Johannesburg:20250408T101500
SUMMARY:VFS - UK visa biometrics
LOCATION:VFS Global UK Visa Application Centre\nRosebank\, Johannesburg
DESCRIPTION:Ref GWF074412983. Bring: passport + old passport\, appointment
  confirmation printout\, CoS ref from KPMG\, TB test cert\, bank statements.
  No bags allowed - leave in car. Arrive 15 min early.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cvent-event", uid="saica-evt-2025-0312-emig@saica.org.za", y=0, company="", role="", stage="",
        who="", trap="saica-emigration-event-not-interview",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cvent//Cvent Event Management//EN
METHOD:PUBLISH
@@JHB@@
BEGIN:VEVENT
UID:saica-evt-2025-0312-emig@saica.org.za
DTSTAMP:20250220T120000Z
DTSTART;TZID=Africa/Johannesburg:20250312T120000
DTEND;TZID=Africa/Johannesburg:20250312T133000
SUMMARY:SAICA Members Abroad: Taking your CA(SA) overseas - emigration\, re
 cognition & what employers ask
DESCRIPTION:Join SAICA's Members Abroad team and a panel of CAs(SA) based i
 n London\, Sydney and Auckland for a practical session on: mutual recogniti
 on with ICAEW\, CA ANZ and CPA Australia\; visa routes for accountants\; fi
 nancial emigration and SARS tax residency\; and how overseas employers inte
 rview - competency-based questions\, panels and video interviews.\n\nThis
  session counts for 1.5 hours verifiable CPD.\n\nJoin via the SAICA Events
  platform: https://events.saica.org.za/ma-0312
LOCATION:Online (SAICA Events platform)
ORGANIZER;CN=SAICA Events:mailto:events@saica.org.za
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
