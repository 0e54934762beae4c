"""holdout205 events, part h: the user on the hiring side at Agroindustrias del Centro (second half)."""

from holdout205ev_tz import GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="corregir-casos",
        uid="1d5h9l3p7t1x5b9f3j7n1r5v9z@google.com",
        y=0,
        trap="user-as-interviewer-grading-excel-case",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Martín - laburo
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250506T150000
DTEND;TZID=America/Argentina/Cordoba:20250506T163000
DTSTAMP:20250505T121212Z
UID:1d5h9l3p7t1x5b9f3j7n1r5v9z@google.com
CREATED:20250505T121211Z
DESCRIPTION:corregir los 4 casos prácticos (Excel) de Analista de Costos:
  grilla en la carpeta compartida RRHH/Selección/Costos 2025. nota 1-5 por
  ítem\, mandar a Cari antes del jueves
LAST-MODIFIED:20250505T121211Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Corregir casos prácticos candidatos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prueba-practica",
        uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F6AADB01"
            "000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        y=0,
        trap="user-as-interviewer-supervises-practical-test",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ludueña, Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="PC Capacitaci
 ón 2":mailto:pc.capacitacion2@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Prueba práctica para los 3 pasantes preselecci
 onados: conciliación bancaria + asientos de ajuste (1 h 30). Martín super
 visa y evalúa; yo los recibo en portería. Usar la PC de Capacitación 2 si
 n acceso al Tango real.\n
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6AADB01000000000000000
 010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=es-AR:Prueba práctica pasantes - conciliación (supervisa
  MF)
DTSTART;TZID=Argentina Standard Time:20250325T140000
DTEND;TZID=Argentina Standard Time:20250325T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Capacitación
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jornada-prueba",
        uid="9z3d7h1l5p9t3x7b1f5j9n3r7v@google.com",
        y=0,
        trap="user-as-interviewer-trial-day-during-cierre",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250602T080000
DTEND;TZID=America/Argentina/Cordoba:20250602T140000
DTSTAMP:20250529T175500Z
ORGANIZER;CN=Martín Ferreyra:mailto:mferreyra@agrocentro.com.ar
UID:9z3d7h1l5p9t3x7b1f5j9n3r7v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Martín Ferreyra;X-NUM-GUESTS=0:mailto:mferreyra@agrocentro.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lucas Heredia;X-NUM-GUESTS=0:mailto:lucasheredia.cpn@gmail.com
CREATED:20250529T175459Z
DESCRIPTION:Lucas: como hablamos\, te propongo una jornada con el equipo
  durante el cierre de mayo para que veas el día a día (conciliaciones\, p
 rovisiones\, ajuste por inflación). Es parte del proceso de selección; ve
 nite con la notebook. Te espero en Administración. Martín
LAST-MODIFIED:20250529T175459Z
LOCATION:Agrocentro - Administración
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jornada de prueba Lucas Heredia - cierre mayo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadowing",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B8ABDB01"
            "0000000000000000100000001234ABCD5678EF901234ABCD5678EF90",
        y=0,
        trap="user-as-interviewer-shadowed-by-new-lead",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ferreyra, Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Arguello
 , Paula":mailto:parguello@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Pau: sumate de oyente a la entrevista con el c
 andidato de Tesorería así ves cómo las hacemos acá (guía de preguntas +
  grilla de competencias). Después te toca a vos llevar una y yo hago de sh
 adow.\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8ABDB01000000000000000
 0100000001234ABCD5678EF901234ABCD5678EF90
SUMMARY;LANGUAGE=es-AR:Shadowing entrevista Analista Tesorería (Paula de o
 yente)
DTSTART;TZID=Argentina Standard Time:20250519T100000
DTEND;TZID=Argentina Standard Time:20250519T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Maíz
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-observador",
        uid="040000008200E00074C5B7101A82E00800000000E6F7A8B9C0ACDB01"
            "000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        y=0,
        trap="user-as-interviewer-assessment-center-observer",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Capital Humano - Agrocentro":mailto:capitalhumano@agrocentro
 .com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Olmos,
  Diego":mailto:dolmos@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallard
 o, Hernán":mailto:hgallardo@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Programa Jóvenes Profesionales 2025 - Assessme
 nt Center grupal (12 candidatos).\nRol de ustedes: OBSERVADORES. Cada uno
  tiene asignados 3 participantes; completar la grilla de observación dur
 ante la dinámica y el caso grupal. Almuerzo y puesta en común 13 h.\n
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9C0ACDB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-AR:Assessment Center JP 2025 - observadores
DTSTART;TZID=Argentina Standard Time:20250612T083000
DTEND;TZID=Argentina Standard Time:20250612T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:SUM - Planta Industrial
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="llamar-referencias",
        uid="2e6i0m4q8u2y6c0g4k8o2s6w0a@google.com",
        y=0,
        trap="user-as-interviewer-reference-check-caller",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Martín - laburo
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250416T173000
DTEND;TZID=America/Argentina/Cordoba:20250416T180000
DTSTAMP:20250416T101001Z
UID:2e6i0m4q8u2y6c0g4k8o2s6w0a@google.com
CREATED:20250416T101000Z
DESCRIPTION:Rivarola (cand. semi sr): llamar a su ex jefe en Deloitte (Cr
 . Pedernera 351 4xx xxxx) y a la de Grupo Dinosaurio. preguntar motivo d
 e salida\, puntualidad\, trabajo en cierre
