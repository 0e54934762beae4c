"""holdout206 events, part i: work life at Hydrolys and job-search look-alikes (negatives)."""

from holdout206ev_tz import PARIS_APPLE, PARIS_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "rdv-client",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000010203040506FDB01"
            "00000000000000001000000011223344556677889900AABBCCDDEEFF"
        ),
        "is_interview": 0,
        "trap": "rendez-vous-client-wastewater-plant",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LE GOFF Guillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jean-Luc Ponc
 het:mailto:jl.ponchet@carene.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GUERIN Y
 ann":mailto:y.guerin@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous client CARENE - STEP de Montoir : r
 emplacement des 3 pompes de relevage poste PR12\, présentation offre rév.
  B + contrat de maintenance. Yann (SAV) si dispo.\n
UID:040000008200E00074C5B7101A82E0080000000010203040506FDB010000000000000000
 1000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=fr-FR:RDV client CARENE - STEP Montoir (offre PR12)
DTSTART;TZID=Romance Standard Time:20250213T100000
DTEND;TZID=Romance Standard Time:20250213T113000
DTSTAMP:20250205T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:STEP de Montoir-de-Bretagne
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "salon-allday",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000203040506070DB01"
            "000000000000000010000000223344556677889900AABBCCDDEEFF11"
        ),
        "is_interview": 0,
        "trap": "trade-show-multi-day-all-day",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Stand Hydrolys Hall 5 - D118. Planning des pe
 rmanences dans Teams > Commerce > Salons 2025. Badges exposants à récupér
 er auprès de l'ADV.\n
UID:040000008200E00074C5B7101A82E00800000000203040506070DB0100000000000000
 0010000000223344556677889900AABBCCDDEEFF11
SUMMARY;LANGUAGE=fr-FR:Salon Global Industrie - Lyon Eurexpo
DTSTART;VALUE=DATE:20250311
DTEND;VALUE=DATE:20250315
DTSTAMP:20250115T103000Z
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
LOCATION;LANGUAGE=fr-FR:Eurexpo Lyon
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "revue-de-compte",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000304050607080DB01"
            "000000000000000010000000334455667788990011AABBCCDDEEFF22"
        ),
        "is_interview": 0,
        "trap": "account-review-with-key-customer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Gilles Bernier":mailto:gilles.bernier@veolia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sabrina Lhom
 me":mailto:sabrina.lhomme@veolia.com
DESCRIPTION;LANGUAGE=fr-FR:Revue de compte annuelle Hydrolys / Veolia Eau
  Grand Ouest : volumes 2024\, taux de service\, délais pièces détachées\,
  prix 2025 et accord-cadre.\n\n________________________________________
 ________________________________________\nRéunion Microsoft Teams\nhttps
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_dmVvbGlh\n
UID:040000008200E00074C5B7101A82E00800000000304050607080DB0100000000000000
 0010000000334455667788990011AABBCCDDEEFF22
