"""holdout162 events, part E: French clubs and federations, agency, clinics, start-up, digital physio."""

from holdout162ev_tz import GOOGLE_PARIS, ROMANCE, ev

EVENTS = [
    ev("lever", "lever-int-8e21c7a0-33d1-4f0b-b9a2-fcgb",
       (1, "Girondins de Bordeaux", "Kinésithérapeute Centre de Formation", "recruiter_screen",
        "n.mercier@girondins.com", "lever-candidate-invite-utc"),
       r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-8e21c7a0-33d1-4f0b-b9a2-fcgb
DTSTAMP:20250210T133300Z
DTSTART:20250214T100000Z
DTEND:20250214T103000Z
SUMMARY:Camille Lefèvre <> FC Girondins de Bordeaux
DESCRIPTION:Bonjour Camille\,\n\nMerci d'avoir postulé au poste Kinésithéra
 peute Centre de Formation. Nicolas Mercier (Talent Acquisition) vous appel
 lera pour un premier échange.\n\nSi vous avez besoin de reprogrammer\, répo
 ndez simplement à cet e-mail.
LOCATION:Appel téléphonique
ORGANIZER;CN=Nicolas Mercier:mailto:n.mercier@girondins.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("jury-paris", "insep-jury-kine-2025-05-lefevre@insep.fr",
       (1, "INSEP", "Masseur-kinésithérapeute (contractuel catégorie A)", "onsite",
        "Dr Sophie Marchal;Hervé Laborde", "public-body-recruitment-jury-in-person"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame\,\n\nVous êtes convoquée à un entretien avec le jury de
  recrutement pour le poste de masseur-kinésithérapeute (contractuel catégor
 ie A) au sein du Pôle médical.\n\nComposition du jury : Dr Sophie Marchal (
 médecin chef)\, Hervé Laborde (kinésithérapeute coordonnateur)\, une repré
 sentante du service des ressources humaines.\n\nDéroulé : présentation de 5
  minutes\, puis 25 minutes d'échanges.\nPièce d'identité obligatoire à l'e
 ntrée (11 avenue du Tremblay\, Paris 12e).\n\nService recrutement – INSEP
DTEND;TZID="Romance Standard Time":20250521T101500
DTSTAMP:20250505T144510Z
DTSTART;TZID="Romance Standard Time":20250521T094500
LOCATION:INSEP\, Bâtiment administratif\, salle 2.04
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Convocation jury - MK contractuel - Mme LEFEVRE
TRANSP:OPAQUE
UID:insep-jury-kine-2025-05-lefevre@insep.fr
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-ffr", "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000FFR2",
       (1, "FFR", "Kinésithérapeute – Équipe de France Féminine XV", "hiring_manager",
        "claire.dufau@ffr.fr", "federation-national-team-teams-interview"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="DUFAU Claire";SENT-BY="mailto:secretariat.medical@ffr.fr":mai
 lto:claire.dufau@ffr.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nPour faire suite à votre candidature
  (Kinésithérapeute – Équipe de France Féminine XV\, missions sur stages et
  tournois)\, le Dr Dufau\, médecin de l'équipe\, vous propose un entretien
  en visio.\n\nSecrétariat médical FFR – Centre National de Rugby\, Marcouss
 is\n\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_ZmZy@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000FFR2
SUMMARY;LANGUAGE=fr-FR:Entretien Kiné EDF F XV - C. Lefèvre
DTSTART;TZID=Romance Standard Time:20250512T083000
DTEND;TZID=Romance Standard Time:20250512T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T101040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-phone", "3f9d2c1b-medika-rdv-0319@medikaconseil.fr",
       (1, "Polyclinique Bordeaux Nord Aquitaine", "Masseur-kinésithérapeute – service SMR", "recruiter_screen",
        "m.roussel@medikaconseil.fr", "agency-screen-client-named-in-body-only"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Camille\,\n\nMerci pour votre retour. Comme indiqué\, n
 otre client est la Polyclinique Bordeaux Nord Aquitaine\, qui recrute un M
 asseur-kinésithérapeute pour son service SMR (CDI\, temps plein\, prime d'i
 nstallation). Je vous appelle pour faire le point sur votre parcours et vos
  attentes avant de présenter votre candidature.\n\nMélanie Roussel\nConsult
 ante recrutement santé – Medika Conseil\n05 56 00 41 27
DTEND;TZID="Romance Standard Time":20250319T124500
DTSTAMP:20250317T091402Z
DTSTART;TZID="Romance Standard Time":20250319T121500
LOCATION:Appel sur votre portable
ORGANIZER;CN="Roussel, Mélanie":mailto:m.roussel@medikaconseil.fr
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Échange téléphonique Medika Conseil / Camille Lefèvr
 e
TRANSP:OPAQUE
UID:3f9d2c1b-medika-rdv-0319@medikaconseil.fr
END:VEVENT
END:VCALENDAR
"""),
    ev("talentsoft", "cegid-talent-itw-10477-2@elsan.care",
       (1, "Clinique Saint-Augustin", "Masseur-kinésithérapeute H/F – CDI temps plein", "hiring_manager",
        "v.darrigade@elsan.care", "cegid-talent-convocation"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid Talent//Recruiting//FR
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
UID:cegid-talent-itw-10477-2@elsan.care
DTSTAMP:20250411T080812Z
DTSTART;TZID=Europe/Paris:20250417T163000
DTEND;TZID=Europe/Paris:20250417T171500
SUMMARY:Convocation entretien - Masseur-kinésithérapeute H/F - Clinique Sain
 t-Augustin
DESCRIPTION:Madame Lefèvre\,\n\nVous êtes invitée à un entretien pour l'off
 re « Masseur-kinésithérapeute H/F – CDI temps plein » (réf. 10477).\nVous
  serez reçue par Valérie Darrigade\, cadre de santé rééducation.\nAdresse
  : 114 avenue d'Arès\, 33074 Bordeaux. Accueil principal.\n\nMerci de ne pas
  répondre à ce message automatique.
LOCATION:Clinique Saint-Augustin\, Bordeaux
ORGANIZER;CN=Elsan Recrutement:mailto:no-reply@cegid-talent.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
ATTENDEE;CN=Valérie Darrigade:mailto:v.darrigade@elsan.care
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("gmail-cafe", "5b8e1h4k7n0q3t6w9z2c5f8i1l@google.com",
       (1, "Movaé", "Kiné référent·e produit", "hiring_manager", "thomas.guerin.movae@gmail.com",
        "coffee-titled-startup-founder-interview"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250326T083000
DTEND;TZID=Europe/Paris:20250326T093000
DTSTAMP:20250321T173355Z
ORGANIZER;CN=Thomas Guérin:mailto:thomas.guerin.movae@gmail.com
UID:5b8e1h4k7n0q3t6w9z2c5f8i1l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thomas Guérin;X-NUM-GUESTS=0:mailto:thomas.guerin.movae@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
DESCRIPTION:Hello Camille\,\nMerci pour ta candidature sur WTTJ ! On se fai
 t un café pour un premier entretien sur le poste de Kiné référent·e produit
  (conception des programmes d'exercices de l'app\, 60 % produit / 40 % té
 lésoin). Je suis le cofondateur\, on sera juste tous les deux.\nThomas
LAST-MODIFIED:20250321T173355Z
LOCATION:Café Piha\, rue Saint-Rémi\, Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Thomas (Movaé) x Camille
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("zoom-fr", "zoom-91844020017-creps-bdx",
       (1, "CREPS de Bordeaux", "Masseur-kinésithérapeute – Pôles France et Espoirs", "hiring_manager",
        "g.lassalle@creps-bordeaux.fr", "zoom-invite-public-sports-centre"),
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTAMP:20250505T130212Z
DTSTART;TZID=Europe/Paris:20250513T173000
DTEND;TZID=Europe/Paris:20250513T181500
SUMMARY:Entretien poste MK Pôles - CREPS
UID:zoom-91844020017-creps-bdx
TZID:Europe/Paris
DESCRIPTION:Guillaume Lassalle vous invite à une réunion Zoom planifiée.\n\n
 Objet : entretien pour le poste de masseur-kinésithérapeute – Pôles France
  et Espoirs (suivi des athlètes en aviron\, athlétisme et basket).\nGuillau
 me Lassalle\, responsable du service médical.\n\nParticiper à la réunion Zo
 om\nhttps://us06web.zoom.us/j/91844020017?pwd=cHJk\n\nID de réunion: 918 4
 402 0017\nCode secret: 330571\n
LOCATION:https://us06web.zoom.us/j/91844020017?pwd=cHJk
ORGANIZER;CN=Guillaume Lassalle:mailto:g.lassalle@creps-bordeaux.fr
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.
 net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("desktop-note", "20250519T081544Z-3381@thunderbird",
       (1, "CH d'Arcachon", "", "", "Mme Dulong;M. Castaing", "hand-typed-hospital-interview-floating"),
       r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250519T081544Z
LAST-MODIFIED:20250519T081610Z
DTSTAMP:20250519T081610Z
UID:20250519T081544Z-3381@thunderbird
SUMMARY:entretien CH Arcachon (Mme Dulong DRH + M. Castaing cadre rééduc)
DTSTART:20250527T143000
DTEND:20250527T153000
LOCATION:Pôle de santé d'Arcachon\, La Teste - accueil admin
DESCRIPTION:poste MK temps plein SMR + urgences respi en hiver. demander l
 a grille FPH et la reprise d'ancienneté. 45 min de route\, partir 13h30
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("ashby", "ashby-7c2f0e18-9b3d-4aa1-8e55-sword-rs",
       (1, "Sword Health", "Physical Therapist (French-speaking) – Remote", "recruiter_screen",
        "ines.carvalho@swordhealth.com", "ashby-english-recruiter-screen-utc"),
       r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7c2f0e18-9b3d-4aa1-8e55-sword-rs
DTSTAMP:20250303T101022Z
DTSTART:20250310T150000Z
DTEND:20250310T153000Z
SUMMARY:Camille Lefèvre <> Sword Health | Recruiter Screen
DESCRIPTION:Hi Camille\,\n\nYou're confirmed for a 30-minute Recruiter Scre
 en with Inês Carvalho for the Physical Therapist (French-speaking) – Remot
 e role.\n\nGoogle Meet: https://meet.google.com/swd-rcqk-yzp\n\nNeed to res
 chedule? Use the link in your confirmation e-mail.\n\nSent via Ashby
LOCATION:https://meet.google.com/swd-rcqk-yzp
ORGANIZER;CN=Sword Health Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
ATTENDEE;CN=Inês Carvalho:mailto:ines.carvalho@swordhealth.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime", "goodtime-event-4471aa90-sword-case",
       (1, "Sword Health", "Physical Therapist, France", "technical",
        "joao.almeida@swordhealth.com;claire.martin@swordhealth.com", "goodtime-clinical-case-interview"),
       r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-event-4471aa90-sword-case
DTSTAMP:20250318T172211Z
DTSTART:20250325T160000Z
DTEND:20250325T170000Z
SUMMARY:Sword Health - Clinical Case Interview (Physical Therapist\, France)
DESCRIPTION:Hi Camille\,\n\nYour Clinical Case Interview is scheduled.\n\nI
 nterviewers:\n- João Almeida\, Clinical Lead EMEA\n- Claire Martin\, Senior
  Physical Therapist (FR)\n\nYou will be given a patient case (low back pain\,
  desk worker\, 42) and asked to walk us through your assessment and a 6-we
 ek digital program. No preparation needed.\n\nJoin Zoom: https://swordheal
 th.zoom.us/j/97112034551\n\nScheduled by Rita Sousa (Recruiting Coordinator)
  with GoodTime.
LOCATION:https://swordhealth.zoom.us/j/97112034551
ORGANIZER;CN=Rita Sousa:mailto:rita.sousa@swordhealth.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
ATTENDEE;CN=João Almeida:mailto:joao.almeida@swordhealth.com
ATTENDEE;CN=Claire Martin:mailto:claire.martin@swordhealth.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
