"""holdout164 events: Fiona's own interviews at children's charities (part A)."""

EVENTS = [
    dict(
        kind="successfactors-screen",
        uid="SF-INTV-barnardos-0000731145-01@successfactors.eu",
        interview=1, company="Barnardo's Scotland", role="Children's Services Manager", stage="recruiter_screen",
        interviewers="hannah.price@barnardos.org.uk", trap="successfactors-talent-partner-telephone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
UID:SF-INTV-barnardos-0000731145-01@successfactors.eu
DTSTAMP:20260107T120033Z
DTSTART;TZID=Europe/London:20260113T174500
DTEND;TZID=Europe/London:20260113T181500
ORGANIZER;CN=Barnardo's Careers:mailto:careers-noreply@successfactors.eu
ATTENDEE;CN=Fiona MacLeod;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fiona.macle
 od.sw@btinternet.com
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT:mailto:hannah.price@barnardos
 .org.uk
SUMMARY:Telephone Screen - Children's Services Manager (Req 25419) - Barnar
 do's
LOCATION:Telephone
DESCRIPTION:Dear Fiona\,\n\nThank you for selecting a time for your telepho
 ne screen for the role of Children's Services Manager (Req 25419)\, Scotla
 nd - Glasgow (hybrid).\n\nHannah Price from our Talent Acquisition team wi
 ll call you on the number in your profile. The call will last around 30 mi
 nutes and will cover your experience\, your motivation for joining Barnard
 o's\, salary expectations and notice period.\n\nBelieve in children\nBarna
 rdo's Scotland\n\nThis email was sent from an unmonitored address.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-with-young-people",
        uid=("040000008200E00074C5B7101A82E00800000000BA2BA2BA2BA2DC01"
             "000000000000000010000000BA2BA2BA2BA2BA2BA2BA2BA2BA2BA2BA"),
        interview=1, company="Barnardo's Scotland", role="Children's Services Manager", stage="onsite",
        interviewers="lorna.baird@barnardos.org.uk;craig.munro@barnardos.org.uk",
        trap="charity-interview-plus-young-peoples-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN=Lorna Baird:mailto:Lorna.Baird@barnardos.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Craig Munro:ma
 ilto:Craig.Munro@barnardos.org.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Participat
 ion Team Scotland:mailto:ParticipationScotland@barnardos.org.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nThanks for your time on the phone
  with Hannah. We'd love you to come in and meet us.\n\n10:00 - Young People
 's Panel (30 mins). Three young people from our services will ask you thei
 r own questions. They take this very seriously and their views form part o
 f the decision.\n10:40 - Interview with myself (Assistant Director\, Child
 ren's Services Scotland) and Craig Munro (Children's Services Manager\, Fa
 mily Support).\n\nBarnardo's Scotland\, 111 Oxgangs Road North\, Edinburgh
  EH14 1ED.\n\nBest wishes\nLorna
UID:040000008200E00074C5B7101A82E00800000000BA2BA2BA2BA2DC01000000000000000
 010000000BA2BA2BA2BA2BA2BA2BA2BA2BA2BA2BA
SUMMARY;LANGUAGE=en-GB:CSM recruitment - Fiona MacLeod - YP panel + intervi
 ew
DTSTART;TZID=GMT Standard Time:20260129T100000
DTEND;TZID=GMT Standard Time:20260129T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Barnardo's Scotland\, Oxgangs Road
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-final",
        uid="E41C0A9B-55D2-4F3A-B7E6-0C9D8A7B6F52",
        interview=1, company="Barnardo's Scotland", role="Children's Services Manager", stage="final",
        interviewers="Martin Devine", trap="phone-typed-final-chat-director",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:E41C0A9B-55D2-4F3A-B7E6-0C9D8A7B6F52
DTSTAMP:20260203T124011Z
DTSTART:20260209T083000
DTEND:20260209T090000
SUMMARY:Barnardos final - Martin Devine (Director Scot)
LOCATION:Teams
DESCRIPTION:Lorna says last step\, 30 min w/ Martin Devine on Teams. Before
  work - take call in the car at Possil office car park. have notes re budg
 et mgmt + Bairns Hoose
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor-screening",
        uid="teamtailor-meeting-7781902@teamtailor.com",
        interview=1, company="Aberlour Children's Charity", role="Service Manager - Intensive Family Support",
        stage="recruiter_screen", interviewers="amy.forsyth@aberlour.org.uk",
        trap="teamtailor-initial-chat-with-recruitment-partner",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-7781902@teamtailor.com
DTSTAMP:20260126T153000Z
DTSTART:20260202T123000Z
DTEND:20260202T130000Z
ORGANIZER;CN=Amy Forsyth:mailto:amy.forsyth@aberlour.org.uk
ATTENDEE;CN=Amy Forsyth;PARTSTAT=ACCEPTED:mailto:amy.forsyth@aberlour.org.u
 k
ATTENDEE;CN=Fiona MacLeod;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.macl
 eod.sw@btinternet.com
SUMMARY:Initial chat: Service Manager - Intensive Family Support (Aberlour)
LOCATION:https://aberlour.teamtailor.com/meetings/c7f12e9a-video
DESCRIPTION:Hi Fiona!\n\nThanks so much for applying to be our Service Mana
 ger - Intensive Family Support (Perth & Kinross and Angus). I'd love to ha
 ve an initial chat to hear a bit more about you and tell you about Aberlou
 r and the role. It'll be a relaxed 30 minute video call.\n\nJoin the video
  meeting: https://aberlour.teamtailor.com/meetings/c7f12e9a-video\n\nSpeak
  soon\,\nAmy Forsyth\nRecruitment Partner\, Aberlour\n\nPowered by Teamtai
 lor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor-interview",
        uid="teamtailor-meeting-7790344@teamtailor.com",
        interview=1, company="Aberlour Children's Charity", role="Service Manager - Intensive Family Support",
        stage="onsite", interviewers="derek.ross@aberlour.org.uk;amy.forsyth@aberlour.org.uk",
        trap="teamtailor-in-person-interview-stirling",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-7790344@teamtailor.com
DTSTAMP:20260206T101100Z
DTSTART:20260216T140000Z
DTEND:20260216T151500Z
ORGANIZER;CN=Amy Forsyth:mailto:amy.forsyth@aberlour.org.uk
ATTENDEE;CN=Amy Forsyth;PARTSTAT=ACCEPTED:mailto:amy.forsyth@aberlour.org.u
 k
ATTENDEE;CN=Derek Ross;PARTSTAT=ACCEPTED:mailto:derek.ross@aberlour.org.uk
ATTENDEE;CN=Fiona MacLeod;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.macl
 eod.sw@btinternet.com
SUMMARY:Interview: Fiona MacLeod - Service Manager - Intensive Family Suppo
 rt
LOCATION:Aberlour\, Kintail House\, Forthside Way\, Stirling FK8 1QZ
DESCRIPTION:Hi Fiona\,\n\nGreat news - we'd like to invite you to interview
  for the Service Manager role. You'll meet Derek Ross (Head of Family Serv
 ices) and me. We'll ask you to talk for 10 minutes on "What does relations
 hip-based practice look like when a family doesn't want us there?"\, then
  some questions from the panel.\n\nAmy\n\nPowered by Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="eploy-interview",
        uid="eploy-vac1204-cand88314-int2@children1st.eploy.net",
        interview=1, company="Children 1st", role="Practice Lead - Family Wellbeing", stage="",
        interviewers="", trap="charity-ats-eploy-interview-uk-time-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eploy-vac1204-cand88314-int2@children1st.eploy.net
DTSTAMP:20260310T090000Z
DTSTART:20260320T100000
DTEND:20260320T110000
SUMMARY:Children 1st - Interview - Practice Lead (Family Wellbeing)
LOCATION:Children 1st\, 83 Whitehouse Loan\, Edinburgh EH9 1AT
DESCRIPTION:Interview Confirmation\n\nDear Fiona\,\n\nWe are delighted to c
 onfirm your interview for the post of Practice Lead - Family Wellbeing (VA
 C1204).\n\nThe interview will be with the Head of Family Support Services
  and a Practice Lead from our Kinship Care service. You will be asked to co
 mplete a short written reflection (20 minutes) on arrival.\n\nPlease bring
  two forms of ID for PVG purposes.\n\nChildren 1st - Scotland's National C
 hildren's Charity\nRecruitment Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="goto-outlook",
        uid=("040000008200E00074C5B7101A82E00800000000A77A77A77A77DC01"
             "000000000000000010000000A77A77A77A77A77A77A77A77A77A77A7"),
        interview=1, company="Quarriers", role="Service Manager (Residential Children's Services)", stage="onsite",
        interviewers="jennifer.ogilvie@quarriers.org.uk;alan.shaw@quarriers.org.uk",
        trap="gotomeeting-dial-in-residential-service-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Ogilvie, Jennifer":mailto:Jennifer.Ogilvie@quarriers.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Shaw, Alan":m
 ailto:Alan.Shaw@quarriers.org.uk
DESCRIPTION;LANGUAGE=en-GB:Interview for Service Manager (Residential Child
 ren's Services) with Jennifer Ogilvie (Head of Children & Family Services)
  and Alan Shaw (HR Business Partner).\n\nWe'll ask you about leading resid
 ential houses\, the Care Inspectorate's quality framework and staff wellbe
 ing.\n\n------------------------------\nPlease join my meeting from your c
 omputer\, tablet or smartphone.\nhttps://meet.goto.com/417992653\n\nYou ca
 n also dial in using your phone.\nAccess Code: 417-992-653\nUnited Kingdom
 : +44 20 3713 5011\n\nNew to GoTo Meeting? Get the app now and be ready wh
 en your first meeting starts: https://meet.goto.com/install\n-------------
 -----------------
UID:040000008200E00074C5B7101A82E00800000000A77A77A77A77DC01000000000000000
 010000000A77A77A77A77A77A77A77A77A77A77A7
SUMMARY;LANGUAGE=en-GB:Interview - SM Residential - F MacLeod (GoTo)
DTSTART;TZID=GMT Standard Time:20260331T093000
DTEND;TZID=GMT Standard Time:20260331T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260323T112045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GoTo Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="google-invite",
        uid="2c7m4n1p8q5r2s9t6u3v0w7x4y@google.com",
        interview=1, company="Includem", role="Service Manager (Glasgow)", stage="onsite",
        interviewers="shona.mckay@includem.co.uk;raj.bhatt@includem.co.uk",
        trap="google-calendar-invite-charity-interview-title-is-names",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260402T150000
DTEND;TZID=Europe/London:20260402T160000
DTSTAMP:20260326T142233Z
ORGANIZER;CN=Shona McKay:mailto:shona.mckay@includem.co.uk
UID:2c7m4n1p8q5r2s9t6u3v0w7x4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shona
  McKay;X-NUM-GUESTS=0:mailto:shona.mckay@includem.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Bh
 att;X-NUM-GUESTS=0:mailto:raj.bhatt@includem.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=fiona.macleod.sw@btinternet.com;X-NUM-GUESTS=0:mailto:fiona.macleo
 d.sw@btinternet.com
CREATED:20260326T142230Z
DESCRIPTION:Hi Fiona\, looking forward to seeing you at Unit 5\, Marine Par
 ade for your interview for the Glasgow Service Manager post. Raj (Director
  of Practice) and I will be on the panel. We work with young people who ot
 hers sometimes give up on\, so expect some questions about how you'd keep
  staff hopeful. Any access needs\, just shout. Shona (Head of Operations)
LAST-MODIFIED:20260326T142233Z
LOCATION:includem\, Unit 5\, Marine Parade\, Glasgow
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona MacLeod / Shona / Raj
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
