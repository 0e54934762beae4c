"""holdout44: the user's own interviews, French, part B (Thunderbird, iOS, floating, all-day, Bookings)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Rossier & Cie": "Banque Rossier|Rossier",
    "Fondation Les Mûriers": "Les Mûriers",
    "Énergies du Chablais": "EDC",
    "Jura Ciments": "",
    "Ville de Nyon": "Commune de Nyon|Municipalité de Nyon",
    "Agrivaud": "Agrivaud Société Coopérative",
    "Helvea Immobilier": "Helvea",
}

_ROSSIER_TB = r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@tz zurich
BEGIN:VEVENT
CREATED:20260318T194512Z
LAST-MODIFIED:20260318T194622Z
DTSTAMP:20260318T194622Z
UID:6f0d3a2e-8b1c-4d5e-9f7a-2c3b4d5e6f70
SUMMARY:Rossier & Cie (2e tour) - M. Dufaux + Mme Kohler
DTSTART;TZID=Europe/Zurich:20260325T150000
DTEND;TZID=Europe/Zurich:20260325T163000
LOCATION:Quai de l'Île 7, 1204 Genève
DESCRIPTION:3e étage, demander M. Olivier Dufaux (CFO) à la réception.\nMme Catherine Kohler = Head of
  Accounting.\nPrendre : chiffres bouclement 2025, exemple consolidation, questions sur la taille de l'équipe.\n
  ~Train 13h45 Lausanne -> Genève.
CLASS:PRIVATE
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""

_MURIERS_IOS = r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
VERSION:2.0
X-WR-CALNAME:Chloé
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
X-APPLE-CALENDAR-COLOR:#CC73E1
X-WR-TIMEZONE:Europe/Zurich
CALSCALE:GREGORIAN
@tz zurich_apple
BEGIN:VEVENT
CREATED:20260402T071233Z
UID:5B2E9D71-3C4A-4F8B-A1D6-7E0C9F2B84A3
DTEND;TZID=Europe/Zurich:20260414T113000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Entretien final Les Mûriers
LAST-MODIFIED:20260402T071512Z
DTSTAMP:20260402T071512Z
DTSTART;TZID=Europe/Zurich:20260414T100000
LOCATION:Fondation Les Mûriers\nRue des Philosophes 12, 1400 Yverdon-les-Bains, Suisse
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Rue des Philosophes 12, 1400 Yverdon-les-Bains, Suisse";
  ~X-APPLE-RADIUS=70.58;X-TITLE="Fondation Les Mûriers":geo:46.778620,6.641350
SEQUENCE:0
DESCRIPTION:Poste responsable des finances 80 %\nConseil de fondation : M. Jacques Perrin (président) + Mme
  Hélène Grandjean (directrice)\nApporter certificats de travail + liste de références
BEGIN:VALARM
X-WR-ALARMUID:0F1E2D3C-4B5A-4968-8776-655443322110
UID:0F1E2D3C-4B5A-4968-8776-655443322110
TRIGGER:-PT1H
ATTACH;VALUE=URI:Chord
ACTION:AUDIO
END:VALARM
END:VEVENT
END:VCALENDAR
"""

_EDC_FLOATING = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Energies du Chablais//Rendez-vous RH 2.1//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:rdv-rh-2026-0418-favre@edchablais.ch
DTSTAMP:20260407T143000Z
DTSTART:20260415T090000
DTEND:20260415T103000
SUMMARY:Entretien - Cheffe comptable (EDC)
ORGANIZER;CN=Ressources humaines EDC:mailto:rh@edchablais.ch
ATTENDEE;CN=Chloé Favre;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:Énergies du Chablais SA, Avenue de France 8, 1870 Monthey
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Cheffe comptable,
  en présence de M. Frédéric Berthod, Directeur financier, et de Mme Nadia Rey-Bellet, Cheffe du personnel.\n\n
  ~Merci de vous annoncer à la réception du bâtiment administratif. Parking visiteurs P2.\n\nRessources humaines\n
  ~Énergies du Chablais SA
