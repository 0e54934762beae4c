"""holdout80: the user's own interviews, part C (agency, hand-typed, ATS from southern Germany, industry)."""

from __future__ import annotations

from holdout80ev_ics import (
    GOOGLE_FOOTER_DE,
    H_APPLE,
    H_GOOGLE,
    H_OUTLOOK,
    ME_FREE,
    WEST,
    Ev,
    apple_uid,
    att,
    calendar,
    esc,
    g_uid,
    html,
    ol_uid,
    org,
    outlook_tail,
    teams_de,
    teams_en,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
)

VIE = "Europe/Vienna"
BER = "Europe/Berlin"


def _hochfilzer() -> Ev:
    uid = ol_uid("alpenpersonal-hochfilzer")
    body = """
        Lieber Herr Hofer,

        wie telefonisch besprochen hier die Bestätigung für Ihr Gespräch bei unserem Kunden, der Hochfilzer
        Tunneltechnik GmbH in Wörgl (Stelle: Servicetechniker Tunnelsicherheit – Lüftung, Beleuchtung,
        Brandmeldeanlagen).

        Gesprächspartner vor Ort: Ing. Gernot Wallner, Bereichsleiter Tunnelausrüstung
        Adresse: Innsbrucker Straße 88, 6300 Wörgl – Empfang im 1. Stock

        Ich bin beim Gespräch nicht dabei, melden Sie sich aber bitte danach kurz bei mir!

        Mit besten Grüßen
        Sandra Oberhauser
        Senior Consultant Technik
        Alpen Personal GmbH – Personalbereitstellung & -vermittlung
        """
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250410T151208Z", "DESCRIPTION:" + esc(body),
            tzp("DTEND", "20250417T150000", WEST), "DTSTAMP:20250410T151208Z",
            tzp("DTSTART", "20250417T140000", WEST), "LAST-MODIFIED:20250410T151208Z",
            "LOCATION:Hochfilzer Tunneltechnik\\, Innsbrucker Straße 88\\, 6300 Wörgl",
            org("Oberhauser, Sandra", "sandra.oberhauser@alpenpersonal.at"),
            att("lukas.hofer97@gmx.at", ME_FREE),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Vorstellungstermin Hochfilzer Tunneltechnik – Hr. Hofer (Servicetechniker "
            "Tunnelsicherheit)",
            f"UID:{uid}", *outlook_tail(), html(body),
        ),
    )
    return Ev("agency-names-employer-de", ics, uid, 1, "Hochfilzer Tunneltechnik",
              "Servicetechniker Tunnelsicherheit", "", "Gernot Wallner", forms="Hochfilzer")


def _wls() -> Ev:
    uid = g_uid("wls-werkstaette")
    ics = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:lukas.hofer97@gmx.at", "X-WR-TIMEZONE:Europe/Vienna"],
        vevent(
            "DTSTART:20250424T120000Z", "DTEND:20250424T133000Z", "DTSTAMP:20250418T063300Z", f"UID:{uid}",
            "CREATED:20250417T195512Z",
            "DESCRIPTION:" + esc("""
                Weinviertel Lokservice, Lokwerkstatt Strasshof
                Elektriker Fahrzeuginstandhaltung
                Hr. Kurz = Werkstättenleiter
                S2 bis Strasshof, 10 min zu Fuß
                """),
            "LAST-MODIFIED:20250418T063300Z", "LOCATION:Strasshof an der Nordbahn", "SEQUENCE:0",
            "STATUS:CONFIRMED", "SUMMARY:WLS Strasshof – Gespräch Werkstättenleiter", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT1H0M0S",
            "END:VALARM",
        ),
    )
    return Ev("handtyped-acronym-hiring-manager-de", ics, uid, 1, "Weinviertel Lokservice",
              "Elektriker Fahrzeuginstandhaltung", "hiring_manager", "Kurz", forms="WLS")


