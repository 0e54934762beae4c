"""holdout228 events, part E2: Mathieu on the hiring side at Camions Laurentides (all negatives). (continued)"""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_GOOGLE, ev

EVENTS = []

_EX = r"""BEGIN:VCALENDAR
METHOD:%s
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""

EVENTS.append(ev("appel-indeed", "8A9B0C1D-2E3F-4A5B-9C6D-7E8F9A0B1C2D", 0, "user-as-interviewer-phone-screen-typed",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T120545Z
DTEND:20250318T130000
DTSTAMP:20250318T120610Z
DTSTART:20250318T124500
LAST-MODIFIED:20250318T120610Z
DESCRIPTION:candidat Indeed mécano classe 1 - Marc-Olivier Roy 418-555-0
 199. questions: carte compétence? soirs? expérience Cummins/Detroit? sala
 ire visé
SEQUENCE:0
SUMMARY:appel candidat Indeed (M-O Roy)
UID:8A9B0C1D-2E3F-4A5B-9C6D-7E8F9A0B1C2D
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("teams-candidat", "040000008200E00074C5B7101A82E00800000000F8A9BACBDC84DB01000000000000000010000000AAAA0000BBBB1111CCCC2222DDDD3333", 0,
    "user-as-interviewer-teams-remote-candidate-free-mail", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mdube.rimo
 uski@gmail.com:mailto:mdube.rimouski@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paquet, S
 teve":mailto:spaquet@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Maxime\,\nVoici le lien Teams pour notre
  entrevue (poste de mécanicien VL\, quart de jour). Prévois 45 min.\nMathi
 eu Bouchard\nChef d'atelier – Camions Laurentides inc.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE5ZjM3NGUtMDA4Ni00NTJhLWJjMWMtOTg3NzE0NTBmYTA0%40thread.v2/0\nID de réunion : 231 876 004 512\nCode secret : b7Wq4K\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F8A9BACBDC84DB01000000000000000
 010000000AAAA0000BBBB1111CCCC2222DDDD3333
SUMMARY;LANGUAGE=fr-CA:Entrevue Teams - Maxime Dubé (Rimouski)
DTSTART:20250325T170000Z
DTEND:20250325T174500Z
DTSTAMP:20250321T131408Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("references-candidat", "040000008200E00074C5B7101A82E008000000000A1B2C3DED85DB01000000000000000010000000EEEE4444FFFF5555AAAA6666BBBB7777", 0,
    "user-as-interviewer-reference-check-caller", _EX % "PUBLISH" + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:appeler les 2 références de Maxime Dubé : Garag
 e Lebel Rimouski (Gino) 418-555-0123 + ancien contremaître Kenworth Bas-St
 -Laurent. Formulaire vérif références RH.
UID:040000008200E00074C5B7101A82E008000000000A1B2C3DED85DB01000000000000000
 010000000EEEE4444FFFF5555AAAA6666BBBB7777
SUMMARY;LANGUAGE=fr-CA:Références - M. Dubé
DTSTART:20250327T180000Z
DTEND:20250327T183000Z
DTSTAMP:20250326T122201Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("kiosque-cfp", "k1l2m3n4o5p6q7r8s9t0@google.com", 0, "user-as-interviewer-job-fair-booth-recruiting",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250403
DTEND;VALUE=DATE:20250404
DTSTAMP:20250314T142008Z
ORGANIZER;CN=Marie-Josée Labbé:mailto:mjlabbe@camionslaurentides.ca
UID:k1l2m3n4o5p6q7r8s9t0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mbouchard@camionslaurentides.ca;X-NUM-GUESTS=0:mailto:mbouchard@ca
 mionslaurentides.ca
CREATED:20250314T142001Z
DESCRIPTION:Journée carrière du CFP Wilbrod-Bherer. On tient le kiosque Ca
 mions Laurentides (table 14). Mathieu : entrevues éclair avec les finissan
 ts DEP Mécanique de véhicules lourds\, on ramasse les CV pour les postes d
 'apprentis de l'été. Apporter les grilles courtes + t-shirts.
LAST-MODIFIED:20250314T142008Z
LOCATION:CFP Wilbrod-Bherer\, 1255 boul. Charest Ouest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée carrière CFP - kiosque CL
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("evaluation-a-completer", "bamboohr-ats-fb-55120-mb", 0, "user-as-interviewer-ats-scorecard-reminder",
    r"""BEGIN:VCALENDAR
PRODID:-//BambooHR//Hiring//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bamboohr-ats-fb-55120-mb
DTSTAMP:20250404T110000Z
DTSTART:20250407T130000Z
DTEND:20250407T131500Z
SUMMARY:Rappel : évaluation à compléter – Technicien(ne) véhicules lourds 
 – candidat·e : Jessica Bélanger
