"""holdout208 events, part C: single interviews with Phoenix-area districts (written blind)."""

from holdout208ev_common import PHX, WIN_USMST, iv

EVENTS = [
    iv(
        "interview-confirmation",
        r"""BEGIN:VCALENDAR
PRODID:-//Frontline Technologies//Recruiting and Hiring//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:applitrack-gilbertschools-int-40771@frontlineeducation.com
DTSTAMP:20250303T151102Z
DTSTART:20250312T170000Z
DTEND:20250312T180000Z
SUMMARY:Interview Confirmation: Instructional Coach - Secondary Science
LOCATION:Gilbert Public Schools Administration\, 140 S Gilbert Rd\, Gilbert
 \, AZ 85296 - Room C
DESCRIPTION:Marisol Vega\,\n\nThis confirms your interview for Instructional
  Coach - Secondary Science (JobID: 4077) on Wednesday\, March 12\, 2025 at
  10:00 AM.\n\nThe interview committee will consist of the Director of Secon
 dary Curriculum (Dr. Alan Whitcomb)\, a current instructional coach and a
  high school principal.\n\nGilbert Public Schools - Human Resources\nThis i
 s an automated message from Frontline Recruiting & Hiring. Please do not r
 eply.
ORGANIZER;CN=Gilbert Public Schools:mailto:noreply@applitrack.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:marisol.vega.teach@yahoo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "applitrack-gilbertschools-int-40771@frontlineeducation.com",
        "Gilbert Public Schools",
        "Instructional Coach - Secondary Science",
        "onsite",
        "Dr. Alan Whitcomb",
        "frontline-noreply-committee-in-body",
    ),
    iv(
        "meet-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250313T130000
DTEND;TZID=America/Phoenix:20250313T134500
DTSTAMP:20250307T212301Z
ORGANIZER;CN=Marcus Ebert:mailto:mebert@pxu.org
UID:2z5x8c1v4b7n0m3q6w9e2r5t8y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Ebert;X-NUM-GUESTS=0:mailto:mebert@pxu.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Marisol - looking forward to talking about the Science Instruc
 tional Coach opening. I'll be joined by nobody else\; this is a convers
 ation with me as the hiring supervisor.\n\nMarcus Ebert\nDirector of Scien
 ce\, Phoenix Union HSD\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google
  Meet: https://meet.google.com/hzk-ovbq-tma\nJoin by phone\n(US) +1 470-555-
 0123 PIN: 771 402 918#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marisol Vega / Marcus Ebert - Science IC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2z5x8c1v4b7n0m3q6w9e2r5t8y@google.com",
        "Phoenix Union High School District",
        "Science Instructional Coach",
        "hiring_manager",
        "mebert@pxu.org",
        "google-meet-name-slash-name-title",
    ),
    iv(
        "teams-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Bui, Thanh":mailto:thanh.bui@tempeschools.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garrison, Dee":mailto:dee.garrison@tempeschools.org
DESCRIPTION;LANGUAGE=en-US:\n__________________________________________________
 ______________________________\nMicrosoft Teams Need help?<https://aka.ms
 /JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_OWQ2ZTc5NzAtN2M1Yi00>\nMeeting ID: 244
  190 557 822\nPasscode: wH3bS2\n________________________________\nDial in b
 y phone\n+1 480-555-0177\,\,493720615# United States\, Phoenix\nPhone confe
 rence ID: 493 720 615#\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E0080000000055A6B7C8D98BDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-US:TESD Instructional Coach Interview - Marisol Vega
DTSTART;TZID=US Mountain Standard Time:20250317T140000
DTEND;TZID=US Mountain Standard Time:20250317T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T183045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ2ZTc5NzAtN2M1Yi00
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000055A6B7C8D98BDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        "Tempe Elementary School District",
        "Instructional Coach",
        "",
        "thanh.bui@tempeschools.org;dee.garrison@tempeschools.org",
        "teams-boilerplate-only-description",
    ),
    iv(
        "ap-panel",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Sandoval, Patrick":mailto:psandoval@peoriaunified.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hargrove, Dana":mailto:dhargrove@peoriaunified.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Liu, Kevin":mailto:kliu@peoriaunified.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Abena":mailto:aosei@peoriaunified.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ESC - Supersti
 tion Rm":mailto:esc.superstition@peoriaunified.org
DESCRIPTION;LANGUAGE=en-US:Assistant Principal (K-8) - Sunset Heights. Inter
 view questions will be provided 10 minutes before your interview in the lo
 bby.\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C58DDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:AP K-8 Sunset Heights - Candidate: Vega\, M. - 4:00
DTSTART;TZID=US Mountain Standard Time:20250320T160000
DTEND;TZID=US Mountain Standard Time:20250320T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T162815Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ESC - Superstition Rm
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000E1F2A3B4C58DDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        "Peoria Unified School District",
        "Assistant Principal (K-8)",
        "onsite",
        "psandoval@peoriaunified.org;dhargrove@peoriaunified.org;kliu@peoriaunified.org;aosei@peoriaunified.org",
        "outlook-candidate-label-in-title-user-is-candidate",
    ),
    iv(
        "neogov-phone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEOGOV//Insight Scheduling//EN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
UID:NEOGOV-INSIGHT-DUSD-5531907-20250227
DTSTAMP:20250221T173000Z
DTSTART;TZID=America/Phoenix:20250227T153000
DTEND;TZID=America/Phoenix:20250227T160000
SUMMARY:Phone Interview - K-12 Science Coordinator - Dysart Unified School
  District
DESCRIPTION:Interview Type: Phone Interview\nJob Title: K-12 Science Coordi
 nator\nJob Number: 2025-00318\nAgency: Dysart Unified School District\n\nYo
 u will be called by Yvette Carrasco at the phone number on your applicati
 on.\n\nPlease log in to your governmentjobs.com account to view or cancel
  this appointment.
LOCATION:Phone Interview
ORGANIZER;CN=Dysart Unified School District:mailto:noreply@governmentjobs.com
ATTENDEE;CN=Marisol Vega;RSVP=FALSE:mailto:marisol.vega.teach@yahoo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "NEOGOV-INSIGHT-DUSD-5531907-20250227",
        "Dysart Unified School District",
        "K-12 Science Coordinator",
        "recruiter_screen",
        "Yvette Carrasco",
        "neogov-governmentjobs-phone-interview",
    ),
    iv(
        "typed-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:marisol.vega.teach@yahoo.com
X-WR-TIMEZONE:America/Phoenix
BEGIN:VEVENT
DTSTART:20250310T223000Z
DTEND:20250310T233000Z
DTSTAMP:20250304T051104Z
UID:0a3s6d9f2g5h8j1k4l7z0x3c6v@google.com
CREATED:20250304T051104Z
DESCRIPTION:Higley USD - Asst Principal\, Sossaman MS. w/ Dr. Kapoor + pane
 l. bring portfolio + discipline data example. wear blue blazer
LAST-MODIFIED:20250304T051104Z
LOCATION:Higley DO\, 2935 S Recker Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Higley intvw 3:30
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0a3s6d9f2g5h8j1k4l7z0x3c6v@google.com",
        "Higley Unified School District",
        "Asst Principal",
        "",
        "Dr. Kapoor",
        "self-typed-x-wr-timezone-export-utc",
    ),
    iv(
        "coaching-conversation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250402T161500
DTEND;TZID=America/Phoenix:20250402T171500
DTSTAMP:20250327T190021Z
ORGANIZER;CN=Bethany Holloway:mailto:bholloway@qcusd.org
UID:9m2n5b8v1c4x7z0l3k6j9h2g5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bethany Holloway;X-NUM-GUESTS=0:mailto:bholloway@qcusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gustavo Lira;X-NUM-GUESTS=0:mailto:glira@qcusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Hi Marisol! For this round we'd like you to bring a short exam
 ple of a coaching cycle you have led (goal\, evidence\, outcome). Gustavo
  (Director of Teaching & Learning) and I will ask you to walk us through i
 t and then respond to a scenario. Queen Creek USD District Office\, Board
  Room.
LOCATION:QCUSD District Office\, 20217 E Chandler Heights Rd\, Queen Creek\, AZ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Instructional Coach - Round 2 - Vega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "9m2n5b8v1c4x7z0l3k6j9h2g5f@google.com",
        "Queen Creek Unified School District",
        "Instructional Coach",
        "technical",
        "bholloway@qcusd.org;glira@qcusd.org",
        "google-round-two-coaching-cycle-walkthrough",
    ),
    iv(
        "webex-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
UID:b3f19e07c2a64d8e9a71f4c20d5e6b18
DTSTAMP:20250318T172610Z
DTSTART;TZID=America/Phoenix:20250326T160000
DTEND;TZID=America/Phoenix:20250326T170000
SUMMARY:Cartwright SD - Assistant Principal Interview Panel - Marisol Vega
DESCRIPTION:Panel: Dr. Lourdes Benavidez (Principal\, Estrella MS)\, Armando
  Villa (Asst. Supt.)\, teacher and parent representatives.\n\nJoin Webex m
 eeting\nhttps://csd83.webex.com/csd83/j.php?MTID=m7a1b2c3d4e5f60718293a4b5c
 6d7e8f9\nMeeting number (access code): 2631 447 9021\nMeeting password: Cs
 d83AP!\n\nJoin by phone\n+1-415-655-0001 US Toll\n\nCan't join the meetin
 g? https://help.webex.com/docs/meetings
LOCATION:https://csd83.webex.com/csd83/j.php?MTID=m7a1b2c3d4e5f60718293a4b5c6d7e8f9
ORGANIZER;CN=Lourdes Benavidez:mailto:lbenavidez@csd83.org
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Armando Villa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:avilla@csd83.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "b3f19e07c2a64d8e9a71f4c20d5e6b18",
        "Cartwright School District",
        "Assistant Principal",
        "onsite",
        "lbenavidez@csd83.org;avilla@csd83.org",
        "webex-virtual-panel",
    ),
]
