"""holdout221 events, part B: Western Power, Fortescue and some look-alikes (hand-written raw iCalendar text)."""

EVENTS = [
    {
        "kind": "pageup-phone",
        "uid": "pageup-interview-512874-3310297@pageuppeople.com",
        "is_interview": 1, "company": "Western Power", "role": "Maintenance Planner - Electrical",
        "stage": "recruiter_screen", "interviewers": "renee.castellano@westernpower.com.au",
        "trap": "pageup-phone-interview-utility",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PageUp People//Recruitment//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Australia/Perth
X-LIC-LOCATION:Australia/Perth
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:pageup-interview-512874-3310297@pageuppeople.com
DTSTAMP:20250228T024455Z
DTSTART;TZID=Australia/Perth:20250305T120000
DTEND;TZID=Australia/Perth:20250305T122000
SUMMARY:Western Power - Telephone Interview - Maintenance Planner - Electr
 ical (Job No. 512874)
DESCRIPTION:Dear Jarrah\,\n\nThank you for your interest in the Maintenanc
 e Planner - Electrical position at Western Power.\n\nYou have booked a 20
  minute telephone interview with Renee Castellano from our Talent Acquisit
 ion team. Renee will call you on 0412 558 903 at the booked time.\n\nTo ch
 ange your booking please log in to your candidate profile.\n\nKind regards\
 ,\nTalent Acquisition\nWestern Power
LOCATION:Telephone
ORGANIZER;CN=Western Power Careers:mailto:noreply@pageuppeople.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=ACCEPTED:mailto:jarrah.mitchell.sparky
 @outlook.com.au
ATTENDEE;CN=Renee Castellano;PARTSTAT=ACCEPTED:mailto:Renee.Castellano@weste
 rnpower.com.au
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000020C8E96B5E8ADB01"
            "0000000000000000100000004F1E7D2A93C6B84C9D55E0A1B2C3D4E5"
        ),
        "is_interview": 1, "company": "Western Power", "role": "Maintenance Planner - Electrical",
        "stage": "onsite",
        "interviewers": (
            "mark.fitzgerald@westernpower.com.au;leanne.oduya@w"
            "esternpower.com.au;tom.vranjes@westernpower.com.au"
        ),
        "trap": "outlook-utc-panel-with-room-resource",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Mark":mailto:Mark.Fitzgerald@westernpower.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Oduya, Leanne"
 :mailto:Leanne.Oduya@westernpower.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vranjes, Tom":
 mailto:Tom.Vranjes@westernpower.com.au
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN
 ="WP-363W-L4-Meeting Room 4.12 (8)":mailto:WP-363W-L4-MR412@westernpower.c
 om.au
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah\,\n\nThanks for your time on the phone
  with Renee. We'd like to invite you to a panel interview for the Maintenan
 ce Planner - Electrical role (Job No. 512874).\n\nPanel: Mark Fitzgerald (
 Asset Maintenance Manager)\, Leanne Oduya (Senior Planner) and Tom Vranjes
  (HR Business Partner).\n\nLocation: 363 Wellington St\, Perth - please si
 gn in at Level 1 reception and ask for Mark. Allow 60 minutes. There will
  be a short planning exercise (work order sequencing) at the end.\n\nRegar
 ds\,\nMark\n
UID:040000008200E00074C5B7101A82E0080000000020C8E96B5E8ADB01000000000000000
 0100000004F1E7D2A93C6B84C9D55E0A1B2C3D4E5
SUMMARY;LANGUAGE=en-AU:Panel Interview - Maintenance Planner (Electrical) -
  J Mitchell
DTSTART:20250318T013000Z
DTEND:20250318T023000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T004112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:WP-363W-L4-Meeting Room 4.12 (8)
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
        "kind": "cancelled",
        "uid": (
            "040000008200E00074C5B7101A82E008000000009A41D7F2A190DB01"
            "000000000000000010000000E7C3B2A1908F7E6D5C4B3A2918273645"
        ),
        "is_interview": 1, "company": "Western Power", "role": "Maintenance Planner - Electrical",
        "stage": "final", "interviewers": "mark.fitzgerald@westernpower.com.au;andrew.pell@westernpower.com.au",
        "trap": "outlook-method-cancel-final",
        "ics": r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Mark":mailto:Mark.Fitzgerald@westernpower.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=jarrah.mit
 chell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Pell, And
 rew":mailto:Andrew.Pell@westernpower.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah\, unfortunately we need to cancel the
  final interview with Andrew this Thursday as the role is on hold pending
  a restructure in Asset Operations. Tom from HR will be in touch this week
 . Apologies for the short notice.\nMark\n
UID:040000008200E00074C5B7101A82E008000000009A41D7F2A190DB01000000000000000
 010000000E7C3B2A1908F7E6D5C4B3A2918273645
SUMMARY;LANGUAGE=en-AU:Canceled: Final interview - Maintenance Planner Ele
 ctrical - Jarrah Mitchell
DTSTART:20250327T060000Z
DTEND:20250327T064500Z
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250324T235102Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
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
        "kind": "interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D1E2F3A4B595DB01"
            "00000000000000001000000061A2B3C4D5E6F708192A3B4C5D6E7F80"
        ),
        "is_interview": 1, "company": "Fortescue", "role": "Maintenance Planner - Electrical",
        "stage": "", "interviewers": "jodie.harcourt@fmgl.com.au;ben.tupou@fmgl.com.au",
        "trap": "outlook-exchange-display-tzid-interview",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2007
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+08:00) Perth
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Harcourt, Jodie":mailto:Jodie.Harcourt@fmgl.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="jarrah.mit
 chell.sparky@outlook.com.au":mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tupou, Ben
 ":mailto:Ben.Tupou@fmgl.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah\,\n\nPlease see invite below for your
  interview for Maintenance Planner - Electrical (Solomon Hub\, 8/6 FIFO).
 \n\nYou will meet with myself and Ben Tupou (Planning Superintendent)\, a
 pprox. 45 mins.\n\nJoin Microsoft Teams Meeting <https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_Rm9ydGVzY3Vl@thread.v2/0>\n+61 8 6374 0210
   Australia\, Perth (Toll)\nConference ID: 602 118 447#\n\nThanks\nJodie H
 arcourt\nTalent Acquisition Advisor | Fortescue\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B595DB01000000000000000
 01000000061A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-AU:Jarrah Mitchell - Maintenance Planner Electrical Int
 erview
