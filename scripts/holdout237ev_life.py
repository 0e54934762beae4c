"""holdout237 events: personal life and look-alikes (mock interview, prep, podcast, research, referee, exit)."""

from holdout237ev_tz import BERLIN_GOOGLE, MADRID_GOOGLE

EVENTS = [
    dict(
        kind="cumple-mama",
        uid="4r6t8v0x2z4b6d8f0h2j4l6n8p@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="yearly-birthday-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250418
DTEND;VALUE=DATE:20250419
RRULE:FREQ=YEARLY
DTSTAMP:20190301T100000Z
UID:4r6t8v0x2z4b6d8f0h2j4l6n8p@google.com
CREATED:20190301T100000Z
DESCRIPTION:llamar pronto (antes del ensayo)\; flores a Talavera
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:🎂 Cumple mamá
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fisio-hombro",
        uid="cita-fisio-88213-20250310@fisioartes.es",
        interview=0, company="", role="", stage="", interviewers="",
        trap="physio-appointment-booking-system",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//FisioArtes//Reservas online//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:cita-fisio-88213-20250310@fisioartes.es
DTSTAMP:20250303T120000Z
DTSTART:20250310T174500Z
DTEND:20250310T183000Z
SUMMARY:Cita: Fisioterapia – sesión de seguimiento (hombro izq.)
DESCRIPTION:Profesional: Javier Robles (fisioterapeuta especializado en mú
 sicos)\nTratamiento: terapia manual + punción seca\nSi no puede acudir\, c
 ancele con 24 h de antelación.
LOCATION:FisioArtes\, c/ Fuencarral 112\, Madrid
ORGANIZER;CN=FisioArtes:mailto:citas@fisioartes.es
ATTENDEE;RSVP=FALSE;CN=Irene Castellanos:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="luthier",
        uid="8A9B0C1D-2E3F-4A4B-9C5D-6E7F8A9B0C1D",
        interview=0, company="", role="", stage="", interviewers="",
        trap="luthier-appointment-typed",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T110000Z
DTSTAMP:20250120T110012Z
UID:8A9B0C1D-2E3F-4A4B-9C5D-6E7F8A9B0C1D
SUMMARY:Luthier – alma + puente
DTSTART:20250204T113000
DTEND:20250204T123000
LOCATION:Taller Ortega\, c/ Jesús del Valle
DESCRIPTION:antes de la ONE!! revisar alma (zumba el Do)\, cuerdas nuevas (
 Larsen La/Re\, Spirocore Sol/Do). Preguntar presupuesto arco de repuesto
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gimnasio",
        uid="5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="recurring-gym-with-exdate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250107T080000
DTEND;TZID=Europe/Madrid:20250107T090000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
EXDATE;TZID=Europe/Madrid:20250218T080000
DTSTAMP:20250105T200000Z
UID:5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com
CREATED:20250105T200000Z
DESCRIPTION:espalda + hombros (rutina de la fisio)\, nada de press militar
LAST-MODIFIED:20250105T200000Z
LOCATION:Gimnasio Chamberí
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:gym
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="boda-sevilla",
        uid="6t8v0x2z4b6d8f0h2j4l6n8p0r@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="friends-wedding-all-day-trip",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250523
DTEND;VALUE=DATE:20250526
DTSTAMP:20250110T100000Z
UID:6t8v0x2z4b6d8f0h2j4l6n8p0r@google.com
DESCRIPTION:Boda Lucía y Fran. Ceremonia viernes 19:00 Iglesia de Santa An
 a (Triana)\, banquete Hacienda Su Eminencia. Toco el Ave María con Marta
  (vl). Regalo: cuenta que mandaron.
LOCATION:Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Boda Lucía 💍 Sevilla
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast-atriles",
        uid="riverside-atriles-ep47-guest",
        interview=0, company="", role="", stage="", interviewers="",
        trap="podcast-guest-interview-about-auditions",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-atriles-ep47-guest
DTSTAMP:20250415T090000Z
DTSTART:20250429T170000Z
DTEND:20250429T180000Z
SUMMARY:Grabación podcast Atriles – entrevista a Irene Castellanos
DESCRIPTION:Episodio 47: "La vida entre audiciones". Hablaremos de cómo se
  prepara una audición tras cortina\, los Probespiele en Alemania y la prec
 ariedad de los contratos temporales. Usa auriculares. Enlace al estudio: ht
 tps://riverside.fm/studio/atriles
LOCATION:https://riverside.fm/studio/atriles
ORGANIZER;CN=Podcast Atriles:mailto:hola@atrilespodcast.es
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-tfm",
        uid="zoom-84410022331-tfm-lesiones",
        interview=0, company="", role="", stage="", interviewers="",
        trap="research-interview-masters-thesis-participant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250301T100000Z
DTSTART:20250312T160000Z
DTEND:20250312T164500Z
SUMMARY:Entrevista TFM – lesiones en músicos de orquesta
UID:zoom-84410022331-tfm-lesiones
DESCRIPTION:Paula Serrano le está invitando a una reunión de Zoom programad
 a.\n\nEntrevista semiestructurada para mi Trabajo Fin de Máster (Fisiotera
 pia\, UCM): dolor musculoesquelético en violistas profesionales. Duración a
 prox. 40 min. Se grabará el audio con tu consentimiento.\n\nUnirse a la r
 eunión Zoom\nhttps://ucm.zoom.us/j/84410022331\nID de reunión: 844 1002 2
 331
LOCATION:https://ucm.zoom.us/j/84410022331
ORGANIZER;CN=Paula Serrano:mailto:pauser05@ucm.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cafe-informativo",
        uid="9B0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E",
        interview=0, company="", role="", stage="", interviewers="",
        trap="informational-coffee-with-player-of-target-orchestra",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251001T120000Z
DTSTAMP:20251001T120010Z
UID:9B0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E
SUMMARY:café con Bea (viola ORCAM)
DTSTART:20251029T113000
DTEND:20251029T123000
LOCATION:La Bicicleta\, Malasaña
DESCRIPTION:preguntarle cómo es la orquesta por dentro\, el ambiente en la
  sección\, cuántos días de ensayo y si la solista que sale es jubilación. An
 tes de la prueba de aptitud
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jornadas-empleo",
        uid="aeos-jornada-profesional-2025-madrid",
        interview=0, company="", role="", stage="", interviewers="",
        trap="music-careers-day-with-orchestra-stands",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AEOS//Eventos//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:aeos-jornada-profesional-2025-madrid
DTSTAMP:20250901T080000Z
DTSTART:20251018T080000Z
DTEND:20251018T160000Z
SUMMARY:Jornada profesional para músicos de orquesta – AEOS
DESCRIPTION:Mesas de orquestas españolas\, charlas sobre convocatorias y a
 udiciones\, revisión de CV y vídeo por gerentes y solistas\, networking.
  Entrada libre con inscripción.
LOCATION:Centro Cultural Conde Duque\, Madrid
URL:https://www.aeos.es/jornada-profesional-2025
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="referencias-pablo",
        uid="7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250703T121500
DTEND;TZID=Europe/Madrid:20250703T123000
DTSTAMP:20250630T150000Z
ORGANIZER;CN=Gerencia Orquesta de Córdoba:mailto:gerencia@orquestadecordoba.org
UID:7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250630T145900Z
DESCRIPTION:Buenas tardes Irene\, Pablo Echevarría nos ha dado su nombre c
 omo referencia (fue su alumno y extra en su sección). ¿Podríamos hablar 1
 5 minutos sobre él? Le llamo a este número.
LAST-MODIFIED:20250630T150000Z
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencias Pablo Echevarría
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="preparar-pasajes",
        uid="0C1D2E3F-4A5B-4C6D-9E7F-8A9B0C1D2E3F",
        interview=0, company="", role="", stage="", interviewers="",
        trap="practice-prep-block-for-probespiel",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250825T090000Z
DTSTAMP:20250825T090010Z
UID:0C1D2E3F-4A5B-4C6D-9E7F-8A9B0C1D2E3F
SUMMARY:estudiar Bonn: Stamitz + Stellen
DTSTART:20250901T090000
DTEND:20250901T120000
RRULE:FREQ=DAILY;COUNT=12
DESCRIPTION:metrónomo!! lento-rápido. Grabarme el viernes y escuchar como
  si fuera tribunal. Cadencia Stamitz de memoria
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agradecimiento",
        uid="8v0x2z4b6d8f0h2j4l6n8p0r2t@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="thank-you-note-reminder-after-commission",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250410
DTEND;VALUE=DATE:20250411
DTSTAMP:20250409T170000Z
UID:8v0x2z4b6d8f0h2j4l6n8p0r2t@google.com
DESCRIPTION:mail corto a Ane y Javier: gracias por la entrevista\, adjuntar
  la programación revisada que comentamos
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Escribir agradecimiento Musikene
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coach-simulacion",
        uid="calendly-coach-1c2d3e4f5a6b",
        interview=0, company="", role="", stage="", interviewers="",
        trap="mock-interview-with-career-coach",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-coach-1c2d3e4f5a6b
DTSTAMP:20250325T100000Z
DTSTART:20250407T160000Z
DTEND:20250407T170000Z
SUMMARY:Irene Castellanos y Elena Prats - Simulación de entrevista (docentes)
ORGANIZER;CN=Elena Prats:mailto:elena@pratscoaching.com
ATTENDEE;CN=Irene Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.castellanos.viola@gmail.com
DESCRIPTION:Event Name: Simulación de entrevista (docentes)\n\nLocation: Zoo
 m\n\nQuestions:\n¿Qué entrevista preparas?: Comisión de selección de cons
 ervatorio superior (proyecto docente + preguntas)\n\nNeed to make changes
  to this event?\nCancel: https://calendly.com/cancellations/1c2d3e4f
LOCATION:https://zoom.us/j/91234567890
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-salida",
        uid="040000008200E00074C5B7101A82E00800000000E6D5C4B3A2F1DB01000000000000000010000000EEFF0011",
        interview=0, company="", role="", stage="", interviewers="",
        trap="exit-interview-current-employer-hr",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Merino Sáez, Lucía":mailto:lmerino@osvmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellanos Vidal, Irene":mailto:icaste
 llanos@osvmadrid.es
DESCRIPTION;LANGUAGE=es-ES:Hola Irene\, antes de tu último día nos gustaría hacerte la entrevis
 ta de salida (15-20 min): motivos de la baja voluntaria\, qué mejorarías de la orquesta\, entreg
 a de partes y taquilla. Es confidencial.\nLucía – RRHH\n
UID:040000008200E00074C5B7101A82E00800000000E6D5C4B3A2F1DB01000000000000000010000000EEFF0011
SUMMARY;LANGUAGE=es-ES:Entrevista de salida – I. Castellanos
DTSTART:20251215T100000Z
DTEND:20251215T103000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="anmeldung-bonn",
        uid="terminvergabe-bonn-2025-1202-5531",
        interview=0, company="", role="", stage="", interviewers="",
        trap="official-appointment-residence-registration-germany",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Bonn//Online-Terminvergabe//DE
METHOD:PUBLISH
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:terminvergabe-bonn-2025-1202-5531
DTSTAMP:20251110T140000Z
DTSTART;TZID=Europe/Berlin:20260108T092000
DTEND;TZID=Europe/Berlin:20260108T093000
SUMMARY:Termin Bürgerdienste: Anmeldung einer Wohnung
DESCRIPTION:Vorgangsnummer: 5531\nBitte mitbringen: Personalausweis/Reisepa
 ss\, Wohnungsgeberbestätigung.\nStandort: Stadthaus Bonn\, Berliner Platz
  2\, Etage 0.
LOCATION:Stadthaus Bonn\, Bürgerdienste
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="encuesta-observatorio",
        uid="1D2E3F4A-5B6C-4D7E-8F8A-9B0C1D2E3F4A",
        interview=0, company="", role="", stage="", interviewers="",
        trap="survey-phone-interview-labour-conditions",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T100000Z
DTSTAMP:20250505T100020Z
UID:1D2E3F4A-5B6C-4D7E-8F8A-9B0C1D2E3F4A
SUMMARY:Entrevista telefónica encuesta SGAE/Observatorio
DTSTART:20250508T133000
DTEND:20250508T140000
DESCRIPTION:encuesta sobre condiciones laborales de músicos temporales. Me
  llaman ellos. Tener a mano nóminas 2024 (ingresos aprox.)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="certificado-delitos",
        uid="2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
        interview=0, company="", role="", stage="", interviewers="",
        trap="official-certificate-appointment-for-teaching-applications",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250220T083000Z
DTSTAMP:20250220T083011Z
UID:2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B
SUMMARY:Cita previa certificado delitos sexuales (Justicia)
DTSTART:20250225T090000
DTEND:20250225T093000
LOCATION:Gerencia Territorial Justicia\, c/ Bolsa 8
DESCRIPTION:lo piden para Musikene\, K. Gurska y el colegio inglés. Pedir 3
  copias + apostilla para Alemania?
END:VEVENT
END:VCALENDAR
""",
    ),
]
