"""holdout159: negatives with the user on the hiring side at Congressos Mediterrània, part A."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("personio-practiques", ("personio-interview-3318207@personio.de", 0, "", "", "", "", "user-as-interviewer-personio-internship-interview"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
@MADRID
BEGIN:VEVENT
UID:personio-interview-3318207@personio.de
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Madrid:20250306T110000
DTEND;TZID=Europe/Madrid:20250306T113000
SUMMARY:Entrevista: Laia Riera – Auxiliar d'esdeveniments (pràctiques)
DESCRIPTION:Candidata: Laia Riera\nPosició: Auxiliar d'esdeveniments (pràctiques curriculars – Grau en Turisme UB)\nEntrevistadora: Núria Puig\nLloc: Oficina Congressos Mediterrània\, sala Mediterrani\n\nCV i carta de motivació al perfil de la candidata a Personio.
LOCATION:Congressos Mediterrània – Sala Mediterrani
ORGANIZER;CN=Sílvia Camps:mailto:scamps@congressosmed.cat
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:npuig@congressosmed.cat
ATTENDEE;CN=Laia Riera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laia.riera.ub@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("personio-valoracio", ("personio-task-feedback-3318207@personio.de", 0, "", "", "", "", "user-as-interviewer-scorecard-reminder"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-task-feedback-3318207@personio.de
DTSTAMP:20250306T120000Z
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
SUMMARY:Valoració pendent: Laia Riera (Auxiliar d'esdeveniments)
DESCRIPTION:Hola Núria\,\n\nTens pendent omplir la fitxa d'avaluació de l'entrevista amb Laia Riera (comunicació\, idiomes\, disponibilitat\, actitud). Sense la teva valoració no podem enviar el conveni a la universitat.\n\nObre la fitxa a Personio > Selecció > Auxiliar d'esdeveniments.
ORGANIZER;CN=Personio:mailto:noreply@personio.de
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION:mailto:npuig@congressosmed.cat
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ("dinamica-grup", ("040000008200E00074C5B7101A82E00800000000C301AA10B1B1DB01000000000000000010000000C0C0C0C0A1A1A1A1B2B2B2B2D3D3D3D3", 0, "", "", "", "", "user-as-interviewer-group-selection-day"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Camps, Sílvia":mailto:scamps@congressosmed.cat
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Gran (30p)":mailto:salagran@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Jornada de selecció de personal per al Congrés SEDOR (maig):\n- 9:00 benvinguda i presentació del congrés\n- 9:30 dinàmica de grup en 3 grups de 8 (cas: incidència a l'acreditació)\n- 11:00 role play en anglès amb "congressista"\n- 12:00 entrevistes breus individuals (5 min)\n- 13:30 posada en comú de puntuacions\n\nFulls de puntuació impresos a la carpeta compartida > RRHH > SEDOR25.
UID:040000008200E00074C5B7101A82E00800000000C301AA10B1B1DB01000000000000000010000000C0C0C0C0A1A1A1A1B2B2B2B2D3D3D3D3
SUMMARY;LANGUAGE=ca-ES:Dinàmica de grup – hostesses i secretaria SEDOR25
DTSTART;TZID=Romance Standard Time:20250408T090000
DTEND;TZID=Romance Standard Time:20250408T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala Gran (30p)
END:VEVENT
END:VCALENDAR
"""),
    ("agencia-candidates", ("040000008200E00074C5B7101A82E0080000000077EA88EA99EADB01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8", 0, "", "", "", "", "user-as-interviewer-agency-sends-candidates"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Eventalia Staff – Coordinació":mailto:coordinacio@eventaliastaff.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Hola Núria\,\n\nTal com ens vas demanar\, et presentem 3 perfils per a les places de hostessa de sala amb francès per al Congrés SEDOR:\n- Judit Ferré (FR C1\, 3 congressos mèdics)\n- Yasmina El Idrissi (FR nativa\, EN B2)\n- Carla Noguera (FR B2\, experiència a fires a la Fira Gran Via)\n\nVindran a les vostres oficines en franges de 20 min a partir de les 16:00. CV adjunts.\n\nGràcies!\nMariona – Eventalia Staff
UID:040000008200E00074C5B7101A82E0080000000077EA88EA99EADB01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8
SUMMARY;LANGUAGE=ca-ES:Eventalia – presentació perfils hostesses FR (SEDOR)
DTSTART;TZID=Romance Standard Time:20250410T160000
DTEND;TZID=Romance Standard Time:20250410T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Oficines Congressos Mediterrània\, c/ Casp 58
END:VEVENT
END:VCALENDAR
"""),
    ("reply-acceptada", ("r7t9v1x3z5b7d9f1h3j5l7n9p1@google.com", 0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250312T150000Z
DTEND:20250312T154500Z
DTSTAMP:20250307T181204Z
ORGANIZER;CN=Núria Puig:mailto:npuig@congressosmed.cat
UID:r7t9v1x3z5b7d9f1h3j5l7n9p1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pol Martínez;X-NUM-GUESTS=0:mailto:pol.mart.92@gmail.com
CREATED:20250306T160000Z
DESCRIPTION:Pol Martínez ha acceptat aquesta invitació.
LAST-MODIFIED:20250307T181204Z
LOCATION:Congressos Mediterrània\, c/ Casp 58\, 3r
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Invitació acceptada: Entrevista – Coordinador/a de logística @ dc. 12 de març de 2025 16:00 - 16:45 (CET) (Pol Martínez)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("calendly-host", ("d41e7c90-5a2b-4f3e-8c1d-9b0a6e7f2c35", 0, "", "", "", "", "user-as-interviewer-calendly-host-internship"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d41e7c90-5a2b-4f3e-8c1d-9b0a6e7f2c35
DTSTAMP:20250311T102030Z
DTSTART:20250317T090000Z
DTEND:20250317T092000Z
SUMMARY:Aina Vidal i Núria Puig
DESCRIPTION:Nou esdeveniment programat.\n\nTipus d'esdeveniment: Entrevista pràctiques – Congressos Mediterrània (20 min)\n\nConvidada: Aina Vidal\naina.vidal@estudiant.upf.edu\n\nUbicació: Google Meet – https://meet.google.com/ctq-vpmh-ayx\n\nRespostes:\nEstudis: Grau en Turisme i Gestió del Lleure (ESCI-UPF)\, 3r curs\nDisponibilitat: d'abril a juny\, matins\nIdiomes: català\, castellà\, anglès C1\, italià B1\n\nVeure esdeveniment a Calendly
LOCATION:https://meet.google.com/ctq-vpmh-ayx
ORGANIZER;CN=Núria Puig:mailto:npuig@congressosmed.cat
ATTENDEE;CN=Aina Vidal;PARTSTAT=ACCEPTED:mailto:aina.vidal@estudiant.upf.edu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("debrief", ("040000008200E00074C5B7101A82E00800000000DB01DB01DB01DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA", 0, "", "", "", "", "user-as-interviewer-debrief"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Posem en comú les 4 entrevistes de PM Jr. (Gerard\, Marina\, Oriol\, Tània). Porteu les fitxes puntuades i la vostra preferència. Si hi ha acord\, dijous fem l'oferta.
UID:040000008200E00074C5B7101A82E00800000000DB01DB01DB01DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=ca-ES:Debrief selecció PM Jr.
DTSTART;TZID=Romance Standard Time:20250321T130000
DTEND;TZID=Romance Standard Time:20250321T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Despatx Elena
END:VEVENT
END:VCALENDAR
"""),
    ("comite-contractacio", ("040000008200E00074C5B7101A82E00800000000C0A1B2C3D4E5DB01000000000000000010000000ACE0ACE0BDF1BDF1CE02CE02DF13DF13", 0, "", "", "", "", "user-as-interviewer-hiring-committee"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Camps, Sílvia":mailto:scamps@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Valls, Enric (Gerència)":mailto:evalls@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Comitè de contractació – plaça de Coordinador/a tècnic/a (substitució Xavi). Decisió final entre les dues finalistes i proposta salarial. Núria\, com a responsable directa\, presenta les conclusions de les entrevistes.
UID:040000008200E00074C5B7101A82E00800000000C0A1B2C3D4E5DB01000000000000000010000000ACE0ACE0BDF1BDF1CE02CE02DF13DF13
SUMMARY;LANGUAGE=ca-ES:Comitè de contractació – Coord. tècnic/a
DTSTART;TZID=Romance Standard Time:20250416T090000
DTEND;TZID=Romance Standard Time:20250416T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala Mediterrani
END:VEVENT
END:VCALENDAR
"""),
    ("shadowing", ("040000008200E00074C5B7101A82E00800000000F00D1234ABCDDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789", 0, "", "", "", "", "user-as-interviewer-new-colleague-shadowing"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribas, Jordi":mailto:jribas@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ferran Guix:mailto:ferranguix.av@hotmail.com
DESCRIPTION;LANGUAGE=ca-ES:Entrevista al Ferran (tècnic d'audiovisuals\, plaça fixa). Jordi: tu hi assisteixes com a observador per aprendre el format d'entrevista; no cal que preguntis res\, després en parlem 10 min.
UID:040000008200E00074C5B7101A82E00800000000F00D1234ABCDDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=ca-ES:Entrevista Ferran Guix (tècnic AV) + shadow Jordi
DTSTART;TZID=Romance Standard Time:20250402T170000
DTEND;TZID=Romance Standard Time:20250402T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala petita
END:VEVENT
END:VCALENDAR
"""),
    ("torn-prova", ("6D7E8F90-A1B2-4C3D-8E4F-5A6B7C8D9E0F", 0, "", "", "", "", "user-as-interviewer-trial-shift-supervised"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
@MADRID
BEGIN:VEVENT
CREATED:20250324T082000Z
DTSTART;TZID=Europe/Madrid:20250327T070000
DTEND;TZID=Europe/Madrid:20250327T150000
DTSTAMP:20250324T082010Z
SUMMARY:Torn de prova Sergi N. (aux. muntatge) – CCIB
DESCRIPTION:el supervisa en Toni a muntatge sales 111-116\, jo passo a les 10 i a les 13\ndecidir dv si el contractem per tot el congrés
LOCATION:CCIB\, Pl. de Willy Brandt 11-14
SEQUENCE:0
TRANSP:OPAQUE
UID:6D7E8F90-A1B2-4C3D-8E4F-5A6B7C8D9E0F
END:VEVENT
END:VCALENDAR
"""),
    ("notes-candidata", ("0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0", 0, "", "", "", "", "user-as-interviewer-typed-candidate-notes"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T121500Z
DTSTART:20250313T113000
DTEND:20250313T120000
DTSTAMP:20250313T121900Z
SUMMARY:Clara M (pràct UAB)
DESCRIPTION:bona actitud\, EN B2+ (parla bé\, escriu regular)\nno té cotxe – ok per CCIB\, no per Sitges\ndiu que pot dl-dj\n-> 2a opció després de Laia. dir-li algo dv
SEQUENCE:0
TRANSP:OPAQUE
UID:0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0
END:VEVENT
END:VCALENDAR
"""),
]
