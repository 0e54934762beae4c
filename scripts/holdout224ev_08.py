# ruff: noqa: E501
"""holdout224 events, part 8: the user on the hiring side at Read Forward Georgia (major-gifts officer search), first half."""

from holdout224ev_tz import NY_ATS, NY_GOOGLE

EVENTS = [
    {
        "kind": "mgo-round-one",
        "uid": "2u7lq9c4k1ob8e0mrh3vt5fd6s@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-mgo-candidate-on-gmail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250310T130000
DTEND;TZID=America/New_York:20250310T140000
DTSTAMP:20250304T152210Z
ORGANIZER;CN=Monique Hayes:mailto:mhayes@readforwardga.org
UID:2u7lq9c4k1ob8e0mrh3vt5fd6s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Angela Pierce;X-NUM-GUESTS=0:mailto:apierce@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jasmine Ortiz;X-NUM-GUESTS=0:mailto:jasmine.ortiz88@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/aob-kfrw-tmz
DESCRIPTION:Major Gifts Officer – first-round interview\n\nCandidate: Jasmine Ortiz (résumé and cover letter in the MGO Search folder)\nInterviewers: Angela Pierce (ED)\, Danielle Brooks-Harper (Director of Development)\n\nPlease use the shared question set and enter your scorecard in the folder by end of day.\n\nJoin with Google Meet: https://meet.google.com/aob-kfrw-tmz
LAST-MODIFIED:20250304T152210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MGO Interview – Jasmine Ortiz (Round 1)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jazzhr-interviewer",
        "uid": "jazzhr-event-77340218-rfga",
        "is_interview": 0,
        "trap": "user-as-interviewer-jazzhr-invite-to-staff-interviewer",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//JazzHR Calendar//EN
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:jazzhr-event-77340218-rfga
DTSTAMP:20250306T190214Z
DTSTART;TZID=America/New_York:20250312T100000
DTEND;TZID=America/New_York:20250312T110000
SUMMARY:Interview: Major Gifts Officer - Terrence Wallace
ORGANIZER;CN=Read Forward Georgia:mailto:notifications@app.jazz.co
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dbrooks@readforwardga.org
ATTENDEE;CN=Angela Pierce;ROLE=REQ-PARTICIPANT:mailto:apierce@readforwardga.org
LOCATION:Read Forward Georgia\, 84 Walton St NW\, Suite 300\, Atlanta GA 30303 - Conference Room
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Terrence Wallace\nJob: Major Gifts Officer\nInterview type: In person\n\nView the candidate's profile and submit your evaluation in JazzHR.\n\nSent via JazzHR
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "scorecards-due",
        "uid": "0A6D2E91-7F3B-4C85-B1D0-5E8A4C2F9B16",
        "is_interview": 0,
        "trap": "user-as-interviewer-scorecards-due-all-day",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0A6D2E91-7F3B-4C85-B1D0-5E8A4C2F9B16
DTSTAMP:20250310T214455Z
CREATED:20250310T214430Z
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
SUMMARY:MGO scorecards due to Monique!!
DESCRIPTION:Jasmine\, Terrence\, Kwame\, Marcus D. - 1-5 on moves mgmt\, ask experience\, RE/Raiser's Edge\, culture
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mgo-debrief",
        "uid": "5ek0r8u3q1h6m9p2c7btsl4davv@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-search-debrief",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250317T160000
DTEND;TZID=America/New_York:20250317T164500
DTSTAMP:20250313T184010Z
ORGANIZER;CN=Angela Pierce:mailto:apierce@readforwardga.org
UID:5ek0r8u3q1h6m9p2c7btsl4davv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Monique Hayes;X-NUM-GUESTS=0:mailto:mhayes@readforwardga.org
DESCRIPTION:Round 1 wrap: compare scorecards\, pick 2 finalists\, decide on the writing exercise and who sits on the finalist panel.
LAST-MODIFIED:20250313T184010Z
LOCATION:Angela's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MGO search – round 1 debrief
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "accepted-reply",
        "uid": "3ij7r2c5n0e8k1va9qbo4tmf6g@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Yahoo//Yahoo Calendar//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:3ij7r2c5n0e8k1va9qbo4tmf6g@google.com
DTSTAMP:20250320T012207Z
DTSTART:20250325T140000Z
DTEND:20250325T163000Z
SUMMARY:Major Gifts Officer – Finalist Interview (Priya Raman)
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
ATTENDEE;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@yahoo.com
COMMENT:Thank you\, Danielle – I'm looking forward to meeting the team on Tuesday!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "uid": "040000008200E00074C5B7101A82E00800000000F0E4A2B19C90DB01000000000000000010000000B8C6D3E2A714",
        "is_interview": 0,
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": r"""BEGIN:VCALENDAR
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
ORGANIZER;CN="Langford, Erica":mailto:elangford@philanthropystaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brooks-Harper, Danielle":mailto:dbrooks@readforwardga.org
DESCRIPTION;LANGUAGE=en-US:Hi Danielle\,\n\nPer our conversation\, I'd like to walk you through Kwame Okafor's background before you meet him – 6 years as an MGO at a regional hospital foundation\, consistent $1.2M+ annual portfolio\, strong on planned-giving conversations. His résumé and our candidate summary are attached. He is available for a first interview with you and Angela next week.\n\nErica Langford\nSenior Recruiter | Philanthropy Staffing Partners\n
UID:040000008200E00074C5B7101A82E00800000000F0E4A2B19C90DB01000000000000000010000000B8C6D3E2A714
SUMMARY;LANGUAGE=en-US:Candidate presentation: Kwame Okafor – Major Gifts Officer (Read Forward GA)
DTSTART;TZID=Eastern Standard Time:20250305T111500
DTEND;TZID=Eastern Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T202111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone – Erica to call Danielle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "uid": "f19a3c7e-2b6d-4e80-a5c1-93d7b0e4f2a8",
        "is_interview": 0,
        "trap": "user-as-interviewer-calendly-host-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f19a3c7e-2b6d-4e80-a5c1-93d7b0e4f2a8
DTSTAMP:20250227T143510Z
DTSTART:20250304T150000Z
DTEND:20250304T152000Z
SUMMARY:Marcus Dean and Danielle Brooks-Harper
DESCRIPTION:Event Name: MGO Phone Screen (20 min)\n\nLocation: Danielle will call you at the number you provide.\n\nInvitee: Marcus Dean\nInvitee Email: marcusdean.fundraising@gmail.com\nPhone: +1 678-555-0151\n\nQuestions:\nWhat interests you about Read Forward Georgia?: I volunteered as a reading buddy in college and have spent 5 years in annual giving at a museum.\n\nPowered by Calendly.com
LOCATION:+1 678-555-0151
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
ATTENDEE;CN=Marcus Dean;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcusdean.fundraising@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "role-play",
        "uid": "7bm2k0q5u8s3l1d9nfc6tr4ehp@google.com",
        "is_interview": 0,
        "trap": "user-as-interviewer-donor-ask-role-play-exercise",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250325T103000
DTEND;TZID=America/New_York:20250325T111500
DTSTAMP:20250319T170022Z
ORGANIZER;CN=Danielle Brooks-Harper:mailto:dbrooks@readforwardga.org
UID:7bm2k0q5u8s3l1d9nfc6tr4ehp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Brooks-Harper;X-NUM-GUESTS=0:mailto:dbrooks@readforwardga.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Nguyen;X-NUM-GUESTS=0:mailto:cnguyen@readforwardga.org
DESCRIPTION:Finalist practical (Priya R.): 20-min mock solicitation. I play "Mrs. Hendricks"\, a lapsed $10K donor considering a $50K naming gift for a school library. Carla observes and takes notes against the rubric. 15 min debrief with the finalist after.
LAST-MODIFIED:20250319T170022Z
LOCATION:Small conf room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MGO finalist – donor ask role play (I'm the donor)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "finalist-lunch",
        "uid": "3D5C8E10-A2F4-4B97-8E6C-71B0D9F2A534",
        "is_interview": 0,
        "trap": "user-as-interviewer-finalist-lunch-with-board-member",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:3D5C8E10-A2F4-4B97-8E6C-71B0D9F2A534
DTSTAMP:20250321T130518Z
CREATED:20250321T130440Z
DTSTART;TZID=America/New_York:20250325T120000
DTEND;TZID=America/New_York:20250325T131500
SUMMARY:Lunch – Priya Raman (MGO finalist) + Tom Ashford
LOCATION:Thelma's Kitchen\, 768 Marietta St NW
DESCRIPTION:Tom (board\, dev committee) wants to see how she talks about the mission w/ a donor-type. Expense to MGO search budget.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-notes",
        "uid": "C8A1F4E2-0B7D-49E3-9D26-5F13E8B0A7C4",
        "is_interview": 0,
        "trap": "user-as-interviewer-typed-candidate-notes",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C8A1F4E2-0B7D-49E3-9D26-5F13E8B0A7C4
DTSTAMP:20250304T155801Z
CREATED:20250304T155744Z
DTSTART:20250304T152500
DTEND:20250304T153000
SUMMARY:notes - Marcus D.
DESCRIPTION:phone screen done. warm\, good stories\, annual fund only - no 6-fig asks yet. moves mgmt?? maybe for Dev Associate instead. tell Monique
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
