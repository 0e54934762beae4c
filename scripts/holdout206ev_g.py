"""holdout206 events, part g: Guillaume on the hiring side at Hydrolys (1/2)."""

from holdout206ev_tz import ROMANCE

EVENTS = [
    {
        "kind": "alternance-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01"
            "000000000000000010000000AA11BB22CC33DD44EE55FF6600778899"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-alternant-bts-ndrc",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="NTE - Salle Gou
 laine (6p)":mailto:salle.goulaine@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nComme convenu\, je t'ai
  calé l'entretien de Mathis Riou (BTS NDRC en alternance\, Lycée Livet) po
 ur le poste d'assistant commercial ITC. CV en PJ. Il vient avec son contr
 at type de l'école.\n\nKarine\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000
 0010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=fr-FR:Entretien alternance - Mathis RIOU (BTS NDRC)
DTSTART;TZID=Romance Standard Time:20250318T140000
DTEND;TZID=Romance Standard Time:20250318T150000
DTSTAMP:20250311T094500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NTE - Salle Goulaine (6p)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jury-tc",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000011C2D3E4F5A6DB01"
            "000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-panel-technico-commercial",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MENARD Karine
 ":mailto:k.menard@hydrolys.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="NTE - Salle Lo
 ire (12p)":mailto:salle.loire@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Recrutement Technico-commercial itinérant 49/85
 \n\n9h00 Hugo RIVIERE\n10h15 Pauline GODARD\n11h30 Yoann GUITTON (via Exp
 ectra)\n\nGuillaume : tu prends la partie technique (lecture de courbe\,
  cas de dimensionnement simple)\, je fais la partie commerciale\, Karine le
  reste. Grilles dans le dossier partagé RH > Recrutement > TC 49-85.\n\nB
 ertrand\n
UID:040000008200E00074C5B7101A82E0080000000011C2D3E4F5A6DB0100000000000000
 0010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=fr-FR:Jury TC itinérant 49/85
DTSTART;TZID=Romance Standard Time:20250407T090000
DTEND;TZID=Romance Standard Time:20250407T124500
DTSTAMP:20250327T165000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NTE - Salle Loire (12p)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief-tc",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01"
            "000000000000000010000000C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-debrief-after-panel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="OLIVIER B
 ertrand":mailto:b.olivier@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:On fait le point sur les 3 candidats vus lundi
  et on décide qui passe en 2e tour. Merci d'avoir rempli vos grilles avant
 .\n\n________________________________________________________________________
 ________\nRéunion Microsoft Teams\nRejoindre : https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_aHlkcm9seXM\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB0100000000000000
 0010000000C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4
SUMMARY;LANGUAGE=fr-FR:Débrief candidats TC 49/85
DTSTART;TZID=Romance Standard Time:20250409T173000
DTEND;TZID=Romance Standard Time:20250409T180000
DTSTAMP:20250407T130200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "flatchr-evaluation",
        "uid": "flatchr-task-evaluation-63120-legoff",
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-ats-evaluation-to-complete",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:flatchr-task-evaluation-63120-legoff
DTSTAMP:20250407T130500Z
DTSTART;VALUE=DATE:20250408
DTEND;VALUE=DATE:20250409
SUMMARY:[Flatchr] Évaluation à compléter - Technico-commercial itinérant 4
 9/85
DESCRIPTION:Bonjour Guillaume\,\n\nKarine MENARD vous a demandé de complét
 er la fiche d'évaluation des candidats suivants :\n- Hugo Rivière\n- Paul
 ine Godard\n- Yoann Guitton\n\nCritères : connaissances techniques (pompe
 s centrifuges\, volumétriques)\, aisance relationnelle\, mobilité\, motiv
 ation.\n\nAccéder aux candidatures : https://app.flatchr.io/company/hydro
 lys/jobs/63120
ORGANIZER;CN=Flatchr:mailto:notifications@flatchr.io
ATTENDEE;CN=Guillaume Le Goff:mailto:g.legoff@hydrolys.fr
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-reply",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01"
            "000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250320T090000Z
DTEND:20250320T100000Z
DTSTAMP:20250314T193012Z
ORGANIZER;CN=LE GOFF Guillaume:mailto:g.legoff@hydrolys.fr
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000
 0010000000D4C3B2A1F0E9D8C7B6A5948372615049
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloé
  Bernard;X-NUM-GUESTS=0:mailto:chloe.bernard.pro@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien alternance Hydrolys - Chloé Bernard
LOCATION:Hydrolys\, 8 rue du Bois Briand\, 44300 Nantes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB01"
            "000000000000000010000000E5D4C3B2A1F0E9D8C7B6A59483726150"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="DUVAL Matthieu":mailto:matthieu.duval@expectra.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MENARD Ka
 rine":mailto:k.menard@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Le Goff\,\n\nComme évoqué avec Mme M
 énard\, je vous présente M. Yoann Guitton pour votre poste de technico-co
 mmercial itinérant 49/85 : 6 ans chez un distributeur de matériel hydrau
 lique\, permis B\, disponible sous 1 mois. Dossier de synthèse et CV en P
 J. Il se présentera à votre accueil.\n\nMatthieu Duval\nConsultant Commer
 ce & Industrie - Expectra Nantes\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB0100000000000000
 0010000000E5D4C3B2A1F0E9D8C7B6A59483726150
SUMMARY;LANGUAGE=fr-FR:Présentation candidat Expectra - Y. GUITTON
DTSTART;TZID=Romance Standard Time:20250407T113000
DTEND;TZID=Romance Standard Time:20250407T123000
DTSTAMP:20250402T101500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hydrolys Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-notes",
        "uid": "F01B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D",
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-hand-typed-candidate-notes",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
UID:F01B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
DTSTAMP:20250318T155812Z
DTSTART:20250319T083000
DTEND:20250319T084500
SUMMARY:rappeler Mathis R. + avis Karine
DESCRIPTION:entretien d'hier : bon contact\, curieux\, un peu juste en tech
 nique mais normal en 1ère année\nOK pour lui de mon côté\, voir dispo rent
 rée sept + rythme école 2j/3j
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-host",
        "uid": "AAMkAGQ3NmFiYzEyLWh5ZHJvbHlzLWJvb2tpbmdzLWFsdGVybmFuY2UtMDQ",
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-bookings-host-student",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Hydrolys - Alternance Commerce:mailto:AlternanceCommerce@hydr
 olys.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LE GOFF Gui
 llaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Mar
 chand:mailto:ines.marchand03@outlook.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Échange altern
 ance commerce (30 min)\nMembre du personnel : Guillaume LE GOFF\nClient :
  Inès Marchand\nTéléphone : 07 68 ** ** 12\nNotes du client : Bonjour\, je
  suis en 1ère année de BUT TC à Saint-Nazaire et je cherche une alternance
  pour septembre.\n\nRéunion Teams : https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_YWx0ZXJu\n
UID:AAMkAGQ3NmFiYzEyLWh5ZHJvbHlzLWJvb2tpbmdzLWFsdGVybmFuY2UtMDQ
SUMMARY;LANGUAGE=fr-FR:Échange alternance commerce - Inès Marchand
DTSTART;TZID=Romance Standard Time:20250423T123000
DTEND;TZID=Romance Standard Time:20250423T130000
DTSTAMP:20250416T211500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-ride-along",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000003A4B5C6D7E8DB01"
            "000000000000000010000000F6E5D4C3B2A1F0E9D8C7B6A594837261"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-candidate-ride-along",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Guillaume\,\n\nComme dit ce matin : Hugo Rivièr
 e (finaliste TC 49/85) t'accompagne en tournée jeudi (Cholet / Les Herbier
 s). Laisse-le mener au moins un rdv\, et fais-moi un retour vendredi sur
  son attitude chez le client. Note de frais repas pour lui sur ton compte.\n
 \nBertrand\n
UID:040000008200E00074C5B7101A82E0080000000003A4B5C6D7E8DB0100000000000000
 0010000000F6E5D4C3B2A1F0E9D8C7B6A594837261
SUMMARY;LANGUAGE=fr-FR:Tournée 49/85 avec H. Rivière (finaliste)
DTSTART;TZID=Romance Standard Time:20250417T080000
DTEND;TZID=Romance Standard Time:20250417T173000
DTSTAMP:20250414T071400Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Départ agence Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "comite-recrutement",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB01"
            "000000000000000010000000A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-hiring-committee",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="OLIVIER Bertr
 and":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="TANGUY Domini
 que":mailto:d.tanguy@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour :\n1. TC 49/85 : décision entre
  H. Rivière et Y. Guitton\, proposition salariale\n2. Alternance rentrée 2
 025 : 2 postes (ADV + commerce)\n3. Remplacement congé maternité ADV\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB0100000000000000
 0010000000A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2
SUMMARY;LANGUAGE=fr-FR:Comité recrutement Direction Commerciale
DTSTART;TZID=Romance Standard Time:20250422T110000
DTEND;TZID=Romance Standard Time:20250422T120000
DTSTAMP:20250418T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DG
END:VEVENT
END:VCALENDAR
""",
    },
]
