# ruff: noqa: E501
"""holdout149 events, part 4: Monterrey/Saltillo employers, a headhunter and an agency (hand-written raw iCalendar)."""

_MTY = r"""BEGIN:VTIMEZONE
TZID:America/Monterrey
X-LIC-LOCATION:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="outlook-saltillo",
        uid="040000008200E00074C5B7101A82E00800000000D2E9A41C3B74DB0100000000000000001000000077AE21C09B3F4E4D8F2A6C1D0E5B7A33",
        label=(1, "Carrocerías Coahuila", "Gerente de Materiales y Logística", "hiring_manager",
               "raul.aguirre@carroceriascoahuila.com.mx", "outlook-sent-by-saltillo-plant-director"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Aguirre Ramos, Raúl";SENT-BY="mailto:Karen.Flores@carroceriascoahuila.com.mx":mailto:Raul.Aguirre@carroceriascoahuila.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Mendoza:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SAL-P1 Sala Gerencia":mailto:SAL-P1SalaGerencia@carroceriascoahuila.com.mx
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SAL-Pase Visitante Caseta":mailto:SAL-Caseta@carroceriascoahuila.com.mx
DESCRIPTION;LANGUAGE=es-MX:Ing. Mendoza:\n\nEl Ing. Raúl Aguirre\, Directo
 r de Planta\, le recibirá para platicar sobre la posición de Gerente de Ma
 teriales y Logística. Favor de registrarse en caseta con 15 min de antici
 pación (se requiere INE y EPP básico para recorrido).\n\nDerramadero\, Sal
 tillo\, Coah. (Carr. 57 km 12.5)\n\nKaren Flores\nAsistente de Dirección\n
UID:040000008200E00074C5B7101A82E00800000000D2E9A41C3B74DB0100000000000000001000000077AE21C09B3F4E4D8F2A6C1D0E5B7A33
SUMMARY;LANGUAGE=es-MX:Plática Ing. Aguirre / Ing. Rafael Mendoza
DTSTART;TZID=Central Standard Time (Mexico):20250207T100000
DTEND;TZID=Central Standard Time (Mexico):20250207T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T224019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:SAL-P1 Sala Gerencia
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hr-screen",
        uid="3h8vrl2c0d9q6m1bnp4k7s5tu0@google.com",
        label=(1, "Transportes y Almacenes Anáhuac", "Gerente de CEDIS", "recruiter_screen",
               "reclutamiento@tasa-logistica.mx", "google-meet-capital-humano-entrevista-inicial"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + _MTY + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Monterrey:20250122T163000
DTEND;TZID=America/Monterrey:20250122T171500
DTSTAMP:20250120T191055Z
ORGANIZER;CN=Reclutamiento TASA:mailto:reclutamiento@tasa-logistica.mx
UID:3h8vrl2c0d9q6m1bnp4k7s5tu0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Recluta
 miento TASA;X-NUM-GUESTS=0:mailto:reclutamiento@tasa-logistica.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
CREATED:20250120T190902Z
DESCRIPTION:Buen día Rafael\, te comparto la liga para tu entrevista con C
 apital Humano para la vacante de Gerente de CEDIS (Ciénega de Flores). Te
  atiende Lic. Alejandra Pérez.<br><br>Por favor ten a la mano tus pretensi
 ones económicas y disponibilidad para rolar turnos.<br><br>-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Únete con Goo
 gle Meet: https://meet.google.com/kfs-tqwd-zmb<br>-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250120T191055Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Rafael Mendoza - Gerente de CEDIS
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="psychometric-online",
        uid="5sd1lq8e4r0v2m9x6j3c7ba1pk@google.com",
        label=(1, "Transportes y Almacenes Anáhuac", "Gerente de CEDIS", "technical",
               "", "evaluacion-psicometrica-evaluatest-as-candidate"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + _MTY + r"""
