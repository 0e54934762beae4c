# ruff: noqa: E501
"""holdout158 events, part a: multi-round processes (Elbkai, Claussen-Hartwig, university, ministry). CC0 1.0."""

from holdout158ev_tz import BERLIN, W_EUROPE

EVENTS = [
    (
        "personio-screen",
        "personio-interview-8812734-elbkai",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-8812734-elbkai
DTSTAMP:20250210T081233Z
DTSTART;TZID=Europe/Berlin:20250213T163000
DTEND;TZID=Europe/Berlin:20250213T170000
SUMMARY:Telefoninterview: Leitung Unternehmenskommunikation (m/w/d) – Friederike Janssen
DESCRIPTION:Liebe Frau Janssen\,\n\nvielen Dank für Ihre Bewerbung als Leitung Unternehmenskommunikation (m/w/d) bei der Elbkai Logistik AG. Wie telefonisch vereinbart\, rufe ich Sie am Donnerstag unter der von Ihnen angegebenen Nummer (0170 4482913) an. Planen Sie bitte ca. 30 Minuten ein.\n\nViele Grüße\nSvenja Möller\nTalent Acquisition\, Elbkai Logistik AG\nAm Sandtorkai 41\, 20457 Hamburg
LOCATION:Telefon
ORGANIZER;CN=Svenja Möller:mailto:svenja.moeller@elbkai-logistik.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Svenja Möller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:svenja.moeller@elbkai-logistik.de
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Elbkai Logistik AG", "Leitung Unternehmenskommunikation (m/w/d)", "recruiter_screen",
        "svenja.moeller@elbkai-logistik.de", "personio-telefoninterview-same-word-as-press",
    ),
    (
        "outlook-second-round",
        "040000008200E00074C5B7101A82E00800000000B0F7D1A26F7BDB01000000000000000010000000C4E3A5D9E1B14C4A8E2F1D0B6A7C3E55",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lüders, Jörg";SENT-BY="mailto:anja.petersen@elbkai-logistik.de":mailto:joerg.lueders@elbkai-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Möller, Svenja":mailto:svenja.moeller@elbkai-logistik.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HQ 4.OG Kehrwieder (12 Pers.)":mailto:hq-4og-kehrwieder@elbkai-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nim Auftrag von Herrn Dr. Lüders (Vorstand Operations\, Personal und Kommunikation) lade ich Sie zum zweiten Gespräch über die Position Leitung Unternehmenskommunikation ein. Teilnehmen werden Herr Dr. Lüders und Frau Möller (Personal).\n\nBitte melden Sie sich am Empfang im Erdgeschoss\, Am Sandtorkai 41.\n\nMit freundlichen Grüßen\nAnja Petersen\nAssistenz des Vorstands\n
UID:040000008200E00074C5B7101A82E00800000000B0F7D1A26F7BDB01000000000000000010000000C4E3A5D9E1B14C4A8E2F1D0B6A7C3E55
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Leitung Unternehmenskommunikation / Frau Janssen
DTSTART;TZID=W. Europe Standard Time:20250227T140000
DTEND;TZID=W. Europe Standard Time:20250227T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T102211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HQ 4.OG Kehrwieder (12 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1488211752
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        1, "Elbkai Logistik AG", "Leitung Unternehmenskommunikation", "hiring_manager",
        "joerg.lueders@elbkai-logistik.de;svenja.moeller@elbkai-logistik.de", "outlook-sent-by-assistant-room-resource",
    ),
    (
        "outlook-moved",
        "040000008200E00074C5B7101A82E00800000000B0F7D1A26F7BDB01000000000000000010000000C4E3A5D9E1B14C4A8E2F1D0B6A7C3E55",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lüders, Jörg";SENT-BY="mailto:anja.petersen@elbkai-logistik.de":mailto:joerg.lueders@elbkai-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Möller, Svenja":mailto:svenja.moeller@elbkai-logistik.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HQ 2.OG Baumwall (6 Pers.)":mailto:hq-2og-baumwall@elbkai-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nleider muss Herr Dr. Lüders den Termin wegen einer kurzfristig anberaumten Aufsichtsratssitzung verschieben. Wir bitten um Ihr Verständnis und freuen uns\, wenn der neue Termin am Dienstag\, 4. März\, für Sie passt. Raum: Baumwall\, 2. OG.\n\nMit freundlichen Grüßen\nAnja Petersen\nAssistenz des Vorstands\n
UID:040000008200E00074C5B7101A82E00800000000B0F7D1A26F7BDB01000000000000000010000000C4E3A5D9E1B14C4A8E2F1D0B6A7C3E55
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Leitung Unternehmenskommunikation / Frau Janssen (NEUER TERMIN)
DTSTART;TZID=W. Europe Standard Time:20250304T090000
DTEND;TZID=W. Europe Standard Time:20250304T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T161502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:HQ 2.OG Baumwall (6 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1488211752
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        1, "Elbkai Logistik AG", "Leitung Unternehmenskommunikation", "hiring_manager",
        "joerg.lueders@elbkai-logistik.de;svenja.moeller@elbkai-logistik.de", "rescheduled-same-uid-higher-sequence",
    ),
    (
        "typed-final",
        "9C41E0B2-55AF-4D7E-8A31-2F0D5C6B7E19",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250307T195512Z
DTSTAMP:20250307T195601Z
UID:9C41E0B2-55AF-4D7E-8A31-2F0D5C6B7E19
DTSTART:20250318T110000
DTEND:20250318T123000
SUMMARY:Elbkai Finale – Vorstand
DESCRIPTION:Dr. Lüders + Fr. Kamp (CEO)\, 100-Tage-Plan als Handout 3x ausdrucken!\nSandtorkai 41\, Empfang EG\nnicht wieder Blazer grau
LOCATION:Am Sandtorkai 41\, Hamburg
SEQUENCE:0
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H
UID:4E1B2C77-0F11-4E0A-9AB3-11D5E0C0A7F2
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        1, "Elbkai Logistik AG", "", "final",
        "Dr. Lüders;Fr. Kamp", "hand-typed-floating-final-no-attendees",
    ),
    (
        "bookings-first",
        "ECB5A0F1C1A34E6F9D7B@claussen-hartwig-stiftung.de",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Bewerbungsgespräche Claussen-Hartwig-Stiftung:mailto:Bewerbungsgespraeche@claussen-hartwig-stiftung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Janssen:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Augustin, Merle Dr.":mailto:m.augustin@claussen-hartwig-stiftung.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Kennenlerngespräch Pressesprecher*in (60 Minuten)\nMitarbeiter: Dr. Merle Augustin\, Vorständin\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät aus teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzQ5>\nBesprechungs-ID: 371 228 904 117\nPasscode: Xq7bP3\n________________________________________________________________________________\n\nBuchung verwalten: https://outlook.office365.com/owa/calendar/ClaussenHartwigStiftung@claussen-hartwig-stiftung.de/bookings/\n
UID:ECB5A0F1C1A34E6F9D7B@claussen-hartwig-stiftung.de
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Pressesprecher*in mit Friederike Janssen
DTSTART;TZID=W. Europe Standard Time:20250221T100000
DTEND;TZID=W. Europe Standard Time:20250221T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzQ5
END:VEVENT
END:VCALENDAR
""",
        1, "Claussen-Hartwig-Stiftung", "Pressesprecher*in", "hiring_manager",
        "m.augustin@claussen-hartwig-stiftung.de", "ms-bookings-kennenlerngespraech-teams",
    ),
    (
        "arbeitsprobe",
        "040000008200E00074C5B7101A82E008000000002A9CC0F47E86DB010000000000000000100000009E2B0D5C7A1F4B7C8C3E2A1D0F9B8E77",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Augustin, Merle Dr.":mailto:m.augustin@claussen-hartwig-stiftung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Janssen:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Till":mailto:t.ohlsen@claussen-hartwig-stiftung.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Empfang Stiftungshaus":mailto:empfang@claussen-hartwig-stiftung.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Janssen\,\n\nwie besprochen: Wir beginnen mit einer kurzen Arbeitsprobe (45 Min.\, Laptop wird gestellt): Sie erhalten vor Ort eine Fallbeschreibung und verfassen eine Pressemitteilung sowie drei Social-Posts dazu. Anschließend sprechen Herr Ohlsen (Programmleitung) und ich mit Ihnen darüber.\n\nStiftungshaus\, Palmaille 52\, 22767 Hamburg\, 2. Stock.\n\nHerzliche Grüße\nMerle Augustin\n
UID:040000008200E00074C5B7101A82E008000000002A9CC0F47E86DB010000000000000000100000009E2B0D5C7A1F4B7C8C3E2A1D0F9B8E77
SUMMARY;LANGUAGE=de-DE:Zweites Gespräch inkl. Arbeitsprobe – Pressesprecher*in
DTSTART;TZID=W. Europe Standard Time:20250311T130000
DTEND;TZID=W. Europe Standard Time:20250311T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T150044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Stiftungshaus Palmaille 52\, 2. OG
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        1, "Claussen-Hartwig-Stiftung", "Pressesprecher*in", "technical",
        "m.augustin@claussen-hartwig-stiftung.de;t.ohlsen@claussen-hartwig-stiftung.de", "arbeitsprobe-pressemitteilung-writing-test",
    ),
    (
        "uni-auswahl",
        "040000008200E00074C5B7101A82E00800000000F1A20C7D9C92DB01000000000000000010000000AA7D3E1B5C2F4E8D9B6A0C1E2F3D4B59",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dehn, Katharina Prof. Dr.";SENT-BY="mailto:praesidialbuero@uni-wilhelmsburg.de":mailto:praesidentin@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hartmann, Bernd":mailto:kanzler@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yilmaz, Derya":mailto:derya.yilmaz@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gleichstellungsbeauftragte":mailto:gleichstellung@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personalrat TVP":mailto:personalrat-tvp@uni-wilhelmsburg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Senatssaal (Hauptgebäude R. 0.14)":mailto:raum-senatssaal@uni-wilhelmsburg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nim Namen der Auswahlkommission lade ich Sie zu einem persönlichen Auswahlgespräch für die Stelle "Leitung der Stabsstelle Presse und Kommunikation (EG 14 TV-L\, Kennziffer P-2025-011)" ein.\n\nDer Auswahlkommission gehören an: Prof. Dr. Katharina Dehn (Präsidentin)\, Bernd Hartmann (Kanzler)\, Derya Yilmaz (Vizepräsidentin Transfer)\, die Gleichstellungsbeauftragte sowie ein Mitglied des Personalrats.\n\nDas Gespräch dauert ca. 60 Minuten. Reisekosten werden nach BRKG nicht erstattet.\n\nMit freundlichen Grüßen\nIm Auftrag\nMarlies Reinke\nPräsidialbüro\n
UID:040000008200E00074C5B7101A82E00800000000F1A20C7D9C92DB01000000000000000010000000AA7D3E1B5C2F4E8D9B6A0C1E2F3D4B59
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Stabsstelle Presse und Kommunikation – Frau Janssen
DTSTART;TZID=W. Europe Standard Time:20250320T103000
DTEND;TZID=W. Europe Standard Time:20250320T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T074501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Senatssaal (Hauptgebäude R. 0.14)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        1, "Universität Wilhelmsburg", "Leitung der Stabsstelle Presse und Kommunikation", "onsite",
        "praesidentin@uni-wilhelmsburg.de;kanzler@uni-wilhelmsburg.de;derya.yilmaz@uni-wilhelmsburg.de;gleichstellung@uni-wilhelmsburg.de;personalrat-tvp@uni-wilhelmsburg.de",
        "university-auswahlkommission-personalrat-room",
    ),
    (
        "uni-vortrag",
        "040000008200E00074C5B7101A82E0080000000071D3E5A0F29BDB010000000000000000100000005C8B2E4A9D1F4C3B8A7E6D5C4B3A2F10",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Präsidialbüro";SENT-BY="mailto:marlies.reinke@uni-wilhelmsburg.de":mailto:praesidialbuero@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dehn, Katharina Prof. Dr.":mailto:praesidentin@uni-wilhelmsburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hartmann, Bernd":mailto:kanzler@uni-wilhelmsburg.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gleichstellungsbeauftragte":mailto:gleichstellung@uni-wilhelmsburg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nwir freuen uns\, Sie in die zweite und abschließende Runde einzuladen. Bitte bereiten Sie einen Impulsvortrag (max. 15 Minuten) zum Thema "Wissenschaftskommunikation unter Druck: Wie positioniert sich eine mittelgroße Universität?" vor. Ein Beamer steht bereit. Im Anschluss Gespräch mit dem Präsidium.\n\nIm Auftrag\nMarlies Reinke\n
UID:040000008200E00074C5B7101A82E0080000000071D3E5A0F29BDB010000000000000000100000005C8B2E4A9D1F4C3B8A7E6D5C4B3A2F10
SUMMARY;LANGUAGE=de-DE:P-2025-011 / 2. Runde: Impulsvortrag und Gespräch mit dem Präsidium
DTSTART;TZID=W. Europe Standard Time:20250408T140000
DTEND;TZID=W. Europe Standard Time:20250408T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T112009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Präsidium\, Hauptgebäude 1. OG\, Raum 1.02
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Universität Wilhelmsburg", "", "final",
        "praesidentin@uni-wilhelmsburg.de;kanzler@uni-wilhelmsburg.de;gleichstellung@uni-wilhelmsburg.de", "university-kennziffer-summary-impulsvortrag-final",
    ),
    (
        "ministerium-test",
        "040000008200E00074C5B7101A82E008000000004C1F0B2E3A9ADB01000000000000000010000000D1E2F3A4B5C6478899AABBCCDDEEFF01",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Referat Z 13 - Personalgewinnung":mailto:Z13-Auswahlverfahren@bmel.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nim Rahmen des Auswahlverfahrens zur Besetzung des Dienstpostens "Referentin / Referent (w/m/d) im Referat L2 – Presse\, stellvertretende Pressesprecherin / stellvertretender Pressesprecher" (Kennziffer 25-L2-07) laden wir Sie zur schriftlichen Aufgabe ein. Bearbeitungszeit: 90 Minuten\, Hilfsmittel sind nicht zugelassen.\n\nOrt: Bundesministerium für Ernährung und Landwirtschaft\, Dienstsitz Berlin\, Wilhelmstraße 54\, 10117 Berlin\, Raum 3.117. Bitte bringen Sie ein gültiges Ausweisdokument mit.\n\nIm Auftrag\nZ 13\n
UID:040000008200E00074C5B7101A82E008000000004C1F0B2E3A9ADB01000000000000000010000000D1E2F3A4B5C6478899AABBCCDDEEFF01
SUMMARY;LANGUAGE=de-DE:Auswahlverfahren 25-L2-07 – schriftliche Aufgabe
DTSTART;TZID=W. Europe Standard Time:20250325T093000
DTEND;TZID=W. Europe Standard Time:20250325T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T130355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BMEL Berlin\, Wilhelmstraße 54\, Raum 3.117
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Bundesministerium für Ernährung und Landwirtschaft",
        "Referentin / Referent (w/m/d) im Referat L2 – Presse, stellvertretende Pressesprecherin / stellvertretender Pressesprecher",
        "technical", "", "ministry-written-test-functional-mailbox",
    ),
    (
        "ministerium-webex",
        "040000008200E00074C5B7101A82E00800000000E77A1C3D4B9CDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Referat Z 13 - Personalgewinnung":mailto:Z13-Auswahlverfahren@bmel.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Cornelia":mailto:cornelia.wendt@bmel.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baumgart, Ulrich":mailto:ulrich.baumgart@bmel.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gleichstellungsbeauftragte BMEL":mailto:gleichstellungsbeauftragte@bmel.bund.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personalrat BMEL":mailto:personalrat@bmel.bund.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nwir freuen uns\, Ihnen mitteilen zu können\, dass Sie nach der schriftlichen Aufgabe zum strukturierten Auswahlgespräch eingeladen werden (Kennziffer 25-L2-07). Das Gespräch führen Frau Wendt (Leiterin Referat L2\, Pressesprecherin) und Herr Baumgart (Referat Z 13) unter Beteiligung der Gleichstellungsbeauftragten und des Personalrats. Dauer ca. 45 Minuten.\n\nDas Gespräch findet per Webex statt:\nhttps://bmel.webex.com/bmel/j.php?MTID=m5e0a7c1d2b3f4e5a6b7c8d9e0f1a2b3c\nMeeting-Kennnummer: 2784 119 0372\nPasswort: Ausw25L2\nEinwahl per Telefon: +49-619-6781-9736\,\,27841190372##\n\nIm Auftrag\nZ 13\n
UID:040000008200E00074C5B7101A82E00800000000E77A1C3D4B9CDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-DE:25-L2-07 Janssen (Webex)
DTSTART;TZID=W. Europe Standard Time:20250415T100000
DTEND;TZID=W. Europe Standard Time:20250415T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T090112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Bundesministerium für Ernährung und Landwirtschaft", "", "",
        "cornelia.wendt@bmel.bund.de;ulrich.baumgart@bmel.bund.de;gleichstellungsbeauftragte@bmel.bund.de;personalrat@bmel.bund.de",
        "ministry-kennziffer-only-summary-webex",
    ),
]
