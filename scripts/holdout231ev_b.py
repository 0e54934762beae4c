"""holdout231 events, part B: Rolls-Royce, Airbus and defence/aerospace employers in the South West."""

from holdout231ev_tz import GMT_STD, LONDON_APPLE, LONDON_G

_RR_UID = ("040000008200E00074C5B7101A82E00800000000D0C4A98E11AFDB01000000000000000010000000"
           "3E5B0C27F8A14C4E9D6B21A07F54C8D1")

_RR_TECH = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Wheeler, Claire":mailto:claire.wheeler@rolls-royce.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonjo,
  Daniel":mailto:daniel.okonjo@rolls-royce.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DBY-ELT-B2 Roo
 m 2.14 (8) VC":mailto:dby-elt-b2-room2.14@rolls-royce.com
DESCRIPTION;LANGUAGE=en-GB:Rebecca\,\n\n%(note)sTechnical interview for th
 e Engineering Manager - Control Systems (Civil Aerospace) vacancy. Daniel
  and I will go through an EEC/FADEC control system you have worked on end
  to end: requirements capture\, DO-178C/DO-254 lifecycle\, verification s
 trategy and how you'd run a team of ~14 engineers through certification.
 \n\nNo slides needed. Please report to the Elton Road visitor centre 15 m
 ins early with photo ID - Daniel will collect you.\n\nClaire Wheeler\nChi
 ef Engineer - Controls\, Rolls-Royce Civil Aerospace\n
UID:""" + _RR_UID[:72] + "\n " + _RR_UID[72:] + r"""
SUMMARY;LANGUAGE=en-GB:Interview - Rebecca Howell - EM Control Systems (te
 chnical)
