"""holdout205 events, part i: the user's work calendar (close, audit, AFIP), press and research look-alikes, family."""

from holdout205ev_tz import GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="cierre-mensual",
        uid="040000008200E00074C5B7101A82E00800000000307D1E9C6A8CDA01"
            "000000000000000010000000C1E2A3C4E5A6C7E8A9C0E1A2C3E4A5C6",
        y=0,
        trap="recurring-cierre-mensual-with-override",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallardo, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferreyra, Martín":mail
 to:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vera, Ignacio":mailto:
 ivera@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Olmos, Diego":mailto:d
 olmos@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Reunión de cierre: estado de conciliaciones\,
  provisiones\, stock de granos valuado a mercado\, ajuste por inflación y
  cronograma de reporting al Directorio (D+6).\n
RRULE:FREQ=MONTHLY;BYDAY=1MO
UID:040000008200E00074C5B7101A82E00800000000307D1E9C6A8CDA01000000000000000
 010000000C1E2A3C4E5A6C7E8A9C0E1A2C3E4A5C6
SUMMARY;LANGUAGE=es-AR:Cierre mensual - reunión de seguimiento
DTSTART;TZID=Argentina Standard Time:20250106T090000
DTEND;TZID=Argentina Standard Time:20250106T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241220T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Directorio
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Gallardo, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferreyra, Martín":mail
 to:mferreyra@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Se pasa al martes por la visita de los audi
 tores (Deloitte). Misma agenda.\n
RECURRENCE-ID;TZID=Argentina Standard Time:20250407T090000
UID:040000008200E00074C5B7101A82E00800000000307D1E9C6A8CDA01000000000000000
 010000000C1E2A3C4E5A6C7E8A9C0E1A2C3E4A5C6
SUMMARY;LANGUAGE=es-AR:Cierre mensual - reunión de seguimiento (mar)
DTSTART;TZID=Argentina Standard Time:20250408T090000
DTEND;TZID=Argentina Standard Time:20250408T103000
DTSTAMP:20250402T110000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-AR:Sala Directorio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auditoria-externa",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01"
            "000000000000000010000000DE10177E0A0D170A0DE10177E0A0D170",
        y=0,
        trap="big-four-auditors-kickoff-not-hiring",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Maldonado, Federico (AR - Córdoba)":mailto:fmaldonado@deloi
 tte.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallard
 o, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sosa, Ju
 lián (AR - Córdoba)":mailto:jusosa@deloitte.com
DESCRIPTION;LANGUAGE=es-AR:Reunión de planificación auditoría EECC al 31/
 03/2025: cronograma de trabajo de campo\, PBC list\, circularizaciones\,
  inventario físico de granos en plantas y entrevistas con los responsables
  de procesos (compras\, ventas\, tesorería).\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000
 010000000DE10177E0A0D170A0DE10177E0A0D170
SUMMARY;LANGUAGE=es-AR:Agroindustrias del Centro - Auditoría EECC 03/25 -
  Planificación
DTSTART;TZID=Argentina Standard Time:20250403T100000
DTEND;TZID=Argentina Standard Time:20250403T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Agrocentro - Sala Directorio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vencimiento-afip",
        uid="8h2l6p0t4x8b2f6j0n4r8v2z6d@google.com",
        y=0,
        trap="afip-deadline-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Vencimientos AFIP
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250418
DTEND;VALUE=DATE:20250419
DTSTAMP:20250102T120000Z
UID:8h2l6p0t4x8b2f6j0n4r8v2z6d@google.com
CREATED:20250102T120000Z
DESCRIPTION:IVA DDJJ F.2002 período 03/2025 - CUIT terminación 8. Present
 ar + VEP. Ojo retenciones SIRE.
LAST-MODIFIED:20250102T120000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VTO AFIP - IVA DDJJ 03/25 (term. 8)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vencimiento-ganancias",
        uid="3c7g1k5o9s3w7a1e5i9m3q7u1y@google.com",
        y=0,
        trap="afip-ganancias-sociedades-deadline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Vencimientos AFIP
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250514
DTEND;VALUE=DATE:20250515
DTSTAMP:20250102T120000Z
UID:3c7g1k5o9s3w7a1e5i9m3q7u1y@google.com
CREATED:20250102T120000Z
DESCRIPTION:Ganancias sociedades F.713 ejercicio cerrado 12/2024 + anticip
 o 1. Coordinar con estudio Bertora la revisión del ajuste por inflación i
 mpositivo.
