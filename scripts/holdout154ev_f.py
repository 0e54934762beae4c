"""holdout154 events, part F: energy and mining companies (SuccessFactors, SmartRecruiters, iCIMS, HiringRoom, GoTo)."""

EVENTS = [
    {
        "kind": "successfactors",
        "is_interview": 1,
        "company": "Petrolera del Comahue",
        "role": "Abogado Sr. Contratos Upstream",
        "stage": "recruiter_screen",
        "interviewers": "mfarias@pdcomahue.com.ar",
        "trap": "sap-successfactors-entrevista-preliminar",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-20250305-00981734@successfactors.com
DTSTAMP:20250305T121200Z
DTSTART:20250311T123000Z
DTEND:20250311T131500Z
SUMMARY:Entrevista preliminar - Abogado Sr. Contratos Upstream (Req 24117)
ORGANIZER;CN=Reclutamiento PdC:mailto:sfapps@successfactors.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Mariela Farías;ROLE=REQ-PARTICIPANT:mailto:MFarias@pdcomahue.c
 om.ar
DESCRIPTION:Petrolera del Comahue S.A.\n\nEntrevista preliminar con Marie
 la Farías (Business Partner de Talento) para la posición Abogado Sr. Cont
 ratos Upstream.\nModalidad: Microsoft Teams (recibirá el enlace por separ
 ado).\n\nPor favor\, no responda a este correo.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "is_interview": 1,
        "company": "Eólica Patagónica",
        "role": "Legal Counsel - Proyectos Renovables",
        "stage": "technical",
        "interviewers": "lucia.wagner@eolicapatagonica.com;andres.kim@eolicapatagonica.com",
        "trap": "smartrecruiters-ejercicio-redaccion-ppa",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:sr-interview-7c22b1e8f4d0a93c@smartrecruiters.com
DTSTAMP:20250327T150032Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250402T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250402T113000
SUMMARY:Eólica Patagónica: Legal Counsel - Proyectos Renovables - Ejercic
 io técnico
ORGANIZER;CN=Eólica Patagónica:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
ATTENDEE;CN=Lucía Wagner;PARTSTAT=ACCEPTED:mailto:lucia.wagner@eolicapatag
 onica.com
ATTENDEE;CN=Andrés Kim;PARTSTAT=ACCEPTED:mailto:andres.kim@eolicapatagonic
 a.com
DESCRIPTION:Hola Lucas\,\n\nTe invitamos al ejercicio técnico: revisión en
  vivo de un term sheet de PPA (MATER) y de un contrato EPC\, con Lucía Wa
 gner (Legal Manager) y Andrés Kim (Project Finance).\n\nTeams: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_OGQz@thread.v2/0\n\nSaludos\,
 \nTalent Acquisition - Eólica Patagónica
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-sentby",
        "is_interview": 1,
        "company": "Transportadora de Gas del Litoral",
        "role": "Abogado/a Semi Senior - Legales Corporativo",
        "stage": "hiring_manager",
        "interviewers": "rodolfo.ibanez@tgl.com.ar",
        "trap": "outlook-entrevista-gerente-sent-by-secretary-room",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Ibáñez, Rodolfo";SENT-BY="mailto:mabel.suarez@tgl.com.ar":ma
 ilto:rodolfo.ibanez@tgl.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucasfern
 andez.abog@yahoo.com.ar:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Directori
 o PB":mailto:saladirectoriopb@tgl.com.ar
DESCRIPTION;LANGUAGE=es-AR:Dr. Fernández:\n\nSe lo cita a una entrevista c
 on el Dr. Rodolfo Ibáñez\, Gerente de Asuntos Legales\, en relación con l
 a búsqueda de Abogado/a Semi Senior - Legales Corporativo.\nDirección: Do
 n Bosco 3672\, CABA. Presentarse en Recepción PB.\n\nAtte.\,\nMabel Suáre
 z\nSecretaría Gerencia de Asuntos Legales\n
UID:040000008200E00074C5B7101A82E00800000000E8E2B7C91F8ADB01000000000000000
 0100000003D4C5B6A79880F1E2D3C4B5A69788796
SUMMARY;LANGUAGE=es-AR:Entrevista Dr. Fernández c/ Dr. Ibáñez
DTSTART;TZID=Argentina Standard Time:20250320T083000
DTEND;TZID=Argentina Standard Time:20250320T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T141700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Directorio PB
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-teams",
        "is_interview": 1,
        "company": "Litio Andino",
        "role": "Abogado/a Senior - Minería y Comunidades",
        "stage": "hiring_manager",
        "interviewers": "fernanda.cruz@litioandino.com",
        "trap": "icims-teams-salta-mining-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Talent Cloud Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-evt-2025-0000482716@litioandino.icims.com
DTSTAMP:20250403T200100Z
DTSTART:20250410T130000Z
DTEND:20250410T140000Z
SUMMARY:Interview: Abogado/a Senior - Minería y Comunidades (2025-1187)
ORGANIZER;CN=Litio Andino Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Fernanda Cruz;ROLE=REQ-PARTICIPANT:mailto:fernanda.cruz@litio
 andino.com
DESCRIPTION:Estimado Lucas\,\n\nFernanda Cruz (Gerente Legal\, Salta) ha p
 rogramado una entrevista con usted.\n\nMicrosoft Teams meeting\nJoin: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_NTc4@thread.v2/0\nMee
 ting ID: 244 903 118 006 Passcode: Lt4nD9\n\nThis message was sent from
  iCIMS on behalf of Litio Andino S.A.
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hiringroom",
        "is_interview": 1,
        "company": "Solar de Cuyo",
        "role": "Abogado/a In-house (Energías Renovables)",
        "stage": "recruiter_screen",
        "interviewers": "seleccion.rrhh@solardecuyo.com.ar",
        "trap": "hiringroom-local-ats-videoentrevista",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//HiringRoom//Agenda//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-agenda-5581207-solardecuyo@hiringroom.com
DTSTAMP:20250317T190000Z
DTSTART;TZID=America/Argentina/Mendoza:20250319T113000
DTEND;TZID=America/Argentina/Mendoza:20250319T120000
SUMMARY:Videoentrevista - Abogado/a In-house (Energías Renovables) - Sola
 r de Cuyo
ORGANIZER;CN=Solar de Cuyo RRHH:mailto:seleccion.rrhh@solardecuyo.com.ar
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.co
 m.ar
DESCRIPTION:Hola Lucas\, ¡te seleccionamos para avanzar en la búsqueda!\n
 Te esperamos en la videoentrevista con el equipo de Selección de Solar de
  Cuyo (Mendoza). El puesto es full remote con viajes mensuales a Mendoza.
 \nEnlace: https://meet.google.com/sdc-xpwa-fyt\n\nEnviado desde HiringRoo
 m
LOCATION:https://meet.google.com/sdc-xpwa-fyt
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-meeting",
        "is_interview": 1,
        "company": "Patagonia Hidrocarburos",
        "role": "",
        "stage": "",
        "interviewers": "jpalacios@patagoniahc.com.ar",
        "trap": "gotomeeting-reunion-framing-job-talk",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-782115093-20250409@gotomeeting.com
DTSTAMP:20250404T142211Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250409T170000
DTEND;TZID=America/Argentina/Buenos_Aires:20250409T174500
SUMMARY:Reunión Lucas Fernández - Patagonia Hidrocarburos (posición Legale
 s)
ORGANIZER;CN=Julián Palacios:mailto:jpalacios@patagoniahc.com.ar
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
DESCRIPTION:Lucas\, te paso la reunión para seguir conversando sobre la po
 sición en Legales que te comentó Mercedes. Quiero conocer tu experiencia
  en contratos de servicios petroleros y concesiones.\nJulián Palacios - D
 irector de Legales\n\nPlease join my meeting from your computer\, tablet
  or smartphone.\nhttps://meet.goto.com/782115093\n\nYou can also dial in
  using your phone.\nArgentina: +54 11 5983 xxxx\nAccess Code: 782-115-09
 3
LOCATION:https://meet.goto.com/782115093
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-english",
        "is_interview": 1,
        "company": "Renova Hidrógeno",
        "role": "Senior Legal Counsel - Green Hydrogen Projects",
        "stage": "hiring_manager",
        "interviewers": "k.vandijk@renovah2.com",
        "trap": "greenhouse-english-hiring-manager-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-sched-b12e99d0-4c77-4ab1-8f3e-77a2c0d6e118@greenhouse.io
DTSTAMP:20250410T091533Z
DTSTART:20250416T120000Z
DTEND:20250416T130000Z
SUMMARY:Interview with Renova Hidrógeno - Senior Legal Counsel - Green Hyd
 rogen Projects
DESCRIPTION:Hi Lucas\,\n\nYou're confirmed for a 60-minute interview with
  Koen van Dijk (General Counsel\, Rotterdam) for the Senior Legal Counsel
  - Green Hydrogen Projects role based in Buenos Aires.\n\nVideo: https://
 renovah2.zoom.us/j/98770122351\n\nRenova Hidrógeno Talent Team
ORGANIZER;CN=Renova Hidrógeno Talent:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
ATTENDEE;CN=Koen van Dijk;PARTSTAT=ACCEPTED:mailto:K.vanDijk@renovah2.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-renova",
        "is_interview": 1,
        "company": "Renova Hidrógeno",
        "role": "",
        "stage": "final",
        "interviewers": "Koen;Marta Ríos",
        "trap": "typed-entry-final-utc-floating-typo",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20250430T100000
DTEND:20250430T110000
DTSTAMP:20250425T011200Z
UID:5r2gq7nj1lc8vmo0e3hbt9kds6@google.com
SUMMARY:ULTIMA entrevsta Renova - Koen + Marta Ríos (CEO Arg)
DESCRIPTION:zoom mismo link q la otra. llevar preguntas comp. y reloc.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
