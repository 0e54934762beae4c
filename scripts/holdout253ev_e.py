"""holdout253 events, part E: other negatives (field visits, committees, KOL research, personal and family)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout253ev_zones import APPLE_MADRID, MADRID, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-field-visit",
        uid="040000008200E00074C5B7101A82E00800000000B1B1C2C2D3D3DB0100000000000000001000000056A1E0C4F2B3D9E8A7C6B5D4E3F2A1B0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="visita-dr-field-visit-hospital",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{W_EUROPE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250127T071003Z
DESCRIPTION:Presentar datos de subanálisis Cardiovia en IC con FEVIr. Dejar 2 invitaciones a la reunión de Sevilla. Pedir cita con la supervisora de planta.\n
DTEND;TZID="W. Europe Standard Time":20250130T094500
DTSTAMP:20250127T071003Z
DTSTART;TZID="W. Europe Standard Time":20250130T091500
LAST-MODIFIED:20250127T071003Z
LOCATION:H.U. Sierra Oeste - Cardiología\, consulta 14
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Visita Dr. Herrero (Cardio)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B1B1C2C2D3D3DB0100000000000000001000000056A1E0C4F2B3D9E8A7C6B5D4E3F2A1B0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-recurring-override",
        uid="7rf1k4h8t2n6q0c3v9m5b1x7pe@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recurring-pharmacy-visits-recurrence-id-override",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Trabajo Lucía
X-WR-TIMEZONE:Europe/Madrid
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250107T083000
DTEND;TZID=Europe/Madrid:20250107T100000
RRULE:FREQ=WEEKLY;UNTIL=20250630T215959Z;BYDAY=TU
DTSTAMP:20250301T093000Z
UID:7rf1k4h8t2n6q0c3v9m5b1x7pe@google.com
CREATED:20250102T182200Z
DESCRIPTION:Servicio de Farmacia H.U. Valderrey: Dra. Cortés / farmacéuticos adjuntos. Revisar consumos y pedidos del mes\, estado de la solicitud a la CFT.
LAST-MODIFIED:20250102T182200Z
LOCATION:H.U. de Valderrey\, Servicio de Farmacia (sótano -1)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visita Farmacia H. Valderrey
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T120000
DTEND;TZID=Europe/Madrid:20250304T133000
DTSTAMP:20250301T093000Z
UID:7rf1k4h8t2n6q0c3v9m5b1x7pe@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20250304T083000
CREATED:20250102T182200Z
DESCRIPTION:movida a las 12 por sesión de la CFT por la mañana
LAST-MODIFIED:20250228T170522Z
LOCATION:H.U. de Valderrey\, Servicio de Farmacia (sótano -1)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Visita Farmacia H. Valderrey
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pharmacy-committee",
        uid="040000008200E00074C5B7101A82E00800000000B4B4C5C5D6D6DB01000000000000000010000000C1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="pharmacy-committee-defence-panel-like",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Vidal Esteban, Rosa":mailto:rvidal@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marqués, Dr. Tomás (MSL)":mailto:tmarques@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Comisión de Farmacia y Terapéutica del H.U. de Valderrey: presentación del informe GENESIS de Cardiovia para su inclusión en guía. Tenemos 15 minutos ante la comisión y luego preguntas del tribunal (Farmacia\, Cardiología\, Dirección Médica). Lucía presenta el impacto presupuestario\, Tomás responde a las preguntas clínicas.\n
UID:040000008200E00074C5B7101A82E00800000000B4B4C5C5D6D6DB01000000000000000010000000C1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=es-ES:CFT H.U. Valderrey - defensa inclusión Cardiovia
DTSTART;TZID=Romance Standard Time:20250304T083000
DTEND;TZID=Romance Standard Time:20250304T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T130006Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:H.U. de Valderrey - Sala de Juntas Dirección
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-kol-market-research",
        uid="040000008200E00074C5B7101A82E00800000000B7B7C8C8D9D9DB01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="kol-market-study-entrevista-user-accompanies",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN=Irene Goya (Insight Salud Research):mailto:igoya@insightsalud-research.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dra. Pilar Llorente:mailto:pllorente.onco@hsierraoeste.example
DESCRIPTION;LANGUAGE=es-ES:Estudio de mercado "Necesidades no cubiertas en cáncer de pulmón no microcítico" - entrevista en profundidad (60 min) con la Dra. Pilar Llorente (Oncología Médica\, H.U. Sierra Oeste). Lucía: solo presentas y te desconectas a los 5 min por compliance. Honorarios gestionados por Insight Salud.\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\n
UID:040000008200E00074C5B7101A82E00800000000B7B7C8C8D9D9DB01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=es-ES:Entrevista KOL estudio de mercado - Dra. Llorente (Oncología)
DTSTART;TZID=W. Europe Standard Time:20250225T190000
DTEND;TZID=W. Europe Standard Time:20250225T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T121200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-advisory-board-interview",
        uid="zoom-84410277301-1741788000@zoom.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="english-kol-pre-advisory-board-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250305T101500Z
DTSTART:20250312T170000Z
DTEND:20250312T174500Z
SUMMARY:Advisory Board prep – KOL interview: Dr. Salvatierra (Cardiology)
UID:zoom-84410277301-1741788000@zoom.example
DESCRIPTION:Medical Affairs pre-advisory board interview with Dr. Andrés Salvatierra ahead of the Heart Failure Iberian Advisory Board (Lisbon\, 4 April). Interviewers: Tomás Marqués (MSL) and the agency moderator. Lucía joins as field representative for account context only.\n\nJoin Zoom Meeting\nhttps://alcalena.zoom.example/j/84410277301\n\nMeeting ID: 844 1027 7301\n
LOCATION:https://alcalena.zoom.example/j/84410277301
ORGANIZER;CN=Tomás Marqués:mailto:tmarques@laboratorios-alcalena.es
ATTENDEE;CN=lserrano@laboratorios-alcalena.es;RSVP=TRUE:mailto:lserrano@laboratorios-alcalena.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="all-day-congress",
        uid="9u3y7t1r5e9w2q6a0s4d8f2g6h@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="multi-day-all-day-congress",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Trabajo Lucía
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250521
DTEND;VALUE=DATE:20250524
DTSTAMP:20250301T080000Z
UID:9u3y7t1r5e9w2q6a0s4d8f2g6h@google.com
CREATED:20250115T140022Z
DESCRIPTION:Stand Alcalena nº 42. Turnos de stand: miércoles tarde y viernes mañana. Simposio satélite jueves 13:30. Hotel Reina Petronila (reserva de la agencia).
LAST-MODIFIED:20250115T140022Z
LOCATION:Palacio de Congresos de Zaragoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Congreso Nacional Farmacia Hospitalaria (Zaragoza)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-product-training",
        uid="040000008200E00074C5B7101A82E00800000000BABACBCBDCDCDB01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="product-training-with-certification-exam",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Formación Comercial":mailto:formacion.comercial@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sede - Aula Formación":mailto:aula.formacion@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Ciclo 2 - Formación de producto Cardiovia (obligatoria para red hospitalaria). 09:00-13:00 actualización científica (Dpto. Médico)\, 14:00-15:00 examen de certificación (mínimo 80%)\, 15:00-17:00 taller de argumentario y role-play de objeciones.\n
UID:040000008200E00074C5B7101A82E00800000000BABACBCBDCDCDB01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8
SUMMARY;LANGUAGE=es-ES:Formación producto Cardiovia - ciclo 2 (+ examen certificación)
DTSTART;TZID=W. Europe Standard Time:20250409T090000
DTEND;TZID=W. Europe Standard Time:20250409T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede - Aula Formación
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-cycle-meeting",
        uid="040000008200E00074C5B7101A82E00800000000BDBDCECEDFDFDB01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="sales-cycle-meeting-poa-targets",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruano Pinto, Carlos":mailto:cruano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Téllez Sanz, Marina":mailto:mtellez@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Reunión de ciclo Zona Centro: cierre ciclo 1\, cuotas por delegado\, POA 2025 y reparto de hospitales nuevos. Cada uno 10 min de su zona.\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\n
UID:040000008200E00074C5B7101A82E00800000000BDBDCECEDFDFDB01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9
SUMMARY;LANGUAGE=es-ES:Reunión de ciclo / POA Zona Centro
DTSTART;TZID=W. Europe Standard Time:20250114T090000
DTEND;TZID=W. Europe Standard Time:20250114T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-school-tutor",
        uid="1ee5rr9tt3yy7uu1ii5oo9pp3a@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="school-tutor-entrevista-parent",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250205T170000
DTEND;TZID=Europe/Madrid:20250205T173000
DTSTAMP:20250131T121500Z
ORGANIZER;CN=Rubén Aguado:mailto:ruben.aguado.lopez@gmail.com
UID:1ee5rr9tt3yy7uu1ii5oo9pp3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rubén Aguado;X-NUM-GUESTS=0:mailto:ruben.aguado.lopez@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
DESCRIPTION:Entrevista trimestral con la tutora de Daniel (Sra. Benito). Pr
 eguntar por lectura y por lo del recreo.
LOCATION:CEIP Valle de Arán\, aula 3ºB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con la tutora de Daniel (3º B)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-bank-appointment",
        uid="9A8B7C6D-5E4F-4321-ABCD-EF0123456789",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="bank-mortgage-entrevista-personal",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T203311Z
UID:9A8B7C6D-5E4F-4321-ABCD-EF0123456789
DTEND:20250124T104500
TRANSP:OPAQUE
SUMMARY:Entrevista banco hipoteca - Caja Meseta (gestor: Álvaro)
LAST-MODIFIED:20250120T203311Z
DTSTAMP:20250120T203311Z
DTSTART:20250124T100000
LOCATION:Caja Meseta\, oficina C/ Alcalá 355
DESCRIPTION:llevar 3 últimas nóminas\, vida laboral\, IRPF 2023\, contrato de arras
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-press-interview",
        uid="8oo2ii6uu0yy4tt8rr2ee6ww0q@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-user-is-interviewee",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250307T130000
DTEND;TZID=Europe/Madrid:20250307T134500
DTSTAMP:20250303T094000Z
ORGANIZER;CN=Noelia Barrios:mailto:nbarrios@visitamedicahoy.example
UID:8oo2ii6uu0yy4tt8rr2ee6ww0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/vmh-prns-8mz
DESCRIPTION:Hola Lucía\, gracias por aceptar. Es para el reportaje del 8M 
 "Mujeres en la red de ventas farmacéutica". Te haré unas 10 preguntas sob
 re tu trayectoria como delegada y conciliación. Se publicará en el número 
 de marzo y en la web. Saludos\, Noelia Barrios - redactora\, revista Visit
 a Médica Hoy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista revista Visita Médica Hoy (reportaje 8M)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-mock-interview",
        uid="cal-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e@calendly.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-career-coach-calendly",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e@calendly.example
DTSTAMP:20250215T101010Z
DTSTART:20250217T180000Z
DTEND:20250217T190000Z
SUMMARY:Lucía Serrano Ortiz and Carmen Aldecoa
ORGANIZER;CN=Carmen Aldecoa:mailto:carmen@aldecoa-coaching.example
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.serrano.ortiz@gmail.com
LOCATION:Zoom (el enlace llega por email)
DESCRIPTION:Event Name: Simulacro de entrevista MSL / Medical Affairs (60 min)\n\nPlease share anything that will help prepare for our meeting.: Tengo el assessment de Novaterra el 25. Quiero practicar el role-play científico con KOL y preguntas por competencias en inglés.\n\nCarmen Aldecoa – Career coach Life Sciences\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-webinar",
        uid="zoom-webinar-92110384756-1739986200@zoom.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-competency-interviews",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250210T120000Z
DTSTART:20250219T173000Z
DTEND:20250219T190000Z
SUMMARY:Webinar: Cómo superar una entrevista por competencias en la industria farmacéutica
UID:zoom-webinar-92110384756-1739986200@zoom.example
DESCRIPTION:Hola Lucía Serrano\,\n\nGracias por registrarte en "Cómo superar una entrevista por competencias en la industria farmacéutica" (método STAR\, assessment centres\, HireVue y role-plays de visita).\n\nPonentes: Elena Ródenas (HR Director) y Marcos Villa (headhunter Life Sciences).\nOrganiza: Asociación de Profesionales de Ventas Farma (APVF).\n\nÚnete desde PC\, Mac\, iPad o Android: https://apvf.zoom.example/w/92110384756?tk=abc\nCódigo de acceso: 771204\n
LOCATION:https://apvf.zoom.example/w/92110384756?tk=abc
ORGANIZER;CN=APVF Webinars:mailto:no-reply@zoom.example
ATTENDEE;CN=Lucía Serrano;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-recurring-class",
        uid="f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="english-class-interview-skills-recurring-override",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID}BEGIN:VEVENT
CREATED:20250108T210000Z
LAST-MODIFIED:20250108T210500Z
DTSTAMP:20250108T210500Z
UID:f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f
SUMMARY:Business English - job interview skills (online\, Ms. Kerr)
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO
DTSTART;TZID=Europe/Madrid:20250113T203000
DTEND;TZID=Europe/Madrid:20250113T213000
LOCATION:https://meet.google.com/ukl-bzrq-ent
DESCRIPTION:Unit 4: answering 'Tell me about yourself'\, behavioural questions\, salary talk. Homework: record 2-min pitch.
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
BEGIN:VEVENT
CREATED:20250108T210000Z
LAST-MODIFIED:20250201T112000Z
DTSTAMP:20250201T112000Z
UID:f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f
SUMMARY:Business English - mock interview practice (Ms. Kerr) - cambio a martes
RECURRENCE-ID;TZID=Europe/Madrid:20250203T203000
DTSTART;TZID=Europe/Madrid:20250204T203000
DTEND;TZID=Europe/Madrid:20250204T213000
LOCATION:https://meet.google.com/ukl-bzrq-ent
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-informational-coffee",
        uid="3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-coffee-with-employee-of-target-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{APPLE_MADRID}BEGIN:VEVENT
CREATED:20250325T101101Z
UID:3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F
DTEND;TZID=Europe/Madrid:20250401T094500
TRANSP:OPAQUE
SUMMARY:Café con Bea Lozano (MSL en Hepta) - que me cuente el día a día
LAST-MODIFIED:20250325T101101Z
DTSTAMP:20250325T101101Z
DTSTART;TZID=Europe/Madrid:20250401T090000
LOCATION:Federal Café\, Pl. de las Comendadoras
DESCRIPTION:ex compañera de carrera. preguntar: cuántos días de viaje\, cómo miden a un MSL\, qué tal Clara Iturbe como jefa. NO es entrevista\, solo info
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="all-day-job-fair-visitor",
        uid="5pp1oo5ii9uu3yy7tt1rr5ee9w@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-visitor-all-day",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lucia.serrano.ortiz@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250410
DTEND;VALUE=DATE:20250411
DTSTAMP:20250411T060000Z
UID:5pp1oo5ii9uu3yy7tt1rr5ee9w@google.com
CREATED:20250302T110000Z
DESCRIPTION:Foro de Empleo Life Sciences Madrid - IFEMA pabellón 3. Entrada registrada (QR en el mail). Llevar 15 CV impresos. Stands: Synthera\, Nordhaven\, Endovia\, varias CRO. Charla 'MSL: del campo a Medical Affairs' a las 12:00.
LAST-MODIFIED:20250302T110000Z
LOCATION:IFEMA Madrid\, Pabellón 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Foro de Empleo Life Sciences Madrid 2025
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reference-call-referee",
        uid="040000008200E00074C5B7101A82E00800000000C0C0D1D1E2E2DB01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="reference-call-user-is-referee-from-target-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Olmedo Sanz, Marta":mailto:marta.olmedo@quirante-farma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\, Elena Campos te ha indicado como referencia profesional para el puesto de Delegada de Atención Primaria al que opta en Laboratorios Quirante (coincidisteis en Alcalena 2019-2022). ¿Te viene bien que te llame 15 minutos? Gracias\, Marta Olmedo\n
UID:040000008200E00074C5B7101A82E00800000000C0C0D1D1E2E2DB01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0
SUMMARY;LANGUAGE=es-ES:Referencias Elena Campos - llamada con Lucía Serrano
DTSTART;TZID=W. Europe Standard Time:20250414T133000
DTEND;TZID=W. Europe Standard Time:20250414T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-prep-block",
        uid="4hh8gg2ff6dd0ss4aa8qq2ww6e@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-names-employer-and-case",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lucia.serrano.ortiz@gmail.com
X-WR-TIMEZONE:Europe/Madrid
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250326T190000
DTEND;TZID=Europe/Madrid:20250326T220000
DTSTAMP:20250327T060000Z
UID:4hh8gg2ff6dd0ss4aa8qq2ww6e@google.com
CREATED:20250325T130000Z
DESCRIPTION:caso Lusitana: leer dossier HTA\, modelo impacto presupuestario en excel\, 15 min de slides. ensayar en inglés. mañana 15:00 (hora ES) con Miguel y Carla
LAST-MODIFIED:20250325T130000Z
LOCATION:casa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Preparar caso Lusitana (HTA / precio)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-thank-you-reminder",
        uid="5D6E7F80-91A2-4B3C-8D4E-5F60718293A4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-note-reminder-after-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250225T142000Z
UID:5D6E7F80-91A2-4B3C-8D4E-5F60718293A4
DTEND:20250225T191500
TRANSP:TRANSPARENT
SUMMARY:mandar mail agradecimiento Novaterra (Rachel Whitfield + Sergio)
LAST-MODIFIED:20250225T142000Z
DTSTAMP:20250225T142000Z
DTSTART:20250225T190000
DESCRIPTION:mencionar el role-play del KOL y el plan médico del grupo. en inglés a Rachel\, en español a Sergio
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:77A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
UID:77A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Recordatorio
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-recruiter-no-employer",
        uid="0zz4xx8cc2vv6bb0nn4mm8ll2k@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-call-confidential-client-no-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250422T183000
DTEND;TZID=Europe/Madrid:20250422T190000
DTSTAMP:20250417T110000Z
ORGANIZER;CN=Sergio Maldonado:mailto:smaldonado@vertice-executive.example
UID:0zz4xx8cc2vv6bb0nn4mm8ll2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
DESCRIPTION:Hola Lucía\, como te escribí por LinkedIn\, llevo una búsqueda 
 confidencial de KAM Hospitalario Oncología para una multinacional (no pue
 do darte el nombre todavía). Te llamo 30 min para contarte el proyecto y ve
 r si te encaja antes de presentarte.\nSergio Maldonado - Vértice Executive 
 Search
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Sergio Maldonado (Vértice) - KAM Onco confidencial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-family-job-interview",
        uid="6ll0kk4jj8hh2gg6ff0dd4ss8a@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-member-job-interview-driving-him",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia Serrano
X-WR-TIMEZONE:Europe/Madrid
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250312T090000
DTEND;TZID=Europe/Madrid:20250312T103000
DTSTAMP:20250313T070000Z
UID:6ll0kk4jj8hh2gg6ff0dd4ss8a@google.com
CREATED:20250309T200000Z
DESCRIPTION:Javi tiene la entrevista en Arvent Consulting (analista junior) a las 9:30. Le llevo yo en coche y luego me voy a la ruta de Alcobendas.
LAST-MODIFIED:20250309T200000Z
LOCATION:Arvent Consulting\, Av. de Europa 24\, Alcobendas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de trabajo de Javi - llevarle a Alcobendas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-family-social-worker",
        uid="2aa6ss0dd4ff8gg2hh6jj0kk4l@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-social-worker-entrevista-dependencia",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia Serrano
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250428T100000Z
DTEND:20250428T110000Z
DTSTAMP:20250429T070000Z
UID:2aa6ss0dd4ff8gg2hh6jj0kk4l@google.com
CREATED:20250410T180000Z
DESCRIPTION:Entrevista de valoración de la dependencia con la trabajadora social (Sra. Pineda) en casa de mamá. Tener preparados informes del neurólogo y el DNI. Pedir el día libre.
LAST-MODIFIED:20250410T180000Z
LOCATION:C/ Arroyo del Olivar 88\, 2ºA\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mamá: entrevista trabajadora social (valoración dependencia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-performance-review",
        uid="SF-PM-ALC-2025-EDD-LSERRANO@laboratorios-alcalena.es",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="own-performance-review-entrevista-desempeno",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Performance & Goals//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:SF-PM-ALC-2025-EDD-LSERRANO@laboratorios-alcalena.es
DTSTAMP:20250120T090000Z
DTSTART;TZID=Europe/Madrid:20250128T120000
DTEND;TZID=Europe/Madrid:20250128T130000
SUMMARY:Entrevista anual de evaluación del desempeño 2024 – Lucía Serrano Ortiz
ORGANIZER;CN=Beltrán Arias, Ignacio:mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;CN=Serrano Ortiz, Lucía;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lserrano@laboratorios-alcalena.es
LOCATION:Delegación Madrid – despacho Ignacio
DESCRIPTION:Entrevista de evaluación del desempeño (EDD) del ejercicio 2024: revisión de objetivos (cuota 112%)\, competencias y plan de desarrollo 2025. Completa tu autoevaluación en SuccessFactors antes de la reunión.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-occupational-health",
        uid="040000008200E00074C5B7101A82E00800000000C3C3D4D4E5E5DB01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="occupational-health-checkup-questionnaire",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Prevención Riesgos Laborales":mailto:prl@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Reconocimiento médico anual (vigilancia de la salud). Acudir en ayunas. Incluye analítica\, control visión y entrevista con el médico del trabajo (cuestionario de conducción y ergonomía en coche).\n
UID:040000008200E00074C5B7101A82E00800000000C3C3D4D4E5E5DB01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1
SUMMARY;LANGUAGE=es-ES:Reconocimiento médico anual - Mutua Prevensalud
DTSTART;TZID=W. Europe Standard Time:20250516T081500
DTEND;TZID=W. Europe Standard Time:20250516T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Prevensalud - C/ Orense 20
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-personal-doctor",
        uid="A1B2C3D4-E5F6-4789-9ABC-DEF012345678",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="personal-doctor-appointment-dra",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T090000Z
UID:A1B2C3D4-E5F6-4789-9ABC-DEF012345678
DTEND:20250417T094000
TRANSP:OPAQUE
SUMMARY:Dermatóloga Dra. Ocaña (revisión lunares)
LAST-MODIFIED:20250402T090000Z
DTSTAMP:20250402T090000Z
DTSTART:20250417T091000
LOCATION:Clínica Monteolivar\, C/ Doctor Esquerdo 190
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:B2C3D4E5-F6A7-4891-ABCD-EF0123456789
UID:B2C3D4E5-F6A7-4891-ABCD-EF0123456789
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Recordatorio
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sponsored-session",
        uid="040000008200E00074C5B7101A82E00800000000C6C6D7D7E8E8DB01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="sponsored-clinical-session-speaker-q-and-a",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{W_EUROPE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250401T080000Z
DESCRIPTION:Sesión clínica patrocinada Servicio de Neumología H.U. del Tajo. Ponente: Dr. Ribas (EPOC y triple terapia). Catering 14:00 (Mallorca\, 25 pax). Llevar hojas de firmas y certificado de transparencia.\n
DTEND;TZID="W. Europe Standard Time":20250423T150000
DTSTAMP:20250401T080000Z
DTSTART;TZID="W. Europe Standard Time":20250423T140000
LAST-MODIFIED:20250401T080000Z
LOCATION:H.U. del Tajo - Aula 2ª planta
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Sesión clínica patrocinada - Neumología H. Tajo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C6C6D7D7E8E8DB01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-market-research-respondent",
        uid="8ww2ee6rr0tt4yy8uu2ii6oo0p@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-is-paid-market-research-respondent",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250508T200000
DTEND;TZID=Europe/Madrid:20250508T204500
DTSTAMP:20250502T090000Z
ORGANIZER;CN=Demoscopia Iberia - Trabajo de campo:mailto:campo@demoscopia-iberia.example
UID:8ww2ee6rr0tt4yy8uu2ii6oo0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.ortiz
 @gmail.com
DESCRIPTION:Gracias por participar en nuestro estudio sobre herramientas d
 igitales en la visita médica. La entrevista telefónica dura unos 45 minut
 os\; recibirás un incentivo de 80 € tras completarla. Ref. DI-2025-118.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista estudio de mercado (delegados) - Demoscopia Iberia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="french-research-entretien",
        uid="20250515T083000Z-4471@pericles-etudes.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="french-entretien-research-study-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Institut Pericles Etudes//Planning//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:20250515T083000Z-4471@pericles-etudes.example
DTSTAMP:20250506T141500Z
DTSTART:20250515T083000Z
DTEND:20250515T091500Z
SUMMARY:Entretien téléphonique – étude « Les délégués médicaux en Europe »
ORGANIZER;CN=Camille Roux – Institut Périclès Études:mailto:c.roux@pericles-etudes.example
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION:Bonjour Madame Serrano Ortiz\,\n\nMerci d'avoir accepté de participer à notre étude qualitative sur le métier de délégué médical en France\, en Espagne et en Italie. L'entretien (45 minutes\, en espagnol avec interprète) est anonyme.\n\nCordialement\,\nCamille Roux\, chargée d'études
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german-partner",
        uid="040000008200E00074C5B7101A82E00800000000C9C9DADAEBEBDB01000000000000000010000000D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="german-gespraech-licensing-partner",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Katja":mailto:katja.hollweg@hallberg-pharma.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal Esteban, Rosa":mailto:rvidal@laboratorios-alcalena.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=de-DE:Partnergespräch Hallberg Pharma / Laboratorios Alcalena: Quartalsbericht Cardiovia Spanien\, Feedback aus dem Außendienst (Frau Serrano)\, Planung Launch-Meeting.\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nKlicken Sie hier\, um an der Besprechung teilzunehmen\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C9C9DADAEBEBDB01000000000000000010000000D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3
SUMMARY;LANGUAGE=de-DE:Partnergespräch Q1 – Cardiovia Spanien (Hallberg / Alcalena)
DTSTART;TZID=W. Europe Standard Time:20250415T140000
DTEND;TZID=W. Europe Standard Time:20250415T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-farewell",
        uid="3bb7nn1mm5ll9kk3jj7hh1gg5f@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="colleague-farewell-names-target-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250530T140000
DTEND;TZID=Europe/Madrid:20250530T170000
DTSTAMP:20250520T120000Z
ORGANIZER;CN=Marina Téllez:mailto:marina.tellez.s@gmail.com
UID:3bb7nn1mm5ll9kk3jj7hh1gg5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
DESCRIPTION:Comida de despedida de Carlos\, que se nos va a Novaterra como 
 KAM! Bote 30€ para el regalo (Bizum a Marina).
LOCATION:Taberna La Ardosa del Norte\, C/ Bravo Murillo 88
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Despedida Carlos 🥂
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-co-promotion",
        uid="040000008200E00074C5B7101A82E00800000000CCCCDDDDEEEEDB01000000000000000010000000E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="business-meeting-with-target-employer-manager",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Villalba Prieto, Óscar":mailto:oscar.villalba@medisonda.com
DESCRIPTION;LANGUAGE=es-ES:Seguimiento del acuerdo de co-promoción Alcalena-Medisonda en unidades de insuficiencia cardíaca (Cardiovia + monitorización remota). Lucía: estado de las cuentas Sierra Oeste y Valderrey.\n
UID:040000008200E00074C5B7101A82E00800000000CCCCDDDDEEEEDB01000000000000000010000000E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4
SUMMARY;LANGUAGE=es-ES:Co-promoción Alcalena / Medisonda - seguimiento cuentas IC
DTSTART;TZID=Romance Standard Time:20250122T160000
DTEND;TZID=Romance Standard Time:20250122T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-trade-entrevista",
        uid="040000008200E00074C5B7101A82E00800000000CFCFE0E0F1F1DB01000000000000000010000000F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trade-entrevista-with-head-pharmacist",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{W_EUROPE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250505T080000Z
DESCRIPTION:Entrevista con la jefa de servicio (Dra. Cortés) para presentar el biosimilar de enoxaparina y condiciones del acuerdo marco. Llevar dossier de precio y estudio de intercambiabilidad.\n
DTEND;TZID="W. Europe Standard Time":20250513T110000
DTSTAMP:20250505T080000Z
DTSTART;TZID="W. Europe Standard Time":20250513T103000
LAST-MODIFIED:20250505T080000Z
LOCATION:H.U. de Valderrey - Farmacia\, despacho jefa de servicio
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista jefa Farmacia H. Valderrey - biosimilar enoxaparina
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000CFCFE0E0F1F1DB01000000000000000010000000F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-podcast-kol",
        uid="9tt3rr7ee1ww5qq9aa3ss7dd1f@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="podcast-user-interviews-kol-english-title",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250604T160000
DTEND;TZID=Europe/Madrid:20250604T170000
DTSTAMP:20250528T100000Z
ORGANIZER;CN=Comunicación Alcalena:mailto:comunicacion.alcalena@gmail.com
UID:9tt3rr7ee1ww5qq9aa3ss7dd1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lserrano@laboratorios-alcalena.es;X-NUM-GUESTS=0:mailto:lserrano@la
 boratorios-alcalena.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Alonso Brea;X-NUM-GUESTS=0:mailto:alonso.brea@hvalderrey.example
DESCRIPTION:Grabación episodio 12 del podcast 'Alcalena Connect': Lucía ent
 revista al Dr. Alonso Brea (Cardiología\, H.U. Valderrey) sobre la unidad d
 e insuficiencia cardíaca. Guion de preguntas en el Drive.
LOCATION:Estudio de grabación - Sede Alcalena
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with Dr. Alonso Brea - Alcalena Connect podcast ep. 12
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
