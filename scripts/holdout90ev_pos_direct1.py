"""holdout90 (part 1): the user's own interviews from Outlook, Google, Apple, Thunderbird, by hand (blind; CC0)."""

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

    # Outlook with "(UTC+01:00) ..." zone, CN "Last, First", X-ALT-DESC
    d = (
        "Sehr geehrte Frau Petersen,\n\nwie mit Herrn Rehder abgestimmt, laden wir Sie zum abschließenden Gespräch "
        "für die Position Leiter/in Personal ein. Teilnehmen werden Herr Grabowski (Vorstand Betrieb) und "
        "Frau Dr. Lenz (Vorstandsvorsitzende).\n\nMit freundlichen Grüßen\nThomas Grabowski\nHafenbahn Nord AG\n\n"
        + TEAMS_DE
    )
    html = (
        "<html><body><p>Sehr geehrte Frau Petersen,</p><p>wie mit Herrn Rehder abgestimmt, laden wir Sie zum "
        "abschließenden Gespräch ein.</p><p>Thomas Grabowski<br>Hafenbahn Nord AG</p></body></html>"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050F1D2A4B38EDB01000000000000000010000000E4A1C9F5
DTSTAMP:20250401T093215Z
DTSTART;TZID="{UTC01}":20250410T140000
DTEND;TZID="{UTC01}":20250410T153000
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Leiter/in Personal - Frau Petersen
{org("thomas.grabowski@hbn-ag.de", "Grabowski, Thomas")}
{att(ME_FREE, "jana.petersen@web.de")}
{att("katharina.lenz@hbn-ag.de", "Lenz, Dr. Katharina")}
{att("c.rehder@rehder-partner.de", "Carsten Rehder", role="OPT-PARTICIPANT")}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
{desc(d)}
{desc(html, "X-ALT-DESC;FMTTYPE=text/html")}
CLASS:PUBLIC
PRIORITY:5
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    out.append(
        ev(
            "outlook-utc01-final-de",
            cal(OUTLOOK, body, tzids=(UTC01,)),
            1,
            "Hafenbahn Nord AG",
            "Leiter/in Personal",
            "final",
            ("thomas.grabowski@hbn-ag.de", "katharina.lenz@hbn-ag.de"),
            forms=("Hafenbahn Nord", "HBN"),
        )
    )

    # Outlook, sent by an assistant on behalf of the board member
    d = (
        "Liebe Frau Petersen,\n\nim Auftrag von Frau Lührs sende ich Ihnen die Einladung zum persönlichen Gespräch "
        "zur Position Head of HR. Frau Lührs freut sich auf das Kennenlernen.\n\nHerzliche Grüße\n"
        "Anja Wendt\nAssistenz des Vorstands | Kontorhaus Immobilien AG"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D4E2F3A8BBDB01000000000000000010000000A1B2C3D4
DTSTAMP:20250407T121314Z
DTSTART;TZID=W. Europe Standard Time:20250414T163000
DTEND;TZID=W. Europe Standard Time:20250414T173000
SUMMARY:Gespräch Frau Petersen / Frau Lührs - Head of HR
{org("katrin.luehrs@kontorhaus-ag.de", "Lührs, Katrin", sent_by="a.wendt@kontorhaus-ag.de")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Kontorhaus Immobilien AG\\, Mönckebergstraße 7\\, 5. OG\\, Besprechungsraum Chilehaus
{desc(d)}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    out.append(
        ev(
            "outlook-sentby-hm-de",
            cal(OUTLOOK, body, tzids=("W. Europe Standard Time",)),
            1,
            "Kontorhaus Immobilien AG",
            "Head of HR",
            "hiring_manager",
            ("katrin.luehrs@kontorhaus-ag.de",),
            forms=("Kontorhaus Immobilien", "Kontorhaus"),
        )
    )

    # Google Calendar invite from the HR lead, German Meet boilerplate, no clear stage
    d = (
        "Hallo Jana,\nwie telefonisch besprochen unser zweites Gespräch, diesmal mit Ole aus der Geschäftsführung.\n\n"
        + MEET_DE
    )
    body = f"""BEGIN:VEVENT
DTSTART:20250409T080000Z
DTEND:20250409T090000Z
DTSTAMP:20250402T154512Z
{org("merle@zollhafen.digital", "Merle Achterberg")}
UID:6v0q2k8r1m3c5o7b9d1f3h5j7l@google.com
{att(ME_FREE, ME_FREE)}
{att("ole@zollhafen.digital", "Ole Janssen", ps="ACCEPTED", rsvp="FALSE")}
{att("merle@zollhafen.digital", "Merle Achterberg", ps="ACCEPTED", rsvp="FALSE")}
X-GOOGLE-CONFERENCE:https://meet.google.com/kzh-pwtr-eub
CREATED:20250402T154510Z
{desc(d)}
LAST-MODIFIED:20250402T154511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jana Petersen / Zollhafen Digital - People Lead
TRANSP:OPAQUE
END:VEVENT"""
    out.append(
        ev(
            "google-nostage-de",
            cal(GOOGLE, body, head="CALSCALE:GREGORIAN"),
            1,
            "Zollhafen Digital",
            "People Lead",
            "",
            ("ole@zollhafen.digital", "merle@zollhafen.digital"),
        )
    )

    # Apple Calendar, managing director on an iCloud address
    d1 = (
        "Moin Frau Petersen, wie am Telefon besprochen. Ich nehme mir gern zwei Stunden Zeit, danach "
        "zeige ich Ihnen die Häuser. Knut Feddersen, Geschäftsführer"
    )
    body = f"""BEGIN:VEVENT
CREATED:20250321T184455Z
UID:3B0C1F7E-5A2D-4C8B-9E41-6F2D7A8C0B19
DTEND;TZID=Europe/Berlin:20250327T120000
{att(ME_FREE, "Jana Petersen")}
TRANSP:OPAQUE
SUMMARY:Kennenlernen Personalleitung Wattenmeer Touristik
DTSTART;TZID=Europe/Berlin:20250327T103000
DTSTAMP:20250321T184512Z
LOCATION:Wattenmeer Touristik GmbH\\nHafenstraße 2\\n25980 Sylt
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SEQUENCE:0
{org("k.feddersen@icloud.com", "Knut Feddersen")}
{desc(d1)}
END:VEVENT"""
    out.append(
        ev(
            "apple-freemail-gf-de",
            cal("-//Apple Inc.//macOS 14.4.1//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Wattenmeer Touristik",
            "Personalleitung",
            "hiring_manager",
            ("k.feddersen@icloud.com",),
        )
    )

    # Thunderbird, entered by the user herself
    body = """BEGIN:VEVENT
CREATED:20250318T200112Z
LAST-MODIFIED:20250318T200155Z
DTSTAMP:20250318T200155Z
UID:c41e7a9d-2b1f-4d6e-8a03-59e1f0b7c2d4
SUMMARY:Interview Helgoland Foods - Personalleitung
DTSTART;TZID=Europe/Berlin:20250326T100000
DTEND;TZID=Europe/Berlin:20250326T113000
LOCATION:Helgoland Foods\\, Cuxhavener Str. 40\\, Cuxhaven
DESCRIPTION:Ansprechpartnerin Fr. Dr. Reents (GF)\\, Unterlagen + Zeugnisse
  mitnehmen. Bahn 7:32 ab Hbf.
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT"""
    out.append(
        ev(
            "thunderbird-own-de",
            cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", body, method=None, tzids=("Europe/Berlin",)),
            1,
            "Helgoland Foods",
            "Personalleitung",
            "",
            ("Dr. Reents",),
        )
    )

    # terse hand-typed phone call in Google
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250304T173000
DTEND;TZID=Europe/Berlin:20250304T180000
DTSTAMP:20250301T101500Z
UID:2n8d0fh3k5p7r9t1v3x5z7b9c1@google.com
CREATED:20250301T101455Z
DESCRIPTION:ruft mich an\\, Handy. HR-Leitung Sonnhof Hotels (6 Häuser Nord
 see)
LAST-MODIFIED:20250301T101455Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefoninterview Fr. Ahrens / Sonnhof
TRANSP:OPAQUE
END:VEVENT"""
    out.append(
        ev(
            "handtyped-phone-de",
            cal(GOOGLE, body, method="PUBLISH", tzids=("Europe/Berlin",)),
            1,
            "Sonnhof Hotels",
            "HR-Leitung",
            "recruiter_screen",
            ("Fr. Ahrens",),
            forms=("Sonnhof",),
        )
    )

    # headhunter introduces her to the client
    d = (
        "Liebe Frau Petersen,\n\nanbei die Einladung zum Gespräch bei unserem Mandanten, der Nordmark Bau AG, für die "
        "Position Bereichsleitung Personal (m/w/d). Sie treffen Herrn Dr. Kessler (CFO, an den die Position berichtet) "
        "und Frau Yıldız (Leitung Personalentwicklung). Ich begleite das Gespräch nicht, rufe Sie aber danach an.\n\n"
        "Beste Grüße\nJulia Lindemann\nLindemann Executive Partners"
    )
    body = f"""BEGIN:VEVENT
UID:LEP-2025-0418-NMB-petersen
DTSTAMP:20250411T101000Z
DTSTART;TZID=W. Europe Standard Time:20250418T100000
DTEND;TZID=W. Europe Standard Time:20250418T113000
SUMMARY:Nordmark Bau AG - Bereichsleitung Personal - Gespräch mit Dr. Kessler
{org("j.lindemann@lindemann-partners.de", "Lindemann, Julia")}
{att(ME_FREE, "Petersen, Jana")}
{att("r.kessler@nordmark-bau.de", "Kessler, Dr. Ralf")}
{att("d.yildiz@nordmark-bau.de", "Yıldız, Derya")}
LOCATION:Nordmark Bau AG\\, Hauptverwaltung Kiel\\, Wellingdorfer Str. 60
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "agency-client-hm-de",
            cal(OUTLOOK, body, tzids=("W. Europe Standard Time",)),
            1,
            "Nordmark Bau AG",
            "Bereichsleitung Personal (m/w/d)",
            "hiring_manager",
            ("r.kessler@nordmark-bau.de", "d.yildiz@nordmark-bau.de"),
            forms=("Nordmark Bau", "Nordmark"),
        )
    )
    return out
