"""holdout270 events, part A: the user's own interviews (constructors, PLAZA, Figueruelas, mutua, oposición)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout270ev_zones import LONDON, MADRID, MADRID_APPLE, PARIS, ROMANCE, UTC1_ES

EVENTS = [
    dict(
        kind="google-invite",
        uid="3v8kq1h0c2m7b5t9r4e6n1a0p2@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T083000Z
DTEND:20250121T090000Z
DTSTAMP:20250116T121944Z
ORGANIZER;CN=Nuria Sanz Lapuente:mailto:nuria.sanz@gallegoobras.es
UID:3v8kq1h0c2m7b5t9r4e6n1a0p2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nuria Sanz Lapuente;X-NUM-GUESTS=0:mailto:nuria.sanz@gallegoobras.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1873467719
CREATED:20250116T121943Z
DESCRIPTION:Hola Javier\,\n\nGracias por inscribirte en nuestra oferta de I
 nfoJobs «Coordinador/a HSE – Obra civil y edificación» (ref. 4471). Te llam
 o al móvil para una primera conversación de unos 20-30 minutos: trayectori
 a\, disponibilidad para desplazarte a las obras de Huesca y Teruel y banda 
 salarial.\n\nUn saludo\,\nNuria Sanz – Recursos Humanos\nConstructora Gálle
 go Obras y Servicios\, S.L.\nCtra. de Huesca km 21\, 50800 Zuera (Zaragoza)
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nNo modifiques es
 ta sección de la descripción.\n\nVer tu evento en https://calendar.google.c
 om/calendar/event?action=VIEW&eid=M3Y4a3ExaDBjMm03YjV0OXI0ZTZuMWEwcDIgamF2a
 WVyLmxhY2FzYS5hem5hckBnbWFpbC5jb20&tok=MjcjbnVyaWEuc2FuekBnYWxsZWdvb2JyYXMu
 ZXM&ctz=Europe%2FMadrid&hl=es&es=0\n\nInvitation from Google Calendar: http
 s://calendar.google.com/calendar/\n\nYou are receiving this email because y
 ou are an attendee on the event. To stop receiving future updates for this 
 event\, decline this event.\n\nForwarding this invitation could allow any r
 ecipient to send a response to the organizer\, be added to the guest list\,
  invite others regardless of their own invitation status\, or modify your 
 RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwar
 ding\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250116T121943Z
LOCATION:Llamada telefónica (te llamamos nosotros)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica – Coordinador/a HSE (InfoJobs ref. 4471)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gállego Obras y Servicios",
        role="Coordinador/a HSE",
        stage="recruiter_screen",
        interviewers="nuria.sanz@gallegoobras.es",
        trap="infojobs-phone-screen-google-footer",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C04A1F2B6B6BDB01000000000000000010000000A4E2C0D1F3B34A4C8E2B1D0F9A6C7E51",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ibort Sancho, Ramón":mailto:ramon.ibort@gallegoobras.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;C
 N=ZUE Sala Formación (12):mailto:sala.formacion.zuera@gallegoobras.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Javier\,\n\nComo te comentó Nuria\, 
 la segunda fase es una prueba técnica en nuestras oficinas de Zuera:\n\n- 
 90 min: a partir del proyecto de ejecución de una nave industrial (estruct
 ura metálica\, cubierta de panel sándwich\, 14 m de altura libre) tendrás 
 que identificar los riesgos principales\, proponer medidas y revisar un bo
 rrador de Plan de Seguridad y Salud que contiene errores.\n- 30 min: entre
 vista técnica conmigo sobre la prueba\, coordinación de actividades empres
 ariales y recursos preventivos.\n\nPuedes traer el RD 1627/1997 y la Guía 
 Técnica del INSST. Aparcamiento dentro de la parcela.\n\nUn saludo\,\nRamó
 n Ibort\nJefe del Servicio de Prevención\n\n
UID:040000008200E00074C5B7101A82E00800000000C04A1F2B6B6BDB01000000000000000
 010000000A4E2C0D1F3B34A4C8E2B1D0F9A6C7E51
SUMMARY;LANGUAGE=es-ES:Prueba técnica + entrevista – Coordinador/a HSE
DTSTART;TZID=Romance Standard Time:20250130T090000
DTEND;TZID=Romance Standard Time:20250130T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250123T101502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ZUE Sala Formación (12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123457129
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONDISPLAYNAME:ZUE Sala Formación (12)
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gállego Obras y Servicios",
        role="Coordinador/a HSE",
        stage="technical",
        interviewers="ramon.ibort@gallegoobras.es",
        trap="trade-test-plan-de-seguridad-room-attendee",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D1A7E93C2F7DDB01000000000000000010000000F0B3A6C15E7D4F29A1C0E8D2B7F4A913",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_ES}
BEGIN:VEVENT
ORGANIZER;CN="Sanz Lapuente, Nuria":mailto:nuria.sanz@gallegoobras.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gállego P
 ardo, Alberto":mailto:alberto.gallego@gallegoobras.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nEnhorabuena por la prueba técni
 ca. Te convoco a la última entrevista del proceso con Alberto Gállego (Dir
 ector General). Yo no estaré presente; cualquier cosa me escribes.\n\nDura
 ción aproximada: 45 minutos.\nLugar: oficinas centrales\, Ctra. de Huesca 
 km 21\, Zuera.\n\nUn saludo\,\nNuria\n
UID:040000008200E00074C5B7101A82E00800000000D1A7E93C2F7DDB01000000000000000
 010000000F0B3A6C15E7D4F29A1C0E8D2B7F4A913
SUMMARY;LANGUAGE=es-ES:Entrevista final con Dirección – Coordinador/a HSE
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250212T120000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250212T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250204T165811Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección – Zuera
X-ALT-DESC;FMTTYPE=text/html:<html><body><div><p>Hola Javier\,</p><p>Enhora
 buena por la prueba técnica. Te convoco a la <b>última entrevista</b> del p
 roceso con Alberto Gállego (Director General). Yo no estaré presente\; cua
 lquier cosa me escribes.</p><p>Duración aproximada: 45 minutos.<br>Lugar: 
 oficinas centrales\, Ctra. de Huesca km 21\, Zuera.</p><p>Un saludo\,<br>N
 uria</p></div></body></html>
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-905513644
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
""",
        is_interview=1,
        company="Gállego Obras y Servicios",
        role="Coordinador/a HSE",
        stage="final",
        interviewers="alberto.gallego@gallegoobras.es",
        trap="final-organizer-is-coordinator-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E55B0C7A8E75DB010000000000000000100000003C9D2A7E61F84B0C93A5D7E2C1B08F46",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ezquerra Millán, Laura":mailto:laura.ezquerra@talentocierzo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier La
 casa Aznar:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nTal y como hablamos por LinkedI
 n\, te envío la convocatoria para la entrevista por el proceso de Jefe/a d
 e Seguridad y Salud que gestionamos en exclusiva para nuestro cliente HUER
 VA INFRAESTRUCTURAS (obra civil y edificación\, ~350 personas). Repasaremo
 s tu trayectoria\, tu experiencia con coordinación de actividades empresar
 iales en obras con muchas subcontratas y tus expectativas.\n\nUn saludo\,\n
 Laura Ezquerra\nConsultora Senior de Selección · Talento Cierzo Consultore
 s\nPaseo Sagasta 40\, 50006 Zaragoza · 876 55 01 23\n\n___________________
 _____________________________________________________________\nReunión de 
 Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispo
 sitivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_ZTQ4NmI1YzEtOGQ2Zi00ZDY5LWE1ZjgtMzE0Z
 Dk2ZjFiNzA3%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f0c2aa-7e41-4d0e-9c2
 b-5f1a6d3e8c90%22%7d>\nId. de reunión: 371 204 558 916\nCódigo de acceso: 
 Uv6Fq3\nDescargar Teams<https://www.microsoft.com/es-es/microsoft-teams/do
 wnload-app> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/jo
 in-a-meeting>\nMás información<https://aka.ms/JoinTeamsMeeting> | Opciones 
 de reunión<https://teams.microsoft.com/meetingOptions/>\n_________________
 _______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E55B0C7A8E75DB01000000000000000
 0100000003C9D2A7E61F84B0C93A5D7E2C1B08F46
