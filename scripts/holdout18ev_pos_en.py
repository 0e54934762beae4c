"""holdout18: Ravi Menon's own interviews, in English (ATS, schedulers, direct, founders, agencies)."""

from __future__ import annotations

from holdout18ev_ics import ME, WORK, Att, Case, Ev, meet, teams, webex, zoom

R = Att(ME, "Ravi Menon")


def cases() -> list[Case]:
    """Given nothing returns the English interview cases, each written on its own."""
    out: list[Case] = []
    out.append(Case("gh-screen", "en", "greenhouse", [Ev(
        "gh-7731094-ravi@greenhouse.io", "Ravi Menon <> Voltaris Robotics - Recruiter Screen", "20261201T100000",
        "20261201T103000", organizer=("Greenhouse Scheduler", "no-reply@greenhouse.io"),
        attendees=[Att("hannah.pryce@voltaris-robotics.com", "Hannah Pryce"), R],
        location="Phone call - Hannah will call +49 151 2290 4418",
        desc="Hi Ravi,\n\nThis is your recruiter screen for Hardware Product Manager (Cambridge, UK or remote) at "
             "Voltaris Robotics.\n\nInterviewer: Hannah Pryce, Talent Partner\n\nPlease reply to this email if you "
             "need to reschedule.\n\nPowered by Greenhouse", zone="Europe/London")],
        True, "Voltaris Robotics", "Hardware Product Manager", "recruiter_screen",
            ["hannah.pryce@voltaris-robotics.com"],
        "ats_greenhouse"))
    out.append(Case("ashby-tech", "en", "ashby", [Ev(
        "ashby-e1f0c3d2-94aa@ashbyhq.com", "Technical Interview: Product Deep Dive (Ravi Menon)", "20261203T140000",
        "20261203T150000", form="utc", organizer=("Ashby", "scheduling@ashbyhq.com"),
        attendees=[R, Att("t.okafor@nodewell.io", "Tunde Okafor"), Att("ines@nodewell.io", "Inés Vidal")],
        desc="Candidate: Ravi Menon\nPosition: Technical Product Owner, Connected Devices\nCompany: Nodewell\n\n"
             "Interviewers:\n- Tunde Okafor (Head of Firmware)\n- Inés Vidal (Product Lead)\n\n"
             "You'll walk us through a "
             "hardware product you shipped, from requirements to SOP.\n\n" + zoom("84420917731"))],
        True, "Nodewell", "Technical Product Owner, Connected Devices", "technical",
        ["t.okafor@nodewell.io", "ines@nodewell.io"], "ats_ashby"))
    out.append(Case("lever-hm", "en", "lever", [Ev(
        "lever-int-5c9e1b20@hire.lever.co", "Interview with Brightfield Medical - Hiring Manager", "20261207T093000",
        "20261207T101500", zone="Europe/London", organizer=("Megan Lowe via Lever", "megan.lowe@brightfield-med.co.uk"),
        attendees=[R, Att("d.ashworth@brightfield-med.co.uk", "Daniel Ashworth"),
                   Att("megan.lowe@brightfield-med.co.uk", "Megan Lowe", role="OPT-PARTICIPANT")],
        location="Microsoft Teams",
        desc="Ravi - thanks for making time. You will meet Daniel Ashworth, VP Product, who is the hiring manager "
             "for the Senior Product Manager - Surgical Devices role. Megan (recruiting coordination) is on the "
             "invite for logistics only and will not join.\n\n" + teams("38812290415"))],
        True, "Brightfield Medical", "Senior Product Manager - Surgical Devices", "hiring_manager",
        ["d.ashworth@brightfield-med.co.uk"], "coordinator_optional"))
    out.append(Case("goodtime-onsite", "en", "goodtime", [Ev(
        "gt-2026-88213-onsite@goodtime.io", "Onsite Interview Loop - Ravi Menon - Fenwick Automation",
        "20261209T090000", "20261209T133000", zone="W. Europe Standard Time",
        organizer=("Fenwick Automation Recruiting", "interviews@fenwick-automation.de"),
        attendees=[R, Att("k.brandt@fenwick-automation.de", "Katrin Brandt"),
                   Att("s.halvorsen@fenwick-automation.de", "Sven Halvorsen"),
                   Att("p.iyer@fenwick-automation.de", "Pooja Iyer"),
                   Att("raum-neckar@fenwick-automation.de", "Raum Neckar (OG2, 10)", cutype="ROOM",
                       role="NON-PARTICIPANT")],
        location="Fenwick Automation GmbH, Heilbronner Str. 190, 70191 Stuttgart - Raum Neckar",
        desc="Schedule for Ravi Menon - Product Owner, Motion Control Platform\n\n09:00 Welcome & site tour - "
             "Katrin Brandt\n09:45 Technical: drives and PLC integration - Sven Halvorsen\n11:00 Product case - "
             "Pooja Iyer\n12:15 Lunch with the team\n\nPlease bring ID for the front desk.\n\n"
             "Scheduled with GoodTime")],
        True, "Fenwick Automation", "Product Owner, Motion Control Platform", "onsite",
        ["k.brandt@fenwick-automation.de", "s.halvorsen@fenwick-automation.de", "p.iyer@fenwick-automation.de"],
        "room_attendee"))
    out.append(Case("modernloop-final", "en", "modernloop", [Ev(
        "ml-9f33a1-final-loop@modernloop.io", "Final Round: Ravi Menon / Tessaro (Hardware PM)", "20261214T150000",
        "20261214T163000", form="utc", organizer=("Tessaro Talent", "talent@tessaro.io"),
        attendees=[R, Att("naomi@tessaro.io", "Naomi Feld"), Att("raj.k@tessaro.io", "Raj Kulkarni"),
                   Att("talent@tessaro.io", "Tessaro Talent", role="NON-PARTICIPANT")],
        desc="Final round for the Hardware Product Manager position.\nPanel: Naomi Feld (CEO), Raj Kulkarni (CTO)\n\n"
             "Scheduled via ModernLoop. Need to change the time? Use the reschedule link in your email.\n\n"
             + meet("tqz-hbnd-wre"))],
        True, "Tessaro", "Hardware Product Manager", "final", ["naomi@tessaro.io", "raj.k@tessaro.io"],
            "ats_modernloop"))
    out.append(Case("calcom-founder", "en", "calcom", [Ev(
        "calcom-3J8f2kQwz1@cal.com", "30 min: Ravi Menon and Oskar Lind", "20261202T160000", "20261202T163000",
        form="utc", organizer=("Oskar Lind", "oskar.lind.pedals@gmail.com"),
        attendees=[R],
        desc="What: 30 min intro\nInvitee Time Zone: Europe/Berlin\nAdditional notes: Hi Ravi, I'm the founder of "
             "Lindvelo - we build mid-drive e-bike motors in Munich. Would love to interview you for the Hardware "
             "Product Lead role we discussed on LinkedIn.\n\nWhere: https://cal.com/video/3J8f2kQwz1\n\n"
             "Need to make a change? Cancel or reschedule: https://cal.com/booking/3J8f2kQwz1")],
        True, "Lindvelo", "Hardware Product Lead", "", ["oskar.lind.pedals@gmail.com"],
            "founder_freemail"))
    out.append(Case("terse-apple", "en", "ios", [Ev(
        "5B1E2C0A-77D1-4F62-9C3E-0D8A1B7E6F21", "Quellwerk 2nd rd - Ben + Aylin", "20261210T110000",
        "20261210T120000", form="floating", attendees=[], desc="")],
        True, "Quellwerk", "", "", ["Ben", "Aylin"], "terse_handtyped", method=""))
    out.append(Case("workday-panel", "en", "workday", [Ev(
        "WD-INT-000417729-RM@myworkdayjobs.com", "Interview - Ravi Menon - R-10482 Product Manager, Drive Systems",
        "20261208T130000", "20261208T143000", zone="Europe/Berlin",
        organizer=("Hollbeck Industrial Recruiting", "recruiting-noreply@hollbeck.com"),
        attendees=[R, Att("martina.roos@hollbeck.com", "Martina Roos"), Att("j.feuer@hollbeck.com", "Jens Feuer")],
        location="Webex",
        desc="Candidate: Ravi Menon\nJob Requisition: R-10482 Product Manager, Drive Systems (Munich)\nInterview "
             "Type: Panel Interview\nInterviewers: Martina Roos; Jens Feuer\n\n" + webex("27814409661"))],
        True, "Hollbeck Industrial", "Product Manager, Drive Systems", "",
        ["martina.roos@hollbeck.com", "j.feuer@hollbeck.com"], "ats_workday"))
    out.append(Case("agency-client", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E0080000000010A2C9F1E05BDB01000000000000000010000000B3",
        "Interview: Ravi Menon for Arkwright Diagnostics (via Meridian Talent)", "20261204T103000",
        "20261204T113000", zone="GMT Standard Time", form="bare",
        organizer=("Fiona Gallagher", "fiona.gallagher@meridiantalent.co.uk"),
        attendees=[R, Att("fiona.gallagher@meridiantalent.co.uk", "Fiona Gallagher", role="OPT-PARTICIPANT"),
                   Att("c.whitlock@arkwrightdx.com", "Clare Whitlock")],
        desc="Hi Ravi,\n\nAs discussed, Clare Whitlock (Director of Product) at our client Arkwright Diagnostics "
             "would like to meet you for the Product Owner - Point-of-Care Devices role in Cambridge. I've added "
             "myself as optional so I can follow up afterwards; I won't be on the call.\n\nBest of luck!\nFiona\n\n"
             + teams("40019288731"))],
        True, "Arkwright Diagnostics", "Product Owner - Point-of-Care Devices", "hiring_manager",
        ["c.whitlock@arkwrightdx.com"], "agency_names_employer"))
    out.append(Case("google-direct-tech", "en", "google", [Ev(
        "6p1kq3m0c9hj8b2r5t7v4d0e8s@google.com", "Ravi / Strata Sense - technical conversation", "20261211T150000",
        "20261211T160000", zone="Europe/Paris", organizer=("Élodie Marchand", "elodie@stratasense.io"),
        attendees=[Att("elodie@stratasense.io", "Élodie Marchand", partstat="ACCEPTED"),
                   Att(ME, "ravi.menon@posteo.de"), Att("guillaume@stratasense.io", "Guillaume Roux")],
        desc="Hi Ravi, as promised the technical round for the hardware PM opening - Guillaume (our lead "
             "electronics engineer) and I will go through sensor enclosures, IP ratings and how you'd run a "
             "DVT build.\n\n" + meet("xkf-pmzq-aoy"),
                 extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/xkf-pmzq-aoy"])],
        True, "Strata Sense", "Hardware PM", "technical", ["elodie@stratasense.io", "guillaume@stratasense.io"],
        "direct_google", xwr="Europe/Paris"))
    out.append(Case("cancelled-screen", "en", "greenhouse", [Ev(
        "gh-7740212-cancel@greenhouse.io", "CANCELLED: Recruiter Screen - Ravi Menon (Helix Motion)",
        "20261205T113000", "20261205T120000", form="utc", status="CANCELLED", sequence=2,
        organizer=("Greenhouse Scheduler", "no-reply@greenhouse.io"),
        attendees=[R, Att("olivia.grant@helixmotion.com", "Olivia Grant")],
        desc="This interview has been cancelled. Olivia Grant will be in touch with a new time for your call "
             "about Product Manager, Industrial IoT.")],
        True, "Helix Motion", "Product Manager, Industrial IoT", "recruiter_screen", ["olivia.grant@helixmotion.com"],
        "cancelled", method="CANCEL"))
    out.append(Case("zoom-cofounder", "en", "zoom", [Ev(
        "zoom-88104772213-ravi@zoom.us", "Pellamy Health x Ravi - co-founder conversation (PM role)",
        "20261215T170000", "20261215T175000", form="utc", organizer=("Ada Nwosu", "ada.nwosu@protonmail.com"),
        attendees=[R, Att("ada.nwosu@protonmail.com", "Ada Nwosu")],
        desc="Ada Nwosu is inviting you to a scheduled Zoom meeting.\n\nAgenda: second conversation about the "
             "first product hire at Pellamy Health (wearable infusion pump, pre-seed). I'd like to dig into your "
             "design-transfer experience.\n\n" + zoom("88104772213"))],
        True, "Pellamy Health", "PM", "hiring_manager", ["ada.nwosu@protonmail.com"], "founder_freemail"))
    out.append(Case("ashby-recurring-trial", "en", "ashby", [
        Ev("ashby-worktrial-7d21@ashbyhq.com", "Paid work trial - Ravi Menon (Tidewell Energy)", "20261216T090000",
           "20261216T170000", zone="Europe/London", rrule="FREQ=DAILY;COUNT=2",
           organizer=("Tidewell Energy Hiring", "hiring@tidewell.energy"),
           attendees=[R, Att("m.osei@tidewell.energy", "Marcus Osei")],
           location="Tidewell Energy, 14 Station Road, Cambridge CB1 2JW",
           desc="Two paid trial days for the Hardware Product Manager role. You'll pair with Marcus Osei (Head of "
                "Product) on our battery-monitoring gateway roadmap. Lunch provided."),
        Ev("ashby-worktrial-7d21@ashbyhq.com", "Paid work trial - Ravi Menon (Tidewell Energy) - remote day",
           "20261217T100000", "20261217T170000", zone="Europe/London", recurrence_id="20261217T090000", sequence=1,
           organizer=("Tidewell Energy Hiring", "hiring@tidewell.energy"),
           attendees=[R, Att("m.osei@tidewell.energy", "Marcus Osei")],
           desc="Day two moved to remote and starts at 10:00.\n\n" + meet("wvc-ouyz-kta"))],
        True, "Tidewell Energy", "Hardware Product Manager", "onsite", ["m.osei@tidewell.energy"],
            "recurring_override"))
    out.append(Case("work-address-screen", "en", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000D0E4F2A7C65BDB010000000000000000100000004F",
        "Introductory call - Product Owner Automation | Ravi Menon", "20261202T123000", "20261202T130000",
        zone="Romance Standard Time", form="bare", organizer=("Chloé Bernard", "chloe.bernard@arvenne-systems.fr"),
        attendees=[Att(WORK, "Menon, Ravi"), Att("chloe.bernard@arvenne-systems.fr", "Bernard, Chloé")],
        desc="Hello Ravi,\n\nThank you for applying to Arvenne Systems. Here is the invitation for our first call "
             "(30 minutes, in English) about the Product Owner Automation position in Toulouse.\n\nKind regards,\n"
             "Chloé Bernard\nTalent Acquisition\n\n" + teams("52018833410"))],
        True, "Arvenne Systems", "Product Owner Automation", "recruiter_screen", ["chloe.bernard@arvenne-systems.fr"],
        "sent_to_work_address"))
    out.append(Case("calendly-hm", "en", "calendly", [Ev(
        "calendly-ev-NQ83HSKD1@calendly.com", "Ravi Menon and Priya Shah", "20261209T160000", "20261209T164500",
        form="utc", organizer=("Priya Shah", "priya.shah@orbitlane.com"),
        attendees=[R, Att("priya.shah@orbitlane.com", "Priya Shah")],
        desc="Event Name: Hiring manager interview - Technical Product Owner (Orbitlane)\n\nLocation: This is a "
             "Google Meet web conference.\nhttps://meet.google.com/gfe-kwqa-nzd\n\nNeed to make changes to this "
             "event?\nCancel: https://calendly.com/cancellations/NQ83HSKD1\nReschedule: "
             "https://calendly.com/reschedulings/NQ83HSKD1\n\nPowered by Calendly.com")],
        True, "Orbitlane", "Technical Product Owner", "hiring_manager", ["priya.shah@orbitlane.com"],
            "calendly_title_names"))
    out.append(Case("title-only-chat", "en", "google", [Ev(
        "1r8cve3kq2o0mmap7u9tj4h5n6@google.com", "Chat w/ Leonie (Kinetra) re PO role", "20261203T173000",
        "20261203T180000", zone="Europe/Berlin", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED"), Att("leonie.haas@kinetra.de", "Leonie Haas")],
        desc="first interview - she said 30 min, mostly my CV + why hardware PM")],
        True, "Kinetra", "PO", "", ["leonie.haas@kinetra.de"], "user_organised_own_interview"))
    out.append(Case("lever-final-exec", "en", "lever", [Ev(
        "lever-int-aa83d912@hire.lever.co", "Final interview - Ravi Menon - Sable & Finch Bikes", "20261218T140000",
        "20261218T150000", zone="Europe/Amsterdam", organizer=("Sable & Finch Bikes", "no-reply@hire.lever.co"),
        attendees=[R, Att("maarten@sablefinch.bike", "Maarten de Vries")],
        location="Sable & Finch HQ, Keizersgracht 410, Amsterdam (or remote if you prefer)",
        desc="Position: Product Manager, E-bike Drivetrain (remote-friendly)\nStage: Final interview with our CEO, "
             "Maarten de Vries\n\nThis invitation was sent via Lever on behalf of Sable & Finch Bikes.")],
        True, "Sable & Finch Bikes", "Product Manager, E-bike Drivetrain", "final", ["maarten@sablefinch.bike"],
        "ampersand_company"))
    out.append(Case("allday-assessment", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E0080000000070A1B3E0F95BDB0100000000000000001000000022",
        "Assessment day - Corvane Medical (Product Owner)", "20261221", "20261222", form="allday",
        organizer=("Recruitment Corvane", "recruitment@corvane-medical.com"),
        attendees=[R, Att("h.kowalczyk@corvane-medical.com", "Hana Kowalczyk"),
                   Att("g.bell@corvane-medical.com", "George Bell")],
        location="Corvane Medical, Science Park, Milton Road, Cambridge",
        desc="Dear Ravi,\n\nWe are delighted to invite you to our assessment day for the Product Owner (Class II "
             "devices) role. The day includes a case presentation to Hana Kowalczyk and George Bell, a design "
             "review exercise and a meeting with the quality team. Arrival from 08:30.\n\nRecruitment Team")],
        True, "Corvane Medical", "Product Owner (Class II devices)", "onsite",
        ["h.kowalczyk@corvane-medical.com", "g.bell@corvane-medical.com"], "all_day"))
    out.append(Case("meet-second-round", "en", "google", [Ev(
        "3g0sl7pk4xqv5c1m9e2h8bnd7f@google.com", "Second interview - Lumenbay | Ravi Menon", "20261210T150000",
        "20261210T160000", zone="Europe/Madrid", organizer=("Jordi Puig", "jordi.puig@lumenbay.com"),
        attendees=[Att("jordi.puig@lumenbay.com", "Jordi Puig", partstat="ACCEPTED"), R,
                   Att("anna.serra@lumenbay.com", "Anna Serra"),
                   Att("c_1886f2a9b3@resource.calendar.google.com", "BCN-3-Sagrada (6) [Zoom]", cutype="RESOURCE",
                       role="NON-PARTICIPANT")],
        desc="Ravi, thanks again for last week. In this round Anna (hardware lead) joins me; we'll talk through the "
             "smart-lighting controller roadmap and how you prioritise EMC fixes vs features. Position: Hardware "
             "Product Owner.\n\n" + meet("hqd-ptkc-rav"))],
        True, "Lumenbay", "Hardware Product Owner", "technical", ["jordi.puig@lumenbay.com", "anna.serra@lumenbay.com"],
        "resource_attendee", xwr="Europe/Madrid"))
    out.append(Case("rescheduled", "en", "goodtime", [Ev(
        "gt-2026-90155-tech@goodtime.io", "[Updated] Technical Interview - Ravi Menon - Quorra Devices",
        "20261211T100000", "20261211T110000", zone="Europe/London", sequence=3,
        organizer=("Quorra Devices Talent", "talent@quorradevices.com"),
        attendees=[R, Att("lisa.chen@quorradevices.com", "Lisa Chen")],
        desc="Your interview has been moved to Friday 11 December at 10:00 GMT.\n\nRole: Product Manager - "
             "Connected Home Hardware\nInterviewer: Lisa Chen, Principal Hardware Engineer\n\nScheduled with GoodTime"
             "\n\n" + zoom("91377105522"))],
        True, "Quorra Devices", "Product Manager - Connected Home Hardware", "technical",
            ["lisa.chen@quorradevices.com"],
        "rescheduled"))
    out.append(Case("webex-screen-hr", "en", "webex", [Ev(
        "webex-2781440981-ravi@webex.com", "Phone screen | Tavira Instruments", "20261201T150000",
        "20261201T153000", form="utc", organizer=("Sophie Adler", "sophie.adler@tavira-instruments.ch"),
        attendees=[R, Att("sophie.adler@tavira-instruments.ch", "Sophie Adler")],
        desc="Sophie Adler invites you to a phone screen for the Technical Product Owner (lab automation) "
             "vacancy.\n\n" + webex("27814409811"))],
        True, "Tavira Instruments", "Technical Product Owner (lab automation)", "recruiter_screen",
        ["sophie.adler@tavira-instruments.ch"], "webex"))
    out.append(Case("thunderbird-floating", "en", "thunderbird", [Ev(
        "b41d7e0a-5c39-4f3a-8d11-6a9e02c7f5b8", "Interview Ferrox Mobility (remote) - product owner", "20261207T140000",
        "20261207T150000", form="floating",
        desc="with Hugo Leclerc (VP Eng) + someone from ops. link in mail from hugo@ferrox-mobility.com. prep: "
             "scooter fleet telematics")],
        True, "Ferrox Mobility", "product owner", "", ["hugo@ferrox-mobility.com"], "floating_handtyped", method="",
        xwr="Europe/Berlin"))
    out.append(Case("ashby-team-chat", "en", "ashby", [Ev(
        "ashby-a4c0-teammeet@ashbyhq.com", "Team conversation - Product - Ravi Menon", "20261216T130000",
        "20261216T134500", form="utc", organizer=("Vireo Labs Recruiting", "recruiting@vireolabs.eu"),
        attendees=[R, Att("m.sauer@vireolabs.eu", "Mira Sauer"), Att("recruiting@vireolabs.eu", "Vireo Labs Recruiting",
                                                                     role="NON-PARTICIPANT")],
        desc="Ravi Menon - Hardware Product Manager\n\nThis is the team conversation stage of your interview "
             "process at Vireo Labs. Mira Sauer (Senior PM) will ask about stakeholder management between "
             "firmware and manufacturing.\n\n" + meet("pzm-dqwa-tiv"))],
        True, "Vireo Labs", "Hardware Product Manager", "", ["m.sauer@vireolabs.eu"], "coordinator_mailbox"))
    return out
