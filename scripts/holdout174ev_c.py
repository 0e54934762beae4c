"""holdout174 events, part c: AbbVie, Lilly, Ferrer, Esteve, Rovi, PharmaMar, Faes, Kern, Ipsen, Servier (blind)."""

from holdout174ev_tz import MADRID_GOOGLE, MADRID_WORKDAY, ROMANCE

EVENTS = [
    {
        "kind": "outlook-sentby",
        "uid": "040000008200E00074C5B7101A82E00800000000ABBV0C11E5D5DB01000000000000000010000000MSLIMM",
        "label": (1, "AbbVie", "Medical Science Liaison Inmunología", "hiring_manager",
                  "ignasi.ferrando@abbvie.com", "outlook-sent-by-assistant-hiring-manager"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrando, Ignasi";SENT-BY="mailto:paula.esteban@abbvie.com":
 mailto:ignasi.ferrando@abbvie.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Lucía\,\n\nTe escribo de parte de Ig
 nasi Ferrando\, Medical Manager Inmunología\, para confirmar vuestra conv
 ersación sobre la vacante de Medical Science Liaison Inmunología.\n\nPaula
  Esteban\nAsistente de Dirección Médica · AbbVie Spain\n\n________________
 ________________________________________________________________\nReunión
  de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_Y2E3NTMx%40thread.v2/0\nUnirse por teléfono: +34 91 788 79 63\
 ,\,801223447#\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000ABBV0C11E5D5DB01000000000000000
 010000000MSLIMM
SUMMARY;LANGUAGE=es-ES:Ignasi Ferrando / Lucía Ferrer – MSL Inmunología
DTSTART;TZID=Romance Standard Time:20251128T083000
DTEND;TZID=Romance Standard Time:20251128T092000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T075502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-phone",
        "uid": "LLY-R-77012-phonescreen@lilly.wd5.myworkday.com",
        "label": (1, "Lilly", "Medical Advisor Diabetes & Obesity", "recruiter_screen",
                  "benavent_aurora@lilly.com", "workday-phone-screen-english"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:LLY-R-77012-phonescreen@lilly.wd5.myworkday.com
DTSTAMP:20260119T110302Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20260126T131500
DTEND;TZID=Europe/Madrid:20260126T134500
SUMMARY:Phone Screen - Medical Advisor Diabetes & Obesity - R-77012
DESCRIPTION:Hello Lucía\,\n\nThis confirms your phone screen with Aurora B
 enavent\, Talent Acquisition Lilly Spain. Aurora will call you on the num
 ber in your application.\n\nPlease have your availability and current no
 tice period at hand.\n\nLilly\, S.A. – Avda. de la Industria 30\, 28108 Al
 cobendas (Madrid)
ORGANIZER;CN=Lilly Talent Acquisition:mailto:lilly@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Aurora Benavent;PARTSTAT=ACCEPTED:mailto:benavent_aurora@lil
 ly.com
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-screen",
        "uid": "FERRER-SF-IV-2026-0142@sapsf.eu",
        "label": (1, "Ferrer", "Market Access Manager Hospital - Zona Levante", "recruiter_screen",
                  "mcasals@ferrer.com", "employer-shares-user-surname"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//ES
VERSION:2.0
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:FERRER-SF-IV-2026-0142@sapsf.eu
DTSTAMP:20260120T163311Z
DTSTART;TZID=Europe/Madrid:20260128T100000
DTEND;TZID=Europe/Madrid:20260128T104500
SUMMARY:Entrevista – Market Access Manager Hospital - Zona Levante | Ferrer
DESCRIPTION:Hola Lucía\,\n\nGracias por tu interés en Ferrer. Te confirmam
 os una primera entrevista con Mireia Casals (Talent Acquisition) por Team
 s.\n\n(Sí\, ya nos hemos dado cuenta de la coincidencia de apellido 😊 — n
 o hay parentesco con la compañía\, ¡no te preocupes!)\n\nEnlace Teams: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVycmVy%40thread.v2
 /0\n\nFerrer Internacional\, S.A. – Avda. Diagonal 549\, Barcelona
ORGANIZER;CN=Ferrer Careers:mailto:noreply_ferrer@sapsf.eu
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Mireia Casals;PARTSTAT=ACCEPTED:mailto:mcasals@ferrer.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor",
        "uid": "teamtailor-interview-3192877@teamtailor.com",
        "label": (1, "Esteve", "Medical Affairs Manager - Pain", "recruiter_screen",
                  "gemma.pujol@esteve.com", "teamtailor-video-screen"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-3192877@teamtailor.com
DTSTAMP:20251027T120001Z
DTSTART:20251104T090000Z
DTEND:20251104T093000Z
SUMMARY:Entrevista: Lucía Ferrer Soler - Medical Affairs Manager - Pain
DESCRIPTION:Hola Lucía!\n\nTienes una entrevista con Gemma Pujol para el p
 uesto Medical Affairs Manager - Pain en Esteve.\n\nÚnete a la videollamad
 a: https://meet.google.com/ysk-pbrx-cwd\n\nSi no puedes asistir\, avísanos
  respondiendo a este mensaje.\n\nEnviado con Teamtailor
ORGANIZER;CN=Gemma Pujol:mailto:gemma.pujol@esteve.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:luciaferrer.farma@gmail.com
ATTENDEE;CN=Gemma Pujol;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gem
 ma.pujol@esteve.com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-onsite",
        "uid": "040000008200E00074C5B7101A82E00800000000R0V1AD3C4B5A6DC010000000000000000100000000MADVR",
        "label": (1, "Rovi", "Medical Advisor Heparinas / Trombosis", "hiring_manager",
                  "jmoratalla@rovi.es", "outlook-in-person-madrid-hiring-manager"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Moratalla Gil, Javier":mailto:jmoratalla@rovi.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recepci
 ón Julián Camarillo":mailto:recepcion.jc@rovi.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, te espero en nuestras oficinas de Juliá
 n Camarillo 35 para conocernos en persona y hablar del puesto de Medical
  Advisor Heparinas / Trombosis. Si vienes en AVE\, calcula unos 30 min de
  taxi desde Atocha.\nUn saludo\, Javier Moratalla – Director Médico\n
UID:040000008200E00074C5B7101A82E00800000000R0V1AD3C4B5A6DC01000000000000000
 0100000000MADVR
SUMMARY;LANGUAGE=es-ES:Reunión Lucía Ferrer - Medical Advisor
DTSTART;TZID=Romance Standard Time:20251215T120000
DTEND;TZID=Romance Standard Time:20251215T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251209T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Rovi - Julián Camarillo 35\, Madrid (Sala 3)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-meet",
        "uid": "0jfm1ep1l3s6qfq1u7m1k92v8c@google.com",
        "label": (1, "PharmaMar", "MSL Oncología Zona Levante", "hiring_manager",
                  "lortega@pharmamar.com", "google-meet-hr-organizes-manager-interviews"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260204T163000
DTEND;TZID=Europe/Madrid:20260204T171500
DTSTAMP:20260128T104022Z
ORGANIZER;CN=Selección PharmaMar:mailto:seleccion@pharmamar.com
UID:0jfm1ep1l3s6qfq1u7m1k92v8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lorena Ortega;X-NUM-GUESTS=0:mailto:lortega@pharmamar.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Selección PharmaMar;X-NUM-GUESTS=0:mailto:seleccion@pharmamar.com
X-GOOGLE-CONFERENCE:https://meet.google.com/adx-qmkf-hpr
DESCRIPTION:Entrevista con Lorena Ortega\, Medical Manager (responsable d
 el equipo de MSL)\, para la posición de MSL Oncología Zona Levante.\n\n-::
 ~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-\nÚnete con Google Meet: https://meet.google.com/adx-qmkf-hpr\nO marca
 : (ES) +34 910 48 21 11 PIN: 883 102 556#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista PharmaMar - MSL Oncología Levante / Lucía Ferrer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable",
        "uid": "workable-event-7b1d30a6f9@workablemail.com",
        "label": (1, "Faes Farma", "Medical Advisor (Área Respiratoria / Alergia)", "recruiter_screen",
                  "itziar.goikoetxea@faes.es", "workable-phone-screen-bilbao"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7b1d30a6f9@workablemail.com
DTSTAMP:20251202T142901Z
DTSTART:20251210T081500Z
DTEND:20251210T084500Z
SUMMARY:Faes Farma: Phone call with Itziar Goikoetxea
DESCRIPTION:Hi Lucía Ferrer Soler\,\n\nItziar Goikoetxea has scheduled a p
 hone call with you for the Medical Advisor (Área Respiratoria / Alergia) j
 ob at Faes Farma.\n\nPhone: Itziar will call you\nDuration: 30 minutes\n\n
 Add to calendar | Reschedule\n\nSent via Workable
ORGANIZER;CN=Itziar Goikoetxea via Workable:mailto:notifications@workabl
 email.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu
 ciaferrer.farma@gmail.com
ATTENDEE;CN=Itziar Goikoetxea;PARTSTAT=ACCEPTED:mailto:itziar.goikoetxea
 @faes.es
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-case",
        "uid": "personio-ev-4b7e0f1c-2a11-4d0e-9d8f-kernpharma",
        "label": (1, "Kern Pharma", "Market Access Specialist", "technical",
                  "nadal.sala@kernpharma.com;cristina.ucles@kernpharma.com", "personio-caso-practico-market-access"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:personio-ev-4b7e0f1c-2a11-4d0e-9d8f-kernpharma
DTSTAMP:20260202T093015Z
DTSTART;TZID=Europe/Madrid:20260210T110000
DTEND;TZID=Europe/Madrid:20260210T123000
SUMMARY:Kern Pharma – Caso práctico Market Access Specialist (Lucía Ferre
 r Soler)
DESCRIPTION:Hola Lucía\,\n\nComo siguiente paso del proceso te proponemos
  resolver y defender un caso práctico: elaboración de un informe de posic
 ionamiento y argumentario para la inclusión de un biosimilar en la guía f
 armacoterapéutica de un hospital de 500 camas. Recibirás el enunciado 48 h
  antes.\n\nEvaluadores: Nadal Sala (Head of Market Access) y Cristina Úcl
 es (Key Account Manager Hospital)\n\nLugar: videollamada Teams (el enlace
  llegará aparte).\n\nUn saludo\,\nEquipo de Personas – Kern Pharma
ORGANIZER;CN=Kern Pharma Recruiting:mailto:jobs-noreply@kernpharma.perso
 nio.de
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Nadal Sala;PARTSTAT=ACCEPTED:mailto:nadal.sala@kernpharma.com
ATTENDEE;CN=Cristina Úcles;PARTSTAT=ACCEPTED:mailto:cristina.ucles@kernph
 arma.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-screen",
        "uid": "lever-interview-9d6e2c1a-ipsen-@hire.lever.co",
        "label": (1, "Ipsen", "Medical Science Liaison Oncology (Spain East)", "recruiter_screen",
                  "sophie.marchand@ipsen.com", "lever-english-recruiter-paris-based"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9d6e2c1a-ipsen-@hire.lever.co
DTSTAMP:20251105T130500Z
DTSTART:20251112T130000Z
DTEND:20251112T133000Z
SUMMARY:Interview with Ipsen: Medical Science Liaison Oncology (Spain East)
DESCRIPTION:Hi Lucía\,\n\nLooking forward to our chat! This will be a 30-m
 inute introductory call with Sophie Marchand (Talent Acquisition\, Iberia
  & France).\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_aXBzZW4%40thread.v2/0\n\nIf you need to reschedule\, please
  reply to this email.\n\n— sent via Lever
ORGANIZER;CN=Sophie Marchand:mailto:sophie.marchand@ipsen.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:luciaferrer.farma@gmail.com
ATTENDEE;CN=Sophie Marchand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:sophie.marchand@ipsen.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "SR-INT-7a0b55e2-servier-742011@smartrecruiters.com",
        "label": (1, "Servier", "MSL Oncología", "recruiter_screen", "alba.figueras@servier.com",
                  "smartrecruiters-video-screen-spanish"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INT-7a0b55e2-servier-742011@smartrecruiters.com
DTSTAMP:20260126T100002Z
DTSTART:20260203T083000Z
DTEND:20260203T091500Z
SUMMARY:Entrevista con Laboratorios Servier para MSL Oncología
DESCRIPTION:Hola Lucía\,\n\nLaboratorios Servier\, S.L. te invita a una en
 trevista para el puesto MSL Oncología.\n\nEntrevistador: Alba Figueras\,
  Talent Acquisition Specialist\nTipo: Vídeo (Microsoft Teams)\nEnlace: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_c2Vydmll%40thread.v2/
 0\n\nPuedes confirmar\, reprogramar o cancelar desde tu perfil de SmartRe
 cruiters.
ORGANIZER;CN=Laboratorios Servier:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:luciaferrer.farma@gmail.com
ATTENDEE;CN=Alba Figueras;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a
 lba.figueras@servier.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
