"""holdout90 (part 2): the user's own interviews from Outlook, Google, Apple, Thunderbird, by hand (blind; CC0)."""

from __future__ import annotations

from holdout90ev_ics import ME_FREE, att, cal, desc, ev, org

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
UTC01 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen
Besprechungs-ID: 318 227 905 644
Passcode: 9kT3mW
Weitere Infos | Besprechungsoptionen
________________________________________________________________________________"""
MEET_DE = """An Google Meet-Videoanruf teilnehmen: https://meet.google.com/kzh-pwtr-eub
Oder telefonisch teilnehmen: (DE) +49 40 8081 6143 PIN: 602 117 904#
Weitere Telefonnummern: https://tel.meet/kzh-pwtr-eub?pin=6021179044"""
WEBEX_DE = """Webex-Meeting beitreten
https://stadtwerke-wedeltal.webex.com/stadtwerke-wedeltal/j.php?MTID=m4c2e
Meeting-Kennnummer (Zugriffscode): 2741 880 1934
Meeting-Passwort: SWWpers25
Über Telefon beitreten: +49-619-6781-9736 Deutschland Gebührenpflichtig"""


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    # phone screen in English from a Danish terminal operator (ATS as abbreviation of the company)
    d = (
        "Dear Jana,\nthank you for applying for the position as Head of HR at ATS - Aarhus Terminal Services. "
        "I would like to have a short phone conversation with you first. I will call you on +49 160 4417 2290.\n"
        "Best regards\nLouise Dam, HR Partner"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000001000000077A8B9C0
DTSTAMP:20250312T083000Z
DTSTART;TZID=Romance Standard Time:20250317T091500
DTEND;TZID=Romance Standard Time:20250317T094500
SUMMARY:Phone interview - Head of HR - Jana Petersen
{org("lda@ats-aarhus.dk", "Louise Dam")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Phone
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "outlook-phone-screen-en",
            cal(OUTLOOK, body, tzids=("Romance Standard Time",)),
            1,
            "Aarhus Terminal Services",
            "Head of HR",
            "recruiter_screen",
            ("lda@ats-aarhus.dk",),
            forms=("ATS",),
        )
    )

    # public utility selection panel via Webex
    d = (
        "Sehr geehrte Frau Petersen,\n\nim Rahmen des Auswahlverfahrens für die Stelle Abteilungsleitung Personal und "
        "Organisation (m/w/d) laden wir Sie zu einem Auswahlgespräch ein. Der Auswahlkommission gehören an: "
        "Herr Brüning (Geschäftsführer), Frau Tietjen (Vorsitzende des Betriebsrats), Frau Wulf "
        "(Gleichstellungsbeauftragte). Das Gespräch dauert ca. 60 Minuten.\n\n" + WEBEX_DE
    )
    body = f"""BEGIN:VEVENT
UID:SWW-AV-2025-014-0003
DTSTAMP:20250317T120000Z
DTSTART;TZID=Europe/Berlin:20250331T130000
DTEND;TZID=Europe/Berlin:20250331T140000
SUMMARY:Auswahlgespräch Abteilungsleitung Personal und Organisation
{org("personal@stadtwerke-wedeltal.de", "Stadtwerke Wedeltal GmbH - Personalabteilung")}
{att(ME_FREE, "Petersen, Jana")}
{att("h.bruening@stadtwerke-wedeltal.de", "Brüning, Hauke")}
{att("br-vorsitz@stadtwerke-wedeltal.de", "Tietjen, Sandra")}
{att("gleichstellung@stadtwerke-wedeltal.de", "Wulf, Antje")}
LOCATION:Webex
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "webex-panel-de",
            cal("-//Cisco//Webex//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Stadtwerke Wedeltal",
            "Abteilungsleitung Personal und Organisation (m/w/d)",
            "",
            (
                "h.bruening@stadtwerke-wedeltal.de",
                "br-vorsitz@stadtwerke-wedeltal.de",
                "gleichstellung@stadtwerke-wedeltal.de",
            ),
        )
    )

    # Zoom, hiring manager
    d = (
        "Hi Jana,\nas promised, here is the invite for your conversation with our CHRO, Pernille Vad.\n\n"
        "Join Zoom Meeting\nhttps://bionordic.zoom.us/j/81622094410?pwd=aWJ6\nMeeting ID: 816 2209 4410\n"
        "Passcode: 402118\n\nBest,\nKasper (Talent Acquisition, BioNordic)"
    )
    body = f"""BEGIN:VEVENT
