# ruff: noqa: E501, W291
"""holdout190: the user on the hiring side at Atelier Garonne – part B."""

from holdout190ev_tz import ev

EVENTS = [
    ev("candidate-portfolio", "9p7o5i3u1y9t7r5e3w1q9a7s5d@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250410T160000
DTEND;TZID=Europe/Paris:20250410T173000
DTSTAMP:20250403T143120Z
ORGANIZER;CN=Isabelle Nayrac:mailto:i.nayrac@ateliergaronne.fr
UID:9p7o5i3u1y9t7r5e3w1q9a7s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sarah Kebir;X-NUM-GUESTS=0:mailto:sarah.kebir.archi@gmail.com
DESCRIPTION:Bonjour Sarah\,\n\nComme convenu\, nous vous recevons jeudi pou
 r la présentation de votre portfolio (20 min environ)\, suivie d'un échan
 ge avec Amélie Fontaine\, architecte chef de projet\, et moi-même sur le p
 oste de cheffe de projet logement.\n\nÀ jeudi\,\nIsabelle Nayrac\nArchitec
 te associée – Atelier Garonne
LOCATION:Atelier Garonne\, 12 rue du Mirail\, 33000 Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation de portfolio – Sarah Kebir
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-candidate-portfolio-presentation", hiring=True),

    ev("scorecard-task", "3g5h7j9k1l3z5x7c9v1b3n5m7q@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250326T083000
DTEND;TZID=Europe/Paris:20250326T093000
DTSTAMP:20250321T172005Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:3g5h7j9k1l3z5x7c9v1b3n5m7q@google.com
CREATED:20250321T172005Z
DESCRIPTION:grilles d'éval (book / motivation / Revit / dispo) pour Léa\, H
 ugo\, Inès\, Théo -> Drive RH avant le débrief de jeudi. + mail de retour
  aux non retenus
LAST-MODIFIED:20250321T172005Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Remplir grilles candidats stage
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-scorecards-block", hiring=True),

    ev("interview-afternoon", "7w9e1r3t5y7u9i1o3p5a7s9d1f@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250318T140000
DTEND;TZID=Europe/Paris:20250318T173000
DTSTAMP:20250312T101510Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:7w9e1r3t5y7u9i1o3p5a7s9d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
DESCRIPTION:14h00 Théo Roussel (ENSAP Bx M1)\n14h45 Inès Marchetti (ENSA 
 Toulouse M1) – visio\, lien ci-dessous\n15h30 pause\n16h00 Camille Hoarau 
 (ENSAP Bx HMONP\, mise en situation prof.)\n\nGrille d'entretien dans le 
 Drive. Pierre pour les 2 premiers seulement.\n\nVisio Inès : https://meet.
 google.com/fgh-wqtz-rmb
LOCATION:Salle de réunion RDC
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontres stagiaires (3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-back-to-back-candidate-slots", hiring=True),

    ev("candidate-made-invite", "4f2d8a1c6e9b0374@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250417T093000
DTEND;TZID=Europe/Paris:20250417T101500
DTSTAMP:20250414T184502Z
ORGANIZER;CN=Thomas Vidal:mailto:thomas.vidal.archi@gmail.com
UID:4f2d8a1c6e9b0374@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thomas Vidal;X-NUM-GUESTS=0:mailto:thomas.vidal.archi@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=a.fontaine@ateliergaronne.fr;X-NUM-GUESTS=0:mailto:a.fontaine@ateli
 ergaronne.fr
DESCRIPTION:Bonjour Madame Fontaine\,\n\nComme convenu au téléphone\, je me
  permets de vous envoyer une invitation pour notre entretien concernant le
  stage de fin d'études (PFE) à l'Atelier Garonne.\n\nBien cordialement\,\
 nThomas Vidal\nÉtudiant en Master 2 – ENSAP Bordeaux\n06 48 19 37 02
LOCATION:Atelier Garonne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Atelier Garonne
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-candidate-sends-invite-from-gmail", hiring=True),

    ev("shadowing", "0c2v4b6n8m0a2s4d6f8g0h2j4k@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250422T180000
DTEND;TZID=Europe/Paris:20250422T190000
DTSTAMP:20250416T092030Z
ORGANIZER;CN=Pierre Dubourg:mailto:p.dubourg@ateliergaronne.fr
UID:0c2v4b6n8m0a2s4d6f8g0h2j4k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mathilde Dagorn;X-NUM-GUESTS=0:mailto:m.dagorn.archi@free.fr
DESCRIPTION:Entretien Mathilde Dagorn (CDP). Amélie\, tu assistes sans tro
 p intervenir pour voir comment je mène la discussion\, puis tu prendras l
 es suivants seule. On débriefe après.
LOCATION:Bureau Pierre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien M. Dagorn – CDP (Amélie en observation)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-shadowing-partner", hiring=True),

    ev("cancelled-intern", "6b8n0m2q4w6e8r0t2y4u6i8o0p@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250320T170000
DTEND;TZID=Europe/Paris:20250320T174500
DTSTAMP:20250319T081255Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:6b8n0m2q4w6e8r0t2y4u6i8o0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=no
 lwenn.prigent@laposte.net;X-NUM-GUESTS=0:mailto:nolwenn.prigent@laposte.net
DESCRIPTION:Bonjour Nolwenn\, suite à votre message (stage trouvé ailleurs)
 \, j'annule notre rendez-vous de jeudi. Bonne continuation !\nAmélie
LOCATION:Atelier Garonne\, 12 rue du Mirail\, 33000 Bordeaux
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien stage – Nolwenn Prigent
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-cancelled-intern-interview", hiring=True),

    ev("erasmus-intern-call", "2s4d6f8g0h2j4k6l8z0x2c4v6b@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T080000Z
DTEND:20250404T083000Z
DTSTAMP:20250331T150030Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:2s4d6f8g0h2j4k6l8z0x2c4v6b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Beatriz Sousa;X-NUM-GUESTS=0:mailto:beatriz.sousa@edu.arq.up.pt
X-GOOGLE-CONFERENCE:https://meet.google.com/tus-ovqe-wdk
DESCRIPTION:Hi Beatriz\,\n\nThanks for your application for an Erasmus+ in
 ternship at Atelier Garonne (Sept–Dec). Let's have a 30-minute video call
  on Friday at 9:00 your time (10:00 in Bordeaux). We can speak English\, 
 and a bit of French if you like!\n\nAmélie Fontaine\, project architect\n
 \nJoin with Google Meet: https://meet.google.com/tus-ovqe-wdk
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Erasmus+ internship (Atelier Garonne)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-english-erasmus-intern", hiring=True),

    ev("wttj-recruiter-side", "wttj-appointment-recruiter-10455-a1b2@welcometothejungle.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Solutions//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-appointment-recruiter-10455-a1b2@welcometothejungle.com
DTSTAMP:20250515T103311Z
DTSTART:20250522T073000Z
DTEND:20250522T081500Z
SUMMARY:Entretien planifié – Julie Garnier – Architecte junior H/F
ORGANIZER;CN=Welcome to the Jungle Solutions:mailto:no-reply@welcometothejungle.com
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CN=Julie Garnier;PARTSTAT=ACCEPTED:mailto:julie.garnier.archi@gmail.com
LOCATION:Atelier Garonne\, 12 rue du Mirail\, 33000 Bordeaux
DESCRIPTION:Bonjour Amélie\,\n\nJulie Garnier a confirmé le créneau proposé pour l'offre « Architecte junior H/F » (Atelier Garonne).\n\nCandidat·e : Julie Garnier\nÉtape : Entretien avec l'équipe\nRetrouvez son profil\, son CV et vos notes dans votre espace recruteur : https://app.welcometothejungle.com/companies/atelier-garonne/candidates/10455\n\nPensez à renseigner votre évaluation après l'entretien.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-wttj-recruiter-notification", hiring=True),

    ev("reference-check", "33AF1B70-9C2E-4D81-B5F6-7E0A2C4D8B19", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250512T123055Z
DTEND;TZID=Europe/Paris:20250515T124500
DTSTAMP:20250512T123102Z
DTSTART;TZID=Europe/Paris:20250515T123000
LAST-MODIFIED:20250512T123102Z
SEQUENCE:0
SUMMARY:Appel réf. Maxime D. – Agence Brun (son ancien chef)
DESCRIPTION:M. Olivier Brun-Ferrand 06 13 40 72 88. demander : autonomie en chantier\, rapport aux entreprises\, pourquoi départ. Pierre veut un retour avant l'offre
UID:33AF1B70-9C2E-4D81-B5F6-7E0A2C4D8B19
END:VEVENT
@@TZ_PARIS@@
END:VCALENDAR
""", 0, trap="user-as-interviewer-reference-check-on-candidate", hiring=True, crlf=False),

    ev("moved-candidate-visio", "8d0f2g4h6j8k0l2z4x6c8v0b2n@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250430T123000
DTEND;TZID=Europe/Paris:20250430T131500
DTSTAMP:20250428T071900Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:8d0f2g4h6j8k0l2z4x6c8v0b2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Baptiste Roche;X-NUM-GUESTS=0:mailto:baptiste.roche@hotmail.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/zpw-kxrb-ecn
DESCRIPTION:Bonjour Baptiste\, je décale encore une fois (réunion de chant
 ier prolongée mardi)\, désolée ! Même lien.\nAmélie – Atelier Garonne\n\n
 Rejoindre avec Google Meet : https://meet.google.com/zpw-kxrb-ecn
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Visio Baptiste Roche – poste archi junior
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="user-as-interviewer-rescheduled-visio-with-candidate", hiring=True),
]
