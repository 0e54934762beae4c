"""holdout164 events: Fiona's own interviews at Scottish councils (part A)."""

EVENTS = [
    dict(
        kind="outlook-panel",
        uid=("040000008200E00074C5B7101A82E00800000000B0C6A1E2F08ADC01"
             "000000000000000010000000D1F3A7C45E2B9B4C8E0A5F1B2C3D4E5F"),
        interview=1, company="City of Edinburgh Council",
        role="Team Manager - Children's Practice Team (North West)", stage="onsite",
        interviewers="caroline.hughes@edinburgh.gov.uk;derek.nimmo@edinburgh.gov.uk",
        trap="outlook-sent-by-presentation-then-panel-council",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Caroline";SENT-BY="mailto:Lisa.Kerr@edinburgh.gov.uk"
 :mailto:Caroline.Hughes@edinburgh.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nimmo, De
 rek":mailto:Derek.Nimmo@edinburgh.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WC 4.12 Intervi
 ew Room (Waverley Court)":mailto:WC4.12@edinburgh.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nFurther to your application for
  the post of Team Manager - Children's Practice Team (North West)\, ref CEC
 -2025-11842\, I am pleased to invite you to interview.\n\nFormat: you will
  be asked to give a 10-minute presentation on the topic below\, followed b
 y a competency-based interview with the panel (approx. 50 minutes).\n\nPre
 sentation topic: "How would you support a team through the implementation
  of the Bairns' Hoose model in North West Edinburgh?"\n\nPanel: Caroline Hu
 ghes (Senior Manager\, Children's Services) and Derek Nimmo (Service Manag
 er\, Children's Practice Teams).\n\nPlease bring photographic ID and origi
 nal qualification certificates. Please report to reception at Waverley Cou
 rt\, 4 East Market Street\, EH8 8BG\, 10 minutes before your start time.\n
 \nKind regards\,\nLisa Kerr\nRecruitment Administrator on behalf of Caroli
 ne Hughes\n
UID:040000008200E00074C5B7101A82E00800000000B0C6A1E2F08ADC01000000000000000
 010000000D1F3A7C45E2B9B4C8E0A5F1B2C3D4E5F
SUMMARY;LANGUAGE=en-GB:Interview - Team Manager (Children's Practice Team N
 W) - F MacLeod
DTSTART;TZID=GMT Standard Time:20260203T103000
DTEND;TZID=GMT Standard Time:20260203T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260120T141207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:WC 4.12 Interview Room (Waverley Court)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-second-stage",
        uid="9A1C3E5F-7B2D-4E6A-8C0B-1D2E3F4A5B6C",
        interview=1, company="City of Edinburgh Council", role="Team Manager", stage="final",
        interviewers="Rosie Fairbairn", trap="phone-typed-typo-second-stage-with-head-of-service",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9A1C3E5F-7B2D-4E6A-8C0B-1D2E3F4A5B6C
DTSTAMP:20260206T193344Z
CREATED:20260206T193344Z
DTSTART:20260219T140000
DTEND:20260219T150000
SUMMARY:Edinbrugh TM 2nd stage - Rosie F
LOCATION:Waverley Ct
DESCRIPTION:w/ Rosie Fairbairn (Head of Children's Services). Lisa says its
  the final stage\, more of a conversation about fit + vision for NW. 2 of
  us left!! \nGet the 12.15 train fae Queen St. Mind n ask re hybrid + TM al
 lowance
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="assessment-centre",
        uid=("040000008200E00074C5B7101A82E0080000000070A3D2B1C4E2DC01"
             "000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56"),
        interview=1, company="Fife Council", role="Service Manager (Children and Families)", stage="technical",
        interviewers="", trap="council-assessment-centre-in-tray-exercise",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=HR Service Centre:mailto:hr.servicecentre@fife.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Post: Service Manager (Children and Families) -
  Education & Children's Services Directorate\nJob Ref: FIF07341\n\nCongratu
 lations on being shortlisted. Stage 1 of the selection process is an asses
 sment centre\, which will include:\n\n  * an in-tray exercise (60 mins)\n
   * a written report based on a case scenario (45 mins)\n  * a short group
  discussion exercise with other candidates\n\nSuccessful candidates will be
  invited to a final panel interview.\n\nVenue: Fife House\, North Street\,
  Glenrothes KY7 5LT - Conference Room 2\, Ground Floor. Please bring this
  invitation and photo ID with you. Lunch is not provided.\n\nIf you require
  any adjustments please contact the HR Service Centre on 03451 55 00 00.\n
 \nHR Service Centre\nFife Council
UID:040000008200E00074C5B7101A82E0080000000070A3D2B1C4E2DC01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-GB:FIF07341 Service Manager (C&F) - Assessment Centre
DTSTART;TZID=GMT Standard Time:20260226T093000
DTEND;TZID=GMT Standard Time:20260226T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T090455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Fife House\, Glenrothes - Conf Rm 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-original",
        uid=("040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01"
             "000000000000000010000000FEDCBA9876543210FEDCBA9876543210"),
        interview=1, company="Fife Council", role="Service Manager (Children and Families)", stage="final",
        interviewers="kathleen.irvine@fife.gov.uk;helen.laird@fife.gov.uk",
        trap="council-final-panel-before-reschedule",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Irvine, Kathleen";SENT-BY="mailto:Donna.Beveridge@fife.gov.uk
 ":mailto:Kathleen.Irvine@fife.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Laird, He
 len (Cllr)":mailto:Helen.Laird@fife.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FH Committee Ro
 om 3":mailto:FH.CommitteeRoom3@fife.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for attending the asse
 ssment centre. I am pleased to advise that you have been invited to the fi
 nal stage for the post of Service Manager (Children and Families).\n\nThe
  panel will be Kathleen Irvine\, Head of Children and Families & Criminal J
 ustice Services\, and Cllr Helen Laird\, Convener of the Education & Child
 ren's Services Sub-Committee. The interview will last approximately one ho
 ur and will be values- and competency-based.\n\nKind regards\nDonna Beveri
 dge\nPA to Head of Service
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000
 010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-GB:Final Interview - Service Manager (Children and Fami
 lies) - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260316T140000
DTEND;TZID=GMT Standard Time:20260316T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T113012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:FH Committee Room 3
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-moved",
        uid=("040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01"
             "000000000000000010000000FEDCBA9876543210FEDCBA9876543210"),
        interview=1, company="Fife Council", role="Service Manager (Children and Families)", stage="final",
        interviewers="kathleen.irvine@fife.gov.uk;helen.laird@fife.gov.uk",
        trap="rescheduled-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Irvine, Kathleen";SENT-BY="mailto:Donna.Beveridge@fife.gov.uk
 ":mailto:Kathleen.Irvine@fife.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Laird, Helen
  (Cllr)":mailto:Helen.Laird@fife.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FH Committee Ro
 om 1":mailto:FH.CommitteeRoom1@fife.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nApologies - owing to a full Coun
 cil meeting being rescheduled we have had to move your interview to Wednes
 day 18 March at 10am. The room has also changed to Committee Room 1. Every
 thing else remains as per the original invitation.\n\nPlease accept this u
 pdated invitation or let me know if the new time is not suitable.\n\nKind
  regards\nDonna Beveridge\nPA to Head of Service\n\n-----\nThe panel will b
 e Kathleen Irvine\, Head of Children and Families & Criminal Justice Servi
 ces\, and Cllr Helen Laird. The interview will last approximately one hour
 .
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000
 010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-GB:Final Interview - Service Manager (Children and Fami
 lies) - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260318T100000
DTEND;TZID=GMT Standard Time:20260318T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T155940Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:FH Committee Room 1
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-competency",
        uid=("040000008200E00074C5B7101A82E008000000002B4C6D8E0F1ADC01"
             "000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00"),
        interview=1, company="North Lanarkshire Council", role="Team Manager (Fostering & Adoption)",
        stage="onsite", interviewers="boylesi@northlan.gov.uk;quinnp@northlan.gov.uk",
        trap="outlook-teams-competency-based-recruitment-mailbox-organiser",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=NLC Recruitment:mailto:recruitment@northlan.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Boyle, Siobha
 n":mailto:BoyleSi@northlan.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quinn, Paul":
 mailto:QuinnP@northlan.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Vacancy: Team Manager (Fostering & Adoption)\, S
 ocial Work Children & Families\, ref NLC-SW-0219\n\nYou have been shortlis
 ted for a competency-based interview via Microsoft Teams. The panel will c
 onsist of Siobhan Boyle\, Service Manager (Fostering\, Adoption & Kinship)
 \, and Paul Quinn\, Team Manager (Adoption). Competencies assessed: Leader
 ship\; Decision Making\; Partnership Working\; Improving Outcomes for Chil
 dren.\n\nPlease have photo ID available to show on camera at the start of
  the interview.\n\n________________________________________________________
 ________________________\nMicrosoft Teams meeting\nJoin on your computer\,
  mobile app or room device\nClick here to join the meeting<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YTAtZDI0MS00YjY2LWE1NzQtND
 dkMWE3ZmI3ZDQw%40thread.v2/0>\nMeeting ID: 372 915 448 201\nPasscode: Xw7F
 q2\nDownload Teams | Join on the web\nOr call in (audio only)\n+44 141 530
  6722\,\,881204793# United Kingdom\, Glasgow\nPhone Conference ID: 881 204
  793#\n___________________________________________________________________
 _____________\n
UID:040000008200E00074C5B7101A82E008000000002B4C6D8E0F1ADC01000000000000000
 010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-GB:Interview: TM Fostering & Adoption - NLC-SW-0219 - C
 andidate 4
DTSTART;TZID=GMT Standard Time:20260128T133000
DTEND;TZID=GMT Standard Time:20260128T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260116T101744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NmQ4ZjE2YTAtZDI0MS00YjY2LWE1NzQtNDdkMWE3ZmI3ZDQw%40thread.v2/
 0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"Online
 MeetingProvider":3}
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-cancelled",
        uid=("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01"
             "000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111"),
        interview=1, company="The Highland Council", role="Practice Learning Co-ordinator", stage="onsite",
        interviewers="calum.matheson@highland.gov.uk;morven.urquhart@highland.gov.uk",
        trap="interview-cancelled-method-cancel",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Calum Matheson (Health and Social Care)":mailto:Calum.Matheso
 n@highland.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=fiona.mac
 leod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Morven U
 rquhart (Health and Social Care)":mailto:Morven.Urquhart@highland.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, I'm really sorry but I need to cancel
  Tuesday's interview as Morven is off unwell and we want to keep the same
  panel for all candidates. I'll be in touch in the next day or two with a n
 ew date. Apologies for the inconvenience. Calum\n\n-----\nInterview - Prac
 tice Learning Co-ordinator (Children's Services)\, HC-0457. Panel: Calum M
 atheson\, Principal Officer (Practice Governance) and Morven Urquhart\, Pr
 actice Lead. Teams details below.\n\nMicrosoft Teams Need help?\nJoin the
  meeting now\nMeeting ID: 318 442 907 655\nPasscode: 7kP2hD\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000
 010000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Practice Learning Co-ordinator
  - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260224T110000
DTEND;TZID=GMT Standard Time:20260224T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260222T184501Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="google-typed-rearranged",
        uid="5u3kq9d1v0m7h2c8s4r6t1b0nf@google.com",
        interview=1, company="The Highland Council", role="Practice Learning Co-ordinator", stage="onsite",
        interviewers="Calum Matheson;Morven Urquhart",
        trap="self-typed-rearranged-interview-google-export",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:fiona.macleod.sw@btinternet.com
X-WR-TIMEZONE:Europe/London
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260305T100000
DTEND;TZID=Europe/London:20260305T110000
DTSTAMP:20260224T082210Z
UID:5u3kq9d1v0m7h2c8s4r6t1b0nf@google.com
CREATED:20260224T082210Z
DESCRIPTION:Highland rearranged (Calum emailed - Morven better). Panel stil
 l Calum Matheson + Morven Urquhart. Same Teams
  link as before\, it's in his email of 23/2. \nPLC role - practice learnin
 g
  across Highland\, based Inverness but hybrid. Qs likely on PE quality assu
 ran
 ce + link workers + NQSW supported yr.
LAST-MODIFIED:20260224T082301Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Highland interview (rearranged) - Calum M + Morven U
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-presentation",
        uid="20260121T201512Z-4471-fiona@android",
        interview=1, company="Perth & Kinross Council", role="Team Leader (Child Protection)", stage="onsite",
        interviewers="Jacqui Lowe", trap="phone-typed-intvw-abbreviation-floating",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20260121T201512Z-4471-fiona@android
DTSTAMP:20260121T201512Z
DTSTART:20260130T100000
DTEND:20260130T113000
SUMMARY:P&K intvw - TL Child Protection
LOCATION:Pullar House\, 35 Kinnoull St\, Perth
DESCRIPTION:10 min pres "multi-agency CP in rural communities" then Qs. Pan
 el Jacqui Lowe (SM) + 1 other tbc. Park at Thimblerow. Leave by 8.15!! Ask
  Stuart to do school run
END:VEVENT
END:VCALENDAR
"""),
]
