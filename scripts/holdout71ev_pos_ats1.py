"""holdout71: the user's own interviews from ATS and scheduling tools, part 1 (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import GOOGLE, TZ_DETROIT, T, att, calendar, ev, meet, org, room, teams, tz_olson, vevent, zoom

ME = "t.weber.stb@t-online.de"
SEP = "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"


def greenhouse_kranich_hm() -> dict:
    uid = "5q2k8v1m3d9r0t7c4b6n1h2j8s@google.com"
    desc = ("Hi Thomas,\n\nthank you for your interest in the Head of Tax (m/f/d) position at Kranich Logistik SE. "
            "As discussed, please find the details of your next interview below.\n\n"
            "Interview: Hiring Manager Interview\nDuration: 60 minutes\nFormat: Video call (Google Meet)\n\n"
            "You will be meeting with:\n- Frank Oberle, Chief Financial Officer (hiring manager)\n"
            "- Nadine Kraus, VP Group Accounting & Tax\n\n"
            "If you need to reschedule, simply reply to this email.\n\nBest regards,\nLena Vogt\n"
            "Talent Acquisition Coordinator | Kranich Logistik SE\n\n"
            "This interview was scheduled with Greenhouse." + SEP + meet("en", "kxq-rbtw-pme", "482 113 907")
            + SEP)
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251118T140000", "DTEND;TZID=Europe/Berlin:20251118T150000",
        "DTSTAMP:20251110T083112Z", org("lena.vogt@kranich-logistik.com", "Lena Vogt"), f"UID:{uid}",
        att("frank.oberle@kranich-logistik.com", "Frank Oberle", partstat="ACCEPTED", rsvp=False),
        att("nadine.kraus@kranich-logistik.com", "Nadine Kraus", partstat="ACCEPTED", rsvp=False),
        att(ME, ME), att("lena.vogt@kranich-logistik.com", "Lena Vogt", partstat="ACCEPTED", rsvp=False),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kxq-rbtw-pme", "CREATED:20251110T083111Z",
        T("DESCRIPTION", desc), "LAST-MODIFIED:20251110T083111Z", T("LOCATION", ""), "SEQUENCE:0",
        "STATUS:CONFIRMED", T("SUMMARY", "Kranich Logistik – Hiring Manager Interview (Thomas Weber)"),
        "TRANSP:OPAQUE"), headers=("X-WR-TIMEZONE:Europe/Berlin",))
    return ev("greenhouse-en", ics, uid, 1, "Kranich Logistik", "Head of Tax", "hiring_manager",
              ("frank.oberle@kranich-logistik.com", "nadine.kraus@kranich-logistik.com"), "greenhouse-en", "en")


def greenhouse_kranich_final() -> dict:
    uid = "0bd3f7e1c9a2h6k4m8p1r5t0v3@google.com"
    desc = ("Dear Thomas,\n\nwe are delighted to invite you to the final interview day for the position "
            "Head of Tax (m/f/d).\n\nAgenda (local time, CET):\n"
            "09:00 – 09:15  Welcome – Lena Vogt, Talent Acquisition\n"
            "09:15 – 10:15  Marc Hollmann, Chief Executive Officer\n"
            "10:30 – 11:30  Susanne Berg, Chief People Officer\n"
            "11:30 – 12:30  Informal lunch with the Group Tax team (no assessment)\n\n"
            "Address: Kranich Logistik SE, Cargo City Süd, Gebäude 558, 60549 Frankfurt am Main. Please show "
            "this invitation at the gate; a visitor badge will be ready for you.\n\n"
            "Best regards,\nLena Vogt\n\nThis interview was scheduled with Greenhouse.")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251204T080000Z", "DTEND:20251204T113000Z", "DTSTAMP:20251126T151502Z",
        org("lena.vogt@kranich-logistik.com", "Lena Vogt"), f"UID:{uid}",
        att(ME, "Thomas Weber"),
        att("marc.hollmann@kranich-logistik.com", "Marc Hollmann", partstat="ACCEPTED", rsvp=False),
        att("susanne.berg@kranich-logistik.com", "Susanne Berg", partstat="ACCEPTED", rsvp=False),
        room("c_18832a1f4e9b@resource.calendar.google.com", "FRA-558-2.04 Boardroom (12)"),
        "CREATED:20251126T151455Z", T("DESCRIPTION", desc), "LAST-MODIFIED:20251126T151501Z",
        T("LOCATION", "Kranich Logistik SE, Cargo City Süd, Gebäude 558, 60549 Frankfurt am Main"),
        "SEQUENCE:0", "STATUS:CONFIRMED", T("SUMMARY", "Final Interview: Thomas Weber – Head of Tax (m/f/d)"),
        "TRANSP:OPAQUE"))
    return ev("greenhouse-en", ics, uid, 1, "Kranich Logistik", "Head of Tax", "final",
              ("marc.hollmann@kranich-logistik.com", "susanne.berg@kranich-logistik.com"), "greenhouse-final-en", "en")


def lever_moselle_phone() -> dict:
    uid = "lever-7f3e2b1a-9c4d-4e8f-a1b2-c3d4e5f60718@mosellere.lu"
    desc = ("Hello Thomas,\n\nLooking forward to our call about the Head of Tax & Transfer Pricing role at "
            "Moselle Re. I will call you on the mobile number from your CV (+49 171 5550 4471).\n\n"
            "Agenda: your background, motivation for Luxembourg, notice period and salary expectations.\n\n"
            "Claire Thill\nTalent Partner | Moselle Re S.A. | 4, rue Albert Borschette, L-1246 Luxembourg\n\n"
            "Invitation sent via Lever")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251112T093000Z", "DTEND:20251112T100000Z", "DTSTAMP:20251107T161840Z",
        org("claire.thill@mosellere.lu", "Claire Thill"), f"UID:{uid}",
        att("claire.thill@mosellere.lu", "Claire Thill", partstat="ACCEPTED", rsvp=False),
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc),
        T("LOCATION", "Phone call – Claire will call you"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Phone Screen: Thomas Weber <> Moselle Re"), "TRANSP:OPAQUE"))
    return ev("lever-en", ics, uid, 1, "Moselle Re", "Head of Tax & Transfer Pricing", "recruiter_screen",
              ("claire.thill@mosellere.lu",), "lever-phone-screen-en", "en")


def workday_mainfeld_onsite() -> dict:
    uid = "WD-INT-R0004127-000318842@mainfeld.myworkday.com"
    desc = ("Sehr geehrter Herr Weber,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position "
            "Leiter Konzernsteuern (m/w/d) (R0004127) einzuladen.\n\n"
            "Datum: Donnerstag, 27. November 2025\nUhrzeit: 10:00 – 12:00 Uhr\n"
            "Ort: Mainfeld Chemie AG, Industriepark Höchst, Gebäude D 712, 65926 Frankfurt am Main. Bitte melden "
            "Sie sich am Empfang Tor Ost.\n\nIhre Gesprächspartner:\n"
            "Dr. Petra Lauer – Finanzvorständin (CFO)\nStefan Rieck – Leiter Konzernrechnungswesen\n\n"
            "Melanie Ott (HR) holt Sie am Empfang ab und begleitet den Termin organisatorisch.\n\n"
            "Bitte bringen Sie einen gültigen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\n"
            "Ihr Recruiting-Team der Mainfeld Chemie AG\n\n"
            "Diese Nachricht wurde automatisch von Workday erstellt. Bitte antworten Sie nicht auf diese E-Mail.")
    ics = calendar("-//Workday Inc.//Workday Recruiting//EN", tz_olson(), vevent(
        "DTSTAMP:20251117T094501Z", f"UID:{uid}", "DTSTART;TZID=Europe/Berlin:20251127T100000",
        "DTEND;TZID=Europe/Berlin:20251127T120000",
        org("mainfeld@myworkday.com", "Mainfeld Chemie AG Recruiting"),
        att(ME, "Thomas Weber"), att("petra.lauer@mainfeld-chemie.de", "Dr. Petra Lauer"),
        att("stefan.rieck@mainfeld-chemie.de", "Stefan Rieck"),
        att("melanie.ott@mainfeld-chemie.de", "Melanie Ott", role="OPT-PARTICIPANT"),
        T("SUMMARY", "Interview: Leiter Konzernsteuern (m/w/d) - R0004127"), T("DESCRIPTION", desc),
        T("LOCATION", "Industriepark Höchst, Gebäude D 712, 65926 Frankfurt am Main"), "SEQUENCE:0",
        "STATUS:CONFIRMED"))
    return ev("workday-de", ics, uid, 1, "Mainfeld Chemie", "Leiter Konzernsteuern (m/w/d)", "onsite",
              ("petra.lauer@mainfeld-chemie.de", "stefan.rieck@mainfeld-chemie.de"), "workday-onsite-de")


def personio_vbe() -> dict:
    uid = "personio-interview-3398127-b7e1@personio.de"
    desc = ("Guten Tag Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Leitung Steuern (m/w/d) bei der "
            "VBE Vogelsberg Energie AG. Gern möchten wir Sie persönlich kennenlernen.\n\n"
            "Gesprächspartner: Julia Hesse (Leiterin Personal), Rainer Koch (Vorstand Finanzen)\n"
            "Dauer: ca. 60 Minuten\nOrt: Microsoft Teams\n\n" + teams("de", "371 992 604 118", "bR4sQk",
                                                                     "ZTc1NGQ4MjYtYjQ2")
            + "\n\nFreundliche Grüße\nJulia Hesse\nVBE Vogelsberg Energie AG · Lauterbach (Hessen)")
    ics = calendar("-//Personio GmbH//Personio Recruiting//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251013T120244Z", "DTSTART;TZID=Europe/Berlin:20251021T090000",
        "DTEND;TZID=Europe/Berlin:20251021T100000",
        org("julia.hesse@vbe-energie.de", "Julia Hesse (via Personio)"),
        att(ME, "Thomas Weber"), att("rainer.koch@vbe-energie.de", "Rainer Koch"),
        T("SUMMARY", "Vorstellungsgespräch: Leitung Steuern (m/w/d) – Thomas Weber"),
        T("DESCRIPTION", desc), T("LOCATION", "Microsoft Teams-Besprechung"), "STATUS:CONFIRMED"))
    return ev("personio-de", ics, uid, 1, "Vogelsberg Energie", "Leitung Steuern (m/w/d)", "",
              ("julia.hesse@vbe-energie.de", "rainer.koch@vbe-energie.de"), "personio-de")


def softgarden_owe() -> dict:
    uid = "sg-appointment-8841270-44c1a0@softgarden.io"
    desc = ("Sehr geehrter Herr Weber,\n\nhiermit bestätigen wir Ihren Termin für das Gespräch mit unserem CFO, "
            "Herrn Tobias Reinhardt, zur Position Head of Tax (m/w/d).\n\nDas Gespräch findet per Microsoft "
            "Teams statt.\n\n" + teams("de", "389 120 447 503", "Xa2mUe", "NmE3MzQ5YjEtNz")
            + "\n\nBei Fragen erreichen Sie uns unter karriere@owe-group.com.\n\nViele Grüße\n"
            "Ihr Recruiting-Team\nOWE Odenwald Elektrotechnik GmbH | Erbach (Odenwald)")
    ics = calendar("-//softgarden//Interview Scheduler 2.4//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251118T071533Z", "DTSTART;TZID=Europe/Berlin:20251125T160000",
        "DTEND;TZID=Europe/Berlin:20251125T170000",
        org("noreply@softgarden.io", "OWE Odenwald Elektrotechnik GmbH"),
        att(ME, "Thomas Weber"), att("tobias.reinhardt@owe-group.com", "Tobias Reinhardt"),
        T("SUMMARY", "Vorstellungsgespräch – Head of Tax (m/w/d)"), T("DESCRIPTION", desc),
        T("LOCATION", "Online (Microsoft Teams)"), "STATUS:CONFIRMED", "SEQUENCE:0"))
    return ev("softgarden-de", ics, uid, 1, "OWE Odenwald Elektrotechnik", "Head of Tax (m/w/d)", "hiring_manager",
              ("tobias.reinhardt@owe-group.com",), "softgarden-de")


def successfactors_helvex_case() -> dict:
    uid = "SF-IS-48213-1193377-HELVEXPROD@successfactors.eu"
    desc = ("Dear Thomas Weber,\n\nWe are pleased to invite you to the next step for the position Head of Tax "
            "Switzerland (Req ID 48213).\n\nStep: Case Study Presentation (technical interview)\n"
            "You will receive the case (Swiss cantonal tax reform and a Pillar Two top-up tax scenario) 48 hours "
            "in advance. Please prepare a 20-minute presentation, followed by 60 minutes of discussion.\n\n"
            "Panel:\nMartina Sutter, Group Tax Director\nUrs Gerber, VP Finance Switzerland\n"
            "Dr. Beat Imhof, Head of Treasury\n\n"
            "Your contact for logistics: Chiara Lombardi, Talent Acquisition (chiara.lombardi@helvex.ch)\n\n"
            "Kind regards,\nHelvex Pharma AG – Talent Acquisition")
    ics = calendar("-//SAP SuccessFactors//Interview Scheduling//EN", tz_olson("Europe/Zurich"), vevent(
        f"UID:{uid}", "DTSTAMP:20251201T101010Z", "DTSTART;TZID=Europe/Zurich:20251209T133000",
        "DTEND;TZID=Europe/Zurich:20251209T153000",
        org("noreply@successfactors.eu", "Helvex Pharma Talent Acquisition"),
        att(ME, "Thomas Weber"), att("martina.sutter@helvex.ch", "Martina Sutter"),
        att("urs.gerber@helvex.ch", "Urs Gerber"), att("beat.imhof@helvex.ch", "Beat Imhof"),
        T("SUMMARY", "Interview Invitation: Head of Tax Switzerland (Req ID 48213) – Case Study Presentation"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Helvex Pharma AG, Hochbergerstrasse 60, 4057 Basel, Building 5, Reception"),
        "STATUS:CONFIRMED"))
    return ev("successfactors-en", ics, uid, 1, "Helvex Pharma", "Head of Tax Switzerland", "technical",
              ("martina.sutter@helvex.ch", "urs.gerber@helvex.ch", "beat.imhof@helvex.ch"),
              "successfactors-case-study-en", "en")


def smartrecruiters_zugerberg() -> dict:
    uid = "sr-int-6a1f0c2e-2b77-4d0e-9b6f-1e8d5a3c7f90"
    desc = ("Dear Thomas,\n\nYour interview with James Whitfield (Chief Financial Officer, hiring manager) has "
            "been confirmed.\n\nPosition: Head of Tax\nLocation: Video call (Microsoft Teams)\n\n"
            + teams("en", "342 771 905 226", "p9ZcE3", "YjI4ODAxNDMtMz")
            + "\n\nInterview coordinated by: Aline Bachmann, HR Generalist\n\nPowered by SmartRecruiters")
    ics = calendar("-//SmartRecruiters//SmartRecruiters Calendar//EN", tz_olson("Europe/Zurich"), vevent(
        f"UID:{uid}", "DTSTAMP:20251114T130009Z", "DTSTART;TZID=Europe/Zurich:20251120T170000",
        "DTEND;TZID=Europe/Zurich:20251120T180000",
        org("no-reply@smartrecruiters.com", "Zugerberg Commodities AG"),
        att(ME, "Thomas Weber"), att("james.whitfield@zugerberg-commodities.ch", "James Whitfield"),
        att("aline.bachmann@zugerberg-commodities.ch", "Aline Bachmann", role="OPT-PARTICIPANT", rsvp=False),
        T("SUMMARY", "Interview: Head of Tax – Zugerberg Commodities AG"), T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED"))
    return ev("smartrecruiters-en", ics, uid, 1, "Zugerberg Commodities", "Head of Tax", "hiring_manager",
              ("james.whitfield@zugerberg-commodities.ch",), "smartrecruiters-en", "en")


def teamtailor_parcelia() -> dict:
    uid = "tt-meeting-50817742@teamtailor.com"
    desc = ("Hallo Thomas,\n\nschön, dass es klappt! Hier die Details zu deinem Interview für die Stelle "
            "Head of Tax & Customs (m/w/d) mit deiner künftigen Vorgesetzten Anna Kowalski (VP Finance) und "
            "Felix Brandt (Senior Manager Customs & Trade Compliance).\n\n" + meet("de", "wfd-qzok-hya", "918 004 552")
            + "\n\nBis bald!\nDein Parcelia Talent Team\n\n—\nGesendet mit Teamtailor")
    ics = calendar("-//Teamtailor//Teamtailor Meetings//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20251124T174420Z", "DTSTART;TZID=Europe/Berlin:20251202T110000",
        "DTEND;TZID=Europe/Berlin:20251202T120000", org("jobs@parcelia.de", "Parcelia Recruiting"),
        att(ME, "Thomas Weber"), att("anna.kowalski@parcelia.de", "Anna Kowalski"),
        att("felix.brandt@parcelia.de", "Felix Brandt"),
        T("SUMMARY", "Interview mit Parcelia – Head of Tax & Customs (m/w/d)"), T("DESCRIPTION", desc),
        T("LOCATION", "https://meet.google.com/wfd-qzok-hya"), "STATUS:CONFIRMED"),
        headers=("X-WR-TIMEZONE:Europe/Berlin", "X-WR-CALNAME:Parcelia Interviews"))
    return ev("teamtailor-de", ics, uid, 1, "Parcelia", "Head of Tax & Customs (m/w/d)", "hiring_manager",
              ("anna.kowalski@parcelia.de", "felix.brandt@parcelia.de"), "teamtailor-xwr-tz-de")


def workable_lumina_phone() -> dict:
    uid = "wk-3c9d71e0a4b2f8@workable.com"
    desc = ("Hi Thomas,\n\nThanks for scheduling your phone screen for the Tax Director position. "
            "Sarah O'Connell from our Talent Acquisition team will call you at the time you selected.\n\n"
            "Lumina Fund Services S.à r.l.\n2, rue Eugène Ruppert, L-2453 Luxembourg\n\nSent via Workable")
    ics = calendar("-//Workable//Workable Calendar//EN", tz_olson("Europe/Luxembourg"), vevent(
        f"UID:{uid}", "DTSTAMP:20251103T081200Z", "DTSTART;TZID=Europe/Luxembourg:20251106T093000",
        "DTEND;TZID=Europe/Luxembourg:20251106T100000",
        org("noreply@workablemail.com", "Lumina Fund Services"),
        att(ME, "Thomas Weber"), att("sarah.oconnell@luminafs.lu", "Sarah O'Connell"),
        T("SUMMARY", "Phone screen – Tax Director – Lumina Fund Services"), T("DESCRIPTION", desc),
        T("LOCATION", "Phone call: we will call you on +49 171 5550 4471"), "STATUS:CONFIRMED"))
    return ev("workable-en", ics, uid, 1, "Lumina Fund Services", "Tax Director", "recruiter_screen",
              ("sarah.oconnell@luminafs.lu",), "workable-phone-screen-en", "en")


def icims_solvanta_tech() -> dict:
    uid = "iCIMS-2025-3381-INT-000977215"
    desc = ("Thomas,\n\nPlease find your interview details below.\n\n"
            "Requisition: 2025-3381 Director Tax EMEA (Rüsselsheim, Germany)\n"
            "Interview type: Technical interview – income tax provision (ASC 740), transfer pricing, German and "
            "EU tax compliance\nInterviewers: Brian Kessler (VP Global Tax), Nina Park (Senior Manager Tax "
            "Reporting)\n\nPlease note the time is shown in Eastern Time (9:00 AM ET = 3:00 PM CET).\n\n"
            + zoom("en", "solvanta.zoom.us", "913 4408 2271", "774120", "+1 312 626 6799 US (Chicago)")
            + "\n\nDaniela Reyes | Talent Acquisition | Solvanta Automotive\n\nThis message was sent via iCIMS.")
    ics = calendar("-//iCIMS Inc//iCIMS Scheduling//EN", TZ_DETROIT, vevent(
        f"UID:{uid}", "DTSTAMP:20251106T192201Z", "DTSTART;TZID=America/Detroit:20251113T090000",
        "DTEND;TZID=America/Detroit:20251113T100000",
        org("daniela.reyes@solvanta.com", "Reyes, Daniela"),
        att(ME, "Thomas Weber"), att("brian.kessler@solvanta.com", "Kessler, Brian"),
        att("nina.park@solvanta.com", "Park, Nina"),
        T("SUMMARY", "Interview - Director Tax EMEA (Req 2025-3381) - Technical"), T("DESCRIPTION", desc),
        T("LOCATION", "Zoom"), "STATUS:CONFIRMED"))
    return ev("icims-en", ics, uid, 1, "Solvanta Automotive", "Director Tax EMEA", "technical",
              ("brian.kessler@solvanta.com", "nina.park@solvanta.com"), "icims-foreign-tz-en", "en")


def goodtime_aurelis_onsite() -> dict:
    uid = "gt-evt-9e04d1c6b2a84f30a7d5e21c@goodtime.io"
    desc = ("Dear Thomas,\n\nHere is your onsite interview schedule at Aurelis Medizintechnik:\n\n"
            "09:30 – 09:45  Welcome & building tour — Jana Lüders (Recruiting Coordinator)\n"
            "09:45 – 10:45  Dr. Henrik Mahler, CFO\n"
            "10:45 – 11:45  Sabine Wolf, Head of Group Accounting\n"
            "11:45 – 12:30  Moritz Engel, Head of Legal & Compliance\n"
            "12:30 – 13:30  Lunch with the Finance team\n\n"
            "Room: Forum 3.14 \"Röntgen\"\nParking: visitor spaces P2, please register at reception.\n\n"
            "Scheduled with GoodTime")
    ics = calendar("-//GoodTime.io//GoodTime Hire//EN", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251203T094419Z", "DTSTART;TZID=Europe/Berlin:20251211T093000",
        "DTEND;TZID=Europe/Berlin:20251211T133000", org("jana.lueders@aurelis-med.com", "Jana Lüders"),
        att(ME, "Thomas Weber"), att("henrik.mahler@aurelis-med.com", "Dr. Henrik Mahler"),
        att("sabine.wolf@aurelis-med.com", "Sabine Wolf"), att("moritz.engel@aurelis-med.com", "Moritz Engel"),
        room("forum-3.14@aurelis-med.com", "Forum 3.14 Röntgen"),
        T("SUMMARY", "Onsite Interview – Thomas Weber – Head of Tax (m/w/d)"), T("DESCRIPTION", desc),
        T("LOCATION", "Aurelis Medizintechnik AG, Am Forum 4, 91052 Erlangen"), "STATUS:CONFIRMED"))
    return ev("goodtime-en", ics, uid, 1, "Aurelis Medizintechnik", "Head of Tax (m/w/d)", "onsite",
              ("henrik.mahler@aurelis-med.com", "sabine.wolf@aurelis-med.com", "moritz.engel@aurelis-med.com"),
              "goodtime-onsite-room-en", "en")


EVENTS = [greenhouse_kranich_hm, greenhouse_kranich_final, lever_moselle_phone, workday_mainfeld_onsite,
          personio_vbe, softgarden_owe, successfactors_helvex_case, smartrecruiters_zugerberg, teamtailor_parcelia,
          workable_lumina_phone, icims_solvanta_tech, goodtime_aurelis_onsite]
