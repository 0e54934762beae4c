# ruff: noqa: E501
"""holdout149 events, part 13: the warehouse's own calendar and personal life (hand-written raw iCalendar)."""

_CSTMX = r"""BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="imss-doctor",
        uid="0b3e6h9k2n5q8t1w4z7c0f3i6l@google.com",
        label=(0, "", "", "", "", "personal-imss-family-doctor"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:America/Monterrey
BEGIN:VEVENT
DTSTART:20250305T140000Z
DTEND:20250305T150000Z
DTSTAMP:20250226T040501Z
UID:0b3e6h9k2n5q8t1w4z7c0f3i6l@google.com
DESCRIPTION:UMF 66 consultorio 12 turno matutino. llevar carnet y resulta
 dos de laboratorio (glucosa\, perfil lipídico)
LOCATION:IMSS UMF 66\, Apodaca
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cita IMSS medicina familiar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="school-meeting",
        uid="7E4A2C1B-9D0F-4E3A-8B6C-5D2E1F0A9B8C",
        label=(0, "", "", "", "", "personal-school-parents-meeting"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E4A2C1B-9D0F-4E3A-8B6C-5D2E1F0A9B8C
DTSTAMP:20250203T020011Z
DTSTART;TZID=America/Monterrey:20250207T073000
DTEND;TZID=America/Monterrey:20250207T083000
SUMMARY:Junta de padres 4o B - Sofi
LOCATION:Colegio Valle Alto
DESCRIPTION:entrega de boletas 2o trimestre
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sat-appointment",
        uid="sat-cita-NL-4471203@sat.gob.mx",
        label=(0, "", "", "", "", "personal-sat-tax-office-appointment"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAT//Citas//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:sat-cita-NL-4471203@sat.gob.mx
DTSTAMP:20250108T170010Z
DTSTART:20250114T161500Z
DTEND:20250114T164500Z
SUMMARY:Cita SAT - Renovación de e.firma
DESCRIPTION:Folio: NL-4471203\nOficina: ADSC Nuevo León "1" San Pedro Gar
 za García\nRequisitos: identificación oficial\, USB\, correo electrónico p
 ersonal.
LOCATION:ADSC Nuevo León 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="daily-ops",
        uid="040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB0100000000000000001000000044556677889900112233AABBCCDDEEFF",
        label=(0, "", "", "", "", "internal-daily-operations-meeting-recurring-override"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Cantú, Refugio":mailto:rcantu@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Reyna, Karla":mailto:kreyna@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Supervisores Turno":mailto:supervisores@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Junta de arranque: pendientes de embarque\, ba
 ckorders\, faltas y accidentes del turno anterior\, status de andenes.\n
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB0100000000000000001000000044556677889900112233AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Junta de arranque de turno
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU
DTSTART;TZID=Central Standard Time (Mexico):20250106T071500
DTEND;TZID=Central Standard Time (Mexico):20250106T073000
DTSTAMP:20250102T190044Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Andén 4 (de pie)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB0100000000000000001000000044556677889900112233AABBCCDDEEFF
RECURRENCE-ID;TZID=Central Standard Time (Mexico):20250317T071500
SUMMARY;LANGUAGE=es-MX:Junta de arranque de turno (día festivo - solo T1 por Teams)
DTSTART;TZID=Central Standard Time (Mexico):20250317T080000
DTEND;TZID=Central Standard Time (Mexico):20250317T081500
DTSTAMP:20250313T230000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-MX:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ctpat-audit",
        uid="040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB0100000000000000001000000055667788990011223344AABBCCDDEEFF",
        label=(0, "", "", "", "", "oea-ctpat-audit-staff-interviews"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Calidad y Cumplimiento":mailto:calidad@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garza, Eugenio":mailto:egarza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Visita de validación OEA / C-TPAT. El auditor
  realizará entrevistas al Gerente de Operaciones\, supervisores y personal
  de andenes sobre control de sellos\, inspección de 17 puntos del tracto
 camión y control de acceso. Tener bitácoras impresas.\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB0100000000000000001000000055667788990011223344AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Validación OEA/C-TPAT - entrevistas del auditor al personal
DTSTART;TZID=Central Standard Time (Mexico):20250218T090000
DTEND;TZID=Central Standard Time (Mexico):20250218T120000
DTSTAMP:20250205T150022Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 1 / Andenes
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="safety-training",
        uid="040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E0DB0100000000000000001000000066778899001122334455AABBCCDDEEFF",
        label=(0, "", "", "", "", "internal-forklift-safety-training"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Seguridad e Higiene":mailto:seguridad@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montacarguistas T1":mailto:montacargas.t1@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Curso NOM-006-STPS-2023 manejo seguro de mont
 acargas (teoría + evaluación práctica). Se entrega constancia DC-3. Geren
 cia de Operaciones abre el curso.\n
UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D9E0DB0100000000000000001000000066778899001122334455AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Capacitación NOM-006 montacargas - grupo T1
DTSTART;TZID=Central Standard Time (Mexico):20250301T070000
DTEND;TZID=Central Standard Time (Mexico):20250301T150000
DTSTAMP:20250220T191212Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Sala de capacitación Nave 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="customer-visit",
        uid="040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DB0100000000000000001000000077889900112233445566AABBCCDDEEFF",
        label=(0, "", "", "", "", "customer-visit-business-review"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Ventas Cerro Norte - Ing. Lozano":mailto:flozano@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabriel Ochoa:mailto:gochoa@electrolinares.com.mx
DESCRIPTION;LANGUAGE=es-MX:QBR con Electrodomésticos Linares: KPIs del tr
 imestre (OTIF 97.8%\, daños 0.12%)\, recorrido por su zona en Nave 2 y pla
 n de temporada alta Buen Fin. Rafael presenta operación.\n
UID:040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DB0100000000000000001000000077889900112233445566AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Visita cliente Electrodomésticos Linares - QBR Q1
DTSTART;TZID=Central Standard Time (Mexico):20250410T100000
DTEND;TZID=Central Standard Time (Mexico):20250410T130000
DTSTAMP:20250328T160010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 2 / Sala Clientes
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vendor-demo",
        uid="hubspot-meeting-88123047-wms-demo",
        label=(0, "", "", "", "", "wms-vendor-demo-sales-meeting"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//HubSpot Inc//HubSpot Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hubspot-meeting-88123047-wms-demo
DTSTAMP:20250129T180511Z
DTSTART:20250204T210000Z
DTEND:20250204T220000Z
SUMMARY:Demo WMS Almacenix - Logística Cerro Norte
DESCRIPTION:Hola Rafael\, gracias por agendar. Mostraremos recepción con R
 F\, slotting dinámico\, oleadas de surtido y el módulo de mano de obra (L
 MS). Invita a tu equipo de sistemas.\n\nZoom: https://almacenix.zoom.us/j/
 97122003114\n\nRodrigo Fuentes | Account Executive | Almacenix
LOCATION:Zoom
ORGANIZER;CN=Rodrigo Fuentes:mailto:rodrigo.fuentes@almacenix.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=ACCEPTED:mailto:rmendoza@cerronorte-log.com.mx
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="physical-inventory",
        uid="040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB0100000000000000001000000088990011223344556677AABBCCDDEEFF",
        label=(0, "", "", "", "", "annual-physical-inventory-all-day"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Operaciones CN":mailto:operaciones@cerronorte-log.com.mx
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Auditoría externa":mailto:auditoria.inventarios@despachoayala.com.mx
DESCRIPTION;LANGUAGE=es-MX:Inventario físico anual Nave 1 y 2. Almacén c
 errado a recepciones y embarques desde el viernes 18:00. Conteo ciego + r
 econteo de diferencias. Auditores externos presentes.\n
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB0100000000000000001000000088990011223344556677AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:INVENTARIO FÍSICO ANUAL
DTSTART;VALUE=DATE:20250111
DTEND;VALUE=DATE:20250113
DTSTAMP:20241216T203315Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
LOCATION;LANGUAGE=es-MX:Nave 1 y Nave 2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="diploma-class",
        uid="canvas-calendar-event-442108@tecmilenio.instructure.com",
        label=(0, "", "", "", "", "evening-class-supply-chain-diploma"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Instructure//Canvas LMS//EN
METHOD:PUBLISH
X-WR-CALNAME:Rafael Mendoza Calendar (Canvas)
BEGIN:VEVENT
UID:canvas-calendar-event-442108@tecmilenio.instructure.com
DTSTAMP:20250110T120000Z
DTSTART:20250116T010000Z
DTEND:20250116T030000Z
SUMMARY:Diplomado en Cadena de Suministro - Módulo 4: Gestión de Almacenes
  [DCS-2025-01]
DESCRIPTION:Sesión en vivo. Tema: entrevistas de diagnóstico con clientes
  internos y mapeo de procesos (VSM) en el almacén. Tarea: caso práctico CE
 DIS.
LOCATION:Zoom (ver módulo)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="induction-talk",
        uid="040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DB0100000000000000001000000099001122334455667788AABBCCDDEEFF",
        label=(0, "", "", "", "", "onboarding-platica-de-induccion-new-hires"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Rafael\, te toca la plática de Operaciones en l
 a inducción de los 12 nuevos ingresos (auxiliares y montacarguistas que en
 tran el lunes): reglamento de almacén\, 5S\, rutas peatonales y EPP. 30 m
 in.\n
UID:040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DB0100000000000000001000000099001122334455667788AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Inducción nuevo ingreso - plática Operaciones
DTSTART;TZID=Central Standard Time (Mexico):20250428T083000
DTEND;TZID=Central Standard Time (Mexico):20250428T090000
DTSTAMP:20250423T150010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Sala de capacitación Nave 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="climate-survey",
        uid="nom035-encuesta-2025-cn-rmendoza@encuestas-cn.mx",
        label=(0, "", "", "", "", "nom-035-workplace-survey-deadline"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:nom035-encuesta-2025-cn-rmendoza@encuestas-cn.mx
DTSTAMP:20250401T140000Z
DTSTART;VALUE=DATE:20250415
DTEND;VALUE=DATE:20250416
SUMMARY:Fecha límite: Cuestionario NOM-035 y Encuesta de Clima Laboral 202
 5
DESCRIPTION:Recuerda contestar el cuestionario de identificación de facto
 res de riesgo psicosocial (Guía de Referencia III) y la encuesta de clima
 . Es anónimo. Gerentes: asegurar que su personal de turno lo conteste en
  los kioscos.
ORGANIZER;CN=Capital Humano:mailto:capitalhumano@cerronorte-log.com.mx
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exit-subordinate",
        uid="1f4a7c0e3b@rafa-pixel",
        label=(0, "", "", "", "", "user-conducts-exit-interview-of-supervisor"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:1f4a7c0e3b@rafa-pixel
DTSTAMP:20250402T151002Z
DTSTART:20250403T140000
DTEND:20250403T143000
SUMMARY:Entrevista de salida - Cuauhtémoc (sup T3)
DESCRIPTION:se va a una acerera en Pesquería. preguntar qué lo hizo irse\, turnos\, sueldo.
  Nancy ya tiene el formato. Ver quién cubre T3 mientras
END:VEVENT
END:VCALENDAR
""",
    ),
]
