# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: other negatives, part e (the trade's own Gespräche, funerals, press, research, classes, prep)."""

from holdout271ev_zones import VIENNA_APPLE, VIENNA_LIC, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-bereavement-meeting-room",
        uid="040000008200E00074C5B7101A82E00800000000F7A3C91B0000000000000000100000004D8E2B0A6C13F597E2A4D0C1B8F39E67",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trauergespraech-bereaved-family-room",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beratungsraum 1:mailto:beratungsraum1@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Trauergespräch Fam. Novak (Verstorbener: Josef Novak\,
  †11.1.\, 84 J.\, Pflegeheim Baumgarten). Tochter Renate Novak-Hölzl + Sohn
 . Erdbestattung gewünscht\, Grab Friedhof Baumgarten vorhanden. Parte-Entwur
 f\, Blumenschmuck\, Pfarrer anfragen. Vorsorge? – nein.\n
UID:040000008200E00074C5B7101A82E00800000000F7A3C91B0000000000000000100000004D8E2B0A6C13F597E2A4D0C1B8F39E67
SUMMARY;LANGUAGE=de-AT:Trauergespräch Fam. Novak
DTSTART;TZID=W. Europe Standard Time:20250114T090000
DTEND;TZID=W. Europe Standard Time:20250114T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250113T161002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Beratungsraum 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-customer-consultation",
        uid="040000008200E00074C5B7101A82E0080000000025C8E7A9000000000000000010000000B1F04D3E92A6C7580D1E3B2A4F6C9D71",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="bookings-customer-beratungsgespraech-pre-need",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Bestattung Wienerwald Termine:mailto:termine@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Elisabeth Pröll:mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gertrude Lindner:mailto:g.lindner47@aon.example.at
DESCRIPTION;LANGUAGE=de-AT:Neue Buchung\n\nDienst: Beratungsgespräch Bestattungs
 vorsorge (60 Min.)\nKunde: Gertrude und Walter Lindner\nTelefon: +43 1 979 4
 4 12\nAnmerkung des Kunden: Wir möchten unsere Begräbnisse zu Lebzeiten rege
 ln\, Urnenbeisetzung im Familiengrab.\nMitarbeiterin: Elisabeth Pröll\n\nTe
 rmin verwalten: https://outlook.office365.com/owa/calendar/Termine@bestattu
 ng-wienerwald.example.at/bookings/\n
UID:040000008200E00074C5B7101A82E0080000000025C8E7A9000000000000000010000000B1F04D3E92A6C7580D1E3B2A4F6C9D71
SUMMARY;LANGUAGE=de-AT:Beratungsgespräch Bestattungsvorsorge – Gertrude Lindner
DTSTART;TZID=W. Europe Standard Time:20250123T100000
DTEND;TZID=W. Europe Standard Time:20250123T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250119T201544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bestattung Wienerwald\, Hütteldorfer Straße 212\, 1140 Wien
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
        kind="outlook-pre-need-intake-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000904E1B7D000000000000000010000000C3A58F0E21D7B4967F0A2E1D3C5B8A46",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="aufnahmegespraech-pre-need-contract",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-AT:Aufnahmegespräch Vorsorgevertrag: Fr. Hermine Svobod
 a (79)\, Hausbesuch mit Nichte. Feuerbestattung\, Urne Waldfriedhof\, Trauerfe
 ier klein. Treuhandkonto-Formular + Ausweiskopie mitnehmen.\n
UID:040000008200E00074C5B7101A82E00800000000904E1B7D000000000000000010000000C3A58F0E21D7B4967F0A2E1D3C5B8A46
SUMMARY;LANGUAGE=de-AT:Aufnahmegespräch Vorsorge Fr. Svoboda (Hausbesuch)
DTSTART;TZID=W. Europe Standard Time:20250127T140000
DTEND;TZID=W. Europe Standard Time:20250127T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Linzer Straße 388/4/12\, 1140 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-funeral-service",
        uid="040000008200E00074C5B7101A82E008000000006F2D0A88000000000000000010000000E7B3C19D4A05F2861B3D7E0C2A9F4B15",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="funeral-verabschiedung-beisetzung-colleagues",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moser, Stefan":mailto:s.moser@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kainz, Gerhard":mailto:g.kainz@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Verabschiedung Hr. Karl Brunner\, Aufbahrungshalle 2
 \, 10:30\, anschl. Beisetzung Gruppe 14 (Sargträger: 6\, Kranzträger: 2). Mu
 sik: CD\, „Ave Maria“ + „Time to say goodbye“. Trauerredner Hr. Lind. Kond
 olenzbuch mitnehmen.\n
