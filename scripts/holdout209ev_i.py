"""holdout209 events, part i: the tax office's everyday calendar and Jonas's private life (raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "bp-befragung", "040000008200E00074C5B7101A82E008000000007A8B9C0D1E2FDC01000000000000000010000000"
        "BP260301", 0, "", "", "", "", "tax-audit-auditor-interviews-client-staff",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Betriebsprüfung Huber Metallbau GmbH (KSt/GewSt
 /USt 2021-2023). Der Prüfer Hr. Lanzinger (FA München Abt. Betriebsprüfun
 g) möchte die Buchhalterin Fr. Graf zu den Reisekosten und Bewirtungen be
 fragen. Jonas begleitet als Vertreter der Kanzlei\, bitte Belegordner 202
 2 mitnehmen.\n
SUMMARY;LANGUAGE=de-DE:BP Huber Metallbau - Befragung Buchhaltung durch Pr
 üfer
DTSTART;TZID="W. Europe Standard Time":20260310T090000
DTEND;TZID="W. Europe Standard Time":20260310T120000
UID:040000008200E00074C5B7101A82E008000000007A8B9C0D1E2FDC01000000000000000010000000BP260301
DTSTAMP:20260302T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Huber Metallbau GmbH\, Gewerbering 7\, Unterschleißh
 eim
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "schlussbesprechung", "040000008200E00074C5B7101A82E008000000008B9C0D1E2F3ADC01000000000000000010000000"
        "BP260302", 0, "", "", "", "", "tax-audit-final-meeting-with-finanzamt",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=Josef Huber:mailto:j.huber@huber-metallbau.de
SUMMARY;LANGUAGE=de-DE:Schlussbesprechung BP Huber Metallbau (FA)
DTSTART;TZID="W. Europe Standard Time":20260326T100000
DTEND;TZID="W. Europe Standard Time":20260326T120000
UID:040000008200E00074C5B7101A82E008000000008B9C0D1E2F3ADC01000000000000000010000000BP260302
DTSTAMP:20260316T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Finanzamt München\, Deroystraße 18\, Zi. 3.114
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "mandantentermin", "DATEV-KAL-6f1e2d3c4b5a-krae", 0, "", "", "", "",
        "mandantentermin-est-belege",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DATEV eG//DATEV Arbeitsplatz Kalender//DE
@TZ_BERLIN@
BEGIN:VEVENT
UID:DATEV-KAL-6f1e2d3c4b5a-krae
DTSTAMP:20260210T080000Z
DTSTART;TZID=Europe/Berlin:20260216T100000
DTEND;TZID=Europe/Berlin:20260216T110000
SUMMARY:Mandantentermin Fr. Krämer - ESt 2025 Belegübergabe
DESCRIPTION:Mandant 10472\, Anlage V (2 Whg.)\, Handwerkerrechnungen\, Rie
 ster-Bescheinigung fehlt noch
LOCATION:Kanzlei\, Besprechungsraum Isar
ORGANIZER;CN="Becker, Jonas":mailto:j.becker@hollweg-partner.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "frist-allday", "DATEV-FRIST-USTVA-202601-all", 0, "", "", "", "",
        "all-day-abgabefrist-ust-va",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DATEV eG//DATEV Arbeitsplatz Kalender//DE
BEGIN:VEVENT
UID:DATEV-FRIST-USTVA-202601-all
DTSTAMP:20260201T080000Z
DTSTART;VALUE=DATE:20260310
DTEND;VALUE=DATE:20260311
SUMMARY:Frist USt-VA 01/2026 (Dauerfristverl.) + LSt-Anm. 02/2026
DESCRIPTION:alle Monatszahler\, ELSTER-Protokolle prüfen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "datev-seminar", "datev-lernplattform-88120-jb@datev.de", 0, "", "", "", "",
        "datev-online-training",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DATEV eG//Lernplattform//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:datev-lernplattform-88120-jb@datev.de
DTSTAMP:20260128T100000Z
DTSTART:20260219T080000Z
DTEND:20260219T113000Z
SUMMARY:DATEV Online-Seminar: Jahresabschluss mit Kanzlei-Rechnungswesen -
  Praxiswissen
DESCRIPTION:Ihre Anmeldung ist bestätigt. Zugang über die DATEV Lernplattf
 orm (Virtuelles Klassenzimmer). Teilnahmebescheinigung nach Abschluss.
ORGANIZER;CN=DATEV Weiterbildung:mailto:weiterbildung@service.datev.de
ATTENDEE;CN=Jonas Becker:mailto:j.becker@hollweg-partner.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bandprobe-recurring", "0a9b8c7d-band-probe-dienstag@icloud.com", 0, "", "", "", "",
        "recurring-band-rehearsal-probe-with-override",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
@TZ_BERLIN@
BEGIN:VEVENT
UID:0a9b8c7d-band-probe-dienstag@icloud.com
DTSTAMP:20260105T200000Z
DTSTART;TZID=Europe/Berlin:20260113T193000
DTEND;TZID=Europe/Berlin:20260113T220000
RRULE:FREQ=WEEKLY;BYDAY=TU
SUMMARY:Probe Blechhaufen
LOCATION:Proberaum Bunker Ungererstraße
DESCRIPTION:Setlist Hochzeit Lena mitbringen
END:VEVENT
BEGIN:VEVENT
UID:0a9b8c7d-band-probe-dienstag@icloud.com
DTSTAMP:20260301T200000Z
RECURRENCE-ID;TZID=Europe/Berlin:20260303T193000
DTSTART;TZID=Europe/Berlin:20260304T193000
DTEND;TZID=Europe/Berlin:20260304T223000
SUMMARY:Probe Blechhaufen (Mi statt Di!)
LOCATION:Proberaum Bunker Ungererstraße
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "hausarzt", "E0F1A2B3-C4D5-4E6F-9A7B-8C9D0E1F2A3B", 0, "", "", "", "",
        "doctor-appointment-blood-test",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:E0F1A2B3-C4D5-4E6F-9A7B-8C9D0E1F2A3B
DTSTAMP:20260202T070000Z
DTSTART:20260206T074500
DTEND:20260206T081500
SUMMARY:Hausarzt Dr. Feldmeier - Blutabnahme (nüchtern)
LOCATION:Praxis Feldmeier\, Wörthstr. 12
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "buergerbuero", "kvr-termin-2026-02-27-A118@muenchen.de", 0, "", "", "", "",
        "official-appointment-kvr-buergerbuero",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Landeshauptstadt Muenchen//Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:kvr-termin-2026-02-27-A118@muenchen.de
DTSTAMP:20260212T183000Z
DTSTART;TZID=Europe/Berlin:20260227T075000
DTEND;TZID=Europe/Berlin:20260227T080500
SUMMARY:Termin Bürgerbüro: Personalausweis beantragen
DESCRIPTION:Vorgangsnummer: A118-4471\nBitte bringen Sie ein biometrisches
  Passfoto und Ihren alten Ausweis mit. Gebühr: 37\,00 EUR.
LOCATION:Bürgerbüro Ruppertstraße 19\, 80337 München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hochzeit-schwester", "8h2j4l6n8p0r2t4v6x8z0b2d4f@google.com", 0, "", "", "", "",
        "sisters-wedding-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260523
DTEND;VALUE=DATE:20260524
DTSTAMP:20260110T120000Z
ORGANIZER;CN=Lena Becker:mailto:lena.becker.91@gmail.com
UID:8h2j4l6n8p0r2t4v6x8z0b2d4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas
  Becker;X-NUM-GUESTS=1:mailto:jonas.becker.stb@web.de
DESCRIPTION:Standesamt 11 Uhr Landsberg\, danach Feier im Gasthof Zum Stern
 . Band spielt ab 21 Uhr ;)
LOCATION:Landsberg am Lech
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hochzeit Lena & Tobi
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "pruefungssimulation", "bfz-stfw-kurs-2026-mp-sim-12@bfz.de", 0, "", "", "", "",
        "mock-oral-exam-steuerfachwirt-course",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bfz Lehrgangsplanung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:bfz-stfw-kurs-2026-mp-sim-12@bfz.de
DTSTAMP:20260115T090000Z
DTSTART;TZID=Europe/Berlin:20260321T090000
DTEND;TZID=Europe/Berlin:20260321T130000
SUMMARY:Lehrgang Steuerfachwirt: Simulation mündliche Prüfung (Kurzvortrag
  + Prüfungsgespräch)
DESCRIPTION:Jede/r Teilnehmer/in hält einen 10-minütigen Kurzvortrag und
  wird anschließend von der Dozentenkommission befragt. Themenliste im Le
 rnportal.
LOCATION:Lehrgangszentrum\, Infanteriestraße 8\, München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "jour-fixe", "040000008200E00074C5B7101A82E008000000009C0D1E2F3A4BDC01000000000000000010000000"
        "JOURFIX1", 0, "", "", "", "", "weekly-office-jour-fixe",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN="Sommer, Petra";RSVP=TRUE:mailto:p.sommer@hollweg-partner.de
ATTENDEE;CN="Hollweg, Friedrich";RSVP=TRUE:mailto:f.hollweg@hollweg-partner.de
SUMMARY;LANGUAGE=de-DE:Jour fixe Kanzlei (Fristen\, Mandantenstand\, Urlau
 b)
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTART;TZID="W. Europe Standard Time":20260105T083000
DTEND;TZID="W. Europe Standard Time":20260105T091500
UID:040000008200E00074C5B7101A82E008000000009C0D1E2F3A4BDC01000000000000000010000000JOURFIX1
DTSTAMP:20260102T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Isar
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "finanzamt-telefonat", "F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C", 0, "", "", "", "",
        "call-with-tax-office-einspruch",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@TZ_WEST@
BEGIN:VEVENT
UID:F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C
DTSTAMP:20260219T090000Z
DTSTART;TZID="W. Europe Standard Time":20260223T091500
DTEND;TZID="W. Europe Standard Time":20260223T093000
SUMMARY:Rückruf FA München Abt. III (Fr. Seidlmeier) wg. Einspruch Mdt. 10
 311
DESCRIPTION:StNr. 143/227/40118\, ESt 2024\, Einspruch v. 12.1. - Aussetzu
 ng der Vollziehung?
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "cv-check", "xing-coach-44c1e2-cvcheck@xing.com", 0, "", "", "", "",
        "cv-review-session-not-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//New Work SE//XING Coaches//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:xing-coach-44c1e2-cvcheck@xing.com
DTSTAMP:20260201T180000Z
DTSTART;TZID=Europe/Berlin:20260204T183000
DTEND;TZID=Europe/Berlin:20260204T191500
SUMMARY:Lebenslauf-Check & Anschreiben (XING Coach)
DESCRIPTION:Ihr Coaching-Termin mit Dr. Verena Aust. Bitte laden Sie Ihren
  Lebenslauf vorab hoch. Video-Link folgt.
ORGANIZER;CN=XING Coaches:mailto:no-reply@xing.com
ATTENDEE;CN=Jonas Becker:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "mandant-teams", "040000008200E00074C5B7101A82E00800000000AD1E2F3A4B5CDC01000000000000000010000000"
        "MUELLER1", 0, "", "", "", "", "client-teams-call-jahresabschluss",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Becker, Jonas":mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=Thomas Müller;RSVP=TRUE:mailto:t.mueller@mueller-holzbau.de
ATTENDEE;CN="Hollweg, Claudia";ROLE=OPT-PARTICIPANT:mailto:c.hollweg@hollweg
 -partner.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Müller\,\nwie besprochen gehen wir
  den Entwurf des Jahresabschlusses 2025 durch (Rückstellungen\, Anlagenve
 rzeichnis).\n_______________________________________________\nMicrosoft
  Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_ZmE0Nz\n
SUMMARY;LANGUAGE=de-DE:Besprechung Jahresabschluss 2025 Müller Holzbau Gmb
 H
DTSTART;TZID="W. Europe Standard Time":20260320T100000
DTEND;TZID="W. Europe Standard Time":20260320T110000
UID:040000008200E00074C5B7101A82E00800000000AD1E2F3A4B5CDC01000000000000000010000000MUELLER1
DTSTAMP:20260313T150000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "stfw-klausur", "bfz-stfw-kurs-2026-kl-ust-03@bfz.de", 0, "", "", "", "",
        "course-exam-ust-klausur",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bfz Lehrgangsplanung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:bfz-stfw-kurs-2026-kl-ust-03@bfz.de
DTSTAMP:20260115T090000Z
DTSTART;TZID=Europe/Berlin:20260214T083000
DTEND;TZID=Europe/Berlin:20260214T123000
SUMMARY:Lehrgang Steuerfachwirt - Übungsklausur USt (240 Min.)
LOCATION:Lehrgangszentrum\, Infanteriestraße 8\, München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gehalt-verhandlung", "A3B4C5D6-E7F8-4A9B-8C0D-1E2F3A4B5C6D", 0, "", "", "", "",
        "self-typed-offer-negotiation-prep",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:A3B4C5D6-E7F8-4A9B-8C0D-1E2F3A4B5C6D
DTSTAMP:20260319T180000Z
DTSTART:20260320T180000
DTEND:20260320T190000
SUMMARY:Angebote vergleichen (MTU vs. PwC vs. TPA) + Kündigung CH formulieren
DESCRIPTION:Kündigungsfrist 3 Mon. zum Quartalsende! Gespräch mit CH vor s
 chriftl. Kündigung.
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
]
