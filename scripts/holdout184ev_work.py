# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events: the user's everyday calendar at Mercanta (negatives that are not hiring-side).
Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_MX, ev

GHEAD = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MX

EVENTS = [
    ev("daily-recurring", "1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", 0, trap="daily-standup-recurring-with-override",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260302T093000
DTEND;TZID=America/Mexico_City:20260302T094500
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
EXDATE;TZID=America/Mexico_City:20260316T093000
DTSTAMP:20260227T190000Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=squad-checkout;X-NUM-GUESTS=0:mailto:squad-checkout@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20250811T170000Z
DESCRIPTION:Daily del squad Checkout. ¿Qué hice ayer\, qué haré hoy\, bloqueos? 15 min máx.
LAST-MODIFIED:20260227T190000Z
LOCATION:https://meet.google.com/chk-dly-mrc
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:Daily Checkout
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260312T100000
DTEND;TZID=America/Mexico_City:20260312T101500
DTSTAMP:20260311T221500Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
RECURRENCE-ID;TZID=America/Mexico_City:20260312T093000
CREATED:20250811T170000Z
DESCRIPTION:Hoy la movemos a las 10 por el release de pagos.
LAST-MODIFIED:20260311T221500Z
LOCATION:https://meet.google.com/chk-dly-mrc
SEQUENCE:4
STATUS:CONFIRMED
SUMMARY:Daily Checkout (movida)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("sprint-planning", "3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com", 0, trap="sprint-planning", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260309T110000
DTEND;TZID=America/Mexico_City:20260309T123000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
DTSTAMP:20260220T170000Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=squad-checkout;X-NUM-GUESTS=0:mailto:squad-checkout@mercanta.mx
CREATED:20260220T165900Z
DESCRIPTION:Sprint planning: refinamiento rápido + compromiso del sprint. Tablero: https://mercanta.atlassian.net/jira/software/projects/CHK/boards/12
LAST-MODIFIED:20260220T170000Z
LOCATION:Sala Tianguis (piso 3)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sprint Planning – Checkout
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("retro", "5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com", 0, trap="sprint-retro", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260320T150000
DTEND;TZID=America/Mexico_City:20260320T160000
DTSTAMP:20260316T181000Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=squad-checkout;X-NUM-GUESTS=0:mailto:squad-checkout@mercanta.mx
CREATED:20260316T180958Z
DESCRIPTION:Retro sprint 31 🙃 – tablero en EasyRetro: https://easyretro.io/board/mrc-chk-31\nTema: el incidente de conciliación del martes.
LAST-MODIFIED:20260316T181000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Retro sprint 31
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("code-review", "7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com", 0, trap="code-review-session", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260311T170000
DTEND;TZID=America/Mexico_City:20260311T174500
DTSTAMP:20260311T150012Z
ORGANIZER;CN=Alejandro Ríos:mailto:alejandro.rios@mercanta.mx
UID:7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bruno Salgado;X-NUM-GUESTS=0:mailto:bruno.salgado@mercanta.mx
CREATED:20260311T150010Z
DESCRIPTION:Revisemos juntos el PR #4821 (refactor de conciliación con Conekta) antes de mergear\, está grande.
LAST-MODIFIED:20260311T150012Z
LOCATION:https://meet.google.com/cr4-821-mrc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Code review PR #4821 conciliación
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("on-call", "pd-oncall-backend-2026w15-arios@mercanta.pagerduty.com", 0, trap="on-call-rotation-all-day",
       ics=r"""BEGIN:VCALENDAR
PRODID:-//PagerDuty//On-Call Schedule//EN
VERSION:2.0
X-WR-CALNAME:Backend Primary (Mercanta)
BEGIN:VEVENT
UID:pd-oncall-backend-2026w15-arios@mercanta.pagerduty.com
DTSTAMP:20260401T000000Z
DTSTART;VALUE=DATE:20260406
DTEND;VALUE=DATE:20260413
SUMMARY:On Call - Alejandro Ríos - Backend Primary
DESCRIPTION:Guardia backend (primary). Escalation policy: Backend → Karla Méndez → CTO.\nhttps://mercanta.pagerduty.com/schedules/PBK8Q2R
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("one-on-one", "9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com", 0, trap="one-on-one-with-manager", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260305T130000
DTEND;TZID=America/Mexico_City:20260305T133000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH
DTSTAMP:20251103T180000Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20251103T175900Z
DESCRIPTION:Agenda compartida: https://docs.google.com/document/d/1kR-1on1-alejandro-karla
LAST-MODIFIED:20251103T180000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:1:1 Alejandro / Karla
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("performance-review", "1l3n5p7r9t1v3x5z7b9d1f3h5j@google.com", 0, trap="own-performance-review-at-current-job",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260324T120000
DTEND;TZID=America/Mexico_City:20260324T130000
DTSTAMP:20260316T194500Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:1l3n5p7r9t1v3x5z7b9d1f3h5j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260316T194458Z
DESCRIPTION:Conversación de evaluación de desempeño H2-2025 (ciclo en Lattice). Revisamos tu autoevaluación\, el feedback 360 y objetivos para el siguiente semestre. También hablamos de tu plan de carrera hacia Sr.
LAST-MODIFIED:20260316T194500Z
LOCATION:Sala Mercado (piso 5)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Evaluación de desempeño – Alejandro Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("exit-interview", "3n5p7r9t1v3x5z7b9d1f3h5j7l@google.com", 0, trap="own-exit-interview-current-employer",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260529T120000
DTEND;TZID=America/Mexico_City:20260529T124500
DTSTAMP:20260522T161200Z
ORGANIZER;CN=Luz Arellano:mailto:luz.arellano@mercanta.mx
UID:3n5p7r9t1v3x5z7b9d1f3h5j7l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luz Arellano;X-NUM-GUESTS=0:mailto:luz.arellano@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260522T161158Z
DESCRIPTION:Hola Alejandro\, como parte de tu proceso de baja agendamos tu entrevista de salida. Es confidencial y nos ayuda a mejorar. También revisamos finiquito\, devolución de laptop y accesos.
LAST-MODIFIED:20260522T161200Z
LOCATION:Sala Mercado (piso 5)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de salida – Alejandro Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("meetup-talk", "meetup-event-306611452-speaker@meetup.com", 0, trap="user-gives-meetup-talk-about-interviews",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Meetup//Meetup Events//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_MX}
BEGIN:VEVENT
UID:meetup-event-306611452-speaker@meetup.com
DTSTAMP:20260402T180000Z
DTSTART;TZID=America/Mexico_City:20260423T190000
DTEND;TZID=America/Mexico_City:20260423T210000
SUMMARY:Python CDMX #94: Cómo pasar una entrevista técnica (y no morir en el intento)
DESCRIPTION:Charla de Alejandro Ríos (Backend @ Mercanta): live coding\, system design y entrevistas en inglés para trabajos remotos – qué evalúan realmente y cómo prepararte. Después\, lightning talks y pizza 🍕.\n\nhttps://www.meetup.com/python-cdmx/events/306611452/
LOCATION:WeWork Reforma 296\, Juárez\, CDMX
URL:https://www.meetup.com/python-cdmx/events/306611452/
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("seller-discovery", "5p7r9t1v3x5z7b9d1f3h5j7l9n@google.com", 0, trap="product-discovery-interviews-with-sellers",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260408T110000
DTEND;TZID=America/Mexico_City:20260408T123000
DTSTAMP:20260403T170300Z
ORGANIZER;CN=Mariela Soto:mailto:mariela.soto@mercanta.mx
UID:5p7r9t1v3x5z7b9d1f3h5j7l9n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mariela Soto;X-NUM-GUESTS=0:mailto:mariela.soto@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260403T170258Z
DESCRIPTION:Entrevistas de discovery con 3 vendedores del marketplace sobre el nuevo flujo de devoluciones. Alejandro entra de oyente para dudas técnicas de la API. Guion: https://docs.google.com/document/d/1dsc-devoluciones
LAST-MODIFIED:20260403T170300Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas con vendedores – discovery devoluciones
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("postmortem", "7r9t1v3x5z7b9d1f3h5j7l9n1p@google.com", 0, trap="incident-postmortem", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260319T160000
DTEND;TZID=America/Mexico_City:20260319T170000
DTSTAMP:20260318T013000Z
ORGANIZER;CN=Alejandro Ríos:mailto:alejandro.rios@mercanta.mx
UID:7r9t1v3x5z7b9d1f3h5j7l9n1p@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ing-backend;X-NUM-GUESTS=0:mailto:ing-backend@mercanta.mx
CREATED:20260318T012958Z
DESCRIPTION:Postmortem INC-2291: pagos duplicados en conciliación (martes 17). Blameless. Doc: https://docs.google.com/document/d/1pm-inc-2291
LAST-MODIFIED:20260318T013000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Postmortem INC-2291
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("vendor-demo", "9t1v3x5z7b9d1f3h5j7l9n1p3r@google.com", 0, trap="vendor-demo-payments-provider", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260422T120000
DTEND;TZID=America/Mexico_City:20260422T130000
DTSTAMP:20260417T150500Z
ORGANIZER;CN=Esteban Vidal:mailto:esteban.vidal@conekta.com
UID:9t1v3x5z7b9d1f3h5j7l9n1p3r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Esteban Vidal;X-NUM-GUESTS=0:mailto:esteban.vidal@conekta.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260417T150458Z
DESCRIPTION:Demo de la nueva API de pagos recurrentes y webhooks v2. Traigan dudas sobre idempotencia y reintentos.
LAST-MODIFIED:20260417T150500Z
LOCATION:https://meet.google.com/cnk-dmo-mrc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Conekta <> Mercanta | Demo pagos recurrentes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("aws-training", "aws-ilt-88120-20260519@awstraining.com", 0, trap="cloud-training-course", fold=False,
       ics=r"""BEGIN:VCALENDAR
PRODID:-//AWS Training and Certification//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:aws-ilt-88120-20260519@awstraining.com
DTSTAMP:20260405T120000Z
DTSTART:20260519T150000Z
DTEND:20260519T230000Z
SUMMARY:Architecting on AWS (Virtual Classroom) – Día 1 de 3
DESCRIPTION:Clase virtual en español impartida por un instructor autorizado. Inscrito por: Mercanta (L&D). Liga del aula en tu cuenta de AWS Skill Builder.
LOCATION:Virtual
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("internal-blog-interview", "1v3x5z7b9d1f3h5j7l9n1p3r5t@google.com", 0,
       trap="internal-comms-interview-for-engineering-blog", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260317T130000
DTEND;TZID=America/Mexico_City:20260317T133000
DTSTAMP:20260312T204000Z
ORGANIZER;CN=Andrea Villalobos:mailto:andrea.villalobos@mercanta.mx
UID:1v3x5z7b9d1f3h5j7l9n1p3r5t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea Villalobos;X-NUM-GUESTS=0:mailto:andrea.villalobos@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260312T203958Z
DESCRIPTION:¡Hola Ale! Te entrevisto para el blog de Ingeniería / newsletter interno sobre la migración a colas de eventos. 5-6 preguntas\, súper relajado. Lo grabamos para sacar citas textuales.
LAST-MODIFIED:20260312T204000Z
LOCATION:https://meet.google.com/blg-ing-mrc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista para el blog de Ingeniería (Comunicación Interna)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
