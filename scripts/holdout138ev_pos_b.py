"""holdout138: the user's own interviews, part B (Colombian banks, startups and job platforms, in Spanish)."""

from __future__ import annotations

from holdout138ev_common import APPLE, EXCHANGE, OUTLOOK, ZOHO, Ev, meet_es, teams_es, webex_es, zoom_es

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = (
    f"{A};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:"
    "mailto:santiago.restrepo.dev@gmail.com"
)

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "workday-gerente-es",
    rf"""
BEGIN:VEVENT
UID:WD-BCA-JR104877-ENTREVISTA-02
DTSTAMP:20250313T160000Z
DTSTART;TZID=SA Pacific Standard Time:20250318T080000
DTEND;TZID=SA Pacific Standard Time:20250318T090000
SUMMARY;LANGUAGE=es-CO:Entrevista con Gerente de Desarrollo - Desarrollador Senior Backend (JR104877)
ORGANIZER;CN="Seleccion Bancoandes":mailto:bancoandes@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Santiago Restrepo Gómez:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Villegas Arango, Hernán":mailto:hvillegas@bancoandes.com.co
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Castaño Ruiz, Paola":mailto:pcastano@bancoandes.com.co
DESCRIPTION:Apreciado(a) Santiago Restrepo Gómez\,\n\nNos complace informarle que continúa en el proceso de
  selección para el cargo Desarrollador Senior Backend (JR104877) del Banco de los Andes.\n\nTipo de entrevista:
  Entrevista con Gerente de Desarrollo\nEntrevistador: Hernán Villegas Arango\, Gerente de Desarrollo de Canales
  Digitales\nAcompaña: Paola Castaño Ruiz\, Analista de Selección (solo
  logística)\n\n{teams_es("19%3ameeting_YmFuY29h")}\n\nEste es un mensaje automático generado por Workday. Por
  favor no responda a este correo.
LOCATION:Reunión de Microsoft Teams
END:VEVENT
""",
    "WD-BCA-JR104877-ENTREVISTA-02", 1, "Bancoandes", "Desarrollador Senior Backend", "hiring_manager",
    "hvillegas@bancoandes.com.co", "workday-windows-zone-es", prodid="-//Workday//Recruiting//ES",
    tzs=("win_bogota",),
))

