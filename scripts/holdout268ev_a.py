# ruff: noqa: E501, W291, W293, RUF100
"""holdout268 events, part A: the user's own interviews at employers with two or three rounds.

Persona: Sandrine Maurel-Costa, négociatrice immobilière in Nice (sandrine.maurelcosta@laposte.net,
s.maurel@azur-patrimoine-immo.fr). Raw iCalendar text with LF line ends; the generator writes CRLF.
"""

from holdout268ev_zones import APPLE_PARIS, BERLIN, MONACO, PARIS, PARIS_NOLIC, ROMANCE, UTC1_PARIS, W_EUROPE

FORMS = {
    "Groupe Méridienne Immobilier": ["Groupe Méridienne", "Méridienne Immobilier", "Méridienne"],
    "Azuréa Immobilier": ["Azuréa", "Azurea Immobilier", "Azurea"],
    "Altavia Promotion": ["Altavia"],
    "Monte-Carlo Résidences Privées": ["Monte-Carlo Résidences", "MCRP", "Monte Carlo Residences Privees"],
    "Azur Patrimoine Immobilier": ["Azur Patrimoine", "Azur Patrimoine Immo"],
    "Syndic Gestion Riviera": ["SGR", "Gestion Riviera"],
    "Homelio": [],
    "Cap Lérins Immobilier": ["Cap Lérins", "Cap Lerins Immobilier"],
    "Haus & Meer Immobilien": ["Haus & Meer", "Haus und Meer", "Haus & Meer Immobilien GmbH"],
    "Agence du Vieux-Port": ["Agence du Vieux Port", "Agence du Vieux-Port Menton"],
    "Riviéra Horizon Immobilier": ["Riviéra Horizon", "Horizon Immo", "Riviera Horizon Immobilier"],
    "Citadelle Gestion Immobilière": ["Citadelle Gestion", "Citadelle"],
}

