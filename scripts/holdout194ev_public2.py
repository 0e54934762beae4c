"""holdout194: more communal / provincial selection procedures (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("uccle-outlook", "040000008200E00074C5B7101A82E008000000007C21D0E4F98BDB01000000000000000010000000E5F6",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_ROMANCE%
BEGIN:VEVENT
ORGANIZER;CN="Dewandeleer, Nathalie";SENT-BY="mailto:secr.enseignement@uccle.brussels":mailto:ndewandele
 er@uccle.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Margaux":mailto:margaux.lambert
 65@skynet.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hendrickx, Olivier":mailto:ohendrickx@ucc
 le.brussels
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="UCC-Maison communale-Salle Brugmann":ma
 ilto:salle.brugmann@uccle.brussels
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nDans le cadre de la procédure d'appel
  à candidatures pour la désignation d'un(e) directeur(trice) à titre tempor
 aire à l'Institut communal d'enseignement secondaire d'Uccle\, vous êtes inv
 itée à un entretien avec la commission de sélection (Mme N. Dewandeleer\, Se
 crétaire communale adjointe\, et M. O. Hendrickx\, Directeur du Service de l
 'Enseignement).\n\nL'entretien portera sur votre lettre de motivation et vo
 tre projet pour l'établissement.\n\nBien à vous\,\nSecrétariat Enseignement
 \n
UID:040000008200E00074C5B7101A82E008000000007C21D0E4F98BDB01000000000000000010000000E5F6
SUMMARY;LANGUAGE=fr-BE:Commission de sélection - Directeur(trice) ICES Uccle - LAMBERT M.
DTSTART;TZID=Romance Standard Time:20250402T093000
DTEND;TZID=Romance Standard Time:20250402T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T121544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:UCC-Maison communale-Salle Brugmann
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune d'Uccle",
      role="directeur(trice) à titre temporaire à l'Institut communal d'enseignement secondaire d'Uccle",
      stage="onsite", interviewers=["ndewandeleer@uccle.brussels", "ohendrickx@uccle.brussels"],
      trap="romance-standard-time-commission-de-selection", crlf=True),

    E("anderlecht-webex", "a4f09e1c2b7d4f3e8a61c0d9e2b5f7a1@anderlecht.brussels",
      r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:a4f09e1c2b7d4f3e8a61c0d9e2b5f7a1@anderlecht.brussels
DTSTAMP:20250403T080112Z
DTSTART;TZID=Europe/Brussels:20250423T160000
DTEND;TZID=Europe/Brussels:20250423T164500
SUMMARY:Jury de sélection – Direction Athénée Bracops (visioconférence)
ORGANIZER;CN=Cellule Recrutement Anderlecht:mailto:recrutement@anderlecht.brussels
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:https://anderlecht.webex.com/anderlecht/j.php?MTID=m3c1f0a9e7b2d4c6e8f0a1b2c3d4e5f60
DESCRIPTION:Madame\,\n\nVotre audition par le jury de sélection (appel à
  candidatures « Directeur/Directrice – Athénée Joseph Bracops »\, emploi va
 cant) se tiendra par visioconférence.\n\nMembres du jury : Mme l'Échevine de
  l'Instruction publique\, M. le Directeur de l'Instruction publique\, un rep
 résentant du CPEONS.\n\nRejoindre la réunion Webex\nhttps://anderlecht.webe
 x.com/anderlecht/j.php?MTID=m3c1f0a9e7b2d4c6e8f0a1b2c3d4e5f60\nNuméro de la
  réunion (code d'accès) : 2741 118 9023\nMot de passe de la réunion : Jury2
 025!\n\nRejoindre par téléphone\n+32-2-894-8403 Belgique Numéro d'appel\nCo
 de d'accès : 274 111 89023\n
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune d'Anderlecht", role="Directeur/Directrice – Athénée Joseph Bracops",
      stage="onsite", trap="webex-audition-jury-unnamed-members"),

    E("saint-gilles", "20250108T143211Z-48213@stgilles.brussels",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
CREATED:20250108T143211Z
LAST-MODIFIED:20250108T143502Z
DTSTAMP:20250108T143502Z
UID:20250108T143211Z-48213@stgilles.brussels
SUMMARY:Rencontre candidature – Lycée intégral Roger Lallemand
ORGANIZER;CN=Jean-Luc Vermeulen:mailto:jlvermeulen@stgilles.brussels
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Margaux Lambert:mailto:margaux.lambert65@skynet.be
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Jean-Luc Vermeulen:mailto:jlvermeulen@stgilles.brussels
DTSTART;TZID=Europe/Brussels:20250129T170000
DTEND;TZID=Europe/Brussels:20250129T180000
LOCATION:Lycée intégral Roger Lallemand\, rue de la Rhétorique 17? (à confirmer)
DESCRIPTION:Bonjour Madame Lambert\,\n\nMerci pour votre candidature au pos
 te de directrice adjointe / future direction du Lycée intégral (pédagogie
  Freinet). Je vous propose une première rencontre informelle mais bien réell
 e : on fait connaissance\, je vous présente l'équipe et le projet\, vous me
  parlez de votre parcours.\n\nJean-Luc Vermeulen\nDirecteur\, en partance
  à la retraite
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune de Saint-Gilles", role="directrice adjointe / future direction du Lycée intégral",
      interviewers=["jlvermeulen@stgilles.brussels"], trap="thunderbird-informal-wording-but-candidacy-meeting"),

    E("etterbeek-doodle", "doodle-7b1e93c0-5a2f-4d8e-9c11-2f6a0e4b8d37",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doodle AG//Doodle Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:doodle-7b1e93c0-5a2f-4d8e-9c11-2f6a0e4b8d37
DTSTAMP:20250502T101010Z
DTSTART:20250514T120000Z
DTEND:20250514T130000Z
SUMMARY:Entretiens direction – Commune d'Etterbeek (créneau M. Lambert)
DESCRIPTION:Sondage Doodle « Entretiens direction – Athénée communal d'Ette
 rbeek » clôturé par Valérie Dumont.\nCréneau retenu : mercredi 14 mai\, 14
 :00 - 15:00.\nhttps://doodle.com/meeting/participate/id/eV7kQ2pb\n\nLieu : H
 ôtel communal\, avenue d'Auderghem 115\, salle du Collège.
LOCATION:Hôtel communal d'Etterbeek
ORGANIZER;CN=Valérie Dumont:mailto:vdumont@etterbeek.brussels
END:VEVENT
END:VCALENDAR
""", interview=1, company="Commune d'Etterbeek", trap="doodle-poll-closed-slot-utc"),

    E("assessment-consultance", "e31c8a07-ba54-4c2e-9d3f-71a6c0e2f4b9@talentwise-assess.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentwise//Assessment Scheduler 3.2//FR
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:e31c8a07-ba54-4c2e-9d3f-71a6c0e2f4b9@talentwise-assess.be
DTSTAMP:20250226T154000Z
DTSTART;TZID=Europe/Brussels:20250311T083000
DTEND;TZID=Europe/Brussels:20250311T163000
SUMMARY:Assessment – Directeur·rice IPES Wavre (Province du Brabant wallon)
ORGANIZER;CN=Talentwise Assessment Planning:mailto:planning@talentwise-assess.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:Talentwise\, Chaussée de La Hulpe 177\, 1170 Watermael-Boitsfort
DESCRIPTION:Chère Madame Lambert\,\n\nÀ la demande de la Province du Braban
 t wallon\, nous vous invitons à la journée d'assessment pour le poste de Di
 recteur·rice de l'Institut provincial d'enseignement secondaire de Wavre.\n
 \nProgramme :\n08:30 Accueil\n09:00 Tests de raisonnement (en ligne\, sur pl
 ace)\n10:30 Exercice de boîte aux lettres (in-basket)\n13:00 Jeu de rôle : e
 ntretien avec un parent mécontent\n14:30 Entretien de compétences avec l'ass
 esseur (Mme Chantal Depreter)\n16:00 Feed-back à chaud\n\nUn lunch est prév
 u. Merci d'apporter vos lunettes si nécessaire.\n\nL'équipe Talentwise
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Province du Brabant wallon",
      role="Directeur·rice de l'Institut provincial d'enseignement secondaire de Wavre", stage="technical",
      interviewers=["Chantal Depreter"], trap="consultancy-assessment-day-for-named-province"),

    E("province-jury", "PBW-RH-2025-0412-LAMBERT",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:PBW-RH-2025-0412-LAMBERT
DTSTAMP:20250328T094512Z
DTSTART;TZID="W. Europe Standard Time":20250416T100000
DTEND;TZID="W. Europe Standard Time":20250416T110000
SUMMARY:Province du Brabant wallon – Entretien final jury (IPES Wavre)
ORGANIZER;CN="Service RH - Province du Brabant wallon":mailto:rh.recrutement@brabantwallon.be
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:Place du Brabant wallon 1\, 1300 Wavre – Salle B.2.04
DESCRIPTION:Madame\,\n\nSuite aux résultats de l'assessment\, vous êtes in
 vitée à l'entretien final devant le jury composé de M. le Député provincial
  en charge de l'Enseignement\, de Mme la Directrice générale provinciale et d
 e l'Inspecteur général de l'enseignement provincial.\n\nService des Ressou
 rces humaines
CLASS:PUBLIC
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="Province du Brabant wallon", stage="final",
      trap="outlook-desktop-final-jury-unnamed", crlf=True),
]
