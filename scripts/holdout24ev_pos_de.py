"""Holdout24 positives, part DE: the user's own interviews written in German."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, WORK, add, att, doc, esc, meet, org, tdt, teams, zoom

OUT = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOO = "-//Google Inc//Google Calendar 70.9054//EN"
WEST = "W. Europe Standard Time"


def build() -> None:
    """Given nothing returns nothing; appends the German interviews to ITEMS."""
    u = "personio-3318-rheinsolar"
    add("personio-erstgespraech", "de", u, doc("-//Personio GmbH//Personio Recruiting//DE", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261202T100000"),
        tdt("DTEND", "Europe/Berlin", "20261202T104500"),
        "SUMMARY:Kennenlerngespräch Rheinsolar Projekt GmbH – Projektingenieur PV-Freiflächen (m/w/d)",
        org("recruiting@rheinsolar.de", "Rheinsolar Projekt GmbH"),
        att("a.kaya@rheinsolar.de", "Aylin Kaya"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hallo Jonas,\n\nvielen Dank für Deine Bewerbung! Im ersten Gespräch lernst Du "
                             "Aylin Kaya aus unserem People-Team kennen.\n\n" + teams("de")
                             + "\n\nDiese Einladung wurde über Personio versendet."),
        "LOCATION:Microsoft Teams-Besprechung"]], tzs=("Europe/Berlin",)),
        True, "Rheinsolar", "Projektingenieur PV-Freiflächen", "recruiter_screen", ("a.kaya@rheinsolar.de",))

    u = "040000008200E00074C5B7101A82E008000000005E3F9B21D77ADB010000000000000000100000004E"
    add("outlook-fachgespraech", "de", u, doc(OUT, [[
        "CLASS:PUBLIC",
        "DESCRIPTION:" + esc("Sehr geehrter Herr Becker,\n\nwie telefonisch besprochen laden wir Sie zum "
                             "Fachgespräch für die Position Ingenieur Netzanschluss (m/w/d) ein. Teilnehmen "
                             "werden Herr Dr. Brandt (Leiter Netzplanung) und Frau Öztürk (Teamleiterin "
                             "Anschlussprojekte).\n\nMit freundlichen Grüßen\nBergische Netze GmbH\nPersonal"),
        tdt("DTEND", WEST, "20261208T113000"), f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261208T100000"),
        "LOCATION:Bergische Netze\\, Wupperstraße 12\\, 42651 Solingen\\, Besprechungsraum 2.14",
        "SUMMARY;LANGUAGE=de-de:Fachgespräch Ingenieur Netzanschluss – Becker", f"UID:{u}",
        org("personal@bergische-netze.de", "Personalabteilung Bergische Netze"),
        att("h.brandt@bergische-netze.de", "Brandt, Hendrik Dr."), att("s.oeztuerk@bergische-netze.de",
                                                                       "Öztürk, Selin"),
        att(ME, "jonas.becker@gmx.de"),
        att("br-2.14@bergische-netze.de", "BR 2.14 (8 Pers.)", cutype="ROOM", role="NON-PARTICIPANT"),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"]], tzs=(WEST,)),
        True, "Bergische Netze", "Ingenieur Netzanschluss", "technical",
        ("h.brandt@bergische-netze.de", "s.oeztuerk@bergische-netze.de"))

    u = "successfactors-INTV-2026-11-00931"
    add("successfactors-vorstellung", "de", u, doc("-//SAP SuccessFactors//Interview Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T083000Z", "DTEND:20261209T100000Z",
        "SUMMARY:Vorstellungsgespräch: Projektleiter Windenergie an Land (w/m/d) – Elbwerk Erneuerbare",
        org("noreply@successfactors.eu", "Elbwerk Erneuerbare Recruiting"),
        att("t.hinrichs@elbwerk-erneuerbare.de", "Thorsten Hinrichs"),
        att("k.petersen@elbwerk-erneuerbare.de", "Kirsten Petersen"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Sehr geehrter Herr Becker,\nwir freuen uns, Sie persönlich kennenzulernen.\n"
                             "Gesprächspartner: Thorsten Hinrichs (Bereichsleiter Projektentwicklung), Kirsten "
                             "Petersen (HR Business Partner)\nOrt: Elbwerk Erneuerbare GmbH, Am Sandtorkai 50, "
                             "20457 Hamburg\nBitte bringen Sie einen Lichtbildausweis mit."),
        "LOCATION:Am Sandtorkai 50\\, 20457 Hamburg"]]),
        True, "Elbwerk Erneuerbare", "Projektleiter Windenergie an Land", "onsite",
        ("t.hinrichs@elbwerk-erneuerbare.de", "k.petersen@elbwerk-erneuerbare.de"))

    u = "dvinci-9a77-lp-ing"
    add("dvinci-interview", "de", u, doc("-//d.vinci HR-Systems//d.vinci//DE", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261203T140000"),
        tdt("DTEND", "Europe/Berlin", "20261203T150000"),
        "SUMMARY:Interview Lindqvist & Partner Ingenieure",
        org("bewerbung@lp-ingenieure.de", "Lindqvist & Partner Ingenieure Bewerbermanagement"),
        att("m.lindqvist@lp-ingenieure.de", "Mats Lindqvist"), att("c.sauer@lp-ingenieure.de", "Corinna Sauer"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Ihr Termin für die Stelle \"Fachplaner Elektro- und Tiefbau Umspannwerke\".\n"
                             "Ihre Gesprächspartner: Mats Lindqvist (geschäftsführender Partner) und Corinna "
                             "Sauer (Projektleitung).\n\n" + zoom("https://lp-ingenieure.zoom.us/j/93310221845",
                                                                  "933 1022 1845", "LP2026", "de")
                             + "\n\nVersendet mit d.vinci"),
        "LOCATION:Zoom"]], tzs=("Europe/Berlin",)),
        True, "Lindqvist & Partner Ingenieure", "Fachplaner Elektro- und Tiefbau Umspannwerke", "hiring_manager",
        ("m.lindqvist@lp-ingenieure.de", "c.sauer@lp-ingenieure.de"))

    u = "3fh8kq0c1mbd8dl2@google.com"
    add("google-zweites-gespraech", "de", u, doc(GOO, [[
        "DTSTART:20261210T130000Z", "DTEND:20261210T140000Z", f"DTSTAMP:{STAMP}",
        org("f.wendt@colonia-energiepark.de", "Felix Wendt"), f"UID:{u}",
        att("f.wendt@colonia-energiepark.de", "Felix Wendt", ps="ACCEPTED"),
        att("j.roemer@colonia-energiepark.de", "Johanna Römer"), att(ME, "jonas.becker@gmx.de"),
        "DESCRIPTION:" + esc("Hi Jonas, wie besprochen die zweite Runde – diesmal mit Johanna aus der "
                             "Geschäftsführung. Thema: Deine Erfahrung mit Genehmigungsverfahren und "
                             "Kabeltrassen.\n\n" + meet("cep-bwqa-mtx", "de")),
        "SUMMARY:Colonia Energiepark x Jonas Becker – 2. Gespräch", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]]),
        True, "Colonia Energiepark", "", "final", ("f.wendt@colonia-energiepark.de", "j.roemer@colonia-energiepark.de"))

    u = "handtyped-de-0001@jonas"
    add("handtyped-telefon", "de", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261201T171500"),
        tdt("DTEND", "Europe/Berlin", "20261201T174500"),
        "SUMMARY:Tel. Vorstellungsgespräch Windkontor Hanse (Fr. Brückner ruft an)",
        "DESCRIPTION:Stelle Bauleiter Netzanschluss. Gehaltsvorstellung parat haben!", "SEQUENCE:0"]],
        method=None, tzs=("Europe/Berlin",)),
        True, "Windkontor Hanse", "Bauleiter Netzanschluss", "recruiter_screen", ("Fr. Brückner",), "hand_typed")

    u = "handtyped-de-0002@jonas"
    add("handtyped-knapp", "de", u, doc("-//Apple Inc.//macOS 15.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T090000", "DTEND:20261214T103000",
        "SUMMARY:VG Stadtwerke Haan-Gruiten (Netzingenieur)",
        "LOCATION:Stadtwerke Haan-Gruiten\\, Bahnstraße 7"]], method=None,
        head=("X-WR-TIMEZONE:Europe/Berlin", "X-WR-CALNAME:Privat")),
        True, "Stadtwerke Haan-Gruiten", "Netzingenieur", "", (), "terse_abbreviation")

    u = "workday-de-0519@myworkday.com"
    add("workday-de-technik", "de", u, doc("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261215T090000Z", "DTEND:20261215T103000Z",
        "SUMMARY:Interview: Senior Ingenieur Netzintegration (JR-10492)",
        org("rheinwerk@myworkday.com", "RheinWerk Energie AG"),
        att("b.kuhn@rheinwerk-energie.de", "Benedikt Kuhn"), att("n.yilmaz@rheinwerk-energie.de", "Nora Yilmaz"),
        att("lisa.hoffmann@rheinwerk-energie.de", "Lisa Hoffmann", role="OPT-PARTICIPANT"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Interviewtyp: Technisches Interview\nInterviewer: Benedikt Kuhn, Nora Yilmaz\n"
                             "Koordination: Lisa Hoffmann (Talent Acquisition) – nimmt nicht am Gespräch teil.\n\n"
                             + teams("de")),
        "LOCATION:Microsoft Teams"]]),
        True, "RheinWerk Energie", "Senior Ingenieur Netzintegration", "technical",
        ("b.kuhn@rheinwerk-energie.de", "n.yilmaz@rheinwerk-energie.de"))

    u = "agentur-krs-20261204"
    add("agentur-nennt-kunde", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261204T110000"), tdt("DTEND", WEST, "20261204T120000"),
        "SUMMARY:Vorstellungsgespräch bei unserem Mandanten Hanseatische Netzbau GmbH",
        org("p.stein@kraemer-stein.de", "Stein, Patrick"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hallo Herr Becker,\nanbei der Termin beim Mandanten: Hanseatische Netzbau GmbH, "
                             "Position Projektingenieur Umspannwerke. Ihr Gesprächspartner ist Herr Ralf "
                             "Dierks (Technischer Leiter). Adresse: Billstraße 88, 20539 Hamburg.\nViel Erfolg!\n"
                             "Patrick Stein\nKrämer & Stein Personalberatung"),
        "LOCATION:Billstraße 88\\, 20539 Hamburg"]], tzs=(WEST,)),
        True, "Hanseatische Netzbau", "Projektingenieur Umspannwerke", "hiring_manager", ("Ralf Dierks",), "agency")

    u = "founder-webde-agri-rhl"
    add("gruender-webde", "de", u, doc("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261205T100000"),
        tdt("DTEND", "Europe/Berlin", "20261205T113000"),
        "SUMMARY:Gespräch Agrivolt Rheinland / Jonas", org("m.schneider-agrivolt@web.de", "Markus Schneider"),
        att("m.schneider-agrivolt@web.de", "Markus Schneider", ps="ACCEPTED"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Moin Jonas, wie am Telefon gesagt: Wir (Agrivolt Rheinland, 6 Leute) suchen "
                             "jemanden für Bauleitung und Entwässerungsplanung unserer Agri-PV-Parks. Lass uns "
                             "Samstag bei mir im Büro in Neuss sprechen – das ist unser Bewerbungsgespräch, "
                             "ganz ohne Krawatte :)"),
        "LOCATION:Further Str. 4\\, Neuss"]], tzs=("Europe/Berlin",)),
        True, "Agrivolt Rheinland", "", "hiring_manager", ("m.schneider-agrivolt@web.de",), "founder_free_mail")

    u = "teamtailor-de-5521"
    add("teamtailor-abschluss", "de", u, doc("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261218T090000Z", "DTEND:20261218T110000Z",
        "SUMMARY:Finales Gespräch & Team-Kennenlernen | Solarflink",
        org("noreply@teamtailor-mail.com", "Solarflink via Teamtailor"),
        att("kim.albrecht@solarflink.de", "Kim Albrecht"), att("ole.marx@solarflink.de", "Ole Marx"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Letzte Runde für die Stelle Grid Connection Lead (Remote/Köln). Kim (CEO) und "
                             "Ole (CTO) sind dabei, danach lernst Du beim Mittagessen das Team kennen."),
        "LOCATION:Solarflink\\, Mediapark 7\\, 50670 Köln"]]),
        True, "Solarflink", "Grid Connection Lead", "final", ("kim.albrecht@solarflink.de", "ole.marx@solarflink.de"))

    u = "owa-de-fachbereich-7740"
    add("owa-verschoben", "de", u, doc("-//Microsoft Corporation//Outlook Web App//DE", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261211T143000"), tdt("DTEND", WEST, "20261211T153000"),
        "SUMMARY:Verschoben: Gespräch Fachbereichsleitung – Becker, Jonas", "SEQUENCE:3",
        org("r.weber@lp-ingenieure.de", "Weber, Regina"), att("r.weber@lp-ingenieure.de", "Weber, Regina"),
        att(ME, "Becker, Jonas"),
        "DESCRIPTION:" + esc("Hallo Herr Becker, wie besprochen verschieben wir unser Gespräch (Fachbereich "
                             "Energie, Stelle Projektingenieur Netzanschluss Wind) auf Freitag. Neuer Termin "
                             "siehe oben.\nGruß, Regina Weber\nFachbereichsleiterin Energie\nLindqvist & "
                             "Partner Ingenieure"),
        "LOCATION:Teams"]], tzs=(WEST,)),
        True, "Lindqvist & Partner Ingenieure", "Projektingenieur Netzanschluss Wind", "hiring_manager",
        ("r.weber@lp-ingenieure.de",), "rescheduled")

    u = "ganztag-ac-elbwerk-2027"
    add("assessment-ganztag", "de", u, doc(GOO, [[
        "DTSTART;VALUE=DATE:20270114", "DTEND;VALUE=DATE:20270115", f"DTSTAMP:{STAMP}", f"UID:{u}",
        "SUMMARY:Assessment Center Elbwerk Erneuerbare (Hamburg)",
        "DESCRIPTION:" + esc("Auswahltag für die Stelle Projektleiter "
                             "Netzanschluss. Präsentation 15 min vorbereiten. Hotel gebucht."),
        "TRANSP:TRANSPARENT"]], method=None, head=("X-WR-CALNAME:Jonas privat", "X-WR-TIMEZONE:Europe/Berlin")),
        True, "Elbwerk Erneuerbare", "Projektleiter Netzanschluss", "onsite", (), "all_day")

    u = "bookings-de-88a1"
    add("bookings-de-telefon", "de", u, doc("-//Microsoft Corporation//Microsoft Bookings//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T083000Z", "DTEND:20261207T090000Z",
        "SUMMARY:Telefoninterview – Stadtwerke Düsseldorf-Süd Netz GmbH",
        org("karriere@swds-netz.de", "Karriere Stadtwerke Düsseldorf-Süd"),
        att("c.wolff@swds-netz.de", "Carsten Wolff"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Ihre Buchung ist bestätigt.\nService: Telefoninterview Bewerbende (30 Min.)\n"
                             "Mitarbeiter: Carsten Wolff, Personalreferent\nStelle: Netzplaner Mittelspannung"),
        "LOCATION:Telefon"]]),
        True, "Stadtwerke Düsseldorf-Süd Netz", "Netzplaner Mittelspannung", "recruiter_screen",
        ("c.wolff@swds-netz.de",))

    u = "greenhouse-de-9912"
    add("greenhouse-de-case", "de", u, doc("-//Greenhouse Software//Interview Scheduler//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261216T100000"),
        tdt("DTEND", "Europe/Berlin", "20261216T113000"),
        "SUMMARY:Case Study Interview – Jonas Becker (Netzanschlussingenieur:in)",
        org("maike.lorenz@voltara.energy", "Maike Lorenz"),
        att("jan.ebert@voltara.energy", "Jan Ebert"), att("p.sommer@voltara.energy", "Paula Sommer"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hallo Jonas,\nhier die Einladung zum Case-Study-Interview bei Voltara. Du "
                             "präsentierst Jan und Paula Deine Lösung für den Netzanschluss eines 40-MW-"
                             "Batteriespeichers.\nBei Fragen melde Dich gern bei mir – Maike (Recruiting "
                             "Coordinator)\n\n" + meet("vlt-case-xyz", "de")),
        "LOCATION:Google Meet"]], tzs=("Europe/Berlin",)),
        True, "Voltara", "Netzanschlussingenieur:in", "technical",
        ("jan.ebert@voltara.energy", "p.sommer@voltara.energy"))

    u = "dienstadresse-ags-0412"
    add("an-dienstadresse", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261207T160000"), tdt("DTEND", WEST, "20261207T170000"),
        "SUMMARY:Bewerbungsgespräch Rhein-Kreis Energie – Herr Becker",
        org("g.lange@rk-energie.de", "Lange, Gerd"), att(WORK, "Becker, Jonas"),
        att("g.lange@rk-energie.de", "Lange, Gerd"), att("a.frank@rk-energie.de", "Frank, Anja"),
        "DESCRIPTION:" + esc("Sehr geehrter Herr Becker,\nleider haben wir Ihre Dienstadresse erwischt – wir "
                             "bestätigen das Gespräch zur Stelle Gruppenleiter Anlagenbau Wind/PV mit Herrn Lange "
                             "(Geschäftsführer) und Frau Frank (Personal).\n" + teams("de")),
        "LOCATION:Microsoft Teams-Besprechung"]], tzs=(WEST,)),
        True, "Rhein-Kreis Energie", "Gruppenleiter Anlagenbau Wind/PV", "hiring_manager",
        ("g.lange@rk-energie.de", "a.frank@rk-energie.de"), "work_address")

    u = "ms-zoom-de-ta-55"
    add("zoom-de-fachinterview", "de", u, doc("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261212T090000"),
        tdt("DTEND", "Europe/Berlin", "20261212T100000"),
        "SUMMARY:Fachinterview Solarpark-Planung | Sonnfeld Energie",
        org("d.hartung@sonnfeld-energie.de", "Dennis Hartung"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Dennis Hartung lädt Sie zu einem geplanten Zoom-Meeting ein.\nThema: "
                             "Fachinterview – Junior Projektmanager Solarpark-Planung\n\n"
                             + zoom("https://us06web.zoom.us/j/81177260033", "811 7726 0033", "Sonne1", "de")),
        "LOCATION:https://us06web.zoom.us/j/81177260033"]], tzs=("Europe/Berlin",)),
        True, "Sonnfeld Energie", "Junior Projektmanager Solarpark-Planung", "technical",
        ("d.hartung@sonnfeld-energie.de",))
