"""holdout162 events, part F: Camille on the hiring side at Clinique des Chartrons (all negatives)."""

from holdout162ev_tz import GOOGLE_PARIS, ROMANCE, ev

EVENTS = [
    ev("outlook-panel", "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000CH01",
       (0, "", "", "", "", "user-as-interviewer-outlook-panel-assistant-candidate"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rivière, Nathalie":mailto:n.riviere@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lartigue\, Ma
 rion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHARTRONS Salle
  Médoc (RDC)":mailto:salle.medoc@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour à toutes les deux\,\n\nM. Bastien Roux v
 ient pour le poste d'assistant de rééducation (CDD 6 mois). CV et lettre da
 ns le dossier partagé RH > Recrutements 2025. Camille\, peux-tu lui faire v
 isiter le plateau technique à la fin ?\n\nNathalie Rivière\nChargée RH
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000CH01
SUMMARY;LANGUAGE=fr-FR:Entretien M. ROUX Bastien - Assistant rééducation
DTSTART;TZID=Romance Standard Time:20250219T140000
DTEND;TZID=Romance Standard Time:20250219T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CHARTRONS Salle Médoc (RDC)
END:VEVENT
END:VCALENDAR
"""),
    ev("recurring-override", "040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000CH02",
       (0, "", "", "", "", "user-as-interviewer-recurring-ifmk-placement-slots-with-override"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lefèvre\, Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lartigue\, Ma
 rion":mailto:m.lartigue@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Créneau réservé aux entretiens des étudiants IFM
 K (K2/K3) qui demandent un stage chez nous pour la rentrée. 20 min par étu
 diant\, liste dans le classeur stages.\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000CH02
SUMMARY;LANGUAGE=fr-FR:Entretiens stagiaires IFMK
DTSTART;TZID=Romance Standard Time:20250306T133000
DTEND;TZID=Romance Standard Time:20250306T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau kiné 1er étage
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lefèvre\, Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lartigue\, Ma
 rion":mailto:m.lartigue@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Décalé à 16h (staff pluri à 13h30 ce jeudi). 3 é
 tudiants : Lucie B.\, Hugo T.\, Anaïs P.\n
RECURRENCE-ID;TZID=Romance Standard Time:20250320T133000
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000CH02
SUMMARY;LANGUAGE=fr-FR:Entretiens stagiaires IFMK (décalé)
DTSTART;TZID=Romance Standard Time:20250320T160000
DTEND;TZID=Romance Standard Time:20250320T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Bureau kiné 1er étage
END:VEVENT
END:VCALENDAR
"""),
    ev("all-day-essai", "040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000CH03",
       (0, "", "", "", "", "user-as-interviewer-supervises-candidate-trial-day"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Léa Marchand (kiné DE 2024\, candidate au remplacement d'été) f
 ait sa journée d'essai chez nous. Camille l'encadre toute la journée sur so
 n planning\, retour écrit à me faire le soir (fiche d'évaluation jointe).\n
 \nMarion
DTSTART;VALUE=DATE:20250411
DTEND;VALUE=DATE:20250412
DTSTAMP:20250402T151200Z
LOCATION:Plateau technique
ORGANIZER;CN="Lartigue, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;CN="Lefèvre, Camille";RSVP=TRUE:mailto:c.lefevre@clinique-chartro
 ns.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Journée d'essai L. Marchand - encadrement Camille
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000CH03
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""),
    ev("gmail-candidate", "6c9f2i5l8o1r4u7x0a3d6g9j2m@google.com",
       (0, "", "", "", "", "user-as-interviewer-candidate-on-free-mail-sends-invite"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250402T123000
DTEND;TZID=Europe/Paris:20250402T130000
DTSTAMP:20250328T201122Z
ORGANIZER;CN=Hugo Martinez:mailto:hugo.martinez.kine@gmail.com
UID:6c9f2i5l8o1r4u7x0a3d6g9j2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=c.lefevre@clinique-chartrons.fr;X-NUM-GUESTS=0:mailto:c.lefevre@cli
 nique-chartrons.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hugo Martinez;X-NUM-GUESTS=0:mailto:hugo.martinez.kine@gmail.com
DESCRIPTION:Bonjour Madame Lefèvre\,\nComme convenu au téléphone je vous env
 oie l'invitation pour l'entretien concernant le remplacement de juillet à l
 a clinique. Je vous appelle à 12h30 sur la ligne du service.\nBien cordial
 ement\,\nHugo Martinez\, MK DE
LAST-MODIFIED:20250328T201122Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien remplacement juillet - Hugo Martinez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("reply-accepted", "040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DB01000000000000000010000000CH05",
       (0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"),
       r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250508T120000Z
DTEND:20250508T124500Z
DTSTAMP:20250430T174533Z
ORGANIZER;CN="Lefèvre, Camille":mailto:c.lefevre@clinique-chartrons.fr
UID:040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DB01000000000000000010000000CH05
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloé
  Vasseur;X-NUM-GUESTS=0:mailto:chloe.vasseur33@gmail.com
COMMENT:Merci\, je serai là !
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté : Entretien - Kiné temps partiel (Clinique des Chartrons)
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-candidate", "4a7d0g3j-medika-presentation-0423@medikaconseil.fr",
       (0, "", "", "", "", "user-as-interviewer-agency-presents-candidate"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Madame Lefèvre\,\n\nSuite à la demande de Mme Lartigue\
 , je vous présente M. Thomas Girard\, MK DE 2019\, 4 ans en SMR neuro\, dis
 ponible sous 1 mois\, pour le poste en CDI. Son dossier de compétences est
  en pièce jointe. Je vous propose un entretien dans vos locaux à ce créneau
 .\n\nMélanie Roussel\nConsultante recrutement santé – Medika Conseil
DTEND;TZID="Romance Standard Time":20250423T143000
DTSTAMP:20250416T111530Z
DTSTART;TZID="Romance Standard Time":20250423T134500
LOCATION:Clinique des Chartrons
ORGANIZER;CN="Roussel, Mélanie":mailto:m.roussel@medikaconseil.fr
ATTENDEE;CN="Lefèvre, Camille";RSVP=TRUE:mailto:c.lefevre@clinique-chartro
 ns.fr
ATTENDEE;CN="Lartigue, Marion";RSVP=TRUE:mailto:m.lartigue@clinique-chartro
 ns.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Présentation candidat MK - M. Thomas Girard (Medika
  Conseil)
TRANSP:OPAQUE
UID:4a7d0g3j-medika-presentation-0423@medikaconseil.fr
END:VEVENT
END:VCALENDAR
"""),
    ev("debrief", "040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DB01000000000000000010000000CH07",
       (0, "", "", "", "", "user-as-interviewer-hiring-debrief"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lartigue\, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rivière\,
  Nathalie":mailto:n.riviere@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:On fait le point sur les 3 candidats vus pour le
  poste MK neuro (Girard\, Dubreuil\, Sanchez). Apportez vos grilles. Objec
 tif : une proposition d'embauche avant le 15/05.\n
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DB01000000000000000010000000CH07
SUMMARY;LANGUAGE=fr-FR:Débrief recrutement MK neuro
DTSTART;TZID=Romance Standard Time:20250430T170000
DTEND;TZID=Romance Standard Time:20250430T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T090500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau cadre
END:VEVENT
END:VCALENDAR
"""),
    ev("task-block", "D2E4F6A8-0B1C-4D3E-9F5A-7B6C8D0E2F14",
       (0, "", "", "", "", "user-as-interviewer-scoring-grid-to-fill"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250425T070211Z
DTSTART;VALUE=DATE:20250429
DTEND;VALUE=DATE:20250430
DTSTAMP:20250425T070240Z
SUMMARY:remplir grilles entretien candidats MK respi (pr Nathalie RH)
DESCRIPTION:3 grilles : motivation / clinique / équipe\, noter sur 5. envo
 yer avant vendredi
UID:D2E4F6A8-0B1C-4D3E-9F5A-7B6C8D0E2F14
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("phone-note", "8B3F1A2C-5D6E-4F70-8192-A3B4C5D6E7F8",
       (0, "", "", "", "", "user-as-interviewer-hand-typed-candidate-note"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250414T112233Z
DTEND:20250417T113000
DTSTAMP:20250414T112301Z
DTSTART:20250417T110000
DESCRIPTION:candidate poste MK neuro chez nous\, 3 ans Bagatelle\, dispo s
 ept. lui demander Bobath + gardes respi WE. Marion passe à 11h15
SEQUENCE:0
SUMMARY:Entretien Mme Dubreuil
UID:8B3F1A2C-5D6E-4F70-8192-A3B4C5D6E7F8
LOCATION:bureau kiné
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("calendly-host", "f1e2d3c4-b5a6-4789-9a0b-1c2d3e4f5a6b",
       (0, "", "", "", "", "user-as-interviewer-calendly-host-ifmk-student"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f1e2d3c4-b5a6-4789-9a0b-1c2d3e4f5a6b
DTSTAMP:20250404T192012Z
DTSTART:20250410T113000Z
DTEND:20250410T115000Z
SUMMARY:Échange stage IFMK (20 min) between Camille Lefèvre and Lucie Bern
 ard
DESCRIPTION:Event Name: Échange stage IFMK (20 min)\n\nLocation: Clinique d
 es Chartrons\, accueil rééducation\n\nInvitee: Lucie Bernard\nInvitee Emai
 l: lucie.bernard.k2@etu.ifmk-bordeaux.fr\n\nQuestions:\nPériode de stage s
 ouhaitée ?\nSeptembre-octobre (stage K3 locomoteur)\n\nPowered by Calendl
 y.com
LOCATION:Clinique des Chartrons\, accueil rééducation
ORGANIZER;CN=Camille Lefèvre:mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;CN=Lucie Bernard;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:luc
 ie.bernard.k2@etu.ifmk-bordeaux.fr
ATTENDEE;CN=Camille Lefèvre;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:c
 .lefevre@clinique-chartrons.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-host", "040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DB01000000000000000010000000CH11",
       (0, "", "", "", "", "user-as-interviewer-bookings-staff-member"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Stages Rééducation Chartrons:mailto:StagesReeducation@clinique
 -chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manon Roch
 e:mailto:manon.roche@etu.ifmk-bordeaux.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Lefèvre\, Ca
 mille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien de s
 tage K3\nClient : Manon Roche (manon.roche@etu.ifmk-bordeaux.fr)\nMembre du
  personnel : Camille Lefèvre\nDurée : 20 minutes\n\nGérer la réservation :
  https://outlook.office365.com/owa/calendar/StagesReeducation@clinique-char
 trons.fr/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DB01000000000000000010000000CH11
SUMMARY;LANGUAGE=fr-FR:Entretien de stage K3 pour Manon Roche
DTSTART;TZID=Romance Standard Time:20250515T133000
DTEND;TZID=Romance Standard Time:20250515T135000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T160455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau kiné 1er étage
END:VEVENT
END:VCALENDAR
"""),
    ev("binome", "040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DB01000000000000000010000000CH12",
       (0, "", "", "", "", "user-as-interviewer-candidate-shadows-user"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lartigue\, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Inès Benali (candidate MK temps plein\, vue en e
 ntretien lundi) vient observer une matinée en binôme avec toi : séances ort
 ho + balnéo. Dis-moi ce que tu en penses après.\n
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DB01000000000000000010000000CH12
SUMMARY;LANGUAGE=fr-FR:Binôme observation - I. Benali avec Camille
DTSTART;TZID=Romance Standard Time:20250206T083000
DTEND;TZID=Romance Standard Time:20250206T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T170100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Plateau technique
END:VEVENT
END:VCALENDAR
"""),
]
