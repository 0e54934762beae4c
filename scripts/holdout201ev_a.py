"""holdout201 events, part a: the agency-sourced "Series C fintech" (Ledgerly) process and its satellites."""

from holdout201ev_tz import GOOGLE_CHICAGO, GOOGLE_DENVER

EVENTS = [
    {
        "kind": "agency-call",
        "uid": "3v1c8k0q2m9t6rj4b7d5n0fhsa@google.com",
        "label": (0, "", "", "", "", "agency-call-series-c-fintech-unnamed"),
        "ics": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T160000Z
DTEND:20250318T163000Z
DTSTAMP:20250314T201144Z
ORGANIZER;CN=Jess Alvarado:mailto:jess@peaksalespartners.com
UID:3v1c8k0q2m9t6rj4b7d5n0fhsa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess A
 lvarado;X-NUM-GUESTS=0:mailto:jess@peaksalespartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250314T201142Z
DESCRIPTION:Hey Tyler - great connecting on LinkedIn! Looking forward to a
  quick intro. I'm partnering with a Series C fintech (B2B payments\\, ~$60M A
 RR\\, Chicago HQ\\, remote-friendly) that's building out its mid-market team.
  Can't share the name quite yet but happy to walk you through comp\\, territ
 ory and what they're looking for. Also want to hear about your Summitline n
 umbers and what you want next.\\n\\nJess Alvarado\\nPrincipal\\, GTM Search |
  Peak Sales Partners\\n303-555-0148\\n\\nJoin with Google Meet: https://meet.
 google.com/pqa-xrnv-tkw\\nOr dial: (US) +1 252-555-0133 PIN: 118 402 907#\\n
 \\nLearn more about Meet at: https://support.google.com/a/users/answer/9282
 720
LAST-MODIFIED:20250314T201144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler Brooks <> Jess (Peak Sales Partners) - intro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen",
        "uid": "7h2p0dv4kq1r8s6f3e9m5c2lbo@google.com",
        "label": (1, "Ledgerly", "Senior Account Executive, Mid-Market", "recruiter_screen",
                  "jess@peaksalespartners.com", "agency-screen-client-named-only-in-body"),
        "ics": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T170000Z
DTEND:20250325T174500Z
DTSTAMP:20250320T154502Z
ORGANIZER;CN=Jess Alvarado:mailto:jess@peaksalespartners.com
UID:7h2p0dv4kq1r8s6f3e9m5c2lbo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess A
 lvarado;X-NUM-GUESTS=0:mailto:jess@peaksalespartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.
 brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sales@gmail.com
CREATED:20250320T154500Z
DESCRIPTION:Tyler - as promised\\, the client is Ledgerly (ledgerly.com). Ro
 le is Senior Account Executive\\, Mid-Market (remote US\\, Central/Mountain t
 erritory). This is my formal screen before I submit you\\, so plan on 45 min
 : walk me through your last 4 quarters vs quota\\, avg deal size\\, sales cyc
 le\\, how you source\\, and one deal you lost and why. I'll take notes for th
 e hiring manager (Rachel Whitman\\, RVP).\\n\\nBring your W-2 OTE numbers.\\n
 \\n-Jess\\n\\nJoin with Google Meet: https://meet.google.com/hyt-ucbd-wqe\\n
 Or dial: (US) +1 252-555-0161 PIN: 574 003 119#
LAST-MODIFIED:20250320T154502Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler / Jess - screen before submittal (Mid-Market AE)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hiring-manager",
        "uid": "gh-ledgerly-41880231-hm@greenhouse.io",
        "label": (1, "Ledgerly", "Senior Account Executive, Mid-Market", "hiring_manager",
                  "rachel.whitman@ledgerly.com", "greenhouse-hiring-manager-chat"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-ledgerly-41880231-hm@greenhouse.io
DTSTAMP:20250328T141907Z
DTSTART:20250402T200000Z
DTEND:20250402T204500Z
SUMMARY:Ledgerly - Hiring Manager Chat with Rachel Whitman
ORGANIZER;CN=Maya Lin:mailto:maya.lin@ledgerly.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Rachel Whitman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Rachel.Whitman@ledgerly.com
LOCATION:https://ledgerly.zoom.us/j/84410293377?pwd=bG9hZGVkUGFzc3dvcmQ
DESCRIPTION:Hi Tyler\\,\\n\\nThanks for taking the time to speak with the Ledg
 erly team! Below are the details for your upcoming conversation for the Se
 nior Account Executive\\, Mid-Market role.\\n\\nInterviewer: Rachel Whitman\\,
  RVP Mid-Market Sales\\nFormat: 45-minute video conversation\\n\\nJoin Zoom M
 eeting\\nhttps://ledgerly.zoom.us/j/84410293377?pwd=bG9hZGVkUGFzc3dvcmQ\\nMe
 eting ID: 844 1029 3377\\nPasscode: 902211\\n\\nIf you need to reschedule\\,
  reply to this email and I'll find another time.\\n\\nMaya Lin | Recruiting C
 oordinator | Ledgerly
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "practice",
        "uid": "C2F9A3E1-77B0-4C1D-9E55-0A6B1D3F8E21",
        "label": (0, "", "", "", "", "practice-mock-discovery-with-friend"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + GOOGLE_DENVER + """BEGIN:VEVENT
CREATED:20250404T023311Z
DTEND;TZID=America/Denver:20250408T193000
DTSTART;TZID=America/Denver:20250408T183000
DTSTAMP:20250404T023322Z
LAST-MODIFIED:20250404T023322Z
LOCATION:Chris's place
SEQUENCE:0
SUMMARY:practice disco call w/ Chris 🎯 (he plays CFO)
DESCRIPTION:run the Ledgerly role play 2x. he's the skeptical CFO\\, objecti
 on = "we already use Bill.com". record on phone + watch it back. bring beer
UID:C2F9A3E1-77B0-4C1D-9E55-0A6B1D3F8E21
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "role-play",
        "uid": "gh-ledgerly-41880231-rp@greenhouse.io",
        "label": (1, "Ledgerly", "Senior Account Executive, Mid-Market", "technical",
                  "deb.kowalski@ledgerly.com;marcus.fenn@ledgerly.com",
                  "greenhouse-mock-discovery-call-is-real-stage"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-ledgerly-41880231-rp@greenhouse.io
DTSTAMP:20250404T170233Z
DTSTART:20250410T150000Z
DTEND:20250410T160000Z
SUMMARY:Ledgerly | Mock Discovery Call (Role Play) - Tyler Brooks
ORGANIZER;CN=Maya Lin:mailto:maya.lin@ledgerly.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Deb Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:deb.kowalski@ledgerly.com
ATTENDEE;CN=Marcus Fenn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.fenn@ledgerly.com
LOCATION:Zoom
DESCRIPTION:Hi Tyler\\,\\n\\nNext up is the role play! Deb Kowalski (Sr. AE)
  will play the Controller at a 400-person logistics company that came in th
 rough an inbound demo request. Marcus Fenn (Sales Manager) will observe and
  score. Run it like a real first discovery call: 30 minutes live\\, then 15
  minutes of feedback and 15 for your questions.\\n\\nThe prospect one-pager
  is attached - no deck needed.\\n\\nZoom: https://ledgerly.zoom.us/j/8192274
 4100\\nMeeting ID: 819 2274 4100 / Passcode 553190\\n\\nGood luck!\\nMaya
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep",
        "uid": "5n8q1tps0c4r2h7k9v3m6bdl1e@google.com",
        "label": (0, "", "", "", "", "prep-block-30-60-90-dry-run"),
        "ics": """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tyler.brooks.sales@gmail.com
X-WR-TIMEZONE:America/Denver
""" + GOOGLE_DENVER + """BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250416T180000
DTEND;TZID=America/Denver:20250416T200000
DTSTAMP:20250416T010203Z
UID:5n8q1tps0c4r2h7k9v3m6bdl1e@google.com
CREATED:20250412T160155Z
DESCRIPTION:- finalize 30/60/90 (slide 4 territory plan\\, slide 6 pipeline
  math)\\n- time it: 15 min MAX\\n- Omar questions: why leave Summitline\\, big
 gest deal\\, forecast accuracy\\n- 3 qs for each panelist
LAST-MODIFIED:20250412T160155Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP Ledgerly panel - deck dry run 📈
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel",
        "uid": "gh-ledgerly-41880231-final@greenhouse.io",
        "label": (1, "Ledgerly", "Senior Account Executive, Mid-Market", "final",
                  "omar.haddad@ledgerly.com;rachel.whitman@ledgerly.com;priya.desai@ledgerly.com",
                  "greenhouse-final-panel-vp-sales-chicago-tz"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_CHICAGO + """BEGIN:VEVENT
UID:gh-ledgerly-41880231-final@greenhouse.io
DTSTAMP:20250411T193015Z
DTSTART;TZID=America/Chicago:20250417T100000
DTEND;TZID=America/Chicago:20250417T113000
SUMMARY:Ledgerly Final Round: Panel w/ VP Sales + 30-60-90 Presentation
ORGANIZER;CN=Maya Lin:mailto:maya.lin@ledgerly.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Omar Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:omar.haddad@ledgerly.com
ATTENDEE;CN=Rachel Whitman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachel.whitman@ledgerly.com
ATTENDEE;CN=Priya Desai;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:priya.desai@ledgerly.com
ATTENDEE;CN=Maya Lin;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maya.lin@ledgerly.com
LOCATION:https://ledgerly.zoom.us/j/86629011734
DESCRIPTION:Hi Tyler\\, congrats on making it to the final round!\\n\\nAgend
 a (all times Central):\\n10:00 - 10:20  30-60-90 plan presentation (Omar Ha
 ddad\\, VP Sales; Rachel Whitman\\, RVP)\\n10:20 - 11:00  Panel Q&A with Omar
 \\, Rachel and Priya Desai (Director\\, Revenue Operations)\\n11:00 - 11:30  C
 ulture add conversation with Priya\\n\\nPlease share your screen for the pre
 sentation. Maya (me) will hop on at the start to make sure tech works\\, then
  drop.\\n\\nZoom: https://ledgerly.zoom.us/j/86629011734\\n\\nMaya Lin\\nRecru
 iting Coordinator
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reminder",
        "uid": "A9E07D4C-1B22-4F7E-8C6A-5D0E2F9B3C11",
        "label": (0, "", "", "", "", "thank-you-notes-reminder"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250417T173412Z
UID:A9E07D4C-1B22-4F7E-8C6A-5D0E2F9B3C11
DTEND;VALUE=DATE:20250418
SUMMARY:TY notes -> Omar\\, Rachel\\, Priya (Ledgerly panel) ✉️
DTSTART;VALUE=DATE:20250417
DTSTAMP:20250417T173420Z
DESCRIPTION:mention the Bill.com displacement story Omar liked + send deck
  PDF. cc Jess at Peak
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT16H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter",
        "uid": ("040000008200E00074C5B7101A82E00800000000D0C5E2B7A1A6DB01"
                "000000000000000010000000B1F2E3A4C5D6E7F8091A2B3C4D5E6F70"),
        "label": (1, "Foundry Ridge", "Enterprise Account Executive", "recruiter_screen",
                  "mgarza@revhirepartners.com", "headhunter-outlook-employer-only-in-body"),
        "ics": """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Garza, Michael":mailto:MGarza@revhirepartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
DESCRIPTION;LANGUAGE=en-US:Tyler\\,\\n\\nPer our LinkedIn exchange - this is t
 he Enterprise AE search I mentioned for Foundry Ridge (construction-tech Sa
 aS\\, Series B\\, Austin). I'd like to take you through the role and then ru
 n my standard screen (quota attainment\\, deal cycle\\, references) so I can
  present you to their CRO this week.\\n\\nI'll call your cell at 720-555-01
 92.\\n\\nBest\\,\\nMichael Garza\\nManaging Partner | RevHire Partners\\n\\n____
 ____________________________________________________________________________
 ____\\nMicrosoft Teams Need help?\\nJoin the meeting now\\nMeeting ID: 271 44
 8 903 115\\nPasscode: Zq7Tb2\\n________________________________________________
 ________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000D0C5E2B7A1A6DB01000000000000000010000000B1F2E3A4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-US:Call - Tyler Brooks / Michael Garza (RevHire)
DTSTART;TZID=Eastern Standard Time:20250401T140000
DTEND;TZID=Eastern Standard Time:20250401T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T190411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-call",
        "uid": "bk-01JQ4T7Y9R2M3N5P6Q8S0V1W2X@calendly.com",
        "label": (0, "", "", "", "", "calendly-agency-call-no-employer"),
        "ics": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bk-01JQ4T7Y9R2M3N5P6Q8S0V1W2X@calendly.com
DTSTAMP:20250303T221500Z
DTSTART:20250306T213000Z
DTEND:20250306T220000Z
SUMMARY:Tyler Brooks and Kendra Moss - 30 Minute Career Chat
ORGANIZER;CN=Kendra Moss:mailto:kendra@quotatalent.co
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
LOCATION:+1 720-555-0192
DESCRIPTION:Event Name: 30 Minute Career Chat\\n\\nLocation: This is a phone
  call. Kendra Moss will call the invitee at the phone number provided: +1 7
 20-555-0192\\n\\nNeed to make changes to this event?\\nCancel: https://calend
 ly.com/cancellations/4a9c0e7e-2b1d\\nReschedule: https://calendly.com/resch
 eduling/4a9c0e7e-2b1d\\n\\nQuestions:\\nWhat are you looking for next?\\nSenio
 r AE or MM AE\\, SaaS\\, remote or Denver. OTE 180k+. Open to Austin.\\n\\nPowe
 red by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
