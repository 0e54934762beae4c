"""holdout169 events, part h: more hiring-side events at Mouvements Jura SA (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("deuxieme-tour-direction", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Monnier, Pierre";SENT-BY="mailto:s.humbert@mouvements-jura.ch
 ":mailto:p.monnier@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Humbert, Sand
 rine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.brandt@g
 mx.ch:mailto:t.brandt@gmx.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MJ-Salle Direct
 ion":mailto:mj-salle-direction@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Brandt\,\n\nSuite à votre premier entr
 etien\, nous avons le plaisir de vous inviter à un second entretien avec M
 . Pierre Monnier\, Directeur des opérations\, M. Mathieu Girardin et moi-m
 ême. Une visite de la manufacture est prévue à la suite.\n\nSandrine Humbe
 rt\, RH\n
UID:040000008200E00074C5B7101A82E00800000000D1D2E3F4A5B6DC01000000000000000
 010000000AA11BB22CC33DD44EE55FF6600771188
SUMMARY;LANGUAGE=fr-CH:2e entretien Resp. logistique - T. Brandt
DTSTART;TZID=W. Europe Standard Time:20251114T090000
DTEND;TZID=W. Europe Standard Time:20251114T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T081520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Direction
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D1D2E3F4A5B6DC0100000000000000001000000"
       "0AA11BB22CC33DD44EE55FF6600771188", trap="user-as-interviewer-second-round-panel-sent-by-hr"),

    ev("multicheck", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Maire, Carole":mailto:c.maire@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jeanneret, Ya
 nn":mailto:y.jeanneret@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Tri des 23 dossiers reçus pour les places d'app
 rentissage 2026 (logisticien·ne CFC x1\, horloger·ère de production CFC x2
 ). On regarde Multicheck + bulletins\, on fixe la liste des stages de sél
 ection. Dossiers sur le partage.\n
UID:040000008200E00074C5B7101A82E00800000000E2E3F4A5B6C7DC01000000000000000
 010000000A1B1C1D1E1F1A2B2C2D2E2F2A3B3C3D3
SUMMARY;LANGUAGE=fr-CH:Sélection apprentis 2026 - tri dossiers
DTSTART;TZID=W. Europe Standard Time:20251009T133000
DTEND;TZID=W. Europe Standard Time:20251009T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T074400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle de formation
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E2E3F4A5B6C7DC0100000000000000001000000"
       "0A1B1C1D1E1F1A2B2C2D2E2F2A3B3C3D3", trap="user-as-interviewer-apprentice-file-screening"),

    ev("panel-grenchen", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Kummer, Andrea":mailto:a.kummer@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schneeberger,
  Urs":mailto:u.schneeberger@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lara Bühl
 er:mailto:lara.buehler@outlook.com
DESCRIPTION;LANGUAGE=de-CH:Hallo zusammen\n\nFür die Stelle Supply Planner
  (Standort Grenchen) führen wir das Interview mit Frau Bühler zu dritt. Ma
 thieu\, bitte übernimm den fachlichen Teil (MRP\, Engpassplanung) – gerne a
 uf Französisch\, sie ist zweisprachig. Interviewleitfaden und CV im Anhang.
 \n\nLiebe Grüsse\nAndrea (HR)\n__________________________________________\n
 Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechun
 gs-ID: 354 118 902 771  Kennung: Hq7Yc2\n
UID:040000008200E00074C5B7101A82E00800000000F3F4A5B6C7D8DC01000000000000000
 010000000C1C2C3C4D1D2D3D4E1E2E3E4F1F2F3F4
SUMMARY;LANGUAGE=de-CH:Interview Supply Planner Grenchen – L. Bühler
DTSTART;TZID=W. Europe Standard Time:20251204T100000
DTEND;TZID=W. Europe Standard Time:20251204T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251127T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F3F4A5B6C7D8DC0100000000000000001000000"
       "0C1C2C3C4D1D2D3D4E1E2E3E4F1F2F3F4", trap="user-as-interviewer-german-panel-interview-guide"),

    ev("visite-candidat", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20251110T071500Z
UID:3B8E0D5F-2A71-4C9E-86F1-D4A2C7B0E913
DTEND;TZID=Europe/Zurich:20251114T113000
TRANSP:OPAQUE
SUMMARY:Visite manufacture avec Brandt (après 2e entretien)
LAST-MODIFIED:20251110T071500Z
DTSTAMP:20251110T071500Z
DTSTART;TZID=Europe/Zurich:20251114T110000
LOCATION:atelier remontage + magasin
SEQUENCE:0
DESCRIPTION:prévenir Yann\, blouses + surchaussures\, pas de photo\nmontrer
  tableau de charge et kanban fournitures
END:VEVENT
END:VCALENDAR
""", "3B8E0D5F-2A71-4C9E-86F1-D4A2C7B0E913", trap="user-as-interviewer-plant-tour-for-candidate"),

    ev("prise-references", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
%%TZ:WEUROPE%%
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Références données par Mme Dos Santos:\n- M. Ph. Cattin\, chef
  d'atelier\, Boîtes Prestige SA\, 032 913 44 10\n- Mme L. Vuilleumier (ancie
 nne responsable)\n(Sandrine a l'accord écrit de la candidate)
DTEND;TZID="W. Europe Standard Time":20251022T143000
DTSTAMP:20251020T120040Z
DTSTART;TZID="W. Europe Standard Time":20251022T140000
LOCATION:bureau
PRIORITY:5
SEQUENCE:0
SUMMARY:Appeler références Dos Santos
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A4A5B6C7D8E9DC01000000000000000
 010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A4A5B6C7D8E9DC0100000000000000001000000"
       "0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6", trap="user-as-interviewer-checks-candidate-references"),

    ev("contrat-apprenti", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN="Maire Carole";RSVP=TRUE:mailto:c.maire@mouvements-jura.ch
ATTENDEE;CN=famille.berset@bluewin.ch;RSVP=TRUE:mailto:famille.berset@blue
 win.ch
CLASS:PUBLIC
DESCRIPTION:Signature du contrat d'apprentissage de Noah (logisticien CFC\,
  début 10.08.2026) en présence d'un parent. Le contrat sera ensuite envoyé
  au Service des formations postobligatoires (SFPO) pour approbation.\n
