"""holdout161 events, part I: the job at Boréal and personal life (appraisal, exit, medical, school, bank, ...)."""

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        _NEG,
        kind="evaluation-rendement",
        uid="040000008200E00074C5B7101A82E008000000006D7E8F9011DB01000000000000000010000000FEDCBA9876543210FE11",
        trap="own-annual-performance-review",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Desrosiers, Alain":mailto:alain.desrosiers@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Rencontre annuelle de gestion de la performanc
 e 2024 - auto-évaluation à compléter dans Workday avant la rencontre.\n
UID:040000008200E00074C5B7101A82E008000000006D7E8F9011DB01000000000000000010000000FEDCBA9876543210FE11
SUMMARY;LANGUAGE=fr-CA:Évaluation annuelle - Marc-André / Alain
DTSTART;TZID=Eastern Standard Time:20250305T140000
DTEND;TZID=Eastern Standard Time:20250305T150000
DTSTAMP:20250220T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="entrevue-de-depart",
        uid="040000008200E00074C5B7101A82E008000000007E8F901122DB01000000000000000010000000FEDCBA9876543210FE12",
        trap="own-exit-interview-hr",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Ménard, Sophie (RH)":mailto:sophie.menard@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue de départ confidentielle (30 min) - r
 etour sur ton expérience chez Boréal. Remise du portable et de la carte d
 'accès à prévoir le même jour.\n
UID:040000008200E00074C5B7101A82E008000000007E8F901122DB01000000000000000010000000FEDCBA9876543210FE12
SUMMARY;LANGUAGE=fr-CA:Entrevue de départ - M.-A. Tremblay
DTSTART;TZID=Eastern Standard Time:20250530T140000
DTEND;TZID=Eastern Standard Time:20250530T143000
DTSTAMP:20250516T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="examen-medical-preemploi",
        uid="medisys-rdv-4481223-preemploi",
        trap="pre-employment-medical",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Medisys//Rendez-vous//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:medisys-rdv-4481223-preemploi
DTSTAMP:20250505T130000Z
DTSTART:20250512T123000Z
DTEND:20250512T133000Z
SUMMARY:Medisys - Examen médical pré-emploi
DESCRIPTION:Rendez-vous confirmé : examen pré-emploi demandé par votre fut
 ur employeur. À jeun depuis minuit. Apportez votre carte RAMQ.\n500 Sherb
 rooke O.\, 11e étage.
ORGANIZER;CN=Medisys Montréal:mailto:rendezvous@medisys.ca
ATTENDEE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="dentiste",
        uid="gorendezvous-88123-ma-tremblay",
        trap="personal-dentist",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GOrendezvous//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gorendezvous-88123-ma-tremblay
DTSTAMP:20250301T120000Z
DTSTART;TZID=America/Montreal:20250314T081500
DTEND;TZID=America/Montreal:20250314T091500
SUMMARY:Clinique dentaire Rosemont - Nettoyage et examen
LOCATION:2955 rue Masson\, Montréal
END:VEVENT
@TZ America/Montreal
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="rencontre-parents-ecole",
        uid="mozaik-portail-rencontre-5512-tremblay",
        trap="school-parent-teacher-meeting",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Mozaïk-Portail//Rencontres//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:mozaik-portail-rencontre-5512-tremblay
DTSTAMP:20250310T120000Z
DTSTART;TZID=America/Toronto:20250320T184000
DTEND;TZID=America/Toronto:20250320T185500
SUMMARY:Rencontre de parents - Léa Tremblay (2e année\, Mme Gosselin)
DESCRIPTION:École Saint-Jean-de-la-Lande - bulletin de la 2e étape. Local 1
 04.
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="entrevue-cpe",
        uid="3k4l5m6n7o8p9q0r1s2t3u4v5w@google.com",
        trap="daycare-admission-entrevue-personal",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:America/Montreal
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250408T173000
DTEND;TZID=America/Montreal:20250408T181500
DTSTAMP:20250401T020000Z
UID:3k4l5m6n7o8p9q0r1s2t3u4v5w@google.com
SUMMARY:Entrevue CPE Les Petits Pommiers (place pour Noah) - avec Karine
DESCRIPTION:visite + entrevue avec la directrice. apporter certificat de na
 issance + carnet vaccination
