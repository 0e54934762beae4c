"""holdout206 events, part h: Guillaume on the hiring side at Hydrolys (2/2)."""

from holdout206ev_tz import PARIS_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "mise-en-situation",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB01"
            "000000000000000010000000B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-plays-buyer-in-role-play",
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
DESCRIPTION;LANGUAGE=fr-FR:2e tour TC 49/85 : mise en situation.\nGuillaume
  tu joues le responsable maintenance de la fromagerie (cas "Laiterie du Bo
 cage"\, pompe doseuse en panne\, concurrent moins cher). 20 min chacun\, p
 uis on note sur la grille.\n14h Hugo Rivière / 15h Yoann Guitton\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB0100000000000000
 0010000000B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3
SUMMARY;LANGUAGE=fr-FR:Mise en situation commerciale - 2e tour TC
DTSTART;TZID=Romance Standard Time:20250414T140000
DTEND;TZID=Romance Standard Time:20250414T160000
DTSTAMP:20250410T102000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NTE - Salle Loire (12p)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prequalif-teams",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB01"
            "000000000000000010000000C9B8A7D6E5F4A3B2C1D0E9F8A7B6C5D4"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-phone-prequalification",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LE GOFF Guillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucas.fer
 reira.44@gmail.com:mailto:lucas.ferreira.44@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucas\,\n\nSuite à votre candidature sp
 ontanée pour une alternance commerciale chez Hydrolys\, je vous propose un
  premier échange de 20 minutes sur Teams.\n\nCordialement\,\nGuillaume Le
  Goff\nIngénieur Commercial - Hydrolys SAS\n\n______________________________
 __________________________________________________\nRéunion Microsoft Tea
 ms\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_bHV
 jYXM\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB0100000000000000
 0010000000C9B8A7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=fr-FR:Échange alternance Hydrolys / Lucas Ferreira
DTSTART;TZID=Romance Standard Time:20250326T123000
DTEND;TZID=Romance Standard Time:20250326T125000
DTSTAMP:20250321T080100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "job-dating",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01"
            "000000000000000010000000D0C9B8A7E6F5A4B3C2D1E0F9A8B7C6D5"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-job-dating-stand",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Job dating alternance de l'IUT : entretiens flas
 h de 10 min avec les étudiants TC et GEII. On tient le stand Hydrolys à de
 ux\, je prends les kakémonos et les fiches de poste. Prévois ta tablette p
 our noter.\n
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000
 0010000000D0C9B8A7E6F5A4B3C2D1E0F9A8B7C6D5
SUMMARY;LANGUAGE=fr-FR:Job dating IUT Saint-Nazaire
DTSTART;TZID=Romance Standard Time:20250402T133000
DTEND;TZID=Romance Standard Time:20250402T173000
DTSTAMP:20250312T140500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:IUT de Saint-Nazaire\, 58 rue Michel Ange
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "second-round-panel",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB01"
            "000000000000000010000000E1D0C9B8F7A6B5C4D3E2F1A0B9C8D7E6"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-second-round-candidate-name-in-title",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="OLIVIER Bertr
 and":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TANGUY Do
 minique":mailto:d.tanguy@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:2ème entretien de Mme Pauline GODARD (TC Bretagn
 e) avec le DG. Guillaume\, merci de présenter la gamme et le secteur 29/56
 .\n
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB0100000000000000
 0010000000E1D0C9B8F7A6B5C4D3E2F1A0B9C8D7E6
SUMMARY;LANGUAGE=fr-FR:2ème entretien - Mme GODARD Pauline (TC Bretagne)
DTSTART;TZID=Romance Standard Time:20250429T100000
DTEND;TZID=Romance Standard Time:20250429T113000
DTSTAMP:20250424T153300Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DG
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "uid": "GHTRW8KQP3MZ6N2A@calendly.com",
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-calendly-host-candidate-booked",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:GHTRW8KQP3MZ6N2A@calendly.com
DTSTAMP:20250325T184412Z
DTSTART:20250328T110000Z
DTEND:20250328T113000Z
SUMMARY:Chloé Bernard et Guillaume Le Goff
DESCRIPTION:Nouvel événement : Entretien alternance commerce (30 min)\n\nIn
 vité : Chloé Bernard\nE-mail de l'invité : chloe.bernard.pro@gmail.com\nLi
 eu : Hydrolys Nantes\n\nQuestions :\nÉcole / formation : BTS NDRC 1ère an
 née - Lycée Livet\nDisponibilité : septembre 2025\n\nAfficher l'événement
  dans Calendly : https://calendly.com/events/GHTRW8KQP3MZ6N2A
