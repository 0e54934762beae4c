"""holdout154 events, part L: research, survey, coffee, fair, referee call, personal life, classes, a workshop."""

EVENTS = [
    {
        "kind": "entrevista-tesis",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "research-interview-user-as-subject-thesis",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250312T223000Z
DTEND:20250312T233000Z
DTSTAMP:20250307T010000Z
ORGANIZER;CN=Joaquina Ré:mailto:joaquina.re@mail.austral.edu.ar
UID:8gn2c5kq1mt7r0hv4dbl3sp9fe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Lucas\, mil gracias por aceptar! Es la entrevista semiestructu
 rada para mi tesis de Maestría en Derecho Empresario (Austral) sobre "el
  paso de estudio a in-house en abogados jóvenes". Dura ~45'\, es anónima
  y la grabo con tu consentimiento.\nhttps://meet.google.com/tes-hqwa-pnm
SUMMARY:Entrevista tesis - Joaquina Ré (Maestría Austral)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "encuesta-salarial",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "salary-survey-phone-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E7E8E9EAEBECDB01000000000000000
 01000000022446688AACCEE0011335577990BDDFF
DTSTAMP:20250318T140000Z
DTSTART:20250402T130000Z
DTEND:20250402T132000Z
SUMMARY:Encuesta de Remuneraciones Legales 2025 - entrevista telefónica
ORGANIZER;CN=Equipo Encuestas Compensar:mailto:encuestas@compensar-consult
 ores.com.ar
ATTENDEE;CN=lucasfernandez.abog@yahoo.com.ar;RSVP=TRUE:mailto:lucasfernand
 ez.abog@yahoo.com.ar
DESCRIPTION:Gracias por participar del relevamiento anual de remuneracion
 es de abogados en estudios y empresas. Una encuestadora lo llamará para u
 na entrevista de 15-20 minutos. Los datos son confidenciales y se publica
 n agregados. Como agradecimiento recibirá el informe completo.
LOCATION:Llamada telefónica
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-informal",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "informational-coffee-with-in-house-counsel",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250306T083000
DTEND;TZID=America/Argentina/Buenos_Aires:20250306T092000
DTSTAMP:20250304T003300Z
UID:1ml9v4bq7hc2t0ks8pdr5gn3fa@google.com
SUMMARY:Café con Caro Medina (legal counsel en Kuntur)
DESCRIPTION:Ex compañera de la facu. NO es entrevista\, es para que me cu
 ente cómo es trabajar in-house ahí antes del proceso formal. Preguntar cu
 ltura\, horarios\, a quién reporta legal.
LOCATION:Café Cuervo\, El Salvador 4580
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "expo-empleo",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "careers-fair-attended-as-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1092283377451-order-88172
DTSTAMP:20250401T150000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250515T140000
DTEND;TZID=America/Argentina/Buenos_Aires:20250515T200000
SUMMARY:Expo Carreras Legales In-House 2025
DESCRIPTION:Tu entrada para Expo Carreras Legales In-House 2025. Más de 30
  empresas buscando abogados: stands\, charlas y entrevistas relámpago. Tr
 aé tu CV impreso.\nOrden #88172 - Entrada General\nOrganiza: Asociación d
 e Abogados de Empresa
LOCATION:Centro Costa Salguero\, Av. Rafael Obligado 1221\, CABA
ORGANIZER;CN=Eventbrite:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referencia-referee",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "reference-call-user-is-referee-for-ex-pasante",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T140000Z
DTEND:20250409T141500Z
DTSTAMP:20250407T160500Z
ORGANIZER;CN=Gabriela Núñez:mailto:gnunez@adeccolegal.com.ar
UID:5sd0fk8m2qh6t9bv1cl7pr3gne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lfernandez@estudio-arroyo.com.ar;X-NUM-GUESTS=0:mailto:lfernandez
 @estudio-arroyo.com.ar
DESCRIPTION:Dr. Fernández\, Nicolás Pereyra lo indicó como referencia lab
 oral (fue pasante a su cargo 2022-2023). Lo llamo a su celular para hacer
 le unas preguntas breves sobre su desempeño. Muchas gracias.\nGabriela N
 úñez - Selección
SUMMARY:Referencias laborales - Nicolás Pereyra
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "turno-medico",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "personal-doctor-turno",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
UID:11A2B3C4-D5E6-47F8-9A0B-C1D2E3F4A5B6
DTSTAMP:20250301T120000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250314T081500
DTEND;TZID=America/Argentina/Buenos_Aires:20250314T084500
SUMMARY:Dermatólogo - Dra. Kaplan (OSDE)
LOCATION:Centro Médico Pueyrredón\, Av. Pueyrredón 1640
DESCRIPTION:llevar credencial
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "turno-banco",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "personal-bank-appointment-entrevista-con-oficial",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Banco//Turnos Web//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:turno-suc-0217-20250407-1030-FERNANDEZ
DTSTAMP:20250401T120000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250407T103000
DTEND;TZID=America/Argentina/Buenos_Aires:20250407T110000
SUMMARY:Turno: Entrevista con oficial de negocios - Crédito Hipotecario U
 VA
DESCRIPTION:Sucursal 217 - Palermo Chico. Presentarse con DNI\, últimos 3
  recibos de sueldo y constancia de CUIL. Turno para: FERNANDEZ LUCAS.
LOCATION:Av. Santa Fe 3120\, CABA
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "turno-pasaporte",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "official-appointment-passport-renaper",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Mi Argentina//Turnos//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:miargentina-turno-RENAPER-5548120
DTSTAMP:20250310T120000Z
DTSTART:20250321T113000Z
DTEND:20250321T120000Z
SUMMARY:Turno RENAPER - Trámite de Pasaporte
DESCRIPTION:Centro de Documentación Rápida - Paseo Colón 1093. Presentar
 se 10 minutos antes con DNI vigente. Código de turno: 5548120.
LOCATION:Paseo Colón 1093\, CABA
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clase-maestria",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "recurring-masters-class-x-wr-timezone-export",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Maestría
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250311T190000
DTEND;TZID=America/Argentina/Buenos_Aires:20250311T220000
RRULE:FREQ=WEEKLY;UNTIL=20250701T025959Z;BYDAY=TU
DTSTAMP:20250505T002911Z
UID:3ek7q0mv5ts2c9hb1dl8gr4npa@google.com
DESCRIPTION:Derecho de la Energía y Recursos Naturales - Prof. Dr. Alberto
  Cassagne. Aula 4\, sede Cerrito.
LOCATION:Univ. Austral - Cerrito 1250
SUMMARY:Clase Maestría - Energía y RRNN
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taller-entrevistas",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "workshop-on-job-interviews-for-lawyers-spanish",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250320T120000Z
UID:ZOOM84477120053@zoom.us
DTSTART:20250326T213000Z
DTEND:20250326T230000Z
SUMMARY:Taller: Cómo encarar la entrevista para un puesto in-house (Abogad
 os en Transición)
DESCRIPTION:Hola Lucas\,\nGracias por inscribirte al taller. Temas: cómo
  contar tu experiencia de estudio en clave de negocio\, preguntas típicas
  de Gerentes Legales\, role-playing en breakout rooms.\nUnite: https://us
 02web.zoom.us/j/84477120053\nCódigo: transicion\n
LOCATION:https://us02web.zoom.us/j/84477120053
ORGANIZER;CN=Abogados en Transición:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cumple-abuela",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "family-birthday-all-day",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
UID:77C8D9E0-F1A2-43B4-95C6-D7E8F9A0B1C2
DTSTAMP:20250101T120000Z
DTSTART;VALUE=DATE:20250412
DTEND;VALUE=DATE:20250413
RRULE:FREQ=YEARLY
SUMMARY:Cumple abuela Nelly 🎂 (almuerzo en Banfield)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cliente-intake",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "client-intake-entrevista-inicial-new-matter",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Secretaría Estudio Arroyo":mailto:secretaria@estudio-arroyo.
 com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Entrevista inicial con potencial cliente: Sr.
  Martín Echeverry (socio de Frigorífico El Ombú S.R.L.) - conflicto socie
 tario con su hermano\, posible exclusión de socio. Lo derivó Federico. C
 hequear conflicto de intereses antes.\n
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB01000000000000000
 0100000008899AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=es-AR:Entrevista inicial - Sr. Echeverry (Frigorífico El
  Ombú)
DTSTART:20250408T140000Z
DTEND:20250408T150000Z
DTSTAMP:20250403T160000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala Córdoba (4)
END:VEVENT
END:VCALENDAR
""",
    },
]
