"""holdout159: negatives from the job search around the interviews and the user's own job, part B."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("avaluacio-anual", ("040000008200E00074C5B7101A82E00800000000A55E55A55E55DB01000000000000000010000000ABCDABCDABCDABCD0123012301230123", 0, "", "", "", "", "own-annual-appraisal-current-job"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Núria\, fem la conversa d'avaluació anual: objectius 2024\, feedback 360 i pla de desenvolupament 2025. Porta l'autoavaluació omplerta a Personio.
UID:040000008200E00074C5B7101A82E00800000000A55E55A55E55DB01000000000000000010000000ABCDABCDABCDABCD0123012301230123
SUMMARY;LANGUAGE=ca-ES:Avaluació d'acompliment 2024 – Núria Puig
DTSTART;TZID=Romance Standard Time:20250305T160000
DTEND;TZID=Romance Standard Time:20250305T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250224T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Despatx Elena
END:VEVENT
END:VCALENDAR
"""),
    ("entrevista-sortida", ("personio-exit-9012274@personio.de", 0, "", "", "", "", "own-exit-interview-current-job"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio//EN
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:personio-exit-9012274@personio.de
DTSTAMP:20250603T080000Z
DTSTART;TZID=Europe/Madrid:20250612T120000
DTEND;TZID=Europe/Madrid:20250612T124500
SUMMARY:Entrevista de sortida – Núria Puig
DESCRIPTION:Hola Núria\,\n\nCom a part del procés de baixa voluntària\, t'agrairem 45 minuts per a l'entrevista de sortida: motius de la marxa\, què milloraries i traspàs de feina. És confidencial.\n\nSílvia Camps – Persones
LOCATION:Sala petita
ORGANIZER;CN=Sílvia Camps:mailto:scamps@congressosmed.cat
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:npuig@congressosmed.cat
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("cafe-informatiu", ("8a0c2e4g6i8k0m2o4q6s8u0w2y@google.com", 0, "", "", "", "", "informational-coffee-ex-agency-contact"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T080000Z
DTEND:20250307T090000Z
DTSTAMP:20250304T200000Z
ORGANIZER;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
UID:8a0c2e4g6i8k0m2o4q6s8u0w2y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bea Casanovas;X-NUM-GUESTS=0:mailto:beacasanovas@gmail.com
CREATED:20250304T195900Z
DESCRIPTION:Cafè per preguntar-li a la Bea com és treballar a MCI i a agència en general (hores\, viatges\, sou). No és per cap vacant\, només per fer-me una idea.
LAST-MODIFIED:20250304T200000Z
LOCATION:Satan's Coffee Corner\, Gran Via 700
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cafè amb la Bea (ex-MCI)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("career-day", ("ostelea-careerday-2025@ostelea.com", 0, "", "", "", "", "careers-fair-visitor-hospitality"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
@MADRID
BEGIN:VEVENT
UID:ostelea-careerday-2025@ostelea.com
DTSTAMP:20250318T100000Z
DTSTART;TZID=Europe/Madrid:20250403T100000
DTEND;TZID=Europe/Madrid:20250403T140000
SUMMARY:Hospitality & Events Career Day 2025 – Ostelea
DESCRIPTION:Your ticket for Hospitality & Events Career Day 2025.\nMeet recruiters from hotel chains\, DMCs and event agencies. Bring printed CVs. Speed-networking sessions every 30 min.\nOrder #4412098871 – General admission\n\nPowered by Eventbrite
LOCATION:Ostelea\, C/ de Roc Boronat 147\, Barcelona
ORGANIZER;CN=Ostelea School of Tourism & Hospitality:mailto:noreply@order.eventbrite.com
ATTENDEE;CN=Núria Puig:mailto:nuria.puig.events@gmail.com
END:VEVENT
END:VCALENDAR
"""),
    ("referencies", ("E2F3A4B5-C6D7-48E9-9FA0-B1C2D3E4F506", 0, "", "", "", "", "reference-call-user-as-referee"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T101000Z
DTSTART:20250324T130000
DTEND:20250324T132000
DTSTAMP:20250321T101010Z
SUMMARY:Trucada referències Laura Gil
DESCRIPTION:em truca la consultora d'una agència de Madrid per referències de la Laura (becària 2023). dir: molt resolutiva\, bon anglès\, li costa delegar
SEQUENCE:0
TRANSP:OPAQUE
UID:E2F3A4B5-C6D7-48E9-9FA0-B1C2D3E4F506
END:VEVENT
END:VCALENDAR
"""),
    ("headhunter-confidencial", ("0d2f4h6j8l0n2p4r6t8v0x2z4b@google.com", 0, "", "", "", "", "headhunter-call-confidential-no-employer"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250314T170000Z
DTEND:20250314T173000Z
DTSTAMP:20250312T090000Z
ORGANIZER;CN=Oriol Sabaté:mailto:oriol.sabate@pedersenandpartners.com
UID:0d2f4h6j8l0n2p4r6t8v0x2z4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oriol Sabaté;X-NUM-GUESTS=0:mailto:oriol.sabate@pedersenandpartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
CREATED:20250312T085900Z
DESCRIPTION:Hola Núria\, gràcies per acceptar la trucada. Estic treballant en una posició confidencial de Head of Events per a un grup internacional amb seu a Barcelona; de moment no et puc dir el nom del client. Voldria conèixer el teu perfil i explicar-te el context.\n\nOriol Sabaté – Partner\, Pedersen & Partners\nEt truco al +34 6** *** 418
LAST-MODIFIED:20250312T090000Z
LOCATION:Telèfon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trucada Oriol Sabaté (Pedersen & Partners) – posició confidencial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("preparar-cas", ("4F5A6B7C-8D9E-40F1-A2B3-C4D5E6F7A8B9", 0, "", "", "", "", "prep-block-before-case-test"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
@MADRID
BEGIN:VEVENT
CREATED:20250403T200000Z
DTSTART;TZID=Europe/Madrid:20250407T190000
DTEND;TZID=Europe/Madrid:20250407T213000
DTSTAMP:20250403T200010Z
SUMMARY:Preparar prova IFEMA (cronograma + pressupost)
DESCRIPTION:repassar plantilla Gantt de muntatge\, ratios personal/m2\, tarifes IFEMA 2024\ncarregar portàtil!!
SEQUENCE:0
TRANSP:OPAQUE
UID:4F5A6B7C-8D9E-40F1-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR
"""),
    ("mail-agraiment", ("9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D", 0, "", "", "", "", "thank-you-note-reminder"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T163000Z
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
DTSTAMP:20250321T163010Z
SUMMARY:Enviar mail agraïment Booking (Mark + Priya)
DESCRIPTION:+ adjuntar slides del case\, mencionar idea partner lounge
SEQUENCE:0
TRANSP:TRANSPARENT
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT9H
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ("reconeixement-medic", ("qp-cita-20250526-771203@quironprevencion.com", 0, "", "", "", "", "pre-employment-medical"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quirónprevención//Citas//ES
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:qp-cita-20250526-771203@quironprevencion.com
DTSTAMP:20250519T110000Z
DTSTART;TZID=Europe/Madrid:20250526T080000
DTEND;TZID=Europe/Madrid:20250526T090000
SUMMARY:Reconocimiento médico previo a la incorporación
DESCRIPTION:Cita: Reconocimiento médico inicial (vigilancia de la salud)\nEmpresa: solicitado por su nueva empresa\nCentro: Quirónprevención Barcelona – Gran Via 630\nAcuda en ayunas (8 h) con DNI y muestra de orina.
LOCATION:Quirónprevención\, Gran Via de les Corts Catalanes 630\, Barcelona
ORGANIZER;CN=Quirónprevención:mailto:citas@quironprevencion.com
ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("comite-organitzador", ("040000008200E00074C5B7101A82E00800000000C0C0AAAA0101DB010000000000000000100000004444555566667777888899990000AAAA", 0, "", "", "", "", "client-organising-committee-meeting"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Joan Vives (President SEDOR):mailto:jvives@sedor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Secretaria SEDOR:mailto:secretaria@sedor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
DESCRIPTION;LANGUAGE=es-ES:Orden del día: 1) estado de inscripciones y early bird 2) programa científico definitivo 3) patrocinio (faltan 2 stands) 4) cena de gala 5) ruegos y preguntas.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SEDOR@thread.v2/0
UID:040000008200E00074C5B7101A82E00800000000C0C0AAAA0101DB010000000000000000100000004444555566667777888899990000AAAA
SUMMARY;LANGUAGE=es-ES:Comité Organizador SEDOR 2025 – reunión nº 6
DTSTART;TZID=Romance Standard Time:20250320T170000
DTEND;TZID=Romance Standard Time:20250320T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ("candidatura-congres", ("040000008200E00074C5B7101A82E00800000000B1DB1DB1DB1DDB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE", 0, "", "", "", "", "congress-bid-candidatura-presentation"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@W_EUROPE
BEGIN:VEVENT
ORGANIZER;CN="Garcia, Mireia (Barcelona Convention Bureau)":mailto:mgarcia@barcelonaturisme.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ESGAR Executive Board:mailto:board@esgar-office.org
DESCRIPTION;LANGUAGE=en-US:Presentation of the Barcelona candidature for ESGAR 2027 to the Executive Board in Vienna (hybrid). Running order: BCB (city & venue\, 10 min)\, Congressos Mediterrània as proposed PCO (budget & services\, 15 min)\, local host (scientific fit\, 5 min)\, Q&A with the board.
UID:040000008200E00074C5B7101A82E00800000000B1DB1DB1DB1DDB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=en-US:ESGAR 2027 – Barcelona bid presentation (candidatura)
DTSTART;TZID=W. Europe Standard Time:20250430T140000
DTEND;TZID=W. Europe Standard Time:20250430T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Austria Center Vienna / Teams
END:VEVENT
END:VCALENDAR
"""),
    ("prova-menu", ("1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", 0, "", "", "", "", "menu-tasting-prova-gala-dinner"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250423T110000Z
DTEND:20250423T123000Z
DTSTAMP:20250414T090000Z
ORGANIZER;CN=Arcasa Càtering:mailto:comercial@arcasa.cat
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=npuig@congressosmed.cat;X-NUM-GUESTS=0:mailto:npuig@congressosmed.cat
CREATED:20250414T085900Z
DESCRIPTION:Prova de menú per al sopar de gala SEDOR (850 pax\, Llotja de Mar): 2 entrants\, 2 principals\, postres i maridatge. Podeu venir fins a 4 persones.
LAST-MODIFIED:20250414T090000Z
LOCATION:Arcasa – obrador\, Polígon Can Calderón\, Sant Boi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prova de menú – sopar de gala SEDOR
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("comite-cientific", ("040000008200E00074C5B7101A82E00800000000AB57AB57AB57DB01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0", 0, "", "", "", "", "abstract-selection-committee"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dra. Pilar Ortiz (Comitè Científic):mailto:portiz@sedor.es
DESCRIPTION;LANGUAGE=ca-ES:Selecció final de comunicacions orals i pòsters: 312 abstracts avaluats\, tallem a 48 orals. Revisar empats i conflictes d'interès abans d'enviar acceptacions.
UID:040000008200E00074C5B7101A82E00800000000AB57AB57AB57DB01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0
SUMMARY;LANGUAGE=ca-ES:Comitè Científic – selecció comunicacions SEDOR
DTSTART;TZID=Romance Standard Time:20250327T160000
DTEND;TZID=Romance Standard Time:20250327T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ("imex", ("3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com", 0, "", "", "", "", "trade-show-attendance-multi-day"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Núria feina
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250520
DTEND;VALUE=DATE:20250523
DTSTAMP:20250301T100000Z
UID:3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com
CREATED:20250301T095900Z
DESCRIPTION:IMEX Frankfurt – Messe Frankfurt Halle 8 + 9. Cites amb CVBs (Lisboa\, Viena\, Copenhaguen) i hotels. Hotel: Motel One Messe.
LAST-MODIFIED:20250301T100000Z
LOCATION:Messe Frankfurt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IMEX Frankfurt
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ("sopar-aniversari", ("D4E5F6A7-B8C9-40D1-8E2F-3A4B5C6D7E8F", 0, "", "", "", "", "personal-birthday-dinner"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T214500Z
DTSTART:20250418T210000
DTEND:20250418T233000
DTSTAMP:20250410T214510Z
SUMMARY:Sopar aniversari Mireia 🎂
LOCATION:Bar Mut
SEQUENCE:0
TRANSP:OPAQUE
UID:D4E5F6A7-B8C9-40D1-8E2F-3A4B5C6D7E8F
END:VEVENT
END:VCALENDAR
"""),
    ("demo-app", ("hs-meeting-22910077@hubspot.com", 0, "", "", "", "", "software-demo-event-app-vendor"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HubSpot//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:hs-meeting-22910077@hubspot.com
DTSTAMP:20250401T100000Z
DTSTART:20250404T080000Z
DTEND:20250404T084500Z
SUMMARY:Swapcard demo – Congressos Mediterrània
DESCRIPTION:Hi Núria\,\n\nThanks for booking a demo! We'll walk you through the event app\, matchmaking and exhibitor lead retrieval for medical congresses.\n\nJoin Zoom: https://swapcard.zoom.us/j/81102344778\n\nThibault – Account Executive Iberia\, Swapcard
LOCATION:Zoom
ORGANIZER;CN=Thibault Mercier:mailto:thibault.mercier@swapcard.com
ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:npuig@congressosmed.cat
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
