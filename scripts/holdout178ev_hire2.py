"""holdout178 events, hiring side 2: shadowing, practical tests, panels, host-side bookings."""

from holdout178ev_common import neg

EVENTS = [
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Delcourt, Aurélie":mailto:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anais.roux.
 vet@gmail.com:mailto:anais.roux.vet@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Élodie\,\nLe Dr Anaïs Roux (candidate poste véto
  canine LC) viendra en matinée d'observation avec toi. Elle suit tes consult
 s\, tu peux lui confier 1-2 vaccinations si tu le sens. Ton retour dans Job
 affinity stp (case "Immersion").\nMerci !\nAurélie\n
UID:040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DC01000000000000000010
 00000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=fr-FR:Matinée d'observation - Dr Anaïs Roux
DTSTART;TZID=Romance Standard Time:20251107T083000
DTEND;TZID=Romance Standard Time:20251107T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre - consult 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DC01000000000000000010"
             "00000076543210FEDCBA9876543210FEDCBA98",
             "user-as-interviewer-hosts-candidate-observation-morning")],
    ),
    (
        "desktop-entry",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@TZ_ROMANCE@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Inès B. - mise en situation : contention chat + chien\, prépa p
 rise de sang\, pesée\, nettoyage salle. Karine note aussi. 30 min max.\n
DTEND;TZID="Romance Standard Time":20251030T110000
DTSTAMP:20251028T070900Z
DTSTART;TZID="Romance Standard Time":20251030T103000
LOCATION:salle de soins
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Mise en situation ASV (Inès)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010
 000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010"
             "000000ABCDEF0123456789ABCDEF0123456789",
             "user-as-interviewer-runs-asv-practical-test")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Olivier":mailto:o.marchand@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoarau, Jessi
 ca":mailto:j.hoarau@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=p.lemaire.v
 eto@wanadoo.fr:mailto:p.lemaire.veto@wanadoo.fr
DESCRIPTION;LANGUAGE=fr-FR:Le Dr Pierre Lemaire envisage de rejoindre VetiNo
 rd comme vétérinaire associé sur Lille Centre (rachat de parts). Je souhait
 e qu'il rencontre l'équipe vétérinaire actuelle. Merci de préparer vos ques
 tions (organisation des gardes\, référés\, NAC) et de me faire un retour.\n
 Olivier\n
UID:040000008200E00074C5B7101A82E00800000000C8D7E6F5A4B3DC01000000000000000010
 000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=fr-FR:Rencontre Dr P. Lemaire / équipe véto Lille Centre
DTSTART;TZID=Romance Standard Time:20251125T190000
DTEND;TZID=Romance Standard Time:20251125T203000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre - salle de pause
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000C8D7E6F5A4B3DC01000000000000000010"
             "000000FEDCBA9876543210FEDCBA9876543210",
             "user-as-interviewer-team-meets-prospective-associate")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Thi-Lan":mailto:tl.nguyen@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bertin, Yann"
 :mailto:y.bertin@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maxime Faure
 :mailto:maxime.faure.dmv@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Panel : Yann (urgences Marcq) + Élodie (médecine
  générale).\nKit d'entretien en PJ : 4 cas (GDV\, intox perméthrine chat\,
  polytrauma\, gestion client en colère)\, questions comportementales\, grille
  1-4. Merci de remplir la grille chacun de votre côté avant le débrief.\n\n
 Réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3amee
 ting_YmVhOTZm\n
UID:040000008200E00074C5B7101A82E0080000000013F2E1D0C9B8DC01000000000000000010
 0000000F0E0D0C0B0A09080706050403020100
SUMMARY;LANGUAGE=fr-FR:Vétérinaire urgentiste (Marcq) - M. Faure - entretie
 n panel
DTSTART;TZID=Romance Standard Time:20251119T130000
DTEND;TZID=Romance Standard Time:20251119T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E0080000000013F2E1D0C9B8DC01000000000000000010"
             "0000000F0E0D0C0B0A09080706050403020100",
             "user-as-interviewer-teams-panel-with-interview-kit")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delcourt, Aur
 élie":mailto:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julie.caron
 .asv@hotmail.fr:mailto:julie.caron.asv@hotmail.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julie\,\n\nSuite à notre premier échange
  je vous propose un second entretien avec Aurélie Delcourt (RH) et moi-même
 \, pour parler du contrat\, du planning et de la date de démarrage.\n\nDr
  Élodie Vasseur\nVétérinaire - VetiNord Lille Centre\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DC01000000000000000010
 000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=fr-FR:2nd entretien - Julie Caron (ASV)
DTSTART;TZID=Romance Standard Time:20251002T131500
DTEND;TZID=Romance Standard Time:20251002T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T154000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre - Bureau RDC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DC01000000000000000010"
             "000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
             "user-as-interviewer-chairs-second-round-asv")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T110000Z
