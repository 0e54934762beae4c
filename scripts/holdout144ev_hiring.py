# ruff: noqa: E501
"""holdout144 negatives, part 1: the user on the HIRING side at the Büchereien Wien (panels, apprentices)."""

_NEG = dict(iv=0, company="", role="", stage="", who="", hiring=True)

EVENTS = [
    dict(
        _NEG, kind="city-portal-panel",
        uid="rec-wien-MA13-2025-007-kommission-mitglied-04@recruiting.wien.gv.at",
        trap="user-as-interviewer-city-hr-system-panel-nomination",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Personalauswahl Bewerbungsmanagement//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:rec-wien-MA13-2025-007-kommission-mitglied-04@recruiting.wien.gv.at
DTSTAMP:20250303T060512Z
DTSTART:20250319T073000Z
DTEND:20250319T113000Z
SUMMARY:Einladung zum Hearing – Ausschreibung MA 13/2025/007
LOCATION:Büchereien Wien\, Hauptbücherei\, Urban-Loritz-Platz 2a\, 1070 Wien\, Besprechungsraum 4. OG
ORGANIZER;CN=Personalauswahl Stadt Wien:mailto:noreply@recruiting.wien.gv.at
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Sehr geehrte Frau Theresa Leitner\,\n\nSie wurden als Mitglied der Auswahlkommission für die Ausschreibung MA 13/2025/007 „Bibliotheksassistent*in (B/b)“ nominiert. Es sind 5 Kandidat*innen zum Hearing eingeladen (Zeitplan und Bewerbungsunterlagen im Portal unter „Meine Kommissionen“).\n\nBitte verwenden Sie für jede Kandidatin und jeden Kandidaten den strukturierten Bewertungsbogen und beachten Sie die Verschwiegenheitspflicht.\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\nBewerbungsmanagement der Stadt Wien – MA 2
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="aufnahmegespraech",
        uid="040000008200E00074C5B7101A82E0080000000012F3A4B5C6D7DB0100000000000000001000000033445566778899AABBCCDDEEFF001122",
        trap="user-as-interviewer-apprentice-intake-talk-she-organizes",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Karner, Doris":mailto:d.karner@buechereien-wien.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lehrlingsbeauftragte MA 13":mailto:lehrlinge@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Doris\,\n\nAufnahmegespräch für die Lehrstelle Bibliotheks-\, Informations- und Archivassistenz (Lehrbeginn September). Bewerberin: Selin Yilmaz\, 15\, PTS Hernals\, Schnuppertage im Februar waren sehr gut. Unterlagen liegen im Ordner „Lehrlinge 2025“. Mutter kommt mit.\n\nLG Theresa\n
UID:040000008200E00074C5B7101A82E0080000000012F3A4B5C6D7DB0100000000000000001000000033445566778899AABBCCDDEEFF001122
SUMMARY;LANGUAGE=de-AT:Aufnahmegespräch Lehrling BIA – S. Yilmaz
DTSTART;TZID=W. Europe Standard Time:20250404T100000
DTEND;TZID=W. Europe Standard Time:20250404T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T143012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals\, Büro Leitung
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000DEADBEEF0011223344556677889900AA",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000DEADBEEF0011223344556677889900AA
DTSTAMP:20250311T184422Z
DTSTART:20250317T130000Z
DTEND:20250317T134500Z
SEQUENCE:0
SUMMARY:Angenommen: Vorstellungsgespräch Bibliotheksassistenz Zweigstelle Hernals
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;CN=Jakob Steindl;PARTSTAT=ACCEPTED:mailto:jakob.steindl@gmx.net
COMMENT:Vielen Dank für die Einladung\, ich komme gerne! Liebe Grüße\, Jakob Steindl
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="typed-notes",
        uid="3c9e1f7a-2b4d-4e6f-8a0c-ehrenamt-novak-0225",
        trap="user-as-interviewer-typed-volunteer-talk-notes",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250220T071502Z
DESCRIPTION:Fr. Ingrid Novak\, 67\, pens. VS-Lehrerin\, wohnt ums Eck\n- möchte Lesepatin werden (Vorlesestunde Di 15:00)\n- Erfahrung mit Leseförderung\, sehr herzlich\, etwas ungeduldig bei Technik\n- Strafregisterbescheinigung Kinder- und Jugendfürsorge nachreichen!\n- Ehrenamtsvereinbarung + Datenschutz unterschreiben lassen\n=> passt\, Start nach Ostern
DTEND;TZID="W. Europe Standard Time":20250225T103000
DTSTAMP:20250225T104512Z
DTSTART;TZID="W. Europe Standard Time":20250225T100000
LAST-MODIFIED:20250225T104512Z
LOCATION:Zweigstelle\, Leseecke
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Gespr. Fr. Novak – Lesepatin
TRANSP:OPAQUE
UID:3c9e1f7a-2b4d-4e6f-8a0c-ehrenamt-novak-0225
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="schnuppertage",
        uid="4d8e0a1b-6c3f-4b7a-9e2d-schnupper-jonas-k",
        trap="user-as-interviewer-apprentice-trial-days-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250130T120011Z
DESCRIPTION:Jonas K. (PTS 16)\, 3 Schnuppertage Lehre BIA\nMo: Rückstellen + Einstellen\, Di: Kinderbibliothek mit Aylin\, Mi: Medienbearbeitung\nBeurteilungsblatt f. Schule am Mi ausfüllen + Rückmeldung an Lehrlingsbeauftragte
DTEND;VALUE=DATE:20250213
DTSTAMP:20250130T120011Z
DTSTART;VALUE=DATE:20250210
LOCATION:Zweigstelle Hernals
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Schnuppertage Jonas K. (Lehre)
TRANSP:TRANSPARENT
UID:4d8e0a1b-6c3f-4b7a-9e2d-schnupper-jonas-k
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="reihung-teams",
        uid="040000008200E00074C5B7101A82E008000000005566778899AADB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        trap="user-as-interviewer-panel-debrief-and-ranking",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Mader, Claudia (MA 2)":mailto:claudia.mader@wien.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Erdem, Aylin (PV)":mailto:a.erdem@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Kommissionsmitglieder\,\n\nzur Nachbesprechung der Hearings vom 19.3. (MA 13/2025/007) und Festlegung der Reihung. Bitte die ausgefüllten Bewertungsbögen mitbringen bzw. vorab an mich schicken. Ergebnisprotokoll erstelle ich.\n\nLG Claudia Mader\nMA 2 – Personalservice\, Recruiting\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTNjZjVkZTItMTQ3Ny00ZDJiLWI5OWUtMWNjNmU0YmU4ZTg4%40thread.v2/0>\nBesprechungs-ID: 351 220 774 118\nPasscode: Wn3Sq9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005566778899AADB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=de-AT:Nachbesprechung + Reihung Hearing MA 13/2025/007
DTSTART;TZID=W. Europe Standard Time:20250321T130000
DTEND;TZID=W. Europe Standard Time:20250321T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T153301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="bewertungsboegen",
        uid="9a0b1c2d-3e4f-5a6b-7c8d-bewertung-ma13-007",
        trap="user-as-interviewer-scoring-sheets-deadline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250319T152011Z
DESCRIPTION:5 Bögen (Kand. 1–5)\, Punkte Fachwissen / Kundenorientierung / Teamfähigkeit / Motivation\, Begründung je 2–3 Sätze. Unterschreiben + scannen an claudia.mader@wien.gv.at
DTEND;TZID="W. Europe Standard Time":20250320T120000
DTSTAMP:20250319T152011Z
DTSTART;TZID="W. Europe Standard Time":20250320T110000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Bewertungsbögen Hearing fertig machen + an MA 2
TRANSP:OPAQUE
UID:9a0b1c2d-3e4f-5a6b-7c8d-bewertung-ma13-007
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="kandidatin-vorstellung",
        uid="twk-wien-kv-2025-03-0192@trenkwalder.com",
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN="Leitner, Theresa";RSVP=TRUE:mailto:t.leitner@buechereien-wien.at
ATTENDEE;CN="Mirjana Petrović";RSVP=FALSE:mailto:mirjana.petrovic87@gmail.com
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nwie vereinbart stelle ich Ihnen Frau Mirjana Petrović für die Karenzvertretung in der Medienbearbeitung (30 Std./Woche\, Arbeitskräfteüberlassung) persönlich vor. Ihr Lebenslauf und unser Kurzprofil liegen bei. Frau Petrović hat Erfahrung mit Aleph und Katalogisierung aus einer Fachbibliothek in Belgrad.\n\nIch begleite das Gespräch.\n\nMit freundlichen Grüßen\nStefan Wieser\nPersonalberater | TRENKWALDER Personaldienste GmbH\, Filiale Wien-Mitte
DTEND;TZID="W. Europe Standard Time":20250407T150000
DTSTAMP:20250402T081512Z
DTSTART;TZID="W. Europe Standard Time":20250407T143000
LOCATION:Büchereien Wien\, Zweigstelle Hernals
ORGANIZER;CN="Wieser, Stefan":mailto:stefan.wieser@trenkwalder.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Kandidatenvorstellung Fr. Petrović – Karenzvertretung Medienbearbeitung
TRANSP:OPAQUE
UID:twk-wien-kv-2025-03-0192@trenkwalder.com
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="bookings-host",
        uid="bookings-0c4e8a2f-6b1d-4f3a-9e7c-ehrenamt-hofer@buechereien-wien.at",
        trap="user-as-interviewer-bookings-volunteer-intake-as-staff",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN=Büchereien Wien – Ehrenamt:mailto:EhrenamtBuechereienWien@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Neue Buchung für Sie\n\nDienst: Kennenlerngespräch Ehrenamt (Lernhilfe / Lesepat*innen)\nKunde: Valentina Hofer\nE-Mail: vale.hofer@outlook.com\nTelefon: +43 660 442 1987\nNotizen der Kundin: Ich studiere Lehramt Deutsch/Geschichte und würde gerne 2h pro Woche bei der Lernhilfe mitmachen.\n\nMitarbeiter: Theresa Leitner\n\nMicrosoft Bookings
UID:bookings-0c4e8a2f-6b1d-4f3a-9e7c-ehrenamt-hofer@buechereien-wien.at
SUMMARY;LANGUAGE=de-AT:Kennenlerngespräch Ehrenamt mit Valentina Hofer
DTSTART;TZID=W. Europe Standard Time:20250506T160000
DTEND;TZID=W. Europe Standard Time:20250506T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T101512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="hospitation",
        uid="040000008200E00074C5B7101A82E00800000000FACE0000B00CDB01000000000000000010000000C0DE0000FEED0000BEEF0000CAFE0000",
        trap="user-as-interviewer-shadowing-hearing-before-own-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Gerhard":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Theresa\,\n\ndu bist ab Frühjahr fix in den Kommissionen für die B-Posten. Damit du siehst\, wie wir das machen: Hospitation beim Hearing Zweigstellenleitung Floridsdorf (2 Kandidat*innen)\, nur zuhören\, keine Bewertung. Danach kurz Nachbesprechung\, wie wir die Fragen aufbauen.\n\nLG Gerhard\n
UID:040000008200E00074C5B7101A82E00800000000FACE0000B00CDB01000000000000000010000000C0DE0000FEED0000BEEF0000CAFE0000
SUMMARY;LANGUAGE=de-AT:Hospitation Hearing ZST-Ltg. Floridsdorf
DTSTART;TZID=W. Europe Standard Time:20250128T090000
DTEND;TZID=W. Europe Standard Time:20250128T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T084500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Hauptbücherei\, Besprechungsraum 4. OG
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="recurring-block",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000LEHRLINGSAUSWAHL2025BLOCK0000001",
        trap="user-as-interviewer-recurring-apprentice-interview-slots-override",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Karner, Doris":mailto:d.karner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Fixe Slots für die Bewerbungsgespräche Lehrlinge BIA 2025 (je 3 x 30 Min.). Einteilung der Bewerber*innen in der Liste auf dem Teamlaufwerk.\n
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000LEHRLINGSAUSWAHL2025BLOCK0000001
SUMMARY;LANGUAGE=de-AT:Lehrlingsauswahl – Gespräche (Block)
DTSTART;TZID=W. Europe Standard Time:20250304T090000
DTEND;TZID=W. Europe Standard Time:20250304T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals\, Büro Leitung
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Karner, Doris":mailto:d.karner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Diese Woche am Freitag – Di bin ich nicht im Haus (Urlaubstag). Nur 2 Gespräche (Hr. Babić hat abgesagt).\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250318T090000
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000LEHRLINGSAUSWAHL2025BLOCK0000001
SUMMARY;LANGUAGE=de-AT:Lehrlingsauswahl – Gespräche (Block) – verschoben auf Fr
DTSTART;TZID=W. Europe Standard Time:20250321T090000
DTEND;TZID=W. Europe Standard Time:20250321T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals\, Büro Leitung
END:VEVENT
END:VCALENDAR
"""),
]
