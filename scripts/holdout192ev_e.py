# ruff: noqa: W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part E: a cancelled interview and its new slot, a Spanish invite, Workday again, and entries
Ngozi typed herself (phone and desktop, floating times, X-WR-TIMEZONE export)."""

EVENTS = [
    dict(
        kind="workday-panel-hospital",
        uid="WD-INTV-44c0e8b2-91d3-4a57-b6e0-f2a19c7d3e58@aurorahealth.wd10.myworkday.com",
        interview=1,
        company="Aurora Health Network",
        role="Manager, Infrastructure Services",
        stage="onsite",
        interviewers="m.oconnell@aurorahealth.ca;jas.grewal@aurorahealth.ca;tomas.novak@aurorahealth.ca",
        trap="workday-hospital-panel-ontario",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:WD-INTV-44c0e8b2-91d3-4a57-b6e0-f2a19c7d3e58@aurorahealth.wd10.myworkday.com
DTSTAMP:20251124T155950Z
DTSTART;TZID=America/Toronto:20251201T090000
DTEND;TZID=America/Toronto:20251201T103000
SEQUENCE:0
SUMMARY:Panel Interview - Manager\, Infrastructure Services (JR-25-03318)
ORGANIZER;CN=Aurora Health Network Recruitment:mailto:aurorahealth@myworkday.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Maeve O'Connell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:M.OConnell@aurorahealth.ca
ATTENDEE;CN=Jas Grewal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jas.grewal@aurorahealth.ca
ATTENDEE;CN=Tomas Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tomas.novak@aurorahealth.ca
LOCATION:Zoom for Healthcare
DESCRIPTION:Dear Ngozi\,\n\nYou are invited to a panel interview for Mana
 ger\, Infrastructure Services (JR-25-03318).\n\nPanel: Maeve O'Connell (CI
 O)\, Jas Grewal (Director\, Clinical Applications)\, Tomas Novak (Manager\, 
 Cybersecurity)\n\nThe interview includes a 15-minute case review. You wil
 l receive the case 30 minutes before the start.\n\nZoom: https://aurorah
 ealth.zoom.us/j/95510229173\n\nThis is a system-generated message.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-responsable",
        uid="alhambra-rrhh-20251016-ngoziadeyemi@alhambrapharma.es",
        interview=1,
        company="Alhambra Pharma UK",
        role="IT Infrastructure Manager (UK)",
        stage="hiring_manager",
        interviewers="javier.molina@alhambrapharma.es",
        trap="spanish-outlook-entrevista-responsable-madrid",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
ORGANIZER;CN=Lucía Fernández (RRHH):mailto:lucia.fernandez@alhambrapharma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Molina:mailto:javier.molina@alhambrapharma.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Ngozi:\n\nTe confirmamos la entrevista
  con Javier Molina\, director de Sistemas del grupo y responsable de la c
 ontratación para el puesto de IT Infrastructure Manager en nuestra planta 
 de Reading (Reino Unido). La entrevista será en inglés y durará unos 60 m
 inutos.\n\nUn cordial saludo\,\nLucía Fernández\nRecursos Humanos – Alhamb
 ra Pharma\n\nUnirse a la reunión de Microsoft Teams: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_YWE2NjQ5\n
UID:alhambra-rrhh-20251016-ngoziadeyemi@alhambrapharma.es
SUMMARY;LANGUAGE=es-ES:Entrevista – IT Infrastructure Manager (UK) – Ngozi
  Adeyemi
DTSTART;TZID=Europe/Madrid:20251016T110000
DTEND;TZID=Europe/Madrid:20251016T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T102233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancelled",
        uid="9d7e2a10-4bb3-4c1f-a8de-55f0c3e91b72",
        interview=1,
        company="Pinnacle Data Centres",
        role="Cloud & Infrastructure Lead",
        stage="technical",
        interviewers="gavin.reid@pinnacledc.co.uk",
        trap="zoom-interview-method-cancel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
DTSTAMP:20251023T084109Z
DTSTART:20251024T120000Z
DTEND:20251024T130000Z
SUMMARY:Canceled: Pinnacle DC – Technical interview – Ngozi Adeyemi
UID:9d7e2a10-4bb3-4c1f-a8de-55f0c3e91b72
ORGANIZER;CN=Gavin Reid:mailto:gavin.reid@pinnacledc.co.uk
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT:mailto:ngozi.adeyemi.it@gmail.com
STATUS:CANCELLED
SEQUENCE:1
DESCRIPTION:Gavin Reid has cancelled this meeting. Apologies Ngozi – we h
 ave a site incident in Slough. Sonia will send a new time.\n\nCloud & Inf
 rastructure Lead – technical interview
LOCATION:https://pinnacledc.zoom.us/j/83377120045
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-rebooked",
        uid="4e8a1f63-7c2d-49b0-9f15-d3a6b8c0e274",
        interview=1,
        company="Pinnacle Data Centres",
        role="Cloud & Infrastructure Lead",
        stage="technical",
        interviewers="gavin.reid@pinnacledc.co.uk;t.wheeler@pinnacledc.co.uk",
        trap="zoom-interview-new-slot-after-cancel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTAMP:20251027T153215Z
DTSTART;TZID=Europe/London:20251030T110000
DTEND;TZID=Europe/London:20251030T120000
SUMMARY:Pinnacle DC – Technical interview (new time) – Ngozi Adeyemi
UID:4e8a1f63-7c2d-49b0-9f15-d3a6b8c0e274
ORGANIZER;CN=Gavin Reid:mailto:gavin.reid@pinnacledc.co.uk
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Tom Wheeler;ROLE=REQ-PARTICIPANT:mailto:T.Wheeler@pinnacledc.co.uk
ATTENDEE;CN=Sonia Marsh (Recruitment);ROLE=NON-PARTICIPANT:mailto:sonia.marsh@pinnacledc.co.uk
DESCRIPTION:Gavin Reid is inviting you to a scheduled Zoom meeting.\n\nJoi
 n Zoom Meeting\nhttps://pinnacledc.zoom.us/j/83377120045?pwd=dUdhY3ZxT0xs\n
 \nMeeting ID: 833 7712 0045\nPasscode: 220931\n\n---\nCloud & Infrastructu
 re Lead – technical interview with Gavin Reid (Head of Engineering) and To
 m Wheeler (Network Architect). Sonia (Recruitment) sent the new time.\n\n
 One tap mobile\n+442034815237\,\,83377120045# United Kingdom
LOCATION:https://pinnacledc.zoom.us/j/83377120045?pwd=dUdhY3ZxT0xs
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-cto-call",
        uid="A1C3E5F7-2B4D-4F6A-8C0E-1D3F5A7B9C2E",
        interview=1,
        company="Zuma Pay UK",
        role="",
        stage="",
        interviewers="Emeka",
        trap="typed-phone-entry-cto-call-floating",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1C3E5F7-2B4D-4F6A-8C0E-1D3F5A7B9C2E
DTSTAMP:20251002T203311Z
CREATED:20251002T203311Z
DTSTART:20251006T190000
DTEND:20251006T194500
SUMMARY:Zuma Pay UK – call w Emeka (CTO) re infra role
DESCRIPTION:he got my cv from Bisi. ask abt sponsorship\, team size\, on-c
 all. 7pm Lagos = 6pm UK
LOCATION:WhatsApp video
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-case-study",
        uid="lever-3d0a7b51-e8c2-4f19-a64d-7b2c9e05f183",
        interview=1,
        company="Kinetic Grid",
        role="Head of Cloud Platform",
        stage="technical",
        interviewers="hollie.grant@kineticgrid.energy;sipho.dlamini@kineticgrid.energy",
        trap="lever-case-study-presentation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:lever-3d0a7b51-e8c2-4f19-a64d-7b2c9e05f183
DTSTAMP:20251121T100744Z
DTSTART;TZID=Europe/London:20251128T100000
DTEND;TZID=Europe/London:20251128T111500
SUMMARY:Kinetic Grid – Case Study Presentation (Head of Cloud Platform)
ORGANIZER;CN=Kinetic Grid Talent:mailto:talent@kineticgrid.energy
ATTENDEE;CN=Hollie Grant;PARTSTAT=ACCEPTED:mailto:hollie.grant@kineticgrid.energy
ATTENDEE;CN=Sipho Dlamini;PARTSTAT=ACCEPTED:mailto:sipho.dlamini@kineticgrid.energy
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Google Meet
DESCRIPTION:Case study: you'll present your approach to moving our smart-m
 eter data platform from a single colo to multi-cloud (brief sent by email)
 . 30 min presentation + 45 min discussion with Hollie Grant (CTO) and Sip
 ho Dlamini (Head of Data Engineering).\n\nhttps://meet.google.com/pzx-rfbe
 -ahq
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-airline",
        uid="WD-INTV-71bb9e0c-3a62-4f8d-8c21-0e4d5a6f7b93@borealisair.wd5.myworkday.com",
        interview=1,
        company="Borealis Air",
        role="Manager, Hybrid Cloud Infrastructure",
        stage="hiring_manager",
        interviewers="nathalie.cote@borealisair.ca",
        trap="workday-hiring-manager-no-reply-organizer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:WD-INTV-71bb9e0c-3a62-4f8d-8c21-0e4d5a6f7b93@borealisair.wd5.myworkday.com
DTSTAMP:20251203T130022Z
DTSTART;TZID=America/Toronto:20251210T103000
DTEND;TZID=America/Toronto:20251210T113000
SEQUENCE:0
SUMMARY:Interview Scheduled: Manager\, Hybrid Cloud Infrastructure (REQ-59012)
ORGANIZER;CN=Borealis Air Careers:mailto:borealisair@myworkday.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Nathalie Côté;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nathalie.cote@borealisair.ca
LOCATION:Microsoft Teams
DESCRIPTION:Interview Type: Hiring Manager Interview\nInterviewer(s): Nath
 alie Côté\, Senior Director\, Infrastructure & Operations\nDuration: 60 mi
 nutes\n\nAll times are shown in Eastern Time (Montréal).\n\nThis is a syst
 em-generated message. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-second-round",
        uid="7u2rj9k4e1c8b0m5a3p6n2q1ds@google.com",
        interview=1,
        company="Thameside Bank",
        role="",
        stage="",
        interviewers="",
        trap="google-export-typed-2nd-rd-x-wr-timezone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Ngozi Adeyemi
X-WR-TIMEZONE:Africa/Lagos
BEGIN:VEVENT
DTSTART:20251015T140000Z
DTEND:20251015T150000Z
DTSTAMP:20251201T082210Z
UID:7u2rj9k4e1c8b0m5a3p6n2q1ds@google.com
CREATED:20251009T061405Z
DESCRIPTION:Thameside 2nd rd. Teams link in gmail (from Rebecca). Panel o
 f 3 - infra director + risk + HR. Revise DORA/operational resilience\, CAB
  metrics\, P1 stories!!
LAST-MODIFIED:20251009T061522Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thameside Bank 2nd rd
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-council",
        uid="5C0B2E8D-93A1-4E7F-B6D4-20F8A1C3E597",
        interview=1,
        company="Ravensbourne Council",
        role="Infrastructure Manager",
        stage="",
        interviewers="",
        trap="typed-ios-council-intvw-abbreviation",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:5C0B2E8D-93A1-4E7F-B6D4-20F8A1C3E597
DTSTAMP:20251112T181540Z
CREATED:20251112T181540Z
DTSTART;TZID=Europe/London:20251125T100000
DTEND;TZID=Europe/London:20251125T110000
SUMMARY:Ravensbourne Cncl intvw - Infrastructure Manager
DESCRIPTION:UK time!! (11am Lagos). Presentation 10 mins on cyber resilie
 nce for local govt. Bring ID for right to work chk
LOCATION:Teams
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-desktop",
        uid="b3f0e7a2-5d1c-4e98-9a2b-6c4d8f1e0a37",
        interview=1,
        company="Clearwater Systems",
        role="",
        stage="recruiter_screen",
        interviewers="Jan",
        trap="typed-thunderbird-recruiter-screen-named-employer",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@TZ:Africa/Lagos@@
BEGIN:VEVENT
CREATED:20251117T192033Z
LAST-MODIFIED:20251117T192101Z
DTSTAMP:20251117T192101Z
UID:b3f0e7a2-5d1c-4e98-9a2b-6c4d8f1e0a37
SUMMARY:Clearwater Systems - screening w/ Jan (in-house recruiter)
DTSTART;TZID=Africa/Lagos:20251119T153000
DTEND;TZID=Africa/Lagos:20251119T160000
DESCRIPTION:she will call +234 803 555 0142. salary in GBP - say 85-95k. 
 notice = 3 months at MTB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
