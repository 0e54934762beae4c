"""holdout191: job-search look-alikes that are not interviews (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "gcal",
        "uid": "4h8n2c6k0s3q7v1m5b9r3t0d2e@google.com",
        "interview": 0,
        "trap": "mock-interview-with-career-coach",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250316T150000Z
DTEND:20250316T163000Z
DTSTAMP:20250312T210101Z
ORGANIZER;CN=Paola Ronderos – Career Coach:mailto:paola@ronderoscoaching.com
UID:4h8n2c6k0s3q7v1m5b9r3t0d2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valen
 tina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gomezr@outlook.com
DESCRIPTION:Sesión 4 – Simulacro de entrevista completo en inglés: fit (w
 hy Madrid\, why FP&A)\, 1 caso corto de unit economics y preguntas de com
 petencias. Te doy feedback grabado al final.\n\nMeet: https://meet.google
 .com/bqa-xnme-tuo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro entrevista (EN) – Valentina / Paola
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom",
        "uid": "ZOOMWEB96611203388@zoom.us",
        "interview": 0,
        "trap": "webinar-how-to-pass-big-four-assessment",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250401T090000Z
DTSTART;TZID=Europe/Madrid:20250403T190000
DTEND;TZID=Europe/Madrid:20250403T200000
SUMMARY:Webinar: Cómo superar el assessment center y la entrevista de caso
  en las Big Four
UID:ZOOMWEB96611203388@zoom.us
DESCRIPTION:Hola Valentina\,\n\nGracias por registrarte en el webinar de F
 inance Careers Spain. Ponentes: exreclutadores de firmas Big Four en Madr
 id. Temas: dinámicas de grupo\, pruebas de Excel\, entrevista por compet
 encias\, HireVue.\n\nÚnete al webinar: https://us06web.zoom.us/w/96611203
 388?tk=Rg7\nID del webinar: 966 1120 3388
LOCATION:https://us06web.zoom.us/w/96611203388
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "8B2F6D41-0E3A-4C97-B5D8-7A1C9E2F4B30",
        "interview": 0,
        "trap": "informational-coffee-ex-colleague-at-employer",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8B2F6D41-0E3A-4C97-B5D8-7A1C9E2F4B30
DTSTAMP:20250217T024501Z
DTSTART:20250219T073000
DTEND:20250219T083000
SUMMARY:Café Mariana Ruiz
DESCRIPTION:está en Bogotá de vacaciones. ex-Andino\, hace 2 años en Repso
 l Madrid (planificación). preguntarle cómo es la vida en Madrid\, sueldos
 \, visado\, si sabe de vacantes. invito yo
LOCATION:Azahar Café\, Cra 14 #93-40
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "eventbrite",
        "uid": "eventbrite-1098834457-valentina@eventbrite.com",
        "interview": 0,
        "trap": "virtual-careers-fair-attendee",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Event//EN
BEGIN:VEVENT
UID:eventbrite-1098834457-valentina@eventbrite.com
DTSTAMP:20250310T113000Z
DTSTART:20250326T090000Z
DTEND:20250326T160000Z
SUMMARY:Feria Virtual de Empleo Finanzas & Banca – Madrid 2025
DESCRIPTION:Tu entrada: General (gratuita)\nMás de 40 empresas del sector
  financiero con stands virtuales\, charlas sobre el mercado laboral en Esp
 aña y sesiones de revisión de CV. Accede con tu código de entrada desde l
 a plataforma.\nhttps://www.eventbrite.es/e/feria-virtual-empleo-finanzas-
 1098834457
LOCATION:Online
ORGANIZER;CN=Finance Careers Spain:mailto:noreply@order.eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000090A0B0C0D0E0DB01000000000000000010000000F0A1B2C3D4E5F6A7",
        "interview": 0,
        "trap": "recruiter-catch-up-no-employer-named",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Jordan":mailto:jordan.whitaker@hays.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentin
 a.gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Valentina\, great to connect on LinkedIn. L
 et's have a quick catch-up so I can understand your background and what y
 ou're looking for in South Florida. I work with a number of corporates an
 d PE-backed companies hiring FP&A talent in Miami-Dade and Broward.\n\nJo
 rdan Whitaker | Senior Recruiter\, Finance & Accounting | Hays US\n+1 305
  555 0187\n
UID:040000008200E00074C5B7101A82E0080000000090A0B0C0D0E0DB0100000000000000
 0010000000F0A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=en-US:Intro call – Valentina Gomez / Hays
DTSTART;TZID=Eastern Standard Time:20250226T113000
DTEND;TZID=Eastern Standard Time:20250226T120000
DTSTAMP:20250221T191209Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "c0f7e3a1-8b52-4d96-a1e4-5f3b9c7d2e80",
        "interview": 0,
        "trap": "prep-block-for-case-study",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
X-WR-CALNAME:Personal
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
UID:c0f7e3a1-8b52-4d96-a1e4-5f3b9c7d2e80
DTSTAMP:20250223T200000Z
DTSTART:20250226T190000
DTEND:20250226T220000
SUMMARY:PREP caso Bavaria
DESCRIPTION:repasar P&L categoría cerveza vs maltas\, elasticidad precio\,
  armar plantilla de escenarios. dormir temprano!!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "E4D1A9B7-2C6F-4083-9B5E-D7F0A2C81E36",
        "interview": 0,
        "trap": "thank-you-note-reminder",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E4D1A9B7-2C6F-4083-9B5E-D7F0A2C81E36
DTSTAMP:20250325T201500Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
SUMMARY:mandar thank you a Daniel (Royal Caribbean) + Megan
DESCRIPTION:mencionar lo del forecast de onboard revenue
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "0A9C3E5F-7B1D-4E28-8C46-F2A0D9B6E713",
        "interview": 0,
        "trap": "pre-employment-medical-exam",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0A9C3E5F-7B1D-4E28-8C46-F2A0D9B6E713
DTSTAMP:20250522T170200Z
DTSTART:20250528T070000
DTEND:20250528T090000
SUMMARY:Exámenes médicos de ingreso L'Oréal - IPS Colmédica
DESCRIPTION:en ayunas! llevar cédula y la orden que mandó Lorena. audiomet
 ría + optometría + laboratorio
LOCATION:Colmédica Cl 100 #9A-45
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "9t3h7n1c5k0s4q8v2m6b0r4d1e@google.com",
        "interview": 0,
        "trap": "mba-admissions-interview-not-a-job",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250221T140000Z
DTEND:20250221T144500Z
DTSTAMP:20250214T101010Z
ORGANIZER;CN=IE Business School Admissions:mailto:admissions.latam@ie.edu
UID:9t3h7n1c5k0s4q8v2m6b0r4d1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valen
 tina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gomezr@outlook.com
DESCRIPTION:Dear Valentina\,\n\nThis is your Admissions Interview for the
  International MBA (November 2025 intake) with Lucía Mendoza\, Associate D
 irector of Admissions – Andean Region.\n\nGoogle Meet: https://meet.goog
 le.com/ief-mbaa-dmn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IE International MBA – Admissions Interview – Valentina Gómez Res
 trepo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "5b8d2f14-6e0a-4c73-9d1b-8a4e6c2f0b59",
        "interview": 0,
        "trap": "ielts-speaking-test-examiner",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:5b8d2f14-6e0a-4c73-9d1b-8a4e6c2f0b59
DTSTAMP:20250115T020202Z
DTSTART;TZID=SA Pacific Standard Time:20250201T141500
DTEND;TZID=SA Pacific Standard Time:20250201T143000
SUMMARY:IELTS Speaking test – British Council
DESCRIPTION:Speaking face to face con examinador. llegar 14:00 con pasap
 orte (el mismo del registro). Writing/Reading/Listening fue en la mañana.
LOCATION:British Council Bogotá\, Cra 9 #76-49
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "1c6q0v4m8b2r5t9h3n7k1s0d6e@google.com",
        "interview": 0,
        "trap": "research-interview-thesis-participant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250415T230000Z
DTEND:20250416T000000Z
DTSTAMP:20250409T120000Z
ORGANIZER;CN=Santiago Bermúdez:mailto:sbermudezp@unal.edu.co
UID:1c6q0v4m8b2r5t9h3n7k1s0d6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valen
 tina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gomezr@outlook.com
DESCRIPTION:Entrevista semiestructurada para mi tesis de Maestría en Admin
 istración (UNAL): "Prácticas de planeación financiera en bancos colombian
 os". La conversación se graba con consentimiento informado (adjunto) y es
  anónima. Duración aprox. 50 min.\n\nMeet: https://meet.google.com/tes-i
 sun-alx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista investigación tesis – Valentina Gómez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "d90a6b2e-3f4c-47a1-8e5d-c2b1a0f9e873@calendly.com",
        "interview": 0,
        "trap": "ux-research-user-interview-gift-card",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d90a6b2e-3f4c-47a1-8e5d-c2b1a0f9e873@calendly.com
DTSTAMP:20250303T151500Z
DTSTART:20250307T170000Z
DTEND:20250307T173000Z
SUMMARY:Valentina Gómez Restrepo and Equipo Research Bold
DESCRIPTION:Event Name: Entrevista con usuarios – Bold Empresas (30 min)\n
 \nGracias por participar en nuestra investigación sobre cómo las empresas
  gestionan pagos y conciliación. No hay respuestas correctas. Recibirás un
  bono de $80.000 al finalizar.\n\nLocation: Google Meet https://meet.goog
 le.com/bld-uxre-srch\n\nPowered by Calendly.com
ORGANIZER;CN=Equipo Research Bold:mailto:research@bold.co
ATTENDEE;CN=Valentina Gómez Restrepo;PARTSTAT=ACCEPTED:mailto:valentina.g
 omezr@outlook.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "7E3B9A20-1D4C-4F65-A8E7-3C0B5D9F1A42",
        "interview": 0,
        "trap": "flight-to-madrid-for-assessment-travel-only",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E3B9A20-1D4C-4F65-A8E7-3C0B5D9F1A42
DTSTAMP:20250401T230000Z
DTSTART:20250409T002000Z
DTEND:20250409T100500Z
SUMMARY:✈️ AV 10 BOG → MAD
DESCRIPTION:Reserva WXK7QP. asiento 24C. hotel NH Castellana reservado 9-
 11 abr (pagado por EY). llevar traje en la maleta de mano
LOCATION:Aeropuerto El Dorado
END:VEVENT
END:VCALENDAR
""",
    },
]
