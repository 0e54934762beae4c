"""holdout220 events, part I: personal life and job-search look-alikes (raw iCalendar). All negatives."""

_N = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _N, kind="chindsgi", trap="personal-elterngespraech-kindergarten", lf=True,
        uid="C1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250305T201500Z
DTSTART;TZID=Europe/Zurich:20250320T171500
DTEND;TZID=Europe/Zurich:20250320T174500
SUMMARY:Elterngespräch Chindsgi Mila (Fr. Studer)
LOCATION:Kindergarten Breitfeld
DESCRIPTION:mit Sarah zäme. Thema Übertritt\, Logopädie?
UID:C1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="hausarzt", trap="personal-doctor-floating", lf=True,
        uid="D2B3C4D5-E6F7-4081-92A3-B4C5D6E7F809",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTAMP:20250407T080000Z
DTSTART:20250414T073000
DTEND:20250414T080000
SUMMARY:Hausarzt Dr. Lehmann – Blutdruck Kontrolle
LOCATION:Praxis am Guisanplatz
UID:D2B3C4D5-E6F7-4081-92A3-B4C5D6E7F809
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="mfk", trap="personal-vehicle-inspection-office", lf=True,
        uid="E3C4D5E6-F708-4192-A3B4-C5D6E7F8091A",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Zurich:20250326T131500
DTEND;TZID=Europe/Zurich:20250326T140000
SUMMARY:MFK Golf – Strassenverkehrsamt
LOCATION:Strassenverkehrs- und Schifffahrtsamt\, Schermenweg 5\, 3014 Bern
DESCRIPTION:Fahrzeugausweis + Aufgebot mitnehmen. Vorher waschen\, Scheinwe
 rfer links prüfen lassen (Garage Rytz).
UID:E3C4D5E6-F708-4192-A3B4-C5D6E7F8091A
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="jassabend", trap="personal-jass-evening-google-invite",
        uid="5j2s9a7b1c3d5e0f2g4h6i8k0m@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250411T173000Z
DTEND:20250411T220000Z
DTSTAMP:20250402T190000Z
ORGANIZER;CN=Ruedi Fankhauser:mailto:ruedi.fankhauser@bluewin.ch
UID:5j2s9a7b1c3d5e0f2g4h6i8k0m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
DESCRIPTION:Schieber wie immer\, Rüfe kocht Chäschüechli. Bier mitnäh!
LOCATION:bi Rüfe\, Ostermundigen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jassabend
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="bank-beratung", trap="bank-beratungsgespraech-vested-benefits",
        uid="bekb-termin-20250422-0915-ZB@bekb.ch",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN=lukas.zbinden@bluewin.ch;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Sehr geehrter Herr Zbinden\n\nBesten Dank für Ihre Terminanfrag
 e. Gerne beraten wir Sie zum Thema Freizügigkeitskonto und Säule 3a im Hi
 nblick auf Ihren Stellenwechsel.\n\nFreundliche Grüsse\nMartina Schenk\, K
 undenberaterin
DTEND;TZID="W. Europe Standard Time":20250422T100000
DTSTAMP:20250414T120000Z
DTSTART;TZID="W. Europe Standard Time":20250422T091500
LOCATION:Geschäftsstelle Bern Bundesplatz
ORGANIZER;CN="Schenk Martina":mailto:martina.schenk@bekb.ch
SEQUENCE:0
SUMMARY:Beratungsgespräch Vorsorge / Freizügigkeit
UID:bekb-termin-20250422-0915-ZB@bekb.ch
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="kafi", trap="informational-coffee-contact-at-target-employer", lf=True,
        uid="F4D5E6F7-0819-42A3-B4C5-D6E7F8091A2B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250324T120000Z
DTSTART;TZID=Europe/Zurich:20250328T121500
DTEND;TZID=Europe/Zurich:20250328T130000
SUMMARY:Kafi mit Andrea Stucki (BIT)
LOCATION:Café Fédéral
DESCRIPTION:Andrea arbeitet seit 3 J. im BIT\, will fragen wie die Kultur i
 st\, Homeoffice\, ob sich Bewerbung lohnt. Unverbindlich\, kein Gespräch m
 it HR. Znüni zahle ich.
UID:F4D5E6F7-0819-42A3-B4C5-D6E7F8091A2B
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="ferien", trap="all-day-holidays",
        uid="2b5pq8u1d3f6h9k2m4n7r0t3vw@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Zbinden
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250414
DTEND;VALUE=DATE:20250419
DTSTAMP:20250601T120000Z
UID:2b5pq8u1d3f6h9k2m4n7r0t3vw@google.com
CREATED:20250110T201500Z
DESCRIPTION:Ferienwohnung Adelboden\, Schlüssel bei Fam. Inniger
LAST-MODIFIED:20250110T201500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ferien Adelboden 🏔
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="zivilschutz", trap="civil-protection-service-all-day", lf=True,
        uid="0A1B2C3D-4E5F-4061-7283-94A5B6C7D8E9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
