"""holdout90 (part 2): more of the user's own interviews (Danish, English, agencies, time shapes; blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_FREE, att, cal, desc, ev, org

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 392 118 406 527
Passcode: Hq8vZ2
Download Teams | Join on the web
________________________________________________________________________________"""


def _g(uid: str, start: str, end: str, summary: str, organizer: str, attendees: str, d: str, loc: str = "") -> str:
    return f"""BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:20250301T090000Z
{organizer}
UID:{uid}
{attendees}
{desc(d)}
LOCATION:{loc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    # iOS, typed by the user, two names
    body = """BEGIN:VEVENT
UID:A7C1E3F5-0B2D-4F6A-8C9E-1D3B5F7A9C0E
DTSTAMP:20250407T183000Z
DTSTART;TZID=Europe/Berlin:20250416T080000
DTEND;TZID=Europe/Berlin:20250416T093000
SUMMARY:2. Gespräch Lohse Logistik\\, Hr. Lohse + Fr. Brinkmann
LOCATION:Lohse Logistik\\, Hansestr. 9\\, Stade
END:VEVENT"""
    out.append(
        ev(
            "ios-typed-second-de",
            cal("-//Apple Inc.//iPhone OS 17.4.1//EN", body, method=None, tzids=("Europe/Berlin",)),
            1,
            "Lohse Logistik",
            "",
            "",
            ("Hr. Lohse", "Fr. Brinkmann"),
        )
    )

    # case presentation, Copenhagen
    d = (
        "Dear Jana,\nFor the next step we ask you to present your approach to workforce planning for our new "
        "fill-finish plant (case material attached). Panel: Ulla Kjær (VP HR) and Jesper Rask (Plant Director).\n\n"
        + TEAMS_EN
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB01000000000000000010000000DDEEFF00
DTSTAMP:20250414T073000Z
DTSTART;TZID=Romance Standard Time:20250428T130000
DTEND;TZID=Romance Standard Time:20250428T143000
SUMMARY:Case presentation: workforce planning - HR Business Partner Lead
{org("ukj@oresundpharma.com", "Ulla Kjær")}
{att(ME_FREE, "Jana Petersen")}
{att("jra@oresundpharma.com", "Jesper Rask")}
LOCATION:Microsoft Teams Meeting
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "outlook-case-en",
            cal(OUTLOOK, body, tzids=("Romance Standard Time",)),
            1,
            "Øresund Pharma",
            "HR Business Partner Lead",
            "technical",
            ("ukj@oresundpharma.com", "jra@oresundpharma.com"),
        )
    )

    # hand-typed with an abbreviation
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250305T150000
DTEND;TZID=Europe/Berlin:20250305T160000
DTSTAMP:20250302T090000Z
UID:9z1b3d5f7h9j1l3n5p7r9t1v3x@google.com
DESCRIPTION:NHR = Nordhafen Reederei. Personalleiter Fr. Schoon\\, per Teams
SUMMARY:Interview NHR (HR Manager Crewing & Shore)
END:VEVENT"""
    out.append(
        ev(
            "handtyped-abbrev-de",
            cal(GOOGLE, body, method="PUBLISH", tzids=("Europe/Berlin",)),
            1,
            "Nordhafen Reederei",
            "HR Manager Crewing & Shore",
            "",
            ("Fr. Schoon",),
            forms=("NHR",),
        )
    )

    # Workable in German
    body = f"""BEGIN:VEVENT
UID:workable-event-72e1d8b8f3c2eab14d2a6f3b
DTSTAMP:20250324T100000Z
DTSTART:20250401T070000Z
DTEND:20250401T080000Z
SUMMARY:Interview mit Kaltenbach Tiefkühl für Head of HR (m/w/d)
{org("kaltenbach-tiefkuehl@ats.workablemail.com", "Kaltenbach Tiefkühl")}
{att(ME_FREE, "Jana Petersen")}
{att("b.kaltenbach@kaltenbach-tk.de", "Benedikt Kaltenbach")}
{desc("Hallo Jana, du sprichst mit Benedikt Kaltenbach (Geschäftsführer). Ort: Werk Neumünster, Empfang.")}
END:VEVENT"""
    out.append(
        ev(
            "workable-hm-de",
            cal("-//Workable//Workable Calendar//EN", body),
            1,
            "Kaltenbach Tiefkühl",
            "Head of HR (m/w/d)",
            "hiring_manager",
            ("b.kaltenbach@kaltenbach-tk.de",),
            forms=("Kaltenbach",),
        )
    )

    # Calendly intro call with the company's talent head
    d1 = (
        "Event Name: Intro call - Head of People (Loopline)\nScheduled via Calendly. Aisha Rahman is "
        "Head of Talent at Loopline GmbH."
    )
    body = f"""BEGIN:VEVENT
UID:calendly-9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a
DTSTAMP:20250306T130000Z
DTSTART:20250312T090000Z
DTEND:20250312T093000Z
SUMMARY:Intro call - Head of People: Jana Petersen and Aisha Rahman
{org("aisha@loopline.io", "Aisha Rahman")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:https://loopline.zoom.us/j/95510273349
{desc(d1)}
END:VEVENT"""
    out.append(
        ev(
            "calendly-intro-en",
            cal("-//Calendly//Calendly//EN", body),
            1,
            "Loopline",
            "Head of People",
            "recruiter_screen",
            ("aisha@loopline.io",),
        )
    )

    # hospital with d.vinci
    d = (
        "Sehr geehrte Frau Petersen,\nwir laden Sie herzlich zum Vorstellungsgespräch für die Position Leitung "
        "Personalwesen (m/w/d) ein. Gesprächspartner: Herr Dr. Tammen (Geschäftsführer), Frau Albers "
        "(Betriebsratsvorsitzende).\nMit freundlichen Grüßen\nElbe-Weser Kliniken gGmbH - Personalabteilung"
    )
    body = f"""BEGIN:VEVENT
UID:dvinci-termin-31877-5582@elbe-weser-kliniken.dvinci-easy.com
DTSTAMP:20250416T080000Z
DTSTART;TZID=Europe/Berlin:20250506T090000
DTEND;TZID=Europe/Berlin:20250506T103000
SUMMARY:Vorstellungsgespräch Leitung Personalwesen
{org("bewerbung@elbe-weser-kliniken.de", "Elbe-Weser Kliniken Bewerbermanagement")}
{att(ME_FREE, "Jana Petersen")}
{att("geschaeftsfuehrung@elbe-weser-kliniken.de", "Dr. Jan Tammen")}
{att("betriebsrat@elbe-weser-kliniken.de", "Wiebke Albers")}
LOCATION:Klinikum Bremerhaven-Nord\\, Verwaltung\\, Raum 2.14
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "dvinci-hm-de",
            cal("-//d.vinci HR-Systems//d.vinci easy//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Elbe-Weser Kliniken",
            "Leitung Personalwesen (m/w/d)",
            "hiring_manager",
            ("geschaeftsfuehrung@elbe-weser-kliniken.de", "betriebsrat@elbe-weser-kliniken.de"),
        )
    )

    # Lever onsite in Copenhagen
    body = f"""BEGIN:VEVENT
