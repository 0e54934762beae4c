"""holdout65: the user's own interviews, French employers (part B)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, pos

CALANQUES = r"""BEGIN:VEVENT
UID:sr-int-5f0a7c3e91b24d6a8e1f2c0b9d4a7e63@smartrecruiters.com
DTSTAMP:20261123T101010Z
DTSTART;TZID=Europe/Paris:20261214T100000
DTEND;TZID=Europe/Paris:20261214T120000
SUMMARY:Entretien : Chef Exécutif H/F - Hôtel Calanques & Mer
DESCRIPTION:Bonjour Mathieu\,\n\nNous avons le plaisir de vous inviter à un entretien sur site pour le poste
 de Chef Exécutif H/F.\n\nDéroulé :\n10h00 – 10h45 : Nathalie Serra\, Directrice Générale\n10h45 – 11h30 :
 visite des cuisines et échange avec Franck Orsini\, Directeur F&B\n11h30 – 12h00 : questions / réponses avec
 Nathalie et Franck\n\nVotre contact le jour J : Léa Martin\, Chargée de recrutement (accueil et logistique).
 \n\nAdresse : Hôtel Calanques & Mer\, 112 Corniche Président John Fitzgerald Kennedy\, 13007 Marseille\n\n
 Pour toute question\, répondez directement à cet e-mail.\n\nPowered by SmartRecruiters
LOCATION:Hôtel Calanques & Mer\, 112 Corniche Kennedy\, 13007 Marseille
ORGANIZER;CN=Léa Martin:mailto:lea.martin@calanques-et-mer.com
ATTENDEE;CN=Nathalie Serra;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.serra@calanques-et-mer.com
ATTENDEE;CN=Franck Orsini;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.orsini@calanques-et-mer.com
ATTENDEE;CN=Léa Martin;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.martin@calanques-et-mer.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

CHAIS = r"""BEGIN:VEVENT
DTSTART:20261201T150000Z
DTEND:20261201T153000Z
DTSTAMP:20261126T094455Z
ORGANIZER;CN=Margaux Delpech:mailto:margaux.delpech@lesgrandschais.com
UID:1h7s2k9d4f0g6j3l8q5w1e7r2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Margaux Delpech;X-NUM-GUESTS=0
 :mailto:margaux.delpech@lesgrandschais.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Bonjour Mathieu\,\nComme convenu\, voici l'invitation pour notre premier échange (30 min) au sujet
 du poste de Chef de cuisine du restaurant de l'hôtel.\nMargaux Delpech – Ressources Humaines\, Les Grands
 Chais Hôtel & Spa\, Bordeaux\n\nParticiper à la réunion Google Meet : https://meet.google.com/qzt-fmhw-bsx
 \nParticiper par téléphone : (FR) +33 1 87 40 45 17 PIN : 604 118 902 7731#\n\nAfficher plus de numéros de
 téléphone : https://tel.meet/qzt-fmhw-bsx?pin=6041189027731\n\nInvitation de Google Agenda
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Premier entretien RH – Chef de cuisine – Les Grands Chais
TRANSP:OPAQUE
END:VEVENT"""