DTSTART;TZID=GMT Standard Time:%(start)s
DTEND;TZID=GMT Standard Time:%(end)s
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%(stamp)s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:%(seq)s
LOCATION;LANGUAGE=en-GB:DBY-ELT-B2 Room 2.14 (8) VC
X-MICROSOFT-CDO-APPT-SEQUENCE:%(seq)s
X-MICROSOFT-CDO-OWNERAPPTID:2118734401
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    {
        "kind": "bookings-call", "uid": "f1c0a7e2-93b4-4d1a-8c55-2be6e97d40a3@rolls-royce.com", "iv": 1,
        "company": "Rolls-Royce", "role": "Engineering Manager - Control Systems", "stage": "recruiter_screen",
        "who": ["tom.haskins@rolls-royce.com"], "trap": "microsoft-bookings-ta-intro-call",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Rolls-Royce Early Careers & Experienced Hire Bookings:mailto:
 RRTABookings@rolls-royce.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Tom Haskins:
 mailto:tom.haskins@rolls-royce.com
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed\n\nService: Introduct
 ory conversation (30 mins)\nStaff: Tom Haskins\nVacancy: Engineering Mana
 ger - Control Systems (JR6011842)\n\nTom will talk you through the role a
 nd the Derby site and ask about your experience\, notice period and expec
 tations. If this goes well you will be invited to a technical interview w
 ith the hiring manager.\n\nJoin Microsoft Teams Meeting\nhttps://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_MmQ0YzU1@thread.v2/0\n+44 20 3855
  4748\,\,613094281#   United Kingdom\, London\nPhone Conference ID: 613 094
  281#\n\nManage booking: https://outlook.office365.com/owa/calendar/RRTAB
 ookings@rolls-royce.com/bookings/s/Xy7kP0rN\n
UID:f1c0a7e2-93b4-4d1a-8c55-2be6e97d40a3@rolls-royce.com
SUMMARY;LANGUAGE=en-GB:Introductory conversation (30 mins) with Rebecca Ho
 well
DTSTART:20250415T150000Z
DTEND:20250415T153000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T071502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite", "uid": _RR_UID, "iv": 1, "company": "Rolls-Royce",
        "role": "Engineering Manager - Control Systems (Civil Aerospace)", "stage": "technical",
        "who": ["claire.wheeler@rolls-royce.com", "daniel.okonjo@rolls-royce.com"],
        "trap": "outlook-room-resource-technical-interview",
        "ics": _RR_TECH % {"note": "", "start": "20250506T100000", "end": "20250506T113000",
                           "stamp": "20250422T163041Z", "seq": "0"},
    },
    {
        "kind": "outlook-update", "uid": _RR_UID, "iv": 1, "company": "Rolls-Royce",
        "role": "Engineering Manager - Control Systems (Civil Aerospace)", "stage": "technical",
        "who": ["claire.wheeler@rolls-royce.com", "daniel.okonjo@rolls-royce.com"],
        "trap": "rescheduled-same-uid-higher-sequence",
        "ics": _RR_TECH % {"note": "MOVED to Friday 9th - apologies\\, I'm needed at Bristol on the 6th.\\n\\n",
                           "start": "20250509T130000", "end": "20250509T143000",
                           "stamp": "20250429T081955Z", "seq": "2"},
    },
    {
        "kind": "workday-teams", "uid": "WD-INT-9a0f5c3e71d248b6b3e2a8d1c6f07a52@myworkday.com", "iv": 1,
        "company": "Airbus", "role": "Engineering Manager Systems Integration & Test", "stage": "hiring_manager",
        "who": ["james.whitcombe@airbus.com"], "trap": "workday-competency-interview-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-9a0f5c3e71d248b6b3e2a8d1c6f07a52@myworkday.com
DTSTAMP:20250423T111502Z
DTSTART:20250502T080000Z
DTEND:20250502T090000Z
SUMMARY:Interview - Engineering Manager Systems Integration & Test (JR1028
 9452)
ORGANIZER;CN=Airbus:mailto:airbus@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James Whitcombe:mailto:
 james.whitcombe@airbus.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Rebecca\,\n\nYou are invited to a competency based interv
 iew with James Whitcombe (Head of Wing Systems Integration & Test\, Filto
 n) for the position Engineering Manager Systems Integration & Test.\n\nTh
 e interview will explore the Airbus leadership competencies and your exp
 erience of HIL/iron-bird rigs\, test campaign planning and V&V.\n\nhttps:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_YjE3NTk2@thread.v2/0\nM
 eeting ID: 318 604 229 175 Passcode: q2Lm8P\n\nTo reschedule\, please use
  the link in your Workday candidate home.\nAirbus Talent Acquisition UK
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-onsite", "uid": "WD-INT-44e6b0d1f8c34a0e97d5a2c3b1f6e880@myworkday.com", "iv": 1,
        "company": "Airbus", "role": "Engineering Manager Systems Integration & Test", "stage": "onsite",
        "who": ["James Whitcombe", "Nadia Kowalczyk"], "trap": "assessment-day-candidate-onsite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
UID:WD-INT-44e6b0d1f8c34a0e97d5a2c3b1f6e880@myworkday.com
DTSTAMP:20250508T140011Z
DTSTART;TZID=Europe/London:20250521T084500
DTEND;TZID=Europe/London:20250521T163000
SUMMARY:Assessment Day - Engineering Manager Systems Integration & Test (J
 R10289452)
ORGANIZER;CN=Airbus:mailto:airbus@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
LOCATION:Airbus Filton\, Pegasus House\, Aerospace Avenue\, Filton BS34 7P
 A - Visitor Reception
DESCRIPTION:Dear Rebecca\,\n\nCongratulations - you have been selected for
  the Assessment Day.\n\n08:45 Arrival\, site induction\n09:15 Case study:
  integration test readiness for a high-lift system (individual prep\, 45
  min)\n10:15 Case study presentation to assessors\n11:30 Competency interv
 iew\n12:30 Lunch with the team\n13:30 Iron-bird / HIL rig tour\n14:30 Ste
 akholder role-play\n16:00 Close and Q&A with HR\n\nAssessors: James Whitc
 ombe and Nadia Kowalczyk (Senior Manager V&V). HR contact on the day: Luc
 y Barnes.\n\nBring photo ID. Business dress not required.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "oleeo-invite", "uid": "oleeo-qq-3381-iv-20250513-0930@qinetiq.tal.net", "iv": 1,
        "company": "QinetiQ", "role": "Principal Avionics Engineer - Test & Evaluation", "stage": "technical",
        "who": ["Dr Alan Fairbairn", "Sunita Chauhan"], "trap": "oleeo-technical-interview-names-in-body",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-qq-3381-iv-20250513-0930@qinetiq.tal.net
DTSTAMP:20250506T122200Z
DTSTART:20250513T083000Z
DTEND:20250513T094500Z
SUMMARY:QinetiQ - Technical Interview - Principal Avionics Engineer - Test
  & Evaluation
LOCATION:MS Teams (link below)
DESCRIPTION:Dear Rebecca\n\nThank you for booking your interview slot. Yo
 ur interview panel will be Dr Alan Fairbairn (Technical Authority\, Air
  T&E\, Boscombe Down) and Sunita Chauhan (Engineering Group Leader).\n\nTh
 e interview has two parts: a technical discussion (45 mins) around flight
  test instrumentation\, airworthiness (Def Stan 00-970) and avionics integ
 ration on military platforms\; and a strengths-based section (30 mins).\n
 \nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWRmN2Q1@t
 hread.v2/0\n\nIf you need any reasonable adjustments please reply to thi
 s email.\n\nQinetiQ Resourcing
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": ("040000008200E00074C5B7101A82E008000000007084C3D915B2DB01000000000000000010000000"
                "91C2D7E04AB35F4C8E7716B2D0A39F55"),
        "iv": 1, "company": "Thales UK", "role": "Engineering Manager - Mission Systems",
        "stage": "hiring_manager", "who": ["richard.blackmore@uk.thalesgroup.com"],
        "trap": "outlook-resourcing-sent-by-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Blackmore, Richard";SENT-BY="mailto:uk.resourcing.sw@uk.tha
 lesgroup.com":mailto:richard.blackmore@uk.thalesgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="UK-TMC-B3-Quan
 tock (10)":mailto:uk-tmc-b3-quantock@uk.thalesgroup.com
