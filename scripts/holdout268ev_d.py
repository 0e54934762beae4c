# ruff: noqa: E501, W291, W293, RUF100
"""holdout268 events, part D: other negatives (trade meetings, personal appointments, look-alikes).

Sandrine's daily work (estimations, visites, mandats, compromis), her own reviews, family, press, research,
preparation and networking. None of these are her own job interviews.
"""

from holdout268ev_zones import APPLE_PARIS, BERLIN, PARIS, ROMANCE, UTC1_PARIS, W_EUROPE


def _neg(kind: str, uid: str, trap: str, ics: str, **extra: object) -> dict:
    """An other negative: no company, role, stage or interviewers; not on the hiring side."""
    return dict(
        kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
        hiring=False, ics=ics, **extra,
    )


EVENTS = [
    _neg(
        "outlook-valuation",
        "040000008200E00074C5B7101A82E00800000000B2D4F6A81C8FDB01000000000000000010000000E1C3A5B7D9F02468ACE13579BDF02A4C",
        "seller-valuation-appointment-entretien-vendeur",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250219T090514Z
DESCRIPTION:Entretien vendeur + estimation villa 5P (succession\, 3 héritiers). M. Lorenzi 06 39 98 35 21. Prendre : ACM secteur Gairaut\, DPE\, plaquette agence\, mandat exclusif.\n
DTEND;TZID="Romance Standard Time":20250221T113000
DTSTAMP:20250219T090514Z
DTSTART;TZID="Romance Standard Time":20250221T100000
LAST-MODIFIED:20250219T090514Z
LOCATION:Chemin des Mûriers\, Nice Gairaut
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:RDV estimation - M. Lorenzi\, villa 5P Gairaut
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A81C8FDB01000000000000000010000000E1C3A5B7D9F02468ACE13579BDF02A4C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-buyer-discovery",
        "040000008200E00074C5B7101A82E00800000000C5E7A9B13D91DB0100000000000000001000000024680ACE13579BDF2468ACE13579BD11",
        "buyer-discovery-entretien-decouverte",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Ballester Pascal et Elodie;RSVP=TRUE:mailto:pe.ballester@orange.fr
CLASS:PUBLIC
CREATED:20250224T141122Z
DESCRIPTION:Bonjour Madame\, Monsieur\,\n\nJe vous confirme notre entretien découverte à l'agence : nous ferons le point sur votre projet d'achat (budget\, financement\, secteurs\, critères) avant de programmer les premières visites. Pensez à apporter votre simulation bancaire ou attestation de financement.\n\nSandrine Maurel-Costa\nAzur Patrimoine Immobilier\n
DTEND;TZID="Romance Standard Time":20250226T183000
DTSTAMP:20250224T141122Z
DTSTART;TZID="Romance Standard Time":20250226T173000
LAST-MODIFIED:20250224T141122Z
LOCATION:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, Nice
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien découverte acquéreurs - M. et Mme Ballester
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B13D91DB0100000000000000001000000024680ACE13579BDF2468ACE13579BD11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-visit",
        "0E4B8D2F-6A13-4C97-B5E0-3F9D1A7C2B68",
        "property-visit-couple-names",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250313T181004Z
DTEND;TZID=Europe/Paris:20250315T110000
DTSTAMP:20250313T181009Z
DTSTART;TZID=Europe/Paris:20250315T103000
LAST-MODIFIED:20250313T181004Z
LOCATION:Résidence Les Orangers\, bât B 3e ét.
SEQUENCE:0
SUMMARY:Visite T3 avec M. et Mme Nguyen
DESCRIPTION:2e visite. Clés à l'agence (trousseau 47). Ils hésitent avec le T3 Riquier. Prévoir bon de visite.
UID:0E4B8D2F-6A13-4C97-B5E0-3F9D1A7C2B68
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:5A1E9C3D-7B24-4F60-8E2A-0D6C4B8F1E39
UID:5A1E9C3D-7B24-4F60-8E2A-0D6C4B8F1E39
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Rappel
X-APPLE-DEFAULT-ALARM:FALSE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-mandate-signing",
        "B3D7F1A5-2C69-4E08-9A4D-7E1B5C3F9D26",
        "mandate-signing-exclusive",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250319T123011Z
DTEND;TZID=Europe/Paris:20250321T150000
DTSTAMP:20250319T123015Z
DTSTART;TZID=Europe/Paris:20250321T140000
LAST-MODIFIED:20250319T123011Z
LOCATION:Chez Mme Audibert\, quai du Port
SEQUENCE:0
SUMMARY:Signature mandat exclusif - Mme Audibert (appart. Port)
DESCRIPTION:Mandat exclu 3 mois\, prix 420k FAI. Apporter 2 exemplaires + registre des mandats (n° à réserver).
UID:B3D7F1A5-2C69-4E08-9A4D-7E1B5C3F9D26
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "notary-compromis-invite",
        "040000008200E00074C5B7101A82E0080000000067A9C1E35FA4DB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        "notary-compromis-signing-last-first-cn",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + UTC1_PARIS + r"""BEGIN:VEVENT
ORGANIZER;CN="ETUDE ROSTAGNI, Accueil";SENT-BY="mailto:c.viale@etude-rostagni.notaires.example":mailto:accueil@etude-rostagni.notaires.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lopez.famille@free.fr:mailto:lopez.famille@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=j.santoni@gmail.com:mailto:j.santoni@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Salle des signatures 1:mailto:salle.signatures1@etude-rostagni.notaires.example
DESCRIPTION;LANGUAGE=fr-FR:Dossier : VENTE LOPEZ / SANTONI - appartement 3 pièces\nNature : signature de l'avant-contrat (compromis de vente)\nEn présence de Maître Rostagni.\n\nMerci de vous munir d'une pièce d'identité en cours de validité. Le dépôt de garantie devra avoir été viré sur le compte de l'office au plus tard la veille.\n\nClara Viale\, clerc de notaire\n
UID:040000008200E00074C5B7101A82E0080000000067A9C1E35FA4DB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=fr-FR:Signature compromis LOPEZ / SANTONI
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250430T143000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250430T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250418T101233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Étude de Maître Rostagni\, 22 boulevard des Platanes\, 06000 Nice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-annual-review",
        "040000008200E00074C5B7101A82E00800000000D8B0E2F46A86DB01000000000000000010000000A9B8C7D6E5F40312A9B8C7D6E5F40312",
        "annual-review-with-own-manager",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
CLASS:PRIVATE
CREATED:20250120T170844Z
DESCRIPTION:Sandrine\,\nOn cale ton entretien annuel d'évaluation 2024 : bilan des objectifs (CA honoraires\, mandats exclusifs\, avis clients)\, objectifs 2025\, formation ALUR\, rémunération variable. Le support est dans le dossier partagé RH\, merci de le pré-remplir.\nP-Y\n
DTEND;TZID="Romance Standard Time":20250203T110000
DTSTAMP:20250120T170844Z
DTSTART;TZID="Romance Standard Time":20250203T093000
LAST-MODIFIED:20250120T170844Z
LOCATION:Bureau P-Y
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien annuel d'évaluation 2024 - Sandrine
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D8B0E2F46A86DB01000000000000000010000000A9B8C7D6E5F40312A9B8C7D6E5F40312
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-professional-review",
        "040000008200E00074C5B7101A82E00800000000E1C3F5A79B92DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        "mandatory-entretien-professionnel-six-year-review",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250303T083015Z
DESCRIPTION:Bonjour Sandrine\,\nComme tous les deux ans (et cette année c'est l'état des lieux récapitulatif des 6 ans)\, voici ton entretien professionnel : perspectives d'évolution\, formations suivies\, VAE éventuelle\, CPF. Ce n'est pas l'entretien d'évaluation.\nHélène\n
DTEND;TZID="W. Europe Standard Time":20250331T100000
DTSTAMP:20250303T083015Z
DTSTART;TZID="W. Europe Standard Time":20250331T090000
LAST-MODIFIED:20250303T083015Z
LOCATION:Salle de réunion agence
ORGANIZER;CN="Bottero, Hélène":mailto:h.bottero@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien professionnel (état des lieux 6 ans) - S. Maurel-Costa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E1C3F5A79B92DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "doctolib-appointment",
        "doctolib-rdv-4419827301@doctolib.fr",
        "medical-appointment-doctolib",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//FR
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-rdv-4419827301@doctolib.fr
DTSTAMP:20250210T201144Z
DTSTART:20250225T073000Z
DTEND:20250225T074500Z
SUMMARY:Rendez-vous Dr Hélène Fabre - Dermatologue
DESCRIPTION:Consultation de suivi\nDr Hélène Fabre\, Dermatologue\nCabinet médical des Arènes\, 3 avenue des Arènes\, 06000 Nice\n\nPour annuler ou déplacer ce rendez-vous : https://www.doctolib.fr/account/appointments
LOCATION:3 avenue des Arènes\, 06000 Nice
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bank-appointment",
        "RDV-BL-20250306-0093321@banque-littorale.example",
        "bank-advisor-entretien-loan-renegotiation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Banque Littorale//Prise de rendez-vous//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:RDV-BL-20250306-0093321@banque-littorale.example
DTSTAMP:20250226T120301Z
DTSTART;TZID=Europe/Paris:20250306T123000
DTEND;TZID=Europe/Paris:20250306T131500
SUMMARY:Entretien avec votre conseiller - Banque Littorale
DESCRIPTION:Madame Maurel-Costa\,\n\nVotre rendez-vous avec Thomas Aiello\, votre conseiller\, est confirmé.\nObjet : renégociation de votre crédit immobilier / rachat de prêt.\nMerci d'apporter vos 3 derniers bulletins de salaire et votre dernier avis d'imposition.\n\nBanque Littorale - Agence Nice Masséna
LOCATION:Banque Littorale - Agence Nice Masséna
ORGANIZER;CN=Thomas Aiello:mailto:t.aiello@banque-littorale.example
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-parent-teacher",
        "6F2A9D4C-1E85-4B37-A0C6-9B3E7F1D5A82",
        "parent-teacher-meeting",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250310T072144Z
DTEND;TZID=Europe/Paris:20250313T170000
DTSTAMP:20250310T072148Z
DTSTART;TZID=Europe/Paris:20250313T164500
LAST-MODIFIED:20250310T072144Z
LOCATION:École des Mimosas
SEQUENCE:0
SUMMARY:Rencontre maîtresse de Léa (CE2)
DESCRIPTION:Entretien individuel parents - Mme Roux. Lecture + cantine.
UID:6F2A9D4C-1E85-4B37-A0C6-9B3E7F1D5A82
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "family-calendar-spouse-interview",
        "7c1sq5e9k3m0t4d8a2vbh6lnrf@google.com",
        "spouse-job-interview-on-family-calendar",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Costa
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250319T140000
DTEND;TZID=Europe/Paris:20250319T160000
DTSTAMP:20250612T070000Z
UID:7c1sq5e9k3m0t4d8a2vbh6lnrf@google.com
ORGANIZER;CN=Marco Costa:mailto:marco.costa06@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marco Costa;X-NUM-GUESTS=0:mailto:marco.costa06@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250312T204512Z
DESCRIPTION:Mon entretien chez Sud Aéro Systèmes (poste technicien méthodes) à Sophia. Je ne pourrai pas récupérer Léa -> tu peux ? sinon mamie.
LAST-MODIFIED:20250312T204512Z
LOCATION:Sud Aéro Systèmes\, Sophia Antipolis
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien d'embauche Marco - Sud Aéro Systèmes
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "family-calendar-son-school-interview",
        "0k4tq8e2m6s1d5a9vbh3lrnc7p@google.com",
        "son-school-admission-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Costa
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250409T153000Z
DTEND:20250409T160000Z
DTSTAMP:20250612T070000Z
UID:0k4tq8e2m6s1d5a9vbh3lrnc7p@google.com
CREATED:20250401T190233Z
DESCRIPTION:Parcoursup - entretien de motivation en visio pour le Bachelor hôtellerie. Hugo doit avoir fini le lycée à 17h -> lui laisser le bureau + le PC portable.
LAST-MODIFIED:20250401T190233Z
LOCATION:visio (lien reçu par Hugo)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hugo - entretien école hôtelière (visio)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-mock-interview",
        "2d6bq0e4k8m3t7s1a5vhl9rncj@google.com",
        "mock-interview-names-real-target-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250303T183000
DTEND;TZID=Europe/Paris:20250303T200000
DTSTAMP:20250226T093115Z
ORGANIZER;CN=Claire Dumont:mailto:claire.dumont@cabinet-trajectoires.example
UID:2d6bq0e4k8m3t7s1a5vhl9rncj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Dumont;X-NUM-GUESTS=0:mailto:claire.dumont@cabinet-trajectoires.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250226T093112Z
DESCRIPTION:Bonsoir Sandrine\,\nComme prévu\, on fait une simulation d'entretien filmée pour préparer votre panel du 5 mars chez le Groupe Méridienne : je jouerai la DRH puis le directeur réseau. Préparez votre pitch de 10 minutes sur le développement d'une agence de quartier\, on le décortique ensuite.\nClaire Dumont\, coach carrière - Cabinet Trajectoires\n\nRejoindre avec Google Meet : https://meet.google.com/wbk-xcno-ufd\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250226T093114Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation d'entretien (coaching) - Sandrine Maurel-Costa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "livestorm-webinar",
        "livestorm-session-5c81f0e2-9a47-4d3b-b6e1-27a0d9c4f358",
        "webinar-about-interviewing-for-agency-managers",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-5c81f0e2-9a47-4d3b-b6e1-27a0d9c4f358
DTSTAMP:20250205T110017Z
DTSTART:20250213T113000Z
DTEND:20250213T123000Z
SUMMARY:Webinar ImmoCarrières : réussir son entretien de recrutement de responsable d'agence
DESCRIPTION:Merci pour votre inscription !\n\nAu programme :\n- ce que cherchent les réseaux et franchises chez un futur responsable d'agence\n- les mises en situation les plus fréquentes (recadrage d'un négociateur\, RDV vendeur)\n- négocier son package : fixe\, variable sur CA agence\, véhicule\n- questions / réponses\n\nAnimé par Sébastien Chauvin\, fondateur d'ImmoCarrières.\n\nRejoindre le webinar : https://app.livestorm.co/immocarrieres/reussir-entretien-responsable-agence/live?s=5c81f0e2
LOCATION:https://app.livestorm.co/immocarrieres/reussir-entretien-responsable-agence/live?s=5c81f0e2
ORGANIZER;CN=ImmoCarrières:mailto:webinars@immocarrieres.example
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "career-counselling-session",
        "e4b0c8d6-2f19-4a73-9e5b-1d7c3a0f8b26",
        "bilan-de-competences-session-entretien",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + PARIS + r"""BEGIN:VEVENT
CREATED:20250116T201155Z
LAST-MODIFIED:20250116T201155Z
DTSTAMP:20250116T201155Z
UID:e4b0c8d6-2f19-4a73-9e5b-1d7c3a0f8b26
SUMMARY:Bilan de compétences - entretien n°4 (synthèse projet pro)
DTSTART;TZID=Europe/Paris:20250128T180000
DTEND;TZID=Europe/Paris:20250128T193000
LOCATION:Centre de bilan Horizons Pro\, Nice
DESCRIPTION:Financé CPF. Séance 4/6 avec la conseillère : validation des pistes (responsable d'agence / gestion de copro / neuf). Apporter les résultats des tests d'intérêts.
CATEGORIES:Perso
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "press-interview",
        "4f8cq2e6m0k5t9s3a7vbh1lrnd@google.com",
        "press-interview-user-is-source",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250227T140000
DTEND;TZID=Europe/Paris:20250227T143000
DTSTAMP:20250224T161802Z
ORGANIZER;CN=Laure Castel:mailto:l.castel@lepetitnicois.example
UID:4f8cq2e6m0k5t9s3a7vbh1lrnd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laure Castel;X-NUM-GUESTS=0:mailto:l.castel@lepetitnicois.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.maurel@azur-patrimoine-immo.fr;X-NUM-GUESTS=0:mailto:s.maurel@azur-patrimoine-immo.fr
CREATED:20250224T161759Z
DESCRIPTION:Bonjour Madame Maurel-Costa\,\nMerci d'accepter cette interview pour notre dossier « Immobilier : le marché niçois repart-il en 2025 ? ». Quelques questions sur les prix au m²\, les délais de vente et l'effet de la baisse des taux. Je vous appelle sur le fixe de l'agence.\nLaure Castel\, journaliste - Le Petit Niçois\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250224T161801Z
LOCATION:Téléphone (agence)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Le Petit Niçois - marché immobilier niçois 2025
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-research-interview",
        "20250312T170000Z-86317740925@zoom.us",
        "research-interview-user-is-respondent",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + PARIS + r"""BEGIN:VEVENT
DTSTAMP:20250305T102344Z
DTSTART;TZID=Europe/Paris:20250312T180000
DTEND;TZID=Europe/Paris:20250312T184500
SUMMARY:Entretien mémoire M2 - location saisonnière à Nice (Sandrine Maurel-Costa)
UID:20250312T170000Z-86317740925@zoom.us
TZID:Europe/Paris
DESCRIPTION:Inès Garnier vous invite à une réunion Zoom planifiée.\n\nBonjour Madame\, merci encore d'accepter cet entretien semi-directif pour mon mémoire de Master Urbanisme (Université Côte d'Azur) sur l'encadrement des meublés de tourisme. L'entretien sera enregistré et anonymisé.\n\nParticiper à la réunion Zoom\nhttps://univ-example.zoom.us/j/86317740925?pwd=cFJxd2NlUmhKb0FqV2tYQjZ0Zz09\n\nID de réunion : 863 1774 0925\nCode secret : 271044
LOCATION:https://univ-example.zoom.us/j/86317740925?pwd=cFJxd2NlUmhKb0FqV2tYQjZ0Zz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-informational-coffee",
        "8A4E0C6B-3F91-4D27-B1A5-E9C2D7F3B064",
        "informational-coffee-insider-at-target-employer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250509T124503Z
