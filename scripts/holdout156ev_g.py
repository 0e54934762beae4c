"""holdout156 events, part G: negatives with the user on the HIRING side at Iberojet Express (2/2)."""
from holdout156ev_common import neg

EVENTS = [
    neg("notas-candidatos", "user-as-interviewer-hand-typed-candidate-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0F5B9A44-1C2D-4E8F-A3B7-61D0C9E2F118
DTSTAMP:20250312T184500Z
CREATED:20250312T071020Z
LAST-MODIFIED:20250312T184500Z
DTSTART;TZID=Europe/Madrid:20250312T110000
DTEND;TZID=Europe/Madrid:20250312T140000
SUMMARY:entrevs FO bloque técnico
DESCRIPTION:1 Sánchez R - muy bien performance\, CRM ok - 4\n2 Olmedo - ne
 rvioso\, flojo en MEL\, 2/3\n3 Vera - ex Binter ATR\, buena actitud\, 4\n4
  Duarte - no sabía qué es un CDFA ?? 2\npasar a Marisa antes de las 17h
LOCATION:Sala Formación 1
SEQUENCE:0
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
""", hiring=True),
    neg("sim-pm-candidatos", "user-as-interviewer-seat-filler-in-selection-sim",
        r"""BEGIN:VCALENDAR
PRODID:-//AIMS//eCrew Roster Export//EN
VERSION:2.0
X-WR-CALNAME:Roster RUIZ CENTENO A (FO)
BEGIN:VEVENT
UID:AIMS-RS-20250514-SIMSEL-0448
DTSTAMP:20250501T000000Z
DTSTART:20250514T130000Z
DTEND:20250514T210000Z
SUMMARY:SIM SEL  CAE MAD  1400-2200LT
DESCRIPTION:Duty: SIM-SEL (Simulador selección)\nFunción: PM / apoyo evalu
 ador (candidatos externos FO)\nFFS: CAE MAD A320-2\nInstructor: PRIETO A.\n
 Report: 13:00Z
LOCATION:CAE MAD
END:VEVENT
END:VCALENDAR
""", hiring=True),
    neg("group-exercise-observer", "user-as-interviewer-group-exercise-observer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250521T090000
DTEND;TZID=Europe/Madrid:20250521T113000
DTSTAMP:20250514T093000Z
ORGANIZER;CN=Marisa Torres:mailto:mtorres@iberojet-express.es
UID:1p9c6f4ab2h8tq0sm7e3kdj5vg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aruiz@iberojet-express.es;X-NUM-GUESTS=0:mailto:aruiz@iberojet-exp
 ress.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisa Torres;X-NUM-GUESTS=0:mailto:mtorres@iberojet-express.es
DESCRIPTION:Group exercise cadetes (12 candidatos\, 2 mesas). Álvaro obser
 va mesa 2 (candidatos 7-12) con la plantilla NOTECHS. No intervenir.
LOCATION:Sala Formación 1 y 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Group exercise cadetes - observador mesa 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("calibracion", "user-as-interviewer-assessor-calibration",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Prieto Lago, Andrés":mailto:aprieto@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Evaluadores selección";ROLE=REQ-PARTICIPANT;CUTYPE=GROUP:mailto:evaluadores.seleccion@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Vemos 3 vídeos de sim assessment del último pro
 ceso y puntuamos por separado para alinear criterios (grading 1-5 por compe
 tencia EBT). Importante para el proceso de cadetes de junio.
DTSTART;TZID="Romance Standard Time":20250506T100000
DTEND;TZID="Romance Standard Time":20250506T120000
DTSTAMP:20250429T111500Z
LOCATION:Aula CAE 1 / Teams
SUMMARY;LANGUAGE=es-ES:Calibración evaluadores - grading sim
UID:040000008200E00074C5B7101A82E00800000000EA2CD19383FADB01000000000000000
 010000000DF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("scorecard-vence", "user-as-interviewer-scorecard-due-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-TASK-IA-1150734-feedback
DTSTAMP:20250423T130000Z
DTSTART;VALUE=DATE:20250425
DTEND;VALUE=DATE:20250426
SUMMARY:Pendiente: valoración de entrevista - Primer Oficial A320 (Req. 22
 91)
DESCRIPTION:Recordatorio: tienes pendiente enviar tu valoración de la entr
 evista con Nerea Castaño Vidal. Accede a Interview Central > Valorar.\nFec
 ha límite: 25/04/2025.
ORGANIZER;CN=Iberojet Express Recruiting:mailto:no-reply@successfactors.eu
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", hiring=True),
    neg("pool-franjas", "user-as-interviewer-recurring-slot-with-override",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Torres Bueno, Marisa":mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Franja semanal reservada para entrevistas de ca
 ndidatos (programa cadetes). Te asigno los candidatos en SuccessFactors;
  si no hay ninguno\, la franja queda libre.
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TH
DTSTART;TZID="Romance Standard Time":20250508T160000
DTEND;TZID="Romance Standard Time":20250508T180000
DTSTAMP:20250430T093000Z
LOCATION:Teams
SUMMARY;LANGUAGE=es-ES:Franja entrevistas cadetes (pool evaluadores)
UID:040000008200E00074C5B7101A82E00800000000FB3DE2A494FADB01000000000000000
 010000000EF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Torres Bueno, Marisa":mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Esta semana la franja pasa al viernes por la ro
 tación de Álvaro. Candidatos: Robles I. y Castro M.
RECURRENCE-ID;TZID="Romance Standard Time":20250522T160000
DTSTART;TZID="Romance Standard Time":20250523T100000
DTEND;TZID="Romance Standard Time":20250523T120000
DTSTAMP:20250516T081500Z
LOCATION:Teams
SUMMARY;LANGUAGE=es-ES:Franja entrevistas cadetes (pool evaluadores)
UID:040000008200E00074C5B7101A82E00800000000FB3DE2A494FADB01000000000000000
 010000000EF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("stand-feria", "user-as-interviewer-recruiting-stand-at-fair",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250517
DTEND;VALUE=DATE:20250518
DTSTAMP:20250505T121212Z
ORGANIZER;CN=Comunicación IBJ:mailto:comunicacion@iberojet-express.es
UID:5s1k0n8ed7j3bq9p6hf2vr4tcm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aruiz@iberojet-express.es;X-NUM-GUESTS=0:mailto:aruiz@iberojet-exp
 ress.es
DESCRIPTION:Aero Career Day - Universidad Politécnica (ETSIAE)\, Plaza del
  Cardenal Cisneros 3.\nStand Iberojet Express: recogida de CVs y mini entre
 vistas de 10 min con cadetes interesados en el programa 2026. Álvaro y Cl
 ara (F/O) en el stand de 10:00 a 15:00. Uniforme completo.
LOCATION:ETSIAE - UPM\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aero Career Day UPM - stand IBJ (selección cadetes)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("feedback-no-aptos", "user-as-interviewer-calls-rejected-candidates",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8E2D6F14-3A0B-4C71-9F5E-2B8A7D1C0E93
DTSTAMP:20250402T173012Z
DTSTART;TZID=Europe/Madrid:20250403T170000
DTEND;TZID=Europe/Madrid:20250403T180000
SUMMARY:llamar candidatos no aptos sim (feedback)
DESCRIPTION:Olmedo P. y Duarte I. - explicar puntos débiles (MEL\, NPA)\,
  pueden volver a presentarse en 12 meses. Marisa manda la carta oficial.
SEQUENCE:0
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
""", hiring=True),
    neg("ref-check-candidato", "user-as-interviewer-reference-check-on-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250409T080000Z
DTEND:20250409T081500Z
DTSTAMP:20250407T200000Z
UID:2d7r5b1q0k9mc3e8hs6vfnt4ja@google.com
DESCRIPTION:Referencias de Vera C. (candidata F/O) - llamar a su ex jefe d
 e flota en Binter\, Cmdte. Tomás Rivero 6XX XXX 331. Preguntar CRM\, fiab
 ilidad\, motivo de salida.
LAST-MODIFIED:20250407T200000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check Vera C. (llamar Binter)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", hiring=True),
    neg("jumpseat-candidato", "user-as-interviewer-supervises-candidate-observation-flight",
        r"""BEGIN:VCALENDAR
PRODID:-//AIMS//eCrew Roster Export//EN
VERSION:2.0
X-WR-CALNAME:Roster RUIZ CENTENO A (FO)
BEGIN:VEVENT
UID:AIMS-RS-20250529-IBJ3401-0201
DTSTAMP:20250520T000000Z
DTSTART:20250529T053000Z
DTEND:20250529T131500Z
SUMMARY:IBJ3401 MAD-LPA / IBJ3402 LPA-MAD  A320 EC-NJR
DESCRIPTION:Report 05:30Z\nCP: LOZANO B.\nFO: RUIZ CENTENO A.\nObs jump se
 at: candidato cadete ROBLES I. (vuelo de observación proceso selección)\n
 Nota JF: FO valora actitud/CRM del candidato en cabina y entrega informe
  en SuccessFactors.
LOCATION:MAD
END:VEVENT
END:VCALENDAR
""", hiring=True),
]
