# ruff: noqa: E501, W291
"""holdout243 events, part k: job-search look-alikes that are not interviews (written blind)."""

EVENTS = [
    {
        "kind": "coaching",
        "uid": "coach-session-4-kern@karriere-sprung.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "mock-interview-with-coach-english",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SimplyBook.me//Booking//EN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:coach-session-4-kern@karriere-sprung.de
DTSTAMP:20250326T090000Z
DTSTART;TZID=Europe/Berlin:20250328T080000
DTEND;TZID=Europe/Berlin:20250328T093000
SUMMARY:Coaching Session 4: Mock Interview (English) – Matthias Kern
ORGANIZER;CN=Karriere-Sprung Coaching:mailto:termine@karriere-sprung.de
ATTENDEE;CN=Matthias Kern;RSVP=TRUE:mailto:m.kern@kern-consulting.de
LOCATION:Zoom
DESCRIPTION:Probeinterview auf Englisch zur Vorbereitung auf Ihr Gespräch 
 mit dem Schweizer Kunden. Ich spiele den Hiring Manager\, danach Video-Fee
 dback. Coach: Ingrid Thal.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar",
        "uid": "gotowebinar-1120-8817-446@gotowebinar.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "webinar-about-client-interviews-for-freelancers",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-1120-8817-446@gotowebinar.com
DTSTAMP:20250310T070000Z
DTSTART:20250319T160000Z
DTEND:20250319T170000Z
SUMMARY:Webinar: So überzeugen Sie im Kundeninterview – Tipps für SAP-Freel
 ancer
ORGANIZER;CN=SOLVIA Projects Akademie:mailto:akademie@solvia-projects.de
LOCATION:https://attendee.gotowebinar.com/join/1120881744
DESCRIPTION:Im kostenlosen Webinar erfahren Sie\, wie Projektinterviews mi
 t Fachbereichen ablaufen\, welche Fragen Endkunden stellen und wie Sie Ihr
 en Stundensatz souverän vertreten. Referentin: Julia Brenner. Q&A im Ansch
 luss.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coffee-chat",
        "uid": "4n8b2v6c0x1z5m9k3j7h1g5f9d@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "informational-coffee-former-colleague",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:m.kern@kern-consulting.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250403T063000Z
DTEND:20250403T073000Z
DTSTAMP:20250603T071200Z
UID:4n8b2v6c0x1z5m9k3j7h1g5f9d@google.com
CREATED:20250330T180000Z
DESCRIPTION:Jens ist seit 2 J. bei Brightline – mal unverbindlich fragen\,
  wie es sich als Senior Manager lebt (Auslastung\, Reisen\, Bonus). Kein B
 ewerbungsgespräch!
LOCATION:Hoppenworth & Ploch\, Zeil
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee mit Jens R.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "career-fair",
        "uid": "freelance-day-ffm-2025-ticket-44812",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "freelancer-fair-with-speed-dating",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:freelance-day-ffm-2025-ticket-44812
DTSTAMP:20250401T120000Z
DTSTART;TZID=Europe/Berlin:20250517T100000
DTEND;TZID=Europe/Berlin:20250517T170000
SUMMARY:Freelance Day Frankfurt 2025 – Messe für IT-Freelancer
LOCATION:Kap Europa\, Osloer Str. 5\, 60327 Frankfurt am Main
DESCRIPTION:Ihr Ticket: 1x Besucher (Bestellung #44812)\nProjektbörse\, Ve
 rmittler-Speed-Dating mit 30 Agenturen\, Vorträge zu Scheinselbstständigk
 eit\, Steuern und Akquise. Einlass ab 9:30.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-call",
        "uid": "040000008200E00074C5B7101A82E0080000000055443322110ADB010000000000000000100000007777888899990000AAAABBBBCCCCDDDD",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "reference-call-user-is-referee",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Klein, Sarah":mailto:sarah.klein@hayden-projects.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Matthias\, Sabine Vogt hat dich als Refere
 nz angegeben (gemeinsames Projekt bei der Stadtwerke-Gruppe 2022). Hast du
  15 Minuten\, damit ich dir ein paar Fragen zu ihrer Arbeit als CO-Berater
 in stellen kann? Danke! Sarah\n
UID:040000008200E00074C5B7101A82E0080000000055443322110ADB010000000000000000100000007777888899990000AAAABBBBCCCCDDDD
SUMMARY;LANGUAGE=de-DE:Referenzauskunft Sabine Vogt
DTSTART;TZID=W. Europe Standard Time:20250424T081500
DTEND;TZID=W. Europe Standard Time:20250424T083000
DTSTAMP:20250422T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "20250319T201500Z-71-kern@thunderbird",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "prep-block-before-fachgespraech",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@VTZ berlin@@
BEGIN:VEVENT
CREATED:20250319T201500Z
LAST-MODIFIED:20250319T201500Z
DTSTAMP:20250319T201500Z
UID:20250319T201500Z-71-kern@thunderbird
SUMMARY:Vorbereitung Mainufer Fachgespräch: IFRS 17 / Ledger-Lösung auffri
 schen
DTSTART;TZID=Europe/Berlin:20250326T190000
DTEND;TZID=Europe/Berlin:20250326T210000
DESCRIPTION:openSAP-Kurs Kap. 3\, eigene Folien Versicherungsprojekt 2021\,
  Fragen an Fr. Yıldız notieren
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reminder",
        "uid": "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "thank-you-mail-reminder",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250326T101000Z
DTSTAMP:20250326T101000Z
UID:A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF
DTSTART:20250326T170000
DTEND:20250326T171500
SUMMARY:Dankesmail Hr. Hoffmann + Fr. Dr. Lorenz
DESCRIPTION:Bezug auf Intercompany-Abstimmung + Template-Ansatz nehmen
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "medical",
        "uid": "doctolib-apt-77120934@doctolib.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "pre-employment-medical-betriebsarzt",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:doctolib-apt-77120934@doctolib.de
DTSTAMP:20250512T090000Z
DTSTART;TZID=Europe/Berlin:20250526T080000
DTEND;TZID=Europe/Berlin:20250526T083000
SUMMARY:Termin: Arbeitsmedizinisches Zentrum Frankfurt – Einstellungsunter
 suchung
LOCATION:AMZ Frankfurt\, Hanauer Landstraße 126\, 60314 Frankfurt
DESCRIPTION:Einstellungsuntersuchung im Auftrag Carvalis Consulting GmbH. 
 Bitte nüchtern erscheinen\, Impfpass und Brille mitbringen.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "survey",
        "uid": "userinterviews-session-33918-kern",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "paid-research-interview-sap-users",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Marktforschung Insight Panel//Scheduler//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-33918-kern
DTSTAMP:20250428T110000Z
DTSTART:20250506T160000Z
DTEND:20250506T164500Z
SUMMARY:Experteninterview: Nutzung von Finance-Tools in SAP-Projekten (Ince
 ntive 120 €)
ORGANIZER;CN=Insight Panel Research:mailto:studien@insight-panel.de
ATTENDEE;CN=Matthias Kern;RSVP=TRUE:mailto:m.kern@kern-consulting.de
LOCATION:Zoom (Aufzeichnung\, anonymisiert)
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer Studie im Auftrag ei
 nes Softwareherstellers. Das Interview dauert ca. 45 Minuten. Die Aufwands
 entschädigung wird nach dem Gespräch per Überweisung ausgezahlt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "someone-elses",
        "uid": "8p2o6i0u4y8t2r6e0w4q8a2s6d@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "daughters-job-interview-driving-her",
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
DTSTART:20250430T130000Z
DTEND:20250430T150000Z
DTSTAMP:20250603T071200Z
UID:8p2o6i0u4y8t2r6e0w4q8a2s6d@google.com
CREATED:20250422T193000Z
DESCRIPTION:Lea hat Vorstellungsgespräch für das FSJ an der Uniklinik\, 1
 5:30 Haus 23. Ich fahre sie hin und warte.
LOCATION:Universitätsklinikum Frankfurt\, Theodor-Stern-Kai 7
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lea VG Uniklinik (fahren)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