UID:lever-interview-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f
DTSTAMP:20250502T120000Z
DTSTART;TZID=Europe/Copenhagen:20250512T093000
DTEND;TZID=Europe/Copenhagen:20250512T140000
SUMMARY:Onsite: Meet the team - Head of People (Shiplink)
{org("no-reply@hire.lever.co", "Shiplink Talent (via Lever)")}
{att(ME_FREE, "Jana Petersen")}
{att("anna.winther@shiplink.dk", "Anna Winther")}
{att("k.obi@shiplink.dk", "Kelechi Obi")}
{att("lars@shiplink.dk", "Lars Engberg")}
LOCATION:Shiplink ApS\\, Applebys Plads 7\\, Copenhagen
{desc("Agenda: 09:30 Anna Winther (CFO), 10:30 Kelechi Obi (VP Engineering), 11:30 lunch, 12:30 Lars Engberg (CEO).")}
END:VEVENT"""
    out.append(
        ev(
            "lever-onsite-en",
            cal("-//Lever//Lever Hire//EN", body, tzids=("Europe/Copenhagen",)),
            1,
            "Shiplink",
            "Head of People",
            "onsite",
            ("anna.winther@shiplink.dk", "k.obi@shiplink.dk", "lars@shiplink.dk"),
        )
    )

    # Greenhouse in German
    d2 = (
        "Dein Fachinterview bei Klarwerk mit Moritz Hollmann (Head of People). Svenja Ebert "
        "(Recruiting Coordinator) schickt dir vorab die Fallstudie. Google Meet: "
        "https://meet.google.com/klw-fach-int"
    )
    body = f"""BEGIN:VEVENT
