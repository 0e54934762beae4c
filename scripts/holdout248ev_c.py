# ruff: noqa: E501, W291
"""holdout248 events, part C: negatives with the user on the hiring / assessing side (OJTI, boards, cadet hiring)."""
from holdout248ev_kit import E, apple, gexport, google, outlook, tbird, wrap
from holdout248ev_zones import ME_PRIV, ME_WORK, TEAMS_EN, TEAMS_ES, TZ_ROMANCE, TZ_WEUROPE, att, gatt

EVENTS = []
A = EVENTS.append
HR = ("Lozano Díaz, Cristina", "clozano@skycontrolsur.es")


def neg(kind, uid, ics, trap):
    A(E(kind, uid, ics, 0, trap=trap))


# h1 cadet interview panel, the user is a panel member
_u = "040000008200E00074C5B7101A82E00800000000A0A0A0A0107ADB0100000000000000001000000010203040506070809000A0B0C0D0E0F0"
neg("outlook-panel-member", _u, outlook(
    _u, "Entrevista candidato: Pablo Romero Gil – Controlador/a en formación (ab initio) 2025",
    "20250226T100000", "20250226T104500",
    "Hola a los dos:\n\nOs convoco como tribunal (Álvaro Benítez como OJTI y Ramón Herrera) para la entrevista "
    "del candidato Pablo Romero Gil, proceso de cadetes ab initio 2025. En la carpeta compartida tenéis su CV, "
    "el resultado de la prueba de inglés y la hoja de valoración por competencias.\n\nCristina – RRHH",
    HR, [att("Benítez Ruiz, Álvaro", ME_WORK), att("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"),
         att("Sala Formación 1", "salaformacion1@skycontrolsur.es", role="NON-PARTICIPANT", cutype="ROOM",
             rsvp=False)],
    loc="Sala Formación 1", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "user-as-interviewer-cadet-panel-member")

# h2 interview kit reminder from local ATS
neg("ats-interview-kit", "talentclue-kit-44120-abenitez@skycontrolsur.talentclue.example", wrap(
    "-//Talent Clue//Agenda Entrevistas//ES", f"""BEGIN:VEVENT
UID:talentclue-kit-44120-abenitez@skycontrolsur.talentclue.example
DTSTAMP:20250224T070000Z
DTSTART:20250227T090000Z
DTEND:20250227T093000Z
SUMMARY:Entrevista: Irene Soto Marín · Controlador/a en formación (ab initio) · Kit de entrevista
ORGANIZER;CN=SkyControl Sur Selección:mailto:seleccion@skycontrolsur.es
ATTENDEE;CN=Álvaro Benítez;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{ME_WORK}
ATTENDEE;CN=Irene Soto Marín;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.soto.marin@gmail.com
DESCRIPTION:Eres entrevistador/a en esta entrevista.\\n\\nCandidata: Irene Soto Marín\\nPuesto: Controlador/a
  en formación (ab initio)\\nKit de entrevista y ficha de evaluación: https://skycontrolsur.talentclue.examp
 le/kits/44120\\nRecuerda enviar tu valoración en las 24 h siguientes.
LOCATION:Sala Formación 1
END:VEVENT
""", "REQUEST"), "user-as-interviewer-ats-kit-chair")

# h3 unit endorsement board for a trainee
_u = "040000008200E00074C5B7101A82E00800000000B1B1B1B1217ADB01000000000000000010000000AB12AB12AB12AB12AB12AB12AB12AB12"
neg("outlook-endorsement-board", _u, outlook(
    _u, "Tribunal de habilitación de unidad (TWR/APP LEZL) – alumno: Sergio Luque",
    "20250305T080000", "20250305T123000",
    "Se convoca el tribunal de evaluación de competencia para la anotación de habilitación de unidad del "
    "alumno Sergio Luque. Evaluador principal: Álvaro Benítez (OJTI). Vocal: Inmaculada Prados. Sesión en "
    "posición real con tráfico + entrevista oral sobre el manual de unidad.",
    ("Unidad de Formación SkyControl Sur", "formacion@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Prados Vega, Inmaculada", "iprados@skycontrolsur.es"),
     att("Luque Ramos, Sergio", "sluque@skycontrolsur.es")],
    loc="Torre LEZL – posición TWR", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "user-as-interviewer-unit-endorsement-board")

# h4 OJT assessment session, hand-typed
neg("ios-hand-typed", "F1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8", apple(
    "F1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8", "Evaluación OJT Lucía M. (sesión 14) - rellenar hoja",
    "20250307T070000", "20250307T093000", desc="APP. objetivo: secuenciación llegadas sin ayuda. Firmar log"),
    "user-as-interviewer-ojt-assessment-hand-typed")

# h5 debrief of cadet interviews
_u = "040000008200E00074C5B7101A82E00800000000C2C2C2C2327ADB01000000000000000010000000CD34CD34CD34CD34CD34CD34CD34CD34"
neg("teams-debrief", _u, outlook(
    _u, "Debrief entrevistas cadetes 2025 – decisión y ranking",
    "20250228T120000", "20250228T130000",
    "Ponemos en común las valoraciones de los 8 candidatos entrevistados esta semana y cerramos el ranking "
    "para la oferta.\n" + TEAMS_ES.format(mid="MmU1YjA0NjgtZWRjZi00", num="301 447 826 559", pc="Jw9sHq"),
    HR, [att("Benítez Ruiz, Álvaro", ME_WORK), att("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"),
         att("Prados Vega, Inmaculada", "iprados@skycontrolsur.es")],
    loc="Reunión de Microsoft Teams", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "user-as-interviewer-debrief-ranking")

# h6 Calendly, the user is the host; a candidate booked
_u = "calendly-host-5e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7"
neg("calendly-host", _u, wrap("-//Calendly//Calendly Scheduling//EN", f"""BEGIN:VEVENT
UID:{_u}
DTSTAMP:20250303T201100Z
DTSTART:20250306T160000Z
DTEND:20250306T163000Z
SUMMARY:Sara Gil Domínguez and Álvaro Benítez
ORGANIZER;CN=Álvaro Benítez:mailto:{ME_WORK}
ATTENDEE;CN=Sara Gil Domínguez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sara.gildominguez@outlook.es
DESCRIPTION:A new event has been scheduled.\\n\\nEvent Type: Llamada previa candidatos ab initio (30 min)\\n
 Invitee: Sara Gil Domínguez\\nInvitee Email: sara.gildominguez@outlook.es\\nQuestions:\\n¿Has completado la 
 prueba FEAST o similar?: No\\, me presento al curso ab initio\\n\\nView event in Calendly: https://calendly.c
 om/app/scheduled_events/user/me
LOCATION:Teléfono
END:VEVENT
""", "REQUEST"), "user-as-interviewer-calendly-host-candidate-booked")

# h7 candidate's accepted reply
_u = "040000008200E00074C5B7101A82E00800000000D3D3D3D3437ADB01000000000000000010000000EF56EF56EF56EF56EF56EF56EF56EF56"
neg("outlook-reply-accepted", _u, wrap("Microsoft Exchange Server 2010", f"""BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=David Luque Marín:mailto:dluque.atco@gmail.com
COMMENT;LANGUAGE=es-ES:Confirmo asistencia. Muchas gracias\\, allí estaré.
SUMMARY;LANGUAGE=es-ES:Aceptado: Entrevista técnica – Controlador/a TWR habilitado (candidato: David Luque)
DTSTART;TZID=Romance Standard Time:20250312T093000
DTEND;TZID=Romance Standard Time:20250312T103000
UID:{_u}
ORGANIZER;CN="Benítez Ruiz, Álvaro":mailto:{ME_WORK}
DTSTAMP:20250306T112233Z
SEQUENCE:0
END:VEVENT
""", "REPLY", TZ_ROMANCE), "user-as-interviewer-candidate-accepted-reply")

# h8 agency presents a candidate to the user
neg("google-invite", "8c6a4e2g0i8k6m4o2q0s@google.com", google(
    "8c6a4e2g0i8k6m4o2q0s@google.com", "Candidate presentation: Tom Hendricks (APS/ADI rated) for SkyControl Sur TWR/APP vacancy",
    "20250313T113000Z", "20250313T120000Z",
    "Hi Álvaro,\n\nAs promised, 30 min to walk you through Tom Hendricks' profile (UK licence, 9 yrs approach, "
    "Level 6 English, Spanish B2) for your open TWR/APP controller vacancy in Seville, before you decide whether "
    "to interview him. CV attached to my email.\n\nGareth",
    ("Gareth Pryce", "gareth.pryce@skyroute-recruit.co.uk"), me=ME_WORK, loc="Phone"),
    "user-as-interviewer-agency-presents-candidate")

# h9 simulator test for applicants, the user assesses
_u = "040000008200E00074C5B7101A82E00800000000E4E4E4E4547ADB0100000000000000001000000001AB01AB01AB01AB01AB01AB01AB01AB"
neg("outlook-assessor", _u, outlook(
    _u, "Prueba de simulador candidatos ATCO habilitados (traslados externos) – evaluadores",
    "20250318T083000", "20250318T140000",
    "Evaluadores: Álvaro Benítez y Rocío Maldonado. 4 candidatos, 75 min cada uno. Usad la rúbrica v3 "
    "(planificación, separación, comunicación, gestión de carga). Las notas al portal de selección el mismo día.",
    ("Unidad de Formación SkyControl Sur", "formacion@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Maldonado Ruiz, Rocío", "rmaldonado@skycontrolsur.es"),
     att("Simulador TWR 3D", "sim.twr3d@skycontrolsur.es", role="NON-PARTICIPANT", cutype="RESOURCE", rsvp=False)],
    loc="Simulador TWR 3D", tzid="W. Europe Standard Time", vtz=""),
    "user-as-interviewer-simulator-assessor")

# h10 Microsoft Bookings: candidate booked a slot with the user (staff)
_u = "bookings-2b8c4d6e-1f3a-4b5c-9d7e-0a1b2c3d4e5f"
neg("microsoft-bookings-staff", _u, outlook(
    _u, "Entrevista de selección – Marta Ibáñez Cruz (candidata Controlador/a habilitado/a)",
    "20250320T160000", "20250320T163000",
    "Nueva reserva\n\nServicio: Entrevista de selección (30 min)\nCliente: Marta Ibáñez Cruz\nCorreo: "
    "marta.ibanez.cruz@yahoo.es\nPersonal: Álvaro Benítez\n\nCon tecnología de Microsoft Bookings",
    ("SkyControl Sur Selección", "Seleccion@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Marta Ibáñez Cruz", "marta.ibanez.cruz@yahoo.es")],
    loc="Microsoft Teams", tzid="Romance Standard Time", vtz=TZ_ROMANCE, altdesc=False),
    "user-as-interviewer-bookings-staff")

