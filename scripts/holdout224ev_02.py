# ruff: noqa: E501
"""holdout224 events, part 2: the Charlotte hospital foundation (Workday, Teams, reschedule) and the Nashville hospital foundation (SuccessFactors, cancel)."""

from holdout224ev_tz import CHI_GOOGLE, EST_OUTLOOK, NY_ATS, OUTLOOK_HEAD

_CPHF_TEAMS = r"""________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZGEtMmM1Ni00ZDk2LWE0YjMtZTc4NjRlNzA5ZGIy%40thread.v2/0?context=%7b%22Tid%22%3a%22b3d1%22%7d>\nMeeting ID: 291 554 781 066\nPasscode: mR7ce2kW\n________________________________\nDial in by phone\n+1 704-555-0142\,\,613207448# United States\, Charlotte\nPhone conference ID: 613 207 448#\n________________________________\nFor organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n"""

EVENTS = [
    {
        "kind": "workday-screen",
        "uid": "WD-INT-cphf-2025-03-06-8841520",
        "is_interview": 1,
        "company": "Carolina Piedmont Health Foundation",
        "role": "Vice President, Philanthropy",
        "stage": "recruiter_screen",
        "interviewers": "shonda.meeks@cpha.org",
        "trap": "workday-phone-screen-talent-acquisition",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:WD-INT-cphf-2025-03-06-8841520
DTSTAMP:20250303T140559Z
DTSTART;TZID=America/New_York:20250306T100000
DTEND;TZID=America/New_York:20250306T103000
SUMMARY:Interview: Vice President\, Philanthropy (JR-24817) - Danielle Brooks-Harper
ORGANIZER;CN=Carolina Piedmont Health Recruiting:mailto:cpha@myworkday.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Shonda Meeks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Shonda.Meeks@cpha.org
LOCATION:Phone - recruiter will call candidate
DESCRIPTION:Interview Details\n\nJob Requisition: JR-24817 Vice President\, Philanthropy (Open)\nLocation: Charlotte Corporate Center\nInterview Type: Phone Screen\nInterviewer: Shonda Meeks\, Senior Talent Advisor - Executive Recruitment\n\nTo view or update your candidate profile\, sign in to the Carolina Piedmont Health careers site.\n\nThis is a system-generated message from Workday. Please do not reply.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-president",
        "uid": "040000008200E00074C5B7101A82E00800000000D3F6E1B26F8DDB01000000000000000010000000F11A2C6B73E5",
        "is_interview": 1,
        "company": "Carolina Piedmont Health Foundation",
        "role": "VP, Philanthropy",
        "stage": "hiring_manager",
        "interviewers": "monica.whitfield@cpha.org",
        "trap": "outlook-sent-by-assistant-teams-original",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Monica";SENT-BY="mailto:Tamika.Gaines@cpha.org":mailto:Monica.Whitfield@cpha.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gaines, Tamika":mailto:Tamika.Gaines@cpha.org
DESCRIPTION;LANGUAGE=en-US:Danielle – Monica is looking forward to speaking with you about the VP\, Philanthropy role. Please let me know if you have any trouble joining. – Tamika (EA to the President\, Carolina Piedmont Health Foundation)\n\n""" + _CPHF_TEAMS + r"""
UID:040000008200E00074C5B7101A82E00800000000D3F6E1B26F8DDB01000000000000000010000000F11A2C6B73E5
SUMMARY;LANGUAGE=en-US:Danielle Brooks-Harper / Monica Whitfield – VP\, Philanthropy
DTSTART;TZID=Eastern Standard Time:20250318T150000
DTEND;TZID=Eastern Standard Time:20250318T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T132740Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:monica.whitfield@cpha.org\;gruu\;opaque=app:conf:focus:id:NzQ2YjE4
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-moved",
        "uid": "040000008200E00074C5B7101A82E00800000000D3F6E1B26F8DDB01000000000000000010000000F11A2C6B73E5",
        "is_interview": 1,
        "company": "Carolina Piedmont Health Foundation",
        "role": "VP, Philanthropy",
        "stage": "hiring_manager",
        "interviewers": "monica.whitfield@cpha.org",
        "trap": "outlook-reschedule-same-uid-higher-sequence",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Monica";SENT-BY="mailto:Tamika.Gaines@cpha.org":mailto:Monica.Whitfield@cpha.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gaines, Tamika":mailto:Tamika.Gaines@cpha.org
DESCRIPTION;LANGUAGE=en-US:Danielle – my apologies\, a board finance committee call landed on Monica's Tuesday. We've moved your conversation to Thursday at the same time. Same Teams link below. – Tamika\n\n""" + _CPHF_TEAMS + r"""
UID:040000008200E00074C5B7101A82E00800000000D3F6E1B26F8DDB01000000000000000010000000F11A2C6B73E5
SUMMARY;LANGUAGE=en-US:Danielle Brooks-Harper / Monica Whitfield – VP\, Philanthropy
DTSTART;TZID=Eastern Standard Time:20250320T150000
DTEND;TZID=Eastern Standard Time:20250320T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T092210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE:20250314T092210Z
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
        "kind": "board-panel",
        "uid": "040000008200E00074C5B7101A82E00800000000A0C88F4F0A92DB0100000000000000001000000059D2E7C4B812",
        "is_interview": 1,
        "company": "Carolina Piedmont Health Foundation",
        "role": "",
        "stage": "onsite",
        "interviewers": "monica.whitfield@cpha.org;jbarrineau@barrineaulaw.com;deshawn.price@cpha.org",
        "trap": "outlook-panel-with-room-resources",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gaines, Tamika":mailto:Tamika.Gaines@cpha.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitfield, Monica":mailto:Monica.Whitfield@cpha.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Barrineau, James":mailto:jbarrineau@barrineaulaw.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Price, DeShawn":mailto:DeShawn.Price@cpha.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="CCC Boardroom 12A (14)":mailto:CCC-Boardroom12A@cpha.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="AV Cart - Floor 12":mailto:AV-Floor12@cpha.org
DESCRIPTION;LANGUAGE=en-US:Board Development Committee conversation – VP\, Philanthropy finalist\n\nPanel: Monica Whitfield (President)\, James Barrineau (Foundation Board Chair)\, DeShawn Price (Chief Operating Officer\, CPH)\n\nPlease check in at the Carolina Piedmont Health Corporate Center lobby\, 12th floor. Visitor parking in the Tryon St deck\; bring your ticket for validation.\n
UID:040000008200E00074C5B7101A82E00800000000A0C88F4F0A92DB0100000000000000001000000059D2E7C4B812
SUMMARY;LANGUAGE=en-US:VP Philanthropy – Board Development Committee Conversation (D. Brooks-Harper)
DTSTART;TZID=Eastern Standard Time:20250409T130000
DTEND;TZID=Eastern Standard Time:20250409T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T171858Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CCC Boardroom 12A (14); AV Cart - Floor 12
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "employee-health",
        "uid": "EPIC-APPT-CPH-7781204419@cpha.org",
        "is_interview": 0,
        "trap": "pre-employment-health-screening-hospital",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Epic Systems//MyChart Appointment//EN
METHOD:PUBLISH
""" + NY_ATS + r"""BEGIN:VEVENT
UID:EPIC-APPT-CPH-7781204419@cpha.org
DTSTAMP:20250502T120112Z
DTSTART;TZID=America/New_York:20250512T073000
DTEND;TZID=America/New_York:20250512T083000
SUMMARY:Pre-Placement Health Assessment - Employee Health & Wellness
LOCATION:CPH Employee Health\, 1001 Blythe Blvd\, Suite 140\, Charlotte NC 28203
DESCRIPTION:Appointment for: Danielle Brooks-Harper\nDepartment: Employee Health & Wellness\nVisit type: PRE-PLACEMENT\n\nPlease arrive 15 minutes early. Bring a photo ID\, your immunization records (MMR\, varicella\, Tdap\, hepatitis B) and a list of current medications. A TB blood test and a urine drug screen will be collected at this visit. Fasting is not required.\n\nTo cancel or reschedule\, call 704-555-0190.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "offer-call",
        "uid": "A1F3C2D8-7E44-4B5A-9F01-6C2B1E9D4A77",
        "is_interview": 0,
        "trap": "offer-conversation-typed-not-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1F3C2D8-7E44-4B5A-9F01-6C2B1E9D4A77
DTSTAMP:20250424T231455Z
CREATED:20250424T231430Z
DTSTART:20250425T121500
DTEND:20250425T124500
SUMMARY:CPHF offer call - Monica + Shonda
DESCRIPTION:ask: base 185? relocation $$, start date after gala (6/7), PTO\, 403b match. DON'T say yes on the call
LOCATION:cell
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-screen",
        "uid": "sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0001",
        "is_interview": 1,
        "company": "Vanderhall Children's Hospital Foundation",
        "role": "Executive Director, Principal & Major Gifts",
        "stage": "recruiter_screen",
        "interviewers": "lauren.fitch@vanderhallhealth.org",
        "trap": "successfactors-screen-central-time",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0001
DTSTAMP:20250307T201244Z
DTSTART;TZID=America/Chicago:20250313T110000
DTEND;TZID=America/Chicago:20250313T114500
SUMMARY:Interview Scheduled: Executive Director\, Principal & Major Gifts - Requisition 48213
ORGANIZER;CN=Vanderhall Health Careers:mailto:noreply@successfactors.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Lauren Fitch;ROLE=REQ-PARTICIPANT:mailto:lauren.fitch@vanderhallhealth.org
LOCATION:Webex
DESCRIPTION:Dear Danielle\,\n\nYour interview for Executive Director\, Principal & Major Gifts (Vanderhall Children's Hospital Foundation) has been scheduled.\n\nInterviewer(s): Lauren Fitch\, Talent Acquisition\nDuration: 45 minutes\n\nJoin Webex meeting: https://vanderhallhealth.webex.com/vanderhallhealth/j.php?MTID=m4f0b2c9e7a1d\nMeeting number (access code): 2634 118 9021\nMeeting password: Vchf2025\nJoin by phone: +1-415-655-0001 US Toll\n\nTo decline or reschedule\, use the link in your confirmation email.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-onsite",
        "uid": "sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0007",
        "is_interview": 1,
        "company": "Vanderhall Children's Hospital Foundation",
        "role": "Executive Director, Principal & Major Gifts",
        "stage": "onsite",
        "interviewers": "cbranscomb@vanderhallhealth.org;m.tillman@vanderhallhealth.org",
        "trap": "successfactors-onsite-invite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0007
DTSTAMP:20250326T150530Z
DTSTART;TZID=America/Chicago:20250408T093000
DTEND;TZID=America/Chicago:20250408T120000
SUMMARY:Interview Scheduled: Executive Director\, Principal & Major Gifts - Requisition 48213
ORGANIZER;CN=Vanderhall Health Careers:mailto:noreply@successfactors.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Catherine Branscomb;ROLE=REQ-PARTICIPANT:mailto:cbranscomb@vanderhallhealth.org
ATTENDEE;CN=Marcus Tillman;ROLE=REQ-PARTICIPANT:mailto:m.tillman@vanderhallhealth.org
ATTENDEE;CN=Lauren Fitch;ROLE=OPT-PARTICIPANT:mailto:lauren.fitch@vanderhallhealth.org
LOCATION:Vanderhall Children's Hospital Foundation\, 2200 Children's Way\, Suite 3000\, Nashville TN 37232
DESCRIPTION:Dear Danielle\,\n\nYour in-person interview for Executive Director\, Principal & Major Gifts has been scheduled.\n\n9:30 Catherine Branscomb\, Chief Development Officer\n10:30 Marcus Tillman\, Senior Director\, Campaign & Principal Gifts\n11:30 Wrap-up with Talent Acquisition (Lauren Fitch)\n\nPlease bring a government-issued ID to the Foundation reception desk.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-cancelled",
        "uid": "sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0007",
        "is_interview": 1,
        "company": "Vanderhall Children's Hospital Foundation",
        "role": "Executive Director, Principal & Major Gifts",
        "stage": "onsite",
        "interviewers": "cbranscomb@vanderhallhealth.org;m.tillman@vanderhallhealth.org",
        "trap": "successfactors-method-cancel-position-on-hold",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:sfint-2c9f8e4b-1b0a-4e7d-8d5c-vchf-48213-0007
DTSTAMP:20250403T134002Z
DTSTART;TZID=America/Chicago:20250408T093000
DTEND;TZID=America/Chicago:20250408T120000
SUMMARY:Cancelled: Interview Scheduled: Executive Director\, Principal & Major Gifts - Requisition 48213
ORGANIZER;CN=Vanderhall Health Careers:mailto:noreply@successfactors.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Catherine Branscomb;ROLE=REQ-PARTICIPANT:mailto:cbranscomb@vanderhallhealth.org
ATTENDEE;CN=Marcus Tillman;ROLE=REQ-PARTICIPANT:mailto:m.tillman@vanderhallhealth.org
DESCRIPTION:Dear Danielle\,\n\nYour interview for Executive Director\, Principal & Major Gifts has been cancelled. The Foundation has placed this requisition on hold while leadership reviews the FY26 campaign plan. Lauren Fitch will be in touch if the search resumes.
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
]