DESCRIPTION;LANGUAGE=en-GB:Dear Rebecca\,\n\nThank you for your applicatio
 n for Engineering Manager - Mission Systems (Templecombe). I would like t
 o invite you in to meet me for an informal but structured conversation a
 bout the role\, the team (c.20 systems and software engineers) and your
  leadership experience.\n\nSite: Thales UK\, Templecombe\, Somerset BA8 0D
 H. Ask for me at the gatehouse\; you will need photo ID.\n\nKind regards\,
 \nRichard Blackmore\nHead of Engineering\, Underwater Systems\n
UID:040000008200E00074C5B7101A82E008000000007084C3D915B2DB010000000000000
 0001000000091C2D7E04AB35F4C8E7716B2D0A39F55
SUMMARY;LANGUAGE=en-GB:Rebecca Howell - EM Mission Systems
DTSTART;TZID=GMT Standard Time:20250530T103000
DTEND;TZID=GMT Standard Time:20250530T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250520T093012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:UK-TMC-B3-Quantock (10)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-zoom", "uid": "icims-babcock-iv-1138452-7@babcockinternational.icims.com", "iv": 1,
        "company": "Babcock", "role": "Lead Systems Engineer - Avionics", "stage": "",
        "who": ["karen.ellis@babcockinternational.com", "owen.pascoe@babcockinternational.com"],
        "trap": "icims-zoom-interview-no-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-babcock-iv-1138452-7@babcockinternational.icims.com
DTSTAMP:20250409T100311Z
DTSTART:20250416T130000Z
DTEND:20250416T140000Z
SUMMARY:Babcock International: Interview for Lead Systems Engineer - Avio
 nics (Req 1138452)
ORGANIZER;CN=Babcock Recruitment:mailto:donotreply@babcockinternational.i
 cims.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=Karen Ellis;RSVP=TRUE:mailto:karen.ellis@babcockinternational.
 com
ATTENDEE;CN=Owen Pascoe;RSVP=TRUE:mailto:owen.pascoe@babcockinternational.
 com
LOCATION:Zoom
DESCRIPTION:Hello Rebecca\,\n\nYour interview has been scheduled.\n\nPosi
 tion: Lead Systems Engineer - Avionics (Req 1138452)\nInterviewers: Karen
  Ellis\, Owen Pascoe\nDuration: 60 minutes\n\nJoin Zoom Meeting\nhttps://
 babcock.zoom.us/j/84410293377?pwd=bE1sQ2xNdVZ\nMeeting ID: 844 1029 3377\n
 Passcode: 559102\nOne tap mobile: +442080806592\,\,84410293377# United Kin
 gdom\n\nThis message was sent from an unmonitored mailbox.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-video", "uid": "sr-int-7c2e1b90-5f4a-4d7d-b3a1-08e96c2f1d47", "iv": 1,
        "company": "GKN Aerospace", "role": "Principal Engineer, EWIS Design", "stage": "recruiter_screen",
        "who": ["laura.finch@gknaerospace.com"], "trap": "smartrecruiters-video-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7c2e1b90-5f4a-4d7d-b3a1-08e96c2f1d47
