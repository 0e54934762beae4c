# ruff: noqa: E501, W291, W293, RUF100
"""holdout254 events, part A: the user's own job interviews (notarial offices in Nantes and Rennes, developers)."""

from holdout254ev_zones import APPLE_PARIS, PARIS, ROMANCE, UTC_PLUS1_FR, WEUROPE

FORMS = {
    "Kerbrat & Associés": "Kerbrat|Kerbrat Notaires|Office Kerbrat|Kerbrat et Associés",
    "SCP Le Goff, Tanguy & Pennec": "Le Goff Tanguy Pennec|Le Goff, Tanguy et Pennec|SCP Le Goff|LTP Notaires",
    "Étude de Maître Hélène Cadiou": "Cadiou|Me Cadiou|Étude Cadiou|Office notarial Cadiou",
    "Notaires de l'Erdre": "Office notarial de l'Erdre|Erdre",
    "Office notarial du Bouffay": "Bouffay|Notaires du Bouffay",
    "Office Notarial des Lices": "Lices|Notaires des Lices",
    "Étude Riou-Guégan": "Riou-Guégan|Riou Guegan|Riou-Guegan",
    "Océanis Promotion": "Océanis|Oceanis|Groupe Océanis",
    "Étude Loire Notaires": "Étude Loire|Loire Notaires|Etude Loire Notaires",
    "Office notarial de Saint-Herblain": "Saint-Herblain|Notaires de Saint-Herblain",
    "Office notarial Le Bihan": "Le Bihan|Me Le Bihan|Étude Le Bihan",
    "Kermarrec Immobilier": "Kermarrec",
    "Office notarial Graslin": "Graslin|Notaires Graslin",
    "Habitat Ligérien Promotion": "Habitat Ligérien|Habitat Ligerien",
    "Bâti-Ouest Développement": "Bâti-Ouest|Bati-Ouest|Bati Ouest",
    "Notaires Vilaine Conseil": "Vilaine Conseil",
    "Office notarial de l'Île de Nantes": "Île de Nantes|Ile de Nantes|Notaires de l'Île de Nantes",
    "SELARL Morvan-Quéré Notaires": "Morvan-Quéré|Morvan Quere|Morvan-Quéré Notaires",
    "Office notarial de Procé": "Procé|Proce|Notaires de Procé",
    "Office notarial du Thabor": "Thabor|Notaires du Thabor",
    "Notaires Loire Océan": "Loire Océan|Loire Ocean",
    "Notaires de la Côte de Jade": "Côte de Jade|Cote de Jade",
    "Office notarial de Cesson-Sévigné": "Cesson-Sévigné|Cesson|Notaires de Cesson",
}

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B0C4A2E1F39BDC01000000000000000010000000A7D3C0F4E2B1A94D8A3E5B7C6D1F2E09",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Kerbrat, Anne";ROLE=REQ-PARTICIPANT:mailto:anne.kerbrat@kerbrat-notaires.fr
CLASS:PUBLIC
CREATED:20260203T154412Z
DESCRIPTION:Monsieur\,\n\nSuite à votre candidature reçue via l'espace emp
 loi du notariat\, j'ai le plaisir de vous proposer un premier entretien av
 ec Maître Anne Kerbrat\, notaire titulaire\, pour le poste de notaire assi
 stant(e) en droit de la famille.\n\nAdresse : 14 rue Crébillon\, 44000 Nan
 tes (2e étage\, sonner « Kerbrat & Associés »).\n\nMerci de vous munir de 
 votre diplôme de l'INM/IMN et de votre CV.\n\nBien cordialement\,\nSolenn 
 Abgrall\nAssistante de direction\n
DTEND;TZID="Romance Standard Time":20260212T183000
DTSTAMP:20260203T154412Z
DTSTART;TZID="Romance Standard Time":20260212T173000
LAST-MODIFIED:20260203T154412Z
LOCATION:Kerbrat & Associés – 14 rue Crébillon\, Nantes
ORGANIZER;CN="Abgrall, Solenn";SENT-BY="mailto:accueil@kerbrat-notaires.fr":mailto:s.abgrall@kerbrat-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien M. Prigent – notaire assistant(e) – Me Kerbrat
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0C4A2E1F39BDC01000000000000000010000000A7D3C0F4E2B1A94D8A3E5B7C6D1F2E09
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kerbrat & Associés", role="notaire assistant(e)", stage="hiring_manager",
        interviewers="anne.kerbrat@kerbrat-notaires.fr", trap="outlook-sent-by-assistant-organizer", hiring=False,
    ),
    dict(
        kind="apple-hand-typed",
        uid="8F2C41D7-3B9A-4E55-A1C2-6D0E9B7F1A23",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260214T081233Z
UID:8F2C41D7-3B9A-4E55-A1C2-6D0E9B7F1A23
DTEND;TZID=Europe/Paris:20260224T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Kerbrat test écrit - projet d'acte (vente + servitude)
LAST-MODIFIED:20260214T081301Z
DTSTAMP:20260214T081301Z
DTSTART;TZID=Europe/Paris:20260224T093000
LOCATION:14 rue Crébillon Nantes
DESCRIPTION:2h30 sur table\, pas d'accès fichier immo. Amener code civil 
 + stylo. Corrigé par Me Kerbrat et Me Dréan
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:1B6E0C2D-9F4A-4C3B-8E7D-2A5F6B1C0D9E
UID:1B6E0C2D-9F4A-4C3B-8E7D-2A5F6B1C0D9E
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kerbrat & Associés", role="", stage="technical",
        interviewers="Me Kerbrat;Me Dréan", trap="hand-typed-written-deed-test", hiring=False,
    ),
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000D4E1B7C2F49BDC01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}BEGIN:VEVENT
ORGANIZER;CN=Anne Kerbrat:mailto:anne.kerbrat@kerbrat-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.prigent44@orange.fr:mailto:guillaume.prigent44@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pierre-Yves Dréan:mailto:py.drean@kerbrat-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maëla Quéffelec:mailto:m.queffelec@kerbrat-notaires.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Salle des signatures 2:mailto:salle.signatures2@kerbrat-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nComme convenu\, nous vous 
 proposons de rencontrer mes associés\, Me Pierre-Yves Dréan et Me Maëla Qu
 éffelec\, pour un dernier échange avant décision. Votre test a été très bi
 en noté.\n\nÀ jeudi\,\nAnne Kerbrat\n
