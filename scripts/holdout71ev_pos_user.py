"""holdout71: the user's own interviews typed in by the user himself (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import APPLE, EXCHANGE, GOOGLE, THUNDERBIRD, T, calendar, ev, org, tz_olson, tz_outlook, vevent

WORK = "thomas.weber@rheinmain-treuhand.de"
ME = "t.weber.stb@t-online.de"


def helvex_allday_ios() -> dict:
    uid = "5E2B7C41-0A9D-4F6E-B3C8-91D4E7A2F650"
    ics = calendar(APPLE, vevent(
        "CREATED:20251219T194211Z", f"UID:{uid}", "DTEND;VALUE=DATE:20260116", "TRANSP:TRANSPARENT",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", T("SUMMARY", "Helvex Final Round Basel"),
        "LAST-MODIFIED:20251219T194402Z", "DTSTAMP:20251219T194402Z", "DTSTART;VALUE=DATE:20260115",
        T("DESCRIPTION", "ICE 7:13 ab Ffm Hbf, an Basel SBB 10:05. Gespräche ab 11 Uhr (CEO + Group Tax "
                         "Director). Urlaubstag eingetragen!"),
        T("LOCATION", "Helvex Pharma AG\nHochbergerstrasse 60\n4057 Basel\nSchweiz"),
        T("X-APPLE-STRUCTURED-LOCATION", "geo:47.5769,7.5823",
          ';VALUE=URI;X-ADDRESS="Hochbergerstrasse 60, 4057 Basel, Schweiz";X-APPLE-RADIUS=70;X-TITLE="Helvex"'),
        "SEQUENCE:0"), method=None)
    return ev("ios-de", ics, uid, 1, "Helvex Pharma", "", "final", (), "ios-all-day-own-entry-de")


def mainfeld_thunderbird() -> dict:
    uid = "7c1a04e2-9b3d-4f18-8e52-c6a0d9b1f734"
    ics = calendar(THUNDERBIRD, tz_olson(), vevent(
        "CREATED:20251103T201547Z", "LAST-MODIFIED:20251103T201702Z", "DTSTAMP:20251103T201702Z", f"UID:{uid}",
        T("SUMMARY", "Mainfeld Chemie – Erstgespräch mit Petra Lauer (CFO), Teams"),
        "DTSTART;TZID=Europe/Berlin:20251110T180000", "DTEND;TZID=Europe/Berlin:20251110T184500",
        T("DESCRIPTION", "Stelle: Leiter Konzernsteuern (m/w/d). Link kommt per Mail von Frau Ott.\n"
                         "Fragen: Organschaftskreis, Pillar Two Readiness, Teamgröße (6 FTE?)"),
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:2",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT30M", "DESCRIPTION:Default Mozilla Description",
        "END:VALARM"), method=None)
    return ev("thunderbird-de", ics, uid, 1, "Mainfeld Chemie", "Leiter Konzernsteuern (m/w/d)", "hiring_manager",
              ("petra lauer",), "thunderbird-own-entry-de")


def lahnau_terse() -> dict:
    uid = "b9e0f3a2-61c7-4d85-a4e9-2f7b8c0d1e36"
    ics = calendar(THUNDERBIRD, vevent(
        "CREATED:20251015T061201Z", "LAST-MODIFIED:20251015T061201Z", "DTSTAMP:20251015T061201Z", f"UID:{uid}",
        T("SUMMARY", "VG Lahnau Papier 14h"), "DTSTART:20251022T140000", "DTEND:20251022T153000",
        T("LOCATION", "Waldgirmes"), "TRANSP:OPAQUE"), method=None)
    return ev("thunderbird-de", ics, uid, 1, "Lahnau Papier", "", "", (), "terse-floating-de")


def zellwerk_phone_note() -> dict:
    uid = "3vq9l2k7r0b5m8h1j4c6n0p2s@google.com"
    ics = calendar(GOOGLE, vevent(
        "DTSTART;TZID=Europe/Berlin:20251017T123000", "DTEND;TZID=Europe/Berlin:20251017T130000",
        "DTSTAMP:20251014T070101Z", f"UID:{uid}", org(ME, "Thomas Weber"), "CREATED:20251014T070058Z",
        T("DESCRIPTION", "Ruft mich an (Handy). Mittagspause – ins Auto gehen!"),
        "LAST-MODIFIED:20251014T070058Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Telefoninterview Zellwerk Packaging – Sabine Albers (HR)"), "TRANSP:OPAQUE"),
        method="PUBLISH", headers=("X-WR-CALNAME:Thomas privat", "X-WR-TIMEZONE:Europe/Berlin"))
    return ev("google-de", ics, uid, 1, "Zellwerk Packaging", "", "recruiter_screen", ("sabine albers",),
              "phone-screen-own-entry-de")


def ostrhein_ios() -> dict:
    uid = "C07A92F3-44D8-4B1E-8F6A-2E9B3D5C7A11"
    ics = calendar(APPLE, tz_olson(), vevent(
        "CREATED:20251127T181034Z", f"UID:{uid}", "DTEND;TZID=Europe/Berlin:20251208T163000", "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", T("SUMMARY", "Bewerbungsgespräch Ostrhein Stahlhandel"),
        "LAST-MODIFIED:20251127T181210Z", "DTSTAMP:20251127T181210Z", "DTSTART;TZID=Europe/Berlin:20251208T150000",
        T("DESCRIPTION", "Mit Axel Brandau (GF) und Gisela Sommerfeld (Personal). Mitbringen: Zeugnisse, "
                         "Kopie StB-Urkunde."),
        T("LOCATION", "Ostrhein Stahlhandel GmbH\nHafenstraße 21\n68159 Mannheim"),
        T("X-APPLE-STRUCTURED-LOCATION", "geo:49.4951,8.4556",
          ';VALUE=URI;X-ADDRESS="Hafenstraße 21, 68159 Mannheim";X-APPLE-RADIUS=100;X-TITLE="Ostrhein Stahlhandel"'),
        "SEQUENCE:0", "BEGIN:VALARM", "X-WR-ALARMUID:1F0E2C4A-77B1-4F3C-9E05-3A6D8B1C2E90",
        "UID:1F0E2C4A-77B1-4F3C-9E05-3A6D8B1C2E90", "TRIGGER:-PT1H", "ACTION:DISPLAY",
        "DESCRIPTION:Erinnerung", "END:VALARM"), method=None)
    return ev("ios-de", ics, uid, 1, "Ostrhein Stahlhandel", "", "", ("axel brandau", "gisela sommerfeld"),
              "ios-own-entry-de")


def slc_terse_fr() -> dict:
    uid = "e41c7a90-3d2b-4f6e-9a15-8b0c2d7f4e63"
    ics = calendar(THUNDERBIRD, vevent(
        "CREATED:20251118T212233Z", "LAST-MODIFIED:20251118T212233Z", "DTSTAMP:20251118T212233Z", f"UID:{uid}",
        T("SUMMARY", "Entretien SLC 2e tour"), "DTSTART:20251126T100000", "DTEND:20251126T120000",
        T("LOCATION", "Bettembourg, Zone industrielle Scheleck"),
        T("DESCRIPTION", "demander Mme Reding à l'accueil; train 6h12 Ffm -> Lux via Trier"), "TRANSP:OPAQUE"),
        method=None)
    return ev("thunderbird-fr", ics, uid, 1, "Société Luxembourgeoise de Câblerie", "", "", (), "terse-floating-fr",
              "fr")


def rgw_private_block() -> dict:
    uid = ("040000008200E00074C5B7101A82E0080000000030C1B4D95F53DC010000000000000000100000"
           "00E7A1C93B5D2F4A8E9B07C6D1F2A3B4C5")
    ics = calendar(EXCHANGE, tz_outlook(), vevent(
        org(WORK, "Weber, Thomas"), T("DESCRIPTION", "VG Rheingauer Glaswerke, Geisenheim – 13:00 Uhr vor Ort\n"
                                                     "Fahrzeit ca. 1 h, Anzug!"),
        f"UID:{uid}", T("SUMMARY", "Privater Termin", ";LANGUAGE=de-DE"),
        "DTSTART;TZID=W. Europe Standard Time:20251222T113000", "DTEND;TZID=W. Europe Standard Time:20251222T160000",
        "CLASS:PRIVATE", "PRIORITY:5", "DTSTAMP:20251215T072012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", T("LOCATION", "außer Haus", ";LANGUAGE=de-DE"), "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "X-MICROSOFT-CDO-INTENDEDSTATUS:OOF", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"), method="PUBLISH")
    return ev("exchange-de", ics, uid, 1, "Rheingauer Glaswerke", "", "", (), "private-block-work-calendar-de")


def vantrix_thunderbird_en() -> dict:
    uid = "0f6d2b8a-7e43-4c19-b5a2-d93e1c8f4b27"
    ics = calendar(THUNDERBIRD, tz_olson(), vevent(
        "CREATED:20260119T190512Z", "LAST-MODIFIED:20260119T190512Z", "DTSTAMP:20260119T190512Z", f"UID:{uid}",
        T("SUMMARY", "Interview Vantrix – technical round w/ Group Tax (Teams)"),
        "DTSTART;TZID=Europe/Berlin:20260127T100000", "DTEND;TZID=Europe/Berlin:20260127T113000",
        T("DESCRIPTION", "Head of Tax Germany. Topics per Laura: R&D allowance (Forschungszulage), IPCEI grants, "
                         "transfer pricing with US parent. Link in mail."),
        "TRANSP:OPAQUE"), method=None)
    return ev("thunderbird-en", ics, uid, 1, "Vantrix Semiconductors", "Head of Tax Germany", "technical", (),
              "thunderbird-own-entry-en", "en")


EVENTS = [helvex_allday_ios, mainfeld_thunderbird, lahnau_terse, zellwerk_phone_note, ostrhein_ios, slc_terse_fr,
          rgw_private_block, vantrix_thunderbird_en]
