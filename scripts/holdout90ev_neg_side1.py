"""holdout90 (part 1): the user on the hiring side at Elbe Logistik Gruppe (negatives; blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_WORK, att, cal, desc, ev, org

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
WEST = "W. Europe Standard Time"
TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen
Besprechungs-ID: 364 551 802 317
Passcode: Lg5rT8
________________________________________________________________________________"""


def _outlook(uid: str, start: str, end: str, summary: str, people: str, d: str, loc: str = "", seq: int = 0) -> str:
    return cal(
        OUTLOOK,
        f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T080000Z
DTSTART;TZID={WEST}:{start}
DTEND;TZID={WEST}:{end}
SUMMARY;LANGUAGE=de-DE:{summary}
{people}
LOCATION;LANGUAGE=de-DE:{loc}
{desc(d)}
SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""",
        tzids=(WEST,),
    )


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    # Personio interview the user organises for a dispatcher candidate on gmx
    d = (
        "Hallo Herr Albers,\n\nvielen Dank für Ihre Bewerbung als Disponent Nahverkehr (m/w/d) bei der Elbe Logistik "
        "Gruppe. Wir freuen uns auf das Gespräch mit Ihnen. Ihre Gesprächspartner: Jana Petersen (HR Business "
        "Partner) und Dirk Meinke (Niederlassungsleiter Billbrook).\n\nViele Grüße\nIhr Recruiting-Team"
    )
    body = f"""BEGIN:VEVENT
UID:personio-interview-5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a@elbe-logistik.jobs.personio.de
DTSTAMP:20250303T100000Z
DTSTART;TZID=Europe/Berlin:20250312T100000
DTEND;TZID=Europe/Berlin:20250312T110000
SUMMARY:Interview | Disponent Nahverkehr (m/w/d) | Kevin Albers
{org(ME_WORK, "Jana Petersen")}
{att("kevin.albers@gmx.de", "Kevin Albers")}
{att("d.meinke@elbe-logistik-gruppe.de", "Dirk Meinke")}
LOCATION:Niederlassung Billbrook\\, Besprechungsraum 1
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "personio-host-de",
            cal("-//Personio GmbH//Personio Recruiting//DE", body, tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-personio-de",
        )
    )

    # Outlook interview with a candidate on t-online
    people = "\n".join(
        [
            org(ME_WORK, "Petersen, Jana"),
            att("s.oezdemir@t-online.de", "Selin Özdemir"),
            att("k.brauer@elbe-logistik-gruppe.de", "Brauer, Kirsten"),
        ]
    )
    d = "Liebe Frau Özdemir,\nwie telefonisch besprochen hier die Einladung zum Vorstellungsgespräch.\n\n" + TEAMS_DE
    out.append(
        ev(
            "outlook-host-candidate-de",
            _outlook(
                "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000001000000012ABCDEF",
                "20250319T140000",
                "20250319T150000",
                "Vorstellungsgespräch Frau Özdemir - Personalreferentin (m/w/d)",
                people,
                d,
                "Microsoft Teams-Besprechung",
            ),
            0,
            trap="user-as-interviewer-freemail-candidate-de",
        )
    )

    # assessment centre, the user as observer
    people = "\n".join(
        [
            org("t.kaminski@elbe-logistik-gruppe.de", "Kaminski, Tobias"),
            att(ME_WORK, "Petersen, Jana"),
            att("r.aden@elbe-logistik-gruppe.de", "Aden, Dr. Rolf"),
            att("m.schulte@elbe-logistik-gruppe.de", "Schulte, Maike"),
        ]
    )
    d = (
        "Liebe Beobachterinnen und Beobachter,\n\nanbei der Termin für das AC Nachwuchsführungskräfte "
        "(6 Teilnehmende). "
        "Beobachterbriefing 08:00, Übungen ab 09:00, Beobachterkonferenz ab 16:00. Beobachtungsbögen liegen im "
        "Raum aus.\n\nGruß Tobias"
    )
    out.append(
        ev(
            "ac-observer-de",
            _outlook(
                "ELG-AC-NFK-2025-1",
                "20250409T080000",
                "20250409T173000",
                "Assessment Center Nachwuchsführungskräfte - Beobachter",
                people,
                d,
                "Zentrale\\, Schulungszentrum EG",
            ),
            0,
            trap="user-as-interviewer-ac-observer-de",
        )
    )

    # scorecard block
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250312T113000
DTEND;TZID=Europe/Berlin:20250312T120000
DTSTAMP:20250310T070000Z
UID:1q3s5u7w9y1a3c5e7g9i1k3m5o@google.com
SUMMARY:Bewertungsbogen ausfüllen - Kandidat Albers (Disponent)
DESCRIPTION:Feedback in Personio bis 14 Uhr\\, Dirk erinnern
END:VEVENT"""
    out.append(
        ev(
            "scorecard-block-de",
            cal("-//Google Inc//Google Calendar 70.9054//EN", body, method="PUBLISH", tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-scorecard-de",
        )
    )

    # debrief
    people = "\n".join(
        [
            org(ME_WORK, "Petersen, Jana"),
            att("f.harms@elbe-logistik-gruppe.de", "Harms, Frank"),
            att("l.nowak@elbe-logistik-gruppe.de", "Nowak, Lena"),
        ]
    )
    d = "Kurzer Abgleich nach den drei Zweitgesprächen (Hr. Demir, Fr. Lange, Hr. Sommer). Entscheidung + Angebot."
    out.append(
        ev(
            "debrief-de",
            _outlook(
                "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB0100000000000000001000000034CDEF01",
                "20250402T160000",
                "20250402T163000",
                "Debrief Auswahlverfahren Teamleitung Zollabwicklung",
                people,
                d,
                "Raum 3.11",
            ),
            0,
            trap="user-as-interviewer-debrief-de",
        )
    )

    # Danish panel at the Padborg site, candidate on hotmail.dk
    d = (
        "Kære Morten\n\nTak for din ansøgning som transportchef i Padborg. Du skal til samtale med Jana Petersen "
        "(HR) og Kim Thomsen (filialchef). Mødet foregår på Teams.\n\nVenlig hilsen\nJana Petersen\n"
        "Elbe Logistik Gruppe"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB0100000000000000001000000056EF0123
DTSTAMP:20250324T090000Z
DTSTART;TZID=Romance Standard Time:20250403T100000
DTEND;TZID=Romance Standard Time:20250403T110000
SUMMARY;LANGUAGE=da-DK:Jobsamtale - transportchef Padborg - Morten Lund
{org(ME_WORK, "Jana Petersen")}
{att("morten.lund78@hotmail.dk", "Morten Lund")}
{att("kim.thomsen@elbe-logistik-gruppe.dk", "Kim Thomsen")}
LOCATION:Microsoft Teams-møde
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "panel-host-da",
            cal(OUTLOOK, body, tzids=("Romance Standard Time",)),
            0,
            trap="user-as-interviewer-panel-da",
        )
    )

    # shadowing: a junior colleague sits in on the user's interviews
    people = "\n".join(
        [
            org("t.wiegand@elbe-logistik-gruppe.de", "Wiegand, Tim"),
            att(ME_WORK, "Petersen, Jana"),
        ]
    )
    d = (
        "Hi Jana, wie besprochen hospitiere ich bei deinen beiden Interviews (Lagerleitung Hamburg-Süd). "
        "Ich mache nur Notizen. Danke! Tim"
    )
    out.append(
        ev(
            "shadowing-de",
            _outlook(
                "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB010000000000000000100000007801ABCD",
                "20250408T130000",
                "20250408T160000",
                "Shadowing: Interviews Lagerleitung (Tim hospitiert bei Jana)",
                people,
                d,
                "Standort Hamburg-Süd",
            ),
            0,
            trap="user-as-interviewer-shadowing-de",
        )
    )

    # Calendly with the user as host
    d = (
        "Eingeladene Person: Lea Sanders\nE-Mail: lea.sanders97@gmail.com\n"
        "Veranstaltungstyp: Kennenlerngespräch Ausbildung Kaufleute für Spedition und Logistikdienstleistung\n"
        "Frage: Was möchten Sie vorab fragen? - Gibt es die Möglichkeit eines dualen Studiums?"
    )
    body = f"""BEGIN:VEVENT
