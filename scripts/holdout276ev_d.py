# ruff: noqa: E501, W291, W293, RUF100
"""holdout276 events, part D: the user on the hiring or assessing side (junior guides, interns, freelance guides)."""

from holdout276ev_zones import MADRID_APPLE, MADRID_GOOGLE, MADRID_MOZ, ROMANCE, fold, google_meet, teams

ME = "macarena.villalobos.guia@gmail.com"
ME_WORK = "macarena@sevillatours-guias.example.es"

FORMS: dict[str, list[str]] = {}

EVENTS = [
    # she organizes the interview with a junior-guide candidate
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E531DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ortega.baena@gmail.com:mailto:lucia.ortega.baena@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTe envío el enlace para la entrevista del puesto de guía junior (temporada de cruceros 2026). Hablaremos unos 30 minutos sobre tu experiencia y tu disponibilidad en fines de semana\; una parte será en inglés.\n\nUn saludo\,\nMacarena Villalobos\nCoordinación de guías – Sevilla Tours Guías\n\n{teams("es", "384 006 215 779", "Rd6yH3", "ZTFmMmEzYjQtYzVkNi00ZTdmLTg5YTAtYjFjMmQzZTRmNWE2")}
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E531DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=es-ES:Entrevista candidata guía junior – Lucía Ortega Baena
DTSTART;TZID=Romance Standard Time:20251001T100000
DTEND;TZID=Romance Standard Time:20251001T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T080311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-2117583340
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
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
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-organizer-teams",
        hiring=True,
    ),
    # Calendly event in her calendar as the host; an intern candidate booked it
    dict(
        kind="calendly-host-event",
        uid="3a5c7e9b-1d2f-4a6b-8c0d-e2f4a6b8c0d2@calendly.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3a5c7e9b-1d2f-4a6b-8c0d-e2f4a6b8c0d2@calendly.com
DTSTAMP:20250926T111203Z
DTSTART:20251001T090000Z
DTEND:20251001T092000Z
SUMMARY:Entrevista prácticas (20 min) between Macarena Villalobos and Lucas Ferrer
ORGANIZER;CN=Macarena Villalobos:mailto:{ME_WORK}
ATTENDEE;CN=Lucas Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucas.ferrer.tur@alumnos.example.es
DESCRIPTION:Event Name: Entrevista prácticas (20 min)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/zrb-tnko-aqe\n\nInvitee: Lucas Ferrer\nInvitee Email: lucas.ferrer.tur@alumnos.example.es\n\nUniversidad y curso: Grado en Turismo\, 4º\nIdiomas: inglés C1\, italiano B1\n¿Qué periodo de prácticas necesitas?: febrero–mayo 2026 (300 h)\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/zrb-tnko-aqe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host",
        hiring=True,
    ),
    # block to fill in candidate rubrics
    dict(
        kind="apple-hand-typed",
        uid="0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251006T184010Z
DTEND;TZID=Europe/Madrid:20251009T170000
DTSTAMP:20251006T184055Z
DTSTART;TZID=Europe/Madrid:20251009T160000
LAST-MODIFIED:20251006T184055Z
SEQUENCE:0
SUMMARY:Rellenar rúbricas candidatos guía junior (Lucía\, Pablo\, Marta)
DESCRIPTION:antes del debrief con Rafa. Puntuar 1-5: idiomas\, storytelling\, gestión de grupo\, puntualidad/actitud. Marta: ver vídeo de la prueba de guiado.
TRANSP:OPAQUE
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
X-APPLE-CREATOR-IDENTITY:com.apple.ical
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-block",
        hiring=True,
    ),
    # hiring debrief organized by the agency's manager
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000B8A7C6D5E43ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Conde Marín, Rafael":mailto:rconde@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salas, Gema":mailto:gsalas@sevillatours-guias.example.es
DESCRIPTION;LANGUAGE=es-ES:Repasamos las entrevistas que ha hecho Macarena y las pruebas de guiado de Lucía Ortega\, Pablo Medina y Marta Ruiz. Traed vuestras valoraciones para decidir a quién hacemos oferta de guía junior y a quién dejamos en reserva para temporada alta.\n\nRafa\n
UID:040000008200E00074C5B7101A82E00800000000B8A7C6D5E43ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=es-ES:Debrief candidatos guía junior – decisión
DTSTART;TZID=Romance Standard Time:20251010T093000
DTEND;TZID=Romance Standard Time:20251010T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T080055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Oficina Sevilla Tours
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2001385547
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief",
        hiring=True,
    ),
    # guided-tour test of a candidate, Thunderbird, she organizes
    dict(
        kind="thunderbird-invite",
        uid="5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20251002T190022Z
LAST-MODIFIED:20251002T190145Z
DTSTAMP:20251002T190145Z
UID:5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9
SUMMARY:Prueba de guiado – Marta Ruiz (candidata guía junior) – Plaza de España
ORGANIZER;CN=Macarena Villalobos:mailto:{ME_WORK}
ATTENDEE;CN=Marta Ruiz;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marta.ruiz.guia@hotmail.com
DTSTART;TZID=Europe/Madrid:20251007T110000
DTEND;TZID=Europe/Madrid:20251007T114500
DESCRIPTION:Hola Marta: como te dije\, la segunda parte del proceso es una prueba de guiado. Prepara 20 min de la Plaza de España (Exposición del 29\, Aníbal González\, bancos de provincias) como si tuvieras un grupo de cruceristas\, 10 min en inglés. Yo hago de grupo y te grabo para comentarlo luego con el equipo. Nos vemos en la fuente central.\nMacarena (Sevilla Tours Guías)
LOCATION:Plaza de España\, fuente central
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-guided-tour-test",
        hiring=True,
    ),
    # the candidate's acceptance (METHOD:REPLY) lands in her calendar
    dict(
        kind="google-reply",
        uid="9v2k5n8q1c4h7m0s3e6b9d2t5r@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251003T080000Z
DTEND:20251003T083000Z
DTSTAMP:20250929T170412Z
ORGANIZER;CN=Macarena Villalobos:mailto:{ME_WORK}
UID:9v2k5n8q1c4h7m0s3e6b9d2t5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pablo Medina;X-NUM-GUESTS=0:mailto:pablo.medina.guia@gmail.com
CREATED:20250929T094501Z
DESCRIPTION:
LAST-MODIFIED:20250929T170412Z
LOCATION:Oficina Sevilla Tours Guías\, C/ García de Vinuesa 8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Invitación aceptada: Entrevista guía junior (Sevilla Tours Guías) – Pablo Medina
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    # the university's internship coordinator presents an intern candidate
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000C7B6A5D4E33BDC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Gallardo Rubio, Mercedes":mailto:mgallardo@facturismo.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_WORK}:mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Irene Campos Lora:mailto:irene.campos@alumnos.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Macarena:\n\nComo tutora de prácticas externas del Grado en Turismo\, te presento a Irene Campos\, alumna de 4º\, interesada en realizar sus prácticas curriculares en Sevilla Tours Guías (apoyo a coordinación de guías y atención a cruceros). Te propongo una breve reunión para que la conozcas y valores si encaja en vuestro plan formativo. Te adjunto su CV.\n\nUn cordial saludo\,\nMercedes Gallardo\nCoordinadora de Prácticas Externas – Facultad de Turismo\n\n{teams("es", "309 771 850 264", "Wn2pK8", "YjJjM2Q0ZTUtZjZhNy00YjhjLTlkMGUtMWYyYTNiNGM1ZDZl")}
UID:040000008200E00074C5B7101A82E00800000000C7B6A5D4E33BDC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=es-ES:Presentación candidata prácticas: Irene Campos (Grado en Turismo)
DTSTART;TZID=Romance Standard Time:20251121T130000
DTEND;TZID=Romance Standard Time:20251121T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T100204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-640017793
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-university-presents-intern",
        hiring=True,
    ),
    # she observes a group dynamic for summer interns
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000D6C5B4A3F221DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Conde Marín, Rafael":mailto:rconde@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salas, Gema":mailto:gsalas@sevillatours-guias.example.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sala grande Sevilla Tours:mailto:salagrande@sevillatours-guias.example.es
DESCRIPTION;LANGUAGE=es-ES:Dinámica de grupo con los 8 candidatos a prácticas de verano (caso: organizar la llegada de dos buses de crucero con un guía enfermo). Macarena y Gema\, observadoras: usad la plantilla de observación (comunicación\, liderazgo\, resolución\, idiomas) y entregadla al final.\n
UID:040000008200E00074C5B7101A82E00800000000D6C5B4A3F221DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=es-ES:Dinámica de grupo – candidatos prácticas verano (observadoras: Macarena\, Gema)
DTSTART;TZID=Romance Standard Time:20260120T100000
DTEND;TZID=Romance Standard Time:20260120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T091532Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala grande Sevilla Tours
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1209944315
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-group-dynamic-observer",
        hiring=True,
    ),
    # she runs the oral English test for guide candidates
    dict(
        kind="apple-hand-typed",
        uid="1B2C3D4E-5F60-4718-293A-4B5C6D7E8F90",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251012T200101Z
DTEND:20251015T180000
DTSTAMP:20251012T200144Z
DTSTART:20251015T170000
LAST-MODIFIED:20251012T200144Z
LOCATION:oficina
SEQUENCE:0
SUMMARY:Prueba de inglés oral candidatos guía (3 x 15 min) – evalúo yo
DESCRIPTION:Sergio B.\, Nadia K.\, Julien M. Rúbrica MCER: fluidez\, vocabulario de arte\, manejo de preguntas. Pasar notas a Rafa.
TRANSP:OPAQUE
UID:1B2C3D4E-5F60-4718-293A-4B5C6D7E8F90
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-language-test-examiner",
        hiring=True,
    ),
    # she sits on the association's board for a freelance-guide pool
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E5D4C3B2A110DC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Secretaría AGOS:mailto:secretaria@agos-guiasevilla.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arjona, Fernando":mailto:farjona@agos-guiasevilla.example.org
DESCRIPTION;LANGUAGE=es-ES:Estimada compañera:\n\nTe recordamos que formas parte\, como vocal\, del tribunal de la prueba práctica para la bolsa de guías freelance que la Asociación pone a disposición de las navieras para la temporada 2026. Se evaluará a 12 aspirantes (exposición de 10 min en el idioma elegido + preguntas). Por favor\, trae impresas las hojas de valoración.\n\nSecretaría – Asociación de Guías Oficiales de Sevilla (AGOS)\n
UID:040000008200E00074C5B7101A82E00800000000E5D4C3B2A110DC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7
SUMMARY;LANGUAGE=es-ES:Tribunal prueba práctica bolsa guías freelance 2026 (vocal)
DTSTART;TZID=Romance Standard Time:20260116T093000
DTEND;TZID=Romance Standard Time:20260116T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T123001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede AGOS\, C/ Gerona 5\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:446120987
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-tribunal-vocal",
        hiring=True,
    ),
    # Factorial ATS assigns her as interviewer
    dict(
        kind="factorial-invite",
        uid="factorial-ats-interview-55120-3311@sevillatours-guias.example.es",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//ATS Calendar//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-55120-3311@sevillatours-guias.example.es
DTSTAMP:20251013T094011Z
DTSTART:20251017T150000Z
DTEND:20251017T153000Z
SUMMARY:Entrevista telefónica · Sergio Bravo Nieto · Guía turístico/a con alemán (temporada 2026)
ORGANIZER;CN=Factorial · Sevilla Tours Guías:mailto:noreply-ats@sevillatours-guias.example.es
ATTENDEE;CN=Macarena Villalobos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_WORK}
DESCRIPTION:Has sido añadida como entrevistadora en el proceso "Guía turístico/a con alemán – temporada 2026".\n\nCandidato: Sergio Bravo Nieto\nEtapa: Entrevista telefónica\nTeléfono del candidato: +34 655 20 41 93\n\nRellena el scorecard en Factorial al terminar la entrevista: https://app.factorial.example.es/ats/candidates/55120/evaluations
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-interviewer-assignment",
        hiring=True,
    ),
    # shadowing a candidate on a real tour to evaluate her
    dict(
        kind="google-export-hand-typed",
        uid="3s0d7n4t1r8b5m2k9e6v3q0c7h@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251013T093000
DTEND;TZID=Europe/Madrid:20251013T113000
DTSTAMP:20251011T090110Z
UID:3s0d7n4t1r8b5m2k9e6v3q0c7h@google.com
CREATED:20251011T090044Z
DESCRIPTION:Marta Ruiz (candidata) me acompaña en el tour Catedral y guía ella la parte del Patio de los Naranjos. Evaluar: voz\, control del grupo\, tiempos. Después feedback 10 min.
LAST-MODIFIED:20251011T090110Z
LOCATION:Puerta de San Miguel\, Catedral
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadowing candidata Marta – tour Catedral (evaluar)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-trial-shadowing",
        hiring=True,
    ),
    # agency's Microsoft Bookings page: a freelance guide booked an interview with her as staff
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000F4E3D2C1B069DC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Entrevistas Guías Sevilla Tours:mailto:EntrevistasGuias@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Macarena Villalobos:mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Ortuño:mailto:daniel.ortuno.guia@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Reserva nueva\n\nCliente: Daniel Ortuño\nCorreo electrónico: daniel.ortuno.guia@gmail.com\nTeléfono: +34 622 15 90 37\nServicio: Entrevista guía freelance – temporada cruceros (30 min)\nPersonal: Macarena Villalobos\n\nNotas del cliente: Guía habilitado desde 2019\, italiano y portugués. Disponible sábados y domingos.\n\n{teams("es", "351 604 928 117", "Jh4cX7", "YzNkNGU1ZjYtYTdiOC00YzlkLTBlMWYtMmEzYjRjNWQ2ZTdm")}
UID:040000008200E00074C5B7101A82E00800000000F4E3D2C1B069DC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8
SUMMARY;LANGUAGE=es-ES:Entrevista guía freelance – temporada cruceros (Daniel Ortuño)
DTSTART;TZID=Romance Standard Time:20260113T163000
DTEND;TZID=Romance Standard Time:20260113T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T201145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff",
        hiring=True,
    ),
    # second-round panel for a reservations coordinator candidate: she is on the panel
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000A3B4C5D6E758DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Conde Marín, Rafael":mailto:rconde@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alberto Nieto Carrasco:mailto:alberto.nieto.c@outlook.example.com
DESCRIPTION;LANGUAGE=es-ES:Alberto\, te confirmo la segunda entrevista para el puesto de Coordinador/a de Reservas. Estaremos Macarena Villalobos (guía sénior\, trabajarías con ella a diario) y yo. Unos 45 minutos.\n\nRafael Conde\nGerente – Sevilla Tours Guías\n
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E758DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9
SUMMARY;LANGUAGE=es-ES:2ª entrevista Coordinador/a de Reservas – Alberto Nieto
DTSTART;TZID=Romance Standard Time:20251118T120000
DTEND;TZID=Romance Standard Time:20251118T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T093300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Oficina Sevilla Tours\, C/ García de Vinuesa 8
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1738820016
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-second-round-panel",
        hiring=True,
    ),
    # calibration of ratings for French-speaking guide candidates
    dict(
        kind="google-invite",
        uid="8n5t2r9b6m3k0e7v4q1c8h5s2d@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251024T150000Z
DTEND:20251024T153000Z
DTSTAMP:20251021T120512Z
ORGANIZER;CN=Gema Salas:mailto:gema.salas.sevillatours@gmail.com
UID:8n5t2r9b6m3k0e7v4q1c8h5s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gema Salas;X-NUM-GUESTS=0:mailto:gema.salas.sevillatours@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251021T120511Z
DESCRIPTION:Mac\, ponemos en común las notas de los tres candidatos a guía francés (Julien\, Amélie\, Thomas) antes de pasárselas a Rafa. Tú les hiciste la entrevista en francés\, yo la prueba de guiado. Que no nos salgan notas muy distintas 😅\n\n{google_meet("es", "wdk-rtyb-cfa", "(ES) +34 910 55 7723", "882 013 574")}
LAST-MODIFIED:20251021T120511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibración valoraciones candidatos guía francés
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calibration",
        hiring=True,
    ),
    # she interviews a French-speaking freelance guide, in French
    dict(
        kind="google-invite",
        uid="5q2h9v6c3k0m7s4e1b8d5n2t9r@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T160000Z
DTEND:20251020T163000Z
DTSTAMP:20251016T184420Z
ORGANIZER;CN=Macarena Villalobos:mailto:{ME}
UID:5q2h9v6c3k0m7s4e1b8d5n2t9r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Macarena Villalobos;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Marchand;X-NUM-GUESTS=0:mailto:julien.marchand.guide@laposte.example.fr
CREATED:20251016T184419Z
DESCRIPTION:Bonjour Julien\,\n\nComme convenu\, voici l'invitation pour notre entretien (guide francophone pour Sevilla Tours Guías\, saison croisières 2026). On parlera de votre expérience avec les groupes et de vos disponibilités. Prévoyez 30 minutes.\n\nÀ lundi\,\nMacarena\n\n{google_meet("es", "jfo-wqla-tmx", "(ES) +34 910 55 7723", "519 240 663")}
LAST-MODIFIED:20251016T184419Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien guide francophone – Julien Marchand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-french-entretien",
        hiring=True,
    ),
    # evaluation of an intern's final test before a junior contract
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000B4C5D6E7F869DC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Conde Marín, Rafael":mailto:rconde@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carla Benítez:mailto:carla.benitez@alumnos.example.es
DESCRIPTION;LANGUAGE=es-ES:Carla termina las prácticas en diciembre. Antes de ofrecerle contrato de guía junior\, Macarena la evalúa en su presentación final: ruta "La Sevilla de Murillo" (25 min) + preguntas. Macarena\, rellena la hoja de evaluación y me dices si la contratamos.\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F869DC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0
SUMMARY;LANGUAGE=es-ES:Evaluación final becaria (Carla) – ¿contrato guía junior?
DTSTART;TZID=Romance Standard Time:20251211T100000
DTEND;TZID=Romance Standard Time:20251211T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Barrio de Santa Cruz (salida Plaza Virgen de los Reyes)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:300917554
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-intern-evaluation",
        hiring=True,
    ),
    # CV screening block for the agency's InfoJobs offer
    dict(
        kind="apple-hand-typed",
        uid="2C3D4E5F-6071-4829-3A4B-5C6D7E8F9A01",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20250915T081500Z
DTEND;TZID=Europe/Madrid:20250922T110000
DTSTAMP:20250915T081530Z
DTSTART;TZID=Europe/Madrid:20250922T090000
LAST-MODIFIED:20250915T081530Z
SEQUENCE:0
SUMMARY:Revisar CVs InfoJobs oferta guía junior (62 inscritos) → preseleccionar 8
DESCRIPTION:filtros: habilitación o en trámite\, inglés B2+\, disponibilidad findes. Mandar a Rafa la lista y llamar a los 8 para entrevista.
TRANSP:OPAQUE
UID:2C3D4E5F-6071-4829-3A4B-5C6D7E8F9A01
X-APPLE-CREATOR-IDENTITY:com.apple.ical
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-cv-screening-infojobs",
        hiring=True,
    ),
    # her own phone screen of a German-speaking guide, Thunderbird
    dict(
        kind="thunderbird-hand-typed",
        uid="d8e9f0a1-b2c3-4d4e-85f6-a7b8c9d0e1f2",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20251013T152210Z
LAST-MODIFIED:20251013T152301Z
DTSTAMP:20251013T152301Z
UID:d8e9f0a1-b2c3-4d4e-85f6-a7b8c9d0e1f2
SUMMARY:Llamada filtro candidata – Nadia Krüger (guía alemán)
DTSTART;TZID=Europe/Madrid:20251013T183000
DTEND;TZID=Europe/Madrid:20251013T184500
DESCRIPTION:la llamo yo al +49 151 5550 2284. Preguntar: habilitación Andalucía?\, disponibilidad cruceros\, tarifa. Parte en alemán.
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-phone-screen-typed",
        hiring=True,
    ),
    # weekly interview slots she holds for candidates, with one moved occurrence
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000C5D6E7F8A970DC01000000000000000010000000A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260105T090012Z
DESCRIPTION:Franja fija para entrevistar a candidatos a guía de temporada (cruceros 2026). Los candidatos reservan por la página de Bookings\; si no hay nadie\, libero la franja.\n
DTEND;TZID="Romance Standard Time":20260113T180000
DTSTAMP:20260105T090012Z
DTSTART;TZID="Romance Standard Time":20260113T160000
LAST-MODIFIED:20260105T090012Z
LOCATION:Oficina / Teams
ORGANIZER;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
PRIORITY:5
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU;WKST=MO
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevistas candidatos guía temporada (franja)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A970DC01000000000000000010000000A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260105T090012Z
DESCRIPTION:Esta semana la franja pasa al jueves (el martes 27 tengo grupo de crucero todo el día).\n
DTEND;TZID="Romance Standard Time":20260129T190000
DTSTAMP:20260120T081544Z
DTSTART;TZID="Romance Standard Time":20260129T170000
LAST-MODIFIED:20260120T081544Z
LOCATION:Oficina / Teams
ORGANIZER;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
PRIORITY:5
RECURRENCE-ID;TZID="Romance Standard Time":20260127T160000
SEQUENCE:1
SUMMARY;LANGUAGE=es:Entrevistas candidatos guía temporada (franja) – JUEVES
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A970DC01000000000000000010000000A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-interview-slots",
        hiring=True,
    ),
]
