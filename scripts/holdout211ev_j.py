"""holdout211 events, part j: work calendar and look-alikes (blind split, CC0 1.0)."""

from holdout211ev_tz import DUBLIN, MADRID_GOOGLE, MADRID_PLAIN, W_EUROPE

EVENTS = [
    dict(
        kind="turnos-recurrentes", uid="aes-turnos-rcastillo-2025Q1@aeroestructuras-sur.es",
        iv=0, trap="shift-roster-recurring-with-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-turnos-rcastillo-2025Q1@aeroestructuras-sur.es
DTSTAMP:20241220T090000Z
DTSTART;TZID=Europe/Madrid:20250106T220000
DTEND;TZID=Europe/Madrid:20250107T060000
RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;UNTIL=20250330T230000Z
SUMMARY:Turno noche - Nave 5 (mant. avión de ensayos)
LOCATION:Nave 5
DESCRIPTION:Cuadrante Q1. Relevo con turno de tarde a las 21:45.
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
END:VEVENT
BEGIN:VEVENT
UID:aes-turnos-rcastillo-2025Q1@aeroestructuras-sur.es
DTSTAMP:20250120T120000Z
RECURRENCE-ID;TZID=Europe/Madrid:20250129T220000
DTSTART;TZID=Europe/Madrid:20250129T140000
DTEND;TZID=Europe/Madrid:20250129T220000
SUMMARY:Turno noche - Nave 5 (CAMBIO: de tarde\, cambio con Antonio)
LOCATION:Nave 5
SEQUENCE:1
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="a-check", uid="aes-wp-ACHK-0217-msn-ft03@aeroestructuras-sur.es",
        iv=0, trap="a-check-work-package",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-wp-ACHK-0217-msn-ft03@aeroestructuras-sur.es
DTSTAMP:20250210T073000Z
DTSTART;TZID=Europe/Madrid:20250217T060000
DTEND;TZID=Europe/Madrid:20250218T140000
SUMMARY:A-check avión de ensayos FT-03 - WP 25-017
ORGANIZER;CN=Planificación Mantenimiento:mailto:planificacion.mto@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ramos Gil, Antonio":mailto:aramos@aeroestructuras-sur.es
DESCRIPTION:Work package WP 25-017 (A-check + 2 ADs + inspección de estruct
 ura zona 191). Task cards impresas en la oficina técnica. CRS: Rubén (B1).
LOCATION:Hangar de ensayos - Nave 5
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="factores-humanos", uid="aes-lms-fh-recurrent-2025-03@aeroestructuras-sur.es",
        iv=0, trap="human-factors-recurrent-training",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cornerstone OnDemand//Learning//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-lms-fh-recurrent-2025-03@aeroestructuras-sur.es
DTSTAMP:20250217T070000Z
DTSTART;TZID=Europe/Madrid:20250303T083000
DTEND;TZID=Europe/Madrid:20250303T143000
SUMMARY:Formación recurrente Factores Humanos (Part-145.A.30) + EWIS
DESCRIPTION:Sesión obligatoria cada 24 meses para personal certificador. Do
 cena sucia\, casos de estudio\, evaluación final tipo test.
LOCATION:Aula 1 - Edificio de Formación
ORGANIZER;CN=Formación Aeroestructuras del Sur:mailto:formacion@aeroestructuras-sur.es
ATTENDEE;CN=Rubén Castillo Navarro;RSVP=TRUE:mailto:rcastillo@aeroestructuras-sur.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="easa-audit-interviews",
        uid="040000008200E00074C5B7101A82E00800000000E4F5061728ABDB0100000000"
        "000000001000000099887766554433221100FFEEDDCCBBAA",
        iv=0, trap="easa-audit-interviews-certifying-staff",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Calidad - Monitorización de Cumplimiento":mailto:calidad@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castillo
  Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ramos Gi
 l, Antonio":mailto:aramos@aeroestructuras-sur.es
DESCRIPTION;LANGUAGE=es-ES:Auditoría de AESA/EASA al Part-145. El inspecto
 r entrevistará a personal certificador (15 min por persona) sobre procedim
 ientos del MOE\, control de herramientas\, autorizaciones y factores human
 os. Llevad vuestra autorización de certificación y la licencia.\n
UID:040000008200E00074C5B7101A82E00800000000E4F5061728ABDB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=es-ES:Auditoría Part-145 - entrevistas personal certifica
 dor
DTSTART;TZID=W. Europe Standard Time:20250213T103000
DTEND;TZID=W. Europe Standard Time:20250213T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SVQ-Edif. Oficinas-Sala Giralda
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="reconocimiento-medico", uid="quiron-prev-cita-55129384@quironprevencion.com",
        iv=0, trap="pre-employment-medical-named-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quironprevencion//Citas//ES
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:quiron-prev-cita-55129384@quironprevencion.com
DTSTAMP:20250403T101000Z
DTSTART;TZID=Europe/Madrid:20250410T083000
DTEND;TZID=Europe/Madrid:20250410T100000
SUMMARY:Reconocimiento médico previo a la incorporación - IBERIA
DESCRIPTION:Cita para reconocimiento médico de ingreso (vigilancia de la sa
 lud) solicitado por IBERIA LÍNEAS AÉREAS DE ESPAÑA.\nAcudir en ayunas (8 h
 oras). Aportar DNI y gafas si las usa. Incluye analítica\, audiometría\, c
 ontrol visión y ECG.\n\nQuirónprevención - Centro Sevilla Nervión
LOCATION:Quirónprevención\, Av. de Eduardo Dato 69\, Sevilla
ORGANIZER;CN=Quirónprevención Citas:mailto:citas@quironprevencion.com
ATTENDEE;CN=RUBEN CASTILLO NAVARRO;RSVP=FALSE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="simulacro-ingles", uid="5a6b7c8d9e0f1a2b3c4d@google.com",
        iv=0, trap="mock-interview-english-teacher",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250301T110000
DTEND;TZID=Europe/Madrid:20250301T120000
DTSTAMP:20250225T100000Z
ORGANIZER;CN=Laura Benson:mailto:laura@bensonenglish.es
UID:5a6b7c8d9e0f1a2b3c4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ruben.
 castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION:Mock interview for your Aer Lingus / Ryanair interviews: compet
 ency questions (STAR)\, "tell me about a time you found a defect under time
  pressure"\, and technical vocabulary. I'll play the hiring manager. Recordi
 ng so we can review.\n\nLaura - Benson English Academy\, Sevilla
LOCATION:Benson English Academy\, C/ Asunción 40\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview practice (mock) - Rubén
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webinar-interview-tips", uid="zoom-webinar-84311290077-reg-ruben@zoom.us",
        iv=0, trap="webinar-about-interviewing-for-engineers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250108T120000Z
DTSTART:20250115T180000Z
DTEND:20250115T190000Z
SUMMARY:Webinar: How to Ace Your Licensed Engineer Interview (B1/B2)
UID:zoom-webinar-84311290077-reg-ruben@zoom.us
DESCRIPTION:Hi Ruben Castillo\,\n\nThank you for registering for "How to Ac
 e Your Licensed Engineer Interview (B1/B2)" hosted by Aviation Job Search.
 \n\nTopics: technical interview questions from MROs\, competency intervie
 ws\, practical assessments and trade tests\, what hiring managers look for
 .\n\nJoin from a PC\, Mac\, iPad\, iPhone or Android device:\nhttps://us02w
 eb.zoom.us/w/84311290077?tk=abc\n\nWebinar ID: 843 1129 0077
LOCATION:https://us02web.zoom.us/w/84311290077
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="press-interview", uid="0p9o8i7u6y5t4r3e2w1q@google.com",
        iv=0, trap="press-interview-local-newspaper",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250227T123000
DTEND;TZID=Europe/Madrid:20250227T131500
DTSTAMP:20250221T093000Z
ORGANIZER;CN=Rocío Márquez:mailto:rmarquez@diariodesevilla.es
UID:0p9o8i7u6y5t4r3e2w1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=rcasti
 llo@aeroestructuras-sur.es;X-NUM-GUESTS=0:mailto:rcastillo@aeroestructuras-
 sur.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Comun
 icación AdS;X-NUM-GUESTS=0:mailto:comunicacion@aeroestructuras-sur.es
DESCRIPTION:Entrevista para el reportaje sobre la FP dual en el sector aero
 náutico sevillano: cómo empezaste\, qué hace un técnico B1\, consejos para
  los chavales. 20-30 min + fotos en la nave (lo coordina Comunicación).\n\nR
 ocío Márquez - Diario de Sevilla
LOCATION:Aeroestructuras del Sur - Nave 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Diario de Sevilla - reportaje FP dual aeronáutica
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="research-study", uid="ui-session-3318842-ruben@userinterviews.com",
        iv=0, trap="paid-research-study-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-3318842-ruben@userinterviews.com
DTSTAMP:20250409T150000Z
DTSTART:20250416T160000Z
DTEND:20250416T164500Z
SUMMARY:Research Interview: Digital logbooks for aircraft maintenance engin
 eers ($75)
DESCRIPTION:You're confirmed for a 45-minute 1:1 research interview with th
 e product team of a maintenance software company. They want to learn how yo
 u record tasks\, sign-offs and experience for your licence.\n\nIncentive:
  $75 gift card\nJoin: https://zoom.us/j/99120448812\n\nUser Interviews
LOCATION:https://zoom.us/j/99120448812
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Ruben Castillo;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="evaluacion-desempeno", uid="aes-sf-pm-2024-rcastillo@aeroestructuras-sur.es",
        iv=0, trap="own-annual-appraisal-current-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-sf-pm-2024-rcastillo@aeroestructuras-sur.es
DTSTAMP:20250115T100000Z
DTSTART;TZID=Europe/Madrid:20250124T120000
DTEND;TZID=Europe/Madrid:20250124T130000
SUMMARY:Entrevista de evaluación del desempeño 2024 - Rubén Castillo
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Revisamos objetivos 2024\, autoevaluación (SF > Gestión del Des
 empeño) y objetivos 2025. Trae la autoevaluación hecha.
LOCATION:Despacho supervisores Nave 3
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cafe-excompanero", uid="E9D8C7B6-A5F4-4E3D-B2C1-A0F9E8D7C6B5",
        iv=0, trap="informational-coffee-friend-at-target-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E9D8C7B6-A5F4-4E3D-B2C1-A0F9E8D7C6B5
DTSTAMP:20250209T203000Z
DTSTART:20250215T113000
DTEND:20250215T123000
SUMMARY:Café con Dani (Iberia La Muñoza)
DESCRIPTION:Baja a Sevilla el finde. Preguntarle cómo son los turnos en La
  Muñoza\, sueldo real de B1\, si compensa vivir en Coslada\, y qué le pregu
 ntaron a él en la entrevista.
LOCATION:Bar Alfalfa
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="feria-empleo", uid="ev-aerojobsfair-2025-madrid-reg-20718@eventbrite.com",
        iv=0, trap="careers-fair-aviation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
BEGIN:VEVENT
UID:ev-aerojobsfair-2025-madrid-reg-20718@eventbrite.com
DTSTAMP:20250301T120000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Feria de Empleo Aeronáutico Madrid 2025 - Aviation Careers Day
DESCRIPTION:Tu entrada (General). Más de 40 aerolíneas\, MROs y escuelas Par
 t-147. Entrevistas rápidas en stand\, revisión de CV\, charlas "cómo prepar
 ar la entrevista técnica B1/B2". Lleva CVs impresos.
LOCATION:IFEMA Madrid\, Pabellón 14
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="llamada-referencia", uid="2b3c4d5e6f7a8b9c0d1e@google.com",
        iv=0, trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250319T083000
DTEND;TZID=Europe/Dublin:20250319T084500
DTSTAMP:20250317T110000Z
ORGANIZER;CN=Shauna Reilly:mailto:reillys@ryanair.com
UID:2b3c4d5e6f7a8b9c0d1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
DESCRIPTION:Hi Ruben\, thanks for agreeing to act as a referee for Juan Man
 uel Lora\, who has applied to Ryanair Engineering. 10-15 min call to confir
 m dates worked together\, duties and your view of his work. I'll call your
  mobile.\n\nShauna Reilly\, Engineering Recruitment\, Ryanair
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call - Juan Manuel Lora (referee: Ruben Castillo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ett-llamada-generica", uid="adecco-contacto-20250108-rcn@adecco.es",
        iv=0, trap="ett-call-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:adecco-contacto-20250108-rcn@adecco.es
DTSTAMP:20250107T160000Z
DTSTART;TZID=Europe/Madrid:20250109T093000
DTEND;TZID=Europe/Madrid:20250109T095000
SUMMARY:Llamada Adecco - alta en bolsa sector aeronáutico
ORGANIZER;CN=Carmen Vázquez - Adecco Industrial:mailto:carmen.vazquez@adecco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=RUBEN CASTILLO NAVARRO:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION:Hola Rubén\, te llamo para completar tu ficha en nuestra bolsa
  de técnicos aeronáuticos (licencia\, tipos\, disponibilidad geográfica) y
  contarte cómo trabajamos. Ahora mismo no tengo una vacante concreta\, pero
  nos entran contratos de obra en Madrid y Barcelona con frecuencia.\n\nCarm
 en
LOCATION:Teléfono
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