DTEND;TZID="W. Europe Standard Time":20251203T173000
DTSTAMP:20251121T100110Z
DTSTART;TZID="W. Europe Standard Time":20251203T170000
LOCATION:MJ salle de formation
ORGANIZER;CN="Girardin Mathieu":mailto:m.girardin@mouvements-jura.ch
PRIORITY:5
SEQUENCE:0
SUMMARY:Signature contrat d'apprentissage - Noah Berset
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B5B6C7D8E9F0DC01000000000000000
 010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B5B6C7D8E9F0DC0100000000000000001000000"
       "0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6", trap="user-as-interviewer-signs-apprentice-contract"),

    ev("shadowing", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Girardin, Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jeanneret, Ya
 nn":mailto:y.jeanneret@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Yann\, comme tu vas recruter ton futur chef d'éq
 uipe\, viens assister à l'entretien de Mme Lachat (opératrice polyvalente)
  en observateur. Tu ne poses pas de questions\, on débriefe 15 min après.\
 n
UID:040000008200E00074C5B7101A82E00800000000C6C7D8E9F0A1DC01000000000000000
 010000000F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6
SUMMARY;LANGUAGE=fr-CH:Observation entretien Lachat (Yann en binôme)
DTSTART;TZID=W. Europe Standard Time:20251030T150000
DTEND;TZID=W. Europe Standard Time:20251030T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T084412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Pouillerel (6p)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C6C7D8E9F0A1DC0100000000000000001000000"
       "0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6", trap="user-as-interviewer-colleague-shadows-his-interview"),

    ev("codir-engagement", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Monnier, Pierre":mailto:p.monnier@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Humbert, Sand
 rine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ducommun, Ala
 in":mailto:a.ducommun@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Mathieu présente son choix pour le poste de resp
 onsable logistique (T. Brandt vs. 2e candidat)\, résultats assessment\, pr
 oposition salariale. Décision d'engagement.\n
UID:040000008200E00074C5B7101A82E00800000000D7D8E9F0A1B2DC01000000000000000
 010000000A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7
SUMMARY;LANGUAGE=fr-CH:Point engagement resp. logistique (CODIR)
DTSTART;TZID=W. Europe Standard Time:20251126T113000
DTEND;TZID=W. Europe Standard Time:20251126T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T145012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Direction
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D7D8E9F0A1B2DC0100000000000000001000000"
       "0A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7", trap="user-as-interviewer-hiring-decision-committee"),

    ev("stage-selection", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:MJ Formation apprentis
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251215
DTEND;VALUE=DATE:20251217
DTSTAMP:20251105T100000Z
UID:6hs2a9k4d1f8j3l5q7w0e2r4t6@google.com
CREATED:20251105T095955Z
DESCRIPTION:Luca Ferreira (11H) – stage de sélection apprenti logisticien\n
 Lu: magasin avec Carole\, Ma: planif avec Mathieu + petit test calcul/stock
 \nGrille d'appréciation à remplir le mardi soir
LAST-MODIFIED:20251105T100000Z
LOCATION:Mouvements Jura
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stage de sélection – Luca F.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "6hs2a9k4d1f8j3l5q7w0e2r4t6@google.com", trap="user-as-interviewer-apprentice-selection-internship"),

    ev("restitution-assessment", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Humbert, Sandrine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jl.schwab@vita
 lis-conseil.ch:mailto:jl.schwab@vitalis-conseil.ch
DESCRIPTION;LANGUAGE=fr-CH:Restitution par M. Schwab (Vitalis Conseil) des
  résultats de l'assessment de M. Brandt (tests de personnalité\, étude de c
 as\, mise en situation management). Rapport confidentiel envoyé par courri
 er.\n\nRejoindre la réunion Microsoft Teams\nID de réunion : 322 744 018 55
 9  Code secret : 3Rb9Wq\n
UID:040000008200E00074C5B7101A82E00800000000E8E9F0A1B2C3DC01000000000000000
 010000000B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8
SUMMARY;LANGUAGE=fr-CH:Restitution assessment candidat resp. logistique
DTSTART;TZID=W. Europe Standard Time:20251121T080000
DTEND;TZID=W. Europe Standard Time:20251121T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T160015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E8E9F0A1B2C3DC0100000000000000001000000"
       "0B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8", trap="user-as-interviewer-assessment-results-of-candidate"),
]
