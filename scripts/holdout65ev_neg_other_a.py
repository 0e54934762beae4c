"""holdout65 negatives: mock interviews, classes, press, personal and work life (part A)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, neg

MOCK_FR = r"""BEGIN:VEVENT
UID:rdv-ft-20261207-88412@francetravail.fr
DTSTAMP:20261201T080000Z
DTSTART;TZID=Europe/Paris:20261204T103000
DTEND;TZID=Europe/Paris:20261204T113000
SUMMARY:Simulation d'entretien – poste de chef exécutif
DESCRIPTION:Bonjour Monsieur Lambert\,\n\nVotre conseillère\, Mme Coralie Besson\, vous propose une
 simulation d'entretien d'embauche (mise en situation filmée\, puis débriefing) en vue de vos candidatures
 de chef exécutif.\nAgence Lyon Part-Dieu\, 3e étage\, bureau 312.\n\nFrance Travail
LOCATION:Agence Lyon Part-Dieu
ORGANIZER;CN=Coralie Besson:mailto:coralie.besson@francetravail.fr
ATTENDEE;CN=Mathieu Lambert;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

MOCK_EN = r"""BEGIN:VEVENT
UID:calcom-Zk4Lp9WqR2sT@cal.com
DTSTAMP:20261128T193000Z
DTSTART:20261206T100000Z
DTEND:20261206T110000Z
SUMMARY:Mock interview (Head Chef\, London) between Kate Morrison and Mathieu Lambert
DESCRIPTION:What:\nMock interview – Business English for hospitality\n\nWho:\nKate Morrison - Organizer\n
 kate@englishforchefs.co.uk\nMathieu Lambert\nmathieu.lambert.chef@gmail.com\n\nAdditional notes:\nLet's role
 play a London head chef interview: tell me about yourself\, food cost\, managing a brigade\, a difficult
 service. I'll play the GM and give you feedback on your English at the end.\n\nWhere:\nCal Video
 https://app.cal.com/video/Zk4Lp9WqR2sT
LOCATION:https://app.cal.com/video/Zk4Lp9WqR2sT
ORGANIZER;CN=Kate Morrison:mailto:kate@englishforchefs.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

WEBINAR_FR = r"""BEGIN:VEVENT
UID:zoom-webinar-84410297553-20261208@zoom.us
DTSTAMP:20261120T120000Z
DTSTART;TZID=Europe/Paris:20261208T183000
DTEND;TZID=Europe/Paris:20261208T193000
SUMMARY:Webinaire : Réussir son entretien d'embauche en hôtellerie de luxe
DESCRIPTION:Merci de votre inscription au webinaire « Réussir son entretien d'embauche en hôtellerie de luxe
 » organisé par Hospitality Careers Lab.\nIntervenants : une DRH de palace et un chef exécutif reconverti
 coach.\n\nRejoindre le webinaire : https://us06web.zoom.us/w/84410297553?tk=Hx7\nID du webinaire : 844 1029
 7553\nCode secret : 2026
LOCATION:https://us06web.zoom.us/w/84410297553
ORGANIZER;CN=Hospitality Careers Lab:mailto:no-reply@zoom.us
ATTENDEE;CN=Mathieu Lambert:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

CLASS_FR = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270119T093000
DTEND;TZID=Europe/Paris:20270119T123000
DTSTAMP:20261122T101000Z
UID:1x5c9v3b7n2m6q0w4e8r2t6y0u@google.com
DESCRIPTION:Atelier collectif « Chefs en transition » : CV\, pitch de 2 minutes\, préparer un entretien de
 recrutement et négocier son salaire. Animé par Lionel Garnier\, ancien chef et consultant RH.\nInscription
 confirmée – 12 participants.
