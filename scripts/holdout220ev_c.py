"""holdout220 events, part C: ATS and scheduling tools, mostly English (raw iCalendar)."""

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-INTERVIEW-2f9c81ab5d3e4f0a9b7c6d5e4f3a2b1c",
        iv=1, company="Rheinpharm", role="IT Infrastructure Engineer (Windows/VMware)", stage="recruiter_screen",
        who="annika.schmid@rheinpharm.com",
        trap="workday-recruiter-screen-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:WD-INTERVIEW-2f9c81ab5d3e4f0a9b7c6d5e4f3a2b1c
DTSTAMP:20250402T115820Z
DTSTART;TZID=Europe/Zurich:20250407T120000
DTEND;TZID=Europe/Zurich:20250407T123000
SUMMARY:Interview for R-0048812 IT Infrastructure Engineer (Windows/VMware) (Open)
ORGANIZER;CN=rheinpharm@myworkday.com:mailto:rheinpharm@myworkday.com
ATTENDEE;CN=Lukas Zbinden;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Annika Schmid;ROLE=REQ-PARTICIPANT:mailto:annika.schmid@rheinpharm.com
DESCRIPTION:Dear Lukas\,\n\nThank you for your interest in Rheinpharm. You a
 re scheduled for a phone interview with Annika Schmid (Talent Acquisition
  Partner) for the position R-0048812 IT Infrastructure Engineer (Windows/VM
 ware)\, Basel.\n\nAnnika will call you on +41794125833.\n\nKind regards\,\n
 Rheinpharm Talent Acquisition
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="panel-interview",
        uid="WD-INTERVIEW-7a1e3c5b9d2f4e6a8c0b1d3f5a7c9e2b",
        iv=1, company="Rheinpharm", role="IT Infrastructure Engineer (Windows/VMware)", stage="onsite",
        who="thomas.gysin@rheinpharm.com;priya.raman@rheinpharm.com;oliver.meier@rheinpharm.com",
        trap="workday-onsite-panel-basel-with-schedule",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:WD-INTERVIEW-7a1e3c5b9d2f4e6a8c0b1d3f5a7c9e2b
DTSTAMP:20250417T090103Z
DTSTART;TZID=Europe/Zurich:20250428T090000
DTEND;TZID=Europe/Zurich:20250428T120000
SUMMARY:Interview for R-0048812 IT Infrastructure Engineer (Windows/VMware) (Open)
ORGANIZER;CN=rheinpharm@myworkday.com:mailto:rheinpharm@myworkday.com
ATTENDEE;CN=Lukas Zbinden;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Thomas Gysin;ROLE=REQ-PARTICIPANT:mailto:thomas.gysin@rheinpharm.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@rheinpharm.com
ATTENDEE;CN=Oliver Meier;ROLE=REQ-PARTICIPANT:mailto:oliver.meier@rheinpharm.com
DESCRIPTION:Dear Lukas\,\n\nWe are pleased to invite you to an on-site inter
 view at Rheinpharm Campus\, Building 210\, Klybeckstrasse 141\, 4057 Basel.
 \n\n09:00 Thomas Gysin\, Head of Infrastructure Operations\n09:45 Priya R
 aman\, Senior Cloud Engineer (technical deep dive)\n10:45 Oliver Meier\, S
 ite IT Lead Basel\n11:30 Campus tour\n\nPlease bring a valid ID for the ga
 te. Visitor parking is not available.\n\nKind regards\,\nRheinpharm Talent
  Acquisition
LOCATION:Rheinpharm Campus\, Building 210\, Basel
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="greenhouse-technical",
        uid="greenhouse-interview-58821734-techscreen@greenhouse.io",
        iv=1, company="Ledgerline", role="Site Reliability Engineer - Platform", stage="technical",
        who="jan.vonaesch@ledgerline.ch",
        trap="greenhouse-utc-technical-zoom",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-58821734-techscreen@greenhouse.io
