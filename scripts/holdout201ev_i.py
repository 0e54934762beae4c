"""holdout201 events, part i: look-alikes (coffee, podcast, research, review, referee, fair) and Summitline selling."""

from holdout201ev_tz import GOOGLE_DENVER, OUTLOOK_CENTRAL

EVENTS = [
    {
        "kind": "coffee-chat",
        "uid": "6e9h2k5n8q1t4w7z0c3f6i9l2o@google.com",
        "label": (0, "", "", "", "", "informational-coffee-with-ae-elsewhere"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T153000Z
DTEND:20250307T161500Z
DTSTAMP:20250304T020233Z
ORGANIZER;CN=tyler.brooks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
UID:6e9h2k5n8q1t4w7z0c3f6i9l2o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.
 brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nate K
 imura;X-NUM-GUESTS=0:mailto:nate.kimura@fernhill.io
CREATED:20250304T020231Z
DESCRIPTION:Nate - thanks for being down to chat. Just want to pick your br
 ain on what it's like selling at Fernhill vs Summitline\, how the MM team i
 s set up and whether the comp plan is as good as RepVue says. Not applying
  (yet) 😄 coffee's on me.
LAST-MODIFIED:20250304T020233Z
LOCATION:Novo Coffee\, 1600 Glenarm Pl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee: Nate (Fernhill) / Tyler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "riverside-rec-4f0a91c2-7d7e-4b1a-8f33-cc1b2e09a7d4",
        "label": (0, "", "", "", "", "podcast-interviews-user-about-cold-calling"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-4f0a91c2-7d7e-4b1a-8f33-cc1b2e09a7d4
DTSTAMP:20250402T170000Z
DTSTART:20250410T220000Z
DTEND:20250410T230000Z
SUMMARY:The Dial Tone Podcast - Interview Recording w/ Tyler Brooks
ORGANIZER;CN=Marcy Vance:mailto:marcy@dialtonepod.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
LOCATION:https://riverside.fm/studio/the-dial-tone?t=4f0a91c2
DESCRIPTION:Episode 112: "Cold calling isn't dead" - we'll talk about your
  opener\, how you handle "send me an email"\, and the 38-dial Tuesday that go
 t you P-club. ~40 min conversation\, audio + video.\n\nPlease use headphon
 es and Chrome. Join the studio: https://riverside.fm/studio/the-dial-tone?t
 =4f0a91c2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "research",
        "uid": "respondent-proj-88104-sess-2231@respondent.io",
        "label": (0, "", "", "", "", "paid-user-research-interview"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Respondent//Respondent Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:respondent-proj-88104-sess-2231@respondent.io
DTSTAMP:20250318T004411Z
DTSTART:20250321T000000Z
DTEND:20250321T004500Z
SUMMARY:Research Interview: How Account Executives Use Conversation Intell
 igence ($150)
ORGANIZER;CN=Respondent:mailto:sessions@respondent.io
ATTENDEE;CN=Tyler B.;PARTSTAT=ACCEPTED:mailto:tyler.brooks.sales@gmail.com
LOCATION:https://zoom.us/j/91102558844
DESCRIPTION:You've been selected for a 45-minute 1:1 interview with the res
 earch team. Please join on time from a quiet place with your camera on. Inc
 entive of $150 will be paid via Respondent within 5 business days of comple
 tion.\n\nResearcher: Haley (UX Research)\n\nhttps://zoom.us/j/91102558844
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "review",
        "uid": "2i5l8o1r4u7x0a3d6g9j2m5p8s@google.com",
        "label": (0, "", "", "", "", "own-performance-review-current-job"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250313T210000Z
DTEND:20250313T220000Z
DTSTAMP:20250305T233044Z
ORGANIZER;CN=Megan Cho:mailto:megan.cho@summitline.io
UID:2i5l8o1r4u7x0a3d6g9j2m5p8s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Cho;X-NUM-GUESTS=0:mailto:megan.cho@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250305T233042Z
DESCRIPTION:FY24 annual review conversation. Please finish your self-review
  in Lattice by Tuesday. We'll cover attainment\, the promo case for Senior A
 E\, and goals for H1.\n\nJoin with Google Meet: https://meet.google.com/mcr-
 tyb-rev
LAST-MODIFIED:20250305T233044Z
LOCATION:Megan's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler <> Megan: Annual Review (Lattice)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-call",
        "uid": "lever-ref-33a8d0f1-5c7e-4f9b-a1d3-e5f7b9d1c3a5",
        "label": (0, "", "", "", "", "reference-call-user-is-referee"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-ref-33a8d0f1-5c7e-4f9b-a1d3-e5f7b9d1c3a5
DTSTAMP:20250324T180100Z
DTSTART:20250326T193000Z
DTEND:20250326T194500Z
SUMMARY:Reference Call - Jenna Alvarez (Northgate Software)
ORGANIZER;CN=Paige Whitlock:mailto:paige.whitlock@northgatesoftware.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
LOCATION:Phone - Paige will call 720-555-0192
DESCRIPTION:Hi Tyler\, thank you for agreeing to serve as a reference for J
 enna Alvarez\, who is a finalist for our Account Executive role. I'll call y
 ou for about 15 minutes to ask about your experience working with her at Su
 mmitline.\n\nPaige Whitlock\, Senior Recruiter\, Northgate Software\n\n--\nSc
 heduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "job-fair",
        "uid": "eventbrite-1129904471223-order-9981102231@eventbrite.com",
        "label": (0, "", "", "", "", "career-fair-attending-as-job-seeker"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Event//EN
METHOD:PUBLISH
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
UID:eventbrite-1129904471223-order-9981102231@eventbrite.com
DTSTAMP:20250301T190000Z
DTSTART;TZID=America/Denver:20250410T170000
DTEND;TZID=America/Denver:20250410T200000
SUMMARY:Denver Tech Sales Hiring Night - Meet 30+ SaaS Companies
LOCATION:Galvanize Golden Triangle\, 1062 Delaware St\, Denver\, CO 80204
DESCRIPTION:Your ticket (General Admission - Job Seeker) for Denver Tech Sa
 les Hiring Night. Bring printed resumes\, meet recruiters and sales leaders
  from 30+ hiring companies\, and grab a free headshot. Order #9981102231.\n\n
 https://www.eventbrite.com/e/1129904471223
ORGANIZER;CN=Denver Sales Collective:mailto:noreply@order.eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "discovery-call",
        "uid": "cp-meeting-66f1c3a2e9b04d7c8a51f2e0@chilipiper.com",
        "label": (0, "", "", "", "", "user-runs-prospect-discovery-call-utc"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Chili Piper//Chili Piper Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cp-meeting-66f1c3a2e9b04d7c8a51f2e0@chilipiper.com
DTSTAMP:20250409T181522Z
DTSTART:20250411T150000Z
DTEND:20250411T153000Z
SUMMARY:Summitline Discovery Call | Crestview Dental Group
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
ATTENDEE;CN=Dr. Allison Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:apark@crestviewdental.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED:mailto:tyler@summitline.io
LOCATION:https://summitline.zoom.us/j/88120037761
DESCRIPTION:Booked via Chili Piper (Inbound - Demo Request)\n\nCompany: Cre
 stview Dental Group (11 locations)\nForm notes: "looking to replace our sch
 eduling + reminders tool before renewal in July"\nRouted to: Tyler Brooks (
 Mountain MM)\n\nZoom: https://summitline.zoom.us/j/88120037761
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "demo",
        "uid": "1d4g7j0m3p6s9v2y5b8e1h4k7n@google.com",
        "label": (0, "", "", "", "", "user-gives-product-demo-to-prospect"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T200000Z
DTEND:20250422T210000Z
DTSTAMP:20250416T224030Z
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
UID:1d4g7j0m3p6s9v2y5b8e1h4k7n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Pa
 tel;X-NUM-GUESTS=0:mailto:dev.patel@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kurt L
 indahl;X-NUM-GUESTS=0:mailto:klindahl@pineandcopm.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Rosa
  Jimenez;X-NUM-GUESTS=0:mailto:rjimenez@pineandcopm.com
CREATED:20250416T224028Z
DESCRIPTION:Agenda\n- Recap of what we heard in discovery (3 pain points)\n
 - Live demo: tenant comms + maintenance routing (Dev)\n- Pricing for 40 pro
 perties\n- Next steps / mutual action plan\n\nJoin with Google Meet: https:/
 /meet.google.com/pnc-demo-tyb
LAST-MODIFIED:20250416T224030Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pine & Co Property Mgmt <> Summitline | Demo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "qbr",
        "uid": ("040000008200E00074C5B7101A82E00800000000B0C9D8E7F6A5DB01"
                "000000000000000010000000F1E2D3C4B5A697887766554433221100"),
        "label": (0, "", "", "", "", "customer-qbr-outlook-central"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_CENTRAL + r"""BEGIN:VEVENT
ORGANIZER;CN="Hargrove, Lynn":mailto:lhargrove@westbrooklogistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler@summitline.io:mailto:tyler@summitline.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonjo, Felix":mailto:fokonjo@westbrooklogistics.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.dia
 z@summitline.io:mailto:hannah.diaz@summitline.io
DESCRIPTION;LANGUAGE=en-US:Tyler/Hannah - booking our Q2 business review.
  We'd like to see adoption by depot\, the SLA report and talk about adding t
 he Memphis and Tulsa yards before our budget cycle.\n\n_____________________
 ___________________________________________________________\nMicrosoft Team
 s meeting\nMeeting ID: 230 447 112 908\nPasscode: Qb7rT2\n___________________
 _____________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0C9D8E7F6A5DB01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-US:Q2 QBR - Westbrook Logistics / Summitline
DTSTART;TZID=Central Standard Time:20250429T140000
DTEND;TZID=Central Standard Time:20250429T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T141100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pipeline-review",
        "uid": "7y0b3e6h9k2n5q8t1w4z7c0f3i@google.com",
        "label": (0, "", "", "", "", "recurring-pipeline-review-with-override"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tyler@summitline.io
X-WR-TIMEZONE:America/Denver
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250106T083000
DTEND;TZID=America/Denver:20250106T093000
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTAMP:20250520T141500Z
ORGANIZER;CN=Megan Cho:mailto:megan.cho@summitline.io
UID:7y0b3e6h9k2n5q8t1w4z7c0f3i@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mm-sales-mo
 untain;X-NUM-GUESTS=0:mailto:mm-sales-mountain@summitline.io
CREATED:20241218T190000Z
DESCRIPTION:Go deal by deal in SFDC: stage\, next step\, close date\, MEDDPI
 CC gaps. Update opps BEFORE the meeting or we'll do it live 🙃
LAST-MODIFIED:20241218T190000Z
LOCATION:DEN-2-Mt Evans (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MM Pipeline Review
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250527T083000
DTEND;TZID=America/Denver:20250527T093000
DTSTAMP:20250520T141500Z
ORGANIZER;CN=Megan Cho:mailto:megan.cho@summitline.io
UID:7y0b3e6h9k2n5q8t1w4z7c0f3i@google.com
RECURRENCE-ID;TZID=America/Denver:20250526T083000
CREATED:20241218T190000Z
DESCRIPTION:Memorial Day -> moved to Tue. End-of-quarter push: bring commi
 t list.
LAST-MODIFIED:20250520T141500Z
LOCATION:DEN-2-Mt Evans (8)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:MM Pipeline Review (Tue - holiday)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "forecast-call",
        "uid": "9a2c4e6g8i0k2m4o6q8s0u2w4y@google.com",
        "label": (0, "", "", "", "", "forecast-call-internal"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250425T143000Z
DTEND:20250425T150000Z
DTSTAMP:20250421T130000Z
ORGANIZER;CN=Greg Whitfield:mailto:greg.whitfield@summitline.io
UID:9a2c4e6g8i0k2m4o6q8s0u2w4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Greg W
 hitfield;X-NUM-GUESTS=0:mailto:greg.whitfield@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Cho;X-NUM-GUESTS=0:mailto:megan.cho@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250421T125958Z
DESCRIPTION:Commit / best case / pipeline by rep. Tyler - be ready to defen
 d Westbrook expansion in commit.\n\nJoin with Google Meet: https://meet.goog
 le.com/fcst-mtn-wkl
LAST-MODIFIED:20250421T130000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mountain Forecast Call - Wk 17
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
