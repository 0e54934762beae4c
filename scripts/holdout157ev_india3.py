# ruff: noqa: E501
"""holdout157 events: Priya's own interviews with Indian employers (part 3: startups, agencies, headhunters)."""

from holdout157ev_tz import KOLKATA, ev

EVENTS = [
    ev(
        "zoho-recruit", "zr-int-1000456789012-priya", 1, "Zeta", "SDET Lead", "technical",
        "pranav.acharya@zeta.tech", "zoho-recruit-technical-interview",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:zr-int-1000456789012-priya
DTSTAMP:20250225T101010Z
DTSTART;TZID=Asia/Kolkata:20250303T153000
DTEND;TZID=Asia/Kolkata:20250303T163000
SUMMARY:Technical Interview - SDET Lead - Priya Raghavan
ORGANIZER;CN=Zeta Hiring Team:mailto:recruit@zohorecruitmail.com
ATTENDEE;CN=Priya Raghavan;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Pranav Acharya:mailto:pranav.acharya@zeta.tech
LOCATION:Zoho Meeting
DESCRIPTION:Hi Priya\,\n\nGreetings from Zeta!\n\nYour interview for SDET Lead is scheduled as below:\nInterview Name: Technical Interview\nInterviewer: Pranav Acharya\nMode: Online (Zoho Meeting)\nJoin: https://meeting.zoho.in/meeting/register?sessionId=1077203948\n\nAll the best!\nZeta Hiring Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "case-study", "2bs8c0k5l9m1n4p7q3r6t2v0x8@google.com", 1, "BrowserStack", "QA Manager", "technical",
        "ritesh.pawar@browserstack.com;gayatri.k@browserstack.com", "google-calendar-case-study-presentation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T100000Z
DTEND:20250410T111500Z
DTSTAMP:20250405T072233Z
ORGANIZER;CN=Gayatri K:mailto:gayatri.k@browserstack.com
UID:2bs8c0k5l9m1n4p7q3r6t2v0x8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ritesh Pawar;X-NUM-GUESTS=0:mailto:ritesh.pawar@browserstack.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gayatri K;X-NUM-GUESTS=0:mailto:gayatri.k@browserstack.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/gma-xtfv-hpe
DESCRIPTION:Hi Priya\,\n\nAs discussed\, please present the case study we shared (test strategy for a real-device cloud release + how you'd scale the QA team from 6 to 15). 30 min presentation\, 45 min Q&A with Ritesh (VP Engineering) and me.\n\nJoin with Google Meet: https://meet.google.com/gma-xtfv-hpe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BrowserStack <> Priya | QA Manager | Case study discussion
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "lever-recruiter", "lever-3b9d7e10-2c44-4a91-b0f2-88a1c5d6e4f3", 1, "Postman", "Quality Engineering Manager",
        "recruiter_screen", "ishita.b@postman.com", "lever-recruiter-chat-zoom",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:lever-3b9d7e10-2c44-4a91-b0f2-88a1c5d6e4f3
DTSTAMP:20250226T120101Z
DTSTART;TZID=Asia/Kolkata:20250228T123000
DTEND;TZID=Asia/Kolkata:20250228T130000
SUMMARY:Postman | Recruiter chat | Quality Engineering Manager
ORGANIZER;CN="Ishita Banerjee (via Lever)":mailto:ishita.b@postman.com
ATTENDEE;CN=Priya Raghavan;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Ishita Banerjee;PARTSTAT=ACCEPTED:mailto:ishita.b@postman.com
LOCATION:https://postman.zoom.us/j/96612308845
DESCRIPTION:Hi Priya\, looking forward to our chat about the Quality Engineering Manager opening in Bangalore. 30 minutes\, fairly informal - your background\, what you're looking for\, and an overview of our interview process.\n\nZoom: https://postman.zoom.us/j/96612308845\n\nIshita
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "xfn-round", "lever-5e1f2a90-7d3c-4b6e-9a08-c4d2e1f0b7a6", 1, "Postman", "Quality Engineering Manager", "",
        "ashwin.menon@postman.com", "lever-cross-functional-round-with-pm",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:lever-5e1f2a90-7d3c-4b6e-9a08-c4d2e1f0b7a6
DTSTAMP:20250311T060000Z
DTSTART;TZID=Asia/Kolkata:20250313T181500
DTEND;TZID=Asia/Kolkata:20250313T190000
SUMMARY:Interview: Priya Raghavan - Cross-functional partnership
ORGANIZER;CN="Ishita Banerjee (via Lever)":mailto:ishita.b@postman.com
ATTENDEE;CN=Priya Raghavan;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Ashwin Menon;PARTSTAT=ACCEPTED:mailto:ashwin.menon@postman.com
LOCATION:https://postman.zoom.us/j/91120087312
DESCRIPTION:Priya will meet Ashwin Menon (Group Product Manager\, API Platform). Focus: working with product and engineering on release quality\, handling disagreement on ship/no-ship decisions.\n\nZoom: https://postman.zoom.us/j/91120087312
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "founder-gmail", "6kh2a9b1c4d7e0f3g8h5i2j6k9@google.com", 1, "Kalpa Health", "Head of QA", "hiring_manager",
        "vivek.kalpa@gmail.com", "founder-on-free-mail-casual-chat-about-role",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250315T043000Z
DTEND:20250315T053000Z
DTSTAMP:20250312T181145Z
ORGANIZER;CN=Vivek Krishnan:mailto:vivek.kalpa@gmail.com
UID:6kh2a9b1c4d7e0f3g8h5i2j6k9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vivek Krishnan;X-NUM-GUESTS=0:mailto:vivek.kalpa@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
LOCATION:Third Wave Coffee\, 80 Feet Road\, Indiranagar
DESCRIPTION:Hey Priya - great to connect via Sanjay. Let's meet over coffee on Saturday. I'd love to tell you what we're building at Kalpa (ABDM-integrated clinic software\, 14 engineers\, no QA function yet) and hear how you'd set up QA from scratch as our Head of QA. Will also loop in my co-founder for a second chat if this goes well. Cheers\, Vivek
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya / Vivek - Kalpa Head of QA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "headhunter-body", "040000008200E00074C5B7101A82E00800000000E1A5C3D2F39ADB01000000000000000010000000A0B7C6E5D4", 1,
        "Lowe's India", "Test Manager", "recruiter_screen", "shalini@talentcorridor.in",
        "headhunter-names-client-only-in-body",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Shalini Mehra:mailto:shalini@talentcorridor.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nThanks for your time on the phone earlier. As discussed\, my client is Lowe's India (Bengaluru\, Manyata Tech Park) - they are looking for a Test Manager for their Omnichannel / Order Management program\, team of ~20 QEs\, hybrid 3 days. Before I submit your profile I would like to do a detailed screening on your experience\, CTC\, notice period and reasons for change.\n\nI will call you on +91 98450 22718.\n\nBest regards\,\nShalini Mehra\nPrincipal Consultant - Technology Hiring\nTalent Corridor Search Partners
UID:040000008200E00074C5B7101A82E00800000000E1A5C3D2F39ADB01000000000000000010000000A0B7C6E5D4
SUMMARY;LANGUAGE=en-US:Discussion - Test Manager opportunity - Priya Raghavan
DTSTART:20250227T093000Z
DTEND:20250227T100000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T110412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "agency-screen", "5c0a8e21-randstad-sched-20250305-0931", 1, "Target in India", "Lead SDET",
        "recruiter_screen", "pooja.venkatesh@randstad.in", "agency-recruiter-screen-named-client",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:5c0a8e21-randstad-sched-20250305-0931
DTSTAMP:20250303T094500Z
DTSTART;TZID=Asia/Kolkata:20250305T160000
DTEND;TZID=Asia/Kolkata:20250305T163000
SUMMARY:Screening call - Lead SDET - Target in India (client)
ORGANIZER;CN="Venkatesh, Pooja":mailto:pooja.venkatesh@randstad.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raghavan:mailto:priya.raghavan.qa@outlook.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hi Priya\,\n\nScheduling the screening call for the Lead SDET position with our client Target in India (TII)\, Bengaluru. This is a permanent role on Target's payroll. I'll go through a short technical questionnaire (Java\, Selenium/Playwright\, API testing\, CI/CD) that the client has shared\, then we can plan the client rounds.\n\nRegards\,\nPooja Venkatesh | Senior Recruiter | Randstad India - Professional Search\n\nJoin the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rnd0305@thread.v2/0\nMeeting ID: 317 229 884 003  Passcode: 9xQbVu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
