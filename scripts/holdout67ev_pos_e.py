"""holdout67: the user's own interviews, part E (softgarden, Greenhouse, agency to work address, Turkish, Zoom ...)."""

from __future__ import annotations

from holdout67ev_core import (
    H_GOOGLE,
    H_OUTLOOK,
    U_CN,
    U_WEB,
    U_WORK,
    Ev,
    a_g,
    a_ol,
    a_plain,
    digits,
    esc,
    google_export,
    google_uid,
    guid,
    hexid,
    html,
    meet_en,
    org,
    outlook_tail,
    outlook_uid,
    t,
    teams_de,
    teams_tr,
    vcal,
    zoom_de,
)


def p_waelder_softgarden() -> Ev:
    uid = f"sg-appointment-{guid('waelder')}@softgarden.io"
    desc = ("Sehr geehrter Herr Demir,\n\n"
            "wir freuen uns, Sie zu einem Zweitgespräch bei uns in Freiburg einladen zu dürfen.\n\n"
            "Ihre Gesprächspartner: Herr Tim Riesterer (Leitung Service) und Frau Sandra Birkle (Personal).\n"
            "Im Anschluss zeigen wir Ihnen gern unsere Werkstatt und den Schaltschrankbau.\n\n"
            "Mit freundlichen Grüßen\nWälder Elektrotechnik GmbH\nPersonalabteilung\n\n"
            "Termin verwalten: https://waelder-elektrotechnik.softgarden.io/de/appointment/9120331")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270108T091500Z",
        "DTSTART:20270118T090000Z", "DTEND:20270118T103000Z",
        t("SUMMARY", "Zweitgespräch – Servicetechniker/-ingenieur Automatisierung (m/w/d) – Wälder Elektrotechnik "
          "GmbH"),
        t("DESCRIPTION", desc), t("LOCATION", "Wälder Elektrotechnik GmbH, Tullastraße 64, 79108 Freiburg"),
        org("Wälder Elektrotechnik GmbH", "noreply@softgarden.io"), a_plain(U_CN, U_WEB),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//softgarden e-recruiting GmbH//softgarden//DE", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("softgarden-second-round-de", vcal(hdr, [], [ve]), uid, 1,
              "Wälder Elektrotechnik", "Servicetechniker/-ingenieur Automatisierung", "",
              "Tim Riesterer;Sandra Birkle", "softgarden-second-round-no-stage-de")


