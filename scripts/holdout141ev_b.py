# ruff: noqa: E501
"""holdout141 events, part b: Eli Lilly Kinsale, IQVIA London, Grifols (with a reschedule), Almirall."""

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-CAL-a91f4c07e2d84b3c8f11d0e6b5a72c39@myworkday.com",
        iv=1,
        company="Eli Lilly",
        role="QA Specialist – Parenteral Operations (Qualified Person track)",
        stage="recruiter_screen",
        who="o.brennan@lilly.com",
        trap="workday-english-screen-dublin-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Dublin
BEGIN:STANDARD
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-CAL-a91f4c07e2d84b3c8f11d0e6b5a72c39@myworkday.com
DTSTAMP:20250402T113005Z
DTSTART;TZID=Europe/Dublin:20250409T090000
DTEND;TZID=Europe/Dublin:20250409T093000
SUMMARY:Interview: QA Specialist – Parenteral Operations (R-71842) – Marta Llorens
ORGANIZER;CN=Lilly Recruiting:mailto:lilly@myworkday.com
ATTENDEE;CN=Marta Llorens;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Orla Brennan;ROLE=REQ-PARTICIPANT:mailto:o.brennan@lilly.com
LOCATION:Microsoft Teams
DESCRIPTION:Hello Marta\,\n\nThank you for your interest in Lilly Kinsale. Your interview has been scheduled as follows:\n\nPosition: QA Specialist – Parenteral Operations (Qualified Person track)\nInterview type: Initial screening call\nInterviewer: Orla Brennan\, Talent Acquisition Partner\nDuration: 30 minutes (times shown in Irish time)\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0Nz%40thread.v2/0\nMeeting ID: 412 566 918 334  Passcode: Qm2x7e\n\nIf you need to reschedule please use the link in your candidate home in Workday.\n\nLilly Kinsale\, Dunderrow\, Kinsale\, Co. Cork
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-panel",
        uid="4f0d8a1e9c2b47e6b7a35c1d2e8f9a07@webex.com",
        iv=1,
        company="Eli Lilly",
        role="QA Specialist – Parenteral Operations",
        stage="onsite",
        who="d.fitzgerald@lilly.com;a.nowak@lilly.com;Ciarán Murphy",
        trap="webex-virtual-panel-behavioural-irish",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:4f0d8a1e9c2b47e6b7a35c1d2e8f9a07@webex.com
