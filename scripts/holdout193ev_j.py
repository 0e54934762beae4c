"""holdout193 events, part j: the hotel's everyday calendar and Stefan's personal life.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "freundin-vg",
        "E9F0A1B2-3C4D-4E5F-8A6B-7C8D9E0F1A2B",
        0,
        "",
        "",
        "",
        "",
        "girlfriends-job-interview-in-users-calendar",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261102T070500Z
UID:E9F0A1B2-3C4D-4E5F-8A6B-7C8D9E0F1A2B
DTEND;TZID=Europe/Vienna:20261106T110000
TRANSP:OPAQUE
SUMMARY:Lisa Vorstellungsgespräch Klinik 🤞 (Auto!)
LAST-MODIFIED:20261102T070500Z
DTSTAMP:20261102T070500Z
DTSTART;TZID=Europe/Vienna:20261106T090000
LOCATION:Tirol Kliniken\, Anichstraße 35\, Innsbruck
DESCRIPTION:Lisa braucht den Golf\, ich fahr mit dem Zug zur Arbeit. Danach a
 nrufen wie's gelaufen ist!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "skitour",
        "F0A1B2C3-4D5E-4F6A-9B7C-8D9E0F1A2B3C",
        0,
        "",
        "",
        "",
        "",
        "personal-ski-tour",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261228T200000Z
UID:F0A1B2C3-4D5E-4F6A-9B7C-8D9E0F1A2B3C
DTEND:20270106T120000
TRANSP:OPAQUE
SUMMARY:Skitour Seefelder Joch mit Max + Vroni
LAST-MODIFIED:20261228T200000Z
DTSTAMP:20261228T200000Z
DTSTART:20270106T060000
DESCRIPTION:Treffpunkt Rosshütte Parkplatz 6:00\, LVS-Check\, Lawinenwarndie
 nst vorher lesen! Dienst erst ab 14h
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "physio",
        "physio-mair-seefeld-20261124-0715",
        0,
        "",
        "",
        "",
        "",
        "personal-physio-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:PUBLISH
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261124T071500
DTEND;TZID=Europe/Vienna:20261124T080000
DTSTAMP:20261117T090000Z
UID:physio-mair-seefeld-20261124-0715
SUMMARY:Physio Fr. Mair – Knie (4/6)
LOCATION:Physiotherapie Mair\, Münchner Straße\, Seefeld
DESCRIPTION:Verordnung + Handtuch mit
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bandprobe",
        "7k3m9p1r5t7v9x1z3b5d7f9h1j@google.com",
        0,
        "",
        "",
        "",
        "",
        "recurring-band-rehearsal-with-override",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:stefan.brunner.tirol@gmx.at
X-WR-TIMEZONE:Europe/Vienna
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261006T200000
DTEND;TZID=Europe/Vienna:20261006T220000
RRULE:FREQ=WEEKLY;BYDAY=TU
DTSTAMP:20261201T190455Z
UID:7k3m9p1r5t7v9x1z3b5d7f9h1j@google.com
CREATED:20260901T180000Z
DESCRIPTION:Proberaum Feuerwehrhaus Reith. Setlist Silvester-Gig!
LAST-MODIFIED:20261110T181000Z
LOCATION:Feuerwehrhaus Reith bei Seefeld
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Bandprobe Ländlerflitzer 🎸
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261117T190000
DTEND;TZID=Europe/Vienna:20261117T230000
DTSTAMP:20261201T190455Z
UID:7k3m9p1r5t7v9x1z3b5d7f9h1j@google.com
RECURRENCE-ID;TZID=Europe/Vienna:20261117T200000
CREATED:20260901T180000Z
DESCRIPTION:Generalprobe für Weihnachtsfeier Tourismusverband\, Anlage mitb
 ringen
LAST-MODIFIED:20261110T181000Z
LOCATION:Feuerwehrhaus Reith bei Seefeld
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Bandprobe Ländlerflitzer – lange Probe!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "skilehrerkurs",
        "tslv-kurs-anwaerter-2026-12-seefeld-sb",
        0,
        "",
        "",
        "",
        "",
        "ski-instructor-course-multi-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261130
DTEND;VALUE=DATE:20261205
DTSTAMP:20261001T100000Z
UID:tslv-kurs-anwaerter-2026-12-seefeld-sb
SUMMARY:Skilehreranwärter-Kurs TSLV (Teil 1)
DESCRIPTION:Tiroler Skilehrerverband\, Einstufung am Mo 8:30 Talstation Gschw
 andtkopf. Urlaub eingetragen. Prüfung Eignungstest im Jänner.
LOCATION:Seefeld\, Gschwandtkopf
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dienstbesprechung",
        "040000008200E00074C5B7101A82E00800000000EE44FF5500AADB01000000000000000010000000444945534E53544245535052464F",
        0,
        "",
        "",
        "",
        "",
        "recurring-staff-briefing-front-office",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Rezeption:mailto:rezeption@alpenhof-seefeld.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Concierge:mailto:concierge@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Wochenbriefing FO: Anreisen/VIPs\, Gruppen\, Besc
 hwerden der Woche\, Dienstplan\, Upselling-Zahlen.\n
RRULE:FREQ=WEEKLY;UNTIL=20270412T090000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000EE44FF5500AADB01000000000000000010000000444945534E53544245535052464F
SUMMARY;LANGUAGE=de-AT:Dienstbesprechung Front Office
DTSTART;TZID=W. Europe Standard Time:20261207T140000
DTEND;TZID=W. Europe Standard Time:20261207T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Back Office Rezeption
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gastbeschwerde",
        "20261229T091822-6631@thunderbird-stefan",
        0,
        "",
        "",
        "",
        "",
        "guest-complaint-meeting",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
%%TZ vienna-google%%
BEGIN:VEVENT
CREATED:20261229T091822Z
LAST-MODIFIED:20261229T091822Z
DTSTAMP:20261229T091822Z
UID:20261229T091822-6631@thunderbird-stefan
SUMMARY:Gespräch Gast Zi. 214 (Fam. van Dijk) – Beschwerde Lärm/Heizung
DTSTART;TZID=Europe/Vienna:20261229T170000
DTEND;TZID=Europe/Vienna:20261229T173000
DESCRIPTION:mit Haustechnik (Rudi) + HK. Angebot: Upgrade Zi. 318 + Wellnes
 sgutschein\, Kulanz max. 1 Nacht lt. Dir.
LOCATION:Lobby / Kaminlounge
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "protel-schulung",
        "040000008200E00074C5B7101A82E00800000000FF5500AA11BBDB0100000000000000001000000050524F54454C5343484C",
        0,
        "",
        "",
        "",
        "",
        "pms-training-vendor",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ berlin-google%%
BEGIN:VEVENT
ORGANIZER;CN=protel Academy:mailto:academy@protel.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-DE:Online-Schulung protel Air – Neuerungen Release 
 26.4 (Meldewesen AT\, Kassenbuch\, Gruppenblöcke). Teilnahme für Key User.\n
UID:040000008200E00074C5B7101A82E00800000000FF5500AA11BBDB0100000000000000001000000050524F54454C5343484C
SUMMARY;LANGUAGE=de-DE:protel Air Key-User-Schulung Release 26.4
DTSTART;TZID=Europe/Berlin:20261013T100000
DTEND;TZID=Europe/Berlin:20261013T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "site-inspection",
        "040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB0100000000000000001000000053495445494E5350444552",
        0,
        "",
        "",
        "",
        "",
        "site-inspection-tour-operator-hosted-by-user",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bankett Alpenhof:mailto:bankett@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Site Inspection DER Touristik (Fr. Kamphuis) f
 ür Incentive-Gruppe Mai (45 Pax). Zimmerbesichtigung 2 Suiten\, Seminarraum\,
  Spa. Stefan übernimmt die Hausführung.\n
UID:040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB0100000000000000001000000053495445494E5350444552
SUMMARY;LANGUAGE=de-AT:Site Inspection DER Touristik – Incentive Mai
DTSTART;TZID=W. Europe Standard Time:20270115T100000
DTEND;TZID=W. Europe Standard Time:20270115T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270108T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Treffpunkt Lobby
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reisepass",
        "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D",
        0,
        "",
        "",
        "",
        "",
        "official-appointment-passport",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261020T120000Z
UID:A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D
DTEND;TZID=Europe/Vienna:20261028T083000
TRANSP:OPAQUE
SUMMARY:Reisepass beantragen BH Innsbruck-Land
LAST-MODIFIED:20261020T120000Z
DTSTAMP:20261020T120000Z
DTSTART;TZID=Europe/Vienna:20261028T081500
LOCATION:Bezirkshauptmannschaft Innsbruck\, Gilmstraße 2
DESCRIPTION:Passfoto + alter Pass + 112 € – Termin-Nr. 4471
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bank",
        "raiffeisen-termin-0b7e3a1c9d",
        0,
        "",
        "",
        "",
        "",
        "personal-bank-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Raiffeisen//Mein ELBA Terminvereinbarung//DE
METHOD:PUBLISH
%%TZ vienna-google%%
BEGIN:VEVENT
UID:raiffeisen-termin-0b7e3a1c9d
DTSTAMP:20261109T140000Z
DTSTART;TZID=Europe/Vienna:20261119T090000
DTEND;TZID=Europe/Vienna:20261119T094500
SUMMARY:Beratungsgespräch Raiffeisen Seefeld
DESCRIPTION:Ihr Termin mit Ihrer Beraterin Frau Neuner\nThema: Wohnen / Ba
 usparen\nBitte Lichtbildausweis mitbringen.
LOCATION:Raiffeisenbank Seefeld-Leutasch-Reith\, Seefeld
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zahnarzt",
        "9a8b7c6d5e4f@android.calendar",
        0,
        "",
        "",
        "",
        "",
        "personal-dentist",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20270126T073000Z
DTEND:20270126T080000Z
DTSTAMP:20270110T100000Z
UID:9a8b7c6d5e4f@android.calendar
SUMMARY:ZA Dr. Pichler Kontrolle + MH
LOCATION:Telfs
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