LAST-MODIFIED:20250102T120000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VTO Ganancias Sociedades F.713
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-radio",
        uid="4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com",
        y=0,
        trap="radio-interview-about-inflation-press",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250417T081500
DTEND;TZID=America/Argentina/Cordoba:20250417T083000
DTSTAMP:20250415T210000Z
ORGANIZER;CN=Producción Mañana Cordobesa:mailto:produccion.manana@cadena3
 .com.ar
UID:4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250415T210000Z
DESCRIPTION:Hola Martín! Te confirmamos la entrevista telefónica en vivo (
 aprox. 10 min) sobre el dato de inflación de marzo y cómo impacta en Gana
 ncias de los asalariados y el ajuste por inflación de las empresas. Te ll
 amamos 8:12 al celular. Gracias! Producción
LAST-MODIFIED:20250415T210000Z
LOCATION:Telefónica - en vivo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista en vivo - Cr. Martín Ferreyra (inflación / Ganancias)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast-grabacion",
        uid="riverside-rec-5f2a9d1c@riverside.fm",
        y=0,
        trap="podcast-recording-guest-riverside",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5f2a9d1c@riverside.fm
DTSTAMP:20250515T150000Z
DTSTART:20250522T223000Z
DTEND:20250522T233000Z
SUMMARY:Grabación "Números Claros" ep. 48 - invitado: Martín Ferreyra
ORGANIZER;CN=Números Claros Podcast:mailto:hola@numerosclaros.com.ar
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
LOCATION:https://riverside.fm/studio/numeros-claros
DESCRIPTION:Che Martín\, gracias por sumarte! Charla de 50' sobre cómo ar
 mar el presupuesto familiar con inflación y qué tener en cuenta con el im
 puesto a las Ganancias. Usá auriculares con cable 🎧.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="user-research",
        uid="calendly-ux-6b3e8f1a@calendly.com",
        y=0,
        trap="software-user-research-interview-participant",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ux-6b3e8f1a@calendly.com
DTSTAMP:20250423T180000Z
DTSTART:20250428T210000Z
DTEND:20250428T214500Z
SUMMARY:Entrevista de investigación - Colppy x Martín Ferreyra
ORGANIZER;CN=Micaela Russo (UX Research):mailto:micaela.russo@colppy.com
ATTENDEE;CN=Martín Ferreyra;PARTSTAT=ACCEPTED:mailto:martinferreyra.cpn@gm
 ail.com
LOCATION:Google Meet (link en el mail)
DESCRIPTION:Event Name: Entrevista de investigación con contadores\n\nGra
 cias por participar! Queremos entender cómo es tu trabajo de cierre mens
 ual y cómo usás sistemas de gestión. No hay respuestas correctas. Como agr
 adecimiento te enviamos una gift card de $30.000.\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="futbol-cinco",
        uid="7u1y5c9g3k7o1s5w9a3e7i1m5q@google.com",
        y=0,
        trap="weekly-futbol-5-with-moved-instance",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:martinferreyra.cpn@gmail.com
