# ruff: noqa: E501
"""holdout157 events: Priya's own interviews with Indian employers (part 4)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "hr-discussion", "040000008200E00074C5B7101A82E00800000000F2C1B7A4E5A1DB01000000000000000010000000B9E8D7C6A1", 1,
        "Capgemini", "Test Manager", "final", "meera.kulkarni@capgemini.com",
        "outlook-hr-discussion-after-tech-rounds-pune",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Kulkarni, Meera":mailto:meera.kulkarni@capgemini.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Dear Priya\,\n\nYou have cleared both technical rounds for Test Manager (Pune\, Talawade). Please join the HR discussion as per below schedule. Keep ready: last 3 months payslips\, current offer letter / appraisal letter\, and expected CTC.\n\nRegards\,\nMeera Kulkarni\nHR Business Partner - Capgemini India\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_CapHR0417@thread.v2/0\nMeeting ID: 390 118 220 476  Passcode: x3Fq7b\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000F2C1B7A4E5A1DB01000000000000000010000000B9E8D7C6A1
SUMMARY;LANGUAGE=en-US:HR Discussion | Test Manager | Priya Raghavan
DTSTART;TZID=India Standard Time:20250417T143000
DTEND;TZID=India Standard Time:20250417T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "workday-hm", "WD-INTV-REQ-10048211-2", 1, "Novartis", "Test Manager - Computerized System Validation",
        "hiring_manager", "sunita.reddy@novartis.com", "workday-hiring-manager-hyderabad-csv",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:WD-INTV-REQ-10048211-2
DTSTAMP:20250401T020000Z
DTSTART;TZID=Asia/Kolkata:20250404T113000
DTEND;TZID=Asia/Kolkata:20250404T123000
SUMMARY:Interview: Test Manager - Computerized System Validation (REQ-10048211)
ORGANIZER;CN=Novartis Talent Acquisition:mailto:novartis@myworkday.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sunita Reddy;ROLE=REQ-PARTICIPANT:mailto:sunita.reddy@novartis.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Priya\,\n\nWe are pleased to confirm your interview with the hiring manager\, Sunita Reddy (Head - Quality Engineering\, Hyderabad)\, for the position Test Manager - Computerized System Validation\, Novartis Healthcare Private Limited\, Hyderabad (HITEC City).\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NVS10048211@thread.v2/0\n\nPlease ensure your Workday candidate profile is complete.\n\nNovartis Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "webex-tech", "b41c2d9e8f7a4b3c9d0e1f2a3b4c5d6e@webex.com", 1, "Mastercard", "Lead SDET", "technical",
        "rohit.deshmukh@mastercard.com;farah.shaikh@mastercard.com", "webex-technical-round-1-pune",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b41c2d9e8f7a4b3c9d0e1f2a3b4c5d6e@webex.com
DTSTAMP:20250319T062012Z
DTSTART:20250324T053000Z
DTEND:20250324T063000Z
SUMMARY:Mastercard | Lead SDET | Technical Round 1 | Priya Raghavan
ORGANIZER;CN=Rohit Deshmukh:mailto:rohit.deshmukh@mastercard.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Farah Shaikh;ROLE=REQ-PARTICIPANT:mailto:farah.shaikh@mastercard.com
LOCATION:https://mastercard.webex.com/mastercard/j.php?MTID=m7d3f21e0a9b8c7d6e5f4a3b2c1d0e9f8
DESCRIPTION:Technical Round 1 for the Lead SDET position (Pune Tech Hub). Panel: Rohit Deshmukh\, Farah Shaikh.\n\n-- Do not delete or change any of the following text. --\n\nJoin meeting\nhttps://mastercard.webex.com/mastercard/j.php?MTID=m7d3f21e0a9b8c7d6e5f4a3b2c1d0e9f8\nMeeting number (access code): 2517 881 3304\nMeeting password: Mc7uQx2P\n\nTap to join from a mobile device\n+91-22-6170-4434\,\,25178813304## India toll\n\nJoin by phone\n+91-22-6170-4434 India toll\n000-800-040-3062 India toll free
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "chapter-lead", "4cr7e9d2a1b0c3f6g5h8i1j4k7@google.com", 1, "CRED", "Quality Chapter Lead", "hiring_manager",
        "n.sriram@cred.club", "google-calendar-lowercase-x-conversation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250428T123000Z
DTEND:20250428T132000Z
DTSTAMP:20250424T084411Z
ORGANIZER;CN=Sriram N:mailto:n.sriram@cred.club
UID:4cr7e9d2a1b0c3f6g5h8i1j4k7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sriram N;X-NUM-GUESTS=0:mailto:n.sriram@cred.club
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/oav-qhxy-pzm
DESCRIPTION:conversation with the hiring manager for quality chapter lead. no prep needed\, bring your stories.\n\nJoin with Google Meet: https://meet.google.com/oav-qhxy-pzm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:cred x priya — quality chapter lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "bookings-screen", "AAMkAGQ5YjE0ZTg2LWMphasis-Bookings-7f3a-priya", 1, "Mphasis", "Associate Test Manager",
        "recruiter_screen", "Harini Prakash", "ms-bookings-screening-booked-by-user",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN=Mphasis Talent Acquisition:mailto:MphasisTalentAcquisition@mphasis.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raghavan:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Screening Call - Associate Test Manager (Bengaluru)\nStaff: Harini Prakash\nDuration: 30 minutes\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MphBk@thread.v2/0\n\nNeed to make changes? Manage your booking: https://outlook.office365.com/owa/calendar/MphasisTalentAcquisition@mphasis.onmicrosoft.com/bookings/\n\nThis appointment was booked with Microsoft Bookings.
UID:AAMkAGQ5YjE0ZTg2LWMphasis-Bookings-7f3a-priya
SUMMARY;LANGUAGE=en-US:Screening Call - Associate Test Manager
DTSTART;TZID=India Standard Time:20250312T110000
DTEND;TZID=India Standard Time:20250312T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T163302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "icims-interview", "icims-sched-00341877-ccc2", 1, "Providence India", "Manager, Quality Engineering",
        "technical", "aparna.ghosh@providence.org;mohan.vemuri@providence.org", "icims-panel-hyderabad",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:icims-sched-00341877-ccc2
DTSTAMP:20250414T041500Z
DTSTART;TZID=Asia/Kolkata:20250422T160000
DTEND;TZID=Asia/Kolkata:20250422T170000
SUMMARY:Interview: Manager\, Quality Engineering (2025-34187) - Priya Raghavan
ORGANIZER;CN=Providence Careers:mailto:providence-careers@talent.icims.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Aparna Ghosh;ROLE=REQ-PARTICIPANT:mailto:aparna.ghosh@providence.org
ATTENDEE;CN=Mohan Vemuri;ROLE=REQ-PARTICIPANT:mailto:mohan.vemuri@providence.org
LOCATION:Microsoft Teams
DESCRIPTION:Hello Priya\,\n\nThank you for your interest in Providence India (Hyderabad). Your panel interview for Manager\, Quality Engineering (Job 2025-34187) is confirmed.\n\nPanel:\nAparna Ghosh - Sr. Manager\, Quality Engineering\nMohan Vemuri - Principal Engineer\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PRV34187@thread.v2/0\n\nThis message was sent from iCIMS on behalf of Providence.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "typed-l1", "E3B1F6A2-9C4D-4F7E-8A1B-2D5C6E7F8A90", 1, "Sigmoid", "SDET Lead", "technical", "Ravi",
        "user-typed-l1-with-interviewer-first-name",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T064512Z
DTSTART;TZID=Asia/Kolkata:20250324T180000
DTEND;TZID=Asia/Kolkata:20250324T190000
DTSTAMP:20250320T064530Z
LAST-MODIFIED:20250320T064530Z
SUMMARY:Sigmoid L1 - SDET lead
DESCRIPTION:Ravi (EM) will call on teams\, link in naukri mail. Topics - spark/data pipeline testing?? read up on great expectations. Exp CTC told consultant 48.
LOCATION:Teams
SEQUENCE:0
UID:E3B1F6A2-9C4D-4F7E-8A1B-2D5C6E7F8A90
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
]
