"""holdout147 events, part h: AeroPrécis, Inès on the hiring side (technicians, temps, apprentices)."""

from holdout147ev_tz import TZ_ROMANCE


def neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "entretien-candidat",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000A11B2C3D4E5FDA01000000000000000010000000"
            "6C1D8E3F0A2B4C5D6E7F8091A2B3C4D5",
            "user-as-interviewer-outlook-panel-cnc-technician",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ESCANDE
  Didier":mailto:d.escande@aeroprecis-toulouse.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Salle Qualité
  (RDC atelier)":mailto:salle.qualite@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nEntretien avec M. Lefèvre pour le
 poste de technicien contrôle CN (équipe 2x8). CV en PJ. Didier pour la pa
 rtie atelier\, Inès pour la partie contrôle / lecture de plan.\n\nValérie\n
UID:040000008200E00074C5B7101A82E00800000000A11B2C3D4E5FDA0100000000000000
 00100000006C1D8E3F0A2B4C5D6E7F8091A2B3C4D5
SUMMARY;LANGUAGE=fr-FR:Entretien M. Lefèvre - technicien contrôle CN
DTSTART;TZID=Romance Standard Time:20250115T140000
DTEND;TZID=Romance Standard Time:20250115T150000
DTSTAMP:20250110T085300Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Qualité (RDC atelier)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mise-en-situation",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E0080000000042B7C8D9E0F1DB01000000000000000010000000"
            "0D2E4F6A8B1C3D5E7F9A0B2C4D6E8F1A",
            "user-as-interviewer-cmm-practical-test-apprentice",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CARVALHO Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="PONS Va
 lérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MMT Zeiss Con
 tura (labo métro)":mailto:mmt.contura@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Mise en situation pour Nathan G. (alternance BT
 S CPI\, rentrée sept.) : mesure d'une bride AL7075 sur la Contura\, progra
 mme CALYPSO déjà prêt\, comparer au plan rév. D. 45 min max\, ensuite 15 m
 in questions. Grille dans le dossier Recrutement/Alternance 2025.\n
UID:040000008200E00074C5B7101A82E0080000000042B7C8D9E0F1DB0100000000000000
 00100000000D2E4F6A8B1C3D5E7F9A0B2C4D6E8F1A
SUMMARY;LANGUAGE=fr-FR:Mise en situation MMT - Nathan G. (alternant BTS C
 PI)
