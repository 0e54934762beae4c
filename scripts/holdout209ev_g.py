"""holdout209 events, part g: job-search look-alikes that are not the user's own interviews (raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "headhunter-anonymous", "a1b2c3d4e5f6@taxtalents.de", 0, "", "", "", "",
        "headhunter-call-renommierte-kanzlei-no-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:a1b2c3d4e5f6@taxtalents.de
DTSTAMP:20260205T160000Z
DTSTART;TZID=Europe/Berlin:20260209T121500
DTEND;TZID=Europe/Berlin:20260209T124500
SUMMARY:Erstgespräch TaxTalents / Herr Becker - vertrauliche Position
DESCRIPTION:Hallo Herr Becker\,\n\nvielen Dank für Ihre Rückmeldung auf X
 ING. Ich betreue exklusiv die Suche einer renommierten Münchner Kanzlei (
 ca. 40 Mitarbeiter\, Schwerpunkt Mittelstand) nach einem Steuerfachwirt (
 m/w/d). Den Namen des Mandanten nenne ich Ihnen gern nach unserem Erstges
 präch.\n\nIch rufe Sie in Ihrer Mittagspause an.\n\nBeste Grüße\nSimon Ha
 rtmann\nTaxTalents Personalberatung
ORGANIZER;CN=Simon Hartmann:mailto:S.Hartmann@taxtalents.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "robert-half-markt", "rh-de-muc-20260226-8812@roberthalf.de", 0, "", "", "", "",
        "recruiter-market-call-no-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:rh-de-muc-20260226-8812@roberthalf.de
DTSTAMP:20260223T110000Z
DTSTART;TZID=Europe/Berlin:20260226T123000
DTEND;TZID=Europe/Berlin:20260226T130000
SUMMARY:Kennenlerngespräch Robert Half - Jonas Becker
DESCRIPTION:Hallo Jonas\,\nwie besprochen ein unverbindliches Kennenlerng
 espräch: Ich möchte Ihre Wünsche (Kanzlei oder Industrie\, Gehalt\, Stan
 dort) verstehen\, damit ich Ihnen passende Positionen vorschlagen kann. A
 ktuell habe ich mehrere Mandate im Raum München.\nViele Grüße\nLaura Gehr
 ing | Robert Half Finance & Accounting
ORGANIZER;CN="Gehring, Laura":mailto:laura.gehring@roberthalf.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "recruiting-event", "WD-KPMG-EVT-TAXSPEED-0226@myworkday.com", 0, "", "", "", "",
        "recruiting-event-speed-dating-not-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-KPMG-EVT-TAXSPEED-0226@myworkday.com
DTSTAMP:20260202T090000Z
DTSTART:20260206T160000Z
DTEND:20260206T190000Z
SUMMARY:KPMG Recruiting-Event: Tax Speed Dating München
DESCRIPTION:Hallo Jonas\,\n\nschön\, dass Du Dich für unser Recruiting-Ev
 ent angemeldet hast! Lerne in lockeren 10-Minuten-Runden unsere Tax-Teams
  kennen\, stelle Deine Fragen und lass den Abend bei Fingerfood ausklinge
 n. Kein Bewerbungsgespräch - einfach kennenlernen.\n\nOrt: KPMG\, Ganghof
 erstraße 29\, Lounge 1. OG\n\nDein KPMG Campus & Events Team
ORGANIZER;CN=KPMG Events:mailto:kpmg@myworkday.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:KPMG\, Ganghoferstraße 29\, München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "mock-interview", "7f8e9d0c-coach-mock@calendly.com", 0, "", "", "", "",
        "mock-interview-with-career-coach",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f8e9d0c-coach-mock@calendly.com
DTSTAMP:20260214T110000Z
DTSTART:20260221T090000Z
DTEND:20260221T103000Z
SUMMARY:Interviewtraining / Probe-Vorstellungsgespräch (90 Min) - Jonas Bec
 ker
DESCRIPTION:Event Name: Interviewtraining / Probe-Vorstellungsgespräch (9
 0 Min)\n\nWir simulieren ein Bewerbungsgespräch bei einer Big-Four-Gesell
 schaft inkl. Video-Feedback.\n\nLocation: Zoom\n\nSabine Frick\, Karriere
 coach (zertifiziert)\n\nPowered by Calendly.com
ORGANIZER;CN=Sabine Frick Coaching:mailto:kontakt@frick-karrierecoaching.de
ATTENDEE;CN=Jonas Becker;PARTSTAT=ACCEPTED:mailto:jonas.becker.stb@web.de
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webinar-bewerbung", "gotowebinar-4417-3390-nwb@goto.com", 0, "", "", "", "",
        "webinar-about-interviews-in-tax",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gotowebinar-4417-3390-nwb@goto.com
DTSTAMP:20260203T120000Z
DTSTART:20260211T170000Z
DTEND:20260211T180000Z
SUMMARY:Webinar: Das Vorstellungsgespräch in der Steuerberatung - so überz
 eugen Sie Kanzleien und Big Four
DESCRIPTION:Sie haben sich erfolgreich angemeldet. Themen: typische Fachfr
 agen (USt\, ESt)\, Gehaltsverhandlung\, Probearbeitstag. Referentin: Dipl.
 -Kffr. Ute Lang.\nTeilnahmelink: https://attendee.gotowebinar.com/join/44
 17339\n\nNWB Karriere
ORGANIZER;CN=NWB Karriere:mailto:webinare@nwb.de
ATTENDEE;CN=Jonas Becker:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "podcast-interview", "4b5c6d7e-podcast@zencal.io", 0, "", "", "", "",
        "podcast-interview-user-as-guest",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//zeeg//zeeg Scheduling//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:4b5c6d7e-podcast@zencal.io
DTSTAMP:20260215T090000Z
DTSTART;TZID=Europe/Berlin:20260227T190000
DTEND;TZID=Europe/Berlin:20260227T200000
SUMMARY:Podcast-Aufnahme "Steuern mit Köpfchen" - Interview Jonas Becker
DESCRIPTION:Hi Jonas\, danke\, dass Du als Gast dabei bist! Thema: Vom Az
 ubi zum Steuerfachwirt - Lernen neben dem Job. Aufnahme via Riverside: ht
 tps://riverside.fm/studio/steuern-mit-koepfchen\n\nMax & Hanna
ORGANIZER;CN=Max Ebert:mailto:max@steuern-mit-koepfchen.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Riverside.fm
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "studie-interview", "lmu-fachkraefte-2026-int-017@lmu.de", 0, "", "", "", "",
        "research-interview-university-study",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:lmu-fachkraefte-2026-int-017@lmu.de
DTSTAMP:20260209T130000Z
DTSTART;TZID=Europe/Berlin:20260218T180000
DTEND;TZID=Europe/Berlin:20260218T184500
SUMMARY:Interview Studie "Fachkräftemangel in der Steuerberatung" (LMU)
DESCRIPTION:Lieber Herr Becker\,\nvielen Dank für Ihre Teilnahme an unser
 er Interviewstudie. Das leitfadengestützte Interview dauert ca. 45 Minu
 ten und wird anonymisiert ausgewertet. Als Dankeschön erhalten Sie einen
  Gutschein über 20 EUR.\nZoom: https://lmu-munich.zoom.us/j/67721904431\n
 Johanna Reiter\, M.Sc.\, Institut für Personalwirtschaft
ORGANIZER;CN="Reiter, Johanna":mailto:johanna.reiter@lmu.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "jahresgespraech", "040000008200E00074C5B7101A82E008000000006F708192A3B4DC01000000000000000010000000"
        "MAG2026J", 0, "", "", "", "", "own-annual-appraisal-current-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Jonas\, lass uns wie jedes Jahr über das letzt
 e Jahr\, Deine Ziele (Steuerfachwirt!) und Gehalt sprechen. Bitte den Bog
 en vorher ausfüllen.\n
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch / Jahresgespräch Jonas
DTSTART;TZID="W. Europe Standard Time":20260227T140000
DTEND;TZID="W. Europe Standard Time":20260227T150000
UID:040000008200E00074C5B7101A82E008000000006F708192A3B4DC01000000000000000010000000MAG2026J
DTSTAMP:20260216T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro CH
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "coffee-excollege", "5s3o1m9k7i5g3e1c9a7y5w3u1q@google.com", 0, "", "", "", "",
        "informational-coffee-former-colleague-at-big-four",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260207T110000
DTEND;TZID=Europe/Berlin:20260207T123000
DTSTAMP:20260203T214500Z
ORGANIZER;CN=Markus Zettl:mailto:markus.zettl@gmail.com
UID:5s3o1m9k7i5g3e1c9a7y5w3u1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas
  Becker;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web.de
DESCRIPTION:Kaffee Sa.\, erzähl ich dir wie's bei EY so ist (Overtime\, B
 usy Season\, Gehalt). Kein Stress\, ist kein Bewerbungsgespräch :)
LOCATION:Café Frischhut\, Prälat-Zistl-Str. 8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Markus (EY)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "karrieretag", "stbk-karrieretag-2026-0307@stbk-muc.de", 0, "", "", "", "",
        "careers-fair-steuerberaterkammer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Steuerberaterkammer Muenchen//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:stbk-karrieretag-2026-0307@stbk-muc.de
DTSTAMP:20260120T080000Z
DTSTART;TZID=Europe/Berlin:20260307T100000
DTEND;TZID=Europe/Berlin:20260307T160000
SUMMARY:Karrieretag Steuerberatung 2026
DESCRIPTION:Über 40 Kanzleien und Gesellschaften stellen sich vor. Mit CV
 -Check\, Fotoshooting für Bewerbungsfotos und Vorträgen zum Weg zum Steue
 rberater-Examen. Eintritt frei.
LOCATION:Haus der Bayerischen Wirtschaft\, Max-Joseph-Straße 5\, München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "referenzauskunft", "B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E", 0, "", "", "", "",
        "reference-call-user-as-referee",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E
DTSTAMP:20260302T200000Z
DTSTART;TZID=Europe/Berlin:20260304T124500
DTEND;TZID=Europe/Berlin:20260304T130000
SUMMARY:Anruf Fr. Maurer (Ecovis) - Referenz für Kathi
DESCRIPTION:Kathi hat mich als Referenz angegeben (Bewerbung Ecovis Augsbu
 rg). Positiv bleiben\, Lohn-Kenntnisse betonen.
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "prep-block", "C8D9E0F1-A2B3-4C4D-9E5F-6A7B8C9D0E1F", 0, "", "", "", "",
        "prep-block-before-pwc-case",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
BEGIN:VEVENT
UID:C8D9E0F1-A2B3-4C4D-9E5F-6A7B8C9D0E1F
DTSTAMP:20260222T100000Z
DTSTART:20260225T190000
DTEND:20260225T213000
SUMMARY:Vorbereitung PwC Fachinterview
DESCRIPTION:ESt: Kapitalerträge\, §23 EStG\, Vermietung/Verpachtung wied
 erholen. Fragen an PwC notieren (Homeoffice\, StB-Förderung).
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "dankesmail", "D9E0F1A2-B3C4-4D5E-8F6A-7B8C9D0E1F2A", 0, "", "", "", "",
        "thank-you-mail-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:D9E0F1A2-B3C4-4D5E-8F6A-7B8C9D0E1F2A
DTSTAMP:20260309T120000Z
DTSTART:20260309T190000
DTEND:20260309T191500
SUMMARY:Dankesmail Deloitte (Hr. Wendler) schicken
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "einstellungsuntersuchung", "AAMkAGMTUwerkarzt2026-0401", 0, "", "", "", "",
        "pre-employment-medical-werksarzt",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:AAMkAGMTUwerkarzt2026-0401
DTSTAMP:20260325T090000Z
DTSTART;TZID=Europe/Berlin:20260401T073000
DTEND;TZID=Europe/Berlin:20260401T083000
SUMMARY:Einstellungsuntersuchung Werksärztlicher Dienst - Herr Becker
DESCRIPTION:Sehr geehrter Herr Becker\,\nim Rahmen Ihrer Einstellung bitte
 n wir Sie zur arbeitsmedizinischen Einstellungsuntersuchung. Bitte nüch
 tern erscheinen und Impfpass mitbringen.\nWerksärztlicher Dienst\, Geb. 2
 0\, Tor 1
ORGANIZER;CN="Werksärztlicher Dienst":mailto:werksarzt@mtu.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Dachauer Str. 665\, Tor 1\, Geb. 20
END:VEVENT
END:VCALENDAR
""",
    ),
]
