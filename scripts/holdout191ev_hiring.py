"""holdout191: Valentina on the hiring side at Banco Andino, part 1 (raw iCalendar text, written blind)."""

_SAPAC = r"""BEGIN:VTIMEZONE
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
"""

EVENTS = [
    {
        "kind": "successfactors",
        "uid": "BA-SFSF-IV-4471-0007@bancoandino.com.co",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-successfactors-interviewer-invite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BA-SFSF-IV-4471-0007@bancoandino.com.co
DTSTAMP:20250303T154410Z
DTSTART;TZID=America/Bogota:20250306T100000
DTEND;TZID=America/Bogota:20250306T110000
SUMMARY:Entrevista: Sofía Ríos Cárdenas – Analista Banca Corporativa II (R
 eq. 4471)
DESCRIPTION:Usted ha sido asignado(a) como entrevistador(a).\n\nCandidato:
  Sofía Ríos Cárdenas\nRequisición: 4471 – Analista Banca Corporativa II\n
 Entrevistadores: Valentina Gómez Restrepo\; Hernán Duque Salcedo\nSala: T
 orre Andino piso 14 – Sala Monserrate\n\nGuía de entrevista y formato de
  calificación disponibles en SuccessFactors > Centro de entrevistas. Regi
 stre su calificación dentro de las 24 horas siguientes.
ORGANIZER;CN=Gestión Humana – Selección:mailto:seleccion@bancoandino.com.c
 o
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :vgomez@bancoandino.com.co
ATTENDEE;CN=Hernán Duque Salcedo;ROLE=REQ-PARTICIPANT:mailto:hduque@bancoa
 ndino.com.co
LOCATION:Torre Andino piso 14 – Sala Monserrate
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000BA0A0D1E2F3A4B5C",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-practicantes-block-from-hr",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Pardo Villegas, Marcela":mailto:mpardo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="TA-P12-Sala
  Guatavita (6)":mailto:sala.guatavita@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Vale\, te bloqueo la mañana para los tres candid
 atos a práctica de Banca Corporativa (semestre 2025-2):\n\n8:00 Juan Este
 ban Mora – U. Rosario\n8:45 Laura Melo – U. de los Andes\n9:30 Sergio Cas
 tañeda – U. Javeriana\n\nLas hojas de vida están en la carpeta compartida.
  Al terminar por favor diligencia el formato F-GH-032.\n\nGracias!\nMarc
 ela – Gestión Humana
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB0100000000000000
 0010000000BA0A0D1E2F3A4B5C
SUMMARY;LANGUAGE=es-CO:Entrevistas practicantes Banca Corporativa 2025-2
DTSTART;TZID=SA Pacific Standard Time:20250407T080000
DTEND;TZID=SA Pacific Standard Time:20250407T101500
DTSTAMP:20250401T190045Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:TA-P12-Sala Guatavita (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply",
        "uid": "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000DD44EE55FF667788",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250408T140000Z
DTEND:20250408T144500Z
DTSTAMP:20250404T001207Z
ORGANIZER;CN=Gomez Restrepo\, Valentina:mailto:vgomez@bancoandino.com.co
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000
 0010000000DD44EE55FF667788
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dan
 iela Pardo Gil;X-NUM-GUESTS=0:mailto:danielapardo.gil98@gmail.com
COMMENT:Muchas gracias\, allí estaré.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista – Analista Junior Banca Corporativa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000C4C4A2B1F09EDB0100000000000000001000000031F0E2D4C6B8A9A1",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Sanín, Juliana":mailto:juliana.sanin@michaelpage.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Duque S
 alcedo, Hernan":mailto:hduque@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Valentina\, Hernán: buenas tardes.\n\nComo con
 versamos\, les presento a Ricardo Almonacid para la posición de Analista
  de Crédito Senior (Banca Corporativa). Adjunto su hoja de vida y el info
 rme de evaluación de Michael Page. Ricardo se conectará a los 15 minutos
  del inicio\; los primeros 15 son para revisar el perfil con ustedes.\n\nS
 aludos\,\nJuliana Sanín\nSenior Consultant | Banking & Financial Services\n
 Michael Page Colombia\n\n_______________________________________________
 _________________________________\nReunión de Microsoft Teams\nHaga clic
  aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_MjRh%40thread.v2/0>\nId. de la reunión: 260 811 339 027\n
UID:040000008200E00074C5B7101A82E00800000000C4C4A2B1F09EDB0100000000000000
 001000000031F0E2D4C6B8A9A1
SUMMARY;LANGUAGE=es-CO:Presentación candidato R. Almonacid – Analista de C
 rédito Sr | Michael Page
DTSTART;TZID=SA Pacific Standard Time:20250312T160000
DTEND;TZID=SA Pacific Standard Time:20250312T170000
DTSTAMP:20250310T213302Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "uid": "6c1e9f02-bb4a-4d37-8e1f-9a2c7d5b3e06",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-bookings-staff-host",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN=Practicas Banco Andino:mailto:PracticasBancoAndino@bancoandi
 no.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentin
 a Gomez Restrepo:mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Se ha reservado una nueva cita.\n\nServicio: Co
 nversación práctica profesional – Banca Corporativa (30 min)\nPersonal: V
 alentina Gomez Restrepo\nCliente: Tomás Aristizábal Henao\nCorreo del cli
 ente: t.aristizabal@urosario.edu.co\nTeléfono: 3176602231\nNotas del clie
 nte: Estudiante de 8º semestre de Finanzas y Comercio Internacional. Adjun
 té mi hoja de vida en el formulario.\n\nReunión de Microsoft Teams: https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZzI%40thread.v2/0
UID:6c1e9f02-bb4a-4d37-8e1f-9a2c7d5b3e06
SUMMARY;LANGUAGE=es-CO:Tomás Aristizábal Henao – Conversación práctica pr
 ofesional
DTSTART;TZID=SA Pacific Standard Time:20250415T113000
DTEND;TZID=SA Pacific Standard Time:20250415T120000
DTSTAMP:20250411T140552Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "d41c8a77-09f2-4b3e-a6d5-7e8f1c2b0a93",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-handtyped-candidate-notes",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
BEGIN:VEVENT
UID:d41c8a77-09f2-4b3e-a6d5-7e8f1c2b0a93
DTSTAMP:20250407T155001Z
DTSTART:20250407T150000
DTEND:20250407T153000
SUMMARY:Laura M (Andes) 2da vuelta c/ Hernán
DESCRIPTION:la practicante de esta mañana. muy buena en excel\, floja en co
 ntabilidad (no supo capital de trabajo). hernán quiere verla. preguntarle
  disponibilidad jul-dic y si ya tiene ARL de la u
LOCATION:mi puesto
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000005B5B6C6C7D7DDB010000000000000000100000008E8E9F9FA0A0B1B1",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-comite-de-seleccion-member",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Duque Salcedo, Hernan":mailto:hduque@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pardo Ville
 gas, Marcela":mailto:mpardo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Leal Bote
 ro, Augusto":mailto:aleal@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Comité para definir la terna final de Analista
  Banca Corporativa II (Req. 4471). Traer calificaciones de las entrevistas
  y resultados de la prueba técnica. Marcela presenta el informe de refere
 ncias y la propuesta salarial.\n
UID:040000008200E00074C5B7101A82E008000000005B5B6C6C7D7DDB0100000000000000
 00100000008E8E9F9FA0A0B1B1
SUMMARY;LANGUAGE=es-CO:Comité de selección – Analista Banca Corporativa I
 I
DTSTART;TZID=SA Pacific Standard Time:20250320T170000
DTEND;TZID=SA Pacific Standard Time:20250320T180000
DTSTAMP:20250317T123040Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala Juntas VP Banca Corporativa – P15
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000009090A1A1B2B2DB01000000000000000010000000C3C3D4D4E5E5F6F6",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-debrief-consolidar-calificaciones",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Leal Botero, Augusto":mailto:aleal@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibarra
  Cruz, Natalia":mailto:nibarra@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:15 min para cruzar impresiones de los tres fina
 listas de Analista Sr de Riesgo de Crédito antes de mandar a Gestión Human
 a. Cada uno trae su puntaje por competencia.\n
UID:040000008200E00074C5B7101A82E008000000009090A1A1B2B2DB0100000000000000
 0010000000C3C3D4D4E5E5F6F6
SUMMARY;LANGUAGE=es-CO:Retro finalistas Analista Sr Riesgo
DTSTART;TZID=SA Pacific Standard Time:20250501T073000
DTEND;TZID=SA Pacific Standard Time:20250501T074500
DTSTAMP:20250429T221502Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "BA-SFSF-TASK-FB-4471-vgomez",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-scorecard-due-reminder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:BA-SFSF-TASK-FB-4471-vgomez
DTSTAMP:20250306T170000Z
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
SUMMARY:Pendiente: calificación de entrevista – Sofía Ríos Cárdenas (Req.
  4471)
DESCRIPTION:Tiene una calificación pendiente en el Centro de entrevistas.\n
 Candidato: Sofía Ríos Cárdenas\nPlazo: 07/03/2025\nIngrese a SuccessFacto
 rs > Reclutamiento > Centro de entrevistas para registrar las competencia
 s evaluadas y su recomendación (Avanza / No avanza).
ORGANIZER;CN=SuccessFactors:mailto:no-reply@successfactors.com
ATTENDEE;CN=Valentina Gómez Restrepo:mailto:vgomez@bancoandino.com.co
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000ABCDEF0123456DB0100000000000000001000000017171717ACACACAC",
        "interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-assessment-center-evaluadora",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Seleccion y Atraccion de Talento":mailto:atraccion.talento@b
 ancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ibarra Cruz
 \, Natalia":mailto:nibarra@bancoandino.com.co
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Auditorio
  Torre Andino P2":mailto:auditorio.p2@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Apreciados evaluadores:\n\nGracias por apoyar
  el Assessment Center del Programa Jóvenes Talentos 2025. Cada evaluador
  observa a 4 participantes durante el caso grupal y la presentación\, y r
 egistra los comportamientos en la rejilla de observación (adjunta). A las
  12:00 hacemos la sesión de integración para consolidar resultados.\n\nA
 genda:\n7:30 Instrucciones a evaluadores\n8:00 Caso grupal\n10:00 Present
 aciones\n12:00 Integración\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456DB010000000000000
 0001000000017171717ACACACAC
SUMMARY;LANGUAGE=es-CO:Assessment Center Jóvenes Talentos – Evaluadores
DTSTART;TZID=SA Pacific Standard Time:20250514T073000
DTEND;TZID=SA Pacific Standard Time:20250514T130000
DTSTAMP:20250505T160233Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Auditorio Torre Andino P2
END:VEVENT
END:VCALENDAR
""",
    },
]
