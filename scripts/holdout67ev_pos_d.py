"""holdout67: the user's own interviews, part D (recurring, cancelled, rescheduled, all-day, X-WR-TIMEZONE ...)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    H_OUTLOOK_CANCEL,
    U_CN,
    U_WEB,
    Ev,
    a_g,
    a_ol,
    a_plain,
    esc,
    google_export,
    google_uid,
    guid,
    hexid,
    html,
    meet_de,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    teams_en,
    vcal,
    zoom_en,
)


def p_bergmann_final() -> Ev:
    uid = google_uid("bergmann")
    desc = ("Hallo Herr Demir,\n\n"
            "nach den beiden Gesprächen mit dem Team möchte Sie unser Geschäftsführer, Herr Peter Bergmann, gerne "
            "noch persönlich kennenlernen. Ich bin ebenfalls dabei.\n\n"
            "Ort: Hauptgebäude, Besprechungsraum „Enz“, 2. OG\n\n"
            "Viele Grüße\nMiriam Keck\nPersonal\nBergmann Mess- und Regeltechnik GmbH · Pforzheim")
    ve = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270119T160000", "DTEND;TZID=Europe/Berlin:20270119T170000",
        "DTSTAMP:20270111T093012Z", org("Miriam Keck", "miriam.keck@bergmann-mrt.de"), f"UID:{uid}",
        a_g("Peter Bergmann", "peter.bergmann@bergmann-mrt.de", ps="ACCEPTED"),
        a_g("Miriam Keck", "miriam.keck@bergmann-mrt.de", ps="ACCEPTED"), a_g(U_CN, U_WEB),
        "CREATED:20270111T093011Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20270111T093011Z",
        t("LOCATION", "Bergmann Mess- und Regeltechnik GmbH, Westliche Karl-Friedrich-Str. 210, 75172 Pforzheim"),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Abschlussgespräch mit der Geschäftsführung – Yusuf Demir"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-vtimezone-final-de", vcal(H_GOOGLE, ["Europe/Berlin"], [ve]), uid, 1,
              "Bergmann Mess- und Regeltechnik", "", "final",
              "peter.bergmann@bergmann-mrt.de;miriam.keck@bergmann-mrt.de", "google-ceo-final-de")


def p_hoogland_agency() -> Ev:
    uid = google_uid("hoogland")
    desc = ("Hi Yusuf,\n\n"
            "Great news – Hoogland Mechatronics would like to meet you! This first interview for the Mechatronics "
            "Design Engineer position is via Teams with Bram Hoogland (CTO) and Lisa Peeters (HR Manager). Lisa "
            "will send the Teams link separately; I've blocked the time in your calendar already.\n\n"
            "I'll give you a call the day before to prepare.\n\n"
            "Best,\nSophie van Dijk\nVan Dijk Talent – Engineering Recruitment Benelux\n+31 6 2841 7730")
    ve = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Amsterdam:20270111T110000",
        "DTEND;TZID=Europe/Amsterdam:20270111T120000", "DTSTAMP:20261223T141501Z",
        org("Sophie van Dijk", "sophie@vandijktalent.nl"), f"UID:{uid}",
        a_g("Sophie van Dijk", "sophie@vandijktalent.nl", ps="ACCEPTED"), a_g(U_WEB, U_WEB),
        "CREATED:20261223T141500Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261223T141500Z",
        "LOCATION:Microsoft Teams (link follows from Hoogland)", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Interview at Hoogland Mechatronics (Nijmegen) – Mechatronics Design Engineer"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("agency-nl-names-employer-en", vcal(H_GOOGLE, ["Europe/Amsterdam"], [ve]), uid, 1,
              "Hoogland Mechatronics", "Mechatronics Design Engineer", "", "Bram Hoogland;Lisa Peeters",
              "agency-blocks-time-en")


def p_treml_recurring() -> Ev:
    uid = google_uid("treml-ac")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "herzlich willkommen zum Assessment Center für unser Trainee-Programm Entwicklung (Schwerpunkt "
            "Mechatronik)!\n\n"
            "Tag 1: Gruppenübung, Fallstudie Nutzfahrzeug-Aufbau, Werksführung\n"
            "Tag 2: Fachinterview und Präsentation Ihrer Fallstudie\n\n"
            "Beobachter: Frau Dr. Elke Strobl (Leiterin Entwicklung Aufbauten) und Herr Martin Huber "
            "(Personalentwicklung).\n\nMit freundlichen Grüßen\nIhre Personalentwicklung\nTreml Fahrzeugbau GmbH")
    common = [org("Treml Personalentwicklung", "ac@treml-fahrzeugbau.de"),
              a_g("Elke Strobl", "elke.strobl@treml-fahrzeugbau.de", ps="ACCEPTED"),
              a_g("Martin Huber", "martin.huber@treml-fahrzeugbau.de", ps="ACCEPTED"), a_g(U_CN, U_WEB),
              t("LOCATION", "Treml Fahrzeugbau GmbH, Trainingszentrum, Industriestraße 5, 84030 Ergolding")]
    master = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270126T083000", "DTEND;TZID=Europe/Berlin:20270126T170000",
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20270112T080000Z", *common, f"UID:{uid}",
        "CREATED:20270112T075959Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20270112T080000Z", "SEQUENCE:0",
        "STATUS:CONFIRMED", t("SUMMARY", "Assessment Center Trainee-Programm Entwicklung – Treml Fahrzeugbau"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    override = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270127T090000", "DTEND;TZID=Europe/Berlin:20270127T130000",
        "DTSTAMP:20270112T080000Z", *common, f"UID:{uid}",
        "RECURRENCE-ID;TZID=Europe/Berlin:20270127T083000", "CREATED:20270112T075959Z",
        t("DESCRIPTION", desc + "\n\nHinweis: Tag 2 beginnt erst um 09:00 Uhr."),
        "LAST-MODIFIED:20270114T101500Z", "SEQUENCE:1", "STATUS:CONFIRMED",
        t("SUMMARY", "AC Tag 2 – Fachinterview & Präsentation (Treml)"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("recurring-assessment-override-de", vcal(H_GOOGLE, ["Europe/Berlin"], [master, override]), uid, 1,
              "Treml Fahrzeugbau", "Trainee-Programm Entwicklung", "onsite",
              "elke.strobl@treml-fahrzeugbau.de;martin.huber@treml-fahrzeugbau.de", "recurring-override-ac-de")


def p_donautal_cancel() -> Ev:
    uid = outlook_uid("donautal")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "leider müssen wir den Termin krankheitsbedingt absagen. Ich melde mich in den nächsten Tagen mit "
            "einem neuen Terminvorschlag.\n\nMit freundlichen Grüßen\nSimone Lindner\nPersonal · Donautal Antriebe "
            "GmbH, Ehingen (Donau)")
    ve = [
        "BEGIN:VEVENT", org("Lindner, Simone", "simone.lindner@donautal-antriebe.de"),
        a_ol("Ostertag, Rainer", "rainer.ostertag@donautal-antriebe.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Abgesagt: Vorstellungsgespräch Yusuf Demir – Projektingenieur Antriebstechnik"),
        "DTSTART;TZID=W. Europe Standard Time:20261214T090000",
        "DTEND;TZID=W. Europe Standard Time:20261214T100000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261210T161200Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", t("LOCATION;LANGUAGE=de-DE", "Donautal Antriebe, Verwaltung, Raum 2.03"),
        *outlook_tail("donautal", busy="FREE", seq=1), "END:VEVENT",
    ]
    return Ev("outlook-cancelled-de", vcal(H_OUTLOOK_CANCEL, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Donautal Antriebe", "Projektingenieur Antriebstechnik", "",
              "simone.lindner@donautal-antriebe.de;rainer.ostertag@donautal-antriebe.de", "method-cancel-de")


def p_lorch_rescheduled() -> Ev:
    uid = google_uid("lorch")
    desc = ("Hallo Herr Demir,\n\n"
            "wie telefonisch besprochen verschieben wir unser Fachgespräch vom 11.12. auf Freitag, 18.12., "
            "14:00 Uhr. Teilnehmer wie gehabt: Sebastian Frey (Gruppenleiter Prüfstandsautomatisierung) und ich.\n\n"
            "Viele Grüße\nDaniel Wiest\nEntwicklung · Lorch Systemtechnik GmbH · Schorndorf\n\n" + meet_de("lorch"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261218T130000Z", "DTEND:20261218T143000Z", "DTSTAMP:20261208T170211Z",
        org("Daniel Wiest", "daniel.wiest@lorch-systemtechnik.de"), f"UID:{uid}",
        a_g("Sebastian Frey", "sebastian.frey@lorch-systemtechnik.de", ps="ACCEPTED"),
        a_g("Daniel Wiest", "daniel.wiest@lorch-systemtechnik.de", ps="ACCEPTED"), a_g(U_CN, U_WEB),
        "CREATED:20261127T110000Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261208T170211Z", "LOCATION:",
        "SEQUENCE:2", "STATUS:CONFIRMED",
        t("SUMMARY", "Verschoben: Fachgespräch Yusuf Demir – Lorch Systemtechnik (neuer Termin)"),
        "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-rescheduled-de", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Lorch Systemtechnik", "", "technical",
              "daniel.wiest@lorch-systemtechnik.de;sebastian.frey@lorch-systemtechnik.de", "rescheduled-sequence-de")


def p_sauter_probetag() -> Ev:
    uid = outlook_uid("sauter")
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "wie besprochen laden wir Sie zu einem Probearbeitstag in unser Team Automatisierungstechnik ein. Sie "
            "lernen die Kolleginnen und Kollegen kennen, arbeiten an einer kleinen Aufgabe an einer Montagezelle "
            "mit, und am Nachmittag führen wir ein abschließendes Gespräch.\n"
            "Beginn 8:00 Uhr, Ende ca. 16:00 Uhr. Bitte Sicherheitsschuhe mitbringen (falls nicht vorhanden, "
            "stellen wir welche).\n\n"
            "Mit freundlichen Grüßen\nKathrin Weible\nTeamleiterin Automatisierungstechnik\n"
            "Feinwerk Sauter GmbH · Tuttlingen")
    ve = [
        "BEGIN:VEVENT", org("Weible, Kathrin", "kathrin.weible@feinwerk-sauter.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Probearbeitstag Herr Demir – Automatisierungstechnik"),
        "DTSTART;VALUE=DATE:20270128", "DTEND;VALUE=DATE:20270129",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270118T145512Z", "TRANSP:TRANSPARENT", "STATUS:CONFIRMED",
        "SEQUENCE:0", t("LOCATION;LANGUAGE=de-DE", "Feinwerk Sauter GmbH, Werk 1, Tuttlingen"),
        *outlook_tail("sauter", busy="FREE", allday="TRUE"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)),
        "END:VEVENT",
    ]
    return Ev("outlook-allday-probetag-de", vcal(H_OUTLOOK, [], [ve]), uid, 1,
              "Feinwerk Sauter", "", "onsite", "kathrin.weible@feinwerk-sauter.de", "allday-trial-day-de")


def p_reichert_export() -> Ev:
    uid = google_uid("reichert")
    desc = ("Hallo Herr Demir,\n\n"
            "als Teamleiter Steuerungstechnik möchte ich Sie gerne kurz per Teams kennenlernen, bevor wir Sie zu "
            "uns nach Crailsheim einladen. Es geht um die Stelle Softwareentwickler SPS (m/w/d).\n\n"
            "Beste Grüße\nTobias Knapp\nReichert Fördersysteme GmbH\n\n" + teams_de("reichert"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261211T120000Z", "DTEND:20261211T124500Z", "DTSTAMP:20261230T201533Z",
        org("Tobias Knapp", "t.knapp@reichert-foerdersysteme.de"), f"UID:{uid}",
        a_g("Tobias Knapp", "t.knapp@reichert-foerdersysteme.de", ps="ACCEPTED", rsvp="FALSE"),
        a_g(U_CN, U_WEB, ps="ACCEPTED", rsvp="FALSE"),
        "CREATED:20261204T090500Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261205T061012Z",
        "LOCATION:Microsoft Teams-Besprechung", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Gespräch Teamleitung Steuerungstechnik / Y. Demir"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-export-xwr-de", vcal(google_export(), [], [ve]), uid, 1,
              "Reichert Fördersysteme", "Softwareentwickler SPS", "hiring_manager",
              "t.knapp@reichert-foerdersysteme.de", "x-wr-timezone-export-de")


def p_imbery_practical() -> Ev:
    uid = f"personio-interview-{guid('imbery')}@personio.de"
    desc = ("Hallo Yusuf,\n\n"
            "im zweiten Gespräch bei Imbery Steuerungen bekommst du eine kleine Programmieraufgabe: An unserem "
            "Schulungsrack (S7-1500, TIA Portal V19) programmierst du eine einfache Ablaufsteuerung. Patrick "
            "Schaible (Gruppenleiter Software) schaut dir dabei über die Schulter und stellt Fragen. Dauer ca. 90 "
            "Minuten, ein Laptop ist nicht nötig.\n\n"
            "Ich selbst bin an dem Tag leider nicht im Haus – am Empfang weiß man Bescheid.\n\n"
            "Viele Grüße\nLisa Hummel\nPeople & Culture · Imbery Steuerungen GmbH · Balingen\n\n"
            "--\nDiese Einladung wurde über Personio versendet.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270113T084400Z",
        "DTSTART;TZID=Europe/Berlin:20270121T130000", "DTEND;TZID=Europe/Berlin:20270121T143000",
        t("SUMMARY", "Praktische Aufgabe: SPS-Programmierung (TIA Portal) – Yusuf Demir"),
        t("DESCRIPTION", desc), t("LOCATION", "Imbery Steuerungen GmbH, Schulungsraum, Balingen"),
        org("Lisa Hummel", "lisa.hummel@imbery.de"),
        a_plain("Patrick Schaible", "patrick.schaible@imbery.de", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//Personio GmbH//Personio Recruiting//DE", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("personio-practical-de", vcal(hdr, ["Europe/Berlin"], [ve]), uid, 1,
              "Imbery Steuerungen", "", "technical", "patrick.schaible@imbery.de", "personio-practical-task-de")


def p_feldkamp_teams() -> Ev:
    uid = outlook_uid("feldkamp")
    desc = ("Hallo Herr Demir,\n\n"
            "vielen Dank für Ihr Interesse an Feldkamp Engineering. Wie besprochen möchte ich Sie in einem ersten "
            "Gespräch kennenlernen. Die Stelle ist bei uns fest angestellt, der Einsatz erfolgt in Projekten bei "
            "einem namhaften OEM im Raum Stuttgart (Sindelfingen/Böblingen).\n\n"
            "Viele Grüße\nSelin Yıldırım\nRecruiting · Feldkamp Engineering GmbH\n\n" + teams_de("feldkamp"))
    ve = [
        "BEGIN:VEVENT", org("Yıldırım, Selin", "selin.yildirim@feldkamp-engineering.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Kennenlerngespräch per Teams – Entwicklungsingenieur Automotive (m/w/d)"),
        "DTSTART;TZID=W. Europe Standard Time:20261125T120000",
        "DTEND;TZID=W. Europe Standard Time:20261125T123000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261119T132200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *outlook_tail("feldkamp"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-service-provider-screen-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Feldkamp Engineering", "Entwicklungsingenieur Automotive", "recruiter_screen",
              "selin.yildirim@feldkamp-engineering.de", "engineering-service-provider-unnamed-oem-de")


def p_feuerbach_sf() -> Ev:
    uid = f"SF-INT-{hexid('feuerbach', 16).upper()}@successfactors.eu"
    desc = ("Dear Yusuf Demir,\n\n"
            "We are pleased to invite you to an interview for the position Junior Function Developer Powertrain "
            "(REQ_10049321) at Feuerbach Mobility Solutions GmbH.\n\n"
            "Interview date: 10.12.2026, 09:00 - 10:00 (CET)\n"
            "Interview format: Video (Microsoft Teams)\n"
            "Interviewer: Dr. Annette Vogel (Hiring Manager, Powertrain Functions)\n\n"
            "Please accept or decline via the candidate portal.\n\n"
            "Best regards\nYour Feuerbach Mobility Recruiting Team\n\n" + teams_en("feuerbach"))
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261202T070000Z",
        "DTSTART:20261210T080000Z", "DTEND:20261210T090000Z",
        t("SUMMARY", "Interview Invitation: Junior Function Developer Powertrain (REQ_10049321)"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Feuerbach Mobility Recruiting", "recruiting.noreply@feuerbach-mobility.com"),
        a_plain("Annette Vogel", "annette.vogel@feuerbach-mobility.com"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "METHOD:REQUEST"]
    return Ev("successfactors-hm-en", vcal(hdr, [], [ve]), uid, 1,
              "Feuerbach Mobility Solutions", "Junior Function Developer Powertrain", "hiring_manager",
              "annette.vogel@feuerbach-mobility.com", "successfactors-noreply-en")


def p_aerion_phone() -> Ev:
    uid = f"lever-interview-{hexid('aerion', 24)}@hire.lever.co"
    desc = ("Hi Yusuf,\n\n"
            "Thanks for applying to the Embedded Software Engineer – Motor Control role at Aerion Drives! Nadia "
            "Bouzid from our talent team will call you on +49 176 44182093.\n\nScheduled with Lever.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261120T150000Z",
        "DTSTART:20261126T100000Z", "DTEND:20261126T103000Z",
        t("SUMMARY", "Aerion Drives: Phone Screen with Yusuf Demir"), t("DESCRIPTION", desc),
        t("LOCATION", "Phone call"), org("Nadia Bouzid", "nadia@aeriondrives.com"),
        a_plain("Nadia Bouzid", "nadia@aeriondrives.com", "ACCEPTED"), a_plain(U_CN, U_WEB),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Lever//Lever Interview Scheduling//EN", "METHOD:REQUEST"]
    return Ev("lever-phone-screen-en", vcal(hdr, [], [ve]), uid, 1,
              "Aerion Drives", "Embedded Software Engineer – Motor Control", "recruiter_screen",
              "nadia@aeriondrives.com", "phone-screen-en")


def p_noordkamp_teamtailor() -> Ev:
    uid = f"teamtailor-meeting-{hexid('noordkamp', 20)}@teamtailor.com"
    desc = ("Hi Yusuf,\n\n"
            "Thanks for your interest in Noordkamp! We'd love to get to know you in an interview with Jeroen Mulder "
            "(Engineering Lead) and me. The interview will be in English.\n\n"
            "Best regards,\nAnouk de Boer\nPeople & Culture, Noordkamp Automation B.V. (Zwolle)\n\n"
            + zoom_en("noordkamp", "Anouk de Boer", "Interview Yusuf Demir – Robotics Engineer", "Jan 5, 2027 03:00 PM")
            + "\n\nPowered by Teamtailor")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261221T100000Z",
        "DTSTART;TZID=Europe/Amsterdam:20270105T150000", "DTEND;TZID=Europe/Amsterdam:20270105T160000",
        t("SUMMARY", "Interview: Robotics Engineer – Noordkamp Automation"), t("DESCRIPTION", desc),
        t("LOCATION", "Zoom"), org("Anouk de Boer", "anouk.deboer@noordkamp.nl"),
        a_plain("Anouk de Boer", "anouk.deboer@noordkamp.nl", "ACCEPTED"),
        a_plain("Jeroen Mulder", "jeroen.mulder@noordkamp.nl", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Teamtailor//Teamtailor Calendar//EN", "METHOD:REQUEST"]
    return Ev("teamtailor-nl-en", vcal(hdr, ["Europe/Amsterdam"], [ve]), uid, 1,
              "Noordkamp Automation", "Robotics Engineer", "",
              "anouk.deboer@noordkamp.nl;jeroen.mulder@noordkamp.nl", "teamtailor-no-stage-en")


def events() -> list[Ev]:
    return [p_bergmann_final(), p_hoogland_agency(), p_treml_recurring(), p_donautal_cancel(), p_lorch_rescheduled(),
            p_sauter_probetag(), p_reichert_export(), p_imbery_practical(), p_feldkamp_teams(), p_feuerbach_sf(),
            p_aerion_phone(), p_noordkamp_teamtailor()]
