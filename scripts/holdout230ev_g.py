"""holdout230 events, part G: the user on the hiring side at West Plains State (GA, analyst, staff searches)."""

from holdout230ev_tz import ev

EVENTS = [
    ev("ga-zoom", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260203T071500
DTEND;TZID=America/Chicago:20260203T074500
DTSTAMP:20260130T200000Z
ORGANIZER;CN=Rick Hollings:mailto:rick.hollings@wpsu.edu
UID:2a5s8d1f4g7h0j3k6l9z2x5c8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rick Hollings;X-NUM-GUESTS=0:mailto:rick.hollings@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tbrooks22@gmail.com;X-NUM-GUESTS=0:mailto:tbrooks22@gmail.com
DESCRIPTION:Defensive GA – Tyler Brooks (played DE at Angelo St.). Marcus
  run the ball part - have him draw up a 3-tech vs. double team and coach
  it to you. Send me your notes by noon.\n\nhttps://wpsu.zoom.us/j/9022417
 7301
LOCATION:https://wpsu.zoom.us/j/90224177301
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler Brooks - Zoom (D GA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2a5s8d1f4g7h0j3k6l9z2x5c8v@google.com", 0, trap="user-as-interviewer-ga-zoom-with-head-coach", hiring=True),

    ev("candidate-accepted", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260205T150000Z
DTEND:20260205T154500Z
DTSTAMP:20260202T033011Z
ORGANIZER;CN=Marcus Dale:mailto:marcus.dale@wpsu.edu
UID:7g0h3j6k9l2z5x8c1v4b7n0m3q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Danny
  Nguyen;X-NUM-GUESTS=0:mailto:dnguyen.football@gmail.com
COMMENT:Thank you Coach! I'll be ready.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview – Defensive GA – Danny Nguyen @ Thu Feb 5\, 2
 026 9am - 9:45am (CST) (marcus.dale@wpsu.edu)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7g0h3j6k9l2z5x8c1v4b7n0m3q@google.com", 0, trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True),

    ev("workday-interviewer", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-9b2e11c07f0d4a8c8d1f6e3a2b5c4d7e
DTSTAMP:20260204T170000Z
DTSTART:20260209T210000Z
DTEND:20260209T214500Z
SUMMARY:Interview: Graduate Assistant - Football (Defense) (R0004127) - Ja
 len Alvarez
DESCRIPTION:You have been scheduled as an interviewer.\n\nCandidate: Jalen
  Alvarez\nJob Requisition: R0004127 Graduate Assistant - Football (Defens
 e)\nInterviewers: Marcus Dale\, Tom Braddock\nLocation: Football Ops 214\n
 \nView the candidate's résumé and interview kit\, and submit feedback in W
 orkday: https://wd5.myworkday.com/wpsu/d/task/2997$11.htmld\n\nWest Plain
 s State University Talent Acquisition
LOCATION:Football Ops 214
ORGANIZER;CN=WPSU Talent Acquisition:mailto:wpsu@myworkday.com
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN=Tom Braddock;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.braddock@wpsu.edu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "WD-INTERVIEW-9b2e11c07f0d4a8c8d1f6e3a2b5c4d7e", 0, trap="user-as-interviewer-workday-interview-kit",
        hiring=True),

    ev("notes-task", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:1C2D3E4F-5A6B-4C7D-8E9F-A0B1C2D3E4F5
DTSTAMP:20260203T140000Z
DTSTART:20260203T113000
DTEND:20260203T120000
SUMMARY:notes to RH - Brooks
DESCRIPTION:hands good\, eyes ok\, couldnt explain 2-gap vs 1-gap clean. s
 oft yes. check w/ Angelo St DL coach
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "1C2D3E4F-5A6B-4C7D-8E9F-A0B1C2D3E4F5", 0, trap="user-as-interviewer-typed-feedback-to-head-coach",
        hiring=True, eol="\n"),

    ev("search-committee", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Ortiz, Jenna";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jenna.ortiz@wpsu.edu
ATTENDEE;CN="Perrin, Kyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.perrin@wpsu.edu
ATTENDEE;CN="FB Ops - Conference Rm 301";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fbops-301@
 wpsu.edu
DESCRIPTION:Director of Player Personnel – first-round interviews\n\n1:00
  Candidate A (virtual)\n1:45 Candidate B (virtual)\n2:30 Candidate C (in
  person)\n3:15 committee discussion / rankings\n\nCandidate packets and
  the question bank are in the Teams channel. Please don't share outside th
 e committee.
DTEND;TZID="Central Standard Time":20260211T160000
DTSTAMP:20260206T190000Z
DTSTART;TZID="Central Standard Time":20260211T130000
LOCATION:FB Ops - Conference Rm 301
ORGANIZER;CN="Perrin, Kyle":mailto:kyle.perrin@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:DPP Search Committee – Rd 1 Interviews
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0F1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0F1", 0,
        trap="user-as-interviewer-search-committee-rounds", hiring=True),

    ev("debrief", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260212T061500
DTEND;TZID=America/Chicago:20260212T064500
DTSTAMP:20260210T233000Z
ORGANIZER;CN=Rick Hollings:mailto:rick.hollings@wpsu.edu
UID:4q7w0e3r6t9y2u5i8o1p4a7s0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Braddock;X-NUM-GUESTS=0:mailto:tom.braddock@wpsu.edu
DESCRIPTION:Brooks / Nguyen / Alvarez - pick one for D GA. bring your grad
 es. offer goes out Friday if we agree.
LOCATION:HC office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:D GA - decide
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4q7w0e3r6t9y2u5i8o1p4a7s0d@google.com", 0, trap="user-as-interviewer-ga-debrief-decision", hiring=True),

    ev("host-candidate", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260218T113000
DTEND;TZID=America/Chicago:20260218T130000
DTSTAMP:20260215T160000Z
ORGANIZER;CN=Kyle Perrin:mailto:kyle.perrin@wpsu.edu
UID:8s1d4f7g0h3j6k9l2z5x8c1v4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Corey Lang (defensive analyst finalist) is on campus Wed. Marc
 us - you have him for the facility walk + lunch at the training table. Get
  a read on how he'd fit in the D room and report back to Coach H.
LOCATION:Football Complex lobby
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Host: C. Lang campus visit (tour/lunch)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8s1d4f7g0h3j6k9l2z5x8c1v4b@google.com", 0, trap="user-as-interviewer-hosting-finalist-visit",
        hiring=True),

    ev("analyst-whiteboard", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Braddock, Tom";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.braddock@wpsu.edu
ATTENDEE;CN=coreylang.fb@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:coreylang.fb@gmail.com
DESCRIPTION:Corey – you'll have the board in the defensive staff room. Tea
 ch us our own Cover 3 Buzz vs. 2x2 and then break down the attached cut-u
 p (opponent 3rd down). Tom and Marcus will be the "players".\n
DTEND;TZID="Central Standard Time":20260218T150000
DTSTAMP:20260215T163000Z
DTSTART;TZID="Central Standard Time":20260218T140000
LOCATION:Defensive Staff Room
ORGANIZER;CN="Braddock, Tom":mailto:tom.braddock@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Def Analyst – whiteboard (Lang)
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000F2F3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000F2F3", 0,
        trap="user-as-interviewer-candidate-whiteboard-session", hiring=True),

    ev("calendly-host", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:EF2KQ7M4PXA9LRN1
DTSTAMP:20260120T181500Z
DTSTART:20260126T220000Z
DTEND:20260126T222000Z
SUMMARY:Darius Reed and Marcus Dale
DESCRIPTION:Event Name: WPSU Football – GA Applicants (20 min)\n\nInvitee:
  Darius Reed\nInvitee Email: dariusreed.coach@outlook.com\n\nQuestions:\nP
 osition of interest: Defensive GA\nCurrent school / program: Hardin-Simmo
 ns (student assistant)\n\nLocation: Marcus Dale will call the invitee at
  +1 325-555-0148\n\nView event in Calendly: https://calendly.com/events/EF
 2KQ7M4PXA9LRN1
ORGANIZER;CN=Marcus Dale:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN=Darius Reed;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dariusreed.coach@outlook.com
LOCATION:+1 325-555-0148
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "EF2KQ7M4PXA9LRN1", 0, trap="user-as-interviewer-calendly-host-ga-applicant", hiring=True),

    ev("bookings-host", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:marcus.dale@wpsu.edu
DESCRIPTION:New booking\n\nService: Student Manager Interview (15 min)\nSt
 aff: Marcus Dale\nCustomer: Aubrey Collins\nEmail: aubrey.collins@ttmail.w
 psu.edu\nPhone: 806-555-0177\nNotes: Sophomore\, kinesiology\, managed HS
  team 2 yrs\n\nWPSU Football Operations Bookings
DTEND;TZID="Central Standard Time":20260122T154500
DTSTAMP:20260119T201000Z
DTSTART;TZID="Central Standard Time":20260122T153000
LOCATION:FB Ops front desk
ORGANIZER;CN=WPSU Football Operations:mailto:FootballOps@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Student Manager Interview – Aubrey Collins
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000F4F5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000F4F5", 0,
        trap="user-as-interviewer-bookings-staff-student-manager", hiring=True),

    ev("agency-candidates", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Hollings, Rick";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rick.hollings@wpsu.edu
ATTENDEE;CN="Perrin, Kyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.perrin@wpsu.edu
DESCRIPTION:WPSU Football – Director of Sports Science search\n\nWe will p
 resent our slate of four candidates (profiles attached in the confidentia
 l portal) and recommend two for on-campus interviews. Please review before
  the call.\n\nMelissa Crane\, Principal – Collegiate Sports Search\n\nJoin
  Zoom Meeting https://collegiatesportssearch.zoom.us/j/86610022931
DTEND;TZID="Eastern Standard Time":20260224T120000
DTSTAMP:20260219T150000Z
DTSTART;TZID="Eastern Standard Time":20260224T110000
LOCATION:Zoom
ORGANIZER;CN="Crane, Melissa":mailto:mcrane@collegiatesportssearch.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Candidate Slate Review – Dir. of Sports Science (WPSU)
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000F6F7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000F6F7", 0,
        trap="user-as-interviewer-search-firm-presents-candidates", hiring=True),
]