SUMMARY;LANGUAGE=fr-FR:Rencontre avec les associés – G. Prigent
DTSTART;TZID=W. Europe Standard Time:20260305T124500
DTEND;TZID=W. Europe Standard Time:20260305T141500
UID:040000008200E00074C5B7101A82E00800000000D4E1B7C2F49BDC01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T101502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle des signatures 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117481023
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kerbrat & Associés", role="", stage="final",
        interviewers="py.drean@kerbrat-notaires.fr;m.queffelec@kerbrat-notaires.fr;anne.kerbrat@kerbrat-notaires.fr",
        trap="rencontre-associes-lunch-room-resource", hiring=False,
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E0080000000011AA29D3E69BDC0100000000000000001000000022BB33CC44DD55EE66FF778899AA00BB",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{UTC_PLUS1_FR}BEGIN:VEVENT
ATTENDEE;CN=guillaume.prigent44@orange.fr;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260206T093000Z
DESCRIPTION:Bonjour Monsieur Prigent\,\n\nJe vous appellerai au 06 12 48 
 37 90 pour un premier échange téléphonique d'une vingtaine de minutes au
  sujet du poste de clerc principal (H/F) publié sur l'espace emploi du no
 tariat.\n\nGwénaëlle Pennec\nResponsable administrative – SCP Le Goff\, Ta
 nguy & Pennec\, notaires associés\n7 quai Lamartine\, 35000 Rennes\n02 99 
 00 41 17\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260211T124000
DTSTAMP:20260206T093000Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260211T122000
LAST-MODIFIED:20260206T093000Z
LOCATION:Appel téléphonique
ORGANIZER;CN="Pennec, Gwénaëlle":mailto:g.pennec@letanguypennec-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Échange téléphonique – candidature clerc principal
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011AA29D3E69BDC0100000000000000001000000022BB33CC44DD55EE66FF778899AA00BB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SCP Le Goff, Tanguy & Pennec", role="clerc principal (H/F)", stage="recruiter_screen",
        interviewers="g.pennec@letanguypennec-notaires.fr", trap="utc-label-zone-office-manager-call", hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="5k2h9tq0v3m8r1c6b4n7p2s0fj@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260219T130000Z
DTEND:20260219T143000Z
DTSTAMP:20260212T170455Z
ORGANIZER;CN=Yves Tanguy:mailto:yves.tanguy.notaire@gmail.com
UID:5k2h9tq0v3m8r1c6b4n7p2s0fj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yves Tanguy;X-NUM-GUESTS=0:mailto:yves.tanguy.notaire@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Erwann Le Goff;X-NUM-GUESTS=0:mailto:e.legoff@letanguypennec-notair
 es.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1795621412
CREATED:20260212T170454Z
DESCRIPTION:Entretien à l'étude pour le poste de clerc principal. Me Le Go
 ff nous rejoindra si son rendez-vous de signature se termine à temps.\n\n-
 Yves\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://meet.goo
 gle.com/vkr-hqze-tmp\n\nPour en savoir plus sur Meet : https://support.goo
 gle.com/a/users/answer/9282720\n\nNe modifiez pas cette section de la desc
 ription.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260212T170455Z
