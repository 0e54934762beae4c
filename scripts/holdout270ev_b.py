"""holdout270 events, part B: more of the user's own interviews (logistics, automotive, internal, small firms)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout270ev_zones import MADRID, MADRID_APPLE, ROMANCE, UTC1_ES, WEUROPE

EVENTS = [
    dict(
        kind="lever-invite",
        uid="lever-interview-6f2d8a41-3c7e-4b90-a5d1-e8f0b2c94a17",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6f2d8a41-3c7e-4b90-a5d1-e8f0b2c94a17
DTSTAMP:20250122T101733Z
DTSTART:20250129T110000Z
DTEND:20250129T113000Z
SUMMARY:Interview with Vía Pirenaica: Técnico/a de Seguridad y Salud (Conse
 rvación y Explotación)
ORGANIZER;CN=Silvia Escartín:mailto:silvia.escartin@viapirenaica.es
ATTENDEE;CN=Silvia Escartín;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s
 ilvia.escartin@viapirenaica.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Llamada telefónica
DESCRIPTION:Hola Javier\,\n\nTe confirmamos la primera entrevista (telefóni
 ca\, 30 min) con Silvia Escartín\, de Talento y Selección\, para la posici
 ón de Técnico/a de Seguridad y Salud en el área de Conservación y Explotac
 ión de la autopista (cortes de carril\, señalización de obras\, trabajos n
 octurnos\, vialidad invernal en el Pirineo).\n\nVía Pirenaica Autopistas\, 
 S.A. – Centro de Operaciones de Huesca\n\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vía Pirenaica Autopistas",
        role="Técnico/a de Seguridad y Salud (Conservación y Explotación)",
        stage="recruiter_screen",
        interviewers="silvia.escartin@viapirenaica.es",
        trap="lever-invite-spanish-concessionaire",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTV-JR118204-0093317@modalia.myworkday.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-JR118204-0093317@modalia.myworkday.com
DTSTAMP:20250407T081402Z
DTSTART:20250414T140000Z
DTEND:20250414T150000Z
SUMMARY:Entrevista: Responsable EHS – Centro Logístico PLAZA (JR-118204)
ORGANIZER;CN=Modalia Talent Acquisition:mailto:modalia@myworkday.com
ATTENDEE;CN=Lorena Gil Cebollero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:lorena.gil@modalia-logistica.es
ATTENDEE;CN=Pablo Saura Vicente;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mail
 to:pablo.saura@modalia-logistica.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Javier\,\n\nHemos programado tu entrevista para la posició
 n JR-118204 Responsable EHS – Centro Logístico PLAZA (Zaragoza).\n\nTipo d
 e entrevista: Hiring Manager\nEntrevistadores: Lorena Gil Cebollero (EHS M
 anager España)\, Pablo Saura Vicente (Director del Centro Logístico)\nDura
 ción: 60 minutos\nEnlace: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_ZmE2NDk0OTEtNjlhNi00YmE3LTk0ZjEtY2I0NDcyYjg5MTEy%40thread.v2/0\n\nP
 uedes consultar el estado de tu candidatura en https://modalia.wd3.myworkd
 aysite.com/es-ES/Careers\n\nEquipo de Talent Acquisition – Modalia Logísti
 ca
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Modalia Logística",
        role="Responsable EHS – Centro Logístico PLAZA",
        stage="hiring_manager",
        interviewers="lorena.gil@modalia-logistica.es;pablo.saura@modalia-logistica.es",
        trap="workday-spanish-hiring-manager-plaza",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A3D6F92B1CBFDB01000000000000000010000000C2E5A8B1D4F74A9DA2C5E8B1D4F7B0E3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_ES}
BEGIN:VEVENT
ORGANIZER;CN="Ferrer Blasco, Aitor":mailto:aitor.ferrer@modalia-logistica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Cebollero
 , Lorena":mailto:lorena.gil@modalia-logistica.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=PL
 Z Sala Formación Planta 1:mailto:plz.formacion1@modalia-logistica.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nEnhorabuena\, pasas a la fase f
 inal del proceso JR-118204. El Assessment Center reúne a 5 finalistas de v
 arias posiciones de mandos del centro y dura la mañana:\n\n08:30 Bienvenida
 \n09:00 Caso individual: investigación de un atropello con carretilla en mu
 elle (análisis y presentación)\n10:30 Ejercicio de grupo\n12:00 Role-play: 
 comunicación con un jefe de turno que no cumple el procedimiento LOTO\n13:
 00 Entrevista individual con Lorena Gil y Aitor Ferrer\n\nLugar: Centro Log
 ístico Modalia\, Calle Osca 4\, PLAZA. Acceso por recepción de visitas con 
 DNI.\n\nAitor Ferrer – People & Talent\n
UID:040000008200E00074C5B7101A82E00800000000A3D6F92B1CBFDB01000000000000000
 010000000C2E5A8B1D4F74A9DA2C5E8B1D4F7B0E3
SUMMARY;LANGUAGE=es-ES:Assessment Center – Responsables Centro Logístico PLA
 ZA
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250507T083000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250507T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:PLZ Sala Formación Planta 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1877701430
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Modalia Logística",
        role="Responsable EHS",
        stage="onsite",
        interviewers="lorena.gil@modalia-logistica.es;aitor.ferrer@modalia-logistica.es",
        trap="assessment-centre-several-positions",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000005B8E1A4D7C83DB01000000000000000010000000D4A7B0C3E6F94B2CA5D8E1B4C7F0A3D6",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam\, Berlin\, Bern\, Rome\, Stockholm\, Vienna
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
ORGANIZER;CN="Carvalho, Nuno":mailto:nuno.carvalho@expresur-parcel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Talent Acquis
 ition Iberia":mailto:ta.iberia@expresur-parcel.com
DESCRIPTION;LANGUAGE=en-US:Hola Javier\,\n\nas discussed with our TA team\, 
 this is the interview for the HSE Specialist – Hub Zaragoza (PLAZA) role. 
 I am the HSE Manager for Iberia\; we can do the interview in Spanish and a
  part in English.\n\nTopics: sortation hub risks (conveyors\, dock levelle
 rs\, night shift)\, contractor management during the hub extension\, inci
 dent KPIs.\n\nObrigado / gracias\,\nNuno Carvalho\nHSE Manager Iberia – Exp
 resur Parcel\n\n________________________________________________________
 ________________________\nMicrosoft Teams meeting\nJoin on your computer\,
  mobile app or room device\nClick here to join the meeting<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_YTk2ZDkwNTAtY2E1Mi00ZDA0LWJlOWYtN
 2NlNGQxMDYwMGRj%40thread.v2/0>\nMeeting ID: 392 661 004 187\nPasscode: R4e
 Jw9\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E008000000005B8E1A4D7C83DB01000000000000000
 010000000D4A7B0C3E6F94B2CA5D8E1B4C7F0A3D6
SUMMARY;LANGUAGE=en-US:HSE Specialist Hub Zaragoza – interview with HSE Man
 ager Iberia
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250220T153000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250220T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T090141Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-675230194
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Expresur Parcel",
        role="HSE Specialist – Hub Zaragoza",
        stage="hiring_manager",
        interviewers="nuno.carvalho@expresur-parcel.com",
        trap="english-spanish-mix-utc-label-zone-shared-mailbox",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="0D7E3A91-5F2C-4B68-9E1D-A4C7B0F3E825",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250121T083022Z
DTEND;TZID=Europe/Madrid:20250124T133000
DTSTAMP:20250121T083040Z
DTSTART;TZID=Europe/Madrid:20250124T130000
LAST-MODIFIED:20250121T083040Z
DESCRIPTION:Me llama Beatriz Gimeno (RRHH). Técnico seguridad industrial\, 
 turnos. Tener a mano nº de horas de formación impartidas y lo de la certif
 icación 45001
SEQUENCE:0
SUMMARY:Llamada RRHH Asientos Ribera Alta
UID:0D7E3A91-5F2C-4B68-9E1D-A4C7B0F3E825
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT10M
UID:7C2B9E40-1D3F-4A85-B6C0-E9F2A3D4B517
X-WR-ALARMUID:7C2B9E40-1D3F-4A85-B6C0-E9F2A3D4B517
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Asientos Ribera Alta",
        role="Técnico seguridad industrial",
        stage="recruiter_screen",
        interviewers="Beatriz Gimeno",
        trap="ios-hand-typed-phone-screen-llamada",
        hiring=False,
    ),
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000C9F2B5E8A17FDB01000000000000000010000000E7B0C3D6F9A24C5FB8E1D4A7C0F3B6E9",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{MADRID}
BEGIN:VEVENT
ORGANIZER;CN="Gimeno Tello, Beatriz":mailto:beatriz.gimeno@asientosriberaalta.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Villanueva Ar
 ruebo, Óscar":mailto:oscar.villanueva@asientosriberaalta.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nComo te comenté\, la última fas
 e del proceso de Técnico/a de Seguridad Industrial son dos jornadas de pru
 eba en planta (turno de mañana\, 6:00–14:00)\, remuneradas según convenio
 . Estarás con Óscar Villanueva (Responsable de Seguridad)\, que será quien
  te evalúe: recorrido por líneas JIT de espumado y tapizado\, observaciones
  preventivas de seguridad en línea\, y revisión de una evaluación de riesgo
 s de puesto.\n\nTrae calzado de seguridad. Entrada por Portería Norte\, Po
 lígono El Pradillo\, Pedrola.\n\nBeatriz Gimeno\nRRHH – Asientos Ribera Alt
 a\n
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E00800000000C9F2B5E8A17FDB01000000000000000
 010000000E7B0C3D6F9A24C5FB8E1D4A7C0F3B6E9
SUMMARY;LANGUAGE=es-ES:Jornada de prueba – Técnico/a de Seguridad Industrial
  (turno mañana)
DTSTART;TZID=Europe/Madrid:20250210T060000
DTEND;TZID=Europe/Madrid:20250210T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T124419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Asientos Ribera Alta – Portería Norte\, Pedrola
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1290446118
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Asientos Ribera Alta",
        role="Técnico/a de Seguridad Industrial",
        stage="onsite",
        interviewers="oscar.villanueva@asientosriberaalta.es",
        trap="trial-shift-recurring-daily",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="6b2n9m4k1j8h5g3f0d7s2a9p6o@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250326T080000Z
DTEND:20250326T084500Z
DTSTAMP:20250320T114526Z
ORGANIZER;CN=David Sola - Grupo Perfiles:mailto:david.sola@grupoperfiles.es
UID:6b2n9m4k1j8h5g3f0d7s2a9p6o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=David Sola - Grupo Perfiles;X-NUM-GUESTS=0:mailto:david.sola@grupoperfi
 les.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
CREATED:20250320T114525Z
DESCRIPTION:Buenos días Javier\,\n\nTe confirmo la entrevista para la vacan
 te de Responsable de PRL y Medio Ambiente de nuestro cliente EBROCAR SECUEN
 CIACIÓN (secuenciación y montaje de módulos para la planta de Figueruelas\,
  centro en Pedrola\, 3 turnos). Es una entrevista por competencias de 45 m
 in\; si encajas\, te presentaremos al cliente la semana siguiente.\n\nDavid
  Sola\nGrupo Perfiles RRHH – Selección y ETT\n\nÚnete con Google Meet: http
 s://meet.google.com/vtk-pqsa-zbd\nÚnete por teléfono: (ES) +34 932 00 00 00
  PIN: 118 204 557#\n\nInvitación de Google Calendar: https://calendar.google
 .com/calendar/\n\nHas recibido este correo electrónico porque eres un invit
 ado del evento. Para dejar de recibir futuras actualizaciones de este event
 o\, rechaza el evento.\n\nSi reenvías esta invitación\, es posible que cual
 quier destinatario pueda enviar una respuesta al organizador\, unirse a la 
 lista de invitados\, invitar a otros usuarios independientemente de su pro
 pio estado de invitación o modificar tu confirmación de asistencia.
LAST-MODIFIED:20250320T114525Z
LOCATION:https://meet.google.com/vtk-pqsa-zbd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Grupo Perfiles – Resp. PRL y MA (cliente: Ebrocar Secuen
 ciación)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ebrocar Secuenciación",
        role="Responsable de PRL y Medio Ambiente",
        stage="recruiter_screen",
        interviewers="david.sola@grupoperfiles.es",
        trap="agency-names-client-google-spanish-footer",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000007D1A4E7B2C0FDB01000000000000000010000000F1C4B7A0D3E64F29C2B5E8A1D4F7C0B3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Abós Gil, Mig
 uel":mailto:mabos@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nGracias por presentarte a la co
 nvocatoria interna para la jefatura del Servicio de Prevención Propio (ref
 . CI-02/2025). Como el resto de candidaturas internas\, tendrás una entrev
 ista con Miguel Abós (Director de Operaciones) y conmigo. Queremos que nos 
 cuentes cómo organizarías el SPP (especialidades asumidas\, concierto con 
 el SPA para Higiene y Medicina del Trabajo) y el plan de reducción de acci
 dentes 2025-2026.\n\nPor confidencialidad\, no comentes la convocatoria co
 n el equipo hasta la resolución.\n\nCristina Pérez\nDirectora de Personas\n
UID:040000008200E00074C5B7101A82E008000000007D1A4E7B2C0FDB01000000000000000
 010000000F1C4B7A0D3E64F29C2B5E8A1D4F7C0B3
SUMMARY;LANGUAGE=es-ES:Entrevista – Convocatoria interna Jefe/a del Servici
 o de Prevención Propio (CI-02/2025)
DTSTART;TZID=Romance Standard Time:20250429T120000
DTEND;TZID=Romance Standard Time:20250429T130000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250422T075112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede central – Sala Dirección (2ª planta)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2019334781
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Construcciones Ebro Moncayo",
        role="Jefe/a del Servicio de Prevención Propio",
        stage="hiring_manager",
        interviewers="cperez@construcciones-ebro-moncayo.es;mabos@construcciones-ebro-moncayo.es",
        trap="internal-application-own-domain",
        hiring=False,
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000E4B7A0D3C6CADB01000000000000000010000000A2D5F8B1C4E74A3DB6C9F2A5D8E1B4C7",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pérez Lalana, Cristina":mailto:cperez@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasa Az
 nar, Javier":mailto:jlacasa@construcciones-ebro-moncayo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bergua Solana
 , Ignacio":mailto:ibergua@construcciones-ebro-moncayo.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, pasas a la última fase de la convocato
 ria interna CI-02/2025. Entrevista con Ignacio Bergua (Director General)\; 
 yo también estaré.\n\nCristina\n
UID:040000008200E00074C5B7101A82E00800000000E4B7A0D3C6CADB01000000000000000
 010000000A2D5F8B1C4E74A3DB6C9F2A5D8E1B4C7
SUMMARY;LANGUAGE=es-ES:CI-02/2025 – entrevista final Dirección General
DTSTART;TZID=Romance Standard Time:20250522T090000
DTEND;TZID=Romance Standard Time:20250522T094500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250515T140536Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho DG
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" co
 ntent="text/html\; charset=utf-8"></head><body><p>Javier\, pasas a la últi
 ma fase de la convocatoria interna CI-02/2025. Entrevista con Ignacio Bergu
 a (Director General)\; yo también estaré.</p><p>Cristina</p></body></html>
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1830275516
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Construcciones Ebro Moncayo",
        role="Jefe/a del Servicio de Prevención Propio",
        stage="final",
        interviewers="ibergua@construcciones-ebro-moncayo.es;cperez@construcciones-ebro-moncayo.es",
        trap="internal-final-code-only-summary-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="2c5e8g1i4k7m0o3q6s9u2w5y8a@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250207T090000Z
DTEND:20250207T100000Z
DTSTAMP:20250131T120911Z
ORGANIZER;CN=Mercedes Ballarín:mailto:mercedes.ballarin@prevensalud-aragon.es
UID:2c5e8g1i4k7m0o3q6s9u2w5y8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mercedes Ballarín;X-NUM-GUESTS=0:mailto:mercedes.ballarin@prevensalud-a
 ragon.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rwc-ejmf-tyo
CREATED:20250131T120910Z
DESCRIPTION:Javier\, te convoco a la entrevista por competencias para el pue
 sto de Técnico/a Superior PRL (Seguridad en el Trabajo) en nuestra delegaci
 ón de Zaragoza. Cartera: ~400 empresas concertadas\, mayoría construcción y
  metal. Soy la Directora Técnica del SPA.\n\nMercedes Ballarín\nPrevensalud
  Aragón – Servicio de Prevención Ajeno\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/rwc-ejmf-t
 yo\n\nMás información sobre Meet: https://support.google.com/a/users/answer
 /9282720\n\nNo edites esta sección de la descripción.\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://
 calendar.google.com/calendar/\n\nYou are receiving this email because you a
 re an attendee on the event.
LAST-MODIFIED:20250131T120910Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista por competencias – Técnico/a Superior PRL (Seguridad en 
 el Trabajo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Prevensalud Aragón",
        role="Técnico/a Superior PRL (Seguridad en el Trabajo)",
        stage="hiring_manager",
        interviewers="mercedes.ballarin@prevensalud-aragon.es",
        trap="spa-competency-interview-google-meet",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by",
        uid="040000008200E00074C5B7101A82E00800000000B1E4A7D0C3A0DB01000000000000000010000000C3F6A9D2E5B84C1FA4D7B0E3C6F9A2D5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Moliner Sanz, José Luis";SENT-BY="mailto:secretaria.direccion
 @adesa-ebro.es":mailto:joseluis.moliner@adesa-ebro.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimado Sr. Lacasa:\n\nPor indicación de D. Jos
 é Luis Moliner\, Director de Obras\, le convocamos a una entrevista para l
 a plaza de Coordinador de Seguridad y Salud en obras de depuración y abast
 ecimiento (EDAR\, colectores\, depósitos: espacios confinados\, zanjas\, at
 mósferas con H2S).\n\nUn saludo\,\nSecretaría de Dirección\nAGUAS Y DEPURA
 CIÓN DEL EBRO\, S.A. (ADESA)\n
UID:040000008200E00074C5B7101A82E00800000000B1E4A7D0C3A0DB01000000000000000
 010000000C3F6A9D2E5B84C1FA4D7B0E3C6F9A2D5
SUMMARY;LANGUAGE=es-ES:Entrevista Coordinador SyS – D. Javier Lacasa
DTSTART;TZID=Romance Standard Time:20250331T110000
DTEND;TZID=Romance Standard Time:20250331T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T093044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ADESA – C/ Miguel Servet 211\, Zaragoza
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1502667310
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Aguas y Depuración del Ebro",
        role="Coordinador de Seguridad y Salud",
        stage="hiring_manager",
        interviewers="joseluis.moliner@adesa-ebro.es",
        trap="sent-by-secretary-organizer",
        hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-81577204396-20250409@mfebro.es",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
DTSTAMP:20250402T170022Z
DTSTART;TZID=Europe/Madrid:20250409T170000
DTEND;TZID=Europe/Madrid:20250409T180000
SUMMARY:Entrevista técnica PRL – trabajos en vía (Montajes Ferroviarios del 
 Ebro)
UID:zoom-81577204396-20250409@mfebro.es
TZID:Europe/Madrid
DESCRIPTION:Gonzalo Peiró Navarro le está invitando a una reunión de Zoom p
 rogramada.\n\nEntrevista técnica para el puesto de Técnico/a PRL de obra f
 erroviaria (renovación de vía y electrificación). Temas: RD 1627/1997 en o
 bras ferroviarias\, trabajos en proximidad de catenaria\, pilotos de segur
 idad y bloqueos\, coordinación con el administrador de infraestructuras.\n
 \nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/81577204396?pwd=aGtRZ
 lhOS0FpU2dqNm1rV0x6bU5SQT09\n\nID de reunión: 815 7720 4396\nCódigo de acce
 so: 204119\n\n---\n\nMarcación rápida móvil\n+34910000000\,\,81577204396#\,
 \,\,\,*204119# España
LOCATION:https://us06web.zoom.us/j/81577204396?pwd=aGtRZlhOS0FpU2dqNm1rV0x6
 bU5SQT09
ORGANIZER;CN=Gonzalo Peiró Navarro:mailto:gonzalo.peiro@mfebro.es
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Montajes Ferroviarios del Ebro",
        role="Técnico/a PRL de obra ferroviaria",
        stage="technical",
        interviewers="gonzalo.peiro@mfebro.es",
        trap="zoom-publish-no-attendees-technical",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="9A1C4E7F-2B5D-4F80-A3C6-E9B2D5F8A1C4",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250109T174801Z
DTEND;TZID=Europe/Madrid:20250114T110000
DTSTAMP:20250109T174815Z
DTSTART;TZID=Europe/Madrid:20250114T100000
LAST-MODIFIED:20250109T174815Z
LOCATION:Pol. Malpica\, calle E parcela 31
SEQUENCE:0
SUMMARY:Grúas Torre Ar. entrevista 10h
UID:9A1C4E7F-2B5D-4F80-A3C6-E9B2D5F8A1C4
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:E3B6D9F2-5A8C-4B1E-8D4F-7A0C3E6B9D12
X-WR-ALARMUID:E3B6D9F2-5A8C-4B1E-8D4F-7A0C3E6B9D12
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Grúas Torre Aragón",
        role="",
        stage="",
        interviewers="",
        trap="hand-typed-abbreviated-company-no-role",
        hiring=False,
    ),
    dict(
        kind="factorial-invite",
        uid="factorial-ats-interview-558213@arinsa.factorialhr.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Factorial HR//Factorial ATS//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:factorial-ats-interview-558213@arinsa.factorialhr.com
DTSTAMP:20250509T110017Z
DTSTART;TZID=Europe/Madrid:20250515T123000
DTEND;TZID=Europe/Madrid:20250515T131500
SUMMARY:Entrevista | Técnico/a de PRL - Paradas de planta | Javier Lacasa A
 znar
ORGANIZER;CN=Cristina Lázaro:mailto:cristina.lazaro@arinsa.es
ATTENDEE;CN=Cristina Lázaro;PARTSTAT=ACCEPTED:mailto:cristina.lazaro@arinsa
 .es
ATTENDEE;CN=Javier Lacasa Aznar;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:javi
 er.lacasa.aznar@gmail.com
LOCATION:Videollamada (Google Meet) – https://meet.google.com/fpa-ksvn-qwe
DESCRIPTION:Hola Javier\,\n\nDesde Aragonesa de Instalaciones Industriales 
 (ARINSA) te invitamos a una primera entrevista para la vacante Técnico/a d
 e PRL - Paradas de planta (petroquímica y papeleras: permisos de trabajo\, 
 espacios confinados\, consignaciones\, coordinación de hasta 300 operarios
  de contratas en parada).\n\nEntrevistadora: Cristina Lázaro (People)\n\nE
 nviado desde Factorial
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ARINSA",
        role="Técnico/a de PRL - Paradas de planta",
        stage="recruiter_screen",
        interviewers="cristina.lazaro@arinsa.es",
        trap="factorial-local-ats-acronym-company",
        hiring=False,
    ),
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E008000000000C3F6A9D2BC8DB01000000000000000010000000D5A8B1E4C7F04D3AB6E9C2F5A8D1B4E7",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ena Marín, Pilar":mailto:pilar.ena@papeleradelhuerva.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrando Gil,
  Luis":mailto:luis.ferrando@papeleradelhuerva.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=CU
 A Sala Juntas Fábrica:mailto:cua.salajuntas@papeleradelhuerva.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N=CUA Proyector portátil:mailto:cua.proyector@papeleradelhuerva.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Javier\,\n\nTe confirmamos la entre
 vista para el puesto de Técnico de Seguridad e Higiene Industrial en nuest
 ra fábrica de Cuarte de Huerva (máquina de papel\, calderas\, almacén de b
 obinas). Estaremos Luis Ferrando (Jefe de Fábrica) y yo\, Pilar Ena (RRHH)
 .\n\nSi quieres\, puedes traer en un pendrive algún ejemplo de evaluación 
 higiénica (ruido\, polvo) que hayas hecho\, sin datos de empresa.\n\nSalud
 os\,\nPilar\n
UID:040000008200E00074C5B7101A82E008000000000C3F6A9D2BC8DB01000000000000000
 010000000D5A8B1E4C7F04D3AB6E9C2F5A8D1B4E7
SUMMARY;LANGUAGE=es-ES:Entrevista – Técnico Seg. e Higiene Industrial
DTSTART;TZID=Romance Standard Time:20250519T093000
DTEND;TZID=Romance Standard Time:20250519T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T151208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CUA Sala Juntas Fábrica\; CUA Proyector portátil
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-402559134
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Papelera del Huerva",
        role="Técnico de Seguridad e Higiene Industrial",
        stage="hiring_manager",
        interviewers="luis.ferrando@papeleradelhuerva.es;pilar.ena@papeleradelhuerva.es",
        trap="room-and-resource-attendees-abbreviated-summary",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="4r7t0y3u6i9o2p5a8s1d4f7g0h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:javier.lacasa.aznar@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250108T173000Z
DTEND:20250108T180000Z
DTSTAMP:20250701T081455Z
UID:4r7t0y3u6i9o2p5a8s1d4f7g0h@google.com
CREATED:20250107T120406Z
DESCRIPTION:Me llama él (Ángel Marco\, gerente). Puesto resp. PRL planta de
  reciclaje de RCD + chatarra: prensas\, cizallas\, palas\, tráfico de camio
 nes. Vino por InfoJobs.
LAST-MODIFIED:20250107T120406Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Recuperaciones Ebro Sur – resp. PRL
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Recuperaciones Ebro Sur",
        role="Responsable de PRL",
        stage="hiring_manager",
        interviewers="Ángel Marco",
        trap="google-export-phone-call-no-attendees",
        hiring=False,
    ),
    dict(
        kind="bizneo-invite",
        uid="bizneo-ats-3318842-entrevista@ibercons.bizneohr.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Bizneo HR//Bizneo ATS//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:bizneo-ats-3318842-entrevista@ibercons.bizneohr.com
DTSTAMP:20250225T090300Z
DTSTART;TZID=Europe/Madrid:20250303T100000
DTEND;TZID=Europe/Madrid:20250303T103000
SUMMARY:Entrevista telefónica – Técnico/a de Prevención Delegación Aragón
ORGANIZER;CN=Alba Rubio (Ibercons):mailto:alba.rubio@ibercons.es
ATTENDEE;CN=Alba Rubio;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:alba.r
 ubio@ibercons.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Teléfono
DESCRIPTION:Hola Javier\,\n\nGracias por tu interés en IBERCONS INFRAESTRUC
 TURAS. Te confirmamos una entrevista telefónica de 30 minutos con Alba Rub
 io (Talento) para la oferta Técnico/a de Prevención – Delegación Aragón (r
 ef. 2025-ARA-PRL-07).\n\nSi necesitas cambiarla\, responde desde el portal
  del candidato: https://ibercons.bizneohr.com/candidates/portal\n\nBizneo H
 R · Software de Recursos Humanos
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ibercons Infraestructuras",
        role="Técnico/a de Prevención – Delegación Aragón",
        stage="recruiter_screen",
        interviewers="alba.rubio@ibercons.es",
        trap="bizneo-local-ats",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000006F9C2E5B8A94DB01000000000000000010000000E6B9C2F5A8D14E7BA0D3F6C9B2E5A8D1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Oliván Cuartero, Jaime":mailto:jaime.olivan@ibercons.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rubio Garcés
 , Alba":mailto:alba.rubio@ibercons.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, buenas tardes:\n\nTe adjunto el enunci
 ado del caso práctico: proyecto básico de 96 viviendas con 2 sótanos en Ar
 cosur (pantallas de pilotes\, grúa torre\, fachada con andamio tubular). Re
 dacta el índice razonado del Plan de Seguridad y Salud y las 5 unidades de 
 obra más críticas con sus medidas. Envíalo antes del martes a las 12:00 y 
 lo comentamos en esta llamada (45 min).\n\nJaime Oliván\nJefe de PRL – Dele
 gación Aragón\n\n_______________________________________________________
 _________________________\nReunión de Microsoft Teams\nHaga clic aquí para
  unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _NjNmODk5YTMtYzhjOC00OTk5LTk3NjQtM2E2YzdlODJmM2Q3%40thread.v2/0>\nId. de r
 eunión: 340 772 118 560\nCódigo de acceso: aS3mQ7\n_______________________
 _________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000006F9C2E5B8A94DB01000000000000000
 010000000E6B9C2F5A8D14E7BA0D3F6C9B2E5A8D1
SUMMARY;LANGUAGE=es-ES:Caso práctico PRL – Plan de Seguridad y Salud (edifi
 cación residencial)
DTSTART;TZID=Romance Standard Time:20250318T160000
DTEND;TZID=Romance Standard Time:20250318T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T152745Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1733200548
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ibercons Infraestructuras",
        role="Técnico/a de Prevención – Delegación Aragón",
        stage="technical",
        interviewers="jaime.olivan@ibercons.es",
        trap="case-study-no-interview-word-optional-recruiter",
        hiring=False,
    ),
    dict(
        kind="outlook-update",
        uid="040000008200E00074C5B7101A82E00800000000A7D0C3F6E9AFDB01000000000000000010000000F7C0D3A6B9E24F8CB1E4A7D0C3F6B9E2",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Rubio Garcés, Alba":mailto:alba.rubio@ibercons.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bescós Arnal
 , Héctor":mailto:hector.bescos@ibercons.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\, Héctor (Delegado Aragón) tiene com
 ité de dirección el viernes\; movemos la entrevista final al miércoles 16 
 a las 9:00 en la Delegación. Yo solo organizo\, no estaré.\n\nAlba\n
UID:040000008200E00074C5B7101A82E00800000000A7D0C3F6E9AFDB01000000000000000
 010000000F7C0D3A6B9E24F8CB1E4A7D0C3F6B9E2
SUMMARY;LANGUAGE=es-ES:Entrevista final – Técnico/a de Prevención (nueva fe
 cha)
DTSTART;TZID=Romance Standard Time:20250416T090000
DTEND;TZID=Romance Standard Time:20250416T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T102236Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Ibercons – Delegación Aragón\, C/ María Zambrano 31
 \, Zaragoza
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1133029875
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ibercons Infraestructuras",
        role="Técnico/a de Prevención",
        stage="final",
        interviewers="hector.bescos@ibercons.es",
        trap="rescheduled-sequence-1-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D2F5A8B1E4C4DB01000000000000000010000000A8E1B4C7D0F34A6DB9C2E5F8A1D4B7C0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Sierra Villacampa, Rosa":mailto:rosa.sierra@vialtrans.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pomar Lagun
 a, Luis":mailto:luis.pomar@vialtrans.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier:\n\nTe esperamos para la entrevista 
 de Jefe/a del Servicio de Prevención Mancomunado del Grupo Vialtrans (4 so
 ciedades\, ~900 trabajadores). Estaremos Luis Pomar (Director de RRHH del 
 Grupo) y yo (Directora de Sistemas de Gestión).\n\nRosa\n
UID:040000008200E00074C5B7101A82E00800000000D2F5A8B1E4C4DB01000000000000000
 010000000A8E1B4C7D0F34A6DB9C2E5F8A1D4B7C0
SUMMARY;LANGUAGE=es-ES:Entrevista – Jefe/a SPM
DTSTART;TZID=Romance Standard Time:20250529T160000
DTEND;TZID=Romance Standard Time:20250529T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250521T100918Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Vialtrans – Av. de Ranillas 3D\, Zaragoza
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-55120794
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vialtrans Obras y Servicios",
        role="Jefe/a del Servicio de Prevención Mancomunado",
        stage="hiring_manager",
        interviewers="rosa.sierra@vialtrans.es;luis.pomar@vialtrans.es",
        trap="cn-last-first-acronym-summary",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="8u1i4o7p0a3s6d9f2g5h8j1k4l@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250603T100000
DTEND;TZID=Europe/Madrid:20250603T110000
DTSTAMP:20250701T081455Z
UID:8u1i4o7p0a3s6d9f2g5h8j1k4l@google.com
CREATED:20250527T093301Z
DESCRIPTION:Citación por correo de la Fundación Universitaria San Braulio:\
 n«Entrevista personal ante la Comisión de Selección de la plaza de Técnic
 o/a de Prevención de Riesgos Laborales (Unidad de Prevención)\, convocatori
 a PAS-L 4/2025. Comisión: Dra. Concepción Arnal (Gerente)\, D. Felipe Urzay
  (Jefe de la Unidad de Prevención) y Dña. Yolanda Cebrián (Recursos Human
 os). Duración máxima 30 minutos.»\nLlevar DNI y originales de títulos.
LAST-MODIFIED:20250527T093301Z
LOCATION:Edificio Rectorado\, Sala de Juntas 1ª planta\, Campus Río Ebro
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comisión de Selección – plaza Técnico/a PRL (San Braulio)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fundación Universitaria San Braulio",
        role="Técnico/a de Prevención de Riesgos Laborales",
        stage="onsite",
        interviewers="Concepción Arnal;Felipe Urzay;Yolanda Cebrián",
        trap="selection-committee-names-without-addresses",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="C5E8A1B4-D7F0-4C3E-96A9-B2E5D8F1A4C7",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250602T191204Z
DTEND;TZID=Europe/Madrid:20250606T093000
DTSTAMP:20250602T191230Z
DTSTART;TZID=Europe/Madrid:20250606T083000
LAST-MODIFIED:20250602T191230Z
LOCATION:Transportes Arrieta\, C/ Osca 12\, PLAZA
DESCRIPTION:Con Iñaki Arrieta (gerente). Resp. seguridad y salud almacén + 
 flota. Me dijo por whatsapp que le lleve ideas para los muelles
SEQUENCE:0
SUMMARY:Arrieta Logística - entrevista nave PLAZA
UID:C5E8A1B4-D7F0-4C3E-96A9-B2E5D8F1A4C7
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70.6;X-TITLE="Transpo
 rtes Arrieta\nC/ Osca 12\, PLAZA":geo:41.621340,-0.995410
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT30M
UID:1F4A7D0C-3E6B-4A9D-8C2F-5B8E1D4A7C03
X-WR-ALARMUID:1F4A7D0C-3E6B-4A9D-8C2F-5B8E1D4A7C03
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Transportes Arrieta Logística",
        role="Responsable de seguridad y salud almacén y flota",
        stage="hiring_manager",
        interviewers="Iñaki Arrieta",
        trap="ios-hand-typed-structured-location",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B3E6A9D2F5DADB01000000000000000010000000C9F2A5D8B1E44C7AB0D3E6F9C2A5D8B1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lafuente Ortas, Marta":mailto:marta.lafuente@coordinaobra.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nSegunda parte del proceso: prue
 ba técnica en directo (revisión de un acta de visita de coordinación y de
  un libro de incidencias con anotaciones mal planteadas) y entrevista. Neces
 itamos un CSS en fase de ejecución para obras de promotores privados en Zar
 agoza y Huesca.\n\nMarta Lafuente\nSocia-directora\, Coordina Obra Aragón 
 S.L.P.\n\n___________________________________________________________________
 _____________\nReunión de Microsoft Teams\nId. de reunión: 314 095 662 871
 \nCódigo de acceso: Lq2wE5\n___________________________________________________
 _____________________________\n
UID:040000008200E00074C5B7101A82E00800000000B3E6A9D2F5DADB01000000000000000
 010000000C9F2A5D8B1E44C7AB0D3E6F9C2A5D8B1
SUMMARY;LANGUAGE=es-ES:Prueba técnica + entrevista – CSS fase de ejecución
DTSTART;TZID=Romance Standard Time:20250611T170000
DTEND;TZID=Romance Standard Time:20250611T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T080455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:601822954
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Coordina Obra Aragón",
        role="CSS fase de ejecución",
        stage="technical",
        interviewers="marta.lafuente@coordinaobra.es",
        trap="css-firm-live-technical-test",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000C4F7B0E3A6DEDB01000000000000000010000000D0A3B6C9E2F54D8BC1E4A7B0D3F6C9E2",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Bueno Lacruz, Gemma":mailto:gemma.bueno@mutuasalduba.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimado Javier:\n\nTe citamos a una primera ent
 revista online de 30 minutos para el puesto de Técnico/a de PRL – Programa
 s de Reducción de la Siniestralidad (Mutua Salduba\, Mutua Colaboradora co
 n la Seguridad Social). La realizará Gemma Bueno\, de Selección.\n\n______
 __________________________________________________________________________
 \nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación 
 móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2U4MWQ5NDgtMDRmNC00ZDk3L
 WIyYTctNzU0YjNlMWE2ZTE4%40thread.v2/0>\nId. de reunión: 366 810 447 209\nCó
 digo de acceso: Gp8Ns4\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4F7B0E3A6DEDB01000000000000000
 010000000D0A3B6C9E2F54D8BC1E4A7B0D3F6C9E2
SUMMARY;LANGUAGE=es-ES:Entrevista inicial – Técnico/a PRL Programas Reducció
 n Siniestralidad
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250616T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250616T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250609T112041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1766508215
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mutua Salduba",
        role="Técnico/a de PRL – Programas de Reducción de la Siniestralidad",
        stage="recruiter_screen",
        interviewers="gemma.bueno@mutuasalduba.es",
        trap="utc-label-zone-without-vtimezone-mutua",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250619T110000
DTEND;TZID=Europe/Madrid:20250619T120000
DTSTAMP:20250612T074412Z
ORGANIZER;CN=Fermín Castán:mailto:fermin.castan@hidroesera.es
UID:9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Fermín Castán;X-NUM-GUESTS=0:mailto:fermin.castan@hidroesera.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Javier Lacasa;X-NUM-GUESTS=0:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN=Graus-Central-Sala Reuniones (8);X-NUM-GUESTS=0:mailto:c_1883hidroesera
 graus8@resource.calendar.google.com
CREATED:20250612T074411Z
DESCRIPTION:Entrevista para Responsable de PRL de Generación Hidráulica (cen
 trales del Ésera y del Noguera Ribagorzana: trabajos en galerías y tubería
 s forzadas\, descargos eléctricos\, trabajos en presas). Soy el Jefe de Ope
 ración y Mantenimiento. Si no puedes venir a Graus\, conéctate por Meet.\n\
 nÚnete con Google Meet: https://meet.google.com/hzx-tnoa-ubq\n\nInvitation 
 from Google Calendar: https://calendar.google.com/calendar/\n\nYou are rece
 iving this email because you are an attendee on the event.
LAST-MODIFIED:20250612T074411Z
LOCATION:Graus-Central-Sala Reuniones (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Responsable PRL Generación Hidráulica
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hidroeléctricas del Ésera",
        role="Responsable PRL Generación Hidráulica",
        stage="hiring_manager",
        interviewers="fermin.castan@hidroesera.es",
        trap="google-room-resource-attendee",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E5A8C1D4B7C9DB01000000000000000010000000B1D4E7A0C3F64B9EA2C5D8F1B4E7A0C3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lanuza Pina, Sergio":mailto:sergio.lanuza@ebroplast-automotive.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogel, Katri
 n":mailto:katrin.vogel@ebroplast-automotive.com
DESCRIPTION;LANGUAGE=en-US:Hi Javier\,\n\nThank you for applying through Wo
 rkday. Please find below the Teams link for your interview for EHS Coordin
 ator – Figueruelas plant (injection moulding\, painting line\, 24/7). Inte
 rviewers: Katrin Vogel (Plant Manager) and myself (HR Business Partner). Th
 e interview will be held in English.\n\nBest\,\nSergio Lanuza\n\n__________
 ______________________________________________________________________\nMic
 rosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_ODJjNjYwYWEtMmRkYy00MTlkLWJhMzYtNTk3ZTRlYmU1ZmRk%40thread.v2/0>\n
 Meeting ID: 329 005 481 776\nPasscode: Vb7qY3\n_____________________________
 ___________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E5A8C1D4B7C9DB01000000000000000
 010000000B1D4E7A0C3F64B9EA2C5D8F1B4E7A0C3
SUMMARY;LANGUAGE=en-US:Interview – EHS Coordinator (Figueruelas) – J. Lacasa
DTSTART;TZID=W. Europe Standard Time:20250520T140000
DTEND;TZID=W. Europe Standard Time:20250520T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T133318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1987320559
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ebroplast Automotive",
        role="EHS Coordinator",
        stage="hiring_manager",
        interviewers="katrin.vogel@ebroplast-automotive.com;sergio.lanuza@ebroplast-automotive.com",
        trap="english-automotive-supplier-w-europe-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F6B9D2E5C8D3DB01000000000000000010000000C2E5F8B1D4A74C0FB3D6E9A2C5F8B1D4",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lanuza Pina, Sergio":mailto:sergio.lanuza@ebroplast-automotive.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogel, Katri
 n":mailto:katrin.vogel@ebroplast-automotive.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reinhardt, T
 homas":mailto:thomas.reinhardt@ebroplast-automotive.com
DESCRIPTION;LANGUAGE=en-US:Hi Javier\,\n\nGreat news – we would like to inv
 ite you to the final round at the plant: a tour of the moulding hall and 
 paint shop with Katrin\, followed by a conversation with Thomas Reinhardt (
 Regional EHS Director Europe\, visiting from Stuttgart). Visitor safety sh
 oes and glasses will be provided at reception.\n\nAddress: Ebroplast Autom
 otive\, Polígono Entrerríos parcela 8\, Figueruelas.\n\nSergio\n
UID:040000008200E00074C5B7101A82E00800000000F6B9D2E5C8D3DB01000000000000000
 010000000C2E5F8B1D4A74C0FB3D6E9A2C5F8B1D4
SUMMARY;LANGUAGE=en-US:Final interview & plant tour – EHS Coordinator
DTSTART;TZID=W. Europe Standard Time:20250605T090000
DTEND;TZID=W. Europe Standard Time:20250605T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T081904Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ebroplast Automotive – Figueruelas (Reception)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2066104381
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ebroplast Automotive",
        role="EHS Coordinator",
        stage="final",
        interviewers="katrin.vogel@ebroplast-automotive.com;thomas.reinhardt@ebroplast-automotive.com",
        trap="final-plant-tour-english",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="7c0e3a6d-9b2f-45e8-a1d4-c7f0b3e6a9d2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250221T190045Z
LAST-MODIFIED:20250221T190212Z
DTSTAMP:20250221T190212Z
UID:7c0e3a6d-9b2f-45e8-a1d4-c7f0b3e6a9d2
SUMMARY:Veruela - 2a entrevista (jefe de obra + RRHH)
DTSTART:20250227T170000
DTEND:20250227T180000
LOCATION:caseta obra Arcosur\, parcela 88
DESCRIPTION:Rubén Tabuenca (jefe de obra) y Elena Yus (RRHH). Puesto técni
 co PRL de obra. Llevar ejemplo de acta de reunión CAE
X-MOZ-GENERATION:1
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Construcciones Veruela",
        role="Técnico PRL de obra",
        stage="hiring_manager",
        interviewers="Rubén Tabuenca;Elena Yus",
        trap="thunderbird-floating-second-round-site-cabin",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3e6h9k2n5q8t1w4z7c0f3i6l9o@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250623T073000Z
DTEND:20250623T080000Z
DTSTAMP:20250617T132208Z
ORGANIZER;CN=Noelia Franco:mailto:noelia.franco@activaempleo.es
UID:3e6h9k2n5q8t1w4z7c0f3i6l9o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Noelia Franco;X-NUM-GUESTS=0:mailto:noelia.franco@activaempleo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
CREATED:20250617T132207Z
DESCRIPTION:Hola Javier!\n\nTe llamo el lunes para la entrevista de la ofer
 ta de Técnico/a PRL para nuestro cliente LOGISNOVA (operador logístico en 
 PLAZA\, 3 naves\, 250 personas entre plantilla y ETT). Contrato directo co
 n el cliente\, no de puesta a disposición.\n\nNoelia Franco\nConsultora – A
 ctiva Empleo ETT\, Delegación Zaragoza\n\nInvitation from Google Calendar: 
 https://calendar.google.com/calendar/\n\nYou are receiving this email becau
 se you are an attendee on the event. To stop receiving future updates for 
 this event\, decline this event.
LAST-MODIFIED:20250617T132207Z
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Activa Empleo – Técnico/a PRL (cliente Logisnova)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Logisnova",
        role="Técnico/a PRL",
        stage="recruiter_screen",
        interviewers="noelia.franco@activaempleo.es",
        trap="temp-agency-names-client",
        hiring=False,
    ),
]
