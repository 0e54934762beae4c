"""holdout206 events, part a: Wilo, KSB, Hilti, Groupe Atlantic (raw iCalendar text)."""

from holdout206ev_tz import PARIS_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "sf-phone-screen",
        "uid": "SFINTV-4471093-20250212@wilo.successfactors.eu",
        "is_interview": 1,
        "company": "Wilo France",
        "role": "Key Account Manager Grands Comptes Industrie H/F",
        "stage": "recruiter_screen",
        "interviewers": "camille.roussel@wilo.com",
        "trap": "successfactors-phone-screen-french",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINTV-4471093-20250212@wilo.successfactors.eu
DTSTAMP:20250205T091244Z
DTSTART:20250212T080000Z
DTEND:20250212T083000Z
SEQUENCE:0
SUMMARY:Entretien téléphonique - Key Account Manager Grands Comptes Industr
 ie H/F - Guillaume Le Goff
DESCRIPTION:Bonjour Guillaume\,\n\nNous avons le plaisir de vous confirmer
  votre entretien téléphonique pour le poste Key Account Manager Grands Compt
 es Industrie H/F (réf. 24117).\n\nCamille Roussel\, Talent Acquisition Par
 tner\, vous appellera au numéro indiqué dans votre candidature (06 ** ** *
 * 58).\nDurée : 30 minutes\n\nPour toute modification\, merci de répondre
  à ce message.\n\nWILO France SAS - 53 boulevard de la République - 78400 C
 hatou
LOCATION:Appel téléphonique
ORGANIZER;CN=WILO Recrutement:mailto:noreply-interview@successfactors.eu
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:C
 amille.Roussel@wilo.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:guillaume.legoff44@laposte.net
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A0F1E3C17E7DDB01"
            "000000000000000010000000C4D6B2A91E0B9F4A8E3D0A55F1B7C921"
        ),
        "is_interview": 1,
        "company": "Wilo France",
        "role": "Key Account Manager Grands Comptes Industrie",
        "stage": "hiring_manager",
        "interviewers": "olivier.castel@wilo.com",
        "trap": "outlook-teams-regional-sales-director-original",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roussel, Camille":mailto:Camille.Roussel@wilo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castel, O
 livier":mailto:Olivier.Castel@wilo.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nComme convenu\, voici l'i
 nvitation pour votre échange avec Olivier Castel\, Directeur Régional des
  Ventes Ouest\, au sujet du poste de KAM Grands Comptes Industrie.\n\nBien
  à vous\,\nCamille\n\n__________________________________________________
 ______________________________\nRéunion Microsoft Teams\nRejoindre sur vot
 re ordinateur\, votre application mobile ou votre appareil de salle\nCliq
 uez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_NzQ1YjM4ZGQtOGE2Ny00>\nID de la réunion : 351 884 207 912\
 nCode secret : 7sK2pR\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0F1E3C17E7DDB01000000000000000
 010000000C4D6B2A91E0B9F4A8E3D0A55F1B7C921
SUMMARY;LANGUAGE=fr-FR:Wilo - Echange avec Olivier Castel (KAM Industrie)
DTSTART;TZID=Romance Standard Time:20250227T173000
DTEND;TZID=Romance Standard Time:20250227T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams"\,"Locatio
 nAnnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams-moved",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A0F1E3C17E7DDB01"
            "000000000000000010000000C4D6B2A91E0B9F4A8E3D0A55F1B7C921"
        ),
        "is_interview": 1,
        "company": "Wilo France",
        "role": "Key Account Manager Grands Comptes Industrie",
        "stage": "hiring_manager",
        "interviewers": "olivier.castel@wilo.com",
        "trap": "outlook-rescheduled-higher-sequence",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roussel, Camille":mailto:Camille.Roussel@wilo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castel, Olivi
 er":mailto:Olivier.Castel@wilo.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nOlivier est retenu en cl
 ientèle le 27\, je vous propose de décaler au mardi 4 mars même heure. Mer
 ci de votre compréhension !\n\nCamille\n\n_______________________________
 _________________________________________________\nRéunion Microsoft Tea
 ms\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_NzQ1YjM4ZGQtOGE2Ny00>\nID de la réunion : 351 884
  207 912\nCode secret : 7sK2pR\n
