"""holdout31: the user's own interviews, English (blind)."""

from __future__ import annotations

from holdout31ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    STAMP,
    WORK,
    add,
    att,
    cal,
    dt,
    esc,
    meet,
    org,
    pos,
    teams,
    zoom,
)


def build() -> None:
    u = "gh-7731902@greenhouse.io"
    add("screen-greenhouse", "en", u, cal("-//Greenhouse//Interview Scheduler//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261201T100000Z"), dt("DTEND", "20261201T103000Z"),
        "SUMMARY:Olivia Bennett <> Brightpath Learning - Recruiter Screen",
        "DESCRIPTION:" + esc("Hi Olivia,\n\nThis is your 30 minute recruiter screen for the Instructional Designer "
                             "(K-8 Literacy) role with Brightpath Learning. Hannah will call you on the number in "
                             "your application.\n\nInterviewer: Hannah Okafor, Talent Partner\n\nPowered by "
                             "Greenhouse"),
        org("no-reply@greenhouse.io", "Brightpath Learning Recruiting"),
        att(ME, "Olivia Bennett"), att("hannah.okafor@brightpathlearning.com", "Hannah Okafor"),
        "LOCATION:Phone call", "SEQUENCE:0", "STATUS:CONFIRMED"]]),
        pos("Brightpath Learning", "Instructional Designer (K-8 Literacy)", "recruiter_screen",
            ("hannah.okafor@brightpathlearning.com",)))

    u = "040000008200E00074C5B7101A82E0080000000070B3C2A1D47ADB01000000000000000010000000A1"
    add("hm-outlook-bank", "en", u, cal(EXCHANGE, [[
        "ORGANIZER;CN=\"Whitfield, Graham\":mailto:graham.whitfield@nab-group.co.uk",
        att(ME, "olivia.bennett@btinternet.com"),
        att("priya.sandhu@nab-group.co.uk", "Sandhu, Priya", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Hi Olivia\n\nThanks for making time. Priya (Learning Experience Lead) "
                                            "will join me for a conversation about the Learning Designer role in "
                                            "our Colleague Academy.\n\nKind regards\nGraham Whitfield\nHead of "
                                            "Colleague Learning | Northern Albion Bank plc\n\n"
                                            + teams("a81c2e", "en")),
        f"UID:{u}", "SUMMARY;LANGUAGE=en-GB:Learning Designer - conversation with Graham Whitfield",
        dt("DTSTART", "20261203T140000", "GMT Standard Time"), dt("DTEND", "20261203T150000", "GMT Standard Time"),
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{STAMP}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]],
        tzs=("GMT Standard Time",), windows=True),
        pos("Northern Albion Bank", "Learning Designer", "hiring_manager",
            ("graham.whitfield@nab-group.co.uk", "priya.sandhu@nab-group.co.uk")))

    u = "2m4rk9tq1v0e7l3s8p6b@google.com"
    add("task-google-edtech", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261207T153000Z"), dt("DTEND", "20261207T163000Z"), f"DTSTAMP:{STAMP}",
        org("tom@quillstone.io", "Tom Reyes"), f"UID:{u}",
        att("tom@quillstone.io", "Tom Reyes", ps="ACCEPTED", rsvp=True, style="google"),
        att("anika@quillstone.io", "Anika Brandt", ps="ACCEPTED", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "X-MICROSOFT-CDO-OWNERAPPTID:-1942070115", "CREATED:20261119T170201Z",
        "DESCRIPTION:" + esc("Olivia - for this one please walk us through the storyboard you prepared for the "
                             "fractions micro-lesson (15 min), then we'll dig into your choices. Content Designer "
                             "role, stage 2.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~"
                             ":~::-\n" + meet("xkt-fbqw-mzp") + "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-"),
        "LAST-MODIFIED:20261119T170202Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Quillstone | Storyboard walkthrough w/ Olivia", "TRANSP:OPAQUE"]]),
        pos("Quillstone", "Content Designer", "technical", ("tom@quillstone.io", "anika@quillstone.io")))

    u = "lever-iv-5f2a91c0-77de-4b1a-9c1f-0a6e3d2b8e44"
    add("onsite-lever-publisher", "en", u, cal("-//Lever//Lever Interview Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261210T093000", "Europe/London"),
        dt("DTEND", "20261210T123000", "Europe/London"),
        "SUMMARY:Onsite interview: Olivia Bennett for Digital Learning Editor",
        "LOCATION:Harcastle Publishing Group\\, 14 Blackfriars Road\\, London SE1 8NW",
        "DESCRIPTION:" + esc("Your onsite at Harcastle Publishing Group (Schools Division).\n\n"
                             "09:30 Welcome - Maya Lindqvist (Recruiting Coordinator)\n"
                             "09:45 Portfolio deep-dive - Rupert Hale, Publisher\n"
                             "10:30 Editorial task debrief - Sian Morgan, Senior Editor\n"
                             "11:30 Values conversation - Kofi Mensah, Head of Primary\n\n"
                             "Please bring photo ID for reception."),
        org("maya.lindqvist@hpg-books.co.uk", "Maya Lindqvist"),
        att(ME, "Olivia Bennett"), att("rupert.hale@hpg-books.co.uk", "Rupert Hale"),
        att("sian.morgan@hpg-books.co.uk", "Sian Morgan"), att("kofi.mensah@hpg-books.co.uk", "Kofi Mensah"),
        att("maya.lindqvist@hpg-books.co.uk", "Maya Lindqvist", role="NON-PARTICIPANT", ps="ACCEPTED"),
        att("room-blackfriars-4@hpg-books.co.uk", "BF-4.02 Tolkien (8)", cutype="ROOM", role="NON-PARTICIPANT")]],
        tzs=("Europe/London",)),
        pos("Harcastle Publishing Group", "Digital Learning Editor", "onsite",
            ("rupert.hale@hpg-books.co.uk", "sian.morgan@hpg-books.co.uk", "kofi.mensah@hpg-books.co.uk")))

    u = "B7F1E2C4-9A3D-4C11-8E5B-31F0A7D6C2E9"
    add("terse-apple", "en", u, cal(APPLE, [[
        "CREATED:20261118T201144Z", f"UID:{u}", dt("DTEND", "20261204T113000", "Europe/London"),
        "TRANSP:OPAQUE", "SUMMARY:Tandem Skills interview (L&D Content Officer) - Leeds office",
        dt("DTSTART", "20261204T103000", "Europe/London"), f"DTSTAMP:{STAMP}", "SEQUENCE:0",
        "LOCATION:Tandem Skills\\nWellington Place\\nLeeds LS1 4AP",
        "DESCRIPTION:train 08:15 from Piccadilly. ask about apprenticeship content team. 1st round w/ Dev + Lou"]],
        method="", tzs=("Europe/London",)),
        pos("Tandem Skills", "L&D Content Officer", "", ()))

    u = "calendly-0c7e5d1f-3b9a-4e62-a8d1-55f2c9e0b1aa"
    add("screen-calendly-charity", "en", u, cal("-//Calendly//Calendly//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261202T113000Z"), dt("DTEND", "20261202T120000Z"),
        "SUMMARY:Initial call: Olivia Bennett and Ruth Adeyemi",
        "DESCRIPTION:" + esc("Event Name: Initial call - Education Programmes Officer\n\nLocation: This is a Zoom "
                             "web conference.\n" + zoom("84512390077", "bW5kQ0xhUkd1") + "\n\nNeed to make changes "
                             "to this event?\nCancel: https://calendly.com/cancellations/0c7e5d1f\nReschedule: "
                             "https://calendly.com/reschedulings/0c7e5d1f\n\nPowered by Calendly.com"),
        org("ruth.adeyemi@readingfoundation.org.uk", "Ruth Adeyemi"),
        att("ruth.adeyemi@readingfoundation.org.uk", "Ruth Adeyemi", ps="ACCEPTED"), att(ME, "Olivia Bennett"),
        "LOCATION:https://us02web.zoom.us/j/84512390077"]], method="PUBLISH"),
        pos("The Reading Foundation", "Education Programmes Officer", "recruiter_screen",
            ("ruth.adeyemi@readingfoundation.org.uk",)))

    u = "workday-INT-00418822@sableridge.myworkday.com"
    add("final-workday-bank", "en", u, cal("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261215T090000Z"), dt("DTEND", "20261215T110000Z"),
        "SUMMARY:Interview: Senior Learning Experience Designer (R-118203) - Final Interview",
        "DESCRIPTION:" + esc("Dear Olivia,\n\nYou are invited to the final interview for Senior Learning "
                             "Experience Designer (R-118203) at Sable Ridge Bank.\n\nPanel:\nAlistair Crane - "
                             "Director, Group Learning\nFiona Mbeki - HR Business Partner\n\nThe session includes a "
                             "20-minute presentation. Format: Microsoft Teams.\n\nThis is an automated message from "
                             "Workday. Please do not reply."),
        org("sableridge@myworkday.com", "Sable Ridge Talent Acquisition"), att(ME, "Olivia Bennett"),
        att("alistair.crane@sableridge.com", "Alistair Crane"), att("fiona.mbeki@sableridge.com", "Fiona Mbeki"),
        "LOCATION:Microsoft Teams"]]),
        pos("Sable Ridge Bank", "Senior Learning Experience Designer", "final",
            ("alistair.crane@sableridge.com", "fiona.mbeki@sableridge.com")))

    u = "ashby-ivs-19a8c6b2e2d4"
    add("tech-ashby-remote", "en", u, cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261208T160000Z"), dt("DTEND", "20261208T170000Z"),
        "SUMMARY:Mindlamp: Learning Design Exercise (Olivia Bennett)",
        "DESCRIPTION:" + esc("Hi Olivia! This is the design exercise for the Learning Designer, Teacher PD role. "
                             "You'll work live with Jordan on a short module outline - no prep needed.\n\n"
                             "Scheduled with Ashby - Mindlamp Academy Inc.\nJoin: https://meet.google.com/pvo-"
                             "qrda-hxz"),
        org("scheduling@mindlamp.ashbyhq.com", "Mindlamp Recruiting"), att(ME, "Olivia Bennett"),
        att("jordan.kim@mindlamp.academy", "Jordan Kim")]]),
        pos("Mindlamp Academy", "Learning Designer, Teacher PD", "technical", ("jordan.kim@mindlamp.academy",)))

    u = "k3j2l1p0o9i8u7y6t5r4e3w2q1@google.com"
    add("founder-gmail", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261205T100000Z"), dt("DTEND", "20261205T104500Z"), f"DTSTAMP:{STAMP}",
        org("sam.holloway.edu@gmail.com", "Sam Holloway"), f"UID:{u}",
        att("sam.holloway.edu@gmail.com", "Sam Holloway", ps="ACCEPTED", style="google"),
        att(ME, "olivia.bennett@btinternet.com", style="google"),
        "DESCRIPTION:" + esc("Hi Olivia, great to connect. I'm the co-founder of Phonics Pals (tiny team, 6 of "
                             "us). Keen to talk about the curriculum designer role we posted - bring questions!\n\n"
                             + meet("owq-kxbn-fej")),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Phonics Pals x Olivia - curriculum designer chat",
        "TRANSP:OPAQUE"]]),
        pos("Phonics Pals", "Curriculum Designer", "", ("sam.holloway.edu@gmail.com",)))

    u = "agency-4471-hays-style"
    add("agency-names-employer", "en", u, cal(OUTLOOK, [[
        org("beth.kerr@talentbridge-recruitment.co.uk", "Beth Kerr"), att(ME, "Olivia Bennett"),
        att("m.osei@cvconsult.com", "Marcus Osei"),
        "DESCRIPTION:" + esc("Hi Olivia,\n\nAs discussed, Claremont & Vale Consulting would like to meet you for "
                             "the Learning Consultant (Education Practice) position. Marcus Osei, Principal, will "
                             "interview you at their Spinningfields office.\n\nBest of luck - call me after!\nBeth"
                             "\nTalentBridge Recruitment"),
        "SUMMARY:Interview - Claremont & Vale - Learning Consultant",
        dt("DTSTART", "20261209T110000", "GMT Standard Time"), dt("DTEND", "20261209T120000", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "LOCATION:3 Hardman Square\\, Spinningfields\\, Manchester M3 3EB",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]], tzs=("GMT Standard Time",), windows=True),
        pos("Claremont & Vale", "Learning Consultant (Education Practice)", "", ("m.osei@cvconsult.com",)))

    u = "teamtailor-interview-88120"
    add("screen-teamtailor", "en", u, cal("-//Teamtailor//Teamtailor//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261211T081500Z"), dt("DTEND", "20261211T084500Z"),
        "SUMMARY:Video interview with Learnloop - Olivia Bennett",
        "DESCRIPTION:" + esc("Job: Instructional Designer (Remote, IE/UK)\nInterviewers: Ciara Byrne\n\nJoin the "
                             "video meeting: https://learnloop.teamtailor.com/video/88120\n\nSent via Teamtailor"),
        org("notifications@teamtailor.com", "Learnloop"), att(ME, "Olivia Bennett"),
        att("ciara.byrne@learnloop.ie", "Ciara Byrne")]]),
        pos("Learnloop", "Instructional Designer", "", ("ciara.byrne@learnloop.ie",)))

    u = "bookings-3b1a7c60@owlbury.com"
    add("bookings-publisher", "en", u, cal(EXCHANGE, [[
        org("RecruitmentBookings@owlbury.com", "Owlbury Education Recruitment"),
        att(ME, "Olivia Bennett"), att("lena.fairbairn@owlbury.com", "Lena Fairbairn"),
        "DESCRIPTION:" + esc("Your booking is confirmed.\n\nService: Telephone screening - Assessment Content "
                             "Writer (Primary Maths)\nStaff: Lena Fairbairn\n\nOwlbury Education Ltd\n"
                             "Manage booking: https://outlook.office365.com/owa/calendar/Owlbury@owlbury.com/"
                             "bookings/"),
        "SUMMARY:Telephone screening - Assessment Content Writer (Primary Maths)",
        dt("DTSTART", "20261214T130000", "GMT Standard Time"), dt("DTEND", "20261214T132000", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "LOCATION:Telephone"]], tzs=("GMT Standard Time",), windows=True),
        pos("Owlbury Education", "Assessment Content Writer (Primary Maths)", "recruiter_screen",
            ("lena.fairbairn@owlbury.com",)))

    u = "a9d0c1e2-allday-assess@edu-cortex.com"
    add("allday-assessment", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261216"), dt("DTEND", "20261217"), f"DTSTAMP:{STAMP}",
        org("careers@edu-cortex.com", "Cortex Learning Careers"), f"UID:{u}",
        att(ME, "Olivia Bennett", style="google"),
        "DESCRIPTION:" + esc("Assessment day for the Graduate Learning Technologist (Education) role at Cortex "
                             "Learning, Leeds. Arrive by 9:00. The day includes a group task, a short interview "
                             "with the hiring panel and a tool demo. Lunch provided."),
        "SUMMARY:Cortex Learning - assessment day", "TRANSP:TRANSPARENT", "STATUS:CONFIRMED"]]),
        pos("Cortex Learning", "Graduate Learning Technologist (Education)", "onsite", ()))

    u = "floating-hm-9912@icloud.com"
    add("floating-hm-handtyped", "en", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261217T160000"), dt("DTEND", "20261217T164500"),
        "SUMMARY:Call w/ Nadia (hiring mgr) - Kinetic Learning, learning designer job",
        "DESCRIPTION:she'll ring me. 2nd stage after the screen with their recruiter"]], method=""),
        pos("Kinetic Learning", "Learning Designer", "hiring_manager", ()))

    u = "4vst8m1cq0r0gqmn3q1rk8d2pe@google.com"
    add("cancelled-google", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261202T143000Z"), dt("DTEND", "20261202T151500Z"), f"DTSTAMP:{STAMP}",
        org("isla.grant@openpagetrust.org", "Isla Grant"), f"UID:{u}",
        att("isla.grant@openpagetrust.org", "Isla Grant", ps="ACCEPTED", style="google"),
        att(ME, "Olivia Bennett", ps="DECLINED", style="google"),
        "SUMMARY:Canceled: Open Page Trust - Literacy Resources Developer interview",
        "DESCRIPTION:" + esc("This event has been canceled.\n\nSorry Olivia - we'll send new times shortly."),
        "SEQUENCE:2", "STATUS:CANCELLED", "TRANSP:OPAQUE"]], method="CANCEL"),
        pos("Open Page Trust", "Literacy Resources Developer", "", ("isla.grant@openpagetrust.org",),
            trap="cancelled"))

    u = "040000008200E00074C5B7101A82E00800000000F0D64E27AC7DDB010000000000000000100000004B"
    add("panel-work-address", "en", u, cal(OUTLOOK, [[
        org("k.ashworth@gbconsulting.co.uk", "Karen Ashworth"),
        att(WORK, "Olivia Bennett"), att("l.turner@gbconsulting.co.uk", "Leon Turner"),
        att("d.shah@gbconsulting.co.uk", "Deepa Shah"),
        att("MR-Manchester-Boardroom@gbconsulting.co.uk", "Boardroom (Manchester)", cutype="RESOURCE",
            role="NON-PARTICIPANT"),
        "DESCRIPTION:" + esc("Dear Olivia,\n\nThank you for your application for the Education & Skills Analyst "
                             "role at Granite & Birch Consulting LLP. Please find below the invitation to your "
                             "panel interview with Leon Turner and Deepa Shah. I will meet you in reception but "
                             "won't join the panel.\n\nKaren Ashworth\nResourcing Coordinator"),
        "SUMMARY:Panel interview - Education & Skills Analyst - Olivia Bennett",
        dt("DTSTART", "20261218T100000", "GMT Standard Time"), dt("DTEND", "20261218T111500", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}", "LOCATION:Granite & Birch\\, 1 St Peter's Square\\, Manchester",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]], tzs=("GMT Standard Time",), windows=True),
        pos("Granite & Birch Consulting", "Education & Skills Analyst", "onsite",
            ("l.turner@gbconsulting.co.uk", "d.shah@gbconsulting.co.uk"), trap="work_address"))

    u = "rec-trial-chalkline-01@chalkline.app"
    rec_head = [f"UID:{u}", org("people@chalkline.app", "Chalkline People Team"), att(ME, "Olivia Bennett"),
                att("ben.otway@chalkline.app", "Ben Otway")]
    add("recurring-trial-override", "en", u, cal(GOOGLE, [
        [*rec_head, f"DTSTAMP:{STAMP}", dt("DTSTART", "20270111T093000", "Europe/London"),
                    dt("DTEND", "20270111T123000", "Europe/London"), "RRULE:FREQ=DAILY;COUNT=2",
                    "SUMMARY:Chalkline paid trial - Curriculum Content Designer",
                    "DESCRIPTION:" + esc("Two mornings working with Ben (Head of Content) on a real unit for "
                                         "Chalkline (the KS2 science app by Brightwell Digital Ltd). Final stage.")],
        [*rec_head, f"DTSTAMP:{STAMP}", "RECURRENCE-ID;TZID=Europe/London:20270112T093000",
                    dt("DTSTART", "20270113T093000", "Europe/London"),
                    dt("DTEND", "20270113T123000", "Europe/London"),
                    "SUMMARY:Chalkline paid trial - Curriculum Content Designer (day 2 moved to Wed)",
                    "SEQUENCE:1"]], tzs=("Europe/London",)),
        pos("Chalkline", "Curriculum Content Designer", "final", ("ben.otway@chalkline.app",)))
