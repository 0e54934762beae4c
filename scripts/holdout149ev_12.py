"""holdout149 events, part 12: look-alikes around the job search (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="mock-interview",
        uid="0p4s8v2y6b1e5h9k3n7q0t4w8z@google.com",
        label=(0, "", "", "", "", "mock-interview-with-outplacement-coach"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T010000Z
DTEND:20250121T020000Z
DTSTAMP:20250117T231102Z
ORGANIZER;CN=Verónica Lara - Coach de Carrera:mailto:vero.lara.coach@gmail.com
UID:0p4s8v2y6b1e5h9k3n7q0t4w8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=rafa.m
 endoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@gmail.com
DESCRIPTION:Sesión 3 de 5: simulacro de entrevista con director de planta
  (en español y 15 min en inglés). Te voy a grabar para revisar lenguaje co
 rporal y respuestas STAR. Ten a la mano la vacante de Forjas como referen
 cia.\n\nZoom: https://us05web.zoom.us/j/81224930017?pwd=Q29hY2g
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro de entrevista - Rafael (sesión 3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar",
        uid="occ-webinar-2025-02-13-8812@occ.com.mx",
        label=(0, "", "", "", "", "webinar-about-competency-interviews"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OCC Mundial//Eventos//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:occ-webinar-2025-02-13-8812@occ.com.mx
DTSTAMP:20250206T180000Z
DTSTART:20250214T010000Z
DTEND:20250214T020000Z
SUMMARY:Webinar OCC: Cómo responder la entrevista por competencias para p
 uestos gerenciales
DESCRIPTION:Gracias por registrarte. Aprende a estructurar tus respuestas
  con el método STAR\, a negociar tu sueldo y a prepararte para entrevistas
  con headhunters.\n\nPonente: Mtra. Lorena Díaz\, consultora en Atracción
  de Talento\n\nÚnete aquí: https://occ.zoom.us/webinar/register/WN_k2Hs8
LOCATION:https://occ.zoom.us/webinar/register/WN_k2Hs8
ORGANIZER;CN=OCC Mundial:mailto:eventos@occ.com.mx
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="press-interview",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        label=(0, "", "", "", "", "press-interview-newspaper-nearshoring"),
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
ORGANIZER;CN="Comunicación Corporativa":mailto:comunicacion@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alfredo Chapa (periódico):mailto:achapa@diarioregional.mx
DESCRIPTION;LANGUAGE=es-MX:Rafael\, el reportero de la sección Negocios q
 uiere entrevistarte para una nota sobre la demanda de naves industriales
  y el nearshoring en Apodaca. 20 min\, incluye fotos en Nave 3. Por favor
  no dar cifras de clientes. Mensajes clave en el documento adjunto.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Entrevista periódico - Sección Negocios (nearshoring)
DTSTART;TZID=Central Standard Time (Mexico):20250219T120000
DTEND;TZID=Central Standard Time (Mexico):20250219T124500
DTSTAMP:20250214T191544Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 3 - Oficina Operaciones
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast",
        uid="riverside-rec-5e8c1a2d@riverside.fm",
        label=(0, "", "", "", "", "podcast-recording-guest-episode"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5e8c1a2d@riverside.fm
DTSTAMP:20250303T154022Z
DTSTART:20250312T010000Z
DTEND:20250312T020000Z
SUMMARY:Grabación "Logística en Corto" ep. 58 - invitado Rafael Mendoza
DESCRIPTION:¡Gracias por aceptar ser nuestro invitado! Platicaremos de cóm
 o se vive un peak season en un CEDIS de Monterrey\, rotación de montacarg
 uistas y WMS. Usa audífonos y conéctate desde computadora.\n\nEstudio: htt
 ps://riverside.fm/studio/logistica-en-corto\n\nMemo y Sandra - Logística
  en Corto (podcast)
LOCATION:https://riverside.fm/studio/logistica-en-corto
ORGANIZER;CN=Logística en Corto:mailto:hola@logisticaencorto.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-interview",
        uid="5b2f8e1a-tec-tesis-entrevista-17@tec.mx",
        label=(0, "", "", "", "", "research-interview-thesis-participant"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5b2f8e1a-tec-tesis-entrevista-17@tec.mx
DTSTAMP:20250224T142200Z
DTSTART:20250304T230000Z
DTEND:20250305T000000Z
SUMMARY:Entrevista semiestructurada - Estudio adopción de automatización e
 n almacenes (participante 17)
DESCRIPTION:Estimado Ing. Mendoza:\n\nMuchas gracias por aceptar particip
 ar en mi investigación de maestría (MSc Supply Chain Management\, Tecnoló
 gico de Monterrey). La entrevista dura 45-60 min\, es confidencial y se g
 raba solo con su consentimiento. Le enviaré la carta de consentimiento in
 formado antes.\n\nLiga Teams en el correo.\n\nIng. Sebastián Treviño\nEst
 udiante de maestría
ORGANIZER;CN=Sebastián Treviño:mailto:A01234567@tec.mx
ATTENDEE;CN=rmendoza@cerronorte-log.com.mx;RSVP=TRUE:mailto:rmendoza@cerronorte-log.com.mx
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="own-appraisal",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000022334455667788990011AABBCCDDEEFF",
        label=(0, "", "", "", "", "own-annual-performance-review-current-job"),
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
ORGANIZER;CN="Garza, Eugenio":mailto:egarza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Revisión de objetivos 2024 (OTIF\, exactitud d
 e inventario\, costo por tarima\, accidentes) y definición de objetivos 20
 25. Traer tu autoevaluación llena en el formato de Capital Humano.\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000022334455667788990011AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Evaluación de desempeño 2024 - Rafael Mendoza
DTSTART;TZID=Central Standard Time (Mexico):20250128T160000
DTEND;TZID=Central Standard Time (Mexico):20250128T170000
DTSTAMP:20250120T155011Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Oficina Dirección de Operaciones
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="own-exit",
        uid="040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB0100000000000000001000000033445566778899001122AABBCCDDEEFF",
        label=(0, "", "", "", "", "own-exit-interview-capital-humano"),
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
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Rafael\, como parte de tu proceso de baja te a
 gendo la entrevista de salida. Es confidencial. También revisamos entrega
  de equipo (laptop\, celular\, gafete) y el cálculo de finiquito.\n
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB0100000000000000001000000033445566778899001122AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Entrevista de salida - Rafael Mendoza
DTSTART;TZID=Central Standard Time (Mexico):20250528T120000
DTEND;TZID=Central Standard Time (Mexico):20250528T130000
DTSTAMP:20250521T170400Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:CN-Sala Juntas Capital Humano
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coffee-chat",
        uid="8c1f4a7d0e@rafa-pixel",
        label=(0, "", "", "", "", "informational-coffee-former-colleague"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:8c1f4a7d0e@rafa-pixel
DTSTAMP:20250124T190011Z
DTSTART:20250125T093000
DTEND:20250125T103000
SUMMARY:Café con Memo Garza
DESCRIPTION:ex CN\, ahora gte regional en un 3PL gringo. preguntarle cómo
  está el mercado en Laredo\, sueldos en dólares\, si conoce a alguien en R
 io Bravo. NO es entrevista\, solo platicar
LOCATION:Starbucks Fundidora
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="job-fair",
        uid="feria-empleo-nl-2025-visitante-22871@nl.gob.mx",
        label=(0, "", "", "", "", "job-fair-attendee-all-day"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gobierno de Nuevo León//Registro Eventos//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:feria-empleo-nl-2025-visitante-22871@nl.gob.mx
DTSTAMP:20250213T032012Z
DTSTART;VALUE=DATE:20250222
DTEND;VALUE=DATE:20250223
SUMMARY:Feria del Empleo Industrial y Logístico Nuevo León 2025
DESCRIPTION:Tu registro como buscador de empleo está confirmado (folio 22
 871). Más de 120 empresas del sector automotriz\, logística y manufactura
 . Lleva varias copias de tu CV. Entrevistas en sitio con las empresas par
 ticipantes.\n\nCintermex\, Salas D y E. 9:00 a 16:00 h.
LOCATION:Cintermex\, Monterrey\, N.L.
ORGANIZER;CN=Servicio Nacional de Empleo Nuevo León:mailto:feriadelempleo@nl.gob.mx
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="referee-call",
        uid="sf-refcheck-20250319-91033@sapsf.com",
        label=(0, "", "", "", "", "reference-call-user-is-referee"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-refcheck-20250319-91033@sapsf.com
DTSTAMP:20250317T160944Z
DTSTART:20250319T153000Z
DTEND:20250319T155000Z
SUMMARY:Referencia laboral - Ing. Pablo Treviño
DESCRIPTION:Ing. Mendoza\, gracias por aceptar dar referencias de Pablo Tr
 eviño\, quien trabajó bajo su cargo como Supervisor de Inventarios en Log
 ística Cerro Norte (2019-2023). Le llamaré para hacerle 8 preguntas breves
 .\n\nAtte. Liliana Garza\, Reclutamiento\, Grupo Hortícola Sierra Madre
ORGANIZER;CN=Liliana Garza:mailto:lgarza@hortsierramadre.com.mx
ATTENDEE;CN=Rafael Mendoza;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
LOCATION:Llamada al 81 1934 5520
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-noname",
        uid="2c5f8a1d-3e6b-4f9c-8d2a-mh-talent-0304",
        label=(0, "", "", "", "", "headhunter-call-confidential-no-employer"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
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
UID:2c5f8a1d-3e6b-4f9c-8d2a-mh-talent-0304
DTSTAMP:20250303T230012Z
DTSTART;TZID="Central Standard Time (Mexico)":20250305T180000
DTEND;TZID="Central Standard Time (Mexico)":20250305T183000
SUMMARY:Llamada Rafael Mendoza - MH Talent Partners
DESCRIPTION:Rafael\, como te comenté\, tengo una búsqueda confidencial de
  Gerente Regional de CEDIS para una cadena de autoservicio con presencia e
 n el norte del país. Por confidencialidad no puedo compartir el nombre de
 l cliente en esta etapa. Platiquemos de tu perfil y expectativas.\n\nMauric
 io Herrera\nMH Talent Partners
ORGANIZER;CN="Herrera, Mauricio":mailto:mauricio@mhtalentpartners.mx
ATTENDEE;CN="Rafael Mendoza";RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
LOCATION:Teléfono
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="visa-interview",
        uid="cita-consular-MTY-1187402@ais.usvisa-info.com",
        label=(0, "", "", "", "", "us-consulate-visa-interview-appointment"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AIS//US Visa Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-consular-MTY-1187402@ais.usvisa-info.com
DTSTAMP:20250115T041200Z
DTSTART:20250416T140000Z
DTEND:20250416T150000Z
SUMMARY:Entrevista Consular - Consulado General de EE.UU. en Monterrey
DESCRIPTION:Confirmación de cita. Solicitante: RAFAEL MENDOZA\nTipo de vi
 sa: B1/B2 (renovación)\nPresentarse 15 minutos antes con pasaporte vigente
 \, hoja de confirmación DS-160 y comprobante de pago. No se permiten apara
 tos electrónicos.
LOCATION:Av. Alfonso Reyes 150\, Col. Valle del Poniente\, Santa Catarina\
 , N.L.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="spouse-interview",
        uid="3r7u1x5a9d3g7j1m5p9s3v7y1b@google.com",
        label=(0, "", "", "", "", "spouse-job-interview-family-logistics"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T150000Z
DTEND:20250218T170000Z
DTSTAMP:20250215T031502Z
ORGANIZER;CN=Claudia Salazar:mailto:claudia.salazar.mtz@gmail.com
UID:3r7u1x5a9d3g7j1m5p9s3v7y1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=rafa.m
 endoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@gmail.com
DESCRIPTION:Rafa tengo mi entrevista en el banco a las 9\, tú llevas a los
  niños a la escuela y pasas por Mateo a las 1:30 porfa 🙏
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Claudia (Banorte) - Rafa lleva niños
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
