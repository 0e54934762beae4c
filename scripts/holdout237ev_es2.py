"""holdout237 events: Spanish orchestra auditions, part 2 (OBC, OSCyL, Granada, Gran Canaria, Tenerife, Liceu)."""

from holdout237ev_tz import CANARY, MADRID_GOOGLE

EVENTS = [
    dict(
        kind="prova-obc",
        uid="7m2c9q1e4r8s0t6u3v5w1x7y2z@google.com",
        interview=1, company="Orquestra Simfònica de Barcelona i Nacional de Catalunya", role="Viola de fila",
        stage="technical", interviewers="", trap="catalan-prova-primera-fase-google",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250428T111000
DTEND;TZID=Europe/Madrid:20250428T113000
DTSTAMP:20250404T100217Z
ORGANIZER;CN=Audicions OBC:mailto:audicions@obc.cat
UID:7m2c9q1e4r8s0t6u3v5w1x7y2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250404T100158Z
DESCRIPTION:Benvolguda Irene\,\n\nEt confirmem l'hora de la teva prova per
  a la plaça de VIOLA DE FILA de l'OBC.\n\nPrimera fase (darrere de cortina)
 : 1r moviment d'un concert de Stamitz o Hoffmeister + fragments orquestral
 s de la llista.\nLloc: L'Auditori\, Sala 3 (entrada per Padilla 155).\n\nS
 i us plau\, presenta't 45 minuts abans.\n\nCordialment\,\nÀrea Artística
  OBC
LAST-MODIFIED:20250404T100217Z
LOCATION:L'Auditori\, c/ Lepant 150\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prova Viola de fila OBC - Castellanos Vidal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oscyl-audicion",
        uid="a91f44c2-3e0d-4b77-8c16-0e5f2d9b7a30",
        interview=1, company="Orquesta Sinfónica de Castilla y León", role="", stage="", interviewers="",
        trap="self-typed-floating-single-day-all-rounds",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:a91f44c2-3e0d-4b77-8c16-0e5f2d9b7a30
DTSTAMP:20250108T224410Z
SUMMARY:OSCyL aud. (1ª + 2ª + final mismo día)
DTSTART:20250120T090000
DTEND:20250120T200000
LOCATION:Centro Cultural Miguel Delibes Valladolid
DESCRIPTION:Si paso a la final\, tocar con cuarteto de solistas OSCyL. Lleva
 r pasajes en carpeta azul + sordina + cuerda de repuesto (la La!)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="periodo-prueba",
        uid="oscyl-prueba-20250303-icastellanos@oscyl.es",
        interview=1, company="Orquesta Sinfónica de Castilla y León", role="Viola tutti", stage="onsite",
        interviewers="", trap="trial-weeks-playing-with-orchestra",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//OSCyL//Planificación Artística//ES
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
UID:oscyl-prueba-20250303-icastellanos@oscyl.es
DTSTAMP:20250131T140000Z
DTSTART;VALUE=DATE:20250303
DTEND;VALUE=DATE:20250316
SUMMARY:Período de prueba - Viola tutti (I. Castellanos)
DESCRIPTION:Según el acta del tribunal\, la candidata realizará un período
  de prueba de dos semanas con la orquesta (programas 9 y 10) antes de la r
 esolución definitiva de la plaza. Atril asignado: 4º. Convocatorias y part
 es en la Intranet de músicos.
LOCATION:Centro Cultural Miguel Delibes\, Valladolid
ORGANIZER;CN=Planificación Artística OSCyL:mailto:planificacion@oscyl.es
ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="video-preseleccion",
        uid="1f3a7c09-2d58-4e6b-b0a1-9c4e7f2d18b6",
        interview=0, company="", role="", stage="", interviewers="",
        trap="audition-video-upload-deadline-not-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250215T225900Z
DTEND:20250215T235900Z
DTSTAMP:20250201T093010Z
UID:1f3a7c09-2d58-4e6b-b0a1-9c4e7f2d18b6
DESCRIPTION:Fecha límite subir vídeo de preselección OCG (viola tutti): Bac
 h suite 3 sarabande + 1er mov concierto\, plano fijo\, sin editar. Subir a
  la plataforma de la convocatoria\, NO por wetransfer. Grabar el martes en
  la sala de la Escuela con Dani.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:⏰ DEADLINE vídeo Granada
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ocg-audicion",
        uid="ocg-aud-2025-viola-0417@orquestaciudadgranada.es",
        interview=1, company="Orquesta Ciudad de Granada", role="Viola Tutti", stage="technical", interviewers="",
        trap="live-audition-after-video-preselection",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Orquesta Ciudad de Granada//Convocatorias//ES
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:ocg-aud-2025-viola-0417@orquestaciudadgranada.es
DTSTAMP:20250307T120000Z
DTSTART;TZID=Europe/Madrid:20250317T123000
DTEND;TZID=Europe/Madrid:20250317T130000
SUMMARY:OCG · Audición presencial Viola Tutti · nº 17
DESCRIPTION:Ha superado la fase de preselección por vídeo. Le corresponde e
 l número de actuación 17. Ronda eliminatoria tras cortina y\, en su caso\,
  ronda final el mismo día por la tarde.\nAuditorio Manuel de Falla\, Paseo
  de los Mártires s/n\, Granada.
LOCATION:Auditorio Manuel de Falla\, Granada
ORGANIZER;CN=Orquesta Ciudad de Granada:mailto:audiciones@orquestaciudadgranada.es
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ofgc-canarias",
        uid="3pq6rbl8v1e0nhk9a2s7t4d5co@google.com",
        interview=1, company="Orquesta Filarmónica de Gran Canaria", role="Viola Solista", stage="technical",
        interviewers="", trap="canary-timezone-audition-google",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CANARY + r"""BEGIN:VEVENT
DTSTART;TZID=Atlantic/Canary:20250630T100000
DTEND;TZID=Atlantic/Canary:20250630T103000
DTSTAMP:20250602T121541Z
ORGANIZER;CN=Secretaría Técnica OFGC:mailto:secretariatecnica@ofgrancanaria.com
UID:3pq6rbl8v1e0nhk9a2s7t4d5co@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250602T121429Z
DESCRIPTION:Audición Viola Solista – OFGC\n\nHora canaria (una hora menos q
 ue en la Península). Primera prueba: concierto de Walton o Bartók (1er mov
 .)\, Hindemith Der Schwanendreher (1er mov.) opcional\, solos de orquesta
 .\nAuditorio Alfredo Kraus\, Sala de Cámara.\n\nUn cordial saludo
LAST-MODIFIED:20250602T121541Z
LOCATION:Auditorio Alfredo Kraus\, Las Palmas de Gran Canaria
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audición Viola Solista OFGC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ost-audicion",
        uid="B27D6F4E-5C10-4A92-9E83-0D1F7A6B4C25",
        interview=1, company="Orquesta Sinfónica de Tenerife", role="", stage="technical", interviewers="",
        trap="self-typed-utc-audition-island",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250501T190112Z
DTSTAMP:20250501T190146Z
UID:B27D6F4E-5C10-4A92-9E83-0D1F7A6B4C25
SUMMARY:Audición OST 🏝️
DTSTART:20250602T080000Z
DTEND:20250602T113000Z
LOCATION:Auditorio de Tenerife Adán Martín
DESCRIPTION:ojo hora canaria. Primera ronda y final el mismo día si da tiem
 po. Binter 6:50 desde Barajas? mirar
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-gerente",
        uid="zoom-88123456701-ost-20250610",
        interview=1, company="Orquesta Sinfónica de Tenerife", role="Viola Tutti", stage="hiring_manager",
        interviewers="jmhernandez@sinfonicadetenerife.es",
        trap="zoom-talk-with-managing-director-after-audition",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Atlantic/Canary
LAST-MODIFIED:20240422T053451Z
X-LIC-LOCATION:Atlantic/Canary
BEGIN:STANDARD
TZNAME:WET
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:WEST
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250604T101522Z
DTSTART;TZID=Atlantic/Canary:20250610T120000
DTEND;TZID=Atlantic/Canary:20250610T124500
SUMMARY:OST - conversación con Gerencia (Irene Castellanos)
UID:zoom-88123456701-ost-20250610
TZID:Atlantic/Canary
DESCRIPTION:José Manuel Hernández Afonso le está invitando a una reunión de
  Zoom programada.\n\nTras la audición del día 2\, el gerente quiere hablar
  con usted sobre la incorporación\, condiciones del contrato y disponibilid
 ad.\n\nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/88123456701?pwd
 =bTZxY2dRdk5sWjRpQ0hFa1dBZz09\n\nID de reunión: 881 2345 6701\nCódigo de a
 cceso: 410582\n\n---\n\nMarcar según su ubicación\n• +34 917 873 431 Españ
 a\n• +34 931 787 317 España
LOCATION:https://us06web.zoom.us/j/88123456701?pwd=bTZxY2dRdk5sWjRpQ0hFa1dBZz09
ORGANIZER;CN=José Manuel Hernández Afonso:mailto:jmhernandez@sinfonicadetenerife.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="liceu-audicio",
        uid="liceu-aud-viola-2025-09-29-0042",
        interview=1, company="Orquestra Simfònica del Gran Teatre del Liceu", role="Viola tutti",
        stage="technical", interviewers="", trap="opera-house-audition-catalan-spanish",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gran Teatre del Liceu//Audicions//CA
METHOD:REQUEST
BEGIN:VEVENT
UID:liceu-aud-viola-2025-09-29-0042
DTSTAMP:20250901T080512Z
DTSTART:20250929T073000Z
DTEND:20250929T080000Z
SUMMARY:Audicions Orquestra del Liceu – Viola tutti / Audiciones Orquesta
  del Liceo – Viola tutti
DESCRIPTION:Candidat/a núm. 42: Irene Castellanos Vidal\n\nRonda 1 (rere c
 ortina): concert (1r mov.) + fragments d'òpera: Strauss\, Salome\; Verdi\,
  Otello\; Wagner\, Tristan.\nRonda 1 (tras cortina): concierto + pasajes de
  ópera.\n\nEntrada d'artistes\, c/ Sant Pau 1 bis.
LOCATION:Gran Teatre del Liceu\, Sala d'assaig
ORGANIZER;CN=Direcció Musical - Liceu:mailto:audicions@liceubarcelona.cat
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