LOCATION:CPE Les Petits Pommiers\, 6500 av. Christophe-Colomb
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="rdv-hypotheque-desjardins",
        uid="desjardins-rdv-conseiller-77120334",
        trap="bank-mortgage-appointment-employer-name",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Desjardins//Prise de rendez-vous//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:desjardins-rdv-conseiller-77120334
DTSTAMP:20250402T140000Z
DTSTART;TZID=America/Toronto:20250415T170000
DTEND;TZID=America/Toronto:20250415T180000
SUMMARY:Rendez-vous avec votre conseillère - Caisse Desjardins du Plateau-
 Mont-Royal
DESCRIPTION:Objet : renouvellement hypothécaire. Conseillère : Nathalie Bo
 isvert. Apportez vos deux derniers talons de paie et votre avis de cotisa
 tion.
ORGANIZER;CN=Caisse Desjardins du Plateau-Mont-Royal:mailto:noreply@desjardins.com
ATTENDEE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
LOCATION:1255 av. du Mont-Royal Est\, Montréal
STATUS:CONFIRMED
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="saaq-permis",
        uid="saaq-clicsequr-rdv-2025-0001882",
        trap="government-office-appointment",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAAQ//SAAQclic//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:saaq-clicsequr-rdv-2025-0001882
DTSTAMP:20250311T120000Z
DTSTART:20250402T133000Z
DTEND:20250402T140000Z
SUMMARY:SAAQ - Rendez-vous renouvellement permis (photo)
LOCATION:Centre de services SAAQ\, 855 boul. Henri-Bourassa O.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="empreintes-cote-fiabilite",
        uid="commissionaires-fingerprint-ott-55128",
        trap="security-screening-fingerprints-not-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Commissionaires//Booking//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:commissionaires-fingerprint-ott-55128
DTSTAMP:20250428T150000Z
DTSTART:20250506T130000Z
DTEND:20250506T131500Z
SUMMARY:Commissionaires - Empreintes digitales / Fingerprinting (cote de f
 iabilité)
DESCRIPTION:Prise d'empreintes électroniques pour vérification de sécurité
  (cote de fiabilité). Apportez deux pièces d'identité gouvernementales.
ORGANIZER;CN=Commissionaires Québec:mailto:fingerprints@commissionaires.ca
ATTENDEE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
LOCATION:Commissionaires\, 201 av. Laurier O.\, Montréal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="appel-offre-emploi",
        uid="4b5c6d7e8f9g0h1i2j3k4l5m6n@google.com",
        trap="offer-discussion-call-after-interviews",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250411T161500
DTEND;TZID=America/Toronto:20250411T164500
DTSTAMP:20250410T210000Z
ORGANIZER;CN=Geneviève Lacasse:mailto:genevieve.lacasse@desjardins.com
UID:4b5c6d7e8f9g0h1i2j3k4l5m6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
DESCRIPTION:Bonne nouvelle! J'aimerais vous présenter notre offre (salaire
 \, boni\, avantages\, date d'entrée). Rien à préparer.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation de l'offre - Marc-André Tremblay
TRANSP:OPAQUE
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="revue-modele-tarification",
        uid="040000008200E00074C5B7101A82E008000000008F90112233DB01000000000000000010000000FEDCBA9876543210FE13",
        trap="internal-model-review-meeting",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Gauvin, Patrick (Actuariat)":mailto:patrick.gauvin@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nadeau, Julien":mailto:julien.nadeau@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Revue du modèle GBM de fréquence habitation v3
  avant soumission au comité de validation : lift\, stabilité\, variables
  sensibles (AMF).\n
