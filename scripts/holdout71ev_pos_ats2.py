"""holdout71: the user's own interviews from ATS and scheduling tools, part 2 (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import (
    EXCHANGE,
    GOOGLE,
    T,
    att,
    calendar,
    ev,
    google_footer,
    org,
    teams,
    tz_olson,
    tz_outlook,
    vevent,
    zoom,
)

ME = "t.weber.stb@t-online.de"


def modernloop_kcp_final() -> dict:
    uid = "ml-3f1c0a9e8d7b6a5c4e3f2a1b@modernloop.io"
    desc = ("Hi Thomas,\n\nWe are excited to invite you to the final round for the Head of Tax position.\n\n"
            "Schedule\n15:00–15:45  Pierre Hoffmann, Managing Partner\n15:45–16:30  Elena Conti, Partner & COO\n\n"
            "Please bring an ID document for building access; our receptionist will take you to the 7th floor.\n\n"
            "Coordinated by ModernLoop on behalf of Kirchberg Capital Partners")
    ics = calendar("-//ModernLoop//ModernLoop Scheduling//EN", tz_olson("Europe/Luxembourg"), vevent(
        f"UID:{uid}", "DTSTAMP:20260105T110322Z", "DTSTART;TZID=Europe/Luxembourg:20260114T150000",
        "DTEND;TZID=Europe/Luxembourg:20260114T163000",
        org("recruiting@kirchbergcp.com", "Kirchberg Capital Partners Recruiting"),
        att(ME, "Thomas Weber"), att("pierre.hoffmann@kirchbergcp.com", "Pierre Hoffmann"),
        att("elena.conti@kirchbergcp.com", "Elena Conti"),
        T("SUMMARY", "Final Round: Thomas Weber / Kirchberg Capital Partners (Head of Tax)"),
        T("DESCRIPTION", desc),
        T("LOCATION", "KCP, 12 Avenue John F. Kennedy, L-1855 Luxembourg (Kirchberg), 7th floor"),
        "STATUS:CONFIRMED"))
    return ev("modernloop-en", ics, uid, 1, "Kirchberg Capital Partners", "Head of Tax", "final",
              ("pierre.hoffmann@kirchbergcp.com", "elena.conti@kirchbergcp.com"), "modernloop-final-en", "en")


def lever_kcp_screen() -> dict:
    uid = "lvr_1b8e5d2c9f0a47e3b6c1d4f7a2e9b05c@kirchbergcp.com"
    desc = ("Hi Thomas,\n\nThanks for applying for our Head of Tax opening! This is a 30-minute intro call with "
            "me to walk through your background and what we are looking for. I'll send a Teams link shortly "
            "before; if you prefer a phone call just let me know.\n\nSophie Wagner\nTalent Lead, Kirchberg "
            "Capital Partners\n\nSent from Lever")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251209T070000Z", "DTEND:20251209T073000Z", "DTSTAMP:20251202T155959Z",
        org("sophie.wagner@kirchbergcp.com", "Sophie Wagner"), f"UID:{uid}",
        att(ME, "Thomas Weber"),
        att("sophie.wagner@kirchbergcp.com", "Sophie Wagner", partstat="ACCEPTED", rsvp=False),
        T("DESCRIPTION", desc + google_footer("en")), T("LOCATION", ""), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Intro call: Thomas Weber <> Kirchberg Capital Partners"), "TRANSP:OPAQUE"))
    return ev("lever-en", ics, uid, 1, "Kirchberg Capital Partners", "Head of Tax", "recruiter_screen",
              ("sophie.wagner@kirchbergcp.com",), "lever-intro-call-en", "en")


def calendly_kessler_haldenberg() -> dict:
    uid = "3c1e9b7a-5f2d-4e8c-a0b6-d9e2f1c4a7b3@calendly.com"
    desc = ("Event Name: Interview Mandat Haldenberg – Leiter Steuern (m/w/d)\n\n"
            "Location: This is a Microsoft Teams web conference. You can join this meeting from any device.\n\n"
            "Please share anything that will help prepare for our meeting.: Lebenslauf liegt Ihnen vor.\n\n"
            "Sehr geehrter Herr Weber, wir sprechen über Ihren Werdegang und die Position Leiter Steuern "
            "(m/w/d) bei der Haldenberg Holding GmbH & Co. KG (Familienunternehmen, Sitz Wetzlar). "
            "Nach unserem Gespräch stelle ich Sie dem Mandanten vor.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/3c1e9b7a\n"
            "Reschedule: https://calendly.com/reschedulings/3c1e9b7a\n\nPowered by Calendly.com")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251029T110000", "DTEND;TZID=Europe/Berlin:20251029T114500",
        "DTSTAMP:20251023T200117Z", org("m.seidel@kessler-search.de", "Miriam Seidel"), f"UID:{uid}",
        att(ME, "Thomas Weber", partstat="ACCEPTED", rsvp=False),
        att("m.seidel@kessler-search.de", "Miriam Seidel", partstat="ACCEPTED", rsvp=False),
        T("DESCRIPTION", desc), T("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Interview Mandat Haldenberg between Miriam Seidel and Thomas Weber"), "TRANSP:OPAQUE"),
        headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("calendly-de", ics, uid, 1, "Haldenberg Holding", "Leiter Steuern (m/w/d)", "recruiter_screen",
              ("m.seidel@kessler-search.de",), "calendly-agency-names-employer-de")


def calcom_voltaro_founder() -> dict:
    uid = "kq2Zb8xLr4Tn7Wd1Fh9Pm3@Cal.com"
    desc = ("What: Intro call\nInvitee Time Zone: Europe/Berlin\nWho:\nJonas Feld - Organizer\n"
            "jonas.feld.mail@gmail.com\nThomas Weber\nt.weber.stb@t-online.de\n"
            "Where: Cal Video https://app.cal.com/video/kq2Zb8xLr4Tn7Wd1Fh9Pm3\n"
            "Additional notes: Hi Thomas, as discussed on LinkedIn – we are hiring our first Head of Finance & "
            "Tax at Voltaro (Series B, battery storage, Darmstadt). Happy to tell you more about the role and "
            "hear about your background. Cheers, Jonas\n\n"
            "Need to make a change? Cancel or reschedule: https://app.cal.com/booking/kq2Zb8xLr4Tn7Wd1Fh9Pm3")
    ics = calendar("-//Cal.com Inc.//Cal.com Event//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20251030T142200Z", "DTSTART:20251104T170000Z", "DTEND:20251104T174500Z",
        org("jonas.feld.mail@gmail.com", "Jonas Feld"), att(ME, "Thomas Weber", partstat="ACCEPTED"),
        T("SUMMARY", "Intro call between Jonas Feld and Thomas Weber"), T("DESCRIPTION", desc),
        T("LOCATION", "https://app.cal.com/video/kq2Zb8xLr4Tn7Wd1Fh9Pm3"), "STATUS:CONFIRMED"),
        method="REQUEST")
    return ev("calcom-en", ics, uid, 1, "Voltaro", "Head of Finance & Tax", "", ("jonas.feld.mail@gmail.com",),
              "calcom-founder-freemail-en", "en")


def bookings_nordstern_phone() -> dict:
    uid = ("040000008200E00074C5B7101A82E00800000000B4E1A6F0C84ADC01000000000000000010000000"
           "2B7C9D1E0F3A4B5C6D7E8F9012345678")
    desc = ("Ihr Termin wurde gebucht.\n\nDienstleistung: Telefoninterview Leiter Steuern (m/w/d)\n"
            "Mitarbeiter: Kathrin Mohr (Recruiting)\nKunde: Thomas Weber\nTelefon: +49 171 5550 4471\n\n"
            "Frau Mohr ruft Sie zum gebuchten Zeitpunkt an.\n\n"
            "Nordstern Lebensversicherung AG · Personal · Theodor-Heuss-Allee 90, 60486 Frankfurt am Main\n\n"
            "Termin verwalten: https://outlook.office365.com/owa/calendar/NordsternKarriere@nordstern-leben.de/"
            "bookings/")
    ics = calendar(EXCHANGE, tz_outlook(), vevent(
        org("NordsternKarriere@nordstern-leben.de", "Nordstern Karriere"),
        att(ME, "Thomas Weber"), att("kathrin.mohr@nordstern-leben.de", "Mohr, Kathrin"),
        T("DESCRIPTION", desc, ";LANGUAGE=de-DE"), f"UID:{uid}",
        T("SUMMARY", "Telefoninterview Leiter Steuern (m/w/d)", ";LANGUAGE=de-DE"),
        "DTSTART;TZID=W. Europe Standard Time:20251016T083000", "DTEND;TZID=W. Europe Standard Time:20251016T090000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20251009T065511Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", T("LOCATION", "Telefon", ";LANGUAGE=de-DE"), "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE"))
    return ev("bookings-de", ics, uid, 1, "Nordstern Lebensversicherung", "Leiter Steuern (m/w/d)",
              "recruiter_screen", ("kathrin.mohr@nordstern-leben.de",), "ms-bookings-phone-de")


def ashby_fernwerk_case() -> dict:
    uid = "ashby-interview-9d2b1e7c-4a30-4b8e-91f2-6c5d0e3a8b17"
    desc = ("Hi Thomas,\n\nyour Tax Case Interview for Head of Tax at Fernwerk Mobility is confirmed.\n\n"
            "Interviewers:\n• Katharina Roth – VP Finance\n• Malte Jensen – Senior Tax Manager\n\n"
            "You will get a short case (VAT on cross-border mobility services, OSS, permanent establishment risk "
            "in our Nordic markets) 30 minutes before the call.\n\n"
            + zoom("en", "fernwerk.zoom.us", "842 3391 0675", "559031", "+49 69 7104 9922 Germany")
            + "\n\nScheduled with Ashby")
    ics = calendar("-//Ashby//Ashby Scheduling//EN", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251209T100451Z", "DTSTART;TZID=Europe/Berlin:20251219T100000",
        "DTEND;TZID=Europe/Berlin:20251219T113000", org("no-reply@ashbyhq.com", "Fernwerk Recruiting"),
        att(ME, "Thomas Weber"), att("katharina.roth@fernwerk.io", "Katharina Roth"),
        att("malte.jensen@fernwerk.io", "Malte Jensen"),
        T("SUMMARY", "Tax Case Interview – Head of Tax – Fernwerk"), T("DESCRIPTION", desc),
        T("LOCATION", "https://fernwerk.zoom.us/j/84233910675"), "STATUS:CONFIRMED"))
    return ev("ashby-en", ics, uid, 1, "Fernwerk Mobility", "Head of Tax", "technical",
              ("katharina.roth@fernwerk.io", "malte.jensen@fernwerk.io"), "ashby-case-en", "en")


def personio_nidda_final() -> dict:
    uid = "personio-interview-4410932-0f2a@personio.de"
    desc = ("Dear Mr Weber,\n\nwe are delighted to invite you to the final interview for the Head of Tax (f/m/d) "
            "position with our Managing Directors Dr. Claudia Renz and Michael Sturm.\n\n"
            "Date: 8 January 2026, 14:00–15:30\nAddress: Nidda Foods GmbH, Friedberger Str. 101, 61118 Bad Vilbel "
            "(visitor parking in front of building B)\n\nKind regards\nAylin Öztürk\nPeople & Culture\n\n"
            "Sent via Personio")
    ics = calendar("-//Personio GmbH//Personio Recruiting//EN", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251219T090044Z", "DTSTART;TZID=Europe/Berlin:20260108T140000",
        "DTEND;TZID=Europe/Berlin:20260108T153000",
        org("aylin.oeztuerk@niddafoods.de", "Aylin Öztürk (via Personio)"),
        att(ME, "Thomas Weber"), att("claudia.renz@niddafoods.de", "Dr. Claudia Renz"),
        att("michael.sturm@niddafoods.de", "Michael Sturm"),
        T("SUMMARY", "Final interview – Head of Tax (f/m/d)"), T("DESCRIPTION", desc),
        T("LOCATION", "Nidda Foods GmbH, Friedberger Str. 101, 61118 Bad Vilbel"), "STATUS:CONFIRMED"))
    return ev("personio-en", ics, uid, 1, "Nidda Foods", "Head of Tax (f/m/d)", "final",
              ("claudia.renz@niddafoods.de", "michael.sturm@niddafoods.de"), "personio-final-en", "en")


def smartrecruiters_leman_fr() -> dict:
    uid = "sr-int-0d7c2e91-58ab-4f13-b6e0-a9c4f2d81e35"
    desc = ("Bonjour Thomas,\n\nVotre entretien avec Mme Laure Perrin, Talent Acquisition Manager, est confirmé.\n\n"
            "Poste : Responsable fiscal groupe (H/F) – Lausanne\nFormat : visioconférence (Microsoft Teams), "
            "45 minutes\n\n" + teams("fr", "365 210 884 017", "Lm8TyZ", "OTE0ZDA5NzItMj")
            + "\n\nCordialement,\nL'équipe Talent Acquisition\nGroupe Léman Hospitality SA\n\n"
            "Propulsé par SmartRecruiters")
    ics = calendar("-//SmartRecruiters//SmartRecruiters Calendar//FR", tz_olson("Europe/Zurich"), vevent(
        f"UID:{uid}", "DTSTAMP:20251120T152210Z", "DTSTART;TZID=Europe/Zurich:20251121T140000",
        "DTEND;TZID=Europe/Zurich:20251121T144500",
        org("no-reply@smartrecruiters.com", "Groupe Léman Hospitality"),
        att(ME, "Thomas Weber"), att("laure.perrin@leman-hospitality.ch", "Laure Perrin"),
        T("SUMMARY", "Entretien – Responsable fiscal groupe (H/F)"), T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED"))
    return ev("smartrecruiters-fr", ics, uid, 1, "Groupe Léman Hospitality", "Responsable fiscal groupe (H/F)",
              "recruiter_screen", ("laure.perrin@leman-hospitality.ch",), "smartrecruiters-fr", "fr")


def workday_albarracin_es() -> dict:
    uid = "WD-INT-R-10582-000044871@albarracin.myworkday.com"
    desc = ("Estimado Thomas:\n\nNos complace invitarle a una entrevista para el puesto Head of Tax Central Europe "
            "(R-10582), con sede en Frankfurt am Main.\n\nEntrevistadora: Marta Ibáñez Soler, Directora Fiscal "
            "Corporativa (responsable de la posición)\nFormato: Microsoft Teams, 60 minutos, en inglés\n\n"
            "Dear Thomas, the interview will be held in English. Please find the Teams link below.\n\n"
            + teams("en", "318 557 402 991", "Hq3WnB", "MzQ1YmM2ZjAtOT")
            + "\n\nUn saludo,\nSelección y Talento – Albarracín Industrial, S.A.\n\n"
            "Este mensaje se ha generado automáticamente desde Workday.")
    ics = calendar("-//Workday Inc.//Workday Recruiting//ES", tz_olson("Europe/Madrid"), vevent(
        "DTSTAMP:20251202T111111Z", f"UID:{uid}", "DTSTART;TZID=Europe/Madrid:20251208T120000",
        "DTEND;TZID=Europe/Madrid:20251208T130000",
        org("albarracin@myworkday.com", "Albarracín Industrial – Selección"),
        att(ME, "Thomas Weber"), att("marta.ibanez@albarracin-industrial.com", "Marta Ibáñez Soler"),
        T("SUMMARY", "Entrevista: Head of Tax Central Europe (R-10582)"), T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED"))
    return ev("workday-es", ics, uid, 1, "Albarracín Industrial", "Head of Tax Central Europe", "hiring_manager",
              ("marta.ibanez@albarracin-industrial.com",), "workday-es", "es")


def greenhouse_hem_de() -> dict:
    uid = "7tq0m1c4e8g2i6k9n3p5r7u1w4@google.com"
    desc = ("Hallo Herr Weber,\n\nwie telefonisch besprochen, bestätigen wir Ihr Gespräch zur Position "
            "Leitung Steuern & Zoll (m/w/d) mit Ihrer künftigen Vorgesetzten, Frau Dr. Ines Falk (CFO), "
            "und Herrn Oliver Brandl (Leiter Zoll & Exportkontrolle).\n\n"
            "Ort: HEM Hanauer Edelmetall AG, Rodenbacher Chaussee 4, 63457 Hanau – Empfang Haupteingang\n\n"
            "Mit freundlichen Grüßen\nDeniz Arslan\nTalent Acquisition\n\n"
            "Dieses Gespräch wurde über Greenhouse geplant.")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251203T093000", "DTEND;TZID=Europe/Berlin:20251203T110000",
        "DTSTAMP:20251124T102030Z", org("talent@hem-edelmetall.de", "HEM Talent Acquisition"), f"UID:{uid}",
        att(ME, "Thomas Weber"), att("ines.falk@hem-edelmetall.de", "Dr. Ines Falk", partstat="ACCEPTED"),
        att("oliver.brandl@hem-edelmetall.de", "Oliver Brandl", partstat="ACCEPTED"),
        att("deniz.arslan@hem-edelmetall.de", "Deniz Arslan", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
        T("DESCRIPTION", desc), T("LOCATION", "Rodenbacher Chaussee 4, 63457 Hanau"), "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Interview: Thomas Weber – Leitung Steuern & Zoll (m/w/d)"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("greenhouse-de", ics, uid, 1, "Hanauer Edelmetall", "Leitung Steuern & Zoll (m/w/d)",
              "hiring_manager", ("ines.falk@hem-edelmetall.de", "oliver.brandl@hem-edelmetall.de"), "greenhouse-de")


def workday_vantrix_recruiter() -> dict:
    uid = "WD-INT-JR-22817-000129934@vantrix.myworkday.com"
    desc = ("Dear Thomas,\n\nThank you for applying for Head of Tax Germany (JR-22817). We would like to invite "
            "you to a recruiter interview with Laura Schenk (Senior Talent Acquisition Partner).\n\n"
            "Duration: 30 minutes\nFormat: Microsoft Teams\n\n"
            + teams("en", "376 004 281 553", "Vn7kPd", "ODk1ZTAxYjQtYz")
            + "\n\nBest regards,\nVantrix Semiconductors GmbH – Talent Acquisition, Dresden\n\n"
            "This is an automated message from Workday.")
    ics = calendar("-//Workday Inc.//Workday Recruiting//EN", tz_olson(), vevent(
        "DTSTAMP:20260107T084512Z", f"UID:{uid}", "DTSTART;TZID=Europe/Berlin:20260113T153000",
        "DTEND;TZID=Europe/Berlin:20260113T160000", org("vantrix@myworkday.com", "Vantrix Talent Acquisition"),
        att(ME, "Thomas Weber"), att("laura.schenk@vantrix-semi.com", "Laura Schenk"),
        T("SUMMARY", "Interview: Head of Tax Germany (JR-22817) - Recruiter Interview"), T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams Meeting"), "STATUS:CONFIRMED"))
    return ev("workday-en", ics, uid, 1, "Vantrix Semiconductors", "Head of Tax Germany", "recruiter_screen",
              ("laura.schenk@vantrix-semi.com",), "workday-recruiter-en", "en")


EVENTS = [modernloop_kcp_final, lever_kcp_screen, calendly_kessler_haldenberg, calcom_voltaro_founder,
          bookings_nordstern_phone, ashby_fernwerk_case, personio_nidda_final, smartrecruiters_leman_fr,
          workday_albarracin_es, greenhouse_hem_de, workday_vantrix_recruiter]
