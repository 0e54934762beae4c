"""holdout216: the user on the hiring side (stagiaires M2, postdoc and PhD candidates) -- raw iCalendar text."""

from holdout216ev_tz import PARIS_APPLE, PARIS_GOOGLE, PARIS_SHORT

EVENTS = [
    (
        "zimbra-invite",
        {
            "uid": "0b7e2f1c-6a4d-4d1e-9c3b-lcmf-stage-m2-lmartin",
            "i": 0,
            "trap": "user-as-interviewer-m2-intern-zoom-candidate-gmail",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:0b7e2f1c-6a4d-4d1e-9c3b-lcmf-stage-m2-lmartin
SUMMARY:Entretien candidature stage M2 - Léa Martin
ATTENDEE;CN=Léa Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.martin.2001@gmail.com
ATTENDEE;CN=Stéphane Garnier;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stephane.garnier@univ-
 lyon1.fr
ORGANIZER;CN=Clément Rousseau:mailto:clement.rousseau@univ-lyon1.fr
DTSTART;TZID="Europe/Paris":20241203T140000
DTEND;TZID="Europe/Paris":20241203T143000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LAST-MODIFIED:20241128T102200Z
DTSTAMP:20241128T102200Z
SEQUENCE:0
LOCATION:https://univ-lyon1.zoom.us/j/97730125518
DESCRIPTION:Bonjour Léa\\,\\n\\nMerci pour votre candidature au stage de M2 « Ox
 ydes mixtes mésoporeux pour la photocatalyse » (6 mois\\, février-juillet 202
 5). Je vous propose un échange en visio : présentez-nous en 5 min votre parco
 urs et votre stage de M1\\, puis nous vous décrirons le sujet.\\n\\nBien cordia
 lement\\,\\nClément Rousseau\\, post-doctorant - équipe Matériaux hybrides
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-event",
        {"uid": "GCKQ7MZ2PLR4XW8A@calendly.com", "i": 0, "trap": "user-as-interviewer-calendly-host-intern-slot"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:GCKQ7MZ2PLR4XW8A@calendly.com
DTSTAMP:20241129T173810Z
DTSTART:20241205T110000Z
DTEND:20241205T112000Z
SUMMARY:Hugo Petit and Clément Rousseau
ORGANIZER;CN=Clément Rousseau:mailto:clement.rousseau@univ-lyon1.fr
ATTENDEE;CN=Hugo Petit;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:hugo.petit@etu.univ-grenoble-alpes.fr
ATTENDEE;CN=Clément Rousseau;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:clement.rousseau@univ-lyon1.fr
LOCATION:Zoom - https://univ-lyon1.zoom.us/my/crousseau
DESCRIPTION:Event Name: Échange candidature stage M2 (20 min)\\n\\nInvitee: Hu
 go Petit\\nInvitee Email: hugo.petit@etu.univ-grenoble-alpes.fr\\n\\nQuestions
 :\\nMaster suivi : M2 Chimie des matériaux\\, UGA\\nDisponibilité : 3 février 2
 025\\nAutre : j'ai joint mon relevé de notes de M1\\n\\nView event in Calendly
 : https://calendly.com/app/scheduled_events/user/me
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reply-accepted",
        {
            "uid": "3c9e1a7b-5f2d-4c8e-a6b4-lcmf-stage-m2-idufour",
            "i": 0,
            "trap": "user-as-interviewer-candidate-accepted-reply",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20241206T090000Z
DTEND:20241206T093000Z
DTSTAMP:20241202T194455Z
ORGANIZER;CN=Clément Rousseau:mailto:clement.rousseau@univ-lyon1.fr
UID:3c9e1a7b-5f2d-4c8e-a6b4-lcmf-stage-m2-idufour
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès D
 ufour;X-NUM-GUESTS=0:mailto:ines.dufour.chimie@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage M2 - équipe Matériaux hybrides
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com",
            "i": 0,
            "trap": "user-as-interviewer-candidate-organizes-invite",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20241209T170000
DTEND;TZID=Europe/Paris:20241209T173000
DTSTAMP:20241204T085030Z
ORGANIZER;CN=Yanis Cherif:mailto:yanis.cherif75@gmail.com
UID:5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yanis Cherif;X-NUM-GUESTS=0:mailto:yanis.cherif75@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau@univ-lyon1.fr;X-NUM-GUESTS=0:mailto:clement.rousse
 au@univ-lyon1.fr
CREATED:20241204T085028Z
DESCRIPTION:Bonjour Dr Rousseau\\,<br>suite à votre mail\\, voici une invitati
 on pour notre entretien concernant le stage de M2 (photocatalyse). J'ai mis
  un lien Meet\\, n'hésitez pas à me dire si vous préférez Zoom.<br>Bien cordia
 lement\\,<br>Yanis Cherif<br>M1 Chimie - Sorbonne Université<br><br>Rejoindre
  avec Google Meet : https://meet.google.com/wds-nbqa-tgf
LAST-MODIFIED:20241204T085029Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage - Yanis Cherif / Dr Rousseau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-note",
        {"uid": "E7A41C02-3B9D-4F5A-8C16-9D0E2B7F4A31", "i": 0, "trap": "user-as-interviewer-typed-candidate-notes"},
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + """BEGIN:VEVENT
CREATED:20241209T175402Z
DTEND;TZID=Europe/Paris:20241210T093000
DTSTAMP:20241209T175611Z
DTSTART;TZID=Europe/Paris:20241210T090000
LAST-MODIFIED:20241209T175611Z
SEQUENCE:0
SUMMARY:choix stagiaire M2 -> réponse à Stéphane
DESCRIPTION:Léa ++ (DRX ok\\, motivée\\, dispo 3/02)\\nHugo + mais veut une th
 èse ailleurs\\nInès à revoir: bon dossier\\, entretien timide\\nYanis bof\\n=>
  proposer Léa\\, Inès en liste d'attente. prévenir les autres vendredi
UID:E7A41C02-3B9D-4F5A-8C16-9D0E2B7F4A31
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000ED206A1B2C3DDB0100000000000000001000000066554433"
            "221100FFEEDDCCBBAA998877",
            "i": 0,
            "trap": "user-as-interviewer-doctoral-school-funding-jury",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
ORGANIZER;CN="ED206 Chimie de Lyon - Secrétariat":mailto:ed206@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU, Clément":mailto:clement.rousseau@uni
 v-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="CHAUVIN, Marie-Hélène":mailto:marie-helene.chauvin
 @univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="OKAFOR, Daniel":mailto:daniel.okafor@ens-lyon.fr
DESCRIPTION;LANGUAGE=fr-FR:Chers collègues\\,\\n\\nMerci d'avoir accepté de siéger dans le jury C (Matériaux
 ) du concours des contrats doctoraux de l'ED206. Les auditions des 11 candidats auront lieu le 4 juin en
  salle du conseil de la MdC. Chaque audition dure 20 min (10 min de présentation du projet de thèse + 10
  min de questions). Les dossiers et la grille d'évaluation sont déposés sur le Nextcloud de l'ED.\\n\\nPrés
 idente du jury : Marie-Hélène Chauvin.\\n\\nLe secrétariat de l'ED206\\n
UID:040000008200E00074C5B7101A82E00800000000ED206A1B2C3DDB0100000000000000001000000066554433221100FFEEDDCCB
 BAA998877
SUMMARY;LANGUAGE=fr-FR:ED206 - Auditions contrats doctoraux - Jury C (Matériaux)
DTSTART;TZID=Europe/Paris:20250604T083000
DTEND;TZID=Europe/Paris:20250604T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Maison de la Chimie (MdC) - Campus LyonTech-la Doua\\, salle du conseil
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-task-block",
        {"uid": "7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com", "i": 0, "trap": "user-as-interviewer-scoring-grids-deadline"},
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250602T150000Z
DTEND:20250602T170000Z
DTSTAMP:20250520T081233Z
UID:7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com
CREATED:20250520T081230Z
DESCRIPTION:11 dossiers jury C ED206 : remplir la grille (qualité du candidat
  /5\\, projet /5\\, adéquation sujet /5) et déposer sur le Nextcloud avant
  mardi 18h. Attention conflit d'intérêt : ne pas noter la candidate de l'équipe
  de Stéphane.
LAST-MODIFIED:20250520T081232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grilles éval ED206 à rendre
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {
            "uid": "9a8b7c6d-5e4f-4a3b-2c1d-ed206-jury-c-delib",
            "i": 0,
            "trap": "user-as-interviewer-jury-deliberation-classement",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:9a8b7c6d-5e4f-4a3b-2c1d-ed206-jury-c-delib
SUMMARY:Jury C ED206 - délibération et classement
ORGANIZER;CN=Marie-Hélène Chauvin:mailto:marie-helene.chauvin@univ-lyon1.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau@univ-l
 yon1.fr
ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniel.okafor@ens-lyon.fr
DTSTART;TZID="Europe/Paris":20250604T140000
DTEND;TZID="Europe/Paris":20250604T153000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LAST-MODIFIED:20250526T161000Z
DTSTAMP:20250526T161000Z
SEQUENCE:0
LOCATION:MdC - salle du conseil
DESCRIPTION:Après les auditions du matin : mise en commun des notes\\, classem
 ent des 11 candidats et liste complémentaire à transmettre à la direction de
  l'ED avant 17h.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000A0B1C2D3"
            "E4F5061728394A5B6C7D8E9F",
            "i": 0,
            "trap": "user-as-interviewer-postdoc-candidate-with-pi",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
ORGANIZER;CN="GARNIER, Stéphane":mailto:stephane.garnier@univ-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROUSSEAU, Clément":mailto:clement.rousseau@uni
 v-lyon1.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@iisc.ac.in:mailto:priya.raman@iisc.
 ac.in
DESCRIPTION;LANGUAGE=en-US:Dear Dr Raman\\,\\n\\nThank you for your application to the 18-month postdoctoral
  position on the ANR project HYMAT. Clément Rousseau (postdoc in the team\\, who will co-supervise the wor
 k on operando XAS) and I would be glad to talk with you by Teams. Please prepare a 15-min presentation of
  your PhD work.\\n\\nBest regards\\,\\nStéphane Garnier\\n\\nMicrosoft Teams meeting\\nJoin: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_OGQx\\nMeeting ID: 377 200 915 448 Passcode: hT5vQ2\\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000A0B1C2D3E4F5061728394A5
 B6C7D8E9F
SUMMARY;LANGUAGE=en-US:HYMAT postdoc - video call with Dr Priya Raman
DTSTART;TZID=Europe/Paris:20250115T100000
DTEND;TZID=Europe/Paris:20250115T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T143300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-invite",
        {
            "uid": "2d4f6h8j-0l2n-4p6r-8t0v-seminaire-therrera",
            "i": 0,
            "trap": "user-as-interviewer-candidate-seminar-hosted",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:2d4f6h8j-0l2n-4p6r-8t0v-seminaire-therrera
SUMMARY:Séminaire - Dr Tomás Herrera (candidat postdoc HYMAT) + rencontre équipe
ORGANIZER;CN=Clément Rousseau:mailto:clement.rousseau@univ-lyon1.fr
ATTENDEE;CN=equipe-mh;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:equipe-mh@listes.univ-lyon1.fr
ATTENDEE;CN=Tomás Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:therrera@icmab.es
DTSTART;TZID="Europe/Paris":20250123T140000
DTEND;TZID="Europe/Paris":20250123T160000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
LAST-MODIFIED:20250117T090000Z
DTSTAMP:20250117T090000Z
SEQUENCE:0
LOCATION:Salle de séminaire 2e étage - bât. Chevreul
DESCRIPTION:Bonjour à tous\\,\\n\\nTomás Herrera (ICMAB-CSIC\\, Barcelone)\\, candi
 dat sur le postdoc HYMAT\\, présentera ses travaux (« Operando XAS of layered
  sodium oxides »\\, 40 min en anglais). Ensuite 14h45-16h : échanges avec Stép
 hane et moi\\, puis café avec les doctorants. Merci de venir nombreux et de no
 us faire un retour par mail !\\n\\nClément
END:VEVENT
END:VCALENDAR
""",
    ),
]
