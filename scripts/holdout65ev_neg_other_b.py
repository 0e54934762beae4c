"""holdout65 negatives: networking, fairs, references, recruiters without employer, prep and more (part B)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, neg

COFFEE_FR = r"""BEGIN:VEVENT
DTSTART:20261212T140000Z
DTEND:20261212T150000Z
DTSTAMP:20261129T120000Z
ORGANIZER;CN=Claire Dumas:mailto:claire.dumas@hotel-coursaintjean.fr
UID:5t9y3u7i1o6p0a4s8d2f6g0h4j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Avec plaisir pour un café ! Pas de poste ouvert chez nous en ce moment\, mais je te raconte
 comment on a monté l'offre F&B de l'hôtel et je te donne quelques contacts à Genève et Lausanne.\nClaire
LOCATION:Café Mokxa\, 3 rue de l'Abbé Rozier\, Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Mathieu / Claire – échange réseau F&B
TRANSP:OPAQUE
END:VEVENT"""

COFFEE_EN = r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/London:20261209T190000
UID:C4A8E2B6-1F3D-4950-A7C1-9E5B3D7F1A26
DTSTAMP:20261204T090000Z
LOCATION:The Fox & Anchor\, Charterhouse St\, London
DESCRIPTION:Ben (ex sous-chef at Lyon) – chat about the London restaurant scene\, salaries\, visas\, which
 groups treat chefs well. Not a job thing\, just advice. After the Dishwell day.
SEQUENCE:0
SUMMARY:Drinks with Ben Carter – London scene
DTSTART;TZID=Europe/London:20261209T180000
CREATED:20261204T085912Z
END:VEVENT"""

FAIR_FR = r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20270126
DTEND;VALUE=DATE:20270127
DTSTAMP:20261210T110000Z
UID:9j3k7l1z5x0c4v8b2n6m0q4w8e@google.com
DESCRIPTION:Forum Emploi Hôtellerie-Restauration Auvergne-Rhône-Alpes – 80 recruteurs (hôtels\, traiteurs\,
 stations de ski\, restauration collective). Apporter 20 CV. Stands des chaînes hôtelières hall 4.
LOCATION:Eurexpo Lyon\, Chassieu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum Emploi Hôtellerie-Restauration – Eurexpo
TRANSP:TRANSPARENT
END:VEVENT"""

FAIR_DE = r"""BEGIN:VEVENT
UID:gastrojobmesse-2027-besucher-55180@gastro-jobmesse.ch
DTSTAMP:20261201T090000Z
DTSTART;VALUE=DATE:20270204
DTEND;VALUE=DATE:20270205
SUMMARY:Gastro-Jobmesse Zürich 2027 – Besucherticket
DESCRIPTION:Ihr Ticket für die Gastro-Jobmesse Zürich: über 60 Hotels\, Restaurants und Caterer aus der
 ganzen Schweiz stellen sich vor. Kostenlose CV-Checks und Kurzvorträge «Bewerben in der Schweizer
 Gastronomie».\nTicket-Nr.: 55180
LOCATION:Messe Zürich\, Halle 7
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

REF_FR = r"""BEGIN:VEVENT
DTSTART:20261208T080000Z
DTEND:20261208T081500Z
DTSTAMP:20261203T163000Z
ORGANIZER;CN=Nicolas Favre:mailto:n.favre@montjoly-chamonix.com
UID:2v6b0n4m8q3w7e1r5t9y3u7i1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Bonjour Chef\,\nKarim Bensaïd a postulé chez nous comme chef de cuisine et vous a cité comme
 référence (il a été votre second de 2022 à 2025). Auriez-vous 15 minutes pour me parler de lui ?\nMerci
 d'avance\,\nNicolas Favre\, Directeur – Hôtel Mont-Joly\, Chamonix
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Karim Bensaïd
TRANSP:OPAQUE
END:VEVENT"""

