# ruff: noqa: E501, W291, W293, RUF100
"""holdout283 events, part c: the user's own interviews (rescue services, hospitals, schools, small firms)."""

from holdout283ev_zones import BERLIN, BERLIN_APPLE, W_EUROPE

GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EVENTS = [
    dict(
        kind="dvinci-invite",
        uid="dvinci-rdwb-2025-0447-termin-19@bewerbung.rd-weserbergland.example.de",
        is_interview=1,
        company="Rettungsdienst Weserbergland",
        role="Notfallsanitäter/in mit Praxisanleiter-Funktion (Rettungswache Hameln-Nord)",
        stage="hiring_manager",
        interviewers="heinrich.kahle@rd-weserbergland.example.de;frauke.ruebsam@rd-weserbergland.example.de",
        trap="dvinci-ats-vorstellungsgespraech-rescue-service",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:dvinci-rdwb-2025-0447-termin-19@bewerbung.rd-weserbergland.example.de
DTSTAMP:20250919T120442Z
DTSTART;TZID=Europe/Berlin:20251001T100000
DTEND;TZID=Europe/Berlin:20251001T110000
SUMMARY:Vorstellungsgespräch: Notfallsanitäter/in mit Praxisanleiter-Funkti
 on (Rettungswache Hameln-Nord)
ORGANIZER;CN=Rettungsdienst Weserbergland gGmbH – Personal:mailto:bewerbung
 @rd-weserbergland.example.de
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN=Heinrich Kahle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:he
 inrich.kahle@rd-weserbergland.example.de
ATTENDEE;CN=Frauke Rübsam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fra
 uke.ruebsam@rd-weserbergland.example.de
LOCATION:Verwaltung Rettungsdienst Weserbergland\, Deisterallee 40\, 31785 H
 ameln\, 2. OG
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nwir freuen uns\, Sie zu einem pe
 rsönlichen Vorstellungsgespräch einzuladen. Gesprächspartner: Heinrich Kah
 le (Leiter Rettungsdienst) und Frauke Rübsam (Personalreferentin).\n\nBitt
 e bestätigen Sie den Termin über den Link in Ihrer E-Mail.\n\nFahrtkosten 
 werden nach BRKG erstattet.\n\nMit freundlichen Grüßen\nRettungsdienst Wes
 erbergland gGmbH\n\n(erstellt mit d.vinci Bewerbermanagement)\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-hospitation",
        uid="040000008200E00074C5B7101A82E00800000000A4C1E9D7B35DDC01000000000000000010000000F3B9C2E7A15D4B08A6E4F1C9D27B3E61",
        is_interview=1,
        company="Rettungsdienst Weserbergland",
        role="",
        stage="onsite",
        interviewers="heinrich.kahle@rd-weserbergland.example.de",
        trap="hospitationsdienst-rtw-utc-times-feedback-talk",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kahle, Heinrich":mailto:heinrich.kahle@rd-weserbergland.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RW Hameln-Nord Wachleitung":mailto:rw-hameln-nord@rd-weserbergland.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wendt\,\n\nwie besprochen der Hospitationsdienst auf dem RTW der Rettungswache Hameln-Nord als Teil des Bewerbungsverfahrens. Sie fahren als dritte Person mit\, Dienstkleidung wird gestellt (Größe bitte vorher mitteilen). Um 15:30 setzen wir uns zum Rückmeldegespräch zusammen.\n\nHeinrich Kahle\n
UID:040000008200E00074C5B7101A82E00800000000A4C1E9D7B35DDC01000000000000000010000000F3B9C2E7A15D4B08A6E4F1C9D27B3E61
SUMMARY;LANGUAGE=de-DE:Hospitationsdienst RTW (Bewerbungsverfahren) – Hr. Wendt
DTSTART:20251011T050000Z
DTEND:20251011T143000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T093315Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rettungswache Hameln-Nord
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-interview",
        uid="c1a7e5d3-9b24-4f80-a6e2-7d3b0f9c4e15",
        is_interview=1,
        company="Rettungsdienst Heidmark",
        role="Notfallsanitäter/in (m/w/d)",
        stage="hiring_manager",
        interviewers="carsten.woehler@rd-heidmark.example.de",
        trap="bookings-bewerbungsgespraech-self-booked",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Karriere Rettungsdienst Heidmark:mailto:Karriere@rdheidmark.onmicrosoft.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jan-Philipp Wendt:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Carsten Wöhler:mailto:carsten.woehler@rd-heidmark.example.de
DESCRIPTION;LANGUAGE=de-DE:Vielen Dank für Ihre Buchung bei Karriere Rettungsdienst Heidmark.\n\nDienstleistung: Bewerbungsgespräch Notfallsanitäter/in (m/w/d)\nMitarbeiter: Carsten Wöhler (Leitung Rettungsdienst)\nDauer: 45 Minuten\nOrt: Rettungswache Soltau\, Harburger Straße 61\n\nWenn Sie Ihre Buchung ändern oder stornieren müssen\, verwenden Sie bitte diesen Link: https://outlook.office365.example.com/bookwithme/Karriere@rdheidmark.onmicrosoft.example.com\n
UID:c1a7e5d3-9b24-4f80-a6e2-7d3b0f9c4e15
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Notfallsanitäter/in (m/w/d) zwischen Jan-Philipp Wendt und Carsten Wöhler
DTSTART;TZID=W. Europe Standard Time:20251023T093000
DTEND;TZID=W. Europe Standard Time:20251023T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251012T195402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rettungswache Soltau\, Harburger Straße 61
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-paren-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000C9D2F8A1E46DDC01000000000000000010000000B7E3A9C1D52F4E06B8A1D7C4E93F20A8",
        is_interview=1,
        company="Rettungsdienst Heidmark",
        role="Praxisanleiter/in",
        stage="final",
        interviewers="carsten.woehler@rd-heidmark.example.de;maren.tiedemann@rd-heidmark.example.de",
        trap="second-round-paren-tzid-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN="Wöhler, Carsten";RSVP=TRUE:mailto:carsten.woehler@rd-heidmark.example.de
CLASS:PUBLIC
CREATED:20251103T141208Z
DESCRIPTION:Hallo Herr Wendt\,\n\nwie telefonisch angekündigt möchten wir 
 mit Ihnen in einer zweiten Runde über die Praxisanleiter/in-Funktion (50 %
  Freistellung) sprechen. Dabei sind Herr Wöhler und ich. Im Anschluss erh
 alten Sie unsere Entscheidung.\n\nMaren Tiedemann\nPersonalleitung\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251112T150000
DTSTAMP:20251103T141208Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251112T140000
LAST-MODIFIED:20251103T141208Z
LOCATION:Verwaltung Soltau\, Besprechungsraum
ORGANIZER;CN="Tiedemann, Maren":mailto:maren.tiedemann@rd-heidmark.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:2. Gespräch Praxisanleiter/in – Wendt
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C9D2F8A1E46DDC01000000000000000010000000B7E3A9C1D52F4E06B8A1D7C4E93F20A8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-coordinator-organizer",
        uid="040000008200E00074C5B7101A82E00800000000E3B7A5C2F17EDC01000000000000000010000000A9D4F2B8C61E4A73B0C5E8D3F14A69B7",
        is_interview=1,
        company="Klinikum Leinetal",
        role="Notfallsanitäter/in ZNA",
        stage="hiring_manager",
        interviewers="stefanie.oltmanns@klinikum-leinetal.example.de;henning.lampe@klinikum-leinetal.example.de",
        trap="hospital-ed-role-secretary-organizer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Sekretariat Pflegedirektion:mailto:pflegedirektion@klinikum-leinetal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Oltmanns, Stefanie":mailto:stefanie.oltmanns@klinikum-leinetal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Lampe, Dr. med. Henning":mailto:henning.lampe@klinikum-leinetal.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nim Auftrag von Frau Oltmanns (Pflegerische Leitung ZNA) laden wir Sie zum Vorstellungsgespräch ein. Ebenfalls anwesend ist Herr Dr. Lampe (Chefarzt Notfallmedizin).\n\nTreffpunkt: Haupteingang\, Sie werden abgeholt.\n\nMit freundlichen Grüßen\nSekretariat Pflegedirektion\nKlinikum Leinetal\n
UID:040000008200E00074C5B7101A82E00800000000E3B7A5C2F17EDC01000000000000000010000000A9D4F2B8C61E4A73B0C5E8D3F14A69B7
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Notfallsanitäter/in ZNA – Herr Wendt
DTSTART;TZID=W. Europe Standard Time:20251119T130000
DTEND;TZID=W. Europe Standard Time:20251119T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T074812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klinikum Leinetal\, Konferenzraum Pflegedirektion (Haus A\, 3. OG)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-invite",
        uid="0d8k2rj5vq1nbh6p3ml7s9ct4e@google.com",
        is_interview=1,
        company="Bildungsinstitut Rettungswesen Niedersachsen",
        role="Lehrkraft / Praxisanleiter/in",
        stage="hiring_manager",
        interviewers="gunnar.fricke@birn-nds.example.de",
        trap="school-employer-erstgespraech-google-meet",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251006T150000Z
DTEND:20251006T154500Z
DTSTAMP:20250930T103355Z
ORGANIZER;CN=Gunnar Fricke:mailto:gunnar.fricke@birn-nds.example.de
UID:0d8k2rj5vq1nbh6p3ml7s9ct4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gunnar Fricke;X-NUM-GUESTS=0:mailto:gunnar.fricke@birn-nds.example.de
CREATED:20250930T103354Z
DESCRIPTION:Erstgespräch zu Ihrer Bewerbung als Lehrkraft / Praxisanleiter/
 in in der Notfallsanitäterausbildung (BIRN\, Standort Hannover). Bei posit
 ivem Verlauf laden wir Sie zu einer Lehrprobe ein.\n\nDr. Gunnar Fricke\, 
 Schulleitung\n\nMit Google Meet teilnehmen: https://meet.google.com/vbn-tr
 qz-ohw\nTelefonisch teilnehmen: (DE) +49 30 3001 94417 PIN: 412 887 903#\n
 \nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n
 Sie erhalten diese E-Mail\, weil Sie Gast dieses Termins sind.
LAST-MODIFIED:20250930T103355Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Erstgespräch Bewerbung Lehrkraft/PA – BIRN
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-lehrprobe",
        uid="040000008200E00074C5B7101A82E00800000000B1E6D4C9A38FDC01000000000000000010000000D2A8F5C1E73B4D09A4B6E2F8C15D7A30",
        is_interview=1,
        company="Bildungsinstitut Rettungswesen Niedersachsen",
        role="Lehrkraft",
        stage="technical",
        interviewers="gunnar.fricke@birn-nds.example.de;katharina.luehrs@birn-nds.example.de",
        trap="lehrprobe-teaching-sample-as-selection",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lührs, Katharina":mailto:katharina.luehrs@birn-nds.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fricke, Dr. Gunnar":mailto:gunnar.fricke@birn-nds.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BIRN H Skills-Lab 2":mailto:skillslab2@birn-nds.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nwie besprochen: Lehrprobe im Rahmen Ihrer Bewerbung (20 Minuten Unterricht mit dem Kurs NFS 24/2\, danach 25 Minuten Reflexion und Gespräch mit Dr. Fricke und mir).\n\nThema: Atemwegsmanagement beim Kind – supraglottische Atemwegshilfen\nBeamer und Kinder-Simulator sind vorhanden.\n\nKatharina Lührs\nFachbereichsleitung Notfallsanitäterausbildung\n
UID:040000008200E00074C5B7101A82E00800000000B1E6D4C9A38FDC01000000000000000010000000D2A8F5C1E73B4D09A4B6E2F8C15D7A30
SUMMARY;LANGUAGE=de-DE:Lehrprobe Bewerbung Lehrkraft – Hr. Wendt (Atemweg Kind)
DTSTART;TZID=W. Europe Standard Time:20251028T093000
DTEND;TZID=W. Europe Standard Time:20251028T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T121742Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BIRN H Skills-Lab 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="android-handtyped",
        uid="6r3ptc0h2m9vqk1d8j4l5s7n0b@google.com",
        is_interview=1,
        company="Akademie für Notfallmedizin Calenberg",
        role="",
        stage="",
        interviewers="Fr. Dierks",
        trap="terse-abbreviation-pa-stelle-typo",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jp.wendt@posteo.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251124T100000Z
DTEND:20251124T110000Z
DTSTAMP:20251201T080000Z
UID:6r3ptc0h2m9vqk1d8j4l5s7n0b@google.com
CREATED:20251117T154112Z
DESCRIPTION:
LAST-MODIFIED:20251117T154112Z
LOCATION:Akademie Calenberg\, Pattensen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespr. Akademie Calenberg wg PA-Stele 11h Fr. Dierks
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="nextcloud-jitsi",
        uid="a5c9e1f7-3b2d-4a68-9e0c-6f1d8b4a2e73",
        is_interview=1,
        company="Telenotarzt-Zentrale Südniedersachsen",
        role="Telenotarzt-Assistenz",
        stage="hiring_manager",
        interviewers="ansgar.meiners@tna-suednds.example.de",
        trap="nextcloud-jitsi-public-sector-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//IDN nextcloud.com//Calendar app 4.7.2//EN
CALSCALE:GREGORIAN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20251027T080211Z
DTSTAMP:20251027T080541Z
LAST-MODIFIED:20251027T080541Z
SEQUENCE:2
UID:a5c9e1f7-3b2d-4a68-9e0c-6f1d8b4a2e73
DTSTART;TZID=Europe/Berlin:20251104T080000
DTEND;TZID=Europe/Berlin:20251104T084500
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Telenotarzt-Assistenz (NotSan) – Wendt
LOCATION:https://meet.tna-suednds.example.de/TNA-Bewerbung-Wendt
DESCRIPTION:Guten Morgen Herr Wendt\,\n\nunser Gespräch findet per Jitsi s
 tatt (Link oben\, kein Passwort). Ich bin Ärztlicher Leiter der Telenotarz
 t-Zentrale und führe das Gespräch allein\, Frau Seegers (Verwaltung) nimmt
  nur das Protokoll.\n\nDr. Ansgar Meiners\n
ORGANIZER;CN=Ansgar Meiners:mailto:ansgar.meiners@tna-suednds.example.de
ATTENDEE;CN=Jan-Philipp Wendt;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=
 REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=de:mailto:jp.wendt@posteo.de
ATTENDEE;CN=Imke Seegers;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=OPT-PARTI
 CIPANT;RSVP=FALSE;LANGUAGE=de:mailto:imke.seegers@tna-suednds.example.de
END:VEVENT
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
END:VCALENDAR
""",
    ),
    dict(
        kind="gmail-owner-coffee",
        uid="2pb7h0qv5k3m9d1c8tn4rl6s0a@google.com",
        is_interview=1,
        company="Eventmedic Nord",
        role="Einsatzleiter Sanitätsdienst",
        stage="hiring_manager",
        interviewers="eventmedic.nord@gmail.com",
        trap="coffee-wording-but-real-interview-owner-gmail",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251018T090000Z
DTEND:20251018T100000Z
DTSTAMP:20251012T181504Z
ORGANIZER;CN=Thies Wübbenhorst:mailto:eventmedic.nord@gmail.com
UID:2pb7h0qv5k3m9d1c8tn4rl6s0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thies Wübbenhorst;X-NUM-GUESTS=0:mailto:eventmedic.nord@gmail.com
CREATED:20251012T181503Z
DESCRIPTION:Moin Jan-Philipp\,\nzu deiner Bewerbung als Einsatzleiter Sanit
 ätsdienst (Festivals\, Fußball\, Messe): lass uns bei nem Kaffee quatschen
 \, dann erzähl ich dir\, wie wir arbeiten\, und du mir\, was du mitbringst
  (OrgL? ELRD-Lehrgang?). Danach entscheide ich zügig.\nThies\nEventmedic N
 ord GmbH\n\nEinladung von Google Kalender: https://calendar.google.com/cal
 endar/
LAST-MODIFIED:20251012T181504Z
LOCATION:Bäckerei Meyer am Lister Platz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee + Kennenlernen (Eventmedic)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-english-gmt",
        uid="040000008200E00074C5B7101A82E00800000000D8A3C6F1B29ADC01000000000000000010000000E1C7B4A92F3D4E68B5A0C3F7D81E92B4",
        is_interview=1,
        company="WindCare Offshore",
        role="Offshore Medic (Paramedic) – North Sea",
        stage="hiring_manager",
        interviewers="gareth.hughes@windcare-offshore.example.co.uk",
        trap="english-gmt-standard-time-uk-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT + r"""BEGIN:VEVENT
ORGANIZER;CN="Hughes, Gareth":mailto:gareth.hughes@windcare-offshore.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
DESCRIPTION;LANGUAGE=en-GB:Hi Jan-Philipp\,\n\nThanks for your application for Offshore Medic (Paramedic) – North Sea. I'd like to have a chat about your clinical background\, your BOSIET/GWO status and the 2/2 rotation from Esbjerg and Eemshaven. I manage the medic team\, so this is the main interview\; a medical and reference checks follow.\n\nCheers\nGareth Hughes\nMedical Services Manager\, WindCare Offshore Ltd\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_OGU4YzJm%40thread.v2/0>\nMeeting ID: 344 018 266 903\nPasscode: kT9w4Z\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D8A3C6F1B29ADC01000000000000000010000000E1C7B4A92F3D4E68B5A0C3F7D81E92B4
SUMMARY;LANGUAGE=en-GB:Interview – Offshore Medic (Paramedic) – J-P Wendt
DTSTART;TZID=GMT Standard Time:20251209T090000
DTEND;TZID=GMT Standard Time:20251209T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T163041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invitee",
        uid="d4e8f2a6-1c3b-4d57-8a9e-0b2c6f1e7d35@calendly.example.com",
        is_interview=1,
        company="AeroMedic Charter",
        role="Flight Paramedic (Ambulanzjet)",
        stage="recruiter_screen",
        interviewers="silke.harmening@aeromedic-charter.example.de",
        trap="calendly-invitee-side-erstgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d4e8f2a6-1c3b-4d57-8a9e-0b2c6f1e7d35@calendly.example.com
DTSTAMP:20251110T201812Z
DTSTART:20251113T120000Z
DTEND:20251113T122000Z
SUMMARY:Erstgespräch Flight Paramedic zwischen Silke Harmening und Jan-Phili
 pp Wendt
ORGANIZER;CN=Silke Harmening:mailto:silke.harmening@aeromedic-charter.examp
 le.de
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=F
 ALSE:mailto:jp.wendt@posteo.de
LOCATION:Telefonat – Silke Harmening ruft Sie unter +4917633810457 an
DESCRIPTION:Event Name: Erstgespräch Flight Paramedic (Ambulanzjet)\n\nDate
 /Time: 13:00 - Thursday\, 13. November 2025 (Central European Time)\n\nQue
 stions:\nWie sind Sie auf uns aufmerksam geworden?\nStellenanzeige auf ret
 tungsdienst-jobs\n\nFlugerfahrung (Repatriierung / Intensivtransport)?\nNe
 in\, nur bodengebunden\, ITW-Hospitation\n\nNeed to make changes to this 
 event?\nCancel: https://calendly.example.com/cancellations/d4e8f2a6\nResche
 dule: https://calendly.example.com/reschedulings/d4e8f2a6\n\nPowered by Ca
 lendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-auswahlkommission",
        uid="040000008200E00074C5B7101A82E00800000000F5C2A8D3B61BDC01000000000000000010000000C4E9B1D7A38F4C02B7D5E3A1F96C48D1",
        is_interview=1,
        company="Landkreis Schaumland",
        role="Praxisanleiter/in Rettungsdienst",
        stage="onsite",
        interviewers="arne.duevel@lk-schaumland.example.de;ilka.brueggemann@lk-schaumland.example.de",
        trap="public-sector-auswahlkommission-gleichstellung-observer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brüggemann, Ilka (FD 11 Personal)":mailto:ilka.brueggemann@lk-schaumland.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Düvel, Arne (FD 32 Rettungsdienst)":mailto:arne.duevel@lk-schaumland.example.de
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gleichstellungsbeauftragte":mailto:gleichstellung@lk-schaumland.example.de
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Personalrat Kreisverwaltung":mailto:personalrat@lk-schaumland.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kreishaus Raum 114 (Kleiner Sitzungssaal)":mailto:raum114@lk-schaumland.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Wendt\,\n\nbezugnehmend auf Ihre Bewerbung über Interamt (Stellen-ID 1187422) laden wir Sie zum Auswahlgespräch vor der Auswahlkommission ein. Die Kommission besteht aus Herrn Düvel (Fachdienstleitung Rettungsdienst) und mir\; Gleichstellungsbeauftragte und Personalrat nehmen gemäß NPersVG beratend teil.\n\nBitte planen Sie ca. 60 Minuten ein\, inklusive einer kurzen Präsentation (10 Min.): "Wie gestalte ich den ersten Praxiseinsatz eines NotSan-Azubis?"\n\nMit freundlichen Grüßen\nIlka Brüggemann\nFachdienst Personal\n
UID:040000008200E00074C5B7101A82E00800000000F5C2A8D3B61BDC01000000000000000010000000C4E9B1D7A38F4C02B7D5E3A1F96C48D1
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Praxisanleiter/in Rettungsdienst – Bewerber 3 (Wendt)
DTSTART;TZID=W. Europe Standard Time:20251120T110000
DTEND;TZID=W. Europe Standard Time:20251120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T101019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreishaus Raum 114 (Kleiner Sitzungssaal)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-copied",
        uid="7mtr1c4q0v9k2bh5p3sl8n6d0e@google.com",
        is_interview=1,
        company="Landkreis Schaumland",
        role="",
        stage="final",
        interviewers="Dr. Höper",
        trap="self-copied-entry-dezernent-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:JP privat
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251204T083000
DTEND;TZID=Europe/Berlin:20251204T090000
DTSTAMP:20251205T060000Z
UID:7mtr1c4q0v9k2bh5p3sl8n6d0e@google.com
CREATED:20251125T120455Z
DESCRIPTION:LK Schaumland: letztes Gespräch beim Dezernenten Dr. Höper (Ord
 nung/Rettungsdienst)\, danach Entscheidung. Frau Brüggemann hat angerufen.
  Anzug?
LAST-MODIFIED:20251125T120612Z
LOCATION:Kreishaus\, Zi. 201
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:LK Schaumland 2. Gespräch Dezernent
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="umantis-invite",
        uid="umantis-snd-2025-118-int-0042@samaritanerbund-nordost.example.de",
        is_interview=1,
        company="Samaritanerbund Nordost",
        role="Notfallsanitäter/in mit Praxisanleitung",
        stage="hiring_manager",
        interviewers="jana.heitmueller@samaritanerbund-nordost.example.de",
        trap="aid-organisation-competitor-umantis",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Haufe-umantis AG//Talent Management//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-snd-2025-118-int-0042@samaritanerbund-nordost.example.de
DTSTAMP:20251027T132208Z
DTSTART:20251105T130000Z
DTEND:20251105T140000Z
SUMMARY:Einladung zum Vorstellungsgespräch – Notfallsanitäter/in mit Praxisa
 nleitung (Kennziffer 2025-118)
ORGANIZER;CN=Samaritanerbund Nordost e.V. Recruiting:mailto:recruiting@sama
 ritanerbund-nordost.example.de
ATTENDEE;CN=Wendt Jan-Philipp;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jp.wend
 t@posteo.de
ATTENDEE;CN=Heitmüller Jana;ROLE=REQ-PARTICIPANT:mailto:jana.heitmueller@sa
 maritanerbund-nordost.example.de
LOCATION:Regionalgeschäftsstelle Celle\, Hafenstraße 9
DESCRIPTION:Sehr geehrter Herr Wendt\,\n\nwir laden Sie herzlich zu einem V
 orstellungsgespräch mit Frau Jana Heitmüller (Regionalleitung Rettungsdien
 st) ein.\n\nSie können den Termin in Ihrem Kandidatenportal bestätigen ode
 r absagen.\n\nFreundliche Grüße\nIhr Recruiting-Team\nSamaritanerbund Nord
 ost e.V.\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bullhorn-agency",
        uid="bh-appt-993041-20251202@technikpersonal-nord.example.de",
        is_interview=1,
        company="Medizintechnik Service Hansa",
        role="Servicetechniker (m/w/d)",
        stage="hiring_manager",
        interviewers="Detlef Ohlendorf",
        trap="agency-organizer-client-contact-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bullhorn Inc//Bullhorn ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bh-appt-993041-20251202@technikpersonal-nord.example.de
DTSTAMP:20251126T101455Z
DTSTART:20251202T140000Z
DTEND:20251202T150000Z
SUMMARY:Client Interview: Medizintechnik Service Hansa GmbH – Servicetechn
 iker (m/w/d) – Jan-Philipp Wendt
ORGANIZER;CN=Jannik Rohlfs (Technikpersonal Nord):mailto:j.rohlfs@technikp
 ersonal-nord.example.de
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jp.wen
 dt@posteo.de
LOCATION:Medizintechnik Service Hansa GmbH\, Großer Kamp 14\, 21035 Hamburg
DESCRIPTION:Hallo Herr Wendt\,\n\nhier die Bestätigung für Ihr Vorstellung
 sgespräch bei unserem Kunden Medizintechnik Service Hansa GmbH. Gesprächsp
 artner vor Ort: Detlef Ohlendorf (Serviceleitung). Bitte melden Sie sich a
 m Empfang. Rufen Sie mich gern danach an.\n\nJannik Rohlfs\nTechnikperson
 al Nord GmbH – Personalvermittlung\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-german-footer",
        uid="4lq8c2vn7t0mb3k9h1rp5s6d0f@google.com",
        is_interview=1,
        company="Elisabethen-Klinikum Nienstedt",
        role="Notfallsanitäter/in Schockraum/ZNA",
        stage="hiring_manager",
        interviewers="anja.kroeger@elisabethen-nienstedt.example.de",
        trap="hospital-google-invite-german-footer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251210T133000Z
DTEND:20251210T143000Z
DTSTAMP:20251201T092141Z
ORGANIZER;CN=Anja Kröger:mailto:anja.kroeger@elisabethen-nienstedt.example
 .de
UID:4lq8c2vn7t0mb3k9h1rp5s6d0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anja Kröger;X-NUM-GUESTS=0:mailto:anja.kroeger@elisabethen-nienstedt.e
 xample.de
CREATED:20251201T092140Z
DESCRIPTION:Vorstellungsgespräch zur Stelle Notfallsanitäter/in Schockraum/
 ZNA. Gesprächsführung: Anja Kröger\, Pflegedienstleitung. Treffpunkt: Pfort
 e Haupthaus.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~::~:~::-\nBitte bearbeiten Sie diesen Abschnitt der Beschre
 ibung nicht.\n\nEinladung von Google Kalender: https://calendar.google.com
 /calendar/\n\nSie erhalten diese E-Mail\, weil Sie Gast dieses Termins sin
 d. Sagen Sie den Termin ab\, um keine weiteren Updates zu erhalten.\n-::~:
 ~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251201T092141Z
LOCATION:Elisabethen-Klinikum Nienstedt\, Pforte Haupthaus
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch NotSan Schockraum/ZNA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-handtyped-phone",
        uid="F3B8D1A6-2E7C-4B95-A0D4-8C6E1F9B3A27",
        is_interview=1,
        company="Luftrettung Harz",
        role="",
        stage="recruiter_screen",
        interviewers="Hr. Kämmerer",
        trap="handtyped-phone-interview-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250929T052233Z
DTSTAMP:20250929T052310Z
LAST-MODIFIED:20250929T052310Z
UID:F3B8D1A6-2E7C-4B95-A0D4-8C6E1F9B3A27
SEQUENCE:0
SUMMARY:Luftrettung Harz Tel.-Interview TC – Hr. Kämmerer ruft an
DTSTART;TZID=Europe/Berlin:20251003T160000
DTEND;TZID=Europe/Berlin:20251003T163000
DESCRIPTION:Handy laden!! Ruhigen Ort\, nicht auf Wache
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:8E2B6F0A-4D1C-4C7E-B3A9-1F5D7E0C2B48
UID:8E2B6F0A-4D1C-4C7E-B3A9-1F5D7E0C2B48
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-role-play-assessment",
        uid="040000008200E00074C5B7101A82E0080000000011D7E2A4C38BDC0100000000000000001000000093F1B6D4E27A4C58A1E9C0B3D74F26E5",
        is_interview=1,
        company="Rettungszweckverband Ems-Vechte",
        role="Disponent/in Leitstelle",
        stage="onsite",
        interviewers="gerrit.lammers@rzv-ems-vechte.example.de;hilke.terhorst@rzv-ems-vechte.example.de",
        trap="notrufabfrage-rollenspiel-assessment-paren-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN="Terhorst, Hilke";RSVP=TRUE:mailto:hilke.terhorst@rzv-ems-vechte.example.de
CLASS:PUBLIC
CREATED:20251112T083019Z
DESCRIPTION:Moin Herr Wendt\,\n\nhiermit laden wir Sie zum Auswahltag für 
 die Stelle Disponent/in Leitstelle ein:\n- Rollenspiel Notrufabfrage am Sc
 hulungsplatz (standardisierte Notrufabfrage\, T-CPR)\n- Einstellungsgesprä
 ch mit Herrn Lammers (Leitstellenleiter) und Frau Terhorst (Personal)\n\nD
 ie Anreise aus Hannover ist weit – wir erstatten die Fahrtkosten.\n\nGerri
 t Lammers\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251217T130000
DTSTAMP:20251112T083019Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251217T100000
LAST-MODIFIED:20251112T083019Z
LOCATION:Leitstelle Ems-Vechte\, Schulungsraum
ORGANIZER;CN="Lammers, Gerrit":mailto:gerrit.lammers@rzv-ems-vechte.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Auswahltag Disponent/in – Rollenspiel + Einstellungsgespräch
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011D7E2A4C38BDC0100000000000000001000000093F1B6D4E27A4C58A1E9C0B3D74F26E5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gmail-owner-trial-day",
        uid="9sd3k0mv6q2t8hb1c7rl4n5p0g@google.com",
        is_interview=1,
        company="Defimed Service Nord",
        role="",
        stage="onsite",
        interviewers="r.stuenkel.defimed@gmail.com",
        trap="probetag-owner-gmail-ride-along",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T063000Z
DTEND:20251120T150000Z
DTSTAMP:20251114T190233Z
ORGANIZER;CN=Ralf Stünkel:mailto:r.stuenkel.defimed@gmail.com
UID:9sd3k0mv6q2t8hb1c7rl4n5p0g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ralf Stünkel;X-NUM-GUESTS=0:mailto:r.stuenkel.defimed@gmail.com
CREATED:20251114T190232Z
DESCRIPTION:Probetag Servicetechnik: Sie fahren den ganzen Tag mit mir mit
  (3 Kunden: Hausarztpraxis Sarstedt\, Rettungswache Hildesheim\, Fitnessst
 udio mit AED). Danach reden wir\, ob's passt.\nGruß Ralf Stünkel\, Defimed
  Service Nord (Inhaber)\n\nInvitation from Google Calendar: https://calend
 ar.google.com/calendar/
LAST-MODIFIED:20251114T190233Z
LOCATION:Defimed Service Nord\, Sarstedt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probetag Servicetechnik (Mitfahrt)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