DTEND;TZID=Europe/Paris:20250515T133000
DTSTAMP:20250509T124508Z
DTSTART;TZID=Europe/Paris:20250515T123000
LAST-MODIFIED:20250509T124503Z
LOCATION:Brasserie du Port\, Monaco
SEQUENCE:0
SUMMARY:Café/déj Jérôme Bassot (ex-collègue\, chez Larvotto Properties)
DESCRIPTION:Juste pour avoir des infos sur l'ambiance et les commissions chez Larvotto avant mon entretien du 20. Pas un entretien\, il n'est pas dans le process.
UID:8A4E0C6B-3F91-4D27-B1A5-E9C2D7F3B064
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "all-day-job-fair",
        "salon-emploi-immo-nice-2025-visiteur-88213@evenements.example",
        "job-fair-visit-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Salon Emploi Immobilier & Habitat//Billetterie//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:salon-emploi-immo-nice-2025-visiteur-88213@evenements.example
DTSTAMP:20250320T143012Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Salon Emploi Immobilier & Habitat - Nice
DESCRIPTION:Votre e-badge visiteur n° 88213.\n\n40 recruteurs : réseaux d'agences\, promoteurs\, syndics\, administrateurs de biens\, banques. Job dating sur place\, conférences « Devenir manager d'agence »\, « Les métiers de la copropriété ».\n\nPensez à imprimer plusieurs CV.
LOCATION:Palais Azur des Congrès\, Nice
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-reference-call-referee",
        "6h0kq4e8m2s7t1d5a9vbl3rnco@google.com",
        "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250416T123000
