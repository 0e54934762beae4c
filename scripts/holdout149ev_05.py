"""holdout149 events, part 5: schedulers, a founder on free mail, startups (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="founder-gmail",
        uid="7q0c4n9rb1e6j2l8t5h3vsk0dm@google.com",
        label=(1, "Ruta Última", "Head of Operations", "hiring_manager",
               "diego.saldana.v@gmail.com", "founder-free-mail-platica-no-ats"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
X-LIC-LOCATION:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Monterrey:20250215T100000
DTEND;TZID=America/Monterrey:20250215T110000
DTSTAMP:20250212T042733Z
ORGANIZER;CN=Diego Saldaña:mailto:diego.saldana.v@gmail.com
UID:7q0c4n9rb1e6j2l8t5h3vsk0dm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Diego
  Saldaña;X-NUM-GUESTS=0:mailto:diego.saldana.v@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
CREATED:20250212T042650Z
DESCRIPTION:Qué onda Rafa! Como te dije por whats\, estamos armando la ope
 ración de última milla en MTY y GDL y necesitamos a alguien que ya haya c
 orrido almacén en serio. Echamos un café y te cuento el plan\, la ronda y
  lo que buscamos en el Head of Ops. Yo invito 😄
LAST-MODIFIED:20250212T042733Z
LOCATION:Café Bola\, Calzada del Valle 400\, San Pedro Garza García
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Rafa <> Diego (Ruta Última)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-screen",
        uid="e5b8f1a7-2c9d-4a63-bd40-0f7e1c2a9d58",
        label=(1, "Nexo Cross-Dock", "Gerente de Operaciones Cross-Dock Nuevo Laredo", "recruiter_screen",
               "valeria.trevino@nexocrossdock.com", "calendly-booked-by-candidate-recruiter-screen"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e5b8f1a7-2c9d-4a63-bd40-0f7e1c2a9d58
DTSTAMP:20250304T021512Z
DTSTART:20250306T170000Z
DTEND:20250306T173000Z
SUMMARY:Entrevista inicial - Gerente de Operaciones Cross-Dock Nuevo Laredo
  between Valeria Treviño and Rafael Mendoza
DESCRIPTION:Event Name: Entrevista inicial - Gerente de Operaciones Cross-
 Dock Nuevo Laredo\n\nLocation: This is a Google Meet web conference.\nhttp
 s://meet.google.com/bnu-yvce-kqa\n\nNeed to make changes to this event?\nC
 ancel: https://calendly.com/cancellations/e5b8f1a7-2c9d-4a63-bd40-0f7e1c2a
 9d58\nReschedule: https://calendly.com/reschedulings/e5b8f1a7-2c9d-4a63-bd
 40-0f7e1c2a9d58\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/bnu-yvce-kqa
ORGANIZER;CN=Valeria Treviño:mailto:valeria.trevino@nexocrossdock.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Valeria Treviño;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valeria.trevino@nexocrossdock.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-booking",
        uid="8kXs2pQm4nVb7RtY1cLz9w@Cal.com",
        label=(1, "Tracto Partes del Bajío", "Gerente de Logística y Almacenes", "hiring_manager",
               "aurelio.mejia@tractopartes.mx", "cal-com-booking-queretaro-director"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:8kXs2pQm4nVb7RtY1cLz9w@Cal.com
SUMMARY:Entrevista con Director de Operaciones between Aurelio Mejía and
  Rafael Mendoza
DTSTAMP:20250311T000000Z
DTSTART:20250314T153000Z
DTEND:20250314T163000Z
DESCRIPTION:What:\nEntrevista con Director de Operaciones between Aurelio
  Mejía and Rafael Mendoza\n\nInvitee Time Zone:\nAmerica/Monterrey\n\nWho:
 \nAurelio Mejía - Organizer\naurelio.mejia@tractopartes.mx\n\nRafael Mend
 oza\nrafa.mendoza.mty@gmail.com\n\nWhere:\nCal Video\nhttps://app.cal.com
 /video/8kXs2pQm4nVb7RtY1cLz9w\n\nAdditional notes:\nVacante Gerente de Lo
 gística y Almacenes - planta El Marqués\n\nNeed to make a change? Cancel o
 r reschedule: https://app.cal.com/booking/8kXs2pQm4nVb7RtY1cLz9w
LOCATION:https://app.cal.com/video/8kXs2pQm4nVb7RtY1cLz9w
ORGANIZER;CN=Aurelio Mejía:mailto:aurelio.mejia@tractopartes.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-screen",
        uid="AAMkAGQ5ZjI3NmE2LWJkNGMtNDE4Yi1hYzQ4LTg0YmM2Y2E5M2E1ZgBGAAAAAAC7bookings",
        label=(1, "Grupo Comercial del Bajío", "Jefe Regional de Distribución", "recruiter_screen",
               "ximena.rocha@gcbajio.com.mx", "microsoft-bookings-entrevista-inicial-teams"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Reclutamiento GCB:mailto:ReclutamientoGCB@gcbajio.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Mendoza:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ximena Rocha:mailto:ximena.rocha@gcbajio.com.mx
DESCRIPTION;LANGUAGE=es-MX:Se ha reservado su cita\n\nServicio: Entrevist
 a inicial - Jefe Regional de Distribución\nPersonal: Ximena Rocha\nDuraci
 ón: 30 minutos\n\nReunión en línea: Unirse a la reunión de Microsoft Team
 s\n\nSi necesita realizar cambios\, administre su reserva:\nhttps://outloo
 k.office365.com/owa/calendar/ReclutamientoGCB@gcbajio.onmicrosoft.com/boo
 kings/\n\nGrupo Comercial del Bajío
UID:AAMkAGQ5ZjI3NmE2LWJkNGMtNDE4Yi1hYzQ4LTg0YmM2Y2E5M2E1ZgBGAAAAAAC7bookings
SUMMARY;LANGUAGE=es-MX:Entrevista inicial - Jefe Regional de Distribución
DTSTART;TZID=Central Standard Time (Mexico):20250319T130000
DTEND;TZID=Central Standard Time (Mexico):20250319T133000
CLASS:PUBLIC
DTSTAMP:20250317T152010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-hm",
        uid="ashby-interview-event-0c9e7b1a-6d24-4f3b-98e5-5a1f2c3d4b6e",
        label=(1, "Transfrontera Labs", "Operations Lead, Monterrey", "hiring_manager",
               "nico@transfrontera.io", "ashby-english-startup-hiring-manager"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0c9e7b1a-6d24-4f3b-98e5-5a1f2c3d4b6e
DTSTAMP:20250224T161803Z
DTSTART:20250227T170000Z
DTEND:20250227T174500Z
SUMMARY:Rafael Mendoza + Nico Fuentes | Transfrontera Labs
DESCRIPTION:Hi Rafael\, looking forward to chatting! This is a 45 minute c
 onversation with Nico Fuentes (Co-founder & COO) about the Operations Lead
 \, Monterrey role.\n\nJoin Google Meet: https://meet.google.com/ovt-hxsz-r
 yf\n\nInterview scheduled with Ashby
LOCATION:https://meet.google.com/ovt-hxsz-ryf
ORGANIZER;CN=Transfrontera Labs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Nico Fuentes;PARTSTAT=ACCEPTED:mailto:nico@transfrontera.io
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-final",
        uid="ashby-interview-event-6b3d2f90-1e84-4a7c-b5d6-8c0e9f1a2b3c",
        label=(1, "Transfrontera Labs", "Operations Lead, Monterrey", "final",
               "nico@transfrontera.io;hannah@transfrontera.io", "ashby-founders-final-dallas-office"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-6b3d2f90-1e84-4a7c-b5d6-8c0e9f1a2b3c
DTSTAMP:20250311T203317Z
DTSTART:20250317T150000Z
DTEND:20250317T170000Z
SUMMARY:Final round: Transfrontera Labs - Operations Lead\, Monterrey
DESCRIPTION:Final conversation with both co-founders\, Hannah Brooks (CEO)
  and Nico Fuentes (COO)\, at our Dallas office (Deep Ellum). First 30 min
 : walk us through how you'd stand up our Apodaca nearshoring hub. Then ope
 n conversation.\n\n2550 Elm St\, Suite 300\, Dallas\, TX 75226\n\nIntervie
 w scheduled with Ashby
LOCATION:2550 Elm St Suite 300\, Dallas TX 75226
ORGANIZER;CN=Transfrontera Labs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Hannah Brooks;PARTSTAT=ACCEPTED:mailto:hannah@transfrontera.io
ATTENDEE;CN=Nico Fuentes;PARTSTAT=ACCEPTED:mailto:nico@transfrontera.io
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-invite",
        uid="teamtailor-meeting-48211937@teamtailor.com",
        label=(1, "Logisfera", "Gerente de Planta Logística - Querétaro", "",
               "ricardo.sosa@logisfera.mx;mfuentes@logisfera.mx", "teamtailor-no-clear-stage-two-interviewers"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//ES
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:teamtailor-meeting-48211937@teamtailor.com
DTSTAMP:20250407T150144Z
DTSTART;TZID=America/Mexico_City:20250410T120000
DTEND;TZID=America/Mexico_City:20250410T130000
SUMMARY:Entrevista: Gerente de Planta Logística - Querétaro
DESCRIPTION:Hola Rafael\,\n\nTe esperamos en la entrevista para el puesto
  Gerente de Planta Logística - Querétaro.\n\nParticipantes: Ricardo Sosa\,
  Marisol Fuentes\n\nÚnete con Zoom: https://zoom.us/j/93317725044\n\nSaludo
 s\,\nEquipo de Talento Logisfera
LOCATION:https://zoom.us/j/93317725044
ORGANIZER;CN=Logisfera:mailto:noreply@teamtailor.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Ricardo Sosa;PARTSTAT=ACCEPTED:mailto:ricardo.sosa@logisfera.mx
ATTENDEE;CN=Marisol Fuentes;PARTSTAT=ACCEPTED:mailto:mfuentes@logisfera.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-technical",
        uid="workable-event-c2d94e18b7@workablemail.com",
        label=(1, "Empaques Industriales del Norte", "Gerente de Almacenes y Embarques", "technical",
               "oscar.benavides@einsa.com.mx", "workable-caso-practico-inventarios"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-c2d94e18b7@workablemail.com
DTSTAMP:20250120T220919Z
DTSTART:20250123T160000Z
DTEND:20250123T173000Z
SUMMARY:Caso práctico - Gerente de Almacenes y Embarques (Empaques Industr
 iales del Norte)
DESCRIPTION:Hola Rafael\,\n\nTe invitamos a la etapa de caso práctico con
  Óscar Benavides\, Director de Operaciones. Recibirás un archivo con inven
 tario de 1\,200 SKUs de rollo y cartón\; tendrás 45 minutos para proponer
  una clasificación ABC\, política de reorden y layout\, y 45 minutos para
  presentarlo.\n\nLugar: Av. Miguel Alemán 5100\, Guadalupe\, N.L.\n\nPowere
 d by Workable
LOCATION:EINSA - Av. Miguel Alemán 5100\, Guadalupe\, N.L.
ORGANIZER;CN=Empaques Industriales del Norte:mailto:einsa@jobs.workablemail.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Óscar Benavides;PARTSTAT=ACCEPTED:mailto:oscar.benavides@einsa.com.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