DTSTAMP:20250409T143355Z
DTSTART:20250415T130000Z
DTEND:20250415T140000Z
SUMMARY:Lukas Zbinden <> Ledgerline | Technical Interview
ORGANIZER;CN=Ledgerline Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Jan von Aesch:mailto:jan.vonaesch@ledgerline.ch
LOCATION:https://ledgerline.zoom.us/j/86613920441?pwd=bE9xK2ZvT3FvUmVpQ1dL
DESCRIPTION:Hi Lukas\,\n\nYou'll be meeting with Jan von Aesch (Staff SRE) f
 or a 60-minute technical interview: Linux troubleshooting on a shared term
 inal\, networking basics (VLANs\, DNS\, TLS) and an incident walk-through.
 \n\nJoin Zoom Meeting\nhttps://ledgerline.zoom.us/j/86613920441?pwd=bE9xK
 2ZvT3FvUmVpQ1dL\nMeeting ID: 866 1392 0441\nPasscode: 531204\n\nBest\,\nLe
 dgerline Talent Team
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="lever-screen",
        uid="lever-8b1f0d2e-4c6a-4e9b-a3d5-f7c91e2b4a60",
        iv=1, company="Nordwand Systems", role="Platform Engineer (Zurich)", stage="recruiter_screen",
        who="mia.hartmann@nordwand.io",
        trap="lever-recruiter-screen-google-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-8b1f0d2e-4c6a-4e9b-a3d5-f7c91e2b4a60
DTSTAMP:20250414T082017Z
DTSTART:20250422T090000Z
DTEND:20250422T093000Z
SUMMARY:Nordwand Systems: Lukas Zbinden - Recruiter Screen
ORGANIZER;CN=Mia Hartmann:mailto:mia.hartmann@nordwand.io
ATTENDEE;CN=Lukas Zbinden;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Mia Hartmann;PARTSTAT=ACCEPTED:mailto:mia.hartmann@nordwand.io
LOCATION:https://meet.google.com/xbd-pwqe-kma
DESCRIPTION:Hi Lukas\, looking forward to our chat about the Platform Engin
 eer (Zurich) role! 30 min\, we'll cover your background\, what you're look
 ing for and the process. Join: https://meet.google.com/xbd-pwqe-kma
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="lever-cancelled",
        uid="lever-c03a7e19-9d2b-4f1e-8a64-2b5d0c7e3f91",
        iv=1, company="Nordwand Systems", role="Platform Engineer (Zurich)", stage="technical",
        who="felix.baumann@nordwand.io",
        trap="cancelled-technical-method-cancel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:lever-c03a7e19-9d2b-4f1e-8a64-2b5d0c7e3f91
DTSTAMP:20250430T151144Z
DTSTART:20250505T120000Z
DTEND:20250505T133000Z
SUMMARY:Canceled: Nordwand Systems: Lukas Zbinden - Technical Interview (Infrastructure)
ORGANIZER;CN=Mia Hartmann:mailto:mia.hartmann@nordwand.io
ATTENDEE;CN=Lukas Zbinden;RSVP=FALSE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Felix Baumann:mailto:felix.baumann@nordwand.io
DESCRIPTION:Hi Lukas\, unfortunately we have to cancel the technical interv
 iew with Felix Baumann as the position has been put on hold. I'll reach ou
 t as soon as we know more. Sorry for the inconvenience! Mia
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="ashby-final",
        uid="ashby-interview-event-4e0d8b2c-51fa-4c37-9e21-6a8f3b0c7d15",
        iv=1, company="Hashwerk", role="Infrastructure Engineer", stage="final",
        who="nina@hashwerk.ch;david@hashwerk.ch",
        trap="ashby-final-with-founders",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-4e0d8b2c-51fa-4c37-9e21-6a8f3b0c7d15
