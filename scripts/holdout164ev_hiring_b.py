"""holdout164 negatives: Fiona on the hiring side at Glasgow City Council social work services (part B)."""

NO = dict(interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NO, kind="scoring-deadline",
        uid=("040000008200E00074C5B7101A82E0080000000050C050C050C0DC01"
             "00000000000000001000000050C050C050C050C050C050C050C050C0"),
        trap="user-as-interviewer-return-score-sheets-all-day",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Resourcing Team (SWS)":mailto:SWSResourcing@glasgow-sws.gov.u
 k
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Ali, Ras
 hid (SWS)":mailto:Rashid.Ali@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Reminder: please return completed interview scor
 e sheets\, panel notes and the signed selection decision form for GCC/SW/2
 6/031 (Family Support Worker) to SWS Resourcing by close of play today. Of
 fers cannot be issued until all paperwork is received. Notes must be legib
 le - they can be requested under FOI/SAR.
UID:040000008200E00074C5B7101A82E0080000000050C050C050C0DC01000000000000000
 01000000050C050C050C050C050C050C050C050C0
SUMMARY;LANGUAGE=en-GB:DEADLINE - interview paperwork GCC/SW/26/031
DTSTART;VALUE=DATE:20260227
DTEND;VALUE=DATE:20260228
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T160010Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="question-setting",
        uid=("040000008200E00074C5B7101A82E0080000000004E504E504E5DC01"
             "00000000000000001000000004E504E504E504E504E504E504E504E5"),
        trap="user-as-interviewer-agree-questions-and-presentation-topic",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Docherty, Ang
 ela (SWS)":mailto:Angela.Docherty@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Angela - 30 mins to finalise the values-based qu
 estions and the presentation topic for the Senior Practitioner interviews.
  My draft is in the folder. Need to send topic to candidates by Friday (5
  working days' notice). F
UID:040000008200E00074C5B7101A82E0080000000004E504E504E5DC01000000000000000
 01000000004E504E504E504E504E504E504E504E5
SUMMARY;LANGUAGE=en-GB:SP recruitment - questions + pres topic
DTSTART;TZID=GMT Standard Time:20260209T113000
DTEND;TZID=GMT Standard Time:20260209T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T141100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="candidate-presentations",
        uid=("040000008200E00074C5B7101A82E0080000000057E557E557E5DC01"
             "00000000000000001000000057E557E557E557E557E557E557E557E5"),
        trap="user-as-interviewer-candidate-presentations-senior-practitioner",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Docherty, Ang
 ela (SWS)":mailto:Angela.Docherty@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Boyle, Gary (
 SWS)":mailto:Gary.Boyle@glasgow-sws.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Possilpark SWS
  - Interview Rm G.04":mailto:PossilRmG04@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Senior Practitioner (C&F) - 4 candidates. 10 min
  presentation each then values-based Qs. Gary is observing the presentatio
 ns only (staff rep). Score sheets on the table. Kerry Brown is 2pm.
UID:040000008200E00074C5B7101A82E0080000000057E557E557E5DC01000000000000000
 01000000057E557E557E557E557E557E557E557E5
SUMMARY;LANGUAGE=en-GB:SP (C&F) - presentations + panel
DTSTART;TZID=GMT Standard Time:20260217T093000
DTEND;TZID=GMT Standard Time:20260217T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T123000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Interview Rm G.04
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="young-people-panel-prep",
        uid="9c8b7a6f-5e4d-4c3b-a291-807f6e5d4c3b",
        trap="user-as-interviewer-preparing-young-peoples-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Leanne Tully:m
 ailto:leanne.tully@whocaresscotland.org
DESCRIPTION;LANGUAGE=en-GB:Session with Leanne (Who Cares? Scotland advocac
 y worker) and the 3 young people who've volunteered to be on the young peo
 ple's panel for our Senior Practitioner recruitment. They'll write their o
 wn questions - pizza provided. Vouchers from petty cash.
UID:9c8b7a6f-5e4d-4c3b-a291-807f6e5d4c3b
SUMMARY;LANGUAGE=en-GB:YP panel prep - SP recruitment (pizza!)
DTSTART;TZID=GMT Standard Time:20260212T163000
DTEND;TZID=GMT Standard Time:20260212T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - family room
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="candidate-practice-day",
        uid="D2C4E6F8-0A1B-4C3D-9E5F-7A8B9C0D1E2F",
        trap="user-as-interviewer-candidate-shadows-her-for-practice-day",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:D2C4E6F8-0A1B-4C3D-9E5F-7A8B9C0D1E2F
DTSTAMP:20260302T081500Z
DTSTART:20260306T090000
DTEND:20260306T130000
SUMMARY:Lauren Begg shadowing me (FSW practice day)
DESCRIPTION:preferred FSW candidate - practice morning before offer confirm
 ed. Take her on the HV to the Reids (ask mum first!!) + duty. Feed back to
  Mhairi by 3.
LOCATION:Possil office
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="vacancy-panel",
        uid=("040000008200E00074C5B7101A82E00800000000BAC0BAC0BAC0DC01"
             "000000000000000010000000BAC0BAC0BAC0BAC0BAC0BAC0BAC0BAC0"),
        trap="user-as-interviewer-vacancy-control-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="McGuigan, Lorraine (SWS)":mailto:Lorraine.McGuigan@glasgow-sw
 s.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Docherty, Ang
 ela (SWS)":mailto:Angela.Docherty@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Thomas
  (HR)":mailto:Thomas.Grant@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:NW C&F workforce / vacancy control. Fiona coveri
 ng for Angela's team on the caseload weighting. Agenda: 1. Approval to rec
 ruit - 2 x SW\, 1 x SP\; 2. Locum spend\; 3. NQSW pool allocation\; 4. Age
 ncy use Q1.
UID:040000008200E00074C5B7101A82E00800000000BAC0BAC0BAC0DC01000000000000000
 010000000BAC0BAC0BAC0BAC0BAC0BAC0BAC0BAC0
SUMMARY;LANGUAGE=en-GB:NW Vacancy Control Panel
DTSTART;TZID=GMT Standard Time:20260119T100000
DTEND;TZID=GMT Standard Time:20260119T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Commonwealth House Rm 5.2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="invite-to-candidate",
        uid=("040000008200E00074C5B7101A82E0080000000000AF00AF00AFDC01"
             "00000000000000001000000000AF00AF00AF00AF00AF00AF00AF00AF"),
        trap="user-as-interviewer-her-invite-to-candidate-on-free-mail",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.gra
 nt01@gmail.com:mailto:olivia.grant01@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ali, Rash
 id (SWS)":mailto:Rashid.Ali@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Olivia\,\n\nThank you for your application
  for the post of Sessional Support Worker (Family Time / Contact). I am ple
 ased to invite you to interview with myself and Rashid Ali\, Social Worker
 . The interview will last around 30 minutes.\n\nPlease bring photo ID\, an
 d if you are already a PVG scheme member\, your membership number.\n\nKind
  regards\nFiona MacLeod\nSenior Social Worker\, North West Children & Fami
 lies\nGlasgow City Council Social Work Services
UID:040000008200E00074C5B7101A82E0080000000000AF00AF00AFDC01000000000000000
 01000000000AF00AF00AF00AF00AF00AF00AF00AF
SUMMARY;LANGUAGE=en-GB:Interview - Sessional Support Worker (Family Time) -
  Olivia Grant
DTSTART;TZID=GMT Standard Time:20260318T140000
DTEND;TZID=GMT Standard Time:20260318T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T151500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Possilpark SWS - Rm 1.02
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="feedback-calls",
        uid="0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
        trap="user-as-interviewer-feedback-calls-to-unsuccessful-candidates",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@@GMT_STANDARD@@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20260302T084512Z
DESCRIPTION:Cand B (SP) asked for feedback - use the score sheet\, be kind
  but specific re analysis. FSW cands 2 + 5 also asked. Don't go over 15 min
 s each.\n
DTEND;TZID="GMT Standard Time":20260303T130000
DTSTAMP:20260302T084512Z
DTSTART;TZID="GMT Standard Time":20260303T121500
LAST-MODIFIED:20260302T084512Z
LOCATION:my desk / phone
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview feedback calls (unsuccessful cands)
TRANSP:OPAQUE
UID:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="reference-check-for-candidate",
        uid="7b6a5f4e-3d2c-4b1a-9087-f6e5d4c3b2a1",
        trap="user-as-interviewer-taking-up-references-for-her-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moira Tennant
 ":mailto:Moira.Tennant@renfrewshire.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Moira - thanks for agreeing to give a verbal ref
 erence for Kerry Brown\, who has been offered the Senior Practitioner post
  with us subject to references. I'll call you on your mobile. It should ta
 ke 15-20 minutes. Fiona
UID:7b6a5f4e-3d2c-4b1a-9087-f6e5d4c3b2a1
SUMMARY;LANGUAGE=en-GB:Ref - Kerry Brown (SP offer) - Moira Tennant / Renfr
 ewshire
DTSTART;TZID=GMT Standard Time:20260220T110000
DTEND;TZID=GMT Standard Time:20260220T112000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260218T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="locum-typed-call",
        uid="20260331T081144Z-1182-fiona@android",
        trap="user-as-interviewer-locum-suitability-call-typed",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260331T081144Z-1182-fiona@android
DTSTAMP:20260331T081144Z
DTSTART:20260401T124500
DTEND:20260401T131500
SUMMARY:call locum SW (via Liquid) - Marcus Oyelaran
DESCRIPTION:need to check he's ok w/ court work + the Possil patch before A
 ngela signs off. CV in email fae Liquid. ask re SSSC reg no.
END:VEVENT
END:VCALENDAR
"""),
]