DTSTAMP:20250416T150211Z
DTSTART:20250424T080000Z
DTEND:20250424T093000Z
SUMMARY:Panel Interview – M. Llorens – QA Specialist Parenteral Ops
ORGANIZER;CN=Declan Fitzgerald:mailto:d.fitzgerald@lilly.com
ATTENDEE;CN=Marta Llorens;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Anna Nowak;PARTSTAT=ACCEPTED:mailto:a.nowak@lilly.com
ATTENDEE;CN=Kinsale-B2-Boardroom;CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:kin-b2-boardroom@lilly.com
LOCATION:https://lilly.webex.com/lilly/j.php?MTID=m3c9a0e1f4d5b6a7c8e9f0a1b2c3d4e5f
DESCRIPTION:Hi Marta\,\n\nlooking forward to speaking with you. The panel will be myself (Associate Director QA)\, Anna Nowak (QP\, Batch Disposition) and Ciarán Murphy from Manufacturing Operations (he'll dial in from the floor). We'll use a competency-based format – please have a few examples ready around deviations\, CAPA and working with production under pressure. There is no presentation.\n\n-- Do not delete or change any of the following text. --\n\nJoin meeting\nhttps://lilly.webex.com/lilly/j.php?MTID=m3c9a0e1f4d5b6a7c8e9f0a1b2c3d4e5f\nMeeting number (access code): 2744 118 3096\nMeeting password: QAkin24\n\nJoin by phone\n+353-1-699-1924 Ireland Toll\n+34-91-114-8804 Spain Toll\n\nDeclan
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-phone",
        uid="WD-CAL-0c3e71a52b6f4e88a7d9f1b40e2c6d58@myworkday.com",
        iv=1,
        company="IQVIA",
        role="Regulatory Affairs Consultant – EU Lifecycle Management",
        stage="recruiter_screen",
        who="priya.shah@iqvia.com",
        trap="workday-phone-screen-london-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-CAL-0c3e71a52b6f4e88a7d9f1b40e2c6d58@myworkday.com
DTSTAMP:20250428T094400Z
DTSTART;TZID=Europe/London:20250506T123000
DTEND;TZID=Europe/London:20250506T130000
SUMMARY:Phone Interview – Regulatory Affairs Consultant – EU Lifecycle Management (R1458863)
ORGANIZER;CN=IQVIA Talent Acquisition:mailto:iqvia@myworkday.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Priya Shah:mailto:priya.shah@iqvia.com
LOCATION:Phone – Priya will call you on +34 6** *** 418
DESCRIPTION:Dear Marta\,\n\nWe are pleased to confirm your phone interview for the position of Regulatory Affairs Consultant – EU Lifecycle Management\, based in our London (Canary Wharf) office with hybrid working.\n\nYour interviewer will be Priya Shah\, Senior Recruiter. Please note the time is shown in UK time.\n\nKind regards\,\nIQVIA Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-zoom",
        uid="gt-evt-58d1c2e7-91af-4b06-8c3e-7f2a4b9d0e16@goodtime.io",
        iv=1,
        company="IQVIA",
        role="Regulatory Affairs Consultant",
        stage="hiring_manager",
        who="tom.whitaker@iqvia.com",
        trap="goodtime-scheduler-zoom-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-58d1c2e7-91af-4b06-8c3e-7f2a4b9d0e16@goodtime.io
DTSTAMP:20250509T161020Z
DTSTART:20250514T140000Z
DTEND:20250514T144500Z
SUMMARY:Marta Llorens <> Tom Whitaker | IQVIA Regulatory Affairs Consultant
ORGANIZER;CN=IQVIA Interview Scheduling:mailto:scheduling@iqvia.goodtime.io
ATTENDEE;CN=Marta Llorens;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Tom Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitaker@iqvia.com
LOCATION:https://iqvia.zoom.us/j/96331207745?pwd=bUZmN3FkVGx4
DESCRIPTION:Hi Marta\,\n\nYou're confirmed for a 45-minute conversation with Tom Whitaker (Associate Director\, Regulatory Strategy & Lifecycle). Tom will be the hiring manager for this role.\n\nJoin Zoom Meeting\nhttps://iqvia.zoom.us/j/96331207745?pwd=bUZmN3FkVGx4\nMeeting ID: 963 3120 7745\nPasscode: 480271\n\nOne tap mobile\n+442034815240\,\,96331207745# United Kingdom\n\nNeed to reschedule? https://iqvia.goodtime.io/c/r/8fK2pQ\n\nScheduled by Hannah (Recruiting Coordinator) via GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-screen",
        uid="2D91B7F4-0A6C-4E3B-8F51-C7A0E2D4B9F8",
        iv=1,
        company="Grifols",
        role="Técnico/a de Garantía de Calidad",
        stage="recruiter_screen",
        who="Montse (RRHH Grifols)",
        trap="self-typed-phone-screen-floating-time",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:2D91B7F4-0A6C-4E3B-8F51-C7A0E2D4B9F8
DTSTAMP:20250219T131500Z
DTSTART:20250221T133000
DTEND:20250221T140000
SUMMARY:llamada Montse (RRHH Grifols) - técnico GdC Sant Cugat
DESCRIPTION:me llama ella al móvil. salir del mostrador a las 13:25!! \nsueldo actual / disponibilidad / inglés
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-caso-practico",
        uid="040000008200E00074C5B7101A82E00800000000D2F7A4B6E184DB010000000000000000100000009A3C5E7F1B2D4068A0C2E4F6B8D0A1C3",
        iv=1,
        company="Grifols",
        role="Técnico/a de Garantía de Calidad",
        stage="technical",
        who="jordi.puig@grifols.com;laia.serra@grifols.com",
        trap="outlook-spanish-case-study-gmp",
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
ORGANIZER;CN="Puig Soler, Jordi":mailto:Jordi.Puig@grifols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Serra Vidal, Laia":mailto:Laia.Serra@grifols.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Casals, Montserrat":mailto:Montserrat.Casals@grifols.com
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\,\n\nTal y como te comentó Montse\, te convocamos a la segunda fase del proceso. Durante la primera media hora te pediremos que resuelvas un caso práctico (desviación en una línea de llenado aséptico: análisis de causa raíz\, evaluación de impacto en lote y propuesta de CAPA). Después lo comentaremos juntos.\n\nMontse se conectará solo al principio para presentarnos.\n\nSaludos\,\nJordi Puig\nQA Operations Manager – Grifols\, Parets del Vallès\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo\, la aplicación móvil o el dispositivo de la sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGVmYzQ2%40thread.v2/0>\nId. de reunión: 351 884 902 617\nCódigo de acceso: 9bXk2P\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D2F7A4B6E184DB010000000000000000100000009A3C5E7F1B2D4068A0C2E4F6B8D0A1C3
SUMMARY;LANGUAGE=es-ES:2ª fase - caso práctico GMP - Marta Llorens
DTSTART;TZID=Romance Standard Time:20250305T100000
DTEND;TZID=Romance Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T172233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final",
        uid="040000008200E00074C5B7101A82E00800000000A6E1C9F0B295DB01000000000000000010000000F1D3B5A7C9E04826B4D6F8A0C2E4A6B8",
        iv=1,
        company="Grifols",
        role="Técnico/a de Garantía de Calidad",
        stage="final",
        who="nuria.ferrer@grifols.com",
        trap="outlook-final-original-before-reschedule",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ferrer Bosch, Núria";SENT-BY="mailto:Montserrat.Casals@grifols.com":mailto:Nuria.Ferrer@grifols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="PAR-Edif.B-Sala Montseny":mailto:PAR-SalaMontseny@grifols.com
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\,\n\nTe confirmamos la entrevista final con Núria Ferrer\, Directora de Garantía de Calidad\, en nuestras instalaciones de Parets del Vallès (Polígon Levante\, C/ Can Guasch 2). Al llegar\, identifícate en el control de acceso con tu DNI. Calcula unas 2 horas: incluye una breve visita a planta.\n\nUn saludo\,\nMontse Casals\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E00800000000A6E1C9F0B295DB01000000000000000010000000F1D3B5A7C9E04826B4D6F8A0C2E4A6B8
SUMMARY;LANGUAGE=es-ES:Entrevista final – Técnico/a Garantía de Calidad – M. Llorens
DTSTART:20250318T090000Z
DTEND:20250318T110000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T120500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Grifols Parets – Edificio B\, Sala Montseny
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reschedule",
        uid="040000008200E00074C5B7101A82E00800000000A6E1C9F0B295DB01000000000000000010000000F1D3B5A7C9E04826B4D6F8A0C2E4A6B8",
        iv=1,
        company="Grifols",
        role="Técnico/a de Garantía de Calidad",
        stage="final",
        who="nuria.ferrer@grifols.com",
        trap="outlook-rescheduled-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ferrer Bosch, Núria";SENT-BY="mailto:Montserrat.Casals@grifols.com":mailto:Nuria.Ferrer@grifols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="PAR-Edif.B-Sala Montseny":mailto:PAR-SalaMontseny@grifols.com
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\,\n\nPor un tema de agenda de Núria tenemos que mover la entrevista al jueves 20 a la misma hora. Disculpa las molestias. El resto se mantiene igual (Parets\, Edificio B\, DNI en acceso\, unas 2 horas con visita a planta).\n\nUn saludo\,\nMontse Casals\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E00800000000A6E1C9F0B295DB01000000000000000010000000F1D3B5A7C9E04826B4D6F8A0C2E4A6B8
SUMMARY;LANGUAGE=es-ES:Actualizado: Entrevista final – Técnico/a Garantía de Calidad – M. Llorens
DTSTART:20250320T090000Z
DTEND:20250320T110000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T081914Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Grifols Parets – Edificio B\, Sala Montseny
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pre-employment-medical",
        uid="cita-qp-20250331-004417@quironprevencion.com",
        iv=0,
        trap="pre-employment-medical-names-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quironprevencion//Citas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:cita-qp-20250331-004417@quironprevencion.com
DTSTAMP:20250326T101010Z
DTSTART;TZID=Europe/Madrid:20250331T081500
DTEND;TZID=Europe/Madrid:20250331T090000
SUMMARY:Reconocimiento médico de ingreso – GRIFOLS (Marta Llorens)
ORGANIZER;CN=Quirónprevención Citas:mailto:citas@quironprevencion.com
ATTENDEE;RSVP=FALSE:mailto:martallorens@telefonica.net
LOCATION:Quirónprevención València – C/ Jesús 43
DESCRIPTION:Cita para examen de salud previo a la incorporación solicitado por su empresa: GRIFOLS.\nAcuda en ayunas (analítica)\, con DNI\, gafas si las usa y muestra de orina.\nPara anular llame al 963 15 42 00.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-video",
        uid="sr-interview-3b5e9f12a7c44d80@smartrecruiters.com",
        iv=1,
        company="Almirall",
        role="Medical Science Liaison Dermatología – Zona Levante",
        stage="recruiter_screen",
        who="irene.mas@almirall.com",
        trap="smartrecruiters-msl-screen-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3b5e9f12a7c44d80@smartrecruiters.com
DTSTAMP:20250407T090501Z
DTSTART:20250411T070000Z
DTEND:20250411T073000Z
SUMMARY:Interview for Medical Science Liaison Dermatología – Zona Levante at Almirall
ORGANIZER;CN=Almirall Talent:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Marta Llorens;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Irene Mas;PARTSTAT=ACCEPTED:mailto:irene.mas@almirall.com
LOCATION:Video call (link below)
DESCRIPTION:Hola Marta\,\n\nTu entrevista está confirmada.\n\nPuesto: Medical Science Liaison Dermatología – Zona Levante\nEntrevistadora: Irene Mas (Talent Acquisition)\nFormato: videollamada\, 30 min\n\nEnlace: https://meet.google.com/vrx-pqka-hzt\n\n¿Necesitas cambiar la hora? Gestiónalo desde tu perfil de candidato.\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-centre",
        uid="7c2a4e60b1d84f9aa35e0c8b7d6f1e24@almirall.com",
        iv=1,
        company="Almirall",
        role="Medical Science Liaison Dermatología",
        stage="onsite",
        who="oriol.vidal@almirall.com;carmen.lozano@almirall.com",
        trap="assessment-centre-roleplay-with-kol",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7c2a4e60b1d84f9aa35e0c8b7d6f1e24@almirall.com
DTSTAMP:20250423T141102Z
DTSTART;TZID=Europe/Madrid:20250506T093000
DTEND;TZID=Europe/Madrid:20250506T140000
SUMMARY:Assessment Center MSL Dermatología – Almirall (Ronda General Mitre 151)
ORGANIZER;CN="Vidal, Oriol":mailto:Oriol.Vidal@almirall.com
ATTENDEE;CN="Lozano, Carmen";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Carmen.Lozano@almirall.com
ATTENDEE;CN=martallorens@telefonica.net;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Sala Tramuntana (P3);CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:sala.tramuntana@almirall.com
LOCATION:Almirall HQ – Ronda General Mitre 151\, Barcelona – Sala Tramuntana
DESCRIPTION:Hola Marta\,\n\nEnhorabuena por pasar a la siguiente fase. El assessment se hará en nuestras oficinas centrales con otras dos personas candidatas:\n09:30 Bienvenida\n09:45 Role-play: visita científica a un dermatólogo (KOL) sobre un estudio en psoriasis (recibirás el paper 48 h antes)\n11:00 Ejercicio en grupo\n12:15 Entrevista individual con Oriol Vidal (Medical Manager Dermatología) y Carmen Lozano (HRBP Medical)\n\nSe cubren los gastos de desplazamiento.\n\nUn saludo\,\nOriol
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coffee-chat",
        uid="0fq8c2v6n1k3r7t5h9b4m2s6xa@google.com",
        iv=0,
        trap="informational-coffee-with-ex-colleague-names-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250301T093000Z
DTEND:20250301T103000Z
DTSTAMP:20250225T201533Z
ORGANIZER;CN=Andrea Bellver:mailto:andreabellver@gmail.com
UID:0fq8c2v6n1k3r7t5h9b4m2s6xa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea Bellver;X-NUM-GUESTS=0:mailto:andreabellver@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net;X-NUM-GUESTS=0:mailto:martallorens@telefonica.net
DESCRIPTION:Te cuento cómo es lo de MSL en Novartis\, qué miran en las entrevistas y cómo es el día a día (coche\, viajes\, objetivos...). Invito yo al café 😊
LOCATION:Dulce de Leche\, Carrer del Pintor Salvador Abril 9\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Andrea – charla MSL
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="facetime-friend",
        uid="E1A2C3B4-D5F6-4789-9ABC-0DEF12345678",
        iv=0,
        trap="personal-call-about-living-abroad",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.4//EN
BEGIN:VEVENT
UID:E1A2C3B4-D5F6-4789-9ABC-0DEF12345678
DTSTAMP:20250410T200000Z
DTSTART;TZID=Europe/Madrid:20250413T193000
DTEND;TZID=Europe/Madrid:20250413T203000
SUMMARY:FaceTime Sofía (Cork) – pisos Kinsale\, colegios\, coche
DESCRIPTION:preguntarle por alquileres\, si Lilly paga relocation a la gente de su planta\, qué tal el invierno 😅
END:VEVENT
END:VCALENDAR
""",
    ),
]
