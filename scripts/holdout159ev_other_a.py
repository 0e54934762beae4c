"""holdout159: negatives from the trade's everyday calendar and look-alikes, part A."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("site-inspection", ("040000008200E00074C5B7101A82E00800000000517E1A5D0001DB01000000000000000010000000A5A5A5A55A5A5A5AC3C3C3C33C3C3C3C", 0, "", "", "", "", "site-inspection-at-hotel-that-is-also-an-employer"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Soler, Gemma":mailto:gemma.soler@hotelartsbarcelona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Thomas Keller:mailto:t.keller@esgar-office.org
DESCRIPTION;LANGUAGE=en-US:Dear Núria\,\n\nConfirming the site inspection for the ESGAR 2027 faculty dinner and speaker accommodation: Gran Salón\, Terraza Mediterránea\, 2 sample rooms and the 43 The Spa. Lunch with our Executive Chef afterwards.\n\nBest regards\,\nGemma Soler\nSenior Events Sales Manager – Hotel Arts Barcelona
UID:040000008200E00074C5B7101A82E00800000000517E1A5D0001DB01000000000000000010000000A5A5A5A55A5A5A5AC3C3C3C33C3C3C3C
SUMMARY;LANGUAGE=en-US:Site inspection – ESGAR 2027 (Congressos Mediterrània)
DTSTART;TZID=Romance Standard Time:20250325T100000
DTEND;TZID=Romance Standard Time:20250325T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Hotel Arts Barcelona – Lobby
END:VEVENT
END:VCALENDAR
"""),
    ("fam-trip", ("fam-costabrava-2025@catalunyaconventionbureau.cat", 0, "", "", "", "", "all-day-fam-trip-convention-bureau"), r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:fam-costabrava-2025@catalunyaconventionbureau.cat
DTSTAMP:20250305T090000Z
DTSTART;VALUE=DATE:20250522
DTEND;VALUE=DATE:20250524
SUMMARY:Fam trip Costa Brava – Catalunya Convention Bureau
DESCRIPTION:Benvolguda Núria\,\n\nConfirmem la teva plaça al fam trip per a organitzadors de congressos i incentius: visites tècniques a Lloret\, Tossa i S'Agaró\, sopar al Castell de Peralada. Sortida dijous 8:30 des de Pl. Catalunya.\n\nCatalunya Convention Bureau
LOCATION:Costa Brava
ORGANIZER;CN=Catalunya Convention Bureau:mailto:info@catalunyaconventionbureau.cat
ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:npuig@congressosmed.cat
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ("gravacio-ponents", ("040000008200E00074C5B7101A82E00800000000600D0600D060DB01000000000000000010000000FA11FA11FA11FA11FA11FA11FA11FA11", 0, "", "", "", "", "speaker-interviews-filming-at-congress"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Albert Mas (Plató Mòbil):mailto:albert@platomobil.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribas, Jordi":mailto:jribas@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Entrevistes en vídeo als ponents de les plenàries per a xarxes i web del congrés (3-4 min cadascuna):\n11:00 Dra. Morales\n11:20 Prof. Lindqvist\n11:40 Dr. Ait-Ouali\nJordi recull ponents a la sala de ponents i els porta al plató (sala 4). Preguntes enviades ahir.
UID:040000008200E00074C5B7101A82E00800000000600D0600D060DB01000000000000000010000000FA11FA11FA11FA11FA11FA11FA11FA11
SUMMARY;LANGUAGE=ca-ES:Gravació entrevistes ponents – SEDOR25
DTSTART;TZID=Romance Standard Time:20250516T110000
DTEND;TZID=Romance Standard Time:20250516T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:CCIB – Sala 4 (plató)
END:VEVENT
END:VCALENDAR
"""),
    ("pitch-proveidor", ("4b6d8f0h2j4l6n8p0r2t4v6x8z@google.com", 0, "", "", "", "", "supplier-pitch-registration-platform"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250312T100000Z
DTEND:20250312T110000Z
DTSTAMP:20250305T150000Z
ORGANIZER;CN=Sergio Navas:mailto:sergio.navas@eventtechsolutions.es
UID:4b6d8f0h2j4l6n8p0r2t4v6x8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sergio Navas;X-NUM-GUESTS=0:mailto:sergio.navas@eventtechsolutions.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=npuig@congressosmed.cat;X-NUM-GUESTS=0:mailto:npuig@congressosmed.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mbosch@congressosmed.cat;X-NUM-GUESTS=0:mailto:mbosch@congressosmed.cat
X-GOOGLE-CONFERENCE:https://meet.google.com/ets-pqvz-wnr
CREATED:20250305T145900Z
DESCRIPTION:Hola Núria y Marc\,\n\nOs presentamos nuestra plataforma de acreditación y control de accesos con QR y reconocimiento facial\, con casos de congresos médicos de 2.000-5.000 asistentes. Traemos propuesta económica para SEDOR y ESGAR.\n\nSergio Navas – Key Account Manager\, Eventtech Solutions
LAST-MODIFIED:20250305T150000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Eventtech Solutions x Congressos Mediterrània – presentación plataforma
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("briefing-staff", ("7F8E9D0C-1B2A-4394-8576-A7B8C9D0E1F2", 0, "", "", "", "", "staff-briefing-before-congress"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
@MADRID
BEGIN:VEVENT
CREATED:20250512T090000Z
DTSTART;TZID=Europe/Madrid:20250514T180000
DTEND;TZID=Europe/Madrid:20250514T193000
DTSTAMP:20250512T090100Z
SUMMARY:Briefing hostesses + secretaria SEDOR
DESCRIPTION:24 pax. uniformes\, torns\, protocol ponents\, app acreditació\nimprimir plànols CCIB i llistat VIPs
LOCATION:CCIB Sala 111
SEQUENCE:0
TRANSP:OPAQUE
UID:7F8E9D0C-1B2A-4394-8576-A7B8C9D0E1F2
END:VEVENT
END:VCALENDAR
"""),
    ("rehearsal", ("040000008200E00074C5B7101A82E00800000000AEAEAEAEAEAEDB01000000000000000010000000BEBEBEBECFCFCFCFD0D0D0D0E1E1E1E1", 0, "", "", "", "", "rehearsal-opening-ceremony"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stage Manager – Fluge Audiovisuales:mailto:stagemanager@fluge.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
DESCRIPTION;LANGUAGE=en-US:Full rehearsal of the opening ceremony: walk-in music\, president's welcome\, keynote run-through with slides and clicker\, award handover. Speakers invited at 19:00.
UID:040000008200E00074C5B7101A82E00800000000AEAEAEAEAEAEDB01000000000000000010000000BEBEBEBECFCFCFCFD0D0D0D0E1E1E1E1
SUMMARY;LANGUAGE=en-US:Rehearsal – Opening Ceremony (Auditorium)
DTSTART;TZID=Romance Standard Time:20250514T180000
DTEND;TZID=Romance Standard Time:20250514T203000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CCIB Auditori
END:VEVENT
END:VCALENDAR
"""),
    ("reunio-setmanal", ("040000008200E00074C5B7101A82E008000000001EE71EE71EE7DB01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111", 0, "", "", "", "", "recurring-team-meeting-with-override"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribas, Jordi":mailto:jribas@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Seguiment setmanal: estat de cada congrés\, incidències amb proveïdors\, hotels i inscripcions.
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T070000Z
UID:040000008200E00074C5B7101A82E008000000001EE71EE71EE7DB01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=ca-ES:Reunió setmanal operacions
DTSTART;TZID=Romance Standard Time:20250303T093000
DTEND;TZID=Romance Standard Time:20250303T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala Mediterrani
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Dilluns de Pasqua – la passem a dimarts.
RECURRENCE-ID;TZID=Romance Standard Time:20250421T093000
UID:040000008200E00074C5B7101A82E008000000001EE71EE71EE7DB01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=ca-ES:Reunió setmanal operacions (dimarts)
DTSTART;TZID=Romance Standard Time:20250422T093000
DTEND;TZID=Romance Standard Time:20250422T103000
CLASS:PUBLIC
DTSTAMP:20250410T080000Z
SEQUENCE:1
STATUS:CONFIRMED
LOCATION;LANGUAGE=ca-ES:Sala Mediterrani
END:VEVENT
END:VCALENDAR
"""),
    ("metge", ("B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", 0, "", "", "", "", "personal-doctor-typed"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T081500Z
DTSTART:20250310T083000
DTEND:20250310T091500
DTSTAMP:20250303T081510Z
SUMMARY:Metge – Dra. Serra
DESCRIPTION:CAP Vila de Gràcia\, resultats analítica\nportar targeta sanitària
LOCATION:CAP Vila de Gràcia
SEQUENCE:0
TRANSP:OPAQUE
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
END:VEVENT
END:VCALENDAR
"""),
    ("classe-alemany", ("5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com", 0, "", "", "", "", "personal-language-class-recurring"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Núria personal
X-WR-TIMEZONE:Europe/Madrid
@MADRID
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T191500
DTEND;TZID=Europe/Madrid:20250304T204500
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20250617T215959Z;BYDAY=TU,TH
DTSTAMP:20250301T100000Z
UID:5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
CREATED:20250220T190000Z
DESCRIPTION:Goethe-Institut\, curs B1.2 intensiu. Deures: Kapitel 7
LAST-MODIFIED:20250301T100000Z
LOCATION:Goethe-Institut Barcelona\, Roger de Llúria 8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alemany B1.2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("banc", ("C9D8E7F6-A5B4-4C3D-9E2F-1A0B9C8D7E6F", 0, "", "", "", "", "personal-bank-appointment"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
@MADRID
BEGIN:VEVENT
CREATED:20250407T120000Z
DTSTART;TZID=Europe/Madrid:20250411T090000
DTEND;TZID=Europe/Madrid:20250411T094500
DTSTAMP:20250407T120005Z
SUMMARY:Cita gestora CaixaBank (Montse)
DESCRIPTION:revisar hipoteca + canvi de nòmina si canvio de feina. portar 3 últimes nòmines
LOCATION:CaixaBank Travessera de Gràcia
SEQUENCE:0
TRANSP:OPAQUE
UID:C9D8E7F6-A5B4-4C3D-9E2F-1A0B9C8D7E6F
END:VEVENT
END:VCALENDAR
"""),
    ("cita-dni", ("cita-previa-dni-20250328-4412@citapreviadnie.es", 0, "", "", "", "", "official-appointment-id-card"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dirección General de la Policía//Cita Previa DNIe//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-previa-dni-20250328-4412@citapreviadnie.es
DTSTAMP:20250314T181000Z
DTSTART:20250328T081000Z
DTEND:20250328T082000Z
SUMMARY:Cita previa DNI – Renovación
DESCRIPTION:Oficina: Barcelona – Les Corts (Trav. de les Corts 319)\nTrámite: Renovación DNI/Pasaporte\nLocalizador: 7Q4-XK2\nAcuda con 10 minutos de antelación\, fotografía reciente y 12\,00 € en efectivo.
LOCATION:Comisaría Les Corts\, Travessera de les Corts 319
END:VEVENT
END:VCALENDAR
"""),
    ("simulacre", ("6c8e0g2i4k6m8o0q2s4u6w8y0a@google.com", 0, "", "", "", "", "mock-interview-with-coach"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250317T180000Z
DTEND:20250317T190000Z
DTSTAMP:20250312T110000Z
ORGANIZER;CN=Carme Oller Coaching:mailto:carme@carmeollercoaching.com
UID:6c8e0g2i4k6m8o0q2s4u6w8y0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carme Oller Coaching;X-NUM-GUESTS=0:mailto:carme@carmeollercoaching.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/coc-hmfn-qra
CREATED:20250312T105900Z
DESCRIPTION:Sessió 3 de 4: simulació d'entrevista en anglès (competency-based) com si fos la de GSMA/Booking. La gravem i després fem feedback.\n\nCarme
LAST-MODIFIED:20250312T110000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulació d'entrevista (EN) – sessió 3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("webinar-star", ("webinar-ba-2025-0319-entrevista@barcelonactiva.cat", 0, "", "", "", "", "webinar-about-interviewing"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Barcelona Activa//Agenda d'Activitats//CA
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-ba-2025-0319-entrevista@barcelonactiva.cat
DTSTAMP:20250310T100000Z
DTSTART:20250319T160000Z
DTEND:20250319T173000Z
SUMMARY:Webinar: Com superar l'entrevista per competències (mètode STAR)
DESCRIPTION:Activitat en línia de Barcelona Activa – Porta22.\nAprèn a preparar respostes amb el mètode STAR i a afrontar entrevistes en anglès.\nEnllaç Zoom: https://barcelonactiva.zoom.us/j/87711290045\nInscripció núm. 44120
LOCATION:En línia (Zoom)
ORGANIZER;CN=Barcelona Activa:mailto:noreply@barcelonactiva.cat
END:VEVENT
END:VCALENDAR
"""),
    ("entrevista-premsa", ("040000008200E00074C5B7101A82E00800000000BE55BE55BE55DB0100000000000000001000000077777777888888889999999900000000", 0, "", "", "", "", "press-interview-user-interviewed"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Comunicació – Congressos Mediterrània":mailto:comunicacio@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Núria\, La Vanguardia (secció Economia) vol entrevistar-te sobre l'impacte econòmic del congrés SEDOR a la ciutat. La periodista és la Marta Riu; et trucarà al mòbil. T'envio l'argumentari i les xifres (2.400 congressistes\, 11.000 pernoctacions).
UID:040000008200E00074C5B7101A82E00800000000BE55BE55BE55DB0100000000000000001000000077777777888888889999999900000000
SUMMARY;LANGUAGE=ca-ES:Entrevista La Vanguardia – Núria (impacte SEDOR)
DTSTART;TZID=Romance Standard Time:20250519T120000
DTEND;TZID=Romance Standard Time:20250519T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Telèfon
END:VEVENT
END:VCALENDAR
"""),
    ("podcast", ("riverside-rec-eventoplus-0412@riverside.fm", 0, "", "", "", "", "podcast-guest-recording"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording Invite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-eventoplus-0412@riverside.fm
DTSTAMP:20250402T120000Z
DTSTART:20250412T090000Z
DTEND:20250412T100000Z
SUMMARY:Grabación podcast "Eventos que dejan huella" – invitada: Núria Puig
DESCRIPTION:Hola Núria\, ¡gracias por venir al podcast de Eventoplus! Hablaremos de congresos médicos sostenibles y de tu carrera. Entra 10 min antes para probar audio.\nStudio: https://riverside.fm/studio/eventoplus-podcast\nUsa auriculares con cable\, por favor.\n\nPatricia – Eventoplus
LOCATION:https://riverside.fm/studio/eventoplus-podcast
ORGANIZER;CN=Patricia Lázaro:mailto:patricia@eventoplus.com
ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("user-research", ("ui-session-3380921@userinterviews.com", 0, "", "", "", "", "research-interview-at-employer-name-cvent"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Session Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-3380921@userinterviews.com
DTSTAMP:20250320T150000Z
DTSTART:20250326T150000Z
DTEND:20250326T154500Z
SUMMARY:Research session: Cvent event planner interview (45 min)
DESCRIPTION:Hi Núria\,\n\nYou're confirmed for a 45-minute interview with the Cvent UX Research team about how you manage attendee registration and on-site check-in. You'll receive a $75 incentive after the session.\n\nJoin: https://cvent.zoom.us/j/91211004412\n\nUser Interviews – Participant Support
LOCATION:Zoom
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Núria Puig;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
