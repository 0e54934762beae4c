"""holdout195 raw events, part d: American Airlines, Palantir, Ramp, Notion, IMC, Goldman Sachs, Uber."""

EVENTS = [
    {
        "kind": "outlook-teams",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Pham, Jennifer":mailto:jennifer.pham@aa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ethan.cald
 well.dev@gmail.com:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, C
 hidi":mailto:chidi.okafor@aa.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pham, Jen
 nifer":mailto:jennifer.pham@aa.com
DESCRIPTION;LANGUAGE=en-US:Hi Ethan – here is the invite for your technica
 l interview for the Associate Developer (Early Talent\, IT) position in Fo
 rt Worth. Chidi Okafor from our Crew Tech team will be your interviewer; I
 'll hop on at the start to introduce you both.\n\n______________________
 __________________________________________________________\nMicrosoft Team
 s Need help?\nJoin the meeting now\nMeeting ID: 277 604 381 905\nPasscode:
  d9Ur2W\n\nDial in by phone\n+1 817-210-1288\,\,55310982# United States\, F
 ort Worth\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000F2B56C19D12ADC01000000000000000
 01000000087E0C3D1B9A4E24F9C5E1D3A6B7F0C22
SUMMARY;LANGUAGE=en-US:Associate Developer - Technical Interview - Ethan Cal
 dwell
DTSTART;TZID=Central Standard Time:20251015T100000
DTEND;TZID=Central Standard Time:20251015T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T194410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000F2B56C19D12ADC0100000000000000001000000087E0C3D1B9A4E24F9C"
                    "5E1D3A6B7F0C22", 1, "American Airlines", "Associate Developer (Early Talent, IT)", "technical",
                    "chidi.okafor@aa.com", "outlook-recruiter-also-attendee-not-interviewer")],
    },
    {
        "kind": "lever-decomp",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8e2b1f7d-3c0a-4e9b-b5d6-0f1a2c3d4e5f
DTSTAMP:20251002T231530Z
DTSTART:20251009T210000Z
DTEND:20251009T220000Z
SUMMARY:Palantir | Decomposition | Ethan Caldwell
ORGANIZER;CN=Palantir Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Oscar Brandt:mailto:obrandt@palantir.com
DESCRIPTION:Hi Ethan\,\n\nYou're confirmed for your Decomposition interview
  for Software Engineer\, New Grad (US). In this interview you'll work throu
 gh an open-ended\, real-world problem with Oscar - there's no code\, we're
  interested in how you break it down.\n\nJoin: https://palantir.zoom.us/j/
 96133008721\n\nBest\,\nPalantir Recruiting
LOCATION:https://palantir.zoom.us/j/96133008721
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("lever-interview-8e2b1f7d-3c0a-4e9b-b5d6-0f1a2c3d4e5f", 1, "Palantir",
                    "Software Engineer, New Grad (US)", "technical", "obrandt@palantir.com",
                    "lever-decomposition-no-code-trade-word")],
    },
    {
        "kind": "lever-learning",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-1a9c7e42-6b3d-4f58-8c07-d2e6b91f3a70
DTSTAMP:20251021T161204Z
DTSTART;TZID=America/New_York:20251028T130000
DTEND;TZID=America/New_York:20251028T140000
SUMMARY:Palantir | Learning + Re-engineering | Ethan Caldwell
ORGANIZER;CN=Palantir Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Fatima Zahra El Idrissi:mailto:felidrissi@palantir.com
DESCRIPTION:Next round! You'll be given a short spec for a technology you m
 ay not have used before\, then extend a small codebase with Fatima.\n\nJoi
 n: https://palantir.zoom.us/j/91874460219
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("lever-interview-1a9c7e42-6b3d-4f58-8c07-d2e6b91f3a70", 1, "Palantir", "", "technical",
                    "felidrissi@palantir.com", "lever-second-round-no-interview-word")],
    },
    {
        "kind": "ashby-technical",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7c2b8f31-0d44-4a6e-9e15-6b3f0a8d2c91
DTSTAMP:20251027T183210Z
DTSTART:20251031T150000Z
DTEND:20251031T160000Z
SUMMARY:Ramp x Ethan Caldwell - Technical Interview (Software Engineer\, Ne
 w Grad)
ORGANIZER;CN=Ramp Recruiting:mailto:scheduling@ramp.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.cal
 dwell.dev@gmail.com
ATTENDEE;CN=Theo Marchetti;PARTSTAT=ACCEPTED:mailto:theo.marchetti@ramp.com
DESCRIPTION:Interviewer: Theo Marchetti (Software Engineer\, Bill Pay)\n\nF
 ormat: 60 minutes\, practical coding - you'll build a small feature in a r
 epo we share at the start. Use whatever language you're fastest in.\n\nGoog
 le Meet: https://meet.google.com/tzb-wqra-hcv\n\nScheduled via Ashby
LOCATION:https://meet.google.com/tzb-wqra-hcv
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ashby-7c2b8f31-0d44-4a6e-9e15-6b3f0a8d2c91", 1, "Ramp", "Software Engineer, New Grad", "technical",
                    "theo.marchetti@ramp.com", "ashby-practical-coding")],
    },
    {
        "kind": "ashby-screen",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-3f0e6a19-95c2-4b7d-8a31-c4e2f7d9b016
DTSTAMP:20250919T010022Z
DTSTART:20250923T190000Z
DTEND:20250923T193000Z
SUMMARY:Notion <> Ethan: Intro chat
ORGANIZER;CN=Notion Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Jess Alvarado:mailto:jess.alvarado@makenotion.com
DESCRIPTION:Hi Ethan! Jess (University Recruiting) would love to learn more
  about you and share more about the Software Engineer\, New Grad role and o
 ur process.\n\nZoom: https://notion.zoom.us/j/82235711044
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ashby-3f0e6a19-95c2-4b7d-8a31-c4e2f7d9b016", 1, "Notion", "Software Engineer, New Grad",
                    "recruiter_screen", "jess.alvarado@makenotion.com", "ashby-intro-chat-recruiter-screen")],
    },
    {
        "kind": "typed-hm-round",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:5B9D2E71-0A4F-4C33-8E62-7F1D0C9A3B28
DTSTAMP:20251011T010203Z
DTSTART;TZID=America/Los_Angeles:20251014T140000
DTEND;TZID=America/Los_Angeles:20251014T144500
SUMMARY:notion round 2 - w/ eng manager (Chris)
DESCRIPTION:zoom link in ashby email. talk thru biggest project (indeed int
 ernship). ask abt new grad mentorship. PT time!!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5B9D2E71-0A4F-4C33-8E62-7F1D0C9A3B28", 1, "Notion", "", "hiring_manager", "Chris",
                    "typed-round-two-eng-manager-other-zone")],
    },
    {
        "kind": "phone-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250924T080000
DTEND;TZID=America/Chicago:20250924T090000
DTSTAMP:20250917T140041Z
ORGANIZER;CN=IMC Campus Recruiting:mailto:campus.chicago@imc.com
UID:4r0imcph0ne1ecaldwell0924@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ethan C
 aldwell;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wouter
  de Jong;X-NUM-GUESTS=0:mailto:wouter.dejong@imc.com
DESCRIPTION:Software Engineer - Graduate (Chicago) | Technical phone interv
 iew\nWouter will call you on your mobile. We'll share a HackerRank CodePai
 r link at the start.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IMC | Ethan Caldwell | Technical Phone Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4r0imcph0ne1ecaldwell0924@google.com", 1, "IMC Trading", "Software Engineer - Graduate (Chicago)",
                    "technical", "wouter.dejong@imc.com", "trading-firm-phone-technical")],
    },
    {
        "kind": "oa-multi-day",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250915
DTEND;VALUE=DATE:20250918
DTSTAMP:20250914T180011Z
UID:3gsoa2025hackerrank0915@google.com
SUMMARY:GS hackerrank (Engineering Analyst)
DESCRIPTION:goldman sachs OA - 2 coding q's\, 2hrs. link expires 9/17.\nth
 en hirevue if I pass
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3gsoa2025hackerrank0915@google.com", 1, "Goldman Sachs", "Engineering Analyst", "technical", "",
                    "typed-multi-day-oa-acronym")],
    },
    {
        "kind": "hirevue",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250927T130000
DTEND;TZID=America/Chicago:20250927T140000
DTSTAMP:20250925T200300Z
UID:7hv2goldman0927ecaldwell@google.com
CREATED:20250925T200300Z
DESCRIPTION:HireVue for Goldman Sachs 2026 Analyst - Engineering. 1 way vi
 deo\, ~6 behavioral + 1 tech q\, 30s prep\, 2 min answer. deadline sun 9/2
 8. wear the blue shirt
LOCATION:my room (lock door)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:do goldman hirevue 🎥
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7hv2goldman0927ecaldwell@google.com", 1, "Goldman Sachs", "2026 Analyst - Engineering", "", "",
                    "one-way-video-interview-typed")],
    },
    {
        "kind": "codesignal-invite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//CodeSignal//Assessments//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:cs-assessment-64f1a0c2e7b93d0012af88e1@codesignal.com
DTSTAMP:20250926T120000Z
DTSTART:20251003T000000Z
DTEND:20251004T045900Z
SUMMARY:Uber - General Coding Assessment (deadline)
DESCRIPTION:You have been invited by Uber to complete a CodeSignal General C
 oding Assessment for Software Engineer I (University Grad 2026). The asses
 sment takes 70 minutes and must be completed in one sitting before the dea
 dline.\n\nStart: https://app.codesignal.com/assessments/64f1a0c2e7b93d0012
 af88e1
ORGANIZER;CN=CodeSignal:mailto:no-reply@codesignal.com
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("cs-assessment-64f1a0c2e7b93d0012af88e1@codesignal.com", 1, "Uber",
                    "Software Engineer I (University Grad 2026)", "technical", "",
                    "codesignal-windowed-deadline-utc")],
    },
]
