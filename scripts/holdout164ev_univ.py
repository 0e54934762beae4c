"""holdout164 events: Fiona's own interviews at universities."""

EVENTS = [
    dict(
        kind="teaching-presentation",
        uid=("040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01"
             "000000000000000010000000517A517A517A517A517A517A517A517A"),
        interview=1, company="University of Stirling", role="Teaching Fellow in Social Work (Practice Learning)",
        stage="technical", interviewers="", trap="academic-teaching-presentation-to-students",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=FASS Recruitment:mailto:fass-recruitment@stir.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Colin Bell Buil
 ding 2X4 (Seminar)":mailto:CBB-2X4@stir.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Teaching Fellow in Social Work (Practice Learnin
 g) - Ref SOC02561\n\nPart 1 of your selection day is a 15-minute teaching
  session delivered to a small audience of social work staff and MSW student
 s\, followed by 10 minutes of questions. Topic: "Introducing direct observ
 ation of practice to first-placement students". A laptop and projector are
  available\; please bring your slides on a USB stick.\n\nPart 2 (panel int
 erview) follows at 14:00 - a separate invitation will be sent.\n\nFaculty
  of Arts and Social Sciences - Recruitment
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000
 010000000517A517A517A517A517A517A517A517A
SUMMARY;LANGUAGE=en-GB:SOC02561 Teaching session - F MacLeod
DTSTART;TZID=GMT Standard Time:20260421T110000
DTEND;TZID=GMT Standard Time:20260421T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T152015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Colin Bell Building 2X4 (Seminar)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="university-panel",
        uid=("040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F5DC01"
             "000000000000000010000000517B517B517B517B517B517B517B517B"),
        interview=1, company="University of Stirling", role="Teaching Fellow in Social Work (Practice Learning)",
        stage="onsite", interviewers="g.macrae@stir.ac.uk;s.oneill@stir.ac.uk;p.kyle@stir.ac.uk",
        trap="academic-selection-panel-afternoon",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=FASS Recruitment:mailto:fass-recruitment@stir.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gordon MacRae
 ":mailto:g.macrae@stir.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Siobhan O'Nei
 ll":mailto:s.oneill@stir.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Paula Kyle":
 mailto:p.kyle@stir.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Teaching Fellow in Social Work (Practice Learnin
 g) - Ref SOC02561\n\nPart 2: Panel interview\n\nPanel:\nProfessor Gordon M
 acRae\, Head of Division (Chair)\nDr Siobhan O'Neill\, Programme Director\
 , MSc Social Work Studies\nPaula Kyle\, Practice Learning Manager (externa
 l panel member\, Forth Valley)\n\nThe panel will last approximately 45 min
 utes.
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F5DC01000000000000000
 010000000517B517B517B517B517B517B517B517B
SUMMARY;LANGUAGE=en-GB:SOC02561 Panel - F MacLeod
DTSTART;TZID=GMT Standard Time:20260421T140000
DTEND;TZID=GMT Standard Time:20260421T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T152210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Cottrell Building 4B95 (Division Meeting Room)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-interview",
        uid="WD-INT-GCU-000418277-1@myworkday.com",
        interview=1, company="Glasgow Caledonian University", role="Lecturer in Social Work", stage="onsite",
        interviewers="", trap="workday-noreply-interview-no-panel-names",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-GCU-000418277-1@myworkday.com
DTSTAMP:20260115T083301Z
DTSTART:20260123T110000Z
DTEND:20260123T120000Z
ORGANIZER;CN=Glasgow Caledonian University:mailto:gcu@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Fiona MacLeod:mailto:fiona.macle
 od.sw@btinternet.com
SUMMARY:Interview: Lecturer in Social Work (JR-0004182)
LOCATION:Govan Mbeki Building\, GCU\, Cowcaddens Road\, Glasgow G4 0BA - Ro
 om M329
DESCRIPTION:Hello Fiona\,\n\nYour interview for Lecturer in Social Work (JR
 -0004182) has been scheduled.\n\nInterview type: Panel interview with 10 m
 inute research and teaching presentation\nDuration: 60 minutes\n\nYou can
  review the details in the Candidate Home section of our careers site.\n\nG
 lasgow Caledonian University\nPeople Services\n\nPlease do not reply to th
 is message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calendly-booking",
        uid="ac1d3f56-7e9b-4c20-8a14-5b6c7d8e9f01",
        interview=1, company="The Open University in Scotland", role="Associate Lecturer - Social Work",
        stage="", interviewers="moira.young@open.ac.uk", trap="calendly-between-host-and-invitee-naming",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ac1d3f56-7e9b-4c20-8a14-5b6c7d8e9f01
DTSTAMP:20260302T204455Z
DTSTART:20260309T173000Z
DTEND:20260309T181500Z
SUMMARY:AL Interview - Social Work (K113/K315) between Moira Young and Fion
 a MacLeod
ORGANIZER;CN=Moira Young:mailto:moira.young@open.ac.uk
ATTENDEE;CN=Moira Young;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:moira
 .young@open.ac.uk
ATTENDEE;CN=Fiona MacLeod;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:fio
 na.macleod.sw@btinternet.com
LOCATION:Microsoft Teams - details to follow
DESCRIPTION:Event Name: AL Interview - Social Work (K113/K315)\n\nInterview
 s for Associate Lecturer posts in the Scotland nation. Please choose a 45
  minute slot. You'll be asked to talk us through some written feedback you
  have given on a student's work.\n\nPlease share anything that will help pr
 epare for our meeting.: evening slots suit best as I work full time\n\nNee
 d to make changes to this event?\nCancel: https://calendly.com/cancellatio
 ns/ac1d3f56-7e9b-4c20-8a14-5b6c7d8e9f01\nReschedule: https://calendly.com/
 reschedulings/ac1d3f56-7e9b-4c20-8a14-5b6c7d8e9f01\n\nPowered by Calendly.
 com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="research-centre-teams",
        uid=("040000008200E00074C5B7101A82E00800000000CE15CE15CE15DC01"
             "000000000000000010000000CE15CE15CE15CE15CE15CE15CE15CE15"),
        interview=1, company="CELCIS", role="Consultant - Permanence and Care", stage="onsite",
        interviewers="rachel.mcewan@strath.ac.uk;andrew.sim@strath.ac.uk",
        trap="university-centre-company-not-university-name",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Rachel McEwan":mailto:rachel.mcewan@strath.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Andrew Sim":m
 ailto:andrew.sim@strath.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for applying to CELCIS
 \, the Centre for Excellence for Children's Care and Protection\, based at
  the University of Strathclyde. We'd like to invite you to interview for t
 he Consultant - Permanence and Care post.\n\nPanel: Rachel McEwan (Head of
  Practice & Organisational Development) and Andrew Sim (Lead Consultant\,
  Permanence & Care).\nPlease prepare a 10 minute presentation on: "What get
 s in the way of timely permanence for children in Scotland\, and what woul
 d you do about it?"\n\nMicrosoft Teams meeting\nJoin: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_Y2VsY2lzLWludGVydmlldy0wMw%40thread.v2/
 0\nMeeting ID: 334 991 028 774  Passcode: Lq8Vw2
UID:040000008200E00074C5B7101A82E00800000000CE15CE15CE15DC01000000000000000
 010000000CE15CE15CE15CE15CE15CE15CE15CE15
SUMMARY;LANGUAGE=en-GB:CELCIS - Consultant (Permanence & Care) - interview
  - Fiona MacLeod
DTSTART:20260429T090000Z
DTEND:20260429T100000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T143300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
]
