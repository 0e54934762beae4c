# ruff: noqa: E501, W291
"""holdout246 events, part B: more of the user's own interviews (ATS, founders, councils, other académies)."""
from holdout246ev_zones import GOOGLE_FR, PARIS, ROMANCE, TEAMS_FR, UTC1_FR

FORMS = {
    "Colegio Francés Bilingüe de Las Rozas": "Colegio Francés de Las Rozas|CFB Las Rozas|CFB",
    "Lycée français Vicente-Blasco de Valencia": "Lycée Vicente-Blasco|Lycée français de Valence|LFVB",
    "Foyer départemental de l'enfance Les Micocouliers": "Les Micocouliers|Foyer de l'enfance Les Micocouliers|FDE Les Micocouliers",
    "EduSuivi": "EduSuivi SAS|Edu Suivi",
    "Tuteo Learning": "Tuteo",
    "Rebond Lycéens": "Association Rebond Lycéens|Rebond",
    "École internationale Les Oliviers": "Les Oliviers|École Les Oliviers|EIO",
    "Fondation Horizons Jeunesse": "Horizons Jeunesse|FHJ",
    "Groupe Acacia Solidarités": "Acacia Solidarités|Groupe Acacia|Acacia",
    "Université Occitanie-Lez": "UOL|Université Occitanie Lez",
    "Lycée de la Défense Camille-Rougier": "Lycée Camille-Rougier|Lycée de la Défense|LDCR",
    "E2C Hérault-Littoral": "École de la deuxième chance Hérault-Littoral|E2C|École de la 2e chance Hérault-Littoral",
    "Mairie de Saint-Jean-de-Laurière": "Saint-Jean-de-Laurière|Commune de Saint-Jean-de-Laurière|Ville de Saint-Jean-de-Laurière",
    "Lycée Pierre-Aurel": "Lycée Pierre-Aurel de Perpignan|Pierre-Aurel",
    "Collège Les Capitelles": "Les Capitelles|Collège des Capitelles",
    "Cité scolaire internationale Simone-Weil": "CSI Simone-Weil|Cité scolaire Simone-Weil|Cité scolaire internationale de Grenoble",
    "Réseau Lycées Francophones Méditerranée": "RLFM|Lycées Francophones Méditerranée",
    "Lycée Saint-Joseph-de-l'Étang": "Saint-Joseph-de-l'Étang|St Jo Sète|Saint-Joseph Sète|Lycée Saint-Joseph",
    "MJC Boby-Lapointe": "MJC Boby Lapointe|MJC",
    "Mission locale Garrigues et Lez": "Mission locale Garrigues-et-Lez|MLGL|Mission locale",
}

W = "karim.haddad@ac-montpellier.fr"
P = "karim.haddad34@laposte.net"


def ev(kind, uid, ics, company, role, stage, interviewers, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=1, company=company, role=role, stage=stage,
                interviewers=interviewers, trap=trap, hiring=False)