UID:040000008200E00074C5B7101A82E008000000006F2D0A88000000000000000010000000E7B3C19D4A05F2861B3D7E0C2A9F4B15
SUMMARY;LANGUAGE=de-AT:Verabschiedung + Beisetzung Hr. Brunner – Friedhof Baumgarten
DTSTART;TZID=W. Europe Standard Time:20250130T100000
DTEND;TZID=W. Europe Standard Time:20250130T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250124T083321Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Friedhof Baumgarten\, Waidhausenstraße 52\, 1140 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-authority-errand",
        uid="CFEF8186-458C-4BD6-A9A3-7EF2AF2A4813",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="behoerdenweg-hand-typed",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250203T172010Z
DTEND;TZID=Europe/Vienna:20250204T100000
DTSTAMP:20250203T172105Z
DTSTART;TZID=Europe/Vienna:20250204T080000
LAST-MODIFIED:20250203T172105Z
LOCATION:Standesamt Penzing
DESCRIPTION:Sterbeurkunden Kraus (5 Stk.) abholen\, dann Leichenpass beantra
 gen (Überführung nach Kroatien)\, Konsulat-Termin vereinbaren
SEQUENCE:0
SUMMARY:Behördenweg Standesamt + Leichenpass Kraus
TRANSP:OPAQUE
UID:CFEF8186-458C-4BD6-A9A3-7EF2AF2A4813
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-exhumation",
        uid="etp9q4coghhuvjfkhro6fdarma@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trade-term-enterdigung-early-morning",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250221T063000
DTEND;TZID=Europe/Vienna:20250221T090000
DTSTAMP:20250410T061500Z
UID:etp9q4coghhuvjfkhro6fdarma@google.com
CREATED:20250212T150000Z
DESCRIPTION:Umbettung nach Purkersdorf. Amtsarzt-Freigabe liegt vor\, Friedho
 fsverwaltung informiert. Gerhard + Zinksarg. Angehörige NICHT anwesend.
LAST-MODIFIED:20250212T150100Z
LOCATION:Friedhof Ottakring\, Gräberfeld 12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enterdigung Gr. 12/R3/Nr. 45
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exchange-recurring-exception",
        uid="040000008200E00074C5B7101A82E008000000008D61F4A2000000000000000010000000A9C7E3B15F0D42687E1B9C0A3D5F2E84",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recurring-team-meeting-moved-occurrence",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moser, Stefan":mailto:s.moser@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Petra":mailto:p.haas@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Wochenplanung: Sterbefälle\, Verabschiedungen\, Fahrz
 euge\, Dienstplan Rufbereitschaft\, offene Behördenwege.\n
RRULE:FREQ=WEEKLY;UNTIL=20250630T053000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E008000000008D61F4A2000000000000000010000000A9C7E3B15F0D42687E1B9C0A3D5F2E84
SUMMARY;LANGUAGE=de-AT:Dienstbesprechung Disposition
DTSTART;TZID=W. Europe Standard Time:20250113T073000
DTEND;TZID=W. Europe Standard Time:20250113T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro GF
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Ostermontag – Dienstbesprechung am Dienstag.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250421T073000
UID:040000008200E00074C5B7101A82E008000000008D61F4A2000000000000000010000000A9C7E3B15F0D42687E1B9C0A3D5F2E84
SUMMARY;LANGUAGE=de-AT:Dienstbesprechung Disposition (Di. wegen Ostermontag)
DTSTART;TZID=W. Europe Standard Time:20250422T073000
DTEND;TZID=W. Europe Standard Time:20250422T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Büro GF
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-own-appraisal",
        uid="040000008200E00074C5B7101A82E00800000000B3E7D0F4000000000000000010000000159A2C8E7D4B03F61E9A0C2D4B6F8E37",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="own-annual-appraisal-mitarbeitergespraech",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Jährliches Mitarbeiter:innengespräch (MAG) 2025 – Rüc
 kblick 2024\, Ziele\, Weiterbildung\, Gehaltsanpassung. Bitte den Vorbereitu
 ngsbogen ausgefüllt mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000B3E7D0F4000000000000000010000000159A2C8E7D4B03F61E9A0C2D4B6F8E37
SUMMARY;LANGUAGE=de-AT:MAG 2025 – Elisabeth Pröll
DTSTART;TZID=W. Europe Standard Time:20250121T150000
DTEND;TZID=W. Europe Standard Time:20250121T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250109T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro GF
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-radio-interview",
        uid="8ef588d830b8701347f0-radio@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-radio-studio",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250303T080000Z
