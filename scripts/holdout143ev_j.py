"""holdout143: look-alikes around the search itself (not interviews)."""

from holdout143ev_common import no

EVENTS = []

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ferland, Marco":mailto:m.ferland@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ricard, Nanc
 y":mailto:n.ricard@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Olivier\, on fait ton entretien annuel : retour
  sur tes objectifs 2024 (food cost\, formation des commis)\, objectifs 20
 25 et ton plan de développement. Remplis ton autoévaluation dans le form
 ulaire avant.\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB010000000000000
 00010000000123456789ABCDEF0123456789ABCDEF0
SUMMARY;LANGUAGE=fr-CA:Entretien annuel – Olivier Bélanger
DTSTART;TZID=Eastern Standard Time:20250206T140000
DTEND;TZID=Eastern Standard Time:20250206T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T151100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau Marco – Atwater
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0",
    "own-annual-review-entretien-annuel-current-employer"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Ricard, Nancy":mailto:n.ricard@maison-lachine.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger
 , Olivier":mailto:o.belanger@maison-lachine.ca
DESCRIPTION;LANGUAGE=fr-CA:Olivier\, comme pour tous les départs\, je te p
 ropose une entrevue de départ (20-30 min\, confidentielle). On fera aussi
  le retour des clés\, de la carte d'accès et de tes vestes.\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB010000000000000
 00010000000FEDCBA9876543210FEDCBA9876543211
SUMMARY;LANGUAGE=fr-CA:Entrevue de départ – O. Bélanger
DTSTART;TZID=Eastern Standard Time:20250613T150000
DTEND;TZID=Eastern Standard Time:20250613T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T134401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau RH – siège (Lachine)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543211",
    "own-exit-interview-entrevue-de-depart"))