X-WR-TIMEZONE:America/Argentina/Cordoba
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250305T210000
DTEND;TZID=America/Argentina/Cordoba:20250305T220000
RRULE:FREQ=WEEKLY;BYDAY=WE
DTSTAMP:20250301T120000Z
UID:7u1y5c9g3k7o1s5w9a3e7i1m5q@google.com
CREATED:20250301T120000Z
DESCRIPTION:cancha 3. pagar $8000 c/u a Nacho
LAST-MODIFIED:20250301T120000Z
LOCATION:Complejo La Cancha\, Av. Fuerza Aérea
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:⚽ Fútbol 5 - los del agro
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250424T210000
DTEND;TZID=America/Argentina/Cordoba:20250424T220000
DTSTAMP:20250421T130000Z
UID:7u1y5c9g3k7o1s5w9a3e7i1m5q@google.com
RECURRENCE-ID;TZID=America/Argentina/Cordoba:20250423T210000
CREATED:20250301T120000Z
DESCRIPTION:se pasa al jueves (miércoles juega Belgrano)
LAST-MODIFIED:20250421T130000Z
LOCATION:Complejo La Cancha\, Av. Fuerza Aérea
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:⚽ Fútbol 5 - los del agro (jueves!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-jardin",
        uid="0F1E2D3C-4B5A-4968-8776-655443322110",
        y=0,
        trap="parent-teacher-entrevista-jardin",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T113000Z
UID:0F1E2D3C-4B5A-4968-8776-655443322110
DTEND;TZID=America/Argentina/Cordoba:20250327T180000
SUMMARY:Entrevista con la seño de Benja (sala de 4)
DTSTART;TZID=America/Argentina/Cordoba:20250327T173000
DTSTAMP:20250320T113010Z
LOCATION:Jardín Pimpollitos
DESCRIPTION:vamos con Lu. llevar la ficha de salud y el cuaderno de comun
 icados firmado
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="odontologo",
        uid="5b9f3j7n1r5v9z3d7h1l5p9t3x@google.com",
        y=0,
        trap="dentist-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:martinferreyra.cpn@gmail.com
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250423T083000
DTEND;TZID=America/Argentina/Cordoba:20250423T091500
DTSTAMP:20250410T150000Z
UID:5b9f3j7n1r5v9z3d7h1l5p9t3x@google.com
CREATED:20250410T150000Z
DESCRIPTION:Dra. Mansilla - conducto. OSDE plan 310\, llevar credencial
LAST-MODIFIED:20250410T150000Z
LOCATION:Consultorio Dra. Mansilla\, Duarte Quirós 6xx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Odontólogo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="registro-civil",
        uid="turnos-rc-cba-2025-0419-00812@cba.gov.ar",
        y=0,
        trap="official-turno-registro-civil",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gobierno de Córdoba//Turnos Web//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:turnos-rc-cba-2025-0419-00812@cba.gov.ar
DTSTAMP:20250407T221500Z
DTSTART:20250422T113000Z
DTEND:20250422T114500Z
SUMMARY:Turno Registro Civil - Partida de nacimiento legalizada
LOCATION:Registro Civil Central - Av. Colón 5xx\, Córdoba
DESCRIPTION:Titular del turno: FERREYRA MARTIN\nTrámite: Partida de nacim
 iento - copia legalizada (para apostilla)\nPresentarse con DNI 10 minutos
  antes. Código de turno: RC-00812
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="simulacro-entrevista",
        uid="cal-mock-91ab7c2d@cal.com",
        y=0,
        trap="mock-interview-english-with-coach",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-mock-91ab7c2d@cal.com
DTSTAMP:20250401T120000Z
DTSTART:20250405T130000Z
DTEND:20250405T140000Z
SUMMARY:Mock interview (English) between Carolina Vidal and Martín Ferreyr
 a
ORGANIZER;CN=Carolina Vidal:mailto:caro@vidalcareercoaching.com
ATTENDEE;CN=Martín Ferreyra;PARTSTAT=ACCEPTED:mailto:martinferreyra.cpn@g
 mail.com
LOCATION:https://app.cal.com/video/mock91ab7c2d
DESCRIPTION:What: Mock interview (English) - 60 min\nSimulacro de entrevi
 sta por competencias en inglés (STAR) con foco en la entrevista de Cargil
 l. Grabamos y te paso feedback por escrito.\nPaquete 3 sesiones (2/3).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar-bumeran",
        uid="zoom-webinar-84412093311-reg-77ab@zoom.us",
        y=0,
        trap="webinar-how-to-pass-the-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250319T140000Z
DTSTART:20250326T220000Z
DTEND:20250326T231500Z
SUMMARY:Webinar Bumeran: ¿Cómo superar la entrevista por competencias?
UID:zoom-webinar-84412093311-reg-77ab@zoom.us
TZID:America/Buenos_Aires
DESCRIPTION:Hola Martín Ferreyra\,\n\nGracias por registrarte en "¿Cómo
  superar la entrevista por competencias?". Especialistas de Bumeran y una
  consultora de RRHH comparten tips para entrevistas presenciales\, videoen
 trevistas y psicotécnicos.\n\nUnirse: https://us06web.zoom.us/w/84412093
 311?tk=abc\nWebinar ID: 844 1209 3311
LOCATION:https://us06web.zoom.us/w/84412093311?tk=abc
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
