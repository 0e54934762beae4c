"""holdout209 events, part e: Jonas on the hiring side at Kanzlei Hollweg & Partner (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "azubi-gespraech", "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000"
        "AZ260301", 0, "", "", "", "", "user-as-interviewer-azubi-vorstellungsgespraech-with-boss",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN="Besprechungsraum Isar";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:ma
 ilto:raum.isar@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Jonas\, bitte sei dabei - du übernimmst den fa
 chlichen Teil (Buchungssätze\, kleine Rechenaufgabe). Bewerbungsmappe lie
 gt im DMS unter Personal/Ausbildung 2026/Schuster.\nCH\n
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Azubi StFA 2026 - Lea Schuster
DTSTART;TZID="W. Europe Standard Time":20260303T160000
DTEND;TZID="W. Europe Standard Time":20260303T170000
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000AZ260301
DTSTAMP:20260224T083300Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Isar
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-bewerber", "9C8B7A6F-5E4D-3C2B-1A0F-E9D8C7B6A5F4", 0, "", "", "", "",
        "user-as-interviewer-self-typed-bewerbergespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C8B7A6F-5E4D-3C2B-1A0F-E9D8C7B6A5F4
DTSTAMP:20260301T191000Z
DTSTART;TZID=Europe/Berlin:20260305T150000
DTEND;TZID=Europe/Berlin:20260305T160000
SUMMARY:Bewerbergespräch Azubi Hr. Yilmaz (mit CH)
DESCRIPTION:Fragen: Mathe-Note\, warum StFA\, Praktikum bei Hr. Stangl? T
 est-Aufgabe ausdrucken!
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "teilzeit-kandidatin", "040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC01000000000000000010000000"
        "NOWAK001", 0, "", "", "", "", "user-as-interviewer-outlook-stfa-teilzeit-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=Marta Nowak;RSVP=TRUE:mailto:marta.nowak83@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Nowak\,\n\nwie telefonisch b
 esprochen laden wir Sie zu einem persönlichen Gespräch für die Stelle St
 euerfachangestellte/r (m/w/d) in Teilzeit ein. Seitens der Kanzlei nehme
 n Frau StB Dr. Claudia Hollweg und Herr Jonas Becker teil.\n\nMit freundl
 ichen Grüßen\nKanzlei Hollweg & Partner\n
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Steuerfachangestellte/r (Teilz
 eit) - Frau Nowak
DTSTART;TZID="W. Europe Standard Time":20260310T100000
DTEND;TZID="W. Europe Standard Time":20260310T110000
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC01000000000000000010000000NOWAK001
DTSTAMP:20260303T091200Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kanzlei Hollweg & Partner\, Besprechungsraum Isar
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "accepted-reply", "040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC01000000000000000010000000"
        "AZ260302", 0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260312T140000Z
DTEND:20260312T150000Z
DTSTAMP:20260305T171212Z
ORGANIZER;CN=Becker\, Jonas:mailto:j.becker@hollweg-partner.de
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC01000000000000000010000000AZ260302
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tim Br
 andt;X-NUM-GUESTS=0:mailto:tim.brandt2008@gmail.com
SEQUENCE:0
SUMMARY:Angenommen: Vorstellungsgespräch Ausbildung Steuerfachangestellte/
 r - Tim Brandt
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-candidate", "HAYS-DE-CAND-7719204@hays.de", 0, "", "", "", "",
        "user-as-interviewer-agency-sends-candidate-profile",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:HAYS-DE-CAND-7719204@hays.de
DTSTAMP:20260226T150000Z
DTSTART;TZID=Europe/Berlin:20260304T110000
DTEND;TZID=Europe/Berlin:20260304T120000
SUMMARY:Kandidatenvorstellung Bilanzbuchhalterin (Profil-Nr. 7719204) - Ka
 nzlei Hollweg & Partner
DESCRIPTION:Sehr geehrte Frau Dr. Hollweg\, sehr geehrter Herr Becker\,\n\n
 wie besprochen stelle ich Ihnen unsere Kandidatin für die Position Bilan
 zbuchhalter (m/w/d) vor. Das anonymisierte Profil finden Sie im Anhang.
  Die Kandidatin kommt um 11 Uhr zu Ihnen in die Kanzlei\; Kündigungsfrist
  3 Monate\, Gehaltsvorstellung 58 TEUR.\n\nViele Grüße\nNadja Berg\nHays
  AG - Finance\, München
ORGANIZER;CN="Berg, Nadja":mailto:nadja.berg@hays.de
ATTENDEE;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas":mailto:j.becker@hollweg-partner.de
LOCATION:Kanzlei Hollweg & Partner\, Rosenheimer Str. 141\, München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "schnupperpraktikum", "040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC01000000000000000010000000"
        "SCHNUP01", 0, "", "", "", "", "user-as-interviewer-supervises-trial-day-of-applicant",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Emily Kraus (Bewerberin Ausbildung 2026) mach
 t einen Probetag bei uns. Jonas betreut sie den ganzen Tag (Belege sorti
 eren\, Kontieren zeigen\, Mandantenpost)\, bitte abends kurz Rückmeldung
  an mich\, ob wir ihr den Vertrag anbieten.\n
SUMMARY;LANGUAGE=de-DE:Probetag Emily Kraus (Azubi-Bewerberin) - Betreuu
 ng Jonas
DTSTART;VALUE=DATE:20260317
DTEND;VALUE=DATE:20260318
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC01000000000000000010000000SCHNUP01
DTSTAMP:20260309T080000Z
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "nachbesprechung", "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000010000000"
        "DEBRF001", 0, "", "", "", "", "user-as-interviewer-debrief-entscheidung",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hollweg, Claudia":mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN="Becker, Jonas";RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN="Sommer, Petra";RSVP=TRUE:mailto:p.sommer@hollweg-partner.de
DESCRIPTION;LANGUAGE=de-DE:Kurz alle Eindrücke zu Schuster\, Yilmaz\, Bra
 ndt sammeln\, dann entscheiden wir\, wem wir zusagen. Bewertungsbögen bit
 te vorher ausfüllen.\n
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Azubi-Bewerber 2026 / Entscheidung
DTSTART;TZID="W. Europe Standard Time":20260313T120000
DTEND;TZID="W. Europe Standard Time":20260313T123000
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000010000000DEBRF001
DTSTAMP:20260306T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro CH
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "einstellungstest", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", 0, "", "", "", "",
        "user-as-interviewer-scores-entrance-tests",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@TZ_WEST@
BEGIN:VEVENT
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTSTAMP:20260302T070000Z
DTSTART;TZID="W. Europe Standard Time":20260306T080000
DTEND;TZID="W. Europe Standard Time":20260306T090000
SUMMARY:Einstellungstests Azubis korrigieren + Punkte in Liste
DESCRIPTION:4 Tests (Schuster\, Yilmaz\, Brandt\, Kraus)\, Lösungsbogen im
  Ordner Ausbildung. Ergebnis an CH.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "unterlagen-sichten", "C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F", 0, "", "", "", "",
        "user-as-interviewer-screens-applications-block",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
@TZ_WEST@
BEGIN:VEVENT
UID:C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F
DTSTAMP:20260216T070000Z
DTSTART;TZID="W. Europe Standard Time":20260218T073000
DTEND;TZID="W. Europe Standard Time":20260218T083000
SUMMARY:Bewerbungen Ausbildung 2026 sichten (12 Stk.)
DESCRIPTION:Vorauswahl für CH - max. 5 zum Gespräch einladen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-interviewer", "personio-8e9f0a1b-hollweg-azubi@personio.de", 0, "", "", "", "",
        "user-as-interviewer-personio-invite-to-interviewer",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:personio-8e9f0a1b-hollweg-azubi@personio.de
DTSTAMP:20260305T100000Z
DTSTART;TZID=Europe/Berlin:20260316T140000
DTEND;TZID=Europe/Berlin:20260316T150000
SUMMARY:Interview: Auszubildende/r Steuerfachangestellte/r (m/w/d) - Mia G
 ruber
DESCRIPTION:Hallo Jonas\,\n\nDu wurdest als Interviewer:in zu folgendem T
 ermin hinzugefügt:\nKandidatin: Mia Gruber\nStelle: Auszubildende/r Steu
 erfachangestellte/r (m/w/d) 2026\nOrt: Kanzlei\, Besprechungsraum Isar\n\n
 Bitte gib nach dem Gespräch Dein Feedback im Bewerberprofil ab.\n\nKanzl
 ei Hollweg & Partner via Personio
ORGANIZER;CN=Kanzlei Hollweg & Partner:mailto:recruiting@hollweg-partner.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:j.becker@hollweg-partner.de
ATTENDEE;CN=Claudia Hollweg:mailto:c.hollweg@hollweg-partner.de
ATTENDEE;CN=Mia Gruber:mailto:mia.gruber.07@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
]