# h11 external transfer candidate interview (English)
_u = "040000008200E00074C5B7101A82E00800000000F5F5F5F5657ADB0100000000000000001000000023CD23CD23CD23CD23CD23CD23CD23CD"
neg("teams-invite", _u, outlook(
    _u, "Interview – rated TWR/APP controller (external) – candidate Niels Vermeulen",
    "20250325T140000", "20250325T150000",
    "Panel: Álvaro Benítez (OJTI), Rocío Maldonado (Supervisor). Interview in English; Spanish level check at "
    "the end by Cristina.\n" + TEAMS_EN.format(mid="YjM4OWQ1NzAtZmI2Ny00", num="345 221 907 634", pc="Vn3mLp"),
    HR, [att("Benítez Ruiz, Álvaro", ME_WORK), att("Maldonado Ruiz, Rocío", "rmaldonado@skycontrolsur.es"),
         att("Niels Vermeulen", "niels.vermeulen@proton.me")],
    loc="Microsoft Teams Meeting", tzid="Romance Standard Time", vtz=TZ_ROMANCE, lang="en-US"),
    "user-as-interviewer-external-candidate-english")

# h12 cadet assessment centre, observer, all-day
neg("google-export-all-day", "acentre-cadetes-2025@skycontrolsur.es", gexport(
    "acentre-cadetes-2025@skycontrolsur.es", "Assessment centre cadetes – yo de observador (grupo B)",
    "20250403", "20250404", desc="Dinámicas de grupo + ejercicio de priorización. Rellenar matriz de "
    "observación por candidato. Comida con candidatos NO.", loc="Hotel Aeropuerto Sevilla, salón Giralda",
    calname=ME_WORK, tzid=None),
    "user-as-interviewer-assessment-centre-observer")

