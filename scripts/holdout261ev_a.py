# ruff: noqa: E501, W291, W293, RUF100
"""holdout261 events, part A: the user's own job interviews (first-division clubs, federation, clinics)."""

from holdout261ev_zones import GMT_OUTLOOK, MADRID, ROMANCE, UTC01_ES

EVENTS = [
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A1B26C0F7C83DC01000000000000000010000000C3E2A1B4F59D4C4E9A0B1C2D3E4F5061",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Montero Ruiz, Irene":mailto:irene.montero@cdalcantara.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montero Ruiz, Irene":mailto:irene.montero@cdalcantara.es
DESCRIPTION;LANGUAGE=es-ES:Hola Pablo\,\n\nGracias por tu interés en la vacante de Readaptador/a Primer
  Equipo. Te propongo una primera entrevista por Teams de 30 minutos con
 migo (Talento y Personas) para conocer tu trayectoria y tus expectativas.\n\n
 Un saludo\,\nIrene Montero\nTalento y Personas · Club Deportivo Alcántara\n\n
 ________________________________________________________________________________\n
 Reunión de Microsoft Teams\nUnirse desde el ordenador\, la aplicación móvil o un dispositivo de la sala\n
 Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZmQ0@thread.v2/0>\n
 Id. de reunión: 348 112 907 65\nCódigo de acceso: Vt3xQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B26C0F7C83DC01000000000000000010000000C3E2A1B4F59D4C4E9A0B1C2D3E4F5061
SUMMARY;LANGUAGE=es-ES:Entrevista – Readaptador/a Primer Equipo (Pablo Sanchis)
DTSTART;TZID=Romance Standard Time:20260113T101500
DTEND;TZID=Romance Standard Time:20260113T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Club Deportivo Alcántara", role="Readaptador/a Primer Equipo",
        stage="recruiter_screen", interviewers="irene.montero@cdalcantara.es",
        trap="outlook-romance-zone-hr-screen-club", hiring=False,
    ),
    dict(
        kind="ios-handtyped",
        uid="7E1C4B2A-5D3F-4A8B-9C61-0F2E3D4A5B6C",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260120T194210Z
DTEND:20260127T130000
DTSTAMP:20260120T194233Z
DTSTART:20260127T113000
LAST-MODIFIED:20260120T194233Z
LOCATION:Ciudad Deportiva Alcántara\, Av. de los Olmos 14\, Madrid
SEQUENCE:0
SUMMARY:Alcántara - entrevista dtor deportivo (Sergio Bravo) 
DESCRIPTION:llevar informe lesiones temporada + propuesta protocolo isquios. preguntar x la semana de prueba
UID:7E1C4B2A-5D3F-4A8B-9C61-0F2E3D4A5B6C
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:1B7F0C8E-2D44-4C0A-8E5D-6A1B2C3D4E5F
X-WR-ALARMUID:1B7F0C8E-2D44-4C0A-8E5D-6A1B2C3D4E5F
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Club Deportivo Alcántara", role="", stage="hiring_manager",
        interviewers="Sergio Bravo", trap="handtyped-floating-abbreviated-director-deportivo", hiring=False,
    ),
    dict(
        kind="google-allday-trial-week",
        uid="5q0v7kq2mrm1h8l2f3n7c9ab4e@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260209
DTEND;VALUE=DATE:20260214
DTSTAMP:20260202T103212Z
ORGANIZER;CN=Sergio Bravo:mailto:sbravo@cdalcantara.es
UID:5q0v7kq2mrm1h8l2f3n7c9ab4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergio Bravo;X-NUM-GUESTS=0:mailto:sbravo@cdalcantara.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Tomás Iriarte;X-NUM-GUESTS=0:mailto:tiriarte@cdalcantara.es
CREATED:20260202T103200Z
DESCRIPTION:Pablo\, como hablamos: semana de prueba con el primer equipo (l
 unes a viernes). Trabajarás con el servicio médico bajo la supervisión del
  Dr. Iriarte (jefe de servicios médicos). Presentarse el lunes a las 8:30 e
 n recepción de la Ciudad Deportiva con ropa de trabajo. El viernes cerramo
 s con una reunión de valoración.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nNo modifiques esta sección de la descripción.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo electrónico porque eres un invitado del evento. Para dejar de recibir correos sobre este evento\, rechaza la invitación.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260202T103212Z
LOCATION:Ciudad Deportiva Alcántara\, Av. de los Olmos 14\, 28050 Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Semana de prueba – Primer Equipo (Pablo Sanchis)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Club Deportivo Alcántara", role="", stage="onsite",
        interviewers="sbravo@cdalcantara.es;tiriarte@cdalcantara.es", trap="allday-trial-week-first-team", hiring=False,
    ),
    dict(
        kind="agent-google-invite",
        uid="2b8kq0m5hv7c1r9t6s4p3l2n1j@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260115T163000Z
DTEND:20260115T171500Z
DTSTAMP:20260112T090501Z
ORGANIZER;CN=Nacho Ferrándiz:mailto:nacho@iberiasportsstaff.es
UID:2b8kq0m5hv7c1r9t6s4p3l2n1j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nacho Ferrándiz;X-NUM-GUESTS=0:mailto:nacho@iberiasportsstaff.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Pablo\, te llamo para repasar la posición de fisioterapeuta/rea
 daptador en el Real Sporting Mediterráneo (Primera). Me han pedido un perf
 il como el tuyo. Repasamos tu CV\, disponibilidad y condiciones antes de p
 resentarte al club.\n\nNacho Ferrándiz\nIberia Sports Staff – colocación de staff técnico y médico\n+34 611 20 48 93\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/qwe-rtyu-iop\nO llama al: (ES) +34 930 00 12 34 PIN: 771 204 553#\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Pablo Sanchis / Iberia Sports Staff – R. Sporting Mediterráneo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Sporting Mediterráneo", role="fisioterapeuta/readaptador",
        stage="recruiter_screen", interviewers="nacho@iberiasportsstaff.es",
        trap="agency-names-client-club-utc", hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-84512093377-20260122@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260119T111502Z
DTSTART:20260122T180000Z
DTEND:20260122T190000Z
SUMMARY:Videollamada P. Sanchis – Head of Performance RSM
UID:zoom-84512093377-20260122@zoom.us
TZID:Europe/Madrid
DESCRIPTION:Álvaro Quiles le está invitando a una reunión de Zoom programad
 a.\n\nTema: Videollamada P. Sanchis – Head of Performance RSM\n\nÚnase a la reunión Zoom\nhttps://rsmediterraneo.zoom.us/j/84512093377?pwd=bXlQdFJ2\n\nID de reunión: 845 1209 3377\nCódigo de acceso: 551902\n\nAgenda (Álvaro): metodología de control de carga\, criterios de vuelta al juego y cómo encajarías en el departamento de rendimiento del Real Sporting Mediterráneo. Nacho (Iberia Sports Staff) no estará en la llamada.
LOCATION:https://rsmediterraneo.zoom.us/j/84512093377?pwd=bXlQdFJ2
ORGANIZER;CN=Álvaro Quiles:mailto:aquiles@rsmediterraneo.es
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Sporting Mediterráneo", role="", stage="hiring_manager",
        interviewers="aquiles@rsmediterraneo.es", trap="zoom-head-of-performance-video-call", hiring=False,
    ),
    dict(
        kind="google-invite-case",
        uid="6t3bq1g8dk2f0v7m4s9a5h1c0n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260203T170000
DTEND;TZID=Europe/Madrid:20260203T183000
DTSTAMP:20260128T142011Z
ORGANIZER;CN=Rosa Vidal:mailto:rosa.vidal@udmarinaalta.es
UID:6t3bq1g8dk2f0v7m4s9a5h1c0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rosa Vidal;X-NUM-GUESTS=0:mailto:rosa.vidal@udmarinaalta.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carles Mollà;X-NUM-GUESTS=0:mailto:carles.molla@udmarinaalta.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala Juntas Estadio (8);X-NUM-GUESTS=0:mailto:c_1889a7f2d3e4@resource.calendar.google.com
CREATED:20260128T141950Z
DESCRIPTION:<p>Hola Pablo\,</p><p>Segunda fase del proceso para <b>Fisioter
 apeuta - Readaptador Primer Equipo</b>: caso práctico. Te enviaremos 48 h
  antes el informe de un jugador con rotura de LCA (fase 3). Tendrás 30 min 
 para exponer tu plan de readaptación y vuelta al grupo ante Carles Mollà (
 preparador físico) y Rosa Vidal (jefa del servicio médico)\, y después pre
 guntas.</p><p>UD Marina Alta · Estadi Municipal\, Av. del Port s/n\, Dénia</p>
LAST-MODIFIED:20260128T142011Z
LOCATION:Estadi Municipal - Sala de Juntas\, Dénia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UD Marina Alta · Caso práctico readaptación (P. Sanchis)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="UD Marina Alta", role="Fisioterapeuta - Readaptador Primer Equipo",
        stage="technical", interviewers="rosa.vidal@udmarinaalta.es;carles.molla@udmarinaalta.es",
        trap="google-html-description-case-study-with-room", hiring=False,
    ),
    dict(
        kind="google-rescheduled",
        uid="0n4r8c2v6b1m5k9j3h7g2f6d1s@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260219T123000
DTEND;TZID=Europe/Madrid:20260219T133000
DTSTAMP:20260213T081533Z
ORGANIZER;CN=Rosa Vidal:mailto:rosa.vidal@udmarinaalta.es
UID:0n4r8c2v6b1m5k9j3h7g2f6d1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vicent Sendra (Presidente);X-NUM-GUESTS=0:mailto:presidencia@udmarinaalta.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rosa Vidal;X-NUM-GUESTS=0:mailto:rosa.vidal@udmarinaalta.es
DESCRIPTION:Evento actualizado: cambiamos la reunión final al jueves 19 (el
  presidente viaja el martes con el equipo). Misma sala.\n\nReunión final con
  Presidencia – puesto Fisioterapeuta - Readaptador Primer Equipo.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Estadi Municipal - Presidencia\, Dénia
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:[Actualizado] Reunión final con Presidencia – P. Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="UD Marina Alta", role="Fisioterapeuta - Readaptador Primer Equipo", stage="final",
        interviewers="presidencia@udmarinaalta.es;rosa.vidal@udmarinaalta.es",
        trap="rescheduled-sequence-2-no-vtimezone-final-president", hiring=False,
    ),
    dict(
        kind="ats-cancel",
        uid="tt-int-4f7a2c19-8e3b-4d61-a0c2-9b5e7d1f3a20",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:tt-int-4f7a2c19-8e3b-4d61-a0c2-9b5e7d1f3a20
SEQUENCE:1
DTSTAMP:20260121T150210Z
DTSTART:20260126T090000Z
DTEND:20260126T093000Z
STATUS:CANCELLED
SUMMARY:Cancelada: Entrevista Fisioterapeuta Primer Equipo – CF Sierra Nevada
ORGANIZER;CN=CF Sierra Nevada:mailto:no-reply@mail.teamtailor-app.com
ATTENDEE;CN=Pablo Sanchis Ferrer;PARTSTAT=NEEDS-ACTION:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Lorena Castillo;PARTSTAT=ACCEPTED:mailto:lorena.castillo@cfsierranevada.es
DESCRIPTION:Hola Pablo\, tu entrevista con Lorena Castillo (Selección de Personal) ha sido cancelada. Te contactaremos para proponer una nueva fecha.\n\nCF Sierra Nevada · Carrera de la Virgen 3\, Granada
LOCATION:Videollamada (enlace Teamtailor)
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="CF Sierra Nevada", role="Fisioterapeuta Primer Equipo", stage="recruiter_screen",
        interviewers="lorena.castillo@cfsierranevada.es", trap="ats-method-cancel-still-interview", hiring=False,
    ),
    dict(
        kind="thunderbird-handtyped",
        uid="b3e2d1c0-9f8e-4d7c-a6b5-112233445566",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260129T211045Z
LAST-MODIFIED:20260129T211102Z
DTSTAMP:20260129T211102Z
UID:b3e2d1c0-9f8e-4d7c-a6b5-112233445566
SUMMARY:Dep. Atlantico - llamada jefe serv. medicos (Dr Couto)
DTSTART:20260204T190000
DTEND:20260204T194500
DESCRIPTION:me llama él al movil. puesto fisio 1er equipo\, contrato hasta 2028?? preguntar por staff actual y GPS
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Deportivo Atlántico", role="fisio 1er equipo", stage="hiring_manager",
        interviewers="Dr Couto", trap="thunderbird-floating-phone-call-no-attendees", hiring=False,
    ),
    dict(
        kind="outlook-utc-zone-final",
        uid="040000008200E00074C5B7101A82E00800000000D5E8F2A1B391DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC01_ES}BEGIN:VEVENT
ORGANIZER;CN="Couto Lema, Xabier";SENT-BY="mailto:secretaria.tecnica@datlantico.es":mailto:xcouto@datlantico.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Couto Lema, Xabier":mailto:xcouto@datlantico.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prieto, Andrés":mailto:aprieto@datlantico.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Balaídos - Sala Consejo":mailto:sala.consejo@datlantico.es
DESCRIPTION;LANGUAGE=es-ES:Pablo\, te citamos en el estadio para la reunión final con
  el Dr. Couto y Andrés Prieto (Director Deportivo). Te cubrimos el desplazami
 ento Valencia–Vigo; la Secretaría Técnica te enviará los billetes.\n\nUn salu
 do\,\nSecretaría Técnica – Deportivo Atlántico\n
UID:040000008200E00074C5B7101A82E00800000000D5E8F2A1B391DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=es-ES:Reunión final - Fisioterapeuta Primer Equipo
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260217T110000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260217T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T120312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Balaídos - Sala Consejo
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Balaídos - Sala Consejo
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Deportivo Atlántico", role="Fisioterapeuta Primer Equipo", stage="final",
        interviewers="xcouto@datlantico.es;aprieto@datlantico.es",
        trap="outlook-utc-label-zone-sent-by-room-attendee", hiring=False,
    ),
    dict(
        kind="google-valencian-invite",
        uid="3k8d1p6w0x4z7y2u5t9r1q3e8w@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260224T093000
DTEND;TZID=Europe/Madrid:20260224T103000
DTSTAMP:20260218T172244Z
ORGANIZER;CN=Núria Garcia i Climent:mailto:ngarcia@turiabasquet.cat
UID:3k8d1p6w0x4z7y2u5t9r1q3e8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Núria Garcia i Climent;X-NUM-GUESTS=0:mailto:ngarcia@turiabasquet.cat
DESCRIPTION:Bon dia Pablo\,\n\nEt confirme l'entrevista amb mi (directora m
 èdica) per a la plaça de fisioterapeuta del primer equip. Parlarem de la t
 eua experiència amb lesions de turmell i genoll en bàsquet i de com organi
 tzem el calendari d'Eurocup.\n\nPavelló Font de Sant Lluís\, porta 3.\n\nSalutacions\,\nNúria\n\nInvitació de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Pavelló Font de Sant Lluís\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista plaça fisioterapeuta primer equip - Turia Bàsquet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Turia Bàsquet Club", role="fisioterapeuta del primer equip", stage="hiring_manager",
        interviewers="ngarcia@turiabasquet.cat", trap="valencian-basketball-medical-director", hiring=False,
    ),
    dict(
        kind="ios-handtyped-trial",
        uid="C0FFEE11-2233-4455-6677-8899AABBCCDD",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260302T220112Z
DTSTART;TZID=Europe/Madrid:20260309T160000
DTEND;TZID=Europe/Madrid:20260309T210000
DTSTAMP:20260302T220130Z
LAST-MODIFIED:20260302T220130Z
LOCATION:Pavelló Font de Sant Lluís
SEQUENCE:0
SUMMARY:Jornada de prova Turia Bàsquet (entreno + partit)
DESCRIPTION:amb la Núria i el fisio actual (Ximo). portar camilla plegable? NO\, ho tenen ells
UID:C0FFEE11-2233-4455-6677-8899AABBCCDD
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Turia Bàsquet Club", role="", stage="onsite",
        interviewers="Núria;Ximo", trap="macos-valencian-trial-day-no-tz-block", hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-RCM-INT-00078123-1",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:SF-RCM-INT-00078123-1
DTSTAMP:20260114T101010Z
DTSTART;TZID=Europe/Madrid:20260121T100000
DTEND;TZID=Europe/Madrid:20260121T103000
SEQUENCE:0
SUMMARY:Entrevista de preselección: Fisioterapeuta Selecciones Nacionales (Sub-21) - Req 2025-0417
ORGANIZER;CN=RFHF Selección de Personal:mailto:seleccion.personal@rfhf.es
ATTENDEE;CN=Pablo Sanchis Ferrer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Beatriz Olmedo;ROLE=REQ-PARTICIPANT:mailto:bolmedo@rfhf.es
LOCATION:Microsoft Teams
DESCRIPTION:Estimado/a Pablo Sanchis Ferrer\,\n\nGracias por su candidatura a la posición Fisioterapeuta Selecciones Nacionales (Sub-21)\, solicitud 2025-0417\, de la Real Federación Hispana de Fútbol.\n\nLe convocamos a una entrevista de preselección con Beatriz Olmedo (Técnica de Selección).\n\nEnlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RFHF0417@thread.v2/0\n\nEste mensaje ha sido generado automáticamente por SAP SuccessFactors Recruiting. No responda a este correo.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Federación Hispana de Fútbol", role="Fisioterapeuta Selecciones Nacionales (Sub-21)",
        stage="recruiter_screen", interviewers="bolmedo@rfhf.es", trap="successfactors-federation-prescreen", hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-RCM-INT-00078123-2",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:SF-RCM-INT-00078123-2
DTSTAMP:20260202T081500Z
DTSTART;TZID=Europe/Madrid:20260210T090000
DTEND;TZID=Europe/Madrid:20260210T130000
SEQUENCE:0
SUMMARY:Prueba técnico-práctica - Fisioterapeuta Selecciones Nacionales (Sub-21) - Req 2025-0417
ORGANIZER;CN=RFHF Selección de Personal:mailto:seleccion.personal@rfhf.es
ATTENDEE;CN=Pablo Sanchis Ferrer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Dr. Fernando Lasa;ROLE=REQ-PARTICIPANT:mailto:flasa@rfhf.es
ATTENDEE;CN=Marta Echeverría;ROLE=REQ-PARTICIPANT:mailto:mecheverria@rfhf.es
LOCATION:Ciudad del Fútbol RFHF - Edificio Servicios Médicos\, Las Rozas (Madrid)
DESCRIPTION:Estimado/a Pablo Sanchis Ferrer\,\n\nHa superado la fase de preselección. Le convocamos a la prueba técnico-práctica: (1) valoración funcional de un jugador (30 min)\, (2) vendaje funcional e intervención en campo (20 min)\, (3) caso clínico escrito (60 min). Evaluadores: Dr. Fernando Lasa (Jefe Servicios Médicos) y Marta Echeverría (Fisioterapeuta Coordinadora).\n\nTraiga DNI y número de colegiado.\n\nEste mensaje ha sido generado automáticamente por SAP SuccessFactors Recruiting.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Federación Hispana de Fútbol", role="Fisioterapeuta Selecciones Nacionales (Sub-21)",
        stage="technical", interviewers="flasa@rfhf.es;mecheverria@rfhf.es",
        trap="federation-practical-test-in-person", hiring=False,
    ),
    dict(
        kind="outlook-panel-tribunal",
        uid="040000008200E00074C5B7101A82E0080000000077AA21C3D595DC010000000000000000100000001F2E3D4C5B6A79881726354453627180",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Olmedo, Beatriz":mailto:bolmedo@rfhf.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lasa, Fernando":mailto:flasa@rfhf.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Urquiza Gil, Ramón":mailto:rurquiza@rfhf.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Salas, Inmaculada":mailto:isalas@rfhf.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CDF Edif. A - Sala 2.04 (12)":mailto:sala204.edifa@rfhf.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista con el comité de selección (Dr. Lasa\, Ramón Urquiza – Seleccionador Sub-21 – e Inmaculada Salas – Dirección de RR.HH.). Duración aproximada 45 min.\n
UID:040000008200E00074C5B7101A82E0080000000077AA21C3D595DC010000000000000000100000001F2E3D4C5B6A79881726354453627180
SUMMARY;LANGUAGE=es-ES:Comité de selección – Fisioterapeuta Sub-21 – P. Sanchis
DTSTART;TZID=Romance Standard Time:20260303T120000
DTEND;TZID=Romance Standard Time:20260303T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T093015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CDF Edif. A - Sala 2.04 (12)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Federación Hispana de Fútbol", role="Fisioterapeuta Sub-21", stage="onsite",
        interviewers="flasa@rfhf.es;rurquiza@rfhf.es;isalas@rfhf.es", trap="outlook-selection-committee-with-resource",
        hiring=False,
    ),
    dict(
        kind="ms-bookings",
        uid="5d2e8b7a-1f3c-4e9d-b6a0-7c4f2e1d9b8a",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Clínica Kinésis - Selección:mailto:ClinicaKinesisSeleccion@clinicakinesis.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pablo Sanchis:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado.\n\nServicio: Entrevista - Fisioterapeuta deportivo (jornada completa)\nPersonal: Dra. Elena Marqués\nDuración: 45 minutos\n\nClínica Kinésis Medicina Deportiva\nC/ de Colón 22\, 46004 Valencia\n\nPara cambiar o cancelar la reserva: https://outlook.office365.com/owa/calendar/ClinicaKinesisSeleccion@clinicakinesis.onmicrosoft.com/bookings/\n
UID:5d2e8b7a-1f3c-4e9d-b6a0-7c4f2e1d9b8a
SUMMARY;LANGUAGE=es-ES:Entrevista - Fisioterapeuta deportivo (jornada completa) con Dra. Elena Marqués
DTSTART;TZID=W. Europe Standard Time:20260305T183000
DTEND;TZID=W. Europe Standard Time:20260305T191500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:C/ de Colón 22\, 46004 Valencia
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Clínica Kinésis Medicina Deportiva", role="Fisioterapeuta deportivo",
        stage="hiring_manager", interviewers="Dra. Elena Marqués",
        trap="ms-bookings-windows-zone-no-vtimezone", hiring=False,
    ),
    dict(
        kind="google-trial-shift",
        uid="8h2j4k6l8m0n2p4q6r8s0t2u4v@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:pablo.sanchis.fisio@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260314T080000Z
DTEND:20260314T140000Z
DTSTAMP:20260306T090000Z
UID:8h2j4k6l8m0n2p4q6r8s0t2u4v@google.com
CREATED:20260306T085512Z
DESCRIPTION:Turno de prueba sábado mañana en Kinésis (consulta + sala de ej
 ercicio) con Elena Marqués. Pagan la jornada. Llevar uniforme blanco.
LAST-MODIFIED:20260306T085530Z
LOCATION:Clínica Kinésis\, C/ de Colón 22\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Turno de prueba Kinésis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Clínica Kinésis Medicina Deportiva", role="", stage="onsite",
        interviewers="Elena Marqués", trap="google-export-paid-trial-shift-utc", hiring=False,
    ),
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-8812347-20260128",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
{GMT_OUTLOOK}BEGIN:VEVENT
UID:greenhouse-interview-8812347-20260128
DTSTAMP:20260123T161200Z
DTSTART;TZID=GMT Standard Time:20260128T150000
DTEND;TZID=GMT Standard Time:20260128T153000
SUMMARY:Phone Screen: Pablo Sanchis Ferrer <> Ashbury Town FC (First Team Physiotherapist)
ORGANIZER;CN=Ashbury Town FC Recruiting:mailto:no-reply@ashburytownfc.co.uk
ATTENDEE;CN=Pablo Sanchis Ferrer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Hannah Bright;ROLE=REQ-PARTICIPANT:mailto:hannah.bright@ashburytownfc.co.uk
LOCATION:Phone - Hannah will call you on +34 6XX XXX 217
DESCRIPTION:Hi Pablo\,\n\nThanks for applying for the First Team Physiotherapist role at Ashbury Town FC. This is a 30-minute phone screen with Hannah Bright (Talent Partner). She'll cover your experience\, HCPC registration timeline and right to work in the UK.\n\nPlease note the time is shown in UK time (GMT).\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Ashbury Town FC", role="First Team Physiotherapist", stage="recruiter_screen",
        interviewers="hannah.bright@ashburytownfc.co.uk", trap="greenhouse-english-championship-gmt-phone",
        hiring=False,
    ),
    dict(
        kind="teams-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B497DC01000000000000000010000000998877665544332211AABBCCDDEEFF00",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Bright, Hannah":mailto:hannah.bright@ashburytownfc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okoro, Daniel":mailto:daniel.okoro@ashburytownfc.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, Sam":mailto:sam.whitfield@ashburytownfc.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Pablo – apologies\, we've had to move this by one day due to the rear
 ranged FA Cup tie. New time below (UK time).\n\nStage 2 – Case study presentation (20 mins) + Q&A with Daniel Okoro (Head of Performance) and Sam Whitfield (Lead Physio). Case: return-to-play plan for a winger with a grade 2 hamstring strain\, 3 weeks before a congested fixture period.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTBhZjE2@thread.v2/0>\nMeeting ID: 372 554 118 201\nPasscode: 8kTq2P\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B497DC01000000000000000010000000998877665544332211AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-GB:Updated: Pablo Sanchis – Stage 2 Case Study (First Team Physio)
DTSTART;TZID=GMT Standard Time:20260212T140000
DTEND;TZID=GMT Standard Time:20260212T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE:20260209T103000Z
X-MICROSOFT-CDO-ATTENDEE-CRITICAL-CHANGE:20260209T103000Z
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Ashbury Town FC", role="First Team Physio", stage="technical",
        interviewers="daniel.okoro@ashburytownfc.co.uk;sam.whitfield@ashburytownfc.co.uk",
        trap="teams-rescheduled-sequence-1-case-study-english", hiring=False,
    ),
    dict(
        kind="outlook-onsite-final",
        uid="040000008200E00074C5B7101A82E00800000000A7C3E5F1B49DDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Bright, Hannah":mailto:hannah.bright@ashburytownfc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okoro, Daniel":mailto:daniel.okoro@ashburytownfc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Frayne, Dr Alison":mailto:alison.frayne@ashburytownfc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McAllister, Gary":mailto:gary.mcallister@ashburytownfc.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Training Ground - Medical Suite Meeting Room":mailto:tg.medicalsuite@ashburytownfc.co.uk
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Pablo\,</p><p>Final stage at the Training Ground: tour of the medical and performance building\, observe the morning session\, lunch with the staff\, then a 60-minute interview with Dr Alison Frayne (Club Doctor)\, Daniel Okoro and Gary McAllister (Football Operations Director).</p><p>We will reimburse flights VLC–BHX.</p></body></html>
DESCRIPTION;LANGUAGE=en-GB:Hi Pablo\,\n\nFinal stage at the Training Ground: tour of the medical and performance building\, observe the morning session\, lunch with the staff\, then a 60-minute interview with Dr Alison Frayne (Club Doctor)\, Daniel Okoro and Gary McAllister (Football Operations Director).\n\nWe will reimburse flights VLC–BHX.\n
UID:040000008200E00074C5B7101A82E00800000000A7C3E5F1B49DDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-GB:Final Stage – First Team Physiotherapist – Pablo Sanchis
DTSTART;TZID=GMT Standard Time:20260305T093000
DTEND;TZID=GMT Standard Time:20260305T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ashbury Town FC Training Ground\, Oakley Lane\, Ashbury
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Ashbury Town FC", role="First Team Physiotherapist", stage="final",
        interviewers="daniel.okoro@ashburytownfc.co.uk;alison.frayne@ashburytownfc.co.uk;gary.mcallister@ashburytownfc.co.uk",
        trap="outlook-x-alt-desc-final-day-training-ground", hiring=False,
    ),
]
