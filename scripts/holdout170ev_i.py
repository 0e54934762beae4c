"""holdout170 events, part i: more of the user on the hiring side at Lakeshore Brands (all negatives)."""

EVENTS = []


def add(kind, trap, uid, ics, **kw):
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="",
                       interviewers="", trap=trap, ics=ics, **kw))


add("bookings-host", "user-as-interviewer-bookings-staff-campus",
    "AAMkAGQ0ZTJhYjM3LTFjOGUtNGI5ZC05ZjE0LTlhMmQ3ZTJmYzc0MwBGAAAAAADbookings55c1", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN=Lakeshore Brands Campus Recruiting:mailto:CampusRecruiting@lakeshorebrands.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriel
 a Torres-Whitman:mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Avendaño:mailto:lavendano3@illinois.edu
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Marketing Internship -
  First Conversation (30 min)\nStaff member: Gabriela Torres-Whitman\nCusto
 mer: Luis Avendaño\, UIUC Gies College of Business\nCustomer notes: Intere
 sted in brand management\, available June-August.\n\nThis booking was made
  with Microsoft Bookings.\n
UID:AAMkAGQ0ZTJhYjM3LTFjOGUtNGI5ZC05ZjE0LTlhMmQ3ZTJmYzc0MwBGAAAAAADbookings55c1
SUMMARY;LANGUAGE=en-US:Marketing Internship - First Conversation with Luis Avendaño
DTSTART;TZID=Central Standard Time:20250211T150000
DTEND;TZID=Central Standard Time:20250211T153000
DTSTAMP:20250207T180011Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("portfolio-review", "user-as-interviewer-portfolio-review-finalists", "2v7b1n5m9c3x6z0l4k8j2h6gwe@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250319T190000Z
DTEND:20250319T200000Z
DTSTAMP:20250314T170202Z
ORGANIZER;CN=Brett Kowalski:mailto:bkowalski@lakeshorebrands.com
UID:2v7b1n5m9c3x6z0l4k8j2h6gwe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabrie
 la Torres-Whitman;X-NUM-GUESTS=0:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brett
  Kowalski;X-NUM-GUESTS=0:mailto:bkowalski@lakeshorebrands.com
DESCRIPTION:Design intern finalists - 3 portfolios\, 20 min each (Hana\, D
 eshawn\, Mei). Candidates present live. Gaby: brand-fit lens please.
LOCATION:CHI-12-Lincoln Park
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Portfolio reviews - design intern finalists
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("case-exercise-supervise", "user-as-interviewer-supervises-in-office-exercise",
    "040000008200E00074C5B7101A82E00800000000952E6F708192DB0100000000000000001000000088D5E6F708192A3B4C5D6E7F8091A2B3",
    r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="Tomás Aguilar";RSVP=TRUE:mailto:tomas.aguilar.b@yahoo.com
ATTENDEE;CN="Moreno, Ana";RSVP=TRUE:mailto:amoreno@lakeshorebrands.com
CLASS:PUBLIC
DESCRIPTION:Tomás\, welcome back! You'll have 90 minutes with our sample d
 ata pack and a laptop to build a one-page shelf-activation recommendation
 \, then 30 minutes to walk Ana and me through it. Check in at 12th floor r
 eception.\n\nGabriela\n
DTEND;TZID="Central Standard Time":20250401T120000
DTSTAMP:20250325T140012Z
DTSTART;TZID="Central Standard Time":20250401T100000
LOCATION:CHI-12-Lincoln Park
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Working session - Tomás A. (Brand Coordinator case)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000952E6F708192DB0100000000000000001000000088D5E6F708192A3B4C5D6E7F8091A2B3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("interviewer-training", "user-as-interviewer-structured-interview-training",
    "lms-session-STRINT-0412-2025@lakeshorebrands.csod.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cornerstone OnDemand//Learning//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lms-session-STRINT-0412-2025@lakeshorebrands.csod.com
DTSTAMP:20250401T120000Z
DTSTART:20250412T140000Z
DTEND:20250412T160000Z
SUMMARY:Structured Interviewing for Hiring Managers (ILT) - Required
DESCRIPTION:You are registered for: Structured Interviewing for Hiring Man
 agers.\nTopics: competency-based questions\, using scorecards\, reducing b
 ias\, legal do's and don'ts.\nFacilitator: Talent Acquisition\nLocation:
  Virtual classroom (Teams)
ORGANIZER;CN=Lakeshore Learning:mailto:learning@lakeshorebrands.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("rubric-alignment", "user-as-interviewer-align-questions-before-panel",
    "3x8c2v6b0n4m7l1k5j9h3g7fpe@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250224T163000Z
DTEND:20250224T170000Z
DTSTAMP:20250221T220015Z
ORGANIZER;CN=Gabriela Torres-Whitman:mailto:gtorres@lakeshorebrands.com
UID:3x8c2v6b0n4m7l1k5j9h3g7fpe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Mo
 reno;X-NUM-GUESTS=0:mailto:amoreno@lakeshorebrands.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femi O
 yelaran;X-NUM-GUESTS=0:mailto:foyelaran@lakeshorebrands.com
DESCRIPTION:Who asks what for the ABM panel on Thurs\, agree on the rubric
  + what "strong hire" looks like. 30 min.
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ABM panel - split up questions
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agency-pipeline", "user-as-interviewer-staffing-agency-pipeline-call",
    "0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9-kforce", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="Torres-Whitman, Gabriela";RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
CLASS:PUBLIC
DESCRIPTION:Gabriela - quick check-in on the marketing coordinator contract
 -to-hire req: 4 resumes submitted\, 2 available for interviews next week.
  Also want to confirm the bill rate.\n\nNicole Baptiste | Kforce\n
DTEND;TZID="Central Standard Time":20250305T091500
DTSTAMP:20250303T152209Z
DTSTART;TZID="Central Standard Time":20250305T090000
LOCATION:Call - Nicole to dial Gabriela's desk
ORGANIZER;CN="Nicole Baptiste":mailto:nbaptiste@kforce.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Kforce / Lakeshore - coordinator req pipeline
TRANSP:OPAQUE
UID:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9-kforce
END:VEVENT
END:VCALENDAR
""")

add("final-round-candidate", "user-as-interviewer-greenhouse-final-round",
    "gh-6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e@greenhouse.io", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:gh-6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e@greenhouse.io
DTSTAMP:20250312T140115Z
DTSTART;TZID=America/Chicago:20250318T103000
DTEND;TZID=America/Chicago:20250318T113000
SUMMARY:Final Round - Keisha Williams - Brand Coordinator
DESCRIPTION:Interviewers: Gabriela Torres-Whitman\, Ana Moreno\nFocus: cul
 ture add\, ownership\, retail analytics.\nInterview kit: https://app.green
 house.io/guides/8830412/people/44298121\n\nLocation: Lakeshore Brands HQ
 \, 12th floor\, Lincoln Park room
LOCATION:CHI-12-Lincoln Park
ORGANIZER;CN=Alyssa Brandt:mailto:abrandt@lakeshorebrands.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN=Ana Moreno;PARTSTAT=ACCEPTED:mailto:amoreno@lakeshorebrands.com
ATTENDEE;CN=Keisha Williams;PARTSTAT=ACCEPTED:mailto:keishawilliams.mktg@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("phone-screen-host", "user-as-interviewer-runs-phone-screen",
    "040000008200E00074C5B7101A82E00800000000A63F708192A3DB0100000000000000001000000099E6F708192A3B4C5D6E7F8091A2B3C4",
    r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="Priya Nandakumar";RSVP=TRUE:mailto:priya.nandakumar94@gmail.com
CLASS:PUBLIC
DESCRIPTION:Hi Priya\, looking forward to our call about the Brand Coordin
 ator role on the Better-For-You Snacks team. I'll call you at 773-555-014
 2.\n\nGabriela Torres-Whitman\nSenior Marketing Manager | Lakeshore Brands
 \n
DTEND;TZID="Central Standard Time":20250219T163000
DTSTAMP:20250214T191500Z
DTSTART;TZID="Central Standard Time":20250219T160000
LOCATION:Phone
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Phone screen - Priya Nandakumar / Lakeshore Brands
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A63F708192A3DB0100000000000000001000000099E6F708192A3B4C5D6E7F8091A2B3C4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("intern-superday-host", "user-as-interviewer-hosts-intern-superday",
    "lakeshore-intern-superday-2025-host-gtorres", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Lakeshore Campus Recruiting
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
DTSTAMP:20250220T160000Z
UID:lakeshore-intern-superday-2025-host-gtorres
SUMMARY:Intern Superday - Marketing track (Gaby hosting)
DESCRIPTION:12 candidates\, 3 rotations: case\, 1:1s\, team lunch. Gaby =
  host for the marketing track + runs case room 2. Schedule grid in Share
 Point.
LOCATION:Lakeshore Brands HQ\, 14th floor
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")
