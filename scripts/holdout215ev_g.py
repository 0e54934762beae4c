"""holdout215 events, part g: the user on the hiring side at Emerald Skylink, second half."""

from holdout215ev_common import TZ_DUBLIN, E

EVENTS = [
    E(
        "calendly-host", 0, "9d4e2b71-c0a8-4f35-a6e9-3b7f1d5c8e02",
        trap="user-as-interviewer-calendly-host-final-slot",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:9d4e2b71-c0a8-4f35-a6e9-3b7f1d5c8e02
DTSTAMP:20250515T071245Z
DTSTART:20250520T130000Z
DTEND:20250520T133000Z
SUMMARY:Final interview slot (Cabin Crew - Seasonal) between Niamh Gallagh
 er and Orla Quinn
DESCRIPTION:Event Name: Final interview slot (Cabin Crew - Seasonal)\n\nLo
 cation: Crew Centre\, Meeting Room 3\, Corballis Park\n\nInvitee: Orla Qu
 inn\nInvitee Email: orla.quinn.x@hotmail.com\n\nQuestions:\nWhich recruit
 ment day did you attend?: Cork 17 May\n\nView event in Calendly: https:/
 /calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@emeraldskylink.ie
ATTENDEE;CN=Orla Quinn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:orla.
 quinn.x@hotmail.com
LOCATION:Crew Centre\, Meeting Room 3\, Corballis Park
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "sign-off", 0, "8h4kr0m6o9q2s5u7w1y3a8c0eg@google.com",
        trap="user-as-interviewer-hiring-panel-sign-off",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250526T150000
DTEND;TZID=Europe/Dublin:20250526T160000
DTSTAMP:20250519T113300Z
ORGANIZER;CN=Gary Lynch:mailto:gary.lynch@emeraldskylink.ie
UID:8h4kr0m6o9q2s5u7w1y3a8c0eg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife
  Brennan;X-NUM-GUESTS=0:mailto:aoife.brennan@emeraldskylink.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=N
 iamh Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Sign-off for seasonal cohort 3 (DUB + ORK): final scores\, re
 ferences outstanding\, who gets an offer and who goes on the reserve lis
 t. Ambassadors who sat on finals welcome to join for their candidates.
LOCATION:Crew Centre - Base Manager's office / Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cohort 3 - offers sign-off
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "video-review", 0, "9i5ls1n7p0r3t6v8x2z4b9d1fh@google.com",
        trap="user-as-interviewer-sonru-video-review",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Niamh Gallagher
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250605T093000
DTEND;TZID=Europe/Dublin:20250605T113000
DTSTAMP:20250603T175500Z
UID:9i5ls1n7p0r3t6v8x2z4b9d1fh@google.com
DESCRIPTION:Sonru batch 4 - 12 applicants for Cabin Crew Seasonal. Watch a
 nswers\, rate 1-5 on each q in the Sonru reviewer screen + one line commen
 t. Aoife needs them by Fri 5pm. (Standby day so bring laptop to the crew
  room)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review Sonru videos - batch 4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "conversion-panel", 0, "0j6mt2o8q1s4u7w9y3a5c0e2gi@google.com",
        trap="user-as-interviewer-seasonal-to-permanent-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250612T100000
DTEND;TZID=Europe/Dublin:20250612T150000
DTSTAMP:20250602T083100Z
ORGANIZER;CN=Gary Lynch:mailto:gary.lynch@emeraldskylink.ie
UID:0j6mt2o8q1s4u7w9y3a5c0e2gi@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Crew Ce
 ntre - Meeting Room 3 (6);X-NUM-GUESTS=0:mailto:c_1887crew3@resource.cale
 ndar.google.com
DESCRIPTION:Seasonal to permanent conversions - 8 x 30 min conversations\
 , schedule in the sheet. Niamh to cover the crew/CRM questions\, I'll do
  the rest. Please score on the usual form and don't discuss outcomes wit
 h the crew.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Perm conversion interviews - Gary / Niamh
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "feedback-due", 0, "teamtailor-todo-feedback-15210448-niamh@teamtailor.com",
        trap="user-as-interviewer-scorecard-reminder",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:teamtailor-todo-feedback-15210448-niamh@teamtailor.com
DTSTAMP:20250422T120500Z
DTSTART;VALUE=DATE:20250423
DTEND;VALUE=DATE:20250424
SUMMARY:Reminder: submit your scorecard for Ciara Nolan
DESCRIPTION:You interviewed Ciara Nolan for Cabin Crew (Seasonal 2025) - D
 ublin. Please submit your scorecard so the team can move forward.\n\nhttp
 s://app.teamtailor.com/companies/emeraldskylink/jobs/3318/candidates/152
 10448
ORGANIZER;CN=Teamtailor:mailto:noreply@teamtailor.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "careers-stand", 0, "1k7nu3p9r2t5v8x0z4b6d1f3hj@google.com",
        trap="user-as-interviewer-hosting-recruitment-stand",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250315T093000
DTEND;TZID=Europe/Dublin:20250315T163000
DTSTAMP:20250303T150022Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:1k7nu3p9r2t5v8x0z4b6d1f3hj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Our stand (C14) at the careers expo. Talk to people about life
  as crew\, take CVs\, and put a star on the ones you'd fast-track to the
  April recruitment day. Uniform. Pull-up banners are in the boot of my c
 ar.
LOCATION:RDS Simmonscourt\, Ballsbridge
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Emerald Skylink stand - Aviation Careers Expo (crew ambassadors)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "ambassador-rota", 0, "2l8ov4q0s3u6w9y1a5c7e2g4ik@google.com",
        trap="user-as-interviewer-grooming-check-station",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250628T080000
DTEND;TZID=Europe/Dublin:20250628T123000
DTSTAMP:20250620T101010Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:2l8ov4q0s3u6w9y1a5c7e2g4ik@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Rota for the June recruitment day:<br>08:00-10:00 Niamh - reg
 istration\, passport / right to work check<br>10:00-12:30 Niamh - groomi
 ng + uniform standards check and reach test (212cm)\, record Y/N on the
  sheet<br><br>Conor covers the group exercise this time.
LOCATION:Emerald Skylink Crew Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ambassador rota - Sat 28/6 (reg + grooming check)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "assessor-training", 0, "AAMkADk5YjAxMmQ4LTk0ZjItNGQ2Ny1iOTlhLTBjOWQ2YTc4NTU4NQBGAAAAAACxQ2mS",
        trap="user-as-interviewer-assessor-training",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:AAMkADk5YjAxMmQ4LTk0ZjItNGQ2Ny1iOTlhLTBjOWQ2YTc4NTU4NQBGAAAAAACxQ2mS
SEQUENCE:0
DTSTAMP:20250311T090000Z
DTSTART;TZID=Europe/Dublin:20250326T093000
DTEND;TZID=Europe/Dublin:20250326T123000
SUMMARY:Assessor skills - competency based interviewing & bias (crew amba
 ssadors)
ORGANIZER;CN=Learning & Development:mailto:LandD@emeraldskylink.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher@emeraldskylink.ie
ATTENDEE;CN=Conor Maher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:conor.maher
 @emeraldskylink.ie
DESCRIPTION:Half-day workshop for new crew ambassadors ahead of the sprin
 g recruitment days: how to use the scoring matrix\, asking STAR follow-u
 p questions\, writing evidence-based notes\, avoiding bias. Facilitator:
  external (PeopleFirst HR).\n\nPaid as a ground duty - please ask crewin
 g to roster you GD.
LOCATION:Crew Centre - Training Room 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "prescreen-calls", 0, "3m9pw5r1t4v7x0z2b6d8f3h5jl@google.com",
        trap="user-as-interviewer-pre-screen-calls",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250604T140000
DTEND;TZID=Europe/Dublin:20250604T153000
DTSTAMP:20250530T121212Z
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@emeraldskylink.ie
UID:3m9pw5r1t4v7x0z2b6d8f3h5jl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:5 x 15 min phone calls with applicants who listed no flying e
 xperience - check availability\, swimming\, willingness to work Christma
 s and early starts. Numbers are in the Teamtailor notes. Mark pass/hold.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Applicant calls (5) - seasonal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "candidate-call", 0, "4n0qx6s2u5w8y1a3c7e9g4i6km@google.com",
        trap="user-as-interviewer-candidate-free-mail-asks-chat",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250319T193000
DTEND;TZID=Europe/Dublin:20250319T200000
DTSTAMP:20250316T214501Z
ORGANIZER;CN=Megan Tobin:mailto:megantobin23@gmail.com
UID:4n0qx6s2u5w8y1a3c7e9g4i6km@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher@emeraldskylink.ie;X-NUM-GUESTS=0:mailto:niamh.gal
 lagher@emeraldskylink.ie
DESCRIPTION:Hi Niamh! We met at your stand at the RDS on Saturday - you sa
 id I could send you a time to chat about the recruitment day in April. I
  applied last night :) Really appreciate it!\nMegan
LOCATION:Phone / WhatsApp
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chat with Niamh (Emerald Skylink) - Megan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