UID:zoom-81622094410-20250408@bionordic.dk
DTSTAMP:20250401T140000Z
DTSTART;TZID=Europe/Copenhagen:20250408T100000
DTEND;TZID=Europe/Copenhagen:20250408T110000
SUMMARY:HR Director Nordics - interview with Pernille Vad (CHRO)
{org("kasper.holm@bionordic.dk", "Kasper Holm")}
{att(ME_FREE, "Jana Petersen")}
{att("pernille.vad@bionordic.dk", "Pernille Vad")}
LOCATION:https://bionordic.zoom.us/j/81622094410?pwd=aWJ6
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "zoom-hm-en",
            cal(GOOGLE, body, tzids=("Europe/Copenhagen",)),
            1,
            "BioNordic",
            "HR Director Nordics",
            "hiring_manager",
            ("pernille.vad@bionordic.dk",),
        )
    )

    # floating time, typed on the phone
    body = """BEGIN:VEVENT
UID:9D1E2C3B-4A5F-4E6D-8C7B-0A1F2E3D4C5B
DTSTAMP:20250406T071200Z
DTSTART:20250411T093000
DTEND:20250411T120000
SUMMARY:VG Weserdruck Bremen - Fallstudie präsentieren
LOCATION:Weserdruck Medien\\, Am Holzhafen 8\\, Bremen
DESCRIPTION:Case: Restrukturierung Druckerei Achim\\, 20 Min Präsi + Fragen.
  Hr. Lammers + Fr. Seidel
END:VEVENT"""
    out.append(
        ev(
            "apple-floating-case-de",
            cal("-//Apple Inc.//iOS 17.4//EN", body, method=None),
            1,
            "Weserdruck Medien",
            "",
            "technical",
            ("Hr. Lammers", "Fr. Seidel"),
            forms=("Weserdruck",),
        )
    )

    # UTC times, Google
    d = (
        "Sehr geehrte Frau Petersen,\nich freue mich auf unser Gespräch zur Position Personalleiterin/Personalleiter.\n"
        "Mit freundlichen Grüßen\nHenning Rademacher\nGeschäftsführer\nRademacher Stahlhandel GmbH"
    )
    body = f"""BEGIN:VEVENT
DTSTART:20250319T130000Z
DTEND:20250319T140000Z
DTSTAMP:20250312T090909Z
{org("h.rademacher@rademacher-stahl.de", "Henning Rademacher")}
UID:5k1m3o5q7s9u1w3y5a7c9e1g3i@google.com
{att(ME_FREE, ME_FREE)}
{desc(d)}
LOCATION:Rademacher Stahlhandel\\, Billbrookdeich 200\\, 22113 Hamburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Personalleitung - Rademacher Stahlhandel
END:VEVENT"""
    out.append(
        ev(
            "google-utc-hm-de",
            cal(GOOGLE, body, head="CALSCALE:GREGORIAN"),
            1,
            "Rademacher Stahlhandel",
            "Personalleitung",
            "hiring_manager",
            ("h.rademacher@rademacher-stahl.de",),
            forms=("Rademacher",),
        )
    )

    # Google export with X-WR-TIMEZONE and floating times
    head = "CALSCALE:GREGORIAN\nX-WR-CALNAME:Jana privat\nX-WR-TIMEZONE:Europe/Berlin"
    body = """BEGIN:VEVENT
DTSTART:20250320T083000
DTEND:20250320T091500
DTSTAMP:20250601T120000Z
UID:0p2r4t6v8x0z2b4d6f8h0j2l4n@google.com
CREATED:20250314T181000Z
DESCRIPTION:Erstes Gespräch mit Recruiterin Fr. Hoang (KAS Personal)\\, Tea
 ms-Link kommt per Mail. Stelle: Head of HR Kranich Airport Services
LAST-MODIFIED:20250314T181000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview KAS - Head of HR (Screening)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(
        ev(
            "google-xwr-screen-de",
            cal(GOOGLE, body, method="PUBLISH", head=head),
            1,
            "Kranich Airport Services",
            "Head of HR",
            "recruiter_screen",
            ("Fr. Hoang",),
            forms=("KAS",),
        )
    )

    # rescheduled: Outlook update with a new time
    d = (
        "Liebe Frau Petersen,\n\nleider muss Herr Voß den Termin am Donnerstag verschieben. Neuer Termin für Ihr "
        "finales Gespräch (Head of HR, m/w/d): Dienstag, 06.05., 15:00 Uhr. Alles andere bleibt wie besprochen.\n\n"
        "Viele Grüße\nNadine Koch\nHelix Facility Services GmbH"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DB01000000000000000010000000F1E2D3C4
DTSTAMP:20250428T151500Z
DTSTART;TZID=W. Europe Standard Time:20250506T150000
DTEND;TZID=W. Europe Standard Time:20250506T163000
SUMMARY:Verschoben: Finales Gespräch Head of HR - Jana Petersen
{org("n.koch@helix-fs.de", "Koch, Nadine")}
{att(ME_FREE, "Petersen, Jana")}
{att("m.voss@helix-fs.de", "Voß, Martin")}
{att("b.ferreira@helix-fs.de", "Ferreira, Bruno")}
LOCATION:Helix Facility Services\\, Hammerbrookstraße 90\\, Hamburg
{desc(d)}
SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    out.append(
        ev(
            "outlook-rescheduled-final-de",
            cal(OUTLOOK, body, tzids=("W. Europe Standard Time",)),
            1,
            "Helix Facility Services",
            "Head of HR (m/w/d)",
            "final",
            ("m.voss@helix-fs.de", "b.ferreira@helix-fs.de"),
            forms=("Helix",),
        )
    )

    # onsite day with escaped commas and a room
    d = (
        "Programm, 2. Runde: 10:00 Rundgang Werk, 10:45 Gespräch mit Geschäftsführung (Dr. Carstens), "
        "11:45 Gespräch mit Betriebsrat (Herr Petrovic), 12:30 Mittag, 13:30 Präsentation Ihres 100-Tage-Plans."
    )
    body = f"""BEGIN:VEVENT
