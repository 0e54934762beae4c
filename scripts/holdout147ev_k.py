"""holdout147 events, part k: the trade's everyday calendar and Inès's personal life."""

from holdout147ev_tz import TZ_PARIS, TZ_ROMANCE


def neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "audit-en9100",
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000AB0C1D2E3F40DB01000000000000000010000000"
            "C0FFEE00112233445566778899AABBCC",
            "certification-audit-all-day-entretiens-auditeur",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="ROUX Marc":mailto:m.roux@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ESCANDE Did
 ier":mailto:d.escande@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Audit de surveillance EN9100 - Bureau Veritas
  (auditeur : M. Carbonne). Entretiens avec les pilotes de processus selon
  le plan d'audit joint : Inès = processus achats/fournisseurs et maîtrise
  des produits NC (J1 après-midi).\n
UID:040000008200E00074C5B7101A82E00800000000AB0C1D2E3F40DB0100000000000000
 0010000000C0FFEE00112233445566778899AABBCC
SUMMARY;LANGUAGE=fr-FR:Audit surveillance EN9100 (BV) - J1
DTSTART;VALUE=DATE:20250318
DTEND;VALUE=DATE:20250319
DTSTAMP:20250228T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de direction
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-fournisseur",
        "label": neg("6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com", "supplier-visit-process-audit"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Inès (pro)
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250128T130000
DTEND;TZID=Europe/Paris:20250128T173000
DTSTAMP:20250121T070000Z
UID:6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com
DESCRIPTION:audit process anodisation chromique (dérogation REACH)\, revue
  8D lot 2411-07\, rencontre resp. qualité fournisseur\nvéhicule de service
  réservé
LOCATION:Montauban
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite fournisseur TS Montauban - audit process
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "formation-amdec",
        "label": neg("cegid-formation-session-AMDEC-2025-02@aeroprecis", "internal-training-session"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid//Formation//FR
METHOD:REQUEST
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:cegid-formation-session-AMDEC-2025-02@aeroprecis
DTSTAMP:20250115T110000Z
DTSTART;TZID=Europe/Paris:20250310T090000
DTEND;TZID=Europe/Paris:20250311T170000
SUMMARY:Formation AMDEC process & plan de surveillance (AIAG-VDA) - 2 jou
 rs
DESCRIPTION:Convocation à la session de formation inter-entreprises. Orga
 nisme : Qualitech Formation\, Labège. Évaluation des acquis (QCM) en fin d
 e 2e jour. Repas pris en charge.
LOCATION:Qualitech Formation\, 2 rue Hermès\, Labège
ORGANIZER;CN=Service Formation AeroPrécis:mailto:formation@aeroprecis-toul
 ouse.fr
ATTENDEE;CN=Inès Carvalho;RSVP=TRUE:mailto:i.carvalho@aeroprecis-toulouse.f
 r
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "qrqc-recurrent",
        "label": neg(
            "040000008200E00074C5B7101A82E008-qrqc-atelier-daily", "recurring-shopfloor-meeting-with-override"
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="ESCANDE Didier":mailto:d.escande@aeroprecis-toulouse.fr
UID:040000008200E00074C5B7101A82E008-qrqc-atelier-daily
SUMMARY;LANGUAGE=fr-FR:QRQC atelier
DESCRIPTION;LANGUAGE=fr-FR:Point quotidien 15 min devant le tableau : rebu
 ts J-1\, alertes qualité\, pannes. Debout.\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
DTSTART;TZID=Romance Standard Time:20250106T083000
DTEND;TZID=Romance Standard Time:20250106T084500
DTSTAMP:20250102T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier - tableau QRQC
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="ESCANDE Didier":mailto:d.escande@aeroprecis-toulouse.fr
UID:040000008200E00074C5B7101A82E008-qrqc-atelier-daily
RECURRENCE-ID;TZID=Romance Standard Time:20250205T083000
SUMMARY;LANGUAGE=fr-FR:QRQC atelier + analyse 5 pourquoi lot rebuté
DESCRIPTION;LANGUAGE=fr-FR:Prolongé : analyse 5 pourquoi sur le lot 2502-
 03 (perçages hors tolérance)\, Inès anime.\n
DTSTART;TZID=Romance Standard Time:20250205T083000
DTEND;TZID=Romance Standard Time:20250205T093000
DTSTAMP:20250204T170000Z
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Atelier - tableau QRQC
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "doctolib",
        "label": neg("doctolib-appointment-5540129981@doctolib.fr", "doctor-appointment-doctolib"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-5540129981@doctolib.fr
DTSTAMP:20250201T101010Z
DTSTART:20250207T170000Z
DTEND:20250207T172000Z
SUMMARY:Rendez-vous avec Dr Claire Mercier - Médecin généraliste
DESCRIPTION:Consultation de suivi\nAdresse : 8 allée Jean Jaurès\, 31000 T
 oulouse\nPensez à votre carte Vitale.\nPour annuler : https://www.doctolib
 .fr/account/appointments
LOCATION:8 allée Jean Jaurès\, 31000 Toulouse
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rdv-banque",
        "crlf": False,
        "label": neg("0C6A2E84-5B19-4D73-A8F0-3E7B1C9D2A56", "bank-advisor-appointment"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0C6A2E84-5B19-4D73-A8F0-3E7B1C9D2A56
DTSTAMP:20250304T081200Z
DTSTART;TZID=Europe/Paris:20250312T181500
DTEND;TZID=Europe/Paris:20250312T190000
SUMMARY:RDV conseillère Crédit Agricole (M. Lagarde) - simulation prêt
LOCATION:CA Toulouse 31 - agence Saint-Cyprien
DESCRIPTION:apporter 3 derniers bulletins de salaire + avis d'impo\nattent
 ion : si changement de poste\, période d'essai = pb pour le prêt ?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mairie-passeport",
        "label": neg("rdv-mairie-toulouse-CNI-PASS-88120@toulouse.fr", "official-passport-appointment"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mairie de Toulouse//Prise de rendez-vous//FR
BEGIN:VEVENT
UID:rdv-mairie-toulouse-CNI-PASS-88120@toulouse.fr
DTSTAMP:20250117T120000Z
DTSTART;TZID=Europe/Paris:20250131T083000
DTEND;TZID=Europe/Paris:20250131T084500
SUMMARY:Dépôt de demande de passeport - Mairie annexe Saint-Cyprien
DESCRIPTION:Numéro de pré-demande ANTS : 4F7K2M9PX1\nPièces : photo d'ide
 ntité récente\, justificatif de domicile\, timbre fiscal 86 €\, ancien pas
 seport.
LOCATION:Mairie annexe Saint-Cyprien\, Toulouse
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-voiture",
        "crlf": False,
        "label": neg("7F2B9D41-C0E6-4A38-B5D7-19E4A6C3F802", "car-service-entretien-word-maintenance"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7F2B9D41-C0E6-4A38-B5D7-19E4A6C3F802
DTSTAMP:20250208T100100Z
DTSTART;TZID=Europe/Paris:20250215T090000
DTEND;TZID=Europe/Paris:20250215T113000
SUMMARY:Entretien Clio (révision 60 000 km) - Norauto Portet
DESCRIPTION:vidange + plaquettes AV\, devis 289€
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-chaudiere",
        "label": neg("3a5s7d9f1g3h5j7k9l1z3x5c7v@google.com", "boiler-servicing-entretien-annuel"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250122T080000
DTEND;TZID=Europe/Paris:20250122T120000
DTSTAMP:20250110T200000Z
UID:3a5s7d9f1g3h5j7k9l1z3x5c7v@google.com
DESCRIPTION:Technicien Engie Home Services\, créneau matin\, laisser clé à
  la voisine si absente
SUMMARY:Entretien annuel chaudière
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bilan-competences",
        "label": neg("cal-com-booking-9kq2x7@cal.com", "career-assessment-coaching-session"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-com-booking-9kq2x7@cal.com
DTSTAMP:20250108T200000Z
DTSTART:20250110T170000Z
DTEND:20250110T183000Z
SUMMARY:Bilan de compétences - séance 4/6 (Inès Carvalho)
DESCRIPTION:Séance 4 : restitution des tests d'intérêts professionnels et
  de personnalité\, pistes de métiers (qualité fournisseurs / management
 ). Financement CPF.\n\nLieu : Cabinet Tremplin Carrières\, 12 rue Alsace-
 Lorraine\, Toulouse\n\nGérer la réservation : https://app.cal.com/booking/
 9kq2x7
LOCATION:Cabinet Tremplin Carrières\, Toulouse
ORGANIZER;CN=Corinne Allard:mailto:corinne.allard@tremplin-carrieres.fr
ATTENDEE;CN=Inès Carvalho;PARTSTAT=ACCEPTED:mailto:ines.carvalho31@orange.f
 r
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "practice-english",
        "label": neg("preply-lesson-88120334@preply.com", "practice-english-job-interview-tutor"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Preply//Lessons//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:preply-lesson-88120334@preply.com
DTSTAMP:20250131T200000Z
DTSTART:20250208T090000Z
DTEND:20250208T100000Z
SUMMARY:Lesson with Sarah K.: Job interview practice (English)
DESCRIPTION:Trial run of a Supplier Quality Engineer interview in English
  (STAR answers\, "tell me about a supplier escape")\, then feedback on vo
 cabulary and pronunciation.\nJoin the lesson in the Preply Classroom.
LOCATION:Preply Classroom
ORGANIZER;CN=Preply:mailto:no-reply@preply.com
ATTENDEE;CN=Ines Carvalho;RSVP=FALSE:mailto:ines.carvalho31@orange.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinaire-portage",
        "label": neg("livestorm-session-2e8a41c0@livestorm.co", "portage-salarial-information-webinar"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:livestorm-session-2e8a41c0@livestorm.co
DTSTAMP:20250212T120000Z
DTSTART:20250225T113000Z
DTEND:20250225T123000Z
SUMMARY:Réunion d'information : devenir consultant qualité en portage sal
 arial
DESCRIPTION:Merci pour votre inscription ! Au programme : fonctionnement d
 u portage\, simulation de revenus\, missions en régie chez les industriel
 s\, questions/réponses. Rejoindre : https://app.livestorm.co/p/2e8a41c0
LOCATION:https://app.livestorm.co/p/2e8a41c0
ORGANIZER;CN=ITG Portage Toulouse:mailto:events@livestorm.co
ATTENDEE;CN=Ines Carvalho;RSVP=FALSE:mailto:ines.carvalho31@orange.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tripartite-alternant",
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000BEEF0123456789DB01000000000000000010000000"
            "7E57ED0123456789ABCDEF0123456789",
            "apprentice-tutor-school-progress-review",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bénédicte Py":mailto:benedicte.py@iut-tlse3.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SICRE Mathi
 s":mailto:m.sicre@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nVisite tuteur école - point tripa
 rtite semestre 4 pour Mathis Sicre (LP Métrologie et qualité) : missions\,
  évaluation entreprise\, sujet du mémoire.\n\nB. Py\, tutrice pédagogique\n
UID:040000008200E00074C5B7101A82E00800000000BEEF0123456789DB01000000000000
 0000100000007E57ED0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Entretien tripartite alternant - M. Sicre
DTSTART;TZID=Romance Standard Time:20250122T143000
DTEND;TZID=Romance Standard Time:20250122T153000
DTSTAMP:20250109T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:AeroPrécis - Bureau Qualité
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
