# ruff: noqa: E501, W291
"""holdout246 events, part D: other negatives (school life, personal, mock/prep, press, family, referee)."""
from holdout246ev_zones import GOOGLE_EN, GOOGLE_ES, GOOGLE_FR, MADRID, PARIS, ROMANCE, TEAMS_FR, WEUROPE

FORMS = {}
W = "karim.haddad@ac-montpellier.fr"
P = "karim.haddad34@laposte.net"


def ev(kind, uid, ics, trap):
    assert not trap.startswith("user-as-interviewer-")
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="",
                interviewers="", trap=trap, hiring=False)


def zimbra(uid, summary, start, end, desc, location="", attendees="", organizer=W):
    return f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:{uid}
SUMMARY:{summary}
{attendees}ORGANIZER;CN=HADDAD Karim:mailto:{organizer}
DTSTART;TZID="Europe/Paris":{start}
DTEND;TZID="Europe/Paris":{end}
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:{location}
DTSTAMP:20260105T080000Z
SEQUENCE:0
DESCRIPTION:{desc}
END:VEVENT
END:VCALENDAR
"""


def typed(uid, summary, start, end, desc="", prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", loc=""):
    d = f"DESCRIPTION:{desc}\n" if desc else ""
    where = f"LOCATION:{loc}\n" if loc else ""
    return f"""BEGIN:VCALENDAR
PRODID:{prodid}
VERSION:2.0
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260110T200000Z
SUMMARY:{summary}
DTSTART{start}
DTEND{end}
{d}{where}END:VEVENT
END:VCALENDAR
"""


EVENTS = [
ev("zimbra-invite", "0a1b2c3d-entretien-famille-benali@ac-montpellier.fr", zimbra(
    "0a1b2c3d-entretien-famille-benali@ac-montpellier.fr",
    "Entretien avec M. et Mme Benali (Yanis\\, 2nde 4) - absentéisme",
    "20260115T173000", "20260115T181500",
    "Entretien famille suite à 14 demi-journées d'absence non justifiées. Présen\n ts : professeure principale Mme Roux\\, assistante sociale. Signalement DSDEN\n  à envisager.",
    "Bureau CPE",
    "ATTENDEE;CN=ROUX Aurélie;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aurelie.roux@ac-montpellier.fr\n"),
   "parent-meeting-entretien-famille"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000CDD0LR0STMG2DC0100000000000000001000000101", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Mercadier, Françoise":mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Salle du conseil d'administration:mailto:salle.ca.delmas@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Conseil de discipline - élève L. R. (1re STMG 2).\\nC
 onvocations envoyées (famille\\, membres élus\\, témoins). Le CPE présente le ra
 pport de situation. Audition de l'élève et de son représentant à 17h15.\\n
UID:040000008200E00074C5B7101A82E00800000000CDD0LR0STMG2DC0100000000000000001000000101
SUMMARY;LANGUAGE=fr-FR:Conseil de discipline - L. R. (1STMG2)
DTSTART;TZID=Romance Standard Time:20260205T170000
DTEND;TZID=Romance Standard Time:20260205T190000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260122T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du conseil d'administration
END:VEVENT
END:VCALENDAR
""", "disciplinary-hearing-audition-convocation"),

ev("zimbra-invite", "1b2c3d4e-conseil-classe-2nde4-t2@ac-montpellier.fr", zimbra(
    "1b2c3d4e-conseil-classe-2nde4-t2@ac-montpellier.fr",
    "Conseil de classe 2nde 4 - T2",
    "20260310T180000", "20260310T191500",
    "Bilan vie scolaire : absences\\, retards\\, punitions. Délégués + parents él\n us.",
    "Salle B12", organizer="francoise.mercadier@ac-montpellier.fr"),
   "class-council-routine"),

