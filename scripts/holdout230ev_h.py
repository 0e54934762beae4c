"""holdout230 events, part H: more of the user's hiring-side calendar at West Plains State."""

from holdout230ev_tz import ev

EVENTS = [
    ev("ga-cands", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
BEGIN:VEVENT
UID:AB12CD34-EF56-4789-9ABC-DEF012345678
DTSTAMP:20260126T050000Z
DTSTART;VALUE=DATE:20260127
DTEND;VALUE=DATE:20260128
SUMMARY:GA cands
DESCRIPTION:Brooks - DE Angelo St\, good tape\, coachable\nNguyen - QC kid
  at SFA\, sharp on film\, small\nAlvarez - HS asst Hardin\, call refs\nRee
 d - phone 1/26\, maybe
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "AB12CD34-EF56-4789-9ABC-DEF012345678", 0, trap="user-as-interviewer-typed-candidate-notes-all-day",
        hiring=True, eol="\n"),

    ev("ref-check", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260210T123000
DTEND;TZID=America/Chicago:20260210T124500
DTSTAMP:20260209T220000Z
UID:5d8f1g4h7j0k3l6z9x2c5v8b1n@google.com
CREATED:20260209T220000Z
DESCRIPTION:call Coach Pena (Hardin HS) re: Alvarez. work habits\, kids li
 ke him?\, why leaving HS
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check - Alvarez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5d8f1g4h7j0k3l6z9x2c5v8b1n@google.com", 0, trap="user-as-interviewer-reference-check-on-ga-candidate",
        hiring=True),

    ev("ga-interview-block", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260127T150000
DTEND;TZID=America/Chicago:20260127T170000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
DTSTAMP:20260122T180000Z
ORGANIZER;CN=Rick Hollings:mailto:rick.hollings@wpsu.edu
UID:3m6q9w2e5r8t1y4u7i0o3p6a9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Braddock;X-NUM-GUESTS=0:mailto:tom.braddock@wpsu.edu
DESCRIPTION:Hold for GA / analyst candidate interviews. Kyle will drop nam
 es into the slots.
LOCATION:HC conference room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GA/Analyst interviews (hold)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260211T090000
DTEND;TZID=America/Chicago:20260211T110000
DTSTAMP:20260205T160000Z
ORGANIZER;CN=Rick Hollings:mailto:rick.hollings@wpsu.edu
UID:3m6q9w2e5r8t1y4u7i0o3p6a9s@google.com
RECURRENCE-ID;TZID=America/Chicago:20260210T150000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Braddock;X-NUM-GUESTS=0:mailto:tom.braddock@wpsu.edu
DESCRIPTION:Moved to Wed AM (Tue = signing day follow-ups). Nguyen 9:00\,
  Alvarez 10:00.
LOCATION:HC conference room
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:GA/Analyst interviews (hold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3m6q9w2e5r8t1y4u7i0o3p6a9s@google.com", 0, trap="user-as-interviewer-recurring-hold-with-override",
        hiring=True),

    ev("trial-day", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260213T060000
DTEND;TZID=America/Chicago:20260213T160000
DTSTAMP:20260211T030000Z
UID:0a3s6d9f2g5h8j1k4l7z0x3c6v@google.com
CREATED:20260211T030000Z
DESCRIPTION:Nguyen shadows the DL room all day - 6am lift\, staff mtg\, br
 eakdown of 2 opp. games in Hudl (due 2pm)\, walk-through reps w/ the 2s.
  grade his cut-ups before debrief
LOCATION:Football Complex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GA trial day - D. Nguyen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0a3s6d9f2g5h8j1k4l7z0x3c6v@google.com", 0, trap="user-as-interviewer-supervises-trial-day", hiring=True),

    ev("workday-task", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-FEEDBACK-R0004127-MDALE
DTSTAMP:20260209T230000Z
DTSTART;VALUE=DATE:20260211
DTEND;VALUE=DATE:20260212
SUMMARY:Due: Give Interview Feedback – Jalen Alvarez (R0004127)
DESCRIPTION:Inbox task for Marcus Dale: Give Interview Feedback\nOverall r
 ating (1-5)\, Football knowledge\, Teaching ability\, Fit\, Recommend for
  hire (Y/N)\n\nhttps://wd5.myworkday.com/wpsu/d/inst/15$2997/
ORGANIZER;CN=WPSU Talent Acquisition:mailto:wpsu@myworkday.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "WD-TASK-FEEDBACK-R0004127-MDALE", 0, trap="user-as-interviewer-workday-scorecard-due", hiring=True),

    ev("hr-training", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Perrin, Kyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.perrin@wpsu.edu
ATTENDEE;CN="Ortiz, Jenna";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jenna.ortiz@wpsu.edu
DESCRIPTION:Required for all members of the Director of Player Personnel s
 earch committee before first-round interviews: structured interview quest
 ions\, what you may and may not ask\, scoring rubrics\, documentation.\n
DTEND;TZID="Central Standard Time":20260206T110000
DTSTAMP:20260202T150000Z
DTSTART;TZID="Central Standard Time":20260206T100000
LOCATION:Student Union 220 / Teams
ORGANIZER;CN="Garcia, Yvonne":mailto:yvonne.garcia@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Search Committee Training – Fair Hiring & Interview Practices
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000F8F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000F8F9", 0,
        trap="user-as-interviewer-search-committee-training", hiring=True),

    ev("phone-screen", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260130T183000Z
DTEND:20260130T185000Z
DTSTAMP:20260128T200000Z
ORGANIZER;CN=Marcus Dale:mailto:marcus.dale@wpsu.edu
UID:9l2z5x8c1v4b7n0m3q6w9e2r5t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jordan.ellis.dl@gmail.com;X-NUM-GUESTS=0:mailto:jordan.ellis.dl@gma
 il.com
DESCRIPTION:Phone screen for the defensive GA opening at West Plains State
 . I'll call you at the number on your application. 20 min.\n\nCoach Marcu
 s Dale\nDefensive Line\, West Plains State Football
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen – Jordan Ellis / Coach Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9l2z5x8c1v4b7n0m3q6w9e2r5t@google.com", 0, trap="user-as-interviewer-phone-screen-he-organizes",
        hiring=True),

    ev("candidate-invite", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260129T160000
DTEND;TZID=America/Chicago:20260129T163000
DTSTAMP:20260127T021500Z
ORGANIZER;CN=Isaiah Grant:mailto:isaiahgrant.coach@gmail.com
UID:2t5y8u1i4o7p0a3s6d9f2g5h8j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale@wpsu.edu;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isaiah Grant;X-NUM-GUESTS=0:mailto:isaiahgrant.coach@gmail.com
DESCRIPTION:Coach Dale\, thank you for the opportunity to interview for th
 e defensive GA position. Sending this invite for the time you suggested.
  Zoom below.\n\nhttps://us05web.zoom.us/j/84221009312?pwd=aGr2\n\nIsaiah
  Grant
LOCATION:https://us05web.zoom.us/j/84221009312?pwd=aGr2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with Coach Dale (WPSU Defensive GA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2t5y8u1i4o7p0a3s6d9f2g5h8j@google.com", 0, trap="user-as-interviewer-candidate-sends-invite-free-mail",
        hiring=True),

    ev("finalist-dinner", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260219T183000
DTEND;TZID=America/Chicago:20260219T203000
DTSTAMP:20260216T171000Z
ORGANIZER;CN=Jenna Ortiz:mailto:jenna.ortiz@wpsu.edu
UID:6h9j2k5l8z1x4c7v0b3n6m9q2w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rick Hollings;X-NUM-GUESTS=0:mailto:rick.hollings@wpsu.edu
DESCRIPTION:Dinner with DPP finalist Kendra Wells + her husband. Reservati
 on under Ortiz\, party of 5. Informal but it IS part of the eval - Coach H
  wants everyone's take by Friday.
LOCATION:The Nicolett\, Lubbock
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dinner - K. Wells (DPP finalist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6h9j2k5l8z1x4c7v0b3n6m9q2w@google.com", 0, trap="user-as-interviewer-finalist-dinner", hiring=True),

    ev("hiring-committee", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Ortiz, Jenna";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jenna.ortiz@wpsu.edu
ATTENDEE;CN="Hollings, Rick";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rick.hollings@wpsu.edu
DESCRIPTION:Final rankings and recommendation to the AD for Director of Pl
 ayer Personnel. Bring your scoring sheets.
DTEND;TZID="Central Standard Time":20260220T090000
DTSTAMP:20260217T140000Z
DTSTART;TZID="Central Standard Time":20260220T080000
LOCATION:HC conference room
ORGANIZER;CN="Perrin, Kyle":mailto:kyle.perrin@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:DPP – committee recommendation
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000FAFB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DC01000000000000000010000000FAFB", 0,
        trap="user-as-interviewer-hiring-committee-final-rankings", hiring=True),
]
