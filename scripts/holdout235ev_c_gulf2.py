# ruff: noqa: E501
"""holdout235 events: Gulf employers' own ATS and scheduling invites (Qatar, Dubai, Abu Dhabi, Riyadh)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("successfactors-screen", "SF-INTSCHED-akmb-4417-98123", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Qatar}}
BEGIN:VEVENT
UID:SF-INTSCHED-akmb-4417-98123
DTSTAMP:20251014T072200Z
DTSTART;TZID=Asia/Qatar:20251019T100000
DTEND;TZID=Asia/Qatar:20251019T103000
SUMMARY:Interview Invitation: Project Engineer - Civil (Req. 4417)
DESCRIPTION:Dear Mark Anthony Villanueva\,\n\nYour interview for Project Engineer - Civil (Job Req. 4417) with Al Khaleej Modern Builders W.L.L. has been scheduled.\n\nInterview type: Telephone screening\nInterviewer(s): Priya Menon (Senior Recruiter)\nTime zone: Arabia Standard Time (Doha)\n\nIf you need to change this slot\, please reply through the candidate portal.\n\nThis email was sent from an unmonitored mailbox.
ORGANIZER;CN=Al Khaleej Modern Builders Recruiting:mailto:DoNotReply@successfactors.eu
ATTENDEE;CN=Priya Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.menon@akmb.qa
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Al Khaleej Modern Builders W.L.L.", role="Project Engineer - Civil",
       stage="recruiter_screen", interviewers="priya.menon@akmb.qa", trap="successfactors-phone-screen-qatar"),

    ev("google-teams-technical", "2v9hn4kq1c6b3t7m0r5s8p2aj4@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Qatar}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Qatar:20251029T150000
DTEND;TZID=Asia/Qatar:20251029T160000
DTSTAMP:20251025T101702Z
ORGANIZER;CN=Priya Menon:mailto:priya.menon@akmb.qa
UID:2v9hn4kq1c6b3t7m0r5s8p2aj4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Menon;X-NUM-GUESTS=0:mailto:priya.menon@akmb.qa
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ahmed Saber;X-NUM-GUESTS=0:mailto:ahmed.saber@akmb.qa
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Vikram Rao;X-NUM-GUESTS=0:mailto:vikram.rao@akmb.qa
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Technical interview - Project Engineer (Civil)\, Lusail residential towers package.\nPanel: Eng. Ahmed Saber (Technical Manager)\, Eng. Vikram Rao (Senior Project Manager). Priya will open the call and drop off.\n\nPlease be ready to share your screen (sample method statement / look-ahead programme\, no confidential client data please).\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjQ1\nMeeting ID: 291 774 306 118  Passcode: 8tRw3a\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AKMB | Technical Interview | M.A. Villanueva | Project Engineer (Civil)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Al Khaleej Modern Builders W.L.L.", role="Project Engineer (Civil)",
       stage="technical", interviewers="ahmed.saber@akmb.qa;vikram.rao@akmb.qa", trap="google-invite-teams-link-panel", fold=True),

    ev("workday-hiring-manager", "WD-INT-R-0028814-01@myworkday.com", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:WD-INT-R-0028814-01@myworkday.com
DTSTAMP:20251105T080000Z
DTSTART;TZID=Asia/Dubai:20251111T133000
DTEND;TZID=Asia/Dubai:20251111T141500
SUMMARY:Interview: Project Engineer - Civil (Client Side) - R-0028814
DESCRIPTION:Hi Mark Anthony\,\n\nYou have been scheduled for an interview with Marasi Crest Developments.\n\nJob Requisition: R-0028814 Project Engineer - Civil (Client Side)\nInterview: Hiring Manager Interview\nInterviewer: Layla Nasser\, Senior Development Manager\nFormat: Microsoft Teams (link below)\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE1ZDk0\n\nYou can view your interview details in your candidate home account.\n\nMarasi Crest Talent Team
ORGANIZER;CN=Marasi Crest Talent Team:mailto:marasicrest@myworkday.com
ATTENDEE;CN=Layla Nasser;ROLE=REQ-PARTICIPANT:mailto:layla.nasser@marasicrest.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Marasi Crest Developments", role="Project Engineer - Civil (Client Side)",
       stage="hiring_manager", interviewers="layla.nasser@marasicrest.ae", trap="workday-teams-hiring-manager"),

    ev("workday-panel-onsite", "WD-INT-R-0028814-02@myworkday.com", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:WD-INT-R-0028814-02@myworkday.com
DTSTAMP:20251120T063000Z
DTSTART;TZID=Asia/Dubai:20251126T100000
DTEND;TZID=Asia/Dubai:20251126T113000
SUMMARY:Interview: Project Engineer - Civil (Client Side) - R-0028814 - Stage 3
DESCRIPTION:Hi Mark Anthony\,\n\nCongratulations on progressing to the final stage.\n\nInterview: Panel Interview (in person)\nInterviewers: Layla Nasser (Senior Development Manager)\; Karim Fawzi (Director\, Projects Delivery)\; Sara Al Marzooqi (HR Business Partner)\n\nLocation: Marasi Crest Developments HQ\, Level 9\, Marasi Drive\, Business Bay. Please bring your Emirates ID for building access and arrive 15 minutes early.\n\nMarasi Crest Talent Team
ORGANIZER;CN=Marasi Crest Talent Team:mailto:marasicrest@myworkday.com
ATTENDEE;CN=Layla Nasser;ROLE=REQ-PARTICIPANT:mailto:layla.nasser@marasicrest.ae
ATTENDEE;CN=Karim Fawzi;ROLE=REQ-PARTICIPANT:mailto:karim.fawzi@marasicrest.ae
ATTENDEE;CN=Sara Al Marzooqi;ROLE=REQ-PARTICIPANT:mailto:sara.almarzooqi@marasicrest.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Marasi Crest HQ\, Level 9\, Business Bay
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Marasi Crest Developments", role="Project Engineer - Civil (Client Side)",
       stage="final", interviewers="layla.nasser@marasicrest.ae;karim.fawzi@marasicrest.ae;sara.almarzooqi@marasicrest.ae",
       trap="workday-final-panel-in-person"),

    ev("typed-hr-call", "4bq0s7ltu9fj2k1m3d8h6c5n2e@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:markvillanueva.ce@yahoo.com
X-WR-TIMEZONE:Asia/Dubai
BEGIN:VEVENT
DTSTART:20251016T120000Z
DTEND:20251016T123000Z
DTSTAMP:20251015T190244Z
UID:4bq0s7ltu9fj2k1m3d8h6c5n2e@google.com
CREATED:20251015T190240Z
DESCRIPTION:Ms Dana HR will call. piling site engr\, bored piles + diaphragm wall. ask sahod range & accom. pasok ng 6am so ask kung may transpo
LAST-MODIFIED:20251015T190240Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:call fr gulf piling HR
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Gulf Piling & Foundations LLC", stage="recruiter_screen",
       interviewers="Ms Dana", trap="self-typed-hr-call-utc-export", eol="lf"),

    ev("bookings-face-to-face", "AAMkAGQ3NTY5ZDI1LWJhNzctNDQyYS05Zjc4LTMxNmYyZDI5N2NlNABGAAAAAAB", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN=QAB Talent Acquisition:mailto:TalentAcquisition@qasralbahr.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Anthony Villanueva:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Khalid Al Ameri:mailto:khalid.alameri@qasralbahr.ae
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Candidate Interview - Senior Site Engineer (60 min)\nStaff: Khalid Al Ameri\nLocation: QAB Developments\, Al Maryah Island\, Abu Dhabi - Tower 2\, 14th floor reception\n\nWant to make changes? Reschedule or cancel your booking: https://outlook.office365.com/owa/calendar/QABTalentAcquisition@qasralbahr.ae/bookings/\n\nThank you\,\nQasr Al Bahr Developments\n
UID:AAMkAGQ3NTY5ZDI1LWJhNzctNDQyYS05Zjc4LTMxNmYyZDI5N2NlNABGAAAAAAB
SUMMARY;LANGUAGE=en-US:Candidate Interview - Senior Site Engineer for Mark Anthony Villanueva
DTSTART;TZID=Arabian Standard Time:20251213T110000
DTEND;TZID=Arabian Standard Time:20251213T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251207T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:QAB Developments\, Al Maryah Island\, Abu Dhabi
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Qasr Al Bahr Developments", role="Senior Site Engineer", stage="onsite",
       interviewers="khalid.alameri@qasralbahr.ae", trap="ms-bookings-candidate-booked-onsite"),

    ev("zoho-recruit-technical", "zrecruit_interview_58211000004420093", r"""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zrecruit_interview_58211000004420093