EVENTS.append(no("zoom", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/Montreal
LAST-MODIFIED:20240101T000000Z
BEGIN:STANDARD
DTSTART:19701101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250205T011022Z
DTSTART;TZID=America/Montreal:20250208T100000
DTEND;TZID=America/Montreal:20250208T110000
SUMMARY:Simulation d'entrevue – Olivier / Catherine
UID:ZOOM87719904522
TZID:America/Montreal
DESCRIPTION:Catherine Poirier vous invite à une réunion Zoom planifiée.\n
 \nOn pratique l'entrevue « chef exécutif » : je joue le DG d'hôtel\, puis
  la DRH. Prépare ton pitch de 2 min et 3 histoires (crise en service\, g
 estion d'un employé difficile\, réduction du food cost).\n\nParticiper à
  la réunion Zoom\nhttps://us06web.zoom.us/j/87719904522?pwd=Q29hY2g\n\nID d
 e réunion : 877 1990 4522\nCode secret : 220871\n\nCatherine Poirier\, c
 oach de carrière – Virage Carrière
LOCATION:https://us06web.zoom.us/j/87719904522?pwd=Q29hY2g
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "ZOOM87719904522", "mock-interview-with-career-coach"))

EVENTS.append(no("webinar", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250110T150000Z
DTSTART:20250116T233000Z
DTEND:20250117T003000Z
SUMMARY:Webinaire ITHQ Alumni : Décrocher un poste de chef – réussir l'e
 ntrevue et l'essai en cuisine
UID:ZOOMWEB93301182245
DESCRIPTION:Bonjour Olivier\,\n\nMerci de vous être inscrit à « Décrocher
  un poste de chef : réussir l'entrevue et l'essai en cuisine ». Panélist
 es : deux chefs exécutifs et une recruteuse spécialisée en hôtellerie.\n
 \nRejoindre le webinaire : https://ithq.zoom.us/w/93301182245?tk=aB9x\nCo
 de secret : 551902\n\nAssociation des diplômés de l'ITHQ
LOCATION:https://ithq.zoom.us/w/93301182245?tk=aB9x
END:VEVENT
END:VCALENDAR
""", "ZOOMWEB93301182245", "webinar-about-interviews-and-kitchen-trials"))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250305T143000
DTEND;TZID=America/Montreal:20250305T151500
DTSTAMP:20250228T202011Z
ORGANIZER;CN=Marie-Claude Giroux:mailto:mcgiroux@lapresse.ca
UID:4e6g8i0k2m4o6q8s0u2w4y6a8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=o.belanger@maison-lachine.ca;X-NUM-GUESTS=0:mailto:o.belanger@mais
 on-lachine.ca
DESCRIPTION:Bonjour Olivier\, merci d'accepter l'entrevue pour notre dossi
 er sur le temps des sucres dans les restos. Environ 30 minutes au resto\,
  puis notre photographe (Hugo) prendra quelques photos de ton plat à l'é
 rable. Marie-Claude\, La Presse – section Gourmand
LOCATION:Maison Lachine Atwater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue La Presse – Olivier Bélanger (cabane en ville)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4e6g8i0k2m4o6q8s0u2w4y6a8c@google.com", "press-interview-newspaper-journalist"))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250417T180000Z
DTEND:20250417T193000Z
DTSTAMP:20250403T133003Z
ORGANIZER;CN=Derrière le passe (balado):mailto:derriere.le.passe.balado@gmail.com
UID:5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:Salut Olivier! Enregistrement de l'épisode 42 : « La vie de so
 us-chef ». On jase 1h de ton parcours\, des horaires\, de la santé menta
 le en cuisine. Studio sur Beaubien\, arrive 15 min avant pour le son.\n\n
 Francis & Noémie
LOCATION:Studio Bélair\, 6512 Rue Beaubien E\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement balado – Derrière le passe ép. 42 (invité : Olivier B.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com", "podcast-guest-recording"))

EVENTS.append(no("outlook", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250219T144005Z
DESCRIPTION:Bonjour M. Bélanger\,\n\nMerci d'avoir accepté de participer à
  notre étude « Conditions de travail et rétention du personnel en cuisine
  au Québec » (certificat éthique CERPE 2024-5512). L'entretien semi-dirig
 é dure environ 60 minutes et sera enregistré (audio seulement). Une compe
 nsation de 50 $ vous sera remise.\n\nCamille Dussault\, doctorante\, ESG U
 QAM\n
DTEND;TZID="Eastern Standard Time":20250226T113000
DTSTAMP:20250219T144005Z
DTSTART;TZID="Eastern Standard Time":20250226T103000
LOCATION:Zoom (lien envoyé la veille)
ORGANIZER;CN="Dussault, Camille":mailto:dussault.camille@courrier.uqam.ca
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Entretien de recherche – participant P-17
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB010000000000000
 00010000000ABABABABCDCDCDCDEFEFEFEF01010101
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
    "research-interview-university-study-participant"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T170022Z
UID:C4D7E0A3-5B16-4F29-8E3C-9A1B2D4F6E08
DTSTART:20250307T190000
DTEND:20250307T193000
SUMMARY:Entrevue téléphonique Statistique Canada (EPA)
DESCRIPTION:Enquête sur la population active - ils rappellent chaque moi
 s\, avoir mes heures travaillées de la semaine
DTSTAMP:20250303T170022Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "C4D7E0A3-5B16-4F29-8E3C-9A1B2D4F6E08", "government-survey-phone-interview", crlf=False))

EVENTS.append(no("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250124T153000
DTEND;TZID=America/Montreal:20250124T163000
DTSTAMP:20250121T012030Z
ORGANIZER;CN=Stéphanie Lacasse:mailto:steph.lacasse.chef@gmail.com
UID:6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Stéphanie Lacasse;X-NUM-GUESTS=0:mailto:steph.lacasse.chef@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:Café pour jaser! Tu voulais savoir c'est quoi la vie de chef
  exécutif en hôtel (j'ai fait 6 ans au Fairmont avant d'ouvrir mon trait
 eur). Pas d'entrevue là\, juste des conseils 😉
LOCATION:Café Névé\, 151 Rue Rachel E\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Steph / Olivier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com", "informational-coffee-with-ex-hotel-chef"))

EVENTS.append(no("eventbrite", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite Inc//Eventbrite//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:eventbrite-1089224471125-3342019@eventbrite.com
DTSTAMP:20250203T141500Z
DTSTART:20250219T150000Z
DTEND:20250219T220000Z
SUMMARY:Salon Emplois Hôtellerie-Restauration Montréal 2025
DESCRIPTION:Plus de 60 employeurs sur place : hôtels\, restaurants\, trait
 eurs\, croisiéristes. Apportez plusieurs copies de votre CV – entrevues
  éclair possibles avec les exposants.\n\nBillet : Visiteur (gratuit)\, com
 mande n° 11254409871
LOCATION:Palais des congrès de Montréal\, 1001 Pl. Jean-Paul-Riopelle\, M
 ontréal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "eventbrite-1089224471125-3342019@eventbrite.com", "careers-fair-visitor-ticket"))

EVENTS.append(no("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T213355Z
UID:E1F4A7B0-8C23-4D56-9E0F-3B6C9D2E5A14
DTSTART:20250414T143000
DTEND:20250414T150000
SUMMARY:Réf pour Mathieu C. - appel Groupe Germain
DESCRIPTION:la RH du Germain m'appelle pour Mathieu (ancien commis chez no
 us 2021-23). dire du bien! ponctuel\, bon au grill\, un peu lent en prep
DTSTAMP:20250410T213355Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "E1F4A7B0-8C23-4D56-9E0F-3B6C9D2E5A14", "reference-call-as-referee-interview-employer-named", crlf=False))
