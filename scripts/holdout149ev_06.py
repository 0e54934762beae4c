"""holdout149 events, part 6: more ATS/scheduler invites and conferencing boilerplate (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="smartrecruiters-screen",
        uid="sr-interview-9f7a3e21-6c84-4b0d-a5e2-nortek@smartrecruiters.com",
        label=(1, "Autopartes Nortek", "Supply Chain Manager", "recruiter_screen",
               "paola.gamez@nortek-autopartes.com", "smartrecruiters-teams-screen-spanish"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:sr-interview-9f7a3e21-6c84-4b0d-a5e2-nortek@smartrecruiters.com
DTSTAMP:20250401T170455Z
DTSTART;TZID=America/Monterrey:20250403T090000
DTEND;TZID=America/Monterrey:20250403T093000
SUMMARY:Entrevista Autopartes Nortek: Supply Chain Manager
DESCRIPTION:Hola Rafael Mendoza\,\n\nTu entrevista para Supply Chain Manag
 er (Santa Catarina\, N.L.) ha sido programada.\n\nEntrevistador: Paola Gám
 ez\, Talent Acquisition Specialist\nTipo: Videollamada (Microsoft Teams)\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFhNDk2%40thread.v
 2/0\n\nAgrega este evento a tu calendario. Si no puedes asistir\, avísanos
  desde tu perfil de candidato.\n\nEnviado con SmartRecruiters
LOCATION:Microsoft Teams
ORGANIZER;CN=Autopartes Nortek:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Paola Gámez;PARTSTAT=ACCEPTED:mailto:paola.gamez@nortek-autopartes.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-panel",
        uid="sr-interview-1b2c8d45-e09f-4a71-93c6-nortek@smartrecruiters.com",
        label=(1, "Autopartes Nortek", "Supply Chain Manager", "onsite",
               "arturo.leal@nortek-autopartes.com;jennifer.cole@nortek-autopartes.com;luis.ibarra@nortek-autopartes.com",
               "smartrecruiters-panel-presencial-mixed-language"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:sr-interview-1b2c8d45-e09f-4a71-93c6-nortek@smartrecruiters.com
DTSTAMP:20250409T154022Z
DTSTART;TZID=America/Monterrey:20250415T093000
DTEND;TZID=America/Monterrey:20250415T130000
SUMMARY:Panel Interview - Supply Chain Manager - Rafael Mendoza
DESCRIPTION:Hola Rafael\,\n\nTe confirmamos tu panel presencial en planta
  Santa Catarina. Entrevistadores:\n- Arturo Leal\, Plant Manager\n- Jennif
 er Cole\, Director Supply Chain North America (in English)\n- Luis Ibarra
 \, Gerente de Calidad de Proveedores\n\nAl final habrá un recorrido por ma
 terial handling y patio.\n\nEnviado con SmartRecruiters
LOCATION:Autopartes Nortek - Planta Santa Catarina\, Blvd. Gustavo Díaz Or
 daz 2300
ORGANIZER;CN=Autopartes Nortek:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Arturo Leal;PARTSTAT=ACCEPTED:mailto:arturo.leal@nortek-autopartes.com
ATTENDEE;CN=Jennifer Cole;PARTSTAT=ACCEPTED:mailto:jennifer.cole@nortek-autopartes.com
ATTENDEE;CN=Luis Ibarra;PARTSTAT=TENTATIVE:mailto:luis.ibarra@nortek-autopartes.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-panel",
        uid="goodtime-8e2f4a61c9d3b0e7-pinnacle",
        label=(1, "Pinnacle Distribution", "General Manager, Distribution Center (Dallas-Fort Worth)", "onsite",
               "rachel.kim@pinnacledist.com;mike.oneal@pinnacledist.com;carlos.duarte@pinnacledist.com",
               "goodtime-virtual-onsite-back-to-back"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:goodtime-8e2f4a61c9d3b0e7-pinnacle
DTSTAMP:20250402T190611Z
DTSTART;TZID=America/Chicago:20250408T090000
DTEND;TZID=America/Chicago:20250408T120000
SUMMARY:Pinnacle Distribution | Virtual Onsite | Rafael Mendoza
DESCRIPTION:Hi Rafael\,\n\nHere is your virtual onsite agenda for the Gene
 ral Manager\, Distribution Center (Dallas-Fort Worth) role. All times Cen
 tral.\n\n9:00 AM  Rachel Kim - VP\, Distribution Operations\n10:00 AM  Mik
 e O'Neal - Director\, Safety & Facilities\n11:00 AM  Carlos Duarte - Senio
 r Manager\, Transportation\n\nZoom: https://pinnacledist.zoom.us/j/9812274
 4031\nDial-in: +1 346 248 7799\,\,98122744031#\n\nPlease test your camera
  and audio ahead of time.\n\nScheduled with GoodTime on behalf of Pinnacle
  Distribution Talent Acquisition.
LOCATION:Zoom
ORGANIZER;CN=Pinnacle Interview Scheduling:mailto:interviews@pinnacledist.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Rachel Kim;PARTSTAT=ACCEPTED:mailto:rachel.kim@pinnacledist.com
ATTENDEE;CN=Mike O'Neal;PARTSTAT=ACCEPTED:mailto:mike.oneal@pinnacledist.com
ATTENDEE;CN=Carlos Duarte;PARTSTAT=ACCEPTED:mailto:carlos.duarte@pinnacledist.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-final",
        uid="ml-evt-2025-04-22-5e1a9c7b@modernloop.io",
        label=(1, "Alamo Gateway Logistics", "Director of Cross-Border Operations", "final",
               "dgarza@alamogateway.com", "modernloop-final-ceo-san-antonio"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-2025-04-22-5e1a9c7b@modernloop.io
DTSTAMP:20250417T144459Z
DTSTART:20250422T180000Z
DTEND:20250422T190000Z
SUMMARY:Final Interview: Rafael Mendoza x David Garza (CEO) - Director of
  Cross-Border Operations
DESCRIPTION:Rafael\, this is your final conversation for the Director of C
 ross-Border Operations role at Alamo Gateway Logistics. David will join fr
 om our San Antonio HQ.\n\nMicrosoft Teams: https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_OWE1Mj%40thread.v2/0\nPhone: +1 210-469-3301\,\,7
 74512098#\n\nScheduled by ModernLoop
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Alamo Gateway Recruiting:mailto:recruiting@alamogateway.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=David Garza;PARTSTAT=ACCEPTED:mailto:dgarza@alamogateway.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-interview",
        uid="3F8A1C2D7B9E4F60A5B4C3D2E1F09876@webex.com",
        label=(1, "Acerolatina", "Gerente de Logística Interna", "hiring_manager",
               "fernando.quiroga@acerolatina.com", "webex-gerente-logistica-interna-steel"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:3F8A1C2D7B9E4F60A5B4C3D2E1F09876@webex.com
DTSTAMP:20250225T163300Z
DTSTART;TZID=America/Monterrey:20250228T110000
DTEND;TZID=America/Monterrey:20250228T120000
SUMMARY:Entrevista Gerente de Logística Interna - R. Mendoza / F. Quiroga
DESCRIPTION:Fernando Quiroga le invita a una reunión de Webex programada.\n
 \nEntrevista para la vacante Gerente de Logística Interna (patio de palan
 quilla\, grúas viajeras y embarque ferroviario).\n\nÚnase a la reunión:\nh
 ttps://acerolatina.webex.com/acerolatina/j.php?MTID=m4b6c1e2f9a8d7\nNúme
 ro de reunión: 2634 981 0027\nContraseña: Acero2025\n\nUnirse por teléfon
 o\n+52-55-1207-7600 México Número gratuito\nCódigo de acceso: 263 498 100
 27
LOCATION:https://acerolatina.webex.com/acerolatina/j.php?MTID=m4b6c1e2f9a8d7
ORGANIZER;CN=Fernando Quiroga:mailto:fernando.quiroga@acerolatina.com
ATTENDEE;CN=rafa.mendoza.mty@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-meeting",
        uid="gotomeeting-518337061-20250306",
        label=(1, "Plásticos Técnicos de Apodaca", "Jefe de Logística y Almacén", "",
               "hugo.martinez@ptapodaca.com", "gotomeeting-entrevista-no-stage"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gotomeeting-518337061-20250306
DTSTAMP:20250303T190000Z
DTSTART:20250306T220000Z
DTEND:20250306T230000Z
SUMMARY:Entrevista Jefe de Logística y Almacén
DESCRIPTION:Plásticos Técnicos de Apodaca - Entrevista Jefe de Logística y
  Almacén\n\nÚnase a mi reunión desde su computadora\, tableta o smartphone
 .\nhttps://meet.goto.com/518337061\n\nTambién puede llamar por teléfono.\n
 México: +52 55 3687 7278\n\nCódigo de acceso: 518-337-061\n\n¿Es nuevo e
 n GoTo Meeting? Obtenga la aplicación ahora y prepárese para cuando comien
 ce su primera reunión: https://meet.goto.com/install
LOCATION:https://meet.goto.com/518337061
ORGANIZER;CN=Hugo Martínez:mailto:hugo.martinez@ptapodaca.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-screen",
        uid="0a8e4c2f6b1d@rafa-pixel",
        label=(1, "Minisuper Express del Norte", "Gerente de CEDIS", "recruiter_screen",
               "Lic. Yesenia", "typed-llamada-capital-humano-phone"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:0a8e4c2f6b1d@rafa-pixel
DTSTAMP:20250108T212503Z
DTSTART:20250110T113000
DTEND:20250110T120000
SUMMARY:Llamada Lic. Yesenia - Express del Norte (vacante Gte CEDIS)
DESCRIPTION:me marca ella al cel. es primer filtro de RH. preguntan sueldo
  actual -> decir rango 60-70 y que tengo 2 sem de aviso
LOCATION:tel 81 2109 4477
END:VEVENT
END:VCALENDAR
""",
    ),
]
