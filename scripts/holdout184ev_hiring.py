# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events: the user on the HIRING side at Mercanta (all negatives). Mercanta runs Google
Workspace and Teamtailor. Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_MX, ev

GHEAD = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MX

EVENTS = [
    ev("teamtailor-interviewer", "tt-interview-a7c21e90-4b3f-4d18-9e62-c05f8b3d1a77@teamtailor.com", 0,
       trap="user-as-interviewer-teamtailor-invite-to-interviewer", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//ES
VERSION:2.0
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
UID:tt-interview-a7c21e90-4b3f-4d18-9e62-c05f8b3d1a77@teamtailor.com
DTSTAMP:20260309T162211Z
DTSTART;TZID=America/Mexico_City:20260312T120000
DTEND;TZID=America/Mexico_City:20260312T130000
SUMMARY:Entrevista técnica: Daniela Pérez – Backend Developer Jr
ORGANIZER;CN=Renata Ochoa (Mercanta):mailto:renata.ochoa@mercanta.mx
ATTENDEE;CN=Alejandro Ríos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CN=Daniela Pérez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniela.perez.dev@gmail.com
DESCRIPTION:Entrevistador(es): Alejandro Ríos\nCandidata: Daniela Pérez\nPuesto: Backend Developer Jr (Squad Checkout)\n\nKit de entrevista: https://app.teamtailor.com/companies/mercanta/jobs/2231/interview-kits/88\nCV y respuestas del formulario en Teamtailor. Por favor deja tu evaluación (scorecard) antes de 24 h.\n\nGoogle Meet: https://meet.google.com/mrc-dnp-tec
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("panel-seat", "3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com", 0, trap="user-as-interviewer-panel-senior-candidate",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260318T160000
DTEND;TZID=America/Mexico_City:20260318T170000
DTSTAMP:20260313T231144Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Jiménez;X-NUM-GUESTS=0:mailto:paola.jimenez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=luis.arroyo.mx@outlook.com;X-NUM-GUESTS=0:mailto:luis.arroyo.mx@outlook.com
CREATED:20260313T231142Z
DESCRIPTION:Panel técnico para la vacante Backend Sr (Pagos). Candidato: Luis Arroyo.\n\nReparto: Alejandro – diseño de APIs e idempotencia\; Paola – bases de datos\; yo – experiencia/liderazgo.\nRúbrica en el doc del kit. Nos quedamos 10 min al final sin el candidato.\n\nÚnete con Google Meet: https://meet.google.com/pnl-arr-bsr
LAST-MODIFIED:20260313T231144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Panel técnico · Luis Arroyo (Backend Sr)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("scorecard-due", "tt-task-scorecard-88-2231-dperez@teamtailor.com", 0,
       trap="user-as-interviewer-scorecard-reminder-all-day", ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//ES
VERSION:2.0
BEGIN:VEVENT
UID:tt-task-scorecard-88-2231-dperez@teamtailor.com
DTSTAMP:20260312T190500Z
DTSTART;VALUE=DATE:20260313
DTEND;VALUE=DATE:20260314
SUMMARY:Pendiente: evaluación de Daniela Pérez (Backend Developer Jr)
DESCRIPTION:Tienes una evaluación pendiente en Teamtailor.\nCandidata: Daniela Pérez\nEtapa: Entrevista técnica\nCalifica: código\, comunicación\, fundamentos de SQL (1–4) y deja tu recomendación.\n\nhttps://app.teamtailor.com/companies/mercanta/candidates/551902/reviews
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("debrief", "5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com", 0, trap="user-as-interviewer-debrief-jr-candidates",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260320T133000
DTEND;TZID=America/Mexico_City:20260320T140000
DTSTAMP:20260317T170001Z
ORGANIZER;CN=Renata Ochoa:mailto:renata.ochoa@mercanta.mx
UID:5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata Ochoa;X-NUM-GUESTS=0:mailto:renata.ochoa@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260317T165959Z
DESCRIPTION:Cierre de la terna para Backend Developer Jr: Daniela P.\, Óscar L. y Jorge S. Traigan sus scorecards llenos. Salimos con decisión de oferta.
LAST-MODIFIED:20260317T170001Z
LOCATION:Sala Tianguis (piso 3)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief vacante Backend Jr
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("hiring-committee", "7g9i1k3m5o7q9s1u3w5y7a9c1e@google.com", 0,
       trap="user-as-interviewer-hiring-committee-recurring", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260310T170000
DTEND;TZID=America/Mexico_City:20260310T173000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T225959Z
DTSTAMP:20260302T181500Z
ORGANIZER;CN=Luz Arellano:mailto:luz.arellano@mercanta.mx
UID:7g9i1k3m5o7q9s1u3w5y7a9c1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luz Arellano;X-NUM-GUESTS=0:mailto:luz.arellano@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata Ochoa;X-NUM-GUESTS=0:mailto:renata.ochoa@mercanta.mx
CREATED:20260302T181458Z
DESCRIPTION:Comité de contratación de Ingeniería: revisamos propuestas de oferta\, niveles y bandas. Los entrevistadores de cada proceso presentan su recomendación.
LAST-MODIFIED:20260302T181500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comité de contratación – Ingeniería
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("shadowing", "9i1k3m5o7q9s1u3w5y7a9c1e3g@google.com", 0, trap="user-as-interviewer-shadowing-reverse",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260305T110000
DTEND;TZID=America/Mexico_City:20260305T120000
DTSTAMP:20260303T020330Z
ORGANIZER;CN=Paola Jiménez:mailto:paola.jimenez@mercanta.mx
UID:9i1k3m5o7q9s1u3w5y7a9c1e3g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Jiménez;X-NUM-GUESTS=0:mailto:paola.jimenez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260303T020328Z
DESCRIPTION:Reverse shadow: esta vez tú llevas la entrevista y yo solo observo. Después te doy feedback de cómo hiciste las preguntas de follow-up. Candidato: Jorge Salinas (Backend Jr).
LAST-MODIFIED:20260303T020330Z
LOCATION:https://meet.google.com/rvs-shd-jsl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reverse shadow – entrevista Jorge S.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-accepted", "b2d4f6h8j0l2n4p6r8t0v2x4z6@google.com", 0,
       trap="user-as-interviewer-candidate-accepted-reply", ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260407T170000Z
DTEND:20260407T180000Z
DTSTAMP:20260402T011907Z
ORGANIZER;CN=Alejandro Ríos:mailto:alejandro.rios@mercanta.mx
UID:b2d4f6h8j0l2n4p6r8t0v2x4z6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ricardo Martínez;X-NUM-GUESTS=0:mailto:ricardo.mtz.dev@gmail.com
CREATED:20260401T222010Z
DESCRIPTION:
LAST-MODIFIED:20260402T011907Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptada: Entrevista técnica - Backend Jr (Mercanta) @ mar 7 abr 2026 11am - 12pm (CST) (alejandro.rios@mercanta.mx)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-sends-candidate", "2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com", 0,
       trap="user-as-interviewer-agency-presents-candidate", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260415T100000
DTEND;TZID=America/Mexico_City:20260415T110000
DTSTAMP:20260410T183322Z
ORGANIZER;CN=Gisela Montes:mailto:gisela.montes@talentoti.com.mx
UID:2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gisela Montes;X-NUM-GUESTS=0:mailto:gisela.montes@talentoti.com.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis Ortega;X-NUM-GUESTS=0:mailto:luis.ortega.dev@hotmail.com
CREATED:20260410T183320Z
DESCRIPTION:Hola Alejandro\, como acordamos con Renata te presentamos a Luis Ortega para la vacante Backend Sr (Pagos). 6 años con Python/Django\, inglés B2\, disponible en 15 días. CV adjunto en el correo.\n\nQuedo atenta a tu retroalimentación después de la entrevista.\n\nGisela Montes | Talento TI Consultores\n\nÚnete con Google Meet: https://meet.google.com/tti-lor-mrc
LAST-MODIFIED:20260410T183322Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Mercanta – Luis Ortega (presentado por Talento TI)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-host", "d8e0f2a4-6b8c-4d0e-9f1a-3b5c7d9e1f20", 0, trap="user-as-interviewer-calendly-host-notification",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260423T120000
DTEND;TZID=America/Mexico_City:20260423T124500
DTSTAMP:20260420T153012Z
ORGANIZER;CN=Alejandro Ríos:mailto:alejandro.rios@mercanta.mx
UID:d8e0f2a4-6b8c-4d0e-9f1a-3b5c7d9e1f20
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernanda Ruiz;X-NUM-GUESTS=0:mailto:fer.ruiz.code@gmail.com
CREATED:20260420T153010Z
DESCRIPTION:Event Name: Entrevista técnica Mercanta (45 min)\n\nInvitee: Fernanda Ruiz\nInvitee Email: fer.ruiz.code@gmail.com\n\nQuestions:\n¿Para qué vacante aplicas? Backend Developer Jr\nLink a tu GitHub: github.com/ferruiz-code\n\nLocation: Google Meet https://meet.google.com/cly-frz-mrc\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
LAST-MODIFIED:20260420T153012Z
LOCATION:https://meet.google.com/cly-frz-mrc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fernanda Ruiz and Alejandro Ríos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-candidate-notes", "C4A9E2B7-3D6F-4E18-8B05-7F1C2A9D6E34", 0,
       trap="user-as-interviewer-hand-typed-candidate-notes", crlf=False, fold=False, ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260305T181622Z
DTEND:20260305T123000
DTSTAMP:20260305T181622Z
DTSTART:20260305T120000
LAST-MODIFIED:20260305T181622Z
SEQUENCE:0
SUMMARY:notas cand. Jorge S
DESCRIPTION:celery ok\, joins flojito\, inglés meh. buena actitud. le falta testing. -> 2.5/4\, pasarlo a Karla?
UID:C4A9E2B7-3D6F-4E18-8B05-7F1C2A9D6E34
END:VEVENT
END:VCALENDAR
"""),
    ev("live-coding-candidate", "4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com", 0,
       trap="user-as-interviewer-live-coding-entrevista-tecnica-candidato", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260326T110000
DTEND;TZID=America/Mexico_City:20260326T121500
DTSTAMP:20260323T164455Z
ORGANIZER;CN=Alejandro Ríos:mailto:alejandro.rios@mercanta.mx
UID:4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofía Gutiérrez;X-NUM-GUESTS=0:mailto:sofi.gtz.94@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Jiménez;X-NUM-GUESTS=0:mailto:paola.jimenez@mercanta.mx
CREATED:20260323T164453Z
DESCRIPTION:Hola Sofía! Haremos un ejercicio en vivo en CoderPad (Python): un endpoint de carrito con descuentos. No necesitas preparar nada\, solo tener buena conexión.\n\nCoderPad: https://app.coderpad.io/MRC-7HJ3K\nÚnete con Google Meet: https://meet.google.com/lvc-sfg-mrc
LAST-MODIFIED:20260323T164455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica candidato – Sofía Gutiérrez (live coding)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("take-home-review", "6e8g0i2k4m6o8q0s2u4w6y8a0c@google.com", 0, trap="user-as-interviewer-reviews-candidate-take-home",
       ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alejandro.rios@mercanta.mx
X-WR-TIMEZONE:America/Mexico_City
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260313T163000
DTEND;TZID=America/Mexico_City:20260313T173000
DTSTAMP:20260313T200000Z
UID:6e8g0i2k4m6o8q0s2u4w6y8a0c@google.com
CREATED:20260313T190255Z
DESCRIPTION:repo: github.com/oscarlara/mercanta-challenge\nchecar: tests\, manejo de errores\, README. llenar rúbrica en Teamtailor
LAST-MODIFIED:20260313T190255Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Revisar prueba técnica Óscar Lara
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("interviewer-training", "8g0i2k4m6o8q0s2u4w6y8a0c2e@google.com", 0,
       trap="user-as-interviewer-structured-interview-training", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260304T160000
DTEND;TZID=America/Mexico_City:20260304T173000
DTSTAMP:20260225T201200Z
ORGANIZER;CN=Luz Arellano:mailto:luz.arellano@mercanta.mx
UID:8g0i2k4m6o8q0s2u4w6y8a0c2e@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=entrevistadores-ing;X-NUM-GUESTS=0:mailto:entrevistadores-ing@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260225T201158Z
DESCRIPTION:Taller obligatorio para nuevos entrevistadores de Ingeniería: entrevista estructurada\, cómo evitar sesgos\, qué no se puede preguntar (edad\, estado civil\, etc.) y cómo escribir un scorecard útil.
LAST-MODIFIED:20260225T201200Z
LOCATION:Sala Mercado (piso 5)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Taller para entrevistadores: entrevista estructurada
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("rubric-calibration", "0i2k4m6o8q0s2u4w6y8a0c2e4g@google.com", 0, trap="user-as-interviewer-rubric-calibration",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260331T120000
DTEND;TZID=America/Mexico_City:20260331T124500
DTSTAMP:20260326T172533Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:0i2k4m6o8q0s2u4w6y8a0c2e4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paola Jiménez;X-NUM-GUESTS=0:mailto:paola.jimenez@mercanta.mx
CREATED:20260326T172531Z
DESCRIPTION:Calibrar la rúbrica del ejercicio de live coding: vimos que Alejandro y Paola califican distinto "calidad de código". Traer 2 ejemplos de evaluaciones recientes.
LAST-MODIFIED:20260326T172533Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibración rúbrica live coding
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("trial-day-buddy", "2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com", 0, trap="user-as-interviewer-trial-day-buddy",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260428T090000
DTEND;TZID=America/Mexico_City:20260428T170000
DTSTAMP:20260423T210114Z
ORGANIZER;CN=Renata Ochoa:mailto:renata.ochoa@mercanta.mx
UID:2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata Ochoa;X-NUM-GUESTS=0:mailto:renata.ochoa@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=emilio.navarro.b@gmail.com;X-NUM-GUESTS=0:mailto:emilio.navarro.b@gmail.com
CREATED:20260423T210112Z
DESCRIPTION:Día de prueba pagado de Emilio Navarro (Backend Jr). Alejandro es su buddy: acceso de invitado a GitHub\, ticket CHK-1182 y demo a las 4pm con Karla. Al final del día llena el formato de evaluación.
LAST-MODIFIED:20260423T210114Z
LOCATION:Oficinas Mercanta\, Insurgentes Sur 1458\, piso 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de prueba – Emilio Navarro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("campus-interviews", "4m6o8q0s2u4w6y8a0c2e4g6i8l@google.com", 0, trap="user-as-interviewer-campus-intern-interviews",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260507T100000
DTEND;TZID=America/Mexico_City:20260507T140000
DTSTAMP:20260428T164009Z
ORGANIZER;CN=Renata Ochoa:mailto:renata.ochoa@mercanta.mx
UID:4m6o8q0s2u4w6y8a0c2e4g6i8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata Ochoa;X-NUM-GUESTS=0:mailto:renata.ochoa@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260428T164007Z
DESCRIPTION:Stand de Mercanta en la feria de empleo de ESCOM-IPN. Entrevistas rápidas (15 min) a estudiantes para el programa de becarios de verano. Alejandro: preguntas técnicas básicas\, Renata: perfil y horarios.
LAST-MODIFIED:20260428T164009Z
LOCATION:ESCOM IPN\, Av. Juan de Dios Bátiz s/n\, Zacatenco
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas becarios – feria ESCOM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-made-invite", "7lq2m9r0s4t1u8v5w2x6y3z0a7@google.com", 0,
       trap="user-as-interviewer-candidate-created-invite-on-gmail", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260414T170000
DTEND;TZID=America/Mexico_City:20260414T174500
DTSTAMP:20260410T020212Z
ORGANIZER;CN=Valeria Cruz:mailto:valeria.cruz.97@gmail.com
UID:7lq2m9r0s4t1u8v5w2x6y3z0a7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valeria Cruz;X-NUM-GUESTS=0:mailto:valeria.cruz.97@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alejandro.rios@mercanta.mx;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260410T020210Z
DESCRIPTION:Hola Alejandro\, te mando la invitación como me pediste para la entrevista del puesto Backend Developer Jr. ¡Gracias por la oportunidad!\n\nValeria\n\nÚnete con Google Meet: https://meet.google.com/vlc-mrc-bjr
LAST-MODIFIED:20260410T020212Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Mercanta (Backend Developer Jr) – Valeria Cruz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("vacancy-kickoff", "6o8q0s2u4w6y8a0c2e4g6i8k0m@google.com", 0, trap="user-as-interviewer-vacancy-intake-kickoff",
       ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260302T130000
DTEND;TZID=America/Mexico_City:20260302T133000
DTSTAMP:20260226T230048Z
ORGANIZER;CN=Renata Ochoa:mailto:renata.ochoa@mercanta.mx
UID:6o8q0s2u4w6y8a0c2e4g6i8k0m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renata Ochoa;X-NUM-GUESTS=0:mailto:renata.ochoa@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
CREATED:20260226T230046Z
DESCRIPTION:Intake de la vacante Backend Developer Jr: perfil\, banda salarial\, etapas del proceso (filtro RH → prueba técnica → entrevista técnica → cultural) y quién entrevista en cada una.
LAST-MODIFIED:20260226T230048Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kickoff vacante Backend Jr (Talento + Checkout)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("culture-fit-panel", "8q0s2u4w6y8a0c2e4g6i8k0m2o@google.com", 0,
       trap="user-as-interviewer-cultural-interview-with-manager", ics=GHEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260406T100000
DTEND;TZID=America/Mexico_City:20260406T104500
DTSTAMP:20260330T154410Z
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@mercanta.mx
UID:8q0s2u4w6y8a0c2e4g6i8k0m2o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karla Méndez;X-NUM-GUESTS=0:mailto:karla.mendez@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Ríos;X-NUM-GUESTS=0:mailto:alejandro.rios@mercanta.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Pérez;X-NUM-GUESTS=0:mailto:daniela.perez.dev@gmail.com
CREATED:20260330T154408Z
DESCRIPTION:Última etapa con Daniela: fit cultural y expectativas. Alejandro\, tú cuéntale cómo es el día a día del squad y cómo hacemos code review.
LAST-MODIFIED:20260330T154410Z
LOCATION:https://meet.google.com/cft-dnp-krl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista cultural · Daniela P.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("appointment-schedule", "0s2u4w6y8a0c2e4g6i8k0m2o4q@google.com", 0,
       trap="user-as-interviewer-appointment-schedule-slots", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alejandro.rios@mercanta.mx
X-WR-TIMEZONE:America/Mexico_City
{TZ_MX}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260420T160000
DTEND;TZID=America/Mexico_City:20260420T180000
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO,WE
DTSTAMP:20260415T010000Z
UID:0s2u4w6y8a0c2e4g6i8k0m2o4q@google.com
CREATED:20260414T224719Z
DESCRIPTION:Agenda de citas: los candidatos a Backend Developer Jr que pasaron la prueba reservan aquí su entrevista técnica de 45 min conmigo.\nPágina de reserva: https://calendar.app.google/mrcBkndJr26
LAST-MODIFIED:20260414T224719Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Horario de entrevistas técnicas (agenda de citas)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
