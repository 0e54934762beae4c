# ruff: noqa: E501
"""holdout224 events, part 10: look-alikes around the job search (unnamed recruiter, coffees, coaching, webinar, press, appraisal, reference, prep)."""

from holdout224ev_tz import EST_OUTLOOK, NY_GOOGLE, OUTLOOK_HEAD

_APPLE = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
"""
_G = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE

EVENTS = [
    {
        "kind": "recruiter-intro",
        "uid": "4mk9a1s7c0q3o8etv2rb6ln5hd@google.com",
        "is_interview": 0,
        "trap": "recruiter-call-confidential-search-no-employer",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250221T120000
DTEND;TZID=America/New_York:20250221T123000
DTSTAMP:20250218T150420Z
ORGANIZER;CN=Derek Vaughn:mailto:dvaughn@harlowadvancement.com
UID:4mk9a1s7c0q3o8etv2rb6ln5hd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Derek Vaughn;X-NUM-GUESTS=0:mailto:dvaughn@harlowadvancement.com
DESCRIPTION:Hi Danielle – following up on my LinkedIn message. I'm working on a few confidential VP-level development searches in the Southeast (healthcare and higher ed) and would love to learn more about you and what you'd consider. No specific role to pitch yet – just getting to know each other.\n\nDerek Vaughn | Harlow Advancement Search
LAST-MODIFIED:20250218T150420Z
LOCATION:Phone (404) 555-0187
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call – Derek Vaughn (Harlow) / Danielle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "peer-coffee",
        "uid": "B4D19E7A-2C60-4F15-8E3B-A07C5D2E9F61",
        "is_interview": 0,
        "trap": "informational-coffee-with-peer-cdo",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:B4D19E7A-2C60-4F15-8E3B-A07C5D2E9F61
DTSTAMP:20250226T003150Z
CREATED:20250226T003120Z
DTSTART:20250228T080000
DTEND:20250228T090000
SUMMARY:Coffee w/ Leslie T. (CDO @ Habitat ATL)
LOCATION:Dancing Goats Decatur
DESCRIPTION:pick her brain re VP jumps - what boards look for\, comp ranges in ATL\, is CPHF any good to work for. NOT asking for a job. bring $ for her coffee
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "informational-interview",
        "uid": "ZOOM82204417765",
        "is_interview": 0,
        "trap": "informational-interview-with-university-vp",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250227T183044Z
DTSTART;TZID=America/New_York:20250306T163000
DTEND;TZID=America/New_York:20250306T170000
SUMMARY:Informational interview – Danielle Brooks-Harper
UID:ZOOM82204417765
DESCRIPTION:Nia Carter is inviting you to a scheduled Zoom meeting.\n\nTopic: Informational interview – Danielle Brooks-Harper\nAgenda: Happy to share what the move from community nonprofits to university advancement looked like for me. There's no opening on my team right now\, but ask me anything.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/82204417765\n\nMeeting ID: 822 0441 7765
LOCATION:https://us02web.zoom.us/j/82204417765
ORGANIZER;CN=Nia Carter:mailto:ncarter@gsu.edu
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "sq-booking-44810277-elevatecoaching",
        "is_interview": 0,
        "trap": "mock-interview-with-executive-coach",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Squarespace//Acuity Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sq-booking-44810277-elevatecoaching
DTSTAMP:20250315T201100Z
DTSTART:20250322T140000Z
DTEND:20250322T153000Z
SUMMARY:Mock Interview – Executive Search Committee Simulation (90 min) with Sheryl Banks
DESCRIPTION:Client: Danielle Brooks-Harper\n\nWe'll run a full mock search-committee interview for your Kessler and Cumberland Ridge conversations\, record it and review the tape together. Bring the leadership profiles.\n\nElevate Leadership Coaching – Sheryl Banks\, PCC\nZoom: https://us06web.zoom.us/j/85550119032
LOCATION:https://us06web.zoom.us/j/85550119032
ORGANIZER;CN=Sheryl Banks:mailto:sheryl@elevateleadershipcoaching.com
ATTENDEE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-interviewing",
        "uid": "gotowebinar-7719033221-reg-5512908",
        "is_interview": 0,
        "trap": "webinar-how-to-interview-nonprofit-leadership",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-7719033221-reg-5512908
DTSTAMP:20250224T170009Z
DTSTART:20250305T180000Z
DTEND:20250305T191500Z
SUMMARY:Webinar: How to Interview for Nonprofit Leadership Roles
DESCRIPTION:Nonprofit Leadership Alliance Career Series\n\nFrom search-committee interviews to finalist presentations: what boards and search consultants are really listening for. Panelists include two executive recruiters and a CEO who just hired a CDO.\n\nJoin the webinar: https://attendee.gotowebinar.com/join/7719033221/5512908\nWebinar ID: 771-903-3221\n\nYou are registered as: Danielle Brooks-Harper
LOCATION:GoTo Webinar
ORGANIZER;CN=Nonprofit Leadership Alliance:mailto:webinars@nlacareers.org
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "radio-interview",
        "uid": "1rb6t3m9k0e2q5loa8cv7snd4f@google.com",
        "is_interview": 0,
        "trap": "public-radio-interview-about-literacy",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T100000
DTEND;TZID=America/New_York:20250402T104500
DTSTAMP:20250326T135505Z
ORGANIZER;CN=Renata Cole:mailto:rcole@wrfa901.org
UID:1rb6t3m9k0e2q5loa8cv7snd4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Angela Pierce;X-NUM-GUESTS=0:mailto:apierce@readforwardga.org
DESCRIPTION:Pre-taped interview for "City Lights" on third-grade reading scores and summer learning loss. Host: Jim Barnett. ~12 min segment\, airs 4/9. Please arrive 15 min early for a mic check. Studio B.
LAST-MODIFIED:20250326T135505Z
LOCATION:WRFA 90.1 FM\, 740 Bismark Rd NE\, Atlanta\, GA 30324\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:WRFA "City Lights" interview – Read Forward GA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "performance-review",
        "uid": "6ag2q8o4m1t7k9eb3rc0vsl5nj@google.com",
        "is_interview": 0,
        "trap": "own-annual-performance-review-with-ed",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250317T100000
DTEND;TZID=America/New_York:20250317T113000
DTSTAMP:20250303T160220Z
ORGANIZER;CN=Angela Pierce:mailto:apierce@readforwardga.org
UID:6ag2q8o4m1t7k9eb3rc0vsl5nj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
DESCRIPTION:FY25 annual review – Director of Development. Please complete the self-assessment in BambooHR beforehand. We'll cover goals vs. the $3.4M budget\, the MGO hire\, and your FY26 development plan.
LAST-MODIFIED:20250303T160220Z
LOCATION:Angela's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Danielle / Angela – annual performance review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "stay-interview",
        "uid": "0hv5k2q9e7s1c4mrb8ot3ldn6a@google.com",
        "is_interview": 0,
        "trap": "own-stay-interview-with-hr-current-employer",
        "ics": _G + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250424T150000
DTEND;TZID=America/New_York:20250424T153000
DTSTAMP:20250418T170311Z
ORGANIZER;CN=Monique Hayes:mailto:mhayes@readforwardga.org
UID:0hv5k2q9e7s1c4mrb8ot3ldn6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
DESCRIPTION:As part of our retention work this spring\, I'm doing short "stay interviews" with every director: what keeps you here\, what might lure you away\, what should we change. Confidential – themes only go to Angela.
LAST-MODIFIED:20250418T170311Z
LOCATION:HR office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stay interview – Danielle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-call",
        "uid": "040000008200E00074C5B7101A82E00800000000B2F8D4E15A97DB01000000000000000010000000E3C1B0A9F652",
        "is_interview": 0,
        "trap": "reference-call-user-is-referee",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Strand, Carolyn":mailto:cstrand@meridianadvsearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brooks-Harper, Danielle":mailto:dbrooks@readforwardga.org
DESCRIPTION;LANGUAGE=en-US:Danielle\, thank you for agreeing to serve as a reference for Keisha Lamb\, a candidate in one of our current searches. The call takes about 20 minutes. I'll ask about your time supervising Keisha at Read Forward Georgia\, her donor relationships and her management style.\n\nCarolyn Strand | Meridian Advancement Search\n
UID:040000008200E00074C5B7101A82E00800000000B2F8D4E15A97DB01000000000000000010000000E3C1B0A9F652
SUMMARY;LANGUAGE=en-US:Reference call re: Keisha Lamb
DTSTART;TZID=Eastern Standard Time:20250415T123000
DTEND;TZID=Eastern Standard Time:20250415T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T194412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "F3B6A910-5D2E-4C7B-8A14-E90D7C3B5F28",
        "is_interview": 0,
        "trap": "prep-block-finalist-presentation",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:F3B6A910-5D2E-4C7B-8A14-E90D7C3B5F28
DTSTAMP:20250409T023015Z
CREATED:20250409T022950Z
DTSTART:20250413T130000
DTEND:20250413T170000
SUMMARY:PREP - Kessler finalist deck + 100-day plan
DESCRIPTION:rehearse 20 min out loud x2\, time it. questions for Alicia + CFO. send slides to Bethany by Mon AM
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you-notes",
        "uid": "8C2E5F17-9A4B-4D06-B3E1-6F7A0D8C2B94",
        "is_interview": 0,
        "trap": "thank-you-note-reminder",
        "eol": "lf",
        "ics": _APPLE + r"""BEGIN:VEVENT
