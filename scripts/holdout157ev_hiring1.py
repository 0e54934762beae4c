# ruff: noqa: E501
"""holdout157 events: Priya on the HIRING side at Tesseract Labs (part 1)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "darwinbox-panel", "dbx-interview-8812093-tesseract", 0, "", "", "", "",
        "user-as-interviewer-darwinbox-panelist-invite",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Darwinbox//Recruitment//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:dbx-interview-8812093-tesseract
DTSTAMP:20250303T050000Z
DTSTART;TZID=Asia/Kolkata:20250305T113000
DTEND;TZID=Asia/Kolkata:20250305T123000
SUMMARY:Interview Scheduled: Senior QA Engineer - Round 1 (Technical) - Rahul Menon
ORGANIZER;CN=Tesseract Labs Careers:mailto:noreply@darwinbox.in
ATTENDEE;CN=Priya R;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.r@tesseract-labs.in
ATTENDEE;CN=Rahul Menon;ROLE=REQ-PARTICIPANT:mailto:rahulmenon.qa@gmail.com
LOCATION:MS Teams
DESCRIPTION:Dear Priya R\,\n\nYou have been assigned as an interviewer.\n\nCandidate: Rahul Menon\nPosition: Senior QA Engineer (TL-QA-0412)\nRound: Round 1 (Technical)\nExperience: 5.2 yrs | Current: Mindtree | Notice: 60 days\nResume: https://tesseract.darwinbox.in/ms/candidate/resume/8812093\n\nPlease submit your feedback on Darwinbox within 24 hours of the interview.\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TL0412@thread.v2/0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "keka-interviewer", "keka-hire-interview-55109-2", 0, "", "", "", "",
        "user-as-interviewer-keka-l1-assigned",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Keka//Keka Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:keka-hire-interview-55109-2
DTSTAMP:20250310T043000Z
DTSTART:20250312T083000Z
DTEND:20250312T093000Z
SUMMARY:Interview | Automation Test Engineer | Sneha Kulkarni | L1
ORGANIZER;CN=Keka Hire:mailto:notifications@keka.com
ATTENDEE;CN=Priya R;ROLE=REQ-PARTICIPANT:mailto:priya.r@tesseract-labs.in
ATTENDEE;CN=Sneha Kulkarni;ROLE=REQ-PARTICIPANT:mailto:sneha.kulkarni93@gmail.com
LOCATION:Google Meet - https://meet.google.com/tsl-kqwe-ynb
DESCRIPTION:Hi Priya R\,\n\nAn interview has been scheduled and you are on the panel.\n\nCandidate: Sneha Kulkarni\nJob: Automation Test Engineer (Bengaluru)\nStage: L1\nSource: Naukri\n\nView candidate profile and scorecard: https://tesseractlabs.keka.com/hire/candidates/55109\n\nKeka Hire
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "naukri-call", "8D2A61F0-3B5C-4E9A-A7D1-6F0C2B4E8A13", 0, "", "", "", "",
        "user-as-interviewer-typed-telephonic-round-naukri-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250306T092011Z
DTSTART;TZID=Asia/Kolkata:20250307T123000
DTEND;TZID=Asia/Kolkata:20250307T130000
DTSTAMP:20250306T092044Z
SUMMARY:Telephonic rnd - Karthik S (naukri) manual 3yrs
DESCRIPTION:98860 41127. check SQL + API basics\, why switching in 1 yr? ok for 30 days notice? update Darwinbox after
SEQUENCE:0
UID:8D2A61F0-3B5C-4E9A-A7D1-6F0C2B4E8A13
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "walk-in-panel", "040000008200E00074C5B7101A82E008000000006A4B2C8D0F93DB01000000000000000010000000C1D2E3F4A5", 0,
        "", "", "", "", "user-as-interviewer-chairs-saturday-qa-drive-rooms",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kumar, Sandeep":mailto:sandeep.k@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Iyer, Lavanya":mailto:lavanya.i@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Ahmed, Faizal":mailto:faizal.a@tesseract-labs.in
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TA - Tesseract":mailto:talent@tesseract-labs.in
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BLR-4F-Nilgiri (12)":mailto:blr-4f-nilgiri@tesseract-labs.in
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BLR-4F-Kudremukh (6)":mailto:blr-4f-kudremukh@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Team\,\n\nQA hiring drive this Saturday for Senior QA / SDET-II (approx. 25 candidates shortlisted by TA from Naukri + referrals).\n\n9:30 - registration & written test (Nilgiri)\n10:30 onwards - L1 panels (Kudremukh + Nilgiri breakout)\n2:30 - L2 techno-managerial with me\n\nPlease block the full day. Lunch and comp-off will be arranged. Scorecards on Darwinbox same day please.\n\nThanks\,\nPriya
UID:040000008200E00074C5B7101A82E008000000006A4B2C8D0F93DB01000000000000000010000000C1D2E3F4A5
SUMMARY;LANGUAGE=en-US:QA Hiring Drive (Sat) - Senior QA / SDET-II - panel
DTSTART;TZID=India Standard Time:20250315T093000
DTEND;TZID=India Standard Time:20250315T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:BLR-4F-Nilgiri (12); BLR-4F-Kudremukh (6)
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "feedback-due", "C4F2E8A0-11B3-4D6E-9A7C-5B8D0E2F4A61", 0, "", "", "", "",
        "user-as-interviewer-feedback-reminder-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250312T130501Z
DTSTART;VALUE=DATE:20250313
DTEND;VALUE=DATE:20250314
DTSTAMP:20250312T130530Z
SUMMARY:submit fb on darwinbox - Ananya (SDET-II) + Sneha L1
DESCRIPTION:Ananya - strong hire? good on playwright\, weak on perf. Sneha - lean no\, could not explain page object.
SEQUENCE:0
UID:C4F2E8A0-11B3-4D6E-9A7C-5B8D0E2F4A61
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        nofold=True,
    ),
    ev(
        "debrief", "3d7e1b0c9a8f4e2d@tesseract-labs.in", 0, "", "", "", "",
        "user-as-interviewer-candidate-debrief-google",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T110000Z
DTEND:20250318T113000Z
DTSTAMP:20250317T091100Z
ORGANIZER;CN=Lavanya Iyer:mailto:lavanya.i@tesseract-labs.in
UID:3d7e1b0c9a8f4e2d@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya R;X-NUM-GUESTS=0:mailto:priya.r@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandeep Kumar;X-NUM-GUESTS=0:mailto:sandeep.k@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lavanya Iyer;X-NUM-GUESTS=0:mailto:lavanya.i@tesseract-labs.in
X-GOOGLE-CONFERENCE:https://meet.google.com/dbf-wxqe-trm
DESCRIPTION:Debrief on Saturday drive - 7 candidates cleared L1\, need to close on 3 for L2 / offer. Please have Darwinbox scorecards filled before this.\n\nJoin with Google Meet: https://meet.google.com/dbf-wxqe-trm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief - Sat drive (SDET-II / Sr QA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "hiring-committee", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000F0E1D2C3B4", 0,
        "", "", "", "", "user-as-interviewer-recurring-hiring-committee-with-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Nair, Rohan":mailto:rohan.n@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Joseph, Anil":mailto:anil.j@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TA - Tesseract":mailto:talent@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Fortnightly Engineering hiring committee: review of open reqs\, offer approvals\, candidates pending L2\, consultancy performance. Please update the tracker before the call.
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=8
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000F0E1D2C3B4
SUMMARY;LANGUAGE=en-US:Eng Hiring Committee (fortnightly)
DTSTART;TZID=India Standard Time:20250306T163000
DTEND;TZID=India Standard Time:20250306T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250301T060000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Nair, Rohan":mailto:rohan.n@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Moved to Friday this time (Holi on Thursday). Agenda: QA Lead offer approval + SDET-II close.
RECURRENCE-ID;TZID=India Standard Time:20250313T163000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000F0E1D2C3B4
SUMMARY;LANGUAGE=en-US:Eng Hiring Committee (fortnightly) - moved
DTSTART;TZID=India Standard Time:20250314T163000
DTEND;TZID=India Standard Time:20250314T173000
DTSTAMP:20250310T060000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "shadowing", "8ff02a6c1b4e@tesseract-labs.in", 0, "", "", "", "",
        "user-as-interviewer-reverse-shadow-new-interviewer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T090000Z
DTEND:20250320T100000Z
DTSTAMP:20250318T120000Z
ORGANIZER;CN=Vikram Bhat:mailto:vikram.b@tesseract-labs.in
UID:8ff02a6c1b4e@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vikram Bhat;X-NUM-GUESTS=0:mailto:vikram.b@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya R;X-NUM-GUESTS=0:mailto:priya.r@tesseract-labs.in
X-GOOGLE-CONFERENCE:https://meet.google.com/vkb-rqsh-dow
DESCRIPTION:Priya - as discussed\, my first time leading the L2 for QA Lead. You reverse-shadow and we sync for 10 mins after. Candidate joins via the Darwinbox link (Deepak Rao\, 9 yrs\, Infosys).\n\nJoin with Google Meet: https://meet.google.com/vkb-rqsh-dow
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Shadow] L2 QA Lead - Deepak Rao (Vikram leads)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "pair-testing", "6a1e0c9d-take-home-review@tesseract-labs.in", 0, "", "", "", "",
        "user-as-interviewer-supervises-candidate-pair-testing-exercise",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:6a1e0c9d-take-home-review@tesseract-labs.in
DTSTAMP:20250324T100000Z
DTSTART;TZID=Asia/Kolkata:20250326T143000
DTEND;TZID=Asia/Kolkata:20250326T163000
SUMMARY:Practical exercise: exploratory testing on staging - Farhan (candidate)
ORGANIZER;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Farhan Qureshi:mailto:farhanq.testing@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ahmed, Faizal":mailto:faizal.a@tesseract-labs.in
LOCATION:BLR office - 4F Kudremukh / guest Wi-Fi
DESCRIPTION:Hi Farhan\,\n\nAs discussed\, please come to our Bengaluru office for a 2 hour hands-on exercise. You will explore the staging build of our claims app and log defects in a sandbox Jira project. Faizal and I will be around to observe and answer questions. Bring your laptop.\n\nPriya Raghavan\nQA Lead\, Tesseract Labs
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "candidate-reply", "keka-hire-interview-55342-1", 0, "", "", "", "",
        "user-as-interviewer-candidate-accepted-reply-free-mail",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250403T063000Z
DTEND:20250403T073000Z
DTSTAMP:20250401T183022Z
ORGANIZER;CN=Priya R:mailto:priya.r@tesseract-labs.in
UID:keka-hire-interview-55342-1
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Meera Pillai;X-NUM-GUESTS=0:mailto:meera.pillai.0411@gmail.com
COMMENT:Thank you ma'am\, I will join on time.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Technical Interview - QA Automation Engineer - Tesseract Labs
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "agency-profile", "careernet-slot-20250408-ArjunNair", 0, "", "", "", "",
        "user-as-interviewer-consultancy-sends-candidate-slot",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:careernet-slot-20250408-ArjunNair
DTSTAMP:20250404T111500Z
DTSTART:20250408T103000Z
DTEND:20250408T113000Z
SUMMARY:Interview slot confirmed: Arjun Nair - Test Lead - Tesseract Labs
ORGANIZER;CN="Fernandes, Rhea":mailto:rhea.fernandes@careernet.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="TA - Tesseract":mailto:talent@tesseract-labs.in
LOCATION:Candidate will join the Teams link shared by Tesseract TA
DESCRIPTION:Dear Priya\,\n\nAs per your availability\, we have confirmed the L1 slot for our candidate Arjun Nair for the Test Lead position (req TL-QA-0398).\n\nCandidate summary: 8.5 yrs\, currently at Cognizant (Insurance domain)\, Selenium/Java\, Rest Assured\, Jenkins\, ISTQB Foundation. CTC 19 LPA\, ECTC 26 LPA\, notice 60 days (negotiable to 45). CV attached in the mail.\n\nKindly share feedback at the earliest.\n\nRegards\,\nRhea Fernandes\nCareernet Technologies - Delivery Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
