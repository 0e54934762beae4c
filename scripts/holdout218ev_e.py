# ruff: noqa: E501
"""holdout218 events, part e: Hannah on the hiring side (med-school admissions, her research project, free clinic)."""

from holdout218ev_tz import NY, WIN_EST, neg

EVENTS = [
    neg("mmi-rater", "040000008200E00074C5B7101A82E00800000000C4D3A1B2E02FDC0100000000000000001000000031A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3",
        "user-as-interviewer-mmi-rater-station",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="COM Admissions":mailto:medicine.admissions@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Thank you for volunteering as an MMI rater!\n\nYour assignment: Station 6 (ethical scenario - "The Pharmaceutical Rep")\nCircuit: B (virtual)\nRater check-in: 7:30 AM in your Zoom breakout room\n\nEach applicant has 2 minutes to read the prompt and 6 minutes with you. Score each applicant in the rating app immediately after the encounter (1-7 global scale). Do not discuss applicants with other raters until the debrief.\n\nRater packet and rubric are attached.\n\nOffice of Admissions\nThe Ohio State University College of Medicine\n
UID:040000008200E00074C5B7101A82E00800000000C4D3A1B2E02FDC0100000000000000001000000031A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3
SUMMARY;LANGUAGE=en-US:MMI Interview Day 10/17 - Rater (Station 6\, Circuit B)
DTSTART;TZID=Eastern Standard Time:20251017T073000
DTEND;TZID=Eastern Standard Time:20251017T120000
DTSTAMP:20250926T141002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom - breakout room Station 6
END:VEVENT
END:VCALENDAR
"""),
    neg("applicant-interview", "040000008200E00074C5B7101A82E008000000001E2D3C4B5A39DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "user-as-interviewer-admissions-one-on-one-student-interviewer",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dunbar, Kelsey";SENT-BY="mailto:medicine.admissions@osumc.edu":mailto:Kelsey.Dunbar@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castellano, Ruth":mailto:Ruth.Castellano@osumc.edu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Meiling 250 Interview Rm":mailto:meiling250@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Paired interview (faculty + student interviewer).\n\nApplicant: AMCAS ID 15293307 - file is open-file in OASIS under "My Interviews".\nFaculty interviewer: Dr. Ruth Castellano\nStudent interviewer: Hannah Lindqvist (M4)\n\n30 min interview\, 10 min to complete your independent evaluation form. Please do not compare scores before both forms are submitted.\n
UID:040000008200E00074C5B7101A82E008000000001E2D3C4B5A39DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Applicant Interview - Castellano/Lindqvist - AMCAS 15293307
DTSTART;TZID=Eastern Standard Time:20251104T130000
DTEND;TZID=Eastern Standard Time:20251104T134000
DTSTAMP:20251022T150508Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Meiling 250 Interview Rm
END:VEVENT
END:VCALENDAR
"""),
    neg("evals-due", "040000008200E00074C5B7101A82E008000000006A7B8C9D0E3ADC0100000000000000001000000055667788990011223344556677889900",
        "user-as-interviewer-evaluation-forms-due",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-US:OASIS > My Interviews > 3 pending evaluations (11/4 PM session). Narrative + 1-5 ratings on professionalism\, communication\, service\, insight. Committee packet closes Friday noon.\n
UID:040000008200E00074C5B7101A82E008000000006A7B8C9D0E3ADC0100000000000000001000000055667788990011223344556677889900
SUMMARY;LANGUAGE=en-US:Submit interview evals in OASIS!!
DTSTART;TZID=Eastern Standard Time:20251106T200000
DTEND;TZID=Eastern Standard Time:20251106T203000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251104T190411Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    neg("adcom-meeting", "040000008200E00074C5B7101A82E00800000000B0C1D2E3F43BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        "user-as-interviewer-admissions-committee-vote",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Gregory":mailto:Gregory.Whitfield@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Admissions Committee 2025-26":mailto:COMAdmissionsCommittee@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Full committee review - October/November interview cohorts (n=96).\nPresenters: assigned interviewers summarize their applicants (2 min each). Voting via Qualtrics link shared in meeting.\nConfidential - do not forward.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWFkYzE5%40thread.v2/0\nMeeting ID: 231 556 008 419\nPasscode: Ad7mQx\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F43BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:AdCom - Full Committee Review & Vote
DTSTART;TZID=Eastern Standard Time:20251203T170000
DTEND;TZID=Eastern Standard Time:20251203T190000
DTSTAMP:20251110T120044Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting; Prior Hall 1050
END:VEVENT
END:VCALENDAR
"""),
    neg("calibration", "8m1s3q7c0n2ve6pk4d9bt5lf0g@google.com",
        "user-as-interviewer-calibration-training",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist@osumc.edu
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20250910T213000Z
DTEND:20250910T230000Z
DTSTAMP:20250908T111542Z
UID:8m1s3q7c0n2ve6pk4d9bt5lf0g@google.com
DESCRIPTION:Student interviewer training + calibration. Watch 3 recorded m
 ock applicant interviews\, score each w/ new rubric\, compare w/ faculty
  anchors. Implicit bias module must be done before. Pizza.
LOCATION:Hamilton Hall 0160
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewer training & scoring calibration (Admissions)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("shadow-interviews", "0C1F3E5A-7B9D-4E2F-A6C8-1B3D5F7A9C0E",
        "user-as-interviewer-shadowing-faculty-interviewer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20250912T003311Z
DTSTART;TZID=America/New_York:20250916T080000
DTEND;TZID=America/New_York:20250916T113000
DTSTAMP:20250912T003340Z
SUMMARY:Shadow Dr Castellano - applicant interviews (1st time as interviewer)
LOCATION:Meiling 250
DESCRIPTION:observe only\, fill practice eval for each applicant\, compare
  w/ Ruth after. 3 applicants
UID:0C1F3E5A-7B9D-4E2F-A6C8-1B3D5F7A9C0E
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("host-lunch", "5e0n7k2b9q4m1s8d3v6c0t7lhr@google.com",
        "user-as-interviewer-applicant-lunch-host",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251024T114500
DTEND;TZID=America/New_York:20251024T131500
DTSTAMP:20251015T150041Z
ORGANIZER;CN=OSU COM Student Ambassadors:mailto:comambassadors@gmail.com
UID:5e0n7k2b9q4m1s8d3v6c0t7lhr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hannah
 .lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqvist.md@gmail.co
 m
DESCRIPTION:Interview day student host: lunch w/ applicants (group of 8)\,
  then Prior Hall + sim center tour. Reminder: you are NOT evaluating anyon
 e - keep it casual\, no notes to admissions.
LOCATION:Meiling Hall lobby
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Applicant lunch + tour (student host)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("second-look-host", "2d7a9f1c-8e3b-4c06-b5d4-7f1e0a2c9b38@osumc.edu",
        "user-as-interviewer-second-look-host-for-admitted-applicants",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:2d7a9f1c-8e3b-4c06-b5d4-7f1e0a2c9b38@osumc.edu
DTSTAMP:20260202T162210Z
DTSTART;TZID=America/New_York:20260410T090000
DTEND;TZID=America/New_York:20260410T160000
SUMMARY:Second Look Day - Student Hosts (Class of 2030 admits)
ORGANIZER;CN="COM Admissions":mailto:medicine.admissions@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION:Student hosts: welcome admitted students at 9\, lead the LSI pathway breakout at 10:30\, host a lunch table\, staff the Q&A panel at 2. We want them to pick Ohio State - be yourselves!\n
LOCATION:Prior Hall Atrium
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("calendly-host", "f4b9c2e7-1a5d-4e80-9c3b-6d2f8a0e1b57@calendly.com",
        "user-as-interviewer-calendly-host-applicant-books-her",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f4b9c2e7-1a5d-4e80-9c3b-6d2f8a0e1b57@calendly.com
DTSTAMP:20251112T020455Z
DTSTART:20251114T003000Z
DTEND:20251114T005000Z
SUMMARY:Marcus Obi and Hannah Lindqvist
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Marcus Obi;PARTSTAT=ACCEPTED:mailto:marcus.obi99@gmail.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=ACCEPTED:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Event Name: Chat with a current OSU med student (20 min)\n\nLo
 cation: Zoom - https://osu.zoom.us/j/94188120037\n\nInvitee: Marcus Obi\n
 Invitee Email: marcus.obi99@gmail.com\n\nQuestions:\n- What stage of the
  process are you in?: Interviewed 11/4\, waiting to hear\n- What would yo
 u like to talk about?: LSI curriculum\, cost of living\, whether students
  actually like it there\n\nPowered by Calendly.com
LOCATION:https://osu.zoom.us/j/94188120037
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("ra-interview", "1p6c3r8e0t5v2a7m9k4d0q1lsb@google.com",
        "user-as-interviewer-ra-candidate-free-mail",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250918T163000
DTEND;TZID=America/New_York:20250918T170000
DTSTAMP:20250915T212033Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
UID:1p6c3r8e0t5v2a7m9k4d0q1lsb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah
  Lindqvist;X-NUM-GUESTS=0:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyadesai.osu@gmail.com;X-NUM-GUESTS=0:mailto:priyadesai.osu@gma
 il.com
DESCRIPTION:Hi Priya - thanks for applying to the undergrad research assis
 tant position on our hospital readmissions QI project (Dr. Ferris's grou
 p). This will be a 30-min Zoom conversation about your experience and s
 chedule. https://osu.zoom.us/j/98850231176
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research assistant interview - Priya Desai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("candidate-reply", "3h9d2k7f0q4m8s1v6n5c0b2ter@google.com",
        "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250919T150000Z
DTEND:20250919T153000Z
DTSTAMP:20250916T013347Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
UID:3h9d2k7f0q4m8s1v6n5c0b2ter@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Devon
  Hartley;X-NUM-GUESTS=0:mailto:devhartley22@gmail.com
COMMENT:Sounds great\, see you Friday!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Research assistant interview - Devon Hartley @ Fri Sep 1
 9\, 2025 11am - 11:30am (EDT) (hannah.lindqvist.md@gmail.com)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("candidate-notes", "A4E2C0B8-6D1F-43A9-8E7C-5B3D1F9A7E20",
        "user-as-interviewer-hand-typed-candidate-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250919T162203Z
UID:A4E2C0B8-6D1F-43A9-8E7C-5B3D1F9A7E20
DTSTART:20250919T170000
DTEND:20250919T173000
DTSTAMP:20250919T165012Z
SUMMARY:RA picks w/ Dr Ferris
DESCRIPTION:Priya - strong\, REDCap + SPSS\, only 6 hrs/wk tho\nDevon - ver
 y eager\, no chart review exp\, can do 12 hrs\nJ. Alvarez - no show\n-> re
 commend Priya + Devon split? ask Ferris re: budget
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
