"""holdout166 events, part D: single interviews (franchise networks, foreign brands, agencies). CC0 1.0."""

EVENTS = [
    {
        "kind": "calendly-franchise",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e9d8c7-b6a5-4f43-9e21-0a1b2c3d4e5f@calendly.com
DTSTAMP:20251029T213344Z
DTSTART:20251104T090000Z
DTEND:20251104T100000Z
SUMMARY:Entretien 1h - Responsable Développement Franchise (Sandrine Morel)
DESCRIPTION:Type d'événement : Entretien 1h - Responsable Développement Fra
 nchise\n\nNom de l'invité : Sandrine Morel\nE-mail de l'invité : sandrine.
 morel69@free.fr\n\nQuestions :\nQuel est votre rôle actuel ? Directrice de
  magasin Sportiva Lyon Confluence (35 ETP)\n\nEmplacement : Ceci est une r
 éunion Google Meet. https://meet.google.com/mjt-frnc-hse\n\nPropulsé par Ca
 lendly.com
LOCATION:https://meet.google.com/mjt-frnc-hse
ORGANIZER;CN=Arnaud Pichon:mailto:arnaud.pichon@mobijouets.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Arnaud Pichon;PARTSTAT=ACCEPTED:mailto:arnaud.pichon@mobijouets.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("f0e9d8c7-b6a5-4f43-9e21-0a1b2c3d4e5f@calendly.com", 1, "Mobi'Jouets",
                    "Responsable Développement Franchise", "hiring_manager", "arnaud.pichon@mobijouets.fr",
                    "calendly-user-is-invitee-not-host")],
    },
    {
        "kind": "webex-cas-pratique",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:webex-2519984410-bebenid@webex.com
DTSTAMP:20251119T120000Z
DTSTART;TZID=Europe/Paris:20251124T100000
DTEND;TZID=Europe/Paris:20251124T113000
SUMMARY:Bébé Nid - Cas pratique Responsable Régionale Magasins
DESCRIPTION:Bonjour Sandrine\,\n\nComme annoncé par HelloWork\, voici l'inv
 itation à l'étape 2 : vous présenterez le cas pratique (réimplantation d'u
 n magasin de 900 m² et plan de formation des équipes) à Isabelle Tardy\, D
 irectrice des Magasins\, et Romain Chapuis\, Contrôleur de gestion.\n\nRejo
 indre la réunion Webex\nhttps://bebenid.webex.com/bebenid/j.php?MTID=m5d2f
 9a\nNuméro de réunion : 2519 984 410\nMot de passe : Nid2025\nRejoindre par
  téléphone : +33-1-7091-8646 France Toll\n
LOCATION:Webex
ORGANIZER;CN=Isabelle Tardy:mailto:isabelle.tardy@bebenid.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Romain Chapuis:mailto:romain.chapuis@bebenid.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("webex-2519984410-bebenid@webex.com", 1, "Bébé Nid", "Responsable Régionale Magasins", "technical",
                    "isabelle.tardy@bebenid.fr;romain.chapuis@bebenid.fr", "webex-cas-pratique-presentation")],
    },
    {
        "kind": "founder-gmail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T063000Z
DTEND:20251015T073000Z
DTSTAMP:20251012T194501Z
ORGANIZER;CN=Baptiste Rivoire:mailto:baptiste.rivoire@gmail.com
UID:5ofk2b8s0l9c1mhv7u3pq6dz4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Baptiste Rivoire;X-NUM-GUESTS=0:mailto:baptiste.rivoire@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
DESCRIPTION:Salut Sandrine\, merci pour ton retour sur LinkedIn ! On se cal
 e 1h pour que je te présente Cimes & Co (on ouvre 3 boutiques seconde main
  outdoor en 2026 : Lyon\, Grenoble\, Chambéry) et que tu me parles de ton
  parcours. Le poste de Head of Stores est encore à construire\, on en disc
 ute ensemble.\nBaptiste\n\nRejoindre avec Google Meet : https://meet.google
 .com/cim-esco-ooo
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cimes & Co <> Sandrine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5ofk2b8s0l9c1mhv7u3pq6dz4e@google.com", 1, "Cimes & Co", "Head of Stores", "hiring_manager",
                    "baptiste.rivoire@gmail.com", "founder-on-gmail-startup-casual-summary")],
    },
    {
        "kind": "cal-com",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:6y8Qn2rVb3KxL1tPz9mW4c@Cal.com
DTSTAMP:20251107T112233Z
DTSTART:20251113T110000Z
DTEND:20251113T113000Z
SUMMARY:Entretien Responsable Réseau (30 min) between L'Atelier du Running a
 nd Sandrine Morel
DESCRIPTION:Qu'est-ce que c'est :\nEntretien Responsable Réseau (30 min)\n\n
 Invitant :\nL'Atelier du Running - Pauline Girod (pauline@atelierdurunning.f
 r)\n\nParticipant :\nSandrine Morel - sandrine.morel69@free.fr\n\nOù :\nCal
  Video https://app.cal.com/video/6y8Qn2rVb3KxL1tPz9mW4c\n\nNeed to make a c
 hange? Cancel or reschedule: https://app.cal.com/booking/6y8Qn2rVb3KxL1tPz
 9mW4c