EVENTS = [
ev("outlook-invite", "040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000CFBLASROZAS01", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Isabel":mailto:inavarro@cfb-lasrozas.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karim.haddad34@laposte.net:mailto:karim.haddad34@laposte.net
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes\\, Karim:\\n\\nLa directora general\\, Isa
 bel Navarro\\, le entrevistará para el puesto de Responsable de Vida Escolar (
 CPE) del Colegio Francés Bilingüe de Las Rozas. La entrevista será en francés
  y en español.\\n\\n{TEAMS_FR.format(mid="MjU4ZDFlYjgtNTNmZC00YjQzLTg1NGEtZmU0", num="398 002 771 541", pw="T4nMw8")}
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000CFBLASROZAS01
SUMMARY;LANGUAGE=es-ES:Entrevista - Responsable de Vida Escolar (CPE)
DTSTART;TZID=Romance Standard Time:20260210T183000
DTEND;TZID=Romance Standard Time:20260210T191500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260204T120001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "Colegio Francés Bilingüe de Las Rozas", "Responsable de Vida Escolar (CPE)", "hiring_manager",
   "inavarro@cfb-lasrozas.es", "spanish-teams-french-footer-mixed"),

ev("google-invite", "2rb8mh5v0q4k7c1n9z3x6dwyet@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260224T170000Z
DTEND:20260224T174500Z
DTSTAMP:20260218T090144Z
ORGANIZER;CN=Proviseur LFVB:mailto:proviseur@lf-vicenteblasco.es
UID:2rb8mh5v0q4k7c1n9z3x6dwyet@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Proviseur LFVB;X-NUM-GUESTS=0:mailto:proviseur@lf-vicenteblasco.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad@ac-montpellier.fr;X-NUM-GUESTS=0:mailto:karim.haddad@ac-
 montpellier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agnès Thévenin;X-NUM-GUESTS=0:mailto:a.thevenin@lf-vicenteblasco.es
X-GOOGLE-CONFERENCE:https://meet.google.com/ozn-rtpd-cvb
CREATED:20260218T090101Z
DESCRIPTION:Entretien en visio - candidature au poste de CPE résident (campag
 ne 2026). Le proviseur (M. Lucien Arbogast) et Mme Thévenin\\, directrice adm
 inistrative et financière\\, mèneront l'entretien.{GOOGLE_FR.format(code="ozn-rtpd-cvb")}
LAST-MODIFIED:20260218T090144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio - candidature CPE résident
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Lycée français Vicente-Blasco de Valencia", "CPE résident", "hiring_manager",
   "proviseur@lf-vicenteblasco.es;a.thevenin@lf-vicenteblasco.es", "google-role-address-organizer-work-address"),

ev("outlook-invite", "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000MICOCOUL0001", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Recrutement FDE":mailto:recrutement.fde@fde-micocouliers.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karim Haddad:mailto:karim.haddad34@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bousquet, Laurent":mailto:l.bousquet@fde-micocouliers.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ait-Said, Farida":mailto:f.aitsaid@fde-micocouliers.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Guiraud, Pascale":mailto:p.guiraud@fde-micocouliers.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement - Chef de service éducatif 
 (unité adolescents)\\nJury : M. Bousquet (directeur)\\, Mme Ait-Said (cheffe de 
 service unité petite enfance)\\, Mme Guiraud (représentante du personnel).\\nMer
 ci de vous présenter à l'accueil 10 minutes avant.\\n
UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000MICOCOUL0001
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Chef de service éducatif
DTSTART;TZID=W. Europe Standard Time:20260409T140000
DTEND;TZID=W. Europe Standard Time:20260409T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T093211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Foyer départemental de l'enfance Les Micocouliers - salle Garrigue
END:VEVENT
END:VCALENDAR
""", "Foyer départemental de l'enfance Les Micocouliers", "Chef de service éducatif", "onsite",
   "l.bousquet@fde-micocouliers.fr;f.aitsaid@fde-micocouliers.fr;p.guiraud@fde-micocouliers.fr",
   "panel-jury-windows-zone-no-vtimezone"),

ev("greenhouse-invite", "gh-3a7f1c9e2b5d-edusuivi-screen@greenhouse.io", f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:gh-3a7f1c9e2b5d-edusuivi-screen@greenhouse.io
DTSTAMP:20260114T101002Z
DTSTART;TZID=Europe/Paris:20260119T123000
DTEND;TZID=Europe/Paris:20260119T130000
SUMMARY:Interview Confirmation: Karim Haddad for Consultant·e formateur·rice
  Vie scolaire (EduSuivi)
ORGANIZER;CN=EduSuivi Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Chloé Vernhes;ROLE=REQ-PARTICIPANT:mailto:chloe.vernhes@edusuivi.fr
DESCRIPTION:Bonjour Karim\\,\\n\\nVotre entretien est confirmé.\\n\\nPoste : Consu
 ltant·e formateur·rice Vie scolaire\\nÉtape : Premier échange avec Talent Acq
 uisition\\nAvec : Chloé Vernhes (Talent Partner)\\nDurée : 30 min\\nLien Google 
 Meet : https://meet.google.com/ejd-pqur-zmx\\n\\nPowered by Greenhouse
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "EduSuivi", "Consultant·e formateur·rice Vie scolaire", "recruiter_screen",
   "chloe.vernhes@edusuivi.fr", "greenhouse-edtech-talent-partner"),

ev("greenhouse-invite", "gh-8d2e6a0f4c1b-edusuivi-case@greenhouse.io", """BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-8d2e6a0f4c1b-edusuivi-case@greenhouse.io
DTSTAMP:20260123T151544Z
DTSTART:20260129T090000Z
DTEND:20260129T103000Z
SUMMARY:Étude de cas - Consultant·e formateur·rice Vie scolaire - Karim Hadda
 d
ORGANIZER;CN=EduSuivi Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Romain Duthil;ROLE=REQ-PARTICIPANT:mailto:romain.duthil@edusuivi.fr
ATTENDEE;CN=Inès Marchetti;ROLE=REQ-PARTICIPANT:mailto:ines.marchetti@edusuivi.fr
ATTENDEE;CN=Chloé Vernhes;ROLE=OPT-PARTICIPANT:mailto:chloe.vernhes@edusuivi.fr
DESCRIPTION:Étape : Étude de cas (cas pratique)\\nVous animerez une formation 
 de 20 minutes au module « absences et retards » de notre logiciel devant Romai
 n Duthil (Head of Customer Training) et Inès Marchetti (Product Manager)\\, pu
 is questions.\\nChloé coordonne l'étape et n'évalue pas.\\nLien : https://meet.
 google.com/wfq-zrae-bly\\n\\nPowered by Greenhouse
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "EduSuivi", "Consultant·e formateur·rice Vie scolaire", "technical",
   "romain.duthil@edusuivi.fr;ines.marchetti@edusuivi.fr", "greenhouse-case-study-coordinator-optional"),

ev("google-invite", "6tj3n0c8d1w5y2q7m9k4r0pbla@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260206T100000
DTEND;TZID=Europe/Paris:20260206T110000
DTSTAMP:20260202T184410Z
ORGANIZER;CN=Mathilde Rouvière:mailto:mathilde@edusuivi.fr
UID:6tj3n0c8d1w5y2q7m9k4r0pbla@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mathilde Rouvière;X-NUM-GUESTS=0:mailto:mathilde@edusuivi.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260202T184355Z
DESCRIPTION:Hello Karim\\, on termine le process par un café au bureau (3e éta
 ge\\, sonner EduSuivi). On parlera du rôle\\, de la rémunération et de la date d
 e démarrage possible. À vendredi !\\nMathilde{GOOGLE_FR.format(code="ahr-vmpo-qwc")}
LAST-MODIFIED:20260202T184410Z
LOCATION:EduSuivi\\, 18 rue de l'Aiguillerie\\, Montpellier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Karim x Mathilde (CEO) - dernier échange
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "EduSuivi", "", "final", "mathilde@edusuivi.fr", "founder-casual-title-cafe-final-round"),

ev("lever-cancel", "lever-int-5c1e9a77-2f0b-4d8e-b3a6-71c0e4d29f18", """BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:lever-int-5c1e9a77-2f0b-4d8e-b3a6-71c0e4d29f18
DTSTAMP:20260210T081133Z
DTSTART:20260211T130000Z
DTEND:20260211T133000Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Cancelled: Phone Screen - Customer Success Manager Éducation (Tuteo L
 earning)
ORGANIZER;CN=Tuteo Learning:mailto:interviews@hire.lever.co
ATTENDEE;CN=Karim Haddad;PARTSTAT=NEEDS-ACTION:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Ana Beltrán;PARTSTAT=ACCEPTED:mailto:ana.beltran@tuteo-learning.com
DESCRIPTION:This interview has been cancelled. Your recruiter\\, Ana Beltrán\\,
  will be in touch to reschedule.\\n\\nScheduled via Lever
END:VEVENT
END:VCALENDAR
""", "Tuteo Learning", "Customer Success Manager Éducation", "recruiter_screen",
   "ana.beltran@tuteo-learning.com", "lever-cancelled-english-template"),

ev("google-invite", "3pl9x2v6c0m8k1t4q7s5n3rzwu@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260225T183000
DTEND;TZID=Europe/Paris:20260225T193000
DTSTAMP:20260219T220512Z
ORGANIZER;CN=Samia Kerbouche:mailto:samia.kerbouche@gmail.com
UID:3pl9x2v6c0m8k1t4q7s5n3rzwu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Samia Kerbouche;X-NUM-GUESTS=0:mailto:samia.kerbouche@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=karim.haddad34@laposte.net;X-NUM-GUESTS=0:mailto:karim.haddad34@lapo
 ste.net
CREATED:20260219T220440Z
DESCRIPTION:Bonsoir Karim\\, comme je te disais au téléphone\\, je cherche un·e
  directeur·rice des programmes pour Rebond Lycéens (on passe à 6 salariés en 
 septembre). On se voit en visio pour en parler sérieusement\\, je t'enverrai l
 a fiche de poste avant. Samia (fondatrice){GOOGLE_FR.format(code="gzc-ytbq-hxn")}
LAST-MODIFIED:20260219T220512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Karim / Samia - poste direction des programmes Rebond
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Rebond Lycéens", "directeur·rice des programmes", "hiring_manager",
   "samia.kerbouche@gmail.com", "founder-gmail-tutoiement-no-interview-word"),

ev("google-invite", "0aw7k3e9r2t6y1u5i8o4p0lmnb@google.com", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260328T100000
DTEND;TZID=Europe/Paris:20260328T113000
DTSTAMP:20260321T094455Z
ORGANIZER;CN=Philippe Arnal:mailto:philippe.arnal.oliviers@gmail.com
UID:0aw7k3e9r2t6y1u5i8o4p0lmnb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Philippe Arnal;X-NUM-GUESTS=0:mailto:philippe.arnal.oliviers@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Karim Haddad;X-NUM-GUESTS=0:mailto:karim.haddad34@laposte.net
CREATED:20260321T094401Z
DESCRIPTION:Monsieur Haddad\\, merci pour votre candidature au poste de respo
 nsable de la vie scolaire (ouverture du lycée en septembre). Je vous propose 
 un entretien samedi matin à l'école\\, suivi d'une visite des locaux.\\nPhilipp
 e Arnal\\, fondateur et directeur{GOOGLE_FR.format(code="xme-wqpa-ros")}
LAST-MODIFIED:20260321T094455Z
LOCATION:École internationale Les Oliviers\\, 5 chemin de la Banquière\\, Castelna
 u-le-Lez
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Karim Haddad - resp. vie scolaire / Les Oliviers
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "École internationale Les Oliviers", "responsable de la vie scolaire", "hiring_manager",
   "philippe.arnal.oliviers@gmail.com", "founder-gmail-saturday-private-school"),

ev("workday-invite", "WD-INT-4f81b2c07e9a4d1f@myworkday.com", f"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:WD-INT-4f81b2c07e9a4d1f@myworkday.com
DTSTAMP:20260302T130022Z
DTSTART;TZID=Europe/Paris:20260306T110000
DTEND;TZID=Europe/Paris:20260306T114500
SUMMARY:Entretien - Directeur d'établissement MECS (R-0004172) - Karim Haddad
ORGANIZER;CN=Fondation Horizons Jeunesse - Talent Acquisition:mailto:horizonsjeunesse@myworkday.com
ATTENDEE;CN=Karim Haddad;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Élise Carrasco;PARTSTAT=ACCEPTED:mailto:elise.carrasco@horizons-jeunesse.org
DESCRIPTION:Offre : Directeur d'établissement MECS (H/F) - R-0004172\\nÉtape : 
 Entretien RH\\nInterlocutrice : Élise Carrasco\\, chargée de recrutement\\nFormat
  : Microsoft Teams (le lien vous sera envoyé la veille)\\n\\nVous pouvez consul
 ter votre candidature sur le portail Workday Candidat.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Fondation Horizons Jeunesse", "Directeur d'établissement MECS (H/F)", "recruiter_screen",
   "elise.carrasco@horizons-jeunesse.org", "workday-requisition-id-hr-step"),

ev("workday-invite", "WD-INT-9c02e4a61b7d4e88@myworkday.com", """BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-9c02e4a61b7d4e88@myworkday.com
DTSTAMP:20260316T090511Z
DTSTART:20260325T123000Z
DTEND:20260325T140000Z
SUMMARY:Entretien jury - Directeur d'établissement MECS (R-0004172)
ORGANIZER;CN=Fondation Horizons Jeunesse - Talent Acquisition:mailto:horizonsjeunesse@myworkday.com
ATTENDEE;CN=Karim Haddad;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Thomas Mialhe;PARTSTAT=ACCEPTED:mailto:thomas.mialhe@horizons-jeunesse.org
ATTENDEE;CN=Karine Bouzigues;PARTSTAT=ACCEPTED:mailto:karine.bouzigues@horizons-jeunesse.org
ATTENDEE;CN=Élise Carrasco;PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT:mailto:elise.carrasco@horizons-jeunesse.org
DESCRIPTION:Étape : Entretien jury (dernière étape)\\nJury : Thomas Mialhe (dir
 ecteur territorial Occitanie) et Karine Bouzigues (DRH).\\nMise en situation
  : présentation d'un projet d'établissement pour la MECS de Lodève (15 min).\\n
 Lieu : Direction territoriale\\, 140 avenue de Toulouse\\, Montpellier.
LOCATION:Direction territoriale\\, 140 avenue de Toulouse\\, Montpellier
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Fondation Horizons Jeunesse", "Directeur d'établissement MECS", "final",
   "thomas.mialhe@horizons-jeunesse.org;karine.bouzigues@horizons-jeunesse.org", "workday-jury-final-coordinator-non-participant"),

ev("successfactors-invite", "SF-INTV-20260312-88127-acacia", """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-20260312-88127-acacia
DTSTAMP:20260312T070105Z
DTSTART:20260319T093000Z
DTEND:20260319T103000Z
SUMMARY:Invitation à un entretien : Directeur de pôle Jeunesse (H/F) - Req 8812
 7
ORGANIZER;CN=Groupe Acacia Solidarités:mailto:acacia@successfactors.eu
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=SERRE Anthony;ROLE=REQ-PARTICIPANT:mailto:anthony.serre@acacia-solidarites.fr
DESCRIPTION:Cher(e) Karim\\,\\n\\nVous êtes invité(e) à un entretien avec Antho
 ny Serre\\, Directeur régional Occitanie\\, manager du poste.\\n\\nLieu : Teams (l
 ien envoyé séparément)\\n\\nCet e-mail a été généré automatiquement par SAP Succ
 essFactors. Merci de ne pas y répondre.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Groupe Acacia Solidarités", "Directeur de pôle Jeunesse (H/F)", "hiring_manager",
   "anthony.serre@acacia-solidarites.fr", "successfactors-manager-interview"),

ev("outlook-invite", "040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DC01000000000000000010000000UOL0VIEETUD01", f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_FR}
BEGIN:VEVENT
ORGANIZER;CN="Peyrottes, Hélène";SENT-BY="mailto:gestion.rh@univ-occitanie-lez.fr":mailto:helene.peyrottes@univ-occitanie-lez.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karim.haddad@ac-montpellier.fr:mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Farge, Olivier":mailto:olivier.farge@univ-occitanie-lez.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Bât. Présidence - Salle B104":mailto:salle.b104@univ-occitanie-lez.fr
DESCRIPTION;LANGUAGE=fr-FR:Comité de sélection - Chargé(e) de mission vie étudi
 ante (BAP J\\, contractuel catégorie A\\, 3 ans)\\nMembres : Hélène Peyrottes (d
 irectrice de la vie étudiante)\\, Olivier Farge (vice-président CFVU)\\n
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DC01000000000000000010000000UOL0VIEETUD01
SUMMARY;LANGUAGE=fr-FR:Entretien - Chargé(e) de mission vie étudiante - HADDAD
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260414T100000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260414T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T140003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bât. Présidence - Salle B104
END:VEVENT
END:VCALENDAR
""", "Université Occitanie-Lez", "Chargé(e) de mission vie étudiante", "onsite",
   "helene.peyrottes@univ-occitanie-lez.fr;olivier.farge@univ-occitanie-lez.fr", "university-comite-selection-sent-by-room"),

ev("outlook-invite", "040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DC01000000000000000010000000LDCR0CPE00001", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Secrétariat de direction LDCR":mailto:secretariat.direction@lycee-camille-rougier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Karim":mailto:karim.haddad@ac-montpellier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="COL Berthier, Jean-Luc":mailto:jl.berthier@lycee-camille-rougier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lestrade, Mireille":mailto:m.lestrade@lycee-camille-rougier.fr
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\\,\\nLe colonel Berthier\\, commandant du lyc
 ée\\, et Mme Lestrade\\, proviseure\\, vous recevront pour un entretien relatif 
 à votre candidature au poste de CPE (détachement\\, internat 380 élèves).\\nCon
 trôle d'accès : se présenter au poste de garde avec une pièce d'identité (lis
 te transmise 72h avant).\\n
UID:040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DC01000000000000000010000000LDCR0CPE00001
SUMMARY;LANGUAGE=fr-FR:Entretien candidature CPE - M. Haddad
DTSTART;TZID=Romance Standard Time:20260402T090000
DTEND;TZID=Romance Standard Time:20260402T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Lycée de la Défense Camille-Rougier - bâtiment commandement
END:VEVENT
END:VCALENDAR
""", "Lycée de la Défense Camille-Rougier", "CPE", "final",
   "jl.berthier@lycee-camille-rougier.fr;m.lestrade@lycee-camille-rougier.fr", "military-lycee-secretariat-organizer-no-vtimezone"),

