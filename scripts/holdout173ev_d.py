# ruff: noqa: E501
"""holdout173 events, part d: Alpenrose (German), Tête d'Or (Lyon), Azur Hôtels, Popote; debrief, job dating, appraisal."""

EVENTS = [
    {
        "kind": "outlook-german-teams",
        "uid": "040000008200E00074C5B7101A82E00800000000C9F0A2B4D1B0DB010000000000000000100000003E7A9D1C0B4F2E48A5C6D9E1F7B20C58",
        "label": (1, "Alpenrose Hotels", "Küchenchef (m/w/d) – Alpenrose Genève", "hiring_manager",
                  "stefan.huber@alpenrose-hotels.ch;petra.zingg@alpenrose-hotels.ch", "german-outlook-vorstellungsgespraech-windows-zone"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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
ORGANIZER;CN="Zingg, Petra":mailto:petra.zingg@alpenrose-hotels.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Huber, Stefan":mailto:stefan.huber@alpenrose-hotels.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Benali\,\n\nvielen Dank für Ihre Bewerbung als Küchenchef (m/w/d) für unser Haus Alpenrose Genève. Gerne laden wir Sie zu einem Vorstellungsgespräch per Teams mit Herrn Stefan Huber (Director of Food & Beverage) und mir ein. Das Gespräch kann auf Französisch geführt werden.\n\nFreundliche Grüsse\nPetra Zingg\nHR Business Partner\, Alpenrose Hotels AG\, Zürich\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät aus teil.\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWQ5Nz%40thread.v2/0>\nBesprechungs-ID: 351 902 447 118\nKennung: Qt6sJ2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C9F0A2B4D1B0DB010000000000000000100000003E7A9D1C0B4F2E48A5C6D9E1F7B20C58
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Küchenchef Genève – Y. Benali
DTSTART;TZID=W. Europe Standard Time:20250417T100000
DTEND;TZID=W. Europe Standard Time:20250417T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T131517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-phone-lyon",
        "uid": "lever-int-2f9a6c1e-80d3-4b7a-9e55-3c4d1a0b8f72@hire.lever.co",
        "label": (1, "Groupe Tête d'Or", "Chef de cuisine – Brasserie Le Parc", "recruiter_screen",
                  "claire.besson@groupetetedor.fr", "lever-phone-screen-lyon-group"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-2f9a6c1e-80d3-4b7a-9e55-3c4d1a0b8f72@hire.lever.co
DTSTAMP:20250211T160211Z
DTSTART:20250218T100000Z
DTEND:20250218T103000Z
SUMMARY:Groupe Tête d'Or : entretien téléphonique (Yanis Benali)
DESCRIPTION:Bonjour Yanis\,\n\nClaire Besson vous appellera au numéro indiqué dans votre candidature (+33 6 41 27 88 10).\n\nPoste : Chef de cuisine – Brasserie Le Parc (Lyon 6e)\nDurée : 30 min\n\nÀ très vite\,\nL'équipe Talents – Groupe Tête d'Or
LOCATION:Téléphone
ORGANIZER;CN=Claire Besson:mailto:claire.besson@groupetetedor.fr
ATTENDEE;CN=Claire Besson;PARTSTAT=ACCEPTED:mailto:claire.besson@groupetetedor.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-essai-cuisine",
        "uid": "lever-int-a1b8e4d7-33c2-4f19-8d0a-6e2f9c5b7a14@hire.lever.co",
        "label": (1, "Groupe Tête d'Or", "Chef de cuisine – Brasserie Le Parc", "onsite",
                  "antoine.ravel@groupetetedor.fr;claire.besson@groupetetedor.fr", "lever-essai-en-cuisine-lyon"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-a1b8e4d7-33c2-4f19-8d0a-6e2f9c5b7a14@hire.lever.co
DTSTAMP:20250222T091408Z
DTSTART:20250303T080000Z
DTEND:20250303T150000Z
SUMMARY:Groupe Tête d'Or : essai en cuisine + échange (Yanis Benali)
DESCRIPTION:Bonjour Yanis\,\n\nVoici le programme de votre venue à Lyon :\n- 9h00 : accueil par Antoine Ravel (Chef exécutif du groupe)\n- 9h15-14h30 : essai en cuisine à la Brasserie Le Parc (mise en place + service)\n- 15h00-16h00 : échange avec Antoine et Claire Besson (RH)\n\nAdresse : Brasserie Le Parc\, 14 boulevard des Belges\, 69006 Lyon.\nVos billets de train vous ont été envoyés par e-mail.\n\nL'équipe Talents – Groupe Tête d'Or
LOCATION:Brasserie Le Parc\, 14 bd des Belges\, 69006 Lyon
ORGANIZER;CN=Claire Besson:mailto:claire.besson@groupetetedor.fr
ATTENDEE;CN=Antoine Ravel;PARTSTAT=ACCEPTED:mailto:antoine.ravel@groupetetedor.fr
ATTENDEE;CN=Claire Besson;PARTSTAT=ACCEPTED:mailto:claire.besson@groupetetedor.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "easyrecrue-video-differe",
        "uid": "easyrecrue-5c0e8b2a91f7-deadline",
        "label": (1, "Azur Hôtels Collection", "Chef de cuisine H/F – Hôtel Azur Prado", "recruiter_screen",
                  "", "one-way-video-interview-deadline-all-day"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//easyRECrue//Entretien differe//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:easyrecrue-5c0e8b2a91f7-deadline
DTSTAMP:20250317T064501Z
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
SUMMARY:Azur Hôtels Collection – Entretien vidéo différé à réaliser
DESCRIPTION:Bonjour Yanis\,\n\nAzur Hôtels Collection vous invite à réaliser un entretien vidéo différé pour le poste « Chef de cuisine H/F – Hôtel Azur Prado ».\n\n5 questions\, 2 minutes de réponse par question\, 30 secondes de préparation. Vous pouvez faire un essai technique avant de commencer.\n\nDate limite : vendredi 21 mars 2025 à 23h59.\n\nAccéder à l'entretien : https://app.easyrecrue.com/i/5c0e8b2a91f7\n\nBonne chance !
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-intro-call",
        "uid": "ashby-iv-0190f3c2-7a1b-7e4d-9c02-b5f8e1a63d47",
        "label": (1, "Popote", "Head Chef – Cuisine centrale", "recruiter_screen",
                  "ines@popote.co", "ashby-startup-intro-call-franglais"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-0190f3c2-7a1b-7e4d-9c02-b5f8e1a63d47
DTSTAMP:20250327T112218Z
DTSTART:20250401T150000Z
DTEND:20250401T153000Z
SUMMARY:Intro call – Yanis Benali <> Popote (Head Chef)
DESCRIPTION:Hello Yanis !\n\nOn a hâte d'échanger avec toi. Ce premier call de 30 min avec Inès (Talent) sert à te présenter Popote (plats mijotés livrés en entreprise\, 2 500 repas/jour\, cuisine centrale à Marseille 14e) et à comprendre ton parcours.\n\nGoogle Meet : https://meet.google.com/oyd-fkpe-vru\n\nNeed to reschedule? https://app.ashbyhq.com/scheduling/popote/reschedule/0190f3c2\n\n— Popote Talent Team
LOCATION:https://meet.google.com/oyd-fkpe-vru
ORGANIZER;CN=Inès Garnier:mailto:ines@popote.co
ATTENDEE;CN=Inès Garnier;PARTSTAT=ACCEPTED:mailto:ines@popote.co
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-cooking-challenge",
        "uid": "ashby-iv-0190f4a8-1c3e-7b52-8d6f-a2c4e9b0f318",
        "label": (1, "Popote", "Head Chef – Cuisine centrale", "technical",
                  "hugo@popote.co", "cooking-challenge-central-kitchen-batch-recipe"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-0190f4a8-1c3e-7b52-8d6f-a2c4e9b0f318
DTSTAMP:20250403T090045Z
DTSTART:20250409T120000Z
DTEND:20250409T150000Z
SUMMARY:Cooking challenge @ cuisine centrale – Yanis Benali
DESCRIPTION:Salut Yanis\,\n\nProchaine étape : un cooking challenge de 3h dans notre cuisine centrale avec Hugo Mallet (Head of Food).\n\nLe brief : adapter une recette de ton choix en version batch 200 portions (fiche technique\, coût matière\, process de refroidissement rapide) puis en réaliser 10 portions test. On goûte ensemble à la fin.\n\nAdresse : Popote\, 18 chemin de la Madrague-Ville\, 13015 Marseille (portail gris\, sonner « Production »).\n\n— Popote Talent Team
LOCATION:Popote – cuisine centrale\, 13015 Marseille
ORGANIZER;CN=Inès Garnier:mailto:ines@popote.co
ATTENDEE;CN=Hugo Mallet;PARTSTAT=ACCEPTED:mailto:hugo@popote.co
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-founders",
        "uid": "ashby-iv-0190f6d1-4e2a-7c90-b1f3-7d5a8c2e0b69",
        "label": (1, "Popote", "Head Chef – Cuisine centrale", "final",
                  "lea@popote.co;mathieu@popote.co", "founders-final-after-work-hours"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-0190f6d1-4e2a-7c90-b1f3-7d5a8c2e0b69
DTSTAMP:20250411T175530Z
DTSTART:20250416T163000Z
DTEND:20250416T173000Z
SUMMARY:Yanis Benali – Final round with Léa & Mathieu (co-founders)
DESCRIPTION:Hello Yanis\,\n\nDernière étape ! Échange d'une heure avec Léa Dumas (CEO) et Mathieu Roche (COO) : vision\, management de l'équipe de production (14 personnes)\, package.\n\nVisio : https://meet.google.com/wqe-nbzt-hha\n\nNeed to reschedule? https://app.ashbyhq.com/scheduling/popote/reschedule/0190f6d1\n\n— Popote Talent Team
LOCATION:https://meet.google.com/wqe-nbzt-hha
ORGANIZER;CN=Inès Garnier:mailto:ines@popote.co
ATTENDEE;CN=Léa Dumas;PARTSTAT=ACCEPTED:mailto:lea@popote.co
ATTENDEE;CN=Mathieu Roche;PARTSTAT=ACCEPTED:mailto:mathieu@popote.co
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "point-retours-essais",
        "uid": "7hb3n0qf5c2ad8mk1ue9s4rl6o@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-debrief-trials-with-owner"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250314T153000
DTEND;TZID=Europe/Paris:20250314T161500
DTSTAMP:20250313T231049Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:7hb3n0qf5c2ad8mk1ue9s4rl6o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Ortiz;X-NUM-GUESTS=0:mailto:resto.lecalanque@gmail.com
DESCRIPTION:On fait le point sur Kevin (CDP jeudi) et Inès (samedi dernier). Amène les fiches d'essai. Il faut trancher avant lundi\, Rachid part le 31.
LOCATION:Bureau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point cuisine – Kevin / Inès
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cfa-job-dating",
        "uid": "20250319T080000-jobdating-cfa@cfa-regional-paca.fr",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-apprenticeship-job-dating-stand"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CFA Régional PACA//Agenda Entreprises//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:20250319T080000-jobdating-cfa@cfa-regional-paca.fr
DTSTAMP:20250301T090000Z
DTSTART:20250319T080000Z
DTEND:20250319T113000Z
SUMMARY:Job dating de l'apprentissage – Métiers de bouche et restauration
DESCRIPTION:Merci pour votre inscription en tant qu'entreprise recruteuse.\n\nEntreprise : Le Calanque (Marseille 7e)\nContrat(s) proposé(s) : 1 apprenti CAP Cuisine (rentrée septembre)\nReprésentant : Yanis Benali\, sous-chef – maître d'apprentissage\n\nStand n°14. Les jeunes passent de table en table (entretiens de 10 minutes). Pensez à apporter une fiche de poste imprimée.\n\nCFA Régional – site de Marseille Saint-Jérôme
LOCATION:CFA Régional\, site de Saint-Jérôme\, Marseille 13e
ORGANIZER;CN=Relations entreprises CFA:mailto:entreprises@cfa-regional-paca.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=ACCEPTED:mailto:yanis.benali13@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-research-interview",
        "uid": "cal-com-metro-ux-9921-yb@cal.com",
        "label": (0, "", "", "", "", "paid-user-research-interview-wholesaler"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-com-metro-ux-9921-yb@cal.com
DTSTAMP:20250204T141201Z
DTSTART:20250211T140000Z
DTEND:20250211T144500Z
SUMMARY:Entretien utilisateur – Application de commande pro (45 min) entre Pauline Vasseur et Yanis Benali
DESCRIPTION:Merci de participer à notre étude !\n\nNous menons des entretiens avec des chefs et sous-chefs pour comprendre comment vous passez vos commandes fournisseurs (appli\, téléphone\, commercial). Il n'y a pas de bonne ou de mauvaise réponse. L'entretien est enregistré (avec votre accord) et indemnisé par un bon d'achat de 60 €.\n\nOù : Google Meet – https://meet.google.com/gxp-tuao-wcs\n\nPauline Vasseur – UX Research\, équipe Digital Pro
LOCATION:https://meet.google.com/gxp-tuao-wcs
ORGANIZER;CN=Pauline Vasseur:mailto:pauline.vasseur@ux-panel-research.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-annuel",
        "uid": "0mv6e2s9k4hc1rq8ob3dt7ja5f@google.com",
        "label": (0, "", "", "", "", "own-annual-and-professional-review-current-job"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250127T140000Z
DTEND:20250127T150000Z
DTSTAMP:20250120T102731Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:0mv6e2s9k4hc1rq8ob3dt7ja5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Entretien annuel + entretien professionnel (obligatoire tous les 2 ans).\nBilan 2024\, objectifs 2025\, formation (tu m'avais parlé du permis d'exploitation)\, salaire.\nLe support est dans le drive\, remplis ta partie avant stp.
LOCATION:Le Calanque – salle du haut
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien annuel Yanis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
