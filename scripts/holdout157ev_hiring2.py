# ruff: noqa: E501
"""holdout157 events: Priya on the HIRING side at Tesseract Labs (part 2)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "calendly-host", "0c5d2e7f-8a1b-4c3d-9e0f-a1b2c3d4e5f6", 0, "", "", "", "",
        "user-as-interviewer-calendly-user-is-host-candidate-books",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0c5d2e7f-8a1b-4c3d-9e0f-a1b2c3d4e5f6
DTSTAMP:20250321T144000Z
DTSTART:20250325T050000Z
DTEND:20250325T053000Z
SUMMARY:Harish Gowda and Priya Raghavan
ORGANIZER;CN=Priya Raghavan:mailto:priya.r@tesseract-labs.in
ATTENDEE;CN=Harish Gowda;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:harish.gowda.testing@yahoo.com
LOCATION:https://meet.google.com/prq-cand-scr
DESCRIPTION:Event Name: Tesseract Labs - QA candidate screening (30 min)\n\nInvitee: Harish Gowda\nInvitee Email: harish.gowda.testing@yahoo.com\n\nQuestions:\nCurrent company & role: Test Engineer\, Happiest Minds\nTotal experience: 4 yrs\nNotice period: Immediate joiner\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0c5d2e7f\nReschedule: https://calendly.com/reschedulings/0c5d2e7f\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "bookings-host", "AAMkADk2Tesseract-QAHiring-Bookings-1d9e", 0, "", "", "", "",
        "user-as-interviewer-ms-bookings-staff-member",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN=Tesseract QA Hiring:mailto:QAHiring@tesseractlabs.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Technical Screening - SDET-II\nStaff: Priya R\nCustomer: Nandini Srinivas (nandini.s.qa@gmail.com\, +91 99001 23456)\nCustomer notes: Currently SDET at Tekion\, 3.8 yrs\, applied via LinkedIn\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QAHBk@thread.v2/0\n\nThis booking was made with Microsoft Bookings.
UID:AAMkADk2Tesseract-QAHiring-Bookings-1d9e
SUMMARY;LANGUAGE=en-US:Technical Screening - SDET-II: Nandini Srinivas
DTSTART;TZID=India Standard Time:20250402T170000
DTEND;TZID=India Standard Time:20250402T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T093300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "candidate-notes", "F0A9B8C7-D6E5-4F3A-B2C1-0D9E8F7A6B5C", 0, "", "", "", "",
        "user-as-interviewer-hand-typed-hire-no-hire-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250327T173055Z
DTSTART;TZID=Asia/Kolkata:20250327T163000
DTEND;TZID=Asia/Kolkata:20250327T171500
DTSTAMP:20250327T173120Z
SUMMARY:Nikhil R - L2
DESCRIPTION:API strong\, postman+newman fine. SQL weak (joins). Attitude good. Lean hire for SDET-I not II. Ask Rohan re budget band. He asked abt WFH - 3 days office ok.
SEQUENCE:0
UID:F0A9B8C7-D6E5-4F3A-B2C1-0D9E8F7A6B5C
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "scorecard-pending", "keka-hire-scorecard-reminder-55210", 0, "", "", "", "",
        "user-as-interviewer-keka-scorecard-pending-interview-kit",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Keka//Keka Hire//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:keka-hire-scorecard-reminder-55210
DTSTAMP:20250402T033000Z
DTSTART:20250402T043000Z
DTEND:20250402T044500Z
SUMMARY:Scorecard pending: Interview with Ajay Thomas (SDET-II) - Round 2
ORGANIZER;CN=Keka Hire:mailto:notifications@keka.com
ATTENDEE;CN=Priya R;ROLE=REQ-PARTICIPANT:mailto:priya.r@tesseract-labs.in
DESCRIPTION:Hi Priya R\,\n\nYour scorecard for the interview with Ajay Thomas (SDET-II\, Round 2 - Automation design) is pending.\n\nInterview kit: focus areas - framework design\, flaky test handling\, CI integration. Rating scale 1-4. Please add a hire / no-hire recommendation.\n\nFill scorecard: https://tesseractlabs.keka.com/hire/scorecards/55210\n\nKeka Hire
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "mobile-panel", "040000008200E00074C5B7101A82E0080000000088C0D1E2F3A4DB01000000000000000010000000A9B8C7D6E5", 0,
        "", "", "", "", "user-as-interviewer-panelist-for-other-team-round-2",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Kumar, Sandeep":mailto:sandeep.k@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pooja Hegde:mailto:poojahegde.mqa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Priya\, need you as second panelist for the mobile QA R2 - Appium + device farm depth. Candidate: Pooja Hegde\, 6 yrs\, currently at Dunzo. I'll take product sense.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MobR2@thread.v2/0\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000088C0D1E2F3A4DB01000000000000000010000000A9B8C7D6E5
SUMMARY;LANGUAGE=en-US:Panel - Mobile QA Engineer - R2 - Pooja Hegde
DTSTART;TZID=India Standard Time:20250409T113000
DTEND;TZID=India Standard Time:20250409T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "campus-drive", "campus-rvce-2025-qa@tesseract-labs.in", 0, "", "", "", "",
        "user-as-interviewer-campus-placement-drive-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250221
DTEND;VALUE=DATE:20250222
DTSTAMP:20250214T060000Z
ORGANIZER;CN=Tesseract Campus Team:mailto:campus@tesseract-labs.in
UID:campus-rvce-2025-qa@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya R;X-NUM-GUESTS=0:mailto:priya.r@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Faizal Ahmed;X-NUM-GUESTS=0:mailto:faizal.a@tesseract-labs.in
LOCATION:RV College of Engineering\, Mysore Road - Placement Cell\, Block C
DESCRIPTION:Campus placement drive - Graduate Trainee (QA) 2025 batch.\nPre-placement talk 9:30\, aptitude test 10:30\, technical interviews post lunch (3 panels). You are on panel 2 with Faizal. Cab from office at 8:15. Carry laptop + ID card.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Campus drive @ RVCE - QA freshers (panel 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "techno-managerial", "dbx-interview-8813377-tesseract", 0, "", "", "", "",
        "user-as-interviewer-darwinbox-techno-managerial-she-conducts",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Darwinbox//Recruitment//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:dbx-interview-8813377-tesseract
DTSTAMP:20250407T041000Z
DTSTART;TZID=Asia/Kolkata:20250410T153000
DTEND;TZID=Asia/Kolkata:20250410T163000
SUMMARY:Techno-Managerial Round - Lead QA Engineer - Suresh Babu
ORGANIZER;CN=Tesseract Labs Careers:mailto:noreply@darwinbox.in
ATTENDEE;CN=Priya R;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.r@tesseract-labs.in
ATTENDEE;CN=Suresh Babu;ROLE=REQ-PARTICIPANT:mailto:suresh.babu.k@hotmail.com
LOCATION:Tesseract Labs\, Embassy Golf Links\, 4th floor reception
DESCRIPTION:Interview Details\n\nCandidate: Suresh Babu\nRequisition: Lead QA Engineer (TL-QA-0405)\nRound: Techno-Managerial\nInterviewer(s): Priya R\nMode: Face to face\n\nFeedback form: https://tesseract.darwinbox.in/ms/recruitment/feedback/8813377\n\nThis is a system generated mail from Darwinbox.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "offer-discussion", "5f2c8e90a1b7@tesseract-labs.in", 0, "", "", "", "",
        "user-as-interviewer-offer-discussion-with-selected-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T113000Z
DTEND:20250416T120000Z
DTSTAMP:20250415T070000Z
ORGANIZER;CN=Divya Shankar:mailto:divya.s@tesseract-labs.in
UID:5f2c8e90a1b7@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya R;X-NUM-GUESTS=0:mailto:priya.r@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kavya M;X-NUM-GUESTS=0:mailto:kavya.m.sdet@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ofr-kvym-dsn
DESCRIPTION:Offer discussion with Kavya (selected for SDET-II). HR will walk through the CTC break-up\; Priya to talk about the team\, project and joining date.\n\nJoin with Google Meet: https://meet.google.com/ofr-kvym-dsn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Offer Discussion - Kavya M - SDET-II
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "codepair-evaluator", "hrinterview-4471902@hackerrank.com", 0, "", "", "", "",
        "user-as-interviewer-hackerrank-codepair-evaluator",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HackerRank//HackerRank Interview//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:hrinterview-4471902@hackerrank.com
DTSTAMP:20250414T080000Z
DTSTART;TZID=Asia/Kolkata:20250417T110000
DTEND;TZID=Asia/Kolkata:20250417T123000
SUMMARY:HackerRank Interview: Machine coding - SDET-II - Mohammed Irfan
ORGANIZER;CN=Tesseract Labs via HackerRank:mailto:interviews@hackerrank.com
ATTENDEE;CN=Priya R;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:priya.r@tesseract-labs.in
ATTENDEE;CN=Mohammed Irfan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:irfan.m.qa@gmail.com
LOCATION:https://www.hackerrank.com/interview/tesseract/4471902
DESCRIPTION:Interviewer link (Priya R): https://www.hackerrank.com/interview/tesseract/4471902?interviewer=1\nCandidate: Mohammed Irfan\nQuestion pad: "Build a retrying HTTP test client" (Java/Python)\nPlease leave your evaluation in the HackerRank scorecard at the end of the session.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "bgv-joiner", "2B7E9C1A-5D3F-4A8B-9E6C-0F1D2A3B4C5D", 0, "", "", "", "",
        "user-as-interviewer-bgv-follow-up-for-new-hire",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2505//EN
BEGIN:VEVENT
UID:2B7E9C1A-5D3F-4A8B-9E6C-0F1D2A3B4C5D
DTSTAMP:20250422T054500Z
DTSTART;TZID=Asia/Kolkata:20250424T120000
DTEND;TZID=Asia/Kolkata:20250424T121500
SUMMARY:chase HR - Kavya BGV + laptop before DOJ
DESCRIPTION:BGV from AuthBridge still pending (prev employer)\, DOJ 5 May. Raise IT ticket for laptop\, add to QA-Core DL\, buddy = Faizal.
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
]
