"""holdout237 events: the OSVM's everyday calendar (rehearsals, concerts, tour, press, own contract)."""

from holdout237ev_tz import MADRID_GOOGLE, VIENNA

EVENTS = [
    dict(
        kind="ensayo-recurrente",
        uid="9l1n3p5r7t9v1x3z5b7d9f1h3j@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="recurring-rehearsal-with-moved-occurrence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:OSVM – Convocatorias
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250210T100000
DTEND;TZID=Europe/Madrid:20250210T133000
RRULE:FREQ=DAILY;COUNT=4
DTSTAMP:20250115T120000Z
UID:9l1n3p5r7t9v1x3z5b7d9f1h3j@google.com
CREATED:20250115T115500Z
DESCRIPTION:Programa 7: Mahler Sinfonía nº 5. Dir.: titular. Plantilla com
 pleta. Violas: 12 (atriles según hoja de Inspección). Traer sordina.
LAST-MODIFIED:20250115T120000Z
LOCATION:OSVM – Sala de ensayo A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ensayo tutti – Prog. 7
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250212T160000
DTEND;TZID=Europe/Madrid:20250212T193000
DTSTAMP:20250201T090000Z
UID:9l1n3p5r7t9v1x3z5b7d9f1h3j@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20250212T100000
CREATED:20250115T115500Z
DESCRIPTION:CAMBIO: el miércoles el ensayo pasa a la tarde por grabación d
 e RNE en la sala por la mañana.
LAST-MODIFIED:20250201T090000Z
LOCATION:OSVM – Sala de ensayo A
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Ensayo tutti – Prog. 7 (TARDE)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="eg-concierto",
        uid="4B5C6D7E-8F9A-4B0C-9D1E-2F3A4B5C6D7E",
        interview=0, company="", role="", stage="", interviewers="",
        trap="general-rehearsal-and-concert-typed",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250206T101010Z
DTSTAMP:20250206T101033Z
UID:4B5C6D7E-8F9A-4B0C-9D1E-2F3A4B5C6D7E
SUMMARY:EG + concierto Mahler 5
DTSTART:20250214T103000
DTEND:20250214T213000
LOCATION:Auditorio Nacional
DESCRIPTION:EG 10:30. Concierto 19:30\, negro largo. Cenar algo entre media
 s
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="parcial-cuerda",
        uid="0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="string-sectional-rehearsal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250609T100000
DTEND;TZID=Europe/Madrid:20250609T130000
DTSTAMP:20250526T090000Z
ORGANIZER;CN=Inspección OSVM:mailto:inspeccion@osvmadrid.es
UID:0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=Cuerda OSVM;X-NUM-GUESTS=0:mailto:cuerda@osvmadrid.es
CREATED:20250526T085900Z
DESCRIPTION:Parcial de cuerda con el concertino. Prog. 12: Bartók Música p
 ara cuerda\, percusión y celesta (1º y 3º). Violas divisi según hoja. Con
  sordina.
LAST-MODIFIED:20250526T090000Z
LOCATION:OSVM – Sala de ensayo A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parcial cuerda – Prog. 12
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gira-viena",
        uid="2o4q6s8u0w2y4a6c8e0g2i4k6m@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="orchestra-tour-all-day-multi-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251103
DTEND;VALUE=DATE:20251107
DTSTAMP:20250915T100000Z
UID:2o4q6s8u0w2y4a6c8e0g2i4k6m@google.com
DESCRIPTION:Gira OSVM Viena. Vuelo IB3126 lunes 8:10. Hotel Am Konzerthaus
 . Programa: Falla Sombrero + Brahms 2. Maleta viola en bodega NO\, cabina
  con asiento comprado.
LOCATION:Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GIRA VIENA
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="anspielprobe-wien",
        uid="mv-2025-11-05-osvm-anspielprobe@musikverein.at",
        interview=0, company="", role="", stage="", interviewers="",
        trap="tour-hall-rehearsal-vienna-timezone-german",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gesellschaft der Musikfreunde in Wien//Disposition//DE
METHOD:PUBLISH
""" + VIENNA + r"""BEGIN:VEVENT
UID:mv-2025-11-05-osvm-anspielprobe@musikverein.at
DTSTAMP:20251020T080000Z
DTSTART;TZID=Europe/Vienna:20251105T150000
DTEND;TZID=Europe/Vienna:20251105T163000
SUMMARY:Anspielprobe OSVM – Großer Saal
DESCRIPTION:Gastorchester: Orquesta Sinfónica Villa de Madrid. Anspielprob
 e Großer Saal\, Konzert 19:30. Künstlereingang Bösendorferstraße. Instrum
 entenkoffer im Saal C abstellen.
LOCATION:Musikverein Wien\, Großer Saal
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="radio-clasica",
        uid="rne-rc-ent-20250917-icastellanos",
        interview=0, company="", role="", stage="", interviewers="",
        trap="press-radio-interview-about-season",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RTVE//Producción Radio Clásica//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rne-rc-ent-20250917-icastellanos
DTSTAMP:20250910T110000Z
DTSTART:20250917T100000Z
DTEND:20250917T104500Z
SUMMARY:Entrevista Radio Clásica – temporada OSVM (Irene Castellanos)
DESCRIPTION:Hola Irene\, te confirmo la entrevista para 'Sinfonía de la mañ
 ana': presentación de la temporada 25/26 de la OSVM desde dentro de la se
 cción de violas (15 min\, grabada). Estudio 6 de Prado del Rey. Trae DNI
  para el control de acceso.\nUn abrazo\, Pilar (producción)
LOCATION:RNE Prado del Rey – Estudio 6
ORGANIZER;CN=Pilar Anguita (Radio Clásica):mailto:pilar.anguita@rtve.es
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos:mailto:icastellanos@osvmadrid.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="renovacion-contrato",
        uid="040000008200E00074C5B7101A82E00800000000D5C4B3A2F1E0DB01000000000000000010000000AABBCCDD",
        interview=0, company="", role="", stage="", interviewers="",
        trap="own-contract-renewal-meeting-current-employer",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ibarra Goñi, Gonzalo";SENT-BY="mailto:secretaria.direccion@osvmadrid.es":mailto:gibarra@o
 svmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellanos Vidal, Irene":mailto:icaste
 llanos@osvmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Duarte Lera, Carmen":mailto:cduarte@osv
 madrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Merino Sáez, Lucía":mailto:lmerino@osvm
 adrid.es
DESCRIPTION;LANGUAGE=es-ES:Reunión de la sección de violas (contratos temporales) con Direcció
 n Artística y RRHH: valoración de la temporada y renovación de los contratos temporales para la
  25/26. Cada persona tendrá 15 minutos individuales al final.\n
UID:040000008200E00074C5B7101A82E00800000000D5C4B3A2F1E0DB01000000000000000010000000AABBCCDD
SUMMARY;LANGUAGE=es-ES:Violas – valoración temporada y renovaciones
DTSTART:20250625T113000Z
DTEND:20250625T130000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250616T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de juntas OSVM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="alumno-particular",
        uid="5D6E7F8A-9B0C-4D1E-8F2A-3B4C5D6E7F8A",
        interview=0, company="", role="", stage="", interviewers="",
        trap="private-student-weekly-lesson",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20240910T180000Z
DTSTAMP:20240910T180020Z
UID:5D6E7F8A-9B0C-4D1E-8F2A-3B4C5D6E7F8A
SUMMARY:Clase Daniel (va.)
DTSTART:20240917T180000
DTEND:20240917T190000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T160000Z
LOCATION:casa
DESCRIPTION:prueba de acceso al Superior en junio: Hindemith op.25/1 + Bach
  suite 4. 45€
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audicion-alumnos",
        uid="emm-arturosoria-audicion-cuerda-0522",
        interview=0, company="", role="", stage="", interviewers="",
        trap="audicion-meaning-student-recital",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Música Arturo Soria//Agenda//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:emm-arturosoria-audicion-cuerda-0522
DTSTAMP:20250505T100000Z
DTSTART:20250522T160000Z
DTEND:20250522T173000Z
SUMMARY:Audición de alumnos – cuerda (violín\, viola\, violonchelo)
DESCRIPTION:Audición trimestral de fin de curso. Participan alumnos de las
  profesoras Irene Castellanos (viola) y Mónica Lara (violín). Entrada libr
 e para familias.
LOCATION:Salón de actos – Escuela de Música Arturo Soria
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="masterclass-asistente",
        uid="6E7F8A9B-0C1D-4E2F-9A3B-4C5D6E7F8A9B",
        interview=0, company="", role="", stage="", interviewers="",
        trap="masterclass-attended-as-participant",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241115T090000Z
DTSTAMP:20241115T090044Z
UID:6E7F8A9B-0C1D-4E2F-9A3B-4C5D6E7F8A9B
SUMMARY:Clase magistral Prof. Várnai (activa)
DTSTART:20241130T100000
DTEND:20241130T140000
LOCATION:Escuela Reina Sofía\, Auditorio Sony
DESCRIPTION:toco Walton 1er mov (pasaje difícil c.40-58) + preguntar por la
  lista de Probespiel Solo. 60€ inscripción pagada
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar-probespiel",
        uid="unisono-webinar-2025-02-probespiel-mental",
        interview=0, company="", role="", stage="", interviewers="",
        trap="webinar-about-audition-preparation-german",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//unisono Deutsche Musik- und Orchestervereinigung//Seminare//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:unisono-webinar-2025-02-probespiel-mental
DTSTAMP:20250120T100000Z
DTSTART:20250205T170000Z
DTEND:20250205T183000Z
SUMMARY:Webinar: Fit fürs Probespiel – mentale Vorbereitung und Lampenfieber
DESCRIPTION:Online-Seminar für Orchestermusiker*innen und Studierende: Abla
 uf eines Probespiels in Deutschland\, Vorhang-Runde\, Probejahr\, Umgang m
 it Lampenfieber. Referentin: Dr. Sabine Wolter (Musikermedizin). Zoom-Link
  folgt nach Anmeldung.
LOCATION:Online (Zoom)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="simulacro-audicion",
        uid="7F8A9B0C-1D2E-4F3A-8B4C-5D6E7F8A9B0C",
        interview=0, company="", role="", stage="", interviewers="",
        trap="mock-audition-behind-screen-with-colleagues",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250210T220000Z
DTSTAMP:20250210T220015Z
UID:7F8A9B0C-1D2E-4F3A-8B4C-5D6E7F8A9B0C
SUMMARY:Simulacro audición ONE (tras cortina) 🎭
DTSTART:20250213T150000
DTEND:20250213T163000
LOCATION:OSVM cabina 5
DESCRIPTION:Carmen\, Rafa y Bea de "tribunal" con la sábana jaja. Todo segu
 ido como si fuera de verdad\, sin repetir. Grabar con el móvil
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="asamblea-orquesta",
        uid="3q5s7u9w1y3a5c7e9g1i3k5m7o@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="orchestra-assembly-works-council",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250521T133000
DTEND;TZID=Europe/Madrid:20250521T143000
DTSTAMP:20250514T100000Z
ORGANIZER;CN=Comité de Empresa OSVM:mailto:comite@osvmadrid.es
UID:3q5s7u9w1y3a5c7e9g1i3k5m7o@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=Plantilla OSVM;X-NUM-GUESTS=0:mailto:plantilla@osvmadrid.es
CREATED:20250514T095900Z
DESCRIPTION:Asamblea de músicos: calendario de la gira de Viena\, dietas\,
  estabilización de plazas temporales (info de la negociación con Gerencia)
 .
LAST-MODIFIED:20250514T100000Z
LOCATION:Sala de ensayo A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Asamblea de orquesta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