SUMMARY;LANGUAGE=es-ES:Entrevista Talento Cierzo | Jefe/a de Seguridad y Sal
 ud – Huerva Infraestructuras
DTSTART;TZID=Romance Standard Time:20250203T170000
DTEND;TZID=Romance Standard Time:20250203T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T112409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1204938551
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\,"Onli
 neMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZTQ4NmI1YzEtOGQ2Zi00ZDY5LWE1ZjgtMzE0ZDk2ZjFiNzA3%40thread.v2/
 0?context=%7b%22Tid%22%3a%22b1f0c2aa-7e41-4d0e-9c2b-5f1a6d3e8c90%22%7d
X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsof
 t.com/teamsforbusiness/meetings/1921046
X-MICROSOFT-SKYPETEAMSPROPERTIES:{{"cid":"19:meeting_ZTQ4NmI1YzEtOGQ2Zi00ZDY
 5LWE1ZjgtMzE0ZDk2ZjFiNzA3@thread.v2"\,"private":true\,"type":0\,"mid":0\,"
 rid":0\,"uid":null}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Huerva Infraestructuras",
        role="Jefe/a de Seguridad y Salud",
        stage="recruiter_screen",
        interviewers="laura.ezquerra@talentocierzo.es",
        trap="agency-screen-names-client-teams",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000002F6C11D4A97EDB01000000000000000010000000B8E4F7A2D05C4E13962A1B7C3D5E8F02",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lanaspa Ruiz, Fernando":mailto:fernando.lanaspa@huerva-infra.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Calvo Aísa, M
 arisa":mailto:marisa.calvo@huerva-infra.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ezquerra 
 Millán, Laura":mailto:laura.ezquerra@talentocierzo.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, buenos días.\n\nLaura (Talento Cierzo) 
 nos ha trasladado tu candidatura. Nos gustaría conocerte en nuestras ofici
 nas: estaremos Marisa Calvo (Jefa de RRHH) y yo. Hablaremos de las obras q
 ue tenemos en marcha (variante de Cariñena\, ampliación EDAR Cuarte y 140 
 viviendas en Arcosur) y de cómo organizarías el servicio de prevención.\n\n
 Laura va en copia solo para coordinar\; no asistirá.\n\nSaludos\,\nFernand
 o Lanaspa\nDirector de Producción\nHUERVA INFRAESTRUCTURAS\, S.A.\nAv. de C
 esáreo Alierta 120\, 50013 Zaragoza\n
UID:040000008200E00074C5B7101A82E008000000002F6C11D4A97EDB01000000000000000
 010000000B8E4F7A2D05C4E13962A1B7C3D5E8F02
SUMMARY;LANGUAGE=es-ES:Entrevista Jefe/a de Seguridad y Salud – J. Lacasa
DTSTART;TZID=Romance Standard Time:20250218T100000
DTEND;TZID=Romance Standard Time:20250218T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T083318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Huerva Infraestructuras – Av. de Cesáreo Alierta 1
 20\, 3ª planta
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1670240088
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT30M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Huerva Infraestructuras",
        role="Jefe/a de Seguridad y Salud",
        stage="hiring_manager",
        interviewers="fernando.lanaspa@huerva-infra.es;marisa.calvo@huerva-infra.es",
        trap="agency-consultant-cc-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INT-R0042817-7731946@cierzopark.myworkday.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R0042817-7731946@cierzopark.myworkday.com
DTSTAMP:20250226T150212Z
DTSTART:20250305T093000Z
DTEND:20250305T100000Z
SUMMARY:Interview: Responsable de Prevención y Seguridad - Parque PLAZA (R-
 0042817)
ORGANIZER;CN=Cierzo Park Logistics Recruiting:mailto:cierzopark@myworkday.c
 om
ATTENDEE;CN=Marta Royo Latre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 marta.royo@cierzopark-logistics.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Phone – Marta will call you on your mobile
DESCRIPTION:Dear Javier\,\n\nThank you for your application to Cierzo Park 
 Logistics. Your interview has been scheduled.\n\nJob Requisition: R-004281
 7 Responsable de Prevención y Seguridad - Parque PLAZA (Zaragoza)\nInterview
  Type: Recruiter Screen (30 min)\nInterviewer: Marta Royo Latre\, Talent Ac
 quisition Partner Iberia\nFormat: Phone\n\nIf you need to reschedule\, plea
 se use the link in your Candidate Home: https://wd3.myworkdaysite.com/recru
 iting/cierzopark/Careers/userHome\n\nKind regards\,\nCierzo Park Logistics 
 Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cierzo Park Logistics",
        role="Responsable de Prevención y Seguridad - Parque PLAZA",
        stage="recruiter_screen",
        interviewers="marta.royo@cierzopark-logistics.es",
        trap="workday-recruiter-screen-utc-english",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A8C3E6F01D8ADB01000000000000000010000000D92F4B6A1C3E4D7F8B0A2C5E7F913B64",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Royo Latre, Marta":mailto:marta.royo@cierzopark-logistics.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Lac
 asa Aznar:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitfield, Gr
 aham":mailto:graham.whitfield@cierzopark-logistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bielsa Oliva,
  Andrés":mailto:andres.bielsa@cierzopark-logistics.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Lasierra Gil
 , Pilar":mailto:pilar.lasierra@cierzopark-logistics.es
DESCRIPTION;LANGUAGE=en-GB:Hi Javier\,\n\nFollowing your conversation with m
 e\, I am pleased to invite you to a panel interview for the Responsable de 
 Prevención y Seguridad (Health & Safety Manager) role at our PLAZA park.\n\
 nPanel:\n- Graham Whitfield\, Head of Operations Iberia (the interview will
  be partly in English)\n- Andrés Bielsa\, EHS Director Southern Europe\n- P
 ilar Lasierra\, Facility Manager PLAZA\n\nI will set up the call but will 
 not join. Please prepare a 10-minute presentation: "First 90 days: contrac
 tor safety in a multi-tenant logistics park (docks\, racking inspections\,
  forklift/pedestrian segregation)".\n\nBest regards\,\nMarta\n\n__________
 ______________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\n
 Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_OWQ1MmE3NzQtZDk4Ni00OWJkLWI4YzAtNjE1ZmRiYzA0ZDM0%40thread.v2/0
 ?context=%7b%22Tid%22%3a%2271c0e1f3-5b5d-4e0a-b0f4-3a2c9d8e7f61%22%7d>\nMee
 ting ID: 318 402 771 553\nPasscode: 9kLm4P\nDownload Teams<https://www.micr
 osoft.com/microsoft-teams/download-app> | Join on the web<https://www.micro
 soft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTe
 amsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\
 n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000A8C3E6F01D8ADB01000000000000000
 010000000D92F4B6A1C3E4D7F8B0A2C5E7F913B64
SUMMARY;LANGUAGE=en-GB:Panel interview – H&S Manager PLAZA park (Javier Lac
 asa)
DTSTART;TZID=W. Europe Standard Time:20250320T160000
DTEND;TZID=W. Europe Standard Time:20250320T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T094733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-332190546
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cierzo Park Logistics",
        role="Health & Safety Manager",
        stage="onsite",
        interviewers="graham.whitfield@cierzopark-logistics.com;andres.bielsa@cierzopark-logistics.es;pilar.lasierra@cierzopark-logistics.es",
        trap="english-panel-windows-zone-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-ITV-30871-000218834@vallebro-auto.successfactors.eu",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:SF-ITV-30871-000218834@vallebro-auto.successfactors.eu
DTSTAMP:20250218T070512Z
DTSTART;TZID=Europe/Madrid:20250224T180000
DTEND;TZID=Europe/Madrid:20250224T193000
SUMMARY:Pruebas psicotécnicas online – Técnico/a Superior PRL Planta Figuer
 uelas (Req. 30871)
ORGANIZER;CN=Automóviles Valle del Ebro - Selección:mailto:noreply-recruiti
 ng@vallebro-auto.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=FALSE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Online (enlace personal en el correo de la plataforma de evaluaci
 ón)
DESCRIPTION:Estimado/a Javier\,\n\nHas superado la fase de preselección de
 l puesto Técnico/a Superior de Prevención de Riesgos Laborales – Planta de
  Figueruelas (Req. 30871).\n\nEl siguiente paso son las pruebas psicotécni
 cas online (razonamiento numérico\, verbal y abstracto\, cuestionario de p
 ersonalidad laboral) y una prueba de nivel de inglés. Duración estimada: 
 80 minutos. Puedes realizarlas dentro de esta franja\; necesitas un ordena
 dor con cámara.\n\nAtentamente\,\nDepartamento de Selección\nAutomóviles V
 alle del Ebro\, S.A. – Polígono Entrerríos s/n\, 50639 Figueruelas (Zarago
 za)\n\nEste mensaje se ha generado automáticamente desde SAP SuccessFactor
 s. No respondas a este correo.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Automóviles Valle del Ebro",
        role="Técnico/a Superior de Prevención de Riesgos Laborales – Planta de Figueruelas",
        stage="technical",
        interviewers="",
        trap="online-psychometric-tests-no-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000041D9B2E3058BDB01000000000000000010000000E1A4C7F2B96D4083A57E2D9C1F0B6A38",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Sarasa Miguel, Elena":mailto:elena.sarasa@vallebro-auto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mainar Ferrer
 , Jorge":mailto:jorge.mainar@vallebro-auto.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Javier\,\n\nTras los resultados de l
 as pruebas online te convocamos a una entrevista por competencias (lideraz
 go\, influencia\, orientación a resultados\, trabajo en equipo) con Elena S
 arasa (HR Business Partner) y Jorge Mainar (EHS Manager de la planta).\n\n
 Acceso: Puerta 2 (Oficinas)\, Polígono Entrerríos s/n\, Figueruelas. Trae
  el DNI\; en recepción te darán la tarjeta de visitante y la hoja de norma
 s de seguridad para visitas.\n\nSaludos\,\nElena Sarasa\n
UID:040000008200E00074C5B7101A82E0080000000041D9B2E3058BDB01000000000000000
 010000000E1A4C7F2B96D4083A57E2D9C1F0B6A38
SUMMARY;LANGUAGE=es-ES:Entrevista por competencias – Técnico/a Superior PRL
  (Req. 30871)
DTSTART;TZID=Romance Standard Time:20250307T090000
DTEND;TZID=Romance Standard Time:20250307T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T123014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Planta Figueruelas – Edificio Oficinas\, Puerta 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1145923067
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
        is_interview=1,
        company="Automóviles Valle del Ebro",
        role="Técnico/a Superior PRL",
        stage="hiring_manager",
        interviewers="elena.sarasa@vallebro-auto.es;jorge.mainar@vallebro-auto.es",
        trap="competency-interview-plant-gate",
        hiring=False,
    ),
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000B7E03F1C6A9BDB01000000000000000010000000C4F8A1D3E27B4C6095D1E3A7B2F40C85",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Sarasa Miguel, Elena":mailto:elena.sarasa@vallebro-auto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortiz de Zára
 te, Begoña":mailto:begona.ortiz@vallebro-auto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mainar Ferrer
 , Jorge":mailto:jorge.mainar@vallebro-auto.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=FI
 G-OFI Sala Dirección 1:mailto:fig.sala.direccion1@vallebro-auto.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N=FIG EPI Visitas (chaleco+gafas+botas):mailto:fig.epi.visitas@vallebro-au
 to.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nÚltima fase del proceso: entre
 vista con Begoña Ortiz de Zárate (Directora de RRHH de planta) y Jorge Main
 ar\, seguida de una visita a Chapistería y Pintura para que conozcas los p
 rincipales riesgos (robots\, prensas\, atmósferas en cabinas).\n\nPara la v
 isita te facilitaremos los EPI\; trae calzado de seguridad si tienes (talla
  en recepción).\n\nSaludos\,\nElena\n
UID:040000008200E00074C5B7101A82E00800000000B7E03F1C6A9BDB01000000000000000
 010000000C4F8A1D3E27B4C6095D1E3A7B2F40C85
SUMMARY;LANGUAGE=es-ES:Entrevista final + visita a planta – Técnico/a Super
 ior PRL
DTSTART;TZID=Romance Standard Time:20250402T100000
DTEND;TZID=Romance Standard Time:20250402T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T154402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:FIG-OFI Sala Dirección 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1309884411
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:FIG-OFI Sala Dirección 1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Automóviles Valle del Ebro",
        role="Técnico/a Superior PRL",
        stage="final",
        interviewers="begona.ortiz@vallebro-auto.es;jorge.mainar@vallebro-auto.es",
        trap="final-plant-tour-room-and-resource",
        hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000063A2D8B4F08DDB01000000000000000010000000A6D3F9E1C84B4E2A9F07B5C2D1E3A970",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pueyo Lasheras, Sonia":mailto:sonia.pueyo@mutuacesaraugusta.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alcubierre Ro
 ta, Carlos":mailto:carlos.alcubierre@mutuacesaraugusta.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Javier:\n\nNos complace convocarte a la
  dinámica de grupo del proceso de selección de Técnico/a de Prevención (Ár
 ea de Asesoramiento a Empresas Mutualistas). Participaréis 7 candidatos/as
 .\n\nLa dinámica consiste en un caso simulado: visita a una empresa asocia
 da del sector metal con índice de incidencia elevado\; el grupo deberá acor
 dar un plan de actuación y presentarlo. Observadores: Sonia Pueyo (Psicólo
 ga\, Selección) y Carlos Alcubierre (Director de Prevención).\n\nDuración:
  2 h 30 min. Sede: Mutua Cesaraugusta\, Mutua Colaboradora con la Segurida
 d Social nº 297\, C/ Coso 98\, 4ª planta\, Zaragoza.\n\nAtentamente\,\nDep
 artamento de Personas\n
UID:040000008200E00074C5B7101A82E0080000000063A2D8B4F08DDB01000000000000000
 010000000A6D3F9E1C84B4E2A9F07B5C2D1E3A970
SUMMARY;LANGUAGE=es-ES:Dinámica de grupo – Proceso Técnico/a de Prevención
  (Ref. TP-03/25)
DTSTART;TZID=Romance Standard Time:20250311T093000
DTEND;TZID=Romance Standard Time:20250311T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T081122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:C/ Coso 98\, 4ª planta – Aula 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-77104652
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
        is_interview=1,
        company="Mutua Cesaraugusta",
        role="Técnico/a de Prevención",
        stage="onsite",
        interviewers="sonia.pueyo@mutuacesaraugusta.es;carlos.alcubierre@mutuacesaraugusta.es",
        trap="group-dynamic-with-other-candidates",
        hiring=False,
    ),
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000F1E6A03D7B97DB0100000000000000001000000085B2E7C4A1F94D3BB6E0C8A2F5D71E09",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Selección Mutua Cesaraugusta:mailto:SeleccionMutuaCesaraugusta
 @mutuacesaraugusta.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Lac
 asa Aznar:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Carlos Alcubi
 erre Rota:mailto:carlos.alcubierre@mutuacesaraugusta.es
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado\n\nEntrevista indivi
 dual – Técnico/a de Prevención (45 minutos)\nlunes\, 24 de marzo de 2025 1
 2:00 (UTC+01:00) Bruselas\, Copenhague\, Madrid\, París\n\nPersonal: Carlo
 s Alcubierre Rota\n\nUbicación: C/ Coso 98\, 4ª planta\, Zaragoza\n\nNotas 
 del cliente: Candidato seleccionado tras la dinámica de grupo del 11/03.\n\n
 Si necesita cambiar la reserva\, use el enlace: https://outlook.office365.c
 om/owa/calendar/SeleccionMutuaCesaraugusta@mutuacesaraugusta.onmicrosoft.c
 om/bookings/s/4xkP1bU0pEeR2mZ7wq9aTg2\n\nCon tecnología de Microsoft Booki
 ngs\n
