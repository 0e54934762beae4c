"""holdout171 events, part i: work look-alikes, practice and media (negatives)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="entrevista-alumna", uid="6c2e1d0a-exp-2024-3318@us-gestion.es",
        i=0, trap="student-entrevista-expediente-reconocimiento-creditos",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista con la alumna Irene Salas Montero (Grado en Educació
 n Primaria) sobre su expediente de reconocimiento de créditos (expte. 2024
 /3318) y la resolución desestimatoria recurrida. Traer expediente en papel.
DTEND;TZID="Romance Standard Time":20241029T113000
DTSTAMP:20241025T123000Z
DTSTART;TZID="Romance Standard Time":20241029T110000
LOCATION:Mi despacho
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;CN="irenesalmon@alum.us.es";RSVP=TRUE:mailto:irenesalmon@alum.us.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Entrevista alumna - expte. reconocimiento 2024/3318
TRANSP:OPAQUE
UID:6c2e1d0a-exp-2024-3318@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="bookings-permanencia", uid="AAMkBookingsUS-citaprevia-permanencia-1128",
        i=0, trap="bookings-host-student-permanencia-not-hiring",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Cita previa Gestión Académica":mailto:CitaPreviaGAcad@usgestion.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gest
 ion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Carmona Vela:mailto:hugcarvel@alum.us
 .es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva.\n\nServicio: Entrevista personal
  - Normativa de permanencia (solicitud de convocatoria adicional)\nCliente:
  Hugo Carmona Vela\nPersonal: Rocío Navarro Gil\nNotas del cliente: he ago
 tado convocatorias de Matemáticas II\n
UID:AAMkBookingsUS-citaprevia-permanencia-1128
SUMMARY;LANGUAGE=es-ES:Entrevista personal - Normativa de permanencia - Hugo Carmona Vela
DTSTART;TZID=Romance Standard Time:20241128T124000
DTEND;TZID=Romance Standard Time:20241128T130000
CLASS:PUBLIC
DTSTAMP:20241125T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Ventanilla 3 - Pabellón de México
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="reunion-seccion", uid="040000008200E00074C5B7101A82E008000000001177A0B3D6E3DA0100000000000000001000000SECC",
        i=0, trap="weekly-section-meeting-recurring-override",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morillo Sáez, Inés":mailto:imorillo@us-gestio
 n.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Becerra Lobo, Ramón":mailto:rbecerra@us-gesti
 on.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bermúdez Olmo, Ana":mailto:abermudez@us-gesti
 on.es
DESCRIPTION;LANGUAGE=es-ES:Seguimiento semanal: matrícula\, títulos\, recon
 ocimientos\, incidencias UXXI. 30 min máximo.
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E008000000001177A0B3D6E3DA0100000000000000001000000SECC
SUMMARY;LANGUAGE=es-ES:Reunión Sección Gestión Académica
DTSTART;TZID=Romance Standard Time:20240916T090000
DTEND;TZID=Romance Standard Time:20240916T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240910T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala reuniones Gestión Académica (Pab. México)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
DESCRIPTION;LANGUAGE=es-ES:Esta semana el martes (lunes festivo local).
RECURRENCE-ID;TZID=Romance Standard Time:20241202T090000
UID:040000008200E00074C5B7101A82E008000000001177A0B3D6E3DA0100000000000000001000000SECC
SUMMARY;LANGUAGE=es-ES:Reunión Sección Gestión Académica
DTSTART;TZID=Romance Standard Time:20241203T090000
DTEND;TZID=Romance Standard Time:20241203T093000
DTSTAMP:20241127T100000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Sala reuniones Gestión Académica (Pab. México)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="cgc-calidad", uid="e7b2a1c4-cgc-grado-primaria-20241211@us-gestion.es",
        i=0, trap="comision-garantia-calidad-meeting",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Orden del día: 1. Aprobación del acta anterior. 2. Informe anua
 l de seguimiento del título. 3. Plan de mejora. 4. Ruegos y preguntas.
DTEND;TZID="Romance Standard Time":20241211T130000
DTSTAMP:20241202T090000Z
DTSTART;TZID="Romance Standard Time":20241211T113000
LOCATION:Facultad de Ciencias de la Educación - Sala de Grados
ORGANIZER;CN="Vicedecanato de Calidad":mailto:vdcalidad.fce@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Comisión de Garantía de Calidad - Grado en Ed. Primaria
TRANSP:OPAQUE
UID:e7b2a1c4-cgc-grado-primaria-20241211@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="curso-tribunales", uid="formacion-ptgas-2025-014-ed2@us-gestion.es",
        i=0, trap="training-course-for-tribunal-members-interview-techniques",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Plan de Formación del PTGAS 2025. Curso 14 (2ª edición): Técni
 cas de entrevista por competencias para miembros de comisiones de selecció
 n y tribunales. 10 horas (2 sesiones). Modalidad presencial. Imparte: Área
  de Formación.
DTEND;TZID="Romance Standard Time":20250218T140000
DTSTAMP:20250130T070000Z
DTSTART;TZID="Romance Standard Time":20250218T090000
LOCATION:Centro de Formación del PTGAS - Aula 2
ORGANIZER;CN="Formación PTGAS":mailto:formacion.ptgas@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Curso 14/2025 - Entrevista por competencias (sesión 1)
TRANSP:OPAQUE
UID:formacion-ptgas-2025-014-ed2@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="webinar-ld", uid="zoom-webinar-88123004511-20241016",
        i=0, trap="webinar-how-to-prepare-libre-designacion-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20241010T121500Z
DTSTART;TZID=Europe/Madrid:20241016T190000
DTEND;TZID=Europe/Madrid:20241016T203000
SUMMARY:Webinar gratuito: Cómo preparar la entrevista de libre designación
  y la defensa de la memoria
UID:zoom-webinar-88123004511-20241016
DESCRIPTION:Gracias por registrarse en el webinar de Gestiona Oposiciones.
 \n\nPonente: Marisa Gallego\, preparadora de Escala de Gestión.\n\nÚnase d
 esde un PC\, Mac\, iPad o Android: https://us02web.zoom.us/w/88123004511\n
 Código de acceso: 771205
LOCATION:https://us02web.zoom.us/w/88123004511
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="simulacro", uid="C41F0A7E-simulacro-carmen-1025",
        i=0, trap="mock-interview-with-coach-simulacro",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241015T210000Z
UID:C41F0A7E-simulacro-carmen-1025
DTEND;TZID=Europe/Madrid:20241018T193000
TRANSP:OPAQUE
SUMMARY:Simulacro entrevista con Carmen (para Granada)
DTSTART;TZID=Europe/Madrid:20241018T180000
DTSTAMP:20241015T210000Z
LOCATION:casa de Carmen\, Triana
DESCRIPTION:ella hace de comisión. practicar presentación de la memoria en
  10 min y pregunta de conflicto en el equipo. llevar vino
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="mock-eu", uid="bxl-coaching-mock-0321-rng@calendly.com",
        i=0, trap="mock-interview-eu-coaching-english-paid",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bxl-coaching-mock-0321-rng@calendly.com
DTSTAMP:20241202T093000Z
DTSTART:20241209T170000Z
DTEND:20241209T180000Z
SUMMARY:Mock Selection Board Interview (60 min) between EU Careers Coachin
 g and Rocío Navarro Gil
ORGANIZER;CN=Pieter Vandenberghe:mailto:pieter@eucareerscoaching.eu
ATTENDEE;CN=Rocío Navarro Gil;PARTSTAT=ACCEPTED:mailto:rocionavarro.gil@ho
 tmail.com
DESCRIPTION:Event Name: Mock Selection Board Interview (60 min)\n\nPlease s
 hare: Which selection procedure are you preparing?\nEUIPO TA AD6 - Acade
 mic Cooperation Officer\, interview on 12 Dec\n\nLocation: Zoom https://z
 oom.us/j/6631002291\n\nPowered by Calendly.com
LOCATION:https://zoom.us/j/6631002291
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="prensa", uid="3b9d0e1f-prensa-diario-sevilla@us-gestion.es",
        i=0, trap="press-interview-newspaper-matricula",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Gabinete de Comunicación: la periodista Elena Roldán (Diario de
  Sevilla) quiere entrevistarte para un reportaje sobre el nuevo sistema de
  automatrícula y las colas de septiembre. 20 min\, con fotógrafo. Te paso
  argumentario.
DTEND;TZID="Romance Standard Time":20241008T121500
DTSTAMP:20241003T110000Z
DTSTART;TZID="Romance Standard Time":20241008T115000
LOCATION:Pabellón de México - entrada
ORGANIZER;CN="Gabinete de Comunicación":mailto:comunicacion@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Entrevista Diario de Sevilla - automatrícula
TRANSP:OPAQUE
UID:3b9d0e1f-prensa-diario-sevilla@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="podcast", uid="8fd6t0v2m4k1q3s5u7w9y1a3c5@google.com",
        i=0, trap="podcast-recording-interview-guest",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250122T180000
DTEND;TZID=Europe/Madrid:20250122T190000
DTSTAMP:20250115T101010Z
ORGANIZER;CN=Gestión Universitaria en Abierto:mailto:podcast.gua@gmail.com
UID:8fd6t0v2m4k1q3s5u7w9y1a3c5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gil@h
 otmail.com
DESCRIPTION:Grabación del episodio 42: "La secretaría que no se ve" - entre
 vista a Rocío Navarro (Universidad de Sevilla). Graba con auriculares\, p
 or Riverside: https://riverside.fm/studio/gua-podcast
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast GUA - grabación entrevista ep. 42
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