UID:calendly-2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b
DTSTAMP:20250314T110000Z
DTSTART:20250318T140000Z
DTEND:20250318T142000Z
SUMMARY:Lea Sanders und Jana Petersen
{org(ME_WORK, "Jana Petersen")}
{att("lea.sanders97@gmail.com", "Lea Sanders")}
LOCATION:Telefon: Jana ruft an unter +49 176 3391 0287
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "calendly-host-de",
            cal("-//Calendly//Calendly//EN", body),
            0,
            trap="user-as-interviewer-calendly-host-de",
        )
    )

    # agency sends its candidate to the user
    d = (
        "Sehr geehrte Frau Petersen,\n\nwie besprochen stellen wir Ihnen Herrn Marco Wendt für die Position "
        "Niederlassungsleiter Bremen vor. Herr Wendt nimmt den Termin bei Ihnen vor Ort wahr; das Profil haben Sie "
        "per Mail erhalten.\n\nMit freundlichen Grüßen\nSandra Keller\nNordpersonal GmbH - Personalberatung"
    )
    body = f"""BEGIN:VEVENT
UID:NP-2025-3381-wendt-elg
DTSTAMP:20250321T090000Z
DTSTART;TZID=Europe/Berlin:20250326T150000
DTEND;TZID=Europe/Berlin:20250326T163000
SUMMARY:Kandidatenvorstellung Hr. Wendt - Niederlassungsleiter Bremen (Elbe Logistik)
{org("s.keller@nordpersonal.de", "Sandra Keller")}
{att(ME_WORK, "Jana Petersen")}
{att("marco.wendt@web.de", "Marco Wendt")}
LOCATION:Elbe Logistik Gruppe\\, Zentrale Hamburg
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "agency-sends-candidate-de",
            cal("-//Nordpersonal//Kalender//DE", body, tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-agency-candidate-de",
        )
    )

    # hand-typed
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250317T073000
DTEND;TZID=Europe/Berlin:20250317T081500
DTSTAMP:20250313T160000Z
UID:3s5u7w9y1a3c5e7g9i1k3m5o7q@google.com
SUMMARY:VG Hr. Yilmaz (Schichtleiter Lager) - Raum 2.07
END:VEVENT"""
    out.append(
        ev(
            "handtyped-vg-host-de",
            cal("-//Google Inc//Google Calendar 70.9054//EN", body, method="PUBLISH", tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-handtyped-de",
        )
    )
    return out
