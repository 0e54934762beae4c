# ruff: noqa: E501
"""holdout158 events, part d: single interviews (agencies, bookings tools, exports, cancellations). CC0 1.0."""

from holdout158ev_tz import BERLIN, BRUSSELS, NEW_YORK, W_EUROPE

EVENTS = [
    (
        "agentur-vorabinterview",
        "profil-pb-2025-0311-janssen@profil-personalberatung.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250307T111500Z
DESCRIPTION:Hallo Frau Janssen\,\n\nwie besprochen unser Vorabinterview zur Position Pressesprecher (m/w/d) bei unserem Kunden\, der Nordlicht BKK in Kiel (Festanstellung\, Direktvermittlung\, 2 Tage mobiles Arbeiten). Ich stelle Ihnen Fragen zu Ihrem Werdegang und leite Ihr Profil anschließend mit Ihrem Einverständnis an die Personalleitung weiter.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ2NzFk\n\nViele Grüße\nMelanie Koch\nSenior Consultant\, Profil Personalberatung GmbH
DTEND;TZID="W. Europe Standard Time":20250311T124500
DTSTAMP:20250307T111500Z
DTSTART;TZID="W. Europe Standard Time":20250311T120000
LOCATION:Microsoft Teams
ORGANIZER;CN="Melanie Koch":mailto:m.koch@profil-personalberatung.de
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorabinterview Profil Personalberatung – F. Janssen
TRANSP:OPAQUE
UID:profil-pb-2025-0311-janssen@profil-personalberatung.de
END:VEVENT
END:VCALENDAR
""",
        1, "Nordlicht BKK", "Pressesprecher (m/w/d)", "recruiter_screen",
        "m.koch@profil-personalberatung.de", "agency-screen-client-named-in-body",
    ),
    (
        "rexx-gespraech",
        "rexx-termin-20250402-0091@frischeland.rexx-systems.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:rexx-termin-20250402-0091@frischeland.rexx-systems.com
DTSTAMP:20250326T094511Z
DTSTART;TZID=Europe/Berlin:20250402T093000
DTEND;TZID=Europe/Berlin:20250402T103000
SUMMARY:Bewerbungsgespräch Head of Communications (m/w/d)
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nhiermit bestätigen wir Ihnen den Termin für Ihr Bewerbungsgespräch.\n\nGesprächsteilnehmer: Herr Matthias Grote (Geschäftsführer Marketing & Vertrieb)\, Frau Sabine Ahrens (Personalreferentin)\nOrt: Frischeland Markt GmbH\, Zentrale\, Billbrookdeich 210\, 22113 Hamburg\, Empfang Gebäude A\n\nMit freundlichen Grüßen\nFrischeland Markt GmbH – Personalabteilung
LOCATION:Frischeland Zentrale\, Billbrookdeich 210
ORGANIZER;CN=Frischeland Personal:mailto:personal@frischeland.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Frischeland Markt GmbH", "Head of Communications (m/w/d)", "",
        "Matthias Grote;Sabine Ahrens", "rexx-personal-mailbox-names-in-body",
    ),
    (
        "calcom-founder",
        "3xY7qLr9aBcD1eF2gH4jK6mN8p@Cal.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3xY7qLr9aBcD1eF2gH4jK6mN8p@Cal.com
DTSTAMP:20250313T201533Z
DTSTART:20250318T163000Z
DTEND:20250318T170000Z
SUMMARY:30 Min Meeting between Jakob Hahn and Friederike Janssen
DESCRIPTION:What: 30 Min Meeting between Jakob Hahn and Friederike Janssen\nInvitee Time Zone: Europe/Berlin\nWho:\n- Jakob Hahn - Organizer - jakob@elektra-mobility.de\n- Friederike Janssen - f.janssen.hh@web.de\nWhere: Cal Video - https://app.cal.com/video/3xY7qLr9aBcD1eF2\nAdditional notes: Re your Head of Comms opening – as discussed on LinkedIn. Happy to walk you through my clips and press work. Friederike\n\nNeed to make a change? Cancel: https://app.cal.com/booking/3xY7qLr9?cancel=true
LOCATION:https://app.cal.com/video/3xY7qLr9aBcD1eF2
ORGANIZER;CN=Jakob Hahn:mailto:jakob@elektra-mobility.de
ATTENDEE;CN=Friederike Janssen;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Elektra Mobility", "Head of Comms", "",
        "jakob@elektra-mobility.de", "cal-com-generic-title-notes-name-role",
    ),
    (
        "calendly-erstgespraech",
        "calendly-3e1bf29e-71aa-4c6d-9b8a-2f0c5d6e7a81",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-3e1bf29e-71aa-4c6d-9b8a-2f0c5d6e7a81
DTSTAMP:20250224T080211Z
DTSTART:20250227T140000Z
DTEND:20250227T143000Z
SUMMARY:Friederike Janssen und Tanja Rieck
DESCRIPTION:Veranstaltungsname: Erstgespräch Head of Content Marketing\n\nOrt: Dies ist ein Google Meet-Webkonferenz.\nhttps://meet.google.com/ujt-fxhm-sqe\n\nBitte teilen Sie alles mit\, was zur Vorbereitung auf unser Meeting beitragen wird.\nAktuell Redakteurin Wirtschaft (Hanseatische Rundschau)\, Kündigungsfrist 3 Monate\n\nBenötigen Sie Änderungen an diesem Termin?\nAbsagen: https://calendly.com/cancellations/3e1bf29e\nNeu planen: https://calendly.com/reschedulings/3e1bf29e\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ujt-fxhm-sqe
ORGANIZER;CN=Tanja Rieck:mailto:t.rieck@hansa-fachverlag.de
ATTENDEE;CN=Friederike Janssen;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Tanja Rieck;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:t.rieck@hansa-fachverlag.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Hansa Fachverlag", "Head of Content Marketing", "recruiter_screen",
        "t.rieck@hansa-fachverlag.de", "calendly-names-only-title-event-type-in-body",
    ),
    (
        "google-export",
        "5ho2s8kqf3m1c7u9n4b6v0x2zr@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:f.janssen.hh@web.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250404T080000Z
DTEND:20250404T090000Z
DTSTAMP:20250601T101011Z
ORGANIZER;CN=Dr. Kerstin Aalders:mailto:k.aalders@stiftung-meeresschutz.de
UID:5ho2s8kqf3m1c7u9n4b6v0x2zr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Kerstin Aalders;X-NUM-GUESTS=0:mailto:k.aalders@stiftung-meeresschutz.de
CREATED:20250328T091500Z
DESCRIPTION:Liebe Frau Janssen\, ich freue mich auf unser Gespräch über die Stelle als Pressesprecherin. Herzlich\, Kerstin Aalders (Vorstand)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nAn Videoanruf teilnehmen: https://meet.google.com/pqw-zmtc-gah\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250328T091622Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Pressesprecherin – DSM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Deutsche Stiftung Meeresschutz", "Pressesprecherin", "hiring_manager",
        "k.aalders@stiftung-meeresschutz.de", "x-wr-timezone-export-acronym-summary",
    ),
    (
        "webex-auswahlgespraech",
        "A1B2C3D4E5F60718@mnm-nord.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:A1B2C3D4E5F60718@mnm-nord.de
DTSTAMP:20250403T072211Z
DTSTART;TZID=Europe/Berlin:20250411T090000
DTEND;TZID=Europe/Berlin:20250411T100000
SUMMARY:Auswahlgespräch Leitung Presse- und Öffentlichkeitsarbeit (Interamt-ID 1198334)
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nwie telefonisch angekündigt\, findet Ihr Auswahlgespräch als Videokonferenz statt. Es nehmen teil: Frau Bettina Rohwer (Geschäftsführung)\, Herr Lars Iwersen (Prokurist\, Personal) und Frau Miriam Olbrich (Betriebsrat).\n\nWebex-Meeting beitreten:\nhttps://mnm-nord.webex.com/mnm-nord/j.php?MTID=m81d7c0e2f3a4b5c6d7e8f9a0b1c2d3e4\nMeeting-Kennnummer (Zugriffscode): 2731 554 0981\nMeeting-Passwort: MNM2025pr\n\nÜber Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig\n\nMit freundlichen Grüßen\nMetropolregion Nord Marketing GmbH
LOCATION:Webex
ORGANIZER;CN=Lars Iwersen:mailto:l.iwersen@mnm-nord.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Bettina Rohwer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b.rohwer@mnm-nord.de
ATTENDEE;CN=Miriam Olbrich;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:betriebsrat@mnm-nord.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Metropolregion Nord Marketing GmbH", "Leitung Presse- und Öffentlichkeitsarbeit", "",
        "b.rohwer@mnm-nord.de;l.iwersen@mnm-nord.de;betriebsrat@mnm-nord.de", "webex-interamt-id-betriebsrat",
    ),
    (
        "umantis-zoom",
        "umantis-ikoe-2025-12-r2-00417",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:umantis-ikoe-2025-12-r2-00417
DTSTAMP:20250407T135000Z
DTSTART;TZID=Europe/Berlin:20250416T140000
DTEND;TZID=Europe/Berlin:20250416T150000
SUMMARY:Vorstellungsgespräch Stelle 12/2025 (Wissenschaftskommunikation)
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nhiermit laden wir Sie zu einem Vorstellungsgespräch per Zoom ein. Bitte bereiten Sie eine kurze Präsentation (10 Min.) vor: "Ein Forschungsergebnis des IKÖ in drei Formaten".\n\nZoom: https://zoom.us/j/95512340087 (Kenncode 114477)\n\nMit freundlichen Grüßen\nProf. Dr. Henrike Lau\, Direktorin\, Institut für Küstenökonomie
LOCATION:Zoom
ORGANIZER;CN=Bewerbungsportal IKÖ:mailto:noreply@ikoe.umantis.com
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Henrike Lau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:henrike.lau@ikoe-institut.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Institut für Küstenökonomie", "Wissenschaftskommunikation", "",
        "henrike.lau@ikoe-institut.de", "umantis-research-institute-stelle-number",
    ),
    (
        "recruitee-brussels",
        "recruitee-interview-903311@greenbridge.recruitee.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:recruitee-interview-903311@greenbridge.recruitee.com
DTSTAMP:20250312T151515Z
DTSTART;TZID=Europe/Brussels:20250319T093000
DTEND;TZID=Europe/Brussels:20250319T103000
SUMMARY:Greenbridge Europe – Interview: Senior Communications Officer (German-speaking markets)
DESCRIPTION:Dear Friederike\,\n\nThank you for your application. Your interview with Sofie Janssens (Communications Director) and Marc Dubois (Campaigns) will take place on Microsoft Teams.\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4Mz\n\nKind regards\,\nGreenbridge Europe AISBL\, Rue d'Arlon 40\, 1000 Brussels
LOCATION:Microsoft Teams
ORGANIZER;CN=Greenbridge Europe:mailto:jobs@greenbridge.eu
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Sofie Janssens;PARTSTAT=ACCEPTED:mailto:sofie.janssens@greenbridge.eu
ATTENDEE;CN=Marc Dubois;PARTSTAT=ACCEPTED:mailto:marc.dubois@greenbridge.eu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Greenbridge Europe", "Senior Communications Officer (German-speaking markets)", "",
        "sofie.janssens@greenbridge.eu;marc.dubois@greenbridge.eu", "recruitee-interviewer-name-like-user",
    ),
    (
        "zoom-new-york",
        "hollis-r2-ff01a7c4@hollisfoundation.org",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NEW_YORK + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250408T090000
DTEND;TZID=America/New_York:20250408T100000
DTSTAMP:20250401T220110Z
ORGANIZER;CN=Rachel Okafor:mailto:rokafor@hollisfoundation.org
UID:hollis-r2-ff01a7c4@hollisfoundation.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Okafor;X-NUM-GUESTS=0:mailto:rokafor@hollisfoundation.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Whitfield;X-NUM-GUESTS=0:mailto:twhitfield@hollisfoundation.org
DESCRIPTION:Friederike – looking forward to continuing our conversation about the Head of Communications\, Europe role (Berlin office). Thomas (President) will join us. 3pm your time\, I believe!\n\nRachel Okafor\nChief Communications Officer\n\nJoin Zoom Meeting\nhttps://hollisfoundation.zoom.us/j/88120034456\nMeeting ID: 881 2003 4456\n\nDial by your location\n+1 646 558 8656 US (New York)\n+49 69 7104 9922 Germany
LOCATION:https://hollisfoundation.zoom.us/j/88120034456
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FJ / Hollis – Head of Comms Europe (round 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Hollis Foundation", "Head of Communications, Europe", "hiring_manager",
        "rokafor@hollisfoundation.org;twhitfield@hollisfoundation.org", "new-york-zone-us-foundation-europe-role",
    ),
]
