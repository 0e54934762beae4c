# ruff: noqa: E501
"""holdout224 events, part 11: the trade's everyday calendar (donors, board, grants, gala) and personal life (college tours, dentist, choir, DMV, book club)."""

from holdout224ev_tz import NY_GOOGLE

_G = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE
_APPLE = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
"""

EVENTS = [
    {
        "kind": "funder-site-visit",
        "uid": "3ot8k1q6c9m2e5vbs0rl4dnh7a@google.com",
        "is_interview": 0,
        "trap": "grant-maker-site-visit",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250319T093000
DTEND;TZID=America/New_York:20250319T113000
DTSTAMP:20250305T181122Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:3ot8k1q6c9m2e5vbs0rl4dnh7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gwen Farris;X-NUM-GUESTS=0:mailto:gfarris@magnoliafoundation.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luis Romero;X-NUM-GUESTS=0:mailto:lromero@readforwardga.org
DESCRIPTION:Magnolia Foundation site visit (year 2 of 3\, $150K/yr). Gwen will observe a tutoring session\, meet two site coordinators and a parent\, then 30 min Q&A on outcomes. Luis has the data one-pager.
LAST-MODIFIED:20250305T181122Z
LOCATION:Dunbar Elementary\, 500 Whitehall Terrace SW\, Atlanta\, GA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Site visit – Magnolia Foundation (Gwen Farris)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "board-meeting",
        "uid": "7qe2m9t4o1k6s3cvb8ra0nl5dh@google.com",
        "is_interview": 0,
        "trap": "board-of-directors-quarterly-meeting",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250423T173000
DTEND;TZID=America/New_York:20250423T193000
DTSTAMP:20250110T150000Z
ORGANIZER;CN=Angela Pierce:mailto:apierce@readforwardga.org
UID:7qe2m9t4o1k6s3cvb8ra0nl5dh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=RFG Board;X-NUM-GUESTS=0:mailto:board@readforwardga.org
DESCRIPTION:Q3 Board of Directors meeting. Agenda: ED report\, finance (Q3 YTD)\, development report (Danielle – gala update\, MGO hire\, FY26 revenue plan)\, governance: slate of new directors. Dinner provided.
LAST-MODIFIED:20250415T120000Z
LOCATION:Truist Plaza\, 303 Peachtree St NE\, 40th fl board room
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:RFG Board of Directors – Q3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cultivation-lunch",
        "uid": "E1A7C3F9-4B20-4D8E-A6F5-0C2B9D7E3A18",
        "is_interview": 0,
        "trap": "donor-cultivation-lunch",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:E1A7C3F9-4B20-4D8E-A6F5-0C2B9D7E3A18
DTSTAMP:20250303T200044Z
DTSTART:20250306T120000
DTEND:20250306T133000
SUMMARY:Cultivation lunch - Abernathys
LOCATION:Atlanta Country Club
DESCRIPTION:Bill + Jean. $25K annual donors\, ready for a bigger convo? talk legacy society\, DON'T ask yet. thank for the holiday gift
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "stewardship-visit",
        "uid": "2cs9o4k7q0m3t6ebv1rl8dnh5u@google.com",
        "is_interview": 0,
        "trap": "corporate-donor-stewardship-visit",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250410T140000
DTEND;TZID=America/New_York:20250410T150000
DTSTAMP:20250401T151500Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:2cs9o4k7q0m3t6ebv1rl8dnh5u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dwayne Carter;X-NUM-GUESTS=0:mailto:dwayne.carter@southernrailfdn.org
DESCRIPTION:Stewardship visit – Southern Rail Foundation. Deliver the impact report + photos from the Book Bus launch\, thank for the $100K\, preview FY26 renewal (no ask).
LAST-MODIFIED:20250401T151500Z
LOCATION:Southern Rail Foundation\, 1030 Delta Blvd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stewardship visit – Southern Rail Fdn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "major-gift-ask",
        "uid": "5D9B2E04-7A1C-4F63-B8E2-C40A6F1D9B37",
        "is_interview": 0,
        "trap": "major-gift-ask-meeting",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:5D9B2E04-7A1C-4F63-B8E2-C40A6F1D9B37
DTSTAMP:20250407T021510Z
DTSTART:20250416T160000
DTEND:20250416T170000
SUMMARY:ASK - Hendricks family $250K (library naming)
LOCATION:Hendricks home\, Tuxedo Rd
DESCRIPTION:Angela + me. proposal in blue folder. ask for 250 over 3 yrs\, fallback 150. Mrs H decides\, talk to her.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gala",
        "uid": "9r1t4m8o2k5q0e3cvb7sl6dnah@google.com",
        "is_interview": 0,
        "trap": "annual-gala-evening",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250607T150000
DTEND;TZID=America/New_York:20250607T230000
DTSTAMP:20250120T170000Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:9r1t4m8o2k5q0e3cvb7sl6dnah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Development Team;X-NUM-GUESTS=0:mailto:devteam@readforwardga.org
DESCRIPTION:3:00 load-in / AV check\n5:30 VIP reception (sponsors + table hosts)\n6:30 doors\n7:15 program + Fund-a-Reader paddle raise\n10:30 strike\n\nRun of show and seating chart in the Gala 2025 folder.
LAST-MODIFIED:20250520T160000Z
LOCATION:The Foundry at Puritan Mill\, Atlanta
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:Read Forward Gala 2025 – "Chapter Next"
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "loi-deadline",
        "uid": "0lq5e8t2o9k1m4cvb6sr3dnh7i@google.com",
        "is_interview": 0,
        "trap": "grant-loi-deadline-all-day",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250401
DTSTAMP:20250212T140500Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:0lq5e8t2o9k1m4cvb6sr3dnh7i@google.com
DESCRIPTION:LOI due 5pm ET via portal. 2 pages + budget summary. Luis: program numbers by 3/24.
LAST-MODIFIED:20250212T140500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:LOI due – Kresgeway Family Foundation (early literacy)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rfp-due",
        "uid": "6E0F3B82-D4A1-4C95-9B17-2A8E5C0F4D63",
        "is_interview": 0,
        "trap": "city-rfp-response-deadline",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:6E0F3B82-D4A1-4C95-9B17-2A8E5C0F4D63
DTSTAMP:20250401T123300Z
DTSTART;VALUE=DATE:20250418
DTEND;VALUE=DATE:20250419
SUMMARY:RFP due - City of ATL summer reading (Parks & Rec) 2pm
DESCRIPTION:hard copy x3 + upload. notarized affidavit!! insurance cert from Monique
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "college-tour",
        "uid": "A2C8E4F0-1B6D-4A39-8E75-D3F9B1C7A024",
        "is_interview": 0,
        "trap": "son-college-campus-tour",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:A2C8E4F0-1B6D-4A39-8E75-D3F9B1C7A024
DTSTAMP:20250308T154010Z
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250323
SUMMARY:Jaylen college tours - UNC + Duke
DESCRIPTION:Fri UNC info session 1pm + tour. Sat Duke 10am. hotel in Durham conf #44817. Jaylen wants to see the J-school
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "alumni-interview",
        "uid": "slate-interview-9b3f2a71-davidson",
        "is_interview": 0,
        "trap": "son-college-admissions-alumni-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Technolutions//Slate//EN
METHOD:PUBLISH
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:slate-interview-9b3f2a71-davidson
DTSTAMP:20250401T172000Z
DTSTART;TZID=America/New_York:20250412T110000
DTEND;TZID=America/New_York:20250412T113000
SUMMARY:Davidson College Alumni Interview – Jaylen Harper
DESCRIPTION:Your alumni interview is confirmed. Your interviewer\, Robert Kim '98\, will meet you at the location below. Parents are welcome to wait nearby but do not attend the interview.\n\nDavidson College Office of Admission
LOCATION:Octane Coffee\, 437 Memorial Dr SE\, Atlanta GA
ORGANIZER;CN=Davidson College Admission:mailto:admission@davidson.edu
ATTENDEE;CN=Jaylen Harper:mailto:jaylen.harper07@gmail.com
ATTENDEE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dentist",
        "uid": "nexhealth-appt-55012983",
        "is_interview": 0,
        "trap": "dentist-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NexHealth//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:nexhealth-appt-55012983
DTSTAMP:20250211T143000Z
DTSTART:20250408T123000Z
DTEND:20250408T133000Z
SUMMARY:Dental cleaning & exam – Dr. Anjali Patel
LOCATION:Midtown Family Dentistry\, 1375 Peachtree St NE Ste 140
DESCRIPTION:Patient: Danielle Brooks-Harper. Please arrive 10 minutes early. Reply C to confirm.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "choir-rehearsal",
        "uid": "4ch8o1r2e9h5s3a7l6q0tvmbkd@google.com",
        "is_interview": 0,
        "trap": "church-choir-recurring-with-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Danielle personal
X-WR-TIMEZONE:America/New_York
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250109T190000
DTEND;TZID=America/New_York:20250109T203000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20250603T010000Z
UID:4ch8o1r2e9h5s3a7l6q0tvmbkd@google.com
CREATED:20250105T180000Z
DESCRIPTION:Sanctuary Choir – alto section. Bring the black folder.
LAST-MODIFIED:20250105T180000Z
LOCATION:Ebenezer Grove AME\, choir room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Choir rehearsal
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250417T180000
DTEND;TZID=America/New_York:20250417T210000
DTSTAMP:20250603T010000Z
UID:4ch8o1r2e9h5s3a7l6q0tvmbkd@google.com
RECURRENCE-ID;TZID=America/New_York:20250417T190000
CREATED:20250105T180000Z
DESCRIPTION:Holy Week – extra rehearsal for the Easter cantata with orchestra. Start 6 sharp.
LAST-MODIFIED:20250410T120000Z
LOCATION:Ebenezer Grove AME\, sanctuary
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Choir rehearsal – Easter cantata (w/ orchestra)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dmv",
        "uid": "dds-ga-appt-20250509-771023",
        "is_interview": 0,
        "trap": "dmv-license-renewal-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Georgia DDS//Appointment Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:dds-ga-appt-20250509-771023
DTSTAMP:20250425T120500Z
DTSTART:20250509T083000
DTEND:20250509T090000
SUMMARY:Georgia DDS Appointment – Driver's License Renewal (REAL ID)
LOCATION:DDS Customer Service Center\, 2211 Moreland Ave SE\, Atlanta GA 30316
DESCRIPTION:Confirmation #771023. Bring: current license\, proof of SSN\, 2 proofs of residency\, proof of name change if applicable.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "book-club",
        "uid": "8bk2c4l1u9b7o3k5q0tvmbrsdne@google.com",
        "is_interview": 0,
        "trap": "book-club-evening",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250326T190000
DTEND;TZID=America/New_York:20250326T213000
DTSTAMP:20250301T031500Z
ORGANIZER;CN=Tanya Greer:mailto:tanyagreer.atl@gmail.com
UID:8bk2c4l1u9b7o3k5q0tvmbrsdne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
DESCRIPTION:March pick: "The Covenant of Water." Danielle is on dessert!
LAST-MODIFIED:20250301T031500Z
LOCATION:Tanya's – 1120 Briarcliff Rd NE
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sister Circle Book Club
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "family-story",
        "uid": "1st8o2r4y6f9a3m5q0tvkbcled@google.com",
        "is_interview": 0,
        "trap": "user-interviews-program-parent-for-annual-report",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T161500
DTEND;TZID=America/New_York:20250402T170000
DTSTAMP:20250328T150000Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:1st8o2r4y6f9a3m5q0tvkbcled@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rochelle Lewis;X-NUM-GUESTS=0:mailto:rochelle.lewis1985@gmail.com
DESCRIPTION:Interview Ms. Lewis (parent\, Dunbar site) for the annual report / gala video: her son went from below grade level to reading club captain. Photo release form + $25 Kroger card.
LAST-MODIFIED:20250328T150000Z
LOCATION:Dunbar Elementary library
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Ms. Lewis (family story for AR + gala video)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
