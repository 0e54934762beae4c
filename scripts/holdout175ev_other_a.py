# ruff: noqa: E501
"""holdout175: the user's other calendar (deal work, look-alike 'interviews', search-adjacent events), part 1."""
from holdout175ev_tz import ev

EVENTS = [
    ev("dd-session", "040000008200E00074C5B7101A82E0080000000099887766DDC01000000000000000010000000FALCONDDMGMT01",
       0, "", "", "", "", "due-diligence-management-interview-with-target", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Feld, Richard":mailto:rfeld@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Greg Albers (CFO)":mailto:galbers@falcon-target.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dina Moretti (COO)":mailto:dmoretti@falcon-target.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Buyer counsel":mailto:mna-team@whitmorelaw.com
DESCRIPTION;LANGUAGE=en-US:Project Falcon - management due diligence interviews (finance & operations). Buyer's questions list v3 attached - we walk CFO/COO through sections 2-5. Strictly confidential\; use code names only.\n\nDial-in: +1 646 555 0100\, code 448812#\n
UID:040000008200E00074C5B7101A82E0080000000099887766DDC01000000000000000010000000FALCONDDMGMT01
SUMMARY;LANGUAGE=en-US:Project Falcon - Mgmt DD interviews (CFO / COO)
DTSTART;TZID=Eastern Standard Time:20251008T100000
DTEND;TZID=Eastern Standard Time:20251008T130000
DTSTAMP:20251003T174500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:H&R NY 34 Hudson / dial-in
END:VEVENT
END:VCALENDAR
"""),
    ev("expert-call", "coleridge-call-771024@coleridgeinsights.com",
       0, "", "", "", "", "expert-network-interview-former-competitor-exec", r"""BEGIN:VCALENDAR
PRODID:-//Coleridge Insights//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:coleridge-call-771024@coleridgeinsights.com
DTSTAMP:20251020T160000Z
DTSTART:20251023T190000Z
DTEND:20251023T200000Z
SUMMARY:Expert Interview: Former VP Sales\, industrial flow-control competitor (Project Oriole)
ORGANIZER;CN=Coleridge Insights Scheduling:mailto:scheduling@coleridgeinsights.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:Client: Harlan & Reece (D. Okafor)\nExpert: #771024 - Former VP Sales\, North America (left 2023)\nDuration: 60 min\n\nCompliance reminder: do not seek or accept material non-public information. The expert has completed our compliance tutorial.\n\nDial-in: +1 877 555 0199\, passcode 771024#
LOCATION:Coleridge conference line
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("client-call", "hr-falcon-weekly-7c1a@harlanreece.com",
       0, "", "", "", "", "recurring-client-call-with-moved-instance", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:hr-falcon-weekly-7c1a@harlanreece.com
DTSTAMP:20250903T130000Z
DTSTART;TZID="Eastern Standard Time":20250904T160000
DTEND;TZID="Eastern Standard Time":20250904T163000
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251218T210000Z
SUMMARY:Project Falcon - weekly update call w/ client
ORGANIZER;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;CN="Feld\, Richard":mailto:rfeld@harlanreece.com
ATTENDEE;CN="Nolan Price (Falcon CEO)":mailto:nprice@falconholdco.com
DESCRIPTION:Process update: buyer list\, IOIs\, data room stats\, next steps. Dial-in +1 646 555 0100 / 448812#
LOCATION:Dial-in
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:hr-falcon-weekly-7c1a@harlanreece.com
RECURRENCE-ID;TZID="Eastern Standard Time":20251009T160000
DTSTAMP:20251006T130000Z
DTSTART;TZID="Eastern Standard Time":20251010T090000
DTEND;TZID="Eastern Standard Time":20251010T093000
SUMMARY:Project Falcon - weekly update call w/ client (moved to Fri - DD day)
ORGANIZER;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
LOCATION:Dial-in
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("mgmt-presentation", "0f1e2d3c-oriole-mp-chi@harlanreece.com",
       0, "", "", "", "", "management-presentation-chicago-buyers", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Chicago@@
BEGIN:VEVENT
UID:0f1e2d3c-oriole-mp-chi@harlanreece.com
DTSTAMP:20251028T120000Z
DTSTART;TZID=America/Chicago:20251104T090000
DTEND;TZID=America/Chicago:20251104T120000
SUMMARY:Project Oriole - Management Presentation (Bidder C)
ORGANIZER;CN="Sato\, Ken":mailto:ksato@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;CN="Oriole mgmt team":mailto:oriole-mgmt@orioleindustrial.com
DESCRIPTION:Bidder C (sponsor) - MP deck v12\, Q&A\, site tour after lunch. Dan owns the Q&A tracker and follow-up list.
LOCATION:Oriole HQ\, 1 N Dearborn\, Chicago
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("mock-interview", "3c2b1a09-mock-raj",
       0, "", "", "", "", "mock-pe-interview-with-friend", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250906T150000Z
DTEND:20250906T163000Z
DTSTAMP:20250904T220000Z
ORGANIZER;CN=Raj Menon:mailto:raj.menon.88@gmail.com
UID:3c2b1a09-mock-raj
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Mock on-cycle interview - I'll play the VP. Resume walk\, 2 deals\, paper LBO\, "why this fund". Brutal feedback included. - Raj
LOCATION:https://meet.google.com/mck-ffjq-rpa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock PE interview (Raj as VP)
END:VEVENT
END:VCALENDAR
"""),
    ev("webinar", "zoom-webinar-84420011557@zoom.us",
       0, "", "", "", "", "webinar-about-pe-recruiting-interviews", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-webinar-84420011557@zoom.us
DTSTAMP:20250812T140000Z
DTSTART:20250821T230000Z
DTEND:20250822T000000Z
SUMMARY:Webinar: How to Ace Your PE On-Cycle Interviews (2025 Edition)
ORGANIZER;CN=Buyside Bootcamp:mailto:no-reply@zoom.us
DESCRIPTION:Hi Daniel\,\n\nThank you for registering for "How to Ace Your PE On-Cycle Interviews (2025 Edition)". Topics: headhunter meetings\, the first round\, paper LBOs\, modeling tests and case studies\, superday etiquette. Live Q&A with two former MF associates.\n\nJoin from PC\, Mac\, iPad or Android: https://us06web.zoom.us/w/84420011557?tk=abc\nWebinar ID: 844 2001 1557
LOCATION:https://us06web.zoom.us/w/84420011557
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("podcast-recording", "riverside-rec-dealsheet-ep88@riverside.fm",
       0, "", "", "", "", "podcast-guest-interview-recording", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251119T000000Z
DTEND:20251119T010000Z
DTSTAMP:20251105T181818Z
ORGANIZER;CN=Maya Lindgren:mailto:maya@thedealsheetpod.com
UID:riverside-rec-dealsheet-ep88@riverside.fm
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Interview recording for The Deal Sheet ep. 88 - "First-gen in banking". ~45 min conversation\, we edit down. Nothing firm-specific\, no live deals. Recording studio link: https://riverside.fm/studio/the-deal-sheet
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:The Deal Sheet podcast - interview w/ Dan Okafor
END:VEVENT
END:VCALENDAR
"""),
    ev("user-research", "calendly-ur-55f0a2b1-3c4d-4e5f-8a9b",
       0, "", "", "", "", "product-research-interview-gift-card", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ur-55f0a2b1-3c4d-4e5f-8a9b
DTSTAMP:20251201T200000Z
DTSTART:20251203T230000Z
DTEND:20251203T233000Z
SUMMARY:User Interview: Excel modeling add-in (30 min) between Priya from Gridlock and Dan Okafor
ORGANIZER;CN=Priya Shah:mailto:priya@gridlockhq.com
ATTENDEE;CN=Dan Okafor;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Thanks for signing up! We'll ask how you build and audit models day to day and show a prototype. $150 Amazon gift card as a thank-you.\n\nLocation: https://meet.google.com/grd-ukiq-fbt\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/grd-ukiq-fbt
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("year-end-review", "040000008200E00074C5B7101A82E0080000000012EF34ABDDC01000000000000000010000000YEREVIEWOKAFOR",
       0, "", "", "", "", "own-year-end-review-at-current-bank", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Sylvia":mailto:sbrandt@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Feld, Richard":mailto:rfeld@harlanreece.com
DESCRIPTION;LANGUAGE=en-US:Year-end review: 360 feedback summary\, ranking bucket\, staffing for next year. Bonus numbers are communicated separately.\n
UID:040000008200E00074C5B7101A82E0080000000012EF34ABDDC01000000000000000010000000YEREVIEWOKAFOR
SUMMARY;LANGUAGE=en-US:Year-End Review - D. Okafor (Associate 2)
DTSTART;TZID=Eastern Standard Time:20251210T173000
DTEND;TZID=Eastern Standard Time:20251210T180000
DTSTAMP:20251201T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Sylvia's office (33-12)
END:VEVENT
END:VCALENDAR
"""),
    ev("exit-interview", "WD-EXIT-INT-0041977@myworkday.com",
       0, "", "", "", "", "own-exit-interview-with-hr-after-resigning", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:WD-EXIT-INT-0041977@myworkday.com
DTSTAMP:20260302T140000Z
DTSTART;TZID=America/New_York:20260313T150000
DTEND;TZID=America/New_York:20260313T153000
SUMMARY:Exit Interview - Daniel Okafor
ORGANIZER;CN=Harlan & Reece HR:mailto:harlanreece@myworkday.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
ATTENDEE;CN=Nicole Baptiste:mailto:nbaptiste@harlanreece.com
DESCRIPTION:Offboarding: confidential exit conversation with HR Business Partner Nicole Baptiste. Please return laptop\, badge and corporate card at the end of the meeting and review your garden-leave terms.
LOCATION:HR\, 5th floor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("informational-coffee", "g7f6e5d4-coffee-tbarker",
       0, "", "", "", "", "informational-coffee-with-pe-vp-no-process", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250813T081500
DTEND;TZID=America/New_York:20250813T090000
DTSTAMP:20250808T020202Z
ORGANIZER;CN=Tom Barker:mailto:tbarker@wexleypartners.com
UID:g7f6e5d4-coffee-tbarker
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Happy to grab coffee and tell you what life is like on the buyside - we're not hiring this cycle\, but glad to share how I'd approach headhunters. -Tom
LOCATION:Blue Bottle\, Rockefeller Center
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee - Tom Barker (Wexley)
END:VEVENT
END:VCALENDAR
"""),
    ev("career-fair", "eventbrite-9920314477-nyfincareers",
       0, "", "", "", "", "finance-careers-fair-registration", r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:eventbrite-9920314477-nyfincareers
DTSTAMP:20251002T120000Z
DTSTART:20251016T220000Z
DTEND:20251017T010000Z
SUMMARY:NYC Buyside Careers Fair - Private Equity\, Credit & Corp Dev
DESCRIPTION:Your ticket for NYC Buyside Careers Fair. Meet 40+ firms\, resume clinic\, on-the-spot "speed interview" practice booths. Bring 20 resumes. Order #9920314477.
LOCATION:Convene\, 237 Park Ave\, New York
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-call", "c0d1e2f3-refcall-kzhao",
       0, "", "", "", "", "reference-call-user-as-referee-names-fund", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260121T170000Z
DTEND:20260121T171500Z
DTSTAMP:20260119T150000Z
ORGANIZER;CN=Brookmoor Capital Talent:mailto:talent@brookmoorcap.com
UID:c0d1e2f3-refcall-kzhao
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Reference check for Kevin Zhao (Associate candidate). Kevin listed you as a reference from your time together at Harlan & Reece. 15 minutes\, we'll call you at 917-555-0133.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re: Kevin Zhao - Brookmoor Capital
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-intro", "040000008200E00074C5B7101A82E00800000000AMBERLEY0812DDC01000000000000000010000000INTRO",
       0, "", "", "", "", "headhunter-intro-meeting-no-employer", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Grace":mailto:gwhitaker@amberleysearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dan.okafor.ny@gmail.com:mailto:dan.okafor.ny@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dan - great to connect. 30 min in our office to get to know you before on-cycle kicks off: your deal list\, what size funds / sectors you want\, timing\, and how we run processes. Please bring your deal sheet. Nothing client-specific yet.\n\nGrace Whitaker\nAmberley Search | Private Equity Practice\n
UID:040000008200E00074C5B7101A82E00800000000AMBERLEY0812DDC01000000000000000010000000INTRO
SUMMARY;LANGUAGE=en-US:Dan Okafor - Amberley Search meeting
DTSTART;TZID=Eastern Standard Time:20250819T073000
DTEND;TZID=Eastern Standard Time:20250819T080000
DTSTAMP:20250812T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Amberley Search\, 520 Madison Ave\, 9th Fl
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-checkin", "kestrel-jmorrow-checkin-0305@kestrelsearch.com",
       0, "", "", "", "", "headhunter-catch-up-market-update-no-employer", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:kestrel-jmorrow-checkin-0305@kestrelsearch.com
DTSTAMP:20260302T180000Z
DTSTART;TZID="Eastern Standard Time":20260305T123000
DTEND;TZID="Eastern Standard Time":20260305T130000
SUMMARY:Dan / Jess - catch up
ORGANIZER;CN="Jess Morrow":mailto:jmorrow@kestrelsearch.com
ATTENDEE;CN="dan.okafor.ny@gmail.com";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Quick catch-up on where you've landed and the off-cycle market for spring - a few new mandates coming but nothing I can share yet. Will call your cell.\n\nJess
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("prep-block", "5E4D3C2B-prep-thornbury",
       0, "", "", "", "", "prep-block-before-superday-names-fund", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0.1//EN
BEGIN:VEVENT
UID:5E4D3C2B-prep-thornbury
DTSTAMP:20250911T040000Z
DTSTART:20250911T213000
DTEND:20250911T233000
SUMMARY:PREP - Thornbury superday
DESCRIPTION:re-read their portfolio (Crestline\, Apex Dental\, Halo)\, 2 deal stories tight\, paper LBO drills x3\, questions for John H. Don't stay late on Falcon
END:VEVENT
END:VCALENDAR
""", eol="lf"),
]