UID:greenhouse-sched-41177310-4@klarwerk.de
DTSTAMP:20250423T100000Z
DTSTART;TZID=Europe/Berlin:20250429T110000
DTEND;TZID=Europe/Berlin:20250429T120000
SUMMARY:Fachinterview: Senior People Partner (m/w/d) - Jana Petersen
{org("recruiting@klarwerk.de", "Klarwerk Recruiting")}
{att(ME_FREE, "Jana Petersen")}
{att("m.hollmann@klarwerk.de", "Moritz Hollmann")}
{att("s.ebert@klarwerk.de", "Svenja Ebert", role="OPT-PARTICIPANT")}
LOCATION:Google Meet
{desc(d2)}
END:VEVENT"""
    out.append(
        ev(
            "greenhouse-technical-de",
            cal("-//Greenhouse Software//Greenhouse//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Klarwerk Software",
            "Senior People Partner (m/w/d)",
            "technical",
            ("m.hollmann@klarwerk.de",),
            forms=("Klarwerk",),
        )
    )

    # recurring two-day assessment centre with an override of day 2
    common = f"""{org("assessment@transeuropa-logistik.eu", "TransEuropa Logistik SE - Talent Assessment")}
{att(ME_FREE, "Jana Petersen")}
{att("v.marek@transeuropa-logistik.eu", "Vojtěch Marek")}
{att("g.hansen@transeuropa-logistik.eu", "Gesa Hansen")}
LOCATION:TransEuropa Campus Hamburg\\, Ausschläger Elbdeich 62"""
    d = (
        "Zweitägiges Assessment Center für die Position Head of HR Operations (m/w/d). Tag 1: Präsentation, "
        "Gruppenübung, Interview mit Vojtěch Marek (COO). Tag 2: Fallstudie und Abschlussgespräch mit Gesa Hansen "
        "(Chief People Officer)."
    )
    body = f"""BEGIN:VEVENT
UID:TEL-AC-2025-HRO-petersen
DTSTAMP:20250505T090000Z
DTSTART;TZID=Europe/Berlin:20250526T090000
DTEND;TZID=Europe/Berlin:20250526T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Assessment Center Head of HR Operations - TransEuropa Logistik
{common}
{desc(d)}
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:TEL-AC-2025-HRO-petersen
RECURRENCE-ID;TZID=Europe/Berlin:20250527T090000
DTSTAMP:20250512T090000Z
DTSTART;TZID=Europe/Berlin:20250527T083000
DTEND;TZID=Europe/Berlin:20250527T130000
SUMMARY:Assessment Center Head of HR Operations - TransEuropa Logistik (Tag 2\\, verkürzt)
{common}
{desc(d + " Tag 2 beginnt um 08:30 und endet bereits um 13:00.")}
SEQUENCE:1
END:VEVENT"""
    out.append(
        ev(
            "recurring-ac-override-de",
            cal(OUTLOOK, body, tzids=("Europe/Berlin",)),
            1,
            "TransEuropa Logistik",
            "Head of HR Operations (m/w/d)",
            "onsite",
            ("v.marek@transeuropa-logistik.eu", "g.hansen@transeuropa-logistik.eu"),
            forms=("TransEuropa",),
        )
    )

    # Personio phone screen, German
    body = f"""BEGIN:VEVENT
UID:personio-interview-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@speicherstadt-kaffee.jobs.personio.de
DTSTAMP:20250311T100000Z
DTSTART;TZID=Europe/Berlin:20250314T090000
DTEND;TZID=Europe/Berlin:20250314T093000
SUMMARY:Telefoninterview - HR Business Partner (Senior) (m/w/d)
{org("jobs@speicherstadt-kaffee.de", "Speicherstadt Kaffeerösterei")}
{att(ME_FREE, "Jana Petersen")}
{att("t.claussen@speicherstadt-kaffee.de", "Tina Claußen")}
{desc("Hallo Jana, Tina Claußen aus unserem People-Team ruft dich an. Dauer ca. 30 Minuten.")}
END:VEVENT"""
    out.append(
        ev(
            "personio-phone-de",
            cal("-//Personio GmbH//Personio Recruiting//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Speicherstadt Kaffeerösterei",
            "HR Business Partner (Senior) (m/w/d)",
            "recruiter_screen",
            ("t.claussen@speicherstadt-kaffee.de",),
            forms=("Speicherstadt Kaffee",),
        )
    )
    return out