ev("zimbra-invite", "2c3d4e5f-rdv-carriere-haddad@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:2c3d4e5f-rdv-carriere-haddad@ac-montpellier.fr
SUMMARY:Rendez-vous de carrière (PPCR) - M. HADDAD Karim - inspection + entretiens
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=MERCADIER Françoise;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:francoise.mercadier@ac-montpellier.fr
ORGANIZER;CN=CAMBON Élisabeth:mailto:elisabeth.cambon@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260324T083000
DTEND;TZID="Europe/Paris":20260324T120000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Lycée Jean-Baptiste-Delmas
DTSTAMP:20260217T090000Z
SEQUENCE:0
DESCRIPTION:Rendez-vous de carrière (3e échelon de la hors-classe) : observatio
 n en situation\\, entretien avec l'IA-IPR EVS puis entretien avec la cheffe d'
 établissement. Document de référence de l'entretien à transmettre 8 jours avan
 t.
END:VEVENT
END:VCALENDAR
""", "career-review-ppcr-entretiens-not-job"),

ev("zimbra-invite", "3d4e5f6a-accueil-nouvel-eleve@ac-montpellier.fr", zimbra(
    "3d4e5f6a-accueil-nouvel-eleve@ac-montpellier.fr",
    "Entretien d'accueil - nouvel élève (arrivée Lyon) + famille",
    "20260112T081500", "20260112T090000",
    "Inscription en 1re G3\\, règlement intérieur\\, carte de self\\, présentation AE\n D référent.", "Bureau CPE"),
   "pupil-welcome-entretien"),

ev("doctolib-booking", "doctolib-rdv-77312094@doctolib.fr", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-rdv-77312094@doctolib.fr
DTSTAMP:20260114T190012Z
DTSTART:20260121T171500Z
DTEND:20260121T174500Z
SUMMARY:RDV Masseur-kinésithérapeute - M. Aubertin Clément
LOCATION:Cabinet de kinésithérapie des Arceaux\\, 24 boulevard des Arceaux\\, Montpellier
DESCRIPTION:Motif : séance de rééducation (genou)\\nPensez à apporter votre carte
  Vitale et votre ordonnance.\\nGérer le rendez-vous : https://www.doctolib.fr/ac
 count/appointments
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "medical-appointment-booking-tool"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000BANQ0PRET0RELAISDC0100000000000000001000000102", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Delpech, Aurore":mailto:aurore.delpech@banque-occitane-exemple.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=KARIM HADDAD:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Haddad\\, je vous confirme notre entretie
 n pour étudier votre projet (prêt relais en cas de mutation). Merci d'apporter
  vos 3 derniers bulletins de salaire et votre avis d'imposition.\\n
UID:040000008200E00074C5B7101A82E00800000000BANQ0PRET0RELAISDC0100000000000000001000000102
SUMMARY;LANGUAGE=fr-FR:Entretien conseiller - projet immobilier / prêt relais
DTSTART;TZID=W. Europe Standard Time:20260131T093000
DTEND;TZID=W. Europe Standard Time:20260131T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260120T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Agence Comédie
END:VEVENT
END:VCALENDAR
""", "bank-entretien-mutation-mentioned"),

