"""holdout201 events, part g: Tyler on the hiring side at Summitline (SDR and AE hiring), first half."""

from holdout201ev_tz import APPLE_DENVER, GOOGLE_DENVER

EVENTS = [
    {
        "kind": "interview-kit",
        "uid": "greenhouse-3390112-summitline-int-88310@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-greenhouse-interview-kit"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-3390112-summitline-int-88310@greenhouse.io
DTSTAMP:20250311T181020Z
DTSTART:20250313T170000Z
DTEND:20250313T173000Z
SUMMARY:Interview: Jordan Mills for Sales Development Representative (Denv
 er)
ORGANIZER;CN=Sofia Green:mailto:sofia.green@summitline.io
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler@summitline.io
LOCATION:https://summitline.zoom.us/j/82210045531
DESCRIPTION:Candidate: Jordan Mills\nJob: Sales Development Representative
  (Denver)\nInterview: Sales Skills (Tyler Brooks)\n\nInterview Kit: https://
 app.greenhouse.io/guides/88310/people/31422871\nResume: https://app.greenho
 use.io/people/31422871/resume\n\nPlease submit your scorecard in Greenhouse
  within 24 hours of the interview.\n\nZoom: https://summitline.zoom.us/j/822
 10045531
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "scorecards",
        "uid": "8C0E2A4B-6D8F-4A0C-9E2B-4D6F8A0C2E4A",
        "label": (0, "", "", "", "", "user-as-interviewer-typed-scorecard-block"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
""" + APPLE_DENVER + r"""BEGIN:VEVENT
CREATED:20250313T180102Z
UID:8C0E2A4B-6D8F-4A0C-9E2B-4D6F8A0C2E4A
DTEND;TZID=America/Denver:20250313T163000
SUMMARY:scorecards!! jordan + priya (GH)
LAST-MODIFIED:20250313T180110Z
DTSTAMP:20250313T180110Z
DTSTART;TZID=America/Denver:20250313T160000
SEQUENCE:0
DESCRIPTION:jordan = lean yes (coachable\, weak on objections). priya = st
 rong yes\, best cold call I've heard this yr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "role-play",
        "uid": "7t0w3z6c9f2i5l8o1r4u7x0a3d@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-cold-call-role-play-plays-prospect"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T190000Z
DTEND:20250320T194500Z
DTSTAMP:20250317T222015Z
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
UID:7t0w3z6c9f2i5l8o1r4u7x0a3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus
  Lee;X-NUM-GUESTS=0:mailto:marcuslee.sales@gmail.com
CREATED:20250317T222013Z
DESCRIPTION:Final round for Marcus (SDR). Tyler plays the prospect: Ops Di
 rector at a 150-person HVAC company\, not in market\, mildly annoyed. Marcu
 s has 5 min to get a meeting booked. Then 10 min feedback from Tyler to see
  how he takes coaching. Score on the SDR rubric (opener\, objection handlin
 g\, ask).\n\nJoin with Google Meet: https://meet.google.com/xkc-bnqw-rrt
LAST-MODIFIED:20250317T222015Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marcus Lee - Cold Call Role Play (SDR final)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief",
        "uid": "greenhouse-3390112-summitline-debrief-5512@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-debrief-round-up"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-3390112-summitline-debrief-5512@greenhouse.io
DTSTAMP:20250320T230011Z
DTSTART:20250321T213000Z
DTEND:20250321T220000Z
SUMMARY:Round-up: Marcus Lee (SDR)
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler@summitline.io
ATTENDEE;CN=Megan Cho;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan.cho@summitline.io
ATTENDEE;CN=Luis Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luis.ortega@summitline.io
LOCATION:Zoom / Pikes Peak room
DESCRIPTION:Hiring decision for Marcus Lee - Sales Development Representat
 ive. Please have scorecards submitted before we meet; we'll go around the r
 oom (no one shares their overall rec until everyone's in).\n\nScorecards: h
 ttps://app.greenhouse.io/people/31450092?application_id=40022118#scorecard
 s
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hiring-committee",
        "uid": "1e4h7k0n3q6t9w2z5c8f1i4l7o@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-ae-hiring-committee"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250425T150000
DTEND;TZID=America/Denver:20250425T160000
DTSTAMP:20250418T144433Z
ORGANIZER;CN=Megan Cho:mailto:megan.cho@summitline.io
UID:1e4h7k0n3q6t9w2z5c8f1i4l7o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Cho;X-NUM-GUESTS=0:mailto:megan.cho@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Gr
 eg Whitfield;X-NUM-GUESTS=0:mailto:greg.whitfield@summitline.io
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=DEN-2-Mt
  Evans (8);X-NUM-GUESTS=0:mailto:c_18812den2mtevans@resource.calendar.goog
 le.com
CREATED:20250418T144431Z
DESCRIPTION:MM AE backfill (Carter's seat). 3 finalists: Rafael Ortiz\, Bri
 ttany Koh\, Sean McAllister. Come with your hire/no hire + why. Greg has fi
 nal call on comp band.\n\nJoin with Google Meet: https://meet.google.com/de
 n-hcmt-qwe
LAST-MODIFIED:20250418T144433Z
LOCATION:DEN-2-Mt Evans (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HC: MM AE backfill - finalists
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ride-along",
        "uid": "6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-shadows-user-trial-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250402T150000Z
DTEND:20250402T190000Z
DTSTAMP:20250328T170522Z
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
UID:6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250328T170520Z
DESCRIPTION:Ana (SDR finalist) will spend the morning with you: sit in on
  your 9:30 disco call + 11:00 demo\, then 30 min of call blitz with you watc
 hing. Please fill out the "ride-along" form in Greenhouse after - we want to
  know how she asks questions and how she handles the dead air.
LAST-MODIFIED:20250328T170522Z
LOCATION:Summitline HQ - floor 3 sales pit
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ana Ruiz ride-along w/ Tyler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "accepted-reply",
        "uid": "greenhouse-3390112-summitline-int-88977@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250409T163000Z
DTEND:20250409T165000Z
DTSTAMP:20250407T023355Z
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
UID:greenhouse-3390112-summitline-int-88977@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=kayla.
 nguyen.co@gmail.com;X-NUM-GUESTS=0:mailto:kayla.nguyen.co@gmail.com
CREATED:20250406T200101Z
DESCRIPTION:
LAST-MODIFIED:20250407T023355Z
LOCATION:https://summitline.zoom.us/j/81144200913
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Summitline Interview - Kayla Nguyen / Tyler Brooks @ We
 d Apr 9\, 2025 10:30am - 10:50am (MDT) (tyler@summitline.io)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "submittal",
        "uid": "5u8x1a4d7g0j3m6p9s2v5y8b1e@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-agency-submits-candidate"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T200000Z
DTEND:20250311T202000Z
DTSTAMP:20250307T191122Z
ORGANIZER;CN=Cole Mercer:mailto:cole@peaksalespartners.com
UID:5u8x1a4d7g0j3m6p9s2v5y8b1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Cole M
 ercer;X-NUM-GUESTS=0:mailto:cole@peaksalespartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tyler Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Derek
  Owens;X-NUM-GUESTS=0:mailto:derek.owens.88@outlook.com
CREATED:20250307T191120Z
DESCRIPTION:Tyler - per Jamie's ask\, here's my SDR candidate Derek Owens (
 2 yrs BDR at a Boulder martech shop\, 140% to meetings quota). Resume + my
  notes attached to the submittal email. 20 min intro so you can get a read
  on him before Jamie books the formal loop.\n\nCole Mercer | Peak Sales Part
 ners\n\nJoin with Google Meet: https://meet.google.com/cqr-vmnt-bbs
LAST-MODIFIED:20250307T191122Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro: Derek Owens <> Tyler Brooks (SDR - Peak Sales Partners)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "uid": "bk-01JR1A3C5E7G9J1L3N5Q7S9U1W@calendly.com",
        "label": (0, "", "", "", "", "user-as-interviewer-calendly-host-sdr-intro"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bk-01JR1A3C5E7G9J1L3N5Q7S9U1W@calendly.com
DTSTAMP:20250403T012255Z
DTSTART:20250404T213000Z
DTEND:20250404T215000Z
SUMMARY:Kayla Nguyen and Tyler Brooks
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
ATTENDEE;CN=Kayla Nguyen;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:kayla.nguyen.co@gmail.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:tyler@summitline.io
LOCATION:https://summitline.zoom.us/j/81144200913
DESCRIPTION:Event Name: Summitline SDR - 20 min intro w/ Tyler\n\nLocation:
  https://summitline.zoom.us/j/81144200913\n\nInvitee: Kayla Nguyen\nInvitee
  Email: kayla.nguyen.co@gmail.com\n\nQuestions:\nWhy SDR / why Summitline?\
 nI've been bartending through school and I love talking to people. Saw Tyl
 er's post about the SDR team.\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-notes",
        "uid": "2F4A6C8E-0B2D-4F6A-8C0E-2B4D6F8A0C2E",
        "label": (0, "", "", "", "", "user-as-interviewer-typed-candidate-follow-up"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250404T221530Z
UID:2F4A6C8E-0B2D-4F6A-8C0E-2B4D6F8A0C2E
DTEND:20250407T091500
SUMMARY:call kayla back re SDR
LAST-MODIFIED:20250404T221530Z
DTSTAMP:20250404T221530Z
DTSTART:20250407T090000
SEQUENCE:0
DESCRIPTION:strong. raw but hungry. tell jamie push her straight to final
  (skip HM screen). ask her 3 refs
END:VEVENT
END:VCALENDAR
""",
    },
]
