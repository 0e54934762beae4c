# ruff: noqa: E501, W291, W293, RUF100
"""holdout264 events, part C: the user's own interviews (internal, CRA, English school, research, groups)."""

from holdout264ev_zones import PARIS, ROMANCE

EVENTS = [
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000001234FEDC5678DC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dumortier, Hélène":mailto:h.dumortier@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pollet, Arnaud":mailto:a.pollet@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Candidature interne – coordination du pôle bilans (nouveau centre de dépistage)
DESCRIPTION;LANGUAGE=fr-FR:Clémence\,\nComme annoncé en réunion d'associés\, nous recrutons la coordinatrice salariée du futur pôle bilans / centre de dépistage des troubles du neurodéveloppement (plateforme PCO). Tu as posé ta candidature : Arnaud et moi te recevons comme les candidates externes\, avec la même grille. Prépare une présentation de ton projet d'organisation (10 min).\nHélène\n
UID:040000008200E00074C5B7101A82E008000000001234FEDC5678DC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
DTSTART;TZID=Romance Standard Time:20251209T123000
DTEND;TZID=Romance Standard Time:20251209T133000
DTSTAMP:20251201T190000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet - bureau d'Hélène
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cabinet Ortho Vauban",
        role="coordination du pôle bilans",
        stage="hiring_manager",
        interviewers="h.dumortier@cabinet-ortho-vauban.fr;a.pollet@cabinet-ortho-vauban.fr",
        trap="internal-application-own-employer-work-address",
        hiring=False,
    ),
    dict(
        kind="talentsoft-invite",
        uid="TS-CRAF-2025-ORTHO-TSA-0089-ENT1",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cegid//Talentsoft Recruiting//FR
VERSION:2.0
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
UID:TS-CRAF-2025-ORTHO-TSA-0089-ENT1
SEQUENCE:0
DTSTAMP:20251117T100200Z
DTSTART;TZID=Europe/Paris:20251124T103000
DTEND;TZID=Europe/Paris:20251124T113000
SUMMARY:Convocation entretien – Orthophoniste – Centre Ressources Autisme des Flandres (CDD 12 mois)
ORGANIZER;CN=CRA des Flandres - Recrutement:mailto:recrutement.cra@cra-flandres.fr
ATTENDEE;CN=Clémence Vandamme;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clemence.vandamme@free.fr
ATTENDEE;CN=Dr Claire Bouchez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.bouchez@cra-flandres.fr
ATTENDEE;CN=Rémi Lecomte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:remi.lecomte@cra-flandres.fr
DESCRIPTION:Madame\,\nNous vous convions à un entretien pour le poste d'ortho
 phoniste au sein de l'équipe diagnostic (évaluations TSA enfants et adultes).
  Jury : Dr Claire Bouchez\, psychiatre coordinatrice\, et M. Rémi Lecomte\, ps
 ychologue\, cadre de l'équipe.\n\nMessage automatique – ne pas répondre.
LOCATION:CRA des Flandres\, 2 rue du Pont-Neuf\, Lille
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Ressources Autisme des Flandres",
        role="Orthophoniste",
        stage="hiring_manager",
        interviewers="claire.bouchez@cra-flandres.fr;remi.lecomte@cra-flandres.fr",
        trap="convocation-wording-cdd-ats",
        hiring=False,
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="c8a1f0e2-4b3d-4e6f-9a7b-1c2d3e4f5a6b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251127T081000Z
LAST-MODIFIED:20251127T081100Z
DTSTAMP:20251127T081100Z
UID:c8a1f0e2-4b3d-4e6f-9a7b-1c2d3e4f5a6b
SUMMARY:CRA - 2e tour : ADOS-2 en binôme (observation) + débrief Rémi Lecomte
DTSTART:20251203T133000
DTEND:20251203T170000
DESCRIPTION:c'est leur "étape pratique" du recrutement : je cote en parallèle
  et on compare. Amener ma grille ADI-R perso ? non. Juste stylo + chrono.
LOCATION:CRA Lille
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Ressources Autisme des Flandres",
        role="",
        stage="technical",
        interviewers="Rémi Lecomte",
        trap="observation-with-scoring-user-is-candidate-floating",
        hiring=False,
    ),
    dict(
        kind="teams-rescheduled",
        uid="040000008200E00074C5B7101A82E0080000000056781234ABCDDC010000000000000000100000000A0B0C0D0E0F101112131415161718191A",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Caudron, Valérie":mailto:v.caudron@helio-stella.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ledoux, Pierre-Yves (Dr)":mailto:py.ledoux@helio-stella.fr
SUMMARY;LANGUAGE=fr-FR:Mis à jour : Entretien orthophoniste SSR pédiatrique - nouvel horaire
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\nNous devons décaler notre entretien d'une heure (staff médical prolongé). Même lien Teams.\nValérie Caudron\, cadre de santé – Centre Hélio-Marin de Stella\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_U3RlbGxh%40thread.v2/0\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000056781234ABCDDC010000000000000000100000000A0B0C0D0E0F101112131415161718191A
DTSTART;TZID=Romance Standard Time:20251120T150000
DTEND;TZID=Romance Standard Time:20251120T154500
DTSTAMP:20251119T170000Z
SEQUENCE:1
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MS-OLK-ORIGINALSTART:20251120T140000
X-MS-OLK-ORIGINALEND:20251120T144500
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Hélio-Marin de Stella",
        role="orthophoniste SSR pédiatrique",
        stage="hiring_manager",
        interviewers="v.caudron@helio-stella.fr;py.ledoux@helio-stella.fr",
        trap="rescheduled-sequence-1-mis-a-jour-prefix",
        hiring=False,
    ),
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDC01000000000000000010000000CCCC2222DDDD3333EEEE4444FFFF5555",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Bureau du recrutement - CH Sainte-Marthe":mailto:recrutement@ch-saintemarthe-compiegne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Guérin, Laetitia":mailto:l.guerin@ch-saintemarthe-compiegne.fr
SUMMARY;LANGUAGE=fr-FR:Pré-qualification téléphonique - Orthophoniste ORL/oncologie (H/F)
DESCRIPTION;LANGUAGE=fr-FR:Mme Guérin\, chargée de recrutement\, vous appellera pour un premier échange (15-20 min) : disponibilités\, mobilité (Compiègne)\, prétentions\, expérience post-laryngectomie.\n
UID:040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDC01000000000000000010000000CCCC2222DDDD3333EEEE4444FFFF5555
DTSTART;TZID=Romance Standard Time:20251023T091500
DTEND;TZID=Romance Standard Time:20251023T093500
DTSTAMP:20251020T101500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Appel téléphonique
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Hospitalier Sainte-Marthe",
        role="Orthophoniste ORL/oncologie (H/F)",
        stage="recruiter_screen",
        interviewers="l.guerin@ch-saintemarthe-compiegne.fr",
        trap="pre-qualification-wording-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="indeed-interview",
        uid="indeed-itw-2f8e71a0c4b3@indeed-interviews.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-itw-2f8e71a0c4b3@indeed-interviews.example
