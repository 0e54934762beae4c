# ruff: noqa: E501, W291, W293, RUF100
"""holdout276 events, part A: the user's own interviews at DMCs and hotel groups (Seville, Madrid, Córdoba)."""

from holdout276ev_zones import MADRID_GOOGLE, ROMANCE, UTC_LABEL_MADRID, fold, google_footer, teams, zoom

ME = "macarena.villalobos.guia@gmail.com"
ME_WORK = "macarena@sevillatours-guias.example.es"

FORMS = {
    "Bética DMC": ["Bética", "Bética Destination Management", "Betica DMC"],
    "Andalucía Incoming Partners": ["AIP", "Andalucia Incoming Partners", "AIP Incoming"],
    "Meridiano Experiences": ["Meridiano", "Meridiano Experiences DMC"],
    "Hoteles Albero Collection": ["Albero Collection", "Hoteles Albero", "Albero Hotels"],
    "Patios de Azahar Hotels": ["Patios de Azahar", "Patios de Azahar Hoteles", "Grupo Patios de Azahar"],
    "Haciendas del Guadalquivir": ["Haciendas del Guadalquivir Hotel Group", "HdG Hotels"],
    "Hoteles Giralda Centro": ["Giralda Centro", "Grupo Hoteles Giralda Centro"],
    "Casa Palacio Alameda Hotel": ["Casa Palacio Alameda", "Hotel Casa Palacio Alameda"],
    "Grupo Incentivos Guadalquivir": ["GIG", "Incentivos Guadalquivir"],
    "Albaida Eventos": ["Albaida", "Albaida Eventos DMC"],
    "Nómada Luxury Travel": ["Nómada", "Nomada Luxury Travel", "Nomada"],
}