REF_EN = r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Mathieu\,\n\nChloé Vidal has applied for a Chef de Partie role with us and listed you as a
 referee (commis at Brasserie de la Saône\, 2023–2025). Could we have a quick call about her work?\n\nMany
 thanks\,\nOwen Price\nHead Chef\, Harbour & Rye\, Brighton
DTEND;TZID=GMT Standard Time:20261210T093000
DTSTAMP:20261204T120000Z
DTSTART;TZID=GMT Standard Time:20261210T091500
LOCATION:Phone
ORGANIZER;CN="Price, Owen":mailto:owen.price@harbourandrye.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:m.lambert@brasserie-saone.fr
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Reference call – Chloé Vidal
UID:040000008200E00074C5B7101A82E00800000000E1C5A9F3D27BDB0100000000000000001000000043D7B1F5A9E2C086
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

HEADHUNTER_FR = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261201T183000
DTEND;TZID=Europe/Paris:20261201T190000
DTSTAMP:20261128T103000Z
UID:7i1o5p9a4s8d2f6g0h4j8k2l6z@google.com
DESCRIPTION:Cabinet Pradier & Associés (Clémence) – poste de chef exécutif\, client confidentiel\, « groupe
 hôtelier 5* en Rhône-Alpes »\, elle ne peut pas donner le nom avant accord. Parler package + logement.
LOCATION:06 09 44 81 52
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel chasseuse de têtes (client confidentiel)
TRANSP:OPAQUE
END:VEVENT"""

RECRUITER_EN = r"""BEGIN:VEVENT
UID:calendly-0b7c3e9f-intro@calendly.com
DTSTAMP:20261121T140000Z
DTSTART:20261126T120000Z
DTEND:20261126T122000Z
SUMMARY:Intro call - Platewise Recruitment (20 min) between Daniel Carter and Mathieu Lambert
DESCRIPTION:Event type: Intro call (20 min)\n\nA first chat to understand what you're looking for in
 London: head chef and executive chef roles across restaurants\, hotels and contract catering\, salary
 expectations and visa timing. No specific role to discuss yet.\n\nDaniel will call you on +33 6 71 24 58 90
 \n\nPowered by Calendly.com
LOCATION:Phone call
ORGANIZER;CN=Daniel Carter:mailto:daniel.carter@platewise.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

PREP_FR = r"""BEGIN:VEVENT
CREATED:20261210T213000Z
UID:4E8A2C6B-0D1F-4375-B9E3-7A5C1F9D3B68
DTEND;TZID=Europe/Paris:20261213T170000
TRANSP:OPAQUE
SUMMARY:Préparer épreuve Grand Tilleul – menu 3 temps + questions
DTSTART;TZID=Europe/Paris:20261213T140000
DTSTAMP:20261210T213000Z
DESCRIPTION:Tester la féra (cuisson basse temp.)\, fiche technique + coût matière\, relire le site de l'hôtel\,
 préparer 5 questions pour le DG.
SEQUENCE:0
END:VEVENT"""

PREP_EN = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261206T140000
DTEND;TZID=Europe/Paris:20261206T160000
DTSTAMP:20261203T080000Z
UID:8d2f6g0h4j9k3l7z1x5c9v3b7n@google.com
DESCRIPTION:Prep for Dishwell onsite: recipe deck (3 winter boxes)\, food cost per portion\, questions for
 Ellie and Fatima. Practise pitch in English.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: Dishwell onsite
TRANSP:OPAQUE
END:VEVENT"""

MAINTENANCE = r"""BEGIN:VEVENT
UID:intervention-VNT-2026-11873@ventilec.fr
DTSTAMP:20261125T080000Z
DTSTART;TZID=Europe/Paris:20261207T070000
DTEND;TZID=Europe/Paris:20261207T093000
SUMMARY:Entretien hotte + bac à graisse – Brasserie de la Saône
DESCRIPTION:Intervention d'entretien semestriel : dégraissage des conduits et de la hotte\, nettoyage du bac
 à graisse\, contrôle du moteur d'extraction. Merci de couper les feux 30 min avant l'arrivée du technicien.
 \nVentilec Services – contrat n° VNT-4410
