"""holdout67: the user's own interviews, part A (Personio, Outlook/SuccessFactors, Greenhouse, softgarden, Ashby)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_CN,
    U_WEB,
    WIN_DE,
    Ev,
    a_g,
    a_ol,
    a_plain,
    a_room,
    esc,
    google_uid,
    guid,
    html,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    valarm,
    vcal,
    zoom_en,
)

H_PERSONIO = ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0", "METHOD:REQUEST"]


def p_kessler_phone() -> Ev:
    uid = f"personio-interview-{guid('kessler-1')}@personio.de"
    desc = ("Hallo Yusuf,\n\n"
            "vielen Dank für deine Bewerbung als Junior Entwicklungsingenieur Antriebsregelung (m/w/d) bei der "
            "Kessler Antriebstechnik GmbH. Wie besprochen rufe ich dich zum vereinbarten Termin unter der "
            "Nummer aus deinen Unterlagen an (0176 4418 2093).\n\n"
            "Das Telefoninterview dauert ca. 30 Minuten. Es geht um deinen bisherigen Werdegang, deine Motivation, "
            "deine Gehaltsvorstellung und deine Kündigungsfrist.\n\n"
            "Falls etwas dazwischenkommt, gib mir bitte kurz Bescheid.\n\n"
            "Viele Grüße\nCarina Wolff\nTalent Acquisition\nKessler Antriebstechnik GmbH | Ulmer Straße 114 | "
            "73728 Esslingen am Neckar\n\n--\nDiese Einladung wurde über Personio versendet.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261117T091412Z",
        "DTSTART;TZID=Europe/Berlin:20261124T100000", "DTEND;TZID=Europe/Berlin:20261124T103000",
        t("SUMMARY", "Telefoninterview – Junior Entwicklungsingenieur Antriebsregelung (m/w/d)"),
        t("DESCRIPTION", desc), t("LOCATION", "Telefon (wir rufen dich an)"),
        org("Carina Wolff", "carina.wolff@kessler-antriebstechnik.de"),
        a_plain("Carina Wolff", "carina.wolff@kessler-antriebstechnik.de", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("personio-phone-de", vcal(H_PERSONIO, ["Europe/Berlin"], [ve]), uid, 1,
              "Kessler Antriebstechnik", "Junior Entwicklungsingenieur Antriebsregelung", "recruiter_screen",
              "carina.wolff@kessler-antriebstechnik.de", "personio-phone-screen-de")


def p_kessler_fach() -> Ev:
    uid = f"personio-interview-{guid('kessler-2')}@personio.de"
    desc = ("Hallo Yusuf,\n\n"
            "schön, dass es weitergeht! Hiermit laden wir dich zum Fachinterview zu uns nach Esslingen ein.\n\n"
            "Deine Gesprächspartner:\n"
            "- Dr. Stefan Maurer, Teamleiter Regelungstechnik\n"
            "- Julia Brandt, Senior Engineer Umrichter-Software\n\n"
            "Ablauf: Vorstellung des Teams, technische Fragen zu Regelkreisen und Antriebsauslegung "
            "(bring gern ein Projekt aus deiner bisherigen Arbeit mit, gern mit Schaltplan oder Code-Auszug), "
            "anschließend kurzer Rundgang durch das Prüffeld.\n\n"
            "Ich selbst bin nicht im Gespräch dabei, hole dich aber am Empfang in Werk 2 ab. Parkplätze findest "
            "du auf dem Besucherparkplatz P3.\n\n"
            "Viele Grüße\nCarina Wolff\nTalent Acquisition\n\n--\nDiese Einladung wurde über Personio versendet.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T140233Z",
        "DTSTART;TZID=Europe/Berlin:20261210T130000", "DTEND;TZID=Europe/Berlin:20261210T150000",
        t("SUMMARY", "Fachinterview vor Ort: Yusuf Demir – Junior Entwicklungsingenieur Antriebsregelung"),
        t("DESCRIPTION", desc),
        t("LOCATION", "Kessler Antriebstechnik GmbH, Werk 2, Ulmer Straße 114, 73728 Esslingen am Neckar"),
        org("Carina Wolff", "carina.wolff@kessler-antriebstechnik.de"),
        a_plain("Dr. Stefan Maurer", "stefan.maurer@kessler-antriebstechnik.de", "ACCEPTED"),
        a_plain("Julia Brandt", "julia.brandt@kessler-antriebstechnik.de", "ACCEPTED"),
        a_room("Werk 2 – Besprechung 1.08 (8 Pers.)", "raum-w2-108@kessler-antriebstechnik.de"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    return Ev("personio-onsite-tech-de", vcal(H_PERSONIO, ["Europe/Berlin"], [ve]), uid, 1,
              "Kessler Antriebstechnik", "Junior Entwicklungsingenieur Antriebsregelung", "technical",
              "stefan.maurer@kessler-antriebstechnik.de;julia.brandt@kessler-antriebstechnik.de",
              "personio-technical-room-de")


def p_brennwald_vg() -> Ev:
    uid = outlook_uid("brennwald-1")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "vielen Dank für Ihr Interesse an der Position Entwicklungsingenieur Fahrwerksregelsysteme (m/w/d), "
            "Req. 48122. Gerne möchten wir Sie im Rahmen eines ersten Gesprächs per Microsoft Teams näher "
            "kennenlernen.\n\n"
            "Am Gespräch nehmen Herr Thomas Röder (Abteilungsleiter Fahrwerksregelsysteme) und ich teil.\n\n"
            "Bitte bestätigen Sie den Termin über den Link in Ihrem Kandidatenprofil in SuccessFactors.\n\n"
            "Mit freundlichen Grüßen\nMelanie Haas\nHR Business Partner Entwicklung\n"
            "Brennwald Fahrzeugtechnik AG | Calwer Straße 60 | 71063 Sindelfingen\n\n" + teams_de("brennwald-1"))
    ve = [
        "BEGIN:VEVENT", org("Haas, Melanie", "melanie.haas@brennwald.com"),
        a_ol("Röder, Thomas", "thomas.roeder@brennwald.com"),
        a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch: Entwicklungsingenieur Fahrwerksregelsysteme (m/w/d) – "
          "Req. 48122"),
        "DTSTART;TZID=W. Europe Standard Time:20261202T140000",
        "DTEND;TZID=W. Europe Standard Time:20261202T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261123T075512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *outlook_tail("brennwald-1"), "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams-Besprechung\"}]",
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)),
        *valarm(15), "END:VEVENT",
    ]
    return Ev("successfactors-outlook-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Brennwald Fahrzeugtechnik", "Entwicklungsingenieur Fahrwerksregelsysteme", "",
              "melanie.haas@brennwald.com;thomas.roeder@brennwald.com", "successfactors-outlook-de")


def p_brennwald_final() -> Ev:
    uid = outlook_uid("brennwald-2")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "wie telefonisch mit Frau Haas besprochen, laden wir Sie herzlich zum abschließenden Gespräch in "
            "Sindelfingen ein.\n\n"
            "Gesprächspartner: Dr. Ingrid Falkenberg (Bereichsleiterin Fahrwerk) und Thomas Röder "
            "(Abteilungsleiter Fahrwerksregelsysteme).\n"
            "Bitte melden Sie sich um 09:15 Uhr an der Pforte Tor 3 – Ihr Besucherausweis liegt bereit. "
            "Ein Personalausweis wird benötigt.\n\n"
            "Mit freundlichen Grüßen\ni. A. Petra Zeller\nSekretariat Fahrwerksregelsysteme\n"
            "Brennwald Fahrzeugtechnik AG")
    tz = f'"{WIN_DE}"'
    ve = [
        "BEGIN:VEVENT",
        org("Röder, Thomas", "thomas.roeder@brennwald.com", sent_by="petra.zeller@brennwald.com"),
        a_ol("Falkenberg, Dr. Ingrid", "ingrid.falkenberg@brennwald.com"),
        a_ol(U_CN, U_WEB),
        a_ol("Haas, Melanie", "melanie.haas@brennwald.com", role="OPT-PARTICIPANT"),
        a_room("SIF-B12-3.041 Besprechungsraum (10)", "sif-b12-3041@brennwald.com"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Abschlussgespräch Herr Demir – Fahrwerksregelsysteme"),
        f"DTSTART;TZID={tz}:20270115T093000", f"DTEND;TZID={tz}:20270115T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270107T113044Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "SIF-B12-3.041 Besprechungsraum (10); Tor 3, Sindelfingen"),
        *outlook_tail("brennwald-2"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-sentby-final-de", vcal(H_OUTLOOK, [WIN_DE], [ve]), uid, 1,
              "Brennwald Fahrzeugtechnik", "", "final",
              "thomas.roeder@brennwald.com;ingrid.falkenberg@brennwald.com", "outlook-utc-zone-sentby-room-de")


H_GREENHOUSE = ["PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST"]


def p_lindqvist_tech() -> Ev:
    uid = "gh-interview-58213907-0@greenhouse.io"
    desc = ("Hi Yusuf,\n\n"
            "Thanks again for your time so far! Here are the details for your Technical Interview for the "
            "Mechatronics Engineer – Motion Control position at Lindqvist Motion Systems.\n\n"
            "Interviewers:\n"
            "Joost van Leeuwen – Lead Engineer, Motion Platforms\n"
            "Priya Raman – Senior Control Engineer\n\n"
            "Expect a conversation about servo tuning, feedback systems and a small whiteboard exercise "
            "(we will share a Miro board in the call).\n\n"
            "If you need to reschedule, just reply to this email.\n\n"
            "Best,\nFemke de Vries\nRecruiting Coordinator, Lindqvist Motion Systems B.V.\n\n"
            + zoom_en("lindqvist-1", "Femke de Vries", "Lindqvist | Technical Interview | Yusuf Demir",
                      "Nov 30, 2026 02:00 PM"))
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261120T104501Z",
        "DTSTART:20261130T130000Z", "DTEND:20261130T140000Z",
        t("SUMMARY", "Technical Interview – Mechatronics Engineer (Motion Control) – Yusuf Demir"),
        t("DESCRIPTION", desc), t("LOCATION", "https://us02web.zoom.us/j/84172093311"),
        org("Femke de Vries", "femke.devries@lindqvist-motion.com"),
        a_plain("Joost van Leeuwen", "joost.vanleeuwen@lindqvist-motion.com", "ACCEPTED"),
        a_plain("Priya Raman", "priya.raman@lindqvist-motion.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    return Ev("greenhouse-technical-en", vcal(H_GREENHOUSE, [], [ve]), uid, 1,
              "Lindqvist Motion Systems", "Mechatronics Engineer (Motion Control)", "technical",
              "joost.vanleeuwen@lindqvist-motion.com;priya.raman@lindqvist-motion.com",
              "greenhouse-coordinator-en")


def p_lindqvist_onsite() -> Ev:
    uid = "gh-interview-58213907-1@greenhouse.io"
    desc = ("Hi Yusuf,\n\n"
            "We're excited to welcome you to our office on the High Tech Campus in Eindhoven for your onsite "
            "interview!\n\n"
            "Schedule (all times CET):\n"
            "10:00 – 10:45  Marco Verbeek, Engineering Manager (hiring manager)\n"
            "10:45 – 12:00  Lab session with Sanne Bakker, Mechatronics Engineer\n"
            "12:00 – 13:00  Lunch with the team\n"
            "13:15 – 14:00  Laura Mertens, HR Business Partner\n"
            "14:00 – 14:30  Wrap-up and office tour\n\n"
            "Please bring a valid ID for the campus reception. Travel costs from Stuttgart will be reimbursed – "
            "keep your Deutsche Bahn receipts.\n\n"
            "Cheers,\nFemke de Vries\nRecruiting Coordinator")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261207T083015Z",
        "DTSTART;TZID=Europe/Amsterdam:20261216T100000", "DTEND;TZID=Europe/Amsterdam:20261216T143000",
        t("SUMMARY", "Onsite Interview – Lindqvist Motion Systems, Eindhoven"),
        t("DESCRIPTION", desc), t("LOCATION", "High Tech Campus 31, 5656 AE Eindhoven, Netherlands"),
        org("Femke de Vries", "femke.devries@lindqvist-motion.com"),
        a_plain("Marco Verbeek", "marco.verbeek@lindqvist-motion.com", "ACCEPTED"),
        a_plain("Sanne Bakker", "sanne.bakker@lindqvist-motion.com", "ACCEPTED"),
        a_plain("Laura Mertens", "laura.mertens@lindqvist-motion.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:1", "END:VEVENT",
    ]
    return Ev("greenhouse-onsite-en", vcal(H_GREENHOUSE, ["Europe/Amsterdam"], [ve]), uid, 1,
              "Lindqvist Motion Systems", "", "onsite",
              "marco.verbeek@lindqvist-motion.com;sanne.bakker@lindqvist-motion.com;laura.mertens@lindqvist-motion.com",
              "greenhouse-onsite-schedule-en")


def p_auerbach_softgarden() -> Ev:
    uid = f"sg-appointment-{guid('auerbach')}@softgarden.io"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "vielen Dank für Ihre Bewerbung als Applikationsingenieur Sensorik (m/w/d). Wir freuen uns, Sie zu "
            "einem Vorstellungsgespräch per Video einzuladen.\n\n"
            "Ihre Gesprächspartner:\nFrau Nadine Kurz (Personalreferentin)\nHerr Oliver Steib (Leiter Applikation "
            "Industriesensorik)\n\n"
            "Den Link zur Videokonferenz (Microsoft Teams) finden Sie unten. Bitte testen Sie vorab Kamera und "
            "Mikrofon.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Auerbach Sensorik GmbH\n\n" + teams_de("auerbach")
            + "\n\nTermin verwalten: https://auerbach-sensorik.softgarden.io/de/appointment/8812047")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261124T120301Z",
        "DTSTART:20261201T100000Z", "DTEND:20261201T110000Z",
        t("SUMMARY", "Vorstellungsgespräch (Video) – Applikationsingenieur Sensorik (m/w/d)"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Auerbach Sensorik GmbH", "noreply@softgarden.io"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//softgarden e-recruiting GmbH//softgarden//DE", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("softgarden-video-de", vcal(hdr, [], [ve]), uid, 1,
              "Auerbach Sensorik", "Applikationsingenieur Sensorik", "", "Nadine Kurz;Oliver Steib",
              "softgarden-names-in-body-de")


def p_tauber_direct() -> Ev:
    uid = outlook_uid("tauber")
    desc = ("Hallo Herr Demir,\n\n"
            "wie am Telefon besprochen hier die Einladung für unser Gespräch zur Stelle Steuerungstechniker / "
            "SPS-Programmierer. Ich zeige Ihnen bei der Gelegenheit auch unsere Montagehalle.\n\n"
            "Parken können Sie direkt vor dem Gebäude. Klingeln Sie bitte am Eingang Verwaltung.\n\n"
            "Gruß\nMarkus Tauber\nLeitung Elektrokonstruktion & Software\n"
            "Tauber Automation GmbH · Heilbronn-Böckingen")
    ve = [
        "BEGIN:VEVENT", org("Tauber, Markus", "m.tauber@tauber-automation.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Gespräch Hr. Demir / Tauber Automation"),
        "DTSTART;TZID=W. Europe Standard Time:20261204T150000",
        "DTEND;TZID=W. Europe Standard Time:20261204T160000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261127T160912Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "Tauber Automation, Besprechungsraum EG, Ludwigsburger Str. 9"),
        *outlook_tail("tauber"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-direct-hm-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Tauber Automation", "Steuerungstechniker / SPS-Programmierer", "hiring_manager",
              "m.tauber@tauber-automation.de", "outlook-direct-surname-equals-company-de")


def p_voltavia_screen() -> Ev:
    uid = google_uid("voltavia-1")
    desc = ("Hi Yusuf,\n\nLooking forward to our chat about the Powertrain Test Engineer role at Voltavia! "
            "We'll talk about your background, what you're looking for and our e-axle test center in "
            "Garching. No preparation needed.\n\nJana Köhler\nTalent Partner, Voltavia Mobility\n\n"
            "This event was scheduled via Ashby.\n\n" + meet_en("voltavia-1"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261126T153000Z", "DTEND:20261126T160000Z", "DTSTAMP:20261119T174455Z",
        org("Voltavia Recruiting", "recruiting@voltavia.com"), f"UID:{uid}",
        a_g("Jana Köhler", "jana.koehler@voltavia.com", ps="ACCEPTED"),
        a_g(U_WEB, U_WEB),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/fab-cdeq-wer",
        "CREATED:20261119T174454Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261119T174454Z",
        "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Yusuf Demir <> Voltavia – Recruiter Screen"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("ashby-google-screen-en", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Voltavia Mobility", "Powertrain Test Engineer", "recruiter_screen", "jana.koehler@voltavia.com",
              "ashby-recruiter-screen-en")


def p_voltavia_tech() -> Ev:
    uid = google_uid("voltavia-2")
    desc = ("Technical Deep Dive for the Powertrain Test Engineer position.\n\n"
            "Interviewers: Lukas Brenner (Head of Test Engineering), Aisha Okafor (Test Automation Lead)\n\n"
            "Format: 20 min walk-through of a test bench or measurement setup you have built (slides optional), "
            "40 min technical questions (CAN, dSPACE/HIL, data acquisition, Python), 15 min your questions.\n\n"
            "This event was scheduled via Ashby. Need to reschedule? https://jobs.ashbyhq.com/voltavia/"
            "reschedule/5b1d\n\n" + meet_en("voltavia-2"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261208T090000Z", "DTEND:20261208T103000Z", "DTSTAMP:20261201T081223Z",
        org("Voltavia Recruiting", "recruiting@voltavia.com"), f"UID:{uid}",
        a_g("Lukas Brenner", "lukas.brenner@voltavia.com", ps="ACCEPTED"),
        a_g("Aisha Okafor", "aisha.okafor@voltavia.com", ps="ACCEPTED"),
        a_g("Jana Köhler", "jana.koehler@voltavia.com", role="OPT-PARTICIPANT", ps="ACCEPTED"),
        a_g(U_WEB, U_WEB), "CREATED:20261201T081222Z", t("DESCRIPTION", desc),
        "LAST-MODIFIED:20261201T081222Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Voltavia | Technical Deep Dive – Yusuf Demir"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("ashby-google-technical-en", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Voltavia Mobility", "Powertrain Test Engineer", "technical",
              "lukas.brenner@voltavia.com;aisha.okafor@voltavia.com", "ashby-optional-recruiter-en")


def p_steinhart_typed() -> Ev:
    uid = guid("steinhart-typed")
    ve = [
        "BEGIN:VEVENT", "DTSTAMP:20261125T194410Z", f"UID:{uid}",
        "DTSTART:20261203T100000", "DTEND:20261203T113000",
        t("SUMMARY", "VG Steinhart Göppingen"),
        t("LOCATION", "Steinhart Maschinenbau, Jahnstr. 40, Göppingen"),
        t("DESCRIPTION", "Hr. Kälberer (Konstruktionsleiter) + jmd aus Personal\n"
          "Zeugnisse + Bachelorarbeit mitnehmen!\nS-Bahn 8:12 ab Plochingen, dann Bus 911"),
        "CREATED:20261125T194410Z", "LAST-MODIFIED:20261125T194410Z", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:DAVx5/4.4.3.2-ose ical4j/3.2.19 (at.techbee.jtx)"]
    return Ev("handtyped-floating-de", vcal(hdr, [], [ve]), uid, 1,
              "Steinhart Maschinenbau", "", "", "Kälberer", "handtyped-abbrev-floating-de")


def p_rheinfels_workday() -> Ev:
    uid = "WD-INTERVIEW-JR-20418-3391-" + guid("rheinfels")[:8] + "@rheinfels.wd3.myworkdayjobs.com"
    desc = ("Dear Yusuf Demir,\n\n"
            "Your interview for the position Junior Embedded Systems Engineer (JR-20418) at Rheinfels Elektronik "
            "GmbH has been scheduled.\n\n"
            "Interview Type: Technical Interview (Video)\n"
            "Interviewer(s): Kerstin Vogt, Daniel Opitz\n"
            "Duration: 60 minutes\n\n"
            "Please join via Microsoft Teams using the link below.\n\n"
            "Kind regards,\nRheinfels Elektronik Talent Acquisition\n\n" + teams_de("rheinfels")
            + "\n\nThis message was sent from Workday. Please do not reply.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261130T150001Z", "SEQUENCE:0",
        "DTSTART:20261207T080000Z", "DTEND:20261207T090000Z",
        t("SUMMARY", "Interview: Junior Embedded Systems Engineer (JR-20418) - Yusuf Demir"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Rheinfels Elektronik Talent Acquisition", "talent@rheinfels.com"),
        a_plain("Kerstin Vogt", "kerstin.vogt@rheinfels.com"), a_plain("Daniel Opitz", "daniel.opitz@rheinfels.com"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "METHOD:REQUEST"]
    return Ev("workday-technical-en", vcal(hdr, [], [ve]), uid, 1,
              "Rheinfels Elektronik", "Junior Embedded Systems Engineer", "technical",
              "kerstin.vogt@rheinfels.com;daniel.opitz@rheinfels.com", "workday-en-teams-de")


def events() -> list[Ev]:
    return [p_kessler_phone(), p_kessler_fach(), p_brennwald_vg(), p_brennwald_final(), p_lindqvist_tech(),
            p_lindqvist_onsite(), p_auerbach_softgarden(), p_tauber_direct(), p_voltavia_screen(),
            p_voltavia_tech(), p_steinhart_typed(), p_rheinfels_workday()]
