"""holdout200 events, part j: the bank's everyday calendar and Reto's personal life (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "kundentermin", "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000"
        "LIMKT01", 0, "", "", "", "", "client-portfolio-review-outlook-pa",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Baumgartner, Reto";SENT-BY="mailto:monika.frei@limmattal-bank.ch"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Frei, Monika":mailto:monika.frei@limmattal-bank.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="LIM Kundenzimmer Lindenhof"
 :mailto:kz-lindenhof@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Fam. Widmer (Stamm 4471.220): Portfolio Review Q3\,
  Anlagestrategie Ausgewogen\, Hypothek Verlängerung. Kaffee + Gipfeli bestel
 lt.
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000LIMKT01
SUMMARY;LANGUAGE=de-CH:Kundentermin Fam. Widmer – Portfolio Review
DTSTART;TZID=W. Europe Standard Time:20251027T100000
DTEND;TZID=W. Europe Standard Time:20251027T113000
DTSTAMP:20251015T090000Z
LOCATION;LANGUAGE=de-CH:LIM Kundenzimmer Lindenhof
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "erstgespraech-neukunde", "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000"
        "LIMNK01", 0, "", "", "", "", "erstgespraech-with-prospective-client",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dr. Thomas Aebi:mailto:t.aebi@aebi-holding.ch
DESCRIPTION;LANGUAGE=de-CH:Erstgespräch Neukunde (Empfehlung RA Hafner): Ver
 kauf Firma 2026\, ca. CHF 25 Mio. Liquidität. KYC-Checkliste vorbereiten.
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000LIMNK01
SUMMARY;LANGUAGE=de-CH:Erstgespräch Dr. Aebi
DTSTART;TZID=W. Europe Standard Time:20251104T160000
DTEND;TZID=W. Europe Standard Time:20251104T170000
DTSTAMP:20251028T100000Z
LOCATION;LANGUAGE=de-CH:LIM Kundenzimmer Lindenhof
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "pflichtschulung", "lms-limmattal-2025-CB-DE-rb@limmattal-bank.ch", 0, "", "", "", "",
        "mandatory-compliance-training-cross-border",
        r"""BEGIN:VCALENDAR
PRODID:-//Limmattal Academy//LMS//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lms-limmattal-2025-CB-DE-rb@limmattal-bank.ch
DTSTAMP:20250901T060000Z
DTSTART:20250924T070000Z
DTEND:20250924T100000Z
SUMMARY:Pflichtschulung Compliance: Cross-Border Deutschland/Österreich 2025
DESCRIPTION:Präsenzschulung inkl. Test (Bestehensgrenze 80%). Anwesenheit w
 ird erfasst.
ORGANIZER;CN=Compliance Academy:mailto:academy@limmattal-bank.ch
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
LOCATION:Auditorium EG
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kyc-review", "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC01000000000000000010000000"
        "LIMKYC", 0, "", "", "", "", "kyc-periodic-review-with-compliance",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kälin, Marc (Compliance)":mailto:marc.kaelin@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:KYC Periodic Review PEP-Beziehung 5520.114 (erhö
 hte Risiken). Bitte Herkunft der Vermögenswerte und Transaktionsmonitoring Q
 2/Q3 plausibilisieren.
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC01000000000000000010000000LIMKYC
SUMMARY;LANGUAGE=de-CH:KYC Review 5520.114 – Besprechung mit Compliance
DTSTART;TZID=W. Europe Standard Time:20251103T133000
DTEND;TZID=W. Europe Standard Time:20251103T143000
DTSTAMP:20251027T100000Z
LOCATION;LANGUAGE=de-CH:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "anlageausschuss", "040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000010000000"
        "LIMIC", 0, "", "", "", "", "recurring-investment-committee-with-override",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="CIO Office":mailto:cio-office@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=12
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000010000000LIMIC
SUMMARY;LANGUAGE=de-CH:Anlageausschuss (monatlich)
DESCRIPTION;LANGUAGE=de-CH:Hausmeinung\, Taktische Allokation\, Empfehlungsl
 iste. Unterlagen im SharePoint.
