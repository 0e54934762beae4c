# ruff: noqa: E501, W291, W293, RUF100
"""holdout276 events, part E: negatives that are not the user's job interviews and not on the hiring side."""

from holdout276ev_zones import (
    MADRID_APPLE,
    MADRID_GOOGLE,
    MADRID_MOZ,
    ROMANCE,
    WEUROPE,
    fold,
    google_footer,
    google_meet,
    teams,
    zoom,
)

ME = "macarena.villalobos.guia@gmail.com"
ME_WORK = "macarena@sevillatours-guias.example.es"

FORMS: dict[str, list[str]] = {}


EVENTS = [
    # a travel magazine interviews her (press)
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A1A2A3A4A525DC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Marín, Lourdes":mailto:lmarin@viajerosdelsur.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nGracias por aceptar. Para el reportaje de noviembre sobre el impacto de los cruceros en Sevilla me gustaría entrevistarte como guía oficial: cómo ha cambiado el trabajo\, los grupos de 40 pax en la Catedral y qué pedirías a las navieras y al Ayuntamiento. Unos 40 minutos\, grabaré el audio. Si puedes\, acompáñanos después con el fotógrafo al Patio de Banderas.\n\nLourdes Marín\nRedactora – Revista Viajeros del Sur\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A525DC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6
SUMMARY;LANGUAGE=es-ES:Entrevista Revista Viajeros del Sur – guías y turismo de cruceros
DTSTART;TZID=Romance Standard Time:20250919T110000
DTEND;TZID=Romance Standard Time:20250919T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T101020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Café del Patio de Banderas
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1490044102
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-magazine",
        hiring=False,
    ),
    # live radio interview
    dict(
        kind="google-invite",
        uid="2b9h6q3v0k7m4c1s8e5n2d9t6p@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251007T101000Z
DTEND:20251007T103000Z
DTSTAMP:20251002T130155Z
ORGANIZER;CN=Producción Radio Giralda FM:mailto:produccion@radiogiraldafm.example.es
UID:2b9h6q3v0k7m4c1s8e5n2d9t6p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ramón Caballero;X-NUM-GUESTS=0:mailto:rcaballero@radiogiraldafm.example.es
CREATED:20251002T130154Z
DESCRIPTION:Hola Macarena\, te confirmamos la entrevista en directo en el programa "Sevilla a pie" con Ramón Caballero. Tema: la nueva ordenanza de free tours y grupos máximos en el centro. Te llamamos al móvil a las 12:05 para hacer prueba de sonido. Si prefieres venir al estudio\, avísanos.\n\n{google_footer("es")}
LAST-MODIFIED:20251002T130154Z
LOCATION:Radio Giralda FM (por teléfono)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista en directo – "Sevilla a pie" (Radio Giralda FM) – Macarena Villalobos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="radio-interview-live",
        hiring=False,
    ),
    # a shore excursion she guides for the cruise line she is interviewing with
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A2A3A4A5A626DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Operaciones Andalucía Shore Services:mailto:operaciones@andalucia-shore.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos:mailto:{ME_WORK}
DESCRIPTION;LANGUAGE=es-ES:SERVICIO DE GUÍA – ESCALA AZURE AURORA (Azure Horizon Cruises) en Cádiz\, excursión SVQ-03 "Seville Highlights"\n\nBus 3 – 42 pax – idioma: inglés\nRecogida en muelle Cádiz 08:30\, llegada Sevilla 10:00\nVisita Catedral (entradas en mano de la guía\, franja 10:15) + Real Alcázar (franja 12:00)\nAlmuerzo libre y regreso al barco 16:30 (all aboard 17:30).\n\nContacto shore ex a bordo: Mr. Ilie Popescu\, Shore Excursions Manager.\nNo olvides el radioguía y la paleta con el número de bus.\n
UID:040000008200E00074C5B7101A82E00800000000A2A3A4A5A626DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
SUMMARY;LANGUAGE=es-ES:Visita Catedral + Alcázar grupo Crucero 42 pax (Azure Aurora – bus 3)
DTSTART;TZID=Romance Standard Time:20251004T083000
DTEND;TZID=Romance Standard Time:20251004T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T163022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Muelle Ciudad\, Puerto de Cádiz
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1188203410
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
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="shore-excursion-for-applied-cruise-line",
        hiring=False,
    ),
    # recurring free tour with a moved occurrence
    dict(
        kind="apple-recurring",
        uid="6D7E8F90-A1B2-4C3D-9E4F-5A6B7C8D9E0F",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20250828T101010Z
DTEND;TZID=Europe/Madrid:20250902T200000
DTSTAMP:20250828T101122Z
DTSTART;TZID=Europe/Madrid:20250902T180000
LAST-MODIFIED:20250828T101122Z
LOCATION:Puente de Triana (lado Triana)
RRULE:FREQ=WEEKLY;UNTIL=20251030T160000Z;BYDAY=TU,TH
SEQUENCE:0
SUMMARY:Free tour Triana (ES/EN)
DESCRIPTION:punto de encuentro: inicio del puente\, paraguas amarillo. Máx. 25 pax según ordenanza.
TRANSP:OPAQUE
UID:6D7E8F90-A1B2-4C3D-9E4F-5A6B7C8D9E0F
END:VEVENT
BEGIN:VEVENT
CREATED:20250828T101010Z
DTEND;TZID=Europe/Madrid:20251016T210000
DTSTAMP:20251013T171540Z
DTSTART;TZID=Europe/Madrid:20251016T190000
LAST-MODIFIED:20251013T171540Z
LOCATION:Puente de Triana (lado Triana)
RECURRENCE-ID;TZID=Europe/Madrid:20251016T180000
SEQUENCE:1
SUMMARY:Free tour Triana (ES/EN) – hoy a las 19h!
DESCRIPTION:cambiado a las 19 por la visita privada de los Thompson (termina a las 19h). Avisado en la web.
TRANSP:OPAQUE
UID:6D7E8F90-A1B2-4C3D-9E4F-5A6B7C8D9E0F
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recurring-tour-override",
        hiring=False,
    ),
    # fam trip, several all-day dates
    dict(
        kind="google-invite-all-day",
        uid="9m6s3d0n7t4r1b8k5e2v9q6c3h@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251217
DTEND;VALUE=DATE:20251219
DTSTAMP:20251027T094400Z
ORGANIZER;CN=Emma Fletcher:mailto:emma.fletcher@britannia-agents.example.co.uk
UID:9m6s3d0n7t4r1b8k5e2v9q6c3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251027T094359Z
DESCRIPTION:Fam trip for 14 UK travel agents – Jerez & Sanlúcar. Macarena guiding both days: bodega visit + Royal Andalusian School of Equestrian Art show (day 1)\, Doñana boat + Bajo de Guía tapas (day 2). Hotel in Jerez. Full programme attached to the email.\n\n{google_footer("en")}
LAST-MODIFIED:20251027T094359Z
LOCATION:Jerez de la Frontera / Sanlúcar de Barrameda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fam trip Jerez + Sanlúcar (UK agents) – guide: Macarena
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="fam-trip-all-day-multiday",
        hiring=False,
    ),
    # guide association board meeting about 'entrevistas' with the city council
    dict(
        kind="google-invite",
        uid="4e1b8d5n2t9r6m3k0v7q4c1h8s@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T170000Z
DTEND:20251020T190000Z
DTSTAMP:20251014T091011Z
ORGANIZER;CN=Junta Directiva AGOS:mailto:junta@agos-guiasevilla.example.org
UID:4e1b8d5n2t9r6m3k0v7q4c1h8s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernando Arjona;X-NUM-GUESTS=0:mailto:farjona@agos-guiasevilla.example.org
CREATED:20251014T091010Z
DESCRIPTION:Orden del día:\n1. Resultado de las entrevistas con Urbanismo y con la Delegación de Turismo sobre la ordenanza de free tours y grupos máximos.\n2. Preparar la entrevista con la Capitanía/Autoridad Portuaria (horarios de autobuses de cruceros).\n3. Bolsa de guías freelance para navieras: calendario del tribunal.\n4. Ruegos y preguntas.\n\n{google_meet("es", "agu-sxkq-rne", "(ES) +34 910 55 7723", "905 118 342")}
LAST-MODIFIED:20251014T091010Z
LOCATION:Sede AGOS\, C/ Gerona 5 (y online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Junta AGOS: entrevistas con Ayuntamiento y Puerto (ordenanza free tours)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="association-meeting-entrevistas-wording",
        hiring=False,
    ),
    # parent-teacher meeting
    dict(
        kind="apple-hand-typed",
        uid="7E8F9A0B-1C2D-4E3F-8A5B-6C7D8E9F0A1B",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251020T072033Z
DTEND;TZID=Europe/Madrid:20251023T171500
DTSTAMP:20251020T072050Z
DTSTART;TZID=Europe/Madrid:20251023T164500
LAST-MODIFIED:20251020T072050Z
LOCATION:CEIP San Jacinto
SEQUENCE:0
SUMMARY:Entrevista con la tutora de Dani (3º B)
DESCRIPTION:preguntar por lectura y lo del comedor
TRANSP:OPAQUE
UID:7E8F9A0B-1C2D-4E3F-8A5B-6C7D8E9F0A1B
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="parent-teacher-entrevista",
        hiring=False,
    ),
    # mortgage 'entrevista' at the bank
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A3A4A5A6A727DC01000000000000000010000000D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5E6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Banco Mudéjar - Oficina 0412 Triana:mailto:oficina0412@bancomudejar.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Estimada clienta:\n\nLe confirmamos su cita para una entrevista con su gestor personal\, D. Andrés Villar\, para el estudio de su solicitud de préstamo hipotecario. Por favor\, aporte las tres últimas declaraciones de IRPF\, modelos 130/303 del último año (trabajadores autónomos) y la nota simple de la vivienda.\n\nBanco Mudéjar\n
UID:040000008200E00074C5B7101A82E00800000000A3A4A5A6A727DC01000000000000000010000000D1D2D3D4D5D6D7D8D9E0E1E2E3E4E5E6
SUMMARY;LANGUAGE=es-ES:Cita: entrevista con su gestor – estudio hipotecario
DTSTART;TZID=Romance Standard Time:20251030T093000
DTEND;TZID=Romance Standard Time:20251030T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Banco Mudéjar\, C/ San Jacinto 40\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="bank-entrevista-mortgage",
        hiring=False,
    ),
    # mock interview with a coach, names the real target role
    dict(
        kind="zoom-invite",
        uid="ZOOM83155092714-20251027T170000Z@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTAMP:20251022T081533Z
DTSTART;TZID=Europe/Madrid:20251027T180000
DTEND;TZID=Europe/Madrid:20251027T190000
SUMMARY:Mock interview – Shore Excursions Manager (Miami) – Clare Hughes Coaching
UID:ZOOM83155092714-20251027T170000Z@zoom.us
TZID:Europe/Madrid
ORGANIZER;CN=Clare Hughes:mailto:clare@clarehughescoaching.example.com
DESCRIPTION:Practice session before your real interview with the cruise line on Wednesday: 40 min mock panel (behavioural + situational questions in English)\, 20 min feedback. Please bring your STAR stories.\n\n{zoom("en", "Clare Hughes", "83155092714", "660512")}
LOCATION:https://us06web.zoom.us/j/83155092714?pwd=bG92714aXZ2U0tWc2hPZ1R66Qjdm.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-coach-names-role",
        hiring=False,
    ),
    # webinar about competency interviews
    dict(
        kind="webinar-registration",
        uid="webinar-7391-20251104-macarena@andaluciaorienta-formacion.example.es",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Andalucía Orienta Formación//Webinars//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-7391-20251104-macarena@andaluciaorienta-formacion.example.es
DTSTAMP:20251028T100000Z
DTSTART:20251104T170000Z
DTEND:20251104T183000Z
SUMMARY:Webinar: Cómo superar la entrevista por competencias en turismo y hostelería
ORGANIZER;CN=Andalucía Orienta Formación:mailto:webinars@andaluciaorienta-formacion.example.es
DESCRIPTION:Gracias por inscribirte\, Macarena.\n\nPonente: Inmaculada Prieto (Talentia Sur Consultores)\n\nContenidos: qué buscan las cadenas hoteleras y las DMC\, método STAR\, preguntas típicas en inglés\, dinámicas de grupo y pruebas de idiomas. Turno de preguntas al final.\n\nEnlace de acceso (personal\, no lo compartas): https://andaluciaorienta-formacion.example.es/w/7391?t=5f2c19ab\n\nRecibirás la grabación en 48 h.
LOCATION:Online
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-interviews-known-recruiter",
        hiring=False,
    ),
    # weekly prep class for the public selection, Thunderbird recurring
    dict(
        kind="thunderbird-recurring",
        uid="b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20250905T180000Z
LAST-MODIFIED:20250905T180210Z
DTSTAMP:20250905T180210Z
UID:b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e
SUMMARY:Academia – preparación bolsa Técnico/a Turismo (temario + supuestos)
RRULE:FREQ=WEEKLY;UNTIL=20251210T225959Z;BYDAY=WE
DTSTART;TZID=Europe/Madrid:20250910T190000
DTEND;TZID=Europe/Madrid:20250910T210000
DESCRIPTION:Academia Giralda Oposiciones\, aula 2. Profe: Enrique. Tema de la semana en el grupo de WhatsApp.
LOCATION:C/ Imagen 6\, Sevilla
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="selection-prep-class-recurring",
        hiring=False,
    ),
    # informational coffee with a friend who works at a DMC
    dict(
        kind="google-export-hand-typed",
        uid="8k5e2v9q6c3h0m7s4b1d8n5t2r@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250911T093000
DTEND;TZID=Europe/Madrid:20250911T103000
DTSTAMP:20250908T203011Z
UID:8k5e2v9q6c3h0m7s4b1d8n5t2r@google.com
CREATED:20250908T202944Z
DESCRIPTION:preguntarle cómo es el día a día de una PM en DMC\, sueldos\, si compensa dejar de guiar. Ella está en Bética? no\, en otra de Madrid.
LAST-MODIFIED:20250908T203011Z
LOCATION:Café Ochoa? Calle Sierpes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café con Nuria (PM en DMC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-coffee",
        hiring=False,
    ),
    # job fair, all-day
    dict(
        kind="apple-all-day",
        uid="8F9A0B1C-2D3E-4F5A-9B6C-7D8E9F0A1B2C",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251015T184421Z
DTEND;VALUE=DATE:20251106
DTSTAMP:20251015T184450Z
DTSTART;VALUE=DATE:20251105
LAST-MODIFIED:20251015T184450Z
LOCATION:Palacio de Exposiciones y Congresos\, Sevilla
SEQUENCE:0
SUMMARY:Foro de Empleo Turismo y Hostelería 2025
DESCRIPTION:llevar 20 CV impresos (ES/EN). Stands: cadenas hoteleras\, navieras\, DMCs. Charla 12h "perfiles más demandados".
TRANSP:TRANSPARENT
UID:8F9A0B1C-2D3E-4F5A-9B6C-7D8E9F0A1B2C
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-all-day",
        hiring=False,
    ),
    # reference call: she is the referee for a former colleague
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A4A5A6A7A828DC01000000000000000010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ortega, Silvia":mailto:sortega@hotelmiradortriana.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nÁlvaro Rincón te ha indicado como referencia profesional para el puesto de Guest Relations en Hotel Mirador de Triana. ¿Te viene bien una llamada de 15 minutos? Te preguntaré por vuestra colaboración en la temporada de cruceros 2023-2024\, su trato con clientes y su nivel de inglés.\n\nGracias\,\nSilvia Ortega\nRR. HH. – Hotel Mirador de Triana\n
UID:040000008200E00074C5B7101A82E00800000000A4A5A6A7A828DC01000000000000000010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6
SUMMARY;LANGUAGE=es-ES:Referencias – candidato Álvaro Rincón (Guest Relations)
DTSTART;TZID=Romance Standard Time:20251016T131500
DTEND;TZID=Romance Standard Time:20251016T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T084500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="reference-call-user-as-referee",
        hiring=False,
    ),
    # prep block that names an employer she is interviewing with
    dict(
        kind="apple-hand-typed",
        uid="9A0B1C2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251026T090000Z
DTEND;TZID=Europe/Madrid:20251028T180000
DTSTAMP:20251026T090112Z
DTSTART;TZID=Europe/Madrid:20251028T160000
LAST-MODIFIED:20251026T090112Z
SEQUENCE:0
SUMMARY:Preparar entrevista Azure Horizon (Greg) – STAR + preguntas shore ex
DESCRIPTION:3 historias STAR: incidente bus en Ronda\, guía que no se presenta\, queja grupo USA. Números: pax/día\, margen excursiones\, NPS. Preguntar: presupuesto\, equipo en puertos\, viajes.
TRANSP:OPAQUE
UID:9A0B1C2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D
X-APPLE-CREATOR-IDENTITY:com.apple.ical
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-names-employer",
        hiring=False,
    ),
    # reminder to send a thank-you note
    dict(
        kind="apple-hand-typed",
        uid="AB0C1D2E-3F4A-4B5C-9D6E-7F8A9B0C1D2E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251009T120512Z
DTEND:20251009T193000
DTSTAMP:20251009T120530Z
DTSTART:20251009T190000
LAST-MODIFIED:20251009T120530Z
SEQUENCE:0
SUMMARY:mail agradecimiento Pilar y Luis (Albero) + LinkedIn
DESCRIPTION:mencionar lo del check-in de grupos y la idea de experiencias con guías locales
TRANSP:TRANSPARENT
UID:AB0C1D2E-3F4A-4B5C-9D6E-7F8A9B0C1D2E
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER;VALUE=DATE-TIME:20251009T170000Z
UID:BC1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F
X-WR-ALARMUID:BC1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-reminder-names-employer",
        hiring=False,
    ),
    # headhunter call that names no employer yet
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A5A6A7A8A929DC01000000000000000010000000F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5A6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Benjumea, Lidia":mailto:lbenjumea@hunterssur-executive.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nTe escribo por una posición confidencial de Director/a de Experiencia del Cliente para un importante grupo hotelero con presencia en Andalucía y Portugal. Por confidencialidad aún no puedo darte el nombre del cliente\; te lo cuento si tras esta primera llamada ambas vemos que encaja. ¿Hablamos 20 minutos?\n\nLidia Benjumea\nPartner – Hunters Sur Executive Search\n
UID:040000008200E00074C5B7101A82E00800000000A5A6A7A8A929DC01000000000000000010000000F1F2F3F4F5F6F7F8F9A0A1A2A3A4A5A6
SUMMARY;LANGUAGE=es-ES:Llamada – oportunidad confidencial Director/a de Experiencia del Cliente
DTSTART;TZID=Romance Standard Time:20251202T173000
DTEND;TZID=Romance Standard Time:20251202T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T110231Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-no-employer-named",
        hiring=False,
    ),
    # her brother's job interview
    dict(
        kind="google-export-hand-typed",
        uid="0h7m4s1e8b5d2n9t6r3k0v7q4c@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251030T074500
DTEND;TZID=Europe/Madrid:20251030T083000
DTSTAMP:20251027T211010Z
UID:0h7m4s1e8b5d2n9t6r3k0v7q4c@google.com
CREATED:20251027T210955Z
DESCRIPTION:Javi tiene la entrevista de trabajo a las 8:30 en Aeroestructuras del Sur (PCT Cartuja). Llevarle en coche\, el suyo en el taller. Luego directa al banco (cita hipoteca 9:30).
LAST-MODIFIED:20251027T211010Z
LOCATION:Parque Científico y Tecnológico Cartuja
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Javi entrevista – llevarle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-member-interview",
        hiring=False,
    ),
    # her cousin's job interview, in French
    dict(
        kind="apple-hand-typed",
        uid="CD2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251111T090011Z
DTEND:20251114T183000
DTSTAMP:20251111T090034Z
DTSTART:20251114T180000
LAST-MODIFIED:20251111T090034Z
SEQUENCE:0
SUMMARY:Appeler Chloé après son entretien d'embauche (Lyon)
DESCRIPTION:entretien chez l'agence à 14h. lui demander comment ça s'est passé
TRANSP:TRANSPARENT
UID:CD2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="cousin-entretien-french",
        hiring=False,
    ),
    # English-language podcast interview
    dict(
        kind="google-invite",
        uid="3r0k7v4q1c8h5m2s9e6b3d0n7t@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T160000Z
DTEND:20251118T170000Z
DTSTAMP:20251110T193344Z
ORGANIZER;CN=Ben Carter:mailto:ben@walkingspainpodcast.example.com
UID:3r0k7v4q1c8h5m2s9e6b3d0n7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Carter;X-NUM-GUESTS=0:mailto:ben@walkingspainpodcast.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251110T193343Z
DESCRIPTION:Hi Macarena! So glad you said yes. We'll record episode 58 – "Seville beyond the Cathedral" – as a relaxed interview\, about 45 minutes. Recording studio link: https://riverside.example.fm/studio/walking-spain-ep58\nHeadphones please!\n\nBen\n\n{google_footer("en")}
LAST-MODIFIED:20251110T193343Z
LOCATION:https://riverside.example.fm/studio/walking-spain-ep58
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast interview – Walking Spain ep. 58 (Macarena Villalobos)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="podcast-interview-english",
        hiring=False,
    ),
    # a master's student interviews her for a thesis
    dict(
        kind="google-invite",
        uid="6c3h0m7s4e1b8d5n2t9r6k3v0q@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251125T100000Z
DTEND:20251125T110000Z
DTSTAMP:20251119T151212Z
ORGANIZER;CN=Alba Quintero:mailto:alba.quintero.tfm@gmail.com
UID:6c3h0m7s4e1b8d5n2t9r6k3v0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alba Quintero;X-NUM-GUESTS=0:mailto:alba.quintero.tfm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251119T151211Z
DESCRIPTION:Hola Macarena\, muchas gracias por participar en mi TFM (Máster en Dirección y Planificación del Turismo). Es una entrevista semiestructurada de unos 50 minutos sobre la profesión de guía oficial\, la turistificación del centro y la convivencia con los vecinos. La grabaré solo para transcribirla\, con consentimiento informado.\n\n{google_meet("es", "tfm-qzxn-aba", "(ES) +34 910 55 7723", "364 220 915")}
LAST-MODIFIED:20251119T151211Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista TFM – guías oficiales y turistificación
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-interview-student",
        hiring=False,
    ),
    # association training day
    dict(
        kind="thunderbird-hand-typed",
        uid="c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20251101T100000Z
LAST-MODIFIED:20251101T100100Z
DTSTAMP:20251101T100100Z
UID:c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f
SUMMARY:Jornada formación AGOS – interpretación del patrimonio
DTSTART;TZID=Europe/Madrid:20251122T160000
DTEND;TZID=Europe/Madrid:20251122T200000
DESCRIPTION:taller práctico + visita al Palacio de San Telmo. Cuenta como formación continua.
LOCATION:Sede AGOS
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="association-training",
        hiring=False,
    ),
    # German-speaking tour operator she applied to briefs her as tour guide for a group
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A6A7A8A9AA2ADC01000000000000000010000000A7A8A9B0B1B2B3B4B5B6B7B8B9C0C1C2",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}BEGIN:VEVENT
ORGANIZER;CN="Zielgebietsbetreuung Spanien":mailto:zielgebiet.spanien@sonnenweg-reisen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Hallo Macarena\,\n\nkurzes Briefing-Gespräch vor der Gruppe „Andalusien Klassik“ (14.–21.10.\, 28 Gäste\, Reiseleitung: du). Wir gehen Rooming-Liste\, Eintrittszeiten Alhambra und die Sonderwünsche (2 Rollstuhlfahrer) durch.\n\nViele Grüße\nSandra Klein\nZielgebietsbetreuung Spanien – Sonnenweg Reisen\n\n{teams("de", "377 204 661 958", "Ud3sG6", "YTRiNWM2ZDctZThmOS00YTBiLTljMmQtM2U0ZjVhNmI3Yzhk")}
UID:040000008200E00074C5B7101A82E00800000000A6A7A8A9AA2ADC01000000000000000010000000A7A8A9B0B1B2B3B4B5B6B7B8B9C0C1C2
SUMMARY;LANGUAGE=de-DE:Briefing-Gespräch Reiseleitung – Gruppe Andalusien Klassik 14.–21.10.
DTSTART;TZID=W. Europe Standard Time:20251009T150000
DTEND;TZID=W. Europe Standard Time:20251009T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T071245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-550183271
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="german-gespraech-briefing-applied-employer",
        hiring=False,
    ),
    # US visa interview at the consulate
    dict(
        kind="apple-hand-typed",
        uid="DE3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251201T203040Z
DTEND;TZID=Europe/Madrid:20260114T093000
DTSTAMP:20251201T203102Z
DTSTART;TZID=Europe/Madrid:20260114T084500
LAST-MODIFIED:20251201T203102Z
LOCATION:Embajada de EE. UU.\, Madrid
SEQUENCE:0
SUMMARY:Entrevista visado B1/B2 – Embajada EE.UU. Madrid
DESCRIPTION:llevar DS-160 impreso\, pasaporte\, justificante tasa. No se puede entrar con móvil. AVE 6:25.
TRANSP:OPAQUE
UID:DE3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="visa-interview-consulate",
        hiring=False,
    ),
    # her own language certificate exam (oral part)
    dict(
        kind="google-export-hand-typed",
        uid="5d2n9t6r3k0v7q4c1h8m5s2e9b@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251206T101500
DTEND;TZID=Europe/Madrid:20251206T111500
DTSTAMP:20251120T190101Z
UID:5d2n9t6r3k0v7q4c1h8m5s2e9b@google.com
CREATED:20251120T190030Z
DESCRIPTION:DALF C1 – épreuve orale (prueba oral): 1h de preparación + exposé + entretien avec le jury. Convocatoria en el correo del Instituto.
LAST-MODIFIED:20251120T190101Z
LOCATION:Instituto Francés de Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba oral DALF C1 (Instituto Francés)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="language-exam-own-cert-entretien-jury",
        hiring=False,
    ),
    # public employment service orientation interview
    dict(
        kind="google-export-hand-typed",
        uid="1t8r5k2v9q6c3h0m7s4e1b8d5n@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250925T090000
DTEND;TZID=Europe/Madrid:20250925T100000
DTSTAMP:20250919T080808Z
UID:1t8r5k2v9q6c3h0m7s4e1b8d5n@google.com
CREATED:20250919T080744Z
DESCRIPTION:Cita previa Andalucía Orienta (SAE) – primera entrevista de orientación para el itinerario personalizado de inserción. Llevar DNI y demanda de empleo (soy mejora de empleo).
LAST-MODIFIED:20250919T080808Z
LOCATION:Unidad de Orientación\, C/ Leonardo da Vinci 19
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SAE – entrevista de orientación laboral
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="employment-office-orientation-entrevista",
        hiring=False,
    ),
    # appointment with her accountant
    dict(
        kind="apple-hand-typed",
        uid="EF4A5B6C-7D8E-4F9A-8B1C-2D3E4F5A6B7C",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251006T093000Z
DTEND:20251015T140000
DTSTAMP:20251006T093022Z
DTSTART:20251015T133000
LAST-MODIFIED:20251006T093022Z
LOCATION:Gestoría Pineda\, Av. de la Buhaira
SEQUENCE:0
SUMMARY:Gestoría – IVA 3T + cuota autónomos
DESCRIPTION:llevar facturas de septiembre (navieras + agencias) y tickets gasolina
TRANSP:OPAQUE
UID:EF4A5B6C-7D8E-4F9A-8B1C-2D3E4F5A6B7C
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="accountant-appointment",
        hiring=False,
    ),
    # a private tour booked by a client family
    dict(
        kind="google-invite",
        uid="7q4c1h8m5s2e9b6d3n0t7r4k1v@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T140000Z
DTEND:20251016T170000Z
DTSTAMP:20251001T222215Z
ORGANIZER;CN=Mark Thompson:mailto:mark.thompson.family@gmail.com
UID:7q4c1h8m5s2e9b6d3n0t7r4k1v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mark Thompson;X-NUM-GUESTS=0:mailto:mark.thompson.family@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251001T222214Z
DESCRIPTION:Private walking tour for the Thompsons (2 adults\, 2 teens) – Santa Cruz quarter\, Jewish quarter stories\, ending at a tapas bar. We'll meet you at the hotel lobby. Thanks Macarena!\n\n{google_footer("en")}
LAST-MODIFIED:20251001T222214Z
LOCATION:Hotel lobby – Casa Palacio Alameda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Private tour Barrio Santa Cruz – Thompson family
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="client-google-invite-private-tour-applied-hotel",
        hiring=False,
    ),
    # networking dinner whose topic is employment in tourism
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A7A8A9AAAB2BDC01000000000000000010000000B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2D3",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Club de Profesionales del Turismo de Sevilla:mailto:eventos@clubturismosevilla.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Cena-coloquio mensual del Club. Este mes: "El empleo en turismo: ¿qué perfiles buscan hoteles\, DMC y navieras?"\, con la participación de responsables de selección de varias empresas del sector. Precio socios: 35 €. Confirma asistencia antes del jueves.\n
UID:040000008200E00074C5B7101A82E00800000000A7A8A9AAAB2BDC01000000000000000010000000B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2D3
SUMMARY;LANGUAGE=es-ES:Cena-coloquio Club Profesionales del Turismo: el empleo en turismo
DTSTART;TZID=Romance Standard Time:20251127T210000
DTEND;TZID=Romance Standard Time:20251127T233000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Restaurante Las Columnas del Arenal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="networking-dinner-employment-topic",
        hiring=False,
    ),
    # season planning with the port agent she also interviewed with
    dict(
        kind="google-invite",
        uid="2v9q6c3h0m7s4e1b8d5n2t9r6k@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260122T100000Z
DTEND:20260122T113000Z
DTSTAMP:20260112T080022Z
ORGANIZER;CN=Tomás Reina:mailto:treina@puertosur-maritima.example.es
UID:2v9q6c3h0m7s4e1b8d5n2t9r6k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Reina;X-NUM-GUESTS=0:mailto:treina@puertosur-maritima.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guías Sevilla Tours;X-NUM-GUESTS=0:mailto:guias@sevillatours-guias.example.es
CREATED:20260112T080021Z
DESCRIPTION:Reunión con los guías habituales para la temporada de cruceros 2026: calendario de escalas (78 escalas confirmadas)\, nuevos puntos de parada de autobuses en el Paseo de las Delicias\, tarifas y protocolo de incidencias.\n\nTomás Reina – Jefe de Operaciones\, Puerto Sur Agencia Marítima\n\n{google_footer("es")}
LAST-MODIFIED:20260112T080021Z
LOCATION:Terminal de cruceros\, Muelle de las Delicias
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión planificación temporada cruceros 2026 – guías
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="client-meeting-applied-employer-same-person",
        hiring=False,
    ),
    # first session with a psychologist ('primera entrevista')
    dict(
        kind="apple-hand-typed",
        uid="0B1C2D3E-4F5A-4B6C-9D7E-8F9A0B1C2D3E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250912T150001Z
DTEND:20250915T200000
DTSTAMP:20250912T150022Z
DTSTART:20250915T190000
LAST-MODIFIED:20250912T150022Z
LOCATION:Centro Alameda Psicología
SEQUENCE:0
SUMMARY:Primera entrevista psicóloga
TRANSP:OPAQUE
UID:0B1C2D3E-4F5A-4B6C-9D7E-8F9A0B1C2D3E
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="therapy-first-interview",
        hiring=False,
    ),
    # TV report recording
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A8A9AAABAC2CDC01000000000000000010000000C9D0D1D2D3D4D5D6D7D8D9E0E1E2E3E4",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Producción Andalucía Viva TV":mailto:produccion@andaluciavivatv.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rivas, Julio (redactor)":mailto:jrivas@andaluciavivatv.example.es
DESCRIPTION;LANGUAGE=es-ES:Hola Macarena\,\n\nTe confirmamos la grabación para el reportaje sobre los guías oficiales: entrevista de unos 15 minutos con Julio en la Plaza de España y recursos tuyos guiando a un grupo (si el grupo firma la autorización de imagen). Emisión prevista en diciembre.\n\nProducción – Andalucía Viva TV\n
UID:040000008200E00074C5B7101A82E00800000000A8A9AAABAC2CDC01000000000000000010000000C9D0D1D2D3D4D5D6D7D8D9E0E1E2E3E4
SUMMARY;LANGUAGE=es-ES:Grabación reportaje guías – entrevista en Plaza de España
DTSTART;TZID=Romance Standard Time:20251124T100000
DTEND;TZID=Romance Standard Time:20251124T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Plaza de España\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="tv-interview-recording",
        hiring=False,
    ),
]
