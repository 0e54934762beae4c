"""holdout165: negatives that look like interviews (job-search look-alikes)."""

import holdout165ev_zones as z

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        NEG, kind="mock-interview-coach",
        uid="zoom-81120934455-20251012T160000Z",
        trap="mock-interview-with-coach-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-81120934455-20251012T160000Z
DTSTAMP:20251008T190000Z
DTSTART:20251012T160000Z
DTEND:20251012T171500Z
SUMMARY:Simulacro de entrevista en inglés - Iker E. / Amaia (coach)
DESCRIPTION:Amaia Olaizola is inviting you to a scheduled Zoom meeting.\n\n
 Sesión 3 de 4: mock interview en inglés para puestos de Engineering Manage
 r (Stadler / Siemens Gamesa). Grabamos y repasamos respuestas STAR.\n\nJoi
 n Zoom Meeting\nhttps://us06web.zoom.us/j/81120934455\n
LOCATION:https://us06web.zoom.us/j/81120934455
ORGANIZER;CN=Amaia Olaizola Coaching:mailto:amaia@olaizolacoaching.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net:mailto:iker.etxeberria.meca@
 euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="webinar-competencies",
        uid="gotowebinar-5550912284413-reg-77120",
        trap="webinar-about-competency-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-5550912284413-reg-77120
DTSTAMP:20251002T100000Z
DTSTART:20251014T160000Z
DTEND:20251014T170000Z
SUMMARY:Webinar: Cómo superar una entrevista por competencias en la indust
 ria
DESCRIPTION:Colegio Oficial de Ingenieros Industriales de Gipuzkoa - Ciclo
  Empleo y Carrera.\nPonente: Josu Garmendia (Director de Personas\, sector
  máquina-herramienta).\nEnlace de acceso personal: https://global.gotowebin
 ar.com/join/5550912284413/77120
LOCATION:GoTo Webinar
ORGANIZER;CN=COIIG Formación:mailto:formacion@coiig.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="press-interview-basque",
        uid="1D2E3F4A-5B6C-4D7E-8F90-A1B2C3D4E5F6",
        trap="press-interview-basque-newspaper",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Iker\, Berria egunkariko kazetaria (Maddi Urkiola) etorriko da
  bogie berriari buruzko erreportajerako. Elkarrizketa 30 min + argazkiak la
 ntegian. Komunikazio sailetik Itziar egongo da.\n
DTEND;TZID="Romance Standard Time":20251022T123000
DTSTAMP:20251015T090000Z
DTSTART;TZID="Romance Standard Time":20251022T113000
LOCATION:Sala Txindoki + lantegia
ORGANIZER;CN="Comunicación Ferrogipuzkoa":mailto:komunikazioa@ferrogipuzkoa
 .eus
SUMMARY;LANGUAGE=eu-ES:Elkarrizketa Berria - bogie berria
UID:1D2E3F4A-5B6C-4D7E-8F90-A1B2C3D4E5F6
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="podcast-recording",
        uid="calcom-booking-pOd4aStViA1@cal.com",
        trap="podcast-interview-recording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-pOd4aStViA1@cal.com
DTSTAMP:20251101T120000Z
DTSTART:20251119T170000Z
DTEND:20251119T181500Z
SUMMARY:Grabación podcast Vía Técnica - entrevista a Iker Etxeberria
DESCRIPTION:Qué: Grabación episodio 42 - "Bogies: lo que nadie ve del tren"
 \nQuién: Raúl Benito (host)\, Iker Etxeberria (invitado)\nDónde: Riverside
  https://riverside.fm/studio/via-tecnica\nNotas: auriculares con cable por
  favor
LOCATION:https://riverside.fm/studio/via-tecnica
ORGANIZER;CN=Raúl Benito:mailto:raul@viatecnicapodcast.es
ATTENDEE;CN=Iker Etxeberria;PARTSTAT=ACCEPTED:mailto:iker.etxeberria.meca@e
 uskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="research-interview-thesis",
        uid="2k9m4n6p8r0t2v4x6z8b0d2f4h@google.com",
        trap="research-interview-masters-thesis",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251029T173000
