"""holdout170 events, part j: the marketing job's own calendar and interview look-alikes (all negatives)."""

EVENTS = []


def add(kind, trap, uid, ics, **kw):
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="",
                       interviewers="", trap=trap, ics=ics, **kw))


add("focus-groups", "focus-group-sessions-with-consumers", "fieldwork-LKB-2503-COL-s2@fieldworkresearch.com", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Torres-Whitman, Gabriela";RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN="Oyelaran, Femi";RSVP=TRUE:mailto:foyelaran@lakeshorebrands.com
CLASS:PUBLIC
DESCRIPTION:Groups 3 & 4: moms 25-40\, primary grocery shoppers\, buy BFY
  snacks 2x/month+. Moderator: Dana Kline. Client viewing room B - back ent
 rance. Respondent incentives $125.\n
DTSTART:20250305T230000Z
DTEND:20250306T030000Z
DTSTAMP:20250226T200144Z
LOCATION:Fieldwork Columbus\, 3 Easton Oval\, Columbus OH
ORGANIZER;CN="Dana Kline":mailto:dkline@fieldworkresearch.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Lakeshore BFY Snacks - Focus Groups Night 2 (Columbus)
UID:fieldwork-LKB-2503-COL-s2@fieldworkresearch.com
END:VEVENT
END:VCALENDAR
""")

add("consumer-idis", "consumer-in-depth-interviews-research", "ncz-idi-lkb-0419@northcoastinsights.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T140000Z
DTEND:20250410T220000Z
DTSTAMP:20250402T131002Z
ORGANIZER;CN=Renata Bauer:mailto:rbauer@northcoastinsights.com
UID:ncz-idi-lkb-0419@northcoastinsights.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabrie
 la Torres-Whitman;X-NUM-GUESTS=0:mailto:gtorres@lakeshorebrands.com
DESCRIPTION:Day 1 of in-home IDIs (6 x 60 min interviews with Hispanic hous
 eholds\, Spanish/English). Observers join via FocusVision; please stay mu
 ted and send probes via chat. Discussion guide v3 attached.
LOCATION:FocusVision virtual backroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IDIs Day 1 - Sabor de Casa concept test
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agency-chemistry", "agency-chemistry-session-user-as-client",
    "040000008200E00074C5B7101A82E00800000000B7408192A3B4DB01000000000000000010000000AAF708192A3B4C5D6E7F8091A2B3C4D5",
    r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patel, Nikhil":mailto:npatel@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Lund:mailto:mlund@copperwireagency.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHI-12-Lincol
 n Park (10)":mailto:chi12lincolnpark@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Agency search - round 2 chemistry session. Copp
 erwire presents credentials + thought starter on the BFY relaunch (45 min
 )\, then Q&A. Scoring sheet in Teams.\n
UID:040000008200E00074C5B7101A82E00800000000B7408192A3B4DB01000000000000000010000000AAF708192A3B4C5D6E7F8091A2B3C4D5
SUMMARY;LANGUAGE=en-US:Chemistry session - Copperwire (creative AOR search)
DTSTART;TZID=Central Standard Time:20250408T130000
DTEND;TZID=Central Standard Time:20250408T143000
DTSTAMP:20250401T151203Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-12-Lincoln Park (10)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("mid-year-review", "own-performance-review-current-employer", "WD-PERF-LKB-2025-MY-GTORRES@myworkday.com", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Tom":mailto:thughes@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres-W
 hitman, Gabriela":mailto:gtorres@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Please complete your self-assessment in Workday
  before we meet. We'll cover goals\, ratings calibration and your developm
 ent plan (incl. the director-track conversation).\n
UID:WD-PERF-LKB-2025-MY-GTORRES@myworkday.com
SUMMARY;LANGUAGE=en-US:Gabriela / Tom - 2025 performance conversation
DTSTART;TZID=Central Standard Time:20250226T150000
DTEND;TZID=Central Standard Time:20250226T160000
DTSTAMP:20250212T160051Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tom's office (14-112)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("stay-interview", "own-stay-interview-current-employer", "3f9d2a71-hrbp-stay-gtorres@lakeshorebrands.com", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="Torres-Whitman, Gabriela";RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
CLASS:PUBLIC
DESCRIPTION:Hi Gabriela - as part of our retention program we're meeting
  with key talent for a short "stay interview": what keeps you here\, what
  might tempt you away\, what we could do better. Confidential.\n\nLauren Fe
 rris\, HR Business Partner\n
DTEND;TZID="Central Standard Time":20250402T143000
DTSTAMP:20250324T145502Z
DTSTART;TZID="Central Standard Time":20250402T140000
LOCATION:HR small conf room 14-08
ORGANIZER;CN="Ferris, Lauren":mailto:lferris@lakeshorebrands.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Stay Interview - Gabriela Torres-Whitman
TRANSP:OPAQUE
UID:3f9d2a71-hrbp-stay-gtorres@lakeshorebrands.com
END:VEVENT
END:VCALENDAR
""")

