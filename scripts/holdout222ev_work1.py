"""holdout222 events, part 6: the user on the assessing/hiring side (tutor of students, panels, new staff).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
All negatives: company, role, stage and interviewers are empty.
"""

from holdout222ev_tz import MADRID, ROMANCE

EVENTS = [
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000011",
        0, "", "", "", "", "user-as-interviewer-practicum-final-evaluation-interview",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Orte
 ga Vela:mailto:lucortvel@alum.us.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Romero Ba
 rea, Inmaculada":mailto:iromero@us.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTe cito para la entrevista de eva
 luación final del Prácticum IV (Cirugía General). Revisaremos juntas la rúb
 rica de competencias\, tu diario reflexivo y el caso clínico. Trae el portaf
 olio.\n\nInma (profesora responsable) se conecta si puede.\n\nRocío – Tutor
 a clínica\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000011
SUMMARY;LANGUAGE=es-ES:Entrevista evaluación final Prácticum IV - Lucía Orteg
 a
DTSTART;TZID=Romance Standard Time:20250404T133000
DTEND;TZID=Romance Standard Time:20250404T141500
DTSTAMP:20250331T102233Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho supervisión - Cirugía General 4ª planta
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reply-accepted",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000012",
        0, "", "", "", "", "user-as-interviewer-student-accepted-reply",
        """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;PARTSTAT=ACCEPTED;CN=Álvaro Ruiz Campos:mailto:alvruicam@alum.us.es
COMMENT;LANGUAGE=es-ES:Perfecto\, allí estaré. Gracias!
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000012
SUMMARY;LANGUAGE=es-ES:Aceptado: Entrevista de seguimiento Prácticum - Álvar
 o Ruiz
DTSTART;TZID=Romance Standard Time:20250326T140000
DTEND;TZID=Romance Standard Time:20250326T143000
DTSTAMP:20250324T181455Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de enfermería 4ª planta
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ecoe-examiner",
        "ecoe-4-enf-2025-est05-evaluadores@us.es",
        0, "", "", "", "", "user-as-interviewer-ecoe-examiner-students",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:ecoe-4-enf-2025-est05-evaluadores@us.es
DTSTAMP:20250410T090000Z
DTSTART;TZID="Romance Standard Time":20250521T083000
DTEND;TZID="Romance Standard Time":20250521T143000
SUMMARY:ECOE 4º Grado Enfermería - Evaluadora Estación 5 (herida quirúrgica)
ORGANIZER;CN="Coordinación ECOE - Facultad de Enfermería":mailto:ecoe-enferm
 eria@us.es
ATTENDEE;CN="Delgado Marín, Rocío";RSVP=TRUE:mailto:rocio.delgado@sspa-hvirg
 en.es
LOCATION:Facultad de Enfermería\, Fisioterapia y Podología - Aulas de simul
 ación
DESCRIPTION:Estimada tutora clínica:\n\nGracias por participar como evaluad
 ora en la ECOE de 4º curso. Estás asignada a la Estación 5 (valoración y cu
 ra de herida quirúrgica). Cada alumno/a rota 10 minutos\; rellenarás la hoj
 a de evaluación (checklist) en la tablet.\n\nBriefing de evaluadores: 8:30
  en el Salón de Grados.\n\nCoordinación ECOE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-notes",
        "6E0D9C8B-7A65-4F43-B210-9F8E7D6C5B4A",
        0, "", "", "", "", "user-as-interviewer-typed-student-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6E0D9C8B-7A65-4F43-B210-9F8E7D6C5B4A
DTSTAMP:20250326T151500Z
DTSTART:20250326T143000
DTEND:20250326T150000
SUMMARY:Entrev. alumna Paula (2º) - evaluación intermedia
DESCRIPTION:flojita en cálculo de dosis\, muy bien con pacientes. Repetir e
 jercicio de diluciones. Comentar con Inma antes del viernes. Nota provisio
 nal ~7
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-host",
        "b00k1ng5-us-tutorias-7e2f-4c1a-9d3b-20250408@us.es",
        0, "", "", "", "", "user-as-interviewer-bookings-host-student-tutorial",
        """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:b00k1ng5-us-tutorias-7e2f-4c1a-9d3b-20250408@us.es
DTSTAMP:20250403T200155Z
DTSTART;TZID=Romance Standard Time:20250408T150000
DTEND;TZID=Romance Standard Time:20250408T152000
SUMMARY:Tutoría Prácticum (revisión portafolio) - Marina Soler
ORGANIZER;CN=Tutorías Prácticum Cirugía:mailto:TutoriasPracticumCirugia@us.es
ATTENDEE;CN="Delgado Marín, Rocío";ROLE=REQ-PARTICIPANT:mailto:rocio.delgado
 @sspa-hvirgen.es
ATTENDEE;CN=Marina Soler Díaz;ROLE=REQ-PARTICIPANT:mailto:marsoldia@alum.us.
 es
DESCRIPTION:Nueva reserva\n\nServicio: Tutoría Prácticum (revisión portafoli
 o)\nPersonal: Rocío Delgado Marín\nCliente: Marina Soler Díaz\nNotas del c
 liente: quiero revisar el plan de cuidados antes de la evaluación\n\nTeams:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9v
LOCATION:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "deadline",
        "20250515-rubricas-practicum@rocio-android",
        0, "", "", "", "", "user-as-interviewer-grading-rubrics-deadline",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250515-rubricas-practicum@rocio-android
DTSTAMP:20250505T101000Z
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
SUMMARY:ÚLTIMO DÍA subir rúbricas + informes alumnos Prácticum (plataforma)
DESCRIPTION:Lucía\, Álvaro\, Marina\, Paula. Informe de tutora + nota numé
 rica. Sin esto no les cierran acta.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-meeting",
        "comision-tutores-cir-20250522@sspa-hvirgen.es",
        0, "", "", "", "", "user-as-interviewer-grading-committee-debrief",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:comision-tutores-cir-20250522@sspa-hvirgen.es
DTSTAMP:20250512T073000Z
DTSTART;TZID="Romance Standard Time":20250522T140000
DTEND;TZID="Romance Standard Time":20250522T150000
SUMMARY:Reunión tutores clínicos Cirugía - puesta en común calificaciones P
 rácticum
ORGANIZER;CN="Romero Barea, Inmaculada":mailto:iromero@us.es
ATTENDEE;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;CN="Vázquez León, Manuel":mailto:manuel.vazquez@sspa-hvirgen.es
ATTENDEE;CN="Pineda Ríos, Rosa":mailto:rosa.pineda@sspa-hvirgen.es
LOCATION:Reunión de Microsoft Teams
DESCRIPTION:Orden del día: 1) calificaciones propuestas por cada tutor/a\, 2
 ) casos con competencias no alcanzadas (recuperación)\, 3) propuestas de ma
 trícula de honor.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000018",
        0, "", "", "", "", "user-as-interviewer-supervisor-panel-perfil-especifico",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vega Castro, Dolores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado M
 arín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Juntas Supervisión 4
 ª":mailto:sala.juntas4@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Rocío\, necesito que estés conmigo en las entrevi
 stas de las enfermeras de la bolsa de perfil específico de quirófano/URPA q
 ue pueden venir este verano. Son 4\, 20 min cada una. Te paso la hoja de va
 loración.\nLola\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000018