ORGANIZER;CN=Guillaume Le Goff:mailto:g.legoff@hydrolys.fr
ATTENDEE;CN=Chloé Bernard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.bern
 ard.pro@gmail.com
LOCATION:Hydrolys Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-kit",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01"
            "000000000000000010000000F2E1D0C9A8B7C6D5E4F3A2B1C0D9E8F7"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-preparing-interview-grid",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LE GOFF Guillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:- relire les 3 CV\n- 5 questions techniques (c
 ourbe H/Q\, NPSH\, choix garnitures)\n- grille commune avec Bertrand\n
UID:040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB0100000000000000
 0010000000F2E1D0C9A8B7C6D5E4F3A2B1C0D9E8F7
SUMMARY;LANGUAGE=fr-FR:Préparer questions jury TC
DTSTART;TZID=Romance Standard Time:20250404T160000
DTEND;TZID=Romance Standard Time:20250404T170000
DTSTAMP:20250401T094000Z
STATUS:CONFIRMED
SEQUENCE:0
CLASS:PRIVATE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feedback-task",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01"
            "000000000000000010000000A3F2E1D0B9C8D7E6F5A4B3C2D1E0F9A8"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-written-feedback-to-hr",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="LE GOFF Guillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Karine veut les retours écrits sur Rivière / G
 odard / Guitton avant le comité. Points forts\, points de vigilance\, avis
  go/no go.\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB0100000000000000
 0010000000A3F2E1D0B9C8D7E6F5A4B3C2D1E0F9A8
SUMMARY;LANGUAGE=fr-FR:Retours candidats TC à envoyer à Karine
DTSTART;VALUE=DATE:20250418
DTEND;VALUE=DATE:20250419
DTSTAMP:20250415T070000Z
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "indeed-employer",
        "uid": "indeed-interview-7f3a1c9e2b5d40e8@indeed.com",
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-indeed-video-employer-side",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Indeed//Indeed Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-7f3a1c9e2b5d40e8@indeed.com
DTSTAMP:20250319T162000Z
DTSTART:20250324T150000Z
DTEND:20250324T153000Z
SUMMARY:Indeed Interview : Sarah Lopez - Technico-commercial itinérant 49/8
 5 (H/F)
DESCRIPTION:Votre entretien vidéo avec la candidate Sarah Lopez est confir
 mé.\n\nOffre : Technico-commercial itinérant 49/85 (H/F) - Hydrolys SAS\n
 Rejoindre en tant qu'employeur : https://employers.indeed.com/interviews/7
 f3a1c9e2b5d40e8\n\nVous pouvez consulter le CV de la candidate depuis votr
 e tableau de bord.
ORGANIZER;CN=Indeed:mailto:interviews-noreply@indeed.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=CHAIR:mailto:g.legoff@hydrolys.fr
LOCATION:Indeed Interview (vidéo)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fin-periode-essai",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01"
            "000000000000000010000000B4A3F2E1C0D9E8F7A6B5C4D3E2F1A0B9"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-assessing-new-hire-trial-period",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ROBIN Th
 éo":mailto:t.robin@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Bilan de fin de période d'essai de Théo (alter
 nant commercial arrivé en janvier). Guillaume\, en tant que tuteur\, merci
  de compléter la grille d'évaluation avant.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000
 0010000000B4A3F2E1C0D9E8F7A6B5C4D3E2F1A0B9
SUMMARY;LANGUAGE=fr-FR:Entretien fin de période d'essai - Théo ROBIN
DTSTART;TZID=Romance Standard Time:20250303T163000
DTEND;TZID=Romance Standard Time:20250303T171500
DTSTAMP:20250224T111100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NTE - Salle Goulaine (6p)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-site-visit",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB01"
            "000000000000000010000000C5B4A3F2D1E0F9A8B7C6D5E4F3A2B1C0"
        ),
        "is_interview": 0,
        "hiring": True,
        "trap": "user-as-interviewer-hosting-candidate-plant-tour",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250415T160000
DTEND;TZID=Europe/Paris:20250415T170000
DTSTAMP:20250411T172000Z
ORGANIZER;CN=Guillaume Le Goff:mailto:g.legoff@hydrolys.fr
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB0100000000000000
 0010000000C5B4A3F2D1E0F9A8B7C6D5E4F3A2B1C0
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=yoann.guitton@orange.fr:mailto:yoann.guitton@orange.fr
DESCRIPTION:Bonjour Yoann\,\nSuite à la mise en situation de lundi\, je vo
 us propose une visite de l'atelier de montage et du banc d'essai avant la
  décision finale. RDV à l'accueil.\nGuillaume Le Goff - Hydrolys
LOCATION:Hydrolys\, 8 rue du Bois Briand\, 44300 Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite atelier Hydrolys - Y. Guitton
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