LOCATION:Maison de l'Emploi Lyon 3e\, 18 rue Garibaldi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Atelier CV & entretien d'embauche – Chefs en transition
TRANSP:OPAQUE
END:VEVENT"""

PRESS = r"""BEGIN:VEVENT
DTSTART:20261201T090000Z
DTEND:20261201T100000Z
DTSTAMP:20261125T144400Z
ORGANIZER;CN=Léa Chauvet:mailto:lea.chauvet@lyongourmand.fr
UID:6c0v4b8n2m7q1w5e9r3t7y1u5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Bonjour Mathieu\,\nComme convenu\, interview pour le portrait « Les chefs des quais » du numéro
 de janvier : ton parcours\, la carte d'hiver de la Brasserie de la Saône et tes producteurs. Le
 photographe passe à 10h30 pour 3-4 plats.\nLéa Chauvet – Lyon Gourmand
LOCATION:Brasserie de la Saône
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Lyon Gourmand – portrait du chef
TRANSP:OPAQUE
END:VEVENT"""

PODCAST = r"""BEGIN:VEVENT
UID:riverside-rec-3b7e91c2@riverside.fm
DTSTAMP:20261126T170000Z
DTSTART;TZID=Europe/Paris:20261230T150000
DTEND;TZID=Europe/Paris:20261230T161500
SUMMARY:Enregistrement podcast « Derrière le passe » – interview Mathieu Lambert
DESCRIPTION:Salut Mathieu\,\nMerci d'avoir accepté ! On enregistre l'épisode sur la vie d'un chef de
 brasserie : les coups de feu\, la transmission aux commis\, le burn-out en cuisine. Casque conseillé.
 \nStudio : https://riverside.fm/studio/derriere-le-passe\nHugo – Derrière le passe
LOCATION:https://riverside.fm/studio/derriere-le-passe
ORGANIZER;CN=Hugo Marchetti:mailto:hugo@derrierelepasse.fr
ATTENDEE;CN=Mathieu Lambert;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

USER_RESEARCH = r"""BEGIN:VEVENT
UID:calendly-8a2f4c6e-research@calendly.com
DTSTAMP:20261130T103300Z
DTSTART:20261207T150000Z
DTEND:20261207T154500Z
SUMMARY:Interview utilisateur Stokko (45 min) entre Clara Vidal et Mathieu Lambert
DESCRIPTION:Type d'événement : Interview utilisateur (45 min)\n\nMerci de participer à notre recherche
 utilisateur ! Nous aimerions comprendre comment vous gérez les inventaires et les commandes fournisseurs en
 cuisine. Pas de bonne ou mauvaise réponse. Un bon d'achat de 50 € vous sera envoyé après l'entretien.\n\n
 Lien Google Meet : https://meet.google.com/sxo-tmab-gqe\n\nClara Vidal – UX Researcher\, Stokko
LOCATION:https://meet.google.com/sxo-tmab-gqe
ORGANIZER;CN=Clara Vidal:mailto:clara.vidal@stokko.io
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.lambert@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

DOCTOR = r"""BEGIN:VEVENT
UID:doctolib-appt-77120934@doctolib.fr
DTSTAMP:20261119T201500Z
DTSTART;TZID=Europe/Paris:20261210T083000
DTEND;TZID=Europe/Paris:20261210T085000
SUMMARY:RDV Dr Perrin – Dermatologue
DESCRIPTION:Votre rendez-vous avec Dr Anne Perrin (dermatologue) est confirmé.\nMotif : consultation de
 suivi\nAdresse : 40 avenue Maréchal de Saxe\, 69006 Lyon\n\nPensez à apporter votre carte Vitale.\n
 Doctolib
LOCATION:40 avenue Maréchal de Saxe\, 69006 Lyon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

PEDIATRE = r"""BEGIN:VEVENT
CREATED:20261201T192033Z
UID:B7E3A1C9-5F2D-4B68-8E0A-3C9D1F7B5A24
DTEND;TZID=Europe/Paris:20261219T103000
TRANSP:OPAQUE
SUMMARY:Pédiatre Léo – vaccin
DTSTART;TZID=Europe/Paris:20261219T100000
DTSTAMP:20261201T192033Z
LOCATION:Cabinet Dr Mathon\, Caluire
DESCRIPTION:carnet de santé !
SEQUENCE:0
END:VEVENT"""

