"""holdout258 calendar, part B: the user's own interviews (second half)."""
# ruff: noqa: E501, W291, W293

from holdout258ev_zones import MONTERREY, MX_CITY, WIN_CST_MEXICO, WIN_CST_MEXICO_STALE, WIN_PACIFIC

EVENTS = [
    dict(
        kind="occ-invite",
        uid="occ-agenda-2026-0212-771903@occmundial-notifica.mx",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OCC Mundial//Agenda de Entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:occ-agenda-2026-0212-771903@occmundial-notifica.mx
DTSTAMP:20260209T171022Z
DTSTART:20260212T163000Z
DTEND:20260212T171500Z
SUMMARY:Entrevista agendada | Jefe de Mantenimiento Molinos | Grupo Harin
 ero Regio
DESCRIPTION:Hola Héctor\,\nLa empresa Grupo Harinero Regio quiere conocert
 e. Tu entrevista para la vacante Jefe de Mantenimiento Molinos (Monterrey\
 , N.L.) quedó agendada.\n\nEntrevistador(a): Lic. Sandra Villarreal - Reclu
 tamiento\nModalidad: Videollamada (la liga te llegará por correo)\n\nTe r
 ecomendamos revisar tu CV en OCC antes de la entrevista.\n\nOCC
ORGANIZER;CN=OCC:mailto:notificaciones@occmundial-notifica.mx
ATTENDEE;CN=Héctor Ramírez Lozano;RSVP=TRUE:mailto:hector.ramirez.lozano@hotma
 il.com
ATTENDEE;CN=Sandra Villarreal;ROLE=REQ-PARTICIPANT:mailto:svillarreal@harin
 eroregio.com.mx
LOCATION:Videollamada
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Grupo Harinero Regio",
        role="Jefe de Mantenimiento Molinos",
        stage="recruiter_screen",
        interviewers="svillarreal@harineroregio.com.mx",
        trap="job-board-organizer-pipes-in-title",
        hiring=False,
    ),
    dict(
        kind="microsoft-bookings",
        uid="bookings-6a1f0c3e-8b2d-4f7a-9e15-c0d4b7a9e3f2",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ORGANIZER;CN=Reclutamiento LBN;SENT-BY="mailto:dcantu@lineablancanorte.com":mailto:ReclutamientoLBN@lineablancanorte.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Héctor Ramírez Lozano:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Cantú:mailto:dcantu@lineablancanorte.com
DESCRIPTION;LANGUAGE=es-MX:Su reserva se confirmó\n\nServicio: Entrevista
  inicial - Reliability Engineer (Planta Apodaca)\nPersonal: Daniela Cantú\n
 Duración: 45 minutos\n\nUnirse a la reunión de Microsoft Teams: https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_bGJu%40thread.v2/0\n\nAdmini
 strar reserva: https://outlook.office365.com/book/ReclutamientoLBN@lineabl
 ancanorte.com/\n\nCon tecnología de Microsoft Bookings
UID:bookings-6a1f0c3e-8b2d-4f7a-9e15-c0d4b7a9e3f2
SUMMARY;LANGUAGE=es-MX:Entrevista inicial - Reliability Engineer (Planta Apodaca)
DTSTART;TZID=Central Standard Time (Mexico):20260213T110000
DTEND;TZID=Central Standard Time (Mexico):20260213T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T183340Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Línea Blanca del Norte",
        role="Reliability Engineer",
        stage="recruiter_screen",
        interviewers="dcantu@lineablancanorte.com",
        trap="bookings-shared-mailbox-sent-by-unquoted-tzid",
        hiring=False,
    ),
    dict(
        kind="assessment-center",
        uid="lbn-ac-2026-03-rel-eng-07",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MONTERREY + r"""BEGIN:VEVENT
UID:lbn-ac-2026-03-rel-eng-07
DTSTAMP:20260220T154510Z
DTSTART;TZID=America/Monterrey:20260303T080000
DTEND;TZID=America/Monterrey:20260303T160000
SUMMARY:Assessment Center - Reliability Engineer - Grupo 2
ORGANIZER;CN="Cantú, Daniela":mailto:dcantu@lineablancanorte.com
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Salinas Elizondo, Rubén";ROLE=REQ-PARTICIPANT:mailto:rsalinas@lineablancanorte.com
ATTENDEE;CN="Auditorio Capacitación";CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:auditorio.cap@lineablancanorte.com
DESCRIPTION:Agenda del Assessment Center (4 candidatos finalistas):\n08:00
  Bienvenida y presentación de la planta\n08:30 Dinámica grupal: priorizaci
 ón de backlog de mantenimiento\n10:30 Caso técnico individual: análisis d
 e Weibull y plan de mantenimiento para prensas de troquelado\n13:00 Comida
 \n14:00 Entrevista por competencias con Ing. Rubén Salinas (Gerente de Man
 tenimiento)\n15:30 Cierre\n\nCódigo de vestimenta casual de negocios. Trae
 r calculadora científica.\n
LOCATION:Auditorio Capacitación - Planta Apodaca
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Línea Blanca del Norte",
        role="Reliability Engineer",
        stage="onsite",
        interviewers="rsalinas@lineablancanorte.com",
        trap="assessment-center-group-other-candidates",
        hiring=False,
    ),
    dict(
        kind="google-invite-english-utc",
        uid="1b6n3m8k0j5h2g7f4d9s1a6p3o@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260210T200000Z
DTEND:20260210T203000Z
DTSTAMP:20260206T224512Z
ORGANIZER;CN=Kevin Brooks:mailto:kbrooks@coronadoaero.com
UID:1b6n3m8k0j5h2g7f4d9s1a6p3o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kevin Brooks;X-NUM-GUESTS=0:mailto:kbrooks@coronadoaero.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
DESCRIPTION:Hector - quick call to go over the Maintenance Manager opening
  at our Tijuana aerostructures plant (autoclaves\, 5-axis routers\, paint 
 booths). I'll call your cell.\n\n-Kevin\, Sr. Recruiter\, Coronado Aerostr
 uctures\n\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/
LOCATION:Phone: +52 33 1407 5528
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Screen - Maintenance Manager (Tijuana)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Coronado Aerostructures",
        role="Maintenance Manager",
        stage="recruiter_screen",
        interviewers="kbrooks@coronadoaero.com",
        trap="company-only-in-description-and-domain",
        hiring=False,
    ),
    dict(
        kind="thunderbird-terse",
        uid="e71d5c0a-3b9f-4f2e-8a41-77c9d2e0b5a6",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260212T020011Z
LAST-MODIFIED:20260212T020011Z
DTSTAMP:20260212T020011Z
UID:e71d5c0a-3b9f-4f2e-8a41-77c9d2e0b5a6
SUMMARY:entrevsita alim chapala 10am ing meza gte prod
DTSTART:20260216T100000
DTEND:20260216T110000
LOCATION:Ixtlahuacán de los Membrillos
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Alimentos Chapala",
        role="",
        stage="hiring_manager",
        interviewers="ing meza",
        trap="typo-entrevsita-lowercase-floating",
        hiring=False,
    ),
    dict(
        kind="outlook-teams-en-es",
        uid="040000008200E00074C5B7101A82E0080000000011D5E7A2B88DDC01000000000000000010000000CEE0CEE0CEE0CEE0CEE0CEE0CEE0CEE0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Estimado Ing. Ramírez:\n\nDerivado de su postulación a la vac
 ante Superintendente de Mantenimiento (Planta Zapotiltic) le envío la invi
 tación para una primera entrevista con Capital Humano.\n\nIng. Marisol Ben
 ítez\nCapital Humano - Cementos Peña Blanca\n\nMicrosoft Teams meeting\nJo
 in on your computer\, mobile app or room device\nClick here to join the m
 eeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VtZW50b3M
 %40thread.v2/0>\nMeeting ID: 255 019 337 441\nPasscode: Pb7tQe\n
DTEND;TZID="Central Standard Time (Mexico)":20260218T094500
DTSTAMP:20260213T201144Z
DTSTART;TZID="Central Standard Time (Mexico)":20260218T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Benítez Anaya, Marisol":mailto:mbenitez@cementospenablanca.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista Capital Humano - Superintendente de Mantenimiento
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011D5E7A2B88DDC01000000000000000010000000CEE0CEE0CEE0CEE0CEE0CEE0CEE0CEE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cementos Peña Blanca",
        role="Superintendente de Mantenimiento",
        stage="recruiter_screen",
        interviewers="mbenitez@cementospenablanca.com.mx",
        trap="spanish-body-english-teams-footer",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000A9F1C3D5E791DC01000000000000000010000000DEADBEEF01234567DEADBEEF01234567",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Villalpando Ruiz, Gerardo";RSVP=TRUE:mailto:gvillalpando@cementospenablanca.com.mx
CLASS:PUBLIC
DESCRIPTION:Ing. Ramírez\, por cambios en la estructura de la planta la va
 cante quedó en pausa. Cancelamos la entrevista final con el Ing. Gerardo
  Villalpando (Director de Operaciones). Le avisaremos si se reactiva.\n\nM
 arisol Benítez\n
DTEND;TZID="Central Standard Time (Mexico)":20260305T120000
DTSTAMP:20260302T171508Z
DTSTART;TZID="Central Standard Time (Mexico)":20260305T103000
LOCATION:Planta Zapotiltic - Sala de Juntas Dirección
ORGANIZER;CN="Benítez Anaya, Marisol":mailto:mbenitez@cementospenablanca.com.mx
PRIORITY:1
SEQUENCE:3
STATUS:CANCELLED
SUMMARY;LANGUAGE=es-MX:Cancelada: Entrevista final - Superintendente de Mantenimiento
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A9F1C3D5E791DC01000000000000000010000000DEADBEEF01234567DEADBEEF01234567
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cementos Peña Blanca",
        role="Superintendente de Mantenimiento",
        stage="final",
        interviewers="gvillalpando@cementospenablanca.com.mx",
        trap="method-cancel-position-on-hold",
        hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C7B0D1E2F38EDC01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Ledesma Ortiz, Joaquín";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jledesma@forjasdelbajio.com.mx
CLASS:PUBLIC
DESCRIPTION:Héctor\, te confirmo la entrevista con nuestro cliente Forjas d
 el Bajío (Celaya\, Gto.) para la posición de Gerente de Mantenimiento. Te 
 entrevistará el Ing. Joaquín Ledesma\, Director de Operaciones. Yo solo me
  conecto al inicio para presentarlos.\nRecuerda: forja en caliente\, prens
 as mecánicas de 1\,600 t\, hornos de inducción.\n\nSaludos\,\nLic. Tania 
 Rosales | Consultora Sr. | Reclutamiento Técnico Bajío (RTB)\nwww.rtbajio
 .com.mx\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la re
 unión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9yamFz%40th
 read.v2/0>\n
DTEND;TZID="Central Standard Time (Mexico)":20260219T180000
DTSTAMP:20260216T224015Z
DTSTART;TZID="Central Standard Time (Mexico)":20260219T170000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Rosales, Tania":mailto:trosales@rtbajio.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:RTB | Entrevista con cliente - Gerente de Mantenimiento - H. Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C7B0D1E2F38EDC01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Forjas del Bajío",
        role="Gerente de Mantenimiento",
        stage="hiring_manager",
        interviewers="jledesma@forjasdelbajio.com.mx",
        trap="agency-organizer-client-named-in-body-only",
        hiring=False,
    ),
    dict(
        kind="calendly-owner-gmail",
        uid="7c1e9f3a-5d2b-4e8c-a0f6-1b3d5e7f9a2c@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1e9f3a-5d2b-4e8c-a0f6-1b3d5e7f9a2c@calendly.com
DTSTAMP:20260214T190022Z
DTSTART:20260217T230000Z
DTEND:20260218T000000Z
SUMMARY:Entrevista Jefe de Mantenimiento between Roberto Anaya and Héctor 
 Ramírez Lozano
DESCRIPTION:Event Name: Entrevista Jefe de Mantenimiento\n\nLocation: This
  is a Google Meet web conference.\nYou can join this meeting from your co
 mputer\, tablet\, or smartphone.\nhttps://meet.google.com/tyo-wbmn-rqe\n\nN
 eed to make changes to this event?\nCancel: https://calendly.com/cancellat
 ions/7c1e9f3a\nReschedule: https://calendly.com/reschedulings/7c1e9f3a\n\nP
 lease share anything that will help prepare for our meeting.: Trabajo act
 ualmente como supervisor de mantenimiento en EMS\, me interesa el puesto d
 e Inyectados Precisos de Jalisco.\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/tyo-wbmn-rqe
ORGANIZER;CN=Roberto Anaya:mailto:roberto.anaya.ipj@gmail.com
ATTENDEE;CN=Héctor Ramírez Lozano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:hector.ramirez.lozano@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Inyectados Precisos de Jalisco",
        role="Jefe de Mantenimiento",
        stage="hiring_manager",
        interviewers="roberto.anaya.ipj@gmail.com",
        trap="calendly-owner-gmail-company-in-candidate-answer",
        hiring=False,
    ),
    dict(
        kind="zoom-technical-exam",
        uid="zoom-88213407761-20260220@empaquesflexiblesregios.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260216T150031Z
DTSTART:20260220T170000Z
DTEND:20260220T183000Z
SUMMARY:Examen técnico (virtual) - Ing. de Confiabilidad - EFR
UID:zoom-88213407761-20260220@empaquesflexiblesregios.com
TZID:America/Monterrey
DESCRIPTION:Ing. Mario Elizondo le está invitando a una reunión de Zoom pr
 ogramada.\n\nExamen técnico para la vacante Ing. de Confiabilidad (extruso
 ras de película soplada\, impresoras flexográficas\, laminadoras): 20 preg
 untas + caso de análisis de vibraciones. Compartirá pantalla.\n\nUnirse a
  la reunión Zoom\nhttps://us06web.zoom.us/j/88213407761?pwd=RUZSdmhH\n\nID
  de reunión: 882 1340 7761\nCódigo de acceso: 413920\n
LOCATION:https://us06web.zoom.us/j/88213407761?pwd=RUZSdmhH
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Empaques Flexibles Regios",
        role="Ing. de Confiabilidad",
        stage="technical",
        interviewers="Mario Elizondo",
        trap="zoom-export-no-attendees-acronym-company",
        hiring=False,
    ),
    dict(
        kind="apple-trial-day",
        uid="F4B2E8D1-7C3A-4A59-B6E0-2D9C1F8A7E35",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + MX_CITY + r"""BEGIN:VEVENT
UID:F4B2E8D1-7C3A-4A59-B6E0-2D9C1F8A7E35
DTSTAMP:20260218T031122Z
DTSTART;TZID=America/Mexico_City:20260221T080000
DTEND;TZID=America/Mexico_City:20260221T150000
SUMMARY:Día de prueba Devanados y Motores GDL (jefe de taller)
LOCATION:Calle Industria Textil 1580\, Zona Industrial\, Guadalajara
DESCRIPTION:Sábado. Sr. Tomás Ibarra (dueño) quiere ver cómo diagnostico 
 motores y bombas: rebobinado\, pruebas de aislamiento (megger)\, balanceo.
  Llevar overol\, multímetro y Fluke.\n 
 Si sale bien\, platicamos sueldo el lunes.
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Devanados y Motores GDL",
        role="jefe de taller",
        stage="onsite",
        interviewers="Tomás Ibarra",
        trap="trial-day-saturday-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="webex-bilingual-pacific",
        uid="2c8e4a6b0d1f3e5a7c9b8d6f4e2a0c1b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Hernández, Rosa Isela";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhernandez@arnesespacifico.com
ATTENDEE;CN="Miller, Scott";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:smiller@arnesespacifico.com
CLASS:PUBLIC
DESCRIPTION:Entrevista / Interview\nPosition: Maintenance Manager - Otay 
 plant (wire harness\, crimping\, ultrasonic welding\, test boards)\nInterv
 iewers: Scott Miller (VP Operations\, San Diego) and Rosa Isela Hernández 
 (Plant Manager\, Tijuana)\nThe interview will be half in English and half 
 in Spanish.\n\nJoin Webex meeting: https://arnesespacifico.webex.com/meet
 /smiller\nMeeting number: 2661 004 1187\n
DTEND;TZID="Pacific Standard Time":20260225T110000
DTSTAMP:20260219T190045Z
DTSTART;TZID="Pacific Standard Time":20260225T100000
LOCATION:Webex
ORGANIZER;CN="Hernández, Rosa Isela":mailto:rhernandez@arnesespacifico.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Entrevista / Interview - Maintenance Manager (Otay)
TRANSP:OPAQUE
UID:2c8e4a6b0d1f3e5a7c9b8d6f4e2a0c1b
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Arneses del Pacífico",
        role="Maintenance Manager",
        stage="hiring_manager",
        interviewers="smiller@arnesespacifico.com;rhernandez@arnesespacifico.com",
        trap="bilingual-title-company-only-in-domain",
        hiring=False,
    ),
    dict(
        kind="outlook-label-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000E0D1C2B3A48CDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Buena tarde\, Héctor.\n\nTe esperamos para entrevista con Rec
 ursos Humanos para la vacante de Jefe de Mantenimiento Eléctrico (máquina
  de papel PM-2\, subestaciones 23 kV\, variadores). Presentarte en la case
 ta de vigilancia de Papelera Río Santiago con identificación y tu solicit
 ud de empleo elaborada.\n\nLic. Fabiola Cervantes\nReclutamiento\n
DTEND;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260211T100000
DTSTAMP:20260206T184412Z
DTSTART;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260211T090000
LOCATION:Papelera Río Santiago - Recursos Humanos (El Salto)
ORGANIZER;CN="Cervantes, Fabiola":mailto:fcervantes@papeleriosantiago.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista RH - Jefe de Mantenimiento Eléctrico
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0D1C2B3A48CDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Papelera Río Santiago",
        role="Jefe de Mantenimiento Eléctrico",
        stage="recruiter_screen",
        interviewers="fcervantes@papeleriosantiago.com.mx",
        trap="utc-label-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-practical-exam",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B58EDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Zepeda Lomelí, Arnulfo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:azepeda@papeleriosantiago.com.mx
CLASS:PUBLIC
DESCRIPTION:Examen técnico práctico en taller eléctrico: lectura de diagr
 amas\, diagnóstico de variador de frecuencia\, PLC (Allen-Bradley Control
 Logix)\, termografía. Aplica: Ing. Arnulfo Zepeda\, Superintendente de Man
 tenimiento. Duración aprox. 3 h. Traer EPP completo (botas dieléctricas).\
 n
DTEND;TZID="Central Standard Time (Mexico)":20260223T120000
DTSTAMP:20260217T200155Z
DTSTART;TZID="Central Standard Time (Mexico)":20260223T090000
LOCATION:Taller Eléctrico - Papelera Río Santiago
ORGANIZER;CN="Cervantes, Fabiola":mailto:fcervantes@papeleriosantiago.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Examen técnico práctico - candidato H. Ramírez (Jefe Mtto Eléctrico)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B58EDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Papelera Río Santiago",
        role="Jefe Mtto Eléctrico",
        stage="technical",
        interviewers="azepeda@papeleriosantiago.com.mx",
        trap="candidate-word-user-is-candidate-practical-exam",
        hiring=False,
    ),
    dict(
        kind="workday-hiring-manager",
        uid="WD-INTV-c41d8a90b2e74f13-VTR",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-c41d8a90b2e74f13-VTR
DTSTAMP:20260217T161530Z
DTSTART:20260224T153000Z
DTEND:20260224T163000Z
SUMMARY:Interview Scheduled: R-04421 Maintenance & Facilities Manager - G
 uadalajara
DESCRIPTION:Candidate: Héctor Ramírez Lozano\nJob Requisition: R-04421 Ma
 intenance & Facilities Manager - Guadalajara\nInterview: Hiring Manager In
 terview\nInterviewer(s): Alberto Navarrete (Site Operations Director)\nLoc
 ation: Microsoft Teams (link below)\n\nhttps://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_dmFudG9y%40thread.v2/0\n\nVantor Electronics Talent A
 cquisition
ORGANIZER;CN=Vantor Talent Acquisition:mailto:ta-noreply@vantor-electronics.com
ATTENDEE;CN=Héctor Ramírez Lozano;RSVP=TRUE:mailto:hector.ramirez.lozano@h
 otmail.com
ATTENDEE;CN=Alberto Navarrete;ROLE=REQ-PARTICIPANT:mailto:alberto.navarret
 e@vantor-electronics.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vantor Electronics",
        role="Maintenance & Facilities Manager",
        stage="hiring_manager",
        interviewers="alberto.navarrete@vantor-electronics.com",
        trap="workday-candidate-label-looks-hiring-side",
        hiring=False,
    ),
    dict(
        kind="smartrecruiters-invite",
        uid="sr-interview-1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718
DTSTAMP:20260220T211043Z
DTSTART:20260226T180000Z
DTEND:20260226T190000Z
SUMMARY:Technical Interview - Critical Facilities Manager (Querétaro Camp
 us) - Nubetec Data Centers
DESCRIPTION:Hello Héctor\,\n\nYour technical interview has been confirmed.
 \nInterviewers:\n- Andrés Fuentes\, Regional Critical Facilities Director\n
 - Hannah Leclerc\, Electrical Engineering Lead\n\nExpect questions on UPS\
 , gensets\, MV switchgear\, chilled water and MOP/EOP procedures.\n\nJoin
 : https://nubetec.zoom.us/j/97710234456\n\nSmartRecruiters - on behalf of 
 Nubetec Data Centers
ORGANIZER;CN=Nubetec Recruiting:mailto:recruiting@nubetec-dc.com
ATTENDEE;CN=Héctor Ramírez Lozano;RSVP=TRUE:mailto:hector.ramirez.lozano@h
 otmail.com
ATTENDEE;CN=Andrés Fuentes:mailto:andres.fuentes@nubetec-dc.com
ATTENDEE;CN=Hannah Leclerc:mailto:hannah.leclerc@nubetec-dc.com
LOCATION:https://nubetec.zoom.us/j/97710234456
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nubetec Data Centers",
        role="Critical Facilities Manager",
        stage="technical",
        interviewers="andres.fuentes@nubetec-dc.com;hannah.leclerc@nubetec-dc.com",
        trap="cross-industry-data-center-utc",
        hiring=False,
    ),
    dict(
        kind="android-hand-typed",
        uid="c5d6e7f8-0a1b-4c2d-9e3f-4a5b6c7d8e9f",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:c5d6e7f8-0a1b-4c2d-9e3f-4a5b6c7d8e9f
DTSTAMP:20260222T030000Z
DTSTART:20260227T110000
DTEND:20260227T123000
SUMMARY:Ingenio Tala - entrevista Superintendente mtto fabrica (Ing. Faus
 to Medina)
DESCRIPTION:Azucarera de Tala. preguntar por calderas bagaceras\, molinos 
 y turbogeneradores\; reparación de zafra. salir 9am x la carretera a Nog
 ales
LOCATION:Tala\, Jal.
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Azucarera de Tala",
        role="Superintendente mtto fabrica",
        stage="hiring_manager",
        interviewers="Fausto Medina",
        trap="ingenio-vs-company-name-floating-escaped-semicolon",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel-english",
        uid="040000008200E00074C5B7101A82E00800000000B2C4D6E8F08FDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
""" + WIN_PACIFIC + r"""BEGIN:VEVENT
ATTENDEE;CN=hector.ramirez.lozano@hotmail.com;RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Nguyen, Daniel";RSVP=TRUE:mailto:dnguyen@coastlinepower.com
CLASS:PUBLIC
DESCRIPTION:Hi Hector\, Daniel is out of office next week. I'm cancelling
  this technical interview and will send new options shortly.\n\nThanks\,\n
 Brittany\n
DTEND;TZID="Pacific Standard Time":20260303T100000
DTSTAMP:20260227T004512Z
DTSTART;TZID="Pacific Standard Time":20260303T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Cole, Brittany":mailto:bcole@coastlinepower.com
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Reliability Engineer III (Tijuana) - Hector Ramirez
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B2C4D6E8F08FDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Coastline Power Systems",
        role="Reliability Engineer III",
        stage="technical",
        interviewers="dnguyen@coastlinepower.com",
        trap="cancelled-english-company-only-in-domain",
        hiring=False,
    ),
    dict(
        kind="google-export-personal",
        uid="3p8o1i6u4y9t2r7e0w5q3a8s1d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hector.ramirez.lozano@hotmail.com
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
DTSTART:20260224T230000Z
DTEND:20260225T000000Z
DTSTAMP:20260301T120000Z
UID:3p8o1i6u4y9t2r7e0w5q3a8s1d@google.com
CREATED:20260220T171500Z
DESCRIPTION:Llamada con Ing. Yolanda Curiel (RH Celulosa y Corrugados de Ja
 lisco) - vacante Jefe de Mantenimiento corrugadora. Me marca ella al cel.
LAST-MODIFIED:20260220T171500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada RH CYCJ
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Celulosa y Corrugados de Jalisco",
        role="Jefe de Mantenimiento corrugadora",
        stage="recruiter_screen",
        interviewers="Yolanda Curiel",
        trap="google-export-acronym-title-after-hours-utc",
        hiring=False,
    ),
    dict(
        kind="thunderbird-alarm",
        uid="9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + MONTERREY + r"""BEGIN:VEVENT
CREATED:20260225T050011Z
LAST-MODIFIED:20260225T050133Z
DTSTAMP:20260225T050133Z
UID:9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a
SUMMARY:Entrevista VBM - Lic. Paty Cavazos (RH) + Ing. Villarreal
DTSTART;TZID=America/Monterrey:20260304T120000
DTEND;TZID=America/Monterrey:20260304T133000
LOCATION:Válvulas y Bombas de Monterrey\, Av. Churubusco 3300\, Mty
DESCRIPTION:vacante: Gerente de Mantenimiento y Confiabilidad. ir direct
 o del aeropuerto. regreso 18:40
 
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Válvulas y Bombas de Monterrey",
        role="Gerente de Mantenimiento y Confiabilidad",
        stage="",
        interviewers="Paty Cavazos;Ing. Villarreal",
        trap="acronym-title-two-names-no-addresses",
        hiring=False,
    ),
    dict(
        kind="outlook-teams-bottler",
        uid="040000008200E00074C5B7101A82E00800000000C3D5E7F9018FDC010000000000000000100000007788990011223344556677889900AABB",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Orozco Fregoso, Leticia";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:lorozco@embotelladoraoccidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Hola Héctor\,\n\nAgendo tu entrevista con su servidor para la 
 posición Jefe de Mantenimiento Líneas de Llenado (PET y vidrio retornable
 \, sopladoras Sidel\, llenadoras Krones). Leticia Orozco (RH) estará de o
 yente.\n\nIng. Ramón Quezada\nGerente de Ingeniería - Grupo Embotellador de
  Occidente\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la
  reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z2VvYw%40
 thread.v2/0>\n
DTEND;TZID="Central Standard Time (Mexico)":20260226T090000
DTSTAMP:20260220T145501Z
DTSTART;TZID="Central Standard Time (Mexico)":20260226T080000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Quezada Ruvalcaba, Ramón":mailto:rquezada@embotelladoraoccidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista Jefe de Mantenimiento Líneas de Llenado
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3D5E7F9018FDC010000000000000000100000007788990011223344556677889900AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Grupo Embotellador de Occidente",
        role="Jefe de Mantenimiento Líneas de Llenado",
        stage="hiring_manager",
        interviewers="rquezada@embotelladoraoccidente.com.mx",
        trap="hr-observer-optional-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-rescheduled-stale-zone",
        uid="040000008200E00074C5B7101A82E00800000000D4E6F80A128FDC01000000000000000010000000123456789ABCDEF0123456789ABCDEF0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO_STALE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Padilla Anguiano, Eduardo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:epadilla@embotelladoraoccidente.com.mx
ATTENDEE;CN="Quezada Ruvalcaba, Ramón";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rquezada@embotelladoraoccidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Reprogramación: el Lic. Eduardo Padilla (Director Regional de
  Manufactura) viaja a CDMX el martes\; movemos la entrevista final al vier
 nes. Misma sala.\n\nLeticia Orozco\nRH\n
DTEND;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260313T130000
DTSTAMP:20260306T231005Z
DTSTART;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20260313T120000
LOCATION:Oficinas Corporativas GEO - Av. Vallarta 6503\, Zapopan - Sala 3
ORGANIZER;CN="Orozco Fregoso, Leticia":mailto:lorozco@embotelladoraoccidente.com.mx
SEQUENCE:1
SUMMARY;LANGUAGE=es-MX:Reprogramación: Entrevista final Director Regional - H. Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E6F80A128FDC01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Grupo Embotellador de Occidente",
        role="",
        stage="final",
        interviewers="epadilla@embotelladoraoccidente.com.mx",
        trap="rescheduled-sequence-1-acronym-location-previous-interviewer-optional",
        hiring=False,
    ),
    dict(
        kind="google-invite-hr-gmail",
        uid="8z3x6c1v9b4n7m2q5w0e8r3t6y@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260302T090000
DTEND;TZID=America/Mexico_City:20260302T130000
DTSTAMP:20260225T192233Z
ORGANIZER;CN=RH Industrias Metálicas Zapopan:mailto:rh.imzapopan@gmail.com
UID:8z3x6c1v9b4n7m2q5w0e8r3t6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ing. Octavio Lomelí;X-NUM-GUESTS=0:mailto:olomeli.imz@gmail.com
DESCRIPTION:Caso práctico en planta para Jefe de Mantenimiento: se te pre
 sentará una falla real en la línea de corte y doblez (prensa hidráulica 
 y dobladora CNC) y deberás proponer diagnóstico\, plan de acción y costo.
  Después entrevista con el Ing. Octavio Lomelí (Director General).\n\nInv
 itation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Industrias Metálicas Zapopan\, Av. Aviación 3050\, Zapopan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba práctica + entrevista - Jefe de Mantenimiento
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Industrias Metálicas Zapopan",
        role="Jefe de Mantenimiento",
        stage="technical",
        interviewers="olomeli.imz@gmail.com",
        trap="hr-gmail-organizer-case-study",
        hiring=False,
    ),
    dict(
        kind="google-meet-english",
        uid="4t9r2e7w0q5a8s3d6f1g4h9j2k@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260304T163000Z
DTEND:20260304T170000Z
DTSTAMP:20260301T181510Z
ORGANIZER;CN=Laura Preciado:mailto:laura.preciado@heliossolar.mx
UID:4t9r2e7w0q5a8s3d6f1g4h9j2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hector Ramirez;X-NUM-GUESTS=0:mailto:hector.ramirez.lozano@hotmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laura Preciado;X-NUM-GUESTS=0:mailto:laura.preciado@heliossolar.mx
DESCRIPTION:Hola Héctor! As discussed on LinkedIn\, this is our first chat
  about the Maintenance Lead role at the Helios module factory in El Salto 
 (laminators\, stringers\, framing lines). 30 min\, Spanish is fine.\n\nLau
 ra Preciado - People & Talent\, Helios Paneles Solares\n\nJoin with Googl
 e Meet: https://meet.google.com/pqz-ewnr-vbt\n\nInvitation from Google Cal
 endar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/pqz-ewnr-vbt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Héctor <> Laura (Helios) - first chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Helios Paneles Solares",
        role="Maintenance Lead",
        stage="recruiter_screen",
        interviewers="laura.preciado@heliossolar.mx",
        trap="first-chat-spanglish-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="outlook-x-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000E5F7091B238FDC01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Gallardo Íñiguez, Marco Antonio";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mgallardo@quimicosresinas.com.mx
CLASS:PUBLIC
DESCRIPTION:Ing. Héctor:\n\nLe confirmo su entrevista con el Ing. Marco An
 tonio Gallardo\, Gerente de Planta\, para la vacante Gerente de Mantenimie
 nto y Servicios (reactores\, calderas\, torres de enfriamiento\, NOM-020-S
 TPS). \n\nAtte.\nLic. Rocío Flores\nRecursos Humanos\nQuímicos y Resinas d
 el Salto\, S.A. de C.V.\n
DTEND;TZID="Central Standard Time (Mexico)":20260305T170000
DTSTAMP:20260227T173300Z
DTSTART;TZID="Central Standard Time (Mexico)":20260305T160000
LOCATION:QRS - Carretera El Salto-La Capilla km 2
ORGANIZER;CN="Flores Ávila, Rocío":mailto:rflores@quimicosresinas.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista Gerente de Mantenimiento y Servicios - Ing. H. Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5F7091B238FDC01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" c
 ontent="text/html\; charset=utf-8"></head><body lang=ES-MX><p class=MsoNor
 mal>Ing. Héctor:<o:p></o:p></p><p class=MsoNormal>Le confirmo su entrevist
 a con el Ing. Marco Antonio Gallardo\, Gerente de Planta\, para la vacante
  <b>Gerente de Mantenimiento y Servicios</b>.<o:p></o:p></p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Químicos y Resinas del Salto",
        role="Gerente de Mantenimiento y Servicios",
        stage="hiring_manager",
        interviewers="mgallardo@quimicosresinas.com.mx",
        trap="x-alt-desc-html-legal-form",
        hiring=False,
    ),
    dict(
        kind="one-way-video-all-day",
        uid="vidint-3309128-mcn@entrevistasenvideo.mx",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//EntrevistasEnVideo//Invitaciones//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:vidint-3309128-mcn@entrevistasenvideo.mx
DTSTAMP:20260302T140000Z
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
SUMMARY:Fecha límite: videoentrevista grabada - Motores y Compresores del 
 Norte
DESCRIPTION:Motores y Compresores del Norte te invita a responder una vid
 eoentrevista grabada (5 preguntas\, 2 minutos cada una) para la vacante I
 ngeniero de Confiabilidad. Puedes grabarla en cualquier momento antes de 
 la fecha límite.\nhttps://entrevistasenvideo.mx/r/3309128
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Motores y Compresores del Norte",
        role="Ingeniero de Confiabilidad",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-video-deadline-all-day-transparent",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-panel",
        uid="040000008200E00074C5B7101A82E00800000000F6081A2C348FDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Cuevas Martín, Silvia";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:scuevas@tuberiayconexiones.com.mx
ATTENDEE;CN="Loza Preciado, Iván";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iloza@tuberiayconexiones.com.mx
CLASS:PUBLIC
DESCRIPTION:Entrevista técnica con Silvia Cuevas (Gerente de Planta) e Iv
 án Loza (Jefe de Confiabilidad) para la vacante Ingeniero de Confiabilidad
  Sr. Se revisará un caso: extrusoras de PVC con paros recurrentes del tor
 nillo.\n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reu
 nión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_dHlj%40thread
 .v2/0>\n
DTEND:20260309T180000Z
DTSTAMP:20260303T215012Z
DTSTART:20260309T163000Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Reclutamiento TyC":mailto:reclutamiento@tuberiayconexiones.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Ing. Confiabilidad Sr. - Héctor Ramírez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F6081A2C348FDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tubería y Conexiones de Occidente",
        role="Ingeniero de Confiabilidad Sr.",
        stage="technical",
        interviewers="scuevas@tuberiayconexiones.com.mx;iloza@tuberiayconexiones.com.mx",
        trap="outlook-utc-times-company-only-in-domain",
        hiring=False,
    ),
    dict(
        kind="linkedin-recruiter-google",
        uid="6u1y8t3r5e0w2q7a4s9d6f3g1h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260310T130000
DTEND;TZID=America/Mexico_City:20260310T133000
DTSTAMP:20260306T160245Z
ORGANIZER;CN=Alondra Barba:mailto:abarba@envasesmetalicosjal.com.mx
UID:6u1y8t3r5e0w2q7a4s9d6f3g1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
DESCRIPTION:Hola Héctor\, gracias por responder mi InMail en LinkedIn. Agen
 do esta llamada para platicarte de la vacante de Gerente de Mantenimiento
  en Envases Metálicos de Jalisco (líneas de latas de 2 y 3 piezas) y conoc
 er tu experiencia.\n\nAlondra Barba | Talent Acquisition\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada - Gerente de Mantenimiento / Héctor Ramírez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Envases Metálicos de Jalisco",
        role="Gerente de Mantenimiento",
        stage="recruiter_screen",
        interviewers="abarba@envasesmetalicosjal.com.mx",
        trap="inmail-call-organizer-not-in-attendees",
        hiring=False,
    ),
    dict(
        kind="outlook-panel-final-english",
        uid="040000008200E00074C5B7101A82E00800000000071A2B3C458FDC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hector.ramirez.lozano@hotmail.com
ATTENDEE;CN="Bustamante, Ricardo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rbustamante@caq-aero.com
ATTENDEE;CN="Dubois, Claire";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:cdubois@caq-aero.com
ATTENDEE;CN="Martínez Ugalde, Pilar";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pmartinez@caq-aero.com
ATTENDEE;CN="QRO-Hangar Conf Room";CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:qro.hangar.conf@caq-aero.com
CLASS:PUBLIC
DESCRIPTION:Final panel interview for Maintenance & Reliability Manager\n
 Panel: Ricardo Bustamante (General Manager)\, Claire Dubois (Quality Dire
 ctor\, AS9100 / NADCAP)\, Pilar Martínez (HR Director)\n\nPlease prepare a
  20-minute presentation: "First 90 days as Maintenance & Reliability Mana
 ger". Laptop and HDMI available in the room.\n
DTEND;TZID="Central Standard Time (Mexico)":20260312T130000
DTSTAMP:20260305T165033Z
DTSTART;TZID="Central Standard Time (Mexico)":20260312T110000
LOCATION:QRO-Hangar Conf Room
ORGANIZER;CN="Martínez Ugalde, Pilar":mailto:pmartinez@caq-aero.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Final Panel - Maintenance & Reliability Manager - H. Ramirez
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000071A2B3C458FDC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Componentes Aeroespaciales de Querétaro",
        role="Maintenance & Reliability Manager",
        stage="final",
        interviewers="rbustamante@caq-aero.com;cdubois@caq-aero.com;pmartinez@caq-aero.com",
        trap="company-only-as-acronym-domain-final-panel",
        hiring=False,
    ),
]
