"""holdout194: communal and provincial selection procedures (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("ecrit-ville", "040000008200E00074C5B7101A82E00800000000F0A1C3B2D56ADB01000000000000000010000000A1B2",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Recrutement Instruction publique":mailto:recrutement.ip@brucity.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.lambert65@skynet.be:mailto:margaux
 .lambert65@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nSuite à votre candidature à l'appel
  à candidatures pour la fonction de Directeur·rice du Lycée Émile Jacqmain (
 réf. IP/DIR/2025-03)\, nous avons le plaisir de vous convier à l'épreuve é
 crite.\n\nDurée : 3 heures. L'épreuve porte sur une étude de cas (gestion d
 'établissement\, plan de pilotage\, climat scolaire).\nMerci de vous munir
  de votre carte d'identité. Le matériel d'écriture est fourni.\n\nCentre ad
 ministratif de la Ville de Bruxelles\, Boulevard Anspach 6\, 1000 Bruxelles
  – 8e étage\, salle 8.12\n\nCellule Recrutement – Département Instruction p
 ublique\n
UID:040000008200E00074C5B7101A82E00800000000F0A1C3B2D56ADB01000000000000000010000000A1B2
SUMMARY;LANGUAGE=fr-BE:Épreuve écrite – Direction Lycée Émile Jacqmain
DTSTART;TZID=W. Europe Standard Time:20250115T090000
DTEND;TZID=W. Europe Standard Time:20250115T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241219T101544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Boulevard Anspach 6\, 1000 Bruxelles – salle 8.12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", interview=1, company="Ville de Bruxelles", role="Directeur·rice du Lycée Émile Jacqmain",
      stage="technical", trap="exchange-written-case-study-selection", crlf=True),

    E("oral-jury", "040000008200E00074C5B7101A82E00800000000B4F2C8E1A774DB01000000000000000010000000C3D4",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Van den Bossche, Ann";SENT-BY="mailto:secretariat.ip@brucity.be":mailto:ann.vandenbossche@bru
 city.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert Margaux":mailto:margaux.lambert65@
 skynet.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BXL-Anspach-Salle du Collège (12p)":mai
 lto:salle.college.anspach@brucity.be
DESCRIPTION;LANGUAGE=fr-BE:Madame Lambert\,\n\nNous avons le plaisir de vous
  informer que vous êtes admise à l'épreuve orale devant le jury de sélection
  pour la fonction de Directeur·rice du Lycée Émile Jacqmain.\n\nDéroulement
  : présentation de votre vision de l'établissement (15 min.)\, suivie d'un é
 change avec le jury (30 min.).\n\nComposition du jury :\n- Mme Ann Van den
  Bossche\, Directrice générale de l'Instruction publique (présidente)\n- M.
  Karim El Ouardi\, Inspecteur pédagogique\n- Mme Sabine Lefèvre\, Préfète de
 s études\, Athénée Léon Lepage\n\nSecrétariat du jury : Mme D. Hoste\n\nNou
 s vous prions de vous présenter 15 minutes avant l'heure prévue à l'accueil
  du 8e étage.\n
UID:040000008200E00074C5B7101A82E00800000000B4F2C8E1A774DB01000000000000000010000000C3D4
SUMMARY;LANGUAGE=fr-BE:Épreuve orale – jury de sélection – Direction Lycée É. Jacqmain
DTSTART;TZID=W. Europe Standard Time:20250205T140000
DTEND;TZID=W. Europe Standard Time:20250205T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T083002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL-Anspach-Salle du Collège (12p)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="Ville de Bruxelles", role="Directeur·rice du Lycée Émile Jacqmain", stage="onsite",
      interviewers=["ann.vandenbossche@brucity.be", "Karim El Ouardi", "Sabine Lefèvre"],
      trap="exchange-sent-by-jury-de-selection-room-resource", crlf=True),

    E("echevine", "7F3B2C1A-90D4-4E21-8C55-1B0E6A4D2F10",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250214T171203Z
UID:7F3B2C1A-90D4-4E21-8C55-1B0E6A4D2F10
DTSTART:20250226T100000
DTEND:20250226T110000
SUMMARY:RDV Échevine Instruction pub. (dernière étape Jacqmain!!)
LOCATION:Hôtel de Ville\, Grand-Place 1
DESCRIPTION:Échevine N. Ben Youssef + DG. Entrée rue Charles Buls. Carnaval
  donc pas de souci avec l'école. Relire notes oral + chiffres Jacqmain (1100
  élèves\, 3 implantations ?)
DTSTAMP:20250214T171203Z
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""", interview=1, company="Ville de Bruxelles", stage="final", interviewers=["N. Ben Youssef"],
      trap="iphone-floating-final-with-alderwoman"),

    E("annule-ixelles", "B7C1E2A0F3D44C18A9E5D2F6C0B1A734@ixelles.brussels",
      r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_CENTRAL%
BEGIN:VEVENT
ORGANIZER;CN="GRH Enseignement - Ixelles":mailto:grh.enseignement@ixelles.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=margaux.lambert65@skynet.be:mailto:margaux
 .lambert65@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nEn raison de l'indisponibilité d'un
  membre du jury\, l'entretien de sélection pour la fonction de directrice/dir
 ecteur de l'Athénée communal Charles Janssens prévu ce 12 mars est annulé.
  Une nouvelle date vous sera communiquée par courrier.\n\nVeuillez nous excu
 ser pour ce contretemps.\n\nService GRH Enseignement\n
UID:B7C1E2A0F3D44C18A9E5D2F6C0B1A734@ixelles.brussels
SUMMARY;LANGUAGE=fr-BE:Annulé : Entretien de sélection - fonction de direction (Ath. Ch. Janssens)
DTSTART;TZID=Central Europe Standard Time:20250312T160000
DTEND;TZID=Central Europe Standard Time:20250312T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250306T141107Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-BE:Maison communale\, Chaussée d'Ixelles 168 - salle des mariages
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune d'Ixelles",
      role="directrice/directeur de l'Athénée communal Charles Janssens",
      trap="method-cancel-commune-selection-interview", crlf=True),

    E("ecrit-schaerbeek", "5fj2k0b8q1l9v3m6p2c7h4n0aa@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:margaux.lambert65@skynet.be
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250122
DTEND;VALUE=DATE:20250123
DTSTAMP:20250110T201455Z
UID:5fj2k0b8q1l9v3m6p2c7h4n0aa@google.com
CREATED:20250110T201431Z
DESCRIPTION:Convocation reçue par courrier recommandé. 9h00 accueil\, épreuv
 e 9h30-13h00. Maison des Médias? Non -> Hôtel communal\, place Colignon.\nAp
 pel à candidatures directeur/trice Athénée Fernand Blum.\nPrendre congé (de
 mander à Goossens).
LAST-MODIFIED:20250110T201455Z
LOCATION:Place Colignon\, 1030 Schaerbeek
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Schaerbeek – épreuve écrite (dir. Blum)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune de Schaerbeek", role="directeur/trice Athénée Fernand Blum",
      stage="technical", trap="all-day-self-typed-written-exam"),

    E("oral-schaerbeek", "9A2E44C1-6B0F-4D7E-A3C2-55E8B1F07D9E",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250207T065912Z
UID:9A2E44C1-6B0F-4D7E-A3C2-55E8B1F07D9E
DTSTART:20250219T133000
DTEND:20250219T143000
SUMMARY:oral jury Schaerbeek
LOCATION:Hôtel communal Schaerbeek
DESCRIPTION:3 ex. du projet. Parler : plan de pilotage\, DASPA\, climat
  scolaire\, équipe éduc. Jury = échevin + secrétaire communal + 1 dir. ext
 érieur (?)
DTSTAMP:20250207T065912Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune de Schaerbeek", stage="onsite", trap="terse-phone-entry-oral-jury"),

    E("wsl-entretien", "3u1c7r9d2kq8s0o5h6t4m1e7vb@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250319T141500
DTEND;TZID=Europe/Brussels:20250319T150000
DTSTAMP:20250310T092233Z
ORGANIZER;CN=Enseignement WSL:mailto:enseignement@woluwe1200.be
UID:3u1c7r9d2kq8s0o5h6t4m1e7vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Enseig
 nement WSL;X-NUM-GUESTS=0:mailto:enseignement@woluwe1200.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65
 @skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thierr
 y Moens;X-NUM-GUESTS=0:mailto:t.moens@woluwe1200.be
CREATED:20250310T092231Z
DESCRIPTION:Madame Lambert\,<br><br>Comme convenu par téléphone\, voici l'i
 nvitation pour votre entretien avec M. Thierry Moens\, Échevin de l'Enseign
 ement\, et Mme Leclercq (Directrice du département)\, dans le cadre de l'ap
 pel à candidatures pour la direction de l'Athénée communal de Woluwe (emplo
 i vacant au 1er septembre 2025).<br><br>Au plaisir\,<br>Service Enseigneme
 nt – Commune de Woluwe-Saint-Lambert
LAST-MODIFIED:20250310T092233Z
LOCATION:Hôtel communal\, Av. Paul Hymans 2\, 1200 Woluwe-Saint-Lambert
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – direction Athénée communal de Woluwe (Mme Lambert)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune de Woluwe-Saint-Lambert", role="direction de l'Athénée communal de Woluwe",
      interviewers=["t.moens@woluwe1200.be", "Mme Leclercq"], trap="google-invite-alderman-and-department-head"),
]
