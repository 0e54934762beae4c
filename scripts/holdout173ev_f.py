# ruff: noqa: E501
"""holdout173 events, part f: Bookings, Indeed, Welcome to the Jungle, Hosco, Taleez (one cancelled), Flatchr; tests of candidates."""

EVENTS = [
    {
        "kind": "ms-bookings-domaine",
        "uid": "040000008200E00074C5B7101A82E00807E9051A1C0E2A5B000000000000000010000000BOOKINGS7f3c9d21e84a",
        "label": (1, "Domaine des Trois Chênes", "Chef de cuisine saison 2025", "",
                  "v.morin@domainedestroischenes.com", "microsoft-bookings-hotel-recruitment-slot"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Domaine des Trois Chênes - Recrutement:mailto:DomainedesTroisChenesRecrutement@domainedestroischenes.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yanis Benali:mailto:yanis.benali13@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Valérie Morin:mailto:v.morin@domainedestroischenes.com
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\n\nService : Entretien de recrutement – Chef de cuisine saison 2025\nPersonnel : Valérie Morin\nDurée : 45 minutes\n\nRejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzRlNGU1%40thread.v2/0\n\nDomaine des Trois Chênes\, hôtel & restaurant – Lourmarin (Luberon)\n04 90 68 11 52\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/DomainedesTroisChenesRecrutement@domainedestroischenes.com/bookings/\n
UID:040000008200E00074C5B7101A82E00807E9051A1C0E2A5B000000000000000010000000BOOKINGS7f3c9d21e84a
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Chef de cuisine saison 2025 (Yanis Benali)
DTSTART;TZID=Romance Standard Time:20250526T140000
DTEND;TZID=Romance Standard Time:20250526T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T072512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "indeed-interview-candidate",
        "uid": "indeed-interview-c40f2e8b19a7d356@indeed.com",
        "label": (1, "Brasserie Les Arcades", "Chef de cuisine H/F", "",
                  "p.sauvage@brasserie-lesarcades.fr", "indeed-video-interview-as-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-c40f2e8b19a7d356@indeed.com
DTSTAMP:20250206T172840Z
DTSTART:20250211T140000Z
DTEND:20250211T143000Z
SUMMARY:Entretien vidéo avec Brasserie Les Arcades – Chef de cuisine H/F
DESCRIPTION:Bonjour Yanis\,\n\nVotre entretien vidéo avec Patrick Sauvage (Brasserie Les Arcades\, Aix-en-Provence) est confirmé pour le poste « Chef de cuisine H/F ».\n\nRejoindre l'entretien : https://www.indeed.com/interview/c40f2e8b19a7d356\nAucun téléchargement n'est nécessaire. Testez votre caméra et votre micro à l'avance.\n\nCet e-mail a été envoyé par Indeed pour le compte de Brasserie Les Arcades.
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com
ATTENDEE;CN=Patrick Sauvage;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.sauvage@brasserie-lesarcades.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wttj-premier-echange",
        "uid": "wttj-ats-meeting-71204988@welcometothejungle.com",
        "label": (1, "Maison Ripaille", "Chef de cuisine – Ripaille Croix-Rousse", "recruiter_screen",
                  "emma@maisonripaille.fr", "welcome-to-the-jungle-ats-first-call"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//WTTJ Solutions ATS//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-ats-meeting-71204988@welcometothejungle.com
DTSTAMP:20250219T110233Z
DTSTART;TZID=Europe/Paris:20250225T103000
DTEND;TZID=Europe/Paris:20250225T110000
SUMMARY:Premier échange – Maison Ripaille x Yanis Benali
DESCRIPTION:Bonjour Yanis\,\n\nEmma Laurent (Office & People Manager) vous propose un premier échange en visio pour le poste de Chef de cuisine – Ripaille Croix-Rousse.\n\nLien visio : https://meet.google.com/pwa-cuxn-rvd\n\nÀ bientôt !\nL'équipe Maison Ripaille\n\nEnvoyé depuis Welcome to the Jungle
LOCATION:https://meet.google.com/pwa-cuxn-rvd
ORGANIZER;CN=Emma Laurent:mailto:emma@maisonripaille.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hosco-interview",
        "uid": "hosco-interview-2b71e6a0f3@hosco.com",
        "label": (1, "Villa Calanca", "Head Chef", "hiring_manager",
                  "fabrice.oliva@villacalanca.com", "hosco-hospitality-platform-owner-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//hosco//Interview Invitation//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:hosco-interview-2b71e6a0f3@hosco.com
DTSTAMP:20250422T095500Z
DTSTART:20250428T130000Z
DTEND:20250428T140000Z
SUMMARY:Interview: Head Chef at Villa Calanca
DESCRIPTION:Hello Yanis\,\n\nFabrice Oliva from Villa Calanca has invited you to an interview for the Head Chef position.\n\nType: In person\nAddress: Villa Calanca\, avenue de l'Amiral Ganteaume\, 13260 Cassis\nMessage: « Bonjour Yanis\, je vous propose de passer à la villa lundi à 15h. Nous ferons le tour de la cuisine et du potager. À lundi. Fabrice »\n\nView the interview on hosco: https://www.hosco.com/en/messages/interview/2b71e6a0f3
LOCATION:Villa Calanca\, avenue de l'Amiral Ganteaume\, 13260 Cassis
ORGANIZER;CN=hosco:mailto:noreply@hosco.com
ATTENDEE;CN=Fabrice Oliva;PARTSTAT=ACCEPTED:mailto:fabrice.oliva@villacalanca.com
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleez-phone",
        "uid": "taleez-entretien-48213-1@taleez.com",
        "label": (1, "Brasseries Marius", "Chef de cuisine", "recruiter_screen",
                  "nadia.benhamou@brasseriesmarius.fr", "taleez-french-ats-phone-screen"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-entretien-48213-1@taleez.com
DTSTAMP:20250210T154012Z
DTSTART:20250214T130000Z
DTEND:20250214T132000Z
SUMMARY:Entretien téléphonique - Chef de cuisine - Brasseries Marius
DESCRIPTION:Bonjour Yanis Benali\,\n\nNadia Benhamou\, chargée de recrutement\, vous contactera par téléphone.\n\nOffre : Chef de cuisine (brasserie 200 couverts\, Marseille Prado)\nDurée estimée : 20 minutes\n\nCordialement\,\nBrasseries Marius\n\n--\nMessage envoyé via Taleez
LOCATION:Entretien téléphonique
ORGANIZER;CN=Nadia Benhamou:mailto:nadia.benhamou@brasseriesmarius.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleez-cancelled",
        "uid": "taleez-entretien-48213-2@taleez.com",
        "label": (1, "Brasseries Marius", "Chef de cuisine", "onsite",
                  "gerald@brasseriesmarius.fr", "cancelled-interview-and-trial-method-cancel"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda//FR
METHOD:CANCEL
BEGIN:VEVENT
UID:taleez-entretien-48213-2@taleez.com
DTSTAMP:20250219T080544Z
DTSTART:20250221T090000Z
DTEND:20250221T130000Z
SUMMARY:Annulé : Entretien + essai - Chef de cuisine - Brasseries Marius
DESCRIPTION:Bonjour Yanis Benali\,\n\nNous sommes au regret d'annuler votre entretien avec Gérald Marius prévu le vendredi 21 février (entretien + essai en cuisine). Le poste a été pourvu en interne.\nNous conservons votre candidature pour nos prochaines ouvertures.\n\nCordialement\,\nBrasseries Marius\n\n--\nMessage envoyé via Taleez
LOCATION:Brasserie Marius Prado\, 140 avenue du Prado\, Marseille
ORGANIZER;CN=Nadia Benhamou:mailto:nadia.benhamou@brasseriesmarius.fr
ATTENDEE;CN=Gérald Marius;PARTSTAT=DECLINED:mailto:gerald@brasseriesmarius.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION:mailto:yanis.benali13@laposte.net
SEQUENCE:3
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "flatchr-collective-catering",
        "uid": "flatchr-ev-3390172-yb@flatchr.io",
        "label": (1, "Sud Restauration Collective", "Chef de cuisine – cuisine centrale (H/F)", "hiring_manager",
                  "d.arnaud@sud-rc.fr", "flatchr-collective-catering-sector-manager"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:flatchr-ev-3390172-yb@flatchr.io
DTSTAMP:20250306T101144Z
DTSTART;TZID=Europe/Paris:20250313T140000
DTEND;TZID=Europe/Paris:20250313T150000
SUMMARY:RDV Yanis Benali / Denis Arnaud – Chef de cuisine cuisine centrale
DESCRIPTION:Bonjour Yanis\,\n\nSuite à votre candidature\, Denis Arnaud\, responsable de secteur\, vous recevra à la cuisine centrale de Vitrolles (3 500 repas/jour : scolaire\, EHPAD\, portage). Horaires de journée\, pas de week-end.\n\nMerci de vous munir d'une pièce d'identité pour l'accueil du site.\n\nService RH – Sud Restauration Collective
LOCATION:Cuisine centrale SRC\, ZI Les Estroublans\, 13127 Vitrolles
ORGANIZER;CN=RH Sud Restauration Collective:mailto:rh@sud-rc.fr
ATTENDEE;CN=Denis Arnaud;PARTSTAT=ACCEPTED:mailto:d.arnaud@sud-rc.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mise-en-situation-second",
        "uid": "9sl2f6b0ur4mh8c1qk7ad3tn5e@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-mise-en-situation-for-second-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250520T080000Z
DTEND:20250520T120000Z
DTSTAMP:20250516T211833Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:9sl2f6b0ur4mh8c1qk7ad3tn5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Ortiz;X-NUM-GUESTS=0:mailto:resto.lecalanque@gmail.com
DESCRIPTION:Mehdi (celui d'Extra Toque) : mise en situation mardi matin. Tu lui donnes le menu du jour à sortir (entrée/plat/dessert pour 60) et tu regardes comment il organise la brigade. C'est toi qui décides\, c'est ton futur second… ou ton remplaçant 😉
LOCATION:Le Calanque – cuisine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mise en situation Mehdi (second)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "degustation-candidat-patissier",
        "uid": "47c0e9d3-18ab-4f52-9d6e-b2a5f1c83e70",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-tasting-pastry-candidate-desserts"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250426T224012Z
UID:47c0e9d3-18ab-4f52-9d6e-b2a5f1c83e70
CLASS:PUBLIC
CREATED:20250426T224012Z
DESCRIPTION:Sofiane vient faire 3 desserts de la carte + 1 création\, on goûte avec Stéphane à 16h. Commander crème 35% + framboises en plus.
DTSTART;TZID=Europe/Paris:20250429T143000
DTEND;TZID=Europe/Paris:20250429T170000
LAST-MODIFIED:20250426T224012Z
LOCATION:Le Calanque
SUMMARY:Dégustation desserts Sofiane
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "forum-emploi-saisonnier",
        "uid": "forum-saisonnier-2025-visiteur-88412@eventbrite.com",
        "label": (0, "", "", "", "", "seasonal-jobs-fair-visitor-ticket"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:forum-saisonnier-2025-visiteur-88412@eventbrite.com
DTSTAMP:20250301T120000Z
DTSTART:20250325T083000Z
DTEND:20250325T160000Z
SUMMARY:Forum Emploi Saisonnier & Hôtellerie-Restauration 2025
DESCRIPTION:Votre billet visiteur – Forum Emploi Saisonnier (Parc Chanot\, Hall 1)\n\nPlus de 80 recruteurs : hôtels\, campings\, plages\, croisières\, restauration collective. Apportez plusieurs CV. Des entretiens flash auront lieu directement sur les stands.\n\nBillet n° 88412 – gratuit\nhttps://www.eventbrite.fr/e/forum-emploi-saisonnier-2025
LOCATION:Parc Chanot\, Marseille
ORGANIZER;CN=Forum Emploi Saisonnier:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "appel-reference-referent",
        "uid": "6bq1m9t4hk2ve7oc0ar3js8lf5@google.com",
        "label": (0, "", "", "", "", "reference-call-user-is-referee-for-former-commis"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T125000Z
DTEND:20250408T130500Z
DTSTAMP:20250404T100112Z
ORGANIZER;CN=Amandine Roux:mailto:amandine.roux@hotel-lesvoiles-sanary.fr
UID:6bq1m9t4hk2ve7oc0ar3js8lf5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Bonjour M. Benali\,\n\nMerci d'accepter de me parler de Théo Garcia\, qui a travaillé sous votre responsabilité comme commis au Calanque (2022-2024) et qui postule chez nous comme chef de partie. Je vous appelle à 14h50\, 10 minutes maximum.\n\nAmandine Roux – RH\, Hôtel Les Voiles\, Sanary
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Théo Garcia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
