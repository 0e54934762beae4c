"""holdout215 events, part f: the user on the hiring side at Emerald Skylink (crew ambassador), first half."""

from holdout215ev_common import TZ_DUBLIN, E

EVENTS = [
    E(
        "ambassador-briefing", 0, "1a7dk3f9h2j5l8n0p4r6t1v3xz@google.com",
        trap="user-as-interviewer-crew-ambassador-briefing",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250409T143000
DTEND;TZID=Europe/Dublin:20250409T151500
DTSTAMP:20250401T101522Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:1a7dk3f9h2j5l8n0p4r6t1v3xz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sinéa
 d Cullen;X-NUM-GUESTS=0:mailto:sinead.cullen@emeraldskylink.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Co
 nor Maher;X-NUM-GUESTS=0:mailto:conor.maher@emeraldskylink.ie
DESCRIPTION:Hi all\, quick brief before Saturday. We'll go through the run
  of the day\, which table you're on for the group exercise\, the scoring
  matrix (1-4 on teamwork\, communication\, customer focus) and how to ha
 nd your sheets back to me. Please read the pack in the shared drive befo
 rehand.<br><br>Thanks for volunteering!<br>Aoife<br>Talent Acquisition
 \, Emerald Skylink
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Crew Ambassadors - briefing for Sat 12/4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "recruitment-day", 0, "2b8el4g0i3k6m9o1q5s7u2w4ya@google.com",
        trap="user-as-interviewer-group-exercise-assessor-own-airline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250412T073000
DTEND;TZID=Europe/Dublin:20250412T173000
DTSTAMP:20250401T101911Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:2b8el4g0i3k6m9o1q5s7u2w4ya@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sinéa
 d Cullen;X-NUM-GUESTS=0:mailto:sinead.cullen@emeraldskylink.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Crew Ce
 ntre - Training Room 1 (30);X-NUM-GUESTS=0:mailto:c_1887crew1@resource.ca
 lendar.google.com
DESCRIPTION:Cabin Crew Recruitment Day - Dublin\, approx 60 candidates in
  3 waves.<br><br>Niamh - group exercise\, table 3 with Aoife (waves 1 + 2
 )\, then helping with reach test in the afternoon.<br>Sinéad - final int
 erviews with Gary.<br><br>Wear full uniform please. Lunch provided.
LOCATION:Emerald Skylink Crew Centre\, Corballis Park\, Dublin Airport
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Cabin Crew Recruitment Day - DUB - Ambassadors
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "calibration", 0, "3c9fm5h1j4l7n0p2r6t8v3x5zb@google.com",
        trap="user-as-interviewer-scoring-calibration",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250412T101500
DTEND;TZID=Europe/Dublin:20250412T103000
DTSTAMP:20250411T160233Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:3c9fm5h1j4l7n0p2r6t8v3x5zb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Between waves - 15 mins to compare scores for wave 1 so table
 s are marking the same way. Bring your sheets.
LOCATION:Crew Centre - Training Room 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibration - group ex scores (wave 1)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "wash-up", 0, "4d0gn6i2k5m8o1q3s7u9w4y6ac@google.com",
        trap="user-as-interviewer-wash-up-debrief",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250415T100000
DTEND;TZID=Europe/Dublin:20250415T110000
DTSTAMP:20250412T183011Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:4d0gn6i2k5m8o1q3s7u9w4y6ac@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Niam
 h Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gary
  Lynch;X-NUM-GUESTS=0:mailto:gary.lynch@emeraldskylink.ie
DESCRIPTION:Wash-up from Saturday: go through the borderline candidates f
 rom the group exercise\, agree who goes forward to final interview\, and
  what we'd change for the Cork day. Join from home if you're on a day of
 f.<br><br>Join with Google Meet: https://meet.google.com/fsd-qmya-wrt
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Recruitment Day wash-up (DUB 12/4)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teamtailor-interview", 0, "teamtailor-interview-15210448@teamtailor.com",
        trap="user-as-interviewer-teamtailor-panel-member",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:teamtailor-interview-15210448@teamtailor.com
DTSTAMP:20250414T090212Z
DTSTART;TZID=Europe/Dublin:20250422T113000
DTEND;TZID=Europe/Dublin:20250422T120000
SUMMARY:Interview with Ciara Nolan - Cabin Crew (Seasonal 2025) - DUB
DESCRIPTION:Candidate: Ciara Nolan\nJob: Cabin Crew (Seasonal 2025) - Dub
 lin\nInterviewers: Gary Lynch\, Niamh Gallagher\n\nInterview kit and scor
 ecard: https://app.teamtailor.com/companies/emeraldskylink/jobs/3318/can
 didates/15210448/interview-kit\n\nLocation: Crew Centre\, Meeting Room 3
ORGANIZER;CN=Emerald Skylink Talent:mailto:noreply@teamtailor.com
ATTENDEE;CN=Gary Lynch;ROLE=REQ-PARTICIPANT:mailto:gary.lynch@emeraldskyli
 nk.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher@emeraldskylink.ie
ATTENDEE;CN=Ciara Nolan;ROLE=REQ-PARTICIPANT:mailto:ciaranolan97@gmail.com
LOCATION:Crew Centre\, Meeting Room 3
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "accepted-reply", 0, "5e1ho7j3l6n9p2r4t8v0x5z7bd@google.com",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250424T090000Z
DTEND:20250424T093000Z
DTSTAMP:20250417T204418Z
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@emeraldskylink.ie
UID:5e1ho7j3l6n9p2r4t8v0x5z7bd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jack
  Dunne;X-NUM-GUESTS=0:mailto:jackdunne.jd@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Final interview - Cabin Crew (Seasonal) - Jack Dunne @
  Thu 24 Apr 2025 10:00 - 10:30 (IST)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "agency-candidate", 0, "AAMkADc2MDRjZjE3LTI5NzMtNDRiNi1hMjE0LTFlNjMzZjM0NjUyNABGAAAAAABnT7xK",
        trap="user-as-interviewer-agency-sends-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:AAMkADc2MDRjZjE3LTI5NzMtNDRiNi1hMjE0LTFlNjMzZjM0NjUyNABGAAAAAABnT7xK
SEQUENCE:0
DTSTAMP:20250428T111502Z
DTSTART;TZID=Europe/Dublin:20250501T140000
DTEND;TZID=Europe/Dublin:20250501T143000
SUMMARY:Candidate intro - Shauna Reilly (Seasonal Cabin Crew) - CrewStart
ORGANIZER;CN=Darren Kiely:mailto:darren@crewstart.ie
ATTENDEE;CN=Gary Lynch;ROLE=REQ-PARTICIPANT:mailto:gary.lynch@emeraldskyl
 ink.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher@emeraldskylink.ie
DESCRIPTION:Hi Gary\, Niamh\,\n\nAs discussed\, attaching Shauna's CV - 2
  summers with a charter operator in Shannon\, fluent Italian\, available
  from June. She's keen to meet the crew side\, so Niamh if you could joi
 n for the first 15 mins that would be great. I'll dial her in.\n\nDarren
  Kiely | Aviation Recruitment | CrewStart\n\nJoin on Teams: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_Q3Jld1N0%40thread.v2/0
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "shadowing", 0, "6f2ip8k4m7o0q3s5u9w1y6a8ce@google.com",
        trap="user-as-interviewer-shadowing-final-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250503T090000
DTEND;TZID=Europe/Dublin:20250503T130000
DTSTAMP:20250425T140011Z
ORGANIZER;CN=Sinéad Cullen:mailto:sinead.cullen@emeraldskylink.ie
UID:6f2ip8k4m7o0q3s5u9w1y6a8ce@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Sit in on my final interviews on Sat morning (6 candidates) -
  you just observe + take notes for the first 3\, then you lead the last
  3 with me there. Aoife wants 2 more ambassadors signed off to do finals
  before the summer.
LOCATION:Crew Centre - Meeting Room 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadowing - finals w/ Sinéad
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "candidate-notes", 0, "C7D2A9E4-1F6B-4B83-8E05-3A9C7D1F2B68",
        trap="user-as-interviewer-hand-typed-candidate-notes", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C7D2A9E4-1F6B-4B83-8E05-3A9C7D1F2B68
DTSTAMP:20250412T124455Z
CREATED:20250412T124402Z
DTSTART:20250412T123000
DTEND:20250412T130000
SUMMARY:table 3 notes - wave 2
DESCRIPTION:#14 Kate - brill\, brought the quiet girl in\, natural leader
  - 4s\n#19 Dylan - good but v rehearsed\n#22 grooming?? chipped nails +
  jacket off during task - 2\n#27 Aisling - kind\, clear\, strong yes\n#31
  talked over everyone\, no\ntell Aoife re #22 + #27 at wash-up
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "roleplay-station", 0, "7g3jq9l5n8p1r4t6v0x2z7b9df@google.com",
        trap="user-as-interviewer-cabin-role-play-assessor",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250517T083000
DTEND;TZID=Europe/Dublin:20250517T160000
DTSTAMP:20250508T093344Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:7g3jq9l5n8p1r4t6v0x2z7b9df@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Cork recruitment day. You're on the cabin role-play station i
 n the mock-up: you play the difficult passenger (seat 12C\, wants to swap
  to the exit row) and mark each candidate on the card. Bus leaves Crew C
 entre 6am - or stay in the Clayton Cork the night before\, it's booked.
LOCATION:Clayton Hotel Cork City\, Lapp's Quay
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ORK recruitment day - role play station (cabin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
