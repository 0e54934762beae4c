"""holdout143: contract catering, franchisors, dairy, meat, flight kitchen, convention centre (own interviews)."""

from holdout143ev_common import yes

EVENTS = []

EVENTS.append(yes("goto", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:America/Toronto
%%TZ:TOR%%
BEGIN:VEVENT
UID:CB8E71A2-94D0-4A5B-B3C1-0A7E3F900921
DTSTAMP:20250108T212040Z
DTSTART;TZID=America/Toronto:20250115T153000
DTEND;TZID=America/Toronto:20250115T161500
SUMMARY:Aramark | Chef exécutif – Centre Bell | Olivier Bélanger
DESCRIPTION:Bonjour Olivier\,\n\nMerci d'avoir accepté de discuter du post
 e de Chef exécutif au Centre Bell (Aramark Sports + Entertainment). Je s
 erai accompagnée de Derek Fournier\, directeur général des opérations d
 u site.\n\nJoindre la réunion GoTo Meeting :\nhttps://meet.goto.com/44720
 9113\n\nPar téléphone : Canada : +1 (647) 555-0129\nCode d'accès : 447-20
 9-113\n\nAudrey Caron\nRecrutement\, Aramark Canada
ORGANIZER;CN=Audrey Caron:mailto:caron-audrey@aramark.ca
ATTENDEE;CN=Olivier Bélanger;RSVP=TRUE:mailto:olivier.belanger.cuisine@hot
 mail.com
ATTENDEE;CN=Derek Fournier;RSVP=TRUE:mailto:fournier-derek@aramark.ca
LOCATION:GoTo Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "CB8E71A2-94D0-4A5B-B3C1-0A7E3F900921", "Aramark", "Chef exécutif – Centre Bell", "",
    "caron-audrey@aramark.ca;fournier-derek@aramark.ca", "goto-meeting-pipe-summary-venue-not-employer"))

EVENTS.append(yes("cal-com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-4hT9kP2mQxR7vW1y@cal.com
DTSTAMP:20250326T140955Z
DTSTART:20250331T170000Z
DTEND:20250331T173000Z
SUMMARY:Rencontre 30 min between Hôtel Le Crystal and Olivier Bélanger
DESCRIPTION:Quoi : Rencontre 30 min\nPoste : Sous-chef exécutif – Restau
 rant La Coupole\nQui :\n- Simon Tardif – Organisateur (Directeur de la
  restauration)\n- Olivier Bélanger – Invité\nOù : Cal Video https://app.c
 al.com/video/4hT9kP2mQxR7vW1y\n\nAnnuler ou reprogrammer : https://cal.com
 /booking/4hT9kP2mQxR7vW1y
ORGANIZER;CN=Simon Tardif:mailto:starfid@hotellecrystal.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 livier.belanger.cuisine@hotmail.com
LOCATION:https://app.cal.com/video/4hT9kP2mQxR7vW1y
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "calcom-4hT9kP2mQxR7vW1y@cal.com", "Hôtel Le Crystal", "Sous-chef exécutif – Restaurant La Coupole",
    "hiring_manager", "starfid@hotellecrystal.com", "cal-com-franglais-rencontre-30-min"))

