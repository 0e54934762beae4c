# ruff: noqa: E501
"""holdout202 events, part c: Manchester and London firms."""

from holdout202ev_tz import LONDON, LONDON_GOOGLE, OUTLOOK_DUBLIN, event

EVENTS = []

# Castlefield Family Law: Microsoft Bookings confirmation.
EVENTS.append(event("bookings-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Castlefield Family Law Recruitment:mailto:CastlefieldFamilyLawRecruitment@castlefieldfamilylaw.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu.law@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed\n\nService: Family Paralegal – interview (45 min)\nStaff: Nadia Ahmed\n\nNadia is a Senior Associate in our children and finance team. Please have a copy of your CV to hand.\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY1ZDdhNzAtMWJk%40thread.v2/0\n\nWant to change your booking? Manage booking: https://outlook.office365.com/owa/calendar/CastlefieldFamilyLawRecruitment@castlefieldfamilylaw.co.uk/bookings/\n\nPowered by Microsoft Bookings
UID:040000008200E00074C5B7101A82E00800000000C41D5E7F0E96DC010000000000000000100000002F7A1B3C5D6E4F8091A2B3C4D5E6F702
SUMMARY;LANGUAGE=en-GB:Family Paralegal – interview (45 min) with Castlefield Family Law
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260423T123000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260423T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260417T090542Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C41D5E7F0E96DC010000000000000000100000002F7A1B3C5D6E4F8091A2B3C4D5E6F702",
    1, "Castlefield Family Law", "Family Paralegal", "", "Nadia Ahmed", "bookings-booking-confirmed-staff-line"))