def _allgaeu() -> Ev:
    uid = "dvinci-termin-58812-2025@allgaeu-netzservice.dvinci-easy.com"
    ics = calendar(
        ["PRODID:-//d.velop / d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE", "VERSION:2.0",
         "METHOD:REQUEST"],
        tz_olson(BER),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250410T100045Z", tzp("DTSTART", "20250416T143000", BER),
            tzp("DTEND", "20250416T150000", BER),
            "SUMMARY:Telefoninterview: Servicetechniker Umspannwerke (m/w/d) – Lukas Hofer",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                vielen Dank für Ihre Bewerbung bei der Allgäu Netzservice GmbH in Kempten (Allgäu).
                Wie vereinbart ruft Sie Frau Verena Schädler (Personalreferentin) zum genannten Termin an.
                Bitte beachten Sie: die Uhrzeit ist in deutscher Zeit (MEZ/MESZ) angegeben.

                Mit freundlichen Grüßen
                Personalabteilung
                Allgäu Netzservice GmbH
                """),
            "LOCATION:Telefon",
            org("Allgäu Netzservice GmbH – Personal", "personal@allgaeu-netzservice.de"),
            att("Lukas Hofer", ME_FREE),
            att("Verena Schädler", "verena.schaedler@allgaeu-netzservice.de", rsvp=False),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    return Ev("dvinci-phone-screen-de", ics, uid, 1, "Allgäu Netzservice", "Servicetechniker Umspannwerke",
              "recruiter_screen", "verena.schaedler@allgaeu-netzservice.de", forms="")


def _kws() -> Ev:
    uid = g_uid("kws-ac")
    ics = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART;VALUE=DATE:20250513", "DTEND;VALUE=DATE:20250514", "DTSTAMP:20250428T081544Z",
            org("Recruiting KWS", "recruiting@kws-kaernten.at"), f"UID:{uid}",
            att("lukas.hofer97@gmx.at", ME_FREE),
            "CREATED:20250428T081540Z",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                herzlichen Glückwunsch – Sie sind zu unserem Assessment Center für die Stelle
                Technische:r Mitarbeiter:in Kraftwerksinstandhaltung eingeladen.

                Ablauf:
                08:00 Begrüßung und Sicherheitsunterweisung
                08:30 Fachtest Elektrotechnik (schriftlich, 60 Min.)
                10:30 Gruppenübung
                13:00 Einzelinterviews mit Fachbereich und HR
                ca. 16:00 Ende

                Ort: KWS Schulungszentrum, Kraftwerkstraße 5, 9500 Villach
                Für Anreise mit der Bahn erstatten wir die Kosten (ÖBB-Ticket 2. Klasse).

                Kärntner Wasserkraft Service GmbH – Recruiting
                """, GOOGLE_FOOTER_DE),
            "LAST-MODIFIED:20250428T081544Z", "LOCATION:KWS Schulungszentrum\\, Kraftwerkstraße 5\\, 9500 Villach",
            "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Assessment Center KWS – Technische:r Mitarbeiter:in Kraftwerksinstandhaltung",
            "TRANSP:TRANSPARENT",
        ),
    )
    return Ev("allday-assessment-center-de", ics, uid, 1, "Kärntner Wasserkraft Service",
              "Technische:r Mitarbeiter:in Kraftwerksinstandhaltung", "onsite", "", forms="KWS")


def _bis() -> Ev:
    uid = "join-interview-4c61a8b2f0e94d7c@join.com"
    ics = calendar(
        ["PRODID:-//JOIN Solutions AG//JOIN Interview//DE", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(BER, lic=False),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250502T133045Z", tzp("DTSTART", "20250507T090000", BER),
            tzp("DTEND", "20250507T093000", BER),
            "SUMMARY:Video-Interview | Elektroniker Instandhaltung (m/w/d) | BIS Bodensee Industrieservice GmbH",
            "DESCRIPTION:" + esc("""
                Hallo Lukas,

                schön, dass du dabei bist! Im ersten Kennenlernen sprichst du mit Jana Riedmüller aus dem HR-Team.
                Wir erzählen dir mehr über unsere Einsätze bei Industriekunden rund um Friedrichshafen und du
                erzählst uns von dir.

                Link zum Video-Call: https://meet.google.com/pxk-ydqa-jmn

                Viele Grüße
                dein BIS-Team

                Gesendet über JOIN – https://join.com
                """),
            "LOCATION:https://meet.google.com/pxk-ydqa-jmn",
            org("Jana Riedmüller", "jana.riedmueller@bis-bodensee.de"),
            att("Lukas Hofer", ME_FREE),
            "STATUS:CONFIRMED",
        ),
    )
    return Ev("join-video-screen-de", ics, uid, 1, "Bodensee Industrieservice", "Elektroniker Instandhaltung",
              "recruiter_screen", "jana.riedmueller@bis-bodensee.de",
              forms="BIS|BIS Bodensee|BIS Bodensee Industrieservice")