LAST-MODIFIED:20250416T101000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamar referencias Rivarola
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-tesoreria",
        uid="040000008200E00074C5B7101A82E00800000000F8A9B0C1D2ADDB01"
            "000000000000000010000000FACEFEED0011223344556677889900AA",
        y=0,
        trap="user-as-interviewer-chairs-second-round-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ferreyra, Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ludueña,
  Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vera, Ig
 nacio":mailto:ivera@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nicolas.b
 azan@outlook.com:mailto:nicolas.bazan@outlook.com
DESCRIPTION;LANGUAGE=es-AR:2da instancia Analista de Tesorería - Nicolás
  Bazán.\nModera: Martín. Orden: presentación (5')\, preguntas técnicas Nac
 ho (cash flow\, cheques electrónicos/ECHEQ\, cauciones)\, competencias Ca
 rina\, preguntas del candidato.\n\nReunión de Microsoft Teams\nId. de la r
 eunión: 288 007 441 215\nCódigo de acceso: Kz4n2W\n
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2ADDB01000000000000000
 010000000FACEFEED0011223344556677889900AA
SUMMARY;LANGUAGE=es-AR:Analista de Tesorería - 2da instancia - N. Bazán
DTSTART;TZID=Argentina Standard Time:20250521T150000
DTEND;TZID=Argentina Standard Time:20250521T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="feria-stand",
        uid="040000008200E00074C5B7101A82E008000000000A1B2C3D4EAEDB01"
            "00000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        y=0,
        trap="user-as-interviewer-recruiting-booth-university-fair",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Capital Humano - Agrocentro":mailto:capitalhumano@agrocentro
 .com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ludueña,
  Carina":mailto:cluduena@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Stand de Agrocentro en la Feria de Empleo y Pa
 santías FCE-UNC. Martín: te necesitamos de 10 a 13 para hacer entrevista
 s cortas de preselección a estudiantes de Contador (pasantías 2° semestr
 e). Llevamos banner\, folletos y la tablet para cargar CVs.\n
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4EAEDB01000000000000000
 01000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=es-AR:Feria de Empleo FCE-UNC - stand Agrocentro
DTSTART;TZID=Argentina Standard Time:20250604T100000
DTEND;TZID=Argentina Standard Time:20250604T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250526T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:FCE-UNC\, Ciudad Universitaria - Hall Pabellón Argentina
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-costos",
        uid="040000008200E00074C5B7101A82E008000000001C2D3E4F5AAFDB01"
            "0000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        y=0,
        trap="user-as-interviewer-teams-candidate-external-hr-organizer",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ludueña, Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=agustin.
 moreno.cpn@gmail.com:mailto:agustin.moreno.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Entrevista técnica Analista de Costos - Agustí
 n Moreno (vive en Río Cuarto\, por eso es virtual). Martín evalúa la par
 te técnica (costeo por proceso\, stock de granos\, Tango).\n\nReunión de M
 icrosoft Teams\nId. de la reunión: 230 558 119 026\n
UID:040000008200E00074C5B7101A82E008000000001C2D3E4F5AAFDB01000000000000000
 0100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=es-AR:Entrevista técnica Analista de Costos - A. Moreno
DTSTART;TZID=Argentina Standard Time:20250430T113000
DTEND;TZID=Argentina Standard Time:20250430T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T124500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="devolucion-candidatos",
        uid="E2F3A4B5-C6D7-4E8F-9A0B-1C2D3E4F5A6B",
        y=0,
        trap="user-as-interviewer-rejection-calls-to-candidates",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250417T111501Z
UID:E2F3A4B5-C6D7-4E8F-9A0B-1C2D3E4F5A6B
DTEND;TZID=America/Argentina/Cordoba:20250418T100000
SUMMARY:llamar Díaz p/ devolución (no quedó)
DTSTART;TZID=America/Argentina/Cordoba:20250418T094500
DTSTAMP:20250417T111522Z
DESCRIPTION:agradecer\, decirle que quedamos con otro perfil\, guardar CV
  para costos
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
