"""holdout46: the user's own interviews with Berlin/German employers (German and English invites)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams, zoom
from holdout46ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    Ev,
    alarm,
    att,
    cal,
    gatt,
    google_uid,
    html,
    ms_tail,
    mstz,
    org,
    outlook_uid,
    p,
    pos,
    tz,
    uuid,
)

WEU = "W. Europe Standard Time"
PERSONIO = ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0"]


def events() -> list[Ev]:
    out: list[Ev] = []

    # Zahlwerk: Personio Kennenlerngespräch (du-form), Meet boilerplate in German
    uid = f"{uuid('zw-screen')}@personio.de"
    desc = ("Hallo Grace,\n\nvielen Dank für deine Bewerbung als Senior QA Engineer (m/w/d) bei Zahlwerk! Wir möchten "
            "dich gerne zu einem ersten Kennenlerngespräch (30 Min.) mit Lena Brandt aus unserem Talent-Team "
            "einladen. Das Gespräch findet auf Englisch statt.\n\nDatum: 12.03.2025\nUhrzeit: 15:00 - 15:30 "
            "(Europe/Berlin)\n\n" + meet("de", "zw-screen") + "\n\nViele Grüße\nDein Zahlwerk Recruiting Team")
    out.append(pos("personio-kennenlernen-de", cal(PERSONIO, [
        f"UID:{uid}", "DTSTAMP:20250305T101200Z", "DTSTART;TZID=Europe/Berlin:20250312T150000",
        "DTEND;TZID=Europe/Berlin:20250312T153000", org("lena.brandt@zahlwerk.de", "Lena Brandt"),
        att(FREE, "Grace Okonkwo"), att("lena.brandt@zahlwerk.de", "Lena Brandt", ps="ACCEPTED"),
        p("SUMMARY", "Kennenlerngespräch – Senior QA Engineer (m/w/d)"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("zw-screen")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/Berlin"),), method="REQUEST"), uid, "Zahlwerk", "Senior QA Engineer (m/w/d)",
        "recruiter_screen", "lena.brandt@zahlwerk.de"))

    # Zahlwerk: technical interview moved by the engineering manager (Exchange, Windows zone, sequence 1)
    uid = outlook_uid("zw-tech")
    desc = ("Hi Grace,\n\nwie per Mail besprochen verschieben wir das technische Interview auf Donnerstag. Dabei sind "
            "Stefan Krüger (Engineering Manager Payments) und Aylin Demir (Senior SDET).\n\nInhalt: Live-Übung mit "
            "Playwright (TypeScript) und eine Diskussion deiner Teststrategie für eine Zahlungs-API. Gerne auf "
            "Englisch.\n\nBis dann!\nStefan\n\n" + teams("de", "zw-tech"))
    out.append(pos("rescheduled-exchange-de", cal(EXCHANGE, [
        org("stefan.krueger@zahlwerk.de", "Krüger, Stefan"), att(FREE, "grace.okonkwo@gmail.com"),
        att("aylin.demir@zahlwerk.de", "Demir, Aylin"), p("DESCRIPTION;LANGUAGE=de-DE", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=de-DE", "Technisches Interview – Grace Okonkwo (Senior QA Engineer)"),
        f"DTSTART;TZID={WEU}:20250327T100000", f"DTEND;TZID={WEU}:20250327T113000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250321T090215Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:1",
        p("LOCATION;LANGUAGE=de-DE", "Microsoft Teams-Besprechung"), *ms_tail(seq=1), html(desc), *alarm(15),
    ], tzs=(mstz(WEU, False),), method="REQUEST", method_first=True), uid, "Zahlwerk",
        "Senior QA Engineer", "technical", "stefan.krueger@zahlwerk.de;aylin.demir@zahlwerk.de"))

    # Zahlwerk: final round in English, Personio
    uid = f"{uuid('zw-final')}@personio.de"
    desc = ("Hi Grace,\n\ncongratulations on making it to the final round for Senior QA Engineer (m/w/d)! You'll meet "
            "Jan-Philipp Voss (CTO) and Miriam Ahmadi (VP People) for a 60 minute conversation about ownership, "
            "quality culture and how you'd grow the QA chapter.\n\n" + meet("en", "zw-final") +
            "\n\nBest,\nLena – Zahlwerk Talent")
    out.append(pos("personio-final-en", cal(["PRODID:-//Personio GmbH//Personio Recruiting//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250408T083000Z", "DTSTART;TZID=Europe/Berlin:20250414T160000",
        "DTEND;TZID=Europe/Berlin:20250414T170000", org("lena.brandt@zahlwerk.de", "Lena Brandt"),
        att(FREE, "Grace Okonkwo"), att("jan-philipp.voss@zahlwerk.de", "Jan-Philipp Voss"),
        att("miriam.ahmadi@zahlwerk.de", "Miriam Ahmadi"),
        p("SUMMARY", "Final interview – Zahlwerk (Senior QA Engineer)"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("zw-final")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/Berlin"),), method="REQUEST"), uid, "Zahlwerk", "Senior QA Engineer (m/w/d)", "final",
        "jan-philipp.voss@zahlwerk.de;miriam.ahmadi@zahlwerk.de"))

    # Frachtwerk Logistics GmbH: softgarden text sent from HR's Exchange mailbox, Sie-form, team lead interviews
    uid = outlook_uid("frachtwerk")
    desc = ("Sehr geehrte Frau Okonkwo,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem "
            "Vorstellungsgespräch mit Herrn Thomas Becker (Teamleiter Qualitätssicherung) einzuladen. Das Gespräch "
            "findet per Microsoft Teams statt und dauert ca. 60 Minuten.\n\nMit freundlichen Grüßen\nSabine Wolff\n"
            "Personalabteilung\nFrachtwerk Logistics GmbH\n\n" + teams("de", "frachtwerk", True) +
            "\n\nDiese Einladung wurde über softgarden versendet.")
    out.append(pos("softgarden-exchange-de", cal(EXCHANGE, [
        org("sabine.wolff@frachtwerk.de", "Wolff, Sabine"), att(FREE, "grace.okonkwo@gmail.com"),
        att("thomas.becker@frachtwerk.de", "Becker, Thomas"), p("DESCRIPTION;LANGUAGE=de-DE", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch – Senior Testautomatisierer (m/w/d) – Frau Okonkwo"),
        f"DTSTART;TZID={WEU}:20250403T140000", f"DTEND;TZID={WEU}:20250403T150000", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20250327T124400Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=de-DE", "Microsoft Teams-Besprechung"), *ms_tail(),
    ], tzs=(mstz(WEU, False),), method="REQUEST", method_first=True), uid, "Frachtwerk Logistics",
        "Senior Testautomatisierer (m/w/d)", "hiring_manager", "thomas.becker@frachtwerk.de"))

    # Nordbahn Mobility: Greenhouse text in English, German Outlook display-name zone, coordinator organises
    uid = outlook_uid("nordbahn")
    zone = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    desc = ("Hi Grace,\n\nThanks for your time so far! Here are the details for your technical interview for Senior "
            "SDET (Remote, EU).\n\nInterviewers:\nAhmed Farouk – Staff QA Engineer\nGreta Lindahl – Backend "
            "Engineer, Ticketing\n\nExpect a test design exercise around our journey planner API and a conversation "
            "about your CI experience.\n\nKatharina Schulz\nRecruiting Coordinator | Nordbahn Mobility GmbH\n\n"
            + zoom("en", "nordbahn", host="nordbahn"))
    out.append(pos("greenhouse-de-zone-outlook-en", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250312T151000Z", p("DESCRIPTION", desc),
        f"DTEND;TZID=\"{zone}\":20250319T120000", "DTSTAMP:20250312T151000Z",
        f"DTSTART;TZID=\"{zone}\":20250319T110000", "LAST-MODIFIED:20250312T151000Z",
        p("LOCATION", "Zoom"), org("katharina.schulz@nordbahn.io", "Schulz, Katharina"),
        att(FREE, "Grace Okonkwo"), att("ahmed.farouk@nordbahn.io", "Farouk, Ahmed"),
        att("greta.lindahl@nordbahn.io", "Lindahl, Greta"), "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=de", "Nordbahn Mobility – Technical Interview – Senior SDET (Remote, EU)"),
        "TRANSP:OPAQUE", f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-CONFTYPE:0",
    ], tzs=(mstz(zone, False),), method="REQUEST", method_first=True), uid, "Nordbahn Mobility",
        "Senior SDET (Remote, EU)", "technical", "ahmed.farouk@nordbahn.io;greta.lindahl@nordbahn.io"))

    # Tessera Health: Teamtailor final, Berlin start-up in English
    uid = f"interview-{uuid('tessera')[:13]}@teamtailor.com"
    desc = ("Hi Grace,\n\nYou have an interview with Tessera Health for the position Senior QA Automation Engineer "
            "(Remote, EU).\n\nWith: Dr. Carla Jung (CTO), Benedikt Haas (Head of Product)\n\nThis is the final "
            "conversation in our process – no preparation needed beyond questions for us.\n\n"
            + meet("en", "tessera") + "\n\nTessera Health Recruiting")
    out.append(pos("teamtailor-final-en", cal(["PRODID:-//Teamtailor//Teamtailor Calendar//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250429T092000Z", "DTSTART;TZID=Europe/Berlin:20250506T140000",
        "DTEND;TZID=Europe/Berlin:20250506T150000", org("jobs@tessera.health", "Tessera Health Recruiting"),
        att(FREE, "Grace Okonkwo"), att("carla.jung@tessera.health", "Carla Jung"),
        att("benedikt.haas@tessera.health", "Benedikt Haas"),
        p("SUMMARY", "Interview with Tessera Health"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("tessera")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/Berlin"),), method="REQUEST"), uid, "Tessera Health",
        "Senior QA Automation Engineer (Remote, EU)", "final",
        "carla.jung@tessera.health;benedikt.haas@tessera.health"))

    # Havelland Versicherung AG: SuccessFactors, Zweitgespräch vor Ort in Potsdam
    uid = f"SF-INT-{uuid('havelland')[:18]}@successfactors.eu"
    desc = ("Sehr geehrte Frau Okonkwo,\n\nnach dem positiven ersten Gespräch laden wir Sie herzlich zu einem "
            "persönlichen Zweitgespräch an unserem Standort Potsdam ein.\n\nGesprächspartner:\n- Dr. Henrik Vogel, "
            "Bereichsleiter IT-Qualitätsmanagement\n- Claudia Reimann, Personalreferentin\n\nAdresse: Havelland "
            "Versicherung AG, Friedrich-Ebert-Straße 112, 14467 Potsdam, Empfang Haus B\nReisekosten werden gemäß "
            "unserer Richtlinie erstattet.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Havelland "
            "Versicherung")
    out.append(pos("successfactors-zweitgespraech-de", cal(
        ["PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//DE", "VERSION:2.0"], [
            f"UID:{uid}", "DTSTAMP:20250422T071500Z", "DTSTART;TZID=Europe/Berlin:20250430T100000",
            "DTEND;TZID=Europe/Berlin:20250430T113000",
            org("recruiting@havelland-versicherung.de", "Havelland Versicherung Recruiting"),
            att(FREE, "Grace Okonkwo"), att("henrik.vogel@havelland-versicherung.de", "Dr. Henrik Vogel"),
            att("claudia.reimann@havelland-versicherung.de", "Claudia Reimann"),
            p("SUMMARY", "Einladung zum Zweitgespräch: Senior Test Automation Engineer (w/m/d)"),
            p("DESCRIPTION", desc),
            p("LOCATION", "Havelland Versicherung AG, Friedrich-Ebert-Straße 112, 14467 Potsdam"),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ], tzs=(tz("Europe/Berlin"),), method="REQUEST"), uid, "Havelland Versicherung",
        "Senior Test Automation Engineer (w/m/d)", "onsite",
        "henrik.vogel@havelland-versicherung.de;claudia.reimann@havelland-versicherung.de"))

    # Lindenblatt Software: the QA team lead invites directly from Google, in German, UTC
    uid = google_uid("lindenblatt")
    desc = ("Hallo Grace,\n\nwie besprochen hier die Einladung für unser Gespräch. Ich bin Teamlead QA und würde dir "
            "gern unser Team vorstellen und mehr über deine Erfahrung mit Testautomatisierung hören. Wir können das "
            "Gespräch gern auf Englisch führen.\n\nBis Dienstag!\nJonas\n\n" + meet("de", "lindenblatt"))
    out.append(pos("google-teamlead-direct-de", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART:20250415T140000Z", "DTEND:20250415T145000Z", "DTSTAMP:20250409T161900Z",
        org("jonas.lindner@lindenblatt.de", "Jonas Lindner"), f"UID:{uid}",
        gatt("jonas.lindner@lindenblatt.de", "Jonas Lindner", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('lindenblatt')}", "CREATED:20250409T161858Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250409T161858Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Interview Grace Okonkwo / Lindenblatt – Testautomatisierung"), "TRANSP:OPAQUE",
    ]), uid, "Lindenblatt Software", "", "hiring_manager", "jonas.lindner@lindenblatt.de"))

    # Kiezkraft Energie: German phone screen from the recruiter's Google Calendar
    uid = google_uid("kiezkraft")
    desc = ("Hi Grace,\n\nwie besprochen ruft dich Paula Seidel (Recruiting) unter +44 7700 900418 an. Wir sprechen "
            "ca. 30 Minuten über deinen Hintergrund, deine Gehaltsvorstellung und die Rolle QA Lead (m/w/d) – "
            "remote aus UK ist für uns kein Problem.\n\nBeste Grüße\nPaula\nKiezkraft Energie GmbH")
    out.append(pos("phone-screen-de", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART;TZID=Europe/Berlin:20250225T113000", "DTEND;TZID=Europe/Berlin:20250225T120000",
        "DTSTAMP:20250220T135000Z", org("paula.seidel@kiezkraft.de", "Paula Seidel"), f"UID:{uid}",
        gatt("paula.seidel@kiezkraft.de", "Paula Seidel", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
        "CREATED:20250220T134958Z", p("DESCRIPTION", desc), "LAST-MODIFIED:20250220T134959Z",
        p("LOCATION", "Telefon"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Telefoninterview: Grace Okonkwo – QA Lead (m/w/d)"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Berlin"),)), uid, "Kiezkraft Energie", "QA Lead (m/w/d)", "recruiter_screen",
        "paula.seidel@kiezkraft.de"))

    return out
