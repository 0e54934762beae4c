"""holdout159: the user's own interviews, part D (agencies' clients, typed entries, other zones)."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("modernloop-panel", ("modernloop-evt-6b1f0e2d-93c4-4a5b-8d7e-1f2a3b4c5d6e@modernloop.io", 1, "Celonis", "Senior Event Manager – Celosphere", "onsite", "lena.fischer@celonis.com;maximilian.weber@celonis.com;sofia.rinaldi@celonis.com", "modernloop-virtual-onsite-munich-berlin-zone"), r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@BERLIN
BEGIN:VEVENT
UID:modernloop-evt-6b1f0e2d-93c4-4a5b-8d7e-1f2a3b4c5d6e@modernloop.io
DTSTAMP:20250422T140000Z
DTSTART;TZID=Europe/Berlin:20250430T130000
DTEND;TZID=Europe/Berlin:20250430T160000
SUMMARY:Celonis | Virtual Onsite – Núria Puig
DESCRIPTION:Hi Núria\,\n\nHere is your Virtual Onsite for Senior Event Manager – Celosphere (Munich).\n\n13:00–13:45 Lena Fischer\, Director Global Events – Event strategy & budget ownership\n13:50–14:35 Maximilian Weber\, Head of Partner Marketing – Sponsorship & partner programme\n14:45–15:30 Sofia Rinaldi\, Senior Producer – Production & agency management\n15:30–16:00 Buffer\n\nAll sessions use the same Zoom link: https://celonis.zoom.us/j/93018847201\n\nScheduled with ModernLoop by Celonis Talent Acquisition
LOCATION:https://celonis.zoom.us/j/93018847201
ORGANIZER;CN=Celonis Recruiting Coordination:mailto:recruiting-coordination@celonis.com
ATTENDEE;CN=Lena Fischer;PARTSTAT=ACCEPTED:mailto:lena.fischer@celonis.com
ATTENDEE;CN=Maximilian Weber;PARTSTAT=ACCEPTED:mailto:maximilian.weber@celonis.com
ATTENDEE;CN=Sofia Rinaldi;PARTSTAT=ACCEPTED:mailto:sofia.rinaldi@celonis.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("founder-gmail", ("0bq7t3m9x1c5v8n2k4h6j0g2f4@google.com", 1, "Kairos Retreats", "Head of Events & Operations", "hiring_manager", "pol.serrat.kairos@gmail.com", "founder-on-free-mail-catalan-xerrada"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250319T173000Z
DTEND:20250319T181500Z
DTSTAMP:20250316T210301Z
ORGANIZER;CN=Pol Serrat:mailto:pol.serrat.kairos@gmail.com
UID:0bq7t3m9x1c5v8n2k4h6j0g2f4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pol Serrat;X-NUM-GUESTS=0:mailto:pol.serrat.kairos@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/dzo-qpwr-kav
CREATED:20250316T210300Z
DESCRIPTION:Hola Núria!\n\nGràcies per respondre el missatge de LinkedIn. Com et deia\, a Kairos Retreats busquem la persona que liderarà tota la part d'esdeveniments i operacions (retreats d'empresa a l'Empordà i Mallorca\, 15-120 pax). Et vull explicar el projecte\, on som (ronda pre-seed tancada) i sobretot conèixer-te i veure si encaixem.\n\nSom dos socis; aquesta primera la faig jo sol.\n\nPol\n\nUneix-te amb Google Meet: https://meet.google.com/dzo-qpwr-kav
LAST-MODIFIED:20250316T210301Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Núria x Pol – Kairos (Head of Events)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("iphone-entrevista", ("A4E1C0B2-7F3D-4E8A-9B6C-5D2E1F0A3B4C", 1, "Sónar", "Production Manager – Sónar+D", "", "Bet Vilaró", "iphone-typed-catalan-floating-abbreviations"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T194512Z
DTEND:20250325T183000
DTSTAMP:20250321T194520Z
DTSTART:20250325T173000
LAST-MODIFIED:20250321T194520Z
LOCATION:Advanced Music\, c/ Roc Boronat
SEQUENCE:0
SUMMARY:Entrev. Sónar+D – prod. manager
DESCRIPTION:amb la Bet Vilaró (dir. producció)\nportar portfoli MWC + SEDOR\npreg. dates contracte (temporada mar-jun?)
TRANSP:OPAQUE
UID:A4E1C0B2-7F3D-4E8A-9B6C-5D2E1F0A3B4C
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:1B2C3D4E-5F60-4718-92A3-B4C5D6E7F809
X-WR-ALARMUID:1B2C3D4E-5F60-4718-92A3-B4C5D6E7F809
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ("pier01", ("8fj2k4l6m8n0p2r4t6v8x0z2b4@google.com", 1, "Tech Barcelona", "Events Lead", "hiring_manager", "clara.busquets@techbarcelona.com", "google-catalan-in-person-interview"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250415T083000Z
DTEND:20250415T093000Z
DTSTAMP:20250409T120000Z
ORGANIZER;CN=Clara Busquets:mailto:clara.busquets@techbarcelona.com
UID:8fj2k4l6m8n0p2r4t6v8x0z2b4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Clara Busquets;X-NUM-GUESTS=0:mailto:clara.busquets@techbarcelona.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
CREATED:20250409T115900Z
DESCRIPTION:Hola Núria\, t'espero al Pier01 per fer l'entrevista per a la posició d'Events Lead. Quan arribis digues a recepció que vens a veure'm. Parlarem de com portaries el calendari d'esdeveniments de la comunitat (uns 300 l'any) i del Tech Spirit.\n\nClara Busquets\nDirectora de Comunitat i Esdeveniments – Tech Barcelona
LAST-MODIFIED:20250409T120000Z
LOCATION:Pier01\, Plaça de Pau Vila 1\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Events Lead – Núria Puig
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("headhunter-body", ("040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000005A5B5C5D5E5F60616263646566676869", 1, "Hotel Arts Barcelona", "Director/a de Banquets i Esdeveniments", "recruiter_screen", "rbertran@michaelpage.es", "headhunter-names-hotel-only-in-body"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Bertran, Roger":mailto:rbertran@michaelpage.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Hola Núria\,\n\nGràcies per la conversa d'ahir. Com et vaig avançar\, el client és l'Hotel Arts Barcelona (The Ritz-Carlton) i busquen Director/a de Banquets i Esdeveniments. Abans de presentar la teva candidatura necessito fer-te l'entrevista de validació (competències\, idiomes i expectatives econòmiques). Serà per Teams\, uns 45 min.\n\nSalutacions\,\nRoger Bertran\nSenior Manager – Hospitality & Leisure\nMichael Page Barcelona\n\nUnir-se a la reunió: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MP991@thread.v2/0
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000005A5B5C5D5E5F60616263646566676869
SUMMARY;LANGUAGE=ca-ES:Núria Puig / Michael Page – entrevista de validació
DTSTART;TZID=Romance Standard Time:20250409T180000
DTEND;TZID=Romance Standard Time:20250409T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ("hays-preseleccion", ("040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000F00DF00DF00DF00D1234567890ABCDEF", 1, "Grifols", "Corporate Events Manager", "recruiter_screen", "elena.marti@hays.es", "agency-spanish-preselection-client-named"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Martí, Elena":mailto:elena.marti@hays.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Núria\,\n\nTe envío la convocatoria para la entrevista de preselección de la posición de Corporate Events Manager para nuestro cliente Grifols (Sant Cugat del Vallès). Hablaremos de tu experiencia en congresos médicos y eventos de compañía\, nivel de inglés y banda salarial.\n\nWebex: https://hays.webex.com/meet/elena.marti\nAcceso telefónico: +34 91 114 65 77  Código: 2743 118 0021\n\nUn saludo\,\nElena Martí\nSenior Consultant · Hays Barcelona
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000F00DF00DF00DF00D1234567890ABCDEF
SUMMARY;LANGUAGE=es-ES:Entrevista Hays – Corporate Events Manager
DTSTART;TZID=Romance Standard Time:20250320T090000
DTEND;TZID=Romance Standard Time:20250320T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T164000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Webex
END:VEVENT
END:VCALENDAR
"""),
    ("randstad", ("rnd-pro-20250402-778120@randstad.es", 1, "CUPRA", "Brand Experience & Events Manager", "recruiter_screen", "xavier.puigdemunt@randstad.es", "agency-catalan-screen-car-brand-client"), r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:rnd-pro-20250402-778120@randstad.es
DTSTAMP:20250328T110000Z
DTSTART;TZID=Europe/Madrid:20250402T101500
DTEND;TZID=Europe/Madrid:20250402T110000
SUMMARY:Randstad Professionals – entrevista Núria Puig (BX & Events Mgr)
DESCRIPTION:Hola Núria\,\n\nCom hem quedat\, et faig l'entrevista presencial a la nostra oficina de Diagonal 640 (planta 6). La posició és per a CUPRA (SEAT S.A.\, Martorell): Brand Experience & Events Manager – llançaments de producte\, salons de l'automòbil i CUPRA City Garage.\n\nPorta el CV actualitzat en anglès\, si us plau.\n\nXavier Puigdemunt\nRandstad Professionals – Sales & Marketing
LOCATION:Randstad Professionals\, Av. Diagonal 640\, 6a\, Barcelona
ORGANIZER;CN=Xavier Puigdemunt:mailto:xavier.puigdemunt@randstad.es
ATTENDEE;CN=nuria.puig.events@gmail.com;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("workday-gotomeeting", ("WD-INTV-4b8c2d1e0f9a4c3b8e7d6f5a4b3c2d10@myworkday.com", 1, "Informa Markets", "Event Manager – CPHI", "hiring_manager", "Gemma Lloyd", "workday-london-goto-hiring-manager"), r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-4b8c2d1e0f9a4c3b8e7d6f5a4b3c2d10@myworkday.com
DTSTAMP:20250401T093000Z
DTSTART:20250408T130000Z
DTEND:20250408T134500Z
SUMMARY:Interview: Event Manager – CPHI (JR-0045521)
DESCRIPTION:Dear Núria\,\n\nYour interview with Gemma Lloyd (Event Director\, CPHI – hiring manager) has been confirmed.\n\nJoin GoTo Meeting: https://meet.goto.com/551203377\nAccess code: 551-203-377\nUnited Kingdom: +44 20 3713 5011\n\nInforma Talent Acquisition\nThis is an automated message from Workday.
LOCATION:GoTo Meeting
ORGANIZER;CN=Informa Recruiting:mailto:informa@myworkday.com
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Núria Puig:mailto:nuria.puig.events@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ("phone-typed", ("20250402T101500-clarion@nuria-macbook", 1, "Clarion Events", "", "recruiter_screen", "Amy", "desktop-typed-english-phone-screen-floating"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T101500Z
UID:20250402T101500-clarion@nuria-macbook
DTSTART:20250407T163000
DTEND:20250407T170000
DTSTAMP:20250402T101600Z
SUMMARY:Clarion Events – phone screen (Amy\, TA)
DESCRIPTION:they call me on mobile\, UK number\nrole = Event Manager portfolio Med/Spain? (confirm)\n17:30 BCN time / 16:30 London
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("entretien-visio", ("rx-fr-entretien-9c1d7e@rxglobal.com", 1, "RX France", "Cheffe de projet Opérations – EquipHotel", "hiring_manager", "aurelie.blanc@rxglobal.com", "outlook-desktop-french-visio-paris-zone"), r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@PARIS
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250414T084500Z
DESCRIPTION:Bonjour Núria\,\n\nJe vous propose un entretien en visio pour le poste de Cheffe de projet Opérations sur EquipHotel. Je serai votre future manager (Directrice des opérations Hospitality).\n\nRejoindre la réunion Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_RXFR@thread.v2/0\n\nAurélie Blanc
DTEND;TZID=Europe/Paris:20250422T113000
DTSTAMP:20250414T084500Z
DTSTART;TZID=Europe/Paris:20250422T103000
LOCATION:Teams
ORGANIZER;CN="Aurélie BLANC":mailto:aurelie.blanc@rxglobal.com
ATTENDEE;CN=nuria.puig.events@gmail.com;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien visio – Núria Puig / RX France (EquipHotel)
TRANSP:OPAQUE
UID:rx-fr-entretien-9c1d7e@rxglobal.com
END:VEVENT
END:VCALENDAR
"""),
    ("icca-teams", ("040000008200E00074C5B7101A82E008000000002468ACE13579DB01000000000000000010000000112233445566778899AABBCCDDEEFF00", 1, "ICCA", "Events & Education Manager", "", "n.vandijk@iccaworld.org", "outlook-w-europe-association-hq-interview"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@W_EUROPE
BEGIN:VEVENT
ORGANIZER;CN="van Dijk, Noor":mailto:n.vandijk@iccaworld.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Núria\,\n\nThank you for your application for Events & Education Manager at ICCA (International Congress and Convention Association) headquarters in Amsterdam. I would like to invite you for an interview via Teams.\n\nKind regards\,\nNoor van Dijk\nHR Manager\, ICCA\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ICCA7@thread.v2/0
UID:040000008200E00074C5B7101A82E008000000002468ACE13579DB01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-US:Interview Núria Puig – Events & Education Manager
DTSTART;TZID=W. Europe Standard Time:20250513T100000
DTEND;TZID=W. Europe Standard Time:20250513T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    ("lever-es", ("lever-interview-0d9c8b7a-6e5f-4d3c-2b1a-0f9e8d7c6b5a", 1, "Cabify", "Internal Events Manager", "recruiter_screen", "irene.calvo@cabify.com", "lever-spanish-first-call-madrid"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0d9c8b7a-6e5f-4d3c-2b1a-0f9e8d7c6b5a
DTSTAMP:20250502T080000Z
DTSTART:20250507T093000Z
DTEND:20250507T100000Z
SUMMARY:Cabify – Núria Puig – Internal Events Manager – Primera llamada
DESCRIPTION:Hola Núria\,\n\nPrimera llamada con Irene Calvo (Talent Acquisition) para la posición de Internal Events Manager (Madrid\, híbrido).\n\nGoogle Meet: https://meet.google.com/caf-ybxq-irn\n\nCabify People Team
LOCATION:https://meet.google.com/caf-ybxq-irn
ORGANIZER;CN=Cabify Talent:mailto:talent@cabify.com
ATTENDEE;CN=Irene Calvo;PARTSTAT=ACCEPTED:mailto:irene.calvo@cabify.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("canary-zone", ("6vq0m4s8w2a6e0i4o8u2y6c0g4@google.com", 1, "Lopesan Hotel Group", "Director/a de Congresos y Eventos", "hiring_manager", "dsantana@lopesan.com", "google-atlantic-canary-zone-hotel-group"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@CANARY
BEGIN:VEVENT
DTSTART;TZID=Atlantic/Canary:20250429T100000
DTEND;TZID=Atlantic/Canary:20250429T110000
DTSTAMP:20250423T170000Z
ORGANIZER;CN=Daniel Santana:mailto:dsantana@lopesan.com
UID:6vq0m4s8w2a6e0i4o8u2y6c0g4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniel Santana;X-NUM-GUESTS=0:mailto:dsantana@lopesan.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/lpz-gcxa-mlo
CREATED:20250423T165900Z
DESCRIPTION:Buenos días Núria\,\n\nTe propongo esta videollamada para hablar de la posición de Director/a de Congresos y Eventos para Lopesan Costa Meloneras Resort & Baobab Suites (Gran Canaria). Ojo: la hora es la de Canarias (una hora menos que en Barcelona).\n\nDaniel Santana\nDirector Comercial MICE – Lopesan Hotel Group\n\nUnirse con Google Meet: https://meet.google.com/lpz-gcxa-mlo
LAST-MODIFIED:20250423T170000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videollamada Núria Puig – Dir. Congresos y Eventos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("google-export", ("1mo3qs5uw7y9a1c3e5g7i9k1m3@google.com", 1, "Publicis Live", "Directrice de projet événementiel senior", "", "e.roux@publicislive.com", "google-export-x-wr-timezone-french-entretien"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:nuria.puig.events@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250512T143000Z
DTEND:20250512T153000Z
DTSTAMP:20250520T070000Z
ORGANIZER;CN=Emma Roux:mailto:e.roux@publicislive.com
UID:1mo3qs5uw7y9a1c3e5g7i9k1m3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Emma Roux;X-NUM-GUESTS=0:mailto:e.roux@publicislive.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
CREATED:20250506T101000Z
DESCRIPTION:Bonjour Núria\, ravie d'échanger avec vous sur le poste de Directrice de projet événementiel senior (équipe Corporate & Summits). Entretien en visio.\nEmma Roux – Directrice de clientèle\, Publicis Live\n\nRejoindre : https://meet.google.com/prl-eqxw-vtb
LAST-MODIFIED:20250506T101500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Publicis Live / Núria Puig
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("jornada-prova", ("5E0F1A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B", 1, "Iberostar", "Events Coordinator", "onsite", "", "typed-all-day-trial-day-hotel"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T210004Z
DTSTART;VALUE=DATE:20250514
DTEND;VALUE=DATE:20250515
DTSTAMP:20250505T210010Z
SUMMARY:Jornada de prova Iberostar Pg Gràcia
DESCRIPTION:trial day Events Coordinator\, 9-17h\nanar amb vestit fosc\, preguntar per Rocío (RRHH) a recepció\nfan seguir 2 events de tarda + briefing amb F&B
LOCATION:Iberostar Selection Paseo de Gracia\, Pg. de Gràcia 47
SEQUENCE:0
TRANSP:TRANSPARENT
UID:5E0F1A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B
END:VEVENT
END:VCALENDAR
"""),
]
