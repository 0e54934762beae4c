"""holdout44: the user's own interviews, French, part A (Outlook, Workday, Calendly, Google, agency)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Vuillemin Horlogerie": "Vuillemin",
    "Mutuelle Romande d'Assurances": "MRA",
    "Boulangeries Menétrey": "",
    "Laiteries Réunies du Jura": "LRJ",
    "Clinique des Alpes Vaudoises": "Clinique des Alpes",
}

_VUILLEMIN_HM = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Rochat, Pierre";SENT-BY="mailto:nathalie.berney@vuillemin-watches.com":
  ~mailto:pierre.rochat@vuillemin-watches.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LS - Salle Risoud (6)":
 ~mailto:ls.risoud@vuillemin-watches.com
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nSuite à notre échange téléphonique, je vous confirme votre
  entretien avec M. Pierre Rochat, Directeur financier, pour le poste de Contrôleuse de gestion.\n\nLieu : Vuillemin
  Horlogerie SA, Grand-Rue 34, 1347 Le Sentier – merci de vous annoncer à la réception du bâtiment principal. Des
  places visiteurs se trouvent devant l'entrée.\n\nMeilleures salutations\n\nNathalie Berney\nAssistante de
  direction Finance\nVuillemin Horlogerie SA\nT +41 21 845 17 30\n
UID:040000008200E00074C5B7101A82E00800000000A0C1D3E5F0B4DC01000000000000000010000000E2A94C55D3B1F64C8F0E7A6B21C9D4F3
SUMMARY;LANGUAGE=fr-CH:Entretien Chloé Favre - Contrôleuse de gestion
DTSTART;TZID=W. Europe Standard Time:20260317T140000
DTEND;TZID=W. Europe Standard Time:20260317T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T133402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:LS - Salle Risoud (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1466213317
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
  ~<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Madame Favre,<br><br>Suite à notre échange
  téléphonique, je vous confirme votre entretien avec M. Pierre Rochat, Directeur financier, pour le poste de
  <b>Contrôleuse de gestion</b>.<br><br>Lieu : Vuillemin Horlogerie SA, Grand-Rue 34, 1347 Le Sentier – merci de
  vous annoncer à la réception du bâtiment principal.<br><br>Meilleures salutations<br><br>Nathalie Berney<br>
  ~Assistante de direction Finance</div></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

_VUILLEMIN_FINAL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz utc01
BEGIN:VEVENT
ORGANIZER;CN="Favez, Sandrine":mailto:sandrine.favez@vuillemin-watches.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubert, Laurence":
  ~mailto:laurence.aubert@vuillemin-watches.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rochat, Pierre":mailto:pierre.rochat@vuillemin-watches.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LS - Salle du Conseil":
 ~mailto:ls.conseil@vuillemin-watches.com
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nNous avons le plaisir de vous convier à un dernier entretien
  avec Mme Laurence Aubert, Directrice générale, et M. Pierre Rochat, Directeur financier. À l'issue de cet
  entretien final, nous serons en mesure de vous communiquer notre décision d'ici la fin de la semaine suivante.\n\n
  ~Je ne participerai pas moi-même à l'entretien, mais je vous accueillerai à la réception et reste à votre
  disposition pour toute question d'ordre pratique (parking, accès, remboursement des frais de déplacement).\n\n
  ~Avec mes meilleures salutations\n\nSandrine Favez\nResponsable Ressources humaines\nVuillemin Horlogerie SA\n
UID:040000008200E00074C5B7101A82E00800000000F87A40E6B6C0DC01000000000000000010000000B03D1E8A2C4F0946A55D9E3F6D71C280
SUMMARY;LANGUAGE=fr-CH:Vuillemin | Entretien final avec la Direction générale
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260331T093000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260331T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260323T081755Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:LS - Salle du Conseil\, Grand-Rue 34\, Le Sentier
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_MRA_WORKDAY = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f3c2b0e91d44a55b6e8c1d2a0f9e731@myworkday.com
DTSTAMP:20260311T162201Z
DTSTART:20260319T090000Z
DTEND:20260319T100000Z
SUMMARY:Entretien : Responsable comptabilité générale (R0142)
ORGANIZER;CN=Mutuelle Romande d'Assurances – Recrutement:mailto:mra@myworkday.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:MRA – Siège, Avenue de Rhodanie 48, 1007 Lausanne, 4e étage
DESCRIPTION:Bonjour Chloé,\n\nVotre entretien pour le poste Responsable comptabilité générale (R0142) a été
  planifié.\n\nDate : jeudi 19 mars 2026\nHeure : 10:00 - 11:00 (heure de Zurich)\nLieu : MRA – Siège, Avenue de
  Rhodanie 48, 1007 Lausanne, 4e étage. Merci de vous présenter à l'accueil 10 minutes avant.\n\nVous rencontrerez
  :\n- Sébastien Monod, Chef du département Finances\n- Aurélie Chevalley, Partenaire RH\n\nMerci de vous munir
  d'une pièce d'identité.\n\nPour toute question, répondez simplement à ce message.\n\nMutuelle Romande d'Assurances
  \nCe message a été généré automatiquement par Workday.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_MRA_CASE = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Monod, Sébastien":mailto:sebastien.monod@mra.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dériaz, Caroline":mailto:caroline.deriaz@mra.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chevalley, Aurélie":mailto:aurelie.chevalley@mra.ch
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Favre,\n\nComme annoncé, voici l'invitation pour la deuxième étape :
  une étude de cas (clôture et reporting) que vous présenterez à Caroline Dériaz, responsable du contrôle de gestion,
  et à moi-même. Vous recevrez le dossier par e-mail 45 minutes avant le début. Aurélie Chevalley (RH) est en copie
  pour information et ne se connectera pas.\n\nCordialement\nSébastien Monod\n\n
  ~________________________________________________________________________________\nRéunion Microsoft Teams\n
  ~Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle\nCliquez ici pour participer à la
  réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4NTU5YTgtOWQ0Ny00YzQ5LWE1ZDYtMmRiOGJjOTc2
  ~MWE3%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2d3e4-5f60-4a7b-8c9d-0e1f2a3b4c5d%22%7d>\nID de la réunion : 348
  112 906 571\nCode secret : 6qU9fR\nTélécharger Teams<https://www.microsoft.com/fr-ch/microsoft-teams/download-app>
  | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nEn savoir plus<https://aka.ms/
  ~JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId=3e1d&tenantId=b1c2>
  \n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C2F6A9B1D8B8DC0100000000000000001000000097E5AB3C0F6D2B4C9A1E77D0C4B3F512
SUMMARY;LANGUAGE=fr-FR:Étude de cas – Responsable comptabilité générale (C. Favre)
DTSTART;TZID=W. Europe Standard Time:20260401T140000
DTEND;TZID=W. Europe Standard Time:20260401T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260324T101012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sebastien.monod@mra.ch\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjE4NTU5YTgtOWQ0Ny00YzQ5
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationUri":"",
  ~"LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"",
  ~"LocationFullAddress":""}]
END:VEVENT
END:VCALENDAR
"""

