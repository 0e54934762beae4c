"""holdout181: other negatives, part 2: personal life and the job search's edges (hand-written raw iCalendar)."""

from holdout181ev_tz import BERLIN, BERLIN_APPLE, W_EUROPE

EVENTS = [
    {
        "kind": "kita-serie",
        "uid": "8F1E2D3C-4B5A-4697-8877-66554433AA11",
        "trap": "kita-pickup-recurring-with-exception",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
{BERLIN_APPLE}
BEGIN:VEVENT
UID:8F1E2D3C-4B5A-4697-8877-66554433AA11
DTSTAMP:20260108T070000Z
DTSTART;TZID=Europe/Berlin:20260113T161500
DTEND;TZID=Europe/Berlin:20260113T164500
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
EXDATE;TZID=Europe/Berlin:20260402T161500
SUMMARY:Kita abholen Lena
LOCATION:Kita Sonnenschein\, Garching
END:VEVENT
BEGIN:VEVENT
UID:8F1E2D3C-4B5A-4697-8877-66554433AA11
DTSTAMP:20260316T070000Z
RECURRENCE-ID;TZID=Europe/Berlin:20260326T161500
DTSTART;TZID=Europe/Berlin:20260326T170000
DTEND;TZID=Europe/Berlin:20260326T171500
SUMMARY:Kita abholen Lena – Oma holt\, nur Rucksack holen
LOCATION:Kita Sonnenschein\, Garching
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bergtour",
        "uid": "0e5a2c7f-9d14-4b3e-a8c6-1f7d9b2e4c60@google.com",
        "trap": "bergtour-allday",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260516
DTEND;VALUE=DATE:20260517
DTSTAMP:20260505T200000Z
UID:0e5a2c7f-9d14-4b3e-a8c6-1f7d9b2e4c60@google.com
SUMMARY:Bergtour Benediktenwand mit Sepp
DESCRIPTION:Treffpunkt 6:45 P+R Fröttmaning\, Brotzeit selber\, Stöcke!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zahnarzt",
        "uid": "doctolib-apt-71820394-de",
        "trap": "dentist-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-apt-71820394-de
DTSTAMP:20260301T110000Z
DTSTART:20260317T064500Z
DTEND:20260317T073000Z
SUMMARY:Termin bei Dr. med. dent. Karin Huber
DESCRIPTION:Professionelle Zahnreinigung\nZahnarztpraxis Dr. Huber\, Bürgerm
 eister-Amon-Str. 3\, 85748 Garching\nBitte Versichertenkarte mitbringen.
LOCATION:Bürgermeister-Amon-Str. 3\, 85748 Garching
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "elternabend",
        "uid": "1C2B3A49-5867-4F3E-9D2C-B1A098765432",
        "trap": "elternabend-kita",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:1C2B3A49-5867-4F3E-9D2C-B1A098765432
DTSTAMP:20260302T210000Z
DTSTART:20260311T193000
DTEND:20260311T210000
SUMMARY:Elternabend Kita (Vorschulgruppe)
DESCRIPTION:Thema Übergang Grundschule\, Sommerfest Helfer\nKuchenliste!
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "austrittsgespraech",
        "uid": "040000008200E00074C5B7101A82E0080000000090D7B75C0F38DE01000000000000000010000000"
        "C60718293A4B5C6D7E8F90A1B2C3D4E6",
        "trap": "own-exit-interview-current-employer",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Tobias\,\nwie bei jedem Austritt möchten wi
 r gerne ein kurzes Exit-Interview mit dir führen (Gründe\, Feedback\, Überg
 abe\, Zeugnis). Alles vertraulich.\nViele Grüße\nPetra\n
UID:040000008200E00074C5B7101A82E0080000000090D7B75C0F38DE010000000000000000
 10000000C60718293A4B5C6D7E8F90A1B2C3D4E6
SUMMARY;LANGUAGE=de-DE:Austrittsgespräch / Exit-Interview T. Hartl
DTSTART;TZID=W. Europe Standard Time:20260618T100000
DTEND;TZID=W. Europe Standard Time:20260618T110000
DTSTAMP:20260603T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HR A0.03
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kaffee-austausch",
        "uid": "5q7w9e1r3t5y7u9i1o3p5a7s9d@google.com",
        "trap": "informational-coffee-former-colleague",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260221T093000
DTEND;TZID=Europe/Berlin:20260221T110000
DTSTAMP:20260216T121500Z
ORGANIZER;CN=Markus Sedlmair:mailto:markus.sedlmair@gmail.com
UID:5q7w9e1r3t5y7u9i1o3p5a7s9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tobias.
 hartl@web.de:mailto:tobias.hartl@web.de
DESCRIPTION:Servus Tobi\, gern erzähl ich dir wie's bei Donaumobil so läuft
 \, ganz locker. Bring die Kinder mit wenn du magst.\nMarkus
LOCATION:Café Luitpold\, Brienner Str. 11\, München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Markus / Tobi
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "karrieremesse",
        "uid": "eventbrite-1029384756-20260425@eventbrite.de",
        "trap": "careers-fair-visit",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1029384756-20260425@eventbrite.de
DTSTAMP:20260310T080000Z
DTSTART:20260425T080000Z
DTEND:20260425T150000Z
SUMMARY:Karrieretag Automotive & E-Mobility München 2026
DESCRIPTION:Ihr Ticket: Fachbesucher (kostenfrei)\n60+ Aussteller: OEMs\, Zu
 lieferer\, Start-ups. Vorträge\, CV-Check\, Speed-Dating mit Arbeitgebern.\
 nMOC Veranstaltungscenter\, Lilienthalallee 40\, 80939 München
LOCATION:MOC München
ORGANIZER;CN=Karrieretag Automotive:mailto:noreply@eventbrite.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vorbereitung",
        "uid": "B4C5D6E7-F809-4A1B-92C3-D4E5F6A7B8C9",
        "trap": "prep-block-before-own-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
BEGIN:VEVENT
UID:B4C5D6E7-F809-4A1B-92C3-D4E5F6A7B8C9
DTSTAMP:20260321T160000Z
DTSTART:20260323T190000
DTEND:20260323T213000
SUMMARY:Vorbereitung Fachgespräch Isarwerk
DESCRIPTION:Präsi INV3-Projekt (ohne Kundendaten!) 15 min\, STAR-Bsp. Konfl
 ikt im Team\, ISO 26262 ASIL-Dekomposition\, Fragen an Eberl notieren
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dankesmail",
        "uid": "reminder-7d0c1e2f@tasks.web.de",
        "trap": "thank-you-note-reminder",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//WEB.DE Kalender//DE
BEGIN:VEVENT
UID:reminder-7d0c1e2f@tasks.web.de
DTSTAMP:20260326T180000Z
DTSTART;VALUE=DATE:20260327
DTEND;VALUE=DATE:20260328
SUMMARY:Dankesmail an Fr. Huber + Dr. Rieger (Neckartal) schicken
DESCRIPTION:Bezug auf Inverter-Roadmap + Teamgröße nehmen
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:PT9H
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "einstellungsuntersuchung",
        "uid": "040000008200E00074C5B7101A82E00800000000A0E8C86D2049DE01000000000000000010000000"
        "D718293A4B5C6D7E8F90A1B2C3D4E5F7",
        "trap": "pre-employment-medical",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Werksärztlicher Dienst":mailto:werksarzt@isarwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tobias Hartl:mailto:tobias.hartl
 @web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\nzur Einstellungsunte
 rsuchung bitten wir Sie nüchtern zu erscheinen (Blutabnahme). Bitte Impfpa
 ss und Brille (falls vorhanden) mitbringen.\nWerksärztlicher Dienst\, Geb.
  G1\, Frankfurter Ring 212\n
UID:040000008200E00074C5B7101A82E00800000000A0E8C86D2049DE010000000000000000
 10000000D718293A4B5C6D7E8F90A1B2C3D4E5F7
SUMMARY;LANGUAGE=de-DE:Einstellungsuntersuchung Hr. Hartl
DTSTART;TZID=W. Europe Standard Time:20260526T073000
DTEND;TZID=W. Europe Standard Time:20260526T083000
DTSTAMP:20260515T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Werksarzt Geb. G1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sparkasse",
        "uid": "sk-termin-20260407-114455@sparkasse-freising.de",
        "trap": "bank-beratungsgespraech",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Finanz Informatik//OSPlus Terminvereinbarung//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:sk-termin-20260407-114455@sparkasse-freising.de
DTSTAMP:20260330T114455Z
DTSTART;TZID=Europe/Berlin:20260407T173000
DTEND;TZID=Europe/Berlin:20260407T183000
SUMMARY:Beratungsgespräch Baufinanzierung
DESCRIPTION:Ihr Berater: Herr Florian Wagner\nBitte bringen Sie die letzten
  3 Gehaltsabrechnungen und die Exposé-Unterlagen mit.
LOCATION:Sparkasse Freising\, Geschäftsstelle Garching\, Rathausplatz 1
ORGANIZER;CN=Sparkasse Freising:mailto:noreply-termin@sparkasse-freising.de
ATTENDEE;CN=Tobias Hartl:mailto:tobias.hartl@web.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kvr-termin",
        "uid": "kvr-muenchen-termin-A8831-20260414",
        "trap": "official-appointment-passport",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Landeshauptstadt Muenchen//Terminvereinbarung//DE
BEGIN:VEVENT
UID:kvr-muenchen-termin-A8831-20260414
DTSTAMP:20260402T083000Z
DTSTART:20260414T061500Z
DTEND:20260414T063000Z
SUMMARY:Termin Bürgerbüro: Reisepass beantragen (Vorgangsnr. A8831)
DESCRIPTION:Bitte biometrisches Passfoto und alten Reisepass mitbringen.
LOCATION:Bürgerbüro Ruppertstraße 19\, 80337 München
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "schulung-fusi",
        "uid": "040000008200E00074C5B7101A82E00800000000B0F9D97E315ADE01000000000000000010000000"
        "E8293A4B5C6D7E8F90A1B2C3D4E5F608",
        "trap": "functional-safety-training",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Voltric Academy":mailto:academy@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:ISO 26262 Refresher (2. Edition) mit Abschlusstes
 t. Trainer: TÜV SÜD. Zertifikat wird im Qualifikationsprofil hinterlegt.\n
UID:040000008200E00074C5B7101A82E00800000000B0F9D97E315ADE010000000000000000
 10000000E8293A4B5C6D7E8F90A1B2C3D4E5F608
SUMMARY;LANGUAGE=de-DE:Schulung ISO 26262 Refresher + Prüfung
DTSTART;TZID=W. Europe Standard Time:20260408T083000
DTEND;TZID=W. Europe Standard Time:20260408T163000
DTSTAMP:20260215T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Garching S1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kundenvorstellung",
        "uid": "040000008200E00074C5B7101A82E00800000000C00AEA8F426BDE01000000000000000010000000"
        "F93A4B5C6D7E8F90A1B2C3D4E5F60719",
        "trap": "customer-visit-projektvorstellung",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Haas, Robert":mailto:robert.haas@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellung Konzept Inverter Gen4 beim Kunden (E
 inkauf + Entwicklung). Tobias: technischer Teil 30 Min. Anreise Dienstwage
 n ab 7:00.\n
UID:040000008200E00074C5B7101A82E00800000000C00AEA8F426BDE010000000000000000
 10000000F93A4B5C6D7E8F90A1B2C3D4E5F60719
SUMMARY;LANGUAGE=de-DE:Kundentermin Ingolstadt – Vorstellung INV4-Konzept
DTSTART;TZID=W. Europe Standard Time:20260508T090000
DTEND;TZID=W. Europe Standard Time:20260508T130000
DTSTAMP:20260422T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kunde Ingolstadt\, Besucherzentrum
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kinderarzt",
        "uid": "9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D",
        "trap": "pediatrician-checkup",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
DTSTAMP:20260212T090000Z
DTSTART:20260306T080000
DTEND:20260306T090000
SUMMARY:U8 Lena Kinderarzt Dr. Reichl
DESCRIPTION:Gelbes Heft + Impfpass!
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kuendigungsgespraech",
        "uid": "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        "trap": "own-resignation-talk-with-boss",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20260520T200000Z
DTSTART:20260522T080000
DTEND:20260522T083000
SUMMARY:Gespräch Klaus – Kündigung übergeben
DESCRIPTION:vor dem JF! Schreiben ausgedruckt + unterschrieben\, Kopie f. P
 etra. Resturlaub 14 T.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-unnamed",
        "uid": "7hq2v9k4m1c8x5b3n6z0l7p4wd@google.com",
        "trap": "recruiter-call-unnamed-client-english",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260304T123000
DTEND;TZID=Europe/Berlin:20260304T125000
DTSTAMP:20260302T101500Z
ORGANIZER;CN=James O'Connor:mailto:james.oconnor@northbridge-talent.com
UID:7hq2v9k4m1c8x5b3n6z0l7p4wd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.hartl@web.de:mailto:tobias.hartl@web.de
DESCRIPTION:Hi Tobias\, thanks for connecting on LinkedIn. Quick 20 min cha
 t about a confidential Head of E/E Integration role with a leading premium
  OEM in Bavaria – I can share the name once we've spoken.\nCheers\, James
 \nNorthbridge Talent | Automotive & Mobility Practice
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tobias / James (Northbridge) – quick chat
END:VEVENT
END:VCALENDAR
""",
    },
]