DTEND;TZID=Europe/Paris:20250416T124500
DTSTAMP:20250414T090521Z
ORGANIZER;CN=Sonia Rebelo:mailto:s.rebelo@alpharh-conseil.example
UID:6h0kq4e8m2s7t1d5a9vbl3rnco@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sonia Rebelo;X-NUM-GUESTS=0:mailto:s.rebelo@alpharh-conseil.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250414T090519Z
DESCRIPTION:Bonjour Madame Maurel-Costa\,\nMélanie Tosi vous a citée comme référence dans le cadre de sa candidature à un poste de négociatrice. Je vous appellerai 15 minutes pour recueillir votre avis sur votre collaboration passée.\nSonia Rebelo\, consultante - Alpha RH Conseil\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/
LAST-MODIFIED:20250414T090520Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références - Mélanie Tosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-prep-block",
        "3C7E1A9F-5B28-4D64-8E0A-B2F6D4C1E937",
        "prep-block-before-own-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250318T213309Z
DTEND;TZID=Europe/Paris:20250324T223000
DTSTAMP:20250318T213312Z
DTSTART;TZID=Europe/Paris:20250324T210000
LAST-MODIFIED:20250318T213309Z
SEQUENCE:0
SUMMARY:Prépa entretien Altavia (mise en sit. demain)
DESCRIPTION:Revoir : TVA 5\,5 en zone ANRU\, PTZ 2025\, frais de notaire réduits\, échéancier appels de fonds VEFA\, garantie financière d'achèvement\, contrat de réservation. Répéter le jeu de rôle primo-accédant.
UID:3C7E1A9F-5B28-4D64-8E0A-B2F6D4C1E937
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-thank-you-reminder",
        "9D5B3F7A-0E42-4C86-A1D9-6F8E2B0C4A51",
        "thank-you-note-reminder-after-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250522T152240Z
