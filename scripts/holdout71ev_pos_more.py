"""holdout71: more of the user's own interviews — a recurring audit, agencies, founders, video tools (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import GOOGLE, OUTLOOK, T, att, calendar, ev, org, teams, tz_olson, tz_outlook, vevent, webex, zoom
from holdout71ev_pos_olk import olk, olk_uid

ME = "t.weber.stb@t-online.de"
WEU = "W. Europe Standard Time"


def falkenried_recurring() -> dict:
    uid = "8d2f6b0e4a9c3h7k1m5p9r3t7v@google.com"
    desc = ("Sehr geehrter Herr Weber,\n\nwie besprochen findet das Management-Audit für die Position Leiter "
            "Steuern (m/w/d) an zwei Vormittagen in unserer Zentrale statt.\n\n"
            "Tag 1: Fallstudie Konzernsteuerplanung, Präsentation vor Herrn Dr. Volker Ahrens (CFO) und Frau Ines "
            "Brück (Leiterin Konzernrechnungswesen)\nTag 2: Interview mit Frau Claudia Mai (Personalvorständin) "
            "und abschließendes Feedback\n\nFreundliche Grüße\nTanja Reuter\nRecruiting\nFalkenried Retail GmbH & "
            "Co. KG, Mainzer Landstraße 200, 60327 Frankfurt am Main")
    people = [org("tanja.reuter@falkenried.de", "Tanja Reuter"), att(ME, "Thomas Weber"),
              att("volker.ahrens@falkenried.de", "Dr. Volker Ahrens", partstat="ACCEPTED"),
              att("ines.brueck@falkenried.de", "Ines Brück", partstat="ACCEPTED"),
              att("claudia.mai@falkenried.de", "Claudia Mai", partstat="ACCEPTED")]
    loc = T("LOCATION", "Falkenried Zentrale, Mainzer Landstraße 200, 60327 Frankfurt am Main, 12. OG")
    master = vevent(
        "DTSTART;TZID=Europe/Berlin:20260121T090000", "DTEND;TZID=Europe/Berlin:20260121T130000",
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260112T101500Z", f"UID:{uid}", *people,
        "CREATED:20260112T101401Z", T("DESCRIPTION", desc), "LAST-MODIFIED:20260112T101459Z", loc, "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Management-Audit Leiter Steuern (m/w/d) – Thomas Weber"), "TRANSP:OPAQUE")
    override = vevent(
        "DTSTART;TZID=Europe/Berlin:20260122T103000", "DTEND;TZID=Europe/Berlin:20260122T143000",
        "DTSTAMP:20260114T083000Z", f"UID:{uid}", "RECURRENCE-ID;TZID=Europe/Berlin:20260122T090000", *people,
        "CREATED:20260112T101401Z", T("DESCRIPTION", desc + "\n\nÄnderung: Tag 2 beginnt erst um 10:30 Uhr."),
        "LAST-MODIFIED:20260114T082959Z", loc, "SEQUENCE:1", "STATUS:CONFIRMED",
        T("SUMMARY", "Management-Audit Leiter Steuern (m/w/d) – Tag 2 (Beginn 10:30)"), "TRANSP:OPAQUE")
    ics = calendar(GOOGLE, tz_olson(), master, override, headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("google-de", ics, uid, 1, "Falkenried Retail", "Leiter Steuern (m/w/d)", "onsite",
              ("volker.ahrens@falkenried.de", "ines.brueck@falkenried.de", "claudia.mai@falkenried.de"),
              "recurring-override-assessment-de")


def limmat_zoom_en() -> dict:
    uid = "ZOOM91877302264@zoom.us"
    desc = ("Dear Thomas,\n\nAs agreed with our HR team, we would like to go deeper into technical topics for the "
            "Head of Tax role: Swiss participation deduction, Pillar Two / QDMTT implementation and German CFC "
            "rules.\nParticipants: Sandra Fischer (Deputy Head of Tax), Patrick Meier (Tax Manager, Transfer "
            "Pricing).\n\nKind regards,\nSandra\n\nLimmat Industrie Holding AG | Seestrasse 40 | 8002 Zürich\n\n"
            + zoom("en", "limmat.zoom.us", "918 7730 2264", "604417", "+41 43 210 71 08 Switzerland"))
    ics = calendar("-//zoom.us//iCalendar Event//EN", tz_olson("Europe/Zurich"), vevent(
        "DTSTAMP:20260108T130300Z", "DTSTART;TZID=Europe/Zurich:20260116T160000",
        "DTEND;TZID=Europe/Zurich:20260116T170000",
        T("SUMMARY", "Technical interview – Head of Tax (Group Tax team)"), f"UID:{uid}",
        org("sandra.fischer@limmat-holding.ch", "Sandra Fischer"), att(ME, "Thomas Weber"),
        att("patrick.meier@limmat-holding.ch", "Patrick Meier"), T("DESCRIPTION", desc),
        T("LOCATION", "https://limmat.zoom.us/j/91877302264?pwd=Qm9XdHJ604417UT09")))
    return ev("zoom-en", ics, uid, 1, "Limmat Industrie Holding", "Head of Tax", "technical",
              ("sandra.fischer@limmat-holding.ch", "patrick.meier@limmat-holding.ch"), "zoom-technical-en", "en")


def pfeiffer_owner_gmx() -> dict:
    uid = "20251106T183244Z-4471@kalender.gmx.net"
    desc = ("Lieber Herr Weber,\n\nwie am Telefon besprochen, würde ich mich gern in Ruhe mit Ihnen über die Leitung "
            "unserer Steuerabteilung unterhalten. Wir sind ein Familienunternehmen im Sanitär- und "
            "Heizungsgroßhandel (Theodor Pfeiffer KG, Offenbach, ca. 1.400 Mitarbeiter), und ich suche jemanden, "
            "der die Steuern der Gruppe und die anstehende Betriebsprüfung in die Hand nimmt.\n\n"
            "Ich habe einen Tisch auf meinen Namen reserviert.\n\nBeste Grüße\nTheo Pfeiffer")
    ics = calendar("-//1&1 Mail & Media GmbH//GMX Kalender//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251106T183244Z", "DTSTART;TZID=Europe/Berlin:20251113T123000",
        "DTEND;TZID=Europe/Berlin:20251113T140000", org("pfeiffer.theo@gmx.de", "Theodor Pfeiffer"),
        att(ME, "Thomas Weber"), T("SUMMARY", "Termin Weber / Pfeiffer"), T("DESCRIPTION", desc),
        T("LOCATION", "Gasthaus Mainlust, Schaumainkai 12, Frankfurt"), "STATUS:CONFIRMED"))
    return ev("gmx-de", ics, uid, 1, "Theodor Pfeiffer", "Leitung Steuerabteilung", "", ("pfeiffer.theo@gmx.de",),
              "owner-freemail-company-in-body-de")


def moselle_final_fr() -> dict:
    uid = "4k7n0q3t6w9z2c5f8i1l4o7r0u@google.com"
    desc = ("Bonjour Thomas,\n\nNous avons le plaisir de vous inviter à l'entretien final pour le poste de Head of "
            "Tax & Transfer Pricing, dans nos locaux à Luxembourg-Kirchberg. Vous rencontrerez Marc Weidert (CEO) "
            "et Anne Hoffmann (CFO).\n\nMerci de vous présenter à l'accueil au rez-de-chaussée.\n\nBien à vous,\n"
            "Claire Thill\nTalent Partner, Moselle Re")
    ics = calendar(GOOGLE, tz_olson("Europe/Luxembourg"), vevent(
        "DTSTART;TZID=Europe/Luxembourg:20251210T140000", "DTEND;TZID=Europe/Luxembourg:20251210T160000",
        "DTSTAMP:20251201T100222Z", org("claire.thill@mosellere.lu", "Claire Thill"), f"UID:{uid}",
        att(ME, "Thomas Weber"), att("marc.weidert@mosellere.lu", "Marc Weidert", partstat="ACCEPTED"),
        att("anne.hoffmann@mosellere.lu", "Anne Hoffmann", partstat="ACCEPTED"), T("DESCRIPTION", desc),
        T("LOCATION", "Moselle Re S.A., 4, rue Albert Borschette, L-1246 Luxembourg"), "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Entretien final – Head of Tax & Transfer Pricing – Moselle Re"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Luxembourg",))
    return ev("google-fr", ics, uid, 1, "Moselle Re", "Head of Tax & Transfer Pricing", "final",
              ("marc.weidert@mosellere.lu", "anne.hoffmann@mosellere.lu"), "google-final-fr", "fr")


def nordstern_webex_tech() -> dict:
    uid = olk_uid("nordstern-fach")
    desc = ("Sehr geehrter Herr Weber,\n\nnach Ihrem Telefoninterview mit Frau Mohr möchten wir uns mit Ihnen "
            "fachlich austauschen. Schwerpunkte: Versicherungsteuer, Organschaft, Steuerbilanz, Tax CMS.\n\n"
            "Teilnehmer: Dr. Sven Haas (Leiter Rechnungswesen), Gabriele Thoma (Referentin Steuern)\n\n"
            "Mit freundlichen Grüßen\nDr. Sven Haas\nNordstern Lebensversicherung AG\n\n"
            + webex("de", "nordstern", "2378 904 1156", "Steuer26", "+49-619-6781-9736 Germany Toll"))
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251030T140000", "20251030T153000", "Fachgespräch Leiter Steuern (m/w/d) – Webex", desc,
        [org("sven.haas@nordstern-leben.de", "Haas, Sven Dr."), att(ME, "Thomas Weber"),
         att("gabriele.thoma@nordstern-leben.de", "Thoma, Gabriele")], "Webex"))
    return ev("outlook-de", ics, uid, 1, "Nordstern Lebensversicherung", "Leiter Steuern (m/w/d)", "technical",
              ("sven.haas@nordstern-leben.de", "gabriele.thoma@nordstern-leben.de"), "webex-technical-de")


def aurelis_teams_en() -> dict:
    uid = olk_uid("aurelis-first")
    desc = ("Dear Mr Weber,\n\nThank you for your application for the Head of Tax position. As the working language "
            "in our finance organisation is English, I suggest we hold our first conversation in English. I look "
            "forward to speaking with you.\n\nKind regards\nHenrik Mahler\nCFO, Aurelis Medizintechnik AG\n\n"
            + teams("en", "352 660 917 438", "Gb9sLw", "N2IwYTQ4ZDYtOT"))
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251124T173000", "20251124T181500", "Head of Tax – first conversation (Dr. Mahler / T. Weber)",
        desc, [org("henrik.mahler@aurelis-med.com", "Mahler, Henrik Dr."), att(ME, "t.weber.stb@t-online.de")],
        "Microsoft Teams Meeting", lang="en-US"))
    return ev("outlook-en", ics, uid, 1, "Aurelis Medizintechnik", "Head of Tax", "hiring_manager",
              ("henrik.mahler@aurelis-med.com",), "outlook-teams-en", "en")


def ardennes_agency_fr() -> dict:
    uid = "9b1d3f5h7j9l1n3p5r7t9v1x3z@google.com"
    desc = ("Bonjour Thomas,\n\nJe vous confirme votre entretien avec Ardennes Assurances S.A. pour le poste de Head "
            "of Tax. Vous rencontrerez Mme Nathalie Weis, Directrice financière, ainsi que M. Paul Reuter, "
            "Directeur des ressources humaines.\n\nAdresse : Ardennes Assurances, 23, route d'Arlon, L-8009 "
            "Strassen\n\nJe reste à votre disposition et vous appellerai après l'entretien.\n\nBien cordialement,\n"
            "Julie Muller\nSenior Consultant Finance & Tax – Luxtalent S.A.")
    ics = calendar(GOOGLE, tz_olson("Europe/Luxembourg"), vevent(
        "DTSTART;TZID=Europe/Luxembourg:20260112T103000", "DTEND;TZID=Europe/Luxembourg:20260112T120000",
        "DTSTAMP:20260105T160000Z", org("julie.muller@luxtalent.lu", "Julie Muller"), f"UID:{uid}",
        att(ME, "Thomas Weber"), att("nathalie.weis@ardennes-assurances.lu", "Nathalie Weis"),
        att("paul.reuter@ardennes-assurances.lu", "Paul Reuter"), T("DESCRIPTION", desc),
        T("LOCATION", "23, route d'Arlon, L-8009 Strassen"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Entretien Ardennes Assurances – Head of Tax (via Luxtalent)"), "TRANSP:OPAQUE"),
        headers=("X-WR-TIMEZONE:Europe/Luxembourg",))
    return ev("google-fr", ics, uid, 1, "Ardennes Assurances", "Head of Tax", "hiring_manager",
              ("nathalie.weis@ardennes-assurances.lu", "paul.reuter@ardennes-assurances.lu"),
              "agency-names-employer-fr", "fr")


EVENTS = [falkenried_recurring, limmat_zoom_en, pfeiffer_owner_gmx, moselle_final_fr, nordstern_webex_tech,
          aurelis_teams_en, ardennes_agency_fr]
