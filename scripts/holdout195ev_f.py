"""holdout195 raw events, part f: trading, big tech, Epic; offer talks and career-center look-alikes."""

EVENTS = [
    {
        "kind": "jane-street",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251016T150000
DTEND;TZID=America/New_York:20251016T160000
DTSTAMP:20251009T140012Z
ORGANIZER;CN=Jane Street Recruiting:mailto:recruiting@janestreet.com
UID:jsq9r2m8t0ecaldwell1016@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Ilya Petrov;PARTSTAT=ACCEPTED:mailto:ipetrov@janestreet.com
DESCRIPTION:Software Engineer - Phone Interview\n\nIlya will call you and s
 hare a collaborative editor link. Use any language you're comfortable in (y
 ou don't need to know OCaml!).
SUMMARY:Jane Street / Ethan Caldwell
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("jsq9r2m8t0ecaldwell1016@google.com", 1, "Jane Street", "Software Engineer", "technical",
                    "ipetrov@janestreet.com", "bare-summary-names-only")],
    },
    {
        "kind": "amazon-oa",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:A0B7C2D9-4E11-4F6A-9C3B-8D2E1F0A7B65
DTSTAMP:20250829T020000Z
DTSTART;VALUE=DATE:20250830
DTEND;VALUE=DATE:20250906
SUMMARY:amzn OA 📝
DESCRIPTION:SDE I new grad 2026. 2 coding + work style survey. ~90 min. hac
 kerrank. due 9/5
END:VEVENT
END:VCALENDAR
""",
        "labels": [("A0B7C2D9-4E11-4F6A-9C3B-8D2E1F0A7B65", 1, "Amazon", "SDE I new grad 2026", "technical", "",
                    "typed-week-long-oa-ticker-abbrev")],
    },
    {
        "kind": "amazon-loop",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Amazon.com//Amazon Chime//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:chime-4217-8830-9912@amazon.com
DTSTAMP:20251020T221200Z
DTSTART:20251029T150000Z
DTEND:20251029T181500Z
SUMMARY:Amazon Final Interview - Software Development Engineer I (New Grad)
ORGANIZER;CN=Amazon University Recruiting:mailto:no-reply-interviews@amazon.c
 om
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Your final interview consists of three 55-minute interviews wit
 h short breaks. Interviewers will join the Amazon Chime meeting at the sta
 rt of each session. Review the Amazon Leadership Principles before your in
 terview.\n\nAmazon Chime: https://chime.aws/4217883099\nMeeting ID: 4217 88
 3099\nOne-click mobile: +1 206-462-5569\,\,4217883099#
LOCATION:Amazon Chime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("chime-4217-8830-9912@amazon.com", 1, "Amazon", "Software Development Engineer I (New Grad)",
                    "final", "", "chime-final-loop-unnamed-interviewers")],
    },
    {
        "kind": "futureforce",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-JR301177-b2d9@myworkday.com
DTSTAMP:20251105T180300Z
DTSTART;TZID=America/Los_Angeles:20251113T090000
DTEND;TZID=America/Los_Angeles:20251113T100000
SUMMARY:Interview: JR301177 Futureforce Associate Member of Technical Staff
ORGANIZER;CN=Salesforce Recruiting:mailto:salesforce@myworkday.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Harper Quinn:mailto:hquinn@salesforce.com
ATTENDEE;CN=Vikram Iyer:mailto:vikram.iyer@salesforce.com
DESCRIPTION:Interview Type: Video - Slack Huddle / Zoom\nInterviewers: Harp
 er Quinn\, Vikram Iyer\nInterview: Technical Interview 1 (data structures
  & algorithms)\n\nThis is a system-generated message from Workday.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("wd-interview-JR301177-b2d9@myworkday.com", 1, "Salesforce",
                    "Futureforce Associate Member of Technical Staff", "technical",
                    "hquinn@salesforce.com;vikram.iyer@salesforce.com", "workday-program-name-role")],
    },
    {
        "kind": "teams-hm",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Sandeep Kulkarni:mailto:skulkarni@nvidia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ethan.cal
 dwell.dev@gmail.com:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Ethan\, looking forward to talking about the
  CUDA Developer Tools team and your GPU systems coursework. -Sandeep\n\n___
 _____________________________________________________________________________
 \nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 219 118 60
 3 774\nPasscode: 8Kq4hT\n
UID:040000008200E00074C5B7101A82E00800000000C38B6F4A2B4BDC01000000000000000
 01000000011D7C8E4A2F5B14F86D0C3E9A7B5F240
SUMMARY;LANGUAGE=en-US:Ethan / Sandeep - chat (New College Grad\, System So
 ftware)
DTSTART;TZID=Pacific Standard Time:20251119T130000
DTEND;TZID=Pacific Standard Time:20251119T134500
DTSTAMP:20251114T012010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000C38B6F4A2B4BDC0100000000000000001000000011D7C8E4A2F5B14F"
                    "86D0C3E9A7B5F240", 1, "NVIDIA", "New College Grad, System Software", "hiring_manager",
                    "skulkarni@nvidia.com", "manager-chat-wording-teams")],
    },
    {
        "kind": "visit-day",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251120T080000
DTEND;TZID=America/Chicago:20251120T163000
DTSTAMP:20251112T040000Z
UID:7epicvisit1120verona@google.com
SUMMARY:Epic final interview day - Verona WI ✈️
DESCRIPTION:Software Developer. flight MSN night before (Epic books)\, shu
 ttle from Hilton 7:30. final interview day = campus tour + 2 interviews +
  lunch. dress casual they said
LOCATION:Epic Systems\, 1979 Milky Way\, Verona\, WI 53593
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7epicvisit1120verona@google.com", 1, "Epic", "Software Developer", "final", "",
                    "typed-in-person-final-day-out-of-state")],
    },
    {
        "kind": "offer-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251103T153000
DTEND;TZID=America/New_York:20251103T160000
DTSTAMP:20251031T210500Z
ORGANIZER;CN=Kelsey Moran:mailto:kelsey.moran@datadoghq.com
UID:2dd0offerkm1103@google.com
ATTENDEE;CN=Kelsey Moran;PARTSTAT=ACCEPTED:mailto:kelsey.moran@datadoghq.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:Ethan <> Kelsey - Datadog catch up 🎉
DESCRIPTION:Hi Ethan - great news to share! Let's hop on a call to go over
  the details of your offer and next steps. Zoom: https://datadog.zoom.us/j/
 91120034512
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2dd0offerkm1103@google.com", 0, "", "", "", "", "offer-call-after-loop-same-recruiter")],
    },
    {
        "kind": "return-offer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hale, Brianna":mailto:bhale@indeed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ethan Cald
 well:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Romero, G
 abe":mailto:gromero@indeed.com
DESCRIPTION;LANGUAGE=en-US:Hi Ethan! Gabe and I would love to connect about
  your full-time return offer following your internship on Job Seeker Platf
 orm - we'll walk through the offer\, team placement and answer questions.
  No prep needed 🙂\n\nZoom: https://indeed.zoom.us/j/93441020077\n
UID:040000008200E00074C5B7101A82E008000000003E1D2C4B5A26DC01000000000000000
 010000000F1E2D3C4B5A6978899AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-US:Return offer conversation - Ethan Caldwell
DTSTART:20250904T190000Z
DTEND:20250904T193000Z
DTSTAMP:20250828T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000003E1D2C4B5A26DC0100000000000000001000000"
                    "0F1E2D3C4B5A6978899AABBCCDDEEFF00", 0, "", "", "", "", "return-offer-conversation-not-interview")],
    },
    {
        "kind": "exit-interview",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Intern Program Team":mailto:internprogram@indeed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Caldwell, Ethan":mailto:ecaldwell-intern@indeed.com
DESCRIPTION;LANGUAGE=en-US:As your internship wraps up\, please join a 20 m
 inute exit interview with the Intern Program team to share feedback on you
 r summer. Your answers are confidential and not shared with your manager.
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC0100000000000000001000000000A1B2C3D4E5F607
 18293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Intern Exit Interview - Caldwell\, Ethan
DTSTART:20250807T200000Z
DTEND:20250807T202000Z
DTSTAMP:20250801T150000Z
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC0100000000000000001000000000A1B2C3D4E5F6071"
                    "8293A4B5C6D7E8F90", 0, "", "", "", "", "own-internship-exit-interview")],
    },
    {
        "kind": "mock-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Handshake//Appointments//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:handshake-appt-41882017@joinhandshake.com
DTSTAMP:20250903T161200Z
DTSTART;TZID=America/Chicago:20250910T140000
DTEND;TZID=America/Chicago:20250910T144500
SUMMARY:Mock Interview - Technical (Software Engineering) with Dana Whitley
ORGANIZER;CN=Engineering Career Assistance Center:mailto:ecac@engr.utexas.ed
 u
ATTENDEE;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
DESCRIPTION:Appointment Type: Mock Interview - Technical\nMedium: In Person
  - EER 2.820\nStaff: Dana Whitley\, Career Coach\n\nPlease bring a printed
  copy of the job description you are practicing for. Cancel at least 24 hou
 rs in advance on Handshake.
LOCATION:EER 2.820
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("handshake-appt-41882017@joinhandshake.com", 0, "", "", "", "",
                    "mock-interview-with-career-coach")],
    },
    {
        "kind": "peer-mock",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20251012T010000Z
DTEND:20251012T020000Z
DTSTAMP:20251008T230000Z
UID:mk9pramp1012@google.com
SUMMARY:mock w/ Sofia (she interviews me first\, then swap) - graphs/DP
DESCRIPTION:discord call. she's prepping for meta\, I'm prepping for figma
  onsite. use the google doc\, 45 min each
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("mk9pramp1012@google.com", 0, "", "", "", "", "peer-mock-interview-swap")],
    },
    {
        "kind": "resume-review",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Handshake//Appointments//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:handshake-appt-40977312@joinhandshake.com
DTSTAMP:20250822T150000Z
DTSTART;TZID=America/Chicago:20250828T103000
DTEND;TZID=America/Chicago:20250828T110000
SUMMARY:Resume Review with Marcus Bell (Peer Advisor)
ORGANIZER;CN=Engineering Career Assistance Center:mailto:ecac@engr.utexas.ed
 u
ATTENDEE;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
DESCRIPTION:Appointment Type: Resume & Cover Letter Review\nMedium: Virtual
  (Zoom)\nhttps://utexas.zoom.us/j/96651230041
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("handshake-appt-40977312@joinhandshake.com", 0, "", "", "", "", "career-center-resume-review")],
    },
    {
        "kind": "career-fair",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250916
DTEND;VALUE=DATE:20250917
DTSTAMP:20250901T120000Z
UID:cf9expo0916@google.com
SUMMARY:Engineering Expo (career fair) 👔
DESCRIPTION:Gregory Gym. bring 20 resumes. booths: datadog\, cloudflare\, ca
 p one\, TI\, HEB\, schwab. some do on-the-spot interviews next day - sign u
 p at booth
LOCATION:Gregory Gym
END:VEVENT
END:VCALENDAR
""",
        "labels": [("cf9expo0916@google.com", 0, "", "", "", "", "career-fair-mentions-interviews")],
    },
    {
        "kind": "webinar",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250908T150000Z
DTSTART:20250911T230000Z
DTEND:20250912T000000Z
SUMMARY:Cracking the New Grad Technical Interview: Live Q&A with Engineers
UID:ZOOM98120044711WEBINAR@zoom.us
DESCRIPTION:Hi Ethan Caldwell\,\n\nThank you for registering for "Cracking
  the New Grad Technical Interview". Engineers from Ramp and Figma share how
  their interviews work and do a live mock coding interview on stage.\n\nJoin
  from PC\, Mac\, iPad: https://us02web.zoom.us/w/98120044711?tk=abc\nWebina
 r ID: 981 2004 4711
LOCATION:https://us02web.zoom.us/w/98120044711
ORGANIZER;CN=Handshake Events:mailto:events@joinhandshake.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ZOOM98120044711WEBINAR@zoom.us", 0, "", "", "", "", "webinar-about-interviews-names-employers")],
    },
]
