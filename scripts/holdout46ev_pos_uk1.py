"""holdout46: the user's own interviews, UK employers (part 1: Greenhouse, Workday, Lever, iCIMS, Ashby, ...)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams, zoom, zoom_url
from holdout46ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    Ev,
    alarm,
    att,
    cal,
    gatt,
    google_uid,
    html,
    ms_tail,
    mstz,
    org,
    outlook_uid,
    p,
    pos,
    room,
    tz,
    uuid,
)

MOBILE = "+44 7700 900418"


def events() -> list[Ev]:
    out: list[Ev] = []

    # Ledgerline: recruiter phone screen, Greenhouse via the recruiter's Google Calendar, UTC times
    uid = google_uid("ledgerline-screen")
    desc = ("Hi Grace,\n\nThanks for your interest in the Senior SDET role at Ledgerline! Hannah from our Talent "
            f"team will call you on {MOBILE} for a 30 minute introductory chat about your background, what you're "
            "looking for and how we work.\n\nIf you need to move this, just reply to the email or use the link in "
            "your confirmation.\n\nSpeak soon,\nLedgerline Talent")
    out.append(pos("greenhouse-phone-screen-en", cal(GOOGLE, [
        "DTSTART:20250304T103000Z", "DTEND:20250304T110000Z", "DTSTAMP:20250226T164412Z",
        org("hannah.pryce@ledgerline.io", "Hannah Pryce"), f"UID:{uid}",
        gatt("hannah.pryce@ledgerline.io", "Hannah Pryce", "ACCEPTED"), gatt(FREE),
        "CREATED:20250226T164410Z", p("DESCRIPTION", desc), "LAST-MODIFIED:20250226T164411Z",
        p("LOCATION", f"Phone call – Hannah will call {MOBILE}"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Ledgerline | Phone screen with Hannah (Senior SDET)"), "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Ledgerline", "Senior SDET", "recruiter_screen", "hannah.pryce@ledgerline.io"))

    # Ledgerline: technical round sent by the recruiting coordinator (who does not interview)
    uid = google_uid("ledgerline-tech")
    desc = ("Hi Grace,\n\nHere are the details for your technical interview for Senior SDET.\n\n"
            "10:00 – 10:50  Test automation deep dive (framework design, CI, flaky tests)\n"
            "    Ollie Brennan – Staff Engineer\n"
            "10:50 – 11:30  Test strategy exercise – a payout reconciliation service\n"
            "    Mei Lin Cho – QA Lead\n\n"
            "No need to prepare anything beyond being ready to share your screen. I'll be your point of contact "
            "if anything changes.\n\nLucy Ward\nRecruiting Coordinator, Ledgerline\n\n"
            + zoom("en", "ledgerline-tech", host="ledgerline", who="Lucy Ward"))
    out.append(pos("greenhouse-coordinator-en", cal(GOOGLE, [
        "DTSTART;TZID=Europe/London:20250313T100000", "DTEND;TZID=Europe/London:20250313T113000",
        "DTSTAMP:20250307T120102Z", org("lucy.ward@ledgerline.io", "Lucy Ward"), f"UID:{uid}",
        gatt("lucy.ward@ledgerline.io", "Lucy Ward", "ACCEPTED"),
        gatt("ollie.brennan@ledgerline.io", "Ollie Brennan", "ACCEPTED"),
        gatt("meilin.cho@ledgerline.io", "Mei Lin Cho", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
        "CREATED:20250307T120059Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250307T120101Z", p("LOCATION", zoom_url("ledgerline-tech", "ledgerline")), "SEQUENCE:0",
        "STATUS:CONFIRMED", p("SUMMARY", "Ledgerline – Technical Interview: Grace Okonkwo (Senior SDET)"),
        "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Ledgerline", "Senior SDET", "technical",
        "ollie.brennan@ledgerline.io;meilin.cho@ledgerline.io"))

    # Ledgerline: final round in the Manchester office, meeting room as a resource attendee
    uid = google_uid("ledgerline-final")
    desc = ("Final round – Senior SDET\n\n"
            "13:00  Welcome & office tour (Lucy)\n"
            "13:15  Quality at Ledgerline – Rachel Adeyemi, VP Engineering\n"
            "14:00  Leading test automation across squads – Dev Patel, Head of QA\n"
            "14:45  Break\n"
            "15:00  Working with product – Tom Fairclough, Group PM\n"
            "15:45  Wrap up\n\n"
            "Please bring photo ID for building security and ask for Lucy Ward at the 4th floor reception.")
    out.append(pos("greenhouse-final-room-en", cal(GOOGLE, [
        "DTSTART;TZID=Europe/London:20250402T130000", "DTEND;TZID=Europe/London:20250402T160000",
        "DTSTAMP:20250325T090517Z", org("lucy.ward@ledgerline.io", "Lucy Ward"), f"UID:{uid}",
        gatt("lucy.ward@ledgerline.io", "Lucy Ward", "ACCEPTED"),
        gatt("rachel.adeyemi@ledgerline.io", "Rachel Adeyemi", "ACCEPTED"),
        gatt("dev.patel@ledgerline.io", "Dev Patel", "TENTATIVE"),
        gatt("tom.fairclough@ledgerline.io", "Tom Fairclough", "ACCEPTED"),
        gatt("c_1887f0hq2ma3kh6ek5e6ebghclo6@resource.calendar.google.com", "MCR-4-Deansgate (10)", "ACCEPTED",
             cutype="RESOURCE"),
        gatt(FREE, "Grace Okonkwo"), "CREATED:20250325T090515Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250325T090516Z",
        p("LOCATION", "Ledgerline, 4th Floor, 11 York Street, Manchester M2 2AW, UK"), "SEQUENCE:0",
        "STATUS:CONFIRMED", p("SUMMARY", "Final round – Ledgerline (Senior SDET)"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Ledgerline", "Senior SDET", "final",
        "rachel.adeyemi@ledgerline.io;dev.patel@ledgerline.io;tom.fairclough@ledgerline.io"))

    # Brightwater Health Technologies: Workday, hiring manager, Teams; the domain is an abbreviation
    wd = ["PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN", "VERSION:2.0"]
    uid = "WD-INT-" + uuid("bwht-hm", upper=True) + "@bwht.myworkday.com"
    desc = ("Interview Details\n\nCandidate: Grace Okonkwo\nJob Requisition: R-004417 Senior Test Automation "
            "Engineer (Open)\nInterview Type: Hiring Manager Interview\nDuration: 45 minutes\n\n"
            "Interviewer(s):\nNadia Khalil – Head of Quality Engineering\n\n"
            "Join via Microsoft Teams using the link below.\n\n" + teams("en", "bwht-hm"))
    out.append(pos("workday-hiring-manager-en", cal(wd, [
        f"UID:{uid}", "DTSTAMP:20250401T080311Z", "DTSTART:20250408T130000Z", "DTEND:20250408T134500Z",
        org("talent.acquisition@bwht.co.uk", "Brightwater Talent Acquisition"),
        att(FREE, "Grace Okonkwo"), att("nadia.khalil@bwht.co.uk", "Nadia Khalil"),
        p("SUMMARY", "Interview: Senior Test Automation Engineer (R-004417) - Hiring Manager Interview"),
        p("DESCRIPTION", desc), p("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
    ], method="REQUEST"), uid, "Brightwater Health Technologies", "Senior Test Automation Engineer",
        "hiring_manager", "nadia.khalil@bwht.co.uk"))

    # Brightwater: the technical interview withdrawn by METHOD:CANCEL
    uid = "WD-INT-" + uuid("bwht-tech", upper=True) + "@bwht.myworkday.com"
    desc = ("This interview has been cancelled.\n\nCandidate: Grace Okonkwo\nJob Requisition: R-004417 Senior Test "
            "Automation Engineer (Open)\nInterview Type: Technical Interview\nInterviewer(s): Jamie Rowe, Aisha "
            "Mirza\n\nOur Talent Acquisition team will be in touch to rearrange.")
    out.append(pos("workday-cancel-en", cal(wd, [
        f"UID:{uid}", "DTSTAMP:20250414T101509Z", "DTSTART:20250416T090000Z", "DTEND:20250416T100000Z",
        org("talent.acquisition@bwht.co.uk", "Brightwater Talent Acquisition"),
        att(FREE, "Grace Okonkwo", rsvp=False), att("jamie.rowe@bwht.co.uk", "Jamie Rowe", rsvp=False),
        att("aisha.mirza@bwht.co.uk", "Aisha Mirza", rsvp=False),
        p("SUMMARY", "Cancelled: Interview: Senior Test Automation Engineer (R-004417) - Technical Interview"),
        p("DESCRIPTION", desc), "SEQUENCE:1", "STATUS:CANCELLED", "PRIORITY:1",
    ], method="CANCEL"), uid, "Brightwater Health Technologies", "Senior Test Automation Engineer", "technical",
        "jamie.rowe@bwht.co.uk;aisha.mirza@bwht.co.uk"))

    # Cobalt Mile: Lever intro call with the talent partner, UTC
    uid = "lever-" + uuid("cobalt-screen") + "@hire.lever.co"
    desc = (f"Priya Natarajan (Talent Partner) will call you on {MOBILE}.\n\nPosition: Senior QA Engineer "
            "(Automation) – Leeds / hybrid\n\nThis is an informal first conversation about the role, your experience "
            "and your salary expectations. It usually takes 30 minutes.\n\nCobalt Mile Talent Team")
    out.append(pos("lever-phone-screen-en", cal(["PRODID:-//Lever//Lever Interview Scheduling//EN", "VERSION:2.0",
                                                 "CALSCALE:GREGORIAN"], [
        f"UID:{uid}", "DTSTAMP:20250303T141207Z", "DTSTART:20250307T120000Z", "DTEND:20250307T123000Z",
        org("priya.natarajan@cobaltmile.com", "Priya Natarajan"),
        att(FREE, "Grace Okonkwo", cutype="INDIVIDUAL"),
        att("priya.natarajan@cobaltmile.com", "Priya Natarajan", ps="ACCEPTED", rsvp=False, cutype="INDIVIDUAL"),
        p("SUMMARY", "Cobalt Mile: Intro call with Priya"), p("DESCRIPTION", desc),
        p("LOCATION", f"Phone ({MOBILE})"), "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Cobalt Mile", "Senior QA Engineer (Automation)", "recruiter_screen",
        "priya.natarajan@cobaltmile.com"))

    # Cobalt Mile: technical interview, rescheduled (sequence 2, moved by the interviewer)
    uid = google_uid("cobalt-tech")
    desc = ("Moved to Thursday as discussed on email – same Meet link.\n\nAgenda (90 min):\n"
            "• 45 min – test strategy for our route-planning API (no prep needed)\n"
            "• 30 min – live exercise in Playwright/TypeScript, bring your own IDE\n"
            "• 15 min – your questions\n\nJoe & Femke (Cobalt Mile engineering)\n\n" + meet("en", "cobalt-tech"))
    out.append(pos("rescheduled-google-en", cal(GOOGLE, [
        "DTSTART:20250320T140000Z", "DTEND:20250320T153000Z", "DTSTAMP:20250317T093344Z",
        org("joe.haworth@cobaltmile.com", "Joe Haworth"), f"UID:{uid}",
        gatt("joe.haworth@cobaltmile.com", "Joe Haworth", "ACCEPTED"),
        gatt("femke.devries@cobaltmile.com", "Femke de Vries", "ACCEPTED"), gatt(FREE, "Grace Okonkwo"),
        f"X-GOOGLE-CONFERENCE:{meet_url('cobalt-tech')}", "CREATED:20250310T151020Z",
        p("DESCRIPTION", desc), "LAST-MODIFIED:20250317T093343Z", p("LOCATION", ""),
        "SEQUENCE:2", "STATUS:CONFIRMED", p("SUMMARY", "Cobalt Mile – technical interview (Grace Okonkwo)"),
        "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, "Cobalt Mile", "", "technical",
        "joe.haworth@cobaltmile.com;femke.devries@cobaltmile.com"))

    # Fernhill Bank: iCIMS phone screen, Windows zone name
    uid = "iCIMS-" + uuid("fernhill-screen") + "@fernhillbank.icims.com"
    desc = ("Dear Grace,\n\nThank you for applying for Senior SDET – Payments (Req 2025-0173). Leanne Booth, "
            f"Talent Acquisition Partner, will call you on {MOBILE} at the time below.\n\nKind regards,\n"
            "Fernhill Bank Resourcing")
    out.append(pos("icims-phone-screen-winzone-en", cal(
        ["PRODID:-//iCIMS Inc//iCIMS Talent Cloud//EN", "VERSION:2.0"], [
            f"UID:{uid}", "DTSTAMP:20250303T085501Z", "DTSTART;TZID=GMT Standard Time:20250306T093000",
            "DTEND;TZID=GMT Standard Time:20250306T100000", org("resourcing@fernhillbank.co.uk", "Fernhill Bank"),
            att(FREE, "Grace Okonkwo"), att("leanne.booth@fernhillbank.co.uk", "Leanne Booth", ps="ACCEPTED"),
            p("SUMMARY", "Phone Screen - Senior SDET, Payments (Req 2025-0173)"), p("DESCRIPTION", desc),
            p("LOCATION", "Telephone"), "STATUS:CONFIRMED", "SEQUENCE:0", *alarm(15),
        ], tzs=(mstz("GMT Standard Time", True),), method="REQUEST"), uid, "Fernhill Bank",
        "Senior SDET – Payments", "recruiter_screen", "leanne.booth@fernhillbank.co.uk"))

    # Fernhill Bank: technical panel on Teams from Exchange, coordinator organises, CN="Last, First"
    uid = outlook_uid("fernhill-tech")
    desc = ("Hi Grace,\n\nPlease find below the details of your technical interview for Senior SDET – Payments.\n\n"
            "Panel:\nSimon Hartley – Principal Test Engineer\nOlu Bankole – Engineering Manager, Payments Platform\n\n"
            "The session will include a walkthrough of a framework you have built and a short API testing exercise.\n\n"
            "Many thanks,\nKerry Ashworth\nResourcing Coordinator\n\n") + teams("en", "fh-t", True)
    out.append(pos("exchange-panel-coordinator-en", cal(EXCHANGE, [
        org("kerry.ashworth@fernhillbank.co.uk", "Ashworth, Kerry"),
        att(FREE, "grace.okonkwo@gmail.com"), att("simon.hartley@fernhillbank.co.uk", "Hartley, Simon"),
        att("olu.bankole@fernhillbank.co.uk", "Bankole, Olu"),
        p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Fernhill Bank - Technical Interview - Grace Okonkwo"),
        "DTSTART;TZID=GMT Standard Time:20250319T150000", "DTEND;TZID=GMT Standard Time:20250319T161500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250312T110742Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting"), *ms_tail(), html(desc), *alarm(15),
    ], tzs=(mstz("GMT Standard Time", True),), method="REQUEST", method_first=True), uid, "Fernhill Bank",
        "Senior SDET – Payments", "technical", "simon.hartley@fernhillbank.co.uk;olu.bankole@fernhillbank.co.uk"))

    # Quaystone Software: Ashby pairing interview
    ashby = ["PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    uid = "ashby-" + uuid("quay-pair") + "@ashbyhq.com"
    desc = ("Pairing Interview for Senior Software Engineer in Test\n\nInterviewers:\n• Tom Kessler – Senior Engineer\n"
            "• Ravi Shah – QA Lead\n\nYou'll pair with Tom and Ravi on a small TypeScript service with a failing test "
            "suite. We care about how you think, not whether you finish.\n\n") + zoom(
        "en", "quay-pair", host="quaystone") + "\n\nScheduled with Ashby"
    out.append(pos("ashby-pairing-en", cal(ashby, [
        f"UID:{uid}", "DTSTAMP:20250318T172155Z", "DTSTART;TZID=Europe/London:20250325T140000",
        "DTEND;TZID=Europe/London:20250325T150000", org("recruiting@quaystone.dev", "Quaystone Recruiting"),
        att(FREE, "Grace Okonkwo"), att("tom.kessler@quaystone.dev", "Tom Kessler"),
        att("ravi.shah@quaystone.dev", "Ravi Shah"),
        p("SUMMARY", "Quaystone: Pairing Interview - Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "Zoom"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/London", lic=False),), method="REQUEST"), uid, "Quaystone Software",
        "Senior Software Engineer in Test", "technical", "tom.kessler@quaystone.dev;ravi.shah@quaystone.dev"))

    # Quaystone Software: hiring manager on Meet, sent by the recruiting alias
    uid = "ashby-" + uuid("quay-hm") + "@ashbyhq.com"
    desc = ("Hiring Manager Interview with Eleanor Pike (Engineering Manager, Platform Quality).\n\n"
            "Eleanor will talk through the team, how we ship and what the first six months in the role look like. "
            "Come with questions!\n\n") + meet("en", "quay-hm") + "\n\nScheduled with Ashby"
    out.append(pos("ashby-hiring-manager-en", cal(ashby, [
        f"UID:{uid}", "DTSTAMP:20250328T101010Z", "DTSTART;TZID=Europe/London:20250403T110000",
        "DTEND;TZID=Europe/London:20250403T114500", org("recruiting@quaystone.dev", "Quaystone Recruiting"),
        att(FREE, "Grace Okonkwo"), att("eleanor.pike@quaystone.dev", "Eleanor Pike"),
        p("SUMMARY", "Quaystone Software – Hiring Manager Interview (Senior Software Engineer in Test)"),
        p("DESCRIPTION", desc), p("LOCATION", meet_url("quay-hm")), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], tzs=(tz("Europe/London", lic=False),), method="REQUEST"), uid, "Quaystone Software",
        "Senior Software Engineer in Test", "hiring_manager", "eleanor.pike@quaystone.dev"))

    # Meridian Pay: GoodTime onsite itinerary in London, a coordinator and a room
    uid = "gt-" + uuid("meridian-onsite") + "@goodtime.io"
    desc = ("Hi Grace, we're looking forward to welcoming you to Meridian Pay!\n\nYour onsite schedule:\n"
            "11:00 – 11:45  Automation architecture – Kofi Mensah\n"
            "11:45 – 12:30  Exploratory testing exercise – Lara Whitcombe\n"
            "12:30 – 13:15  Lunch with the team (informal, not assessed)\n"
            "13:15 – 14:00  Hiring manager conversation – Sophie Grant\n\n"
            "On arrival please ask for Danny Leigh, your Recruiting Coordinator for the day.\n\n"
            "Powered by GoodTime")
    out.append(pos("goodtime-onsite-en", cal(["PRODID:-//GoodTime.io//GoodTime Hire//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250429T133005Z", "DTSTART;TZID=Europe/London:20250507T110000",
        "DTEND;TZID=Europe/London:20250507T140000",
        org("scheduling@meridianpay.com", "Meridian Pay Recruiting", sent_by="danny.leigh@meridianpay.com"),
        att(FREE, "Grace Okonkwo"), att("kofi.mensah@meridianpay.com", "Kofi Mensah"),
        att("lara.whitcombe@meridianpay.com", "Lara Whitcombe"), att("sophie.grant@meridianpay.com", "Sophie Grant"),
        att("danny.leigh@meridianpay.com", "Danny Leigh", role="OPT-PARTICIPANT"),
        room("ldn-6-thames@meridianpay.com", "LDN 6 - Thames (12)"),
        p("SUMMARY", "Meridian Pay Onsite Interview - Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "Meridian Pay, 6th floor, 20 Farringdon Road, London EC1M 3HE"), "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ], tzs=(tz("Europe/London"),), method="REQUEST"), uid, "Meridian Pay", "", "onsite",
        "kofi.mensah@meridianpay.com;lara.whitcombe@meridianpay.com;sophie.grant@meridianpay.com"))

    return out
