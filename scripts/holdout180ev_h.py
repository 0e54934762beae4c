"""holdout180 events, part h: more of the user on the HIRING side at Olmedo & Vidal (all negatives)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_MADRID, TZ_ROMANCE

_OUTLOOK_TAIL = """CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0"""

EVENTS = [
    dict(
        k="calendly-host",
        uid="BFQ2LMWZ7C4XJ9TH",
        y=0,
        hiring=True,
        trap="user-as-interviewer-calendly-host-notification",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BFQ2LMWZ7C4XJ9TH
DTSTAMP:20250217T114210Z
DTSTART:20250220T083000Z
DTEND:20250220T085000Z
SUMMARY:Ana Ruiz Toledo and Inés Carvajal Ruiz
ORGANIZER;CN=Inés Carvajal Ruiz:mailto:icarvajal@olmedovidal.es
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:icarvajal@olmedovidal.es
ATTENDEE;CN=Ana Ruiz Toledo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.ruiz.toledo@alumnos.uc3m.es
LOCATION:Microsoft Teams (link in description)
DESCRIPTION:Event Name: Entrevista prácticas O&V - 20 min\n\nInvitee: Ana Ruiz Toledo\nInvitee Email: ana.ruiz.toledo@alumnos.uc3m.es\n\nQuestions:\nUniversidad y curso: Doble Grado Derecho-ADE\, 5º\nÁrea de interés: Mercantil / M&A\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsZW5k%40thread.v2/0\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="feedback-task",
        uid="1c4f7i0l3o6r9u2x5a8d1g4j7m@google.com",
        y=0,
        hiring=True,
        trap="user-as-interviewer-feedback-forms-deadline",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART:20250425T110000Z
DTEND:20250425T113000Z
DTSTAMP:20250424T203000Z
UID:1c4f7i0l3o6r9u2x5a8d1g4j7m@google.com
DESCRIPTION:Fichas de los 3 finalistas junior a Nuria. Sergio > Elena > Rodrigo (Rodrigo no contestó lo del MAC).
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valoraciones candidatos junior -> RRHH antes de las 14h
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="junior-shadow",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E484DB01000000000000000010000000AA08",
        y=0,
        hiring=True,
        trap="user-as-interviewer-junior-associate-shadows",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Cuesta Vara:mailto:elenacuestavara@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Elena: te esperamos en Serrano 90\, 5ª planta. Marta\, tú de oyente (shadowing para que vayas cogiendo práctica en entrevistas)\; al final me dices qué te ha parecido.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E484DB01000000000000000010000000AA08
SUMMARY;LANGUAGE=es-ES:Entrevista Elena Cuesta - asociada junior (Marta de oyente)
DTSTART;TZID=Romance Standard Time:20250409T173000
DTEND;TZID=Romance Standard Time:20250409T181500
DTSTAMP:20250403T111100Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala 5.1
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="comite-contratacion",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E485DB01000000000000000010000000AA09",
        y=0,
        hiring=True,
        trap="user-as-interviewer-hiring-committee",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Olmedo Cruz, Fernando";SENT-BY="mailto:direccion@olmedovidal.es":mailto:folmedo@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Orden del día:\n1. Propuestas de incorporación asociados (M&A junior\, Fiscal counsel)\n2. Ofertas programa de prácticas septiembre\n3. Bandas salariales 2025\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E485DB01000000000000000010000000AA09
SUMMARY;LANGUAGE=es-ES:Comité de Contratación - incorporaciones septiembre
DTSTART;TZID=Romance Standard Time:20250429T090000
DTEND;TZID=Romance Standard Time:20250429T100000
DTSTAMP:20250422T075500Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P6-Sala Consejo
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="assessment-day",
        uid="4f7i0l3o6r9u2x5a8d1g4j7m0p@google.com",
        y=0,
        hiring=True,
        trap="user-as-interviewer-assessment-day-observer",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250307T090000
DTEND;TZID=Europe/Madrid:20250307T140000
DTSTAMP:20250226T130000Z
ORGANIZER;CN=Talento O&V:mailto:talento@olmedovidal.es
UID:4f7i0l3o6r9u2x5a8d1g4j7m0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=icarvajal@olmedovidal.es;X-NUM-GUESTS=0:mailto:icarvajal@olmedovidal.es
DESCRIPTION:Summer Internship Assessment Day 2025. 24 estudiantes en 4 grupos. Tú observas el grupo C en la dinámica de grupo (negociación de un term sheet) y puntúas con la rúbrica (comunicación\, razonamiento jurídico\, trabajo en equipo). 13:00 comida con los estudiantes.
LOCATION:Olmedo & Vidal - Auditorio (planta 1)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment Day prácticas - observadora grupo C
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="reference-check",
        uid="D2E4F6A8-0B1C-4E3D-9F5A-7B9C1D3E5F70",
        y=0,
        hiring=True,
        trap="user-as-interviewer-reference-check-on-candidate",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250425T172101Z
DTEND:20250428T093000
DTSTAMP:20250425T172110Z
DTSTART:20250428T091500
LAST-MODIFIED:20250425T172110Z
SEQUENCE:0
SUMMARY:Referencias Sergio Blanco - llamar a su ex-jefa (R. Campos)
DESCRIPTION:preguntar: autonomía\, calidad de redacción\, por qué se fue. tlf en el CV
UID:D2E4F6A8-0B1C-4E3D-9F5A-7B9C1D3E5F70
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="bookings-staff",
        uid="bk-a7c1e9f3-5b2d-4e08-b6a4-19d3f7c0e852",
        y=0,
        hiring=True,
        trap="user-as-interviewer-bookings-staff-member",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Programa Becas Olmedo & Vidal:mailto:BecasOV@olmedovidal.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Se ha reservado una nueva cita contigo.\n\nServicio: Entrevista Programa de Becas O&V 2025\nCliente: Pablo Herrera Gil\nCorreo del cliente: pabloherreragil@gmail.com\nTeléfono: +34 655 90 21 48\nNotas del cliente: Estudiante de 4º de Derecho (UAM). Me interesa el área de M&A.\n\nUnirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVjYXNv%40thread.v2/0\n
UID:bk-a7c1e9f3-5b2d-4e08-b6a4-19d3f7c0e852
SUMMARY;LANGUAGE=es-ES:Entrevista Programa de Becas O&V 2025 - Pablo Herrera Gil
DTSTART;TZID=Romance Standard Time:20250305T090000
DTEND;TZID=Romance Standard Time:20250305T092000
DTSTAMP:20250301T201533Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="typed-candidates",
        uid="E5F7A9B1-C3D5-4E7F-A1B3-C5D7E9F1A3B5",
        y=0,
        hiring=True,
        trap="user-as-interviewer-typed-assistant-candidates",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T081500Z
UID:E5F7A9B1-C3D5-4E7F-A1B3-C5D7E9F1A3B5
DTEND:20250507T184500
TRANSP:OPAQUE
SUMMARY:Cands. secretaria grupo M&A (2 perfiles)
DTSTART:20250507T173000
DTSTAMP:20250505T081520Z
LAST-MODIFIED:20250505T081520Z
DESCRIPTION:Rosa M. (17:30) y Begoña A. (18:05). CVs en la carpeta de RRHH. Importante: inglés y manejo de data rooms.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="jornada-prueba",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E486DB01000000000000000010000000AA10",
        y=0,
        hiring=True,
        trap="user-as-interviewer-supervises-paralegal-trial-day",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Vega:mailto:sandra.vega.paralegal@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Inés\, Sandra viene a pasar la jornada de prueba con vuestro equipo (paralegal M&A). Propuesta: por la mañana revisión de libros de actas y data room del Proyecto Atlas\, por la tarde índice de documentos de cierre. Te agradeceré que me mandes tu valoración el lunes.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E486DB01000000000000000010000000AA10
SUMMARY;LANGUAGE=es-ES:Jornada de prueba - Sandra Vega (paralegal M&A)
DTSTART;TZID=Romance Standard Time:20250523T090000
DTEND;TZID=Romance Standard Time:20250523T180000
DTSTAMP:20250516T123400Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Olmedo & Vidal - planta 5
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="candidate-invite",
        uid="3x6a9d2g5j8m1p4s7v0y3b6e9h@google.com",
        y=0,
        hiring=True,
        trap="user-as-interviewer-candidate-sent-invite-from-gmail",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250521T083000Z
DTEND:20250521T090000Z
DTSTAMP:20250519T201145Z
ORGANIZER;CN=Álvaro Puig:mailto:alvaro.puig.abogado@gmail.com
UID:3x6a9d2g5j8m1p4s7v0y3b6e9h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Álvaro Puig;X-NUM-GUESTS=0:mailto:alvaro.puig.abogado@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=icarvajal@olmedovidal.es;X-NUM-GUESTS=0:mailto:icarvajal@olmedovidal.es
DESCRIPTION:Estimada Inés\, muchas gracias por la llamada de ayer. Le envío la convocatoria para la entrevista por videollamada que acordamos sobre la vacante de asociado/a en su equipo de Mercantil. Adjunto de nuevo mi CV.\n\nUn saludo\,\nÁlvaro Puig\n\nÚnete con Google Meet: https://meet.google.com/ehs-wqpm-zro
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Inés Carvajal (Olmedo & Vidal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
