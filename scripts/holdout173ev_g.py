# ruff: noqa: E501
"""holdout173 events, part g: headhunter and agency calls, Lyon, Le Panier, Sal de Mar (Spanish); France Travail, prep."""

EVENTS = [
    {
        "kind": "headhunter-confidential",
        "uid": "5ea0b7c3-f219-4d8e-a6b1-93c2d0e47f18@hrgourmet-search.com",
        "label": (1, "Sainte-Victoire Resort", "Chef exécutif", "recruiter_screen",
                  "helene.vidal@hrgourmet-search.com", "headhunter-names-employer-only-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250321T091500Z
DESCRIPTION:Bonjour Yanis\,\n\nMerci pour votre retour rapide. Comme évoqué
 \, la mission que je mène est confidentielle côté marché mais je peux vou
 s le dire : il s'agit du Sainte-Victoire Resort & Spa (5*\, Aix / Le Thol
 onet) qui cherche son Chef exécutif pour piloter le gastronomique\, la br
 asserie et le banqueting (32 personnes en cuisine).\n\nJe vous appelle jeu
 di à 18h pour un premier échange\, puis je vous présenterai au Directeur
  général si nous sommes alignés.\n\nBien à vous\,\nHélène Vidal\nAssociée
  – HR Gourmet Search\n+33 6 09 77 21 48\n
DTEND;TZID="Romance Standard Time":20250327T184500
DTSTAMP:20250321T091500Z
DTSTART;TZID="Romance Standard Time":20250327T180000
LAST-MODIFIED:20250321T091500Z
LOCATION:Téléphone
ORGANIZER;CN="Hélène Vidal":mailto:helene.vidal@hrgourmet-search.com
ATTENDEE;CN="yanis.benali13@laposte.net";RSVP=TRUE:mailto:yanis.benali13@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Échange confidentiel – poste Chef exécutif
TRANSP:OPAQUE
UID:5ea0b7c3-f219-4d8e-a6b1-93c2d0e47f18@hrgourmet-search.com
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-phone-beach-restaurant",
        "uid": "talents-hotellerie-ev-20250404-ymercier-0412",
        "label": (1, "Le Cabanon des Goudes", "Chef de cuisine saison (avril-octobre)", "recruiter_screen",
                  "y.mercier@talents-hotellerie.fr", "agency-consultant-call-about-named-beach-restaurant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talents Hotellerie Conseil//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:talents-hotellerie-ev-20250404-ymercier-0412
DTSTAMP:20250402T153000Z
DTSTART:20250404T090000Z
DTEND:20250404T093000Z
SUMMARY:Tél. Yohan Mercier (Talents Hôtellerie) – Cabanon des Goudes
DESCRIPTION:Poste : Chef de cuisine saison (avril-octobre) – Le Cabanon des Goudes\, restaurant de plage\, 120 couverts\, poisson grillé / cuisine de la mer.\nClient : Le Cabanon des Goudes (famille Agostini).\nObjet de l'appel : qualification de votre candidature avant présentation au client.\nJe vous appelle au 06 41 27 88 10.\n\nYohan Mercier – Consultant\, Talents Hôtellerie Conseil
LOCATION:Téléphone
ORGANIZER;CN=Yohan Mercier:mailto:y.mercier@talents-hotellerie.fr
ATTENDEE;CN=Yanis Benali;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tel-floating-note",
        "uid": "c8a2f0e1-6b94-4d37-8e5a-1f3b9d2c7a60",
        "label": (1, "L'Écailler", "", "hiring_manager", "M. Giraud",
                  "hand-typed-floating-phone-call-with-owner"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250217T093011Z
UID:c8a2f0e1-6b94-4d37-8e5a-1f3b9d2c7a60
CLASS:PUBLIC
CREATED:20250217T093011Z
DESCRIPTION:c'est lui qui appelle (04 78 42 ...)\nbrasserie fruits de mer Lyon 2e\, 150 cvts\, cherche chef\nqu'il me dise salaire + logement le temps de trouver\, essai possible ?
DTSTART:20250219T153000
DTEND:20250219T160000
LAST-MODIFIED:20250217T093011Z
SUMMARY:Tél L'Écailler – M. Giraud (proprio)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-hotel-room-resource",
        "uid": "040000008200E00074C5B7101A82E0080000000062D4B8F3A28BDB01000000000000000010000000E5A1C7D3B9F04E2A8C6D1F0B3A7E9C52",
        "label": (1, "Hôtel des Célestins", "Chef de cuisine", "onsite",
                  "sophie.perrin@hotel-celestins.fr;marc.vidal@hotel-celestins.fr", "outlook-last-first-with-meeting-room-resource"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Perrin, Sophie":mailto:sophie.perrin@hotel-celestins.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal, Marc":mailto:marc.vidal@hotel-celestins.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="CEL - Salon Bellecour (8)":mailto:cel-salon-bellecour@hotel-celestins.fr
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nNous vous confirmons votre entretien pour le poste de Chef de cuisine avec Marc Vidal\, Directeur de la Restauration\, et moi-même. Il se tiendra à l'hôtel\, salon Bellecour (1er étage)\, et sera suivi d'une visite des cuisines et de l'économat.\n\nCordialement\,\n\nSophie Perrin\nDirectrice des Ressources Humaines\nHôtel des Célestins ****\, Lyon 2e\n
UID:040000008200E00074C5B7101A82E0080000000062D4B8F3A28BDB01000000000000000010000000E5A1C7D3B9F04E2A8C6D1F0B3A7E9C52
SUMMARY;LANGUAGE=fr-FR:Entretien M. Benali - Chef de cuisine
DTSTART;TZID=Romance Standard Time:20250306T140000
DTEND;TZID=Romance Standard Time:20250306T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T145322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CEL - Salon Bellecour (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"CEL - Salon Bellecour (8)"\,"LocationAnnotation":""\,"LocationSource":"None"}]
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "essai-panier-note",
        "uid": "A7F3D9E2-1B64-4C08-9A5E-3D2F8B1C6E04",
        "label": (1, "Bistrot du Panier", "", "onsite", "Sylvie",
                  "hand-typed-trial-lunch-service-small-bistro"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7F3D9E2-1B64-4C08-9A5E-3D2F8B1C6E04
DTSTAMP:20250222T140205Z
DTSTART:20250226T100000
DTEND:20250226T150000
SUMMARY:essai bistrot panier (mercredi c'est mon off)
LOCATION:Bistrot du Panier\, rue du Refuge
DESCRIPTION:Sylvie (patronne) veut me voir sur un service midi avant de dé
 cider\, 45 couverts\, ardoise. Prendre couteaux. Payé ou pas ?? demander
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-google-spanish",
        "uid": "3ko8e1c6va9tq2m5dh0rj4bn7s@google.com",
        "label": (1, "Grupo Sal de Mar", "Jefe de Cocina", "hiring_manager",
                  "pau.vidal@grupsaldemar.com", "spanish-google-meet-operations-director"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250507T170000
DTEND;TZID=Europe/Madrid:20250507T174500
DTSTAMP:20250430T100945Z
ORGANIZER;CN=Pau Vidal:mailto:pau.vidal@grupsaldemar.com
UID:3ko8e1c6va9tq2m5dh0rj4bn7s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pau Vidal;X-NUM-GUESTS=0:mailto:pau.vidal@grupsaldemar.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Hola Yanis\, encantado. Te propongo una primera conversación por Meet para hablar del puesto de Jefe de Cocina en Sal de Mar Barceloneta (arrocería\, 150 cubiertos). Si prefieres en francés o inglés no hay problema.\n\nPau Vidal – Director de Operaciones\, Grupo Sal de Mar\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/hzr-bxkt-quc\nO marca: (ES) +34 910 48 23 61 PIN: 287 331 904#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jefe de Cocina – Sal de Mar (Yanis Benali)
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=meet.google.com/hzr-bxkt-quc:https://meet.google.com/hzr-bxkt-quc
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segunda-entrevista-degustacion",
        "uid": "8ne2r7a0lc5vk1sh4pb9tq6mf3@google.com",
        "label": (1, "Grupo Sal de Mar", "Jefe de Cocina", "final",
                  "pau.vidal@grupsaldemar.com;ana.roig@grupsaldemar.com", "spanish-second-round-with-tasting-onsite"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250521T090000Z
DTEND:20250521T140000Z
DTSTAMP:20250512T160255Z
ORGANIZER;CN=Pau Vidal:mailto:pau.vidal@grupsaldemar.com
UID:8ne2r7a0lc5vk1sh4pb9tq6mf3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ana Roig;X-NUM-GUESTS=0:mailto:ana.roig@grupsaldemar.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pau Vidal;X-NUM-GUESTS=0:mailto:pau.vidal@grupsaldemar.com
DESCRIPTION:Segunda y última entrevista en Barcelona: a las 11h nos vemos en Sal de Mar Barceloneta\, cocinas un arroz y un plato de pescado para Ana Roig (socia fundadora) y para mí\, y después comemos juntos y hablamos de las condiciones.\n\nPau
LOCATION:Sal de Mar Barceloneta\, Passeig de Joan de Borbó 58\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Segunda entrevista + degustación – Yanis Benali
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "france-travail-recrutement",
        "uid": "FT-RDV-ENT-13-2025-0478812",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-france-travail-employer-session"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//France Travail//Agenda Entreprise//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:FT-RDV-ENT-13-2025-0478812
DTSTAMP:20250403T080000Z
DTSTART:20250410T073000Z
DTEND:20250410T100000Z
SUMMARY:Session de recrutement – Le Calanque – Commis de cuisine (offre 187QWKT)
DESCRIPTION:Madame\, Monsieur\,\n\nNous vous confirmons l'organisation d'une session de recrutement dans nos locaux pour votre offre 187QWKT « Commis de cuisine (H/F) ».\n\n6 candidats présélectionnés par votre conseillère entreprise\, entretiens individuels de 20 minutes. Un bureau est mis à votre disposition.\nContact entreprise : Yanis Benali (sous-chef)\n\nFrance Travail – agence Marseille Joliette\, Service Entreprises
LOCATION:France Travail – agence Marseille Joliette
ORGANIZER;CN=France Travail Service Entreprises:mailto:entreprise.13240@francetravail.fr
ATTENDEE;CN=Yanis Benali;ROLE=CHAIR;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visio-whatsapp-candidat",
        "uid": "e27b4c91-0fa3-48d6-b5e2-9c1a7d3f6b80",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-whatsapp-video-with-applicant-abroad"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250505T231544Z
UID:e27b4c91-0fa3-48d6-b5e2-9c1a7d3f6b80
CLASS:PUBLIC
CREATED:20250505T231544Z
DESCRIPTION:Candidat second / CDP – Lorenzo\, il est encore à Naples jusqu'au 20\nvisio whatsapp +39 333 918 2204\nlui poser : dispo\, logement Marseille\, niveau français\, expérience poisson\nprévenir Stéphane du résultat
DTSTART:20250507T150000
DTEND:20250507T153000
LAST-MODIFIED:20250505T231544Z
SUMMARY:visio Lorenzo (candidat)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-no-employer",
        "uid": "talents-hotellerie-ev-20250212-scohen-0077",
        "label": (0, "", "", "", "", "agency-call-naming-no-employer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talents Hotellerie Conseil//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:talents-hotellerie-ev-20250212-scohen-0077
DTSTAMP:20250207T101500Z
DTSTART:20250213T143000Z
DTEND:20250213T150000Z
SUMMARY:Échange Sarah Cohen (Talents Hôtellerie) / Yanis Benali
DESCRIPTION:Bonjour Yanis\,\n\nJ'ai vu votre profil sur LinkedIn. Je vous propose un échange de 30 minutes pour faire connaissance : votre parcours\, le type de maison que vous visez (hôtellerie\, bistronomie\, groupe)\, votre mobilité et vos attentes salariales. J'ai régulièrement des postes de chef de cuisine et de chef exécutif sur la région PACA et en Suisse romande.\n\nSarah Cohen – Consultante\, Talents Hôtellerie Conseil
LOCATION:Téléphone
ORGANIZER;CN=Sarah Cohen:mailto:s.cohen@talents-hotellerie.fr
ATTENDEE;CN=Yanis Benali;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block-tasting",
        "uid": "F2B8C4A1-7D3E-4960-A5B2-E81C0D9F4A37",
        "label": (0, "", "", "", "", "prep-block-rehearse-menu-before-employer-tasting"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F2B8C4A1-7D3E-4960-A5B2-E81C0D9F4A37
DTSTAMP:20250309T220011Z
DTSTART;TZID=Europe/Paris:20250311T143000
DTEND;TZID=Europe/Paris:20250311T173000
SUMMARY:prépa dégustation Grand Phocéen – tester entrée + plat à la maison
DESCRIPTION:refaire le loup/fenouil/safran 2x\, chronométrer\, photos du dre
 ssage\nrappeler Lemaire pour confirmer la liste produits
LOCATION:maison
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
