"""holdout179: negatives from the job search around the interviews and from personal life."""

from holdout179ev_tz import ev

NEG = ("", "", "", "")

EVENTS = [
    ev(
        "mock-panel-coach", "mock-adeline-0319@gmail.com", 0, *NEG,
        "mock-panel-interview-with-coach",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:mock-adeline-0319@gmail.com
DTSTAMP:20250315T010000Z
DTSTART:20250319T120000Z
DTEND:20250319T133000Z
SUMMARY:Mock panel interview - Wei Jie (exec coaching session 3)
DESCRIPTION:We'll simulate a 3-person panel for a bank Security Engineerin
 g Manager role\, then debrief on your answers. Recording for your review.
ORGANIZER;CN=Adeline Sim Coaching:mailto:adeline.sim.coach@gmail.com
ATTENDEE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "informational-coffee", "5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1E", 0, *NEG,
        "informational-kopi-with-ex-colleague-at-employer",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1E
DTSTAMP:20250301T010000Z
DTSTART:20250304T083000
DTEND:20250304T091500
SUMMARY:kopi w Darren
DESCRIPTION:he joined Kestrel last yr. ask abt culture\, eng mgr expectati
 ons\, on-call. not formal.
LOCATION:Tiong Bahru Bakery
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "career-fair", "eventbrite-cyberfair-sg-2025-9981", 0, *NEG,
        "cyber-career-fair-attendee",
        r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
@@SG@@
BEGIN:VEVENT
UID:eventbrite-cyberfair-sg-2025-9981
DTSTAMP:20250210T010000Z
DTSTART;TZID=Asia/Singapore:20250308T100000
DTEND;TZID=Asia/Singapore:20250308T170000
SUMMARY:Cyber Security Careers Fair 2025
DESCRIPTION:Meet 40+ employers hiring in cyber. On-site CV clinics and sp
 eed interviews. Order #9981223. Bring your e-ticket.
LOCATION:Suntec Convention Centre Hall 403
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "referee-call", "aegis-refcheck-jgoh-0326", 0, *NEG,
        "reference-call-user-is-referee",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:aegis-refcheck-jgoh-0326
DTSTAMP:20250324T010000Z
DTSTART:20250326T020000Z
DTEND:20250326T021500Z
SUMMARY:Reference check - Jason Goh
DESCRIPTION:Dear Wei Jie\, Jason Goh has named you as a referee for his a
 pplication with Aegis Infosec. We'd appreciate 15 mins to ask about his w
 ork as an analyst in your team. I will call you.\nFarah Idris\, Talent Ac
 quisition
ORGANIZER;CN=Farah Idris:mailto:farah.idris@aegisinfosec.asia
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "recruiter-market-chat", "pagewell-6b21d0e4@google.com", 0, *NEG,
        "agency-recruiter-call-no-employer-named",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T070000Z
DTEND:20250408T073000Z
DTSTAMP:20250405T020000Z
ORGANIZER;CN=Melissa Chan:mailto:melissa.chan@pagewell.com.sg
UID:pagewell-6b21d0e4@google.com
ATTENDEE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
DESCRIPTION:Quick catch-up: market update for security leadership roles in
  SG\, salary benchmarks\, and a couple of confidential mandates I can't nam
 e yet.
SUMMARY:Catch up - Melissa / Wei Jie
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "prep-block", "6C5D4E3F-2A1B-4C0D-9E8F-7A6B5C4D3E2F", 0, *NEG,
        "prep-block-before-final",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:6C5D4E3F-2A1B-4C0D-9E8F-7A6B5C4D3E2F
DTSTAMP:20250320T010000Z
DTSTART:20250323T200000
DTEND:20250323T220000
SUMMARY:prep HFB final
DESCRIPTION:STAR x5. metrics slide. read HFB annual report cyber section.
  q's for CISO
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "thank-you-reminder", "7D6E5F40-3B2C-4D1E-A09F-8B7C6D5E4F30", 0, *NEG,
        "thank-you-notes-reminder",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:7D6E5F40-3B2C-4D1E-A09F-8B7C6D5E4F30
DTSTAMP:20250319T090000Z
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
SUMMARY:send TY emails - Kestrel loop (Sam\, Priya\, Ben)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "pre-employment-medical", "fullerton-bkg-PEM-55102", 0, *NEG,
        "pre-employment-medical-names-employer",
        r"""
BEGIN:VCALENDAR
PRODID:-//Fullerton Health//Appointments//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:fullerton-bkg-PEM-55102
DTSTAMP:20250421T010000Z
DTSTART:20250425T003000Z
DTEND:20250425T013000Z
SUMMARY:Pre-Employment Medical Examination (Lion City Bank)
DESCRIPTION:Fasting 8-10 hrs required. Bring NRIC and the employer's medic
 al form. Package: PEM Standard + chest X-ray.
LOCATION:Fullerton Health\, Raffles Place
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "prenatal-checkup", "8E7F6051-4C3D-4E2F-B10A-9C8D7E6F5041", 0, *NEG,
        "wife-prenatal-checkup",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:8E7F6051-4C3D-4E2F-B10A-9C8D7E6F5041
DTSTAMP:20250301T010000Z
DTSTART:20250312T010000Z
DTEND:20250312T030000Z
SUMMARY:Mei Ling 20wk detailed scan @ KKH
DESCRIPTION:Clinic D\, Q no. via app. take half day
LOCATION:KK Women's and Children's Hospital
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "badminton-weekly", "badminton-bishan-thu@gmail.com", 0, *NEG,
        "weekly-badminton-recurring",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Asia/Singapore
@@SG@@
BEGIN:VEVENT
UID:badminton-bishan-thu@gmail.com
DTSTAMP:20250105T010000Z
DTSTART;TZID=Asia/Singapore:20250109T200000
DTEND;TZID=Asia/Singapore:20250109T220000
RRULE:FREQ=WEEKLY;BYDAY=TH
EXDATE;TZID=Asia/Singapore:20250403T200000
SUMMARY:Badminton - Bishan SH ct 3
DESCRIPTION:ActiveSG booking. bring shuttles (Yonex AS-30)
LOCATION:Bishan Sports Hall
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ns-ict", "nsportal-ict-2025-wjt-05", 0, *NEG,
        "reservist-ict-all-day-multi-day",
        r"""
BEGIN:VCALENDAR
PRODID:-//NS Portal//EN
VERSION:2.0
BEGIN:VEVENT
UID:nsportal-ict-2025-wjt-05
DTSTAMP:20250115T010000Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250516
SUMMARY:ICT (NS) - in camp
DESCRIPTION:Report 0800 Maju Camp. Cyber unit. Bring 11B\, admin docs. Inf
 orm HR + set OOO.
LOCATION:Maju Camp
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bank-appointment", "ocbk-appt-HL-778201", 0, *NEG,
        "bank-home-loan-appointment",
        r"""
BEGIN:VCALENDAR
PRODID:-//Harbourfront Bank//Appointments//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ocbk-appt-HL-778201
DTSTAMP:20250220T010000Z
DTSTART:20250329T020000Z
DTEND:20250329T030000Z
SUMMARY:Home loan repricing appointment - Harbourfront Bank Tampines branch
DESCRIPTION:Ref HL-778201. Bring NRIC of both borrowers\, latest CPF stat
 ement and 3 months' payslips.
LOCATION:Harbourfront Bank\, Tampines Central
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ica-passport", "ica-eappt-PP-2025-443109", 0, *NEG,
        "official-passport-collection",
        r"""
BEGIN:VCALENDAR
PRODID:-//ICA//e-Appointment//EN
VERSION:2.0
BEGIN:VEVENT
UID:ica-eappt-PP-2025-443109
DTSTAMP:20250310T010000Z
DTSTART:20250419T013000Z
DTEND:20250419T020000Z
SUMMARY:Passport collection - ICA Building
DESCRIPTION:Appointment no. PP-2025-443109. Bring old passport and NRIC.
LOCATION:ICA Building\, 10 Kallang Road
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "wife-interview", "9F80A162-5D4E-4F3A-C21B-0D9E8F7A6152", 0, *NEG,
        "spouse-job-interview-on-shared-calendar",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:9F80A162-5D4E-4F3A-C21B-0D9E8F7A6152
DTSTAMP:20250325T010000Z
DTSTART:20250331T060000Z
DTEND:20250331T070000Z
SUMMARY:ML interview @ SGH (pharmacist role) - drive her
DESCRIPTION:drop her at Blk 6\, wait at Academia carpark
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "oscp-exam", "offsec-exam-OSCP-88214", 0, *NEG,
        "certification-practical-exam-not-job",
        r"""
BEGIN:VCALENDAR
PRODID:-//OffSec//Exam Scheduler//EN
VERSION:2.0
BEGIN:VEVENT
UID:offsec-exam-OSCP-88214
DTSTAMP:20250201T010000Z
DTSTART:20250426T010000Z
DTEND:20250427T004500Z
SUMMARY:OSCP Exam - proctored (23h45m)
DESCRIPTION:Proctoring check-in 15 min before. Webcam + ID. Report due 24h
  after exam ends.
LOCATION:Online (proctored)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "background-screening", "hireright-verif-SG-20250423", 0, *NEG,
        "post-offer-background-verification-call",
        r"""
BEGIN:VCALENDAR
PRODID:-//HireRight//Candidate Portal//EN
VERSION:2.0
BEGIN:VEVENT
UID:hireright-verif-SG-20250423
DTSTAMP:20250422T010000Z
DTSTART:20250423T060000Z
DTEND:20250423T061500Z
SUMMARY:Background screening - verification call
DESCRIPTION:Our analyst will call to verify employment dates and education
  details you submitted. Case ref SG-20250423-118. No preparation needed.
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "mock-interviews-students", "A091B273-6E5F-4A4B-D32C-1E0F9A8B7263", 0, *NEG,
        "user-runs-mock-interviews-for-students",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
BEGIN:VEVENT
UID:A091B273-6E5F-4A4B-D32C-1E0F9A8B7263
DTSTAMP:20250401T010000Z
DTSTART:20250412T050000Z
DTEND:20250412T080000Z
SUMMARY:Mock intvws - CET cohort (final wk)
DESCRIPTION:6 students x 25 min. I'm "hiring mgr"\, Kelvin volunteer as H
 R. Feedback forms printed.
LOCATION:Poly T12-04
END:VEVENT
END:VCALENDAR
""",
    ),
]