EVENTS = [
    # Bética DMC, round 1: consultora names the client, Outlook + Teams
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B0C7E1A2F82BDC01000000000000000010000000A3F4D1C9E27B5B4C9B0E6A1D2F3C4B5A",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Prieto Sánchez, Inmaculada":mailto:iprieto@talentiasur-consultores.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nTal y como hemos hablado por teléfono\, te envío la convocatoria para la primera entrevista del proceso de Product Manager que llevamos para nuestro cliente Bética DMC (Destination Management Company con sede en Sevilla). Será una conversación de unos 30 minutos conmigo para repasar tu trayectoria como guía oficial\, los idiomas y tus expectativas. Si avanzas\, la siguiente fase ya sería con el equipo de Bética.\n\nUn saludo\,\nInmaculada Prieto\nConsultora Senior | Talentia Sur Consultores\nT. +34 954 08 21 87\n\n{teams("es", "318 442 907 615", "nT7qW2", "ZTk3MGE2YzEtNDhiYy00ZDFlLWI2NTEtOGQ2YzE5ZmE0YjJm")}
UID:040000008200E00074C5B7101A82E00800000000B0C7E1A2F82BDC01000000000000000010000000A3F4D1C9E27B5B4C9B0E6A1D2F3C4B5A
SUMMARY;LANGUAGE=es-ES:Entrevista Product Manager (cliente Bética DMC) - Macarena Villalobos
DTSTART;TZID=Romance Standard Time:20250923T100000
DTEND;TZID=Romance Standard Time:20250923T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T081544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123985114
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Bética DMC",
        role="Product Manager",
        stage="recruiter_screen",
        interviewers="iprieto@talentiasur-consultores.example.es",
        trap="consultora-names-client-teams",
        hiring=False,
    ),
    # Bética DMC, round 2: case study, Google invite with a room resource
    dict(
        kind="google-invite",
        uid="5t0k2qg7o1b8c9mvh3e6a4jr1u@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T073000Z
DTEND:20251002T090000Z
DTSTAMP:20250925T154210Z
ORGANIZER;CN=Álvaro Mendaro:mailto:amendaro@beticadmc.example.com
UID:5t0k2qg7o1b8c9mvh3e6a4jr1u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Álvaro Mendaro;X-NUM-GUESTS=0:mailto:amendaro@beticadmc.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paula Castillo;X-NUM-GUESTS=0:mailto:pcastillo@beticadmc.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oficina Sevilla-3-Sala Triana (6);X-NUM-GUESTS=0:mailto:c_1889a0f3kq2ls9d7hb5m4c6e0e@resource.calendar.google.com
X-MICROSOFT-CDO-OWNERAPPTID:-1672094388
CREATED:20250925T154209Z
DESCRIPTION:Hola Macarena\,<br><br>Como te adelantó Inmaculada (Talentia Sur)\, la segunda fase del proceso de <b>Product Manager</b> es un caso práctico. Te enviaremos el briefing 48 h antes: programa de incentivo de 3 días Sevilla–Jerez para 120 pax de una farmacéutica alemana\, con escandallo y proveedores.<br><br>Lo presentas en 20 min y después lo comentamos con Paula Castillo (Head of Operations) y conmigo.<br><br>Oficina: Calle Álvarez Quintero 21\, 3ª planta. Pregunta en recepción por Bética.<br><br>Un saludo\,<br>Álvaro Mendaro<br>Director de Producto · Bética DMC\n\n{google_footer("es")}
LAST-MODIFIED:20250925T154209Z
LOCATION:Bética DMC\, Calle Álvarez Quintero 21\, 41004 Sevilla\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bética DMC · Caso práctico Product Manager – Macarena Villalobos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Bética DMC",
        role="Product Manager",
        stage="technical",
        interviewers="amendaro@beticadmc.example.com;pcastillo@beticadmc.example.com",
        trap="google-invite-case-study-room-resource",
        hiring=False,
    ),
    # Bética DMC, final: terse iPhone entry, floating time
    dict(
        kind="apple-hand-typed",
        uid="8E1F4C7A-2B93-4D60-A5C1-77F0D3B9E214",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251008T194402Z
DTEND:20251014T140000
DTSTAMP:20251008T194431Z
DTSTART:20251014T130000
LAST-MODIFIED:20251008T194431Z
LOCATION:Bética\, Álvarez Quintero 21
SEQUENCE:0
SUMMARY:Final Bética 🤞
DESCRIPTION:con Reyes Galindo (CEO) y Álvaro. llevar portátil x si piden repasar el caso. preguntar fecha incorporación y si hay que viajar a ferias (ITB/WTM)
TRANSP:OPAQUE
UID:8E1F4C7A-2B93-4D60-A5C1-77F0D3B9E214
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
X-APPLE-CREATOR-TEAM-IDENTITY:0000000000
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:1C3E0F52-9A47-4B8D-8E21-D5A6B7C8E9F0
X-WR-ALARMUID:1C3E0F52-9A47-4B8D-8E21-D5A6B7C8E9F0
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Bética DMC",
        role="",
        stage="final",
        interviewers="Reyes Galindo;Álvaro",
        trap="ios-floating-terse-final-emoji",
        hiring=False,
    ),
    # AIP, hiring manager: Exchange, CN "Last, First", room resource, X-ALT-DESC
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000F1A4C2D7C126DC01000000000000000010000000C8E2B71F04D9A346B1E5F0C3D7A9E286",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Núñez Ortega, Beatriz":mailto:bnunez@aip-incoming.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos Ruiz:mailto:{ME}
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=AIP - Sala Reuniones 1:mailto:sala1@aip-incoming.example.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Macarena\,\n\nGracias por tu candidatura al puesto de Product Manager MICE. Te confirmo la entrevista en nuestras oficinas de C/ Rioja. Hablaremos de tu experiencia con grupos de incentivo y cruceros\, de cómo construyes un programa y de proveedores en Andalucía. Calcula una hora.\n\nSaludos\,\n\nBeatriz Núñez Ortega\nDirectora de Operaciones\nAndalucía Incoming Partners (AIP)\n\n
UID:040000008200E00074C5B7101A82E00800000000F1A4C2D7C126DC01000000000000000010000000C8E2B71F04D9A346B1E5F0C3D7A9E286
SUMMARY;LANGUAGE=es-ES:Entrevista - Product Manager MICE
DTSTART;TZID=Romance Standard Time:20250917T120000
DTEND;TZID=Romance Standard Time:20250917T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T102233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:AIP - Sala Reuniones 1; C/ Rioja 12\, 2ª planta\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-587223190
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"AIP - Sala Reuniones 1","LocationAnnotation":"","LocationSource":3,"Unresolved":false,"LocationUri":"sala1@aip-incoming.example.com"}},{{"DisplayName":"C/ Rioja 12, 2ª planta, Sevilla","LocationAnnotation":"","LocationSource":0,"Unresolved":true,"LocationUri":""}}]
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body><p>Buenos días Macarena\,</p><p>Gracias por tu candidatura al puesto de <b>Product Manager MICE</b>. Te confirmo la entrevista en nuestras oficinas de C/ Rioja. Hablaremos de tu experiencia con grupos de incentivo y cruceros\, de cómo construyes un programa y de proveedores en Andalucía. Calcula una hora.</p><p>Saludos\,</p><p>Beatriz Núñez Ortega<br>Directora de Operaciones<br>Andalucía Incoming Partners (AIP)</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Andalucía Incoming Partners",
        role="Product Manager MICE",
        stage="hiring_manager",
        interviewers="bnunez@aip-incoming.example.com",
        trap="exchange-room-resource-cn-last-first",
        hiring=False,
    ),
    # AIP, assessment day: '(UTC+01:00) ...' zone name, candidates in BCC, assessors only in the text
    dict(
        kind="outlook-assessment-centre",
        uid="040000008200E00074C5B7101A82E0080000000050D3E98A6C33DC0100000000000000001000000019B7C5E3A0F4D21C8E6B9A7F5D3C1E08",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC_LABEL_MADRID}BEGIN:VEVENT
