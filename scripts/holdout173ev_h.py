# ruff: noqa: E501
"""holdout173 events, part h: Nice, Webex, GoTo, an English call, Lyon, Geneva; exam jury, shadowing, reminders, doctors."""

EVENTS = [
    {
        "kind": "google-owner-gmail-nice",
        "uid": "1vd7k3q9sa5me0hc8lr2ob6tnj@google.com",
        "label": (1, "La Cantine de Cimiez", "Chef de cuisine", "hiring_manager",
                  "nicobottero06@gmail.com", "owner-on-gmail-google-meet-nice"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250411T150000
DTEND;TZID=Europe/Paris:20250411T154500
DTSTAMP:20250408T193320Z
ORGANIZER;CN=Nico Bottero:mailto:nicobottero06@gmail.com
UID:1vd7k3q9sa5me0hc8lr2ob6tnj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nico Bottero;X-NUM-GUESTS=0:mailto:nicobottero06@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Salut Yanis\, comme dit au tel on se fait une visio vendredi pour parler du poste de chef à la Cantine (on passe de 2 à 5 services/semaine en juin). Je t'envoie le menu actuel avant.\nNico\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://meet.google.com/sba-ozvk-wqf\nPour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Yanis / Nico – poste chef Cantine de Cimiez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-hr-screen",
        "uid": "7c1f0a6e94d3b285e1a0@palais-longchamp-hotel.webex.com",
        "label": (1, "Hôtel Palais Longchamp", "Chef de cuisine H/F", "recruiter_screen",
                  "elodie.marin@palais-longchamp-hotel.com", "webex-hotel-hr-first-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1f0a6e94d3b285e1a0@palais-longchamp-hotel.webex.com
DTSTAMP:20250212T092201Z
DTSTART:20250217T100000Z
DTEND:20250217T104500Z
SUMMARY:Premier entretien – Chef de cuisine H/F – Hôtel Palais Longchamp
DESCRIPTION:Élodie Marin vous invite à une réunion Webex.\n\nPremier entretien RH pour le poste de Chef de cuisine H/F (restaurant Le Jardin\, 70 couverts + room service).\n\nRejoindre la réunion\nhttps://palais-longchamp-hotel.webex.com/palais-longchamp-hotel/j.php?MTID=m7c1f0a6e94d3b285e1a0\n\nNuméro de la réunion (code d'accès) : 2741 903 5518\nMot de passe de la réunion : Chef2025!\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 274 190 35518
LOCATION:https://palais-longchamp-hotel.webex.com/palais-longchamp-hotel/j.php?MTID=m7c1f0a6e94d3b285e1a0
ORGANIZER;CN=Élodie Marin:mailto:elodie.marin@palais-longchamp-hotel.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-meeting-club",
        "uid": "goto-meeting-482117093-20250318@goto.com",
        "label": (1, "Azurea Résidences & Clubs", "Chef de cuisine village club – saison été 2025", "",
                  "fabien.costa@azurea-clubs.fr", "goto-meeting-holiday-club-regional-manager"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
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
UID:goto-meeting-482117093-20250318@goto.com
DTSTAMP:20250313T160040Z
DTSTART;TZID=Europe/Paris:20250318T100000
DTEND;TZID=Europe/Paris:20250318T104500
SUMMARY:Azurea – candidature Chef de cuisine village club (Y. Benali)
DESCRIPTION:Fabien Costa (Responsable restauration – région Méditerranée) souhaite échanger avec vous au sujet du poste de Chef de cuisine village club – saison été 2025 (village de Porticcio\, 600 couverts buffet).\n\nRejoindre la réunion depuis votre ordinateur\, tablette ou smartphone.\nhttps://meet.goto.com/482117093\n\nVous pouvez aussi appeler.\nFrance: +33 170 950 590\n- Touche unique: tel:+33170950590\,\,482117093#\n\nCode d'accès: 482-117-093
LOCATION:https://meet.goto.com/482117093
ORGANIZER;CN=Fabien Costa:mailto:fabien.costa@azurea-clubs.fr
ATTENDEE;CN=Yanis Benali;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "english-phone-call-utc",
        "uid": "6qm0e4t8jb2ks7vr1hd9na3cl5@google.com",
        "label": (1, "Maison Blue", "Head Chef", "hiring_manager",
                  "tom@maisonblue.fr", "english-call-owner-phone-dial-in-utc"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T140000Z
DTEND:20250407T143000Z
DTSTAMP:20250403T081158Z
ORGANIZER;CN=Tom Whitaker:mailto:tom@maisonblue.fr
UID:6qm0e4t8jb2ks7vr1hd9na3cl5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Whitaker;X-NUM-GUESTS=0:mailto:tom@maisonblue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Hi Yanis\, thanks for getting back to me. Let's have a quick chat about the Head Chef job at Maison Blue (Nice\, port Lympia\, 60 covers\, Mediterranean sharing plates). My French is OK-ish so we can mix!\n\nI'll call your mobile. If I can't get through\, dial in: +44 20 3956 1174\, PIN 7730 4412#\n\nCheers\,\nTom
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Yanis Benali <> Tom (Maison Blue) – Head Chef chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visio-bouchon-note",
        "uid": "B9D1E7F3-4A28-4C6B-8F0D-2E5A9C3B7D16",
        "label": (1, "Le Bouchon de Saint-Jean", "", "", "Mme Chassagne",
                  "hand-typed-video-call-no-stage-lyon"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B9D1E7F3-4A28-4C6B-8F0D-2E5A9C3B7D16
DTSTAMP:20250428T081512Z
DTSTART;TZID=Europe/Paris:20250502T160000
DTEND;TZID=Europe/Paris:20250502T163000
SUMMARY:Visio Bouchon St-Jean
DESCRIPTION:Mme Chassagne\, lien whatsapp qu'elle envoie\ncuisine lyonnaise t
 rad (quenelles\, tablier de sapeur…) → montrer que je sais faire autre ch
 ose que poisson
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-geneva-teams",
        "uid": "040000008200E00074C5B7101A82E00800000000E3B6C9A1F4BDDB01000000000000000010000000A9C7E2D5F1B34A6E8D0C2F7B1E4A9D35",
        "label": (1, "Brasserie des Eaux-Vives", "Chef de cuisine", "hiring_manager",
                  "n.favre@brasserie-eauxvives.ch", "outlook-geneva-owner-teams-windows-zone"),
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
ORGANIZER;CN="Favre, Nicolas":mailto:n.favre@brasserie-eauxvives.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Benali\,\n\nSuite à votre candidature\, je vous propose un échange par Teams mardi 13 mai à 10h. Si nous sommes sur la même longueur d'onde\, je vous ferai venir à Genève pour une journée en cuisine.\n\nMeilleures salutations\,\nNicolas Favre\nPropriétaire – Brasserie des Eaux-Vives\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTBhYzQ4%40thread.v2/0>\nID de réunion : 396 205 771 630\nCode secret : 7uYq3P\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E3B6C9A1F4BDDB01000000000000000010000000A9C7E2D5F1B34A6E8D0C2F7B1E4A9D35
SUMMARY;LANGUAGE=fr-CH:Entretien Chef de cuisine – Brasserie des Eaux-Vives
DTSTART;TZID=W. Europe Standard Time:20250513T100000
DTEND;TZID=W. Europe Standard Time:20250513T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T134411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jury-cap-cuisine",
        "uid": "convocation-jury-cap-2025-0613-benali@ac-aix-marseille.fr",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-cap-cuisine-practical-exam-jury"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Academie Aix-Marseille//Convocations examens//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:convocation-jury-cap-2025-0613-benali@ac-aix-marseille.fr
DTSTAMP:20250505T070000Z
DTSTART;TZID=Europe/Paris:20250612T073000
DTEND;TZID=Europe/Paris:20250612T170000
SUMMARY:Convocation jury – CAP Cuisine – épreuve EP2 (production)
DESCRIPTION:Monsieur Benali Yanis\, professionnel associé\,\n\nVous êtes convoqué en qualité de membre du jury pour l'épreuve pratique EP2 du CAP Cuisine. Vous évaluerez les candidats en binôme avec un enseignant (grilles d'évaluation fournies\, réunion d'harmonisation à 7h30).\nRepas pris sur place. Une attestation de présence sera remise à votre employeur.\n\nDivision des examens et concours – Académie d'Aix-Marseille
LOCATION:Lycée hôtelier de Marseille – cuisines pédagogiques
ORGANIZER;CN=DIEC Aix-Marseille:mailto:ce.diec@ac-aix-marseille.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "immersion-candidat-second",
        "uid": "0rc5h9k2bm7qe4sa1vt8nj3fo6@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-shadows-evening-service"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250522T163000Z
DTEND:20250522T213000Z
DTSTAMP:20250520T145008Z
ORGANIZER;CN=Stéphane Ortiz:mailto:resto.lecalanque@gmail.com
UID:0rc5h9k2bm7qe4sa1vt8nj3fo6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Ortiz;X-NUM-GUESTS=0:mailto:resto.lecalanque@gmail.com
DESCRIPTION:Mehdi revient jeudi soir en immersion : il te suit sur tout le service (passe\, envoi\, fermeture). Pas payé\, c'est juste pour qu'il voie la maison. On décide vendredi.
LOCATION:Le Calanque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Immersion Mehdi – service du soir
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you-reminder",
        "uid": "5d0a8e3c-91b7-4f62-a2d4-c6e1f9b07a38",
        "label": (0, "", "", "", "", "reminder-to-send-thank-you-note-after-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250409T190512Z
UID:5d0a8e3c-91b7-4f62-a2d4-c6e1f9b07a38
CLASS:PUBLIC
CREATED:20250409T190512Z
DESCRIPTION:mail de remerciement à Hugo (Popote) + renvoyer la fiche technique batch en PDF\, il l'a demandée
DTSTART;VALUE=DATE:20250410
DTEND;VALUE=DATE:20250411
LAST-MODIFIED:20250409T190512Z
SUMMARY:merci Popote !
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-medicale-embauche",
        "uid": "rdv-ametra-2025-06-163391@ametra.fr",
        "label": (0, "", "", "", "", "pre-employment-medical-occupational-health"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AMETRA//Prise de rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-ametra-2025-06-163391@ametra.fr
DTSTAMP:20250603T080112Z
DTSTART:20250610T073000Z
DTEND:20250610T080000Z
SUMMARY:Visite d'information et de prévention (embauche)
DESCRIPTION:Salarié : BENALI Yanis\nEmployeur : Maison Vauban Restauration\nPoste : Chef de cuisine\nType de visite : VIP initiale (embauche)\n\nMerci de vous présenter 10 minutes avant avec une pièce d'identité\, votre carnet de vaccination et vos lunettes/lentilles le cas échéant.\n\nService de santé au travail – centre Marseille Joliette
LOCATION:Centre de santé au travail – Marseille Joliette
ORGANIZER;CN=Service de santé au travail:mailto:ne-pas-repondre@ametra.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "medecin-generaliste",
        "uid": "doctolib-appt-88310472@doctolib.fr",
        "label": (0, "", "", "", "", "personal-gp-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-88310472@doctolib.fr
DTSTAMP:20250120T201500Z
DTSTART:20250123T083000Z
DTEND:20250123T084500Z
SUMMARY:RDV Dr Karima Amrani – Médecine générale
DESCRIPTION:Consultation de médecine générale\nPatient : Yanis BENALI\nAdresse : 41 boulevard Baille\, 13006 Marseille\nPensez à votre carte Vitale.\nPour annuler ou déplacer : https://www.doctolib.fr/account/appointments
LOCATION:41 boulevard Baille\, 13006 Marseille
END:VEVENT
END:VCALENDAR
""",
    },
]