END:VEVENT
END:VCALENDAR
"""

_JURA_ALLDAY = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Schaller, Mélanie":mailto:melanie.schaller@juraciments.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Girard, Luc":mailto:luc.girard@juraciments.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaeser, Thomas":mailto:thomas.kaeser@juraciments.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nVoici le programme de votre journée d'évaluation pour le poste de
  Responsable Finance & Controlling :\n\n08h30  Accueil (Mélanie Schaller, RH)\n09h00  Étude de cas écrite (2 h)\n
  ~11h15  Entretien avec M. Luc Girard, CFO\n12h30  Repas avec l'équipe finance\n14h00  Présentation de votre étude
  de cas au comité de direction (M. Thomas Kaeser, CEO, et M. Luc Girard)\n15h30  Questionnaire de personnalité en
  ligne\n\nLieu : Jura Ciments SA, Route de la Gare 1, 2087 Cornaux (bâtiment administratif, 2e étage).\n\nAvec nos
  meilleures salutations\nMélanie Schaller\nSpécialiste RH
UID:040000008200E00074C5B7101A82E0080000000062B1A0F4C3CADC01000000000000000010000000F4E3D2C1B0A99887766554433221100F
SUMMARY;LANGUAGE=fr-CH:Journée d'évaluation - Responsable Finance & Controlling - Chloé Favre
DTSTART;VALUE=DATE:20260421
DTEND;VALUE=DATE:20260422
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T090712Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Jura Ciments SA\, Cornaux
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_NYON_PANEL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz utc01
BEGIN:VEVENT
ORGANIZER;CN="Berthoud, Manon":mailto:manon.berthoud@nyon.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cretegny, Élodie":mailto:elodie.cretegny@nyon.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pasche, Laurent":mailto:laurent.pasche@nyon.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="NY-Château-Salle des Pas Perdus":
  ~mailto:salle.pasperdus@nyon.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame,\n\nDonnant suite à votre candidature, nous avons le plaisir de vous convoquer
  à un entretien avec la commission de recrutement pour le poste de Chef·fe du Service des finances.\n\nLa
  commission sera composée de Mme Élodie Cretegny, Municipale en charge des finances, de M. Laurent Pasche, Secrétaire
  municipal, et de la soussignée.\n\nDurée : 75 minutes, dont une présentation de 10 minutes de votre part sur le
  thème : « Les enjeux financiers d'une ville de 22'000 habitants ».\n\nLieu : Château de Nyon, Place du Château 3,
  salle des Pas Perdus.\n\nNous vous prions de confirmer votre présence.\n\nManon Berthoud\nSpécialiste RH\nVille de
  Nyon – Service des ressources humaines\n
UID:040000008200E00074C5B7101A82E00800000000D9A4B7C2E1BDDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-CH:Entretien - Chef·fe du Service des finances - Mme C. Favre
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260324T173000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260324T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T104455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:NY-Château-Salle des Pas Perdus
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_AGRIVAUD_BOOKINGS = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN=Agrivaud - Recrutement:mailto:Recrutement@agrivaud.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Daniel Pache:mailto:daniel.pache@agrivaud.ch
DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous réservé avec Agrivaud - Recrutement\n\nService : Premier entretien (45
  min)\nMembre du personnel : Daniel Pache\nPoste visé : Contrôleur·euse de gestion\n\nNuméro de téléphone : +41 79
  412 88 05\n\n________________________________________________________________________________\nRéunion Microsoft
  Teams\nRejoindre sur votre ordinateur, une application mobile ou un appareil de salle\nCliquez ici pour participer
  à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE3YzFlNDUtMmI5Zi00ZWU0LWJhNjQtYjE2
  ~%40thread.v2/0>\nID de la réunion : 391 552 807 114\nCode secret : Lk3Fw7\n
  ~________________________________________________________________________________\n\nGérer la réservation :
  https://outlook.office365.com/owa/calendar/Recrutement@agrivaud.ch/bookings/s/Xq2_rT8kQ0u1eVbW5nC3Ag2\n\nAgrivaud
  Société Coopérative – Route de Moudon 15 – 1040 Échallens\n
UID:040000008200E00074C5B7101A82E00800000000B6D5E4F3A2C3DC0100000000000000001000000033CC44DD55EE66FF7788990011AABBCC
SUMMARY;LANGUAGE=fr-FR:Premier entretien (45 min) - Chloé Favre
DTSTART;TZID=W. Europe Standard Time:20260407T083000
DTEND;TZID=W. Europe Standard Time:20260407T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T201733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE3YzFlNDUtMmI5Zi00ZWU0
  ~LWJhNjQtYjE2%40thread.v2/0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
X-MS-OLK-CONFTYPE:2
END:VEVENT
END:VCALENDAR
"""

_AGRIVAUD_FINAL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Blaser, Roland":mailto:roland.blaser@agrivaud.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jm.chappuis@bluewin.ch:mailto:jm.chappuis@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Favre,\n\nSuite à votre entretien avec M. Pache et au retour positif
  de l'équipe, je vous propose un entretien final avec moi-même et M. Jean-Marc Chappuis, président du conseil
  d'administration de la coopérative.\n\nNous nous retrouverons au siège, à Échallens (salle du conseil, 1er étage).
  \n\nMeilleures salutations\n\nRoland Blaser\nDirecteur\nAgrivaud Société Coopérative\n
