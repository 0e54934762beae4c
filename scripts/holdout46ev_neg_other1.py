"""holdout46 negatives (part 1): mock interviews, webinars, research/press, personal and internal events (EN)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, teams, zoom_url
from holdout46ev_ics import (
    APPLE,
    EXCHANGE,
    FREE,
    GOOGLE,
    WORK,
    Ev,
    att,
    cal,
    digits,
    exch,
    gatt,
    google_uid,
    hexid,
    ms_tail,
    neg,
    org,
    outlook_uid,
    p,
    tz,
    uuid,
)

D = "pennine-payments.co.uk"
HELEN = f"h.barraclough@{D}"


def _g(uid: str, start: str, end: str, stamp: str, organizer: tuple[str, str], guests: list[str], summary: str,
       desc: str, loc: str = "", conf: str = "", tzid: bool = False) -> str:
    """A Google Calendar invitation (UTC times unless `tzid`)."""
    t = ";TZID=Europe/London" if tzid else ""
    z = "" if tzid else "Z"
    lines = [f"DTSTART{t}:{start}{z}", f"DTEND{t}:{end}{z}",
             f"DTSTAMP:{stamp}", org(organizer[0], organizer[1]), f"UID:{uid}", *guests]
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [f"CREATED:{stamp}", p("DESCRIPTION", desc), f"LAST-MODIFIED:{stamp}", p("LOCATION", loc),
              "SEQUENCE:0", "STATUS:CONFIRMED", p("SUMMARY", summary), "TRANSP:OPAQUE"]
    return cal(GOOGLE, lines, tzs=(tz("Europe/London"),) if tzid else (), method="REQUEST")


def _apple(uid: str, start: str, end: str, stamp: str, summary: str, desc: str = "", loc: str = "",
           allday: bool = False) -> str:
    if allday:
        when = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    else:
        when = [f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}"]
    lines = [f"CREATED:{stamp}", when[1], f"DTSTAMP:{stamp}", when[0], f"LAST-MODIFIED:{stamp}", "SEQUENCE:0",
             p("SUMMARY", summary), "TRANSP:OPAQUE", f"UID:{uid}"]
    if loc:
        lines.insert(4, p("LOCATION", loc))
    if desc:
        lines.append(p("DESCRIPTION", desc))
    lines += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "BEGIN:VALARM", f"X-WR-ALARMUID:{uuid(uid, True)}",
              f"UID:{uuid(uid, True)}", "TRIGGER:-PT1H", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    return cal(APPLE, lines, tzs=() if allday else (tz("Europe/London", lic=False),))


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = google_uid("mock-dami")
    out.append(neg("mock-friend-en", _g(
        uid, "20250311T190000", "20250311T200000", "20250309T210000Z", ("dami.adebayo@gmail.com", "Dami Adebayo"),
        [gatt("dami.adebayo@gmail.com", "Dami Adebayo", "ACCEPTED"), gatt(FREE, "Grace Okonkwo", "ACCEPTED")],
        "Mock SDET interview w/ Dami 🎯", "I'll play a grumpy hiring manager at a fintech 😅 45 mins of questions, "
        "then 15 mins feedback. Bring your 'tell me about a time' stories!\n\n" + meet("en", "mock-dami"),
        conf=meet_url("mock-dami")), uid))

    uid = f"{hexid('igym', 20)}@interviewgym.io"
    desc = ("You're matched! Your peer mock interview is confirmed.\n\nTrack: QA / SDET\nFormat: 2 × 30 min – you "
            "interview your peer first, then swap.\nYour peer: Matteo R. (Milan)\nTopic pack: Test strategy for a "
            f"payments API\n\nJoin the room: https://app.interviewgym.io/room/{hexid('igr', 12)}\n\nThis is a practice "
            "session between candidates. Good luck!\nThe Interview Gym team")
    out.append(neg("mock-platform-en", cal(["PRODID:-//Interview Gym//Sessions//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250314T080000Z", "DTSTART:20250316T100000Z", "DTEND:20250316T110000Z",
        org("sessions@interviewgym.io", "Interview Gym"), att(FREE, "Grace Okonkwo"),
        p("SUMMARY", "Peer mock interview – QA/SDET (Interview Gym)"), p("DESCRIPTION", desc),
        p("LOCATION", "https://app.interviewgym.io/room/" + hexid("igr", 12)), "STATUS:CONFIRMED",
    ], method="REQUEST"), uid))

    uid = f"zoom-webinar-{digits('tca-web', 11)}@zoom.us"
    desc = ("Hi Grace Okonkwo,\n\nThank you for registering for \"Landing a Senior SDET role in 2025 – live Q&A\".\n\n"
            "Hiring managers from three UK scale-ups share what they look for in senior test automation candidates, "
            "how their interview loops work and how to stand out in the take-home.\n\nPlease submit any questions "
            "to: hello@testcraft.academy\n\nDate Time: Mar 6, 2025 06:30 PM London\n\nJoin from PC, Mac, iPad, or "
            f"Android: {zoom_url('tca-web', 'us02web')}\n\nYou can cancel your registration at any time.")
    out.append(neg("webinar-zoom-en", cal(["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
                                           "CALSCALE:GREGORIAN"], [
        "DTSTAMP:20250220T120000Z", "DTSTART:20250306T183000Z", "DTEND:20250306T193000Z",
        p("SUMMARY", "Landing a Senior SDET role in 2025 – live Q&A"), f"UID:{uid}",
        "TZID:Europe/London", p("DESCRIPTION", desc), p("LOCATION", zoom_url("tca-web", "us02web")),
        org("no-reply@zoom.us", "TestCraft Academy"), att(FREE, "Grace Okonkwo", rsvp=False),
    ], method="PUBLISH"), uid))

    uid = f"event_{digits('ntm', 9)}@meetup.com"
    desc = ("Northern Testers Meetup – March edition\n\nWorkshop: Interview skills for testers. Practise answering "
            "behavioural and technical questions in small groups, with feedback from two QA hiring managers. Pizza "
            "from 18:15, workshop 18:45–20:30.\n\nhttps://www.meetup.com/northern-testers/events/" + digits("ntm", 9))
    out.append(neg("meetup-workshop-en", cal(["PRODID:-//Meetup//RemoteApi//EN", "VERSION:2.0",
                                              "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-ORIGINAL-URL:"
                                              "https://www.meetup.com/northern-testers/"], [
        f"UID:{uid}", "DTSTAMP:20250310T090000Z", "DTSTART;TZID=Europe/London:20250327T181500",
        "DTEND;TZID=Europe/London:20250327T203000", "STATUS:CONFIRMED",
        p("SUMMARY", "Northern Testers: Interview skills for testers (workshop)"), p("DESCRIPTION", desc),
        p("CLASS", "PUBLIC"), p("LOCATION", "Bruntwood Works, 3 Hardman Street, Manchester M3 3HF"),
        "URL:https://www.meetup.com/northern-testers/events/" + digits("ntm", 9),
    ], tzs=(tz("Europe/London"),)), uid))

    uid = uuid("budgetly-ur")
    desc = ("Event Name: Budgetly user interview (45 min)\n\nThanks for signing up to help shape Budgetly! In this "
            "research interview we'll ask about how you manage bills and savings and show you a couple of early "
            "designs. There are no right or wrong answers. As a thank-you you'll receive a £40 Amazon voucher.\n\n"
            "Location: Zoom – link in your confirmation email.\n\nPowered by Calendly.com")
    out.append(neg("user-research-en", cal(["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250402T110000Z", "DTSTART:20250408T173000Z", "DTEND:20250408T181500Z",
        org("research@budgetly.app", "Budgetly Research"), att(FREE, "Grace Okonkwo"),
        p("SUMMARY", "Budgetly user interview between Priya Shah and Grace Okonkwo"), p("DESCRIPTION", desc),
        p("LOCATION", "Zoom"), "STATUS:CONFIRMED",
    ], method="REQUEST"), uid))

    uid = google_uid("flaky-pod")
    out.append(neg("podcast-en", _g(
        uid, "20250424T170000", "20250424T180000", "20250415T093000Z", ("hosts.flakytestpod@gmail.com",
                                                                         "The Flaky Test Podcast"),
        [gatt("hosts.flakytestpod@gmail.com", "The Flaky Test Podcast", "ACCEPTED"), gatt(FREE)],
        "Podcast recording – The Flaky Test Podcast (guest: Grace Okonkwo)",
        "Thanks for coming on the show! We'll record a ~40 min interview about moving from manual QA to test "
        "automation, testing in payments and mentoring junior testers. Please use headphones and a wired "
        f"connection if you can.\n\nStudio link: https://riverside.fm/studio/flaky-test-pod?t={hexid('rv', 16)}\n\n"
        "Sid & Jo", loc="Riverside (link in description)"), uid))

    uid = uuid("ntw-press", upper=True)
    out.append(neg("press-interview-en", _apple(
        uid, "20250501T123000", "20250501T130000", "20250428T160500Z",
        "Interview w/ Northern Tech Weekly (Women in QA feature)",
        "Journalist: Hannah Cole. She'll call my mobile. Check quotes w/ Pennine comms first!"), uid))

    uid = uuid("gp", upper=True)
    out.append(neg("personal-gp-en", _apple(
        uid, "20250318T084000", "20250318T085000", "20250311T081500Z", "GP – Dr Hussain",
        loc="Ancoats Medical Practice, 2 Old Mill Street, Manchester"), uid))

    uid = outlook_uid("halden-mortgage")
    desc = ("Booking details\nService: Mortgage appointment – remortgage review (video)\nStaff: Dean Walsh\n"
            "Customer: Grace Okonkwo\n\nYour mortgage adviser will talk you through your options. Please have your "
            "last three payslips and your current mortgage statement to hand.\n\n" + teams("en", "halden") +
            "\n\nHalden Bank plc. Your home may be repossessed if you do not keep up repayments on your mortgage.")
    out.append(neg("personal-bank-bookings-en", cal(EXCHANGE, [
        org("MortgageAppointments@haldenbank.co.uk", "Halden Bank Mortgage Appointments"),
        att(FREE, "Grace Okonkwo"), att("dean.walsh@haldenbank.co.uk", "Dean Walsh"),
        p("DESCRIPTION;LANGUAGE=en-GB", desc), f"UID:{uid}",
        p("SUMMARY;LANGUAGE=en-GB", "Mortgage appointment – remortgage review"),
        "DTSTART:20250326T180000Z", "DTEND:20250326T190000Z", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20250319T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting"), *ms_tail(busy="BUSY"),
    ], method="REQUEST", method_first=True), uid))

    uid = uuid("us-visa", upper=True)
    out.append(neg("personal-visa-interview-en", _apple(
        uid, "20250410T081500", "20250410T100000", "20250320T201000Z", "US visa interview – Embassy",
        "B1 for TestCon Austin. Bring: passport, DS-160 confirmation, appointment letter, conference invite + "
        "Pennine letter. NO bags/electronics.", loc="U.S. Embassy London, 33 Nine Elms Lane, London SW11 7US"), uid))

    uid = f"{uuid('parents-eve')}@schoolcloud.co.uk"
    desc = ("Parents' Evening – Spring Term\n\nTeacher: Mrs A. Patel (3P)\nStudent: Ada Okonkwo\nAppointment: 5 "
            "minutes\n\nPlease arrive a few minutes early and wait outside the classroom.\nSt Chad's Primary School")
    out.append(neg("personal-school-en", cal(["PRODID:-//SchoolCloud//Parents Evening Booking//EN",
                                              "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250301T200000Z", "DTSTART;TZID=Europe/London:20250313T174000",
        "DTEND;TZID=Europe/London:20250313T174500", p("SUMMARY", "Parents' Evening: Mrs A. Patel (Ada Okonkwo)"),
        p("DESCRIPTION", desc), p("LOCATION", "Classroom 3P"),
    ], tzs=(tz("Europe/London"),), method="PUBLISH"), uid))

    uid = outlook_uid("pp-sprint")
    out.append(neg("internal-sprint-planning-en", exch(
        uid, org(f"o.pritchard@{D}", "Pritchard, Owen"),
        [att(WORK, "Okonkwo, Grace"), att(f"r.mistry@{D}", "Mistry, Raj"), att(f"y.khan@{D}", "Khan, Yusuf")],
        "Sprint 42 planning – Merchant Services", "Agenda: carry-over, capacity, test approach per story, "
        "release 25.4 risks.\n\n" + teams("en", "pp-sprint"), "20250407T100000", "20250407T113000",
        "20250401T090000Z"), uid))

    uid = outlook_uid("pp-guild")
    out.append(neg("internal-guild-en", exch(
        uid, org(WORK, "Okonkwo, Grace"), [att(f"qa-guild@{D}", "QA Guild")],
        "QA guild: flaky tests retro", "Let's look at the top 10 flaky tests from the last month, what caused them "
        "and what we change in the framework. Bring data from the CI dashboard.\n\nGrace\n\n"
        + teams("en", "pp-guild"), "20250320T120000", "20250320T130000", "20250314T100000Z"), uid))

    uid = outlook_uid("pp-midyear")
    out.append(neg("own-appraisal-en", exch(
        uid, org(HELEN, "Barraclough, Helen"), [att(WORK, "Okonkwo, Grace")],
        "Mid-year performance review – Grace / Helen", "Hi Grace,\n\nTime for your mid-year review. Please complete "
        "your self-assessment in Workday beforehand; we'll go through objectives, feedback and your development "
        "plan.\n\nHelen", "20250604T140000", "20250604T150000", "20250521T093000Z",
        loc="MCR 3F Quiet Room"), uid))

    uid = outlook_uid("pp-exit")
    out.append(neg("own-exit-interview-en", exch(
        uid, org(f"people@{D}", "People Team"), [att(WORK, "Okonkwo, Grace")], "Exit interview – Grace Okonkwo",
        "Hi Grace,\n\nAs part of your leaving process we'd like to invite you to a confidential exit interview "
        "with the People team. It's a chance to share honest feedback about your time at Pennine Payments.\n\n"
        "Best wishes\nNaomi Clegg\nPeople Partner\n\n" + teams("en", "pp-exit"), "20250625T110000",
        "20250625T113000", "20250617T090000Z"), uid))

    uid = google_uid("coffee-sam")
    out.append(neg("coffee-chat-informational-en", _g(
        uid, "20250308T103000", "20250308T113000", "20250305T200000Z", (FREE, "Grace Okonkwo"),
        [gatt(FREE, "Grace Okonkwo", "ACCEPTED"), gatt("sam.oduya@gmail.com", "Sam Oduya", "ACCEPTED")],
        "Coffee w/ Sam (ex-Ledgerline QA) – what's it like there?",
        "Sam left Ledgerline in Jan – ask about team culture, on-call, how QA works with squads, salary bands. "
        "My treat ☕", loc="Federal Café, 9 Nicholas Croft, Manchester", tzid=True), uid))

    uid = f"{digits('mtcf', 12)}@eventbrite.com"
    desc = ("Manchester Tech Careers Fair 2025\n\nMeet 60+ tech employers hiring in the North West, CV clinics and "
            "talks. Your ticket: General admission (free). Order #" + digits("mtcfo", 10) + ".\n\nView event: "
            "https://www.eventbrite.co.uk/e/manchester-tech-careers-fair-2025-tickets-" + digits("mtcf", 12))
    out.append(neg("job-fair-allday-en", cal(["PRODID:-//Eventbrite//Eventbrite Calendar//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250215T090000Z", "DTSTART;VALUE=DATE:20250405", "DTEND;VALUE=DATE:20250406",
        p("SUMMARY", "Manchester Tech Careers Fair 2025"), p("DESCRIPTION", desc),
        p("LOCATION", "Manchester Central, Windmill Street, Manchester M2 3GX"), "TRANSP:TRANSPARENT",
    ], method="PUBLISH"), uid))

    return out
