"""holdout161 events, part H: look-alikes around the job search (mock, webinar, press, coffee, referee, ...)."""

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        _NEG,
        kind="entrevue-besoins-reclamations",
        uid="040000008200E00074C5B7101A82E008000000003A4B5C6D7EDB01000000000000000010000000FEDCBA9876543210FE01",
        trap="business-user-requirements-entrevue",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Poirier, Denis":mailto:denis.poirier@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lachance, Annie":mailto:annie.lachance@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue utilisateurs - projet triage automat
 isé des réclamations auto. Objectif : comprendre le processus actuel des
  experts en sinistres\, irritants\, données saisies à l'ouverture du doss
 ier.\n
UID:040000008200E00074C5B7101A82E008000000003A4B5C6D7EDB01000000000000000010000000FEDCBA9876543210FE01
SUMMARY;LANGUAGE=fr-CA:Entrevue utilisateurs - Réclamations auto (triage)
DTSTART;TZID=Eastern Standard Time:20250312T140000
DTEND;TZID=Eastern Standard Time:20250312T150000
DTSTAMP:20250307T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="entrevue-besoins-souscription",
        uid="040000008200E00074C5B7101A82E008000000004B5C6D7E8FDB01000000000000000010000000FEDCBA9876543210FE02",
        trap="business-user-interview-underwriting-requirements",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Bélanger, Catherine":mailto:catherine.belanger@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Série d'entrevues avec les souscripteurs (3/5)
  pour le modèle d'appétit au risque habitation. Catherine anime\, MA pose
  les questions données.\n
UID:040000008200E00074C5B7101A82E008000000004B5C6D7E8FDB01000000000000000010000000FEDCBA9876543210FE02
SUMMARY;LANGUAGE=fr-CA:Entrevue #3 - souscripteurs habitation (Québec)
DTSTART;TZID=Eastern Standard Time:20250318T093000
DTEND;TZID=Eastern Standard Time:20250318T103000
DTSTAMP:20250311T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="simulation-coach",
        uid="calendly-44b1e0d2-coach-simulation",
        trap="mock-interview-with-career-coach",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-44b1e0d2-coach-simulation
DTSTAMP:20250315T180000Z
DTSTART:20250318T233000Z
DTEND:20250319T003000Z
SUMMARY:Marc-André Tremblay and Isabelle Royer
DESCRIPTION:Event Name: Simulation d'entrevue - postes de direction (60 m
 in)\n\nQuestions: Entrevue finale Desjardins début avril\, je veux pratiq
 uer la présentation de projet.\n\nLocation: Zoom\n\nPowered by Calendly.com
ORGANIZER;CN=Isabelle Royer (Coaching Carrière Royer):mailto:isabelle@coachingroyer.ca
ATTENDEE;CN=Marc-André Tremblay;PARTSTAT=ACCEPTED:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="mock-system-design",
        uid="6r7t8y9u0i1o2p3a4s5d6f7g8h@google.com",
        trap="mock-interview-with-friend-system-design",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250330T200000
DTEND;TZID=America/Toronto:20250330T210000
DTSTAMP:20250327T010000Z
ORGANIZER;CN=Julien Caron:mailto:julien.caron.dev@gmail.com
UID:6r7t8y9u0i1o2p3a4s5d6f7g8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
DESCRIPTION:Mock ML system design avant ton onsite Stripe. Je joue l'inter
 viewer\, sujet surprise. Meet: https://meet.google.com/jcr-mock-sysd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - ML system design (Julien -> MA)
TRANSP:OPAQUE
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="webinaire-entrevues",
        uid="eventbrite-1098877263551-ma.tremblay.data",
        trap="webinar-about-acing-data-science-interviews",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1098877263551-ma.tremblay.data
DTSTAMP:20250301T120000Z
DTSTART:20250312T230000Z
DTEND:20250313T000000Z
SUMMARY:Webinaire : Réussir ses entrevues techniques en science des donnée
 s (Réseau Carrière TI)
DESCRIPTION:Panel de recruteurs et gestionnaires : études de cas\, live co
 ding\, questions comportementales. Lien Zoom envoyé 1 h avant.\nBillet #1
 098877263551
LOCATION:En ligne
ORGANIZER;CN=Réseau Carrière TI:mailto:noreply@eventbrite.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="entrevue-la-presse",
        uid="040000008200E00074C5B7101A82E008000000005C6D7E8F90DB01000000000000000010000000FEDCBA9876543210FE03",
        trap="press-interview-journalist-via-comms",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Gervais, Mélanie (Communications)":mailto:melanie.gervais@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Karim Benhamou:mailto:kbenhamou@lapresse.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue avec Karim Benhamou (La Presse\, sect
 ion Affaires) sur l'IA dans l'assurance habitation et les inondations. Me
 ssages clés en pièce jointe\, Mélanie présente.\n
UID:040000008200E00074C5B7101A82E008000000005C6D7E8F90DB01000000000000000010000000FEDCBA9876543210FE03
SUMMARY;LANGUAGE=fr-CA:Entrevue médias - La Presse (IA et inondations)
DTSTART;TZID=Eastern Standard Time:20250320T100000
DTEND;TZID=Eastern Standard Time:20250320T103000
DTSTAMP:20250317T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="balado-enregistrement",
        uid="riverside-rec-7f3e2d1c-datamtl-ep42",
        trap="podcast-interview-recording-guest",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Recording//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7f3e2d1c-datamtl-ep42
