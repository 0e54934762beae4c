"""holdout162 events, part D: rugby clubs, rehabilitation centres and private practices in south-west France."""

from holdout162ev_tz import GOOGLE_PARIS, ROMANCE, ev

EVENTS = [
    ev("google-cancel", "4hk2m9p0s7v3x8b1d6f0j5n2qr@google.com",
       (1, "Stade Toulousain", "Kinésithérapeute – Équipe professionnelle", "recruiter_screen",
        "l.bonnet@stadetoulousain.fr", "cancelled-phone-interview-method-cancel"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250305T121500
DTEND;TZID=Europe/Paris:20250305T124500
DTSTAMP:20250304T081207Z
ORGANIZER;CN=Laure Bonnet:mailto:l.bonnet@stadetoulousain.fr
UID:4hk2m9p0s7v3x8b1d6f0j5n2qr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=camill
 e.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefevre.kine@lapo
 ste.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laure
  Bonnet;X-NUM-GUESTS=0:mailto:l.bonnet@stadetoulousain.fr
CREATED:20250226T171015Z
DESCRIPTION:Entretien téléphonique pour le poste de kinésithérapeute – Équi
 pe professionnelle. Je vous appelle au numéro indiqué sur votre CV.\n\nLau
 re Bonnet – Ressources humaines\, Stade Toulousain\n\nCet événement a été a
 nnulé : le poste a été pourvu en interne. Nous conservons votre candidatur
 e.
LAST-MODIFIED:20250304T081207Z
LOCATION:Téléphone
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Annulé : Entretien téléphonique - Kiné Équipe pro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-pau", "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000001000000078AB",
       (1, "Section Paloise", "Masseur-kinésithérapeute Équipe Pro (CDD saison 2025-2026)", "hiring_manager",
        "v.lacaze@section-paloise.com", "outlook-teams-club-medical-staff"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LACAZE Vincent":mailto:v.lacaze@section-paloise.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\,\n\nJe vous propose d'échanger e
 n visio au sujet du poste de Masseur-kinésithérapeute Équipe Pro (CDD saiso
 n 2025-2026). Je suis le médecin responsable du staff médical.\n\nCordiale
 ment\,\nDr Vincent Lacaze\n\n_____________________________________________
 ___________________________________\nRéunion Microsoft Teams\nParticipez à p
 artir de votre ordinateur\, de votre application mobile ou de l'appareil de
  la salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_MmU3@thread.v2/0>\nID de réunion : 366 412 98
 0 112\nCode secret : Lq4g7X\nParticiper par téléphone\n+33 1 70 37 19 46\,\,
 118392744# France\, Paris\n
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000001000000078AB
SUMMARY;LANGUAGE=fr-FR:Entretien Kiné Équipe Pro - Camille Lefèvre
DTSTART;TZID=Romance Standard Time:20250407T180000
DTEND;TZID=Romance Standard Time:20250407T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T092010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("iphone-visio", "9A0C7E54-1B2D-4F3E-8C6A-5D4E3F2A1B0C",
       (1, "Aviron Bayonnais", "", "hiring_manager", "Jean-Baptiste", "hand-typed-club-video-call-abbreviated"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250428T121510Z
DTEND:20250430T131500
DTSTAMP:20250428T121533Z
DTSTART:20250430T123000
LAST-MODIFIED:20250428T121533Z
LOCATION:visio (lien par sms)
DESCRIPTION:Jean-Ba = kiné chef\, c lui qui recrute. poste pro D2 + espoirs
 \, dispo 1er juillet. Relire fiche de poste + mes stats retour au jeu
SEQUENCE:0
SUMMARY:Aviron Bayonnais - visio Jean-Ba
UID:9A0C7E54-1B2D-4F3E-8C6A-5D4E3F2A1B0C
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("outlook-sent-by", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000100000009ABC",
       (1, "CERS Capbreton", "Masseur-Kinésithérapeute DE (H/F) – CDI", "hiring_manager",
        "d.larrieu@cers-capbreton.com;f.saint-martin@cers-capbreton.com", "outlook-sent-by-assistant-romance-zone"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250320T095011Z
DESCRIPTION:Madame\,\n\nSuite à votre candidature au poste de Masseur-Kinés
 ithérapeute DE (H/F) – CDI\, Mme Larrieu\, directrice des soins\, et M. Sai
 nt-Martin\, kinésithérapeute coordinateur\, vous recevront pour un entreti
 en de recrutement.\n\nMerci de vous présenter à l'accueil du bâtiment A.\n
 \nBien cordialement\,\nCatherine Pédelucq\nAssistante de direction
DTEND;TZID="Romance Standard Time":20250403T113000
DTSTAMP:20250320T095011Z
DTSTART;TZID="Romance Standard Time":20250403T103000
LAST-MODIFIED:20250320T095011Z
LOCATION:CERS - Bâtiment A\, salle du conseil
ORGANIZER;CN="Larrieu, Delphine";SENT-BY="mailto:c.pedelucq@cers-capbreton
 .com":mailto:d.larrieu@cers-capbreton.com
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
ATTENDEE;CN="Saint-Martin, François";RSVP=TRUE:mailto:F.Saint-Martin@cers-
 capbreton.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Salle du conseil (Bât A)
 ";RSVP=TRUE:mailto:salle.conseil@cers-capbreton.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Mme Camille LEFEVRE
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000100000009ABC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("all-day-essai", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000DEF0",
       (1, "CERS Capbreton", "", "onsite",
        "f.saint-martin@cers-capbreton.com", "all-day-journee-d-essai-candidate"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Camille\,\n\nComme évoqué avec Mme Larrieu\, je vous a
 ccueille pour une journée d'essai dans le service (plateau technique + bal
 néo). Vous prendrez en charge 3 patients en binôme avec moi (reprise course
  après LCA\, épaule opérée\, lombalgie chronique). Prévoir tenue et maillo
 t de bain.\nRepas offert au self.\n\nFrançois Saint-Martin
DTSTART;VALUE=DATE:20250424
DTEND;VALUE=DATE:20250425
DTSTAMP:20250409T141122Z
LOCATION:CERS Capbreton
ORGANIZER;CN="Saint-Martin, François":mailto:F.Saint-Martin@cers-capbreton
 .com
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Journée d'essai Camille Lefèvre
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000DEF0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    ev("digitalrecruiters", "dr-5519837-itw-1@digitalrecruiters.com",
       (1, "Clinique du Sport Bordeaux-Mérignac", "Masseur-Kinésithérapeute (H/F)", "recruiter_screen",
        "emilie.garnier@clinique-du-sport-merignac.fr", "french-ats-hr-visio-screen"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:dr-5519837-itw-1@digitalrecruiters.com
DTSTAMP:20250224T161505Z
DTSTART:20250303T084500Z
DTEND:20250303T091500Z
SUMMARY:Entretien RH - Masseur-Kinésithérapeute (H/F) - Clinique du Sport B
 ordeaux-Mérignac
DESCRIPTION:Bonjour Camille Lefèvre\,\n\nNous avons le plaisir de vous conv
 ier à un entretien avec Émilie Garnier\, Chargée RH.\nType : Visioconférenc
 e (Google Meet)\nLien : https://meet.google.com/qze-gbvx-nwr\n\nEn cas d'e
 mpêchement\, merci de nous prévenir via votre espace candidat.\n\nCordiale
 ment\,\nL'équipe recrutement
LOCATION:Google Meet
ORGANIZER;CN=Clinique du Sport - Recrutement:mailto:no-reply@digitalrecruit
 ers.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.
 net
ATTENDEE;CN=Émilie Garnier:mailto:emilie.garnier@clinique-du-sport-merigna
 c.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("gmail-founder", "7m3j0q8t1w5z9c2e6h4k8n0p1s@google.com",
       (1, "Cabinet des Quinconces", "", "", "antoine.desbats.kine@gmail.com",
        "practice-owner-free-mail-collaboration"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250313T200000
DTEND;TZID=Europe/Paris:20250313T210000
DTSTAMP:20250309T221544Z
ORGANIZER;CN=Antoine Desbats:mailto:antoine.desbats.kine@gmail.com
UID:7m3j0q8t1w5z9c2e6h4k8n0p1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Antoine Desbats;X-NUM-GUESTS=0:mailto:antoine.desbats.kine@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
DESCRIPTION:Salut Camille\,\nSuper ton profil sport. Viens voir le cabinet
  jeudi après mes patients\, je te montre les locaux et on parle du contrat d
 e collaboration (redevance 25 %\, 3 jours/sem au départ\, patientèle à dév
 elopper). Marie\, mon associée\, sera là aussi si elle finit à temps.\nAnt
 oine
LAST-MODIFIED:20250309T221544Z
LOCATION:12 cours de Verdun\, 33000 Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille / Antoine - cabinet Quinconces
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("google-export", "0pq7ab3cd5ef@google.com",
       (1, "Cabinet du Moulleau", "", "", "Mme Bertin", "hand-typed-remplacement-meeting-export"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:camille.lefevre.kine@laposte.net
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250322T083000Z
DTEND:20250322T093000Z
DTSTAMP:20250601T090000Z
UID:0pq7ab3cd5ef@google.com
CREATED:20250317T184402Z
DESCRIPTION:Mme Bertin titulaire\, cherche rempla 14/07 -> 22/08. 70% rétro
 cession ? logement possible au-dessus du cabinet. Apporter carte CPS\, attes
 t. Ordre\, RCP.
LAST-MODIFIED:20250317T184402Z
LOCATION:Cabinet kiné du Moulleau\, Arcachon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV Mme Bertin pr rempla été (Moulleau)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("meet-msp", "2r5u8x1a4d7g0j3m6p9s2v5y8b@google.com",
       (1, "MSP de la Bastide", "Masseur-kinésithérapeute collaborateur·rice", "",
        "coordination.msp.bastide@orange.fr;Dr Hamon;Julien (kiné)", "maison-de-sante-team-rencontre-meet"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250401T130000
DTEND;TZID=Europe/Paris:20250401T134500
DTSTAMP:20250325T104822Z
ORGANIZER;CN=MSP Bastide Coordination:mailto:coordination.msp.bastide@orang
 e.fr
UID:2r5u8x1a4d7g0j3m6p9s2v5y8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=MSP Bastide Coordination;X-NUM-GUESTS=0:mailto:coordination.msp.bastid
 e@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
DESCRIPTION:Bonjour Camille\,\n\nSuite à votre réponse à notre annonce (Mass
 eur-kinésithérapeute collaborateur·rice)\, nous vous proposons une rencontr
 e en visio avec le Dr Hamon (médecin généraliste\, président de la SISA)\, J
 ulien (kiné) et moi-même\, coordinatrice de la MSP.\n\nRejoindre avec Google
  Meet : https://meet.google.com/hty-ncwq-osd\n\nBien cordialement\,\nSandrin
 e\, coordinatrice
LAST-MODIFIED:20250325T104822Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre MSP Bastide / C. Lefèvre (kiné)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-caps", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000GAS1",
       (1, "La Tour de Gassies", "MK Neurologie / Orthopédie", "hiring_manager",
        "cadre.reeducation@latourdegassies.fr;drh@latourdegassies.fr", "outlook-caps-surname-summary-shared-mailboxes"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=DRH La Tour de Gassies:mailto:drh@latourdegassies.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cadre Rééd
 ucation:mailto:cadre.reeducation@latourdegassies.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous vous confirmons votre entretien
  d'embauche pour le poste de MK Neurologie / Orthopédie. Vous serez reçue pa
 r la directrice des ressources humaines et la cadre de santé du service de
  rééducation.\n\nCentre de rééducation de la Tour de Gassies\, Rue de la T
 our de Gassies\, 33520 Bruges.\n\nService RH
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000GAS1
SUMMARY;LANGUAGE=fr-FR:Entretien d'embauche Mme LEFEVRE - MK
DTSTART;TZID=Romance Standard Time:20250416T140000
DTEND;TZID=Romance Standard Time:20250416T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T121022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DRH
END:VEVENT
END:VCALENDAR
"""),
]