DTSTAMP:20250512T070412Z
DTSTART:20250516T130000Z
DTEND:20250516T140000Z
SUMMARY:Final Interview - Lukas Zbinden (Infrastructure Engineer)
ORGANIZER;CN=Hashwerk Hiring:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Nina Studer:mailto:nina@hashwerk.ch
ATTENDEE;CN=David Roth:mailto:david@hashwerk.ch
LOCATION:Hashwerk Office\, Förrlibuckstrasse 110\, 8005 Zürich
DESCRIPTION:Hi Lukas\,\n\nYour final interview with our founders Nina Stude
 r (CEO) and David Roth (CTO) is confirmed. We'll talk about how you'd own
  our infrastructure end to end (on-call\, security\, cost) and about values
  and working style.\n\nNeed to reschedule? Use this link: https://jobs.ash
 byhq.com/hashwerk/reschedule/4e0d8b2c\n\nPowered by Ashby
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="smartrecruiters",
        uid="SR-INT-6a4c2e0b-8d1f-4b3a-9c7e-5f2d1a0b9c8e",
        iv=1, company="Medivia Group", role="System Engineer Healthcare IT (m/w/d)", stage="hiring_manager",
        who="stefan.wittwer@medivia.com",
        trap="smartrecruiters-hiring-manager-goto",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:SR-INT-6a4c2e0b-8d1f-4b3a-9c7e-5f2d1a0b9c8e
DTSTAMP:20250425T134509Z
DTSTART;TZID=Europe/Zurich:20250502T140000
DTEND;TZID=Europe/Zurich:20250502T144500
SUMMARY:Interview: System Engineer Healthcare IT (m/w/d) – Lukas Zbinden
ORGANIZER;CN=Medivia Group Careers:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Lukas Zbinden;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Stefan Wittwer;ROLE=REQ-PARTICIPANT:mailto:stefan.wittwer@medivia.com
DESCRIPTION:Hallo Lukas\,\n\nStefan Wittwer (Head of IT Operations\, Hiring
  Manager) freut sich auf das Gespräch mit dir. Wir treffen uns per GoTo Mee
 ting:\nhttps://meet.goto.com/417285093\nZugangscode: 417-285-093\nSchweiz
 : +41 225 4599 78\n\nDein Medivia Talent Team
LOCATION:GoTo Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="icims-final",
        uid="icims-interview-2025-000731-88121@icims.com",
        iv=1, company="Stratacore", role="Senior Systems Engineer, EMEA", stage="final",
        who="rachel.oconnor@stratacore.com",
        trap="icims-final-vp-new-york-timezone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Talent Cloud//EN
METHOD:REQUEST
@VTZ:NEW_YORK@
BEGIN:VEVENT
UID:icims-interview-2025-000731-88121@icims.com
DTSTAMP:20250513T181522Z
DTSTART;TZID=America/New_York:20250520T100000
DTEND;TZID=America/New_York:20250520T104500
SUMMARY:Stratacore Interview - Senior Systems Engineer\, EMEA (2025-000731)
ORGANIZER;CN=Stratacore Talent:mailto:stratacore-talent@talent.icims.com
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Rachel O'Connor:mailto:rachel.oconnor@stratacore.com
DESCRIPTION:Hello Lukas\,\n\nThis is the final step: a 45-minute conversatio
 n with Rachel O'Connor\, VP Global Infrastructure\, based in New York. Pl
 ease note the time is shown in Eastern Time (4:00 PM in Zurich).\n\nMicros
 oft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3%40t
 hread.v2/0\nDial-in: +1 646-838-1601\,,884213907#\n\nStratacore Talent Acq
 uisition
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="goodtime-loop",
        uid="goodtime-7c2b9e4a-1f3d-4a8c-b6e0-9d5f2a1c3e7b@goodtime.io",
        iv=1, company="Clearpath Analytics", role="Infrastructure Engineer - Zurich Hub", stage="onsite",
        who="lena.frei@clearpath.ai;marcus.webb@clearpath.ai",
        trap="goodtime-virtual-onsite-loop",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7c2b9e4a-1f3d-4a8c-b6e0-9d5f2a1c3e7b@goodtime.io
