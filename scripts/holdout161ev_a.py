"""holdout161 events, part A: Montréal employers (Desjardins, Intact, Banque Nationale, Mila, Hydro-Québec, ...)."""

EVENTS = [
    dict(
        kind="workday-screen",
        uid="wd-DES-R2417733-scr-01@myworkday.com",
        is_interview=1,
        company="Desjardins",
        role="Scientifique de données principal(e) - Modélisation IARD",
        stage="recruiter_screen",
        interviewers="genevieve.lacasse@desjardins.com",
        trap="workday-french-appel-preselection",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
@TZ America/Toronto
BEGIN:VEVENT
UID:wd-DES-R2417733-scr-01@myworkday.com
DTSTAMP:20250303T141205Z
DTSTART;TZID=America/Toronto:20250311T100000
DTEND;TZID=America/Toronto:20250311T103000
SUMMARY:Appel de présélection - Scientifique de données principal(e) - Mod
 élisation IARD (R2417733)
DESCRIPTION:Bonjour Marc-André\,\n\nMerci de l'intérêt que vous portez à D
 esjardins. Tel que convenu\, Geneviève Lacasse\, conseillère en acquisitio
 n de talents\, communiquera avec vous au 514-555-0187 pour un premier écha
 nge d'environ 30 minutes (parcours\, attentes salariales\, disponibilité).
 \n\nPour modifier ce rendez-vous\, répondez simplement à ce courriel.\n\nL
 'équipe Acquisition de talents\nMouvement Desjardins
LOCATION:Appel téléphonique
ORGANIZER;CN=Desjardins Acquisition de talents:mailto:desjardins@myworkday.com
ATTENDEE;CN=Geneviève Lacasse;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Genevieve.Lacasse@desjardins.com
ATTENDEE;CN=Marc-André Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-technique",
        uid="040000008200E00074C5B7101A82E00800000000B0C3D1A28A8ADB01000000000000000010000000D5A1E46F3B2C9A4E8F1D",
        is_interview=1,
        company="Desjardins",
        role="Scientifique de données principal(e)",
        stage="technical",
        interviewers="francois.pelletier@desjardins.com;nadia.bensaid@desjardins.com",
        trap="outlook-entrevue-technique-sent-by-adjointe",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Pelletier, François";SENT-BY="mailto:chantal.roy@desjardins.c
 om":mailto:francois.pelletier@desjardins.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bensaid, Nadia":mailto:nadia.bensaid@desjardins.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roy, Chantal":mailto:chantal.roy@desjardins.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Marc-André\,\n\nTel que discuté avec Ge
 neviève\, voici l'invitation pour l'entrevue technique (90 min). François
  Pelletier (directeur\, Science des données IARD) et Nadia Bensaid (scient
 ifique de données principale) y participeront. Une étude de cas sur la ta
 rification automobile vous sera présentée en début de rencontre\; aucune p
 réparation n'est requise.\n\nChantal Roy\nAdjointe administrative\n\n_____
 ___________________________________________________________________________
 \nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mo
 bile ou appareil de salle\nCliquez ici pour participer à la réunion<https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ4>\nID de la réunion :
  231 884 907 552\nCode secret : 7kVd2P\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0C3D1A28A8ADB01000000000000000010000000D5A1E46F3B2C9A4E8F1D
SUMMARY;LANGUAGE=fr-CA:Entrevue technique - M.-A. Tremblay
DTSTART;TZID=Eastern Standard Time:20250320T133000
DTEND;TZID=Eastern Standard Time:20250320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T190212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-comite-final",
        uid="040000008200E00074C5B7101A82E00800000000F01B7E33D391DB01000000000000000010000000A47C0B9E6DD3F143B1A2",
        is_interview=1,
        company="Desjardins",
        role="Scientifique de données principal(e)",
        stage="final",
        interviewers="isabelle.gagnon@desjardins.com;francois.pelletier@desjardins.com;mathieu.cote@desjardins.com",
        trap="outlook-rencontre-finale-salle-ressource",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Isabelle";SENT-BY="mailto:chantal.roy@desjardins.com":mailto:isabelle.gagnon@desjardins.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-André
  Tremblay:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pelletier, Fr
 ançois":mailto:francois.pelletier@desjardins.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Côté, Mathieu":mailto:mathieu.cote@desjardins.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MTL-1 Complexe
  Desjardins T-Nord 22.104 (10)":mailto:salle.cdn22104@desjardins.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Marc-André\,\n\nNous avons le plaisir d
 e vous convier à la dernière étape du processus : une rencontre avec Isab
 elle Gagnon (vice-présidente\, Analytique avancée)\, François Pelletier et
  Mathieu Côté (RH). Prévoir une présentation de 15 minutes sur un projet d
 e modélisation dont vous êtes fier.\n\nComplexe Desjardins\, tour Nord\, 2
 2e étage. Présentez-vous à l'accueil avec une pièce d'identité.\n
UID:040000008200E00074C5B7101A82E00800000000F01B7E33D391DB01000000000000000010000000A47C0B9E6DD3F143B1A2
SUMMARY;LANGUAGE=fr-CA:Rencontre - Marc-André Tremblay / Analytique avancée
DTSTART;TZID=Eastern Standard Time:20250403T090000
DTEND;TZID=Eastern Standard Time:20250403T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T151944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:MTL-1 Complexe Desjardins T-Nord 22.104 (10)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-entrevue",
        uid="sr-int-8f3a1c77-44b2-4f0e-9d35-intact-2025-0318@smartrecruiters.com",
        is_interview=1,
        company="Intact Corporation financière",
        role="Lead Data Scientist, Personal Lines Pricing",
        stage="hiring_manager",
        interviewers="sylvain.bergeron@intact.net",
        trap="smartrecruiters-bilingual-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-8f3a1c77-44b2-4f0e-9d35-intact-2025-0318@smartrecruiters.com
DTSTAMP:20250312T174501Z
DTSTART:20250318T150000Z
DTEND:20250318T160000Z
SUMMARY:Intact | Entrevue avec le gestionnaire / Hiring Manager Interview
  - Lead Data Scientist\, Personal Lines Pricing
DESCRIPTION:Bonjour Marc-André / Hello Marc-André\,\n\nVous rencontrerez S
 ylvain Bergeron\, directeur Science des données - Tarification.\nYou will
  meet Sylvain Bergeron\, Director Data Science - Pricing.\n\nLien Teams / T
 eams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE5\n\n
 Intact Corporation financière - Acquisition de talents
LOCATION:Microsoft Teams
ORGANIZER;CN=Intact Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Sylvain Bergeron;PARTSTAT=ACCEPTED:mailto:sylvain.bergeron@intact.net
ATTENDEE;CN=Marc-André Tremblay;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-cancelled",
        uid="sr-int-0b71e2d4-19aa-4c3e-8e21-intact-2025-0327@smartrecruiters.com",
        is_interview=1,
        company="Intact Corporation financière",
        role="Lead Data Scientist, Personal Lines Pricing",
        stage="technical",
        interviewers="amelie.drouin@intact.net;kevin.tran@intact.net",
        trap="smartrecruiters-method-cancel-technical",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:sr-int-0b71e2d4-19aa-4c3e-8e21-intact-2025-0327@smartrecruiters.com
DTSTAMP:20250325T130322Z
DTSTART:20250327T170000Z
DTEND:20250327T183000Z
SUMMARY:ANNULÉ / CANCELLED: Intact | Évaluation technique / Technical Asse
 ssment - Lead Data Scientist
DESCRIPTION:Cette entrevue a été annulée. Votre recruteur(-e) communiquera
  avec vous pour la suite.\nThis interview has been cancelled. Your recruit
 er will follow up with next steps.\n\nPanel: Amélie Drouin\, Kevin Tran
ORGANIZER;CN=Intact Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Amélie Drouin;PARTSTAT=DECLINED:mailto:amelie.drouin@intact.net
ATTENDEE;CN=Kevin Tran;PARTSTAT=DECLINED:mailto:kevin.tran@intact.net
ATTENDEE;CN=Marc-André Tremblay;PARTSTAT=NEEDS-ACTION:mailto:ma.tremblay.data@videotron.ca
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-entrevue",
        uid="SF_INT_BNC_REQ58812_3381902",
        is_interview=1,
        company="Banque Nationale du Canada",
        role="Conseiller(ère) principal(e), science des données - Lutte à la fraude",
        stage="",
        interviewers="julie.marchand@bnc.ca;olivier.sauve@bnc.ca",
        trap="successfactors-entrevue-panel-no-stage",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/Montreal
BEGIN:VEVENT
UID:SF_INT_BNC_REQ58812_3381902
DTSTAMP:20250317T200010Z
DTSTART;TZID=America/Montreal:20250325T140000
DTEND;TZID=America/Montreal:20250325T150000
SUMMARY:Banque Nationale - Entrevue - Conseiller(ère) principal(e)\, scien
 ce des données - Lutte à la fraude
DESCRIPTION:Bonjour Marc-André Tremblay\,\n\nVotre entrevue est confirmée.
 \n\nIntervieweurs : Julie Marchand\, Olivier Sauvé\nLieu : 800\, rue Saint
 -Jacques\, Montréal (Édifice Banque Nationale)\, réception du 3e étage\n\n
 Si vous avez besoin d'une mesure d'adaptation\, veuillez nous en aviser.\n
 \nAcquisition de talents\, Banque Nationale
LOCATION:800 rue Saint-Jacques\, Montréal\, QC H3C 1A3
ORGANIZER;CN=Banque Nationale Recrutement:mailto:recrutement@successfactors.eu
ATTENDEE;CN=Julie Marchand;ROLE=REQ-PARTICIPANT:mailto:julie.marchand@bnc.ca
ATTENDEE;CN=Olivier Sauvé;ROLE=REQ-PARTICIPANT:mailto:olivier.sauve@bnc.ca
ATTENDEE;CN=Marc-André Tremblay;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-mila-jase",
        uid="5p3n0q1c7l8uhmpj6d2k4b9r0s@google.com",
        is_interview=1,
        company="Mila",
        role="Applied Research Scientist",
        stage="technical",
        interviewers="hugo.leblanc@mila.quebec;ines.kaddour@mila.quebec",
        trap="gcal-research-talk-and-coding",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T180000Z
DTEND:20250401T193000Z
DTSTAMP:20250326T154422Z
ORGANIZER;CN=Inès Kaddour:mailto:ines.kaddour@mila.quebec
UID:5p3n0q1c7l8uhmpj6d2k4b9r0s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inès Kaddour;X-NUM-GUESTS=0:mailto:ines.kaddour@mila.quebec
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hugo Leblanc;X-NUM-GUESTS=0:mailto:hugo.leblanc@mila.quebec
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/qwe-rtyu-iop
DESCRIPTION:Hi Marc-André\, as discussed: 30 min for you to present a past
  project (slides welcome)\, then ~45 min of live coding / ML design with H
 ugo and me. Looking forward!\n\nInès\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/qwe-
 rtyu-iop\nJoin by phone\n(CA) +1 437-555-0144 PIN: 812 334 990#\n-::~:~::~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:Mila\, 6666 rue Saint-Urbain\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marc-André / Mila - Applied Research Scientist (talk + technical)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-hq-entrevue",
        uid="040000008200E00074C5B7101A82E0080000000070E55A9B4C8EDB010000000000000000100000001F2E3D4C5B6A79881726",
        is_interview=1,
        company="Hydro-Québec",
        role="Spécialiste principal(e) en science des données",
        stage="",
        interviewers="Stéphane Lemieux;Karine Ouimet",
        trap="outlook-entrevue-comite-no-emails",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN=Dotation Hydro-Québec:mailto:dotation@hydroquebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Tremblay\,\n\nPour faire suite à vot
 re candidature (affichage 2025-DS-0412)\, nous vous confirmons votre entre
 vue pour le poste de spécialiste principal(e) en science des données.\n\nC
 omité : Stéphane Lemieux (chef Données et IA) et Karine Ouimet (conseillèr
 e en dotation)\nDurée : 75 minutes\nLieu : 75\, boul. René-Lévesque Ouest
 \, 18e étage. Apportez une pièce d'identité avec photo et vos diplômes ori
 ginaux.\n\nDotation - Hydro-Québec
UID:040000008200E00074C5B7101A82E0080000000070E55A9B4C8EDB010000000000000000100000001F2E3D4C5B6A79881726
SUMMARY;LANGUAGE=fr-CA:Convocation - entrevue - affichage 2025-DS-0412
DTSTART;TZID=Eastern Standard Time:20250408T093000
DTEND;TZID=Eastern Standard Time:20250408T104500
DTSTAMP:20250331T124107Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:75 boul. René-Lévesque O.\, 18e étage
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-onsite",
        uid="gh-interview-4417720001-servicenow@greenhouse.io",
        is_interview=1,
        company="ServiceNow",
        role="Staff Machine Learning Engineer, Now Assist",
        stage="onsite",
        interviewers="p.ramachandran@servicenow.com;e.morin@servicenow.com;d.kowalski@servicenow.com",
        trap="greenhouse-virtual-onsite-loop",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4417720001-servicenow@greenhouse.io
DTSTAMP:20250402T160514Z
DTSTART:20250409T130000Z
DTEND:20250409T163000Z
SUMMARY:Virtual Onsite: Marc-André Tremblay <> ServiceNow (Staff MLE\, No
 w Assist)
DESCRIPTION:Hi Marc-André\,\n\nHere is your agenda for the virtual onsite
 . All sessions use the same Zoom link.\n\n9:00-10:00 ET  ML System Design
  - Priya Ramachandran\n10:00-11:00 ET  Coding - Étienne Morin\n11:15-12:3
 0 ET  Behavioural / Values - Dorota Kowalski\n\nZoom: https://servicenow.z
 oom.us/j/94418820331?pwd=Zm9v\nMeeting ID: 944 1882 0331\n\nBest\,\nRecrui
 ting Coordination\, ServiceNow
LOCATION:Zoom
ORGANIZER;CN=ServiceNow Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;CN=Priya Ramachandran:mailto:p.ramachandran@servicenow.com
ATTENDEE;CN=Étienne Morin:mailto:e.morin@servicenow.com
ATTENDEE;CN=Dorota Kowalski:mailto:d.kowalski@servicenow.com
ATTENDEE;CN=Hailey Brooks (Coordinator);ROLE=OPT-PARTICIPANT:mailto:hailey.brooks@servicenow.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-phone-screen",
        uid="lever-5b1c2e90-7a55-4c13-b6a7-2df1e8f0c441",
        is_interview=1,
        company="Lightspeed",
        role="Senior Data Scientist - Payments",
        stage="recruiter_screen",
        interviewers="maude.lafreniere@lightspeedhq.com",
        trap="lever-talent-partner-call",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-5b1c2e90-7a55-4c13-b6a7-2df1e8f0c441
DTSTAMP:20250305T212233Z
DTSTART:20250307T153000Z
DTEND:20250307T160000Z
SUMMARY:Marc-André Tremblay & Lightspeed - Intro call
DESCRIPTION:Hi Marc-André\, looking forward to chatting about the Senior D
 ata Scientist - Payments role! I'll call you at the number on your applica
 tion.\n\nMaude Lafrenière\nTalent Partner\, Lightspeed Commerce
ORGANIZER;CN=Maude Lafrenière:mailto:maude.lafreniere@lightspeedhq.com
ATTENDEE;CN=Maude Lafrenière;PARTSTAT=ACCEPTED:mailto:maude.lafreniere@lightspeedhq.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-coveo",
        uid="8D1E7F3A-5C2B-4E11-9A77-2B6C0F1D9E33",
        is_interview=1,
        company="Coveo",
        role="",
        stage="",
        interviewers="",
        trap="hand-typed-terse-entrevue-no-attendees",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@TZ America/Toronto
BEGIN:VEVENT
CREATED:20250306T004411Z
UID:8D1E7F3A-5C2B-4E11-9A77-2B6C0F1D9E33
DTSTART;TZID=America/Toronto:20250312T120000
DTEND;TZID=America/Toronto:20250312T130000
SUMMARY:Coveo entrevue 2e ronde
DESCRIPTION:équipe relevance/ML\nrevoir learning to rank + leur blog\ncon
 firmé par courriel avec Véro (TA)
LOCATION:3175 ch. des Quatre-Bourgeois Québec -> non\, virtuel
DTSTAMP:20250306T004417Z
LAST-MODIFIED:20250306T004417Z
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
