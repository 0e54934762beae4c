"""holdout164 events: Fiona's own interviews at Scottish councils (part B) and via agencies."""

EVENTS = [
    dict(
        kind="bookings-slot",
        uid="c7d1e0f4-2a9b-4c33-9e51-7f08b6a4d2e1",
        interview=1, company="West Lothian Council", role="Practice Teacher (Social Work)", stage="",
        interviewers="gillian.reid@westlothian.gov.uk", trap="microsoft-bookings-candidate-self-booked-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=Social Policy Recruitment:mailto:SocialPolicyRecruitment@westl
 othian.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fiona MacL
 eod:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Gillian Reid:
 mailto:Gillian.Reid@westlothian.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed\n\nService: Interview
  - Practice Teacher (Social Work) WLC-25-0781\nStaff: Gillian Reid\nDuratio
 n: 45 minutes\n\nGillian\, Practice Learning Manager\, will interview you
  along with a second panel member from the Practice Learning Team. You will
  be asked to reflect on a student placement you have supervised.\n\nManage
  booking: https://outlook.office365.com/owa/calendar/SocialPolicyRecruitme
 nt@westlothian.gov.uk/bookings/s/9b8Qn2yT_kS0eXv1pD3m0A2\n\nJoin your appo
 intment\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjc1MzI2OG
 EtYjFkZS00%40thread.v2/0\n\nWest Lothian Council Social Policy Recruitment
 \nCivic Centre\, Howden South Road\, Livingston EH54 6FF
UID:c7d1e0f4-2a9b-4c33-9e51-7f08b6a4d2e1
SUMMARY;LANGUAGE=en-GB:Interview - Practice Teacher (Social Work) WLC-25-07
 81 for Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260212T151500
DTEND;TZID=GMT Standard Time:20260212T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T214433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Online
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-in-person",
        uid=("040000008200E00074C5B7101A82E00800000000E3F1A2B4C6D8DC01"
             "000000000000000010000000513A4B1C2D3E4F5061728394A5B6C7D8"),
        interview=1, company="South Lanarkshire Council", role="Team Leader (Children and Families)", stage="onsite",
        interviewers="moira.hendry@southlanarkshire.gov.uk;kevin.devlin@southlanarkshire.gov.uk",
        trap="outlook-organiser-is-interviewer-no-interview-word-in-summary",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Hendry, Moira":mailto:Moira.Hendry@southlanarkshire.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Devlin, Kevin
 ":mailto:Kevin.Devlin@southlanarkshire.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nAs discussed on the phone\, please
  find below confirmation of the selection panel for the Team Leader (Child
 ren and Families) post\, Hamilton locality.\n\nPanel: Moira Hendry (Servic
 e Manager) and Kevin Devlin (Team Leader\, Intake).\nThe questions are val
 ues-based and there is no presentation. Please bring your PVG scheme membe
 rship number and photo ID.\n\nReport to main reception\, Council Offices\,
  Almada Street\, Hamilton ML3 0AA\, and ask for Moira.\n\nThanks\nMoira
UID:040000008200E00074C5B7101A82E00800000000E3F1A2B4C6D8DC01000000000000000
 010000000513A4B1C2D3E4F5061728394A5B6C7D8
SUMMARY;LANGUAGE=en-GB:Selection panel - TL C&F Hamilton - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260122T140000
DTEND;TZID=GMT Standard Time:20260122T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260113T162508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Council Offices\, Almada St\, Hamilton - Room 2.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="values-based-young-people",
        uid=("040000008200E00074C5B7101A82E00800000000C8D7E6F5A4B3DC01"
             "000000000000000010000000778899AABBCCDDEEFF00112233445566"),
        interview=1, company="East Renfrewshire HSCP", role="Team Manager - Intensive Family Support", stage="onsite",
        interviewers="arlene.cassidy@eastrenfrewshire.gov.uk",
        trap="hscp-values-based-with-care-experienced-young-people",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft CDO for Microsoft Exchange
VERSION:2.0
@@OLD_OUTLOOK_LONDON@@
BEGIN:VEVENT
DTSTAMP:20260219T103322Z
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260304T09300
 0
SUMMARY:Values Based Interview - Team Manager IFS - Fiona MacLeod
UID:040000008200E00074C5B7101A82E00800000000C8D7E6F5A4B3DC01000000000000000
 010000000778899AABBCCDDEEFF00112233445566
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="fiona.mac
 leod.sw@btinternet.com":MAILTO:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Wilson,
  Jade":MAILTO:Jade.Wilson@eastrenfrewshire.gov.uk
ORGANIZER;CN="Cassidy, Arlene":MAILTO:Arlene.Cassidy@eastrenfrewshire.gov.u
 k
LOCATION:Eastwood Health and Care Centre\, Drumby Crescent\, Clarkston G76
  7HN
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260304T110000
DESCRIPTION:Dear Fiona\,\N\NThank you for your interest in the Team Manager
  - Intensive Family Support post with East Renfrewshire Health and Social
  Care Partnership.\N\NYour interview will be in two parts:\N1. 20 minutes w
 ith members of our Champions Board (care-experienced young people)\, suppo
 rted by Jade Wilson\, Participation Worker. This is an informal conversati
 on about why you do this work.\N2. A values-based interview with Arlene Ca
 ssidy (Head of Children's Services & Criminal Justice) and the Champions B
 oard panel feeding back.\N\NThe HSCP is committed to The Promise and our v
 alues are: Kindness\, Respect\, Integrity\, Trust.\N\NKind regards\NArlene
SEQUENCE:0
PRIORITY:5
CLASS:PUBLIC
CREATED:20260219T103322Z
LAST-MODIFIED:20260219T103322Z
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1411282634
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="online-written-exercise",
        uid=("040000008200E00074C5B7101A82E00800000000D5E6F7081920DC01"
             "00000000000000001000000011112222333344445555666677778888"),
        interview=1, company="Stirling Council", role="Team Manager (Children with Disabilities)", stage="technical",
        interviewers="", trap="council-timed-written-exercise-stage-one",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=Stirling Council Recruitment:mailto:recruitment@stirling.gov.u
 k
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Post: Team Manager (Children with Disabilities)
  - STC02877\n\nStage 1: Written exercise\n\nAt the start time you will be e
 mailed a case scenario and asked to write a short analysis and action plan
  (max. 2 sides of A4). You will have 60 minutes to return your response to
  this mailbox. You may use a laptop. Candidates who are successful at stag
 e 1 will be invited to a panel interview the following week.\n\nPlease kee
 p this time free and make sure you can access your email at btinternet.com
 .\n\nStirling Council Recruitment Team\nOld Viewforth\, Stirling FK8 2ET
UID:040000008200E00074C5B7101A82E00800000000D5E6F7081920DC01000000000000000
 01000000011112222333344445555666677778888
SUMMARY;LANGUAGE=en-GB:STC02877 - Stage 1 written exercise (remote)
DTSTART;TZID=GMT Standard Time:20260302T100000
DTEND;TZID=GMT Standard Time:20260302T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T120004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Remote - by email
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-panel",
        uid="B6E2C1F0-9D3A-4E77-A5C8-3F1E2D4C5B6A",
        interview=1, company="Stirling Council", role="Team Manager (Children with Disabilities)", stage="onsite",
        interviewers="Elaine Moffat;Iain Fergus", trap="desktop-typed-panel-with-hr-on-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
@@EUROPE_LONDON@@
BEGIN:VEVENT
UID:B6E2C1F0-9D3A-4E77-A5C8-3F1E2D4C5B6A
DTSTAMP:20260304T210455Z
DTSTART;TZID=Europe/London:20260310T113000
DTEND;TZID=Europe/London:20260310T123000
SUMMARY:Stirling TM panel - Old Viewforth
DESCRIPTION:Through stage 1! Panel = Elaine Moffat (Chief Social Work Offic
 er) + Iain Fergus (HR BP). \nQs likely: transitions to adult svcs\, SDS\,
  managing a team thru change\, a time u challenged practice. \nBring ID + P
 VG no. for checks.
LOCATION:Old Viewforth\, Stirling
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-utc",
        uid=("040000008200E00074C5B7101A82E0080000000019A8B7C6D5E4DC01"
             "000000000000000010000000D00DEE11D00DEE11D00DEE11D00DEE11"),
        interview=1, company="Dundee City Council", role="Service Manager - Children and Families", stage="onsite",
        interviewers="gail.strachan@dundeecity.gov.uk;robert.mill@dundeecity.gov.uk",
        trap="outlook-utc-times-teams-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Strachan, Gail":mailto:gail.strachan@dundeecity.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mill, Rob
 ert":mailto:robert.mill@dundeecity.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Interview for the post of Service Manager - Chil
 dren and Families (Ref DCC/CF/0093).\n\nPanel: Gail Strachan\, Head of Ser
 vice\, Children & Families\; Robert Mill\, Service Manager\, Fieldwork. Fo
 rmat: 10 min presentation ("Your first 90 days") followed by competency qu
 estions.\n\nPlease send your presentation slides to gail.strachan@dundeeci
 ty.gov.uk by noon the day before.\n_______________________________________
 _________________________________________\nMicrosoft Teams meeting\nJoin:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQxNzE0MjMtOTk4Mi0
 0NDFj%40thread.v2/0\nMeeting ID: 351 827 100 462  Passcode: sR9aWq\n______
 __________________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000019A8B7C6D5E4DC01000000000000000
 010000000D00DEE11D00DEE11D00DEE11D00DEE11
SUMMARY;LANGUAGE=en-GB:DCC/CF/0093 Interview - F MacLeod
DTSTART:20260311T133000Z
DTEND:20260311T143000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="mac-calendar-entry",
        uid="3F2A1B0C-8E7D-4C6B-9A58-6E5D4C3B2A19",
        interview=1, company="Midlothian Council", role="Team Leader (Practice Development)", stage="onsite",
        interviewers="", trap="apple-desktop-entry-no-interview-word",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/London
@@EUROPE_LONDON@@
BEGIN:VEVENT
CREATED:20260128T200112Z
DTSTAMP:20260128T200250Z
UID:3F2A1B0C-8E7D-4C6B-9A58-6E5D4C3B2A19
DTSTART;TZID=Europe/London:20260205T141500
DTEND;TZID=Europe/London:20260205T153000
SUMMARY:Midlothian TL Practice Devt - Fairfield House
LOCATION:Fairfield House\, 8 Lothian Road\, Dalkeith EH22 3AA
DESCRIPTION:15 min pres "embedding trauma-informed practice across a servic
 e" then panel Qs. Slides on memory stick AND emailed to self. Take the car
 \, A720 is murder at 1.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-stage-one",
        uid=("040000008200E00074C5B7101A82E00800000000AB0C1D2E3F40DC01"
             "000000000000000010000000ABBA0000ABBA0000ABBA0000ABBA0000"),
        interview=1, company="Argyll and Bute Council",
        role="Area Manager - Children and Families (Oban, Lorn & the Isles)",
        stage="hiring_manager", interviewers="mark.lindsay@argyll-bute.gov.uk",
        trap="stage-one-conversation-with-head-of-service",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Lindsay, Mark":mailto:Mark.Lindsay@argyll-bute.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, thanks for your application for the A
 rea Manager post. As mentioned\, our process has two stages - this first o
 ne is a 45 minute conversation with me about the role\, the area and your
  experience\, and then a formal panel in Lochgilphead for those going forwa
 rd. Nothing to prepare. Best wishes\, Mark\n\nMark Lindsay | Head of Child
 ren\, Families and Justice | Argyll and Bute HSCP\n_______________________
 _________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer\, mobile app or room device\nClick here to
  join the meeting\nMeeting ID: 392 004 117 583\nPasscode: aB3cD9\n________
 ________________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000AB0C1D2E3F40DC01000000000000000
 010000000ABBA0000ABBA0000ABBA0000ABBA0000
SUMMARY;LANGUAGE=en-GB:Fiona MacLeod / Mark Lindsay - Area Manager C&F (sta
 ge 1)
DTSTART;TZID=GMT Standard Time:20260409T160000
DTEND;TZID=GMT Standard Time:20260409T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T130519Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="agency-screen",
        uid="1hq0t8v6m3k2a9s7d5f4g1j0lz@google.com",
        interview=1, company="Scottish Borders Council",
        role="Team Manager - Children & Families", stage="recruiter_screen",
        interviewers="jordan.walsh@sanctuarypersonnel.com", trap="agency-screening-call-client-named-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260115T123000
DTEND;TZID=Europe/London:20260115T130000
DTSTAMP:20260113T161122Z
ORGANIZER;CN=Jordan Walsh:mailto:jordan.walsh@sanctuarypersonnel.com
UID:1hq0t8v6m3k2a9s7d5f4g1j0lz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordan
  Walsh;X-NUM-GUESTS=0:mailto:jordan.walsh@sanctuarypersonnel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=fiona.macleod.sw@btinternet.com;X-NUM-GUESTS=0:mailto:fiona.macleo
 d.sw@btinternet.com
CREATED:20260113T161120Z
DESCRIPTION:Hi Fiona\, as discussed - this is the first-stage screening cal
 l for the permanent Team Manager (Children & Families) post with our clien
 t Scottish Borders Council\, based at Council HQ in Newtown St Boswells. S
 BC have asked us to run structured screening calls (approx 30 mins) and se
 nd them a shortlist by the 23rd. I'll ring you on 07700 918 442.\n\nJordan
  Walsh | Senior Consultant\, Social Work (Scotland) | Sanctuary Personnel
LAST-MODIFIED:20260113T161122Z
LOCATION:Phone - Jordan to call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona MacLeod <> Sanctuary Personnel - screening call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="headhunter-confidential",
        uid=("040000008200E00074C5B7101A82E00800000000BBCCDDEEFF00DC01"
             "000000000000000010000000CAFE1234CAFE1234CAFE1234CAFE1234"),
        interview=1, company="Renfrewshire Council",
        role="Service Manager - Children's Services", stage="recruiter_screen",
        interviewers="niamh.oconnor@penna.com", trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="O'Connor, Niamh":mailto:Niamh.OConnor@penna.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for your time on the p
 hone yesterday. As promised\, here is a placeholder for our more detailed
  conversation about the Service Manager - Children's Services appointment a
 t Renfrewshire Council\, which Penna is supporting. This will form part of
  the longlisting process and I will share a summary with the Head of Child
 ren's Services afterwards. I'll call you on the mobile number you gave me.
 \n\nThis is in confidence.\n\nWith best wishes\,\nNiamh O'Connor\nConsulta
 nt\, Executive Search - Public Sector\nPenna
UID:040000008200E00074C5B7101A82E00800000000BBCCDDEEFF00DC01000000000000000
 010000000CAFE1234CAFE1234CAFE1234CAFE1234
SUMMARY;LANGUAGE=en-GB:Fiona MacLeod - confidential conversation (Penna)
DTSTART;TZID=GMT Standard Time:20260121T081500
DTEND;TZID=GMT Standard Time:20260121T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260116T170233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
END:VEVENT
END:VCALENDAR
"""),
]