DTSTAMP:20250325T140000Z
DTSTART:20250403T223000Z
DTEND:20250403T233000Z
SUMMARY:Enregistrement balado « Données brutes » ép. 42 - invité : Marc-A
 ndré Tremblay
DESCRIPTION:Merci d'accepter d'être notre invité! On jase tarification\, e
 xplicabilité et carrière en data au Québec. Studio Riverside : https://ri
 verside.fm/studio/donnees-brutes. Casque d'écoute recommandé.
ORGANIZER;CN=Gabrielle Paquin:mailto:gabrielle@donneesbrutes.ca
ATTENDEE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="etude-recherche-udem",
        uid="udem-hec-etude-2025-017-part-0231",
        trap="research-study-interview-participant",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Université de Montréal//Recherche//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:udem-hec-etude-2025-017-part-0231
DTSTAMP:20250318T130000Z
DTSTART:20250326T170000Z
DTEND:20250326T180000Z
SUMMARY:Entretien de recherche - Pratiques MLOps en entreprise (étude CER
 -2025-017)
DESCRIPTION:Merci de participer à notre étude sur l'adoption des pratique
 s MLOps. L'entretien semi-dirigé (60 min) sera enregistré avec votre cons
 entement. Compensation : carte-cadeau de 50 $.\nLéa Simard\, doctorante\,
  HEC Montréal
ORGANIZER;CN=Léa Simard:mailto:lea.simard@hec.ca
ATTENDEE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="sondage-leger",
        uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        trap="survey-phone-interview-typed",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTSTAMP:20250321T001000Z
DTSTART;TZID=America/Toronto:20250324T183000
DTEND;TZID=America/Toronto:20250324T190000
SUMMARY:Léger rappelle - entrevue sondage (rémunérée 25$)
DESCRIPTION:panel consommateurs assurance auto
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="cafe-informationnel",
        uid="2z3x4c5v6b7n8m9q0w1e2r3t4y@google.com",
        trap="informational-coffee-ex-colleague",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T130000Z
DTEND:20250306T140000Z
DTSTAMP:20250303T200000Z
ORGANIZER;CN=Sophie Lavoie:mailto:sophie.lavoie.qc@gmail.com
UID:2z3x4c5v6b7n8m9q0w1e2r3t4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc-André Tremblay;X-NUM-GUESTS=0:mailto:ma.tremblay.data@videotron.c
 a
DESCRIPTION:Café pour que je te raconte comment c'est chez Mila depuis que
  j'ai quitté Boréal - pas de poste ouvert dans mon équipe en ce moment m
 ais je peux te donner l'heure juste!
LOCATION:Café Myriade\, 1432 rue Mackay
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Sophie / MA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="salon-emploi-ti",
        uid="salon-emploi-ti-mtl-2025-visiteur-88231",
        trap="career-fair-attending-as-job-seeker",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Salon de l'emploi TI//Inscription//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:salon-emploi-ti-mtl-2025-visiteur-88231
DTSTAMP:20250301T150000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Salon de l'emploi TI & IA de Montréal
DESCRIPTION:Votre billet visiteur. Plus de 60 employeurs sur place\, entre
 vues éclair possibles aux kiosques. Palais des congrès\, 10 h à 16 h.
LOCATION:Palais des congrès de Montréal
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="appel-reference-referee",
        uid="7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com",
        trap="reference-call-user-is-referee",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250317T123000
DTEND;TZID=America/Toronto:20250317T125000
DTSTAMP:20250314T160000Z
ORGANIZER;CN=Mathilde Caron:mailto:mathilde.caron@beneva.ca
UID:7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
DESCRIPTION:Bonjour M. Tremblay\, Julie Bergeron vous a nommé comme référen
 ce pour un poste d'analyste principale chez nous. 20 minutes suffiront. M
 erci!\nMathilde Caron\, conseillère en acquisition de talents\, Beneva
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vérification de références - Julie Bergeron
TRANSP:OPAQUE
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="recruteur-sans-employeur",
        uid="robert-half-mtl-0319-ma-tremblay",
        trap="recruiter-call-names-no-employer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:robert-half-mtl-0319-ma-tremblay
DTSTAMP:20250317T141500Z
DTSTART;TZID=Eastern Standard Time:20250319T120000
DTEND;TZID=Eastern Standard Time:20250319T122000
SUMMARY:Robert Half / Marc-André - opportunités data
DESCRIPTION:Bonjour Marc-André\, j'aimerais mieux connaître vos objectifs
  de carrière : j'ai plusieurs mandats confidentiels en science des donnée
 s (banque\, assurance\, commerce de détail) à Montréal et en mode hybride
 .\nÉric Tessier\, Robert Half Technologie
ORGANIZER;CN="Tessier, Éric":mailto:eric.tessier@roberthalf.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="prep-block",
        uid="9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D",
        trap="prep-block-before-onsite",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
@TZ America/Toronto
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
DTSTAMP:20250405T160000Z
DTSTART;TZID=America/Toronto:20250407T190000
DTEND;TZID=America/Toronto:20250407T213000
SUMMARY:PRÉP Stripe onsite - system design + histoires STAR
DESCRIPTION:- feature store / fraud scoring latency\n- relire notes du scr
 een avec Megan\n- 3 histoires: conflit\, échec\, impact
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="rappel-remerciements",
        uid="C0FFEE00-1234-4ABC-9DEF-0A1B2C3D4E5F",
        trap="thank-you-note-reminder",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:C0FFEE00-1234-4ABC-9DEF-0A1B2C3D4E5F
DTSTAMP:20250403T150000Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
SUMMARY:envoyer courriel remerciement Desjardins (Isabelle G. + François)
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
