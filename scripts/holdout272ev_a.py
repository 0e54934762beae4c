# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part a: Owen's own interviews (licensees, First Nation corporation, BC Public Service)."""

from holdout272ev_zones import EASTERN_WIN, PACIFIC_WIN, VANCOUVER, VANCOUVER_APPLE

EVENTS = [
    dict(
        kind="workday-phone-screen",
        uid="WD-SCHED-7f3c2a91-5b1e-4d0a-9c44-0000010482@myworkday.com",
        is_interview=1,
        company="Stuart River Forest Products",
        role="Planning Forester (RPF)",
        stage="recruiter_screen",
        interviewers="ksandhu@stuartriverfp.example.ca",
        trap="workday-utc-phone-screen-recruiter-calls",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-SCHED-7f3c2a91-5b1e-4d0a-9c44-0000010482@myworkday.com
DTSTAMP:20260108T221407Z
DTSTART:20260113T173000Z
DTEND:20260113T180000Z
SUMMARY:Phone Screen - Planning Forester (RPF) - R-10482 - Stuart River Fore
 st Products
ORGANIZER;CN="Stuart River Forest Products Talent Acquisition":mailto:srfp
 @myworkday.example.com
ATTENDEE;CN="Owen Whitecloud";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:owen.whitecloud@shaw.ca
ATTENDEE;CN="Kim Sandhu";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ksan
 dhu@stuartriverfp.example.ca
LOCATION:Phone - Kim will call you at 250-555-0147
DESCRIPTION:Hello Owen\,\n\nThank you for applying to the Planning Forester
  (RPF) position (R-10482) based in Vanderhoof\, BC. We would like to invit
 e you to a 30 minute phone screen with Kim Sandhu\, Talent Acquisition Par
 tner.\n\nDate: Tuesday\, January 13\, 2026\nTime: 9:30 AM - 10:00 AM Pacif
 ic Time\n\nKim will call you at the number on your application (250-555-01
 47). If you need to reschedule please use the link in your Workday candida
 te home.\n\nPlease have your ABCFP registration number handy.\n\nKind rega
 rds\,\nStuart River Forest Products Recruiting\n\nThis message was sent fr
 om Workday. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-hiring-manager",
        uid="040000008200E00074C5B7101A82E00800000000C0A1F5D3B982DC0100000000000000001000000071B6E2C4A3F08B4FA1E0C9D5A6B1E204",
        is_interview=1,
        company="Stuart River Forest Products",
        role="Planning Forester",
        stage="hiring_manager",
        interviewers="rtessier@stuartriverfp.example.ca",
        trap="outlook-teams-second-round-no-interview-word-in-summary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Tessier, Rob":mailto:rtessier@stuartriverfp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nThanks for taking Kim's call last w
 eek. I'd like to set up an hour to talk through the Planning Forester role
 \, our FSP and the 20-year plan for the Stuart-Nechako chart areas. Please
  come ready to walk me through a cutblock you took from referral to harve
 st.\n\nRob Tessier\, RPF\nWoodlands Manager\, Vanderhoof Division\nStuart
  River Forest Products\n\n____________________________________________
 ____________________________________\nMicrosoft Teams meeting\nJoin on yo
 ur computer\, mobile app or room device\nClick here to join the meeting<ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZWI4ZjMtYjE0%40th
 read.v2/0?context=%7b%22Tid%22%3a%22a8f1%22%7d>\nMeeting ID: 231 884 907 6
 15\nPasscode: hT7mQ2\nDownload Teams<https://www.microsoft.com/en-us/micro
 soft-teams/download-app> | Join on the web<https://www.microsoft.com/micro
 soft-teams/join-a-meeting>\nOr call in (audio only)\n+1 778-555-0192\,\,41
 8227905#   Canada\, Vancouver\nPhone Conference ID: 418 227 905#\n________
 ________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C0A1F5D3B982DC0100000000000000
 001000000071B6E2C4A3F08B4FA1E0C9D5A6B1E204
SUMMARY;LANGUAGE=en-US:Owen Whitecloud / Rob Tessier - Planning Forester
DTSTART;TZID=Pacific Standard Time:20260122T140000
DTEND;TZID=Pacific Standard Time:20260122T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T183322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118820443
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\,"Onli
 neMeetingProvider":3}}
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
        kind="outlook-rescheduled-final-panel",
        uid="040000008200E00074C5B7101A82E00800000000E4B2C9A1D08EDC01000000000000000010000000A9C3F1E27D4B6A4C8E5F0B1D2C3A4E55",
        is_interview=1,
        company="Stuart River Forest Products",
        role="Planning Forester (RPF)",
        stage="final",
        interviewers="rtessier@stuartriverfp.example.ca;jmills@stuartriverfp.example.ca;mouellette@stuartriverfp.example.ca",
        trap="rescheduled-sequence-2-room-resource-field-tour",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Tessier, Rob":mailto:rtessier@stuartriverfp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mills, Jocely
 n":mailto:jmills@stuartriverfp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ouellette, Ma
 rc":mailto:mouellette@stuartriverfp.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="V
 DH-Woodlands Boardroom (12)":mailto:vdh-boardroom@stuartriverfp.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="VDH Cre
 w Truck 14 (F-350)":mailto:vdh-truck14@stuartriverfp.example.ca
DESCRIPTION;LANGUAGE=en-US:** NEW DATE - the road to the Kluskus blocks is 
 still under load restriction\, so we moved the field portion to Thursday
 . **\n\nOwen\,\n\nFinal interview for the Planning Forester (RPF) position
 :\n\n08:00  Panel interview (Rob Tessier\, Woodlands Manager\; Jocelyn Mil
 ls\, Chief Forester\; Marc Ouellette\, Divisional Operations Manager) - Wo
 odlands boardroom\n10:00  Field tour of two blocks on the Kluskus FSR with
  Marc (bring boots\, hi-vis and your own radio if you have one - we'll pro
 vide a road channel list)\n13:30  Wrap-up with Jocelyn\n\nPlease report t
 o the front desk at 1050 Burrard Rd\, Vanderhoof.\n\nRob
UID:040000008200E00074C5B7101A82E00800000000E4B2C9A1D08EDC0100000000000000
 0010000000A9C3F1E27D4B6A4C8E5F0B1D2C3A4E55
SUMMARY;LANGUAGE=en-US:Updated: Final interview - Planning Forester (RPF) -
  Owen Whitecloud
DTSTART;TZID=Pacific Standard Time:20260205T080000
DTEND;TZID=Pacific Standard Time:20260205T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T163005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:VDH-Woodlands Boardroom (12)\; Stuart River Forest 
 Products\, 1050 Burrard Rd\, Vanderhoof
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1298841020
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MS-OLK-ORIGINALSTART:20260203T080000
X-MS-OLK-ORIGINALEND:20260203T143000
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTV-cariboointe-4471-20260119-0001@successfactors.example.com",
        is_interview=1,
        company="Cariboo Interior Timber",
        role="Operations Manager - Quesnel Woodlands",
        stage="recruiter_screen",
        interviewers="afortier@cariboointerior.example.com",
        trap="successfactors-phone-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-cariboointe-4471-20260119-0001@successfactors.example.com
DTSTAMP:20260114T150212Z
DTSTART:20260119T190000Z
DTEND:20260119T193000Z
SUMMARY:Interview Invitation: Operations Manager - Quesnel Woodlands (Req 4
 471)
DESCRIPTION:Dear Owen Whitecloud\,\n\nThank you for your application with C
 ariboo Interior Timber Ltd. We are pleased to confirm your interview for 
 the position of Operations Manager - Quesnel Woodlands (Requisition 4471)
 .\n\nInterview type: Telephone screening\nInterviewer: Aline Fortier\, Tal
 ent Acquisition Partner\nDuration: 30 minutes\n\nAline will call you at 25
 0-555-0147.\n\nIf you are no longer available\, please reply to this messa
 ge or contact careers@cariboointerior.example.com.\n\nCariboo Interior Tim
 ber Ltd. - Talent Acquisition
LOCATION:Telephone
ORGANIZER;CN=Cariboo Interior Timber Careers:mailto:careers@cariboointerior
 .example.com
ATTENDEE;CN=Owen Whitecloud;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:owen.whi
 tecloud@shaw.ca
ATTENDEE;CN=Aline Fortier;PARTSTAT=ACCEPTED:mailto:afortier@cariboointerior
 .example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-label-zone-panel",
        uid="040000008200E00074C5B7101A82E008000000005A7D3E19F48EDC010000000000000000100000003F2E1D0C9B8A7F6E5D4C3B2A19080706",
        is_interview=1,
        company="Cariboo Interior Timber",
        role="Operations Manager",
        stage="onsite",
        interviewers="bknutson@cariboointerior.example.com;cmendes@cariboointerior.example.com",
        trap="utc-label-zone-no-vtimezone-panel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fortier, Aline":mailto:afortier@cariboointerior.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen White
 cloud:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Knutson, Brad
 ley":mailto:bknutson@cariboointerior.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mendes, Carla
 ":mailto:cmendes@cariboointerior.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fortier, 
 Aline":mailto:afortier@cariboointerior.example.com
DESCRIPTION;LANGUAGE=en-US:Good afternoon Owen\,\n\nAs discussed\, here is 
 the invitation for your panel interview for Operations Manager with Bradle
 y Knutson (General Manager\, Woodlands) and Carla Mendes (Operations Super
 intendent). Expect behavioural and situational questions on contractor ma
 nagement\, safety (SAFE Companies)\, and log supply to the Quesnel sawmill
 .\n\nAline\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FyaWJvbzQ0NzE%40thread.v2/0>\nMeeting ID: 218 004 556 231\nPasscode: 3Qy8sL\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005A7D3E19F48EDC0100000000000000
 00100000003F2E1D0C9B8A7F6E5D4C3B2A19080706
SUMMARY;LANGUAGE=en-US:Panel Interview - Owen Whitecloud - Ops Manager
DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20260128T100000
DTEND;TZID="(UTC-08:00) Pacific Time (US & Canada)":20260128T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T224410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="iphone-handtyped",
        uid="8C1F3E2A-44B0-4E7D-9A61-2F5D0C7B9E13",
        is_interview=1,
        company="Yuzkeh Forest Enterprises",
        role="Forestry Manager",
        stage="hiring_manager",
        interviewers="Ray Joseph",
        trap="handtyped-first-nation-corp-gm-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260120T041802Z
DTSTAMP:20260120T041833Z
LAST-MODIFIED:20260120T041833Z
UID:8C1F3E2A-44B0-4E7D-9A61-2F5D0C7B9E13
DTSTART:20260127T130000
DTEND:20260127T143000
SUMMARY:YFE - mtg w Ray re forestry mgr job
LOCATION:Yuzkeh band office\, boardroom upstairs
DESCRIPTION:Ray Joseph (GM). bring resume + RPF card\, ask about BCTS volum
 e\, woodland licence\, who does the referrals now. wear clean boots lol
SEQUENCE:0
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:0E7C9A21-6B3F-4D5E-8F2A-1C9B3D7E6F40
UID:0E7C9A21-6B3F-4D5E-8F2A-1C9B3D7E6F40
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-freemail-field-day",
        uid="3k9q1v7m2r5t8b0c6d4e2f1g0h@google.com",
        is_interview=1,
        company="Yuzkeh Forest Enterprises",
        role="Forestry Manager",
        stage="final",
        interviewers="rayjoseph.yfe@gmail.com;bernice.alec@yuzkeh.example.ca",
        trap="freemail-gm-ride-along-field-day",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260210T073000
DTEND;TZID=America/Vancouver:20260210T160000
DTSTAMP:20260203T195127Z
ORGANIZER;CN=Ray Joseph:mailto:rayjoseph.yfe@gmail.com
UID:3k9q1v7m2r5t8b0c6d4e2f1g0h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ray Jo
 seph;X-NUM-GUESTS=0:mailto:rayjoseph.yfe@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bernic
 e Alec;X-NUM-GUESTS=0:mailto:bernice.alec@yuzkeh.example.ca
CREATED:20260203T195046Z
DESCRIPTION:Owen - second part of the Forestry Manager interview. We'll pic
 k you up at the band office at 7:30 and drive the Chinlac FSR to the two 
 salvage blocks and the cultural cedar stand. Bernice (Lands & Resources)
  will come and ask you about how you'd work with our Lands team and the E
 lders. Pack a lunch. Ray\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease do
  not edit this section of the description.\n\nView your event at https://
 calendar.google.com/calendar/event?action=VIEW&eid=M2s5cTF2N20ycjV0OGIwYzZ
 kNGUyZjFnMGg&tok=MjMj\n\nInvitation from Google Calendar: https://calendar
 .google.com/calendar/\n\nYou are receiving this email because you are an 
 attendee on the event. To stop receiving future updates for this event\, 
 decline this event.\n\nForwarding this invitation could allow any recipien
 t to send a response to the organizer\, be added to the guest list\, invit
 e others regardless of their own invitation status\, or modify your RSVP.
 \n\nLearn more https://support.google.com/calendar/answer/37135#forwardin
 g\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260203T195125Z
LOCATION:Yuzkeh Band Office\, 4 Lakeshore Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen W - Forestry Mgr interview day 2 (field)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bcps-standardized-assessment",
        uid="040000008200E00074C5B7101A82E00800000000B3C1D9E2A48DDC0100000000000000001000000011AA22BB33CC44DD55EE66FF77001188",
        is_interview=1,
        company="BC Wildfire Service",
        role="Fuel Management Specialist",
        stage="technical",
        interviewers="",
        trap="public-service-standardized-written-assessment-no-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="BCWS Hiring WLRS:EX":mailto:bcws.hiring@gov.bc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hello\,\n\nCongratulations - you have been short
 listed for Competition #118842 Fuel Management Specialist (Prince George Fi
 re Centre)\, BC Wildfire Service.\n\nThe next step is a standardized writte
 n assessment (90 minutes\, open book is NOT permitted). It will assess: wr
 itten communication\, fuel type classification (Canadian FBP System)\, and
  prescription writing for a fuel treatment unit. You will receive the asse
 ssment package by email at the start time and must return it within 90 min
 utes.\n\nIf you require accommodation\, please reply to this email.\n\nTha
 nk you\,\nBC Wildfire Service Hiring Team\nBC Public Service
UID:040000008200E00074C5B7101A82E00800000000B3C1D9E2A48DDC0100000000000000
 001000000011AA22BB33CC44DD55EE66FF77001188
SUMMARY;LANGUAGE=en-US:Written Assessment - Competition #118842 Fuel Manage
 ment Specialist
DTSTART;TZID=Pacific Standard Time:20260203T090000
DTEND;TZID=Pacific Standard Time:20260203T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T201501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online (package sent by email)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bcps-teams-panel",
        uid="040000008200E00074C5B7101A82E00800000000D5E3F1A2B68FDC01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2",
        is_interview=1,
        company="BC Wildfire Service",
        role="Fuel Management Specialist",
        stage="onsite",
        interviewers="erik.halvorsen@gov.bc.example.ca;priya.nandakumar@gov.bc.example.ca",
        trap="bc-gov-cn-ministry-suffix-panel-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Halvorsen, Erik WLRS:EX":mailto:erik.halvorsen@gov.bc.example
 .ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nandakumar, P
 riya WLRS:EX":mailto:priya.nandakumar@gov.bc.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PGFC Hiring W
 LRS:EX":mailto:pgfc.hiring@gov.bc.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nThank you for completing the writte
 n assessment. You are invited to a panel interview for Competition #118842
  Fuel Management Specialist. The panel will be Erik Halvorsen (Wildfire Pr
 evention Manager) and Priya Nandakumar (Senior Fuel Management Specialist)
 .\n\nThe interview is approximately 60 minutes and consists of behavioural
  questions based on the BC Public Service Competencies (Planning\, Organiz
 ing and Coordinating\; Building Partnerships with Stakeholders\; Decisive 
 Insight) and two technical questions. Questions will be shown on screen. P
 lease have your camera on.\n\nReferences will be requested from the top c
 andidates.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk0YmU%40thread.v2/0>\nMeeting ID: 249 551 870 226\nPasscode: Zp9v4K\nOr call in (audio only)\n+1 250-555-0116\,\,90441253#   Canada\, Victoria\nPhone Conference ID: 904 412 53#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D5E3F1A2B68FDC0100000000000000
 0010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2
SUMMARY;LANGUAGE=en-US:Panel interview - Fuel Management Specialist #118842
DTSTART;TZID=Pacific Standard Time:20260224T130000
DTEND;TZID=Pacific Standard Time:20260224T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T171244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-behavioural-panel",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="BC Ministry of Forests",
        role="Stewardship Forester",
        stage="onsite",
        interviewers="lisa.tanaka@gov.bc.example.ca;gurjit.brar@gov.bc.example.ca",
        trap="sent-by-hiring-assistant-behavioural-panel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Tanaka, Lisa FOR:EX";SENT-BY="mailto:chantal.dubois@gov.bc.ex
 ample.ca":mailto:lisa.tanaka@gov.bc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen White
 cloud:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brar, Gurjit 
 FOR:EX":mailto:gurjit.brar@gov.bc.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Chant
 al FOR:EX":mailto:chantal.dubois@gov.bc.example.ca
DESCRIPTION;LANGUAGE=en-US:Good morning Owen\,\n\nOn behalf of Lisa Tanaka\
 , District Manager\, I am pleased to invite you to a behavioural interview
  for the Stewardship Forester (Forester 3/ LSO 3) position with the Prince
  George Natural Resource District\, Ministry of Forests (posting #119207).
 \n\nPanel: Lisa Tanaka (District Manager) and Gurjit Brar (Stewardship Offi
 cer).\nFormat: 5 behavioural questions (please use the STAR format)\, 45
  - 60 minutes\, MS Teams with video.\n\nRegards\,\nChantal Dubois\nHR Assi
 stant\, Prince George Natural Resource District\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTE5MjA3%40thread.v2/0>\nMeeting ID: 266 918 004 337\nPasscode: 8Ft2wP\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000
 0010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Interview - Stewardship Forester (posting 119207)
DTSTART;TZID=Pacific Standard Time:20260311T100000
DTEND;TZID=Pacific Standard Time:20260311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T165811Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel-assessment",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC010000000000000000100000005566778899AABBCCDDEEFF0011223344",
        is_interview=1,
        company="BC Ministry of Forests",
        role="Stewardship Forester",
        stage="technical",
        interviewers="",
        trap="method-cancel-public-service-assessment",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Chantal FOR:EX":mailto:chantal.dubois@gov.bc.example.
 ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen White
 cloud:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hello Owen\,\n\nThe written assessment for postin
 g #119207 Stewardship Forester scheduled for March 4 is cancelled. Due to
  the number of applicants the hiring manager has decided to proceed direct
 ly to behavioural interviews. You will receive a separate invitation.\n\nA
 pologies for any inconvenience.\n\nChantal
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000
 00100000005566778899AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=en-US:Canceled: Written assessment - Stewardship Forester 
 119207
DTSTART;TZID=Pacific Standard Time:20260304T090000
DTEND;TZID=Pacific Standard Time:20260304T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260226T213350Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Online
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone-panel",
        uid="040000008200E00074C5B7101A82E0080000000044D1E7C2B09FDC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
        is_interview=1,
        company="BC Timber Sales",
        role="Practices Forester",
        stage="onsite",
        interviewers="kevin.wong@gov.bc.example.ca;amelia.running@gov.bc.example.ca",
        trap="bcts-panel-no-vtimezone-windows-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wong, Kevin FOR:EX":mailto:kevin.wong@gov.bc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Running, Amel
 ia FOR:EX":mailto:amelia.running@gov.bc.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PG 2000 S R
 amsey Rd Rm 214 (8)":mailto:pg-rm214@gov.bc.example.ca
DESCRIPTION;LANGUAGE=en-US:Owen\, confirming your in-person interview for t
 he Practices Forester (RPF) position\, BC Timber Sales Stuart-Nechako Bus
 iness Area (competition 120114). Panel: Kevin Wong (Planning Officer) and 
 Amelia Running (Practices Supervisor). Please sign in at the main reception
  and bring photo ID. Parking is in the visitor lot.
UID:040000008200E00074C5B7101A82E0080000000044D1E7C2B09FDC0100000000000000
 00100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=en-US:BCTS Practices Forester - Interview - O. Whitecloud
DTSTART;TZID=Pacific Standard Time:20260317T133000
DTEND;TZID=Pacific Standard Time:20260317T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T190002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG 2000 S Ramsey Rd Rm 214 (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="one-way-video-screen",
        uid="hv-9c2e41d0-7a53-4b8e-a1f6-30d2c8e5b774@invite.videointerview.example.com",
        is_interview=1,
        company="BC Ministry of Water, Land and Resource Stewardship",
        role="Land Use Planner",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-recorded-video-interview-all-day-deadline",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VideoInterview//Candidate Reminder 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-9c2e41d0-7a53-4b8e-a1f6-30d2c8e5b774@invite.videointerview.example.c
 om
DTSTAMP:20260302T180000Z
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
SUMMARY:Complete your on-demand video interview - Land Use Planner (WLRS)
DESCRIPTION:Hi Owen\,\n\nThe Ministry of Water\, Land and Resource Steward
 ship invites you to complete a recorded video interview for Land Use Plann
 er (Omineca Region\, posting #119455). You will answer 4 questions on came
 ra\; you have 2 minutes to prepare and 3 minutes to answer each. Complete 
 it any time before 11:59 PM PT on March 6.\n\nStart here: https://app.vide
 ointerview.example.com/c/7TQ2-KL9D\n\nGood luck!\nBC Public Service Recrui
 tment
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-com-owner-freemail",
        uid="AAMkADk2NTQ3ZjBlLTRhYzEtNDE0Mi05ZDU3LWRiZTg1NjU3OGJkYwBGAAAAAAB1sagebrush01",
        is_interview=1,
        company="Sagebrush Forestry Consulting",
        role="Senior Forester",
        stage="hiring_manager",
        interviewers="dmarchetti_forestry@hotmail.com",
        trap="consultancy-owner-hotmail-phone-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Dave Marchetti:mailto:dmarchetti_forestry@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Owen - good to get your note. Let's have a call 
 about the senior forester spot. I'll phone you. We're a small shop (6 for
 esters + 2 techs) in Kamloops doing mostly FSP/site plans\, FireSmart fuel
  prescriptions and appraisal work for woodlots and two community forests.
  Dave\n\nSent from Outlook
UID:AAMkADk2NTQ3ZjBlLTRhYzEtNDE0Mi05ZDU3LWRiZTg1NjU3OGJkYwBGAAAAAAB1sagebru
 sh01
SUMMARY;LANGUAGE=en-US:Call - Sagebrush Forestry / Owen
DTSTART;TZID=Pacific Standard Time:20260209T173000
DTEND;TZID=Pacific Standard Time:20260209T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T040112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-consultancy-field-day",
        uid="7hj3k0p2s9w4x1y6z8a5b3c0d2@google.com",
        is_interview=1,
        company="Sagebrush Forestry Consulting",
        role="Senior Forester",
        stage="final",
        interviewers="dmarchetti_forestry@hotmail.com;annika@sagebrushforestry.example.ca",
        trap="consultancy-in-person-plus-field-cruise",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260302T080000
DTEND;TZID=America/Vancouver:20260302T150000
DTSTAMP:20260219T231455Z
ORGANIZER;CN=Sagebrush Forestry Office:mailto:sagebrushforestry@gmail.com
UID:7hj3k0p2s9w4x1y6z8a5b3c0d2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dave M
 archetti;X-NUM-GUESTS=0:mailto:dmarchetti_forestry@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Annika
  Lund;X-NUM-GUESTS=0:mailto:annika@sagebrushforestry.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=sa
 gebrushforestry@gmail.com;X-NUM-GUESTS=0:mailto:sagebrushforestry@gmail.c
 om
DESCRIPTION:Senior Forester interview (in person) - Dave & Annika.\n8:00 o
 ffice\, coffee + interview\n10:00 drive to the Lac Du Bois interface unit\, w
 alk a fuel treatment prescription together\n13:00 lunch + questions for us
 \n\nBring field gear. Office: 201-455 Victoria St\, Kamloops.\n\n-::~:~::~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.
 google.com/calendar/\n\nYou are receiving this email because you are an at
 tendee on the event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:Sagebrush Forestry Consulting\, 201-455 Victoria St\, Kamloops\, B
 C
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen Whitecloud - interview + field morning
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-entrevue",
        uid="040000008200E00074C5B7101A82E0080000000061F0A2B3C4D5DC0100000000000000001000000022446688AACCEE00113355779BBDDFF1",
        is_interview=1,
        company="Produits forestiers Boréalis",
        role="Surintendant des opérations forestières / Woodlands Operations Superintendent",
        stage="hiring_manager",
        interviewers="egagnon@borealis-pf.example.ca;mroy@borealis-pf.example.ca",
        trap="quebec-french-entrevue-eastern-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Roy, Mélanie":mailto:mroy@borealis-pf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gagnon, Étien
 ne":mailto:egagnon@borealis-pf.example.ca
DESCRIPTION;LANGUAGE=fr-CA:(English follows)\n\nBonjour Owen\,\n\nNous vous
  confirmons votre entrevue pour le poste de Surintendant des opérations f
 orestières à notre division de Fort St. James (C.-B.). Vous rencontrerez 
 Étienne Gagnon\, directeur foresterie\, et moi-même. L'entrevue se déroul
 era en anglais.\n\n---\n\nHello Owen\,\n\nWe are confirming your interview
  for the Woodlands Operations Superintendent position at our Fort St. Jame
 s division. You will meet Étienne Gagnon (Director of Forestry) and myself
 . The interview will be held in English. Note the time is Eastern (8:00 a
 m Pacific).\n\nMélanie Roy\nConseillère principale RH | Senior HR Advisor\
 nProduits forestiers Boréalis inc.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qm9yZWFsaXM%40thread.v2/0>\nID de réunion : 271 663 018 442\nCode secret : Bq4Lm8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000061F0A2B3C4D5DC0100000000000000
 001000000022446688AACCEE00113355779BBDDFF1
SUMMARY;LANGUAGE=fr-CA:Entrevue - Surintendant des opérations forestières 
 (Fort St. James) - Owen Whitecloud
DTSTART;TZID=Eastern Standard Time:20260218T110000
DTEND;TZID=Eastern Standard Time:20260218T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T140511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-final-mill-visit",
        uid="040000008200E00074C5B7101A82E00800000000723A1B4C5D6EDC01000000000000000010000000BB11CC22DD33EE44FF5566778899AA00",
        is_interview=1,
        company="Produits forestiers Boréalis",
        role="Woodlands Operations Superintendent",
        stage="final",
        interviewers="egagnon@borealis-pf.example.ca;ptremblay@borealis-pf.example.ca",
        trap="bilingual-final-entrevue-mill-visit",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Étienne":mailto:egagnon@borealis-pf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tremblay, Pau
 l":mailto:ptremblay@borealis-pf.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roy, Mélanie"
 :mailto:mroy@borealis-pf.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue finale / Final interview\n\nOwen\, Paul
  Tremblay (VP Opérations - Ouest) sera à Fort St. James cette semaine. Nous
  aimerions vous rencontrer en personne à la scierie\, puis visiter le cou
 rt à bois et un chantier actif.\n\nPaul Tremblay (VP Operations - West) w
 ill be in Fort St. James that week. We'd like to meet you in person at th
 e sawmill\, then tour the log yard and an active harvesting site. Safety 
 boots required.\n\nÉtienne
UID:040000008200E00074C5B7101A82E00800000000723A1B4C5D6EDC0100000000000000
 0010000000BB11CC22DD33EE44FF5566778899AA00
SUMMARY;LANGUAGE=fr-CA:Entrevue finale + visite scierie / Final interview &
  mill tour - O. Whitecloud
DTSTART;TZID=Pacific Standard Time:20260305T093000
DTEND;TZID=Pacific Standard Time:20260305T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T153208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Scierie Boréalis\, 300 Stuart Dr E\, Fort St. Jame
 s\, BC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="federal-bilingual-board",
        uid="040000008200E00074C5B7101A82E00800000000834B2C5D6E7FDC010000000000000000100000000123ABCD4567EF89ABCD0123EF456789",
        is_interview=1,
        company="Parks Canada",
        role="Fire and Vegetation Specialist",
        stage="onsite",
        interviewers="catherine.bellerose@pc.gc.example.ca;mike.strand@pc.gc.example.ca",
        trap="federal-bilingual-assessment-board-mountain-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Bellerose, Catherine (PC)":mailto:catherine.bellerose@pc.gc.e
 xample.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Strand, Mike 
 (PC)":mailto:mike.strand@pc.gc.example.ca
DESCRIPTION;LANGUAGE=en-CA:*** Le français suit ***\n\nSelection process 26
 -PCA-WU-441870 - Fire and Vegetation Specialist (GT-05)\, Jasper Field Uni
 t\n\nYou are invited to an interview with the assessment board: Catherine 
 Bellerose (Fire Management Officer) and Mike Strand (Resource Conservation
  Manager). Please note the time is Mountain Time. You will have 15 minutes
  of preparation time before the interview to review the questions. You ma
 y be assessed in the official language of your choice.\n\n***\n\nProcessus
  de sélection 26-PCA-WU-441870 - Spécialiste du feu et de la végétation (
 GT-05)\, unité de gestion de Jasper\n\nVous êtes convoqué(e) à une entrevu
 e avec le comité d'évaluation. Veuillez noter que l'heure est celle des Ro
 cheuses.
UID:040000008200E00074C5B7101A82E00800000000834B2C5D6E7FDC0100000000000000
 00100000000123ABCD4567EF89ABCD0123EF456789
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue - 26-PCA-WU-441870 - Fire and V
 egetation Specialist / Spécialiste du feu et de la végétation
DTSTART;TZID=Mountain Standard Time:20260408T090000
DTEND;TZID=Mountain Standard Time:20260408T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T154517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:MS Teams / Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="federal-written-exam-utc",
        uid="pca-exam-26-441870-owhitecloud@gcjobs.example.ca",
        is_interview=1,
        company="Parks Canada",
        role="Fire and Vegetation Specialist",
        stage="technical",
        interviewers="",
        trap="federal-online-written-exam-utc-no-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Public Service Resourcing System//Assessment Notification//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pca-exam-26-441870-owhitecloud@gcjobs.example.ca
DTSTAMP:20260310T120000Z
DTSTART:20260319T160000Z
DTEND:20260319T190000Z
SUMMARY:Written exam / Examen écrit - 26-PCA-WU-441870
DESCRIPTION:Selection process 26-PCA-WU-441870 (Parks Canada Agency): unsu
 pervised online written examination\, 3 hours. The link will be active at
  the start time. Processus de sélection 26-PCA-WU-441870 (Agence Parcs Can
 ada) : examen écrit en ligne non supervisé\, 3 heures.
LOCATION:Online / En ligne
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-export-floating",
        uid="C4D2A7E9-1B3F-4A6C-8E0D-5F7B9A1C3E25",
        is_interview=1,
        company="Bulkley Valley Cedar",
        role="Fibre Manager",
        stage="hiring_manager",
        interviewers="Arne",
        trap="terse-owner-first-name-only-intvw-abbrev",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
{VANCOUVER_APPLE}
BEGIN:VEVENT
CREATED:20260225T031144Z
DTSTAMP:20260225T031201Z
LAST-MODIFIED:20260225T031201Z
UID:C4D2A7E9-1B3F-4A6C-8E0D-5F7B9A1C3E25
DTSTART;TZID=America/Vancouver:20260306T100000
DTEND;TZID=America/Vancouver:20260306T113000
SUMMARY:Arne @ BV Cedar - fibre mgr intvw
LOCATION:BV Cedar mill office\, Hwy 16 W\, Smithers
DESCRIPTION:he said bring the log costs numbers we talked abt. 3.5h drive\, 
 leave 6am
SEQUENCE:0
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
UID:7E1A9C3B-2D4F-4B6E-8A0C-9D1E3F5A7B20
TRIGGER:-PT4H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