UID:040000008200E00074C5B7101A82E008000000004E7D2A1B9FCFDC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=fr-CH:Entretien final Contrôleur·euse de gestion - Mme Favre / MM. Blaser et Chappuis
DTSTART;TZID=W. Europe Standard Time:20260429T170000
DTEND;TZID=W. Europe Standard Time:20260429T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T063015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Agrivaud\, Route de Moudon 15\, 1040 Échallens
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_HELVEA_EXPORT = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Direction Helvea
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20260408T150000Z
DTEND:20260408T161500Z
DTSTAMP:20260330T174402Z
ORGANIZER;CN=Stéphane Gavillet:mailto:s.gavillet@helvea.ch
UID:0q4hs8m2c6e1v9t3n7a5k0p2rj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stéphane Gavillet;X-NUM-GUESTS=0:
  ~mailto:s.gavillet@helvea.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Chloé Favre;X-NUM-GUESTS=0:
  ~mailto:chloe.favre@protonmail.ch
CREATED:20260330T174155Z
DESCRIPTION:Chère Madame Favre\, comme mon invitation Google semble ne pas vous être parvenue\, je vous joins
  le fichier de l'événement. Entretien pour le poste de CFO chez Helvea Immobilier – nous ferons le point sur votre
  parcours\, nos 1'400 lots en gérance et le projet de refonte du reporting. Au plaisir\, S. Gavillet\, CEO
LAST-MODIFIED:20260330T174402Z
LOCATION:Helvea Immobilier SA\, Avenue de la Gare 29\, 1003 Lausanne
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Helvea – entretien Chloé Favre / S. Gavillet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("thunderbird-handtyped-fr", "fr", "6f0d3a2e-8b1c-4d5e-9f7a-2c3b4d5e6f70", _ROSSIER_TB, 1,
       "Rossier & Cie", "", "", "olivier dufaux;catherine kohler", "thunderbird-user-note-no-stage-fr"),
    Ev("ios-final-fr", "fr", "5B2E9D71-3C4A-4F8B-A1D6-7E0C9F2B84A3", _MURIERS_IOS, 1,
       "Fondation Les Mûriers", "responsable des finances", "final", "jacques perrin;hélène grandjean",
       "ios-user-typed-x-wr-timezone-fr"),
    Ev("floating-hr-tool-fr", "fr", "rdv-rh-2026-0418-favre@edchablais.ch", _EDC_FLOATING, 1,
       "Énergies du Chablais", "Cheffe comptable", "hiring_manager", "frédéric berthod;nadia rey-bellet",
       "floating-time-names-in-body-fr"),
    Ev("allday-assessment-fr", "fr",
       "040000008200E00074C5B7101A82E0080000000062B1A0F4C3CADC01000000000000000010000000F4E3D2C1B0A99887766554433221100F",
       _JURA_ALLDAY, 1, "Jura Ciments", "Responsable Finance & Controlling", "onsite",
       "luc.girard@juraciments.ch;thomas.kaeser@juraciments.ch", "outlook-allday-assessment-fr"),
    Ev("outlook-panel-city-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000D9A4B7C2E1BDDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
       _NYON_PANEL, 1, "Ville de Nyon", "Chef·fe du Service des finances", "",
       "elodie.cretegny@nyon.ch;laurent.pasche@nyon.ch;manon.berthoud@nyon.ch", "outlook-utc01-panel-room-fr"),
    Ev("bookings-teams-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000B6D5E4F3A2C3DC0100000000000000001000000033CC44DD55EE66FF7788990011AABBCC",
       _AGRIVAUD_BOOKINGS, 1, "Agrivaud", "Contrôleur·euse de gestion", "recruiter_screen",
       "daniel.pache@agrivaud.ch", "ms-bookings-teams-fr"),
    Ev("outlook-final-board-fr", "fr",
       "040000008200E00074C5B7101A82E008000000004E7D2A1B9FCFDC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
       _AGRIVAUD_FINAL, 1, "Agrivaud", "Contrôleur·euse de gestion", "final",
       "roland.blaser@agrivaud.ch;jm.chappuis@bluewin.ch", "outlook-final-freemail-board-member-fr"),
    Ev("google-export-utc-fr", "fr", "0q4hs8m2c6e1v9t3n7a5k0p2rj@google.com", _HELVEA_EXPORT, 1,
       "Helvea Immobilier", "CFO", "hiring_manager", "s.gavillet@helvea.ch", "google-publish-x-wr-timezone-utc-fr"),
]
