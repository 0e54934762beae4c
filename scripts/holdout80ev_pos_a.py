"""holdout80: the user's own interviews, part A (energy and rail, Austrian German)."""

from __future__ import annotations

from holdout80ev_ics import (
    H_APPLE,
    H_EXCHANGE,
    H_OUTLOOK,
    ME_CN,
    ME_FREE,
    UTC1_DE,
    WEST,
    Ev,
    apple_uid,
    att,
    calendar,
    esc,
    html,
    ol_uid,
    org,
    outlook_tail,
    teams_de,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
)

VIE = "Europe/Vienna"


def _donauwerk() -> list[Ev]:
    uid1 = "personio-interview-7f3a91c2-4b6e-4d0a-9e1f-donauwerk-88213"
    ics1 = calendar(
        ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250311T081522Z", tzp("DTSTART", "20250318T100000", VIE),
            tzp("DTEND", "20250318T103000", VIE),
            "SUMMARY:Interview: Lukas Hofer – Servicetechniker Wasserkraft (m/w/d)",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                vielen Dank für Ihr Interesse an der Position Servicetechniker Wasserkraft (m/w/d) bei der
                Donauwerk Energie AG. Wie telefonisch besprochen, laden wir Sie herzlich zu einem ersten
                Kennenlerngespräch via Microsoft Teams ein.

                Gesprächspartnerin: Sabine Wallner, Recruiting
                Dauer: ca. 30 Minuten

                Sollte der Termin nicht passen, geben Sie uns bitte kurz Bescheid.

                Freundliche Grüße
                Ihr Recruiting-Team der Donauwerk Energie AG
                """, teams_de("384 221 907 615", "Vq7Lm2")),
            "LOCATION:Microsoft Teams-Besprechung",
            org("Donauwerk Energie AG – Recruiting", "jobs@donauwerk.at"),
            att(ME_CN, ME_FREE),
            att("Sabine Wallner", "sabine.wallner@donauwerk.at", part="ACCEPTED", rsvp=False),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        ),
    )
    uid2 = ol_uid("donauwerk-fach")
    body2 = """
        Sehr geehrter Herr Hofer,

        wie mit Frau Koller vereinbart, darf ich Sie zum fachlichen Gespräch in unser Kraftwerk einladen. Neben mir
        nimmt unser Schichtmeister Stefan Huber teil. Frau Koller (HR) holt Sie beim Portier ab und begleitet Sie
        anschließend zur Sicherheitsunterweisung, beim Gespräch selbst ist sie nicht dabei.

        Bitte Sicherheitsschuhe mitbringen – wir machen einen kurzen Rundgang durch Maschinenhaus und Schaltanlage.

        Mit freundlichen Grüßen
        Thomas Pichler
        Leiter Instandhaltung E-Technik
        Donauwerk Energie AG
        """
    ics2 = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250327T134410Z", "DESCRIPTION:" + esc(body2),
            tzp("DTEND", "20250403T113000", WEST), "DTSTAMP:20250327T134410Z",
            tzp("DTSTART", "20250403T093000", WEST), "LAST-MODIFIED:20250327T134410Z",
            "LOCATION:Kraftwerk Freienau\\, Verwaltungsgebäude\\, Besprechungsraum 1.04",
            org("Pichler, Thomas", "thomas.pichler@donauwerk.at"),
            att("Hofer Lukas", ME_FREE),
            att("Huber, Stefan", "stefan.huber@donauwerk.at"),
            att("Koller, Andrea", "andrea.koller@donauwerk.at", role="OPT-PARTICIPANT"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Fachgespräch Servicetechniker Wasserkraft – Hr. Hofer",
            f"UID:{uid2}", *outlook_tail(), html(body2),
        ),
    )
    return [
        Ev("personio-screen-de", ics1, uid1, 1, "Donauwerk Energie", "Servicetechniker Wasserkraft",
           "recruiter_screen", "sabine.wallner@donauwerk.at", forms="Donauwerk"),
        Ev("outlook-onsite-technical-de", ics2, uid2, 1, "Donauwerk Energie", "Servicetechniker Wasserkraft",
           "technical", "thomas.pichler@donauwerk.at;stefan.huber@donauwerk.at"),
    ]


def _tauern() -> list[Ev]:
    uid1 = "sg-appointment-2025-04-02-5531870@tauernnetz.softgarden.io"
    ics1 = calendar(
        ["PRODID:-//softgarden e-recruiting GmbH//softgarden//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250321T101203Z", tzp("DTSTART", "20250402T140000", VIE),
            tzp("DTEND", "20250402T150000", VIE),
            "SUMMARY:Vorstellungsgespräch | Monteur / Servicetechniker Umspannwerke (m/w/d) | Tauern Netz GmbH",
            "DESCRIPTION:" + esc("""
                Guten Tag Herr Hofer,

                wir freuen uns, Sie persönlich kennenzulernen! Ihr Gespräch findet mit Herrn DI Markus Eder,
                Teamleiter Netzbetrieb Umspannwerke, statt. Ich organisiere den Termin, bin beim Gespräch aber
                nicht dabei.

                Ort: Tauern Netz GmbH, Alpenstraße 112, 5020 Salzburg, Empfang Haus B
                Besucherparkplätze finden Sie direkt vor Haus B.

                Falls Sie den Termin nicht wahrnehmen können, nutzen Sie bitte den Link zur Terminverwaltung:
                https://tauernnetz.softgarden.io/de/appointment/5531870/manage

                Beste Grüße
                Julia Rainer
                Human Resources
                """),
            "LOCATION:Tauern Netz GmbH\\, Alpenstraße 112\\, 5020 Salzburg",
            org("Julia Rainer", "jobs@tauernnetz.at"),
            att(ME_CN, ME_FREE),
            att("Markus Eder", "markus.eder@tauernnetz.at", part="ACCEPTED", rsvp=False),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    uid2 = ol_uid("tauern-final")
    body2 = """
        Sehr geehrter Herr Hofer,

        aufgrund eines Störungseinsatzes muss unser Geschäftsführer den Termin am 22.04. leider verschieben –
        wir bitten um Verständnis.

        Neuer Termin: Dienstag, 29.04.2025, 09:00 Uhr (Dauer ca. 1 Stunde)
        Ort: unverändert, Alpenstraße 112, Haus A, 3. Stock

        Das Abschlussgespräch führen Ing. Walter Gruber (technischer Geschäftsführer) und DI Markus Eder.

        Mit freundlichen Grüßen
        Julia Rainer
        Human Resources | Tauern Netz GmbH
        """
    ics2 = calendar(
        H_EXCHANGE,
        tz_windows(UTC1_DE),
        vevent(
            org("Rainer, Julia", "julia.rainer@tauernnetz.at"),
            att(ME_CN, ME_FREE),
            att("Gruber, Walter", "walter.gruber@tauernnetz.at"),
            att("Eder, Markus", "markus.eder@tauernnetz.at"),
            "DESCRIPTION;LANGUAGE=de-DE:" + esc(body2),
            "UID:" + uid2,
            "SUMMARY;LANGUAGE=de-DE:Verschoben: Abschlussgespräch Tauern Netz – Hr. Hofer",
            tzp("DTSTART", "20250429T090000", UTC1_DE), tzp("DTEND", "20250429T100000", UTC1_DE),
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250417T142530Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:2", "LOCATION;LANGUAGE=de-DE:Tauern Netz GmbH\\, Haus A\\, 3. OG",
            *outlook_tail(alarm=False),
        ),
    )
    return [
        Ev("softgarden-hiring-manager-de", ics1, uid1, 1, "Tauern Netz", "Monteur / Servicetechniker Umspannwerke",
           "hiring_manager", "markus.eder@tauernnetz.at", forms=""),
        Ev("rescheduled-final-de", ics2, uid2, 1, "Tauern Netz", "", "final",
           "walter.gruber@tauernnetz.at;markus.eder@tauernnetz.at"),
    ]


def _alpenbahn() -> list[Ev]:
    uid1 = "SF-INT-4471-20250325-0900-a1b7@alpenbahn-technik.successfactors.eu"
    ics1 = calendar(
        ["PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250319T151049Z", "DTSTART:20250325T090000Z", "DTEND:20250325T092000Z",
            "SUMMARY:Telefoninterview – Elektriker:in Schienenfahrzeug-Instandhaltung (Req-ID 4471)",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                Ihr Telefoninterview für die Stelle Elektriker:in Schienenfahrzeug-Instandhaltung
                (Werk Simmering) ist bestätigt.

                Wir rufen Sie unter der von Ihnen angegebenen Nummer +43 664 318 27 40 an.
                Gesprächsdauer: ca. 20 Minuten
                Gesprächspartnerin: Katrin Moser, Talent Acquisition

                Mit freundlichen Grüßen
                Alpenbahn Technik GmbH

                Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
                """),
            "LOCATION:Telefon",
            org("Katrin Moser", "katrin.moser@alpenbahn-technik.at"),
            att(ME_CN, ME_FREE),
            "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE",
        ),
    )
    uid2 = ol_uid("alpenbahn-praxis")
    body2 = """
        Sehr geehrter Herr Hofer,

        leider müssen wir den praktischen Test mit anschließendem Fachgespräch am 10.04. absagen – Herr Berger
        ist an diesem Tag kurzfristig im Werk Linz eingeteilt. Wir melden uns in den nächsten Tagen mit einem
        Ersatztermin.

        Mit freundlichen Grüßen
        Katrin Moser
        Talent Acquisition | Alpenbahn Technik GmbH
        """
    ics2 = calendar(
        ["METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"],
        tz_windows(WEST),
        vevent(
            org("Moser, Katrin", "katrin.moser@alpenbahn-technik.at"),
            att(ME_CN, ME_FREE),
            att("Berger, Daniel", "daniel.berger@alpenbahn-technik.at"),
            att("Lang, Josef", "josef.lang@alpenbahn-technik.at"),
            "DESCRIPTION;LANGUAGE=de-DE:" + esc(body2),
            "UID:" + uid2,
            "SUMMARY;LANGUAGE=de-DE:Abgesagt: Praktischer Test + Fachgespräch – Elektriker Schienenfahrzeuge",
            tzp("DTSTART", "20250410T080000", WEST), tzp("DTEND", "20250410T120000", WEST),
            "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20250404T064512Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
            "SEQUENCE:1", "LOCATION;LANGUAGE=de-DE:Werk Simmering\\, Halle 4 (Lehrwerkstätte)",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
            "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        ),
    )
    return [
        Ev("successfactors-phone-screen-de", ics1, uid1, 1, "Alpenbahn Technik",
           "Elektriker:in Schienenfahrzeug-Instandhaltung", "recruiter_screen", "katrin.moser@alpenbahn-technik.at",
           forms="Alpenbahn"),
        Ev("cancelled-technical-de", ics2, uid2, 1, "Alpenbahn Technik", "Elektriker Schienenfahrzeuge",
           "technical", "daniel.berger@alpenbahn-technik.at;josef.lang@alpenbahn-technik.at"),
    ]


def _sks() -> list[Ev]:
    uid1 = ol_uid("sks-kennenlernen")
    body1 = """
        Hallo Herr Hofer,

        anbei die Einladung für unser Erstgespräch über Teams. Mit dabei ist Herr Ing. Url, Leiter
        Inbetriebnahme, der Ihnen gerne mehr über die Montageeinsätze erzählt (Österreich, Westbalkan,
        gelegentlich Skandinavien).

        LG Martina Krenn
        HR | SKS Steirische Kraftwerksservice GmbH | Leoben
        """
    ics1 = calendar(
        H_OUTLOOK,
        tz_windows(UTC1_DE),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250320T092201Z", "DESCRIPTION:" + esc(body1, teams_de("291 557 004 83",
                                                                                           "Hk4tWq")),
            tzp("DTEND", "20250326T153000", UTC1_DE), "DTSTAMP:20250320T092201Z",
            tzp("DTSTART", "20250326T150000", UTC1_DE), "LAST-MODIFIED:20250320T092201Z",
            "LOCATION:Microsoft Teams-Besprechung",
            org("Krenn, Martina", "martina.krenn@sks-service.at"),
            att("Hofer, Lukas", ME_FREE),
            att("Url, Herbert", "herbert.url@sks-service.at"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Kennenlernen Inbetriebnahmetechniker Kraftwerke – Hofer / Krenn / Url",
            f"UID:{uid1}", *outlook_tail(), html(body1),
            "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:martina.krenn@sks-service.at\\;gruu\\;opaque=app:conf:focus",
        ),
    )
    uid2 = "prescreen-interview-31188-77d0c4@sks.prescreen.io"
    ics2 = calendar(
        ["PRODID:-//prescreen international GmbH//prescreen//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid2}", "DTSTAMP:20250328T113017Z", tzp("DTSTART", "20250408T090000", VIE),
            tzp("DTEND", "20250408T103000", VIE),
            "SUMMARY:Interview (technisch) – Inbetriebnahmetechniker Kraftwerke (m/w/d)",
            "DESCRIPTION:" + esc("""
                Guten Tag Lukas Hofer,

                Sie wurden zu folgendem Termin eingeladen:

                Unternehmen: SKS Steirische Kraftwerksservice GmbH
                Stelle: Inbetriebnahmetechniker Kraftwerke (m/w/d)
                Art: Technisches Interview vor Ort (ca. 90 Min.)
                Interviewer: Ing. Herbert Url, Christoph Wurm (Senior Inbetriebnahme)
                Inhalte: Schutztechnik, Leittechnik, Lesen von Stromlaufplänen

                Adresse: SKS Werkstätte Leoben, Kärntner Straße 210, 8700 Leoben

                Termin bestätigen oder absagen: https://app.prescreen.io/appointment/31188/confirm
                """),
            "LOCATION:SKS Werkstätte Leoben\\, Kärntner Straße 210\\, 8700 Leoben",
            org("SKS Steirische Kraftwerksservice GmbH", "noreply@prescreen.io"),
            att(ME_CN, ME_FREE),
            att("Herbert Url", "herbert.url@sks-service.at", rsvp=False),
            att("Christoph Wurm", "christoph.wurm@sks-service.at", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    return [
        Ev("outlook-utc-zone-hiring-manager-de", ics1, uid1, 1, "Steirische Kraftwerksservice",
           "Inbetriebnahmetechniker Kraftwerke", "hiring_manager",
           "martina.krenn@sks-service.at;herbert.url@sks-service.at", forms="SKS|SKS Steirische Kraftwerksservice"),
        Ev("prescreen-technical-de", ics2, uid2, 1, "Steirische Kraftwerksservice",
           "Inbetriebnahmetechniker Kraftwerke", "technical",
           "herbert.url@sks-service.at;christoph.wurm@sks-service.at"),
    ]


def _kaltenegger() -> list[Ev]:
    uid1 = "tt-interview-2f81d6a0-9a6b-4c55-bb0e-4cf1a2e7d391"
    ics1 = calendar(
        ["PRODID:-//Teamtailor//Teamtailor Calendar//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250407T074455Z", "DTSTART:20250414T120000Z", "DTEND:20250414T124500Z",
            "SUMMARY:Interview mit Kaltenegger Aufzüge: Servicetechniker Aufzüge Wien",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                danke für deine Bewerbung als Servicetechniker Aufzüge (m/w/d) in Wien! Wir freuen uns aufs
                Gespräch.

                Dabei sind:
                Nina Pfeiffer – Recruiting
                Florian Haas – Serviceleiter Wien

                Das Videointerview findet über Teamtailor Meetings statt:
                https://app.teamtailor.com/meetings/kaltenegger-aufzuege/8f21c7

                Du kannst den Termin hier verschieben: https://career.kaltenegger-lifte.at/interviews/8f21c7
                """),
            "LOCATION:https://app.teamtailor.com/meetings/kaltenegger-aufzuege/8f21c7",
            org("Nina Pfeiffer", "nina.pfeiffer@kaltenegger-lifte.at"),
            att("Lukas Hofer", ME_FREE),
            att("Florian Haas", "florian.haas@kaltenegger-lifte.at", part="ACCEPTED", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    uid2 = apple_uid("kaltenegger-final")
    ics2 = calendar(
        [*H_APPLE, "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250424T175812Z", tzp("DTEND", "20250430T093000", VIE),
            tzp("DTSTART", "20250430T083000", VIE), "DTSTAMP:20250424T175840Z", "LAST-MODIFIED:20250424T175840Z",
            "LOCATION:Kaltenegger Aufzüge\\nTriester Straße 58\\, 1100 Wien\\, Österreich",
            "SEQUENCE:0", "SUMMARY:Letztes Gespräch Kaltenegger – Lukas Hofer (Finalrunde)", f"UID:{uid2}",
            "DESCRIPTION:" + esc("""
                Hallo Lukas, wie besprochen die finale Runde mit unserem Niederlassungsleiter Ing. Gerhard
                Kaltenegger und mir. Ca. 1h, danach zeigen wir dir noch die Werkstatt. LG Florian
                """),
            org("Florian Haas", "florian.haas@kaltenegger-lifte.at"),
            att("Lukas Hofer", ME_FREE),
            att("Gerhard Kaltenegger", "gerhard.kaltenegger@kaltenegger-lifte.at"),
            "TRANSP:OPAQUE", "URL;VALUE=URI:",
            "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Triester Straße 58\\\\n1100 Wien\\\\nÖsterreich;"
            "X-APPLE-RADIUS=70;X-TITLE=Kaltenegger Aufzüge:geo:48.164210,16.357380",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", "TRIGGER:-PT1H",
            f"X-WR-ALARMUID:{apple_uid('kaltenegger-final-alarm')}", "END:VALARM",
        ),
    )
    return [
        Ev("teamtailor-video-de", ics1, uid1, 1, "Kaltenegger Aufzüge", "Servicetechniker Aufzüge", "",
           "nina.pfeiffer@kaltenegger-lifte.at;florian.haas@kaltenegger-lifte.at", forms="Kaltenegger"),
        Ev("apple-final-de", ics2, uid2, 1, "Kaltenegger Aufzüge", "", "final",
           "florian.haas@kaltenegger-lifte.at;gerhard.kaltenegger@kaltenegger-lifte.at"),
    ]


def _iab() -> list[Ev]:
    uid = apple_uid("iab-vg")
    ics = calendar(
        H_APPLE,
        tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250401T190233Z", tzp("DTEND", "20250409T110000", VIE),
            tzp("DTSTART", "20250409T093000", VIE), "DTSTAMP:20250401T190301Z", "LAST-MODIFIED:20250401T190301Z",
            "LOCATION:Ried im Innkreis", "SEQUENCE:0", "SUMMARY:VG IAB Ried – Hr. Mairinger", f"UID:{uid}",
            "DESCRIPTION:" + esc("""
                Inbetriebnahmetechniker. Innviertler Anlagenbau, Empfang Halle 3
                Zeugnisse + LAP-Zeugnis + E-Befähigung mit!!
                Zug 6:48 ab Hbf, umsteigen Wels
                """),
            "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", "TRIGGER:-P1D", "END:VALARM",
        ),
    )
    return [Ev("handtyped-abbrev-de", ics, uid, 1, "Innviertler Anlagenbau", "Inbetriebnahmetechniker", "",
               "Mairinger", forms="IAB")]


def events() -> list[Ev]:
    return [*_donauwerk(), *_tauern(), *_alpenbahn(), *_sks(), *_kaltenegger(), *_iab()]
