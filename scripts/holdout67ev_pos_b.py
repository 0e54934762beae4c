"""holdout67: the user's own interviews, part B (iOS, Teamtailor, SmartRecruiters, Lever, Bookings, Workable ...)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_CN,
    U_WEB,
    WIN_EN,
    Ev,
    a_g,
    a_ol,
    a_plain,
    esc,
    google_uid,
    guid,
    hexid,
    html,
    meet_de,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    teams_en,
    vcal,
    zoom_en,
)


def p_rheinfels_ios() -> Ev:
    uid = guid("rheinfels-ios", upper=True)
    ve = [
        "BEGIN:VEVENT", "CREATED:20261218T192233Z", "DTEND;TZID=Europe/Berlin:20270112T130000",
        "DTSTAMP:20261218T192301Z", "DTSTART;TZID=Europe/Berlin:20270112T100000",
        "LAST-MODIFIED:20261218T192301Z", t("LOCATION", "Rheinfels Elektronik\nAm Moselufer 21, 56073 Koblenz"),
        "SEQUENCE:0", t("SUMMARY", "Rheinfels 2. Runde vor Ort"),
        t("DESCRIPTION", "mit Kerstin Vogt + Daniel Opitz, danach Werksführung\n"
          "ICE 6:51 ab Stuttgart, umsteigen Mannheim\nFragen: Rufbereitschaft? Homeoffice? Einarbeitung?"),
        "TRANSP:OPAQUE", f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Am Moselufer 21\\n56073 Koblenz\\nDeutschland;"
        "X-APPLE-RADIUS=141.17;X-TITLE=Rheinfels Elektronik:geo:50.356781,7.593112",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", "TRIGGER:-PT2H",
        f"UID:{guid('rheinfels-ios-alarm', upper=True)}", "X-WR-ALARMUID:" + guid("rheinfels-ios-alarm", upper=True),
        "END:VALARM", "END:VEVENT",
    ]
    hdr = ["CALSCALE:GREGORIAN", "PRODID:-//Apple Inc.//iPhone OS 18.2//EN", "VERSION:2.0"]
    return Ev("ios-handtyped-onsite-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 1,
              "Rheinfels Elektronik", "", "onsite", "Kerstin Vogt;Daniel Opitz", "ios-handtyped-second-round-de")


def p_kappler_teamtailor() -> Ev:
    uid = f"teamtailor-meeting-{hexid('kappler', 20)}@teamtailor.com"
    desc = ("Lieber Yusuf,\n\n"
            "danke für deine Bewerbung als Inbetriebnahme-Ingenieur:in Intralogistik bei Kappler Fördertechnik! "
            "Wir würden dich gerne am 14. Jänner per Teams kennenlernen.\n\n"
            "Mit dabei sind Ing. Florian Haider (Leitung Inbetriebnahme) und ich. Wir erzählen dir etwas über "
            "unsere Projekte (Hochregallager, Fördertechnik für Automotive-Werke in ganz Europa) und möchten "
            "mehr über deine Erfahrung mit Siemens S7 und Reisebereitschaft erfahren.\n\n"
            "Liebe Grüße aus Linz\nVerena Pichler\nHR & Recruiting | Kappler Fördertechnik GmbH\n\n"
            + teams_de("kappler") + "\n\nPowered by Teamtailor")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261222T092010Z",
        "DTSTART;TZID=Europe/Vienna:20270114T090000", "DTEND;TZID=Europe/Vienna:20270114T100000",
        t("SUMMARY", "Bewerbungsgespräch: Inbetriebnahme-Ingenieur:in Intralogistik – Yusuf Demir"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Verena Pichler", "verena.pichler@kappler.at"),
        a_plain("Verena Pichler", "verena.pichler@kappler.at", "ACCEPTED"),
        a_plain("Florian Haider", "florian.haider@kappler.at", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Teamtailor//Teamtailor Calendar//EN", "METHOD:REQUEST"]
    return Ev("teamtailor-at-de", vcal(hdr, ["Europe/Vienna"], [ve]), uid, 1,
              "Kappler Fördertechnik", "Inbetriebnahme-Ingenieur:in Intralogistik", "",
              "verena.pichler@kappler.at;florian.haider@kappler.at", "teamtailor-austrian-de")


def p_alpenwerk_sr() -> Ev:
    uid = f"{guid('alpenwerk')}@smartrecruiters.com"
    desc = ("Hello Yusuf,\n\n"
            "You have been invited to an interview for the position Validation Engineer ADAS at Alpenwerk "
            "Automotive GmbH (Graz, Austria).\n\n"
            "Interview with: DI Bernhard Url – Head of ADAS Validation (hiring manager)\n"
            "Duration: 45 minutes\nTime zone: Europe/Vienna\n\n"
            "Bernhard would like to hear about your test and validation experience and explain how the team "
            "works with OEM customers in Germany.\n\n" + teams_en("alpenwerk")
            + "\n\nSent via SmartRecruiters on behalf of Alpenwerk Automotive GmbH.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T130455Z",
        "DTSTART:20261209T100000Z", "DTEND:20261209T104500Z",
        t("SUMMARY", "Interview: Validation Engineer ADAS | Alpenwerk Automotive GmbH"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams Meeting"),
        org("Alpenwerk Automotive GmbH", "noreply@smartrecruiters.com"),
        a_plain("Bernhard Url", "bernhard.url@alpenwerk.at", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "METHOD:REQUEST"]
    return Ev("smartrecruiters-hm-en", vcal(hdr, [], [ve]), uid, 1,
              "Alpenwerk Automotive", "Validation Engineer ADAS", "hiring_manager", "bernhard.url@alpenwerk.at",
              "smartrecruiters-hiring-manager-en")


def p_delftron_lever() -> Ev:
    uid = f"lever-interview-{hexid('delftron', 24)}@hire.lever.co"
    desc = ("Hi Yusuf,\n\nYou're confirmed for a Hiring Manager Interview with Wouter Smit (Engineering Manager, "
            "Control Systems) for the Control Systems Engineer role at Delftron.\n\n"
            + zoom_en("delftron", "Delftron Talent", "Delftron | Hiring Manager Interview", "Dec 11, 2026 10:00 AM")
            + "\n\nScheduled with Lever.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261203T161700Z",
        "DTSTART:20261211T090000Z", "DTEND:20261211T094500Z",
        t("SUMMARY", "Delftron | Hiring Manager Interview – Yusuf Demir (Control Systems Engineer)"),
        t("DESCRIPTION", desc), t("LOCATION", "Zoom"),
        org("Delftron Talent", "talent@delftron.nl"),
        a_plain("Wouter Smit", "wouter.smit@delftron.nl", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Lever//Lever Interview Scheduling//EN", "METHOD:REQUEST"]
    return Ev("lever-hm-utc-en", vcal(hdr, [], [ve]), uid, 1,
              "Delftron", "Control Systems Engineer", "hiring_manager", "wouter.smit@delftron.nl", "lever-utc-en")


def p_mertens_bookings() -> Ev:
    uid = outlook_uid("mertens-bookings")
    desc = ("Ihre Buchung wurde bestätigt.\n\n"
            "Dienstleistung: Kennenlerngespräch Konstrukteur Sondermaschinenbau (30 Min.)\n"
            "Mitarbeiter: Sabine Ott\n"
            "Datum und Uhrzeit: Freitag, 27. November 2026 08:30 – 09:00\n\n"
            "Dieser Termin findet online statt. Den Link zur Teams-Besprechung finden Sie unten.\n\n"
            "Mertens & Haag Sondermaschinenbau GmbH\nBlaubeurer Straße 212, 89077 Ulm\n"
            "Tel. +49 731 9401 0\n\n"
            "Sie möchten Ihre Buchung ändern oder stornieren? Termin verwalten: "
            "https://outlook.office365.com/owa/calendar/Bewerbermanagement@mertens-haag.de/bookings/s/"
            f"{hexid('mh', 22)}\n\n" + teams_de("mertens-bookings"))
    ve = [
        "BEGIN:VEVENT", org("Mertens & Haag Bewerbermanagement", "Bewerbermanagement@mertens-haag.de"),
        a_ol("Sabine Ott", "sabine.ott@mertens-haag.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Kennenlerngespräch Konstrukteur Sondermaschinenbau (30 Min.) – Yusuf Demir"),
        "DTSTART;TZID=W. Europe Standard Time:20261127T083000",
        "DTEND;TZID=W. Europe Standard Time:20261127T090000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261120T201512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *outlook_tail("mertens-bookings", busy="BUSY"), "X-MS-OLK-BOOKINGS-SERVICE:Kennenlerngespraech", "END:VEVENT",
    ]
    return Ev("ms-bookings-screen-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Mertens & Haag", "Konstrukteur Sondermaschinenbau", "recruiter_screen", "sabine.ott@mertens-haag.de",
              "ms-bookings-de")


def p_solvik_workable() -> Ev:
    uid = f"{hexid('solvik', 16)}-interview@workable.com"
    desc = ("Hi Yusuf,\n\nYou have an interview with Solvik Batterietechnik GmbH.\n\n"
            "Job: Automation Engineer Cell Assembly\n"
            "Interviewers: Henrik Sjöberg, Mareike Lenz\n"
            "Type: Case interview (video call)\n\n"
            "In this session you will sketch a control concept for a cell stacking station (sequence, safety, "
            "cycle time). You don't need to prepare slides – we'll work together on a shared whiteboard.\n\n"
            + meet_en("solvik") + "\n\nPowered by Workable")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261207T111111Z",
        "DTSTART:20261214T120000Z", "DTEND:20261214T133000Z",
        t("SUMMARY", "Case Interview: Automation Engineer Cell Assembly – Solvik Batterietechnik"),
        t("DESCRIPTION", desc), t("LOCATION", "Google Meet"),
        org("Solvik Batterietechnik", "noreply@candidates.workablemail.com"),
        a_plain("Henrik Sjöberg", "henrik.sjoberg@solvik.eu"), a_plain("Mareike Lenz", "mareike.lenz@solvik.eu"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST"]
    return Ev("workable-case-en", vcal(hdr, [], [ve]), uid, 1,
              "Solvik Batterietechnik", "Automation Engineer Cell Assembly", "technical",
              "henrik.sjoberg@solvik.eu;mareike.lenz@solvik.eu", "workable-case-en")


def p_hvt_outlook() -> Ev:
    uid = outlook_uid("hvt")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "hiermit bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch bei der HVT "
            "Hydraulik-Ventil-Technik GmbH für die Position Elektrokonstrukteur (m/w/d).\n\n"
            "Ihre Gesprächspartner sind Herr Frank Wagner (Leiter Elektrokonstruktion) und ich.\n\n"
            "Bitte melden Sie sich am Empfang in Gebäude A.\n\n"
            "Mit freundlichen Grüßen\n\nUte Schäfer\nPersonalabteilung\n"
            "HVT Hydraulik-Ventil-Technik GmbH\nGewerbestraße 17 · 71522 Backnang")
    tz = f'"{WIN_EN}"'
    ve = [
        "BEGIN:VEVENT", org("Schäfer, Ute", "ute.schaefer@hvt-hydraulik.de"),
        a_ol("Wagner, Frank", "frank.wagner@hvt-hydraulik.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch Herr Demir (Elektrokonstrukteur)"),
        f"DTSTART;TZID={tz}:20261215T100000", f"DTEND;TZID={tz}:20261215T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261204T094402Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "HVT GmbH, Backnang, Gebäude A, Raum 104"),
        *outlook_tail("hvt"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-acronym-de", vcal(H_OUTLOOK, [WIN_EN], [ve]), uid, 1,
              "HVT", "Elektrokonstrukteur", "", "ute.schaefer@hvt-hydraulik.de;frank.wagner@hvt-hydraulik.de",
              "outlook-acronym-utc-zone-en-de")


def p_zwe_google() -> Ev:
    uid = google_uid("zwe")
    desc = ("Hallo Yusuf,\n\n"
            "wie mit Frau Ebner aus der Personalabteilung abgestimmt, hier der Termin für das technische Gespräch "
            "zur Stelle Entwicklungsingenieur Motorsteuerung. Elif aus meinem Team ist auch dabei. Wir sprechen "
            "über feldorientierte Regelung, Inverter-Hardware und wie du bei der Fehlersuche vorgehst.\n\n"
            "Bis dann\nJan\n\nJan Reutter | Teamleiter Embedded Motor Control\n"
            "Zell & Wenger Elektromotoren GmbH (ZWE) · Schwäbisch Gmünd\n\n" + meet_de("zwe"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261217T130000Z", "DTEND:20261217T140000Z", "DTSTAMP:20261209T102012Z",
        org("Jan Reutter", "jan.reutter@zwe-motoren.de"), f"UID:{uid}",
        a_g("Elif Aksoy", "elif.aksoy@zwe-motoren.de", ps="ACCEPTED"),
        a_g("Jan Reutter", "jan.reutter@zwe-motoren.de", ps="ACCEPTED"),
        a_g(U_WEB, U_WEB), "CREATED:20261209T102011Z", t("DESCRIPTION", desc),
        "LAST-MODIFIED:20261209T102011Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Technisches Gespräch ZWE – Yusuf Demir"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-direct-technical-de", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "ZWE", "Entwicklungsingenieur Motorsteuerung", "technical",
              "jan.reutter@zwe-motoren.de;elif.aksoy@zwe-motoren.de", "google-direct-acronym-de")


def p_orvane_recruitee() -> Ev:
    uid = f"recruitee-{hexid('orvane', 20)}@recruitee.com"
    desc = ("Hi Yusuf,\n\n"
            "Thanks for your application! You'll be speaking with Ruben Janssen, Team Lead Service EMEA, about the "
            "Field Service Engineer Mechatronics position. The role includes regular travel to customer sites in "
            "Germany and Austria, so Ruben will also tell you more about that.\n\n"
            "I won't be joining myself, but feel free to reach out to me with any questions.\n\n"
            "Kind regards,\nMila Hendriks\nRecruiter | Orvane Drive Systems B.V. | Helmond\n\n"
            + teams_en("orvane") + "\n\nSent with Recruitee")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261218T143311Z",
        "DTSTART;TZID=Europe/Amsterdam:20270108T100000", "DTEND;TZID=Europe/Amsterdam:20270108T104500",
        t("SUMMARY", "Video interview: Yusuf Demir – Field Service Engineer Mechatronics"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Mila Hendriks", "mila.hendriks@orvane.nl"),
        a_plain("Ruben Janssen", "ruben.janssen@orvane.nl", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Recruitee//Recruitee Calendar//EN", "METHOD:REQUEST"]
    return Ev("recruitee-nl-en", vcal(hdr, ["Europe/Amsterdam"], [ve]), uid, 1,
              "Orvane Drive Systems", "Field Service Engineer Mechatronics", "hiring_manager",
              "ruben.janssen@orvane.nl", "recruitee-coordinator-not-joining-en")


def p_quantis_calendly() -> Ev:
    uid = google_uid("quantis-calendly")
    desc = ("Event Name: 30 Minute Intro – Quantis Vision\n\n"
            "Location: This is a Google Meet web conference. Join now\n\n"
            "Please share anything that will help prepare for our meeting.: Bewerbung Machine Vision Engineer, "
            "CV kam per Mail\n\n"
            "Need to make changes to this event?\n"
            f"Cancel: https://calendly.com/cancellations/{guid('qv-c')}\n"
            f"Reschedule: https://calendly.com/reschedulings/{guid('qv-r')}\n\n"
            "Powered by Calendly.com\n\n" + meet_en("quantis-calendly"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261125T170000Z", "DTEND:20261125T173000Z", "DTSTAMP:20261121T082944Z",
        org("Tobias Renner", "tobias.renner.ka@gmail.com"), f"UID:{uid}",
        a_g("Tobias Renner", "tobias.renner.ka@gmail.com", ps="ACCEPTED"),
        a_g(U_CN, U_WEB), "CREATED:20261121T082943Z", t("DESCRIPTION", desc),
        "LAST-MODIFIED:20261121T082943Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Yusuf Demir and Tobias Renner"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("calendly-founder-gmail-en", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Quantis Vision", "Machine Vision Engineer", "", "tobias.renner.ka@gmail.com",
              "calendly-founder-freemail-en")


def p_ferrox_icims() -> Ev:
    uid = f"icims-{hexid('ferrox', 18)}@icims.com"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "wir freuen uns, Sie zum Panelinterview für die Position Robotik-Applikationsingenieur (m/w/d) an "
            "unserem Standort Augsburg einzuladen.\n\n"
            "Panel:\n"
            "Michael Strobel – Leiter Applikation\n"
            "Svenja Ilg – Projektleitung Kundenanlagen\n"
            "Can Öztürk – Robotik-Programmierer\n\n"
            "Lea Baumann (Talent Acquisition) begleitet Sie durch den Tag und ist Ihre Ansprechpartnerin vor Ort, "
            "nimmt aber nicht am Interview teil.\n\n"
            "Bitte bringen Sie eine kurze Präsentation (max. 10 Minuten) zu einem Ihrer Projekte mit.\n\n"
            "Mit freundlichen Grüßen\nFerrox Industrieroboter GmbH – Talent Acquisition")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270108T100200Z",
        "DTSTART;TZID=Europe/Berlin:20270120T090000", "DTEND;TZID=Europe/Berlin:20270120T120000",
        t("SUMMARY", "Panelinterview vor Ort – Robotik-Applikationsingenieur (m/w/d) – Ferrox Industrieroboter GmbH"),
        t("DESCRIPTION", desc), t("LOCATION", "Ferrox Industrieroboter GmbH, Haunstetter Str. 225, 86161 Augsburg"),
        org("Ferrox Talent Acquisition", "careers@ferrox-robotics.com"),
        a_plain("Michael Strobel", "michael.strobel@ferrox-robotics.com"),
        a_plain("Svenja Ilg", "svenja.ilg@ferrox-robotics.com"),
        a_plain("Can Öztürk", "can.oeztuerk@ferrox-robotics.com"),
        a_plain("Lea Baumann", "lea.baumann@ferrox-robotics.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//iCIMS Inc.//iCIMS Talent Cloud//EN", "METHOD:REQUEST"]
    return Ev("icims-panel-onsite-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 1,
              "Ferrox Industrieroboter", "Robotik-Applikationsingenieur", "onsite",
              "michael.strobel@ferrox-robotics.com;svenja.ilg@ferrox-robotics.com;can.oeztuerk@ferrox-robotics.com",
              "icims-panel-coordinator-de")


def p_brandl_calcom() -> Ev:
    uid = f"{hexid('brandl-cal', 22)}@Cal.com"
    desc = ("Was:\nErstgespräch\nWann:\nDonnerstag, 3. Dezember 2026 17:00 - 17:30 (Europe/Vienna)\n"
            "Wer:\nChristoph Brandl - Veranstalter\nc.brandl@brandl-steuerungen.at\nYusuf Demir\n"
            f"{U_WEB}\nWo:\nCal Video\nhttps://app.cal.com/video/{hexid('brandl-v', 20)}\n"
            "Beschreibung:\nKurzes Kennenlernen zur offenen Stelle SPS-Softwareentwickler (Wien/Remote) – "
            "mit Christoph Brandl, Geschäftsführer & Leitung Softwareentwicklung, Brandl Steuerungstechnik GmbH\n"
            "Zusätzliche Notizen:\nIch freue mich auf das Gespräch!\n\n"
            f"Änderung nötig? Absagen oder verschieben: https://app.cal.com/booking/{hexid('brandl-b', 22)}")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "SUMMARY:Erstgespräch zwischen Christoph Brandl und Yusuf Demir",
        t("DESCRIPTION", desc), "DTSTART;TZID=Europe/Vienna:20261203T170000",
        "DTEND;TZID=Europe/Vienna:20261203T173000", "DTSTAMP:20261126T183012Z",
        t("LOCATION", f"https://app.cal.com/video/{hexid('brandl-v', 20)}"),
        "STATUS:CONFIRMED", org("Christoph Brandl", "c.brandl@brandl-steuerungen.at"),
        "ATTENDEE;CN=Yusuf Demir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:" + U_WEB,
        "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:-//Cal.com Inc.//Cal.com Event//DE", "METHOD:REQUEST"]
    return Ev("calcom-ceo-at-de", vcal(hdr, ["Europe/Vienna"], [ve]), uid, 1,
              "Brandl Steuerungstechnik", "SPS-Softwareentwickler", "hiring_manager", "c.brandl@brandl-steuerungen.at",
              "calcom-domain-differs-de")


def events() -> list[Ev]:
    return [p_rheinfels_ios(), p_kappler_teamtailor(), p_alpenwerk_sr(), p_delftron_lever(), p_mertens_bookings(),
            p_solvik_workable(), p_hvt_outlook(), p_zwe_google(), p_orvane_recruitee(), p_quantis_calendly(),
            p_ferrox_icims(), p_brandl_calcom()]
