"""holdout216: maître de conférences auditions (campagne synchronisée) -- raw iCalendar text, written by hand."""

from holdout216ev_tz import PARIS_APPLE, PARIS_GOOGLE, PARIS_SHORT, ROMANCE

EVENTS = [
    (
        "zimbra-convocation",
        {
            "uid": "a7c21f04-5b1e-4d6f-9f0e-2c1a7e3d9b40",
            "i": 1,
            "company": "Université Grenoble Alpes",
            "role": "Maître de conférences section 33 - poste 0412 - Chimie des matériaux pour l'énergie",
            "stage": "onsite",
            "who": "Hélène Vautrin",
            "trap": "mcf-audition-comite-de-selection-zimbra",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:clement.rousseau.chimie
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:a7c21f04-5b1e-4d6f-9f0e-2c1a7e3d9b40
SUMMARY:Audition comité de sélection - MCF 33 - poste 0412 - M. Clément ROUSSEAU
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@fre
 e.fr
ORGANIZER;CN=DGDRH - Pôle enseignants-chercheurs:mailto:dgdrh-recrutement-ec@univ-grenoble-alpes.fr
DTSTART;TZID="Europe/Paris":20250423T141500
DTEND;TZID="Europe/Paris":20250423T145000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20250408T091233Z
DTSTAMP:20250408T091233Z
SEQUENCE:0
LOCATION:Bâtiment Nanobio\\, salle 015 - 570 rue de la Chimie\\, Saint-Martin-d'Hères
DESCRIPTION:Monsieur\\,\\n\\nSuite à l'examen de votre dossier\\, le comité de
  sélection constitué pour le poste de maître de conférences n° 0412 (section
  CNU 33 - Chimie des matériaux pour l'énergie\\, profil recherche LEPMI) a le p
 laisir de vous convoquer à une audition le mercredi 23 avril 2025 à 14h15.\\n\\
 nL'audition se déroule de la façon suivante : exposé de 10 minutes (parcours\\,
  activités d'enseignement et de recherche\\, projet d'intégration)\\, suivi de 2
 5 minutes d'échanges avec les membres du comité présidé par Mme Hélène Vautrin
 \\, professeure des universités.\\n\\nMerci de vous présenter 15 minutes avant l'
 heure indiquée muni d'une pièce d'identité. Les frais de déplacement ne sont p
 as pris en charge.\\n\\nLe pôle enseignants-chercheurs\\nDGD Ressources humaines
 \\nUniversité Grenoble Alpes
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=START:-PT1H
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "iphone-entry",
        {
            "uid": "0F3B8E2A-6C41-4B7D-A1E9-5D2F7C9A3B18",
            "i": 1,
            "company": "Université de Bordeaux",
            "role": "",
            "stage": "",
            "who": "",
            "trap": "typed-mcf-audition-visio-no-attendees",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20250402T183114Z
DTEND;TZID=Europe/Paris:20250416T103500
DTSTAMP:20250402T183208Z
DTSTART;TZID=Europe/Paris:20250416T100000
LAST-MODIFIED:20250402T183208Z
LOCATION:Zoom (lien dans mail DRH du 2/4)
SEQUENCE:0
SUMMARY:Audition MCF Bordeaux (visio) - 33 MCF 4087 ICMCB
DESCRIPTION:10 min expo + 25 min questions\\nse connecter 9h45 test son\\nprojet
  intégration: axe 3 ICMCB (oxydes mixtes)\\nenseignement: dpt chimie\\, L3/M1 ma
 tériaux\\nID réunion 812 4471 9930 code 336188
UID:0F3B8E2A-6C41-4B7D-A1E9-5D2F7C9A3B18
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT30M
UID:7E4C2D9B-1A55-4F3E-8B0C-2D6E9F1A4C77
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000B0D5F2A1E6A3DB0100000000000000001000000054B1C7E0A9D4"
            "3F4C8E2B6A1D9F3C7E50",
            "i": 1,
            "company": "Université Claude Bernard Lyon 1",
            "role": "Maître de conférences - 33 MCF 0158 - ILM / département de chimie",
            "stage": "onsite",
            "who": "olivier.lacombe@univ-lyon1.fr;sandrine.perez@univ-lyon1.fr",
            "trap": "own-university-mcf-audition-outlook-room-resource",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="BERTHIER, Martine";SENT-BY="mailto:gestion-concours-ec@univ-lyon1.fr":mailto:martine.berthier@
 univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU, Clément":mailto:clement.rousseau@un
 iv-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LACOMBE, Olivier":mailto:olivier.lacombe@un
 iv-lyon1.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="PEREZ, Sandrine":mailto:sandrine.perez@un
 iv-lyon1.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DOUA - Salle du Conseil (Bât. Dé
 ambulatoire)":mailto:salle.conseil.doua@univ-lyon1.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\\,\\n\\nVeuillez trouver ci-dessous votre créneau d'audition devant le comi
 té de sélection (COS) 33 MCF 0158.\\n\\nPrésident du COS : Pr Olivier LACOMBE\\nVice-présidente : Dr Sandrine
  PEREZ\\n\\nDéroulé : présentation 12 min (recherche\\, enseignement\\, intégration à l'ILM) puis questions du
  comité (23 min). Une partie des échanges pourra se dérouler en anglais.\\n\\nBien cordialement\\,\\nMartine B
 erthier\\nService concours enseignants-chercheurs - DRH\\n\\n
UID:040000008200E00074C5B7101A82E00800000000B0D5F2A1E6A3DB0100000000000000001000000054B1C7E0A9D43F4C8E2B6A1D
 9F3C7E50
SUMMARY;LANGUAGE=fr-FR:COS 33 MCF 0158 - audition M. ROUSSEAU
DTSTART;TZID=Romance Standard Time:20250429T160500
DTEND;TZID=Romance Standard Time:20250429T164000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T074512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DOUA - Salle du Conseil (Bât. Déambulatoire)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
    (
        "renater-invite",
        {
            "uid": "su-cos-33mcf1921-2025-audition-07@sorbonne-universite.fr",
            "i": 1,
            "company": "Sorbonne Université",
            "role": "Maître de conférences en chimie des matériaux (33 MCF 1921)",
            "stage": "",
            "who": "anne-laure.girardin@sorbonne-universite.fr",
            "trap": "mcf-audition-renater-rendez-vous-visio",
        },
        """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
CREATED:20250410T135502Z
LAST-MODIFIED:20250410T140117Z
DTSTAMP:20250410T140117Z
UID:su-cos-33mcf1921-2025-audition-07@sorbonne-universite.fr
SUMMARY:Auditions 33 MCF 1921 - candidat n°7 : C. Rousseau
ORGANIZER;CN=Anne-Laure Girardin:mailto:anne-laure.girardin@sorbonne-universite.fr
ATTENDEE;RSVP=TRUE;CN=Clément Rousseau;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:clement.rousseau.ch
 imie@free.fr
DTSTART;TZID=Europe/Paris:20250505T113000
DTEND;TZID=Europe/Paris:20250505T121000
LOCATION:https://rendez-vous.renater.fr/SU-COS-33MCF1921
DESCRIPTION:Cher collègue\\,\\n\\nen tant que présidente du comité de sélection
 \\, je vous confirme votre audition pour le poste 33 MCF 1921 (LCMCP / Faculté
  des Sciences et Ingénierie). L'audition se tiendra à distance via le service
  RENATER Rendez-vous (lien ci-dessus\\, aucune installation requise).\\n\\nPrés
 entation : 15 min maximum\\, dont une partie (3 min environ) en anglais. Échan
 ges : 25 min.\\n\\nMerci d'envoyer vos diapositives au format PDF la veille à
  cette adresse.\\n\\nBien cordialement\\,\\nAnne-Laure Girardin\\nProfesseure\\, p
 résidente du COS
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-note",
        {
            "uid": "d2c4f7a1-33e0-4c8a-b6f2-91e5a0c7d3f6",
            "i": 1,
            "company": "Université de Strasbourg",
            "role": "",
            "stage": "onsite",
            "who": "",
            "trap": "typed-floating-audition-unistra-train-times",
            "eol": "lf",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:d2c4f7a1-33e0-4c8a-b6f2-91e5a0c7d3f6
DTSTAMP:20250411T064021Z
DTSTART:20250424T104000
DTEND:20250424T112000
SUMMARY:Audition Unistra 33MCF0789 !!
LOCATION:Inst. Le Bel, 4 rue Blaise Pascal Strasbourg salle 126
DESCRIPTION:TGV 6h04 Part-Dieu -> 9h52 Strasbourg / retour 15h34\nprévoir clé USB + pdf
 \nmembres comité : voir liste site unistra (Pr Keller présid.)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E008000000004A2F3C1D77A9DB01000000000000000010000000E3F5A1C9"
            "B2D74E0F9A8C6B3D1E2F4A57",
            "i": 1,
            "company": "Université Paris-Saclay",
            "role": "Maître de conférences 33 MCF 0674",
            "stage": "technical",
            "who": "marc.delacroix@universite-paris-saclay.fr",
            "trap": "mcf-mise-en-situation-pedagogique-teams",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="Recrutement EC - Université Paris-Saclay":mailto:recrutement.ec@universite-paris-saclay.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marc Delacroix":mailto:marc.delacroix@unive
 rsite-paris-saclay.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\, Monsieur\\,\\n\\nDans le cadre de la procédure de recrutement sur le poste
  33 MCF 0674\\, le comité de sélection a décidé d'organiser une mise en situation professionnelle (article
  9-2 du décret n°84-431). Elle se déroulera en visioconférence la veille de l'audition.\\n\\nSujet : séanc
 e de TD de 15 minutes\\, niveau L2\\, « Diagrammes de phases binaires »\\, devant les membres du comité. Des
  questions sur vos choix pédagogiques suivront (10 min). Le comité est représenté pour cette épreuve par
  M. Marc Delacroix\\, MCF HDR.\\n\\n_____________________________________________________________________
 ___________\\nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application mobile ou appareil de s
 alle\\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NDg
 4MjEtOGE1Ni00NGQ5LWI2MzItNGY0MTE4YjU0ZjZl%40thread.v2/0?context=%7b%22Tid%22%3a%22b3f1%22%7d>\\nID de la
  réunion : 371 552 904 118\\nCode secret : Uq3zT9\\n____________________________________________________
 ____________________________\\n
UID:040000008200E00074C5B7101A82E008000000004A2F3C1D77A9DB01000000000000000010000000E3F5A1C9B2D74E0F9A8C6B3
 D1E2F4A57
SUMMARY;LANGUAGE=fr-FR:33 MCF 0674 - Mise en situation professionnelle - C. Rousseau
DTSTART;TZID=Romance Standard Time:20250513T170000
DTEND;TZID=Romance Standard Time:20250513T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T121907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NDg4MjEtOGE1Ni00
 NGQ5LWI2MzItNGY0MTE4YjU0ZjZl%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        {
            "uid": "5q8m1kq7d3v2j0p4c6b9t1h2rs@google.com",
            "i": 1,
            "company": "Université Paris-Saclay",
            "role": "MCF 33 MCF 0674 (ICMMO)",
            "stage": "onsite",
            "who": "",
            "trap": "self-copied-audition-from-convocation-pdf",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clément - recherche d'emploi
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250514T073000Z
DTEND:20250514T081000Z
DTSTAMP:20250430T201455Z
UID:5q8m1kq7d3v2j0p4c6b9t1h2rs@google.com
CREATED:20250430T201341Z
LAST-MODIFIED:20250430T201441Z
LOCATION:Bât. 420\\, ICMMO\\, salle 115\\, 17 av. des Sciences\\, Orsay
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Saclay - audition COS MCF 0674 (ICMMO)
DESCRIPTION:Convocation (pdf reçu le 30/04) : se présenter 9h15 à l'accueil
  du bât. 420.<br>Audition 35 min : 10 min exposé + questions. Mise en situati
 on faite la veille en visio.<br><br>RER B Lozère\\, 12 min à pied.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {
            "uid": "8e3b5c90-2d41-4f7a-9b6e-ulille-cos33-0312",
            "i": 1,
            "company": "Université de Lille",
            "role": "Maître de conférences 33 MCF 0312 - UCCS",
            "stage": "",
            "who": "pascal.vandenberghe@univ-lille.fr",
            "trap": "mcf-audition-original-before-reschedule",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Agenda
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:8e3b5c90-2d41-4f7a-9b6e-ulille-cos33-0312
SUMMARY:Comité de sélection 33 MCF 0312 - audition ROUSSEAU
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@fre
 e.fr
ORGANIZER;CN=Pascal Vandenberghe:mailto:pascal.vandenberghe@univ-lille.fr
DTSTART;TZID="Europe/Paris":20250430T090000
DTEND;TZID="Europe/Paris":20250430T094000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20250415T160244Z
DTSTAMP:20250415T160244Z
SEQUENCE:0
LOCATION:Visio Zoom - https://univ-lille-fr.zoom.us/j/93322810457
DESCRIPTION:Bonjour\\,\\n\\nen tant que président du comité de sélection du poste
  33 MCF 0312 (Unité de Catalyse et Chimie du Solide)\\, j'ai le plaisir de vou
 s informer que votre dossier a été retenu pour audition. Celle-ci aura lieu
  en visioconférence (Zoom\\, ID 933 2281 0457\\, code 0312).\\n\\nFormat : 15 mi
 n de présentation\\, 25 min de questions.\\n\\nCordialement\\,\\nP. Vandenberghe
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-update",
        {
            "uid": "8e3b5c90-2d41-4f7a-9b6e-ulille-cos33-0312",
            "i": 1,
            "company": "Université de Lille",
            "role": "Maître de conférences 33 MCF 0312 - UCCS",
            "stage": "",
            "who": "pascal.vandenberghe@univ-lille.fr",
            "trap": "rescheduled-mcf-audition-higher-sequence",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Agenda
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:8e3b5c90-2d41-4f7a-9b6e-ulille-cos33-0312
SUMMARY:[MODIFIÉ] Comité de sélection 33 MCF 0312 - audition ROUSSEAU
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@fre
 e.fr
ORGANIZER;CN=Pascal Vandenberghe:mailto:pascal.vandenberghe@univ-lille.fr
DTSTART;TZID="Europe/Paris":20250506T153000
DTEND;TZID="Europe/Paris":20250506T161000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20250424T081530Z
DTSTAMP:20250424T081530Z
SEQUENCE:2
LOCATION:Visio Zoom - https://univ-lille-fr.zoom.us/j/93322810457
DESCRIPTION:Bonjour\\,\\n\\nsuite à l'indisponibilité de deux membres extérieurs\\,
  le comité de sélection a dû déplacer l'ensemble des auditions. Votre nouvea
 u créneau est le mardi 6 mai à 15h30. Le lien Zoom reste identique.\\n\\nToute
 s nos excuses pour ce changement.\\n\\nP. Vandenberghe\\, président du COS 33 MCF
  0312
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-invite",
        {
            "uid": "1h6c0t8bq9e3k5a7m2r4n6p8vd@google.com",
            "i": 1,
            "company": "INSA Lyon",
            "role": "Maître de conférences section 33 - MATEIS / département Science et Génie des Matériaux",
            "stage": "onsite",
            "who": "jerome.chassagne@insa-lyon.fr;ines.belkacem@insa-lyon.fr",
            "trap": "mcf-audition-google-workspace-two-committee-attendees",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250428T101500
DTEND;TZID=Europe/Paris:20250428T105500
DTSTAMP:20250416T092207Z
ORGANIZER;CN=Secrétariat SGM - INSA Lyon:mailto:secretariat.sgm@insa-lyon.fr
UID:1h6c0t8bq9e3k5a7m2r4n6p8vd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jérôme Chassagne;X-NUM-GUESTS=0:mailto:jerome.chassagne@insa-lyon.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inès Belkacem;X-NUM-GUESTS=0:mailto:ines.belkacem@insa-lyon.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN=Bât. Blaise Pascal-1-Salle B105 (20);X-NUM-GUESTS=0:mailto:c_1889f0a2e7
 b4@resource.calendar.google.com
X-MICROSOFT-CDO-OWNERAPPTID:-1638022711
CREATED:20250416T092205Z
DESCRIPTION:Monsieur Rousseau\\,<br><br>Le comité de sélection du poste MCF
  section 33 (MATEIS / département SGM) vous auditionnera le lundi 28 avril.
  Le comité est présidé par M. Jérôme Chassagne (PR)\\, Mme Inès Belkacem (MC
 F HDR) assurant la vice-présidence.<br><br>Exposé : 10 min. Questions : 30
  min\\, dont une partie sur vos enseignements en SGM (3e et 4e année).<br><br>
 Secrétariat du département SGM
LAST-MODIFIED:20250416T092206Z
LOCATION:Bât. Blaise Pascal-1-Salle B105 (20)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audition COS MCF 33 - SGM/MATEIS - M. Rousseau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