LOCATION:SCP Le Goff\, Tanguy & Pennec\, 7 quai Lamartine\, 35000 Rennes\, F
 rance
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Guillaume Prigent / Me Tanguy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SCP Le Goff, Tanguy & Pennec", role="clerc principal", stage="hiring_manager",
        interviewers="yves.tanguy.notaire@gmail.com;e.legoff@letanguypennec-notaires.fr",
        trap="notaire-writes-from-gmail-second-round", hiring=False,
    ),
    dict(
        kind="apple-hand-typed",
        uid="C7D61E02-55B4-4A8F-9E3D-0F1A2B3C4D5E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260302T190011Z
UID:C7D61E02-55B4-4A8F-9E3D-0F1A2B3C4D5E
DTEND:20260309T103000
TRANSP:OPAQUE
SUMMARY:entretien me cadiou chantenay (clerc redac)
DTSTART:20260309T093000
DTSTAMP:20260302T190011Z
LOCATION:bd de Chantenay
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Étude de Maître Hélène Cadiou", role="clerc redac", stage="",
        interviewers="me cadiou", trap="floating-lowercase-abbreviated", hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="0t6jq3l1p7a9e2h5d8g4k6m0nr@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260217T110000
DTEND;TZID=Europe/Paris:20260217T120000
DTSTAMP:20260210T084401Z
ORGANIZER;CN=Recrutement Notaires de l'Erdre:mailto:recrutement@notaires-erdre.fr
UID:0t6jq3l1p7a9e2h5d8g4k6m0nr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marie-Anne Josse;X-NUM-GUESTS=0:mailto:ma.josse@notaires-erdre.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Recrutement Notaires de l'Erdre;X-NUM-GUESTS=0:mailto:recrutement@notai
 res-erdre.fr
CREATED:20260210T084400Z
DESCRIPTION:<p>Bonjour Guillaume\,</p><p>Merci pour votre candidature à no
 tre offre n° 44-2026-0117 parue sur le site de l'emploi notarial (CSN). Ma
 ître Marie-Anne Josse\, notaire associée\, vous recevra pour un entretien 
 d'une heure.</p><p>Poste : <b>Notaire assistant – pôle immobilier</b></p><
 p>L'équipe RH</p>
LAST-MODIFIED:20260210T084401Z
LOCATION:2 quai Ceineray\, 44000 Nantes\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Invitation: Entretien – Notaire assistant pôle immobilier @ mar. 17 
 févr. 2026 11:00 - 12:00 (CET) (guillaume.prigent44@orange.fr)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires de l'Erdre", role="Notaire assistant – pôle immobilier", stage="hiring_manager",
        interviewers="ma.josse@notaires-erdre.fr", trap="google-html-description-csn-offer-number", hiring=False,
    ),
    dict(
        kind="thunderbird-event",
        uid="b41e5c7a-2f93-4d1b-9a6e-8c0d3f7b2e51",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{PARIS}BEGIN:VEVENT
CREATED:20260218T201544Z
LAST-MODIFIED:20260218T201712Z
DTSTAMP:20260218T201712Z
UID:b41e5c7a-2f93-4d1b-9a6e-8c0d3f7b2e51
SUMMARY:Erdre - 2e tour : cas pratique VEFA + entretien Me Josse & Me Bréhier
STATUS:CONFIRMED
DTSTART;TZID=Europe/Paris:20260303T140000
DTEND;TZID=Europe/Paris:20260303T170000
DESCRIPTION:cas pratique 1h30 (avant-contrat VEFA\, état descriptif\, GFA)
  puis échange avec les 2 associés. RH = Mme Poirier (ne participe pas)
LOCATION:Notaires de l'Erdre\, 2 quai Ceineray
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT45M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires de l'Erdre", role="", stage="technical",
        interviewers="Me Josse;Me Bréhier", trap="thunderbird-case-study-names-coordinator", hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000E7F3D1A0B59BDC0100000000000000001000000039C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260225T080210Z
DESCRIPTION:Monsieur\,\n\nMe Hamon est retenu par une succession urgente. 
 Nous revenons vers vous rapidement pour fixer une nouvelle date.\n\nCordial
 ement\,\nOffice notarial du Bouffay\n
DTEND;TZID="Romance Standard Time":20260226T100000
DTSTAMP:20260225T080210Z
DTSTART;TZID="Romance Standard Time":20260226T090000
LAST-MODIFIED:20260225T080210Z
LOCATION:3 place du Bouffay\, Nantes
ORGANIZER;CN="Hamon, Loïc":mailto:loic.hamon@bouffay-notaires.fr
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien de recrutement – formaliste senior / clerc
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000E7F3D1A0B59BDC0100000000000000001000000039C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial du Bouffay", role="formaliste senior / clerc", stage="",
        interviewers="loic.hamon@bouffay-notaires.fr", trap="cancelled-outlook-method-cancel", hiring=False,
    ),
    dict(
        kind="all-day-trial",
        uid="20260316-immersion-lices@notaires-lices.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Notaires des Lices//Agenda Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:20260316-immersion-lices@notaires-lices.fr
DTSTAMP:20260305T112000Z
DTSTART;VALUE=DATE:20260316
DTEND;VALUE=DATE:20260317
SUMMARY:Journée d'immersion – candidat clerc rédacteur (G. Prigent)
DESCRIPTION:Dans le cadre de votre candidature au poste de clerc rédacteur
 \, nous vous accueillons pour une journée d'immersion rémunérée : matinée 
 avec Me Soizic Le Roux (rendez-vous clients\, préparation d'une déclarati
 on de succession)\, après-midi avec Mme Katell Guéguen\, clerc principale 
 (relecture d'actes). Point final à 17h avec Me Le Roux.\nArrivée 8h45\, 1
 2 place des Lices\, Rennes.
ORGANIZER;CN=Soizic Le Roux:mailto:soizic.leroux@notaires-lices.fr
ATTENDEE;CN=Guillaume Prigent;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Katell Guéguen;PARTSTAT=ACCEPTED:mailto:k.gueguen@notaires-lices.fr
LOCATION:12 place des Lices\, 35000 Rennes
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office Notarial des Lices", role="clerc rédacteur", stage="onsite",
        interviewers="soizic.leroux@notaires-lices.fr;k.gueguen@notaires-lices.fr", trap="all-day-paid-trial-day", hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="e9d27f30-6a41-4c88-b5f2-1d3e4a5b6c7d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260220T121001Z
LAST-MODIFIED:20260220T121001Z
DTSTAMP:20260220T121001Z
UID:e9d27f30-6a41-4c88-b5f2-1d3e4a5b6c7d
SUMMARY:Entretien Riou-Guegan (Rennes) - clerc principal - TGV 7h04
DTSTART:20260304T101500
DTEND:20260304T113000
DESCRIPTION:Me Riou + Me Guégan. Demander : taille équipe\, logiciel de 
 rédaction\, part des VEFA\, télétravail 1j ?
LOCATION:rue de Brest\, Rennes
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Étude Riou-Guégan", role="clerc principal", stage="",
        interviewers="Me Riou;Me Guégan", trap="floating-typo-train-note", hiring=False,
    ),
    dict(
        kind="teamtailor-invite",
        uid="tt-interview-8817264@oceanis-promotion.teamtailor-mail.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-8817264@oceanis-promotion.teamtailor-mail.com
DTSTAMP:20260209T140322Z
DTSTART:20260213T090000Z
DTEND:20260213T093000Z
SUMMARY:Océanis Promotion – Premier échange – Juriste immobilier VEFA (F/H)
DESCRIPTION:Bonjour Guillaume\,\n\nMerci pour votre candidature au poste d
 e Juriste immobilier VEFA (F/H) basé à Nantes. Nous vous proposons un prem
 ier échange téléphonique de 30 minutes avec Justine Moreau\, Talent Acquis
 ition.\n\nPour annuler ou reprogrammer : https://oceanis-promotion.teamtai
 lor.com/interviews/8817264\n\nÀ bientôt\,\nL'équipe Talents Océanis
ORGANIZER;CN=Justine Moreau:mailto:justine.moreau@oceanis-promotion.fr
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Justine Moreau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:justine.moreau@oceanis-promotion.fr
LOCATION:Téléphone – nous vous appelons
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Océanis Promotion", role="Juriste immobilier VEFA (F/H)", stage="recruiter_screen",
        interviewers="justine.moreau@oceanis-promotion.fr", trap="ats-developer-legal-counsel-screen", hiring=False,
    ),
    dict(
        kind="teamtailor-invite",
        uid="tt-interview-8830911@oceanis-promotion.teamtailor-mail.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-8830911@oceanis-promotion.teamtailor-mail.com
DTSTAMP:20260216T101005Z
DTSTART:20260223T130000Z
DTEND:20260223T140000Z
SUMMARY:Océanis Promotion – Entretien Direction juridique – Juriste immobil
 ier VEFA (F/H)
DESCRIPTION:Bonjour Guillaume\,\n\nVous rencontrerez Bertrand Galliou\, Di
 recteur juridique\, et Armelle Caradec\, Responsable programmes Loire-Atla
 ntique.\nAdresse : Océanis Promotion\, 40 boulevard de la Prairie au Duc\, 
 Nantes.\n\nPour annuler ou reprogrammer : https://oceanis-promotion.teamta
 ilor.com/interviews/8830911
ORGANIZER;CN=Justine Moreau:mailto:justine.moreau@oceanis-promotion.fr
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Bertrand Galliou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bertrand.galliou@oceanis-promotion.fr
ATTENDEE;CN=Armelle Caradec;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:armelle.caradec@oceanis-promotion.fr
LOCATION:40 boulevard de la Prairie au Duc\, 44200 Nantes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Océanis Promotion", role="Juriste immobilier VEFA (F/H)", stage="hiring_manager",
        interviewers="bertrand.galliou@oceanis-promotion.fr;armelle.caradec@oceanis-promotion.fr",
        trap="reschedule-original-sequence-0", hiring=False,
    ),
    dict(
        kind="teamtailor-update",
        uid="tt-interview-8830911@oceanis-promotion.teamtailor-mail.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-8830911@oceanis-promotion.teamtailor-mail.com
DTSTAMP:20260219T163347Z
DTSTART:20260226T073000Z
DTEND:20260226T083000Z
SUMMARY:[Nouvel horaire] Océanis Promotion – Entretien Direction juridique 
 – Juriste immobilier VEFA (F/H)
DESCRIPTION:Bonjour Guillaume\,\n\nVotre entretien a été reprogrammé au je
 udi 26 février à 8h30. Vous rencontrerez Bertrand Galliou\, Directeur jur
 idique\, et Armelle Caradec\, Responsable programmes Loire-Atlantique.\n\n
 Pour annuler ou reprogrammer : https://oceanis-promotion.teamtailor.com/in
 terviews/8830911
ORGANIZER;CN=Justine Moreau:mailto:justine.moreau@oceanis-promotion.fr
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Bertrand Galliou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bertrand.galliou@oceanis-promotion.fr
ATTENDEE;CN=Armelle Caradec;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:armelle.caradec@oceanis-promotion.fr
LOCATION:40 boulevard de la Prairie au Duc\, 44200 Nantes
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Océanis Promotion", role="Juriste immobilier VEFA (F/H)", stage="hiring_manager",
        interviewers="bertrand.galliou@oceanis-promotion.fr;armelle.caradec@oceanis-promotion.fr",
        trap="rescheduled-same-uid-sequence-1", hiring=False,
    ),
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000077E2C5A9C89BDC01000000000000000010000000ABCDEF0123456789FEDCBA9876543210",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN=guillaume.prigent44@orange.fr;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Leclerc, Olivier";RSVP=TRUE:mailto:olivier.leclerc@oceanis-promotion.fr
ATTENDEE;CN="Galliou, Bertrand";RSVP=TRUE:mailto:bertrand.galliou@oceanis-promotion.fr
CLASS:PUBLIC
CREATED:20260304T091122Z
DESCRIPTION:Entretien final avec Olivier Leclerc\, Directeur général déléguè
 \, pour le poste de juriste immobilier VEFA.\n\n___________________________
 _____________________________________________________\nRéunion Microsoft Te
 ams\nRejoindre sur votre ordinateur\, votre application mobile ou votre app
 areil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_OGM4Zjk0ZDAtNmQ2YS00Y2E5@thread.v2/0>\nID
  de réunion : 318 772 604 215\nCode secret : q7Ux4Vn\n____________________
 ____________________________________________________________\n
DTEND;TZID="Romance Standard Time":20260311T180000
DTSTAMP:20260304T091122Z
DTSTART;TZID="Romance Standard Time":20260311T171500
LAST-MODIFIED:20260304T091122Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Moreau, Justine":mailto:justine.moreau@oceanis-promotion.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien final – G. Prigent – Juriste immobilier
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000077E2C5A9C89BDC01000000000000000010000000ABCDEF0123456789FEDCBA9876543210
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGM4Zjk0ZDAtNmQ2YS00Y2E5@thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Océanis Promotion", role="juriste immobilier VEFA", stage="final",
        interviewers="olivier.leclerc@oceanis-promotion.fr;bertrand.galliou@oceanis-promotion.fr",
        trap="teams-final-coordinator-organizer", hiring=False,
    ),
    dict(
        kind="exchange-internal",
        uid="040000008200E00074C5B7101A82E008000000003F1D2C4B6A9BDC0100000000000000001000000054A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lemaître, Bertrand":mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nicol, Sandrine":mailto:s.nicol@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Guillaume\,\n\nJ'ai bien reçu ta candidature in
 terne au poste de clerc principal (succession de Mme Le Meur). Je te propo
 se d'en parler avec Sandrine (RH) jeudi en fin de journée : parcours\, vis
 ion de l'encadrement du pôle famille\, rémunération.\n\nBertrand\n
SUMMARY;LANGUAGE=fr-FR:Candidature interne – poste de clerc principal
DTSTART;TZID=Romance Standard Time:20260319T180000
DTEND;TZID=Romance Standard Time:20260319T190000
UID:040000008200E00074C5B7101A82E008000000003F1D2C4B6A9BDC0100000000000000001000000054A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260313T163020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de Me Lemaître
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Étude Loire Notaires", role="clerc principal", stage="hiring_manager",
        interviewers="b.lemaitre@etude-loire-notaires.fr;s.nicol@etude-loire-notaires.fr",
        trap="internal-application-own-employer", hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="NEC-2026-0412-PRIGENT@notariat-emploi-conseil.fr",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260302T141500Z
DESCRIPTION:Bonjour Guillaume\,\n\nComme évoqué\, je vous appelle pour fai
 re le point sur votre candidature au poste de notaire assistant chez notre
  client\, l'Office notarial de Saint-Herblain (3 notaires\, 14 collaborate
 urs). Je vous présenterai le poste\, l'équipe et le process (entretien avec
  Me Danet puis test de rédaction).\n\nChristelle Hervé\nConsultante – Not
 ariat Emploi Conseil\n06 70 00 18 44\n