ev("beetween-invite", "btw-7781-20260121-e2c@beetween.com", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beetween//Planification entretien//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:btw-7781-20260121-e2c@beetween.com
DTSTAMP:20260121T113000Z
DTSTART;TZID=Europe/Paris:20260128T140000
DTEND;TZID=Europe/Paris:20260128T150000
SUMMARY:Convocation entretien - Directeur pédagogique (H/F) - E2C Hérault-Littoral
ORGANIZER;CN=E2C Hérault-Littoral:mailto:ne-pas-repondre@beetween.com
ATTENDEE;CN=Karim HADDAD;RSVP=TRUE:mailto:karim.haddad34@laposte.net
DESCRIPTION:Bonjour\\,\\nNous vous confirmons votre entretien avec Mme Sophie Ca
 banel\\, directrice de l'E2C\\, pour le poste de Directeur pédagogique (H/F).\\n
 Adresse : 9 rue des Salins\\, Sète.
LOCATION:9 rue des Salins\\, Sète
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "E2C Hérault-Littoral", "Directeur pédagogique (H/F)", "hiring_manager", "Sophie Cabanel",
   "french-ats-noreply-interviewer-name-only"),

ev("apple-mail-invite", "5B3A1F20-77C2-4E1A-BB0E-9D7E3C51A842", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5B3A1F20-77C2-4E1A-BB0E-9D7E3C51A842
DTSTAMP:20260407T091022Z
DTSTART;TZID=Europe/Paris:20260415T180000
DTEND;TZID=Europe/Paris:20260415T184500
SUMMARY:Jury recrutement responsable enfance-jeunesse - M. Haddad
ORGANIZER;CN=Mairie de Saint-Jean-de-Laurière:mailto:accueil@mairie-sjlauriere.fr
ATTENDEE;CN=karim.haddad34@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Gérard Molinier;PARTSTAT=ACCEPTED:mailto:g.molinier@mairie-sjlauriere.fr
DESCRIPTION:Jury : M. le Maire (Gérard Molinier)\\, Mme Dominique Viala (adjoin
 te aux affaires scolaires) et la secrétaire générale de mairie.\\nApres le con
 seil municipal\\, en mairie (salle du conseil).
LOCATION:Mairie - salle du conseil
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Mairie de Saint-Jean-de-Laurière", "responsable enfance-jeunesse", "final",
   "g.molinier@mairie-sjlauriere.fr;Dominique Viala", "small-commune-jury-apple-mail-accueil-organizer"),

