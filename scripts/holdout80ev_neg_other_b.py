"""holdout80: negatives that are not the user's job interviews, part B (work, HR about the user, career, prep)."""

from __future__ import annotations

from holdout80ev_ics import (
    H_EXCHANGE,
    ME_CN,
    ME_FREE,
    ME_WORK,
    WEST,
    Ev,
    apple_own,
    att,
    calendar,
    esc,
    google_own,
    ol_event,
    ol_uid,
    org,
    outlook_tail,
    teams_en,
    tz_windows,
    tzp,
    vevent,
)

REITER = ("Reiter, Martin", "m.reiter@wienhaustechnik.at")
HR = ("Fröhlich, Daniela", "d.froehlich@wienhaustechnik.at")


def _work() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = ol_event("lap-beisitz", "LAP Elektrotechnik – Beisitz Prüfungskommission", "20250603T073000",
                        "20250603T160000", org("Lehrlingsstelle WK Wien", "lap-elektro@wkw-lehrlingsstelle.at"),
                        [att(ME_CN, ME_WORK)], """
        Sehr geehrter Herr Hofer,

        wir bestätigen Ihren Einsatz als Beisitzer bei der Lehrabschlussprüfung Elektrotechnik – Gebäude- und
        Anlagentechnik. Praktische Prüfung ab 07:30, Fachgespräche ab 13:00. Prüfungsvorsitz: Ing. Helmut Ranftl.

        Lehrlingsstelle der Wirtschaftskammer Wien
        """, "Prüfungszentrum Elektro\\, Rosensteingasse 79\\, 1170 Wien")
    out.append(Ev("exam-board-de", ics, uid, 0))
    uid, ics = ol_event("seestadt-btc", "Baustellenbesprechung Seestadt BT C – Lüftung/MSR", "20250320T080000",
                        "20250320T093000", org("Kovač, Ivan", "i.kovac@bauplan-ost.at"),
                        [att(ME_CN, ME_WORK), att(*REITER), att("Wallisch, Georg", "g.wallisch@elektro-wallisch.at")],
                        """
        Tagesordnung: Terminplan Inbetriebnahme RLT-Anlagen, offene Punkte MSR, Brandschutzklappen-Prüfung,
        Koordination mit Elektro Wallisch.
        """, "Baucontainer Seestadt\\, BT C")
    out.append(Ev("internal-site-meeting-de", ics, uid, 0))
    uid = ol_uid("jourfixe-service")
    ics = calendar(
        H_EXCHANGE, tz_windows(WEST),
        vevent(
            org(*REITER), att(ME_CN, ME_WORK), att("Novak, Jana", "j.novak@wienhaustechnik.at"),
            "DESCRIPTION;LANGUAGE=de-AT:" + esc("Wochenplanung Service, Störungen, Lehrlinge, Material."),
            "RRULE:FREQ=WEEKLY;BYDAY=MO", f"UID:{uid}", "SUMMARY;LANGUAGE=de-AT:Jour fixe Service-Team",
            tzp("DTSTART", "20250106T073000", WEST), tzp("DTEND", "20250106T081500", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20241220T100000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Besprechungsraum Favoriten", *outlook_tail(alarm=False),
        ),
    )
    out.append(Ev("internal-jourfixe-recurring-de", ics, uid, 0))
    uid, ics = ol_event("hotel-stadtpark", "Inbetriebnahme Lüftungsanlage Hotel Stadtpark – mit Fa. Klimatec",
                        "20250327T070000", "20250327T150000", org(*REITER),
                        [att(ME_CN, ME_WORK), att("Pfeifer, Roman", "r.pfeifer@klimatec.at")], """
        Inbetriebnahme RLT 1-3, Einregulierung, Übergabe an Haustechnik des Hotels.
        Protokolle: Vorlage IBN-Protokoll im Teams-Ordner. Messgeräte aus dem Lager holen.
        """, "Hotel Stadtpark\\, Am Heumarkt 2")
    out.append(Ev("work-commissioning-de", ics, uid, 0))
    uid, ics = ol_event("hv-gruber", "Kundentermin: Vorstellung Wartungsvertrag – Hausverwaltung Gruber",
                        "20250410T100000", "20250410T110000", org(ME_CN, ME_WORK),
                        [att("Mag. Eva Gruber", "office@hv-gruber.at")], """
        Sehr geehrte Frau Mag. Gruber,

        gerne stelle ich Ihnen unser Angebot für die Wartung der Heizungs- und Lüftungsanlagen Ihrer Objekte im
        10. und 11. Bezirk persönlich vor.

        Mit freundlichen Grüßen
        Lukas Hofer
        Wien Haustechnik GmbH
        """, "Hausverwaltung Gruber\\, Reumannplatz 7")
    out.append(Ev("customer-meeting-de", ics, uid, 0))
    return out


def _hr_about_user() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = ol_event("mag-2025", "Mitarbeitergespräch 2025 – Lukas Hofer", "20250226T140000", "20250226T153000",
                        org(*REITER), [att(ME_CN, ME_WORK)], """
        Hallo Lukas,

        Einladung zum jährlichen Mitarbeitergespräch. Bitte den Vorbereitungsbogen (Ziele 2024, Weiterbildung,
        Wünsche) ausfüllen und mitbringen.

        Martin
        """, "Büro Reiter")
    out.append(Ev("appraisal-de", ics, uid, 0))
    uid, ics = ol_event("austritt-hofer", "Austrittsgespräch L. Hofer", "20250627T130000", "20250627T140000",
                        org(*HR), [att(ME_CN, ME_WORK)], """
        Hallo Lukas,

        wie jedes Mal bei einem Austritt möchten wir mit dir ein kurzes Austrittsgespräch führen: was hat dir
        gefallen, was können wir besser machen? Außerdem besprechen wir Resturlaub, Rückgabe von Schlüssel,
        Werkzeug und Firmenhandy.

        Liebe Grüße
        Daniela
        """, "Büro HR")
    out.append(Ev("exit-interview-de", ics, uid, 0))
    uid, ics = google_own("vertrag-donauwerk", "Vertragsunterzeichnung Donauwerk – Personalabteilung",
                          "20250605T080000Z", "20250605T090000Z", """
        Fr. Koller, Zentrale Donauwerk, Personalabteilung 4. Stock
        Mitnehmen: e-card, Bankdaten, Meldezettel, Ausweis
        """, "Donauwerk Zentrale")
    out.append(Ev("contract-signing-de", ics, uid, 0))
    return out


def _career() -> list[Ev]:
    out: list[Ev] = []
    uid, ics = apple_own("kaffee-markus", "Kaffee mit Markus – wie ist's bei Donauwerk?", "20250313T170000",
                         "20250313T180000", """
        Markus (Ex-Kollege, jetzt Servicetechniker bei Donauwerk): Schichtdienst? Bereitschaft? Stimmung im
        Team? Wer ist der Chef?
        """, "Café Weidinger")
    out.append(Ev("coffee-chat-de", ics, uid, 0))
    uid, ics = apple_own("jobmesse", "Jobmesse Technik & Energie – Messe Wien", None, None, """
        Lebensläufe ausdrucken (10x). Stände: Netzbetreiber, Bahn, Anlagenbau
        """, "Messe Wien\\, Halle D", allday=("20250308", "20250309"))
    out.append(Ev("job-fair-de", ics, uid, 0))
    uid, ics = google_own("karrieretag-schiene", "Karrieretag Schiene – Infostand Alpenbahn Technik",
                          "20250322T090000Z", "20250322T140000Z", """
        Tag der offenen Tür in der Hauptwerkstätte Simmering, Führungen stündlich, Infostand Recruiting.
        Katrin Moser vom Recruiting ist dort – Hallo sagen.
        """, "Alpenbahn Technik Hauptwerkstätte Simmering")
    out.append(Ev("open-day-de", ics, uid, 0))
    uid, ics = apple_own("referenz-wimmer", "Referenzauskunft für Stefan Wimmer – Rückruf Kaltenegger HR",
                         "20250407T121500", "20250407T123000", """
        Stefan (Ex-Lehrling, 2021 ausgelernt) hat sich bei Kaltenegger Aufzüge beworben und mich als Referenz
        angegeben. Fr. Pfeiffer (HR) ruft an. Positiv: zuverlässig, sauber gearbeitet, LAP mit Auszeichnung.
        """)
    out.append(Ev("reference-referee-de", ics, uid, 0))
    uid, ics = apple_own("kessler-vertraulich", "Telefonat Hr. Kessler (Kessler & Partner) – vertrauliche Suche",
                         "20250319T173000", "20250319T180000", """
        Personalberater, hat mich auf LinkedIn angeschrieben. Kunde: Energieversorger in OÖ, Name noch
        vertraulich. Position Richtung Inbetriebnahme/Service. Erst mal nur Infos.
        """)
    out.append(Ev("recruiter-no-employer-de", ics, uid, 0))
    uid, ics = ol_event("brightfield-intro", "Intro call – Brightfield Engineering Recruitment", "20250502T120000",
                        "20250502T122000", org("Oliver Grant", "oliver.grant@brightfield-recruitment.co.uk"),
                        [att("Lukas Hofer", ME_FREE)], """
        Hi Lukas,

        Thanks for connecting on LinkedIn. I'd love a quick intro call to understand what you're looking for –
        I'm working on a few confidential field service roles in renewables across Austria and Bavaria (clients
        can't be named at this stage).

        Best,
        Oliver
        """, "Microsoft Teams Meeting", boiler=teams_en("330 581 902 447", "Kq2xRt"), lang="en-gb")
    out.append(Ev("recruiter-no-employer-en", ics, uid, 0))
    return out


def _prep() -> list[Ev]:
    uid1, ics1 = google_own("prep-tauern", "Vorbereitung VG Tauern Netz – Fragen, Zeugnisse drucken",
                            "20250401T163000Z", "20250401T180000Z", """
        - Homepage Tauern Netz lesen (Umspannwerke, Netzgebiet)
        - eigene Fragen: Bereitschaft, Dienstauto, Schulungen
        - Zeugnisse + LAP + Dienstzeugnis WHT drucken
        - Zug nach Salzburg buchen
        """)
    uid2, ics2 = apple_own("prep-nordgrid", "Prep: NordGrid technical – protection relays, SF6", "20250423T180000",
                           "20250423T200000", """
        revise distance protection zones, secondary injection, SF6 handling rules
        practise explaining in English!
        """)
    return [Ev("prep-de", ics1, uid1, 0), Ev("prep-en", ics2, uid2, 0)]


def events() -> list[Ev]:
    return [*_work(), *_hr_about_user(), *_career(), *_prep()]
