"""holdout44: the user's own interviews, French part D (Webex, Teams, bilingual city, Zoom) and one Spanish."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Caisse d'Épargne du Haut-Lac": "CEHL",
    "Léman Private Bank": "",
    "Ville de Bienne": "Stadt Biel|Stadt Biel/Ville de Bienne|Ville de Bienne/Stadt Biel",
    "Cave du Mandement": "",
    "Miramar Hoteles": "Grupo Miramar|Miramar Hotels|Grupo Miramar Hoteles",
}

_CEHL_WEBEX = r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings 45.3//FR
VERSION:2.0
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:m3f7a1c9e5b2d8406f1a3c5e7b9d0f2a4@cehl.webex.com
DTSTAMP:20260319T124410Z
DTSTART;TZID=Europe/Zurich:20260330T153000
DTEND;TZID=Europe/Zurich:20260330T163000
SUMMARY:Entretien Responsable comptabilité & reporting - Mme Favre
ORGANIZER;CN=Christian Moret:mailto:christian.moret@cehl.ch
ATTENDEE;CN=chloe.favre@protonmail.ch;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:https://cehl.webex.com/cehl/j.php?MTID=m3f7a1c9e5b2d8406f1a3c5e7b9d0f2a4
DESCRIPTION:Madame Favre,\n\nJe me réjouis de notre entretien en visioconférence. En tant que responsable des
  finances de la Caisse d'Épargne du Haut-Lac, je vous présenterai l'équipe et le poste, puis nous parlerons de
  votre expérience en bouclement et en reporting réglementaire (FINMA).\n\nChristian Moret\nResponsable Finances
  \n\n-- Ne supprimez pas et ne modifiez pas le texte ci-dessous. --\n\nRéunion Webex\n\nRejoindre la réunion\n
  ~https://cehl.webex.com/cehl/j.php?MTID=m3f7a1c9e5b2d8406f1a3c5e7b9d0f2a4\n\nNuméro de la réunion (code d'accès) :
  2734 118 5590\nMot de passe de la réunion : Hk7pQ2wMx45\n\nRejoindre par téléphone\n+41-44-512-2003 Suisse Péage\n
  ~Code d'accès : 273 411 85590\n\nRejoindre à partir d'un système ou d'une application vidéo\nComposez
  27341185590@cehl.webex.com\n\nBesoin d'aide ? Rendez-vous sur https://help.webex.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_LPB_TEAMS = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Dumas, Karine":mailto:karine.dumas@lemanpb.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Favre,\n\nMerci de votre intérêt pour le poste de Head of Financial
  Reporting. Comme convenu, je vous propose un premier échange de 30 minutes pour parler de votre parcours et de vos
  attentes avant une éventuelle rencontre avec notre CFO.\n\nBien cordialement\nKarine Dumas\nTalent Acquisition
  Partner\nLéman Private Bank SA\n\n________________________________________________________________________________
  \nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, une application mobile ou un appareil de salle\nCliquez
  ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4ZDRlN2EtYzE2Ni00
  ~%40thread.v2/0>\nID de la réunion : 315 660 218 934\nCode secret : Ts8bN3\nRejoindre par téléphone\n+41 44 529 81
  43,,772018336# Suisse, Zurich\nID de conférence téléphonique : 772 018 336#\n
  ~________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A7E9C1D3B5C4DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=fr-FR:Léman Private Bank - Premier entretien - Head of Financial Reporting
DTSTART;TZID=W. Europe Standard Time:20260313T120000
DTEND;TZID=W. Europe Standard Time:20260313T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T170244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4ZDRlN2EtYzE2Ni00
  ~%40thread.v2/0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""

_BIENNE_FINAL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz utc01
BEGIN:VEVENT
ORGANIZER;CN="Zbinden, Ursula":mailto:ursula.zbinden@biel-bienne.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moser, Silvio":mailto:silvio.moser@biel-bienne.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Andrea":mailto:andrea.gerber@biel-bienne.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="BB-Rathaus-Sitzungszimmer 2.14":
  ~mailto:rathaus.2.14@biel-bienne.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nNous avons le plaisir de vous inviter au deuxième et dernier
  entretien pour le poste de Cheffe de l'Administration des finances. Vous rencontrerez M. Silvio Moser, directeur
  des finances, et Mme Andrea Gerber, cheffe de l'Office du personnel. Moi-même, je m'occupe uniquement de
  l'organisation et ne participerai pas à l'entretien.\n\nLieu : Hôtel de Ville, Rue du Rüschli 14, Bienne, salle
  2.14.\n\n---\n\nSehr geehrte Frau Favre\n\nGerne laden wir Sie zum zweiten und letzten Gespräch für die Stelle als
  Leiterin Finanzverwaltung ein (Rathaus, Rüschlistrasse 14, Biel, Zimmer 2.14).\n\nFreundliche Grüsse / Meilleures
  salutations\nUrsula Zbinden\nPersonalamt / Office du personnel\nStadt Biel / Ville de Bienne\n
UID:040000008200E00074C5B7101A82E008000000001B3D5F7092D1DC0100000000000000001000000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=fr-CH:2e entretien - Cheffe de l'Administration des finances / Leiterin Finanzverwaltung
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260512T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260512T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260430T113358Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:BB-Rathaus-Sitzungszimmer 2.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_MANDEMENT_ZOOM = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260428T080000
DTEND;TZID=Europe/Zurich:20260428T084500
DTSTAMP:20260423T184417Z
ORGANIZER;CN=Gilles Dupraz:mailto:direction@cavedumandement.ch
UID:2b6f0j4n8r2v6z0d4h8l2p6t0x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gilles Dupraz;X-NUM-GUESTS=0:
  ~mailto:direction@cavedumandement.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Gilles Dupraz vous invite à une réunion Zoom planifiée.\n\nSujet : Poste RAF – Cave du Mandement /
  Chloé Favre\n\nRejoindre la réunion Zoom\nhttps://us06web.zoom.us/j/81234567890?pwd=Vm1hU0FqUjRwN0tWZ3lQb2Z1dz09
  \n\nID de réunion : 812 3456 7890\nCode secret : 448812\n\n---\n\nUne seule touche sur l'appareil mobile\n
  ~+41315280988,,81234567890#,,,,*448812# Suisse\n+41434569248,,81234567890#,,,,*448812# Suisse\n\nComposez un
  numéro en fonction de votre emplacement\n• +41 31 528 0988 Suisse\n• +41 43 456 9248 Suisse\n\nID de réunion : 812
  3456 7890\nCode secret : 448812\n\nTrouvez votre numéro local : https://us06web.zoom.us/u/kbXa1T2cd
LAST-MODIFIED:20260423T184417Z
LOCATION:https://us06web.zoom.us/j/81234567890?pwd=Vm1hU0FqUjRwN0tWZ3lQb2Z1dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio - poste responsable administratif·ve et financier·ère (Cave du Mandement)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_MIRAMAR_ES = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz romance
BEGIN:VEVENT
ORGANIZER;CN="Salgado Ruiz, Lucía":mailto:lucia.salgado@miramarhoteles.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Echeverría, Íñigo":
  ~mailto:inigo.echeverria@miramarhoteles.com
DESCRIPTION;LANGUAGE=es-ES:Hola Chloé:\n\nGracias por tu interés en la posición de Controller Financiero –
  Suiza (Ginebra). Te confirmo la entrevista por Teams con Íñigo Echeverría, Director Financiero Corporativo, y
  conmigo. Podemos hacerla en español o en inglés, como prefieras.\n\nUn saludo,\nLucía Salgado Ruiz\nTalento y
  Selección – Grupo Miramar Hoteles\n\n________________________________________________________________________________
  \nReunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\nHaga clic aquí
  para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk3ZmY0MzktZDE4Zi00%40thread.v2/0>
  \nId. de la reunión: 362 907 118 245\nCódigo de acceso: 2Wq7Ze\n
  ~________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4A2E0F8D6BEDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=es-ES:Entrevista Controller Financiero Suiza - Chloé Favre
DTSTART;TZID=Romance Standard Time:20260409T110000
DTEND;TZID=Romance Standard Time:20260409T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260331T084120Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("webex-hm-fr", "fr", "m3f7a1c9e5b2d8406f1a3c5e7b9d0f2a4@cehl.webex.com", _CEHL_WEBEX, 1,
       "Caisse d'Épargne du Haut-Lac", "Responsable comptabilité & reporting", "hiring_manager",
       "christian.moret@cehl.ch", "webex-hiring-manager-fr"),
    Ev("teams-ta-screen-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000A7E9C1D3B5C4DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
       _LPB_TEAMS, 1, "Léman Private Bank", "Head of Financial Reporting", "recruiter_screen",
       "karine.dumas@lemanpb.ch", "outlook-teams-ta-screen-fr"),
    Ev("outlook-bilingual-final-fr", "fr",
       "040000008200E00074C5B7101A82E008000000001B3D5F7092D1DC0100000000000000001000000076543210FEDCBA9876543210FEDCBA98",
       _BIENNE_FINAL, 1, "Ville de Bienne", "Cheffe de l'Administration des finances", "final",
       "silvio.moser@biel-bienne.ch;andrea.gerber@biel-bienne.ch", "outlook-bilingual-city-coordinator-fr"),
    Ev("zoom-director-fr", "fr", "2b6f0j4n8r2v6z0d4h8l2p6t0x@google.com", _MANDEMENT_ZOOM, 1,
       "Cave du Mandement", "responsable administratif·ve et financier·ère", "hiring_manager",
       "direction@cavedumandement.ch", "google-zoom-generic-mailbox-fr"),
    Ev("teams-es", "es",
       "040000008200E00074C5B7101A82E00800000000C4A2E0F8D6BEDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
       _MIRAMAR_ES, 1, "Miramar Hoteles", "Controller Financiero – Suiza", "hiring_manager",
       "inigo.echeverria@miramarhoteles.com;lucia.salgado@miramarhoteles.com", "outlook-teams-romance-zone-es"),
]
