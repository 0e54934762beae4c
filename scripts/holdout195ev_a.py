"""holdout195 raw events, part a: Datadog, Figma, Optiver, Citadel, Google."""

NY_TZ = r"""BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

LA_TZ = r"""BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

CHI_TZ = r"""BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

EVENTS = [
    {
        "kind": "greenhouse-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_TZ + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250916T140000
DTEND;TZID=America/New_York:20250916T143000
DTSTAMP:20250910T181204Z
ORGANIZER;CN=Kelsey Moran:mailto:kelsey.moran@datadoghq.com
UID:5q1v0r8m3kd2h7u4c6a9e0jtb2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kelsey
  Moran;X-NUM-GUESTS=0:mailto:kelsey.moran@datadoghq.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=eth
 an.caldwell.dev@gmail.com;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan\,\n\nLooking forward to our chat! This is a 30 minute
  conversation to walk through your background\, what you're looking for in
  your first role and how our Software Engineer - New Grad (2026) process wo
 rks.\n\nZoom: https://datadog.zoom.us/j/93018824410\n\nDatadog Recruiting\n
 \n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nI
 nvitation from Google Calendar: https://calendar.google.com/calendar/\n-::~:
 ~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:https://datadog.zoom.us/j/93018824410
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ethan Caldwell <> Datadog - Recruiter Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5q1v0r8m3kd2h7u4c6a9e0jtb2@google.com", 1, "Datadog", "Software Engineer - New Grad (2026)",
                    "recruiter_screen", "kelsey.moran@datadoghq.com", "greenhouse-google-recruiter-call")],
    },
    {
        "kind": "coderpad-technical",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_TZ + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250930T160000
DTEND;TZID=America/New_York:20250930T170000
DTSTAMP:20250923T152233Z
ORGANIZER;CN=Datadog Interviews:mailto:interviews@datadoghq.com
UID:3hb6f0oq8ut2v5ql1h9c0d3nk4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Arjun
 Venkataraman;X-NUM-GUESTS=0:mailto:arjun.venkataraman@datadoghq.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Eth
 an Caldwell;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Technical Interview (60 min) - Software Engineer - New Grad (20
 26)\n\nYou'll be pairing with Arjun\, an engineer on our Metrics team. Plea
 se join from a laptop with a stable connection. We'll code together in Code
 rPad - no need to install anything.\n\nCoderPad: https://app.coderpad.io/K7
 XQ2M9B\nZoom: https://datadog.zoom.us/j/97710236655?pwd=bXJ6c1Z0WnlGb3F\n\n
 Need to reschedule? Reply to your recruiter\, Kelsey Moran.
LOCATION:Zoom / CoderPad
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Datadog Technical Interview - Ethan Caldwell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3hb6f0oq8ut2v5ql1h9c0d3nk4@google.com", 1, "Datadog", "Software Engineer - New Grad (2026)",
                    "technical", "arjun.venkataraman@datadoghq.com", "coderpad-pairing-technical")],
    },
    {
        "kind": "goodtime-loop",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_TZ + r"""BEGIN:VEVENT
UID:gt-evt-7f3c1a90-58d4-4e2b-9b1e-0c6a2f1d8e44
DTSTAMP:20251010T140512Z
DTSTART;TZID=America/New_York:20251021T110000
DTEND;TZID=America/New_York:20251021T150000
SUMMARY:Virtual Onsite: Ethan Caldwell | Software Engineer - New Grad (2026)
ORGANIZER;CN=Datadog Candidate Experience:mailto:scheduling@datadoghq.com
ATTENDEE;CN=Ethan Caldwell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan\, here is your Virtual Onsite agenda (all times Easter
 n):\n\n11:00-11:45  Coding - Priya Raman (priya.raman@datadoghq.com)\n11:45
 -12:30  Coding - Tomasz Wilk (tomasz.wilk@datadoghq.com)\n12:30-12:45  Bre
 ak\n12:45-13:45  System Design (new grad) - Hannah Oyelaran (hannah.oyelara
 n@datadoghq.com)\n13:45-14:30  Values & Experience - Marcus Lindqvist (marc
 us.lindqvist@datadoghq.com)\n14:30-15:00  Wrap-up with Kelsey\n\nOne Zoom
 link for the whole day: https://datadog.zoom.us/j/95561038821\n\nThis invi
 tation was scheduled with GoodTime on behalf of Datadog Recruiting.
