# ruff: noqa: E501, W291, W293, RUF100
"""holdout280 events, part D: negatives with the user on the hiring or assessing side (interns, columnists,
voice casting, kits and scorecards, debriefs, scheduler host, candidate replies, agency shortlists, jury)."""

from holdout280ev_zones import APPLE_BA, GOOGLE_BA, OUTLOOK_ARG, THUNDERBIRD_BA, fold

TEAMS_PLATENSE = r"""\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ3ZjA5YzItYTE4My00ZDg2LTk0ZmYtZTJmODBiMzc2YTE1%40thread.v2/0?context=%7b%22Tid%22%3a%223d8e41b0-7c2a-4f95-9e16-b0a4c5d7e821%22%7d>\nId. de la reunión: 219 774 035 168\nCódigo de acceso: mW4bN8\n________________________________________________________________________________\n"""


def negative(**fields):
    """A hiring-side negative: no company, role, stage or interviewers."""
    return dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True, **fields)


EVENTS = [
    negative(
        kind="outlook-hr-intern",
        uid="040000008200E00074C5B7101A82E00800000000CF6B31CFCAEDD251000000000000000010000000000BB968560CE4977CAEA3EF746660FDB",
        trap="user-as-interviewer-outlook-intern-interview-from-hr",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Toledo, Silvina":mailto:stoledo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camiruiz.prensa@gmail.com:mailto:camiruiz.prensa@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sala Reuniones 4° piso":mailto:sala.4piso@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucía: te agendo la entrevista con Camila Ruiz (estudiante de Comunicación\, UNSO) para la pasantía de producción del matutino. Te adjunto CV y la grilla de evaluación que usamos con Osvaldo. Camila recibe esta misma invitación.\n\nSilvina Toledo – RRHH\n
UID:040000008200E00074C5B7101A82E00800000000CF6B31CFCAEDD251000000000000000010000000000BB968560CE4977CAEA3EF746660FDB
SUMMARY;LANGUAGE=es-AR:Entrevista pasantía Producción – Camila Ruiz
DTSTART;TZID=Argentina Standard Time:20260908T153000
DTEND;TZID=Argentina Standard Time:20260908T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260903T142210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Reuniones 4° piso
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-terse",
        uid="5A32F1EE-EEDB-4EB4-8AD3-15FB39A70DBE",
        trap="user-as-interviewer-terse-intern-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260907T120505Z
DTEND:20260909T163000
DTSTAMP:20260907T120519Z
DTSTART:20260909T160000
LAST-MODIFIED:20260907T120519Z
SEQUENCE:0
SUMMARY:entrev pasante Tomás G. 16hs
TRANSP:OPAQUE
UID:5A32F1EE-EEDB-4EB4-8AD3-15FB39A70DBE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="outlook-organizer-room",
        uid="040000008200E00074C5B7101A82E00800000000AEE503180932172A0000000000000000100000000FACBFE48403ED2DB697EF2CE3EEE5016",
        trap="user-as-interviewer-columnist-on-air-audition",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN=federico.lanus.eco@gmail.com;RSVP=TRUE:mailto:federico.lanus.eco@gmail.com
ATTENDEE;CN="Operación Técnica";RSVP=TRUE:mailto:operacion@radioplatense.example.com.ar
ATTENDEE;CN="Estudio 2";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:estudio2@radioplatense.example.com.ar
CLASS:PUBLIC
CREATED:20260910T191502Z
DESCRIPTION:Federico: te espero para la prueba de aire como columnista de economía del vespertino. Grabamos una columna de 6 minutos simulando el aire (tema libre: precios\, dólar o salarios) con Marcos en la conducción y después charlamos 20 minutos.\n\nPara mí: evaluar claridad\, manejo del tiempo\, química con la conducción. Grilla en la carpeta Columnistas.\n\nLucía Benedetti\nProducción – Radio Platense
DTEND;TZID="Argentina Standard Time":20260916T180000
DTSTAMP:20260910T191502Z
DTSTART;TZID="Argentina Standard Time":20260916T170000
LAST-MODIFIED:20260910T191502Z
LOCATION:Estudio 2
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Prueba de aire – columnista economía: Federico Lanús
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AEE503180932172A0000000000000000100000000FACBFE48403ED2DB697EF2CE3EEE5016
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-export-casting",
        uid="7qgosk8r3jh74gdjhvp9e8mnqv@google.com",
        trap="user-as-interviewer-voice-casting",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261001T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20261001T130000
DTSTAMP:20261103T011500Z
ORGANIZER;CN=lu.benedetti.radio@gmail.com:mailto:lu.benedetti.radio@gmail.com
UID:7qgosk8r3jh74gdjhvp9e8mnqv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Estudio Sonámbulo;X-NUM-GUESTS=0:mailto:turnos@estudiosonambulo.example.com.ar
CREATED:20260924T133005Z
DESCRIPTION:Casting locutoras – spot Día de la Madre (cliente Farmacias Vida). Freelance.\n10:00 Ana Lía Roca\n10:20 Brenda Sosa\n10:40 Maru Quinteros\n11:00 Delfina Arce\n11:20 Paz Ocampo\nCada una lee las 2 versiones (30" y 20"). Yo dirijo y puntúo: timbre\, naturalidad\, lectura en frío. Mandar top 2 al cliente a la tarde.
LAST-MODIFIED:20260925T090200Z
LOCATION:Estudio Sonámbulo\, Charcas 4370
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Casting locutoras – spot Día de la Madre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="hiringroom-interviewer",
        uid="hr-entrevista-601244-radioplatense@hiringroom-mail.example.com",
        trap="user-as-interviewer-hiringroom-evaluator-scorecard",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HiringRoom//Agenda de entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-entrevista-601244-radioplatense@hiringroom-mail.example.com
DTSTAMP:20261013T124402Z
DTSTART:20261019T140000Z
DTEND:20261019T144500Z
SUMMARY:Entrevista - Juan Pablo Roldán - Productor/a Junior | Radio Platense
DESCRIPTION:Hola Lucía\,\n\nFuiste asignada como entrevistadora para la búsqueda Productor/a Junior.\n\nCandidato: Juan Pablo Roldán\nEtapa: Entrevista con el área\nModalidad: Presencial – Sala Reuniones 4° piso\n\nRecordá completar la scorecard en HiringRoom dentro de las 24 hs posteriores a la entrevista: https://app.hiringroom-mail.example.com/scorecards/601244\n\nEste mensaje fue enviado a través de HiringRoom.
LOCATION:Sala Reuniones 4° piso
ORGANIZER;CN=Radio Platense - Selección:mailto:seleccion@radioplatense.example.com.ar
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;CN=Silvina Toledo;ROLE=OPT-PARTICIPANT:mailto:stoledo@radioplatense.example.com.ar
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="thunderbird-reminder",
        uid="0f5e2d8a-7c41-4b96-8e3f-2a1d9c7b6e50",
        trap="user-as-interviewer-scorecard-reminder",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20260909T231100Z
LAST-MODIFIED:20260909T231145Z
DTSTAMP:20260909T231145Z
UID:0f5e2d8a-7c41-4b96-8e3f-2a1d9c7b6e50
SUMMARY:Completar evaluaciones candidatas pasantía (grilla RRHH)
DTSTART;TZID=America/Argentina/Buenos_Aires:20260911T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20260911T093000
DESCRIPTION:Camila R.\, Tomás G.\, Bruno E. – puntuar 1 a 5 y mandar a Silvina antes del debrief.
TRANSP:TRANSPARENT
X-MOZ-GENERATION:1
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E008000000008F8EDF60D69DC15D0000000000000000100000000390C8FAC6B67F5624A0E2A95BD0A5CEF",
        trap="user-as-interviewer-debrief-intern-candidates",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Toledo, Silvina":mailto:stoledo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carrizo, Osvaldo":mailto:ocarrizo@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Debrief de las entrevistas de pasantía de Producción: repasamos las grillas de Camila Ruiz\, Tomás Giordano\, Bruno Echeverría y Nicolás Ferraro y definimos las dos pasantías. Traigan sus evaluaciones.\n{TEAMS_PLATENSE}
UID:040000008200E00074C5B7101A82E008000000008F8EDF60D69DC15D0000000000000000100000000390C8FAC6B67F5624A0E2A95BD0A5CEF
SUMMARY;LANGUAGE=es-AR:Debrief pasantías Producción – definición
DTSTART;TZID=Argentina Standard Time:20260921T120000
DTEND;TZID=Argentina Standard Time:20260921T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T161930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="calendly-host",
        uid="arj5o2nhjeeb8hiisgbqpcb4i3@google.com",
        trap="user-as-interviewer-calendly-host-columnist",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261005T170000Z
DTEND:20261005T173000Z
DTSTAMP:20260930T221400Z
ORGANIZER;CN=Lucía Benedetti:mailto:lu.benedetti.radio@gmail.com
UID:arj5o2nhjeeb8hiisgbqpcb4i3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Benedetti;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofía Marchetti;X-NUM-GUESTS=0:mailto:sofimarchetti.periodista@gmail.com
CREATED:20260930T221359Z
DESCRIPTION:Event Name: Entrevista columnista – Radio Platense\n\nLocation: This is a Google Meet web conference. Join now: https://meet.google.com/jzw-mctq-hfa\n\nInvitee: Sofía Marchetti\nInvitee Email: sofimarchetti.periodista@gmail.com\n\nQuestions:\n¿Sobre qué te gustaría hacer la columna?: Cultura\, series y streaming\n¿Tenés material grabado?: Sí\, link a mi podcast en el CV\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
LAST-MODIFIED:20260930T221359Z
LOCATION:https://meet.google.com/jzw-mctq-hfa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sofía Marchetti and Lucía Benedetti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-reply-accepted",
        uid="040000008200E00074C5B7101A82E0080000000003F78956332B17B90000000000000000100000000F30D4D7D95BEF718F0DBE82042F963BB",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;PARTSTAT=ACCEPTED;CN=Bruno Echeverría:mailto:bruno.echeverria.com@outlook.example.com
COMMENT;LANGUAGE=es-AR:Gracias Lucía\, ahí estaré. Saludos\, Bruno\n
UID:040000008200E00074C5B7101A82E0080000000003F78956332B17B90000000000000000100000000F30D4D7D95BEF718F0DBE82042F963BB
SUMMARY;LANGUAGE=es-AR:Aceptado: Entrevista pasantía Producción – Bruno Echeverría
DTSTART;TZID=Argentina Standard Time:20260910T100000
DTEND;TZID=Argentina Standard Time:20260910T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T210233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Radio Platense – Sala Reuniones 4° piso
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1233618920
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-agency-shortlist",
        uid="040000008200E00074C5B7101A82E00800000000CFC1777BB061A88900000000000000001000000005D1440A564828345886886FA7076FC74",
        trap="user-as-interviewer-agency-presents-shortlist",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Benedetti, Lucía";RSVP=TRUE:mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;CN="Rivas, Hugo";RSVP=TRUE:mailto:hrivas@radioplatense.example.com.ar
CLASS:PUBLIC
CREATED:20260930T200410Z
DESCRIPTION:Lucía\, Hugo:\n\nLes presentamos la terna para la búsqueda de Operador/a Técnico/a de Aire: Lautaro Giménez\, Rocío Benítez y Matías Olmedo. En la reunión repasamos los perfiles\, los informes de entrevista y coordinamos las entrevistas finales con ustedes y el área Técnica.\n\nSaludos\,\nAgustina Lamas\nConsultora Sr. – Nexo RH{TEAMS_PLATENSE}
DTEND;TZID="Argentina Standard Time":20261006T164500
DTSTAMP:20260930T200410Z
DTSTART;TZID="Argentina Standard Time":20261006T160000
LAST-MODIFIED:20260930T200410Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Lamas, Agustina":mailto:agustina.lamas@nexo-rh.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Presentación de terna – Operador/a Técnico/a de Aire (Radio Platense)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000CFC1777BB061A88900000000000000001000000005D1440A564828345886886FA7076FC74
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-jury",
        uid="irli5fvh1uudfdha7dieig01eq@google.com",
        trap="user-as-interviewer-grant-jury-finalist-interviews",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261113T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20261113T130000
DTSTAMP:20261104T151030Z
ORGANIZER;CN=Fondo Podcast Independiente:mailto:fondo@podcastindependiente.example.org
UID:irli5fvh1uudfdha7dieig01eq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fondo Podcast Independiente;X-NUM-GUESTS=0:mailto:fondo@podcastindependiente.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ignacio Ferrando;X-NUM-GUESTS=0:mailto:ignacio.ferrando@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carla Mansilla;X-NUM-GUESTS=0:mailto:cmansilla@podcastindependiente.example.org
CREATED:20261104T151029Z
DESCRIPTION:Estimado jurado:\n\nLes enviamos la agenda de entrevistas a los seis proyectos finalistas del Fondo Podcast Independiente 2026 (15 minutos por proyecto + 5 de deliberación). Jurados: Lucía Benedetti\, Ignacio Ferrando y Carla Mansilla. Las fichas de evaluación y los pilotos están en la carpeta compartida. El acta con el orden de mérito se firma al final de la jornada.\n\nUnirse con Google Meet: https://meet.google.com/gxe-ropd-wbn\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261104T151029Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jurado Fondo Podcast Independiente 2026 – entrevistas a finalistas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-floating-task",
        uid="626085FF-B4AF-419E-B73F-0607058CCE0B",
        trap="user-as-interviewer-editing-test-for-candidates",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260929T235511Z
DESCRIPTION:3 candidatos editor freelance para Ruido Blanco: Joaquín\, Mica\, Leo. Mandarles el crudo del ep 15 + consigna (armar 8' con música)\, plazo lunes. Después puntuar.
DTEND:20261002T093000
DTSTAMP:20260929T235540Z
DTSTART:20261002T090000
LAST-MODIFIED:20260929T235540Z
SEQUENCE:0
SUMMARY:Mandar prueba de edición a candidatos editor (Ruido Blanco)
TRANSP:TRANSPARENT
UID:626085FF-B4AF-419E-B73F-0607058CCE0B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E008000000002B59AED362C09EAD0000000000000000100000000121718FFA92B95D462C49089286E5B85",
        trap="user-as-interviewer-recurring-intern-slots-override",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{OUTLOOK_ARG}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260828T132200Z
DESCRIPTION:Bloque para entrevistas de candidatos a la pasantía de Producción (RRHH agenda a los candidatos en este horario). Tener a mano la grilla.\n
DTEND;TZID="Argentina Standard Time":20260901T160000
DTSTAMP:20260828T132200Z
DTSTART;TZID="Argentina Standard Time":20260901T140000
LAST-MODIFIED:20260828T132200Z
LOCATION:Sala Reuniones 4° piso
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
PRIORITY:5
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevistas pasantes (bloque)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002B59AED362C09EAD0000000000000000100000000121718FFA92B95D462C49089286E5B85
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260828T132200Z
DESCRIPTION:Movido al jueves porque el martes 15 hay cobertura especial. Bloque para entrevistas de candidatos a la pasantía de Producción.\n
DTEND;TZID="Argentina Standard Time":20260917T160000
DTSTAMP:20260911T180045Z
DTSTART;TZID="Argentina Standard Time":20260917T140000
LAST-MODIFIED:20260911T180045Z
LOCATION:Sala Reuniones 4° piso
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
PRIORITY:5
RECURRENCE-ID;TZID="Argentina Standard Time":20260915T140000
SEQUENCE:1
SUMMARY;LANGUAGE=es-ar:Entrevistas pasantes (bloque)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002B59AED362C09EAD0000000000000000100000000121718FFA92B95D462C49089286E5B85
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-assessment-center",
        uid="040000008200E00074C5B7101A82E008000000005D482DC856913B9A000000000000000010000000005E4AFAA86EF4A9C64AE78E3B995F728",
        trap="user-as-interviewer-assessment-observer",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Desarrollo de Talento – Grupo Platense Medios":mailto:talento@grupoplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ledesma, Pilar":mailto:pledesma@grupoplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rivas, Hugo":mailto:hrivas@radioplatense.example.com.ar
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Auditorio PB":mailto:auditorio.pb@grupoplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Gracias por sumarte como observadora del Assessment Center del Programa Jóvenes Profesionales 2027. Doce candidatos\, tres dinámicas grupales (caso: cobertura de una noticia de último momento). Cada observador evalúa a cuatro candidatos con la grilla de competencias\; a las 12:30 hacemos la integración de resultados.\n\nDesarrollo de Talento – Grupo Platense Medios
UID:040000008200E00074C5B7101A82E008000000005D482DC856913B9A000000000000000010000000005E4AFAA86EF4A9C64AE78E3B995F728
SUMMARY;LANGUAGE=es-AR:Assessment Center – Programa Jóvenes Profesionales 2027 – Observadores
DTSTART;TZID=Argentina Standard Time:20261111T090000
DTEND;TZID=Argentina Standard Time:20261111T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T140110Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Auditorio PB
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="successfactors-panel",
        uid="sf-interview-31102-0007-grupoplatense@successfactors-mail.example.com",
        trap="user-as-interviewer-successfactors-panel-member",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-interview-31102-0007-grupoplatense@successfactors-mail.example.com
DTSTAMP:20261015T173005Z
DTSTART;TZID=America/Buenos_Aires:20261022T150000
DTEND;TZID=America/Buenos_Aires:20261022T160000
SUMMARY:Interview Panel: Productor/a Digital (Req. 31102) – Candidate: Tobías Medina
DESCRIPTION:Dear Lucía Benedetti\,\n\nYou have been added as an interviewer to the following interview:\n\nRequisition: Productor/a Digital (Req. 31102) – Radio Platense\nCandidate: Tobías Medina\nInterview panel: Lucía Benedetti\, Hugo Rivas\nRound: Entrevista técnica\n\nPlease submit your interview assessment in SuccessFactors after the interview.\n\nGrupo Platense Medios – Talent Acquisition
ORGANIZER;CN=Talent Acquisition GPM:mailto:talento@grupoplatense.example.com.ar
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;CN=Hugo Rivas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hrivas@radioplatense.example.com.ar
LOCATION:Radio Platense – Sala Reuniones 4° piso
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-organizer",
        uid="l5qu3jsra2m4og8ql8pci38ein@google.com",
        trap="user-as-interviewer-columnist-chat-organizer",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261009T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20261009T120000
DTSTAMP:20261006T132240Z
ORGANIZER;CN=Lucía Benedetti:mailto:lu.benedetti.radio@gmail.com
UID:l5qu3jsra2m4og8ql8pci38ein@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Benedetti;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martingatti.deportes@gmail.com;X-NUM-GUESTS=0:mailto:martingatti.deportes@gmail.com
CREATED:20261006T132239Z
DESCRIPTION:Martín\, charlamos sobre la posible columna de deportes en el vespertino (los viernes\, 10 minutos). Traé alguna columna grabada si tenés. Lucía\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261006T132239Z
LOCATION:Bar La Radio\, Av. Belgrano 1840
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Charla posible columnista deportes – Martín Gatti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-teams-organizer",
        uid="040000008200E00074C5B7101A82E008000000003DAEB6AE384B8BA900000000000000001000000008D0C0F895B33C3C3F161375C73CAED7F",
        trap="user-as-interviewer-teams-organizer-maternity-cover",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN=julietapaz.prod@gmail.com;RSVP=TRUE:mailto:julietapaz.prod@gmail.com
ATTENDEE;CN="Toledo, Silvina";RSVP=TRUE;ROLE=OPT-PARTICIPANT:mailto:stoledo@radioplatense.example.com.ar
CLASS:PUBLIC
CREATED:20261012T154455Z
DESCRIPTION:Hola Julieta\, gracias por tu interés en el reemplazo por licencia en Producción (matutino\, 6 meses desde enero). Te propongo una entrevista por Teams de 45 minutos: te cuento cómo trabajamos\, y vos me contás tu experiencia en vivo y en móviles.\n\nSaludos\,\nLucía Benedetti\nProductora – Radio Platense{TEAMS_PLATENSE}
DTEND;TZID="Argentina Standard Time":20261016T124500
DTSTAMP:20261012T154455Z
DTSTART;TZID="Argentina Standard Time":20261016T120000
LAST-MODIFIED:20261012T154455Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevista – reemplazo licencia Producción (Julieta Paz)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003DAEB6AE384B8BA900000000000000001000000008D0C0F895B33C3C3F161375C73CAED7F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-audition",
        uid="054B7147-8B33-4120-861A-935B85C4B162",
        trap="user-as-interviewer-host-audition-own-podcast",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{APPLE_BA}
BEGIN:VEVENT
CREATED:20261102T021014Z
DESCRIPTION:Audición conductores T2: Ramiro V. 15:00 / Lola P. 15:20 / Tincho A. 15:40. Leen la apertura del ep. 1 y hacen una entrevista corta a Gastón (de invitado falso). Puntuar voz\, escucha\, repregunta.
DTEND;TZID=America/Argentina/Buenos_Aires:20261109T163000
DTSTAMP:20261102T021102Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261109T150000
LAST-MODIFIED:20261102T021102Z
LOCATION:Estudio casa de Gastón
SEQUENCE:0
SUMMARY:Audición conductores Ruido Blanco T2 🎧
TRANSP:OPAQUE
UID:054B7147-8B33-4120-861A-935B85C4B162
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="thunderbird-call",
        uid="5d71c0e4-2b9a-4f38-8d67-e91a3b0f2c75",
        trap="user-as-interviewer-reference-check-on-candidate",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20260911T190233Z
LAST-MODIFIED:20260911T190301Z
DTSTAMP:20260911T190301Z
UID:5d71c0e4-2b9a-4f38-8d67-e91a3b0f2c75
SUMMARY:Llamar referencia de Camila Ruiz – Graciela (ex jefa en FM Sur)
DTSTART;TZID=America/Argentina/Buenos_Aires:20260914T103000
DTEND;TZID=America/Argentina/Buenos_Aires:20260914T104500
DESCRIPTION:Tel 11 5555-0188. Preguntar: puntualidad\, trabajo en el aire\, por qué se fue. Para la pasantía.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ms-bookings-staff",
        uid="040000008200E00074C5B7101A82E00800000000121F89BFBA7C62EB00000000000000001000000004742E0A2003F54C33C2589AF7F795B87",
        trap="user-as-interviewer-bookings-staff-member",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN=Pasantías Radio Platense:mailto:PasantiasRadioPlatense@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nicolás Ferraro:mailto:nicoferraro.99@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Nueva reserva\n\nServicio: Entrevista pasantía Producción\nPersonal: Lucía Benedetti\nCliente: Nicolás Ferraro\nCorreo electrónico: nicoferraro.99@gmail.com\nTeléfono: 11 5555-0163\nNotas del cliente: Estudio Periodismo en TEA\, hice radio en la facultad.\n\nCon tecnología de Microsoft Bookings
UID:040000008200E00074C5B7101A82E00800000000121F89BFBA7C62EB00000000000000001000000004742E0A2003F54C33C2589AF7F795B87
SUMMARY;LANGUAGE=es-AR:Entrevista pasantía Producción – Nicolás Ferraro
DTSTART;TZID=Argentina Standard Time:20260903T160000
DTEND;TZID=Argentina Standard Time:20260903T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260901T121532Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Radio Platense – Sala Reuniones 4° piso
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
]
