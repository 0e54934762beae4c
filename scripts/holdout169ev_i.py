"""holdout169 events, part i: look-alikes around the job search (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("entretien-annuel", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Monnier, Pierre":mailto:p.monnier@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Mathieu\,\n\nMerci de remplir ton autoévaluatio
 n dans Umantis (objectifs 2025\, formation souhaitée\, perspectives) avant
  notre entretien.\n\nPierre\n
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC01000000000000000
 010000000C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9
SUMMARY;LANGUAGE=fr-CH:Entretien annuel d'évaluation et de développement -
  M. Girardin
DTSTART;TZID=W. Europe Standard Time:20251210T140000
DTEND;TZID=W. Europe Standard Time:20251210T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251117T101001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau P. Monnier
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC0100000000000000001000000"
       "0C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9", trap="own-annual-appraisal-current-employer"),

    ev("entretien-sortie", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Humbert, Sandrine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Mathieu\,\n\nComme convenu\, voici le r
 endez-vous pour ton entretien de départ (questionnaire confidentiel\, resti
 tution badge/clés\, solde vacances et heures\, certificat de travail).\n\nS
 andrine\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000
 010000000D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0
SUMMARY;LANGUAGE=fr-CH:Entretien de départ - Mathieu Girardin
DTSTART;TZID=W. Europe Standard Time:20260225T100000
DTEND;TZID=W. Europe Standard Time:20260225T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260119T081122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000001000000"
       "0D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0", trap="own-exit-interview-current-employer"),

    ev("simulation-coach", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calendly-77ab10c3-5e2d-4f61-8a90-c1d2e3f4a5b6@calendly.com
DTSTAMP:20250922T190410Z
DTSTART:20250923T163000Z
DTEND:20250923T180000Z
SUMMARY:Mathieu Girardin and Nathalie Cuche
DESCRIPTION:Event Name: Simulation d'entretien d'embauche (90 min) – coachi
 ng\n\nLocation: Cuche Coaching\, Rue de l'Hôtel-de-Ville 7\, 2000 Neuchâte
 l\n\nQuestions: Poste visé ? Supply chain manager / S&OP lead (Tissot\, Ro
 lex). Je voudrais m'entraîner sur les questions comportementales et la né
 gociation salariale.\n\nNeed to make changes to this event?\nCancel: https:
 //calendly.com/cancellations/77ab10c3\n\nPowered by Calendly.com
ORGANIZER;CN=Nathalie Cuche:mailto:contact@cuche-coaching.ch
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 athieu.girardin@bluewin.ch
LOCATION:Cuche Coaching\, Neuchâtel
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "calendly-77ab10c3-5e2d-4f61-8a90-c1d2e3f4a5b6@calendly.com",
       trap="mock-interview-with-coach-names-target-employers"),

    ev("webinaire", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20251001T120210Z
DTSTART:20251014T161500Z
DTEND:20251014T173000Z
SUMMARY:Webinaire « Cadres 45+ : convaincre en entretien d'embauche »
UID:ZOOM88123409911@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Bonjour Mathieu Girardin\,\n\nMerci de vous être inscrit à « Ca
 dres 45+ : convaincre en entretien d'embauche ». Intervenante : Fabienne Ja
 quet\, conseillère en outplacement.\n\nRejoindre depuis un PC\, Mac\, iPad
  ou Android : https://us06web.zoom.us/w/88123409911?tk=Yx3F\nCode secret :
  417392\n\nOrganisé par l'Association Cadres Romands
LOCATION:https://us06web.zoom.us/w/88123409911?tk=Yx3F
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "ZOOM88123409911@zoom.us", trap="webinar-about-job-interviews"),

    ev("interview-presse", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251015T123000
DTEND;TZID=Europe/Zurich:20251015T131500
DTSTAMP:20251010T090112Z
ORGANIZER;CN=Lucas Vuilliomenet:mailto:lucas.vuilliomenet@arcinfo.ch
UID:0pq9w8e7r6t5y4u3i2o1a0s9d8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.girardin@mouvements-jura.ch;X-NUM-GUESTS=0:mailto:m.girardin@mou
 vements-jura.ch
DESCRIPTION:Bonjour M. Girardin\,\n\nMerci d'avoir accepté cette interview
  pour notre dossier sur le chômage partiel et la baisse des exportations da
 ns l'horlogerie (parution samedi). Env. 30 min par téléphone\, relecture de
 s citations possible.\n\nLucas Vuilliomenet\nJournaliste – Arcinfo
LOCATION:Téléphone 032 723 53 00
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Arcinfo – horlogerie & chômage partiel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0pq9w8e7r6t5y4u3i2o1a0s9d8@google.com", trap="press-interview-journalist"),

    ev("podcast", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5d7f9a1b3c@riverside.fm
DTSTAMP:20251104T152030Z
DTSTART:20251127T170000Z
DTEND:20251127T180000Z
SUMMARY:Recording – "Tic-Tac Supply" podcast ep. 14 – guest Mathieu Girardin
DESCRIPTION:Hi Mathieu\, thanks for joining as a guest! We'll chat about S&
 OP in small-batch watch movement production. Please use headphones and Chro
 me.\n\nStudio link: https://riverside.fm/studio/tic-tac-supply?t=5d7f9a1b3c\
 n\nHost: Sophie Amstutz
ORGANIZER;CN=Sophie Amstutz:mailto:sophie@tictacsupply.ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=ACCEPTED:mailto:mathieu.girardin@blu
 ewin.ch
LOCATION:Riverside.fm
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "riverside-rec-5d7f9a1b3c@riverside.fm", trap="podcast-guest-recording"),

    ev("entretien-recherche", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251022T170000
DTEND;TZID=Europe/Zurich:20251022T180000
DTSTAMP:20251013T181414Z
ORGANIZER;CN=Zoé Challandes:mailto:zoe.challandes@he-arc.ch
UID:2zx4c6v8b0n1m3q5w7e9r1t3y5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Bonjour Monsieur Girardin\,\n\nMerci encore d'accepter cet entre
 tien semi-directif dans le cadre de mon travail de Bachelor (HEG Arc\, écon
 omie d'entreprise) sur la planification de la demande chez les sous-traita
 nts horlogers. L'entretien sera enregistré puis anonymisé.\n\nZoé Challand
 es\n\nRejoindre avec Google Meet : https://meet.google.com/ybf-hsnd-qct
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien travail de Bachelor – planification horlogère
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2zx4c6v8b0n1m3q5w7e9r1t3y5@google.com", trap="research-interview-student-thesis"),

    ev("enquete-ofs", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T195002Z
DTEND:20251106T190000
DTSTAMP:20251103T195002Z
DTSTART:20251106T183000
LAST-MODIFIED:20251103T195002Z
SEQUENCE:0
SUMMARY:Interview tél. ESPA (OFS) - institut LINK rappelle
DESCRIPTION:Enquête suisse sur la population active\, 2e interview (trimestr
 iel). Numéro de référence sur la lettre: 4471-2290
TRANSP:OPAQUE
UID:C2E4A6B8-0D1F-4E3A-9C5B-7D8E9F0A1B2C
END:VEVENT
END:VCALENDAR
""", "C2E4A6B8-0D1F-4E3A-9C5B-7D8E9F0A1B2C", trap="official-survey-telephone-interview", lf=True),

    ev("cafe-ancien-collegue", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20250908T210014Z
UID:E7F8A9B0-C1D2-4E3F-8A4B-5C6D7E8F9A0B
DTEND;TZID=Europe/Zurich:20250913T103000
TRANSP:OPAQUE
SUMMARY:Café Julien R. (Rolex) - infos culture / planif Bienne
LAST-MODIFIED:20250908T210014Z
DTSTAMP:20250908T210014Z
DTSTART;TZID=Europe/Zurich:20250913T093000
LOCATION:Café du Marché\, Bienne
SEQUENCE:0
DESCRIPTION:lui demander: ambiance\, horaires\, comment se passe le recrut
 ement chez eux\, s'il peut transmettre mon CV en interne?
END:VEVENT
END:VCALENDAR
""", "E7F8A9B0-C1D2-4E3F-8A4B-5C6D7E8F9A0B", trap="informational-coffee-with-insider"),

    ev("forum-emploi", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251108
DTEND;VALUE=DATE:20251109
DTSTAMP:20251020T201500Z
UID:9lk8j7h6g5f4d3s2a1q0w9e8r7@google.com
CREATED:20251020T201459Z
DESCRIPTION:Forum de l'emploi horloger – Patinoire du Littoral\, Neuchâtel\n
 Stands: Swatch Group\, Richemont\, LVMH\, sous-traitants\nprendre 15 CV +
  cartes\n« speed-recruiting » 10h-12h sur inscription
LAST-MODIFIED:20251020T201500Z
LOCATION:Neuchâtel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum emploi horlogerie NE
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "9lk8j7h6g5f4d3s2a1q0w9e8r7@google.com", trap="careers-fair-all-day-speed-recruiting-mention"),

    ev("reference-referent", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Marie-Claire Fahrni":mailto:marie-claire.fahrni@robertwalters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Girardin\,\n\nMme Julie Chappat
 te vous a cité comme référence (vous étiez son responsable chez Mouvement
 s Jura de 2019 à 2023). Je vous appellerai pour une prise de références d'e
 nviron 15 minutes.\n\nMerci d'avance\,\nMarie-Claire Fahrni\nRobert Walter
 s\, Genève\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000
 010000000E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1
SUMMARY;LANGUAGE=fr-CH:Prise de références - J. Chappatte
DTSTART;TZID=W. Europe Standard Time:20251128T123000
DTEND;TZID=W. Europe Standard Time:20251128T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T092233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000"
       "0E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1", trap="reference-call-user-is-referee"),

    ev("hays-marche", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
CLASS:PUBLIC
DESCRIPTION:Bonjour Mathieu\,\n\nSuite à votre inscription sur notre site\,
  je vous propose un premier échange pour mieux connaître votre profil et v
 os attentes (supply chain / planification\, Arc jurassien) et vous présente
 r le marché actuel. Je n'ai pas de poste précis à vous proposer pour l'ins
 tant mais plusieurs clients recrutent régulièrement.\n\nCordialement\nKevin
  Schaffner\nHays (Schweiz) AG\, Lausanne\n
DTEND;TZID="W. Europe Standard Time":20250918T180000
DTSTAMP:20250912T141010Z
DTSTART;TZID="W. Europe Standard Time":20250918T173000
LOCATION:Appel Teams
ORGANIZER;CN="Schaffner Kevin":mailto:kevin.schaffner@hays.ch
PRIORITY:5
SEQUENCE:0
SUMMARY:Entretien de qualification - Hays / M. Girardin
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DC01000000000000000
 010000000F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DC0100000000000000001000000"
       "0F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2", trap="agency-qualification-call-no-employer-named"),

    ev("preparation", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.6//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20251017T183002Z
UID:1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D
DTEND;TZID=Europe/Zurich:20251020T220000
TRANSP:OPAQUE
SUMMARY:Prépa entretien final Tissot
LAST-MODIFIED:20251017T183002Z
DTSTAMP:20251017T183002Z
DTSTART;TZID=Europe/Zurich:20251020T200000
SEQUENCE:0
DESCRIPTION:- chiffres: OTD 92->97%\, stock -18% en 2 ans\, MRP SAP\n- exem
 ples STAR (crise composants 2022\, migration S/4)\n- questions pour M. Vuil
 le: org. planif\, outils S&OP\, budget\n- repasser costume
END:VEVENT
END:VCALENDAR
""", "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D", trap="prep-block-names-employer-and-interviewer"),

    ev("remerciement", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251023T150511Z
DTEND;VALUE=DATE:20251025
DTSTAMP:20251023T150511Z
DTSTART;VALUE=DATE:20251024
LAST-MODIFIED:20251023T150511Z
SEQUENCE:0
SUMMARY:mail remerciement Mathys (Flückiger + Brunner)
TRANSP:TRANSPARENT
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
END:VEVENT
END:VCALENDAR
""", "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70", trap="thank-you-reminder-all-day"),

    ev("signature-contrat", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:PARIS_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251212T160000
DTEND;TZID=Europe/Paris:20251212T170000
DTSTAMP:20251204T110045Z
ORGANIZER;CN=Ressources Humaines GMM:mailto:rh@groupe-marechal.fr
UID:8mn7b6v5c4x3z2l1k0j9h8g7f6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
DESCRIPTION:Bonjour Mathieu\,\n\nNous sommes ravis de votre accord ! Rende
 z-vous pour la signature de votre contrat (CDI\, statut cadre) et la remis
 e du livret d'accueil. Merci d'apporter: pièce d'identité\, RIB\, attestat
 ion de sécurité sociale / AVS\, justificatif de domicile.\n\nService RH
LOCATION:Groupe Maréchal Microtechniques\, Besançon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Signature contrat – M. Girardin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8mn7b6v5c4x3z2l1k0j9h8g7f6@google.com", trap="contract-signing-after-offer"),
]