LOCATION:Brasserie de la Saône\, 27 quai Saint-Vincent\, 69001 Lyon
ORGANIZER;CN=Ventilec Planning:mailto:planning@ventilec.fr
ATTENDEE;CN=Mathieu Lambert:mailto:m.lambert@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

STAFF_REVIEW = r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entretien professionnel obligatoire (tous les 2 ans) : parcours de Lucas depuis son embauche\,
 souhaits de formation (CAP pâtisserie ?)\, évolution vers demi-chef de partie.
DTEND;TZID=Romance Standard Time:20261217T173000
DTSTAMP:20261209T100000Z
DTSTART;TZID=Romance Standard Time:20261217T170000
LOCATION:Bureau
ORGANIZER;CN="Lambert, Mathieu":mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Petit, Lucas":mailto:l.petit@brasserie-saone.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel – Lucas (commis)
UID:040000008200E00074C5B7101A82E008000000009F3B7D1A5C6BDB01000000000000000010000000B2E6A0C4F8D13579
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

COMPETITION = r"""BEGIN:VEVENT
UID:trophee-chefs-rhone-2027-selection-017@tropheedeschefs-rhone.fr
DTSTAMP:20261202T100000Z
DTSTART;TZID=Europe/Paris:20270125T080000
DTEND;TZID=Europe/Paris:20270125T130000
SUMMARY:Épreuve de sélection – Trophée des Chefs du Rhône 2027
DESCRIPTION:Candidat n° 17 – Mathieu Lambert\nÉpreuve : plat imposé (omble chevalier\, cardons) en 4 h 30\,
 dressage 8 assiettes\, passage devant le jury à 12h10.\nConvocation à 7h30 au lycée hôtelier.
LOCATION:Lycée hôtelier François-Rabelais\, Dardilly
ORGANIZER;CN=Trophée des Chefs du Rhône:mailto:contact@tropheedeschefs-rhone.fr
ATTENDEE;CN=Mathieu Lambert:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

WEBINAR_ES = r"""BEGIN:VEVENT
UID:webinar-hosteleria-entrevista-20261215@hosteleriaformacion.es
DTSTAMP:20261130T100000Z
DTSTART;TZID=Europe/Paris:20261215T170000
DTEND;TZID=Europe/Paris:20261215T180000
SUMMARY:Webinar: Cómo preparar una entrevista de trabajo en hostelería
DESCRIPTION:Gracias por inscribirte. En este webinar gratuito veremos las preguntas más frecuentes en una
 entrevista para jefe de cocina\, cómo presentar tu escandallo y cómo negociar el salario.\nEnlace:
 https://hosteleriaformacion.es/webinar/entrevista
LOCATION:Online
ORGANIZER;CN=Hostelería Formación:mailto:webinars@hosteleriaformacion.es
ATTENDEE;CN=Mathieu Lambert:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

APARTMENT_DE = r"""BEGIN:VEVENT
DTSTART:20261216T160000Z
DTEND:20261216T163000Z
DTSTAMP:20261126T083000Z
ORGANIZER;CN=Immo Zentral Luzern:mailto:vermietung@immozentral-luzern.ch
UID:1l5z9x3c7v2b6n0m4q8w2e6r0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Besichtigung 3.5-Zimmer-Wohnung\, Bruchstrasse 21\, 6003 Luzern\, 2. OG. Mietzins CHF 2'380.–
 inkl. NK. Bitte Betreibungsauszug mitbringen.
LOCATION:Bruchstrasse 21\, 6003 Luzern
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wohnungsbesichtigung Luzern
TRANSP:OPAQUE
END:VEVENT"""

