"""holdout211 events, part k: personal life, prep and other look-alikes (blind split, CC0 1.0)."""

from holdout211ev_tz import MADRID_GOOGLE, MADRID_PLAIN

EVENTS = [
    dict(
        kind="cobertura-linea", uid="aes-linea-svq-cobertura-0322@aeroestructuras-sur.es",
        iv=0, trap="line-maintenance-cover-outstation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-linea-svq-cobertura-0322@aeroestructuras-sur.es
DTSTAMP:20250317T090000Z
DTSTART;TZID=Europe/Madrid:20250322T053000
DTEND;TZID=Europe/Madrid:20250322T133000
SUMMARY:Line maintenance SVQ - cobertura vuelos de ensayo (sábado)
ORGANIZER;CN=Planificación Mantenimiento:mailto:planificacion.mto@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Daily + pre-flight del FT-03 en plataforma SVQ. Transit check e
 ntre vuelos. Llevar maletín de línea y tablet con AMM.
LOCATION:Aeropuerto de Sevilla - plataforma ensayos
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="prep-block", uid="8F7E6D5C-4B3A-4291-8071-6F5E4D3C2B1A",
        iv=0, trap="prep-block-before-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8F7E6D5C-4B3A-4291-8071-6F5E4D3C2B1A
DTSTAMP:20250401T210000Z
DTSTART:20250406T170000
DTEND:20250406T200000
SUMMARY:Preparar LHT Hamburgo
DESCRIPTION:Repasar mod 11A (hidráulico\, trenes)\, 15 (APU)\, Part-145 en
  inglés. 3 ejemplos STAR. Imprimir licencia + billete HAM. Preguntas para T
 homas: turnos\, Schichtzulage\, alojamiento primeros meses.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="thank-you-reminder", uid="3c4d5e6f7a8b9c0d1e2f@google.com",
        iv=0, trap="thank-you-email-reminder",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250328
DTEND;VALUE=DATE:20250329
DTSTAMP:20250327T133000Z
UID:3c4d5e6f7a8b9c0d1e2f@google.com
DESCRIPTION:Mail de agradecimiento a Pádraig y Colm por la final de ayer\,
  mencionar lo del defecto del A320 (bleed). En inglés!! que lo revise Lucía
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:thank you mail Aer Lingus
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="medico-cabecera", uid="clicsalud-cita-9931550@sas.junta-andalucia.es",
        iv=0, trap="gp-appointment-public-health",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Servicio Andaluz de Salud//ClicSalud+//ES
BEGIN:VEVENT
UID:clicsalud-cita-9931550@sas.junta-andalucia.es
DTSTAMP:20250203T081500Z
DTSTART;TZID=Europe/Madrid:20250206T084500
DTEND;TZID=Europe/Madrid:20250206T085500
SUMMARY:Cita Medicina de Familia - Centro de Salud Pino Montano A
DESCRIPTION:Cita presencial con su médico/a de familia. Consulta 12. Si no
  puede acudir\, anule la cita en ClicSalud+ o en el 955 545 060.
LOCATION:C.S. Pino Montano A\, Sevilla
END:VEVENT
""" + MADRID_GOOGLE + r"""END:VCALENDAR
"""),
    dict(
        kind="itv-coche", uid="D4C3B2A1-0F9E-4D8C-B7A6-958473625140",
        iv=0, trap="itv-car-inspection",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D4C3B2A1-0F9E-4D8C-B7A6-958473625140
DTSTAMP:20250112T100000Z
DTSTART:20250118T091500
DTEND:20250118T100000
SUMMARY:ITV León
DESCRIPTION:VEIASA Sevilla Norte. Llevar ficha técnica + seguro. Mirar luz
  matrícula antes!
LOCATION:ITV Sevilla - Polígono Store
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="futbol-betis", uid="6d7e8f9a0b1c2d3e4f5a@google.com",
        iv=0, trap="football-match-personal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250223T183000
DTEND;TZID=Europe/Madrid:20250223T203000
DTSTAMP:20250210T200000Z
UID:6d7e8f9a0b1c2d3e4f5a@google.com
DESCRIPTION:Abono. Quedar con Chema en la puerta 3 a las 17:45.
LOCATION:Estadio Benito Villamarín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:⚽ Betis - Real Madrid
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="oposiciones-lucia", uid="B8A7F6E5-D4C3-4B2A-9180-7F6E5D4C3B2A",
        iv=0, trap="girlfriend-oposiciones-exam",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B8A7F6E5-D4C3-4B2A-9180-7F6E5D4C3B2A
DTSTAMP:20250520T190000Z
DTSTART:20250621T080000
DTEND:20250621T140000
SUMMARY:Examen oposi Lucía (Infantil) - llevarla
DESCRIPTION:1ª prueba (práctico + tema). Facultad de Ciencias de la Educaci
 ón. Salir 7:15!! Pedir el día libre a Paco. Luego comer con sus padres.
LOCATION:Facultad de Ciencias de la Educación\, Sevilla
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cita-banco", uid="caixabank-cita-0000781123-20250226@caixabank.es",
        iv=0, trap="bank-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CaixaBank//Citas//ES
BEGIN:VEVENT
UID:caixabank-cita-0000781123-20250226@caixabank.es
DTSTAMP:20250220T113000Z
DTSTART:20250226T080000Z
DTEND:20250226T083000Z
SUMMARY:Cita con su gestor/a - CaixaBank Oficina 2417
DESCRIPTION:Motivo: Información cuenta en el extranjero / transferencias in
 ternacionales. Gestora: Mª Carmen Rueda. Aporte DNI.
LOCATION:CaixaBank\, Av. Alcalde Manuel del Valle 12\, Sevilla
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="aesa-licencia", uid="aesa-sede-cita-LIC-2025-004412@seguridadaerea.gob.es",
        iv=0, trap="aviation-authority-licence-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AESA//Cita Previa//ES
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aesa-sede-cita-LIC-2025-004412@seguridadaerea.gob.es
DTSTAMP:20250107T090000Z
DTSTART;TZID=Europe/Madrid:20250204T103000
DTEND;TZID=Europe/Madrid:20250204T104500
SUMMARY:Cita previa AESA - Licencias de Mantenimiento (Part-66): modificaci
 ón de licencia
DESCRIPTION:Trámite: Inclusión de habilitación de tipo en licencia Part-66
  (A320 family CFM/IAE). Oficina de Seguridad en Vuelo nº 7 - Sevilla. Aport
 e licencia original\, certificado de curso de tipo y OJT.
LOCATION:OSV 7 - Aeropuerto de Sevilla
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="examen-modulo", uid="5F4E3D2C-1B0A-4998-8776-655443322110",
        iv=0, trap="part66-module-exam-at-school",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5F4E3D2C-1B0A-4998-8776-655443322110
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Madrid:20250315T093000
DTEND;TZID=Europe/Madrid:20250315T113000
SUMMARY:Examen Módulo 13 (B2 cross) - escuela 147
DESCRIPTION:Para ampliar a B2. Aerotécnica Sevilla (Part-147 ES.147.012).
  Examen oficial 76 preguntas + ensayo. Calculadora y DNI.
LOCATION:Aerotécnica Sevilla - Aula B
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
END:VCALENDAR
"""),
    dict(
        kind="linguaskill", uid="bc-linguaskill-booking-SVQ-77310@britishcouncil.es",
        iv=0, trap="english-certification-exam-speaking",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//British Council//Exam Booking//EN
BEGIN:VEVENT
UID:bc-linguaskill-booking-SVQ-77310@britishcouncil.es
DTSTAMP:20250110T120000Z
DTSTART:20250201T083000Z
DTEND:20250201T120000Z
SUMMARY:Linguaskill Business - Reading\, Listening\, Writing & Speaking
DESCRIPTION:Candidate: RUBEN CASTILLO NAVARRO\nCentre: British Council Sev
 illa\nPlease arrive 30 minutes early with your ID. The Speaking test is a c
 omputer-based interview.
LOCATION:British Council Sevilla\, C/ Fernández y González
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-desarrollo", uid="aes-rrhh-desarrollo-rcastillo-0507@aeroestructuras-sur.es",
        iv=0, trap="own-internal-career-talk-current-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-rrhh-desarrollo-rcastillo-0507@aeroestructuras-sur.es
DTSTAMP:20250428T100000Z
DTSTART;TZID=Europe/Madrid:20250507T123000
DTEND;TZID=Europe/Madrid:20250507T131500
SUMMARY:Entrevista de desarrollo profesional - Rubén Castillo
ORGANIZER;CN="Moreno Vega, Inmaculada":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Hola Rubén\, como te comenté\, me gustaría hablar contigo sobre
  tu plan de carrera aquí (ampliación a B2\, posible puesto de jefe de equip
 o en 2026) y qué necesitarías para quedarte con nosotros. Informal\, un caf
 é en mi despacho.\n\nInma
LOCATION:Despacho RRHH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="visita-cliente-auditoria", uid="aes-calidad-visita-cliente-0226@aeroestructuras-sur.es",
        iv=0, trap="customer-quality-audit-visit",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-calidad-visita-cliente-0226@aeroestructuras-sur.es
DTSTAMP:20250219T080000Z
DTSTART;TZID=Europe/Madrid:20250226T093000
DTEND;TZID=Europe/Madrid:20250226T133000
SUMMARY:Visita cliente - auditoría de producto (sección 18) - acompañar en
  Nave 3
ORGANIZER;CN=Calidad - Monitorización de Cumplimiento:mailto:calidad@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:El cliente revisa trazabilidad de herramientas\, registros de
  par de apriete y no conformidades abiertas. Rubén explica el proceso de co
 ntrol de herramientas calibradas.
LOCATION:Nave 3
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="asamblea-comite", uid="7E8F9A0B-1C2D-4E3F-8A5B-6C7D8E9F0A1B",
        iv=0, trap="works-council-assembly",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E8F9A0B-1C2D-4E3F-8A5B-6C7D8E9F0A1B
DTSTAMP:20250303T090000Z
DTSTART:20250306T143000
DTEND:20250306T153000
SUMMARY:Asamblea comité de empresa - convenio y plus nocturnidad
DESCRIPTION:Comedor Nave 1. Votación preacuerdo.
LOCATION:Comedor Nave 1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ine-epa-encuesta", uid="1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D",
        iv=0, trap="labour-force-survey-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D
DTSTAMP:20250505T170000Z
DTSTART:20250508T190000
DTEND:20250508T192000
SUMMARY:Entrevista INE (EPA) - me llaman
DESCRIPTION:Encuesta de Población Activa\, 2ª entrevista telefónica del hog
 ar. Tener a mano horas trabajadas la semana pasada. Entrevistadora: Pilar.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="taller-orientacion", uid="andaluciaorienta-taller-entrevista-0211@juntadeandalucia.es",
        iv=0, trap="employment-office-interview-skills-workshop",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Junta de Andalucia//Andalucia Orienta//ES
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:andaluciaorienta-taller-entrevista-0211@juntadeandalucia.es
DTSTAMP:20250130T110000Z
DTSTART;TZID=Europe/Madrid:20250211T170000
DTEND;TZID=Europe/Madrid:20250211T190000
SUMMARY:Taller online: La entrevista de trabajo en inglés y en procesos in
 ternacionales
DESCRIPTION:Andalucía Orienta - Servicio Andaluz de Empleo. Taller grupal
  gratuito: tipos de entrevista (telefónica\, por competencias\, técnica)\,
  role-play y feedback. Enlace Zoom enviado por SMS.
LOCATION:Online (Zoom)
ORGANIZER;CN=Andalucía Orienta Sevilla:mailto:orienta.sevilla@juntadeandalucia.es
ATTENDEE;CN=Rubén Castillo Navarro;RSVP=FALSE:mailto:ruben.castillo.b1@hotmail.com
END:VEVENT
END:VCALENDAR
"""),
]
