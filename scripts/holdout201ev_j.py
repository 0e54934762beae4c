"""holdout201 events, part j: Tyler's personal life, SKO, enablement and more Summitline everyday calendar."""

from holdout201ev_tz import APPLE_DENVER, GOOGLE_DENVER

EVENTS = [
    {
        "kind": "intro-call",
        "uid": "outreach-mtg-5529410-7731@outreach.io",
        "label": (0, "", "", "", "", "prospect-intro-call-outreach-utc"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Outreach//Outreach Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:outreach-mtg-5529410-7731@outreach.io
DTSTAMP:20250318T165501Z
DTSTART:20250320T210000Z
DTEND:20250320T212000Z
SUMMARY:Intro call: Redline Roofing <> Summitline
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
ATTENDEE;CN=Brady Stoltz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brady@redlineroofingco.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED:mailto:tyler@summitline.io
LOCATION:Phone: Tyler will call +1 (719) 555-0163
DESCRIPTION:Brady - thanks for picking up today. As promised\, 20 min to se
 e if Summitline makes sense for dispatching your crews. No slides.\n\nSche
 duled with Outreach Meetings
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sko",
        "uid": "5h8k1n4q7t0w3z6c9f2i5l8o1r@google.com",
        "label": (0, "", "", "", "", "sales-kickoff-multi-day-all-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250204
DTEND;VALUE=DATE:20250207
DTSTAMP:20250110T200000Z
ORGANIZER;CN=Summitline Revenue Team:mailto:revenue-events@summitline.io
UID:5h8k1n4q7t0w3z6c9f2i5l8o1r@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=all-gtm;X-NUM-GUESTS=0:mailto:all-gtm@summitline.io
CREATED:20250110T195958Z
DESCRIPTION:FY25 Sales Kickoff 🚀 Day 1: CEO + CRO keynote\, product roadm
 ap. Day 2: breakouts (MEDDPICC refresher\, objection-handling role plays\,
  new pricing). Day 3: awards + President's Club reveal. Dinner at Mercantile
  night 2.
LAST-MODIFIED:20250110T200000Z
LOCATION:The Crawford Hotel\, Union Station\, Denver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SKO 2025
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "climbing",
        "uid": "4C6E8A0B-2D4F-4A6C-8E0B-2D4F6A8C0E2B",
        "label": (0, "", "", "", "", "personal-climbing-gym"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_DENVER + r"""BEGIN:VEVENT
CREATED:20250310T030101Z
UID:4C6E8A0B-2D4F-4A6C-8E0B-2D4F6A8C0E2B
DTEND;TZID=America/Denver:20250312T200000
SUMMARY:climb w/ Jake 🧗
LAST-MODIFIED:20250310T030101Z
DTSTAMP:20250310T030101Z
DTSTART;TZID=America/Denver:20250312T180000
LOCATION:Movement RiNo
SEQUENCE:0
RRULE:FREQ=WEEKLY;BYDAY=WE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dentist",
        "uid": "nexhealth-appt-77310259@nexhealth.com",
        "label": (0, "", "", "", "", "personal-dentist-appointment"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NexHealth//Patient Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:nexhealth-appt-77310259@nexhealth.com
DTSTAMP:20250214T170000Z
DTSTART:20250318T220000Z
DTEND:20250318T230000Z
SUMMARY:Appointment at Cherry Creek Family Dental
LOCATION:Cherry Creek Family Dental\, 3000 E 1st Ave #210\, Denver\, CO 802
 06
DESCRIPTION:Hygiene visit + exam with Dr. Sanjay Patel. Please arrive 10 m
 inutes early. To reschedule call (303) 555-0121 at least 24 hours in advanc
 e.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ski-weekend",
        "uid": "1B3D5F7A-9C1E-4B3D-5F7A-9C1E3B5D7F9A",
        "label": (0, "", "", "", "", "personal-ski-weekend-all-day"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250220T044004Z
UID:1B3D5F7A-9C1E-4B3D-5F7A-9C1E3B5D7F9A
DTEND;VALUE=DATE:20250324
SUMMARY:Breck ski wknd 🎿
LAST-MODIFIED:20250220T044011Z
DTSTAMP:20250220T044011Z
DTSTART;VALUE=DATE:20250321
LOCATION:Breckenridge
SEQUENCE:0
DESCRIPTION:condo w/ Jake\, Mo\, Alex. leave fri 4:30\, I-70 will suck. bring e
 pic pass
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wedding",
        "uid": "7o0r3u6x9a2d5g8j1m4p7s0v3y@google.com",
        "label": (0, "", "", "", "", "personal-sisters-wedding"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250531
DTEND;VALUE=DATE:20250601
DTSTAMP:20250102T220000Z
ORGANIZER;CN=Katie Brooks:mailto:katiebrooks.91@gmail.com
UID:7o0r3u6x9a2d5g8j1m4p7s0v3y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Katie
  Brooks;X-NUM-GUESTS=0:mailto:katiebrooks.91@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.
 brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sales@gmail.com
CREATED:20250102T215958Z
DESCRIPTION:💍 Ceremony 4:30pm at Cheekwood\, reception to follow. Rehearsal
  dinner Fri 7pm (groomsmen + family). Tyler - you're doing a reading\, don't
  be late!!
LAST-MODIFIED:20250102T220000Z
LOCATION:Cheekwood Estate & Gardens\, Nashville TN
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katie + Josh Wedding 💒
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "certification",
        "uid": "3q6t9w2z5c8f1i4l7o0r3u6x9a@google.com",
        "label": (0, "", "", "", "", "own-cold-call-certification-at-current-job"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T180000Z
DTEND:20250227T183000Z
DTSTAMP:20250220T160000Z
ORGANIZER;CN=Brianna Holt:mailto:brianna.holt@summitline.io
UID:3q6t9w2z5c8f1i4l7o0r3u6x9a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Briann
 a Holt;X-NUM-GUESTS=0:mailto:brianna.holt@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250220T155958Z
DESCRIPTION:Q1 talk-track certification: live role play of the new pricin
 g objection ("your competitor is 30% cheaper"). I'll play the buyer and sco
 re you on the enablement rubric. Pass = 80+. Retake allowed once.\n\nJoin w
 ith Google Meet: https://meet.google.com/enb-cert-tyb
LAST-MODIFIED:20250220T160000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enablement: Pricing Objection Cert - Tyler B.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "customer-story",
        "uid": "8b1e4h7k0n3q6t9w2z5c8f1i4l@google.com",
        "label": (0, "", "", "", "", "customer-case-study-interview-marketing"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250515T190000Z
DTEND:20250515T194500Z
DTSTAMP:20250508T210000Z
ORGANIZER;CN=Lauren Pike:mailto:lauren.pike@summitline.io
UID:8b1e4h7k0n3q6t9w2z5c8f1i4l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lauren
  Pike;X-NUM-GUESTS=0:mailto:lauren.pike@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lynn H
 argrove;X-NUM-GUESTS=0:mailto:lhargrove@westbrooklogistics.com
CREATED:20250508T205958Z
DESCRIPTION:Customer story interview for the Westbrook case study + G2 vide
 o. Lauren (Product Marketing) will interview Lynn about before/after metric
 s. Tyler - intro + stay on in case she blanks on numbers.\n\nJoin with Goog
 le Meet: https://meet.google.com/csi-wbl-mkt
LAST-MODIFIED:20250508T210000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Westbrook Logistics - Customer Story Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sales-training",
        "uid": "zoom-9917720044-sandler-wk3@zoom.us",
        "label": (0, "", "", "", "", "sales-training-class"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
UID:zoom-9917720044-sandler-wk3@zoom.us
DTSTAMP:20250301T150000Z
DTSTART;TZID=America/Denver:20250318T070000
DTEND;TZID=America/Denver:20250318T083000
SUMMARY:Sandler Foundations - Wk 3: Up-Front Contracts & the Pain Funnel
ORGANIZER;CN=Sandler Denver:mailto:training@denver.sandler.com
ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler@summitline.io
LOCATION:https://zoom.us/j/9917720044
DESCRIPTION:Homework: bring one stalled deal to role-play in breakout. Sum
 mitline cohort (8 reps).\n\nJoin Zoom Meeting\nhttps://zoom.us/j/9917720044\
 n\nMeeting ID: 991 772 0044
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "manager-1on1",
        "uid": "0c3f6i9l2o5r8u1x4a7d0g3j6m@google.com",
        "label": (0, "", "", "", "", "internal-one-on-one-career-talk"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T203000Z
DTEND:20250409T210000Z
DTSTAMP:20250407T151500Z
ORGANIZER;CN=Megan Cho:mailto:megan.cho@summitline.io
UID:0c3f6i9l2o5r8u1x4a7d0g3j6m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Cho;X-NUM-GUESTS=0:mailto:megan.cho@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250407T151458Z
DESCRIPTION:Career convo - where do you want to be in 12 months? Senior AE
  promo timeline\, enterprise territory opening in Q3\, and what would keep yo
 u here. Off the record.
LAST-MODIFIED:20250407T151500Z
LOCATION:Walk around Union Station
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler / Megan - career chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "meetup",
        "uid": "event_306114522@meetup.com",
        "label": (0, "", "", "", "", "sales-community-meetup"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
X-WR-TIMEZONE:America/Denver
BEGIN:VEVENT
UID:event_306114522@meetup.com
DTSTAMP:20250415T012000Z
DTSTART;TZID=America/Denver:20250501T173000
DTEND;TZID=America/Denver:20250501T200000
SUMMARY:RevGenius Denver: Hiring Managers Tell All - What We Look for in A
 Es (Happy Hour)
LOCATION:Denver Beer Co (Platte St\, 1695 Platte St\, Denver\, CO)
DESCRIPTION:Panel of 4 Denver sales leaders on what makes them say yes in a
 n AE interview loop\, followed by networking. Free drinks till 7 courtesy
  of our sponsors.\n\nhttps://www.meetup.com/revgenius-denver/events/306114522
 /
URL:https://www.meetup.com/revgenius-denver/events/306114522/
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
