# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events, part A: talent marketplaces, staffing agencies with named clients, Ledgerly,
Parcelwise, Quillstack. Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_CHI, TZ_LA, TZ_MX, TZ_NY, WIN_MX, ev

EVENTS = [
    ev("marketplace-screen", "c7e1d2a0-5b8f-4f3e-9a61-0f2d7b3c9e41", 1, "Proxima Talent", "", "recruiter_screen",
       "hannah.cole@proximatalent.com", "talent-marketplace-english-screen-calendly", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260303T110000
DTEND;TZID=America/New_York:20260303T113000
DTSTAMP:20260226T201455Z
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@proximatalent.com
UID:c7e1d2a0-5b8f-4f3e-9a61-0f2d7b3c9e41
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah Cole;X-NUM-GUESTS=0:mailto:hannah.cole@proximatalent.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260226T201453Z
DESCRIPTION:Event Name: Proxima Talent – Screening Interview (Step 2 of 5)\n\nThis call is the language and personality step of the Proxima screening process. We will talk about your background\, the kind of engagements you are looking for\, and assess your English communication.\n\nPlease join from a quiet place with a working camera.\n\nLocation: This is a Zoom web conference.\nhttps://proximatalent.zoom.us/j/86231975540?pwd=Q2hlR3ZmWlhLbnpQ\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/4c1e2b9a-77d0-4b7e-a2a1-93f0d15c22e8\nReschedule: https://calendly.com/reschedulings/4c1e2b9a-77d0-4b7e-a2a1-93f0d15c22e8\n\nPowered by Calendly.com
LAST-MODIFIED:20260226T201455Z
LOCATION:https://proximatalent.zoom.us/j/86231975540?pwd=Q2hlR3ZmWlhLbnpQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alejandro Ríos Medina and Hannah Cole
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("marketplace-live-coding", "PXT-SCR-7731-ALRIOS@proximatalent.com", 1, "Proxima Talent", "", "technical",
       "bogdan.petrescu@proximatalent.com", "talent-marketplace-live-coding-utc-no-company-in-summary", ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proxima Talent//Screening Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:PXT-SCR-7731-ALRIOS@proximatalent.com
DTSTAMP:20260306T154210Z
DTSTART:20260311T170000Z
DTEND:20260311T180000Z
SUMMARY:Live Technical Screen – Back-end (Python)
ORGANIZER;CN=Proxima Screening Team:mailto:screening@proximatalent.com
ATTENDEE;CN=Bogdan Petrescu;ROLE=REQ-PARTICIPANT:mailto:bogdan.petrescu@proximatalent.com
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nCongratulations on passing the English and communication step! Your next step is a 60-minute live technical screen with Bogdan\, one of our senior screeners.\n\nFormat: two algorithmic problems solved live in CoderPad\, any language you are comfortable with. You will share your screen. Please do not use AI assistants during the session.\n\nCoderPad: https://app.coderpad.io/Q7RK4MZP\nVideo: https://proximatalent.zoom.us/j/81904477123\n\nIf you need to reschedule\, reply at least 24 hours in advance.\n\n— Proxima Talent Screening
LOCATION:CoderPad + Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("marketplace-project-review", "5pl0m2qk7v1c8d3n6r9s4t0u2w@google.com", 1, "Proxima Talent", "", "final",
       "bogdan.petrescu@proximatalent.com", "talent-marketplace-test-project-review", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260327T120000
DTEND;TZID=America/New_York:20260327T124500
DTSTAMP:20260323T140201Z
ORGANIZER;CN=Bogdan Petrescu:mailto:bogdan.petrescu@proximatalent.com
UID:5pl0m2qk7v1c8d3n6r9s4t0u2w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bogdan Petrescu;X-NUM-GUESTS=0:mailto:bogdan.petrescu@proximatalent.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260323T140200Z
DESCRIPTION:Test project walkthrough (last screening step). Please have the repo and your deployed instance ready – we'll go through the design decisions\, tests and the features you'd add with more time. ~45 min.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/vyx-qbrn-pkd\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260323T140201Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Proxima – test project review (Alejandro R.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("vetting-english", "turnwell-evt-20260309-88412@turnwell.io", 1, "Turnwell", "Senior Backend Engineer (Python)",
       "recruiter_screen", "priya.nair@turnwell.io", "turing-like-english-proficiency-interview", ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Turnwell//Developer Vetting//EN
METHOD:REQUEST
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
UID:turnwell-evt-20260309-88412@turnwell.io
DTSTAMP:20260305T010501Z
DTSTART:20260309T153000Z
DTEND:20260309T160000Z
SUMMARY:Turnwell | English & Communication Interview
ORGANIZER;CN=Turnwell Talent Operations:mailto:no-reply@turnwell.io
ATTENDEE;CN=Priya Nair;ROLE=CHAIR:mailto:priya.nair@turnwell.io
ATTENDEE;CN=Alejandro Rios;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hello Alejandro\,\n\nThank you for applying to the Senior Backend Engineer (Python) opportunity through Turnwell. As part of our developer vetting\, you have been scheduled for a 30-minute English & communication interview with Priya Nair.\n\nWhat to expect:\n• Short introduction and walkthrough of a recent project\n• Questions about remote collaboration with US teams\n• Your availability and time-zone overlap\n\nJoin: https://meet.google.com/kdw-ufre-xzt\n\nGood luck!\nTurnwell Talent Operations
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("vetting-technical", "turnwell-evt-20260318-90155@turnwell.io", 1, "Turnwell", "Senior Backend Engineer (Python)",
       "technical", "kwame.mensah@turnwell.io", "turing-like-technical-vetting", fold=False, ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Turnwell//Developer Vetting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:turnwell-evt-20260318-90155@turnwell.io
DTSTAMP:20260312T224730Z
DTSTART:20260318T180000Z
DTEND:20260318T190000Z
SUMMARY:Technical Interview – Turnwell Developer Vetting
ORGANIZER;CN=Turnwell Talent Operations:mailto:no-reply@turnwell.io
ATTENDEE;CN=Kwame Mensah;ROLE=CHAIR:mailto:kwame.mensah@turnwell.io
ATTENDEE;CN=Alejandro Rios;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYou passed the English assessment – nice work. Next is a 60-minute technical interview (Python\, REST APIs\, SQL\, and a short system design discussion) for the Senior Backend Engineer (Python) role.\n\nInterviewer: Kwame Mensah\, Senior Engineer\nJoin: https://meet.google.com/hsa-pqwe-mmn\n\nTips: think out loud\, ask clarifying questions\, and test your code.\n\nTurnwell Talent Operations
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-recruiter-call", "0f8hb3c2p1mmq4e7t0v6k9a2dj@google.com", 1, "Northwind Logistics",
       "Senior Backend Engineer", "recruiter_screen", "lucia.ferrer@andesnearshore.com",
       "staffing-agency-screen-client-named-in-description", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260304T120000
DTEND;TZID=America/Mexico_City:20260304T123000
DTSTAMP:20260302T193318Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@andesnearshore.com
UID:0f8hb3c2p1mmq4e7t0v6k9a2dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@andesnearshore.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260302T193316Z
DESCRIPTION:Hola Alejandro\, gracias por tu tiempo 🙌\n\nEn esta llamada te platico de la vacante de Senior Backend Engineer (Python/Django\, AWS) con nuestro cliente Northwind Logistics\, empresa de logística con sede en Chicago. Contratación 100% remota\, pago en USD vía Andes.\n\nRevisamos tu experiencia\, nivel de inglés (parte de la llamada será en inglés) y expectativas económicas.\n\nÚnete con Google Meet: https://meet.google.com/nbq-rtza-wgi\nO por teléfono: (MX) +52 55 8421 0937 PIN: 611 402 288#
LAST-MODIFIED:20260302T193318Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada con el reclutador | Andes Nearshore x Alejandro Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("client-interview", "2vd7c0gq8i4k1o5m3n9p6r2s8t@google.com", 1, "Northwind Logistics", "Senior Backend Engineer",
       "technical", "dave.kowalski@northwindlogistics.com;jen.okafor@northwindlogistics.com",
       "staffing-agency-client-interview-agency-organizer", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_CHI}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260312T150000
DTEND;TZID=America/Chicago:20260312T160000
DTSTAMP:20260309T170022Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@andesnearshore.com
UID:2vd7c0gq8i4k1o5m3n9p6r2s8t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dave Kowalski;X-NUM-GUESTS=0:mailto:dave.kowalski@northwindlogistics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jen Okafor;X-NUM-GUESTS=0:mailto:jen.okafor@northwindlogistics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@andesnearshore.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260309T170020Z
DESCRIPTION:Hi all\,\n\nThis is the interview with the client for the Senior Backend Engineer position.\n\nNorthwind Logistics: Dave Kowalski (Engineering Manager\, Fleet Platform) and Jen Okafor (Staff Engineer)\nCandidate: Alejandro Ríos Medina (presented by Andes Nearshore)\n\nAgenda: 10 min intros\, 35 min technical conversation (Django\, queues\, Postgres performance)\, 15 min Q&A.\n\nAlejandro – the whole session is in English. I'll join the first minutes only.\n\nLucía\n\nJoin with Google Meet: https://meet.google.com/oxe-jmtc-wra
LAST-MODIFIED:20260309T170022Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con el cliente – Northwind Logistics / Alejandro Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-client-interview", "040000008200E00074C5B7101A82E00800000000B0F4C3B1A2A7DC01000000000000000010000000D3C1E0B7F2A94C4E8F3A6C2B9D7E5F10",
       1, "Harbor Health Analytics", "Backend Developer", "hiring_manager", "gtillman@harborhealthanalytics.com",
       "outlook-staffing-sent-by-assistant-client-interview", ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_MX}
BEGIN:VEVENT
ORGANIZER;CN="Salas, Mónica";SENT-BY="mailto:agenda@puentedev.mx":mailto:monica.salas@puentedev.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com:mailto:alex.riosm.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Tillman:mailto:gtillman@harborhealthanalytics.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Salas, Mónica":mailto:monica.salas@puentedev.mx
DESCRIPTION;LANGUAGE=es-MX:Alejandro\, te comparto la invitación para tu entrevista con Greg Tillman\, Director of Engineering en Harbor Health Analytics (nuestro cliente). Es para la posición Backend Developer (Python / FHIR). Duración 45 min\, en inglés.\n\nRecuerda tener lista tu presentación breve y ejemplos de integraciones con APIs de terceros.\n\nSaludos\,\nMónica Salas | Account Manager | PuenteDev\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTc4YjQtYzE1MS00ZGI2LWE0N2MtOTg1ZDQ1YzE3OGRm%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nId. de reunión: 284 915 330 127\nCódigo de acceso: Xk7pQ2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0F4C3B1A2A7DC01000000000000000010000000D3C1E0B7F2A94C4E8F3A6C2B9D7E5F10
SUMMARY;LANGUAGE=es-MX:Entrevista Harbor Health Analytics – Alejandro Ríos (Backend)
DTSTART;TZID=Central Standard Time (Mexico):20260319T090000
DTEND;TZID=Central Standard Time (Mexico):20260319T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T230419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118522041
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTc4YjQtYzE1MS00ZGI2LWE0N2MtOTg1ZDQ1YzE3OGRm%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Reunión de Microsoft Teams"\, "LocationAnnotation" : ""\, "LocationUri" : ""\, "LocationStreet" : ""\, "LocationCity" : ""\, "LocationState" : ""\, "LocationCountry" : ""\, "LocationPostalCode" : ""\, "LocationFullAddress" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("greenhouse-recruiter-screen", "6h3j9k2l0m5n8p1q4r7s0t3u6v@google.com", 1, "Ledgerly",
       "Senior Software Engineer, Payments", "recruiter_screen", "maya.goldberg@ledgerly.com",
       "greenhouse-recruiter-screen-candidate-name-first", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260305T103000
DTEND;TZID=America/New_York:20260305T110000
DTSTAMP:20260302T215640Z
ORGANIZER;CN=Maya Goldberg:mailto:maya.goldberg@ledgerly.com
UID:6h3j9k2l0m5n8p1q4r7s0t3u6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Goldberg;X-NUM-GUESTS=0:mailto:maya.goldberg@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260302T215638Z
DESCRIPTION:Hi Alejandro\,\n\nLooking forward to our chat about the Senior Software Engineer\, Payments role at Ledgerly! We'll cover your background\, what you're looking for next\, and I'll share more about the team and our interview process.\n\nThis meeting was scheduled via Greenhouse.\n\nJoin with Google Meet: https://meet.google.com/ajp-wmzc-ert\nJoin by phone: (US) +1 347-392-1185 PIN: 448 119 032#
LAST-MODIFIED:20260302T215640Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alejandro Ríos Medina <> Ledgerly - Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("coderpad-original", "1a9c7e5g3i1k9m7o5q3s1u9w7y@google.com", 1, "Ledgerly", "Senior Software Engineer, Payments",
       "technical", "sam.whitaker@ledgerly.com", "greenhouse-technical-coordinator-organizer-original-time",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260317T140000
DTEND;TZID=America/New_York:20260317T150000
DTSTAMP:20260311T162705Z
ORGANIZER;CN=Ledgerly Recruiting Coordination:mailto:interviews@ledgerly.com
UID:1a9c7e5g3i1k9m7o5q3s1u9w7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Whitaker;X-NUM-GUESTS=0:mailto:sam.whitaker@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260311T162703Z
DESCRIPTION:Hi Alejandro\,\n\nYour technical interview for Senior Software Engineer\, Payments is confirmed.\n\nInterviewer: Sam Whitaker\, Software Engineer\nFormat: 60 minutes of live coding in CoderPad (Python is fine). The problem is practical – think ledger entries\, not puzzles.\nCoderPad link: https://app.coderpad.io/LDG-4XW2K9\n\nJoin with Google Meet: https://meet.google.com/tqr-hxbn-pzo\n\nBest\,\nCarla – Recruiting Coordinator\, Ledgerly
LAST-MODIFIED:20260311T162705Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ledgerly Technical Interview (CoderPad) - Alejandro Ríos Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("coderpad-rescheduled", "1a9c7e5g3i1k9m7o5q3s1u9w7y@google.com", 1, "Ledgerly",
       "Senior Software Engineer, Payments", "technical", "sam.whitaker@ledgerly.com",
       "greenhouse-technical-rescheduled-higher-sequence", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260319T123000
DTEND;TZID=America/New_York:20260319T133000
DTSTAMP:20260316T190110Z
ORGANIZER;CN=Ledgerly Recruiting Coordination:mailto:interviews@ledgerly.com
UID:1a9c7e5g3i1k9m7o5q3s1u9w7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Whitaker;X-NUM-GUESTS=0:mailto:sam.whitaker@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260311T162703Z
DESCRIPTION:Hi Alejandro\,\n\nAs discussed\, we've moved your technical interview to Thursday. Same format and same interviewer.\n\nInterviewer: Sam Whitaker\, Software Engineer\nFormat: 60 minutes of live coding in CoderPad (Python is fine). The problem is practical – think ledger entries\, not puzzles.\nCoderPad link: https://app.coderpad.io/LDG-4XW2K9\n\nJoin with Google Meet: https://meet.google.com/tqr-hxbn-pzo\n\nBest\,\nCarla – Recruiting Coordinator\, Ledgerly
LAST-MODIFIED:20260316T190110Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Ledgerly Technical Interview (CoderPad) - Alejandro Ríos Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("virtual-onsite", "8b4d0f6h2j8l4n0p6r2t8v4x0z@google.com", 1, "Ledgerly", "Senior Software Engineer, Payments",
       "onsite", "ravi.menon@ledgerly.com;erin.mcbride@ledgerly.com;tomasz.nowak@ledgerly.com;grace.liu@ledgerly.com",
       "greenhouse-virtual-onsite-four-interviewers", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260409T110000
DTEND;TZID=America/New_York:20260409T150000
DTSTAMP:20260401T203355Z
ORGANIZER;CN=Ledgerly Recruiting Coordination:mailto:interviews@ledgerly.com
UID:8b4d0f6h2j8l4n0p6r2t8v4x0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ravi Menon;X-NUM-GUESTS=0:mailto:ravi.menon@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Erin McBride;X-NUM-GUESTS=0:mailto:erin.mcbride@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomasz Nowak;X-NUM-GUESTS=0:mailto:tomasz.nowak@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Grace Liu;X-NUM-GUESTS=0:mailto:grace.liu@ledgerly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos Medina;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260401T203352Z
DESCRIPTION:Hi Alejandro\,\n\nHere is your virtual onsite schedule (all times Eastern):\n\n11:00–11:45  System Design – Ravi Menon\n11:45–12:30  Coding: Reconciliation – Erin McBride\n12:30–13:00  Break\n13:00–13:45  Past Projects Deep Dive – Tomasz Nowak\n13:45–14:30  Values & Collaboration – Grace Liu (Head of Engineering)\n14:30–15:00  Wrap-up with Maya\n\nEverything happens in the same Meet room. Take the break – seriously.\n\nJoin with Google Meet: https://meet.google.com/epk-wvzr-qcu
LAST-MODIFIED:20260401T203355Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ledgerly Virtual Onsite – Alejandro Ríos Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-hiring-manager", "lever-interview-4f6e9d21-0c3b-4b8a-9e7f-2d1a5c8b6e03", 1, "Parcelwise",
       "Senior Backend Engineer", "hiring_manager", "nina.alvarez@parcelwise.com",
       "lever-hiring-manager-pacific-time", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
UID:lever-interview-4f6e9d21-0c3b-4b8a-9e7f-2d1a5c8b6e03
DTSTAMP:20260310T003412Z
DTSTART;TZID=America/Los_Angeles:20260313T090000
DTEND;TZID=America/Los_Angeles:20260313T094500
SUMMARY:Parcelwise Interview - Senior Backend Engineer
ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@parcelwise.com
ATTENDEE;CN=Nina Alvarez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nina.alvarez@parcelwise.com
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYou're scheduled to meet Nina Alvarez\, Engineering Manager for our Carrier Integrations team. This is a conversation about your experience\, how you work\, and what the team is building.\n\nZoom: https://parcelwise.zoom.us/j/93318840271\nMeeting ID: 933 1884 0271\nOne tap mobile: +16699006833\,\,93318840271#\n\nJordan Pike\nTalent Partner\, Parcelwise
LOCATION:https://parcelwise.zoom.us/j/93318840271
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("take-home-walkthrough", "lever-interview-9b2c7a44-5e1d-4f90-8a3b-6c7d1e2f3a58", 1, "Parcelwise",
       "Senior Backend Engineer", "technical", "raj.iyer@parcelwise.com;beth.sorensen@parcelwise.com",
       "lever-take-home-walkthrough-summary-no-interview-word", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
UID:lever-interview-9b2c7a44-5e1d-4f90-8a3b-6c7d1e2f3a58
DTSTAMP:20260320T181500Z
DTSTART;TZID=America/Los_Angeles:20260325T100000
DTEND;TZID=America/Los_Angeles:20260325T110000
SUMMARY:Parcelwise | Take-home walkthrough
ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@parcelwise.com
ATTENDEE;CN=Raj Iyer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raj.iyer@parcelwise.com
ATTENDEE;CN=Beth Sorensen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:beth.sorensen@parcelwise.com
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Thanks for sending the rate-shopping service exercise! In this session Raj and Beth will ask you to walk through your solution\, then pair on one small extension. Please have the code open locally.\n\nZoom: https://parcelwise.zoom.us/j/97720013388
LOCATION:https://parcelwise.zoom.us/j/97720013388
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ashby-intro", "ashby-3c1f8e2a-intro-alejandro@quillstack.io", 1, "Quillstack", "Senior Backend Engineer",
       "recruiter_screen", "olivia@quillstack.io", "ashby-intro-call", fold=False, ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-3c1f8e2a-intro-alejandro@quillstack.io
DTSTAMP:20260304T172015Z
DTSTART:20260306T183000Z
DTEND:20260306T190000Z
SUMMARY:Intro Call: Alejandro <> Quillstack
ORGANIZER;CN=Olivia Brandt:mailto:olivia@quillstack.io
ATTENDEE;CN=Olivia Brandt;PARTSTAT=ACCEPTED:mailto:olivia@quillstack.io
ATTENDEE;CN=Alejandro Ríos Medina;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hey Alejandro!\n\nExcited to chat about the Senior Backend Engineer role. Quick 30 minutes: your story\, our story\, logistics (we hire in LATAM as contractors paid in USD).\n\nZoom: https://us06web.zoom.us/j/85520993014?pwd=cXVpbGxzdGFjaw\n\nScheduled with Ashby
LOCATION:https://us06web.zoom.us/j/85520993014?pwd=cXVpbGxzdGFjaw
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("system-design", "ashby-7d2e9b41-sysdesign-alejandro@quillstack.io", 1, "Quillstack", "Senior Backend Engineer",
       "technical", "dmitri@quillstack.io", "ashby-system-design-company-only-in-description", ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7d2e9b41-sysdesign-alejandro@quillstack.io
DTSTAMP:20260313T151244Z
DTSTART:20260320T170000Z
DTEND:20260320T180000Z
SUMMARY:System Design — Senior Backend Engineer
ORGANIZER;CN=Recruiting:mailto:recruiting@quillstack.io
ATTENDEE;CN=Dmitri Volkov;PARTSTAT=ACCEPTED:mailto:dmitri@quillstack.io
ATTENDEE;CN=Alejandro Ríos Medina;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nNext up at Quillstack is a 60-minute system design session with Dmitri (Principal Engineer). You'll design a document-versioning service together on Excalidraw – there's no single right answer\, we care about trade-offs.\n\nExcalidraw room will be shared in the call.\nZoom: https://us06web.zoom.us/j/81177300452?pwd=c3lzZGVzaWdu\n\nScheduled with Ashby
LOCATION:https://us06web.zoom.us/j/81177300452?pwd=c3lzZGVzaWdu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ceo-final", "ashby-a0c4e7f2-final-alejandro@quillstack.io", 1, "Quillstack", "Senior Backend Engineer", "final",
       "hugo@quillstack.io", "ashby-final-with-ceo-first-names", ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-a0c4e7f2-final-alejandro@quillstack.io
DTSTAMP:20260326T200901Z
DTSTART:20260402T160000Z
DTEND:20260402T164500Z
SUMMARY:Final conversation: Hugo (CEO) / Alejandro
ORGANIZER;CN=Olivia Brandt:mailto:olivia@quillstack.io
ATTENDEE;CN=Hugo Laurent;PARTSTAT=ACCEPTED:mailto:hugo@quillstack.io
ATTENDEE;CN=Alejandro Ríos Medina;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Last step! Hugo\, our co-founder & CEO\, likes to meet every candidate before an offer. Casual\, 45 minutes\, bring your questions about Quillstack's roadmap and how we work.\n\nZoom: https://us06web.zoom.us/j/86630045519\n\nScheduled with Ashby
LOCATION:https://us06web.zoom.us/j/86630045519
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