DTEND:20251016T113000Z
DTSTAMP:20251012T203015Z
ORGANIZER;CN=Thomas Van Hove:mailto:thomas.vanhove.dvm@gmail.com
UID:3kj8vn1rt6c0pe5qa2mh9dlo4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas
  Van Hove;X-NUM-GUESTS=0:mailto:thomas.vanhove.dvm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=e.vasseur@vetinord.fr;X-NUM-GUESTS=0:mailto:e.vasseur@vetinord.fr
DESCRIPTION:Bonjour Docteur Vasseur\,\n\nComme proposé par Mme Delcourt\, j
 e vous envoie une invitation pour notre échange téléphonique concernant ma
  candidature au poste de vétérinaire remplaçant. Je suis joignable au +32
  478 11 52 60.\n\nBien à vous\,\nThomas Van Hove
LOCATION:+32 478 11 52 60
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique avec Dr Vasseur (VetiNord)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("3kj8vn1rt6c0pe5qa2mh9dlo4b@google.com",
             "user-as-interviewer-candidate-gmail-sends-invite-to-work")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Delcourt, Aurélie":mailto:a.delcourt@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Point rapide sur les candidatures ASV reçues (1
 4) : tri ensemble\, qui on convoque\, qui on met en vivier.\n
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010
 0000005A5A5A5A5B5B5B5B5C5C5C5C5D5D5D5D
SUMMARY;LANGUAGE=fr-FR:Point RH - tri CV ASV
DTSTART;TZID=Romance Standard Time:20250915T124500
DTEND;TZID=Romance Standard Time:20250915T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010"
             "0000005A5A5A5A5B5B5B5B5C5C5C5C5D5D5D5D", "user-as-interviewer-cv-screening-with-hr")],
    ),
    (
        "calendly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f3a91c08-77d2-4e5b-8c16-2b0e9d4a7f63@calendly.com
DTSTAMP:20251118T090512Z
DTSTART:20251124T121500Z
DTEND:20251124T123500Z
SUMMARY:Hugo Lenoir et Élodie Vasseur
ORGANIZER;CN=Élodie Vasseur:mailto:e.vasseur@vetinord.fr
ATTENDEE;CN=Hugo Lenoir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hugo.le
 noir@etu.uliege.be
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.v
 asseur@vetinord.fr
DESCRIPTION:Type d'événement : Candidature stage / journée découverte (20 m
 in)\n\nNom de l'invité : Hugo Lenoir\nE-mail de l'invité : hugo.lenoir@etu
 .uliege.be\n\nQuestions :\nÉcole et année : Liège\, master 2\nPourquoi Vet
 iNord ? : la médecine canine en clinique de ville\, et ma copine est à Lil
 le\n\nEmplacement : Appel téléphonique. Élodie Vasseur vous appellera.\n\nP
 ropulsé par Calendly.com
LOCATION:Appel téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [neg("f3a91c08-77d2-4e5b-8c16-2b0e9d4a7f63@calendly.com",
             "user-as-interviewer-calendly-host-intern-applicant")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefort, K
 arine":mailto:k.lefort@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Accueil L
 ille Centre":mailto:lillecentre@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Hugo Lenoir (Liège M2) vient découvrir la clinique
  avant validation de son stage tutoré. Il me suit toute la journée. Je vous
  demanderai votre avis en fin de journée.\n
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC01000000000000000010
 00000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=fr-FR:Journée découverte stagiaire - H. Lenoir
DTSTART;TZID=Romance Standard Time:20251209T083000
DTEND;TZID=Romance Standard Time:20251209T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T163000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC01000000000000000010"
             "00000099AA88BB77CC66DD55EE44FF33001122",
             "user-as-interviewer-intern-applicant-discovery-day")],
    ),
    (
        "jobaffinity",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobaffinity//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:jobaffinity-evt-311902-interviewer@jobaffinity.fr
DTSTAMP:20251120T101000Z
DTSTART:20251126T164500Z
DTEND:20251126T173000Z
SUMMARY:[VetiNord] Entretien visio : Dr Camille Perrin - Vétérinaire rempla
 çant(e)
ORGANIZER;CN=VetiNord Recrutement:mailto:noreply@jobaffinity.fr
ATTENDEE;CN=Élodie Vasseur;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:e.vasseur@v
 etinord.fr
ATTENDEE;CN=Olivier Marchand;ROLE=REQ-PARTICIPANT:mailto:o.marchand@vetinord
 .fr
DESCRIPTION:Participants côté VetiNord : Olivier Marchand\, Élodie Vasseur.
 \nLien visio envoyé séparément à la candidate.\nRappel : l'avis de chaque
  membre du jury est requis pour passer l'étape.\n\nFiche : https://vetinor
 d.jobaffinity.fr/recruiter/candidates/311902
LOCATION:Visio Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [neg("jobaffinity-evt-311902-interviewer@jobaffinity.fr",
             "user-as-interviewer-ats-jury-member-visio")],
    ),
]
