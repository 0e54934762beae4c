"""holdout80: the user's own interviews, part D (commissioning roles, recurring, floating, UTC, headhunter)."""

from __future__ import annotations

from holdout80ev_ics import (
    GOOGLE_FOOTER_DE,
    H_EXCHANGE,
    H_GOOGLE,
    H_OUTLOOK,
    H_THUNDERBIRD,
    ME_CN,
    ME_FREE,
    WEST,
    Ev,
    att,
    calendar,
    esc,
    g_uid,
    html,
    meet_de,
    ol_uid,
    org,
    outlook_tail,
    teams_de,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
    zoom_de,
)

VIE = "Europe/Vienna"
BER = "Europe/Berlin"


def _heidenauer() -> list[Ev]:
    uid1 = ol_uid("heidenauer-technik")
    body1 = """
        Hallo Herr Hofer,

        vielen Dank für das nette Telefonat. Wie besprochen das technische Interview für die Stelle
        Inbetriebnahmetechniker (m/w/d) weltweit – Antriebstechnik.

        Ein Teil des Gesprächs wird auf Englisch geführt, da Sie auf Baustellen viel mit internationalen
        Kunden zu tun haben. Themen: Frequenzumrichter, Antriebsregelung, Fehlersuche, Inbetriebnahmeprotokolle.

        Viele Grüße
        Jürgen Mayer
        Teamleiter Inbetriebnahme Service
        Heidenauer Antriebstechnik GmbH | Heidenheim an der Brenz
        """
    ics1 = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250505T074512Z",
            "DESCRIPTION:" + esc(body1, teams_de("319 552 870 441", "Tg7rKp")),
            tzp("DTEND", "20250513T143000", WEST), "DTSTAMP:20250505T074512Z",
            tzp("DTSTART", "20250513T133000", WEST), "LAST-MODIFIED:20250505T074512Z",
            "LOCATION:Microsoft Teams-Besprechung",
            org("Mayer, Jürgen", "juergen.mayer@heidenauer.de"),
            att("Hofer, Lukas", ME_FREE),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-de:Technisches Interview Inbetriebnahmetechniker weltweit – Hofer",
            f"UID:{uid1}", *outlook_tail(), html(body1),
        ),
    )
    uid2 = g_uid("heidenauer-final")
    ics2 = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250528T073000Z", "DTEND:20250528T110000Z", "DTSTAMP:20250519T124001Z",
            org("Lea Baumann", "lea.baumann@heidenauer.de"), f"UID:{uid2}",
            att("Lukas Hofer", ME_FREE),
            att("Dr. Klaus Renner", "klaus.renner@heidenauer.de", rsvp=False, part="ACCEPTED"),
            att("Jürgen Mayer", "juergen.mayer@heidenauer.de", rsvp=False, part="ACCEPTED"),
            "CREATED:20250519T123958Z",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                wir freuen uns, Sie zum finalen Gespräch bei uns in Heidenheim begrüßen zu dürfen.

                09:30 Gespräch mit Dr. Klaus Renner (Bereichsleiter Service) und Jürgen Mayer
                11:00 Führung durch Prüffeld und Montage
                12:00 Mittagessen, danach Rückreise

                Ich kümmere mich um Ihre Reisekostenerstattung und hole Sie am Empfang ab – beim Gespräch bin ich
                nicht dabei.

                Freundliche Grüße
                Lea Baumann
                HR Recruiting
                """, GOOGLE_FOOTER_DE),
            "LAST-MODIFIED:20250519T124001Z",
            "LOCATION:Heidenauer Antriebstechnik GmbH\\, Ploucquetstraße 20\\, 89522 Heidenheim an der Brenz",
            "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Finales Gespräch vor Ort – Inbetriebnahmetechniker weltweit (Lukas Hofer)", "TRANSP:OPAQUE",
        ),
    )
    return [
        Ev("outlook-comma-cn-technical-de", ics1, uid1, 1, "Heidenauer Antriebstechnik",
           "Inbetriebnahmetechniker weltweit – Antriebstechnik", "technical", "juergen.mayer@heidenauer.de",
           forms="Heidenauer"),
        Ev("google-final-onsite-de", ics2, uid2, 1, "Heidenauer Antriebstechnik", "Inbetriebnahmetechniker weltweit",
           "final", "klaus.renner@heidenauer.de;juergen.mayer@heidenauer.de"),
    ]


def _marchfeld() -> Ev:
    uid = ol_uid("marchfeld-biogas")
    ics = calendar(
        ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250506T182245Z",
            "DESCRIPTION:" + esc("""
                Hallo Herr Hofer,

                wie am Telefon ausgemacht: Treffen bei uns auf der Anlage in Untersiebenbrunn (Marchfeld Biogas,
                Hofeinfahrt links, Container-Büro). Ich zeig Ihnen die BHKW-Anlage und wir reden über die Stelle
                als Anlagenbetreuer / Elektriker.

                LG Josef Kainz
                """),
            tzp("DTEND", "20250510T110000", WEST), "DTSTAMP:20250506T182245Z",
            tzp("DTSTART", "20250510T100000", WEST), "LOCATION:Untersiebenbrunn\\, Biogasanlage",
            org("Josef Kainz", "josef.kainz@aon.at"),
            att("lukas.hofer97@gmx.at", ME_FREE),
            "PRIORITY:5", "SEQUENCE:0", "SUMMARY;LANGUAGE=de-at:Gespräch wegen Anlagenbetreuer-Stelle",
            f"UID:{uid}", *outlook_tail(),
        ),
    )
    return Ev("founder-freemail-body-company-de", ics, uid, 1, "Marchfeld Biogas", "Anlagenbetreuer / Elektriker",
              "", "josef.kainz@aon.at", forms="")


def _sst() -> list[Ev]:
    uid1 = "lever-interview-5e2c9b18-0f4a-4b7d-a3d2-91c6f0e8b7a4"
    ics1 = calendar(
        ["PRODID:-//Lever//Lever Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250425T090017Z", "DTSTART:20250430T110000Z", "DTEND:20250430T123000Z",
            "SUMMARY:Interview: Lukas Hofer – Inbetriebnahmetechniker Stellwerkstechnik (Semmering Signaltechnik)",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                hier die Details zu deinem Interview bei Semmering Signaltechnik:

                Panel: Technisches Interview (90 Min.)
                Interviewer:innen: DI Eva Posch (Leiterin Prüf- und Inbetriebnahme), Martin Hölzl (Senior
                Inbetriebnahmetechniker)
                Ort: SST Gloggnitz, Bahnstraße 9 – Besprechungsraum „Viadukt“

                Themen: Gleisfreimeldung, Relais- und elektronische Stellwerke, Sicherheitsnachweise

                Koordination: Laura Weninger (Talent) – bei Fragen einfach auf diese Mail antworten.
                """),
            "LOCATION:SST Gloggnitz\\, Bahnstraße 9",
            org("Laura Weninger", "laura.weninger@signaltechnik-semmering.at"),
            att("Lukas Hofer", ME_FREE),
            att("Eva Posch", "eva.posch@signaltechnik-semmering.at", rsvp=False),
            att("Martin Hölzl", "martin.hoelzl@signaltechnik-semmering.at", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    uid2 = ol_uid("sst-abteilung")
    body2 = """
        Hallo Herr Hofer,

        nach dem technischen Interview möchte Sie unser Abteilungsleiter Ing. Rudolf Steinbauer gerne noch
        kennenlernen. Das Gespräch findet per Teams statt (ca. 45 Minuten).

        Viele Grüße
        Laura Weninger
        Talent Acquisition | Semmering Signaltechnik GmbH
        """
    ics2 = calendar(
        H_EXCHANGE,
        tz_windows(WEST),
        vevent(
            org("Weninger, Laura", "laura.weninger@signaltechnik-semmering.at"),
            att(ME_CN, ME_FREE),
            att("Steinbauer, Rudolf", "rudolf.steinbauer@signaltechnik-semmering.at"),
            "DESCRIPTION;LANGUAGE=de-AT:" + esc(body2, teams_de("374 119 265 083", "Md2kRy")),
            f"UID:{uid2}",
            "SUMMARY;LANGUAGE=de-AT:Gespräch mit Abteilungsleitung – Inbetriebnahme Stellwerke (L. Hofer)",
            tzp("DTSTART", "20250509T150000", WEST), tzp("DTEND", "20250509T154500", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250502T085102Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung", *outlook_tail(),
        ),
    )
    return [
        Ev("lever-technical-de", ics1, uid1, 1, "Semmering Signaltechnik", "Inbetriebnahmetechniker Stellwerkstechnik",
           "technical", "eva.posch@signaltechnik-semmering.at;martin.hoelzl@signaltechnik-semmering.at", forms="SST"),
        Ev("exchange-teams-hiring-manager-de", ics2, uid2, 1, "Semmering Signaltechnik", "", "hiring_manager",
           "rudolf.steinbauer@signaltechnik-semmering.at"),
    ]


def _danubia() -> Ev:
    uid = ol_uid("danubia-auswahl")
    body = """
        Sehr geehrter Herr Hofer,

        wir laden Sie zu unserem zweitägigen Auswahlverfahren für die Stelle Elektrotechniker / Netzbautechniker
        ein.

        Tag 1: Praxisteil am Übungsgelände (Kabelmuffen, Erdungsmessung, Schaltberechtigung), Arbeitskleidung mit.
        Tag 2: Einzelgespräche mit Ing. Paul Wenzl (Leitung Netzbau Ost) und Sabrina Kainz (HR).

        Mit freundlichen Grüßen
        Sabrina Kainz
        Danubia Netzbau GmbH
        """
    body_override = """
        ACHTUNG geänderte Beginnzeit am zweiten Tag: 09:00 statt 08:00 Uhr.

        Einzelgespräche mit Ing. Paul Wenzl (Leitung Netzbau Ost) und Sabrina Kainz (HR).
        """
    common = [
        org("Kainz, Sabrina", "sabrina.kainz@danubia-netzbau.at"),
        att(ME_CN, ME_FREE),
        att("Wenzl, Paul", "paul.wenzl@danubia-netzbau.at"),
    ]
    ics = calendar(
        H_EXCHANGE,
        tz_windows(WEST),
        vevent(
            *common, "DESCRIPTION;LANGUAGE=de-AT:" + esc(body),
            "RRULE:FREQ=DAILY;COUNT=2", f"UID:{uid}",
            "SUMMARY;LANGUAGE=de-AT:Auswahlverfahren Netzbau – 2 Tage (Praxis + Gespräche)",
            tzp("DTSTART", "20250519T080000", WEST), tzp("DTEND", "20250519T150000", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250508T093140Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Danubia Netzbau Schulungszentrum\\, Industriestraße 14\\, "
            "2201 Gerasdorf", *outlook_tail(alarm=False),
        ),
        vevent(
            *common, "DESCRIPTION;LANGUAGE=de-AT:" + esc(body_override),
            tzp("RECURRENCE-ID", "20250520T080000", WEST), f"UID:{uid}",
            "SUMMARY;LANGUAGE=de-AT:Auswahlverfahren Netzbau – Tag 2 (Gespräche\\, Beginn 9 Uhr)",
            tzp("DTSTART", "20250520T090000", WEST), tzp("DTEND", "20250520T120000", WEST),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250512T141002Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:1", "LOCATION;LANGUAGE=de-AT:Danubia Netzbau\\, Verwaltung 2. OG", *outlook_tail(alarm=False),
        ),
    )
    return Ev("recurring-override-onsite-de", ics, uid, 1, "Danubia Netzbau", "Elektrotechniker / Netzbautechniker",
              "onsite", "paul.wenzl@danubia-netzbau.at;sabrina.kainz@danubia-netzbau.at", forms="")


def _wachau() -> Ev:
    uid = "5c1e9a0b-7d44-4f3e-8c2a-1b6e0f9d3a71"
    ics = calendar(
        H_THUNDERBIRD,
        vevent(
            "CREATED:20250509T171204Z", "LAST-MODIFIED:20250509T171530Z", "DTSTAMP:20250509T171530Z",
            f"UID:{uid}", "SUMMARY:Vorstellung Wachau Kälte Krems – Hr. Fuchs",
            "DTSTART:20250514T150000", "DTEND:20250514T160000",
            "DESCRIPTION:" + esc("""
                Kältetechniker Service (Wachau Kälte & Klima GmbH)
                Fuchs = GF
                Landstraße 12, Krems-Stein – Auto nehmen
                """),
            "LOCATION:Krems-Stein", "TRANSP:OPAQUE", "X-MOZ-GENERATION:2",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT2H", "DESCRIPTION:Default Mozilla Description",
            "END:VALARM",
        ),
    )
    return Ev("thunderbird-floating-de", ics, uid, 1, "Wachau Kälte & Klima", "Kältetechniker Service", "",
              "Fuchs", forms="Wachau Kälte|Wachau Kälte und Klima")


def _oetztal() -> Ev:
    uid = g_uid("oetztal-hydro")
    ics = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REQUEST", "X-WR-TIMEZONE:Europe/Vienna"],
        vevent(
            "DTSTART:20250506T130000Z", "DTEND:20250506T133000Z", "DTSTAMP:20250430T102512Z",
            org("Lisa Falkner", "lisa.falkner@oetztal-hydro.at"), f"UID:{uid}",
            att("Lukas Hofer", ME_FREE),
            att("Lisa Falkner", "lisa.falkner@oetztal-hydro.at", part="ACCEPTED"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/bqe-mzrt-vho",
            "CREATED:20250430T102509Z",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                danke für deine Bewerbung als Servicetechniker Turbinen (Montage) bei Ötztal Hydro Service. Im
                ersten Gespräch klären wir Reisebereitschaft, Montagezeiten und deinen Starttermin.

                Bis dann!
                Lisa
                """, meet_de("bqe-mzrt-vho"), GOOGLE_FOOTER_DE),
            "LAST-MODIFIED:20250430T102512Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Erstgespräch Servicetechniker Turbinen – Lukas Hofer & Lisa Falkner", "TRANSP:OPAQUE",
        ),
    )
    return Ev("google-utc-xwr-screen-de", ics, uid, 1, "Ötztal Hydro Service", "Servicetechniker Turbinen (Montage)",
              "recruiter_screen", "lisa.falkner@oetztal-hydro.at", forms="Ötztal Hydro")


def _lpa() -> Ev:
    uid = ol_uid("kessler-lpa")
    body = """
        Sehr geehrter Herr Hofer,

        wie besprochen darf ich Sie unserem Mandanten, der LPA Linzer Prozessanlagen GmbH, vorstellen.
        Position: Inbetriebnahmetechniker E/MSR (Anlagenbau, Einsätze in Europa)
        Gesprächspartner: Ing. Manuel Eder, Leiter Inbetriebnahme (manuel.eder@lpa-linz.at)

        Ich eröffne den Call, stelle Sie kurz vor und verlasse dann das Meeting.

        Mit besten Grüßen
        Dr. Andreas Kessler
        Kessler & Partner Personalberatung, Linz
        """
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250512T091144Z",
            "DESCRIPTION:" + esc(body, zoom_de("845 2216 9031", "bFZqT2xXc0dHa1VwNm9YZz09", "612408")),
            tzp("DTEND", "20250515T174500", WEST), "DTSTAMP:20250512T091144Z",
            tzp("DTSTART", "20250515T170000", WEST), "LOCATION:https://us06web.zoom.us/j/84522169031",
            org("Dr. Andreas Kessler", "a.kessler@kessler-partner.at"),
            att("Hofer, Lukas", ME_FREE),
            att("Eder, Manuel", "manuel.eder@lpa-linz.at"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Kennenlernen LPA – Leitung Inbetriebnahme / Hr. Hofer (Kessler & Partner)",
            f"UID:{uid}", *outlook_tail(), html(body),
        ),
    )
    return Ev("headhunter-zoom-hiring-manager-de", ics, uid, 1, "Linzer Prozessanlagen",
              "Inbetriebnahmetechniker E/MSR",
              "hiring_manager", "manuel.eder@lpa-linz.at", forms="LPA|LPA Linzer Prozessanlagen")


def _rbe() -> Ev:
    uid = "recruitee-event-9912734@rbe-bahnelektrik.recruitee.com"
    ics = calendar(
        ["PRODID:-//Recruitee//Recruitee Events//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(BER, lic=False),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250514T070233Z", tzp("DTSTART", "20250521T080000", BER),
            tzp("DTEND", "20250521T083000", BER),
            "SUMMARY:Erstgespräch – Lukas Hofer (Elektroniker Bahnstromanlagen)",
            "DESCRIPTION:" + esc("""
                Regensburger Bahnelektrik GmbH

                Erstgespräch mit HR
                Gesprächspartnerin: Carina Lautenschlager
                Art: Video (Microsoft Teams) – der Link folgt separat.

                Bei Fragen: karriere@rbe-bahnelektrik.de
                """),
            "LOCATION:Online",
            org("Carina Lautenschlager", "carina.lautenschlager@rbe-bahnelektrik.de"),
            att("Lukas Hofer", ME_FREE),
        ),
    )
    return Ev("recruitee-screen-de", ics, uid, 1, "Regensburger Bahnelektrik", "Elektroniker Bahnstromanlagen",
              "recruiter_screen", "carina.lautenschlager@rbe-bahnelektrik.de", forms="RBE")


def _sonnberg() -> Ev:
    uid = "umantis-appointment-20250604-000771"
    ics = calendar(
        ["PRODID:-//Abacus Umantis AG//Talent Management//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250527T111507Z", tzp("DTSTART", "20250604T133000", VIE),
            tzp("DTEND", "20250604T143000", VIE),
            "SUMMARY:Vorstellungsgespräch Haustechniker:in Schwerpunkt Elektro – Privatklinik Sonnberg",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                wir laden Sie herzlich zu einem persönlichen Gespräch ein.

                Gesprächspartner:innen:
                Ing. Karl Prenner, Leiter Technik
                Mag. Elke Wiesinger, Verwaltungsdirektorin

                Ort: Privatklinik Sonnberg, Sonnbergstraße 21, 1190 Wien – Verwaltung, Haus C, 2. Stock

                Mit freundlichen Grüßen
                Personalabteilung der Privatklinik Sonnberg
                """),
            "LOCATION:Privatklinik Sonnberg\\, Haus C",
            org("Personalabteilung Privatklinik Sonnberg", "personal@sonnberg-klinik.at"),
            att("Lukas Hofer", ME_FREE),
            att("Karl Prenner", "karl.prenner@sonnberg-klinik.at", rsvp=False),
            att("Elke Wiesinger", "elke.wiesinger@sonnberg-klinik.at", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    return Ev("umantis-onsite-de", ics, uid, 1, "Privatklinik Sonnberg", "Haustechniker:in Schwerpunkt Elektro", "",
              "karl.prenner@sonnberg-klinik.at;elke.wiesinger@sonnberg-klinik.at", forms="Klinik Sonnberg")


def events() -> list[Ev]:
    return [*_heidenauer(), _marchfeld(), *_sst(), _danubia(), _wachau(), _oetztal(), _lpa(), _rbe(), _sonnberg()]