def p_kinetix_greenhouse() -> Ev:
    uid = "gh-interview-71920455-2@greenhouse.io"
    desc = ("Hi Yusuf,\n\n"
            "Thanks for sending in your take-home! In this session you'll walk Ömer Kaplan (Robotics Software Lead) "
            "and Finn Albers (Senior Robotics Engineer) through your solution (gripper state machine in ROS 2) and "
            "discuss possible extensions.\n\n"
            "Best,\nHannah Schulz\nRecruiting Coordinator · Kinetix Labs, Berlin\n\n" + meet_en("kinetix"))
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261209T120000Z",
        "DTSTART:20261215T150000Z", "DTEND:20261215T160000Z",
        t("SUMMARY", "Kinetix Labs – Take-home review (Yusuf Demir)"), t("DESCRIPTION", desc),
        t("LOCATION", "Google Meet"), org("Hannah Schulz", "hannah.schulz@kinetixlabs.de"),
        a_plain("Ömer Kaplan", "oemer.kaplan@kinetixlabs.de", "ACCEPTED"),
        a_plain("Finn Albers", "finn.albers@kinetixlabs.de", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST"]
    return Ev("greenhouse-takehome-en", vcal(hdr, [], [ve]), uid, 1,
              "Kinetix Labs", "", "technical", "oemer.kaplan@kinetixlabs.de;finn.albers@kinetixlabs.de",
              "greenhouse-take-home-review-en")


def p_gehring_agency_work() -> Ev:
    uid = outlook_uid("gehring")
    desc = ("Hallo Herr Demir,\n\n"
            "wie besprochen anbei der Termin für das Videointerview mit meinem Mandanten, der Gehring Anlagenbau "
            "GmbH in Schwäbisch Hall, zur Position Projektingenieur Inbetriebnahme. Ihre Gesprächspartnerin ist "
            "Frau Claudia Eckert, Personalleiterin; ich selbst wähle mich nicht ein.\n\n"
            "Sie hatten mir Ihre dienstliche Adresse gegeben – gern sende ich künftige Termine an Ihre private "
            "Adresse, kurze Info genügt.\n\n"
            "Viele Grüße\nDirk Seeger\nAlcor Personalberatung GmbH · Stuttgart\n\n" + teams_de("gehring"))
    ve = [
        "BEGIN:VEVENT", org("Seeger, Dirk", "d.seeger@alcor-personal.de"),
        a_ol("Eckert, Claudia", "claudia.eckert@gehring-anlagenbau.de"), a_ol(U_CN, U_WORK),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=de-DE", "Video-Interview Gehring Anlagenbau GmbH / Yusuf Demir (vertraulich)"),
        "DTSTART;TZID=W. Europe Standard Time:20261207T180000",
        "DTEND;TZID=W. Europe Standard Time:20261207T184500",
        "CLASS:PRIVATE", "PRIORITY:5", "DTSTAMP:20261201T181200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *outlook_tail("gehring"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("agency-to-work-address-de", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Gehring Anlagenbau", "Projektingenieur Inbetriebnahme", "recruiter_screen",
              "claudia.eckert@gehring-anlagenbau.de", "agency-invite-to-work-address-de")


def p_kaya_tr() -> Ev:
    uid = outlook_uid("kaya")
    desc = ("Merhaba Yusuf Bey,\n\n"
            "Köln'deki tesisimiz Kaya Automotive GmbH için açtığımız Otomasyon Mühendisi pozisyonuna yaptığınız "
            "başvuru için teşekkür ederiz. Sizinle Microsoft Teams üzerinden bir ön görüşme yapmak istiyoruz. "
            "Görüşmeye Almanya tesis müdürümüz Murat Şahin Bey de katılacak; görüşme Türkçe ve kısmen Almanca "
            "yapılacaktır.\n\n"
            "Saygılarımızla,\nZeynep Arslan\nİnsan Kaynakları Uzmanı\nKaya Otomotiv A.Ş. – Bursa\n\n"
            + teams_tr("kaya"))
    ve = [
        "BEGIN:VEVENT", org("Arslan, Zeynep", "zeynep.arslan@kayaotomotiv.com.tr"),
        a_ol("Şahin, Murat", "murat.sahin@kaya-automotive.de"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=tr-TR:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=tr-TR", "Mülakat – Otomasyon Mühendisi (Kaya Automotive GmbH, Köln)"),
        "DTSTART;TZID=Turkey Standard Time:20261204T120000", "DTEND;TZID=Turkey Standard Time:20261204T124500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261127T071500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=tr-TR:Microsoft Teams Toplantısı",
        *outlook_tail("kaya"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-turkey-zone-tr", vcal(H_OUTLOOK, ["Turkey Standard Time"], [ve]), uid, 1,
              "Kaya Automotive", "Otomasyon Mühendisi", "",
              "zeynep.arslan@kayaotomotiv.com.tr;murat.sahin@kaya-automotive.de", "parent-hr-invites-subsidiary-tr")


def p_kaltenbach_note() -> Ev:
    uid = google_uid("kaltenbach-note")
    ve = [
        "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20270104T160000", "DTEND;TZID=Europe/Berlin:20270104T170000",
        "DTSTAMP:20270120T190001Z", f"UID:{uid}", "CREATED:20261219T112233Z",
        t("DESCRIPTION", "Link kommt per Mail von Fr. Oswald (HR)\nStelle: Inbetriebnahme Robotik\n60 min\n"
          "Gehaltsvorstellung: 58k"),
        "LAST-MODIFIED:20261219T112233Z", "LOCATION:Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Interview Kaltenbach Robotik (Teams) – Fr. Oswald"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-own-note-de", vcal(google_export(), ["Europe/Berlin"], [ve]), uid, 1,
              "Kaltenbach Robotik", "Inbetriebnahme Robotik", "", "Oswald", "handtyped-export-de")


def p_hartung_zoom() -> Ev:
    mid = digits("hartung", 11)
    uid = f"ZOOM{mid}"
    body = ("Hallo Herr Demir,\n\nich bin Teamleiter Elektrokonstruktion bei Hartung Sondermaschinen und würde Sie "
            "gern kennenlernen – Ihre Bewerbung als Elektrokonstrukteur / SPS hat mir Frau Beck weitergeleitet.\n\n"
            + zoom_de("hartung", "Ralf Dengler", "Kennenlernen Teamleitung Elektrokonstruktion – Y. Demir",
                      "7.Jan..2027 09:00 AM"))
    ve = [
        "BEGIN:VEVENT", "DTSTAMP:20261228T101500Z", f"UID:{uid}", "DTSTART:20270107T080000Z",
        "DTEND:20270107T084500Z", t("SUMMARY", "Zoom-Meeting: Kennenlernen Teamleitung Elektrokonstruktion – Y. Demir"),
        t("DESCRIPTION", body), t("LOCATION", f"https://us06web.zoom.us/j/{mid}?pwd={hexid('hartungw', 32)}"),
        org("Ralf Dengler", "r.dengler@hartung-sondermaschinen.de"),
        "ATTENDEE;CN=yusuf.demir96@web.de;RSVP=TRUE:mailto:" + U_WEB, "END:VEVENT",
    ]
    hdr = ["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
    return Ev("zoom-native-hm-de", vcal(hdr, [], [ve]), uid, 1,
              "Hartung Sondermaschinen", "Elektrokonstrukteur / SPS", "hiring_manager",
              "r.dengler@hartung-sondermaschinen.de", "zoom-ics-de")


def p_pohl_sr() -> Ev:
    uid = f"{guid('pohl')}@smartrecruiters.com"
    desc = ("Hallo Yusuf,\n\n"
            "Sie wurden zu einem Interview für die Stelle Funktionsentwickler E-Mobilität (m/w/d) bei Pohl Automotive "
            "Systems eingeladen.\n\n"
            "Gesprächspartner: Dr. Verena Kienle (Gruppenleiterin Funktionsentwicklung), Marco Bianchi (Entwickler "
            "Batteriemanagement)\n"
            "Format: Video-Interview mit dem Fachbereich, 60 Minuten – erwarten Sie Fragen zu MATLAB/Simulink, "
            "AUTOSAR-Grundlagen und Ihrer Bachelorarbeit.\n\n" + teams_de("pohl")
            + "\n\nGesendet über SmartRecruiters im Auftrag von Pohl Automotive Systems GmbH.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261210T090000Z",
        "DTSTART:20261217T090000Z", "DTEND:20261217T100000Z",
        t("SUMMARY", "Video-Interview mit dem Fachbereich – Funktionsentwickler E-Mobilität (m/w/d) | Pohl "
          "Automotive Systems"),
        t("DESCRIPTION", desc), t("LOCATION", "Microsoft Teams"),
        org("Pohl Automotive Systems GmbH", "noreply@smartrecruiters.com"),
        a_plain("Verena Kienle", "verena.kienle@pohl-automotive.com", "ACCEPTED"),
        a_plain("Marco Bianchi", "marco.bianchi@pohl-automotive.com", "ACCEPTED"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "METHOD:REQUEST"]
    return Ev("smartrecruiters-technical-de", vcal(hdr, [], [ve]), uid, 1,
              "Pohl Automotive Systems", "Funktionsentwickler E-Mobilität", "technical",
              "verena.kienle@pohl-automotive.com;marco.bianchi@pohl-automotive.com", "smartrecruiters-de")


def p_merz_workday() -> Ev:
    uid = "WD-INTERVIEW-R-0031877-" + guid("merz")[:8] + "@merz.wd3.myworkdayjobs.com"
    desc = ("Hallo Yusuf Demir,\n\n"
            "Ihr Vorstellungsgespräch (2. Runde) für die Stelle Ingenieur Robotik (R-0031877) bei der Merz Kinematik "
            "AG wurde geplant.\n\n"
            "Gesprächsart: Vor Ort\nGesprächspartner: Stefanie Wolf; Henrik Albers\n"
            "Ort: Merz Kinematik AG, Gebäude C, Heilbronner Str. 300, 70469 Stuttgart\n\n"
            "Diese Nachricht wurde von Workday gesendet. Bitte antworten Sie nicht auf diese Nachricht.")
    ve = [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270114T130000Z", "SEQUENCE:0",
        "DTSTART:20270125T130000Z", "DTEND:20270125T140000Z",
        t("SUMMARY", "Vorstellungsgespräch: Ingenieur Robotik (R-0031877) - Yusuf Demir"),
        t("DESCRIPTION", desc), t("LOCATION", "Merz Kinematik AG, Gebäude C, Heilbronner Str. 300, Stuttgart"),
        org("Merz Kinematik Talent Acquisition", "talent@merz-kinematik.com"),
        a_plain("Stefanie Wolf", "stefanie.wolf@merz-kinematik.com"),
        a_plain("Henrik Albers", "henrik.albers@merz-kinematik.com"),
        a_plain(U_CN, U_WEB), "STATUS:CONFIRMED", "END:VEVENT",
    ]
    hdr = ["VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//DE", "METHOD:REQUEST"]
    return Ev("workday-onsite-de", vcal(hdr, [], [ve]), uid, 1,
              "Merz Kinematik", "Ingenieur Robotik", "onsite",
              "stefanie.wolf@merz-kinematik.com;henrik.albers@merz-kinematik.com", "workday-de")


def p_hollmann_zoom() -> Ev:
    uid = google_uid("hollmann")
    desc = ("Guten Tag Herr Demir,\n\n"
            "hiermit bestätige ich unser Online-Interview für die Position Prüfstandsingenieur (m/w/d). Teilnehmen "
            "werden Herr Uwe Seitz (Leiter Prüffeld) und ich.\n\n"
            "Freundliche Grüße\nNadja Kröner\nPersonal · Hollmann Prüfsysteme GmbH · Göppingen\n\n"
            + zoom_de("hollmann", "Nadja Kröner", "Online-Interview Hollmann Prüfsysteme", "1.Dez..2026 04:00 PM"))
    ve = [
        "BEGIN:VEVENT", "DTSTART:20261201T150000Z", "DTEND:20261201T160000Z", "DTSTAMP:20261124T101010Z",
        org("Nadja Kröner", "n.kroener@hollmann-pruefsysteme.de"), f"UID:{uid}",
        a_g("Uwe Seitz", "u.seitz@hollmann-pruefsysteme.de", ps="ACCEPTED"),
        a_g("Nadja Kröner", "n.kroener@hollmann-pruefsysteme.de", ps="ACCEPTED"), a_g(U_CN, U_WEB),
        "CREATED:20261124T101009Z", t("DESCRIPTION", desc), "LAST-MODIFIED:20261124T101009Z",
        t("LOCATION", "https://us06web.zoom.us/j/" + digits("hollmann", 11)), "SEQUENCE:0", "STATUS:CONFIRMED",
        t("SUMMARY", "Online-Interview Hollmann Prüfsysteme – Y. Demir"), "TRANSP:OPAQUE", "END:VEVENT",
    ]
    return Ev("google-zoom-de", vcal(H_GOOGLE, [], [ve]), uid, 1,
              "Hollmann Prüfsysteme", "Prüfstandsingenieur", "",
              "n.kroener@hollmann-pruefsysteme.de;u.seitz@hollmann-pruefsysteme.de", "google-zoom-online-de")


def p_rosskopf_phone_en() -> Ev:
    uid = outlook_uid("rosskopf")
    desc = ("Dear Yusuf,\n\n"
            "Thank you for applying for the position Systems Engineer Drives (Ref. 2026-1187) at Rosskopf Antriebe "
            "GmbH. I am part of our Talent Acquisition hub in Lisbon and will give you a call for a short screening "
            "(approx. 30 minutes) on the number in your CV. The conversation will be held in English.\n\n"
            "Kind regards,\nMariana Costa\nTalent Acquisition Partner – Rosskopf Antriebe")
    ve = [
        "BEGIN:VEVENT", org("Costa, Mariana", "mariana.costa@rosskopf-group.com"), a_ol(U_CN, U_WEB),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc), f"UID:{uid}",
        t("SUMMARY;LANGUAGE=en-US", "Phone Screening – Yusuf Demir – Systems Engineer Drives (Ref. 2026-1187)"),
        "DTSTART;TZID=W. Europe Standard Time:20261127T140000",
        "DTEND;TZID=W. Europe Standard Time:20261127T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261123T110000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Phone call",
        *outlook_tail("rosskopf"), "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)), "END:VEVENT",
    ]
    return Ev("outlook-phone-screen-en", vcal(H_OUTLOOK, ["W. Europe Standard Time"], [ve]), uid, 1,
              "Rosskopf Antriebe", "Systems Engineer Drives", "recruiter_screen", "mariana.costa@rosskopf-group.com",
              "phone-screen-shared-service-en")


def events() -> list[Ev]:
    return [p_waelder_softgarden(), p_kinetix_greenhouse(), p_gehring_agency_work(), p_kaya_tr(),
            p_kaltenbach_note(), p_hartung_zoom(), p_pohl_sr(), p_merz_workday(), p_hollmann_zoom(),
            p_rosskopf_phone_en()]