ev("thunderbird-typed", "b4e1f7a2-0c3d-4e5f-9a8b-perpignan-pap-tel", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260225T075800Z
LAST-MODIFIED:20260225T075844Z
DTSTAMP:20260225T075844Z
UID:b4e1f7a2-0c3d-4e5f-9a8b-perpignan-pap-tel
SUMMARY:tel proviseur Perpignan (PAP cpe internat) - M. Sabatier rappelle
DTSTART:20260226T124500
DTEND:20260226T131500
DESCRIPTION:entretien tél pour le poste a profil lycée Pierre-Aurel\\, il app
 elle sur le portable. Avoir fiche de poste sous les yeux.
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT10M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Lycée Pierre-Aurel", "CPE internat", "hiring_manager", "M. Sabatier",
   "hand-typed-lowercase-abbrev-floating-phone"),

ev("zimbra-invite", "e5f6a7b8-capitelles-pop-cpe@capitelles-nimes.fr", f"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:e5f6a7b8-capitelles-pop-cpe@capitelles-nimes.fr
SUMMARY:Entretien candidature POP CPE REP+ - Collège Les Capitelles
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ORGANIZER;CN=Principal Collège Les Capitelles:mailto:principal@capitelles-nimes.fr
DTSTART;TZID="Europe/Paris":20260303T161500
DTEND;TZID="Europe/Paris":20260303T170000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Collège Les Capitelles - bureau du principal
DTSTAMP:20260224T171212Z
SEQUENCE:0
DESCRIPTION:Entretien avec M. Yannick Ferrié\\, principal\\, et Mme Ozenne\\, pri
 ncipale adjointe\\, pour le poste à profil de CPE (REP+\\, cité éducative).
END:VEVENT
END:VCALENDAR
""", "Collège Les Capitelles", "CPE (REP+)", "hiring_manager",
   "principal@capitelles-nimes.fr;Mme Ozenne", "pop-acronym-role-address-organizer"),

ev("zimbra-invite", "f7a8b9c0-ipr-avis-pop-capitelles@ac-montpellier.fr", f"""BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:f7a8b9c0-ipr-avis-pop-capitelles@ac-montpellier.fr
SUMMARY:Entretien IA-IPR EVS - avis sur candidature POP (Capitelles)
ATTENDEE;CN=HADDAD Karim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{W}
ORGANIZER;CN=CAMBON Élisabeth:mailto:elisabeth.cambon@ac-montpellier.fr
DTSTART;TZID="Europe/Paris":20260312T110000
DTEND;TZID="Europe/Paris":20260312T113000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LOCATION:Visio-agents
DTSTAMP:20260305T081002Z
SEQUENCE:0
DESCRIPTION:Dans le cadre du mouvement sur postes à profil\\, entretien avec l
 'inspectrice EVS qui rendra un avis sur votre candidature au poste de CPE du
  collège Les Capitelles (Nîmes).
END:VEVENT
END:VCALENDAR
""", "Collège Les Capitelles", "CPE", "final", "elisabeth.cambon@ac-montpellier.fr",
   "inspector-opinion-interview-same-domain-not-career-review"),

ev("zoom-invite", "ZOOM87700412233-csi-weil", """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260130T101500Z
DTSTART:20260209T153000Z
DTEND:20260209T161500Z
SUMMARY:Entretien - poste CPE section internationale (SPEN)
UID:ZOOM87700412233-csi-weil
DESCRIPTION:Anaïs Roussel vous invite à une réunion Zoom planifiée.\\n\\nEntr
 etien de candidature au poste spécifique national de CPE\\, Cité scolaire inte
 rnationale Simone-Weil (Grenoble). Présents : Anaïs Roussel (proviseure) et
  Frédéric Nguyen (coordonnateur des sections internationales).\\n\\nParticiper 
 à la réunion Zoom\\nhttps://us06web.zoom.us/j/87700412233?pwd=aGt3Q2d1\\n\\nID d
 e réunion: 877 0041 2233\\nCode secret: 318844\\n
LOCATION:https://us06web.zoom.us/j/87700412233?pwd=aGt3Q2d1
ORGANIZER;CN=Anaïs Roussel:mailto:anais.roussel@csi-simoneweil.fr
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Cité scolaire internationale Simone-Weil", "CPE section internationale", "hiring_manager",
   "anais.roussel@csi-simoneweil.fr;Frédéric Nguyen", "zoom-spen-acronym-utc"),

