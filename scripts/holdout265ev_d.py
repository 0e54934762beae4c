# ruff: noqa: E501, W291, W293, RUF100
"""holdout265 events, part d: negatives that are not the user's job interview (trade, personal, prep, press)."""

from holdout265ev_zones import GOOGLE_FOOTER_DE, GOOGLE_FOOTER_EN, TEAMS_DE, TZ_BERLIN, TZ_UTC1, TZ_WEST, ZOOM_DE

FORMS = {}


def _neg(kind, uid, trap, ics, eol="\r\n"):
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
                hiring=False, ics=ics, eol=eol)


EVENTS = [
    _neg(
        "client-counselling-appointment",
        "040000008200E00074C5B7101A82E0080000000010203040506DDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        "client-beratungsgespraech-work-calendar",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:BG 07734//0012345\, Kd. Hr. Krause\, Eingliederungsvereinbarung/Kooperationsplan fortschreiben\, Stand Bewerbungen Lager\, AVGS prüfen.
UID:040000008200E00074C5B7101A82E0080000000010203040506DDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Hr. Krause (Kooperationsplan)
DTSTART;TZID=W. Europe Standard Time:20250211T090000
DTEND;TZID=W. Europe Standard Time:20250211T093000
CLASS:PRIVATE
DTSTAMP:20250204T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro 2.11
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "section-59-invitation",
        "040000008200E00074C5B7101A82E00800000000112233445566DB0100000000000000001000000066554433221100FFEEDDCCBBAA998877",
        "client-meldetermin-einladung-59-sgb2",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Einladung nach § 59 SGB II i.V.m. § 309 SGB III versandt am 03.02. (Rechtsfolgenbelehrung). Zweck: Besprechung Ihres Bewerberangebots / Ihrer beruflichen Situation. Kd. Fr. Petrović\, BG 07734//0098812.
UID:040000008200E00074C5B7101A82E00800000000112233445566DB0100000000000000001000000066554433221100FFEEDDCCBBAA998877
SUMMARY;LANGUAGE=de-DE:Einladung nach §59 SGB II – Fr. Petrović
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250213T103000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250213T110000
CLASS:PRIVATE
DTSTAMP:20250203T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "client-job-interview-vg",
        "040000008200E00074C5B7101A82E00800000000FACEB00C1234DB01000000000000000010000000BEEFCAFE0123456789ABCDEF01234567",
        "client-vg-arranged-by-user-not-hers",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:VG Kd. Herr M. (BG 07734//0045521) bei Logistik Nord GmbH\, Ansprechpartner Hr. Dreßler\, Schichtleiter. Vermittlungsvorschlag vom 12.02. Nachhalten: Rückmeldung AG bis Freitag\, ggf. EGZ prüfen.
UID:040000008200E00074C5B7101A82E00800000000FACEB00C1234DB01000000000000000010000000BEEFCAFE0123456789ABCDEF01234567
SUMMARY;LANGUAGE=de-DE:VG Herr M. bei Logistik Nord
DTSTART;TZID=W. Europe Standard Time:20250219T090000
DTEND;TZID=W. Europe Standard Time:20250219T100000
CLASS:PRIVATE
DTSTAMP:20250213T140000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Logistik Nord GmbH\, Radefelder Allee 4
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "client-interview-accompaniment",
        "A9B8C7D6-E5F4-4321-8765-0FEDCBA98765",
        "client-vorstellungsgespraech-user-accompanies",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250304T150500Z
DTSTAMP:20250304T150510Z
DTSTART:20250306T130000
DTEND:20250306T140000
SUMMARY:Vorstellungsgespräch Fr. Sommer bei Elbtal Pflege – ich begleite (Sprachmittlung organisiert)
LOCATION:Elbtal Pflege\, Riebeckstr. 9
DESCRIPTION:Kundin unsicher\, vorher 12:45 Treffen vor der Tür. Dolmetscherin Fr. Haddad kommt direkt.
UID:A9B8C7D6-E5F4-4321-8765-0FEDCBA98765
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "recurring-placement-talks-override",
        "040000008200E00074C5B7101A82E00800000000ABABABABABABDB01000000000000000010000000CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD",
        "recurring-vermittlungsgespraeche-recurrence-id",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Offene Sprechzeit Vermittlungsgespräche U25 (ohne Termin).
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20250630T220000Z
UID:040000008200E00074C5B7101A82E00800000000ABABABABABABDB01000000000000000010000000CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD
SUMMARY;LANGUAGE=de-DE:Vermittlungsgespräche U25 (offene Sprechzeit)
DTSTART;TZID=W. Europe Standard Time:20250107T130000
DTEND;TZID=W. Europe Standard Time:20250107T153000
CLASS:PUBLIC
DTSTAMP:20250102T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Jugendberufsagentur\, Raum 0.05
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Heute in der Berufsschule (BSZ 7) statt Jugendberufsagentur.
RECURRENCE-ID;TZID=W. Europe Standard Time:20250311T130000
UID:040000008200E00074C5B7101A82E00800000000ABABABABABABDB01000000000000000010000000CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD
SUMMARY;LANGUAGE=de-DE:Vermittlungsgespräche U25 – heute BSZ 7
DTSTART;TZID=W. Europe Standard Time:20250311T130000
DTEND;TZID=W. Europe Standard Time:20250311T150000
CLASS:PUBLIC
DTSTAMP:20250305T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:BSZ 7\, Raum 112
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "job-fair-allday",
        "jobmesse-leipzig-2025-stand-jc@jobcenter-leipzig-nord.example.de",
        "job-fair-stand-duty",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Arbeitgeberservice JC Leipzig-Nord":mailto:ags@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Standdienst Jobmesse (Halle 2\, Stand B14) – Schicht Kretzschmar/Weise. Mini-Bewerbungsmappen-Check und Kurzinterviews mit Arbeitgebern vermitteln. Flyer und Roll-up im Kofferraum Dienstwagen.
UID:jobmesse-leipzig-2025-stand-jc@jobcenter-leipzig-nord.example.de
SUMMARY;LANGUAGE=de-DE:Jobmesse Leipzig – Standdienst Jobcenter
DTSTART;VALUE=DATE:20250329
DTEND;VALUE=DATE:20250330
DTSTAMP:20250301T100000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Messe Leipzig\, Halle 2
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "employer-visit",
        "ags-besuch-baeckerei-mehlhorn-20250402@jobcenter-leipzig-nord.example.de",
        "employer-visit-stellenakquise",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;CN="Mehlhorn, Jens";RSVP=TRUE:mailto:info@baeckerei-mehlhorn.example.de
DESCRIPTION:Arbeitgeberbesuch: Personalbedarf Verkauf/Produktion\, Möglichkeit Probearbeit für Kunden (MAG nach § 45 SGB III)\, Eingliederungszuschuss erläutern\, Azubi-Stellen 2025.
UID:ags-besuch-baeckerei-mehlhorn-20250402@jobcenter-leipzig-nord.example.de
SUMMARY:AG-Besuch Bäckerei Mehlhorn – Stellenakquise
DTSTART;TZID=W. Europe Standard Time:20250402T140000
DTEND;TZID=W. Europe Standard Time:20250402T150000
DTSTAMP:20250326T090000Z
LOCATION:Bäckerei Mehlhorn\, Hauptstr. 33\, Taucha
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "annual-staff-review",
        "040000008200E00074C5B7101A82E00800000000121212121212DB0100000000000000001000000034343434343434343434343434343434",
        "mitarbeitergespraech-with-own-boss",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Pohlmann, Gerd":mailto:g.pohlmann@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeitergespräch (MAG) inkl. Zielvereinbarung und Fortbildungsplanung. Bitte Vorbereitungsbogen ausfüllen.
UID:040000008200E00074C5B7101A82E00800000000121212121212DB0100000000000000001000000034343434343434343434343434343434
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch 2025 – Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250120T100000
DTEND;TZID=W. Europe Standard Time:20250120T113000
CLASS:PRIVATE
DTSTAMP:20250108T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro TL 2.01
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "potential-talk-career-development",
        "040000008200E00074C5B7101A82E00800000000565656565656DB0100000000000000001000000078787878787878787878787878787878",
        "potenzialgespraech-not-application",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Anett":mailto:a.fuchs@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Potenzialgespräch im Rahmen der Führungskräfteentwicklung (kein Auswahlverfahren). Themen: Interesse an Führungsaufgaben\, Hospitation bei einer Teamleitung\, Qualifizierungsprogramm 2026.
UID:040000008200E00074C5B7101A82E00800000000565656565656DB0100000000000000001000000078787878787878787878787878787878
SUMMARY;LANGUAGE=de-DE:Potenzialgespräch Führungskräfteentwicklung
DTSTART;TZID=W. Europe Standard Time:20250129T130000
DTEND;TZID=W. Europe Standard Time:20250129T140000
CLASS:PRIVATE
DTSTAMP:20250115T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Bereichsleitung 3.01
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "mock-interviews-for-clients",
        "massnahme-bwt-2025-kw11-probe@jobcenter-leipzig-nord.example.de",
        "mock-interview-training-for-clients",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Gruppenangebot "Fit fürs Vorstellungsgespräch": Probe-Vorstellungsgespräche mit 8 Teilnehmenden\, Videofeedback\, typische Fragen (Lücken im Lebenslauf). Ich spiele die Personalerin.
UID:massnahme-bwt-2025-kw11-probe@jobcenter-leipzig-nord.example.de
SUMMARY;LANGUAGE=de-DE:Bewerbungstraining: Probe-Vorstellungsgespräche (Gruppe U25)
DTSTART;TZID=W. Europe Standard Time:20250313T090000
DTEND;TZID=W. Europe Standard Time:20250313T120000
CLASS:PUBLIC
DTSTAMP:20250305T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Gruppenraum EG
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "mock-interview-with-friend",
        "4F5E6D7C-8B9A-4012-A3B4-C5D6E7F80912",
        "mock-interview-practice-before-own-ac",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250226T210000Z
DTSTAMP:20250226T210010Z
DTSTART:20250302T170000
DTEND:20250302T183000
SUMMARY:Probeinterview mit Anja (Übung AC Elster)
LOCATION:bei Anja
DESCRIPTION:Anja spielt Fr. Brandt. Präsi einmal komplett durch\, Stoppuhr. Wein mitbringen
UID:4F5E6D7C-8B9A-4012-A3B4-C5D6E7F80912
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "webinar-structured-interviews",
        "webinar-20250409-din33430@hr-akademie-ost.example.de",
        "webinar-about-structured-interviews",
        rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_BERLIN}
BEGIN:VEVENT
UID:webinar-20250409-din33430@hr-akademie-ost.example.de
DTSTAMP:20250320T120000Z
DTSTART;TZID=Europe/Berlin:20250409T160000
DTEND;TZID=Europe/Berlin:20250409T173000
SUMMARY:Webinar: Strukturierte Interviews führen – Personalauswahl nach DIN 33430
ORGANIZER;CN=HR-Akademie Ost:mailto:webinare@hr-akademie-ost.example.de
DESCRIPTION:Vielen Dank für Ihre Anmeldung\, Sabine Kretzschmar!\n\nReferentin: Dipl.-Psych. Karin Adler\nInhalte: Anforderungsanalyse\, Interviewleitfaden\, verhaltensverankerte Skalen\, Beobachtungsfehler.\n{ZOOM_DE}
LOCATION:Zoom-Webinar
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "press-interview-newspaper",
        "040000008200E00074C5B7101A82E008000000009A9A9A9A9A9ADB01000000000000000010000000B8B8B8B8B8B8B8B8B8B8B8B8B8B8B8B8",
        "press-interview-user-as-interviewee",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Pressestelle JC Leipzig-Nord":mailto:presse@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bauer, Tim (Leipziger Abendpost)":mailto:t.bauer@leipziger-abendpost.example.de
DESCRIPTION;LANGUAGE=de-DE:Interview für die Serie "Wege aus der Langzeitarbeitslosigkeit". Frau Kretzschmar schildert ihren Arbeitsalltag als Arbeitsvermittlerin. Fotograf kommt mit. Keine Kundendaten\, Freigabe des Textes durch die Pressestelle.
UID:040000008200E00074C5B7101A82E008000000009A9A9A9A9A9ADB01000000000000000010000000B8B8B8B8B8B8B8B8B8B8B8B8B8B8B8B8
SUMMARY;LANGUAGE=de-DE:Presse: Interview Leipziger Abendpost (Langzeitarbeitslosigkeit)
DTSTART;TZID=W. Europe Standard Time:20250226T100000
DTEND;TZID=W. Europe Standard Time:20250226T110000
CLASS:PUBLIC
DTSTAMP:20250219T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro 2.11
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "research-expert-interview",
        "9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com",
        "research-expert-interview-thesis",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T150000Z
DTEND:20250407T160000Z
DTSTAMP:20250331T090000Z
ORGANIZER;CN=Marie Lindner:mailto:marie.lindner.ma@gmail.com
UID:9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marie Lindner;X-NUM-GUESTS=0:mailto:marie.lindner.ma@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/fwb-oyrn-qiz
CREATED:20250331T090000Z
DESCRIPTION:Liebe Frau Kretzschmar\,\nvielen Dank\, dass Sie sich für ein E
 xperteninterview für meine Masterarbeit (Soziologie\, Uni Leipzig) zum Thema
  "Kooperationsplan und Vertrauen im Bürgergeld" bereit erklärt haben. Das 
 Interview wird aufgezeichnet und anonymisiert.\nMarie Lindner{GOOGLE_FOOTER_DE}
LAST-MODIFIED:20250331T090000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Experteninterview Masterarbeit – Fr. Kretzschmar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "informational-coffee",
        "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        "informational-coffee-hrbp-contact",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250110T190000Z
DTSTAMP:20250110T190010Z
DTSTART:20250114T123000
DTEND:20250114T133000
SUMMARY:Kaffee mit Maren F. – wie ist HRBP-Alltag bei Hanse Handel?
LOCATION:Kaffeehaus Riquet
DESCRIPTION:Maren (Xing-Kontakt\, HRBP bei Hanse Handel) erzählt vom Job. Keine Stelle offen\, nur Austausch. Fragen: Wechsel aus öff. Dienst? Gehalt? Weiterbildung?
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "reference-call-user-referee",
        "20250422-ref-roth-118@mitteldeutsche-personalberatung.example.de",
        "reference-call-user-is-referee",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Hübner, Clemens":mailto:c.huebner@mitteldeutsche-personalberatung.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nFrau Nadine Roth hat Sie als Referenz angegeben (gemeinsame Zeit im Jobcenter\, 2019–2023). Ich würde Sie gern ca. 20 Minuten zu ihrer Arbeitsweise befragen. Ich rufe Sie an.\n\nMit freundlichen Grüßen\nClemens Hübner
UID:20250422-ref-roth-118@mitteldeutsche-personalberatung.example.de
SUMMARY:Referenzgespräch Nadine Roth
DTSTART;TZID=W. Europe Standard Time:20250424T173000
DTEND;TZID=W. Europe Standard Time:20250424T175000
DTSTAMP:20250422T081000Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "prep-block-own-interview",
        "a1c3e5f7-0b2d-44f6-98a0-c2e4f6a8b0d2",
        "prep-block-for-own-interview-names-employer",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250325T180000Z
LAST-MODIFIED:20250325T180000Z
DTSTAMP:20250325T180000Z
UID:a1c3e5f7-0b2d-44f6-98a0-c2e4f6a8b0d2
SUMMARY:Vorbereitung Präsi JC Muldental-Süd (Auswahlgespräch 2. Runde)
DTSTART;TZID=Europe/Berlin:20250329T100000
DTEND;TZID=Europe/Berlin:20250329T130000
DESCRIPTION:Folien: Ist-Analyse Integrationsquote\, 100-Tage-Plan\, Führungsverständnis. Probelauf vor dem Spiegel. Zahlen aus Eingliederungsbilanz 2024 holen.
CATEGORIES:Bewerbung
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thank-you-note-reminder",
        "C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F",
        "thank-you-reminder-after-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250213T120500Z
DTSTAMP:20250213T120510Z
DTSTART:20250213T180000
DTEND:20250213T181500
SUMMARY:Dankesmail an Fr. Brandt (Elster) schicken!
DESCRIPTION:Bezug auf Schichtleiter-Thema + Onboarding-Idee. Kurz halten.
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "headhunter-call-no-employer",
        "20250505-kb-call-7781@koenig-bergner-executive.example.de",
        "recruiter-call-employer-not-named",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Bergner, Svenja":mailto:s.bergner@koenig-bergner-executive.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Hallo Frau Kretzschmar\,\n\nvielen Dank für Ihre Rückmeldung auf meine Xing-Nachricht. Wie angekündigt ein erstes Telefonat zu einer vertraulichen Suche: HR-Leitung bei einem namhaften Logistikunternehmen im Raum Leipzig (Name nenne ich gern im nächsten Schritt). Ich möchte vor allem verstehen\, was Sie suchen.\n\nBeste Grüße\nSvenja Bergner
UID:20250505-kb-call-7781@koenig-bergner-executive.example.de
SUMMARY:Telefonat Bergner / Kretzschmar – vertrauliche Suche
DTSTART;TZID=W. Europe Standard Time:20250507T121500
DTEND;TZID=W. Europe Standard Time:20250507T124500
DTSTAMP:20250505T083000Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "family-son-apprenticeship-interview",
        "D5E6F7A8-B9C0-4D1E-8F2A-3B4C5D6E7F80",
        "family-member-job-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T070000Z
DTSTAMP:20250303T070010Z
DTSTART:20250311T100000
DTEND:20250311T113000
SUMMARY:Jonas Vorstellungsgespräch Ausbildung Mechatroniker – hinfahren
LOCATION:Auenwerk Fahrzeugbau\, Tor 2
DESCRIPTION:Jonas hinbringen + abholen\, er hat kein Ticket. Hemd bügeln!
UID:D5E6F7A8-B9C0-4D1E-8F2A-3B4C5D6E7F80
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "family-daughter-entrevista-beca",
        "4s6u8w0y2a4c6e8g0i2k4m6o8q@google.com",
        "family-member-spanish-scholarship-entrevista",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250423T090000Z
DTEND:20250423T093000Z
DTSTAMP:20250415T170000Z
ORGANIZER;CN=Lena Kretzschmar:mailto:lena.kretzschmar03@gmail.com
UID:4s6u8w0y2a4c6e8g0i2k4m6o8q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lena Kretzschmar;X-NUM-GUESTS=0:mailto:lena.kretzschmar03@gmail.com
CREATED:20250415T170000Z
DESCRIPTION:Mama\, nur zur Info – drück mir die Daumen! 🙏\n\nEntrevista pa
 ra la beca Erasmus+ prácticas (Universidad de Salamanca\, Oficina de Relac
 iones Internacionales). Zoom.{GOOGLE_FOOTER_EN}
LAST-MODIFIED:20250415T170000Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lena – entrevista beca Erasmus Salamanca
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "parent-teacher-talk",
        "E6F7A8B9-C0D1-4E2F-9A3B-4C5D6E7F8091",
        "personal-elterngespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250115T190000Z
DTSTAMP:20250115T190010Z
DTSTART:20250123T163000
DTEND:20250123T170000
SUMMARY:Gespräch Klassenlehrerin Fr. Zimmer (Jonas\, Versetzung)
LOCATION:Oberschule Paunsdorf\, R. 204
UID:E6F7A8B9-C0D1-4E2F-9A3B-4C5D6E7F8091
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "bank-advice-same-employer",
        "online-termin-88123-20250508@sparkasse-muldental-elster.example.de",
        "bank-beratungsgespraech-at-employer-she-applied-to",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sparkasse Muldental-Elster//Online-Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:online-termin-88123-20250508@sparkasse-muldental-elster.example.de
DTSTAMP:20250430T190000Z
DTSTART;TZID=Europe/Berlin:20250508T170000
DTEND;TZID=Europe/Berlin:20250508T180000
SUMMARY:Ihr Beratungsgespräch: Baufinanzierung / Anschlussfinanzierung
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nvielen Dank für Ihre Terminbuchung. Ihr Berater: Herr Sebastian Kunze\, Immobilienfinanzierung.\nBitte bringen Sie Ihre letzten drei Gehaltsnachweise und den aktuellen Darlehensvertrag mit.\n\nIhre Sparkasse Muldental-Elster
LOCATION:Filiale Markkleeberg\, Rathausstr. 20
ORGANIZER;CN=Sparkasse Muldental-Elster:mailto:termine@sparkasse-muldental-elster.example.de
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "french-delegation-exchange",
        "040000008200E00074C5B7101A82E00800000000FEFEFEFEFEFEDB0100000000000000001000000010101010101010101010101010101010",
        "french-delegation-entretien-de-diagnostic-practice",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Internationales / Kooperationen JC-LN":mailto:international@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Girard, Hélène (France Travail Lyon)":mailto:helene.girard@ft-lyon.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Visite de la délégation de Lyon (ville jumelée) – échange de pratiques : « l'entretien de diagnostic » et l'accompagnement des demandeurs d'emploi de longue durée. Mme Kretzschmar présente le Kooperationsplan et un entretien type (jeu de rôle). Interprète : M. Vogel.
UID:040000008200E00074C5B7101A82E00800000000FEFEFEFEFEFEDB0100000000000000001000000010101010101010101010101010101010
SUMMARY;LANGUAGE=fr-FR:Délégation France Travail Lyon – échange « entretien de diagnostic »
DTSTART;TZID=W. Europe Standard Time:20250514T093000
DTEND;TZID=W. Europe Standard Time:20250514T123000
CLASS:PUBLIC
DTSTAMP:20250428T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:JC-LN Besprechung 3.12 (12 Pers.)
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "motivational-interviewing-training",
        "fortbildung-mi-2025-02@bildungszentrum-verbund.example.de",
        "motivational-interviewing-training-word-interview",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Fortbildung Jobcenter-Verbund":mailto:fortbildung@bildungszentrum-verbund.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Fortbildung "Motivational Interviewing (MI) in der Beratung nach SGB II"\, Modul 2: Ambivalenz\, Change Talk\, Gesprächsführung mit Widerstand. Trainerin: Frau Ruge.
RRULE:FREQ=DAILY;COUNT=2
UID:fortbildung-mi-2025-02@bildungszentrum-verbund.example.de
SUMMARY;LANGUAGE=de-DE:Fortbildung Motivational Interviewing – Modul 2
DTSTART;TZID=W. Europe Standard Time:20250224T083000
DTEND;TZID=W. Europe Standard Time:20250224T160000
CLASS:PUBLIC
DTSTAMP:20250120T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bildungszentrum\, Seminarraum 4
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "cooperation-meeting-same-provider",
        "040000008200E00074C5B7101A82E00800000000BCBCBCBCBCBCDB0100000000000000001000000020202020202020202020202020202020",
        "trade-meeting-with-employer-she-applied-to",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hartung, Peter":mailto:p.hartung@bildungswerk-sachsen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bildungsbegleitung BWS":mailto:begleitung@bildungswerk-sachsen.example.de
DESCRIPTION;LANGUAGE=de-DE:Kooperationsgespräch Maßnahme "Aktiv in Arbeit" (§ 16 SGB II i.V.m. § 45 SGB III): Teilnehmendenstand\, Fehlzeiten\, Integrationen Q1\, Absprachen zu Zuweisungen.\n{TEAMS_DE}
UID:040000008200E00074C5B7101A82E00800000000BCBCBCBCBCBCDB0100000000000000001000000020202020202020202020202020202020
SUMMARY;LANGUAGE=de-DE:Kooperationsgespräch BWS – Maßnahme Aktiv in Arbeit
DTSTART;TZID=W. Europe Standard Time:20250409T090000
DTEND;TZID=W. Europe Standard Time:20250409T100000
CLASS:PUBLIC
DTSTAMP:20250401T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "english-live-event-interview-tips",
        "linkedin-live-7311552090@events.linkedin.example.com",
        "english-live-class-how-to-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LinkedIn//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:linkedin-live-7311552090@events.linkedin.example.com
DTSTAMP:20250318T120000Z
DTSTART:20250325T170000Z
DTEND:20250325T180000Z
SUMMARY:LinkedIn Live: How to nail your HR Business Partner interview (from public sector to corporate)
DESCRIPTION:Join career coach Rebecca Hale and two HRBPs who switched from public employment services. Topics: competency questions\, business acumen\, salary talk.\n\nhttps://www.linkedin.example.com/events/7311552090/
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "employer-breakfast-network",
        "ihk-ag-fruehstueck-20250516@ihk-leipzig-region.example.de",
        "employer-network-breakfast-fachkraefte",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//IHK Veranstaltungskalender//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ihk-ag-fruehstueck-20250516@ihk-leipzig-region.example.de
DTSTAMP:20250410T080000Z
DTSTART;TZID=Europe/Berlin:20250516T080000
DTEND;TZID=Europe/Berlin:20250516T100000
SUMMARY:Unternehmerfrühstück Fachkräftesicherung – mit Arbeitgeberservice
DESCRIPTION:Impulse: Quereinstieg und Teilqualifizierung\, Eingliederungszuschuss\, Jobturbo für Geflüchtete. Anschließend Gespräche an Thementischen.
LOCATION:IHK\, Goerdelerring 5\, Saal Leipzig
ORGANIZER;CN=IHK Veranstaltungen:mailto:veranstaltungen@ihk-leipzig-region.example.de
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "apprentice-speed-dating-moderation",
        "040000008200E00074C5B7101A82E00800000000DEDEDEDEDEDEDB0100000000000000001000000030303030303030303030303030303030",
        "speed-dating-user-moderates-client-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="Jugendberufsagentur Leipzig-Nord":mailto:jba@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Azubi-Speed-Dating: 14 Betriebe\, ca. 60 Jugendliche\, 10-Minuten-Vorstellungsgespräche. Frau Kretzschmar moderiert Tisch-Runde B und begleitet Kunden U25.
UID:040000008200E00074C5B7101A82E00800000000DEDEDEDEDEDEDB0100000000000000001000000030303030303030303030303030303030
SUMMARY;LANGUAGE=de-DE:Azubi-Speed-Dating – Moderation Runde B
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250605T130000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250605T170000
CLASS:PUBLIC
DTSTAMP:20250515T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kongresshalle\, Weißer Saal
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "census-household-interview",
        "F7A8B9C0-D1E2-4F3A-8B4C-5D6E7F8091A2",
        "census-survey-interview-at-home",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T180000Z
DTSTAMP:20250318T180010Z
DTSTART:20250325T183000
DTEND:20250325T191500
SUMMARY:Mikrozensus Interview (Erhebungsbeauftragter kommt)
LOCATION:zu Hause
DESCRIPTION:Statistisches Landesamt\, Hr. Wiesner. Auskunftspflicht. Lohnabrechnung bereitlegen
UID:F7A8B9C0-D1E2-4F3A-8B4C-5D6E7F8091A2
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    _neg(
        "hr-network-meetup",
        "0r2t4v6x8z0b2d4f6h8j0l2n4p@google.com",
        "hr-stammtisch-networking",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sabine privat
X-WR-TIMEZONE:Europe/Berlin
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250403T190000
DTEND;TZID=Europe/Berlin:20250403T220000
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTAMP:20250701T080000Z
UID:0r2t4v6x8z0b2d4f6h8j0l2n4p@google.com
CREATED:20250301T100000Z
DESCRIPTION:HR-Stammtisch Leipzig (Meetup). Diesmal Thema: "Recruiting ohne Anschreiben". Gute Kontakte für Wechsel!
LAST-MODIFIED:20250301T100000Z
LOCATION:Brauhaus an der Thomaskirche
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HR-Stammtisch
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "agency-feedback-call",
        "20250311-fb-4411@kestrel-personal.example.de",
        "agency-feedback-call-after-interview",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Voigt, Johannes":mailto:j.voigt@kestrel-personal.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Kurzes Feedback-Telefonat nach Ihrem Gespräch bei den Stadtwerken Grimmenau – wie war Ihr Eindruck\, und ich gebe Ihnen die erste Rückmeldung des Mandanten weiter.
UID:20250311-fb-4411@kestrel-personal.example.de
SUMMARY:Feedback-Call Kestrel (Stadtwerke Grimmenau)
DTSTART;TZID=W. Europe Standard Time:20250311T160000
DTEND;TZID=W. Europe Standard Time:20250311T161500
DTSTAMP:20250305T101500Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "contract-signing-after-offer",
        "A8B9C0D1-E2F3-4A4B-9C5D-6E7F8091A2B3",
        "contract-signing-after-offer-not-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250618T150000Z
DTSTAMP:20250618T150010Z
DTSTART:20250624T160000
DTEND:20250624T163000
SUMMARY:Vertrag unterschreiben Akademie Plus 🎉
LOCATION:Akademie Plus\, Brühl 52
DESCRIPTION:Fr. Vogt. Startdatum 1.9. klären\, Kündigungsfrist JC (Auflösungsvertrag?). Steuer-ID + SV-Ausweis mitnehmen
UID:A8B9C0D1-E2F3-4A4B-9C5D-6E7F8091A2B3
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
]
