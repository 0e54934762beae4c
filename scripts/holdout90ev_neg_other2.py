"""holdout90 (part 2): other negatives - work meetings, own appraisal, chats, prep (blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_FREE, ME_WORK, att, cal, desc, ev, org

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
WEST = "W. Europe Standard Time"


def _o(uid: str, start: str, end: str, summary: str, people: list[str], d: str, loc: str = "") -> str:
    lines = "\n".join(people)
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250304T080000Z
DTSTART;TZID={WEST}:{start}
DTEND;TZID={WEST}:{end}
SUMMARY:{summary}
{lines}
LOCATION:{loc}
{desc(d)}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return cal(OUTLOOK, body, tzids=(WEST,))


def _g(uid: str, start: str, end: str, summary: str, d: str, tzid: str = "Europe/Berlin") -> str:
    body = f"""BEGIN:VEVENT
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
DTSTAMP:20250302T080000Z
UID:{uid}
SUMMARY:{summary}
{desc(d)}
END:VEVENT"""
    return cal(GOOGLE, body, method="PUBLISH", tzids=(tzid,))


def _uid(n: int) -> str:
    return f"040000008200E00074C5B7101A82E00800000000{n:08X}DB01000000000000000010000000{n * 7919:08X}"


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    me = att(ME_WORK, "Petersen, Jana")
    boss = org("r.aden@elbe-logistik-gruppe.de", "Aden, Dr. Rolf")

    out.append(
        ev(
            "jour-fixe-de",
            _o(
                _uid(0x1A01),
                "20250407T090000",
                "20250407T100000",
                "Jour fixe HR / Geschäftsführung",
                [boss, me],
                "Themen: Tarifrunde, Personalplanung Q3, Fluktuation Lager, Stand Besetzungen.",
                "GF-Besprechungsraum",
            ),
            0,
            trap="internal-meeting-de",
        )
    )

    d = (
        "Liebe Jana,\nwie jedes Jahr unser Jahresgespräch: Rückblick 2024, Ziele 2025, deine Entwicklung. "
        "Bitte den Vorbereitungsbogen vorab ausfüllen.\nRolf"
    )
    out.append(
        ev(
            "own-appraisal-de",
            _o(
                _uid(0x1A02),
                "20250319T100000",
                "20250319T113000",
                "Jahresgespräch Jana Petersen / Dr. Rolf Aden",
                [boss, me],
                d,
                "Büro R. Aden",
            ),
            0,
            trap="own-appraisal-de",
        )
    )

    d = "Exit-Interview (Leitfaden v3): Gründe, Führung, Verbesserungsvorschläge. Letzter Arbeitstag 30.04."
    out.append(
        ev(
            "exit-interview-host-de",
            _o(
                _uid(0x1A03),
                "20250424T140000",
                "20250424T144500",
                "Exit-Interview Hr. Baumann (Disposition)",
                [org(ME_WORK, "Petersen, Jana"), att("t.baumann@elbe-logistik-gruppe.de", "Baumann, Thomas")],
                d,
                "Raum 2.07",
            ),
            0,
            trap="exit-interview-host-de",
        )
    )

    d = "Mitarbeitergespräch mit Sandra (HR-Referentin im Team): Zielerreichung, Weiterbildung Arbeitsrecht."
    out.append(
        ev(
            "appraisal-host-de",
            _o(
                _uid(0x1A04),
                "20250326T130000",
                "20250326T143000",
                "Mitarbeitergespräch Sandra Kowalczyk",
                [org(ME_WORK, "Petersen, Jana"), att("s.kowalczyk@elbe-logistik-gruppe.de", "Kowalczyk, Sandra")],
                d,
                "Raum 3.04",
            ),
            0,
            trap="appraisal-host-de",
        )
    )

    # informational coffee chat with a people lead at a company she also interviews with
    d = (
        "Hi Jana, freu mich! Ganz informell - ich erzähl dir, wie es bei Lumera so ist, und du mir von der "
        "Logistik. Birte"
    )
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250331T083000
DTEND;TZID=Europe/Berlin:20250331T091500
DTSTAMP:20250326T200000Z
{org("birte.kahl@gmail.com", "Birte Kahl")}
UID:7g9i1k3m5o7q9s1u3w5y7a9c1e@google.com
{att(ME_FREE, ME_FREE)}
{desc(d)}
LOCATION:Café Elbgold\\, Mühlenkamp
SUMMARY:Kaffee Birte (People @ Lumera) - Austausch
END:VEVENT"""
    out.append(ev("coffee-chat-de", cal(GOOGLE, body, tzids=("Europe/Berlin",)), 0, trap="coffee-chat-de"))

    # reference call, the user as referee
    d = (
        "Sehr geehrte Frau Petersen,\nHerr Tobias Renner hat Sie als Referenz angegeben. Vielen Dank, dass Sie sich "
        "15 Minuten für ein kurzes Referenzgespräch zu seiner Zeit als Teamleiter Lager bei Ihnen nehmen.\n"
        "Beste Grüße\nJasmin Otte\nTalentbrücke Personalberatung"
    )
    body = f"""BEGIN:VEVENT
UID:tb-ref-renner-20250402
DTSTAMP:20250328T110000Z
DTSTART;TZID=Europe/Berlin:20250402T121500
DTEND;TZID=Europe/Berlin:20250402T123000
SUMMARY:Referenzgespräch Tobias Renner
{org("j.otte@talentbruecke.de", "Jasmin Otte")}
{att(ME_WORK, "Jana Petersen")}
LOCATION:Telefon
{desc(d)}
END:VEVENT"""
    out.append(ev("reference-referee-de", cal(OUTLOOK, body, tzids=("Europe/Berlin",)), 0, trap="reference-referee-de"))

    # headhunter call naming no employer
    d = (
        "Liebe Frau Petersen,\nvielen Dank für Ihr Interesse. Wie angekündigt möchte ich Ihnen ein vertrauliches "
        "Mandat vorstellen: HR-Leitung bei einem inhabergeführten Logistikunternehmen in Norddeutschland "
        "(ca. 1.800 MA). Den Namen nenne ich Ihnen im Gespräch.\nBeste Grüße\nDr. Felix Amsinck"
    )
    body = f"""BEGIN:VEVENT
UID:amsinck-search-2025-0311-jp
DTSTAMP:20250307T090000Z
DTSTART;TZID=Europe/Berlin:20250311T180000
DTEND;TZID=Europe/Berlin:20250311T183000
SUMMARY:Telefonat vertrauliches Mandat HR-Leitung
{org("f.amsinck@amsinck-search.de", "Dr. Felix Amsinck")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Telefon
{desc(d)}
END:VEVENT"""
    out.append(
        ev("recruiter-no-employer-de", cal(OUTLOOK, body, tzids=("Europe/Berlin",)), 0, trap="recruiter-no-employer-de")
    )

    d = "Hi Jana, quick chat about a confidential Head of HR search in Copenhagen (Nordic scale-up). Sarah"
    body = f"""BEGIN:VEVENT
UID:calendly-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
DTSTAMP:20250402T140000Z
DTSTART:20250404T110000Z
DTEND:20250404T113000Z
SUMMARY:Jana Petersen and Sarah Whitmore
{org("sarah@haywardtalent.co.uk", "Sarah Whitmore")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Phone call
{desc("Event type: 30 min chat - Hayward Talent" + chr(10) + d)}
END:VEVENT"""
    out.append(
        ev("recruiter-no-employer-en", cal("-//Calendly//Calendly//EN", body), 0, trap="recruiter-no-employer-en")
    )

    out.append(
        ev(
            "prep-block-de",
            _g(
                "9i1k3m5o7q9s1u3w5y7a9c1e3g@google.com",
                "20250415T190000",
                "20250415T213000",
                "Vorbereitung Case Study Freightwise",
                "Folien People Strategy, Zahlen aus Glassdoor/LinkedIn, 20 Min Timing üben",
            ),
            0,
            trap="prep-block-de",
        )
    )

    out.append(
        ev(
            "prep-block-en",
            _g(
                "1k3m5o7q9s1u3w5y7a9c1e3g5i@google.com",
                "20250513T063000",
                "20250513T070000",
                "Prep: Tessaro virtual onsite - STAR stories + questions",
                "Questions for Rita: HRBP ratio, works council set-up in DE/DK",
            ),
            0,
            trap="prep-block-en",
        )
    )

    # Danish class
    body = f"""BEGIN:VEVENT
UID:dansk-modul3-2025-03-petersen@sprogskole-flensborg.dk
DTSTAMP:20250220T100000Z
DTSTART;TZID=Europe/Copenhagen:20250304T183000
DTEND;TZID=Europe/Copenhagen:20250304T203000
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU
SUMMARY:Danskundervisning - modul 3 (online)
{org("kursus@sprogskole-flensborg.dk", "Sprogskolen Flensborg")}
{att(ME_FREE, "Jana Petersen")}
{desc("Modul 3: jobsamtale og arbejdsliv i Danmark - ordforråd, rollespil i par.")}
END:VEVENT"""
    out.append(ev("danish-class-da", cal(GOOGLE, body, tzids=("Europe/Copenhagen",)), 0, trap="class-da"))

    # Danish webinar about job interviews in Denmark
    d = (
        'Tak for din tilmelding til webinaret "Sådan fungerer jobsamtalen i Danmark" for internationale '
        "ansøgere. Link: https://workindenmark-events.zoom.us/w/91188203345"
    )
    body = f"""BEGIN:VEVENT
UID:wid-webinar-2025-0320-91188203345
DTSTAMP:20250312T100000Z
DTSTART;TZID=Europe/Copenhagen:20250320T150000
DTEND;TZID=Europe/Copenhagen:20250320T160000
SUMMARY:Webinar: Sådan fungerer jobsamtalen i Danmark
{org("events@workindenmark-events.dk", "Work in Denmark Events")}
{att(ME_FREE, "Jana Petersen")}
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "webinar-jobinterview-da",
            cal("-//Zoom Video Communications//Zoom Webinar//EN", body, tzids=("Europe/Copenhagen",)),
            0,
            trap="webinar-da",
        )
    )

    # English workshop on interviewing for hiring managers
    d = (
        "Workshop: Competency-based interviewing for hiring managers (module 2 of the ELG leadership programme). "
        "Trainer: Amelia Shaw, Shaw People Consulting."
    )
    out.append(
        ev(
            "workshop-interviewing-en",
            _o(
                _uid(0x1A05),
                "20250506T090000",
                "20250506T123000",
                "Workshop: Competency-based interviewing (module 2)",
                [org("academy@elbe-logistik-gruppe.de", "ELG Academy"), me],
                d,
                "Training centre, room 1",
            ),
            0,
            trap="workshop-en",
        )
    )

    d = "TOP 1 Personalplanung Q3, TOP 2 Schichtmodell Lager Süd, TOP 3 Einstellungen nach § 99 BetrVG."
    out.append(
        ev(
            "works-council-de",
            _o(
                _uid(0x1A06),
                "20250429T090000",
                "20250429T120000",
                "Betriebsratssitzung - Monatsgespräch mit Arbeitgeber",
                [org("betriebsrat@elbe-logistik-gruppe.de", "Betriebsrat ELG"), me],
                d,
                "BR-Büro",
            ),
            0,
            trap="internal-meeting-works-council-de",
        )
    )

    d = "Entretien annuel de Marie Lefèvre (assistante RH, site de Strasbourg) : bilan 2024, objectifs 2025."
    out.append(
        ev(
            "appraisal-host-fr",
            _o(
                _uid(0x1A07),
                "20250318T100000",
                "20250318T110000",
                "Entretien annuel - Marie Lefèvre",
                [org(ME_WORK, "Petersen, Jana"), att("m.lefevre@elbe-logistik-gruppe.fr", "Lefèvre, Marie")],
                d,
                "Teams",
            ),
            0,
            trap="appraisal-host-fr",
        )
    )

    d = "Entrevista de salida con Javier Morales (almacén Valencia). Último día 15/05. Guion en la carpeta de RR. HH."
    out.append(
        ev(
            "exit-interview-host-es",
            _o(
                _uid(0x1A08),
                "20250512T120000",
                "20250512T123000",
                "Entrevista de salida - Javier Morales",
                [org(ME_WORK, "Petersen, Jana"), att("j.morales@elbe-logistik-gruppe.es", "Morales, Javier")],
                d,
                "Teams",
            ),
            0,
            trap="exit-interview-host-es",
        )
    )

    out.append(
        ev(
            "career-fair-visit-de",
            _g(
                "3m5o7q9s1u3w5y7a9c1e3g5i7k@google.com",
                "20250517T100000",
                "20250517T140000",
                "Karrieremesse Women in Leadership (Besuch)",
                "Ticket im Wallet. Stände: Reedereien, Versicherer. Netzwerken!",
            ),
            0,
            trap="job-fair-visitor-de",
        )
    )

    d = (
        "Liebe Frau Petersen, danke, dass Sie sich für ein Experteninterview für meine Masterarbeit "
        "(Employer Branding im Mittelstand) Zeit nehmen. Dauer ca. 45 Minuten. Viele Grüße, Lina Brockmann"
    )
    body = f"""BEGIN:VEVENT
UID:lina-brockmann-ma-interview-04
DTSTAMP:20250325T100000Z
DTSTART;TZID=Europe/Berlin:20250403T160000
DTEND;TZID=Europe/Berlin:20250403T164500
SUMMARY:Experteninterview Masterarbeit (L. Brockmann)
{org("lina.brockmann@studium.uni-hamburg.de", "Lina Brockmann")}
{att(ME_WORK, "Jana Petersen")}
LOCATION:Zoom
{desc(d)}
END:VEVENT"""
    out.append(
        ev("research-interview-de", cal(GOOGLE, body, tzids=("Europe/Berlin",)), 0, trap="research-interview-de")
    )
    return out