DTSTAMP:20251119T091500Z
DTSTART:20251123T080000Z
DTEND:20251123T090000Z
SUMMARY:Technical Interview - Resident Engineer (Structures) - Mark Anthony Villanueva
DESCRIPTION:Dear Mark Anthony\,\n\nGreetings from Tarsheed Engineering Consultants!\n\nYour technical interview for the post of Resident Engineer (Structures) - Supervision\, Dubai Creek Harbour projects has been scheduled.\n\nInterviewer: Eng. Hisham Barakat\, Chief Resident Engineer\nMode: Zoho Meeting - https://meeting.zoho.com/meeting/register?sessionId=1077342811\n\nThe panel will ask about consultant supervision\, reviewing contractor submittals (MIR\, IR\, method statements)\, handling NCRs and site instructions.\n\nRegards\,\nHR Department\nTarsheed Engineering Consultants
ORGANIZER;CN=Tarsheed HR:mailto:hr@tarsheedeng.com
ATTENDEE;CN=Hisham Barakat;ROLE=REQ-PARTICIPANT:mailto:hisham.b@tarsheedeng.com
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Zoho Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Tarsheed Engineering Consultants", role="Resident Engineer (Structures)",
       stage="technical", interviewers="hisham.b@tarsheedeng.com", trap="zoho-recruit-consultant-side-utc"),

    ev("orc-screen", "ORC-IRC-300000045512987", r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Oracle Recruiting Cloud//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:ORC-IRC-300000045512987
DTSTAMP:20251201T054010Z
DTSTART;TZID=Asia/Riyadh:20251207T093000
DTEND;TZID=Asia/Riyadh:20251207T100000
SUMMARY:Wadi Sahm | Screening Interview | Senior Site Engineer - Infrastructure (12877)
DESCRIPTION:Dear Mark Anthony\,\n\nThank you for applying to Wadi Sahm Development Company. We would like to invite you to a virtual screening interview with our Talent Acquisition Partner\, Hessa Al-Dosari.\n\nRequisition: 12877 - Senior Site Engineer - Infrastructure (Utilities & Roads)\nDuration: 30 minutes\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWQxNzM2\n\nAll times are Riyadh time (AST\, UTC+3).\n\nWadi Sahm Talent Acquisition
ORGANIZER;CN=Wadi Sahm Talent Acquisition:mailto:no-reply@wadisahm.sa
ATTENDEE;CN=Hessa Al-Dosari;ROLE=REQ-PARTICIPANT:mailto:hessa.aldosari@wadisahm.sa
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Wadi Sahm Development Company",
       role="Senior Site Engineer - Infrastructure", stage="recruiter_screen", interviewers="hessa.aldosari@wadisahm.sa",
       trap="oracle-recruiting-cloud-giga-project-screen"),

    ev("orc-technical-panel", "ORC-IRC-300000045698442", r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Oracle Recruiting Cloud//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:ORC-IRC-300000045698442
DTSTAMP:20251214T114502Z
DTSTART;TZID=Asia/Riyadh:20251221T130000
DTEND;TZID=Asia/Riyadh:20251221T141500
SUMMARY:Wadi Sahm | Technical Panel | Senior Site Engineer - Infrastructure (12877)
DESCRIPTION:Dear Mark Anthony\,\n\nYou have progressed to the technical panel.\n\nPanel members:\n- Eng. Callum Fraser\, Construction Manager - Utilities\n- Eng. Abdulrahman Al-Qahtani\, Package Manager - Roads\n- Eng. Joseph Varghese\, QA/QC Manager\n\nExpect a case discussion on a utility corridor crossing (deep excavation\, shoring\, dewatering\, traffic diversion) and questions on HSE leadership.\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E5NTEx\n\nWadi Sahm Talent Acquisition
ORGANIZER;CN=Wadi Sahm Talent Acquisition:mailto:no-reply@wadisahm.sa
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:callum.fraser@wadisahm.sa
ATTENDEE;CN=Abdulrahman Al-Qahtani;ROLE=REQ-PARTICIPANT:mailto:abdulrahman.alqahtani@wadisahm.sa
ATTENDEE;CN=Joseph Varghese;ROLE=REQ-PARTICIPANT:mailto:joseph.varghese@wadisahm.sa
ATTENDEE;CN=Hessa Al-Dosari;ROLE=OPT-PARTICIPANT:mailto:hessa.aldosari@wadisahm.sa
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Wadi Sahm Development Company",
       role="Senior Site Engineer - Infrastructure", stage="technical",
       interviewers="callum.fraser@wadisahm.sa;abdulrahman.alqahtani@wadisahm.sa;joseph.varghese@wadisahm.sa",
       trap="oracle-recruiting-cloud-technical-panel"),
]
