# ruff: noqa: E501
"""holdout157 events: Priya's own interviews with Indian employers (part 1)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "meet-screen", "5k2v9q1m0r7ad8e3lq0t4hs1ne@google.com", 1, "Razorpay", "Engineering Manager - Quality",
        "recruiter_screen", "shruti.nair@razorpay.com", "google-meet-ta-intro-call-named-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250304T063000Z
DTEND:20250304T070000Z
DTSTAMP:20250228T101512Z
ORGANIZER;CN=Shruti Nair:mailto:shruti.nair@razorpay.com
UID:5k2v9q1m0r7ad8e3lq0t4hs1ne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Shruti Nair;X-NUM-GUESTS=0:mailto:shruti.nair@razorpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/wqx-hbrt-kse
CREATED:20250228T101511Z
DESCRIPTION:Hi Priya\,\n\nThanks for your interest in the Engineering Manager - Quality role at Razorpay. This is a quick 30 min intro call to understand your experience\, current CTC/expected CTC and notice period\, and to walk you through the process.\n\nRegards\,\nShruti\nTalent Acquisition\, Razorpay\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/wqx-hbrt-kse\nOr dial: (IN) +91 22 7127 8463 PIN: 318 442 655#\nMore phone numbers: https://tel.meet/wqx-hbrt-kse?pin=4820114433210\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250228T101512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Raghavan <> Razorpay | Intro call
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "greenhouse-r2", "greenhouse-int-4477102-8831", 1, "Razorpay", "Engineering Manager - Quality", "technical",
        "anirudh.k@razorpay.com;deepa.menon@razorpay.com", "greenhouse-techno-managerial-l2-two-panelists",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Asia/Kolkata
{KOLKATA}
BEGIN:VEVENT
UID:greenhouse-int-4477102-8831
DTSTAMP:20250310T121900Z
DTSTART;TZID=Asia/Kolkata:20250314T150000
DTEND;TZID=Asia/Kolkata:20250314T161500
SUMMARY:Interview with Razorpay: Round 2 - Techno-managerial (Test strategy & automation)
ORGANIZER;CN=Razorpay Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Anirudh Kulkarni;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anirudh.k@razorpay.com
ATTENDEE;CN=Deepa Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:deepa.menon@razorpay.com
LOCATION:Google Meet - https://meet.google.com/pfo-zzia-ubm
DESCRIPTION:Hi Priya\,\n\nYour second round for Engineering Manager - Quality is confirmed.\n\nInterviewers:\n- Anirudh Kulkarni\, Director of Engineering (Payments)\n- Deepa Menon\, Staff SDET\n\nWhat to expect: 75 minutes. We will discuss how you would set up the test strategy for a payments gateway\, your automation framework choices\, and how you run a QA team of 8-10. Please keep a laptop handy - there may be a short whiteboarding exercise.\n\nJoin: https://meet.google.com/pfo-zzia-ubm\n\nNeed to reschedule? Reply to this email.\n\nRazorpay Talent Team
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "hr-discussion", "040000008200E00074C5B7101A82E00800000000D0B1D8C3E59ADB01000000000000000010000000B1C4A5F0E2", 1,
        "Razorpay", "Engineering Manager - Quality", "final", "kavitha.s@razorpay.com",
        "outlook-hr-discussion-final-round",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN=Kavitha S:mailto:kavitha.s@razorpay.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nCongratulations on clearing the technical rounds. Scheduling the HR discussion (final round) with me. We will cover culture fit\, your expectations\, notice period / buyout and joining timelines.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk0@thread.v2/0>\nMeeting ID: 421 887 903 112\nPasscode: q7Ht3S\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0B1D8C3E59ADB01000000000000000010000000B1C4A5F0E2
SUMMARY;LANGUAGE=en-US:HR Discussion - Priya Raghavan - EM Quality
DTSTART;TZID=India Standard Time:20250321T113000
DTEND;TZID=India Standard Time:20250321T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T094402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk0@thread.v2/0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "oa-typed", "A1F0C2D4-7E61-4B7A-9B0E-2C6D1F0AB001", 1, "Swiggy", "SDET-III", "technical", "",
        "user-typed-hackerrank-online-assessment-window",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T171201Z
DTEND:20250308T113000
DTSTAMP:20250305T171229Z
DTSTART:20250308T100000
LAST-MODIFIED:20250305T171229Z
SEQUENCE:0
SUMMARY:Swiggy OA - hackerrank (90 min)
DESCRIPTION:link valid till sat 11.59pm. 2 coding + 1 selenium/api + mcqs. do it in morning b4 amma calls. SDET-III
UID:A1F0C2D4-7E61-4B7A-9B0E-2C6D1F0AB001
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "l1-meet", "3ua8vd0q5n2kql0mhgk6b7t2ic@google.com", 1, "Swiggy", "SDET-III / Lead", "technical",
        "harsha.v@swiggy.in", "google-calendar-l1-technical-round",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250317T083000Z
DTEND:20250317T093000Z
DTSTAMP:20250313T065921Z
ORGANIZER;CN=tech-hiring@swiggy.in:mailto:tech-hiring@swiggy.in
UID:3ua8vd0q5n2kql0mhgk6b7t2ic@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Harsha Vardhan;X-NUM-GUESTS=0:mailto:harsha.v@swiggy.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Swiggy Tech Hiring;X-NUM-GUESTS=0:mailto:tech-hiring@swiggy.in
X-GOOGLE-CONFERENCE:https://meet.google.com/jty-mcxq-rdo
DESCRIPTION:Candidate: Priya Raghavan\nPosition: SDET-III / Lead (Req 11873)\nRound: L1 - Problem solving + automation design\nPanel: Harsha Vardhan\n\nPlease join 5 min early and keep your camera on. You'll be asked to share your screen and write code in an IDE of your choice.\n\nJoin with Google Meet: https://meet.google.com/jty-mcxq-rdo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Swiggy | L1 | Priya Raghavan | SDET-III
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "lever-hm", "lever-7c1e02a4-51bb-4e8e-a8b3-0f6c1a9d2e77", 1, "Freshworks", "QA Manager", "hiring_manager",
        "rajesh.iyer@freshworks.com", "lever-zoom-hiring-manager-conversation",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:lever-7c1e02a4-51bb-4e8e-a8b3-0f6c1a9d2e77
DTSTAMP:20250306T043010Z
DTSTART;TZID=Asia/Kolkata:20250311T170000
DTEND;TZID=Asia/Kolkata:20250311T174500
SUMMARY:Interview: Priya Raghavan for QA Manager (Bengaluru)
ORGANIZER;CN="Nisha Thomas (via Lever)":mailto:nisha.thomas@freshworks.com
ATTENDEE;CN=Priya Raghavan;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Rajesh Iyer;PARTSTAT=ACCEPTED:mailto:rajesh.iyer@freshworks.com
LOCATION:https://freshworks.zoom.us/j/93318827461?pwd=dGh3Rk5vZmFrZQ
DESCRIPTION:Hello Priya\,\n\nYou're scheduled to speak with Rajesh Iyer (Sr. Engineering Manager\, Freshdesk) about the QA Manager role. This is a hiring manager conversation - expect questions about how you build and grow test teams\, quality metrics you track and a recent release you'd do differently.\n\nZoom: https://freshworks.zoom.us/j/93318827461?pwd=dGh3Rk5vZmFrZQ\nMeeting ID: 933 1882 7461\nPasscode: 582019\nOne tap mobile: +918071279440\,\,93318827461#\n\nBest\,\nNisha Thomas | Recruiting | Freshworks
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "goodtime-values", "gt-evt-61f7a2c0b93d4e1a-priya", 1, "Atlassian", "Quality Engineering Manager", "",
        "mkhanna@atlassian.com", "goodtime-values-interview-no-clear-stage",
        rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:gt-evt-61f7a2c0b93d4e1a-priya
DTSTAMP:20250319T120211Z
DTSTART;TZID=Asia/Kolkata:20250325T103000
DTEND;TZID=Asia/Kolkata:20250325T113000
SUMMARY:Atlassian Interview - Values - Priya Raghavan
ORGANIZER;CN=Atlassian Candidate Experience:mailto:interviews@goodtime.io
ATTENDEE;CN=Priya Raghavan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Mehak Khanna;PARTSTAT=ACCEPTED:mailto:mkhanna@atlassian.com
LOCATION:Zoom
DESCRIPTION:Hi Priya\,\n\nHere are the details for your Values interview for the Quality Engineering Manager position.\n\nInterviewer: Mehak Khanna\, Senior Engineering Manager\nDuration: 60 minutes\nFormat: behavioural conversation around Atlassian's values (Open company\, no bullshit\; Build with heart and balance\; Don't #@!% the customer\; Play\, as a team\; Be the change you seek). Please prepare examples from your own experience.\n\nZoom link: https://atlassian.zoom.us/j/81234500981\n\nPowered by GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "goodtime-mgmt", "gt-evt-9a03d5e1c2f84b7c-priya", 1, "Atlassian", "Quality Engineering Manager",
        "hiring_manager", "sgopal@atlassian.com", "goodtime-management-interview-original-slot",
        rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:gt-evt-9a03d5e1c2f84b7c-priya
DTSTAMP:20250319T120214Z
DTSTART;TZID=Asia/Kolkata:20250327T143000
DTEND;TZID=Asia/Kolkata:20250327T153000
SUMMARY:Atlassian Interview - Management (Hiring Manager) - Priya Raghavan
ORGANIZER;CN=Atlassian Candidate Experience:mailto:interviews@goodtime.io
ATTENDEE;CN=Priya Raghavan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sandeep Gopal;PARTSTAT=ACCEPTED:mailto:sgopal@atlassian.com
LOCATION:Zoom
DESCRIPTION:Hi Priya\,\n\nYour Management interview with the hiring manager\, Sandeep Gopal (Head of Engineering\, Jira Service Management)\, is scheduled. Expect to talk through people management situations: hiring\, performance conversations\, conflict in the team and delivering through others.\n\nZoom link: https://atlassian.zoom.us/j/84476310022\n\nPowered by GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "goodtime-resched", "gt-evt-9a03d5e1c2f84b7c-priya", 1, "Atlassian", "Quality Engineering Manager",
        "hiring_manager", "sgopal@atlassian.com", "goodtime-rescheduled-same-uid-higher-sequence",
        rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:gt-evt-9a03d5e1c2f84b7c-priya
DTSTAMP:20250326T091502Z
DTSTART;TZID=Asia/Kolkata:20250401T113000
DTEND;TZID=Asia/Kolkata:20250401T123000
SUMMARY:Updated: Atlassian Interview - Management (Hiring Manager) - Priya Raghavan
ORGANIZER;CN=Atlassian Candidate Experience:mailto:interviews@goodtime.io
ATTENDEE;CN=Priya Raghavan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sandeep Gopal;PARTSTAT=ACCEPTED:mailto:sgopal@atlassian.com
LOCATION:Zoom
DESCRIPTION:Hi Priya\,\n\nApologies - Sandeep had a conflict on 27 March\, so we have moved your Management interview to Tuesday 1 April\, 11:30 AM IST. Everything else stays the same.\n\nZoom link: https://atlassian.zoom.us/j/84476310022\n\nPowered by GoodTime
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "walk-in-drive", "20250222T0400-infy-walkin@priya.local", 1, "Infosys", "Test Manager", "onsite", "",
        "user-typed-walk-in-drive-hyderabad",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2505//EN
BEGIN:VEVENT
UID:20250222T0400-infy-walkin@priya.local
DTSTAMP:20250218T143000Z
DTSTART;TZID=Asia/Kolkata:20250222T093000
DTEND;TZID=Asia/Kolkata:20250222T150000
SUMMARY:Infosys walk-in drive - Test Mgr (Hyd)
LOCATION:Infosys Pocharam campus\, Hyderabad
DESCRIPTION:Walk-in for Test Manager 12-16 yrs. Carry: updated CV x2\, Aadhaar\, PAN\, last 3 payslips\, relieving letters. Reporting 9.30. Gate 2\, SDB-1. Techno + HR same day they said. Vande Bharat 6.00am from SBC - ticket booked.
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "virtual-drive", "040000008200E00074C5B7101A82E008000000001C6AF2B7D08CDB01000000000000000010000000AF1029C7E1", 1,
        "TCS", "Test Manager", "technical", "Venkatesh Subramanian;Anitha Rao",
        "outlook-tcs-virtual-drive-panel-names-only",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="TCS Talent Acquisition - South":mailto:ta.south@tcs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Dear Candidate\,\n\nGreetings from Tata Consultancy Services!\n\nWith reference to your application (Reference ID: DT20253104877)\, you are shortlisted for the TCS Virtual Drive for the role of Test Manager (Experience 10-15 years)\, Bengaluru / Hyderabad.\n\nDate: 28-Feb-2025\nTime: 11:00 AM to 12:00 PM IST\nRound: Technical + Managerial\nPanel: Venkatesh Subramanian / Anitha Rao\n\nPlease ensure you have a laptop with webcam\, stable internet and a valid government photo ID. Kindly login to the TCS NextStep portal and update your CT/DT reference before the interview.\n\nRegards\,\nTCS Talent Acquisition Group\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc0YzFi@thread.v2/0>\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E008000000001C6AF2B7D08CDB01000000000000000010000000AF1029C7E1
SUMMARY;LANGUAGE=en-US:TCS Virtual Drive - Test Manager - Technical/Managerial Interview
DTSTART;TZID=India Standard Time:20250228T110000
DTEND;TZID=India Standard Time:20250228T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T061117Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "outlook-l1", "040000008200E00074C5B7101A82E00800000000B06D3F11A28DDB01000000000000000010000000C7D2E94A31", 1,
        "LTIMindtree", "Test Lead - Automation", "technical", "ramesh.babu@ltimindtree.com",
        "outlook-last-first-cn-sent-by-hr",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Babu, Ramesh";SENT-BY="mailto:divya.p@ltimindtree.com":mailto:ramesh.babu@ltimindtree.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="P, Divya":mailto:divya.p@ltimindtree.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nPlease find the invite for L1 technical discussion for Test Lead - Automation (Selenium/Java\, RestAssured\, CI).\nInterviewer: Ramesh Babu\, Delivery Manager - Testing\n\nKindly share your updated resume and a photo ID before the call.\n\nThanks & Regards\,\nDivya P | Talent Acquisition | LTIMindtree\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1MmMy@thread.v2/0>\nMeeting ID: 288 004 519 376\nPasscode: hP2kTn\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000B06D3F11A28DDB01000000000000000010000000C7D2E94A31
SUMMARY;LANGUAGE=en-US:L1 Discussion || Priya Raghavan || Test Lead
DTSTART;TZID=India Standard Time:20250306T160000
DTEND;TZID=India Standard Time:20250306T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T112048Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "pairing-session", "greenhouse-int-9910238-2203", 1, "Thoughtworks", "Lead Consultant - QA", "technical",
        "aditi.deshpande@thoughtworks.com;joel.dsouza@thoughtworks.com", "greenhouse-pairing-session-pune",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:greenhouse-int-9910238-2203
DTSTAMP:20250402T091033Z
DTSTART;TZID=Asia/Kolkata:20250408T140000
DTEND;TZID=Asia/Kolkata:20250408T153000
SUMMARY:Thoughtworks | Pairing session | Lead Consultant - QA
ORGANIZER;CN=Thoughtworks Recruitment:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Aditi Deshpande;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aditi.deshpande@thoughtworks.com
ATTENDEE;CN=Joel D'Souza;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joel.dsouza@thoughtworks.com
LOCATION:Google Meet: https://meet.google.com/ehu-tkaq-vzx
DESCRIPTION:Hi Priya\,\n\nThank you for submitting the code assignment. In this pairing session you will extend your solution together with two Thoughtworkers. There is no trick - we want to see how you think\, test and collaborate. Please have your assignment checked out and running locally.\n\nPairs: Aditi Deshpande (Principal QA Consultant) and Joel D'Souza (Lead Developer)\, Pune office.\n\nMeet: https://meet.google.com/ehu-tkaq-vzx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
