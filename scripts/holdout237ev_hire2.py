"""holdout237 events: Irene on the hiring side at the OSVM, part 2 (academy entrance, committee, reports)."""

from holdout237ev_tz import MADRID_GOOGLE

EVENTS = [
    dict(
        kind="calendly-anfitriona",
        uid="f2a9c1e7-5b3d-4a8f-8e6c-0d1b2a3c4e5f",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calendly-host-academy-applicant",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f2a9c1e7-5b3d-4a8f-8e6c-0d1b2a3c4e5f
DTSTAMP:20250508T201500Z
DTSTART:20250514T150000Z
DTEND:20250514T152000Z
SUMMARY:Hugo Serrano y Irene Castellanos - Entrevista aspirantes Academia OSVM (viola)
ORGANIZER;CN=Irene Castellanos:mailto:icastellanos@osvmadrid.es
ATTENDEE;CN=Hugo Serrano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hugoserrano.va@gmail.com
DESCRIPTION:Event Name: Entrevista aspirantes Academia OSVM (viola)\n\nLoca
 tion: Google Meet\n\nQuestions:\n¿Conservatorio y curso actual?: 4º Superi
 or\, RCSMM\n¿Experiencia orquestal?: JONDE 2023\, JORCAM\n¿Por qué quieres
  entrar en la Academia?: Aprender repertorio sinfónico con la sección\n\nN
 eed to make changes to this event?\nCancel: https://calendly.com/cancellati
 ons/f2a9c1e7\nReschedule: https://calendly.com/reschedulings/f2a9c1e7
LOCATION:https://meet.google.com/abq-yzfe-kmr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-academia",
        uid="bk-academia-osvm-2025-b81e77c0a4",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-bookings-staff-academy-entrance-test",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Academia OSVM:mailto:AcademiaOSVM@osvmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos:mailto:icastellanos@osv
 madrid.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Prueba de acceso Academia – Viola (20 m
 in)\nPersonal: Irene Castellanos\nCliente: Lucía Ferrer Bosch\nCorreo: luciaferrerb@hotmail.com
 \nTeléfono: 6XX XXX 903\n\nNotas del cliente: Traigo el concierto de Hoffmeister y la Partita
  de Bach en re menor (transcripción).\n
UID:bk-academia-osvm-2025-b81e77c0a4
SUMMARY;LANGUAGE=es-ES:Prueba de acceso Academia – Viola con Lucía Ferrer Bosch
DTSTART:20250521T084000Z
DTEND:20250521T090000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T130215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:OSVM – Aula 4
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oyente-comite",
        uid="4g6i8k0m2o4q6s8u0w2y4a6c8e@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-shadowing-violin-audition-no-vote",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250616T100000
DTEND;TZID=Europe/Madrid:20250616T133000
DTSTAMP:20250602T080000Z
ORGANIZER;CN=Inspección OSVM:mailto:inspeccion@osvmadrid.es
UID:4g6i8k0m2o4q6s8u0w2y4a6c8e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Irene Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
CREATED:20250602T075933Z
DESCRIPTION:Irene: como nueva representante en el comité de orquesta puedes
  estar de oyente en la audición de VIOLÍN II tutti (sin voto)\, para que
  veas cómo funciona el tribunal antes de la de violas de otoño.
LAST-MODIFIED:20250602T080000Z
LOCATION:OSVM – Sala de ensayo A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audición violín II – oyente comité (Irene)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lista-pasajes",
        uid="1E2F3A4B-5C6D-4E7F-8A9B-0C1D2E3F4A5B",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-prepare-excerpt-list-for-own-jury",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250107T100000Z
DTSTAMP:20250107T100020Z
UID:1E2F3A4B-5C6D-4E7F-8A9B-0C1D2E3F4A5B
SUMMARY:lista pasajes para la audi de extras (mandar a Carmen)
DTSTART:20250110T100000
DTEND:20250110T113000
DESCRIPTION:6 pasajes máx. Don Juan\, Mozart 35\, Brahms 2 (2º mov)\, Mend
 elssohn scherzo\, Bruckner 4 (no)\, Strauss Heldenleben? Copias del archi
 vo.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="criterios-tribunal",
        uid="040000008200E00074C5B7101A82E00800000000C1B2A3D4E5F6DB0100000000000000001000000011223344",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-jury-criteria-meeting-teams",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Merino Sáez, Lucía";SENT-BY="mailto:secretaria.rrhh@osvmadrid.es":mailto:lmerino@osvmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellanos Vidal, Irene":mailto:icaste
 llanos@osvmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Duarte Lera, Carmen":mailto:cduarte@osv
 madrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibarra Goñi, Gonzalo":mailto:gibarra@os
 vmadrid.es
DESCRIPTION;LANGUAGE=es-ES:Orden del día:\n1. Bases de la convocatoria viola tutti (temporal):
  repertorio\, rondas\, cortina\n2. Baremo de valoración y reparto de hojas\n3. Abstenciones (re
 lación con aspirantes)\n\n________________________________________________________________
 ________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil
  o dispositivo de sala\nId. de la reunión: 311 208 449 761\nCódigo de acceso: Gm4tR8\n_______
 _________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C1B2A3D4E5F6DB0100000000000000001000000011223344
SUMMARY;LANGUAGE=es-ES:Tribunal convocatoria viola – criterios y baremo
DTSTART:20250305T111500Z
DTEND:20250305T120000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="feedback-aspirante",
        uid="2F3A4B5C-6D7E-4F8A-9B0C-1D2E3F4A5B6C",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-feedback-call-to-rejected-candidate",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250131T091000Z
DTSTAMP:20250131T091015Z
UID:2F3A4B5C-6D7E-4F8A-9B0C-1D2E3F4A5B6C
SUMMARY:llamar a Sara Nieto (aud. extras)
DTSTART:20250203T190000
DTEND:20250203T191500
DESCRIPTION:me pidió comentarios\, quedó 11ª. Ser amable: ritmo en Mozart
  35\, sonido muy bonito. Que se presente otra vez en otoño
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="videos-preseleccion",
        uid="5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scoring-preselection-videos",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250915
DTEND;VALUE=DATE:20250918
DTSTAMP:20250910T100000Z
UID:5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
DESCRIPTION:42 vídeos de la preselección de violas (convocatoria otoño). Pu
 ntuar en la hoja compartida de Inspección antes del jueves 18\, 10:00. No
  mirar nombres (vienen por código).
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valorar vídeos preselección violas
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tribunal-jorcam",
        uid="jorcam-pruebas-2025-cuerda-grave-07",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-external-jury-youth-orchestra-entry",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fundación ORCAM//JORCAM Pruebas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:jorcam-pruebas-2025-cuerda-grave-07
DTSTAMP:20250901T100000Z
DTSTART:20250920T080000Z
DTEND:20250920T140000Z
SUMMARY:Pruebas de acceso JORCAM 25/26 – viola – miembro del tribunal
DESCRIPTION:Estimada Irene\, gracias por aceptar formar parte del tribunal
  de las pruebas de acceso de VIOLA de la Joven Orquesta de la Comunidad de
  Madrid. 18 aspirantes. Honorarios según tarifa de tribunal externo.
LOCATION:Real Conservatorio Superior de Música de Madrid\, aula 107
ORGANIZER;CN=JORCAM Coordinación:mailto:jorcam@madrid.org
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidata-gmail",
        uid="7j9l1n3p5r7t9v1x3z5b7d9f1h@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-free-mail-plays-for-her",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251016T093000
DTEND;TZID=Europe/Madrid:20251016T100000
DTSTAMP:20251013T212121Z
ORGANIZER;CN=Ainhoa Berrocal:mailto:ainhoaberrocal.viola@gmail.com
UID:7j9l1n3p5r7t9v1x3z5b7d9f1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ainhoa
  Berrocal;X-NUM-GUESTS=0:mailto:ainhoaberrocal.viola@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=icastellanos@osvmadrid.es;X-NUM-GUESTS=0:mailto:icastellanos@osvma
 drid.es
CREATED:20251013T212005Z
DESCRIPTION:Hola Irene! Inspección me dijo que para entrar como refuerzo en
  la gira de Viena tengo que tocar antes para ti. Te pongo el jueves antes
  del ensayo\, ¿te va bien? Llevo Don Juan y el Mozart. Gracias!! Ainhoa
LAST-MODIFIED:20251013T212121Z
LOCATION:OSVM
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tocar para Irene (refuerzo gira)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ranking-director",
        uid="8k0m2o4q6s8u0w2y4a6c8e0g2i@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-debrief-with-artistic-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251002T134500
DTEND;TZID=Europe/Madrid:20251002T141500
DTSTAMP:20250929T083000Z
ORGANIZER;CN=Gonzalo Ibarra:mailto:gibarra@osvmadrid.es
UID:8k0m2o4q6s8u0w2y4a6c8e0g2i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Irene Castellanos;X-NUM-GUESTS=0:mailto:icastellanos@osvmadrid.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen
  Duarte;X-NUM-GUESTS=0:mailto:cduarte@osvmadrid.es
CREATED:20250929T082900Z
DESCRIPTION:Quiero oír vuestras impresiones de los vídeos antes de cerrar a
 quién invitamos a la audición presencial. 10 min cada una\, con vuestras
  puntuaciones.
LAST-MODIFIED:20250929T083000Z
LOCATION:Despacho Dirección Artística
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Violas: puesta en común preselección
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="informe-prueba",
        uid="3A4B5C6D-7E8F-4A9B-8C0D-1E2F3A4B5C6D",
        interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-trial-period-report-new-colleague",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T170000Z
DTSTAMP:20251103T170011Z
UID:3A4B5C6D-7E8F-4A9B-8C0D-1E2F3A4B5C6D
SUMMARY:Informe período de prueba Andrés (tutti va.) → RRHH
DTSTART:20251107T090000
DTEND:20251107T100000
DESCRIPTION:formulario de RRHH: adaptación a la sección\, lectura\, actitud
 . Recomendar que pase? Hablarlo antes con Carmen.
END:VEVENT
END:VCALENDAR
""",
    ),
]