UID:040000008200E00074C5B7101A82E00800000000A0F1E3C17E7DDB01000000000000000
 010000000C4D6B2A91E0B9F4A8E3D0A55F1B7C921
SUMMARY;LANGUAGE=fr-FR:Wilo - Echange avec Olivier Castel (KAM Industrie)
DTSTART;TZID=Romance Standard Time:20250304T173000
DTEND;TZID=Romance Standard Time:20250304T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T163208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-typed-final",
        "uid": "8C1F5E0A-3B72-4D8E-9F21-6A0D7C3E55B1",
        "is_interview": 1,
        "company": "Wilo France",
        "role": "",
        "stage": "final",
        "interviewers": "Pierre-Yves Marchal;Nathalie Vasseur",
        "trap": "hand-typed-final-floating-time",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250311T192203Z
UID:8C1F5E0A-3B72-4D8E-9F21-6A0D7C3E55B1
DTEND:20250319T123000
SUMMARY:Wilo dernier tour Chatou
DTSTART:20250319T103000
DTSTAMP:20250311T192241Z
LOCATION:53 bd de la République\, Chatou
DESCRIPTION:avec PY Marchal (dir commercial France) + Nathalie Vasseur DRH
 \nTGV 6h41 Nantes > Montparnasse\, RER A Chatou-Croissy\nparler package +
  véhicule\, secteur 44/85/49
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-screen",
        "uid": "f3b0c1de-77a4-4a0e-b1a2-ksb-2025-0121",
        "is_interview": 1,
        "company": "KSB",
        "role": "Responsable Régional des Ventes Grand Ouest (H/F)",
        "stage": "recruiter_screen",
        "interviewers": "fanny.delorme@ksb.com",
        "trap": "outlook-sent-by-assistant-teams-screen",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Delorme, Fanny";SENT-BY="mailto:assistante.rh@ksb.com":mailt
 o:fanny.delorme@ksb.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume
  LE GOFF:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delorme, Fann
 y":mailto:fanny.delorme@ksb.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur Le Goff\,\n\nSuite à votre candidature
  au poste de Responsable Régional des Ventes Grand Ouest (H/F)\, Mme Fann
 y Delorme\, Chargée de recrutement\, souhaite s'entretenir avec vous par
  visioconférence.\n\nCordialement\,\nService Ressources Humaines\nKSB SAS
  – 4 allée des Barbanniers – 92230 Gennevilliers\n\n_____________________
 ___________________________________________________________\nMicrosoft T
 eams Besoin d'aide ?<https://aka.ms/JoinTeamsMeeting?omkt=fr-FR>\nRejoind
 re la réunion maintenant<https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_ZmE0NDk2>\nID de la réunion : 372 019 556 120\nCode secret : Hq9Zs
 X\nParticiper par téléphone\n+33 1 70 91 86 46\,\,802113447# France\, Par
 is\n
UID:f3b0c1de-77a4-4a0e-b1a2-ksb-2025-0121
SUMMARY;LANGUAGE=fr-FR:Entretien M. Le Goff - RRV Grand Ouest
DTSTART;TZID=Romance Standard Time:20250128T140000
DTEND;TZID=Romance Standard Time:20250128T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250121T094410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "exchange-room",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000050A0C8E9D27DDB01"
            "0000000000000000100000007F21AB0C334D1C49B0E7E5A9D3C0F812"
        ),
        "is_interview": 1,
        "company": "KSB",
        "role": "Responsable Régional des Ventes Grand Ouest",
        "stage": "hiring_manager",
        "interviewers": "marc.hervouet@ksb.com;laurent.bigot@ksb.com",
        "trap": "exchange-second-round-room-resource",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hervouet, Marc":mailto:marc.hervouet@ksb.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bigot, Lauren
 t":mailto:laurent.bigot@ksb.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delorme,
  Fanny":mailto:fanny.delorme@ksb.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FR-CARQ Salle L
 oire (8)":mailto:FR-CARQ-SalleLoire@ksb.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\n2ème entretien RRV Grand Ouest : p
 résentation de votre parcours (15 min)\, puis échanges sur le portefeuil
 le clients (eau / industrie / bâtiment) et l'équipe ITC.\nAccueil à l'age
 nce de Carquefou\, parking visiteurs devant le bâtiment B.\n\nMarc Hervou
 et\nDirecteur des Ventes Industrie & Eau\n
