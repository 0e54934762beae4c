"""holdout180 events, part g: the user on the HIRING side at Olmedo & Vidal (all negatives)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_ROMANCE

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
        k="seleccion-practicas",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E477DB01000000000000000010000000AA01",
        y=0,
        hiring=True,
        trap="user-as-interviewer-intern-selection-morning-shift",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="RRHH - Selección":mailto:seleccion@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-P5-Sala Tribunal":mailto:sala.tribunal.p5@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\,\n\nGracias por participar en las entrevistas del proceso de selección de prácticas (Mercantil\, incorporación septiembre). Turno de mañana: 6 candidatos\, 25 minutos cada uno. En la carpeta compartida tienes CVs\, expedientes y la ficha de valoración.\n\n9:30 Lucía Fernández (UC3M)\n10:00 Álvaro Nieto (ICADE)\n10:30 Paula Rey (UAM)\n11:00 café\n11:15 Hugo Marín (CUNEF)\n11:45 Irene Sastre (UCM)\n12:15 Diego Collado (Deusto)\n\nNuria Herrera – Talento y Desarrollo\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E477DB01000000000000000010000000AA01
SUMMARY;LANGUAGE=es-ES:Entrevistas proceso de selección prácticas - Mercantil (turno mañana)
DTSTART;TZID=Romance Standard Time:20250214T093000
DTEND;TZID=Romance Standard Time:20250214T124500
DTSTAMP:20250205T110000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala Tribunal
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="candidate-note",
        uid="B3D5F7A9-1C2E-4A6B-8D0F-2E4A6C8E0A11",
        y=0,
        hiring=True,
        trap="user-as-interviewer-typed-notes-on-intern-candidate",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250219T081022Z
DTEND:20250221T113000
DTSTAMP:20250219T081040Z
DTSTART:20250221T110000
LAST-MODIFIED:20250219T081040Z
SEQUENCE:0
SUMMARY:Lucía Fdez (UC3M) 2ª entrev.
DESCRIPTION:muy buena en inglés\, floja en sociedades (no sabía qué es una junta universal). Preguntarle por el TFG de fusiones. Si bien -> recomendar a Nuria
UID:B3D5F7A9-1C2E-4A6B-8D0F-2E4A6C8E0A11
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="foro-empleo",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E478DB01000000000000000010000000AA02",
        y=0,
        hiring=True,
        trap="user-as-interviewer-university-job-fair-stand",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Foro de Empleo UC3M (Campus de Getafe\, edificio Padre Soler). Stand nº 14. Turno de 10:00 a 14:00: atender a estudiantes de Derecho y ADE-Derecho\, recoger CVs y hacer mini-entrevistas de 10 min a los que encajen para el programa de prácticas. Llevad tablet para el formulario de candidatos.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E478DB01000000000000000010000000AA02
SUMMARY;LANGUAGE=es-ES:Foro de Empleo UC3M - stand Olmedo & Vidal (turno Inés y Marta)
DTSTART;TZID=Romance Standard Time:20250226T100000
DTEND;TZID=Romance Standard Time:20250226T140000
DTSTAMP:20250210T123000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:UC3M Getafe - Edif. Padre Soler
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="corregir-casos",
        uid="8h1k4n7q0t3w6z9c2f5i8l1o4r@google.com",
        y=0,
        hiring=True,
        trap="user-as-interviewer-scoring-written-tests",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250306T170000Z
DTEND:20250306T190000Z
DTSTAMP:20250303T091500Z
UID:8h1k4n7q0t3w6z9c2f5i8l1o4r@google.com
DESCRIPTION:12 casos (junta + pacto de socios). Plantilla de corrección de Nuria: 0-10 por apartado. Subir notas al Excel compartido.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Corregir casos prácticos candidatos prácticas (O&V)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="debrief",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E479DB01000000000000000010000000AA03",
        y=0,
        hiring=True,
        trap="user-as-interviewer-debrief-intern-candidates",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pastor Luque, Javier":mailto:jpastor@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las valoraciones de los candidatos de prácticas (Mercantil y Procesal). Objetivo: cerrar la lista de 8 ofertas + 4 reservas.\n\nEnlace Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3ZkZWJy%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E479DB01000000000000000010000000AA03
SUMMARY;LANGUAGE=es-ES:Debrief selección prácticas sept. 2025
DTSTART;TZID=Romance Standard Time:20250312T183000
DTEND;TZID=Romance Standard Time:20250312T193000
DTSTAMP:20250307T080200Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala Tribunal / Teams
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E480DB01000000000000000010000000AA04",
        y=0,
        hiring=True,
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250320T160000Z
DTEND:20250320T170000Z
DTSTAMP:20250317T193344Z
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E480DB01000000000000000010000000AA04
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergio Blanco Ferrer;X-NUM-GUESTS=0:mailto:sergioblancoferrer@gmail.com
REQUEST-STATUS:2.0;Success
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista - Asociado/a Junior M&A (Sergio Blanco)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="agency-candidate",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E481DB01000000000000000010000000AA05",
        y=0,
        hiring=True,
        trap="user-as-interviewer-agency-sends-candidate",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ordóñez, Raquel":mailto:rordonez@lawyerstalent.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Molina:mailto:javier.molina.abg@outlook.com
DESCRIPTION;LANGUAGE=es-ES:Inés\, como hablamos\, te presento a Javier Molina (asociado sénior\, 6 años de M&A en despacho internacional) para la vacante de vuestro equipo. Te adjunto su CV y nuestro informe de evaluación. Javier irá a vuestras oficinas de Serrano.\n\nRaquel Ordóñez\nLawyers Talent – Selección de abogados\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E481DB01000000000000000010000000AA05
SUMMARY;LANGUAGE=es-ES:Entrevista Javier Molina / Olmedo & Vidal (Inés Carvajal)
DTSTART;TZID=Romance Standard Time:20250402T173000
DTEND;TZID=Romance Standard Time:20250402T183000
DTSTAMP:20250328T102212Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Olmedo & Vidal - Serrano 90
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="interview-kit",
        uid="tt-interview-9013377@teamtailor.com",
        y=0,
        hiring=True,
        trap="user-as-interviewer-teamtailor-kit-scorecard",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-9013377@teamtailor.com
DTSTAMP:20250404T090512Z
DTSTART:20250410T140000Z
DTEND:20250410T150000Z
SUMMARY:Entrevista: Carmen Ibáñez - Asociado/a Mercantil (3-5 años)
ORGANIZER;CN=Nuria Herrera:mailto:nherrera@olmedovidal.es
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:icarvajal@olmedovidal.es
ATTENDEE;CN=Carmen Ibáñez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carmen.ibanez.l@gmail.com
LOCATION:Olmedo & Vidal\, Serrano 90 - Sala 5.2
DESCRIPTION:Entrevistadores: Inés Carvajal Ruiz\n\nKit de entrevista: "Asociado/a Mercantil - 2ª fase" (técnica + motivación)\nTarjeta de puntuación: complétala en Teamtailor en las 24 h siguientes: https://app.teamtailor.com/companies/olmedovidal/jobs/1184202/candidates/9013377/scorecard\n\nCV y carta: ver perfil de la candidata.\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="lateral-panel",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E482DB01000000000000000010000000AA06",
        y=0,
        hiring=True,
        trap="user-as-interviewer-lateral-hire-panel-with-partner",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pastor Luque, Javier";SENT-BY="mailto:asistente.fiscal@olmedovidal.es":mailto:jpastor@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-P6-Sala Consejo":mailto:sala.consejo.p6@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Inés\, ¿me acompañas? Es el candidato para counsel de Fiscal que viene de una big four; quiero tu opinión sobre la parte de operaciones (estructuración fiscal de adquisiciones). CV adjunto.\n\nJavier\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E482DB01000000000000000010000000AA06
SUMMARY;LANGUAGE=es-ES:Entrevista Tomás Arriaga - Counsel Fiscal (Javier P. + Inés C.)
DTSTART;TZID=Romance Standard Time:20250423T190000
DTEND;TZID=Romance Standard Time:20250423T200000
DTSTAMP:20250407T160544Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P6-Sala Consejo
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="panel-socios",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E483DB01000000000000000010000000AA07",
        y=0,
        hiring=True,
        trap="user-as-interviewer-second-round-junior-associates",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Vidal Ortiz, Gonzalo";SENT-BY="mailto:lmartin@olmedovidal.es":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Olmedo Cruz, Fernando":mailto:folmedo@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Segunda vuelta de asociados junior M&A: 3 finalistas (Sergio Blanco\, Elena Cuesta\, Rodrigo Mata)\, 40 min cada uno. Inés hace la parte técnica (caso de SPA)\, Fernando y Gonzalo la de encaje.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E483DB01000000000000000010000000AA07
SUMMARY;LANGUAGE=es-ES:2ª vuelta asociados junior M&A - panel
DTSTART;TZID=Romance Standard Time:20250424T100000
DTEND;TZID=Romance Standard Time:20250424T123000
DTSTAMP:20250414T093100Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P6-Sala Consejo
{_OUTLOOK_TAIL}
END:VEVENT
END:VCALENDAR
""",
    ),
]
