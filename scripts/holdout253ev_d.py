"""holdout253 events, part D: the user on the hiring or assessing side (junior reps, trainees, students)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout253ev_zones import MADRID, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-co-interview",
        uid="040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000ALC0001CO1NTERV1EW0000000000000001",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-co-interview-with-regional-manager",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, te sumas a la entrevista de Javier Ortega (candidato a delegado zona Sur: Getafe-Parla-Fuenlabrada). Yo llevo la parte de trayectoria y tú te centras en cómo planifica la visita médica y en cómo maneja una objeción de precio. CV adjunto. Al terminar nos quedamos 10 min para comentarlo.\nIgnacio\n
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000ALC0001CO1NTERV1EW0000000000000001
SUMMARY;LANGUAGE=es-ES:Entrevista candidato Delegado Zona Sur - Javier Ortega
DTSTART;TZID=W. Europe Standard Time:20250129T160000
DTEND;TZID=W. Europe Standard Time:20250129T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250124T082204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Delegación Madrid - despacho Ignacio
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-interviewer",
        uid="SF-INT-ALC-20250203-8012@laboratorios-alcalena.es",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-successfactors-competency-kit",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:SF-INT-ALC-20250203-8012@laboratorios-alcalena.es
DTSTAMP:20250203T101522Z
DTSTART;TZID=Europe/Madrid:20250207T100000
DTEND;TZID=Europe/Madrid:20250207T110000
SUMMARY:Entrevista por competencias – Candidata: Marta Gil Reyes – Delegado/a Comercial Junior (Req. 4471)
ORGANIZER;CN=Selección Alcalena:mailto:seleccion@laboratorios-alcalena.es
ATTENDEE;CN=Serrano Ortiz, Lucía;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;CN=Campos Vera, Nuria;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ncampos@laboratorios-alcalena.es
LOCATION:Delegación Madrid – Sala 1
DESCRIPTION:Has sido asignada como entrevistadora en el siguiente proceso:\n\nCandidata: Marta Gil Reyes\nPuesto: Delegado/a Comercial Junior – Madrid Este (Req. 4471)\nEntrevistadores: Nuria Campos (Selección)\, Lucía Serrano (Delegada Senior)\n\nGuía de entrevista por competencias (orientación al cliente\, planificación\, resiliencia\, trabajo en equipo): https://alcalena.successfactors.example/interviewkit/4471\nRecuerda valorar cada competencia de 1 a 5 en la Central de Entrevistas en las 24 h siguientes.\n\nSAP SuccessFactors Recruiting – Laboratorios Alcalena
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-reminder",
        uid="SF-TASK-ALC-4471-FEEDBACK-LSERRANO@laboratorios-alcalena.es",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-due-all-day",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-TASK-ALC-4471-FEEDBACK-LSERRANO@laboratorios-alcalena.es
DTSTAMP:20250207T120000Z
DTSTART;VALUE=DATE:20250210
DTEND;VALUE=DATE:20250211
SUMMARY:Pendiente: valoración de entrevista – Marta Gil Reyes y 2 candidatos más (Req. 4471)
DESCRIPTION:Tienes 3 valoraciones de entrevista pendientes en la Central de Entrevistas:\n- Marta Gil Reyes\n- Adrián Molina Sáez\n- Sonia Prieto Lara\n\nCompleta la hoja de valoración (scorecard) para que Selección pueda cerrar la terna: https://alcalena.successfactors.example/interviewcentral
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-debrief",
        uid="040000008200E00074C5B7101A82E00800000000D7D8D9DADBDCDB01000000000000000010000000ALC0002DEBR1EF00000000000000000002",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-shortlist",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Campos Vera, Nuria":mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las entrevistas de Delegado/a Zona Sur y Madrid Este (Javier Ortega\, Sonia Prieto\, Marta Gil\, Adrián Molina). Traed vuestras valoraciones. Objetivo: decidir quién pasa a la ruta de acompañamiento.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\nId. de reunión: 310 552 781 004\nCódigo de acceso: Dq4Ln8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D7D8D9DADBDCDB01000000000000000010000000ALC0002DEBR1EF00000000000000000002
SUMMARY;LANGUAGE=es-ES:Debrief candidatos Delegado/a (Zona Sur + Madrid Este)
DTSTART;TZID=Romance Standard Time:20250212T173000
DTEND;TZID=Romance Standard Time:20250212T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T090501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-candidate-ride-along",
        uid="040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DB01000000000000000010000000ALC0003R1DEALONG000000000000000003",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-shadows-her-route",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sonia.prieto.lara@gmail.com:mailto:sonia.prieto.lara@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, Sonia Prieto (finalista Zona Sur) te acompaña en tu ruta del martes: H.U. de Getafe Norte (Cardio y Farmacia) y centros de salud de Parla. Déjale hacer la última visita y rellena luego la hoja de observación del acompañamiento (adjunta). Gracias!\nIgnacio\n
UID:040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DB01000000000000000010000000ALC0003R1DEALONG000000000000000003
SUMMARY;LANGUAGE=es-ES:Acompañamiento candidata final - Sonia Prieto - ruta Getafe/Parla
DTSTART;TZID=W. Europe Standard Time:20250218T083000
DTEND;TZID=W. Europe Standard Time:20250218T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T162530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Salida: parking H.U. Getafe Norte
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-assessor",
        uid="040000008200E00074C5B7101A82E00800000000E6E7E8E9EAEBDB01000000000000000010000000ALC0004ASSESSOR000000000000000004",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-plays-doctor-in-candidates-role-play",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Campos Vera, Nuria":mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruano Pinto, Carlos":mailto:cruano@laboratorios-alcalena.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sede - Aula Formación":mailto:aula.formacion@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Assessment center del programa de delegados junior (8 candidatos). Lucía: harás de médica de Atención Primaria en el role-play de visita (3 rondas de 15 min) y puntuarás en la plantilla de observación. Carlos e Ignacio observan la dinámica de grupo. Comida incluida.\nNuria\n
UID:040000008200E00074C5B7101A82E00800000000E6E7E8E9EAEBDB01000000000000000010000000ALC0004ASSESSOR000000000000000004
SUMMARY;LANGUAGE=es-ES:Assessment Center delegados junior - evaluadores (Lucía: rol médico)
DTSTART;TZID=W. Europe Standard Time:20250306T090000
DTEND;TZID=W. Europe Standard Time:20250306T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T121547Z
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
        kind="calendly-host",
        uid="cal-9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@calendly.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-candidate-booked",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@calendly.example
DTSTAMP:20250219T181102Z
DTSTART:20250221T150000Z
DTEND:20250221T152000Z
SUMMARY:Adrián Molina and Lucía Serrano Ortiz
ORGANIZER;CN=Lucía Serrano Ortiz:mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;CN=Adrián Molina;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:adrian.molina.saez@hotmail.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lserrano@laboratorios-alcalena.es
LOCATION:Lucía Serrano Ortiz will call the invitee at +34 655 20 17 43
DESCRIPTION:Event Name: Preselección telefónica – Delegado/a Comercial Junior (20 min)\n\nInvitee: Adrián Molina\nInvitee Email: adrian.molina.saez@hotmail.com\n\nQuestions:\n¿Tienes carnet de conducir y disponibilidad para viajar por la zona Este?: Sí\, coche propio.\n\nView event in Calendly: https://calendly.example/app/scheduled_events/user/me\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000ECEDEEEFF0F1DB01000000000000000010000000ALC0005REPLY0000000000000000000005",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{W_EUROPE}BEGIN:VEVENT
DTSTART;TZID=W. Europe Standard Time:20250226T113000
DTEND;TZID=W. Europe Standard Time:20250226T123000
DTSTAMP:20250221T094411Z
ORGANIZER;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
UID:040000008200E00074C5B7101A82E00800000000ECEDEEEFF0F1DB01000000000000000010000000ALC0005REPLY0000000000000000000005
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Adrián 
 Molina Sáez;X-NUM-GUESTS=0:mailto:adrian.molina.saez@hotmail.com
COMMENT:Perfecto Lucía\, allí estaré. Muchas gracias por la oportunidad!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista Delegado/a Comercial Junior - Madrid Este
LOCATION:Delegación Madrid Alcalena\, C/ Goya 130\, 2º
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-agency-presentation",
        uid="040000008200E00074C5B7101A82E00800000000F2F3F4F5F6F7DB01000000000000000010000000TALENTIA0PRESENTA0000000000000006",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-same-headhunter",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Gonzalo Riera:mailto:gonzalo.riera@talentia-search.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Ignacio\, Lucía:\n\nos presento a Rocío Maldonado\, la candidata que os comenté para la vacante de Delegada Hospitalaria (Hospitales Zona Norte). 6 años en oncología hospitalaria\, muy buena relación con los servicios de Farmacia. Os adjunto su informe de evaluación y el CV anonimizado. En la llamada os cuento el perfil 15 minutos y luego se conecta ella para la entrevista.\n\nGonzalo Riera\nTalentia Health Search\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\nId. de reunión: 388 014 227 659\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F2F3F4F5F6F7DB01000000000000000010000000TALENTIA0PRESENTA0000000000000006
SUMMARY;LANGUAGE=es-ES:Presentación candidata Rocío Maldonado - Delegada Hospitalaria (Talentia / Alcalena)
DTSTART;TZID=Romance Standard Time:20250313T170000
DTEND;TZID=Romance Standard Time:20250313T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T085930Z
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
        kind="ios-hand-typed",
        uid="B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hand-typed-screening-call",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250225T071502Z
UID:B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E
DTEND:20250227T133000
TRANSP:OPAQUE
SUMMARY:llamar candidata infojobs Sara Medina (CV en mail de Nuria)
LAST-MODIFIED:20250225T071502Z
DTSTAMP:20250225T071502Z
DTSTART:20250227T131000
DESCRIPTION:preguntar: por qué deja farmacia comunitaria\, disponibilidad\, coche. pasar nota a Nuria
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-interview-block",
        uid="040000008200E00074C5B7101A82E00800000000F8F9FAFBFCFDDB01000000000000000010000000ALC0007BLOQUE0000000000000000000007",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-self-blocked-interview-slots",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{W_EUROPE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250303T081210Z
DESCRIPTION:10:00 Laura Benítez\n10:45 Iván Rosales\n11:30 Paula Ferrán\n(candidatos Delegado/a Zona Este – 2ª vuelta conmigo)\n
DTEND;TZID="W. Europe Standard Time":20250311T121500
DTSTAMP:20250303T081210Z
DTSTART;TZID="W. Europe Standard Time":20250311T100000
LAST-MODIFIED:20250303T081210Z
LOCATION:Delegación Madrid - Sala 2
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Bloque entrevistas candidatos Zona Este (3 x 45')
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F8F9FAFBFCFDDB01000000000000000010000000ALC0007BLOQUE0000000000000000000007
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-evaluator",
        uid="040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DB01000000000000000010000000ALC0008PANELKAM000000000000000008",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-member-kam-candidate-room",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Castaño Ruiz, José Manuel":mailto:jmcastano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herraiz Molina, Ana":mailto:aherraiz@laboratorios-alcalena.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sede - Sala Gredos":mailto:sala.gredos@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, como futura KAM de la zona quiero que estés en el panel de la entrevista final de Hugo Carrasco (candidato externo a KAM Zona Levante). Te pido que evalúes la parte de plan de cuenta y negociación con Farmacia. Ana te pasa la plantilla de evaluación.\nJosé Manuel\n
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DB01000000000000000010000000ALC0008PANELKAM000000000000000008
SUMMARY;LANGUAGE=es-ES:Entrevista final candidato KAM Levante - Hugo Carrasco (panel)
DTSTART;TZID=W. Europe Standard Time:20250408T120000
DTEND;TZID=W. Europe Standard Time:20250408T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T110044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede - Sala Gredos
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-all-day-job-fair-stand",
        uid="2c7v0n4m8b1x5z9q3w6e0r4t7y@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-job-fair-stand-speed-interviews",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Trabajo Lucía
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
DTSTAMP:20250322T100000Z
UID:2c7v0n4m8b1x5z9q3w6e0r4t7y@google.com
CREATED:20250305T120544Z
DESCRIPTION:Stand de Alcalena en el Foro de Empleo de la Facultad de Farmacia (Univ. Europea del Henares). Yo + Nuria. Entrevistas rápidas de 10 min a estudiantes de 5º para el programa de delegados junior y prácticas. Llevar roll-up\, fichas de evaluación y tablet.
LAST-MODIFIED:20250305T120544Z
LOCATION:Facultad de Farmacia\, Campus de Alcalá Este
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Foro Empleo Farmacia - stand Alcalena (entrevistas a estudiantes)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-intern-evaluation",
        uid="040000008200E00074C5B7101A82E00800000000A4A4B5B5C6C6DB01000000000000000010000000ALC0009BECAR10S000000000000000009",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-rates-interns-for-junior-rep-offer",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Campos Vera, Nuria":mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruano Pinto, Carlos":mailto:cruano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Presentaciones finales de los 4 becarios de ventas (15 min cada uno) y entrevista de cierre. Vuestra valoración decide quién recibe oferta de delegado junior en septiembre. Formulario de evaluación en el enlace de SuccessFactors.\n
UID:040000008200E00074C5B7101A82E00800000000A4A4B5B5C6C6DB01000000000000000010000000ALC0009BECAR10S000000000000000009
SUMMARY;LANGUAGE=es-ES:Evaluación becarios ventas - presentaciones finales y entrevista de cierre
DTSTART;TZID=Romance Standard Time:20250626T093000
DTEND;TZID=Romance Standard Time:20250626T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250616T080101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede - Sala Guadarrama
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-coffee-candidate",
        uid="d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-informal-coffee-sounding-out-candidate",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID}BEGIN:VEVENT
CREATED:20250331T201144Z
LAST-MODIFIED:20250331T201210Z
DTSTAMP:20250331T201210Z
UID:d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70
SUMMARY:Café con Luis Arenas (candidato\, viene de la competencia) - sondear para Ignacio
DTSTART;TZID=Europe/Madrid:20250403T083000
DTEND;TZID=Europe/Madrid:20250403T091500
LOCATION:Café Comercial\, Glorieta de Bilbao
DESCRIPTION:Ignacio quiere saber si Luis vendría a la zona Norte. Preguntarle cartera\, hospitales\, expectativa salarial. No prometer nada.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-reference-check-caller",
        uid="6bq9n2m5x8c1v4z7a0s3d6f9gh@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calls-candidates-referee",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Trabajo Lucía
X-WR-TIMEZONE:Europe/Madrid
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250221T091500
DTEND;TZID=Europe/Madrid:20250221T093000
DTSTAMP:20250222T101500Z
UID:6bq9n2m5x8c1v4z7a0s3d6f9gh@google.com
CREATED:20250219T170031Z
DESCRIPTION:Referencias de Sonia Prieto (finalista Zona Sur): llamar a su ex jefa Carmen Vidal (+34 699 31 08 27). Preguntas de la plantilla de Nuria: puntualidad\, cumplimiento de cuota\, relación con Farmacia Hospitalaria\, ¿la volverías a contratar?
LAST-MODIFIED:20250219T170031Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada referencias Sonia Prieto (ex-jefa Carmen Vidal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-staff-new-booking",
        uid="e7d6c5b4-a392-4817-8f6e-5d4c3b2a1908@laboratorios-alcalena.es",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-member-new-booking",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN=Alcalena Selección Delegados:mailto:SeleccionDelegados@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Pedro Ruiz Calvo:mailto:pedroruizcalvo93@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista de preselección - Delegado/a Comercial Junior (30 min)\nPersonal: Lucía Serrano Ortiz\nCliente: Pedro Ruiz Calvo\nCorreo electrónico del cliente: pedroruizcalvo93@gmail.com\nTeléfono del cliente: +34 634 77 10 29\nNotas del cliente: Graduado en Biología\, 2 años como técnico de laboratorio.\n\nVer la reserva en Bookings: https://outlook.office365.example/bookings/calendar\n
UID:e7d6c5b4-a392-4817-8f6e-5d4c3b2a1908@laboratorios-alcalena.es
SUMMARY;LANGUAGE=es-ES:Entrevista de preselección - Delegado/a Comercial Junior - Pedro Ruiz Calvo
DTSTART;TZID=W. Europe Standard Time:20250225T093000
DTEND;TZID=W. Europe Standard Time:20250225T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T213300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MS-BOOKINGS-SERVICEID:8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DB01000000000000000010000000ALC0010TRAINEES000000000000000010",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-trainee-slots-recurrence-id",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Campos Vera, Nuria":mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Franja fija para entrevistas del Programa Trainee Comercial 2025 (Lucía entrevista\, yo os paso los candidatos el martes anterior por SuccessFactors).\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DB01000000000000000010000000ALC0010TRAINEES000000000000000010
SUMMARY;LANGUAGE=es-ES:Entrevistas Programa Trainee Comercial (franja Lucía)
DTSTART;TZID=W. Europe Standard Time:20250424T160000
DTEND;TZID=W. Europe Standard Time:20250424T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Delegación Madrid - Sala 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Campos Vera, Nuria":mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:El jueves 1 de mayo es festivo: movemos la franja al miércoles 30.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250501T160000
UID:040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DB01000000000000000010000000ALC0010TRAINEES000000000000000010
SUMMARY;LANGUAGE=es-ES:Entrevistas Programa Trainee Comercial (franja Lucía) - MOVIDA
DTSTART;TZID=W. Europe Standard Time:20250430T160000
DTEND;TZID=W. Europe Standard Time:20250430T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Delegación Madrid - Sala 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-interviewer",
        uid="tt-interview-4410982-interviewer@teamtailor.example",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-english-interviewer-invite",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-4410982-interviewer@teamtailor.example
DTSTAMP:20250508T090000Z
DTSTART:20250513T080000Z
DTEND:20250513T084500Z
SUMMARY:Interview: Daniel Ibáñez – Junior Sales Representative (Madrid Centro)
ORGANIZER;CN=Nuria Campos:mailto:ncampos@laboratorios-alcalena.es
ATTENDEE;CN=Lucía Serrano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;CN=Daniel Ibáñez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dani.ibanez.farma@gmail.com
LOCATION:https://alcalena.teamtailor.example/meetings/v/Lk9Tz3
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Daniel Ibáñez\nJob: Junior Sales Representative (Madrid Centro)\nInterviewers: Lucía Serrano\nInterview kit: Field sales – competency questions\n\nOpen the candidate profile and leave your scorecard in Teamtailor after the interview.\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-optional-observer",
        uid="040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDB01000000000000000010000000ALC0011OBSERVER000000000000000011",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-optional-observer-second-round",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Beltrán Arias, Ignacio":mailto:ibeltran@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sonia.prieto.lara@gmail.com:mailto:sonia.prieto.lara@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Segunda entrevista Sonia Prieto - Delegada Zona Sur. Lucía opcional: si puedes\, conéctate con la cámara apagada y luego me das tu opinión.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\nId. de reunión: 377 102 554 018\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDB01000000000000000010000000ALC0011OBSERVER000000000000000011
SUMMARY;LANGUAGE=es-ES:2ª entrevista Sonia Prieto - Delegada Zona Sur
DTSTART;TZID=Romance Standard Time:20250207T133000
DTEND;TZID=Romance Standard Time:20250207T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T102010Z
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
]