DTEND;TZID="W. Europe Standard Time":20260304T130000
DTSTAMP:20260302T141500Z
DTSTART;TZID="W. Europe Standard Time":20260304T123000
LAST-MODIFIED:20260302T141500Z
LOCATION:Tél. 06 12 48 37 90
ORGANIZER;CN="Hervé, Christelle":mailto:c.herve@notariat-emploi-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Point candidature – Notaire assistant (Saint-Herblain) – NEC
TRANSP:OPAQUE
UID:NEC-2026-0412-PRIGENT@notariat-emploi-conseil.fr
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial de Saint-Herblain", role="notaire assistant", stage="recruiter_screen",
        interviewers="c.herve@notariat-emploi-conseil.fr", trap="agency-names-client-employer", hiring=False,
    ),
    dict(
        kind="apple-hand-typed",
        uid="3A9E7C11-0D2B-4F6E-8A1C-5B4D3E2F1A0B",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260306T072544Z
UID:3A9E7C11-0D2B-4F6E-8A1C-5B4D3E2F1A0B
DTEND;TZID=Europe/Paris:20260312T191500
TRANSP:OPAQUE
SUMMARY:St-Herblain : entretien Me Danet (via NEC / Christelle)
LAST-MODIFIED:20260306T072544Z
DTSTAMP:20260306T072544Z
DTSTART;TZID=Europe/Paris:20260312T181500
LOCATION:Office notarial\, rue de la Paix\, Saint-Herblain
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial de Saint-Herblain", role="", stage="hiring_manager",
        interviewers="Me Danet", trap="hand-typed-agency-mentioned-after-hours", hiring=False,
    ),
    dict(
        kind="google-invite-gmail-founder",
        uid="7q4lb0a8s2d6f1g9h3j5k7m2np@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260321T100000
DTEND;TZID=Europe/Paris:20260321T113000
DTSTAMP:20260314T212015Z
ORGANIZER;CN=Yann Le Bihan:mailto:yann.lebihan.notaire@gmail.com
UID:7q4lb0a8s2d6f1g9h3j5k7m2np@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yann Le Bihan;X-NUM-GUESTS=0:mailto:yann.lebihan.notaire@gmail.com
CREATED:20260314T212014Z
DESCRIPTION:Bonjour Guillaume\,\nComme je vous le disais au téléphone\, je
  viens d'être nommé sur un office créé (Rennes - Cleunay) et je cherche mo
 n premier clerc\, quelqu'un d'autonome sur les ventes et les successions. 
 On se voit samedi au futur office\, les travaux sont presque finis :)\nYan
 n\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n
 \nVous recevez cet e-mail à l'adresse guillaume.prigent44@orange.fr\, car 
 vous êtes un invité de l'événement.\n\nRefuser de recevoir d'autres notif
 ications pour cet événement.
