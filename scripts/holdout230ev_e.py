"""holdout230 events, part E: pro football (NFL, UFL, ELF, LFA), Canada and Mexico, an indoor team's owner."""

from holdout230ev_tz import ev

EVENTS = [
    ev("combine-meeting", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ indianapolis@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Hendricks, Lou";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lou.hendricks@jaguars.nfl.net
DESCRIPTION:Coach Dale\,\n\nCoach Hendricks (Defensive Coordinator) would
  like to meet with you while we are in Indianapolis for the Combine regard
 ing the Defensive Quality Control Coach position. JW Marriott\, Suite 2104
  – please text me from the lobby and I will bring you up.\n\nMaria Estes\nF
 ootball Administration\, Jacksonville Jaguars\n(904) 555-0126
DTEND;TZID=America/Indiana/Indianapolis:20260226T213000
DTSTAMP:20260221T175004Z
DTSTART;TZID=America/Indiana/Indianapolis:20260226T204500
LOCATION:JW Marriott Indianapolis – Suite 2104
ORGANIZER;CN="Estes, Maria":mailto:maria.estes@jaguars.nfl.net
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Marcus Dale – Coach Hendricks (Indy)
UID:040000008200E00074C5B7101A82E00800000000F08E24F5A1A3DC01000000000000000010000000AB12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F08E24F5A1A3DC01000000000000000010000000AB12", 1,
        "Jacksonville Jaguars", "Defensive Quality Control Coach", "hiring_manager", "lou.hendricks@jaguars.nfl.net",
        "nfl-combine-hotel-suite-meeting-indianapolis-zone"),

    ev("virtual-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Hendricks, Lou";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lou.hendricks@jaguars.nfl.net
ATTENDEE;CN="Barlow, Keith";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:keith.barlow@jaguars.nfl.net
ATTENDEE;CN="Estes, Maria";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:maria.estes@jaguars.nfl.net
DESCRIPTION:Defensive QC – virtual interview with Head Coach Keith Barlow a
 nd DC Lou Hendricks. Expect a film exercise: you will receive a cut-up 30
  minutes before; be prepared to break down the opponent's third-down prot
 ections.\n_____________________________________________________________
 ___________________\nMicrosoft Teams meeting\nJoin: https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_MzA5%40thread.v2/0\nMeeting ID: 271 04
 4 982 116\nPasscode: JX4c8u\n
DTEND;TZID="Eastern Standard Time":20260310T120000
DTSTAMP:20260304T152300Z
DTSTART;TZID="Eastern Standard Time":20260310T103000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Estes, Maria":mailto:maria.estes@jaguars.nfl.net
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Def. QC – Marcus Dale – HC/DC
UID:040000008200E00074C5B7101A82E008000000003A2C9E11B3AADC01000000000000000010000000AB13
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003A2C9E11B3AADC01000000000000000010000000AB13", 1,
        "Jacksonville Jaguars", "Defensive QC", "final", "keith.barlow@jaguars.nfl.net;lou.hendricks@jaguars.nfl.net",
        "nfl-hc-dc-film-exercise-admin-optional-attendee"),

    ev("personio-videointerview", r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@TZ berlin@@
BEGIN:VEVENT
UID:personio-rf-2291-ev-550871
DTSTAMP:20251020T091512Z
DTSTART;TZID=Europe/Berlin:20251028T190000
DTEND;TZID=Europe/Berlin:20251028T200000
SUMMARY:Videointerview: Defensive Coordinator (m/w/d) – Marcus Dale
DESCRIPTION:Hallo Marcus\,\n\nvielen Dank für deine Bewerbung bei Rhein Fi
 re. Wir freuen uns\, dich zu einem Videointerview für die Position Defens
 ive Coordinator (m/w/d) – Saison 2026 einzuladen.\n\nGesprächspartner: Ja
 n-Philipp Kessler (Head Coach)\, Sarah Brenner (General Managerin)\n\nLink
 : https://meet.google.com/rfc-dcin-tvw\n\nBitte beachte: 19:00 Uhr deutsc
 her Zeit (12:00 Uhr CT).\n\nSportliche Grüße\nDein Rhein Fire Team
ORGANIZER;CN=Rhein Fire Recruiting:mailto:jobs@rheinfire.personio.de
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Jan-Philipp Kessler;ROLE=REQ-PARTICIPANT:mailto:jp.kessler@rheinfire.de
ATTENDEE;CN=Sarah Brenner;ROLE=REQ-PARTICIPANT:mailto:s.brenner@rheinfire.de
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "personio-rf-2291-ev-550871", 1, "Rhein Fire", "Defensive Coordinator (m/w/d)", "hiring_manager",
        "jp.kessler@rheinfire.de;s.brenner@rheinfire.de", "personio-german-videointerview-berlin-zone"),

    ev("kennenlerngespraech", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ w-europe-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Vogt, Matthias";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.vogt@stuttgart-surge.de
DESCRIPTION:Hi Marcus\,\n\nwie besprochen ein erstes Kennenlerngespräch (a
 uf Englisch) zur Stelle Defensive Line Coach für die Saison 2026. Matthias
  Vogt (Sportdirektor) und ich sind dabei.\n\nViele Grüße\nLena Hofmann\n__
 ______________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobile
 n App oder auf einem Raumgerät teil\nHier klicken\, um an der Besprechung
  teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q2%
 40thread.v2/0>\nBesprechungs-ID: 318 449 720 551\nKennung: 2pTq7v\n
DTEND;TZID="W. Europe Standard Time":20251105T180000
DTSTAMP:20251030T102244Z
DTSTART;TZID="W. Europe Standard Time":20251105T173000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Hofmann, Lena":mailto:l.hofmann@stuttgart-surge.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Marcus Dale – DL Coach 2026
UID:040000008200E00074C5B7101A82E00800000000707AF1D4E649DC01000000000000000010000000C5D6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000707AF1D4E649DC01000000000000000010000000C5D6", 1,
        "Stuttgart Surge", "Defensive Line Coach", "recruiter_screen",
        "m.vogt@stuttgart-surge.de;l.hofmann@stuttgart-surge.de",
        "german-kennenlerngespraech-w-europe-win-zone"),

    ev("entretien-visio", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ paris@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251113T200000
DTEND;TZID=Europe/Paris:20251113T210000
DTSTAMP:20251107T165500Z
ORGANIZER;CN=Julien Marchetti:mailto:j.marchetti@parismusketeers.fr
UID:5t8y1u4i7o0p3a6s9d2f5g8h1j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Marchetti;X-NUM-GUESTS=0:mailto:j.marchetti@parismusketeers.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thomas Leroux;X-NUM-GUESTS=0:mailto:t.leroux@parismusketeers.fr
DESCRIPTION:Bonjour Coach\,\n\nComme convenu\, entretien en visio pour le
  poste de coordinateur défensif (saison 2026). L'entretien se fera en angl
 ais avec notre head coach Thomas Leroux.\n\nLien Google Meet : https://meet
 .google.com/pmq-dcfr-xxa\n\nÀ bientôt\,\nJulien Marchetti\nDirecteur spor
 tif
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio – Coordinateur défensif – M. Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5t8y1u4i7o0p3a6s9d2f5g8h1j@google.com", 1, "Paris Musketeers", "coordinateur défensif", "",
        "j.marchetti@parismusketeers.fr;t.leroux@parismusketeers.fr", "french-entretien-visio-paris-zone"),

    ev("entrevue-telephonique", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
@@TZ toronto@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Gagnon, Étienne";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:etienne.gagnon@usl.ca
DESCRIPTION:Bonjour M. Dale\,\n\nNous vous confirmons une entrevue télépho
 nique pour le poste de coordonnateur défensif – football (Voltigeurs). M.
  Gagnon\, entraîneur-chef\, vous appellera au 806-555-0193. L'entrevue se
  déroulera en anglais.\n\nCordialement\,\nChantal Pelletier\nService des
  sports – Université du Saint-Laurent
DTEND;TZID=America/Toronto:20260123T110000
DTSTAMP:20260119T140509Z
DTSTART;TZID=America/Toronto:20260123T103000
LOCATION:Téléphone
ORGANIZER;CN="Pelletier, Chantal":mailto:chantal.pelletier@usl.ca
SEQUENCE:0
SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique – Coordonnateur défensif
UID:040000008200E00074C5B7101A82E008000000009011F2A7C28CDC01000000000000000010000000E7F8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000009011F2A7C28CDC01000000000000000010000000E7F8", 1,
        "Université du Saint-Laurent", "coordonnateur défensif – football", "hiring_manager",
        "etienne.gagnon@usl.ca", "quebec-french-entrevue-telephonique"),

    ev("entrevue-campus", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
@@TZ toronto@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Gagnon, Étienne";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:etienne.gagnon@usl.ca
ATTENDEE;CN="Bouchard, Isabelle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:isabelle.bouchard@usl.ca
ATTENDEE;CN="PEPS - Salle 2120";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:salle2120@usl.ca
DESCRIPTION:Deuxième entrevue\, sur place.\n\n9 h – rencontre avec M. Gag
 non et le personnel défensif (tableau blanc)\n11 h – Mme Bouchard\, direc
 trice du Service des sports\n12 h – dîner\n\nLes frais de déplacement son
 t remboursés sur présentation des reçus.
DTEND;TZID=America/Toronto:20260205T130000
DTSTAMP:20260128T193000Z
DTSTART;TZID=America/Toronto:20260205T090000
LOCATION:PEPS – Salle 2120
ORGANIZER;CN="Pelletier, Chantal":mailto:chantal.pelletier@usl.ca
SEQUENCE:0
SUMMARY;LANGUAGE=fr-CA:Entrevue sur le campus – M. Marcus Dale
UID:040000008200E00074C5B7101A82E00800000000B022F3A8D39CDC01000000000000000010000000E7F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B022F3A8D39CDC01000000000000000010000000E7F9", 1,
        "Université du Saint-Laurent", "", "onsite", "etienne.gagnon@usl.ca;isabelle.bouchard@usl.ca",
        "quebec-french-second-entrevue-sur-place-room"),

    ev("entrevista-teams", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
@@TZ monterrey@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Garza Treviño, Rodrigo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rodrigo.garza@urn.edu.mx
DESCRIPTION:Estimado Coach Dale:\n\nPor medio de la presente lo invitamos
  a una entrevista virtual para la posición de Coordinador Defensivo de los
  Toros (ONEFA). El Head Coach Rodrigo Garza Treviño conducirá la entrevist
 a en inglés y español.\n\nSaludos cordiales\,\nDirección de Deportes\n___
 _____________________________________________________________________________
 \nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación
  móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ5%40thread.v2/0>\nI
 d. de reunión: 255 901 443 780\nCódigo de acceso: uR8kx3\n
DTEND;TZID=America/Monterrey:20260127T180000
DTSTAMP:20260122T010101Z
DTSTART;TZID=America/Monterrey:20260127T170000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Deportes URN":mailto:deportes@urn.edu.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista – Coordinador Defensivo Toros
UID:040000008200E00074C5B7101A82E008000000005E2AC4F9D18EDC01000000000000000010000000A9B8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000005E2AC4F9D18EDC01000000000000000010000000A9B8", 1,
        "Universidad Regiomontana del Norte", "Coordinador Defensivo", "hiring_manager", "rodrigo.garza@urn.edu.mx",
        "spanish-entrevista-teams-monterrey-zone"),

    ev("llamada-gm", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251114T000000Z
DTEND:20251114T004500Z
DTSTAMP:20251111T180000Z
ORGANIZER;CN=Alejandro Villarreal:mailto:avillarreal.fundidores@gmail.com
UID:8j1k4l7z0x3c6v9b2n5m8q1w4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
DESCRIPTION:Coach\, gracias por tu interés. Platicamos por videollamada so
 bre la coordinación defensiva de Fundidores para la temporada 2026 de la L
 FA: tu filosofía\, cómo trabajarías con jugadores nacionales y el calendar
 io de pretemporada.\n\nMeet: https://meet.google.com/fnd-lfa-dcx
LOCATION:https://meet.google.com/fnd-lfa-dcx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fundidores – plática con Coach Marcus Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8j1k4l7z0x3c6v9b2n5m8q1w4e@google.com", 1, "Fundidores de Monterrey", "", "hiring_manager",
        "avillarreal.fundidores@gmail.com", "spanish-platica-gm-free-mail"),

    ev("greenhouse-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-6612093004-brahmas@greenhouse.io
DTSTAMP:20260127T212002Z
DTSTART:20260130T170000Z
DTEND:20260130T174500Z
SUMMARY:Interview Confirmation: Defensive Line Coach at San Antonio Brahm
 as
DESCRIPTION:Hi Marcus\,\n\nThank you for your interest in the Defensive Li
 ne Coach role. Here are the details for your upcoming interview.\n\nInterv
 iew: Football Conversation\nInterviewer(s): Wendell Ortiz (Defensive Coord
 inator)\nLocation: Zoom – https://ufl.zoom.us/j/91123345511\n\nBest\,\nTal
 ent Team\, San Antonio Brahmas
ORGANIZER;CN=San Antonio Brahmas:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Wendell Ortiz;ROLE=REQ-PARTICIPANT:mailto:wortiz@theufl.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "gh-interview-6612093004-brahmas@greenhouse.io", 1, "San Antonio Brahmas", "Defensive Line Coach",
        "hiring_manager", "wortiz@theufl.com", "greenhouse-football-conversation-label"),

    ev("owner-call", r"""
BEGIN:VCALENDAR
PRODID:-//Yahoo//Yahoo Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20260211T034500Z-77281@calendar.yahoo.com
DTSTAMP:20260211T034500Z
DTSTART:20260214T170000Z
DTEND:20260214T183000Z
SUMMARY:Outlaws head coach - sit down w/ Ray
DESCRIPTION:Coach Dale\, like I said on the phone we're launching the West
  Texas Outlaws (indoor) in Midland for 2027 and you're at the top of my li
 st for head coach. Let's have lunch at Rosa's on 4th and talk money\, staf
 f and how we'd build a roster. - Ray Castañeda\, owner
LOCATION:Rosa's Cafe\, 4th St\, Lubbock
ORGANIZER;CN=Ray Castaneda:mailto:raycastaneda_midland@yahoo.com
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "20260211T034500Z-77281@calendar.yahoo.com", 1, "West Texas Outlaws", "head coach", "",
        "raycastaneda_midland@yahoo.com", "founder-owner-free-mail-lunch-interview"),
]