UID:8C2E5F17-9A4B-4D06-B3E1-6F7A0D8C2B94
DTSTAMP:20250422T233000Z
CREATED:20250422T232940Z
DTSTART;VALUE=DATE:20250423
DTEND;VALUE=DATE:20250424
SUMMARY:Send thank-you notes - Cumberland Ridge (Hargrove\, Whitt\, Okonjo) + handwritten to Joanne
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "career-fair",
        "uid": "eventbrite-1088237715-order-88120933",
        "is_interview": 0,
        "trap": "nonprofit-career-fair",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1088237715-order-88120933
DTSTAMP:20250214T160500Z
DTSTART:20250227T213000Z
DTEND:20250228T000000Z
SUMMARY:Georgia Nonprofit Careers Fair & Leadership Networking Night
DESCRIPTION:Meet hiring organizations from across metro Atlanta\, attend mini-sessions on résumés and interviewing\, and connect with search firms. Order #88120933 – 1 x General Admission.\n\nhttps://www.eventbrite.com/e/1088237715
LOCATION:Georgia Center for Nonprofits\, 50 Hurt Plaza SE\, Atlanta\, GA 30303
ORGANIZER;CN=Georgia Center for Nonprofits:mailto:noreply@order.eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "research-interview",
        "uid": "ZOOM95510234478",
        "is_interview": 0,
        "trap": "dissertation-research-interview-participant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250403T141155Z
