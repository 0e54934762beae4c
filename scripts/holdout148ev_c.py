# ruff: noqa: E501  (raw iCalendar text: long content lines are data)
"""holdout148 events, part C: Gulf (Dubai) international schools, agencies and fairs (raw iCalendar text)."""

from holdout148ev_tz import ARABIAN_WIN, DUBAI_G, GMT_WIN, LONDON_G

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("sf-screen", "SF-INTV-6a0f9e1c-22d8-4c71-b0a5-8f3e2d1c0b9a", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ARABIAN_WIN + r"""BEGIN:VEVENT
UID:SF-INTV-6a0f9e1c-22d8-4c71-b0a5-8f3e2d1c0b9a
DTSTAMP:20241028T061544Z
DTSTART;TZID=Arabian Standard Time:20241105T170000
DTEND;TZID=Arabian Standard Time:20241105T173000
SUMMARY:Interview Invitation: Head of Mathematics - GEMS Wellington Academy - Silicon Oasis (Req 41877)
ORGANIZER;CN="GEMS Education Talent Acquisition":mailto:noreply@successfactors.eu
ATTENDEE;CN="Aoife Brennan";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN="Rania Haddad";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rania.h@gemseducation.com
DESCRIPTION:Dear Aoife\,\n\nThank you for your interest in joining GEMS Education. We would like to invite you to an initial screening interview with Rania Haddad\, Talent Acquisition Partner\, for the position of Head of Mathematics at GEMS Wellington Academy - Silicon Oasis (August 2025 start).\n\nDate/Time: 05 Nov 2024\, 17:00 - 17:30 (Gulf Standard Time) - 13:00 Irish time\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM1OTk2%40thread.v2/0\n\nPlease have your passport\, degree certificate and QTS/Teaching Council registration to hand.\n\nKind regards\,\nGEMS Education Talent Acquisition
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "GEMS Wellington Academy", "Head of Mathematics", "recruiter_screen", "rania.h@gemseducation.com",
    "successfactors-arabian-standard-time-screen")

add("principal-zoom", "zm-92215589013-gems@zoom.us", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
""" + DUBAI_G + r"""BEGIN:VEVENT
DTSTAMP:20241112T080112Z
DTSTART;TZID=Asia/Dubai:20241119T190000
DTEND;TZID=Asia/Dubai:20241119T200000
SUMMARY:Aoife Brennan - Interview with Principal & Head of Secondary (WSO)
UID:zm-92215589013-gems@zoom.us
TZID:Asia/Dubai
DESCRIPTION:Simon Grantham is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://gemseducation.zoom.us/j/92215589013?pwd=U0JYd2xWcE9\n\nMeeting ID: 922 1558 9013\nPasscode: 7781\n\nInterviewers: Simon Grantham (Principal/CEO)\, Lisa Ferreira (Head of Secondary)\nPlease prepare to discuss: data-informed intervention in KS4\, line-managing a department of 14\, and a recent lesson observation you led.
LOCATION:https://gemseducation.zoom.us/j/92215589013?pwd=U0JYd2xWcE9
ORGANIZER;CN=Simon Grantham:mailto:s.grantham_wso@gemsedu.com
ATTENDEE;CN=Lisa Ferreira;RSVP=TRUE:mailto:l.ferreira_wso@gemsedu.com
ATTENDEE;CN=aoife.brennan77@eircom.net;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
END:VEVENT
END:VCALENDAR
""", 1, "GEMS Wellington Academy", "", "hiring_manager", "s.grantham_wso@gemsedu.com;l.ferreira_wso@gemsedu.com",
    "zoom-asia-dubai-principal-interview")

add("taaleem", "040000008200E00074C5B7101A82E00800000000D07E66AA9E27DB01000000000000000010000000A9B8C7D6E5F4031221304F5E6D7C8B9A",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ARABIAN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Pillai, Anjali";SENT-BY="mailto:recruitment@taaleem.ae":mailto:anjali.pillai@taaleem.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mitchell, Graham":mailto:graham.mitchell@jbs.taaleem.ae
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pillai, Anjali":mailto:anjali.pillai@taaleem.ae
DESCRIPTION;LANGUAGE=en-US:Dear Aoife\,\n\nPlease find below the details of your interview for the role of Deputy Head of Secondary (Academic) at Jumeira Baccalaureate School. You will meet Graham Mitchell\, Head of Secondary. I will join briefly at the start to make introductions and handle any logistics questions.\n\nPlease note that Dubai is 4 hours ahead of Ireland at this time of year.\n\nBest regards\,\nAnjali Pillai | Recruitment Coordinator | Taaleem\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODdkN2Jj%40thread.v2/0\nMeeting ID: 288 431 667 019  Passcode: tJ3bQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07E66AA9E27DB01000000000000000010000000A9B8C7D6E5F4031221304F5E6D7C8B9A
SUMMARY;LANGUAGE=en-US:JBS | Deputy Head of Secondary - Interview | Aoife Brennan
DTSTART;TZID=Arabian Standard Time:20241127T160000
DTEND;TZID=Arabian Standard Time:20241127T165000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241120T053307Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Jumeira Baccalaureate School", "Deputy Head of Secondary (Academic)", "hiring_manager",
    "graham.mitchell@jbs.taaleem.ae", "outlook-arabian-coordinator-intro-only")