WEDDING_TASTING = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261212T110000
DTEND;TZID=Europe/Paris:20261212T123000
DTSTAMP:20261201T100000Z
ORGANIZER;CN=Julie Moreau:mailto:j.moreau@brasserie-saone.fr
UID:6a0s4d8f2g7h1j5k9l3z7x1c5v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Dégustation du menu de mariage pour M. et Mme Dupuis (privatisation 14 juin\, 90 couverts) : 2
 entrées\, 2 plats\, pièce montée à valider.
LOCATION:Brasserie de la Saône – salon privé
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation menu mariage – clients Dupuis
TRANSP:OPAQUE
END:VEVENT"""

WINE = r"""BEGIN:VEVENT
CREATED:20261201T090000Z
UID:D9B5F1A7-3C2E-4B84-A6D0-8E2F4C6A1B97
DTEND;TZID=Europe/Paris:20261204T180000
TRANSP:OPAQUE
SUMMARY:Dégustation Beaujolais – commercial Domaine des Crais
DTSTART;TZID=Europe/Paris:20261204T170000
DTSTAMP:20261201T090000Z
DESCRIPTION:Fleurie + Morgon pour la carte d'hiver\, avec Julie.
SEQUENCE:0
END:VEVENT"""

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
IOS = "-//Apple Inc.//iPhone OS 18.1//EN"
PARIS = ("Europe/Paris",)


def events() -> list[Ev]:
    return [
        neg("coffee-chat-fr", cal(COFFEE_FR, GOOGLE), "coffee-chat-no-opening-fr"),
        neg("coffee-chat-en", cal(COFFEE_EN, "-//Apple Inc.//macOS 15.1//EN", method=None, tz=("Europe/London",)),
            "coffee-chat-names-employer-en"),
        neg("job-fair-fr", cal(FAIR_FR, GOOGLE, method=None), "job-fair-allday-fr"),
        neg("job-fair-de", cal(FAIR_DE, "-//Eventfrog//Ticket//DE", method="PUBLISH"), "job-fair-ch-de"),
        neg("reference-call-fr", cal(REF_FR, GOOGLE), "reference-call-user-is-referee-fr"),
        neg("reference-call-en", cal(REF_EN, OUTLOOK, tz=("GMT Standard Time",)), "reference-call-user-is-referee-en"),
        neg("headhunter-confidential-fr", cal(HEADHUNTER_FR, GOOGLE, method=None, tz=PARIS),
            "recruiter-call-no-employer-fr"),
        neg("recruiter-intro-en", cal(RECRUITER_EN, "-//Calendly//Calendly Scheduling//EN"),
            "recruiter-call-no-employer-en"),
        neg("prep-block-fr", cal(PREP_FR, IOS, method=None, tz=PARIS), "prep-block-names-employer-fr"),
        neg("prep-block-en", cal(PREP_EN, GOOGLE, method=None, tz=PARIS), "prep-block-names-employer-en"),
        neg("maintenance-fr", cal(MAINTENANCE, "-//Ventilec//Planning//FR", tz=PARIS), "entretien-maintenance-fr"),
        neg("staff-review-fr", cal(STAFF_REVIEW, OUTLOOK, tz=("Romance Standard Time",)),
            "staff-review-entretien-professionnel-fr"),
        neg("competition-fr", cal(COMPETITION, "-//Trophee des Chefs//Convocation//FR", tz=PARIS),
            "cooking-competition-jury-fr"),
        neg("webinar-es", cal(WEBINAR_ES, "-//Hosteleria Formacion//Webinar//ES", tz=PARIS),
            "webinar-interview-skills-es"),
        neg("apartment-viewing-de", cal(APARTMENT_DE, GOOGLE), "apartment-viewing-ch-de"),
        neg("client-tasting-fr", cal(WEDDING_TASTING, GOOGLE, tz=PARIS), "client-menu-tasting-fr"),
        neg("supplier-tasting-fr", cal(WINE, IOS, method=None, tz=PARIS), "supplier-wine-tasting-fr"),
    ]
