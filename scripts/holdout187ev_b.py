# ruff: noqa: E501
"""holdout187 events, part b: Sécheron (Geneva, English), Groupe Payre via a cabinet, Trans'Alpes, Laiteries Dauphinoises, Ducret."""

from holdout187ev_common import TZ_PARIS, TZ_ROMANCE, TZ_WEUROPE, TZ_ZURICH, ev

EVENTS = [
    ev(
        "gcal-greenhouse",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250212T083000Z
DTEND:20250212T090000Z
DTSTAMP:20250206T152201Z
ORGANIZER;CN=Laura Keller:mailto:laura.keller@secheron-instruments.ch
UID:3k9v2q7h1m0c8t5r4j6n2b1a0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laura Keller;X-NUM-GUESTS=0:mailto:laura.keller@secheron-instruments.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1820442198
CREATED:20250206T152200Z
DESCRIPTION:Hi Camille\,<br><br>Looking forward to our chat about the <b>HR
  Manager Switzerland (80-100%)</b> role at Sécheron Instruments. This is a
  30-minute introductory call in English\; we will go through your backgroun
 d\, your motivation for Geneva and the practicalities (permit\, notice per
 iod\, salary expectations).<br><br>Join Zoom Meeting<br>https://secheron.z
 oom.us/j/93302817764?pwd=Uk1wR2xQ<br>Meeting ID: 933 0281 7764<br>Passcode
 : 448120<br><br>Best\,<br>Laura<br><br><i>This interview was scheduled via
  Greenhouse.</i>\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/\n\nYou are receiving this email because you are an attendee on the
  event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250206T152201Z
LOCATION:https://secheron.zoom.us/j/93302817764?pwd=Uk1wR2xQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille Roussel <> Sécheron Instruments | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3k9v2q7h1m0c8t5r4j6n2b1a0d@google.com",
        1,
        "Sécheron Instruments",
        "HR Manager Switzerland (80-100%)",
        "recruiter_screen",
        "laura.keller@secheron-instruments.ch",
        "greenhouse-google-utc-english-recruiter-screen-geneva",
    ),
    ev(
        "outlook-zurich",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + TZ_WEUROPE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Keller, Laura";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:laura.keller@secheron-instruments.ch
CLASS:PUBLIC
CREATED:20250217T100812Z
DESCRIPTION:Dear Camille\,\n\nThank you for taking the time to speak with Laura last week. As discussed\, I would like to meet you for a deeper conversation on the HR Manager Switzerland role: the HR set-up of our Meyrin plant (about 280 employees)\, the collective agreement with the metal industry (CCT MEM)\, and how you would work with the site leadership team.\n\nThe conversation will be in English. Laura is optional.\n\nKind regards\,\nMarkus\n\nMarkus Brunner\nHead of HR Europe\nSécheron Instruments SA\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E5ZjQ0ZDEtOTcyNy00@thread.v2/0?context=%7b%22Tid%22%3a%224c7d%22%7d>\nMeeting ID: 315 602 118 774\nPasscode: bR7kP3\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
DTEND;TZID=W. Europe Standard Time:20250226T160000
DTSTAMP:20250217T100812Z
DTSTART;TZID=W. Europe Standard Time:20250226T150000
LAST-MODIFIED:20250217T100812Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Brunner, Markus":mailto:markus.brunner@secheron-instruments.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview HR Manager Switzerland - Camille Roussel / Markus Brunner
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F4D1A2B3C785DB01000000000000000010000000AB34CD56EF7890124A5B6C7D8E9F0A1B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F4D1A2B3C785DB01000000000000000010000000AB34CD56EF7890124A5B6C7D8E9F0A1B",
        1,
        "Sécheron Instruments",
        "HR Manager Switzerland",
        "hiring_manager",
        "markus.brunner@secheron-instruments.ch",
        "outlook-w-europe-zone-english-hiring-manager-recruiter-optional",
    ),
    ev(
        "gcal-greenhouse",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250313T090000
DTEND;TZID=Europe/Zurich:20250313T123000
DTSTAMP:20250305T090144Z
ORGANIZER;CN=Laura Keller:mailto:laura.keller@secheron-instruments.ch
UID:7p1d4s0f8w2e6g3h5k9l1z2x3c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Markus
  Brunner;X-NUM-GUESTS=0:mailto:markus.brunner@secheron-instruments.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandra
  Oliveira;X-NUM-GUESTS=0:mailto:sandra.oliveira@secheron-instruments.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Danie
 l Favre;X-NUM-GUESTS=0:mailto:daniel.favre@secheron-instruments.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura
  Keller;X-NUM-GUESTS=0:mailto:laura.keller@secheron-instruments.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=MEY-2-Sa
 lève (10);X-NUM-GUESTS=0:mailto:c_1889d0a1f2b3e4@resource.calendar.google.c
 om
CREATED:20250305T090143Z
DESCRIPTION:Hi Camille\,\n\nHere is your onsite itinerary at our Meyrin site
  (Rue du Pré-de-la-Fontaine 19\, 1217 Meyrin\, reception building 2):\n\n
 09:00 – 09:45 Markus Brunner\, Head of HR Europe\n09:45 – 10:30 Sandra Ol
 iveira\, Plant Manager Meyrin\n10:30 – 11:15 Daniel Favre\, CFO\n11:15 – 1
 1:30 Break\n11:30 – 12:30 Laura Keller\, Talent Acquisition – wrap-up and
  next steps\n\nPlease bring an ID\; parking spaces for visitors are in fro
 nt of building 2. Travel expenses from Lyon will be reimbursed.\n\nSee you
  soon\,\nLaura\n\nScheduled with Greenhouse
LAST-MODIFIED:20250305T090144Z
LOCATION:Sécheron Instruments\, Meyrin – room Salève
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite interviews – Camille Roussel – HR Manager Switzerland
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7p1d4s0f8w2e6g3h5k9l1z2x3c@google.com",
        1,
        "Sécheron Instruments",
        "HR Manager Switzerland",
        "onsite",
        "markus.brunner@secheron-instruments.ch;sandra.oliveira@secheron-instruments.ch;daniel.favre@secheron-instruments.ch;laura.keller@secheron-instruments.ch",
        "greenhouse-onsite-itinerary-zurich-zone-room-resource",
    ),
    ev(
        "outlook-cabinet",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250226T112051Z
DESCRIPTION:Bonjour Camille\,\n\nSuite à notre échange sur LinkedIn\, je vous confirme notre rendez-vous au cabinet le mardi 4 mars à 17h30.\n\nPour rappel\, je mène pour le compte de notre client\, le Groupe Payre (ETI familiale de matériaux de construction\, 1 200 collaborateurs\, siège à Villefranche-sur-Saône)\, le recrutement de son/sa Responsable Développement RH (H/F)\, rattaché(e) à la DRH groupe. Poste en CDI\, package 60-65 K€.\n\nNous ferons le point sur votre parcours et je vous présenterai le contexte de la mission en détail.\n\nAdresse : Arvel Conseil\, 42 cours Franklin Roosevelt\, 69006 Lyon - 3e étage (interphone Arvel).\n\nBien à vous\,\nBérénice Lacroix\nConsultante associée - Fonctions RH & Finance\nArvel Conseil\n06 18 27 45 90
DTEND;TZID=Romance Standard Time:20250304T183000
DTSTAMP:20250226T112051Z
DTSTART;TZID=Romance Standard Time:20250304T173000
LAST-MODIFIED:20250226T112051Z
LOCATION:Arvel Conseil - 42 cours Franklin Roosevelt\, Lyon 6e
ORGANIZER;CN=Bérénice Lacroix:mailto:b.lacroix@arvel-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:RDV Camille Roussel / Arvel Conseil
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0B6A59EF689DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F9E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000C0B6A59EF689DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F9E",
        1,
        "Groupe Payre",
        "Responsable Développement RH (H/F)",
        "recruiter_screen",
        "b.lacroix@arvel-conseil.fr",
        "cabinet-screen-client-named-only-in-body",
    ),
    ev(
        "outlook-cabinet",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250311T084417Z
DESCRIPTION:Bonjour Camille\,\n\nBonne nouvelle : le Groupe Payre souhaite vous rencontrer. Vous serez reçue par Stéphane Payre (Directeur Général) et Claire Chabert (DRH Groupe) au siège.\n\nAdresse : 1450 route de Frans\, 69400 Villefranche-sur-Saône. Se présenter à l'accueil du bâtiment administratif.\n\nJe vous appelle la veille pour préparer l'entretien et je vous débrieferai ensuite.\n\nBien à vous\,\nBérénice\n\nArvel Conseil
DTEND;TZID=Romance Standard Time:20250318T113000
DTSTAMP:20250311T084417Z
DTSTART;TZID=Romance Standard Time:20250318T100000
LAST-MODIFIED:20250311T084417Z
LOCATION:Groupe Payre - siège - Villefranche-sur-Saône
ORGANIZER;CN=Bérénice Lacroix:mailto:b.lacroix@arvel-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien client Groupe Payre - Responsable Développement RH
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005E7A1C03A792DB010000000000000000100000007F6E5D4C3B2A1908F7E6D5C4B3A29180
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000005E7A1C03A792DB010000000000000000100000007F6E5D4C3B2A1908F7E6D5C4B3A29180",
        1,
        "Groupe Payre",
        "Responsable Développement RH",
        "hiring_manager",
        "Stéphane Payre;Claire Chabert",
        "cabinet-sends-client-interview-names-without-addresses",
    ),
    ev(
        "gcal",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250306T110000
DTEND;TZID=Europe/Paris:20250306T120000
DTSTAMP:20250227T163012Z
ORGANIZER;CN=Nathalie Rey:mailto:nathalie.rey@transalpes-mobilite.fr
UID:1t8u6y4r2e0w9q7a5s3d1f0g8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nathalie Rey;X-NUM-GUESTS=0:mailto:nathalie.rey@transalpes-mobilite.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250227T163011Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nJe vous remercie pour votre candid
 ature au poste de Responsable Recrutement & Marque Employeur. Comme indiqu
 é par téléphone\, je vous propose de nous rencontrer au dépôt d'Échirolle
 s. Nous recrutons 150 conducteurs par an\, nous parlerons beaucoup de sour
 cing et de formation.\n\nCordialement\,\nNathalie Rey\nDirectrice des Ress
 ources Humaines\nTrans'Alpes Mobilité\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation de Google Agenda : https://cale
 ndar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-
LAST-MODIFIED:20250227T163012Z
LOCATION:Dépôt Trans'Alpes\, 8 avenue de Grugliasco\, 38130 Échirolles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre avec la DRH – Camille Roussel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "1t8u6y4r2e0w9q7a5s3d1f0g8h@google.com",
        1,
        "Trans'Alpes Mobilité",
        "Responsable Recrutement & Marque Employeur",
        "hiring_manager",
        "nathalie.rey@transalpes-mobilite.fr",
        "google-invite-rencontre-avec-la-drh-public-transport",
    ),
    ev(
        "outlook-cabinet",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250303T140155Z
DESCRIPTION:Madame\,\n\nDans le cadre du processus de recrutement du/de la Responsable RH Groupe (H/F) des Laiteries Dauphinoises\, que notre cabinet accompagne\, je vous confirme votre séance d'évaluation :\n\n- 09h00 - 10h00 : passation de questionnaires (test de personnalité PAPI et raisonnement) sur poste informatique\n- 10h15 - 11h30 : entretien de restitution et d'approfondissement avec moi-même\n\nAucune préparation n'est nécessaire. Pensez à vos lunettes si besoin\n\nBien cordialement\,\n\nAgnès Morin\nPsychologue du travail - Consultante\nElan RH Conseil\n5 place Grenette\, 38000 Grenoble
DTEND;TZID=Romance Standard Time:20250310T113000
DTSTAMP:20250303T140155Z
DTSTART;TZID=Romance Standard Time:20250310T090000
LAST-MODIFIED:20250303T140155Z
LOCATION:Elan RH Conseil\, 5 place Grenette\, Grenoble
ORGANIZER;CN=Agnès Morin:mailto:agnes.morin@elanrh-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Évaluation - test de personnalité + restitution - C. Roussel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9F8E7D6C58BDB01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9E0F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A9F8E7D6C58BDB01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9E0F",
        1,
        "Laiteries Dauphinoises",
        "Responsable RH Groupe (H/F)",
        "technical",
        "agnes.morin@elanrh-conseil.fr",
        "personality-test-assessment-by-consultancy-for-named-client",
    ),
    ev(
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:3f2b8a90-61c4-4d2e-9bb1-2e7f5a0c9d13
DTSTAMP:20250312T183401Z
DTSTART:20250320T140000
DTEND:20250320T153000
SUMMARY:Laiteries D. - 2e entretien DG
LOCATION:ZA des Îles\, Moirans
DESCRIPTION:M. Bouvier DG + Mme Roche DAF\nprendre résultats test (envoyés par Agnès)\nparking visiteurs côté quai\nquestions : NAO 2025\, accord télétravail\, turnover laboratoire
END:VEVENT
END:VCALENDAR
""",
        "3f2b8a90-61c4-4d2e-9bb1-2e7f5a0c9d13",
        1,
        "Laiteries Dauphinoises",
        "",
        "hiring_manager",
        "M. Bouvier;Mme Roche",
        "hand-typed-floating-second-round-with-ceo-abbreviated-company",
        crlf=False,
    ),
    ev(
        "outlook-room",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="BRON - Salle Mont Blanc";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:bron.montblanc@groupe-ducret.fr
CLASS:PUBLIC
CREATED:20250122T074502Z
DESCRIPTION:Madame\,\n\nJe vous confirme notre rendez-vous au siège de Bron pour échanger sur le poste de RRH Travaux Publics - Région AURA.\n\nCordialement\,\n\nLaurent Ducret\nDirecteur Régional Auvergne-Rhône-Alpes\nGroupe Ducret\n
DTEND;TZID=Romance Standard Time:20250130T110000
DTSTAMP:20250122T074502Z
DTSTART;TZID=Romance Standard Time:20250130T100000
LAST-MODIFIED:20250122T074502Z
LOCATION:BRON - Salle Mont Blanc
ORGANIZER;CN="Ducret, Laurent":mailto:laurent.ducret@groupe-ducret.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mme Roussel - poste RRH Région
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000207E9C1FDA72DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000207E9C1FDA72DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
        1,
        "Groupe Ducret",
        "RRH Travaux Publics - Région AURA",
        "",
        "laurent.ducret@groupe-ducret.fr",
        "outlook-romance-terse-subject-no-interview-word",
    ),
]
