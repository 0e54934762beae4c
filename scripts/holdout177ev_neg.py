"""holdout177: negatives – school routine, personal life and interview look-alikes (part 1)."""

from holdout177ev_tz import NEG, TZ_VIENNA, TZ_VIENNA_APPLE, TZ_WEU, E

EVENTS = [
    E(
        "notenkonferenz",
        "040000008200E00074C5B7101A82E00800000000C6D7E8F9A06FDC0100000000000000001000000012121212343434345656565678",
        NEG,
        "school-grading-conference-outlook",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Ingrid (Direktion)":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lehrkörper GRG":mailto:lehrkoerper@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:TO: 1. Notenkonferenz 1. Semester je Klasse (Plan im
  Lehrerzimmer)\, 2. Frühwarnungen\, 3. Allfälliges. Noten bis Mo in WebUntis
  eintragen!\n
UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9A06FDC0100000000000000001000000012121212343434345656565678
SUMMARY;LANGUAGE=de-AT:Semesterkonferenz (Klassenkonferenzen)
DTSTART;TZID=W. Europe Standard Time:20260129T134000
DTEND;TZID=W. Europe Standard Time:20260129T180000
DTSTAMP:20260107T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Konferenzzimmer
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "elternsprechtag",
        "elternsprechtag-2025-11-grg@bildung-wien.at",
        NEG,
        "school-parents-day-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:GRG Schulkalender
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251121
DTEND;VALUE=DATE:20251122
DTSTAMP:20250908T100000Z
UID:elternsprechtag-2025-11-grg@bildung-wien.at
DESCRIPTION:Elternsprechtag 15:00–19:00\, Einteilung der Räume siehe Aushang.
  Vormittags Unterricht bis zur 4. Stunde.
SUMMARY:Elternsprechtag
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "muendliche-matura",
        "040000008200E00074C5B7101A82E00800000000D7E8F9A0B16FDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01",
        NEG,
        "oral-matura-user-is-examiner-with-candidates",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Schober, Eva (Admin.)":mailto:e.schober@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Huber, Stefan":mailto:s.huber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Mündliche Reifeprüfung 8A – Prüfungsgebiet Mathemati
 k\nPrüfungskommission: Vorsitz LSI Mag. Rainer Bauer\, Klassenvorstand Hube
 r\, Prüfer Gruber\, Beisitz Prof. Lang\n6 Kandidat:innen\, je 30 Min. Vorbe
 reitung\, max. 25 Min. Prüfung. Themenpools versiegelt im Tresor.\n
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B16FDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01
SUMMARY;LANGUAGE=de-AT:Mündliche RP 8A Mathematik (Prüfer: Gruber)
DTSTART;TZID=W. Europe Standard Time:20260616T080000
DTEND;TZID=W. Europe Standard Time:20260616T130000
DTSTAMP:20260520T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bibliothek (Prüfungsraum)\, Vorbereitung R 104
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "supplierung",
        "GMX-suppl-2026-03-11-3",
        NEG,
        "self-typed-substitution-lesson",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-suppl-2026-03-11-3
DTSTAMP:20260311T064500Z
DTSTART:20260311T095500
DTEND:20260311T104500
SUMMARY:Suppl. 3D (für Lang) – Arbeitsblatt Prozent
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "training-u12",
        "rrule-u12-training-3m9n2b8v7c@google.com",
        NEG,
        "recurring-son-football-training-with-override",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familie
X-WR-TIMEZONE:Europe/Vienna
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250909T170000
DTEND;TZID=Europe/Vienna:20250909T183000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260625T215959Z
EXDATE;TZID=Europe/Vienna:20251230T170000,20260101T170000
DTSTAMP:20250905T080000Z
UID:rrule-u12-training-3m9n2b8v7c@google.com
DESCRIPTION:Max Training SV Donaufeld U12 – Schienbeinschoner!! Abholen 18:30
LOCATION:Sportplatz Donaufeld\, Donaufelder Str. 247\, 1210 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Max Fußballtraining
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260312T160000
DTEND;TZID=Europe/Vienna:20260312T180000
DTSTAMP:20260309T190000Z
UID:rrule-u12-training-3m9n2b8v7c@google.com
RECURRENCE-ID;TZID=Europe/Vienna:20260312T170000
DESCRIPTION:Heute Testspiel gg. Rapid U12 – Treffpunkt 15:45!
LOCATION:Rapid Trainingszentrum Hütteldorf
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Max Fußball – Testspiel
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "hausarzt",
        "8F2B4C6D-1A3E-4F5B-9C7D-2E4F6A8B0C1D",
        NEG,
        "personal-doctor-appointment",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
{TZ_VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20260105T080000Z
DTSTART;TZID=Europe/Vienna:20260113T071500
DTEND;TZID=Europe/Vienna:20260113T074500
DTSTAMP:20260105T080010Z
SEQUENCE:0
SUMMARY:Dr. Hofer – Blutabnahme (nüchtern!)
LOCATION:Ordination Dr. Hofer\, Brünner Str. 57
UID:8F2B4C6D-1A3E-4F5B-9C7D-2E4F6A8B0C1D
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "heuriger",
        "6y5t4r3e2w1q0p9o8i7u6y5t4r@google.com",
        NEG,
        "personal-heuriger-with-friends",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260516T180000
DTEND;TZID=Europe/Vienna:20260516T230000
DTSTAMP:20260502T121212Z
ORGANIZER;CN=Thomas Pichler:mailto:tom.pichler@aon.at
UID:6y5t4r3e2w1q0p9o8i7u6y5t4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
DESCRIPTION:Heuriger wie jedes Jahr – Tisch für 8 reserviert. Wer fährt? 😄
LOCATION:Heuriger Wieninger\, Stammersdorfer Str. 78\, 1210 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Heuriger Stammersdorf 🍷
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "probe-hearing-coach",
        "calendly-coach-hearingtraining-99182",
        NEG,
        "mock-hearing-with-leadership-coach",
        rf"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:calendly-coach-hearingtraining-99182
DTSTAMP:20260210T200000Z
DTSTART;TZID=Europe/Vienna:20260219T180000
DTEND;TZID=Europe/Vienna:20260219T193000
SUMMARY:Florian Gruber and Mag. Ulrike Steindl
ORGANIZER;CN=Ulrike Steindl:mailto:office@steindl-coaching.at
ATTENDEE;CN=Florian Gruber;PARTSTAT=ACCEPTED:mailto:florian.gruber@gmx.at
DESCRIPTION:Event Name: Hearing-Simulation Schulleitung (90 min)\n\nWir spiele
 n das Hearing vor der Begutachtungskommission realistisch durch (inkl. unan
 genehmer Fragen zu Konfliktmanagement)\, mit Videofeedback.\nHonorar: € 180\,
 – lt. Angebot.\n\nLocation: Praxis Steindl\, Lerchenfelder Str. 112\, 1080 W
 ien\n\nPowered by Calendly.com
LOCATION:Praxis Steindl\, Lerchenfelder Str. 112\, 1080 Wien
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "webinar-hearing",
        "gotowebinar-4477210993-ph-fortbildung",
        NEG,
        "webinar-about-leadership-hearings",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-4477210993-ph-fortbildung
DTSTAMP:20251215T120000Z
DTSTART:20260113T170000Z
DTEND:20260113T183000Z
SUMMARY:Webinar: Gut vorbereitet ins Hearing – Bewerbung um Schulleitungen
ORGANIZER;CN=PH Wien Fortbildung:mailto:fortbildung@phwien.ac.at
LOCATION:GoTo Webinar
DESCRIPTION:PH-Online LV-Nr. 7F1SL04\nInhalte: Ablauf Begutachtungsverfahren\,
  Assessment-Übungen\, typische Kommissionsfragen\, Schulentwicklungskonzept
 .\nReferentin: HR Dir.in i.R. Monika Tauber\n\nJoin: https://attendee.gotow
 ebinar.com/join/4477210993
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "interview-zeitung",
        "0f9e8d7c-6b5a-4938-a271-standard-mathe",
        NEG,
        "press-interview-newspaper-about-matura",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:0f9e8d7c-6b5a-4938-a271-standard-mathe
DTSTAMP:20260420T090000Z
DTSTART;TZID=Europe/Vienna:20260424T150000
DTEND;TZID=Europe/Vienna:20260424T153000
SUMMARY:Interview DER STANDARD – Mathe-Zentralmatura (Fr. Riedl)
ORGANIZER;CN="Karin Riedl":mailto:karin.riedl@derstandard.at
ATTENDEE;CN="Florian Gruber";RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Telefon
DESCRIPTION:Wie besprochen: kurzes Telefoninterview für unseren Bildungsteil (
 Schwerpunkt Kompensationsprüfungen)\, Zitate zur Freigabe vorab. Danke! KR
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "podcast-aufnahme",
        "riverside-rec-5521-lehrerzimmer-podcast",
        NEG,
        "podcast-recording-guest",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5521-lehrerzimmer-podcast
DTSTAMP:20260301T111111Z
DTSTART:20260307T090000Z
DTEND:20260307T100000Z
SUMMARY:Podcast-Aufnahme "Das Lehrerzimmer" – Folge 42 mit Florian Gruber
ORGANIZER;CN=Das Lehrerzimmer Podcast:mailto:hallo@daslehrerzimmer.at
ATTENDEE;CN=Florian Gruber;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:https://riverside.fm/studio/das-lehrerzimmer
DESCRIPTION:Thema: Physik ohne Labor? Experimente mit dem Handy. Bitte Kopfhör
 er verwenden. Wir schicken vorab die Fragen.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "forschungsinterview",
        "univie-studie-schulleitung-int-017",
        NEG,
        "research-interview-study-participant",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:univie-studie-schulleitung-int-017
DTSTAMP:20260108T140000Z
DTSTART;TZID=Europe/Vienna:20260115T160000
DTEND;TZID=Europe/Vienna:20260115T170000
SUMMARY:Forschungsinterview – Studie "Wer will Schulleiter:in werden?"
ORGANIZER;CN=Katharina Ebner:mailto:katharina.ebner@univie.ac.at
ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:florian.gruber@gmx.at
LOCATION:Zoom (Link per Mail)
DESCRIPTION:Leitfadengestütztes Interview (ca. 60 Min.) im Rahmen meiner Disse
 rtation am Institut für Bildungswissenschaft. Das Gespräch wird aufgezeichn
 et und anonymisiert (Einverständniserklärung im Anhang).
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "mikrozensus",
        "GMX-mikrozensus-statistik-austria",
        NEG,
        "survey-interview-statistics-office",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-mikrozensus-statistik-austria
DTSTAMP:20251110T180000Z
DTSTART:20251113T183000
DTEND:20251113T190000
SUMMARY:Statistik Austria Interview (Mikrozensus) – ruft an
DESCRIPTION:Arbeitskräfteerhebung\, Erhebungsperson Fr. Novak\, Haushaltsnr
 auf dem Brief
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "mitarbeitergespraech",
        "040000008200E00074C5B7101A82E00800000000E8F9A0B1C26FDC0100000000000000001000000066778899AABBCCDDEEFF001122",
        NEG,
        "own-appraisal-with-current-director",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Ingrid (Direktion)":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Jährliches Mitarbeiter:innengespräch (MAG) – Leitfaden
  im Anhang\, bitte Selbsteinschätzung mitbringen. Themen: Fortbildung\, Kar
 riereplanung\, Fachgruppenleitung.\n
UID:040000008200E00074C5B7101A82E00800000000E8F9A0B1C26FDC0100000000000000001000000066778899AABBCCDDEEFF001122
SUMMARY;LANGUAGE=de-AT:MAG Gruber
DTSTART;TZID=W. Europe Standard Time:20260304T120000
DTEND;TZID=W. Europe Standard Time:20260304T130000
DTSTAMP:20260220T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktion
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "kaffee-direktorin",
        "4E6F8A0B-2C4D-4E6F-8A0B-2C4D6E8F0A1B",
        NEG,
        "informational-coffee-with-school-head",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251028T210000Z
DTSTART:20251104T160000
DTEND:20251104T170000
DTSTAMP:20251028T210030Z
SEQUENCE:0
SUMMARY:Kaffee mit Martina (Dir. BG Tulln) – wie ist Schulleitung wirklich?
LOCATION:Café Sperl
DESCRIPTION:Infos: Hearing-Erfahrung\, Work-Life\, Zulage vs. Aufwand. Keine Be
 werbung\, nur reden.
UID:4E6F8A0B-2C4D-4E6F-8A0B-2C4D6E8F0A1B
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "best-messe",
        "best3-wien-2026-schulbesuch",
        NEG,
        "careers-fair-with-pupils",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:GRG Schulkalender
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260305
DTEND;VALUE=DATE:20260306
DTSTAMP:20260115T100000Z
UID:best3-wien-2026-schulbesuch
DESCRIPTION:Begleitung 7A/7B zur BeSt³ (Messe für Beruf\, Studium und Weiterbi
 ldung)\, Wiener Stadthalle. Treffpunkt 8:15 Haupteingang.
SUMMARY:BeSt³ Messe mit 7A/7B (Gruber\, Lang)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