UID:040000008200E00074C5B7101A82E008000000008F90112233DB01000000000000000010000000FEDCBA9876543210FE13
SUMMARY;LANGUAGE=fr-CA:Revue de modèle - fréquence habitation v3
DTSTART;TZID=Eastern Standard Time:20250321T100000
DTEND;TZID=Eastern Standard Time:20250321T113000
DTSTAMP:20250314T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:MTL - Salle 14.07 Saint-Laurent
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="comite-gouvernance-modeles",
        uid="040000008200E00074C5B7101A82E00800000000901122334455DB010000000000000010000000FEDCBA9876543210FE14",
        trap="internal-model-governance-committee-evaluation-word",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Fortier, Hélène (Risque)":mailto:helene.fortier@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité de gouvernance des modèles - évaluation
  indépendante du modèle de détection de fraude (2e ligne). Présentateur :
  M.-A. Tremblay (20 min) puis questions du comité.\n
UID:040000008200E00074C5B7101A82E00800000000901122334455DB010000000000000010000000FEDCBA9876543210FE14
SUMMARY;LANGUAGE=fr-CA:Comité de gouvernance des modèles - avril
DTSTART;TZID=Eastern Standard Time:20250416T130000
DTEND;TZID=Eastern Standard Time:20250416T143000
DTSTAMP:20250401T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="cours-mlops",
        uid="kryterion-webassessor-DBX-MLP-0422-88120",
        trap="training-course-with-exam",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Databricks Academy//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:kryterion-webassessor-DBX-MLP-0422-88120
DTSTAMP:20250401T120000Z
DTSTART:20250422T140000Z
DTEND:20250422T160000Z
SUMMARY:Databricks Certified ML Professional - examen surveillé en ligne
DESCRIPTION:Online proctored exam. Check-in 30 minutes early with Kryterion
 . Webcam required.
LOCATION:Online (Kryterion Webassessor)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="meetup-presentation",
        uid="meetup-event-306112877-rsvp-ma",
        trap="meetup-talk-speaker",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Meetup//RemoteApi//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
UID:meetup-event-306112877-rsvp-ma
DTSTAMP:20250320T120000Z
DTSTART;TZID=America/Toronto:20250423T180000
DTEND;TZID=America/Toronto:20250423T203000
SUMMARY:MTL Data #78 - Tarification et IA explicable (Marc-André Tremblay)
DESCRIPTION:Panel + Q&A ensuite : « Comment recruter et garder des data sc
 ientists ». Pizza offerte. https://www.meetup.com/mtl-data/events/306112877/
LOCATION:Notman House\, 51 rue Sherbrooke O.\, Montréal
URL:https://www.meetup.com/mtl-data/events/306112877/
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="point-hebdo-equipe",
        uid="040000008200E00074C5B7101A82E00800000000A011223344DB01000000000000000010000000FEDCBA9876543210FE15",
        trap="internal-weekly-one-on-one",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nadeau, Julien":mailto:julien.nadeau@assurancesboreal.ca
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000A011223344DB01000000000000000010000000FEDCBA9876543210FE15
SUMMARY;LANGUAGE=fr-CA:1:1 Julien / MA
DESCRIPTION;LANGUAGE=fr-CA:Suivi hebdo : projets\, blocages\, plan de dév
 eloppement.\n
DTSTART;TZID=Eastern Standard Time:20250306T110000
DTEND;TZID=Eastern Standard Time:20250306T113000
DTSTAMP:20250227T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        is_interview=0,
        hiring_side=True,
        kind="grille-questions-preparation",
        uid="040000008200E00074C5B7101A82E00800000000B0112233CCDB01000000000000000010000000FEDCBA9876543210FE16",
        trap="user-as-interviewer-calibrating-question-bank",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Vachon, Élise":mailto:elise.vachon@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nadeau, Julien":mailto:julien.nadeau@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Préparer la banque de questions techniques et
  le barème pour les entrevues REQ-2307 (Ingénieur(e) ML) - qui pose quoi\,
  seuils pour passer à l'étape finale.\n
UID:040000008200E00074C5B7101A82E00800000000B0112233CCDB01000000000000000010000000FEDCBA9876543210FE16
SUMMARY;LANGUAGE=fr-CA:Préparation entrevues REQ-2307 - questions et barème
DTSTART;TZID=Eastern Standard Time:20250327T140000
DTEND;TZID=Eastern Standard Time:20250327T150000
DTSTAMP:20250324T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
