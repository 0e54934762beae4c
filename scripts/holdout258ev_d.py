"""holdout258 calendar, part D: other negatives (trade meetings, personal appointments, look-alikes)."""
# ruff: noqa: E501, W291, W293

from holdout258ev_zones import MONTERREY, MX_CITY, TIJUANA, WIN_CST_MEXICO, WIN_W_EUROPE


def neg(kind, uid, ics, trap):
    """A negative event that is not on the hiring side."""
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, hiring=False)


OUTLOOK_HEAD = r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""

APPLE_HEAD = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
"""

GOOGLE_HEAD = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""

EVENTS = [
    neg("outlook-recurring-5s-audit", "040000008200E00074C5B7101A82E00800000000AB5C6D7E8F8ADC01000000000000000010000000D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Sánchez Lara, Tomás";RSVP=TRUE:mailto:tsanchez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Auditoría 5S mensual: línea SMT 3\, taller y almacén de refacci
 ones. Se entrevista a 2 técnicos por área sobre estándares visuales. Subir
  calificación al tablero de planta.\n
DTEND;TZID="Central Standard Time (Mexico)":20260107T090000
DTSTAMP:20260105T150000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260107T080000
LOCATION:Piso de producción
ORGANIZER;CN="Luna Becerra, Adriana":mailto:aluna@electroensambles-occidente.com.mx
RRULE:FREQ=MONTHLY;BYDAY=1WE;COUNT=6
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Auditoría 5S - SMT 3 / Taller / Almacén
UID:040000008200E00074C5B7101A82E00800000000AB5C6D7E8F8ADC01000000000000000010000000D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
DTEND;TZID="Central Standard Time (Mexico)":20260305T090000
DTSTAMP:20260226T150000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260305T080000
ORGANIZER;CN="Luna Becerra, Adriana":mailto:aluna@electroensambles-occidente.com.mx
RECURRENCE-ID;TZID="Central Standard Time (Mexico)":20260304T080000
SEQUENCE:1
SUMMARY;LANGUAGE=es-MX:Auditoría 5S - SMT 3 / Taller / Almacén (movida al jueves)
UID:040000008200E00074C5B7101A82E00800000000AB5C6D7E8F8ADC01000000000000000010000000D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5D5
END:VEVENT
END:VCALENDAR
""", "recurring-5s-audit-entrevista-tecnicos-override"),
    neg("outlook-rca-interviews", "040000008200E00074C5B7101A82E00800000000BC6D7E8F908ADC01000000000000000010000000D6D6D6D6D6D6D6D6D6D6D6D6D6D6D6D6", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Sánchez Lara, Tomás";RSVP=TRUE:mailto:tsanchez@electroensambles-occidente.com.mx
ATTENDEE;CN="Preciado Ávila, Norma (Calidad)";RSVP=TRUE:mailto:npreciado@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Análisis causa raíz del paro de 7 h del horno de reflujo L2 (fa
 lla de ventilador zona 6). Entrevistas a operadores y técnicos del turno 3
  (5 porqués + Ishikawa)\, revisión de bitácora y del PM. Entregable: 8D al
  cliente el viernes.\n
DTEND;TZID="Central Standard Time (Mexico)":20260113T130000
DTSTAMP:20260112T160000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260113T110000
LOCATION:Sala Ingeniería
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:RCA horno reflow L2 - entrevistas turno 3
UID:040000008200E00074C5B7101A82E00800000000BC6D7E8F908ADC01000000000000000010000000D6D6D6D6D6D6D6D6D6D6D6D6D6D6D6D6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "root-cause-entrevistas-operators"),
    neg("outlook-customer-audit", "040000008200E00074C5B7101A82E00800000000CD7E8F90A18ADC01000000000000000010000000D7D7D7D7D7D7D7D7D7D7D7D7D7D7D7D7", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Hoffman, Derek";RSVP=TRUE:mailto:derek.hoffman@ventrix-auto.example.com
CLASS:PUBLIC
DESCRIPTION:Customer process audit (IATF 16949 / VDA 6.3) by Ventrix Aut
 omotive.\n14:00 Interview with Maintenance Supervisor: TPM\, PM complian
 ce\, spare parts for critical equipment\, calibration records.\n14:45 Sho
 p floor walk.\n
DTEND;TZID="Central Standard Time (Mexico)":20260122T153000
DTSTAMP:20260115T200000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260122T140000
LOCATION:Sala Clientes
ORGANIZER;CN="Preciado Ávila, Norma (Calidad)":mailto:npreciado@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Ventrix audit - Interview with Maintenance Supervisor
UID:040000008200E00074C5B7101A82E00800000000CD7E8F90A18ADC01000000000000000010000000D7D7D7D7D7D7D7D7D7D7D7D7D7D7D7D7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "customer-auditor-interviews-user-english"),
    neg("outlook-iso-audit", "040000008200E00074C5B7101A82E00800000000DE8F90A1B28ADC01000000000000000010000000D8D8D8D8D8D8D8D8D8D8D8D8D8D8D8D8", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Auditoría de recertificación ISO 45001 (organismo certificado
 r). Entrevista del auditor con el Supervisor de Mantenimiento: bloqueo y 
 etiquetado (LOTO)\, NOM-004-STPS\, permisos de trabajo en altura.\n
DTEND;TZID="Central Standard Time (Mexico)":20260219T110000
DTSTAMP:20260210T180000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260219T100000
LOCATION:Sala Seguridad
ORGANIZER;CN="Hinojosa Pérez, Mariela (EHS)":mailto:mhinojosa@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:ISO 45001 - entrevista auditor con Supervisor de Mantenimiento
UID:040000008200E00074C5B7101A82E00800000000DE8F90A1B28ADC01000000000000000010000000D8D8D8D8D8D8D8D8D8D8D8D8D8D8D8D8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "certification-auditor-interviews-user"),
    neg("iphone-visa-interview", "7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D", APPLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
UID:7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D
DTSTAMP:20260108T040000Z
DTSTART;TZID=America/Mexico_City:20260121T073000
DTEND;TZID=America/Mexico_City:20260121T093000
SUMMARY:Entrevista consular visa - Consulado EUA
LOCATION:Consulado General de EE.UU.\, Progreso 175\, Americana\, Guadala
 jara
DESCRIPTION:Llevar pasaporte\, DS-160 impreso\, hoja de cita\, carta del t
 rabajo. No celular. Huellas en el CAS ya tomadas.
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""", "visa-consular-entrevista"),
    neg("google-school-admission", "5d0f2g7h4j9k1l6z3x8c5v0b2n@google.com", GOOGLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260124T100000
DTEND;TZID=America/Mexico_City:20260124T110000
DTSTAMP:20260116T180000Z
ORGANIZER;CN=Admisiones Colegio Altavista:mailto:admisiones@colegioaltavista.edu.example.mx
UID:5d0f2g7h4j9k1l6z3x8c5v0b2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hector.
 ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@hot
 mail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marian
 a Castellanos;X-NUM-GUESTS=0:mailto:mariana.castellanos.r@gmail.com
DESCRIPTION:Entrevista de admisión a Preparatoria para Sofía Ramírez Caste
 llanos con la Coordinación Académica. Asisten alumna y padres.\n\nInvitati
 on from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Colegio Altavista\, Zapopan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión - Sofía Ramírez C. (Prepa)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "family-school-admission-interview-user-attends"),
    neg("iphone-spouse-interview", "8B9C0D1E-2F3A-4B4C-9D5E-6F7A8B9C0D1E", APPLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
UID:8B9C0D1E-2F3A-4B4C-9D5E-6F7A8B9C0D1E
DTSTAMP:20260126T020000Z
DTSTART;TZID=America/Mexico_City:20260128T090000
DTEND;TZID=America/Mexico_City:20260128T110000
SUMMARY:Mariana entrevista de trabajo (banco) - yo llevo a los niños
DESCRIPTION:Mariana tiene entrevista con la gerente de sucursal a las 9:3
 0. Dejar a Diego a las 7:50 y a Sofía a las 7:30.
END:VEVENT
END:VCALENDAR
""", "spouse-job-interview-user-logistics"),
    neg("iphone-brother-interview", "9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F", APPLE_HEAD + r"""BEGIN:VEVENT
UID:9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F
DTSTAMP:20260201T030000Z
DTSTART:20260205T060000
DTEND:20260205T070000
SUMMARY:Llevar a Toño a su entrevista en Cervecería Tres Volcanes
DESCRIPTION:Mi hermano - vacante operador de montacargas turno 1. Dejarlo
  en la caseta de El Salto y de ahí al trabajo.
END:VEVENT
END:VCALENDAR
""", "brother-interview-at-employer-user-also-applies-to"),
    neg("zoom-mock-interview", "zoom-71199023344-20260207@careercoach.example.mx", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260203T150000Z
DTSTART:20260207T160000Z
DTEND:20260207T170000Z
SUMMARY:Simulacro de entrevista en inglés (Maintenance Manager - US plants)
UID:zoom-71199023344-20260207@careercoach.example.mx
DESCRIPTION:Coach Verónica Lamas le está invitando a una reunión de Zoom p
 rogramada.\n\nSesión 3 de 4 del paquete de coaching: mock interview en in
 glés con preguntas conductuales (STAR) y técnicas para maquiladoras. Grab
 aremos la sesión para retroalimentación.\n\nUnirse a la reunión Zoom\nhtt
 ps://us02web.zoom.us/j/71199023344\n
LOCATION:https://us02web.zoom.us/j/71199023344
END:VEVENT
END:VCALENDAR
""", "mock-interview-english-coach"),
    neg("webinar-job-board", "occ-webinar-20260211-gerencial@occmundial-notifica.mx", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OCC Mundial//Eventos//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:occ-webinar-20260211-gerencial@occmundial-notifica.mx
DTSTAMP:20260205T120000Z
DTSTART:20260212T010000Z
DTEND:20260212T020000Z
SUMMARY:Webinar: Cómo preparar tu entrevista para puestos gerenciales en m
 anufactura
DESCRIPTION:Aprende a responder preguntas por competencias\, negociar suel
 do y prestaciones y a presentar tus logros en entrevistas con directores 
 de planta. Gratis para usuarios OCC.\nRegistro: https://eventos.occmundial
 -notifica.mx/webinar/gerencial
LOCATION:En línea
ORGANIZER;CN=OCC Eventos:mailto:eventos@occmundial-notifica.mx
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "webinar-about-interviewing-job-board"),
    neg("course-about-interviewing", "c0d1e2f3-a4b5-4c6d-8e7f-8091a2b3c4d5", r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260109T030000Z
DTSTAMP:20260109T030000Z
UID:c0d1e2f3-a4b5-4c6d-8e7f-8091a2b3c4d5
SUMMARY:Curso en línea: Entrevista por competencias (STAR) - módulo 3
DTSTART:20260110T090000
DTEND:20260110T110000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=SA
DESCRIPTION:curso de la plataforma de capacitación. tareas: 3 historias S
 TAR (paro reflow\, ahorro energía compresores\, equipo sindicalizado)
END:VEVENT
END:VCALENDAR
""", "course-about-interviewing-recurring-floating"),
    neg("google-press-interview", "3c8v5b0n7m2q9w4e1r6t3y8u5i@google.com", GOOGLE_HEAD + r"""BEGIN:VEVENT
DTSTART:20260213T180000Z
DTEND:20260213T184500Z
DTSTAMP:20260209T170000Z
ORGANIZER;CN=Rebeca Montaño:mailto:rmontano@mantenimientoindustrial.example.mx
UID:3c8v5b0n7m2q9w4e1r6t3y8u5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hector.
 ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@hot
 mail.com
DESCRIPTION:Hola Héctor\, gracias por aceptar la entrevista para la secció
 n "Casos de éxito" de la revista Mantenimiento Industrial MX. Hablaremos d
 e cómo implementaron TPM en líneas SMT y redujeron el MTTR un 35%. Se publ
 ica en la edición de abril.\n\nRebeca Montaño - Editora\n\nInvitation from
  Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/kdu-pwtr-avx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista revista Mantenimiento Industrial MX - Héctor Ramírez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "press-interview-user-interviewee"),
    neg("outlook-thesis-interview", "040000008200E00074C5B7101A82E00800000000EF90A1B2C38ADC01000000000000000010000000D9D9D9D9D9D9D9D9D9D9D9D9D9D9D9D9", OUTLOOK_HEAD + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Estimado Ing. Ramírez:\nMuchas gracias por aceptar participar 
 en mi investigación de maestría (Maestría en Ingeniería Industrial\, CUCEI
 ) sobre adopción de mantenimiento predictivo en la industria electrónica
  de Jalisco. La entrevista semiestructurada dura 45 minutos y será grabad
 a con su consentimiento.\n\nIng. Daniela Ochoa Rivas\n
DTEND:20260216T190000Z
DTSTAMP:20260211T220000Z
DTSTART:20260216T181500Z
LOCATION:Zoom
ORGANIZER;CN="Ochoa Rivas, Daniela":mailto:daniela.ochoa@alumnos.cuceiudg.example.mx
SEQUENCE:0
SUMMARY:Entrevista para tesis - mantenimiento predictivo en Jalisco
UID:040000008200E00074C5B7101A82E00800000000EF90A1B2C38ADC01000000000000000010000000D9D9D9D9D9D9D9D9D9D9D9D9D9D9D9D9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "research-interview-user-interviewee-utc"),
    neg("iphone-informational-coffee", "AB0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E", APPLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
UID:AB0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E
DTSTAMP:20260203T020000Z
DTSTART;TZID=America/Mexico_City:20260206T083000
DTEND;TZID=America/Mexico_City:20260206T093000
SUMMARY:Café con Luis Arriaga (ahora en Hexa Semiconductor)
LOCATION:Café Punta del Cielo\, Av. Patria\, Zapopan
DESCRIPTION:preguntarle cómo es trabajar en Hexa\, el site director\, suel
 dos y si me puede recomendar internamente.
END:VEVENT
END:VCALENDAR
""", "informational-coffee-names-target-employer"),
    neg("all-day-job-fair-attendee", "BC1D2E3F-4A5B-4C6D-9E7F-8A9B0C1D2E3F", APPLE_HEAD + r"""BEGIN:VEVENT
UID:BC1D2E3F-4A5B-4C6D-9E7F-8A9B0C1D2E3F
DTSTAMP:20260125T050000Z
DTSTART;VALUE=DATE:20260131
DTEND;VALUE=DATE:20260201
SUMMARY:Feria del Empleo Industrial - Expo Guadalajara
LOCATION:Expo Guadalajara\, Av. Mariano Otero 1499
DESCRIPTION:Llevar 20 CVs impresos. Stands de cerveceras\, autopartes y d
 e las maquilas de Tijuana. Entrevistas en sitio.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "job-fair-attendee-all-day-entrevistas-en-sitio"),
    neg("google-referee-call", "6f1g8h3j0k5l2z7x4c9v6b1n8m@google.com", GOOGLE_HEAD + r"""BEGIN:VEVENT
DTSTART:20260218T010000Z
DTEND:20260218T011500Z
DTSTAMP:20260216T190000Z
ORGANIZER;CN=Carlos Brambila:mailto:carlos.brambila@orbis-ms.com
UID:6f1g8h3j0k5l2z7x4c9v6b1n8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hector.
 ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@hot
 mail.com
DESCRIPTION:Ing. Héctor\, gracias por aceptar ser referencia laboral de Ra
 úl Castañeda\, candidato a Técnico de Mantenimiento Sr. en Orbis Manufact
 uring Solutions. Serán 10-15 minutos sobre su desempeño cuando trabajó con
  usted.\n\nInvitation from Google Calendar: https://calendar.google.com/ca
 lendar/
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencia laboral - Raúl Castañeda (Orbis)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "referee-call-from-own-target-recruiter"),
    neg("iphone-prep-block", "CD2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A", APPLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
UID:CD2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A
DTSTAMP:20260222T040000Z
DTSTART;TZID=America/Mexico_City:20260222T170000
DTEND;TZID=America/Mexico_City:20260222T200000
SUMMARY:Preparar entrevista Harbor Point (onsite TJ)
DESCRIPTION:repasar ISO 13485\, validación de equipos\, FMEA\, historias S
 TAR en inglés. imprimir 4 CVs. revisar vuelo
END:VEVENT
END:VCALENDAR
""", "prep-block-names-employer"),
    neg("iphone-thank-you-reminder", "DE3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B", APPLE_HEAD + r"""BEGIN:VEVENT
UID:DE3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B
DTSTAMP:20260212T230000Z
DTSTART;VALUE=DATE:20260213
DTEND;VALUE=DATE:20260214
SUMMARY:Mandar correo de agradecimiento Ing. Medina (Tres Volcanes)
DESCRIPTION:agradecer la entrevista final y el recorrido\, mencionar plan
  de 90 días para envasado
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER;VALUE=DATE-TIME:20260213T150000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""", "thank-you-reminder-all-day"),
    neg("google-confidential-headhunter", "0n5m2b7v4c9x6z1l8k3j0h5g2f@google.com", GOOGLE_HEAD + r"""BEGIN:VEVENT
DTSTART:20260219T200000Z
DTEND:20260219T203000Z
DTSTAMP:20260217T150000Z
ORGANIZER;CN=Patricio Lemus:mailto:plemus@ejecutivosbajio.example.mx
UID:0n5m2b7v4c9x6z1l8k3j0h5g2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
DESCRIPTION:Héctor\, tengo una búsqueda confidencial de Gerente de Manteni
 miento para una empresa de alimentos en el Bajío. Por confidencialidad to
 davía no puedo compartir el nombre del cliente\; en la llamada te explico
  el perfil y el rango salarial.\n\nPatricio Lemus | Ejecutivos Bajío Exec
 utive Search\n\nInvitation from Google Calendar: https://calendar.google.c
 om/calendar/
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada - búsqueda confidencial Gerente de Mantenimiento
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "recruiter-confidential-client-no-employer"),
    neg("outlook-medical-exam", "040000008200E00074C5B7101A82E00800000000F0A1B2C3D48ADC01000000000000000010000000DADADADADADADADADADADADADADADADA", OUTLOOK_HEAD + TIJUANA + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Hector\, congratulations again! As part of onboarding please 
 attend the pre-employment medical exam (examen médico de ingreso: antidop
 ing\, audiometría\, espirometría\, rayos X de columna). 8 hours fasting.\n
DTEND;TZID=America/Tijuana:20260310T090000
DTSTAMP:20260303T200000Z
DTSTART;TZID=America/Tijuana:20260310T073000
LOCATION:Clínica Laboral del Pacífico\, Blvd. Agua Caliente 10440\, Tijuana
ORGANIZER;CN="Beltrán Ochoa, Ana Lucía":mailto:analucia.beltran@harborpointmedical.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Pre-employment medical exam / Examen médico de ingreso
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D48ADC01000000000000000010000000DADADADADADADADADADADADADADADADA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "pre-employment-medical-exam-from-interviewer"),
    neg("outlook-offer-call", "040000008200E00074C5B7101A82E0080000000001B2C3D4E58ADC01000000000000000010000000DBDBDBDBDBDBDBDBDBDBDBDBDBDBDBDB", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Héctor\, ¡felicidades! Te llamo para presentarte la oferta fo
 rmal (sueldo base\, bono anual\, vales\, fondo de ahorro\, SGMM) y resolver
  tus dudas antes de la firma.\n\nKarla Ochoa\n
DTEND;TZID="Central Standard Time (Mexico)":20260218T133000
DTSTAMP:20260216T180000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260218T130000
LOCATION:Llamada telefónica
ORGANIZER;CN="Ochoa Parra, Karla":mailto:kochoa@cerveceriatresvolcanes.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Presentación de oferta - Gerente de Mantenimiento
UID:040000008200E00074C5B7101A82E0080000000001B2C3D4E58ADC01000000000000000010000000DBDBDBDBDBDBDBDBDBDBDBDBDBDBDBDB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "offer-presentation-after-process"),
    neg("outlook-performance-review", "040000008200E00074C5B7101A82E0080000000012C3D4E5F68ADC01000000000000000010000000DCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDC", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PRIVATE
DESCRIPTION:Entrevista de evaluación de desempeño 2025 y fijación de obje
 tivos 2026 (OEE\, MTBF\, presupuesto de refacciones). Traer autoevaluació
 n llena.\n
DTEND;TZID="Central Standard Time (Mexico)":20260116T100000
DTSTAMP:20260109T160000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260116T090000
LOCATION:Oficina Gerencia de Planta
ORGANIZER;CN="Villaseñor Ruiz, Arturo":mailto:avillasenor@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista de desempeño anual - H. Ramírez
UID:040000008200E00074C5B7101A82E0080000000012C3D4E5F68ADC01000000000000000010000000DCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "performance-review-entrevista-user-reviewed"),
    neg("outlook-exit-interview", "040000008200E00074C5B7101A82E0080000000023D4E5F6078ADC01000000000000000010000000DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Mena Flores, Jorge";RSVP=TRUE:mailto:jmena@electroensambles-occidente.com.mx
CLASS:PRIVATE
DESCRIPTION:Entrevista de salida del técnico Jorge Mena (renuncia volunta
 ria). RH conduce\; el supervisor participa los últimos 15 min para entreg
 a de herramienta y accesos.\n
DTEND;TZID="Central Standard Time (Mexico)":20260227T130000
DTSTAMP:20260224T170000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260227T120000
LOCATION:Sala RH 2
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista de salida - Jorge Mena (Técnico B)
UID:040000008200E00074C5B7101A82E0080000000023D4E5F6078ADC01000000000000000010000000DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "exit-interview-subordinate"),
    neg("outlook-german-gespraech", "040000008200E00074C5B7101A82E0080000000034E5F607188ADC01000000000000000010000000DEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDE", OUTLOOK_HEAD + WIN_W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Villaseñor Ruiz, Arturo";RSVP=TRUE:mailto:avillasenor@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Abstimmungsgespräch zum Wartungsvertrag 2026 für die Reflow-Lö
 tanlagen (Linie 2 und 3): Ersatzteilpaket\, Reaktionszeiten des Service-T
 echnikers in Guadalajara\, Schulung Ihrer Instandhalter.\n\nMit freundlic
 hen Grüßen\nMarkus Vogel\, Key Account Manager LATAM\n\nMicrosoft Teams-
 Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_dm9ndA%40thread.v2/0>\n
DTEND;TZID="W. Europe Standard Time":20260226T170000
DTSTAMP:20260220T090000Z
DTSTART;TZID="W. Europe Standard Time":20260226T160000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Vogel, Markus":mailto:m.vogel@vogtland-loettechnik.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Abstimmungsgespräch Wartungsvertrag Reflow-Anlagen Electroensambles
UID:040000008200E00074C5B7101A82E0080000000034E5F607188ADC01000000000000000010000000DEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "german-gespraech-vendor-service-contract"),
    neg("outlook-french-entretien-maintenance", "040000008200E00074C5B7101A82E0080000000045F607182A8ADC01000000000000000010000000DFDFDFDFDFDFDFDFDFDFDFDFDFDFDFDF", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Bonjour\,\nNotre technicien Julien Mercier sera sur site pour 
 l'entretien annuel des compresseurs à vis (C-01\, C-02) et du sécheur. Pr
 évoir consignation électrique et accès au local compresseurs.\n/ Visita de
  mantenimiento anual a compresores.\n\nService Après-Vente Amériques\nCom
 presseurs Delaunay\n
DTEND;TZID="Central Standard Time (Mexico)":20260303T160000
DTSTAMP:20260223T140000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260303T080000
LOCATION:Cuarto de compresores - Electroensambles Tlaquepaque
ORGANIZER;CN="SAV Amériques - Compresseurs Delaunay":mailto:sav.ameriques@compresseurs-delaunay.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien annuel compresseurs - Electroensambles de Occidente
UID:040000008200E00074C5B7101A82E0080000000045F607182A8ADC01000000000000000010000000DFDFDFDFDFDFDFDFDFDFDFDFDFDFDFDF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "french-entretien-means-maintenance"),
    neg("certification-exam", "prometria-cmrp-20260307-4471@prometria.example.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Prometria//Exam Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:prometria-cmrp-20260307-4471@prometria.example.com
DTSTAMP:20260115T180000Z
DTSTART:20260307T150000Z
DTEND:20260307T183000Z
SUMMARY:Examen de certificación CMRP (SMRP) - Héctor Ramírez Lozano
DESCRIPTION:Confirmation #CMRP-4471-GDL. Examen de certificación Certifie
 d Maintenance & Reliability Professional\, 110 preguntas\, 2.5 horas. Pre
 sentarse 30 minutos antes con identificación oficial.
LOCATION:Centro de Exámenes Prometria Guadalajara\, Av. Américas 1600\, pi
 so 3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "certification-exam-examen-not-selection"),
    neg("all-day-conference-multiday", "congreso-cmmc-2026@congresomantenimiento.example.mx", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Personal Héctor
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260318
DTEND;VALUE=DATE:20260321
DTSTAMP:20260301T000000Z
UID:congreso-cmmc-2026@congresomantenimiento.example.mx
DESCRIPTION:Congreso Mexicano de Mantenimiento y Confiabilidad 2026. Pane
 les: RCM\, mantenimiento predictivo\, gestión de activos ISO 55000. Habr
 á bolsa de trabajo y reclutadores de la industria.
LOCATION:Cintermex\, Monterrey\, N.L.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Congreso Mantenimiento y Confiabilidad - Monterrey
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "conference-multiday-bolsa-de-trabajo"),
    neg("outlook-weekly-recurring-override", "040000008200E00074C5B7101A82E00800000000560718293B8ADC01000000000000000010000000E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0", OUTLOOK_HEAD + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Sánchez Lara, Tomás";RSVP=TRUE:mailto:tsanchez@electroensambles-occidente.com.mx
ATTENDEE;CN="Carrillo Nava, Jesús";RSVP=TRUE:mailto:jcarrillo@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Revisión semanal: backlog de OTs\, cumplimiento de PM\, paros 
 mayores\, refacciones críticas\, seguridad.\n
DTEND;TZID="Central Standard Time (Mexico)":20260105T080000
DTSTAMP:20260102T150000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260105T073000
LOCATION:Taller de Mantenimiento
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occidente.com.mx
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260630T133000Z
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Junta semanal de mantenimiento
UID:040000008200E00074C5B7101A82E00800000000560718293B8ADC01000000000000000010000000E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTEND;TZID="Central Standard Time (Mexico)":20260210T080000
DTSTAMP:20260206T150000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260210T073000
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occidente.com.mx
RECURRENCE-ID;TZID="Central Standard Time (Mexico)":20260209T073000
SEQUENCE:1
SUMMARY;LANGUAGE=es-MX:Junta semanal de mantenimiento (martes - yo fuera el lunes)
UID:040000008200E00074C5B7101A82E00800000000560718293B8ADC01000000000000000010000000E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0
END:VEVENT
END:VCALENDAR
""", "weekly-recurring-override-hidden-absence"),
    neg("iphone-flight", "EF4A5B6C-7D8E-4F9A-8B0C-1D2E3F4A5B6C", APPLE_HEAD + r"""BEGIN:VEVENT
UID:EF4A5B6C-7D8E-4F9A-8B0C-1D2E3F4A5B6C
DTSTAMP:20260211T030000Z
DTSTART:20260217T120500Z
DTEND:20260217T134000Z
SUMMARY:Vuelo GDL-MTY VB1140 (entrevista Cristalería)
LOCATION:Aeropuerto de Guadalajara T1
DESCRIPTION:Clave de reservación QZ7TWM. Regreso 19:20 VB1147.
END:VEVENT
END:VCALENDAR
""", "flight-for-interview-mentions-entrevista"),
    neg("zoom-career-coaching", "zoom-71199023345-20260124@careercoach.example.mx", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260120T150000Z
DTSTART:20260124T160000Z
DTEND:20260124T170000Z
SUMMARY:Coaching de carrera - sesión 1: CV y perfil de LinkedIn
UID:zoom-71199023345-20260124@careercoach.example.mx
DESCRIPTION:Coach Verónica Lamas le está invitando a una reunión de Zoom p
 rogramada.\nSesión 1: CV por logros\, perfil de LinkedIn\, estrategia con 
 headhunters y bolsas de trabajo (OCC\, Computrabajo).\nhttps://us02web.zoo
 m.us/j/71199023345\n
LOCATION:https://us02web.zoom.us/j/71199023345
END:VEVENT
END:VCALENDAR
""", "career-coaching-session"),
    neg("google-parent-teacher", "9b4n1m6q3w8e5r0t7y2u9i4o1p@google.com", GOOGLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260225T074500
DTEND;TZID=America/Mexico_City:20260225T081500
DTSTAMP:20260220T010000Z
ORGANIZER;CN=Mariana Castellanos:mailto:mariana.castellanos.r@gmail.com
UID:9b4n1m6q3w8e5r0t7y2u9i4o1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hector.
 ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@hot
 mail.com
DESCRIPTION:Entrevista con la maestra Lupita (4o B) por las calificaciones
  de Diego en matemáticas.\n\nInvitation from Google Calendar: https://cal
 endar.google.com/calendar/
LOCATION:Primaria Benito Juárez\, Zapopan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con maestra de Diego
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "parent-teacher-entrevista"),
    neg("outlook-vendor-plant-visit", "040000008200E008000000006718293A4C8ADC01000000000000000010000000E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1", OUTLOOK_HEAD + MONTERREY + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Visita a planta para demostración de cámaras termográficas y 
 analizador de vibraciones (ruta de predictivo en compresores y subestació
 n). Sin costo. Ing. Humberto Salazar\, especialista de aplicaciones.\n
DTEND;TZID=America/Monterrey:20260311T130000
DTSTAMP:20260304T170000Z
DTSTART;TZID=America/Monterrey:20260311T110000
LOCATION:Electroensambles de Occidente - Recepción
ORGANIZER;CN="Salazar, Humberto":mailto:hsalazar@instrumentacionpredictiva.example.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Visita a planta - demo termografía y vibraciones
UID:040000008200E008000000006718293A4C8ADC01000000000000000010000000E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "visita-a-planta-vendor-demo"),
    neg("iphone-imss-appointment", "FA5B6C7D-8E9F-4A0B-9C1D-2E3F4A5B6C7D", APPLE_HEAD + MX_CITY + r"""BEGIN:VEVENT
UID:FA5B6C7D-8E9F-4A0B-9C1D-2E3F4A5B6C7D
DTSTAMP:20260302T020000Z
DTSTART;TZID=America/Mexico_City:20260306T071500
DTEND;TZID=America/Mexico_City:20260306T081500
SUMMARY:Cita UMF 53 IMSS - consulta medicina familiar
LOCATION:UMF 53\, Zapopan
DESCRIPTION:llevar carnet y resultados de laboratorio
 
END:VEVENT
END:VCALENDAR
""", "personal-medical-appointment"),
]
