"""holdout38: the user's own interviews, English."""

from __future__ import annotations

from holdout38ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_P,
    ME_W,
    OUTLOOK,
    STAMP,
    TZ_DUBLIN,
    TZ_LONDON,
    WIN_GMT,
    Ev,
    att,
    cal,
    gfooter,
    ln,
    meet,
    org,
    teams,
    txt,
    vevent,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: tuple[str, ...],
            trap: str = "", lang: str = "en") -> None:
        out.append(Ev(kind, lang, uid, text, True, company, role, stage, ivs, trap))

    uid = "gh-7f31c0a2-8d14-4b77-9e0e-3a1d55f0c901@greenhouse.io"
    add("greenhouse-screen", uid, cal(
        "-//Greenhouse Software//Scheduler//EN", TZ_LONDON, vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261201T100000", tzid="Europe/London"),
            ln("DTEND", "20261201T103000", tzid="Europe/London"),
            txt("SUMMARY", "Fiona MacLeod <> Tessellate - Recruiter Screen"),
            org("no-reply@greenhouse.io", "Tessellate Recruiting"),
            att("priya.naidoo@tessellate.io", "Priya Naidoo"), att(ME_P, "Fiona MacLeod"),
            txt("DESCRIPTION", "Hi Fiona,\n\nThanks for your interest in the People Partner role at Tessellate. "
                "This is a 30 minute call with Priya Naidoo, Talent Partner, to talk through your background "
                "and what you're looking for.\n\n" + zoom("842 3317 0925", "Tq8vL2mNcZx") +
                "\n\nNeed to reschedule? Reply to this email and our coordinator will help."),
            ln("LOCATION", "https://us02web.zoom.us/j/84233170925"))),
        "Tessellate", "People Partner", "recruiter_screen", ("priya.naidoo@tessellate.io",))

    uid = "040000008200E00074C5B7101A82E0080000000030A7C3F2B15DDB01000000000000000010000000A2F1"
    add("outlook-hm", uid, cal(
        EXCHANGE, WIN_GMT, vevent(
            org("Callum.Baird@brightwaterhotels.co.uk", "Baird, Callum"),
            att(ME_P, "fiona.macleod@yahoo.co.uk"),
            att("Morag.Innes@brightwaterhotels.co.uk", "Innes, Morag"),
            att("BW-Edin-Boardroom2@brightwaterhotels.co.uk", "BW Edinburgh Boardroom 2", role="NON-PARTICIPANT",
                cutype="ROOM"),
            txt("DESCRIPTION", "Dear Fiona,\n\nFurther to your application for the HR Business Partner (Hotels "
                "Scotland) vacancy, I'd like to invite you to a face-to-face interview with myself and Morag "
                "Innes, Head of People.\n\nWe'll meet in Boardroom 2 at the Haymarket hotel - please ask for me at "
                "reception.\n\nKind regards,\nCallum Baird\nRegional Operations Director\nBrightwater Hotels Ltd"),
            txt("SUMMARY", "Interview - HR Business Partner (Hotels Scotland) - Fiona MacLeod"),
            ln("DTSTART", "20261203T140000", tzid="GMT Standard Time"),
            ln("DTEND", "20261203T150000", tzid="GMT Standard Time"),
            ln("UID", uid), ln("CLASS", "PUBLIC"), ln("PRIORITY", "5"), ln("DTSTAMP", STAMP),
            ln("TRANSP", "OPAQUE"), ln("STATUS", "CONFIRMED"), ln("SEQUENCE", "0"),
            txt("LOCATION", "Brightwater Haymarket, Boardroom 2, 14 Morrison Street, Edinburgh"),
            ln("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY"), ln("X-MICROSOFT-CDO-IMPORTANCE", "1"))),
        "Brightwater Hotels", "HR Business Partner (Hotels Scotland)", "hiring_manager",
        ("Callum.Baird@brightwaterhotels.co.uk", "Morag.Innes@brightwaterhotels.co.uk"))

    uid = "harri-iv-5531902@harri.com"
    add("harri-screen", uid, cal(
        "-//Harri//Interview Scheduler 3.2//EN", vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261202T113000Z"),
            ln("DTEND", "20261202T120000Z"),
            txt("SUMMARY", "Phone Interview: People & Culture Manager at The Kelpie Collection"),
            org("interviews@harri.com", "The Kelpie Collection via Harri"),
            att(ME_P, "Fiona MacLeod"), att("gemma.ross@kelpiecollection.com", "Gemma Ross"),
            txt("DESCRIPTION", "Your interview has been confirmed!\n\nPosition: People & Culture Manager\n"
                "Brand: The Kelpie Collection (bars & kitchens, Glasgow)\nInterview type: Phone\n"
                "Interviewer: Gemma Ross, Talent Acquisition Lead\n\nGemma will call you on the number in "
                "your Harri profile.\n\nPowered by Harri"), txt("LOCATION", "Phone call"))),
        "The Kelpie Collection", "People & Culture Manager", "recruiter_screen", ("gemma.ross@kelpiecollection.com",))

    uid = "Fourth-Recruit-IV-20261204-77120"
    add("fourth-onsite", uid, cal(
        "-//Fourth Ltd//Recruit//EN", TZ_LONDON, vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("SEQUENCE", "1"),
            ln("DTSTART", "20261207T100000", tzid="Europe/London"),
            ln("DTEND", "20261207T123000", tzid="Europe/London"),
            txt("SUMMARY", "Second stage interview - Area People Manager (North) - Harlow & Crane Pub Co"),
            org("recruit@fourth.com", "Harlow & Crane Recruitment Team",
                sent_by="talent@harlowcrane.co.uk"),
            att(ME_P, "Fiona MacLeod"), att("d.mcallister@harlowcrane.co.uk", "Duncan McAllister"),
            att("s.okafor@harlowcrane.co.uk", "Sade Okafor"),
            att("talent@harlowcrane.co.uk", "Talent Team", role="NON-PARTICIPANT"),
            txt("DESCRIPTION", "Hello Fiona,\n\nWe're delighted to invite you to the second stage for Area People "
                "Manager (North). The morning includes a 20 minute presentation (brief attached to your email: "
                "'Reducing first-90-day leavers'), then a competency interview with Duncan McAllister (Operations "
                "Director) and Sade Okafor (People Director).\n\nVenue: Harlow & Crane Support Centre, 200 "
                "St Vincent Street, Glasgow G2 5RQ.\n\nHarlow & Crane Talent Team"),
            txt("LOCATION", "200 St Vincent Street, Glasgow G2 5RQ"))),
        "Harlow & Crane", "Area People Manager (North)", "onsite",
        ("d.mcallister@harlowcrane.co.uk", "s.okafor@harlowcrane.co.uk"))

    uid = "2jv0m4r8tq1l7k6a5c3b2d9e0f@google.com"
    add("google-direct-hm", uid, cal(
        GOOGLE, vevent(
            ln("DTSTART", "20261208T150000Z"), ln("DTEND", "20261208T154500Z"), ln("DTSTAMP", STAMP),
            org("hannah@bothy.coffee", "Hannah Fleming"), ln("UID", uid),
            att("hannah@bothy.coffee", "Hannah Fleming", ps="ACCEPTED"),
            att(ME_P, "fiona.macleod@yahoo.co.uk"),
            ln("X-MICROSOFT-CDO-OWNERAPPTID", "-1702231189"), ln("CREATED", "20261117T160211Z"),
            txt("DESCRIPTION", "Hi Fiona - great to hear back. Let's do a proper conversation about the Head of "
                "People role (we're 9 cafés and the roastery now, so it's time!). I'll bring Euan our ops lead "
                "for the last 15 mins.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                + meet("wqp-hzkt-rva") + "\n\n" + gfooter()),
            att("euan@bothy.coffee", "Euan Baxter"),
            ln("LAST-MODIFIED", "20261117T160230Z"), ln("LOCATION", ""), ln("SEQUENCE", "0"),
            ln("STATUS", "CONFIRMED"), txt("SUMMARY", "Bothy Coffee x Fiona - Head of People"),
            ln("TRANSP", "OPAQUE")), extra=("X-GOOGLE-CALENDAR-CONTENT-DISPLAY:chip",)),
        "Bothy Coffee", "Head of People", "hiring_manager", ("hannah@bothy.coffee", "euan@bothy.coffee"))

    uid = "wd-INTV-0098221-LEITH@myworkday.com"
    add("workday-panel", uid, cal(
        "-//Workday Inc//Workday Recruiting//EN", TZ_LONDON, vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP),
            ln("DTSTART", "20261210T093000", tzid="Europe/London"),
            ln("DTEND", "20261210T103000", tzid="Europe/London"),
            txt("SUMMARY", "Interview: HR Business Partner (Grade 7) - REQ-24117"),
            org("leith-recruitment@myworkday.com", "University of Leith Recruitment"),
            att(ME_P, "Fiona MacLeod"), att("k.dunbar@leith.ac.uk", "Dr Kirsty Dunbar"),
            att("a.hussain@leith.ac.uk", "Amir Hussain"), att("j.whyte@leith.ac.uk", "Jean Whyte"),
            txt("DESCRIPTION", "Candidate: Fiona MacLeod\nPosition: HR Business Partner (Grade 7), People "
                "Services - College of Arts\nPanel: Dr Kirsty Dunbar (Head of College Operations, Chair), "
                "Amir Hussain (Senior HR Business Partner), Jean Whyte (Staff Side Representative)\nFormat: "
                "panel interview, 45 minutes, followed by 15 minutes for your questions.\n\nLocation: "
                "Room 2.14, Old College Quad. Please report to the main reception 10 minutes early.\n\n"
                "Please do not reply to this automated message."),
            txt("LOCATION", "Old College Quad, Room 2.14"))),
        "University of Leith", "HR Business Partner (Grade 7)", "onsite",
        ("k.dunbar@leith.ac.uk", "a.hussain@leith.ac.uk", "j.whyte@leith.ac.uk"))

    uid = "calendly-8e1d2c44-19f0-4e0b-a1b6-5d0e41c0f7a7"
    add("calendly-screen", uid, cal(
        "-//Calendly//Calendly//EN", vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261202T160000Z"),
            ln("DTEND", "20261202T162000Z"),
            txt("SUMMARY", "Intro call: Fiona MacLeod and Ruairi Kane"),
            org("ruairi.kane@gatherwell.co.uk", "Ruairi Kane"), att(ME_P, "Fiona MacLeod"),
            att("ruairi.kane@gatherwell.co.uk", "Ruairi Kane", ps="ACCEPTED"),
            txt("DESCRIPTION", "Event Name: Intro call - People Operations Lead\n\nGatherwell is hiring a "
                "People Operations Lead (remote UK). This 20 minute call is a first chat with our in-house "
                "recruiter about the role, salary range and process.\n\nLocation: This is a Google Meet web "
                "conference.\nhttps://meet.google.com/ytr-mabc-kfe\n\nNeed to make changes to this event?\n"
                "Cancel: https://calendly.com/cancellations/8e1d2c44\nReschedule: "
                "https://calendly.com/reschedulings/8e1d2c44\n\nPowered by Calendly.com"),
            ln("LOCATION", "https://meet.google.com/ytr-mabc-kfe"))),
        "Gatherwell", "People Operations Lead", "recruiter_screen", ("ruairi.kane@gatherwell.co.uk",))

    uid = "h38-hand-001@icloud.com"
    add("hand-terse", uid, cal(
        IOS, vevent(ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261209T110000"),
                    ln("DTEND", "20261209T120000"), txt("SUMMARY", "Marlowe & Finch interview 2nd rd"),
                    txt("LOCATION", "Princes St store, 4th floor"), ln("CREATED", "20261119T201500Z")),
        method=None, extra=("X-WR-CALNAME:Home",)),
        "Marlowe & Finch", "", "", ())

    uid = "8a5f0e1a-teamtailor-interview-310554"
    add("teamtailor-tech", uid, cal(
        "-//Teamtailor//Teamtailor Calendar//EN", TZ_DUBLIN, vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261211T140000", tzid="Europe/Dublin"),
            ln("DTEND", "20261211T150000", tzid="Europe/Dublin"),
            txt("SUMMARY", "Case study interview - People Partner | Pebblepath"),
            org("notifications@teamtailor.com", "Pebblepath"), att(ME_P, "Fiona MacLeod"),
            att("niamh.oconnor@pebblepath.ie", "Niamh O'Connor"), att("tom.kiely@pebblepath.ie", "Tom Kiely"),
            txt("DESCRIPTION", "Hi Fiona,\n\nYou're booked in for the case study stage for People Partner. You'll "
                "walk Niamh (Head of People) and Tom (Engineering Manager) through how you'd handle the "
                "employee-relations scenario we sent, then Q&A.\n\n" + teams("en", "371 552 908 11", "Ph3k9Q") +
                "\n\nSent via Teamtailor"))), "Pebblepath", "People Partner", "technical",
        ("niamh.oconnor@pebblepath.ie", "tom.kiely@pebblepath.ie"))

    uid = "agency-talentbridge-20261214-fm"
    add("agency-named", uid, cal(
        OUTLOOK, WIN_GMT, vevent(
            org("lucy.ferguson@talentbridge-recruitment.co.uk", "Lucy Ferguson"),
            att(ME_P, "Fiona MacLeod"), att("lucy.ferguson@talentbridge-recruitment.co.uk", "Lucy Ferguson",
                                            role="OPT-PARTICIPANT"),
            txt("SUMMARY", "Interview confirmed - Grainger & Lowe - HR Business Partner (Retail) - Fiona"),
            ln("DTSTART", "20261214T103000", tzid="GMT Standard Time"),
            ln("DTEND", "20261214T113000", tzid="GMT Standard Time"), ln("UID", uid), ln("DTSTAMP", STAMP),
            txt("DESCRIPTION", "Hi Fiona,\n\nAs discussed, your first interview with Grainger & Lowe is confirmed. "
                "You'll be meeting Sarah Whitlock (Regional HR Manager) at their head office, 30 Bothwell Street, "
                "Glasgow. Sarah's email is sarah.whitlock@graingerlowe.com should you be running late.\n\nCall me "
                "straight after!\n\nLucy Ferguson\nSenior Consultant | Talentbridge Recruitment"),
            txt("LOCATION", "Grainger & Lowe, 30 Bothwell Street, Glasgow"), ln("SEQUENCE", "0"))),
        "Grainger & Lowe", "HR Business Partner (Retail)", "", ())

    uid = "ms-bookings-7d7b0c16-2b2f-4d0a-9f57-1f3b4c2ee810"
    add("bookings-screen", uid, cal(
        "Microsoft Exchange Server 2010", WIN_GMT, vevent(
            org("HRRecruitment@fvlt.org.uk", "Forth Valley Leisure Trust - Recruitment"),
            att(ME_P, "Fiona MacLeod"), att("Alison.Tait@fvlt.org.uk", "Alison Tait"),
            txt("SUMMARY", "Telephone interview - People Advisor"), ln("UID", uid), ln("DTSTAMP", STAMP),
            ln("DTSTART", "20261204T093000", tzid="GMT Standard Time"),
            ln("DTEND", "20261204T100000", tzid="GMT Standard Time"),
            txt("DESCRIPTION", "Your booking is confirmed\n\nService: Telephone interview - People Advisor\n"
                "Staff: Alison Tait\n\nAlison will phone you at the time above. If you need to cancel or "
                "reschedule, use Manage booking.\n\nForth Valley Leisure Trust | Charity No. SC040115\n"
                "Powered by Microsoft Bookings"), txt("LOCATION", "Telephone"))),
        "Forth Valley Leisure Trust", "People Advisor", "recruiter_screen", ("Alison.Tait@fvlt.org.uk",))

    uid = "b3c2d9a0e1f4@gmail-founder"
    add("founder-gmail", uid, cal(
        GOOGLE, vevent(
            ln("DTSTART", "20261205T120000Z"), ln("DTEND", "20261205T130000Z"), ln("DTSTAMP", STAMP),
            org("rory.mcbain.bakes@gmail.com", "Rory McBain"), ln("UID", uid),
            att(ME_P, "Fiona MacLeod"), att("rory.mcbain.bakes@gmail.com", "Rory McBain", ps="ACCEPTED"),
            txt("DESCRIPTION", "Lunch & a chat about the people/ops role at Wee Oven Bakery - we're going from "
                "4 shops to 10 next year and I need someone who's actually run a shop floor. Bring questions!"),
            txt("LOCATION", "Wee Oven Bakery, 12 Raeburn Place, Edinburgh"), ln("STATUS", "CONFIRMED"),
            txt("SUMMARY", "Wee Oven - people & ops role (Fiona)"))),
        "Wee Oven Bakery", "", "hiring_manager", ("rory.mcbain.bakes@gmail.com",))

    uid = "4f2b8c01-fc3a-4a2e-b7a2-0c1d9e553312"
    add("final-allday", uid, cal(
        APPLE, vevent(ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261216", value="DATE"),
                      ln("DTEND", "20261217", value="DATE"),
                      txt("SUMMARY", "FINAL - Loomwell assessment day (London)"),
                      txt("DESCRIPTION", "People Ops Manager final. Train 05:40 from Waverley. Bring ID, "
                          "presentation on USB. Meeting Kate Alder (COO) + Ben Osei (CPO)."),
                      txt("LOCATION", "Loomwell HQ, 5 Tabernacle St, London"), ln("TRANSP", "TRANSPARENT")),
        method=None), "Loomwell", "People Ops Manager", "final", ())

    uid = "getloomwell-gh-5be81a@greenhouse.io"
    add("greenhouse-brand-domain", uid, cal(
        "-//Greenhouse Software//Scheduler//EN", TZ_LONDON, vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261207T130000", tzid="Europe/London"),
            ln("DTEND", "20261207T134500", tzid="Europe/London"),
            txt("SUMMARY", "Interview with Loomwell: Hiring Manager conversation"),
            org("scheduling@getloomwell.com", "Megan Price"),
            att(ME_P, "Fiona MacLeod"), att("ben.osei@getloomwell.com", "Ben Osei"),
            att("scheduling@getloomwell.com", "Megan Price", role="NON-PARTICIPANT"),
            txt("DESCRIPTION", "Hi Fiona,\n\nYou're confirmed for a 45 minute conversation with Ben Osei, Chief "
                "People Officer, for the People Operations Manager position.\n\n" + meet("bno-qwex-tuv") +
                "\n\nBest,\nMegan Price | Recruiting Coordinator, Loomwell"))),
        "Loomwell", "People Operations Manager", "hiring_manager", ("ben.osei@getloomwell.com",))

    uid = "040000008200E00074C5B7101A82E00800000000C0E9F11EB25DDB010000000000000000100000009C44"
    add("outlook-work-addr", uid, cal(
        OUTLOOK, WIN_GMT, vevent(
            org("Joanne.Reid@hhf.org.uk", "Joanne Reid"),
            att(ME_W, "MacLeod, Fiona"), att("Ian.Pollock@hhf.org.uk", "Ian Pollock"),
            txt("SUMMARY", "Highland Hearts Foundation - interview for HR Manager"),
            ln("DTSTART", "20261215T120000", tzid="GMT Standard Time"),
            ln("DTEND", "20261215T130000", tzid="GMT Standard Time"), ln("UID", uid), ln("DTSTAMP", STAMP),
            txt("DESCRIPTION", "Dear Fiona,\n\nThank you for applying for the HR Manager post. I'm sorry, I've "
                "sent this to the address on your CV cover letter - please feel free to forward to your personal "
                "address.\n\nThe interview will be with me (Director of Resources) and Ian Pollock (Trustee).\n\n"
                + teams("en", "412 009 377 82", "Mn4wQ2") + "\n\nJoanne Reid\nHighland Hearts Foundation, "
                "SCIO SC051207"), ln("X-MICROSOFT-CDO-BUSYSTATUS", "TENTATIVE"))),
        "Highland Hearts Foundation", "HR Manager", "", ("Joanne.Reid@hhf.org.uk", "Ian.Pollock@hhf.org.uk"),
        trap="work_address")

    uid = "e9d1a0aa-cancel-kelpie@harri.com"
    add("harri-cancelled", uid, cal(
        "-//Harri//Interview Scheduler 3.2//EN", vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("SEQUENCE", "2"), ln("STATUS", "CANCELLED"),
            ln("DTSTART", "20261209T140000Z"), ln("DTEND", "20261209T150000Z"),
            txt("SUMMARY", "CANCELLED: Interview - General Manager Trainee (People) - Stag & Thistle Inns"),
            org("interviews@harri.com", "Stag & Thistle Inns via Harri"), att(ME_P, "Fiona MacLeod"),
            att("lewis.grant@stagthistleinns.co.uk", "Lewis Grant"),
            txt("DESCRIPTION", "Your interview has been cancelled by the employer. They may be in touch to "
                "arrange a new time.\n\nPowered by Harri")), method="CANCEL"),
        "Stag & Thistle Inns", "General Manager Trainee (People)", "", ("lewis.grant@stagthistleinns.co.uk",),
        trap="cancelled")

    uid = "noord-zoom-7733@zoom.us"
    add("zoom-direct-remote", uid, cal(
        "-//zoom.us//iCalendar Event//EN", vevent(
            ln("UID", uid), ln("DTSTAMP", STAMP), ln("DTSTART", "20261203T100000Z"),
            ln("DTEND", "20261203T110000Z"),
            txt("SUMMARY", "Noord Bikes | HR Business Partner | 2nd interview"),
            org("marieke.devries@noordbikes.nl", "Marieke de Vries"),
            att(ME_P, "Fiona MacLeod"), att("joost.bakker@noordbikes.nl", "Joost Bakker"),
            txt("DESCRIPTION", "Marieke de Vries is inviting you to a scheduled Zoom meeting.\n\nTopic: Noord "
                "Bikes | HR Business Partner | 2nd interview\nWith Joost Bakker (Retail Director, 40 stores).\n\n"
                + zoom("915 4420 8810", "NbK2rT9xYq", "noordbikes")),
            ln("LOCATION", "https://noordbikes.zoom.us/j/91544208810"))),
        "Noord Bikes", "HR Business Partner", "", ("joost.bakker@noordbikes.nl",))

    return out