def _traisental() -> Ev:
    uid = ol_uid("traisental-werksleitung")
    body = """
        Sehr geehrter Herr Hofer,

        im Auftrag von Herrn Dipl.-Ing. Stöger (Werksleiter) sende ich Ihnen die Einladung zum Gespräch für die
        Stelle Elektriker Instandhaltung Papiermaschine 3. Am Gespräch nehmen Herr DI Stöger und Herr Erwin
        Brandl (Elektromeister) teil.

        Bitte melden Sie sich beim Werksportier; ich hole Sie dort ab.

        Mit freundlichen Grüßen
        Karin Hollerer
        Assistenz der Werksleitung
        Traisental Papier AG
        """
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250424T104611Z", "DESCRIPTION:" + esc(body),
            tzp("DTEND", "20250505T140000", WEST), "DTSTAMP:20250424T104611Z",
            tzp("DTSTART", "20250505T130000", WEST), "LAST-MODIFIED:20250424T104611Z",
            "LOCATION:Werk 2 – Besprechungsraum Papiermaschine",
            org("Stöger, Wolfgang", "wolfgang.stoeger@traisental-papier.at",
                sent_by="karin.hollerer@traisental-papier.at"),
            att("Hofer, Lukas", ME_FREE),
            att("Brandl, Erwin", "erwin.brandl@traisental-papier.at"),
            att("Werk 2 – Besprechungsraum Papiermaschine", "w2-bespr-pm@traisental-papier.at", cutype="RESOURCE",
                role="NON-PARTICIPANT", rsvp=False, part="ACCEPTED"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Gespräch Instandhaltungselektriker PM3 – Hr. Hofer / Werksleitung",
            f"UID:{uid}", *outlook_tail(), html(body),
        ),
    )
    return Ev("outlook-sent-by-resource-de", ics, uid, 1, "Traisental Papier",
              "Elektriker Instandhaltung Papiermaschine 3", "hiring_manager",
              "wolfgang.stoeger@traisental-papier.at;erwin.brandl@traisental-papier.at", forms="")