ORGANIZER;CN=Selección AIP:mailto:seleccion@aip-incoming.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Buenos días\,\n\nEnhorabuena por pasar a la siguiente fase del proceso de Product Manager MICE. La sesión tendrá tres partes:\n\n1. Dinámica de grupo con otras cinco personas candidatas (60 min).\n2. Presentación individual de una propuesta de fam trip para agentes de viaje británicos (15 min + preguntas).\n3. Breve entrevista por competencias.\n\nEvaluadores: Beatriz Núñez\, Directora de Operaciones (bnunez@aip-incoming.example.com) y Jorge Lastra\, CEO (jlastra@aip-incoming.example.com).\n\nPor favor\, confirma tu asistencia respondiendo a esta convocatoria. Esta invitación se envía con copia oculta al resto de participantes.\n\nDepartamento de Personas – Andalucía Incoming Partners\n
UID:040000008200E00074C5B7101A82E0080000000050D3E98A6C33DC0100000000000000001000000019B7C5E3A0F4D21C8E6B9A7F5D3C1E08
SUMMARY;LANGUAGE=es-ES:Proceso Product Manager MICE: dinámica de grupo + presentación individual
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251008T093000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251008T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T070512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:AIP - Sala Formación (planta baja)\, C/ Rioja 12\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1790032457
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Andalucía Incoming Partners",
        role="Product Manager MICE",
        stage="onsite",
        interviewers="bnunez@aip-incoming.example.com;jlastra@aip-incoming.example.com",
        trap="assessment-centre-utc-label-zone-bcc",
        hiring=False,
    ),
    # Meridiano Experiences, round 1: Teamtailor
    dict(
        kind="teamtailor-invite",
        uid="tt-interview-4b81c9e2-7d33-4f0a-9e65-2a1d8c0f7b54@teamtailor.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:tt-interview-4b81c9e2-7d33-4f0a-9e65-2a1d8c0f7b54@teamtailor.com
DTSTAMP:20250929T114503Z
DTSTART;TZID=Europe/Madrid:20251003T110000
DTEND;TZID=Europe/Madrid:20251003T113000
SUMMARY:Entrevista: Product Manager Andalucía · Meridiano Experiences
ORGANIZER;CN=Sofía Urquijo:mailto:surquijo@meridiano-experiences.example.com
ATTENDEE;CN=Sofía Urquijo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:surquijo@meridiano-experiences.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Hola Macarena\,\n\n¡Gracias por tu interés en Meridiano Experiences! Esta primera conversación será con Sofía Urquijo (Talent Acquisition) para conocerte y contarte el puesto de Product Manager Andalucía.\n\nEnlace de la videollamada: https://meet.google.com/qxr-hbtn-wae\n\n¿Necesitas cambiar la hora? https://meridiano-experiences.teamtailor.example.com/meetings/4b81c9e2/reschedule\n\nUn saludo\,\nEquipo de Talento · Meridiano Experiences
LOCATION:https://meet.google.com/qxr-hbtn-wae
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Meridiano Experiences",
        role="Product Manager Andalucía",
        stage="recruiter_screen",
        interviewers="surquijo@meridiano-experiences.example.com",
        trap="teamtailor-long-lines-meet-link",
        hiring=False,
    ),
    # Meridiano Experiences, round 2: rescheduled (SEQUENCE 1), recruiter organizes but does not interview
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E008000000002A6F41C95B3ADC01000000000000000010000000E47A2C9B1D58F3469A0C7E2B5F8D1A63",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Urquijo, Sofía":mailto:surquijo@meridiano-experiences.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bravo-Lanza, Héctor":mailto:hbravo@meridiano-experiences.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Macarena\, disculpa el cambio: Héctor tiene una visita de inspección en Ronda el lunes\, así que movemos la entrevista al miércoles 22 a las 17:00. Esta vez no estaré yo: será una conversación entre Héctor (Director de Producto) y tú\, más centrada en producto\, pricing y proveedores. Mismo enlace de Teams.\n\nSofía\n\n{teams("es", "355 019 284 771", "Lq3mZ9", "MjE4YTkwNDUtYzQ3Mi00NmRkLWEwNzQtYjk1ZDNhN2M0ZTZl")}
UID:040000008200E00074C5B7101A82E008000000002A6F41C95B3ADC01000000000000000010000000E47A2C9B1D58F3469A0C7E2B5F8D1A63
SUMMARY;LANGUAGE=es-ES:Entrevista Product Manager Andalucía – Héctor Bravo / Macarena Villalobos
DTSTART;TZID=Romance Standard Time:20251022T170000
DTEND;TZID=Romance Standard Time:20251022T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T160107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1203377451
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Meridiano Experiences",
        role="Product Manager Andalucía",
        stage="hiring_manager",
        interviewers="hbravo@meridiano-experiences.example.com",
        trap="rescheduled-sequence-recruiter-organizer",
        hiring=False,
    ),
    # Hoteles Albero Collection, round 1: hospitality search firm names the client, Webex
    dict(
        kind="outlook-webex-invite",
        uid="040000008200E00074C5B7101A82E00800000000C3E1B5F79A2FDC0100000000000000001000000072D9F1A4C6B3E85D0A2F7C9E1B4D6A38",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lozano Gil, Marta":mailto:mlozano@selecta-hospitality.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nGracias por tu tiempo al teléfono. Como te comenté\, desde Selecta Hospitality Search gestionamos en exclusiva la búsqueda de Guest Experience Manager para nuestro cliente Hoteles Albero Collection (9 hoteles boutique en Andalucía\, posición con base en Sevilla). Te propongo una videoentrevista conmigo de unos 45 minutos.\n\nMarta Lozano\nSenior Consultant – Hospitality & Leisure\nSelecta Hospitality Search\n\n-- No borre esta sección --\nÚnase a la reunión de Webex\nhttps://selecta-hospitality.webex.com/selecta-hospitality/j.php?MTID=m3f9a2c71d04e8b65f1a9c3d7e2b40f18\nNúmero de reunión (código de acceso): 2741 883 0195\nContraseña de la reunión: Albero25!\n\nUnirse desde un dispositivo móvil (solo asistentes)\n+34-910-55-4102\,\,27418830195## España (peaje)\n\nUnirse mediante sistema de vídeo\nMarque 27418830195@selecta-hospitality.webex.com\n
UID:040000008200E00074C5B7101A82E00800000000C3E1B5F79A2FDC0100000000000000001000000072D9F1A4C6B3E85D0A2F7C9E1B4D6A38
SUMMARY;LANGUAGE=es-ES:Videoentrevista Guest Experience Manager – Hoteles Albero Collection (Selecta)
DTSTART;TZID=Romance Standard Time:20250929T163000
DTEND;TZID=Romance Standard Time:20250929T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250924T093318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1455290813
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hoteles Albero Collection",
        role="Guest Experience Manager",
        stage="recruiter_screen",
        interviewers="mlozano@selecta-hospitality.example.es",
        trap="consultora-names-client-webex",
        hiring=False,
    ),
    # Hoteles Albero Collection, round 2: SAP SuccessFactors, no-reply organizer, UTC times
    dict(
        kind="successfactors-invite",
        uid="SF-INTSCHED-4471-88213-20251009@alberohotels.example.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-4471-88213-20251009@alberohotels.example.com
SEQUENCE:0
DTSTAMP:20251002T124010Z
DTSTART:20251009T080000Z
DTEND:20251009T090000Z
SUMMARY:Interview: Guest Experience Manager (Requisition 4471) - Macarena Villalobos Ruiz
ORGANIZER;CN=Hoteles Albero Collection Recruiting:mailto:recruiting-noreply@alberohotels.example.com
ATTENDEE;CN=Pilar Aguado;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:paguado@alberohotels.example.com
ATTENDEE;CN=Luis Ferrán;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:lferran@alberohotels.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Albero Triana - Sala Dirección:mailto:sala.direccion.triana@alberohotels.example.com
LOCATION:Hotel Albero Triana\, C/ Pureza 44\, 41010 Sevilla
DESCRIPTION:Estimada Macarena\,\n\nLe confirmamos su entrevista para la posición Guest Experience Manager (Req. 4471).\n\nFecha: 09/10/2025 10:00 (CEST)\nLugar: Hotel Albero Triana\, C/ Pureza 44\, Sevilla – pregunte en recepción por Dirección\nEntrevistadores: Pilar Aguado (Directora de Operaciones Hoteleras) / Luis Ferrán (HR Business Partner)\n\nSi necesita modificar la cita\, responda a este correo.\n\nThis invitation was generated by SAP SuccessFactors Recruiting. Please do not reply to recruiting-noreply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hoteles Albero Collection",
        role="Guest Experience Manager",
        stage="hiring_manager",
        interviewers="paguado@alberohotels.example.com;lferran@alberohotels.example.com",
        trap="successfactors-noreply-organizer-utc",
        hiring=False,
    ),
    # Hoteles Albero Collection, round 3: trial day, Google Calendar export
    dict(
        kind="google-export",
        uid="0q8vmc3k9h1s7b5d2t4r6n0f8a@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251021T090000
DTEND;TZID=Europe/Madrid:20251021T150000
DTSTAMP:20251019T180211Z
ORGANIZER;CN=Pilar Aguado:mailto:paguado@alberohotels.example.com
UID:0q8vmc3k9h1s7b5d2t4r6n0f8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pilar Aguado;X-NUM-GUESTS=0:mailto:paguado@alberohotels.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251013T101528Z
DESCRIPTION:Macarena\, como te adelanté\, la última fase del proceso de Guest Experience Manager es una jornada en el hotel: pasarás la mañana con el equipo de recepción y guest relations\, harás el check-in de un grupo americano\, gestionaremos una queja simulada y comeremos con el equipo. Te acompaño yo todo el día.\nRopa formal oscura\, el uniforme no hace falta.\n\nPilar
LAST-MODIFIED:20251019T180211Z
LOCATION:Hotel Albero Triana\, C/ Pureza 44\, 41010 Sevilla\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jornada de prueba Hotel Albero Triana (Guest Experience)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hoteles Albero Collection",
        role="Guest Experience Manager",
        stage="onsite",
        interviewers="paguado@alberohotels.example.com",
        trap="google-export-trial-day-selection",
        hiring=False,
    ),
    # Patios de Azahar Hotels, round 1: Workday template in English for a Spanish employer
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-R-10382-0007731@patiosdeazahar.example.com",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-10382-0007731@patiosdeazahar.example.com
DTSTAMP:20250911T073015Z
DTSTART:20250916T130000Z
DTEND:20250916T133000Z
SUMMARY:Interview Scheduled: Guest Experience Manager - Sevilla (R-10382)
ORGANIZER;CN=Patios de Azahar Hotels Talent Acquisition:mailto:patiosdeazahar@myworkday.example.com
ATTENDEE;CN=Elena Robles;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:erobles@patiosdeazahar.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Dear Macarena\,\n\nThank you for your interest in the Guest Experience Manager - Sevilla position at Patios de Azahar Hotels. We are pleased to invite you to a video interview.\n\nInterviewer: Elena Robles\, Talent Acquisition Partner\nFormat: Microsoft Teams (link below)\nDuration: 30 minutes\nLanguage: Spanish and English\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZGI4MzctOTE2Zi00YjQ2LWE3NzMtODYxNmY0MmQ1YjQx%40thread.v2/0\n\nPlease sign in to your Candidate Home in Workday to review your application.\n\nKind regards\,\nPatios de Azahar Hotels Talent Acquisition
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Patios de Azahar Hotels",
        role="Guest Experience Manager - Sevilla",
        stage="recruiter_screen",
        interviewers="erobles@patiosdeazahar.example.com",
        trap="workday-english-template-spanish-employer",
        hiring=False,
    ),
    # Patios de Azahar Hotels, round 2: panel, organizer only coordinates
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000D92C04F1E836DC0100000000000000001000000057A1E3C9F0B2D47A86C5E9D1F3A7B204",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Robles, Elena":mailto:erobles@patiosdeazahar.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaño, Fernando":mailto:fcastano@patiosdeazahar.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Vela, Ana Belén":mailto:abserrano@patiosdeazahar.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patios Azahar Santa Cruz - Sala Naranjos:mailto:sala.naranjos@patiosdeazahar.example.com
DESCRIPTION;LANGUAGE=es-ES:Hola a todos\,\n\nOs convoco a la entrevista en panel con Macarena Villalobos para la vacante de Guest Experience Manager (Sevilla). Yo me encargo de recibirla y de la logística\; entrevistan Fernando (Director del hotel Patios de Azahar Santa Cruz) y Ana Belén (Calidad y Experiencia Cliente).\nFormato: 60 min de entrevista + 15 min de recorrido por el hotel.\n\nElena\n
UID:040000008200E00074C5B7101A82E00800000000D92C04F1E836DC0100000000000000001000000057A1E3C9F0B2D47A86C5E9D1F3A7B204
SUMMARY;LANGUAGE=es-ES:Panel entrevista Guest Experience Manager - M. Villalobos
DTSTART;TZID=Romance Standard Time:20251006T110000
DTEND;TZID=Romance Standard Time:20251006T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T141855Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Patios Azahar Santa Cruz - Sala Naranjos
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-902144617
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Patios de Azahar Hotels",
        role="Guest Experience Manager",
        stage="onsite",
        interviewers="fcastano@patiosdeazahar.example.com;abserrano@patiosdeazahar.example.com",
        trap="organizer-coordinator-not-interviewer-room",
        hiring=False,
    ),
    # Haciendas del Guadalquivir: Calendly booking, 'between host and invitee'
    dict(
        kind="calendly-invite",
        uid="b7e2c94f-1a3d-4e58-9c06-f4d2a8b1e7c3@calendly.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e2c94f-1a3d-4e58-9c06-f4d2a8b1e7c3@calendly.com
DTSTAMP:20251029T171122Z
DTSTART:20251105T090000Z
DTEND:20251105T094500Z
SUMMARY:Guest Relations Manager – entrevista (45 min) between Carlota Ruiz-Berdejo and Macarena Villalobos Ruiz
ORGANIZER;CN=Carlota Ruiz-Berdejo:mailto:c.ruizberdejo@haciendasguadalquivir.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:Event Name: Guest Relations Manager – entrevista (45 min)\n\nLocation: This is a Google Meet web conference.\nYou can join this meeting from your computer\, tablet\, or smartphone.\nhttps://meet.google.com/ezc-mvqk-tra\n\nCarlota Ruiz-Berdejo\, Directora de Personas – Haciendas del Guadalquivir Hotel Group\n\nPlease share anything that will help prepare for our meeting.: Guía oficial de turismo de Andalucía (inglés\, francés). 10 años con grupos de cruceros y circuitos. Disponible para incorporación en enero.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b7e2c94f-1a3d-4e58-9c06-f4d2a8b1e7c3\nReschedule: https://calendly.com/reschedulings/b7e2c94f-1a3d-4e58-9c06-f4d2a8b1e7c3\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ezc-mvqk-tra
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Haciendas del Guadalquivir",
        role="Guest Relations Manager",
        stage="recruiter_screen",
        interviewers="c.ruizberdejo@haciendasguadalquivir.example.com",
        trap="calendly-between-host-invitee",
        hiring=False,
    ),
    # Hoteles Giralda Centro: Microsoft Bookings mailbox organizer, staff member interviews
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000A7C5E3D1F94BDC0100000000000000001000000081F3D5B7A9C1E24680ACE13579BDF024",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=RRHH Giralda Centro:mailto:RRHHGiraldaCentro@giraldacentro.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos Ruiz:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Inés Carmona:mailto:icarmona@giraldacentro.example.com
DESCRIPTION;LANGUAGE=es-ES:Reserva confirmada con RRHH Giralda Centro\n\nEntrevista Guest Experience Manager\njueves\, 13 de noviembre de 2025\n12:00 - 12:30 (UTC+01:00) Bruselas\, Copenhague\, Madrid\, París\n\nPersonal\nInés Carmona\n\nGracias por reservar. Hablaremos de tu candidatura para el puesto de Guest Experience Manager en nuestros hoteles del centro histórico.\n\n{teams("es", "327 660 149 038", "Fx8uP4", "YTc0ZjE5NTYtMmE4Ny00YzkwLWJlNDMtNzI1YWU4OWNhMDEz")}\nAdministrar reserva<https://outlook.office365.com/owa/calendar/RRHHGiraldaCentro@giraldacentro.example.com/bookings/s/xK4p0a1vZ0m7Q9YwTn3hCg2>\n
UID:040000008200E00074C5B7101A82E00800000000A7C5E3D1F94BDC0100000000000000001000000081F3D5B7A9C1E24680ACE13579BDF024
SUMMARY;LANGUAGE=es-ES:Entrevista Guest Experience Manager
DTSTART;TZID=Romance Standard Time:20251113T120000
DTEND;TZID=Romance Standard Time:20251113T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T090402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hoteles Giralda Centro",
        role="Guest Experience Manager",
        stage="recruiter_screen",
        interviewers="icarmona@giraldacentro.example.com",
        trap="ms-bookings-mailbox-organizer-staff",
        hiring=False,
    ),
    # Casa Palacio Alameda Hotel: owner writes from Gmail, paid trial shift
    dict(
        kind="google-invite",
        uid="3mf8u1q0c6k2h9v4p7s5d0b2ai@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251122T070000Z
DTEND:20251122T130000Z
DTSTAMP:20251117T212004Z
ORGANIZER;CN=Jaime Osuna:mailto:jaimeosuna.alameda@gmail.com
UID:3mf8u1q0c6k2h9v4p7s5d0b2ai@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jaime Osuna;X-NUM-GUESTS=0:mailto:jaimeosuna.alameda@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-MICROSOFT-CDO-OWNERAPPTID:1136840021
CREATED:20251117T212003Z
DESCRIPTION:Macarena\, como hablamos: el sábado haces un turno de prueba con nosotros para el puesto de responsable de experiencia del huésped. Entras a las 8 con Rocío en recepción\, a las 11 preparas la ruta de tapas para los huéspedes americanos de la 204 y a la 1 nos sentamos tú y yo a comentar qué tal. El turno se paga\, claro.\nUn abrazo\,\nJaime\n\n{google_footer("es")}
LAST-MODIFIED:20251117T212003Z
LOCATION:Casa Palacio Alameda\, Alameda de Hércules 61\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Turno de prueba Macarena – recepción y experiencias
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Casa Palacio Alameda Hotel",
        role="responsable de experiencia del huésped",
        stage="onsite",
        interviewers="jaimeosuna.alameda@gmail.com",
        trap="owner-free-mail-paid-trial-shift",
        hiring=False,
    ),
    # Grupo Incentivos Guadalquivir, round 1: assessment centre, assessors named without addresses
    dict(
        kind="google-invite",
        uid="6ab0ph4r2kc9n1s8g3e5t7m0vq@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T080000Z
DTEND:20251120T130000Z
DTSTAMP:20251112T085530Z
ORGANIZER;CN=Talento GIG:mailto:talento@grupoincentivosguadalquivir.example.com
UID:6ab0ph4r2kc9n1s8g3e5t7m0vq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Talento GIG;X-NUM-GUESTS=0:mailto:talento@grupoincentivosguadalquivir.example.com
CREATED:20251112T085529Z
DESCRIPTION:Assessment Center – Account & Product Manager MICE\n\nAgenda:\n09:00 Bienvenida y presentación del Grupo\n09:15 Caso en grupo: propuesta para un congreso médico de 800 pax en el Palacio de Congresos (con cena de gala y programa de acompañantes)\n11:00 Pausa café\n11:30 Prueba de inglés oral con Sarah Whitfield\n12:00 Entrevistas individuales con Manuel Rey (Director General) y Lourdes Aranda (Directora de Cuentas)\n\nObservadoras durante el caso: equipo de Talento.\nTrae portátil cargado.\n\n{google_footer("es")}
LAST-MODIFIED:20251112T085529Z
LOCATION:Grupo Incentivos Guadalquivir\, Av. República Argentina 31\, 41011 Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment Center GIG – Account & Product Manager MICE
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Grupo Incentivos Guadalquivir",
        role="Account & Product Manager MICE",
        stage="onsite",
        interviewers="Sarah Whitfield;Manuel Rey;Lourdes Aranda",
        trap="assessment-centre-agenda-named-assessors",
        hiring=False,
    ),
    # Grupo Incentivos Guadalquivir, final: hand-typed in Thunderbird, acronym only
    dict(
        kind="thunderbird-hand-typed",
        uid="f3a9c1e7-5b2d-4c08-9e6f-1d7a3b5c9e02",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_GOOGLE.replace("X-LIC-LOCATION:Europe/Madrid", "X-TZINFO:Europe/Madrid[2025a]")}BEGIN:VEVENT
