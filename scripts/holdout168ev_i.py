"""Holdout168 events, part I: the mine's everyday calendar and Camila's personal life, plus two hiring-side tasks."""
# ruff: noqa: E501

from holdout168ev_tz import neg

EVENTS = [
    {
        "kind": "outlook-task",
        "label": neg("user-as-interviewer-grades-candidates-technical-test", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251014T120512Z
DESCRIPTION:Corregir ejercicio Excel + Deswik de los 5 postulantes a Ing. P
 lanificación CP (carpeta Selección 2025 > Prueba técnica). Nota 1-7 por c
 riterio\, comentarios para la calibración del 28.\n
DTEND;TZID="Pacific SA Standard Time":20251024T170000
DTSTAMP:20251014T120512Z
DTSTART;TZID="Pacific SA Standard Time":20251024T150000
LAST-MODIFIED:20251014T120512Z
LOCATION:Oficina
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-cl:Revisar pruebas técnicas postulantes
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000008C0E2A4B6D7FDC01000000000000000010000000D3F5A7C9E1B34C4DA8C0E2F4A6B8D0E4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("user-as-interviewer-calls-rejected-candidates", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
CREATED:20251029T011500Z
DTEND;TZID=America/Santiago:20251030T093000
DTSTAMP:20251029T011500Z
DTSTART;TZID=America/Santiago:20251030T090000
LAST-MODIFIED:20251029T011500Z
SEQUENCE:0
SUMMARY:llamar a C. Meza y F. Soto - retro proceso
DESCRIPTION:no quedaron. darles feedback de la entrevista técnica (bien Exce
 l\, faltó secuenciamiento). ofrecer dejarlos en base para próximo cupo.
UID:5E2A9C71-3B8D-4D06-A1F4-8C6B2E0D7F19
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-recurring",
        "label": neg("weekly-planning-meeting-recurring-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lobos, Ricardo":mailto:rlobos@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alfaro, Diego":mailto:dalfaro@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Revisión cumplimiento plan semanal (movimiento
  mina\, tonelaje a chancado\, disponibilidad flota)\, programa próxima sem
 ana y temas de seguridad.
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000AE0C2E4B6D81DB01000000000000000010000000F5A7C9E1B3D54E4FB2D4F6A8C0E2D4F6
SUMMARY;LANGUAGE=es-CL:Reunión Plan Semanal Mina
DTSTART;TZID=Pacific SA Standard Time:20250407T073000
DTEND;TZID=Pacific SA Standard Time:20250407T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T131102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Edif. Mina-Sala Reuniones 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Se cambia por visita del directorio.
RECURRENCE-ID;TZID=Pacific SA Standard Time:20251020T073000
UID:040000008200E00074C5B7101A82E00800000000AE0C2E4B6D81DB01000000000000000010000000F5A7C9E1B3D54E4FB2D4F6A8C0E2D4F6
SUMMARY;LANGUAGE=es-CL:Reunión Plan Semanal Mina (martes)
DTSTART;TZID=Pacific SA Standard Time:20251021T073000
DTEND;TZID=Pacific SA Standard Time:20251021T083000
DTSTAMP:20251015T101000Z
SEQUENCE:1
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-CL:FAENA-Edif. Mina-Sala Reuniones 1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-training",
        "label": neg("safety-training-current-job"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Capacitación Altoloa":mailto:capacitacion@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Curso de recertificación Aislamiento y Bloqueo
  (LOTO) + Reglas por la Vida. Incluye evaluación escrita (nota mínima 80%).
  Obligatorio para supervisores. Código SENCE 1237984512.
UID:040000008200E00074C5B7101A82E00800000000C0E2A4B6D8A1DC0100000000000000001000000017B9D1F3A5C74A4EB4D6F8A0C2E4B6D8
SUMMARY;LANGUAGE=es-CL:Recertificación Aislamiento y Bloqueo - Supervisores
DTSTART;TZID=Pacific SA Standard Time:20250905T083000
DTEND;TZID=Pacific SA Standard Time:20250905T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250825T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Centro Entrenamiento-Aula 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vendor-course",
        "label": neg("software-course-from-potential-employer-vendor"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250915T140000Z
DESCRIPTION:Curso Deswik.Sched – Programación de mediano plazo (nivel inte
 rmedio). 2 días\, 09:00-17:00. Instructor: Nicolás Parra. Traer notebook
  con licencia de evaluación instalada.
DTEND:20250926T200000Z
DTSTAMP:20250915T140000Z
DTSTART:20250925T120000Z
LOCATION:Deswik Chile - Av. Grecia 1360 oficina 52\, Antofagasta
ORGANIZER;CN="Deswik Training LatAm":mailto:training.latam@deswik.com
ATTENDEE;CN="Rojas, Camila";RSVP=TRUE:mailto:crojas@minera-altoloa.cl
SUMMARY:Curso Deswik.Sched Intermedio - Minera Altoloa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E2A4C6B8DAB3DC01000000000000000010000000A9C1E3B5D7F94A4DB6D8F0A2C4E6A8C0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("regulator-inspection-visit"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Lobos, Ricardo":mailto:rlobos@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Prevención de Riesgos Turno A":mailto:prevencion.turnoa@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Fiscalización Sernageomin (inspector Sr. Olguín)
 : revisión de plan de cierre de fase 4\, bermas y pretiles\, y registros d
 e estabilidad de taludes. Camila presenta el plan minero trimestral y resp
 onde preguntas del inspector.
UID:040000008200E00074C5B7101A82E00800000000A4C6E8B0DCC5DC0100000000000000001000000039D1F3A5C7B94E4FA8C0E2A4D6F8B0C2
SUMMARY;LANGUAGE=es-CL:Visita fiscalización Sernageomin
DTSTART;TZID=Pacific SA Standard Time:20251029T100000
DTEND;TZID=Pacific SA Standard Time:20251029T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T171200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Rajo Fase 4 / Sala Reuniones 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clinic-booking",
        "label": neg("doctor-appointment-clinic-booking"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Clinica Antofagasta//Reserva de Horas//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:resHora-CA-20251113-558102
DTSTAMP:20251101T151022Z
DTSTART:20251113T123000Z
DTEND:20251113T130000Z
SUMMARY:Hora médica: Dra. Soledad Bravo - Ginecología
DESCRIPTION:Paciente: CAMILA ROJAS PIZARRO\nProfesional: Dra. Soledad Bravo\n
 Especialidad: Ginecología\nLugar: Clínica Antofagasta\, Av. Manuel Antonio
  Matta 1945\, piso 3\nPresentarse 15 minutos antes con cédula y bono Isapr
 e.
LOCATION:Clínica Antofagasta
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("school-parents-meeting"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familia
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250930T190000
DTEND;TZID=America/Santiago:20250930T203000
DTSTAMP:20251201T004512Z
UID:7m8n9b0v1c2x3z4l5k6j7h8g9f@google.com
CREATED:20250920T120000Z
DESCRIPTION:Reunión de apoderados 3°B - Sofi. Si estoy arriba va Seba. Entr
 evista con la profe jefe después (tema lectura).
LAST-MODIFIED:20250920T120000Z
LOCATION:Colegio San Luis\, Antofagasta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión apoderados Sofi + entrevista profe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("bank-mortgage-signing"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250827T150000Z
DTEND:20250827T160000Z
DTSTAMP:20250820T161000Z
ORGANIZER;CN=Ejecutiva Banco - Marcela Tapia:mailto:mtapiar@bancoestado.cl
UID:2b3n4m5q6w7e8r9t0y1u2i3o4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
CREATED:20250820T160958Z
DESCRIPTION:Firma escritura crédito hipotecario. Traer cédula\, últimas 3 l
 iquidaciones y certificado de antigüedad laboral. Notaría Mandiola (Prat 6
 23).
LAST-MODIFIED:20250820T160959Z
LOCATION:Notaría Mandiola\, Arturo Prat 623\, Antofagasta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Firma crédito hipotecario BancoEstado
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("union-collective-bargaining-meeting"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Relaciones Laborales":mailto:relaciones.laborales@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Mesa de trabajo con Sindicato N°1 de Trabajadore
 s: propuesta de ajuste de sistema de turnos 7x7 a 4x4 en área mina. Planif
 icación presenta impacto en dotación y productividad.
UID:040000008200E00074C5B7101A82E00800000000C6E8A0B2DED7DC0100000000000000001000000051F3A5C7E9B14C4EB0D2F4A6C8E0B2D4
SUMMARY;LANGUAGE=es-CL:Mesa de trabajo Sindicato N°1 - turnos
DTSTART;TZID=Pacific SA Standard Time:20251104T150000
DTEND;TZID=Pacific SA Standard Time:20251104T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Edif. Administración-Sala Sindical
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": neg("mentoring-session-as-mentee"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T230000Z
DTEND:20251016T000000Z
DTSTAMP:20251009T200000Z
ORGANIZER;CN=Mentoría WIM Chile:mailto:mentoria@wimchile.cl
UID:0z9x8c7v6b5n4m3l2k1j0h9g8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Verónica Aguirre;X-NUM-GUESTS=0:mailto:vaguirre.mentora@gmail.com
CREATED:20251009T195959Z
DESCRIPTION:Programa de Mentoría WIM Chile 2025 - Sesión 4 de 6.\nMentora: V
 erónica Aguirre (ex Gerenta de Planificación). Mentee: Camila Rojas.\nTema
 : decisiones de carrera\, negociar una oferta\, vida familiar y FIFO.\n\nUn
 irse con Google Meet: https://meet.google.com/wim-mntr-s4c
LAST-MODIFIED:20251009T195959Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mentoría WIM - sesión 4 (Verónica / Camila)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tutor-booking",
        "label": neg("english-class-interview-practice-topic"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Preply//Lessons//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:preply-lesson-51882047@preply.com
DTSTAMP:20250901T020000Z
DTSTART:20250904T000000Z
DTEND:20250904T005000Z
SUMMARY:English lesson with Sarah M. (Business English)
DESCRIPTION:Lesson 12 of 20 - Business English for mining professionals.\nT
 opic: job interview vocabulary\, talking about achievements\, FIFO lifest
 yle.\nJoin from Preply classroom: https://preply.com/en/classroom/51882047
LOCATION:Preply classroom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gov-appointment",
        "label": neg("civil-registry-passport-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Registro Civil e Identificacion//Reserva de Horas//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SRCeI-RH-ANF-20250815-0931-77120
DTSTAMP:20250805T011500Z
DTSTART;VALUE=DATE-TIME:20250815T093000
DTEND;VALUE=DATE-TIME:20250815T094500
SUMMARY:Reserva de hora: Solicitud de pasaporte
DESCRIPTION:Oficina: Antofagasta (Av. Angamos 01)\nTrámite: Solicitud de pasa
 porte\nRUN: 16.XXX.XXX-X\nCódigo de reserva: ANF-77120\nPresentarse 10 mi
 nutos antes con su cédula vigente.
LOCATION:Registro Civil Antofagasta\, Av. Angamos 01
END:VEVENT
END:VCALENDAR
""",
    },
]
