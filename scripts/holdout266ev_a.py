# ruff: noqa: E501, W291, W293, RUF100
"""holdout266 events, part a: the user's own interviews at employers with several rounds."""

from holdout266ev_zones import (
    GOOGLE_FOOTER_EN,
    GOOGLE_FOOTER_ES,
    TEAMS_DE,
    TEAMS_EN,
    TEAMS_ES,
    TZ_BOGOTA,
    TZ_EASTERN,
    TZ_MADRID,
    TZ_NEW_YORK,
    TZ_ROMANCE,
    TZ_SA_PACIFIC,
    TZ_UTC5_LABEL,
    ZOOM_EN,
    ZOOM_ES,
    fold,
)

EVENTS = [
    # ---------------- Conectia BPO: three rounds ----------------
    dict(
        kind="computrabajo-invite",
        uid="ct-conv-88213457-entrev-1@computrabajo-mailer.com.co",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Computrabajo//Gestor de Convocatorias 4.2//ES
METHOD:REQUEST
CALSCALE:GREGORIAN
{TZ_BOGOTA}
BEGIN:VEVENT
UID:ct-conv-88213457-entrev-1@computrabajo-mailer.com.co
DTSTAMP:20241001T143012Z
DTSTART;TZID=America/Bogota:20241003T090000
DTEND;TZID=America/Bogota:20241003T093000
SUMMARY:Entrevista telefónica - Gerente de Operaciones Cuenta Bilingüe - CONECTIA BPO S.A.S.
DESCRIPTION:Hola Valentina\,\n\nLa empresa CONECTIA BPO S.A.S. revisó tu hoja de vida para la oferta "Gerente de Operaciones - Cuenta Bilingüe (Medellín)" y te invita a una entrevista telefónica.\n\nTe llamará: Luisa Fernanda Montoya (Analista de Selección)\nTeléfono de contacto: +57 604 555 0132\n\nRecuerda tener a mano tu aspiración salarial y tu disponibilidad.\n\nPuedes confirmar o cancelar tu asistencia desde tu cuenta en Computrabajo > Mis postulaciones.\n\nComputrabajo Colombia
LOCATION:Llamada telefónica
ORGANIZER;CN=CONECTIA BPO S.A.S. (vía Computrabajo):mailto:no-reply@computrabajo-mailer.com.co
ATTENDEE;CN=Luisa Fernanda Montoya;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lmontoya@conectiabpo.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Conectia BPO",
        role="Gerente de Operaciones - Cuenta Bilingüe",
        stage="recruiter_screen",
        interviewers="lmontoya@conectiabpo.com.co",
        trap="job-board-phone-screen-via-platform-organizer",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3mq8l0v1r2kd9f7c6p0s4htb1e@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241008T140000Z
DTEND:20241008T160000Z
DTSTAMP:20241004T211502Z
ORGANIZER;CN=Selección Conectia:mailto:seleccion@conectiabpo.com.co
UID:3mq8l0v1r2kd9f7c6p0s4htb1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Selección Conectia;X-NUM-GUESTS=0:mailto:seleccion@conectiabpo.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natalia Ruiz Ospina;X-NUM-GUESTS=0:mailto:nruiz@conectiabpo.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1948201537
CREATED:20241004T211459Z
DESCRIPTION:Valentina\, buenas tardes.\n\nContinuando con el proceso para el cargo de Gerente de Operaciones\, te citamos a la prueba psicotécnica (16PF y razonamiento) y a la prueba de conocimientos en indicadores de contact center (AHT\, ocupación\, nivel de servicio\, adherencia). La aplica la psicóloga Natalia Ruiz por Meet con cámara encendida.\n\nDuración aproximada: 2 horas. Conéctate desde un computador con buena conexión.\n\nÉxitos\,\nEquipo de Selección - Conectia BPO{GOOGLE_FOOTER_ES.format(meet='kqz-rbtw-mhe')}
LAST-MODIFIED:20241004T211501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba psicotécnica y de conocimientos - Valentina Ríos (Gerente de Operaciones)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Conectia BPO",
        role="Gerente de Operaciones",
        stage="technical",
        interviewers="nruiz@conectiabpo.com.co",
        trap="psychometric-test-as-selection-round",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="7F1C2A9E-55B0-4E8D-9C3A-0D2B8E6F4A11",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7F1C2A9E-55B0-4E8D-9C3A-0D2B8E6F4A11
DTSTAMP:20241011T012233Z
CREATED:20241011T012201Z
DTSTART:20241015T163000
DTEND:20241015T173000
SUMMARY:2da entrev conectia - ger ops con el sr Jaramillo!!
LOCATION:Conectia sede Poblado\, Cra 43A #7-50 piso 9
DESCRIPTION:llevar hoja de vida impresa + certificados. preguntar x bonos y horario
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
X-WR-ALARMUID:0C6B2E7A-1B1F-4B85-A2C5-8E6D7B0F9A02
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Conectia BPO",
        role="Gerente de Operaciones",
        stage="hiring_manager",
        interviewers="sr Jaramillo",
        trap="terse-floating-second-round-abbreviations",
        hiring=False,
    ),
    # ---------------- Nexa Contact Center: assessment centre and final ----------------
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B0C3A18F1C1ADB010000000000000000100000002F4B8E1A9C7D3A49B1E0D2C7A5F36E81",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Zapata, Mónica":mailto:mzapata@nexacontact.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gil, Sebastián":mailto:sgil@nexacontact.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zapata, Mónica":mailto:mzapata@nexacontact.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sala Capacitación 2 (Torre Nexa piso 3):mailto:sala.capacitacion2@nexacontact.co
DESCRIPTION;LANGUAGE=es-CO:Buenos días\,\n\nLa invitamos al Assessment Center del proceso Jefe de Workforce Management. La jornada incluye: ejercicio de dimensionamiento (Erlang)\, caso grupal con otros finalistas\, presentación individual y entrevista por competencias con los observadores Mónica Zapata (Gerente de Gestión Humana) y Sebastián Gil (Director de Planeación).\n\nPresentarse 15 minutos antes con documento de identidad en la recepción de la Torre Nexa\, Calle 10 Sur #50FF-28\, Medellín.\n\nCordialmente\,\nMónica Zapata\n
UID:040000008200E00074C5B7101A82E00800000000B0C3A18F1C1ADB010000000000000000100000002F4B8E1A9C7D3A49B1E0D2C7A5F36E81
SUMMARY;LANGUAGE=es-CO:Assessment Center - Jefe de Workforce Management
DTSTART;TZID=SA Pacific Standard Time:20241022T080000
DTEND;TZID=SA Pacific Standard Time:20241022T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241016T153300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Capacitación 2 (Torre Nexa piso 3)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Nexa Contact Center",
        role="Jefe de Workforce Management",
        stage="onsite",
        interviewers="mzapata@nexacontact.co;sgil@nexacontact.co",
        trap="outlook-windows-zone-assessment-center-room",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by",
        uid="040000008200E00074C5B7101A82E00800000000D1F7E22A6B25DB01000000000000000010000000A81C3F0E5D4B2F4C8E7A9B1D6C0F2E53",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Restrepo, Carolina";SENT-BY="mailto:asistente.presidencia@nexacontact.co":mailto:crestrepo@nexacontact.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Rios:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zapata, Mónica":mailto:mzapata@nexacontact.co
DESCRIPTION;LANGUAGE=es-CO:Valentina\, buenas tardes.\n\nPor instrucción de la Dra. Carolina Restrepo (Gerente General) le agendo la entrevista final del proceso Jefe de Workforce Management. Mónica Zapata queda como invitada opcional para coordinar los siguientes pasos.\n\nLugar: Oficina de Presidencia\, Torre Nexa piso 12.\n\nAtentamente\,\nDiana Cárdenas - Asistente de Presidencia\n
UID:040000008200E00074C5B7101A82E00800000000D1F7E22A6B25DB01000000000000000010000000A81C3F0E5D4B2F4C8E7A9B1D6C0F2E53
SUMMARY;LANGUAGE=es-CO:Entrevista final Jefe WFM - Valentina Ríos / Dra. Carolina Restrepo
DTSTART;TZID=SA Pacific Standard Time:20241029T150000
DTEND;TZID=SA Pacific Standard Time:20241029T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241024T191015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Oficina Presidencia - Torre Nexa piso 12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Nexa Contact Center",
        role="Jefe de Workforce Management",
        stage="final",
        interviewers="crestrepo@nexacontact.co",
        trap="sent-by-assistant-final-optional-coordinator",
        hiring=False,
    ),
    # ---------------- Tiendamás: three rounds ----------------
    dict(
        kind="greenhouse-invite",
        uid="gh-interview-5519374002-87124@tiendamas.com.co",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5519374002-87124@tiendamas.com.co
DTSTAMP:20241104T160512Z
DTSTART:20241107T150000Z
DTEND:20241107T153000Z
SUMMARY:Tiendamás: Recruiter Screen - Valentina Ríos Cárdenas (Customer Experience Lead)
ORGANIZER;CN=Tiendamás Recruiting:mailto:talento@tiendamas.com.co
ATTENDEE;CN=Mateo Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mherrera@tiendamas.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hola Valentina\,\n\n¡Gracias por tu interés en Tiendamás! Esta es una conversación de 30 minutos con Mateo Herrera (Talent Acquisition Partner) para conocer tu experiencia liderando equipos de servicio al cliente y contarte sobre el rol de Customer Experience Lead.\n\nPrivacy notice: Tiendamás uses Greenhouse to manage its hiring process.{GOOGLE_FOOTER_ES.format(meet='tmx-pqha-fwe')}
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Tiendamás",
        role="Customer Experience Lead",
        stage="recruiter_screen",
        interviewers="mherrera@tiendamas.com.co",
        trap="ats-english-boilerplate-spanish-body",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="0b7t5e2nq4v8c1kzr6m3a9d5fh@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241114T140000Z
DTEND:20241114T153000Z
DTSTAMP:20241108T220144Z
ORGANIZER;CN=Mateo Herrera:mailto:mherrera@tiendamas.com.co
UID:0b7t5e2nq4v8c1kzr6m3a9d5fh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mateo Herrera;X-NUM-GUESTS=0:mailto:mherrera@tiendamas.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Uribe;X-NUM-GUESTS=0:mailto:duribe@tiendamas.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felipe Arango;X-NUM-GUESTS=0:mailto:farango@tiendamas.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Caso práctico - Customer Experience Lead\n\nValentina\, te compartimos el caso por correo 48 horas antes. En la sesión presentas tu propuesta (20 min) para bajar el tiempo de primera respuesta en chat y subir el CSAT de devoluciones\, y luego conversas con Daniela Uribe (Head of CX) y Felipe Arango (Gerente de Operaciones Logísticas). Mateo acompaña como coordinador del proceso.{GOOGLE_FOOTER_ES.format(meet='bwa-ztcj-yrk')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tiendamás | Caso práctico CX - Valentina Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Tiendamás",
        role="Customer Experience Lead",
        stage="technical",
        interviewers="duribe@tiendamas.com.co;farango@tiendamas.com.co",
        trap="case-presentation-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="zoom-reschedule",
        uid="zm-8431195520-tiendamas-final@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BOGOTA}
BEGIN:VEVENT
DTSTAMP:20241121T131802Z
DTSTART;TZID=America/Bogota:20241127T080000
DTEND;TZID=America/Bogota:20241127T084500
SUMMARY:Reprogramada: Entrevista final Tiendamás - Customer Experience Lead (VP CX)
UID:zm-8431195520-tiendamas-final@zoom.us
SEQUENCE:2
TZID:America/Bogota
DESCRIPTION:Hola Valentina\, por agenda de Ricardo movemos la entrevista final del martes al miércoles 27 a las 8:00 a.m. ¡Mil gracias por la flexibilidad!\n\nRicardo Salazar (VP Customer Experience) te invita a una reunión de Zoom programada.{ZOOM_ES.format(host='tiendamas', meeting='84311955204', meeting_id='843 1195 5204', passcode='CX2024')}
ORGANIZER;CN=Ricardo Salazar:mailto:rsalazar@tiendamas.com.co
ATTENDEE;CN=Valentina Ríos Cárdenas;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CN=Mateo Herrera;ROLE=OPT-PARTICIPANT:mailto:mherrera@tiendamas.com.co
LOCATION:https://tiendamas.zoom.us/j/84311955204?pwd=TFp2a0N3d1RzZ1hB
STATUS:CONFIRMED
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Tiendamás",
        role="Customer Experience Lead",
        stage="final",
        interviewers="rsalazar@tiendamas.com.co",
        trap="rescheduled-sequence-2-zoom-recruiter-optional",
        hiring=False,
    ),
    # ---------------- Banco Cordillera: psychometric test and committee ----------------
    dict(
        kind="successfactors-invite",
        uid="SF-RCM-INT-20241112-000448913@bancocordillera.com.co",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-RCM-INT-20241112-000448913@bancocordillera.com.co
DTSTAMP:20241112T180055Z
DTSTART:20241118T130000Z
DTEND:20241118T150000Z
SUMMARY:Invitación: Evaluación psicotécnica virtual - Req 44891 Coordinador(a) Centro de Contacto
DESCRIPTION:Apreciado(a) candidato(a) VALENTINA RIOS CARDENAS\,\n\nBanco Cordillera le informa que ha sido seleccionado(a) para continuar en el proceso de la vacante Coordinador(a) Centro de Contacto (Requisición 44891).\n\nLa evaluación psicotécnica se realizará en línea en la plataforma Evaluar360 con el enlace que recibirá el mismo día. No requiere entrevistador.\n\nEste mensaje fue generado automáticamente. Por favor no responda.\n\nGerencia de Talento - Banco Cordillera
ORGANIZER;CN=Banco Cordillera Talento:mailto:noreply-sf@bancocordillera.com.co
ATTENDEE;CN=VALENTINA RIOS CARDENAS;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
LOCATION:Virtual - Evaluar360
STATUS:CONFIRMED
SEQUENCE:0
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Banco Cordillera",
        role="Coordinador(a) Centro de Contacto",
        stage="technical",
        interviewers="",
        trap="bank-ats-online-test-no-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-label-zone",
        uid="040000008200E00074C5B7101A82E00800000000E84F0C3B9A3ADB01000000000000000010000000B3E5D1A07C9F6E41A2D8F3C5E7B90D14",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC5_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Betancur Ríos, Paula Andrea":mailto:pbetancur@bancocordillera.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cárdenas, Valentina Ríos":mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Londoño, Jorge Iván":mailto:jlondono@bancocordillera.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vélez, Sara":mailto:svelez@bancocordillera.com.co
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Videobeam portátil 04:mailto:videobeam04@bancocordillera.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=DG-P7-Sala Comité Talento:mailto:dg-p7-salacomite@bancocordillera.com.co
DESCRIPTION;LANGUAGE=es-CO:Entrevista con comité – Coordinador(a) Centro de Contacto (Req. 44891)\n\nComité: Jorge Iván Londoño (Director Canales de Servicio)\, Sara Vélez (Jefe de Experiencia del Cliente) y Paula Andrea Betancur (Business Partner de Talento).\n\nFavor traer cédula\, presentarse en la portería de la Dirección General (Cra 48 #26-85) y reclamar el carné de visitante.\n
UID:040000008200E00074C5B7101A82E00800000000E84F0C3B9A3ADB01000000000000000010000000B3E5D1A07C9F6E41A2D8F3C5E7B90D14
SUMMARY;LANGUAGE=es-CO:Entrevista comité - Req 44891 - Ríos Cárdenas Valentina
DTSTART;TZID="(UTC-05:00) Bogotá, Lima, Quito, Rio Branco":20241126T100000
DTEND;TZID="(UTC-05:00) Bogotá, Lima, Quito, Rio Branco":20241126T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241120T142210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:DG-P7-Sala Comité Talento
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Banco Cordillera",
        role="Coordinador(a) Centro de Contacto",
        stage="onsite",
        interviewers="pbetancur@bancocordillera.com.co;jlondono@bancocordillera.com.co;svelez@bancocordillera.com.co",
        trap="utc-label-zone-committee-room-resource-surname-first",
        hiring=False,
    ),
    # ---------------- BrightPath Support (US, remote): three rounds ----------------
    dict(
        kind="lever-invite",
        uid="lever-4c1f2d7e-9b8a-4a61-8f3e-2b7d0c5a9e14@hire.lever.co",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduler//EN
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:lever-4c1f2d7e-9b8a-4a61-8f3e-2b7d0c5a9e14@hire.lever.co
DTSTAMP:20241202T170144Z
DTSTART;TZID=America/New_York:20241205T100000
DTEND;TZID=America/New_York:20241205T103000
SUMMARY:Valentina Rios <> BrightPath | Recruiter Screen (Workforce Manager - Remote LATAM)
ORGANIZER;CN=Kayla Morgan:mailto:kayla.morgan@brightpathsupport.com
ATTENDEE;CN=Kayla Morgan;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:kayla.morgan@brightpathsupport.com
ATTENDEE;CN=Valentina Rios;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hi Valentina\,\n\nLooking forward to our chat! This is a 30-minute conversation about your background in workforce management\, your English level and what you're looking for. The whole call will be in English.\n\nBrightPath Support is a remote-first customer support company based in Raleigh\, NC.{ZOOM_EN.format(host='brightpath', meeting='91277304418', meeting_id='912 7730 4418', passcode='482915')}
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="BrightPath Support",
        role="Workforce Manager - Remote LATAM",
        stage="recruiter_screen",
        interviewers="kayla.morgan@brightpathsupport.com",
        trap="us-remote-english-ats-new-york-zone",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="6h2kq9w4p1t7z0v3b8n5x2c7ds@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241211T190000Z
DTEND:20241211T200000Z
DTSTAMP:20241206T152933Z
ORGANIZER;CN=Derek Wallace:mailto:derek.wallace@brightpathsupport.com
UID:6h2kq9w4p1t7z0v3b8n5x2c7ds@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Derek Wallace;X-NUM-GUESTS=0:mailto:derek.wallace@brightpathsupport.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Rios;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hiring manager conversation for the Workforce Manager (Remote LATAM) role.\n\nAgenda:\n- Your WFM stack (forecasting\, scheduling\, intraday)\n- Walk me through an Erlang C staffing calc for a 60-agent Spanish queue\n- How you'd run real-time adherence across 3 time zones\n\nDerek Wallace - Director\, Workforce Management{GOOGLE_FOOTER_EN.format(meet='hyv-oqkd-nta')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BrightPath - WFM Manager interview w/ Derek (HM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="BrightPath Support",
        role="Workforce Manager (Remote LATAM)",
        stage="hiring_manager",
        interviewers="derek.wallace@brightpathsupport.com",
        trap="english-hm-abbreviation-utc",
        hiring=False,
    ),
    dict(
        kind="lever-cancel",
        uid="lever-9e03ab55-71c2-4d0f-b6a8-e41f3c92d7b0@hire.lever.co",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduler//EN
METHOD:CANCEL
{TZ_EASTERN}
BEGIN:VEVENT
UID:lever-9e03ab55-71c2-4d0f-b6a8-e41f3c92d7b0@hire.lever.co
DTSTAMP:20241216T142207Z
DTSTART;TZID=Eastern Standard Time:20241218T110000
DTEND;TZID=Eastern Standard Time:20241218T120000
SUMMARY:Canceled: Final Interview - Valentina Rios - Workforce Manager (Remote LATAM)
ORGANIZER;CN=Kayla Morgan:mailto:kayla.morgan@brightpathsupport.com
ATTENDEE;CN=Valentina Rios;ROLE=REQ-PARTICIPANT:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;CN=Angela Brooks;ROLE=REQ-PARTICIPANT:mailto:angela.brooks@brightpathsupport.com
DESCRIPTION:Hi Valentina\, Angela had a conflict come up\, so we're canceling this slot. I'll send new times for your final interview with our VP of Support Operations shortly. Sorry for the inconvenience!\n\nKayla
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="BrightPath Support",
        role="Workforce Manager (Remote LATAM)",
        stage="final",
        interviewers="angela.brooks@brightpathsupport.com",
        trap="method-cancel-final-windows-eastern",
        hiring=False,
    ),
    # ---------------- Contacto Andino (own employer): internal application ----------------
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000004A2C8E7D1F3BDB01000000000000000010000000C5A2E9F17B3D4C68A0E1F2D3B4C5A697",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Hola Vale\,\n\nGracias por postularte a la convocatoria interna CI-2024-031 Gerente de Calidad. Como primer filtro tendremos una entrevista con Gestión Humana (yo) para revisar requisitos\, tu evaluación de desempeño y tu plan de carrera. Tu jefe directo ya fue notificado según la política de convocatorias internas.\n\nJuliana Ochoa\nBusiness Partner Gestión Humana{TEAMS_ES.format(meeting='MzI4OTA1ZjItZWQ1', meeting_id='241 883 905 217', passcode='x7Qm2P')}
UID:040000008200E00074C5B7101A82E008000000004A2C8E7D1F3BDB01000000000000000010000000C5A2E9F17B3D4C68A0E1F2D3B4C5A697
SUMMARY;LANGUAGE=es-CO:Convocatoria interna CI-2024-031 Gerente de Calidad - entrevista Gestión Humana
DTSTART;TZID=SA Pacific Standard Time:20241120T140000
DTEND;TZID=SA Pacific Standard Time:20241120T143000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20241115T210044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzI4OTA1ZjItZWQ1%40thread.v2/0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Contacto Andino",
        role="Gerente de Calidad",
        stage="recruiter_screen",
        interviewers="jochoa@contactoandino.com.co",
        trap="internal-application-work-address-teams",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000F19E3B2C8A41DB01000000000000000010000000D6B3F0A28C4E5D79B1F2A3C4D5E6F7A8",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Ochoa, Juliana":mailto:jochoa@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ríos Cárdenas, Valentina":mailto:vrios@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Henao, Alejandro":mailto:ahenao@contactoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mesa, Beatriz":mailto:bmesa@contactoandino.com.co
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Juntas Gerencia P5:mailto:salajuntas.p5@contactoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Panel de la convocatoria interna CI-2024-031 Gerente de Calidad.\n\nPanel: Alejandro Henao (Director de Operaciones) y Beatriz Mesa (Gerente de Cuenta Fintrust). Presentas tu propuesta de modelo de calidad (monitoreo\, calibraciones\, PEC/PENC) en 15 minutos y luego preguntas del panel. Yo modero.\n\nJuliana
UID:040000008200E00074C5B7101A82E00800000000F19E3B2C8A41DB01000000000000000010000000D6B3F0A28C4E5D79B1F2A3C4D5E6F7A8
SUMMARY;LANGUAGE=es-CO:CI-2024-031 Gerente de Calidad - Panel final candidata V. Ríos
DTSTART;TZID=SA Pacific Standard Time:20241204T090000
DTEND;TZID=SA Pacific Standard Time:20241204T100000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20241128T163012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Juntas Gerencia P5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Contacto Andino",
        role="Gerente de Calidad",
        stage="final",
        interviewers="ahenao@contactoandino.com.co;bmesa@contactoandino.com.co",
        trap="internal-panel-user-is-candidate-not-panelist",
        hiring=False,
    ),
    # ---------------- Voxia Monde (French BPO group): two rounds ----------------
    dict(
        kind="outlook-french",
        uid="040000008200E00074C5B7101A82E00800000000A7D2E19B3C4FDB0100000000000000001000000011E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Claire":mailto:claire.dubois@voxia-monde.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Valentina\,\n\nSuite à votre candidature au poste de Responsable Formation LATAM (basé à Medellín)\, je vous propose un premier entretien en visioconférence. Nous pourrons échanger en espagnol ou en anglais\, mais une partie de l'entretien se déroulera en français si vous le souhaitez.\n\nBien cordialement\,\nClaire Dubois\nChargée de recrutement international – Voxia Monde\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1NzIwYjMtNmQ4%40thread.v2/0>\nID de réunion : 318 559 204 771\nCode secret : aB9r4T\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A7D2E19B3C4FDB0100000000000000001000000011E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Formation LATAM – Valentina Ríos Cárdenas
DTSTART;TZID=Romance Standard Time:20250114T170000
DTEND;TZID=Romance Standard Time:20250114T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T100412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Voxia Monde",
        role="Responsable Formation LATAM",
        stage="recruiter_screen",
        interviewers="claire.dubois@voxia-monde.fr",
        trap="french-entretien-romance-zone-evening-bogota",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="2r9d4m7q1x5k8b0w3z6c9v2n4j@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250122T150000Z
DTEND:20250122T160000Z
DTSTAMP:20250116T200712Z
ORGANIZER;CN=Hernán Castaño:mailto:hernan.castano@voxia-monde.com.co
UID:2r9d4m7q1x5k8b0w3z6c9v2n4j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hernán Castaño;X-NUM-GUESTS=0:mailto:hernan.castano@voxia-monde.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Claire Dubois;X-NUM-GUESTS=0:mailto:claire.dubois@voxia-monde.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Valentina\, un gusto saludarte. Claire me pasó tu perfil para la posición de Responsable de Formación LATAM. Agendemos una hora para hablar de cómo diseñarías la formación inicial (nesting incluido) para 3 campañas bilingües y cómo medirías speed-to-proficiency.\n\nHernán Castaño\nDirector de Operaciones Colombia{GOOGLE_FOOTER_ES.format(meet='vxm-hcrs-pqo')}
LOCATION:Voxia Colombia - Edificio Ciudad del Río\, Medellín (o Meet)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Voxia | Conversación Responsable de Formación LATAM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Voxia Monde",
        role="Responsable de Formación LATAM",
        stage="hiring_manager",
        interviewers="hernan.castano@voxia-monde.com.co",
        trap="conversacion-wording-second-round-local-subsidiary-domain",
        hiring=False,
    ),
    # ---------------- Kundenwerk (German e-commerce, LATAM hub): two rounds ----------------
    dict(
        kind="outlook-german-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000052E8A1F3D47BDB01000000000000000010000000F1A2B3C4D5E6F7081928374655647382",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Lena":mailto:lena.hoffmann@kundenwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos Cárdenas:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoffmann, Lena":mailto:lena.hoffmann@kundenwerk.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Valentina\,\n\nvielen Dank für Ihre Bewerbung als Operations Manager Customer Service LATAM (m/w/d) für unseren Hub in Medellín. Gerne möchte ich Sie zu einem ersten Kennenlerngespräch (ca. 30 Min.\, auf Englisch) einladen.\n\nViele Grüße\nLena Hoffmann\nTalent Acquisition | Kundenwerk GmbH{TEAMS_DE.format(meeting='NjE0ZmYyMzgtOTM1', meeting_id='372 004 518 662', passcode='Kw7hT3')}
UID:040000008200E00074C5B7101A82E0080000000052E8A1F3D47BDB01000000000000000010000000F1A2B3C4D5E6F7081928374655647382
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch: Operations Manager Customer Service LATAM (m/w/d) – V. Ríos Cárdenas
DTSTART;TZID=W. Europe Standard Time:20250205T160000
DTEND;TZID=W. Europe Standard Time:20250205T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T091822Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Kundenwerk",
        role="Operations Manager Customer Service LATAM (m/w/d)",
        stage="recruiter_screen",
        interviewers="lena.hoffmann@kundenwerk.de",
        trap="german-kennenlerngespraech-windows-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-german",
        uid="040000008200E00074C5B7101A82E00800000000B3D9C2A1E58CDB0100000000000000001000000023F4A5B6C7D8E9F00112233445566778",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Lena":mailto:lena.hoffmann@kundenwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos Cárdenas:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Becker, Tobias":mailto:tobias.becker@kundenwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Neumann, Sandra":mailto:sandra.neumann@kundenwerk.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Hoffmann, Lena":mailto:lena.hoffmann@kundenwerk.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Valentina\,\n\nwie besprochen: Fachgespräch mit Fallstudie (Englisch\, 60 Min.) mit Tobias Becker (Head of Customer Service) und Sandra Neumann (Teamleitung WFM). Die Fallstudie (Kapazitätsplanung für den Black-Friday-Peak im spanischsprachigen Markt) erhalten Sie 24 Stunden vorher per E-Mail.\n\nViele Grüße\nLena{TEAMS_DE.format(meeting='OWE3ZDkwYTUtYjQy', meeting_id='385 112 907 340', passcode='Fs4Lp9')}
UID:040000008200E00074C5B7101A82E00800000000B3D9C2A1E58CDB0100000000000000001000000023F4A5B6C7D8E9F00112233445566778
SUMMARY;LANGUAGE=de-DE:Fachgespräch + Fallstudie | Operations Manager CS LATAM | Ríos Cárdenas
DTSTART;TZID=W. Europe Standard Time:20250213T153000
DTEND;TZID=W. Europe Standard Time:20250213T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T131105Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Kundenwerk",
        role="Operations Manager CS LATAM",
        stage="technical",
        interviewers="tobias.becker@kundenwerk.de;sandra.neumann@kundenwerk.de",
        trap="german-fachgespraech-case-study-optional-recruiter",
        hiring=False,
    ),
    # ---------------- Atlas CX Solutions: Workday screen + client interview ----------------
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-R-0318842-1@atlascx.wd5.myworkdayjobs.com",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-0318842-1@atlascx.wd5.myworkdayjobs.com
DTSTAMP:20250107T204512Z
DTSTART:20250110T140000Z
DTEND:20250110T143000Z
SUMMARY:Interview Scheduled: R-0318842 Account Manager (Medellín Site) - Valentina Ríos Cárdenas
DESCRIPTION:Interview Details\n\nCandidate: Valentina Ríos Cárdenas\nJob Requisition: R-0318842 Account Manager (Medellín Site)\nInterview Type: HR Screen (Phone)\nInterviewer: Camila Arbeláez\, Talent Acquisition Specialist\n\nCamila will call you at the number on your application. If you need to reschedule\, reply to this email.\n\nAtlas CX Solutions | Nearshore customer experience
ORGANIZER;CN=Atlas CX Talent Acquisition:mailto:ta-noreply@atlascx.com
ATTENDEE;CN=Camila Arbeláez;ROLE=REQ-PARTICIPANT:mailto:camila.arbelaez@atlascx.com
ATTENDEE;CN=Valentina Ríos Cárdenas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Atlas CX Solutions",
        role="Account Manager (Medellín Site)",
        stage="recruiter_screen",
        interviewers="camila.arbelaez@atlascx.com",
        trap="workday-hr-screen-noreply-organizer",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000077AB12CD34EFDB010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_SA_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN="Pineda, Andrés":mailto:andres.pineda@atlascx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos Cárdenas:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rachel Kim:mailto:rachel.kim@northwindpay.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Alvarez:mailto:talvarez@northwindpay.example.com
DESCRIPTION;LANGUAGE=es-CO:Valentina\, como te conté\, el último paso para el cargo de Account Manager es la entrevista con el cliente: Rachel Kim (Sr. Director\, Customer Care) y Tom Alvarez (Vendor Manager) de Northwind Pay\, la cuenta que manejarías. Será en inglés\, unos 45 minutos. Yo me conecto al inicio para presentarte y luego me salgo.\n\nAndrés Pineda\nSite Director Medellín – Atlas CX{TEAMS_EN.format(meeting='YzQ1NmE3ODktMDEy', meeting_id='294 556 018 732', passcode='Nw8yQ2')}
UID:040000008200E00074C5B7101A82E0080000000077AB12CD34EFDB010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=es-CO:Entrevista con el cliente (Northwind Pay) - Account Manager - Valentina Ríos
DTSTART;TZID=SA Pacific Standard Time:20250121T110000
DTEND;TZID=SA Pacific Standard Time:20250121T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T222033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Atlas CX Solutions",
        role="Account Manager",
        stage="final",
        interviewers="rachel.kim@northwindpay.example.com;talvarez@northwindpay.example.com",
        trap="bpo-client-interview-client-domain-not-employer",
        hiring=False,
    ),
    # ---------------- Helpwise (US SaaS): HM + panel ----------------
    dict(
        kind="greenhouse-invite",
        uid="gh-interview-8820314007-55102@helpwise.example.com",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-8820314007-55102@helpwise.example.com
DTSTAMP:20250203T181500Z
DTSTART:20250206T213000Z
DTEND:20250206T221500Z
SUMMARY:Interview with Helpwise - Support Operations Manager (LATAM)
ORGANIZER;CN=Helpwise Recruiting Coordination:mailto:recruiting-coord@helpwise.example.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raman@helpwise.example.com
ATTENDEE;CN=Valentina Rios Cardenas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Hi Valentina\,\n\nYou're confirmed for a 45-minute hiring manager interview with Priya Raman\, Head of Global Support.\n\nInterview type: Hiring Manager\nLocation: Zoom (link below)\nTime zone: this invite is in UTC; it shows in your local time in your calendar.\n\nhttps://helpwise.zoom.us/j/83002217765\n\nNeed to reschedule? Reply to this email and our coordination team will help.\n\n— Helpwise Recruiting
LOCATION:https://helpwise.zoom.us/j/83002217765
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Helpwise",
        role="Support Operations Manager (LATAM)",
        stage="hiring_manager",
        interviewers="priya.raman@helpwise.example.com",
        trap="greenhouse-utc-late-afternoon-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="5p8w1n4r7t0y3u6i9o2a5s8d1f@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250213T170000Z
DTEND:20250213T183000Z
DTSTAMP:20250208T004512Z
ORGANIZER;CN=Helpwise Recruiting Coordination:mailto:recruiting-coord@helpwise.example.com
UID:5p8w1n4r7t0y3u6i9o2a5s8d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Lee;X-NUM-GUESTS=0:mailto:marcus.lee@helpwise.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofía Delgado;X-NUM-GUESTS=0:mailto:sofia.delgado@helpwise.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordan Blake;X-NUM-GUESTS=0:mailto:jordan.blake@helpwise.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Rios Cardenas;X-NUM-GUESTS=0:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION:Panel loop - Support Operations Manager (LATAM)\n\n17:00-17:30 UTC  Marcus Lee - Support Tooling & Metrics (Zendesk\, QA rubrics)\n17:30-18:00 UTC  Sofía Delgado - Spanish-language team leadership (in Spanish)\n18:00-18:30 UTC  Jordan Blake - Cross-functional partnership (Product/Eng)\n\nStay on the same Meet link for all three.{GOOGLE_FOOTER_EN.format(meet='hwp-lanl-oop')}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Helpwise Panel - Valentina Rios Cardenas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Helpwise",
        role="Support Operations Manager (LATAM)",
        stage="onsite",
        interviewers="marcus.lee@helpwise.example.com;sofia.delgado@helpwise.example.com;jordan.blake@helpwise.example.com",
        trap="virtual-panel-loop-summary-without-role",
        hiring=False,
    ),
    # ---------------- Atiende Iberia (Spanish BPO group): screen + rescheduled HM ----------------
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000C4E1A2B3D5F6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_MADRID}
BEGIN:VEVENT
ORGANIZER;CN=Lucía Fernández Prieto:mailto:lfernandez@atiendeiberia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Valentina\,\n\nTe escribo desde el equipo de Talento de Atiende Iberia. Nos ha encajado mucho tu perfil para la vacante de Workforce Manager LATAM (teletrabajo desde Colombia). Te propongo una primera llamada de 30 minutos para conocerte.\n\nUn saludo\,\nLucía Fernández{TEAMS_ES.format(meeting='ODk0MmQ3YzEtYWI2', meeting_id='356 781 223 904', passcode='hT6vZ2')}
UID:040000008200E00074C5B7101A82E00800000000C4E1A2B3D5F6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-ES:Entrevista Workforce Manager LATAM - Atiende Iberia
DTSTART;TZID=Europe/Madrid:20250218T170000
DTEND;TZID=Europe/Madrid:20250218T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T094433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Atiende Iberia",
        role="Workforce Manager LATAM",
        stage="recruiter_screen",
        interviewers="lfernandez@atiendeiberia.es",
        trap="spain-spanish-madrid-zone-teams",
        hiring=False,
    ),
    dict(
        kind="teams-reschedule",
        uid="040000008200E00074C5B7101A82E00800000000D5F2B3C4E6A7DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_MADRID}
BEGIN:VEVENT
ORGANIZER;CN=Lucía Fernández Prieto:mailto:lfernandez@atiendeiberia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.rios.cardenas@gmail.com:mailto:valentina.rios.cardenas@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javier Morales Ruiz:mailto:jmorales@atiendeiberia.es
DESCRIPTION;LANGUAGE=es-ES:Hola de nuevo Valentina\,\n\nJavier ha tenido que moverla: la entrevista con él (Director de Planificación y WFM del grupo) pasa al jueves a la misma hora. Disculpa el cambio.\n\nLucía{TEAMS_ES.format(meeting='MTIzYWJjZGUtZjQ1', meeting_id='311 004 987 265', passcode='Qp3sW8')}
UID:040000008200E00074C5B7101A82E00800000000D5F2B3C4E6A7DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
SUMMARY;LANGUAGE=es-ES:Entrevista con Javier Morales - Workforce Manager LATAM (NUEVA FECHA)
DTSTART;TZID=Europe/Madrid:20250227T163000
DTEND;TZID=Europe/Madrid:20250227T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T110021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Atiende Iberia",
        role="Workforce Manager LATAM",
        stage="hiring_manager",
        interviewers="jmorales@atiendeiberia.es",
        trap="rescheduled-sequence-1-coordinator-organizer",
        hiring=False,
    ),
]
