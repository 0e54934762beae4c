# ruff: noqa: E501
"""holdout235 events: Canadian and Australian employers (Zoom, Calendly, Cal.com, JobAdder, PageUp, ModernLoop)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("zoom-canada-hiring-manager", "ZOOM84410293377-1731502800", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ America/Toronto}}
BEGIN:VEVENT
DTSTAMP:20251107T153012Z
UID:ZOOM84410293377-1731502800
SUMMARY:Northbridge Civil - Interview - Field Engineer (Civil/Structural)
DTSTART;TZID=America/Toronto:20251113T090000
DTEND;TZID=America/Toronto:20251113T100000
LOCATION:https://northbridgecivil.zoom.us/j/84410293377?pwd=bW1qT0ZxN3hQaFZz
DESCRIPTION:Hi Mark\,\n\nThanks for applying to the Field Engineer (Civil/Structural) posting. I'd like to set up a video interview to go through your high-rise experience in Dubai and how it maps to our bridge rehab and water treatment work in the GTA. We are open to supporting a work permit (LMIA) for the right candidate.\n\nGreg Lindqvist\nOperations Manager\, Northbridge Civil Constructors Ltd.\n\nGreg Lindqvist is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://northbridgecivil.zoom.us/j/84410293377?pwd=bW1qT0ZxN3hQaFZz\n\nMeeting ID: 844 1029 3377\nPasscode: 271604\n\n---\n\nOne tap mobile\n+16475580588\,\,84410293377#\,\,\,\,*271604# Canada\n\nDial by your location\n• +1 647 558 0588 Canada\n• +1 778 907 2071 Canada\n
ORGANIZER;CN=Greg Lindqvist:mailto:greg.lindqvist@northbridgecivil.ca
ATTENDEE;CN=markvillanueva.ce@yahoo.com;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
END:VEVENT
END:VCALENDAR""", interview=1, company="Northbridge Civil Constructors Ltd.", role="Field Engineer (Civil/Structural)",
       stage="hiring_manager", interviewers="greg.lindqvist@northbridgecivil.ca", trap="canadian-employer-zoom-lmia", fold=True),

    ev("outlook-eastern-second", "040000008200E00074C5B7101A82E00800000000E7F4A1C2D36BDC0100000000000000001000000011223344556677889900AABBCCDDEEFF", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Eastern Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Patel, Nisha":mailto:npatel@northbridgecivil.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dufresne, Claire":mailto:cdufresne@northbridgecivil.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Greg":mailto:greg.lindqvist@northbridgecivil.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Hi Mark\,\n\nFollowing your conversation with Greg\, we'd like to invite you to a second and final interview with Claire Dufresne (VP Operations) and Greg. I'll join for the first 10 minutes to cover the LMIA timeline and relocation.\n\nThe time below is Eastern (Toronto) - 5:30 PM in Dubai.\n\nNisha Patel\nHR Generalist\n\n________________________________________________________________________________\nJoin Zoom Meeting: https://northbridgecivil.zoom.us/j/89977120364\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E7F4A1C2D36BDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:2nd Interview - M. Villanueva - Field Engineer
DTSTART;TZID=Eastern Standard Time:20251203T083000
DTEND;TZID=Eastern Standard Time:20251203T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T212030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Northbridge Civil Constructors Ltd.", role="Field Engineer", stage="final",
       interviewers="cdufresne@northbridgecivil.ca;greg.lindqvist@northbridgecivil.ca",
       trap="outlook-eastern-windows-zone-final"),

    ev("jobadder-phone-screen", "jobadder-interview-447120-20251028@jobadder.com", r"""BEGIN:VCALENDAR
PRODID:-//JobAdder//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Australia/Brisbane}}
BEGIN:VEVENT
UID:jobadder-interview-447120-20251028@jobadder.com
DTSTAMP:20251023T230512Z
DTSTART;TZID=Australia/Brisbane:20251028T140000
DTEND;TZID=Australia/Brisbane:20251028T143000
SUMMARY:Phone Screen - Site Engineer - Civil Structures - Mark Anthony Villanueva
DESCRIPTION:Hi Mark Anthony\,\n\nThanks for your application for Site Engineer - Civil Structures with Kestrel Infrastructure (Cross River Rail enabling works\, Brisbane).\n\nBec Thompson (Talent Acquisition) will phone you on +971 55 xxx xxxx. 2:00pm Brisbane time = 8:00am Dubai.\n\nWe'll chat about your experience\, your Engineers Australia skills assessment status and visa (we can sponsor a 482 for this role).\n\nCheers\,\nBec
ORGANIZER;CN=Bec Thompson:mailto:bec.thompson@kestrelinfra.com.au
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Kestrel Infrastructure Pty Ltd", role="Site Engineer - Civil Structures",
       stage="recruiter_screen", interviewers="bec.thompson@kestrelinfra.com.au", trap="australian-ats-phone-screen-brisbane"),

    ev("teams-aus-panel", "040000008200E00074C5B7101A82E0080000000062A9C0F1E34CDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ E. Australia Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN=Bec Thompson:mailto:bec.thompson@kestrelinfra.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel McAllister:mailto:daniel.mcallister@kestrelinfra.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sharma:mailto:priyanka.sharma@kestrelinfra.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION;LANGUAGE=en-AU:Hi Mark\,\n\nGreat chatting last week. Next step is a panel interview with Daniel McAllister (Project Manager) and Priyanka Sharma (Senior Site Engineer). Expect a couple of behavioural questions and a practical scenario on temporary works sign-off and ITPs.\n\nBec\n\n________________________________________________________________________________\nMicrosoft Teams Need help?\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJhYzM1>\nMeeting ID: 452 118 903 776\nPasscode: sP7vB2\nDial in by phone\n+61 7 3117 9420\,\,719223084# Australia\, Brisbane\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000062A9C0F1E34CDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-AU:Kestrel - Panel Interview - Site Engineer (Civil Structures) - M Villanueva
DTSTART;TZID=E. Australia Standard Time:20251111T150000
DTEND;TZID=E. Australia Standard Time:20251111T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251104T043301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Kestrel Infrastructure Pty Ltd", role="Site Engineer (Civil Structures)",
       interviewers="daniel.mcallister@kestrelinfra.com.au;priyanka.sharma@kestrelinfra.com.au",
       trap="teams-panel-windows-brisbane-zone"),

    ev("pageup-first-interview", "pageup-int-7719035-1@pageuppeople.com", r"""BEGIN:VCALENDAR
PRODID:-//PageUp People//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Australia/Sydney}}
BEGIN:VEVENT
UID:pageup-int-7719035-1@pageuppeople.com
DTSTAMP:20260114T021119Z
DTSTART;TZID=Australia/Sydney:20260120T160000
DTEND;TZID=Australia/Sydney:20260120T164500
SUMMARY:Interview invitation - Project Engineer - Pacific Span Constructions
DESCRIPTION:Dear Mark Anthony\,\n\nWe are pleased to invite you to an interview for the role of Project Engineer (Job No. 7719035).\n\nInterview with: Liam Doherty\, Construction Manager\nFormat: Video (Microsoft Teams link to follow from the hiring team)\nTime: 4:00pm AEDT\n\nPlease confirm your attendance using the link in your candidate account.\n\nKind regards\,\nPeople & Culture\nPacific Span Constructions Pty Ltd
ORGANIZER;CN=Pacific Span Careers:mailto:no-reply@pageuppeople.com
ATTENDEE;CN=Liam Doherty;ROLE=REQ-PARTICIPANT:mailto:liam.doherty@pacificspan.com.au
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Video interview
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Pacific Span Constructions Pty Ltd", role="Project Engineer",
       interviewers="liam.doherty@pacificspan.com.au", trap="pageup-sydney-daylight-zone"),

    ev("calendly-intro", "c7e1f3a0-9b4d-4f20-a8c6-2e5d9f1b7a44", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
{{TZ America/Edmonton}}
BEGIN:VEVENT
UID:c7e1f3a0-9b4d-4f20-a8c6-2e5d9f1b7a44
DTSTAMP:20251204T181540Z
DTSTART;TZID=America/Edmonton:20251210T080000
DTEND;TZID=America/Edmonton:20251210T083000
SUMMARY:Intro Interview: Site Superintendent (Modular) between Dana Kowalchuk and Mark Anthony Villanueva
DESCRIPTION:Event Name: Intro Interview: Site Superintendent (Modular)\n\nLocation: This is a Microsoft Teams web conference. Dana will send the link.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/c7e1f3a0\nReschedule: https://calendly.com/reschedulings/c7e1f3a0\n\nPlease share anything that will help prepare for our meeting.: Currently in Dubai (GMT+4). Open to relocate to Alberta\, have ECA from WES done.\n\nPowered by Calendly.com
ORGANIZER;CN=Dana Kowalchuk:mailto:dana.kowalchuk@orionmodular.ca
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Orion Modular Buildings Inc.", role="Site Superintendent (Modular)",
       stage="recruiter_screen", interviewers="dana.kowalchuk@orionmodular.ca", trap="calendly-invitee-booked-edmonton"),

    ev("modernloop-technical", "ml-evt-3f9a1c77e2b04d8e", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ America/Toronto}}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260129T080000
