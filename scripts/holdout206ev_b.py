"""holdout206 events, part b: Würth, the cabinet's ETI (BHI), Aliaxis, Manitou, Desotec."""

from holdout206ev_tz import BRUSSELS, PARIS_GOOGLE, W_EUROPE

EVENTS = [
    {
        "kind": "talentsoft-phone",
        "uid": "ts-entretien-88213-20250206@wurth-recrute.talent-soft.com",
        "is_interview": 1,
        "company": "Würth France",
        "role": "Chef des ventes secteur Loire-Atlantique / Vendée (H/F)",
        "stage": "recruiter_screen",
        "interviewers": "elodie.schmitt@wurth.fr",
        "trap": "talentsoft-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentsoft//Recruiting//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ts-entretien-88213-20250206@wurth-recrute.talent-soft.com
DTSTAMP:20250131T141000Z
DTSTART:20250206T123000Z
DTEND:20250206T131500Z
SUMMARY:Würth France - Entretien téléphonique
DESCRIPTION:Bonjour Guillaume LE GOFF\,\n\nVotre candidature pour l'offre
  « Chef des ventes secteur Loire-Atlantique / Vendée (H/F) » a retenu not
 re attention. Élodie Schmitt\, Chargée de recrutement régionale\, vous co
 ntactera par téléphone.\n\nL'équipe Recrutement Würth France\nZ.I. Ouest
  - rue Georges Besse - 67158 Erstein Cedex
ORGANIZER;CN=Würth France Recrutement:mailto:ne-pas-repondre@talent-soft.c
 om
ATTENDEE;CN=Elodie Schmitt;ROLE=REQ-PARTICIPANT:mailto:Elodie.Schmitt@wurt
 h.fr
ATTENDEE;CN=Guillaume LE GOFF;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Par téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rencontre-terrain",
        "uid": "3pl1dsd0ugqgf0d2c9r4mrt1k5@google.com",
        "is_interview": 1,
        "company": "Würth France",
        "role": "Chef des ventes",
        "stage": "onsite",
        "interviewers": "anthony.pichon@wurth.fr;kevin.leroux@wurth.fr",
        "trap": "rencontre-terrain-day-with-salesman",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250219T074500
DTEND;TZID=Europe/Paris:20250219T173000
DTSTAMP:20250212T173355Z
ORGANIZER;CN=Anthony Pichon:mailto:anthony.pichon@wurth.fr
UID:3pl1dsd0ugqgf0d2c9r4mrt1k5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin
  Le Roux;X-NUM-GUESTS=0:mailto:kevin.leroux@wurth.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anthon
 y Pichon;X-NUM-GUESTS=0:mailto:anthony.pichon@wurth.fr
DESCRIPTION:Bonjour Guillaume\,\n\nComme évoqué\, je te propose une renco
 ntre terrain avec Kevin\, commercial sur le secteur Nantes Est / Ancenis :
  tournée clients (garages\, maintenance industrielle\, BTP)\, déjeuner ens
 emble et debrief avec moi en fin de journée à l'agence.\nRDV 7h45 au park
 ing du Super U de Carquefou\, tenue de travail conseillée (chaussures de s
 écurité si tu en as).\n\nAnthony Pichon\nChef de région Grand Ouest
LOCATION:Parking Super U\, Carquefou
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre terrain - Würth (Kevin / Anthony)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-cabinet-call",
        "uid": "0a7kq2v6hnb3s8m1t5c9d4e2fg@google.com",
        "is_interview": 0,
        "trap": "cabinet-call-unnamed-eti-industrielle",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250120T121500Z
DTEND:20250120T124500Z
DTSTAMP:20250116T102214Z
ORGANIZER;CN=Sandrine Morvan:mailto:sandrine.morvan@ouest-executive.fr
UID:0a7kq2v6hnb3s8m1t5c9d4e2fg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandri
 ne Morvan;X-NUM-GUESTS=0:mailto:sandrine.morvan@ouest-executive.fr
DESCRIPTION:Bonjour Guillaume\,\n\nMerci pour votre retour sur LinkedIn. C
 omme indiqué\, j'accompagne actuellement une ETI industrielle de l'Ouest
  (env. 350 personnes\, conception et fabrication de solutions hydrauliques
 ) sur un poste de Key Account Manager. Je ne peux pas encore vous communi
 quer le nom de mon client à ce stade\, je vous le présenterai de vive voi
 x si nous avançons ensemble.\n\nJe vous appelle au 06 71 ** ** 58.\n\nSan
 drine Morvan\nConsultante - Ouest Executive (Rennes)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Echange téléphonique Sandrine Morvan / Guillaume Le Goff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cabinet-named",
        "uid": "1c9r0e4mh2l5t7p8b6a3k0j9sq@google.com",
        "is_interview": 1,
        "company": "Bretagne Hydraulique Industrie",
        "role": "Key Account Manager",
        "stage": "recruiter_screen",
        "interviewers": "sandrine.morvan@ouest-executive.fr",
        "trap": "agency-screen-names-client-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250129T090000
DTEND;TZID=Europe/Paris:20250129T103000
DTSTAMP:20250122T164508Z
ORGANIZER;CN=Sandrine Morvan:mailto:sandrine.morvan@ouest-executive.fr
UID:1c9r0e4mh2l5t7p8b6a3k0j9sq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=guilla
 ume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.legoff44@laposte
 .net
DESCRIPTION:Bonjour Guillaume\,\n\nSuite à notre échange\, je vous confir
 me notre entretien approfondi à nos bureaux de Rennes (12 rue de Paris\,
  3e étage). Comme convenu\, mon client est Bretagne Hydraulique Industrie
  (BHI)\, basé à Lorient\, et le poste est celui de Key Account Manager Gran
 ds Comptes (OEM + industrie agroalimentaire).\n\nPrévoir 1h30.\n\nSandrine
LOCATION:Ouest Executive\, 12 rue de Paris\, 35000 Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Ouest Executive - Guillaume Le Goff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sosie-test",
        "uid": "6t2ld9bq0m1r4vj8u3e5c7o0ha@google.com",
        "is_interview": 1,
        "company": "Bretagne Hydraulique Industrie",
        "role": "Key Account Manager",
        "stage": "",
        "interviewers": "sandrine.morvan@ouest-executive.fr",
        "trap": "test-personnalite-sosie-with-debrief",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250204T180000
DTEND;TZID=Europe/Paris:20250204T193000
DTSTAMP:20250130T091102Z
ORGANIZER;CN=Sandrine Morvan:mailto:sandrine.morvan@ouest-executive.fr
UID:6t2ld9bq0m1r4vj8u3e5c7o0ha@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
DESCRIPTION:Guillaume\,\n\nComme convenu\, étape suivante pour le poste BH
 I : passation du questionnaire de personnalité SOSIE (ECPA) en ligne (env
 . 45 min\, lien envoyé par mail séparé)\, puis restitution téléphonique a
 vec moi (30 min) avant la présentation de votre candidature au client.\n\
 nBonne soirée\,\nSandrine
LOCATION:En ligne + téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test SOSIE + restitution
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "client-meeting-lorient",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F09A7D1C6A81DB01"
            "00000000000000001000000055E1F0A2B39C7A4E8D16C0B3F4A2D7E1"
        ),
        "is_interview": 1,
        "company": "Bretagne Hydraulique Industrie",
        "role": "Key Account Manager Grands Comptes",
        "stage": "hiring_manager",
        "interviewers": "Yannick Le Floch;Anne Guégan",
        "trap": "agency-outlook-client-meeting-names-only",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Sandrine Morvan:mailto:sandrine.morvan@ouest-executive.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nVoici la confirmation de
  votre rencontre avec mon client BHI : Yannick Le Floch (Président) et An
 ne Guégan (Directrice Commerciale) vous recevront au siège de Lorient\, Z
 A de Kerpont. Je ne serai pas présente mais je vous appelle dans la fouléé
  pour avoir votre ressenti.\n\nBonne route !\nSandrine\n
UID:040000008200E00074C5B7101A82E00800000000F09A7D1C6A81DB0100000000000000
 001000000055E1F0A2B39C7A4E8D16C0B3F4A2D7E1
SUMMARY;LANGUAGE=fr-FR:RDV client BHI - G. Le Goff (KAM)
DTSTART;TZID=W. Europe Standard Time:20250214T140000
DTEND;TZID=W. Europe Standard Time:20250214T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T113012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BHI\, ZA de Kerpont\, Lanester
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-brussels",
        "uid": "WD-ALIAXIS-JR10332-SCR@myworkday.com",
        "is_interview": 1,
        "company": "Aliaxis",
        "role": "Key Account Manager Benelux & France Nord",
        "stage": "recruiter_screen",
        "interviewers": "delphine.maes@aliaxis.com",
        "trap": "belgian-company-french-teams-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:WD-ALIAXIS-JR10332-SCR@myworkday.com
DTSTAMP:20250404T080533Z
DTSTART;TZID=Europe/Brussels:20250410T113000
DTEND;TZID=Europe/Brussels:20250410T121500
SUMMARY:Aliaxis - Premier entretien - Key Account Manager Benelux & France
  Nord (JR10332)
DESCRIPTION:Bonjour Guillaume\,\n\nMerci pour votre intérêt pour Aliaxis.
  Delphine Maes (Talent Acquisition Lead Benelux) se réjouit de faire votre
  connaissance lors d'un premier entretien en visio (Teams).\n\nRejoindre
  : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxpYXhpcw\n\nAl
 iaxis SA - Avenue de Tervueren 270\, 1150 Bruxelles
ORGANIZER;CN=Aliaxis Careers:mailto:aliaxis@myworkday.com
ATTENDEE;CN=Delphine Maes;ROLE=REQ-PARTICIPANT:mailto:Delphine.Maes@aliaxis
 .com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "brussels-panel",
        "uid": "WD-ALIAXIS-JR10332-PNL@myworkday.com",
        "is_interview": 1,
        "company": "Aliaxis",
        "role": "Key Account Manager Benelux & France Nord",
        "stage": "onsite",
        "interviewers": "jean-marc.dufour@aliaxis.com;katrien.claes@aliaxis.com",
        "trap": "brussels-onsite-panel-french",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:WD-ALIAXIS-JR10332-PNL@myworkday.com
DTSTAMP:20250422T142001Z
DTSTART;TZID=Europe/Brussels:20250429T100000
DTEND;TZID=Europe/Brussels:20250429T123000
SUMMARY:Aliaxis - Entretiens sur site - Bruxelles
DESCRIPTION:Bonjour Guillaume\,\n\nNous avons le plaisir de vous accueill
 ir à notre siège de Bruxelles pour la suite du processus :\n10h00 - Jean-
 Marc Dufour\, VP Sales Europe West\n11h00 - Katrien Claes\, HR Business P
 artner\n12h00 - visite du showroom\n\nDemandez Delphine à l'accueil. Park
 ing visiteurs niveau -1.
ORGANIZER;CN=Aliaxis Careers:mailto:aliaxis@myworkday.com
ATTENDEE;CN=Jean-Marc Dufour;ROLE=REQ-PARTICIPANT:mailto:Jean-Marc.Dufour@a
 liaxis.com
ATTENDEE;CN=Katrien Claes;ROLE=REQ-PARTICIPANT:mailto:Katrien.Claes@aliaxi
 s.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Aliaxis SA\, Avenue de Tervueren 270\, 1150 Woluwe-Saint-Pierre
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "papi-ancenis",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B47E0C24F97BDB01"
            "000000000000000010000000E03A1D9C2B7F0648A11C5E3D8F6B0C72"
        ),
        "is_interview": 1,
        "company": "Manitou",
        "role": "Sales Manager France Ouest",
        "stage": "recruiter_screen",
        "interviewers": "morgane.bouvier@manitou-group.com",
        "trap": "papi-test-plus-rh-interview-onsite",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="BOUVIER Morgane":mailto:morgane.bouvier@manitou-group.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume
  Le Goff:mailto:guillaume.legoff44@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ANC - Bât. A -
  Salle Erdre":mailto:ANC-SalleErdre@manitou-group.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Le Goff\,\n\nJe vous confirme notre
  rendez-vous à Ancenis (430 rue de l'Aubinière). Nous commencerons par la p
 assation du questionnaire PAPI (environ 30 min sur PC)\, puis nous échang
 erons sur votre parcours et le poste de Sales Manager France Ouest.\n\nCo
 rdialement\,\nMorgane Bouvier\nHR Business Partner – Sales & Marketing Fr
 ance\n
UID:040000008200E00074C5B7101A82E00800000000B47E0C24F97BDB0100000000000000
 0010000000E03A1D9C2B7F0648A11C5E3D8F6B0C72
SUMMARY;LANGUAGE=fr-FR:RDV Manitou - Questionnaire PAPI et entretien RH
DTSTART;TZID=W. Europe Standard Time:20250305T140000
DTEND;TZID=W. Europe Standard Time:20250305T160000
DTSTAMP:20250226T100245Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ANC - Bât. A - Salle Erdre
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-visio",
        "uid": "1742388211913-manitou2@samsung.calendar",
        "is_interview": 1,
        "company": "Manitou",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "E. Guillou",
        "trap": "hand-typed-second-round-abbrev",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:1742388211913-manitou2@samsung.calendar
DTSTAMP:20250319T124331Z
DTSTART:20250325T083000
DTEND:20250325T093000
SUMMARY:Manitou 2e entretien N+1 (visio)
DESCRIPTION:E. Guillou dir. ventes France\nlien teams ds mail du 19/03\npr
 éparer chiffres CA perso 2023/2024 + top 10 comptes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-english",
        "uid": "teamtailor-interview-5f1e2b7c-9a04-4c8e-a3d1-2b6f0e7c9d18",
        "is_interview": 1,
        "company": "Desotec",
        "role": "Key Account Manager France (Industrial Water)",
        "stage": "hiring_manager",
        "interviewers": "pieter.vandenbussche@desotec.com",
        "trap": "flemish-company-english-teamtailor",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5f1e2b7c-9a04-4c8e-a3d1-2b6f0e7c9d18
DTSTAMP:20250507T090112Z
DTSTART;TZID=Europe/Brussels:20250514T150000
DTEND;TZID=Europe/Brussels:20250514T160000
SUMMARY:Interview: Key Account Manager France (Industrial Water) - DESOTEC
DESCRIPTION:Hi Guillaume\,\n\nThanks for booking a time! You will meet Pie
 ter Vandenbussche\, Sales Director Southern Europe\, for a conversation ab
 out the Key Account Manager France role. The interview will be in English
 .\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_ZGVzb3RlYw\n\nDESOTEC NV - Regenbeekstraat 44\, 8800 Roes
 elare\, Belgium\n\nKind regards\,\nThe DESOTEC Talent Team
ORGANIZER;CN=DESOTEC:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Pieter Vandenbussche;ROLE=REQ-PARTICIPANT:mailto:pieter.vanden
 bussche@desotec.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
]
