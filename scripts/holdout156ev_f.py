"""holdout156 events, part F: negatives with the user on the HIRING side at Iberojet Express (1/2)."""
from holdout156ev_common import neg

EVENTS = [
    neg("jornada-evaluadores", "user-as-interviewer-fo-selection-day-assessor",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Selección Pilotos IBJ";SENT-BY="mailto:mtorres@iberojet-expre
 ss.es":mailto:seleccion.pilotos@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Prieto Lago, Andrés";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aprieto@iberojet-express.es
ATTENDEE;CN="Torres Bueno, Marisa";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mtorres@iberojet-express.es
ATTENDEE;CN="MAD-OPS Sala Formación 1";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT
 ;RSVP=TRUE:mailto:sala.formacion1@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Hola a todos\,\n\nOs convoco como evaluadores pa
 ra la jornada de selección de Primeros Oficiales A320 del día 12. Hay 8 c
 andidatos en dos turnos.\n\n08:30 Briefing evaluadores (rúbricas de compet
 encias)\n09:00 Dinámica de grupo - Álvaro y Andrés observan\n11:00 Entrevi
 stas individuales (Álvaro: bloque técnico / Marisa: RRHH)\n16:00 Puesta en
  común\n\nOs paso las hojas de evaluación en papel el mismo día.\n\nGracias
 \,\nMarisa Torres - Selección
DTSTART;TZID="Romance Standard Time":20250312T083000
DTEND;TZID="Romance Standard Time":20250312T173000
DTSTAMP:20250226T103344Z
LOCATION:MAD-OPS Sala Formación 1
SUMMARY;LANGUAGE=es-ES:Jornada selección F/O A320 - evaluadores
UID:040000008200E00074C5B7101A82E00800000000B10E9D3BC285DB01000000000000000
 0100000004D5E6F708192A3B4C5D6E7F8091A2B3C
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("sim-candidatos", "user-as-interviewer-sim-assessment-scoring",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Prieto Lago, Andrés":mailto:aprieto@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Álvaro\, te pongo de observador/evaluador en el
  sim de los candidatos FO que pasaron la jornada. Yo hago de TRE en el IOS\,
  tú puntúas en la hoja (8 competencias\, escala 1-5) y luego comparamos.\n
 Slot 1: Sánchez R. / Olmedo P.\nSlot 2: Vera C. / Duarte I.\n\nCAE Madrid\,
  FFS A320 nº2
DTSTART;TZID="Romance Standard Time":20250326T140000
DTEND;TZID="Romance Standard Time":20250326T220000
DTSTAMP:20250317T081100Z
LOCATION:CAE Madrid - FFS A320 #2
SUMMARY;LANGUAGE=es-ES:Sim assessment candidatos FO - observador
UID:040000008200E00074C5B7101A82E00800000000C2A45F1E0B8BDB01000000000000000
 0100000005E6F708192A3B4C5D6E7F8091A2B3C4D
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("entrevista-cadete", "user-as-interviewer-cadet-technical-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Torres Bueno, Marisa":mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Patricia García Moya";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:patri.garciamoya@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Entrevista técnica - Programa Cadetes 2025\nCan
 didata: Patricia García Moya (CPL/IR\, 210 h\, escuela Adventia)\nEntrevis
 tador: Cmdte./F.O. Álvaro Ruiz\n\nTeams: https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_Y2FkZXRlczIwMjU@thread.v2/0\nID: 377 105 992 664  Có
 digo: Tq8sW2
DTSTART;TZID="Romance Standard Time":20250408T100000
DTEND;TZID="Romance Standard Time":20250408T104500
DTSTAMP:20250401T090500Z
LOCATION:Reunión de Microsoft Teams
SUMMARY;LANGUAGE=es-ES:Entrevista técnica cadete - García Moya\, P.
UID:040000008200E00074C5B7101A82E00800000000D3B56A2F1C9BDB01000000000000000
 0100000006F708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("puesta-en-comun", "user-as-interviewer-panel-debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Torres Bueno, Marisa":mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Prieto Lago, Andrés";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aprieto@iberojet-express.es
ATTENDEE;CN="Lozano, Beatriz (Jefa Flota)";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:blozano@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Consolidamos puntuaciones de jornada + sim y sa
 camos la lista de aptos / reserva / no aptos para proponer al comité. Tra
 ed vuestras hojas.\n
DTSTART;TZID="Romance Standard Time":20250331T120000
DTEND;TZID="Romance Standard Time":20250331T133000
DTSTAMP:20250327T163000Z
LOCATION:Sala Despacho Flota / Teams
SUMMARY;LANGUAGE=es-ES:Puesta en común evaluadores - proceso FO marzo
UID:040000008200E00074C5B7101A82E00800000000E4C67B3F2DAADB01000000000000000
 0100000007F708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("comite", "user-as-interviewer-hiring-committee",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dirección de Operaciones";SENT-BY="mailto:secretaria.dop@iber
 ojet-express.es":mailto:dop@iberojet-express.es
ATTENDEE;CN="Lozano, Beatriz (Jefa Flota)";ROLE=REQ-PARTICIPANT:mailto:blozano@iberojet-express.es
ATTENDEE;CN="Torres Bueno, Marisa";ROLE=REQ-PARTICIPANT:mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=OPT-PARTICIPANT:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Orden del día:\n1. Propuesta de incorporación F
 /O - curso de junio (8 plazas)\n2. Candidatos en reserva\n3. Calendario d
 el próximo proceso (cadetes)\n\nÁlvaro asiste como evaluador técnico para
  responder dudas de los informes.
DTSTART;TZID="Romance Standard Time":20250407T090000
DTEND;TZID="Romance Standard Time":20250407T100000
DTSTAMP:20250402T120011Z
LOCATION:Sala Consejo
SUMMARY;LANGUAGE=es-ES:Comité de Selección Pilotos
UID:040000008200E00074C5B7101A82E00800000000F5D78C4F3EBADB01000000000000000
 0100000008F708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("sf-interviewer", "user-as-interviewer-ats-invite-names-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:SF-IS-1150734-20250423-iberojet
DTSTAMP:20250414T100000Z
DTSTART;TZID=Europe/Madrid:20250423T113000
DTEND;TZID=Europe/Madrid:20250423T121500
SUMMARY:Interview: Primer Oficial A320 - Candidato: Nerea Castaño Vidal
DESCRIPTION:You have been scheduled as an interviewer.\n\nRequisition: Pri
 mer Oficial A320 (Req. 2291)\nCandidate: Nerea Castaño Vidal\nInterviewer
 s: Álvaro Ruiz Centeno\, Marisa Torres Bueno\n\nOpen the Interview Centra
 l to see the candidate's CV and to submit your rating after the interview.
 \n\nSAP SuccessFactors - Iberojet Express
ORGANIZER;CN=Iberojet Express Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT:mailto:aruiz@iberojet-
 express.es
ATTENDEE;CN=Marisa Torres Bueno;ROLE=REQ-PARTICIPANT:mailto:mtorres@iberojet
 -express.es
ATTENDEE;CN=Nerea Castaño Vidal;ROLE=REQ-PARTICIPANT:mailto:nerea.castano.v
 @gmail.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", hiring=True),
    neg("candidate-accepted", "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250415T090000Z
DTEND:20250415T094500Z
DTSTAMP:20250409T184012Z
ORGANIZER;CN="Ruiz Centeno, Álvaro":mailto:aruiz@iberojet-express.es
UID:040000008200E00074C5B7101A82E00800000000A6E89D5F4FCADB01000000000000000
 0100000009F708192A3B4C5D6E7F8091A2B3C4D5E
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Iker S
 anz Olabarria;X-NUM-GUESTS=0:mailto:ikersanz.pilot@gmail.com
SEQUENCE:0
SUMMARY:Aceptado: Entrevista técnica F/O - Iberojet Express
COMMENT:Perfecto\, allí estaré. Gracias!
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("agencia-candidato", "user-as-interviewer-agency-presents-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciaran (CAE Parc Aviation)":mailto:ciaran.doyle@parcaviation.aero
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Lozano, Beatriz (Jefa Flota)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:blozano@iberojet-express.es
DESCRIPTION;LANGUAGE=en-IE:Hi Beatriz\, Álvaro\,\n\nAs discussed\, a quick
  call to walk you through the two contract Captains we have available for
  your summer ACMI wet-lease (A320\, both type rated\, EASA licences\, availa
 ble from 1 June): Capt. L. Moreau and Capt. D. Kowalski. CVs attached in m
 y email. Happy to set up interviews with them afterwards.\n\nCiaran\n\nTea
 ms: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGFyY2lieg@thre
 ad.v2/0
DTSTART;TZID="GMT Standard Time":20250416T100000
DTEND;TZID="GMT Standard Time":20250416T103000
DTSTAMP:20250411T152200Z
LOCATION:Microsoft Teams Meeting
SUMMARY;LANGUAGE=en-IE:Iberojet Express / CAE Parc - contract Captain prof
 iles
UID:040000008200E00074C5B7101A82E00800000000B7F9AE6050DADB01000000000000000
 010000000AF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("shadowing", "user-as-interviewer-shadowing-senior-assessor",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Torres Bueno, Marisa":mailto:mtorres@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Lozano, Beatriz (Jefa Flota)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:blozano@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Parte de tu formación como evaluador: estarás d
 e oyente en las entrevistas finales que hace Beatriz a los candidatos F/O
  (3 entrevistas de 40 min). Solo observas y tomas notas en la plantilla\; n
 o preguntas salvo que ella te lo pida.
DTSTART;TZID="Romance Standard Time":20250219T100000
DTEND;TZID="Romance Standard Time":20250219T123000
DTSTAMP:20250212T085000Z
LOCATION:Despacho Jefatura de Flota
SUMMARY;LANGUAGE=es-ES:Shadowing entrevistas finales F/O (formación evalua
 dores)
UID:040000008200E00074C5B7101A82E00800000000C80ABF7161EADB01000000000000000
 010000000BF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
    neg("calendly-host", "user-as-interviewer-calendly-host-cadet-chat",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c1e0a8b4-7f3d-4e22-9b91-2d6f5a0e3c17@calendly.com
DTSTAMP:20250428T171200Z
DTSTART:20250505T163000Z
DTEND:20250505T165000Z
SUMMARY:Ignacio Robles and Álvaro Ruiz: Entrevista previa - Programa Cadet
 es IBJ
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: Entrevista prev
 ia - Programa Cadetes IBJ\n\nInvitee: Ignacio Robles\nInvitee Email: nacho.
 robles.fly@gmail.com\n\nQuestions:\nHoras de vuelo / licencias: CPL(A)\, M
 E/IR\, 230 h\nEscuela: FTEJerez\n\nLocation: Microsoft Teams (link in host
  calendar)\n\nView event in Calendly: https://calendly.com/app/scheduled_e
 vents/user/me
ORGANIZER;CN=Álvaro Ruiz:mailto:aruiz@iberojet-express.es
ATTENDEE;CN=Ignacio Robles;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nac
 ho.robles.fly@gmail.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", hiring=True),
    neg("bookings-staff", "user-as-interviewer-bookings-staff-member",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Selección Pilotos IBJ (Bookings)":mailto:SeleccionPilotosIBJ@iberojetexpress.onmicrosoft.com
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista técnica p
 ilotos (45 min)\nPersonal asignado: Álvaro Ruiz Centeno\nCliente: Héctor Va
 llejo Gil\nCorreo del cliente: hvallejo.gil@outlook.com\nTeléfono: +34 6XX
  XXX 097\nNotas del cliente: F/O B737 en Ryanair\, 2100 h\, sin A320\n\nRe
 unión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_Ym9va2luZ3NpYmo@thread.v2/0
DTSTART;TZID="Romance Standard Time":20250514T160000
DTEND;TZID="Romance Standard Time":20250514T164500
DTSTAMP:20250507T102233Z
LOCATION:Reunión de Microsoft Teams
SUMMARY;LANGUAGE=es-ES:Entrevista técnica pilotos - Héctor Vallejo Gil
UID:040000008200E00074C5B7101A82E00800000000D91BC08272FADB01000000000000000
 010000000CF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True, crlf=True),
]