DTSTART;TZID="(UTC+08:00) Perth":20250313T140000
DTEND;TZID="(UTC+08:00) Perth":20250313T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T071845Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "practical-assessment",
        "uid": "wpCn3q0M7xvN2Lz5@fortescue-careers.avature.net",
        "is_interview": 1, "company": "Fortescue", "role": "Maintenance Planner - Electrical",
        "stage": "technical", "interviewers": "Craig Lim",
        "trap": "avature-practical-planning-assessment",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Avature//Avature Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wpCn3q0M7xvN2Lz5@fortescue-careers.avature.net
DTSTAMP:20250319T013355Z
DTSTART:20250325T003000Z
DTEND:20250325T033000Z
SUMMARY:Fortescue | Practical Assessment | Maintenance Planner - Electrical
DESCRIPTION:Hi Jarrah\, congratulations on progressing. Your practical asse
 ssment will be held at Fortescue Centre\, 260 Adelaide Tce Perth (Level 2
 \, ask for Craig Lim\, Senior Maintenance Planner\, who will run the asses
 sment). You will be asked to build a 7-day work pack in SAP PM from a set
  of notifications\, including an HV isolation and a critical spares clash
 \, then walk Craig through your schedule. Allow 3 hours. Bring photo ID.
LOCATION:Fortescue Centre\, 260 Adelaide Terrace\, Perth WA 6000
ORGANIZER;CN=Fortescue Talent Acquisition:mailto:talent@fortescue-careers.a
 vature.net
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.mi
 tchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coffee",
        "uid": "5n2v8k1q0p7r3s6t9u4w@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "informational-coffee-ex-planner",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250308T013000Z
DTEND:20250308T023000Z
DTSTAMP:20250304T102211Z
ORGANIZER;CN=Shane Petrovic:mailto:shanepetrovic77@gmail.com
UID:5n2v8k1q0p7r3s6t9u4w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Shane Petrovic;X-NUM-GUESTS=0:mailto:shanepetrovic77@gmail.com
CREATED:20250304T102210Z
DESCRIPTION:Mate happy to give you the rundown on planning vs supervising\,
  what the day looks like\, SAP\, and who's hiring. My shout.
LAST-MODIFIED:20250304T102211Z
LOCATION:Little Pound Coffee\, Bayswater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee - planner chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "1b7d3a9e-5c2f-4e80-a6d4-8f0e2c9b7a15@calendly.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "mock-interview-with-coach",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:1b7d3a9e-5c2f-4e80-a6d4-8f0e2c9b7a15@calendly.com
DTSTAMP:20250324T093010Z
DTSTART:20250331T100000Z
DTEND:20250331T110000Z
SUMMARY:Interview Practice Session (60 min) between Leanne Gould and Jarrah
  Mitchell
DESCRIPTION:Event Name: Interview Practice Session (60 min)\n\nLocation: Th
 is is a Zoom web conference.\nhttps://us06web.zoom.us/j/83355129004?pwd=Qm
 9ja0ludGVydmlldw\n\nNeed to make changes to this event?\nCancel: https://c
 alendly.com/cancellations/1b7d3a9e\nReschedule: https://calendly.com/resch
 edulings/1b7d3a9e\n\nQuestions:\nWhat would you like to focus on?\nbehavio
 ural / STAR for supervisor roles - BHP one coming up\, i ramble\n\nPowere
 d by Calendly.com
LOCATION:https://us06web.zoom.us/j/83355129004?pwd=Qm9ja0ludGVydmlldw
ORGANIZER;CN=Leanne Gould - Career Coach:mailto:leanne@gouldcareercoaching.
 com.au
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=ACCEPTED:mailto:jarrah.mitchell.sparky
 @outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar",
        "uid": "event-8841907733-att-2201@zoom.us",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "webinar-behavioural-interview-tips",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Australia/Brisbane
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
TZNAME:AEST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250310T220301Z
DTSTART;TZID=Australia/Brisbane:20250320T190000
DTEND;TZID=Australia/Brisbane:20250320T200000
SUMMARY:Webinar: Stepping up to Supervisor - nailing the behavioural interv
 iew
UID:event-8841907733-att-2201@zoom.us
TZID:Australia/Brisbane
DESCRIPTION:Hi Jarrah Mitchell\,\n\nThank you for registering for "Stepping
  up to Supervisor - nailing the behavioural interview"\, hosted by Mining
  People International.\n\nLearn how hiring managers in mining score STAR a
 nswers\, what a good safety leadership example sounds like and how to talk
  about your first crew.\n\nPlease submit any questions to: events@miningp
 eople.com.au\n\nDate Time: Mar 20\, 2025 07:00 PM Brisbane\n\nJoin from
  a PC\, Mac\, iPad\, or Android:\nhttps://us02web.zoom.us/w/88419077335?tk=
 a8Jd0\n\nOr One tap mobile:\n+61280156011\,\,88419077335# Australia
LOCATION:https://us02web.zoom.us/w/88419077335?tk=a8Jd0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
]
