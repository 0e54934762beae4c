"""holdout228 events, part F2: the shop's everyday calendar and Mathieu's personal life (negatives). (continued)"""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import ev

EVENTS = []

_EX = r"""BEGIN:VCALENDAR
METHOD:%s
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""

EVENTS.append(ev("notaire", "7C6B5A49-3827-4160-9F8E-7D6C5B4A3928", 0, "personal-notary-appointment",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250308T141100Z
DTEND:20250321T170000
DTSTAMP:20250308T141122Z
DTSTART:20250321T160000
LAST-MODIFIED:20250308T141122Z
LOCATION:Me Gosselin notaire\, 1er ave Limoilou
DESCRIPTION:signature testaments + mandats de protection avec Julie
SEQUENCE:0
SUMMARY:Notaire
UID:7C6B5A49-3827-4160-9F8E-7D6C5B4A3928
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("etude-ulaval", "zoom-ulaval-91544203318@zoom.us", 0, "university-research-interview-paid",
    r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250314T132200Z
DTSTART:20250319T233000Z
DTEND:20250320T003000Z
SUMMARY:Entrevue de recherche - Étude sur la rétention des mécanicien·ne·s
  de véhicules lourds
UID:zoom-ulaval-91544203318@zoom.us
DESCRIPTION:Merci de participer à notre étude (Département des relations i
 ndustrielles\, Université Laval). L'entretien semi-dirigé dure environ 60
  minutes et sera enregistré avec votre consentement. Une compensation de 
 40 $ vous sera remise.\n\nRejoindre la réunion Zoom\nhttps://ulaval.zoom
 .us/j/91544203318\nID de réunion : 915 4420 3318\n\nÉmilie Gravel\, docto
 rante
ORGANIZER;CN=Émilie Gravel:mailto:emilie.gravel.3@ulaval.ca
LOCATION:https://ulaval.zoom.us/j/91544203318
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("salon-emploi", "s4l0n-3mpl01-qc@google.com", 0, "careers-fair-as-job-seeker",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250215T150000Z
DTEND:20250215T190000Z
DTSTAMP:20250206T031140Z
UID:s4l0n-3mpl01-qc@google.com
CREATED:20250206T031122Z
DESCRIPTION:Salon de l'emploi de Québec. kiosques à voir : RTC\, Ville de Q
 c\, Hydro\, Sysco\, transporteurs. 20 copies CV\, cartes. Stationnement E
 xpoCité
LOCATION:Centre de foires de Québec\, 250 boul. Wilfrid-Hamel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Salon emploi Qc
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("entrevue-depart", "040000008200E00074C5B7101A82E0080000000082930A4B5D8DDB01000000000000000010000000F0F1F2F3E0E1E2E3D0D1D2D3C0C1C2C3", 0,
    "own-exit-interview-current-employer", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Labbé, Marie-Josée":mailto:mjlabbe@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\nComme tu nous quittes le 6 ju
 in\, j'aimerais faire l'entrevue de départ avec toi (30 min\, confidentie
 l). On réglera aussi le retour du téléphone\, des clés et de la carte d'a
 ccès.\nMJ\n
UID:040000008200E00074C5B7101A82E0080000000082930A4B5D8DDB01000000000000000
 010000000F0F1F2F3E0E1E2E3D0D1D2D3C0C1C2C3
SUMMARY;LANGUAGE=fr-CA:Entrevue de départ - Mathieu Bouchard
DTSTART:20250604T190000Z
DTEND:20250604T193000Z
DTSTAMP:20250526T150112Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau RH
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("schulung-bremsen", "kb-academy-webinar-2025-0423-fr", 0, "german-supplier-brake-training-webinar",
    r"""BEGIN:VCALENDAR
PRODID:-//Knorr-Bremse//KB Academy//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:kb-academy-webinar-2025-0423-fr
DTSTAMP:20250402T080000Z
DTSTART:20250423T140000Z
DTEND:20250423T160000Z
SUMMARY:Schulung / Formation : Bremsdiagnose EBS mit NEO | Diagnostic frei
 ns EBS – Webinar (FR)
DESCRIPTION:Vielen Dank für Ihre Anmeldung / Merci pour votre inscription.
 \nKnorr-Bremse Academy – Nordamerika\nSprache / Langue : Français\nTeilneh
 mer : Mathieu Bouchard\, Camions Laurentides inc.\nLink: https://knorr-bre
 mse.webex.com/knorr-bremse/j.php?MTID=m77b1c2d3e4f5\n
