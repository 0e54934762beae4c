"""holdout46: the user's own interviews, UK employers (part 2: Teamtailor, Workable, SmartRecruiters, Calendly, ...)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams, zoom
from holdout46ev_ics import (
    APPLE,
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    Ev,
    alarm,
    att,
    cal,
    digits,
    gatt,
    google_uid,
    hexid,
    html,
    ms_tail,
    mstz,
    org,
    outlook_uid,
    p,
    pos,
    tz,
    uuid,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # Harbour & Pike: Teamtailor first call with the talent partner
    uid = f"interview-{digits('hp', 7)}@teamtailor.com"
    desc = ("Hi Grace,\n\nThanks for your application for Senior QA Automation Engineer at Harbour & Pike. This first "
            "call is a 30 minute chat with Chloe from our Talent team about you, the role and what matters to you in "
            "your next move.\n\n" + teams("en", "hp-screen") + "\n\nBest,\nChloe Bannister\nTalent Acquisition "
            "Partner | Harbour & Pike\n\nManage your interview: https://harbourandpike.teamtailor.com/interviews/"
            + hexid("hp-link", 20))
    out.append(pos("teamtailor-screen-en", cal(["PRODID:-//Teamtailor//Teamtailor Calendar//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250305T111402Z", "DTSTART;TZID=Europe/London:20250311T160000",
        "DTEND;TZID=Europe/London:20250311T163000", org("chloe.bannister@harbourandpike.com", "Chloe Bannister"),
        att(FREE, "Grace Okonkwo"), att("chloe.bannister@harbourandpike.com", "Chloe Bannister", ps="ACCEPTED"),
        p("SUMMARY", "Interview with Harbour & Pike"), p("DESCRIPTION", desc), p("LOCATION", "Video meeting"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Harbour & Pike", "Senior QA Automation Engineer",
        "recruiter_screen", "chloe.bannister@harbourandpike.com"))

    # Railsmith: Workable technical interview, organiser is Workable's no-reply address
    uid = f"{hexid('railsmith', 24)}@workable.com"
    desc = ("Job: Senior SDET (Ticketing Platform)\nCandidate: Grace Okonkwo\nInterviewers: Gareth Lowe, Ifeoma Eze\n\n"
            "The technical interview covers API and UI automation, test design for fare calculation and how you "
            "approach CI pipelines.\n\n" + zoom("en", "railsmith") + "\n\n--\nSent via Workable on behalf of Railsmith")
    out.append(pos("workable-technical-en", cal(["PRODID:-//Workable//Workable Calendar//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250321T154420Z", "DTSTART:20250327T100000Z", "DTEND:20250327T110000Z",
        org("noreply@workablemail.com", "Railsmith"), att(FREE, "Grace Okonkwo"),
        att("gareth.lowe@railsmith.co.uk", "Gareth Lowe"), att("ifeoma.eze@railsmith.co.uk", "Ifeoma Eze"),
        p("SUMMARY", "Railsmith: Technical interview with Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "Zoom"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid, "Railsmith", "Senior SDET (Ticketing Platform)", "technical",
        "gareth.lowe@railsmith.co.uk;ifeoma.eze@railsmith.co.uk"))

    # Kestrel Energy Systems: hand-made iPhone entry for the first interview (names only, no addresses)
    uid = uuid("kestrel-first", upper=True)
    out.append(pos("apple-handtyped-en", cal(APPLE, [
        "CREATED:20250331T192201Z", "DTEND;TZID=Europe/London:20250409T113000", "DTSTAMP:20250331T192245Z",
        "DTSTART;TZID=Europe/London:20250409T103000", "LAST-MODIFIED:20250331T192244Z",
        p("LOCATION", "Teams (link in Beth's email)"), "SEQUENCE:1",
        p("SUMMARY", "Kestrel Energy Systems – first interview"), "TRANSP:OPAQUE", f"UID:{uid}",
        p("DESCRIPTION", "Martin O'Neill + Sunita Rao. Competency based – STAR examples: flaky suite rescue, "
                         "mentoring juniors, release sign-off. Ask about on-call for test infra."),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "BEGIN:VALARM", f"X-WR-ALARMUID:{uuid('ka', True)}",
        f"UID:{uuid('ka', True)}", "TRIGGER:-PT30M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
    ], tzs=(tz("Europe/London", lic=False),)), uid, "Kestrel Energy Systems", "", "",
        "martin o'neill;sunita rao"))

    # Kestrel Energy Systems: SmartRecruiters final, in person; the coordinator organises
    uid = f"sr-{uuid('kestrel-final')}@smartrecruiters.com"
    desc = ("Dear Grace,\n\nWe are delighted to invite you to the final interview for the Senior SDET position.\n\n"
            "Interview panel: Martin O'Neill (Director of Engineering) and Sunita Rao (Lead Test Engineer)\n"
            "Format: 60 minute competency interview, then a 10 minute presentation and Q&A. Topic: 'How would you "
            "build a test automation strategy for a grid-balancing platform?'\n\nLocation: Kestrel Energy Systems, "
            "3 Daten Avenue, Birchwood Park, Warrington WA3 6YN. Free parking on site; please sign in at reception "
            "and ask for me.\n\nKind regards,\nBeth Ainsworth\nRecruitment Coordinator")
    out.append(pos("smartrecruiters-final-en", cal(
        ["PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN", "VERSION:2.0"], [
            f"UID:{uid}", "DTSTAMP:20250414T083112Z", "DTSTART;TZID=Europe/London:20250424T100000",
            "DTEND;TZID=Europe/London:20250424T113000", org("beth.ainsworth@kes-energy.com", "Beth Ainsworth"),
            att(FREE, "Grace Okonkwo"), att("martin.oneill@kes-energy.com", "Martin O'Neill"),
            att("sunita.rao@kes-energy.com", "Sunita Rao"),
            p("SUMMARY", "Final Interview - Senior SDET - Kestrel Energy Systems"), p("DESCRIPTION", desc),
            p("LOCATION", "Kestrel Energy Systems, 3 Daten Avenue, Birchwood Park, Warrington WA3 6YN"),
            "STATUS:CONFIRMED", "SEQUENCE:0",
        ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Kestrel Energy Systems", "Senior SDET", "final",
        "martin.oneill@kes-energy.com;sunita.rao@kes-energy.com"))

    # Sablewood Games: Calendly booking with the co-founder on gmail; the studio is named only in the body
    uid = f"{uuid('sablewood-cal')}"
    desc = ("Event Name: QA Lead intro call\n\nHi! I'm Tom, co-founder of Sablewood Games, a 14-person indie studio in "
            "Manchester's Northern Quarter. This is a relaxed 30 minutes to talk about the QA Lead role and your "
            f"background.\n\nLocation: This is a Google Meet web conference. {meet_url('sablewood-cal')}\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + uuid("sw-c") +
            "\nReschedule: https://calendly.com/reschedulings/" + uuid("sw-r") + "\n\nPowered by Calendly.com")
    out.append(pos("calendly-founder-gmail-en", cal(["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0",
                                                     "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250228T210344Z", "DTSTART:20250305T173000Z", "DTEND:20250305T180000Z",
        org("tomashdown.games@gmail.com", "Tom Ashdown"), att(FREE, "Grace Okonkwo"),
        p("SUMMARY", "QA Lead intro call between Tom Ashdown and Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", meet_url("sablewood-cal")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid, "Sablewood Games", "QA Lead", "", "tomashdown.games@gmail.com"))

    # Sablewood Games: test-plan walkthrough, Google invite from the founder's gmail with the lead dev on gmail too
    uid = google_uid("sablewood-tech")
    desc = ("Grace – thanks for sending the test plan for Lanternfall! Tom + Inês (our lead dev) will go through it "
            "with you and ask a few technical questions (save system, controller input, perf on Steam Deck). ~1hr."
            "\n\n" + meet("en", "sablewood-tech"))
    out.append(pos("google-founder-walkthrough-en", cal(GOOGLE, [
        "DTSTART:20250318T170000Z", "DTEND:20250318T180000Z", "DTSTAMP:20250312T222900Z",
        org("tomashdown.games@gmail.com", "Tom Ashdown"), f"UID:{uid}",
        gatt("tomashdown.games@gmail.com", "Tom Ashdown", "ACCEPTED"),
        gatt("ines.carvalho.dev@gmail.com", "Inês Carvalho", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('sablewood-tech')}", "CREATED:20250312T222859Z",
        p("DESCRIPTION", desc), "LAST-MODIFIED:20250312T222859Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Sablewood – walk us through your test plan 🎮"), "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Sablewood Games", "", "technical",
        "tomashdown.games@gmail.com;ines.carvalho.dev@gmail.com"))

    # Oxbow Analytics: Cal.com booking, UTC
    uid = f"{hexid('oxbow', 22)}@Cal.com"
    desc = ("What: Technical Interview (60 min)\nInvitee Time Zone: Europe/London\nWho:\nMarcus Bell - Organizer\n"
            "marcus.bell@oxbow-analytics.com\nGrace Okonkwo\ngrace.okonkwo@gmail.com\nWhere: Cal Video\n"
            f"https://app.cal.com/video/{hexid('oxv', 22)}\nDescription\nLive session with Oxbow's QA lead: review "
            "of your take-home (data pipeline test harness) and system-level test design.\n\nNeed to make a change? "
            f"Cancel or reschedule: https://app.cal.com/booking/{hexid('oxb', 22)}")
    out.append(pos("calcom-technical-en", cal(["PRODID:-//Cal.com Inc.//Cal.com Event//EN", "VERSION:2.0",
                                               "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250409T120000Z", "DTSTART:20250415T090000Z", "DTEND:20250415T100000Z",
        org("marcus.bell@oxbow-analytics.com", "Marcus Bell"),
        att(FREE, "Grace Okonkwo", ps="ACCEPTED", rsvp=False),
        p("SUMMARY", "Technical Interview (60 min) between Marcus Bell and Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "https://app.cal.com/video/" + hexid("oxv", 22)), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid, "Oxbow Analytics", "", "technical", "marcus.bell@oxbow-analytics.com"))

    # Irwell Building Society: Exchange invite sent by the PA (SENT-BY), CN="Last, First", a room, X-ALT-DESC
    uid = outlook_uid("irwell-1")
    desc = ("Dear Grace,\n\nAlan Whitworth (Head of IT Delivery) would like to meet you for an initial interview for "
            "the Test Automation Lead role. Alan will be joined by Bethany Clarke, Test Manager. The interview will "
            "last approximately one hour.\n\nIrwell House, 1 Peter Street, Manchester M2 5QR – please report to main "
            "reception on the ground floor.\n\nKind regards\nJanet Moss\nPA to Head of IT Delivery\nIrwell Building "
            "Society")
    out.append(pos("exchange-sentby-room-en", cal(EXCHANGE, [
        org("alan.whitworth@irwellbs.co.uk", "Whitworth, Alan", sent_by="janet.moss@irwellbs.co.uk"),
        att(FREE, "grace.okonkwo@gmail.com"), att("bethany.clarke@irwellbs.co.uk", "Clarke, Bethany"),
        att("ih-room402@irwellbs.co.uk", "IH Room 4.02", role="NON-PARTICIPANT"),
        p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Interview - Test Automation Lead - Grace Okonkwo"),
        "DTSTART;TZID=GMT Standard Time:20250321T140000", "DTEND;TZID=GMT Standard Time:20250321T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250314T094521Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", p("LOCATION;LANGUAGE=en-GB", "IH Room 4.02, Irwell House, 1 Peter Street, Manchester"),
        *ms_tail(), html(desc), *alarm(15),
    ], tzs=(mstz("GMT Standard Time", True),), method="REQUEST", method_first=True), uid,
        "Irwell Building Society", "Test Automation Lead", "hiring_manager",
        "alan.whitworth@irwellbs.co.uk;bethany.clarke@irwellbs.co.uk"))

    # Irwell Building Society: second and final stage, Outlook desktop with a "(UTC+00:00) ..." zone
    uid = outlook_uid("irwell-2")
    zone = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    desc = ("Dear Grace,\n\nFollowing your interview with Alan and Bethany, we are pleased to invite you to the "
            "second and final stage for Test Automation Lead: a 15 minute presentation on 'Improving release "
            "confidence in a regulated environment', followed by questions from Alan Whitworth, Bethany Clarke and "
            "Priti Desai (Chief Information Officer).\n\nKind regards\nJanet Moss")
    out.append(pos("outlook-utc-zone-final-en", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250401T104400Z", p("DESCRIPTION", desc),
        f"DTEND;TZID=\"{zone}\":20250410T113000", "DTSTAMP:20250401T104400Z",
        f"DTSTART;TZID=\"{zone}\":20250410T100000", "LAST-MODIFIED:20250401T104400Z",
        p("LOCATION", "Irwell House, 1 Peter Street, Manchester M2 5QR (Board Room, 6th floor)"),
        org("janet.moss@irwellbs.co.uk", "Moss, Janet"), att(FREE, "Grace Okonkwo"),
        att("alan.whitworth@irwellbs.co.uk", "Whitworth, Alan"), att("bethany.clarke@irwellbs.co.uk",
                                                                    "Clarke, Bethany"),
        att("priti.desai@irwellbs.co.uk", "Desai, Priti"), "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=en-gb", "Second interview - Test Automation Lead"), "TRANSP:OPAQUE",
        f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0",
    ], tzs=(mstz(zone, True),), method="REQUEST", method_first=True), uid,
        "Irwell Building Society", "Test Automation Lead", "final",
        "alan.whitworth@irwellbs.co.uk;bethany.clarke@irwellbs.co.uk;priti.desai@irwellbs.co.uk"))

    # Haverbrook Teaching Hospitals NHS Foundation Trust: Microsoft Bookings panel, UTC
    uid = outlook_uid("haverbrook")
    desc = ("Booking details\nService: Interview – Senior Test Analyst (Band 7), Digital Services\n"
            "Staff: Gareth Pugh\nCustomer: Grace Okonkwo\n\nYou're booked for an interview with Haverbrook Teaching "
            "Hospitals NHS Foundation Trust. Your panel will be Gareth Pugh (Head of Digital Assurance) and Helen "
            "Marsh (Clinical Safety Officer).\n\nPlease have the ID documents listed in your NHS Jobs invitation "
            "letter ready to show on camera.\n\n" + teams("en", "haverbrook") +
            "\n\nTo cancel or reschedule, visit https://outlook.office365.com/owa/calendar/"
            "HaverbrookRecruitment@haverbrook.nhs.uk/bookings/")
    out.append(pos("ms-bookings-nhs-en", cal(EXCHANGE, [
        org("HaverbrookRecruitment@haverbrook.nhs.uk", "Haverbrook Recruitment Interviews"),
        att(FREE, "Grace Okonkwo"), att("gareth.pugh@haverbrook.nhs.uk", "Gareth Pugh"),
        att("helen.marsh@haverbrook.nhs.uk", "Helen Marsh"), p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Interview – Senior Test Analyst (Band 7)"),
        "DTSTART:20250429T083000Z", "DTEND:20250429T091500Z", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20250422T150302Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting"), *ms_tail(busy="BUSY"),
    ], method="REQUEST", method_first=True), uid, "Haverbrook Teaching Hospitals NHS Foundation Trust",
        "Senior Test Analyst (Band 7)", "", "gareth.pugh@haverbrook.nhs.uk;helen.marsh@haverbrook.nhs.uk"))

    # Pocketwise: the CTO on gmail, employer named only in the body
    uid = google_uid("pocketwise")
    desc = ("Hi Grace – really enjoyed your message. As promised, here's time for a proper conversation about the "
            "first QA hire at Pocketwise (the budgeting app for shift workers). I'm the CTO and you'd report to me, so "
            "I'll share what the team looks like and ask how you'd set up testing from scratch.\n\nRuth\n\n"
            + meet("en", "pocketwise", phone=False))
    out.append(pos("google-cto-gmail-body-only-en", cal(GOOGLE, [
        "DTSTART:20250314T123000Z", "DTEND:20250314T131500Z", "DTSTAMP:20250310T194005Z",
        org("ruth.kaplan.dev@gmail.com", "Ruth Kaplan"), f"UID:{uid}",
        gatt("ruth.kaplan.dev@gmail.com", "Ruth Kaplan", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('pocketwise')}", "CREATED:20250310T194004Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250310T194004Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Grace <> Ruth – 45 min"), "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Pocketwise", "", "hiring_manager", "ruth.kaplan.dev@gmail.com"))

    # Clearfell Labs: ModernLoop on Google Workspace, scheduling alias organises
    uid = google_uid("clearfell")
    desc = ("Hi Grace,\n\nYou're confirmed for the Test Design Exercise for the Senior QA Engineer role.\n\n"
            "Interviewers\n• Hamid Rezaei – Staff Engineer, Data Platform\n• Kat Lindqvist – Engineering Manager\n\n"
            "What to expect: we'll share a short spec for a feature-flag service and design a test approach together."
            "\n\nNeed to reschedule? Reply to scheduling@clearfell.ai\n\n" + meet("en", "clearfell") +
            "\n\nScheduled via ModernLoop")
    out.append(pos("modernloop-technical-en", cal(GOOGLE, [
        "DTSTART;TZID=Europe/London:20250404T100000", "DTEND;TZID=Europe/London:20250404T110000",
        "DTSTAMP:20250328T140211Z", org("scheduling@clearfell.ai", "Clearfell Scheduling"), f"UID:{uid}",
        gatt("scheduling@clearfell.ai", "Clearfell Scheduling", "ACCEPTED"),
        gatt("hamid.rezaei@clearfell.ai", "Hamid Rezaei", "ACCEPTED"),
        gatt("kat.lindqvist@clearfell.ai", "Kat Lindqvist", "NEEDS-ACTION"), gatt(FREE, "Grace Okonkwo"),
        f"X-GOOGLE-CONFERENCE:{meet_url('clearfell')}", "CREATED:20250328T140210Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250328T140210Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Clearfell Labs <> Grace Okonkwo: Test Design Exercise"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Clearfell Labs", "Senior QA Engineer", "technical",
        "hamid.rezaei@clearfell.ai;kat.lindqvist@clearfell.ai"))

    # Stannary Systems: SuccessFactors telephone interview with the TA specialist, floating time
    uid = f"SF-INT-{digits('stannary', 9)}@successfactors.eu"
    desc = ("Dear Grace Okonkwo,\n\nThank you for your interest in Stannary Systems plc. We are pleased to "
            "confirm your telephone interview with Imogen Trelawny, Talent Acquisition Specialist.\n\n"
            "Position: Senior Test Engineer - Automation (Job Req 48113)\nDuration: 30 minutes\n"
            "Imogen will call you on the number provided in your application.\n\nPlease note that this role "
            "requires eligibility for UK Security Check (SC) clearance.\n\nBest regards,\n"
            "Stannary Systems Talent Acquisition")
    out.append(pos("successfactors-phone-floating-en", cal(
        ["PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", "VERSION:2.0"], [
            f"UID:{uid}", "DTSTAMP:20250410T091500Z", "DTSTART:20250417T110000", "DTEND:20250417T113000",
            org("careers@stannary.com", "Stannary Systems Recruitment"), att(FREE, "Grace Okonkwo"),
            att("imogen.trelawny@stannary.com", "Imogen Trelawny"),
            p("SUMMARY", "Telephone Interview: Senior Test Engineer - Automation (Job Req 48113)"),
            p("DESCRIPTION", desc), p("LOCATION", "Telephone"), "STATUS:CONFIRMED", "SEQUENCE:0",
        ], method="REQUEST"), uid, "Stannary Systems", "Senior Test Engineer - Automation", "recruiter_screen",
        "imogen.trelawny@stannary.com"))

    return out
