# ruff: noqa: E501
"""holdout218 events, part h: school life (exams, rotations, own evaluations) and career look-alikes."""

from holdout218ev_tz import NY, WIN_EST, neg

EVENTS = [
    neg("shelf-exam", "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        "nbme-shelf-exam",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="COM Assessment Office":mailto:COMAssessment@osumc.edu
DESCRIPTION;LANGUAGE=en-US:NBME Clinical Science Subject Exam - Neurology\n\nCheck-in 7:30 AM\, exam starts 8:00 AM sharp (110 items\, 2 h 45 min). Bring charged laptop with Exam Driver installed. No phones\, smartwatches\, or food in the testing room.\n
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-US:Neuro Shelf (NBME)
DTSTART;TZID=Eastern Standard Time:20251031T073000
DTEND;TZID=Eastern Standard Time:20251031T110000
DTSTAMP:20250815T120000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Hamilton Hall 0150 Testing Center
END:VEVENT
END:VCALENDAR
"""),
    neg("step2", "D2B4F6A8-0C1E-4A3B-9D5F-7B9D1F3A5C60",
        "usmle-step2-ck-test-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20250610T145511Z
DTSTART;TZID=America/New_York:20250808T073000
DTEND;TZID=America/New_York:20250808T163000
DTSTAMP:20250610T145530Z
SUMMARY:STEP 2 CK
LOCATION:Prometric\, 1445 Olentangy River Rd\, Columbus
DESCRIPTION:conf # 2207-8814-5520-03. 2 forms of ID! arrive 30 min early.
  8 blocks x 60 min
UID:D2B4F6A8-0C1E-4A3B-9D5F-7B9D1F3A5C60
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT12H
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    neg("osce", "040000008200E00074C5B7101A82E00800000000A1F2B3C4D52EDC010000000000000000100000007A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D",
        "osce-standardized-patient-encounters-history-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Clinical Skills Education & Assessment Center":mailto:CSEAC@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:M4 Clinical Skills Assessment (graduation requirement)\n\n6 standardized patient encounters: 15 min focused history/patient interview and exam + 10 min post-encounter note. Stations include breaking bad news and a telehealth encounter. White coat\, stethoscope. Faculty observe via video and score with the CSA checklist.\n\nReport to: Clinical Skills Center\, Prior Hall 2nd floor\, Group C\n
UID:040000008200E00074C5B7101A82E00800000000A1F2B3C4D52EDC010000000000000000100000007A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D
SUMMARY;LANGUAGE=en-US:M4 CSA / OSCE - SP encounters (Group C)
DTSTART;TZID=Eastern Standard Time:20250904T123000
DTEND;TZID=Eastern Standard Time:20250904T170000
DTSTAMP:20250801T133022Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Prior Hall - Clinical Skills Center
END:VEVENT
END:VCALENDAR
"""),
    neg("micu-subi", "1a5d9h3l7p1t5x9b3f7j1n5r9v@google.com",
        "clinical-rotation-subi-all-day-block",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist.md@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260202
DTEND;VALUE=DATE:20260301
DTSTAMP:20260105T002233Z
UID:1a5d9h3l7p1t5x9b3f7j1n5r9v@google.com
CREATED:20250701T133301Z
DESCRIPTION:MICU SubI @ Wexner (Doan 6). 6a pre-rounds\, q4 long call\, 1
  golden weekend. Attending wk1-2 Dr. Yusuf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MICU SubI
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("mid-rotation-feedback", "4e8b2f6c-0a3d-47e1-9b5c-3d7f1a9e5c02@osumc.edu",
        "own-mid-rotation-feedback-evaluation",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:4e8b2f6c-0a3d-47e1-9b5c-3d7f1a9e5c02@osumc.edu
DTSTAMP:20260209T152233Z
DTSTART;TZID=America/New_York:20260213T130000
DTEND;TZID=America/New_York:20260213T132000
SUMMARY:Mid-rotation feedback - H. Lindqvist (MICU SubI)
ORGANIZER;CN="Yusuf, Adebayo":mailto:Adebayo.Yusuf@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION:Required mid-clerkship formative feedback. Please complete your self-assessment in MedHub before we meet\; we'll go over your performance so far\, goals for the second half and the EPA entrustment ratings.\n
LOCATION:MICU team room\, Doan 6
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("mspe-meeting", "040000008200E00074C5B7101A82E008000000003C4D5E6F7A2CDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        "mspe-dean-letter-meeting-called-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Holbrook, Diane";SENT-BY="mailto:COMStudentLife@osumc.edu":mailto:Diane.Holbrook@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:MSPE interview with Associate Dean for Student Life\n\nDuring this meeting we review your draft Medical Student Performance Evaluation (Dean's Letter)\, discuss your noteworthy characteristics\, and confirm your specialty choice before the MSPE is released to programs on September 24.\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A2CDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=en-US:MSPE Interview - Lindqvist / Dean Holbrook
DTSTART;TZID=Eastern Standard Time:20250715T100000
DTEND;TZID=Eastern Standard Time:20250715T103000
DTSTAMP:20250601T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Meiling Hall 155
END:VEVENT
END:VCALENDAR
"""),
    neg("exit-interview", "7r3k9d1f5m0q8s2v6c4n1b7ehz@google.com",
        "own-exit-interview-part-time-tutoring-job",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250829T200000Z
DTEND:20250829T202000Z
DTSTAMP:20250825T174411Z
ORGANIZER;CN=Jess Romano:mailto:jessica.romano@kaplan.com
UID:7r3k9d1f5m0q8s2v6c4n1b7ehz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
DESCRIPTION:Hi Hannah\, sorry to see you go after 3 years of MCAT tutoring
 ! Quick exit interview before your last day - what worked\, what didn't\,
  and we'll confirm final pay + returning your course materials.\nhttps://m
 eet.google.com/hxe-rpzq-wmt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Exit interview - Hannah Lindqvist (MCAT tutor)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("reference-call", "b6d0f4a8-2c6e-4a0b-8d2f-6a0c4e8b2d6f@nationwidechildrens.org",
        "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:b6d0f4a8-2c6e-4a0b-8d2f-6a0c4e8b2d6f@nationwidechildrens.org
DTSTAMP:20251106T200112Z
DTSTART;TZID=America/New_York:20251110T121500
DTEND;TZID=America/New_York:20251110T123000
SUMMARY:Reference check - Jordan Pike (Clinical Research Coordinator candidate)
ORGANIZER;CN="Lowe, Danielle":mailto:Danielle.Lowe@nationwidechildrens.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Hi Hannah\, Jordan Pike listed you as a professional reference (you worked together in the Ferris lab). I'd like to ask you a few questions about Jordan's work on the readmissions project. I'll call 614-555-0187. Thank you!\n\nDanielle Lowe\, Talent Acquisition Partner\, Nationwide Children's Hospital\n
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("recruiter-no-employer", "5a1f9c3e-7b2d-4d6a-8e0f-1c3a5e7b9d2f@physicianrecruitpro.com",
        "recruiter-intro-call-no-employer-named",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5a1f9c3e-7b2d-4d6a-8e0f-1c3a5e7b9d2f@physicianrecruitpro.com
DTSTAMP:20251022T163301Z
DTSTART:20251029T220000Z
DTEND:20251029T221500Z
SUMMARY:Intro call - Hannah Lindqvist / Brent (PRP)
ORGANIZER;CN="Brent Kaczmarek":mailto:bkaczmarek@physicianrecruitpro.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Hi Hannah - saw your Doximity profile. We place IM physicians nationwide (hospitalist\, primary care\, moonlighting for senior residents). No specific opening yet - just want to get to know your long-term plans and preferred regions so I can keep an eye out for you over residency.\n\nBrent Kaczmarek | Physician Recruit Pro\n
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("pre-employment-physical", "WD-ONB-TASK-33820011@osumc.edu",
        "pre-employment-occupational-health-after-match",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Onboarding//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:WD-ONB-TASK-33820011@osumc.edu
DTSTAMP:20260401T140011Z
DTSTART;TZID=America/New_York:20260422T080000
DTEND;TZID=America/New_York:20260422T090000
SUMMARY:Pre-Employment Health Screening - Incoming House Staff
ORGANIZER;CN=Employee Health Services:mailto:employeehealth@osumc.edu
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Onboarding task: New Resident/Fellow - Occupational Health Clearance\n\nPlease bring photo ID and your immunization records (MMR\, varicella\, Hep B titer\, Tdap\, flu). Includes TB screening (QuantiFERON)\, urine drug screen\, N95 fit test.\n\nThis appointment is required before your PGY-1 start date.\n\nSent from Workday.
LOCATION:Employee Health Services\, 1375 Perry St\, Columbus OH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("press-interview", "3B5D7F9A-1C3E-4B6D-8F0A-2C4E6A8C0E35",
        "student-newspaper-interview-about-match",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20260312T173001Z
DTSTART;TZID=America/New_York:20260323T150000
DTEND;TZID=America/New_York:20260323T153000
DTSTAMP:20260312T173020Z
SUMMARY:Lantern interview re Match Day
LOCATION:Starbucks Tuttle
DESCRIPTION:reporter = Maddie Chu (The Lantern). story on OSU M4s + Match
 Day. ok w/ photo? check w/ Student Life first
UID:3B5D7F9A-1C3E-4B6D-8F0A-2C4E6A8C0E35
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("podcast", "8c4e0a6f-2b8d-4f1a-9c3e-5a7b9d1f3e08@riverside.fm",
        "podcast-recording-guest-about-applying",
        r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8c4e0a6f-2b8d-4f1a-9c3e-5a7b9d1f3e08@riverside.fm
DTSTAMP:20260203T190455Z
DTSTART:20260218T000000Z
DTEND:20260218T010000Z
SUMMARY:Recording: Scrubs & Spreadsheets ep. 41 - guest Hannah Lindqvist
ORGANIZER;CN=Scrubs & Spreadsheets:mailto:hello@scrubsandspreadsheets.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Thanks for coming on the show! We'll interview you about budgeting for residency interview season (virtual vs in-person costs\, the Boston trip)\, ~45 min\, lightly edited.\n\nStudio link: https://riverside.fm/studio/scrubs-spreadsheets?t=8c4e0a6f\nUse headphones + Chrome.
LOCATION:https://riverside.fm/studio/scrubs-spreadsheets
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