DTEND;TZID=Europe/Madrid:20251029T181500
DTSTAMP:20251023T110000Z
ORGANIZER;CN=Oier Zabaleta:mailto:oier.zabaleta@alumni.mondragon.edu
UID:2k9m4n6p8r0t2v4x6z8b0d2f4h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=iker.e
 txeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxeberria.meca@eu
 skaltel.net
DESCRIPTION:Mila esker Iker! Entrevista semiestructurada para mi TFM (Máste
 r en Ingeniería Industrial\, MU) sobre gestión de la configuración en fabr
 icantes ferroviarios. 40 min\, anónima\, la grabo solo con tu permiso.\n\nh
 ttps://meet.google.com/ueq-xkbw-jrd
SUMMARY:Entrevista TFM - gestión de la configuración (Oier Z.)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="official-survey-call",
        uid="E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        trap="official-labour-survey-interview",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20251105T183000Z
DTSTART:20251106T200000
DTEND:20251106T202000
SUMMARY:Eustat - encuesta (entrevistadora llama a casa)
DESCRIPTION:encuesta de poblacion activa\, 2a vez. tener a mano datos de Ai
 nhoa tb
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="own-appraisal-basque",
        uid="040000008200E00074C5B7101A82E008000000007C0D1E2F3A5FDC010000000000000000100000004E5F60718293A4B5C6D7E8F90A1B2C3D",
        trap="own-annual-appraisal-urteko-elkarrizketa",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:PRIVATE
DESCRIPTION:Urteko jarraipen elkarrizketa / Entrevista anual de desempeño 2
 025. Trae tu autoevaluación rellenada en el portal del empleado y objetiv
 os 2026.\nMikel\n
DTEND;TZID="Romance Standard Time":20251215T160000
DTSTAMP:20251127T080000Z
DTSTART;TZID="Romance Standard Time":20251215T150000
LOCATION:Despacho Mikel
ORGANIZER;CN="Agirre, Mikel":mailto:magirre@ferrogipuzkoa.eus
SUMMARY;LANGUAGE=eu-ES:Urteko elkarrizketa 2025 - Iker
UID:040000008200E00074C5B7101A82E008000000007C0D1E2F3A5FDC010000000000000000100000004E5F60718293A4B5C6D7E8F90A1B2C3D
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="own-exit-interview",
        uid="040000008200E00074C5B7101A82E008000000008D1E2F3A4B60DC010000000000000000100000005F60718293A4B5C6D7E8F90A1B2C3D4E",
        trap="own-exit-interview-current-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:PRIVATE
DESCRIPTION:Iker\, como parte de tu baja voluntaria\, nos gustaría hacerte
  la entrevista de salida. Es confidencial y nos ayuda a mejorar. También de
 volución de portátil y tarjeta.\nNerea\n
DTEND;TZID="Romance Standard Time":20260129T123000
DTSTAMP:20260112T090000Z
DTSTART;TZID="Romance Standard Time":20260129T120000
LOCATION:Despacho RRHH
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SUMMARY;LANGUAGE=es-ES:Entrevista de salida - Iker Etxeberria
UID:040000008200E00074C5B7101A82E008000000008D1E2F3A4B60DC010000000000000000100000005F60718293A4B5C6D7E8F90A1B2C3D4E
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="informational-coffee",
        uid="A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D",
        trap="informational-coffee-names-employer",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.0.1//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D
DTSTAMP:20251004T101010Z
DTSTART;TZID=Europe/Madrid:20251011T110000
DTEND;TZID=Europe/Madrid:20251011T120000
SUMMARY:Kafea Ane-rekin (ex-CAF\, orain Stadler Bussnang)
LOCATION:Ordizia\, Kafe Antzokia
DESCRIPTION:galdetu nola den Suitzan lan egitea\, alemana behar?\, soldatak
 \, familia. ez da elkarrizketa\, laguntza soilik
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="careers-fair",
        uid="3c4d5e6f7a8b9c0d@iker-android",
        trap="careers-fair-lists-employers",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:3c4d5e6f7a8b9c0d@iker-android
DTSTAMP:20251015T080000Z
DTSTART;VALUE=DATE:20251030
DTEND;VALUE=DATE:20251031
SUMMARY:Foro de Empleo Tecnun (Donostia)
DESCRIPTION:stands: Talgo\, CAF\, Sener\, Siemens Gamesa\, Ikerlan. llevar
  10 CVs impresos. a la tarde (pedir salir 15:00)