_MENETREY_CALENDLY = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260302T194407Z
DTSTART:20260305T073000Z
DTEND:20260305T080000Z
UID:c7d04e5a-93f1-4b28-a6e2-51f0b8d9e3c4@calendly.com
SUMMARY:Premier entretien téléphonique entre Marion Gachet et Chloé Favre
ORGANIZER;CN=Marion Gachet:mailto:marion.gachet@menetrey.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Marion Gachet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marion.gachet@menetrey.ch
LOCATION:Marion Gachet vous appellera au +41 79 412 88 05
DESCRIPTION:Nom de l'événement : Premier entretien téléphonique (30 min)\n\nBoulangeries Menétrey SA – nous
  prenons 30 minutes pour faire connaissance et vous présenter le poste.\n\nVeuillez partager tout ce qui pourra
  aider à préparer notre réunion : Candidature au poste de Responsable administrative et financière (annonce
  jobup.ch)\n\nNuméro de téléphone : +41 79 412 88 05\n\nBesoin d'apporter des modifications à cet événement ?\n
  ~Annuler : https://calendly.com/cancellations/c7d04e5a-93f1-4b28-a6e2-51f0b8d9e3c4\nReprogrammer :
  https://calendly.com/reschedulings/c7d04e5a-93f1-4b28-a6e2-51f0b8d9e3c4\n\nOptimisé par Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_MENETREY_HM = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260312T160000
