# ruff: noqa: E501
"""holdout182 events, part b: hospitals and research centres, own candidacies (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A1B36D4E5FA1DB010000000000000000100000007C0E4F3B6A2D8940B5E1C9A7D3F26E18",
        "is_interview": 1,
        "company": "CHUM",
        "role": "conseillère en soins infirmiers spécialisée – cardiologie et chirurgie cardiaque",
        "stage": "hiring_manager",
        "interviewers": "helene.marchand.chum@ssss.gouv.qc.ca;marc-antoine.roy.chum@ssss.gouv.qc.ca",
        "trap": "chum-teams-premiere-entrevue-cheffe-service",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Hélène (CHUM)":mailto:helene.marchand.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roy, Marc-Antoine (CHUM)":mailto:marc-antoine.roy.chum@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nMerci pour ton intérêt envers le poste de conseillère en soins infirmiers spécialisée – cardiologie et chirurgie cardiaque. Comme convenu\, voici le lien Teams pour notre entrevue de jeudi. Marc-Antoine Roy\, CSI en soins critiques\, se joindra à moi.\n\nHélène Marchand\nCheffe de service – cardiologie\, chirurgie cardiaque et vasculaire\nDirection des soins infirmiers\, CHUM\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDQ0YjFmMzYtODA1OC00ZDQ2LWE0MzItZTc5NGUzNmU1ZmNj%40thread.v2/0?context=%7b%22Tid%22%3a%228d6c5bd1-0c2c-4b4f-9a5e-3f0d1c6c9a11%22%7d>\nID de réunion : 291 406 833 517\nCode secret : 7Hq2vX\nOu appelez (audio seulement)\n+1 514-400-9386\,\,448120673#   Canada\, Montréal\nID de conférence téléphonique : 448 120 673#\nRechercher un numéro local<https://dialin.teams.microsoft.com/> | Réinitialiser le code confidentiel<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B36D4E5FA1DB010000000000000000100000007C0E4F3B6A2D8940B5E1C9A7D3F26E18
SUMMARY;LANGUAGE=fr-CA:Entrevue - Geneviève Tremblay - CSI spécialisée cardio
DTSTART;TZID=Eastern Standard Time:20250327T150000
DTEND;TZID=Eastern Standard Time:20250327T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T175930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDQ0YjFmMzYtODA1OC00ZDQ2LWE0MzItZTc5NGUzNmU1ZmNj%40thread.v2/0?context=%7b%22Tid%22%3a%228d6c5bd1-0c2c-4b4f-9a5e-3f0d1c6c9a11%22%7d
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D9F2E6A187A6DB01000000000000000010000000318BC5D2E0A94F4C9D7E6B5A4C3F2E10",
        "is_interview": 1,
        "company": "CHUM",
        "role": "CSI spécialisée – cardiologie et chirurgie cardiaque",
        "stage": "final",
        "interviewers": "josee.paquette.chum@ssss.gouv.qc.ca;helene.marchand.chum@ssss.gouv.qc.ca",
        "trap": "chum-deuxieme-entrevue-directrice-sent-by",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Paquette, Josée (CHUM)";SENT-BY="mailto:sylvie.lacasse.chum@ssss.gouv.qc.ca":mailto:josee.paquette.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marchand, Hélène (CHUM)":mailto:helene.marchand.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lacasse, Sylvie (CHUM)":mailto:sylvie.lacasse.chum@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="CHUM-D03.4015 Salle de conférence DSI":mailto:CHUM-D03.4015@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Tremblay\,\n\nMme Josée Paquette\, directrice adjointe des soins infirmiers\, souhaite vous rencontrer en personne pour la deuxième étape du processus (CSI spécialisée – cardiologie et chirurgie cardiaque). Mme Hélène Marchand sera également présente.\n\nLieu : CHUM\, 1051 rue Sanguinet\, pavillon D\, 3e étage\, salle D03.4015. L'accueil se fait au comptoir du pavillon D (entrée rue Saint-Denis).\n\nSylvie Lacasse\nAdjointe à la direction\, Direction des soins infirmiers\n
UID:040000008200E00074C5B7101A82E00800000000D9F2E6A187A6DB01000000000000000010000000318BC5D2E0A94F4C9D7E6B5A4C3F2E10
SUMMARY;LANGUAGE=fr-CA:2e rencontre - Mme Geneviève Tremblay (CSI spécialisée cardio) / J. Paquette
DTSTART;TZID=Eastern Standard Time:20250409T083000
DTEND;TZID=Eastern Standard Time:20250409T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T193344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:CHUM-D03.4015 Salle de conférence DSI
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "5q1k8h3v0n7r2c9d4m6b0t1e2a@google.com",
        "is_interview": 1,
        "company": "Centre de recherche du CHUM",
        "role": "Infirmière de recherche clinique",
        "stage": "hiring_manager",
        "interviewers": "samuel.levesque@umontreal.ca;nadia.cherkaoui.chum@ssss.gouv.qc.ca",
        "trap": "crchum-zoom-pi-and-coordinator",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250404T120000
DTEND;TZID=America/Toronto:20250404T124500
DTSTAMP:20250331T142207Z
ORGANIZER;CN=Samuel Lévesque:mailto:samuel.levesque@umontreal.ca
UID:5q1k8h3v0n7r2c9d4m6b0t1e2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Samuel Lévesque;X-NUM-GUESTS=0:mailto:samuel.levesque@umontreal.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=nadia.cherkaoui.chum@ssss.gouv.qc.ca;X-NUM-GUESTS=0:mailto:nadia.cherka
 oui.chum@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
X-MICROSOFT-CDO-OWNERAPPTID:-1290386152
CREATED:20250331T142206Z
DESCRIPTION:Bonjour Geneviève\,<br><br>Merci pour votre CV. Nadia Cherkaoui
 \, coordonnatrice de recherche\, et moi aimerions vous rencontrer pour le po
 ste d'<b>Infirmière de recherche clinique</b> (essais en insuffisance cardia
 que\, axe Cardiométabolique du CRCHUM). Environ 45 min\, on vous parlera du
  projet et on aimerait entendre parler de votre expérience en télémétrie e
 t en enseignement aux patients.<br><br>Samuel<br>--<br>Samuel Lévesque\, MD
 \, PhD<br>Chercheur\, CRCHUM – Professeur agrégé\, Université de Montréal<b
 r><br>Join Zoom Meeting<br>https://umontreal.zoom.us/j/83620417759?pwd=Wm9i
 bXJ1dGZhZ0J4bE9DVnpXQ3ZQdz09<br><br>Meeting ID: 836 2041 7759<br>Passcode:
  417622<br><br>One tap mobile<br>+14388097799\,\,83620417759#\,\,\,\,*41762
 2# Canada<br>+15873281099\,\,83620417759#\,\,\,\,*417622# Canada
LAST-MODIFIED:20250331T142207Z
LOCATION:https://umontreal.zoom.us/j/83620417759?pwd=Wm9pbXJ1dGZhZ0J4bE9DVnpXQ3ZQdz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Geneviève Tremblay / Lévesque - poste inf. de recherche
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000067E19F0B3A9FDB01000000000000000010000000B4A2C1E9D8F7064C8E3B1A2D0C9F7E54",
        "is_interview": 1,
        "company": "Centre universitaire de santé McGill",
        "role": "Nurse Educator – Cardiac Sciences / Infirmière éducatrice – sciences cardiaques",
        "stage": "recruiter_screen",
        "interviewers": "simran.kaur@muhc.mcgill.ca",
        "trap": "muhc-bilingual-phone-interview-talent-acquisition",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kaur, Simran":mailto:simran.kaur@muhc.mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="gen.tremblay@videotron.ca":mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=en-US:*Le français suit l'anglais*\n\nHello Geneviève\,\n\nThank you for applying to the Nurse Educator – Cardiac Sciences / Infirmière éducatrice – sciences cardiaques position (posting 25-0219-NE) at the MUHC. I will call you at 514-555-0187 for a 30-minute phone interview to discuss your experience\, availability and the next steps.\n\n---\n\nBonjour Geneviève\,\n\nMerci d'avoir postulé au poste d'infirmière éducatrice – sciences cardiaques au CUSM. Je vous appellerai au 514-555-0187 pour une entrevue téléphonique d'environ 30 minutes.\n\nSimran Kaur\nTalent Acquisition Advisor | Conseillère en acquisition de talents\nHuman Resources | Ressources humaines\nMcGill University Health Centre | Centre universitaire de santé McGill\n
UID:040000008200E00074C5B7101A82E0080000000067E19F0B3A9FDB01000000000000000010000000B4A2C1E9D8F7064C8E3B1A2D0C9F7E54
SUMMARY;LANGUAGE=en-US:Phone interview / Entrevue téléphonique – Geneviève Tremblay – Nurse Educator Cardiac Sciences
DTSTART;TZID=Eastern Standard Time:20250313T090000
DTEND;TZID=Eastern Standard Time:20250313T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T201114Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Simran will call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F3C2D1B0A9A2DB010000000000000000100000002E4F6A8C0B1D3F5E7A9C1E3F5A7B9D0C",
        "is_interview": 1,
        "company": "Centre universitaire de santé McGill",
        "role": "Nurse Educator – Cardiac Sciences",
        "stage": "onsite",
        "interviewers": "kathleen.obrien@muhc.mcgill.ca;thi-lan.nguyen@muhc.mcgill.ca",
        "trap": "muhc-glen-panel-room-resource-ta-organizer",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kaur, Simran":mailto:simran.kaur@muhc.mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="gen.tremblay@videotron.ca":mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Brien, Kathleen":mailto:kathleen.obrien@muhc.mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Nguyen, Thi-Lan":mailto:thi-lan.nguyen@muhc.mcgill.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="GLEN D05.5012 Conf Room (12)":mailto:GLEN.D055012@muhc.mcgill.ca
DESCRIPTION;LANGUAGE=en-US:Hello Geneviève\,\n\nFurther to our phone conversation\, please find below the details of your panel interview for the Nurse Educator – Cardiac Sciences position.\n\nPanel:\n- Kathleen O'Brien\, Nurse Manager\, Cardiology (CCU / C7)\n- Thi-Lan Nguyen\, Clinical Nurse Specialist\, Cardiac Surgery\n\nFormat: 60 minutes\, behavioural questions followed by a 10-minute teaching demonstration on a topic of your choice (e.g. heparin nomogram\, post-PCI care). A screen is available in the room.\n\nLocation: Glen site\, 1001 Décarie Blvd.\, Block D\, 5th floor\, room D05.5012. Take the elevators near the Décarie entrance.\n\nBest regards\,\nSimran Kaur\nTalent Acquisition Advisor | Conseillère en acquisition de talents\n
UID:040000008200E00074C5B7101A82E00800000000F3C2D1B0A9A2DB010000000000000000100000002E4F6A8C0B1D3F5E7A9C1E3F5A7B9D0C
SUMMARY;LANGUAGE=en-US:Panel Interview – Nurse Educator Cardiac Sciences – G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250326T100000
DTEND;TZID=Eastern Standard Time:20250326T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T163020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:GLEN D05.5012 Conf Room (12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "0r8t2qk5vbl1m3n9fj6c4h7s2d@google.com",
        "is_interview": 1,
        "company": "Institut de Cardiologie de Montréal",
        "role": "infirmière de recherche – Centre de coordination",
        "stage": "technical",
        "interviewers": "valerie.simard@icm-mhi.org;olivier.tessier@icm-mhi.org",
        "trap": "icm-mise-en-situation-protocole-google",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250417T133000
DTEND;TZID=America/Toronto:20250417T150000
DTSTAMP:20250410T131500Z
ORGANIZER;CN=Valérie Simard:mailto:valerie.simard@icm-mhi.org
UID:0r8t2qk5vbl1m3n9fj6c4h7s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Valérie Simard;X-NUM-GUESTS=0:mailto:valerie.simard@icm-mhi.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Olivier Tessier;X-NUM-GUESTS=0:mailto:olivier.tessier@icm-mhi.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N=ICM-5000 Bélanger-Pavillon S-2200 (8);X-NUM-GUESTS=0:mailto:c_1882a0f4c3
 b1e9d7@resource.calendar.google.com
CREATED:20250410T131449Z
DESCRIPTION:Bonjour Mme Tremblay\,\n\nVoici la confirmation de votre entrev
 ue pour le poste d'infirmière de recherche – Centre de coordination (MHICC)
 .\n\n13 h 30 : accueil et mise en situation (45 min) – on vous remettra un
  extrait de protocole (critères d'inclusion/exclusion\, calendrier des visit
 es) et deux dossiers fictifs de participants à analyser.\n14 h 15 : entrevu
 e avec Valérie Simard (cheffe des opérations cliniques) et Olivier Tessier
  (infirmier de recherche principal).\n\nAdresse : 5000 rue Bélanger\, pavill
 on S\, local S-2200. Présentez-vous à la réception principale.\n\nValérie
LOCATION:ICM-5000 Bélanger-Pavillon S-2200 (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue + mise en situation – Inf. de recherche MHICC (G. Tremblay
 )
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "portal-invite",
        "uid": "AVT-INTV-5518840-20250506@chudequebec.avature.net",
        "is_interview": 1,
        "company": "CHU de Québec-Université Laval",
        "role": "Conseillère en soins infirmiers – développement des compétences",
        "stage": "",
        "interviewers": "Caroline Bouchard;Jean-Philippe Roy",
        "trap": "chu-avature-teams-names-in-body-utc",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:AVT-INTV-5518840-20250506@chudequebec.avature.net
SEQUENCE:0
DTSTAMP:20250429T151744Z
DTSTART:20250506T173000Z
DTEND:20250506T183000Z
SUMMARY:CHU de Québec-Université Laval - Entrevue - Conseillère en soins infirmiers – développement des compétences
ORGANIZER;CN="Carrières CHU de Québec":mailto:carrieres-noreply@chudequebec.avature.net
ATTENDEE;CN="Geneviève Tremblay";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:Microsoft Teams (lien ci-dessous)
DESCRIPTION:Bonjour Geneviève\,\n\nVotre entrevue pour le poste Conseillère en soins infirmiers – développement des compétences (réf. 2025-DSI-0093) est confirmée.\n\nVous rencontrerez Mme Caroline Bouchard\, chef de service – développement des compétences (DSI) et M. Jean-Philippe Roy\, conseiller en soins infirmiers.\n\nLien de la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE4ODc2MzQtN2JiNy00Y2M2LTk2ZDEtZjU4YmY5NzI0MzRm%40thread.v2/0\nNuméro de téléphone : +1 418-915-8071 | ID : 702 331 946#\n\nPour toute question : recrutement.dsi@chudequebec.ca\n\nNous vous souhaitons bon succès!\nL'équipe Acquisition de talents\nCHU de Québec-Université Laval
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-zoom",
        "uid": "040000008200E00074C5B7101A82E0080000000011D4A6C8E2A6DB01000000000000000010000000F1E2D3C4B5A6978869504132A1B2C3D4",
        "is_interview": 1,
        "company": "IUCPQ",
        "role": "infirmière clinicienne spécialisée en cardiologie",
        "stage": "hiring_manager",
        "interviewers": "annie-claude.gagne.iucpq@ssss.gouv.qc.ca",
        "trap": "iucpq-outlook-zoom-plugin",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Gagné, Annie-Claude (IUCPQ)":mailto:annie-claude.gagne.iucpq@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nTel que convenu\, je t'envoie l'invitation Zoom pour discuter du poste d'infirmière clinicienne spécialisée en cardiologie (unité de soins coronariens et clinique d'arythmie). Je suis la cheffe d'unité\, j'aimerais mieux comprendre ton parcours et te présenter l'équipe. Si on poursuit\, la prochaine étape serait une visite à Québec.\n\nAnnie-Claude\n\n\nAnnie-Claude Gagné vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\nhttps://iucpq.zoom.us/j/92716408852?pwd=aWtQcmxWcjBjVnN4SThxa3c1Z2NCdz09\n\nID de réunion : 927 1640 8852\nSecret : 558013\n\n---\n\nUne touche sur l'appareil mobile\n+16473744685\,\,92716408852#\,\,\,\,*558013# Canada\n+16475580588\,\,92716408852#\,\,\,\,*558013# Canada\n\nComposez un numéro en fonction de votre emplacement\n        +1 438 809 7799 Canada\n        +1 587 328 1099 Canada\n\n
UID:040000008200E00074C5B7101A82E0080000000011D4A6C8E2A6DB01000000000000000010000000F1E2D3C4B5A6978869504132A1B2C3D4
SUMMARY;LANGUAGE=fr-CA:Zoom - G. Tremblay / A.-C. Gagné - poste ICS cardio
DTSTART;TZID=Eastern Standard Time:20250514T160000
DTEND;TZID=Eastern Standard Time:20250514T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T123056Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:https://iucpq.zoom.us/j/92716408852?pwd=aWtQcmxWcjBjVnN4SThxa3c1Z2NCdz09
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000E7B5C3A19DA8DB0100000000000000001000000087AC3E51F0D24B48A6E9C1D07B5F2A36",
        "is_interview": 1,
        "company": "CHU Sainte-Justine",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "emilie.laberge.hsj@ssss.gouv.qc.ca",
        "trap": "rencontre-candidature-researcher-teams-no-title",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Laberge, Émilie (HSJ)":mailto:emilie.laberge.hsj@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nSuite à votre candidature reçue via le site du Centre de recherche Azrieli\, je vous propose une rencontre Teams pour en discuter. Nous cherchons quelqu'un pour coordonner les visites de suivi d'une cohorte d'enfants opérés pour une cardiopathie congénitale (ECG\, Holter\, prélèvements\, questionnaires aux parents). L'expérience adulte en cardio est un atout\, on vous formera pour le volet pédiatrique.\n\nAu plaisir\,\nÉmilie Laberge\, inf.\, Ph. D.\nChercheuse – Centre de recherche Azrieli du CHU Sainte-Justine\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmJmOTVlYjQtY2U3Mi00MjEyLWE0ODktZTI3MzM3NDg2YjU4%40thread.v2/0\nID de réunion : 235 990 118 442\nCode secret : Wt3ZK9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E7B5C3A19DA8DB0100000000000000001000000087AC3E51F0D24B48A6E9C1D07B5F2A36
SUMMARY;LANGUAGE=fr-CA:Rencontre - candidature G. Tremblay (projet cohorte cardio péd.)
DTSTART;TZID=Eastern Standard Time:20250320T123000
DTEND;TZID=Eastern Standard Time:20250320T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T191207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-invite",
        "uid": "7f2c5b1e-93a4-4d6f-a0e8-1c9b7d3f5a20@smartrecruiters.com",
        "is_interview": 1,
        "company": "Héma-Québec",
        "role": "Infirmière clinicienne – formation et développement",
        "stage": "hiring_manager",
        "interviewers": "jasmine.cote@hema-quebec.qc.ca;marc-andre.poirier@hema-quebec.qc.ca",
        "trap": "smartrecruiters-french-template-two-interviewers",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7f2c5b1e-93a4-4d6f-a0e8-1c9b7d3f5a20@smartrecruiters.com
DTSTAMP:20250402T140122Z
DTSTART:20250408T180000Z
DTEND:20250408T190000Z
SUMMARY:Entrevue : Infirmière clinicienne – formation et développement | Héma-Québec
ORGANIZER;CN=Héma-Québec:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Jasmine Côté;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jasmine.cote@hema-quebec.qc.ca
ATTENDEE;CN=Marc-André Poirier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc-andre.poirier@hema-quebec.qc.ca
LOCATION:Héma-Québec\, 4045 boul. Côte-Vertu\, Saint-Laurent (QC) H4R 2W7 – réception principale
DESCRIPTION:Bonjour Geneviève\,\n\nNous avons le plaisir de confirmer votre entrevue pour le poste Infirmière clinicienne – formation et développement.\n\nDate : mardi 8 avril 2025\nHeure : 14 h 00 – 15 h 00 (HAE)\nLieu : Héma-Québec\, 4045 boul. Côte-Vertu\, Saint-Laurent\n\nVous rencontrerez :\nJasmine Côté – Conseillère principale\, acquisition de talents\nMarc-André Poirier – Chef de service\, formation des collectes de sang\n\nSi vous devez modifier votre rendez-vous\, veuillez répondre à ce message.\n\nPropulsé par SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009B3D5F7A1CA5DB01000000000000000010000000C8E6A4B2D0F1E3C5A7B9D1F3E5C7A9B1",
        "is_interview": 1,
        "company": "CIUSSS du Nord-de-l'Île-de-Montréal",
        "role": "Conseillère en soins infirmiers – cardiologie",
        "stage": "",
        "interviewers": "claudia.morin.cnmtl@ssss.gouv.qc.ca;richard.pelletier.cnmtl@ssss.gouv.qc.ca",
        "trap": "internal-posting-own-candidacy-current-employer",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Morin, Claudia (CIUSSS NIM)":mailto:claudia.morin.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pelletier, Richard (CIUSSS NIM)":mailto:richard.pelletier.cnmtl@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HSCM - K-2150 Salle DSI":mailto:HSCM.K2150@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nTa candidature à l'affichage interne 2025-INT-0331 (Conseillère en soins infirmiers – cardiologie\, DSI) a été retenue. Nous te convoquons à une entrevue avec Richard Pelletier (chef de service cardiologie-soins intensifs) et moi-même.\n\nTa cheffe d'unité est informée et ton remplacement est prévu au 7e pour la durée de l'entrevue (code de libération 042).\n\nClaudia Morin\nDirectrice adjointe – volet pratiques professionnelles\nDirection des soins infirmiers\n
UID:040000008200E00074C5B7101A82E008000000009B3D5F7A1CA5DB01000000000000000010000000C8E6A4B2D0F1E3C5A7B9D1F3E5C7A9B1
SUMMARY;LANGUAGE=fr-CA:Entrevue - affichage interne 2025-INT-0331 - G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250429T133000
DTEND;TZID=Eastern Standard Time:20250429T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T140832Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - K-2150 Salle DSI
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