AIGUILLE_HM = r"""BEGIN:VEVENT
UID:lever-interview-2b7e91f4-c0d3-4a58-b6e2-9f1d3a7c5e08
DTSTAMP:20261119T170301Z
DTSTART:20261127T090000Z
DTEND:20261127T094500Z
SUMMARY:Interview: Mathieu Lambert for Executive Chef (from April 2027) at L'Aiguille Blanche
DESCRIPTION:Hi Mathieu\,\n\nThank you for taking the time to speak with us. Your video interview with
 Charles-Henri de Montval (General Manager) is confirmed.\n\nPosition: Executive Chef (from April 2027)\n
 Location: L'Aiguille Blanche\, Courchevel 1850\nDuration: 45 minutes\n\nJoin Zoom Meeting\n
 https://zoom.us/j/86234417730?pwd=Q2xhYkJ5dHpvM0Fv\n\nMeeting ID: 862 3441 7730\nPasscode: 482913\n\nOne
 tap mobile\n+33170372246\,\,86234417730# France\n\nKind regards\,\nAnaïs Lemoine\nTalent & Culture\,
 L'Aiguille Blanche
LOCATION:https://zoom.us/j/86234417730?pwd=Q2xhYkJ5dHpvM0Fv
ORGANIZER;CN=Anaïs Lemoine:mailto:talent@aiguilleblanche.com
ATTENDEE;CN=Charles-Henri de Montval;ROLE=REQ-PARTICIPANT:mailto:c.demontval@aiguilleblanche.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

AIGUILLE_CANCEL = r"""BEGIN:VEVENT
UID:lever-interview-7d40c2a9-e51b-4f36-a8d7-0c3b6e9f2a14
DTSTAMP:20261209T081522Z
DTSTART;TZID=Europe/Paris:20261211T140000
DTEND;TZID=Europe/Paris:20261211T170000
SUMMARY:Canceled: Tasting session – Executive Chef – Mathieu Lambert
DESCRIPTION:This interview has been canceled.\n\nHi Mathieu\, apologies for the late notice: the tasting
 session with Charles-Henri de Montval and Julien Berthier (F&B Manager) on Friday is canceled because of the
 early opening of the resort. Anaïs will contact you with new dates.\n\nL'Aiguille Blanche – Talent & Culture
LOCATION:L'Aiguille Blanche\, Rue de l'Altiport\, 73120 Courchevel
ORGANIZER;CN=Anaïs Lemoine:mailto:talent@aiguilleblanche.com
ATTENDEE;CN=Charles-Henri de Montval;ROLE=REQ-PARTICIPANT:mailto:c.demontval@aiguilleblanche.com
ATTENDEE;CN=Julien Berthier;ROLE=REQ-PARTICIPANT:mailto:j.berthier@aiguilleblanche.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT:mailto:mathieu.lambert.chef@gmail.com
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT"""

SAVEURS = r"""BEGIN:VEVENT
UID:wttj-ats-interview-8812047@welcometothejungle.com
DTSTAMP:20261124T112233Z
DTSTART;TZID=Europe/Paris:20261202T140000
DTEND;TZID=Europe/Paris:20261202T144500
SUMMARY:Entretien avec Saveurs & Réceptions
DESCRIPTION:Bonjour Mathieu\,\n\nVotre entretien pour le poste de Chef Exécutif Traiteur (CDI) – Paris 11e
 est confirmé.\n\nAvec : Rémi Caudron – Directeur des opérations\nFormat : visioconférence\nLien :
 https://meet.google.com/wpa-hxuc-kdn\n\nPour annuler ou déplacer ce rendez-vous\, utilisez le lien reçu par
 e-mail.\n\nL'équipe S&R
LOCATION:https://meet.google.com/wpa-hxuc-kdn
ORGANIZER;CN="Saveurs & Réceptions via Welcome to the Jungle":mailto:no-reply@welcomekit.co
ATTENDEE;CN=Rémi Caudron;ROLE=REQ-PARTICIPANT:mailto:r.caudron@sr-receptions.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

CROISI = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261130T143301Z
DESCRIPTION:Bonjour Monsieur Lambert\,\n\nNous vous confirmons votre entretien pour le poste de Chef
 exécutif à bord (flotte Rhône-Saône\, saison mars – novembre).\n\nProgramme :\n- 9h30 : entretien avec
 Stéphanie Perrin (DRH) et Marco Lopes (Directeur Hôtellerie Flotte)\n- 11h00 : visite des cuisines du MS
 Ondine à quai (quai Rambaud)\n\nMerci de vous présenter à l'accueil du siège.\n\nStéphanie Perrin\nDRH –
 CroisiRhône
