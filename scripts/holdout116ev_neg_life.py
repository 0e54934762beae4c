# ruff: noqa: E501
"""holdout116 negatives: personal appointments, work routine, appraisal and the user's own branch life."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, ME_WORK, cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
SKD = "sparkasse-leipzig-muldental.de"


def _g(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", extra: str = "") -> str:
    """A plain Google/Apple entry the user typed herself."""
    lines = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{start}" if "T" in start else f"DTSTART;VALUE=DATE:{start}",
        f"DTEND;TZID=Europe/Berlin:{end}" if "T" in end else f"DTEND;VALUE=DATE:{end}",
        "DTSTAMP:20260301T120000Z",
        f"UID:{uid}",
        f"DESCRIPTION:{desc}" if desc else "",
        f"LOCATION:{loc}" if loc else "",
        f"SUMMARY:{summary}",
        extra,
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return "\n".join(ln for ln in lines if ln)


def _o(uid: str, summary: str, start: str, end: str, org: str, atts: list[str], desc: str = "", loc: str = "") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={org}",
        *[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}" for a in atts],
        f"DESCRIPTION;LANGUAGE=de-DE:{desc}" if desc else "",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=de-DE:{summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        "DTSTAMP:20260302T070000Z",
        "STATUS:CONFIRMED",
        f"LOCATION;LANGUAGE=de-DE:{loc}" if loc else "",
        "END:VEVENT",
    ]
    return "\n".join(ln for ln in lines if ln)


def events() -> list[dict[str, str]]:
    out = []
    me = f'"Vogel, Katrin":mailto:{ME_WORK}'
    fl = f'"Seidel, Martin":mailto:martin.seidel@{SKD}'

    def add(kind: str, text: str, uid: str, trap: str) -> None:
        out.append(item(kind, text, uid, 0, trap=trap))

    uid = "zahnarzt-1f2e3d4c5b6a@google.com"
    add("dentist-de", cal(_g(uid, "Zahnarzt Dr. Kühn – Kontrolle + PZR", "20260316T073000", "20260316T083000",
                             "Bonusheft mitnehmen", "Praxis Dr. Kühn\\, Karl-Liebknecht-Str. 45\\, Leipzig"), GOOGLE, "", "berlin"),
        uid, "personal-dentist-de")

    uid = "kita-elterngespraech-7a8b9c@google.com"
    add("kita-de", cal(_g(uid, "Entwicklungsgespräch Kita Sonnenblume (Emil)", "20260319T161500", "20260319T170000",
                          "mit Fr. Haubold (Bezugserzieherin)\\; Tom kommt auch", "Kita Sonnenblume"), GOOGLE, "", "berlin"),
        uid, "personal-kita-talk-de")

    uid = "buergeramt-2026-004471@termine.leipzig.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260305T101000Z
    DTSTART;TZID=Europe/Berlin:20260320T081500
    DTEND;TZID=Europe/Berlin:20260320T083000
    SUMMARY:Termin Bürgeramt Leipzig-Grünau: Personalausweis beantragen
    DESCRIPTION:Ihre Vorgangsnummer: 2026-004471\\nBitte bringen Sie mit: biometrisches Passfoto\\, alten Ausweis\\, Gebühr 37\\,00 EUR (EC-Karte).\\nStadt Leipzig – Bürgeramt
    LOCATION:Bürgeramt Grünau\\, Stuttgarter Allee 18\\, 04209 Leipzig
    ORGANIZER;CN=Stadt Leipzig Terminvergabe:mailto:noreply@termine.leipzig.de
    ATTENDEE;CN=Katrin Vogel:mailto:{ME_FREE}
    END:VEVENT
    """
    add("buergeramt-de", cal(body, "-//Stadt Leipzig//Terminvergabe//DE", "REQUEST", "berlin"), uid, "personal-authority-de")

    uid = "hausarzt-8c7d6e5f4a3b@google.com"
    add("doctor-de", cal(_g(uid, "Hausärztin Dr. Lindemann – Blutabnahme nüchtern!", "20260407T071500", "20260407T074500"),
                         GOOGLE, "", "berlin"), uid, "personal-doctor-de")

    # Kita place: "Aufnahmegespräch" for the child, a job-sounding word about the child
    uid = "kita-aufnahme-3d4e5f6a7b8c@google.com"
    add("kita-admission-de", cal(_g(uid, "Aufnahmegespräch Kita Pusteblume – Emil (Wechsel)", "20260409T150000",
                                    "20260409T154500", "Impfpass\\, U-Heft\\, Betreuungsvertrag mitbringen. Leitung Fr. Sander",
                                    "Kita Pusteblume\\, Lützner Str. 120"), GOOGLE, "", "berlin"), uid, "personal-kita-admission-de")

    # partner's job interview
    uid = "tom-vg-dresden-5e6f7a8b9c0d@google.com"
    add("partner-interview-de", cal(_g(uid, "Tom: Vorstellungsgespräch in Dresden (Auto weg!)", "20260414T080000",
                                       "20260414T140000", "ich bringe Emil in die Kita und hole ihn ab"), GOOGLE, "", "berlin"),
        uid, "someone-elses-interview-de")

    # Own work: customer consultations
    uid = "040000008200E00074C5B7101A82E00800000000BB01B7C3D1A9DC01000000000000000010000000A0A0B0B0C0C0D0D0E0E0"
    add("kb-termin-de", cal(_o(uid, "KB-Termin Fam. Richter – Baufi Anschlussfinanzierung", "20260311T090000",
                               "20260311T103000", me, [], "Zinsbindung endet 09/2026\\; Forward-Darlehen vs. Prolongation\\; Unterlagen: Grundbuchauszug\\, Gehaltsnachweise",
                               "Beratungszimmer 2"), OUTLOOK, "", "win"), uid, "work-customer-consultation-de")

    uid = "040000008200E00074C5B7101A82E00800000000BB02B7C3D1A9DC01000000000000000010000000A1A1B1B1C1C1D1D1E1E1"
    add("beratung-de", cal(_o(uid, "Beratung Hr. Schäfer – Depot / Sparplan", "20260318T140000", "20260318T150000",
                              me, [], "Anlageberatung\\, Geeignetheitserklärung ausdrucken"), OUTLOOK, "", "win"),
        uid, "work-beratung-de")

    uid = "040000008200E00074C5B7101A82E00800000000BB03B7C3D1A9DC01000000000000000010000000A2A2B2B2C2C2D2D2E2E2"
    add("vertriebsrunde-de", cal(_o(uid, "Vertriebsrunde KW 12", "20260316T080000", "20260316T084500", fl,
                                    [me, f'"Team Filiale Wurzen":mailto:filiale.wurzen@{SKD}'],
                                    "Zielerreichung Q1\\, Baufi-Pipeline\\, Aktion Riester"), OUTLOOK, "REQUEST", "win"),
        uid, "work-sales-meeting-de")

    uid = "040000008200E00074C5B7101A82E00800000000BB04B7C3D1A9DC01000000000000000010000000A3A3B3B3C3C3D3D3E3E3"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN={fl}
    ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={me}
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Jour fixe FL / KB
    DTSTART;TZID=W. Europe Standard Time:20260303T073000
    DTEND;TZID=W. Europe Standard Time:20260303T080000
    RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T053000Z
    DTSTAMP:20260227T100000Z
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("jour-fixe-recurring-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, "work-jour-fixe-recurring-de")

    uid = "040000008200E00074C5B7101A82E00800000000BB05B7C3D1A9DC01000000000000000010000000A4A4B4B4C4C4D4D4E4E4"
    add("azubi-training-de", cal(_o(uid, "Azubi-Schulung: Kontoeröffnung & Legitimation (Lena\\, Jonas)", "20260325T130000",
                                    "20260325T150000", me, [f'"Azubis Filiale Wurzen":mailto:azubis.wurzen@{SKD}']),
                                 OUTLOOK, "REQUEST", "win"), uid, "work-training-azubis-de")

    # Azubi role play of a job interview (user trains Azubis) – mock, not hiring
    uid = "040000008200E00074C5B7101A82E00800000000BB06B7C3D1A9DC01000000000000000010000000A5A5B5B5C5C5D5D5E5E5"
    add("azubi-mock-roleplay-de", cal(_o(uid, "Azubi-Workshop: Übernahmegespräch üben (Rollenspiel Vorstellungsgespräch)",
                                         "20260506T130000", "20260506T150000", f'"Ausbildung":mailto:ausbildung@{SKD}', [me],
                                         "Katrin spielt die Personalerin\\, Azubis üben ihre Bewerbung auf die Übernahme. Keine echte Auswahl."),
                                      OUTLOOK, "REQUEST", "win"), uid, "mock-roleplay-azubis-de")

    # appraisal
    uid = "040000008200E00074C5B7101A82E00800000000BB07B7C3D1A9DC01000000000000000010000000A6A6B6B6C6C6D6D6E6E6"
    add("appraisal-de", cal(_o(uid, "Mitarbeitergespräch 2026 – Katrin Vogel", "20260226T140000", "20260226T153000",
                               fl, [me], "Jahresgespräch: Zielvereinbarung 2026\\, Entwicklungswünsche (Private Banking?)\\, Feedback. Bitte Selbsteinschätzung vorher ausfüllen."),
                            OUTLOOK, "REQUEST", "win"), uid, "own-appraisal-de")

    # exit interview after resigning
    uid = "040000008200E00074C5B7101A82E00800000000BB08B7C3D1A9DC01000000000000000010000000A7A7B7B7C7C7D7D7E7E7"
    add("exit-interview-de", cal(_o(uid, "Austrittsgespräch Fr. Vogel", "20260528T100000", "20260528T110000",
                                    f'"Krämer, Doreen (Personal)":mailto:doreen.kraemer@{SKD}', [me],
                                    "Im Rahmen Ihres Ausscheidens zum 31.07. möchten wir gern Ihr Feedback hören (Exit-Interview). Außerdem: Resturlaub\\, Zeugnis\\, Rückgabe Schlüssel/Token."),
                                 OUTLOOK, "REQUEST", "win"), uid, "own-exit-interview-de")

    # contract signing at the new employer (not an interview)
    uid = "6f7a8b9c0d1e2f3a@vb-muldenland.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260415T090000Z
    DTSTART;TZID=Europe/Berlin:20260420T160000
    DTEND;TZID=Europe/Berlin:20260420T163000
    SUMMARY:Vertragsunterzeichnung Frau Vogel
    DESCRIPTION:Liebe Frau Vogel\\, wir freuen uns sehr! Bitte bringen Sie Steuer-ID\\, SV-Nummer und Bankverbindung mit. Herzlich\\, Sandra Heinicke
    LOCATION:Grimma\\, Lange Straße 20
    ORGANIZER;CN=Sandra Heinicke:mailto:s.heinicke@vb-muldenland.de
    ATTENDEE;CN=Katrin Vogel:mailto:{ME_FREE}
    END:VEVENT
    """
    add("contract-signing-de", cal(body, GOOGLE, "REQUEST", "berlin"), uid, "contract-signing-new-employer-de")

    # own customer appointment at a bank as a private person (Bausparvertrag for Emil)
    uid = "7E8F9A0B-1C2D-4E3F-8A4B-5C6D7E8F9A0B"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260320T200000Z
    DTSTART;TZID=Europe/Berlin:20260327T170000
    DTEND;TZID=Europe/Berlin:20260327T174500
    SUMMARY:Steuerberaterin Fr. Gehrt – Steuererklärung 2025
    DESCRIPTION:Belege Kita\\, Fahrtkosten\\, Arbeitszimmer
    LOCATION:Kanzlei Gehrt\\, Leipzig-Plagwitz
    END:VEVENT
    """
    add("tax-adviser-de", cal(body, APPLE, "", "berlin"), uid, "personal-tax-adviser-de")

    # application photo session
    uid = "bewerbungsfoto-9a0b1c2d@google.com"
    add("photo-prep-de", cal(_g(uid, "Bewerbungsfotos Studio Lichtblick", "20260228T110000", "20260228T120000",
                                "Blazer dunkelblau\\, Haare offen", "Studio Lichtblick\\, Gottschedstr. 12"), GOOGLE, "", "berlin"),
        uid, "prep-photos-de")

    # Spanish class with "entrevista" lesson
    uid = "vhs-spanisch-a2-4b5c6d7e@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260317T183000
    DTEND;TZID=Europe/Berlin:20260317T200000
    RRULE:FREQ=WEEKLY;COUNT=10
    DTSTAMP:20260301T100000Z
    UID:{uid}
    SUMMARY:VHS Spanisch A2 – Lección 7: La entrevista de trabajo
    LOCATION:VHS Leipzig\\, Löhrstraße 3-7\\, Raum 214
    DESCRIPTION:Kurs 26F-4412. Vocabulario: el currículum\\, la entrevista\\, el sueldo.
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("language-class-es", cal(body, GOOGLE, "", "berlin"), uid, "class-entrevista-es")
    return out
