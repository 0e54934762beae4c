"""holdout37: the user's own interviews in English."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_W,
    OUTLOOK,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    teams_en,
    txt,
    vevent,
    webex,
    zoom,
)
from holdout37ev_pos_fr import EST, ev


def events() -> list[Event]:
    out: list[Event] = []

    u = "gh-2238817-screen-e.gagnon"
    d = ("Hi Etienne,\n\nThanks for applying to the Site Reliability Engineer II role at Northbeam Financial Group. "
         "You'll be speaking with Rachel Osei from our Talent team for about 30 minutes.\n\n"
         + zoom("Rachel Osei", "915 2207 4418", "bm9ydGhiZWFt")
         + "\nThis invitation was sent from Greenhouse on behalf of Northbeam Financial Group.")
    out.append(Event("greenhouse-screen", "en", calendar("-//Greenhouse//Greenhouse Scheduling//EN", [ev(
        u, "20261124T160000Z", "20261124T163000Z", "", "Phone Screen: Etienne Gagnon / Northbeam (SRE II)", d,
        "https://zoom.us/j/91522074418",
        (org("no-reply@greenhouse.io", "Greenhouse"), att("rachel.osei@nbfg.com", "Rachel Osei"),
         att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Northbeam Financial Group", "Site Reliability Engineer II", "recruiter_screen",
        ("rachel.osei@nbfg.com",)))

    u = "ashby-5f1d-onsite-tor"
    d = ("Your onsite at Tallgrass Health in Toronto\n\nSchedule\n9:30 Welcome & coffee — Priyanka (coordinator)\n"
         "10:00 Systems design — Ben Castillo\n11:00 Incident response role-play — Mei Wong\n"
         "12:00 Lunch with the team\n13:00 Hiring manager — Aaron Feld\n\nAddress: 120 Spadina Ave, 5th floor. "
         "Ask for Priyanka at reception.\nRole: DevOps Engineer, Platform\n\nScheduled with Ashby")
    out.append(Event("ashby-onsite", "en", calendar("-//Ashby//Ashby Scheduling//EN", [ev(
        u, "20261209T093000", "20261209T140000", "America/Toronto", "Onsite interview — Tallgrass Health", d,
        "Tallgrass Health, 120 Spadina Ave, Toronto",
        (org("talent@tallgrass.health", "Tallgrass Health Recruiting"),
         att("ben.castillo@tallgrass.health", "Ben Castillo"), att("mei.wong@tallgrass.health", "Mei Wong"),
         att("aaron.feld@tallgrass.health", "Aaron Feld"),
         att("priyanka.s@tallgrass.health", "Priyanka Shah (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
         att("rm-spadina-5-lakeview@tallgrass.health", "TOR-5-Lakeview", cutype="ROOM", role="NON-PARTICIPANT"),
         att(ME, "Etienne Gagnon")))], method="REQUEST", tzs=("America/Toronto",)),
        u, True, "Tallgrass Health", "DevOps Engineer, Platform", "onsite",
        ("ben.castillo@tallgrass.health", "mei.wong@tallgrass.health", "aaron.feld@tallgrass.health")))

    u = "wd-int-31177-odta"
    d = ("Interview Confirmation\n\nCandidate: Etienne Gagnon\nJob Requisition: R-40921 Cloud Operations Engineer "
         "(Bilingual)\nInterview Type: Technical Panel\nInterviewers: Grace Liu; Omar Siddiqui\n\n"
         + teams_en("244 901 331 18", "QmlsaW5ndWFs") + "\n\nOttawa Digital Transit Authority – Talent Acquisition")
    out.append(Event("workday-tech", "en", calendar("-//Workday//Workday Calendar//EN", [ev(
        u, "20261203T150000Z", "20261203T161500Z", "", "Interview: Cloud Operations Engineer (Bilingual)", d,
        "Microsoft Teams Meeting",
        (org("odta@myworkday.com", "ODTA Talent Acquisition"), att("grace.liu@odta.ca", "Grace Liu"),
         att("omar.siddiqui@odta.ca", "Omar Siddiqui"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Ottawa Digital Transit Authority", "Cloud Operations Engineer (Bilingual)", "technical",
        ("grace.liu@odta.ca", "omar.siddiqui@odta.ca")))

    u = "calendly-a18be2-hm-arcadia"
    d = ("Event Name: 45 Minute Meeting\n\nInvitee: Etienne Gagnon\nInvitee Email: etienne.gagnon@videotron.ca\n\n"
         "Questions:\nWhat would you like to discuss? Hiring manager conversation for the SRE opening (Toronto/"
         "remote)\n\nLocation: This is a Zoom web conference.\n\nNeed to make changes to this event?\n"
         "Cancel: https://calendly.com/cancellations/a18be2\nPowered by Calendly.com")
    out.append(Event("calendly-hm", "en", calendar("-//Calendly//Calendly Scheduling//EN", [ev(
        u, "20261202T190000Z", "20261202T194500Z", "", "Etienne Gagnon and Lindsay Park", d, "Zoom",
        (org("lindsay.park@arcadiastudios.com", "Lindsay Park"), att(ME, "Etienne Gagnon"),
         att("lindsay.park@arcadiastudios.com", "Lindsay Park", partstat="ACCEPTED")))], method="REQUEST"),
        u, True, "Arcadia Studios", "SRE", "hiring_manager", ("lindsay.park@arcadiastudios.com",),
        "title_names_no_company"))

    u = "2a7h1e9c3f0k@google.com"
    out.append(Event("google-terse-direct", "en", calendar(GOOGLE, [ev(
        u, "20261125T210000Z", "20261125T213000Z", "", "Etienne <> Dev (Fernpath) – intro call",
        "Looking forward to chatting about the infra role!\n\n" + meet("fpt-xkcd-aaq"),
        "https://meet.google.com/fpt-xkcd-aaq",
        (org("dev@fernpath.com", "Dev Malhotra"), att("dev@fernpath.com", "Dev Malhotra", partstat="ACCEPTED"),
         att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, True, "Fernpath", "", "recruiter_screen", ("dev@fernpath.com",)))

    u = "karat-7721-eg-bluecedar"
    d = ("Your Karat interview for Bluecedar Bank is scheduled.\n\nRole: Senior DevOps Engineer\nDuration: 60 minutes"
         "\nYour Interview Engineer will meet you at: https://interview.karat.io/room/7721eg\n\nThis technical "
         "interview is conducted by Karat on behalf of Bluecedar Bank.")
    out.append(Event("karat-tech", "en", calendar("-//Karat//Interview Scheduler//EN", [ev(
        u, "20261130T220000Z", "20261130T230000Z", "", "Bluecedar Bank Technical Interview (Karat)", d,
        "https://interview.karat.io/room/7721eg",
        (org("scheduling@karat.io", "Karat"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Bluecedar Bank", "Senior DevOps Engineer", "technical", (), "third_party_interviewer"))

    u = "040000008200E00074C5B7101A82E00800000000702B9F11C4DBDA01000000000000000010000000CAFEBABE0011"
    d = ("Etienne,\n\nFinal round with our CTO and VP People. Please plan for 90 minutes.\n\nBest,\n"
         "Holly Baxter\nExecutive Assistant to the CTO, Quayline Logistics Inc.\n\n" + teams_en("271 339 002 64",
                                                                                        "cXVheWxpbmVf"))
    out.append(Event("outlook-final-ea", "en", calendar(OUTLOOK365, [ev(
        u, "20261216T110000", "20261216T123000", EST, "Final Interview - Etienne Gagnon - Platform Reliability Lead",
        d, "Microsoft Teams Meeting",
        (org("hbaxter@quayline.com", "Baxter, Holly"), att("skumar@quayline.com", "Kumar, Sanjay (CTO)"),
         att("jreyes@quayline.com", "Reyes, Jordan"), att(ME, "etienne.gagnon@videotron.ca")),
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",))], method="REQUEST", tzs=(EST,)),
        u, True, "Quayline Logistics", "Platform Reliability Lead", "final",
        ("skumar@quayline.com", "jreyes@quayline.com"), "assistant_organizer"))

    u = "lever-88ac-intvw-tech2"
    d = ("Hi Etienne — here are the details for your pairing interview.\n\nCompany: Sparrowgate\n"
         "Position: Infrastructure "
         "Engineer (Remote - Canada)\nInterviewers: Tom Becker\nFormat: we'll pair on a small Go service and its "
         "Helm chart.\n\nhttps://meet.google.com/spw-gate-tom")
    out.append(Event("lever-pairing", "en", calendar("-//Lever//Lever Hire//EN", [ev(
        u, "20261204T170000Z", "20261204T180000Z", "", "Interview: Sparrowgate - Etienne Gagnon", d,
        "https://meet.google.com/spw-gate-tom",
        (org("interviews@hire.lever.co", "Sparrowgate"), att("tom@sparrowgate.dev", "Tom Becker"),
         att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Sparrowgate", "Infrastructure Engineer", "technical", ("tom@sparrowgate.dev",)))

    u = "F31A0B52-7C2E-4AD1-93E1-2B8C4D6E0F77"
    out.append(Event("apple-terse-en", "en", calendar(APPLE, [ev(
        u, "20261201T120000", "20261201T123000", "America/Toronto", "Call w/ Priya from Helix Robotics - recruiter",
        "SRE role Ottawa. salary range?", extra=("X-APPLE-CREATOR-IDENTITY:com.apple.calendar",))],
        tzs=("America/Toronto",)),
        u, True, "Helix Robotics", "SRE", "recruiter_screen", ()))

    u = "agency-eg-20261203@summitpeople.ca"
    d = ("Hi Etienne,\n\nGreat news — Larchmont Insurance would like to meet you for the Senior Site Reliability "
         "Engineer contract-to-perm role. You'll meet Chris Tan (Manager, Cloud Platform).\n\nI'm not joining; call "
         "me after.\n\nKelly Morrison | Summit People Tech Recruitment")
    out.append(Event("agency-en", "en", calendar(OUTLOOK365, [ev(
        u, "20261203T133000", "20261203T143000", EST, "Interview with Larchmont Insurance - Sr. SRE", d,
        "Teams link to follow from client",
        (org("kelly.morrison@summitpeople.ca", "Kelly Morrison"), att("chris.tan@larchmont.ca", "Chris Tan"),
         att(ME, "Etienne Gagnon")))], method="REQUEST", tzs=(EST,)),
        u, True, "Larchmont Insurance", "Senior Site Reliability Engineer", "hiring_manager",
        ("chris.tan@larchmont.ca",)))

    u = "modern-hm-61a2-gooseberry"
    d = ("Interview with Gooseberry Games\nPosition: Live Ops Reliability Engineer\n\nInterviewer: Amara Nwosu "
         "(Director of Live Operations)\n\nJoin Webex:\n" + webex("gooseberry", "2651 443 8810")
         + "\nCoordinator: Jess (not attending)\n\nSent by ModernLoop")
    out.append(Event("modernloop-hm", "en", calendar("-//ModernLoop//Scheduler//EN", [ev(
        u, "20261207T200000Z", "20261207T204500Z", "", "Gooseberry Games: Hiring Manager Interview", d, "Webex",
        (org("scheduling@modernloop.io", "Jess Whitaker"), att("amara.nwosu@gooseberrygames.com", "Amara Nwosu"),
         att("jess.whitaker@gooseberrygames.com", "Jess Whitaker", role="NON-PARTICIPANT"),
         att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Gooseberry Games", "Live Ops Reliability Engineer", "hiring_manager",
        ("amara.nwosu@gooseberrygames.com",)))

    u = "cancel-gh-4419-eg"
    d = ("Hi Etienne, we need to cancel tomorrow's technical interview — our interviewer is out sick. Sasha from the "
         "Crestline recruiting team will reach out with new times.")
    out.append(Event("cancelled-en", "en", calendar("-//Greenhouse//Greenhouse Scheduling//EN", [ev(
        u, "20261208T150000Z", "20261208T160000Z", "", "Cancelled: Technical Interview - Crestline Analytics", d, "",
        (org("no-reply@greenhouse.io", "Crestline Analytics"), att("mo.haddad@crestline.ai", "Mo Haddad"),
         att(ME, "Etienne Gagnon")), extra=("STATUS:CANCELLED", "SEQUENCE:1"))], method="CANCEL"),
        u, True, "Crestline Analytics", "", "technical", ("mo.haddad@crestline.ai",), "cancelled"))

    u = "final-loop-0912@rivermint.io"
    d = ("Virtual final loop for DevOps Engineer (Payments Infrastructure)\n\n1) Architecture – Ioana Pop\n"
         "2) Coding – Luis Ortega\n3) Values – Kendra Hill\n\n" + meet("rvm-loop-one") + "\n\nRivermint Inc.")
    out.append(Event("google-final-loop", "en", calendar(GOOGLE, [ev(
        u, "20261211T140000", "20261211T170000", "America/Toronto", "Rivermint – Final Loop – Etienne", d,
        "https://meet.google.com/rvm-loop-one",
        (org("kendra.hill@rivermint.io", "Kendra Hill"), att("ioana.pop@rivermint.io", "Ioana Pop"),
         att("luis.ortega@rivermint.io", "Luis Ortega"),
         att("kendra.hill@rivermint.io", "Kendra Hill", partstat="ACCEPTED"),
         att("c_188a2f@resource.calendar.google.com", "TOR-3-Boardroom (10)", cutype="RESOURCE",
             role="NON-PARTICIPANT"), att(ME, rsvp="TRUE")))], method="REQUEST", tzs=("America/Toronto",)),
        u, True, "Rivermint", "DevOps Engineer (Payments Infrastructure)", "final",
        ("ioana.pop@rivermint.io", "luis.ortega@rivermint.io", "kendra.hill@rivermint.io")))

    u = "bookings-7731-ontario-gov"
    d = ("Your booking is confirmed.\n\nService: Candidate interview – Senior Systems Reliability Analyst (Job ID "
         "221873)\nStaff: Marcus Greene\nOntario Ministry of Public Services Delivery – Digital Services Branch\n\n"
         + teams_en("260 777 191 80", "b250Z292X2Rz") + "\n\nMicrosoft Bookings")
    out.append(Event("bookings-gov", "en", calendar(OUTLOOK365, [ev(
        u, "20261214T143000Z", "20261214T153000Z", "",
        "Candidate interview – Senior Systems Reliability Analyst", d, "Microsoft Teams Meeting",
        (org("DigitalServicesHiring@ontario.ca", "Digital Services Hiring"),
         att("marcus.greene@ontario.ca", "Marcus Greene"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Ontario Ministry of Public Services Delivery", "Senior Systems Reliability Analyst", "technical",
        ("marcus.greene@ontario.ca",)))

    u = "proton-founder-eg-1205"
    out.append(Event("founder-proton", "en", calendar("-//Proton AG//ProtonCalendar 1.0//EN", [ev(
        u, "20261205T153000Z", "20261205T163000Z", "", "Kelpie.dev – chat with Hugo (founder)",
        "Hey Etienne, we're 4 engineers building a deploy-preview tool. Want to talk about our first infra hire? "
        "I'll send a Jitsi link.", "https://meet.jit.si/kelpie-etienne",
        (org("hugo.marchetti@proton.me", "Hugo Marchetti"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Kelpie", "", "hiring_manager", ("hugo.marchetti@proton.me",)))

    u = "smartr-8812-hm-verdant"
    d = ("Dear Etienne,\n\nYou are invited to a video interview for Site Reliability Engineer at Verdant Energy "
         "Systems Ltd.\n\nPanel: Naomi Clarke (Engineering Manager)\n\nKind regards,\nVerdant Energy Talent "
         "Acquisition\n\nPowered by SmartRecruiters")
    out.append(Event("smartrecruiters", "en", calendar("-//SmartRecruiters//Interview//EN", [ev(
        u, "20261210T150000Z", "20261210T160000Z", "", "Interview for Site Reliability Engineer", d,
        "Video call (link in email)",
        (org("noreply@smartrecruiters.com", "Verdant Energy Systems"),
         att("naomi.clarke@verdant-es.com", "Naomi Clarke"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Verdant Energy Systems", "Site Reliability Engineer", "hiring_manager",
        ("naomi.clarke@verdant-es.com",)))

    u = "allday-takehome-tor@birchlane.com"
    out.append(Event("allday-assessment", "en", calendar(GOOGLE, [vevent([
        "DTSTART;VALUE=DATE:20261212", "DTEND;VALUE=DATE:20261213", "DTSTAMP:20261122T090000Z",
        org("hiring@birchlane.com", "Birchlane Capital Hiring"), f"UID:{u}",
        att("hiring@birchlane.com", "Birchlane Capital Hiring", partstat="ACCEPTED"),
        att("amir.sadeghi@birchlane.com", "Amir Sadeghi"), att(ME, partstat="ACCEPTED"),
        txt("DESCRIPTION", "In-office assessment day for the DevOps Engineer role: incident simulation in the "
            "morning with Amir Sadeghi, architecture discussion after lunch. 200 Bay St, 22nd floor."),
        txt("SUMMARY", "Birchlane Capital – assessment day (Etienne Gagnon)"), "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED"])], method="REQUEST"),
        u, True, "Birchlane Capital", "DevOps Engineer", "onsite", ("amir.sadeghi@birchlane.com",), "all_day"))

    u = "personio-22817-remote-hm@stellwerk.io"
    d = ("Hi Etienne,\n\nAs discussed by email, here is your interview with our Head of Engineering for the "
         "Platform Engineer (remote, EU/Canada overlap) role.\n\n" + meet("stw-wrk-hoe")
         + "\n\nStellwerk Software GmbH – People Team (sent via Personio)")
    out.append(Event("personio-en", "en", calendar("-//Personio//Personio Calendar//EN", [ev(
        u, "20261204T140000Z", "20261204T150000Z", "", "Interview Etienne Gagnon – Platform Engineer", d,
        "Google Meet",
        (org("noreply@personio.de", "Stellwerk People Team"), att("jonas.richter@stellwerk.io", "Jonas Richter"),
         att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Stellwerk Software", "Platform Engineer", "hiring_manager", ("jonas.richter@stellwerk.io",)))

    u = "outlook-sent-to-work-20261208@tidewater.ca"
    d = ("Hello Etienne,\n\nAs requested I used your work calendar. Technical interview for DevOps Analyst — "
         "Tidewater Credit Union, with Paul Hébert and Ana Sousa.\n\nRegards,\nLinda Moore, HR")
    out.append(Event("to-work-en", "en", calendar(OUTLOOK, [ev(
        u, "20261208T120000", "20261208T130000", EST, "Interview - DevOps Analyst - Tidewater", d,
        "Tidewater Credit Union, 45 O'Connor St, Ottawa",
        (org("lmoore@tidewater.ca", "Moore, Linda"), att("phebert@tidewater.ca", "Hébert, Paul"),
         att("asousa@tidewater.ca", "Sousa, Ana"), att(ME_W, "Gagnon, Etienne")))], method="REQUEST", tzs=(EST,)),
        u, True, "Tidewater Credit Union", "DevOps Analyst", "technical",
        ("phebert@tidewater.ca", "asousa@tidewater.ca"), "work_address"))

    u = "1c8d2e3f4a5b@google.com"
    d = ("Hi Etienne, great to connect! Jumping on a quick call to tell you about the SRE team and hear about your "
         "background. I'm the recruiter on this one.\n— Tara, Talent @ Loonbit (Loonbit Technologies Inc.)\n\n"
         + meet("lnb-tara-eg"))
    out.append(Event("google-screen-brand", "en", calendar(GOOGLE, [ev(
        u, "20261123T180000Z", "20261123T182000Z", "", "Loonbit x Etienne Gagnon", d,
        "https://meet.google.com/lnb-tara-eg",
        (org("tara@lnbt.co", "Tara Singh"), att("tara@lnbt.co", "Tara Singh", partstat="ACCEPTED"),
         att(ME, rsvp="TRUE")))], method="REQUEST"),
        u, True, "Loonbit", "", "recruiter_screen", ("tara@lnbt.co",)))

    u = "cal-com-9911-hm-canopy"
    d = ("What: Hiring manager interview – SRE between Dana Fox and Etienne Gagnon\nInvitee Time Zone: America/Toronto"
         "\nWhere: Cal Video https://app.cal.com/video/9911\nCanopy Bytes is hiring its first SRE.\n"
         "Need to reschedule or cancel? https://app.cal.com/booking/9911")
    out.append(Event("calcom-hm", "en", calendar("-//Cal.com Inc.//Cal.com Event//EN", [ev(
        u, "20261206T160000Z", "20261206T164500Z", "", "Hiring manager interview – SRE between Dana Fox and "
        "Etienne Gagnon", d, "https://app.cal.com/video/9911",
        (org("dana@canopybytes.com", "Dana Fox"), att(ME, "Etienne Gagnon")))], method="REQUEST"),
        u, True, "Canopy Bytes", "SRE", "hiring_manager", ("dana@canopybytes.com",)))
    return out