add("schrole", "schrole-iv-40918-2236@schrole.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Schrole Group//Schrole Connect//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:schrole-iv-40918-2236@schrole.com
DTSTAMP:20241203T021455Z
DTSTART:20241210T140000Z
DTEND:20241210T144500Z
SUMMARY:Schrole Connect - Interview scheduled: Al Barsha British Academy
ORGANIZER;CN=Schrole Connect:mailto:notifications@schrole.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Dr Nadia Qureshi;ROLE=REQ-PARTICIPANT:mailto:principal@albarshabritish.ae
DESCRIPTION:Your interview has been scheduled.\n\nSchool: Al Barsha British
  Academy\, Dubai\, UAE\nVacancy: Teacher of Mathematics with TLR (Key Stag
 e 5 Coordinator)\nInterviewer: Dr Nadia Qureshi\, Principal\nFormat: Video
  (Zoom link below)\n\nhttps://zoom.us/j/5519034412\n\nTimes are shown in U
 TC. Log in to Schrole Connect to view in your local time zone.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Al Barsha British Academy", "Teacher of Mathematics with TLR (Key Stage 5 Coordinator)", "hiring_manager",
    "principal@albarshabritish.ae", "schrole-international-school-platform-utc")

add("agency-screen", "th-call-2024-10-meadows-8814@teacherhorizons.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20241016T163000
DTEND;TZID=Europe/London:20241016T170000
DTSTAMP:20241011T101032Z
ORGANIZER;CN=Holly Barrington:mailto:holly@teacherhorizons.com
UID:th-call-2024-10-meadows-8814@teacherhorizons.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Hi Aoife\, as discussed by email - this is the screening call f
 or the Head of Maths role at Meadows Bay British School in Dubai (Aug 2025
 ). I'll go through your experience against the school's brief (British cur
 riculum\, A level Further Maths\, leading a large dept) and\, if it's a fit\,
  put you forward to the Principal this week.\n\nHolly\nSenior Consultant\,
  Teacher Horizons\n\nJoin with Google Meet: https://meet.google.com/ktr-ow
 yv-bdc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Teacher Horizons <> Aoife Brennan - screening call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Meadows Bay British School", "Head of Maths", "recruiter_screen", "holly@teacherhorizons.com",
    "agency-screen-employer-named-only-in-body")

add("fair-slot", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
""" + LONDON_G + r"""BEGIN:VEVENT
CREATED:20250110T214011Z
DTSTAMP:20250110T214056Z
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
SUMMARY:Al Safa Collegiate - int w Director (table 42)
DTSTART;TZID=Europe/London:20250111T114000
DTEND;TZID=Europe/London:20250111T122000
LOCATION:Hilton London Metropole\, Kings Suite
DESCRIPTION:signed up at the interview sign-up this morning. Director = Mark Halloran + his Head of Sec (Priya?). They want HoD maths + possibly Head of Yr. Bring 3 CVs + SA candidate no 27734
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Al Safa Collegiate School", "", "", "Mark Halloran", "typed-interview-slot-at-recruitment-fair")

add("headhunter", "040000008200E00074C5B7101A82E008000000001050A64F5F2ADB01000000000000000010000000CA1B2C3D4E5F60718293A4B5C6D7E8F9",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Harriet Ashdown":mailto:harriet.ashdown@marlowesearch.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
DESCRIPTION;LANGUAGE=en-GB:Aoife\,\n\nThank you for sending your CV through. As mentioned\, I am acting on a confidential basis for the Board of Governors of Nad Al Sheba British College\, who are appointing a Deputy Head (Academic) for August 2025. This call is the first stage of the process: I'd like to take you through the role and the school and hear about your leadership experience. Candidates who go forward will meet the Head and the Chair of Governors in early February.\n\nI'll call you on the mobile number on your CV.\n\nWarm regards\,\nHarriet\n\nHarriet Ashdown | Director\, International Schools Practice | Marlowe Search\n
UID:040000008200E00074C5B7101A82E008000000001050A64F5F2ADB01000000000000000010000000CA1B2C3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=en-GB:Aoife Brennan / Harriet Ashdown - call
DTSTART;TZID=GMT Standard Time:20250114T123000
DTEND;TZID=GMT Standard Time:20250114T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250109T171155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Nad Al Sheba British College", "Deputy Head (Academic)", "recruiter_screen",
    "harriet.ashdown@marlowesearch.co.uk", "headhunter-names-client-only-in-body")

add("dubai-floating", "7E6D5C4B-3A29-4180-9F7E-6D5C4B3A2918", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241121T190210Z
DTSTAMP:20241121T190244Z
UID:7E6D5C4B-3A29-4180-9F7E-6D5C4B3A2918
SUMMARY:JAHS zoom - Head of Sec + HR (4pm THEIR time = 12 here)
DTSTART:20241128T120000
DTEND:20241128T130000
LOCATION:zoom - link in email from careers@jahs.ae
DESCRIPTION:Jebel Ali Heights School. Role: Head of Year 12-13 / maths teacher. Ask re: housing allowance\, flights\, tuition places for Cian\, medical\, KHDA approval timeline.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Jebel Ali Heights School", "Head of Year 12-13 / maths teacher", "", "",
    "typed-floating-time-converted-acronym-title")
