"""holdout253 events, part A: the user's own interviews at employers with several rounds."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout253ev_zones import GMT_STANDARD, LISBON, MADRID, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="google-meet-invite",
        uid="3k7q1vd0m2hs9bq4t1c8n6j5ao@google.com",
        is_interview=1,
        company="Laboratorios Quirante",
        role="KAM Hospitalario Oncología",
        stage="recruiter_screen",
        interviewers="marta.olmedo@quirante-farma.es",
        trap="google-invite-hr-screen-spanish",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250211T100000
DTEND;TZID=Europe/Madrid:20250211T103000
DTSTAMP:20250206T154412Z
ORGANIZER;CN=Marta Olmedo:mailto:marta.olmedo@quirante-farma.es
UID:3k7q1vd0m2hs9bq4t1c8n6j5ao@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Olmedo;X-NUM-GUESTS=0:mailto:marta.olmedo@quirante-farma.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qfr-mxbt-kaw
CREATED:20250206T154410Z
DESCRIPTION:Hola Lucía\,\n\ngracias por tu interés en la posición de KAM Ho
 spitalario Oncología (zona Centro). Como te comenté\, esta primera convers
 ación es de unos 30 minutos para conocer tu trayectoria como delegada y re
 visar condiciones (banda salarial\, coche\, variable).\n\nUn saludo\,\nMart
 a Olmedo\nTalent Acquisition · Laboratorios Quirante\n\n-::~:~::~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete
  con Google Meet: https://meet.google.com/qfr-mxbt-kaw\n\nO marca: (ES) +34 
 910 48 27 15 PIN: 402 118 936#\n\nMás números de teléfono: https://tel.meet
 /qfr-mxbt-kaw?pin=4021189360155\n\nMás información sobre Meet: https://supp
 ort.google.com/a/users/answer/9282720\n\nNo edites esta sección de la descr
 ipción.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-\n\nInvitación de Google Calendar: https://calendar.goo
 gle.com/calendar/\n\nEstás recibiendo este correo porque eres un invitado d
 el evento. Para dejar de recibir novedades sobre este evento\, rechaza la i
 nvitación.
LAST-MODIFIED:20250206T154411Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica - KAM Hospitalario Oncología (Lucía Serrano)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-room-invite",
        uid="040000008200E00074C5B7101A82E00800000000B0C3A1F47C7CDB01000000000000000010000000D4E2A7C3F1B69A4E8B1C0D2E3F4A5B6C",
        is_interview=1,
        company="Laboratorios Quirante",
        role="KAM Hospitalario Oncología",
        stage="hiring_manager",
        interviewers="fernando.albarran@quirante-farma.es",
        trap="outlook-room-attendee-last-first-cn",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Albarrán Ruiz, Fernando":mailto:fernando.albarran@quirante-farma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Olmedo Sanz, Marta":mailto:marta.olmedo@quirante-farma.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MAD-Burgos-4P-Sala Ribera (6)":mailto:sala.ribera@quirante-farma.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Lucía\,\n\nTe confirmo la entrevista con Fernando Albarrán\, Director Regional Zona Centro\, para la posición de KAM Hospitalario Oncología. Será en nuestras oficinas de Avda. de Burgos 114\, 4ª planta (pregunta en recepción por Marta Olmedo). Duración aproximada: 1 hora.\n\nTe pedimos que traigas preparada una breve presentación (máx. 10 min) de tu cartera actual de cuentas hospitalarias.\n\nSaludos\,\nMarta\n
UID:040000008200E00074C5B7101A82E00800000000B0C3A1F47C7CDB01000000000000000010000000D4E2A7C3F1B69A4E8B1C0D2E3F4A5B6C
SUMMARY;LANGUAGE=es-ES:Entrevista con Director Regional Centro - KAM Hospitalario Oncología
DTSTART;TZID=W. Europe Standard Time:20250220T163000
DTEND;TZID=W. Europe Standard Time:20250220T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T091733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-Burgos-4P-Sala Ribera (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120331874
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"MAD-Burgos-4P-Sala Ribera (6)","LocationAnnotation":"","LocationUri":"sala.ribera@quirante-farma.es","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4",
        is_interview=1,
        company="Laboratorios Quirante",
        role="KAM Hospitalario Oncología",
        stage="final",
        interviewers="pilar.robledo@quirante-farma.es",
        trap="rescheduled-sequence-sent-by-coordinator",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Robledo Gascón, Pilar";SENT-BY="mailto:marta.olmedo@quirante-farma.es":mailto:pilar.robledo@quirante-farma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Olmedo Sanz, Marta":mailto:marta.olmedo@quirante-farma.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\, por un cambio de agenda de Pilar movemos la entrevista final al jueves 6 a las 9:00 (antes martes 4). Mismo lugar. Disculpa las molestias. Marta\n\nEntrevista final con Pilar Robledo\, Directora Comercial\, para el puesto de KAM Hospitalario Oncología. 45 minutos.\n
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=es-ES:Entrevista final - Dirección Comercial (KAM Onco)
DTSTART;TZID=W. Europe Standard Time:20250306T090000
DTEND;TZID=W. Europe Standard Time:20250306T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T120311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Laboratorios Quirante - Avda. de Burgos 114\, Madrid
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1908346121
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hirevue-one-way",
        uid="hv-od-7f3e9c21-58b4-4d0a-9e61-2c7a4b8d0f15@hirevue.com",
        is_interview=1,
        company="Novaterra Pharma",
        role="Medical Science Liaison – Oncology (Madrid/Centro)",
        stage="recruiter_screen",
        interviewers="",
        trap="hirevue-one-way-no-interviewer-utc-window",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Interview Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-od-7f3e9c21-58b4-4d0a-9e61-2c7a4b8d0f15@hirevue.com
DTSTAMP:20250203T081502Z
DTSTART:20250205T170000Z
DTEND:20250205T180000Z
SUMMARY:Novaterra Pharma: HireVue On Demand Interview - Medical Science Liaison – Oncology (Madrid/Centro)
DESCRIPTION:Dear Lucía\,\n\nThank you for applying to Novaterra Pharma. As the next step you are invited to complete an On Demand video interview for the position Medical Science Liaison – Oncology (Madrid/Centro). You will answer 6 pre-recorded questions\; you have 30 seconds to prepare and up to 3 minutes to answer each one. You may complete the interview any time before 11 February 2025 23:59 CET.\n\nStart your interview: https://app.hirevue.example/interviews/novaterra/Xq7TbR2w\n\nTips: use Chrome or the HireVue app\, check your camera and microphone\, find a quiet place.\n\nNovaterra Pharma Talent Acquisition – Iberia\nThis is an automated message\, please do not reply.
LOCATION:https://app.hirevue.example/interviews/novaterra/Xq7TbR2w
ORGANIZER;CN=Novaterra Pharma Talent Acquisition:mailto:no-reply@hirevue.example
ATTENDEE;CN=Lucía Serrano Ortiz;PARTSTAT=NEEDS-ACTION:mailto:lucia.serrano.ortiz@gmail.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-hand-typed",
        uid="6E1B9F2A-3C4D-4E5F-8A9B-0C1D2E3F4A5B",
        is_interview=1,
        company="Novaterra Pharma",
        role="",
        stage="technical",
        interviewers="",
        trap="hand-typed-online-tests-floating-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250212T213004Z
UID:6E1B9F2A-3C4D-4E5F-8A9B-0C1D2E3F4A5B
DTEND:20250213T220000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:tests SHL novaterra (verbal + numérico + OPQ) - link en mail
LAST-MODIFIED:20250212T213051Z
DTSTAMP:20250212T213051Z
DTSTART:20250213T203000
DESCRIPTION:portátil cargado\, calculadora\, papel. sin prisa con el OPQ. plazo hasta el viernes
SEQUENCE:1
BEGIN:VALARM
X-WR-ALARMUID:0A9C2D1E-7B6F-4C3D-9E8A-1F2B3C4D5E6F
UID:0A9C2D1E-7B6F-4C3D-9E8A-1F2B3C4D5E6F
TRIGGER:-PT30M
ATTACH;VALUE=URI:Chord
ACTION:AUDIO
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-invite",
        uid="WD-INT-8842156-20250225@novaterra-pharma.myworkday.example",
        is_interview=1,
        company="Novaterra Pharma",
        role="Medical Science Liaison – Oncology",
        stage="onsite",
        interviewers="rachel.whitfield@novaterra-pharma.com;sergio.llamas@novaterra-pharma.com",
        trap="english-assessment-centre-workday-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-8842156-20250225@novaterra-pharma.myworkday.example
DTSTAMP:20250219T140237Z
DTSTART:20250225T080000Z
DTEND:20250225T130000Z
SUMMARY:Assessment Centre – Medical Science Liaison – Oncology – Novaterra Pharma Iberia
LOCATION:Novaterra Pharma Iberia\, Calle de la Ribera del Loira 46\, 28042 Madrid – Room Atlas
ORGANIZER;CN=Novaterra Recruiting:mailto:recruiting-iberia@novaterra-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Serrano Ortiz:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rachel Whitfield:mailto:rachel.whitfield@novaterra-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergio Llamas:mailto:sergio.llamas@novaterra-pharma.com
DESCRIPTION:Candidate: Lucía Serrano Ortiz\nJob Requisition: R-0041873 Medical Science Liaison – Oncology\nInterview Type: Assessment Centre (in person)\n\nSchedule\n09:00 Welcome & introduction to Novaterra Medical Affairs\n09:20 Group exercise (4 candidates) – Medical plan for a new indication\n10:30 Scientific role play with a KOL (actor) – 20 min prep\, 15 min discussion\n11:30 Competency-based interview – Rachel Whitfield (Medical Director Iberia) and Sergio Llamas (MSL Team Lead)\n13:30 Close\n\nPlease bring your ID for reception. Business attire is not required.\n\nThis invitation was sent by Workday on behalf of Novaterra Pharma.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-outlook-utc-label",
        uid="040000008200E00074C5B7101A82E0080000000022D7E01B9F86DB01000000000000000010000000C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9F8",
        is_interview=1,
        company="Novaterra Pharma",
        role="Medical Science Liaison – Oncology",
        stage="final",
        interviewers="helen.marsh@novaterra-pharma.com",
        trap="utc-label-tzid-no-vtimezone-x-alt-desc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Marsh, Helen":mailto:helen.marsh@novaterra-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Novaterra Recruiting:mailto:recruiting-iberia@novaterra-pharma.com
DESCRIPTION;LANGUAGE=en-US:Hi Lucía\, looking forward to our conversation – this is the final step for the MSL Oncology role. Helen (VP Medical Affairs\, Southern Europe)\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ2ZTg>\nMeeting ID: 381 552 907 114\nPasscode: 7hQx2P\nDownload Teams<https://www.microsoft.example/microsoft-teams/download-app> | Join on the web<https://www.microsoft.example/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms.example/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.example/meetingOptions/>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000022D7E01B9F86DB01000000000000000010000000C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9F8
SUMMARY;LANGUAGE=en-US:Final interview - MSL Oncology - Lucía Serrano Ortiz
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250305T150000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250305T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T171201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ2ZTg
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Lucía\, looking forward to our conversation – this is the final step for the MSL Oncology role. Helen (VP Medical Affairs\, Southern Europe)</p><hr><p><b>Microsoft Teams meeting</b><br><a href="https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ2ZTg">Click here to join the meeting</a><br>Meeting ID: 381 552 907 114 Passcode: 7hQx2P</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-confirmation",
        uid="b8f1c3e2-64a7-4f09-a2d5-91e7c0b4d36a@lusitanahealth.pt",
        is_interview=1,
        company="Lusitana Health",
        role="Market Access Manager Iberia",
        stage="recruiter_screen",
        interviewers="ines.carvalho@lusitanahealth.pt",
        trap="bookings-portuguese-lisbon-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{LISBON}BEGIN:VEVENT
ORGANIZER;CN=Lusitana Health - Talent Acquisition:mailto:TalentAcquisition@lusitanahealth.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Serrano Ortiz:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Inês Carvalho:mailto:ines.carvalho@lusitanahealth.pt
DESCRIPTION;LANGUAGE=pt-PT:A sua marcação foi confirmada / Your booking is confirmed\n\nServiço: Conversa inicial - Market Access Manager Iberia (30 min)\nColaborador: Inês Carvalho\, Talent Acquisition Partner\nCliente: Lucía Serrano Ortiz\n\nA conversa decorre em inglês ou espanhol\, como preferir.\n\nPara reagendar ou cancelar: https://outlook.office365.example/book/TalentAcquisitionLusitana@lusitanahealth.pt/\n\nReunião do Microsoft Teams\nJunte-se através do seu computador\, aplicação móvel ou dispositivo de sala\nClique aqui para participar na reunião <https://teams.microsoft.example/l/meetup-join/19%3ameeting_YjA5MzQ>\nID da Reunião: 329 774 018 552\nCódigo de acesso: Lq4b9S\n
UID:b8f1c3e2-64a7-4f09-a2d5-91e7c0b4d36a@lusitanahealth.pt
SUMMARY;LANGUAGE=pt-PT:Conversa inicial - Market Access Manager Iberia - Lucía Serrano Ortiz
DTSTART;TZID=Europe/Lisbon:20250313T093000
DTEND;TZID=Europe/Lisbon:20250313T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T184402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pt-PT:Reunião do Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MS-BOOKINGS-SERVICEID:4d1e7a90-2b3c-4f5e-8a6d-7c9e0f1a2b3c
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-gmt-standard",
        uid="040000008200E00074C5B7101A82E008000000005E4F3A2B1C0DDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        is_interview=1,
        company="Lusitana Health",
        role="Market Access Manager Iberia",
        stage="technical",
        interviewers="miguel.sa.pereira@lusitanahealth.pt;carla.nogueira@lusitanahealth.pt",
        trap="gmt-standard-time-lisbon-hta-case",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN="Sá Pereira, Miguel":mailto:miguel.sa.pereira@lusitanahealth.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nogueira, Carla":mailto:carla.nogueira@lusitanahealth.pt
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvalho, Inês":mailto:ines.carvalho@lusitanahealth.pt
DESCRIPTION;LANGUAGE=en-GB:Dear Lucía\,\n\nAs discussed with Inês\, the second interview for the Market Access Manager Iberia position will be a case interview. You will receive the case (a simplified HTA dossier and pricing & reimbursement scenario for Spain) 48 hours before. Please prepare a 15-minute presentation\; the remaining time will be Q&A with Carla Nogueira (Health Economics & Outcomes Research) and myself.\n\nKind regards\,\nMiguel Sá Pereira\nHead of Market Access Iberia\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 344 870 221 695\nPasscode: 3sFv8K\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005E4F3A2B1C0DDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-GB:Case interview – Market Access Manager Iberia (HTA / P&R exercise)
DTSTART;TZID=GMT Standard Time:20250327T140000
DTEND;TZID=GMT Standard Time:20250327T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T101418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-hand-typed",
        uid="0v3r6lq8tbn4c9k2p7h1s5dme8@google.com",
        is_interview=1,
        company="Lusitana Health",
        role="",
        stage="final",
        interviewers="João Mendes;Inês",
        trap="hand-typed-lisbon-onsite-flight-note",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lucia.serrano.ortiz@gmail.com
X-WR-TIMEZONE:Europe/Madrid
{LISBON}BEGIN:VEVENT
DTSTART;TZID=Europe/Lisbon:20250410T110000
DTEND;TZID=Europe/Lisbon:20250410T130000
DTSTAMP:20250414T062033Z
UID:0v3r6lq8tbn4c9k2p7h1s5dme8@google.com
CREATED:20250401T202145Z
DESCRIPTION:Lusitana final presencial!! con João Mendes (GM Iberia) + Inês (RRHH)\nAv. da Liberdade 190\, 6º - Lisboa\nvuelo IB3106 7:05 T4 -> 7:25 LIS / vuelta 19:40\nllevar: caso impreso\, 2 copias CV\, pendrive
LAST-MODIFIED:20250401T202610Z
LOCATION:Av. da Liberdade 190\, 1250-147 Lisboa\, Portugal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:✈️ Lisboa - entrevista final Lusitana
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT12H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-invite",
        uid="lever-7c2e91a4-0d5b-4b8e-9f3a-6a1c5e8d2b70@hire.lever.example",
        is_interview=1,
        company="Medisonda",
        role="Clinical Specialist - Cardiology (Madrid)",
        stage="recruiter_screen",
        interviewers="laura.quesada@medisonda.com",
        trap="lever-english-template-spanish-recruiter",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-7c2e91a4-0d5b-4b8e-9f3a-6a1c5e8d2b70@hire.lever.example
DTSTAMP:20250120T110356Z
DTSTART:20250123T081500Z
DTEND:20250123T084500Z
SUMMARY:Lucía Serrano Ortiz <> Medisonda: Clinical Specialist - Cardiology (Madrid)
ORGANIZER;CN=Laura Quesada:mailto:laura.quesada@medisonda.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Laura Quesada;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.quesada@medisonda.com
LOCATION:https://meet.google.com/vho-trzd-qpe
DESCRIPTION:Hi Lucía\,\n\nThanks for your interest in Medisonda! This 30-minute call with Laura Quesada (Talent Partner\, Southern Europe) is a first conversation about your background in hospital sales and the Clinical Specialist - Cardiology role (cath lab support\, electrophysiology). Laura will call you in Spanish.\n\nJoin: https://meet.google.com/vho-trzd-qpe\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        is_interview=1,
        company="Medisonda",
        role="Clinical Specialist Cardiología",
        stage="hiring_manager",
        interviewers="oscar.villalba@medisonda.com",
        trap="outlook-method-cancel-spanish-cancelado",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Villalba Prieto, Óscar":mailto:oscar.villalba@medisonda.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, tengo que cancelar la entrevista del lunes por un implante urgente en el Hospital Sierra Oeste. Laura te propondrá nueva fecha en cuanto pueda. Perdona.\nÓscar Villalba - Area Sales Manager Centro\n
UID:040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Lucía Serrano / Óscar Villalba - Clinical Specialist Cardiología
DTSTART;TZID=Romance Standard Time:20250203T180000
DTEND;TZID=Romance Standard Time:20250203T190000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250202T193855Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-trial-day",
        uid="5hbe2c9rl0q6vk3n1m8t4a7p2s@google.com",
        is_interview=1,
        company="Medisonda",
        role="Clinical Specialist Cardiología",
        stage="onsite",
        interviewers="oscar.villalba@medisonda.com",
        trap="trial-day-cath-lab-looks-like-hospital-visit",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250219T073000
DTEND;TZID=Europe/Madrid:20250219T150000
DTSTAMP:20250211T175520Z
ORGANIZER;CN=Óscar Villalba:mailto:oscar.villalba@medisonda.com
UID:5hbe2c9rl0q6vk3n1m8t4a7p2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Óscar Villalba;X-NUM-GUESTS=0:mailto:oscar.villalba@medisonda.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laura Quesada;X-NUM-GUESTS=0:mailto:laura.quesada@medisonda.com
DESCRIPTION:Hola Lucía\, como hablamos\, la siguiente fase del proceso es u
 n día de acompañamiento conmigo en la sala de hemodinámica del Hospital Un
 iversitario Sierra Oeste (implantes programados de 8:00 a 14:00). Verás có
 mo damos soporte técnico en caso y luego comemos y hacemos la entrevista f
 ormal. Necesitarás DNI\; la tarjeta de acceso y el pijama te los damos all
 í. Quedamos a las 7:30 en la puerta de Urgencias.\nÓscar
LOCATION:Hospital Universitario Sierra Oeste\, Av. de los Fresnos 2\, Majad
 ahonda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de acompañamiento en hemodinámica - proceso Clinical Specialist
  Medisonda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-internal",
        uid="SF-INT-ALC-20250115-7731@laboratorios-alcalena.es",
        is_interview=1,
        company="Laboratorios Alcalena",
        role="KAM Hospitalario Zona Centro",
        stage="hiring_manager",
        interviewers="aherraiz@laboratorios-alcalena.es;jmcastano@laboratorios-alcalena.es",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:SF-INT-ALC-20250115-7731@laboratorios-alcalena.es
DTSTAMP:20250115T121902Z
DTSTART;TZID=Europe/Madrid:20250122T120000
DTEND;TZID=Europe/Madrid:20250122T130000
SUMMARY:Entrevista – Convocatoria interna KAM Hospitalario Zona Centro (Ref. ALC-INT-2025-04)
ORGANIZER;CN=Selección Alcalena:mailto:seleccion@laboratorios-alcalena.es
ATTENDEE;CN=Serrano Ortiz, Lucía;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;CN=Herraiz Molina, Ana;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aherraiz@laboratorios-alcalena.es
ATTENDEE;CN=Castaño Ruiz, José Manuel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jmcastano@laboratorios-alcalena.es
LOCATION:Sede central – Sala Guadarrama (planta 2)
DESCRIPTION:Estimada Lucía:\n\nEn relación con tu candidatura a la convocatoria interna de KAM Hospitalario Zona Centro\, te convocamos a una entrevista con Ana Herraiz (HR Business Partner Comercial) y José Manuel Castaño (Director Nacional de Ventas Hospital).\n\nRecuerda que\, de acuerdo con la política de movilidad interna\, tu responsable directo ha sido informado de tu candidatura.\n\nUn saludo\,\nEquipo de Selección – Personas y Cultura\nLaboratorios Alcalena\n\nEste mensaje se ha generado automáticamente desde SAP SuccessFactors Recruiting.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-panel",
        uid="040000008200E00074C5B7101A82E0080000000080F1E2D3C4B5DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="Laboratorios Alcalena",
        role="KAM Hospitalario Zona Centro",
        stage="final",
        interviewers="jmcastano@laboratorios-alcalena.es;rvidal@laboratorios-alcalena.es;aherraiz@laboratorios-alcalena.es",
        trap="internal-account-plan-presentation-panel-romance-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Herraiz Molina, Ana":mailto:aherraiz@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serrano Ortiz, Lucía":mailto:lserrano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castaño Ruiz, José Manuel":mailto:jmcastano@laboratorios-alcalena.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vidal Esteban, Rosa":mailto:rvidal@laboratorios-alcalena.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Proyector portátil 2":mailto:proyector2@laboratorios-alcalena.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, segunda y última fase de la convocatoria interna KAM Hospitalario Zona Centro: presentación de un plan de cuenta (Hospital Universitario de Valderrey) de 20 minutos y preguntas del comité (José Manuel Castaño\, Rosa Vidal - Directora de Market Access y yo). Trae la presentación en USB\, el proyector está reservado.\nAna\n
UID:040000008200E00074C5B7101A82E0080000000080F1E2D3C4B5DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-ES:Comité - presentación plan de cuenta (convocatoria interna KAM)
DTSTART;TZID=Romance Standard Time:20250205T100000
DTEND;TZID=Romance Standard Time:20250205T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250129T083022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede central - Sala Gredos
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="C41D7E0A-92B8-4F3C-A6D5-E1F20B3C4D58",
        is_interview=1,
        company="Grupo Hospitalario Vallehermoso",
        role="",
        stage="",
        interviewers="",
        trap="hand-typed-hospital-group-purchasing-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250304T130522Z
UID:C41D7E0A-92B8-4F3C-A6D5-E1F20B3C4D58
DTEND:20250311T100000
TRANSP:OPAQUE
SUMMARY:Entrevista GH Vallehermoso (compras)
LAST-MODIFIED:20250304T130540Z
DTSTAMP:20250304T130540Z
DTSTART:20250311T091500
LOCATION:C/ Príncipe de Vergara 271\, Madrid
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:5B6C7D8E-9F0A-4B1C-8D2E-3F4A5B6C7D8E
UID:5B6C7D8E-9F0A-4B1C-8D2E-3F4A5B6C7D8E
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Recordatorio
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        is_interview=1,
        company="Grupo Hospitalario Vallehermoso",
        role="Técnico/a de Compras - Farmacia y Producto Sanitario",
        stage="onsite",
        interviewers="eduardo.pastrana@ghvallehermoso.es;mcortes@ghvallehermoso.es;beatriz.lago@ghvallehermoso.es",
        trap="panel-includes-hospital-pharmacist-she-visits",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Lago Ferrer, Beatriz":mailto:beatriz.lago@ghvallehermoso.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pastrana Gil, Eduardo":mailto:eduardo.pastrana@ghvallehermoso.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cortés Alba, Mercedes (Farmacia H. Valderrey)":mailto:mcortes@ghvallehermoso.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SSCC - Sala Consejo":mailto:sala.consejo@ghvallehermoso.es
DESCRIPTION;LANGUAGE=es-ES:Proceso de selección Ref. GHV-2025-031 - Técnico/a de Compras (Farmacia y Producto Sanitario)\n\nEntrevista ante el tribunal de selección:\n- Eduardo Pastrana\, Director de Compras Corporativo\n- Dra. Mercedes Cortés\, Jefa de Servicio de Farmacia\, Hospital Universitario de Valderrey\n- Beatriz Lago\, Personas y Talento\n\nIncluye una prueba práctica de 20 minutos: análisis de una oferta de biosimilar en un concurso público (pliego simplificado).\nServicios Centrales GH Vallehermoso\, C/ Príncipe de Vergara 271\, 3ª planta.\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=es-ES:Entrevista tribunal - Técnico/a de Compras Farmacia (Ref. GHV-2025-031)
DTSTART;TZID=W. Europe Standard Time:20250402T090000
DTEND;TZID=W. Europe Standard Time:20250402T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T155046Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SSCC - Sala Consejo
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-invite",
        uid="gh-interview-4418273-lucia-serrano@greenhouse.example",
        is_interview=1,
        company="Hepta Biologics",
        role="Medical Science Liaison, Hematology – Spain",
        stage="hiring_manager",
        interviewers="clara.iturbe@heptabio.com",
        trap="greenhouse-coordinator-organizer-meet",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4418273-lucia-serrano@greenhouse.example
DTSTAMP:20250407T090112Z
DTSTART:20250410T073000Z
DTEND:20250410T081500Z
SUMMARY:Interview: Lucía Serrano Ortiz for Medical Science Liaison\, Hematology – Spain
ORGANIZER;CN=Hepta Biologics Recruiting Coordination:mailto:recruiting-coord@heptabio.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Clara Iturbe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clara.iturbe@heptabio.com
LOCATION:Google Meet: https://meet.google.com/hbx-pqrn-wiz
DESCRIPTION:Hi Lucía\,\n\nYou're confirmed for an interview with Hepta Biologics!\n\nInterviewer: Clara Iturbe\, Medical Manager Hematology Iberia (45 min)\nFormat: video call – Google Meet https://meet.google.com/hbx-pqrn-wiz\n\nClara would like to hear about your experience with haematology/oncology KOLs and how you would approach medical education in hospitals without a promotional angle.\n\nIf you need to reschedule\, reply to this email.\n\nBest\,\nHepta Biologics Recruiting\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-86341522907-1744618800@zoom.example",
        is_interview=1,
        company="Hepta Biologics",
        role="MSL Hematology",
        stage="technical",
        interviewers="clara.iturbe@heptabio.com;ben.adeyemi@heptabio.com",
        trap="scientific-presentation-looks-like-congress-talk",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250411T141540Z
DTSTART:20250424T080000Z
DTEND:20250424T090000Z
SUMMARY:Hepta – MSL Hematology – scientific presentation (L. Serrano)
UID:zoom-86341522907-1744618800@zoom.example
TZID:Europe/Madrid
DESCRIPTION:Clara Iturbe is inviting you to a scheduled Zoom meeting.\n\nFormat: 20-minute scientific presentation on a recent publication of your choice in haematological malignancies (e.g. bispecifics in multiple myeloma)\, followed by 25 minutes of Q&A with Clara Iturbe and Ben Adeyemi (Head of Medical Affairs EU South) and 15 min for your questions.\n\nJoin Zoom Meeting\nhttps://heptabio.zoom.example/j/86341522907?pwd=Wm5aY2xVQ3Rx\n\nMeeting ID: 863 4152 2907\nPasscode: 552190\n\n---\n\nOne tap mobile\n+34917873431\,\,86341522907#\,\,\,\,*552190# Spain\n\n---\n\nDial by your location\n• +34 91 787 3431 Spain\n• +34 84 368 5025 Spain\n\nMeeting ID: 863 4152 2907\nPasscode: 552190\n
LOCATION:https://heptabio.zoom.example/j/86341522907?pwd=Wm5aY2xVQ3Rx
ORGANIZER;CN=Clara Iturbe:mailto:clara.iturbe@heptabio.com
ATTENDEE;CN=lucia.serrano.ortiz@gmail.com;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=ben.adeyemi@heptabio.com;RSVP=TRUE:mailto:ben.adeyemi@heptabio.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-headhunter",
        uid="040000008200E00074C5B7101A82E00800000000D9C8B7A6F5E4DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        is_interview=1,
        company="Bioselva Therapeutics",
        role="MSL Neurociencias",
        stage="recruiter_screen",
        interviewers="gonzalo.riera@talentia-search.es",
        trap="headhunter-names-client-company-is-client",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Gonzalo Riera:mailto:gonzalo.riera@talentia-search.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nComo te adelanté por LinkedIn\, estamos trabajando en exclusiva con Bioselva Therapeutics en la búsqueda de un/a MSL Neurociencias (esclerosis múltiple y migraña) para la zona Centro. En esta entrevista repasaremos tu trayectoria\, tu relación con neurólogos y unidades de EM\, y tus expectativas. Si encaja\, te presentaremos a la compañía la semana siguiente.\n\nUn abrazo\,\nGonzalo Riera\nPartner Life Sciences · Talentia Health Search\n+34 611 48 27 90\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 367 112 840 559\nCódigo de acceso: Ft2kQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D9C8B7A6F5E4DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=es-ES:Entrevista Talentia – posición MSL Neurociencias (cliente: Bioselva Therapeutics)
DTSTART;TZID=Romance Standard Time:20250129T190000
DTEND;TZID=Romance Standard Time:20250129T194500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250124T102233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-agency",
        uid="1qg7u5e3o9c2k8v4n6b0r1t3ya@google.com",
        is_interview=1,
        company="Bioselva Therapeutics",
        role="MSL Neurociencias",
        stage="hiring_manager",
        interviewers="itziar.mugica@bioselva-tx.com",
        trap="agency-books-client-medical-manager-google",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250212T133000
DTEND;TZID=Europe/Madrid:20250212T143000
DTSTAMP:20250206T091840Z
ORGANIZER;CN=Gonzalo Riera:mailto:gonzalo.riera@talentia-search.es
UID:1qg7u5e3o9c2k8v4n6b0r1t3ya@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.o
 rtiz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Itziar Múgica;X-NUM-GUESTS=0:mailto:itziar.mugica@bioselva-tx.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gonzalo Riera;X-NUM-GUESTS=0:mailto:gonzalo.riera@talentia-search.es
DESCRIPTION:Lucía\, te paso la invitación para la entrevista con Itziar Múg
 ica (Medical Manager Neurociencias\, Bioselva). Yo solo hago la presentaci
 ón inicial y me desconecto. Cualquier cosa me llamas.\nGonzalo\n\nInvitaci
 ón de Google Calendar: https://calendar.google.com/calendar/\n\nEstás reci
 biendo este correo porque eres un invitado del evento.
LOCATION:Bioselva Therapeutics\, C/ Julián Camarillo 29\, Madrid (3ª planta)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bioselva | Lucía Serrano - entrevista MSL Neuro (vía Talentia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
