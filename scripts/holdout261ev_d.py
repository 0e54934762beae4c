# ruff: noqa: E501, W291, W293, RUF100
"""holdout261 events, part D: negatives with the user on the hiring or assessing side."""

from holdout261ev_zones import MADRID, ROMANCE

EVENTS = [
    dict(
        kind="outlook-candidate-interview",
        uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD01000000000000000010000000F1E2D3C4B5A6978877665544332211FF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrando, Xavi (Dtor. Academia)":mailto:xferrando@valenciaunionfc.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Laura Gil Benavent:mailto:lauragil.fisio@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="CD Paterna - Sala Academia":mailto:sala.academia@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista a la candidata Laura Gil Benavent para la plaza de Fisioterapeuta Academia (Cadete-Juvenil). Entrevistadores: Pablo Sanchis y Xavi Ferrando. CV y guion de preguntas en la carpeta compartida de RRHH.\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD01000000000000000010000000F1E2D3C4B5A6978877665544332211FF
SUMMARY;LANGUAGE=es-ES:Entrevista candidata – Fisioterapeuta Academia (Laura Gil)
DTSTART;TZID=Romance Standard Time:20260323T100000
DTEND;TZID=Romance Standard Time:20260323T104500
DTSTAMP:20260317T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CD Paterna - Sala Academia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-academy-physio-candidate", hiring=True,
    ),
    dict(
        kind="workday-interviewer-kit",
        uid="WD-INTERVIEW-VUFC-000000912",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-VUFC-000000912
DTSTAMP:20260318T071000Z
DTSTART:20260324T160000Z
DTEND:20260324T164500Z
SEQUENCE:0
SUMMARY:Entrevista: Hugo Blasco Marí – Fisioterapeuta Cantera (R-0091)
ORGANIZER;CN=Valencia Unión FC Talent:mailto:valenciaunionfc@myworkday-mail.com
ATTENDEE;CN=Pablo Sanchis Ferrer;ROLE=REQ-PARTICIPANT:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Ha sido asignado como entrevistador.\n\nCandidato: Hugo Blasco Marí\nPuesto: Fisioterapeuta Cantera (R-0091)\nFase: Entrevista técnica\n\nAcceda al kit de entrevista y a la hoja de evaluación en Workday: Mi trabajo pendiente > Entrevistas > Enviar feedback.
LOCATION:CD Paterna - Sala Academia
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-workday-interview-kit", hiring=True,
    ),
    dict(
        kind="calendly-host",
        uid="c9b8a7f6-calendly-psanchis-20260326",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c9b8a7f6-calendly-psanchis-20260326
DTSTAMP:20260321T191500Z
DTSTART:20260326T150000Z
DTEND:20260326T153000Z
SUMMARY:Marta Llopis and Pablo Sanchis Ferrer
ORGANIZER;CN=Pablo Sanchis Ferrer:mailto:psanchis@valenciaunionfc.es
ATTENDEE;CN=Marta Llopis;RSVP=TRUE:mailto:martallopis.fisio@outlook.es
DESCRIPTION:Event Name: Entrevista Fisioterapeuta Academia VUFC\n\nInvitee: Marta Llopis\nInvitee Email: martallopis.fisio@outlook.es\n\nQuestions and answers:\nColegiada nº: 46-5521\nDisponibilidad: inmediata\n\nLocation: https://meet.google.com/vuf-acad-int\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/vuf-acad-int
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calendly-host", hiring=True,
    ),
    dict(
        kind="ios-scorecard-reminder",
        uid="AB12CD34-EF56-4A78-9B0C-D1E2F3A4B5C6",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260326T213000
DTEND;TZID=Europe/Madrid:20260326T220000
DTSTAMP:20260326T090000Z
SUMMARY:Rellenar hoja de evaluación candidatos fisio academia (Laura\, Hugo\, Marta)
DESCRIPTION:antes de las 23h en Workday o Amparo me mata
UID:AB12CD34-EF56-4A78-9B0C-D1E2F3A4B5C6
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scorecard-reminder", hiring=True,
    ),
    dict(
        kind="teams-debrief",
        uid="040000008200E00074C5B7101A82E00800000000BB22CC33DD44EE01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las entrevistas a los 3 finalistas de fisio academia y decisión. Traed vuestras puntuaciones.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_DBRF@thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44EE01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=es-ES:Debrief entrevistas fisio academia
DTSTART;TZID=Romance Standard Time:20260327T133000
DTEND;TZID=Romance Standard Time:20260327T140000
DTSTAMP:20260324T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-debrief", hiring=True,
    ),
    dict(
        kind="candidate-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000CC33DD44EE55FF0100000000000000001000000012345678123456781234567812345678",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Hugo Blasco Marí:mailto:hugoblasco.fisio@hotmail.com
ORGANIZER;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
COMMENT;LANGUAGE=es-ES:Perfecto\, allí estaré. Muchas gracias por la oportunidad.\n
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55FF0100000000000000001000000012345678123456781234567812345678
SUMMARY;LANGUAGE=es-ES:Aceptado: Entrevista Fisioterapeuta Academia – VUFC
DTSTART;TZID=Romance Standard Time:20260324T170000
DTEND;TZID=Romance Standard Time:20260324T174500
DTSTAMP:20260319T081500Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CD Paterna - Sala Academia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply", hiring=True,
    ),
    dict(
        kind="agency-presents-candidate",
        uid="7z5x3c1v9b7n5m3l1k9j7h5g3f@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260317T123000
DTEND;TZID=Europe/Madrid:20260317T130000
DTSTAMP:20260313T110000Z
ORGANIZER;CN=Nacho Ferrándiz:mailto:nacho@iberiasportsstaff.es
UID:7z5x3c1v9b7n5m3l1k9j7h5g3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Pablo\, te presento a dos readaptadores para vuestra plaza de academia: Iker Zubiri (ex-cantera Athletic Bilbao Norte) y Sonia Ramos. Te cuento perfiles y si te encajan te organizo las entrevistas con ellos.\n\nIberia Sports Staff\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Iberia Sports Staff – presentación candidatos readaptador academia VUFC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-agency-presents-candidates-same-agent", hiring=True,
    ),
    dict(
        kind="recurring-player-trials",
        uid="prueba-juveniles-2026@valenciaunionfc.es",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{ROMANCE}BEGIN:VEVENT
UID:prueba-juveniles-2026@valenciaunionfc.es
DTSTAMP:20260401T070000Z
DTSTART;TZID=Romance Standard Time:20260406T170000
DTEND;TZID=Romance Standard Time:20260406T190000
RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
SUMMARY:Prueba de jugadores Juvenil A – valoración física y médica
DESCRIPTION:Jugadores a prueba (ojeados por la secretaría técnica de cantera). Pablo: screening de movilidad\, FMS y saltos; informe a Xavi Ferrando el viernes.
LOCATION:CD Paterna – Campo 4
ORGANIZER;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
END:VEVENT
BEGIN:VEVENT
UID:prueba-juveniles-2026@valenciaunionfc.es
RECURRENCE-ID;TZID=Romance Standard Time:20260415T170000
DTSTAMP:20260410T070000Z
DTSTART;TZID=Romance Standard Time:20260415T180000
DTEND;TZID=Romance Standard Time:20260415T200000
SUMMARY:Prueba de jugadores Juvenil A – valoración física y médica (campo 2\, cambio de hora)
DESCRIPTION:Cambio por partido del filial. Mismo protocolo.
LOCATION:CD Paterna – Campo 2
ORGANIZER;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-youth-player-trials-recurrence-override", hiring=True,
    ),
    dict(
        kind="google-player-trial",
        uid="1m3n5b7v9c1x3z5a7s9d1f3g5h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:VUFC Servicios Médicos
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260420
DTEND;VALUE=DATE:20260423
DTSTAMP:20260415T100000Z
UID:1m3n5b7v9c1x3z5a7s9d1f3g5h@google.com
DESCRIPTION:Jugador a prueba con el Filial: Mamadou Sarr (DC\, 19 años). Entrena 3 días; el servicio médico hace reconocimiento\, ecografía de rodilla y test isocinético antes de que la secretaría técnica decida.
LOCATION:CD Paterna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba jugador M. Sarr (Filial) – valoración médica
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-player-on-trial-allday", hiring=True,
    ),
    dict(
        kind="outlook-signing-medical",
        uid="040000008200E00074C5B7101A82E00800000000DD44EE55FF66AA0100000000000000001000000099999999888888887777777766666666",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Clínica Sant Vicent - Radiología":mailto:citas.radiologia@clinicasantvicent.es
DESCRIPTION;LANGUAGE=es-ES:Reconocimiento médico previo a la firma de J. Okafor (posible fichaje\, pendiente de pasar el médico). Pablo: valoración funcional y exploración de tobillo izquierdo (antecedente de esguince grave). CONFIDENCIAL – no comentar con prensa.\n
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF66AA0100000000000000001000000099999999888888887777777766666666
SUMMARY;LANGUAGE=es-ES:Reconocimiento médico fichaje – J. Okafor (CONFIDENCIAL)
DTSTART;TZID=Romance Standard Time:20260202T080000
DTEND;TZID=Romance Standard Time:20260202T123000
DTSTAMP:20260130T210000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Clínica Sant Vicent\, Valencia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-pre-signing-medical", hiring=True,
    ),
    dict(
        kind="outlook-practical-test-assessor",
        uid="040000008200E00074C5B7101A82E00800000000EE55FF66AA77BB01000000000000000010000000ACACACACBDBDBDBDCECECECEDFDFDFDF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Prueba práctica para los candidatos a Fisioterapeuta Academia: vendaje funcional de tobillo\, actuación en campo (simulacro de lesión) y caso de readaptación. Evaluadores: Pablo Sanchis y Xavi Ferrando con la rúbrica adjunta (1-5 por apartado).\n
UID:040000008200E00074C5B7101A82E00800000000EE55FF66AA77BB01000000000000000010000000ACACACACBDBDBDBDCECECECEDFDFDFDF
SUMMARY;LANGUAGE=es-ES:Prueba práctica candidatos Fisioterapeuta Academia
DTSTART;TZID=Romance Standard Time:20260331T090000
DTEND;TZID=Romance Standard Time:20260331T133000
DTSTAMP:20260327T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CD Paterna - Sala Fisioterapia Academia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-practical-test-assessor", hiring=True,
    ),
    dict(
        kind="google-panel-member",
        uid="6r4e2w0q8a6s4d2f0g8h6j4k2l@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260408T160000
DTEND;TZID=Europe/Madrid:20260408T190000
DTSTAMP:20260402T080000Z
ORGANIZER;CN=Xavi Ferrando:mailto:xferrando@valenciaunionfc.es
UID:6r4e2w0q8a6s4d2f0g8h6j4k2l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Xavi Ferrando;X-NUM-GUESTS=0:mailto:xferrando@valenciaunionfc.es
DESCRIPTION:Tribunal para la plaza de Readaptador/a Cantera: 4 candidatos x 40 min. Tú preguntas la parte de readaptación y prevención\, yo la de metodología de cantera. Orden: 16:00 Iker Zubiri\, 16:45 Sonia Ramos\, 17:30 Dani Peiró\, 18:15 Aina Vives.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:CD Paterna - Sala Academia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tribunal entrevistas Readaptador/a Cantera
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-panel-block-four-candidates", hiring=True,
    ),
    dict(
        kind="thunderbird-intern-selection",
        uid="0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260105T100000Z
DTSTAMP:20260105T100000Z
UID:0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a
SUMMARY:Entrevistas alumnos prácticas Grado Fisio (elegir 2 para el primer equipo)
DTSTART;TZID=Europe/Madrid:20260114T160000
DTEND;TZID=Europe/Madrid:20260114T190000
LOCATION:CD Paterna
DESCRIPTION:6 alumnos de 4º\, 20 min cada uno. Mandar lista a la coordinadora de prácticas de la facultad.
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-internship-students", hiring=True,
    ),
    dict(
        kind="teams-english-interviewer",
        uid="040000008200E00074C5B7101A82E00800000000FF66AA77BB88CC01000000000000000010000000BEBEBEBECFCFCFCFD0D0D0D0E1E1E1E1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Hallett:mailto:tom.hallett.sci@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
DESCRIPTION;LANGUAGE=en-GB:Hi Tom\,\n\nThanks for applying for the Academy Sports Scientist role at Valencia Unión FC. I'd like to interview you on Teams (in English\, with a short part in Spanish). Please prepare a 10-minute overview of how you'd set up GPS monitoring for U16–U19.\n\nBest\,\nPablo Sanchis\nFisioterapeuta / Readaptador Primer Equipo\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_HALLETT@thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000FF66AA77BB88CC01000000000000000010000000BEBEBEBECFCFCFCFD0D0D0D0E1E1E1E1
SUMMARY;LANGUAGE=en-GB:Interview: Tom Hallett – Academy Sports Scientist
DTSTART;TZID=Romance Standard Time:20260401T110000
DTEND;TZID=Romance Standard Time:20260401T120000
DTSTAMP:20260327T093000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-organizer-english-invite", hiring=True,
    ),
    dict(
        kind="outlook-candidate-rating",
        uid="040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6A701000000000000000010000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrando, Xavi":mailto:xferrando@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Valoración de candidatos para el servicio médico de la academia. Cada uno trae su ranking y notas de entrevista. Cerramos terna para RRHH.\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6A701000000000000000010000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8
SUMMARY;LANGUAGE=es-ES:Comité técnico – valoración de candidatos (servicio médico academia)
DTSTART;TZID=W. Europe Standard Time:20260410T083000
DTEND;TZID=W. Europe Standard Time:20260410T093000
DTSTAMP:20260406T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Servicios Médicos
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-rating-committee", hiring=True,
    ),
    dict(
        kind="ios-candidate-trial-day",
        uid="D4C3B2A1-0F9E-4D8C-B7A6-958473625140",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260414T083000
DTEND;TZID=Europe/Madrid:20260414T140000
DTSTAMP:20260409T201000Z
SUMMARY:Jornada de prueba candidata Marta Llopis (fisio academia) - la superviso yo
DESCRIPTION:que haga la sesión de prevención del cadete A y el tratamiento post-entreno. feedback a Xavi y Amparo
LOCATION:CD Paterna
UID:D4C3B2A1-0F9E-4D8C-B7A6-958473625140
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-supervises-candidate-trial-day", hiring=True,
    ),
    dict(
        kind="ms-bookings-staff",
        uid="8f7e6d5c-4b3a-4291-8807-f6e5d4c3b2a1",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=VUFC Selección Academia:mailto:VUFCSeleccionAcademia@valenciaunionfc.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva asignada a usted.\n\nServicio: Entrevista candidatos - Fisioterapeuta Academia\nCliente: Aina Vives Codina\nCorreo del cliente: ainavives.readapta@gmail.com\nTeléfono: +34 6XX XXX 904\nPersonal: Pablo Sanchis Ferrer\n
UID:8f7e6d5c-4b3a-4291-8807-f6e5d4c3b2a1
SUMMARY;LANGUAGE=es-ES:Entrevista candidatos - Fisioterapeuta Academia para Aina Vives Codina
DTSTART;TZID=Romance Standard Time:20260325T120000
DTEND;TZID=Romance Standard Time:20260325T123000
DTSTAMP:20260320T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-bookings-staff-member", hiring=True,
    ),
    dict(
        kind="google-reference-check-caller",
        uid="2h4j6k8l0z2x4c6v8b0n2m4q6w@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:psanchis@valenciaunionfc.es
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260402T080000Z
DTEND:20260402T083000Z
DTSTAMP:20260330T170000Z
UID:2h4j6k8l0z2x4c6v8b0n2m4q6w@google.com
DESCRIPTION:Llamar a las referencias de Hugo Blasco (candidato fisio cantera): su coordinador en CF Benicalap y la profe del máster. Preguntas: puntualidad\, trato con jugadores\, trabajo en equipo.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencias candidato H. Blasco
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calls-candidate-references", hiring=True,
    ),
    dict(
        kind="thunderbird-trial-tests",
        uid="5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260428T090000Z
UID:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
SUMMARY:Test físicos jugadores a prueba (Cadete) - Yo-Yo IR1 + CMJ + sprint 30m
DTSTART:20260505T173000
DTEND:20260505T193000
LOCATION:CD Paterna – Campo 3
DESCRIPTION:valorar a los 8 chavales a prueba\, rellenar la plantilla de captación
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-trial-players-physical-tests", hiring=True,
    ),
    dict(
        kind="google-valencian-interviewer",
        uid="9k7j5h3g1f9d7s5a3q1w9e7r5t@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260113T170000
DTEND;TZID=Europe/Madrid:20260113T190000
DTSTAMP:20260109T120000Z
ORGANIZER;CN=Escola VUFC:mailto:escola@valenciaunionfc.es
UID:9k7j5h3g1f9d7s5a3q1w9e7r5t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Pablo\, et necessitem a les entrevistes dels candidats a fisioterapeuta de l'Escola (futbol base\, caps de setmana). Tres candidats\, 30 minuts cadascun. Tu valores la part clínica.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:CD Paterna - Oficines Escola
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistes candidats fisioterapeuta Escola
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-valencian-school-candidates", hiring=True,
    ),
    dict(
        kind="outlook-offer-closing",
        uid="040000008200E00074C5B7101A82E00800000000B2B3B4B5B6B7B801000000000000000010000000D1D2D3D4E5E6E7E8F1F2F3F4A5A6A7A8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Revisamos la propuesta para la candidata elegida (fisio academia): salario\, horario de tardes y fecha de incorporación. Después la llamo yo.\n
UID:040000008200E00074C5B7101A82E00800000000B2B3B4B5B6B7B801000000000000000010000000D1D2D3D4E5E6E7E8F1F2F3F4A5A6A7A8
SUMMARY;LANGUAGE=es-ES:Oferta candidata fisio academia – cierre con RRHH
DTSTART;TZID=Romance Standard Time:20260416T093000
DTEND;TZID=Romance Standard Time:20260416T100000
DTSTAMP:20260414T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-offer-for-chosen-candidate", hiring=True,
    ),
]