UID:ELM-RECRUIT-2025-0522-JP
DTSTAMP:20250509T080000Z
DTSTART;TZID=Europe/Berlin:20250522T100000
DTEND;TZID=Europe/Berlin:20250522T143000
SUMMARY:Vor-Ort-Termin\\, 2. Runde: Head of HR\\, Elbmarsch Lebensmittel
{org("personal@elbmarsch-lebensmittel.de", "Elbmarsch Lebensmittel Personal")}
{att(ME_FREE, "Jana Petersen")}
{att("dr.carstens@elbmarsch-lebensmittel.de", "Dr. Hinrich Carstens")}
{att("br@elbmarsch-lebensmittel.de", "Goran Petrovic")}
{att("konferenz1@elbmarsch-lebensmittel.de", "Konferenzraum 1", cutype="ROOM", role="NON-PARTICIPANT", rsvp="")}
LOCATION:Elbmarsch Lebensmittel\\, Werk Glückstadt\\, Konferenzraum 1
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "onsite-room-commas-de",
            cal("-//Elbmarsch Lebensmittel//Bewerbermanagement//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Elbmarsch Lebensmittel",
            "Head of HR",
            "onsite",
            ("dr.carstens@elbmarsch-lebensmittel.de", "br@elbmarsch-lebensmittel.de"),
            forms=("Elbmarsch",),
        )
    )
    return out
