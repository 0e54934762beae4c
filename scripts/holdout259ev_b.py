"""holdout259 events, part B: more of the user's own interviews (fintech, regulators, forces, abroad)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout259ev_zones import GMT_STD, LONDON, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="ms-bookings-interview-slot",
        uid="7d3c1e0a9f8b4a6c@bookings.psc.example.org.uk",
        is_interview=1,
        company="Policing Standards College",
        role="Investigative Practice Lead",
        stage="onsite",
        interviewers="vikram.shah@psc.example.org.uk",
        trap="bookings-candidate-self-booked-slot",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=PSC Recruitment Interviews:mailto:PSCRecruitmentInterviews@psc.e
 xample.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Vikram Shah:mai
 lto:vikram.shah@psc.example.org.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking with PSC Recruitment Interviews has 
 been confirmed.\n\nService: Interview – Investigative Practice Lead (Crimin
 al Investigation Portfolio)\nStaff: Vikram Shah\nDuration: 1 hour\n\nJoin 
 your appointment: https://teams.microsoft.example.com/l/meetup-join/19%3ame
 eting_PSCIPL\n\nWant to change your booking? Manage booking\n
UID:7d3c1e0a9f8b4a6c@bookings.psc.example.org.uk
SUMMARY;LANGUAGE=en-GB:Interview – Investigative Practice Lead for Rachel Wh
 itfield
DTSTART;TZID=GMT Standard Time:20251125T130000
DTEND;TZID=GMT Standard Time:20251125T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T200144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-google-meet-screen",
        uid="ashby-itv-8a1d44c2-0b7e-4c9f-a2e3-51d6f7089abc",
        is_interview=1,
        company="Pennyroll",
        role="Fraud Investigations Lead",
        stage="recruiter_screen",
        interviewers="zara@pennyroll.example.com",
        trap="fintech-ats-utc-first-name-email",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-itv-8a1d44c2-0b7e-4c9f-a2e3-51d6f7089abc
DTSTAMP:20251104T110211Z
DTSTART:20251107T100000Z
DTEND:20251107T103000Z
SUMMARY:Pennyroll x Rachel – Recruiter chat (Fraud Investigations Lead)
ORGANIZER;CN=Zara Quinn:mailto:zara@pennyroll.example.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Zara Quinn;PARTSTAT=ACCEPTED:mailto:zara@pennyroll.example.com
LOCATION:https://meet.google.com/ywb-qhmc-xte
DESCRIPTION:Hey Rachel 👋 Looking forward to chatting! We'll talk about you
 r experience\, why Pennyroll\, and what the Fraud Investigations Lead role 
 looks like (APP fraud\, mule networks\, law-enforcement liaison).\n\nJoin w
 ith Google Meet: https://meet.google.com/ywb-qhmc-xte\n\nScheduled with As
 hby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-hiring-manager",
        uid="3gk7p0d9x2m4r6t8v1b3n5q7s9@google.com",
        is_interview=1,
        company="Pennyroll",
        role="Fraud Investigations Lead",
        stage="hiring_manager",
        interviewers="dominic.akers@pennyroll.example.com",
        trap="google-footer-hiring-manager-deep-dive",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251113T133000Z
DTEND:20251113T142000Z
DTSTAMP:20251108T094455Z
ORGANIZER;CN=Zara Quinn:mailto:zara@pennyroll.example.com
UID:3gk7p0d9x2m4r6t8v1b3n5q7s9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dominic Akers;X-NUM-GUESTS=0:mailto:dominic.akers@pennyroll.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Zara Quinn;X-NUM-GUESTS=0:mailto:zara@pennyroll.example.com
CREATED:20251108T094454Z
DESCRIPTION:Deep dive with Dominic (Head of Financial Crime). Walk him thro
 ugh an investigation you led end to end.\n\nJoin with Google Meet: https://
 meet.google.com/fsr-ntyu-opa\nJoin by phone\n(GB) +44 20 3957 1183 PIN: 71
 9 004 126#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google 
 Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this e
 mail because you are an attendee on the event.\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-
LAST-MODIFIED:20251108T094455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rachel Whitfield / Dominic Akers – Fraud Investigations Lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-final-founder",
        uid="6hq2w4e8r0t1y3u5i7o9p2a4s6@google.com",
        is_interview=1,
        company="Pennyroll",
        role="Fraud Investigations Lead",
        stage="final",
        interviewers="dominic.akers@pennyroll.example.com;felix@pennyroll.example.com",
        trap="final-with-cofounder-values-chat-wording",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251121T110000Z
DTEND:20251121T120000Z
DTSTAMP:20251117T160404Z
ORGANIZER;CN=Zara Quinn:mailto:zara@pennyroll.example.com
UID:6hq2w4e8r0t1y3u5i7o9p2a4s6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Felix Brandreth;X-NUM-GUESTS=0:mailto:felix@pennyroll.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dominic Akers;X-NUM-GUESTS=0:mailto:dominic.akers@pennyroll.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
CREATED:20251117T160403Z
DESCRIPTION:Final round (in person): values chat with Felix (co-founder & C
 EO) and a case walkthrough with Dominic. 2nd floor\, 40 Wellington St\, Lee
 ds.\n\nInvitation from Google Calendar: https://calendar.google.com/calenda
 r/
LAST-MODIFIED:20251117T160404Z
LOCATION:Pennyroll Leeds\, 40 Wellington St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final round – Rachel Whitfield (Fraud Investigations Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-tracing-exercise",
        uid="1zx9c8v7b6n5m4l3k2j1h0g9f8@google.com",
        is_interview=1,
        company="Stackhouse Exchange",
        role="Financial Crime Investigator",
        stage="technical",
        interviewers="ivan.morrell@stackhouse.example.io",
        trap="crypto-tracing-live-exercise-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251209T160000Z
DTEND:20251209T170000Z
DTSTAMP:20251203T120000Z
ORGANIZER;CN=Ivan Morrell:mailto:ivan.morrell@stackhouse.example.io
UID:1zx9c8v7b6n5m4l3k2j1h0g9f8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Rachel Whitfield;X-NUM-GUESTS=0:mailto:rachel.whitfield.uk@gmail.co
 m
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ivan Morrell;X-NUM-GUESTS=0:mailto:ivan.morrell@stackhouse.example.io
DESCRIPTION:Technical exercise for the Financial Crime Investigator role: w
 e'll share a screen with a blockchain explorer and ask you to trace funds f
 rom a romance-scam victim's deposit through two mixers. No prior crypto exp
 erience needed – we want to see your investigative reasoning.\n\nJoin with
  Google Meet: https://meet.google.com/hcd-urkp-wvi
LOCATION:https://meet.google.com/hcd-urkp-wvi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stackhouse – FCI technical exercise (Rachel W.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-regulator-interview",
        uid="040000008200E00074C5B7101A82E00800000000ACACACAC4E1DDC0100000000000000001000000033166247903553998491149327366707",
        is_interview=1,
        company="Betting Standards Commission",
        role="Compliance Investigator",
        stage="onsite",
        interviewers="rebecca.nolan@bettingstandards.example.gov.uk;osman.ali@bettingstandards.example.gov.uk",
        trap="regulator-interview-birmingham-sent-by-coordinator",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Nolan, Rebecca";SENT-BY="mailto:hr.coordinator@bettingstandards
 .example.gov.uk":mailto:rebecca.nolan@bettingstandards.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ali, Osman":mailto:osman.
 ali@bettingstandards.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Compliance Investigator (Enforcement) – interview\n
 Panel: Rebecca Nolan (Enforcement Manager)\, Osman Ali (Senior Investigato
 r).\nVenue: Victoria Square House\, Birmingham B2 – please sign in at recep
 tion on the ground floor.\n
UID:040000008200E00074C5B7101A82E00800000000ACACACAC4E1DDC0100000000000000001000000033166247903553998491149327366707
SUMMARY;LANGUAGE=en-GB:BSC interview: Compliance Investigator – Whitfield
DTSTART;TZID=GMT Standard Time:20251217T103000
DTEND;TZID=GMT Standard Time:20251217T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251208T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Victoria Square House\, Birmingham
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-handtyped-acronym",
        uid="E2F3A4B5-C6D7-48E9-8F0A-1B2C3D4E5F60",
        is_interview=1,
        company="Turf Integrity Board",
        role="Integrity Investigator",
        stage="",
        interviewers="",
        trap="handtyped-acronym-only-with-train-times",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E2F3A4B5-C6D7-48E9-8F0A-1B2C3D4E5F60
DTSTAMP:20260105T210500Z
CREATED:20260105T210400Z
DTSTART;TZID=Europe/London:20260112T113000
DTEND;TZID=Europe/London:20260112T123000
SUMMARY:TIB int Newmarket - integrity investigator
LOCATION:Turf Integrity Board\, High St Newmarket
DESCRIPTION:train 07:12 Leeds > Peterborough > Cambridge\, taxi. race-fixing
  / betting patterns Qs likely
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT1H30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-interview",
        uid="SF-ISCHED-000482913-20251028@thornbury.successfactors.example.eu",
        is_interview=1,
        company="Thornbury Retail Group",
        role="Investigations Manager (Loss Prevention)",
        stage="hiring_manager",
        interviewers="colin.wardle@thornburyretail.example.co.uk",
        trap="successfactors-retail-loss-prevention-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISCHED-000482913-20251028@thornbury.successfactors.example.eu
DTSTAMP:20251028T131313Z
DTSTART:20251031T140000Z
DTEND:20251031T150000Z
SUMMARY:Interview Invitation: Investigations Manager (Loss Prevention) - Req
  4829
ORGANIZER;CN=Thornbury Careers:mailto:noreply@thornbury.successfactors.examp
 le.eu
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Colin Wardle;PARTSTAT=ACCEPTED:mailto:colin.wardle@thornburyretai
 l.example.co.uk
LOCATION:Thornbury Support Centre\, Thorpe Park\, Leeds LS15
DESCRIPTION:Dear Rachel\,\nYou have been invited to interview with Colin Wa
 rdle (Head of Profit Protection) for the Investigations Manager (Loss Preve
 ntion) vacancy. The role leads internal investigations into colleague theft
  and organised retail crime and liaises with police.\nPlease accept or decl
 ine this invitation via the candidate portal.\n\nThornbury Retail Group
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-transferee-interview",
        uid="040000008200E00074C5B7101A82E00800000000BDBDBDBD4F1DDC0100000000000000001000000044948974278317809819728407470589",
        is_interview=1,
        company="Transit Police Service",
        role="Detective Sergeant (Transferee) – CID",
        stage="onsite",
        interviewers="alan.steer@transitpolice.example.uk;maxine.doyle@transitpolice.example.uk",
        trap="transferee-interview-with-custody-suite-mention",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="TPS Recruitment":mailto:recruitment@transitpolice.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Steer, Alan DI":mailto:al
 an.steer@transitpolice.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Doyle, Maxine":mailto:max
 ine.doyle@transitpolice.example.uk
DESCRIPTION;LANGUAGE=en-GB:Detective Sergeant (Transferee) – CID\, Northern 
 Area\n\nYour transferee interview will be held at Leeds station police pos
 t\, first floor meeting room (not the custody suite). Panel: DI Alan Steer 
 and Maxine Doyle (HR). Questions will be based on the CVF and the investiga
 tion of serious sexual offences on the rail network.\n
UID:040000008200E00074C5B7101A82E00800000000BDBDBDBD4F1DDC0100000000000000001000000044948974278317809819728407470589
SUMMARY;LANGUAGE=en-GB:TPS Transferee Interview – DS CID – Whitfield R
DTSTART;TZID=GMT Standard Time:20251001T150000
DTEND;TZID=GMT Standard Time:20251001T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:TPS Leeds Station Police Post
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="freemail-founder-coffee",
        uid="4mn7bv2cx9za1sd8fg5hj3kl6q@google.com",
        is_interview=1,
        company="Maplewood Security Consulting",
        role="Senior Consultant",
        stage="hiring_manager",
        interviewers="g.maplewood.security@gmail.com",
        trap="founder-freemail-coffee-is-actually-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251022T080000
DTEND;TZID=Europe/London:20251022T090000
DTSTAMP:20251019T173000Z
ORGANIZER;CN=Graham Maplewood:mailto:g.maplewood.security@gmail.com
UID:4mn7bv2cx9za1sd8fg5hj3kl6q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Graham Maplewood;X-NUM-GUESTS=0:mailto:g.maplewood.security@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
DESCRIPTION:Rachel – good to speak Friday. As discussed\, let's have a brew
  and I'll tell you more about the Senior Consultant post (due diligence & 
 internal investigations for corporate clients). Bring your CV – I'll have
  a few questions for you too. Graham (Founder\, Maplewood Security Consulti
 ng)
LOCATION:Laynes Espresso\, New Station St\, Leeds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee – Graham / Rachel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-trial-day",
        uid="9A8B7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3",
        is_interview=1,
        company="Kestrel Investigations",
        role="Investigator (insurance claims)",
        stage="onsite",
        interviewers="Phil",
        trap="unpaid-trial-day-owner-freemail-in-notes",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3
DTSTAMP:20251124T203030Z
CREATED:20251124T202950Z
DTSTART;TZID=Europe/London:20251129T083000
DTEND;TZID=Europe/London:20251129T163000
SUMMARY:Kestrel Investigations – trial day
LOCATION:Unit 4\, Calder Works\, Dewsbury
DESCRIPTION:Phil (owner\, kestrel.phil.investigations@hotmail.co.uk) wants
  me to shadow 2 insurance claimant interviews + write up a statement\, the
 n decide re the Investigator job. Saturday so no leave needed.
URL;VALUE=URI:
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-first-interview",
        uid="040000008200E00074C5B7101A82E00800000000CECECECE501DDC0100000000000000001000000055901699437494742410229341718281",
        is_interview=1,
        company="Castlegate Private Bank",
        role="AML Investigations Manager",
        stage="hiring_manager",
        interviewers="oscar.lindqvist@castlegatebank.example.com",
        trap="agency-sends-invite-client-bank-named",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Amelia Hart":mailto:amelia.hart@sterlingblue.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, 
 Oscar":mailto:oscar.lindqvist@castlegatebank.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\,\n\nConfirming your first interview w
 ith my client Castlegate Private Bank for the AML Investigations Manager ro
 le (Leeds office\, hybrid 3 days). You'll be meeting Oscar Lindqvist (Depu
 ty MLRO). Expect questions on SAR quality\, DAML requests and working with 
 the NCA-equivalent.\n\nAmelia Hart | Principal Consultant – Financial Crime
  | Sterling Blue Recruitment\n
UID:040000008200E00074C5B7101A82E00800000000CECECECE501DDC0100000000000000001000000055901699437494742410229341718281
SUMMARY;LANGUAGE=en-GB:1st interview – Castlegate Private Bank – AML Investi
 gations Manager
DTSTART;TZID=GMT Standard Time:20251119T120000
DTEND;TZID=GMT Standard Time:20251119T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Castlegate Private Bank\, 2 Park Square East\, Leeds
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-second-interview",
        uid="040000008200E00074C5B7101A82E00800000000DFDFDFDF511DDC0100000000000000001000000066925170980287650283627430114271",
        is_interview=1,
        company="Castlegate Private Bank",
        role="AML Investigations Manager",
        stage="onsite",
        interviewers="oscar.lindqvist@castlegatebank.example.com;nina.patel@castlegatebank.example.com",
        trap="second-interview-competency-plus-role-play",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Oscar":mailto:oscar.lindqvist@castlegatebank.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Patel, Nina":mailto:nina.
 patel@castlegatebank.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Amelia Hart":mailto:a
 melia.hart@sterlingblue.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Rachel – second stage\, with Nina Patel (Head of 
 Financial Crime Compliance) and myself. Includes a 15 min role-play: you ar
 e interviewing a relationship manager about unexplained client transfers.\n
 Oscar\n\n__________________________________________________________________
 ______________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.exam
 ple.com/l/meetup-join/19%3ameeting_CGPB2\nMeeting ID: 356 114 889 021\nPas
 scode: r7Kq3M\n___________________________________________________________
 _____________________\n
UID:040000008200E00074C5B7101A82E00800000000DFDFDFDF511DDC0100000000000000001000000066925170980287650283627430114271
SUMMARY;LANGUAGE=en-GB:Castlegate – 2nd stage – R Whitfield
DTSTART;TZID=GMT Standard Time:20251128T093000
DTEND;TZID=GMT Standard Time:20251128T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T161600Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="handtyped-final-mlro",
        uid="20251205-castlegate-final@rachel-macbook",
        is_interview=1,
        company="Castlegate Private Bank",
        role="AML Investigations Manager",
        stage="final",
        interviewers="Jeremy Castle",
        trap="handtyped-final-with-mlro-initialism",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:20251205-castlegate-final@rachel-macbook
DTSTAMP:20251205T184500Z
DTSTART;TZID=Europe/London:20251210T163000
DTEND;TZID=Europe/London:20251210T171500
SUMMARY:CPB final w/ MLRO (Jeremy Castle)
LOCATION:2 Park Sq East
DESCRIPTION:Amelia says last stage\, 'more of a fit chat'. Ask about on-cal
 l + bonus. Leave nick by 4.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-competency-interview",
        uid="WD-INT-6c0e1b9d3a8f47e2b5d4c3a2f1e0d9c8@meridianpay.myworkday.example.com",
        is_interview=1,
        company="Meridian Payments",
        role="Financial Crime Investigator",
        stage="hiring_manager",
        interviewers="lena.voss@meridianpay.example.com",
        trap="workday-video-interview-hirevue-mention",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-6c0e1b9d3a8f47e2b5d4c3a2f1e0d9c8@meridianpay.myworkday.example.com
DTSTAMP:20260108T101500Z
DTSTART:20260115T133000Z
DTEND:20260115T142000Z
SUMMARY:Interview: JR-11876 Financial Crime Investigator - Rachel Whitfield
ORGANIZER;CN=Meridian Payments Recruiting:mailto:meridianpay@myworkday.exampl
 e.com
ATTENDEE;CN=Rachel Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;CN=Lena Voss;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena.vos
 s@meridianpay.example.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Rachel\, thank you for completing the one-way video intervie
 w. Lena Voss (Investigations Team Lead) would now like to meet you. Intervi
 ew Type: Hiring Manager Interview\; Duration: 50 minutes.\n\nThis is an au
 tomated message from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-panel",
        uid="SF-ISCHED-000519077-20260119@larkspur.successfactors.example.eu",
        is_interview=1,
        company="Larkspur Bank",
        role="Fraud Investigations Team Leader",
        stage="onsite",
        interviewers="d.harrow@larkspurbank.example.co.uk;f.ncube@larkspurbank.example.co.uk",
        trap="successfactors-panel-interview-in-room",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:SF-ISCHED-000519077-20260119@larkspur.successfactors.example.eu
DTSTAMP:20260119T090000Z
DTSTART;TZID=Europe/London:20260127T100000
DTEND;TZID=Europe/London:20260127T110000
SUMMARY:Interview Invitation: Fraud Investigations Team Leader
ORGANIZER;CN=Larkspur Bank Recruitment:mailto:noreply@larkspur.successfactor
 s.example.eu
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=David Harrow;PARTSTAT=ACCEPTED:mailto:d.harrow@larkspurbank.exam
 ple.co.uk
ATTENDEE;CN=Faith Ncube;PARTSTAT=ACCEPTED:mailto:f.ncube@larkspurbank.exampl
 e.co.uk
LOCATION:Larkspur House\, Halifax - Meeting Room G.14
DESCRIPTION:Dear Rachel\,\nYou are invited to a panel interview with David H
 arrow and Faith Ncube for the Fraud Investigations Team Leader role.\nLarks
 pur Bank Recruitment
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone-transfer",
        uid="040000008200E00074C5B7101A82E00800000000E0E0E0E0521DDC0100000000000000001000000077777777888888889999999900000000",
        is_interview=1,
        company="Ribble Valley Constabulary",
        role="Detective Sergeant – Public Protection (transferee)",
        stage="onsite",
        interviewers="k.lomax@ribblevalley.police.example.uk",
        trap="windows-zone-name-without-vtimezone-public-protection",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lomax, Karen DCI":mailto:k.lomax@ribblevalley.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Rachel\, thanks for your transferee application.
  I'll interview you myself with an HR rep on the day. 40 mins\, questions o
 n safeguarding\, MAPPA/MARAC and supervising DCs. Karen\n
UID:040000008200E00074C5B7101A82E00800000000E0E0E0E0521DDC0100000000000000001000000077777777888888889999999900000000
SUMMARY;LANGUAGE=en-GB:RVC transferee interview – DS PPU
DTSTART;TZID=GMT Standard Time:20260203T143000
DTEND;TZID=GMT Standard Time:20260203T151000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Preston – Hutton HQ\, Block C
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-regulator-interview",
        uid="5c8e2a1f4b6d4e9a8c7b1d0e3f2a5b6c@webex.example.com",
        is_interview=1,
        company="Pensions Oversight Authority",
        role="Enforcement Investigator",
        stage="onsite",
        interviewers="helen.mcbride@poa.example.gov.uk;arjun.desai@poa.example.gov.uk",
        trap="webex-boilerplate-civil-service-behaviours",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5c8e2a1f4b6d4e9a8c7b1d0e3f2a5b6c@webex.example.com
DTSTAMP:20260112T141500Z
DTSTART:20260120T110000Z
DTEND:20260120T120000Z
SUMMARY:POA Interview - Enforcement Investigator (Ref POA-2291)
ORGANIZER;CN=Helen McBride:mailto:helen.mcbride@poa.example.gov.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Arjun Desai;PARTSTAT=ACCEPTED:mailto:arjun.desai@poa.example.gov.
 uk
LOCATION:https://poa.webex.example.com/meet/helen.mcbride
DESCRIPTION:Interview for Enforcement Investigator (SEO)\, Ref POA-2291.\nP
 anel: Helen McBride (chair) and Arjun Desai.\nBehaviours: Seeing the Big Pi
 cture\, Working Together\, Making Effective Decisions. Technical: the crimi
 nal offences under pensions legislation.\n\n-- Do not delete or change any 
 of the following text. --\n\nJoin meeting\nhttps://poa.webex.example.com/me
 et/helen.mcbride\nMeeting number (access code): 2375 118 4403\nJoin by phon
 e +44-20-7660-0118 United Kingdom Toll
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-charity-regulator",
        uid="zoom-88310267754-20260205@zoom.example.us",
        is_interview=1,
        company="Charity Standards Regulator",
        role="Senior Investigations Manager",
        stage="final",
        interviewers="s.tennant@charitystandards.example.gov.uk;r.kowalski@charitystandards.example.gov.uk",
        trap="zoom-final-interview-trustee-vocabulary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-88310267754-20260205@zoom.example.us
DTSTAMP:20260129T100000Z
DTSTART:20260205T100000Z
DTEND:20260205T110000Z
SUMMARY:CSR final interview – Senior Investigations Manager – R Whitfield
ORGANIZER;CN=Simon Tennant:mailto:s.tennant@charitystandards.example.gov.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION:mailto:rachel.whitfield.uk
 @gmail.com
ATTENDEE;CN=Renata Kowalski;PARTSTAT=ACCEPTED:mailto:r.kowalski@charitystand
 ards.example.gov.uk
LOCATION:https://charitystandards.zoom.example.us/j/88310267754
DESCRIPTION:Simon Tennant is inviting you to a scheduled Zoom meeting.\n\nF
 inal interview (Director of Investigations & Renata Kowalski\, Head of Inq
 uiries) – topics: statutory inquiries\, trustee misconduct\, terrorist-fi
 nancing risk in charities.\n\nJoin Zoom Meeting\nhttps://charitystandards.z
 oom.example.us/j/88310267754?pwd=Q1NSZmluYWw\n\nMeeting ID: 883 1026 7754\
 nPasscode: 204611
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-german-locale",
        uid="SF-ISCHED-000533210-20260106@hansekredit.successfactors.example.eu",
        is_interview=1,
        company="Hanse Kreditbank",
        role="Financial Crime Investigator (m/w/d)",
        stage="hiring_manager",
        interviewers="j.petersen@hansekredit.example.de",
        trap="german-template-vorstellungsgespraech-london-branch",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
{W_EUROPE}
BEGIN:VEVENT
UID:SF-ISCHED-000533210-20260106@hansekredit.successfactors.example.eu
DTSTAMP:20260106T120000Z
DTSTART;TZID=W. Europe Standard Time:20260113T150000
DTEND;TZID=W. Europe Standard Time:20260113T160000
SUMMARY:Vorstellungsgespräch: Financial Crime Investigator (m/w/d) – London
 Branch
ORGANIZER;CN=Hanse Kreditbank AG Recruiting:mailto:recruiting@hansekredit.ex
 ample.de
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Jens Petersen;PARTSTAT=ACCEPTED:mailto:j.petersen@hansekredit.ex
 ample.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Sehr geehrte Frau Whitfield\,\n\nvielen Dank für Ihre Bewerbung
 . Gerne laden wir Sie zu einem Vorstellungsgespräch mit Herrn Jens Peterse
 n (Leiter Financial Crime Investigations) ein.\n\nDear Ms Whitfield\, the i
 nterview will be held in English via Microsoft Teams. 15:00 CET = 14:00 UK 
 time.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hanse Kreditbank 
 AG
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-bilingual",
        uid="040000008200E00074C5B7101A82E00800000000F1F1F1F1531DDC0100000000000000001000000012345678123456781234567812345678",
        is_interview=1,
        company="International Police Liaison Office",
        role="Criminal Intelligence Officer (Financial Crime)",
        stage="onsite",
        interviewers="c.marchand@ipl-office.example.int;d.owusu@ipl-office.example.int",
        trap="french-entretien-romance-zone-police-liaison",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="IPLO Recrutement / Recruitment":mailto:recruitment@ipl-office.
 example.int
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whitf
 ield:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="MARCHAND Claire":mailto:c
 .marchand@ipl-office.example.int
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="OWUSU Daniel":mailto:d.ow
 usu@ipl-office.example.int
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous avons le plaisir de vous convier 
 à un entretien (visioconférence) pour le poste de Criminal Intelligence Of
 ficer (Financial Crime)\, secondment de 3 ans à Lyon.\nJury : Mme Claire Ma
 rchand et M. Daniel Owusu.\n\nThe interview will be conducted in English\; 
 a short French-language check may follow.\nPlease note the time is Lyon ti
 me (CET).\n\nService Recrutement\n
UID:040000008200E00074C5B7101A82E00800000000F1F1F1F1531DDC0100000000000000001000000012345678123456781234567812345678
SUMMARY;LANGUAGE=fr-FR:Entretien / Interview – Criminal Intelligence Office
 r (FC) – WHITFIELD Rachel
DTSTART;TZID=Romance Standard Time:20260210T100000
DTEND;TZID=Romance Standard Time:20260210T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Visioconférence (Teams)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-phone-screen",
        uid="gh-interview-9902217-6610043@greenhouse-mail.example.io",
        is_interview=1,
        company="Shoalwater",
        role="Trust & Safety Investigations Lead",
        stage="recruiter_screen",
        interviewers="priyanka.rao@shoalwater.example.com",
        trap="tech-trust-and-safety-greenhouse-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-9902217-6610043@greenhouse-mail.example.io
DTSTAMP:20260113T170000Z
DTSTART:20260116T120000Z
DTEND:20260116T123000Z
SUMMARY:Shoalwater: Recruiter Screen with Priyanka Rao
ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@shoalwater.example.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
LOCATION:Google Meet
DESCRIPTION:Role: Trust & Safety Investigations Lead (London / remote UK)\n
 Interviewer: Priyanka Rao\, Technical Recruiter\n\nJoin with Google Meet: h
 ttps://meet.google.com/twq-zsmr-ahk\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-virtual-onsite",
        uid="gh-interview-9902217-6644178@greenhouse-mail.example.io",
        is_interview=1,
        company="Shoalwater",
        role="Trust & Safety Investigations Lead",
        stage="onsite",
        interviewers="marcus.feld@shoalwater.example.com;aoife.byrne@shoalwater.example.com;tunde.ade@shoalwater.example.com",
        trap="virtual-onsite-multi-session-block",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-9902217-6644178@greenhouse-mail.example.io
DTSTAMP:20260123T110000Z
DTSTART:20260129T130000Z
DTEND:20260129T160000Z
SUMMARY:Virtual Onsite: Rachel Whitfield – Trust & Safety Investigations Le
 ad
ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@shoalwater.example.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rachel.w
 hitfield.uk@gmail.com
ATTENDEE;CN=Marcus Feld;PARTSTAT=ACCEPTED:mailto:marcus.feld@shoalwater.exam
 ple.com
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:aoife.byrne@shoalwater.exam
 ple.com
ATTENDEE;CN=Tunde Ade;PARTSTAT=ACCEPTED:mailto:tunde.ade@shoalwater.example.
 com
LOCATION:Google Meet (one link for all sessions)
DESCRIPTION:Schedule (UK time):\n13:00-13:45 Investigation case study – Ma
 rcus Feld (Head of T&S Investigations)\n14:00-14:45 Cross-functional colla
 boration – Aoife Byrne (Legal\, Law Enforcement Response)\n15:00-15:45 Val
 ues & leadership – Tunde Ade (Director\, Trust & Safety)\n\nJoin with Goog
 le Meet: https://meet.google.com/pyk-dkbn-fae\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-client-meeting",
        uid="040000008200E00074C5B7101A82E0080000000002020202541DDC0100000000000000001000000098989898767676765454545432323232",
        is_interview=1,
        company="Ashdown Grey",
        role="Associate Director, Investigations",
        stage="hiring_manager",
        interviewers="rupert.haines@ashdowngrey.example.com",
        trap="search-firm-organizer-meeting-not-interview-wording",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Charlotte Vane":mailto:cvane@blackthornsearch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Haines, Rupert":mailto:ru
 pert.haines@ashdowngrey.example.com
DESCRIPTION;LANGUAGE=en-GB:Rachel\,\n\nAs discussed\, Rupert Haines (Manag
 ing Director\, Investigations & Disputes) at Ashdown Grey would like to mee
 t you regarding the Associate Director\, Investigations appointment. Rupert
  will be in Leeds that day. Strictly confidential please.\n\nCharlotte Vane
 \nPartner\, Blackthorn Executive Search\n
UID:040000008200E00074C5B7101A82E0080000000002020202541DDC0100000000000000001000000098989898767676765454545432323232
SUMMARY;LANGUAGE=en-GB:Rupert Haines (Ashdown Grey) / Rachel Whitfield
DTSTART;TZID=GMT Standard Time:20260122T173000
DTEND;TZID=GMT Standard Time:20260122T183000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260114T101400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:The Queens Hotel\, City Square\, Leeds – lounge
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-template",
        uid="040000008200E00074C5B7101A82E0080000000013131313551DDC0100000000000000001000000024242424353535354646464657575757",
        is_interview=1,
        company="Banco Atlántico Sur",
        role="Financial Crime Investigator",
        stage="onsite",
        interviewers="lucia.ferrer@bancoatlanticosur.example.es;tom.hadley@bancoatlanticosur.example.es",
        trap="spanish-entrevista-template-london-branch",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Ferrer Ruiz, Lucía":mailto:lucia.ferrer@bancoatlanticosur.examp
 le.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rachel.whitf
 ield.uk@gmail.com:mailto:rachel.whitfield.uk@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hadley, Tom":mailto:tom.h
 adley@bancoatlanticosur.example.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista – Financial Crime Investigator (Sucur
 sal de Londres)\n\nEstimada Rachel:\nTe confirmamos la entrevista con Lucí
 a Ferrer (Responsable de Prevención de Blanqueo\, Madrid) y Tom Hadley (Fin
 ancial Crime Manager\, London). La entrevista será en inglés.\n\nDear Rach
 el\, this confirms your panel interview at our London branch\, 22 Moorgate
 \, EC2.\n\nUn saludo\,\nLucía\n
UID:040000008200E00074C5B7101A82E0080000000013131313551DDC0100000000000000001000000024242424353535354646464657575757
SUMMARY;LANGUAGE=es-ES:Entrevista: Financial Crime Investigator – Rachel Wh
 itfield
DTSTART;TZID=GMT Standard Time:20260218T113000
DTEND;TZID=GMT Standard Time:20260218T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:22 Moorgate\, Londres – Sala 3B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
]