DTSTAMP:20250506T094010Z
DTSTART:20250514T070000Z
DTEND:20250514T093000Z
SUMMARY:Clearpath Analytics - Virtual Onsite - Lukas Zbinden
ORGANIZER;CN=Clearpath Recruiting Coordination:mailto:scheduling@clearpath.ai
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Hi Lukas\,\n\nHere is your virtual onsite for Infrastructure Eng
 ineer - Zurich Hub (all times CEST):\n\n09:00-09:45 Systems design - Lena
  Frei (lena.frei@clearpath.ai)\n09:50-10:35 Troubleshooting & on-call - M
 arcus Webb (marcus.webb@clearpath.ai)\n10:40-11:30 Values & collaboration
  - Lena Frei\n\nZoom: https://clearpath.zoom.us/j/92284417730\n\nScheduled
  with GoodTime by Hanna Keel\, Recruiting Coordinator
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="modernloop-panel",
        uid="ml-evt-31f7d0c2a98b4e65@modernloop.io",
        iv=1, company="Vaultmesh", role="Systems Engineer, Hybrid Cloud", stage="technical",
        who="sandro.pfister@vaultmesh.com;elif.yilmaz@vaultmesh.com",
        trap="modernloop-technical-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-31f7d0c2a98b4e65@modernloop.io
DTSTAMP:20250519T120000Z
DTSTART:20250523T080000Z
DTEND:20250523T091500Z
SUMMARY:[Vaultmesh] Technical Panel: Lukas Zbinden
ORGANIZER;CN=Vaultmesh Talent:mailto:talent@vaultmesh.com
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Sandro Pfister:mailto:sandro.pfister@vaultmesh.com
ATTENDEE;CN=Elif Yilmaz:mailto:elif.yilmaz@vaultmesh.com
DESCRIPTION:Panel: Sandro Pfister (Engineering Manager) and Elif Yilmaz (Se
 nior Systems Engineer). Topics: hybrid networking (VLAN\, BGP basics)\, Ter
 raform\, backup/restore scenario.\n\nGoogle Meet: https://meet.google.com/
 rty-uqpw-zfe\n\nScheduled via ModernLoop
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="teamtailor-intro",
        uid="teamtailor-meeting-9921447@teamtailor.com",
        iv=1, company="Quellwerk", role="System Engineer Linux & Windows (80-100%)", stage="",
        who="sarah.lehmann@quellwerk.ch",
        trap="teamtailor-kennenlernen-no-stage",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:teamtailor-meeting-9921447@teamtailor.com
DTSTAMP:20250403T160233Z
DTSTART;TZID=Europe/Zurich:20250411T080000
DTEND;TZID=Europe/Zurich:20250411T084500
SUMMARY:Kennenlernen Quellwerk x Lukas
ORGANIZER;CN=Sarah Lehmann:mailto:sarah.lehmann@quellwerk.ch
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Sarah Lehmann:mailto:sarah.lehmann@quellwerk.ch
DESCRIPTION:Hoi Lukas! Mega\, dass du dich für die Stelle «System Engineer L
 inux & Windows (80-100%)» beworben hast. Lass uns bei einem Kafi in unsere
 m Büro im Breitenrain quatschen – ganz locker\, wir lernen uns gegenseitig
  kennen. Sarah\n\nStandortstrasse 33\, 3014 Bern
LOCATION:Quellwerk AG\, Standortstrasse 33\, 3014 Bern
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="teamtailor-techtalk",
        uid="teamtailor-meeting-9934802@teamtailor.com",
        iv=1, company="Quellwerk", role="System Engineer Linux & Windows (80-100%)", stage="technical",
        who="tobias.jost@quellwerk.ch;sarah.lehmann@quellwerk.ch",
        trap="teamtailor-techtalk-whiteboard",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:teamtailor-meeting-9934802@teamtailor.com
