"""holdout74 negatives: mocks, webinars, other kinds of "interview", personal appointments."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    USER_WORK,
    WEU,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_apple,
    head_google,
    head_outlook,
    head_tb,
    head_tool,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
    zoom,
)


def _mock_coach() -> Ev:
    uid = "7e2c9a14-mock-laufbahn-0b3d@cal.com"
    desc = (
        "What: Mock-Interview «Head of IT» (90 Min.) between Regula Steiner and Reto Brunner\n"
        "Where: Zoom\n\n"
        "Additional notes: Simulation eines Zweitgesprächs mit Geschäftsleitung, inkl. Video-Feedback. Bitte "
        "ein reales Stelleninserat mitbringen.\n\n"
        + zoom("de", "852 9904 1172", "coach1")
        + "\n\nRegula Steiner | Laufbahn- & Führungscoaching | steiner-coaching.ch"
    )
    ics = vcal(
        head_tool("-//Cal.com Inc.//Cal.com Event//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251010T090000Z",
            "DTSTART:20251013T160000Z",
            "DTEND:20251013T173000Z",
            prop("SUMMARY", "Mock-Interview «Head of IT» between Regula Steiner and Reto Brunner"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Zoom"),
            org("regula@steiner-coaching.ch", "Regula Steiner"),
            att(USER_FREE, "Reto Brunner", partstat="ACCEPTED"),
        ),
    )
    return Ev("mock-coach", uid, ics, 0, trap="mock-interview-coach-de")


def _mock_friend_en() -> Ev:
    uid = "5m9q3b7x1mockrhen4k8c2v6t0@google.com"
    desc = (
        "Hey Reto - as promised I'll play the Rhenovia panel (VP Tech Ops + InfoSec) and grill you in English "
        "for an hour. Bring two incident stories in STAR format. Beers on you afterwards ;-)\n\nMark"
        + "\n\n" + meet("en", "mck-ptrv-osl")
        + google_footer("en")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251028T193000",
            "DTEND;TZID=Europe/Zurich:20251028T203000",
            "DTSTAMP:20251026T102200Z",
            org("mark.jenkins.ch@gmail.com", "Mark Jenkins"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Practice interview (English) – Reto / Mark"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("mock-friend-en", uid, ics, 0, trap="mock-names-company-en")


def _webinar_de() -> Ev:
    uid = "webinar-ictbern-2025-11-vg45plus@ict-berufsverband.ch"
    desc = (
        "Vielen Dank für Ihre Anmeldung!\n\n"
        "Webinar: Überzeugen im Vorstellungsgespräch – Strategien für erfahrene Fach- und Führungskräfte 45+\n"
        "Referentin: Claudia Meister, HR-Beraterin\n\nInhalte: typische Fragen zu Alter und Lohn, "
        "Assessment-Center, Verhandlung.\n\n"
        "Zugangslink: https://ict-berufsverband.ch/webinar/join/vg45\n\n"
        "ICT-Berufsverband Bern"
    )
    ics = vcal(
        head_tool("-//ICT-Berufsverband Bern//Eventverwaltung//DE", method="PUBLISH"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251020T120000Z",
            "DTSTART;TZID=Europe/Zurich:20251111T120000",
            "DTEND;TZID=Europe/Zurich:20251111T131500",
            prop("SUMMARY", "Webinar: Überzeugen im Vorstellungsgespräch (45+)"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Online"),
            org("events@ict-berufsverband.ch", "ICT-Berufsverband Bern"),
        ),
    )
    return Ev("webinar-interview-tips", uid, ics, 0, trap="webinar-de")


def _training_interviewing() -> Ev:
    uid = outlook_uid("bekb-schulung-strukturierte-interviews")
    desc = (
        "Führungsschulung HR: Strukturierte Interviews führen\n\n"
        "Inhalte: kompetenzbasierte Fragen, Bewertungsbogen, unconscious bias, rechtliche Grenzen "
        "(unzulässige Fragen).\nTrainerin: Andrea Stalder, HR-Entwicklung\n\n"
        "Diese Schulung ist für Führungskräfte mit Rekrutierungsverantwortung obligatorisch."
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("hr-entwicklung@bekb-infra.ch", "HR-Entwicklung"),
            att(USER_WORK, "Brunner, Reto"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Schulung: Strukturierte Interviews führen (Führungskräfte)", ";LANGUAGE=de-CH"),
            dt(WEU, "20251016T083000"),
            dt(WEU, "20251016T120000", "DTEND"),
            "DTSTAMP:20250915T080000Z",
            prop("LOCATION", "Ausbildungszentrum, Kursraum 1", ";LANGUAGE=de-CH"),
            outlook_tail(busy="BUSY"),
        ),
    )
    return Ev("training-interviewing", uid, ics, 0, trap="class-about-interviewing-de")


def _user_research() -> Ev:
    uid = "ur-session-4471-bkup@userinterviews.com"
    desc = (
        "Hi Reto,\n\nThanks for signing up for our customer research study! In this 45-minute interview our "
        "product designer will ask about how your team uses the backup console day to day. There are no right "
        "or wrong answers. You'll receive a CHF 100 gift card as a thank-you.\n\n"
        + zoom("en", "918 4473 0025", "UR4471", host="us02web")
        + "\n\nVeeamore Software - UX Research"
    )
    ics = vcal(
        head_tool("-//User Interviews Inc.//Research Scheduling//EN"),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251029T150000Z",
            "DTSTART:20251105T150000Z",
            "DTEND:20251105T154500Z",
            prop("SUMMARY", "User research interview: backup console (Veeamore)"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Zoom"),
            org("research@veeamore.com", "Veeamore UX Research"),
            att(USER_WORK, "Reto Brunner"),
        ),
    )
    return Ev("user-research", uid, ics, 0, trap="user-research-interview-en")


def _press() -> Ev:
    uid = outlook_uid("netzwoche-interview-cloud-kantonalbanken")
    desc = (
        "Grüezi Herr Brunner\n\nBesten Dank, dass Sie sich für das Interview zur Serie «Cloud im "
        "Finanzsektor» Zeit nehmen. Themen: Souveränität, FINMA-Rundschreiben, Hybrid-Betrieb. Das Gespräch "
        "wird aufgezeichnet; Sie erhalten den Text zur Freigabe.\n\nFreundliche Grüsse\nJan Stettler, "
        "Redaktor Netzwoche\n\n"
        + teams("de", "340 118 551 762", "Nw8Pr3")
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("jan.stettler@netzmedien.ch", "Stettler, Jan"),
            att(USER_WORK, "Brunner, Reto"),
            att("medienstelle@bekb-infra.ch", "Medienstelle", role="OPT-PARTICIPANT"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Interview Netzwoche: Cloud bei Kantonalbanken", ";LANGUAGE=de-CH"),
            dt(WEU, "20251107T100000"),
            dt(WEU, "20251107T104500", "DTEND"),
            "DTSTAMP:20251030T110000Z",
            prop("LOCATION", "Microsoft Teams-Besprechung", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("press-interview", uid, ics, 0, trap="press-interview-de")


def _podcast() -> Ev:
    uid = "riverside-rec-infratalk-ep42@riverside.fm"
    desc = (
        "Aufnahme Infra-Talk Podcast, Folge 42: «Vom Rechenzentrum in die Cloud – und zurück?»\n"
        "Gast: Reto Brunner\nHost: Michi Fuchs\n\nStudio-Link (Riverside): https://riverside.fm/studio/infratalk\n"
        "Bitte Kopfhörer verwenden und 10 Min. früher für den Soundcheck einloggen."
    )
    ics = vcal(
        head_tool("-//Riverside.fm//Recording Invite//EN"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251110T180000Z",
            "DTSTART;TZID=Europe/Zurich:20251124T190000",
            "DTEND;TZID=Europe/Zurich:20251124T200000",
            prop("SUMMARY", "Podcast-Aufnahme «Infra-Talk» – Interview Folge 42"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "https://riverside.fm/studio/infratalk"),
            org("michi@infratalk.ch", "Michi Fuchs"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev("podcast-guest", uid, ics, 0, trap="podcast-interview-de")


def _dentist() -> Ev:
    uid = "3A1F9C2E-77B0-4D4A-9E18-ZAHNARZT-20251022"
    ics = vcal(
        head_apple("iOS 18.0.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20250912T070000Z",
            "DTSTAMP:20250912T070012Z",
            "DTSTART;TZID=Europe/Zurich:20251022T071500",
            "DTEND;TZID=Europe/Zurich:20251022T081500",
            prop("SUMMARY", "Zahnarzt Dr. Fankhauser – Dentalhygiene"),
            prop("LOCATION", "Zahnarztpraxis Fankhauser, Thunstrasse 12, 3074 Muri b. Bern"),
            f"UID:{uid}",
            "SEQUENCE:0",
            alarm("-P1D", "Zahnarzt morgen"),
        ),
    )
    return Ev("dentist", uid, ics, 0, trap="dentist-de")


def _doctor_cancelled() -> Ev:
    uid = "doctena-appt-55817720@doctena.ch"
    desc = (
        "Ihr Termin bei Dr. med. Andrea Wyss, Fachärztin für Allgemeine Innere Medizin, wurde storniert.\n"
        "Bitte buchen Sie online einen neuen Termin.\n\nPraxis am Bärenplatz, Bern"
    )
    ics = vcal(
        head_tool("-//Doctena//Appointment//DE", method="CANCEL"),
        TZ_ZURICH,
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20251027T060000Z",
            "DTSTART;TZID=Europe/Zurich:20251029T171500",
            "DTEND;TZID=Europe/Zurich:20251029T173000",
            prop("SUMMARY", "Hausarzt: Kontrolle Blutdruck – Dr. med. A. Wyss"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Bärenplatz 7, 3011 Bern"),
            "STATUS:CANCELLED",
            "SEQUENCE:1",
            org("noreply@doctena.ch", "Praxis am Bärenplatz"),
            att(USER_FREE, "Reto Brunner"),
        ),
    )
    return Ev("doctor-cancelled", uid, ics, 0, trap="doctor-cancelled-de")


def _bank() -> Ev:
    uid = outlook_uid("berner-landbank-hypothek-brunner")
    desc = (
        "Sehr geehrter Herr Brunner\n\nGerne bestätigen wir Ihnen das Beratungsgespräch zur Verlängerung "
        "Ihrer Festhypothek (Ablauf 31.03.2026). Bitte bringen Sie den aktuellen Lohnausweis mit.\n\n"
        "Freundliche Grüsse\nMichael Rüegsegger, Kundenberater Privatkunden\nBerner Landbank AG, Worb"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("michael.ruegsegger@landbank.ch", "Rüegsegger, Michael"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Beratungsgespräch Hypothek – Herr Brunner", ";LANGUAGE=de-CH"),
            dt(WEU, "20251215T173000"),
            dt(WEU, "20251215T183000", "DTEND"),
            "DTSTAMP:20251201T101000Z",
            prop("LOCATION", "Berner Landbank, Bahnhofstrasse 4, 3076 Worb", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev("bank-mortgage", uid, ics, 0, trap="bank-appointment-de")


def _visa() -> Ev:
    uid = "f47c1a90-visa-ind-bern-20251118"
    ics = vcal(
        head_tb(),
        TZ_ZURICH,
        vevent(
            "CREATED:20251104T190000Z",
            "LAST-MODIFIED:20251104T190100Z",
            "DTSTAMP:20251104T190100Z",
            f"UID:{uid}",
            prop("SUMMARY", "Visumstermin VFS Global – Indien (Business-Visum, Lieferantenbesuch Pune)"),
            "DTSTART;TZID=Europe/Zurich:20251118T091000",
            "DTEND;TZID=Europe/Zurich:20251118T094000",
            prop("LOCATION", "VFS Global, Effingerstrasse 4a, 3011 Bern"),
            prop("DESCRIPTION", "Mitnehmen: Pass, 2 Passfotos, Einladungsschreiben Lieferant, Bestätigung "
                 "Arbeitgeber, Termin-Bestätigung ausgedruckt."),
            "X-MOZ-GENERATION:1",
        ),
    )
    return Ev("visa-appointment", uid, ics, 0, trap="visa-de")


def events() -> list[Ev]:
    return [
        _mock_coach(),
        _mock_friend_en(),
        _webinar_de(),
        _training_interviewing(),
        _user_research(),
        _press(),
        _podcast(),
        _dentist(),
        _doctor_cancelled(),
        _bank(),
        _visa(),
    ]