DTEND;TZID=Europe/Paris:20250522T191500
DTSTAMP:20250522T152244Z
DTSTART;TZID=Europe/Paris:20250522T190000
LAST-MODIFIED:20250522T152240Z
SEQUENCE:0
SUMMARY:Mail de remerciement Mme Guglielmi + M. Sassi (Citadelle)
DESCRIPTION:Remercier pour l'entretien de cet aprèm\, redire motivation copro\, joindre attestation formation AG.
UID:9D5B3F7A-0E42-4C86-A1D9-6F8E2B0C4A51
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:2B7F5D1C-8A36-4E90-B4C2-0E9A6F3D7B18
UID:2B7F5D1C-8A36-4E90-B4C2-0E9A6F3D7B18
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Rappel
X-APPLE-DEFAULT-ALARM:FALSE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-recruiter-no-employer",
        "9k3tq7e1m5s0d4a8vbh2lrncfp@google.com",
        "recruiter-names-no-employer-yet",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250527T123000
DTEND;TZID=Europe/Paris:20250527T130000
DTSTAMP:20250522T081744Z
ORGANIZER;CN=Kévin Lamy:mailto:k.lamy@sud-executive.example
UID:9k3tq7e1m5s0d4a8vbh2lrncfp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kévin Lamy;X-NUM-GUESTS=0:mailto:k.lamy@sud-executive.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250522T081741Z
DESCRIPTION:Bonjour Sandrine\,\nJe vous ai repérée sur LinkedIn. Je travaille sur plusieurs mandats confidentiels de direction d'agence sur la Côte d'Azur\; je ne peux pas encore vous communiquer les noms des clients. Un premier échange informel pour comprendre votre parcours et vos attentes ?\nKévin Lamy\, Sud Executive Search\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250522T081743Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Sandrine Maurel-Costa / Kévin Lamy (Sud Executive Search)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-team-meeting",
        "040000008200E00074C5B7101A82E0080000000020F4B6D8A27ADB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
        "recurring-team-meeting-recurrence-id-override",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN="Ferreira, Julien";RSVP=TRUE:mailto:j.ferreira@azur-patrimoine-immo.fr
