# ruff: noqa: E501
"""holdout173 events, part j: interns and references on the hiring side; tastings, contests, podcast, offer, flat, webinar."""

EVENTS = [
    {
        "kind": "entretien-stagiaire-bts",
        "uid": "ENT-PRONOTE-STAGE-2025-BTS-MHR-4471",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-hotel-school-intern-applicant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Index Education//PRONOTE//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ENT-PRONOTE-STAGE-2025-BTS-MHR-4471
DTSTAMP:20250128T081500Z
DTSTART;TZID=Europe/Paris:20250204T150000
DTEND;TZID=Europe/Paris:20250204T153000
SUMMARY:Entretien de stage – Chloé Martin (BTS MHR 1re année) / Le Calanque
DESCRIPTION:Bonjour Monsieur\,\n\nNotre élève Chloé Martin se présentera au restaurant pour un entretien en vue de son stage de 1re année (8 semaines\, mai-juin\, option A cuisine). Merci de lui faire un retour et\, si vous l'acceptez\, de nous renvoyer la convention signée.\n\nM. Pellegrin – Professeur de cuisine\, Lycée hôtelier de Marseille
LOCATION:Le Calanque
ORGANIZER;CN=M. Pellegrin:mailto:t.pellegrin@lycee-hotelier-marseille.fr
ATTENDEE;CN=Chloé Martin;ROLE=OPT-PARTICIPANT:mailto:chloe.martin@eleve-lycee-hotelier-marseille.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-check-on-candidate",
        "uid": "E6F0B2A9-5C14-4D7E-9B3A-8D2C1F4E7A09",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-calls-former-employer-of-candidate"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E6F0B2A9-5C14-4D7E-9B3A-8D2C1F4E7A09
DTSTAMP:20250310T101122Z
DTSTART;TZID=Europe/Paris:20250311T104500
DTEND;TZID=Europe/Paris:20250311T110000
SUMMARY:Appeler chef Péron – réf Inès
DESCRIPTION:ancien chef d'Inès (CDP)\, 04 91 52 ...\ndemander : fiabilité\, p
 onctualité\, pourquoi elle part\, la reprendrait-il ?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "degustation-vins-fournisseur",
        "uid": "8ft3k0n6ba2vq9hm5le1rc7sj4@google.com",
        "label": (0, "", "", "", "", "supplier-wine-tasting-called-degustation"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T130000Z
DTEND:20250401T143000Z
DTSTAMP:20250325T160044Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:8ft3k0n6ba2vq9hm5le1rc7sj4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julie (salle);X-NUM-GUESTS=0:mailto:julie.lecalanque@gmail.com
DESCRIPTION:Jean-Luc (Cave du Vieux-Port) vient faire déguster les rosés et blancs pour la carte d'été. Yanis : prévoir 3-4 bouchées pour tester les accords (poisson cru\, supions\, panisse).
LOCATION:Le Calanque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation vins été – Cave du Vieux-Port
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "degustation-nouvelle-carte",
        "uid": "1nd5q8v2ha6ek0tc3ms9ob4rl7@google.com",
        "label": (0, "", "", "", "", "menu-tasting-for-current-owner-not-a-hiring-test"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T130000Z
DTEND:20250422T150000Z
DTSTAMP:20250414T224512Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:1nd5q8v2ha6ek0tc3ms9ob4rl7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Tu me fais goûter les 6 nouveaux plats de la carte d'été + les 2 desserts. On valide les prix et les fiches techniques après.
LOCATION:Le Calanque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation carte été
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-formateur-cfa",
        "uid": "cfa-suivi-apprenti-2025-03-noah-r-112",
        "label": (0, "", "", "", "", "apprentice-tripartite-follow-up-with-cfa-trainer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CFA Régional PACA//Agenda Entreprises//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:cfa-suivi-apprenti-2025-03-noah-r-112
DTSTAMP:20250303T073000Z
DTSTART:20250306T133000Z
DTEND:20250306T141500Z
SUMMARY:Visite en entreprise – suivi de l'apprenti Noah R. (CAP Cuisine 2e année)
DESCRIPTION:Entretien tripartite apprenti / maître d'apprentissage / formateur.\nOrdre du jour : livret d'apprentissage\, progression au poste\, préparation des épreuves du CAP en juin\, points d'amélioration.\nFormateur référent : M. Olivier Baldacci\nMaître d'apprentissage : Yanis Benali
LOCATION:Le Calanque
ORGANIZER;CN=Olivier Baldacci (CFA):mailto:o.baldacci@cfa-regional-paca.fr
ATTENDEE;CN=Yanis Benali;RSVP=TRUE:mailto:yanis.benali13@laposte.net
ATTENDEE;CN=Noah R.:mailto:noah.r.apprenti@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "concours-cuisine-selection",
        "uid": "trophee-jeunes-chefs-provence-2025-candidat-017",
        "label": (0, "", "", "", "", "cooking-contest-selection-before-jury"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trophee Cuisine Provence//Inscriptions//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:trophee-jeunes-chefs-provence-2025-candidat-017
DTSTAMP:20250120T120000Z
DTSTART;TZID=Europe/Paris:20250203T080000
DTEND;TZID=Europe/Paris:20250203T140000
SUMMARY:Sélection régionale – Trophée culinaire de Provence (candidat n°17)
DESCRIPTION:Candidat n°17 : Yanis Benali (Le Calanque)\nÉpreuve : 4h30 en box\, thème « La Méditerranée en 3 assiettes »\, passage devant le jury de dégustation à 12h40.\nPanier imposé dévoilé sur place. Apporter petit matériel et tenue complète.\nLes 4 meilleurs candidats sont qualifiés pour la finale de mai.
LOCATION:Lycée hôtelier de Marseille – laboratoire 2
ORGANIZER;CN=Comité du Trophée:mailto:contact@trophee-cuisine-provence.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast-enregistrement",
        "uid": "riverside-rec-9a21c4-yanis@riverside.fm",
        "label": (0, "", "", "", "", "podcast-guest-recording-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-9a21c4-yanis@riverside.fm
DTSTAMP:20250402T140000Z
DTSTART:20250414T080000Z
DTEND:20250414T090000Z
SUMMARY:Enregistrement « Derrière le passe » – épisode avec Yanis Benali
DESCRIPTION:Salut Yanis !\n\nMerci d'avoir accepté l'invitation. On enregistre l'épisode en distanciel : ton parcours de commis à sous-chef\, la vie d'une brigade de brasserie et la transmission aux apprentis. Environ 50 min d'interview.\n\nLien studio : https://riverside.fm/studio/derriere-le-passe?t=9a21c4\nCasque obligatoire\, endroit calme.\n\nMaxime – podcast « Derrière le passe »
LOCATION:https://riverside.fm/studio/derriere-le-passe?t=9a21c4
ORGANIZER;CN=Maxime Derrière le passe:mailto:derriere.le.passe.podcast@gmail.com
ATTENDEE;CN=Yanis Benali;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bilan-competences",
        "uid": "bilan-cibc-13-benali-seance2",
        "label": (0, "", "", "", "", "career-assessment-session-not-a-job-interview"),
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
CREATED:20250115T101500Z
DESCRIPTION:Bilan de compétences – entretien 2/6 (phase d'investigation)\nRestitution des tests d'intérêts professionnels et des valeurs\, travail sur les compétences transférables (management de brigade\, gestion des coûts).\n\nMaryse Delaunay – Consultante bilan\, CIBC
DTEND;TZID="Romance Standard Time":20250129T160000
DTSTAMP:20250115T101500Z
DTSTART;TZID="Romance Standard Time":20250129T143000
LAST-MODIFIED:20250115T101500Z
LOCATION:CIBC – 18 rue Paradis\, Marseille
ORGANIZER;CN="Maryse Delaunay":mailto:m.delaunay@cibc-provence.fr
ATTENDEE;CN="yanis.benali13@laposte.net";RSVP=TRUE:mailto:yanis.benali13@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien bilan de compétences – Y. Benali (2/6)
TRANSP:OPAQUE
UID:bilan-cibc-13-benali-seance2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "signature-promesse-embauche",
        "uid": "tt-meeting-4d2b8e90-71c3-4a5f-b6e8-0f9c3a21d754@teamtailor.com",
        "label": (0, "", "", "", "", "offer-signing-meeting-after-hire-decision"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-4d2b8e90-71c3-4a5f-b6e8-0f9c3a21d754@teamtailor.com
DTSTAMP:20250523T080501Z
DTSTART:20250528T080000Z
DTEND:20250528T090000Z
SUMMARY:Signature de votre contrat – Maison Vauban Restauration
DESCRIPTION:Bonjour Yanis\,\n\nFélicitations encore ! Nous vous attendons pour la signature de votre contrat de Chef de cuisine (CDI\, statut agent de maîtrise) et la remise de votre livret d'accueil. Prise de poste prévue le 1er juillet.\n\nMerci d'apporter : pièce d'identité\, carte Vitale\, RIB\, diplômes\, attestation de formation hygiène.\n\nJulie Marchetti\nResponsable RH – Maison Vauban Restauration
LOCATION:12 rue Sainte\, 13001 Marseille
ORGANIZER;CN=Julie Marchetti:mailto:julie.marchetti@maisonvauban.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-appartement-geneve",
        "uid": "9F3C7A1E-2D58-4B06-A4E9-6C0D8B5F2A13",
        "label": (0, "", "", "", "", "flat-viewing-in-geneva-zurich-zone"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Zurich
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:UTC+2
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:UTC+1
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:9F3C7A1E-2D58-4B06-A4E9-6C0D8B5F2A13
DTSTAMP:20250407T182004Z
DTSTART;TZID=Europe/Zurich:20250410T173000
DTEND;TZID=Europe/Zurich:20250410T181500
SUMMARY:Visite appart Carouge (régie)
LOCATION:Rue Jacques-Dalphin 22\, Carouge
DESCRIPTION:3 pièces 1650 CHF\, régie Pilet\ndossier : fiches de paie\, att
 estation employeur ?? (pas encore de contrat…)\, extrait poursuites
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cruise-careers-info-session",
        "uid": "on24-event-4418820-meridian-culinary-careers",
        "label": (0, "", "", "", "", "employer-careers-info-session-webinar"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//ON24 Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-event-4418820-meridian-culinary-careers
DTSTAMP:20250301T150000Z
DTSTART:20250311T160000Z
DTEND:20250311T170000Z
SUMMARY:Meridian Cruise Line – Life at Sea: Culinary Careers Info Session
DESCRIPTION:Thank you for registering!\n\nJoin our Fleet Culinary team for a live info session about working on board: contracts and rotations\, cabins and crew life\, career paths from Chef de Partie to Executive Chef\, and how our recruitment process works. Live Q&A at the end.\n\nAudience link: https://event.on24.com/wcc/r/4418820/culinary\n\nThis is a group webcast – your camera and microphone will not be used.
LOCATION:Online webcast
ORGANIZER;CN=Meridian Cruise Line Careers:mailto:careers-events@meridiancruises.com
END:VEVENT
END:VCALENDAR
""",
    },
]
