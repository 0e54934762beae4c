# ruff: noqa: E501
"""holdout199 events, part d: more Spanish interviews (ATS and scheduling tools, trial days, a cancellation)."""

EVENTS = [
    {
        "kind": "workable-practica",
        "label": ("workable-event-3f0b6c1a9e2d@workable.com", 1, "SkyChef Iberia", "Técnico/a de Seguridad Alimentaria", "technical", "oscar.delgado@skychefiberia.com", "workable-prueba-practica-auditoria-higiene"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3f0b6c1a9e2d@workable.com
DTSTAMP:20250319T081122Z
DTSTART:20250325T090000Z
DTEND:20250325T110000Z
SUMMARY:Prueba práctica - Técnico/a de Seguridad Alimentaria (SkyChef Iberia)
ORGANIZER;CN=SkyChef Iberia:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Óscar Delgado;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oscar.delgado@skychefiberia.com
DESCRIPTION:Hola Lucía\,\n\nTe esperamos en nuestra cocina central de la zona de carga del Aeropuerto Adolfo Suárez Madrid-Barajas para la prueba práctica: realizarás una inspección de higiene de 45 minutos en la zona de emplatado (bandejas de clase business) con Óscar Delgado\, Food Safety Manager\, y después comentaréis tus hallazgos.\n\nImprescindible DNI en vigor para la acreditación de acceso a zona restringida. Llega 30 minutos antes al control de seguridad (Edificio SkyChef\, Calle Ayla\, Zona de Carga).\n\nSaludos\,\nSkyChef Iberia Recruiting
LOCATION:SkyChef Iberia - Cocina Central Barajas\, Zona de Carga\, Madrid
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jornada-prueba",
        "label": ("3n6q9t2w5z8c1f4i7l0o3r6u9x@google.com", 1, "Laboratorio Agroambiental Levante", "Técnico/a de Microbiología", "onsite", "amparo.bellver@labagroambiental.es", "recurring-trial-days-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250414T080000
DTEND;TZID=Europe/Madrid:20250414T150000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20250408T155040Z
ORGANIZER;CN=Amparo Bellver:mailto:amparo.bellver@labagroambiental.es
UID:3n6q9t2w5z8c1f4i7l0o3r6u9x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amparo Bellver;X-NUM-GUESTS=0:mailto:amparo.bellver@labagroambiental.e
 s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Lucía\, como hablamos\, te proponemos dos jornadas de prueba en
  el área de microbiología (remuneradas). Trabajarás con el equipo: recuent
 os en placa\, detección de Salmonella y Listeria por PCR\, registros en LIM
 S. Al final del segundo día nos sentamos a valorar.\n\nTrae bata si tienes
 \; gafas y guantes los ponemos nosotros.\n\nAmparo Bellver\nDirectora Técn
 ica
LOCATION:Laboratorio Agroambiental Levante\, Parc Científic\, C/ Catedrátic
 o Agustín Escardino 9\, Paterna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jornada de prueba - Técnico/a de Microbiología (Lucía Martín)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T080000
DTEND;TZID=Europe/Madrid:20250415T170000
DTSTAMP:20250408T155040Z
ORGANIZER;CN=Amparo Bellver:mailto:amparo.bellver@labagroambiental.es
UID:3n6q9t2w5z8c1f4i7l0o3r6u9x@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20250415T080000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amparo Bellver;X-NUM-GUESTS=0:mailto:amparo.bellver@labagroambiental.e
 s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Segundo día: por la tarde (15:30) reunión de valoración con Amp
 aro y con Gerencia.
LOCATION:Laboratorio Agroambiental Levante\, Parc Científic\, Paterna
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Jornada de prueba - Técnico/a de Microbiología (Lucía Martín)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-booking",
        "label": ("7c1e5a3b-9d2f-4e8a-b6c0-2f4e6a8c0e1d@cal.com", 1, "Ultracongelados Levante", "Responsable de Calidad", "", "sballester@ultracongeladoslevante.com", "cal-com-booking-between-company-and-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1e5a3b-9d2f-4e8a-b6c0-2f4e6a8c0e1d@cal.com
DTSTAMP:20250314T203311Z
DTSTART:20250319T150000Z
DTEND:20250319T154500Z
SUMMARY:Entrevista Responsable de Calidad between Sergio Ballester and Lucía Martín Ortega
ORGANIZER;CN=Sergio Ballester:mailto:sballester@ultracongeladoslevante.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:What: Entrevista Responsable de Calidad between Sergio Ballester and Lucía Martín Ortega\nInvitee Time Zone: Europe/Madrid\nWho:\n- Sergio Ballester - Organizer\n- Lucía Martín Ortega\nWhere: Cal Video https://app.cal.com/video/7c1e5a3b\nAdditional notes: Mi disponibilidad para incorporarme es de 1 mes (preaviso).\n\nNeed to reschedule or cancel? https://app.cal.com/booking/7c1e5a3b
LOCATION:https://app.cal.com/video/7c1e5a3b
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-booking",
        "label": ("b2e4c6a8-0f1d-4b3e-9a5c-7d9f1b3e5a70@calendly.com", 1, "Frescos del Mediterráneo", "Técnico de Calidad", "recruiter_screen", "rpena@frescosdelmediterraneo.es", "calendly-candidate-booked-hr-slot"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b2e4c6a8-0f1d-4b3e-9a5c-7d9f1b3e5a70@calendly.com
DTSTAMP:20250225T190001Z
DTSTART:20250303T093000Z
DTEND:20250303T100000Z
SUMMARY:Lucía Martín Ortega and Rocío Peña
ORGANIZER;CN=Rocío Peña:mailto:rpena@frescosdelmediterraneo.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Event Name: Entrevista Técnico de Calidad (Mercavalencia)\n\nLocation: Rocío Peña will call the invitee at +34 6XX XXX 817\n\nQuestions: ¿Cómo nos has conocido?\nInfoJobs\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b2e4c6a8\nReschedule: https://calendly.com/reschedulings/b2e4c6a8\n\nPowered by Calendly.com
LOCATION:+34 6XX XXX 817
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-seleccion",
        "label": ("040000008200E00074C5B7101A82E00800000000C5D6E7F8091ADB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56", 1, "Citrus Levante", "Responsable de Calidad", "", "josep.bort@citruslevante.com", "microsoft-bookings-booking-mailbox-organizer-staff-interviewer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN=Citrus Levante - Selección:mailto:CitrusLevanteSeleccion@citruslevante.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Martín Ortega:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Josep Bort:mailto:Josep.Bort@citruslevante.com
DESCRIPTION;LANGUAGE=es-ES:Citrus Levante - Selección\n\nSe ha confirmado su reserva\n\nEntrevista de selección - Responsable de Calidad\nmiércoles\, 26 de marzo de 2025\n12:00 - 12:45 (UTC+01:00) Bruselas\, Copenhague\, Madrid\, París\n\nPersonal: Josep Bort\n\nUnirse a la reunión de Microsoft Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2l0cnVz%40thread.v2/0>\n\nAdministrar la reserva<https://outlook.office365.com/owa/calendar/CitrusLevanteSeleccion@citruslevante.com/bookings/>\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8091ADB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=es-ES:Entrevista de selección - Responsable de Calidad
DTSTART;TZID=Europe/Madrid:20250326T120000
DTEND;TZID=Europe/Madrid:20250326T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T181502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-tecnica",
        "label": ("gh-8c4d2e0f6a1b@cerveceradelturia.es", 1, "Cervecera del Turia", "Técnico/a de Calidad Microbiológica", "technical", "nacho.sanchis@cerveceradelturia.es;laura.pons@cerveceradelturia.es", "greenhouse-entrevista-tecnica-microbiologia"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T100000
DTEND;TZID=Europe/Madrid:20250415T110000
DTSTAMP:20250409T070412Z
ORGANIZER;CN=Sara Cortés:mailto:sara.cortes@cerveceradelturia.es
UID:gh-8c4d2e0f6a1b@cerveceradelturia.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nacho
  Sanchis;X-NUM-GUESTS=0:mailto:nacho.sanchis@cerveceradelturia.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura
  Pons;X-NUM-GUESTS=0:mailto:laura.pons@cerveceradelturia.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía\,\n\nTe confirmo la entrevista técnica con Nacho San
 chis (Maestro Cervecero) y Laura Pons (Responsable de Calidad). Os centrar
 éis en microbiología cervecera (levaduras salvajes\, Lactobacillus/Pedioco
 ccus\, ATP en CIP) y en el plan de muestreo de la línea de latas.\n\nMicros
 oft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VydmV6
 YQ%40thread.v2/0\n\nUn saludo\,\nSara Cortés · People Team\n\n-::~:~::~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-\nScheduled with Greenhouse
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Lucía Martín Ortega - Técnico/a de Calidad Microbiológica
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-auditora",
        "label": ("ZOOM86510347721_20250310T160000Z@zoom.us", 1, "Certiagro Auditores", "Auditor/a de Seguridad Alimentaria (IFS/BRCGS)", "hiring_manager", "falcalde@certiagro.es", "zoom-candidate-for-auditor-role"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VTIMEZONE
TZID:Europe/Madrid
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250305T112040Z
DTSTART;TZID=Europe/Madrid:20250310T170000
DTEND;TZID=Europe/Madrid:20250310T180000
SUMMARY:Entrevista Auditor/a IFS-BRCGS - Lucía Martín
UID:ZOOM86510347721_20250310T160000Z@zoom.us
TZID:Europe/Madrid
DESCRIPTION:Fernando Alcalde le está invitando a una reunión de Zoom progra
 mada.\n\nÚnase a la reunión Zoom\nhttps://us02web.zoom.us/j/86510347721?pw
 d=Q2VydGlhZ3Jv\n\nID de reunión: 865 1034 7721\nCódigo de acceso: 552019\n
 \n---\n\nBúsqueda por teléfono\n+34 91 787 0058 España\n\nEntrevista para
  el puesto de Auditor/a de Seguridad Alimentaria (IFS/BRCGS) - zona Centro.
  Hablaremos de tu cualificación como auditora interna\, disponibilidad par
 a viajar (60%) y de un caso de no conformidad mayor.
LOCATION:https://us02web.zoom.us/j/86510347721?pwd=Q2VydGlhZ3Jv
ORGANIZER;CN=Fernando Alcalde:mailto:falcalde@certiagro.es
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "factorial-entrevista",
        "label": ("factorial-ats-interview-20250306-618244@factorialhr.com", 1, "Supermercados Tanit", "Técnico/a de Calidad de Producto Fresco", "recruiter_screen", "mribes@supermercadostanit.es", "factorial-ats-first-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial HR//ES
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
UID:factorial-ats-interview-20250306-618244@factorialhr.com
DTSTAMP:20250303T120541Z
DTSTART;TZID=Europe/Madrid:20250306T130000
DTEND;TZID=Europe/Madrid:20250306T133000
SUMMARY:Entrevista - Técnico/a de Calidad de Producto Fresco - Supermercados Tanit
ORGANIZER;CN=Mar Ribes:mailto:mribes@supermercadostanit.es
ATTENDEE;CN=Lucía Martín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Hola Lucía\,\nMar Ribes (Selección) te ha invitado a una entrevista para la vacante Técnico/a de Calidad de Producto Fresco.\nTipo: Videollamada\nEnlace: https://meet.google.com/tnt-frsc-qlt\n\nEste evento se ha creado desde Factorial.
LOCATION:https://meet.google.com/tnt-frsc-qlt
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-gerent",
        "label": ("9f8e7d6c5b4a39281706f5e4d3c2b1a0@webex.com", 1, "Pescados Mercabarna", "Responsable de Calidad", "hiring_manager", "enric.sala@pescadosmercabarna.com", "webex-native-invite-gerente"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
UID:9f8e7d6c5b4a39281706f5e4d3c2b1a0@webex.com
DTSTAMP:20250401T154412Z
DTSTART;TZID=Europe/Madrid:20250408T173000
DTEND;TZID=Europe/Madrid:20250408T181500
SUMMARY:Entrevista Responsable de Calidad - Pescados Mercabarna
ORGANIZER;CN=Enric Sala:mailto:enric.sala@pescadosmercabarna.com
ATTENDEE;CN=luciamartin.calidad@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Enric Sala le invita a esta reunión de Webex.\n\nNúmero de reunión (código de acceso): 2650 118 7734\nContraseña de la reunión: Peix25\n\nEntrar a la reunión\nhttps://pescadosmercabarna.my.webex.com/pescadosmercabarna.my/j.php?MTID=m0b4c8e2a\n\nEntrar por teléfono\n+34-93-218-7705 Barcelona\n\nNota: Lucía\, hablaremos del puesto de Responsable de Calidad (lonja y sala de despiece\, Mercabarna). Horario de trabajo de 4:00 a 12:00\, lo comentamos.
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-entrevista",
        "label": ("goto-event-612447893-cv@goto.com", 1, "Chocolates Vallès", "Técnica de Calidad I+D", "", "ncasals@chocolatesvalles.com", "goto-meeting-no-clear-stage"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-event-612447893-cv@goto.com
DTSTAMP:20250212T102544Z
DTSTART:20250217T150000Z
DTEND:20250217T160000Z
SUMMARY:Entrevista: Técnica de Calidad I+D - Chocolates Vallès
ORGANIZER;CN=Núria Casals:mailto:ncasals@chocolatesvalles.com
ATTENDEE;CN=Lucía Martín;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Entrevista: Técnica de Calidad I+D - Chocolates Vallès\n\nÚnase a mi reunión desde su ordenador\, tableta o smartphone.\nhttps://meet.goto.com/612447893\n\nTambién puede llamar desde su teléfono.\nEspaña: +34 912 71 8491\n\nCódigo de acceso: 612-447-893\n\n¿Es la primera vez que usa GoTo Meeting? Obtenga la aplicación ahora y esté preparado cuando comience la primera reunión: https://meet.goto.com/install
LOCATION:https://meet.goto.com/612447893
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancelada",
        "label": ("040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0", 1, "Snacks Mediterráneos", "Responsable de Calidad", "hiring_manager", "jsempere@snacksmediterraneos.es", "cancelled-interview-method-cancel"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Sempere Gisbert, Jorge":mailto:JSempere@snacksmediterraneos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, lo siento mucho: hemos paralizado la incorporación del puesto hasta después del verano por una reorganización interna. Te escribo en cuanto se reactive.\n\nUn saludo\,\nJorge Sempere\nDirector de Operaciones\n
UID:040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Responsable de Calidad - Lucía Martín
DTSTART;TZID=Europe/Madrid:20250331T100000
DTEND;TZID=Europe/Madrid:20250331T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250327T173012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Snacks Mediterráneos - Oficinas\, Alquerías (Valencia)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "talentclue-phone",
        "label": ("tc-cita-5f21a7e9c03b@talentclue.com", 1, "Granja Avícola Los Almendros", "Responsable de Calidad (sector avícola)", "recruiter_screen", "Beatriz Yagüe", "talent-clue-te-llamaremos-no-email"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talent Clue//Agenda//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:tc-cita-5f21a7e9c03b@talentclue.com
DTSTAMP:20250213T090010Z
DTSTART:20250219T081500Z
DTEND:20250219T084500Z
SUMMARY:Entrevista telefónica - Responsable de Calidad (sector avícola)
DESCRIPTION:Hola Lucía:\n\nBeatriz Yagüe\, del departamento de RRHH de Granja Avícola Los Almendros\, te llamará en la fecha y hora indicadas para realizar una primera entrevista telefónica.\n\nCentro de trabajo: Villaluenga de la Sagra (Toledo)\, a 45 min de Madrid.\n\nPor favor\, ten a mano tu CV y disponibilidad.\n\nGracias por tu interés.
LOCATION:Teléfono
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-cap-qualitat",
        "label": ("040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000061727384950A1B2C3D4E5F6071829304", 1, "La Cuina de l'Avi", "Jefe/a de Calidad", "hiring_manager", "montserrat.puig@lacuinadelavi.cat", "outlook-last-first-cn-teams-barcelona"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Puig Farrés, Montserrat":mailto:Montserrat.Puig@lacuinadelavi.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:luciamartin.calidad@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Hola Lucía\,\n\nTal com vam parlar\, aquí tens la convocatòria. Parlarem del lloc de Cap de Qualitat (Jefe/a de Calidad) de la planta de plats preparats de Montcada i Reixac.\n\n________________________________________________________________________________\nReunió del Microsoft Teams\nUniu-vos des de l'ordinador\, l'aplicació mòbil o el dispositiu de la sala\nFeu clic aquí per unir-vos a la reunió<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y3VpbmE%40thread.v2/0>\nIdentificador de la reunió: 355 601 882 417\nCodi d'accés: r3CuYa\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000061727384950A1B2C3D4E5F6071829304
SUMMARY;LANGUAGE=ca-ES:Entrevista Jefe/a de Calidad - L. Martín
DTSTART;TZID=Europe/Madrid:20250423T090000
DTEND;TZID=Europe/Madrid:20250423T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T101155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Reunió del Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-alhama",
        "label": ("9E3C1A7F-2B5D-4E8F-A0C6-D4B2F8E6A1C3", 1, "Aguas Sierra Espuña", "", "", "", "self-typed-caps-terse-local-plant"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
@TZ_MADRID@
BEGIN:VEVENT
CREATED:20250404T101012Z
DTEND;TZID=Europe/Madrid:20250410T180000
DTSTAMP:20250404T101031Z
DTSTART;TZID=Europe/Madrid:20250410T170000
LAST-MODIFIED:20250404T101031Z
LOCATION:Alhama de Murcia
SEQUENCE:0
SUMMARY:ENTREVISTA AGUAS S. ESPUÑA
DESCRIPTION:salir 16:15 del curro. preguntar x legionella/ potabilidad\, R
 D 3/2023
UID:9E3C1A7F-2B5D-4E8F-A0C6-D4B2F8E6A1C3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