ATTENDEE;CN="Giraud, Manon";RSVP=TRUE:mailto:m.giraud@azur-patrimoine-immo.fr
ATTENDEE;CN="Cherki, Nadia";RSVP=TRUE:mailto:n.cherki@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250106T081500Z
DESCRIPTION:Point hebdo : nouveaux mandats\, baisses de prix\, pige de la semaine\, suivi acquéreurs chauds\, planning des visites du samedi.\n
DTEND;TZID="Romance Standard Time":20250106T093000
DTSTAMP:20250106T081500Z
DTSTART;TZID="Romance Standard Time":20250106T090000
LAST-MODIFIED:20250106T081500Z
LOCATION:Agence
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
PRIORITY:5
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T070000Z
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Réunion d'équipe - point mandats & pige
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000020F4B6D8A27ADB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN="Ferreira, Julien";RSVP=TRUE:mailto:j.ferreira@azur-patrimoine-immo.fr
ATTENDEE;CN="Giraud, Manon";RSVP=TRUE:mailto:m.giraud@azur-patrimoine-immo.fr
ATTENDEE;CN="Cherki, Nadia";RSVP=TRUE:mailto:n.cherki@azur-patrimoine-immo.fr
CLASS:PUBLIC
DESCRIPTION:Lundi de Pâques : décalé au mardi. Point spécial recrutement du nouveau négociateur + entretiens annuels à caler.\n
DTEND;TZID="Romance Standard Time":20250422T093000
DTSTAMP:20250414T101022Z
DTSTART;TZID="Romance Standard Time":20250422T090000
LOCATION:Agence
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
RECURRENCE-ID;TZID="Romance Standard Time":20250421T090000
SEQUENCE:1
SUMMARY;LANGUAGE=fr:Réunion d'équipe - point mandats & pige (mardi)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000020F4B6D8A27ADB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "alur-training-class",
        "20250320T130000Z-82274019336@zoom.us",
        "mandatory-alur-training-class",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20250311T080040Z