DTEND;TZID=America/Toronto:20260129T090000
DTSTAMP:20260122T194400Z
ORGANIZER;CN=Terra Nova Interviews:mailto:interviews@terranovainfra.com
UID:ml-evt-3f9a1c77e2b04d8e
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Oyelaran;X-NUM-GUESTS=0:mailto:moyelaran@terranovainfra.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie Tremblay;X-NUM-GUESTS=0:mailto:jtremblay@terranovainfra.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Technical Interview - Project Engineer\, Transit (Eglinton West package)\n\nInterviewers: Marcus Oyelaran (Senior Project Manager)\, Julie Tremblay (Structures Lead)\n\nGoogle Meet: https://meet.google.com/wvo-psdk-hmx\n\nScheduled with ModernLoop. Reply to this email to request changes.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Mark Anthony Villanueva for Project Engineer\, Transit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Terra Nova Infrastructure", role="Project Engineer, Transit", stage="technical",
       interviewers="moyelaran@terranovainfra.com;jtremblay@terranovainfra.com", trap="modernloop-google-toronto", fold=True),

    ev("calcom-director-chat", "cal-8ZkqR2wVt5Yp3mNx1c", r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-8ZkqR2wVt5Yp3mNx1c
DTSTAMP:20251216T051207Z
DTSTART:20251218T040000Z
DTEND:20251218T043000Z
SUMMARY:Site Engineer chat between Ben Walker and Mark Anthony Villanueva
DESCRIPTION:What: Site Engineer chat\nInvitee Time Zone: Asia/Dubai\nWho:\nBen Walker - Organizer (Director\, Batu Engineering)\nMark Anthony Villanueva - markvillanueva.ce@yahoo.com\nWhere: https://app.cal.com/video/8ZkqR2wVt5Yp3mNx1c\nAdditional notes: Applied via SEEK for Site Engineer (Civil) - Perth metro. Need 482 sponsorship. EA assessment in progress.\n\nNeed to make a change? https://app.cal.com/booking/8ZkqR2wVt5Yp3mNx1c
ORGANIZER;CN=Ben Walker:mailto:ben@batuengineering.com.au
ATTENDEE;CN=Mark Anthony Villanueva;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Cal Video
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Batu Engineering", role="Site Engineer (Civil)", stage="hiring_manager",
       interviewers="ben@batuengineering.com.au", trap="calcom-director-chat-utc"),

    ev("google-meet-vancouver", "1f8v3n6b0q2kt7h9s4m5c1pd8r@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ America/Vancouver}}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260108T073000
DTEND;TZID=America/Vancouver:20260108T081500
DTSTAMP:20260103T001522Z
ORGANIZER;CN=Harjit Sandhu:mailto:harjit@fraserviewbuilders.ca
UID:1f8v3n6b0q2kt7h9s4m5c1pd8r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Harjit Sandhu;X-NUM-GUESTS=0:mailto:harjit@fraserviewbuilders.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hce-tmqa-yzb
DESCRIPTION:Hi Mark\, as discussed by email - interview for the Assistant Superintendent position (concrete high-rise\, Burnaby). Early slot for me = evening for you in Dubai. Harjit\n\nJoin with Google Meet: https://meet.google.com/hce-tmqa-yzb\nJoin by phone: (CA) +1 647-734-2817 PIN: 902 114 537#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fraserview - interview - Asst. Superintendent
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Fraserview Builders Ltd.", role="Assistant Superintendent",
       interviewers="harjit@fraserviewbuilders.ca", trap="google-meet-vancouver-small-builder", fold=True),

    ev("typed-perth-phone", "B7E2C9A4-1F03-4D6B-9A82-0E5C3F7D1B26", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260115T070000
DTEND:20260115T073000
DTSTAMP:20260112T160355Z
UID:B7E2C9A4-1F03-4D6B-9A82-0E5C3F7D1B26
SUMMARY:SCC perth phone intvw 7am dxb (11am perth)
DESCRIPTION:Southern Cross Civil - site engr civil\, mining haul roads + culverts. Grant (PM) calling\nready: EA skills assmt no.\, 482 q's\, FIFO ok?\nnasa PH pa ako - 11am PH time pala!! check
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR""", interview=1, company="Southern Cross Civil Pty Ltd", interviewers="Grant",
       trap="self-typed-floating-time-zone-confusion", eol="lf"),
]
