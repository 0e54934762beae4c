# ruff: noqa: E501
"""holdout223: negatives, part 2 (site life, own appraisal, press, job-search look-alikes)."""

from holdout223ev_tz import TZ_GOOGLE, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "reunion-chantier",
        "armor-rdc-brequigny-hebdo",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;CN="Archi - Atelier Tetrarc";RSVP=TRUE:mailto:chantiers@atelier-tetrarc.fr
ATTENDEE;CN="OPC - Quéméner";RSVP=TRUE:mailto:opc@bet-quemener.fr
ATTENDEE;CN="Electricité Le Floch";RSVP=TRUE:mailto:contact@lefloch-elec.fr
DESCRIPTION:Réunion de chantier hebdo – 64 logements Bréquigny. Présence obligatoire des lots convoqués (cf. CR). Avancement GO\, planning second œuvre\, points sécu PPSPS.
DTSTART;TZID="Romance Standard Time":20250305T090000
DTEND;TZID="Romance Standard Time":20250305T110000
DTSTAMP:20250226T160000Z
LOCATION:Bungalow réunion chantier Bréquigny
RRULE:FREQ=WEEKLY;BYDAY=WE
SEQUENCE:0
SUMMARY:RDC Bréquigny
UID:armor-rdc-brequigny-hebdo
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
DESCRIPTION:Exceptionnellement jeudi : visite CSPS + coulage PH R+3 mercredi.
DTSTART;TZID="Romance Standard Time":20250320T140000
DTEND;TZID="Romance Standard Time":20250320T160000
DTSTAMP:20250317T080000Z
LOCATION:Bungalow réunion chantier Bréquigny
RECURRENCE-ID;TZID="Romance Standard Time":20250319T090000
SEQUENCE:1
SUMMARY:RDC Bréquigny (décalée)
UID:armor-rdc-brequigny-hebdo
END:VEVENT
END:VCALENDAR
""",
        trap="weekly-site-meeting-recurring-with-override",
    ),
    ev(
        "opr",
        "armor-opr-ajoncs-20250325",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;CN="Aiguillon - MOA";RSVP=TRUE:mailto:moa.rennes@aiguillon.com
ATTENDEE;CN="Atelier Tetrarc";RSVP=TRUE:mailto:chantiers@atelier-tetrarc.fr
DESCRIPTION:OPR bât. A et B – Résidence Les Ajoncs. Tous les lots second œuvre présents. Prévoir fiches de réserves par logement\, clés\, lampes.
DTSTART;TZID="Romance Standard Time":20250325T083000
DTEND;TZID="Romance Standard Time":20250325T170000
DTSTAMP:20250310T090000Z
LOCATION:Résidence Les Ajoncs\, Chantepie
SEQUENCE:0
SUMMARY:OPR Les Ajoncs
UID:armor-opr-ajoncs-20250325
END:VEVENT
END:VCALENDAR
""",
        trap="opr-site-inspection-with-client-named",
    ),
    ev(
        "levee-reserves",
        "9C0B1A2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250422T140000
DTEND;TZID=Europe/Paris:20250422T170000
DTSTAMP:20250415T183000Z
SUMMARY:Levée réserves Ajoncs + DOE
DESCRIPTION:Relancer plombier (3 réserves bât B) + peintre. DOE elec toujours pas reçu !!
LOCATION:Chantepie
UID:9C0B1A2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D
END:VEVENT
END:VCALENDAR
""",
        trap="levee-de-reserves-self-typed",
        crlf=False,
    ),
    ev(
        "reception-travaux",
        "040000008200E00074C5B7101A82E0080000000080C9D0E1F2A3DB010000000000000000100000000718293A4B5C6D7E8F90A1B2C3D4E5F6",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Bréal Isabelle":mailto:i.breal@aiguillon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="HAMON David":mailto:d.hamon@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Réception des travaux – opération Les Ajoncs (42 logements). Signature du PV de réception avec ou sans réserves. Présence de l'architecte.\n
UID:040000008200E00074C5B7101A82E0080000000080C9D0E1F2A3DB010000000000000000100000000718293A4B5C6D7E8F90A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-FR:Réception Les Ajoncs - Aiguillon
DTSTART;TZID=Romance Standard Time:20250430T100000
DTEND;TZID=Romance Standard Time:20250430T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Résidence Les Ajoncs\, Chantepie
END:VEVENT
END:VCALENDAR
""",
        trap="client-reception-des-travaux-landlord-he-applied-to",
    ),
    ev(
        "csps-ppsps",
        "armor-csps-visite-20250320",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
DESCRIPTION:Inspection commune CSPS (M. Lagadec\, Qualiconsult) – nouveaux lots : étanchéité\, menuiseries ext. Vérifier PPSPS reçus.
DTSTART:20250320T100000
DTEND:20250320T113000
DTSTAMP:20250314T120000Z
LOCATION:Bréquigny
SEQUENCE:0
SUMMARY:Inspection commune CSPS + PPSPS
UID:armor-csps-visite-20250320
END:VEVENT
END:VCALENDAR
""",
        trap="safety-coordinator-inspection-floating",
    ),
    ev(
        "entretien-annuel",
        "040000008200E00074C5B7101A82E0080000000090D0E1F2A3B4DB01000000000000000010000000818293A4B5C6D7E8F90A1B2C3D4E5F60",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="HAMON David":mailto:d.hamon@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Thibault\,\n\nOn cale ton entretien annuel d'évaluation. Pense à remplir ton auto-évaluation dans l'outil RH (objectifs 2024\, bilan des opérations\, souhaits de formation et d'évolution) avant jeudi.\n\nDavid\n
UID:040000008200E00074C5B7101A82E0080000000090D0E1F2A3B4DB01000000000000000010000000818293A4B5C6D7E8F90A1B2C3D4E5F60
SUMMARY;LANGUAGE=fr-FR:Entretien annuel 2025 - T. Garnier
DTSTART;TZID=Romance Standard Time:20250227T140000
DTEND;TZID=Romance Standard Time:20250227T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DT
END:VEVENT
END:VCALENDAR
""",
        trap="own-annual-appraisal-with-boss",
    ),
    ev(
        "entretien-pro",
        "armor-rh-entretien-professionnel-garnier-2025",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Entretien professionnel (art. L.6315-1 du Code du travail) : perspectives d'évolution\, formations suivies et souhaitées\, CPF. Distinct de l'entretien annuel.
DTSTART;TZID="Romance Standard Time":20250515T103000
DTEND;TZID="Romance Standard Time":20250515T113000
DTSTAMP:20250502T090000Z
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
SEQUENCE:0
SUMMARY:Entretien professionnel - GARNIER Thibault
UID:armor-rh-entretien-professionnel-garnier-2025
END:VEVENT
END:VCALENDAR
""",
        trap="own-entretien-professionnel-hr",
    ),
    ev(
        "ouest-france",
        "0e2r4t6y8u0i2o4p6a8s0d2f4g@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250409T113000
DTEND;TZID=Europe/Paris:20250409T123000
DTSTAMP:20250403T100000Z
ORGANIZER;CN=Gwendal Tréguier:mailto:gwendal.treguier@ouest-france.fr
UID:0e2r4t6y8u0i2o4p6a8s0d2f4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=t.garnier@armor-construction.fr:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Interview sur site pour l'article sur le programme de 64 logements sociaux de Bréquigny (chantier\, délais\, emplois locaux). Un photographe m'accompagne. Validation des citations par le service com d'Armor.
LOCATION:Chantier Bréquigny
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Ouest-France - chantier Bréquigny
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="press-interview-regional-newspaper",
    ),
    ev(
        "forum-emploi",
        "forum-emploi-btp-rennes-2025@parcexpo",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
DTSTAMP:20250301T090000Z
UID:forum-emploi-btp-rennes-2025@parcexpo
DESCRIPTION:Forum emploi BTP & Immobilier – 80 exposants (majors\, PME\, bailleurs\, intérim). Entrée libre. Passer voir stands Eiffage / Legendre / bailleurs. Prendre 15 CV.
LOCATION:Parc Expo Rennes Aéroport
SUMMARY:Forum emploi BTP
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="careers-fair-all-day-no-slot",
    ),
    ev(
        "webinar-apec",
        "livestorm-apec-cadres-btp-entretien-0313",
        r"""
BEGIN:VCALENDAR
PRODID:-//Livestorm//Livestorm Events//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:livestorm-apec-cadres-btp-entretien-0313
DTSTAMP:20250305T100000Z
DTSTART:20250313T113000Z
DTEND:20250313T123000Z
SUMMARY:Webinar Apec : Cadres du BTP\, réussir vos entretiens de recrutement
ORGANIZER;CN=Apec:mailto:no-reply@livestorm.co
ATTENDEE;CN=Thibault Garnier;RSVP=FALSE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Vous êtes inscrit ! Au programme : préparer son pitch\, parler de ses chantiers avec des chiffres\, négocier sa rémunération\, questions-réponses avec une consultante Apec.\nRejoindre : https://app.livestorm.co/apec/cadres-btp-entretiens
LOCATION:https://app.livestorm.co/apec/cadres-btp-entretiens
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-interviewing",
    ),
    ev(
        "simulation",
        "apec-rdv-simulation-20250319-tg",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour M. Garnier\,\n\nComme convenu\, nous ferons une simulation d'entretien filmée sur la base de l'offre Directeur de travaux que vous m'avez transmise\, puis un débriefing.\n\nConsultante Apec – Centre de Rennes\n
DTSTART;TZID="Romance Standard Time":20250319T173000
DTEND;TZID="Romance Standard Time":20250319T190000
DTSTAMP:20250312T080000Z
LOCATION:Apec Rennes\, 5 rue de Châtillon
ORGANIZER;CN="Florence Lemaître":mailto:florence.lemaitre@apec.fr
SEQUENCE:0
SUMMARY:Simulation d'entretien - Apec
UID:apec-rdv-simulation-20250319-tg
END:VEVENT
END:VCALENDAR
""",
        trap="mock-interview-with-career-coach",
    ),
    ev(
        "cafe-info",
        "3B4C5D6E-7F80-4912-A3B4-C5D6E7F80912",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250321T123000
DTEND;TZID=Europe/Paris:20250321T140000
DTSTAMP:20250318T200000Z
SUMMARY:Déj Romain (ex-collègue) Nantes
DESCRIPTION:Il est DT chez Eiffage à Nantes depuis 2 ans. Infos marché nantais\, qui recrute\, ambiance majors vs promoteurs. Pas un entretien\, juste réseau.
LOCATION:Crêperie Heb-Ken\, Nantes
UID:3B4C5D6E-7F80-4912-A3B4-C5D6E7F80912
END:VEVENT
END:VCALENDAR
""",
        trap="informational-lunch-ex-colleague-names-employer",
        crlf=False,
    ),
    ev(
        "cabinet-confidentiel",
        "D5E6F708-1929-4A3B-8C4D-5E6F70819293",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250307T124500
DTEND;TZID=Europe/Paris:20250307T131500
DTSTAMP:20250305T191000Z
SUMMARY:Appel S. Le Gall (Kerlann) - poste DT promoteur
DESCRIPTION:Cabinet BTP. Client = "un promoteur régional de premier plan"\, nom pas communiqué pour l'instant. DT résidentiel Rennes\, 65-75k + VF + véhicule. Envoyer CV à jour.
UID:D5E6F708-1929-4A3B-8C4D-5E6F70819293
END:VEVENT
END:VCALENDAR
""",
        trap="recruiter-call-employer-not-named",
        crlf=False,
    ),
    ev(
        "chasseur-linkedin",
        "hays-call-20250411-garnier",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour Thibault\,\n\nSuite à mon message LinkedIn\, un premier call pour faire connaissance et voir les opportunités que nous suivons actuellement sur le Grand Ouest (entreprises générales\, promotion\, MOA publique). Je vous appellerai.\n\nMaxime Perrin\nSenior Consultant – Hays Construction & Property\n
DTSTART;TZID="Romance Standard Time":20250411T123000
DTEND;TZID="Romance Standard Time":20250411T130000
DTSTAMP:20250409T094500Z
LOCATION:Téléphone
ORGANIZER;CN="Maxime Perrin":mailto:maxime.perrin@hays.fr
SEQUENCE:0
SUMMARY:Call découverte Thibault Garnier / Hays
UID:hays-call-20250411-garnier
END:VEVENT
END:VCALENDAR
""",
        trap="headhunter-intro-call-no-employer",
    ),
    ev(
        "prep-entretien",
        "8a7s6d5f4g3h2j1k0l9z8x7c6v@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250406T180000Z
DTEND:20250406T200000Z
DTSTAMP:20250404T210000Z
UID:8a7s6d5f4g3h2j1k0l9z8x7c6v@google.com
DESCRIPTION:Relire notes visite Beausoleil\, préparer 3 exemples (recalage planning Ajoncs\, sous-traitant liquidé\, accident évité)\, questions pour le DR. Repasser chemise.
SUMMARY:Prépa entretien BBGO final
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="prep-block-for-final-interview",
    ),
]
