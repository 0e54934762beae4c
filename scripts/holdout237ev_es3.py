"""holdout237 events: Spanish orchestras part 3 (Teatro Real, ORCAM, Málaga, Navarra, Extremadura) and ensembles."""

from holdout237ev_tz import MADRID_APPLE, MADRID_GOOGLE

EVENTS = [
    dict(
        kind="successfactors-real",
        uid="SF-INTSCHED-4471029-38815",
        interview=1, company="Orquesta Titular del Teatro Real", role="Viola Tutti (Plaza fija)",
        stage="technical", interviewers="", trap="successfactors-interview-scheduling-first-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-4471029-38815
DTSTAMP:20251006T092210Z
DTSTART:20251020T080000Z
DTEND:20251020T083000Z
SEQUENCE:0
ORGANIZER;CN=Fundación del Teatro Real - Recursos Humanos:mailto:noreply@teatro-real.successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castel
 lanos.viola@gmail.com
SUMMARY:Convocatoria: Viola Tutti (Plaza fija) - Orquesta Titular del Teatro Real - Primera prueba
DESCRIPTION:Estimada Irene Castellanos Vidal\,\n\nNos complace convocarle a
  la primera prueba del proceso de selección para la posición Viola Tutti (P
 laza fija)\, Requisición 4471029.\n\nLugar: Teatro Real\, Sala Gayarre (acc
 eso por Plaza de Isabel II\, control de seguridad)\nDuración: 30 minutos\n\
 nLa prueba se realizará tras cortina. Traiga su propio material\; la parte
  de piano la aporta el Teatro.\n\nPor favor\, acepte esta invitación para c
 onfirmar su asistencia.\n\nFundación del Teatro Real
LOCATION:Teatro Real - Sala Gayarre
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-teatro",
        uid="0t8hk3l5m6n1b2v4c7x9z0a1sd@google.com",
        interview=1, company="Orquesta Titular del Teatro Real", role="", stage="final", interviewers="",
        trap="self-typed-final-opera-orchestra-abbrev",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:irene.castellanos.viola@gmail.com
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251023T170000
DTEND;TZID=Europe/Madrid:20251023T190000
DTSTAMP:20251020T143015Z
UID:0t8hk3l5m6n1b2v4c7x9z0a1sd@google.com
CREATED:20251020T142955Z
DESCRIPTION:final TR (somos 4). Ensayo de foso con la orquesta: Don Carlo ac
 to 3\, luego tribunal. Avisar a Inspección OSVM que salgo a las 16:00 del
  parcial.
LAST-MODIFIED:20251020T143015Z
LOCATION:Teatro Real
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TR final viola
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="orcam-solista",
        uid="040000008200E00074C5B7101A82E008000000005E2A9F1B0D7ADB01000000000000000010000000C4D7E2F1A9B3",
        interview=1, company="Orquesta y Coro de la Comunidad de Madrid", role="Viola Solista",
        stage="technical", interviewers="",
        trap="regional-government-outlook-utc-audition",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fundación ORCAM - Gerencia":mailto:gerencia.orcam@madrid.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Prueba de aptitud – plaza de VIOLA SOLISTA (Orquesta ORCAM).\n\nSe
  ruega puntualidad. Teatros del Canal\, Sala Verde\, entrada por c/ Cea Bermúdez 1.\n\nEjercicio
  1: concierto de libre elección (1er mov.)\nEjercicio 2: solos orquestales (Strauss\, Berlioz
 \, Tchaikovsky 5)\n
UID:040000008200E00074C5B7101A82E008000000005E2A9F1B0D7ADB01000000000000000010000000C4D7E2F1A9B3
SUMMARY;LANGUAGE=es-ES:Prueba aptitud Viola Solista ORCAM
DTSTART:20251110T083000Z
DTEND:20251110T093000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T103322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teatros del Canal - Sala Verde
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-malaga",
        uid="5c2e1a8b-93f4-4d0e-a7c6-b1e8d2f40a97",
        interview=1, company="Orquesta Filarmónica de Málaga", role="", stage="", interviewers="",
        trap="thunderbird-typed-audition-abbrev",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250905T201533Z
LAST-MODIFIED:20250905T201622Z
DTSTAMP:20250905T201622Z
UID:5c2e1a8b-93f4-4d0e-a7c6-b1e8d2f40a97
SUMMARY:Audi OFM - viola
STATUS:CONFIRMED
DTSTART;TZID=Europe/Madrid:20250929T100000
DTEND;TZID=Europe/Madrid:20250929T140000
DESCRIPTION:Teatro Cervantes. Turno según sorteo. Pasajes: Mozart 35 final
 \, Strauss Don Juan\, Mendelssohn Scherzo\, Brahms 2 (1er mov)
LOCATION:Teatro Cervantes\, Málaga
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-navarra",
        uid="calcom-7rXq2pLm9aVt3nZk8bYe",
        interview=1, company="Orquesta Sinfónica de Navarra", role="Viola Tutti", stage="technical",
        interviewers="", trap="calcom-audition-slot-booking",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-7rXq2pLm9aVt3nZk8bYe
SUMMARY:Turno de prueba Viola Tutti entre Orquesta Sinfónica de Navarra y Irene Castellanos
DTSTAMP:20251103T170522Z
DTSTART:20251124T093000Z
DTEND:20251124T095000Z
DESCRIPTION:¿Qué?:\nTurno de prueba Viola Tutti\n\n¿Cuándo?:\nlunes\, 24 de
  noviembre de 2025 10:30 - 10:50 (Hora estándar de Europa central)\n\n¿Qui
 én?:\nOrquesta Sinfónica de Navarra - Organizador\nIrene Castellanos\n\n¿D
 ónde?:\nBaluarte\, Sala de ensayos 2\, Pamplona\n\nDescripción:\nPrimera r
 onda de la audición (tras cortina). Presentarse 40 minutos antes para cale
 ntar.\n\nCancelar o reprogramar: https://cal.com/booking/7rXq2pLm9aVt3nZk
 8bYe
LOCATION:Baluarte\, Sala de ensayos 2\, Pamplona
ORGANIZER;CN=Orquesta Sinfónica de Navarra:mailto:inspeccion@orquestadenavarra.es
ATTENDEE;CN=Irene Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:irene.castellanos.viol
 a@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="llamada-oex",
        uid="6f0d3a71-84b2-4c9e-9e15-2a7b0c8d4f61",
        interview=1, company="Orquesta de Extremadura", role="", stage="recruiter_screen",
        interviewers="Rocío Mangas",
        trap="self-typed-phone-call-with-orchestra-manager",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241111T132045Z
DTSTAMP:20241111T132101Z
UID:6f0d3a71-84b2-4c9e-9e15-2a7b0c8d4f61
SUMMARY:Llamada Rocío Mangas (OEX)
DTSTART:20241113T123000
DTEND:20241113T130000
DESCRIPTION:me llama ella. Quiere saber si me presentaría a la plaza de vio
 la de la Orquesta de Extremadura y hablar de requisitos\, titulación\, si v
 ivir en Badajoz. Tener a mano CV y fechas de libres de la OSVM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oex-audicion",
        uid="2b8c4e6a-1d3f-4a5b-9c7e-0f2a4b6c8d01",
        interview=1, company="Orquesta de Extremadura", role="", stage="technical", interviewers="",
        trap="self-typed-audition-tras-cortina-badajoz",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241202T094511Z
DTSTAMP:20241202T094533Z
UID:2b8c4e6a-1d3f-4a5b-9c7e-0f2a4b6c8d01
SUMMARY:OEX - prueba tras cortina
DTSTART:20241216T110000
DTEND:20241216T123000
LOCATION:Palacio de Congresos de Badajoz
DESCRIPTION:coche compartido con Pablo (violín\, va a la de tutti vl2)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fundador-gmail",
        uid="4vd1e7h2k9m0p3q5r8s6t1u2wx@google.com",
        interview=1, company="Camerata Ibérica", role="principal de violas", stage="hiring_manager",
        interviewers="jaime.olmedo.dir@gmail.com",
        trap="founder-free-mail-reading-session-for-principal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250708T113000
DTEND;TZID=Europe/Madrid:20250708T130000
DTSTAMP:20250701T220915Z
ORGANIZER;CN=Jaime Olmedo:mailto:jaime.olmedo.dir@gmail.com
UID:4vd1e7h2k9m0p3q5r8s6t1u2wx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jaime
  Olmedo;X-NUM-GUESTS=0:mailto:jaime.olmedo.dir@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250701T220840Z
DESCRIPTION:Hola Irene! Como te dije por WhatsApp\, estoy montando la Camer
 ata Ibérica (30 músicos\, primera temporada en otoño con apoyo del Ayuntam
 iento de Alcalá). Busco principal de violas con contrato de temporada. Me
  gustaría conocerte en persona\, que me cuentes tu experiencia y que leamos
  juntos el 2º mov. del Divertimento de Bartók (trae la viola). Te paso la
  parte por mail.\nUn abrazo\, Jaime
LAST-MODIFIED:20250701T220915Z
LOCATION:Estudio de Jaime\, c/ Ferraz 41\, 2ºB\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Irene + Jaime – Camerata
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cuarteto-prueba",
        uid="8n3b5v7c9x1z2a4s6d8f0g1h3j@google.com",
        interview=1, company="Cuarteto Almagro", role="viola", stage="onsite",
        interviewers="clara.bernal.cello@gmail.com;tomas.ugarte.violin@gmail.com;ines.roig.violin@gmail.com",
        trap="string-quartet-trial-rehearsal-for-vacant-seat",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T100000
DTEND;TZID=Europe/Madrid:20250415T140000
DTSTAMP:20250402T081200Z
ORGANIZER;CN=Clara Bernal:mailto:clara.bernal.cello@gmail.com
UID:8n3b5v7c9x1z2a4s6d8f0g1h3j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Clara
  Bernal;X-NUM-GUESTS=0:mailto:clara.bernal.cello@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás
  Ugarte;X-NUM-GUESTS=0:mailto:tomas.ugarte.violin@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inés
  Roig;X-NUM-GUESTS=0:mailto:ines.roig.violin@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250402T081109Z
DESCRIPTION:Ensayo de prueba para la plaza de viola del cuarteto (sale Mar
 io en junio). Leemos Haydn op. 76/4 y el 1er mov. del Ravel\, luego comemo
 s y hablamos de gira de otoño\, residencia en Almagro y reparto de cachés
 . Decidimos entre las tres candidatas antes de Semana Santa.
LAST-MODIFIED:20250402T081200Z
LOCATION:Casa de Clara\, Paseo de la Florida 12\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ensayo de prueba – viola Cuarteto Almagro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
