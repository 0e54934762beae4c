# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: negatives with the user on the hiring side at Murtal Großhandel (she interviews candidates)."""

from __future__ import annotations

from holdout95ev_ics import TEAMS_DE, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []
W = "Microsoft Exchange Server 2010"
UW = "katharina.pichler@murtal-grosshandel.at"


def add(kind: str, uid: str, trap: str, text: str, prodid: str = W, method: str | None = "REQUEST",
        windows: bool = True) -> None:
    tz = tz_windows() if windows else tz_vienna()
    EVENTS.append(Event(kind, cal(text, prodid, method=method, tz=tz), [Row(uid, 0, trap=trap)]))


add("personio-apprentice-de", "personio-interview-9912004-aa31", "user-as-interviewer-personio-de", r"""BEGIN:VEVENT
UID:personio-interview-9912004-aa31
DTSTAMP:20251001T080000Z
DTSTART;TZID=W. Europe Standard Time:20251008T100000
DTEND;TZID=W. Europe Standard Time:20251008T104500
SUMMARY:Vorstellungsgespräch | Lehrling Bürokaufmann/-frau (m/w/d) | Selina Kraus
ORGANIZER;CN=Murtal Großhandel GmbH:mailto:murtal-jobs@mail.personio.de
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT:mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN=Manuela Schrotter;ROLE=REQ-PARTICIPANT:mailto:manuela.schrotter@murtal-grosshandel.at
LOCATION:Besprechungsraum Buchhaltung\, Murtal Großhandel\, Judenburg
DESCRIPTION:Bewerberin: Selina Kraus (selina.kraus08@gmx.at)\nInterviewer:innen: Katharina Pichler (Buchhaltung)\, Manuela Schrotter (HR)\nBitte Bewertung nach dem Gespräch in Personio abgeben.
END:VEVENT""", prodid="-//Personio GmbH//Personio Calendar//DE")

add("outlook-user-organizer-de", "040000008200E00074C5B7101A82E00800000000AB01CD23EF45DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
    "user-as-interviewer-organizer-freemail-candidate-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dominik.lechner93@gmail.com:mailto:dominik.lechner93@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
SUMMARY:Vorstellungsgespräch Buchhaltungsassistenz – Hr. Lechner
DTSTART;TZID=W. Europe Standard Time:20251009T140000
DTEND;TZID=W. Europe Standard Time:20251009T150000
UID:040000008200E00074C5B7101A82E00800000000AB01CD23EF45DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
DTSTAMP:20251002T100000Z
LOCATION:Murtal Großhandel GmbH\, Gewerbestraße 8\, 8750 Judenburg – Empfang
DESCRIPTION:Sehr geehrter Herr Lechner\,\nvielen Dank für Ihre Bewerbung als Buchhaltungsassistenz. Gerne lade ich Sie zu einem persönlichen Gespräch ein.\nMit freundlichen Grüßen\nKatharina Pichler\nBilanzbuchhaltung | Murtal Großhandel GmbH
END:VEVENT""")

add("scorecard-de", "personio-feedback-9912004-aa31-fb", "user-as-interviewer-scorecard-de", r"""BEGIN:VEVENT
UID:personio-feedback-9912004-aa31-fb
DTSTAMP:20251008T110000Z
DTSTART;TZID=W. Europe Standard Time:20251008T160000
DTEND;TZID=W. Europe Standard Time:20251008T161500
SUMMARY:Bewertung abgeben: Selina Kraus (Lehrling Bürokauffrau)
ORGANIZER;CN=Murtal Großhandel GmbH:mailto:murtal-jobs@mail.personio.de
ATTENDEE;CN=Katharina Pichler:mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Erinnerung: Bitte füllen Sie die Bewertungskarte für das Vorstellungsgespräch mit Selina Kraus aus.
END:VEVENT""", prodid="-//Personio GmbH//Personio Calendar//DE")

add("debrief-de", "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
    "user-as-interviewer-debrief-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
SUMMARY:Debrief Bewerbungen Buchhaltungsassistenz (Lechner\, Almer\, Petrović)
DTSTART;TZID=W. Europe Standard Time:20251013T113000
DTEND;TZID=W. Europe Standard Time:20251013T120000
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
DTSTAMP:20251010T080000Z
LOCATION:Bespr. 1
DESCRIPTION:Kurze Abstimmung nach den Vorstellungsgesprächen – wer kommt in die 2. Runde?
END:VEVENT""")

