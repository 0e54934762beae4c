"""holdout216: industry R&D processes (Arkema, Syensqo, Saint-Gobain, Air Liquide, Michelin, Clariant, E+H)."""

from holdout216ev_tz import PARIS_GOOGLE, ROMANCE, W_EUROPE, ZURICH

EVENTS = [
    (
        "workday-invite",
        {
            "uid": "WD-ARKEMA-INT-R0045821-1",
            "i": 1,
            "company": "Arkema",
            "role": "Ingénieur de recherche Polymères de spécialité H/F",
            "stage": "recruiter_screen",
            "who": "",
            "trap": "workday-phone-screen-noreply-organizer",
        },
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ARKEMA-INT-R0045821-1
DTSTAMP:20250203T152912Z
DTSTART:20250207T090000Z
DTEND:20250207T093000Z
SUMMARY:Interview: Ingénieur de recherche Polymères de spécialité H/F (R0045821)
ORGANIZER;CN=Arkema Recruiting:mailto:arkema@myworkday.com
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Phone Screen
DESCRIPTION:Bonjour Clement\\,\\n\\nVotre entretien a été planifié.\\n\\nPoste : I
 ngénieur de recherche Polymères de spécialité H/F (R0045821)\\nType d'entreti
 en : Phone Screen\\nDurée : 30 minutes\\nLieu : Centre de Recherche Rhône-Alpe
 s (CRRA)\\, Pierre-Bénite\\n\\nUn membre de l'équipe Talent Acquisition vous a
 ppellera à l'heure prévue.\\n\\nPour toute modification\\, connectez-vous à vot
 re compte candidat.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DB0100000000000000001000000007A7B7C7"
            "D7E7F7071727374757677787",
            "i": 1,
            "company": "Arkema",
            "role": "Ingénieur de recherche Polymères de spécialité H/F",
            "stage": "technical",
            "who": "benoit.marchal@arkema.com;yuki.tanaka@arkema.com",
            "trap": "outlook-teams-entretien-technique-cas-pratique",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="MARCHAL Benoît":mailto:benoit.marchal@arkema.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="TANAKA Yuki":mailto:yuki.tanaka@arkema.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Clément\\,\\n\\nSuite à votre échange avec Talent Acquisition\\, voici l'in
 vitation pour l'entretien technique. Nous vous enverrons 24 h avant un petit cas pratique (formulation d'un
  copolymère PVDF pour liant d'électrode) à discuter pendant l'entretien.\\n\\nBenoît Marchal\\nResponsable
  de laboratoire - CRRA\\n\\n____________________________________________________________________________
 ____\\nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application mobile ou appareil de salle\\n
 Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzRmYjEw>\\nI
 D de la réunion : 385 110 624 907\\nCode secret : 2vCq9M\\nParticiper par téléphone\\n+33 1 70 37 97 29\\,\\,
 512776083# France\\, Paris\\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DB0100000000000000001000000007A7B7C7D7E7F707172737
 4757677787
SUMMARY;LANGUAGE=fr-FR:Entretien technique - C. Rousseau / R0045821
DTSTART;TZID=Romance Standard Time:20250219T150000
DTEND;TZID=Romance Standard Time:20250219T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T100715Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday-invite",
        {
            "uid": "WD-ARKEMA-INT-R0045821-3",
            "i": 1,
            "company": "Arkema",
            "role": "Ingénieur de recherche Polymères de spécialité H/F",
            "stage": "final",
            "who": "Benoît Marchal;Véronique Sauzet;Hugues Amblard",
            "trap": "workday-final-onsite-schedule-in-description",
        },
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ARKEMA-INT-R0045821-3
DTSTAMP:20250226T081250Z
DTSTART:20250311T080000Z
DTEND:20250311T113000Z
SUMMARY:Interview: Ingénieur de recherche Polymères de spécialité H/F (R0045821) - Final Interview
ORGANIZER;CN=Arkema Recruiting:mailto:arkema@myworkday.com
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:CRRA - Rue Henri Moissan\\, 69310 Pierre-Bénite
DESCRIPTION:Bonjour Clement\\,\\n\\nVotre entretien a été planifié.\\n\\nType d'en
 tretien : Final Interview (sur site)\\n\\n09:00 - 09:45 Présentation candidat
 \\n09:45 - 10:30 Benoît Marchal (Responsable de laboratoire)\\n10:30 - 11:15 V
 éronique Sauzet (Directrice R&D Polymères Fluorés)\\n11:15 - 12:00 Hugues Amb
 lard (HR Business Partner)\\n12:00 - 12:30 Visite des laboratoires\\n\\nMerci
  de vous munir d'une pièce d'identité à l'accueil.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-invite",
        {
            "uid": "SF_INTERVIEW_SCHED_118827_1740482011",
            "i": 1,
            "company": "Syensqo",
            "role": "Research Scientist - Battery Materials (Lyon)",
            "stage": "recruiter_screen",
            "who": "amelie.chen@syensqo.com",
            "trap": "successfactors-english-title-french-body-screen",
        },
        """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF_INTERVIEW_SCHED_118827_1740482011
DTSTAMP:20250225T113331Z
DTSTART:20250304T100000Z
DTEND:20250304T103000Z
SUMMARY:Interview Invitation - Research Scientist - Battery Materials (Lyon)
ORGANIZER;CN=Syensqo Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Amelie Chen;ROLE=REQ-PARTICIPANT:mailto:amelie.chen@syensqo.com
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Bonjour Clement\\, \\n\\nVous avez sélectionné le créneau suivant pour
  votre entretien avec Amélie Chen\\, Talent Acquisition Partner.\\n\\nPoste : Res
 earch Scientist - Battery Materials (Lyon) - Req. 118827\\nDurée : 30 min\\n\\nLi
 en Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FmZDBl\\n\\nS
 yensqo - Lyon Research & Innovation Center\\, Saint-Fons
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-cancel",
        {
            "uid": "SF_INTERVIEW_SCHED_118827_1741345502",
            "i": 1,
            "company": "Syensqo",
            "role": "Research Scientist - Battery Materials (Lyon)",
            "stage": "hiring_manager",
            "who": "olivier.nguyen@syensqo.com",
            "trap": "status-cancelled-hiring-manager-position-on-hold",
        },
        """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:SF_INTERVIEW_SCHED_118827_1741345502
DTSTAMP:20250314T171144Z
DTSTART:20250318T130000Z
DTEND:20250318T140000Z
SUMMARY:CANCELLED: Interview - Research Scientist - Battery Materials (Lyon) - Hiring Manager
ORGANIZER;CN=Syensqo Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Olivier Nguyen;ROLE=REQ-PARTICIPANT:mailto:olivier.nguyen@syensqo.com
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT:mailto:clement.rousseau.chimie@free.fr
LOCATION:Saint-Fons - Bâtiment R&I\\, salle Curie
DESCRIPTION:Bonjour Clement\\,\\n\\nNous sommes au regret de vous informer que v
 otre entretien avec Olivier Nguyen a été annulé\\, le recrutement étant suspen
 du pour le moment. Nous reviendrons vers vous dès que possible.\\n\\nSyensqo T
 alent Acquisition
STATUS:CANCELLED
SEQUENCE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "7ev3p1n9c5t2q8m6k4b0d1s3fh@google.com",
            "i": 1,
            "company": "Saint-Gobain",
            "role": "Chercheur matériaux inorganiques - verres et couches minces",
            "stage": "hiring_manager",
            "who": "laetitia.mercier@saint-gobain.com",
            "trap": "google-meet-premier-echange-chef-de-projet",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250128T173000
DTEND;TZID=Europe/Paris:20250128T181500
DTSTAMP:20250122T084102Z
ORGANIZER;CN=Laetitia Mercier:mailto:laetitia.mercier@saint-gobain.com
UID:7ev3p1n9c5t2q8m6k4b0d1s3fh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laetitia Mercier;X-NUM-GUESTS=0:mailto:laetitia.mercier@saint-gobain.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/qvw-hmzt-kpe
CREATED:20250122T084100Z
DESCRIPTION:Bonjour Clément\\,<br>Comme évoqué par mail\\, un premier échange
  pour vous présenter le poste de chercheur au département Couches Minces de
  Saint-Gobain Research Paris et discuter de votre parcours.<br>À mardi\\,<br>
 Laetitia<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~::~:~::-<br>Participer à la visioconférence Google Meet : https://meet.goog
 le.com/qvw-hmzt-kpe<br>Ou appeler le : (FR) +33 1 87 40 45 32 PIN : 5583019
 95#<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250122T084101Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clément Rousseau / Laetitia Mercier - poste chercheur CM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E0080000000033B5C7D9E1F3DB01000000000000000010000000FEDCBA98"
            "76543210FEDCBA9876543210",
            "i": 1,
            "company": "Saint-Gobain",
            "role": "Chercheur matériaux inorganiques - verres et couches minces",
            "stage": "onsite",
            "who": "laetitia.mercier@saint-gobain.com;rafael.dacosta@saint-gobain.com;"
            "isabelle.thevenet@saint-gobain.com",
            "trap": "seminaire-candidat-onsite-visit-team-invited",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="MERCIER Laetitia":mailto:laetitia.mercier@saint-gobain.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="DA COSTA Rafael":mailto:rafael.dacosta@saint-goba
 in.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="THEVENET Isabelle":mailto:isabelle.thevenet@saint
 -gobain.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="SGR-Paris-Dept-CM":mailto:sgrp-dept-cm@saint-
 gobain.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SGR Paris - Auditorium B":mailto:sgrp-auditorium-b@
 saint-gobain.com
DESCRIPTION;LANGUAGE=fr-FR:Programme de la visite de Clément Rousseau (candidat poste chercheur CM) :\\n\\n1
 3h30 Accueil (Laetitia)\\n14h00 Séminaire candidat - auditorium B (ouvert au département)\\n15h00 Entretien
  Rafael Da Costa (chef de groupe Couches optiques)\\n15h45 Entretien Isabelle Thevenet (RH)\\n16h30 Visite d
 es pilotes PVD\\n\\nMerci aux membres du département de venir nombreux au séminaire.\\n
UID:040000008200E00074C5B7101A82E0080000000033B5C7D9E1F3DB01000000000000000010000000FEDCBA9876543210FEDCBA
 9876543210
SUMMARY;LANGUAGE=fr-FR:Visite candidat C. Rousseau + séminaire
DTSTART;TZID=Romance Standard Time:20250213T133000
DTEND;TZID=Romance Standard Time:20250213T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250204T170212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SGR Paris - 39 quai Lucien Lefranc\\, Aubervilliers
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday-invite",
        {
            "uid": "WD-AIRLIQUIDE-CAND-4471093-INT-2",
            "i": 1,
            "company": "Air Liquide",
            "role": "R&D Engineer - Materials for Hydrogen (M/F)",
            "stage": "",
            "who": "hiroshi.sato@airliquide.com;mathilde.rey@airliquide.com",
            "trap": "workday-panel-no-stage-word-english",
        },
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-AIRLIQUIDE-CAND-4471093-INT-2
DTSTAMP:20250409T141000Z
DTSTART:20250416T120000Z
DTEND:20250416T131500Z
SUMMARY:Air Liquide - R&D Engineer - Materials for Hydrogen (M/F) - Hiroshi Sato\\, Mathilde Rey
ORGANIZER;CN=Air Liquide Careers:mailto:airliquide@myworkday.com
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Hiroshi Sato:mailto:hiroshi.sato@airliquide.com
ATTENDEE;CN=Mathilde Rey:mailto:mathilde.rey@airliquide.com
LOCATION:Paris Innovation Campus\\, 1 chemin de la Porte des Loges\\, Les Loges-en-Josas
DESCRIPTION:Hello Clement\\,\\n\\nYou have been scheduled for: Interview\\nJob Re
 quisition: R&D Engineer - Materials for Hydrogen (M/F) (R-4471093)\\nInterview
 ers: Hiroshi Sato (Group Leader\\, Hydrogen Storage Materials)\\, Mathilde Rey (
 Senior Scientist)\\nFormat: 20 min presentation + technical discussion\\n\\nPle
 ase bring an ID: access to the campus requires registration at the gate.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "smartrecruiters-invite",
        {
            "uid": "sr-interview-6f1c2a77-0b54-4d8e-a3f9-5e1d0c2b9a44",
            "i": 1,
            "company": "Michelin",
            "role": "Chercheur Matériaux Élastomères (F/H)",
            "stage": "technical",
            "who": "gaelle.fournier@michelin.com",
            "trap": "smartrecruiters-entretien-scientifique-clermont",
        },
        """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:sr-interview-6f1c2a77-0b54-4d8e-a3f9-5e1d0c2b9a44
DTSTAMP:20250310T080755Z
DTSTART;TZID=Europe/Paris:20250317T140000
DTEND;TZID=Europe/Paris:20250317T150000
SUMMARY:Entretien scientifique - Chercheur Matériaux Élastomères (F/H) - Michelin
ORGANIZER;CN=Michelin Recrutement:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Gaëlle Fournier;ROLE=REQ-PARTICIPANT:mailto:gaelle.fournier@michelin.com
LOCATION:https://michelin.zoom.us/j/95501823376
DESCRIPTION:Bonjour Clément\\,\\n\\nNous avons le plaisir de vous confirmer votr
 e entretien scientifique avec Gaëlle Fournier (Expert Matériaux\\, Centre de T
 echnologies de Ladoux). Préparez une présentation de 15 minutes d'un de vos t
 ravaux\\, suivie d'échanges techniques.\\n\\nZoom : https://michelin.zoom.us/j/95
 501823376 (ID 955 0182 3376\\, code secret 481920)\\n\\nL'équipe Recrutement Mic
 helin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-invite",
        {
            "uid": "SF_CLARIANT_INT_R-2025-0342_1",
            "i": 1,
            "company": "Clariant",
            "role": "Senior Scientist Catalyst Development",
            "stage": "recruiter_screen",
            "who": "lea.brunner@clariant.com",
            "trap": "english-ta-screen-zurich-timezone",
        },
        """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + """BEGIN:VEVENT
UID:SF_CLARIANT_INT_R-2025-0342_1
DTSTAMP:20250224T091204Z
DTSTART;TZID=Europe/Zurich:20250227T083000
DTEND;TZID=Europe/Zurich:20250227T090000
SUMMARY:Interview Invitation: Senior Scientist Catalyst Development (Req R-2025-0342)
ORGANIZER;CN=Clariant Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Lea Brunner;ROLE=REQ-PARTICIPANT:mailto:lea.brunner@clariant.com
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Phone call
DESCRIPTION:Dear Clement\\,\\n\\nThank you for booking a slot for your first int
 erview with Lea Brunner (Talent Acquisition Partner\\, Basel). Lea will call y
 ou on your mobile number. Please note the time is shown in Central European T
 ime (Basel).\\n\\nClariant International Ltd\\, Rothausstrasse 61\\, 4132 Muttenz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E008000000005C6D7E8F9A0BDB01000000000000000010000000C1C2C3C4"
            "C5C6C7C8C9CACBCCCDCECFD0",
            "i": 1,
            "company": "Clariant",
            "role": "Senior Scientist Catalyst Development",
            "stage": "hiring_manager",
            "who": "stefan.kaegi@clariant.com",
            "trap": "english-hiring-manager-teams-w-europe",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + W_EUROPE
        + """BEGIN:VEVENT
ORGANIZER;CN="Kaegi Stefan":mailto:stefan.kaegi@clariant.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brunner Lea":mailto:lea.brunner@clariant.com
DESCRIPTION;LANGUAGE=en-US:Hi Clement\\,\\n\\nLooking forward to our conversation about the Senior Scientist
  role in Catalyst Development. I will tell you more about the team in Heufeld and our syngas projects; I a
 m keen to hear about your work on mesoporous oxides.\\n\\nBest\\,\\nStefan\\n\\n______________________________
 __________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobi
 le app or room device\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_ZGQ3NTc1>\\nMeeting ID: 302 118 447 350\\nPasscode: 9QwXe4\\n
UID:040000008200E00074C5B7101A82E008000000005C6D7E8F9A0BDB01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBC
 CCDCECFD0
SUMMARY;LANGUAGE=en-US:Clement Rousseau <> Stefan Kaegi
DTSTART;TZID=W. Europe Standard Time:20250306T160000
DTEND;TZID=W. Europe Standard Time:20250306T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T122030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
