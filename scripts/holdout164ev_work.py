"""holdout164 negatives: Fiona's everyday social-work calendar (interviews that are not job interviews)."""

NO = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        NO, kind="jii-police",
        uid=("040000008200E00074C5B7101A82E00800000000J11J11J11J11DC01"
             "000000000000000010000000A11A11A11A11A11A11A11A11A11A11A1"),
        trap="joint-investigative-interview-with-police",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Boyle, Gary (SWS)":mailto:Gary.Boyle@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="DC Laura Keen
 an":mailto:Laura.Keenan@scotland.police.uk
DESCRIPTION;LANGUAGE=en-GB:JII (SCIM) - child M.D. (8)\, IRD 14/01. Fiona l
 ead interviewer\, DC Keenan second. Planning session 9.30\, interview 10.3
 0. Mum aware\, not attending. Intermediary not required. Do not discuss wi
 th school.
UID:040000008200E00074C5B7101A82E00800000000J11J11J11J11DC01000000000000000
 010000000A11A11A11A11A11A11A11A11A11A11A1
SUMMARY;LANGUAGE=en-GB:JII - M.D. - Govan interview suite
DTSTART;TZID=GMT Standard Time:20260116T093000
DTEND;TZID=GMT Standard Time:20260116T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260114T172200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Govan Police Office - Child Interview Suite
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="typed-cp-school",
        uid="20260203T074412Z-5520-fiona@android",
        trap="child-protection-interview-at-school-typed",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260203T074412Z-5520-fiona@android
DTSTAMP:20260203T074412Z
DTSTART:20260204T133000
DTEND:20260204T143000
SUMMARY:CP - speak to T.R. at school (Chirnsyde PS) + HT
DESCRIPTION:s.47-ish\, Gary w me. Initial interview w child only - NOT a JI
 I. If disclosure stop + call police/IRD.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="cp-planning-meeting",
        uid=("040000008200E00074C5B7101A82E00800000000C0C0C0C0C0C0DC01"
             "000000000000000010000000C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0"),
        trap="child-protection-planning-meeting-case-conference",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="CP Unit Admin (SWS)":mailto:CPUnitAdmin@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Independe
 nt Chair - Morag Doyle":mailto:Morag.Doyle@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Initial Child Protection Planning Meeting (ICPPM
 )\nChild(ren): R family (3 children)\nChair: Morag Doyle\nReport (SW): due
  3 working days before the meeting. Please share with parents 24 hrs befor
 e.\nInvited: parents\, HV\, school\, police\, GP (report)\, Children's Rep
 orter notified.
UID:040000008200E00074C5B7101A82E00800000000C0C0C0C0C0C0DC01000000000000000
 010000000C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0
SUMMARY;LANGUAGE=en-GB:ICPPM - R children
DTSTART;TZID=GMT Standard Time:20260209T140000
DTEND;TZID=GMT Standard Time:20260209T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260128T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Conference Rm
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="childrens-hearing",
        uid="A7E1D3F5-6B2C-4D8E-9F0A-1B2C3D4E5F60",
        trap="childrens-hearing-at-scra-not-job",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