DTSTART:20250320T130000Z
DTEND:20250320T150000Z
SUMMARY:Formation ALUR - Non-discrimination à l'accès au logement (2h)
UID:20250320T130000Z-82274019336@zoom.us
DESCRIPTION:Institut Formation Immo Sud vous invite à une réunion Zoom planifiée.\n\nModule obligatoire pour le renouvellement de la carte professionnelle / attestation (loi ALUR\, 2h sur 3 ans). Attestation de présence envoyée après la session.\n\nParticiper à la réunion Zoom\nhttps://us05web.zoom.us/j/82274019336?pwd=aGFkOHJ0T0p6bUt1Vk1xQ0tFbDJwUT09\n\nID de réunion : 822 7401 9336\nCode secret : 660921
LOCATION:https://us05web.zoom.us/j/82274019336?pwd=aGFkOHJ0T0p6bUt1Vk1xQ0tFbDJwUT09
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-boiler-maintenance",
        "4A8C2E6F-9B13-4D75-A0E8-C3F1B7D5E296",
        "entretien-means-boiler-maintenance",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250203T192144Z
DTEND;TZID=Europe/Paris:20250208T120000
DTSTAMP:20250203T192148Z
DTSTART;TZID=Europe/Paris:20250208T080000
LAST-MODIFIED:20250203T192144Z
LOCATION:Maison
SEQUENCE:0
SUMMARY:Entretien annuel chaudière - Thermo Azur (créneau 8h-12h)
DESCRIPTION:Technicien passe entre 8h et 12h. Contrat d'entretien n° TA-20931. Marco sera là.
UID:4A8C2E6F-9B13-4D75-A0E8-C3F1B7D5E296
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-spanish-buyers",
        "5l9bq3e7m1k6t0s4d8vha2rncg@google.com",
        "spanish-entrevista-with-buyer-clients",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250411T160000
