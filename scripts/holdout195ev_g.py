"""holdout195 raw events, part g: Ethan on the hiring side (TA hiring, HackTX organizers, lab RAs)."""

EVENTS = [
    {
        "kind": "ta-interviews",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251118T130000
DTEND;TZID=America/Chicago:20251118T160000
DTSTAMP:20251111T183000Z
ORGANIZER;CN=Rebecca Hwang:mailto:rhwang@cs.utexas.edu
UID:1ta439sp26interviews1118@google.com
ATTENDEE;CN=Rebecca Hwang;PARTSTAT=ACCEPTED:mailto:rhwang@cs.utexas.edu
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Noah Feldman;PARTSTAT=ACCEPTED:mailto:nfeldman@utexas.edu
DESCRIPTION:CS 439 Spring '26 UTA interviews. 20 min each\, I'll take the c
 onceptual q's\, Ethan + Noah do the debugging exercise (the buggy malloc o
 ne). Rubric + applicant list in the shared drive folder "439 hiring S26".\n
 1:00 Aiden Park\n1:20 Leila Haddad\n1:40 Owen Brooks\n2:00 break\n2:20 Mart
 a Silva\n2:40 Dev Patel\n3:00 Grace Liu\n\nGDC 6.302
LOCATION:GDC 6.302
SUMMARY:439 UTA interviews (S26)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1ta439sp26interviews1118@google.com", 0, "", "", "", "",
                    "user-as-interviewer-ta-panel-with-professor")],
    },
    {
        "kind": "ta-candidate-room",
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
ORGANIZER;CN="Hwang, Rebecca";SENT-BY="mailto:csstaff-scheduling@cs.utexas.e
 du":mailto:rhwang@cs.utexas.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Caldwell,
  Ethan":mailto:ethan.caldwell@utexas.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zhou, Kev
 in":mailto:kzhou26@utexas.edu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="GDC 6.816 Confe
 rence Room":mailto:gdc6816@cs.utexas.edu
DESCRIPTION;LANGUAGE=en-US:Interview for Undergraduate Teaching Assistant -
  CS 439 (Spring 2026). Candidate: Kevin Zhou. Ethan Caldwell (current UTA)
  will join Dr. Hwang.\n\nScheduled by CS Dept Staff on behalf of Dr. Hwang
 .\n
UID:040000008200E00074C5B7101A82E00800000000D11E3F4A5B6CDC01000000000000000
 01000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=en-US:UTA Interview: Zhou\, Kevin (CS 439)
DTSTART;TZID=Central Standard Time:20251120T100000
DTEND;TZID=Central Standard Time:20251120T102000
DTSTAMP:20251113T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:GDC 6.816 Conference Room
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000D11E3F4A5B6CDC0100000000000000001000000012AB34CD56EF78"
                    "90AB12CD34EF567890", 0, "", "", "", "", "user-as-interviewer-outlook-candidate-and-room")],
    },
    {
        "kind": "candidate-reply",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251121T200000Z
DTEND:20251121T202000Z
DTSTAMP:20251116T031544Z
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
UID:3eth0uta0followup1121@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara Oy
 elowo:mailto:saraoyelowo@utexas.edu
SUMMARY:Accepted: 439 UTA interview - Sara (makeup slot) @ Fri Nov 21\, 2025
  2pm - 2:20pm (CST) (Ethan Caldwell)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3eth0uta0followup1121@google.com", 0, "", "", "", "",
                    "user-as-interviewer-candidate-accepted-reply")],
    },
    {
        "kind": "calendly-host",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a83c0e4f-1b27-4d95-8e60-7f2b9c1d3e45@calendly.com
DTSTAMP:20251112T221000Z
DTSTART:20251117T230000Z
DTEND:20251117T231500Z
SUMMARY:Jaden Price and Ethan Caldwell
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Jaden Price;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jaden.p.2004@g
 mail.com
DESCRIPTION:Event Name: 439 UTA applicant chat (15 min)\n\nLocation: This i
 s a Zoom web conference.\nhttps://utexas.zoom.us/j/94410062217\n\nInvitee:
  Jaden Price\nInvitee Email: jaden.p.2004@gmail.com\n\nQuestions:\nWhich co
 urse(s) are you applying to TA?: 439\nGrade you got in the course: A-\n\nPow
 ered by Calendly.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("a83c0e4f-1b27-4d95-8e60-7f2b9c1d3e45@calendly.com", 0, "", "", "", "",
                    "user-as-interviewer-calendly-host-applicant-free-mail")],
    },
    {
        "kind": "interview-slots",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/Chicago
BEGIN:VTIMEZONE
TZID:America/Chicago
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
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251110T160000
DTEND;TZID=America/Chicago:20251110T170000
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO
DTSTAMP:20251105T170000Z
UID:4slots0uta0mondays@google.com
SUMMARY:UTA interview slots (hold)
DESCRIPTION:holding these for candidates who can't do the tuesday block. bo
 ok via the sheet
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251117T170000
DTEND;TZID=America/Chicago:20251117T180000
RECURRENCE-ID;TZID=America/Chicago:20251117T160000
DTSTAMP:20251114T150000Z
UID:4slots0uta0mondays@google.com
SUMMARY:UTA interview slots (hold) - moved, soccer playoff at 4
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4slots0uta0mondays@google.com", 0, "", "", "", "",
                    "user-as-interviewer-recurring-slots-override")],
    },
    {
        "kind": "debrief",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251124T110000
DTEND;TZID=America/Chicago:20251124T113000
DTSTAMP:20251119T201000Z
ORGANIZER;CN=Rebecca Hwang:mailto:rhwang@cs.utexas.edu
UID:5uta0debrief1124@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Noah Feldman;PARTSTAT=ACCEPTED:mailto:nfeldman@utexas.edu
SUMMARY:439 S26 staffing - decide
DESCRIPTION:Bring your rubric scores. We have 4 slots\, 11 applicants. Wan
 t to send offers before Thanksgiving.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5uta0debrief1124@google.com", 0, "", "", "", "", "user-as-interviewer-staffing-decision-debrief")],
    },
    {
        "kind": "scoring-task",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
BEGIN:VEVENT
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
DTSTAMP:20251115T020000Z
DTSTART:20251116T140000
DTEND:20251116T160000
SUMMARY:grade UTA coding checks (gradescope)
DESCRIPTION:11 submissions. score w/ rubric v2\, flag anyone < 6/10 for Dr
  H. don't look at names first
END:VEVENT
END:VCALENDAR
""",
        "labels": [("9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", 0, "", "", "", "",
                    "user-as-interviewer-scoring-applicant-coding-checks")],
    },
    {
        "kind": "teaching-demo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251119T180000
DTEND;TZID=America/Chicago:20251119T193000
DTSTAMP:20251114T220000Z
ORGANIZER;CN=Noah Feldman:mailto:nfeldman@utexas.edu
UID:6uta0demo1119@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Rebecca Hwang;PARTSTAT=TENTATIVE:mailto:rhwang@cs.utexas.edu
SUMMARY:Discussion section try-outs (finalists)
DESCRIPTION:Each finalist runs 10 min of a section on page tables for us +
  2 "students" (we play confused students lol). Fill out the form after eac
 h one.
LOCATION:GDC 2.210
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6uta0demo1119@google.com", 0, "", "", "", "", "user-as-interviewer-finalist-teaching-tryouts")],
    },
    {
        "kind": "typed-notes",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F
DTSTAMP:20251118T221500Z
DTSTART;TZID=America/Chicago:20251118T161000
DTEND;TZID=America/Chicago:20251118T162000
SUMMARY:notes - intvws today
DESCRIPTION:aiden: solid\, found the double free fast. leila: great explana
 tions\, slow on gdb. owen - no show?? marta strong yes. dev ok. grace: stro
 ng but only avail 10hrs/wk
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F", 0, "", "", "", "",
                    "user-as-interviewer-typed-candidate-notes")],
    },
    {
        "kind": "candidate-attendee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251120T150000
DTEND;TZID=America/Chicago:20251120T152000
DTSTAMP:20251115T160000Z
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
UID:7eth0interview0priya1120@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Priya Sundaram;PARTSTAT=NEEDS-ACTION:mailto:priya.sundaram@utexas.edu
ATTENDEE;CN=Rebecca Hwang;PARTSTAT=ACCEPTED:mailto:rhwang@cs.utexas.edu
SUMMARY:Interview: Priya S. - CS 439 UTA
DESCRIPTION:Hi Priya! Thanks for applying to TA 439. This is a 20 min inter
 view with Dr. Hwang and me - a couple of conceptual questions and one small
  debugging exercise. No prep needed. Zoom: https://utexas.zoom.us/j/9128834
 4019
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7eth0interview0priya1120@google.com", 0, "", "", "", "",
                    "user-as-interviewer-user-organizes-interview-word")],
    },
    {
        "kind": "organizer-interviews",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250903T183000
DTEND;TZID=America/Chicago:20250903T210000
DTSTAMP:20250828T030000Z
ORGANIZER;CN=HackTX Team:mailto:team@hacktx.com
UID:8htx0org0apps0903@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Bella Ortiz;PARTSTAT=ACCEPTED:mailto:bella@hacktx.com
SUMMARY:HackTX new organizer interviews - Tech team 🤠
DESCRIPTION:Tech team round 2 for new organizers. Ethan + Bella on Tech.
 Questions + scoring sheet pinned in #recruitment. 15 min each\, 8 people.
LOCATION:EER 1.516
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("8htx0org0apps0903@google.com", 0, "", "", "", "",
                    "user-as-interviewer-student-org-organizer-round")],
    },
    {
        "kind": "app-review",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250830
DTEND;VALUE=DATE:20250901
DTSTAMP:20250826T120000Z
UID:9htx0apps0review@google.com
SUMMARY:read + rate hacktx organizer apps (my batch = 40)
DESCRIPTION:1-5 on initiative / tech / "why hacktx". decide who gets round 2
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("9htx0apps0review@google.com", 0, "", "", "", "", "user-as-interviewer-rating-applications")],
    },
    {
        "kind": "coffee-chat-host",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b1e5d8c2-7a40-4f39-9c16-2d8e0f4a6b71@calendly.com
DTSTAMP:20250825T150000Z
DTSTART:20250827T220000Z
DTEND:20250827T222000Z
SUMMARY:HackTX coffee chat: Ethan Caldwell and Rohan Das
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Rohan Das;RSVP=TRUE:mailto:rohan.das@utexas.edu
DESCRIPTION:Event Name: HackTX coffee chat (organizer applicants)\n\nLocat
 ion: Union coffee shop (Texas Union 1st floor)\n\nInvitee: Rohan Das\n\nQue
 stions:\nWhich team are you applying to?: Tech\, Sponsorship\n\nPowered by
  Calendly.com
LOCATION:Texas Union
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("b1e5d8c2-7a40-4f39-9c16-2d8e0f4a6b71@calendly.com", 0, "", "", "", "",
                    "user-as-interviewer-coffee-chat-with-applicant")],
    },
    {
        "kind": "lab-ra",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250912T100000
DTEND;TZID=America/Chicago:20250912T103000
DTSTAMP:20250909T170000Z
ORGANIZER;CN=Wen Chen:mailto:wchen@cs.utexas.edu
UID:10lab0ura0meet0912@google.com
ATTENDEE;CN=Wen Chen;PARTSTAT=ACCEPTED:mailto:wchen@cs.utexas.edu
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Hailey Brandt;PARTSTAT=NEEDS-ACTION:mailto:hbrandt@utexas.edu
SUMMARY:Meet Hailey (URA applicant)
DESCRIPTION:Ethan - can you ask her about the systems projects on her CV a
 nd whether she's comfortable with C? She'd be working on your fuzzing code
  if we take her. -Wen
LOCATION:GDC 5.438
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("10lab0ura0meet0912@google.com", 0, "", "", "", "", "user-as-interviewer-lab-research-assistant")],
    },
    {
        "kind": "hiring-committee",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250907T200000
DTEND;TZID=America/Chicago:20250907T213000
DTSTAMP:20250904T010000Z
ORGANIZER;CN=HackTX Team:mailto:team@hacktx.com
UID:11htx0directors0select@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
SUMMARY:Directors: final organizer selections
DESCRIPTION:go through everyone's round 2 scores\, resolve splits\, send ac
 ceptances tuesday. be ready to defend your picks
LOCATION:Discord - #directors
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("11htx0directors0select@google.com", 0, "", "", "", "",
                    "user-as-interviewer-selection-committee")],
    },
    {
        "kind": "shadow",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:2A3B4C5D-6E7F-4A8B-9C0D-1E2F3A4B5C6D
DTSTAMP:20250415T130000Z
DTSTART;TZID=America/Chicago:20250416T140000
DTEND;TZID=America/Chicago:20250416T153000
SUMMARY:sit in on 429 TA intvws (observe only)
DESCRIPTION:Dr H wants me to watch how she runs them before I do 439 ones
  in the fall. don't talk\, just take notes on format
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2A3B4C5D-6E7F-4A8B-9C0D-1E2F3A4B5C6D", 0, "", "", "", "", "user-as-interviewer-shadowing-panel")],
    },
]
