# ruff: noqa: E501
"""holdout223: negatives, part 3 (personal life and more look-alikes)."""

from holdout223ev_tz import TZ_APPLE, TZ_GOOGLE, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "remerciement",
        "E1F20314-2536-4748-9A5B-6C7D8E9FA0B1",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250414T200000
DTEND;TZID=Europe/Paris:20250414T201500
DTSTAMP:20250414T161000Z
SUMMARY:Mail merci Eiffage (Kerjean + Piriou)
DESCRIPTION:Remercier pour l'étude de cas + renvoyer le planning corrigé qu'ils m'ont demandé.
UID:E1F20314-2536-4748-9A5B-6C7D8E9FA0B1
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-names-interviewers",
        crlf=False,
    ),
    ev(
        "visite-medicale",
        "ast35-vip-embauche-20250612-garnier",
        r"""
BEGIN:VCALENDAR
PRODID:-//AST35//Convocations//FR
VERSION:2.0
METHOD:PUBLISH
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
UID:ast35-vip-embauche-20250612-garnier
DTSTAMP:20250602T080000Z
DTSTART;TZID=Europe/Paris:20250612T083000
DTEND;TZID=Europe/Paris:20250612T090000
SUMMARY:Visite d'information et de prévention (embauche) - M. GARNIER Thibault
DESCRIPTION:Convocation à la demande de votre futur employeur (Groupe Giboire). Se munir du carnet de vaccination\, lunettes/lentilles\, liste des traitements en cours.\nService de Santé au Travail AST35.
LOCATION:AST35 - Centre de Rennes Nord\, 11 rue de l'Alma
END:VEVENT
END:VCALENDAR
""",
        trap="pre-employment-medical-names-new-employer",
    ),
    ev(
        "reference-referent",
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour M. Garnier\,\n\nMathieu Lebrun vous a cité comme référence (chef de chantier sous votre responsabilité 2019-2023). Auriez-vous 15 minutes pour répondre à quelques questions sur sa façon de travailler ?\n\nMerci\,\nCéline Aubert – Fed Construction\n
DTSTART;TZID="Romance Standard Time":20250408T123000
DTEND;TZID="Romance Standard Time":20250408T124500
DTSTAMP:20250404T100000Z
LOCATION:Téléphone
ORGANIZER;CN="Céline Aubert":mailto:c.aubert@fedconstruction.fr
SEQUENCE:0
SUMMARY:Prise de références - Mathieu Lebrun
UID:9f8e7d6c5b4a39281706f5e4d3c2b1a0
END:VEVENT
END:VCALENDAR
""",
        trap="reference-call-user-is-the-referee",
    ),
    ev(
        "rugby",
        "0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250305T173000
DTEND;TZID=Europe/Paris:20250305T190000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20250625T153000Z
EXDATE;TZID=Europe/Paris:20250416T173000
DTSTAMP:20250301T120000Z
UID:0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com
DESCRIPTION:Entraînement U14 – déposer Noé au stade\, récup 19h (sauf si Claire).
LOCATION:Stade Vélodrome\, Rennes
SUMMARY:Rugby Noé
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250402T173000
DTEND;TZID=Europe/Paris:20250402T190000
RECURRENCE-ID;TZID=Europe/Paris:20250402T173000
DTSTAMP:20250330T120000Z
UID:0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com
DESCRIPTION:Entraînement + réunion parents pour le tournoi de Pentecôte
LOCATION:Stade Vélodrome\, Rennes
SUMMARY:Rugby Noé + réunion parents
END:VEVENT
END:VCALENDAR
""",
        trap="son-rugby-recurring-with-override",
    ),
    ev(
        "doctolib",
        "doctolib-appt-284711093",
        r"""
BEGIN:VCALENDAR
PRODID:-//Doctolib//Doctolib//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-284711093
DTSTAMP:20250310T183000Z
DTSTART:20250317T171500Z
DTEND:20250317T173000Z
SUMMARY:RDV Dr Anne Le Goff - Médecin généraliste
DESCRIPTION:Consultation de suivi\nDr Anne Le Goff\n22 rue de Fougères\, 35700 Rennes\nPour annuler ou déplacer votre rendez-vous : https://www.doctolib.fr/account/appointments
LOCATION:22 rue de Fougères\, 35700 Rennes
END:VEVENT
END:VCALENDAR
""",
        trap="doctor-appointment-doctolib",
    ),
    ev(
        "controle-technique",
        "60718293-A4B5-4C6D-8E7F-9A0B1C2D3E4F",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
"""
        + TZ_APPLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250329T090000
DTEND;TZID=Europe/Paris:20250329T100000
DTSTAMP:20250320T080000Z
SUMMARY:CT Scénic
DESCRIPTION:Dekra Cesson\, réservé en ligne. Apporter carte grise. Contre-visite si pb plaquettes.
LOCATION:Dekra\, Cesson-Sévigné
UID:60718293-A4B5-4C6D-8E7F-9A0B1C2D3E4F
END:VEVENT
END:VCALENDAR
""",
        trap="car-inspection-abbreviated",
        crlf=False,
    ),
    ev(
        "soiree-crepes",
        "2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250405T193000
DTEND;TZID=Europe/Paris:20250405T233000
DTSTAMP:20250328T110000Z
ORGANIZER;CN=Anne Riou:mailto:anne.riou56@gmail.com
UID:2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Loïc Riou:mailto:loic.riou@free.fr
DESCRIPTION:Soirée galettes-crêpes à la maison ! Vous amenez le cidre ? Les enfants bienvenus.
LOCATION:Chez Anne & Loïc\, Thorigné-Fouillard
SUMMARY:Soirée crêpes 🥞
END:VEVENT
END:VCALENDAR
""",
        trap="friends-crepe-night-invite",
    ),
    ev(
        "notaire",
        "notaire-lucas-signature-compromis-0517",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Rendez-vous de signature du compromis de vente – maison de Betton. Merci de vous munir d'une pièce d'identité et d'un RIB. Durée estimée 1h30.\n\nOffice notarial Lucas & Associés\n
DTSTART;TZID="Romance Standard Time":20250517T100000
DTEND;TZID="Romance Standard Time":20250517T113000
DTSTAMP:20250505T140000Z
LOCATION:Office notarial\, 3 place de la Mairie\, Betton
ORGANIZER;CN="Office notarial Lucas":mailto:accueil@lucas-notaires.fr
SEQUENCE:0
SUMMARY:Signature compromis - GARNIER
UID:notaire-lucas-signature-compromis-0517
END:VEVENT
END:VCALENDAR
""",
        trap="notary-signature-appointment",
    ),
    ev(
        "chaudiere",
        "proxiserve-intervention-7741022",
        r"""
BEGIN:VCALENDAR
PRODID:-//Proxiserve//Rendez-vous//FR
VERSION:2.0
BEGIN:VEVENT
UID:proxiserve-intervention-7741022
DTSTAMP:20250401T090000Z
DTSTART:20250410T060000Z
DTEND:20250410T080000Z
SUMMARY:Entretien annuel chaudière - passage technicien
DESCRIPTION:Créneau 8h-10h. Merci de rendre la chaudière accessible. Référence intervention 7741022.
LOCATION:Domicile
END:VEVENT
END:VCALENDAR
""",
        trap="boiler-maintenance-entretien-annuel-wording",
    ),
    ev(
        "formation-recruter",
        "ffb35-formation-recruter-20250604",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Formation inter-entreprises FFB 35 : « Recruter et intégrer ses équipes de chantier » – conduire un entretien structuré\, éviter les biais\, intégrer un nouveau compagnon. Jeux de rôle. Déjeuner inclus.
DTSTART;VALUE=DATE:20250604
DTEND;VALUE=DATE:20250605
DTSTAMP:20250415T100000Z
LOCATION:FFB Ille-et-Vilaine\, Rennes
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
SEQUENCE:0
SUMMARY:Formation FFB - Recruter ses équipes
UID:ffb35-formation-recruter-20250604
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        trap="training-course-on-recruiting-all-day",
    ),
    ev(
        "enquete-observatoire",
        "constructys-enquete-cadres-2025-1187",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Merci d'avoir accepté de participer à notre étude sur les métiers de l'encadrement de chantier. L'entretien téléphonique semi-directif dure 45 minutes et reste anonyme.\n\nInstitut Kantar pour l'Observatoire des métiers du BTP\n
DTSTART;TZID="Romance Standard Time":20250328T120000
DTEND;TZID="Romance Standard Time":20250328T124500
DTSTAMP:20250321T150000Z
LOCATION:Téléphone
ORGANIZER;CN="Enquêtes Observatoire BTP":mailto:enquete.btp@kantar.com
SEQUENCE:0
SUMMARY:Entretien téléphonique - étude métiers de l'encadrement BTP
UID:constructys-enquete-cadres-2025-1187
END:VEVENT
END:VCALENDAR
""",
        trap="research-survey-phone-interview",
    ),
    ev(
        "entretien-prealable",
        "armor-rh-ep-sanction-20250409",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Entretien préalable à sanction disciplinaire – M. D. (absences injustifiées répétées + non-port EPI constaté le 27/03). Thibault présent en tant que supérieur hiérarchique. Confidentiel.
DTSTART;TZID="Romance Standard Time":20250409T140000
DTEND;TZID="Romance Standard Time":20250409T143000
DTSTAMP:20250401T090000Z
LOCATION:Salle Rance (RDC)
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
CLASS:CONFIDENTIAL
SEQUENCE:0
SUMMARY:Entretien préalable - M. D.
UID:armor-rh-ep-sanction-20250409
END:VEVENT
END:VCALENDAR
""",
        trap="disciplinary-entretien-prealable-as-manager",
    ),
    ev(
        "banque",
        "ca-illeetvilaine-rdv-5520193",
        r"""
BEGIN:VCALENDAR
PRODID:-//Credit Agricole//Ma Banque//FR
VERSION:2.0
BEGIN:VEVENT
UID:ca-illeetvilaine-rdv-5520193
DTSTAMP:20250410T090000Z
DTSTART:20250418T160000Z
DTEND:20250418T170000Z
SUMMARY:Rendez-vous avec votre conseiller - Projet immobilier
DESCRIPTION:Votre conseiller Kevin Bazin vous reçoit pour étudier votre projet (prêt relais). Pièces à fournir : 3 derniers bulletins de salaire\, avis d'imposition\, compromis.
LOCATION:Agence Crédit Agricole Betton
END:VEVENT
END:VCALENDAR
""",
        trap="bank-advisor-appointment",
    ),
    ev(
        "podcast",
        "riverside-rec-batisseurs-ouest-ep42",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250528T180000
DTEND;TZID=Europe/Paris:20250528T190000
DTSTAMP:20250512T090000Z
ORGANIZER;CN=Bâtisseurs de l'Ouest (podcast):mailto:podcast.batisseurs@gmail.com
UID:riverside-rec-batisseurs-ouest-ep42
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Enregistrement de l'épisode 42 : « Conducteur de travaux\, le métier vu de l'intérieur ». On discute 40 min de ton parcours\, des chantiers et de la pénurie de compagnons. Lien studio : https://riverside.fm/studio/batisseurs-ouest
LOCATION:https://riverside.fm/studio/batisseurs-ouest
SUMMARY:Interview podcast Bâtisseurs de l'Ouest - ép. 42
END:VEVENT
END:VCALENDAR
""",
        trap="podcast-interview-guest",
    ),
    ev(
        "apec-conseil",
        "apec-rdv-conseil-20250304-tg",
        r"""
BEGIN:VCALENDAR
PRODID:-//Apec//Rendez-vous//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:apec-rdv-conseil-20250304-tg
DTSTAMP:20250226T090000Z
DTSTART;TZID=Europe/Paris:20250304T180000
DTEND;TZID=Europe/Paris:20250304T190000
SUMMARY:Entretien conseil Apec - faire le point sur votre projet professionnel
ORGANIZER;CN=Apec Rennes:mailto:rdv@apec.fr
ATTENDEE;CN=Thibault Garnier:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Entretien individuel avec votre consultante Apec (Florence Lemaître) en visio : bilan de votre parcours\, cibles (EG\, promoteurs\, bailleurs)\, stratégie de candidature.
LOCATION:Visio Apec
END:VEVENT
END:VCALENDAR
""",
        trap="career-counselling-entretien-conseil",
    ),
]
