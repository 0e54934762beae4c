"""holdout171 events, part g: the user on the HIRING side at the Universidad de Sevilla (negatives)."""

from holdout171ev_tz import MADRID_APPLE, ROMANCE

EVENTS = [
    dict(
        k="tribunal-lectura", uid="040000008200E00074C5B7101A82E00800000000712F9E3C0B1ADB0100000000000000001000000TRIB",
        i=0, trap="user-as-interviewer-tribunal-secretaria-recurring-override",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Servicio de PTGAS - Oposiciones":mailto:oposiciones.ptgas@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gesti
 on.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Campos Ríos, Manuel":mailto:mcampos@us-ge
 stion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Luque Barrera, Esperanza":mailto:eluque@
 us-gestion.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Pabellón de Brasil - Aula Magna":mailto:aulamagna.brasil
 @us-gestion.es
DESCRIPTION;LANGUAGE=es-ES:Tribunal calificador - Escala Administrativa (C1
 )\, turno libre\, OEP 2023.\nSesiones de lectura pública del segundo ejerci
 cio. Llamamientos por orden alfabético a partir de la letra V (sorteo SEAP)
 . Secretaria: Rocío Navarro Gil. Se ruega puntualidad: los aspirantes son c
 onvocados a las 9:00.\nPlantillas de corrección en la carpeta compartida \\
 Tribunal_C1_2023\\Lectura.
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000712F9E3C0B1ADB0100000000000000001000000TRIB
SUMMARY;LANGUAGE=es-ES:Tribunal C1 - lectura 2º ejercicio
DTSTART;TZID=Romance Standard Time:20250211T090000
DTEND;TZID=Romance Standard Time:20250211T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T104400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Pabellón de Brasil - Aula Magna
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Servicio de PTGAS - Oposiciones":mailto:oposiciones.ptgas@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gesti
 on.es
DESCRIPTION;LANGUAGE=es-ES:Sesión trasladada al jueves por coincidir con el
  Consejo de Gobierno. Misma sala.
RECURRENCE-ID;TZID=Romance Standard Time:20250225T090000
UID:040000008200E00074C5B7101A82E00800000000712F9E3C0B1ADB0100000000000000001000000TRIB
SUMMARY;LANGUAGE=es-ES:Tribunal C1 - lectura 2º ejercicio (TRASLADADA)
DTSTART;TZID=Romance Standard Time:20250227T090000
DTEND;TZID=Romance Standard Time:20250227T140000
DTSTAMP:20250214T121000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Pabellón de Brasil - Aula Magna
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="becas-formacion", uid="040000008200E00074C5B7101A82E0080000000033DA8B2C1E1FDB0100000000000000001000000BECF",
        i=0, trap="user-as-interviewer-becas-formacion-entrevistas-she-organises",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morillo Sáez, Inés":mailto:imorillo@us-g
 estion.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Becerra Lobo, Ramón":mailto:rbecerra@us-g
 estion.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala reuniones Gestión Académica (Pab. México)":mailto:sa
 la.gacad@us-gestion.es
DESCRIPTION;LANGUAGE=es-ES:Entrevistas a las 6 personas preseleccionadas pa
 ra las 3 becas de formación en la Sección (convocatoria Plan Propio\, reso
 lución 4/11). 20 min cada una: 10:00 / 10:20 / 10:40 / 11:20 / 11:40 / 12:0
 0. Os paso el listado y la rúbrica por correo. Inés\, tú llevas la parte d
 e ofimática.
UID:040000008200E00074C5B7101A82E0080000000033DA8B2C1E1FDB0100000000000000001000000BECF
SUMMARY;LANGUAGE=es-ES:Entrevistas becas de formación Gestión Académica
DTSTART;TZID=Romance Standard Time:20241119T100000
DTEND;TZID=Romance Standard Time:20241119T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241112T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala reuniones Gestión Académica (Pab. México)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="reply-accepted", uid="040000008200E00074C5B7101A82E0080000000033DA8B2C1E1FDB0100000000000000001000000BEC4",
        i=0, trap="user-as-interviewer-candidate-reply-accepted-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20241119T092000Z
DTEND:20241119T094000Z
DTSTAMP:20241113T181455Z
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
UID:040000008200E00074C5B7101A82E0080000000033DA8B2C1E1FDB0100000000000000001000000BEC4
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carlos
  Gallardo Ponce;X-NUM-GUESTS=0:mailto:carlosgallardo.p99@gmail.com
COMMENT;X-COMMENT-AUTHOR=carlosgallardo.p99@gmail.com:Muchas gracias\, allí
  estaré.
CREATED:20241112T093000Z
DESCRIPTION:Le convocamos a la entrevista de la beca de formación en la Sec
 ción de Gestión Académica. Pabellón de México\, planta baja.
LAST-MODIFIED:20241113T181455Z
LOCATION:Pabellón de México - Sección de Gestión Académica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista beca de formación - Carlos Gallardo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="baremacion", uid="d2c19a7e-5f44-4b0b-91a3-bolsa-c1-sesion2@us-gestion.es",
        i=0, trap="user-as-interviewer-comision-baremacion-meritos",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Segunda sesión de la Comisión de Selección de la bolsa de traba
 jo de Administrativos C1: baremación de méritos de los aspirantes 101 a 24
 0 y resolución de alegaciones. Trae la hoja de cálculo de puntuaciones act
 ualizada\, Rocío (como secretaria levantas acta).
DTEND;TZID="Romance Standard Time":20241024T140000
DTSTAMP:20241017T112001Z
DTSTART;TZID="Romance Standard Time":20241024T093000
LOCATION:Rectorado - Sala de Comisiones (planta 1ª)
ORGANIZER;CN="Ledesma Gómez, Francisco":mailto:fledesma@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
ATTENDEE;CN="Pineda Salas, Concha";RSVP=TRUE:mailto:cpineda@us-gestion.es
ATTENDEE;CN="Representante Junta de PTGAS";RSVP=TRUE:mailto:junta.ptgas@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Comisión Selección bolsa C1 - baremación (2ª sesión)
TRANSP:OPAQUE
UID:d2c19a7e-5f44-4b0b-91a3-bolsa-c1-sesion2@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="vocal-comision", uid="040000008200E00074C5B7101A82E00800000000F0E4A7B61D21DB0100000000000000001000000NEGT",
        i=0, trap="user-as-interviewer-vocal-comision-entrevistas-concurso",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ledesma Gómez, Francisco";SENT-BY="mailto:secretaria.ptgas@us-gestion.es":mailto:fledesma@us
 -gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Navarro Gil, Rocío":mailto:rnavarro@us-g
 estion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ortiz Prada, Lucía":mailto:lortiz@us-ges
 tion.es
DESCRIPTION;LANGUAGE=es-ES:Comisión de valoración del concurso específico
  para la Jefatura de Negociado de Títulos. Entrevistas a los 4 aspirantes a
 dmitidos (memoria + entrevista). Presidente: F. Ledesma. Vocales: R. Navar
 ro\, L. Ortiz. Orden: Díaz Morón\, Gutiérrez Ávila\, Romero Lara\, Vega Pas
 tor.
UID:040000008200E00074C5B7101A82E00800000000F0E4A7B61D21DB0100000000000000001000000NEGT
SUMMARY;LANGUAGE=es-ES:Concurso Jefatura Negociado Títulos - entrevistas aspirantes
DTSTART;TZID=Romance Standard Time:20250305T090000
DTEND;TZID=Romance Standard Time:20250305T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T100010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Rectorado - Sala de Comisiones
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="notas-tarde", uid="B9E2F7A1-44C3-4F0A-9D1E-notas-becarios",
        i=0, trap="user-as-interviewer-hand-typed-candidate-notes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241119T112510Z
UID:B9E2F7A1-44C3-4F0A-9D1E-notas-becarios
DTEND;TZID=Europe/Madrid:20241119T123000
TRANSP:OPAQUE
SUMMARY:becas - 2ª tanda
DTSTART;TZID=Europe/Madrid:20241119T112000
DTSTAMP:20241119T130244Z
DESCRIPTION:Lucía M: muy bien\, ya ha usado UXXI en prácticas\, floja en n
 ormativa de permanencia. 8\nJavier R: no se presentó\nAlba S: tímida pero
  resolutiva\, buen excel. 7\,5\nCarlos G: correcto. 6\n-> proponer Lucía y
  Alba + Carlos suplente. Pasar notas a Inés
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="randstad-cv", uid="randstad-sev-2025-0113-cand-4471",
        i=0, trap="user-as-interviewer-agency-sends-candidate-ett",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Rocío\,\n\nComo hablamos\, te presento a la candidata para
  el refuerzo de la campaña de matrícula de febrero (Fundación US\, contrato
  de puesta a disposición\, 3 meses): Sandra Molina\, 2 años en secretaría d
 e un centro de FP\, disponibilidad inmediata. Te adjunto su CV. Te propong
 o una entrevista breve con ella en tu oficina; yo no estaré presente.\n\nU
 n saludo\,\nPatricia Chaves\nConsultora - Randstad Sevilla Nervión
DTEND;TZID="Romance Standard Time":20250116T101500
DTSTAMP:20250113T081800Z
DTSTART;TZID="Romance Standard Time":20250116T094500
LOCATION:Pabellón de México - Sección de Gestión Académica
ORGANIZER;CN="Chaves, Patricia":mailto:patricia.chaves@randstad.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
ATTENDEE;CN="sandramolina.aux@hotmail.com";RSVP=TRUE:mailto:sandramolina.aux@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Entrevista Sandra Molina - refuerzo matrícula (Randstad)
TRANSP:OPAQUE
UID:randstad-sev-2025-0113-cand-4471
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="deliberacion", uid="c7a0e11f-delib-tec-calidad-20250120@us-gestion.es",
        i=0, trap="user-as-interviewer-deliberacion-debrief",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Puesta en común de las puntuaciones de las entrevistas (Técnico
 /a de Calidad\, interinidad) y propuesta de la Comisión. Traed cada uno vue
 stra hoja de valoración firmada. Redacto el acta en la misma sesión.
DTEND;TZID="Romance Standard Time":20250120T133000
DTSTAMP:20250116T120000Z
DTSTART;TZID="Romance Standard Time":20250120T123000
LOCATION:Despacho Jefatura de Servicio
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;CN="Ledesma Gómez, Francisco";RSVP=TRUE:mailto:fledesma@us-gestion.es
ATTENDEE;CN="Aranda Vela, Pilar";RSVP=TRUE:mailto:paranda@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Deliberación Comisión - Técnico/a Calidad
TRANSP:OPAQUE
UID:c7a0e11f-delib-tec-calidad-20250120@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="acta-lista", uid="4f88c0d2-acta-c1-20250306@us-gestion.es",
        i=0, trap="user-as-interviewer-firma-acta-calificaciones-tribunal",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Firmar acta 2º ejercicio (calificaciones) y mandar a Servicio
  PTGAS para publicar lista provisional de aprobados. Revisar empates (crite
 rio base 7.3).
DTEND;TZID="Romance Standard Time":20250306T100000
DTSTAMP:20250303T083000Z
DTSTART;TZID="Romance Standard Time":20250306T090000
PRIORITY:5
SEQUENCE:0
SUMMARY:Acta tribunal C1 + lista aprobados
TRANSP:OPAQUE
UID:4f88c0d2-acta-c1-20250306@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="bookings-practicas", uid="AAMkBookingsUS-practicas-extracurric-0219-1045",
        i=0, trap="user-as-interviewer-bookings-host-practicas-candidates",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Prácticas Gestión Académica US":mailto:PracticasGAcad@usgestion.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gest
 ion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marina Sevillano Ruiz:mailto:marsevrui@alu
 m.us.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva.\n\nServicio: Entrevista selecció
 n - Prácticas extracurriculares (ÍCARO ref. 58812)\nCliente: Marina Sevill
 ano Ruiz\nPersonal: Rocío Navarro Gil\nNotas del cliente: Grado en Admini
 stración y Dirección de Empresas\, 4º curso.\n\nUnirse a Microsoft Teams: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_IcRo58@thread.v2/0\n
UID:AAMkBookingsUS-practicas-extracurric-0219-1045
SUMMARY;LANGUAGE=es-ES:Entrevista selección Prácticas extracurriculares - Marina Sevillano Ruiz
DTSTART;TZID=Romance Standard Time:20250219T104500
DTEND;TZID=Romance Standard Time:20250219T110500
CLASS:PUBLIC
DTSTAMP:20250214T201155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
]