ev("calendly-invite", "e3b9a6f1-4c2d-47a8-bb10-calendly-rlfm-rh", """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e3b9a6f1-4c2d-47a8-bb10-calendly-rlfm-rh
DTSTAMP:20260304T201100Z
DTSTART:20260309T081500Z
DTEND:20260309T084500Z
SUMMARY:Entretien RH (30 min) entre Inès Castel et Karim Haddad
ORGANIZER;CN=Inès Castel:mailto:ines.castel@rlfm-reseau.org
ATTENDEE;CN=Karim Haddad;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karim.haddad34@laposte.net
DESCRIPTION:Nom de l'événement : Entretien RH (30 min)\\n\\nRéunion Google Meet
 : https://meet.google.com/srd-hkwo-znp\\n\\nQuestions :\\nPoste visé : CPE - L
 ycée francophone de Tanger (réseau RLFM)\\nDisponibilité : septembre 2026\\n\\nB
 esoin de modifier ? Annuler : https://calendly.com/cancellations/e3b9a6f1\\nRepr
 ogrammer : https://calendly.com/reschedulings/e3b9a6f1\\n\\nPowered by Calendly.
 com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Réseau Lycées Francophones Méditerranée", "CPE", "recruiter_screen",
   "ines.castel@rlfm-reseau.org", "calendly-user-as-invitee-network-employer"),

ev("ios-typed", "7D4C2B1A-0E9F-4A8B-9C6D-5E4F3A2B1C0D", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260309T071833Z
DTEND:20260313T173000
DTSTAMP:20260309T071850Z
DTSTART:20260313T163000
LAST-MODIFIED:20260309T071850Z
LOCATION:St Jo Sète
SEQUENCE:0
SUMMARY:Entretein St Jo Sète CPE - Mme Ribes
TRANSP:OPAQUE
UID:7D4C2B1A-0E9F-4A8B-9C6D-5E4F3A2B1C0D
BEGIN:VALARM
ACTION:AUDIO
TRIGGER:-PT30M
ATTACH;VALUE=URI:Chord
UID:1E2D3C4B-5A69-4788-9A0B-C1D2E3F4A5B6
X-WR-ALARMUID:1E2D3C4B-5A69-4788-9A0B-C1D2E3F4A5B6
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Lycée Saint-Joseph-de-l'Étang", "CPE", "hiring_manager", "Mme Ribes",
   "typo-entretein-floating-ios-nickname"),

ev("webex-invite", "2c8e6b4a0f1d3e5c7a9b-mjc-direction@webex.com", f"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:2c8e6b4a0f1d3e5c7a9b-mjc-direction@webex.com
DTSTAMP:20260405T190122Z
DTSTART;TZID=Europe/Paris:20260416T190000
DTEND;TZID=Europe/Paris:20260416T200000
SUMMARY:Entretien direction MJC - bureau du CA
ORGANIZER;CN=Mireille Saumade:mailto:presidence@mjc-bobylapointe.fr
ATTENDEE;CN=Karim Haddad;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Mireille Saumade:mailto:presidence@mjc-bobylapointe.fr
ATTENDEE;CN=Hervé Couderc:mailto:tresorier@mjc-bobylapointe.fr
ATTENDEE;CN=Lina Boyer:mailto:lina.boyer@mjc-bobylapointe.fr
DESCRIPTION:Entretien des candidat·es au poste de directeur·rice de la MJC Bob
 y-Lapointe par le bureau du conseil d'administration (présidente\\, trésorier\\,
  représentante des salariés).\\n\\nRejoindre la réunion Webex\\nhttps://mjc-boby
 lapointe.webex.com/meet/presidence\\nNuméro de réunion (code d'accès) : 2649 0
 11 7730
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "MJC Boby-Lapointe", "directeur·rice de la MJC", "onsite",
   "presidence@mjc-bobylapointe.fr;tresorier@mjc-bobylapointe.fr;lina.boyer@mjc-bobylapointe.fr",
   "webex-board-panel-role-addresses-evening"),

ev("digitalrecruiters-invite", "dr-itw-20260310-55412@digitalrecruiters.com", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//Entretiens//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:dr-itw-20260310-55412@digitalrecruiters.com
DTSTAMP:20260310T133000Z
DTSTART;TZID=Europe/Paris:20260320T140000
DTEND;TZID=Europe/Paris:20260320T150000
SUMMARY:Votre entretien pour le poste de Directeur adjoint (H/F) - Mission locale Garrigues et Lez
ORGANIZER;CN=Mission locale Garrigues et Lez:mailto:noreply@digitalrecruiters.com
ATTENDEE;CN=Karim Haddad;RSVP=TRUE:mailto:karim.haddad34@laposte.net
ATTENDEE;CN=Yasmina Belaïd:mailto:y.belaid@ml-garrigues-lez.fr
DESCRIPTION:Bonjour Karim\\,\\n\\nYasmina Belaïd\\, directrice\\, vous recevra pour
  un entretien.\\nAdresse : 3 place de la Comédie-des-Arts\\, Montpellier.\\n\\nL
 'équipe recrutement
LOCATION:3 place de la Comédie-des-Arts\\, Montpellier
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Mission locale Garrigues et Lez", "Directeur adjoint (H/F)", "hiring_manager",
   "y.belaid@ml-garrigues-lez.fr", "french-ats-digitalrecruiters-tzid-no-vtimezone"),
]