DTEND;TZID=Europe/Zurich:20260312T173000
DTSTAMP:20260306T121540Z
ORGANIZER;CN=Philippe Menétrey:mailto:philippe.menetrey@menetrey.ch
UID:6u2rq0kd1o7bq5nl3e8f4j9c2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Philippe Menétrey;X-NUM-GUESTS=0:
  ~mailto:philippe.menetrey@menetrey.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marion Gachet;X-NUM-GUESTS=0:
  ~mailto:marion.gachet@menetrey.ch
X-MICROSOFT-CDO-OWNERAPPTID:-1284711039
CREATED:20260306T121538Z
DESCRIPTION:Bonjour Madame Favre,\n\nComme convenu avec Mme Gachet, je me réjouis de vous rencontrer à Romont
  pour parler du poste de responsable administrative et financière et de notre entreprise familiale (4
  boulangeries-pâtisseries\, 1 site de production\, 85 collaborateurs). Nous terminerons par une courte visite de la
  production.\n\nMarion nous rejoint pour le café mais ne participera pas à l'entretien.\n\nCordialement\nPhilippe
  Menétrey\nDirecteur
LAST-MODIFIED:20260306T121540Z
LOCATION:Boulangeries Menétrey SA\, Route de Siviriez 21\, 1680 Romont\, Suisse
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Chloé Favre – poste de responsable administrative et financière
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_LRJ_AGENCY = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Marguet, Céline":mailto:c.marguet@adequat-finance.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Frund, Jean-Daniel":mailto:jean-daniel.frund@lrj.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Voisard, Patricia":mailto:patricia.voisard@lrj.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Chloé,\n\nComme convenu par téléphone, je vous confirme votre entretien avec
  M. Jean-Daniel Frund, Directeur financier des Laiteries Réunies du Jura SA, pour le poste de Responsable contrôle
  de gestion. Il sera accompagné de Mme Patricia Voisard, responsable RH.\n\nAdresse : Rue de la Jeunesse 2, 2800
  Delémont (réception au 1er étage).\n\nJe ne serai pas présente, mais je vous appelle volontiers après l'entretien
  pour un débriefing.\n\nBelle préparation !\n\nCéline Marguet\nConsultante senior Finance & Comptabilité\nAdéquat
  Finance Recrutement SA | Rue du Bourg 8 | 1003 Lausanne\n
UID:040000008200E00074C5B7101A82E0080000000014D8E2F3A7B5DC010000000000000000100000005C2B9E1A7D3F8046B12E0C4A9F6D3B77
SUMMARY;LANGUAGE=fr-CH:Entretien client LRJ (Delémont) - Responsable contrôle de gestion - Chloé Favre
DTSTART;TZID=W. Europe Standard Time:20260323T103000
DTEND;TZID=W. Europe Standard Time:20260323T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T154208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Rue de la Jeunesse 2, 2800 Delémont
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_CLINIQUE_SCREEN = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260309T111500
DTEND;TZID=Europe/Zurich:20260309T115000
DTSTAMP:20260304T090321Z
ORGANIZER;CN=Anne-Laure Pittet:mailto:anne-laure.pittet@cliniquedesalpes.ch
UID:3nd7v0gq2k9c4s1a6p8m5e0t7h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anne-Laure Pittet;X-NUM-GUESTS=0:
  ~mailto:anne-laure.pittet@cliniquedesalpes.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/xkd-prwa-hnq
