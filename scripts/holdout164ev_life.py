"""holdout164 negatives: more job-search look-alikes and Fiona's personal life (part B)."""

NO = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        NO, kind="careers-fair",
        uid="evt-cclive-scot-2026-att-40917@eventbrite.com",
        trap="careers-and-cpd-fair-all-day",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-cclive-scot-2026-att-40917@eventbrite.com
DTSTAMP:20260110T140000Z
DTSTART;VALUE=DATE:20260314
DTEND;VALUE=DATE:20260315
SUMMARY:Social Work Careers & Learning Fair Scotland 2026
LOCATION:Glasgow Royal Concert Hall\, 2 Sauchiehall Street\, Glasgow G2 3NY
DESCRIPTION:Your free ticket for Social Work Careers & Learning Fair Scotla
 nd 2026. Meet 40+ employers from local authorities\, HSCPs and the third s
 ector\, attend CPD sessions (counts towards SSSC PRTL) and drop in to the
  CV and interview clinic. Order #40917.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="referee-call",
        uid=("040000008200E00074C5B7101A82E0080000000077A977A977A9DC01"
             "00000000000000001000000077A977A977A977A977A977A977A977A9"),
        trap="reference-call-user-is-referee-for-former-student",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Smart, Euan":mailto:SmartE@angus.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nJenna Wallace has given your nam
 e as a referee (practice educator for her final placement) for the post of
  Social Worker (Children & Families) with Angus Council. Would you be able
  to take a short call to discuss her suitability? I will call your direct
  line.\n\nMany thanks\nEuan Smart\nTeam Manager\, Children & Families\, Ang
 us Council
UID:040000008200E00074C5B7101A82E0080000000077A977A977A9DC01000000000000000
 01000000077A977A977A977A977A977A977A977A9
SUMMARY;LANGUAGE=en-GB:Reference - Jenna Wallace - Angus Council
DTSTART;TZID=GMT Standard Time:20260120T150000
DTEND;TZID=GMT Standard Time:20260120T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260116T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="recruiter-no-employer",
        uid="7z6y5x4w3v2u1t0s9r8q7p6o5n@google.com",
        trap="agency-recruiter-catch-up-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260108T123000
DTEND;TZID=Europe/London:20260108T130000
DTSTAMP:20260106T150000Z
ORGANIZER;CN=Callum Byrne:mailto:callum.byrne@liquidpersonnel.com
UID:7z6y5x4w3v2u1t0s9r8q7p6o5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Callum
  Byrne;X-NUM-GUESTS=0:mailto:callum.byrne@liquidpersonnel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=fiona.macleod.sw@btinternet.com;X-NUM-GUESTS=0:mailto:fiona.macleo
 d.sw@btinternet.com
CREATED:20260106T150000Z
DESCRIPTION:Hi Fiona\, thanks for registering with Liquid. Let's have a qui
 ck call so I can understand what you're looking for - permanent vs locum\,
  salary\, travel\, and the kind of Team Manager / Service Manager roles yo
 u'd consider. I've a few local authorities and charities on my desk in the
  Central Belt I can talk you through. Callum
LAST-MODIFIED:20260106T150000Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona MacLeod / Liquid Personnel - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="prep-block",
        uid="2a3b4c5d6e7f@fiona-desktop",
        trap="prep-block-for-presentation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
@@EUROPE_LONDON@@
BEGIN:VEVENT
CREATED:20260220T190000Z
DTSTAMP:20260220T190000Z
UID:2a3b4c5d6e7f@fiona-desktop
SUMMARY:PREP - Fife assessment centre (in-tray practice + read C&F plan)
DTSTART;TZID=Europe/London:20260222T140000
DTEND;TZID=Europe/London:20260222T170000
DESCRIPTION:Fife Children's Services Plan 2023-26\, last CI inspection repo
 rt\, Promise stuff. Time myself on an in-tray. Isla to Gran's.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="thank-you-reminder",
        uid="20260226T171511Z-8842-fiona@android",
        trap="reminder-to-send-thank-you-note",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260226T171511Z-8842-fiona@android
DTSTAMP:20260226T171511Z
DTSTART:20260227T080000
DTEND:20260227T081500
SUMMARY:email thank you - Inverclyde (Tracy to pass on)
DESCRIPTION:short! thank Alison + Sharon for their time\, mention the Promi
 se point I fluffed
BEGIN:VALARM
TRIGGER:-PT0M
ACTION:DISPLAY
DESCRIPTION:email thank you
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="pre-employment-medical",
        uid="medmark-appt-TUS-77120@medmark.ie",
        trap="pre-employment-medical-after-offer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medmark//Appointments//EN
