"""holdout166 events, part H: look-alikes around the job search (negatives). CC0 1.0."""

EVENTS = [
    {
        "kind": "simulation-coach",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251007T160000Z
DTEND:20251007T170000Z
DTSTAMP:20251001T091500Z
ORGANIZER;CN=Hélène Rocher:mailto:helene.rocher@apec.fr
UID:3s5u7w9y1a3c5e7g9i1k3m5o7q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
DESCRIPTION:Simulation d'entretien filmée : je joue la DRH d'une enseigne
  de sport et vous passez l'entretien pour un poste de Directrice Régional
 e. Débrief ensuite (posture\, pitch\, questions sur la rémunération).\nRe
 joindre avec Google Meet : https://meet.google.com/apc-simu-ent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Apec – simulation d'entretien de recrutement (Sandrine Morel)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3s5u7w9y1a3c5e7g9i1k3m5o7q@google.com", 0, "", "", "", "", "mock-interview-with-apec-consultant")],
    },
    {
        "kind": "webinar-livestorm",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-4be1f2c3-apec-entretien
DTSTAMP:20250915T100000Z
DTSTART:20250923T110000Z
DTEND:20250923T120000Z
SUMMARY:Webinar : Réussir son entretien de recrutement cadre (Apec)
DESCRIPTION:Vous êtes inscrite ! Au programme : préparer ses exemples (méth
 ode STAR)\, répondre aux questions pièges\, négocier sa rémunération\, l'e
 ntretien en visio.\nLien personnel : https://app.livestorm.co/p/4be1f2c3/li
 ve?s=sm69
LOCATION:En ligne
ORGANIZER;CN=Apec:mailto:no-reply@livestorm.co
END:VEVENT
END:VCALENDAR
""",
        "labels": [("livestorm-session-4be1f2c3-apec-entretien", 0, "", "", "", "", "webinar-about-job-interviews")],
    },
    {
        "kind": "press-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN="Morel, Sandrine";RSVP=TRUE:mailto:sandrine.morel@sportiva-retai
 l.fr
ATTENDEE;CN="Service Communication Sportiva";RSVP=TRUE:mailto:communication@
 sportiva-retail.fr
DESCRIPTION:Interview pour notre article sur les 10 ans du centre commercia
 l Confluence et la saison ski : fréquentation\, emploi saisonnier\, locati
 on de matériel. Photo en magasin prévue (5 min).\nMarion Tessier\, journa
 liste – Le Progrès
DTEND;TZID="Romance Standard Time":20251024T110000
DTSTAMP:20251020T120000Z
DTSTART;TZID="Romance Standard Time":20251024T103000
LOCATION:Sportiva Lyon Confluence
ORGANIZER;CN="Tessier, Marion":mailto:m.tessier@leprogres.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Interview Le Progrès – Sportiva Confluence
UID:040000008200E00074C5B7101A82E0080000000077AA88BB99CCDC01000000000000000
 0100000001F2E3D4C5B6A79881F2E3D4C5B6A7988
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000077AA88BB99CCDC010000000000000000100000001F2E3D4C5B6A79881F2E3D4C5B6A7988",  # noqa: E501
                    0, "", "", "", "", "press-interview-local-newspaper")],
    },
    {
        "kind": "podcast",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0b9e8d7c-6f5a-4b3c-2d1e-f0a9b8c7d6e5@calendly.com
DTSTAMP:20251105T151500Z
DTSTART:20251113T183000Z
DTEND:20251113T193000Z
SUMMARY:Enregistrement podcast « Derrière le comptoir » - Sandrine Morel
DESCRIPTION:Type d'événement : Enregistrement épisode (60 min)\n\nInvitée :
  Sandrine Morel – directrice de magasin\nThème : manager 35 personnes dans
  un magasin de sport\, recruter des saisonniers\, tenir le cap du CA.\nRiver
 side : https://riverside.fm/studio/derriere-le-comptoir\n\nPropulsé par Cal
 endly.com
LOCATION:Riverside.fm
ORGANIZER;CN=Julie Amar:mailto:julie@derrierelecomptoir.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0b9e8d7c-6f5a-4b3c-2d1e-f0a9b8c7d6e5@calendly.com", 0, "", "", "", "",
                    "podcast-guest-interview-recording")],
    },
    {
        "kind": "etude-qualitative",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Qualtrics Panel//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ipsos-quali-RETAIL25-0448-sm
DTSTAMP:20251016T080000Z
DTSTART:20251021T173000Z
DTEND:20251021T183000Z
SUMMARY:Entretien individuel – étude Ipsos « Le métier de directeur de maga
 sin » (rémunéré 80 €)
DESCRIPTION:Merci d'avoir accepté de participer à notre étude qualitative.
  L'entretien est mené par une chargée d'études Ipsos en visio (Teams). Vos
  réponses sont anonymes. Indemnité versée sous 15 jours.
LOCATION:Teams (lien envoyé la veille)
ORGANIZER;CN=Ipsos Recrutement Études:mailto:recrutement.etudes@ipsos.com
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ipsos-quali-RETAIL25-0448-sm", 0, "", "", "", "", "paid-market-research-interview")],
    },
    {
        "kind": "cafe-reseau",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928
DTSTAMP:20251024T210000Z
DTSTART:20251030T083000
DTEND:20251030T093000
SUMMARY:Café Nathalie G. (Montagne Passion)
DESCRIPTION:ex-collègue Sportiva\, DR chez eux depuis 2023. lui demander am
 biance\, qui recrute\, si elle peut faire passer CV. Pas un entretien !
LOCATION:Café du Marché Gare
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928", 0, "", "", "", "",
                    "informational-coffee-names-company-she-later-interviews-at")],
    },
    {
        "kind": "salon-emploi",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-order-9917733021-1
DTSTAMP:20250926T123000Z
DTSTART;TZID=Europe/Paris:20251009T093000
DTEND;TZID=Europe/Paris:20251009T173000
SUMMARY:Salon Retail & Emploi Lyon 2025
DESCRIPTION:Votre billet visiteur (gratuit). 60 enseignes présentes\, job d
 atings sur les stands\, conférences « Manager en magasin en 2026 ». Présen
 tez ce billet à l'entrée.\nCommande n° 9917733021
LOCATION:Eurexpo Lyon\, Hall 4\, Chassieu
ORGANIZER;CN=Retail & Emploi Events:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("eventbrite-order-9917733021-1", 0, "", "", "", "", "careers-fair-visitor-ticket")],
    },
    {
        "kind": "appel-referent",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251104T114500Z
DTEND:20251104T120000Z
DTSTAMP:20251031T150000Z
ORGANIZER;CN=Fanny Leclerc:mailto:fanny.leclerc@talentia-rh.fr
UID:5u7w9y1a3c5e7g9i1k3m5o7q9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
DESCRIPTION:Bonjour Madame Morel\, merci d'accepter de répondre à quelques
  questions sur Thomas Girard\, votre ancien adjoint\, qui est candidat che
 z l'un de nos clients. 15 minutes par téléphone au 06 71 ** ** 58.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Thomas Girard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5u7w9y1a3c5e7g9i1k3m5o7q9s@google.com", 0, "", "", "", "", "reference-call-user-is-referee")],
    },
    {
        "kind": "chasseur-confidentiel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN=sandrine.morel69@free.fr;RSVP=TRUE:mailto:sandrine.morel69@free.fr
DESCRIPTION:Bonjour Sandrine\,\n\nMerci pour votre retour. Comme indiqué\, j
 e travaille sur un poste de Directeur(trice) Régional(e) pour une enseigne
  spécialisée en forte croissance (client confidentiel à ce stade). Je vous a
 ppelle pour faire connaissance et comprendre vos attentes.\n\nPhilippe Ars
 ène\nAssocié – Arsène & Partners Executive Search\n
DTEND;TZID="Romance Standard Time":20251022T124500
DTSTAMP:20251017T173000Z
DTSTART;TZID="Romance Standard Time":20251022T121500
LOCATION:Téléphone
ORGANIZER;CN="Arsène, Philippe":mailto:p.arsene@arsene-partners.com
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Échange S. Morel / P. Arsène – poste DR (confidentiel)
UID:040000008200E00074C5B7101A82E00800000000CAFE1234BEEFDC01000000000000000
 0100000008A9B0C1D2E3F40518A9B0C1D2E3F4051
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000CAFE1234BEEFDC010000000000000000100000008A9B0C1D2E3F40518A9B0C1D2E3F4051",  # noqa: E501
                    0, "", "", "", "", "headhunter-call-confidential-client-no-employer-named")],
    },
    {
        "kind": "prepa-entretien",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:B2A39C48-D57E-46F1-8A09-B1C2D3E4F5A6
DTSTAMP:20251019T195000Z
DTSTART:20251020T203000
DTEND:20251020T220000
SUMMARY:Prépa entretien Lemanis demain
DESCRIPTION:relire rapport annuel Lemanis\, magasins Lausanne/Genève\, CHF\,
  permis frontalier. préparer 3 exemples management à distance. repasser ch
 emisier bleu
END:VEVENT
END:VCALENDAR
""",
        "labels": [("B2A39C48-D57E-46F1-8A09-B1C2D3E4F5A6", 0, "", "", "", "", "prep-block-before-interview")],
    },
    {
        "kind": "mail-remerciement",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20251020T180000Z
DTEND:20251020T181500Z
DTSTAMP:20251020T090000Z
UID:7w9y1a3c5e7g9i1k3m5o7q9s1u@google.com
DESCRIPTION:thank-you email to Tom\, Elodie\, Priya (panel Northridge) – in
  English\, mention the 90-day plan + store visit idea
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mail remerciement Northridge
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("7w9y1a3c5e7g9i1k3m5o7q9s1u@google.com", 0, "", "", "", "", "thank-you-reminder-after-panel")],
    },
    {
        "kind": "visite-medicale",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AST74//Convocations//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:ast74-convoc-2026-000318
DTSTAMP:20251222T080000Z
DTSTART;TZID=Europe/Paris:20260112T083000
DTEND;TZID=Europe/Paris:20260112T090000
SUMMARY:Visite d'information et de prévention (embauche) – Mme MOREL Sandrine
DESCRIPTION:Employeur : ALPINEA SAS\nPoste : Responsable Réseau Retail Franc
 e\nMerci de vous présenter 10 min avant avec votre carte vitale et vos lu
 nettes si vous en portez.
LOCATION:AST74 – Centre médical Annecy-Seynod
ORGANIZER;CN=AST74 Santé au travail:mailto:convocations@ast74.fr
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ast74-convoc-2026-000318", 0, "", "", "", "", "pre-employment-medical-names-new-employer")],
    },
    {
        "kind": "visite-dr",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Chabert, Laurent":mailto:laurent.chabert@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Visite magasin : implantation ski\, tenue des ré
 serves\, point recrutement saisonniers\, plan d'action démarque.\n
UID:040000008200E00074C5B7101A82E0080000000055DD66EE77FFDC01000000000000000
 0100000004B5C6D7E8F9A0B1C4B5C6D7E8F9A0B1C
SUMMARY;LANGUAGE=fr-FR:Visite magasin DR – Confluence
DTSTART;TZID=Romance Standard Time:20251112T100000
DTEND;TZID=Romance Standard Time:20251112T130000
CLASS:PUBLIC
DTSTAMP:20251103T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Sportiva Lyon Confluence
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000055DD66EE77FFDC010000000000000000100000004B5C6D7E8F9A0B1C4B5C6D7E8F9A0B1C",  # noqa: E501
                    0, "", "", "", "", "visite-magasin-by-own-regional-director")],
    },
    {
        "kind": "inventaire",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Inventaire annuel avec la société d'inventaire (équipe de 18).
  Magasin fermé au public. Tout le personnel présent\, intérimaires Interalp
 es x6.
DTSTART;VALUE=DATE:20260105
DTEND;VALUE=DATE:20260106
DTSTAMP:20251128T100000Z
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SUMMARY;LANGUAGE=fr:INVENTAIRE ANNUEL
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDC01000000000000000
 0100000002222333344445555666677778888999A
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDC010000000000000000100000002222333344445555666677778888999A",  # noqa: E501
                    0, "", "", "", "", "store-annual-stocktake-all-day")],
    },
]