DESCRIPTION:Mathieu\, vous faites partie de l'équipe d'embauche pour ce po
 ste. Veuillez soumettre votre évaluation du candidat dans BambooHR d'ici 
 la fin de la journée.\nhttps://camionslaurentides.bamboohr.com/hiring/can
 didates/55120
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("trousse-entrevue", "040000008200E00074C5B7101A82E008000000001B2C3D4EFE86DB01000000000000000010000000CCCC8888DDDD9999EEEE0000FFFF1111", 0,
    "user-as-interviewer-interview-kit-prep", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Mathieu\, voici la trousse d'entrevue pour les 
 mécaniciens classe 1 (questions comportementales + questions techniques 
 + grille de cotation). Bloque 30 min pour la lire et me dire si tu veux c
 hanger des questions techniques avant les entrevues de la semaine prochai
 ne.\nMJ\n
UID:040000008200E00074C5B7101A82E008000000001B2C3D4EFE86DB01000000000000000
 010000000CCCC8888DDDD9999EEEE0000FFFF1111
SUMMARY;LANGUAGE=fr-CA:Trousse d'entrevue - mécanicien classe 1 (à réviser)
DTSTART:20250408T180000Z
DTEND:20250408T183000Z
DTSTAMP:20250404T150122Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("deuxieme-rencontre", "040000008200E00074C5B7101A82E008000000002C3D4E5F0F87DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789", 0,
    "user-as-interviewer-second-round-panel-with-dg", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Cloutier, Richard":mailto:rcloutier@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Paquet, Steve
 ":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jess.belanger
 88@hotmail.com:mailto:jess.belanger88@hotmail.com
DESCRIPTION;LANGUAGE=fr-CA:2e rencontre avec Jessica pour le poste de tech
 nicienne véhicules lourds. Steve et Mathieu restent pour la partie atelier.
 \n
UID:040000008200E00074C5B7101A82E008000000002C3D4E5F0F87DB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-CA:2e rencontre - J. Bélanger
DTSTART;TZID=America/Toronto:20250410T140000
DTEND;TZID=America/Toronto:20250410T150000
DTSTAMP:20250407T173402Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau de Richard
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("visite-candidat", "v2w4x6y8z0a1b3c5d7e9@google.com", 0, "user-as-interviewer-hosts-shop-tour-for-retained-candidate",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250417T153000
DTEND;TZID=America/Toronto:20250417T163000
DTSTAMP:20250414T121517Z
ORGANIZER;CN=mbouchard@camionslaurentides.ca:mailto:mbouchard@camionslaure
 ntides.ca
UID:v2w4x6y8z0a1b3c5d7e9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=danymorin.diesel@gmail.com;X-NUM-GUESTS=0:mailto:danymorin.diesel@gmai
 l.com
CREATED:20250414T121510Z
DESCRIPTION:Dany\, tel que discuté\, je te fais visiter l'atelier et te pr
 ésente l'équipe de jour avant que Marie-Josée te fasse parvenir l'offre. 
 Passe par la porte du service.\nMathieu
LAST-MODIFIED:20250414T121517Z
LOCATION:Camions Laurentides\, 2300 boul. Wilfrid-Hamel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite de l'atelier - Dany Morin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""]), ))

EVENTS.append(ev("bloc-entrevues", "040000008200E00074C5B7101A82E008000000003D4E5F60A088DB01000000000000000010000000BEEFBEEF1111CAFE2222F00D3333D00D", 0,
    "user-as-interviewer-recurring-block-with-override", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bouchard, Ma
 thieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Paquet, Steve
 ":mailto:spaquet@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bloc réservé pour les entrevues des apprentis d
 'été (je vous envoie les noms la veille). Embauche printemps 2025.\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
UID:040000008200E00074C5B7101A82E008000000003D4E5F60A088DB01000000000000000
 010000000BEEFBEEF1111CAFE2222F00D3333D00D
SUMMARY;LANGUAGE=fr-CA:Entrevues apprentis été (bloc)
DTSTART;TZID=America/Toronto:20250422T130000
DTEND;TZID=America/Toronto:20250422T150000
DTSTAMP:20250415T123001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau du service
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bouchard, Ma
 thieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Déplacé au jeudi cette semaine (formation Cummi
 ns mardi). 2 candidats : L. Giroux 13h\, A. Bernier 14h.\n
RECURRENCE-ID;TZID=America/Toronto:20250506T130000
UID:040000008200E00074C5B7101A82E008000000003D4E5F60A088DB01000000000000000
 010000000BEEFBEEF1111CAFE2222F00D3333D00D
SUMMARY;LANGUAGE=fr-CA:Entrevues apprentis été (bloc)
DTSTART;TZID=America/Toronto:20250508T130000
DTEND;TZID=America/Toronto:20250508T150000
DTSTAMP:20250502T100455Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Bureau du service
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("surveillance-test", "040000008200E00074C5B7101A82E008000000004E5F6071B189DB01000000000000000010000000D00DFEED4444BEAD5555FADE6666CAFE", 0,
    "user-as-interviewer-proctors-written-test", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CL - Salle de form
 ation":mailto:salleformation@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Test écrit de connaissances (45 min) pour les 5
  candidats apprentis retenus. Mathieu surveille et corrige la partie méca
 (corrigé dans l'enveloppe). Je m'occupe de l'accueil.\n
UID:040000008200E00074C5B7101A82E008000000004E5F6071B189DB01000000000000000
 010000000D00DFEED4444BEAD5555FADE6666CAFE
SUMMARY;LANGUAGE=fr-CA:Test écrit apprentis - surveillance
DTSTART:20250424T220000Z
DTEND:20250424T231500Z
DTSTAMP:20250417T141112Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:CL - Salle de formation
END:VEVENT
END:VCALENDAR
"""))