LOCATION:Tecnun\, Paseo Manuel Lardizabal 13\, Donostia
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="referee-call",
        uid="B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        trap="user-as-referee-employer-named",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
DTSTAMP:20251020T150000Z
DTSTART;TZID=Europe/Madrid:20251021T180000
DTEND;TZID=Europe/Madrid:20251021T181500
SUMMARY:Referencia Gorka - me llama Siemens Gamesa (RRHH)
DESCRIPTION:Gorka me ha puesto de referencia para el puesto de calculista e
 n Zamudio. hablar bien del proyecto Oaris\, no mencionar el lío del 2023
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="headhunter-no-employer",
        uid="040000008200E00074C5B7101A82E008000000009E2F3A4B5C61DC0100000000000000001000000060718293A4B5C6D7E8F90A1B2C3D4E5F",
        trap="headhunter-call-confidential-no-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hola Iker\, gracias por aceptar la conexión. Te llamo para cono
 certe y contarte una posición confidencial de Director Técnico en una empr
 esa industrial del sector eólico en Navarra. No puedo dar el nombre del cl
 iente en esta fase.\n\nBorja Latorre\nPartner - Talentia Search\n
DTEND;TZID="Romance Standard Time":20251022T193000
DTSTAMP:20251020T110000Z
DTSTART;TZID="Romance Standard Time":20251022T190000
LOCATION:Teléfono
ORGANIZER;CN="Borja Latorre":mailto:borja.latorre@talentiasearch.com
SUMMARY;LANGUAGE=es-ES:Borja Latorre / Iker Etxeberria - llamada
UID:040000008200E00074C5B7101A82E008000000009E2F3A4B5C61DC0100000000000000001000000060718293A4B5C6D7E8F90A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="prep-block",
        uid="6d7e8f9a0b1c@iker-android",
        trap="prep-block-names-employer",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:6d7e8f9a0b1c@iker-android
DTSTAMP:20251110T200000Z
DTSTART:20251112T190000
DTEND:20251112T213000
SUMMARY:preparar Stadler: EN 13749 + aleman tecnico
DESCRIPTION:repasar vocab: Drehgestellrahmen\, Radsatz\, Primärfederung. pr
 eguntas para Reto. billete Zurich impreso
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="thank-you-reminder",
        uid="7e8f9a0b1c2d@iker-android",
        trap="thank-you-note-reminder",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:7e8f9a0b1c2d@iker-android
DTSTAMP:20251120T210000Z
DTSTART;VALUE=DATE:20251121
DTEND;VALUE=DATE:20251122
SUMMARY:mail merci Alstom (François + Hélène + Camille)
DESCRIPTION:en français! mencionar visita atelier TGV M
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="pre-employment-medical",
        uid="qp-cita-4471209-20260108@quironprevencion.com",
        trap="pre-employment-medical-check",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Quironprevencion//Citas//ES
VERSION:2.0
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:qp-cita-4471209-20260108@quironprevencion.com
DTSTAMP:20251218T100000Z
DTSTART;TZID=Europe/Madrid:20260108T081500
DTEND;TZID=Europe/Madrid:20260108T091500
SUMMARY:Reconocimiento médico de ingreso - NORDEX ENERGY SPAIN
DESCRIPTION:Cita: examen de salud previo a la incorporación.\nAcudir en ayu
 nas (analítica). Traer DNI y gafas si usa.\nCentro: Quirónprevención Pampl
 ona\, C/ Tajonar 22.
LOCATION:Quirónprevención Pamplona
ORGANIZER;CN=Quironprevencion Citas:mailto:citas@quironprevencion.com
ATTENDEE;CN=IKER ETXEBERRIA:mailto:iker.etxeberria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="english-class-roleplay",
        uid="8f9a0b1c2d3e4f50@iker-android",
        trap="english-class-job-interview-roleplay",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:8f9a0b1c2d3e4f50@iker-android
DTSTAMP:20251001T080000Z
DTSTART;TZID=Europe/Madrid:20251007T190000
DTEND;TZID=Europe/Madrid:20251007T203000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=12
SUMMARY:English - Kate (job interview practice)
DESCRIPTION:academia Ordizia. unit 4: interviews & role-plays
LOCATION:Goierri English Academy
END:VEVENT
END:VCALENDAR
""",
    ),
]
