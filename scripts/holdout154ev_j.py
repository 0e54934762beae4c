"""holdout154 events, part J: more of the user on the hiring side (notes, trial day, scorecards, fair, Bookings)."""

EVENTS = [
    {
        "kind": "notas-pasante",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-typed-notes-on-pasante",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
UID:2B4D6F80-A1C3-4E5F-9789-0A1B2C3D4E5F
DTSTAMP:20250326T211500Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250326T163000
DTEND;TZID=America/Argentina/Buenos_Aires:20250326T170000
SUMMARY:Julián R. - 2da entrev
DESCRIPTION:buena redacción\, flojo societario (no sabía qué es un SHA)\,
  muy buena actitud. Pedir ref. a la cátedra de Comercial. 7/10. Pasarle a
  Mercedes.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jornada-prueba",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-supervises-paralegal-trial-day",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="RRHH Estudio Arroyo":mailto:rrhh@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mesa de E
 ntradas":mailto:mesadeentradas@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas: Sofía Lezcano viene a hacer la jornada
  de prueba como paralegal. Te pedimos que la acompañes: procuración en Tr
 ibunales (Talcahuano 550) a la mañana\, armado de cédulas y carga en el s
 istema a la tarde. A las 17 completá la evaluación en el formulario.\nGra
 cias!\nRRHH\n
UID:040000008200E00074C5B7101A82E00800000000DD11EE22FF33DB01000000000000000
 010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=es-AR:Jornada de prueba - Sofía Lezcano (paralegal)
DTSTART;TZID=Argentina Standard Time:20250331T090000
DTEND;TZID=Argentina Standard Time:20250331T173000
DTSTAMP:20250327T150000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Estudio / Tribunales
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "scorecards",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-hiringroom-evaluation-task",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//HiringRoom//Agenda//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-tarea-771002-estudioarroyo@hiringroom.com
DTSTAMP:20250314T120000Z
DTSTART;VALUE=DATE:20250317
DTEND;VALUE=DATE:20250318
SUMMARY:Tarea pendiente: completar evaluación de 4 postulantes - Pasantía
  Corporativo 2025
ORGANIZER;CN=HiringRoom:mailto:notificaciones@hiringroom.com
ATTENDEE;CN=Lucas Fernández;RSVP=FALSE:mailto:lfernandez@estudio-arroyo.co
 m.ar
DESCRIPTION:Hola Lucas\, tenés evaluaciones pendientes como entrevistador
  en la búsqueda "Pasantía Corporativo 2025" (Estudio Arroyo). Ingresá a H
 iringRoom para calificar a los postulantes que entrevistaste.\nhttps://ap
 p.hiringroom.com/evaluaciones
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feria-stand",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-staffs-firm-booth-at-job-fair",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250508T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250508T140000
DTSTAMP:20250425T140500Z
ORGANIZER;CN=Marketing Estudio Arroyo:mailto:marketing@estudio-arroyo.com.
 ar
UID:0pq7s2ht5mc9k1vb3ln8d6rfea@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lfernandez@estudio-arroyo.com.ar;X-NUM-GUESTS=0:mailto:lfernandez
 @estudio-arroyo.com.ar
DESCRIPTION:Turno en el stand del Estudio en la Feria de Empleo de la Fac
 ultad de Derecho (UBA). Recibir CVs de estudiantes\, hacer mini entrevist
 as de 5' a los interesados en pasantías y anotarlos en la planilla. Remer
 as del Estudio en recepción.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria de Empleo Derecho UBA - turno stand Arroyo
LOCATION:Facultad de Derecho UBA\, Av. Figueroa Alcorta 2263 - Salón de lo
 s Pasos Perdidos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-staff",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-bookings-staff-member-assigned",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Pasantías Estudio Arroyo:mailto:PasantiasArroyo@estudioarroyo
 .onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina G
 ómez:mailto:martu.gomez.der@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Nueva reserva\n\nServicio: Entrevista pasantía
  (30 min)\nPersonal: Lucas Fernández\nCliente: Martina Gómez\nTeléfono: +
 54 9 11 xxxx-xxxx\nNotas del cliente: Estudiante de 5to año UCA\, me inte
 resa el área de M&A.\n\nUnirse a la reunión de Microsoft Teams\nhttps://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_UGFz@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000B00C1D2E3F40DB01000000000000000
 01000000044332211FFEEDDCCBBAA998877665544
SUMMARY;LANGUAGE=es-AR:Entrevista pasantía (30 min) - Martina Gómez
DTSTART:20250320T123000Z
DTEND:20250320T130000Z
DTSTAMP:20250316T020000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segunda-instancia",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-second-round-panelist-junior-associate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Paz, Mercedes":mailto:mpaz@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Ríos:mailto:vale.rios.abog@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Córdoba
  (4)":mailto:sala.cordoba@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Valentina: te esperamos para la segunda instan
 cia por la posición de Asociada Jr. - Corporativo. Vas a conversar con Me
 rcedes Paz (socia) y Lucas Fernández (asociado). Av. Alem 855\, piso 10.\n
UID:040000008200E00074C5B7101A82E0080000000077EE88FF99AADB01000000000000000
 0100000005A5B5C5D5E5F606162636465666768
SUMMARY;LANGUAGE=es-AR:2da instancia - Valentina Ríos
DTSTART;TZID=Argentina Standard Time:20250401T110000
DTEND;TZID=Argentina Standard Time:20250401T120000
DTSTAMP:20250327T190000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala Córdoba (4)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referencias-candidata",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-calls-candidate-references",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB01000000000000000
 010000000ABABABABCDCDCDCDEFEFEFEF01010101
DTSTAMP:20250403T124000Z
DTSTART;TZID=Argentina Standard Time:20250404T100000
DTEND;TZID=Argentina Standard Time:20250404T103000
SUMMARY:Llamar referencias V. Ríos (Dr. Ocampo - su jefe en Bulló & Asoc.)
DESCRIPTION:Preguntar: autonomía\, calidad de escritos\, motivo de salida.
  Tel. en el CV. Mercedes pidió antes del viernes.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "examen-pasantes",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-proctors-written-exam",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="RRHH Estudio Arroyo":mailto:rrhh@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala 3 (12)":
 mailto:sala3@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Examen escrito para postulantes a pasantías (8
  inscriptos). Lucas queda a cargo de la sala: entregar consignas a las 9
 :05\, retirar a las 11:00. Sin celulares. Computadoras del Estudio ya con
 figuradas.\n
UID:040000008200E00074C5B7101A82E0080000000013572468ACE0DB01000000000000000
 010000000BDF13579ACE02468BDF13579ACE02468
SUMMARY;LANGUAGE=es-AR:Examen escrito postulantes pasantías
DTSTART:20250307T120000Z
DTEND:20250307T140000Z
DTSTAMP:20250303T141000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala 3 (12)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visiting-intern",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-english-call-with-visiting-intern-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250408T150000Z
UID:ZOOM83390021476@zoom.us
DTSTART:20250414T140000Z
DTEND:20250414T143000Z
SUMMARY:Estudio Arroyo - Summer Visiting Program - Emily Carter
DESCRIPTION:Lucas Fernández is inviting you to a scheduled Zoom meeting.\n
 \nTopic: Estudio Arroyo - Summer Visiting Program - Emily Carter\nEmily: t
 his is a 30-minute conversation about your application to our visiting f
 oreign law student program (July-August). We'll talk in English and a bi
 t of Spanish.\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/83390021476
 \nMeeting ID: 833 9002 1476\n
LOCATION:https://us05web.zoom.us/j/83390021476
ORGANIZER;CN=Lucas Fernández:mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;CN=emily.carter@law.georgetown.edu;RSVP=TRUE:mailto:emily.carter@
 law.georgetown.edu
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rrhh-paralegal",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-hr-books-him-for-paralegal-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000091ABCDEF0011DB01000000000000000
 010000000C0FFEE1234567890ABCDEF1234567891
DTSTAMP:20250320T170000Z
DTSTART;TZID=Argentina Standard Time:20250325T103000
DTEND;TZID=Argentina Standard Time:20250325T111500
SUMMARY:Entrevista Paralegal Sr. - Rocío Benítez (entrevista: L. Fernández)
ORGANIZER;CN="RRHH Estudio Arroyo":mailto:rrhh@estudio-arroyo.com.ar
ATTENDEE;CN="Fernández, Lucas";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lfern
 andez@estudio-arroyo.com.ar
DESCRIPTION:Lucas: la candidata confirmó. Adjuntamos CV y resultado del e
 scrito (8/10). Recepción la hace subir a tu oficina.\nRRHH
LOCATION:Oficina L. Fernández - piso 10
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
