# ruff: noqa: E501, W291
"""holdout190: French practices and employers through ATS and job boards (Teamtailor, Workday, WTTJ, ...)."""

from holdout190ev_tz import ev

EVENTS = [
    ev("teamtailor-phone", "tt-interview-2871145@ateliercanopee.teamtailor.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2871145@ateliercanopee.teamtailor.com
DTSTAMP:20250210T110233Z
DTSTART:20250213T163000Z
DTEND:20250213T170000Z
SUMMARY:Entretien téléphonique – Architecte projet (H/F) – Atelier Canopée
ORGANIZER;CN=Camille Leroy:mailto:camille.leroy@ateliercanopee.fr
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Camille Leroy;PARTSTAT=ACCEPTED:mailto:camille.leroy@ateliercanopee.fr
LOCATION:Téléphone
DESCRIPTION:Bonjour Amélie\,\n\nMerci pour ta candidature ! Je t'appellerai au numéro indiqué dans ton profil pour un premier échange d'une trentaine de minutes : ton parcours\, tes envies\, et notre façon de travailler (bois\, réemploi\, projets de 2 000 à 8 000 m²).\n\nÀ jeudi !\nCamille – Responsable recrutement & vie d'agence\n\nEnvoyé via Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Canopée", role="Architecte projet (H/F)", stage="recruiter_screen",
       interviewers="camille.leroy@ateliercanopee.fr", trap="teamtailor-tutoiement-phone-screen"),

    ev("test-revit", "6g2kq1n8c0d3e5f7h9j4m2p6rs@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250304T093000
DTEND;TZID=Europe/Paris:20250304T120000
DTSTAMP:20250219T152047Z
ORGANIZER;CN=Yanis Haddad:mailto:yanis.haddad@ateliercanopee.fr
UID:6g2kq1n8c0d3e5f7h9j4m2p6rs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yanis Haddad;X-NUM-GUESTS=0:mailto:yanis.haddad@ateliercanopee.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Camille Leroy;X-NUM-GUESTS=0:mailto:camille.leroy@ateliercanopee.fr
DESCRIPTION:Bonjour Amélie\,\n\nComme convenu avec Camille\, voici le créne
 au pour le test technique Revit.\n\nDéroulé : 2h sur un poste de l'agence 
 (Revit 2024\, gabarit agence). À partir d'un petit projet de logements (R
 +3)\, on te demandera de compléter la maquette\, sortir un plan d'étage co
 té et une coupe\, et de proposer une nomenclature des menuiseries. On déb
 riefe ensemble 20 min à la fin.\n\nAdresse : 14 rue des Vignoles\, 75020 P
 aris\, sonner « Canopée ».\n\nYanis\nBIM manager – Atelier Canopée
LOCATION:Atelier Canopée\, 14 rue des Vignoles\, 75020 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test technique Revit – Amélie F.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Canopée", stage="technical", interviewers="yanis.haddad@ateliercanopee.fr",
       trap="revit-practical-test-bim-manager"),

    ev("workday-screen", "WD-INT-R0041277-3391@segma.wd3.myworkdayjobs.com", r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R0041277-3391@segma.wd3.myworkdayjobs.com
DTSTAMP:20250219T080311Z
DTSTART:20250225T090000Z
DTEND:20250225T094500Z
SUMMARY:Entretien - Architecte BIM Confirmé(e) (R0041277)
ORGANIZER;CN=Segma Ingénierie Recrutement:mailto:segma@myworkday.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Christine Marchal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:christine.marchal@segma-ingenierie.fr
LOCATION:Microsoft Teams
DESCRIPTION:Madame Fontaine\,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste Architecte BIM Confirmé(e) (R0041277)\, basé à Paris La Défense.\n\nInterlocutrice : Christine Marchal\, Chargée de recrutement\nDurée : 45 minutes\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE3Yz%40thread.v2/0\n\nPour toute modification\, rendez-vous dans votre espace candidat.\n\nL'équipe Talent Acquisition Segma
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Segma Ingénierie", role="Architecte BIM Confirmé(e)", stage="recruiter_screen",
       interviewers="christine.marchal@segma-ingenierie.fr", trap="workday-req-id-in-summary"),

    ev("smartrecruiters-visio", "sr-interview-744b2c1e-90aa-4f6d-b8d3-52e0c97a1f08@smartrecruiters.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:sr-interview-744b2c1e-90aa-4f6d-b8d3-52e0c97a1f08@smartrecruiters.com
DTSTAMP:20250312T134420Z
DTSTART;TZID=Europe/Paris:20250320T140000
DTEND;TZID=Europe/Paris:20250320T150000
SUMMARY:Entretien : Chargé(e) d'opérations – Architecte (F/H) – Estuaire Habitat
ORGANIZER;CN=Estuaire Habitat:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Nathalie Bergès;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.berges@estuaire-habitat.fr
ATTENDEE;CN=Karim Saïdi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.saidi@estuaire-habitat.fr
LOCATION:Siège Estuaire Habitat\, 30 rue Lucien Faure\, 33300 Bordeaux – salle Garonne
DESCRIPTION:Bonjour Amélie\,\n\nVous êtes attendue pour un entretien avec Nathalie Bergès\, directrice de la maîtrise d'ouvrage\, et Karim Saïdi\, responsable du service construction neuve.\n\nPensez à vous munir de quelques références d'opérations de logement social que vous avez suivies (phases\, montants\, rôle).\n\nCordialement\,\nLe service RH d'Estuaire Habitat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Estuaire Habitat", role="Chargé(e) d'opérations – Architecte (F/H)", stage="hiring_manager",
       interviewers="n.berges@estuaire-habitat.fr;k.saidi@estuaire-habitat.fr", trap="smartrecruiters-social-landlord-client-side"),

    ev("digitalrecruiters-convocation", "dr-rdv-51906-fonciere-atlantique@digitalrecruiters.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:dr-rdv-51906-fonciere-atlantique@digitalrecruiters.com
DTSTAMP:20250325T100501Z
DTSTART:20250401T070000Z
DTEND:20250401T080000Z
SUMMARY:Convocation – Architecte chef de projet immobilier tertiaire H/F
ORGANIZER;CN=Foncière Atlantique - Recrutement:mailto:recrutement@fonciere-atlantique.fr
ATTENDEE;CN=FONTAINE Amélie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
LOCATION:Foncière Atlantique – 11 cours du Chapeau-Rouge\, 33000 Bordeaux
DESCRIPTION:Madame\,\n\nSuite à l'examen de votre candidature\, nous avons le plaisir de vous convier à un rendez-vous le mardi 1er avril 2025 à 09h00 avec M. Philippe Ardouin\, directeur technique et patrimoine.\n\nNous vous remercions de confirmer votre présence via le lien ci-dessous.\nhttps://fonciere-atlantique.digitalrecruiters.com/fr/confirmation/51906\n\nBien cordialement\,\nLa Direction des Ressources Humaines
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Foncière Atlantique", role="Architecte chef de projet immobilier tertiaire H/F",
       interviewers="Philippe Ardouin", trap="digitalrecruiters-convocation-rendez-vous-wording"),

    ev("flatchr-entretien", "flatchr-ev-0c91f3a7d2@flatchr.io", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:flatchr-ev-0c91f3a7d2@flatchr.io
DTSTAMP:20250327T171140Z
DTSTART;TZID=Europe/Paris:20250403T180000
DTEND;TZID=Europe/Paris:20250403T190000
SUMMARY:Entretien Agence Poitevin Architectes / Amélie Fontaine
ORGANIZER;CN=Agence Poitevin Architectes:mailto:notifications@flatchr.io
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Guillaume Poitevin;PARTSTAT=ACCEPTED:mailto:g.poitevin@poitevin-architectes.fr
LOCATION:45 rue Notre-Dame\, 33000 Bordeaux (Chartrons)
DESCRIPTION:Bonjour Amélie\,\n\nSuite à votre candidature pour l'offre « Architecte confirmé·e – équipements publics »\, Guillaume Poitevin vous recevra à l'agence. Créneau en fin de journée comme demandé.\n\nÀ bientôt\,\nL'équipe Agence Poitevin Architectes\n\n--\nMessage envoyé depuis Flatchr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Agence Poitevin Architectes", role="Architecte confirmé·e – équipements publics",
       stage="hiring_manager", interviewers="g.poitevin@poitevin-architectes.fr", trap="flatchr-after-work-slot"),

    ev("taleez-visio", "taleez-meeting-4f1e2d@taleez.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Calendar//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-meeting-4f1e2d@taleez.com
DTSTAMP:20250415T093000Z
DTSTART:20250422T103000Z
DTEND:20250422T111500Z
SUMMARY:Visio - Atelier 54 Architecture x Amélie Fontaine
ORGANIZER;CN=Sébastien Roy (Atelier 54):mailto:sebastien.roy@atelier54.archi
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Sébastien Roy;PARTSTAT=ACCEPTED:mailto:sebastien.roy@atelier54.archi
LOCATION:https://meet.google.com/ynd-hecq-vtr
DESCRIPTION:Bonjour Amélie\,\nRavi d'échanger avec vous au sujet de votre candidature au poste de cheffe de projet (réhabilitation / patrimoine du XXe). Premier échange en visio\, on pourra ensuite se voir à l'agence à Talence.\nSébastien Roy\, architecte gérant\n\nLien de visio : https://meet.google.com/ynd-hecq-vtr\n\nPlanifié avec Taleez
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier 54 Architecture", role="cheffe de projet (réhabilitation / patrimoine du XXe)",
       stage="hiring_manager", interviewers="sebastien.roy@atelier54.archi", trap="taleez-visio-no-interview-word-in-summary"),

    ev("wttj-interview", "wttj-appointment-99271-c3f0@welcometothejungle.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Solutions//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-appointment-99271-c3f0@welcometothejungle.com
DTSTAMP:20250428T141512Z
DTSTART:20250505T070000Z
DTEND:20250505T080000Z
SUMMARY:Entretien avec Studio Ostra – Architecte chef·fe de projet
ORGANIZER;CN=Studio Ostra via Welcome to the Jungle:mailto:no-reply@welcometothejungle.com
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Léa Fournier;PARTSTAT=ACCEPTED:mailto:lea@studio-ostra.com
ATTENDEE;CN=Antoine Kervella;PARTSTAT=ACCEPTED:mailto:antoine@studio-ostra.com
LOCATION:Studio Ostra\, 8 passage Josset\, 75011 Paris
DESCRIPTION:Bonjour Amélie\,\n\nStudio Ostra vous invite à un entretien pour le poste « Architecte chef·fe de projet ».\nVous rencontrerez Léa Fournier et Antoine Kervella\, cofondateurs.\n\nAjoutez cet événement à votre agenda. Vous pouvez gérer ce rendez-vous depuis votre espace candidat Welcome to the Jungle.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Studio Ostra", role="Architecte chef·fe de projet",
       interviewers="lea@studio-ostra.com;antoine@studio-ostra.com", trap="wttj-cofounders-no-stage"),

    ev("indeed-video", "indeed-interview-a7e2c91f0b3d4e58@indeed.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-a7e2c91f0b3d4e58@indeed.com
DTSTAMP:20250212T190144Z
DTSTART:20250217T111500Z
DTEND:20250217T114500Z
SUMMARY:Entretien vidéo Indeed avec Cabinet Lafon Architectes
ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=ACCEPTED:mailto:amelie.fontaine.archi@orange.fr
LOCATION:Indeed Interview (vidéo)
DESCRIPTION:Votre entretien vidéo est confirmé.\n\nEntreprise : Cabinet Lafon Architectes\nPoste : Architecte DE – chef de projet (Libourne)\nAvec : Martine Lafon\n\nRejoindre l'entretien : https://interview.indeed.com/join/a7e2c91f0b3d4e58\nAucun téléchargement nécessaire. Testez votre caméra et votre micro avant l'entretien.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, company="Cabinet Lafon Architectes", role="Architecte DE – chef de projet (Libourne)",
       interviewers="Martine Lafon", trap="indeed-interview-job-board-organizer"),

    ev("beetween-invite", "beetween-5528103-entretien@beetween.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beetween//Agenda Recrutement//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:beetween-5528103-entretien@beetween.com
DTSTAMP:20250512T080814Z
DTSTART;TZID=Europe/Paris:20250520T173000
DTEND;TZID=Europe/Paris:20250520T183000
SUMMARY:Invitation entretien - Architecte du patrimoine (H/F) - Atelier Sérac
ORGANIZER;CN=Atelier Sérac:mailto:ne-pas-repondre@beetween.com
ATTENDEE;CN=Amélie FONTAINE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Hugues de Lasalle;PARTSTAT=ACCEPTED:mailto:h.delasalle@atelier-serac.fr
LOCATION:Atelier Sérac\, 3 rue du Loup\, 33000 Bordeaux
DESCRIPTION:Madame FONTAINE\,\n\nNous vous remercions pour votre candidature au poste d'Architecte du patrimoine (H/F). M. Hugues de Lasalle\, architecte du patrimoine et gérant\, souhaite vous rencontrer.\nMerci de vous munir de votre portfolio (relevés\, diagnostics et projets de restauration si possible).\n\nCordialement\,\nAtelier Sérac
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Sérac", role="Architecte du patrimoine (H/F)", stage="hiring_manager",
       interviewers="h.delasalle@atelier-serac.fr", trap="beetween-heritage-practice"),

    ev("ashby-intro", "ashby-interview-schedule-0b8c7d3e-51a2-4f9e-9c6d-e4a2b1f07c35@ashbyhq.com", r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-0b8c7d3e-51a2-4f9e-9c6d-e4a2b1f07c35@ashbyhq.com
DTSTAMP:20250321T153012Z
DTSTART:20250327T120000Z
DTEND:20250327T123000Z
SUMMARY:Habitat Labs — Intro call (Architecte produit) with Romain
ORGANIZER;CN=Habitat Labs Talent:mailto:talent@habitatlabs.io
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Romain Delorme;PARTSTAT=ACCEPTED:mailto:romain@habitatlabs.io
LOCATION:https://meet.google.com/bxq-rjwd-nzs
DESCRIPTION:Hello Amélie 👋\n\nMerci pour ta candidature chez Habitat Labs ! Ce premier call de 30 min avec Romain (Talent & Ops) sert à te présenter la boîte (logements modulaires bois\, 40 personnes\, usine à Angoulême)\, le poste d'Architecte produit et à répondre à tes questions.\n\nMeet: https://meet.google.com/bxq-rjwd-nzs\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Habitat Labs", role="Architecte produit", stage="recruiter_screen",
       interviewers="romain@habitatlabs.io", trap="ashby-startup-intro-call"),

    ev("case-study", "ashby-interview-schedule-7e1f0a94-c2d3-48b5-a6e7-913b0d5c8f21@ashbyhq.com", r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-7e1f0a94-c2d3-48b5-a6e7-913b0d5c8f21@ashbyhq.com
DTSTAMP:20250402T092240Z
DTSTART:20250409T080000Z
DTEND:20250409T100000Z
SUMMARY:Habitat Labs — Étude de cas : conception d'une gamme modulaire
ORGANIZER;CN=Habitat Labs Talent:mailto:talent@habitatlabs.io
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Clémence Aubert;PARTSTAT=ACCEPTED:mailto:clemence@habitatlabs.io
ATTENDEE;CN=Yohan Mercier;PARTSTAT=ACCEPTED:mailto:yohan@habitatlabs.io
LOCATION:https://meet.google.com/pkt-hmwa-ugd
DESCRIPTION:Bonjour Amélie\,\n\nVoici le créneau pour l'étude de cas. Tu recevras le brief 48h avant (un T3 modulaire à décliner sur 3 parcelles). Le jour J : 30 min de restitution puis 1h d'échange avec Clémence (Head of Product Design) et Yohan (directeur technique usine).\n\nPas besoin de rendu léché : croquis\, schémas et raisonnement comptent plus que les images.\n\nMeet: https://meet.google.com/pkt-hmwa-ugd\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Habitat Labs", stage="technical", interviewers="clemence@habitatlabs.io;yohan@habitatlabs.io",
       trap="case-study-design-exercise"),
]