ev("google-invite", "6za8xs0cd2vf4bg6nh8mj0kl2p@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260220T100000
DTEND;TZID=Europe/Madrid:20260220T104500
DTSTAMP:20260210T093000Z
ORGANIZER;CN=Admisiones Colegio Alameda:mailto:admisiones@colegioalameda.es
UID:6za8xs0cd2vf4bg6nh8mj0kl2p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260210T092900Z
DESCRIPTION:Entrevista de admisión para Inès Haddad (4º ESO\\, curso 2026-27) 
 con la familia. Traer boletín de notas del último curso y libro de familia.{GOOGLE_ES.format(code="adm-qzxw-ert")}
LAST-MODIFIED:20260210T093000Z
LOCATION:Colegio Internacional Alameda - Admisiones
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión - Inès Haddad (4º ESO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "daughter-school-admission-entrevista-same-employer-as-application"),

ev("zimbra-invite", "4e5f6a7b-oral-blanc-perdir@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:4e5f6a7b-oral-blanc-perdir@ac-montpellier.fr
SUMMARY:Oral blanc concours perdir - jury fictif (K. Haddad candidat)
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ATTENDEE;CN=DAUMAS Philippe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:philippe.daumas@ac-montpellier.fr
ORGANIZER;CN=ROUX Véronique (EAFC):mailto:veronique.roux@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260429T140000
DTEND;TZID="Europe/Paris":20260429T150000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:EAFC - site Boutonnet\\, salle 5
DTSTAMP:20260415T100000Z
SEQUENCE:0
DESCRIPTION:Préparation au concours : oral blanc en conditions réelles (10 min
  d'exposé + 50 min d'entretien avec le jury fictif) puis retour de 20 min.
END:VEVENT
END:VCALENDAR
""", "mock-oral-perdir-user-as-candidate"),

ev("webinar-invite", "webinaire-aefe-entretien-2026-01@livestorm.co", """BEGIN:VCALENDAR
PRODID:-//Livestorm//Livestorm Events//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinaire-aefe-entretien-2026-01@livestorm.co
DTSTAMP:20251215T100000Z
DTSTART:20260107T170000Z
DTEND:20260107T183000Z
SUMMARY:Webinaire : réussir son entretien de recrutement dans le réseau de l'enseignement français à l'étranger
DESCRIPTION:Organisé par l'association Profs du Monde. Au programme : le calend
 rier des recrutements (résidents\\, détachés directs\\, contrats locaux)\\, les
  questions fréquentes des proviseurs\\, témoignages.\\nLien : https://app.livest
 orm.co/profs-du-monde/reussir-son-entretien
LOCATION:En ligne
END:VEVENT
END:VCALENDAR
""", "webinar-about-interviewing-abroad"),

ev("outlook-recurring", "040000008200E00074C5B7101A82E00800000000EAFC0PREPA0PERDIRDC0100000000000000001000000103", f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000EAFC0PREPA0PERDIRDC0100000000000000001000000103
SUMMARY;LANGUAGE=fr-FR:Formation EAFC - préparation à l'oral du concours perdir (l'entretien avec le jury)
DTSTART;TZID=Romance Standard Time:20260311T140000
DTEND;TZID=Romance Standard Time:20260311T170000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4
ORGANIZER;CN="EAFC Montpellier":mailto:eafc.inscriptions@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Module 3 du parcours de préparation : l'entretien 
 avec le jury\\, postures\\, mises en situation entre stagiaires.\\n
LOCATION;LANGUAGE=fr-FR:EAFC - site Boutonnet
DTSTAMP:20260225T080000Z
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000EAFC0PREPA0PERDIRDC0100000000000000001000000103
RECURRENCE-ID;TZID=Romance Standard Time:20260325T140000
SUMMARY;LANGUAGE=fr-FR:Formation EAFC - préparation à l'oral du concours perdir - ANNULÉE (grève)
DTSTART;TZID=Romance Standard Time:20260325T140000
DTEND;TZID=Romance Standard Time:20260325T170000
STATUS:CANCELLED
DTSTAMP:20260320T080000Z
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "training-class-on-interviews-recurring-cancelled-instance"),

ev("google-invite", "7ra9se1tf3ug5vh7wi9xj1yk3z@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260203T081000
DTEND;TZID=Europe/Paris:20260203T082500
DTSTAMP:20260129T160000Z
ORGANIZER;CN=Radio Garrigue FM - rédaction:mailto:redaction@radiogarrigue-fm.fr
UID:7ra9se1tf3ug5vh7wi9xj1yk3z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad@ac-montpellier.fr;X-NUM-GUESTS=0:mailto:karim.haddad@ac-
 montpellier.fr
CREATED:20260129T155900Z
DESCRIPTION:Interview en direct dans la matinale (journée nationale contre le
  harcèlement) : le rôle du CPE\\, le protocole pHARe. Appel au 04 67 00 12 98 à 
 8h05. Accord de la proviseure obtenu.{GOOGLE_FR.format(code="rgf-mtnl-hrc")}
LAST-MODIFIED:20260129T160000Z
LOCATION:Par téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview radio - matinale - harcèlement scolaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "press-radio-interview"),

ev("zoom-invite", "ZOOM91234500876-these-cpe", """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260115T120000Z
DTSTART:20260127T160000Z
DTEND:20260127T173000Z
SUMMARY:Entretien de recherche - thèse « Le métier de CPE à l'épreuve du climat scolaire »
UID:ZOOM91234500876-these-cpe
DESCRIPTION:Camille Ortiz vous invite à une réunion Zoom planifiée.\\nEntreti
 en semi-directif enregistré (avec votre accord\\, anonymisé) dans le cadre de 
 ma thèse en sciences de l'éducation. Durée 1h30.\\nhttps://univ-exemple.zoom.u
 s/j/91234500876\\n
LOCATION:https://univ-exemple.zoom.us/j/91234500876
ORGANIZER;CN=Camille Ortiz:mailto:camille.ortiz@doctorants.univ-exemple.fr
END:VEVENT
END:VCALENDAR
""", "research-interview-user-as-interviewee"),

ev("ios-typed", "8C7B6A59-4837-4261-9F0E-D1C2B3A49586", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260106T121500Z
DTEND:20260109T190000
DTSTAMP:20260106T121530Z
DTSTART:20260109T181500
LOCATION:Visio WhatsApp
SEQUENCE:0
SUMMARY:Café virtuel Julien Amat (CPE au lycée fr de Madrid) - infos poste + vie à Madrid
DESCRIPTION:Il connaît le proviseur\\, demander ambiance\\, logement\\, écoles p
 our Inès.
TRANSP:OPAQUE
UID:8C7B6A59-4837-4261-9F0E-D1C2B3A49586
END:VEVENT
END:VCALENDAR
""", "informational-coffee-insider-at-target-school"),

ev("all-day-typed", "forum-emploi-public-2026@karim-perso", typed(
    "forum-emploi-public-2026@karim-perso",
    "Forum de l'emploi public Occitanie (stands collectivités + AEFE) - Parc expo",
    ";VALUE=DATE:20260207", ";VALUE=DATE:20260208",
    "Apporter 10 CV. Passer voir CDG\\, ville de St Clément\\, stand AEFE.",
    loc="Parc des expositions"),
   "job-fair-names-employers"),

ev("thunderbird-typed", "5f6a7b8c-appel-reference-sonia", typed(
    "5f6a7b8c-appel-reference-sonia",
    "Appel référence : Sonia Mercier (ex-AED) - DRH Ville de Lattes-les-Pins m'appelle",
    ":20260212T123000", ":20260212T124500",
    "Sonia candidate animatrice jeunesse. Parler fiabilité\\, relation aux élèves."),
   "reference-call-user-as-referee"),

ev("google-export", "9q8w7e6r5t4y@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Karim perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260114T200000
DTEND;TZID=Europe/Paris:20260114T220000
DTSTAMP:20260301T081500Z
UID:9q8w7e6r5t4y@google.com
CREATED:20260110T101010Z
DESCRIPTION:Relire projet d'établissement LFJR + rapport AEFE\\, préparer 3 ex
 emples (harcèlement\\, internat\\, conseil de discipline)\\, questions à poser.
LAST-MODIFIED:20260110T101010Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prépa entretien Madrid (demain 17h30)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "prep-block-before-real-interview"),

ev("ios-typed", "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260302T161000Z
DTEND;VALUE=DATE:20260304
DTSTAMP:20260302T161010Z
DTSTART;VALUE=DATE:20260303
SEQUENCE:0
SUMMARY:Mail de remerciement jury St Clément (Mme Lamarque + DGS)
TRANSP:TRANSPARENT
UID:2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901
END:VEVENT
END:VCALENDAR
""", "thank-you-reminder-after-jury"),

ev("google-invite", "3vb5nm7qw9er1ty3ui5op7as9d@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260409T123000
DTEND;TZID=Europe/Paris:20260409T130000
DTSTAMP:20260403T100000Z
ORGANIZER;CN=Julien Marceau:mailto:julien.marceau@taleneo-education.fr
UID:3vb5nm7qw9er1ty3ui5op7as9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260403T095900Z
DESCRIPTION:Bonjour Karim\\, j'ai une nouvelle mission confidentielle (directio
 n de la vie scolaire d'un groupe scolaire privé sous contrat dans le Gard\\, 2 
 sites). Je ne peux pas encore vous donner le nom de l'établissement ; échange
 ons sur vos attentes.{GOOGLE_FR.format(code="cnf-mssn-gard")}
LAST-MODIFIED:20260403T100000Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange - opportunité confidentielle direction vie scolaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "recruiter-names-no-employer-yet"),

ev("google-export", "1a2s3d4f5g6h@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Haddad
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260226T140000
DTEND;TZID=Europe/Paris:20260226T153000
DTSTAMP:20260301T081500Z
UID:1a2s3d4f5g6h@google.com
CREATED:20260220T210000Z
DESCRIPTION:Leïla a son entretien d'embauche à la clinique du Parc (poste IDE
  de nuit). Karim récupère les enfants à 16h30 !
LAST-MODIFIED:20260220T210000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien d'embauche Leïla (clinique)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "spouse-job-interview-family-calendar"),

ev("ios-typed", "6E7F8091-A2B3-44C5-86D7-E8F9A0B1C2D3", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260315T090000Z
DTEND;TZID=Europe/Paris:20260408T103000
DTSTAMP:20260315T090010Z
DTSTART;TZID=Europe/Paris:20260408T100000
LOCATION:Visio
SEQUENCE:0
SUMMARY:Nassim - entretien de motivation BTS (Parcoursup)
DESCRIPTION:Lien dans son mail. Vérifier qu'il a sa webcam.
TRANSP:OPAQUE
UID:6E7F8091-A2B3-44C5-86D7-E8F9A0B1C2D3
END:VEVENT
END:VCALENDAR
""", "son-admission-interview"),

ev("zimbra-invite", "6a7b8c9d-cesc-t2@ac-montpellier.fr", zimbra(
    "6a7b8c9d-cesc-t2@ac-montpellier.fr",
    "CESCE - comité d'éducation à la santé\\, à la citoyenneté et à l'environnement",
    "20260203T163000", "20260203T180000",
    "Ordre du jour : bilan ambassadeurs pHARe\\, semaine prévention conduites addi\n ctives\\, éco-délégués.", "Salle du CA"),
   "school-committee-routine"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000POINT0ANNUEL0CPEDC0100000000000000001000000104", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mercadier, Françoise":mailto:francoise.mercadier@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
DESCRIPTION;LANGUAGE=fr-FR:Bilan de mi-année : lettre de mission du CPE\\, organ
 isation du service AED\\, préparation de la rentrée (et tes projets de mobilité
 \\, on en parle).\\n
UID:040000008200E00074C5B7101A82E00800000000POINT0ANNUEL0CPEDC0100000000000000001000000104
SUMMARY;LANGUAGE=fr-FR:Point proviseure / CPE - bilan de mi-année
DTSTART;TZID=W. Europe Standard Time:20260129T120000
DTEND;TZID=W. Europe Standard Time:20260129T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de la proviseure
END:VEVENT
END:VCALENDAR
""", "boss-one-to-one-mentions-mobility"),

ev("zimbra-invite", "7b8c9d0e-commission-educative-mt@ac-montpellier.fr", zimbra(
    "7b8c9d0e-commission-educative-mt@ac-montpellier.fr",
    "Commission éducative - élève M. T. (2nde 1) - audition élève + famille",
    "20260219T163000", "20260219T173000",
    "3 rapports d'incident. Mesure de responsabilisation à proposer.", "Salle B04"),
   "commission-educative-audition"),

ev("zimbra-invite", "8c9d0e1f-ess-eleve-2nde6@ac-montpellier.fr", zimbra(
    "8c9d0e1f-ess-eleve-2nde6@ac-montpellier.fr",
    "ESS - équipe de suivi de la scolarisation (élève de 2nde 6\\, PPS)",
    "20260317T140000", "20260317T153000",
    "Enseignante référente MDPH\\, AESH\\, famille\\, infirmière.", "Bureau proviseure adjointe",
    organizer="referente.mdph-nord@ac-montpellier.fr"),
   "special-needs-team-meeting"),

ev("outlook-recurring", "040000008200E00074C5B7101A82E00800000000POINT0VS0HEBDODC0100000000000000001000000105", f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Calendrier
{ROMANCE}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000POINT0VS0HEBDODC0100000000000000001000000105
SUMMARY;LANGUAGE=fr-FR:Point vie scolaire hebdo (AED)
DTSTART;TZID=Romance Standard Time:20260105T080000
DTEND;TZID=Romance Standard Time:20260105T083000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260703T220000Z
EXDATE;TZID=Romance Standard Time:20260216T080000,20260223T080000
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
DTSTAMP:20260101T100000Z
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000POINT0VS0HEBDODC0100000000000000001000000105
RECURRENCE-ID;TZID=Romance Standard Time:20260406T080000
SUMMARY;LANGUAGE=fr-FR:Point vie scolaire hebdo (AED) - mardi (lundi de Pâques)
DTSTART;TZID=Romance Standard Time:20260407T080000
DTEND;TZID=Romance Standard Time:20260407T083000
ORGANIZER;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
LOCATION;LANGUAGE=fr-FR:Bureau vie scolaire
DTSTAMP:20260330T100000Z
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "weekly-team-meeting-recurrence-override"),

ev("zimbra-invite", "9d0e1f2a-entretien-pro-aed-pons@ac-montpellier.fr", zimbra(
    "9d0e1f2a-entretien-pro-aed-pons@ac-montpellier.fr",
    "Entretien professionnel annuel - Sarah Pons (AED)",
    "20260521T100000", "20260521T110000",
    "Compte rendu d'entretien professionnel des AED (formulaire académique)\\, ob\n jectifs\\, formation\\, projet (concours CPE ?).", "Bureau CPE",
    "ATTENDEE;CN=PONS Sarah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.pons@ac-montpellier.fr\n"),
   "manager-annual-review-of-own-staff"),

ev("all-day-typed", "siam-ouverture-voeux-2026@karim-perso", typed(
    "siam-ouverture-voeux-2026@karim-perso",
    "SIAM : ouverture saisie des vœux mouvement inter + postes spécifiques",
    ";VALUE=DATE:20261118", ";VALUE=DATE:20261119",
    "Ne pas oublier CV + lettre dans I-Prof pour les SPEN."),
   "mutation-calendar-milestone-all-day"),

ev("google-invite", "4rt6yu8io0pa2sd4fg6hj8kl0z@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260318T170000Z
DTEND:20260318T180000Z
DTSTAMP:20260305T110000Z
ORGANIZER;CN=Rachel Whitfield:mailto:rachel@pastoralmatters-podcast.co.uk
UID:4rt6yu8io0pa2sd4fg6hj8kl0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260305T105900Z
DESCRIPTION:Hi Karim\\, thanks for agreeing to be our guest! We'll record the 
 interview for episode 42 ("What English schools can learn from the French CPE
 "). About 45 minutes\\, remote\\, in English.\\nRachel{GOOGLE_EN.format(code="pod-rcrd-ep42")}
LAST-MODIFIED:20260305T110000Z
LOCATION:Riverside.fm studio link
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast interview recording - Pastoral Matters ep. 42
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "english-podcast-interview-guest"),

ev("teams-invite", "040000008200E00074C5B7101A82E00800000000ERASMUS0HEIDELBERGDC0100000000000000001000000106", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Katharina":mailto:k.brenner@gymnasium-neckartal-beispiel.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogt, Tobias":mailto:t.vogt@gymnasium-neckartal-beispiel.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Kolleginnen und Kollegen\\,\\n\\nzum Austauschge
 spräch über die Schülermobilität (Erasmus+ KA121\\, Gruppe 10. Klasse\\, Mai 20
 26): Gastfamilien\\, Programm\\, Aufsicht im Internat. Auf Französisch und Deut
 sch.\\n\\nViele Grüße\\nKatharina Brenner\\n\\n{TEAMS_FR.format(mid="ZGU0MmI2NjEtYjM3My00NDE5LTg4YzUtNmJi", num="315 440 928 761", pw="eR5vZ9")}
UID:040000008200E00074C5B7101A82E00800000000ERASMUS0HEIDELBERGDC0100000000000000001000000106
SUMMARY;LANGUAGE=de-DE:Austauschgespräch Erasmus+ - Lycée Delmas / Gymnasium Neckartal
DTSTART;TZID=W. Europe Standard Time:20260304T160000
DTEND;TZID=W. Europe Standard Time:20260304T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "german-gespraech-partner-school"),

ev("zimbra-invite", "0e1f2a3b-forum-metiers-simulations@ac-montpellier.fr", zimbra(
    "0e1f2a3b-forum-metiers-simulations@ac-montpellier.fr",
    "Forum des métiers + simulations d'entretiens d'embauche (Tle bac pro)",
    "20260402T090000", "20260402T160000",
    "20 entreprises partenaires font passer des entretiens d'embauche simulés au\n x élèves de terminale. Je coordonne les salles et les passages.", "Gymnase + salles A1-A6"),
   "mock-job-interviews-for-pupils"),

ev("outlook-invite", "040000008200E00074C5B7101A82E00800000000VISITE0MED0SCLEMDC0100000000000000001000000107", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="RH - Recrutement":mailto:recrutement@saint-clement-etangs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Suite à votre recrutement au poste de Directeur·rice 
 du service Jeunesse\\, vous êtes convoqué à la visite médicale d'aptitude auprè
 s du médecin agréé (Dr Salinas). Apporter carnet de vaccination.\\n
UID:040000008200E00074C5B7101A82E00800000000VISITE0MED0SCLEMDC0100000000000000001000000107
SUMMARY;LANGUAGE=fr-FR:Convocation - visite médicale d'aptitude (recrutement)
DTSTART:20260408T070000Z
DTEND:20260408T073000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cabinet médical agréé - 4 rue Foch
END:VEVENT
END:VCALENDAR
""", "post-offer-medical-convocation-same-employer"),

ev("zimbra-invite", "1f2a3b4c-entretien-eleve-phare@ac-montpellier.fr", zimbra(
    "1f2a3b4c-entretien-eleve-phare@ac-montpellier.fr",
    "Entretien individuel - élève (protocole pHARe\\, situation 2026-07)",
    "20260126T101000", "20260126T110000",
    "Entretien de recueil de parole avec l'élève cible puis avec les témoins (méth\n ode de la préoccupation partagée).", "Bureau CPE"),
   "pupil-entretien-harassment-protocol"),
]
