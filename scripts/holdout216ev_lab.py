"""holdout216: the lab's everyday calendar and research look-alikes of interviews -- raw iCalendar text."""

from holdout216ev_tz import BRUSSELS, PARIS_APPLE, PARIS_GOOGLE, PARIS_SHORT, ROMANCE

EVENTS = [
    (
        "zimbra-recurring",
        {"uid": "5f6e7d8c-lcmf-mh-group-meeting-2024", "i": 0, "trap": "weekly-group-meeting-with-moved-occurrence"},
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:PUBLISH
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:5f6e7d8c-lcmf-mh-group-meeting-2024
SUMMARY:Réunion d'équipe MH (group meeting)
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T215959Z
ORGANIZER;CN=Stéphane Garnier:mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;CN=equipe-mh;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:equipe-mh@listes.univ-lyon1.fr
DTSTART;TZID="Europe/Paris":20240909T093000
DTEND;TZID="Europe/Paris":20240909T110000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20240902T080000Z
SEQUENCE:0
LOCATION:Salle 1er étage Chevreul
DESCRIPTION:Tour de table + 1 présentation (planning sur le wiki). Le dernier
  lundi du mois : point sécurité / commandes.
END:VEVENT
BEGIN:VEVENT
UID:5f6e7d8c-lcmf-mh-group-meeting-2024
RECURRENCE-ID;TZID="Europe/Paris":20250421T093000
SUMMARY:Réunion d'équipe MH (group meeting) - décalée mardi (lundi de Pâques)
ORGANIZER;CN=Stéphane Garnier:mailto:stephane.garnier@univ-lyon1.fr
DTSTART;TZID="Europe/Paris":20250422T140000
DTEND;TZID="Europe/Paris":20250422T153000
STATUS:CONFIRMED
DTSTAMP:20250410T120000Z
SEQUENCE:1
LOCATION:Salle 1er étage Chevreul
DESCRIPTION:Présentation : Clément - répétition de l'audition MCF ? (à confir
 mer)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDB01000000000000000010000000DDDDEEEE"
            "FFFF00001111222233334444",
            "i": 0,
            "trap": "anr-consortium-meeting-with-industrial-partner",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="GARNIER, Stéphane":mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU, Clément":mailto:clement.rousseau@uni
 v-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TANAKA Yuki":mailto:yuki.tanaka@arkema.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marc.oliveira@icmcb.cnrs.fr:mailto:marc.olivei
 ra@icmcb.cnrs.fr
DESCRIPTION;LANGUAGE=fr-FR:ODJ :\\n1. Avancement WP2 (synthèse et caractérisation - Clément)\\n2. Livrable
  D2.3 à M18\\n3. Échantillons pour Arkema (tests liant)\\n4. Préparation du comité de pilotage ANR\\n\\nRéun
 ion Microsoft Teams\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJj\\n
UID:040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDB01000000000000000010000000DDDDEEEEFFFF000011112222
 33334444
SUMMARY;LANGUAGE=fr-FR:ANR HYMAT - réunion WP2
DTSTART;TZID=Romance Standard Time:20250123T100000
DTEND;TZID=Romance Standard Time:20250123T120000
CLASS:PUBLIC
DTSTAMP:20250110T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        {"uid": "soutenance-bmallet-20250617@ircelyon.univ-lyon1.fr", "i": 0, "trap": "phd-defence-user-on-jury"},
        """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:soutenance-bmallet-20250617@ircelyon.univ-lyon1.fr
DTSTAMP:20250505T083000Z
SUMMARY:Soutenance de thèse - Benoît Mallet (jury)
ORGANIZER;CN=Benoît Mallet:mailto:benoit.mallet@ircelyon.univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau@univ-l
 yon1.fr
ATTENDEE;CN=Véra Kovač;ROLE=REQ-PARTICIPANT:mailto:vera.kovac@ki.si
ATTENDEE;CN=Jean-Marc Duval;ROLE=REQ-PARTICIPANT:mailto:jean-marc.duval@univ-poitiers.fr
DTSTART;TZID=Europe/Paris:20250617T140000
DTEND;TZID=Europe/Paris:20250617T180000
LOCATION:IRCELYON\\, amphithéâtre - 2 av. Albert Einstein\\, Villeurbanne
DESCRIPTION:Bonjour\\,\\n\\nJe soutiendrai ma thèse « Catalyseurs oxydes mixtes
  pour l'oxydation sélective » le 17 juin à 14h. Composition du jury : Mme V.
  Kovač (rapporteure)\\, M. J.-M. Duval (rapporteur)\\, M. C. Rousseau (examinat
 eur)\\, M. P. Girard (directeur de thèse). Délibération à huis clos puis pot.
 \\n\\nBenoît
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-recurring",
        {"uid": "edt-l2-chimie-inorg-td-gr3-2025", "i": 0, "trap": "teaching-td-recurring"},
        """BEGIN:VCALENDAR
PRODID:-//ADE//ADE Campus//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:edt-l2-chimie-inorg-td-gr3-2025
DTSTAMP:20250106T050000Z
DTSTART:20250114T073000Z
DTEND:20250114T093000Z
RRULE:FREQ=WEEKLY;COUNT=10
SUMMARY:TD Chimie inorganique L2 - Gr 3
LOCATION:Thémis 12
DESCRIPTION:\\n\\nL2 CHIMIE S4\\nGR3\\nROUSSEAU CLEMENT\\n(Exporté le:06/01/2025)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {"uid": "4l6n8p0r2t4v6x8z0b2d4f6h8j@google.com", "i": 0, "trap": "teaching-tp-all-day"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250325
DTEND;VALUE=DATE:20250326
DTSTAMP:20250301T100000Z
UID:4l6n8p0r2t4v6x8z0b2d4f6h8j@google.com
DESCRIPTION:TP M1 matériaux - synthèse sol-gel + DRX. 2 binômes à évaluer (c
 ompte-rendu à noter pour le 4/04)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TP M1 Chimie des matériaux (journée)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {"uid": "0n2p4r6t8v0x2z4b6d8f0h2j4l@google.com", "i": 0, "trap": "press-interview-science-magazine"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250211T110000
DTEND;TZID=Europe/Paris:20250211T114500
DTSTAMP:20250205T160000Z
ORGANIZER;CN=Élodie Marchand:mailto:e.marchand@sciences-avenir.fr
UID:0n2p4r6t8v0x2z4b6d8f0h2j4l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau@univ-lyon1.fr;X-NUM-GUESTS=0:mailto:clement.rousse
 au@univ-lyon1.fr
CREATED:20250205T155958Z
DESCRIPTION:Bonjour\\, comme convenu avec le service communication du CNRS\\,
  voici le créneau pour l'interview sur les batteries sodium-ion (dossier « L'a
 près-lithium » du numéro d'avril). Environ 30 min\\, par téléphone ou Meet\\, pu
 is relecture de vos citations avant publication.<br>Élodie Marchand\\, journa
 liste
LAST-MODIFIED:20250205T155959Z
LOCATION:Google Meet : https://meet.google.com/jzt-qfxb-rmd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Sciences et Avenir - C. Rousseau (sodium-ion)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-invite",
        {"uid": "zoom-86512034471-podcast@zoom.us", "i": 0, "trap": "podcast-recording-interview-format"},
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:zoom-86512034471-podcast@zoom.us
DTSTAMP:20250303T101000Z
DTSTART;TZID=Europe/Paris:20250314T170000
DTEND;TZID=Europe/Paris:20250314T180000
SUMMARY:Enregistrement podcast « Chimie en tête » - ép. 42 : les MOF
ORGANIZER;CN=Chimie en tête (SCF jeunes):mailto:podcast@scf-jeunes.fr
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau@univ-lyon1.fr
LOCATION:https://us02web.zoom.us/j/86512034471
DESCRIPTION:Salut Clément !\\n\\nOn enregistre l'épisode en format interview
  (questions préparées envoyées la veille\\, ~35 min de rush). Micro-casque con
 seillé\\, pièce calme.\\n\\nID de réunion : 865 1203 4471\\nCode secret : 42mof
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {"uid": "5p7r9t1v3x5z7b9d1f3h5j7l9n@google.com", "i": 0, "trap": "sociology-research-interview-about-careers"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250304T100000
DTEND;TZID=Europe/Paris:20250304T113000
DTSTAMP:20250224T130000Z
ORGANIZER;CN=Lucie Barbier:mailto:lucie.barbier@ens-lyon.fr
UID:5p7r9t1v3x5z7b9d1f3h5j7l9n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250224T125958Z
DESCRIPTION:Merci d'avoir accepté de participer à l'enquête « Trajectoires de
 s post-doctorant·es en sciences expérimentales » (Centre Max Weber). L'entret
 ien semi-directif dure 1h à 1h30\\, il est enregistré et anonymisé. Formulair
 e de consentement en pièce jointe.<br>Lucie Barbier\\, doctorante en sociologie
LAST-MODIFIED:20250224T125959Z
LOCATION:Café du campus\\, ENS Lyon (site Descartes)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien enquête postdocs - C. Rousseau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {"uid": "ed206-csi-2025-chloe-vial-0412", "i": 0, "trap": "phd-student-annual-follow-up-committee"},
        """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:ed206-csi-2025-chloe-vial-0412
SUMMARY:CSI Chloé Vial (2e année) - comité de suivi individuel
ORGANIZER;CN=Chloé Vial:mailto:chloe.vial@univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau@univ-l
 yon1.fr
ATTENDEE;CN=Agnès Roche;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:agnes.roche@insa-lyon.fr
DTSTART;TZID="Europe/Paris":20250604T160000
DTEND;TZID="Europe/Paris":20250604T173000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20250515T090000Z
SEQUENCE:0
LOCATION:Salle 1er étage Chevreul
DESCRIPTION:Présentation de l'avancement (20 min)\\, puis entretien du comité
  avec la doctorante seule\\, puis avec l'encadrement. Clément invité pour la
  partie encadrement.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-entry",
        {
            "uid": "9r1t3v5x7z9b1d3f5h7j9l1n3p@google.com",
            "i": 0,
            "trap": "synchrotron-beamtime-multi-day-employer-name",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250401
DTEND;VALUE=DATE:20250404
DTSTAMP:20250210T100000Z
UID:9r1t3v5x7z9b1d3f5h7j9l1n3p@google.com
DESCRIPTION:Proposal MA-6120\\, ID31. Shifts 8h-20h avec Chloé. Cellules ope
 rando + porte-échantillons dans la malle. Safety training en ligne AVANT. Gu
 esthouse ESRF réservée.
LOCATION:ESRF\\, Grenoble
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Beamtime ESRF ID31 (MA-6120)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {"uid": "ARK-CRRA-VISIT-HYMAT-20250520", "i": 0, "trap": "collaboration-visit-at-interviewing-employer"},
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
"""
        + ROMANCE
        + """BEGIN:VEVENT
UID:ARK-CRRA-VISIT-HYMAT-20250520
DTSTAMP:20250506T141500Z
DTSTART;TZID="Romance Standard Time":20250520T093000
DTEND;TZID="Romance Standard Time":20250520T123000
SUMMARY:Visite LCMF au CRRA - point essais liants HYMAT
ORGANIZER;CN="TANAKA Yuki":mailto:yuki.tanaka@arkema.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU Clément":mailto:clement.rousseau@un
 iv-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Stéphane":mailto:stephane.garnier@un
 iv-lyon1.fr
LOCATION:Arkema CRRA\\, Pierre-Bénite - bât. 104\\, salle Rhône
DESCRIPTION:Bonjour\\,\\n\\nPour notre point d'avancement ANR : résultats des te
 sts de liant sur vos poudres (lot 3)\\, visite du labo électrodes. Badges visit
 eurs à demander 48 h avant (merci de m'envoyer vos noms complets + pièce d'id
 entité).\\n\\nYuki
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {"uid": "rh-ucbl-ep-2025-rousseau-c", "i": 0, "trap": "own-annual-appraisal-entretien-professionnel"},
        """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:rh-ucbl-ep-2025-rousseau-c
SUMMARY:Entretien professionnel annuel - C. Rousseau (contractuel)
ORGANIZER;CN=Stéphane Garnier:mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau@univ-l
 yon1.fr
DTSTART;TZID="Europe/Paris":20250130T140000
DTEND;TZID="Europe/Paris":20250130T150000
STATUS:CONFIRMED
TRANSP:OPAQUE
DTSTAMP:20250120T080000Z
SEQUENCE:0
LOCATION:Bureau 214
DESCRIPTION:Campagne d'entretiens professionnels 2025. Merci de remplir ta
  partie du formulaire (bilan de l'année\\, objectifs\\, besoins de formation)
  dans l'application avant l'entretien. On parlera aussi de la suite après ton
  contrat.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {"uid": "UCBL-DRH-FINCONTRAT-2025-00871", "i": 0, "trap": "own-exit-interview-end-of-contract"},
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
"""
        + ROMANCE
        + """BEGIN:VEVENT
UID:UCBL-DRH-FINCONTRAT-2025-00871
DTSTAMP:20250610T090000Z
DTSTART;TZID="Romance Standard Time":20250625T103000
DTEND;TZID="Romance Standard Time":20250625T111500
SUMMARY:Entretien de fin de contrat - M. Rousseau
ORGANIZER;CN="DRH - Pôle contractuels recherche":mailto:drh-contractuels@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU Clément":mailto:clement.rousseau@un
 iv-lyon1.fr
LOCATION:Bât. Déambulatoire - DRH\\, bureau 12
DESCRIPTION:Monsieur\\,\\n\\nVotre contrat arrivant à échéance le 31/08\\, nous
  vous proposons un entretien de fin de contrat : retour sur votre expérience
  à l'université\\, solde de congés\\, attestation employeur et droits à l'allo
 cation chômage (ARE)\\, restitution du badge.\\n\\nPôle contractuels recherche
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "erc-invite",
        {"uid": "ERCEA-STG-2025-PE5-INT-101188431", "i": 0, "trap": "erc-grant-panel-interview-not-a-job"},
        """BEGIN:VCALENDAR
PRODID:-//European Commission//ERCEA Interview Planning//EN
VERSION:2.0
METHOD:PUBLISH
"""
        + BRUSSELS
        + """BEGIN:VEVENT
UID:ERCEA-STG-2025-PE5-INT-101188431
DTSTAMP:20250502T080000Z
DTSTART;TZID=Europe/Brussels:20250611T143000
DTEND;TZID=Europe/Brussels:20250611T150000
SUMMARY:ERC-2025-StG - Step 2 interview - PE5 - proposal 101188431 (HYBRIDOX)
LOCATION:Covent Garden building\\, Place Rogier 16\\, 1210 Brussels - floor 2
DESCRIPTION:Dear Dr Rousseau\\,\\n\\nYou are invited to an interview with the PE5
  evaluation panel. The interview consists of a 10-minute presentation by the
  Principal Investigator followed by a 15-minute question-and-answer session.
  Please arrive 30 minutes early for registration.\\n\\nERC Executive Agency -
  Scientific Management Department
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-entry",
        {"uid": "A3C5E7F9-1B2D-4F6A-8C0E-2D4F6A8C0E12", "i": 0, "trap": "reference-call-user-is-referee"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20250318T120000Z
DTEND;TZID=Europe/Paris:20250320T123000
DTSTAMP:20250318T120100Z
DTSTART;TZID=Europe/Paris:20250320T121500
LAST-MODIFIED:20250318T120100Z
SEQUENCE:0
SUMMARY:appel Syngenta - référence pour Julien (ex-stagiaire M2)
DESCRIPTION:RH Syngenta (Mme Keller) appelle pour prise de réf. Julien Morin
  (stage 2023). dire : autonome\\, rigoureux\\, un peu lent sur la rédaction
UID:A3C5E7F9-1B2D-4F6A-8C0E-2D4F6A8C0E12
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
