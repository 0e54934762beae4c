# ruff: noqa: E501, W291, W293, RUF100
"""holdout264 events, part B: the user's own interviews (associations, clinics, start-ups, medtech)."""

from holdout264ev_zones import BERLIN, PARIS, ROMANCE, UTC01

EVENTS = [
    dict(
        kind="hellowork-invite",
        uid="hwr-itw-5521907-ghescaut@recruteur.hellowork-mail.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HelloWork Recruteur//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:hwr-itw-5521907-ghescaut@recruteur.hellowork-mail.fr
DTSTAMP:20251016T091500Z
DTSTART:20251021T080000Z
DTEND:20251021T083000Z
SUMMARY:Votre entretien pour l'offre « Orthophoniste H/F - CDI - Valenciennes »
ORGANIZER;CN=Groupement Hospitalier de l'Escaut:mailto:notifications@recruteur.hellowork-mail.fr
ATTENDEE;CN=Émilie Bracq;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:emilie.bracq@gh-escaut.fr
ATTENDEE;CN=Clémence Vandamme;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
LOCATION:Entretien en visio (lien envoyé par le recruteur)
DESCRIPTION:Bonjour Clémence\,\n\nÉmilie Bracq (Groupement Hospitalier de l'
 Escaut) vous propose un entretien pour l'offre « Orthophoniste H/F - CDI - Va
 lenciennes » à laquelle vous avez postulé sur HelloWork.\n\nDate : mardi 21 
 octobre 2025 à 10h00 (30 min)\n\nConfirmer ou proposer un autre créneau : ht
 tps://www.hellowork.example/candidat/entretiens/5521907\n\nBonne chance !\nL'équipe HelloWork
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupement Hospitalier de l'Escaut",
        role="Orthophoniste H/F - CDI - Valenciennes",
        stage="recruiter_screen",
        interviewers="emilie.bracq@gh-escaut.fr",
        trap="job-board-ats-organizer-platform-address",
        hiring=False,
    ),
    dict(
        kind="teamtailor-video",
        uid="tt-interview-4b8e2f71-genetsdopale@teamtailor-mail.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-4b8e2f71-genetsdopale@teamtailor-mail.com
DTSTAMP:20251104T102030Z
DTSTART:20251110T091500Z
DTEND:20251110T094500Z
SUMMARY:Entretien vidéo : Orthophoniste (CDI) – Fondation Les Genêts d'Opale
ORGANIZER;CN=Pauline Declercq:mailto:pauline.declercq@genetsdopale.org
ATTENDEE;CN=Pauline Declercq;PARTSTAT=ACCEPTED:mailto:pauline.declercq@genetsdopale.org
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Bonjour Clémence\,\n\nMerci d'avoir postulé ! Voici votre entreti
 en vidéo avec Pauline Declercq (chargée de recrutement) pour le poste Orthop
 honiste (CDI) au sein de notre MAS et de notre foyer d'accueil médicalisé.\n\n
 Rejoindre l'appel vidéo : https://app.teamtailor.example/meetings/4b8e2f71\n\nÀ t
 rès vite\,\nL'équipe RH Fondation Les Genêts d'Opale\n\nPowered by Teamtailor
LOCATION:Appel vidéo Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fondation Les Genêts d'Opale",
        role="Orthophoniste (CDI)",
        stage="recruiter_screen",
        interviewers="pauline.declercq@genetsdopale.org",
        trap="teamtailor-video-screen-foundation",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite",
        uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000044DD55EE66FF77008899AABBCCDDEE11",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Declercq, Pauline":mailto:pauline.declercq@genetsdopale.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lagache, Frédéric":mailto:frederic.lagache@genetsdopale.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Morel, Hélène (Dr)":mailto:helene.morel@genetsdopale.org
SUMMARY;LANGUAGE=fr-FR:Entretien sur site - Orthophoniste MAS/FAM - C. Vandamme
DESCRIPTION;LANGUAGE=fr-FR:Entretien avec M. Lagache\, directeur d'établissement\, et le Dr Morel\, médecin coordonnateur\, suivi d'une visite de la MAS.\nAdresse : 7 rue du Phare\, 62600 Berck.\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000044DD55EE66FF77008899AABBCCDDEE11
DTSTART;TZID=Romance Standard Time:20251119T100000
DTEND;TZID=Romance Standard Time:20251119T113000
DTSTAMP:20251112T143000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:MAS Les Genêts - Berck
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fondation Les Genêts d'Opale",
        role="Orthophoniste MAS/FAM",
        stage="onsite",
        interviewers="frederic.lagache@genetsdopale.org;helene.morel@genetsdopale.org",
        trap="recruiter-organizes-but-not-present-onsite",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251002T175900Z
DTSTAMP:20251002T180011Z
DTSTART:20251008T103000
DTEND:20251008T113000
LAST-MODIFIED:20251002T180011Z
SUMMARY:Entretien CMPP Tourcoing 10h30 Dr Masson
DESCRIPTION:poste ortho 0\,5 ETP (remplacement départ retraite). Mme Petit au secrétariat a calé le rdv. 1er étage\, sonner.
LOCATION:CMPP Jean-Itard\, 23 rue de Lille\, Tourcoing
UID:1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CMPP Jean-Itard",
        role="ortho 0,5 ETP",
        stage="hiring_manager",
        interviewers="Dr Masson",
        trap="hand-typed-secretary-named-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="ms-bookings",
        uid="bookings-7f3a9c21d8e54b6f@saint-eloi-lille.fr",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="GH Saint-Éloi – Recrutement Rééducation":mailto:RecrutementReeducation@saint-eloi-lille.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Clémence Vandamme":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Cherif, Nadia":mailto:nadia.cherif@saint-eloi-lille.fr
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Rééducation (orthophonie) pour Clémence Vandamme
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement – Rééducation (orthophonie)\nMembre du personnel : Nadia Cherif (cadre de rééducation)\nDurée : 45 minutes\n\nRéunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZ3M%40thread.v2/0\n\nGérer votre réservation : https://outlook.office365.com/owa/calendar/GHSaintEloiRecrutement@saint-eloi-lille.fr/bookings/\n\nMicrosoft Bookings\n
UID:bookings-7f3a9c21d8e54b6f@saint-eloi-lille.fr
DTSTART;TZID=Romance Standard Time:20251117T130000
DTEND;TZID=Romance Standard Time:20251117T134500
DTSTAMP:20251110T213302Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Hospitalier Saint-Éloi",
        role="Rééducation (orthophonie)",
        stage="hiring_manager",
        interviewers="nadia.cherif@saint-eloi-lille.fr",
        trap="ms-bookings-shared-mailbox-staff-member",
        hiring=False,
    ),
    dict(
        kind="outlook-technical",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Cherif, Nadia":mailto:nadia.cherif@saint-eloi-lille.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Clémence Vandamme":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lambin, Hugo":mailto:hugo.lambin@saint-eloi-lille.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Centre de simulation - Box 2":mailto:simu.box2@saint-eloi-lille.fr
SUMMARY;LANGUAGE=fr-FR:Mise en situation - évaluation de la déglutition (patient standardisé) - candidature orthophoniste
DESCRIPTION;LANGUAGE=fr-FR:Mise en situation au centre de simulation : évaluation clinique de la déglutition chez un patient standardisé post-AVC\, puis restitution orale devant Hugo Lambin (orthophoniste\, unité de gériatrie aiguë) et Nadia Cherif.\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
DTSTART;TZID=W. Europe Standard Time:20251201T090000
DTEND;TZID=W. Europe Standard Time:20251201T103000
DTSTAMP:20251121T080808Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Centre de simulation - Box 2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Hospitalier Saint-Éloi",
        role="orthophoniste",
        stage="technical",
        interviewers="hugo.lambin@saint-eloi-lille.fr;nadia.cherif@saint-eloi-lille.fr",
        trap="standardized-patient-simulation-resource",
        hiring=False,
    ),
    dict(
        kind="google-lsf-test",
        uid="5h7j9k1l3m5n7p9q1r3s5t7u9v@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251126T140000
DTEND;TZID=Europe/Paris:20251126T160000
DTSTAMP:20251118T110000Z
ORGANIZER;CN=Institut Les Sourdines - Direction:mailto:direction@institut-lessourdines.fr
UID:5h7j9k1l3m5n7p9q1r3s5t7u9v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sylvie Marchal;X-NUM-GUESTS=0:mailto:s.marchal@institut-lessourdines.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Roger;X-NUM-GUESTS=0:mailto:m.roger@institut-lessourdines.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Interprète LSF (service);X-NUM-GUESTS=0:mailto:interpretes@institut-lessourdines.fr
DESCRIPTION:Entretien de recrutement – orthophoniste (jeunes sourds et malent
 endants\, 6-20 ans) :\n1) entretien avec Mme Marchal\, directrice pédagogique
 \n2) évaluation de votre niveau en LSF avec M. Roger\, éducateur sourd\n\nUn i
 nterprète sera présent.\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/
