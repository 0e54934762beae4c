"""holdout253 events, part C: the user's own interviews at employers with a single round in this calendar."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout253ev_zones import MADRID, W_EUROPE

EVENTS = [
    dict(
        kind="teamtailor-invite",
        uid="tt-interview-3391027@teamtailor.example",
        is_interview=1,
        company="Laboratorios Ervella",
        role="Delegado/a de Especialista - Dermatología",
        stage="recruiter_screen",
        interviewers="carla.penalver@ervella.com",
        trap="teamtailor-video-screen-spanish",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3391027@teamtailor.example
DTSTAMP:20250121T110044Z
DTSTART:20250127T090000Z
DTEND:20250127T093000Z
SUMMARY:Entrevista con Carla Peñalver - Laboratorios Ervella
ORGANIZER;CN=Carla Peñalver:mailto:carla.penalver@ervella.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.serrano.ortiz@gmail.com
LOCATION:https://ervella.teamtailor.example/meetings/v/7QpR2m
DESCRIPTION:Hola Lucía\,\n\n¡Gracias por reservar tu entrevista para el puesto Delegado/a de Especialista - Dermatología! Nos vemos por videollamada.\n\nEnlace: https://ervella.teamtailor.example/meetings/v/7QpR2m\n\nCarla Peñalver\nPeople & Talent · Laboratorios Ervella\n\nEnviado con Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-91824407731-1737972000@zoom.example",
        is_interview=1,
        company="Clinarea Research",
        role="Medical Advisor",
        stage="hiring_manager",
        interviewers="dr.hugo.lorente@clinarea.eu",
        trap="cro-medical-advisor-zoom-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250128T094400Z
DTSTART:20250204T160000Z
DTEND:20250204T170000Z
SUMMARY:Clinarea Research – Medical Advisor interview (Lucía Serrano)
UID:zoom-91824407731-1737972000@zoom.example
DESCRIPTION:Hugo Lorente is inviting you to a scheduled Zoom meeting.\n\nInterview for the Medical Advisor position (Madrid office / hybrid). We'll talk about your field experience with oncology KOLs\, medical information requests and your interest in clinical operations.\n\nJoin Zoom Meeting\nhttps://clinarea.zoom.example/j/91824407731?pwd=QmZ1Tk9rR2\n\nMeeting ID: 918 2440 7731\nPasscode: 840213\n
LOCATION:https://clinarea.zoom.example/j/91824407731?pwd=QmZ1Tk9rR2
ORGANIZER;CN=Dr. Hugo Lorente:mailto:dr.hugo.lorente@clinarea.eu
ATTENDEE;CN=lucia.serrano.ortiz@gmail.com;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bizneo-invite",
        uid="bizneo-ev-558210-sanifarma@bizneohr.example",
        is_interview=1,
        company="Sanifarma Genéricos",
        role="Gerente de Área Centro",
        stage="hiring_manager",
        interviewers="lmoreno@sanifarma.es",
        trap="local-ats-bizneo-gerente-area",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo HR//Bizneo ATS//ES
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:bizneo-ev-558210-sanifarma@bizneohr.example
DTSTAMP:20250303T101010Z
DTSTART;TZID=Europe/Madrid:20250307T110000
DTEND;TZID=Europe/Madrid:20250307T120000
SUMMARY:Convocatoria de entrevista: Gerente de Área Centro - Sanifarma Genéricos
ORGANIZER;CN=Sanifarma Genéricos - Selección:mailto:seleccion@sanifarma.es
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Luis Moreno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lmoreno@sanifarma.es
LOCATION:Sanifarma Genéricos\, Parque Empresarial La Carpetania\, C/ Ceres 12\, Getafe
DESCRIPTION:Hola Lucía\,\n\nte convocamos a una entrevista presencial para la vacante Gerente de Área Centro con Luis Moreno\, Director de Ventas Farmacia y Hospital.\n\nPor favor\, confirma tu asistencia desde el portal del candidato: https://sanifarma.bizneohr.example/candidato\n\nGracias\,\nEquipo de Selección Sanifarma
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-com-freemail-owner",
        uid="040000008200E00074C5B7101A82E00800000000707172737475DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        is_interview=1,
        company="Distribuciones Médicas Arganda",
        role="Comercial producto sanitario",
        stage="hiring_manager",
        interviewers="pacoarganda.dm@hotmail.es",
        trap="owner-freemail-coffee-title-is-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN=Paco Arganda:mailto:pacoarganda.dm@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\, soy Francisco (Paco) Ibarra\, de Distribuciones Médicas Arganda. Como te dije por teléfono\, me gustaría conocerte para el puesto de comercial de producto sanitario (curas y sondaje) que buscamos para Madrid capital y el corredor del Henares. Tomamos un café y te cuento cómo trabajamos. Un saludo\n
UID:040000008200E00074C5B7101A82E00800000000707172737475DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=es-ES:Café y charla - Lucía / Paco (puesto comercial)
DTSTART;TZID=W. Europe Standard Time:20250415T093000
DTEND;TZID=W. Europe Standard Time:20250415T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T190155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Cafetería La Granja\, Pol. Ind. Finanzauto\, Arganda del Rey
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-role-play",
        uid="040000008200E00074C5B7101A82E008000000004C5D6E7F8091DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        is_interview=1,
        company="Laboratorios Nuvexa",
        role="Delegado/a Atención Primaria",
        stage="technical",
        interviewers="gema.robles@nuvexa.es",
        trap="role-play-visita-medica-as-selection-test",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Robles Díaz, Gema":mailto:gema.robles@nuvexa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nsegún lo hablado\, la prueba práctica consiste en una simulación de visita médica (role-play) de 10 minutos: yo haré de médica de Atención Primaria y tú presentarás nuestro antihipertensivo (te adjunto ficha técnica y visual aid). Después comentamos el role-play y tu experiencia.\n\nGema Robles\nJefa Regional de Ventas Madrid - Laboratorios Nuvexa\n
UID:040000008200E00074C5B7101A82E008000000004C5D6E7F8091DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=es-ES:Prueba práctica: simulación de visita médica (role-play) - Delegado/a AP
DTSTART;TZID=W. Europe Standard Time:20250128T173000
DTEND;TZID=W. Europe Standard Time:20250128T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T161017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Nuvexa - C/ Orense 58\, 7ºB\, Madrid
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-outlook-client",
        uid="040000008200E00074C5B7101A82E00800000000919293949596DB01000000000000000010000000DEADBEEF01020304DEADBEEF05060708",
        is_interview=1,
        company="Biofarma Castellana",
        role="KAM Hospitalario Respiratorio",
        stage="hiring_manager",
        interviewers="alberto.sainz@biofarmacastellana.es",
        trap="agency-organizer-client-interviewer-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sotillo, Raquel (SF Partners)":mailto:rsotillo@sfpartners-seleccion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sainz Bermejo, Alberto":mailto:alberto.sainz@biofarmacastellana.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, tal y como hablamos\, te confirmo la entrevista con nuestro cliente Biofarma Castellana para la posición de KAM Hospitalario Respiratorio. Te entrevistará Alberto Sainz\, Director de la Unidad de Hospital. Yo no estaré presente\; llámame después para contarme qué tal.\n\nRaquel Sotillo\nConsultora Senior Healthcare - SF Partners Selección\n
UID:040000008200E00074C5B7101A82E00800000000919293949596DB01000000000000000010000000DEADBEEF01020304DEADBEEF05060708
SUMMARY;LANGUAGE=es-ES:Entrevista cliente: Biofarma Castellana - KAM Hospitalario Respiratorio (L. Serrano)
DTSTART;TZID=W. Europe Standard Time:20250318T160000
DTEND;TZID=W. Europe Standard Time:20250318T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Biofarma Castellana\, Ctra. de Burgos km 31\, San Agustín del Guadalix
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-invite",
        uid="4tjs8r1k6g0d3b9m5c2q7v1x4e@google.com",
        is_interview=1,
        company="Vacunalia",
        role="Key Account Manager Vacunas Adultos",
        stage="final",
        interviewers="g.hartmann@vacunalia.com",
        trap="english-final-google-invite-footer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250521T170000
DTEND;TZID=Europe/Madrid:20250521T174500
DTSTAMP:20250516T120510Z
ORGANIZER;CN=Greta Hartmann:mailto:g.hartmann@vacunalia.com
UID:4tjs8r1k6g0d3b9m5c2q7v1x4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Greta Hartmann;X-NUM-GUESTS=0:mailto:g.hartmann@vacunalia.com
X-GOOGLE-CONFERENCE:https://meet.google.com/wkd-ujfa-cby
DESCRIPTION:Final conversation for the Key Account Manager Adult Vaccines 
 role (Madrid & Castilla-La Mancha) with Greta Hartmann\, Country Manager S
 pain.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/wkd-u
 jfa-cby\n\nJoin by phone\n(ES) +34 932 75 18 40 PIN: 660 918 214#\n\nLearn 
 more about Meet at: https://support.google.com/a/users/answer/9282720\n\nP
 lease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Cal
 endar: https://calendar.google.com/calendar/\n\nYou are receiving this ema
 il because you are an attendee on the event. To stop receiving future upd
 ates for this event\, decline this event.
LAST-MODIFIED:20250516T120510Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía / Greta - KAM Adult Vaccines - final conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-english",
        uid="WD-INT-9120377-20250409@alveus.myworkday.example",
        is_interview=1,
        company="Alveus Pharma",
        role="Market Access & Pricing Manager",
        stage="hiring_manager",
        interviewers="marco.bellandi@alveus-pharma.com",
        trap="workday-english-interview-scheduled-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-9120377-20250409@alveus.myworkday.example
DTSTAMP:20250403T155521Z
DTSTART:20250409T143000Z
DTEND:20250409T153000Z
SUMMARY:Interview Scheduled: Market Access & Pricing Manager (R-25-0912) – Lucía Serrano Ortiz
ORGANIZER;CN=Alveus Pharma Iberia Talent Acquisition:mailto:ta.iberia@alveus-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Serrano Ortiz:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marco Bellandi:mailto:marco.bellandi@alveus-pharma.com
LOCATION:Microsoft Teams
DESCRIPTION:Candidate: Lucía Serrano Ortiz\nJob Requisition: R-25-0912 Market Access & Pricing Manager\nInterview Type: Hiring Manager Interview\nInterviewer: Marco Bellandi – Head of Market Access Iberia & Italy\nDuration: 60 minutes\n\nPlease join via the Microsoft Teams link in the confirmation email.\n\nThis invitation was sent by Workday on behalf of Alveus Pharma Iberia S.L.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-cancel",
        uid="2pnu9ho6d4v1c8k3e5t7q0m2bf@google.com",
        is_interview=1,
        company="Helix Terapias Avanzadas",
        role="MSL Terapias Avanzadas (CAR-T)",
        stage="recruiter_screen",
        interviewers="andrea.sobrino@helix-ta.es",
        trap="google-method-cancel-status-cancelled",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250404T100000
DTEND;TZID=Europe/Madrid:20250404T103000
DTSTAMP:20250402T073315Z
ORGANIZER;CN=Andrea Sobrino:mailto:andrea.sobrino@helix-ta.es
UID:2pnu9ho6d4v1c8k3e5t7q0m2bf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lu
 cia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.ortiz@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea 
 Sobrino;X-NUM-GUESTS=0:mailto:andrea.sobrino@helix-ta.es
CREATED:20250327T160244Z
DESCRIPTION:Hola Lucía\, primera entrevista (30 min) para la posición de MS
 L Terapias Avanzadas (CAR-T) - zona Centro. Te llamo por Meet.\nAndrea Sob
 rino\, Talent Acquisition\, Helix Terapias Avanzadas\n\nInvitación de Goo
 gle Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250402T073315Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista MSL Terapias Avanzadas - Lucía Serrano
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-phone-screen",
        uid="gh-interview-5502918-lucia-serrano-ortiz@greenhouse.example",
        is_interview=1,
        company="Endovia Medical",
        role="Territory Manager Endoscopy – Madrid",
        stage="recruiter_screen",
        interviewers="kyle.brennan@endovia-medical.com",
        trap="greenhouse-phone-screen-no-location",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5502918-lucia-serrano-ortiz@greenhouse.example
DTSTAMP:20250512T132015Z
DTSTART:20250514T150000Z
DTEND:20250514T152500Z
SUMMARY:Phone Screen: Lucía Serrano Ortiz – Territory Manager Endoscopy – Madrid
ORGANIZER;CN=Kyle Brennan:mailto:kyle.brennan@endovia-medical.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Kyle Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kyle.brennan@endovia-medical.com
DESCRIPTION:Hi Lucía\, Kyle from Endovia's EMEA recruiting team here. I'll call you on +34 6** *** 512 for a 25-minute phone screen about the Territory Manager Endoscopy role. Looking forward to it!\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="8D7C6B5A-4938-4271-A6B5-C4D3E2F1A0B9",
        is_interview=1,
        company="Laboratorios Roviral",
        role="",
        stage="hiring_manager",
        interviewers="Susana",
        trap="terse-abbreviated-first-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250306T080211Z
UID:8D7C6B5A-4938-4271-A6B5-C4D3E2F1A0B9
DTEND:20250310T200000
TRANSP:OPAQUE
SUMMARY:Entrev Roviral oftalmo - Susana jefa vtas
LAST-MODIFIED:20250306T080230Z
DTSTAMP:20250306T080230Z
DTSTART:20250310T190000
LOCATION:Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-assistant",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        is_interview=1,
        company="Genmedix Iberia",
        role="Product Manager Cardiometabólico",
        stage="hiring_manager",
        interviewers="irene.quintana@genmedix.es",
        trap="sent-by-assistant-product-manager-x-alt-desc",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Quintana Lobo, Irene";SENT-BY="mailto:asistente.marketing@genmedix.es":mailto:irene.quintana@genmedix.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Entrevista para el puesto de Product Manager Cardiometabólico con Irene Quintana (Directora de Marketing).\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 355 190 274 883\nCódigo de acceso: Gm7nR4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=es-ES:Entrevista PM Cardiometabólico - L. Serrano
DTSTART;TZID=W. Europe Standard Time:20250225T130000
DTEND;TZID=W. Europe Standard Time:20250225T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T112233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body><p>Entrevista para el puesto de Product Manager Cardiometabólico con Irene Quintana (Directora de Marketing).</p><p>Reunión de Microsoft Teams</p></body></html>
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="1A2B3C4D-5E6F-4A7B-9C8D-0E1F2A3B4C5D",
        is_interview=1,
        company="Dermaclin",
        role="",
        stage="recruiter_screen",
        interviewers="",
        trap="terse-lowercase-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250114T124402Z
UID:1A2B3C4D-5E6F-4A7B-9C8D-0E1F2A3B4C5D
DTEND:20250116T141500
TRANSP:OPAQUE
SUMMARY:llamada rrhh dermaclin (1a entrevista)
LAST-MODIFIED:20250114T124402Z
DTSTAMP:20250114T124402Z
DTSTART:20250116T140000
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-83120974455-1739350800@zoom.example",
        is_interview=1,
        company="OncoGenia Biotech",
        role="MSL Oncología Madrid",
        stage="hiring_manager",
        interviewers="teresa.galdos@oncogenia.com",
        trap="zoom-second-round-spanish-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250212T090915Z
DTSTART:20250218T180000Z
DTEND:20250218T184500Z
SUMMARY:2ª entrevista MSL Oncología Madrid - OncoGenia
UID:zoom-83120974455-1739350800@zoom.example
DESCRIPTION:Teresa Galdós le está invitando a una reunión de Zoom programada.\n\nSegunda entrevista con Teresa Galdós\, Medical Lead Oncología\, para la posición de MSL Oncología Madrid.\n\nUnirse a la reunión Zoom\nhttps://oncogenia.zoom.example/j/83120974455?pwd=cE1xT2lLb0\n\nID de reunión: 831 2097 4455\nCódigo de acceso: 229104\n
LOCATION:https://oncogenia.zoom.example/j/83120974455?pwd=cE1xT2lLb0
ORGANIZER;CN=Teresa Galdós:mailto:teresa.galdos@oncogenia.com
ATTENDEE;CN=lucia.serrano.ortiz@gmail.com;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-invite",
        uid="6ye0s3h8l2n5r9a1w4u7c0f3kd@google.com",
        is_interview=1,
        company="Cofarmen Distribución",
        role="KAM Farmacias y Grupos de Compra",
        stage="recruiter_screen",
        interviewers="elisa.manzano@cofarmen.es",
        trap="wholesaler-kam-pharmacies-meet",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250429T123000
DTEND;TZID=Europe/Madrid:20250429T130000
DTSTAMP:20250424T101220Z
ORGANIZER;CN=Elisa Manzano:mailto:elisa.manzano@cofarmen.es
UID:6ye0s3h8l2n5r9a1w4u7c0f3kd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elisa Manzano;X-NUM-GUESTS=0:mailto:elisa.manzano@cofarmen.es
X-GOOGLE-CONFERENCE:https://meet.google.com/cfm-pxoa-tre
DESCRIPTION:Primera entrevista (selección) - KAM Farmacias y Grupos de Comp
 ra - Cofarmen Distribución.\n\nÚnete con Google Meet: https://meet.google.
 com/cfm-pxoa-tre\n\nInvitación de Google Calendar: https://calendar.google
 .com/calendar/
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Lucía Serrano - KAM Farmacias (Cofarmen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-hand-typed",
        uid="3ab9e1g5k7m2p4r6t8v0x1z3qc@google.com",
        is_interview=1,
        company="Laboratorios Brezal",
        role="",
        stage="hiring_manager",
        interviewers="Alfonso Prado",
        trap="hand-typed-second-round-dir-ventas",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lucía
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250313T080000Z
DTEND:20250313T090000Z
DTSTAMP:20250320T081512Z
UID:3ab9e1g5k7m2p4r6t8v0x1z3qc@google.com
CREATED:20250307T210003Z
DESCRIPTION:Alfonso Prado (dir. ventas). Oficinas Alcobendas\, Av. de Bruselas 31. Aparcar en el Moraleja Green
LAST-MODIFIED:20250307T210003Z
LOCATION:Av. de Bruselas 31\, Alcobendas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista Brezal 💼
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-confirmation",
        uid="3d9a7f21-6c4e-4b8a-9e05-1f2a3b4c5d6e@iberhealth-ma.es",
        is_interview=1,
        company="Iberhealth Market Access Consulting",
        role="Consultor/a Senior Market Access",
        stage="recruiter_screen",
        interviewers="david.ferrando@iberhealth-ma.es",
        trap="bookings-spanish-consultancy-staff-member",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN=Iberhealth - Selección:mailto:Seleccion@iberhealth-ma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Serrano Ortiz:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=David Ferrando:mailto:david.ferrando@iberhealth-ma.es
DESCRIPTION;LANGUAGE=es-ES:Tu reserva se ha confirmado\n\nServicio: Entrevista inicial - Consultor/a Senior Market Access (45 min)\nPersonal: David Ferrando\, Manager\nCliente: Lucía Serrano Ortiz\nTeléfono: +34 6xx xxx 512\n\nPara reprogramar o cancelar la reserva: https://outlook.office365.example/book/SeleccionIberhealth@iberhealth-ma.es/\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión\n
UID:3d9a7f21-6c4e-4b8a-9e05-1f2a3b4c5d6e@iberhealth-ma.es
SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Consultor/a Senior Market Access - Lucía Serrano Ortiz
DTSTART;TZID=W. Europe Standard Time:20250506T120000
DTEND;TZID=W. Europe Standard Time:20250506T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T093019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-invite",
        uid="personio-interview-1827364-quimifar@personio.example",
        is_interview=1,
        company="Quimifar Consumer Health",
        role="KAM Cadenas de Farmacia",
        stage="recruiter_screen",
        interviewers="",
        trap="personio-shared-hr-mailbox-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//ES
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:personio-interview-1827364-quimifar@personio.example
DTSTAMP:20250519T081144Z
DTSTART;TZID=Europe/Madrid:20250522T100000
DTEND;TZID=Europe/Madrid:20250522T103000
SUMMARY:Entrevista: KAM Cadenas de Farmacia – Lucía Serrano Ortiz
ORGANIZER;CN=Quimifar Consumer Health – RR. HH.:mailto:hr@quimifar.es
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
LOCATION:Google Meet – https://meet.google.com/qmf-hrsc-ntv
DESCRIPTION:Hola Lucía\,\n\ngracias por tu candidatura a KAM Cadenas de Farmacia. Te invitamos a una primera entrevista con el equipo de RR. HH. de Quimifar Consumer Health.\n\nEnlace: https://meet.google.com/qmf-hrsc-ntv\n\nSaludos\,\nRR. HH. Quimifar\n\nEsta invitación se ha enviado a través de Personio.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-freemail-founder",
        uid="0kq3w7e1r5t9y2u6i4o8p0a3sd@google.com",
        is_interview=1,
        company="Ortomed Iberia",
        role="Delegada Traumatología",
        stage="hiring_manager",
        interviewers="ricardo.benavente.ortomed@gmail.com",
        trap="founder-gmail-invite-no-ats",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250220T193000
DTEND;TZID=Europe/Madrid:20250220T203000
DTSTAMP:20250217T223107Z
ORGANIZER;CN=Ricardo Benavente:mailto:ricardo.benavente.ortomed@gmail.com
UID:0kq3w7e1r5t9y2u6i4o8p0a3sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ricardo Benavente;X-NUM-GUESTS=0:mailto:ricardo.benavente.ortomed@gmail
 .com
DESCRIPTION:Lucía\, te mando la invitación para hablar del puesto de deleg
 ada de traumatología en Ortomed (somos 14\, distribuimos prótesis de rodil
 la y cadera en Madrid y Castilla-La Mancha). Hablamos por videollamada\, q
 ue a esas horas ya no estoy en quirófano.\nRicardo Benavente - fundador y 
 gerente\n\nInvitación de Google Calendar: https://calendar.google.com/cal
 endar/
X-GOOGLE-CONFERENCE:https://meet.google.com/orm-tdvk-qla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ortomed - Lucía Serrano (puesto delegada trauma)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-portuguese",
        uid="040000008200E00074C5B7101A82E00800000000BB12CC34DD56DB0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411",
        is_interview=1,
        company="Saúde Atlântica",
        role="Key Account Manager Ibéria",
        stage="hiring_manager",
        interviewers="tiago.valente@saudeatlantica.pt",
        trap="portuguese-entrevista-utc0-label-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Valente, Tiago":mailto:tiago.valente@saudeatlantica.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=pt-PT:Olá Lucía\,\n\nconforme combinado\, segue o convite para a entrevista para a função de Key Account Manager Ibéria (base em Madrid\, reporte a Lisboa). Podemos falar em espanhol.\n\nCumprimentos\,\nTiago Valente\nDiretor Comercial Ibéria - Saúde Atlântica Farmacêutica\, S.A.\n\n________________________________________________________________________________\nReunião do Microsoft Teams\nClique aqui para participar na reunião\nID da Reunião: 301 447 925 118\nCódigo de acesso: Sa9tL3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BB12CC34DD56DB0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411
SUMMARY;LANGUAGE=pt-PT:Entrevista - Key Account Manager Ibéria - Lucía Serrano Ortiz
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250416T090000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250416T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T144201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pt-PT:Reunião do Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hand-typed",
        uid="5lf2c8n0b4x6z1m3v7q9w2e5ra@google.com",
        is_interview=1,
        company="Neurova Pharma",
        role="MSL",
        stage="hiring_manager",
        interviewers="Dra. Fuster",
        trap="hand-typed-emoji-dra-is-interviewer-not-doctor-visit",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lucia.serrano.ortiz@gmail.com
X-WR-TIMEZONE:Europe/Madrid
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250603T173000
DTEND;TZID=Europe/Madrid:20250603T183000
DTSTAMP:20250605T070011Z
UID:5lf2c8n0b4x6z1m3v7q9w2e5ra@google.com
CREATED:20250528T160240Z
DESCRIPTION:link teams en el mail de Neurova. preparar: caso paciente EM\, 2 papers recientes\, por qué MSL y no KAM
LAST-MODIFIED:20250528T160302Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Neurova - entrevista MSL con Dra. Fuster (Medical Lead) 🙏
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-invite",
        uid="sr-int-7f1e2d3c-inmunova-4455@smartrecruiters.example",
        is_interview=1,
        company="Inmunova Biologics",
        role="KAM Hospitalario Inmunología",
        stage="final",
        interviewers="jorge.altamira@inmunova.com;paula.esteve@inmunova.com",
        trap="smartrecruiters-final-with-gm-and-hr",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:sr-int-7f1e2d3c-inmunova-4455@smartrecruiters.example
DTSTAMP:20250602T121800Z
DTSTART;TZID=Europe/Madrid:20250611T100000
DTEND;TZID=Europe/Madrid:20250611T113000
SUMMARY:Entrevista final – KAM Hospitalario Inmunología – Inmunova Biologics
ORGANIZER;CN=Paula Esteve:mailto:paula.esteve@inmunova.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Jorge Altamira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jorge.altamira@inmunova.com
LOCATION:Inmunova Biologics - Oficina Madrid\, C/ Jazmín Azul 14\, 28033 Madrid
DESCRIPTION:Hola Lucía\,\n\nenhorabuena por llegar a la fase final. Te reunirás con Jorge Altamira (Director General España) y Paula Esteve (HR Director).\n\nAgenda:\n- Presentación de tu plan de 90 días para la cuenta Hospital Universitario de Valderrey (10 min)\n- Entrevista (60 min)\n- Condiciones y próximos pasos (20 min)\n\nSaludos\,\nPaula Esteve\n\nScheduled with SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
