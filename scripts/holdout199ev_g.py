# ruff: noqa: E501
"""holdout199 events, part g: more of Lucía on the hiring side (interns, trial tasks, candidates' replies)."""

EVENTS = [
    {
        "kind": "practicas-umu",
        "hiring": True,
        "label": ("6s1a8d3f0g5h2j7k4l9z6x1c8v@google.com", 0, "", "", "", "", "user-as-interviewer-internship-students-company-tutor"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250417T090000
DTEND;TZID=Europe/Madrid:20250417T113000
DTSTAMP:20250408T113301Z
ORGANIZER;CN=COIE Universidad de Murcia:mailto:coie.practicas@um.es
UID:6s1a8d3f0g5h2j7k4l9z6x1c8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lmartin@frutasdelsegura.es;X-NUM-GUESTS=0:mailto:lmartin@frutasdel
 segura.es
DESCRIPTION:Estimada tutora de empresa:\n\nLe recordamos que el jueves 17 t
 endrán lugar las entrevistas con el alumnado preseleccionado (Grado en Cie
 ncia y Tecnología de los Alimentos) para la oferta de prácticas extracurri
 culares n.º 2025/0412 en FRUTAS DEL SEGURA SL. Se conectarán por videoconf
 erencia en intervalos de 30 min:\n\n09:00 Alumno/a 1\n09:30 Alumno/a 2\n10
 :00 Alumno/a 3\n10:30 Alumno/a 4\n11:00 Alumno/a 5\n\nUna vez realizadas\,
  indique en la plataforma ICARO el alumno/a seleccionado.\n\nCOIE - Servic
 io de Orientación y Empleo\nUniversidad de Murcia
LOCATION:https://meet.google.com/umu-prct-fds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas alumnado prácticas - oferta 2025/0412 (Frutas del Segura)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "intern-interview",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB01000000000000000010000000FDS0GIULIA00000000000000000A012", 0, "", "", "", "", "user-as-interviewer-english-teams-erasmus-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=giulia.romano98@libero.it:mailto:giulia.romano98@libero.it
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
DESCRIPTION;LANGUAGE=en-US:Hi Giulia\,\n\nThank you for applying to our Erasmus+ traineeship in the quality laboratory. Let's have a 30-minute call in English (or Spanish\, if you feel comfortable). I will ask you about your lab experience and you can ask me about the plant and Murcia.\n\nBest regards\,\nLucía Martín\nQuality Department - Frutas del Segura\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z2l1bGlh%40thread.v2/0>\nMeeting ID: 311 052 664 980\nPasscode: gR4tqE\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB01000000000000000010000000FDS0GIULIA00000000000000000A012
SUMMARY;LANGUAGE=en-US:Interview - Lab traineeship (Erasmus+) - Giulia Romano
DTSTART;TZID=Europe/Madrid:20250423T120000
DTEND;TZID=Europe/Madrid:20250423T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dinamica-almacen",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB01000000000000000010000000FDS0DINAMICA000000000000000A013", 0, "", "", "", "", "user-as-interviewer-observer-in-group-dynamic"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hernández Lax, Ginés":mailto:ghernandez@frutasdelsegura.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MOL - Sala Formación":mailto:mol-salaformacion@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Dinámica grupal con 10 candidatos/as para carretilleros/as y mozos de almacén (fijos discontinuos). Observadores: Ginés y Lucía. Lucía\, fíjate sobre todo en higiene y en quién respeta las normas del caso (cámara de frío\, trazabilidad de palés). Hoja de observación impresa en la sala.\n
UID:040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB01000000000000000010000000FDS0DINAMICA000000000000000A013
SUMMARY;LANGUAGE=es-ES:Dinámica grupal - almacén/carretilleros
DTSTART;TZID=Europe/Madrid:20250227T090000
DTEND;TZID=Europe/Madrid:20250227T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MOL - Sala Formación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "preparar-guion",
        "hiring": True,
        "label": ("d1e2f3a4b5c6@android.calendar.fds", 0, "", "", "", "", "user-as-interviewer-prep-question-set-and-practical-case"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Trabajo
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250310T130000Z
DTEND:20250310T140000Z
DTSTAMP:20250307T091500Z
UID:d1e2f3a4b5c6@android.calendar.fds
CREATED:20250307T091500Z
DESCRIPTION:preguntas técnicas lab (Listeria\, ATP\, validación limpieza\,
  17025)\, caso práctico siembra en placa para la prueba\, criterios puntuac
 ión 1-5. mandar a Encarna
LAST-MODIFIED:20250307T091500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:preparar guion preguntas + caso candidatos lab
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "inscritos-infojobs",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB01000000000000000010000000FDS0INFOJOBS000000000000000A015", 0, "", "", "", "", "user-as-interviewer-screens-infojobs-applicants"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Oferta InfoJobs "Técnico/a de laboratorio de microbiología - Molina de Segura": 143 inscritos. Filtrar con Encarna (killer questions: titulación\, experiencia en alimentación\, carnet B)\, marcar descartados/en proceso y elegir 6 para entrevista telefónica.\n
UID:040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB01000000000000000010000000FDS0INFOJOBS000000000000000A015
SUMMARY;LANGUAGE=es-ES:Revisar inscritos InfoJobs (lab)
DTSTART;TZID=Europe/Madrid:20250226T153000
DTEND;TZID=Europe/Madrid:20250226T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T080101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "counter-propuesta",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB01000000000000000010000000FDS0COUNTER0000000000000000A016", 0, "", "", "", "", "user-as-interviewer-candidate-proposes-new-time"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:COUNTER
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Noelia Cánovas Ruiz:mailto:noelia.canovas.r@outlook.es
COMMENT;LANGUAGE=es-ES:Buenas tardes\, a las 11 tengo un examen del máster. ¿Podría ser a las 13:00? Muchas gracias.
UID:040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB01000000000000000010000000FDS0COUNTER0000000000000000A016
SUMMARY;LANGUAGE=es-ES:Nueva hora propuesta: Prueba práctica laboratorio - Frutas del Segura
DTSTART;TZID=Europe/Madrid:20250320T130000
DTEND;TZID=Europe/Madrid:20250320T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T171233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Laboratorio Frutas del Segura
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MS-OLK-PROPOSEDSTART;TZID=Europe/Madrid:20250320T130000
X-MS-OLK-PROPOSEDEND;TZID=Europe/Madrid:20250320T143000
X-MS-OLK-ORIGINALSTART;TZID=Europe/Madrid:20250320T110000
X-MS-OLK-ORIGINALEND;TZID=Europe/Madrid:20250320T123000
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "llamar-referencias",
        "hiring": True,
        "label": ("B8C7D6E5-F4A3-4B2C-9D1E-0F9A8B7C6D5E", 0, "", "", "", "", "user-as-interviewer-checks-candidate-references"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@TZ_MADRID@
BEGIN:VEVENT
CREATED:20250317T075510Z
DTEND;TZID=Europe/Madrid:20250318T093000
DTSTAMP:20250317T075522Z
DTSTART;TZID=Europe/Madrid:20250318T091500
LAST-MODIFIED:20250317T075522Z
SEQUENCE:0
SUMMARY:Llamar refs Noelia (Lab. aguas Cartagena - Javier)
DESCRIPTION:tlf en el CV. puntualidad\, registros\, por qué se fue
UID:B8C7D6E5-F4A3-4B2C-9D1E-0F9A8B7C6D5E
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prueba-practica-lab",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB01000000000000000010000000FDS0COUNTER0000000000000000A016", 0, "", "", "", "", "user-as-interviewer-runs-practical-test-for-candidates"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Noelia Cánovas Ruiz:mailto:noelia.canovas.r@outlook.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=irene.pastor.gomez@gmail.com:mailto:irene.pastor.gomez@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Hola Noelia e Irene:\n\nOs cito a la prueba práctica en nuestro laboratorio: preparación de diluciones\, siembra en masa y en superficie\, recuento de aerobios mesófilos y levaduras/mohos en zumo\, y cumplimentación del registro. Duración aproximada hora y media. Se os facilitará bata\, gorro y calzas.\n\nDirección: Frutas del Segura SL\, Ctra. de Alguazas km 2\, Molina de Segura. Preguntad en la garita por mí.\n\nLucía Martín\nDpto. Calidad\n
UID:040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB01000000000000000010000000FDS0COUNTER0000000000000000A016
SUMMARY;LANGUAGE=es-ES:Prueba práctica laboratorio - Frutas del Segura
DTSTART;TZID=Europe/Madrid:20250320T130000
DTEND;TZID=Europe/Madrid:20250320T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Laboratorio Frutas del Segura
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "hiring": True,
        "label": ("e7a9c1b3-5d2f-4a8e-b0c6-9f1d3e5a7b24@calendly.com", 0, "", "", "", "", "user-as-interviewer-calendly-host-candidate-booked"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e7a9c1b3-5d2f-4a8e-b0c6-9f1d3e5a7b24@calendly.com
DTSTAMP:20250303T211001Z
DTSTART:20250305T154500Z
DTEND:20250305T160500Z
SUMMARY:Marta Gil Sandoval and Lucía Martín Ortega
ORGANIZER;CN=Lucía Martín Ortega:mailto:lmartin@frutasdelsegura.es
ATTENDEE;CN=Marta Gil Sandoval;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martagilsandoval@gmail.com
DESCRIPTION:Event Name: Llamada candidatos - Técnico/a Laboratorio (20 min)\n\nLocation: Lucía Martín Ortega will call the invitee at +34 6XX XXX 551\n\nQuestions: ¿Tienes disponibilidad para turno de tarde?\nSí\, a partir de abril\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/e7a9c1b3\nReschedule: https://calendly.com/reschedulings/e7a9c1b3\n\nPowered by Calendly.com
LOCATION:+34 6XX XXX 551
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feedback-descartados",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB01000000000000000010000000FDS0FEEDBACK000000000000000A020", 0, "", "", "", "", "user-as-interviewer-feedback-calls-to-rejected-candidates"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Llamar a Adrián y a Irene para darles feedback de la prueba (Noelia se incorpora el 7/4). A Irene decirle que la tenemos en cuenta para la campaña de verano.\n
UID:040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB01000000000000000010000000FDS0FEEDBACK000000000000000A020
SUMMARY;LANGUAGE=es-ES:Llamadas feedback candidatos lab no seleccionados
DTSTART;TZID=Europe/Madrid:20250325T163000
DTEND;TZID=Europe/Madrid:20250325T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T130010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
