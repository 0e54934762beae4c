# ruff: noqa: E501
"""holdout202 events, part e: councils, start-ups, small firms and the NHS."""

from holdout202ev_tz import LONDON, LONDON_GOOGLE, event

EVENTS = []

# Leeds City Council: interview and written test, Outlook from the team manager.
EVENTS.append(event("council-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Sutcliffe, Joanne":mailto:joanne.sutcliffe@leeds.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hussain, Tariq":mailto:tariq.hussain@leeds.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Merrion House 4.12":mailto:mh.4.12@leeds.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Post: Legal Assistant (Litigation & Social Care) – Grade C3\nRef: LCC-LEG-0219\n\n10:00 written test (30 minutes\, drafting a short witness statement from notes)\n10:35 interview with Joanne Sutcliffe (Team Leader) and Tariq Hussain (Principal Solicitor)\n\nPlease report to Merrion House reception\, 110 Merrion Centre\, and bring proof of your right to work in the UK.
UID:040000008200E00074C5B7101A82E008000000003C8D9E0F1AADDC0100000000000000001000000077D4E5F60718293A4B5C6D7E8F9A0B1C
SUMMARY;LANGUAGE=en-GB:Legal Assistant (Litigation & Social Care) - test & interview
DTSTART;TZID=Europe/London:20260416T100000
DTEND;TZID=Europe/London:20260416T112000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T092211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Merrion House 4.12
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003C8D9E0F1AADDC0100000000000000001000000077D4E5F60718293A4B5C6D7E8F9A0B1C",
    1, "Leeds City Council", "Legal Assistant (Litigation & Social Care)", "",
    "joanne.sutcliffe@leeds.gov.uk;tariq.hussain@leeds.gov.uk", "council-test-and-interview-room-resource"))

# Clausewise: legal-tech founder on Gmail.
EVENTS.append(event("founder-chat", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/London
""" + LONDON_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260507T180000
DTEND;TZID=Europe/London:20260507T184500
DTSTAMP:20260504T222017Z
ORGANIZER;CN=Ollie Brandreth:mailto:ollie.brandreth@gmail.com
UID:3c7k1p9s5v2x8z4b6d0f2h4j6l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ollie Brandreth;X-NUM-GUESTS=0:mailto:ollie.brandreth@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
CREATED:20260504T222016Z
DESCRIPTION:Hey Priya – great to connect on LinkedIn. Keen to chat about th
 e Legal Ops / paralegal role at Clausewise (we're 6 people\, pre-seed\, bu
 ilding contract review for small firms). Informal but I'll want to hear a
 bout how you run disclosure and what drives you mad about case management
  systems 😄\n\nOllie (co-founder & CEO)\n\nJoin with Google Meet: https:/
 /meet.google.com/tkw-hnpe-dys
LAST-MODIFIED:20260504T222017Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ollie <> Priya
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3c7k1p9s5v2x8z4b6d0f2h4j6l@google.com", 1, "Clausewise", "Legal Ops / paralegal", "hiring_manager",
    "ollie.brandreth@gmail.com", "founder-free-mail-names-only-title"))

# Kestrel Claims Solicitors: Indeed Interview.
EVENTS.append(event("indeed-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-0f5c3e1a8b7d4c29
DTSTAMP:20260121T102044Z
DTSTART:20260123T130000Z
DTEND:20260123T133000Z
SUMMARY:Indeed Interview with Kestrel Claims Solicitors
ORGANIZER;CN=Indeed:mailto:interviews@indeed.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
LOCATION:https://www.indeed.com/interview/v/0f5c3e1a8b7d4c29
DESCRIPTION:Kestrel Claims Solicitors has invited you to a video interview for the position of Claims Handler / Paralegal (Motor & PI).\n\nInterviewer: Darren Walsh\n\nJoin your interview on Indeed a few minutes before the start time: https://www.indeed.com/interview/v/0f5c3e1a8b7d4c29\n\nTips: test your camera and microphone before the interview. Indeed Interview works best in Chrome.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "indeed-interview-0f5c3e1a8b7d4c29", 1, "Kestrel Claims Solicitors", "Claims Handler / Paralegal (Motor & PI)", "",
    "Darren Walsh", "indeed-interview-platform-organizer"))

# Homeward Conveyancing: Recruitee phone interview with the in-house recruiter.
EVENTS.append(event("recruitee-phone", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:recruitee-evt-2290117-homeward
DTSTAMP:20260401T145031Z
DTSTART;TZID=Europe/London:20260407T124500
DTEND;TZID=Europe/London:20260407T130500
SUMMARY:Homeward Conveyancing | Phone interview | Conveyancing Paralegal (Hybrid)
ORGANIZER;CN=Kerry Lister:mailto:kerry.lister@homewardconveyancing.co.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Kerry Lister;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kerry.lister@homewardconveyancing.co.uk
LOCATION:Phone
DESCRIPTION:Hi Priya\, thanks for picking a slot. I'm Kerry\, the in-house recruiter. I'll ring you on 07700 900412 for about 20 minutes – just a quick chat about your experience\, what you're looking for and the hybrid working pattern.\n\nKerry\nPeople Team\, Homeward Conveyancing Ltd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "recruitee-evt-2290117-homeward", 1, "Homeward Conveyancing", "Conveyancing Paralegal (Hybrid)",
    "recruiter_screen", "kerry.lister@homewardconveyancing.co.uk", "recruitee-lunchtime-phone"))

# Sahota & Gill: typed by Priya, with Punjabi.
EVENTS.append(event("int-reminder", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C2B8E91D-44A0-4F7B-8E13-7AD05F1E9C26
DTSTAMP:20260324T081102Z
CREATED:20260324T081040Z
DTSTART:20260327T170000
DTEND:20260327T180000
SUMMARY:Sahota & Gill – immigration paralegal int 🙏
DESCRIPTION:Harjit Sahota (partner) + maybe Gurpreet. Dewsbury Rd office\,
  above the pharmacy. They want Punjabi speaker for client calls – brush u
 p on legal words (vakeel\, kagaz\, visa di file). Bring CV + degree cert
 . Waheguru mehar karan
LOCATION:Sahota & Gill\, Dewsbury Road\, Leeds
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""", "C2B8E91D-44A0-4F7B-8E13-7AD05F1E9C26", 1, "Sahota & Gill Immigration Solicitors", "immigration paralegal", "",
    "Harjit Sahota", "self-typed-floating-with-punjabi", eol="\n"))