DTEND;TZID=Romance Standard Time:20261207T120000
DTSTAMP:20261130T143301Z
DTSTART;TZID=Romance Standard Time:20261207T093000
LOCATION:CroisiRhône – Siège\, 22 quai Rambaud\, 69002 Lyon – Salle Confluence (RDC)
ORGANIZER;CN="Perrin, Stéphanie":mailto:s.perrin@croisirhone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lopes, Marco":mailto:m.lopes@croisirhone.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Salle Confluence (RDC)"
 :mailto:salle.confluence@croisirhone.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien – Chef exécutif à bord (flotte Rhône-Saône)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B83D1F6C0A6BDB01000000000000000010000000E2A94C7B1D0F4E2391C8A5B3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""

POPOTE_SCREEN = r"""BEGIN:VEVENT
DTSTART:20261130T093000Z
DTEND:20261130T100000Z
DTSTAMP:20261125T160712Z
ORGANIZER;CN=Jeanne @ Popote:mailto:talent@popote.co
UID:6m2v8n4b0c1x7z9a3s5d7f1g3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jeanne Mercier
 ;X-NUM-GUESTS=0:mailto:jeanne@popote.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Hello Mathieu !\nOn se cale 30 min pour un call découverte : je te présente Popote\, nos box
 recettes et le rôle de Head Chef R&D\, et tu me racontes ton parcours.\nÀ lundi\,\nJeanne (Talent @ Popote)
 \n\nRejoindre avec Google Meet\nmeet.google.com/vbn-jyrt-oke
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call découverte Popote x Mathieu
TRANSP:OPAQUE
END:VEVENT"""

POPOTE_CASE = r"""BEGIN:VEVENT
UID:ashby-interview-0c6f2e8a-93d1-47b5-a2e4-5b8d1f7c3a96@ashbyhq.com
DTSTAMP:20261204T090015Z
DTSTART;TZID=Europe/Paris:20270104T140000
DTEND;TZID=Europe/Paris:20270104T153000
SUMMARY:Popote & Co | Étude de cas – Head Chef R&D (Mathieu Lambert)
DESCRIPTION:Bonjour Mathieu\,\n\nVoici les détails de votre prochain entretien chez Popote & Co.\n\nÉtude de
 cas culinaire (90 min) : vous présenterez 3 recettes pour notre box « Hiver » (coût matière < 3\,20 € par
 portion\, 30 min de préparation max. pour nos clients) et en cuisinerez une dans notre cuisine test.\n\n
 Intervenants :\n- Chloé Nguyen\, Head of Product\n- Baptiste Rey\, CEO & co-fondateur\n\nCoordination :
 Jeanne Mercier (elle vous accueillera\, sans participer à l'évaluation)\n\nAdresse : Popote & Co\, 9 rue
 Saint-Jérôme\, 69007 Lyon – cuisine test au 1er étage\n\nPowered by Ashby
LOCATION:Popote & Co\, 9 rue Saint-Jérôme\, 69007 Lyon
ORGANIZER;CN=Popote & Co Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Chloé Nguyen;ROLE=REQ-PARTICIPANT:mailto:chloe@popote.co
ATTENDEE;CN=Baptiste Rey;ROLE=REQ-PARTICIPANT:mailto:baptiste@popote.co
ATTENDEE;CN=Jeanne Mercier;ROLE=OPT-PARTICIPANT:mailto:jeanne@popote.co
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

ICB = r"""BEGIN:VEVENT
CREATED:20261202T164510Z
LAST-MODIFIED:20261202T165233Z
DTSTAMP:20261202T165233Z
UID:7a1f3c9e-2b84-4d06-9e5a-c8d2f0b61e47
SUMMARY:Jury de recrutement – Chef formateur cuisine (M. Lambert)
ORGANIZER;CN=Véronique Lacombe:mailto:v.lacombe@icbellecour.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Didier Ferrand:mailto:d.ferrand@icbellecour.fr
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN=Véronique Lacombe:mailto:v.lacombe@icbellecour.fr
DTSTART;TZID=Europe/Paris:20270111T090000
DTEND;TZID=Europe/Paris:20270111T113000
LOCATION:Institut Culinaire de Bellecour\, 8 rue des Remparts d'Ainay\, 69002 Lyon – salle B12
DESCRIPTION:Monsieur\,\n\nSuite à votre entretien avec notre responsable des formations\, nous vous
 convions à la dernière étape du recrutement pour le poste de Chef formateur cuisine :\n- démonstration
 technique de 20 minutes devant un groupe d'apprentis (sujet : pâte feuilletée et ses déclinaisons salées)\n-
 échange avec le jury (Véronique Lacombe\, directrice pédagogique\, et Didier Ferrand\, responsable des
 formations).\n\nCordialement\,\nVéronique Lacombe\nInstitut Culinaire de Bellecour
