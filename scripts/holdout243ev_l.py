# ruff: noqa: E501, W291
"""holdout243 events, part l: personal life and the trade's everyday (written blind)."""

EVENTS = [
    {
        "kind": "tax-advisor",
        "uid": "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "tax-advisor-annual-accounts",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@@VTZ berlin-apple@@
BEGIN:VEVENT
CREATED:20250301T100000Z
DTSTAMP:20250301T100000Z
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTART;TZID=Europe/Berlin:20250314T160000
DTEND;TZID=Europe/Berlin:20250314T170000
SUMMARY:StB Fr. Lützow – EÜR 2024 / Vorauszahlungen
LOCATION:Kanzlei Lützow & Seng\, Oeder Weg 52
DESCRIPTION:Belege Q4 + Fahrtenbuch mitnehmen
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "doctor",
        "uid": "doctolib-apt-76544102@doctolib.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "gp-checkup",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:doctolib-apt-76544102@doctolib.de
DTSTAMP:20250304T090000Z
DTSTART;TZID=Europe/Berlin:20250411T074500
DTEND;TZID=Europe/Berlin:20250411T081500
SUMMARY:Termin bei Dr. med. Anke Reuß – Check-up 35
LOCATION:Hausarztpraxis Dr. Reuß\, Berger Straße 180\, 60385 Frankfurt
DESCRIPTION:Bitte Versichertenkarte mitbringen und nüchtern erscheinen (Blu
 tabnahme).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "family-allday",
        "uid": "5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "daughters-abiball",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Kern
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250628
DTEND;VALUE=DATE:20250629
DTSTAMP:20250603T071200Z
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
CREATED:20250110T200000Z
DESCRIPTION:Abiball Lea – Zeugnisübergabe 14 Uhr Aula\, Ball ab 18:30 Pal
 mengarten-Gesellschaftshaus. Anzug aus der Reinigung holen!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Abiball Lea 🎓
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "football",
        "uid": "eintracht-tickets-order-2219877-1",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "bundesliga-match",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eintracht Frankfurt//Ticketshop//DE
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:eintracht-tickets-order-2219877-1
DTSTAMP:20250402T100000Z
DTSTART;TZID=Europe/Berlin:20250426T153000
DTEND;TZID=Europe/Berlin:20250426T173000
SUMMARY:Eintracht Frankfurt – 1. FC Heidenheim
LOCATION:Deutsche Bank Park\, Mörfelder Landstraße 362\, Frankfurt
DESCRIPTION:Block 40\, Reihe 12\, Plätze 7-8. Mobile Tickets in der App. 
 Anreise mit S-Bahn empfohlen.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cycling",
        "uid": "FD0A1B2C-3D4E-4F50-6172-8394A5B6C7D8",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "weekend-cycling-tour-floating",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T190000Z
DTSTAMP:20250505T190000Z
UID:FD0A1B2C-3D4E-4F50-6172-8394A5B6C7D8
DTSTART:20250511T080000
DTEND:20250511T140000
SUMMARY:Radtour Taunus m. Ralf & Bernd – Feldberg\, Sandplacken
DESCRIPTION:Treffpunkt Hohemark U3\, ca. 85 km / 1.400 hm. Regenjacke!
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bank",
        "uid": "040000008200E00074C5B7101A82E00800000000BA0CBA0C0001DB0100000000000000001000000022223333444455556666777788889999",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "bank-mortgage-consultation",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Becker, Tanja":mailto:tanja.becker@frankfurter-volksbank.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=m.kern@kern-consulting.de:mailto:
 m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Beratungsgespräch Anschlussfinanzierung (Zinsbi
 ndung endet 09/2025). Bitte Einkommensnachweise der letzten 2 Jahre (Steue
 rbescheide\, BWA) mitbringen – bei Selbstständigen benötigen wir zusätzlic
 h eine aktuelle Summen- und Saldenliste.\n
UID:040000008200E00074C5B7101A82E00800000000BA0CBA0C0001DB0100000000000000001000000022223333444455556666777788889999
SUMMARY;LANGUAGE=de-DE:Beratungstermin Anschlussfinanzierung – Hr. Kern
DTSTART;TZID=W. Europe Standard Time:20250519T173000
DTEND;TZID=W. Europe Standard Time:20250519T183000
DTSTAMP:20250430T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Filiale Bornheim\, Berger Straße 200
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "official-call",
        "uid": "20250408T190000Z-93-kern@thunderbird",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "pension-office-status-determination-call",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@VTZ berlin@@
BEGIN:VEVENT
CREATED:20250408T190000Z
LAST-MODIFIED:20250408T190000Z
DTSTAMP:20250408T190000Z
UID:20250408T190000Z-93-kern@thunderbird
SUMMARY:DRV Clearingstelle – Telefontermin Statusfeststellung (Az. 52 1808
 70 K 011)
DTSTART;TZID=Europe/Berlin:20250416T090000
DTEND;TZID=Europe/Berlin:20250416T093000
DESCRIPTION:Sachbearbeiterin Fr. Mertens ruft an. Fragen zu Weisungsgebunde
 nheit\, Eingliederung beim Kunden RME\, eigene Betriebsmittel. Vertrag + 
 Rechnungen bereitlegen.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "friend-note",
        "uid": "B0B0C1C1-D2D2-4E3E-8F4F-A5A5B6B6C7C7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "friends-interview-good-luck-note",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250407T210000Z
DTSTAMP:20250407T210000Z
UID:B0B0C1C1-D2D2-4E3E-8F4F-A5A5B6B6C7C7
DTSTART;VALUE=DATE:20250409
DTEND;VALUE=DATE:20250410
SUMMARY:Tina hat Interview bei Brennwald – Daumen drücken\, abends anrufen
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "training",
        "uid": "sap-learning-class-S4F30-DE-2025-06-02",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "sap-classroom-training",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SE//SAP Learning//EN
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:sap-learning-class-S4F30-DE-2025-06-02
DTSTAMP:20250515T080000Z
DTSTART;TZID=Europe/Berlin:20250602T090000
DTEND;TZID=Europe/Berlin:20250602T170000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:S4F30 – Financial Closing in SAP S/4HANA (Virtual Live Class\, DE)
LOCATION:SAP Learning Virtual Classroom
DESCRIPTION:Kursnummer S4F30\, Sprache Deutsch\, Trainer: Udo Kessler. Sys
 temzugang wird am ersten Kurstag freigeschaltet. Zertifizierungsgutschein 
 C_S4FCF inklusive.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "citizen-office",
        "uid": "terminvereinbarung-ffm-buergeramt-558213",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "citizens-office-passport",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Frankfurt am Main//Online-Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:terminvereinbarung-ffm-buergeramt-558213
DTSTAMP:20250325T110000Z
DTSTART:20250404T071000
DTEND:20250404T072500
SUMMARY:Bürgeramt Nordwest – Reisepass beantragen (Vorgangsnr. 558213)
LOCATION:Bürgeramt Nordwestzentrum\, Nidacorso 3
DESCRIPTION:Bitte biometrisches Passfoto\, alten Reisepass und Personalaus
 weis mitbringen. Gebühr 70\,00 EUR (EC-Karte).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
