"""holdout270 events, part D: other negatives (the trade's own meetings, personal appointments, look-alikes)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout270ev_zones import MADRID, MADRID_APPLE, PARIS, ROMANCE, UTC1_EN, WEUROPE

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000013B6D9F2A5E6DB01000000000000000010000000F0C3D6A9B2E54F8C4B04B7DAF3C6E9A2",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cebrián Lou
 , Andrés (Encargado)":mailto:acebrian@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delegado 
 de Prevención – Antonio Sierra":mailto:delegado.prevencion@construcciones-e
 bro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Investigación del accidente con baja del 14/01 (
 caída a distinto nivel desde andamio tubular\, oficial de Estructuras Beso
 s S.L.\, subcontrata). Orden:\n09:00 Inspección del lugar y fotos\n09:45 E
 ntrevista al trabajador accidentado (en casa\, por teléfono)\n10:15 Entrev
 istas a testigos: encargado de la subcontrata y gruista\n11:00 Revisión de
  documentación: PSS\, acta de montaje del andamio\, formación\, nombramien
 to recurso preventivo\n11:45 Árbol de causas y medidas\n\nParte Delt@ ya co
 municado. Informar al CSS y a la Mutua.\n
UID:040000008200E00074C5B7101A82E0080000000013B6D9F2A5E6DB01000000000000000
 010000000F0C3D6A9B2E54F8C4B04B7DAF3C6E9A2
SUMMARY;LANGUAGE=es-ES:Investigación accidente – entrevistas a trabajador y
  testigos (obra Valdespartera)
DTSTART;TZID=Romance Standard Time:20250116T090000
DTEND;TZID=Romance Standard Time:20250116T123000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250114T183001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Obra Valdespartera – caseta bloque B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:377102883
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="accident-investigation-worker-witness-interviews",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="5c8f1i4l7o0r3u6x9a2d5g8j1m@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250303T140000Z
DTEND:20250303T153000Z
DTSTAMP:20250701T081455Z
UID:5c8f1i4l7o0r3u6x9a2d5g8j1m@google.com
CREATED:20250228T182203Z
DESCRIPTION:Incidente sin lesiones 27/02: caída de carga (palé de bloques) 
 desde grúa torre GT-2 en Arcosur. Entrevistas por separado: gruista (Rubén 
 O.)\, señalista\, encargado de Ferrallas del Canal. Pedir partes de revisi
 ón del limitador y eslingas. Informe para Dirección y CSS antes del viernes.
LAST-MODIFIED:20250228T182203Z
LOCATION:Obra Arcosur – parcela 88
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista testigos incidente grúa torre – Arcosur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="witness-interviews-crane-incident",
        hiring=False,
    ),
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000A4C7E0F3B6A4DB01000000000000000010000000A1D4E7B0C3F64A9D5C15C8EB04D7F0B3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Estructur
 as Besos - Jefe de equipo:mailto:obra@estructurasbesos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Instalaci
 ones Cierzo Eléctrica:mailto:prl@cierzoelectrica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Montajes 
 Metálicos Jalón:mailto:oficina@mmjalon.es
DESCRIPTION;LANGUAGE=es-ES:Reunión semanal de coordinación de actividades 
 empresariales (RD 171/2004) – Nave 7 PLAZA:\n- Planificación de la semana 
 y trabajos concurrentes\n- Recursos preventivos nombrados\n- Altas en la p
 lataforma CAE y documentación pendiente\n- Incidencias y observaciones de 
 seguridad\nAsistencia obligatoria del jefe de equipo de cada subcontrata.\n
RRULE:FREQ=WEEKLY;UNTIL=20250626T060000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000A4C7E0F3B6A4DB01000000000000000
 010000000A1D4E7B0C3F64A9D5C15C8EB04D7F0B3
SUMMARY;LANGUAGE=es-ES:Reunión CAE semanal – Nave 7 PLAZA (subcontratas)
DTSTART;TZID=Romance Standard Time:20250306T080000
DTEND;TZID=Romance Standard Time:20250306T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T120410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Caseta de obra Nave 7 – C/ Bari esq. C/ Osca\, PLAZA
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Esta semana la pasamos al viernes (el jueves vie
 ne el CSS con el promotor a primera hora). Se incorpora la empresa de imper
 meabilización.\n
RECURRENCE-ID;TZID=Romance Standard Time:20250424T080000
UID:040000008200E00074C5B7101A82E00800000000A4C7E0F3B6A4DB01000000000000000
 010000000A1D4E7B0C3F64A9D5C15C8EB04D7F0B3
SUMMARY;LANGUAGE=es-ES:Reunión CAE semanal – Nave 7 PLAZA (subcontratas)
DTSTART;TZID=Romance Standard Time:20250425T080000
DTEND;TZID=Romance Standard Time:20250425T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T090233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Caseta de obra Nave 7 – C/ Bari esq. C/ Osca\, PLAZA
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="cae-recurring-with-override-plaza",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B5D8F1A4C7B8DB01000000000000000010000000B2E5F8C1D4A74BAE6D26D9FC15E8A1C4",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Abós Gil, Mig
 uel":mailto:mabos@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:La Subinspectora de Seguridad y Salud Laboral de
  la Inspección Provincial de Trabajo y Seguridad Social de Zaragoza visita
  la obra (actuación por denuncia + campaña de caídas en altura). Tener pre
 parado en la caseta:\n- Plan de Seguridad y Salud y su aprobación\n- Libro 
 de Subcontratación y Libro de Incidencias\n- Nombramientos de recursos pre
 ventivos\n- Formación e información (art. 18 y 19 LPRL)\, TPC\n- Certificad
 o y acta de montaje del andamio\n- Registro CAE de subcontratas\n\nPosible 
 requerimiento\; acompaño yo.\n
UID:040000008200E00074C5B7101A82E00800000000B5D8F1A4C7B8DB01000000000000000
 010000000B2E5F8C1D4A74BAE6D26D9FC15E8A1C4
SUMMARY;LANGUAGE=es-ES:Visita Inspección de Trabajo – obra Valdespartera
DTSTART;TZID=Romance Standard Time:20250205T090000
DTEND;TZID=Romance Standard Time:20250205T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250131T080915Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Obra Valdespartera – caseta bloque B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-58820916
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="labour-inspection-visit-same-body-as-oposicion",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="6d9g2j5m8p1s4v7y0b3e6h9k2n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250128T070000Z
DTEND:20250128T080000Z
DTSTAMP:20250120T110504Z
ORGANIZER;CN=Citas Prevensalud Aragón:mailto:citas@prevensalud-aragon.es
UID:6d9g2j5m8p1s4v7y0b3e6h9k2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jlacasa@construcciones-ebro-moncayo.es;X-NUM-GUESTS=0:mailto:jlaca
 sa@construcciones-ebro-moncayo.es
CREATED:20250120T110503Z
DESCRIPTION:Cita de Vigilancia de la Salud – reconocimiento médico periódi
 co (protocolos: manipulación manual de cargas\, PVD\, trabajos en altura).\n
 Empresa: Construcciones Ebro Moncayo\, S.A.\nTrabajador: Javier Lacasa Azna
 r\n\nAcudir en ayunas (8 h) con una muestra de primera orina. Traer gafas s
 i usa. Duración aprox. 45 min.\n\nPrevensalud Aragón – Unidad Básica de Sal
 ud\, C/ Predicadores 48\, Zaragoza
LAST-MODIFIED:20250120T110503Z
LOCATION:Prevensalud Aragón – C/ Predicadores 48\, Zaragoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reconocimiento médico – Vigilancia de la Salud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="health-surveillance-at-interview-employer",
        hiring=False,
    ),
    dict(
        kind="thunderbird-recurring",
        uid="0e3b6d9f-2a5c-48e1-b4d7-a0c3f6e9b2d5",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250602T200144Z
LAST-MODIFIED:20250602T200402Z
DTSTAMP:20250602T200402Z
UID:0e3b6d9f-2a5c-48e1-b4d7-a0c3f6e9b2d5
SUMMARY:Curso PRL 20h construcción (nivel básico) – doy yo
RRULE:FREQ=DAILY;COUNT=5
DTSTART:20250623T150000
DTEND:20250623T190000
LOCATION:Fundación Laboral – aula 3\, Zaragoza
DESCRIPTION:Grupo de 18 alumnos (peones y oficiales nuevos). Módulo común
  + específico de albañilería. Último día: examen tipo test y entrega de di
 plomas para la TPC. Llevar arnés y línea de vida de demostración.
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="course-he-teaches-recurring-floating",
        hiring=False,
    ),
    dict(
        kind="webinar-invite",
        uid="gtw-6630158842117-20250109@webinar.infojobs.example",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-6630158842117-20250109@webinar.infojobs.example
DTSTAMP:20250102T101011Z
DTSTART:20250109T170000Z
DTEND:20250109T180000Z
SUMMARY:Webinar: Cómo superar una entrevista por competencias (InfoJobs Aca
 demy)
ORGANIZER;CN=InfoJobs Academy:mailto:webinars@infojobs.example
LOCATION:Online
DESCRIPTION:Gracias por registrarte\, Javier.\n\nEn este webinar gratuito 
 aprenderás a preparar una entrevista por competencias con el método STAR\, 
 a responder a «háblame de ti» y a negociar el salario. Ponente: Elisa Marco
 \, orientadora laboral.\n\nÚnete: https://attendee.gotowebinar.com/join/66
 30158842117/1085523\n\nAñadir a tu calendario. No respondas a este correo.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-competency-interviews",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="8f1i4l7o0r3u6x9a2d5g8j1m4p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250314T080000Z
DTEND:20250314T090000Z
DTSTAMP:20250310T193321Z
ORGANIZER;CN=Pilar Serrano Coaching:mailto:pilar.serrano.coach@gmail.com
UID:8f1i4l7o0r3u6x9a2d5g8j1m4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pilar Serrano Coaching;X-NUM-GUESTS=0:mailto:pilar.serrano.coach@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.azna
 r@gmail.com
CREATED:20250310T193320Z
DESCRIPTION:Sesión 3 de 4 (bono outplacement). Simulacro de entrevista con
  grabación: yo hago de Directora de Fábrica de Cementos Quinto de Ebro. Pre
 para 3 ejemplos STAR (accidente grave\, resistencia al cambio de un mando\,
  reducción de IF). Feedback al final.\n\nÚnete con Google Meet: https://mee
 t.google.com/nbe-xwqa-rtk\n\nInvitation from Google Calendar: https://calen
 dar.google.com/calendar/\n\nYou are receiving this email because you are an
  attendee on the event.
LAST-MODIFIED:20250310T193320Z
LOCATION:https://meet.google.com/nbe-xwqa-rtk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro entrevista – preparar Cementos Quinto (Pilar)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-names-employer",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="2F5A8D1C-4E7B-4A0D-93C6-F9B2E5A8D1C4",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250609T204518Z
DTEND;TZID=Europe/Madrid:20250614T133000
DTSTAMP:20250609T204541Z
DTSTART;TZID=Europe/Madrid:20250614T100000
LAST-MODIFIED:20250609T204541Z
LOCATION:Academia Pignatelli – C/ Cádiz 9\, Zaragoza
DESCRIPTION:Simulacro de lectura ante «tribunal» (3 preparadores). Llevar e
 l supuesto del 2º ejercicio reescrito. Cronometrar 20 min.
SEQUENCE:0
SUMMARY:Academia: simulacro lectura ante tribunal SSL
UID:2F5A8D1C-4E7B-4A0D-93C6-F9B2E5A8D1C4
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="oposicion-mock-reading-academy",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="9g2j5m8p1s4v7y0b3e6h9k2n5q@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T113000Z
DTEND:20250325T121500Z
DTSTAMP:20250320T120118Z
ORGANIZER;CN=Sara Mallén (Diario del Ebro):mailto:smallen@diariodelebro.example
UID:9g2j5m8p1s4v7y0b3e6h9k2n5q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sara Mallén (Diario del Ebro);X-NUM-GUESTS=0:mailto:smallen@diariodele
 bro.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jlacasa@construcciones-ebro-moncayo.es;X-NUM-GUESTS=0:mailto:jlaca
 sa@construcciones-ebro-moncayo.es
CREATED:20250320T120117Z
DESCRIPTION:Hola Javier\, gracias por atenderme. Es para el reportaje del d
 omingo sobre el repunte de la siniestralidad en la construcción en Aragón 
 (datos 2024 del ISSLA). Unas preguntas sobre subcontratación\, calor en ver
 ano y formación\, y una foto en la obra si la empresa lo autoriza (ya lo ha
 bló Comunicación contigo).\n\nSara Mallén – Sección Economía\, Diario del E
 bro\n\nInvitation from Google Calendar: https://calendar.google.com/calendar
 /\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20250320T120117Z
LOCATION:Obra Valdespartera (o por teléfono si llueve)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Diario del Ebro – siniestralidad en la construcción
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-journalist",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="0h3k6n9q2t5w8z1c4f7i0l3o6r@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250430T150000Z
DTEND:20250430T160000Z
DTSTAMP:20250423T201544Z
ORGANIZER;CN=Lucía Moncín:mailto:lucia.moncin.tfm@gmail.com
UID:0h3k6n9q2t5w8z1c4f7i0l3o6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Moncín;X-NUM-GUESTS=0:mailto:lucia.moncin.tfm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
CREATED:20250423T201543Z
DESCRIPTION:Hola Javier! Muchas gracias por aceptar participar en mi Trabaj
 o Fin de Máster (Máster Universitario en PRL). Es una entrevista semiestru
 cturada de unos 45-60 min sobre cultura preventiva en obras de edificación
  y el papel del recurso preventivo. La grabaré (solo audio) y será anónima
 . Te mando el consentimiento informado por correo.\n\nLucía\n\nÚnete con G
 oogle Meet: https://meet.google.com/oki-trsd-pma\n\nInvitation from Google 
 Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this e
 mail because you are an attendee on the event.
LAST-MODIFIED:20250423T201543Z
LOCATION:https://meet.google.com/oki-trsd-pma
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista TFM – cultura preventiva en obra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-interview-student-freemail",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="5B8E1D4A-7C0F-4D3A-A6E9-C2F5B8E1D4A7",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250225T130244Z
DTEND;TZID=Europe/Madrid:20250228T091500
DTSTAMP:20250225T130301Z
DTSTART;TZID=Europe/Madrid:20250228T083000
LAST-MODIFIED:20250225T130301Z
LOCATION:Café Levante\, Plaza Aragón
DESCRIPTION:Raquel (ex compi\, ahora técnica en Mutua Cesaraugusta). Pregun
 tarle qué tal se trabaja allí\, cómo es el jefe (Carlos A.) y sueldos. NO 
 es entrevista\, solo info antes de la dinámica
SEQUENCE:0
SUMMARY:Café con Raquel (Mutua)
UID:5B8E1D4A-7C0F-4D3A-A6E9-C2F5B8E1D4A7
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-coffee-at-interview-employer",
        hiring=False,
    ),
    dict(
        kind="google-export-allday",
        uid="1i4l7o0r3u6x9a2d5g8j1m4p7s@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250508
DTEND;VALUE=DATE:20250509
DTSTAMP:20250701T081455Z
UID:1i4l7o0r3u6x9a2d5g8j1m4p7s@google.com
CREATED:20250415T171109Z
DESCRIPTION:Foro de Empleo Construcción\, Industria y Logística. Stands: Ib
 ercons\, Modalia\, Ebroplast\, varias ETT. Llevar 15 CV impresos. Entrada 
 libre con registro. Hay charla a las 12 «El perfil HSE en la logística».
LAST-MODIFIED:20250415T171109Z
LOCATION:Feria de Zaragoza\, Pabellón 6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Foro de Empleo – Feria de Zaragoza
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-all-day-names-employers",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000C6E9A2B5D8FCDB01000000000000000010000000C3F6A9D2E5B84CBF7E37EA0D26F9B2D5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Abad Guillén, Rocío":mailto:rocio.abad@hunteriberica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nAndrés Mur nos ha facilitado t
 u contacto como referencia profesional (fue técnico de PRL a tu cargo entr
 e 2021 y 2024) para un proceso que gestionamos. Serán 15 minutos: funcione
 s\, puntos fuertes\, áreas de mejora y si volverías a trabajar con él.\n\n
 Gracias de antemano\,\nRocío Abad · Hunter Ibérica Executive Search\n\nReu
 nión de Microsoft Teams\nId. de reunión: 390 224 716 081\nCódigo de acceso
 : p2KxR6\n
UID:040000008200E00074C5B7101A82E00800000000C6E9A2B5D8FCDB01000000000000000
 010000000C3F6A9D2E5B84CBF7E37EA0D26F9B2D5
SUMMARY;LANGUAGE=es-ES:Referencias de Andrés Mur – llamada con Hunter Ibéri
 ca
DTSTART;TZID=Romance Standard Time:20250527T133000
DTEND;TZID=Romance Standard Time:20250527T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T094102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1045320778
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-referee-same-headhunter",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="A8D1C4F7-0B3E-4C6F-B9A2-D5E8A1C4F7B0",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250126T212011Z
DTEND;TZID=Europe/Madrid:20250129T213000
DTSTAMP:20250126T212033Z
DTSTART;TZID=Europe/Madrid:20250129T200000
LAST-MODIFIED:20250126T212033Z
DESCRIPTION:repasar RD 1627 anexo IV\, estructura PSS\, caso nave metálica (
 montaje de cerchas\, cubierta). Mirar obras de Gállego en su web
SEQUENCE:0
SUMMARY:Preparar entrevista Gállego Obras
UID:A8D1C4F7-0B3E-4C6F-B9A2-D5E8A1C4F7B0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-names-employer",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="2j5m8p1s4v7y0b3e6h9k2n5q8t@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250218T170000Z
DTEND:20250218T171500Z
DTSTAMP:20250701T081455Z
UID:2j5m8p1s4v7y0b3e6h9k2n5q8t@google.com
CREATED:20250218T110233Z
DESCRIPTION:email de agradecimiento a Fernando Lanaspa y Marisa Calvo (Huer
 va). Mencionar lo de la EDAR de Cuarte. Copia a Laura (Talento Cierzo).
LAST-MODIFIED:20250218T110233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mandar agradecimiento Huerva Infraestructuras
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-reminder-names-interviewers",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3k6n9q2t5w8z1c4f7i0l3o6r9u@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T170000Z
DTEND:20250602T173000Z
DTSTAMP:20250529T091140Z
ORGANIZER;CN=Íñigo Larraz | Norte Executive Partners:mailto:ilarraz@norteexe
 cutive.es
UID:3k6n9q2t5w8z1c4f7i0l3o6r9u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Íñigo Larraz | Norte Executive Partners;X-NUM-GUESTS=0:mailto:ilarraz@
 norteexecutive.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
CREATED:20250529T091139Z
DESCRIPTION:Javier\, encantado. Como te comenté por LinkedIn\, trabajo en u
 na búsqueda confidencial de HSE Manager para una multinacional del sector 
 industrial con planta en el entorno de Zaragoza. Todavía no puedo darte e
 l nombre del cliente\; en esta llamada te cuento el contexto y vemos si te
  encaja antes de seguir.\n\nÍñigo\n\nInvitation from Google Calendar: https:
 //calendar.google.com/calendar/\n\nYou are receiving this email because you
  are an attendee on the event.
LAST-MODIFIED:20250529T091139Z
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada – posición confidencial HSE Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-confidential-client-no-employer",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="B9E2D5A8-1C4F-4E7A-80D3-F6A9C2E5B8D1",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250505T131208Z
DTEND;TZID=Europe/Madrid:20250509T130000
DTSTAMP:20250505T131222Z
DTSTART;TZID=Europe/Madrid:20250509T120000
LAST-MODIFIED:20250505T131222Z
LOCATION:Residencia Los Olivos del Ebro\, Utebo
DESCRIPTION:Entrevista de Marta para enfermera de noche. Llevarla yo y reco
 ger a Pablo a las 14h
SEQUENCE:0
SUMMARY:Entrevista de trabajo Marta
UID:B9E2D5A8-1C4F-4E7A-80D3-F6A9C2E5B8D1
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-member-job-interview",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="4l7o0r3u6x9a2d5g8j1m4p7s0v@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250225T160000Z
DTEND:20250225T163000Z
DTSTAMP:20250701T081501Z
UID:4l7o0r3u6x9a2d5g8j1m4p7s0v@google.com
CREATED:20250219T200714Z
DESCRIPTION:Entrevista con la tutora de Pablo (2º ESO B) – notas de la 2ª e
 valuación y optativas. Colegio\, sala de tutorías.
LAST-MODIFIED:20250219T200714Z
LOCATION:Colegio Santo Domingo de Silos\, Zaragoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista tutora Pablo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="school-tutor-entrevista",
        hiring=False,
    ),
    dict(
        kind="outlook-desktop",
        uid="040000008200E00074C5B7101A82E00800000000D7FAB3C6E9A1DB01000000000000000010000000D4A7B0E3F6C94DC08F48FB1E37A0C3E6",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}
BEGIN:VEVENT
ATTENDEE;CN="Javier Lacasa Aznar";RSVP=TRUE:mailto:javier.lacasa.aznar@gmai
 l.com
CLASS:PUBLIC
CREATED:20250327T101145Z
DESCRIPTION:Estimado cliente:\n\nLe confirmamos la entrevista con su gestor
  personal para revisar la subrogación de su préstamo hipotecario y las con
 diciones de la cuenta nómina. Traiga DNI\, las dos últimas nóminas y la úl
 tima declaración de la renta.\n\nBanco Sobrarbe – Oficina 0214\, Paseo Rub
 én Darío 12\, Zaragoza\n
DTEND;TZID=Romance Standard Time:20250403T094500
DTSTAMP:20250327T101145Z
DTSTART;TZID=Romance Standard Time:20250403T090000
LAST-MODIFIED:20250327T101145Z
LOCATION:Banco Sobrarbe – Oficina 0214
ORGANIZER;CN="Gestor Banca Personal – Ramiro Casaus":mailto:rcasaus@bancosob
 rarbe.example
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista con su gestor – hipoteca
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D7FAB3C6E9A1DB01000000000000000
 010000000D4A7B0E3F6C94DC08F48FB1E37A0C3E6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="bank-entrevista-gestor",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000E8A1C4D7F0A9DB01000000000000000010000000E5B8C1F4A7D04ED19A59AC2F48B1D4F7",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Abós Gil, Miguel":mailto:mabos@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista anual de desempeño 2024 y fijación de
  objetivos 2025 (formulario en el portal del empleado). Revisamos: índice 
 de frecuencia\, auditoría ISO 45001\, plan de formación y tu propuesta de 
 reorganización del SPP.\n\nMiguel\n
UID:040000008200E00074C5B7101A82E00800000000E8A1C4D7F0A9DB01000000000000000
 010000000E5B8C1F4A7D04ED19A59AC2F48B1D4F7
SUMMARY;LANGUAGE=es-ES:Entrevista anual de desempeño – J. Lacasa
DTSTART;TZID=Romance Standard Time:20250120T120000
DTEND;TZID=Romance Standard Time:20250120T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250110T154300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección de Operaciones
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1521843098
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="performance-review-entrevista-own-employer",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F9B2D5E8A1B5DB01000000000000000010000000F6C9D2A5B8E14FE2AB6ABD3A59C2E5A8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Auditoría – Certiebro":mailto:auditorias@certiebro.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Calidad 
 CEM":mailto:calidad@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Auditoría de seguimiento ISO 45001:2018 (ciclo 2
 ). Día 1: reunión de apertura\, revisión documental (requisitos legales\, 
 objetivos\, investigación de incidentes). Día 2: visita a obra Valdesparte
 ra y entrevistas a trabajadores\, encargados y delegado de prevención\; re
 unión de cierre. Auditora jefe: Begoña Lorente.\n
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E00800000000F9B2D5E8A1B5DB01000000000000000
 010000000F6C9D2A5B8E14FE2AB6ABD3A59C2E5A8
SUMMARY;LANGUAGE=es-ES:Auditoría ISO 45001 (seguimiento) – entrevistas a pe
 rsonal de obra
DTSTART;TZID=Romance Standard Time:20250617T083000
DTEND;TZID=Romance Standard Time:20250617T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250526T103040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede central / obra Valdespartera
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:880216357
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="certification-audit-staff-interviews",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000000AC3E6F9B2C8DB0100000000000000001000000007DAE3B6C9F25A0F3BC7BCE4B6A0D3F6",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Alcubierre Rota, Carlos":mailto:carlos.alcubierre@mutuacesaraugusta.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Lalana
 , Cristina":mailto:cperez@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Reunión anual de seguimiento con empresa mutuali
 sta: siniestralidad 2024 (AT con baja\, enfermedades profesionales)\, dura
 ción media de los procesos de IT\, solicitud del incentivo por reducción de
  la siniestralidad (RD 231/2017) y programa de asesoramiento en caídas en 
 altura.\n\nCarlos Alcubierre\nDirector de Prevención – Mutua Cesaraugusta\n
UID:040000008200E00074C5B7101A82E008000000000AC3E6F9B2C8DB01000000000000000
 01000000007DAE3B6C9F25A0F3BC7BCE4B6A0D3F6
SUMMARY;LANGUAGE=es-ES:Seguimiento siniestralidad y bajas – Mutua Cesaraugu
 sta / Construcciones Ebro Moncayo
DTSTART;TZID=Romance Standard Time:20250123T100000
DTEND;TZID=Romance Standard Time:20250123T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T121904Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Construcciones Ebro Moncayo – Sala 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-675014329
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mutua-business-meeting-same-person-as-interviewer",
        hiring=False,
    ),
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E008000000001BD4F7A0C3D9DB0100000000000000001000000018EBF4C7DA036B1A4CD8CDF5C7B1E4A7",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=CAE Contratas Planta Figueruelas:mailto:cae.figueruelas@valleb
 ro-auto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mainar Ferrer
 , Jorge":mailto:jorge.mainar@vallebro-auto.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=FI
 G-OFI Sala Contratas:mailto:fig.sala.contratas@vallebro-auto.es
DESCRIPTION;LANGUAGE=es-ES:Reunión inicial de coordinación de actividades e
 mpresariales (RD 171/2004) para los trabajos de Construcciones Ebro Moncayo
  en la ampliación de la nave logística L4: información de riesgos de plan
 ta\, normas de circulación interna\, permisos de trabajo en caliente y en a
 ltura\, acreditación de trabajadores y plan de emergencia.\n\nTraer: relaci
 ón de trabajadores y maquinaria\, evaluación de riesgos de la obra\, forma
 ción y aptitudes médicas.\n
UID:040000008200E00074C5B7101A82E008000000001BD4F7A0C3D9DB01000000000000000
 01000000018EBF4C7DA036B1A4CD8CDF5C7B1E4A7
SUMMARY;LANGUAGE=es-ES:CAE – inicio trabajos ampliación nave L4 (Construcci
 ones Ebro Moncayo)
DTSTART;TZID=Romance Standard Time:20250407T090000
DTEND;TZID=Romance Standard Time:20250407T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T085533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:FIG-OFI Sala Contratas
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1917480062
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="cae-at-interview-employer-plant-same-person",
        hiring=False,
    ),
    dict(
        kind="outlook-invite-de",
        uid="040000008200E00074C5B7101A82E008000000002CE5A8B1D4EADB0100000000000000001000000029FC05D8EB147C2B5DE9DE06D8C2F5B8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Katja":mailto:k.hartmann@bau-sicherheit-magazin.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Lacasa\,\n\nvielen Dank\, dass Sie si
 ch für ein Interview mit unserer Fachzeitschrift «Bau & Sicherheit» Zeit n
 ehmen. Thema der Juni-Ausgabe: Arbeitsschutz auf spanischen Baustellen – K
 oordinator für Sicherheit und Gesundheitsschutz\, Subunternehmerketten\, H
 itze. Wir können das Gespräch auf Englisch führen. Dauer ca. 40 Minuten.\n
 \nViele Grüße\nKatja Hartmann\nRedaktion Bau & Sicherheit\n
UID:040000008200E00074C5B7101A82E008000000002CE5A8B1D4EADB01000000000000000
 01000000029FC05D8EB147C2B5DE9DE06D8C2F5B8
SUMMARY;LANGUAGE=de-DE:Interview «Bau & Sicherheit» – Arbeitsschutz in Span
 ien (J. Lacasa)
DTSTART;TZID=W. Europe Standard Time:20250430T100000
DTEND;TZID=W. Europe Standard Time:20250430T104000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T143307Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-990441230
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="german-press-interview",
        hiring=False,
    ),
    dict(
        kind="google-export-allday",
        uid="5m8p1s4v7y0b3e6h9k2n5q8t1w@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Oposición SSL
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250516
DTEND;VALUE=DATE:20250517
DTSTAMP:20250701T081510Z
UID:5m8p1s4v7y0b3e6h9k2n5q8t1w@google.com
CREATED:20250428T191245Z
DESCRIPTION:Publicación (prevista) de la relación de aprobados del primer e
 jercicio – Subinspectores Laborales\, Escala SSL. Mirar web del Ministerio 
 y del Tribunal. Plazo de alegaciones 5 días hábiles.
LAST-MODIFIED:20250428T191245Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lista aprobados 1er ejercicio SSL
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="oposicion-results-all-day",
        hiring=False,
    ),
    dict(
        kind="outlook-invite-fr",
        uid="040000008200E00074C5B7101A82E008000000003DF6B9C2E5FBDB010000000000000000100000003A0D16E9FC258D3C6EFAEF17E9D306C9",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
ATTENDEE;CN="Javier Lacasa Aznar";RSVP=TRUE:mailto:jlacasa@construcciones-e
 bro-moncayo.es
ATTENDEE;CN="Jean-Marc Etcheverry";RSVP=TRUE:mailto:jm.etcheverry@batisseur
 s-pyreneens.fr
CLASS:PUBLIC
CREATED:20250616T081522Z
DESCRIPTION:Bonjour à tous\,\n\nPoint sécurité mensuel du groupement (UTE 
 Canfranc – terrassements et soutènements) : entretien avec le coordonnate
 ur SPS côté français et le CSS côté espagnol sur les interfaces de chanti
 er\, la coactivité près du portail sud\, les tirs de mine et le plan de ci
 rculation des engins. Merci à Construcciones Ebro Moncayo de présenter son
  bilan accidents.\n\nAlain Pradère\nCoordonnateur SPS – Bureau Pyrène Coord
 ination\n
DTEND;TZID=Europe/Paris:20250624T160000
DTSTAMP:20250616T081522Z
DTSTART;TZID=Europe/Paris:20250624T140000
LAST-MODIFIED:20250616T081522Z
LOCATION:Base vie chantier – Canfranc-Estación
ORGANIZER;CN="Alain Pradère":mailto:a.pradere@pyrene-coordination.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Point sécurité chantier – entretien coordonnateur SPS 
 (UTE Canfranc)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003DF6B9C2E5FBDB01000000000000000
 0100000003A0D16E9FC258D3C6EFAEF17E9D306C9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="french-entretien-safety-coordination-same-person",
        hiring=False,
    ),
    dict(
        kind="zoom-webinar",
        uid="zoom-webinar-87744120935-20250213@gspn.example.org",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250206T120004Z
DTSTART:20250213T170000Z
DTEND:20250213T181500Z
SUMMARY:Webinar: Behavioral interviews for HSE professionals – the STAR met
 hod
UID:zoom-webinar-87744120935-20250213@gspn.example.org
DESCRIPTION:Hi Javier Lacasa Aznar\,\n\nThank you for registering for "Beha
 vioral interviews for HSE professionals – the STAR method" (Global Safety 
 Professionals Network\, Career Series #4). Speakers: Dana Whitlock (HSE re
 cruiter) and Tomás Ibarra (EHS Director). We will cover the most common be
 havioral questions for HSE Manager roles and how to present incident inves
 tigations.\n\nPlease submit any questions to: careers@gspn.example.org\n\nD
 ate Time: Feb 13\, 2025 06:00 PM Madrid\n\nJoin from PC\, Mac\, iPad\, or A
 ndroid: https://us02web.zoom.us/w/87744120935?tk=qKd7s1\n\nWebinar ID: 877 
 4412 0935\nPasscode: 450617
LOCATION:https://us02web.zoom.us/w/87744120935?tk=qKd7s1
ORGANIZER;CN=Global Safety Professionals Network:mailto:no-reply@zoom.us
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="english-webinar-about-interviewing",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="C0F3E6B9-2D5A-4F8C-91E4-A7D0C3F6B9E2",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250303T090415Z
DTEND;TZID=Europe/Madrid:20250312T194500
DTSTAMP:20250303T090430Z
DTSTART;TZID=Europe/Madrid:20250312T190000
LAST-MODIFIED:20250303T090430Z
LOCATION:Clínica Dental Delicias
SEQUENCE:0
SUMMARY:Dentista - revisión + limpieza
UID:C0F3E6B9-2D5A-4F8C-91E4-A7D0C3F6B9E2
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:D1A4F7C0-3E6B-4A9D-82F5-B8E1D4A7C0F3
X-WR-ALARMUID:D1A4F7C0-3E6B-4A9D-82F5-B8E1D4A7C0F3
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="personal-appointment-plain",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000004EA7C0D3F6ACDB010000000000000000100000004B1E27FA0D369E4D7FA0FA28FAE417DA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lacasa Aznar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tabuenca Rol
 dán, Pascual":mailto:ptabuenca@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delegado 
 de Prevención – Antonio Sierra":mailto:delegado.prevencion@construcciones-e
 bro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista con el trabajador F. R. (oficial 1ª e
 ncofrador) por tercer incumplimiento en el uso del arnés anclado en borde 
 de forjado (partes de observación 03/04\, 24/04 y 06/05). Se le informa del
  procedimiento y se le entrega comunicación escrita. Asiste el delegado de 
 prevención.\n
UID:040000008200E00074C5B7101A82E008000000004EA7C0D3F6ACDB01000000000000000
 0100000004B1E27FA0D369E4D7FA0FA28FAE417DA
SUMMARY;LANGUAGE=es-ES:Entrevista trabajador – incumplimiento reiterado arn
 és
DTSTART;TZID=Romance Standard Time:20250509T083000
DTEND;TZID=Romance Standard Time:20250509T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250506T160155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Caseta obra Arcosur
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-402881771
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="worker-disciplinary-entrevista-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="6n9q2t5w8z1c4f7i0l3o6r9u2x@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T100000
DTEND;TZID=Europe/Madrid:20250304T113000
DTSTAMP:20250226T085522Z
ORGANIZER;CN=Álvaro Sancho (CSS):mailto:asancho@coordinacion-sancho.example
UID:6n9q2t5w8z1c4f7i0l3o6r9u2x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álvaro Sancho (CSS);X-NUM-GUESTS=0:mailto:asancho@coordinacion-sancho.e
 xample
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jlacasa@construcciones-ebro-moncayo.es;X-NUM-GUESTS=0:mailto:jlaca
 sa@construcciones-ebro-moncayo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Promotora Gállego Logistic Park;X-NUM-GUESTS=0:mailto:obras@gallegolog
 isticpark.example
CREATED:20250226T085521Z
DESCRIPTION:Reunión de coordinación de seguridad y salud (promotor\, CSS y 
 contratista) – Nave 7 PLAZA:\n1. Aprobación de la modificación nº 2 del PS
 S (montaje de cubierta con PEMP en lugar de redes)\n2. Anotaciones del Lib
 ro de Incidencias\n3. Interferencias con la nave colindante en explotación
 \n4. Visita a la cubierta\n\nÁlvaro Sancho – Coordinador de Seguridad y Sa
 lud\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250226T085521Z
LOCATION:Caseta de obra Nave 7\, PLAZA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coordinación SyS – promotor + CSS + contratista (Nave 7 PLAZA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="coordination-meeting-promoter-css",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000005FB8D1E4A7BDDB010000000000000000100000005C2F38AB1E47AF5E80B1AB39BAF528EB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{UTC1_EN}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mur Lahuerta
 , Andrés":mailto:amur@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista de salida de Andrés Mur (Técnico PRL)
 \, último día 30/04. Cuestionario de salida\, devolución de equipos (portá
 til\, sonómetro\, EPI)\, traspaso de obras a Javier y de la documentación 
 CAE.\n
UID:040000008200E00074C5B7101A82E008000000005FB8D1E4A7BDDB01000000000000000
 0100000005C2F38AB1E47AF5E80B1AB39BAF528EB
SUMMARY;LANGUAGE=es-ES:Entrevista de salida – Andrés Mur
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250425T120000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250425T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250414T094418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1378846201
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="exit-interview-of-team-member",
        hiring=False,
    ),
    dict(
        kind="thunderbird-recurring",
        uid="9d2f5a8c-1e4b-47a0-93c6-e9b2d5f8a1c4",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250107T213310Z
LAST-MODIFIED:20250303T220115Z
DTSTAMP:20250303T220115Z
UID:9d2f5a8c-1e4b-47a0-93c6-e9b2d5f8a1c4
SUMMARY:Temario SSL – estudio
RRULE:FREQ=WEEKLY;UNTIL=20250425T210000;BYDAY=MO,WE,FR
EXDATE:20250303T210000
EXDATE:20250418T210000
DTSTART:20250108T210000
DTEND:20250108T230000
DESCRIPTION:Bloque I derecho del trabajo / Bloque II SS / Bloque III PRL. 
 Test de 25 preguntas al final de cada sesión.
X-MOZ-GENERATION:6
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="oposicion-study-block-recurring-exdate",
        hiring=False,
    ),
]
