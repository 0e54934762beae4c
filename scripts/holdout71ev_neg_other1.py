"""holdout71: negatives — mock interviews, webinars, classes, press, podcast, research, talks (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import APPLE, GOOGLE, OUTLOOK, T, att, calendar, ev, meet, org, tz_olson, tz_outlook, vevent, zoom
from holdout71ev_pos_olk import olk, olk_uid

WORK = "thomas.weber@rheinmain-treuhand.de"
ME = "t.weber.stb@t-online.de"
WEU = "W. Europe Standard Time"
ZOOM = "-//zoom.us//iCalendar Event//EN"


def mock_coach() -> dict:
    uid = "ZOOM83371920455@zoom.us"
    desc = ("Lieber Herr Weber,\n\nin unserer vierten Sitzung simulieren wir ein Vorstellungsgespräch für eine "
            "Head-of-Tax-Position (Rollenspiel: ich bin CFO eines Industrieunternehmens), anschließend Videoanalyse "
            "und Feedback. Bitte bereiten Sie Ihre 2-Minuten-Selbstpräsentation vor.\n\nHerzliche Grüße\n"
            "Brigitte Amann\nAmann Karriereberatung | Executive Coaching & Outplacement\n\n"
            + zoom("de", "us06web.zoom.us", "833 7192 0455", "441902", "+49 69 3807 9883"))
    ics = calendar(ZOOM, tz_olson(), vevent(
        "DTSTAMP:20251105T100000Z", "DTSTART;TZID=Europe/Berlin:20251114T180000",
        "DTEND;TZID=Europe/Berlin:20251114T193000", T("SUMMARY", "Mock Interview „Head of Tax“ – Coaching-Sitzung 4"),
        f"UID:{uid}", org("b.amann@amann-karriere.de", "Brigitte Amann"), att(ME, "Thomas Weber"),
        T("DESCRIPTION", desc), T("LOCATION", "https://us06web.zoom.us/j/83371920455")))
    return ev("zoom-de", ics, uid, 0, trap="mock-coach-de")


def mock_friend() -> dict:
    uid = "9A1E5C73-2F08-4B6D-A4C1-7E3D0B9F2A68"
    ics = calendar(APPLE, tz_olson(), vevent(
        "CREATED:20251116T210944Z", f"UID:{uid}", "DTEND;TZID=Europe/Berlin:20251117T210000", "TRANSP:OPAQUE",
        T("SUMMARY", "Probe-Interview auf Englisch mit Stefan (Vorbereitung Zugerberg)"),
        "DTSTART;TZID=Europe/Berlin:20251117T193000", "DTSTAMP:20251116T211015Z", "LAST-MODIFIED:20251116T211015Z",
        T("DESCRIPTION", "Stefan spielt den CFO. Fragen: Why industry after 20 years in practice? Swiss tax "
                         "knowledge? Leading a team of 5? Danach Bier ;)"),
        T("LOCATION", "bei Stefan, Sandweg 14"), "SEQUENCE:0"), method=None)
    return ev("ios-de", ics, uid, 0, trap="mock-names-company-de")


def webinar_50plus() -> dict:
    uid = "ZOOMW96640218874@zoom.us"
    desc = ("Vielen Dank für Ihre Anmeldung zum Webinar „Souverän im Vorstellungsgespräch – Bewerben mit 50+“.\n\n"
            "Referentin: Petra Engelhardt, Personalberaterin\nThemen: Erfahrung als Stärke präsentieren, Fragen "
            "zum Alter souverän beantworten, Gehaltsverhandlung für Führungskräfte\n\n"
            "Teilnahme-Link: https://us06web.zoom.us/w/96640218874?tk=Xb3kq\nWebinar-ID: 966 4021 8874\n"
            "Kenncode: 50plus\n\nKarrierenetzwerk 50plus e.V.")
    ics = calendar(ZOOM, tz_olson(), vevent(
        "DTSTAMP:20251020T143000Z", "DTSTART;TZID=Europe/Berlin:20251028T190000",
        "DTEND;TZID=Europe/Berlin:20251028T203000",
        T("SUMMARY", "Webinar: Souverän im Vorstellungsgespräch – Bewerben mit 50+"), f"UID:{uid}",
        org("webinare@karrierenetzwerk50plus.de", "Karrierenetzwerk 50plus"), T("DESCRIPTION", desc),
        T("LOCATION", "https://us06web.zoom.us/w/96640218874")))
    return ev("zoom-de", ics, uid, 0, trap="webinar-interview-skills-de")


def seminar_structured_interviews() -> dict:
    uid = "seminar-2025-K114-teilnehmer-2281@kanzleiakademie-rheinmain.de"
    desc = ("Anmeldebestätigung\n\nSeminar K114: Personalauswahl in der Kanzlei – strukturierte Interviews führen\n"
            "Referent: Dipl.-Psych. Martin Seeger\nInhalte: Anforderungsprofil, Interviewleitfaden, "
            "Beurteilungsfehler, AGG-konforme Fragen, Übungen im Rollenspiel\n\n"
            "Ort: Kanzleiakademie Rhein-Main, Eschersheimer Landstraße 55, 60322 Frankfurt\n"
            "Teilnehmer: StB Thomas Weber, RheinMain Treuhand GmbH\n\nFortbildungsnachweis: 6 Stunden")
    ics = calendar("-//Kanzleiakademie Rhein-Main//Seminarverwaltung//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251015T080000Z", "DTSTART;TZID=Europe/Berlin:20260205T093000",
        "DTEND;TZID=Europe/Berlin:20260205T163000", org("seminare@kanzleiakademie-rheinmain.de",
                                                          "Kanzleiakademie Rhein-Main"),
        att(WORK, "Thomas Weber"),
        T("SUMMARY", "Seminar K114: Personalauswahl in der Kanzlei – strukturierte Interviews führen"),
        T("DESCRIPTION", desc), T("LOCATION", "Eschersheimer Landstraße 55, 60322 Frankfurt am Main"),
        "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("seminar-de", ics, uid, 0, trap="class-interviewing-skills-de")


def press_interview_de() -> dict:
    uid = "1x4a7d0g3j6m9p2s5v8y1b4e7h@google.com"
    desc = ("Hallo Herr Weber,\n\nvielen Dank, dass Sie sich für unser Interview zur Grundsteuerreform Zeit nehmen. "
            "Ich rufe Sie auf Ihrem Büroanschluss an; das Gespräch dauert ca. 20 Minuten, Zitate schicke ich "
            "Ihnen vorab zur Freigabe.\n\nBeste Grüße\nKatrin Lorenz\nRedaktion Wirtschaft, Frankfurter "
            "Wirtschaftsblatt")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251029T130000Z", "DTEND:20251029T133000Z", "DTSTAMP:20251023T090112Z",
        org("k.lorenz@wirtschaftsblatt-ffm.de", "Katrin Lorenz"), f"UID:{uid}", att(WORK, "Thomas Weber"),
        T("DESCRIPTION", desc), T("LOCATION", "Telefon"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Interview Frankfurter Wirtschaftsblatt: Grundsteuerreform – was Eigentümer jetzt tun müssen"),
        "TRANSP:OPAQUE"))
    return ev("google-de", ics, uid, 0, trap="press-interview-de")


def podcast_de() -> dict:
    uid = "3b6e9h2k5n8q1t4w7z0c3f6i9l@google.com"
    desc = ("Hallo Thomas,\n\nwir freuen uns auf die Aufnahme! Folge 58: E-Rechnung ab 2025 – was Mittelständler "
            "jetzt wissen müssen. Format: Interview, ca. 35 Minuten, Aufnahme über Riverside "
            "(https://riverside.fm/studio/steuern-kompakt). Bitte Headset nutzen.\n\nViele Grüße\nDaniel Hoff\n"
            "Podcast „Steuern kompakt“")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251216T180000", "DTEND;TZID=Europe/Berlin:20251216T190000",
        "DTSTAMP:20251125T182020Z", org("podcast@steuern-kompakt.de", "Steuern kompakt Podcast"), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc), T("LOCATION", "https://riverside.fm/studio/steuern-kompakt"),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Podcast-Aufnahme „Steuern kompakt“ – Folge 58: Interview mit Thomas Weber"), "TRANSP:OPAQUE"),
        headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 0, trap="podcast-interview-de")


def user_research_en() -> dict:
    uid = "ui-session-77310-4f2a@userinterviews.com"
    desc = ("Hi Thomas,\n\nthanks for signing up for a research session with TaxFlow. We'd love to learn how your "
            "firm prepares VAT returns and collects documents from clients. This is not a sales call, and there "
            "are no right or wrong answers.\n\nIncentive: €75 Amazon voucher, sent within 5 business days.\n\n"
            + meet("en", "ygc-qtbn-wva", "664 021 993") + "\n\nScheduled via User Interviews")
    ics = calendar("-//User Interviews//Scheduling//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20251112T150000Z", "DTSTART:20251119T160000Z", "DTEND:20251119T164500Z",
        org("research@taxflow.io", "TaxFlow Research"), att(WORK, "Thomas Weber"),
        T("SUMMARY", "TaxFlow user interview – 45 min (€75 voucher)"), T("DESCRIPTION", desc),
        T("LOCATION", "https://meet.google.com/ygc-qtbn-wva"), "STATUS:CONFIRMED"))
    return ev("research-en", ics, uid, 0, trap="user-research-interview-en", lang="en")


def press_interview_en() -> dict:
    uid = "gtm-interview-20251203-weber@globaltaxmonitor.com"
    desc = ("Dear Mr Weber,\n\nmany thanks for agreeing to speak with us for our feature on Pillar Two implementation "
            "in Germany. I will call you on +49 69 5550 3310. The interview will take about 30 minutes; we will "
            "quote you as Tax Manager at RheinMain Treuhand unless you tell us otherwise.\n\nKind regards\n"
            "Oliver Grant\nSenior Reporter, Global Tax Monitor (London)")
    ics = calendar(OUTLOOK, tz_outlook("GMT Standard Time"), vevent(
        org("oliver.grant@globaltaxmonitor.com", "Grant, Oliver"), att(WORK, "Weber, Thomas"),
        T("DESCRIPTION", desc, ";LANGUAGE=en-GB"), f"UID:{uid}",
        T("SUMMARY", "Interview request – Global Tax Monitor: Pillar Two in Germany (phone)", ";LANGUAGE=en-GB"),
        "DTSTART;TZID=GMT Standard Time:20251203T103000", "DTEND;TZID=GMT Standard Time:20251203T110000",
        "DTSTAMP:20251126T112000Z", "STATUS:CONFIRMED", "SEQUENCE:0", T("LOCATION", "Phone", ";LANGUAGE=en-GB")))
    return ev("outlook-en", ics, uid, 0, trap="press-interview-en", lang="en")


def talk_stbk() -> dict:
    uid = "stbk-vortrag-2025-11-26-weber@stbk-hessen.de"
    desc = ("Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Zusage als Referent. Vortrag „Pillar Two in der Praxis "
            "– Mindeststeuergesetz für mittelständische Gruppen“, 90 Minuten inkl. Diskussion. Technik: Beamer "
            "und Mikrofon vorhanden, bitte Folien bis 20.11. senden.\n\nMit freundlichen Grüßen\n"
            "Referat Fortbildung")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251126T170000", "20251126T183000", "Vortrag: Pillar Two in der Praxis – Referent StB Thomas Weber",
        desc, [org("fortbildung@stbk-hessen.de", "Steuerberaterkammer Hessen – Fortbildung"),
               att(WORK, "Weber, Thomas")], "Steuerberaterkammer Hessen, Gutleutstraße 175, Frankfurt, Saal 1"))
    return ev("outlook-de", ics, uid, 0, trap="talk-chamber-de")


def exam_board() -> dict:
    uid = olk_uid("stbk-pruefung-winter")
    desc = ("Sehr geehrte Mitglieder des Prüfungsausschusses III,\n\nanbei die Einladung zu den mündlichen "
            "Abschlussprüfungen Steuerfachangestellte (Winterprüfung). Es sind 8 Prüflinge eingeteilt; "
            "Prüfungsgespräche je ca. 30 Minuten. Die Niederschriften liegen vor Ort aus.\n\nIhre Geschäftsstelle")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20260128T080000", "20260128T150000", "Mündliche Abschlussprüfung Steuerfachangestellte – PA III",
        desc, [org("pruefungen@stbk-hessen.de", "Steuerberaterkammer Hessen – Prüfungen"),
               att(WORK, "Weber, Thomas"), att("r.lang@lang-stb.de", "Lang, Regina")],
        "Steuerberaterkammer Hessen, Raum 2.10"))
    return ev("outlook-de", ics, uid, 0, trap="exam-board-de")


def gobd_process_interview() -> dict:
    uid = olk_uid("holzmann-gobd")
    desc = ("Interview zur Verfahrensdokumentation nach GoBD mit der Buchhaltung der Holzmann GmbH: Belegfluss "
            "Eingangsrechnungen, Scanprozess, Kassenführung, Zugriffsrechte DATEV. Gesprächspartnerin beim "
            "Mandanten: Frau Petra Kunz (Leiterin Buchhaltung).")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251201T093000", "20251201T113000", "Interview Verfahrensdokumentation GoBD – Holzmann GmbH",
        desc, [org(WORK, "Weber, Thomas"), att("p.kunz@holzmann-gmbh.de", "Kunz, Petra"),
               att("julia.keller@rheinmain-treuhand.de", "Keller, Julia")], "Holzmann GmbH, Offenbach"))
    return ev("outlook-de", ics, uid, 0, trap="process-interview-client-de")


def own_appraisal() -> dict:
    uid = olk_uid("rmt-jahresgespraech-weber")
    desc = ("Lieber Thomas,\n\nwie jedes Jahr unser Jahresgespräch: Rückblick 2025, Zielvereinbarung 2026, "
            "Entwicklung (Partner-Track?), Gehalt. Bitte die Selbsteinschätzung vorab in Personio ausfüllen.\n\n"
            "Gruß\nMichael")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251215T163000", "20251215T174500", "Jahresgespräch 2025 / Zielvereinbarung 2026 – Thomas Weber",
        desc, [org("michael.vogt@rheinmain-treuhand.de", "Vogt, Michael Dr."), att(WORK, "Weber, Thomas")],
        "Büro Dr. Vogt"))
    return ev("outlook-de", ics, uid, 0, trap="own-appraisal-de")


EVENTS = [mock_coach, mock_friend, webinar_50plus, seminar_structured_interviews, press_interview_de, podcast_de,
          user_research_en, press_interview_en, talk_stbk, exam_board, gobd_process_interview, own_appraisal]