UID:040000008200E00074C5B7101A82E00800000000F1E6A03D7B97DB01000000000000000
 01000000085B2E7C4A1F94D3BB6E0C8A2F5D71E09
SUMMARY;LANGUAGE=es-ES:Entrevista individual – Técnico/a de Prevención
DTSTART;TZID=Romance Standard Time:20250324T120000
DTEND;TZID=Romance Standard Time:20250324T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T101954Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:C/ Coso 98\, 4ª planta\, Zaragoza
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mutua Cesaraugusta",
        role="Técnico/a de Prevención",
        stage="hiring_manager",
        interviewers="carlos.alcubierre@mutuacesaraugusta.es",
        trap="bookings-shared-mailbox-organizer",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="6E0B4F2A-91C3-4D7E-A8B5-2F3C1D9E7A40",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250311T214410Z
DTEND;TZID=Europe/Madrid:20250426T120000
DTSTAMP:20250311T214447Z
DTSTART;TZID=Europe/Madrid:20250426T100000
LAST-MODIFIED:20250411T185203Z
LOCATION:Madrid – sede según Resolución del Tribunal (mirar BOE)
DESCRIPTION:DNI original + boli azul. Llamamiento único a las 9:30. 100 pr
 eguntas + 5 reserva\, penalizan las mal contestadas.\nTren 7:00 Delicias.
