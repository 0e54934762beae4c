# ruff: noqa: E501, W291, W293, RUF100
"""holdout266 events, part c: the user on the hiring or assessing side (all negatives)."""

from holdout266ev_zones import GOOGLE_FOOTER_ES, TEAMS_EN, TEAMS_ES, TZ_BOGOTA, TZ_SA_PACIFIC, fold


def negative(kind, uid, ics, trap):
    return dict(
        kind=kind,
        uid=uid,
        ics=ics,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=trap.startswith("user-as-interviewer-"),
    )


EVENTS = [
    negative(
        "outlook-recurring-override",
        "040000008200E00074C5B7101A82E0080000000010F0E0D0C0B0DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gómez, Wilmar":mailto:wgomez@contactoandino.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Selección P2:mailto:salaseleccion.p2@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Entrevistas masivas agentes bilingües cuenta Fintrust (ola de contratación Q4). Team leaders entrevistan en parejas: 8 candidatos por franja\, 15 min cada uno. Formato de entrevista y rúbrica de inglés en la carpeta compartida de Selección. Registrar concepto (APTO / NO APTO / EN ESPERA) en la matriz antes de las 12 m.\n
UID:040000008200E00074C5B7101A82E0080000000010F0E0D0C0B0DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=es-CO:Entrevistas masivas agentes bilingües - Fintrust
DTSTART;TZID=SA Pacific Standard Time:20241001T080000
DTEND;TZID=SA Pacific Standard Time:20241001T110000
RRULE:FREQ=WEEKLY;UNTIL=20241217T130000Z;INTERVAL=1;BYDAY=TU;WKST=SU
DTSTAMP:20240926T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Selección P2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gómez, Wilmar":mailto:wgomez@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Esta semana las entrevistas masivas son virtuales por el paro de transporte. Mismo formato y rúbrica.\n{TEAMS_ES.format(meeting='OGQ3YjE0NmUtMDk5', meeting_id='298 331 004 581', passcode='Em4sV1')}
UID:040000008200E00074C5B7101A82E0080000000010F0E0D0C0B0DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
RECURRENCE-ID;TZID=SA Pacific Standard Time:20241029T080000
SUMMARY;LANGUAGE=es-CO:Entrevistas masivas agentes bilingües - Fintrust (VIRTUAL)
DTSTART;TZID=SA Pacific Standard Time:20241029T080000
DTEND;TZID=SA Pacific Standard Time:20241029T113000
DTSTAMP:20241025T150000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-weekly-mass-interviews-recurrence-override",
    ),
    negative(
        "greenhouse-interview-kit",
        "gh-interviewer-invite-6610028003-91211@contactoandino.com.co",
        fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interviewer-invite-6610028003-91211@contactoandino.com.co
DTSTAMP:20241014T133000Z
DTSTART:20241016T150000Z
DTEND:20241016T154500Z
SUMMARY:Interview: Sebastián Arias for Team Leader Bilingüe (Fintrust) - Interviewer: Valentina Ríos
ORGANIZER;CN=Contacto Andino Selección:mailto:seleccion@contactoandino.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:vrios@contactoandino.com.co
DESCRIPTION:You have been scheduled to interview a candidate.\n\nCandidate: Sebastián Arias\nJob: Team Leader Bilingüe (Fintrust)\nInterview: Liderazgo y manejo de indicadores\n\nInterview kit: https://app.greenhouse.io/guides/6610028003/people/91211\nPlease submit your scorecard within 24 hours: https://app.greenhouse.io/scorecards/6610028003\n\nResume and application are attached to the kit.
LOCATION:Sala Selección P2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-ats-interview-kit-scorecard",
    ),
    negative(
        "ios-hand-typed",
        "A9B8C7D6-E5F4-4321-9ABC-DEF012345678",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4321-9ABC-DEF012345678
DTSTAMP:20241017T230000Z
DTSTART:20241018T170000
DTEND:20241018T173000
SUMMARY:llenar scorecards candidatos TL + mandar concepto a Juli
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-scorecard-reminder-hand-typed",
    ),
    negative(
        "teams-invite",
        "040000008200E00074C5B7101A82E0080000000021E1F1A1B1C1DB01000000000000000010000000667788990011AABBCCDDEEFF22334455",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Debrief de los 4 finalistas a Supervisor de Calidad. Cada entrevistador trae su calificación y evidencias. Decidimos oferta hoy.{TEAMS_ES.format(meeting='NzE1OGE5YjAtYzQz', meeting_id='240 118 557 903', passcode='Db8rT5')}
UID:040000008200E00074C5B7101A82E0080000000021E1F1A1B1C1DB01000000000000000010000000667788990011AABBCCDDEEFF22334455
SUMMARY;LANGUAGE=es-CO:Debrief candidatos Supervisor de Calidad
DTSTART;TZID=SA Pacific Standard Time:20241025T160000
DTEND;TZID=SA Pacific Standard Time:20241025T163000
DTSTAMP:20241023T123000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-debrief-finalists",
    ),
    negative(
        "calendly-host-notification",
        "7a9c1e3f-5b7d-4f9a-8c2e-4a6c8e0a2c4e@calendly.com",
        fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly 1.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7a9c1e3f-5b7d-4f9a-8c2e-4a6c8e0a2c4e@calendly.com
DTSTAMP:20241028T191500Z
DTSTART:20241031T140000Z
DTEND:20241031T142000Z
SUMMARY:Daniel Quiceno and Valentina Ríos
ORGANIZER;CN=Valentina Ríos:mailto:vrios@contactoandino.com.co
ATTENDEE;CN=Valentina Ríos;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:vrios@contactoandino.com.co
ATTENDEE;CN=Daniel Quiceno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:danielquiceno98@gmail.com
DESCRIPTION:Event Name: Entrevista agente bilingüe (20 min) - Contacto Andino\n\nInvitee: Daniel Quiceno\nInvitee Email: danielquiceno98@gmail.com\nInvitee Phone: +57 300 555 0174\n\nQuestions:\nNivel de inglés (autoevaluado): B2\n¿Tienes experiencia en call center?: Sí\, 1 año en cobranza\n\nLocation: https://meet.google.com/cta-ent-agt\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/cta-ent-agt
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-calendly-host-candidate-booked",
    ),
    negative(
        "outlook-reply-accepted",
        "040000008200E00074C5B7101A82E0080000000032F2A2B2C2D2DB0100000000000000001000000077889900AABBCCDDEEFF001122334455",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;PARTSTAT=ACCEPTED;CN=Carlos Mejía Londoño:mailto:carlos.mejia.londono@outlook.com
COMMENT;LANGUAGE=es-CO:Muchas gracias\, allá estaré puntual.
UID:040000008200E00074C5B7101A82E0080000000032F2A2B2C2D2DB0100000000000000001000000077889900AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=es-CO:Aceptado: Segunda entrevista Team Leader - Carlos Mejía
DTSTART;TZID=SA Pacific Standard Time:20241105T100000
DTEND;TZID=SA Pacific Standard Time:20241105T104500
DTSTAMP:20241101T225500Z
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Contacto Andino - Sala Selección P2
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-candidate-accepted-reply",
    ),
    negative(
        "agency-candidate-presentation",
        "6l9o2r5u8x1a4d7g0j3m6p9s2v@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241107T160000Z
DTEND:20241107T163000Z
DTSTAMP:20241105T143000Z
ORGANIZER;CN=Paula Herrera - Selecta Temporales:mailto:pherrera@selectatemporales.com.co
UID:6l9o2r5u8x1a4d7g0j3m6p9s2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=vrios@contactoandino.com.co;X-NUM-GUESTS=0:mailto:vrios@contactoandino.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paula Herrera;X-NUM-GUESTS=0:mailto:pherrera@selectatemporales.com.co
DESCRIPTION:Valentina\, te presento la terna para Supervisor de WFM de tu cuenta: Laura Gómez\, Felipe Ocampo y Natalia Builes. Repasamos hojas de vida\, resultados de pruebas y pretensiones salariales para que elijas a quién entrevistar.{GOOGLE_FOOTER_ES.format(meet='slt-tern-wfm')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presentación de terna - Supervisor WFM (Contacto Andino)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-agency-presents-shortlist",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000043A3B3C3D3E3DB01000000000000000010000000889900AABBCCDDEEFF00112233445566",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patiño, Sergio":mailto:spatino@contactoandino.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Auditorio P1:mailto:auditorio.p1@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Observadores del assessment center para aprendices SENA (etapa productiva) - 24 candidatos en 4 grupos. Valentina y Sergio observan las dinámicas de los grupos 1 y 2 con la guía de comportamientos y califican en el formato FO-GH-112.\n
UID:040000008200E00074C5B7101A82E0080000000043A3B3C3D3E3DB01000000000000000010000000889900AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=es-CO:Assessment center aprendices SENA - observadores
DTSTART;TZID=SA Pacific Standard Time:20241112T080000
DTEND;TZID=SA Pacific Standard Time:20241112T120000
DTSTAMP:20241106T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Auditorio P1
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-assessment-center-observer",
    ),
    negative(
        "google-invite",
        "1m4p7s0v3y6b9e2h5k8n1q4t7w@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241114T130000Z
DTEND:20241114T150000Z
DTSTAMP:20241112T120000Z
ORGANIZER;CN=Selección Contacto Andino:mailto:seleccion@contactoandino.com.co
UID:1m4p7s0v3y6b9e2h5k8n1q4t7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Ríos Cárdenas;X-NUM-GUESTS=0:mailto:vrios@contactoandino.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Selección Contacto Andino;X-NUM-GUESTS=0:mailto:seleccion@contactoandino.com.co
DESCRIPTION:Aplicación de prueba de inglés oral (versant interno) a candidatos de la cuenta Helix. Valentina califica speaking con la rúbrica CEFR; Selección toma la prueba escrita.{GOOGLE_FOOTER_ES.format(meet='cta-ingl-hlx')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba de inglés candidatos Helix
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-grades-candidates-english-test",
    ),
    negative(
        "ios-hand-typed",
        "0F1E2D3C-4B5A-4969-8877-665544332211",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0F1E2D3C-4B5A-4969-8877-665544332211
DTSTAMP:20241118T012000Z
DTSTART:20241119T140000
DTEND:20241119T160000
SUMMARY:role play / simulación de llamadas candidatos cobranza
DESCRIPTION:yo hago de cliente bravo. calificar empatía\, manejo de objeciones\, cierre
LOCATION:piso 4
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-role-play-plays-customer",
    ),
    negative(
        "teams-invite",
        "040000008200E00074C5B7101A82E0080000000054B4C4D4E4F4DB01000000000000000010000000990011AABBCCDDEEFF0011223344556677",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicole Harper:mailto:nharper@fintrust.example.com
DESCRIPTION;LANGUAGE=en-US:Client interview of our 3 shortlisted bilingual agents for the Fintrust escalations queue. Nicole (Fintrust) interviews; Valentina presents each candidate\, shares the English test results and takes notes for the hiring decision.{TEAMS_EN.format(meeting='ZTQ5NmMxYTItOGFi', meeting_id='226 405 118 339', passcode='Fn3tR7')}
UID:040000008200E00074C5B7101A82E0080000000054B4C4D4E4F4DB01000000000000000010000000990011AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=es-CO:Entrevista con el cliente - candidatos agentes bilingües Fintrust (escalamientos)
DTSTART;TZID=SA Pacific Standard Time:20241121T093000
DTEND;TZID=SA Pacific Standard Time:20241121T110000
DTSTAMP:20241118T201500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-client-interviews-users-agent-candidates",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000065C5D5E5F5A5DB01000000000000000010000000AA0011BBCCDDEEFF001122334455667788",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gómez, Wilmar":mailto:wgomez@contactoandino.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Juntas Gerencia P5:mailto:salajuntas.p5@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Jurado de la convocatoria interna CI-2024-028 Team Leader (cuenta Helix). Valentina y Wilmar entrevistan a los 5 asesores postulados (20 min c/u) y califican en el formato de convocatoria interna.\n
UID:040000008200E00074C5B7101A82E0080000000065C5D5E5F5A5DB01000000000000000010000000AA0011BBCCDDEEFF001122334455667788
SUMMARY;LANGUAGE=es-CO:Panel convocatoria interna Team Leader Helix - jurado
DTSTART;TZID=SA Pacific Standard Time:20241126T140000
DTEND;TZID=SA Pacific Standard Time:20241126T160000
DTSTAMP:20241120T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Juntas Gerencia P5
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-internal-promotion-panel-jury",
    ),
    negative(
        "teams-invite",
        "040000008200E00074C5B7101A82E0080000000076D6E6F6A6B6DB01000000000000000010000000BB1122CCDDEEFF00112233445566778899",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Recruiting, Contacto Andino":mailto:recruiting@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maria Lopez:mailto:marialopez.bilingual@gmail.com
DESCRIPTION;LANGUAGE=en-US:Interview: Maria Lopez - Spanish Bilingual Agent (US Healthcare LOB)\n\nInterviewer: Valentina Ríos Cárdenas (Team Leader)\nFocus: English fluency\, empathy\, HIPAA awareness\nPlease complete the evaluation form right after the call.{TEAMS_EN.format(meeting='MWE2YjNjNGQtNWU2', meeting_id='281 667 305 912', passcode='Ml2pQ9')}
UID:040000008200E00074C5B7101A82E0080000000076D6E6F6A6B6DB01000000000000000010000000BB1122CCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=en-US:Interview: Maria Lopez - Spanish Bilingual Agent
DTSTART;TZID=SA Pacific Standard Time:20241203T083000
DTEND;TZID=SA Pacific Standard Time:20241203T090000
DTSTAMP:20241129T140000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-english-interview-summary-candidate-name",
    ),
    negative(
        "workday-interviewer-notice",
        "WD-INTERVIEWER-R-0099120-7@contactoandino.wd5.myworkdayjobs.com",
        fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEWER-R-0099120-7@contactoandino.wd5.myworkdayjobs.com
DTSTAMP:20241204T150000Z
DTSTART:20241206T190000Z
DTEND:20241206T194500Z
SUMMARY:Interview Scheduled: Andrés Zapata - R-0099120 Supervisor de Operaciones
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Andrés Zapata\nJob Requisition: R-0099120 Supervisor de Operaciones\nInterviewers: Valentina Ríos Cárdenas\, Wilmar Gómez\nInterview Type: Panel\n\nSubmit feedback in Workday > My Tasks after the interview.
ORGANIZER;CN=Contacto Andino Recruiting:mailto:workday-noreply@contactoandino.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:vrios@contactoandino.com.co
ATTENDEE;CN=Wilmar Gómez;ROLE=REQ-PARTICIPANT:mailto:wgomez@contactoandino.com.co
LOCATION:Sala Selección P2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-workday-added-as-interviewer",
    ),
    negative(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000087E7F7A7B7C7DB01000000000000000010000000CC2233DDEEFF0011223344556677889900",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Formación, Equipo":mailto:formacion@contactoandino.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Capacitación 3:mailto:salacap3@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Entrevista grupal de nivelación - grupo 3 (18 candidatos a agente). Yo facilito la dinámica y la ronda de preguntas; Formación registra asistencia y aplica la prueba de digitación.\n
UID:040000008200E00074C5B7101A82E0080000000087E7F7A7B7C7DB01000000000000000010000000CC2233DDEEFF0011223344556677889900
SUMMARY;LANGUAGE=es-CO:Entrevista grupal candidatos agentes - grupo 3
DTSTART;TZID=SA Pacific Standard Time:20241210T140000
DTEND;TZID=SA Pacific Standard Time:20241210T160000
DTSTAMP:20241205T220000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Capacitación 3
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-user-organizes-group-interview",
    ),
    negative(
        "ios-hand-typed",
        "5A6B7C8D-9E0F-4A1B-2C3D-4E5F6A7B8C9D",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-2C3D-4E5F6A7B8C9D
DTSTAMP:20241211T010000Z
DTSTART:20241212T110000
DTEND:20241212T120000
SUMMARY:llamar referencias laborales de los 2 seleccionados (Andrés Z y Carlos M)
DESCRIPTION:ex jefes: Cobranzas Integrales y Atlas. preguntar ausentismo y por qué salieron
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-checks-candidates-references",
    ),
    negative(
        "teams-invite",
        "040000008200E00074C5B7101A82E0080000000098F8A8B8C8D8DB01000000000000000010000000DD3344EEFF001122334455667788990011",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gómez, Wilmar":mailto:wgomez@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patiño, Sergio":mailto:spatino@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Calibración de entrevistadores: escuchamos 3 grabaciones de entrevistas masivas y comparamos conceptos APTO/NO APTO para unificar criterio antes de la ola de enero.{TEAMS_ES.format(meeting='YTM3ZDFlOGYtMjQ1', meeting_id='277 019 448 352', passcode='Ca9lB3')}
UID:040000008200E00074C5B7101A82E0080000000098F8A8B8C8D8DB01000000000000000010000000DD3344EEFF001122334455667788990011
SUMMARY;LANGUAGE=es-CO:Calibración entrevistadores - ola enero
DTSTART;TZID=SA Pacific Standard Time:20241218T150000
DTEND;TZID=SA Pacific Standard Time:20241218T160000
DTSTAMP:20241213T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-interviewer-calibration",
    ),
    negative(
        "bookings-staff-notice",
        "AAMkAGI2TGuLBBB=bookings-9c1d2e3f-contactoandino",
        fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Selección Contacto Andino:mailto:SeleccionContactoAndino@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Nueva reserva\n\nServicio: Entrevista de selección - Agente de servicio bilingüe\nCliente: Yesica Tabares\nCorreo del cliente: yesica.tabares.m@gmail.com\nTeléfono: 3015550166\nPersonal asignado: Valentina Ríos Cárdenas\n\nMicrosoft Bookings{TEAMS_ES.format(meeting='ZjY3ODkwMTItMzQ1', meeting_id='230 884 615 027', passcode='Bk5yT8')}
UID:AAMkAGI2TGuLBBB=bookings-9c1d2e3f-contactoandino
SUMMARY;LANGUAGE=es-CO:Entrevista de selección - Agente de servicio bilingüe (Yesica Tabares)
DTSTART;TZID=SA Pacific Standard Time:20250114T090000
DTEND;TZID=SA Pacific Standard Time:20250114T092000
DTSTAMP:20250110T180000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-bookings-staff-assigned",
    ),
    negative(
        "google-export",
        "7n0q3t6w9z2c5f8i1l4o7r0u3x@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:vrios@contactoandino.com.co
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250129
DTEND;VALUE=DATE:20250130
DTSTAMP:20250301T153000Z
UID:7n0q3t6w9z2c5f8i1l4o7r0u3x@google.com
CREATED:20250120T140000Z
DESCRIPTION:Stand de Contacto Andino en la feria. Recibir hojas de vida y 
 hacer entrevistas rápidas a bachilleres con inglés. Llevar volantes y QR d
 e la convocatoria.
LAST-MODIFIED:20250120T140000Z
LOCATION:Plaza Mayor Medellín\, Pabellón Blanco
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria de empleo Comfenalco - stand Contacto Andino (reclutamiento)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-job-fair-booth-recruiting-all-day",
    ),
    negative(
        "thunderbird-hand-typed",
        "e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BOGOTA}
BEGIN:VEVENT
CREATED:20250203T020000Z
LAST-MODIFIED:20250203T020000Z
DTSTAMP:20250203T020000Z
UID:e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8
SUMMARY:2da entrevista candidato supervisor - Andrés Zapata (yo + Alejandro)
DTSTART;TZID=America/Bogota:20250205T100000
DTEND;TZID=America/Bogota:20250205T110000
DESCRIPTION:llevar la prueba de excel que hizo\, preguntar por manejo de ausentismo
LOCATION:sala 2 piso 5
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-second-interview-hand-typed-candidate-named",
    ),
    negative(
        "google-invite",
        "2o5r8u1x4a7d0g3j6m9p2s5v8y@google.com",
        fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BOGOTA}
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250218T070000
DTEND;TZID=America/Bogota:20250218T130000
DTSTAMP:20250214T223000Z
ORGANIZER;CN=Juliana Ochoa:mailto:jochoa@contactoandino.com.co
UID:2o5r8u1x4a7d0g3j6m9p2s5v8y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos Cárdenas;X-NUM-GUESTS=0:mailto:vrios@contactoandino.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofía Carvajal;X-NUM-GUESTS=0:mailto:sofiacarvajal.cc@gmail.com
DESCRIPTION:Día de prueba en piso de la candidata Sofía Carvajal (analista de calidad). Valentina la acompaña\, le asigna 10 escuchas y evalúa su calibración contra la tuya. Al final\, concepto a Gestión Humana.{GOOGLE_FOOTER_ES.format(meet='cta-dpr-sfc')}
LOCATION:Piso 4 - operación Helix
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de prueba candidata Sofía Carvajal - analista de calidad
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        "user-as-interviewer-candidate-trial-day-observer",
    ),
]
