"""holdout211 events, part h: the user on the hiring side at Aeroestructuras del Sur (blind split, CC0 1.0)."""

from holdout211ev_tz import MADRID_GOOGLE, MADRID_PLAIN, W_EUROPE

EVENTS = [
    dict(
        kind="sf-interviewer-kit", uid="SF-INTV-2211-558-IV02@aeroestructuras-sur.successfactors.eu",
        iv=0, trap="user-as-interviewer-successfactors-interview-kit",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:SF-INTV-2211-558-IV02@aeroestructuras-sur.successfactors.eu
DTSTAMP:20250203T080000Z
DTSTART;TZID=Europe/Madrid:20250210T120000
DTEND;TZID=Europe/Madrid:20250210T130000
SUMMARY:Entrevista: Técnico/a de Mantenimiento Aeronáutico B1 (Req. 2211) -
  Álvaro Pérez Lozano
DESCRIPTION:Ha sido asignado/a como entrevistador/a.\n\nCandidato/a: Álvaro
  Pérez Lozano\nPuesto: Técnico/a de Mantenimiento Aeronáutico B1 (Req. 2211
 )\nPanel: Francisco Jiménez Ortiz\, Rubén Castillo Navarro\nCV y guía de e
 ntrevista: disponibles en SuccessFactors > Gestión de entrevistas.\n\nPor
  favor\, complete el formulario de evaluación en las 24 h siguientes a la en
 trevista.\n\nAeroestructuras del Sur - Recursos Humanos
LOCATION:Sala Formación Nave 3
ORGANIZER;CN=RRHH Aeroestructuras del Sur:mailto:noreply@successfactors.eu
ATTENDEE;CN=Francisco Jiménez Ortiz;ROLE=REQ-PARTICIPANT:mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rcastillo@aeroestructuras-sur.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="fp-dual-panel",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000"
        "0000000010000000AADDEEFF00112233445566778899AABB",
        iv=0, trap="user-as-interviewer-fp-dual-apprentice-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castillo
  Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreno V
 ega, Inmaculada (RRHH)":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SVQ-Nave3-Sala
  Formación":mailto:nave3.formacion@aeroestructuras-sur.es
DESCRIPTION;LANGUAGE=es-ES:Rubén\, te meto en las entrevistas de los chava
 les del IES para la FP dual (Mantenimiento Aeromecánico). Son 5 de 20 min.
  Tú pregunta la parte técnica (herramientas\, seguridad\, si han tocado rema
 ches) y yo lo demás. Inma trae la lista y las hojas.\n\n09:00 Hugo R.\n09:2
 5 Aitana S.\n09:50 Manuel P.\n10:15 Nerea C.\n10:40 Iván D.\n\nPaco\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000AADDEEFF00112233445566778899AABB
SUMMARY;LANGUAGE=es-ES:Entrevistas aprendices FP dual - tanda 1
DTSTART;TZID=W. Europe Standard Time:20250225T090000
DTEND;TZID=W. Europe Standard Time:20250225T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T121000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SVQ-Nave3-Sala Formación
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E0080000000011C0FFEE0DDCDB0100000000"
        "0000000010000000CAFEBABE1234567890ABCDEF01234567",
        iv=0, trap="user-as-interviewer-candidate-reply-accepted",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T101500
DTEND;TZID=Europe/Madrid:20250304T103500
DTSTAMP:20250226T192033Z
ORGANIZER;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
UID:040000008200E00074C5B7101A82E0080000000011C0FFEE0DDCDB01000000000000000010000000CAFEBABE1234567890ABCDEF01234567
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas
  Ortega Ruiz;X-NUM-GUESTS=0:mailto:lucasortega.r05@gmail.com
COMMENT:Allí estaré\, muchas gracias!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista FP dual Mantenimiento Aeromecánico - Lucas Ortega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="valoraciones-allday", uid="3A9C7E21-0B4D-4F61-9E2A-5D8C1B0F7A63",
        iv=0, trap="user-as-interviewer-scorecard-deadline",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3A9C7E21-0B4D-4F61-9E2A-5D8C1B0F7A63
DTSTAMP:20250210T140100Z
DTSTART;VALUE=DATE:20250214
DTEND;VALUE=DATE:20250215
SUMMARY:Subir valoraciones candidatos B1 al SF (Álvaro P. + el de Jerez)
DESCRIPTION:Inma lo pide antes del viernes. Puntuar 1-5: conocimientos Par
 t-66\, documentación\, FH\, actitud. Álvaro bien en estructuras\, flojo en
  avionica.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="debrief-rrhh-teams", uid="b7d1a9f2-55c3-4e8a-9d0b-aes-rrhh-debrief-0305",
        iv=0, trap="user-as-interviewer-debrief-with-hr",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:b7d1a9f2-55c3-4e8a-9d0b-aes-rrhh-debrief-0305
DTSTAMP:20250226T110000Z
DTSTART;TZID=Europe/Madrid:20250305T133000
DTEND;TZID=Europe/Madrid:20250305T141500
SUMMARY:Puesta en común candidatos FP dual (tanda 1)
ORGANIZER;CN="Moreno Vega, Inmaculada":mailto:imoreno@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Hola\,\n\nCerramos la selección de la tanda 1: repasamos las ho
 jas de valoración de los 5 alumnos y decidimos a quién ofrecemos plaza (3 p
 lazas). Traed vuestras notas.\n\nInma\nRRHH - Aeroestructuras del Sur\n\nRe
 unión de Microsoft Teams\nId. de la reunión: 355 801 227 690\nCódigo de ac
 ceso: aE5s9R
LOCATION:Reunión de Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="prueba-practica-evaluador", uid="aes-form-pp-20250313@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-practical-test-evaluator",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-form-pp-20250313@aeroestructuras-sur.es
DTSTAMP:20250306T093000Z
DTSTART;TZID=Europe/Madrid:20250313T080000
DTEND;TZID=Europe/Madrid:20250313T110000
SUMMARY:Prueba práctica candidatos técnicos (remachado + par de apriete) -
  evaluadores
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ramos Gil, Antonio":mailto:aramos@aeroestructuras-sur.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="SVQ-Nave3-Taller Formaci
 ón":mailto:nave3.taller@aeroestructuras-sur.es
DESCRIPTION:Rubén y Antonio evaluáis la prueba práctica de los 4 candidatos
  a técnico (contrato indefinido): probeta de remachado (10 remaches MS2047
 0)\, montaje con par de apriete y frenado con alambre. Plantilla de evaluac
 ión en la carpeta compartida Selección\\2025. Preparad probetas y llaves di
 namométricas calibradas.\n\nPaco
LOCATION:SVQ-Nave3-Taller Formación
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="randstad-presenta-candidato", uid="randstad-sevilla-pres-88213@randstad.es",
        iv=0, trap="user-as-interviewer-agency-sends-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:randstad-sevilla-pres-88213@randstad.es
DTSTAMP:20250320T101500Z
DTSTART;TZID=Europe/Madrid:20250325T123000
DTEND;TZID=Europe/Madrid:20250325T131500
SUMMARY:Randstad - entrevista candidato técnico estructuras (puesta a disposi
 ción) - D. Manuel Rivas
ORGANIZER;CN=Elena Prieto - Randstad Sevilla:mailto:elena.prieto@randstad.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Rubén Castillo:mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Francisco Jiménez:mailto:fjimenez@aeroestructuras-sur.es
DESCRIPTION:Buenos días Rubén\,\n\nTal como acordé con Francisco\, te envío
  la cita con el candidato que os presentamos para la vacante de técnico de e
 structuras (turno de noche\, 3 meses prorrogables): Manuel Rivas\, 8 años
  en montaje de A400M\, habilitado en sellantes. Adjunto su CV. Acudirá a vue
 stras instalaciones de La Rinconada\, le esperáis en recepción.\n\nUn salu
 do\,\nElena Prieto\nConsultora - Randstad Sevilla Industrial
LOCATION:Aeroestructuras del Sur - Recepción
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="notas-candidatos", uid="C0E1D2F3-A4B5-4C6D-8E7F-901A2B3C4D5E",
        iv=0, trap="user-as-interviewer-handtyped-candidate-notes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C0E1D2F3-A4B5-4C6D-8E7F-901A2B3C4D5E
DTSTAMP:20250225T111812Z
DTSTART:20250225T111500
DTEND:20250225T113000
SUMMARY:notas entrevistas chavales
DESCRIPTION:Hugo: muy verde pero preguntón\, +\nAitana: la mejor\, ya ha he
 cho remaches en el IES\, sabe lo que es un NDT\nManuel: nervioso\, no sabí
 a qué es un par de apriete. -\nNerea: bien\, vive en Dos Hermanas\, sin co
 che\nIván: no vino\n--> decirle a Paco: Aitana\, Nerea\, Hugo
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="jornada-prueba-turno", uid="aes-turno-tarde-prueba-sergio-0402@aeroestructuras-sur.es",
        iv=0, trap="user-as-interviewer-trial-shift-supervised",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:aes-turno-tarde-prueba-sergio-0402@aeroestructuras-sur.es
DTSTAMP:20250328T113000Z
DTSTART;TZID=Europe/Madrid:20250402T140000
DTEND;TZID=Europe/Madrid:20250402T220000
SUMMARY:Jornada de prueba Sergio Medina - va contigo en el turno de tarde
ORGANIZER;CN="Jiménez Ortiz, Francisco":mailto:fjimenez@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Castillo Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
DESCRIPTION:Rubén\, el candidato de Cádiz (Sergio Medina\, B1 recién sacad
 a) hace la jornada de prueba contigo. Que vea el A-check del avión de ensay
 os y rellene alguna task card bajo tu supervisión\, pero nada de firmar. Al
  final me dices qué te ha parecido (¿lo cogemos o no?). Seguridad ya le ha
  dado el pase de visita y los EPIs.\n\nPaco
LOCATION:Hangar de ensayos - Nave 5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-host", uid="aes-bookings-9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        iv=0, trap="user-as-interviewer-bookings-host",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Selección FP dual - Aeroestructuras del Sur:mailto:SeleccionFPDual@aeroestructurassur.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castillo
  Navarro, Rubén":mailto:rcastillo@aeroestructuras-sur.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claudia Romero Díaz:mailto:claudia.romero.diaz07@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista alumnos FP
  dual (20 min)\nPersonal: Rubén Castillo Navarro\nCliente: Claudia Romero Dí
 az\nCorreo: claudia.romero.diaz07@gmail.com\nTeléfono: 6** *** 118\nNotas d
 el cliente: Soy alumna de 1º de Mantenimiento Aeromecánico del IES Carlos H
 aya. Muchas gracias.\n\nMicrosoft Bookings
UID:aes-bookings-9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
SUMMARY;LANGUAGE=es-ES:Entrevista alumnos FP dual (20 min) - Claudia Romero
  Díaz
DTSTART;TZID=W. Europe Standard Time:20250408T094000
DTEND;TZID=W. Europe Standard Time:20250408T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T180300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Formación Nave 3
END:VEVENT
END:VCALENDAR
"""),
]