# Burley Park Employment Law: office manager's Google invite, two interviewers.
EVENTS.append(event("google-invite", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260605T083000Z
DTEND:20260605T093000Z
DTSTAMP:20260529T140311Z
ORGANIZER;CN=Office – Burley Park:mailto:office@burleyparklaw.co.uk
UID:6m2p8r4t0v6x2z8b4d0f6h2j8k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nick Ramsden;X-NUM-GUESTS=0:mailto:nick@burleyparklaw.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Beth Ashworth;X-NUM-GUESTS=0:mailto:beth@burleyparklaw.co.uk
CREATED:20260529T140310Z
DESCRIPTION:Employment Paralegal (claimant side\, Tribunal work) – interview
  with Nick Ramsden (Director) and Beth Ashworth (Solicitor).\n\nWe're a sm
 all team in a converted terrace on Cardigan Road – ring the bell\, we'll c
 ome down. Parking on street.\n\nSent by Sue in the office on behalf of Nic
 k.
LAST-MODIFIED:20260529T140311Z
LOCATION:Burley Park Employment Law\, 61 Cardigan Road\, Leeds LS6 3BJ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Priya Sandhu (Employment Paralegal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6m2p8r4t0v6x2z8b4d0f6h2j8k@google.com", 1, "Burley Park Employment Law", "Employment Paralegal",
    "hiring_manager", "nick@burleyparklaw.co.uk;beth@burleyparklaw.co.uk", "google-shared-office-mailbox-organizer"))

# Redbrook Injury Lawyers: Ashby.
EVENTS.append(event("ashby-screen", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-9d3f2a1c-77e0-4b8e-a5c1-redbrook
DTSTAMP:20260226T165500Z
DTSTART:20260304T120000Z
DTEND:20260304T123000Z
SUMMARY:Redbrook Injury Lawyers: Recruiter Screen with Priya Sandhu
ORGANIZER;CN=Redbrook Injury Lawyers:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Gemma Holt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gemma.holt@redbrooklaw.co.uk
LOCATION:Google Meet (link below)
DESCRIPTION:Hi Priya\,\n\nYou're confirmed for a 30 minute Recruiter Screen for Litigation Executive (SQE funded)\, with Gemma Holt.\n\nMeeting link: https://meet.google.com/bxo-qkfa-mzr\n\nIf you need to reschedule\, please use this link: https://app.ashbyhq.com/interview-schedule/reschedule/9d3f2a1c\n\nScheduled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ashby-interview-event-9d3f2a1c-77e0-4b8e-a5c1-redbrook", 1, "Redbrook Injury Lawyers",
    "Litigation Executive (SQE funded)", "recruiter_screen", "gemma.holt@redbrooklaw.co.uk", "ashby-recruiter-screen"))

# Chapeltown Law Centre: typed on desktop Outlook, panel of three, no attendees.
EVENTS.append(event("law-centre-panel", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Housing & welfare caseworker (paralegal) – 0.8 FTE\, fixed term 2 yrs. Panel of 3: Marcia Campbell (Director)\, a trustee\, + supervising solicitor. 10 min presentation: "How would you explain a s.21 notice to a client with limited English?" – bring printed copies x3.\nThey said they'd let me know same week.
UID:040000008200E00074C5B7101A82E00800000000B8E4F1A2C3B4DC010000000000000000100000008899AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=en-GB:CLC panel + presentation
DTSTART;TZID=Europe/London:20260512T160000
DTEND;TZID=Europe/London:20260512T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260501T194455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Chapeltown Law Centre\, Chapeltown Rd
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B8E4F1A2C3B4DC010000000000000000100000008899AABBCCDDEEFF0011223344556677",
    1, "Chapeltown Law Centre", "Housing & welfare caseworker (paralegal)", "", "Marcia Campbell",
    "self-typed-acronym-panel-presentation"))
