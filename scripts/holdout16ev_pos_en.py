"""holdout16: Daniel Adeyemi's own interviews written in English (one hand-made event each)."""

from __future__ import annotations

from holdout16ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    A,
    Ev,
    Item,
    calendar,
    item,
    meet,
    teams,
    webex,
    zoom,
)

ME = A(ME_PRIVATE, "Daniel Adeyemi")


def events() -> list[Item]:
    """Given nothing, returns the English positive events."""
    out: list[Item] = []

    u = "gh-7731920@greenhouse.io"
    out.append(item("ats-greenhouse", "en", calendar(GOOGLE, [Ev(
        u, "Interview: Daniel Adeyemi / IT Service Desk Team Lead - Halvorsen Software", "20261202T140000", 45,
        organizer=("no-reply@greenhouse.io", "Greenhouse"),
        attendees=[ME, A("priya.nand@halvorsen.io", "Priya Nand"), A("c.oduya@halvorsen.io", "Chidi Oduya")],
        description="Hi Daniel,\nThis is your first-round conversation with Priya (Service Desk Manager) and "
        "Chidi (IT Operations). Expect questions on incident triage, SLAs and coaching a small team.\n\n" + zoom(),
        location="Zoom")]), u, True, "Halvorsen Software", "IT Service Desk Team Lead", "",
        ("priya.nand@halvorsen.io", "c.oduya@halvorsen.io")))

    u = "040000008200E00074C5B7101A82E00800000000B0C2A1F4E960DD01000000000000000010000000"
    out.append(item("outlook-hospital-panel", "en", calendar(OUTLOOK, [Ev(
        u, "Interview - IT Support Team Leader (Band 6) - Daniel Adeyemi", "20261203T103000", 60,
        tz="GMT Standard Time", style="win",
        organizer=("Sarah.Whitlock@uhbw-nhs.example.org", "Whitlock, Sarah"),
        attendees=[A(ME_PRIVATE, "dan.adeyemi@outlook.com"),
                   A("Mark.Ellery@uhbw-nhs.example.org", "Ellery, Mark"),
                   A("Funmi.Ade@uhbw-nhs.example.org", "Ade, Funmilayo"),
                   A("QEH-IT-Meeting-Rm2@uhbw-nhs.example.org", "QEH IT Meeting Room 2", cutype="ROOM",
                     role="NON-PARTICIPANT")],
        description="Dear Daniel\n\nThank you for your application to Queen Elizabeth Hospital Birmingham for the "
        "post of IT Support Team Leader. Your panel will be Mark Ellery (Head of Digital Support) and Funmilayo Ade "
        "(Deputy Service Desk Manager). Please bring photo ID.\n\nKind regards\nSarah Whitlock\nRecruitment Officer",
        location="QEH IT Meeting Room 2; Mindelsohn Way, Birmingham B15 2GW")], zones=("GMT Standard Time",)),
        u, True, "Queen Elizabeth Hospital Birmingham", "IT Support Team Leader", "onsite",
        ("mark.ellery@uhbw-nhs.example.org", "funmi.ade@uhbw-nhs.example.org")))

    u = "ashby-int-5f2e90c1-7d3b"
    out.append(item("ats-ashby-coordinator", "en", calendar(GOOGLE, [Ev(
        u, "Daniel Adeyemi <> Tessel — Recruiter Screen", "20261204T160000", 30, style="utc",
        organizer=("maya.osei@tessel.dev", "Maya Osei (Recruiting Coordinator)"),
        attendees=[ME, A("maya.osei@tessel.dev", "Maya Osei (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
                   A("jordan.feld@tessel.dev", "Jordan Feld")],
        description="Scheduled via Ashby.\nInterviewer: Jordan Feld, Talent Partner\nPosition: IT Operations Lead "
        "(Remote, UK/IE)\n\n" + meet())]), u, True, "Tessel", "IT Operations Lead", "recruiter_screen",
        ("jordan.feld@tessel.dev",)))

    u = "hand-typed-0021@outlook.com"
    out.append(item("terse-hand", "en", calendar(OUTLOOK16, [Ev(
        u, "Brightwater MSP 2nd rd - Gareth + ops mgr", "20261207T110000", 60, tz="GMT Standard Time",
        style="win")], method=""), u, True, "Brightwater MSP", "", "", ()))

    u = "calendly-9ac1e7d2-31b8-4f7a"
    out.append(item("scheduler-calendly", "en", calendar("-//Calendly//Calendly Scheduling//EN", [Ev(
        u, "Phone screen: Daniel Adeyemi and Rosalind Kerr", "20261208T093000", 30, style="utc",
        organizer=("rosalind.kerr@corrib-retail.ie", "Rosalind Kerr"),
        attendees=[A(ME_PRIVATE, "Daniel Adeyemi", partstat="ACCEPTED"),
                   A("rosalind.kerr@corrib-retail.ie", "Rosalind Kerr", partstat="ACCEPTED")],
        description="Event Name: Phone screen - Senior IT Support Analyst (Dublin stores)\n\nCorrib Retail Group "
        "Talent team will call you on the number provided.\n\nPhone: +353 87 555 0142\n\nNeed to make changes to "
        "this event?\nCancel: https://calendly.com/cancellations/9ac1e7d2\nReschedule: "
        "https://calendly.com/reschedulings/9ac1e7d2\n\nPowered by Calendly.com",
        location="+353 87 555 0142")]), u, True, "Corrib Retail Group", "Senior IT Support Analyst",
        "recruiter_screen", ("rosalind.kerr@corrib-retail.ie",)))

    u = "wd-INT-000448213@myworkday.com"
    out.append(item("ats-workday", "en", calendar("-//Workday Inc//Workday//EN", [Ev(
        u, "Interview Scheduled: R-118842 IT Operations Supervisor", "20261209T130000", 90, tz="Europe/London",
        organizer=("lindengrove@myworkday.com", "Linden Grove University Careers"),
        attendees=[ME, A("h.brannigan@lindengrove.ac.uk", "Helen Brannigan"),
                   A("t.musa@lindengrove.ac.uk", "Tunde Musa")],
        description="Candidate: Daniel Adeyemi\nJob Requisition: R-118842 IT Operations Supervisor\nInterview "
        "Type: Panel Interview (in person)\nInterviewers: Helen Brannigan; Tunde Musa\nLocation: Aston Webb "
        "Building, Room G14\nThis is an automated message from Workday. Please do not reply.",
        location="Aston Webb Building G14, Linden Grove University")], zones=("Europe/London",)), u, True,
        "Linden Grove University", "IT Operations Supervisor", "onsite",
        ("h.brannigan@lindengrove.ac.uk", "t.musa@lindengrove.ac.uk")))

    u = "37f1b0a0-e1c4-4b9b-a6b5-teams-halcyon"
    out.append(item("direct-teams-technical", "en", calendar(OUTLOOK, [Ev(
        u, "Technical interview – Daniel Adeyemi (Service Desk Lead)", "20261210T150000", 60,
        tz="GMT Standard Time", style="win",
        organizer=("owen.pryce@halcyonhealthit.co.uk", "Owen Pryce"),
        attendees=[A(ME_PRIVATE, ""), A("sunita.rao@halcyonhealthit.co.uk", "Sunita Rao", role="OPT-PARTICIPANT")],
        description="Hi Daniel, following your chat with our recruiter, this is the technical session: a live "
        "walk-through of a ticket queue in our ServiceNow sandbox and some AD/Intune troubleshooting. Sunita may "
        "join for the last 15 minutes.\nOwen\n\n" + teams("en"))]), u, True, "Halcyon Health IT",
        "Service Desk Lead", "technical", ("owen.pryce@halcyonhealthit.co.uk", "sunita.rao@halcyonhealthit.co.uk")))

    u = "A1F0C7E2-5B6D-4A0E-9F22-7C3D8B1E4A91"
    out.append(item("apple-self-note", "en", calendar(APPLE, [Ev(
        u, "Final interview @ Fernhill College (IT support lead)", "20261211T100000", 120, style="float",
        location="Fernhill College\nBristol Road\nBirmingham B29", description="ask for Mrs Okafor at reception. "
        "presentation 10 min on first 90 days")], method=""), u, True, "Fernhill College", "IT support lead",
        "final", ()))

    u = "lever-8d21f0aa-6c42-48e1-b7a0"
    out.append(item("ats-lever", "en", calendar(GOOGLE, [Ev(
        u, "Daniel Adeyemi - Hiring Manager Interview (Stackwise)", "20261214T120000", 45, tz="Europe/Dublin",
        organizer=("interviews@hire.lever.co", "Stackwise via Lever"),
        attendees=[ME, A("aoife.brennan@stackwise.com", "Aoife Brennan")],
        description="Role: IT Support Team Lead - Dublin\nYou'll meet Aoife Brennan, Head of Workplace "
        "Technology, who leads the team you'd be running.\n\n" + meet(code="wxp-hdkr-qaa"))],
        zones=("Europe/Dublin",)), u, True, "Stackwise", "IT Support Team Lead", "hiring_manager",
        ("aoife.brennan@stackwise.com",)))

    u = "founder-gmail-0932@google.com"
    out.append(item("founder-freemail", "en", calendar(GOOGLE, [Ev(
        u, "Dan / Kwame - chat about the IT lead role at Pallet & Co", "20261215T173000", 30, tz="Europe/London",
        organizer=("kwame.asante.dev@gmail.com", "Kwame Asante"),
        attendees=[A("kwame.asante.dev@gmail.com", "Kwame Asante", partstat="ACCEPTED"), ME],
        description="Hey Dan - thanks for applying. I'm one of the two founders at Pallet & Co (warehouse software, "
        "30 people). Keen to hear how you'd run IT for us as our first IT lead. Informal but it is the first "
        "interview.\n\n" + meet(code="mbe-fjoq-ytr"))], zones=("Europe/London",)), u, True, "Pallet & Co",
        "IT lead", "hiring_manager", ("kwame.asante.dev@gmail.com",)))

    u = "agency-hays-like-5512"
    out.append(item("agency-names-employer", "en", calendar(OUTLOOK16, [Ev(
        u, "Interview with Midland Cooperative Stores - Desktop Support Manager (via Harlow Tech Recruitment)",
        "20261216T140000", 60, tz="GMT Standard Time", style="win",
        organizer=("ben.castle@harlowtech-rec.co.uk", "Ben Castle"),
        attendees=[ME, A("r.quinn@midlandcoop.co.uk", "Rachel Quinn")],
        description="Hi Daniel, confirming your interview with Rachel Quinn, IT Operations Manager at Midland "
        "Cooperative Stores, at their Coventry support centre. I won't be on the call; ring me afterwards.\nBen",
        location="Midland Cooperative Stores Support Centre, Coventry")], zones=("GMT Standard Time",)), u, True,
        "Midland Cooperative Stores", "Desktop Support Manager", "", ("r.quinn@midlandcoop.co.uk",)))

    u = "icims-3391-2026-int"
    out.append(item("ats-icims", "en", calendar("-//iCIMS//Interview Scheduler//EN", [Ev(
        u, "Interview Confirmation - IT Service Delivery Lead (Req 3391)", "20261217T110000", 45,
        tz="Europe/London", organizer=("donotreply@icims.com", "Northgate Health Partners"),
        attendees=[ME, A("l.fairbairn@northgatehealth.co.uk", "Lorna Fairbairn"),
                   A("recruiting.coord@northgatehealth.co.uk", "Scheduling Coordinator", role="NON-PARTICIPANT")],
        description="Thank you for your interest in Northgate Health Partners. Your video interview with Lorna "
        "Fairbairn, Director of IT Services, is confirmed.\n\n" + teams("en", "412 009 734 551", "Hn2Wq"))],
        zones=("Europe/London",)), u, True, "Northgate Health Partners", "IT Service Delivery Lead", "",
        ("l.fairbairn@northgatehealth.co.uk",)))

    u = "onsite-loop-ferrum-01"
    out.append(item("onsite-loop-rooms", "en", calendar(GOOGLE, [Ev(
        u, "Onsite: Daniel Adeyemi - IT Operations Manager loop", "20270106T093000", 240, tz="Europe/Dublin",
        organizer=("talent@ferrumpay.ie", "FerrumPay Talent"),
        attendees=[ME, A("niamh.kavanagh@ferrumpay.ie", "Niamh Kavanagh"), A("ravi.mehta@ferrumpay.ie", "Ravi Mehta"),
                   A("sean.doyle@ferrumpay.ie", "Seán Doyle"),
                   A("ferrumpay.ie_188c7@resource.calendar.google.com", "DUB-3-Liffey (8)", cutype="RESOURCE",
                     role="NON-PARTICIPANT")],
        description="09:30 Niamh Kavanagh - team leadership\n10:30 Ravi Mehta - ITIL incident/problem\n11:30 Seán "
        "Doyle - budget & vendors\n12:30 lunch with the team\nReception: Grand Canal Dock, ask for Talent.",
        location="DUB-3-Liffey (8)")], zones=("Europe/Dublin",)), u, True, "FerrumPay", "IT Operations Manager",
        "onsite", ("niamh.kavanagh@ferrumpay.ie", "ravi.mehta@ferrumpay.ie", "sean.doyle@ferrumpay.ie")))

    u = "bookings-cb71e2@ms-bookings"
    out.append(item("scheduler-bookings", "en", calendar(OUTLOOK, [Ev(
        u, "Initial call - Service Desk Team Lead (Ashcombe Digital)", "20270107T100000", 30, style="utc",
        organizer=("AshcombeCareers@ashcombedigital.com", "Ashcombe Digital Careers"),
        attendees=[ME, A("hannah.lowe@ashcombedigital.com", "Hannah Lowe")],
        description="Your booking is confirmed. Staff: Hannah Lowe (Talent Acquisition)\nService: Initial call - "
        "Service Desk Team Lead\n\n" + teams("en", "288 117 903 004", "Lm4Pz") + "\nBooked with Microsoft Bookings")]),
        u, True, "Ashcombe Digital", "Service Desk Team Lead", "recruiter_screen",
        ("hannah.lowe@ashcombedigital.com",)))

    u = "cancelled-veyra-77"
    out.append(item("cancelled-interview", "en", calendar(GOOGLE, [Ev(
        u, "Cancelled: Veyra Systems - 2nd interview (IT Support Lead)", "20270108T140000", 60, tz="Europe/London",
        organizer=("joe.maddox@veyrasystems.com", "Joe Maddox"), status="CANCELLED", sequence=2,
        attendees=[ME, A("joe.maddox@veyrasystems.com", "Joe Maddox")],
        description="Sorry Daniel, I have to move this - new slot to follow.")], method="CANCEL",
        zones=("Europe/London",)), u, True, "Veyra Systems", "IT Support Lead", "", ("joe.maddox@veyrasystems.com",)))

    u = "allday-assessment-westmid"
    out.append(item("allday-assessment", "en", calendar(GOOGLE, [Ev(
        u, "West Midlands Police ICT - assessment day (Service Desk Supervisor)", "20270111T000000", 1440,
        style="date", description="In-person assessment centre: group exercise, in-tray task, panel interview. "
        "Lloyd House. Bring passport + certificates.", location="Lloyd House, Colmore Circus, Birmingham")],
        method="", header=("X-WR-CALNAME:Dan personal", "X-WR-TIMEZONE:Europe/London")), u, True,
        "West Midlands Police", "Service Desk Supervisor", "onsite", ()))

    u = "title-only-chat-01"
    out.append(item("title-only", "en", calendar(IOS, [Ev(
        u, "Call w/ Imogen (Larkspur Health) re team lead role", "20270112T123000", 30, style="float")], method=""),
        u, True, "Larkspur Health", "team lead", "", ()))

    u = "webex-uni-ops-2231"
    out.append(item("webex-university", "en", calendar(OUTLOOK16, [Ev(
        u, "Second stage interview: IT Operations Team Leader, University of Kestrel Hill", "20270113T140000", 50,
        tz="GMT Standard Time", style="win", organizer=("hr-recruitment@kestrelhill.ac.uk", "HR Recruitment"),
        attendees=[ME, A("p.gallagher@kestrelhill.ac.uk", "Dr Patrick Gallagher"),
                   A("a.nowak@kestrelhill.ac.uk", "Agnieszka Nowak")],
        description="Dear Daniel,\nWe are pleased to invite you to a second stage interview. The panel: Dr Patrick "
        "Gallagher (Director of IT) and Agnieszka Nowak (Infrastructure Manager). The panel will ask you to present "
        "for ten minutes on 'Reducing repeat incidents in a university service desk'.\n\n" + webex())]), u, True,
        "University of Kestrel Hill", "IT Operations Team Leader", "",
        ("p.gallagher@kestrelhill.ac.uk", "a.nowak@kestrelhill.ac.uk")))

    u = "work-address-invite-44"
    out.append(item("to-work-address", "en", calendar(OUTLOOK, [Ev(
        u, "Interview: Daniel Adeyemi for Deputy IT Manager", "20270114T161500", 45, tz="GMT Standard Time",
        style="win", organizer=("s.hughes@stmaryscatholic-trust.org.uk", "Hughes, Siobhan"),
        attendees=[A(ME_WORK, "Daniel Adeyemi"), A("m.obi@stmaryscatholic-trust.org.uk", "Obi, Michael")],
        description="Hi Daniel, as agreed, after school hours on Teams. Michael (CFO) will join me.\nSiobhan Hughes, "
        "Trust IT Director, St Mary's Catholic Multi-Academy Trust\n\n" + teams("en", "301 662 518 207", "Kk8Rs"))]),
        u, True, "St Mary's Catholic Multi-Academy Trust", "Deputy IT Manager", "hiring_manager",
        ("s.hughes@stmaryscatholic-trust.org.uk", "m.obi@stmaryscatholic-trust.org.uk")))

    u = "smartr-1f6a-2027-01"
    out.append(item("ats-smartrecruiters", "en", calendar("-//SmartRecruiters//Interview//EN", [Ev(
        u, "Interview invitation: IT Support Supervisor – Brindle & Hart", "20270115T091500", 40, style="utc",
        organizer=("noreply@smartrecruiters.com", "SmartRecruiters"),
        attendees=[ME, A("kelly.armitage@brindlehart.co.uk", "Kelly Armitage")],
        description="Brindle & Hart (department stores) has scheduled a video interview.\nInterviewer: Kelly "
        "Armitage, Regional IT Manager\n" + zoom(mid="912 3345 0087"))]), u, True, "Brindle & Hart",
        "IT Support Supervisor", "", ("kelly.armitage@brindlehart.co.uk",)))

    u = "terse-2-remote"
    out.append(item("terse-hand", "en", calendar(GOOGLE, [Ev(
        u, "Quayline tech intv 2pm (remote)", "20270118T140000", 60, tz="Europe/London")], method="",
        zones=("Europe/London",)), u, True, "Quayline", "", "technical", ()))

    u = "recurring-trial-shifts-orbis"
    series = Ev(u, "Paid trial shift - Orbis Managed Services (NOC team lead)", "20270119T080000", 480,
                tz="Europe/London", rrule="FREQ=DAILY;COUNT=2",
                organizer=("ops.hiring@orbis-ms.co.uk", "Orbis Hiring"),
                attendees=[ME, A("leon.carter@orbis-ms.co.uk", "Leon Carter")],
                description="Two paid working-interview days shadowing the NOC, with Leon Carter (Head of Service "
                "Operations). Day 2 starts later.", location="Orbis House, Solihull")
    override = Ev(u, "Paid trial shift - Orbis Managed Services (NOC team lead)", "20270120T100000", 360,
                  tz="Europe/London", recurrence_id="20270120T080000", sequence=1,
                  organizer=("ops.hiring@orbis-ms.co.uk", "Orbis Hiring"),
                  attendees=[ME, A("leon.carter@orbis-ms.co.uk", "Leon Carter")], location="Orbis House, Solihull")
    out.append(item("recurring-trial-override", "en", calendar(GOOGLE, [series, override],
                                                              zones=("Europe/London",)),
                    u, True, "Orbis Managed Services", "NOC team lead", "onsite", ("leon.carter@orbis-ms.co.uk",)))

    u = "teamtailor-ev-8842"
    out.append(item("ats-teamtailor", "en", calendar("-//Teamtailor//Calendar//EN", [Ev(
        u, "Interview with Nordlicht Games – IT Support Lead", "20270120T150000", 45, tz="Europe/Berlin",
        organizer=("notifications@teamtailor.com", "Nordlicht Games"),
        attendees=[ME, A("freya.lund@nordlichtgames.com", "Freya Lund"),
                   A("tomasz.wirth@nordlichtgames.com", "Tomasz Wirth")],
        description="Hi Daniel! You're meeting Freya (People) and Tomasz (IT Manager) for the IT Support Lead "
        "(Berlin or remote) role. Meeting link: https://meet.teamtailor.com/r/8842")],
        zones=("Europe/Berlin",)), u, True, "Nordlicht Games", "IT Support Lead", "",
        ("freya.lund@nordlichtgames.com", "tomasz.wirth@nordlichtgames.com")))

    u = "coffee-round2-harbour"
    out.append(item("coffee-is-round2", "en", calendar(GOOGLE, [Ev(
        u, "Coffee with Declan (Harbour Rail) - 2nd round", "20270121T083000", 45, tz="Europe/Dublin",
        organizer=("declan.moran@harbourrail.ie", "Declan Moran"), attendees=[ME],
        description="Following Tuesday's panel - informal second round over coffee before the offer stage, re the "
        "Service Desk Manager post.", location="Bewley's, Grafton St")], zones=("Europe/Dublin",)), u, True,
        "Harbour Rail", "Service Desk Manager", "", ("declan.moran@harbourrail.ie",)))

    u = "recruitee-5521-int"
    out.append(item("ats-recruitee", "en", calendar("-//Recruitee//Recruitee Calendar//EN", [Ev(
        u, "Daniel Adeyemi – Video interview – Junction Labs", "20270122T113000", 30, style="utc",
        organizer=("no-reply@recruitee.com", "Junction Labs"),
        attendees=[ME, A("mo.haddad@junctionlabs.io", "Mo Haddad")],
        description="Job: IT Operations Engineer (Team Lead track)\nStage: Technical interview\nInterviewer: "
        "Mo Haddad\n" + meet(code="jyo-qxaz-pbn"))]), u, True, "Junction Labs",
        "IT Operations Engineer (Team Lead track)", "technical", ("mo.haddad@junctionlabs.io",)))

    u = "owa-rescheduled-seq3"
    out.append(item("rescheduled", "en", calendar(OUTLOOK, [Ev(
        u, "Updated: Interview Kestrel Logistics - IT Support Team Lead", "20270125T093000", 45,
        tz="GMT Standard Time", style="win", sequence=3,
        organizer=("amira.shah@kestrel-logistics.co.uk", "Shah, Amira"),
        attendees=[ME, A("amira.shah@kestrel-logistics.co.uk", "Shah, Amira"),
                   A("phil.banks@kestrel-logistics.co.uk", "Banks, Phil")],
        description="Moved to Monday morning as discussed. Same Teams link.\n\n" + teams("en", "277 540 118 330",
                                                                                        "Tr6Wq"))]),
        u, True, "Kestrel Logistics", "IT Support Team Lead", "",
        ("amira.shah@kestrel-logistics.co.uk", "phil.banks@kestrel-logistics.co.uk")))
    u = "goodtime-loop-6630a1"
    out.append(item("scheduler-goodtime-loop", "en", calendar("-//GoodTime.io//Interview Scheduling//EN", [Ev(
        u, "Virtual Interview Loop | Daniel Adeyemi | Service Operations Team Lead | Clearfield MSP",
        "20270127T130000", 150, style="utc", organizer=("scheduling@clearfield-msp.com", "Clearfield Scheduling"),
        attendees=[ME, A("scheduling@clearfield-msp.com", "Clearfield Scheduling", role="NON-PARTICIPANT"),
                   A("dev.chauhan@clearfield-msp.com", "Dev Chauhan"), A("ola.bakare@clearfield-msp.com",
                                                                        "Ola Bakare"),
                   A("hr.partner@clearfield-msp.com", "Lisa Grey")],
        description="13:00-13:45 Dev Chauhan (Service Delivery Director) - leadership\n13:45-14:30 Ola Bakare - "
        "technical: major incident scenario\n14:30-15:30 Lisa Grey (HR Business Partner) - values\n"
        "Scheduled with GoodTime. Questions? Reply to scheduling@clearfield-msp.com\n\n" + teams("en", "255 019 "
        "447 880", "Gt2Lp"))]), u, True, "Clearfield MSP", "Service Operations Team Lead", "onsite",
        ("dev.chauhan@clearfield-msp.com", "ola.bakare@clearfield-msp.com", "hr.partner@clearfield-msp.com")))
    return out
