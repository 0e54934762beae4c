# ruff: noqa: E501, W291
"""holdout243 events, part i: hiring side (rest) and the project's own calendar (written blind)."""

EVENTS = [
    {
        "kind": "assessment-jury",
        "hiring": True,
        "uid": "rme-ac-trainee-finance-2025-jury-07",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-assessment-centre-observer",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Recruiting Events//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:rme-ac-trainee-finance-2025-jury-07
DTSTAMP:20250502T090000Z
DTSTART;TZID=Europe/Berlin:20250516T083000
DTEND;TZID=Europe/Berlin:20250516T170000
SUMMARY:Assessment Center Traineeprogramm Finance – Beobachter*in Station 3
ORGANIZER;CN=RheinMain Energie Recruiting:mailto:recruiting@rheinmain-ener
 gie.de
ATTENDEE;CN=Matthias Kern (extern);ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m
 atthias.kern.ext@rheinmain-energie.de
LOCATION:RME Zentrale\, Konferenzetage 7
DESCRIPTION:Vielen Dank\, dass Sie uns als Beobachter*in unterstützen! Sta
 tion 3: Fallstudie "Monatsabschluss" (Einzelpräsentation\, 6 Kandidat*inn
 en). Bitte Beobachtungsbögen je Kandidat*in ausfüllen\; Beobachterkonfere
 nz 16:00.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "second-talk",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DB0100000000000000001000000014142135623730950488016887242097",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-zweitgespraech-candidate-from-sweden",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Kern, Matthias (extern)":mailto:matthias.kern.ext@rheinmain-e
 nergie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jakob@lindqvis
 t-sap.se:mailto:jakob@lindqvist-sap.se
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hahn, Mon
 ika":mailto:monika.hahn@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Hi Jakob\, thanks for the first round. Second c
 onversation incl. a short walkthrough of our FI-AA migration objects and t
 he commercial side with Ms Hahn (Procurement). Best\, Matthias\n
UID:040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DB0100000000000000001000000014142135623730950488016887242097
SUMMARY;LANGUAGE=de-DE:2nd round: Jakob Lindqvist – FI-AA Hypercare
DTSTART;TZID=W. Europe Standard Time:20250417T160000
DTEND;TZID=W. Europe Standard Time:20250417T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-note",
        "hiring": True,
        "uid": "0F1E2D3C-4B5A-4697-8877-665544332211",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-checking-candidate-reference",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250418T101500Z
DTSTAMP:20250418T101500Z
UID:0F1E2D3C-4B5A-4697-8877-665544332211
DTSTART:20250422T120000
DTEND:20250422T121500
SUMMARY:Referenz Lindqvist: Anruf bei Fr. Sundberg (Vattenfall-Projekt)
DESCRIPTION:+46 8 739 5000\nFragen: Migration FI-AA allein verantwortet? Z
 uverlässig bei Cutover? Würde sie ihn wieder beauftragen?
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "scorecard-task",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000B1B1C2C2D3D3DB0100000000000000001000000017320508075688772935274463415058",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-observation-sheets-deadline",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Seibert, Claudia (HR)":mailto:claudia.seibert@rheinmain-energi
 e.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Kern, Mat
 thias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Erinnerung: Bitte die Beobachtungsbögen aus dem 
 AC (Station 3) bis heute 12 Uhr im Recruiting-Tool hochladen\, damit wir d
 ie Zusagen am Montag rausschicken können. Danke!\n
UID:040000008200E00074C5B7101A82E00800000000B1B1C2C2D3D3DB0100000000000000001000000017320508075688772935274463415058
SUMMARY;LANGUAGE=de-DE:Frist: Beobachtungsbögen AC Trainees Finance
DTSTART;VALUE=DATE:20250520
DTEND;VALUE=DATE:20250521
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T170500Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jour-fixe",
        "uid": "040000008200E00074C5B7101A82E008000000001F011F021F03DB01000000000000000010000000A0A0B0B0C0C0D0D0E0E0F0F001020304",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "weekly-jour-fixe-with-moved-occurrence",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Albers, Dr. Katrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kern, Matthias
  (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Stefan"
 :mailto:stefan.wendt@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Jour fixe Teilprojekt Finance: offene Punkte\, 
 Ticketstand Hypercare\, Abrechnung Externe\, Ausblick Welle 2.\n
RRULE:FREQ=WEEKLY;UNTIL=20250630T070000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E008000000001F011F021F03DB01000000000000000010000000A0A0B0B0C0C0D0D0E0E0F0F001020304
SUMMARY;LANGUAGE=de-DE:JF Finance (FI/CO)
DTSTART;TZID=W. Europe Standard Time:20250303T090000
DTEND;TZID=W. Europe Standard Time:20250303T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams / Projektraum 2.14
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Albers, Dr. Katrin":mailto:katrin.albers@rheinmain-energie.de
RECURRENCE-ID;TZID=W. Europe Standard Time:20250421T090000
UID:040000008200E00074C5B7101A82E008000000001F011F021F03DB01000000000000000010000000A0A0B0B0C0C0D0D0E0E0F0F001020304
SUMMARY;LANGUAGE=de-DE:JF Finance (FI/CO) – Dienstag wg. Ostermontag
DTSTART;TZID=W. Europe Standard Time:20250422T090000
DTEND;TZID=W. Europe Standard Time:20250422T100000
DTSTAMP:20250414T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "steerco",
        "uid": "040000008200E00074C5B7101A82E0080000000051EE2C0000AADB0100000000000000001000000066260755408977652133443131320055",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "lenkungskreis-go-live-decision",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Roeder, Frank";SENT-BY="mailto:vorstandsbuero@rheinmain-energi
 e.de":mailto:frank.roeder@rheinmain-energie.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="RME-Vorstandsetage-Konfe
 renz":mailto:raum.vorstand@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Lenkungskreis S/4HANA (Steerco) – Go/No-Go Cut
 over Welle 1. Hr. Kern bitte für TOP 3 (Status Datenmigration Hauptbuch/A
 nlagen\, Abstimmsummen) ab 10:30 zuschalten.\n
UID:040000008200E00074C5B7101A82E0080000000051EE2C0000AADB0100000000000000001000000066260755408977652133443131320055
SUMMARY;LANGUAGE=de-DE:Lenkungskreis S/4HANA – Go/No-Go Welle 1
DTSTART;TZID=W. Europe Standard Time:20250401T100000
DTEND;TZID=W. Europe Standard Time:20250401T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RME-Vorstandsetage-Konferenz
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cutover-weekend",
        "uid": "7c1d0e2f-cutover-welle1@rheinmain-energie.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "multi-day-cutover-go-live",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:7c1d0e2f-cutover-welle1@rheinmain-energie.de
DTSTAMP:20250321T120000Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250408
SUMMARY:CUTOVER Welle 1 / Go-Live 07.04. (Rufbereitschaft)
DESCRIPTION:Cutover-Plan v14\, Kommunikationsmatrix im Teams-Kanal. FI-Mig
 ration Sa 06:00–14:00\, Abstimmung Salden So vormittags. Hypercare ab Mo 
 07:00.
ORGANIZER;CN="Kern, Matthias (extern)":mailto:matthias.kern.ext@rheinmain-e
 nergie.de
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