METHOD:REQUEST
@@EUROPE_DUBLIN@@
BEGIN:VEVENT
UID:medmark-appt-TUS-77120@medmark.ie
DTSTAMP:20260317T100000Z
DTSTART;TZID=Europe/Dublin:20260325T090000
DTEND;TZID=Europe/Dublin:20260325T093000
ORGANIZER;CN=Medmark Occupational Healthcare:mailto:appointments@medmark.ie
ATTENDEE;CN=Fiona MacLeod;RSVP=TRUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:Pre-Employment Health Assessment (telephone) - Tusla
DESCRIPTION:Your pre-employment health assessment has been booked on behalf
  of Tusla - Child and Family Agency. A Medmark occupational health nurse w
 ill telephone you. Please complete the online health questionnaire and hav
 e your vaccination history to hand. Ref TUS-77120.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="pvg-id-check",
        uid=("040000008200E00074C5B7101A82E00800000000FE06FE06FE06DC01"
             "000000000000000010000000FE06FE06FE06FE06FE06FE06FE06FE06"),
        trap="pvg-and-right-to-work-document-check",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=HR Service Centre:mailto:hr.servicecentre@fife.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Pre-employment checks - Service Manager (Childre
 n and Families) FIF07341\n\nPlease bring: passport\; two proofs of address
  dated within the last 3 months\; original qualification certificates\; SS
 SC registration details. We will complete your PVG Scheme Membership Updat
 e and right to work check. This is not an interview.
UID:040000008200E00074C5B7101A82E00800000000FE06FE06FE06DC01000000000000000
 010000000FE06FE06FE06FE06FE06FE06FE06FE06
SUMMARY;LANGUAGE=en-GB:FIF07341 - ID & PVG check appointment
DTSTART;TZID=GMT Standard Time:20260330T160000
DTEND;TZID=GMT Standard Time:20260330T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260324T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Fife House\, Glenrothes - HR reception
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="offer-call",
        uid="69F0A1B2-C3D4-4E5F-8A6B-7C8D9E0F1A2B",
        trap="offer-and-salary-placement-call-after-final",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:69F0A1B2-C3D4-4E5F-8A6B-7C8D9E0F1A2B
DTSTAMP:20260319T184000Z
DTSTART:20260320T123000
DTEND:20260320T130000
SUMMARY:Kathleen (Fife) ringing re OFFER!!!
DESCRIPTION:ask re spinal pt placement (top of grade?)\, start date - 3 mon
 ths notice at GCC\, relocation no\, hybrid. Don't say yes on the phone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="gp-appointment",
        uid="20260114T091011Z-2231-fiona@android",
        trap="personal-gp-appointment",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260114T091011Z-2231-fiona@android
DTSTAMP:20260114T091011Z
DTSTART:20260121T114000
DTEND:20260121T115000
SUMMARY:Dr Mackenzie
LOCATION:Milngavie Health Centre
DESCRIPTION:bloods results + HRT review
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="parents-night",
        uid="sch-parentsnight-p6b-2026-14@groupcall.com",
        trap="school-parents-evening-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Groupcall//School Appointments//EN
METHOD:PUBLISH
@@EUROPE_LONDON@@
BEGIN:VEVENT
UID:sch-parentsnight-p6b-2026-14@groupcall.com
DTSTAMP:20260202T120000Z
DTSTART;TZID=Europe/London:20260211T183500
DTEND;TZID=Europe/London:20260211T184500
SUMMARY:Parents' Evening - Isla MacLeod (P6B) with Mrs Gallagher
LOCATION:Craigdhu Primary School - P6B classroom
DESCRIPTION:Your appointment has been booked. Appointments are 10 minutes.
  Please arrive a few minutes early.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="mortgage-interview",
        uid=("040000008200E00074C5B7101A82E0080000000080A480A480A4DC01"
             "00000000000000001000000080A480A480A480A480A480A480A480A4"),
        trap="bank-mortgage-interview-personal",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Mortgage Appointments - Bank of Scotland":mailto:mortgageappo
 intments@bankofscotland.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Your remortgage interview with a Bank of Scotlan
 d mortgage adviser is confirmed. The adviser will call you. Please have yo
 ur last three payslips\, your most recent bank statements and details of a
 ny loans or credit cards to hand. The interview usually takes around 90 mi
 nutes.
UID:040000008200E00074C5B7101A82E0080000000080A480A480A4DC01000000000000000
 01000000080A480A480A480A480A480A480A480A4
SUMMARY;LANGUAGE=en-GB:Your Bank of Scotland mortgage interview
DTSTART;TZID=GMT Standard Time:20260414T180000
DTEND;TZID=GMT Standard Time:20260414T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260406T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="school-options-interview",
        uid="3d4e5f6g7h8i9j0k1l2m3n4o5p@google.com",
        trap="child-school-course-choice-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:MacLeod family
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20260224T154500Z
DTEND:20260224T160500Z
DTSTAMP:20260216T210000Z
UID:3d4e5f6g7h8i9j0k1l2m3n4o5p@google.com
CREATED:20260216T210000Z
DESCRIPTION:S2 options interview w/ Mr Kerr (Pupil Support). R wants Graphi
 c Comm + Comp Sci - wee word re dropping French. Stuart going too
LAST-MODIFIED:20260216T210000Z
LOCATION:Douglas Academy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruaridh options interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="annual-leave",
        uid="5e6f7a8b9c0d@fiona-desktop",
        trap="annual-leave-all-day-multi-day",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20251120T200000Z
DTSTAMP:20251120T200000Z
UID:5e6f7a8b9c0d@fiona-desktop
SUMMARY:A/L - Arran (Easter hols)
DTSTART;VALUE=DATE:20260406
DTEND;VALUE=DATE:20260411
DESCRIPTION:ferry 0945 Troon? no - Ardrossan. booked. OOO on. NHS Lothian T
 eams thing Tue 7th - take laptop + find a quiet spot
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
