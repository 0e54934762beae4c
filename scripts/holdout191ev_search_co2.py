"""holdout191: multinationals in Bogotá, part 2 (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "typed",
        "uid": "6f1b0c5e-3a2d-4e9f-b871-0d2c4a6e8f13",
        "interview": 1,
        "company": "Bavaria",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "Andrea",
        "trap": "typed-floating-ta-call-no-attendees",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:6f1b0c5e-3a2d-4e9f-b871-0d2c4a6e8f13
DTSTAMP:20250210T023311Z
DTSTART:20250212T100000
DTEND:20250212T103000
SUMMARY:Llamada Bavaria - Andrea (TA)
DESCRIPTION:Gerente Planeación Financiera? o Sr Analyst\, confirmar. me ll
 ama al cel. tener a mano aspiración salarial (no dar número primero)
LOCATION:cel
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "ABI-WD-INT-0093314-CASE@ab-inbev.com",
        "interview": 1,
        "company": "Bavaria",
        "role": "Especialista Senior Planeación Financiera",
        "stage": "technical",
        "interviewers": "mauricio.beltran@ab-inbev.com",
        "trap": "workday-prueba-tecnica-caso-de-negocio",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ABI-WD-INT-0093314-CASE@ab-inbev.com
DTSTAMP:20250220T141206Z
DTSTART:20250227T140000Z
DTEND:20250227T160000Z
SUMMARY:Prueba técnica – Caso de negocio | Especialista Senior Planeación
  Financiera – Bavaria
DESCRIPTION:Hola Valentina\,\n\nTe invitamos a la prueba técnica del proce
 so: resolverás un caso de negocio (P&L de una categoría\, escenarios de p
 recio y volumen) en 90 minutos y luego lo sustentarás ante Mauricio Beltr
 án\, Gerente de FP&A Zona Andina\, durante 30 minutos.\n\nModalidad: Team
 s (recibirás el archivo 5 minutos antes de iniciar).\n\nBavaria – parte d
 e AB InBev
ORGANIZER;CN=Bavaria Talento:mailto:abinbev@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
ATTENDEE;CN=Mauricio Beltrán:mailto:mauricio.beltran@ab-inbev.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DB0100000000000000001000000011223344556677AA",
        "interview": 1,
        "company": "Bavaria",
        "role": "Especialista Senior Planeación Financiera",
        "stage": "final",
        "interviewers": "catalina.rincon@ab-inbev.com;mauricio.beltran@ab-inbev.com;german.ospina@ab-inbev.com",
        "trap": "outlook-sa-pacific-comite-final-spanish",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Rincon, Catalina";SENT-BY="mailto:yuly.castaneda@ab-inbev.c
 om":mailto:catalina.rincon@ab-inbev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beltran, Ma
 uricio":mailto:mauricio.beltran@ab-inbev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ospina, Germ
 an":mailto:german.ospina@ab-inbev.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BOG-Calle 94-
 Piso 6-Sala Club Colombia":mailto:bog.c94.p6.clubcolombia@ab-inbev.com
DESCRIPTION;LANGUAGE=es-CO:Buenas tardes Valentina\,\n\nTe confirmamos el
  comité final para la posición Especialista Senior Planeación Financiera.
  Estarán Catalina Rincón (VP Finanzas)\, Mauricio Beltrán (Gerente FP&A)
  y Germán Ospina (People Business Partner).\n\nLugar: Calle 94 #7A-47\, p
 iso 6. Presentarse en recepción con cédula.\n\nSaludos\,\nYuly Castañeda\nAsistente Vicepresidencia Financiera
UID:040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DB0100000000000000
 001000000011223344556677AA
SUMMARY;LANGUAGE=es-CO:Comité – Valentina Gómez Restrepo (Esp. Sr Planeac
 ión Financiera)
DTSTART;TZID=SA Pacific Standard Time:20250311T150000
DTEND;TZID=SA Pacific Standard Time:20250311T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T213044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:BOG-Calle 94-Piso 6-Sala Club Colombia
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "magneto",
        "uid": "mg365-evt-20250227-88a41c@magneto365.com",
        "interview": 1,
        "company": "Coca-Cola FEMSA",
        "role": "Analista Senior de Finanzas Corporativas",
        "stage": "recruiter_screen",
        "interviewers": "Lina Marcela Zapata",
        "trap": "magneto365-local-ats-entrevista-virtual",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Magneto Global//Magneto365//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:mg365-evt-20250227-88a41c@magneto365.com
DTSTAMP:20250224T160322Z
DTSTART;TZID=America/Bogota:20250227T090000
DTEND;TZID=America/Bogota:20250227T093000
SUMMARY:Entrevista virtual - Analista Senior de Finanzas Corporativas - C
 oca-Cola FEMSA
DESCRIPTION:Hola VALENTINA\, avanzaste en el proceso Analista Senior de Fin
 anzas Corporativas (Coca-Cola FEMSA Colombia).\n\nTipo de cita: Entrevist
 a virtual con selección\nEntrevistador(a): Lina Marcela Zapata\nEnlace: ht
 tps://meet.google.com/fkc-ewbn-pqa\n\nRecuerda tener buena conexión y un
  lugar sin ruido. Este correo fue enviado desde Magneto365\, por favor no
  respondas.
ORGANIZER;CN=Magneto365:mailto:notificaciones@magneto365.com
ATTENDEE;CN=VALENTINA GOMEZ RESTREPO;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
LOCATION:https://meet.google.com/fkc-ewbn-pqa
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "DIA-WD-INT-1c6e2b90-77aa-41d4-9e35-03f8c1b5a2d7",
        "interview": 1,
        "company": "Diageo",
        "role": "Finance Business Partner – Colombia",
        "stage": "hiring_manager",
        "interviewers": "oliver.brennan@diageo.com",
        "trap": "workday-english-business-partner-bogota",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:DIA-WD-INT-1c6e2b90-77aa-41d4-9e35-03f8c1b5a2d7
DTSTAMP:20250505T090811Z
DTSTART:20250508T133000Z
DTEND:20250508T141500Z
SUMMARY:Interview: Finance Business Partner – Colombia (Oliver Brennan)
DESCRIPTION:Hi Valentina\,\n\nYour interview with Oliver Brennan (Finance
  Director\, Andean & Central America) has been scheduled. The conversatio
 n will be held in English.\n\nJoin on Microsoft Teams: https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_ZmQ3ODU2%40thread.v2/0\n\nGood luck!\n
 Diageo Talent Acquisition
ORGANIZER;CN=Diageo Careers:mailto:diageo@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@out
 look.com
ATTENDEE;CN=Oliver Brennan:mailto:oliver.brennan@diageo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hiringroom",
        "uid": "hr-evt-9b7e25c1-kcc-2025-0316@hiringroom.com",
        "interview": 1,
        "company": "Kimberly-Clark",
        "role": "Analista Senior de Planeación Financiera",
        "stage": "hiring_manager",
        "interviewers": "camilo.arbelaez@kcc.com",
        "trap": "hiringroom-goto-meeting-gerente",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HiringRoom//HiringRoom Calendar//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-evt-9b7e25c1-kcc-2025-0316@hiringroom.com
DTSTAMP:20250313T194402Z
DTSTART:20250318T210000Z
DTEND:20250318T214500Z
SUMMARY:Kimberly-Clark | Entrevista con Gerente de Planeación Financiera
DESCRIPTION:Hola Valentina\,\n\nQueremos invitarte a una entrevista con Ca
 milo Arbeláez\, Gerente de Planeación Financiera Colombia\, para la búsqu
 eda Analista Senior de Planeación Financiera.\n\nGoTo Meeting: https://me
 et.goto.com/418220957\nTambién puedes llamar: Colombia +57 601 5800 428\,
  Código de acceso: 418-220-957\n\nSaludos\,\nSelección Kimberly-Clark Col
 ombia (vía HiringRoom)
ORGANIZER;CN=Kimberly-Clark Selección:mailto:notificaciones@hiringroom.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
ATTENDEE;CN=Camilo Arbeláez:mailto:camilo.arbelaez@kcc.com
LOCATION:GoTo Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "uid": "b7d3f1a0-5c2e-4e8b-9a64-1f0e3c7d2b58",
        "interview": 1,
        "company": "SURA Asset Management",
        "role": "Profesional Senior Finanzas Corporativas",
        "stage": "",
        "interviewers": "seleccion.finanzas@suraam.com",
        "trap": "microsoft-bookings-candidate-booked-slot",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Selección SURA AM:mailto:SeleccionSURAAM@suraam.onmicrosoft.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Gómez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Equipo Selección Finan
 zas:mailto:seleccion.finanzas@suraam.com
DESCRIPTION;LANGUAGE=es-CO:Su cita está confirmada.\n\nServicio: Entrevist
 a – Profesional Senior Finanzas Corporativas\nPersonal: Equipo Selección F
 inanzas\n\nÚnase a la reunión de Microsoft Teams: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_Ym9va2lu%40thread.v2/0\n\nSi necesita cam
 biar su reserva\, use el vínculo Administrar reserva del correo.\n\nSURA A
 sset Management – Microsoft Bookings
UID:b7d3f1a0-5c2e-4e8b-9a64-1f0e3c7d2b58
SUMMARY;LANGUAGE=es-CO:Entrevista – Profesional Senior Finanzas Corporat
 ivas
DTSTART;TZID=SA Pacific Standard Time:20250410T110000
DTEND;TZID=SA Pacific Standard Time:20250410T114500
DTSTAMP:20250407T022015Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pandape",
        "uid": "pandape-cita-2025-551973@pandape.com",
        "interview": 1,
        "company": "Avianca",
        "role": "Analista Senior FP&A",
        "stage": "recruiter_screen",
        "interviewers": "",
        "trap": "pandape-computrabajo-video-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pandapé//Agenda de entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:pandape-cita-2025-551973@pandape.com
DTSTAMP:20250305T124013Z
DTSTART;TZID=America/Bogota:20250307T080000
DTEND;TZID=America/Bogota:20250307T082000
SUMMARY:Entrevista por videollamada – Analista Senior FP&A – Avianca
DESCRIPTION:Hola Valentina\,\nAvianca te ha citado a una entrevista por vid
 eollamada para la oferta Analista Senior FP&A (Bogotá). Confirma tu asist
 encia desde tu cuenta de Computrabajo.\nEnlace: https://video.pandape.com
 /s/7gK2pQ\nMucha suerte.
ORGANIZER;CN=Avianca vía Pandapé:mailto:no-reply@pandape.com
ATTENDEE;CN=Valentina Gómez Restrepo:mailto:valentina.gomezr@outlook.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000088AA6F3C21B1DB01000000000000000010000000EC0A4F1B9D77A3C2",
        "interview": 1,
        "company": "Ecopetrol",
        "role": "Profesional Finanzas Corporativas",
        "stage": "",
        "interviewers": "luz.ortegon@ecopetrol.com.co;andres.pinzon@ecopetrol.com.co",
        "trap": "outlook-entrevista-por-competencias-panel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Luz Adriana Ortegon Vela:mailto:luz.ortegon@ecopetrol.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andres Felipe
  Pinzon Lara:mailto:andres.pinzon@ecopetrol.com.co
DESCRIPTION;LANGUAGE=es-CO:Cordial saludo\,\n\nEn el marco del proceso de
  selección Profesional Finanzas Corporativas (Convocatoria 2025-0117)\, la
  citamos a entrevista por competencias con el panel evaluador de la Vic
 epresidencia Corporativa de Finanzas.\n\nMicrosoft Teams: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_ZWNvcGV0%40thread.v2/0\n\nAtenta
 mente\,\nTalento Humano – Ecopetrol S.A.
UID:040000008200E00074C5B7101A82E0080000000088AA6F3C21B1DB0100000000000000
 0010000000EC0A4F1B9D77A3C2
SUMMARY;LANGUAGE=es-CO:Entrevista por competencias – Conv. 2025-0117
DTSTART;TZID=SA Pacific Standard Time:20250423T080000
DTEND;TZID=SA Pacific Standard Time:20250423T090000
DTSTAMP:20250416T200112Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex",
        "uid": "8f3c2a1d9e7b4c60a5d1e2f3b4c5d6e7@mdlz.webex.com",
        "interview": 1,
        "company": "Mondelēz International",
        "role": "Sr Analyst FP&A – Andean",
        "stage": "technical",
        "interviewers": "paola.gutierrez@mdlz.com",
        "trap": "webex-entrevista-tecnica-excel-test",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8f3c2a1d9e7b4c60a5d1e2f3b4c5d6e7@mdlz.webex.com
DTSTAMP:20250422T161500Z
DTSTART:20250428T150000Z
DTEND:20250428T163000Z
SUMMARY:Mondelez – Sr Analyst FP&A Andean – entrevista técnica
DESCRIPTION:Valentina\, en esta sesión revisaremos un ejercicio práctico e
 n Excel (bridge de EBIT y forecast de volumen). Te comparto pantalla con
  la plantilla.\nPaola Gutiérrez - FP&A Lead Andean\n\n-- Do not delete o
 r change any of the following text. --\nJoin Webex meeting\nhttps://mdlz.
 webex.com/mdlz/j.php?MTID=m7c1e0a92b5\nMeeting number: 2634 118 9021\nMee
 ting password: Fpa2025!\n\nJoin by phone\n+57-601-508-9877 Colombia Toll\n
 Access code: 2634 118 9021
ORGANIZER;CN=Paola Gutierrez:mailto:paola.gutierrez@mdlz.com
ATTENDEE;CN=valentina.gomezr@outlook.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:ma
 ilto:valentina.gomezr@outlook.com
LOCATION:https://mdlz.webex.com/mdlz/j.php?MTID=m7c1e0a92b5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
