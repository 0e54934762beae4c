# ruff: noqa: E501
"""holdout187 events, part j: job-search look-alikes that are not interviews (webinar, mock, coffee, fair, referee, prep...)."""

from holdout187ev_common import TZ_PARIS, TZ_PARIS_NOLIC, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "livestorm",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-91c0e7d2-44a1-4b0e-bd8f-1f2e3a4b5c6d
DTSTAMP:20250103T100455Z
DTSTART:20250109T113000Z
DTEND:20250109T123000Z
SUMMARY:Webinaire Apec : Réussir son entretien d'embauche en visio
DESCRIPTION:Vous êtes inscrit(e) au webinaire « Réussir son entretien d'embauche en visio » animé par une consultante Apec.\n\nAu programme : préparer son environnement\, les questions pièges du recruteur\, simulations en direct avec les participants volontaires.\n\nRejoindre l'événement : https://app.livestorm.co/apec/reussir-entretien-visio/live?s=91c0e7d2\n\nCe lien vous est personnel\, ne le partagez pas.
LOCATION:https://app.livestorm.co/apec/reussir-entretien-visio/live?s=91c0e7d2
ORGANIZER;CN=Apec:mailto:no-reply@livestorm.co
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "livestorm-session-91c0e7d2-44a1-4b0e-bd8f-1f2e3a4b5c6d",
        trap="webinar-about-job-interviews",
    ),
    ev(
        "zoom",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
DTSTAMP:20250219T211002Z
DTSTART;TZID=Europe/Paris:20250225T123000
DTEND;TZID=Europe/Paris:20250225T133000
SUMMARY:Simulation d'entretien en anglais - Camille / Claire
UID:ZOOM82271930446
TZID:Europe/Paris
DESCRIPTION:Claire Dumont vous invite à une réunion Zoom planifiée.\n\nSujet : Simulation d'entretien en anglais - Camille / Claire\n(entraînement avant l'entretien manager Sécheron : pitch 2 min\, "tell me about a conflict"\, questions salaire en CHF\, feedback à la fin)\n\nParticiper à la réunion Zoom\nhttps://us02web.zoom.us/j/82271930446?pwd=cE9aN0dRd2tIUGlZ\n\nID de réunion : 822 7193 0446\nCode secret : 771204
LOCATION:https://us02web.zoom.us/j/82271930446?pwd=cE9aN0dRd2tIUGlZ
ORGANIZER;CN=Claire Dumont:mailto:claire@dumont-coaching.fr
END:VEVENT
END:VCALENDAR
""",
        "ZOOM82271930446",
        trap="mock-interview-with-coach-before-real-one",
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2.1//EN
CALSCALE:GREGORIAN
"""
        + TZ_PARIS_NOLIC
        + r"""BEGIN:VEVENT
CREATED:20250107T220412Z
UID:0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D
DTEND;TZID=Europe/Paris:20250110T091500
TRANSP:OPAQUE
SUMMARY:Café Nadia B. (TA lead Volets Alpins)
LAST-MODIFIED:20250107T220540Z
DTSTAMP:20250107T220540Z
DTSTART;TZID=Europe/Paris:20250110T083000
LOCATION:Café Mokxa\, 3 rue de l'Arbre Sec\, Lyon 1er
DESCRIPTION:ancienne promo IAE. lui demander comment elle a structuré l'équipe TA + si elle connaît des cabinets qui bossent bien sur les postes RRH. pas de poste ouvert chez eux pour l'instant
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D",
        trap="informational-coffee-no-open-role",
        crlf=False,
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250130T130000Z
DTEND:20250130T170000Z
DTSTAMP:20250127T193311Z
UID:2g7h9j1k3l5m7n9p1q3r5s7t9v@google.com
CREATED:20250127T193230Z
DESCRIPTION:Forum emploi cadres Apec x Lyon Métropole - 60 entreprises\, stands RH / fonctions support\nimprimer 15 CV\, carte de visite perso\nconf 15h "marché cadre RH en AURA"
LAST-MODIFIED:20250127T193311Z
LOCATION:Palais de la Bourse\, Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum emploi cadres (Apec)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2g7h9j1k3l5m7n9p1q3r5s7t9v@google.com",
        trap="careers-fair-attended-as-job-seeker",
    ),
    ev(
        "outlook-cabinet",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250327T154401Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nMarion Dupuis vous a indiquée comme référente dans le cadre de sa candidature au poste de Chargée RH que nous menons pour un de nos clients. Merci d'avoir accepté d'échanger quelques minutes sur votre collaboration (2021-2024).\nJe vous appellerai au 06 71 42 88 19.\n\nCordialement\,\nLucas Meyer\nConsultant - Cabinet Orféo\n
DTEND;TZID=Romance Standard Time:20250401T125000
DTSTAMP:20250327T154401Z
DTSTART;TZID=Romance Standard Time:20250401T123000
LAST-MODIFIED:20250327T154401Z
LOCATION:Téléphone
ORGANIZER;CN="Meyer, Lucas":mailto:l.meyer@cabinet-orfeo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Prise de références - Marion Dupuis
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005F60A1B2C3D9DB01000000000000000010000000C536D7E8F8091223344556677889900A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000005F60A1B2C3D9DB01000000000000000010000000C536D7E8F8091223344556677889900A",
        trap="reference-call-user-is-the-referee",
    ),
    ev(
        "gcal",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250210T113000Z
DTEND:20250210T120000Z
DTSTAMP:20250205T090312Z
ORGANIZER;CN=Romain Chapuis:mailto:romain.chapuis@hunteo-conseil.fr
UID:8d1f3h5j7k9l2m4n6p8q0r2s4t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Romain Chapuis;X-NUM-GUESTS=0:mailto:romain.chapuis@hunteo-conseil.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250205T090311Z
DESCRIPTION:Bonjour Camille\,\n\nSuite à votre message LinkedIn\, je vous p
 ropose un premier appel pour faire connaissance. J'accompagne plusieurs PM
 E et ETI industrielles de la région sur des postes RRH / HRBP\, je ne peux
  pas encore citer les clients mais je vous présenterai les contextes si vo
 tre profil correspond.\n\nRomain Chapuis\nHunteo Conseil - Fonctions RH\n0
 6 84 20 17 63
LAST-MODIFIED:20250205T090312Z
LOCATION:Téléphone (je vous appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel découverte - Camille Roussel / Hunteo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8d1f3h5j7k9l2m4n6p8q0r2s4t@google.com",
        trap="recruiter-intro-call-names-no-employer",
    ),
    ev(
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:9e1c7b3a-2d4f-4a6e-8b0c-5d7f9a1b3c5e
DTSTAMP:20250309T212008Z
DTSTART:20250312T203000
DTEND:20250312T220000
SUMMARY:prépa entretien Sécheron !!
DESCRIPTION:relire notes Laura + site web\nCCT MEM (industrie des machines) - durée travail\, 13e salaire\npermis G frontalier\npitch en anglais x3\, questions à poser au CFO
END:VEVENT
END:VCALENDAR
""",
        "9e1c7b3a-2d4f-4a6e-8b0c-5d7f9a1b3c5e",
        trap="prep-block-before-onsite-names-company",
        crlf=False,
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250416T171522Z
UID:7C6B5A49-3827-4615-9D8C-7B6A59483726
DTEND:20250417T081500
TRANSP:TRANSPARENT
SUMMARY:mail merci Stratacore (Rachel\, Olivier\, Priya)
LAST-MODIFIED:20250416T171522Z
DTSTAMP:20250416T171522Z
DTSTART:20250417T080000
DESCRIPTION:1 mail perso à chacun + copie Jessica. rappeler l'exemple du plan sourcing EMEA
SEQUENCE:0
BEGIN:VALARM
UID:0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "7C6B5A49-3827-4615-9D8C-7B6A59483726",
        trap="thank-you-note-reminder-after-panel",
        crlf=False,
    ),
    ev(
        "outlook-external",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250602T081944Z
DESCRIPTION:Madame\,\n\nVotre employeur\, la Coopérative Alpine Bio\, nous a déclaré votre embauche. Vous êtes convoquée à une visite d'information et de prévention (VIP) initiale.\nMerci de vous munir de votre carte Vitale\, de vos lunettes ou lentilles et de vos éventuels documents médicaux.\nEn cas d'empêchement\, prévenir au moins 48 h à l'avance au 04 79 68 40 20.\n\nSanté au Travail Savoie - Centre de Chambéry
DTEND;TZID=Romance Standard Time:20250617T094500
DTSTAMP:20250602T081944Z
DTSTART;TZID=Romance Standard Time:20250617T091500
LAST-MODIFIED:20250602T081944Z
LOCATION:Santé au Travail Savoie\, 110 rue Sainte-Rose\, Chambéry
ORGANIZER;CN="Convocations STS":mailto:convocations@sante-travail-savoie.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Convocation visite d'information et de prévention - Mme ROUSSEL Camille
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000607182A3B4DEDB01000000000000000010000000D647E8F809122334455667788990A0B1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000607182A3B4DEDB01000000000000000010000000D647E8F809122334455667788990A0B1",
        trap="pre-employment-medical-at-new-employer",
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PRIVATE
CREATED:20250610T130212Z
DESCRIPTION:Bonjour Camille\,\n\nComme pour chaque départ\, je te propose un entretien de départ avant ton dernier jour (le 04/07). C'est confidentiel et sert uniquement à améliorer nos pratiques RH. On fera aussi le point solde de tout compte / passation.\n\nAudrey\nRH Groupe
DTEND;TZID=Romance Standard Time:20250624T120000
DTSTAMP:20250610T130212Z
DTSTART;TZID=Romance Standard Time:20250624T110000
LAST-MODIFIED:20250610T130212Z
LOCATION:Gerland - bureau 3.02
ORGANIZER;CN="Vial, Audrey":mailto:a.vial@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien de départ - Camille Roussel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000718293A4B5E2DB01000000000000000010000000E758F809122334455667788990A0B1C2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000718293A4B5E2DB01000000000000000010000000E758F809122334455667788990A0B1C2",
        trap="own-exit-interview-at-current-employer",
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250122T180000
DTEND;TZID=Europe/Paris:20250122T193000
DTSTAMP:20250115T201043Z
UID:5v7w9x1y3z5a7b9c1d3e5f7g9h@google.com
CREATED:20250108T201502Z
DESCRIPTION:séance 4/8 avec Mme Rivoire - entretien d'approfondissement (tests intérêts pro RIASEC + valeurs)\nCPF ok
LAST-MODIFIED:20250115T201043Z
LOCATION:CIBC Rhône\, 14 rue Jean Jaurès\, Villeurbanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences - séance 4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5v7w9x1y3z5a7b9c1d3e5f7g9h@google.com",
        trap="career-assessment-session-bilan-de-competences",
    ),
]