DTSTART:20250410T170000Z
DTEND:20250410T180000Z
SUMMARY:Research interview – Women of color in fundraising leadership (IU Lilly School)
UID:ZOOM95510234478
DESCRIPTION:Tasha Greene is inviting you to a scheduled Zoom meeting.\n\nThank you for agreeing to participate in my dissertation study. The interview is semi-structured\, about 60 minutes\, and will be recorded with your consent (IRB #2025-0311). A $25 gift card will be sent afterwards.\n\nJoin Zoom Meeting\nhttps://iu.zoom.us/j/95510234478
LOCATION:https://iu.zoom.us/j/95510234478
ORGANIZER;CN=Tasha Greene:mailto:tagreene@iu.edu
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "riverside-rec-2f91c0aa-dbh",
        "is_interview": 0,
        "trap": "podcast-guest-recording",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-2f91c0aa-dbh
DTSTAMP:20250502T152000Z
DTSTART:20250508T183000Z
DTEND:20250508T193000Z
SUMMARY:Recording: The Gift Officer Podcast – guest Danielle Brooks-Harper
DESCRIPTION:Episode 112: "Asking big in small shops." Studio link: https://riverside.fm/studio/the-gift-officer\nPlease use headphones and a wired connection. We'll chat 10 min before we hit record.
ORGANIZER;CN=Marco Lindell:mailto:marco@thegiftofficerpod.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:dbrooks@readforwardga.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
