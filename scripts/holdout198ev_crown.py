"""holdout198: Crown corporations, agencies, the university, the city (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("preselection-tel", "saaq-presel-20260930-1100-mgagnon@saaq.gouv.qc.ca",
       1, "Société de l'assurance automobile du Québec", "Conseillère ou conseiller principal en communication", "recruiter_screen",
       "kathleen.bergeron@saaq.gouv.qc.ca", "phone-preselection-hr-adviser", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:saaq-presel-20260930-1100-mgagnon@saaq.gouv.qc.ca
DTSTAMP:20260925T173300Z
DTSTART:20260930T150000Z
DTEND:20260930T153000Z
SUMMARY:Entretien téléphonique de présélection – SAAQ
DESCRIPTION:Bonjour Madame Gagnon\,\n\nJe vous appellerai au 418 571-0392 pour un court entretien de présélection (environ 30 minutes) concernant votre candidature au poste de conseillère ou conseiller principal en communication (réf. SAAQ-2026-1147). Nous validerons votre intérêt\, vos disponibilités et certains éléments de votre parcours.\n\nKathleen Bergeron\, CRHA\nConseillère en acquisition de talents\nVice-présidence aux ressources humaines\nSociété de l'assurance automobile du Québec
LOCATION:Appel téléphonique – la SAAQ vous appelle
ORGANIZER;CN="Bergeron, Kathleen":mailto:kathleen.bergeron@saaq.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevue-comite", "saaq-entrevue-20261016-0900-mgagnon@saaq.gouv.qc.ca",
       1, "Société de l'assurance automobile du Québec", "Conseillère ou conseiller principal en communication", "onsite",
       "patrick.lemieux@saaq.gouv.qc.ca;kathleen.bergeron@saaq.gouv.qc.ca",
       "second-round-in-person-with-hr", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:saaq-entrevue-20261016-0900-mgagnon@saaq.gouv.qc.ca
DTSTAMP:20261003T125911Z
DTSTART;TZID=America/Toronto:20261016T090000
DTEND;TZID=America/Toronto:20261016T103000
SUMMARY:Entrevue – conseiller(ère) principal(e) en communication – 2e étape
DESCRIPTION:Bonjour Madame Gagnon\,\n\nSuite à notre entretien téléphonique\, nous vous invitons à la deuxième étape du processus. Vous rencontrerez M. Patrick Lemieux\, directeur des communications et du marketing\, accompagné de moi-même.\n\nL'entrevue comportera une courte présentation de votre part (10 minutes) : « Comment feriez-vous connaître une nouvelle règle du Code de la sécurité routière auprès des jeunes conducteurs? »\n\n333\, boulevard Jean-Lesage\, Québec – présentez-vous au comptoir de sécurité\, hall principal.\n\nKathleen Bergeron
LOCATION:333\, boul. Jean-Lesage\, Québec – salle N-4-12
ORGANIZER;CN="Bergeron, Kathleen":mailto:kathleen.bergeron@saaq.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;RSVP=TRUE;CN="Lemieux, Patrick":mailto:patrick.lemieux@saaq.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="SAAQ-333JL-N-4-12":mailto:n-4-12@saaq.gouv.qc.ca
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-screen", "SF-INTSCHED-7f31c0a9-41d2-4e11-b8f2-6a9c2e0d5b44",
       1, "Hydro-Québec", "Conseillère principale – communications d'entreprise", "recruiter_screen",
       "lavoie.stephanie@hydroquebec.com", "successfactors-talent-acquisition-screen", r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:SF-INTSCHED-7f31c0a9-41d2-4e11-b8f2-6a9c2e0d5b44
DTSTAMP:20261006T190211Z
DTSTART;TZID=America/Toronto:20261013T113000
DTEND;TZID=America/Toronto:20261013T120000
SUMMARY:Hydro-Québec | Entrevue : Conseillère principale – communications d'entreprise (Réq. 41207)
DESCRIPTION:Bonjour Marie-Ève\,\n\nVotre entrevue a été planifiée.\n\nPoste : Conseillère principale – communications d'entreprise (Réq. 41207)\nIntervieweur(s) : Stéphanie Lavoie\, conseillère – acquisition de talents\nFormat : Microsoft Teams (le lien vous sera transmis séparément)\n\nPour modifier votre disponibilité\, connectez-vous à votre profil de candidat.\n\nCe courriel a été généré automatiquement. Merci de ne pas y répondre.
ORGANIZER;CN=Hydro-Québec Recrutement:mailto:noreply-recrutement@successfactors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Stéphanie Lavoie:mailto:lavoie.stephanie@hydroquebec.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("panel-teams", "SF-INTSCHED-2b84e61d-90c7-4f3a-a5e8-c1d7f0b3a926",
       1, "Hydro-Québec", "Conseillère principale – communications d'entreprise", "onsite",
       "bisson.jean-francois@hydroquebec.com;dion.marie-claude@hydroquebec.com;lavoie.stephanie@hydroquebec.com",
       "successfactors-panel-at-head-office", r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:SF-INTSCHED-2b84e61d-90c7-4f3a-a5e8-c1d7f0b3a926
DTSTAMP:20261021T144015Z
DTSTART;TZID=America/Toronto:20261029T130000
DTEND;TZID=America/Toronto:20261029T143000
SUMMARY:Hydro-Québec | Entrevue panel : Conseillère principale – communications d'entreprise (Réq. 41207)
DESCRIPTION:Bonjour Marie-Ève\,\n\nNous avons le plaisir de vous convier à une entrevue avec le comité.\n\nIntervieweur(s) :\n- Jean-François Bisson\, chef – Relations de presse\n- Marie-Claude Dion\, directrice principale – Communications d'entreprise\n- Stéphanie Lavoie\, conseillère – acquisition de talents\n\nLieu : Édifice Jean-Lesage\, 75\, boul. René-Lévesque Ouest\, Montréal – 20e étage. Un laissez-passer visiteur vous sera remis à l'accueil.\n\nCe courriel a été généré automatiquement. Merci de ne pas y répondre.
ORGANIZER;CN=Hydro-Québec Recrutement:mailto:noreply-recrutement@successfactors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jean-François Bisson:mailto:bisson.jean-francois@hydroquebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Claude Dion:mailto:dion.marie-claude@hydroquebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Stéphanie Lavoie:mailto:lavoie.stephanie@hydroquebec.com
LOCATION:75\, boul. René-Lévesque O.\, Montréal – 20e étage
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("taleo-entrevue", "taleo-loto-5510-88213-interview@lotoquebec.com",
       1, "Loto-Québec", "Chef de service – relations médias", "",
       "genevieve.harvey@loto-quebec.com", "taleo-interview-ambiguous-stage", r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:taleo-loto-5510-88213-interview@lotoquebec.com
DTSTAMP:20261019T121500Z
DTSTART:20261026T180000Z
DTEND:20261026T190000Z
SUMMARY:Entrevue virtuelle - Chef de service\, relations médias (2600883)
DESCRIPTION:Madame Gagnon\,\n\nNous confirmons votre entrevue virtuelle pour le poste de Chef de service\, relations médias (numéro de demande 2600883).\n\nVotre interlocutrice : Geneviève Harvey\, directrice – Affaires publiques et relations médias.\nLien : https://lotoquebec.zoom.us/j/91822034417\n\nLoto-Québec – Talents
LOCATION:Zoom
ORGANIZER;CN=Loto-Québec Talents:mailto:talents@loto-quebec.com
ATTENDEE;CN=Gagnon\, Marie-Ève:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Harvey\, Geneviève:mailto:genevieve.harvey@loto-quebec.com
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-saq", "WD-SAQ-INTERVIEW-3318-77241@myworkday.com",
       1, "Société des alcools du Québec", "Conseiller(ère) principal(e) – Affaires publiques", "hiring_manager",
       "dominique.roberge@saq.qc.ca", "workday-hiring-manager-conversation", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-SAQ-INTERVIEW-3318-77241@myworkday.com
DTSTAMP:20261104T141732Z
DTSTART:20261112T150000Z
DTEND:20261112T160000Z
SUMMARY:Entrevue : R-0014572 Conseiller(ère) principal(e) – Affaires publiques - Marie-Ève Gagnon
DESCRIPTION:Entrevue : Conseiller(ère) principal(e) – Affaires publiques\nCandidat : Marie-Ève Gagnon\nIntervieweur : Dominique Roberge (Directeur\, Affaires publiques et relations gouvernementales)\nEmplacement : 905\, avenue De Lorimier\, Montréal – Pavillon administratif\, 3e étage\n\nRemarques : Conversation avec le gestionnaire d'embauche. Présentez-vous à la réception.
LOCATION:905\, avenue De Lorimier\, Montréal
ORGANIZER;CN=SAQ Carrières:mailto:saq@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dominique Roberge:mailto:dominique.roberge@saq.qc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-final", "icims-iq-interview-1c4d9f2a@investquebec.icims.com",
       1, "Investissement Québec", "Directrice principale – Communications et affaires publiques", "final",
       "m.bouchard@invest-quebec.com;sonia.rivard@invest-quebec.com",
       "icims-final-with-ceo", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-iq-interview-1c4d9f2a@investquebec.icims.com
DTSTAMP:20261201T160045Z
DTSTART:20261209T143000Z
DTEND:20261209T153000Z
SUMMARY:Investissement Québec – Entrevue finale – Directrice principale\, Communications et affaires publiques
DESCRIPTION:Bonjour Marie-Ève\,\n\nVous êtes invitée à l'entrevue finale avec Marc Bouchard\, premier vice-président\, et Sonia Rivard\, vice-présidente\, Talents et culture.\n\nLieu : 1001\, boul. Robert-Bourassa\, bureau 1000\, Montréal.\n\nCordialement\,\nL'équipe Talents – Investissement Québec\n\nThis invitation was sent via iCIMS. Do not reply to this address.
LOCATION:1001\, boul. Robert-Bourassa\, bureau 1000\, Montréal
ORGANIZER;CN=Investissement Québec Talents:mailto:no-reply@investquebec.icims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marc Bouchard:mailto:m.bouchard@invest-quebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sonia Rivard:mailto:sonia.rivard@invest-quebec.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevue-differee", "hv-cdpq-6b2f0e19a4c7@hirevue.com",
       1, "CDPQ", "Senior Advisor, Public Affairs / Conseillère principale, Affaires publiques", "recruiter_screen",
       "", "one-way-video-interview-deadline-all-day", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Scheduling//EN
BEGIN:VEVENT
UID:hv-cdpq-6b2f0e19a4c7@hirevue.com
DTSTAMP:20260928T120301Z
DTSTART;VALUE=DATE:20261005
DTEND;VALUE=DATE:20261006
SUMMARY:CDPQ – Entrevue vidéo différée / On-demand video interview (deadline)
DESCRIPTION:Bonjour Marie-Ève / Hello Marie-Ève\,\n\nCDPQ vous invite à compléter une entrevue vidéo différée pour le poste Senior Advisor\, Public Affairs / Conseillère principale\, Affaires publiques. Vous aurez 5 questions\, 3 minutes par réponse\, 30 secondes de préparation.\n\nCDPQ invites you to complete an on-demand video interview. Please complete it before October 5\, 11:59 p.m. ET.\n\nhttps://app.hirevue.com/interviews/cdpq/6b2f0e19a4c7
ORGANIZER;CN=CDPQ Talent:mailto:no-reply@hirevue.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-comite", "WD-ULAVAL-ENTREVUE-R0042177-1@myworkday.com",
       1, "Université Laval", "Directrice ou directeur – Direction des communications", "onsite",
       "julie.fortin@dc.ulaval.ca;robert.boulanger@vrrh.ulaval.ca;marie-pier.dufour@ulaval.ca",
       "university-workday-comite-de-selection", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ULAVAL-ENTREVUE-R0042177-1@myworkday.com
DTSTAMP:20261023T195500Z
DTSTART:20261105T140000Z
DTEND:20261105T153000Z
SUMMARY:Entrevue : R0042177 Directrice ou directeur – Direction des communications - Marie-Ève Gagnon
DESCRIPTION:Entrevue : Directrice ou directeur – Direction des communications\nCandidat : Marie-Ève Gagnon\nIntervieweurs : Julie Fortin (Vice-rectrice adjointe aux communications)\; Robert Boulanger (Conseiller en dotation\, VRRH)\; Marie-Pier Dufour (Directrice\, Service des relations avec les médias)\nEmplacement : Pavillon des Sciences de l'éducation\, 2320\, rue des Bibliothèques\, local 1215\n\nRemarques : Comité de sélection. Une mise en situation de 20 minutes vous sera remise à votre arrivée.
LOCATION:Pavillon des Sciences de l'éducation\, local 1215
ORGANIZER;CN=Université Laval - Recrutement:mailto:ulaval@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Julie Fortin:mailto:julie.fortin@dc.ulaval.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Robert Boulanger:mailto:robert.boulanger@vrrh.ulaval.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Pier Dufour:mailto:marie-pier.dufour@ulaval.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-final", "WD-ULAVAL-ENTREVUE-R0042177-2@myworkday.com",
       1, "Université Laval", "Directrice ou directeur – Direction des communications", "final",
       "caroline.menard@ulaval.ca", "university-workday-vice-rector-final", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ULAVAL-ENTREVUE-R0042177-2@myworkday.com
DTSTAMP:20261113T152049Z
DTSTART:20261119T200000Z
DTEND:20261119T204500Z
SUMMARY:Rencontre : R0042177 Directrice ou directeur – Direction des communications - Marie-Ève Gagnon
DESCRIPTION:Rencontre : Directrice ou directeur – Direction des communications\nCandidat : Marie-Ève Gagnon\nIntervieweurs : Vice-rectorat aux relations externes (Mme Caroline Ménard)\nEmplacement : Pavillon des Sciences de l'éducation\, 3e étage\, bureau du vice-rectorat\n\nRemarques : Dernière étape avant la recommandation au comité exécutif.
LOCATION:Pavillon des Sciences de l'éducation\, bureau 3450
ORGANIZER;CN=Université Laval - Recrutement:mailto:ulaval@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Caroline Ménard:mailto:caroline.menard@ulaval.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
