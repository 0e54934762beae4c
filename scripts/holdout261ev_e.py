# ruff: noqa: E501, W291, W293, RUF100
"""holdout261 events, part E: other negatives (club work, personal life, press, prep, look-alikes)."""

from holdout261ev_zones import LONDON, MADRID, ROMANCE

EVENTS = [
    dict(
        kind="allday-preseason-screening",
        uid="reconocimientos-pretemporada-2026@valenciaunionfc.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:reconocimientos-pretemporada-2026@valenciaunionfc.es
DTSTAMP:20260520T080000Z
DTSTART;VALUE=DATE:20260629
DTEND;VALUE=DATE:20260701
SUMMARY:Reconocimientos médicos pretemporada – Primer Equipo
DESCRIPTION:Toda la plantilla: analítica\, ECG\, ecocardio\, valoración fisio (Pablo) y test de fuerza. Turnos por orden de dorsal.
LOCATION:Clínica Sant Vicent + CD Paterna
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="routine-squad-medical-screening", hiring=False,
    ),
    dict(
        kind="recurring-rehab-session",
        uid="readapt-ruben-lca-2026@valenciaunionfc.es",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
{MADRID}BEGIN:VEVENT
UID:readapt-ruben-lca-2026@valenciaunionfc.es
DTSTAMP:20260105T080000Z
DTSTART;TZID=Europe/Madrid:20260112T093000
DTEND;TZID=Europe/Madrid:20260112T110000
RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260313T225959Z
SUMMARY:Readaptación Rubén (LCA fase 3) – gimnasio
LOCATION:CD Paterna – Gimnasio
END:VEVENT
BEGIN:VEVENT
UID:readapt-ruben-lca-2026@valenciaunionfc.es
RECURRENCE-ID;TZID=Europe/Madrid:20260211T093000
DTSTAMP:20260209T080000Z
DTSTART;TZID=Europe/Madrid:20260211T120000
DTEND;TZID=Europe/Madrid:20260211T133000
SUMMARY:Readaptación Rubén (LCA fase 3) – campo + GPS
DESCRIPTION:hoy test de campo con el preparador físico
LOCATION:CD Paterna – Campo 1
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="recurring-rehab-with-override", hiring=False,
    ),
    dict(
        kind="press-interview",
        uid="3c5v7b9n1m3q5w7e9r1t3y5u7i@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260122T120000
DTEND;TZID=Europe/Madrid:20260122T124500
DTSTAMP:20260119T100000Z
ORGANIZER;CN=Comunicación VUFC:mailto:comunicacion@valenciaunionfc.es
UID:3c5v7b9n1m3q5w7e9r1t3y5u7i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raquel Bonet (Diario Turia Deportes);X-NUM-GUESTS=0:mailto:rbonet@diarioturiadeportes.es
DESCRIPTION:Entrevista para el reportaje sobre la prevención de lesiones musculares en el vestuario. Sin hablar de casos concretos de jugadores. Comunicación estará presente.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:CD Paterna - Sala de Prensa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Diario Turia Deportes – prevención de lesiones (Pablo Sanchis)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="press-interview-user-is-interviewee", hiring=False,
    ),
    dict(
        kind="research-interview",
        uid="a0b9c8d7-e6f5-4a3b-9c1d-2e3f4a5b6c7d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260130T090000Z
UID:a0b9c8d7-e6f5-4a3b-9c1d-2e3f4a5b6c7d
SUMMARY:Entrevista TFM (Andrea\, Máster Readaptación) – criterios vuelta al juego
DTSTART;TZID=Europe/Madrid:20260205T190000
DTEND;TZID=Europe/Madrid:20260205T194500
LOCATION:Zoom (me manda link)
DESCRIPTION:entrevista semiestructurada para su TFM\, graban audio. firmar consentimiento
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="research-interview-for-thesis", hiring=False,
    ),
    dict(
        kind="mock-interview",
        uid="5F6E7D8C-9B0A-4C1D-8E2F-3A4B5C6D7E8F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260125T110000
DTEND;TZID=Europe/Madrid:20260125T123000
DTSTAMP:20260121T210000Z
SUMMARY:Simulacro entrevista en inglés con Marta (mentora) – practicar para Ashbury
DESCRIPTION:ella hace de Head of Performance. grabar con el móvil y revisar respuestas STAR
LOCATION:Casa de Marta\, Benimaclet
UID:5F6E7D8C-9B0A-4C1D-8E2F-3A4B5C6D7E8F
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="mock-interview-names-real-employer", hiring=False,
    ),
    dict(
        kind="webinar-interviewing",
        uid="zoom-webinar-81234567890-20260128@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260120T100000Z
DTSTART:20260128T183000Z
DTEND:20260128T200000Z
SUMMARY:Webinar: Cómo superar la entrevista en un club de élite (staff médico y de rendimiento)
UID:zoom-webinar-81234567890-20260128@zoom.us
DESCRIPTION:Gracias por registrarse en el webinar de la Asociación Española de Readaptadores Deportivos.\n\nPonentes: ex-directores de servicios médicos de Primera. Temas: CV\, entrevista con el director deportivo\, semana de prueba\, negociación.\n\nÚnase al webinar: https://us02web.zoom.us/w/81234567890?tk=AERD
LOCATION:https://us02web.zoom.us/w/81234567890?tk=AERD
ORGANIZER;CN=AERD Formación:mailto:formacion@aerd-readaptadores.es
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="webinar-about-interviews-trade-vocabulary", hiring=False,
    ),
    dict(
        kind="informational-coffee",
        uid="4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:pablo.sanchis.fisio@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260109T083000Z
DTEND:20260109T093000Z
DTSTAMP:20260105T200000Z
UID:4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com
DESCRIPTION:Jordi estuvo 4 años en el servicio médico del Alcántara. Preguntarle cómo es el ambiente\, el Dr. Iriarte y si la semana de prueba es pagada. NO es entrevista\, solo info.
LOCATION:Café Ruzafa\, C/ Cádiz 20
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café con Jordi Sanz (ex-fisio Alcántara) – info
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="informational-coffee-former-employee-of-target", hiring=False,
    ),
    dict(
        kind="job-fair",
        uid="feria-empleo-cafd-2026@uv-eventos.example.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Universitat//Agenda Eventos//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:feria-empleo-cafd-2026@uv-eventos.example.es
DTSTAMP:20260201T100000Z
DTSTART;VALUE=DATE:20260312
DTEND;VALUE=DATE:20260313
SUMMARY:Fòrum d'Ocupació Ciències de l'Esport i Fisioteràpia 2026
DESCRIPTION:Estands de clubs\, federacions i clíniques. Entrevistes exprés amb empreses al llarg del dia (inscripció prèvia).
LOCATION:Facultat de Ciències de l'Activitat Física i l'Esport\, València
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="job-fair-with-express-interviews-no-employer", hiring=False,
    ),
    dict(
        kind="reference-call-referee",
        uid="6j8k0l2z4x6c8v0b2n4m6q8w0e@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260318T110000Z
DTEND:20260318T111500Z
DTSTAMP:20260316T090000Z
ORGANIZER;CN=Hannah Bright:mailto:hannah.bright@ashburytownfc.co.uk
UID:6j8k0l2z4x6c8v0b2n4m6q8w0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Hi Pablo\, Álex Moya has named you as a referee for his application as Academy Physiotherapist with us. 15-min call to ask about his time working with you at Valencia Unión FC. Many thanks!\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call – Álex Moya (Academy Physiotherapist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-is-referee-same-employer-recruiter", hiring=False,
    ),
    dict(
        kind="prep-block",
        uid="7C8D9E0F-1A2B-4C3D-9E4F-5A6B7C8D9E0F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260126T200000
DTEND;TZID=Europe/Madrid:20260126T220000
DTSTAMP:20260122T100000Z
SUMMARY:Preparar entrevista Alcántara (dtor deportivo)
DESCRIPTION:repasar datos lesiones\, preparar 3 preguntas\, imprimir propuesta isquios
UID:7C8D9E0F-1A2B-4C3D-9E4F-5A6B7C8D9E0F
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="prep-block-names-employer", hiring=False,
    ),
    dict(
        kind="thank-you-reminder",
        uid="8b0n2m4q6w8e0r2t4y6u8i0o2p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:pablo.sanchis.fisio@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260306T080000Z
DTEND:20260306T081500Z
DTSTAMP:20260305T220000Z
UID:8b0n2m4q6w8e0r2t4y6u8i0o2p@google.com
DESCRIPTION:email a Hannah\, Daniel y Dr Frayne. mencionar lo del protocolo de isquios
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enviar thank-you Ashbury (final)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="thank-you-reminder-after-final", hiring=False,
    ),
    dict(
        kind="headhunter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000C3C4C5C6C7C8C901000000000000000010000000E1E1F2F2A3A3B4B4C5C5D6D6E7E7F8F8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Navas, Olga (Elite Talent Sport)":mailto:olga.navas@elitetalentsport.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Pablo\, trabajo una búsqueda confidencial para un club de Primera División que necesita reforzar su área de readaptación. Aún no puedo decirte el nombre del club. ¿Hablamos 20 minutos y te cuento?\n
UID:040000008200E00074C5B7101A82E00800000000C3C4C5C6C7C8C901000000000000000010000000E1E1F2F2A3A3B4B4C5C5D6D6E7E7F8F8
SUMMARY;LANGUAGE=es-ES:Llamada Olga Navas – búsqueda confidencial club de Primera
DTSTART;TZID=Romance Standard Time:20260420T130000
DTEND;TZID=Romance Standard Time:20260420T132000
DTSTAMP:20260416T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="recruiter-names-no-employer", hiring=False,
    ),
    dict(
        kind="family-interview",
        uid="2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260223T090000
DTEND;TZID=Europe/Madrid:20260223T100000
DTSTAMP:20260220T180000Z
SUMMARY:Entrevista de Lucía (Mercadona logística) – llevarla en coche
DESCRIPTION:la dejo a las 8:45 en Riba-roja y la recojo cuando acabe
LOCATION:Riba-roja de Túria
UID:2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="sisters-job-interview-driving", hiring=False,
    ),
    dict(
        kind="school-tutor-meeting",
        uid="e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260302T200000Z
UID:e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b
SUMMARY:Entrevista con la tutora de Leo (2º B)
DTSTART;TZID=Europe/Madrid:20260305T163000
DTEND;TZID=Europe/Madrid:20260305T170000
LOCATION:CEIP Benimaclet
DESCRIPTION:tutoría trimestral. ir con Clara
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="parent-teacher-entrevista", hiring=False,
    ),
    dict(
        kind="bank-mortgage",
        uid="cita-0099182-bancolevante@citas.example.es",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Banco Levante//Cita Previa//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:cita-0099182-bancolevante@citas.example.es
DTSTAMP:20260210T110000Z
DTSTART;TZID=Europe/Madrid:20260213T093000
DTEND;TZID=Europe/Madrid:20260213T103000
SUMMARY:Cita con su gestor: estudio de hipoteca
ORGANIZER;CN=Banco Levante - Oficina 0231:mailto:oficina0231@bancolevante.example.es
ATTENDEE;CN=Pablo Sanchis Ferrer:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Entrevista con su gestora\, Dña. Sonia Albert. Traiga las 3 últimas nóminas\, contrato laboral y declaración de la renta.
LOCATION:Banco Levante\, Av. Blasco Ibáñez 98\, Valencia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="bank-appointment-entrevista-contrato-laboral", hiring=False,
    ),
    dict(
        kind="performance-review",
        uid="040000008200E00074C5B7101A82E00800000000D4D5D6D7D8D9DA01000000000000000010000000A9A9B8B8C7C7D6D6E5E5F4F4A3A3B2B2",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista anual de evaluación del desempeño (temporada 25/26): objetivos\, formación y plan para la próxima temporada.\n
UID:040000008200E00074C5B7101A82E00800000000D4D5D6D7D8D9DA01000000000000000010000000A9A9B8B8C7C7D6D6E5E5F4F4A3A3B2B2
SUMMARY;LANGUAGE=es-ES:Entrevista de evaluación anual – P. Sanchis
DTSTART;TZID=Romance Standard Time:20260526T100000
DTEND;TZID=Romance Standard Time:20260526T110000
DTSTAMP:20260515T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Servicios Médicos
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="annual-performance-review-own-boss", hiring=False,
    ),
    dict(
        kind="injury-followup-sporting-director",
        uid="040000008200E00074C5B7101A82E00800000000E5E6E7E8E9EAEB01000000000000000010000000C1C1D2D2E3E3F4F4A5A5B6B6C7C7D8D8",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ribera, Tono (Director Deportivo)":mailto:tribera@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Reunión con el director deportivo: estado de los lesionados y previsión de altas antes del cierre del mercado.\n
UID:040000008200E00074C5B7101A82E00800000000E5E6E7E8E9EAEB01000000000000000010000000C1C1D2D2E3E3F4F4A5A5B6B6C7C7D8D8
SUMMARY;LANGUAGE=es-ES:Reunión director deportivo – parte de lesionados
DTSTART;TZID=W. Europe Standard Time:20260128T090000
DTEND;TZID=W. Europe Standard Time:20260128T094500
DTSTAMP:20260126T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección Deportiva
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="director-deportivo-meeting-own-club-work", hiring=False,
    ),
    dict(
        kind="player-clinical-interview",
        uid="F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260303T091500
DTEND;TZID=Europe/Madrid:20260303T100000
DTSTAMP:20260302T190000Z
SUMMARY:Entrevista clínica + valoración Iván (sobrecarga aductor)
DESCRIPTION:anamnesis\, dolor en escala\, test de squeeze. decidir si entrena con el grupo
LOCATION:CD Paterna – Sala fisio
UID:F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="clinical-interview-with-injured-player", hiring=False,
    ),
    dict(
        kind="course-motivational-interviewing",
        uid="curso-em-fisio-2026-ed3@formacion-icofcv.example.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Colegio Fisioterapeutas//Formación//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:curso-em-fisio-2026-ed3@formacion-icofcv.example.es
DTSTAMP:20260115T100000Z
DTSTART;TZID=Europe/Madrid:20260214T093000
DTEND;TZID=Europe/Madrid:20260214T143000
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=SA
SUMMARY:Curso: La entrevista motivacional en fisioterapia y readaptación (3ª ed.)
DESCRIPTION:Formación acreditada del Colegio de Fisioterapeutas. Técnicas de entrevista motivacional para la adherencia al ejercicio terapéutico en deportistas lesionados.
LOCATION:Sede Colegial\, C/ San Vicente Mártir 61\, Valencia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="motivational-interviewing-course-recurring", hiring=False,
    ),
    dict(
        kind="podcast-recording",
        uid="riverside-rec-vestuariomedico-ep42",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Recording Invite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-vestuariomedico-ep42
DTSTAMP:20260224T100000Z
DTSTART:20260302T190000Z
DTEND:20260302T200000Z
SUMMARY:Grabación podcast 'Vestuario Médico' ep. 42 – invitado: Pablo Sanchis
ORGANIZER;CN=Vestuario Médico Podcast:mailto:hola@vestuariomedico.example.es
ATTENDEE;CN=Pablo Sanchis;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Te entrevistamos sobre readaptación en Segunda División: cargas\, calendario y relación con el cuerpo técnico. Link del estudio: https://riverside.example/studio/vestuario-medico
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="podcast-guest-interview", hiring=False,
    ),
    dict(
        kind="visa-biometrics",
        uid="ukvcas-appt-VLC-20260428-0930",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Visa Application Centre//Appointments//EN
BEGIN:VEVENT
UID:ukvcas-appt-VLC-20260428-0930
DTSTAMP:20260415T120000Z
DTSTART:20260428T073000Z
DTEND:20260428T080000Z
SUMMARY:Biometric appointment – Skilled Worker visa
DESCRIPTION:Bring passport\, appointment confirmation and Certificate of Sponsorship reference. Arrive 15 minutes early.
LOCATION:Visa Application Centre Madrid\, Calle Ficticia 12
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="visa-appointment-after-offer", hiring=False,
    ),
    dict(
        kind="allday-match",
        uid="partido-j32-vufc-cdribera@valenciaunionfc.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:VUFC Primer Equipo
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260404
DTEND;VALUE=DATE:20260405
DTSTAMP:20260301T100000Z
UID:partido-j32-vufc-cdribera@valenciaunionfc.es
SUMMARY:J32 · CD Ribera – Valencia Unión FC (fuera)
DESCRIPTION:Salida autobús 10:00. Botiquín y maleta de vendajes: Pablo.
LOCATION:Estadio Municipal de Alzira
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="allday-away-match", hiring=False,
    ),
    dict(
        kind="congress",
        uid="congreso-readaptacion-2026@eventos.example.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Event//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:congreso-readaptacion-2026@eventos.example.es
DTSTAMP:20260110T100000Z
DTSTART;TZID=Europe/Madrid:20260522T090000
DTEND;TZID=Europe/Madrid:20260523T140000
SUMMARY:VIII Congreso Nacional de Readaptación Deportiva
DESCRIPTION:Mesa redonda 'De Segunda a Primera: el salto del staff médico'. Zona de networking con clubes y agencias de staff.
LOCATION:Palau de Congressos de València
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="congress-networking-clubs", hiring=False,
    ),
    dict(
        kind="flight-to-interview",
        uid="tripit-flight-vlc-bhx-20260304",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//TripIt//TripIt Calendar//EN
VERSION:2.0
{LONDON}BEGIN:VEVENT
UID:tripit-flight-vlc-bhx-20260304
DTSTAMP:20260225T100000Z
DTSTART:20260304T160500Z
DTEND:20260304T181000Z
SUMMARY:Vuelo VLC → BHX (FR 4417)
DESCRIPTION:Confirmación: K7XQ2M. Asiento 14C. Hotel en Ashbury reservado por el club (2 noches).
LOCATION:Valencia (VLC)
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="travel-to-interview-not-interview", hiring=False,
    ),
    dict(
        kind="radio-interview-valencian",
        uid="0c2v4b6n8m0q2w4e6r8t0y2u4i@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260319T133000
DTEND;TZID=Europe/Madrid:20260319T134500
DTSTAMP:20260317T100000Z
ORGANIZER;CN=Comunicació VUFC:mailto:comunicacion@valenciaunionfc.es
UID:0c2v4b6n8m0q2w4e6r8t0y2u4i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es;X-NUM-GUESTS=0:mailto:psanchis@valenciaunionfc.es
DESCRIPTION:Entrevista en directe a Ràdio Turia (programa 'Esport a Casa') sobre la recuperació de Rubén. Telefònica\, 10 minuts.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Telèfon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Ràdio Turia – recuperació Rubén
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="valencian-radio-interview", hiring=False,
    ),
    dict(
        kind="doctor-booking",
        uid="doctoralia-appt-55120931",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctoralia//Citas//ES
BEGIN:VEVENT
UID:doctoralia-appt-55120931
DTSTAMP:20260205T090000Z
DTSTART:20260211T163000Z
DTEND:20260211T170000Z
SUMMARY:Cita: Dra. Inés Gascó – Odontología
DESCRIPTION:Revisión y limpieza. Para cancelar\, hazlo desde la app.
LOCATION:Clínica Dental Gascó\, C/ Jesús 40\, Valencia
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="dentist-booking", hiring=False,
    ),
    dict(
        kind="new-signing-onboarding",
        uid="040000008200E00074C5B7101A82E00800000000F6F7F8F9FAFBFC0100000000000000001000000010203040506070809010A0B0C0D0E0F0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Acogida del nuevo fichaje (ya firmado): historia clínica\, entrevista inicial sobre lesiones previas y plan individual de prevención.\n
UID:040000008200E00074C5B7101A82E00800000000F6F7F8F9FAFBFC0100000000000000001000000010203040506070809010A0B0C0D0E0F0
SUMMARY;LANGUAGE=es-ES:Acogida nuevo fichaje J. Okafor – servicio médico
DTSTART;TZID=Romance Standard Time:20260209T100000
DTEND;TZID=Romance Standard Time:20260209T113000
DTSTAMP:20260205T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Fisioterapia Primer Equipo
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="new-signing-onboarding-initial-interview", hiring=False,
    ),
    dict(
        kind="teaching-class",
        uid="uni-mastercafd-sesion-14@campus.example.es",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Campus Virtual//Horarios//ES
VERSION:2.0
BEGIN:VEVENT
UID:uni-mastercafd-sesion-14@campus.example.es
DTSTAMP:20260101T100000Z
DTSTART;TZID=Europe/Madrid:20260220T160000
DTEND;TZID=Europe/Madrid:20260220T200000
SUMMARY:Máster Readaptación – Sesión 14: Prevención de lesiones de isquiosurales (prof. P. Sanchis)
LOCATION:Aula 2.3
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-teaches-master-class", hiring=False,
    ),
    dict(
        kind="partner-interview",
        uid="9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260421
DTEND;VALUE=DATE:20260422
DTSTAMP:20260414T200000Z
SUMMARY:Clara – entrevista enfermera Hospital La Fe 🤞
DESCRIPTION:recoger a Leo del cole yo
UID:9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="partners-job-interview-allday", hiring=False,
    ),
    dict(
        kind="exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000A9AAABACADAEAF01000000000000000010000000F0E0D0C0B0A090807060504030201000",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Pablo\, como parte de tu baja voluntaria\, nos gustaría hacerte la entrevista de salida (confidencial) para conocer tu experiencia en el club. También revisamos finiquito y devolución de material.\n
UID:040000008200E00074C5B7101A82E00800000000A9AAABACADAEAF01000000000000000010000000F0E0D0C0B0A090807060504030201000
SUMMARY;LANGUAGE=es-ES:Entrevista de salida – P. Sanchis
DTSTART;TZID=Romance Standard Time:20260619T120000
DTEND;TZID=Romance Standard Time:20260619T124500
DTSTAMP:20260612T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CD Paterna - Despacho RRHH
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="exit-interview-own-employer", hiring=False,
    ),
    dict(
        kind="german-webinar",
        uid="webinar-staff-profifussball-20260211@fussballakademie-sued.example.de",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoToWebinar//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-staff-profifussball-20260211@fussballakademie-sued.example.de
DTSTAMP:20260201T100000Z
DTSTART;TZID=Europe/Berlin:20260211T180000
DTEND;TZID=Europe/Berlin:20260211T193000
SUMMARY:Webinar: Das Vorstellungsgespräch im Profifußball – Tipps für Physiotherapeuten und Athletiktrainer
DESCRIPTION:Fußball-Akademie Süd – Online-Seminar (englische Untertitel). Wie laufen Bewerbungsgespräche\, Hospitationen und Probetage bei Bundesliga-Clubs ab?
LOCATION:Online (GoTo Webinar)
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="german-webinar-about-job-interviews", hiring=False,
    ),
    dict(
        kind="data-sharing-call",
        uid="040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5B601000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Weber:mailto:l.weber@fcbodensee.example.de
DESCRIPTION;LANGUAGE=en-GB:Video call with Lukas (Head of Performance\, FC Bodensee) about the loan player's GPS and wellness data handover. Teams link below.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LOAN@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5B601000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
SUMMARY;LANGUAGE=en-GB:Video call – Head of Performance FC Bodensee (loan player data)
DTSTART;TZID=W. Europe Standard Time:20260115T150000
DTEND;TZID=W. Europe Standard Time:20260115T153000
DTSTAMP:20260112T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="head-of-performance-video-call-not-interview", hiring=False,
    ),
    dict(
        kind="user-gives-mock-interviews",
        uid="4b6n8m0q2w4e6r8t0y2u4i6o8p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260508T160000
DTEND;TZID=Europe/Madrid:20260508T190000
DTSTAMP:20260430T100000Z
ORGANIZER;CN=Coordinación Máster Readaptación:mailto:master.readaptacion@campus.example.es
UID:4b6n8m0q2w4e6r8t0y2u4i6o8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Taller de empleabilidad: Pablo hará simulacros de entrevista de trabajo a los alumnos (rol de jefe de servicios médicos de un club). 10 alumnos x 15 min.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Aula 2.3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Taller empleabilidad – simulacros de entrevista (alumnos Máster)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-runs-mock-interviews-for-students", hiring=False,
    ),
]