DTSTART;TZID=W. Europe Standard Time:20250902T080000
DTEND;TZID=W. Europe Standard Time:20250902T093000
DTSTAMP:20250820T090000Z
LOCATION;LANGUAGE=de-CH:Verwaltungsratszimmer
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="CIO Office":mailto:cio-office@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
RECURRENCE-ID;TZID=W. Europe Standard Time:20251007T080000
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000010000000LIMIC
SUMMARY;LANGUAGE=de-CH:Anlageausschuss – verschoben (Quartalsausblick mit CIO)
DTSTART;TZID=W. Europe Standard Time:20251008T073000
DTEND;TZID=W. Europe Standard Time:20251008T093000
DTSTAMP:20250930T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Auditorium EG
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "revision", "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC01000000000000000010000000"
        "LIMREV", 0, "", "", "", "", "internal-audit-interview-on-advisory-process",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Bachmann, Ivo (Interne Revision)":mailto:ivo.bachmann@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Prüfung FIDLEG-Beratungsprozess: Interview mit Ku
 ndenberater (Ablauf Angemessenheit/Eignung\, Dokumentation\, Stichproben).
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC01000000000000000010000000LIMREV
SUMMARY;LANGUAGE=de-CH:Interview Interne Revision – FIDLEG Beratungsprozess
DTSTART;TZID=W. Europe Standard Time:20251119T140000
DTEND;TZID=W. Europe Standard Time:20251119T150000
DTSTAMP:20251110T100000Z
LOCATION;LANGUAGE=de-CH:LIM Sitzungszimmer Sihl (4)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "zunft", "C3D4E5F6-A7B8-4293-A4B5-ZUNFT00001", 0, "", "", "", "", "zunft-meeting-personal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4293-A4B5-ZUNFT00001
DTSTAMP:20250901T180000Z
DTSTART;TZID=Europe/Zurich:20251106T183000
DTEND;TZID=Europe/Zurich:20251106T230000
SUMMARY:Zunftbott Zunft zur Waag (Tenue: dunkler Anzug)
DESCRIPTION:Aufnahme neuer Zünfter\, anschl. Nachtessen. Anmeldung bis 25.10.
LOCATION:Zunfthaus zur Waag
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "golf", "D4E5F6A7-B8C9-43A4-B5C6-GOLF000001", 0, "", "", "", "", "golf-with-friend-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-43A4-B5C6-GOLF000001
DTSTAMP:20250903T190000Z
DTSTART:20250913T081000
DTEND:20250913T130000
SUMMARY:Golf Dolder mit Peter + Hansruedi (Tee 8:10)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "geburtstag", "E5F6A7B8-C9D0-44B5-C6D7-GEBURTSTAG", 0, "", "", "", "", "wife-birthday-all-day-yearly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:E5F6A7B8-C9D0-44B5-C6D7-GEBURTSTAG
DTSTAMP:20190310T120000Z
DTSTART;VALUE=DATE:20191022
DTEND;VALUE=DATE:20191023
RRULE:FREQ=YEARLY
SUMMARY:Geburtstag Claudia 🎂
DESCRIPTION:Tisch Kronenhalle reservieren!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "steueramt", "6q8s0u2w4y6a8c0e2g4i6k8m0o@google.com", 0, "", "", "", "",
        "tax-office-appointment-besprechung",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251016T141500
DTEND;TZID=Europe/Zurich:20251016T150000
DTSTAMP:20251001T090000Z
UID:6q8s0u2w4y6a8c0e2g4i6k8m0o@google.com
DESCRIPTION:Besprechung Steuererklärung 2024 mit Steuerkommissär (Rückfrage
  Wertschriftenverzeichnis\, Liegenschaft Toggenburg). Belege mitnehmen.
LOCATION:Kantonales Steueramt Zürich\, Bändliweg 21
SUMMARY:Steueramt – Besprechung Veranlagung 2024
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "zahnarzt", "F6A7B8C9-D0E1-45C6-D7E8-ZAHNARZT01", 0, "", "", "", "", "dentist-personal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:F6A7B8C9-D0E1-45C6-D7E8-ZAHNARZT01
DTSTAMP:20250820T100000Z
DTSTART;TZID=Europe/Zurich:20250923T071500
DTEND;TZID=Europe/Zurich:20250923T080000
SUMMARY:Zahnarzt Dr. Hess (DH)
LOCATION:Seefeldstrasse 12
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "elternabend", "A7B8C9D0-E1F2-46D7-E8F9-ELTERNAB01", 0, "", "", "", "", "school-parents-evening",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:A7B8C9D0-E1F2-46D7-E8F9-ELTERNAB01
DTSTAMP:20250905T200000Z
DTSTART;TZID=Europe/Zurich:20250916T193000
DTEND;TZID=Europe/Zurich:20250916T210000
SUMMARY:Elternabend Gymi Rämibühl (Lena 2c) + Gespräch Klassenlehrerin
LOCATION:Rämistrasse 56
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "neujahrsapero", "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC01000000000000000010000000"
        "LIMAPERO", 0, "", "", "", "", "bank-new-year-apero",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Geschäftsleitung Bank Limmattal":mailto:gl@limmattal-bank.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Baumgartner, Reto":mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Die Geschäftsleitung lädt alle Mitarbeitenden zu
 m Neujahrs-Apéro ein. Kurze Ansprache des CEO.
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC01000000000000000010000000LIMAPERO
SUMMARY;LANGUAGE=de-CH:Neujahrs-Apéro 2026
DTSTART;TZID=W. Europe Standard Time:20260108T170000
DTEND;TZID=W. Europe Standard Time:20260108T190000
DTSTAMP:20251210T100000Z
LOCATION;LANGUAGE=de-CH:Kantine / Dachterrasse
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "alumni-lunch", "hsg-alumni-zh-lunch-1203@hsgalumni.ch", 0, "", "", "", "",
        "alumni-networking-lunch",
        r"""BEGIN:VCALENDAR
PRODID:-//HSG Alumni//Events//DE
VERSION:2.0
BEGIN:VEVENT
UID:hsg-alumni-zh-lunch-1203@hsgalumni.ch
DTSTAMP:20251101T080000Z
DTSTART:20251203T110000Z
DTEND:20251203T130000Z
SUMMARY:HSG Alumni Club Zürich – Lunch «Wealth Management im Umbruch»
DESCRIPTION:Referat und Diskussion mit zwei CEOs von Zürcher Privatbanken\,
  anschliessend Networking.
LOCATION:Baur au Lac\, Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
]
