# ruff: noqa: E501, W291, W293, RUF100
"""holdout266 events, part b: the user's own interviews, one round per employer."""

from holdout266ev_zones import (
    GOOGLE_FOOTER_ES,
    TEAMS_EN,
    TEAMS_ES,
    TZ_BOGOTA,
    TZ_SA_PACIFIC,
    WEBEX_ES,
    ZOOM_EN,
    fold,
)

EVENTS = [
    dict(
        kind="magneto-video-interview",
        uid="mgn-ve-20241009-77120-pulso@magneto-notificaciones.co",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Magneto//Agenda Candidatos//ES
METHOD:PUBLISH
{TZ_BOGOTA}
BEGIN:VEVENT
UID:mgn-ve-20241009-77120-pulso@magneto-notificaciones.co
DTSTAMP:20241007T121500Z
DTSTART;TZID=America/Bogota:20241009T070000
DTEND;TZID=America/Bogota:20241009T073000
SUMMARY:Videoentrevista Magneto - Analista Senior de WFM - Pulso BPO
DESCRIPTION:¡Hola Valentina! Pulso BPO te invita a presentar la videoentrevista de la vacante Analista Senior de WFM.\n\nResponderás 5 preguntas grabadas (máx. 2 minutos cada una) desde la app. Tienes plazo hasta el 9 de octubre a las 11:59 p. m.\n\nEntra a tu perfil de Magneto > Mis procesos > Pulso BPO.\n\nEquipo Magneto
LOCATION:App Magneto (videoentrevista asincrónica)
ORGANIZER;CN=Magneto Empleos:mailto:procesos@magneto-notificaciones.co
ATTENDEE;CN=Valentina Rios Cardenas;RSVP=FALSE:mailto:valentina.rios.cardenas@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Pulso BPO",
        role="Analista Senior de WFM",
        stage="recruiter_screen",
        interviewers="",
        trap="asynchronous-video-interview-local-platform",
        hiring=False,
    ),
    dict(
        kind="gmail-founder-invite",
        uid="1k4n7q0t3w6z9c2f5i8l1o4r7u@google.com",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241012T140000Z
DTEND:20241012T150000Z
DTSTAMP:20241009T233012Z
ORGANIZER;CN=Andrés Felipe Correa:mailto:andresfcorrea.llamadaverde@gmail.com
UID:1k4n7q0t3w6z9c2f5i8l1o4r7u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Felipe Correa;X-NUM-GUESTS=0:mailto:andresfcorrea.llamadaverde@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Vale\, qué bueno que aceptaste. Te cuento en persona la idea: estamos creciendo Llamada Verde (somos 80 agentes\, cuentas de energía solar y cobranza suave) y necesito alguien que asuma como Directora de Operaciones. Hablamos de tu experiencia\, de números y de lo que buscas. Invito yo el café ☕\n\nAndrés (fundador)
LOCATION:Pergamino Café\, Cra. 37 #8A-37\, El Poblado\, Medellín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Andrés / Valentina - cargo Directora de Operaciones Llamada Verde
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Llamada Verde",
        role="Directora de Operaciones",
        stage="hiring_manager",
        interviewers="andresfcorrea.llamadaverde@gmail.com",
        trap="founder-gmail-coffee-is-interview",
        hiring=False,
    ),
    dict(
        kind="elempleo-invite",
        uid="elempleo-cita-5532918-0001@elempleo-avisos.com.co",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//elempleo.com//Citaciones//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:elempleo-cita-5532918-0001@elempleo-avisos.com.co
DTSTAMP:20241015T150501Z
DTSTART;TZID=America/Bogota:20241018T080000
DTEND;TZID=America/Bogota:20241018T093000
SUMMARY:Citación: Prueba de inglés y entrevista - Coordinador(a) de Calidad Bilingüe - Servinorte Contact
DESCRIPTION:Señor(a) candidato(a):\nServinorte Contact S.A.S. lo cita a presentar prueba de inglés 
 oral y escrita (nivel mínimo B2) y entrevista con la Jefe de Selección\, Ma
 rcela Quintero\, para la vacante Coordinador(a) de Calidad Bilingüe.\nDirec
 ción: Calle 30 #65-15\, Bello\, Antioquia. Traer hoja de vida y fotocopia de
  la cédula.\nEsta citación fue enviada a través de elempleo.com
LOCATION:Servinorte Contact - Calle 30 #65-15\, Bello
ORGANIZER;CN=Servinorte Contact vía elempleo:mailto:citaciones@elempleo-avisos.com.co
ATTENDEE;CN=Marcela Quintero;ROLE=CHAIR:mailto:mquintero@servinorte.com.co
ATTENDEE;CN=VALENTINA RIOS;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Servinorte Contact",
        role="Coordinador(a) de Calidad Bilingüe",
        stage="technical",
        interviewers="mquintero@servinorte.com.co",
        trap="english-test-citacion-tzid-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="headhunter-invite",
        uid="5E3A9C21-7B4D-4F18-A0E6-3C9B2D8F1A77@talentoejecutivo.com.co",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
UID:5E3A9C21-7B4D-4F18-A0E6-3C9B2D8F1A77@talentoejecutivo.com.co
ORGANIZER;CN="Salazar, Ximena":mailto:xsalazar@talentoejecutivo.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos Cárdenas:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Toro, Gustavo":mailto:gtoro@alcanceoutsourcing.com
DESCRIPTION;LANGUAGE=es-CO:Valentina\, como hablamos por WhatsApp\, nuestro cliente Alcance Outsourcing quiere conocerte para el cargo de Gerente de Operaciones (sede Envigado\, 450 posiciones). Te entrevistará Gustavo Toro\, Vicepresidente de Operaciones. Yo no estaré en la llamada; después me cuentas cómo te fue.\n\nXimena Salazar\nSocia - Talento Ejecutivo Headhunters{TEAMS_ES.format(meeting='ZjMwYTk1ZGItYzE3', meeting_id='280 915 662 430', passcode='Aa4kP7')}
SUMMARY;LANGUAGE=es-CO:Alcance Outsourcing / V. Ríos - Gerente de Operaciones (vía Talento Ejecutivo)
DTSTART;TZID=SA Pacific Standard Time:20241023T170000
DTEND;TZID=SA Pacific Standard Time:20241023T180000
DTSTAMP:20241018T203317Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Alcance Outsourcing",
        role="Gerente de Operaciones",
        stage="hiring_manager",
        interviewers="gtoro@alcanceoutsourcing.com",
        trap="headhunter-organizer-client-employer",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="4b1e8h5k2n9q6t3w0z7c4f1i8l@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Valentina personal
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART:20241029T123000Z
DTEND:20241029T220000Z
DTSTAMP:20250301T153000Z
UID:4b1e8h5k2n9q6t3w0z7c4f1i8l@google.com
CREATED:20241025T004412Z
DESCRIPTION:Día de prueba en piso - proceso Jefe de Operaciones (cartera). 
 Acompañar a Rubén Darío Gómez (Gerente de Cartera) en la operación\, hacer 
 un análisis de la campaña de recuperación y presentarle a las 4 pm. Llevar 
 portátil. Pagan el día.
LAST-MODIFIED:20241025T004455Z
LOCATION:Cobranzas Integrales\, Centro Empresarial Suramericana Bloque 2\, Itagüí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de prueba Cobranzas Integrales
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cobranzas Integrales",
        role="Jefe de Operaciones",
        stage="onsite",
        interviewers="Rubén Darío Gómez",
        trap="paid-trial-day-export-no-attendees",
        hiring=False,
    ),
    dict(
        kind="calendly-invite",
        uid="f0e3d6c9-b2a5-4817-9e4d-7c1b0a3f6e92@calendly.com",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly 1.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e3d6c9-b2a5-4817-9e4d-7c1b0a3f6e92@calendly.com
DTSTAMP:20241030T183344Z
DTSTART:20241104T153000Z
DTEND:20241104T160000Z
SUMMARY:Valentina Ríos Cárdenas and Juliana Pérez
ORGANIZER;CN=Juliana Pérez:mailto:juliana.perez@mandao.app
ATTENDEE;CN=Juliana Pérez;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:juliana.perez@mandao.app
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Event Name: Screening 30 min - CX Quality Lead (Mandao)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/mnd-qxlt-wsa\n\nPlease share anything that will help prepare for our meeting.: Hola Juliana\, adjunto mi hoja de vida actualizada. Actualmente lidero un equipo de 22 asesores bilingües.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/f0e3d6c9-b2a5-4817-9e4d-7c1b0a3f6e92\nReschedule: https://calendly.com/reschedulings/f0e3d6c9-b2a5-4817-9e4d-7c1b0a3f6e92\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/mnd-qxlt-wsa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Mandao",
        role="CX Quality Lead",
        stage="recruiter_screen",
        interviewers="juliana.perez@mandao.app",
        trap="calendly-names-only-summary-user-booked",
        hiring=False,
    ),
    dict(
        kind="bookings-invite",
        uid="AAMkAGI2TGuLAAA=bookings-5f2c8a1e-sonriesalud",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Selección Sonríe Salud EPS:mailto:SeleccionSonrieSalud@sonriesalud.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gloria Inés Bedoya:mailto:gbedoya@sonriesalud.com.co
DESCRIPTION;LANGUAGE=es-CO:Se ha reservado su cita.\n\nServicio: Entrevista de selección - Coordinador(a) de Formación Contact Center\nPersonal: Gloria Inés Bedoya\nDuración: 45 minutos\n\nSi necesita realizar cambios\, use el vínculo "Administrar reserva" del correo de confirmación.\n\nMicrosoft Bookings{TEAMS_ES.format(meeting='NWE4YjFjMmQtOTg3', meeting_id='267 330 918 445', passcode='Ss9dR2')}
UID:AAMkAGI2TGuLAAA=bookings-5f2c8a1e-sonriesalud
SUMMARY;LANGUAGE=es-CO:Entrevista de selección - Coordinador(a) de Formación Contact Center
DTSTART;TZID=SA Pacific Standard Time:20241106T100000
DTEND;TZID=SA Pacific Standard Time:20241106T104500
DTSTAMP:20241101T140021Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Sonríe Salud EPS",
        role="Coordinador(a) de Formación Contact Center",
        stage="",
        interviewers="gbedoya@sonriesalud.com.co",
        trap="bookings-staff-member-shared-mailbox-organizer",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="8d5g2j9m6p3s0v7y4b1e8h5k2n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Búsqueda de empleo 2024
X-WR-TIMEZONE:America/Bogota
X-WR-CALDESC:procesos de selección
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20241109T073000
DTEND;TZID=America/Bogota:20241109T130000
DTSTAMP:20250301T153000Z
UID:8d5g2j9m6p3s0v7y4b1e8h5k2n@google.com
CREATED:20241101T120000Z
DESCRIPTION:Assessment center VuelaSur - Jefe de Servicio al Cliente (Conta
 ct Center). Dinámica grupal + role play con cliente molesto + entrevista co
 n la psicóloga y con Mauricio Duque (Gerente de Experiencia). Vestimenta fo
 rmal\, llevar lapicero.
LAST-MODIFIED:20241101T120400Z
LOCATION:VuelaSur - Aeropuerto Olaya Herrera\, Edificio Administrativo piso 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment center VuelaSur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="VuelaSur",
        role="Jefe de Servicio al Cliente (Contact Center)",
        stage="onsite",
        interviewers="Mauricio Duque",
        trap="saturday-assessment-center-calendar-export-tzid-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB010000000000000000100000004455667788990011AABBCCDDEEFF0011",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Marín, Liliana":mailto:lmarin@cajaandina.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sede San Juan - Aula 204:mailto:aula204.sanjuan@cajaandina.com.co
DESCRIPTION;LANGUAGE=es-CO:Cordial saludo\,\n\nLe informamos que continúa en el proceso de selección para el cargo Coordinador(a) de Capacitación - Centro de Contacto. Queda citada a la prueba de conocimientos (diseño instruccional\, andragogía\, e-learning) y a la microclase de 10 minutos ante el equipo evaluador de Formación.\n\nLiliana Marín\nProfesional de Selección
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB010000000000000000100000004455667788990011AABBCCDDEEFF0011
SUMMARY;LANGUAGE=es-CO:Prueba de conocimientos y microclase - Coordinador(a) de Capacitación
DTSTART;TZID=SA Pacific Standard Time:20241113T140000
DTEND;TZID=SA Pacific Standard Time:20241113T163000
DTSTAMP:20241108T171200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sede San Juan - Aula 204
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Caja Andina de Compensación",
        role="Coordinador(a) de Capacitación",
        stage="technical",
        interviewers="",
        trap="knowledge-test-microclass-room-only",
        hiring=False,
    ),
    dict(
        kind="google-cancelled",
        uid="9x6u3r0o7l4i1f8c5z2w9t6q3n@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20241119T200000Z
DTEND:20241119T204500Z
DTSTAMP:20241118T213301Z
ORGANIZER;CN=Tatiana Mejía:mailto:tmejia@quantumtalentbpo.com
UID:9x6u3r0o7l4i1f8c5z2w9t6q3n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tatiana Mejía;X-NUM-GUESTS=0:mailto:tmejia@quantumtalentbpo.com
DESCRIPTION:Este evento se ha cancelado.\n\nValentina\, te pedimos excusas: la vacante de Jefe de Calidad quedó congelada por el cliente. Te contactaremos si se reabre.{GOOGLE_FOOTER_ES.format(meet='qtb-jefe-cal')}
LAST-MODIFIED:20241118T213301Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista Jefe de Calidad - Quantum Talent BPO
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Quantum Talent BPO",
        role="Jefe de Calidad",
        stage="",
        interviewers="tmejia@quantumtalentbpo.com",
        trap="google-cancelled-position-frozen",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="B2D4F6A8-1C3E-4A5B-8D7F-9E0A1B2C3D4E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B2D4F6A8-1C3E-4A5B-8D7F-9E0A1B2C3D4E
DTSTAMP:20241120T232210Z
DTSTART:20241122T150000
DTEND:20241122T160000
SUMMARY:entrev kairos 3pm ger. ops
LOCATION:Kairos
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Soluciones Kairos",
        role="ger. ops",
        stage="",
        interviewers="",
        trap="terse-abbreviated-floating-no-attendees",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="7c2a9f14e6b84d3d9f0a1b2c3d4e5f60@omnicanalgroup.webex.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//ES
VERSION:2.0
METHOD:REQUEST
{TZ_BOGOTA}
BEGIN:VEVENT
UID:7c2a9f14e6b84d3d9f0a1b2c3d4e5f60@omnicanalgroup.webex.com
DTSTAMP:20241125T161010Z
DTSTART;TZID=America/Bogota:20241128T113000
DTEND;TZID=America/Bogota:20241128T123000
SUMMARY:Entrevista virtual - Workforce Manager - Valentina Ríos
ORGANIZER;CN=Esteban Cárdenas Villa:mailto:ecardenas@omnicanalgroup.com
ATTENDEE;CN=Valentina Ríos;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hola Valentina\, soy Esteban\, Gerente de Planeación de Omnicanal Group y líder del cargo de Workforce Manager. Conversemos una hora sobre tu experiencia con pronósticos\, mallas de turnos y control intradía.{WEBEX_ES.format(host='omnicanalgroup', meeting='8821', meeting_id='2634 118 0927', passcode='WFM2024')}
LOCATION:https://omnicanalgroup.webex.com/omnicanalgroup/j.php?MTID=m5e2f0a9c8821
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Omnicanal Group",
        role="Workforce Manager",
        stage="hiring_manager",
        interviewers="ecardenas@omnicanalgroup.com",
        trap="webex-same-surname-as-user",
        hiring=False,
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="d8a1f3c5-2b7e-4e9a-b6c4-0f1e2d3c4b5a",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20241126T020311Z
LAST-MODIFIED:20241126T020540Z
DTSTAMP:20241126T020540Z
UID:d8a1f3c5-2b7e-4e9a-b6c4-0f1e2d3c4b5a
SUMMARY:Llamada Teleservicios del Caribe - entrevista telefonica jefe formacion (BAQ)
DTSTART;TZID=America/Bogota:20241203T100000
DTEND;TZID=America/Bogota:20241203T103000
DESCRIPTION:me llama la sra. Yadira Polo de RRHH al cel. el cargo es remoto 
 con viajes a Barranquilla 1 vez al mes
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Teleservicios del Caribe",
        role="jefe formacion",
        stage="recruiter_screen",
        interviewers="Yadira Polo",
        trap="thunderbird-hand-typed-no-accents-phone",
        hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-3b7d1e9f-5a2c-4b8e-9d6f-1a0c2e4b6d8f@hire.lever.co",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-3b7d1e9f-5a2c-4b8e-9d6f-1a0c2e4b6d8f@hire.lever.co
DTSTAMP:20241202T141500Z
DTSTART:20241205T200000Z
DTEND:20241205T203000Z
SUMMARY:Mercado Fácil | Training Manager CX - Entrevista con People (Valentina Ríos)
ORGANIZER;CN=Mercado Fácil People:mailto:people@mercadofacil.co
ATTENDEE;CN=Isabela Franco;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:isabela.franco@mercadofacil.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:¡Hola Valentina!\n\nTe esperamos para una conversación con Isabela Franco\, People Partner\, sobre el rol de Training Manager CX. La idea es conocerte\, tus expectativas y validar algunos datos de tu perfil.\n\nÚnete aquí: https://meet.google.com/mfc-trng-mgr\n\nEquipo de People · Mercado Fácil
LOCATION:https://meet.google.com/mfc-trng-mgr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Mercado Fácil",
        role="Training Manager CX",
        stage="recruiter_screen",
        interviewers="isabela.franco@mercadofacil.co",
        trap="lever-people-partner-spanish",
        hiring=False,
    ),
    dict(
        kind="outlook-x-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Lopera, Natalia";SENT-BY="mailto:seleccion@seguroshorizonte.com.co":mailto:nlopera@seguroshorizonte.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ramírez, Óscar":mailto:oramirez@seguroshorizonte.com.co
DESCRIPTION;LANGUAGE=es-CO:Buenas tardes Valentina\,\n\nConfirmamos su entrevista para el cargo Líder de Calidad Contact Center con Natalia Lopera (Jefe de Servicio al Cliente) y Óscar Ramírez (Coordinador de Aseguramiento de Calidad).\n\nDirección: Cl. 49B #64B-78\, torre norte\, piso 6.\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Buenas tardes Valentina\,</p><p>Confirmamos su entrevista para el cargo <b>Líder de Calidad Contact Center</b> con Natalia Lopera (Jefe de Servicio al Cliente) y Óscar Ramírez (Coordinador de Aseguramiento de Calidad).</p><p>Dirección: Cl. 49B #64B-78\, torre norte\, piso 6.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-CO:Entrevista: Líder de Calidad Contact Center
DTSTART;TZID=SA Pacific Standard Time:20241210T150000
DTEND;TZID=SA Pacific Standard Time:20241210T160000
DTSTAMP:20241205T193300Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Seguros Horizonte - Torre Norte piso 6
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Seguros Horizonte",
        role="Líder de Calidad Contact Center",
        stage="hiring_manager",
        interviewers="nlopera@seguroshorizonte.com.co;oramirez@seguroshorizonte.com.co",
        trap="sent-by-shared-mailbox-x-alt-desc-company-only-in-location",
        hiring=False,
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20241211T011500Z
LAST-MODIFIED:20241211T011500Z
DTSTAMP:20241211T011500Z
UID:a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b
SUMMARY:Entrevista Enlace Total - Gerente de cuenta (cuenta retail)
DTSTART:20241213T080000
DTEND:20241213T090000
LOCATION:Enlace Total BPO\, Cl 12 Sur # 43-130\, 3er piso
DESCRIPTION:preguntar por Beatriz Londoño en recepcion
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Enlace Total BPO",
        role="Gerente de cuenta",
        stage="",
        interviewers="",
        trap="thunderbird-floating-contact-person-at-reception",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="C7E9A1B3-4D5F-4A6B-9C8D-7E6F5A4B3C2D",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C7E9A1B3-4D5F-4A6B-9C8D-7E6F5A4B3C2D
DTSTAMP:20241213T142001Z
DTSTART;TZID=America/Bogota:20241217T080000
DTEND;TZID=America/Bogota:20241217T110000
SUMMARY:Entrevista grupal CallPro (jefe de operaciones)
LOCATION:CallPro Medellín\nCra. 65 #45-20\, Medellín\, Antioquia\, Colombia
DESCRIPTION:van 6 candidatos. dinámica + caso. ir con blazer
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT45M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CallPro Medellín",
        role="jefe de operaciones",
        stage="onsite",
        interviewers="",
        trap="group-interview-hand-typed-other-candidates",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000B2C3D4E5F6A70819203A4B5C6D7E8F91",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Suárez, Kevin":mailto:ksuarez@digitekoutsourcing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ortiz, Laura":mailto:lortiz@digitekoutsourcing.com
DESCRIPTION;LANGUAGE=en-US:Hi Valentina\,\n\nAs discussed\, here's the invite for your interview for the WFM Manager position at our Bogotá delivery center. Laura Ortiz (VP Delivery) will join me. Part of the conversation will be in English since our clients are US-based.\n\nBest\,\nKevin Suárez | Head of Workforce Management{TEAMS_EN.format(meeting='Mzk0ZjE3YWEtNmJl', meeting_id='233 019 876 441', passcode='Dg5mK8')}
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000B2C3D4E5F6A70819203A4B5C6D7E8F91
SUMMARY;LANGUAGE=en-US:Interview | Digitek Outsourcing | WFM Manager
DTSTART;TZID=SA Pacific Standard Time:20250108T090000
DTEND;TZID=SA Pacific Standard Time:20250108T100000
DTSTAMP:20250103T151500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Digitek Outsourcing",
        role="WFM Manager",
        stage="hiring_manager",
        interviewers="ksuarez@digitekoutsourcing.com;lortiz@digitekoutsourcing.com",
        trap="english-teams-colombian-bpo",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3f6i9l2o5r8u1x4a7d0g3j6m9p@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250109T210000Z
DTEND:20250109T220000Z
DTSTAMP:20250106T174512Z
ORGANIZER;CN=Manuela Ríos:mailto:manuela.rios@grupoventura.com.co
UID:3f6i9l2o5r8u1x4a7d0g3j6m9p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Manuela Ríos;X-NUM-GUESTS=0:mailto:manuela.rios@grupoventura.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Santiago Echeverri;X-NUM-GUESTS=0:mailto:sechaverri@grupoventura.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Entrevista con Santiago Echeverri\, Gerente de Experiencia del Cliente\, para la vacante Jefe de Contact Center Omnicanal (tiendas + e-commerce). Manuela (Selección) hace la introducción.{GOOGLE_FOOTER_ES.format(meet='gvr-cxjf-omn')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista gerente CX - Grupo Ventura
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Grupo Ventura",
        role="Jefe de Contact Center Omnicanal",
        stage="hiring_manager",
        interviewers="sechaverri@grupoventura.com.co",
        trap="recruiter-shares-user-surname-intro-only",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-RCM-INT-20250114-000512207@telcoandina.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BOGOTA}
BEGIN:VEVENT
UID:SF-RCM-INT-20250114-000512207@telcoandina.com
DTSTAMP:20250114T130001Z
DTSTART;TZID=America/Bogota:20250117T140000
DTEND;TZID=America/Bogota:20250117T150000
SUMMARY:Interview Invitation: Quality Assurance Manager - Customer Care (Req 51220)
DESCRIPTION:Dear Valentina Ríos Cárdenas\,\n\nYou are invited to an interview for the position Quality Assurance Manager - Customer Care (Req 51220) at Telco Andina Móvil.\n\nInterview panel:\n- Felipe Cardona\, Director Customer Care\n- Ana María Gallo\, HRBP\n\nLocation: Torre Telco Andina\, Cra. 43A #1-50\, piso 14\, Medellín\n\nPlease accept this invitation to confirm.\n\nTelco Andina Móvil Recruiting
ORGANIZER;CN=Telco Andina Recruiting:mailto:sf-recruiting@telcoandina.com
ATTENDEE;CN=Felipe Cardona;ROLE=REQ-PARTICIPANT:mailto:fcardona@telcoandina.com
ATTENDEE;CN=Ana María Gallo;ROLE=REQ-PARTICIPANT:mailto:amgallo@telcoandina.com
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
LOCATION:Torre Telco Andina piso 14
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Telco Andina Móvil",
        role="Quality Assurance Manager - Customer Care",
        stage="onsite",
        interviewers="fcardona@telcoandina.com;amgallo@telcoandina.com",
        trap="successfactors-english-panel-local-telco",
        hiring=False,
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000099887766AA55DB01000000000000000010000000C3D4E5F6A7B8091A2B3C4D5E6F7A8B9C",
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Giraldo, Adriana":mailto:agiraldo@coopavanzar.coop
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION;LANGUAGE=es-CO:Valentina: te confirmo la entrevista para Coordinador(a) Centro de Contacto de la Cooperativa Avanzar. Te atiendo yo (Adriana Giraldo\, Jefe de Talento Humano) en la sede administrativa de Rionegro. Hay parqueadero para visitantes.\n
UID:040000008200E00074C5B7101A82E0080000000099887766AA55DB01000000000000000010000000C3D4E5F6A7B8091A2B3C4D5E6F7A8B9C
SUMMARY;LANGUAGE=es-CO:Entrevista - Coordinador Centro de Contacto
DTSTART;TZID=SA Pacific Standard Time:20250120T080000
DTEND;TZID=SA Pacific Standard Time:20250120T090000
DTSTAMP:20250115T201212Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sede administrativa Rionegro
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Cooperativa Avanzar",
        role="Coordinador Centro de Contacto",
        stage="recruiter_screen",
        interviewers="agiraldo@coopavanzar.coop",
        trap="windows-zone-without-vtimezone-hr-head",
        hiring=False,
    ),
    dict(
        kind="agency-invite",
        uid="empleosantioquia-entrev-2025-0042@grupoempleosantioquia.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250124T143000Z
DTEND:20250124T153000Z
DTSTAMP:20250121T160055Z
ORGANIZER;CN=Yuliana Restrepo - Grupo Empleos Antioquia:mailto:yrestrepo@grupoempleosantioquia.com
UID:empleosantioquia-entrev-2025-0042@grupoempleosantioquia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hugo Alzate;X-NUM-GUESTS=0:mailto:halzate@almaceneslamontana.com.co
DESCRIPTION:Buen día Valentina\, como te comenté por teléfono\, nuestro cliente Almacenes La Montaña te quiere entrevistar para la vacante de Jefe de Servicio al Cliente (contact center + PQRS de 42 tiendas). Te entrevista Hugo Alzate\, Gerente Comercial. Nosotros (la temporal) hacemos el acompañamiento.{GOOGLE_FOOTER_ES.format(meet='gea-mntn-jsc')}
LOCATION:Almacenes La Montaña - Oficina principal\, Autopista Sur #32-10\, Itagüí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista cliente Almacenes La Montaña - Jefe de Servicio al Cliente
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Almacenes La Montaña",
        role="Jefe de Servicio al Cliente",
        stage="hiring_manager",
        interviewers="halzate@almaceneslamontana.com.co",
        trap="temp-agency-organizer-entrevista-cliente-means-employer",
        hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zm-9173385542-convergent@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250127T220101Z
DTSTART:20250130T160000Z
DTEND:20250130T170000Z
SUMMARY:Final Interview - Operations Manager\, Spanish LOB - V. Rios
UID:zm-9173385542-convergent@zoom.us
DESCRIPTION:Brandon Hughes is inviting you to a scheduled Zoom meeting.\n\nValentina - final round with Brandon Hughes (SVP Operations) and Gabriela Soto (Site Director\, Medellín). Expect a 15-min presentation of your 90-day plan for the Spanish line of business.{ZOOM_EN.format(host='convergentsupport', meeting='91733855420', meeting_id='917 3385 5420', passcode='OPS90')}
ORGANIZER;CN=Brandon Hughes:mailto:bhughes@convergentsupport.com
ATTENDEE;CN=Gabriela Soto;ROLE=REQ-PARTICIPANT:mailto:gsoto@convergentsupport.com
ATTENDEE;CN=valentina.rios.cardenas@gmail.com;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
LOCATION:https://convergentsupport.zoom.us/j/91733855420
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Convergent Support",
        role="Operations Manager, Spanish LOB",
        stage="final",
        interviewers="bhughes@convergentsupport.com;gsoto@convergentsupport.com",
        trap="zoom-final-escaped-comma-in-role",
        hiring=False,
    ),
    dict(
        kind="calendly-invite",
        uid="2c4e6a8b-0d1f-4e3a-b5c7-9d1e3f5a7b9c@calendly.com",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly 1.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:2c4e6a8b-0d1f-4e3a-b5c7-9d1e3f5a7b9c@calendly.com
DTSTAMP:20250129T031500Z
DTSTART:20250204T150000Z
DTEND:20250204T154500Z
SUMMARY:Valentina Rios and Emily Carter
ORGANIZER;CN=Emily Carter:mailto:emily@nubiasoftware.io
ATTENDEE;CN=Emily Carter;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:emily@nubiasoftware.io
ATTENDEE;CN=Valentina Rios;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Event Name: Hiring Manager Interview - Customer Success Training Lead (Remote\, LATAM)\n\nLocation: This is a Zoom web conference.\nhttps://nubiasoftware.zoom.us/j/86630194472\n\nPlease share anything that will help prepare for our meeting.: I've attached the onboarding curriculum sample you asked for.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/2c4e6a8b-0d1f-4e3a-b5c7-9d1e3f5a7b9c\nReschedule: https://calendly.com/reschedulings/2c4e6a8b-0d1f-4e3a-b5c7-9d1e3f5a7b9c\n\nPowered by Calendly.com
LOCATION:https://nubiasoftware.zoom.us/j/86630194472
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Nubia Software",
        role="Customer Success Training Lead (Remote, LATAM)",
        stage="hiring_manager",
        interviewers="emily@nubiasoftware.io",
        trap="calendly-us-remote-company-only-in-domain",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F809",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Valencia, Diana Marcela":mailto:dvalencia@interaccionespacifico.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mosquera, Jhon Jairo":mailto:jmosquera@interaccionespacifico.com
DESCRIPTION;LANGUAGE=es-CO:Valentina\, buen día. Te envío la citación a la entrevista por competencias (liderazgo\, orientación a resultados\, manejo de crisis) para el cargo Gerente de Operaciones - sede Cali. Te entrevistamos Jhon Jairo Mosquera (Gerente General) y yo (Diana Valencia\, Directora de Gestión Humana).{TEAMS_ES.format(meeting='YjE0ZDc5ZTItMzVh', meeting_id='215 448 930 127', passcode='Cl7nB4')}
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F809
SUMMARY;LANGUAGE=es-CO:Entrevista por competencias - Gerente de Operaciones (Cali)
DTSTART;TZID=SA Pacific Standard Time:20250211T100000
DTEND;TZID=SA Pacific Standard Time:20250211T113000
DTSTAMP:20250206T200300Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Interacciones del Pacífico",
        role="Gerente de Operaciones",
        stage="hiring_manager",
        interviewers="dvalencia@interaccionespacifico.com;jmosquera@interaccionespacifico.com",
        trap="competency-interview-company-only-in-domain",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="6i9l2o5r8u1x4a7d0g3j6m9p2s@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250214T133000Z
DTEND:20250214T140000Z
DTSTAMP:20250211T150512Z
ORGANIZER;CN=Talento Humano Clínica Santa Lucía:mailto:talentohumano@clinicasantalucia.com.co
UID:6i9l2o5r8u1x4a7d0g3j6m9p2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Andrea Cifuentes;X-NUM-GUESTS=0:mailto:pcifuentes@clinicasantalucia.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Primer filtro telefónico/virtual con Paola Andrea Cifuentes (Analista de Talento) para la vacante Coordinadora de Agendamiento y Contact Center. 30 minutos.{GOOGLE_FOOTER_ES.format(meet='csl-agen-ccx')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Primer filtro - Coordinadora de Agendamiento y Contact Center
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Clínica Santa Lucía",
        role="Coordinadora de Agendamiento y Contact Center",
        stage="recruiter_screen",
        interviewers="pcifuentes@clinicasantalucia.com.co",
        trap="primer-filtro-wording-shared-mailbox",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20250217T013000Z
DTSTART:20250219T140000
DTEND:20250219T153000
SUMMARY:Vitalink - entrevista con psicóloga + pruebas (proceso jefe ops telemedicina)
LOCATION:Vitalink Telemedicina\, Cl 7 #39-290 of. 1102
DESCRIPTION:psicóloga Lina M. Rendón. dicen q dura hora y media
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vitalink Telemedicina",
        role="jefe ops telemedicina",
        stage="",
        interviewers="Lina M. Rendón",
        trap="psychologist-interview-colombian-selection-floating",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-R-0045120-2@bancosemilla.wd3.myworkdayjobs.com",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-0045120-2@bancosemilla.wd3.myworkdayjobs.com
DTSTAMP:20250219T150000Z
DTSTART:20250224T190000Z
DTEND:20250224T200000Z
SUMMARY:Entrevista programada: R-0045120 Gerente de Canales de Atención - Valentina Ríos Cárdenas
DESCRIPTION:Detalles de la entrevista\n\nCandidato: Valentina Ríos Cárdenas\nSolicitud de empleo: R-0045120 Gerente de Canales de Atención\nTipo de entrevista: Entrevista con el gerente de contratación\nEntrevistador: Rodrigo Patiño (Vicepresidente de Servicio)\nLugar: Oficina principal Banco Semilla\, Cra 50 #52-22\, piso 8\n\nBanco Semilla - Talento y Cultura
ORGANIZER;CN=Banco Semilla Reclutamiento:mailto:workday-noreply@bancosemilla.com.co
ATTENDEE;CN=Rodrigo Patiño;ROLE=REQ-PARTICIPANT:mailto:rpatino@bancosemilla.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
LOCATION:Oficina principal Banco Semilla piso 8
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Banco Semilla",
        role="Gerente de Canales de Atención",
        stage="hiring_manager",
        interviewers="rpatino@bancosemilla.com.co",
        trap="workday-spanish-localised",
        hiring=False,
    ),
    dict(
        kind="headhunter-invite",
        uid="hc-2025-0227-vrios-fonoexpress@hunterscolombia.co",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=valentina.rios.cardenas@gmail.com;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CN="Arango Villegas, Ricardo";RSVP=TRUE:mailto:rarango@fonoexpress.com.co
CLASS:PUBLIC
CREATED:20250225T140000Z
DESCRIPTION:Valentina\, confirmada tu entrevista con Ricardo Arango Villegas\, Gerente General de Fonoexpress\, para la posición Gerente de WFM y Planeación. Recuerda lo que hablamos: ellos valoran mucho la experiencia con marcadores predictivos.\n\nCatalina Vásquez\nHunters & Co. Colombia\n
DTEND;TZID="SA Pacific Standard Time":20250227T180000
DTSTAMP:20250225T140000Z
DTSTART;TZID="SA Pacific Standard Time":20250227T170000
LAST-MODIFIED:20250225T140000Z
LOCATION:Fonoexpress - Cl 19 #80-60\, Bogotá (presencial)
ORGANIZER;CN="Vásquez, Catalina":mailto:cvasquez@hunterscolombia.co
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista Fonoexpress - Gerente de WFM y Planeación (Hunters & Co.)
TRANSP:OPAQUE
UID:hc-2025-0227-vrios-fonoexpress@hunterscolombia.co
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOSTARTCHECK:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fonoexpress",
        role="Gerente de WFM y Planeación",
        stage="hiring_manager",
        interviewers="rarango@fonoexpress.com.co",
        trap="outlook-desktop-headhunter-quoted-tzid-bogota-trip",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T220000Z
DTEND:20250305T230000Z
DTSTAMP:20250303T190044Z
ORGANIZER;CN=Carlos Mario Zuluaga:mailto:czuluaga@edunova.edu.co
UID:0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carlos Mario Zuluaga;X-NUM-GUESTS=0:mailto:czuluaga@edunova.edu.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luz Elena Posada;X-NUM-GUESTS=0:mailto:lposada@edunova.edu.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Entrevista final para Coordinadora de Formación del Centro de Atención a Estudiantes. Rector Carlos Mario Zuluaga y Vicerrectora Luz Elena Posada. Es después de tu jornada para que no tengas que pedir permiso 🙂{GOOGLE_FOOTER_ES.format(meet='edn-form-fin')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final EduNova - Coordinadora de Formación
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="EduNova",
        role="Coordinadora de Formación",
        stage="final",
        interviewers="czuluaga@edunova.edu.co;lposada@edunova.edu.co",
        trap="evening-utc-final-university-contact-center",
        hiring=False,
    ),
    dict(
        kind="hotmail-founder-invite",
        uid="AQMkADAwATM0MDAAMS1hNWQ3LTk4ZjEtMDACLTAwCgBGAAADsoporteagil0310",
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Camilo Restrepo:mailto:camilo_restrepo_soporteagil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION;LANGUAGE=es-CO:Hola Valentina\, te escribe Camilo\, fundador de Soporte Ágil (soporte técnico tercerizado\, 60 personas). Me pasó tu contacto Juliana. Quiero hablarte del cargo de Jefe de Operaciones que estamos abriendo\, contarte cómo trabajamos y escuchar tu experiencia. Nos vemos en la oficina o si prefieres por Teams.\n
UID:AQMkADAwATM0MDAAMS1hNWQ3LTk4ZjEtMDACLTAwCgBGAAADsoporteagil0310
SUMMARY:Reunión Camilo / Valentina - Jefe de Operaciones Soporte Ágil
DTSTART;TZID=SA Pacific Standard Time:20250310T173000
DTEND;TZID=SA Pacific Standard Time:20250310T183000
DTSTAMP:20250306T224455Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Soporte Ágil - Cl 10 #43E-31 of. 305
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Soporte Ágil",
        role="Jefe de Operaciones",
        stage="hiring_manager",
        interviewers="camilo_restrepo_soporteagil@hotmail.com",
        trap="founder-hotmail-reunion-wording",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8091A",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Cano, Esteban":mailto:ecano@activabpo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mónica Ferrer:mailto:mferrer@movilplus-telecom.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Cano, Esteban":mailto:ecano@activabpo.com
DESCRIPTION;LANGUAGE=es-CO:Valentina\, el cliente (MóvilPlus) pidió conocer a la candidata finalista a Gerente de Cuenta antes de la oferta. Te entrevistarán Mónica Ferrer (Gerente de Servicio de MóvilPlus) y yo (Esteban Cano\, Director de Operaciones Activa BPO). Preparar: tu lectura de los indicadores de la cuenta (FCR 68%\, NPS 21) y plan de choque.{TEAMS_ES.format(meeting='ZGM0ZTVmNmEtNzg5', meeting_id='209 771 365 814', passcode='Ac2vM6')}
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8091A
SUMMARY;LANGUAGE=es-CO:Entrevista con el cliente MóvilPlus - candidata Gerente de Cuenta (V. Ríos)
DTSTART;TZID=SA Pacific Standard Time:20250312T160000
DTEND;TZID=SA Pacific Standard Time:20250312T170000
DTSTAMP:20250307T181200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Activa BPO",
        role="Gerente de Cuenta",
        stage="final",
        interviewers="mferrer@movilplus-telecom.example.com;ecano@activabpo.com",
        trap="client-interview-candidata-word-like-hiring-side",
        hiring=False,
    ),
]
