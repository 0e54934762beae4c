"""holdout164 events: Fiona's own interviews at HSCPs, NHS Scotland boards and national public bodies."""

EVENTS = [
    dict(
        kind="hscp-panel",
        uid=("040000008200E00074C5B7101A82E0080000000044D3C2B1A0F9DC01"
             "000000000000000010000000ED0ED0ED0ED0ED0ED0ED0ED0ED0ED0ED"),
        interview=1, company="East Dunbartonshire HSCP", role="Team Manager (Children and Families)", stage="onsite",
        interviewers="claire.carthy@eastdunbarton.gov.uk;gerry.mcnab@eastdunbarton.gov.uk",
        trap="hscp-outlook-panel-kirkintilloch",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Carthy, Claire":mailto:Claire.Carthy@eastdunbarton.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McNab, Gerry"
 :mailto:Gerry.McNab@eastdunbarton.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KHCC Meeting Ro
 om 1.3":mailto:KHCC-MR1.3@eastdunbarton.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Interview - Team Manager (Children and Families)
 \, East Dunbartonshire Health & Social Care Partnership.\n\nPanel: Claire
  Carthy\, Interim Head of Children & Criminal Justice Services\, and Gerry
  McNab\, Team Manager (Children's Disability Team).\nPlease arrive 10 mins
  early to Kirkintilloch Health & Care Centre\, 10 Saramago Street\, G66 3BF
  and sign in at reception. There is a short scenario to read before you co
 me into the room (15 mins).
UID:040000008200E00074C5B7101A82E0080000000044D3C2B1A0F9DC01000000000000000
 010000000ED0ED0ED0ED0ED0ED0ED0ED0ED0ED0ED
SUMMARY;LANGUAGE=en-GB:TM C&F Interview - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260120T094500
DTEND;TZID=GMT Standard Time:20260120T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T150055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:KHCC Meeting Room 1.3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="jobtrain-first-interview",
        uid="jobtrain-ggc-4471023-interview-1@jobtrain.co.uk",
        interview=1, company="Inverclyde HSCP", role="Service Manager - Children & Families", stage="onsite",
        interviewers="", trap="jobtrain-first-interview-no-named-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jobtrain-ggc-4471023-interview-1@jobtrain.co.uk
DTSTAMP:20260203T114510Z
DTSTART:20260213T100000Z
DTEND:20260213T111500Z
ORGANIZER;CN=Inverclyde HSCP Recruitment:mailto:noreply@jobtrain.co.uk
ATTENDEE;CN=Fiona MacLeod;RSVP=TRUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:Interview: Service Manager - Children & Families (Inverclyde HSCP)
LOCATION:Hector McNeil House\, 7-8 Clyde Square\, Greenock PA15 1NB
DESCRIPTION:Dear Fiona\,\n\nInterview confirmation\n\nVacancy: Service Mana
 ger - Children & Families\nReference: INV-HSCP-26-014\nDate: Friday 13 Feb
 ruary 2026\nTime: 10:00\nVenue: Hector McNeil House\, Greenock\n\nThe inte
 rview will include a presentation on the following topic: "Keeping The Pro
 mise in Inverclyde: priorities for the next three years". You will have 10
  minutes.\n\nPlease bring proof of identity and right to work documents.\n
 \nThis is an automated message from Jobtrain. Please do not reply to this
  email. To withdraw or amend your interview slot please log in to your cand
 idate account.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-chief-officer",
        uid=("040000008200E00074C5B7101A82E008000000005566778899AADC01"
             "00000000000000001000000012ABCDEF12ABCDEF12ABCDEF12ABCDEF"),
        interview=1, company="Inverclyde HSCP", role="Service Manager - Children & Families", stage="final",
        interviewers="alison.broadfoot@inverclyde.gov.uk;sharon.kerrigan@inverclyde.gov.uk",
        trap="final-stage-with-chief-officer-sent-by-pa",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Broadfoot, Alison";SENT-BY="mailto:Tracy.Gillespie@inverclyde
 .gov.uk":mailto:Alison.Broadfoot@inverclyde.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kerrigan, Sha
 ron":mailto:Sharon.Kerrigan@inverclyde.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Gillespi
 e, Tracy":mailto:Tracy.Gillespie@inverclyde.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Good afternoon Fiona\,\n\nFollowing your intervi
 ew on 13 February\, Alison Broadfoot (Chief Officer\, Inverclyde HSCP) wou
 ld like to invite you to a final stage discussion with herself and Sharon
  Kerrigan (Head of Children\, Families & Justice / Chief Social Work Office
 r). This will be a conversation of around 45 minutes.\n\nTracy Gillespie\n
 PA to the Chief Officer
UID:040000008200E00074C5B7101A82E008000000005566778899AADC01000000000000000
 01000000012ABCDEF12ABCDEF12ABCDEF12ABCDEF
SUMMARY;LANGUAGE=en-GB:Final stage - SM Children & Families - F MacLeod
DTSTART;TZID=GMT Standard Time:20260226T153000
DTEND;TZID=GMT Standard Time:20260226T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260217T140818Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Municipal Buildings\, Greenock - Chief Officer's of
 fice
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="jobtrain-teams",
        uid="jobtrain-nes-3319087-slot-22@jobtrain.co.uk",
        interview=1, company="NHS Education for Scotland", role="Principal Educator - Social Work Practice Learning",
        stage="onsite", interviewers="", trap="nhs-jobtrain-noreply-organiser",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jobtrain-nes-3319087-slot-22@jobtrain.co.uk
DTSTAMP:20260312T091300Z
DTSTART:20260326T140000Z
DTEND:20260326T150000Z
ORGANIZER;CN=NHS Education for Scotland:mailto:noreply@jobtrain.co.uk
ATTENDEE;CN=Fiona MacLeod;RSVP=TRUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:NHS Education for Scotland - Interview Invitation - Principal Educa
 tor (Social Work Practice Learning)
LOCATION:MS Teams (link will be sent by the recruiting manager)
DESCRIPTION:Dear Fiona\,\n\nThank you for your application for the post of
  Principal Educator - Social Work Practice Learning (Band 8a)\, reference N
 ES/26/041. We are delighted to invite you to interview.\n\nThe interview w
 ill be held via Microsoft Teams. The recruiting manager will send the join
 ing link separately. The panel will ask you to deliver a 10 minute present
 ation: "How can the national practice learning infrastructure better suppo
 rt practice educators in Scotland?"\n\nPlease note that NHS Scotland is co
 mmitted to equality and diversity. If you require reasonable adjustments p
 lease contact us.\n\nNHS Scotland Recruitment\n\nThis is an automated emai
 l - please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="nhs-board-teams",
        uid=("040000008200E00074C5B7101A82E008000000009988776655ABDC01"
             "000000000000000010000000BEEFBEEFBEEFBEEFBEEFBEEFBEEFBEEF"),
        interview=1, company="NHS Lothian", role="Child Protection Adviser (Social Work)", stage="onsite",
        interviewers="marie.dalgleish@nhs.scot;anne.jarvie@nhs.scot",
        trap="nhs-board-interview-on-hospital-site-words",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Dalgleish, Marie":mailto:marie.dalgleish@nhs.scot
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jarvie, Anne"
 :mailto:anne.jarvie@nhs.scot
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nPlease accept this as confirmation
  of your interview for Child Protection Adviser (Band 7)\, Child Protectio
 n Team\, NHS Lothian. The panel is myself (Lead Nurse\, Child Protection)
  and Anne Jarvie (Senior Child Protection Adviser). We will ask about your
  experience of IRDs\, joint working with health colleagues and supporting s
 taff after difficult cases.\n\nThe interview is on Teams but if you'd pref
 er to come in person we are in the Child Protection office at the Royal Ho
 spital for Children and Young People\, 50 Little France Crescent.\n\nMarie
 \n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_MzAxY2U4ODgtNzc0NS00%40thread.v2/0\n________________
 ________________________________________________________________
UID:040000008200E00074C5B7101A82E008000000009988776655ABDC01000000000000000
 010000000BEEFBEEFBEEFBEEFBEEFBEEFBEEFBEEF
SUMMARY;LANGUAGE=en-GB:Interview - CP Adviser Band 7 - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260407T100000
DTEND;TZID=GMT Standard Time:20260407T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T162200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="written-assessment",
        uid="9f3d2a71-4c6e-4b1a-bd88-2e0c5f7a9d14",
        interview=1, company="Care Inspectorate", role="Strategic Inspector (Children's Services)", stage="technical",
        interviewers="", trap="regulator-timed-written-assessment-online",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=CI Recruitment:mailto:recruitment@careinspectorate.gov.scot
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Strategic Inspector (Children's Services) - CI/0
 126/SI\n\nThank you for your application. The next stage of the selection
  process is a written assessment\, completed remotely. At the start time we
  will email you a set of anonymised case file extracts and inspection evid
 ence. You will have 90 minutes to write a short evaluative report against
  the quality indicators in "A quality framework for children and young peop
 le in need of care and protection".\n\nCandidates who meet the standard wi
 ll be invited to interview at Compass House\, Dundee.\n\nCare Inspectorate
  Recruitment Team
UID:9f3d2a71-4c6e-4b1a-bd88-2e0c5f7a9d14
SUMMARY;LANGUAGE=en-GB:Written assessment - Strategic Inspector (Children's
  Services)
DTSTART;TZID=GMT Standard Time:20260223T130000
DTEND;TZID=GMT Standard Time:20260223T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260212T100244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Remote
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="inspector-interview",
        uid="3c9a8f20-71b4-4d2e-9c0f-ae55d1b2c7f8",
        interview=1, company="Care Inspectorate", role="Strategic Inspector (Children's Services)", stage="onsite",
        interviewers="lynne.gallacher@careinspectorate.gov.scot;brian.tervit@careinspectorate.gov.scot",
        trap="inspector-role-inspection-vocabulary",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=CI Recruitment:mailto:recruitment@careinspectorate.gov.scot
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lynne Gallach
 er":mailto:Lynne.Gallacher@careinspectorate.gov.scot
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brian Tervit"
 :mailto:Brian.Tervit@careinspectorate.gov.scot
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Compass House -
  Tay Room":mailto:CH-TayRoom@careinspectorate.gov.scot
DESCRIPTION;LANGUAGE=en-GB:Strategic Inspector (Children's Services) - CI/0
 126/SI - Interview\n\nCongratulations on passing the written assessment. Y
 ou are invited to interview at Compass House\, 11 Riverside Drive\, Dundee
  DD1 4NY.\n\nPanel: Lynne Gallacher (Service Manager\, Strategic Scrutiny)
  and Brian Tervit (Team Manager\, Strategic Inspection - Children). You wi
 ll be asked to present your findings from the written assessment (5 mins)
  before the competency-based questions.\n\nCare Inspectorate Recruitment Te
 am
UID:3c9a8f20-71b4-4d2e-9c0f-ae55d1b2c7f8
SUMMARY;LANGUAGE=en-GB:Interview - Strategic Inspector (Children's Services
 ) - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260312T110000
DTEND;TZID=GMT Standard Time:20260312T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T084017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Compass House - Tay Room
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-interview",
        uid="8851204417@zoom.us",
        interview=1, company="Scottish Social Services Council",
        role="Learning and Development Adviser (Practice Learning)",
        stage="", interviewers="Karen Hood;Stephen Lafferty",
        trap="zoom-interview-names-only-no-emails",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/London
LAST-MODIFIED:20240422T053451Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZNAME:BST
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:GMT
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20260316T101500Z
DTSTART;TZID=Europe/London:20260401T093000
DTEND;TZID=Europe/London:20260401T103000
SUMMARY:SSSC interview - L&D Adviser (Practice Learning) - Fiona MacLeod
UID:8851204417@zoom.us
TZID:Europe/London
DESCRIPTION:Hi Fiona\,\n\nHere are the Zoom details for your interview on W
 ednesday. Your panel will be Karen Hood (Head of Workforce Development) an
 d Stephen Lafferty (Learning and Development Adviser).\n\nSSSC Workforce D
 evelopment is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeti
 ng\nhttps://sssc.zoom.us/j/8851204417?pwd=QmV4cGxYR3NwT0F2a1BNbzZ2Zz09\n\n
 Meeting ID: 885 120 4417\nPasscode: 603214\n\n---\n\nOne tap mobile\n+4413
 14601196\,\,8851204417#\,\,\,\,*603214# United Kingdom\n\nDial by your loc
 ation\n• +44 131 460 1196 United Kingdom\n• +44 203 481 5237 United Ki
 ngdom\n
LOCATION:https://sssc.zoom.us/j/8851204417?pwd=QmV4cGxYR3NwT0F2a1BNbzZ2Zz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="reporter-assessment",
        uid="f2b7c4d1-a0e3-4f96-8b5c-1d2e3f405162",
        interview=1, company="Scottish Children's Reporter Administration", role="Locality Reporter", stage="onsite",
        interviewers="lesley.mcbride@scra.gov.uk;david.rennie@scra.gov.uk",
        trap="reporter-job-interview-vs-childrens-hearing-words",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="McBride, Lesley":mailto:Lesley.McBride@scra.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rennie, David
 ":mailto:David.Rennie@scra.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Locality Reporter - Glasgow & Strathclyde Locali
 ty - Selection Day\n\n09:30 Written exercise: you will be given a referral
  and supporting reports and asked to prepare a decision on whether grounds
  exist and a hearing is needed\, with reasons (75 mins)\n11:00 Interview w
 ith Lesley McBride (Locality Reporter Manager) and David Rennie (Practice
  Lead)\n\nVenue: SCRA\, Ochil House\, Springkerse Business Park\, Stirling
  FK7 7XE.\n\nPlease note we will not be able to discuss any live cases in w
 hich you are involved as a social worker.
UID:f2b7c4d1-a0e3-4f96-8b5c-1d2e3f405162
SUMMARY;LANGUAGE=en-GB:Locality Reporter - selection day - F MacLeod
DTSTART;TZID=GMT Standard Time:20260417T093000
DTEND;TZID=GMT Standard Time:20260417T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260406T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ochil House\, Stirling
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="google-meet-chat",
        uid="6b1k9d0a2c4e6g8i0m2o4q6s8u@google.com",
        interview=1, company="Social Work Scotland", role="Policy and Practice Lead (Children and Families)",
        stage="hiring_manager", interviewers="ruth.lennox@socialworkscotland.org",
        trap="meet-invite-first-conversation-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260414T120000
DTEND;TZID=Europe/London:20260414T124500
DTSTAMP:20260408T094022Z
ORGANIZER;CN=Ruth Lennox:mailto:ruth.lennox@socialworkscotland.org
UID:6b1k9d0a2c4e6g8i0m2o4q6s8u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruth L
 ennox;X-NUM-GUESTS=0:mailto:ruth.lennox@socialworkscotland.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Fiona MacLeod;X-NUM-GUESTS=0:mailto:fiona.macleod.sw@btinternet.co
 m
X-GOOGLE-CONFERENCE:https://meet.google.com/xvq-hmdp-kra
CREATED:20260408T094020Z
DESCRIPTION:Hi Fiona - thanks for applying for the Policy & Practice Lead (
 Children and Families) post. We're doing first-round interviews as 45 min
  conversations with me (Director) before a panel with members of the Childr
 en & Families Standing Committee. Looking forward to it. Ruth\n\n-::~:~::~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nJoin with Google Meet: https://meet.google.com/xvq-hmdp-kra\nOr dial: (G
 B) +44 20 3957 1643 PIN: 418 922 307#\nMore phone numbers: https://tel.mee
 t/xvq-hmdp-kra?pin=4189223071044\n\nLearn more about Meet at: https://supp
 ort.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260408T094022Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona MacLeod and Ruth Lennox
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