EVENTS.append(yes("breezy", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-mty-88c2f0d1a7e4-interview
DTSTAMP:20250409T161500Z
DTSTART:20250416T140000Z
DTEND:20250416T150000Z
SUMMARY:Interview - Directeur culinaire\, R&D (bannières rapides) - Olivie
 r Bélanger
DESCRIPTION:Groupe MTY – Siège social\, 8210 Route Transcanadienne\, Sain
 t-Laurent\n\nRencontre avec Diane Leclerc (VP\, Marketing & Innovation) et
  Tommy Chan (Chef corporatif\, cuisine d'essai). Prévoyez une discussion
  sur l'adaptation de menus multi-bannières et la validation en franchis
 e.\n\nHRM: Breezy HR
ORGANIZER;CN=MTY Careers:mailto:mty-careers@breezy-mail.com
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CN=Diane Leclerc;PARTSTAT=ACCEPTED:mailto:dleclerc@mtygroup.com
ATTENDEE;CN=Tommy Chan;PARTSTAT=ACCEPTED:mailto:tchan@mtygroup.com
LOCATION:8210 Route Transcanadienne\, Saint-Laurent\, QC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "breezy-mty-88c2f0d1a7e4-interview", "MTY", "Directeur culinaire, R&D (bannières rapides)", "onsite",
    "dleclerc@mtygroup.com;tchan@mtygroup.com", "breezy-onsite-head-office"))

EVENTS.append(yes("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250424T120511Z
UID:F0C2A8D6-1B3E-4D57-9A0F-6E8C4B2D1A97
DTSTART:20250501T083000
DTEND:20250501T100000
SUMMARY:MTY 3e rencontre - président + Diane
LOCATION:Siège MTY St-Laurent
DESCRIPTION:dernière étape selon Diane. parler des 90 premiers jours\,
  budget R&D\, équipe cuisine d'essai (4). Offre possible la semaine d'a
 près?
DTSTAMP:20250424T120511Z
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""", "F0C2A8D6-1B3E-4D57-9A0F-6E8C4B2D1A97", "MTY", "", "final", "président;Diane",
    "phone-typed-third-meeting-final-round", crlf=False))

EVENTS.append(yes("jobillico", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobillico//Gestion des candidatures//FR
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:jobillico-entrevue-5519023-agropur
DTSTAMP:20250130T200301Z
DTSTART;TZID=America/Montreal:20250210T110000
DTEND;TZID=America/Montreal:20250210T114500
SUMMARY:Entrevue - Chef culinaire\, Centre d'innovation (Agropur)
DESCRIPTION:Bonjour Olivier\,\n\nVotre entrevue téléphonique avec Rosalie
  Brisebois\, conseillère en acquisition de talents chez Agropur\, est co
 nfirmée.\n\nElle vous joindra au numéro indiqué dans votre profil Jobill
 ico.\n\nBonne chance!\nL'équipe Jobillico
ORGANIZER;CN=Jobillico:mailto:ne-pas-repondre@jobillico.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Rosalie Brisebois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :rosalie.brisebois@agropur.com
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "jobillico-entrevue-5519023-agropur", "Agropur", "Chef culinaire, Centre d'innovation", "recruiter_screen",
    "rosalie.brisebois@agropur.com", "quebec-job-board-scheduler-noreply"))

EVENTS.append(yes("goodtime", r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-3f7c9a21b5d84e06-mlf@goodtime.io
DTSTAMP:20250219T173022Z
DTSTART:20250225T150000Z
DTEND:20250225T171500Z
SUMMARY:Maple Leaf Foods Interview – Olivier Belanger – Culinary Manager\,
  Innovation (Mississauga)
DESCRIPTION:Olivier\, here is your interview itinerary (all times Eastern)
 :\n10:00 – 10:45  Greg Pearson\, VP Culinary & Innovation\n10:45 – 11:30
   Mei Tanaka\, Sr. Food Scientist\n11:30 – 12:15  Chef's challenge debrief
  – bring the protein concept you prepared\n\nAll sessions on Microsoft Te
 ams (link below).\n\nScheduled by GoodTime on behalf of the Maple Leaf Fo
 ods Talent Team. Coordinator: Ashley Morgan.
ORGANIZER;CN=Ashley Morgan:mailto:ashley.morgan@mapleleaf.com
ATTENDEE;CN=Olivier Belanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CN=Greg Pearson;PARTSTAT=ACCEPTED:mailto:greg.pearson@mapleleaf.com
ATTENDEE;CN=Mei Tanaka;PARTSTAT=ACCEPTED:mailto:mei.tanaka@mapleleaf.com
ATTENDEE;CUTYPE=RESOURCE;CN=MLF-MIS-Test Kitchen 2;PARTSTAT=ACCEPTED:mailto
 :mlf-mis-testkitchen2@mapleleaf.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "goodtime-evt-3f7c9a21b5d84e06-mlf@goodtime.io", "Maple Leaf Foods", "Culinary Manager, Innovation (Mississauga)",
    "", "greg.pearson@mapleleaf.com;mei.tanaka@mapleleaf.com",
    "goodtime-itinerary-coordinator-organizer-resource"))

EVENTS.append(yes("successfactors", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:SF-ISC-20250403-10093-88412@successfactors.eu
DTSTAMP:20250403T081500Z
DTSTART;TZID=America/Montreal:20250410T153000
DTEND;TZID=America/Montreal:20250410T163000
SUMMARY:Interview: Executive Chef - gategroup Montreal (YUL) - Olivier Bel
 anger
DESCRIPTION:Dear Olivier\,\n\nYour interview has been scheduled.\n\nInter
 viewers: Lukas Meier (VP Culinary Excellence\, Americas)\; Sophie Girard
  (General Manager\, YUL unit)\n\nWebex: https://gategroup.webex.com/meet/l
 .meier\nAccess code: 2551 908 337\nCanada toll: +1-416-555-0183\n\nPlease n
 ote the position requires airside security clearance (Transport Canada)
 .\n\ngategroup Talent Acquisition
ORGANIZER;CN=gategroup Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:olivier.
 belanger.cuisine@hotmail.com
ATTENDEE;CN=Lukas Meier;ROLE=REQ-PARTICIPANT:mailto:lukas.meier@gategroup.c
 om
ATTENDEE;CN=Sophie Girard;ROLE=REQ-PARTICIPANT:mailto:sophie.girard@gategro
 up.com
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "SF-ISC-20250403-10093-88412@successfactors.eu", "gategroup", "Executive Chef", "",
    "lukas.meier@gategroup.com;sophie.girard@gategroup.com", "flight-catering-webex-successfactors-english"))

EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Lachance, Geneviève";SENT-BY="mailto:adjointe.rh@congresmtl.c
 om":mailto:glachance@congresmtl.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lachance, Gen
 eviève":mailto:glachance@congresmtl.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morin-Paré,
  Olivier":mailto:omorinpare@congresmtl.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bastien, Éri
 c":mailto:ebastien@congresmtl.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bélanger\,\n\nVous êtes convié à la
  deuxième étape du processus pour le poste de Chef exécutif(ve) adjoint(
 e) – banquets. Le jury sera composé de Geneviève Lachance (Directrice RH)
 \, Olivier Morin-Paré (Directeur\, restauration et événements) et Éric Ba
 stien (Chef exécutif). Mise en situation : gestion d'un congrès de 3 000
  personnes avec 48 h de préavis.\n\nRéunion Microsoft Teams\nRejoindre la r
 éunion maintenant<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 UGFsYWlz%40thread.v2/0>\nID de la réunion : 276 401 559 018\nCode secret :
  Mz4pR7\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000
 00010000000102030405060708090A0B0C0D0E0F10
SUMMARY;LANGUAGE=fr-CA:2e étape – Chef exécutif(ve) adjoint(e) banquets
DTSTART;TZID=Eastern Standard Time:20250417T140000
DTEND;TZID=Eastern Standard Time:20250417T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T135022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000010000000102030405060708090A0B0C0D0E0F10",
    "Palais des congrès de Montréal", "Chef exécutif(ve) adjoint(e) – banquets", "",
    "glachance@congresmtl.com;omorinpare@congresmtl.com;ebastien@congresmtl.com",
    "teams-jury-second-step-namesake-interviewer-olivier"))