UID:040000008200E00074C5B7101A82E0080000000050A0C8E9D27DDB0100000000000000
 00100000007F21AB0C334D1C49B0E7E5A9D3C0F812
SUMMARY;LANGUAGE=fr-FR:2ème entretien - G. Le Goff
DTSTART;TZID=Romance Standard Time:20250211T093000
DTEND;TZID=Romance Standard Time:20250211T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250131T150322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:FR-CARQ Salle Loire (8)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-phone",
        "uid": "WD-INT-HILTI-R0049211-01@myworkday.com",
        "is_interview": 1,
        "company": "Hilti",
        "role": "Key Account Manager Industrie - Pays de la Loire",
        "stage": "recruiter_screen",
        "interviewers": "julie.marchetti@hilti.com",
        "trap": "workday-preselection-phone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-HILTI-R0049211-01@myworkday.com
DTSTAMP:20250303T131500Z
DTSTART:20250310T100000Z
DTEND:20250310T103000Z
SUMMARY:Hilti | Entretien de présélection - Key Account Manager Industrie
  - Pays de la Loire (R0049211)
DESCRIPTION:Bonjour Guillaume\, \n\nVotre entretien de présélection télép
 honique est confirmé. Julie Marchetti (Talent Acquisition) vous appellera
  à l'heure indiquée.\n\nAvant l'entretien\, vous pouvez découvrir notre m
 odèle de vente directe : https://www.hilti.fr/content/hilti/E3/FR/fr/comp
 any/careers.html\n\nCeci est un message automatique\, merci de ne pas y r
 épondre.
ORGANIZER;CN=Hilti Talent Acquisition:mailto:hilti@myworkday.com
ATTENDEE;CN=Julie Marchetti;ROLE=CHAIR:mailto:julie.marchetti@hilti.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "role-play",
        "uid": "WD-INT-HILTI-R0049211-02@myworkday.com",
        "is_interview": 1,
        "company": "Hilti",
        "role": "Key Account Manager Industrie - Pays de la Loire",
        "stage": "technical",
        "interviewers": "sebastien.roy@hilti.com;julie.marchetti@hilti.com",
        "trap": "jeu-de-role-commercial-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-HILTI-R0049211-02@myworkday.com
DTSTAMP:20250314T084010Z
DTSTART:20250321T080000Z
DTEND:20250321T103000Z
SUMMARY:Hilti | Mise en situation - jeu de rôle commercial
DESCRIPTION:Bonjour Guillaume\,\n\nSuite à votre échange avec Julie\, nous
  vous invitons à la deuxième étape du processus : une mise en situation c
 ommerciale dans nos locaux de Saint-Herblain.\n\nDéroulé :\n- 20 min de p
 réparation sur un cas remis sur place\n- 30 min de jeu de rôle : rendez-v
 ous de découverte avec le responsable maintenance d'un site agroalimentai
 re (joué par Sébastien Roy\, Regional Sales Manager)\n- 30 min de débrief
  et questions\n\nMerci de vous munir d'une pièce d'identité.\n\nInterview
 ers : Sébastien Roy\, Julie Marchetti
ORGANIZER;CN=Hilti Talent Acquisition:mailto:hilti@myworkday.com
ATTENDEE;CN=Sébastien Roy;ROLE=REQ-PARTICIPANT:mailto:Sebastien.Roy@hilti.
 com
ATTENDEE;CN=Julie Marchetti;ROLE=REQ-PARTICIPANT:mailto:julie.marchetti@hi
 lti.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Hilti France - Agence Ouest\, 4 rue du Charron\, 44800 Saint-Herb
 lain
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-final",
        "uid": "WD-INT-HILTI-R0049211-03@myworkday.com",
        "is_interview": 1,
        "company": "Hilti",
        "role": "Key Account Manager Industrie - Pays de la Loire",
        "stage": "final",
        "interviewers": "frederic.adam@hilti.com",
        "trap": "workday-final-teams",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-HILTI-R0049211-03@myworkday.com
