"""holdout217 events, part a: Maersk and MSC (through a consultora de selección)."""

from holdout217ev_tz import MADRID, ROMANCE

EVENTS = [
    {
        "kind": "workday-screen",
        "crlf": True,
        "label": (
            "WD-INT-7f3a9c21-5e0b-4b7e-9d1a-0c55e8a41b02@myworkday.com", 1, "Maersk",
            "Operations Manager - Valencia Gateway", "recruiter_screen",
            "lucia.marin@maersk.com", "workday-teams-ta-screen-english",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:WD-INT-7f3a9c21-5e0b-4b7e-9d1a-0c55e8a41b02@myworkday.com
DTSTAMP:20250108T154210Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250114T100000
DTEND;TZID=Europe/Madrid:20250114T103000
SUMMARY:Interview: Operations Manager - Valencia Gateway (R98213) - Irene
  Sanchis Ferrer
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Irene\,\n\nThank you for your application to A.P. Moller
  - Maersk. Your interview has been scheduled as follows:\n\nPosition: Oper
 ations Manager - Valencia Gateway (R98213)\nInterview type: Talent Acquisi
 tion Screening (30 min)\nInterviewer: Lucia Marin\, Talent Acquisition Par
 tner\n\nJoin the meeting: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_NzQ1ZjE2\nMeeting ID: 384 771 902 155  Passcode: q7Xk2T\n\nIf you n
 eed to reschedule\, please use the link in your Candidate Home on Workday.
 \n\nKind regards\,\nMaersk Talent Acquisition
ORGANIZER;CN=Maersk Talent Acquisition:mailto:maersk@myworkday.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Lucia Marin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia
 .marin@maersk.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-hiring-manager",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E008000000003A1F6C4E9D72DB01000000000000000010000000B1E0F7A4C2D9E84A9B6F11C0D3A2E5F7",
            1, "Maersk", "Operations Manager - Valencia Gateway", "hiring_manager",
            "mette.jensen@maersk.com", "outlook-romance-hiring-manager-lastname-first",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Jensen, Mette":mailto:Mette.Jensen@maersk.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marin, Lu
 cia":mailto:Lucia.Marin@maersk.com
DESCRIPTION;LANGUAGE=en-US:Hi Irene\,\n\nLooking forward to our conversati
 on about the Operations Manager role for our Valencia gateway - landside\,
  depot and reefer operations. Lucia from TA is optional.\n\nBR\nMette\n___
 _____________________________________________________________________________\nMicrosoft Tea
 ms meeting\nJoin on your computer\, mobile app or room device\nClick here t
 o join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 Yjg0MzE1>\nMeeting ID: 312 554 087 961\nPasscode: 8bLk3s\nDownload Teams |
  Join on the web\n___________________________________________________________
 _____________________\n
UID:040000008200E00074C5B7101A82E008000000003A1F6C4E9D72DB01000000000000000
 010000000B1E0F7A4C2D9E84A9B6F11C0D3A2E5F7
SUMMARY;LANGUAGE=en-US:Irene Sanchis Ferrer <> Mette Jensen | Ops Manager V
 LC
DTSTART;TZID=Romance Standard Time:20250129T160000
DTEND;TZID=Romance Standard Time:20250129T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T091533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAn
 notation":"","LocationSource":0,"Unresolved":true}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-onsite-final",
        "crlf": True,
        "label": (
            "5q1ngk0s2vbd7r3m9e6t4c8hjo@google.com", 1, "Maersk", "", "final",
            "jorge.alcaide@maersk.com;mette.jensen@maersk.com",
            "google-in-person-final-with-site-visit",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250220T093000
DTEND;TZID=Europe/Madrid:20250220T123000
DTSTAMP:20250211T170402Z
ORGANIZER;CN=Jorge Alcaide:mailto:jorge.alcaide@maersk.com
UID:5q1ngk0s2vbd7r3m9e6t4c8hjo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jorge Alcaide;X-NUM-GUESTS=0:mailto:jorge.alcaide@maersk.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mette Jensen;X-NUM-GUESTS=0:mailto:mette.jensen@maersk.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1730455120
CREATED:20250211T170401Z
DESCRIPTION:Hola Irene\,\n\nPara la última fase nos vemos en la oficina d
 e Valencia. Programa:\n09:30 Bienvenida y conversación con Jorge Alcaide (
 Head of Operations Iberia)\n10:30 Visita al depósito de contenedores y zo
 na reefer\n11:30 Cierre con Mette Jensen (por Teams desde Copenhague)\n\nT
 rae DNI para el control de acceso.\n\nUn saludo\,\nJorge
LAST-MODIFIED:20250211T170402Z
LOCATION:Maersk Spain\, C/ Menorca 19\, 46023 València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Maersk | Final interview - Irene Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-no-name",
        "crlf": True,
        "label": (
            "3b7ud92kf0l4s8qmc1ph6etr5a@google.com", 0, "", "", "", "",
            "headhunter-call-naviera-internacional-unnamed",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250116T133000
DTEND;TZID=Europe/Madrid:20250116T140000
DTSTAMP:20250115T102244Z
ORGANIZER;CN=Álvaro Beltrán:mailto:abeltran@nexotalent.es
UID:3b7ud92kf0l4s8qmc1ph6etr5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álvaro Beltrán;X-NUM-GUESTS=0:mailto:abeltran@nexotalent.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, gracias por aceptar mi invitación en LinkedIn.\n\
 nTe llamo al móvil para contarte una posición de Operations Manager que
  estamos gestionando en exclusiva para una naviera internacional con ofic
 ina en el puerto de Valencia. Por confidencialidad no puedo darte todavía
  el nombre del cliente; en esta primera llamada me gustaría conocer tu tr
 ayectoria y tus expectativas.\n\nÁlvaro Beltrán\nSenior Consultant - Supp
 ly Chain & Logistics\nNexo Talent Partners | Consultora de selección\n+34
  611 48 20 93
LOCATION:Llamada telefónica (te llamo yo)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Irene Sanchis / Nexo Talent - primera conversación
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-agency-named",
        "crlf": True,
        "label": (
            "b2c41e7a-93f0-4d55-a8e2-61f0c9d7a3b4@calendly.com", 1, "MSC",
            "Operations Manager", "recruiter_screen", "abeltran@nexotalent.es",
            "agency-calendly-client-named-in-body",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b2c41e7a-93f0-4d55-a8e2-61f0c9d7a3b4@calendly.com
DTSTAMP:20250121T081955Z
DTSTART:20250123T170000Z
DTEND:20250123T180000Z
SUMMARY:Entrevista en profundidad (60 min) between Álvaro Beltrán and Ire
 ne Sanchis Ferrer
DESCRIPTION:Event Name: Entrevista en profundidad (60 min)\n\nLocation: Th
 is is a Google Meet web conference.\nhttps://meet.google.com/xjd-qfzn-wpe
 \n\nPlease share anything that will help prepare for our meeting.: Como t
 e adelanté por teléfono\, el cliente es MSC (Mediterranean Shipping Comp
 any)\, puesto de Operations Manager en su oficina de Valencia. Repasaremo
 s tu experiencia en operativa de terminal\, gestión de equipos y nivel de
  inglés antes de presentar tu candidatura.\n\nNeed to make changes to thi
 s event?\nCancel: https://calendly.com/cancellations/b2c41e7a-93f0-4d55\n
 Reschedule: https://calendly.com/reschedulings/b2c41e7a-93f0-4d55\n\nPowe
 red by Calendly.com
LOCATION:https://meet.google.com/xjd-qfzn-wpe
ORGANIZER;CN=Álvaro Beltrán:mailto:abeltran@nexotalent.es
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT
 ;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-agency-client",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000D0A4C1E2A073DB010000000000000000100000004F2E8B7C1D3A5940B7E6C9D8A1F2E3B4",
            1, "MSC", "Operations Manager", "hiring_manager", "paolo.esposito@msc.com",
            "agency-outlook-invite-client-manager-as-attendee",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Álvaro Beltrán:mailto:abeltran@nexotalent.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paolo Espo
 sito:mailto:Paolo.Esposito@msc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Sanc
 his Ferrer:mailto:irene.sanchis.ferrer@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Paolo\, Irene:\n\nOs confirmo la r
 eunión para el proceso de Operations Manager. Paolo Esposito\, Jefe de T
 ráfico de MSC Valencia\, conocerá a Irene en las oficinas de MSC en el p
 uerto. Irene\, pregunta en recepción por Paolo.\n\nCualquier cambio me de
 cís.\n\nSaludos\,\nÁlvaro Beltrán\nNexo Talent Partners\n
UID:040000008200E00074C5B7101A82E00800000000D0A4C1E2A073DB0100000000000000
 00100000004F2E8B7C1D3A5940B7E6C9D8A1F2E3B4
SUMMARY;LANGUAGE=es-ES:Reunión MSC - Paolo Esposito / Irene Sanchis (Nexo
  Talent)
DTSTART;TZID=Central Europe Standard Time:20250204T113000
DTEND;TZID=Central Europe Standard Time:20250204T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T120112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MSC España\, Av. del Puerto (Valencia) - recepción
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-final-director",
        "crlf": True,
        "label": (
            "7ha0c3ej1m9pq6tgv2l5d8ks4f@google.com", 1, "MSC", "", "final", "Vicente Llopis;Carmen Soler",
            "agency-invite-final-director-de-operaciones-named-in-body",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250225T090000
DTEND;TZID=Europe/Madrid:20250225T103000
DTSTAMP:20250218T184010Z
ORGANIZER;CN=Álvaro Beltrán:mailto:abeltran@nexotalent.es
UID:7ha0c3ej1m9pq6tgv2l5d8ks4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álvaro Beltrán;X-NUM-GUESTS=0:mailto:abeltran@nexotalent.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Irene\, ¡enhorabuena por pasar a la final!\n\nTe reunirás con
  D. Vicente Llopis\, Director de Operaciones de MSC España\, y con Carmen
  Soler (HR Business Partner). Será en la oficina de MSC\, planta 3. Dura
 ción aprox. 1h30. Llevarán preguntas sobre productividad de muelle\, gest
 ión de escalas y KPI de rotación de equipo (TEU/mes).\n\nSuerte\, luego m
 e cuentas.\nÁlvaro
LOCATION:MSC España\, Avda. del Puerto\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final con Director de Operaciones
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