EVENTS.append(Ev(
    "outlook-final-presencial-room-es",
    r"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250401T153000Z
DESCRIPTION:Buenas tardes Santiago\,\n\nTe confirmo la entrevista final presencial para el cargo Desarrollador
  Senior Backend. Estarán Hernán Villegas (Gerente de Desarrollo) y Marcela Ospina (Directora de Tecnología). Por
  favor llega 15 minutos antes a la recepción de la Torre Bancoandes (Cra. 43A # 1-50\, El Poblado) con tu
  cédula.\n\nSaludos\,\nPaola Castaño\nAnalista de Selección
DTEND;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20250407T113000
DTSTAMP:20250401T153000Z
DTSTART;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20250407T100000
LAST-MODIFIED:20250401T153000Z
LOCATION;LANGUAGE=es-CO:Torre Bancoandes - Piso 12 - Sala Guatapé
ORGANIZER;CN="Castaño Ruiz, Paola":mailto:pcastano@bancoandes.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Villegas Arango, Hernán":mailto:hvillegas@bancoandes.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Ospina Gil, Marcela":mailto:mospina@bancoandes.com.co
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MED-TORRE-P12-Sala Guatapé
  (8)":mailto:sala.guatape.p12@bancoandes.com.co
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-CO:Entrevista final - Santiago Restrepo - Desarrollador Senior Backend
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0C5E9A0AFA2DB010000000000000000100000003C9B7E2F11A4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000D0C5E9A0AFA2DB010000000000000000100000003C9B7E2F11A4", 1,
    "Bancoandes", "Desarrollador Senior Backend", "final", "hvillegas@bancoandes.com.co;mospina@bancoandes.com.co",
    "outlook-room-resource-coordinator-es", prodid=OUTLOOK, tzs=("utc_bogota",),
))

EVENTS.append(Ev(
    "successfactors-prueba-tecnica-es",
    r"""
BEGIN:VEVENT
UID:SF-INTV-SIDERA-000418822
DTSTAMP:20250317T130000Z
DTSTART;TZID=America/Bogota:20250321T150000
DTEND;TZID=America/Bogota:20250321T163000
SUMMARY:Entrevista: Prueba técnica - Ingeniero de Software Senior - Sidera Energía
ORGANIZER;CN=Sidera Energía - Atracción de Talento:mailto:talento@siderenergia.com.co
ATTENDEE;CN=Santiago Restrepo Gómez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Camilo Andrés Betancur;ROLE=REQ-PARTICIPANT:mailto:cbetancur@siderenergia.com.co
ATTENDEE;CN=Luisa Fernanda Mejía;ROLE=REQ-PARTICIPANT:mailto:lfmejia@siderenergia.com.co
DESCRIPTION:Hola Santiago\,\n\nHas sido programado para la siguiente etapa del proceso:\n\nVacante: Ingeniero de
  Software Senior (Requisición 418822)\nEtapa: Prueba técnica en vivo (90 min)\nEvaluadores: Camilo Andrés
  Betancur\, Luisa Fernanda Mejía\nModalidad: Virtual - Microsoft Teams (recibirás el enlace en un correo
  aparte)\n\nSidera Energía S.A. E.S.P. | Enviado desde SAP SuccessFactors
LOCATION:Virtual
END:VEVENT
""",
    "SF-INTV-SIDERA-000418822", 1, "Sidera Energía", "Ingeniero de Software Senior", "technical",
    "cbetancur@siderenergia.com.co;lfmejia@siderenergia.com.co", "successfactors-es",
    prodid="-//SAP SuccessFactors//Interview Scheduling//ES", tzs=("bogota",),
))

EVENTS.append(Ev(
    "bookings-tecnica-es",
    r"""
BEGIN:VEVENT
UID:b7f3c2d1-9e44-4a0b-8c61-5d2e7f3a9b10@bookings.finpago.co
DTSTAMP:20250310T140512Z
DTSTART;TZID=SA Pacific Standard Time:20250314T093000
DTEND;TZID=SA Pacific Standard Time:20250314T103000
SUMMARY:Entrevista técnica - Desarrollador(a) Senior Java
ORGANIZER;CN=Finpago Talento:mailto:TalentoFinpago@finpago.co
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Diego Alejandro Marín;ROLE=REQ-PARTICIPANT:mailto:dmarin@finpago.co
DESCRIPTION:Su reserva se ha confirmado.\n\nServicio: Entrevista técnica - Desarrollador(a) Senior Java\nPersonal:
  Diego Alejandro Marín (Líder Técnico)\nDuración: 1 hora\n\nFinpago S.A.S.\nCalle 10 Sur # 50-28\,
  Medellín\n\nUnirse a la reunión de Teams:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmlucGFn%40thread.v2/0\n\nReserva realizada con Microsoft
  Bookings. Para cancelar o reprogramar use el enlace del correo de confirmación.
LOCATION:Reunión de Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""",
    "b7f3c2d1-9e44-4a0b-8c61-5d2e7f3a9b10@bookings.finpago.co", 1, "Finpago", "Desarrollador(a) Senior Java",
    "technical", "dmarin@finpago.co", "ms-bookings-es", prodid=EXCHANGE, tzs=("win_bogota",),
))

EVENTS.append(Ev(
    "google-direct-tecnica-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250313T160000
DTEND;TZID=America/Bogota:20250313T170000
DTSTAMP:20250311T221544Z
ORGANIZER;CN=Valentina Gaviria:mailto:valentina.gaviria@mandao.co
UID:7r1t9y3u5i0o2p4a6s8d@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Valentina Gaviria;X-NUM-GUESTS=0:mailto:valentina.gaviria@mandao.co
{A};PARTSTAT=ACCEPTED;CN=Sebastián Lopera;X-NUM-GUESTS=0:mailto:sebastian.lopera@mandao.co
DESCRIPTION:Hola Santi! Como hablamos\, esta es la entrevista técnica para el rol de Senior Backend. Vamos a
  revisar un ejercicio de diseño de un servicio de despachos y luego un rato de código en vivo. Cualquier cosa me
  escribes al WhatsApp.\n\nVale\n\n{meet_es("mnd-xqtr-fhy")}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica Santiago Restrepo - Mandao
TRANSP:OPAQUE
END:VEVENT
""",
    "7r1t9y3u5i0o2p4a6s8d@google.com", 1, "Mandao", "Senior Backend", "technical",
    "valentina.gaviria@mandao.co;sebastian.lopera@mandao.co", "google-direct-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "ios-terse-floating-es",
    r"""
BEGIN:VEVENT
CREATED:20250320T012233Z
DTSTAMP:20250320T012240Z
DTSTART:20250325T170000
DTEND:20250325T180000
LAST-MODIFIED:20250320T012240Z
SEQUENCE:0
SUMMARY:Entrevista Platadigital 2da ronda
UID:F1C2A9E8-7B3D-4E5F-9A0B-1C2D3E4F5A6B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
DESCRIPTION:con el líder de ingeniería\, llevar preguntas sobre on-call
END:VEVENT
""",
    "F1C2A9E8-7B3D-4E5F-9A0B-1C2D3E4F5A6B", 1, "Platadigital", "", "hiring_manager", "",
    "ios-terse-floating-es", method="", prodid=APPLE,
))

EVENTS.append(Ev(
    "agency-names-employer-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250326T100000
DTEND;TZID=America/Bogota:20250326T110000
DTSTAMP:20250321T153011Z
ORGANIZER;CN=Catalina Ríos | Talento Andino:mailto:catalina.rios@talentoandino.com
UID:3w5e7r9t1y2u4i6o8p0a@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Catalina Ríos | Talento Andino;X-NUM-GUESTS=0:mailto:catalina.rios@talentoandino.com
{A};PARTSTAT=ACCEPTED;CN=Jorge Iván Montoya;X-NUM-GUESTS=0:mailto:jimontoya@seguroscordillera.com.co
DESCRIPTION:Santiago\, buen día.\n\nTal como conversamos\, nuestro cliente Seguros Cordillera quiere conocerte para
  la vacante de Líder Técnico (squad de pólizas digitales). La entrevista es con Jorge Iván Montoya\, Gerente de
  TI. Yo me conecto al inicio para presentarlos y luego me retiro.\n\nÉxitos!\nCatalina Ríos\nHeadhunter TI -
  Talento Andino\n\n{meet_es("tla-oprw-kzn")}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Seguros Cordillera - Líder Técnico (Santiago Restrepo)
TRANSP:OPAQUE
END:VEVENT
""",
    "3w5e7r9t1y2u4i6o8p0a@google.com", 1, "Seguros Cordillera", "Líder Técnico", "hiring_manager",
    "jimontoya@seguroscordillera.com.co", "agency-headhunter-names-client-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "calendly-founder-gmail-es",
    r"""
BEGIN:VEVENT
UID:d0a6e3f1-52bc-4d8e-b7a2-cf19e0b8a377
DTSTAMP:20250305T190400Z
DTSTART:20250307T140000Z
DTEND:20250307T143000Z
SUMMARY:Conversación 30 min entre Andrés Zuluaga y Santiago Restrepo
ORGANIZER;CN=Andrés Zuluaga:mailto:andres.zuluaga.cuotafacil@gmail.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Andrés Zuluaga;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:andres.zuluaga.cuotafacil@gmail.com
DESCRIPTION:Evento: Conversación 30 min\n\nNombre del invitado: Santiago Restrepo\nCorreo del invitado:
  santiago.restrepo.dev@gmail.com\n\nRespuestas:\n¿Sobre qué quieres hablar?: La vacante de Tech Lead en Cuotafácil
  que vi en LinkedIn\n\nUbicación: Esta es una reunión de Google Meet.
  https://meet.google.com/cft-zkrp-uyw\n\nNecesitas hacer cambios?\nCancelar:
  https://calendly.com/cancellations/d0a6e3f1\nReprogramar: https://calendly.com/reschedulings/d0a6e3f1\n\nCon
  tecnología de Calendly.com
LOCATION:https://meet.google.com/cft-zkrp-uyw
END:VEVENT
""",
    "d0a6e3f1-52bc-4d8e-b7a2-cf19e0b8a377", 1, "Cuotafácil", "Tech Lead", "", "andres.zuluaga.cuotafacil@gmail.com",
    "calendly-founder-freemail-es", prodid="-//Calendly//Calendly//ES",
))

EVENTS.append(Ev(
    "webex-panel-tecnico-es",
    rf"""
BEGIN:VEVENT
UID:MEETING-8aa4c1f0b2e94d67a1c3@confiamos.webex.com
DTSTAMP:20250402T210000Z
DTSTART;TZID=America/Bogota:20250409T140000
DTEND;TZID=America/Bogota:20250409T153000
SUMMARY:Panel técnico - Proceso Desarrollador Senior .NET - Santiago Restrepo
ORGANIZER;CN=Gestión Humana Confiamos:mailto:seleccion@confiamos.com.co
ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Gloria Inés Tobón;ROLE=REQ-PARTICIPANT:mailto:gtobon@confiamos.com.co
ATTENDEE;CN=Alejandro Quintero;ROLE=REQ-PARTICIPANT:mailto:aquintero@confiamos.com.co
DESCRIPTION:Cooperativa Financiera Confiamos - Proceso de selección\n\nCargo: Desarrollador Senior .NET\nEtapa:
  Panel técnico con Gloria Inés Tobón (Jefe de Arquitectura) y Alejandro Quintero (Líder de
  Desarrollo).\n\n{webex_es("2631 448 9902")}
LOCATION:Webex
END:VEVENT
""",
    "MEETING-8aa4c1f0b2e94d67a1c3@confiamos.webex.com", 1, "Confiamos", "Desarrollador Senior .NET", "technical",
    "gtobon@confiamos.com.co;aquintero@confiamos.com.co", "webex-panel-cooperativa-es",
    prodid="-//Cisco//Webex Meetings//ES", tzs=("bogota",),
))

EVENTS.append(Ev(
    "allday-prueba-tecnica-es",
    r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250402
DTSTAMP:20250328T180102Z
ORGANIZER;CN=Mariana Salazar:mailto:mariana@kuantica.com.co
UID:9z8x7c6v5b4n3m2l1k0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Santiago\, te bloqueamos estos dos días para la prueba técnica del proceso de Desarrollador Senior
  (Kuántica). El enunciado llega al correo el lunes a las 8:00 a. m. y la entrega es el martes antes de las 11:59
  p. m. (repo privado en GitHub compartido con @kuantica-dev).\n\nMariana - People & Talent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba técnica Kuántica (48 h)
TRANSP:TRANSPARENT
END:VEVENT
""",
    "9z8x7c6v5b4n3m2l1k0j@google.com", 1, "Kuántica", "Desarrollador Senior", "technical", "",
    "allday-takehome-es",
))

EVENTS.append(Ev(
    "floating-terse-recruiter-call-es",
    r"""
BEGIN:VEVENT
CREATED:20250304T225010Z
DTSTAMP:20250304T225010Z
UID:57D1B0AE-3C24-4F8B-9E16-02A7C5D9E4F3
DTSTART:20250306T120000
DTEND:20250306T123000
SUMMARY:Llamada reclutadora Zentria (Laura) - vacante tech lead
LOCATION:celular
DESCRIPTION:me llama ella. preguntar rango salarial y si es 100% remoto
SEQUENCE:0
END:VEVENT
""",
    "57D1B0AE-3C24-4F8B-9E16-02A7C5D9E4F3", 1, "Zentria", "tech lead", "recruiter_screen", "Laura",
    "floating-terse-phone-es", method="", prodid=APPLE,
))

EVENTS.append(Ev(
    "job-board-names-employer-es",
    r"""
BEGIN:VEVENT
UID:magneto-agenda-7713402-comfenix
DTSTAMP:20250324T150000Z
DTSTART;TZID=America/Bogota:20250327T090000
DTEND;TZID=America/Bogota:20250327T093000
SUMMARY:Entrevista virtual: Comfenix - Desarrollador de Software Senior
ORGANIZER;CN=Magneto Empleos:mailto:notificaciones@magneto365.com
ATTENDEE;CN=Santiago Restrepo Gómez;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Natalia Cardona (Comfenix):mailto:ncardona@comfenix.com.co
DESCRIPTION:¡Hola Santiago!\n\nComfenix - Caja de Compensación Familiar agendó una entrevista contigo para la
  vacante Desarrollador de Software Senior.\n\nEntrevistadora: Natalia Cardona\, Profesional de Selección\nTipo:
  Entrevista inicial por videollamada (30 minutos)\nEnlace: https://meet.google.com/cmf-ebqa-tru\n\nRecuerda tener
  tu hoja de vida a la mano.\n\nMagneto - Conectamos talento con oportunidades
LOCATION:https://meet.google.com/cmf-ebqa-tru
END:VEVENT
""",
    "magneto-agenda-7713402-comfenix", 1, "Comfenix", "Desarrollador de Software Senior", "recruiter_screen",
    "ncardona@comfenix.com.co", "job-board-names-employer-es", prodid="-//Magneto365//Agenda//ES",
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "ashby-diseno-sistemas-es",
    r"""
BEGIN:VEVENT
UID:ashby-2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f@ashbyhq.com
DTSTAMP:20250404T120100Z
DTSTART:20250410T190000Z
DTEND:20250410T200000Z
SUMMARY:Mercaurbano | Entrevista de diseño de sistemas con Santiago Restrepo
ORGANIZER;CN=Reclutamiento Mercaurbano:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Rodrigo Peñaloza;ROLE=REQ-PARTICIPANT:mailto:rodrigo.penaloza@mercaurbano.com
DESCRIPTION:Hola Santiago\,\n\nEsta es tu entrevista de diseño de sistemas para el cargo Staff Backend Engineer
  (Bogotá / Remoto).\n\nEntrevistador: Rodrigo Peñaloza\, Principal Engineer\nDuración: 60 minutos\nEnlace:
  https://mercaurbano.zoom.us/j/84471203390\n\n¿Necesitas reprogramar?
  https://app.ashbyhq.com/candidate/reschedule/2f1e0d9c
LOCATION:Zoom
END:VEVENT
""",
    "ashby-2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f@ashbyhq.com", 1, "Mercaurbano", "Staff Backend Engineer",
    "technical", "rodrigo.penaloza@mercaurbano.com", "ashby-utc-es", prodid="-//Ashby//Ashby Calendar//ES",
))

EVENTS.append(Ev(
    "zoho-recruit-tecnica-es",
    rf"""
BEGIN:VEVENT
UID:zr-interview-1738804000012345
DTSTAMP:20250318T140000Z
DTSTART;TZID=America/Bogota:20250320T080000
DTEND;TZID=America/Bogota:20250320T090000
SUMMARY:Entrevista Técnica - Desarrollador Senior .NET / Sinergia TI
ORGANIZER;CN=Sinergia TI S.A.S.:mailto:recruit@sinergiati.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Oscar Hernández:mailto:ohernandez@sinergiati.com
DESCRIPTION:Candidato: Santiago Restrepo\nEntrevistador: Oscar Hernández\nTipo de entrevista:
  Técnica\n\n{zoom_es("851 7730 2214", "U2luZXJnaWFUSQ")}
LOCATION:Zoom
END:VEVENT
""",
    "zr-interview-1738804000012345", 1, "Sinergia TI", "Desarrollador Senior .NET", "technical",
    "ohernandez@sinergiati.com", "zoho-recruit-es", prodid=ZOHO, tzs=("bogota",),
))

EVENTS.append(Ev(
    "google-phone-screen-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250312T113000
DTEND;TZID=America/Bogota:20250312T120000
DTSTAMP:20250310T131405Z
ORGANIZER;CN=Daniela Restrepo Uribe:mailto:daniela.restrepo@domiexpress.co
UID:4h6j8k0l2z3x5c7v9b1n@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Daniela Restrepo Uribe;X-NUM-GUESTS=0:mailto:daniela.restrepo@domiexpress.co
DESCRIPTION:Hola Santiago\, te llamo al +57 311 555 0188 para una primera conversación sobre la vacante de
  Desarrollador Senior Full Stack en Domi Express (15-20 min). Si prefieres videollamada me avisas.\n\nDaniela -
  Talent Acquisition
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Domi Express <> Santiago Restrepo
TRANSP:OPAQUE
END:VEVENT
""",
    "4h6j8k0l2z3x5c7v9b1n@google.com", 1, "Domi Express", "Desarrollador Senior Full Stack", "recruiter_screen",
    "daniela.restrepo@domiexpress.co", "phone-screen-same-surname-es", tzs=("bogota",),
))