CREATED:20251126T201344Z
LAST-MODIFIED:20251126T201512Z
DTSTAMP:20251126T201512Z
UID:f3a9c1e7-5b2d-4c08-9e6f-1d7a3b5c9e02
SUMMARY:Entrevista final GIG – D.G. (Manuel Rey)
DTSTART;TZID=Europe/Madrid:20251203T180000
DTEND;TZID=Europe/Madrid:20251203T190000
DESCRIPTION:preguntar: teletrabajo\, viajes (ferias IBTM/ITB)\, fijo + variable\, fecha incorporación. Si hay oferta pedir 48h.
LOCATION:Av. República Argentina 31
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Grupo Incentivos Guadalquivir",
        role="",
        stage="final",
        interviewers="Manuel Rey",
        trap="acronym-only-employer-thunderbird",
        hiring=False,
    ),
    # Albaida Eventos: cancelled (METHOD:CANCEL)
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000E8B1D3F5A747DC01000000000000000010000000B2D4F6A8C0E1357924680ACEBDF13579",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Cabello, Rafael":mailto:rcabello@albaidaeventos.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Macarena\, tengo que anular la entrevista de mañana: me ha surgido un imprevisto con un grupo en Medina Azahara y no llego. Te propongo nueva fecha en otro correo. Disculpa las molestias.\nRafael\n
UID:040000008200E00074C5B7101A82E00800000000E8B1D3F5A747DC01000000000000000010000000B2D4F6A8C0E1357924680ACEBDF13579
SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista Product Manager – Albaida Eventos
DTSTART;TZID=Romance Standard Time:20251028T100000
DTEND;TZID=Romance Standard Time:20251028T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251027T164520Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1988342270
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Albaida Eventos",
        role="Product Manager",
        stage="hiring_manager",
        interviewers="rcabello@albaidaeventos.example.com",
        trap="method-cancel-outlook",
        hiring=False,
    ),
    # Albaida Eventos: rebooked under a new UID
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E008000000003F9D2B7E1C4CDC01000000000000000010000000C3E5A7B9D1F2468035792468ACE0BDF1",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Cabello, Rafael":mailto:rcabello@albaidaeventos.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lucena, Carmen":mailto:clucena@albaidaeventos.example.com
DESCRIPTION;LANGUAGE=es-ES:Nueva fecha para la entrevista que tuvimos que anular. Se une también Carmen Lucena (Operaciones)\, con quien trabajarías el día a día. Hablaremos del puesto de Product Manager y de nuestros programas en Córdoba\, Granada y Sevilla.\n\nRafael Cabello\nDirector General – Albaida Eventos\n\n{teams("es", "349 208 573 116", "Vg5kT8", "OWI2ZDEzMjQtN2E1Yy00ZjcxLTg0ZmUtMDNhYzVlMjE5YjY4")}
UID:040000008200E00074C5B7101A82E008000000003F9D2B7E1C4CDC01000000000000000010000000C3E5A7B9D1F2468035792468ACE0BDF1
SUMMARY;LANGUAGE=es-ES:Entrevista Product Manager (nueva fecha) – Albaida Eventos
DTSTART;TZID=Romance Standard Time:20251103T123000
DTEND;TZID=Romance Standard Time:20251103T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T082911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-330871245
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Albaida Eventos",
        role="Product Manager",
        stage="hiring_manager",
        interviewers="rcabello@albaidaeventos.example.com;clucena@albaidaeventos.example.com",
        trap="rebooked-after-cancel-new-uid",
        hiring=False,
    ),
    # Nómada Luxury Travel, round 1: Calendly team event
    dict(
        kind="calendly-invite",
        uid="e41d7a90-6c2b-4f3e-8a15-b9c0d2e4f6a8@calendly.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e41d7a90-6c2b-4f3e-8a15-b9c0d2e4f6a8@calendly.com
DTSTAMP:20251124T102548Z
DTSTART:20251201T083000Z
DTEND:20251201T090000Z
SUMMARY:Entrevista inicial – Travel Designer & Product Manager España between Irene Sanz and Macarena Villalobos Ruiz
ORGANIZER;CN=Irene Sanz:mailto:irene@nomadaluxury.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:Event Name: Entrevista inicial – Travel Designer & Product Manager España\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/kpw-dzxa-nhs\n\nNómada Luxury Travel · People team (Irene Sanz)\n\n¿Desde dónde nos escribes?: Sevilla\n¿Idiomas?: Español\, inglés C2\, francés C1\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/e41d7a90-6c2b-4f3e-8a15-b9c0d2e4f6a8\nReschedule: https://calendly.com/reschedulings/e41d7a90-6c2b-4f3e-8a15-b9c0d2e4f6a8\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/kpw-dzxa-nhs
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nómada Luxury Travel",
        role="Travel Designer & Product Manager España",
        stage="recruiter_screen",
        interviewers="irene@nomadaluxury.example.com",
        trap="calendly-team-host-long-summary",
        hiring=False,
    ),
    # Nómada Luxury Travel, round 2: Zoom PUBLISH file, '<>' summary, founder
    dict(
        kind="zoom-invite",
        uid="ZOOM86120045733-20251210T160000Z@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTAMP:20251203T191105Z
DTSTART;TZID=Europe/Madrid:20251210T170000
DTEND;TZID=Europe/Madrid:20251210T174500
SUMMARY:Macarena <> Bosco (Nómada) – 2ª entrevista
UID:ZOOM86120045733-20251210T160000Z@zoom.us
TZID:Europe/Madrid
ORGANIZER;CN=Bosco Aranguren:mailto:bosco@nomadaluxury.example.com
DESCRIPTION:{zoom("es", "Bosco Aranguren", "86120045733", "551209")}\nHola Macarena: Irene me ha pasado tus notas. Quiero conocerte antes de cerrar el proceso. Bosco (fundador)
LOCATION:https://us06web.zoom.us/j/86120045733?pwd=bG95733aXZ2U0tWc2hPZ1R55Qjdm.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Nómada Luxury Travel",
        role="",
        stage="hiring_manager",
        interviewers="bosco@nomadaluxury.example.com",
        trap="zoom-publish-angle-brackets-founder",
        hiring=False,
    ),
]