SUMMARY;LANGUAGE=es-ES:Entrevistas perfil específico verano (conmigo)
DTSTART;TZID=Romance Standard Time:20250430T120000
DTEND;TZID=Romance Standard Time:20250430T133000
DTSTAMP:20250423T121212Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas Supervisión 4ª
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB0100000000000000001000000019",
        0, "", "", "", "", "user-as-interviewer-candidate-on-free-mail",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vega Castro, Dolores":mailto:dolores.vega@sspa-hvirgen.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.cast
 ano93@hotmail.com:mailto:irene.castano93@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delgado Marín
 , Rocío":mailto:rocio.delgado@sspa-hvirgen.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Irene\, te esperamos en la supervisió
 n de Cirugía General (4ª planta) para conocerte y comentarte el funcionamie
 nto de la unidad de cara al contrato de verano. Estaremos Rocío Delgado (en
 fermera de la unidad) y yo.\nDolores Vega – Supervisora\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 01000000019
SUMMARY;LANGUAGE=es-ES:Entrevista Irene Castaño - Cirugía General
DTSTART;TZID=Romance Standard Time:20250507T123000
DTEND;TZID=Romance Standard Time:20250507T130000
DTSTAMP:20250502T083000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Supervisión Cirugía General - 4ª planta
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "20250505T210022Z-0087-acomp@rocio-android",
        0, "", "", "", "", "user-as-interviewer-new-hire-shadowing-her-shift",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250505T210022Z-0087-acomp@rocio-android
DTSTAMP:20250505T210022Z
DTSTART:20250512T080000
DTEND:20250512T150000
SUMMARY:M + acompañamiento Marta G. (nueva contratada\, me sigue todo el tur
 no)
DESCRIPTION:Hoja de acogida\, enseñarle Diraya y carro de paradas. Al final
  rellenar la valoración para Lola
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "observership",
        "5p0c7t2g9r4m1x8b6n3k0d5h2j@google.com",
        0, "", "", "", "", "user-as-interviewer-assesses-erasmus-trainee-observership",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250414T080000
DTEND;TZID=Europe/Madrid:20250414T150000
DTSTAMP:20250408T110101Z
ORGANIZER;CN=Relaciones Internacionales Enfermería:mailto:erasmus.enfermeria
 @us.es
UID:5p0c7t2g9r4m1x8b6n3k0d5h2j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rocío D
 elgado Marín;X-NUM-GUESTS=0:mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anna Sc
 hmidt;X-NUM-GUESTS=0:mailto:anna.schmidt@stud.hs-esslingen.de
DESCRIPTION:Observership day for incoming Erasmus+ trainee Anna Schmidt (Hoc
 hschule Esslingen). Rocío will supervise her during the morning shift and
  complete the first-week assessment form (language\, safety\, attitude) so
  we can confirm her placement.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Erasmus+ trainee Anna Schmidt - first shift with tutor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-meeting",
        "erasmus-in-2025-entrev-previa-0327@us.es",
        0, "", "", "", "", "user-as-interviewer-coordinator-sends-incoming-candidate",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:erasmus-in-2025-entrev-previa-0327@us.es
DTSTAMP:20250320T093000Z
DTSTART;TZID="Romance Standard Time":20250327T160000
DTEND;TZID="Romance Standard Time":20250327T163000
SUMMARY:Entrevista previa candidata Erasmus+ entrante (Cirugía) - A. Schmidt
ORGANIZER;CN="Relaciones Internacionales - Enfermería":mailto:erasmus.enferm
 eria@us.es
ATTENDEE;CN="Delgado Marín, Rocío":mailto:rocio.delgado@sspa-hvirgen.es
ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@stud.hs-esslingen.de
LOCATION:Reunión de Microsoft Teams
DESCRIPTION:Hola Rocío\, te enviamos la candidata para la plaza de prácticas
  Erasmus+ en tu unidad (CV y Learning Agreement adjuntos). ¿Puedes hacerle
  una entrevista breve en inglés para valorar nivel y motivación\, y nos dic
 es si la aceptas?\nGracias!
END:VEVENT
END:VCALENDAR
""",
    ),
]