LOCATION:Institut Les Sourdines\, 40 avenue de Flandre\, Villeneuve-d'Ascq
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien + évaluation LSF - poste orthophoniste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Institut Les Sourdines",
        role="orthophoniste",
        stage="technical",
        interviewers="s.marchal@institut-lessourdines.fr;m.roger@institut-lessourdines.fr",
        trap="sign-language-test-interpreter-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-phone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000099AA88BB77CCDC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wallart, Céline":mailto:celine.wallart@had-flandrelys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – orthophoniste HAD (domicile)
DESCRIPTION;LANGUAGE=fr-FR:Je vous appellerai au numéro indiqué sur votre CV. Poste : orthophoniste salariée 0\,5 ETP\, interventions à domicile (soins palliatifs\, SLA\, post-AVC)\, secteur Armentières/Hazebrouck\, véhicule de service.\nCéline Wallart\, responsable RH – HAD Flandre-Lys\n
UID:040000008200E00074C5B7101A82E0080000000099AA88BB77CCDC01000000000000000010000000DEADBEEF00112233445566778899AABB
DTSTART;TZID=Romance Standard Time:20251029T124500
DTEND;TZID=Romance Standard Time:20251029T131500
DTSTAMP:20251024T094500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="HAD Flandre-Lys",
        role="orthophoniste HAD (domicile)",
        stage="recruiter_screen",
        interviewers="celine.wallart@had-flandrelys.fr",
        trap="romance-zone-no-vtimezone-phone-screen",
        hiring=False,
    ),
    dict(
        kind="google-meet-founder",
        uid="7tq1w3e5r7t9y1u3i5o7p9a1s3@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T170000Z
DTEND:20251020T174500Z
DTSTAMP:20251015T222010Z
ORGANIZER;CN=Yasmine Taleb:mailto:yasmine.taleb.pro@gmail.com
UID:7tq1w3e5r7t9y1u3i5o7p9a1s3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yasmine Taleb;X-NUM-GUESTS=0:mailto:yasmine.taleb.pro@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.vandamme@cabinet-ortho-vauban.fr;X-NUM-GUESTS=0:mailto:c.vandamme@cabinet-ortho-vauban.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/vxa-pkdn-ytr
DESCRIPTION:Hello Clémence !\nSuper de pouvoir échanger. Je te présente Paro
 lia (téléorthophonie remboursée\, on lance l'équipe salariée en janvier) et t
 u me parles de ta pratique. Poste : orthophoniste salariée en téléconsultatio
 n (temps partiel possible).\nYasmine – fondatrice\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/vxa-pkdn-ytr\nOr dial: ‪(FR) +33 1 87 •• •• 40‬ PIN: ‪219 442 118‬#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee of the event.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio Parolia x Clémence
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Parolia",
        role="orthophoniste salariée en téléconsultation",
        stage="hiring_manager",
        interviewers="yasmine.taleb.pro@gmail.com",
        trap="founder-freemail-vague-title-meet-work-address",
        hiring=False,
    ),
    dict(
        kind="google-meet-case",
        uid="2ab4cd6ef8gh0ij2kl4mn6op8q@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251104T180000Z
DTEND:20251104T190000Z
DTSTAMP:20251028T081500Z
ORGANIZER;CN=Thomas Nguyen:mailto:thomas@parolia-sante.fr
UID:2ab4cd6ef8gh0ij2kl4mn6op8q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Nguyen;X-NUM-GUESTS=0:mailto:thomas@parolia-sante.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yasmine Taleb;X-NUM-GUESTS=0:mailto:yasmine@parolia-sante.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Cas pratique : tu animes 20 min de séance en visio avec Thomas qu
 i joue un patient aphasique (manque du mot)\, puis 20 min de debrief avec Yas
 mine sur tes choix (matériel numérique\, consignes\, gestion de la caméra).\n\nJoin with Google Meet: https://meet.google.com/hdz-wqtm-bfo\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/hdz-wqtm-bfo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parolia – cas pratique séance visio (candidature)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Parolia",
        role="",
        stage="technical",
        interviewers="thomas@parolia-sante.fr;yasmine@parolia-sante.fr",
        trap="role-play-session-startup-second-round",
        hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-0f6a2b7c-91d4-4e8f-a3b5-c7d9e1f3a5b7",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f6a2b7c-91d4-4e8f-a3b5-c7d9e1f3a5b7
DTSTAMP:20251105T150101Z
DTSTART:20251112T130000Z
DTEND:20251112T133000Z
SUMMARY:Interview: Clémence Vandamme for Clinical Content Speech Therapist (FR) – Logopedia
ORGANIZER;CN=Inès Ferrand:mailto:ines.ferrand@logopedia.example
ATTENDEE;CN=Inès Ferrand;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ines.ferrand@logopedia.example
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Hi Clémence\,\n\nThanks for applying to Logopedia! This first cal
 l (30 min) with Inès Ferrand\, Talent Partner\, covers your background\, your 
 interest in building digital therapy exercises\, and logistics (remote from 
 Lille\, 0.8 FTE).\n\nZoom: https://logopedia.zoom.us/j/93821177450\n\nScheduled via Lever
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Logopedia",
        role="Clinical Content Speech Therapist (FR)",
        stage="recruiter_screen",
        interviewers="ines.ferrand@logopedia.example",
        trap="english-lever-edtech-talent-partner",
        hiring=False,
    ),
    dict(
        kind="lever-case-study",
        uid="lever-interview-8c1d3e5f-7a9b-4c2d-b4e6-f8a0c2e4a6b8",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8c1d3e5f-7a9b-4c2d-b4e6-f8a0c2e4a6b8
DTSTAMP:20251118T093012Z
DTSTART:20251125T140000Z
DTEND:20251125T151500Z
SUMMARY:Onsite (virtual) – Case study presentation – Clémence Vandamme
ORGANIZER;CN=Inès Ferrand:mailto:ines.ferrand@logopedia.example
ATTENDEE;CN=Rachel Owens;PARTSTAT=ACCEPTED:mailto:rachel.owens@logopedia.example
ATTENDEE;CN=Baptiste Lheureux;PARTSTAT=ACCEPTED:mailto:baptiste.lheureux@logopedia.example
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Hi Clémence\,\n\nAgenda:\n- 14:00 Case study: design a 4-week ho
 me-practice module for a child with a phonological disorder (20 min present
 ation\, in French or English) – Rachel Owens\, Head of Product\n- 14:40 Clini
 cal deep-dive & evidence base – Baptiste Lheureux\, Clinical Lead (orthophon
 iste)\n\nPlease share your slides before the call.\n\nZoom: https://logopedi
 a.zoom.us/j/99120455881\n\nScheduled via Lever
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Logopedia",
        role="Clinical Content Speech Therapist (FR)",
        stage="technical",
        interviewers="rachel.owens@logopedia.example;baptiste.lheureux@logopedia.example",
        trap="english-case-study-coordinator-organizer-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="orange-webmail-invite",
        uid="20251027T183355Z-41877-msp.sapinvert@orange.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev41//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251027T183355Z
ATTENDEE;CN="Dr Philippe Carlier";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:msp.sapinvert@orange.fr
ATTENDEE;CN="Vandamme Clémence";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:clemence.vandamme@free.fr
ATTENDEE;CN="Sophie Lenne IDE";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:sophie.lenne.ide@orange.fr
ORGANIZER;CN="Dr Philippe Carlier":mailto:msp.sapinvert@orange.fr
SUMMARY:Rencontre équipe MSP - projet orthophoniste salariée centre de santé
DESCRIPTION:Bonsoir\,\nSuite à votre réponse à notre annonce (URPS)\, nous vou
 s proposons de rencontrer l'équipe de la MSP lors de notre réunion de concer
 tation (je la coordonne avec Sophie Lenne\, IDE). Nous échangerons sur le pos
 te d'orthophoniste salariée du futur centre de santé (financement ARS).\nDr C
 arlier
DTSTART;TZID=Europe/Paris:20251106T200000
DTEND;TZID=Europe/Paris:20251106T213000
LOCATION:MSP du Sapin Vert\, 5 place de la Liberté\, Wattrelos
UID:20251027T183355Z-41877-msp.sapinvert@orange.fr
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="MSP du Sapin Vert",
        role="orthophoniste salariée centre de santé",
        stage="onsite",
        interviewers="msp.sapinvert@orange.fr;sophie.lenne.ide@orange.fr",
        trap="isp-webmail-rencontre-equipe-evening",
        hiring=False,
    ),
    dict(
        kind="outlook-municipal-jury",
        uid="040000008200E00074C5B7101A82E00800000000A0B0C0D0E0F0DC010000000000000000100000001F2E3D4C5B6A79880F1E2D3C4B5A6978",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{UTC01}BEGIN:VEVENT
ORGANIZER;CN="Service Emploi-Compétences";SENT-BY="mailto:a.vermeersch@ville-lambersart.example":mailto:emploi.competences@ville-lambersart.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="VANDAMME Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DUBUS Martine - Adjointe Santé":mailto:m.dubus@ville-lambersart.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LEMAN Frédéric - DGS":mailto:f.leman@ville-lambersart.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SAHRAOUI Nordine (Dr) - Médecin coordonnateur CMS":mailto:n.sahraoui@ville-lambersart.example
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement – Orthophoniste (Centre municipal de santé) – candidate n°3
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nVotre candidature a été retenue pour un entretien devant le jury de recrutement (poste d'orthophoniste\, cadre d'emplois des assistants territoriaux de rééducation\, voie contractuelle possible).\nComposition du jury : Mme Dubus (adjointe au maire déléguée à la santé)\, M. Leman (DGS)\, Dr Sahraoui (médecin coordonnateur).\nDurée : 30 minutes. Hôtel de ville\, salle des commissions.\n
UID:040000008200E00074C5B7101A82E00800000000A0B0C0D0E0F0DC010000000000000000100000001F2E3D4C5B6A79880F1E2D3C4B5A6978
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251204T161500
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251204T164500
DTSTAMP:20251121T113000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Hôtel de ville - salle des commissions
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre municipal de santé de Lambersart",
        role="Orthophoniste (Centre municipal de santé)",
        stage="final",
        interviewers="m.dubus@ville-lambersart.example;f.leman@ville-lambersart.example;n.sahraoui@ville-lambersart.example",
        trap="public-sector-jury-de-recrutement-user-is-candidate",
        hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-91266430015-marindopale@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20251020T190000Z
DTSTART:20251024T110000Z
DTEND:20251024T114500Z
SUMMARY:Entretien Dr Leroux / C. Vandamme - orthophoniste pédiatrie
UID:zoom-91266430015-marindopale@zoom.us
DESCRIPTION:Anne-Sophie Leroux vous invite à une réunion Zoom planifiée.\n\nS
 ujet : Entretien Dr Leroux / C. Vandamme - orthophoniste pédiatrie (Centre P
 édiatrique Marin d'Opale)\n\nRejoindre la réunion Zoom\nhttps://us02web.zoom.
 us/j/91266430015\n\nID de réunion : 912 6643 0015\n
LOCATION:https://us02web.zoom.us/j/91266430015
ORGANIZER;CN=Anne-Sophie Leroux:mailto:as.leroux@marindopale.fr
ATTENDEE;CN=clemence.vandamme@free.fr;RSVP=TRUE:mailto:clemence.vandamme@free.fr
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Pédiatrique Marin d'Opale",
        role="orthophoniste pédiatrie",
        stage="hiring_manager",
        interviewers="as.leroux@marindopale.fr",
        trap="zoom-publish-no-interview-wording-in-body",
        hiring=False,
    ),
    dict(
        kind="beetween-ats",
        uid="BTW-RDV-20251113-77421@beetween-mail.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beetween//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:BTW-RDV-20251113-77421@beetween-mail.fr
DTSTAMP:20251106T101500Z
DTSTART;TZID=Europe/Paris:20251113T093000
DTEND;TZID=Europe/Paris:20251113T100000
SUMMARY:ATHN - Entretien de pré-sélection - Orthophoniste H/F - ESAT/IME - CDI
ORGANIZER;CN="ATHN Recrutement":mailto:recrutement@athn-asso.fr
ATTENDEE;CN="Lina Bouzid";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:l.bouzid@athn-asso.fr
ATTENDEE;CN="Clémence VANDAMME";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Madame VANDAMME\,\n\nNous avons le plaisir de vous confirmer votre 
 entretien de pré-sélection téléphonique avec Lina Bouzid\, assistante RH\, po
 ur le poste : Orthophoniste H/F - ESAT/IME - CDI (Association Tremplin Handic
 ap Nord).\n\nRéf. offre : ATHN-2025-118\n\nCe message a été envoyé via Beetween.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Association Tremplin Handicap Nord",
        role="Orthophoniste H/F - ESAT/IME - CDI",
        stage="recruiter_screen",
        interviewers="l.bouzid@athn-asso.fr",
        trap="acronym-employer-local-ats-tzid-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-utc01-zone",
        uid="040000008200E00074C5B7101A82E0080000000033445566778DC0100000000000000001000000077665544332211009988AABBCCDDEEFF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{UTC01}BEGIN:VEVENT
ORGANIZER;CN="Verstraete, Agathe":mailto:agathe.verstraete@clinique-ste-odile.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Claeys, Bruno (Dr)":mailto:bruno.claeys@clinique-ste-odile.fr
SUMMARY;LANGUAGE=fr-FR:RDV candidature orthophoniste - Dr Claeys / A. Verstraete
DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous avec le Dr Claeys (médecin chef\, SSR neuro-locomoteur) et Agathe Verstraete (cadre de santé). Accueil principal\, demander le secrétariat médical.\n
UID:040000008200E00074C5B7101A82E0080000000033445566778DC0100000000000000001000000077665544332211009988AABBCCDDEEFF
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251118T143000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251118T153000
DTSTAMP:20251112T081500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Clinique Sainte-Odile-des-Flandres\, Hazebrouck
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique Sainte-Odile-des-Flandres",
        role="orthophoniste",
        stage="hiring_manager",
        interviewers="agathe.verstraete@clinique-ste-odile.fr;bruno.claeys@clinique-ste-odile.fr",
        trap="rdv-candidature-wording-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="agency-teams-screen",
        uid="040000008200E00074C5B7101A82E00800000000BEEFCAFE1234DC01000000000000000010000000CAFEBABE00998877665544332211FFEE",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Masquelier, Aurélie":mailto:a.masquelier@sante-rh-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
SUMMARY;LANGUAGE=fr-FR:Santé RH Conseil – échange sur le poste d'orthophoniste – Clinique du Parc Barbieux (Roubaix)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Clémence\,\nJe vous propose un entretien en visio pour faire le point sur votre parcours avant de présenter votre candidature à notre client\, la Clinique du Parc Barbieux (SSR gériatrique et neurologique\, poste en CDI 0\,8 ETP).\nAurélie Masquelier\, consultante recrutement santé\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2FudGVSSA%40thread.v2/0>\nMeeting ID: 372 551 802 113\nPasscode: hT9mQ4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BEEFCAFE1234DC01000000000000000010000000CAFEBABE00998877665544332211FFEE
DTSTART:20251105T170000Z
DTEND:20251105T173000Z
DTSTAMP:20251031T160000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique du Parc Barbieux",
        role="orthophoniste",
        stage="recruiter_screen",
        interviewers="a.masquelier@sante-rh-conseil.fr",
        trap="agency-consultant-names-client-english-teams-boilerplate",
        hiring=False,
    ),
    dict(
        kind="outlook-client-onsite",
        uid="040000008200E00074C5B7101A82E00800000000FACE0FF1CEDC01000000000000000010000000B00B1E5ABCDEF0123456789ABCDEF0123",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Masquelier, Aurélie":mailto:a.masquelier@sante-rh-conseil.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Roussel, Gaëlle (Dr)":mailto:g.roussel@clinique-parcbarbieux.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoste, Benoît":mailto:b.hoste@clinique-parcbarbieux.fr
SUMMARY;LANGUAGE=fr-FR:Entretien Clinique du Parc Barbieux - Dr Roussel - candidate présentée par Santé RH Conseil
DESCRIPTION;LANGUAGE=fr-FR:Clémence\,\nLa clinique souhaite vous rencontrer : entretien avec le Dr Gaëlle Roussel (médecin coordonnateur) et M. Benoît Hoste (directeur des soins). Je ne serai pas présente mais je vous appelle juste après pour le débrief.\nAurélie\n
UID:040000008200E00074C5B7101A82E00800000000FACE0FF1CEDC01000000000000000010000000B00B1E5ABCDEF0123456789ABCDEF0123
DTSTART;TZID=Romance Standard Time:20251113T110000
DTEND;TZID=Romance Standard Time:20251113T120000
DTSTAMP:20251107T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Clinique du Parc Barbieux\, 45 avenue Le Nôtre\, Roubaix
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique du Parc Barbieux",
        role="orthophoniste",
        stage="hiring_manager",
        interviewers="g.roussel@clinique-parcbarbieux.fr;b.hoste@clinique-parcbarbieux.fr",
        trap="agency-organizer-absent-client-interviewers",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-REQ-4471-20251030-CVANDAMME@audilis-medical.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}BEGIN:VEVENT
UID:WD-INTERVIEW-REQ-4471-20251030-CVANDAMME@audilis-medical.example
DTSTAMP:20251024T130000Z
DTSTART;TZID=Europe/Berlin:20251030T100000
DTEND;TZID=Europe/Berlin:20251030T103000
SUMMARY:Interview: Clinical Specialist Cochlear Rehabilitation (m/w/d) – France North – R-4471
ORGANIZER;CN=Audilis Medical Talent Acquisition:mailto:talent@audilis-medical.example
ATTENDEE;CN=Katrin Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.hoffmann@audilis-medical.example
ATTENDEE;CN=Clémence Vandamme;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Dear Clémence\,\n\nThank you for your application for the positio
 n Clinical Specialist Cochlear Rehabilitation (m/w/d) – France North (R-4471
 ). Katrin Hoffmann\, Senior Recruiter (Hannover)\, will call you via Microso
 ft Teams for a first conversation in English.\n\nTime: 10:00–10:30 CET (Berli
 n)\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXVkaWxp%40thread.v2/0\n\nThis is an automated message from Workday.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Audilis Medical",
        role="Clinical Specialist Cochlear Rehabilitation (m/w/d) – France North",
        stage="recruiter_screen",
        interviewers="katrin.hoffmann@audilis-medical.example",
        trap="workday-english-berlin-zone-medtech",
        hiring=False,
    ),
    dict(
        kind="outlook-german",
        uid="040000008200E00074C5B7101A82E00800000000D00DAD00DC0100000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{BERLIN}BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Katrin":mailto:katrin.hoffmann@audilis-medical.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Albrecht, Jens Dr.":mailto:jens.albrecht@audilis-medical.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ramette, Olivier":mailto:olivier.ramette@audilis-medical.example
SUMMARY;LANGUAGE=de-DE:Fachgespräch Clinical Specialist (m/w/d) Frankreich Nord – Frau Vandamme
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Vandamme\,\nwie besprochen laden wir Sie zum Fachgespräch mit Dr. Jens Albrecht (Head of Clinical Affairs) und Olivier Ramette (Regional Manager France) ein. Das Gespräch findet auf Englisch und Französisch statt. Bitte bereiten Sie eine kurze Fallvorstellung (Rehabilitation nach CI-Versorgung\, Erwachsene) vor.\nViele Grüße\nKatrin Hoffmann\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmFjaA%40thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D00DAD00DC0100000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD
DTSTART;TZID=Europe/Berlin:20251112T150000
DTEND;TZID=Europe/Berlin:20251112T160000
DTSTAMP:20251103T071500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Audilis Medical",
        role="Clinical Specialist (m/w/d) Frankreich Nord",
        stage="technical",
        interviewers="jens.albrecht@audilis-medical.example;olivier.ramette@audilis-medical.example",
        trap="german-fachgesprach-recruiter-organizer-case-presentation",
        hiring=False,
    ),
]