EVENTS = [
    # ---------------------------------------------------------------- Groupe Méridienne (via cabinet)
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000D0F1A7C4E07EDB0100000000000000001000000093B27F15C0A8F34C8E2A5D61F0B7C912",
        is_interview=1,
        company="Groupe Méridienne Immobilier",
        role="Responsable d'agence",
        stage="recruiter_screen",
        interviewers="c.horvath@horvath-rey-conseil.fr",
        trap="cabinet-invite-names-client-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Horvath, Claire":mailto:c.horvath@horvath-rey-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net:mailto:sandrine.maurelcosta@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Maurel-Costa\,\n\nComme convenu par téléphone\, je vous propose un premier échange en visio au sujet du poste de Responsable d'agence que nous recrutons pour le compte de notre client\, le Groupe Méridienne Immobilier (agence de Nice Libération\, 4 négociateurs + 1 assistante).\n\nAu programme : votre parcours en transaction\, le management (négociateurs\, alternants)\, vos résultats (CA HT\, nombre de mandats exclusifs\, taux de transformation estimation > mandat) et vos attentes (fixe + variable\, véhicule).\n\nMerci de garder ce créneau confidentiel vis-à-vis de votre employeur actuel.\n\nBien cordialement\,\nClaire Horvath\nConsultante associée – Horvath & Rey Conseil\nRecrutement Immobilier & Patrimoine\n04 99 00 31 72\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjM4YTEtOWI2Ny00YzQ1LWE0ZDctYjk1MTQ1OGYwMmE3%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a5e3d0-4b7e-4f0e-9a51-6d2b0e3f7a11%22%7d>\nID de la réunion : 341 807 226 915\nCode secret : 7sQ2nV\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nEn savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0F1A7C4E07EDB0100000000000000001000000093B27F15C0A8F34C8E2A5D61F0B7C912
SUMMARY;LANGUAGE=fr-FR:Entretien Teams – Mme Maurel-Costa / Responsable d'agence (client : Groupe Méridienne Immobilier)
DTSTART;TZID=Romance Standard Time:20250218T100000
DTEND;TZID=Romance Standard Time:20250218T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T152210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123456871
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:c.horvath@horvath-rey-conseil.fr\;gruu\;opaque=app:conf:focus:id:5K2N7QW1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E00800000000A4C2E81F6A8BDB010000000000000000100000004E1D9A0273C64F5B9D08E2C7A61B3F50",
        is_interview=1,
        company="Groupe Méridienne Immobilier",
        role="Responsable d'agence Nice Libération",
        stage="onsite",
        interviewers="s.lanza@groupe-meridienne-immo.fr;m.aubanel@groupe-meridienne-immo.fr;v.pellegrin@groupe-meridienne-immo.fr",
        trap="outlook-room-resource-panel-last-first-cn",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lanza, Sophie":mailto:s.lanza@groupe-meridienne-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubanel, Marc":mailto:m.aubanel@groupe-meridienne-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pellegrin, Véronique":mailto:v.pellegrin@groupe-meridienne-immo.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Horvath, Claire":mailto:c.horvath@horvath-rey-conseil.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=SIEGE - Salle Cimiez (8 pers.):mailto:salle.cimiez@groupe-meridienne-immo.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à votre échange avec le cabinet Horvath & Rey Conseil\, nous avons le plaisir de vous recevoir au siège pour un entretien avec :\n- Marc Aubanel\, Directeur du réseau d'agences\n- Véronique Pellegrin\, Directrice commerciale transaction\n- moi-même\, Sophie Lanza\, Responsable Ressources Humaines\n\nPoste : Responsable d'agence Nice Libération (CDI\, statut agent de maîtrise/cadre selon profil).\nDurée : 1h15. Nous vous demanderons de nous présenter en 10 minutes votre vision du développement d'une agence de quartier (rentrée de mandats\, pige\, prescripteurs).\n\nAccès : parking Indigo à proximité\, 2e étage\, interphone « Méridienne ».\n\nCordialement\,\nSophie Lanza\nGroupe Méridienne Immobilier\n
UID:040000008200E00074C5B7101A82E00800000000A4C2E81F6A8BDB010000000000000000100000004E1D9A0273C64F5B9D08E2C7A61B3F50
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Maurel-Costa - Responsable d'agence Nice Libération
DTSTART;TZID=Romance Standard Time:20250305T143000
DTEND;TZID=Romance Standard Time:20250305T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T091502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SIEGE - Salle Cimiez (8 pers.)\; 27 avenue des Orangers\, 06000 Nice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1893226490
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final",
        uid="040000008200E00074C5B7101A82E008000000003E9D5B20C197DB01000000000000000010000000E85A3C14D2F9B6478A10C3E5D2F46B78",
        is_interview=1,
        company="Groupe Méridienne Immobilier",
        role="Responsable d'agence",
        stage="final",
        interviewers="Jean-Baptiste Orsini",
        trap="cabinet-organizer-absent-interviewer-only-named",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Horvath, Claire":mailto:c.horvath@horvath-rey-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net:mailto:sandrine.maurelcosta@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sandrine\,\n\nBonne nouvelle : le Groupe Méridienne souhaite vous revoir pour un dernier entretien avec son Président\, M. Jean-Baptiste Orsini\, avant décision sur le poste de Responsable d'agence. Vous êtes deux candidates en short-list.\n\nJe ne serai pas présente ; l'entretien se déroulera en tête-à-tête au siège (bureau de direction\, 3e étage). Prévoyez vos tableaux de bord 2024 (mandats\, ventes\, honoraires) et vos prétentions définitives.\n\nJe vous appelle le lendemain pour le débrief.\n\nClaire\n
UID:040000008200E00074C5B7101A82E008000000003E9D5B20C197DB01000000000000000010000000E85A3C14D2F9B6478A10C3E5D2F46B78
SUMMARY;LANGUAGE=fr-FR:Groupe Méridienne - entretien final avec le Président
DTSTART;TZID=Romance Standard Time:20250320T110000
DTEND;TZID=Romance Standard Time:20250320T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T174833Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège Groupe Méridienne\, 27 avenue des Orangers\, Nice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Azuréa Immobilier (regional network)
    dict(
        kind="taleez-phone-screen",
        uid="tz-itw-8842117-azurea@taleez.com",
        is_interview=1,
        company="Azuréa Immobilier",
        role="Responsable d'agence H/F - Cagnes-sur-Mer",
        stage="recruiter_screen",
        interviewers="l.marchetti@azurea-immo.fr",
        trap="network-careers-platform-utc-phone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Agenda Entretiens//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:tz-itw-8842117-azurea@taleez.com
DTSTAMP:20250226T104455Z
DTSTART:20250303T083000Z
DTEND:20250303T090000Z
SUMMARY:Entretien téléphonique - Responsable d'agence H/F - Cagnes-sur-Mer (Azuréa Immobilier)
DESCRIPTION:Bonjour Sandrine\,\n\nMerci pour votre candidature déposée sur carrieres.azurea-immo.fr.\n\nLucie Marchetti\, chargée de recrutement\, vous appellera au numéro indiqué dans votre dossier (06 39 98 41 07) pour un premier échange d'environ 30 minutes.\n\nPour modifier ce rendez-vous : https://azurea-immo.taleez.com/rdv/8842117\n\nL'équipe Recrutement Azuréa Immobilier\n--\nCet e-mail a été envoyé automatiquement par Taleez pour le compte d'Azuréa Immobilier.
LOCATION:Appel téléphonique (Azuréa vous appelle)
ORGANIZER;CN=Lucie Marchetti (Azuréa Immobilier):mailto:l.marchetti@azurea-immo.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-centre",
        uid="040000008200E00074C5B7101A82E00800000000F26A9DB81394DB01000000000000000010000000A17C6E5B34D2804F9E6D13B7C0F25A46",
        is_interview=1,
        company="Azuréa Immobilier",
        role="Responsable d'agence",
        stage="onsite",
        interviewers="d.roustan@azurea-immo.fr;l.marchetti@azurea-immo.fr;a.ferrer@atout-potentiel.fr",
        trap="assessment-centre-windows-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN="Roustan, Didier";RSVP=TRUE:mailto:d.roustan@azurea-immo.fr
ATTENDEE;CN="Marchetti, Lucie";RSVP=TRUE:mailto:l.marchetti@azurea-immo.fr
ATTENDEE;CN=Agnès Ferrer (Atout Potentiel);RSVP=TRUE:mailto:a.ferrer@atout-potentiel.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Campus Azuréa - Vidéoprojecteur mobile:mailto:videoproj.campus@azurea-immo.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Campus Azuréa - Salle Estérel:mailto:salle.esterel@azurea-immo.fr
CLASS:PUBLIC
CREATED:20250306T080112Z
DESCRIPTION:Bonjour\,\n\nDans le cadre de votre candidature au poste de Responsable d'agence (Cagnes-sur-Mer)\, vous êtes retenue pour la demi-journée d'évaluation « Parcours Responsables d'agence » :\n\n08h30 Accueil café\n08h45 Exercice de groupe : plan d'action pour une agence en perte de mandats\n10h00 Mise en situation individuelle : entretien de recadrage d'un négociateur (jeu de rôle avec Didier Roustan)\n11h00 Étude de cas écrite : compte d'exploitation et objectifs d'honoraires\n12h15 Entretien individuel avec Agnès Ferrer\, psychologue du travail (cabinet Atout Potentiel) et Lucie Marchetti\n\nMerci d'apporter une pièce d'identité et une calculatrice.\n\nDidier Roustan\nDirecteur régional Alpes-Maritimes\nAzuréa Immobilier\n
DTEND;TZID="W. Europe Standard Time":20250313T130000
DTSTAMP:20250306T080112Z
DTSTART;TZID="W. Europe Standard Time":20250313T083000
LAST-MODIFIED:20250306T080112Z
LOCATION:Campus Azuréa - Salle Estérel\, 120 route des Lucioles\, Sophia Antipolis
ORGANIZER;CN="Roustan, Didier":mailto:d.roustan@azurea-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Assessment center - Parcours Responsables d'agence Azuréa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F26A9DB81394DB01000000000000000010000000A17C6E5B34D2804F9E6D13B7C0F25A46
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour\,</p><p>Vous êtes retenue pour la demi-journée d'évaluation <b>« Parcours Responsables d'agence »</b>.</p><p>Didier Roustan<br>Directeur régional Alpes-Maritimes</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-final",
        uid="5g1vq7m0c2k9r8ta3b6hn4e1pd@google.com",
        is_interview=1,
        company="Azuréa Immobilier",
        role="resp. agence Cagnes",
        stage="final",
        interviewers="r.giordan@azurea-immo.fr;d.roustan@azurea-immo.fr",
        trap="google-invite-english-footer-french-body",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250401T160000
DTEND;TZID=Europe/Paris:20250401T170000
DTSTAMP:20250321T090712Z
ORGANIZER;CN=Didier Roustan:mailto:d.roustan@azurea-immo.fr
UID:5g1vq7m0c2k9r8ta3b6hn4e1pd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.mau
 relcosta@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rémi Giordan;X-NUM-GUESTS=0:mailto:r.giordan@azurea-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Didier Roustan;X-NUM-GUESTS=0:mailto:d.roustan@azurea-immo.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1204658813
CREATED:20250321T090710Z
DESCRIPTION:Sandrine\, suite à l'assessment\, Rémi Giordan (Président du ré
 seau) souhaite vous rencontrer pour l'entretien final. Nous parlerons aussi
  de la reprise du portefeuille de mandats de l'agence de Cagnes et du calen
 drier d'intégration.\n\nÀ très vite\,\nDidier\n\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Go
 ogle Calendar: https://calendar.google.com/calendar/\n\nYou are receiving t
 his email because you are an attendee on the event. To stop receiving futu
 re updates for this event\, decline this event.\n\nForwarding this invitati
 on could allow any recipient to send a response to the organizer\, be added
  to the guest list\, invite others regardless of their own invitation statu
 s\, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/
 answer/37135#forwarding\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250321T090711Z
LOCATION:Azuréa Immobilier - Direction\, 120 route des Lucioles\, 06560 Val
 bonne\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Azuréa - entretien final Sandrine Maurel-Costa (resp. agence Cagnes
 )
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Altavia Promotion (promoteur, VEFA)
    dict(
        kind="successfactors-rescheduled",
        uid="SF-ITV-ALTAVIA-20250310-0046731",
        is_interview=1,
        company="Altavia Promotion",
        role="Conseiller(ère) commercial(e) programmes neufs",
        stage="recruiter_screen",
        interviewers="mathilde.caruso@altavia-promotion.fr",
        trap="successfactors-rescheduled-higher-sequence",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS_NOLIC + r"""BEGIN:VEVENT
UID:SF-ITV-ALTAVIA-20250310-0046731
SEQUENCE:1
DTSTAMP:20250307T131502Z
DTSTART;TZID=Europe/Paris:20250312T143000
DTEND;TZID=Europe/Paris:20250312T151500
SUMMARY:[Modifié] Entretien de présélection - Conseiller(ère) commercial(e) programmes neufs (Réf. 46731)
DESCRIPTION:Madame Maurel-Costa\,\n\nVotre entretien initialement prévu le lundi 10 mars 2025 à 11h00 a été déplacé au mercredi 12 mars 2025 à 14h30\, à la demande de notre équipe.\n\nIntervenante : Mathilde Caruso\, Talent Acquisition Partner\nFormat : Microsoft Teams (le lien vous sera envoyé la veille)\n\nPoste : Conseiller(ère) commercial(e) programmes neufs - Nice / Saint-Laurent-du-Var (CDI)\nRéférence : 46731\n\nCordialement\,\nL'équipe Recrutement Altavia Promotion\n\nCe message a été généré automatiquement par SAP SuccessFactors. Merci de ne pas y répondre.
LOCATION:Microsoft Teams
ORGANIZER;CN=Altavia Promotion Recrutement:mailto:noreply-recrutement@altavia-promotion.fr
ATTENDEE;CN=Mathilde Caruso;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mathilde.caruso@altavia-promotion.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-label-zone",
        uid="040000008200E00074C5B7101A82E00800000000B7E13F96D59CDB0100000000000000001000000062F0D4A9183B7E4C95A2F1E04C7D88B3",
        is_interview=1,
        company="Altavia Promotion",
        role="Conseiller(ère) commercial(e) programmes neufs",
        stage="technical",
        interviewers="olivier.menard@altavia-promotion.fr;karine.dubreuil@altavia-promotion.fr",
        trap="mise-en-situation-sales-office-utc-label-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + UTC1_PARIS + r"""BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN="Dubreuil, Karine";RSVP=TRUE:mailto:karine.dubreuil@altavia-promotion.fr
CLASS:PUBLIC
CREATED:20250317T161005Z
DESCRIPTION:Madame\,\n\nSuite à votre entretien avec Mathilde Caruso pour le poste de Conseiller(ère) commercial(e) programmes neufs\, nous vous proposons une mise en situation dans notre espace de vente du programme « Les Terrasses du Var » (42 logements\, livraison T4 2026).\n\nDéroulé (1h30) :\n- visite de la bulle de vente et du plan de masse avec Karine Dubreuil\, responsable des ventes ;\n- jeu de rôle : accueil d'un couple primo-accédant (TVA réduite\, PTZ\, frais de notaire réduits\, appels de fonds VEFA)\, je jouerai le client ;\n- échange sur votre approche de la prospection et de la réservation (contrat de réservation\, dépôt de garantie).\n\nOlivier Ménard\nDirecteur commercial Côte d'Azur\nAltavia Promotion\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250325T113000
DTSTAMP:20250317T161005Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250325T100000
LAST-MODIFIED:20250317T161005Z
LOCATION:Espace de vente Les Terrasses du Var\, 8 avenue des Pépinières\, 06700 Saint-Laurent-du-Var
ORGANIZER;CN="Ménard, Olivier":mailto:olivier.menard@altavia-promotion.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Mise en situation espace de vente - Mme Maurel-Costa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7E13F96D59CDB0100000000000000001000000062F0D4A9183B7E4C95A2F1E04C7D88B3
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Madame\,</p><p>Suite à votre entretien avec Mathilde Caruso\, nous vous proposons une <b>mise en situation</b> dans notre espace de vente.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-final",
        uid="040000008200E00074C5B7101A82E008000000001C47A2E0B8A8DB01000000000000000010000000D3E8B1746AF05C4893B7E20D5C1A9F07",
        is_interview=1,
        company="Altavia Promotion",
        role="Conseillère commerciale programmes neufs",
        stage="final",
        interviewers="isabelle.ravel@altavia-promotion.fr;olivier.menard@altavia-promotion.fr",
        trap="teams-final-w-europe-vtimezone-cc-assistant",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ravel, Isabelle";SENT-BY="mailto:assistante.direction@altavia-promotion.fr":mailto:isabelle.ravel@altavia-promotion.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ménard, Olivier":mailto:olivier.menard@altavia-promotion.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Caruso, Mathilde":mailto:mathilde.caruso@altavia-promotion.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame Maurel-Costa\,\n\nIsabelle Ravel\, Directrice régionale Provence-Côte d'Azur\, souhaite conclure le processus de recrutement pour le poste de Conseillère commerciale programmes neufs par un dernier entretien en visio\, en présence d'Olivier Ménard.\n\nBien cordialement\,\nAssistante de Direction régionale\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA4ZTM1ZGUtNzFmOS00MDNjLWI0YWMtZjZlZDVhN2Q4YzQ2%40thread.v2/0?context=%7b%22Tid%22%3a%2259f7b2c4-0d1e-4a3b-8e6f-3c2a1b0d9e87%22%7d>\nID de la réunion : 298 551 430 672\nCode secret : Yt8e4M\nParticiper par téléphone\n+33 1 99 00 45 21\,\,738402916# France\, Paris\nID de conférence téléphonique : 738 402 916#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000001C47A2E0B8A8DB01000000000000000010000000D3E8B1746AF05C4893B7E20D5C1A9F07
SUMMARY;LANGUAGE=fr-FR:Entretien final - Conseillère commerciale programmes neufs (Mme Maurel-Costa)
DTSTART;TZID=W. Europe Standard Time:20250409T090000
DTEND;TZID=W. Europe Standard Time:20250409T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T075540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Monte-Carlo Résidences Privées (Monaco)
    dict(
        kind="zoom-monaco",
        uid="20250407T100000Z-83421956712@zoom.us",
        is_interview=1,
        company="Monte-Carlo Résidences Privées",
        role="Luxury Property Advisor",
        stage="recruiter_screen",
        interviewers="g.ferrandi@mcresidences.mc",
        trap="zoom-ics-no-attendees-italian-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + MONACO + r"""BEGIN:VEVENT
DTSTAMP:20250402T141208Z
DTSTART;TZID=Europe/Monaco:20250407T120000
DTEND;TZID=Europe/Monaco:20250407T123000
SUMMARY:Colloquio conoscitivo / Introductory call - Luxury Property Advisor (Sandrine Maurel-Costa)
UID:20250407T100000Z-83421956712@zoom.us
TZID:Europe/Monaco
DESCRIPTION:Giulia Ferrandi is inviting you to a scheduled Zoom meeting.\n\nBuongiorno Sandrine\, as discussed\, a first call about the Luxury Property Advisor position at Monte-Carlo Résidences Privées (Carré d'Or office). We may switch between English\, French and Italian — our clients do too!\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83421956712?pwd=Qk9sTnV2R0pXc3lXbE5yQ0dVdz09\n\nMeeting ID: 834 2195 6712\nPasscode: 518204\n\n---\n\nOne tap mobile\n+33199004412\,\,83421956712#\,\,\,\,*518204# France\n\n---\n\nGiulia Ferrandi\nHR & Talent\nMonte-Carlo Résidences Privées SAM\ng.ferrandi@mcresidences.mc\n+377 99 00 41 12
LOCATION:https://us06web.zoom.us/j/83421956712?pwd=Qk9sTnV2R0pXc3lXbE5yQ0dVdz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000E5F0C2A4D2A6DB010000000000000000100000007C1E93B2F5D0A84CA6E1F3B04D92C158",
        is_interview=1,
        company="Monte-Carlo Résidences Privées",
        role="Luxury Property Advisor",
        stage="hiring_manager",
        interviewers="a.vismara@mcresidences.mc",
        trap="founder-invite-sent-by-assistant-sequence-2",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vismara, Alessandro";SENT-BY="mailto:c.bonetti@mcresidences.mc":mailto:a.vismara@mcresidences.mc
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bonetti, Chiara":mailto:c.bonetti@mcresidences.mc
DESCRIPTION;LANGUAGE=en-GB:Dear Sandrine\,\n\nPlease note that Mr Vismara's meeting with you has been moved from Tuesday 22 April (10:00) to Thursday 24 April at 17:30\, as he is travelling to Milan earlier in the week. We apologise for the inconvenience.\n\nThe interview will take place at our Carré d'Or office and will last about one hour. Mr Vismara will want to hear about your buyer network (Italian and British clientele in particular) and how you would build an off-market portfolio in the Principality.\n\nKind regards\,\n\nChiara Bonetti\nExecutive Assistant to the Founder\nMonte-Carlo Résidences Privées SAM\n
UID:040000008200E00074C5B7101A82E00800000000E5F0C2A4D2A6DB010000000000000000100000007C1E93B2F5D0A84CA6E1F3B04D92C158
SUMMARY;LANGUAGE=en-GB:Updated: Interview with Alessandro Vismara (Founder) - Luxury Property Advisor
DTSTART;TZID=W. Europe Standard Time:20250424T173000
DTEND;TZID=W. Europe Standard Time:20250424T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T083110Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Monte-Carlo Résidences Privées\, 5 boulevard des Mimosas\, 98000 Monaco
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTSEQ:2
X-MICROSOFT-CDO-OWNERAPPTID:1766207731
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-trial-day",
        uid="0o3k7tq2b9v1d8m5s6e4rj0ahc@google.com",
        is_interview=1,
        company="Monte-Carlo Résidences Privées",
        role="Luxury Property Advisor",
        stage="onsite",
        interviewers="t.rinaldi@mcresidences.mc",
        trap="shadow-day-viewings-looks-like-work-visits",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MONACO + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Monaco:20250507T093000
DTEND;TZID=Europe/Monaco:20250507T170000
DTSTAMP:20250429T160245Z
ORGANIZER;CN=Thibault Rinaldi:mailto:t.rinaldi@mcresidences.mc
UID:0o3k7tq2b9v1d8m5s6e4rj0ahc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thibault Rinaldi;X-NUM-GUESTS=0:mailto:t.rinaldi@mcresidences.mc
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Giulia Ferrandi;X-NUM-GUESTS=0:mailto:g.ferrandi@mcresidences.mc
CREATED:20250429T160240Z
DESCRIPTION:Ciao Sandrine\,\n\nAs agreed with Alessandro\, the last step of our process for the Luxury Property Advisor position is a shadow day with me: two viewings in the Carré d'Or (a 3-bedroom with sea view and a penthouse off-plan)\, lunch with the team\, and an afternoon on our CRM and listing standards. Alessandro and I will debrief together afterwards before making a decision.\n\nDress code: business. Meet me at the office at 9:30.\n\nA presto\,\nThibault Rinaldi\nSenior Property Advisor\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250429T160244Z
LOCATION:Monte-Carlo Résidences Privées\, 5 boulevard des Mimosas\, 98000 Monaco
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadow day / Journée en binôme - Sandrine Maurel-Costa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Azur Patrimoine Immobilier (internal)
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E0080000000072B4D0F9E883DB01000000000000000010000000A0C5E7F24B1D9E4F8C37A6B0D2E5F913",
        is_interview=1,
        company="Azur Patrimoine Immobilier",
        role="Responsable agence Antibes",
        stage="hiring_manager",
        interviewers="p.castellani@azur-patrimoine-immo.fr",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
CLASS:PRIVATE
CREATED:20250217T182230Z
DESCRIPTION:Sandrine\,\n\nComme évoqué vendredi\, on formalise ta candidature au poste de responsable de la future agence d'Antibes (ouverture prévue en septembre). Je reçois aussi deux candidats externes\, donc on fait les choses dans les règles : parcours\, vision de l'agence\, recrutement de ton équipe\, objectifs de CA la première année.\n\nOn se voit après la fermeture\, dans mon bureau. Pas un mot à l'équipe pour l'instant stp.\n\nP-Y\n
DTEND;TZID="Romance Standard Time":20250221T194500
DTSTAMP:20250217T182230Z
DTSTART;TZID="Romance Standard Time":20250221T183000
LAST-MODIFIED:20250217T182230Z
LOCATION:Bureau P-Y
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien - candidature interne Responsable agence Antibes
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000072B4D0F9E883DB01000000000000000010000000A0C5E7F24B1D9E4F8C37A6B0D2E5F913
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-final",
        uid="040000008200E00074C5B7101A82E00800000000C91D7E3B5A94DB0100000000000000001000000031F6A8D0C27B3E4AB915E2C8D0A6F744",
        is_interview=1,
        company="Azur Patrimoine Immobilier",
        role="responsable de l'agence d'Antibes",
        stage="final",
        interviewers="h.bottero@azur-patrimoine-immo.fr;p.castellani@azur-patrimoine-immo.fr",
        trap="internal-final-business-plan-presentation-to-partners",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN="Castellani, Pierre-Yves";RSVP=TRUE:mailto:p.castellani@azur-patrimoine-immo.fr
CLASS:PRIVATE
CREATED:20250307T101544Z
DESCRIPTION:Bonjour Sandrine\,\n\nDernière étape pour le poste de responsable de l'agence d'Antibes : tu nous présentes\, à Pierre-Yves et à moi\, ton projet (business plan sur 3 ans\, recrutement de 2 négociateurs et d'un alternant\, stratégie de rentrée de mandats exclusifs\, budget pub/portails). 20 min de présentation\, puis questions. Les deux candidats externes passent la même épreuve cette semaine.\n\nDécision des associés d'ici fin mars.\n\nHélène Bottero\nAssociée - Azur Patrimoine Immobilier\n
DTEND;TZID="Romance Standard Time":20250317T203000
DTSTAMP:20250307T101544Z
DTSTART;TZID="Romance Standard Time":20250317T190000
LAST-MODIFIED:20250307T101544Z
LOCATION:Salle de réunion agence (fermée au public)
ORGANIZER;CN="Bottero, Hélène":mailto:h.bottero@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Candidature interne Antibes - présentation de ton projet aux associés
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C91D7E3B5A94DB0100000000000000001000000031F6A8D0C27B3E4AB915E2C8D0A6F744
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Syndic Gestion Riviera
    dict(
        kind="teamtailor-meet",
        uid="teamtailor-interview-5521983@sgr-syndic.teamtailor.com",
        is_interview=1,
        company="Syndic Gestion Riviera",
        role="Gestionnaire de copropriété H/F",
        stage="recruiter_screen",
        interviewers="elodie.santini@sgr-syndic.fr",
        trap="career-switch-syndic-teamtailor-meet",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:teamtailor-interview-5521983@sgr-syndic.teamtailor.com
DTSTAMP:20250404T093318Z
DTSTART;TZID=Europe/Paris:20250410T110000
DTEND;TZID=Europe/Paris:20250410T113000
SUMMARY:Entretien visio avec Élodie Santini - Gestionnaire de copropriété H/F | Syndic Gestion Riviera
DESCRIPTION:Bonjour Sandrine\,\n\nMerci d'avoir réservé un créneau ! Voici les informations de votre entretien :\n\nPoste : Gestionnaire de copropriété H/F (CDI\, Nice)\nAvec : Élodie Santini\, Chargée de recrutement\nDurée : 30 min\nLien Google Meet : https://meet.google.com/qwx-hfkp-tbn\n\nNous échangerons sur votre parcours en transaction et sur votre intérêt pour la gestion de copropriété (AG\, suivi des travaux\, relation conseil syndical).\n\nBesoin de déplacer le rendez-vous ? https://sgr-syndic.teamtailor.com/meetings/5521983/reschedule\n\nÀ bientôt\,\nL'équipe Syndic Gestion Riviera
LOCATION:https://meet.google.com/qwx-hfkp-tbn
ORGANIZER;CN=Élodie Santini:mailto:elodie.santini@sgr-syndic.fr
ATTENDEE;CN=Sandrine Maurel-Costa;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN=Élodie Santini;PARTSTAT=ACCEPTED:mailto:elodie.santini@sgr-syndic.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-trade-test",
        uid="3ppm8a0kq6l2j9vbt1cd7e5rfs@google.com",
        is_interview=1,
        company="Syndic Gestion Riviera",
        role="Gestionnaire de copropriété",
        stage="technical",
        interviewers="l.falcone@sgr-syndic.fr",
        trap="copropriete-test-ag-vocabulary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250416T093000
DTEND;TZID=Europe/Paris:20250416T113000
DTSTAMP:20250411T152001Z
ORGANIZER;CN=Laurent Falcone:mailto:l.falcone@sgr-syndic.fr
UID:3ppm8a0kq6l2j9vbt1cd7e5rfs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laurent Falcone;X-NUM-GUESTS=0:mailto:l.falcone@sgr-syndic.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Élodie Santini;X-NUM-GUESTS=0:mailto:elodie.santini@sgr-syndic.fr
CREATED:20250411T151955Z
DESCRIPTION:Bonjour Madame Maurel-Costa\,\n\nSuite à votre échange avec Élodie\, je vous propose la deuxième étape : un test pratique (1h) puis un entretien avec moi (1h).\n\nTest : lecture d'un extrait de règlement de copropriété\, répartition d'une facture de travaux selon les tantièmes\, préparation de l'ordre du jour d'une AG et d'un budget prévisionnel simplifié. Calculatrice autorisée\, pas d'ordinateur.\n\nLaurent Falcone\nResponsable du service Copropriété\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement. Pour ne plus recevoir de notifications concernant cet événement\, refusez-le.\n\nTransférer cette invitation pourrait permettre à tout destinataire d'envoyer une réponse à l'organisateur\, d'être ajouté à la liste des invités\, d'inviter d'autres personnes quel que soit l'état de sa propre invitation ou de modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250411T152000Z
LOCATION:Syndic Gestion Riviera\, 9 rue des Jasmins\, 06000 Nice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test pratique + entretien - Gestionnaire de copropriété (SGR)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Homelio (proptech)
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-38810442-homelio",
        is_interview=1,
        company="Homelio",
        role="City Manager Nice",
        stage="recruiter_screen",
        interviewers="tom.reynaud@homelio.io",
        trap="greenhouse-coordinator-organizer-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-38810442-homelio
DTSTAMP:20250219T101532Z
DTSTART:20250225T160000Z
DTEND:20250225T163000Z
SUMMARY:Homelio - Recruiter Screen: City Manager Nice (Sandrine Maurel-Costa)
DESCRIPTION:Hi Sandrine\,\n\nThanks for your interest in Homelio! Here are the details for your upcoming interview:\n\nRole: City Manager Nice\nInterview: Recruiter Screen (30 min)\nInterviewer: Tom Reynaud\, Talent Partner\nWhere: Google Meet - https://meet.google.com/zyt-mrqe-kpa\n\nThe conversation will be in French or English\, as you prefer. No preparation needed\, just come ready to talk about your agency experience and why you're interested in a tech-enabled real estate model.\n\nIf you need to reschedule\, reply to this email.\n\nBest\,\nInès Caradec\nRecruiting Coordinator\, Homelio
LOCATION:https://meet.google.com/zyt-mrqe-kpa
ORGANIZER;CN=Homelio Recruiting:mailto:recruiting@homelio.io
ATTENDEE;CN=Tom Reynaud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.reynaud@homelio.io
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-cancel",
        uid="7hd2kq0m9e1v5t8r3n6bl4s0ap_greenhouse@google.com",
        is_interview=1,
        company="Homelio",
        role="City Manager Nice",
        stage="hiring_manager",
        interviewers="sarah.benhamou@homelio.io",
        trap="method-cancel-hiring-manager-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20250310T100000Z
DTEND:20250310T104500Z
DTSTAMP:20250307T171420Z
ORGANIZER;CN=Homelio Recruiting:mailto:recruiting@homelio.io
UID:7hd2kq0m9e1v5t8r3n6bl4s0ap_greenhouse@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Benhamou;X-NUM-GUESTS=0:mailto:sarah.benhamou@homelio.io
CREATED:20250227T091500Z
DESCRIPTION:Hi Sandrine\, Sarah is unfortunately unavailable on Monday; we're cancelling this slot and will send you new options for your hiring manager interview shortly. Sorry for the inconvenience! - Inès\n\nInterview: Hiring Manager Interview (45 min) with Sarah Benhamou\, Head of Operations South\nRole: City Manager Nice\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20250307T171420Z
LOCATION:https://meet.google.com/bvn-qqsd-xre
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Homelio - Hiring Manager Interview: City Manager Nice (Sandrine Maurel-Costa)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Cap Lérins Immobilier (Cannes)
    dict(
        kind="gmail-owner-invite",
        uid="1c8fb7e2q0m4d6k9tl3v5s2rna@google.com",
        is_interview=1,
        company="Cap Lérins Immobilier",
        role="responsable d'agence",
        stage="hiring_manager",
        interviewers="bruno.castagnola.caplerins@gmail.com",
        trap="owner-free-mail-terse-title",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250307T190000
DTEND;TZID=Europe/Paris:20250307T200000
DTSTAMP:20250304T212207Z
ORGANIZER;CN=Bruno Castagnola:mailto:bruno.castagnola.caplerins@gmail.com
UID:1c8fb7e2q0m4d6k9tl3v5s2rna@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bruno Castagnola;X-NUM-GUESTS=0:mailto:bruno.castagnola.caplerins@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250304T212205Z
DESCRIPTION:Bonsoir Sandrine\, comme dit au tel on se voit à l'agence après la fermeture pour parler du poste de responsable d'agence. J'ai 2 agences\, je veux quelqu'un pour tenir celle de la Croisette pendant que je développe la 2e. Venez avec vos chiffres.\nBruno\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250304T212206Z
LOCATION:Cap Lérins Immobilier\, 14 rue des Palmiers\, 06400 Cannes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rdv Sandrine Maurel-Costa / Cap Lérins
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-role-play",
        uid="8E1C4F27-3B9A-4D65-A0F2-7C51D8E93B46",
        is_interview=1,
        company="Cap Lérins Immobilier",
        role="",
        stage="technical",
        interviewers="Bruno Castagnola",
        trap="hand-typed-mise-en-situation-seller-role-play",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250308T083312Z
DTEND;TZID=Europe/Paris:20250314T200000
DTSTAMP:20250308T083316Z
DTSTART;TZID=Europe/Paris:20250314T183000
LAST-MODIFIED:20250308T083312Z
LOCATION:Cap Lérins Immo Cannes
SEQUENCE:0
SUMMARY:Cap Lérins - mise en sit. RDV vendeur
DESCRIPTION:2e rdv : jeu de rôle avec Bruno Castagnola\, il joue un vendeur de 3P qui veut un prix trop haut. Apporter ACM + dossier estim type + mandat exclu vierge. Ensuite on parle salaire ??
UID:8E1C4F27-3B9A-4D65-A0F2-7C51D8E93B46
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:52B0E6C1-9D3A-4F87-B1E2-6A4C0D9F3E15
UID:52B0E6C1-9D3A-4F87-B1E2-6A4C0D9F3E15
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
X-APPLE-DEFAULT-ALARM:FALSE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Haus & Meer Immobilien (German network)
    dict(
        kind="outlook-german",
        uid="040000008200E00074C5B7101A82E008000000005D3B8F1C04C4DB01000000000000000010000000F92A64D81E3C7B42A05D9E1B36C8F027",
        is_interview=1,
        company="Haus & Meer Immobilien",
        role="Shop Manager (m/w/d) Nizza",
        stage="hiring_manager",
        interviewers="k.albers@hausundmeer-immobilien.de;j.petersen@hausundmeer-immobilien.de",
        trap="german-vorstellungsgespraech-teams-boilerplate",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Katrin":mailto:k.albers@hausundmeer-immobilien.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Petersen, Jörg":mailto:j.petersen@hausundmeer-immobilien.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Maurel-Costa\,\n\nvielen Dank für Ihre Bewerbung als Shop Manager (m/w/d) für unseren neuen Standort in Nizza. Gerne möchten wir Sie zu einem ersten Vorstellungsgespräch per Teams einladen. Teilnehmen werden Jörg Petersen (Regionalleiter Südeuropa) und ich. Das Gespräch findet auf Englisch statt\, Französischkenntnisse sind natürlich ein Plus.\n\nMit freundlichen Grüßen\nKatrin Albers\nHR Business Partner\nHaus & Meer Immobilien GmbH\, Hamburg\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder auf Raumgeräten teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTQ2MmU1YjEtYzM4Ni00ZDBlLTk5NDAtMjZhNzE3ZTg0NmFh%40thread.v2/0?context=%7b%22Tid%22%3a%22a4c9e0d2-6f1b-48a7-9d3e-0b5c7f2e8a61%22%7d>\nBesprechungs-ID: 377 420 118 905\nKennung: Lq5Hd2\nTeams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005D3B8F1C04C4DB01000000000000000010000000F92A64D81E3C7B42A05D9E1B36C8F027
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch: Shop Manager (m/w/d) Nizza - Frau Maurel-Costa
DTSTART;TZID=W. Europe Standard Time:20250515T100000
DTEND;TZID=W. Europe Standard Time:20250515T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T123017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-berlin-zone",
        uid="040000008200E00074C5B7101A82E00800000000A8E2C47D19CDDB010000000000000000100000006B3F0E95C2D1A74E81F4C6B20D39E5A1",
        is_interview=1,
        company="Haus & Meer Immobilien",
        role="Shop Manager Nizza",
        stage="final",
        interviewers="h.vogt@hausundmeer-immobilien.de;j.petersen@hausundmeer-immobilien.de",
        trap="mixed-german-french-final-in-hotel-lobby",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + BERLIN + r"""BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN="Vogt, Dr. Henrik";RSVP=TRUE:mailto:h.vogt@hausundmeer-immobilien.de
CLASS:PUBLIC
CREATED:20250519T074501Z
DESCRIPTION:Bonjour Madame Maurel-Costa\,\n\nwie besprochen / comme convenu : Dr. Henrik Vogt (Geschäftsführer) sera à Nice le 28 mai et souhaite vous rencontrer pour le deuxième et dernier entretien (Zweitgespräch) pour le poste de Shop Manager Nizza. Je serai également présent. We will meet in the lobby bar.\n\nBeste Grüße / Cordialement\nJörg Petersen\nRegionalleiter Südeuropa\n
DTEND;TZID=Europe/Berlin:20250528T163000
DTSTAMP:20250519T074501Z
DTSTART;TZID=Europe/Berlin:20250528T150000
LAST-MODIFIED:20250519T074501Z
LOCATION:Hôtel Le Palais Bleu (Lobby Bar)\, Promenade des Anglais\, Nice
ORGANIZER;CN="Petersen, Jörg":mailto:j.petersen@hausundmeer-immobilien.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Zweitgespräch / 2e entretien Nizza - Dr. Vogt & Frau Maurel-Costa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A8E2C47D19CDDB010000000000000000100000006B3F0E95C2D1A74E81F4C6B20D39E5A1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Agence du Vieux-Port (Menton)
    dict(
        kind="thunderbird-floating",
        uid="6f0e2a1c-93d4-4b7e-8a25-d1c0f7e3b948",
        is_interview=1,
        company="Agence du Vieux-Port",
        role="resp. agence",
        stage="hiring_manager",
        interviewers="josiane.pastorelli@wanadoo.fr",
        trap="floating-time-hand-typed-lunch-with-owner",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250409T201144Z
LAST-MODIFIED:20250409T201530Z
DTSTAMP:20250409T201530Z
UID:6f0e2a1c-93d4-4b7e-8a25-d1c0f7e3b948
SUMMARY:Menton - Mme Pastorelli (Agence du Vieux-Port) poste resp. agence - 1er rdv
DTSTART:20250414T123000
DTEND:20250414T140000
LOCATION:resto en face de l'agence\, quai du port\, Menton
DESCRIPTION:Elle part à la retraite dans 2-3 ans\, cherche qqn pour diriger l'agence (et peut-être reprendre ?). Déj. entretien.\njosiane.pastorelli@wanadoo.fr / 06 39 98 22 15
CATEGORIES:Recherche emploi
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-all-day-trial",
        uid="C4A7E2D9-1F36-4B8E-9D05-E3F6A1B2C7D8",
        is_interview=1,
        company="Agence du Vieux-Port",
        role="",
        stage="onsite",
        interviewers="Mme Pastorelli",
        trap="all-day-trial-day-saturday",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250418T190211Z
DTEND;VALUE=DATE:20250427
DTSTAMP:20250418T190224Z
DTSTART;VALUE=DATE:20250426
LAST-MODIFIED:20250418T190211Z
LOCATION:Agence du Vieux-Port\, Menton
SEQUENCE:0
SUMMARY:Journée d'essai Agence du Vieux-Port (Menton)
DESCRIPTION:Mme Pastorelli veut me voir en situation avant de décider : accueil\, 2 visites avec son fils Thomas (négo)\, un RDV estimation l'aprèm. Poser mon samedi à l'agence (dire à P-Y : RDV perso).
TRANSP:TRANSPARENT
UID:C4A7E2D9-1F36-4B8E-9D05-E3F6A1B2C7D8
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:0B9E4D21-7C58-4A3F-8E16-2D5F9C0A7B34
UID:0B9E4D21-7C58-4A3F-8E16-2D5F9C0A7B34
TRIGGER:-PT15H
ACTION:DISPLAY
DESCRIPTION:Rappel
X-APPLE-DEFAULT-ALARM:TRUE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Riviéra Horizon Immobilier (franchise)
    dict(
        kind="calendly-network-screen",
        uid="c7e1d6b4-5a20-4f8e-b39c-2d0e9a7f1c35@calendly.com",
        is_interview=1,
        company="Riviéra Horizon Immobilier",
        role="Responsable d'agence H/F",
        stage="recruiter_screen",
        interviewers="y.belkacem@horizon-immo-reseau.fr",
        trap="network-recruiter-screens-for-franchisee-calendly",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7e1d6b4-5a20-4f8e-b39c-2d0e9a7f1c35@calendly.com
DTSTAMP:20250430T174012Z
DTSTART:20250506T070000Z
DTEND:20250506T073000Z
SUMMARY:Échange découverte 30 min entre Yasmine Belkacem et Sandrine Maurel-Costa
DESCRIPTION:Nom de l'événement : Échange découverte 30 min\n\nLieu : Ceci est un appel téléphonique. Yasmine Belkacem vous appellera au +33 6 39 98 41 07.\n\nQuestions :\nPour quelle agence postulez-vous ?\nRiviéra Horizon Immobilier - Nice Ouest (Responsable d'agence H/F)\n\nVotre carte professionnelle / attestation d'habilitation ?\nAttestation d'habilitation (carte T de mon agence actuelle)\n\nBesoin de modifier cet événement ?\nAnnuler : https://calendly.com/cancellations/c7e1d6b4-5a20-4f8e-b39c-2d0e9a7f1c35\nReprogrammer : https://calendly.com/reschedulings/c7e1d6b4-5a20-4f8e-b39c-2d0e9a7f1c35\n\nPowered by Calendly.com
LOCATION:+33 6 39 98 41 07
ORGANIZER;CN=Yasmine Belkacem (Horizon Immo - Recrutement réseau):mailto:y.belkacem@horizon-immo-reseau.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-franchisee",
        uid="4r0aq8s6e2m1t9l7c3vkdn5bho@google.com",
        is_interview=1,
        company="Riviéra Horizon Immobilier",
        role="Responsable d'agence",
        stage="hiring_manager",
        interviewers="d.lhermitte@riviera-horizon-immo.fr",
        trap="franchisee-owner-evening-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250513T180000
DTEND;TZID=Europe/Paris:20250513T190000
DTSTAMP:20250507T085109Z
ORGANIZER;CN=Denis Lhermitte:mailto:d.lhermitte@riviera-horizon-immo.fr
UID:4r0aq8s6e2m1t9l7c3vkdn5bho@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Denis Lhermitte;X-NUM-GUESTS=0:mailto:d.lhermitte@riviera-horizon-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250507T085107Z
DESCRIPTION:Bonjour Sandrine\,\nYasmine (recrutement réseau Horizon Immo) m'a transmis votre profil. Je suis le franchisé de l'agence Nice Ouest et je cherche mon/ma responsable d'agence. Rendez-vous à l'agence\, on fera le tour du secteur ensemble.\nDenis Lhermitte\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.
LAST-MODIFIED:20250507T085108Z
LOCATION:Riviéra Horizon Immobilier\, 182 route de Grenoble\, 06200 Nice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Responsable d'agence - Riviéra Horizon Nice Ouest
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # ---------------------------------------------------------------- Citadelle Gestion Immobilière (syndic)
    dict(
        kind="workday-screen",
        uid="WD-INTERVIEW-R0042871-CAND-118203-1",
        is_interview=1,
        company="Citadelle Gestion Immobilière",
        role="Gestionnaire de copropriété confirmé(e) - Nice",
        stage="recruiter_screen",
        interviewers="n.peyrot@citadelle-gestion.fr",
        trap="workday-requisition-number-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R0042871-CAND-118203-1
DTSTAMP:20250512T064402Z
DTSTART:20250516T083000Z
DTEND:20250516T091500Z
SUMMARY:Entretien : Gestionnaire de copropriété confirmé(e) - Nice (R-0042871)
DESCRIPTION:Bonjour Sandrine\,\n\nVotre entretien pour le poste Gestionnaire de copropriété confirmé(e) - Nice (R-0042871) chez Citadelle Gestion Immobilière est confirmé.\n\nType d'entretien : Entretien téléphonique RH\nIntervenant : Nicolas Peyrot\, Chargé de recrutement\n\nVous pouvez consulter votre candidature à tout moment depuis votre compte candidat : https://citadelle.wd3.myworkdayjobs.com/fr-FR/Citadelle_Careers\n\nCordialement\,\nCitadelle Gestion Immobilière - Talent Acquisition
LOCATION:Téléphone
ORGANIZER;CN=Citadelle Gestion Immobilière:mailto:citadelle@myworkday.com
ATTENDEE;CN=Nicolas Peyrot;ROLE=REQ-PARTICIPANT:mailto:n.peyrot@citadelle-gestion.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-hiring-manager",
        uid="040000008200E00074C5B7101A82E00800000000F1C6B04E29CADB01000000000000000010000000D8A3E5F0761B2C4D9E08B7A3C1F56E29",
        is_interview=1,
        company="Citadelle Gestion Immobilière",
        role="Gestionnaire de copropriété confirmé(e)",
        stage="hiring_manager",
        interviewers="f.guglielmi@citadelle-gestion.fr;h.sassi@citadelle-gestion.fr",
        trap="teams-utc-label-zone-two-managers",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + UTC1_PARIS + r"""BEGIN:VEVENT
ORGANIZER;CN="Guglielmi, Fabienne":mailto:f.guglielmi@citadelle-gestion.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sassi, Hervé":mailto:h.sassi@citadelle-gestion.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peyrot, Nicolas":mailto:n.peyrot@citadelle-gestion.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Maurel-Costa\,\n\nNicolas Peyrot m'a fait un retour très positif de votre échange. Je vous propose un entretien avec Hervé Sassi (responsable du pôle copropriété) et moi-même\, Directrice de l'agence de Nice. Nous aborderons la tenue d'un portefeuille d'environ 45 immeubles\, les AG en soirée et la relation avec les conseils syndicaux.\n\nFabienne Guglielmi\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWE1NjE5YTctNDk0Yi00ODk3LWJhZDYtMTFjZDJmMmE0OGVk%40thread.v2/0>\nID de la réunion : 362 015 884 207\nCode secret : Ur6pB9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1C6B04E29CADB01000000000000000010000000D8A3E5F0761B2C4D9E08B7A3C1F56E29
SUMMARY;LANGUAGE=fr-FR:Entretien - Gestionnaire de copropriété confirmé(e) / Mme Maurel-Costa
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250522T140000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250522T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T132644Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
