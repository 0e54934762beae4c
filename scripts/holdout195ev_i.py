"""holdout195 raw events, part i: personal life, school and job-search look-alikes."""

EVENTS = [
    {
        "kind": "dentist",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:5D6E7F80-91A2-43B4-C5D6-E7F8091A2B3C
DTSTAMP:20250920T000000Z
DTSTART;TZID=America/Chicago:20251003T083000
DTEND;TZID=America/Chicago:20251003T093000
SUMMARY:dentist - cleaning 🦷
LOCATION:Drag Dental\, Guadalupe St
DESCRIPTION:Dr. Patel. bring insurance card (mom's plan)
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5D6E7F80-91A2-43B4-C5D6-E7F8091A2B3C", 0, "", "", "", "", "dentist-personal")],
    },
    {
        "kind": "flight-home",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Southwest Airlines//Itinerary//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WN-7KQ2XP-20251126-AUSDEN@southwest.com
DTSTAMP:20251015T030000Z
DTSTART:20251126T183500Z
DTEND:20251126T203000Z
SUMMARY:Flight WN 1743 AUS to DEN
DESCRIPTION:Confirmation # 7KQ2XP\nPassenger: ETHAN CALDWELL\nDeparts Aust
 in (AUS) 12:35 PM\, arrives Denver (DEN) 1:30 PM
LOCATION:Austin-Bergstrom International Airport (AUS)
END:VEVENT
END:VCALENDAR
""",
        "labels": [("WN-7KQ2XP-20251126-AUSDEN@southwest.com", 0, "", "", "", "", "thanksgiving-flight-home")],
    },
    {
        "kind": "coffee-chat",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250918T120000
DTEND;TZID=America/Los_Angeles:20250918T123000
DTSTAMP:20250912T190000Z
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell.dev@gmail.com
UID:18coffee0alum0google@google.com
ATTENDEE;CN=Marcus Oyelaran;PARTSTAT=ACCEPTED:mailto:marcus.oyelaran@gmail.com
SUMMARY:Coffee chat - Ethan / Marcus (UT '22\, Google)
DESCRIPTION:Thanks for making time Marcus! Would love to hear about your fi
 rst couple years at Google and any advice for new grad recruiting. Meet lin
 k: https://meet.google.com/hjx-kqpe-wnb
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("18coffee0alum0google@google.com", 0, "", "", "", "", "informational-coffee-with-alum")],
    },
    {
        "kind": "recruiter-no-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251008T113000
DTEND;TZID=America/Chicago:20251008T114500
DTSTAMP:20251006T150000Z
ORGANIZER;CN=Tyler Jansen:mailto:tyler.jansen@jobot.com
UID:19jobot0chat1008@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:Ethan Caldwell / Jobot - quick chat
DESCRIPTION:Hey Ethan\, saw your profile - I work with several fast-growin
 g startups in Austin hiring entry-level software engineers. Let's do 15 min
  so I can learn what you're looking for and tell you what's out there.
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("19jobot0chat1008@google.com", 0, "", "", "", "", "agency-recruiter-no-employer-named")],
    },
    {
        "kind": "prep-block",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
BEGIN:VEVENT
UID:6E7F8091-A2B3-44C5-D6E7-F8091A2B3C4D
DTSTAMP:20251102T000000Z
DTSTART:20251105T190000
DTEND:20251105T220000
SUMMARY:superday prep 📚 optiver
DESCRIPTION:C++ move semantics\, lock-free queue\, probability q's\, "why t
 rading". redo 2 system design mocks. NO phone
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6E7F8091-A2B3-44C5-D6E7-F8091A2B3C4D", 0, "", "", "", "", "prep-block-names-employer-and-stage")],
    },
    {
        "kind": "thank-you-reminder",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251104T180000
DTEND;TZID=America/Chicago:20251104T181500
DTSTAMP:20251104T170000Z
UID:20ty0figma0notes@google.com
SUMMARY:send thank yous - figma interviewers (Lena\, Rohan\, Sam\, Joanna)
DESCRIPTION:via recruiting-coordination@ - mention the figjam exercise w/
  Sam
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "labels": [("20ty0figma0notes@google.com", 0, "", "", "", "", "thank-you-reminder-lists-interviewers")],
    },
    {
        "kind": "drug-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Quest Diagnostics//Appointments//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:QD-APPT-88201947-ATX@questdiagnostics.com
DTSTAMP:20251121T140000Z
DTSTART;TZID=America/Chicago:20251201T080000
DTEND;TZID=America/Chicago:20251201T083000
SUMMARY:Quest Diagnostics appointment - Employer Drug Testing
DESCRIPTION:Reason for visit: Employment drug screen (eScreen)\nDonor pass
  / authorization # CAPONE-5512093\nBring a government-issued photo ID.
LOCATION:Quest Diagnostics\, 4109 Guadalupe St\, Austin\, TX 78751
END:VEVENT
END:VCALENDAR
""",
        "labels": [("QD-APPT-88201947-ATX@questdiagnostics.com", 0, "", "", "", "", "pre-employment-drug-screen")],
    },
    {
        "kind": "reference-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251030T140000
DTEND;TZID=America/New_York:20251030T142000
DTSTAMP:20251027T150000Z
ORGANIZER;CN=Rachel Stein:mailto:rstein@stripe.com
UID:21ref0call0maya1030@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:Reference check: Maya Lin (Ethan Caldwell)
DESCRIPTION:Hi Ethan\, Maya listed you as a reference from your time at Ind
 eed. 15-20 min of questions about working with her. Thank you!
LOCATION:Phone - I'll call you
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("21ref0call0maya1030@google.com", 0, "", "", "", "", "reference-call-user-is-referee")],
    },
    {
        "kind": "ta-evaluation",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251015T100000
DTEND;TZID=America/Chicago:20251015T102000
DTSTAMP:20251010T150000Z
ORGANIZER;CN=Rebecca Hwang:mailto:rhwang@cs.utexas.edu
UID:22uta0midsem0eval@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
SUMMARY:Ethan - mid-semester UTA check-in
DESCRIPTION:We'll go over your mid-semester evaluation (student survey + my
  notes) and goals for the rest of the term. Also whether you want to retur
 n in spring.
LOCATION:GDC 6.410
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("22uta0midsem0eval@google.com", 0, "", "", "", "", "own-ta-performance-check-in")],
    },
    {
        "kind": "mock-interviewer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251002T190000
DTEND;TZID=America/Chicago:20251002T210000
DTSTAMP:20250926T150000Z
ORGANIZER;CN=ACM UTCS:mailto:acm@cs.utexas.edu
UID:23acm0mock0night@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
SUMMARY:ACM Mock Interview Night - volunteer interviewers
DESCRIPTION:Thanks for volunteering! Each of you will give 3 practice techn
 ical interviews to underclassmen (45 min) and give feedback. Problem bank
  in the doc.
LOCATION:GDC 2.216
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("23acm0mock0night@google.com", 0, "", "", "", "", "user-gives-practice-interviews-not-hiring")],
    },
    {
        "kind": "podcast",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251112T170000
DTEND;TZID=America/Chicago:20251112T180000
DTSTAMP:20251105T000000Z
UID:24pod0utcs0episode@google.com
SUMMARY:record "UTCS Unfiltered" podcast ep - interviewing me abt internship
  -> return offer
DESCRIPTION:studio in PCL. Jess hosts. keep Indeed details NDA-safe
LOCATION:PCL Media Lab
END:VEVENT
END:VCALENDAR
""",
        "labels": [("24pod0utcs0episode@google.com", 0, "", "", "", "", "podcast-guest-interview")],
    },
    {
        "kind": "class-demo",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
BEGIN:VEVENT
UID:7F8091A2-B3C4-45D6-E7F8-091A2B3C4D5E
DTSTAMP:20251120T000000Z
DTSTART;TZID=America/Chicago:20251203T140000
DTEND;TZID=America/Chicago:20251203T150000
SUMMARY:CS 378 capstone final demo to client (Dell sponsor)
DESCRIPTION:15 min demo + Q&A with the sponsor engineers. panel grades us
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7F8091A2-B3C4-45D6-E7F8-091A2B3C4D5E", 0, "", "", "", "", "capstone-demo-to-corporate-panel")],
    },
    {
        "kind": "offer-deadline",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251117
DTEND;VALUE=DATE:20251118
DTSTAMP:20251104T000000Z
UID:25dd0offer0deadline@google.com
SUMMARY:‼️ datadog offer deadline
DESCRIPTION:ask kelsey for extension if figma/google still pending
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("25dd0offer0deadline@google.com", 0, "", "", "", "", "offer-deadline-reminder")],
    },
    {
        "kind": "bank",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//JPMorgan Chase//Appointment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:chase-appt-330017724@chase.com
DTSTAMP:20251108T000000Z
DTSTART;TZID=America/Chicago:20251114T113000
DTEND;TZID=America/Chicago:20251114T120000
SUMMARY:Your Chase appointment: Meet with a banker
DESCRIPTION:Topic: Open a savings account / set up direct deposit\nBanker:
  Luis Herrera\nBranch: Guadalupe & 24th
LOCATION:Chase Bank\, 2401 Guadalupe St\, Austin\, TX
END:VEVENT
END:VCALENDAR
""",
        "labels": [("chase-appt-330017724@chase.com", 0, "", "", "", "", "bank-appointment-named-person")],
    },
    {
        "kind": "apartment-tour",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251206T110000
DTEND;TZID=America/New_York:20251206T113000
DTSTAMP:20251201T000000Z
UID:26apt0tour0nyc@google.com
SUMMARY:virtual apt tour - LIC 1br (FaceTime w/ broker)
DESCRIPTION:for datadog start in july. ask about guarantor + broker fee
END:VEVENT
END:VCALENDAR
""",
        "labels": [("26apt0tour0nyc@google.com", 0, "", "", "", "", "apartment-tour-after-offer")],
    },
    {
        "kind": "workshop",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Handshake//Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:handshake-event-1288340@joinhandshake.com
DTSTAMP:20251020T000000Z
DTSTART;TZID=America/Chicago:20251029T180000
DTEND;TZID=America/Chicago:20251029T190000
SUMMARY:Negotiating Your First Offer (Workshop)
DESCRIPTION:Hosted by Engineering Career Assistance Center. Learn how to ev
 aluate and negotiate a full-time offer\, with a live role-play between a r
 ecruiter and a candidate.
LOCATION:EER 0.902
END:VEVENT
END:VCALENDAR
""",
        "labels": [("handshake-event-1288340@joinhandshake.com", 0, "", "", "", "", "career-workshop-role-play")],
    },
    {
        "kind": "info-session",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250909T180000
DTEND;TZID=America/Chicago:20250909T193000
DTSTAMP:20250902T000000Z
ORGANIZER;CN=Optiver Campus Team:mailto:campus.us@optiver.com
UID:27opt0infosession0ut@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
SUMMARY:Optiver @ UT Austin: Info Session + Trading Game 🍕
DESCRIPTION:Meet our traders and engineers\, play our market-making game an
 d learn about our Graduate Software Engineer program. Pizza provided.
LOCATION:GDC 2.216
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("27opt0infosession0ut@google.com", 0, "", "", "", "", "employer-info-session-on-campus")],
    },
    {
        "kind": "haircut",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:8091A2B3-C4D5-46E7-F809-1A2B3C4D5E6F
DTSTAMP:20251101T000000Z
DTSTART:20251105T120000
DTEND:20251105T124500
SUMMARY:haircut b4 chicago trip ✂️
LOCATION:Floyd's 99 - Riverside
END:VEVENT
END:VCALENDAR
""",
        "labels": [("8091A2B3-C4D5-46E7-F809-1A2B3C4D5E6F", 0, "", "", "", "", "haircut-before-interview-trip")],
    },
]