DTSTAMP:20251108T120000Z
DTSTART:20251114T100000Z
DTEND:20251114T103000Z
SUMMARY:Entretien avec Clinique Les Peupliers pour le poste Orthophoniste (F/H)
ORGANIZER;CN=Indeed Interview:mailto:invitations@indeed-interviews.example
ATTENDEE;CN=Sébastien Duhamel;ROLE=CHAIR:mailto:s.duhamel@clinique-lespeupliers.fr
ATTENDEE;CN=Clémence Vandamme;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Votre entretien vidéo avec Sébastien Duhamel (responsable RH\, Cli
 nique Les Peupliers) pour le poste Orthophoniste (F/H) – Villeneuve-d'Ascq.\n
 \nRejoindre l'entretien : https://interview.indeed-interviews.example/j/2f8e71
 a0c4b3\nAucun téléchargement nécessaire.\n\nIndeed Interview
LOCATION:Indeed Interview (vidéo)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique Les Peupliers",
        role="Orthophoniste (F/H)",
        stage="recruiter_screen",
        interviewers="s.duhamel@clinique-lespeupliers.fr",
        trap="job-board-video-interview-tool",
        hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTSCHED-2025-0042291-SSRACACIAS",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-2025-0042291-SSRACACIAS
DTSTAMP:20251030T080000Z
DTSTART:20251106T130000Z
DTEND:20251106T140000Z
SUMMARY:Interview Scheduling : Orthophoniste H/F - SSR Les Acacias (Req 42291)
ORGANIZER;CN=Mutuelle Solidaire du Nord - Recrutement:mailto:noreply-recrutement@msn-mutuelle.example
ATTENDEE;CN=Clémence Vandamme;RSVP=TRUE:mailto:clemence.vandamme@free.fr
ATTENDEE;CN=Corinne Mahieu;PARTSTAT=ACCEPTED:mailto:corinne.mahieu@msn-mutuelle.example
ATTENDEE;CN=Dr Hervé Lecat;PARTSTAT=ACCEPTED:mailto:herve.lecat@msn-mutuelle.example
DESCRIPTION:Bonjour Clémence\,\n\nVotre créneau d'entretien est confirmé.\nPo
 ste : Orthophoniste H/F - SSR Les Acacias (Req 42291)\nIntervenants : Corinne
  Mahieu (directrice de l'établissement)\, Dr Hervé Lecat (médecin MPR)\nLieu 
 : SSR Les Acacias\, 120 route de Douai\, Seclin\n\nCe message a été généré a
 utomatiquement par SAP SuccessFactors.
LOCATION:SSR Les Acacias\, Seclin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SSR Les Acacias",
        role="Orthophoniste H/F",
        stage="hiring_manager",
        interviewers="corinne.mahieu@msn-mutuelle.example;herve.lecat@msn-mutuelle.example",
        trap="successfactors-parent-mutual-organizer",
        hiring=False,
    ),
    dict(
        kind="google-invite-english",
        uid="4nq8r2t6v0x4z8b2d6f0h4j8l2@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251201T153000Z
DTEND:20251201T163000Z
DTSTAMP:20251124T092011Z
ORGANIZER;CN=Fiona McAllister:mailto:f.mcallister@lille-intl-school.example
UID:4nq8r2t6v0x4z8b2d6f0h4j8l2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fiona McAllister;X-NUM-GUESTS=0:mailto:f.mcallister@lille-intl-school.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=HR Office LIS;X-NUM-GUESTS=0:mailto:hr@lille-intl-school.example
DESCRIPTION:Dear Clémence\,\n\nThank you for your application for the Speech a
 nd Language Therapist (bilingual FR/EN) post in our Learning Support departm
 ent. I would be delighted to meet you at school. We will talk about your ca
 seload experience\, working with teachers and IEPs\, and safeguarding.\n\nKind
  regards\,\nFiona McAllister\nHead of Learning Support\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this courtesy email at the account clemence.vandamme@free.fr because you are an attendee of this event.
LOCATION:Lille International School\, Secondary building\, room S12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Speech and Language Therapist (bilingual) – Learning Support
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lille International School",
        role="Speech and Language Therapist (bilingual FR/EN)",
        stage="hiring_manager",
        interviewers="f.mcallister@lille-intl-school.example",
        trap="english-school-hr-mailbox-optional-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="google-invite-english",
        uid="8pq2rs4tu6vw8xy0za2bc4de6f@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251211T080000Z
DTEND:20251211T110000Z
DTSTAMP:20251203T170000Z
ORGANIZER;CN=Fiona McAllister:mailto:f.mcallister@lille-intl-school.example
UID:8pq2rs4tu6vw8xy0za2bc4de6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fiona McAllister;X-NUM-GUESTS=0:mailto:f.mcallister@lille-intl-school.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mark Delaney;X-NUM-GUESTS=0:mailto:m.delaney@lille-intl-school.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Final stage: you will observe a Year 3 class (9:00-9:45)\, run a 
 short screening session with a volunteer pupil (parental consent obtained)\,
  then meet our Principal\, Mark Delaney\, with me (11:00-12:00).\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Lille International School
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final stage – classroom observation + meeting with Principal (SLT post)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lille International School",
        role="SLT post",
        stage="final",
        interviewers="f.mcallister@lille-intl-school.example;m.delaney@lille-intl-school.example",
        trap="english-final-observation-user-observes-class",
        hiring=False,
    ),
    dict(
        kind="zimbra-university",
        uid="7e1c5a93-0b2f-4d8e-a6c4-3f9b1d7e5c20@univ-lillemetropole.example",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:Zimbra-Calendar-Provider
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
UID:7e1c5a93-0b2f-4d8e-a6c4-3f9b1d7e5c20@univ-lillemetropole.example
SUMMARY:Audition CDD ingénieur·e d'études – orthophoniste (projet ANR DYSPAR) – Mme VANDAMME
ATTENDEE;CN=Clémence VANDAMME;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
ATTENDEE;CN=Nicolas Vandenbussche;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nicolas.vandenbussche@univ-lillemetropole.example
ATTENDEE;CN=Marion Tessier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marion.tessier@univ-lillemetropole.example
ORGANIZER;CN=Gestion RH - Laboratoire Parole & Cognition:mailto:rh-plc@univ-lillemetropole.example
DESCRIPTION:Madame\,\n\nVous êtes convoquée à une audition devant le comité d
 e sélection (N. Vandenbussche\, MCF\, porteur du projet\; M. Tessier\, orthoph
 oniste-chercheuse). Présentation de 10 minutes de votre expérience en évalu
 ation de la parole dysarthrique\, suivie de 20 minutes de questions.\n\nBât. B
 5\, campus Pont-de-Bois\, salle 1.14.\n
DTSTART;TZID=Europe/Paris:20251208T140000
DTEND;TZID=Europe/Paris:20251208T143000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LOCATION:Bât. B5\, salle 1.14
DTSTAMP:20251126T150000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Laboratoire Parole & Cognition",
        role="ingénieur·e d'études – orthophoniste (projet ANR DYSPAR)",
        stage="onsite",
        interviewers="nicolas.vandenbussche@univ-lillemetropole.example;marion.tessier@univ-lillemetropole.example",
        trap="research-lab-audition-comite-de-selection",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000CLAIRVAL01DC010000000000000000100000001357924680ACE13579BDF02468ACE13579",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Talent Acquisition Clairval Santé";SENT-BY="mailto:justine.roy@clairval-sante.example":mailto:talents@clairval-sante.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Roy, Justine":mailto:justine.roy@clairval-sante.example
SUMMARY;LANGUAGE=fr-FR:Premier échange – Orthophoniste H/F – Clinique SMR Clairval Lille-Hellemmes
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Clémence\,\nSuite à votre candidature via notre site carrières\, je vous propose un premier échange de 20 minutes sur Teams.\nJustine Roy\, chargée d'acquisition de talents – Groupe Clairval Santé\n________________________________________________________________________________\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2xhaXJ2YWw%40thread.v2/0\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000CLAIRVAL01DC010000000000000000100000001357924680ACE13579BDF02468ACE13579
DTSTART;TZID=W. Europe Standard Time:20251027T113000
DTEND;TZID=W. Europe Standard Time:20251027T115000
DTSTAMP:20251022T140000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Clairval Santé",
        role="Orthophoniste H/F",
        stage="recruiter_screen",
        interviewers="justine.roy@clairval-sante.example",
        trap="group-talent-mailbox-sent-by-smr-renamed-ssr",
        hiring=False,
    ),
    dict(
        kind="outlook-final",
        uid="040000008200E00074C5B7101A82E00800000000CLAIRVAL02DC01000000000000000010000000246813579BDFACE0246813579BDFACE02",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Roy, Justine":mailto:justine.roy@clairval-sante.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Beaucamp, Sophie (Directrice régionale)":mailto:sophie.beaucamp@clairval-sante.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kaci, Yanis (Directeur SMR Hellemmes)":mailto:yanis.kaci@clairval-sante.example
SUMMARY;LANGUAGE=fr-FR:Entretien final - Orthophoniste SMR Hellemmes - C. Vandamme
DESCRIPTION;LANGUAGE=fr-FR:Dernière étape du processus : rencontre avec Sophie Beaucamp (directrice régionale Hauts-de-France) et Yanis Kaci (directeur de l'établissement). Proposition salariale et date de démarrage pourront être abordées.\n
UID:040000008200E00074C5B7101A82E00800000000CLAIRVAL02DC01000000000000000010000000246813579BDFACE0246813579BDFACE02
DTSTART;TZID=Romance Standard Time:20251118T090000
DTEND;TZID=Romance Standard Time:20251118T100000
DTSTAMP:20251110T083000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Clinique SMR Clairval\, Hellemmes - salle de direction
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Clairval Santé",
        role="Orthophoniste SMR Hellemmes",
        stage="final",
        interviewers="sophie.beaucamp@clairval-sante.example;yanis.kaci@clairval-sante.example",
        trap="final-recruiter-organizer-not-present",
        hiring=False,
    ),
    dict(
        kind="ios-typos",
        uid="3D5F7A9B-2C4E-4F6A-8B0C-D2E4F6A8B0C2",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.7//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251114T075300Z
DTSTAMP:20251114T075320Z
DTSTART;TZID=Europe/Paris:20251121T140000
DTEND;TZID=Europe/Paris:20251121T150000
LAST-MODIFIED:20251114T075320Z
SUMMARY:IME lilas entretien!! 
DESCRIPTION:rappeler si retard. cv + diplome + lettre. pas oublier attestation ordre/ADELI
LOCATION:IME Les Lilas Armentieres
UID:3D5F7A9B-2C4E-4F6A-8B0C-D2E4F6A8B0C2
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="IME Les Lilas",
        role="",
        stage="",
        interviewers="",
        trap="ios-terse-no-attendees-trailing-space-unclear-stage",
        hiring=False,
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{PARIS}BEGIN:VEVENT
CREATED:20251201T202000Z
LAST-MODIFIED:20251201T202100Z
DTSTAMP:20251201T202100Z
UID:e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170
SUMMARY:Rencontre titulaires Trois Tilleuls (assistanat 3j/sem)
DTSTART;TZID=Europe/Paris:20251210T183000
DTEND;TZID=Europe/Paris:20251210T193000
LOCATION:Cabinet Les Trois Tilleuls\, Marcq-en-Barœul
DESCRIPTION:Agnès Morel et Bruno Thery. annonce FNO. ils veulent qq1 formé
  oralité/TSA. Parler rétrocession (30%?) et reprise progressive de patientèle.
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cabinet Les Trois Tilleuls",
        role="assistanat",
        stage="hiring_manager",
        interviewers="Agnès Morel;Bruno Thery",
        trap="rencontre-titulaires-assistanat-names-only",
        hiring=False,
    ),
    dict(
        kind="google-export-hand-typed",
        uid="1zx3cv5bn7m9as1df3gh5jk7lq@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:clemence.vandamme@free.fr
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251217T110000
DTEND;TZID=Europe/Paris:20251217T120000
DTSTAMP:20251220T100000Z
UID:1zx3cv5bn7m9as1df3gh5jk7lq@google.com
CREATED:20251211T120000Z
DESCRIPTION:Annonce URPS HdF « orthophoniste salariée – CH de la Deûle (pédi
 atrie + ORL) ». Reçue par Mme Kerbrat (cadre sup. rééducation). Bât. A\, RDC.
LAST-MODIFIED:20251211T120100Z
LOCATION:Centre Hospitalier de la Deûle\, Haubourdin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien CH Deûle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Hospitalier de la Deûle",
        role="orthophoniste salariée",
        stage="hiring_manager",
        interviewers="Mme Kerbrat",
        trap="google-export-terse-title-urps-board",
        hiring=False,
    ),
]
