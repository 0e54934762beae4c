"""holdout228 events, part E: Mathieu on the hiring side at Camions Laurentides (all negatives)."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import ev

EVENTS = []

_EX = r"""BEGIN:VCALENDAR
METHOD:%s
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""

EVENTS.append(ev("entrevue-apprenti", "040000008200E00074C5B7101A82E00800000000A1B19C7DAF7ADB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56", 0,
    "user-as-interviewer-apprentice-with-service-manager", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Paquet, Steve":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevinroy.m
 eca@hotmail.com:mailto:kevinroy.meca@hotmail.com
DESCRIPTION;LANGUAGE=fr-CA:Kevin Roy – apprenti mécanicien VL (DEP en cour
 s\, CFP Wilbrod-Bherer\, fin juin). Mathieu : tu fais la partie technique 
 (freins\, PEP\, lecture de bons de travail) pis tu remplis la grille. Moi j
 e fais le reste.\n\nSteve\n
UID:040000008200E00074C5B7101A82E00800000000A1B19C7DAF7ADB01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=fr-CA:Entrevue - Kevin Roy (apprenti)
DTSTART:20250129T190000Z
DTEND:20250129T194500Z
DTSTAMP:20250124T142209Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau du service
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("grille-a-remplir", "040000008200E00074C5B7101A82E00800000000C4D37E8F0B7BDB01000000000000000010000000990011AA22BB33CC44DD55EE66FF7788", 0,
    "user-as-interviewer-grille-to-fill-self-reminder", _EX % "PUBLISH" + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:grilles Kevin R.\, Jérémy L.\, Alexis P. -> à en
 voyer à Marie-Josée avant vendredi. cote technique /20\, attitude /10\, di
 spo soir
UID:040000008200E00074C5B7101A82E00800000000C4D37E8F0B7BDB01000000000000000
 010000000990011AA22BB33CC44DD55EE66FF7788
SUMMARY;LANGUAGE=fr-CA:remplir grilles apprentis
DTSTART:20250130T210000Z
DTEND:20250130T213000Z
DTSTAMP:20250129T201544Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("essai-baie", "040000008200E00074C5B7101A82E00800000000E7F0A1B2C37CDB01000000000000000010000000C0FFEE00DEADBEEF0123456789ABCDEF", 0,
    "user-as-interviewer-practical-test-in-own-bay", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Paquet, Steve":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Atelier - Baie 
 6 (lift)":mailto:baie6@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Olivier Tremblay\, candidat mécanicien classe 1
 . Mathieu supervise : ajustement slack adjusters\, test d'étanchéité frein
 s à air\, diag code DEF (unité de courtoisie #T-118). 1 h 30 max. Lunettes
  + bottes pour le candidat\, il signe le registre visiteurs.\n
UID:040000008200E00074C5B7101A82E00800000000E7F0A1B2C37CDB01000000000000000
 010000000C0FFEE00DEADBEEF0123456789ABCDEF
SUMMARY;LANGUAGE=fr-CA:Test pratique - O. Tremblay - baie 6
DTSTART:20250206T133000Z
DTEND:20250206T150000Z
DTSTAMP:20250203T170001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Atelier - Baie 6 (lift)
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("quart-essai", "040000008200E00074C5B7101A82E00800000000F9A1B2C3D47DDB01000000000000000010000000ABABABAB12121212CDCDCDCD34343434", 0,
    "user-as-interviewer-trial-shift-supervised", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paquet, S
 teve":mailto:spaquet@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\nFélix Lachance fera son quart
  d'essai (rémunéré) avec ton équipe. Jumele-le avec Carl sur les PEP. Merc
 i de me donner tes commentaires le lendemain (formulaire dans le dossier R
 H\\Embauche 2025).\nMJ\n
UID:040000008200E00074C5B7101A82E00800000000F9A1B2C3D47DDB01000000000000000
 010000000ABABABAB12121212CDCDCDCD34343434
SUMMARY;LANGUAGE=fr-CA:Quart d'essai - Félix Lachance (soir)
DTSTART;TZID=America/Toronto:20250212T150000
DTEND;TZID=America/Toronto:20250212T233000
DTSTAMP:20250207T152411Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Atelier
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("reponse-acceptee", "040000008200E00074C5B7101A82E00800000000A2B3C4D5E67EDB01000000000000000010000000DEDEDEDE56565656EFEFEFEF78787878", 0,
    "user-as-interviewer-candidate-accepted-reply", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250220T153000Z
DTEND:20250220T161500Z
DTSTAMP:20250214T230233Z
ORGANIZER;CN=Bouchard\, Mathieu:mailto:mbouchard@camionslaurentides.ca
UID:040000008200E00074C5B7101A82E00800000000A2B3C4D5E67EDB01000000000000000
 010000000DEDEDEDE56565656EFEFEFEF78787878
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jérémy
  Lavoie;X-NUM-GUESTS=0:mailto:jeremy.lavoie93@gmail.com
COMMENT:Merci\, je vais être là. Est-ce que je dois amener mon coffre à out
 ils?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entrevue - technicien diesel classe 1
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("candidat-agence", "040000008200E00074C5B7101A82E00800000000B3C4D5E6F77FDB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8", 0,
    "user-as-interviewer-agency-presents-candidate", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Morissette, Karine":mailto:karine.morissette@randstad.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paquet, S
 teve":mailto:spaquet@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nComme convenu\, je vous pr
 ésente notre candidat pour votre poste de mécanicien de véhicules lourds (
 réf. 4471) : Rodrigo Alvarez\, 12 ans d'expérience (Mexique + 3 ans au Qu
 ébec)\, carte de compétence en cours. CV en pièce jointe. Il sera à l'ate
 lier à l'heure indiquée pour une rencontre de 45 min avec vous.\n\nKarine 
 Morissette\nConseillère principale\, Randstad – Industriel\, Québec\n
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F77FDB01000000000000000
 010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=fr-CA:Rencontre candidat Randstad – R. Alvarez (méc. VL)
DTSTART:20250304T140000Z
DTEND:20250304T144500Z
DTSTAMP:20250227T193012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Camions Laurentides - réception service
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("retour-candidats", "040000008200E00074C5B7101A82E00800000000C5D6E7F8A981DB01000000000000000010000000E1E1E1E1F2F2F2F2A3A3A3A3B4B4B4B4", 0,
    "user-as-interviewer-debrief-after-interviews", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Paquet, Steve
 ":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Retour sur les 4 candidats rencontrés pour le p
 oste de technicien PDI/préparation. Apportez vos grilles. Décision + qui o
 n appelle pour l'offre.\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A981DB01000000000000000
 010000000E1E1E1E1F2F2F2F2A3A3A3A3B4B4B4B4
SUMMARY;LANGUAGE=fr-CA:Retour candidats - technicien PDI
DTSTART;TZID=America/Toronto:20250307T130000
DTEND;TZID=America/Toronto:20250307T133000
DTSTAMP:20250305T124501Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle de conférence
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("calendly-hote", "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", 0, "user-as-interviewer-calendly-host-apprentice-calls",
    r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f
DTSTAMP:20250310T011934Z
DTSTART:20250311T161500Z
DTEND:20250311T163000Z
SUMMARY:Appel 15 min - Poste apprenti (atelier Camions Laurentides) entre 
 Mathieu Bouchard et William Gosselin
ORGANIZER;CN=Mathieu Bouchard:mailto:mbouchard@camionslaurentides.ca
ATTENDEE;CN=William Gosselin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:willgos
 selin2006@gmail.com
DESCRIPTION:Type d'événement : Appel 15 min - Poste apprenti (atelier Cami
 ons Laurentides)\n\nPlanifié par : William Gosselin\n\nRéponses :\nDEP ter
 miné ? : en juin\nPermis classe 3 ? : non\, classe 5\nTéléphone : 581-555-
 0144\n\nPour annuler : https://calendly.com/cancellations/c3d4e5f6
LOCATION:581-555-0144
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("note-rappel", "E0F1A2B3-C4D5-4E6F-8091-A2B3C4D5E6F7", 0, "user-as-interviewer-typed-callback-note",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250312T173011Z
DTEND:20250313T071500
DTSTAMP:20250312T173030Z
DTSTART:20250313T070000
LAST-MODIFIED:20250312T173030Z
DESCRIPTION:rappeler William G. (apprenti) + Alvarez (Randstad) -> Steve v
 eut offre au 1er des 2. William bon attitude\, faible en élec. Alvarez for
 t mais carte pas encore
SEQUENCE:0
SUMMARY:rappeler candidats atelier
UID:E0F1A2B3-C4D5-4E6F-8091-A2B3C4D5E6F7
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("comite-interne", "040000008200E00074C5B7101A82E00800000000D6E7F8A9BA82DB01000000000000000010000000FACEFACE0BAD0BAD0D00D00D1CE1CE11", 0,
    "user-as-interviewer-internal-selection-committee", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cloutier, Ric
 hard":mailto:rcloutier@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Paquet, Steve
 ":mailto:spaquet@camionslaurentides.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CL - Salle du conse
 il":mailto:salleconseil@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité de sélection – chef d'équipe\, quart de n
 uit (affichage interne CL-2025-03).\n3 candidats internes : 8h30 Carl Beau
 doin\, 9h30 Yan Fournier\, 10h30 Patrice Nolin.\nMathieu : questions tech
 niques + mise en situation (bris sur la route\, 2 gars absents).\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9BA82DB01000000000000000
 010000000FACEFACE0BAD0BAD0D00D00D1CE1CE11
SUMMARY;LANGUAGE=fr-CA:Comité de sélection - chef d'équipe nuit
DTSTART:20250320T123000Z
DTEND:20250320T154500Z
DTSTAMP:20250313T190213Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:CL - Salle du conseil
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("jumelage", "040000008200E00074C5B7101A82E00800000000E7F8A9BACB83DB01000000000000000010000000B00B1E5B00B1E5B00B1E5B00B1E5B00B", 0,
    "user-as-interviewer-candidate-shadows-user", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Paquet, Steve":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=samuel.be
 aulieu@outlook.com:mailto:samuel.beaulieu@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:Samuel suit Mathieu une demi-journée avant qu'on
  lui fasse une offre (contremaître adjoint). Montre-lui la répartition du 
 matin\, le suivi des bons de travail dans le DMS\, la réunion de 7h. Tu me
  dis ce que t'en penses.\n
UID:040000008200E00074C5B7101A82E00800000000E7F8A9BACB83DB01000000000000000
 010000000B00B1E5B00B1E5B00B1E5B00B1E5B00B
SUMMARY;LANGUAGE=fr-CA:Jumelage - Samuel Beaulieu avec Mathieu
DTSTART;TZID=America/Toronto:20250401T063000
DTEND;TZID=America/Toronto:20250401T113000
DTSTAMP:20250326T145522Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Atelier - bureau des contremaîtres
END:VEVENT
END:VCALENDAR
"""))