DTEND;TZID=Europe/Paris:20250411T170000
DTSTAMP:20250407T195512Z
ORGANIZER;CN=Carmen García:mailto:carmen.garcia.lopez@gmail.com
UID:5l9bq3e7m1k6t0s4d8vha2rncg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carmen García;X-NUM-GUESTS=0:mailto:carmen.garcia.lopez@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.maurel@azur-patrimoine-immo.fr;X-NUM-GUESTS=0:mailto:s.maurel@azur-patrimoine-immo.fr
CREATED:20250407T195509Z
DESCRIPTION:Hola Sandrine\, como hablamos\, nos vemos en la agencia para la entrevista sobre nuestra búsqueda de piso en Niza (3 dormitorios\, terraza\, presupuesto 650.000 €). Mi marido Alberto también vendrá.\nUn saludo\, Carmen\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20250407T195511Z
LOCATION:Azur Patrimoine Immobilier\, Niza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Sandrine (agencia) - búsqueda de piso en Niza
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-german-buyers",
        "040000008200E00074C5B7101A82E00800000000A3C5E7F9B1BBDB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9",
        "german-gespraech-with-buyer-clients",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + BERLIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250428T171102Z
DESCRIPTION:Sehr geehrte Frau Maurel-Costa\,\n\nwie telefonisch besprochen\, hier die Einladung zu unserem Gespräch über die Villa in Villefranche-sur-Mer (Exposé Ref. VF-2231). Wir möchten vor der Besichtigung die Fragen zu Nebenkosten\, Notar und Zweitwohnsitzsteuer klären.\n\nMit freundlichen Grüßen\nKlaus und Birgit Wagner\n
DTEND;TZID=Europe/Berlin:20250506T190000
DTSTAMP:20250428T171102Z
DTSTART;TZID=Europe/Berlin:20250506T180000
LAST-MODIFIED:20250428T171102Z
LOCATION:Videoanruf (Teams)
ORGANIZER;CN="Wagner, Klaus":mailto:klaus.wagner@t-online.example
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Gespräch mit Familie Wagner - Kaufinteresse Villa Villefranche
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3C5E7F9B1BBDB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-english-buyer-needs-interview",
        "040000008200E00074C5B7101A82E0080000000077E9A1C3D5BEDB01000000000000000010000000A1B3C5D7E9F1A3B5C7D9E1F3A5B7C9D1",
        "english-relocation-needs-interview-with-buyers",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=Thompson Family;RSVP=TRUE:mailto:mark.thompson@relocate-me.example
CLASS:PUBLIC
CREATED:20250513T092233Z
DESCRIPTION:Dear Mr and Mrs Thompson\,\n\nAs discussed\, I will meet you at your hotel for a needs interview regarding your relocation to Nice (4-bedroom villa\, garden\, international school nearby)\, followed by two viewings in Mont Boron.\n\nKind regards\,\nSandrine Maurel-Costa\nAzur Patrimoine Immobilier\n
DTEND;TZID="W. Europe Standard Time":20250517T120000
DTSTAMP:20250513T092233Z
DTSTART;TZID="W. Europe Standard Time":20250517T093000
LAST-MODIFIED:20250513T092233Z
LOCATION:Hôtel Le Palais Bleu\, Nice
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Needs interview + viewings - Mr & Mrs Thompson (relocation)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000077E9A1C3D5BEDB01000000000000000010000000A1B3C5D7E9F1A3B5C7D9E1F3A5B7C9D1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-italian-seller",
        "1E5A9C3F-7D24-4B80-96E1-F0B4D8A2C637",
        "italian-seller-valuation-appuntamento",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250502T100811Z