@@EUROPE_LONDON@@
BEGIN:VEVENT
UID:A7E1D3F5-6B2C-4D8E-9F0A-1B2C3D4E5F60
DTSTAMP:20260220T091000Z
DTSTART;TZID=Europe/London:20260306T140000
DTEND;TZID=Europe/London:20260306T160000
SUMMARY:Children's Hearing - K.McG (review + CSO variation)
LOCATION:SCRA Glasgow\, Bothwell Street - Hearing Room 3
DESCRIPTION:Reporter: Ms Duffy. Report lodged 26/2. Recommending variation
  - contact w dad to supervised fortnightly. Safeguarder appointed. Mum's so
 licitor likely to challenge. Take the chronology.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="recurring-supervision",
        uid=("040000008200E00074C5B7101A82E0080000000050F050F050F0DC01"
             "00000000000000001000000050F050F050F050F050F050F050F050F0"),
        trap="recurring-supervision-with-moved-occurrence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Docherty, Angela (SWS)":mailto:Angela.Docherty@glasgow-sws.go
 v.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MacLeod, Fion
 a (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly supervision (Glasgow SWS Supervision Pol
 icy). Case discussion\, wellbeing\, learning & development. Please bring u
 pdated caseload list.
RRULE:FREQ=MONTHLY;BYDAY=2TH;COUNT=12
UID:040000008200E00074C5B7101A82E0080000000050F050F050F0DC01000000000000000
 01000000050F050F050F050F050F050F050F050F0
SUMMARY;LANGUAGE=en-GB:Supervision - Fiona / Angela
DTSTART;TZID=GMT Standard Time:20260108T100000
DTEND;TZID=GMT Standard Time:20260108T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Angela's office
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Docherty, Angela (SWS)":mailto:Angela.Docherty@glasgow-sws.go
 v.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MacLeod, Fion
 a (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Moved - I'm at the Hearing on the 12th. Monthly
  supervision. Please bring updated caseload list.
RECURRENCE-ID;TZID=GMT Standard Time:20260312T100000
UID:040000008200E00074C5B7101A82E0080000000050F050F050F0DC01000000000000000
 01000000050F050F050F050F050F050F050F050F0
SUMMARY;LANGUAGE=en-GB:Supervision - Fiona / Angela
DTSTART;TZID=GMT Standard Time:20260313T133000
DTEND;TZID=GMT Standard Time:20260313T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Angela's office
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="home-visit",
        uid="20260123T160511Z-7731-fiona@android",
        trap="home-visit-typed",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260123T160511Z-7731-fiona@android
DTSTAMP:20260123T160511Z
DTSTART:20260126T100000
DTEND:20260126T113000
SUMMARY:HV - the Reids (unannounced)
LOCATION:Ashgill Rd
DESCRIPTION:see all 3 weans\, bedrooms. check dad not there (bail condition
 s). Gary as 2nd worker.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="own-appraisal",
        uid=("040000008200E00074C5B7101A82E00800000000B4D0B4D0B4D0DC01"
             "000000000000000010000000B4D0B4D0B4D0B4D0B4D0B4D0B4D0B4D0"),
        trap="own-annual-performance-review-at-current-job",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Docherty, Angela (SWS)":mailto:Angela.Docherty@glasgow-sws.go
 v.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Annual Performance Review & Development (PRD) 20
 25/26. Please complete the self-assessment section on the PRD form beforeh
 and and bring your CPD log (SSSC post-registration training & learning). W
 e'll also agree your development objectives for next year - including the
  management development you mentioned.
UID:040000008200E00074C5B7101A82E00800000000B4D0B4D0B4D0DC01000000000000000
 010000000B4D0B4D0B4D0B4D0B4D0B4D0B4D0B4D0
SUMMARY;LANGUAGE=en-GB:PRD - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260122T100000
DTEND;TZID=GMT Standard Time:20260122T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Angela's office
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="scim-training",
        uid="evt-2026-scim-c4-day3@learnpro.glasgow",
        trap="interview-training-scottish-child-interview-model",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LearnPro//Course Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-2026-scim-c4-day3@learnpro.glasgow
DTSTAMP:20251202T110000Z
DTSTART;VALUE=DATE:20260324
DTEND;VALUE=DATE:20260325
SUMMARY:Scottish Child Interview Model (SCIM) - Interviewer Training - Coho
 rt 4 Day 3
LOCATION:Tulliallan Police College\, Kincardine
DESCRIPTION:Course booking confirmed. Scottish Child Interview Model for Jo
 int Investigative Interviews - Day 3: Practice interviews with actors (rec
 orded) and peer review. Attendance on all days is mandatory for accreditat
 ion.\nBooked by: Practice Development Team
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="kinship-assessment",
        uid="E8D7C6B5-A493-4821-B0F9-E8D7C6B5A493",
        trap="kinship-carer-assessment-interview",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:E8D7C6B5-A493-4821-B0F9-E8D7C6B5A493
DTSTAMP:20260302T120000Z
DTSTART:20260305T160000
DTEND:20260305T173000
SUMMARY:Kinship assessment - intvw 2 w/ Mrs Lafferty (gran)
LOCATION:Springburn
DESCRIPTION:Form C session 2 - family history\, health\, contact w mum. Bri
 ng genogram.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="court-proof",
        uid="9ee1f7a0c3b5@fiona-desktop",
        trap="sheriff-court-evidence-permanence-order",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20260110T091500Z
DTSTAMP:20260110T091500Z
UID:9ee1f7a0c3b5@fiona-desktop
SUMMARY:Glasgow Sheriff Ct - POA proof (J.K.) - giving evidence
DTSTART;VALUE=DATE:20260422
DTEND;VALUE=DATE:20260424
LOCATION:1 Carlton Place
DESCRIPTION:Permanence order with authority to adopt. Legal Services (Ms Ra
 fferty) to prep me on 16/4. Cross-exam likely day 2.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="placement-midway-review",
        uid=("040000008200E00074C5B7101A82E008000000003D3D3D3D3D3DDC01"
             "0000000000000000100000003D3D3D3D3D3D3D3D3D3D3D3D3D3D3D3D"),
        trap="practice-educator-student-midway-review",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Dr Nicola Paterson":mailto:Nicola.Paterson@glasgow.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rahm
 an:mailto:2719304r@student.gla.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Midway review - Aisha Rahman (MSW2)\, final plac
 ement. Tutor: Nicola Paterson. PE: Fiona MacLeod. Please submit the midway
  report (including direct observation 1) to the tutor a week before.
UID:040000008200E00074C5B7101A82E008000000003D3D3D3D3D3DDC01000000000000000
 0100000003D3D3D3D3D3D3D3D3D3D3D3D3D3D3D3D
SUMMARY;LANGUAGE=en-GB:Midway Review - A Rahman (MSW2) - Glasgow SWS NW
DTSTART;TZID=GMT Standard Time:20260430T100000
DTEND;TZID=GMT Standard Time:20260430T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Rm 1.02
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="duty-all-day",
        uid="3jk4l5m6n7o8p9q0r1s2t3u4v5@google.com",
        trap="duty-intake-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fiona
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260218
DTEND;VALUE=DATE:20260219
DTSTAMP:20260112T190000Z
UID:3jk4l5m6n7o8p9q0r1s2t3u4v5@google.com
CREATED:20260112T190000Z
DESCRIPTION:duty sr - no leaving early. cover for Gary 2-4 intake screening
LAST-MODIFIED:20260112T190000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DUTY
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