SEQUENCE:0
SUMMARY:Oposición SSL - 1er ejercicio (test)
UID:6E0B4F2A-91C3-4D7E-A8B5-2F3C1D9E7A40
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-P1D
UID:B41F0C2E-7A3D-4E59-9C81-0D2F6A3B5E17
X-WR-ALARMUID:B41F0C2E-7A3D-4E59-9C81-0D2F6A3B5E17
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Inspección de Trabajo y Seguridad Social",
        role="Subinspector Laboral – Escala de Seguridad y Salud Laboral",
        stage="technical",
        interviewers="",
        trap="oposicion-first-exercise-hand-typed-acronym",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="0k7h3p9s2d5f8g1j4l6n0q3r5t@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Javier Lacasa
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250531T070000Z
DTEND:20250531T110000Z
DTSTAMP:20250601T090114Z
UID:0k7h3p9s2d5f8g1j4l6n0q3r5t@google.com
CREATED:20250509T195512Z
DESCRIPTION:Segundo ejercicio del proceso selectivo para ingreso en el Cuer
 po de Subinspectores Laborales\, Escala de Seguridad y Salud Laboral (OEP 2
 024). Supuesto práctico: 4 horas. Se puede llevar legislación no comentada
  (LPRL\, RSP\, RD 1627/97\, RD 486/97\, Estatuto). Calculadora no programab
 le.\nEl ejercicio se leerá después ante el Tribunal (fecha de lectura por 
 publicar).
LAST-MODIFIED:20250527T181240Z
LOCATION:Madrid\, sede indicada en el anuncio del Tribunal Calificador
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2º ejercicio oposición Subinspección SSL – supuesto práctico
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT14H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Inspección de Trabajo y Seguridad Social",
        role="Subinspector Laboral – Escala de Seguridad y Salud Laboral",
        stage="technical",
        interviewers="",
        trap="oposicion-second-exercise-google-export",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="a3f6c1d8-2b7e-4e90-8c15-7d4a2b9e0f61",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250606T172011Z