DTEND:20250303T083000Z
DTSTAMP:20250224T133010Z
ORGANIZER;CN=Miriam Hödl:mailto:m.hoedl@radio-wienmitte.example.at
UID:8ef588d830b8701347f0-radio@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=e.proell@bestattung-wienerwald.example.at;X-NUM-GUESTS=0:mailto:e.p
 roell@bestattung-wienerwald.example.at
CREATED:20250224T133009Z
DESCRIPTION:Liebe Frau Pröll\,\n\ndanke\, dass Sie uns für die Sendung „Wien 
 am Vormittag“ ein Interview geben! Thema: Was kostet ein Begräbnis – und wor
 auf sollten Angehörige achten? Live-Gespräch ca. 8 Minuten\, danach Hörerfra
 gen.\n\nBitte um 8:45 am Empfang\, Studio 2.\n\nMiriam Hödl\nRedaktion\n\nIn
 vitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250224T133009Z
LOCATION:Radio Wien-Mitte\, Argentinierstraße 30a\, 1040 Wien – Studio 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview „Wien am Vormittag“ – Kosten einer Bestattung (live)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-research-interview",
        uid="040000008200E00074C5B7101A82E0080000000047B0C2E6000000000000000010000000D8F1A3C50E7B26941C3E5A0D2B7F9C18",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-interview-study-consent",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Steiner, Hannah":mailto:hannah.steiner@soziologie.univie.example.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Pröll\,\n\nherzlichen Dank für Ihre Bereit
 schaft\, an unserer Studie „Arbeit am Lebensende – Berufsbiografien im Bes
 tattungswesen“ teilzunehmen. Das leitfadengestützte Interview dauert ca. 60
  Minuten und wird (mit Ihrer Einwilligung) aufgezeichnet und anonymisiert.\n
 \nDie Einverständniserklärung finden Sie im Anhang.\n\nHannah Steiner\, BA 
 MA\nInstitut für Soziologie\n
UID:040000008200E00074C5B7101A82E0080000000047B0C2E6000000000000000010000000D8F1A3C50E7B26941C3E5A0D2B7F9C18
SUMMARY;LANGUAGE=de-AT:Forschungsinterview Studie „Arbeit am Lebensende“
DTSTART;TZID=W. Europe Standard Time:20250219T160000
DTEND;TZID=W. Europe Standard Time:20250219T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T094020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Institut für Soziologie\, Rooseveltplatz 2\, 1090 Wien\, Raum 2.17
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-mock-hearing-coach",
        uid="3133E68C-D8C4-4136-A869-3EBF2AA8198A",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-hearing-names-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250207T120301Z
DTEND;TZID=Europe/Vienna:20250214T183000
DTSTAMP:20250207T120455Z
DTSTART;TZID=Europe/Vienna:20250214T170000
LAST-MODIFIED:20250207T120455Z
LOCATION:Coaching Lehner\, Gumpendorfer Str. 63\, 1060 Wien
DESCRIPTION:Probe-Hearing mit Coach Mag. Lehner für das WFB-Hearing am 18.2.: 
 Präsentation 2x durchspielen\, Stressfragen\, Video-Feedback. 180 € (Rechnung 
 für AK-Förderung aufheben)
SEQUENCE:0
SUMMARY:Probe-Hearing mit Coach (WFB Betriebsleitung)
TRANSP:OPAQUE
UID:3133E68C-D8C4-4136-A869-3EBF2AA8198A
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H
UID:4B0383CA-7948-4CDD-AABD-BA45B8453D3E
X-WR-ALARMUID:4B0383CA-7948-4CDD-AABD-BA45B8453D3E
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="job-portal-webinar",
        uid="kat-webinar-2025-01-09-bewerben45plus@events.karriere.example.at",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-vorstellungsgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//karriere.at//Events//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:kat-webinar-2025-01-09-bewerben45plus@events.karriere.example.at
DTSTAMP:20250102T080000Z
DTSTART:20250109T170000Z
DTEND:20250109T180000Z
SUMMARY:Webinar: Bewerben mit 45+ – souverän im Vorstellungsgespräch
DESCRIPTION:Danke für Ihre Anmeldung!\n\nIn diesem kostenlosen Webinar zeigt 
 Karriere-Coach Mag. Sonja Fellner\, wie Sie im Vorstellungsgespräch und im H
 earing mit Erfahrung punkten\, Fragen zum Alter souverän beantworten und Ge
 haltsverhandlungen führen.\n\nZugang: https://events.karriere.example.at/we
 binar/bewerben45plus\n\nIhr karriere.at Event-Team
LOCATION:Online
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="course-recurring-assessment-training",
        uid="wifi-kurs-24-3187-tn-55210@kursbuchung.wifi-wien.example.at",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="class-about-assessment-center-recurring",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WIFI Wien//Kursbuchung//DE
