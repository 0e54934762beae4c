"""holdout209 events, part f: more hiring-side events and the first look-alikes (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "bookings-host", "bookings-hollweg-2a7c9e11f04b@outlook.com", 0, "", "", "", "",
        "user-as-interviewer-bookings-staff-member-host",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
UID:bookings-hollweg-2a7c9e11f04b@outlook.com
DTSTAMP:20260311T092000Z
DTSTART;TZID="W. Europe Standard Time":20260318T163000
DTEND;TZID="W. Europe Standard Time":20260318T170000
SUMMARY:Kennenlernen Ausbildung 2026 für Leon Hartl
DESCRIPTION:Neue Buchung\n\nDienst: Kennenlernen Ausbildung 2026 (30 Min
 .)\nKunde: Leon Hartl\, leon.hartl@t-online.de\, 0151 2290 4417\nMitarbe
 iter: Jonas Becker\nNotizen des Kunden: Ich bin in der 12. Klasse FOS Wir
 tschaft.\n\nMicrosoft Bookings - Kanzlei Hollweg & Partner
ORGANIZER;CN=Hollweg Karriere:mailto:HollwegKarriere@hollwegpartner.onmicr
 osoft.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=Leon Hartl:mailto:leon.hartl@t-online.de
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ausbildungsmesse-stand", "E1A2B3C4-0000-4D5E-9F60-AZUBIMESSE26", 0, "", "", "", "",
        "user-as-interviewer-hosts-azubi-speed-dating-stand",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@TZ_WEST@
BEGIN:VEVENT
UID:E1A2B3C4-0000-4D5E-9F60-AZUBIMESSE26
DTSTAMP:20260201T100000Z
DTSTART;TZID="W. Europe Standard Time":20260314T093000
DTEND;TZID="W. Europe Standard Time":20260314T150000
SUMMARY:Azubi-Speed-Dating IHK/StBK - Kanzleistand Hollweg (Jonas + Petra)
LOCATION:IHK Akademie\, Orleansstraße 10-12\, München
DESCRIPTION:Wir führen Kurzgespräche (10 Min.) mit Schüler:innen\, Bewer
 bungsbögen + Flyer mitnehmen. Gute Kandidaten direkt zum Vorstellungsgesp
 räch einladen.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "werkstudent-teams", "040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DC01000000000000000010000000"
        "WERKST01", 0, "", "", "", "", "user-as-interviewer-organises-phone-interview-werkstudent",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Becker, Jonas":mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=simon.ertl@campus.lmu.de;RSVP=TRUE:mailto:simon.ertl@campus.lm
 u.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ertl\,\n\ndanke für Ihre Bewerbung a
 ls Werkstudent (m/w/d) Finanzbuchhaltung. Wie besprochen telefonieren wi
 r kurz per Teams.\n\nViele Grüße\nJonas Becker\nKanzlei Hollweg & Partne
 r\n________________________________________________________________________________\n
 Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_NGI3Yj\n
SUMMARY;LANGUAGE=de-DE:Telefoninterview Werkstudent FiBu - Simon Ertl
DTSTART;TZID="W. Europe Standard Time":20260309T171500
DTEND;TZID="W. Europe Standard Time":20260309T174500
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DC01000000000000000010000000WERKST01
DTSTAMP:20260304T103000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "leitfaden", "D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F7A", 0, "", "", "", "",
        "user-as-interviewer-prepares-interview-guide",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@TZ_WEST@
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F7A
DTSTAMP:20260220T070000Z
DTSTART;TZID="W. Europe Standard Time":20260225T073000
DTEND;TZID="W. Europe Standard Time":20260225T080000
SUMMARY:Gesprächsleitfaden + Bewertungsbogen Azubi-Interviews überarbeiten
DESCRIPTION:Vorlage von letztem Jahr\, Fragen zu Motivation + Mathe ergän
 zen\, an CH schicken
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hospitation", "040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000010000000"
        "HOSP0001", 0, "", "", "", "", "user-as-interviewer-candidate-shadows-user",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Fr. Petrović (Bewerberin StFA\, kommt von eine
 r Kanzlei in Rosenheim) hospitiert vormittags bei Jonas. Bitte zeig ihr D
 ATEV Unternehmen online und die USt-VA. Danach Rückmeldung an mich.\n
SUMMARY;LANGUAGE=de-DE:Hospitation Fr. Petrović bei Jonas
DTSTART;TZID="W. Europe Standard Time":20260319T083000
DTEND;TZID="W. Europe Standard Time":20260319T123000
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000010000000HOSP0001
DTSTAMP:20260312T100000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "feedback-reminder", "E5F6A7B8-C9D0-4E1F-9A2B-3C4D5E6F7A8B", 0, "", "", "", "",
        "user-as-interviewer-feedback-task-to-boss",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:E5F6A7B8-C9D0-4E1F-9A2B-3C4D5E6F7A8B
DTSTAMP:20260310T171000Z
DTSTART;TZID=Europe/Berlin:20260311T080000
DTEND;TZID=Europe/Berlin:20260311T081500
SUMMARY:Feedback Fr. Nowak an CH!!
DESCRIPTION:fachl. gut (USt sicher)\, Teilzeit 25h\, ab 1.5. möglich
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "kandidat-notizen", "F6A7B8C9-D0E1-4F2A-8B3C-4D5E6F7A8B9C", 0, "", "", "", "",
        "user-as-interviewer-hand-typed-candidate-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
UID:F6A7B8C9-D0E1-4F2A-8B3C-4D5E6F7A8B9C
DTSTAMP:20260316T161500Z
DTSTART:20260316T140000
DTEND:20260316T150000
SUMMARY:Gespräch Azubi Nr. 4 (M.G.)
DESCRIPTION:sehr gut in Mathe\, etwas schüchtern\, Zeugnis 11. Kl. nachre
 ichen lassen. Test 41/50. -> Empfehlung ja
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "candidate-freemail", "3k9d1f7h5j2l4n6p8r0t1v3x5z@google.com", 0, "", "", "", "",
        "user-as-interviewer-candidate-on-free-mail-proposes-time",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260320T090000
DTEND;TZID=Europe/Berlin:20260320T100000
DTSTAMP:20260313T201100Z
ORGANIZER;CN=Anna Lenz:mailto:anna.lenz.92@gmail.com
UID:3k9d1f7h5j2l4n6p8r0t1v3x5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=j.becker@hollweg-partner.de;X-NUM-GUESTS=0:mailto:j.becker@hollwe
 g-partner.de
DESCRIPTION:Sehr geehrter Herr Becker\, wie gewünscht schlage ich Ihnen d
 en Freitag für das Vorstellungsgespräch (Steuerfachangestellte Teilzeit)
  vor. Ich komme gern in die Kanzlei. Mit freundlichen Grüßen\, Anna Lenz
LOCATION:Kanzlei Hollweg & Partner\, Rosenheimer Str. 141
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Anna Lenz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "minijob-vorgespraech", "040000008200E00074C5B7101A82E008000000004D5E6F708192DC01000000000000000010000000"
        "MINIJOB1", 0, "", "", "", "", "user-as-interviewer-minijob-empfang-vorgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Sommer, Petra":mailto:p.sommer@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Frau Aydın stellt sich für den Minijob am Empf
 ang (Di/Do vormittags) vor. Jonas\, kannst du dazukommen? Ich mach das Pe
 rsonelle\, du erklärst kurz Posteingang/Scannen.\n
SUMMARY;LANGUAGE=de-DE:Vorgespräch Minijob Empfang - Fr. Aydın
DTSTART;TZID="W. Europe Standard Time":20260224T113000
DTEND;TZID="W. Europe Standard Time":20260224T120000
UID:040000008200E00074C5B7101A82E008000000004D5E6F708192DC01000000000000000010000000MINIJOB1
DTSTAMP:20260219T140000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Empfang / Besprechungsraum Isar
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zweitgespraech-partner", "040000008200E00074C5B7101A82E008000000005E6F708192A3DC01000000000000000010000000"
        "NOWAK002", 0, "", "", "", "", "user-as-interviewer-second-round-with-senior-partner",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Hollweg, Friedrich";RSVP=TRUE:mailto:f.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:j.becker@ho
 llweg-partner.de
ATTENDEE;CN=Marta Nowak;RSVP=TRUE:mailto:marta.nowak83@gmx.de
DESCRIPTION;LANGUAGE=de-DE:2. Runde Fr. Nowak\, diesmal mit Seniorpartner
  Hr. Hollweg. Jonas optional (wäre ihr Teamkollege).\n
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Fr. Nowak (StFA TZ)
DTSTART;TZID="W. Europe Standard Time":20260317T150000
DTEND;TZID="W. Europe Standard Time":20260317T153000
UID:040000008200E00074C5B7101A82E008000000005E6F708192A3DC01000000000000000010000000NOWAK002
DTSTAMP:20260311T083000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Isar
END:VEVENT
END:VCALENDAR
""",
    ),
]
