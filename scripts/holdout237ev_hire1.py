"""holdout237 events: Irene on the hiring side at the OSVM part 1 (juries, scores, trial weeks)."""

from holdout237ev_tz import MADRID_GOOGLE

EVENTS = [
    dict(
        kind="tribunal-extras",
        uid="0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-tribunal-bolsa-extras-primera-ronda",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250127T100000
DTEND;TZID=Europe/Madrid:20250127T143000
DTSTAMP:20250109T120045Z
ORGANIZER;CN=Inspección OSVM:mailto:inspeccion@osvmadrid.es
UID:0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen
  Duarte;X-NUM-GUESTS=0:mailto:cduarte@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Irene Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rafael
  Olmos;X-NUM-GUESTS=0:mailto:rolmos@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inspec
 ción OSVM;X-NUM-GUESTS=0:mailto:inspeccion@osvmadrid.es
CREATED:20250109T115902Z
DESCRIPTION:Tribunal para la actualización de la bolsa de extras de VIOLA.
 \nPrimera ronda tras cortina\, 24 aspirantes en turnos de 8 min. Cada miem
 bro del tribunal rellena su hoja (afinación\, sonido\, ritmo\, estilo) SIN
  comentar entre turnos.\nCarmen preside. Café en el office a las 12:00.
LAST-MODIFIED:20250109T120045Z
LOCATION:OSVM – Sala de ensayo A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tribunal bolsa extras violas – 1ª ronda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tribunal-plaza",
        uid="1d3f5h7j9l1n3p5r7t9v1x3z5b@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-tribunal-final-temporary-post",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250404T160000
DTEND;TZID=Europe/Madrid:20250404T190000
DTSTAMP:20250320T094401Z
ORGANIZER;CN=RRHH OSVM:mailto:rrhh@osvmadrid.es
UID:1d3f5h7j9l1n3p5r7t9v1x3z5b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gonzal
 o Ibarra;X-NUM-GUESTS=0:mailto:gibarra@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen
  Duarte;X-NUM-GUESTS=0:mailto:cduarte@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Irene Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sala de
  Cámara (OSVM);X-NUM-GUESTS=0:mailto:osvmadrid.es_3530373238@resource.cale
 ndar.google.com
CREATED:20250320T094222Z
DESCRIPTION:Ronda final de la convocatoria de VIOLA TUTTI (contrato tempora
 l\, temporada 25/26). 3 finalistas: lectura de la parte del programa 12 y
  cuarteto con los solistas. Votación del tribunal al terminar. RRHH levant
 a acta.
LAST-MODIFIED:20250320T094401Z
LOCATION:Sala de Cámara (OSVM)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Convocatoria viola tutti – final (tribunal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hojas-valoracion",
        uid="5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scoring-sheets-deadline",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250127T190012Z
DTSTAMP:20250127T190030Z
UID:5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C
SUMMARY:entregar hojas valoración violas a Inspección
DTSTART;VALUE=DATE:20250129
DTEND;VALUE=DATE:20250130
DESCRIPTION:las 24 firmadas + resumen puntos 2ª ronda. Escanear las de Rafa
  también
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="deliberacion",
        uid="2e4g6i8k0m2o4q6s8u0w2y4a6c@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-deliberacion-acta-ranking",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250130T131500
DTEND;TZID=Europe/Madrid:20250130T140000
DTSTAMP:20250128T101500Z
ORGANIZER;CN=Carmen Duarte:mailto:cduarte@osvmadrid.es
UID:2e4g6i8k0m2o4q6s8u0w2y4a6c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen
  Duarte;X-NUM-GUESTS=0:mailto:cduarte@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Irene
  Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rafael
  Olmos;X-NUM-GUESTS=0:mailto:rolmos@osvmadrid.es
CREATED:20250128T101402Z
DESCRIPTION:Juntamos puntuaciones de las dos rondas y cerramos el orden de
  la bolsa (los 8 primeros). Después del parcial\, en el despacho de Inspec
 ción. Traed vuestras hojas.
LAST-MODIFIED:20250128T101500Z
LOCATION:Despacho Inspección
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Deliberación + acta bolsa violas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="semana-prueba",
        uid="7A8B9C0D-1E2F-4A3B-9C4D-5E6F7A8B9C0D",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-trial-week-shares-stand",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250224T081500Z
DTSTAMP:20250224T081522Z
UID:7A8B9C0D-1E2F-4A3B-9C4D-5E6F7A8B9C0D
SUMMARY:Jorge Ortega de prueba en mi atril (prog. 8)
DTSTART;VALUE=DATE:20250303
DTEND;VALUE=DATE:20250308
DESCRIPTION:1º de la bolsa. Carmen quiere mi opinión el viernes: lectura\, c
 ómo sigue\, empaste\, puntualidad. Apuntar cosas cada día.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reply-aceptada",
        uid="6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-reply-accepted",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250311T090000Z
DTEND:20250311T094500Z
DTSTAMP:20250305T204510Z
ORGANIZER;CN=Irene Castellanos:mailto:icastellanos@osvmadrid.es
UID:6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Quiles;X-NUM-GUESTS=0:mailto:martaquiles.viola@gmail.com
CREATED:20250305T180011Z
DESCRIPTION:Marta\, como hablamos: lectura a primera vista con la parte de
  viola del programa 9 (Shostakovich 10) antes del ensayo. Si va bien\, Ins
 pección te llama para la semana de prueba.\nIrene
LAST-MODIFIED:20250305T204510Z
LOCATION:OSVM – cabina 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lectura a vista – Marta Quiles
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agencia-propone",
        uid="AAMkAGQ5ZTFiMDAwLTk0YjgtNDk5Ni1iOWE3LWE0ZjI0ZGQzZjM2MQBGAAAAAAC7",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-agency-proposes-violist-for-substitution",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Sonia Paredes (Musicorp Artists):mailto:sonia.paredes@musicorp-artists.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=icastellanos@osvmadrid.es:mailto:icastel
 lanos@osvmadrid.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cduarte@osvmadrid.es:mailto:cduarte@osvm
 adrid.es
DESCRIPTION;LANGUAGE=es-ES:Hola Irene\, hola Carmen:\n\nComo os comenté\, represento a Oleksandr
  Kovalenko (viola\, ex-Filarmónica de Kiev\, ahora en Madrid). Para cubrir la baja de ayuda de
  solista en primavera creo que encaja muy bien. En la llamada os cuento su trayectoria y os mand
 o vídeo y CV.\n\nUn saludo\,\nSonia\n
UID:AAMkAGQ5ZTFiMDAwLTk0YjgtNDk5Ni1iOWE3LWE0ZjI0ZGQzZjM2MQBGAAAAAAC7
SUMMARY;LANGUAGE=es-ES:Musicorp / OSVM – propuesta violista para la sustitución
DTSTART:20250206T103000Z
DTEND:20250206T110000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T161212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="comision-artistica",
        uid="3f5h7j9l1n3p5r7t9v1x3z5b7d@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-committee-votes-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250409T141500
DTEND;TZID=Europe/Madrid:20250409T150000
DTSTAMP:20250405T090909Z
ORGANIZER;CN=Gonzalo Ibarra:mailto:gibarra@osvmadrid.es
UID:3f5h7j9l1n3p5r7t9v1x3z5b7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gonzal
 o Ibarra;X-NUM-GUESTS=0:mailto:gibarra@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Irene Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Comité
  artístico;X-NUM-GUESTS=0:mailto:comite.artistico@osvmadrid.es
CREATED:20250405T090800Z
DESCRIPTION:Único punto: propuesta de nombramiento tras la final de viola
  tutti. Irene\, como vocal del tribunal\, presenta el resumen de la votac
 ión. Voto del comité y firma.
LAST-MODIFIED:20250405T090909Z
LOCATION:Sala de juntas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comité artístico – nombramiento viola tutti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="notas-aspirantes",
        uid="9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-own-notes-on-numbered-candidates",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250127T150500Z
DTSTAMP:20250127T151044Z
UID:9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F
SUMMARY:notas aud.
DTSTART:20250127T144500
DTEND:20250127T150000
DESCRIPTION:nº3 precioso sonido pero Don Juan muy corrido\nnº7 afinación im
 pecable\, muy seguro -> SÍ\nnº12 nervios\, se paró en Mendelssohn\nnº15 id
 eal para bolsa\, ojo no vive en Madrid\nnº19 = el alumno de Carmen? (no d
 ebería saberlo jaja)
END:VEVENT
END:VCALENDAR
""",
    ),
]