DTSTAMP:20250327T160144Z
DTSTART:20250402T153000Z
DTEND:20250402T163000Z
SUMMARY:Hilti | Entretien final - Frédéric Adam
DESCRIPTION:Bonjour Guillaume\,\n\nDernière étape pour le poste de Key Acc
 ount Manager Industrie : un entretien avec Frédéric Adam\, Directeur des V
 entes Région Ouest.\n\nLien Teams : https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_OTc3ZWFk\nID : 289 441 073 155  Code : wE4bM8
ORGANIZER;CN=Hilti Talent Acquisition:mailto:hilti@myworkday.com
ATTENDEE;CN=Frédéric Adam;ROLE=REQ-PARTICIPANT:mailto:Frederic.Adam@hilti
 .com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo-rh",
        "uid": "taleo-req-0001873-intv-55120@groupe-atlantic.taleo.net",
        "is_interview": 1,
        "company": "Groupe Atlantic",
        "role": "Responsable Grands Comptes Tertiaire & Industrie",
        "stage": "recruiter_screen",
        "interviewers": "s.guerin@groupe-atlantic.com",
        "trap": "taleo-rh-interview-visio",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Oracle Corporation//Taleo Enterprise//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:taleo-req-0001873-intv-55120@groupe-atlantic.taleo.net
DTSTAMP:20250107T104512Z
DTSTART;TZID=Europe/Paris:20250115T110000
DTEND;TZID=Europe/Paris:20250115T120000
SUMMARY:Entretien RH - Responsable Grands Comptes Tertiaire & Industrie (0
 001873)
DESCRIPTION:Madame\, Monsieur\,\n\nNous vous confirmons votre entretien av
 ec Sophie Guérin\, Responsable Recrutement\, dans le cadre de votre candid
 ature au poste de Responsable Grands Comptes Tertiaire & Industrie.\n\nL'
 entretien se déroulera en visioconférence. Le lien vous sera communiqué
  la veille.\n\nGroupe Atlantic - Direction des Ressources Humaines\n44 bou
 levard des Etats-Unis\, 85000 La Roche-sur-Yon
ORGANIZER;CN="Groupe Atlantic Recrutement":mailto:recrutement@groupe-atlan
 tic.com
ATTENDEE;CN="Sophie Guérin";ROLE=REQ-PARTICIPANT:mailto:S.Guerin@groupe-at
 lantic.com
ATTENDEE;CN="LE GOFF Guillaume";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guil
 laume.legoff44@laposte.net
LOCATION:Visioconférence
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dir-commercial",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D0B7E35BD57FDB01"
            "000000000000000010000000AB14C0E2F3B8964D9C2E55A7C31B4E90"
        ),
        "is_interview": 1,
        "company": "Groupe Atlantic",
        "role": "Responsable Grands Comptes",
        "stage": "hiring_manager",
        "interviewers": "thierry.gaborit@groupe-atlantic.com",
        "trap": "entretien-avec-le-directeur-commercial-sent-by",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
ORGANIZER;CN="GABORIT Thierry";SENT-BY="mailto:m.renaud@groupe-atlantic.co
 m":mailto:thierry.gaborit@groupe-atlantic.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="guillaume
 .legoff44@laposte.net":mailto:guillaume.legoff44@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ORV - Salle Ven
 dée":mailto:orv-salle-vendee@groupe-atlantic.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur Le Goff\,\n\nÀ la demande de M. Thierry
  Gaborit\, Directeur Commercial France\, je vous confirme votre entretien
  sur notre site d'Orvault (13 boulevard Monge). Merci de vous présenter à l
 'accueil 10 minutes avant.\n\nBien cordialement\,\nMarine Renaud\nAssista
 nte de Direction Commerciale\n
UID:040000008200E00074C5B7101A82E00800000000D0B7E35BD57FDB0100000000000000
 0010000000AB14C0E2F3B8964D9C2E55A7C31B4E90
SUMMARY;LANGUAGE=fr-FR:Entretien avec le Directeur Commercial - M. LE GOFF
DTSTART;TZID=Europe/Paris:20250130T160000
DTEND;TZID=Europe/Paris:20250130T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ORV - Salle Vendée
END:VEVENT
END:VCALENDAR
""",
    },
]
