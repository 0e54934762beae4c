# ruff: noqa: E501
"""holdout173 events, part e: Mamma Roma, Cap Riviera, Green Bowl, a founder in Aix, La Table de Julia; notes and an exit talk."""

EVENTS = [
    {
        "kind": "greenhouse-meet-screen",
        "uid": "greenhouse-5518827004-1@greenhouse.io",
        "label": (1, "Mamma Roma Group", "Head Chef – Mamma Roma Marseille", "recruiter_screen",
                  "giulia.moretti@mammaromagroup.com", "greenhouse-english-recruiter-screen-italian-group"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-5518827004-1@greenhouse.io
DTSTAMP:20250429T083310Z
DTSTART:20250506T130000Z
DTEND:20250506T133000Z
SUMMARY:Yanis Benali <> Mamma Roma Group – Recruiter Screen
DESCRIPTION:Hi Yanis\,\n\nThanks for applying to Head Chef – Mamma Roma Marseille (opening September 2025\, Cours Julien). You'll be speaking with Giulia Moretti from our Talent team. The call can be in French\, English or Italian.\n\nGoogle Meet joining info\nVideo call link: https://meet.google.com/kjt-rqwa-yxe\nOr dial: (FR) +33 1 87 40 44 18 PIN: 804 115 923#\n\nIf you need to reschedule\, please reply to this email.\n\nMamma Roma Group – Recruiting
LOCATION:https://meet.google.com/kjt-rqwa-yxe
ORGANIZER;CN=Mamma Roma Group Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Giulia Moretti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:giulia.moretti@mammaromagroup.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-tasting-test",
        "uid": "greenhouse-5518827004-2@greenhouse.io",
        "label": (1, "Mamma Roma Group", "Head Chef – Mamma Roma Marseille", "technical",
                  "luca.ferri@mammaromagroup.com", "greenhouse-cooking-test-and-tasting"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-5518827004-2@greenhouse.io
DTSTAMP:20250508T091544Z
DTSTART:20250514T080000Z
DTEND:20250514T120000Z
SUMMARY:Yanis Benali <> Mamma Roma Group – Kitchen Test & Tasting (Luca Ferri)
DESCRIPTION:Hi Yanis\,\n\nGreat news – Luca Ferri\, our Executive Chef for France\, would like to see you in the kitchen!\n\nWhere: Mamma Roma Lyon\, 3 rue Mercière\, 69002 Lyon (staff entrance on the side street)\nWhat: fresh pasta from scratch (2 shapes of your choice)\, one sauce from our menu\, one dish of your own. Tasting with Luca at the end.\nTravel is covered – send your tickets to recruiting@mammaromagroup.com.\n\nMamma Roma Group – Recruiting
LOCATION:Mamma Roma Lyon\, 3 rue Mercière\, 69002 Lyon
ORGANIZER;CN=Mamma Roma Group Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Luca Ferri;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luca.ferri@mammaromagroup.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-zoom-panel",
        "uid": "goodtime-evt-8d2c7e61b40a4f3f95e1@goodtime.io",
        "label": (1, "Cap Riviera Resorts", "Chef de Cuisine – Cap Riviera Cannes", "",
                  "h.carrere@capriviera-resorts.com;o.pastor@capriviera-resorts.com;s.rey@capriviera-resorts.com",
                  "goodtime-virtual-panel-coordinator-excluded"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:goodtime-evt-8d2c7e61b40a4f3f95e1@goodtime.io
DTSTAMP:20250416T122900Z
DTSTART;TZID=Europe/Paris:20250424T100000
DTEND;TZID=Europe/Paris:20250424T113000
SUMMARY:Cap Riviera Resorts – Entretien panel – Yanis Benali
DESCRIPTION:Bonjour Yanis\,\n\nVotre entretien avec le panel est confirmé :\n10h00 – 10h30 Hélène Carrère\, DRH\n10h30 – 11h00 Olivier Pastor\, Directeur F&B\n11h00 – 11h30 Sébastien Rey\, Chef exécutif\n\nLien Zoom (identique pour les trois créneaux) : https://capriviera.zoom.us/j/97714020381\n\nPour toute question\, contactez Manon Petit\, coordinatrice recrutement (recrutement@capriviera-resorts.com).\n\nScheduled with GoodTime
LOCATION:Zoom
ORGANIZER;CN=Manon Petit:mailto:recrutement@capriviera-resorts.com
ATTENDEE;CN=Hélène Carrère;PARTSTAT=ACCEPTED:mailto:h.carrere@capriviera-resorts.com
ATTENDEE;CN=Olivier Pastor;PARTSTAT=ACCEPTED:mailto:o.pastor@capriviera-resorts.com
ATTENDEE;CN=Sébastien Rey;PARTSTAT=ACCEPTED:mailto:s.rey@capriviera-resorts.com
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-ops-manager",
        "uid": "ml-7f31b0c9-25e8-4d6a-bc17-90ad3e4f8c21@modernloop.io",
        "label": (1, "Green Bowl Company", "Head Chef R&D", "hiring_manager",
                  "thomas.girard@greenbowl.fr", "modernloop-zoom-hiring-manager-food-chain"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-7f31b0c9-25e8-4d6a-bc17-90ad3e4f8c21@modernloop.io
DTSTAMP:20250428T143020Z
DTSTART:20250505T120000Z
DTEND:20250505T124500Z
SUMMARY:Interview: Yanis Benali for Head Chef R&D
DESCRIPTION:Candidate: Yanis Benali\nRole: Head Chef R&D\nInterviewer: Thomas Girard (Directeur des opérations)\n\nZoom: https://greenbowl.zoom.us/j/81922036457?pwd=V2F0ZXJtZWxvbg\nMeeting ID: 819 2203 6457 / Passcode: 336012\n\nGreen Bowl Company – 42 restaurants en France. Un test culinaire pourra être proposé à l'issue de cet échange.\n\nScheduled via ModernLoop
LOCATION:Zoom
ORGANIZER;CN=Green Bowl Recruiting:mailto:recrutement@greenbowl.fr
ATTENDEE;CN=Thomas Girard;PARTSTAT=ACCEPTED:mailto:thomas.girard@greenbowl.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-founder-gmail",
        "uid": "b2a91c7e-4d3f-4a58-9e06-f1c8d5b30a72@calendly.com",
        "label": (1, "Bistrot Mirabeau", "Chef de cuisine", "hiring_manager",
                  "romain.castelli.aix@gmail.com", "founder-on-free-mail-calendly-new-restaurant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b2a91c7e-4d3f-4a58-9e06-f1c8d5b30a72@calendly.com
DTSTAMP:20250506T204401Z
DTSTART:20250512T080000Z
DTEND:20250512T090000Z
SUMMARY:Yanis Benali et Romain Castelli
DESCRIPTION:Type d'événement : Rencontre – Chef de cuisine Bistrot Mirabeau (1 h)\n\nInvité : Yanis Benali\n\nLieu : Café des Deux Garçons\, 53 cours Mirabeau\, Aix-en-Provence (je serai en terrasse)\n\nNote de Romain : on ouvre en juin (45 couverts + terrasse)\, je cherche le chef qui construira la carte avec moi. Je te montre le local après le café.\n\nAnnuler ou reprogrammer : https://calendly.com/romain-castelli/cancellations/b2a91c7e\n\nPowered by Calendly.com
LOCATION:Café des Deux Garçons\, 53 cours Mirabeau\, Aix-en-Provence
ORGANIZER;CN=Romain Castelli:mailto:romain.castelli.aix@gmail.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "degustation-chez-romain",
        "uid": "f19e2c5d-8b0a-4d37-a6f4-2c3e7b1d9a05",
        "label": (1, "Bistrot Mirabeau", "", "final",
                  "Romain;Karim", "hand-typed-tasting-for-founder-and-partner"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250513T222014Z
UID:f19e2c5d-8b0a-4d37-a6f4-2c3e7b1d9a05
CLASS:PUBLIC
CREATED:20250513T222014Z
DESCRIPTION:menu 3 plats pour Romain + son associé Karim (celui qui met les sous)\nentrée : tomates anciennes / brousse / pistou\nplat : pagre\, fenouil\, sauce vierge agrumes\ndessert : tarte fine abricot romarin\n→ acheter le poisson à la criée le matin\, passer chez Romain à 14h (cuisine du local pas encore équipée\, on fait chez lui)\nsi ça passe c'est la dernière étape d'après lui
DTSTART:20250519T143000
DTEND:20250519T180000
LAST-MODIFIED:20250513T222014Z
LOCATION:chez Romain\, Puyricard
SUMMARY:dégustation Bistrot Mirabeau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cal-com-owner-visio",
        "uid": "cal-6d1e0f9a2b-julia-yanis@cal.com",
        "label": (1, "La Table de Julia", "Chef de cuisine", "hiring_manager",
                  "julia@latabledejulia.fr", "cal-com-owner-video-call-nice"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-6d1e0f9a2b-julia-yanis@cal.com
DTSTAMP:20250514T173022Z
DTSTART:20250520T133000Z
DTEND:20250520T140000Z
SUMMARY:Échange candidature chef (30 min) entre Julia Ferracci et Yanis Benali
DESCRIPTION:Quoi : Échange candidature chef (30 min)\nQui : Julia Ferracci – Organisateur (julia@latabledejulia.fr)\, Yanis Benali – Invité\nOù : Cal Video – https://app.cal.com/video/6d1e0f9a2b\nDescription : La Table de Julia\, 28 couverts dans le Vieux-Nice. Je cherche un chef de cuisine pour reprendre la cuisine en septembre. Parlons de ton parcours et de ta vision d'une cuisine niçoise de marché.\n\nBesoin de faire un changement ? Annuler : https://app.cal.com/booking/6d1e0f9a2b?cancel=true
LOCATION:https://app.cal.com/video/6d1e0f9a2b
ORGANIZER;CN=Julia Ferracci:mailto:julia@latabledejulia.fr
ATTENDEE;CN=Yanis Benali;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "grille-evaluation-task",
        "uid": "8C2A6F41-37D9-4E0B-B15A-0E9D4C72F8A3",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-fill-trial-evaluation-grid"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8C2A6F41-37D9-4E0B-B15A-0E9D4C72F8A3
DTSTAMP:20250313T224501Z
CREATED:20250313T224455Z
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
SUMMARY:grille éval Kevin à envoyer à Stéphane
DESCRIPTION:noter /5 : organisation poste\, hygiène\, rapidité\, goût\, ente
 nte équipe\, ponctualité\ncommentaire : bon au coup de feu\, un peu brouill
 on au dressage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rappel-candidat-note",
        "uid": "3b7e91d2-cc40-4a1f-8f25-7d0a6e5b2c19",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-call-back-pastry-applicant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250423T101502Z
UID:3b7e91d2-cc40-4a1f-8f25-7d0a6e5b2c19
CLASS:PUBLIC
CREATED:20250423T101502Z
DESCRIPTION:CV reçu par Stéphane (Indeed) – Sofiane\, 24 ans\, pâtissier chez Fabre Aubagne\n07 68 21 40 55\nlui demander dispo + prétentions\, si ok le faire venir pour un essai un mardi
DTSTART:20250424T151500
DTEND:20250424T153000
LAST-MODIFIED:20250423T101502Z
SUMMARY:appeler Sofiane (pâtissier)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-prealable-rupture",
        "uid": "2pt9c4l7vh0ab5mq8ks1rf6je3@google.com",
        "label": (0, "", "", "", "", "pre-termination-meeting-mutual-agreement-current-job"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T130000Z
DTEND:20250602T140000Z
DTSTAMP:20250526T090311Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:2pt9c4l7vh0ab5mq8ks1rf6je3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Premier entretien dans le cadre de la rupture conventionnelle. On fixe la date de fin (préavis / passation avec le nouveau second)\, l'indemnité et le solde de congés. Tu peux venir assisté si tu veux. Le cabinet comptable prépare le Cerfa.
LOCATION:Le Calanque – bureau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien rupture conventionnelle – Yanis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-ex-collegue",
        "uid": "D4E8A1B7-92C3-4F06-8E5D-61A0B3C7F219",
        "label": (0, "", "", "", "", "informational-coffee-with-former-colleague-about-geneva"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D4E8A1B7-92C3-4F06-8E5D-61A0B3C7F219
DTSTAMP:20250219T111020Z
DTSTART;TZID=Europe/Paris:20250224T100000
DTEND;TZID=Europe/Paris:20250224T113000
SUMMARY:Café Marco
LOCATION:La Caravelle\, Vieux-Port
DESCRIPTION:Marco est chef à Genève depuis 3 ans → lui demander salaires\, p
 ermis G\, logement\, comment ça se passe les essais en Suisse\, s'il conn
 aît des gens au Léman Palace
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