SEQUENCE:0
END:VEVENT"""

THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def events() -> list[Ev]:
    aig = "c.demontval@aiguilleblanche.com"
    return [
        pos("smartrecruiters-onsite-fr", cal(CALANQUES, "-//SmartRecruiters//Interview Scheduler//EN",
                                             tz=("Europe/Paris",)),
            "Hôtel Calanques & Mer", "Chef Exécutif", "onsite",
            "n.serra@calanques-et-mer.com;f.orsini@calanques-et-mer.com", "smartrecruiters-onsite-coordinator-fr"),
        pos("google-meet-hr-fr", cal(CHAIS, "-//Google Inc//Google Calendar 70.9054//EN"),
            "Les Grands Chais", "Chef de cuisine", "recruiter_screen", "margaux.delpech@lesgrandschais.com",
            "google-meet-hr-screen-fr"),
        pos("lever-zoom-en", cal(AIGUILLE_HM, "-//Lever//Lever Interview Scheduling//EN"),
            "L'Aiguille Blanche", "Executive Chef", "hiring_manager", aig, "lever-zoom-en"),
        pos("lever-cancel-en", cal(AIGUILLE_CANCEL, "-//Lever//Lever Interview Scheduling//EN", method="CANCEL",
                                   tz=("Europe/Paris",)),
            "L'Aiguille Blanche", "Executive Chef", "technical", aig + ";j.berthier@aiguilleblanche.com",
            "cancelled-tasting-en"),
        pos("wttj-fr", cal(SAVEURS, "-//Welcome to the Jungle//ATS//FR", tz=("Europe/Paris",)),
            "Saveurs & Réceptions", "Chef Exécutif Traiteur", "hiring_manager", "r.caudron@sr-receptions.fr",
            "wttj-ats-abbrev-domain-fr"),
        pos("outlook-room-fr", cal(CROISI, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                   tz=("Romance Standard Time",)),
            "CroisiRhône", "Chef exécutif à bord", "onsite", "s.perrin@croisirhone.fr;m.lopes@croisirhone.fr",
            "outlook-room-onsite-fr"),
        pos("google-startup-screen-fr", cal(POPOTE_SCREEN, "-//Google Inc//Google Calendar 70.9054//EN"),
            "Popote & Co", "Head Chef R&D", "recruiter_screen", "jeanne@popote.co", "google-startup-call-fr"),
        pos("ashby-case-fr", cal(POPOTE_CASE, "-//Ashby//Ashby Scheduling//EN", tz=("Europe/Paris",)),
            "Popote & Co", "Head Chef R&D", "technical", "chloe@popote.co;baptiste@popote.co",
            "ashby-case-study-coordinator-fr"),
        pos("thunderbird-jury-fr", cal(ICB, THUNDERBIRD, tz=("Europe/Paris",)),
            "Institut Culinaire de Bellecour", "Chef formateur cuisine", "final",
            "v.lacombe@icbellecour.fr;d.ferrand@icbellecour.fr", "thunderbird-school-jury-demo-fr"),
    ]