LAST-MODIFIED:20260314T212015Z
LOCATION:Office notarial Le Bihan\, 58 rue Jules Lallemand\, 35000 Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre - poste de clerc (office créé)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial Le Bihan", role="clerc", stage="hiring_manager",
        interviewers="yann.lebihan.notaire@gmail.com", trap="new-office-founder-gmail-rencontre", hiring=False,
    ),
    dict(
        kind="outlook-com-invite",
        uid="AAMkADk3ZjY4LWM1NDEtNGY3Yi1hNDlkLTZiYjE0ZWZhYzYxMgBGAAAAAACk9H2sQ1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}BEGIN:VEVENT
ORGANIZER;CN=Loïc Kermarrec:mailto:loic.kermarrec@outlook.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.prigent44@orange.fr:mailto:guillaume.prigent44@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Guillaume\, suite à notre échange LinkedIn : je
  monte la fonction juridique de Kermarrec Immobilier (promotion\, 4 progra
 mmes en cours sur Vannes et Nantes) et je cherche un juriste qui connaît l
 'acte authentique de l'intérieur. On déjeune ? Loïc\n
SUMMARY;LANGUAGE=fr-FR:Déjeuner Kermarrec Immobilier / poste juriste
DTSTART;TZID=W. Europe Standard Time:20260325T121500
DTEND;TZID=W. Europe Standard Time:20260325T134500
UID:AAMkADk3ZjY4LWM1NDEtNGY3Yi1hNDlkLTZiYjE0ZWZhYzYxMgBGAAAAAACk9H2sQ1
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T194411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Brasserie La Cigale\, place Graslin
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kermarrec Immobilier", role="juriste", stage="hiring_manager",
        interviewers="loic.kermarrec@outlook.fr", trap="founder-freemail-lunch-interview", hiring=False,
    ),
    dict(
        kind="bookings-invite",
        uid="bookings-5f1c2a7e-83d0-4b9c-a2e6-91d7c4f0b3a8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Office notarial Graslin - Recrutement:mailto:RecrutementGraslin@notairesgraslin.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume Prigent:mailto:guillaume.prigent44@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Mathilde Salaün:mailto:m.salaun@notaires-graslin.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\n\nService : Entr
 etien de recrutement – Clerc rédacteur confirmé (45 min)\nMembre du perso
 nnel : Mathilde Salaün\, notaire\nDate : mardi 24 mars 2026 09:00 - 09:45
 \n\nAdresse : 1 rue Molière\, 44000 Nantes\n\nGérer la réservation : http
 s://outlook.office365.com/owa/calendar/RecrutementGraslin@notairesgraslin.
 onmicrosoft.com/bookings/\n\nMicrosoft Bookings\n
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Clerc rédacteur confirmé
DTSTART;TZID=Romance Standard Time:20260324T090000
DTEND;TZID=Romance Standard Time:20260324T094500
UID:bookings-5f1c2a7e-83d0-4b9c-a2e6-91d7c4f0b3a8
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260317T100142Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:1 rue Molière\, 44000 Nantes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial Graslin", role="Clerc rédacteur confirmé", stage="hiring_manager",
        interviewers="m.salaun@notaires-graslin.fr", trap="microsoft-bookings-shared-mailbox-organizer", hiring=False,
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E59BDC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260305T133010Z
DESCRIPTION:Bonjour\,\nJe vous contacterai par téléphone pour un premier é
 change RH sur le poste de Juriste programmes immobiliers (CDI\, Saint-Herb
 lain).\nBien à vous\,\nAurélie Bonnin – Chargée RH\, Habitat Ligérien Pro
 motion\n
DTEND;TZID="W. Europe Standard Time":20260310T083000
DTSTAMP:20260305T133010Z
DTSTART;TZID="W. Europe Standard Time":20260310T080000
LAST-MODIFIED:20260305T133010Z
LOCATION:Téléphone
ORGANIZER;CN="Bonnin, Aurélie":mailto:aurelie.bonnin@habitat-ligerien.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique RH – Juriste programmes immobiliers
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E59BDC0100000000000000001000000066778899AABBCCDDEEFF001122334455
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Habitat Ligérien Promotion", role="Juriste programmes immobiliers", stage="recruiter_screen",
        interviewers="aurelie.bonnin@habitat-ligerien.fr", trap="windows-zone-without-vtimezone", hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-0e7d2b91-4c3a-4f5e-8d6b-a1b2c3d4e5f6",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:lever-interview-0e7d2b91-4c3a-4f5e-8d6b-a1b2c3d4e5f6
DTSTAMP:20260311T150012Z
DTSTART:20260316T153000Z
DTEND:20260316T160000Z
SUMMARY:Guillaume Prigent <> Bâti-Ouest Développement – Juriste Foncier & 
 Promotion – Phone screen
DESCRIPTION:Bonjour Guillaume\,\n\nThis is a 30-minute call with Hugo Le 
 Dantec (Talent Partner). Format : appel Google Meet.\nLien : https://meet
 .google.com/bfo-xkqa-ynw\n\nScheduled via Lever on behalf of Bâti-Ouest D
 éveloppement.
ORGANIZER;CN=Hugo Le Dantec:mailto:hugo.ledantec@bati-ouest.fr
ATTENDEE;CN=Guillaume Prigent;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Hugo Le Dantec;PARTSTAT=ACCEPTED:mailto:hugo.ledantec@bati-ouest.fr
LOCATION:https://meet.google.com/bfo-xkqa-ynw
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Bâti-Ouest Développement", role="Juriste Foncier & Promotion", stage="recruiter_screen",
        interviewers="hugo.ledantec@bati-ouest.fr", trap="lever-franglais-template", hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:lever-interview-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
DTSTAMP:20260320T091500Z
DTSTART:20260327T080000Z
DTEND:20260327T100000Z
SUMMARY:Bâti-Ouest Développement – Étude de cas foncier (promesse sous con
 ditions suspensives) – Guillaume Prigent
DESCRIPTION:Interview panel:\n- Frédérique Morvan\, Responsable juridique 
 (frederique.morvan@bati-ouest.fr)\n- Tristan Gourmelon\, Directeur du dév
 eloppement foncier (tristan.gourmelon@bati-ouest.fr)\n\nDéroulé : 1h de pr
 éparation sur table (dossier terrain Cesson-Sévigné)\, 45 min de restituti
 on\, 15 min de questions.\nAdresse : 9 rue du Puits Mauger\, 35000 Rennes\n
 \nScheduled via Lever.
ORGANIZER;CN=Hugo Le Dantec:mailto:hugo.ledantec@bati-ouest.fr
ATTENDEE;CN=Guillaume Prigent;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Frédérique Morvan;PARTSTAT=ACCEPTED:mailto:frederique.morvan@bati-ouest.fr
ATTENDEE;CN=Tristan Gourmelon;PARTSTAT=ACCEPTED:mailto:tristan.gourmelon@bati-ouest.fr
LOCATION:Bâti-Ouest Développement\, 9 rue du Puits Mauger\, Rennes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Bâti-Ouest Développement", role="", stage="technical",
        interviewers="frederique.morvan@bati-ouest.fr;tristan.gourmelon@bati-ouest.fr",
        trap="case-study-panel-utc", hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3d8f1h5j7l9n2p4r6t8v0x1z3b@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260402T143000
DTEND;TZID=Europe/Paris:20260402T153000
DTSTAMP:20260326T101202Z
ORGANIZER;CN=Nolwenn Gicquel:mailto:nolwenn.gicquel@vilaine-conseil-notaires.fr
UID:3d8f1h5j7l9n2p4r6t8v0x1z3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nolwenn Gicquel;X-NUM-GUESTS=0:mailto:nolwenn.gicquel@vilaine-conseil-n
 otaires.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ronan Bellec;X-NUM-GUESTS=0:mailto:ronan.bellec@vilaine-conseil-notaire
 s.fr
CREATED:20260326T101201Z
DESCRIPTION:Entretien visio pour le poste de notaire assistant (droit rura
 l et patrimonial). Me Bellec présentera l'office\, Me Gicquel les dossiers
  en cours.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://m
 eet.google.com/rza-wwqp-ksd\nOu appeler le : (FR) +33 1 87 40 00 00 PIN :
  804 117 552#\n\nNe modifiez pas cette section de la description.\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~::~:~::-\n\nInvitation de Google Agenda : https://calendar.google.com/cal
 endar/\n\nVous recevez cet e-mail à l'adresse guillaume.prigent44@orange.f
 r\, car vous êtes un invité de l'événement.
LAST-MODIFIED:20260326T101202Z
LOCATION:https://meet.google.com/rza-wwqp-ksd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Invitation: Entretien G. Prigent - notaire assistant @ jeu. 2 avr. 
 2026 14:30 - 15:30 (UTC+2) (guillaume.prigent44@orange.fr)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires Vilaine Conseil", role="notaire assistant", stage="hiring_manager",
        interviewers="nolwenn.gicquel@vilaine-conseil-notaires.fr;ronan.bellec@vilaine-conseil-notaires.fr",
        trap="google-meet-footer-rural-law", hiring=False,
    ),
    dict(
        kind="taleez-invite",
        uid="taleez-evt-4471982-iledenantes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-evt-4471982-iledenantes
DTSTAMP:20260323T083000Z
DTSTART:20260330T120000Z
DTEND:20260330T130000Z
SUMMARY:Entretien - Clerc de notaire rédacteur (H/F) - Office notarial de l
 'Île de Nantes
DESCRIPTION:Bonjour Guillaume Prigent\,\n\nNous avons le plaisir de vous c
 onvier à un entretien pour le poste de Clerc de notaire rédacteur (H/F).\n
 \nParticipants : Maître Florian Courtois\, Madame Élodie Rialland (clerc p
 rincipale)\nLieu : 5 quai François Mitterrand\, 44200 Nantes\n\nMerci de c
 onfirmer votre présence depuis votre espace candidat.\n\nEnvoyé via Taleez
  – logiciel de recrutement
ORGANIZER;CN=Office notarial de l'Île de Nantes:mailto:noreply@taleez.com
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Florian Courtois:mailto:f.courtois@notaires-iledenantes.fr
ATTENDEE;CN=Élodie Rialland:mailto:e.rialland@notaires-iledenantes.fr
LOCATION:5 quai François Mitterrand\, 44200 Nantes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial de l'Île de Nantes", role="Clerc de notaire rédacteur (H/F)", stage="hiring_manager",
        interviewers="f.courtois@notaires-iledenantes.fr;e.rialland@notaires-iledenantes.fr",
        trap="french-ats-noreply-organizer", hiring=False,
    ),
    dict(
        kind="outlook-written-test",
        uid="040000008200E00074C5B7101A82E00800000000C0FFEE11229BDC01000000000000000010000000DEADBEEF0011223344556677889900AA",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Quéré, Gaëlle";ROLE=OPT-PARTICIPANT:mailto:g.quere@morvan-quere-notaires.fr
CLASS:PUBLIC
CREATED:20260309T104400Z
DESCRIPTION:Monsieur\,\n\nVous êtes attendu pour l'épreuve écrite : rédac
 tion d'un projet de donation-partage transgénérationnelle à partir d'un d
 ossier fourni (durée 2h\, ordinateur sans accès aux bases). La correction
  sera assurée par Me Gaëlle Quéré.\n\nSELARL Morvan-Quéré Notaires\n
DTEND;TZID="Romance Standard Time":20260318T163000
DTSTAMP:20260309T104400Z
DTSTART;TZID="Romance Standard Time":20260318T143000
LAST-MODIFIED:20260309T104400Z
LOCATION:SELARL Morvan-Quéré\, 21 avenue Janvier\, Rennes – salle de réunion
ORGANIZER;CN="Accueil Morvan-Quéré":mailto:accueil@morvan-quere-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Épreuve écrite – rédaction d'acte – candidature clerc principal
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11229BDC01000000000000000010000000DEADBEEF0011223344556677889900AA
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Monsieur\,</p><p>Vous êtes at
 tendu pour l'épreuve écrite : <b>rédaction d'un projet de donation-partag
 e transgénérationnelle</b>.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SELARL Morvan-Quéré Notaires", role="clerc principal", stage="technical",
        interviewers="g.quere@morvan-quere-notaires.fr", trap="written-deed-test-x-alt-desc", hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000009876ABCD009BDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Morvan, Jean-Charles";RSVP=TRUE:mailto:jc.morvan@morvan-quere-notaires.fr
ATTENDEE;CN="Quéré, Gaëlle";RSVP=TRUE:mailto:g.quere@morvan-quere-notaires.fr
CLASS:PUBLIC
CREATED:20260320T090500Z
DESCRIPTION:Entretien avec les deux notaires associés suite à l'épreuve éc
 rite (débrief de votre projet d'acte\, puis échange sur le poste de clerc 
 principal).\n
DTEND;TZID="Romance Standard Time":20260331T120000
DTSTAMP:20260320T090500Z
DTSTART;TZID="Romance Standard Time":20260331T110000
LAST-MODIFIED:20260320T090500Z
LOCATION:21 avenue Janvier\, Rennes
ORGANIZER;CN="Accueil Morvan-Quéré":mailto:accueil@morvan-quere-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien associés – M. Prigent
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000009876ABCD009BDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SELARL Morvan-Quéré Notaires", role="clerc principal", stage="final",
        interviewers="jc.morvan@morvan-quere-notaires.fr;g.quere@morvan-quere-notaires.fr",
        trap="terse-summary-associes-debrief-of-test", hiring=False,
    ),
    dict(
        kind="apple-hand-typed",
        uid="5E4D3C2B-1A09-4F8E-B7D6-C5B4A3928170",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260401T063012Z
UID:5E4D3C2B-1A09-4F8E-B7D6-C5B4A3928170
DTEND:20260403T123000
TRANSP:OPAQUE
SUMMARY:Tel Me Guilloux (Procé) 12h15 !! 
LAST-MODIFIED:20260401T063012Z
DTSTAMP:20260401T063012Z
DTSTART:20260403T121500
DESCRIPTION:poste clerc succession\, elle rappelle sur le perso
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial de Procé", role="clerc succession", stage="",
        interviewers="Me Guilloux", trap="terse-phone-call-trailing-space", hiring=False,
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E0080000000055AA66BB779BDC01000000000000000010000000CAFEBABE00112233445566778899AABB",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=guillaume.prigent44@orange.fr;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260327T111111Z
DESCRIPTION:Monsieur Prigent\, Maître Hervé Le Gall vous appellera sur vot
 re portable pour un premier entretien (poste de notaire assistant – pôle 
 famille/successions\, 35 h\, Rennes centre).\n
DTEND:20260401T164500Z
DTSTAMP:20260327T111111Z
DTSTART:20260401T161500Z
LAST-MODIFIED:20260327T111111Z
LOCATION:Téléphone
ORGANIZER;CN="Office notarial du Thabor":mailto:office.thabor@notaires-thabor.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – Me Le Gall
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000055AA66BB779BDC01000000000000000010000000CAFEBABE00112233445566778899AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial du Thabor", role="notaire assistant – pôle famille/successions",
        stage="hiring_manager", interviewers="Hervé Le Gall", trap="outlook-utc-notaire-calls-name-only", hiring=False,
    ),
    dict(
        kind="thunderbird-invite",
        uid="4f0c9a2e-7b13-4d6a-8e5f-3c2b1a0d9e8f",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
CREATED:20260403T150033Z
LAST-MODIFIED:20260403T150101Z
DTSTAMP:20260403T150101Z
UID:4f0c9a2e-7b13-4d6a-8e5f-3c2b1a0d9e8f
SUMMARY:Entretien candidature clerc principal – Notaires Loire Océan
ORGANIZER;CN=Me Cécile Perrocheau:mailto:cecile.perrocheau@loire-ocean-notaires.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:guillaume.prigent44@orange.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Me Antoine Brohan:mailto:antoine.brohan@loire-ocean-notaires.fr
DTSTART;TZID=Europe/Paris:20260409T170000
DTEND;TZID=Europe/Paris:20260409T180000
DESCRIPTION:Bonjour\, nous vous recevrons à l'étude de Saint-Nazaire (ave
 nue de la République). Parking derrière la mairie.\nCécile Perrocheau