add("panel-allday-de", "lehrlingshearing-2026@murtal-grosshandel.at", "user-as-interviewer-panel-allday-de", r"""BEGIN:VEVENT
UID:lehrlingshearing-2026@murtal-grosshandel.at
DTSTAMP:20251015T080000Z
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251121
SUMMARY:Lehrlings-Hearing 2026 – Auswahltag (Jury: Pichler\, Schrotter\, Murauer)
ORGANIZER;CN=Manuela Schrotter:mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;CN=Katharina Pichler:mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:8 Bewerber:innen à 30 Min.\, Interviewleitfaden + Bewertungsbogen liegen im Teams-Ordner „Lehrlinge 2026“.
TRANSP:TRANSPARENT
END:VEVENT""", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method=None)

add("shadowing-de", "040000008200E00074C5B7101A82E00800000000C0FFEE11AA22DC0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766",
    "user-as-interviewer-shadowing-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
SUMMARY:Hospitation: Katharina sitzt beim Bewerbungsgespräch Lagerlogistik (Kandidat Huber) dabei
DTSTART;TZID=W. Europe Standard Time:20250925T090000
DTEND;TZID=W. Europe Standard Time:20250925T100000
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11AA22DC0100000000000000001000000000FF11EE22DD33CC44BB55AA6699887766
DTSTAMP:20250919T080000Z
DESCRIPTION:Zur Einschulung als Interviewerin: zuhören\, Notizen machen\, danach kurzes Feedback.
END:VEVENT""")

add("calendly-host-de", "5b6c7d8e-9f01-4a2b-8c3d-4e5f6a7b8c9d", "user-as-interviewer-calendly-host-de", r"""BEGIN:VEVENT
UID:5b6c7d8e-9f01-4a2b-8c3d-4e5f6a7b8c9d
DTSTAMP:20251003T190000Z
DTSTART:20251007T120000Z
DTEND:20251007T122000Z
SUMMARY:Kennenlerngespräch Lehrstelle zwischen Katharina Pichler und Marvin Hutter
ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN=Marvin Hutter;PARTSTAT=ACCEPTED:mailto:marvin.hutter2008@gmail.com
DESCRIPTION:Eventname: Kennenlerngespräch Lehrstelle Buchhaltung (20 Min.)\nEingeladener: Marvin Hutter\nAntworten: „Ich mache gerade die HAK-Matura.“\nOrt: Telefon – Katharina Pichler ruft an\nPowered by Calendly.com
END:VEVENT""", prodid="-//Calendly//Calendly//EN", windows=False)

add("agency-candidate-de", "hartl-kv-2025-1107-prutsch@hartl-personal.at", "user-as-interviewer-agency-candidate-de",
    r"""BEGIN:VEVENT
UID:hartl-kv-2025-1107-prutsch@hartl-personal.at
DTSTAMP:20251030T120000Z
DTSTART;TZID=W. Europe Standard Time:20251107T100000
DTEND;TZID=W. Europe Standard Time:20251107T110000
SUMMARY:Kandidatenvorstellung Mag. Ines Prutsch – Kreditorenbuchhaltung Murtal Großhandel
ORGANIZER;CN="Hartl, Clemens":mailto:c.hartl@hartl-personal.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Liebe Frau Pichler\,\nwie besprochen stellt sich unsere Kandidatin Mag. Ines Prutsch bei Ihnen in Judenburg vor. Lebenslauf und Kurzprofil im Anhang.\nBeste Grüße\, Clemens Hartl
LOCATION:Murtal Großhandel\, Judenburg
END:VEVENT""")

add("ios-handtyped-candidate-de", "A0B1C2D3-E4F5-4061-8293-A4B5C6D7E8F9", "user-as-interviewer-handtyped-de", r"""BEGIN:VEVENT
UID:A0B1C2D3-E4F5-4061-8293-A4B5C6D7E8F9
DTSTAMP:20251012T181500Z
DTSTART;TZID=Europe/Vienna:20251014T093000
DTEND;TZID=Europe/Vienna:20251014T101500
SUMMARY:Bewerbg. Lehrling – Tobias R.
DESCRIPTION:HAK Judenburg 4. Jg.\, Fragen zu Doppik + Excel\, Manu macht Protokoll
END:VEVENT""", prodid="-//Apple Inc.//iOS 18.6//EN", method=None, windows=False)

add("teams-second-round-de", "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC01000000000000000010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6",
    "user-as-interviewer-second-round-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lea Almer:mailto:lea.almer@outlook.com
SUMMARY:Zweitgespräch Buchhaltungsassistenz – Fr. Almer (mit K. Pichler und GF)
DTSTART;TZID=W. Europe Standard Time:20251016T140000
DTEND;TZID=W. Europe Standard Time:20251016T150000
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC01000000000000000010000000E1E2E3E4E5E6E7E8E9F0F1F2F3F4F5F6
DTSTAMP:20251013T130000Z
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:""" + TEAMS_DE.format(mid="MTIzNDU2Nzg5MDE", mid3="604", pw="mU8rtl") + r"""
END:VEVENT""")

