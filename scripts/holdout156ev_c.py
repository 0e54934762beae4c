"""holdout156 events, part C: own interviews (Spanish carriers, ACMI operators, German leisure)."""
from holdout156ev_common import iv

EVENTS = [
    iv("entrevista-sala", "outlook-romance-room-resource-spanish",
       "Iberia Express", "Comandante A320 - entrada directa", "onsite",
       "fgomez@iberiaexpress.com;ealonso@iberiaexpress.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Selección Tripulantes Técnicos";SENT-BY="mailto:rcuesta@iberi
 aexpress.com":mailto:seleccion.pilotos@iberiaexpress.com
ATTENDEE;CN="Gómez Tello, Fernando";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:FGomez@iberiaexpress.com
ATTENDEE;CN="Alonso Ibáñez, Elena";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:EAlonso@iberiaexpress.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="SALA 2.14 (Edif. IE)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:sala214@iberiaexpress.com
DESCRIPTION;LANGUAGE=es-ES:Estimado Álvaro:\n\nTe confirmamos la entrevista
  personal y técnica para el proceso de Comandante A320 - entrada directa.\n
 \nEntrevistadores: Cmdte. Fernando Gómez (Jefe de Flota) y Elena Alonso (R
 RHH Operaciones).\nDuración: 90 minutos. Parte de la entrevista se realiza
 rá en inglés.\n\nDirección: Calle Alcañiz 23\, 28042 Madrid. Pregunta en r
 ecepción por Selección.\n\nSi superas esta fase te convocaremos a la prueba
  de simulador.\n\nUn saludo\,\nRaquel Cuesta\nSelección de Tripulantes Técn
 icos
DTSTART;TZID="Romance Standard Time":20250227T093000
DTEND;TZID="Romance Standard Time":20250227T110000
DTSTAMP:20250219T114011Z
LOCATION:SALA 2.14 (Edif. IE)
SUMMARY;LANGUAGE=es-ES:Entrevista proceso CMDTE A320 - Ruiz Centeno\, Álvaro
UID:040000008200E00074C5B7101A82E00800000000E02D97B0D181DB01000000000000000
 010000000B3C4D5E6F708192A3B4C5D6E7F8091A2
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("prueba-simulador", "google-self-entry-prueba-simulador",
       "Iberia Express", "", "technical", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alvaro.ruizc@hotmail.es
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250320T150000Z
DTEND:20250320T200000Z
DTSTAMP:20250310T201733Z
UID:2a6kcm0r5l8p9v3n1dq7h4bs0e@google.com
CREATED:20250310T201730Z
DESCRIPTION:Prueba de simulador Iberia Express\n16h presentación en el ITC
  (La Muñoza)\, brief con el examinador\, 2 sesiones de 1h30 (PF y PM)\nme h
 an dicho que cae mucho: despegue con fallo motor\, aproximación NPA\, TCAS
  RA\, y un poco de CRM con el compañero\nCompañero de sim: otro candidato (ni
  idea de quién)
LAST-MODIFIED:20250310T201733Z
LOCATION:Iberia Training Center La Muñoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba sim IBX 🤞
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("successfactors-meet", "successfactors-hiring-manager-iberia",
       "Iberia", "Comandante A320 (entrada directa)", "hiring_manager", "cmoreno@iberia.es",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:SF-IS-8120455-20250522-iberia
DTSTAMP:20250512T073300Z
DTSTART;TZID=Europe/Madrid:20250522T120000
DTEND;TZID=Europe/Madrid:20250522T130000
SUMMARY:Iberia | Entrevista con Jefatura de Flota - Comandante A320 (entrad
 a directa)
DESCRIPTION:Hola Álvaro\,\n\nTe convocamos a una entrevista con el Cmdte.
  Carlos Moreno\, Jefe de Flota A320\, dentro del proceso Comandante A320 (e
 ntrada directa).\n\nFormato: videollamada (Microsoft Teams). Recibirás el e
 nlace desde la cuenta del entrevistador.\n\nIberia Líneas Aéreas de España
 \, S.A. Operadora\nEste correo ha sido generado automáticamente.
ORGANIZER;CN=Iberia Selección:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Carlos Moreno;ROLE=REQ-PARTICIPANT:mailto:cmoreno@iberia.es
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Videollamada
END:VEVENT
END:VCALENDAR
"""),
    iv("teamtailor-call", "teamtailor-screening-call-volotea",
       "Volotea", "Captain A320 (Base Asturias)", "recruiter_screen", "ainhoa.etxeberria@volotea.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:tt-meeting-3f9a8c71-1c05-4d55-9a2e-77e1b8e0d412@teamtailor.com
DTSTAMP:20250305T090911Z
DTSTART;TZID=Europe/Madrid:20250310T160000
DTEND;TZID=Europe/Madrid:20250310T163000
SUMMARY:Screening call | Captain A320 (Base Asturias) | Volotea
DESCRIPTION:Hi Álvaro\,\n\nThanks for booking a time. Ainhoa from the Volot
 ea Pilot Recruitment team will call you on the number in your profile.\n\n
 Position: Captain A320 (Base Asturias)\nDuration: 30 min\n\nNeed to change
  the time? https://career.volotea.com/meetings/3f9a8c71/reschedule\n\nPow
 ered by Teamtailor
LOCATION:Phone call
ORGANIZER;CN=Ainhoa Etxeberria:mailto:ainhoa.etxeberria@volotea.com
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mail
 to:alvaro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("assessment-bcn", "assessment-day-psychometrics-group-hr",
       "Volotea", "Captain A320", "onsite", "Marco Bianchi;Nuria Sáez",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T083000
DTEND;TZID=Europe/Madrid:20250402T170000
DTSTAMP:20250320T113012Z
ORGANIZER;CN=Pilot Recruitment Volotea:mailto:pilotrecruitment@volotea.com
UID:5e0tk3p7l1hj2mh4b9adc6r8qu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION:<b>Volotea Captain Assessment</b><br><br>08:30 Welcome &amp; co
 mpany briefing<br>09:15 Psychometrics (COMPASS)<br>11:00 Group exercise<b
 r>13:30 Interview with Cpt. Marco Bianchi (Fleet Chief) and Nuria Sáez (H
 R)<br><br>Address: Volotea\, Edificio Muntadas\, C/ Solsonès 2\, Parc de N
 egocis Mas Blau\, El Prat.<br>Please bring licence\, medical\, logbook and
  ID.
LOCATION:Volotea HQ\, El Prat de Llobregat
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Volotea - Captain Assessment Day
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("entrevista-canarias", "teams-canary-time-hr-interview",
       "Binter", "Comandante E195-E2", "recruiter_screen", "yhernandez@bintercanarias.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hernández Suárez, Yaiza":mailto:yhernandez@bintercanarias.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Álvaro\,\n\nComo te comenté por tel
 éfono\, te envío convocatoria para la entrevista con RRHH del proceso de Co
 mandante E195-E2. Hora canaria (una hora menos que en Madrid).\n\n________
 ________________________________________________________________________\n
 Reunión de Microsoft Teams\nÚnase desde su ordenador\, aplicación móvil o d
 ispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_Y2FuYXJpYXM@thread.v2/0>\nId. de reu
 nión: 290 447 615 003\nCódigo de acceso: Ls9pQ2\n__________________________
 ______________________________________________________\n
DTSTART;TZID="GMT Standard Time":20250325T100000
DTEND;TZID="GMT Standard Time":20250325T104500
DTSTAMP:20250318T094502Z
LOCATION:Reunión de Microsoft Teams
SUMMARY;LANGUAGE=es-ES:Entrevista RRHH - Proceso Comandante E195-E2
UID:040000008200E00074C5B7101A82E00800000000F0A1D6C3B89CDB01000000000000000
 010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("jornada-seleccion", "jornada-de-seleccion-atlantic-canary",
       "Binter", "Comandante E195-E2", "onsite", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Binter//Selección//ES
METHOD:REQUEST
@@TZ Atlantic/Canary@@
BEGIN:VEVENT
UID:binter-sel-cmd-2025-0423-017@bintercanarias.com
DTSTAMP:20250408T120000Z
DTSTART;TZID=Atlantic/Canary:20250423T080000
DTEND;TZID=Atlantic/Canary:20250423T180000
SUMMARY:Jornada de selección - Comandante E195-E2 - Binter
DESCRIPTION:Estimado candidato:\n\nQueda convocado a la jornada de selecci
 ón en Gran Canaria:\n- Pruebas psicotécnicas y de personalidad\n- Dinámica
  de grupo\n- Entrevista técnica con pilotos de la compañía\n- Entrevista pe
 rsonal con RRHH\n\nLugar: Binter Technic / Centro de Formación\, Aeropuert
 o de Gran Canaria.\nLos gastos de desplazamiento correrán a cargo de la co
 mpañía (billete en vuelo Binter a gestionar con Selección).\n\nDepartament
 o de Selección - Binter
LOCATION:Centro de Formación Binter\, Aeropuerto de Gran Canaria
ORGANIZER;CN=Binter Selección:mailto:seleccion@bintercanarias.com
ATTENDEE;CN=Álvaro Ruiz Centeno;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("entrevista-tecnica", "outlook-entrevista-tecnica-737-type-change",
       "Air Europa", "Comandante B737 (DEC)", "technical", "jfernandez@air-europa.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="RRHH Vuelo - Air Europa":mailto:rrhh.vuelo@air-europa.com
ATTENDEE;CN="Fernández Ribas, Joan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JFernandez@air-europa.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días\,\n\nAdjuntamos convocatoria para l
 a entrevista técnica del proceso Comandante B737 (DEC). Entrevistador: Cmd
 te. Joan Fernández\, piloto instructor B737.\nTemas: performance\, sistema
 s de su avión actual\, meteorología\, normativa (Part-ORO\, FTL) y casos pr
 ácticos de toma de decisiones.\n\nLugar: Centro de Formación Air Europa\,
  Llucmajor (Mallorca). Se facilitará billete MAD-PMI.\n\nRRHH Vuelo
DTSTART;TZID="Romance Standard Time":20250508T100000
DTEND;TZID="Romance Standard Time":20250508T120000
DTSTAMP:20250429T081145Z
LOCATION:Centro de Formación Air Europa - Llucmajor
SUMMARY;LANGUAGE=es-ES:Entrevista técnica CMDTE B737 - A. Ruiz
UID:040000008200E00074C5B7101A82E00800000000205F8D2A4CB8DB01000000000000000
 010000000D5E6F708192A3B4C5D6E7F8091A2B3C4
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("workable-phone", "workable-vilnius-time-phone-screen",
       "Avion Express", "Captain A320 - Madrid Base (seasonal)", "recruiter_screen", "g.petrauskaite@avionexpress.aero",
       r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Vilnius@@
BEGIN:VEVENT
UID:workable-event-5d0f9a1e47c2@workable.com
DTSTAMP:20250212T100511Z
DTSTART;TZID=Europe/Vilnius:20250218T130000
DTEND;TZID=Europe/Vilnius:20250218T133000
SUMMARY:Phone screen with Avion Express: Captain A320 - Madrid Base (seaso
 nal)
DESCRIPTION:Hi Alvaro\,\n\nThis is a confirmation of your phone screen wit
 h Gabija Petrauskaitė (Crew Recruitment Specialist) for Captain A320 - Mad
 rid Base (seasonal).\n\nGabija will call you at +34 6XX XXX 412.\nTime: 13
 :00 Vilnius (12:00 Madrid).\n\nSent with Workable
ORGANIZER;CN=Gabija Petrauskaitė:mailto:g.petrauskaite@avionexpress.aero
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
LOCATION:Phone
END:VEVENT
END:VCALENDAR
"""),
    iv("teams-malta", "teams-other-zone-malta-head-of-training",
       "SmartLynx Airlines Malta", "Captain A320", "hiring_manager", "andris.kalnins@smartlynx.aero",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Malta
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Crew Recruitment MT":mailto:crewrecruitment.mt@smartlynx.aero
ATTENDEE;CN="Kalnins, Andris";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:andris.kalnins@smartlynx.aero
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Interview with Capt. Andris Kalnins\, Head of T
 raining. Approx. 45 min\, technical + motivation. ACMI season May-October.
 \n\n________________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_c21hcnRseW54@thread.v2/0\n
 Meeting ID: 318 556 902 140\nPasscode: 9bWx3T\n______________________________
 __________________________________________________\n
DTSTART;TZID=Europe/Malta:20250219T150000
DTEND;TZID=Europe/Malta:20250219T154500
DTSTAMP:20250214T100040Z
LOCATION:Microsoft Teams Meeting
SUMMARY;LANGUAGE=en-US:Interview Captain A320 - Ruiz Centeno
UID:040000008200E00074C5B7101A82E0080000000050D3A1B2C77FDB01000000000000000
 010000000E6F708192A3B4C5D6E7F8091A2B3C4D5
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("cancelled", "cancelled-interview-method-cancel",
       "Heston Airlines", "Captain A320", "", "mantas.jonaitis@hestonairlines.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
ORGANIZER;CN="Jonaitis, Mantas":mailto:mantas.jonaitis@hestonairlines.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Dear Alvaro\, unfortunately the Captain A320 po
 sitions for this summer have been filled and we have to cancel our interv
 iew. We will keep your CV on file for the winter ACMI programme.\nBest reg
 ards\, Mantas Jonaitis\, Chief Pilot\n
DTSTART:20250227T110000Z
DTEND:20250227T114500Z
DTSTAMP:20250225T153301Z
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=en-US:Canceled: Interview Captain A320 - Heston Airlines
UID:040000008200E00074C5B7101A82E00800000000903E5A7FD085DB01000000000000000
 010000000F708192A3B4C5D6E7F8091A2B3C4D5E6
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("online-interview-de", "successfactors-german-teams-fleet-interview",
       "Discover Airlines", "Kapitän A320 (Direkteinstieg)", "hiring_manager", "markus.vogel@discover-airlines.com",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:SF-IS-7998316-20250409-discover
DTSTAMP:20250401T120144Z
DTSTART;TZID=Europe/Berlin:20250409T090000
DTEND;TZID=Europe/Berlin:20250409T100000
SUMMARY:Online-Interview Kapitän A320 (Direkteinstieg) - Discover Airlines
DESCRIPTION:Sehr geehrter Herr Ruiz Centeno\,\n\nwir laden Sie herzlich zu
  einem Online-Interview mit Kapitän Markus Vogel (Flottenführung A320) ein.
 \nDie Einladung zu Microsoft Teams erhalten Sie separat.\n\nDas Gespräch fi
 ndet auf Englisch statt\; Deutschkenntnisse (mind. B1) sind von Vorteil.\n
 \nMit freundlichen Grüßen\nIhr Recruiting-Team Cockpit\nDiscover Airlines
ORGANIZER;CN=Discover Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Markus Vogel;ROLE=REQ-PARTICIPANT:mailto:markus.vogel@discover-a
 irlines.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    iv("personio-kennenlernen", "personio-kennenlerngespraech-meet",
       "Marabu Airlines", "Captain A320neo (m/w/d)", "recruiter_screen", "lena.schroeder@flymarabu.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:personio-event-1d44b2f7-marabu
DTSTAMP:20250306T083312Z
DTSTART;TZID=Europe/Berlin:20250311T110000
DTEND;TZID=Europe/Berlin:20250311T113000
SUMMARY:Kennenlerngespräch: Captain A320neo (m/w/d) - Alvaro Ruiz Centeno
DESCRIPTION:Hallo Alvaro\,\n\nvielen Dank für Ihre Bewerbung als Captain A3
 20neo (m/w/d). Gerne möchten wir Sie in einem ersten Kennenlerngespräch n
 äher kennenlernen.\n\nGesprächspartnerin: Lena Schröder\, Recruiting\nGoo
 gle Meet: https://meet.google.com/ojf-xbqe-kui\n\nViele Grüße\nMarabu Airl
 ines\n\n---\nDiese Einladung wurde über Personio versendet.
LOCATION:Google Meet
ORGANIZER;CN=Lena Schröder:mailto:lena.schroeder@flymarabu.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
]