LOCATION:Zoom - https://datadog.zoom.us/j/95561038821
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "labels": [("gt-evt-7f3c1a90-58d4-4e2b-9b1e-0c6a2f1d8e44", 1, "Datadog", "Software Engineer - New Grad (2026)",
                    "onsite",
                    "priya.raman@datadoghq.com;tomasz.wilk@datadoghq.com;hannah.oyelaran@datadoghq.com;"
                    "marcus.lindqvist@datadoghq.com",
                    "goodtime-virtual-onsite-agenda-in-body")],
    },
    {
        "kind": "modernloop-onsite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_TZ + r"""BEGIN:VEVENT
UID:ml_01JA8Q6R2VW4Z9KM3T7N5B1XCD@modernloop.io
SEQUENCE:0
DTSTAMP:20251014T201455Z
DTSTART;TZID=America/Los_Angeles:20251028T090000
DTEND;TZID=America/Los_Angeles:20251028T130000
SUMMARY:Figma Virtual Onsite - Ethan Caldwell (Software Engineer\, Early Ca
 reer)
ORGANIZER;CN=Figma Recruiting Coordination:mailto:recruiting-coordination@fi
 gma.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.cald
 well.dev@gmail.com
DESCRIPTION:Your schedule\n9:00 AM - 10:00 AM PT  Technical: Coding - Lena
  Park\n10:00 AM - 11:00 AM PT  Technical: Coding II - Diego Alvarez\n11:00
  AM - 11:15 AM PT  Break\n11:15 AM - 12:00 PM PT  Craft & Collaboration - Sa
 m Whitfield\n12:00 PM - 1:00 PM PT  Hiring Manager - Joanna Kessler\n\nAll
  sessions use this Google Meet: https://meet.google.com/ryx-pkdw-qhn\n\nPl
 ease make sure Figma is installed - one session uses a FigJam board.\n\nSch
 eduled with ModernLoop
LOCATION:https://meet.google.com/ryx-pkdw-qhn
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ml_01JA8Q6R2VW4Z9KM3T7N5B1XCD@modernloop.io", 1, "Figma", "Software Engineer, Early Career",
                    "onsite", "Lena Park;Diego Alvarez;Sam Whitfield;Joanna Kessler",
                    "modernloop-onsite-names-only")],
    },
    {
        "kind": "modernloop-moved",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_TZ + r"""BEGIN:VEVENT
UID:ml_01JA8Q6R2VW4Z9KM3T7N5B1XCD@modernloop.io
SEQUENCE:2
DTSTAMP:20251024T171102Z
DTSTART;TZID=America/Los_Angeles:20251104T100000
DTEND;TZID=America/Los_Angeles:20251104T140000
SUMMARY:[Updated] Figma Virtual Onsite - Ethan Caldwell (Software Engineer\
 , Early Career)
ORGANIZER;CN=Figma Recruiting Coordination:mailto:recruiting-coordination@fi
 gma.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.cald
 well.dev@gmail.com
DESCRIPTION:Your interview has been rescheduled. New schedule:\n10:00 AM -
  11:00 AM PT  Technical: Coding - Lena Park\n11:00 AM - 12:00 PM PT  Techni
 cal: Coding II - Rohan Mehta\n12:00 PM - 12:15 PM PT  Break\n12:15 PM - 1:0
 0 PM PT  Craft & Collaboration - Sam Whitfield\n1:00 PM - 2:00 PM PT  Hirin
 g Manager - Joanna Kessler\n\nGoogle Meet: https://meet.google.com/ryx-pkd
 w-qhn\n\nScheduled with ModernLoop
LOCATION:https://meet.google.com/ryx-pkdw-qhn
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ml_01JA8Q6R2VW4Z9KM3T7N5B1XCD@modernloop.io", 1, "Figma", "Software Engineer, Early Career",
                    "onsite", "Lena Park;Rohan Mehta;Sam Whitfield;Joanna Kessler",
                    "rescheduled-same-uid-higher-sequence")],
    },
    {
        "kind": "superday",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI_TZ + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251107T083000
DTEND;TZID=America/Chicago:20251107T160000
DTSTAMP:20251027T210044Z
ORGANIZER;CN=Optiver Campus Team:mailto:campus.us@optiver.com
UID:0p7superday2025ecaldwell@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ethan C
 aldwell;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=CHI-23-Lakevi
 ew (12);X-NUM-GUESTS=0:mailto:c_1882f0a9d1resource@resource.calendar.google.c
 om
DESCRIPTION:Superday - Software Engineer (Graduate)\n\nWelcome to Chicago!
  Please check in at reception\, 130 E Randolph St\, 23rd floor at 8:15.\n\n
 Schedule:\n8:30 Breakfast with the grad team\n9:15 Technical round 1 (C++ /
  systems)\n10:30 Technical round 2 (design)\n12:00 Lunch with traders\n13:15
  Behavioural with an engineering lead\n14:30 Office tour + Q&A\n\nYour inte
 rviewers will be confirmed on the day. Travel and hotel are booked by Amex
  GBT - see separate email.
LOCATION:Optiver\, 130 E Randolph St\, Chicago\, IL 60601
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Optiver Superday 🚀
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0p7superday2025ecaldwell@google.com", 1, "Optiver", "Software Engineer (Graduate)", "final", "",
                    "trading-superday-in-person-room-resource")],
    },
    {
        "kind": "phone-typed",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:8C1F7E0A-3B52-4D7E-9A11-2F6C0D4E9B73
DTSTAMP:20251006T023114Z
CREATED:20251006T023114Z
LAST-MODIFIED:20251006T023114Z
DTSTART:20251009T130000
DTEND:20251009T134500
SUMMARY:optiver phone int #1 📞
DESCRIPTION:they call me. market making q's + mental math?? practice zetamac
  b4. 312 number
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("8C1F7E0A-3B52-4D7E-9A11-2F6C0D4E9B73", 1, "Optiver", "", "", "",
                    "phone-typed-floating-abbrev-int")],
    },
    {
        "kind": "hackerrank-window",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:ethan.caldwell.dev@gmail.com
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250908
DTEND;VALUE=DATE:20250911
DTSTAMP:20250907T160201Z
UID:1ce8r1v6ovr5a0f9eh2t8g1b6s@google.com
CREATED:20250907T160154Z
DESCRIPTION:HackerRank link in email from citadel-securities@hackerrank.com
 \n3 q's / 120 min\, must submit by Wed 11:59pm ET\nDO IT IN QUIET ROOM\, no
  second monitor
LAST-MODIFIED:20250907T160154Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Citadel SWE OA (hackerrank) window
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1ce8r1v6ovr5a0f9eh2t8g1b6s@google.com", 1, "Citadel", "", "technical", "",
                    "online-assessment-all-day-window")],
    },
    {
        "kind": "google-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T190000Z
DTEND:20251015T200000Z
DTSTAMP:20251003T174409Z
ORGANIZER;CN=Google Candidate Scheduling:mailto:candidate-scheduling-noreply
 @google.com
UID:2n4k0t5c7b8m1q3r6s9v0w2x4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Eth
 an Caldwell;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Software Engineer\, Early Career (Campus) - Interview 1 of 2\n\
 nInterviewer: Will be shared on the day\nFormat: 45 minutes coding in Goog
 le Docs/shared editor + Q&A\n\nJoin with Google Meet: https://meet.google.c
 om/fzt-uwqe-npo\nOr dial: (US) +1 402-619-8214 PIN: 553 190 2
 21#\n\nPlease do not reply to this invitation.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with Google
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2n4k0t5c7b8m1q3r6s9v0w2x4y@google.com", 1, "Google", "Software Engineer, Early Career (Campus)",
                    "technical", "", "utc-noreply-scheduler-unnamed-interviewer")],
    },
    {
        "kind": "team-match",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_TZ + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251203T110000
DTEND;TZID=America/Los_Angeles:20251203T113000
DTSTAMP:20251125T222011Z
ORGANIZER;CN=Natalie Cho:mailto:natcho@google.com
UID:7gk2m9tm0hostmatch01ecald@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalie
  Cho;X-NUM-GUESTS=0:mailto:natcho@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brendan
  Ruiz;X-NUM-GUESTS=0:mailto:bruiz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=eth
 an.caldwell.dev@gmail.com;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan - Brendan leads the Android Platform Storage team and
  would love to chat about what the team works on and whether it's a fit. Th
 is is a two-way conversation - come with questions!\n\n-Natalie (Google Uni
 versity Programs)\n\nJoin with Google Meet: https://meet.google.com/bws-ho
 ea-tkm
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Team match chat: Ethan / Brendan (Android Storage)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7gk2m9tm0hostmatch01ecald@google.com", 1, "Google", "", "hiring_manager", "bruiz@google.com",
                    "post-offer-team-match-with-host-manager")],
    },
    {
        "kind": "team-match-typed",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251209T150000
DTEND;TZID=America/Chicago:20251209T153000
DTSTAMP:20251205T030012Z
UID:0tm2google-host-sunnyvale-k8s@google.com
CREATED:20251205T030012Z
SUMMARY:google host match #2 - GKE team (Sunnyvale)
DESCRIPTION:mgr = Aisha? link comes from Natalie. ask about oncall\, RTO\,
  ramp-up for new grads. need to pick by 12/19!!
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0tm2google-host-sunnyvale-k8s@google.com", 1, "Google", "", "hiring_manager", "Aisha",
                    "typed-host-match-after-offer")],
    },
]