LAST-MODIFIED:20250606T172304Z
DTSTAMP:20250606T172304Z
UID:a3f6c1d8-2b7e-4e90-8c15-7d4a2b9e0f61
SUMMARY:Lectura 2º ejercicio ante el Tribunal – Subinspectores SSL
DTSTART:20250617T163000
DTEND:20250617T173000
LOCATION:Madrid\, sede del Tribunal Calificador (ver anuncio)
DESCRIPTION:Citación según anuncio del Tribunal Calificador: lectura públic
 a del supuesto práctico (orden de actuación por letra «U»\, me toca en la 
 sesión de tarde). Tras la lectura el Tribunal puede dialogar con el opositor
  hasta 15 min sobre el contenido.\nLlevar DNI. Repasar cálculo de índices de
  incidencia y el apartado de paralización de trabajos (art. 44 LPRL).
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT3H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Inspección de Trabajo y Seguridad Social",
        role="Subinspector Laboral – Escala de Seguridad y Salud Laboral",
        stage="final",
        interviewers="",
        trap="oposicion-reading-before-tribunal-floating",
        hiring=False,
    ),
    dict(
        kind="outlook-invite-de",
        uid="040000008200E00074C5B7101A82E00800000000D8F2A61B3C88DB0100000000000000001000000047C1E9B3A2D54F8EA3B6C0D9E7F2A158",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Sabine":mailto:sabine.brandt@kessler-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Köhler, Dr. M
 atthias":mailto:matthias.koehler@kessler-bau.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Lacasa Aznar\,\n\nvielen Dank 
 für Ihre Bewerbung als HSE-Koordinator (m/w/d) für unsere Projekte in Span
 ien (Kessler Bau Ibérica\, Zaragoza). Gerne laden wir Sie zu einem ersten 
 Vorstellungsgespräch per Microsoft Teams ein.\n\nIhre Gesprächspartner: He
 rr Dr. Matthias Köhler (Bereichsleiter Arbeitssicherheit) und ich. Das Ges
 präch findet auf Englisch statt\; Spanischkenntnisse sind ein Plus\, Deuts
 chkenntnisse nicht erforderlich.\n\nMit freundlichen Grüßen\nSabine Brandt
 \nPersonalreferentin\nKessler Bau GmbH · Ruhrallee 41 · 45138 Essen\n\n___
 _____________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobil
 e App oder Ihr Raumgerät teil\nKlicken Sie hier\, um an der Besprechung te
 ilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA0MjE5
 NmMtMjk3Yy00MzRmLTg0ZDUtZmI3YjI5YzhkMWFj%40thread.v2/0?context=%7b%22Tid%2
 2%3a%22e0c4b7a2-91f3-4a66-8d2e-7b5c0f1d9a34%22%7d>\nBesprechungs-ID: 381 5
 09 227 014\nKennung: Ha7Zp2\n\n_____________________________________________
 ___________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D8F2A61B3C88DB01000000000000000
 01000000047C1E9B3A2D54F8EA3B6C0D9E7F2A158
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch HSE-Koordinator (m/w/d) Spanien 
 – Herr Lacasa Aznar
DTSTART;TZID=W. Europe Standard Time:20250226T150000
DTEND;TZID=W. Europe Standard Time:20250226T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T134455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1498263775
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kessler Bau",
        role="HSE-Koordinator (m/w/d) Spanien",
        stage="hiring_manager",
        interviewers="sabine.brandt@kessler-bau.de;matthias.koehler@kessler-bau.de",
        trap="german-vorstellungsgespraech-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-invite-de",
        uid="040000008200E00074C5B7101A82E00800000000920B7D4E5F93DB01000000000000000010000000B3E8D1F6C27A49E5A0C4F7B2D6E19A37",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Köhler, Dr. Matthias":mailto:matthias.koehler@kessler-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortega Bailo,
  Raúl":mailto:raul.ortega@kessler-bau.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, S
 abine":mailto:sabine.brandt@kessler-bau.de
DESCRIPTION;LANGUAGE=de-DE:Dear Mr Lacasa\,\n\nas announced by Ms Brandt\, 
 here is the invitation for the second interview (Fachgespräch). Raúl Orteg
 a\, our project manager in Spain\, will join me\; we will discuss a case f
 rom our A-68 motorway section (night works\, traffic management\, lifting 
 operations) and how you would set up HSE coordination with Spanish subcont
 ractors under RD 1627/1997.\n\nSabine is optional and will only join for t
 he last 10 minutes (next steps).\n\nBest regards / Mit freundlichen Grüßen\n
 Dr. Matthias Köhler\nBereichsleiter Arbeitssicherheit\n\nMicrosoft Teams-Be
 sprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0ZGEw
 MmUtYzA5Ny00ZjM2LWE3NmItMmQ4ZjA1YjQyNWE4%40thread.v2/0\nBesprechungs-ID: 36
 2 118 940 558 · Kennung: m3XqT8\n
UID:040000008200E00074C5B7101A82E00800000000920B7D4E5F93DB01000000000000000
 010000000B3E8D1F6C27A49E5A0C4F7B2D6E19A37
SUMMARY;LANGUAGE=de-DE:Fachgespräch Arbeitssicherheit – J. Lacasa Aznar (HS
 E-Koordinator Spanien)
DTSTART;TZID=W. Europe Standard Time:20250313T110000
DTEND;TZID=W. Europe Standard Time:20250313T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T161208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:853091263
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
        company="Kessler Bau",
        role="HSE-Koordinator Spanien",
        stage="technical",
        interviewers="matthias.koehler@kessler-bau.de;raul.ortega@kessler-bau.es",
        trap="german-fachgespraech-english-body",
        hiring=False,
    ),
    dict(
        kind="zoom-invite-fr",
        uid="zoom-84213377905-20250314@batisseurs-pyreneens.fr",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250306T100945Z
DESCRIPTION:Bonjour Monsieur Lacasa Aznar\,\n\nSuite à notre échange télép
 honique\, je vous confirme votre entretien pour le poste de Responsable QH
 SE chantier – Tunnel ferroviaire de Canfranc (poste basé à Canfranc-Estac
 ión\, déplacements à Oloron). Vous échangerez avec Jean-Marc Etcheverry\, D
 irecteur de travaux\, et moi-même. L'entretien se déroulera en français et 
 en espagnol.\n\nBien cordialement\,\nClaire Dupuy-Laborde\nChargée de recr
 utement – Groupe Bâtisseurs Pyrénéens\n\nRejoindre la réunion Zoom\nhttps:
 //batisseurs-pyreneens.zoom.us/j/84213377905?pwd=bWxZa0NqR3VtTnpGYk5sY0RtQ
 lJ0UT09\n\nID de réunion: 842 1337 7905\nCode secret: 661204\n
DTEND;TZID=Europe/Paris:20250314T150000
DTSTAMP:20250306T100945Z
DTSTART;TZID=Europe/Paris:20250314T140000
LAST-MODIFIED:20250306T100945Z
LOCATION:Zoom
ORGANIZER;CN="Claire Dupuy-Laborde":mailto:claire.dupuy@batisseurs-pyreneens.fr
ATTENDEE;CN="Jean-Marc Etcheverry";RSVP=TRUE:mailto:jm.etcheverry@batisseur
 s-pyreneens.fr
ATTENDEE;CN="javier.lacasa.aznar@gmail.com";RSVP=TRUE:mailto:javier.lacasa.
 aznar@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien – Responsable QHSE chantier Canfranc (M. Laca
 sa Aznar)
TRANSP:OPAQUE
UID:zoom-84213377905-20250314@batisseurs-pyreneens.fr
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bâtisseurs Pyrénéens",
        role="Responsable QHSE chantier",
        stage="hiring_manager",
        interviewers="claire.dupuy@batisseurs-pyreneens.fr;jm.etcheverry@batisseurs-pyreneens.fr",
        trap="french-entretien-zoom-paris-zone",
        hiring=False,
    ),
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-48819023-3@harlowfinch.greenhouse.io",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-48819023-3@harlowfinch.greenhouse.io
DTSTAMP:20250401T131506Z
DTSTART:20250407T080000Z
DTEND:20250407T083000Z
SUMMARY:Interview Confirmation: Javier Lacasa Aznar – Site HSE Manager (Zar
 agoza Data Centre Campus)
