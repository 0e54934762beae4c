# ruff: noqa: E501
"""holdout187 events, part a: Verrerie du Rhône (Workday), Biolys (Taleo), Alpes Hydraulique (Flatchr), Lumio (WTTJ)."""

from holdout187ev_common import TZ_PARIS, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "workday",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-7f3c2a18e4b94d0c9d8a1e55@verreriedurhone.myworkday.com
DTSTAMP:20250109T160412Z
SEQUENCE:0
DTSTART;TZID=Europe/Paris:20250114T100000
DTEND;TZID=Europe/Paris:20250114T103000
SUMMARY:Entretien téléphonique - Responsable Ressources Humaines Site (H/F) - R-0004412
DESCRIPTION:Bonjour Camille\,\n\nNous vous confirmons votre entretien télép
 honique avec Aurélie Mathon\, Talent Acquisition Partner.\nAurélie vous ap
 pellera au numéro indiqué dans votre candidature.\n\nPoste : Responsable Re
 ssources Humaines Site (H/F)\nRéférence : R-0004412\nLieu : Villeurbanne\n
 \nPour toute modification\, merci de répondre directement à ce message ou
  de vous connecter à votre espace candidat.\n\nCordialement\,\nL'équipe Re
 crutement Verrerie du Rhône
LOCATION:Appel téléphonique
ORGANIZER;CN=Verrerie du Rhône - Recrutement:mailto:verreriedurhone@myworkday.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Aurélie Mathon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aurelie.mathon@verreriedurhone.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-7f3c2a18e4b94d0c9d8a1e55@verreriedurhone.myworkday.com",
        1,
        "Verrerie du Rhône",
        "Responsable Ressources Humaines Site (H/F)",
        "recruiter_screen",
        "aurelie.mathon@verreriedurhone.com",
        "workday-phone-screen-talent-partner",
    ),
    ev(
        "outlook-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Gauthier, Philippe";RSVP=TRUE:mailto:Philippe.Gauthier@verreriedurhone.com
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250120T091522Z
DESCRIPTION:Bonjour Camille\,\n\nComme convenu lors de notre échange\, je v
 ous propose un entretien en visio avec Philippe Gauthier\, Directeur du si
 te de Villeurbanne et futur N+1 du poste. Je ne serai pas présente à cet
  entretien\, Philippe me fera un retour ensuite.\n\nBien à vous\,\nAurélie
 \n\n_________________________________________________________________________
 _______\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre a
 pplication mobile ou votre appareil de salle\nCliquez ici pour rejoindre l
 a réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk4ZDFjN
 jAtNGE1Mi00ZTQ5LWI3YjMtODlmOGQ2YjQ5NzE0%40thread.v2/0?context=%7b%22Tid%22
 %3a%22b1f0c6a2%22%7d>\nID de la réunion : 372 118 440 912\nCode secret : H
 f9Qx2\n\nOu appelez (audio uniquement)\n+33 1 70 37 91 28\,\,518220417#   F
 rance\, Paris\nID de conférence téléphonique : 518 220 417#\n_____________
 ___________________________________________________________________\n
DTEND;TZID=Romance Standard Time:20250128T150000
DTSTAMP:20250120T091522Z
DTSTART;TZID=Romance Standard Time:20250128T140000
LAST-MODIFIED:20250120T091522Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Mathon, Aurélie":mailto:Aurelie.Mathon@verreriedurhone.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Camille Roussel / Philippe Gauthier - RRH Site
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0C3F1A2D96ADB01000000000000000010000000F1E5B7C2A8D3E44F9C0B7A6D5E4F3A21
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Réunion Microsoft Teams
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A0C3F1A2D96ADB01000000000000000010000000F1E5B7C2A8D3E44F9C0B7A6D5E4F3A21",
        1,
        "Verrerie du Rhône",
        "",
        "hiring_manager",
        "philippe.gauthier@verreriedurhone.com",
        "outlook-teams-site-director-second-round-recruiter-absent",
    ),
    ev(
        "workday",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-0b91d4e6c2a74f58b3e7a210@verreriedurhone.myworkday.com
DTSTAMP:20250203T132745Z
SEQUENCE:0
DTSTART;TZID=Europe/Paris:20250211T093000
DTEND;TZID=Europe/Paris:20250211T120000
SUMMARY:Interview: Camille Roussel - Responsable Ressources Humaines Site (H/F) - Final Round
DESCRIPTION:Interview Schedule / Programme de la matinée\n\n09:30 - 10:15
  Karine Vidal\, DRH France\n10:15 - 11:00 Philippe Gauthier\, Directeur d
 e site\n11:00 - 12:00 Visite du site (production verre creux) avec Philipp
 e Gauthier\n\nAdresse : Verrerie du Rhône\, 112 rue Frédéric Faÿs\, 69100
  Villeurbanne - Accueil bâtiment A. Merci de vous munir d'une pièce d'ident
 ité et de chaussures fermées pour la visite.\n\nJob Requisition: R-0004412
  Responsable Ressources Humaines Site (H/F)
LOCATION:Verrerie du Rhône - Villeurbanne - Salle Rhône (bât. A)
ORGANIZER;CN=Verrerie du Rhône - Recrutement:mailto:verreriedurhone@myworkday.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Karine Vidal;ROLE=REQ-PARTICIPANT:mailto:karine.vidal@verreriedurhone.com
ATTENDEE;CN=Philippe Gauthier;ROLE=REQ-PARTICIPANT:mailto:philippe.gauthier@verreriedurhone.com
ATTENDEE;CN=Salle Rhône (bât. A);CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:salle.rhone.villeurbanne@verreriedurhone.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-0b91d4e6c2a74f58b3e7a210@verreriedurhone.myworkday.com",
        1,
        "Verrerie du Rhône",
        "Responsable Ressources Humaines Site (H/F)",
        "final",
        "karine.vidal@verreriedurhone.com;philippe.gauthier@verreriedurhone.com",
        "workday-english-template-final-round-site-visit",
    ),
    ev(
        "taleo",
        r"""BEGIN:VCALENDAR
PRODID:-//Oracle Corporation//Taleo Enterprise Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TEE-SCHED-20250204-4471903-2@biolys.taleo.net
DTSTAMP:20250129T081903Z
DTSTART:20250204T100000Z
DTEND:20250204T104500Z
SUMMARY:Invitation à un entretien : HR Manager – Business Unit Microbiologie (F/H)
DESCRIPTION:Madame Roussel\,\n\nNous avons le plaisir de vous convier à un premier entretien pour le poste HR Manager – Business Unit Microbiologie (F/H)\, réf. 2500087.\n\nDate : mardi 4 février 2025\nHeure : 11h00 (heure de Paris)\nDurée : 45 minutes\nFormat : Microsoft Teams (le lien vous sera communiqué par votre interlocutrice)\nInterlocutrice : Sophie Arnaud\, Chargée de recrutement\n\nCe message a été envoyé automatiquement. Merci de ne pas y répondre.\n\nBiolys Diagnostics - Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Biolys Careers:mailto:noreply@biolys.taleo.net
ATTENDEE;CN=ROUSSEL Camille;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=ARNAUD Sophie:mailto:sophie.arnaud@biolys.com
END:VEVENT
END:VCALENDAR
""",
        "TEE-SCHED-20250204-4471903-2@biolys.taleo.net",
        1,
        "Biolys Diagnostics",
        "HR Manager – Business Unit Microbiologie (F/H)",
        "recruiter_screen",
        "sophie.arnaud@biolys.com",
        "taleo-utc-noreply-organizer-first-interview",
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Arnaud, Sophie";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:sophie.arnaud@biolys.com
ATTENDEE;CN="MLE-Salle Pasteur (8 pers.)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:MLE-SallePasteur@biolys.com
CLASS:PUBLIC
CREATED:20250211T154410Z
DESCRIPTION:Madame Roussel\,\n\nÀ la demande de Madame Hélène Carrier\, Directrice des Ressources Humaines\, je vous confirme votre entretien le jeudi 20 février à 16h00 sur notre site de Marcy-l'Étoile.\nMerci de vous présenter à l'accueil principal (bâtiment 3) quelques minutes avant l'heure\, un badge visiteur vous sera remis.\n\nBien cordialement\,\nNadia Benkhaled\nAssistante de Direction RH\nBiolys Diagnostics\n\n
DTEND;TZID=Romance Standard Time:20250220T170000
DTSTAMP:20250211T154410Z
DTSTART;TZID=Romance Standard Time:20250220T160000
LAST-MODIFIED:20250211T154410Z
LOCATION:Marcy-l'Étoile - Bât. 3 - Salle Pasteur
ORGANIZER;CN="Carrier, Hélène";SENT-BY="mailto:nadia.benkhaled@biolys.com":mailto:helene.carrier@biolys.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien avec Mme Carrier (DRH) - Camille Roussel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003B2F7E8AE87CDB01000000000000000010000000C9A1D7E4B3F2864C8D2A1F0E9B7C6D54
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000003B2F7E8AE87CDB01000000000000000010000000C9A1D7E4B3F2864C8D2A1F0E9B7C6D54",
        1,
        "Biolys Diagnostics",
        "",
        "hiring_manager",
        "helene.carrier@biolys.com",
        "outlook-entretien-avec-la-drh-sent-by-assistant-room-resource",
    ),
    ev(
        "flatchr",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-65b2f0c91a4e3d0012a7c4f8
DTSTAMP:20250131T101502Z
DTSTART;TZID=Europe/Paris:20250206T123000
DTEND;TZID=Europe/Paris:20250206T130000
SUMMARY:Alpes Hydraulique - Échange visio - Responsable RH & Recrutement (CDI)
DESCRIPTION:Bonjour Camille\,\n\nMerci pour votre candidature au poste de Responsable RH & Recrutement (CDI) basé à Sassenage (38).\nJulie Perrin\, Chargée de recrutement\, vous propose un premier échange de 30 minutes en visio.\n\nLien Google Meet : https://meet.google.com/qzv-hpbn-wke\n\nÀ très vite\,\nL'équipe Alpes Hydraulique\n\n--\nEnvoyé via Flatchr
LOCATION:https://meet.google.com/qzv-hpbn-wke
ORGANIZER;CN=Julie Perrin (via Flatchr):mailto:notifications@flatchr.io
ATTENDEE;CN=Camille Roussel;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Julie Perrin;PARTSTAT=ACCEPTED:mailto:j.perrin@alpes-hydraulique.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "flatchr-evt-65b2f0c91a4e3d0012a7c4f8",
        1,
        "Alpes Hydraulique",
        "Responsable RH & Recrutement (CDI)",
        "recruiter_screen",
        "j.perrin@alpes-hydraulique.fr",
        "flatchr-meet-screen-tzid-without-vtimezone",
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Julie Perrin;RSVP=TRUE:mailto:j.perrin@alpes-hydraulique.fr
ATTENDEE;CN=Salle Belledonne;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:salle.belledonne@alpes-hydraulique.fr
CLASS:PUBLIC
CREATED:20250210T170233Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nJe vous confirme la mise en situati
 on prévue mercredi 19 février à 14h dans nos locaux de Sassenage.\n\nDéro
 ulé :\n- 30 min de présentation de votre analyse du cas transmis par Julie
  (turnover des opérateurs d'usinage et plan d'intégration)\n- 45 min d'éc
 hanges avec Julie Perrin et moi-même\n- 15 min de questions sur le poste\n
 \nVous pouvez venir avec un support PowerPoint (clé USB ou PC\, un écran e
 st disponible).\n\nCordialement\,\n\nMarc Lefebvre\nDirecteur Général\nAlpe
 s Hydraulique SAS\n14 rue des Tisserands\, 38360 Sassenage\n
DTEND;TZID=Romance Standard Time:20250219T160000
DTSTAMP:20250210T170233Z
DTSTART;TZID=Romance Standard Time:20250219T140000
LAST-MODIFIED:20250210T170233Z
LOCATION:Sassenage - Salle Belledonne
ORGANIZER;CN=Marc Lefebvre:mailto:m.lefebvre@alpes-hydraulique.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mise en situation - Cas RH - C. Roussel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D12B6C4A7B83DB0100000000000000001000000022AF9E31C7B04D4D9A7E6B1C0F2D3E4A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D12B6C4A7B83DB0100000000000000001000000022AF9E31C7B04D4D9A7E6B1C0F2D3E4A",
        1,
        "Alpes Hydraulique",
        "",
        "technical",
        "m.lefebvre@alpes-hydraulique.fr;j.perrin@alpes-hydraulique.fr",
        "mise-en-situation-hr-case-presentation-ceo",
    ),
    ev(
        "welcome-kit",
        r"""BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-meeting-3f7b1d2e-9a44-4c1b-8f0e-5d6c7a8b9e01@welcomekit.co
DTSTAMP:20250116T143320Z
DTSTART:20250121T113000Z
DTEND:20250121T120000Z
SUMMARY:Entretien avec Lumio - Talent Acquisition Lead
DESCRIPTION:Bonjour Camille\,\n\nInès Garnier (People & Culture) vous retrouvera pour un premier échange autour du poste Talent Acquisition Lead.\n\nRejoindre la visio : https://us06web.zoom.us/j/84510293377?pwd=bFZtS2xWc3RqY0pPa1p1U0E4d2NBZz09\nID de réunion : 845 1029 3377\nCode secret : 612094\n\nBesoin de décaler ? Répondez simplement à ce message.\n\nL'équipe Lumio\nPropulsé par Welcome to the Jungle
LOCATION:Zoom
ORGANIZER;CN=Lumio:mailto:no-reply@welcomekit.co
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Inès Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines@lumio.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "wk-meeting-3f7b1d2e-9a44-4c1b-8f0e-5d6c7a8b9e01@welcomekit.co",
        1,
        "Lumio",
        "Talent Acquisition Lead",
        "recruiter_screen",
        "ines@lumio.fr",
        "welcome-to-the-jungle-zoom-first-call-people-ops",
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250123T201144Z
UID:6D0C8B7A-2F31-4E1B-9C55-0A9E4D3B1F27
DTEND:20250205T130000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Lumio - case study TA + rencontre équipe
LAST-MODIFIED:20250123T201530Z
DTSTAMP:20250123T201530Z
DTSTART:20250205T100000
LOCATION:Lumio\n27 rue Marcel Mérieux\, 69007 Lyon
DESCRIPTION:avec Théo Marchand (CEO)\, Rémi Dubois (CTO) et Inès Garnier\npréparer plan recrutement 15 devs 2025 + budget cooptation\nslides 10 max\nprendre congé matin (posé ds Eurécia)
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:1E3F0C44-8B2A-4D77-A1C9-5F6E7D8C9B0A
UID:1E3F0C44-8B2A-4D77-A1C9-5F6E7D8C9B0A
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "6D0C8B7A-2F31-4E1B-9C55-0A9E4D3B1F27",
        1,
        "Lumio",
        "",
        "onsite",
        "Théo Marchand;Rémi Dubois;Inès Garnier",
        "iphone-floating-hand-typed-case-study-onsite",
        crlf=False,
    ),
]