BEGIN:VEVENT
DTSTAMP:20250115T190000Z
DTSTART;VALUE=DATE:20250616
DTEND;VALUE=DATE:20250618
SUMMARY:Zivilschutz WK (Führungsunterstützung)
LOCATION:Ausbildungszentrum Sand\, Schönbühl
DESCRIPTION:Aufgebot im Ordner. EO-Formular an HR!
UID:0A1B2C3D-4E5F-4061-7283-94A5B6C7D8E9
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="probeinterview", trap="mock-interview-with-career-coach",
        uid="biz-bern-termin-4471-2025@be.ch",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN=lukas.zbinden@bluewin.ch;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Guten Tag Herr Zbinden\n\nWie vereinbart üben wir ein Vorstellun
 gsgespräch (Rollenspiel\, Videoaufnahme) für Ihre Bewerbung als Teamleiter
 . Bitte bringen Sie das Stelleninserat und Ihr Dossier mit.\n\nFreundliche
  Grüsse\nRegina Bärtschi\, Laufbahnberaterin\, BIZ Bern-Mittelland
DTEND;TZID="W. Europe Standard Time":20250401T160000
DTSTAMP:20250320T090000Z
DTSTART;TZID="W. Europe Standard Time":20250401T143000
LOCATION:BIZ Bern-Mittelland\, Bremgartenstrasse 37\, Bern
ORGANIZER;CN="Bärtschi Regina":mailto:regina.baertschi@be.ch
SEQUENCE:0
SUMMARY:Probe-Vorstellungsgespräch (Laufbahnberatung)
UID:biz-bern-termin-4471-2025@be.ch
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="webinar", trap="webinar-about-job-interviews",
        uid="webinar-93814402817-reg-55120@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250403T091500Z
DTSTART:20250410T170000Z
DTEND:20250410T180000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch – Tipps für IT-Fachkräfte
UID:webinar-93814402817-reg-55120@zoom.us
DESCRIPTION:Hallo Lukas Zbinden\,\n\nDanke für Ihre Registrierung für «Sou
 verän im Vorstellungsgespräch – Tipps für IT-Fachkräfte» (jobs.ch Karriere
 -Webinar).\n\nBitte klicken Sie auf den Link\, um teilzunehmen:\nhttps://u
 s06web.zoom.us/w/93814402817?tk=Qw2e\n\nPasscode: 884120
LOCATION:https://us06web.zoom.us/w/93814402817?tk=Qw2e
ORGANIZER;CN=jobs.ch Events:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="karrieretag", trap="careers-fair-speed-dating-booths", lf=True,
        uid="A9B8C7D6-E5F4-4032-9120-1F2E3D4C5B6A",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250420T130000Z
DTSTART;TZID=Europe/Zurich:20250424T160000
DTEND;TZID=Europe/Zurich:20250424T200000
SUMMARY:ICT-Karrieretag Bern
LOCATION:BERNEXPO\, Halle 3.2
DESCRIPTION:Stände: Post\, Swisscom\, BIT\, Kantone. «Job-Speed-Dating» 18h
 . CVs drucken (10x).
UID:A9B8C7D6-E5F4-4032-9120-1F2E3D4C5B6A
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="spanischkurs", trap="recurring-language-course", lf=True,
        uid="B0C1D2E3-F405-4617-8293-A4B5C6D7E8F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250210T200000Z
DTSTART;TZID=Europe/Zurich:20250226T183000
DTEND;TZID=Europe/Zurich:20250226T200000
RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=WE
SUMMARY:Spanischkurs A2 (Klubschule)
LOCATION:Klubschule Migros\, Wankdorfallee 4\, Bern
DESCRIPTION:Lektion 7: la entrevista de trabajo (Vokabular)
UID:B0C1D2E3-F405-4617-8293-A4B5C6D7E8F9
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="umfrage", trap="survey-phone-interview-market-research",
        uid="2c6e9h1k4m7p0r3t5v8x0z2b4d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250523T150000Z
DTEND:20250523T152000Z
DTSTAMP:20250519T100000Z
ORGANIZER;CN=LINK Marketing Services:mailto:umfragen@link.ch
UID:2c6e9h1k4m7p0r3t5v8x0z2b4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer Studie zur Stellensuc
 he in der Schweiz. Unsere Interviewerin ruft Sie zum vereinbarten Zeitpun
 kt an (ca. 20 Min.). Als Dankeschön erhalten Sie einen Gutschein über CHF
  20.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefoninterview Studie «Stellensuche 2025»
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="erster-arbeitstag", trap="first-working-day-new-employer", lf=True,
        uid="C2D3E4F5-0617-4829-A3B4-C5D6E7F80912",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250604T200000Z
DTSTART;TZID=Europe/Zurich:20250804T080000
DTEND;TZID=Europe/Zurich:20250804T170000
SUMMARY:1. Arbeitstag Post 🎉
LOCATION:PostParc Wankdorf\, Empfang
DESCRIPTION:Willkommenstag 8:00\, Daniel H. holt mich ab. Laptop-Übergabe 1
 0:00.
UID:C2D3E4F5-0617-4829-A3B4-C5D6E7F80912
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