add("teams-subsidiary-en", "040000008200E00074C5B7101A82E00800000000E9E8E7E6E5E4DC01000000000000000010000000A9A8A7A6A5A4A3A2A1A0B9B8B7B6B5B4",
    "user-as-interviewer-panel-en", r"""BEGIN:VEVENT
ORGANIZER;CN="Kranjc, Maja":mailto:maja.kranjc@murtal-grosshandel.si
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jana Novak:mailto:jana.novak.mb@gmail.com
SUMMARY:Interview: Junior Accountant Maribor – candidate Jana Novak (panel: K. Pichler\, M. Kranjc)
DTSTART;TZID=W. Europe Standard Time:20251022T090000
DTEND;TZID=W. Europe Standard Time:20251022T100000
UID:040000008200E00074C5B7101A82E00800000000E9E8E7E6E5E4DC01000000000000000010000000A9A8A7A6A5A4A3A2A1A0B9B8B7B6B5B4
DTSTAMP:20251015T090000Z
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Katharina – could you cover the Austrian GAAP / group reporting questions? Interview guide attached. Thanks\, Maja
END:VEVENT""")

add("feedback-reminder-en", "fb-remind-jnovak-20251022@murtal-grosshandel.si", "user-as-interviewer-feedback-en", r"""BEGIN:VEVENT
UID:fb-remind-jnovak-20251022@murtal-grosshandel.si
DTSTAMP:20251022T100500Z
DTSTART;TZID=W. Europe Standard Time:20251023T083000
DTEND;TZID=W. Europe Standard Time:20251023T084500
SUMMARY:Reminder: submit interview feedback for Jana Novak
ORGANIZER;CN="Kranjc, Maja":mailto:maja.kranjc@murtal-grosshandel.si
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Please add your rating (1–5) and notes to the shared scorecard before our debrief.
END:VEVENT""")

add("trialday-supervise-de", "probetag-kraus-20251023@murtal-grosshandel.at", "user-as-interviewer-trialday-supervisor-de",
    r"""BEGIN:VEVENT
UID:probetag-kraus-20251023@murtal-grosshandel.at
DTSTAMP:20251015T070000Z
DTSTART;TZID=W. Europe Standard Time:20251023T080000
DTEND;TZID=W. Europe Standard Time:20251023T120000
SUMMARY:Schnuppertag Lehrling Selina Kraus – Betreuung K. Pichler
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Selina schnuppert in der Buchhaltung. Katharina zeigt Belegablage und Kassabuch und gibt danach Rückmeldung für die Entscheidung.
END:VEVENT""")

add("kit-prep-de", "personio-kit-7781-buchass-r2", "user-as-interviewer-kit-de", r"""BEGIN:VEVENT
UID:personio-kit-7781-buchass-r2
DTSTAMP:20251014T090000Z
DTSTART;TZID=W. Europe Standard Time:20251015T150000
DTEND;TZID=W. Europe Standard Time:20251015T153000
SUMMARY:Interview-Kit vorbereiten: Buchhaltungsassistenz – Runde 2 (Fallbeispiel Kontenabstimmung)
ORGANIZER;CN=Murtal Großhandel GmbH:mailto:murtal-jobs@mail.personio.de
ATTENDEE;CN=Katharina Pichler:mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Sie sind als Interviewerin für Runde 2 eingeteilt. Bitte Fragen und Fallbeispiel im Interview-Kit hinterlegen.
END:VEVENT""", prodid="-//Personio GmbH//Personio Calendar//DE")

