"""holdout52: more of the user's own interviews in German (agencies, bookings, recurring, cancelled, all-day)."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, webex, zoom
from holdout52ev_ics import GMX, T, att, cal, ev, ms_uid, org, room, vev, when, xalt

FORMS = {
    "Finlo": ["Finlo Payments", "Finlo Payments GmbH"],
    "Dataspree": [],
    "Brenner & Partner": ["Brenner & Partner Consulting", "Brenner und Partner"],
    "Sihltal Vorsorge": ["Sihltal"],
    "Almtal Logistik": ["Almtal"],
    "Pixelmoor": [],
    "Wiental Data Solutions": ["Wiental Data", "Wiental"],
    "Privatbank Aeschbach": ["Aeschbach", "Zürcher Privatbank Aeschbach"],
}


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = ms_uid("mpage-marchfeld-0412")
    a(ev("agency-de", cal("outlook", vev(
        T("DESCRIPTION", "Liebe Frau Moser,\n\nanbei wie besprochen die Einladung zu Ihrem Vorstellungsgespräch "
          "bei unserem Kunden Marchfeld Logistik GmbH für die Position Supply Chain Data Analyst.\n\n"
          "Ihre Gesprächspartner: Mag. Christoph Fellner (Leitung Supply Chain Controlling) und "
          "Birgit Oberhauser (HR Business Partnerin).\nAdresse: Industriestraße 12, 2301 Groß-Enzersdorf\n\n"
          "Ich rufe Sie am Tag danach für ein kurzes Feedback an.\n\nViele Grüße\nDaniel Riegler\n"
          "Senior Consultant | Michael Page Austria"),
        *when("W. Europe Standard Time", "20251008T140000", "20251008T150000"),
        T("LOCATION", "Marchfeld Logistik GmbH, Industriestraße 12, 2301 Groß-Enzersdorf"),
        T("SUMMARY", "Vorstellungsgespräch Marchfeld Logistik – Supply Chain Data Analyst"), f"UID:{uid}",
        org("daniel.riegler@michaelpage.at", "Riegler, Daniel"), att(GMX, "Teresa Moser"),
        att("c.fellner@marchfeld-logistik.at", "Fellner, Christoph"),
        att("b.oberhauser@marchfeld-logistik.at", "Oberhauser, Birgit"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"), tz=("W. Europe Standard Time",), tznames=False),
        uid, 1, "Marchfeld Logistik", "Supply Chain Data Analyst", "",
        ["c.fellner@marchfeld-logistik.at", "b.oberhauser@marchfeld-logistik.at"], "agency-names-employer-de"))

    uid = "bk-7f1c2a9e-3b5d-41e8-a0c6-traunseebank@bookings.outlook.com"
    a(ev("bookings-de", cal("bookings", vev(
        f"UID:{uid}", *when("W. Europe Standard Time", "20250929T090000", "20250929T093000"),
        T("SUMMARY", "Erstgespräch Bewerbung – Teresa Moser"),
        org("Karriere@traunseebank.onmicrosoft.com", "Traunsee Bank Karriere"),
        att(GMX, "Teresa Moser"), att("m.leitner@traunseebank.at", "Martina Leitner"),
        T("DESCRIPTION", "Ihre Buchung bei Traunsee Bank Karriere wurde bestätigt.\n\nService: Erstgespräch "
          "Bewerbung (30 Minuten)\nMitarbeiter:in: Martina Leitner (Recruiting)\nStelle: Data Analyst "
          "Risikomanagement\n\n" + teams("de", "OTgzYWNmMDYt", "415508371629")
          + "\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/TraunseeBankKarriere@traunseebank.at/"
          "bookings/"), T("LOCATION", "Microsoft Teams")), tz=("W. Europe Standard Time",)),
        uid, 1, "Traunsee Bank", "Data Analyst Risikomanagement", "recruiter_screen", ["m.leitner@traunseebank.at"]))

    uid = "1r4kq8d2m0v7tb5n9e3sfh6c2a@google.com"
    desc = ("Hallo Teresa,\n\nhier die beiden Termine für unseren Interviewtag (Teil 1: Case + Team, Teil 2: "
            "Gespräch mit Geschäftsführung). Wir sind im Büro in der Lassallestraße 7b.\n\nLG Jakob\n\n"
            + meet("de", "wpd-tfka-zxe"))
    a(ev("recurring-override-de", cal("google", vev(
        *when("Europe/Vienna", "20251013T093000", "20251013T123000"), "RRULE:FREQ=WEEKLY;COUNT=2",
        "DTSTAMP:20250926T101500Z", org("jakob.auer@gruenblick-energie.at", "Jakob Auer"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("jakob.auer@gruenblick-energie.at", "Jakob Auer", ps="ACCEPTED"),
        att("m.sturm@gruenblick-energie.at", "Marie Sturm"), "CREATED:20250926T101200Z", T("DESCRIPTION", desc),
        T("LOCATION", "Grünblick Energie GmbH, Lassallestraße 7b, 1020 Wien"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Interviewtag Grünblick Energie – Data Analyst Asset Performance"), "TRANSP:OPAQUE"),
        vev(*when("Europe/Vienna", "20251021T140000", "20251021T150000"), "DTSTAMP:20250929T081000Z",
            org("jakob.auer@gruenblick-energie.at", "Jakob Auer"), f"UID:{uid}",
            "RECURRENCE-ID;TZID=Europe/Vienna:20251020T093000",
            att(GMX, "teresa.moser@gmx.at"), att("jakob.auer@gruenblick-energie.at", "Jakob Auer"),
            att("p.gruber@gruenblick-energie.at", "Peter Gruber"), T("DESCRIPTION", desc + "\n\nTeil 2 verschoben "
                                                                      "auf Dienstag 14 Uhr (Peter ist GF)."),
            T("LOCATION", "Grünblick Energie GmbH, Lassallestraße 7b, 1020 Wien"), "SEQUENCE:1",
            "STATUS:CONFIRMED", T("SUMMARY", "Interviewtag Grünblick Energie – Teil 2 (GF)")),
        tz=("Europe/Vienna",), head=("X-WR-CALNAME:teresa.moser@gmx.at",)),
        uid, 1, "Grünblick Energie", "Data Analyst Asset Performance", "onsite",
        ["jakob.auer@gruenblick-energie.at", "m.sturm@gruenblick-energie.at", "p.gruber@gruenblick-energie.at"],
        "recurring-override-de"))

    uid = "personio-interview-0c7d3e12-9b44-4f0a-8e21-77a9c2d5e6b3"
    a(ev("cancelled-de", cal("personio", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251006T100000", "20251006T110000"),
        T("SUMMARY", "Abgesagt: Fachgespräch Data Analyst Portfoliomanagement"),
        org("jobs@hohenau-immobilien.at", "Hohenau Immobilien GmbH"), att(GMX, "Teresa Moser"),
        att("r.steindl@hohenau-immobilien.at", "Robert Steindl"), "STATUS:CANCELLED", "SEQUENCE:2",
        T("DESCRIPTION", "Liebe Frau Moser,\nleider müssen wir das Fachgespräch mit Robert Steindl absagen. "
          "Wir melden uns mit einem neuen Terminvorschlag.\nHohenau Immobilien GmbH")),
        method="CANCEL", tz=("Europe/Vienna",)),
        uid, 1, "Hohenau Immobilien", "Data Analyst Portfoliomanagement", "technical",
        ["r.steindl@hohenau-immobilien.at"], "cancelled-method-cancel-de"))

    uid = ms_uid("kaiserwerk-zweitg")
    a(ev("rescheduled-de", cal("outlook", vev(
        T("DESCRIPTION", "Liebe Frau Moser,\n\nleider muss Herr Kraus den Termin verschieben – neuer Termin "
          "wie unten. Ort unverändert: Kaiserwerk Digital, Mariahilfer Straße 99, 1060 Wien, "
          "Besprechungsraum Neubau.\n\nLG Verena Koller\nPeople & Culture"),
        *when("W. Europe Standard Time", "20251017T130000", "20251017T141500"),
        T("LOCATION", "Kaiserwerk Digital – Besprechungsraum Neubau"), "SEQUENCE:2",
        T("SUMMARY", "Verschoben: Zweitgespräch Analytics Engineer (Teresa Moser)"), f"UID:{uid}",
        org("verena.koller@kaiserwerk.digital", "Koller, Verena"), att(GMX, "Teresa Moser"),
        att("thomas.kraus@kaiserwerk.digital", "Kraus, Thomas"), att("ines.bauer@kaiserwerk.digital", "Bauer, Ines"),
        room("neubau@kaiserwerk.digital", "Besprechungsraum Neubau"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        xalt("<p>Liebe Frau Moser,</p><p>leider muss Herr Kraus den Termin verschieben.</p>")),
        tz=("W. Europe Standard Time",), tznames=False),
        uid, 1, "Kaiserwerk Digital", "Analytics Engineer", "",
        ["thomas.kraus@kaiserwerk.digital", "ines.bauer@kaiserwerk.digital"], "rescheduled-outlook-de"))

    uid = ms_uid("kaiserwerk-erstg")
    a(ev("outlook-screen-de", cal("exchange", vev(
        T("DESCRIPTION", "Hallo Teresa,\n\ndanke für deine Bewerbung! Lass uns in einem kurzen Call "
          "kennenlernen.\n\n" + teams("de", "MWQ4OWE1N2It", "270635199842")),
        *when("W. Europe Standard Time", "20250924T160000", "20250924T163000"),
        T("SUMMARY", "Kaiserwerk Digital <> Teresa Moser | Kennenlernen"), f"UID:{uid}",
        org("verena.koller@kaiserwerk.digital", "Koller, Verena"), att(GMX, "Teresa Moser"),
        T("LOCATION", "Microsoft Teams Meeting")), tz=("W. Europe Standard Time",), tznames=False),
        uid, 1, "Kaiserwerk Digital", "", "recruiter_screen", ["verena.koller@kaiserwerk.digital"],
        "exchange-intro-de"))

    uid = "ac-dcp-2025-11-04-moser@donaucapital.at"
    a(ev("all-day-de", cal("outlook", vev(
        f"UID:{uid}", *when("DATE", "20251104", "20251105"),
        T("SUMMARY", "Assessment Center Donau Capital Partners – Graduate Analyst Programm"),
        org("hr@donaucapital.at", "Donau Capital Partners HR"), att(GMX, "Teresa Moser"),
        T("DESCRIPTION", "Ablauf: 08:30 Empfang, Gruppenübung, Fallstudie, Einzelinterviews mit Partnern, "
          "ca. 17:00 Ende. Dresscode: Business.\nOrt: Schottenring 16, 1010 Wien, 5. OG"),
        "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")),
        uid, 1, "Donau Capital Partners", "Graduate Analyst Programm", "onsite", [], "all-day-assessment-de"))

    uid = ms_uid("tewag-fbl-gesprach")
    a(ev("acronym-de", cal("outlook", vev(
        T("DESCRIPTION", "Sehr geehrte Frau Moser,\n\nwir laden Sie zum Gespräch mit der Fachbereichsleitung "
          "Netzplanung ein (DI Andreas Pfurtscheller).\n\n" + teams("de", "NWNjZDAxZjgt", "356170024816")
          + "\n\nTEWAG – Tiroler Energie- und Wasserwerke AG\nPersonalmanagement"),
        *when("W. Europe Standard Time", "20251015T090000", "20251015T100000"),
        T("SUMMARY", "Bewerbungsgespräch Data Analyst Netzplanung (m/w/d)"), f"UID:{uid}",
        org("bewerbung@tewag.at", "TEWAG Personalmanagement"), att(GMX, "Teresa Moser"),
        att("andreas.pfurtscheller@tewag.at", "Pfurtscheller, Andreas")), tz=("W. Europe Standard Time",)),
        uid, 1, "TEWAG", "Data Analyst Netzplanung (m/w/d)", "hiring_manager", ["andreas.pfurtscheller@tewag.at"],
        "acronym-outlook-de"))

    uid = "5m2e8q0r7k1t3v9b6n4c8x2z1p@google.com"
    a(ev("brand-google-de", cal("google", vev(
        *when("Europe/Berlin", "20251002T150000", "20251002T160000"), "DTSTAMP:20250927T090112Z",
        org("nils@getfinlo.com", "Nils Petersen"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("nils@getfinlo.com", "Nils Petersen", ps="ACCEPTED"),
        att("aylin@getfinlo.com", "Aylin Demir"),
        T("DESCRIPTION", "Hey Teresa, wie angekündigt unser Tech-Interview: dbt, ein bisschen SQL live und "
          "Fragen zu deinem Modell-Setup bei der Bank. Kein Stress :)\n\n" + meet("de", "fjk-wqzr-mnu")),
        T("LOCATION", ""), "STATUS:CONFIRMED", T("SUMMARY", "finlo x Teresa – Tech Interview")),
        tz=("Europe/Berlin",)),
        uid, 1, "Finlo", "", "technical", ["nils@getfinlo.com", "aylin@getfinlo.com"], "brand-domain-de"))

    uid = "0b7s3k9d1f6h2j8l4q5w7e9r0t@google.com"
    a(ev("google-hm-de", cal("google", vev(
        *when("Europe/Berlin", "20251020T170000", "20251020T174500"), "DTSTAMP:20251014T150112Z",
        org("clara.stein@dataspree.io", "Clara Stein"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("clara.stein@dataspree.io", "Clara Stein", ps="ACCEPTED"),
        T("DESCRIPTION", "Hallo Teresa,\nich freue mich auf unser Gespräch! Als Head of Data erzähle ich dir, "
          "woran das Team gerade arbeitet, und du mir von deinen Projekten.\nClara\n\n" + meet("de", "oeb-kzvu-xsr")),
        T("SUMMARY", "Interview Analytics Engineer – Gespräch mit Head of Data (dataspree)")),
        tz=("Europe/Berlin",)),
        uid, 1, "Dataspree", "Analytics Engineer", "hiring_manager", ["clara.stein@dataspree.io"]))

    uid = "gh-9920318-int-47@greenhouse.io"
    a(ev("greenhouse-case-de", cal("greenhouse", vev(
        f"UID:{uid}", *when("Z", "20251022T080000", "20251022T093000"),
        T("SUMMARY", "Case Interview Runde 1 – Brenner & Partner – Consultant Data & Analytics"),
        org("no-reply@greenhouse.io", "Brenner & Partner Recruiting"), att(GMX, "Teresa Moser"),
        att("felix.hahn@brenner-partner.de", "Felix Hahn"), att("s.wolff@brenner-partner.de", "Sophie Wolff"),
        T("DESCRIPTION", "Liebe Teresa,\n\nanbei die Details zu deiner ersten Case-Runde (2 × 45 Minuten):\n"
          "09:00–09:45 Case mit Felix Hahn (Principal)\n09:45–10:30 Case mit Sophie Wolff (Manager)\n\n"
          "Ort: Brenner & Partner, Maximilianstraße 35, 80539 München. Bitte melde dich am Empfang.\n\n"
          "Viel Erfolg!\nDein Recruiting-Team"),
        T("LOCATION", "Maximilianstraße 35, 80539 München"))),
        uid, 1, "Brenner & Partner", "Consultant Data & Analytics", "technical",
        ["felix.hahn@brenner-partner.de", "s.wolff@brenner-partner.de"], "greenhouse-case-utc-de"))

    uid = "webex-2650713345-sihltal-20251030"
    a(ev("webex-final-de", cal("outlook", vev(
        f"UID:{uid}", *when("Europe/Zurich", "20251030T160000", "20251030T170000"),
        T("SUMMARY", "Finales Gespräch Data Analyst Vorsorge – mit Geschäftsleitung"),
        org("personal@sihltal-vorsorge.ch", "Sihltal Vorsorge Personal"), att(GMX, "Teresa Moser"),
        att("beat.zollinger@sihltal-vorsorge.ch", "Zollinger Beat"),
        att("monika.rueegg@sihltal-vorsorge.ch", "Rüegg Monika"),
        T("DESCRIPTION", "Grüezi Frau Moser\n\nGerne laden wir Sie zum finalen Gespräch mit Beat Zollinger "
          "(Geschäftsführer) und Monika Rüegg (Leiterin Aktuariat) ein.\n\n" + webex("de", "2650 713 345",
                                                                                      "sihltal")),
        T("LOCATION", "Webex")), tz=("Europe/Zurich",)),
        uid, 1, "Sihltal Vorsorge", "Data Analyst Vorsorge", "final",
        ["beat.zollinger@sihltal-vorsorge.ch", "monika.rueegg@sihltal-vorsorge.ch"], "webex-final-de-ch"))

    uid = "7hq2w9e4r1t8y3u6i0o5p2a7s@google.com"
    a(ev("google-xwr-de", cal("google", vev(
        "DTSTART:20250926T080000Z", "DTEND:20250926T083000Z", "DTSTAMP:20250922T110000Z",
        org("karin.moosbrugger@almtal-logistik.at", "Karin Moosbrugger"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), T("DESCRIPTION", "Erstes Kennenlernen zur Stelle Reporting & Data "
                                                         "Analyst (Vollzeit, Wels/Wien hybrid).\n\n"
                                                         + meet("de", "hwo-pnzd-ikb")),
        T("SUMMARY", "Erstes Kennenlernen – Almtal Logistik")),
        method="REQUEST", head=("X-WR-CALNAME:Teresa", "X-WR-TIMEZONE:Europe/Vienna")),
        uid, 1, "Almtal Logistik", "Reporting & Data Analyst", "recruiter_screen",
        ["karin.moosbrugger@almtal-logistik.at"], "google-xwr-utc-de"))

    uid = "calcom-6yT2qLp9w4ZkA3vB8nRd"
    a(ev("calcom-de", cal("calcom", vev(
        f"UID:{uid}", *when("Z", "20251001T090000", "20251001T093000"),
        T("SUMMARY", "Intro Call (30 min) zwischen Leon Fischer und Teresa Moser"),
        org("leon@pixelmoor.de", "Leon Fischer"), att(GMX, "Teresa Moser", ps="ACCEPTED"),
        T("DESCRIPTION", "Was: Intro Call (30 min) – Bewerbung Analytics Engineer\nWann: Mittwoch, 1. Oktober "
          "2025 11:00 - 11:30 (Europe/Berlin)\nWer:\n- Leon Fischer - Veranstalter\nleon@pixelmoor.de\n"
          "- Teresa Moser\nteresa.moser@gmx.at\nWo: Zoom\n" + zoom("de", "81244903152")
          + "\n\nNeu planen oder absagen: https://cal.com/booking/6yT2qLp9w4ZkA3vB8nRd"),
        T("LOCATION", "https://us06web.zoom.us/j/81244903152"))),
        uid, 1, "Pixelmoor", "Analytics Engineer", "recruiter_screen", ["leon@pixelmoor.de"]))

    uid = "gh-9931177-int-12@greenhouse.io"
    a(ev("greenhouse-de", cal("greenhouse", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251023T100000", "20251023T110000"),
        T("SUMMARY", "Technisches Interview: SQL & dbt – Wiental Data Solutions"),
        org("no-reply@us.greenhouse-mail.io", "Wiental Data Solutions"), att(GMX, "Teresa Moser"),
        att("d.novak@wientaldata.at", "David Novak"),
        T("DESCRIPTION", "Hallo Teresa,\n\ndein technisches Interview für die Rolle Analytics Engineer findet mit "
          "David Novak (Lead Analytics Engineer) statt.\n\n" + zoom("de", "97731120458", "wientaldata")
          + "\n\nBitte teile uns bis spätestens 24 h vorher mit, falls du den Termin nicht wahrnehmen kannst.")),
        tz=("Europe/Vienna",)),
        uid, 1, "Wiental Data Solutions", "Analytics Engineer", "technical", ["d.novak@wientaldata.at"]))

    uid = "WD-REC-SCHED-55102-aeschbach"
    a(ev("workday-ch-de", cal("workday", vev(
        f"UID:{uid}", *when("Europe/Zurich", "20251028T100000", "20251028T110000"),
        T("SUMMARY", "Interview – Data Analyst Private Banking (80–100%) – Gespräch mit Linienvorgesetztem"),
        org("aeschbach@myworkday.com", "Privatbank Aeschbach AG – Talent Acquisition"),
        att(GMX, "Teresa Moser"), att("roman.hug@aeschbach.ch", "Hug Roman"),
        T("DESCRIPTION", "Guten Tag Teresa Moser\n\nIhr Gespräch mit Roman Hug (Leiter Data Office). Ort: "
          "Bahnhofstrasse 45, 8001 Zürich, Empfang 2. Stock.\n\nPrivatbank Aeschbach AG")), tz=("Europe/Zurich",)),
        uid, 1, "Privatbank Aeschbach", "Data Analyst Private Banking (80–100%)", "hiring_manager",
        ["roman.hug@aeschbach.ch"], "workday-ch-de"))
    return out
