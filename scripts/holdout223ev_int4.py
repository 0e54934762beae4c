# ruff: noqa: E501
"""holdout223: the user's own interviews, part 4 (English, German, Spanish invites; Quebec; more contractors)."""

from holdout223ev_tz import TZ_GOOGLE, TZ_ROMANCE, TZ_WEUROPE, ev

EVENTS = [
    ev(
        "greenhouse-screen",
        "greenhouse-interview-88412093-1",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88412093-1
DTSTAMP:20250326T151500Z
DTSTART:20250402T140000Z
DTEND:20250402T143000Z
SUMMARY:Thibault Garnier - Senior Project Manager (Residential\, Paris) - Recruiter Call
ORGANIZER;CN=Emma Whitfield:mailto:emma.whitfield@turntown.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Emma Whitfield:mailto:emma.whitfield@turntown.com
DESCRIPTION:Hi Thibault\,\n\nThanks for your interest in the Senior Project Manager role with Turner & Townsend in Paris. This is a 30-minute call with me to go through your background\, your English and your notice period. Happy to switch to French if easier!\n\nJoin Zoom Meeting\nhttps://turntown.zoom.us/j/93810442716\nMeeting ID: 938 1044 2716\n\nBest\,\nEmma Whitfield\nTalent Acquisition Partner\, Europe
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Turner & Townsend",
        role="Senior Project Manager (Residential, Paris)",
        stage="recruiter_screen",
        who=("emma.whitfield@turntown.com",),
        trap="greenhouse-english-recruiter-call",
    ),
    ev(
        "london-zone",
        "040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB0100000000000000001000000077889900AABBCCDDEEFF001122334455",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Emma":mailto:emma.whitfield@turntown.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cartwright, James":mailto:james.cartwright@turntown.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Benoit, Aurélie":mailto:aurelie.benoit@turntown.com
DESCRIPTION;LANGUAGE=en-GB:Hi Thibault\,\n\nAs discussed\, second stage: a competency-based interview with James Cartwright (Director\, Real Estate Paris) and Aurélie Benoit (Associate Director). Expect questions on cost control\, programme recovery and client management\, plus a short case on a delayed fit-out. Mostly in English.\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E0MmE3%40thread.v2/0>\nMeeting ID: 351 220 884 903\nPasscode: 9hRt4c\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB0100000000000000001000000077889900AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=en-GB:Interview - Senior PM (Paris) - Thibault Garnier - Stage 2
DTSTART;TZID=GMT Standard Time:20250415T090000
DTEND;TZID=GMT Standard Time:20250415T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Turner & Townsend",
        role="Senior PM (Paris)",
        stage="technical",
        who=("james.cartwright@turntown.com", "aurelie.benoit@turntown.com"),
        trap="london-windows-zone-competency-interview",
    ),
    ev(
        "personio-de",
        "personio-interview-1938472-goldbeck",
        r"""
BEGIN:VCALENDAR
PRODID:-//Personio//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
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
UID:personio-interview-1938472-goldbeck
DTSTAMP:20250410T074500Z
DTSTART;TZID=Europe/Berlin:20250417T100000
DTEND;TZID=Europe/Berlin:20250417T110000
SUMMARY:Vorstellungsgespräch: Bauleiter / Projektleiter (m/w/d) – Niederlassung Frankreich
ORGANIZER;CN=GOLDBECK Recruiting:mailto:recruiting@goldbeck.de
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Markus Brinkmann:mailto:markus.brinkmann@goldbeck.de
DESCRIPTION:Hallo Herr Garnier\,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem ersten Kennenlerngespräch per Microsoft Teams mit Markus Brinkmann (Niederlassungsleiter\, Aufbau Frankreich) ein. Das Gespräch kann gerne auf Französisch oder Englisch geführt werden.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGIzNjg1%40thread.v2/0\n\nMit freundlichen Grüßen\nIhr GOLDBECK Recruiting-Team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="GOLDBECK",
        role="Bauleiter / Projektleiter (m/w/d)",
        stage="hiring_manager",
        who=("markus.brinkmann@goldbeck.de",),
        trap="german-vorstellungsgespraech-berlin-zone",
    ),
    ev(
        "bielefeld",
        "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000889900AABBCCDDEEFF00112233445566",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_WEUROPE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Brinkmann, Markus";SENT-BY="mailto:sekretariat.nl-frankreich@goldbeck.de":mailto:markus.brinkmann@goldbeck.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hölscher, Jan":mailto:jan.hoelscher@goldbeck.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BI-Zentrale Besprechungsraum 2.14":mailto:bi-raum-214@goldbeck.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Garnier\,\n\nwie besprochen das zweite Gespräch in der Zentrale in Bielefeld mit Herrn Hölscher (Geschäftsbereichsleiter) inkl. Werksführung (Stahlbetonfertigteile).\nAnreise: Flughafen Paderborn\, Abholung wird organisiert. Die Reisekosten werden übernommen.\n\nMit freundlichen Grüßen\nSekretariat NL Frankreich\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000889900AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Herr Garnier (NL Frankreich) + Werksführung
DTSTART;TZID=W. Europe Standard Time:20250513T103000
DTEND;TZID=W. Europe Standard Time:20250513T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T140200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BI-Zentrale Besprechungsraum 2.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="GOLDBECK",
        stage="onsite",
        who=("markus.brinkmann@goldbeck.de", "jan.hoelscher@goldbeck.de"),
        trap="german-zweitgespraech-onsite-plant-tour",
    ),
    ev(
        "lindner-de",
        "lindner-bewerbung-20250604-garnier",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_WEUROPE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
CLASS:PUBLIC
DESCRIPTION:Guten Tag Herr Garnier\,\n\nanbei die Einladung zum Telefoninterview für die Position Projektleiter Innenausbau (m/w/d) bei der Lindner France in Paris. Ich rufe Sie unter +33 6 12 40 87 33 an.\n\nBeste Grüße\nSabine Huber\nHR Business Partner International\n
DTEND;TZID="W. Europe Standard Time":20250604T103000
DTSTAMP:20250528T084411Z
DTSTART;TZID="W. Europe Standard Time":20250604T100000
LOCATION:Telefon
ORGANIZER;CN="Huber Sabine":mailto:sabine.huber@lindner-group.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefoninterview Projektleiter Innenausbau Paris
TRANSP:OPAQUE
UID:lindner-bewerbung-20250604-garnier
END:VEVENT
END:VCALENDAR
""",
        company="Lindner",
        role="Projektleiter Innenausbau (m/w/d)",
        stage="recruiter_screen",
        who=("sabine.huber@lindner-group.com",),
        trap="german-telefoninterview-hr",
    ),
    ev(
        "acciona-es",
        "acciona-entrevista-5581-tgarnier",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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
DTSTART;TZID=Europe/Madrid:20250429T160000
DTEND;TZID=Europe/Madrid:20250429T170000
DTSTAMP:20250423T092011Z
ORGANIZER;CN=Lucía Navarro Ortega:mailto:lucia.navarro.ortega@acciona.com
UID:acciona-entrevista-5581-tgarnier
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Ibáñez:mailto:javier.ibanez@acciona.com
DESCRIPTION:Hola Thibault\,\n\nTe confirmo la entrevista para el puesto de Jefe de Obra / Construction Manager en Francia (proyecto de edificación\, zona Nantes). Estaremos Javier Ibáñez (Director de Obra) y yo (Talento\, ACCIONA Construcción). Podemos hacerla en francés o en inglés si lo prefieres.\n\nEnlace de Google Meet: https://meet.google.com/tnq-vexo-rma\n\nUn saludo\,\nLucía
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Thibault Garnier - Jefe de Obra Francia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="ACCIONA",
        role="Jefe de Obra / Construction Manager",
        stage="hiring_manager",
        who=("lucia.navarro.ortega@acciona.com", "javier.ibanez@acciona.com"),
        trap="spanish-entrevista-madrid-zone",
    ),
    ev(
        "arcadis-en",
        "workable-iv-9a8b7c6d5e4f",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-iv-9a8b7c6d5e4f
DTSTAMP:20250506T120000Z
DTSTART:20250512T120000Z
DTEND:20250512T130000Z
SUMMARY:Arcadis: Interview with Thibault Garnier for Construction Manager - Data Centre (Paris region)
ORGANIZER;CN=Arcadis Talent:mailto:no-reply@workablemail.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Pieter de Vries:mailto:pieter.devries@arcadis.com
ATTENDEE;CN=Claire Moulin:mailto:claire.moulin@arcadis.com
DESCRIPTION:Interviewers: Pieter de Vries (Programme Director)\, Claire Moulin (Senior Construction Manager)\nFormat: technical interview – site logistics\, HSE\, commissioning interfaces.\nVideo call: https://arcadis.webex.com/meet/pieter.devries
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Arcadis",
        role="Construction Manager - Data Centre (Paris region)",
        stage="technical",
        who=("pieter.devries@arcadis.com", "claire.moulin@arcadis.com"),
        trap="workable-english-technical-interview",
    ),
    ev(
        "pomerleau-qc",
        "icims-int-1402285-pomerleau",
        r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-int-1402285-pomerleau
DTSTAMP:20250522T140000Z
DTSTART;TZID=America/Toronto:20250528T090000
DTEND;TZID=America/Toronto:20250528T100000
SUMMARY:Entrevue - Surintendant de chantier / Gérant de projet - Pomerleau (Québec)
ORGANIZER;CN=Pomerleau Carrières:mailto:careers-noreply@icims.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Marie-Ève Gagnon:mailto:megagnon@pomerleau.ca
DESCRIPTION:Bonjour Thibault\,\n\nMerci pour ta candidature dans le cadre de notre recrutement international. Ton entrevue avec Marie-Ève Gagnon\, conseillère acquisition de talents\, aura lieu sur Teams à 9 h (heure de l'Est)\, soit 15 h à Paris.\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY3ZTQ0%40thread.v2/0\n\nL'équipe Carrières Pomerleau
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Pomerleau",
        role="Surintendant de chantier / Gérant de projet",
        stage="recruiter_screen",
        who=("megagnon@pomerleau.ca",),
        trap="quebec-entrevue-toronto-zone-icims",
    ),
    ev(
        "brezillon-calcom",
        "calcom-7qHkR2mNpX4vT9sL3bYd",
        r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-7qHkR2mNpX4vT9sL3bYd
DTSTAMP:20250505T191100Z
DTSTART:20250507T063000Z
DTEND:20250507T070000Z
SUMMARY:Appel découverte - Directeur de travaux réhabilitation entre Jérôme Salmon et Thibault Garnier
ORGANIZER;CN=Jérôme Salmon:mailto:jsalmon@brezillon.fr
ATTENDEE;CN=Thibault Garnier;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Qui : Jérôme Salmon (Brézillon – Directeur Travaux Réhabilitation IDF)\, Thibault Garnier\nOù : Téléphone (+33 6 12 40 87 33)\nNotes : 30 min avant votre départ sur chantier\, merci de votre souplesse !\n\nAnnuler ou reprogrammer : https://cal.com/booking/7qHkR2mNpX4vT9sL3bYd
LOCATION:+33 6 12 40 87 33
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Brézillon",
        role="Directeur de travaux réhabilitation",
        stage="hiring_manager",
        who=("jsalmon@brezillon.fr",),
        trap="calcom-appel-decouverte-early-morning",
    ),
    ev(
        "gcc-outlook",
        "040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB0100000000000000001000000099AABBCCDDEEFF0011223344556677",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="RIOU Stéphanie":mailto:s.riou@gcc.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BOUCHER Laurent":mailto:l.boucher@gcc.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nJe vous confirme le rendez-vous avec Laurent Boucher\, Directeur Régional\, pour échanger sur le poste de Directeur de Travaux (agence Nantes / Saint-Nazaire).\n\nStéphanie Riou\nAssistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB0100000000000000001000000099AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=fr-FR:RDV L. Boucher / T. Garnier
DTSTART;TZID=Romance Standard Time:20250521T083000
DTEND;TZID=Romance Standard Time:20250521T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:GCC Nantes - Carquefou
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="GCC",
        role="Directeur de Travaux",
        stage="hiring_manager",
        who=("l.boucher@gcc.fr",),
        trap="assistant-organizer-rdv-initials-summary",
    ),
    ev(
        "ramery-digital",
        "DR-ENT-ramery-20250603-4410",
        r"""
BEGIN:VCALENDAR
PRODID:-//DigitalRecruiters//Agenda//FR
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
UID:DR-ENT-ramery-20250603-4410
DTSTAMP:20250527T101500Z
DTSTART;TZID=Europe/Paris:20250603T140000
DTEND;TZID=Europe/Paris:20250603T150000
SUMMARY:Entretien final - Directeur de Travaux Bâtiment (H/F) - Ramery
ORGANIZER;CN=Ramery Recrutement:mailto:recrutement@ramery.fr
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour\,\n\nNous avons le plaisir de vous convier à l'entretien final avec M. François Delattre\, Directeur Général Bâtiment\, en visioconférence.\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ5YzEw%40thread.v2/0\n\nL'équipe Recrutement - Ramery
LOCATION:Visioconférence
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Ramery",
        role="Directeur de Travaux Bâtiment (H/F)",
        stage="final",
        who=("François Delattre",),
        trap="french-ats-final-visio-name-only",
    ),
    ev(
        "immersion-allday",
        "8C3A2E10-5B7D-4F61-9E20-A1C4D7F0B2E9",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250509T201200Z
DTSTART;VALUE=DATE:20250516
DTEND;VALUE=DATE:20250517
DTSTAMP:20250509T201230Z
LAST-MODIFIED:20250509T201230Z
SUMMARY:Journée immersion Cardinal Edifice
LOCATION:Chantier Cardinal\, ZAC Baud-Chardonnet Rennes
DESCRIPTION:Journée complète sur chantier avec Arnaud Pinel (DT) : réunion de chantier 8h\, tour OPC\, déj équipe\, point budget aprem. C'est la dernière étape avant proposition d'après lui. Poser RTT !
SEQUENCE:0
TRANSP:TRANSPARENT
UID:8C3A2E10-5B7D-4F61-9E20-A1C4D7F0B2E9
END:VEVENT
END:VCALENDAR
""",
        company="Cardinal Edifice",
        stage="final",
        who=("Arnaud Pinel",),
        trap="all-day-immersion-trial-day-self-typed",
        crlf=False,
    ),
    ev(
        "legendre-tel",
        "7kd9s2p0q4x1m8n3b6v5c2z0a1@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Thibault perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250304T114500Z
DTEND:20250304T121500Z
DTSTAMP:20250227T183000Z
UID:7kd9s2p0q4x1m8n3b6v5c2z0a1@google.com
CREATED:20250227T183000Z
DESCRIPTION:Appel RH Legendre (Marion Tessier) suite candidature DT. Dans la voiture entre 2 chantiers -> se garer !
LAST-MODIFIED:20250227T183000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tel Legendre RH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Legendre Construction",
        stage="recruiter_screen",
        who=("Marion Tessier",),
        trap="self-typed-tel-rh-utc-export",
    ),
    ev(
        "legendre-2",
        "040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000AABBCCDDEEFF00112233445566778899",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Tessier Marion":mailto:marion.tessier@groupe-legendre.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jegou Patrice":mailto:patrice.jegou@groupe-legendre.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Tessier Marion":mailto:marion.tessier@groupe-legendre.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Thibault\,\n\nSuite à notre échange téléphonique\, je vous confirme votre entretien avec Patrice Jégou\, Directeur Travaux Bâtiment Bretagne. Merci d'apporter un exemple de planning et de bilan financier d'une de vos opérations (anonymisé).\n\nLegendre Construction\, 12 avenue Jules Maniez\, Rennes – accueil RDC.\n\nMarion Tessier\nChargée de recrutement\n
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DB01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=fr-FR:Entretien - Directeur de Travaux Bâtiment - Thibault Garnier
DTSTART;TZID=Romance Standard Time:20250314T083000
DTEND;TZID=Romance Standard Time:20250314T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Legendre Construction - Rennes
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Legendre Construction",
        role="Directeur de Travaux Bâtiment",
        stage="hiring_manager",
        who=("patrice.jegou@groupe-legendre.com", "marion.tessier@groupe-legendre.com"),
        trap="second-round-after-phone-bring-planning",
    ),
]