# h13 feedback overdue reminder (Workday)
neg("workday-feedback-task", "WD-SCS-FEEDBACK-R0211-ABENITEZ@myworkday.example", wrap(
    "-//Workday Inc.//Workday Recruiting//ES", f"""BEGIN:VEVENT
UID:WD-SCS-FEEDBACK-R0211-ABENITEZ@myworkday.example
DTSTAMP:20250313T060000Z
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
SUMMARY:Tarea pendiente: enviar feedback de entrevista – Nerea Vidal (R0211 Controlador/a TWR)
DESCRIPTION:Entrevistaste a Nerea Vidal el 12/03. Completa el formulario de feedback en Workday.
ORGANIZER;CN=Workday:mailto:noreply@skycontrolsur.myworkday.example
ATTENDEE;CN=Álvaro Benítez:mailto:{ME_WORK}
TRANSP:TRANSPARENT
END:VEVENT
""", "REQUEST"), "user-as-interviewer-feedback-task")

# h14 weekly OJTI progress review with a RECURRENCE-ID override
_u = "040000008200E00074C5B7101A82E00800000000A6A6A6A6767ADB0100000000000000001000000034EF34EF34EF34EF34EF34EF34EF34EF"
neg("outlook-recurring-override", _u, wrap("Microsoft Exchange Server 2010", f"""BEGIN:VEVENT
ORGANIZER;CN="Benítez Ruiz, Álvaro":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Sáez, Lucía":mailto:lmartin@skycontrolsur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Luque Ramos, Sergio":mailto:sluque@skycontrolsur.es
DESCRIPTION;LANGUAGE=es-ES:Revisión semanal de progreso OJT: objetivos de la semana\\, hoja de evaluación\\,
  horas en posición. Traed vuestro logbook.\\n
RRULE:FREQ=WEEKLY;UNTIL=20250530T070000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:{_u}
SUMMARY;LANGUAGE=es-ES:Revisión progreso OJT alumnos (semanal)
DTSTART;TZID=Romance Standard Time:20250303T090000
DTEND;TZID=Romance Standard Time:20250303T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250301T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala briefing
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Benítez Ruiz, Álvaro":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Sáez, Lucía":mailto:lmartin@skycontrolsur.es
RECURRENCE-ID;TZID=Romance Standard Time:20250317T090000
UID:{_u}
SUMMARY;LANGUAGE=es-ES:Revisión progreso OJT – solo Lucía (evaluación intermedia)
DTSTART;TZID=Romance Standard Time:20250318T120000
DTEND;TZID=Romance Standard Time:20250318T130000
DTSTAMP:20250312T100000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Sala briefing
END:VEVENT
""", "REQUEST", TZ_ROMANCE), "user-as-interviewer-ojti-recurring-review-override")