DTSTAMP:20250424T081112Z
DTSTART:20250428T110000Z
DTEND:20250428T113000Z
SUMMARY:Interview with GKN Aerospace - Principal Engineer\, EWIS Design
ORGANIZER;CN=Laura Finch:mailto:laura.finch@gknaerospace.com
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:rebecca.howell.eng@outlook.com
DESCRIPTION:Interview type: Video call - Introductory\nDuration: 30 min\n
 \nHi Rebecca\, looking forward to our chat about the Principal Engineer r
 ole in our Filton EWIS team. Join via Microsoft Teams: https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_Yzk2NTE4@thread.v2/0\n\nLaura Finch\
 , Talent Partner\, GKN Aerospace\n\nPowered by SmartRecruiters
LOCATION:Video call
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-meet", "uid": "lever-interview-1f0d9c8e-22ab-4c77-9b10-5e3a7d6c4b21", "iv": 1,
        "company": "Vertical Aerospace", "role": "Head of Flight Control Systems", "stage": "recruiter_screen",
        "who": ["amelia.crane@vertical-aerospace.com"], "trap": "lever-google-meet-recruiter-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T140000Z
DTEND:20250410T143000Z
DTSTAMP:20250404T152249Z
ORGANIZER;CN=Amelia Crane:mailto:amelia.crane@vertical-aerospace.com
UID:lever-interview-1f0d9c8e-22ab-4c77-9b10-5e3a7d6c4b21
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ameli
 a Crane;X-NUM-GUESTS=0:mailto:amelia.crane@vertical-aerospace.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
DESCRIPTION:Scheduled via Lever.\n\nRebecca Howell <> Vertical Aerospace |
  Recruiter Screen\nRole: Head of Flight Control Systems\n\nA 30-minute ca
 ll to talk about your background\, what you are looking for and the VX4
  certification programme.\n\nJoin with Google Meet: https://meet.google.co
 m/vmr-xqtd-kpe\nOr dial: (GB) +44 20 3957 1628 PIN: 384 117 903#
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rebecca Howell <> Vertical Aerospace | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-onsite", "uid": "gt-5e8d3a71c0b94f2a@goodtime.io", "iv": 1,
        "company": "Vertical Aerospace", "role": "Head of Flight Control Systems", "stage": "onsite",
        "who": ["tomasz.wojcik@vertical-aerospace.com", "helen.ashdown@vertical-aerospace.com",
                "raj.menon@vertical-aerospace.com"],
        "trap": "goodtime-onsite-loop-coordinator-excluded",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON_APPLE + r"""BEGIN:VEVENT
UID:gt-5e8d3a71c0b94f2a@goodtime.io
DTSTAMP:20250425T090044Z
DTSTART;TZID=Europe/London:20250507T100000
DTEND;TZID=Europe/London:20250507T143000
SUMMARY:Onsite - Rebecca Howell - Head of Flight Control Systems
ORGANIZER;CN=Megan Ford (Recruiting Coordinator):mailto:megan.ford@vertica
 l-aerospace.com
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Tomasz Wojcik;PARTSTAT=ACCEPTED:mailto:tomasz.wojcik@vertical-
 aerospace.com
ATTENDEE;CN=Helen Ashdown;PARTSTAT=ACCEPTED:mailto:helen.ashdown@vertical-a
 erospace.com
ATTENDEE;CN=Raj Menon;PARTSTAT=TENTATIVE:mailto:raj.menon@vertical-aerospa
 ce.com
LOCATION:Vertical Aerospace\, Bristol HQ - ask for Megan at reception
DESCRIPTION:Hi Rebecca\, here is your itinerary:\n\n10:00 - 11:00 Flight
  control architecture deep-dive - Tomasz Wojcik (Chief Engineer)\n11:00 -
  11:45 Certification & safety (CS-23/SC-VTOL\, DAL A flight control) - Hel
 en Ashdown\n11:45 - 12:30 Lunch with the FCS team (informal)\n12:30 - 13:3
 0 Leadership & ways of working - Raj Menon (VP Engineering)\n13:30 - 14:3
 0 Hangar tour and wrap-up with Megan\n\nScheduled with GoodTime
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
