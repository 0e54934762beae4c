# ruff: noqa: E501
"""holdout149 events, part 10: Rafael on the hiring side at Logística Cerro Norte, I (hand-written raw iCalendar)."""

_CSTMX = r"""BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="forklift-candidate",
        uid="040000008200E00074C5B7101A82E00800000000A3F0C5D21E66DB01000000000000000010000000B0C1D2E3F4A5B6C7D8E9FA0B1C2D3E4F",
        label=(0, "", "", "", "", "user-as-interviewer-montacarguista-candidate-gmail"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jl.hdz.montacargas@gmail.com:mailto:jl.hdz.montacargas@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:José Luis\, buenas tardes.\n\nTe esperamos par
 a entrevista de Operador de Montacargas (turno 2). Preguntar por Rafael Me
 ndoza en caseta de Nave 3. Traer: solicitud elaborada\, INE\, constancia
  DC-3 de montacargas vigente\, comprobante de domicilio y 2 cartas de reco
 mendación. Traer botas.\n\nSaludos\n
UID:040000008200E00074C5B7101A82E00800000000A3F0C5D21E66DB01000000000000000010000000B0C1D2E3F4A5B6C7D8E9FA0B1C2D3E4F
SUMMARY;LANGUAGE=es-MX:Entrevista Operador Montacargas T2 - José Luis Hernández
DTSTART;TZID=Central Standard Time (Mexico):20250115T150000
DTEND;TZID=Central Standard Time (Mexico):20250115T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250113T230145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 3 - Oficina Operaciones
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hr-panel",
        uid="040000008200E00074C5B7101A82E00800000000E1D4A7B08F6ADB010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F9011A",
        label=(0, "", "", "", "", "user-as-interviewer-capital-humano-panel-invite"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garza, Eugenio":mailto:egarza@cerronorte-log.com.mx
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CN-Sala Juntas Capital Humano":mailto:salach@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Hola\, les comparto la terna para Supervisor d
 e Embarques (turno nocturno). Cada entrevista 40 min:\n\n10:00 Alejandro
  Guajardo\n10:45 Mayra Leija\n11:30 Iván Cisneros\n\nLes dejo los CVs y la
  guía de entrevista por competencias en la carpeta compartida. Favor de ll
 enar el formato de evaluación al terminar cada entrevista.\n\nNancy Tamez\
 nCapital Humano\n
UID:040000008200E00074C5B7101A82E00800000000E1D4A7B08F6ADB010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F9011A
SUMMARY;LANGUAGE=es-MX:Panel - Supervisor de Embarques (3 candidatos)
DTSTART;TZID=Central Standard Time (Mexico):20250121T100000
DTEND;TZID=Central Standard Time (Mexico):20250121T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T174422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:CN-Sala Juntas Capital Humano
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="psychometrics-interns",
        uid="040000008200E00074C5B7101A82E00800000000B7E2F4A19D6BDB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
        label=(0, "", "", "", "", "user-as-interviewer-applies-psicometricos-to-practicantes"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyna, Karla":mailto:kreyna@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Aplicación de Cleaver y Moss a los 6 practican
 tes de la UANL (FIME / FACPYA) para el programa de verano. Karla me apoya
  con la aplicación\, Nancy manda los accesos de Evaluatest. Computadoras de
  la sala de capacitación.\n
UID:040000008200E00074C5B7101A82E00800000000B7E2F4A19D6BDB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=es-MX:Psicométricos practicantes verano 2025
DTSTART;TZID=Central Standard Time (Mexico):20250411T090000
DTEND;TZID=Central Standard Time (Mexico):20250411T113000
DTSTAMP:20250407T161002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Sala de capacitación Nave 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid="tlh-outs-cand-20250129-1412@talentoylaborhumana.com.mx",
        label=(0, "", "", "", "", "user-as-interviewer-outsourcing-agency-sends-candidate"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250131T160000Z
DTEND:20250131T164500Z
DTSTAMP:20250129T201233Z
ORGANIZER;CN=Rocío Villanueva:mailto:rvillanueva@talentoylaborhumana.com.mx
UID:tlh-outs-cand-20250129-1412@talentoylaborhumana.com.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rmendoza@cerronorte-log.com.mx;X-NUM-GUESTS=0:mailto:rmendoza@cer
 ronorte-log.com.mx
DESCRIPTION:Ing. Rafael\, buenas tardes.\n\nLe presento al candidato para
  la vacante de Jefe de Inventarios que nos solicitó: Lic. Marco Antonio Es
 parza\, 8 años en almacén de autopartes\, manejo de SAP WM y conteos cícl
 icos. Pretensión $32\,000 brutos. Adjunto CV y resultados de psicométrico
 s.\n\nQueda agendado para entrevista con usted el viernes a las 10:00 en s
 us instalaciones.\n\nSaludos\,\nRocío Villanueva\nEjecutiva de Cuenta | T
 alento y Labor Humana (Outsourcing)
LOCATION:Logística Cerro Norte - Nave 1\, Apodaca
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidato Jefe de Inventarios - Marco A. Esparza (TLH)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-reply",
        uid="040000008200E00074C5B7101A82E00800000000C9A8B7D61F67DB0100000000000000001000000071829304A5B6C7D8E9F0A1B2C3D4E5F6",
        label=(0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250206T170000Z
DTEND:20250206T173000Z
DTSTAMP:20250204T020915Z
ORGANIZER;CN=Mendoza\, Rafael:mailto:rmendoza@cerronorte-log.com.mx
UID:040000008200E00074C5B7101A82E00800000000C9A8B7D61F67DB0100000000000000001000000071829304A5B6C7D8E9F0A1B2C3D4E5F6
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brenda
  Castillo:mailto:brenda.castillo.0399@hotmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista - Auxiliar de Almacén (Brenda Castillo)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="040000008200E00074C5B7101A82E00800000000F4B3C2A19E68DB010000000000000000100000008A9B0C1D2E3F405162738495A6B7C8D9",
        label=(0, "", "", "", "", "user-as-interviewer-retro-candidatos-debrief"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garza, Eugenio":mailto:egarza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:15 min para cerrar terna de Supervisor de Embar
 ques y decidir a quién se le hace oferta. Traer sus formatos.\n
UID:040000008200E00074C5B7101A82E00800000000F4B3C2A19E68DB010000000000000000100000008A9B0C1D2E3F405162738495A6B7C8D9
SUMMARY;LANGUAGE=es-MX:Retro terna Sup. Embarques
DTSTART;TZID=Central Standard Time (Mexico):20250122T173000
DTEND;TZID=Central Standard Time (Mexico):20250122T174500
DTSTAMP:20250121T190233Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scorecard-task",
        uid="worky-task-eval-54410-rmendoza@worky.mx",
        label=(0, "", "", "", "", "user-as-interviewer-worky-evaluation-form-due"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Worky//Worky Reclutamiento//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:worky-task-eval-54410-rmendoza@worky.mx
DTSTAMP:20250305T011500Z
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
SUMMARY:Pendiente: calificar entrevista de Coordinador de Tráfico - Ana L
 ópez
DESCRIPTION:Rafael Mendoza\, tienes una evaluación pendiente.\n\nVacante:
  Coordinador de Tráfico (Logística Cerro Norte)\nCandidata: Ana López Rive
 ra\nEtapa: Entrevista con jefe inmediato\n\nIngresa a Worky para registrar
  tu calificación y comentarios antes del cierre de la vacante.
ORGANIZER;CN=Worky:mailto:notificaciones@worky.mx
ATTENDEE;CN=Rafael Mendoza:mailto:rmendoza@cerronorte-log.com.mx
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-interviewer",
        uid="worky-int-54410-2-20250305@worky.mx",
        label=(0, "", "", "", "", "user-as-interviewer-worky-invite-jefe-inmediato"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Worky//Worky Reclutamiento//ES
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
UID:worky-int-54410-2-20250305@worky.mx
DTSTAMP:20250303T172014Z
DTSTART;TZID=America/Monterrey:20250305T120000
DTEND;TZID=America/Monterrey:20250305T130000
SUMMARY:Entrevista: Coordinador de Tráfico - Ana López Rivera
DESCRIPTION:Entrevista con jefe inmediato\n\nVacante: Coordinador de Tráf
 ico\nCandidata: Ana López Rivera (ana.lopez.rvra@outlook.com)\nEntrevista
 dor: Rafael Mendoza\nModalidad: Presencial - Nave 1\n\nGuía de entrevista
  y formato de evaluación disponibles en Worky.
LOCATION:Nave 1 - Oficina Gerencia de Operaciones
ORGANIZER;CN=Capital Humano Cerro Norte:mailto:notificaciones@worky.mx
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;CN=Ana López Rivera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.lopez.rvra@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="forklift-practical",
        uid="040000008200E00074C5B7101A82E0080000000013D2E1F09A69DB01000000000000000010000000E5F60718293A4B5C6D7E8F9001A2B3C4",
        label=(0, "", "", "", "", "user-as-interviewer-prueba-practica-montacargas"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cantú, Refugio":mailto:rcantu@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Seguridad e Higiene":mailto:seguridad@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Cuco: prueba práctica a los 4 que pasaron entr
 evista (José Luis H.\, Daniel Olvera\, Martín Z.\, Jesús Ríos). Circuito
  de conos + estiba a 3er nivel en rack selectivo\, montacargas #7 (combust
 ión) y #12 (eléctrico). Seguridad verifica DC-3 y revisión pre-uso. Yo cal
 ifico con la hoja de evaluación.\n
UID:040000008200E00074C5B7101A82E0080000000013D2E1F09A69DB01000000000000000010000000E5F60718293A4B5C6D7E8F9001A2B3C4
SUMMARY;LANGUAGE=es-MX:Prueba práctica montacargas - candidatos T2
DTSTART;TZID=Central Standard Time (Mexico):20250118T080000
DTEND;TZID=Central Standard Time (Mexico):20250118T100000
DTSTAMP:20250116T224409Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Patio Nave 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="c3a7e2d1-9b4f-4e58-a016-7d2c8b5e1f40",
        label=(0, "", "", "", "", "user-as-interviewer-calendly-host-practicante-books"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c3a7e2d1-9b4f-4e58-a016-7d2c8b5e1f40
DTSTAMP:20250325T183344Z
DTSTART:20250328T150000Z
DTEND:20250328T152000Z
SUMMARY:Entrevista Practicantes Logística between Rafael Mendoza and Itzel
  Guerrero
DESCRIPTION:Event Name: Entrevista Practicantes Logística\n\nLocation: Thi
 s is a Microsoft Teams web conference.\n\nInvitee: Itzel Guerrero\nInvite
 e Email: itzel.guerrero@uanl.edu.mx\n\nQuestions:\nCarrera y semestre: In
 g. Industrial y de Sistemas\, 8o semestre\nDisponibilidad: 6 horas diarias
  por la mañana\n\nNeed to make changes to this event?\nCancel: https://cal
 endly.com/cancellations/c3a7e2d1-9b4f-4e58-a016-7d2c8b5e1f40\n\nPowered by
  Calendly.com
ORGANIZER;CN=Rafael Mendoza:mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;CN=Itzel Guerrero;PARTSTAT=ACCEPTED:mailto:itzel.guerrero@uanl.edu.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=ACCEPTED:mailto:rmendoza@cerronorte-log.com.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-notes",
        uid="2d6a0f1e8c@rafa-pixel",
        label=(0, "", "", "", "", "user-as-interviewer-typed-notes-about-candidates"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:2d6a0f1e8c@rafa-pixel
DTSTAMP:20250121T183517Z
DTSTART:20250121T100000
DTEND:20250121T121500
SUMMARY:terna sup embarques
DESCRIPTION:Guajardo: 9/10 sabe de WMS\, muy buena actitud\, pide 28k\nLei
 ja: buena en gente\, poco Excel\, vive lejos (Juárez)\nCisneros: no llegó
  puntual\, vago en respuestas\n-> Guajardo 1a opción\, Leija backup
END:VEVENT
END:VCALENDAR
""",
    ),
]