LOCATION:Cal Video
ORGANIZER;CN=Pauline Girod:mailto:pauline@atelierdurunning.fr
ATTENDEE;CN=Sandrine Morel;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:sandrine.morel
 69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6y8Qn2rVb3KxL1tPz9mW4c@Cal.com", 1, "L'Atelier du Running", "Responsable Réseau",
                    "recruiter_screen", "pauline@atelierdurunning.fr", "cal-com-booking-english-boilerplate")],
    },
    {
        "kind": "zoho-zoom",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:zr_interview_561300000012345077@zohorecruit.eu
DTSTAMP:20251021T090501Z
DTSTART:20251024T150000Z
DTEND:20251024T160000Z
SUMMARY:Interview - Franchise Manager Alpes - Snowpeak Location
DESCRIPTION:Bonjour Sandrine\,\n\nMerci de rejoindre l'entretien avec Guilla
 ume Ducret (Directeur Réseau) sur Zoom :\nhttps://zoom.us/j/96620471183\nI
 D : 966 2047 1183 – Code : 7430\n\nLe réseau compte 41 magasins de locatio
 n ski en franchise (Savoie\, Haute-Savoie\, Isère).\n\nCordialement\,\nSnow
 peak Location
LOCATION:Zoom
ORGANIZER;CN=Snowpeak Recrutement:mailto:recrutement@snowpeak-location.com
ATTENDEE;CN=Guillaume Ducret;ROLE=REQ-PARTICIPANT:mailto:g.ducret@snowpeak-loc
 ation.com
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.mor
 el69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("zr_interview_561300000012345077@zohorecruit.eu", 1, "Snowpeak Location", "Franchise Manager Alpes",
                    "hiring_manager", "g.ducret@snowpeak-location.com", "zoho-recruit-english-summary-french-body")],
    },
    {
        "kind": "personio-deutsch",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-interview-1f7e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
DTSTAMP:20251027T100305Z
DTSTART;TZID=Europe/Berlin:20251030T110000
DTEND;TZID=Europe/Berlin:20251030T120000
SUMMARY:Einladung zum Interview: Area Sales Manager Retail France (m/w/d)
DESCRIPTION:Hallo Sandrine\,\n\nwir freuen uns\, Sie zu einem Video-Intervi
 ew mit Markus Huber (Head of Retail) und Lena Vogt (People & Culture) einz
 uladen. The interview will be held in English.\n\nMicrosoft Teams: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_YmVyZ3dlcms\n\nViele Grüße
 \nBergwerk Sport GmbH\, München
LOCATION:Microsoft Teams
ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@bergwerk-sport.de
ATTENDEE;CN=Markus Huber:mailto:markus.huber@bergwerk-sport.de
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("personio-interview-1f7e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", 1, "Bergwerk Sport",
                    "Area Sales Manager Retail France (m/w/d)", "hiring_manager",
                    "markus.huber@bergwerk-sport.de;lena.vogt@bergwerk-sport.de",
                    "personio-german-berlin-zone-einladung")],
    },
    {
        "kind": "lever-london",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:lever-interview-2b8d6c1e-9f0a-4e3b-a7c5-d4e3f2a1b0c9@hire.lever.co
DTSTAMP:20251028T161544Z
DTSTART;TZID=Europe/London:20251031T090000
DTEND;TZID=Europe/London:20251031T093000
SUMMARY:Harbor & Pine – Phone Screen – Regional Manager\, France
DESCRIPTION:Hi Sandrine\,\n\nThanks for your interest in Harbor & Pine! Oli
 ver Grant from our Talent team will call you on +33 6 71 ** ** 58 at 9:00
  UK time (10:00 in Paris).\n\nBest\,\nHarbor & Pine Talent Team
LOCATION:Phone call
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@harborandpine.co.uk
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Oliver Grant;PARTSTAT=ACCEPTED:mailto:oliver.grant@harborandpine.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("lever-interview-2b8d6c1e-9f0a-4e3b-a7c5-d4e3f2a1b0c9@hire.lever.co", 1, "Harbor & Pine",
                    "Regional Manager, France", "recruiter_screen", "oliver.grant@harborandpine.co.uk",
                    "lever-london-zone-phone-screen")],
    },
    {
        "kind": "outlook-franchise",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Bernard, Thierry":mailto:thierry.bernard@proxiville.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Mor
 el:mailto:sandrine.morel69@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Sandrine\,\nComme évoqué au téléphone\, je vous
  propose de m'accompagner sur une demi-journée de tournée chez 3 franchisé
 s (Lyon 3\, Lyon 7\, Oullins). C'est le quotidien de l'animateur réseau :
  on en reparlera ensuite au calme.\nRDV devant le Proxi'Ville de la place Gu
 ichard.\nThierry Bernard\nDirecteur Réseau Franchise Rhône\n
UID:040000008200E00074C5B7101A82E00800000000CCDDEEFF0A61DC01000000000000000
 0100000001234ABCD5678EF901234ABCD5678EF90
SUMMARY;LANGUAGE=fr-FR:Tournée franchisés avec Sandrine Morel (poste anim.
  réseau)
DTSTART;TZID=Romance Standard Time:20251203T083000
DTEND;TZID=Romance Standard Time:20251203T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T184000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Place Guichard\, Lyon 3e
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000CCDDEEFF0A61DC010000000000000000100000001234ABCD5678EF901234ABCD5678EF90",  # noqa: E501
                    1, "Proxi'Ville", "", "onsite", "thierry.bernard@proxiville.fr",
                    "outlook-tournee-franchises-candidate-ride-along")],
    },
    {
        "kind": "taleo-tests",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:TALEO-MERCURE-25000417-ASSESS-00771
DTSTAMP:20251022T060000Z
DTSTART:20251028T090000Z
DTEND:20251028T103000Z
SUMMARY:Groupe Mercure – Évaluation en ligne (tests d'aptitude et personnal
 ité) – Directeur des Opérations Régionales
DESCRIPTION:Madame Morel\,\nDans le cadre de votre candidature (réf. 250004
 17)\, nous vous remercions de réaliser les tests en ligne sur le créneau r
 éservé. Durée : 1h30 environ. Lien personnel : https://assess.mercure-grou
 pe.com/t/8Xk2Pq\nLes résultats seront restitués lors de votre prochain ent
 retien.\nGroupe Mercure Distribution – Direction des Talents
LOCATION:En ligne
ORGANIZER;CN=Groupe Mercure - Talents:mailto:noreply-taleo@mercure-groupe.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("TALEO-MERCURE-25000417-ASSESS-00771", 1, "Groupe Mercure",
                    "Directeur des Opérations Régionales", "technical", "",
                    "taleo-online-aptitude-tests-no-interviewer")],
    },
    {
        "kind": "agency-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251009T120000Z
DTEND:20251009T124500Z
DTSTAMP:20251007T085511Z
ORGANIZER;CN=Emma Fontaine:mailto:emma.fontaine@arcus-recrutement.fr
UID:0c2t5l7k9n1b3v6x8z0q2w4e6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Emma Fontaine;X-NUM-GUESTS=0:mailto:emma.fontaine@arcus-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
DESCRIPTION:Qualification de votre candidature pour notre client Délices de
  Savoie (fromageries et épiceries fines\, 28 boutiques) – poste de Respons
 able Régional(e) Boutiques. Entretien en visio avant présentation au clie
 nt.\n\nRejoindre avec Google Meet : https://meet.google.com/arc-usrc-dsv
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Arcus Recrutement – entretien de qualification – Délices de Savoie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0c2t5l7k9n1b3v6x8z0q2w4e6r@google.com", 1, "Délices de Savoie",
                    "Responsable Régional(e) Boutiques", "recruiter_screen", "emma.fontaine@arcus-recrutement.fr",
                    "agency-qualification-named-client")],
    },
    {
        "kind": "cabinet-client",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN=sandrine.morel69@free.fr;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN="Vidal, Anne-Sophie";RSVP=TRUE:mailto:as.vidal@moussaillon.fr
ATTENDEE;CN="Keller, Pierre";RSVP=TRUE:mailto:p.keller@moussaillon.fr
CLASS:PUBLIC
DESCRIPTION:Bonjour à tous\,\n\nJe vous confirme la rencontre entre Sandri
 ne Morel et Anne-Sophie Vidal (DRH) et Pierre Keller (Directeur Commercial
  Retail) pour le poste de Responsable Régionale Sud-Est.\nLieu : Moussaillon
 \, 5 rue de la République\, 69001 Lyon (showroom\, 3e étage).\n\nJe reste
  à votre disposition.\nClaire Dumas\nCabinet Elba Conseil\n
DTEND;TZID="Romance Standard Time":20251119T120000
DTSTAMP:20251113T102030Z
DTSTART;TZID="Romance Standard Time":20251119T103000
LOCATION:Moussaillon – showroom Lyon
ORGANIZER;CN="Dumas, Claire":mailto:claire.dumas@elba-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Rencontre Moussaillon / S. Morel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7F0A1B2C368DC01000000000000000
 010000000FEDCBA98765432100123456789ABCDEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000E7F0A1B2C368DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",  # noqa: E501
                    1, "Moussaillon", "Responsable Régionale Sud-Est", "hiring_manager",
                    "as.vidal@moussaillon.fr;p.keller@moussaillon.fr",
                    "cabinet-organizer-client-interviewers")],
    },
    {
        "kind": "goto-meeting",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:goto-518-230-447-kioskogares
DTSTAMP:20251201T090000Z
DTSTART;TZID=Europe/Paris:20251204T160000
DTEND;TZID=Europe/Paris:20251204T164500
SUMMARY:Kiosko Gares - Responsable de Secteur Gares Sud-Est - premier entre
 tien
DESCRIPTION:Participer à ma réunion depuis votre ordinateur\, tablette ou s
 martphone.\nhttps://meet.goto.com/518230447\n\nVous pouvez aussi appeler
  à l'aide de votre téléphone.\nFrance : +33 170 950 590\nCode d'accès : 51
 8-230-447\n\nEntretien avec Hugo Lambert\, Chargé de recrutement Kiosko Gar
 es.
LOCATION:GoTo Meeting
ORGANIZER;CN=Hugo Lambert:mailto:hugo.lambert@kiosko-gares.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("goto-518-230-447-kioskogares", 1, "Kiosko Gares", "Responsable de Secteur Gares Sud-Est",
                    "recruiter_screen", "hugo.lambert@kiosko-gares.fr", "goto-meeting-travel-retail-first-round")],
    },
    {
        "kind": "gcal-export",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:sandrine.morel69@free.fr
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20251210T080000Z
DTEND:20251210T093000Z
DTSTAMP:20251215T201501Z
UID:7b1m3n5k0p2r4t6v8x0z1c3e5g@google.com
CREATED:20251205T171212Z
DESCRIPTION:avec Mme Lacroix (directrice franchise) + M. Haddad (DG)\nfournil
  central Vénissieux\, badge à l'accueil\npenser : CA moyen / magasin\, turn
 over vendeuses\, ouverture Valence
LAST-MODIFIED:20251205T171212Z
LOCATION:Boulangeries Pauline\, ZI Vénissieux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Boulangeries Pauline – resp. franchise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7b1m3n5k0p2r4t6v8x0z1c3e5g@google.com", 1, "Boulangeries Pauline", "", "hiring_manager",
                    "Mme Lacroix;M. Haddad", "google-export-x-wr-timezone-self-entered-interview")],
    },
]