ORGANIZER;CN=Priya Raman:mailto:priya.raman@harlowfinch.co.uk
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priy
 a.raman@harlowfinch.co.uk
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Hi Javier\,\n\nThanks for your interest in Harlow & Finch Constr
 uction! This confirms your initial call for the Site HSE Manager position 
 on our hyperscale data centre campus near Zaragoza.\n\nInterviewer: Priya R
 aman (Senior Talent Partner\, EMEA)\nDuration: 30 minutes\nTime: Monday\, 
 April 7\, 2025 10:00 AM CEST\n\nJoin: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_MzhkZjQxNGMtNWY2Zi00YmNiLTg3NTItZWU0MDRiYzhjNmQx%40threa
 d.v2/0\n\nWe'll talk about your background on large construction sites\, y
 our CAE experience and your English level (the client's team is US-based).
 \n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harlow & Finch Construction",
        role="Site HSE Manager",
        stage="recruiter_screen",
        interviewers="priya.raman@harlowfinch.co.uk",
        trap="greenhouse-english-utc",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="5qk2m8b1t7c4v9x0z3n6w1r8y4@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250423T090000
DTEND;TZID=Europe/Madrid:20250423T120000
DTSTAMP:20250414T160233Z
ORGANIZER;CN=Harlow & Finch Recruiting:mailto:recruiting@harlowfinch.co.uk
UID:5qk2m8b1t7c4v9x0z3n6w1r8y4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Owen Griffiths;X-NUM-GUESTS=0:mailto:owen.griffiths@harlowfinch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisa Tena;X-NUM-GUESTS=0:mailto:marisa.tena@harlowfinch.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Declan Murphy;X-NUM-GUESTS=0:mailto:declan.murphy@harlowfinch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Javier Lacasa Aznar;X-NUM-GUESTS=0:mailto:javier.lacasa.aznar@gmai
 l.com
CREATED:20250414T160232Z
DESCRIPTION:Onsite panel interview – Site HSE Manager\n\nSchedule (CEST):\n0
 9:00 Site induction & walk (Marisa Tena\, Site HSE Lead Spain)\n09:45 Compe
 tency interview (Owen Griffiths\, Project Director)\n10:30 Technical scena
 rio: permit to work for energisation of the 132 kV substation\, crane lift
  plan review (Declan Murphy\, Construction Manager)\n11:30 Q&A\n\nLocation
 : Site cabins\, Gate B\, Campus DC\, Ctra. A-123 km 4\, Villanueva de Gálle
 go. Please bring safety boots\; helmet\, vest and glasses will be provided
 . Photo ID required at the gate.\n\nPowered by Greenhouse\n\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: ht
 tps://calendar.google.com/calendar/\n\nYou are receiving this email because
  you are an attendee on the event. To stop receiving future updates for th
 is event\, decline this event.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-
LAST-MODIFIED:20250414T160232Z
LOCATION:Site cabins\, Gate B\, Campus DC Villanueva de Gállego
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite Interview – Javier Lacasa Aznar (Site HSE Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harlow & Finch Construction",
        role="Site HSE Manager",
        stage="onsite",
        interviewers="owen.griffiths@harlowfinch.co.uk;marisa.tena@harlowfinch.es;declan.murphy@harlowfinch.co.uk",
        trap="onsite-panel-ppe-site-cabins",
        hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-93018842117-20250506@harlowfinch.co.uk",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTAMP:20250429T090512Z
DTSTART;TZID=Europe/London:20250506T120000
DTEND;TZID=Europe/London:20250506T124500
SUMMARY:Final interview – Site HSE Manager (Fiona Caldwell / Javier Lacasa)
UID:zoom-93018842117-20250506@harlowfinch.co.uk
ORGANIZER;CN=Fiona Caldwell:mailto:fiona.caldwell@harlowfinch.co.uk
ATTENDEE;CN=Javier Lacasa Aznar;RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.c
 om
DESCRIPTION:Fiona Caldwell is inviting you to a scheduled Zoom meeting.\n\nJ
 oin Zoom Meeting\nhttps://harlowfinch.zoom.us/j/93018842117?pwd=Q2xQbWJ1aE1
 5d3R0c0NZT0d1c2RqZz09\n\nMeeting ID: 930 1884 2117\nPasscode: 552190\n\n---
 \n\nOne tap mobile\n+34917878331\,\,93018842117#\,\,\,\,*552190# Spain\n\nF
 inal conversation with our Regional HSE Director (UK & Europe) before offe
 r stage.
LOCATION:https://harlowfinch.zoom.us/j/93018842117?pwd=Q2xQbWJ1aE15d3R0c0NZT
 0d1c2RqZz09
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harlow & Finch Construction",
        role="Site HSE Manager",
        stage="final",
        interviewers="fiona.caldwell@harlowfinch.co.uk",
        trap="final-london-zone-zoom-boilerplate",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="f2b9d0e4-6c1a-47d3-b8e5-0a9c3f7d1e26",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250113T201533Z
LAST-MODIFIED:20250113T201709Z
DTSTAMP:20250113T201709Z
UID:f2b9d0e4-6c1a-47d3-b8e5-0a9c3f7d1e26
SUMMARY:Entrev. Cinca y Segre (Fraga) - tec PRL/calidad
DTSTART:20250117T110000
DTEND:20250117T120000
LOCATION:Pol. Ind. Fondo de Litera\, nave 14\, Fraga
DESCRIPTION:preguntar x Joaquín Badía (gerente). llevar CV impreso + títul
 os master PRL (3 espec.) y curso CSS. Salir a las 9 (A-2\, 1h30).\nsueldo 
 min 38k
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Obras Cinca y Segre",
        role="Técnico PRL/calidad",
        stage="",
        interviewers="Joaquín Badía",
        trap="hand-typed-abbreviations-floating",
        hiring=False,
    ),
    dict(
        kind="calendly-invite",
        uid="b7c24e0f-8d13-4a6b-9f52-31e8c0d7a4b9@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7c24e0f-8d13-4a6b-9f52-31e8c0d7a4b9@calendly.com
DTSTAMP:20250129T183011Z
DTSTART:20250204T170000Z
DTEND:20250204T174500Z
SUMMARY:Javier Lacasa Aznar y Pedro Cortés Lahoz
ORGANIZER;CN=Pedro Cortés Lahoz:mailto:pedro.cortes@estructurasjalon.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:javier.lacasa.aznar@gmail.com
ATTENDEE;CN=Pedro Cortés Lahoz;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:pedro.co
 rtes@estructurasjalon.es
LOCATION:Google Meet: https://meet.google.com/qxd-hwrb-nke
DESCRIPTION:Tipo de evento: Entrevista – Jefe de Prevención (45 min)\n\nInv
 itado: Javier Lacasa Aznar\nCorreo: javier.lacasa.aznar@gmail.com\n\nRespue
 stas:\n¿Cuál es tu disponibilidad para incorporarte?: 1 mes de preaviso\n¿
 Tienes la formación de Coordinador de Seguridad y Salud?: Sí\, 200 h + máste
 r PRL (Seguridad\, Higiene\, Ergonomía)\n\nEstructuras Jalón S.A. · La Almun
 ia de Doña Godina\n\nNecesitas hacer cambios en este evento?\nCancelar: htt
 ps://calendly.com/cancellations/b7c24e0f-8d13-4a6b-9f52-31e8c0d7a4b9\nRepro
 gramar: https://calendly.com/reschedulings/b7c24e0f-8d13-4a6b-9f52-31e8c0d7
 a4b9\n\nCon la tecnología de Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Estructuras Jalón",
        role="Jefe de Prevención",
        stage="hiring_manager",
        interviewers="pedro.cortes@estructurasjalon.es",
        trap="calendly-candidate-booked-names-only-summary",
        hiring=False,
    ),
    dict(
        kind="outlook-update",
        uid="040000008200E00074C5B7101A82E008000000003E5A9C2D7F92DB010000000000000000100000006B1D4E8A2C9F4A57B3E0D7C1F5A28E94",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Cortés Lahoz, Pedro":mailto:pedro.cortes@estructurasjalon.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lahoz Bericat
 , Ana":mailto:ana.lahoz@estructurasjalon.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, perdona el cambio: el lunes tenemos hor
 migonado de forjado en la obra de Calatayud y no puedo moverme. Lo pasamos
  al martes 25 a la misma hora.\n\nPlan: visita a la obra de 48 viviendas e
 n Calatayud (te enseño cómo tenemos montadas las redes y las plataformas d
 e descarga)\, y después entrevista con Ana Lahoz (Gerente) en la caseta de 
 obra.\n\nTrae botas y casco si tienes\; si no\, te dejamos.\n\nPedro\n
UID:040000008200E00074C5B7101A82E008000000003E5A9C2D7F92DB01000000000000000
 0100000006B1D4E8A2C9F4A57B3E0D7C1F5A28E94
SUMMARY;LANGUAGE=es-ES:Actualizado: Visita a obra + 2ª entrevista (Jefe de 
 Prevención)
DTSTART;TZID=Romance Standard Time:20250225T083000
DTEND;TZID=Romance Standard Time:20250225T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T192745Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Obra 48 viviendas – C/ San Juan el Real\, Calatayud
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1603321748
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Estructuras Jalón",
        role="Jefe de Prevención",
        stage="onsite",
        interviewers="pedro.cortes@estructurasjalon.es;ana.lahoz@estructurasjalon.es",
        trap="rescheduled-sequence-2-site-visit",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="1d8f4h6j0k2l5m7n9p1q3r5s7t@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T163000Z
DTEND:20250327T173000Z
DTSTAMP:20250324T210845Z
ORGANIZER;CN=Tomás Lasheras:mailto:tomas.lasheras.borja@gmail.com
UID:1d8f4h6j0k2l5m7n9p1q3r5s7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tomás Lasheras;X-NUM-GUESTS=0:mailto:tomas.lasheras.borja@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=javier.lacasa.aznar@gmail.com;X-NUM-GUESTS=0:mailto:javier.lacasa.a
 znar@gmail.com
CREATED:20250324T210844Z
DESCRIPTION:Hola Javier\, como te dije por teléfono nos vemos en la nave y 
 te enseño cómo trabajamos. Necesito a alguien que lleve la seguridad de l
 as demoliciones y los planes de trabajo de amianto (estamos en el RERA)\, 
 que ahora lo llevo yo con el SPA y no llego. Hablamos de condiciones allí.
 \nTomás\nDemoliciones y Excavaciones Borja\n\nInvitation from Google Calen
 dar: https://calendar.google.com/calendar/\n\nYou are receiving this email 
 because you are an attendee on the event. To stop receiving future updates
  for this event\, decline this event.\n\nForwarding this invitation could a
 llow any recipient to send a response to the organizer\, be added to the gu
 est list\, invite others regardless of their own invitation status\, or mo
 dify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37
 135#forwarding
LAST-MODIFIED:20250324T210844Z
LOCATION:Nave Demoliciones Borja\, Ctra. Mallén km 2\, Borja
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Javier - charla puesto técnico seguridad
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Demoliciones y Excavaciones Borja",
        role="Técnico de seguridad",
        stage="hiring_manager",
        interviewers="tomas.lasheras.borja@gmail.com",
        trap="owner-freemail-charla-wording",
        hiring=False,
    ),
    dict(
        kind="outlook-desktop",
        uid="040000008200E00074C5B7101A82E008000000008A4C7E2F19A4DB0100000000000000001000000012F7C3A9E5D04B86A1E2C9F8B3D7650A",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}
BEGIN:VEVENT
ATTENDEE;CN=javier.lacasa.aznar@gmail.com;RSVP=TRUE:mailto:javier.lacasa.azn
 ar@gmail.com
CLASS:PUBLIC
CREATED:20250331T194502Z
DESCRIPTION:Javier\,\n\nComo quedamos\, pásate el viernes por la nave y hab
 lamos con calma del puesto de técnico de PRL. Ahora mismo tenemos 3 cuadri
 llas en subestaciones y líneas de MT y el SPA nos viene justo. Te enseño l
 o que tenemos (5 reglas de oro\, trabajos en tensión\, plataformas).\n\nUn
  saludo\nLuis Marín\nMontajes Eléctricos Calatayud\n\n
DTEND;TZID=Romance Standard Time:20250404T190000
DTSTAMP:20250331T194502Z
DTSTART;TZID=Romance Standard Time:20250404T180000
LAST-MODIFIED:20250331T194502Z
LOCATION:Nave MEC\, Pol. La Charluca\, Calatayud
ORGANIZER;CN="Luis Marín":mailto:luismarin_mec@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Reunión Javier L. - puesto técnico PRL
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000008A4C7E2F19A4DB01000000000000000
 01000000012F7C3A9E5D04B86A1E2C9F8B3D7650A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Montajes Eléctricos Calatayud",
        role="Técnico de PRL",
        stage="hiring_manager",
        interviewers="luismarin_mec@hotmail.com",
        trap="owner-hotmail-reunion-wording",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000C6F8D13A5B95DB01000000000000000010000000E9A2B5C8D1F34E67A0B3C6D9E2F5A812",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Abad Guillén, Rocío":mailto:rocio.abad@hunteriberica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\,\n\nGracias por tu tiempo al teléfo
 no. Como te adelanté\, nuestro cliente es CEMENTOS QUINTO DE EBRO (fábrica 
 de clínker y cemento\, 180 personas) y busca un/a Safety Manager de fábric
 a que reporte al Director de Planta. En esta entrevista profundizaremos en 
 tu experiencia y valoraremos tu encaje antes de presentarte.\n\nRocío Abad
 \nSenior Consultant – Engineering & Operations\nHunter Ibérica Executive S
 earch · Madrid | Zaragoza | Bilbao\n\n_____________________________________
 ___________________________________________\nReunión de Microsoft Teams\nÚ
 nase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHa
 ga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_MGRhNjY1ZWQtOTk2Mi00ZGE5LWE4YzUtYjc0OWI1ZDg5ZDk5%40thre
 ad.v2/0>\nId. de reunión: 355 781 920 443\nCódigo de acceso: 8tGw5e\n_____
 ___________________________________________________________________________
 \n
UID:040000008200E00074C5B7101A82E00800000000C6F8D13A5B95DB01000000000000000
 010000000E9A2B5C8D1F34E67A0B3C6D9E2F5A812
SUMMARY;LANGUAGE=es-ES:Hunter Ibérica | Entrevista – Safety Manager (cliente
 : Cementos Quinto de Ebro)
DTSTART;TZID=Romance Standard Time:20250317T130000
DTEND;TZID=Romance Standard Time:20250317T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T111804Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-211874095
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cementos Quinto de Ebro",
        role="Safety Manager",
        stage="recruiter_screen",
        interviewers="rocio.abad@hunteriberica.es",
        trap="headhunter-names-client-in-body",
        hiring=False,
    ),
    dict(
        kind="outlook-cancelled",
        uid="040000008200E00074C5B7101A82E0080000000019B4E7C2A3A1DB01000000000000000010000000F3C6A9D2E5B84F1AA7D0C3E6B9F21C55",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Abad Guillén, Rocío":mailto:rocio.abad@hunteriberica.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bernués Sola,
  Enrique":mailto:enrique.bernues@cementosquinto.es
DESCRIPTION;LANGUAGE=es-ES:Javier\, Enrique Bernués (Director de Fábrica) h
 a tenido que adelantar la parada anual del horno y esta semana no puede. A
 nulo esta convocatoria y te propongo nueva fecha en cuanto me confirme su 
 agenda. Disculpa las molestias.\n\nRocío\n
UID:040000008200E00074C5B7101A82E0080000000019B4E7C2A3A1DB01000000000000000
 010000000F3C6A9D2E5B84F1AA7D0C3E6B9F21C55
SUMMARY;LANGUAGE=es-ES:Cancelado: Entrevista con Director de Fábrica – Safe
 ty Manager (Cementos Quinto de Ebro)
DTSTART;TZID=Romance Standard Time:20250410T100000
DTEND;TZID=Romance Standard Time:20250410T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T171500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Fábrica Cementos Quinto de Ebro – Ctra. A-68 km 21
 5\, Quinto
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:907236621
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cementos Quinto de Ebro",
        role="Safety Manager",
        stage="hiring_manager",
        interviewers="enrique.bernues@cementosquinto.es",
        trap="cancelled-status-headhunter-organizer",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="7f3a91c05e2d4b68a1c9e0f7d2b54a3e@eolicassierradeluna.webex.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:7f3a91c05e2d4b68a1c9e0f7d2b54a3e@eolicassierradeluna.webex.com
DTSTAMP:20250408T084011Z
DTSTART;TZID=Europe/Madrid:20250415T110000
DTEND;TZID=Europe/Madrid:20250415T120000
SUMMARY:Entrevista – Coordinador/a de Seguridad y Salud Parques Eólicos
ORGANIZER;CN=Irene Gracia Lorés:mailto:irene.gracia@eolicassierradeluna.es
ATTENDEE;CN=Víctor Samper;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vic
 tor.samper@eolicassierradeluna.es
ATTENDEE;CN=Javier Lacasa Aznar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:javier.lacasa.aznar@gmail.com
LOCATION:https://eolicassierradeluna.webex.com/eolicassierradeluna/j.php?MT
 ID=m5c1d9e0a7b3f2e46d8c0a1b9e7f3d25a
DESCRIPTION:Hola Javier\,\n\nTe convocamos a la entrevista para el puesto d
 e Coordinador/a de Seguridad y Salud en fase de ejecución para la construc
 ción de los parques eólicos Sierra de Luna II y Las Pedrosas (montaje de ae
 rogeneradores\, izados con grúas de 750 t\, trabajos en altura en nacelle).
  Estaremos Víctor Samper (Director de Construcción) y yo (RRHH).\n\nIrene 
 Gracia\n\n-- Do not delete or change any of the following text. --\n\nÚnas
 e a la reunión de Webex\nhttps://eolicassierradeluna.webex.com/eolicassierr
 adeluna/j.php?MTID=m5c1d9e0a7b3f2e46d8c0a1b9e7f3d25a\nNúmero de reunión (cód
 igo de acceso): 2741 903 5518\nContraseña de la reunión: Eolo2025!\n\nÚnase
  por teléfono\n+34-91-000-1234 Número de llamada gratuita de España\n\nSi es
  el anfitrión\, haga clic en este enlace para iniciar la reunión.
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Eólicas Sierra de Luna",
        role="Coordinador/a de Seguridad y Salud Parques Eólicos",
        stage="hiring_manager",
        interviewers="irene.gracia@eolicassierradeluna.es;victor.samper@eolicassierradeluna.es",
        trap="webex-boilerplate-wind-farm",
        hiring=False,
    ),
    dict(
        kind="method-cancel",
        uid="040000008200E00074C5B7101A82E00800000000F2C8E6A0B4A9DB01000000000000000010000000A1B4C7D0E3F64A29B5C8D1E4F7A03B6C",
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Gracia Lorés, Irene":mailto:irene.gracia@eolicassierradeluna.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier.lac
 asa.aznar@gmail.com:mailto:javier.lacasa.aznar@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Samper Ca
 sas, Víctor":mailto:victor.samper@eolicassierradeluna.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Latorre M
 onge, Ramiro":mailto:ramiro.latorre@eolicassierradeluna.es
DESCRIPTION;LANGUAGE=es-ES:Hola Javier\, te escribimos para cancelar la ent
 revista final. El promotor ha retrasado el inicio de obra del parque Las P
 edrosas y hemos decidido congelar la contratación del puesto hasta septiemb
 re. Guardamos tu candidatura y te contactaremos si se reactiva.\n\nGracias
  por tu tiempo\,\nIrene\n
UID:040000008200E00074C5B7101A82E00800000000F2C8E6A0B4A9DB01000000000000000
 010000000A1B4C7D0E3F64A29B5C8D1E4F7A03B6C
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista final – Coordinador/a SyS Parq
 ues Eólicos
DTSTART;TZID=Romance Standard Time:20250513T093000
DTEND;TZID=Romance Standard Time:20250513T103000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250509T120322Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Oficinas Eólicas Sierra de Luna\, Paseo Independenc
 ia 24\, Zaragoza
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-2040113905
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Eólicas Sierra de Luna",
        role="Coordinador/a SyS Parques Eólicos",
        stage="final",
        interviewers="irene.gracia@eolicassierradeluna.es;victor.samper@eolicassierradeluna.es;ramiro.latorre@eolicassierradeluna.es",
        trap="method-cancel-final-hiring-freeze",
        hiring=False,
    ),
]