DTSTART;TZID=Romance Standard Time:20250219T090000
DTEND;TZID=Romance Standard Time:20250219T100000
DTSTAMP:20250212T141800Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Labo métrologie
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interim-presentation",
        "hiring_side": True,
        "label": neg(
            "d9a0f1c2-3b4e-4f5a-8c6d-synergie-blagnac-20250128",
            "user-as-interviewer-interim-agency-presents-temp",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
UID:d9a0f1c2-3b4e-4f5a-8c6d-synergie-blagnac-20250128
DTSTAMP:20250124T103000Z
DTSTART;TZID="Romance Standard Time":20250128T083000
DTEND;TZID="Romance Standard Time":20250128T091500
SUMMARY:Présentation intérimaire - contrôleur qualité réception - M. Diall
 o
DESCRIPTION:Bonjour Madame Carvalho\,\n\nComme convenu\, je vous présente
  M. Moussa Diallo pour la mission de contrôleur réception (3 mois renouvel
 able\, démarrage 03/02). Il a 4 ans d'expérience en contrôle dimensionnel
  (pied à coulisse\, micromètre\, colonne de mesure) chez un sous-traitant
  de Figeac. Je l'accompagnerai sur place.\n\nBien cordialement\,\nSandra
 Lopes\nChargée d'affaires - Synergie Blagnac\n05 34 60 22 18
LOCATION:AeroPrécis - accueil\, 14 rue des Frères Wright\, Colomiers
ORGANIZER;CN="Sandra Lopes":mailto:sandra.lopes@synergie.fr
ATTENDEE;CN="i.carvalho@aeroprecis-toulouse.fr";RSVP=TRUE:mailto:i.carval
 ho@aeroprecis-toulouse.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply-accepted",
        "hiring_side": True,
        "label": neg("7p2m4n6b8v0c1x3z5l7k9j1h2g@google.com", "user-as-interviewer-candidate-accepted-reply"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250212T130000Z
DTEND:20250212T134500Z
DTSTAMP:20250207T191133Z
ORGANIZER;CN=CARVALHO Inès:mailto:i.carvalho@aeroprecis-toulouse.fr
UID:7p2m4n6b8v0c1x3z5l7k9j1h2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Léa F
 abre;X-NUM-GUESTS=0:mailto:lea.fabre.31@gmail.com
CREATED:20250207T101500Z
DESCRIPTION:
LAST-MODIFIED:20250207T191133Z
LOCATION:AeroPrécis\, Colomiers
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté : Entretien stage qualité fournisseurs (M2) - Léa Fabre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief-candidats",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E0080000000017E3D9B5A1C7DB01000000000000000010000000"
            "F0E1D2C3B4A5968778695A4B3C2D1E0F",
            "user-as-interviewer-debrief-metrology-technician",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ROUX Marc":
 mailto:m.roux@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:On fait le point sur les 3 candidats vus pour
 le poste de technicien métrologie (Bastien R.\, Coralie M.\, Sofiane T.)
 . Merci d'avoir vos notes / grilles. Décision + proposition salariale à c
 aler.\n
UID:040000008200E00074C5B7101A82E0080000000017E3D9B5A1C7DB0100000000000000
 0010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=fr-FR:Débrief recrutement technicien métrologie
DTSTART;TZID=Romance Standard Time:20250224T113000
DTEND;TZID=Romance Standard Time:20250224T120000
DTSTAMP:20250220T162000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "avis-candidat",
        "hiring_side": True,
        "label": neg("beetween-task-reminder-58812-carvalho@beetween.com", "user-as-interviewer-ats-feedback-task"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beetween//Beetween ATS//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:beetween-task-reminder-58812-carvalho@beetween.com
DTSTAMP:20250226T070000Z
DTSTART;TZID=Europe/Paris:20250227T090000
DTEND;TZID=Europe/Paris:20250227T091500
SUMMARY:Rappel : donnez votre avis sur Hugo Martin (Technicien qualité ré
 ception)
DESCRIPTION:Bonjour Inès\,\n\nVous avez rencontré Hugo Martin le 25/02 da
 ns le cadre de l'offre « Technicien qualité réception H/F ». Merci de sai
 sir votre évaluation (note /5\, points forts\, réserves) dans Beetween afi
 n que Valérie Pons puisse faire un retour au candidat.\n\nhttps://aeropre
 cis.beetween.com/candidat/58812/evaluation
ORGANIZER;CN=Beetween - AeroPrécis:mailto:noreply@beetween.com
ATTENDEE;CN=Inès Carvalho;RSVP=FALSE:mailto:i.carvalho@aeroprecis-toulous
 e.fr
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "note-tel",
        "hiring_side": True,
        "crlf": False,
        "label": neg("C47E2A90-1F3B-4D6C-9E85-0B2A7F3C1D64", "user-as-interviewer-typed-phone-apprentice"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C47E2A90-1F3B-4D6C-9E85-0B2A7F3C1D64
DTSTAMP:20250205T091212Z
CREATED:20250205T091200Z
DTSTART;TZID=Europe/Paris:20250205T140000
DTEND;TZID=Europe/Paris:20250205T142000
SUMMARY:Tél Yanis B. alternance BTS
DESCRIPTION:06 58 12 90 44 - dispo après 14h (en cours)\nlui demander : ca
 lendrier école\, permis\, déjà fait de la MMT ?\nsi ok -> mise en situ la s
 emaine pro
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-host",
        "hiring_side": True,
        "label": neg("bookings-aeroprecis-4e1a2b3c-stage-ete-0317", "user-as-interviewer-bookings-host-intern"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bookings-aeroprecis-4e1a2b3c-stage-ete-0317
DTSTAMP:20250312T201544Z
DTSTART:20250317T083000Z
DTEND:20250317T090000Z
SUMMARY:Entretien stage été 2025 - Manon Ribeiro
DESCRIPTION:Nouveau rendez-vous réservé.\n\nService : Entretien stage été
  2025 (30 min)\nMembre du personnel : Inès Carvalho\nClient : Manon Ribei
 ro\nE-mail : manon.ribeiro.pro@gmail.com\nTéléphone : 07 81 44 20 96\nNotes
  du client : Étudiante DUT Mesures Physiques\, disponible du 16/06 au 29/
 08.\n\nRéunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_YWVy%40thread.v2/0
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Stages AeroPrécis:mailto:StagesAeroPrecis@aeroprecis-toulouse
 .fr
ATTENDEE;CN=Inès Carvalho;ROLE=REQ-PARTICIPANT:mailto:i.carvalho@aeroprec
 is-toulouse.fr
ATTENDEE;CN=Manon Ribeiro;ROLE=REQ-PARTICIPANT:mailto:manon.ribeiro.pro@gm
 ail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "job-dating",
        "hiring_side": True,
        "label": neg("5b7n9m1k3j5h7g9f1d3s5a7p9o@google.com", "user-as-interviewer-job-dating-stand-apprentices"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T080000Z
DTEND:20250320T120000Z
DTSTAMP:20250303T100000Z
ORGANIZER;CN=Relations Entreprises IUT GMP:mailto:re.gmp@iut-tlse3.fr
UID:5b7n9m1k3j5h7g9f1d3s5a7p9o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=i.carv
 alho@aeroprecis-toulouse.fr;X-NUM-GUESTS=1:mailto:i.carvalho@aeroprecis-to
 ulouse.fr
DESCRIPTION:Madame\,\n\nNous vous confirmons la réservation d'une table po
 ur AeroPrécis au job dating alternance du département GMP. Les étudiants
  passent par créneaux de 10 minutes\; pensez à apporter vos fiches de pos
 te (technicien contrôle\, méthodes). Liste des étudiants inscrits envoyée
  la veille.\n\nService Relations Entreprises - IUT Paul Sabatier
LOCATION:IUT Paul Sabatier\, 133B av. de Rangueil\, Toulouse - Hall GMP
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Job dating alternance GMP - stand AeroPrécis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "binome-recrutement",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000ACDC1B2E3F70DB01000000000000000010000000"
            "19283746556473829100AABBCCDDEEFF",
            "user-as-interviewer-shadowing-hr-interview",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Inès\, comme prévu dans ton plan de formation (
 module « Recruter sans discriminer »)\, tu assistes en observatrice à l'en
 tretien de Mme Okafor (acheteuse). Tu ne poses pas de questions\, on débri
 efe 15 min après.\n
UID:040000008200E00074C5B7101A82E00800000000ACDC1B2E3F70DB0100000000000000
 001000000019283746556473829100AABBCCDDEEFF
SUMMARY;LANGUAGE=fr-FR:Binôme entretien (observation) - Mme Okafor / poste
  acheteuse
DTSTART;TZID=Romance Standard Time:20250313T100000
DTEND;TZID=Romance Standard Time:20250313T111500
DTSTAMP:20250310T081000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