add("phone-candidate-handtyped-de", "f2e1d0c9-b8a7-4965-8473-625140302010", "user-as-interviewer-phone-de", r"""BEGIN:VEVENT
UID:f2e1d0c9-b8a7-4965-8473-625140302010
DTSTAMP:20251005T170000Z
DTSTART;TZID=Europe/Vienna:20251006T161500
DTEND;TZID=Europe/Vienna:20251006T163000
SUMMARY:Tel. Bewerberin Fr. Schaffer 0664/4471203 (Teilzeit Buchh.)
DESCRIPTION:Ich rufe an. Verfügbarkeit\, Gehaltsvorstellung\, BMD-Kenntnisse fragen
X-MOZ-GENERATION:1
END:VEVENT""", prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", method=None, windows=False)

add("entretien-intern-fr", "040000008200E00074C5B7101A82E00800000000F0E0D0C0B0A0DC0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
    "user-as-interviewer-intern-fr", r"""BEGIN:VEVENT
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Moreau:mailto:lea.moreau@etu.univ-grenoble-alpes.fr
SUMMARY:Entretien stage Erasmus comptabilité – Léa Moreau
DTSTART;TZID=W. Europe Standard Time:20251027T100000
DTEND;TZID=W. Europe Standard Time:20251027T103000
UID:040000008200E00074C5B7101A82E00800000000F0E0D0C0B0A0DC0100000000000000001000000010203040506070809000A0B0C0D0E0F0
DTSTAMP:20251020T150000Z
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Léa\,\nje vous propose un court entretien pour le stage de six mois dans notre service comptable à Judenburg. Nous parlerons en français et un peu en allemand.\nCordialement\,\nKatharina Pichler\, Murtal Großhandel GmbH
END:VEVENT""")

add("lehrlingscasting-de", "casting-hak-judenburg-2025@murtal-grosshandel.at", "user-as-interviewer-speed-interviews-de",
    r"""BEGIN:VEVENT
UID:casting-hak-judenburg-2025@murtal-grosshandel.at
DTSTAMP:20251101T080000Z
DTSTART;TZID=W. Europe Standard Time:20251126T130000
DTEND;TZID=W. Europe Standard Time:20251126T170000
SUMMARY:Lehrlingscasting an der HAK Judenburg – Speed-Interviews (Stand Murtal)
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
LOCATION:HAK Judenburg\, Turnsaal
DESCRIPTION:Wir führen am Stand 10-Minuten-Gespräche mit interessierten Schüler:innen. Katharina übernimmt die Buchhaltungs-Fragen.
END:VEVENT""")

add("hire-decision-de", "040000008200E00074C5B7101A82E0080000000077EE66DD55CCDC0100000000000000001000000044BB33AA2299118800776655443322110",
    "user-as-interviewer-hiring-decision-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
SUMMARY:Entscheidung Besetzung Kreditorenbuchhaltung (Prutsch vs. Almer)
DTSTART;TZID=W. Europe Standard Time:20251112T080000
DTEND;TZID=W. Europe Standard Time:20251112T083000
UID:040000008200E00074C5B7101A82E0080000000077EE66DD55CCDC0100000000000000001000000044BB33AA2299118800776655443322110
DTSTAMP:20251110T080000Z
LOCATION:GF-Büro
END:VEVENT""")

add("entrevista-candidata-es", "8c7b6a59-4837-4261-9504-f3e2d1c0b9a8@google.com", "user-as-interviewer-candidate-es",
    r"""BEGIN:VEVENT
UID:8c7b6a59-4837-4261-9504-f3e2d1c0b9a8@google.com
DTSTAMP:20251104T100000Z
DTSTART;TZID=Europe/Vienna:20251118T110000
DTEND;TZID=Europe/Vienna:20251118T113000
SUMMARY:Entrevista candidata prácticas contabilidad – Lucía Ferrer
ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN=Lucía Ferrer;RSVP=TRUE:mailto:luciaferrer.uv@gmail.com
DESCRIPTION:Hola Lucía\, te propongo una breve entrevista por Google Meet para las prácticas en nuestro departamento de contabilidad. Un saludo\, Katharina (Murtal Großhandel)\nhttps://meet.google.com/mgh-prkt-esx
LOCATION:https://meet.google.com/mgh-prkt-esx
END:VEVENT""", prodid="-//Google Inc//Google Calendar 70.9054//EN", windows=False)

add("reference-check-by-user-de", "040000008200E00074C5B7101A82E00800000000123ABC456DEFDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    "user-as-interviewer-reference-check-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mag. Gernot Felber:mailto:g.felber@felber-steuerberatung.at
SUMMARY:Referenzauskunft zu Bewerberin Mag. Prutsch (ehem. Arbeitgeber Felber StB)
DTSTART;TZID=W. Europe Standard Time:20251110T110000
DTEND;TZID=W. Europe Standard Time:20251110T111500
UID:040000008200E00074C5B7101A82E00800000000123ABC456DEFDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
DTSTAMP:20251107T120000Z
LOCATION:Telefon
DESCRIPTION:Ich rufe Hrn. Felber an – Referenz für unsere Kandidatin (Kreditorenbuchhaltung).
END:VEVENT""")
