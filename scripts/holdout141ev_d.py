# ruff: noqa: E501
"""holdout141 events, part d: pharma-industry interviews in Spain (ATS invites and self-typed entries)."""

EVENTS = [
    dict(
        kind="ashby-video",
        uid="ashby-ivw-2f8c1d3e-77a0-4b5e-9e61-0c4a2b8d6f13@ashbyhq.com",
        iv=1,
        company="Atida | Mifarma",
        role="Farmacéutico/a Responsable – Operaciones Online",
        stage="hiring_manager",
        who="ion.etxeberria@atida.com",
        trap="ashby-online-pharmacy-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-ivw-2f8c1d3e-77a0-4b5e-9e61-0c4a2b8d6f13@ashbyhq.com
DTSTAMP:20250129T080808Z
DTSTART:20250204T160000Z
DTEND:20250204T164500Z
SUMMARY:Atida | Mifarma – Hiring Manager Interview (Marta Llorens)
ORGANIZER;CN=Atida Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Ion Etxeberria:mailto:ion.etxeberria@atida.com
DESCRIPTION:Role: Farmacéutico/a Responsable – Operaciones Online (Tudela / híbrido)\nInterviewer: Ion Etxeberria\, Head of Pharmacy Operations\n\nGoogle Meet: https://meet.google.com/hbz-ruto-wqe\n\nThis interview was scheduled through Ashby. Reply to your recruiter Laura if you need to reschedule.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bizneo-entrevista",
        uid="bizneo-ats-entrevista-552981@bizneo.com",
        iv=1,
        company="Rovi",
        role="Técnico/a de Registros Farmacéuticos",
        stage="recruiter_screen",
        who="Gema Lorenzo",
        trap="spanish-ats-bizneo-phone-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo HR//Bizneo ATS//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:bizneo-ats-entrevista-552981@bizneo.com
DTSTAMP:20250113T101010Z
DTSTART;TZID=Europe/Madrid:20250116T110000
DTEND;TZID=Europe/Madrid:20250116T113000
SUMMARY:Entrevista telefónica – Técnico/a de Registros Farmacéuticos – ROVI
ORGANIZER;CN=ROVI Selección:mailto:notificaciones@bizneo.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
DESCRIPTION:Hola Marta\,\n\nHemos programado una entrevista telefónica contigo para la oferta Técnico/a de Registros Farmacéuticos (Madrid – San Sebastián de los Reyes). Te llamará Gema Lorenzo\, del equipo de Selección.\n\nPuedes consultar el estado de tu candidatura en el portal de empleo de ROVI.\n\nLaboratorios Farmacéuticos ROVI
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="segunda-ronda",
        uid="5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        iv=1,
        company="Rovi",
        role="",
        stage="technical",
        who="Raquel (jefa Registros)",
        trap="self-typed-second-round-abbreviations",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
BEGIN:VEVENT
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTAMP:20250120T214000Z
DTSTART;TZID=Europe/Madrid:20250124T100000
DTEND;TZID=Europe/Madrid:20250124T110000
SUMMARY:2a ronda Rovi teams 10h
DESCRIPTION:con Raquel (jefa Registros) + alguien de su equipo. prueba de inglés + preguntas eCTD / variaciones. link en el mail de Gema
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-interview",
        uid="WD-CAL-77e0b1c2d3f44a5b9c8d7e6f5a4b3c21@myworkday.com",
        iv=1,
        company="Esteve",
        role="Regulatory Affairs Specialist – Lifecycle",
        stage="",
        who="g.pons@esteve.com;m.rius@esteve.com",
        trap="workday-two-interviewers-no-stage",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-CAL-77e0b1c2d3f44a5b9c8d7e6f5a4b3c21@myworkday.com
DTSTAMP:20250130T090900Z
DTSTART:20250206T100000Z
DTEND:20250206T110000Z
SUMMARY:Interview – Regulatory Affairs Specialist – Lifecycle (JR-3310)
ORGANIZER;CN=ESTEVE Recruiting:mailto:esteve@myworkday.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Gemma Pons:mailto:g.pons@esteve.com
ATTENDEE;CN=Marc Rius:mailto:m.rius@esteve.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Candidate: Marta Llorens\nJob Requisition: JR-3310 Regulatory Affairs Specialist – Lifecycle\nInterviewers: Gemma Pons\, Marc Rius\nTeams link will be shared by the interviewers.\n\nESTEVE · Passeig de la Zona Franca 109\, Barcelona
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-ca",
        uid="teamtailor-interview-1201977@teamtailor.com",
        iv=1,
        company="Ferrer",
        role="Tècnic/a d'Assegurament de Qualitat",
        stage="",
        who="aina.roig@ferrer.com",
        trap="teamtailor-catalan-quality-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1201977@teamtailor.com
DTSTAMP:20250311T120000Z
DTSTART:20250317T151500Z
DTEND:20250317T160000Z
SUMMARY:Entrevista amb Ferrer – Tècnic/a d'Assegurament de Qualitat
ORGANIZER;CN=Aina Roig:mailto:aina.roig@ferrer.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Aina Roig;PARTSTAT=ACCEPTED:mailto:aina.roig@ferrer.com
LOCATION:https://ferrer.teamtailor.com/meetings/v/3c9e-77b1
DESCRIPTION:Hola Marta!\n\nEt confirmem l'entrevista per videotrucada. Ens veiem aviat!\n\nAina Roig · People & Culture · Ferrer (B Corp)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-telefonica",
        uid="040000008200E00074C5B7101A82E008000000003A5C7E9B1D83DB01000000000000000010000000C4E6A8B0D2F4A6C8E0B2D4F6A8C0E2A4",
        iv=1,
        company="Normon",
        role="Técnico de Registros",
        stage="recruiter_screen",
        who="srodriguez@normon.es",
        trap="outlook-floating-local-time-phone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Rodríguez Sanz, Silvia":mailto:SRodriguez@normon.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\, tal como hemos hablado por mail te llamo el lunes a esta hora para comentar la vacante de Técnico de Registros en Tres Cantos. Un saludo\, Silvia (RRHH Laboratorios Normon)\n
UID:040000008200E00074C5B7101A82E008000000003A5C7E9B1D83DB01000000000000000010000000C4E6A8B0D2F4A6C8E0B2D4F6A8C0E2A4
SUMMARY;LANGUAGE=es-ES:Llamada Normon - Marta Llorens
DTSTART:20250113T163000
DTEND:20250113T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250109T130201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-msl",
        uid="workable-evt-9b2d4c81@workable.com",
        iv=1,
        company="Faes Farma",
        role="Medical Science Liaison (MSL) – Levante",
        stage="",
        who="itziar.zubiri@faesfarma.com;Dr. Javier Olmo",
        trap="workable-msl-two-interviewers-one-without-email",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-9b2d4c81@workable.com
DTSTAMP:20250224T083000Z
DTSTART;TZID=Europe/Madrid:20250303T170000
DTEND;TZID=Europe/Madrid:20250303T180000
SUMMARY:Medical Science Liaison (MSL) – Levante | Interview with Marta Llorens
ORGANIZER;CN=Itziar Zubiri:mailto:itziar.zubiri@faesfarma.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Itziar Zubiri;PARTSTAT=ACCEPTED:mailto:itziar.zubiri@faesfarma.com
LOCATION:Zoom
DESCRIPTION:Hola Marta\,\nTe esperamos Itziar Zubiri (HR Business Partner) y el Dr. Javier Olmo (Medical Affairs Manager).\n\nUnirse a la reunión Zoom\nhttps://faesfarma.zoom.us/j/82210045513?pwd=Rk9xbW\nID de reunión: 822 1004 5513\nCódigo de acceso: 640912\n\nSent via Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screen",
        uid="040000008200E00074C5B7101A82E00800000000E8A0C2E4F683DB01000000000000000010000000D6F8A0C2E4A6C8E0F2B4D6F8A0C2E4A6",
        iv=1,
        company="Menarini",
        role="MSL Cardiometabolismo",
        stage="recruiter_screen",
        who="pablo.serrano@hays.es",
        trap="agency-recruiter-screening-names-client",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Serrano, Pablo":mailto:Pablo.Serrano@hays.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\,\n\nComo te adelanté por LinkedIn\, estoy llevando para Laboratorios Menarini el proceso de MSL Cardiometabolismo (Comunidad Valenciana y Murcia). Te propongo una llamada de 30 min para repasar tu perfil antes de presentarte al cliente.\n\nPablo Serrano\nSenior Consultant Life Sciences | Hays Spain\n\nÚnase a la reunión de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDE5Z%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000E8A0C2E4F683DB01000000000000000010000000D6F8A0C2E4A6C8E0F2B4D6F8A0C2E4A6
SUMMARY;LANGUAGE=es-ES:Marta Llorens / Hays – MSL Cardiometabolismo
DTSTART:20250225T123000Z
DTEND:20250225T130000Z
DTSTAMP:20250220T101500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-msl",
        uid="WD-CAL-3c4d5e6f70814a2b9c0d1e2f3a4b5c6d@myworkday.com",
        iv=1,
        company="Pfizer",
        role="Medical Science Liaison – Oncology (Valencia)",
        stage="recruiter_screen",
        who="lucia.bermejo@pfizer.com",
        trap="workday-english-summary-spanish-role",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-CAL-3c4d5e6f70814a2b9c0d1e2f3a4b5c6d@myworkday.com
DTSTAMP:20250304T090000Z
DTSTART:20250310T080000Z
DTEND:20250310T083000Z
SUMMARY:Interview Scheduled: Medical Science Liaison – Oncology (Valencia) – 4932118
ORGANIZER;CN=Pfizer Talent Acquisition:mailto:pfizer@myworkday.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Lucía Bermejo:mailto:lucia.bermejo@pfizer.com
LOCATION:Teams
DESCRIPTION:Recruiter Screen with Lucía Bermejo (Talent Acquisition Partner Iberia). The recruiter will send the Teams link separately.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-ra",
        uid="WD-CAL-9e8d7c6b5a4f4e3d8c2b1a0f9e8d7c6b@myworkday.com",
        iv=1,
        company="Novartis",
        role="Regulatory Affairs Associate",
        stage="recruiter_screen",
        who="sofia.marin@novartis.com",
        trap="workday-screen-barcelona-hub",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-CAL-9e8d7c6b5a4f4e3d8c2b1a0f9e8d7c6b@myworkday.com
DTSTAMP:20250310T150000Z
DTSTART;TZID=Europe/Madrid:20250314T093000
DTEND;TZID=Europe/Madrid:20250314T100000
SUMMARY:Novartis | Interview: Regulatory Affairs Associate (REQ-10041877)
ORGANIZER;CN=Novartis Recruiting:mailto:novartis@myworkday.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Sofía Marín:mailto:sofia.marin@novartis.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Marta\,\nPlease find below the details of your interview for Regulatory Affairs Associate\, Barcelona (Gran Via de les Corts Catalanes 764).\nInterviewer: Sofía Marín\, Talent Acquisition\nFormat: Teams\, 30 min\nKind regards\, Novartis Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-panel",
        uid="040000008200E00074C5B7101A82E0080000000061F3A5C7E986DB01000000000000000010000000A2C4E6F8B0D2F4A6C8E0A2B4D6F8A0C2",
        iv=1,
        company="Novartis",
        role="Regulatory Affairs Associate",
        stage="onsite",
        who="ramon.valls@novartis.com;katharina.meier@novartis.com;elisa.fontana@novartis.com",
        trap="outlook-virtual-panel-three-interviewers-and-coordinator",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Marin, Sofia":mailto:sofia.marin@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Valls, Ramon":mailto:ramon.valls@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Meier, Katharina":mailto:katharina.meier@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Fontana, Elisa":mailto:elisa.fontana@novartis.com
DESCRIPTION;LANGUAGE=en-US:Dear Marta\,\n\nThank you for your time so far. Please find the invitation for your panel interview (3 x 25 min back to back):\n- Ramon Valls\, RA Lead Iberia (hiring manager)\n- Katharina Meier\, Global Regulatory CMC\n- Elisa Fontana\, Regulatory Operations\n\nI will not join\, but I'll be available on Teams chat if you have any connection issues.\n\nBest\,\nSofía\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FkM%40thread.v2/0>\nMeeting ID: 318 227 540 993\nPasscode: 7rTq2a\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000061F3A5C7E986DB01000000000000000010000000A2C4E6F8B0D2F4A6C8E0A2B4D6F8A0C2
SUMMARY;LANGUAGE=en-US:Panel Interview - Marta Llorens - RA Associate
DTSTART:20250327T080000Z
DTEND:20250327T092000Z
DTSTAMP:20250319T163040Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-interview",
        uid="ml-8e0c2a4f-6b1d-4d9e-a3f5-7c2b9e1d4a68@modernloop.io",
        iv=1,
        company="AstraZeneca",
        role="Quality Assurance Associate – GxP Computerised Systems",
        stage="hiring_manager",
        who="hanna.lindqvist@astrazeneca.com",
        trap="modernloop-scheduler-hiring-manager-english",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-8e0c2a4f-6b1d-4d9e-a3f5-7c2b9e1d4a68@modernloop.io
DTSTAMP:20250505T111500Z
DTSTART:20250512T130000Z
DTEND:20250512T134500Z
SUMMARY:Interview: Marta Llorens – QA Associate GxP CSV (Hiring Manager)
ORGANIZER;CN=AstraZeneca Recruiting Coordination:mailto:interviews@astrazeneca.modernloop.io
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Hanna Lindqvist:mailto:hanna.lindqvist@astrazeneca.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Marta\,\nYou're scheduled to meet Hanna Lindqvist (QA Manager\, Barcelona Hub).\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjY3N%40thread.v2/0\nQuestions? Reply to this email and your coordinator will help.\nScheduled with ModernLoop
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-msl-roche",
        uid="040000008200E00074C5B7101A82E00800000000F9B1D3E5A787DB01000000000000000010000000E2A4C6E8F0B2D4A6C8E0F2A4B6C8D0E2",
        iv=1,
        company="Roche",
        role="MSL Hematología",
        stage="hiring_manager",
        who="esther.lopez@roche.com",
        trap="outlook-windows-zone-madrid-msl",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
ORGANIZER;CN="Lopez, Esther {MFBA~Madrid}":mailto:esther.lopez@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marta Llorens:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=es-ES:Marta\, encantada de conocerte el jueves. Hablaremos de la posición de MSL Hematología (Levante) y de tu experiencia con pacientes anticoagulados en farmacia.\nEsther López\nMedical Lead Hematología – Roche Farma\n\nÚnase a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ1%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000F9B1D3E5A787DB01000000000000000010000000E2A4C6E8F0B2D4A6C8E0F2A4B6C8D0E2
SUMMARY;LANGUAGE=es-ES:Marta Llorens - Esther López (MSL Hemato)
DTSTART;TZID=Romance Standard Time:20250515T163000
DTEND;TZID=Romance Standard Time:20250515T171500
DTSTAMP:20250509T072000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-farmacovigilancia",
        uid="2q4w6e8r0t1y3u5i7o9p1a3s5d@google.com",
        iv=1,
        company="PharmaMar",
        role="Técnico/a de Farmacovigilancia",
        stage="technical",
        who="aperez@pharmamar.com",
        trap="google-invite-pv-technical-test",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T073000Z
DTEND:20250416T090000Z
DTSTAMP:20250410T120001Z
ORGANIZER;CN=Alicia Pérez:mailto:aperez@pharmamar.com
UID:2q4w6e8r0t1y3u5i7o9p1a3s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alicia Pérez;X-NUM-GUESTS=0:mailto:aperez@pharmamar.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net;X-NUM-GUESTS=0:mailto:martallorens@telefonica.net
X-GOOGLE-CONFERENCE:https://meet.google.com/dpo-xqzs-mnu
DESCRIPTION:Prueba técnica Técnico/a de Farmacovigilancia: codificación MedDRA de 3 casos y evaluación de causalidad. Compartirás pantalla. Después 30 min de preguntas con Alicia (PV Manager).\n\nÚnete con Google Meet: https://meet.google.com/dpo-xqzs-mnu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PharmaMar – prueba técnica FV (Marta Llorens)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