SCHOOL = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261211T163000
DTEND;TZID=Europe/Paris:20261211T170000
DTSTAMP:20261203T121212Z
UID:0m4n8b2v6c1x5z9l3k7j1h5g9f@google.com
DESCRIPTION:Rendez-vous individuel avec Mme Bertrand (CE2) pour le bilan du 1er trimestre de Chloé.
LOCATION:École élémentaire Jean-Moulin\, Caluire
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Réunion parents-prof – Chloé (CE2)
TRANSP:OPAQUE
END:VEVENT"""

BANK = r"""BEGIN:VEVENT
UID:rdv-agence-2026-12-12-00417@banquerhonemutuel.fr
DTSTAMP:20261205T100000Z
DTSTART;TZID=Europe/Paris:20261212T093000
DTEND;TZID=Europe/Paris:20261212T103000
SUMMARY:Rendez-vous avec votre conseillère – Banque Rhône Mutuel
DESCRIPTION:Bonjour Monsieur Lambert\,\nVotre rendez-vous avec Mme Hélène Gauthier\, conseillère
 patrimoniale\, est confirmé. Objet : projet immobilier / simulation de prêt.\nMerci d'apporter vos trois
 derniers bulletins de salaire et votre dernier avis d'imposition.
LOCATION:Agence Lyon Croix-Rousse\, 4 place de la Croix-Rousse
ORGANIZER;CN=Banque Rhône Mutuel:mailto:rdv@banquerhonemutuel.fr
ATTENDEE;CN=Mathieu Lambert:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

VISA = r"""BEGIN:VEVENT
UID:tls-gbPAR-appt-5520913@tlscontact.com
DTSTAMP:20261201T150000Z
DTSTART:20270118T083000Z
DTEND:20270118T090000Z
SUMMARY:UK Visa Application – Biometrics appointment (TLScontact Paris)
DESCRIPTION:Applicant: LAMBERT Mathieu\nGroup reference: GB-PAR-5520913\nVisa type: Skilled Worker
 (Certificate of Sponsorship pending)\n\nPlease bring your passport\, your appointment confirmation and
 printed supporting documents. Arrive no earlier than 15 minutes before your appointment.
LOCATION:TLScontact Paris\, 20 rue de Bercy\, 75012 Paris
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

SUPPLIER = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261203T110000
DTEND;TZID=Europe/Paris:20261203T120000
DTSTAMP:20261127T071500Z
ORGANIZER;CN=Régis Chapuis:mailto:regis@volailles-chapuis.fr
UID:8h2j6k0l4z9x3c7v1b5n9m3q7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Passage à la brasserie : tarifs volailles de Bresse pour les fêtes\, chapons et poulardes\,
 calendrier des livraisons. J'apporte des échantillons.\nRégis
LOCATION:Brasserie de la Saône
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV fournisseur – Volailles Chapuis
TRANSP:OPAQUE
END:VEVENT"""

INTERNAL = r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Ordre du jour : carte d'hiver (plats du jour\, nouveau menu bouchon)\, plannings des fêtes\,
 allergènes\, commandes. 30 minutes avant le service.
DTEND;TZID=Romance Standard Time:20261202T103000
DTSTAMP:20261128T101500Z
DTSTART;TZID=Romance Standard Time:20261202T100000
LOCATION:Cuisine
ORGANIZER;CN="Lambert, Mathieu":mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Benhamou, Sarah":mailto:s.benhamou@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Brigade":mailto:cuisine@brasserie-saone.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Réunion brigade – carte d'hiver
UID:040000008200E00074C5B7101A82E00800000000D2A6C8E4B07ADB01000000000000000010000000F9B3E7A1C5D20846
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