DTSTAMP:20250415T101010Z
DTSTART;TZID=Europe/Zurich:20250425T150000
DTEND;TZID=Europe/Zurich:20250425T163000
SUMMARY:Tech-Talk Quellwerk x Lukas
ORGANIZER;CN=Sarah Lehmann:mailto:sarah.lehmann@quellwerk.ch
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Tobias Jost:mailto:tobias.jost@quellwerk.ch
ATTENDEE;CN=Sarah Lehmann:mailto:sarah.lehmann@quellwerk.ch
DESCRIPTION:Hoi Lukas\, Runde 2: Tobias (CTO) zeigt dir unser Setup (Proxmo
 x\, Ansible\, M365) und stellt dir ein paar Fragen am Whiteboard – z.B. wi
 e du ein VLAN-Redesign für einen KMU-Kunden angehen würdest. Kein Stress\,
  kein Leetcode. Sarah
LOCATION:Quellwerk AG\, Standortstrasse 33\, 3014 Bern
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="entrevista",
        uid="0qj4c8ts2b6nl1mv9e3k5a7frd@google.com",
        iv=1, company="Iberdata Cloud Services", role="Ingeniero/a de Sistemas - Centro de Datos Zúrich",
        stage="recruiter_screen", who="lucia.fernandez@iberdata.es",
        trap="spanish-entrevista-europe-madrid",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
@VTZ:MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250508T120000
DTEND;TZID=Europe/Madrid:20250508T123000
DTSTAMP:20250505T083015Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@iberdata.es
UID:0qj4c8ts2b6nl1mv9e3k5a7frd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez@iberdata.es
DESCRIPTION:Hola Lukas\,\n\nGracias por tu interés en el puesto de Ingenier
 o/a de Sistemas para nuestro nuevo centro de datos en Zúrich. Te propongo
  una primera entrevista de 30 minutos (en español o inglés\, como prefieras
 ).\n\nUnirse con Google Meet: https://meet.google.com/ahs-fgno-pqc\n\nUn s
 aludo\,\nLucía Fernández\, Talent Acquisition\, Iberdata Cloud Services
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Lukas Zbinden - Ingeniero/a de Sistemas (Zúrich)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="agency-call-london",
        uid="040000008200E00074C5B7101A82E00800000000A7E9C2D48FC3DB01000000000000000010000000DEADBEEF00C0FFEE1234",
        iv=1, company="Helix Re", role="Infrastructure Team Lead", stage="recruiter_screen",
        who="oliver.grant@kingsleytech.co.uk",
        trap="london-agency-screen-named-client-gmt",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:LONDON@
BEGIN:VEVENT
ORGANIZER;CN="Oliver Grant":mailto:oliver.grant@kingsleytech.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
DESCRIPTION;LANGUAGE=en-GB:Hi Lukas\,\n\nGreat speaking on LinkedIn. As me
 ntioned\, I'm retained by Helix Re for an Infrastructure Team Lead in thei
 r Zurich office (team of 6\, Windows/VMware/Azure\, 24/7 on-call rota). Le
 t's do a proper screening call so I can present you to their Head of IT.
 \n\nI'll ring you on +41 79 412 58 33.\n\nCheers\,\nOliver Grant\nPrincip
 al Consultant\, Kingsley Tech Recruitment\, London\n
UID:040000008200E00074C5B7101A82E00800000000A7E9C2D48FC3DB01000000000000000010000000DEADBEEF00C0FFEE1234
SUMMARY;LANGUAGE=en-GB:Lukas Zbinden / Kingsley Tech - screening call
DTSTART;TZID=Europe/London:20250521T080000
DTEND;TZID=Europe/London:20250521T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T163020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
]