# h15 phone screen of a candidate by the user (Google, private)
neg("google-invite", "3e5g7i9k1m3o5q7s9u1w@google.com", google(
    "3e5g7i9k1m3o5q7s9u1w@google.com", "Llamada screening candidato ATCO – Jorge Molina (lo hago yo)",
    "20250321T170000Z", "20250321T173000Z",
    "Llamada de preselección: motivación, disponibilidad para turnos, habilitaciones. Candidato: Jorge "
    "Molina Ortiz. Anotar en la ficha compartida.",
    ("Álvaro Benítez", ME_PRIV), [gatt("Jorge Molina Ortiz", "jmolina.ortiz@gmail.com")], me=ME_WORK, lang="es"),
    "user-as-interviewer-phone-screen-organizer")

# h16 assessor calibration meeting
_u = "040000008200E00074C5B7101A82E00800000000B7B7B7B7877ADB0100000000000000001000000045AB45AB45AB45AB45AB45AB45AB45AB"
neg("outlook-invite", _u, outlook(
    _u, "Calibración de evaluadores – proceso de selección cadetes 2025",
    "20250224T123000", "20250224T133000",
    "Antes de empezar las entrevistas repasamos la rúbrica de competencias, ejemplos de puntuación 1-5 y "
    "sesgos habituales del entrevistador.",
    HR, [att("Benítez Ruiz, Álvaro", ME_WORK), att("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"),
         att("Maldonado Ruiz, Rocío", "rmaldonado@skycontrolsur.es")],
    loc="Sala Formación 1", tzid="W. Europe Standard Time", vtz=TZ_WEUROPE),
    "user-as-interviewer-calibration")