def _ennstaler() -> Ev:
    uid = "WD-INTERVIEW-R10872-0005-2a9d4e@ennstaler.myworkday.com"
    ics = calendar(
        ["PRODID:-//Workday Inc//Workday Calendar//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250425T120310Z", tzp("DTSTART", "20250502T080000", VIE),
            tzp("DTEND", "20250502T091500", VIE),
            "SUMMARY:Interview: Elektrotechniker Instandhaltung Walzwerk (R-10872) – Technisches Interview",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                vielen Dank für Ihre Bewerbung bei der Ennstaler Stahl GmbH. Wir freuen uns, Sie zum technischen
                Interview einzuladen.

                Position: Elektrotechniker Instandhaltung Walzwerk (R-10872)
                Interviewer: DI (FH) Stefan Moosbrugger, Leiter E-Instandhaltung Walzwerk
                             Johann Kogler, Vorarbeiter Elektro
                Format: Microsoft Teams

                Bitte bestätigen Sie den Termin in Workday unter "Meine Aufgaben".
                """, teams_de("362 118 450 227", "Nz5hU2")),
            "LOCATION:Microsoft Teams",
            org("Ennstaler Stahl Recruiting", "ennstaler@myworkday.com"),
            att("Lukas Hofer", ME_FREE),
            att("Stefan Moosbrugger", "stefan.moosbrugger@ennstaler-stahl.at", rsvp=False),
            att("Johann Kogler", "johann.kogler@ennstaler-stahl.at", rsvp=False),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ),
    )
    return Ev("workday-technical-de", ics, uid, 1, "Ennstaler Stahl", "Elektrotechniker Instandhaltung Walzwerk",
              "technical", "stefan.moosbrugger@ennstaler-stahl.at;johann.kogler@ennstaler-stahl.at", forms="")


def _fenwald() -> list[Ev]:
    uid1 = "WD-INT-JR0093341-1-8f0a@fenwald.myworkday.com"
    ics1 = calendar(
        ["PRODID:-//Workday Inc//Workday Calendar//EN", "VERSION:2.0", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250505T141502Z", "DTSTART:20250509T070000Z", "DTEND:20250509T073000Z",
            "SUMMARY:Interview Invitation: Maintenance Technician Electrical (m/f/d) – JR0093341",
            "DESCRIPTION:" + esc("""
                Dear Lukas,

                Thank you for your interest in Fenwald Pharma. We would like to invite you to an initial
                conversation about the Maintenance Technician Electrical (m/f/d) position at our Langkampfen
                site (Tyrol).

                Interviewer: Petra Novotná, Talent Acquisition Partner (Prague Hub)
                Duration: 30 minutes
                The conversation will be held in English; German is fine for the technical part.

                Kind regards,
                Fenwald Talent Acquisition
                """, teams_en("341 907 558 210", "Wq3Lm8")),
            "LOCATION:Microsoft Teams Meeting",
            org("Fenwald Talent Acquisition", "fenwald@myworkday.com"),
            att("Lukas Hofer", ME_FREE),
            att("Petra Novotná", "petra.novotna@fenwald.com", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    uid2 = ol_uid("fenwald-onsite")
    body2 = """
        Sehr geehrter Herr Hofer,

        wir freuen uns, Sie im Werk Langkampfen begrüßen zu dürfen. Ablauf:
        09:00 Gespräch mit Bernhard Lechner (Teamleiter Instandhaltung E/MSR) und Sophie Achleitner
        (Maintenance Engineer)
        10:15 Werksrundgang inkl. Reinraum-Einschleusung (bitte keinen Schmuck tragen)
        11:00 Ende

        Petra Novotná aus dem Talent Acquisition Team ist per Teams kurz zu Beginn zugeschaltet, um Sie zu
        begrüßen, und nimmt am Gespräch nicht teil.

        Beste Grüße
        Bernhard Lechner
        """
    ics2 = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250516T112034Z", "DESCRIPTION:" + esc(body2),
            tzp("DTEND", "20250522T110000", WEST), "DTSTAMP:20250516T112034Z",
            tzp("DTSTART", "20250522T090000", WEST), "LAST-MODIFIED:20250516T112034Z",
            "LOCATION:Fenwald Pharma Werk Langkampfen\\, Gebäude M1\\, Empfang",
            org("Lechner, Bernhard", "bernhard.lechner@fenwald.com"),
            att("Hofer, Lukas", ME_FREE),
            att("Achleitner, Sophie", "sophie.achleitner@fenwald.com"),
            att("Novotná, Petra", "petra.novotna@fenwald.com", role="OPT-PARTICIPANT"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Vor-Ort-Interview Langkampfen – Maintenance Technician E/MSR (Hofer)",
            f"UID:{uid2}", *outlook_tail(), html(body2),
        ),
    )
    return [
        Ev("workday-recruiter-screen-en", ics1, uid1, 1, "Fenwald Pharma", "Maintenance Technician Electrical",
           "recruiter_screen", "petra.novotna@fenwald.com", forms="Fenwald"),
        Ev("outlook-onsite-coordinator-de", ics2, uid2, 1, "Fenwald Pharma", "Maintenance Technician E/MSR",
           "onsite", "bernhard.lechner@fenwald.com;sophie.achleitner@fenwald.com"),
    ]


def _kalsertal() -> Ev:
    uid = apple_uid("kalsertal")
    ics = calendar(
        [*H_APPLE, "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250505T061522Z", tzp("DTEND", "20250512T150000", VIE),
            tzp("DTSTART", "20250512T140000", VIE), "DTSTAMP:20250505T061600Z", "LAST-MODIFIED:20250505T061600Z",
            "LOCATION:Talstation Kalsertal Bergbahnen\\, Büro 1. Stock", "SEQUENCE:0",
            "SUMMARY:Vorstellungsgespräch Seilbahntechniker – Lukas Hofer", f"UID:{uid}",
            "DESCRIPTION:" + esc("""
                Servus Lukas,
                passt so. Bitte bei der Talstation melden, i hol di ab. Mitkommen wird auch unser techn.
                Betriebsleiter-Stv. Michael Unterweger.
                Gruß Hannes
                """),
            org("Hannes Gratz", "h.gratz@kalsertal-bergbahnen.at"),
            att("Lukas Hofer", ME_FREE),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("apple-direct-de", ics, uid, 1, "Kalsertal Bergbahnen", "Seilbahntechniker", "",
              "h.gratz@kalsertal-bergbahnen.at;Michael Unterweger", forms="")


def _rsb() -> Ev:
    uid = "SF-INT-11827-20250520-1030-77c2@rsb-service.successfactors.eu"
    ics = calendar(
        ["PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(BER),
        vevent(
            f"UID:{uid}", "DTSTAMP:20250512T094411Z", tzp("DTSTART", "20250520T103000", BER),
            tzp("DTEND", "20250520T113000", BER),
            "SUMMARY:Vorstellungsgespräch – Elektroniker für Betriebstechnik / Servicetechniker Triebzüge (m/w/d)",
            "DESCRIPTION:" + esc("""
                Sehr geehrter Herr Hofer,

                gerne bestätigen wir Ihnen Ihr Vorstellungsgespräch bei der Regio Schiene Bayern Service GmbH
                (RSB Service) in Nürnberg.

                Gesprächsteilnehmer: Uwe Hartl (Werkstattleiter Nürnberg-Gostenhof), Melanie Dorn (Recruiting)
                Format: Microsoft Teams

                Mit freundlichen Grüßen
                Ihr Recruiting-Team RSB Service
                """, teams_de("388 302 614 095", "Xc6vBn")),
            "LOCATION:Microsoft Teams",
            org("Melanie Dorn", "melanie.dorn@rsb-service.de"),
            att("Lukas Hofer", ME_FREE),
            att("Uwe Hartl", "uwe.hartl@rsb-service.de", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    return Ev("successfactors-video-de", ics, uid, 1, "Regio Schiene Bayern Service",
              "Elektroniker für Betriebstechnik / Servicetechniker Triebzüge", "",
              "uwe.hartl@rsb-service.de;melanie.dorn@rsb-service.de", forms="RSB Service|RSB")


def events() -> list[Ev]:
    return [_hochfilzer(), _wls(), _allgaeu(), _kws(), _bis(), _traisental(), _ennstaler(), *_fenwald(),
            _kalsertal(), _rsb()]