CREATED:20260304T090319Z
DESCRIPTION:Bonjour Madame Favre,\n\nMerci pour votre candidature au poste de Contrôleur·euse de gestion (80-100
  %) à la Clinique des Alpes Vaudoises. Je vous propose un premier entretien en visio d'environ 30 minutes pour
  faire connaissance\, parler de votre parcours et de vos attentes.\n\nBelle journée\,\nAnne-Laure Pittet\nChargée
  de recrutement RH\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
  \nParticipez à la réunion Google Meet : https://meet.google.com/xkd-prwa-hnq\n\nOu appelez le : (CH) +41 43 210 55
  61 Code : 482 913 077#\nPlus de numéros de téléphone : https://tel.meet/xkd-prwa-hnq?pin=5528104467312\n\nEn
  savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\nVeuillez ne pas modifier cette
  section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260304T090321Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien RH – Contrôleur·euse de gestion – Chloé Favre
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:EMAIL
DESCRIPTION:This is an event reminder
SUMMARY:Alarm notification
ATTENDEE:mailto:chloe.favre@protonmail.ch
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("outlook-sentby-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000A0C1D3E5F0B4DC01000000000000000010000000E2A94C55D3B1F64C8F0E7A6B21C9D4F3",
       _VUILLEMIN_HM, 1, "Vuillemin Horlogerie", "Contrôleuse de gestion", "hiring_manager",
       "pierre.rochat@vuillemin-watches.com", "outlook-sentby-room-fr"),
    Ev("outlook-final-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000F87A40E6B6C0DC01000000000000000010000000B03D1E8A2C4F0946A55D9E3F6D71C280",
       _VUILLEMIN_FINAL, 1, "Vuillemin Horlogerie", "", "final",
       "laurence.aubert@vuillemin-watches.com;pierre.rochat@vuillemin-watches.com",
       "outlook-utc01-zone-coordinator-fr"),
    Ev("workday-fr", "fr", "WD-INTERVIEW-7f3c2b0e91d44a55b6e8c1d2a0f9e731@myworkday.com",
       _MRA_WORKDAY, 1, "Mutuelle Romande d'Assurances", "Responsable comptabilité générale", "hiring_manager",
       "sébastien monod;aurélie chevalley", "workday-utc-names-only-fr"),
    Ev("teams-case-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000C2F6A9B1D8B8DC0100000000000000001000000097E5AB3C0F6D2B4C9A1E77D0C4B3F512",
       _MRA_CASE, 1, "Mutuelle Romande d'Assurances", "Responsable comptabilité générale", "technical",
       "sebastien.monod@mra.ch;caroline.deriaz@mra.ch", "outlook-teams-case-study-fr"),
    Ev("calendly-phone-fr", "fr", "c7d04e5a-93f1-4b28-a6e2-51f0b8d9e3c4@calendly.com",
       _MENETREY_CALENDLY, 1, "Boulangeries Menétrey", "Responsable administrative et financière",
       "recruiter_screen", "marion.gachet@menetrey.ch", "calendly-phone-screen-fr"),
    Ev("google-direct-fr", "fr", "6u2rq0kd1o7bq5nl3e8f4j9c2m@google.com",
       _MENETREY_HM, 1, "Boulangeries Menétrey", "responsable administrative et financière", "hiring_manager",
       "philippe.menetrey@menetrey.ch", "google-direct-owner-fr"),
    Ev("agency-client-fr", "fr",
       "040000008200E00074C5B7101A82E0080000000014D8E2F3A7B5DC010000000000000000100000005C2B9E1A7D3F8046B12E0C4A9F6D3B77",
       _LRJ_AGENCY, 1, "Laiteries Réunies du Jura", "Responsable contrôle de gestion", "hiring_manager",
       "jean-daniel.frund@lrj.ch;patricia.voisard@lrj.ch", "agency-names-employer-fr"),
    Ev("meet-hr-screen-fr", "fr", "3nd7v0gq2k9c4s1a6p8m5e0t7h@google.com",
       _CLINIQUE_SCREEN, 1, "Clinique des Alpes Vaudoises", "Contrôleur·euse de gestion", "recruiter_screen",
       "anne-laure.pittet@cliniquedesalpes.ch", "google-meet-screen-fr"),
]