# Marchmont Quill: the vacation scheme week, all-day over five days.
EVENTS.append(event("vacation-scheme", r"""
BEGIN:VCALENDAR
PRODID:-//Apply4Law//Candidate Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:a4l-vs-2026-summer-w2-cand-118842@apply4law.com
DTSTAMP:20260320T120000Z
DTSTART;VALUE=DATE:20260622
DTEND;VALUE=DATE:20260627
SUMMARY:Marchmont Quill Summer Vacation Scheme 2026 (Week 2)
LOCATION:Marchmont Quill LLP\, 40 Queen Victoria Street\, London EC4N 4SA
ORGANIZER;CN=Marchmont Quill Graduate Recruitment:mailto:graduaterecruitment@marchmontquill.com
DESCRIPTION:Congratulations again on your place on our Summer Vacation Scheme. During the week you will sit in one department\, work on live matters with your supervisor\, take part in a group commercial project and attend talks and socials. Your training contract interview will take place on the Thursday – details to follow.\n\nPlease arrive at 08:45 on Monday. Accommodation has been booked for you at the hotel on Cannon Street.
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "a4l-vs-2026-summer-w2-cand-118842@apply4law.com", 1, "Marchmont Quill LLP",
    "Summer Vacation Scheme 2026", "onsite", "", "vacation-scheme-week-as-candidate"))

# Marchmont Quill: the training-contract interview during the vac scheme.
EVENTS.append(event("vs-tc-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Recruitment":mailto:graduaterecruitment@marchmontquill.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Priya Sandhu (Vacation Schemer)":mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bellamy, Hugo":mailto:hugo.bellamy@marchmontquill.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osei, Abena":mailto:abena.osei@marchmontquill.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LON 12.14 (6)":mailto:lon1214@marchmontquill.com
DESCRIPTION;LANGUAGE=en-GB:TC interview – Hugo Bellamy (Partner\, Finance) and Abena Osei (Counsel\, Disputes). Case study handed out 30 mins before in 12.10. Your supervisor has been told you will be away from your desk.\n
UID:040000008200E00074C5B7101A82E008000000001A6E3F2D4B03DD01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F9012
SUMMARY;LANGUAGE=en-GB:VS26 Wk2 – TC interview – Sandhu
DTSTART;TZID=Europe/London:20260625T143000
DTEND;TZID=Europe/London:20260625T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260619T164012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LON 12.14 (6)
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000001A6E3F2D4B03DD01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F9012",
    1, "Marchmont Quill LLP", "", "final", "hugo.bellamy@marchmontquill.com;abena.osei@marchmontquill.com",
    "vac-scheme-tc-interview-internal-codes"))

# Blackfriars Aldous: GoodTime-scheduled first-round TC interview.
EVENTS.append(event("goodtime-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8f2c1d7e-blackfriarsaldous-20260325
DTSTAMP:20260316T150209Z
DTSTART:20260325T100000Z
DTEND:20260325T104500Z
SUMMARY:Blackfriars Aldous | Training Contract 2028 | Interview
ORGANIZER;CN=Blackfriars Aldous Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
LOCATION:Zoom https://blackfriarsaldous.zoom.us/j/93088104422
DESCRIPTION:Hello Priya\,\n\nYour interview is confirmed.\n\nYou'll be meeting:\n- Oliver Tennant\, Associate\, Competition\n- Meera Pillai\, Graduate Recruitment Advisor\n\nThis is a strengths-based interview – there's nothing to prepare\, but do think about what you enjoy and what energises you at work.\n\nZoom: https://blackfriarsaldous.zoom.us/j/93088104422  Passcode: 773190\n\nTo reschedule\, please use the link in your confirmation email.\n\nScheduled with GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "goodtime-8f2c1d7e-blackfriarsaldous-20260325", 1, "Blackfriars Aldous LLP", "Training Contract 2028", "",
    "Oliver Tennant;Meera Pillai", "goodtime-strengths-based-zoom"))

# Ferrers Lomax: ModernLoop final panel.
EVENTS.append(event("modernloop-final", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:ml-evt-3c9b8a71e5d2-ferrerslomax
DTSTAMP:20260507T111133Z
DTSTART;TZID=Europe/London:20260513T150000
DTEND;TZID=Europe/London:20260513T161500
SUMMARY:Final Interview – Trainee Solicitor (2028) – Priya Sandhu
ORGANIZER;CN=Ferrers Lomax Early Careers:mailto:earlycareers@ferrerslomax.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Caroline Ashdown;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:caroline.ashdown@ferrerslomax.com
ATTENDEE;CN=Rupert Lomax;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rupert.lomax@ferrerslomax.com
ATTENDEE;CN=Early Careers Coordinator;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:earlycareers@ferrerslomax.com
LOCATION:Ferrers Lomax\, 8 Bishopsgate\, London EC2N 4BQ – 14th floor client suite
DESCRIPTION:Schedule\n15:00 – 15:30 Presentation prep (room 14B)\n15:30 – 16:15 Partner panel: Caroline Ashdown & Rupert Lomax\n\nPlease prepare a 5-minute presentation on a commercial issue affecting one of our sectors. No slides.\n\nScheduled via ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ml-evt-3c9b8a71e5d2-ferrerslomax", 1, "Ferrers Lomax LLP", "Trainee Solicitor (2028)", "final",
    "caroline.ashdown@ferrerslomax.com;rupert.lomax@ferrerslomax.com", "modernloop-partner-panel-with-coordinator"))

# Stratton Vane: Greenhouse hiring-manager interview, different template.
EVENTS.append(event("hiring-manager", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-90021877-4418090@greenhouse.io
DTSTAMP:20260409T211501Z
DTSTART:20260416T160000Z
DTEND:20260416T164500Z
SUMMARY:Priya Sandhu - Hiring Manager Interview - Litigation Paralegal (London)
ORGANIZER;CN=Stratton Vane Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Jessica Moreno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jmoreno@strattonvane.com
LOCATION:https://strattonvane.zoom.us/j/97123004581
DESCRIPTION:Stratton Vane LLP\n\nInterview: Hiring Manager Interview\nInterviewer(s): Jessica Moreno (Litigation Support Manager\, London)\n\nJoin Zoom Meeting: https://strattonvane.zoom.us/j/97123004581\nMeeting ID: 971 2300 4581\n\nDial by your location\n+44 203 481 5237 United Kingdom\n+1 646 558 8656 US (New York)\n\nPlease note our London office hours – Jessica is joining from New York this week.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "gh-interview-90021877-4418090@greenhouse.io", 1, "Stratton Vane LLP", "Litigation Paralegal (London)",
    "hiring_manager", "jmoreno@strattonvane.com", "greenhouse-no-reply-hiring-manager-zoom"))

# Hallam Greaves: SmartRecruiters.
EVENTS.append(event("smartrecruiters-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7d0c44e1b2f94d08a7e1-hallamgreaves
DTSTAMP:20260223T100311Z
DTSTART:20260302T124500Z
DTEND:20260302T133000Z
SUMMARY:Interview: Paralegal – Banking & Finance | Hallam Greaves LLP
ORGANIZER;CN=Hallam Greaves LLP:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Thomas Greaves;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.greaves@hallamgreaves.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Priya\,\n\nThank you for scheduling your interview for Paralegal – Banking & Finance.\n\nDate: Monday\, 2 March 2026\nTime: 12:45 – 13:30 (GMT)\nInterviewer: Thomas Greaves\n\nA Teams link will be sent by the hiring team before the interview.\n\nBest regards\,\nHallam Greaves LLP Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sr-int-7d0c44e1b2f94d08a7e1-hallamgreaves", 1, "Hallam Greaves LLP", "Paralegal – Banking & Finance", "",
    "thomas.greaves@hallamgreaves.com", "smartrecruiters-lunchtime-teams"))

# Carrow Lyle Legal: Workday final with a director, in BST.
EVENTS.append(event("workday-final", r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-71e3a0c2d8f54b9e8e0d3f6c1a2b4d90
DTSTAMP:20260505T080100Z
DTSTART;TZID=Europe/London:20260512T090000
DTEND;TZID=Europe/London:20260512T100000
SUMMARY:Carrow Lyle Legal – Final Interview – Trainee Solicitor (SQE)\, Manchester – JR-118204
ORGANIZER;CN=Carrow Lyle Student Recruitment:mailto:carrowlyle@myworkday.com
ATTENDEE;CN=Priya Sandhu;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Fiona Redmayne;PARTSTAT=ACCEPTED:mailto:fiona.redmayne@carrowlyle-legal.co.uk
LOCATION:Carrow Lyle\, 1 Hardman Boulevard\, Manchester
DESCRIPTION:Dear Priya\,\n\nYour final interview with Fiona Redmayne (Director\, Legal Services) has been scheduled. Please bring your passport and degree certificate so we can carry out pre-employment checks on the day if successful.\n\nPlease do not reply to this message. To view your application\, sign in to the Carrow Lyle careers site.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "WD-INTERVIEW-71e3a0c2d8f54b9e8e0d3f6c1a2b4d90", 1, "Carrow Lyle Legal LLP",
    "Trainee Solicitor (SQE), Manchester", "final", "fiona.redmayne@carrowlyle-legal.co.uk", "workday-final-bst"))

# Vantage Quay: Pinpoint telephone interview, Google-style timezone.
EVENTS.append(event("pinpoint-phone", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint//Pinpoint ATS//EN
METHOD:REQUEST
""" + LONDON_GOOGLE + r"""BEGIN:VEVENT
UID:pinpoint-interview-219874-vantagequay
DTSTAMP:20260210T171400Z
DTSTART;TZID=Europe/London:20260217T081500
DTEND;TZID=Europe/London:20260217T084500
SUMMARY:Telephone interview – Vantage Quay LLP
ORGANIZER;CN=Vantage Quay Graduate Recruitment:mailto:vantagequay@pinpointhq.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
LOCATION:Telephone – we will call you on the number in your application
DESCRIPTION:Dear Priya\,\n\nThank you for your application for a 2028 Training Contract at Vantage Quay. We'd like to invite you to a 30-minute telephone interview with a member of our graduate recruitment team\, Rosie Kendall.\n\nGood luck!\nVantage Quay Graduate Recruitment\n\nPowered by Pinpoint
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "pinpoint-interview-219874-vantagequay", 1, "Vantage Quay LLP", "2028 Training Contract", "recruiter_screen",
    "Rosie Kendall", "pinpoint-telephone-interview-grad-rec"))