METHOD:PUBLISH
{VIENNA_LIC}
BEGIN:VEVENT
UID:wifi-kurs-24-3187-tn-55210@kursbuchung.wifi-wien.example.at
DTSTAMP:20250108T121500Z
DTSTART;TZID=Europe/Vienna:20250120T180000
DTEND;TZID=Europe/Vienna:20250120T213000
RRULE:FREQ=WEEKLY;COUNT=2
SUMMARY:Kurs 24-3187: Assessment Center und Hearing erfolgreich meistern
DESCRIPTION:Kursnummer 24-3187\, 2 Abende (20. und 27. Jänner 2025)\nTrainerin: Dr. Ursula Pammer\nInhal
 te: Ablauf von Assessment Center und Hearing im öffentlichen Dienst\, Postkor
 b\, Rollenspiele\, Selbstpräsentation\, Umgang mit Stressinterviews.\nKursb
 eitrag: 290\,00 € (AMS-/AK-Förderung möglich)
LOCATION:WIFI Wien\, Währinger Gürtel 97\, 1180 Wien\, Raum 3.08
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-informational-coffee",
        uid="A6B0558C-8C25-4412-BF87-77828F29CA8E",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-coffee-names-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250127T203000Z
DTEND;TZID=Europe/Vienna:20250201T113000
DTSTAMP:20250127T203122Z
DTSTART;TZID=Europe/Vienna:20250201T100000
LAST-MODIFIED:20250127T203122Z
LOCATION:Café Westend
DESCRIPTION:Gabi Url (ehem. Kollegin aus der Bestatterschule\, jetzt bei Pi
 etas in Graz) ist in Wien – Infos zur Firmenkultur\, wie ist Pirker als Che
 f\, Dienstautos\, Rufbereitschaft? Privat\, kein Termin mit der Firma!
SEQUENCE:0
SUMMARY:Kaffee mit Gabi (Pietas) – Infos
TRANSP:OPAQUE
UID:A6B0558C-8C25-4412-BF87-77828F29CA8E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-allday-job-fair",
        uid="oruqnbbmglms4lu4bue39bcr72@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-allday",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250328
DTEND;VALUE=DATE:20250329
DTSTAMP:20250410T061500Z
UID:oruqnbbmglms4lu4bue39bcr72@google.com
CREATED:20250301T101000Z
DESCRIPTION:Jobmesse „Karriere im Sozial- und Gesundheitsbereich“. Stände: Ho
 spizverbände\, Pflegeheime\, Krisenintervention. 10 Lebensläufe ausdrucken\, 
 Visitenkarten.
LAST-MODIFIED:20250301T101000Z
LOCATION:Wiener Stadthalle\, Halle E
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Sozialbereich – Stadthalle
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reference-call-referee",
        uid="040000008200E00074C5B7101A82E0080000000058E2A7C1000000000000000010000000E4B9D0F3A17C58260D4F1E3A9B2C7D60",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-referee-reference-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Hanna":mailto:h.lorenz@bestattung-donaustadt.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nFrau Sandra Kofler h
 at sich bei uns als Bestatterin beworben und Sie als Referenz angegeben (ehe
 mals Ihre Mitarbeiterin 2019–2023). Ich würde Sie gerne kurz telefonisch zu 
 ihrer Arbeitsweise befragen – max. 15 Minuten.\n\nDanke und freundliche Grü
 ße\nHanna Lorenz\nPersonal\, Bestattung Donaustadt\n
UID:040000008200E00074C5B7101A82E0080000000058E2A7C1000000000000000010000000E4B9D0F3A17C58260D4F1E3A9B2C7D60
SUMMARY;LANGUAGE=de-AT:Referenzauskunft Sandra Kofler (Telefon)
DTSTART;TZID=W. Europe Standard Time:20250409T110000
DTEND;TZID=W. Europe Standard Time:20250409T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T090101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-prep-block-hearing",
        uid="B03CA425-2E59-4D67-8AE1-3128C3B723B3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-names-employer-hearing",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.7.2//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250209T190000Z
DTEND;TZID=Europe/Vienna:20250216T170000
DTSTAMP:20250209T190110Z
DTSTART;TZID=Europe/Vienna:20250216T140000
LAST-MODIFIED:20250209T190110Z
DESCRIPTION:Hearing WFB am Di: Präsentation „Friedhof 2035“ auf 10 Min kürzen
 \, laut üben (Stoppuhr)\, Zahlen Friedhofsgebühren nachschauen\, Fragen an d
 ie Kommission notieren.
SEQUENCE:0
SUMMARY:Vorbereitung Hearing WFB
TRANSP:OPAQUE
UID:B03CA425-2E59-4D67-8AE1-3128C3B723B3
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
]