LOCATION:Webex
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("visite-client", "040000008200E00074C5B7101A82E00800000000930A1B2C6E8EDB01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878", 0,
    "client-fleet-review-looks-like-employer", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gilles Lessard
 :mailto:glessard@transportslessard.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paquet, S
 teve":mailto:spaquet@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Bilan annuel du contrat d'entretien : PEP de l
 eurs 32 tracteurs\, taux de disponibilité\, 3 bris DEF en hiver\, propos
 ition pour les vérifs mécaniques SAAQ au garage. Rencontre chez eux.\n
UID:040000008200E00074C5B7101A82E00800000000930A1B2C6E8EDB01000000000000000
 010000000ABAB1212CDCD3434EFEF5656ABAB7878
SUMMARY;LANGUAGE=fr-CA:Rencontre Transports Lessard - bilan flotte 2024
DTSTART:20250305T140000Z
DTEND:20250305T153000Z
DTSTAMP:20250226T160044Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Transports Lessard\, Saint-Henri-de-Lévis
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("entretien-thermopompe", "t7h8e9r0-m1o2-4p3a-b5c6-d7e8f9a0b1c2@mathieu", 0, "entretien-means-maintenance-home",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250509T120000Z
DTEND:20250509T140000Z
DTSTAMP:20250425T013301Z
UID:t7h8e9r0-m1o2-4p3a-b5c6-d7e8f9a0b1c2@mathieu
CREATED:20250425T013240Z
DESCRIPTION:Climatisation Roy - entretien annuel thermopompe. Julie est à 
 la maison
LOCATION:Maison
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien annuel thermopompe
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("examen-conduite", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", 0, "daughter-saaq-road-test-test-pratique",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250428T234010Z
DTEND:20250515T110000
DTSTAMP:20250428T234033Z
DTSTART:20250515T100000
LAST-MODIFIED:20250428T234033Z
LOCATION:SAAQ Charlesbourg
DESCRIPTION:test pratique permis Léa !! prendre l'auto de Julie (pas le pi
 ckup). arriver 20 min avant
SEQUENCE:0
SUMMARY:Léa - test pratique SAAQ
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("desjardins", "d3sj4rd1n5-r33r@google.com", 0, "personal-bank-advisor",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T230000Z
DTEND:20250221T000000Z
DTSTAMP:20250213T144501Z
ORGANIZER;CN=Caisse Desjardins de Charlesbourg:mailto:rendezvous@desjardin
 s.com
UID:d3sj4rd1n5-r33r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=mathieu.bouchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videot
 ron.ca
DESCRIPTION:Rencontre avec votre conseillère en finances personnelles\, Mm
 e Lise Gingras. Sujet : REER / CELI et projet de changement d'emploi (RRE
 de l'employeur). En succursale.
LOCATION:Caisse Desjardins de Charlesbourg\, 155 76e Rue Est
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rendez-vous Desjardins - conseillère
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("examen-vue", "2C3D4E5F-6A7B-4C8D-9E0F-1A2B3C4D5E6F", 0, "personal-eye-exam-examen-word",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T180001Z
DTEND:20250412T101500
DTSTAMP:20250402T180020Z
DTSTART:20250412T093000
LAST-MODIFIED:20250402T180020Z
LOCATION:Opto-Réseau Galeries Charlesbourg
DESCRIPTION:examen de la vue + lunettes de sécurité avec prescription (form
 ulaire Camions L.)
SEQUENCE:0
SUMMARY:Examen de la vue
UID:2C3D4E5F-6A7B-4C8D-9E0F-1A2B3C4D5E6F
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("verif-mecanique", "040000008200E00074C5B7101A82E00800000000A41B2C3D7F8FDB01000000000000000010000000ACE0ACE0BED0BED0CAB0CAB0DAD0DAD0", 0,
    "shop-saaq-inspection-client-truck", _EX % "REQUEST" + r"""BEGIN:VEVENT
ORGANIZER;CN="Service - Rendez-vous":mailto:service@camionslaurentides.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard,
  Mathieu":mailto:mbouchard@camionslaurentides.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Atelier - Baie 
 2 (fosse)":mailto:baie2@camionslaurentides.ca
DESCRIPTION;LANGUAGE=fr-CA:Vérification mécanique SAAQ – unité 4417 (Trans
 port Gagné) – International LT 2019. Bon de travail 88213. Client attend s
 ur place. Vérif freins + éclairage + direction.\n
UID:040000008200E00074C5B7101A82E00800000000A41B2C3D7F8FDB01000000000000000
 010000000ACE0ACE0BED0BED0CAB0CAB0DAD0DAD0
SUMMARY;LANGUAGE=fr-CA:Vérif méca SAAQ - #4417 Transport Gagné
DTSTART;TZID=America/Toronto:20250422T073000
DTEND;TZID=America/Toronto:20250422T093000
DTSTAMP:20250416T190322Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Atelier - Baie 2 (fosse)
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("webinar-transmission", "allison-gotowebinar-4471230089", 0, "english-supplier-webinar-gotowebinar",
    r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:allison-gotowebinar-4471230089
DTSTAMP:20250128T170000Z
DTSTART:20250206T190000Z
DTEND:20250206T200000Z
SUMMARY:Allison Transmission - FuelSense 2.0 & Prognostics for Service Tech
 nicians
DESCRIPTION:Hi Mathieu\,\n\nThank you for registering for "FuelSense 2.0 &
  Prognostics for Service Technicians".\n\nPlease send your questions\, co
 mments and feedback to: service.training@allisontransmission.com\n\nJoin 
 webinar: https://attendee.gotowebinar.com/join/4471230089/mb8812\n\nYou c
 an also dial in using your phone.\nCanada: +1 (647) 497-9373\nAccess Code
 : 559-118-204
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
"""))
