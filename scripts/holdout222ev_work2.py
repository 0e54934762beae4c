"""holdout222 events, part 6b: the user on the assessing/hiring side (panels, debriefs, residents, Erasmus).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
All negatives: company, role, stage and interviewers are empty.
"""

from holdout222ev_tz import MADRID, ROMANCE

EVENTS = [
    (
        "tribunal",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000023",
        0, "", "", "", "", "user-as-interviewer-internal-selection-tribunal",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dirección de Enfermería HU":mailto:direccion.enfermeria@sspa-hv
 irgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado M
 arín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vega Castro, D
 olores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lora Benítez,
  Ignacio":mailto:ignacio.lora@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Comisión de valoración – convocatoria interna Enf
 ermera/o Referente de Seguridad del Paciente (Área Quirúrgica). Defensa del
  proyecto y entrevista de las 3 personas admitidas (20 min c/u). Actúas co
 mo vocal en representación de las unidades de hospitalización.\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000023
SUMMARY;LANGUAGE=es-ES:Comisión valoración - Enfermera Referente Seguridad P
 aciente
DTSTART;TZID=Romance Standard Time:20250514T093000
DTEND;TZID=Romance Standard Time:20250514T113000
DTSTAMP:20250505T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Juntas Dirección Enfermería
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "D5C4B3A2-1908-4F7E-8D6C-5B4A3928170F",
        0, "", "", "", "", "user-as-interviewer-tribunal-debrief-scores",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D5C4B3A2-1908-4F7E-8D6C-5B4A3928170F
DTSTAMP:20250514T115030Z
DTSTART:20250515T140000
DTEND:20250515T143000
SUMMARY:Puesta en común puntuaciones referente seg. paciente (con Lola e Ign
 acio)
DESCRIPTION:Mis notas: Carmen R. 8\,5 (mejor proyecto)\, Jesús 7\, Ana M. 6
 . Firmar acta.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-task",
        "20250424T172200Z-cvs-quir@rocio-android",
        0, "", "", "", "", "user-as-interviewer-cv-screening-task",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250424T172200Z-cvs-quir@rocio-android
DTSTAMP:20250424T172200Z
DTSTART:20250428T160000
DTEND:20250428T170000
SUMMARY:Mirar CVs que me pasó Lola (quirófano/URPA) y puntuar hoja
DESCRIPTION:4 candidatas. Experiencia quirúrgica\, formación\, idiomas. Dev
 olver el excel antes del 30
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "eir-review",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000026",
        0, "", "", "", "", "user-as-interviewer-eir-structured-tutor-interview",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Molina Ar
 ias, Sergio (EIR)":mailto:sergio.molina.eir@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Sergio\, entrevista estructurada de final de rot
 ación por Cirugía (formulario de la Comisión de Docencia). Trae el libro de
  residente actualizado.\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000026
SUMMARY;LANGUAGE=es-ES:Entrevista tutor-residente fin de rotación (EIR Geria
 tría)
DTSTART;TZID=Romance Standard Time:20250530T133000
DTEND;TZID=Romance Standard Time:20250530T141500
DTSTAMP:20250526T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de enfermería 4ª
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "committee",
        "erasmus-out-seleccion-2025-entrev@us.es",
        0, "", "", "", "", "user-as-interviewer-erasmus-outgoing-selection-committee",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:erasmus-out-seleccion-2025-entrev@us.es
DTSTAMP:20250214T120000Z
DTSTART;TZID="Romance Standard Time":20250226T160000
DTEND;TZID="Romance Standard Time":20250226T190000
SUMMARY:Entrevistas en inglés - selección Erasmus+ salientes 25/26 (Enfermer
 ía)
ORGANIZER;CN="Relaciones Internacionales - Enfermería":mailto:erasmus.enferm
 eria@us.es
ATTENDEE;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;CN="Romero Barea, Inmaculada":mailto:iromero@us.es
LOCATION:Facultad - Seminario 2.3
DESCRIPTION:Comisión de selección: entrevistas de 10 min en inglés a los es
 tudiantes solicitantes de movilidad Erasmus+ (Prácticas). Cada miembro pun
 túa de 0 a 10 en la plantilla compartida.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-call",
        "8C7B6A59-4837-4261-A0F9-E8D7C6B5A493",
        0, "", "", "", "", "user-as-interviewer-probation-feedback-to-supervisor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8C7B6A59-4837-4261-A0F9-E8D7C6B5A493
DTSTAMP:20250606T081000Z
DTSTART:20250610T141500
DTEND:20250610T143000
SUMMARY:Lola - valoración periodo de prueba Marta G.
DESCRIPTION:Bien en general. Le cuesta priorizar con 12 pacientes. Apta.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-call",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000029",
        0, "", "", "", "", "user-as-interviewer-feedback-call-about-candidate",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vega Castro, Dolores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado M
 arín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Cinco minutos para que me digas qué te pareció Ir
 ene y decidir si la proponemos para julio.\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000029
SUMMARY;LANGUAGE=es-ES:Valoración Irene C. (llamada)
DTSTART;TZID=Romance Standard Time:20250508T080000
DTEND;TZID=Romance Standard Time:20250508T081500
DTSTAMP:20250507T134500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        "0v3b6n9m2k5j8h1g4f7d0s3a6p@google.com",
        0, "", "", "", "", "user-as-interviewer-summer-students-selection-calls",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250318T170000
DTEND;TZID=Europe/Madrid:20250318T183000
DTSTAMP:20250312T220505Z
ORGANIZER;CN=Rocío Delgado Marín:mailto:rocio.delgado.enf@gmail.com
UID:0v3b6n9m2k5j8h1g4f7d0s3a6p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rocío Delgado Marín;X-NUM-GUESTS=0:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=nerea.b.gallego@gmail.com;X-NUM-GUESTS=0:mailto:nerea.b.gallego@gm
 ail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hugo.mrtz.enf@gmail.com;X-NUM-GUESTS=0:mailto:hugo.mrtz.enf@gmail
 .com
DESCRIPTION:Hola! Como delegada de tutores de la planta tengo que elegir qu
 ién de vosotros hace el Prácticum de verano en Cirugía (solo hay 1 plaza).
  Os llamo por Meet a las 17:00 (Nerea) y 17:45 (Hugo)\, 30 min cada uno\,
  para hablar de motivación y disponibilidad.\n\nhttps://meet.google.com/h
 pq-zxcv-mtn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamadas candidatos plaza Prácticum verano
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
