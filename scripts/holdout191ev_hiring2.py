"""holdout191: Valentina on the hiring side at Banco Andino, part 2 (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000F00DBA5E11A2DB0100000000000000001000000066AB77CD88EF99A0",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-sustentacion-caso-candidato",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Pardo Villegas, Marcela":mailto:mpardo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duque Salce
 do, Hernan":mailto:hduque@bancoandino.com.co
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mateo.qu
 intero.a@hotmail.com:mailto:mateo.quintero.a@hotmail.com
DESCRIPTION;LANGUAGE=es-CO:Mateo presenta el caso que le enviamos el lune
 s (análisis de crédito de una comercializadora de insumos agrícolas)\; 20
  minutos de exposición y 25 de preguntas. Valentina y Hernán califican co
 n la rúbrica de la prueba técnica.\n
UID:040000008200E00074C5B7101A82E00800000000F00DBA5E11A2DB0100000000000000
 001000000066AB77CD88EF99A0
SUMMARY;LANGUAGE=es-CO:Sustentación caso – Mateo Quintero (Analista Fina
 nciero)
DTSTART;TZID=SA Pacific Standard Time:20250313T110000
DTEND;TZID=SA Pacific Standard Time:20250313T115000
DTSTAMP:20250310T142210Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams",
        "uid": "040000008200E00074C5B7101A82E0080000000077C1D2E3F4A5DB01000000000000000010000000F1E2D3C4B5A69788",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-teams-entrevista-tecnica-candidate-named",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Seleccion y Atraccion de Talento":mailto:atraccion.talento@b
 ancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=felipeor
 tega.fin@gmail.com:mailto:felipeortega.fin@gmail.com
DESCRIPTION;LANGUAGE=es-CO:Entrevista técnica – Analista de Crédito Sr (R
 eq. 4502)\nCandidato: Felipe Ortega Rubiano\nEntrevistadora: Valentina Gó
 mez Restrepo\n\nFelipe: por favor conéctate 5 minutos antes con cámara en
 cendida.\n\n____________________________________________________________
 ____________________\nReunión de Microsoft Teams\nÚnase a través de su equ
 ipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse
  a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY5
 ZWI%40thread.v2/0>\nId. de la reunión: 214 660 903 551\nCódigo de acceso
 : Nq4vX9\n\n
UID:040000008200E00074C5B7101A82E0080000000077C1D2E3F4A5DB0100000000000000
 0010000000F1E2D3C4B5A69788
SUMMARY;LANGUAGE=es-CO:Entrevista técnica – Analista de Crédito Sr | Felip
 e Ortega
DTSTART;TZID=SA Pacific Standard Time:20250424T090000
DTEND;TZID=SA Pacific Standard Time:20250424T100000
DTSTAMP:20250421T201155Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5DB01000000000000000010000000C0C1C2C3C4C5C6C7",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-shadowing-interviewer-training",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Ibarra Cruz, Natalia":mailto:nibarra@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Como parte de tu certificación de entrevistador
 es por competencias\, me acompañas como observadora en la entrevista de l
 a candidata a Gerente de Relación (Req. 4490). No intervienes\; al final
  revisamos juntas la rejilla STAR.\n
UID:040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5DB0100000000000000
 0010000000C0C1C2C3C4C5C6C7
SUMMARY;LANGUAGE=es-CO:Observación entrevista por competencias (shadowing
 ) – Req. 4490
DTSTART;TZID=SA Pacific Standard Time:20250227T140000
DTEND;TZID=SA Pacific Standard Time:20250227T151500
DTSTAMP:20250224T175009Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:P12 – Sala Chingaza
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "FA0E2B71-4C9D-4E53-B8A6-1D7C3E5F9A02",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-typed-filtro-telefonico",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:FA0E2B71-4C9D-4E53-B8A6-1D7C3E5F9A02
DTSTAMP:20250402T220145Z
DTSTART:20250403T113000
DTEND:20250403T115000
SUMMARY:llamar a Daniela Pardo - filtro analista jr
DESCRIPTION:cel 314 229 8871. hv de Marcela. validar inglés (5 min en ing
 lés)\, disponibilidad inmediata\, aspiración. si ok -> agendar con Hernán
CREATED:20250402T220145Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000D0D0E0E0F0F0DB0100000000000000001000000012345678ABCDEF01",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-prueba-excel-supervision",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Pardo Villegas, Marcela":mailto:mpardo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Capacit
 acion P3 (20 PCs)":mailto:sala.capacitacion.p3@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Prueba de Excel y matemática financiera para l
 os 9 preseleccionados a práctica. Necesitamos a alguien de Banca Corporat
 iva en sala para resolver dudas del enunciado y recoger los archivos. La
  calificación la hace Gestión Humana con tu plantilla de respuestas.\n
UID:040000008200E00074C5B7101A82E00800000000D0D0E0E0F0F0DB0100000000000000
 001000000012345678ABCDEF01
SUMMARY;LANGUAGE=es-CO:Prueba técnica practicantes – acompañamiento en sa
 la
DTSTART;TZID=SA Pacific Standard Time:20250402T140000
DTEND;TZID=SA Pacific Standard Time:20250402T160000
DTSTAMP:20250328T133000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Capacitacion P3 (20 PCs)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "2b9e4f60-7d1a-4c38-9e05-b3a8f1d6c274",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-checks-candidate-references",
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
UID:2b9e4f60-7d1a-4c38-9e05-b3a8f1d6c274
DTSTAMP:20250317T170211Z
DTSTART;TZID=SA Pacific Standard Time:20250318T080000
DTEND;TZID=SA Pacific Standard Time:20250318T081500
SUMMARY:Ref. laboral Sofía Ríos - ex jefe Davivienda (Jaime Acosta)
DESCRIPTION:Llamar a Jaime Acosta 601 330 0000 ext 4412. Preguntas: manejo
  de covenants\, trabajo bajo presión\, motivo de retiro\, ¿la volvería a co
 ntratar? Mandar resumen a Marcela para el comité.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000003C3C4D4D5E5EDB010000000000000000100000006F6F7A7A8B8B9C9C",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-calibracion-practicantes",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Pardo Villegas, Marcela":mailto:mpardo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mesa Ur
 ibe, Felipe":mailto:fmesa@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas A
 mado, Carolina":mailto:crojas@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Calibración de resultados y asignación de cupo
 s de práctica 2025-2 por área (Banca Corporativa 2 cupos\, Tesorería 1\,
  Riesgo 2). Cada líder trae su ranking.\n
UID:040000008200E00074C5B7101A82E008000000003C3C4D4D5E5EDB0100000000000000
 00100000006F6F7A7A8B8B9C9C
SUMMARY;LANGUAGE=es-CO:Calibración y asignación cupos práctica 2025-2
DTSTART;TZID=SA Pacific Standard Time:20250422T160000
DTEND;TZID=SA Pacific Standard Time:20250422T170000
DTSTAMP:20250415T203002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000DD44EE55FF667788",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-organizer-candidate-on-gmail",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Gomez Restrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielap
 ardo.gil98@gmail.com:mailto:danielapardo.gil98@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duque Salce
 do, Hernan":mailto:hduque@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Hola Daniela\,\n\nTe confirmo la entrevista pre
 sencial para el cargo de Analista Junior Banca Corporativa. Estaremos Her
 nán Duque (Gerente Banca Corporativa) y yo. Pregunta en recepción de la T
 orre Andino (Cra. 9 #72-21) por mí y trae tu cédula.\n\nSaludos\,\nValenti
 na Gómez Restrepo\nAnalista Senior – Banca Corporativa\nBanco Andino\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000
 0010000000DD44EE55FF667788
SUMMARY;LANGUAGE=es-CO:Entrevista – Analista Junior Banca Corporativa
DTSTART;TZID=SA Pacific Standard Time:20250408T090000
DTEND;TZID=SA Pacific Standard Time:20250408T094500
DTSTAMP:20250403T214411Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Torre Andino P14 – Sala Monserrate
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "7d0k3n8s1c5q9v2m6b4r0t7h1e@google.com",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-campus-fair-quick-interviews",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART:20250312T140000Z
DTEND:20250312T200000Z
DTSTAMP:20250303T160211Z
ORGANIZER;CN=Centro de Estrategia Profesional Uniandes:mailto:ceo@uniandes
 .edu.co
UID:7d0k3n8s1c5q9v2m6b4r0t7h1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=vgom
 ez@bancoandino.com.co;X-NUM-GUESTS=0:mailto:vgomez@bancoandino.com.co
DESCRIPTION:Feria de Prácticas y Empleo Uniandes 2025-1 – Stand 14 Banco A
 ndino.\n\nEmpresas participantes: montaje 8:30 a.m.\, apertura 9:00 a.m.
 \nLas empresas que realizan entrevistas rápidas in situ cuentan con cubícu
 lo en el segundo piso del edificio Santo Domingo. Banco Andino: cubículo
  3\, entrevistas de 10 min a estudiantes de últimos semestres para práctic
 as 2025-2.
LOCATION:Universidad de los Andes\, Edificio Santo Domingo\, Bogotá
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria de Prácticas Uniandes – Banco Andino (stand 14 + entrevistas
  rápidas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB0100000000000000001000000099887766554433BB",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-dinamica-grupal-observadora",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Seleccion y Atraccion de Talento":mailto:atraccion.talento@b
 ancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas A
 mado, Carolina":mailto:crojas@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Dinámica grupal con 12 aspirantes a práctica (
 dos grupos de 6). Los observadores de cada área registran liderazgo\, com
 unicación y trabajo en equipo en el formato F-GH-041. No es necesario pre
 parar nada.\n
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DB0100000000000000
 001000000099887766554433BB
SUMMARY;LANGUAGE=es-CO:Dinámica grupal aspirantes práctica – observadores
DTSTART;TZID=SA Pacific Standard Time:20250404T080000
DTEND;TZID=SA Pacific Standard Time:20250404T100000
DTSTAMP:20250331T152340Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Auditorio Torre Andino P2
END:VEVENT
END:VCALENDAR
""",
    },
]
