"""holdout216: personal life and job-search look-alikes (mock auditions, coaching, fairs, prep) -- raw iCalendar."""

from holdout216ev_tz import PARIS_APPLE, PARIS_GOOGLE, PARIS_SHORT

EVENTS = [
    (
        "google-recurring",
        {"uid": "1v3x5z7b9d1f3h5j7l9n1p3r5t@google.com", "i": 0, "trap": "climbing-club-weekly-with-exdate"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20240918T193000
DTEND;TZID=Europe/Paris:20240918T220000
RRULE:FREQ=WEEKLY;BYDAY=WE
EXDATE;TZID=Europe/Paris:20250423T193000
DTSTAMP:20240915T200000Z
UID:1v3x5z7b9d1f3h5j7l9n1p3r5t@google.com
DESCRIPTION:créneau adultes autonomes. cotisation payée. ramener les dégaines
  du club
LOCATION:Gymnase Jean Zay - mur d'escalade\\, Villeurbanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grimpe - Vertical'Doua
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "doctolib-booking",
        {"uid": "doctolib-appointment-4481920377@doctolib.fr", "i": 0, "trap": "gp-appointment-doctolib"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-4481920377@doctolib.fr
DTSTAMP:20250203T190000Z
DTSTART:20250206T171500Z
DTEND:20250206T173000Z
SUMMARY:RDV avec Dr Anne Morel - Médecin généraliste
LOCATION:Cabinet médical des Charpennes\\, 12 rue Château-Gaillard\\, 69100 Villeurbanne
DESCRIPTION:Motif : Consultation de suivi (médecin traitant)\\nPensez à apporter
  votre carte Vitale.\\nPour annuler ou déplacer : https://www.doctolib.fr/accou
 nt/appointments
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {"uid": "2w4y6a8c0e2g4i6k8m0o2q4s6u@google.com", "i": 0, "trap": "partner-concert-spanish-invite"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250329T200000
DTEND;TZID=Europe/Paris:20250329T223000
DTSTAMP:20250310T210000Z
ORGANIZER;CN=Valentina Soto:mailto:valentina.soto.vln@gmail.com
UID:2w4y6a8c0e2g4i6k8m0o2q4s6u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250310T205958Z
DESCRIPTION:Concierto del cuarteto en la Salle Molière 🎻 Programa: Ginastera
  + Ravel. Llega antes para el ensayo general si puedes (18h30)\\, y trae a tu
  mamá si quiere venir\\, le guardo entrada. Te quiero!
LAST-MODIFIED:20250310T205959Z
LOCATION:Salle Molière\\, 18 quai de Bondy\\, Lyon 5e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Concierto Cuarteto Aurora 🎶
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-entry",
        {"uid": "C1D3E5F7-0A2B-4C4D-8E6F-1A3B5C7D9E0F", "i": 0, "trap": "prefecture-naturalisation-entretien-partner"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20250212T080000Z
DTEND;TZID=Europe/Paris:20250415T110000
DTSTAMP:20250212T080100Z
DTSTART;TZID=Europe/Paris:20250415T093000
LAST-MODIFIED:20250212T080100Z
LOCATION:Préfecture du Rhône\\, 18 rue de Bonnel\\, Lyon 3e
SEQUENCE:0
SUMMARY:Préfecture - entretien d'assimilation Valentina (naturalisation)
DESCRIPTION:j'accompagne V. poser la matinée. convocation + originaux (acte
  naissance traduit\\, justif domicile\\, avis impo). questionnaire valeurs rép
 ublique/histoire à réviser avec elle
UID:C1D3E5F7-0A2B-4C4D-8E6F-1A3B5C7D9E0F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {"uid": "7c6b5a49-audition-blanche-mcf-crousseau", "i": 0, "trap": "mock-audition-blanche-with-colleagues"},
        """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:7c6b5a49-audition-blanche-mcf-crousseau
SUMMARY:Audition blanche MCF - Clément
ORGANIZER;CN=Stéphane Garnier:mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clement.rousseau@univ-lyon1.fr
ATTENDEE;CN=Nadia Ferhat;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadia.ferhat@univ-lyon1.fr
ATTENDEE;CN=Agnès Roche;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:agnes.roche@insa-lyon.fr
DTSTART;TZID="Europe/Paris":20250414T170000
DTEND;TZID="Europe/Paris":20250414T183000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20250407T150000Z
SEQUENCE:0
LOCATION:Salle 1er étage Chevreul
DESCRIPTION:Répétition en conditions réelles avant Grenoble / Bordeaux / Lyon
  1 : 10 min d'exposé chronométré\\, puis on joue le comité (questions enseig
 nement\\, intégration\\, « pourquoi chez nous »). Amenez vos questions piège
  !
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-invite",
        {"uid": "zoom-83377120455-abg-coaching@zoom.us", "i": 0, "trap": "mock-interview-with-career-coach"},
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:zoom-83377120455-abg-coaching@zoom.us
DTSTAMP:20250120T090000Z
DTSTART;TZID=Europe/Paris:20250124T140000
DTEND;TZID=Europe/Paris:20250124T150000
SUMMARY:ABG - Simulation d'entretien de recrutement (accompagnement docteurs)
ORGANIZER;CN=Hélène Castel (ABG):mailto:helene.castel@abg.asso.fr
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:https://us02web.zoom.us/j/83377120455
DESCRIPTION:Bonjour Clément\\,\\n\\nComme prévu dans votre parcours d'accompagne
 ment\\, nous ferons une simulation d'entretien pour un poste d'ingénieur R&D
  (à partir de l'offre Arkema que vous m'avez transmise)\\, filmée\\, suivie d'u
 n débrief sur le pitch et les questions de motivation.\\n\\nHélène Castel\\, co
 nseillère carrière - Association Bernard Gregory
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "livestorm-registration",
        {"uid": "livestorm-session-5b0e2d7a-abg-entretiens", "i": 0, "trap": "webinar-about-job-interviews"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-5b0e2d7a-abg-entretiens
DTSTAMP:20250108T120000Z
DTSTART:20250116T113000Z
DTEND:20250116T130000Z
SUMMARY:Webinaire : Docteurs\\, réussir ses entretiens de recrutement en entreprise
LOCATION:https://app.livestorm.co/abg/reussir-ses-entretiens/live
DESCRIPTION:Vous êtes inscrit(e) au webinaire de l'Association Bernard Gregory.
 \\nAu programme : les étapes d'un processus de recrutement R&D (entretien RH\\,
  entretien technique\\, séminaire)\\, valoriser sa thèse\\, questions fréquentes
 \\, témoignages de docteurs recrutés chez Air Liquide et Michelin.\\n\\nRejoindr
 e : https://app.livestorm.co/abg/reussir-ses-entretiens/live
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {"uid": "3x5z7b9d1f3h5j7l9n1p3r5t7v@google.com", "i": 0, "trap": "phd-careers-fair-all-day"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250129
DTEND;VALUE=DATE:20250130
DTSTAMP:20250105T100000Z
UID:3x5z7b9d1f3h5j7l9n1p3r5t7v@google.com
DESCRIPTION:PhD Talent Career Fair - Centquatre\\, Paris. Stands : Saint-Gobai
 n\\, Air Liquide\\, Servier\\, TotalEnergies... 15 CV imprimés. TGV 7h04.
LOCATION:Le Centquatre\\, 5 rue Curial\\, Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PhD Talent Career Fair (Paris)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {"uid": "8c0e2g4i6k8m0o2q4s6u8w0y2a@google.com", "i": 0, "trap": "informational-coffee-with-insider"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250124T123000
DTEND;TZID=Europe/Paris:20250124T133000
DTSTAMP:20250119T180000Z
ORGANIZER;CN=Sophie Guillot:mailto:sophie.guillot@gmail.com
UID:8c0e2g4i6k8m0o2q4s6u8w0y2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250119T175958Z
DESCRIPTION:Avec plaisir pour un café ! Je te raconte comment ça se passe côt
 é R&D chez Arkema depuis 2 ans (et le passage postdoc -> indus). Pas de pos
 te ouvert dans mon équipe pour l'instant mais je peux te donner des contacts.
LAST-MODIFIED:20250119T175959Z
LOCATION:Café Mokxa\\, Lyon 1er
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Sophie / Clément
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-booking",
        {"uid": "HXN4R8TQ2WVK6PZ3@calendly.com", "i": 0, "trap": "agency-call-no-employer-named"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:HXN4R8TQ2WVK6PZ3@calendly.com
DTSTAMP:20250105T161000Z
DTSTART:20250109T173000Z
DTEND:20250109T180000Z
SUMMARY:Point carrière (30 min) - Clément Rousseau
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@alcyon-talents.fr
ATTENDEE;CN=Clément Rousseau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Téléphone
DESCRIPTION:Event Name: Point carrière (30 min)\\n\\nAlcyon Talents accompagne
  les docteurs et ingénieurs R&D dans leur évolution. Premier échange pour com
 prendre votre projet (industrie / académique)\\, vos zones géographiques et v
 otre calendrier. Nous vous recontacterons si une mission correspond à votre p
 rofil.\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-entry",
        {"uid": "B8D0F2A4-6C8E-4A0B-9D2F-4B6D8F0A2C46", "i": 0, "trap": "prep-block-before-audition"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20250410T210000Z
DTEND;TZID=Europe/Paris:20250415T180000
DTSTAMP:20250410T210100Z
DTSTART;TZID=Europe/Paris:20250415T140000
LAST-MODIFIED:20250410T210100Z
SEQUENCE:0
SUMMARY:PRÉPA audition Bordeaux - slides + questions ICMCB
DESCRIPTION:relire profil poste 4087\\, publis de l'équipe oxydes\\, maquette L3
 . chronométrer 10 min x3. préparer « pourquoi Bordeaux »
UID:B8D0F2A4-6C8E-4A0B-9D2F-4B6D8F0A2C46
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "android-entry",
        {"uid": "d9f1b3c5e7a94f20@com.google.android.calendar", "i": 0, "trap": "thank-you-note-reminder", "eol": "lf"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//FR
BEGIN:VEVENT
UID:d9f1b3c5e7a94f20@com.google.android.calendar
DTSTAMP:20250327T180000Z
DTSTART;VALUE=DATE:20250328
DTEND;VALUE=DATE:20250329
SUMMARY:mail merci Stefan + Martina (Clariant) + note de frais Lyria
DESCRIPTION:+ relancer Lea B. pour délai réponse
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {"uid": "CEA-SST-GRE-VM-EMB-2025-0412", "i": 0, "trap": "pre-employment-medical-visit"},
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:CEA-SST-GRE-VM-EMB-2025-0412
DTSTAMP:20250507T080000Z
DTSTART;TZID=Europe/Paris:20250522T083000
DTEND;TZID=Europe/Paris:20250522T100000
SUMMARY:Visite médicale d'embauche - M. Rousseau Clément
ORGANIZER;CN="SST Grenoble - Secrétariat médical":mailto:sst-grenoble@cea.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Rousseau Clément":mailto:clement.rousseau.chimie@free.fr
LOCATION:CEA Grenoble - Service de Santé au Travail\\, bât. 50.01
DESCRIPTION:Monsieur\\,\\n\\nDans le cadre de votre embauche\\, vous êtes convoqué
  à une visite d'information et de prévention / aptitude (suivi individuel ren
 forcé) avec le médecin du travail. Prévoir : carnet de vaccination\\, lunettes
  le cas échéant\\, être à jeun pour la prise de sang.\\n\\nLe secrétariat médic
 al
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "france-travail",
        {"uid": "FT-RDV-2025-06-69V-881204557", "i": 0, "trap": "job-centre-entretien-not-an-employer"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//France Travail//Espace candidat//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:FT-RDV-2025-06-69V-881204557
DTSTAMP:20250602T100000Z
DTSTART:20250612T080000Z
DTEND:20250612T084500Z
SUMMARY:Entretien avec votre conseiller France Travail
LOCATION:France Travail Villeurbanne\\, 42 rue Francis de Pressensé
DESCRIPTION:Rendez-vous : entretien de situation (inscription anticipée fin de
  CDD)\\nConseiller : M. Patrick Nguyen\\nMerci de vous munir de votre pièce d'id
 entité et de votre dernier contrat de travail.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {"uid": "5z7b9d1f3h5j7l9n1p3r5t7v9x@google.com", "i": 0, "trap": "bank-loan-appointment"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250308T083000Z
DTEND:20250308T093000Z
DTSTAMP:20250301T120000Z
UID:5z7b9d1f3h5j7l9n1p3r5t7v9x@google.com
DESCRIPTION:avec V. - simulation prêt immo. apporter 3 derniers bulletins + c
 ontrat (CDD postdoc... pb ?)
LOCATION:Crédit Mutuel Villeurbanne Gratte-Ciel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV banque conseiller
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {"uid": "cdl-formation-audition-mcf-2025-s2", "i": 0, "trap": "training-how-to-prepare-mcf-audition"},
        """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:cdl-formation-audition-mcf-2025-s2
SUMMARY:Formation : préparer son audition de maître de conférences
ORGANIZER;CN=Collège doctoral - Formations:mailto:formation.doctorale@universite-lyon.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clement.rousseau@univ-lyon1.fr
DTSTART;TZID="Europe/Paris":20250318T093000
DTEND;TZID="Europe/Paris":20250318T163000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20250220T090000Z
SEQUENCE:0
LOCATION:Université de Lyon\\, 92 rue Pasteur\\, salle 3
DESCRIPTION:Atelier (12 participants) : fonctionnement des comités de sélecti
 on\\, construire son exposé de 10 min\\, projet d'intégration recherche/enseig
 nement\\, simulations d'audition en petits groupes avec d'anciens membres de
  comités. Public : post-doctorants et ATER qualifiés.
END:VEVENT
END:VCALENDAR
""",
    ),
]