DTEND;TZID=Europe/Paris:20250505T113000
DTSTAMP:20250502T100816Z
DTSTART;TZID=Europe/Paris:20250505T103000
LAST-MODIFIED:20250502T100811Z
LOCATION:Port de Nice
SEQUENCE:0
SUMMARY:Appuntamento sig. Bianchi - valutazione appartamento Port
DESCRIPTION:Proprietario di Torino\, parla poco francese. Estimation 2P vue port + mandat simple ou exclu ? Imprimer ACM en italien.
UID:1E5A9C3F-7D24-4B80-96E1-F0B4D8A2C637
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-colleague-interviews-fyi",
        "040000008200E00074C5B7101A82E00800000000B8D0F2A4C6C1DB01000000000000000010000000E5D4C3B2A1F0E9D8E5D4C3B2A1F0E9D8",
        "colleague-runs-interviews-fyi-user-not-involved",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN="Cherki, Nadia";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:n.cherki@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250602T074455Z
DESCRIPTION:Pour info : je suis en rendez-vous extérieur toute la matinée (entretiens candidats pour le poste de gestionnaire locative\, au cabinet de recrutement). Sandrine tient l'agence\, Nadia l'accueil. Pas besoin de répondre.\nP-Y\n
DTEND;TZID="Romance Standard Time":20250609T123000
DTSTAMP:20250602T074455Z
DTSTART;TZID="Romance Standard Time":20250609T090000
LAST-MODIFIED:20250602T074455Z
LOCATION:Extérieur
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:P-Y absent - entretiens candidats gestion locative
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B8D0F2A4C6C1DB01000000000000000010000000E5D4C3B2A1F0E9D8E5D4C3B2A1F0E9D8
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "network-info-session",
        "livestorm-session-b7e2a0c4-1d93-4f58-a6e0-3c9b5d7f2e81",
        "network-collective-info-session-not-selection",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-b7e2a0c4-1d93-4f58-a6e0-3c9b5d7f2e81
DTSTAMP:20250415T180101Z
DTSTART:20250424T170000Z
DTEND:20250424T180000Z
SUMMARY:Réunion d'information collective : devenir conseiller(ère) indépendant(e) Immo Azur Réseau
DESCRIPTION:Merci pour votre inscription à notre réunion d'information en ligne !\n\nDécouvrez le modèle de conseiller indépendant (agent commercial) : rémunération jusqu'à 80 % des honoraires\, formation\, outils\, parrainage. Session collective (40 participants)\, questions par chat.\n\nRejoindre : https://app.livestorm.co/immo-azur-reseau/reunion-info/live?s=b7e2a0c4
LOCATION:https://app.livestorm.co/immo-azur-reseau/reunion-info/live?s=b7e2a0c4
ORGANIZER;CN=Immo Azur Réseau:mailto:recrutement@immo-azur-reseau.example
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-coaching-junior",
        "040000008200E00074C5B7101A82E00800000000C9E1A3B5D7C4DB01000000000000000010000000F6E5D4C3B2A1F0E9F6E5D4C3B2A1F0E9",
        "coaching-junior-negotiator-not-hiring",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ferreira, Julien";RSVP=TRUE:mailto:j.ferreira@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250512T083301Z
DESCRIPTION:Julien\, on débriefe ton RDV estimation de jeudi (M. Pellerin) : ce qui a marché\, ce qui a bloqué sur le prix\, et on prépare ensemble ta relance pour décrocher le mandat. Amène ton ACM.\nSandrine\n
DTEND;TZID="Romance Standard Time":20250519T111500
DTSTAMP:20250512T083301Z
DTSTART;TZID="Romance Standard Time":20250519T103000
LAST-MODIFIED:20250512T083301Z
LOCATION:Agence
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Coaching Julien - débrief RDV estimation + prise de mandat
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C9E1A3B5D7C4DB01000000000000000010000000F6E5D4C3B2A1F0E9F6E5D4C3B2A1F0E9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
