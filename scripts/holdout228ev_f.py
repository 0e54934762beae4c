"""holdout228 events, part F: the shop's everyday calendar and Mathieu's personal life (negatives)."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_APPLE, TOR_GOOGLE, ev

EVENTS = []

_EX = r"""BEGIN:VCALENDAR
METHOD:%s
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""

EVENTS.append(ev("evaluation-annuelle", "040000008200E00074C5B7101A82E008000000005F607182C28ADB01000000000000000010000000A1A2A3A4B1B2B3B4C1C2C3C4D1D2D3D4", 0,
    "own-annual-appraisal-current-employer", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Paquet, Steve":mailto:spaquet@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Mathieu\, on fait ton évaluation annuelle 2024. 
 Remplis ton autoévaluation avant (formulaire RH)\, on va parler objectifs 
 atelier 2025 (taux de retour\, heures facturables\, formation des apprent
 is) pis ta révision salariale.\n
UID:040000008200E00074C5B7101A82E008000000005F607182C28ADB01000000000000000
 010000000A1A2A3A4B1B2B3B4C1C2C3C4D1D2D3D4
SUMMARY;LANGUAGE=fr-CA:Évaluation annuelle - Mathieu B.
DTSTART:20250211T200000Z
DTEND:20250211T210000Z
DTSTAMP:20250203T183004Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau de Steve
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("entrevue-radio", "m1n3b5v7c9x0z2l4k6j8@google.com", 0, "press-radio-interview-mechanic-shortage",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250221T122000Z
DTEND:20250221T123500Z
DTSTAMP:20250220T195503Z
ORGANIZER;CN=Audrey Simard:mailto:audrey.simard@radio-canada.ca
UID:m1n3b5v7c9x0z2l4k6j8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=mbouchard@camionslaurentides.ca;X-NUM-GUESTS=0:mailto:mbouchard@camion
 slaurentides.ca
CREATED:20250220T195459Z
DESCRIPTION:Entrevue en direct à Première heure (ICI Première Québec) sur l
 a pénurie de mécaniciens de véhicules lourds. Environ 7 minutes. On vous a
 ppelle sur la ligne de l'atelier à 7 h 15\, ondes à 7 h 20. Merci!\nAudre
 y Simard\, recherchiste
LAST-MODIFIED:20250220T195503Z
LOCATION:Téléphone - 418 555-0100 poste 231
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue radio - pénurie de mécanos (Première heure)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("formation-moteur", "cummins-trn-QC-2025-0313-MB", 0, "supplier-training-new-engine",
    r"""BEGIN:VCALENDAR
PRODID:-//Cummins Inc//Service Training//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:cummins-trn-QC-2025-0313-MB
DTSTAMP:20250220T141212Z
DTSTART;VALUE=DATE:20250313
DTEND;VALUE=DATE:20250315
SUMMARY:Formation Cummins X15 (2024+) / X15 Engine Service Training - niv
 eau 2
DESCRIPTION:Inscription confirmée : Mathieu Bouchard (Camions Laurentides)
 \nHoraire : 8 h – 16 h 30\, 2 jours\nContenu : nouvelle génération X15\, 
 post-traitement (DPF/SCR/DEF)\, INSITE\, calibrations.\nDîner fourni.\n\n
 Cummins Est du Canada – Formation service
LOCATION:Cummins Québec\, 580 rue Graham-Bell\, Québec
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("rencontre-equipe", "040000008200E00074C5B7101A82E00800000000607182930B8BDB01000000000000000010000000E1E2E3E4F1F2F3F4A5A6A7A8B5B6B7B8", 0,
    "weekly-team-meeting-recurring-override", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Atelier - 
 Mécaniciens jour:mailto:atelier-jour@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Rencontre d'équipe du lundi : sécurité (5 min)
 \, bons de travail en retard\, trucks en attente de pièces\, retours garan
 tie\, horaire de la semaine.\n
RRULE:FREQ=WEEKLY;BYDAY=MO
UID:040000008200E00074C5B7101A82E00800000000607182930B8BDB01000000000000000
 010000000E1E2E3E4F1F2F3F4A5A6A7A8B5B6B7B8
SUMMARY;LANGUAGE=fr-CA:Rencontre d'équipe atelier
DTSTART;TZID=America/Toronto:20250106T063000
DTEND;TZID=America/Toronto:20250106T065000
DTSTAMP:20250102T120301Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle de break atelier
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Atelier - 
 Mécaniciens jour:mailto:atelier-jour@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Spécial : présentation du nouveau rep Cummins + 
 rappel campagne de rappel freins (unités 2022).\n
RECURRENCE-ID;TZID=America/Toronto:20250310T063000
UID:040000008200E00074C5B7101A82E00800000000607182930B8BDB01000000000000000
 010000000E1E2E3E4F1F2F3F4A5A6A7A8B5B6B7B8
SUMMARY;LANGUAGE=fr-CA:Rencontre d'équipe atelier (+ Cummins)
DTSTART;TZID=America/Toronto:20250310T063000
DTEND;TZID=America/Toronto:20250310T071500
DTSTAMP:20250305T143010Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Salle de break atelier
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("visite-cnesst", "040000008200E00074C5B7101A82E00800000000718293A41C8CDB01000000000000000010000000C9C8C7C6B9B8B7B6A9A8A7A6D9D8D7D6", 0,
    "workplace-safety-inspector-visit", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cloutier, Ric
 hard":mailto:rcloutier@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Visite de l'inspecteur CNESST (M. Pouliot) suit
 e à l'incident du lift baie 3 (janvier). Il va vouloir voir le registre d
 'inspection des lifts\, la fiche de cadenassage et parler avec le chef d'a
 telier et le travailleur. Mathieu : prépare les documents.\n
UID:040000008200E00074C5B7101A82E00800000000718293A41C8CDB01000000000000000
 010000000C9C8C7C6B9B8B7B6A9A8A7A6D9D8D7D6
SUMMARY;LANGUAGE=fr-CA:CNESST - visite inspecteur (lift baie 3)
DTSTART:20250218T143000Z
DTEND:20250218T163000Z
DTSTAMP:20250212T203412Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Atelier
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("cours-saaq", "3D4E5F60-7182-4A93-B4C5-D6E7F8091A2B", 0, "saaq-inspection-course-not-interview",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250115T021133Z
DTEND;VALUE=DATE:20250225
DTSTAMP:20250115T021150Z
DTSTART;VALUE=DATE:20250224
LAST-MODIFIED:20250115T021150Z
LOCATION:SAAQ - centre de formation\, Québec
DESCRIPTION:Cours SAAQ vérification mécanique VL (mandataire) - mise à jou
 r normes 2025. examen à la fin (attestation). payé par Camions L.
SEQUENCE:0
SUMMARY:Cours SAAQ vérif méca
UID:3D4E5F60-7182-4A93-B4C5-D6E7F8091A2B
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("hockey-lea", "h0ck3y-lea-2025@google.com", 0, "personal-daughter-hockey-recurring",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille
X-WR-TIMEZONE:America/Toronto
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250111T081500
DTEND;TZID=America/Toronto:20250111T093000
RRULE:FREQ=WEEKLY;UNTIL=20250329T045959Z;BYDAY=SA
EXDATE;TZID=America/Toronto:20250301T081500
DTSTAMP:20250105T220144Z
UID:h0ck3y-lea-2025@google.com
CREATED:20250105T220112Z
DESCRIPTION:Hockey Léa - M15 B. Arriver 30 min avant. Mon tour de lift le
 s 2e samedis
LAST-MODIFIED:20250105T220144Z
LOCATION:Aréna Bardy\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hockey Léa 🏒
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])))

EVENTS.append(ev("clsc", "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", 0, "personal-clsc-blood-test",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T002201Z
DTEND:20250128T071500
DTSTAMP:20250120T002223Z
DTSTART:20250128T065000
LAST-MODIFIED:20250120T002223Z
LOCATION:CLSC Haute-Ville
DESCRIPTION:prise de sang à jeun (bilan lipidique). carte soleil
SEQUENCE:0
SUMMARY:CLSC prise de sang
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("pneus-pickup", "0A1B2C3D-4E5F-4607-8819-2A3B4C5D6E7F", 0, "personal-own-pickup-garage",
    TOR_APPLE.join([r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
""", r"""BEGIN:VEVENT
CREATED:20250410T121003Z
DTEND;TZID=America/Toronto:20250426T090000
DTSTAMP:20250410T121040Z
DTSTART;TZID=America/Toronto:20250426T080000
LAST-MODIFIED:20250410T121040Z
LOCATION:Garage Pelletier & fils\, Val-Bélair
DESCRIPTION:pneus d'été F-150 + check freins arrière (bruit). leur dire que
  je fais le changement d'huile moi-même
SEQUENCE:0
SUMMARY:Pneus pickup
UID:0A1B2C3D-4E5F-4607-8819-2A3B4C5D6E7F
END:VEVENT
END:VCALENDAR
"""]), crlf=False))

EVENTS.append(ev("cabane-a-sucre", "c4b4n3-5ucr3-2025@google.com", 0, "personal-sugar-shack-all-day",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250329
DTEND;VALUE=DATE:20250330
DTSTAMP:20250302T151021Z
UID:c4b4n3-5ucr3-2025@google.com
CREATED:20250302T151003Z
DESCRIPTION:Cabane à sucre avec la gang du garage + familles. Réservé pour 
 11 adultes 4 enfants\, dîner 11h30. Apporter argent comptant pour la tire
LAST-MODIFIED:20250302T151021Z
LOCATION:Érablière du Cap\, Lévis
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cabane à sucre 🍁
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))
