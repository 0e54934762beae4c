"""holdout171 events, part h: more events with the user on the HIRING side (negatives)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="observadora", uid="040000008200E00074C5B7101A82E008000000005C1B9F2E7D22DB0100000000000000001000000OBSV",
        i=0, trap="user-as-interviewer-shadowed-by-new-vocal",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruano Pérez, Marta":mailto:mruano@us-gestion.
 es
DESCRIPTION;LANGUAGE=es-ES:Marta\, como vas a entrar de vocal suplente en l
 as próximas comisiones\, vente el miércoles de oyente a las entrevistas de
 l concurso de Títulos. No puntúas\, solo observas cómo llevamos el guion y
  el turno de preguntas. Luego comentamos 15 min.
UID:040000008200E00074C5B7101A82E008000000005C1B9F2E7D22DB0100000000000000001000000OBSV
SUMMARY;LANGUAGE=es-ES:Marta de oyente - entrevistas concurso Títulos
DTSTART;TZID=Romance Standard Time:20250305T090000
DTEND;TZID=Romance Standard Time:20250305T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Rectorado - Sala de Comisiones
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="vigilancia-prueba", uid="f1e03b77-vigilancia-c2-ofimatica@us-gestion.es",
        i=0, trap="user-as-interviewer-vigilancia-prueba-practica-aspirantes",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Colaboración en la prueba práctica de ofimática (Word/Excel) d
 e la bolsa de Auxiliares Administrativos C2. 40 aspirantes por turno. Func
 iones: identificación de aspirantes\, reparto de enunciados\, control de
  tiempos y recogida de ficheros en USB. Colaboradora: Rocío Navarro Gil.
DTEND;TZID="Romance Standard Time":20241212T140000
DTSTAMP:20241204T100000Z
DTSTART;TZID="Romance Standard Time":20241212T083000
LOCATION:ETSI Informática - Aulas I1.30 e I1.31
ORGANIZER;CN="Servicio de PTGAS - Oposiciones":mailto:oposiciones.ptgas@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Prueba práctica bolsa C2 - colaboradores/vigilancia
TRANSP:OPAQUE
UID:f1e03b77-vigilancia-c2-ofimatica@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="plantillas", uid="0A3C9E5B-plantillas-valoracion-calidad",
        i=0, trap="user-as-interviewer-scorecard-task-typed",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250116T092000Z
UID:0A3C9E5B-plantillas-valoracion-calidad
DTEND;TZID=Europe/Madrid:20250117T093000
TRANSP:TRANSPARENT
SUMMARY:rellenar plantillas valoración entrevistas (Téc. Calidad) -> Paco
DTSTART;TZID=Europe/Madrid:20250117T083000
DTSTAMP:20250116T092000Z
DESCRIPTION:5 candidatos. criterios: conocimiento SGIC\, AUDIT\, comunicaci
 ón\, motivación. firmar y escanear
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teams-candidato", uid="040000008200E00074C5B7101A82E00800000000E6B0F1A82C2ADB0100000000000000001000000CSRV",
        i=0, trap="user-as-interviewer-teams-candidate-free-mail",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alejandroruiz.adm@gmail.com:mailto:alejan
 droruiz.adm@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Alejandro:\n\nComo te comenté por teléfono\,
  te envío enlace para la entrevista sobre la comisión de servicios en la Se
 cción de Gestión Académica (puesto base C1). Duración 30 min.\n\nUn saludo
 \,\nRocío Navarro Gil\nJefa de Sección de Gestión Académica\n\n__________
 ______________________________________________________________________\nRe
 unión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_USg4Cs@thread.v2/0>\nId. de
  la reunión: 344 120 776 019\nCódigo de acceso: hT4uPz\n__________________
 ______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E6B0F1A82C2ADB0100000000000000001000000CSRV
SUMMARY;LANGUAGE=es-ES:Entrevista - Alejandro Ruiz (comisión de servicios)
DTSTART;TZID=Romance Standard Time:20241210T093000
DTEND;TZID=Romance Standard Time:20241210T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241205T131500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="guion-preguntas", uid="7E0C1D44-guion-becas-2024",
        i=0, trap="user-as-interviewer-preparing-guion-y-rubrica",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241114T080500Z
UID:7E0C1D44-guion-becas-2024
DTSTART:20241118T120000
DTEND:20241118T133000
SUMMARY:Preparar guion preguntas + rúbrica entrevistas becarios
DTSTAMP:20241114T080500Z
DESCRIPTION:reutilizar la del año pasado\, añadir pregunta sobre atención
  al estudiante y caso de reconocimiento de créditos. Imprimir 3 copias
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="llamar-erasmus", uid="2c55d6b0-erasmus-practicas-tel@us-gestion.es",
        i=0, trap="user-as-interviewer-phone-interview-intern-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Adrián Pozo Lema - candidato a beca Erasmus+ Prácticas en la S
 ección (estudiante Universidade de Vigo). Entrevista telefónica corta\, en
  castellano y algo en inglés. Tlf en el expediente.
DTEND;TZID="Romance Standard Time":20250203T123000
DTSTAMP:20250130T082233Z
DTSTART;TZID="Romance Standard Time":20250203T120000
LOCATION:Teléfono
PRIORITY:5
SEQUENCE:0
SUMMARY:Llamar candidato Erasmus+ prácticas (Adrián)
TRANSP:OPAQUE
UID:2c55d6b0-erasmus-practicas-tel@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="periodo-prueba", uid="91b0e2af-periodo-prueba-ana@us-gestion.es",
        i=0, trap="user-as-interviewer-supervises-periodo-de-prueba",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Reunión de valoración del periodo de prueba de Ana Bermúdez (au
 xiliar interina\, incorporada el 7/10). Revisar tareas de la ventanilla de
  títulos y cumplimentar el informe de superación del periodo de prueba para
  el Servicio de PTGAS.
DTEND;TZID="Romance Standard Time":20241122T130000
DTSTAMP:20241118T101000Z
DTSTART;TZID="Romance Standard Time":20241122T123000
LOCATION:Mi despacho
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;CN="Bermúdez Olmo, Ana";RSVP=TRUE:mailto:abermudez@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Ana - seguimiento periodo de prueba
TRANSP:OPAQUE
UID:91b0e2af-periodo-prueba-ana@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="cribado-cvs", uid="6b7d2c19-cribado-fundacion@us-gestion.es",
        i=0, trap="user-as-interviewer-cv-screening-shortlist",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Revisión de las 34 solicitudes recibidas para la bolsa de Técni
 cos/as de Apoyo a la Gestión (Fundación US). Objetivo: preseleccionar 8 pa
 ra entrevista. Plantilla de cribado en Teams > Selección 2025.
DTEND;TZID="Romance Standard Time":20250128T133000
DTSTAMP:20250122T110500Z
DTSTART;TZID="Romance Standard Time":20250128T110000
LOCATION:Sala reuniones Gestión Académica
ORGANIZER;CN="Morillo Sáez, Inés":mailto:imorillo@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Cribado CVs bolsa técnicos apoyo (Fundación)
TRANSP:OPAQUE
UID:6b7d2c19-cribado-fundacion@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="invite-from-cand", uid="5h2n8k4p6r1t3v7x9z0b2d4f6h@google.com",
        i=0, trap="user-as-interviewer-candidate-sends-invite-with-user-name",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250204T110000
DTEND;TZID=Europe/Madrid:20250204T113000
DTSTAMP:20250130T214011Z
ORGANIZER;CN=Noelia Cabrera:mailto:noelia.cabrera.ramos@gmail.com
UID:5h2n8k4p6r1t3v7x9z0b2d4f6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Noelia Cabrera;X-NUM-GUESTS=0:mailto:noelia.cabrera.ramos@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rnavarro@us-gestion.es;X-NUM-GUESTS=0:mailto:rnavarro@us-gestion.es
DESCRIPTION:Hola Rocío\, te envío la invitación para la entrevista de la pl
 aza de técnico de apoyo en tu sección\, tal como me indicaste por correo.
  Estaré en el Pabellón de México a las 11:00. Muchas gracias por la oportun
 idad.\nNoelia
LOCATION:Pabellón de México\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Rocío Navarro (Universidad de Sevilla)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="secretaria-comision", uid="a2f4c6e8-comision-tec-lab-interinidad@us-gestion.es",
        i=0, trap="user-as-interviewer-secretaria-comision-entrevistas-personales",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Comisión de Selección - interinidad Técnico/a Especialista de L
 aboratorio (Dpto. Química Orgánica). Entrevistas personales a los 5 aspiran
 tes con mayor puntuación en méritos. Secretaria de la Comisión: Rocío Nava
 rro Gil (convoca a los aspirantes y levanta acta).
DTEND;TZID="Romance Standard Time":20241030T133000
DTSTAMP:20241021T094410Z
DTSTART;TZID="Romance Standard Time":20241030T100000
LOCATION:Facultad de Química - Sala de Juntas
ORGANIZER;CN="Navarro Gil, Rocío":mailto:rnavarro@us-gestion.es
ATTENDEE;CN="Prof. Domínguez Arenas, Julián";RSVP=TRUE:mailto:jdominguez@us-gestion.es
ATTENDEE;CN="Serrano Leal, Rafael";RSVP=TRUE:mailto:rserrano@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Comisión Selección TE Laboratorio - entrevistas personales
TRANSP:OPAQUE
UID:a2f4c6e8-comision-tec-lab-interinidad@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
]