SUMMARY;LANGUAGE=fr-FR:Revue de compte Hydrolys 2024
DTSTART;TZID=Romance Standard Time:20250206T093000
DTEND;TZID=Romance Standard Time:20250206T113000
DTSTAMP:20250127T145000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-annuel",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000405060708090DB01"
            "0000000000000000100000004455667788990011AABBCCDDEEFF3344"
        ),
        "is_interview": 0,
        "trap": "own-annual-appraisal-with-manager",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Guillaume\,\n\nPour ton entretien annuel 2024 :
  merci de remplir ton auto-évaluation dans Talentia avant le 24 (objectif
 s atteints\, objectifs 2025\, souhaits de formation / d'évolution).\n\nBe
 rtrand\n
UID:040000008200E00074C5B7101A82E00800000000405060708090DB0100000000000000
 00100000004455667788990011AABBCCDDEEFF3344
SUMMARY;LANGUAGE=fr-FR:Entretien annuel 2024 - Guillaume LE GOFF
DTSTART;TZID=Romance Standard Time:20250128T100000
DTEND;TZID=Romance Standard Time:20250128T113000
DTSTAMP:20250110T083000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Bertrand
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "press-interview",
        "uid": "0m2k4q6s8u1w3y5a7c9e2g4i6k@google.com",
        "is_interview": 0,
        "trap": "trade-magazine-interview-of-user",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T090000Z
DTEND:20250305T094500Z
DTSTAMP:20250227T101500Z
ORGANIZER;CN=Claire Jouannet:mailto:c.jouannet@processalimentaire.com
UID:0m2k4q6s8u1w3y5a7c9e2g4i6k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=g.lego
 ff@hydrolys.fr;X-NUM-GUESTS=0:mailto:g.legoff@hydrolys.fr
DESCRIPTION:Bonjour Guillaume\,\n\nMerci d'avoir accepté cette interview p
 our notre dossier « Pompes hygiéniques : comment réduire les coûts de ne
 ttoyage en place ». 30-40 min par téléphone\, je vous enverrai les citati
 ons pour relecture avant parution (n° d'avril).\n\nClaire Jouannet\nJourna
 liste - Process Alimentaire
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Process Alimentaire - G. Le Goff (Hydrolys)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rugby-recurring",
        "uid": "2D8E4A61-7B3C-4F19-9E05-C1A2B3D4E5F6",
        "is_interview": 0,
        "trap": "personal-recurring-rugby-with-son",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
""" + PARIS_APPLE + r"""BEGIN:VEVENT
CREATED:20240905T183000Z
UID:2D8E4A61-7B3C-4F19-9E05-C1A2B3D4E5F6
RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20250628T215959Z
DTEND;TZID=Europe/Paris:20240914T113000
TRANSP:OPAQUE
SUMMARY:Rugby Maël (U12)
DTSTART;TZID=Europe/Paris:20240914T100000
DTSTAMP:20240905T183012Z
LOCATION:Stade Pascal Laporte\, Nantes
DESCRIPTION:gourde + protège-dents
SEQUENCE:0
EXDATE;TZID=Europe/Paris:20241221T100000,20241228T100000
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kine",
        "uid": "doctolib-appointment-48822910-kine",
        "is_interview": 0,
        "trap": "personal-physio-doctolib",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-48822910-kine
DTSTAMP:20250210T192000Z
DTSTART:20250217T173000Z
DTEND:20250217T180000Z
SUMMARY:RDV Masseur-kinésithérapeute - M. Thomas Guillemot
DESCRIPTION:Rendez-vous Doctolib\nMotif : Séance de rééducation (épaule)\n
 Adresse : 14 rue de la Bastille\, 44000 Nantes\nPensez à apporter votre o
 rdonnance et votre carte Vitale.
LOCATION:14 rue de la Bastille\, 44000 Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "notaire",
        "uid": "5A6B7C8D-9E0F-4A1B-B2C3-D4E5F6A7B8C9",
        "is_interview": 0,
        "trap": "personal-notary-signature",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-B2C3-D4E5F6A7B8C9
DTSTAMP:20250303T121000Z
DTSTART:20250321T170000
DTEND:20250321T180000
SUMMARY:Notaire Me Pichon - signature compromis maison Mamie
LOCATION:Office notarial\, 3 place du Commerce Nantes
DESCRIPTION:avec Sophie + Erwan. apporter livret de famille
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "controle-technique",
        "uid": "rdv-ct-20250412-0930-dekra-reze-556712",
        "is_interview": 0,
        "trap": "personal-car-inspection-booking",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dekra Automotive//Prise de RDV//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-ct-20250412-0930-dekra-reze-556712
DTSTAMP:20250401T201500Z
DTSTART;TZID=Europe/Paris:20250412T093000
DTEND;TZID=Europe/Paris:20250412T103000
SUMMARY:Contrôle technique - DEKRA Rezé
DESCRIPTION:Votre rendez-vous de contrôle technique périodique est confirm
 é.\nVéhicule : PEUGEOT 5008 - FX-***-PL\nPrix : 79\,00 € TTC\nMerci de
  vous présenter 5 min avant avec la carte grise.
LOCATION:DEKRA Rezé\, 12 rue Jean Jaurès\, 44400 Rezé
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "3b5d7f9h1j3l5n7p9r1t3v5x7z@google.com",
        "is_interview": 0,
        "trap": "mock-interview-with-coach",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250225T183000
DTEND;TZID=Europe/Paris:20250225T193000
DTSTAMP:20250219T110000Z
ORGANIZER;CN=Valérie Hamon - Cap Carrière:mailto:valerie.hamon@capcarriere
 -coaching.fr
UID:3b5d7f9h1j3l5n7p9r1t3v5x7z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
DESCRIPTION:Séance 4/6 de votre accompagnement : simulation d'entretien fi
 lmée (entretien avec un directeur commercial\, questions pièges sur la ré
 munération et le départ de votre poste actuel)\, puis débrief vidéo.\nMe
 et : https://meet.google.com/vhc-pqrs-tuv
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching - simulation d'entretien (séance 4)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-apec",
        "uid": "livestorm-session-6e2c1a90-apec-entretien",
        "is_interview": 0,
        "trap": "webinar-about-interviewing",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-6e2c1a90-apec-entretien
DTSTAMP:20250201T090000Z
DTSTART:20250211T113000Z
DTEND:20250211T123000Z
SUMMARY:Webinaire Apec : Réussir son entretien de recrutement
DESCRIPTION:Merci pour votre inscription !\n\nAu programme : préparer son
  pitch\, répondre aux questions difficiles\, négocier son salaire\, les e
 ntretiens en visio.\n\nRejoindre l'événement : https://app.livestorm.co/a
 pec/reussir-son-entretien-de-recrutement/live?s=6e2c1a90
ORGANIZER;CN=Apec:mailto:no-reply@livestorm.co
LOCATION:https://app.livestorm.co/apec/reussir-son-entretien-de-recrutemen
 t
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-ancien-collegue",
        "uid": "C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F",
        "is_interview": 0,
        "trap": "informational-coffee-ex-colleague-at-target-employer",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
DTSTAMP:20250109T213000Z
DTSTART:20250114T123000
DTEND:20250114T140000
SUMMARY:Déj Yann Le Corre (Xylem)
LOCATION:Le Lieu Unique
DESCRIPTION:lui demander comment ça se passe chez Xylem depuis le rachat\,
  ambiance équipe Ouest\, s'il connaît le recruteur pour le poste RSM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "forum-emploi",
        "uid": "evt-forum-industrie-nantes-2025@apec.fr",
        "is_interview": 0,
        "trap": "careers-fair-visitor",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apec//Evenements//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-forum-industrie-nantes-2025@apec.fr
DTSTAMP:20250301T080000Z
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
SUMMARY:Forum Cadres de l'Industrie - Nantes
DESCRIPTION:Rencontrez les recruteurs de plus de 60 entreprises industriel
 les de la région (Airbus\, Manitou\, Groupe Atlantic\, Naval Group...). M
 unissez-vous de CV. Job dating sur inscription.\nCité des Congrès de Nante
 s\, 9h-17h.
LOCATION:Cité des Congrès\, Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-call",
        "uid": (
            "040000008200E00074C5B7101A82E008000000005060708090A0DB0"
            "100000000000000001000000055667788990011AABBCCDDEEFF4455"
        ),
        "is_interview": 0,
        "trap": "reference-call-user-as-referee",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lebrun, Amandine":mailto:amandine.lebrun@hays.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Le Goff\,\n\nJulien Moreau vous a ci
 té comme référence (vous avez été son manager chez Hydrolys en 2019-2021)
 . Je vous appelle pour une prise de références d'environ 15 minutes.\n\nA
 mandine Lebrun\nConsultante - Hays Ingénierie Nantes\n
UID:040000008200E00074C5B7101A82E008000000005060708090A0DB0100000000000000
 001000000055667788990011AABBCCDDEEFF4455
SUMMARY;LANGUAGE=fr-FR:Prise de références - Julien Moreau
DTSTART;TZID=Romance Standard Time:20250304T124500
DTEND;TZID=Romance Standard Time:20250304T130000
DTSTAMP:20250228T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "chasseur-confidentiel",
        "uid": "9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com",
        "is_interview": 0,
        "trap": "headhunter-confidential-no-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T161500Z
DTEND:20250408T164500Z
DTSTAMP:20250404T093000Z
ORGANIZER;CN=Xavier Delmas:mailto:xdelmas@michaelpage.fr
UID:9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
DESCRIPTION:Bonjour Guillaume\,\n\nComme évoqué sur LinkedIn\, je travaill
 e sur une mission confidentielle de Directeur des Ventes France pour un g
 roupe international (équipements de process\, ~80 M€ en France). Je vous
  en dirai plus au téléphone.\n\nXavier Delmas\nExecutive Manager - Michae
 l Page Ingénieurs & Techniciens
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Xavier Delmas <> Guillaume Le Goff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        "is_interview": 0,
        "trap": "prep-block-before-english-panel",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20250330T090000Z
DTSTART:20250402T190000
DTEND:20250402T210000
SUMMARY:prépa panel Alfa Laval (anglais !!)
DESCRIPTION:- pitch 2 min en anglais\n- exemples STAR : contrat Lactalis\,
  perte compte Cooperl\n- relire rapport annuel + gamme hygiénique LKH\n- q
 uestions à poser à Marie Ferrand
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you-reminder",
        "uid": "b2d4f6h8j0l2n4p6r8t0v2x4z6@google.com",
        "is_interview": 0,
        "trap": "thank-you-note-reminder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
DTSTAMP:20250321T174500Z
UID:b2d4f6h8j0l2n4p6r8t0v2x4z6@google.com
CREATED:20250321T174500Z
DESCRIPTION:mail de remerciement à Sébastien Roy + Julie (jeu de rôle Hil
 ti)\, rappeler les 2 points du cas (stock tampon + formation utilisateurs)
LAST-MODIFIED:20250321T174500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Remercier Hilti
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
