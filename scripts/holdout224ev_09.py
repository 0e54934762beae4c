# ruff: noqa: E501
"""holdout224 events, part 9: the user on the hiring side, second half (development associate, grants manager, interns, a volunteer board search)."""

from holdout224ev_tz import NY_ATS, NY_GOOGLE

_G = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE

EVENTS = [
    {
        "kind": "interview-block",
        "uid": "1nq6e9t3o0b7l2r5vu8ca4kdsm@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-dev-associate-interview-block",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250415T090000
DTEND;TZID=America/New_York:20250415T120000
DTSTAMP:20250409T200141Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:1nq6e9t3o0b7l2r5vu8ca4kdsm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Nguyen;X-NUM-GUESTS=0:mailto:cnguyen@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
DESCRIPTION:Development Associate – 1st interviews (45 min each)\n9:00 Aaliyah Grant\n10:00 Ben Sutter\n11:00 Keandra Mills\n\nCarla: you take gift processing / Raiser's Edge questions\, I'll do donor-relations + writing sample.
LAST-MODIFIED:20250409T200141Z
LOCATION:Conference Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dev Associate interviews (3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-chair",
        "uid": "6cr1m8u4k9o2e5qsb0dv3tl7hj@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-grants-manager-panel-chair",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250501T140000
DTEND;TZID=America/New_York:20250501T151500
DTSTAMP:20250425T154733Z
ORGANIZER;CN=Monique Hayes:mailto:mhayes@readforwardga.org
UID:6cr1m8u4k9o2e5qsb0dv3tl7hj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luis Romero;X-NUM-GUESTS=0:mailto:lromero@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nicole Baptiste;X-NUM-GUESTS=0:mailto:nbaptiste.grants@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ube-wqzc-hmr
DESCRIPTION:Grants Manager – panel interview with Nicole Baptiste.\nPanel: Danielle (chair)\, Luis (Programs). Danielle opens with the Woodruff-style LOI case\, Luis covers outcomes reporting. Scores into the panel sheet by Friday.
LAST-MODIFIED:20250425T154733Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Panel: Grants Manager – N. Baptiste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadow-day",
        "uid": "9E2F4A60-C1B8-4D73-A05E-3B7C9D1E8F25",
        "is_interview": 0,
        "trap": "user-as-interviewer-finalist-shadows-donor-tour",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9E2F4A60-C1B8-4D73-A05E-3B7C9D1E8F25
DTSTAMP:20250422T112209Z
CREATED:20250422T112150Z
DTSTART:20250424T090000
DTEND:20250424T120000
SUMMARY:Aaliyah (DA finalist) shadows me - donor tour @ Dunbar Elem
DESCRIPTION:she observes the Hendricks site tour + debrief in car. watch how she talks to teachers. paid shadow (4 hrs) - Monique has timesheet
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ref-check",
        "uid": "4bl8q0t2n6e9c1rvk5ao3msf7d@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-reference-check-she-conducts",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250328T113000
DTEND;TZID=America/New_York:20250328T120000
DTSTAMP:20250326T191500Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:4bl8q0t2n6e9c1rvk5ao3msf7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joan.keller@sfmuseumfdn.org;X-NUM-GUESTS=0:mailto:joan.keller@sfmuseumfdn.org
DESCRIPTION:Reference for Priya Raman (MGO finalist). Joan was her supervisor 2019-2023. Ask: portfolio size\, closing rate\, how she handles a no\, would you rehire. I'll call 415-555-0146.
LAST-MODIFIED:20250326T191500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check – Priya Raman (Joan Keller)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "board-search-committee",
        "uid": "ZOOM87711560293",
        "is_interview": 0,
        "trap": "user-as-interviewer-volunteer-board-ed-search-committee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250402T003012Z
DTSTART;TZID=America/New_York:20250408T190000
DTEND;TZID=America/New_York:20250408T200000
SUMMARY:AYCS ED Search Committee – Candidate B
UID:ZOOM87711560293
DESCRIPTION:Gordon Pace is inviting you to a scheduled Zoom meeting.\n\nTopic: AYCS ED Search Committee – Candidate B\nAgenda: Atlanta Youth Choir Society board search committee. Candidate B interview (packet in the Dropbox). Danielle leads the fundraising questions\, Gordon the finance ones. 10 min committee huddle after the candidate leaves.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/87711560293?pwd=bU1vR2tmc0Fq\n\nMeeting ID: 877 1156 0293\nPasscode: choir25
LOCATION:https://us06web.zoom.us/j/87711560293?pwd=bU1vR2tmc0Fq
ORGANIZER;CN=Gordon Pace:mailto:gpace.aycs@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "intern-interviews",
        "uid": "8dt3o1k6q9b4e2msr7ulc0vhna@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-summer-intern-interviews",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250225T140000
DTEND;TZID=America/New_York:20250225T163000
DTSTAMP:20250219T164400Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:8dt3o1k6q9b4e2msr7ulc0vhna@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Nguyen;X-NUM-GUESTS=0:mailto:cnguyen@readforwardga.org
DESCRIPTION:Summer development interns (Spelman / Morehouse / GSU). 20-min slots\, 6 students. Sign-up sheet from the career center attached. Ask about the event-planning project.
LAST-MODIFIED:20250219T164400Z
LOCATION:Spelman College Career Center\, 350 Spelman Ln SW
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Summer intern interviews @ Spelman career center
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "offer-to-candidate",
        "uid": "2ha5s9m1q7u0r3e8kbt6lc4dfo@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-offer-call-to-finalist",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T170000
DTEND;TZID=America/New_York:20250402T173000
DTSTAMP:20250401T210055Z
ORGANIZER;CN=Angela Pierce:mailto:apierce@readforwardga.org
UID:2ha5s9m1q7u0r3e8kbt6lc4dfo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Angela Pierce;X-NUM-GUESTS=0:mailto:apierce@readforwardga.org
DESCRIPTION:Verbal offer to Priya – MGO. $78K\, start 5/5. Danielle calls\, Angela joins to welcome. Monique sends the letter after.
LAST-MODIFIED:20250401T210055Z
LOCATION:Danielle's office (speaker)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Offer call – Priya (MGO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interview-guide",
        "uid": "7pl2c9r0e4n8q1ktv5s3bo6mua@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-interview-guide-and-rubric-prep",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250226T100000
DTEND;TZID=America/New_York:20250226T110000
DTSTAMP:20250221T141220Z
ORGANIZER;CN=Monique Hayes:mailto:mhayes@readforwardga.org
UID:7pl2c9r0e4n8q1ktv5s3bo6mua@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Monique Hayes;X-NUM-GUESTS=0:mailto:mhayes@readforwardga.org
DESCRIPTION:Finalize the MGO interview kit: 8 behavioral questions\, 1-5 rubric\, writing exercise prompt (stewardship letter)\, and the panel order. Bring the JD redline.
LAST-MODIFIED:20250221T141220Z
LOCATION:HR office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MGO interview kit + scorecard rubric
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hiring-committee",
        "uid": "0se4q7k2m9b1r6tcv3o8dnl5hu@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-hiring-committee-decision",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250327T153000
DTEND;TZID=America/New_York:20250327T163000
DTSTAMP:20250324T130308Z
ORGANIZER;CN=Angela Pierce:mailto:apierce@readforwardga.org
UID:0se4q7k2m9b1r6tcv3o8dnl5hu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Ashford;X-NUM-GUESTS=0:mailto:tashford@ashfordpartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Monique Hayes;X-NUM-GUESTS=0:mailto:mhayes@readforwardga.org
DESCRIPTION:Hiring committee – Major Gifts Officer. Finalists: Priya Raman\, Kwame Okafor. Review panel scores\, role-play notes\, Tom's lunch read. Decide + back-up.
LAST-MODIFIED:20250324T130308Z
LOCATION:https://meet.google.com/nxa-fpqe-rdk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MGO hiring committee – decision
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jazzhr-feedback",
        "uid": "jazzhr-task-77340218-feedback-dbrooks",
        "is_interview": 0,
        "trap": "user-as-interviewer-jazzhr-evaluation-task",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//JazzHR Calendar//EN
METHOD:PUBLISH
""" + NY_ATS + r"""BEGIN:VEVENT
UID:jazzhr-task-77340218-feedback-dbrooks
DTSTAMP:20250312T160001Z
DTSTART;TZID=America/New_York:20250313T090000
DTEND;TZID=America/New_York:20250313T091500
SUMMARY:Evaluation due: Terrence Wallace (Major Gifts Officer)
DESCRIPTION:Reminder: please submit your interview evaluation for Terrence Wallace\, Major Gifts Officer. Your feedback helps the hiring team move quickly.\n\nAssigned to: Danielle Brooks-Harper\n\nSent via JazzHR
ORGANIZER;CN=Read Forward Georgia:mailto:notifications@app.jazz.co
ATTENDEE;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-sent",
        "uid": "5vm0c3q8k2t7o1e9rbl4nsu6dh@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-candidate-organizes-follow-up",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250319T080000
DTEND;TZID=America/New_York:20250319T083000
DTSTAMP:20250317T232540Z
ORGANIZER;CN=Kwame Okafor:mailto:kwame.okafor.mgo@gmail.com
UID:5vm0c3q8k2t7o1e9rbl4nsu6dh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dbrooks@readforwardga.org;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kwame Okafor;X-NUM-GUESTS=0:mailto:kwame.okafor.mgo@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/gwe-pmdx-qta
DESCRIPTION:Thank you for suggesting a follow-up\, Danielle. Sending this for the time you offered – I'll bring the 30/60/90 portfolio plan you asked about. – Kwame
LAST-MODIFIED:20250317T232540Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Follow-up: Kwame Okafor / Danielle Brooks-Harper (MGO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