APPRAISAL = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261217T150000
DTEND;TZID=Europe/Paris:20261217T163000
DTSTAMP:20261204T160000Z
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@brasserie-saone.fr
UID:3w7e1r5t9y4u8i2o6p0a5s9d3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Entretien annuel d'évaluation 2026 : bilan de l'année (marge\, turnover brigade\, hygiène)\,
 objectifs 2027\, rémunération. Merci de remplir le support d'auto-évaluation avant.
LOCATION:Bureau Antoine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien annuel – Mathieu
TRANSP:OPAQUE
END:VEVENT"""

EXIT = r"""BEGIN:VEVENT
UID:20261215-rc-lambert@brasserie-saone.fr
DTSTAMP:20261215T090000Z
DTSTART;TZID=Europe/Paris:20270111T150000
DTEND;TZID=Europe/Paris:20270111T160000
SUMMARY:Entretien préalable – rupture conventionnelle M. Lambert
DESCRIPTION:Premier entretien dans le cadre d'une éventuelle rupture conventionnelle du contrat de travail de
 M. Mathieu Lambert (chef de cuisine). M. Lambert peut se faire assister. Présents : A. Girard (gérant)\, M.
 Lambert.
LOCATION:Brasserie de la Saône – bureau
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@brasserie-saone.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT:mailto:m.lambert@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PARIS = ("Europe/Paris",)


def events() -> list[Ev]:
    return [
        neg("mock-interview-fr", cal(MOCK_FR, "-//France Travail//Agenda//FR", tz=PARIS), "mock-job-centre-fr"),
        neg("mock-interview-en", cal(MOCK_EN, "-//Cal.com Inc.//Cal.com Event//EN"), "mock-english-tutor-en"),
        neg("webinar-fr", cal(WEBINAR_FR, "-//Zoom Video Communications//Zoom//EN", tz=PARIS),
            "webinar-interview-skills-fr"),
        neg("class-fr", cal(CLASS_FR, GOOGLE, method="PUBLISH", tz=PARIS), "class-cv-interview-fr"),
        neg("press-interview-fr", cal(PRESS, GOOGLE), "press-interview-fr"),
        neg("podcast-fr", cal(PODCAST, "-//Riverside//Riverside.fm//EN", tz=PARIS), "podcast-interview-fr"),
        neg("user-research-fr", cal(USER_RESEARCH, "-//Calendly//Calendly Scheduling//EN"),
            "user-research-interview-fr"),
        neg("doctor-fr", cal(DOCTOR, "-//Doctolib//Doctolib//FR", method="PUBLISH", tz=PARIS), "doctor-fr"),
        neg("kids-doctor-fr", cal(PEDIATRE, "-//Apple Inc.//iPhone OS 18.1//EN", method=None, tz=PARIS),
            "kids-doctor-fr"),
        neg("school-fr", cal(SCHOOL, GOOGLE, method=None, tz=PARIS), "school-meeting-fr"),
        neg("bank-fr", cal(BANK, "-//Banque Rhone Mutuel//RDV//FR", tz=PARIS), "bank-fr"),
        neg("visa-en", cal(VISA, "-//TLScontact//Appointment//EN", method="PUBLISH"), "visa-biometrics-en"),
        neg("supplier-fr", cal(SUPPLIER, GOOGLE, tz=PARIS), "supplier-meeting-fr"),
        neg("internal-fr", cal(INTERNAL, OUTLOOK, tz=("Romance Standard Time",)), "internal-brigade-meeting-fr"),
        neg("appraisal-fr", cal(APPRAISAL, GOOGLE, tz=PARIS), "own-appraisal-entretien-annuel-fr"),
        neg("exit-fr", cal(EXIT, "-//Brasserie de la Saone//Agenda//FR", tz=PARIS),
            "own-exit-rupture-conventionnelle-fr"),
    ]
