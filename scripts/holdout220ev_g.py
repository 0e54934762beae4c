"""holdout220 events, part G: more of the user on the HIRING side at Spital Aare (raw iCalendar). Negatives."""

_N = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _N, kind="referenz-einholen", trap="user-as-interviewer-reference-check-on-candidate",
        uid="5F4E3D2C-1B0A-4998-8776-5544AABBCCDD",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:Rüegg hat OK gegeben. Hr. Balmer (ehem. Vorgesetzter) 058 221 x
 x xx. Fragen: Zuverlässigkeit Pikett\, Umgang mit Kunden\, Grund Austritt.
  Notizen direkt in Umantis.\n
DTEND;TZID="W. Europe Standard Time":20250513T081500
DTSTAMP:20250512T170000Z
DTSTART;TZID="W. Europe Standard Time":20250513T080000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Referenz einholen Rüegg (Hr. Balmer)
TRANSP:OPAQUE
UID:5F4E3D2C-1B0A-4998-8776-5544AABBCCDD
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="absagen", trap="user-as-interviewer-rejection-calls",
        uid="8C7B6A59-4837-4261-9F0E-DCBA98765432",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:Meier + Krasniqi telefonisch absagen (Seraina schickt danach Mai
 l aus Umantis). Kurz Feedback geben\, freundlich.\n
DTEND;TZID="W. Europe Standard Time":20250516T141500
DTSTAMP:20250515T080000Z
DTSTART;TZID="W. Europe Standard Time":20250516T134500
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Absagen Kandidaten 1st Level
TRANSP:OPAQUE
UID:8C7B6A59-4837-4261-9F0E-DCBA98765432
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="verschoben", trap="user-as-interviewer-rescheduled-candidate-interview",
        uid="040000008200E00074C5B7101A82E00800000000ACE0ACE0BDF1DB01000000000000000010000000D1D2D3D4D5D6D7D8D9DA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Zbinden Lukas (ICT)":mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.berisha@gmail.com:mailto:nadia.ber
 isha@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wälti Daniel (ICT)":mailto:daniel.waelt
 i@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Berisha\n\nWegen eines Pikettein
 satzes muss ich unser zweites Gespräch leider um einen Tag verschieben. Vi
 elen Dank für Ihr Verständnis.\n\nFreundliche Grüsse\nLukas Zbinden\n
UID:040000008200E00074C5B7101A82E00800000000ACE0ACE0BDF1DB01000000000000000010000000D1D2D3D4D5D6D7D8D9DA
SUMMARY;LANGUAGE=de-CH:Verschoben: 2. Gespräch Supporttechniker/in – Frau Berisha
DTSTART;TZID=W. Europe Standard Time:20250507T100000
DTEND;TZID=W. Europe Standard Time:20250507T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T064500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Haus 12\, ICT Testlabor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="schulung-auswahl", trap="user-as-interviewer-hr-training-structured-interviews",
        uid="040000008200E00074C5B7101A82E00800000000C0FFEE00BEEFDB01000000000000000010000000E1E2E3E4E5E6E7E8E9EA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="HR Entwicklung Spital Aare":mailto:hr-entwicklung@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Interne Weiterbildung für Personen\, die in Aus
 wahlverfahren mitwirken: strukturierte Interviews\, Beurteilungsfehler\,
  Umgang mit dem Bewertungsbogen\, rechtliche Grenzen bei Fragen an Bewerbe
 nde. Mit Rollenspielen.\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE00BEEFDB01000000000000000010000000E1E2E3E4E5E6E7E8E9EA
SUMMARY;LANGUAGE=de-CH:Schulung: Auswahlgespräche professionell führen
DTSTART;TZID=W. Europe Standard Time:20250423T083000
DTEND;TZID=W. Europe Standard Time:20250423T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Bildungszentrum Haus 3\, Raum 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="zusage-telefon", trap="user-as-interviewer-offer-call-to-chosen-candidate",
        uid="A1B2C3D4-E5F6-4711-8899-AABBCCDDEEF0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:Vorher mit Seraina Lohnband + Pensum klären (90 %?). Dann Fr. Be
 risha anrufen: Zusage\, Start 1.9.\, Einführung durch Dani da ich weg bin.
 \n
DTEND;TZID="W. Europe Standard Time":20250515T110000
DTSTAMP:20250514T170000Z
DTSTART;TZID="W. Europe Standard Time":20250515T103000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Zusage Berisha telefonisch
TRANSP:OPAQUE
UID:A1B2C3D4-E5F6-4711-8899-AABBCCDDEEF0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="hospitation", trap="user-as-interviewer-shadows-colleague-interview",
        uid="040000008200E00074C5B7101A82E0080000000055AA55AA55AADB01000000000000000010000000F1F2F3F4F5F6F7F8F9FA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Wälti Daniel (ICT)":mailto:daniel.waelti@spitalaare.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Lukas\, wie besprochen kannst du beim Gespräch
  mit der Kandidatin für den Servicedesk (Ersatz Priska) zuhören\, bevor du
  selber Gespräche führst. Nur beobachten\, Notizen für die Besprechung na
 chher.\n
UID:040000008200E00074C5B7101A82E0080000000055AA55AA55AADB01000000000000000010000000F1F2F3F4F5F6F7F8F9FA
SUMMARY;LANGUAGE=de-CH:Gespräch Servicedesk-Mitarbeiterin (Hospitation Lukas)
DTSTART;TZID=W. Europe Standard Time:20250408T150000
DTEND;TZID=W. Europe Standard Time:20250408T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 12 SZ 2.05
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
]
