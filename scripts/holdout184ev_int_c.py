# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events, part C: Microsoft Bookings, Hireline, Ashby, a cancelled Greenhouse invite, a
paid work trial, CodeSignal, GoodTime, Cal.com and the user's own hand-typed entries.
Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_BOG, TZ_LA, TZ_MX, TZ_NY, WIN_MX, ev

EVENTS = [
    ev("bookings-intro", "040000008200E00074C5B7101A82E00800000000F7A1C2D3E4B6DC01000000000000000010000000C0B0A09080706050403020100F0E0D0C",
       1, "Cobalto Software", "Desarrollador Backend Python", "recruiter_screen", "rebeca.garza@cobaltosoftware.com",
       "microsoft-bookings-spanish-nearshore-employer", ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_MX}
BEGIN:VEVENT
ORGANIZER;CN=Talento Cobalto:mailto:TalentoCobalto@cobaltosoftware.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina:mailto:alex.riosm.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Garza, Rebeca":mailto:rebeca.garza@cobaltosoftware.com
DESCRIPTION;LANGUAGE=es-MX:Su cita ha sido reservada.\n\nServicio: Entrevista inicial (30 min) – Desarrollador Backend Python\nPersonal: Rebeca Garza\n\nCobalto Software · Monterrey\, N.L.\n\nPlaticaremos sobre su experiencia\, disponibilidad y el esquema de trabajo con nuestros clientes en EE. UU.\n\nPara cambiar o cancelar su cita\, visite la página de reservas.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2JhMzE0%40thread.v2/0>\nId. de reunión: 231 556 908 411\nCódigo de acceso: 3vW8Lk\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F7A1C2D3E4B6DC01000000000000000010000000C0B0A09080706050403020100F0E0D0C
SUMMARY;LANGUAGE=es-MX:Entrevista inicial (30 min) – Desarrollador Backend Python
DTSTART;TZID=Central Standard Time (Mexico):20260306T170000
DTEND;TZID=Central Standard Time (Mexico):20260306T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260303T031122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("hireline-screen", "hl-2026-0313-77120@hireline.io", 1, "Kaxa", "Senior Backend Engineer (Node/Go)",
       "recruiter_screen", "paulina.reyes@hireline.io", "local-tech-recruiting-platform-screen-for-named-employer",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Hireline//Agenda//ES
VERSION:2.0
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
UID:hl-2026-0313-77120@hireline.io
DTSTAMP:20260311T014455Z
DTSTART;TZID=America/Mexico_City:20260313T130000
DTEND;TZID=America/Mexico_City:20260313T132500
SUMMARY:Entrevista Hireline: Senior Backend Engineer @ Kaxa
ORGANIZER;CN=Paulina Reyes (Hireline):mailto:paulina.reyes@hireline.io
ATTENDEE;CN=Paulina Reyes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paulina.reyes@hireline.io
ATTENDEE;CN=Alejandro Ríos;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:¡Hola Alejandro! 👋\n\nSoy Paulina\, tu Talent Advisor en Hireline. En esta llamada de 25 min validamos tu perfil para la vacante Senior Backend Engineer (Node/Go) en Kaxa (fintech de pagos\, CDMX\, esquema remoto). Si todo hace match\, te presentamos con su equipo de ingeniería esta misma semana.\n\nLiga: https://meet.google.com/hln-kaxa-prf
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("pair-programming", "ashby-55e0d1c7-pairing-alejandro@bluefindata.com", 1, "Bluefin Data",
       "Senior Backend Engineer (Data Platform)", "technical", "ahmed@bluefindata.com",
       "ashby-pair-programming-no-interview-in-summary", fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-55e0d1c7-pairing-alejandro@bluefindata.com
DTSTAMP:20260320T210347Z
DTSTART:20260327T190000Z
DTEND:20260327T200000Z
SUMMARY:Pair Programming (60 min) – Bluefin Data
ORGANIZER;CN=Bluefin Data Recruiting:mailto:talent@bluefindata.com
ATTENDEE;CN=Ahmed Karimi;PARTSTAT=ACCEPTED:mailto:ahmed@bluefindata.com
ATTENDEE;CN=Alejandro Ríos Medina;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro – for the Senior Backend Engineer (Data Platform) process\, this is a pairing session with Ahmed. You'll work together in a small FastAPI + Postgres repo; we'll send a GitHub invite an hour before. Use your own editor and setup.\n\nGoogle Meet: https://meet.google.com/bfd-pair-tst\n\nScheduled with Ashby
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cancelled-interview", "4m6o8q0s2u4w6y8a0c2e4g6i8k@google.com", 1, "Waypoint Freight", "Senior Software Engineer",
       "hiring_manager", "ellen.ross@waypointfreight.com", "greenhouse-hiring-manager-cancelled", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260415T130000
DTEND;TZID=America/New_York:20260415T134500
DTSTAMP:20260413T141958Z
ORGANIZER;CN=Waypoint Freight Recruiting:mailto:recruiting@waypointfreight.com
UID:4m6o8q0s2u4w6y8a0c2e4g6i8k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ellen Ross;X-NUM-GUESTS=0:mailto:ellen.ross@waypointfreight.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260407T180412Z
DESCRIPTION:Hi Alejandro\, I'm very sorry – Ellen is out sick this week. We'll send new times shortly.\n\nWaypoint Freight – Hiring Manager Interview\, Senior Software Engineer\nInterviewer: Ellen Ross\, Director of Engineering\n\nJoin Zoom Meeting: https://waypointfreight.zoom.us/j/94410023377
LAST-MODIFIED:20260413T141958Z
LOCATION:https://waypointfreight.zoom.us/j/94410023377
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled: Waypoint Freight - Hiring Manager Interview (Alejandro Ríos Medina)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("paid-work-trial", "6n8p0r2t4v6x8z0b2d4f6h8j0l@google.com", 1, "Orbitale", "Backend Engineer", "technical",
       "leo@orbitale.dev", "paid-work-trial-day-with-buddy", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260422T100000
DTEND;TZID=America/New_York:20260422T170000
DTSTAMP:20260416T172002Z
ORGANIZER;CN=Leo Marchetti:mailto:leo@orbitale.dev
UID:6n8p0r2t4v6x8z0b2d4f6h8j0l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leo Marchetti;X-NUM-GUESTS=0:mailto:leo@orbitale.dev
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260416T172000Z
DESCRIPTION:Paid work trial (1 day\, USD 400 via Deel). You'll pick up a real ticket from our backlog (webhook retries for the billing service)\, ship it with me as your buddy\, and join standup + demo at 4pm. Founders will ask you a few questions at the end of the day.\n\nSlack guest invite coming tonight.\nMeet: https://meet.google.com/orb-tria-lxx
LAST-MODIFIED:20260416T172002Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Orbitale work trial – Alejandro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("proctored-assessment", "gh-oa-trellislegal-8841203@google.com", 1, "Trellis Legal", "Backend Engineer",
       "technical", "", "scheduled-online-coding-assessment-no-interviewer", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260323T100000
DTEND;TZID=America/New_York:20260323T111000
DTSTAMP:20260319T135101Z
ORGANIZER;CN=Trellis Legal Recruiting:mailto:jobs@trellislegal.com
UID:gh-oa-trellislegal-8841203@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260319T135059Z
DESCRIPTION:Hi Alejandro\,\n\nAs the next step for Backend Engineer at Trellis Legal\, please complete the CodeSignal General Coding Assessment in the slot you selected. It's proctored (camera on) and takes 70 minutes.\n\nAssessment link (active only during your slot): https://app.codesignal.com/test/Tr3ll1sGCA\n\nGood luck!\nTrellis Legal Recruiting
LAST-MODIFIED:20260319T135101Z
LOCATION:https://app.codesignal.com/test/Tr3ll1sGCA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trellis Legal – Online Assessment (CodeSignal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("deep-dive", "0p2r4t6v8x0z2b4d6f8h0j2l4n@google.com", 1, "Trellis Legal", "Backend Engineer", "technical",
       "hannes.berg@trellislegal.com", "technical-deep-dive-past-project", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260402T140000
DTEND;TZID=America/New_York:20260402T150000
DTSTAMP:20260327T161140Z
ORGANIZER;CN=Trellis Legal Recruiting:mailto:jobs@trellislegal.com
UID:0p2r4t6v8x0z2b4d6f8h0j2l4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannes Berg;X-NUM-GUESTS=0:mailto:hannes.berg@trellislegal.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260327T161138Z
DESCRIPTION:Technical Deep Dive with Hannes Berg (Staff Engineer). Pick one system you've built end to end – we'll go deep on the data model\, failure modes and what you'd change.\n\nJoin Zoom: https://trellislegal.zoom.us/j/97035512908
LAST-MODIFIED:20260327T161140Z
LOCATION:https://trellislegal.zoom.us/j/97035512908
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trellis Legal: Technical Deep Dive – Alejandro Ríos Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime-final", "goodtime-0c9d7e1f2a3b4c5d6e7f8a9b@goodtime.io", 1, "Semaphore Health",
       "Sr. Backend Engineer", "final",
       "claire.donovan@semaphorehealth.com;marcus.webb@semaphorehealth.com;ana.pires@semaphorehealth.com",
       "goodtime-final-round-confirmation", ics=rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
UID:goodtime-0c9d7e1f2a3b4c5d6e7f8a9b@goodtime.io
DTSTAMP:20260424T150022Z
DTSTART;TZID=America/New_York:20260430T100000
DTEND;TZID=America/New_York:20260430T123000
SUMMARY:Interview Confirmation: Alejandro Rios Medina | Semaphore Health | Sr. Backend Engineer – Final Round
ORGANIZER;CN=Semaphore Health Recruiting:mailto:scheduling@semaphorehealth.com
ATTENDEE;CN=Claire Donovan;ROLE=REQ-PARTICIPANT:mailto:claire.donovan@semaphorehealth.com
ATTENDEE;CN=Marcus Webb;ROLE=REQ-PARTICIPANT:mailto:marcus.webb@semaphorehealth.com
ATTENDEE;CN=Ana Pires;ROLE=REQ-PARTICIPANT:mailto:ana.pires@semaphorehealth.com
ATTENDEE;CN=Alejandro Rios Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYour final round with Semaphore Health is confirmed.\n\n10:00 AM – 10:50 AM ET: Claire Donovan\, VP Engineering\n10:50 AM – 11:40 AM ET: Marcus Webb\, Principal Engineer (system design)\n11:40 AM – 12:30 PM ET: Ana Pires\, Product Manager\n\nZoom: https://semaphorehealth.zoom.us/j/98124450016\n\nScheduled by GoodTime on behalf of Semaphore Health.
LOCATION:https://semaphorehealth.zoom.us/j/98124450016
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calcom-intro", "cal-3XyR8pQ2vN7kLm4tZa9Bcd@cal.com", 1, "Cargoly", "Backend Developer", "recruiter_screen",
       "martina@cargoly.co", "cal-com-default-title-company-in-description-bogota", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BOG}
BEGIN:VEVENT
UID:cal-3XyR8pQ2vN7kLm4tZa9Bcd@cal.com
DTSTAMP:20260313T162940Z
DTSTART;TZID=America/Bogota:20260318T090000
DTEND;TZID=America/Bogota:20260318T093000
SUMMARY:30 Min Meeting between Martina Silva and Alejandro Ríos
ORGANIZER;CN=Martina Silva:mailto:martina@cargoly.co
ATTENDEE;CN=Alejandro Ríos;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:What: 30 Min Meeting\nInvitee Time Zone: America/Mexico_City\nWho:\nMartina Silva - Organizer\nAlejandro Ríos - alex.riosm.dev@gmail.com\nWhere: Cal Video https://app.cal.com/video/3XyR8pQ2vN7kLm4tZa9Bcd\nAdditional notes: Hola Martina\, aplico a Backend Developer en Cargoly (vi la vacante en Get on Board). Gracias por el espacio!\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/3XyR8pQ2vN7kLm4tZa9Bcd
LOCATION:https://app.cal.com/video/3XyR8pQ2vN7kLm4tZa9Bcd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-cto-call", "A1B6C3D8-9E4F-4A21-B7C5-2D8E0F6A3B19", 1, "Rutavia", "", "hiring_manager", "Andrés Peña",
       "hand-typed-phone-entry-with-cto", crlf=False, fold=False, ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260320T044117Z
DTEND:20260325T120000
DTSTAMP:20260320T044117Z
DTSTART:20260325T110000
LAST-MODIFIED:20260320T044117Z
SEQUENCE:0
SUMMARY:entrevista Rutavia
DESCRIPTION:con Andrés Peña (CTO)\, por zoom. link en el correo. preguntar stack (Go?)\, equipo\, si pagan en usd o mxn
UID:A1B6C3D8-9E4F-4A21-B7C5-2D8E0F6A3B19
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
UID:0F3E2D1C-5B4A-4C3B-9A8F-7E6D5C4B3A21
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-recruiter-call", "F2E7D0C4-1B8A-4F63-92C7-5E0A9D3B6C48", 1, "Nubenta", "", "recruiter_screen", "Karen",
       "hand-typed-llamada-reclu-abbrev", crlf=False, fold=False, ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260326T011503Z
DTEND:20260327T173000
DTSTAMP:20260326T011503Z
DTSTART:20260327T170000
LAST-MODIFIED:20260326T011503Z
SEQUENCE:0
SUMMARY:Llamada reclu - Nubenta
DESCRIPTION:Karen de talent me marca. tener a la mano rango en USD (pedir 6.5k+)
UID:F2E7D0C4-1B8A-4F63-92C7-5E0A9D3B6C48
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-tech-int", "2gk4mr1pq8s0v6x3z5b7d9f1h3@google.com", 1, "Hopscale", "", "technical", "",
       "hand-typed-desktop-abbrev-tech-int", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alex.riosm.dev@gmail.com
X-WR-TIMEZONE:America/Mexico_City
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260409T160000
DTEND;TZID=America/Mexico_City:20260409T170000
DTSTAMP:20260407T030000Z
UID:2gk4mr1pq8s0v6x3z5b7d9f1h3@google.com
CREATED:20260405T222140Z
DESCRIPTION:coderpad\, python. repasar heaps y LRU. link llega 1h antes
LAST-MODIFIED:20260405T222140Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tech int. Hopscale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("zoom-scheduler", "zs_6f1b9a2c44e8d07f3a15@zoom.us", 1, "Brightwave Studios", "Backend Engineer (Python/Go)",
       "technical", "owen.price@brightwavestudios.com", "zoom-scheduler-technical-pacific", ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//Zoom Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
UID:zs_6f1b9a2c44e8d07f3a15@zoom.us
DTSTAMP:20260406T231500Z
DTSTART;TZID=America/Los_Angeles:20260413T110000
DTEND;TZID=America/Los_Angeles:20260413T120000
SUMMARY:Brightwave Studios – Technical Interview with Owen
ORGANIZER;CN=Owen Price:mailto:owen.price@brightwavestudios.com
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Booked via Zoom Scheduler.\n\nTechnical interview for Backend Engineer (Python/Go). We'll talk through an API you've designed and then do a short debugging exercise.\n\nJoin Zoom Meeting\nhttps://brightwavestudios.zoom.us/j/91255037781?pwd=YnJpZ2h0\n\nMeeting ID: 912 5503 7781\nPasscode: 442019\n\nOne tap mobile\n+13462487799\,\,91255037781# US (Houston)
LOCATION:https://brightwavestudios.zoom.us/j/91255037781?pwd=YnJpZ2h0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