add("webinar", "webinar-about-interviewing", "zoomwebinar-91234780022-gtw@zoom.us", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250211T150155Z
DTSTART:20250220T000000Z
DTEND:20250220T010000Z
SUMMARY:Webinar: Ace the Marketing Director Interview - Case Presentations\, Panels & Salary Talk
UID:zoomwebinar-91234780022-gtw@zoom.us
DESCRIPTION:Hosted by the AMA Chicago Career Center.\nPanelists: three CM
 Os on what they look for in final-round case presentations.\n\nJoin from a
  PC\, Mac\, iPad or Android:\nhttps://us02web.zoom.us/w/91234780022?tk=Qm
 9\nWebinar ID: 912 3478 0022
LOCATION:https://us02web.zoom.us/w/91234780022
END:VEVENT
END:VCALENDAR
""")

add("research-interview", "paid-user-research-interview", "ui-session-4471982-p1@userinterviews.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-4471982-p1@userinterviews.com
DTSTAMP:20250320T203011Z
DTSTART:20250325T220000Z
DTEND:20250325T224500Z
SUMMARY:Interview: Marketing leaders & analytics tools (45 min\, $150)
DESCRIPTION:Thanks for qualifying! You'll speak with a researcher from a B
 2B software company about how your team plans and measures campaigns. Ince
 ntive: $150 Amazon gift card\, sent within 5 business days.\n\nJoin: https:
 //zoom.us/j/99102278114
LOCATION:https://zoom.us/j/99102278114
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("career-fair", "career-fair-attendee", "eventbrite-1188432091-gtw@eventbrite.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:eventbrite-1188432091-gtw@eventbrite.com
DTSTAMP:20250215T003012Z
DTSTART;TZID=America/Chicago:20250405T100000
DTEND;TZID=America/Chicago:20250405T140000
SUMMARY:Latinas in Marketing Chicago - Leadership Career Fair 2025
DESCRIPTION:Meet hiring teams from 30+ brands and agencies. On-site resume
  reviews and headshots. Bring copies of your resume.\n\nOrder #1188432091
LOCATION:Navy Pier - Aon Grand Ballroom\, 600 E Grand Ave\, Chicago\, IL
END:VEVENT
END:VCALENDAR
""")

add("reference-as-referee", "reference-call-user-is-referee", "6t3k8m1p5s9v2b7n0c4f8h3jqz@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250312T153000Z
DTEND:20250312T155000Z
DTSTAMP:20250310T141122Z
ORGANIZER;CN=Rachel Ivers:mailto:rivers@midwestgoodsco.com
UID:6t3k8m1p5s9v2b7n0c4f8h3jqz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Hi Gabriela\, thank you for agreeing to serve as a reference f
 or Dana Whitfield\, who is a finalist for our Brand Manager role. About 1
 5-20 minutes\; I'll call you.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check - Dana Whitfield
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