LOCATION:Notaires Loire Océan\, Saint-Nazaire
SEQUENCE:0
X-MOZ-SEND-INVITATIONS:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires Loire Océan", role="clerc principal", stage="hiring_manager",
        interviewers="cecile.perrocheau@loire-ocean-notaires.fr;antoine.brohan@loire-ocean-notaires.fr",
        trap="thunderbird-organizer-is-interviewer", hiring=False,
    ),
    dict(
        kind="apple-all-day",
        uid="A0B1C2D3-E4F5-4678-9ABC-DEF012345678",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260408T181500Z
UID:A0B1C2D3-E4F5-4678-9ABC-DEF012345678
DTEND;VALUE=DATE:20260418
TRANSP:TRANSPARENT
SUMMARY:Pornic - demi-journée d'essai Côte de Jade (matin) puis plage avec les enfants
LAST-MODIFIED:20260408T181500Z
DTSTAMP:20260408T181500Z
DTSTART;VALUE=DATE:20260417
DESCRIPTION:9h-12h30 à l'office avec Me Tessier : 2 signatures + rédactio
 n d'un compromis. Congé posé.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires de la Côte de Jade", role="", stage="onsite",
        interviewers="Me Tessier", trap="all-day-trial-mixed-with-family", hiring=False,
    ),
    dict(
        kind="csn-job-board-invite",
        uid="emploi-notariat-rdv-20260414-88213@emploi-notariat.example.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emploi Notariat//Prise de rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:emploi-notariat-rdv-20260414-88213@emploi-notariat.example.fr
DTSTAMP:20260407T090000Z
DTSTART:20260414T073000Z
DTEND:20260414T083000Z
SUMMARY:Rendez-vous recruteur – offre 35-2026-0341 – Formaliste / Clerc aux
  formalités
DESCRIPTION:Espace emploi du notariat\n\nRecruteur : Office notarial de Ce
 sson-Sévigné – Me Anaïs Hamel (a.hamel@notaires-cesson.fr)\nCandidat : Gu
 illaume Prigent\nType : entretien en présentiel\nAdresse : 3 rue de Rennes
 \, 35510 Cesson-Sévigné\n\nCe message vous est envoyé par la plateforme d
 'offres d'emploi des offices notariaux.
LOCATION:3 rue de Rennes\, 35510 Cesson-Sévigné
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial de Cesson-Sévigné", role="Formaliste / Clerc aux formalités",
        stage="hiring_manager", interviewers="a.hamel@notaires-cesson.fr", trap="job-board-publish-no-attendees", hiring=False,
    ),
]