# h17 competence check of a colleague (the user is checker), Thunderbird
neg("thunderbird-hand-typed", "7c2e9a41-5b3d-4f86-a0e2-6d1b8c3f9e05", tbird(
    "7c2e9a41-5b3d-4f86-a0e2-6d1b8c3f9e05", "Chequeo competencia Rocío M. (yo evaluador) APP",
    "20250326T150000", "20250326T170000",
    desc="Evaluación periódica de competencia (plan de competencia de unidad). Sesión + entrevista oral 20 min."),
    "user-as-interviewer-competence-check-assessor")

# h18 cadet interview day schedule, hand entry on iPhone
neg("ios-hand-typed", "0B9C8D7E-6F5A-4B3C-2D1E-0F9A8B7C6D5E", apple(
    "0B9C8D7E-6F5A-4B3C-2D1E-0F9A8B7C6D5E", "Entrevistar cadetes 3 y 4 (J. Molina, A. Rey)",
    "20250327T090000", "20250327T113000", desc="kits en la carpeta RRHH. Yo pregunto parte técnica", alarm="-PT20M"),
    "user-as-interviewer-hand-typed-entrevistar")

# h19 trainee mid-course progress board at the academy, user as external examiner (English)
neg("google-invite", "5a7c9e1g3i5k7m9o1q3s@google.com", google(
    "5a7c9e1g3i5k7m9o1q3s@google.com", "Practical exam board – APS rating students (external examiner: Álvaro Benítez)",
    "20250410T070000Z", "20250410T150000Z",
    "Dear Álvaro, thank you for acting again as external examiner for the APS rating practical exams. Six "
    "students, 60 min each, examiner forms attached.\nInês Tavares, Head of Training",
    ("Inês Tavares", "ines.tavares@euroatc-institute.pt"), loc="EuroATC Training Institute, Oeiras"),
    "user-as-interviewer-external-examiner-known-employer")

# h20 job offer / selection committee minutes signing (Outlook, SENT-BY)
_u = "040000008200E00074C5B7101A82E00800000000C8C8C8C8987ADB0100000000000000001000000056CD56CD56CD56CD56CD56CD56CD56CD"
neg("outlook-sent-by", _u, outlook(
    _u, "Firma acta comisión de selección – Controladores habilitados (traslados) 2025",
    "20250331T130000", "20250331T133000",
    "Firma del acta con las puntuaciones finales de los candidatos evaluados en simulador y entrevista. "
    "Miembros de la comisión: I. Prados, A. Benítez, R. Maldonado.",
    ("Prados Vega, Inmaculada", "iprados@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Maldonado Ruiz, Rocío", "rmaldonado@skycontrolsur.es")],
    loc="Dirección", tzid="Romance Standard Time", vtz=TZ_ROMANCE, sent_by="clozano@skycontrolsur.es"),
    "user-as-interviewer-selection-committee-minutes")
