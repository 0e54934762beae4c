# ruff: noqa: E501
"""holdout224 events, part 5: single interviews from ATS and scheduling tools (SmartRecruiters, iCIMS, Workable, Calendly, Bookings, GoodTime, ModernLoop) and a founder on free mail."""

from holdout224ev_tz import EST_OUTLOOK, NY_ATS, NY_GOOGLE, OUTLOOK_HEAD

EVENTS = [
    {
        "kind": "smartrecruiters-call",
        "uid": "sr-interview-6f1c2b90e7d84a3c9f55b0e1d4a2c817@smartrecruiters.com",
        "is_interview": 1,
        "company": "Georgia Coastal Trust",
        "role": "Vice President of Philanthropy",
        "stage": "recruiter_screen",
        "interviewers": "bweatherby@gacoastaltrust.org",
        "trap": "smartrecruiters-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6f1c2b90e7d84a3c9f55b0e1d4a2c817@smartrecruiters.com
DTSTAMP:20250225T132200Z
DTSTART:20250303T153000Z
DTEND:20250303T160000Z
SUMMARY:Georgia Coastal Trust - Phone Interview - Vice President of Philanthropy
ORGANIZER;CN=Georgia Coastal Trust:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Beth Weatherby:mailto:bweatherby@gacoastaltrust.org
LOCATION:Phone call: +1 912-555-0174
DESCRIPTION:Interview with Beth Weatherby (Director of Human Resources).\nPlease call +1 912-555-0174 at the scheduled time.\n\nManage your interview: https://jobs.smartrecruiters.com/candidate-portal/
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-teams",
        "uid": "iCIMS-SMCF-2025-1175-int-2",
        "is_interview": 1,
        "company": "Southeastern Memory Care Foundation",
        "role": "Vice President, Development",
        "stage": "hiring_manager",
        "interviewers": "dquarles@semcf.org",
        "trap": "icims-teams-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:iCIMS-SMCF-2025-1175-int-2
DTSTAMP:20250317T180944Z
DTSTART;TZID=America/New_York:20250321T100000
DTEND;TZID=America/New_York:20250321T110000
SUMMARY:Interview - Vice President\, Development (2025-1175)
ORGANIZER;CN=SMCF Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Dorothy Quarles:mailto:dquarles@semcf.org
LOCATION:Microsoft Teams
DESCRIPTION:Candidate: Danielle Brooks-Harper\nPosition: Vice President\, Development (2025-1175)\nInterviewer: Dorothy Quarles\, Chief Executive Officer\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWY0NjQ1%40thread.v2/0\nMeeting ID: 248 660 195 77  Passcode: Sm2bK8\n\nSoutheastern Memory Care Foundation | Atlanta\, GA
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-video",
        "uid": "workable-evt-1a9c4e2f77@workable.com",
        "is_interview": 1,
        "company": "Queen City Arts Fund",
        "role": "Vice President of Development",
        "stage": "",
        "interviewers": "lstaley@qcartsfund.org;dominic@qcartsfund.org",
        "trap": "workable-video-interview-no-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-1a9c4e2f77@workable.com
DTSTAMP:20250312T141133Z
DTSTART:20250319T190000Z
DTEND:20250319T194500Z
SUMMARY:Video interview with Queen City Arts Fund
ORGANIZER;CN=Queen City Arts Fund via Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Danielle Brooks-Harper;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Laurel Staley;PARTSTAT=ACCEPTED:mailto:lstaley@qcartsfund.org
ATTENDEE;CN=Dominic Reyes;PARTSTAT=ACCEPTED:mailto:dominic@qcartsfund.org
LOCATION:https://meet.google.com/ywa-tbvk-jsq
DESCRIPTION:Job: Vice President of Development\nCandidate: Danielle Brooks-Harper\nInterviewers: Laurel Staley\, Dominic Reyes\n\nJoin: https://meet.google.com/ywa-tbvk-jsq\n\nSent with Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-managing-director",
        "uid": "b7e2f0c4-9a1d-4f6e-8c35-1d0a7e9b2f64",
        "is_interview": 1,
        "company": "Ponce Street Theatre Company",
        "role": "Chief Advancement Officer",
        "stage": "hiring_manager",
        "interviewers": "marcus@poncestreettheatre.org",
        "trap": "calendly-booked-by-user-with-managing-director",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e2f0c4-9a1d-4f6e-8c35-1d0a7e9b2f64
DTSTAMP:20250306T031152Z
DTSTART:20250311T213000Z
DTEND:20250311T220000Z
SUMMARY:Danielle Brooks-Harper and Marcus Ellery
DESCRIPTION:Event Name: 30 Minute Meeting\n\nLocation: This is a Zoom web conference.\nhttps://us02web.zoom.us/j/81234409916\n\nPlease share anything that will help prepare for our meeting.: Following up on Marcus's note about the Chief Advancement Officer search. Résumé attached to my application.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b7e2f0c4\nReschedule: https://calendly.com/reschedulings/b7e2f0c4\n\nPowered by Calendly.com
LOCATION:https://us02web.zoom.us/j/81234409916
ORGANIZER;CN=Marcus Ellery:mailto:marcus@poncestreettheatre.org
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Marcus Ellery;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus@poncestreettheatre.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-hr",
        "uid": "040000008200E00074C5B7101A82E008000000005C1E3B7D8A90DB010000000000000000100000002F6D41C0E98B",
        "is_interview": 1,
        "company": "Hope Harbor Family Services",
        "role": "Vice President of Development",
        "stage": "recruiter_screen",
        "interviewers": "Kendra Blalock",
        "trap": "microsoft-bookings-hr-screen-staff-name-only",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Hope Harbor Talent Team:mailto:TalentTeam@hopeharborfs.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Brooks-Harper:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking has been confirmed.\n\nService: Candidate Interview – Vice President of Development\nStaff: Kendra Blalock\nDuration: 45 minutes\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjY3%40thread.v2/0\n\nHope Harbor Family Services\n3200 Park Rd\, Charlotte NC 28209\n(704) 555-0109\n\nCancel or reschedule: https://outlook.office365.com/owa/calendar/TalentTeam@hopeharborfs.org/bookings/\n
UID:040000008200E00074C5B7101A82E008000000005C1E3B7D8A90DB010000000000000000100000002F6D41C0E98B
SUMMARY;LANGUAGE=en-US:Candidate Interview – Vice President of Development for Danielle Brooks-Harper
DTSTART;TZID=Eastern Standard Time:20250404T090000
DTEND;TZID=Eastern Standard Time:20250404T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T004412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-panel",
        "uid": "goodtime-3c0e9f1a-pmrf-7712@goodtime.io",
        "is_interview": 1,
        "company": "Potomac Medical Research Foundation",
        "role": "Vice President, Individual and Planned Giving",
        "stage": "onsite",
        "interviewers": "a.kaplan@pmrf.org;t.boateng@pmrf.org;s.lindqvist@pmrf.org",
        "trap": "goodtime-back-to-back-virtual-onsite",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:goodtime-3c0e9f1a-pmrf-7712@goodtime.io
DTSTAMP:20250407T120804Z
DTSTART;TZID=America/New_York:20250416T130000
DTEND;TZID=America/New_York:20250416T160000
SUMMARY:Danielle Brooks-Harper - Virtual Onsite - VP\, Individual & Planned Giving
ORGANIZER;CN=PMRF Recruiting Coordination:mailto:recruiting@pmrf.org
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
LOCATION:Zoom
DESCRIPTION:Your interview itinerary (Eastern Time)\n\n1:00 - 1:45 PM | Aaron Kaplan\, Chief Philanthropy Officer | a.kaplan@pmrf.org\n1:45 - 2:30 PM | Tomi Boateng\, Director of Planned Giving | t.boateng@pmrf.org\n2:30 - 2:45 PM | Break\n2:45 - 3:30 PM | Sofia Lindqvist\, VP Communications | s.lindqvist@pmrf.org\n3:30 - 4:00 PM | Candidate Q&A with Recruiting\n\nZoom: https://pmrf.zoom.us/j/97120034418 (same link for all sessions)\n\nScheduled by GoodTime on behalf of Potomac Medical Research Foundation. Job title: Vice President\, Individual and Planned Giving
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-values",
        "uid": "ml-itin-44d9a2f0-c3b1-4b7e-9d0e-codeforward",
        "is_interview": 1,
        "company": "Code Forward",
        "role": "VP of Development",
        "stage": "",
        "interviewers": "priya.sen@codeforward.org",
        "trap": "modernloop-values-conversation-no-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-itin-44d9a2f0-c3b1-4b7e-9d0e-codeforward
DTSTAMP:20250409T221034Z
DTSTART:20250415T200000Z
DTEND:20250415T204500Z
SUMMARY:Code Forward <> Danielle: Mission & Values Conversation
ORGANIZER;CN=Code Forward Talent:mailto:talent@codeforward.org
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Priya Sen;PARTSTAT=ACCEPTED:mailto:priya.sen@codeforward.org
LOCATION:https://codeforward.zoom.us/j/93300218871
DESCRIPTION:Candidate: Danielle Brooks-Harper\nRole: VP of Development\nInterviewer: Priya Sen (Chief of Staff)\nFocus: mission alignment\, equity in computer-science education\, working across a remote team\n\nZoom: https://codeforward.zoom.us/j/93300218871\n\nScheduled with ModernLoop
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "founder-coffee",
        "uid": "3hq8v2lk7c0e9rj1tf5b6md4na@google.com",
        "is_interview": 1,
        "company": "Second Chapter Scholars",
        "role": "Chief Development Officer",
        "stage": "hiring_manager",
        "interviewers": "wesley.odom.scs@gmail.com",
        "trap": "founder-free-mail-coffee-about-role",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250319T073000
DTEND;TZID=America/New_York:20250319T083000
DTSTAMP:20250314T235902Z
ORGANIZER;CN=Wesley Odom:mailto:wesley.odom.scs@gmail.com
UID:3hq8v2lk7c0e9rj1tf5b6md4na@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wesley Odom;X-NUM-GUESTS=0:mailto:wesley.odom.scs@gmail.com
DESCRIPTION:Danielle – thanks again for the note. I'd love to tell you where Second Chapter is headed and talk about whether you'd consider being our first Chief Development Officer. Coffee's on me. – Wes
LAST-MODIFIED:20250314T235902Z
LOCATION:Chrome Yellow Trading Co.\, 501 Edgewood Ave SE\, Atlanta\, GA 30312\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee – Wes / Danielle (Second Chapter CDO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen",
        "uid": "040000008200E00074C5B7101A82E00800000000718BCF2A3C91DB010000000000000000100000000D4E8A61F7B2",
        "is_interview": 1,
        "company": "Peachtree Regional Medical Center Foundation",
        "role": "Vice President & Chief Development Officer",
        "stage": "recruiter_screen",
        "interviewers": "rmcalister@bramwellfrost.com",
        "trap": "agency-screen-client-named-in-description",
        "ics": OUTLOOK_HEAD + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="McAlister, Reid":mailto:RMcAlister@bramwellfrost.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
DESCRIPTION;LANGUAGE=en-US:Danielle\,\n\nAs discussed by email\, this is our initial interview for the Vice President & Chief Development Officer position with our client\, Peachtree Regional Medical Center Foundation. We'll cover your campaign experience\, grateful-patient programs and compensation expectations.\n\nJoin by Webex: https://bramwellfrost.webex.com/meet/rmcalister\nDial-in: +1-650-479-3208 Access code: 2481 903 5561\n\nReid McAlister\nPrincipal\, Healthcare Philanthropy Practice\nBramwell & Frost Executive Search\n
UID:040000008200E00074C5B7101A82E00800000000718BCF2A3C91DB010000000000000000100000000D4E8A61F7B2
SUMMARY;LANGUAGE=en-US:Bramwell & Frost – Initial Interview (D. Brooks-Harper)
DTSTART;TZID=Eastern Standard Time:20250402T140000
DTEND;TZID=Eastern Standard Time:20250402T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T154126Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-committee",
        "uid": "WD-INT-dhu-R0042137-20250408-01",
        "is_interview": 1,
        "company": "Druid Hills University",
        "role": "Vice President, Development",
        "stage": "onsite",
        "interviewers": "lwhitaker@druidhills.edu;bosei@druidhills.edu",
        "trap": "workday-university-search-committee-zoom",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:WD-INT-dhu-R0042137-20250408-01
DTSTAMP:20250401T124510Z
DTSTART;TZID=America/New_York:20250408T153000
DTEND;TZID=America/New_York:20250408T163000
SUMMARY:Interview - Vice President\, Development (R-0042137)
ORGANIZER;CN=Druid Hills University:mailto:druidhills@myworkday.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Lorraine Whitaker;ROLE=REQ-PARTICIPANT:mailto:lwhitaker@druidhills.edu
ATTENDEE;CN=Benjamin Osei;ROLE=REQ-PARTICIPANT:mailto:bosei@druidhills.edu
LOCATION:Zoom - https://druidhills.zoom.us/j/91877203349
DESCRIPTION:Interview Details\n\nJob Requisition: R-0042137 Vice President\, Development (Open)\nInterview Type: Search Committee\nInterviewers: Lorraine Whitaker (Committee Chair\, Senior Vice President for Advancement)\; Benjamin Osei (Dean\, School of Education)\n\nThis is a system-generated message from Workday. Please do not reply.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