BEGIN:VEVENT
DTSTART;TZID=America/Monterrey:20250125T090000
DTEND;TZID=America/Monterrey:20250125T110000
DTSTAMP:20250123T170320Z
ORGANIZER;CN=Reclutamiento TASA:mailto:reclutamiento@tasa-logistica.mx
UID:5sd1lq8e4r0v2m9x6j3c7ba1pk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
CREATED:20250123T170211Z
DESCRIPTION:Rafael\, como siguiente paso de tu proceso te enviamos las evalu
 aciones psicométricas (Cleaver\, Terman y Moss) en la plataforma Evaluates
 t. Te llegará un correo de notificaciones@evaluatest.com con tu usuario y c
 ontraseña. Realízalas desde computadora\, con buena conexión y sin interr
 upciones (aprox. 2 hrs).
LAST-MODIFIED:20250123T170320Z
LOCATION:En línea - Evaluatest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Evaluación psicométrica - Proceso Gerente de CEDIS TASA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-technical",
        uid="D7C1F0A2-3B5E-4C19-9F8A-0B6E2D4C1A77",
        label=(1, "Transportes y Almacenes Anáhuac", "", "technical",
               "Ing. Villegas", "typed-terse-entrevista-tecnica-acronym"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D7C1F0A2-3B5E-4C19-9F8A-0B6E2D4C1A77
DTSTAMP:20250130T012200Z
CREATED:20250130T012150Z
DTSTART;TZID=America/Monterrey:20250204T080000
DTEND;TZID=America/Monterrey:20250204T093000
SUMMARY:TASA 2a entrev tecnica c/ Ing Villegas (dir ops)
LOCATION:TASA CEDIS Cienega de Flores
DESCRIPTION:llevar layout impreso del CEDIS de CN (sin nombres de client
 es!!)\, caso que mandaron por correo: reducir tiempo de carga de 4 a 2.5 h
 rs
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-center",
        uid="b1e94a6c-07f3-4d58-9a2e-lasilla-ac-2025@lasilla.com.mx",
        label=(1, "Supermercados La Silla", "Gerente de Centro de Distribución", "technical",
               "", "recurring-two-day-assessment-center-with-override"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + _MTY + r"""
BEGIN:VEVENT
UID:b1e94a6c-07f3-4d58-9a2e-lasilla-ac-2025@lasilla.com.mx
DTSTAMP:20250226T182244Z
SEQUENCE:0
DTSTART;TZID=America/Monterrey:20250305T083000
DTEND;TZID=America/Monterrey:20250305T140000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Assessment Center - Gerente de Centro de Distribución (2 sesiones)
LOCATION:Corporativo La Silla - Aula Capacitación 2\, Av. Eugenio Garza La
 güera 1800\, Guadalupe
DESCRIPTION:Estimado(a) candidato(a):\n\nHa sido seleccionado(a) para la
  etapa de Assessment Center. Día 1: dinámica grupal\, in-basket y caso de
  negocio. Día 2: entrevista por competencias con el comité y retroalimentac
 ión.\n\nVestimenta formal. Se proporcionará desayuno.\n\nCapital Humano Su
 permercados La Silla
ORGANIZER;CN=Atracción de Talento La Silla:mailto:talento@lasilla.com.mx
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:b1e94a6c-07f3-4d58-9a2e-lasilla-ac-2025@lasilla.com.mx
RECURRENCE-ID;TZID=America/Monterrey:20250306T083000
DTSTAMP:20250303T160012Z
SEQUENCE:1
DTSTART;TZID=America/Monterrey:20250306T100000
DTEND;TZID=America/Monterrey:20250306T130000
SUMMARY:Assessment Center - Día 2: entrevista por competencias con comité
LOCATION:Corporativo La Silla - Sala de Consejo (piso 3)
DESCRIPTION:Cambio de horario del día 2: inicia a las 10:00 en Sala de Con
 sejo.
ORGANIZER;CN=Atracción de Talento La Silla:mailto:talento@lasilla.com.mx
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-body",
        uid="9f2c6a1e-4b7d-43e0-b5c8-pereyra-asoc-0211",
        label=(1, "Grupo Fundidor Saltillo", "Director de Cadena de Suministro", "recruiter_screen",
               "gpereyra@pereyrayasociados.com.mx", "headhunter-names-employer-only-in-body"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:9f2c6a1e-4b7d-43e0-b5c8-pereyra-asoc-0211
DTSTAMP:20250210T230511Z
DTSTART;TZID=Central Standard Time (Mexico):20250212T190000
DTEND;TZID=Central Standard Time (Mexico):20250212T194500
SUMMARY:Rafael Mendoza / Gerardo Pereyra
LOCATION:Zoom
DESCRIPTION:Rafael\, gracias por el tiempo. Como te adelanté por LinkedIn\
 , mi cliente es Grupo Fundidor Saltillo y busca Director de Cadena de Sum
 inistro para sus tres plantas (Ramos Arizpe\, Derramadero y Monclova). En
  esta llamada quiero conocer tu trayectoria a detalle antes de presentart
 e con ellos. Tema confidencial\, por favor.\n\nhttps://us02web.zoom.us/j/8
 6123498812?pwd=ZkVxR3dCa\nID: 861 2349 8812 / Código: 224466\n\nGerardo Pe
 reyra\nSocio Director | Pereyra & Asociados Executive Search
ORGANIZER;CN=Gerardo Pereyra:mailto:gpereyra@pereyrayasociados.com.mx
ATTENDEE;CN=rafa.mendoza.mty@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-client",
        uid="c7a0e3b5-1d2f-4e6a-8b9c-pereyra-asoc-0226",
        label=(1, "Grupo Fundidor Saltillo", "Director de Cadena de Suministro", "hiring_manager",
               "ecardenas@fundidorsaltillo.com", "headhunter-books-client-vp-meeting"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:c7a0e3b5-1d2f-4e6a-8b9c-pereyra-asoc-0226
DTSTAMP:20250221T171530Z
DTSTART;TZID=Central Standard Time (Mexico):20250226T081500
DTEND;TZID=Central Standard Time (Mexico):20250226T093000
SUMMARY:Desayuno Ing. Eduardo Cárdenas (GFS) - Rafael Mendoza
LOCATION:Hotel Quinta Real Saltillo - restaurante
DESCRIPTION:Rafael\, queda confirmado el desayuno con el Ing. Eduardo Cárd
 enas\, VP de Operaciones de Grupo Fundidor Saltillo\, para la posición de
  Director de Cadena de Suministro. Yo no estaré presente\; después me cuen
 tas cómo te fue.\n\nGerardo
ORGANIZER;CN=Gerardo Pereyra:mailto:gpereyra@pereyrayasociados.com.mx
ATTENDEE;CN=rafa.mendoza.mty@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Eduardo Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ecardenas@fundidorsaltillo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screen",
        uid="TIR-2025-0318-RMENDOZA@talentoindustrialregio.com",
        label=(1, "Frigoríficos del Golfo", "Jefe de Almacén Refrigerado", "recruiter_screen",
               "sofia.lozano@talentoindustrialregio.com", "agency-screen-client-named-in-description"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + _MTY + r"""
BEGIN:VEVENT
UID:TIR-2025-0318-RMENDOZA@talentoindustrialregio.com
DTSTAMP:20250314T180922Z
DTSTART;TZID=America/Monterrey:20250318T120000
DTEND;TZID=America/Monterrey:20250318T123000
SUMMARY:Entrevista telefónica - Talento Industrial Regio
DESCRIPTION:Hola Rafael\, te marco a tu celular para la entrevista de filtr
 o de la vacante Jefe de Almacén Refrigerado para nuestro cliente Frigorífic
 os del Golfo (planta Apodaca\, cámaras de -25 °C). Sueldo 55-65k brutos +
  prestaciones superiores.\n\nSofía Lozano\nConsultora de Reclutamiento\nTal
 ento Industrial Regio\nTel. 81 8340 2210
ORGANIZER;CN=Sofía Lozano:mailto:sofia.lozano@talentoindustrialregio.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
