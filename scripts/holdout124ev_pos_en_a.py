"""holdout124: the user's own interviews, English invitations, part A (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import ME, att, desc, org, simple

MEET_EN = (
    "Join with Google Meet: https://meet.google.com/{k}\nJoin by phone\n(DE) +49 40 8081617{p} PIN: 7730{p}#\n"
    "More phone numbers: https://tel.meet/{k}?pin=7730{p}\n\nLearn more about Meet at: "
    "https://support.google.com/a/users/answer/9282720"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams Need help?\nJoin the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}"
    "%40thread.v2/0>\nMeeting ID: 318 552 640 91\nPasscode: 7hD4ke\n"
    "________________________________\nDial in by phone\n+49 69 120 0677 80,,{p}# Germany, Frankfurt\n"
    "Phone conference ID: {p}#\nFor organizers: Meeting options\n"
    "________________________________________________________________________________"
)


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "7l2k9c0d1f3h5j6m8n0p2r4t6v@google.com"
    a(simple("greenhouse-screen-en", uid, [
        "DTSTART:20270111T150000Z", "DTEND:20270111T153000Z", "DTSTAMP:20261218T094411Z",
        org("megan.odonnell@aureliaair.com", "Megan O'Donnell"),
        att("megan.odonnell@aureliaair.com", "Megan O'Donnell", stat="ACCEPTED", rsvp=False),
        att(ME, "sabine.krueger.fra@gmx.de"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kdh-wpqe-tnu",
        desc("Hi Sabine,\n\nLooking forward to our chat about the Cabin Crew Training Instructor – Frankfurt role "
             "at Aurelia Airways.\n\nInterviewers: Megan O'Donnell (Talent Acquisition Partner)\nDuration: 30 min\n\n"
             + MEET_EN.format(k="kdh-wpqe-tnu", p="5") + "\n\nScheduled via Greenhouse"),
        "LOCATION:Google Meet", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Sabine Krüger <> Aurelia Airways | Recruiter Screen", "TRANSP:OPAQUE",
    ], yes=1, method="REQUEST", company="Aurelia Airways", role="Cabin Crew Training Instructor – Frankfurt",
        stage="recruiter_screen", interviewers="megan.odonnell@aureliaair.com", trap="greenhouse-en"))

    uid = "gh-itinerary-55012874-aurelia@greenhouse.io"
    a(simple("greenhouse-onsite-room-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270202T093000", "DTEND;TZID=Europe/Berlin:20270202T133000",
        "DTSTAMP:20270122T130045Z", org("scheduling@aureliaair.com", "Aurelia Airways Scheduling"),
        att(ME, "Sabine Krüger"),
        att("tobias.lind@aureliaair.com", "Tobias Lind"),
        att("ana.ribeiro@aureliaair.com", "Ana Ribeiro"),
        att("priya.menon@aureliaair.com", "Priya Menon (Coordinator)", role="NON-PARTICIPANT", rsvp=False),
        att("fra-training-room-b@aureliaair.com", "FRA Training Centre – Room B (12)", cutype="RESOURCE",
            role="NON-PARTICIPANT", rsvp=False),
        "LOCATION:Aurelia Training Centre\\, Hahnstraße 40\\, 60528 Frankfurt – Room B",
        desc("Onsite Interview – Cabin Crew Training Instructor – Frankfurt\n\nSchedule\n"
             "09:30–10:30 Practical: deliver a 15-minute classroom segment (CRM) – Tobias Lind, Training Manager\n"
             "10:45–11:45 Safety & emergency procedures deep dive – Ana Ribeiro, Senior Instructor\n"
             "12:00–13:30 Lunch & tour of the cabin mock-up\n\n"
             "Your coordinator is Priya Menon; she will meet you at reception but is not part of the panel.\n"
             "Please bring photo ID."),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Onsite interview: Sabine Krüger – Aurelia Airways",
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Greenhouse Software//Greenhouse//EN",
        company="Aurelia Airways", role="Cabin Crew Training Instructor – Frankfurt", stage="onsite",
        interviewers="tobias.lind@aureliaair.com;ana.ribeiro@aureliaair.com", trap="greenhouse-coordinator-en"))

    uid = "2f8d0a1c9e7b@aureliaair.com"
    a(simple("hiring-manager-direct-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270216T170000", "DTEND;TZID=Europe/Berlin:20270216T174500",
        "DTSTAMP:20270210T080000Z", org("carla.west@aureliaair.com", "Carla West"),
        att(ME, "Sabine Krüger"), att("carla.west@aureliaair.com", "Carla West", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Sabine / Carla – Training Instructor role, last conversation",
        desc("Hi Sabine – the team loved your session. I'd like a final conversation before we make a decision. "
             "I head Inflight Training at Aurelia. Teams link below.\nCarla\n\n" + TEAMS_EN.format(
                 k="YWM3ZjE5", p="418 227 301")),
        "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Berlin",),
        company="Aurelia Airways", role="Training Instructor", stage="final",
        interviewers="carla.west@aureliaair.com", trap="direct-hm-final-en"))

    uid = "lever-int-0b7e12c5-6a48-4f7d-9a3e-71d2c9f0e4b6"
    a(simple("lever-hiring-manager-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270120T113000", "DTEND;TZID=Europe/Berlin:20270120T121500",
        "DTSTAMP:20270113T160000Z", org("talent@nordstern-aviation.com", "Nordstern Aviation Talent"),
        att(ME, "Sabine Krüger"), att("henrik.sand@nordstern-aviation.com", "Henrik Sand"),
        "SUMMARY:Sabine Krüger <> Nordstern — Hiring Manager Interview (Base Manager Munich)",
        "LOCATION:https://nordstern.zoom.us/j/93100244871",
        desc("Hi Sabine,\n\nThis is your conversation with Henrik Sand, Director Crew Operations, who the Base "
             "Manager Munich reports to.\n\nJoin Zoom Meeting\nhttps://nordstern.zoom.us/j/93100244871\n"
             "Meeting ID: 931 0024 4871\n\n— Scheduled with Lever"),
        "SEQUENCE:0", "STATUS:CONFIRMED",
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Lever//Lever Hire//EN",
        company="Nordstern Aviation", role="Base Manager Munich", stage="hiring_manager",
        interviewers="henrik.sand@nordstern-aviation.com", trap="lever-en"))

    uid = ("040000008200E00074C5B7101A82E00800000000C0B2D3E4F56CDB01000000000000000010000000"
           "77AA88BB99CC00DD11EE22FF33004455")
    a(simple("outlook-windows-final-en", uid, [
        "SUMMARY;LANGUAGE=en-US:Final round - Base Manager MUC - Sabine Krueger",
        org("talent@nordstern-aviation.com", "Talent, Nordstern"),
        att("henrik.sand@nordstern-aviation.com", "Sand, Henrik", role="OPT-PARTICIPANT"),
        att("ines.larsen@nordstern-aviation.com", "Larsen, Ines"),
        att("muc-ops-meeting1@nordstern-aviation.com", "MUC Ops Meeting Room 1", cutype="ROOM",
            role="NON-PARTICIPANT"),
        att(ME, "sabine.krueger.fra@gmx.de"),
        desc("Dear Sabine,\n\nWe are pleased to invite you to the final round in Munich. You will meet Ines Larsen, "
             "Chief Operating Officer. Henrik Sand may join for the last 15 minutes.\n\nKind regards\nNordstern "
             "Aviation Talent Team"),
        "DTSTART;TZID=W. Europe Standard Time:20270204T100000", "DTEND;TZID=W. Europe Standard Time:20270204T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270126T092233Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:MUC Ops Meeting Room 1; Nordallee 3\\, 85356 Munich Airport",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("W. Europe Standard Time",),
        company="Nordstern Aviation", role="Base Manager MUC", stage="final",
        interviewers="ines.larsen@nordstern-aviation.com;henrik.sand@nordstern-aviation.com",
        trap="outlook-room-final-en"))

    uid = "ashby-iv-3c0a7e51-skyport@ashbyhq.com"
    a(simple("ashby-screen-en", uid, [
        "DTSTART:20270113T090000Z", "DTEND:20270113T093000Z", "DTSTAMP:20270107T110000Z",
        org("no-reply@ashbyhq.com", "Skyport Lounges Recruiting"), att(ME, "Sabine Krüger"),
        att("maya.hollis@skyport-lounges.com", "Maya Hollis"),
        "SUMMARY:Intro call: Sabine Krüger x Skyport (Head of Lounge Experience)",
        "LOCATION:https://meet.google.com/sky-lnge-01x",
        desc("Hi Sabine, you're confirmed for a 30 minute intro call with Maya Hollis (People Partner) about the "
             "Head of Lounge Experience position.\n\nNeed to reschedule? https://app.ashbyhq.com/interviews/"
             "reschedule/3c0a7e51\n\nPowered by Ashby"),
        "STATUS:CONFIRMED",
    ], yes=1, method="REQUEST", prodid="-//Ashby//Ashby Scheduling//EN",
        company="Skyport Lounges", role="Head of Lounge Experience", stage="recruiter_screen",
        interviewers="maya.hollis@skyport-lounges.com", trap="ashby-en"))

    uid = "ashby-iv-9e44b2d0-skyport@ashbyhq.com"
    a(simple("ashby-final-en", uid, [
        "DTSTART;TZID=Europe/Amsterdam:20270209T140000", "DTEND;TZID=Europe/Amsterdam:20270209T153000",
        "DTSTAMP:20270201T101500Z", org("no-reply@ashbyhq.com", "Skyport Lounges Recruiting"),
        att(ME, "Sabine Krüger"), att("rob.tiel@skyport-lounges.com", "Rob Tiel"),
        att("ama.owusu@skyport-lounges.com", "Ama Owusu"),
        "SUMMARY:Final interview – Skyport Lounges",
        "LOCATION:Skyport HQ\\, Stationsplein 8\\, Schiphol – 4th floor",
        desc("Final stage for Head of Lounge Experience.\nPanel: Rob Tiel (VP Operations), Ama Owusu (CEO).\n"
             "Format: 20 min presentation on a lounge service recovery plan, 40 min Q&A, 30 min culture chat.\n"
             "Travel is reimbursed."),
        "STATUS:CONFIRMED",
    ], yes=1, method="REQUEST", tzs=("Europe/Amsterdam",), prodid="-//Ashby//Ashby Scheduling//EN",
        company="Skyport Lounges", role="Head of Lounge Experience", stage="final",
        interviewers="rob.tiel@skyport-lounges.com;ama.owusu@skyport-lounges.com", trap="ashby-final-body-role"))

    uid = "SR-INT-3f0e9a7c6b5d-alpenrhein"
    a(simple("smartrecruiters-screen-en", uid, [
        "DTSTART;TZID=Europe/Zurich:20270119T080000", "DTEND;TZID=Europe/Zurich:20270119T083000",
        "DTSTAMP:20270114T071200Z", org("alpenrhein@smartrecruiters.com", "Alpenrhein Airlines Careers"),
        att(ME, "Sabine Krüger"), att("nadia.frei@alpenrhein.ch", "Nadia Frei"),
        "SUMMARY:Video interview – Cabin Crew Instructor (SEP/Safety) – Alpenrhein Airlines",
        "LOCATION:Microsoft Teams",
        desc("Dear Sabine,\n\nThank you for applying for Cabin Crew Instructor (SEP/Safety), Zurich. Nadia Frei from "
             "our Talent Acquisition team will talk with you about your background and the role.\n\n"
             "Best regards,\nAlpenrhein Airlines AG\n\nSent via SmartRecruiters"),
    ], yes=1, method="REQUEST", tzs=("Europe/Zurich",), prodid="-//SmartRecruiters//Interview Scheduler//EN",
        company="Alpenrhein Airlines", role="Cabin Crew Instructor (SEP/Safety)", stage="recruiter_screen",
        interviewers="nadia.frei@alpenrhein.ch", trap="smartrecruiters-en"))

    uid = "alpenrhein-practical-0412@alpenrhein.ch"
    a(simple("practical-demo-en", uid, [
        "DTSTART;TZID=Europe/Zurich:20270302T090000", "DTEND;TZID=Europe/Zurich:20270302T120000",
        "DTSTAMP:20270222T130000Z", org("nadia.frei@alpenrhein.ch", "Frei Nadia"),
        att(ME, "Sabine Krüger"), att("urs.baumann@alpenrhein.ch", "Baumann Urs"),
        att("lea.gerber@alpenrhein.ch", "Gerber Lea"),
        att("nadia.frei@alpenrhein.ch", "Frei Nadia", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Practical assessment: safety demo & classroom session",
        "LOCATION:Alpenrhein Training Center\\, Balz-Zimmermann-Strasse 7\\, 8302 Kloten",
        desc("Second round for Cabin Crew Instructor (SEP/Safety).\n1) Door operation & evacuation command demo "
             "in the mock-up (Urs Baumann, Head of Cabin Safety Training)\n2) 20-min classroom session on "
             "dangerous goods, observed by Lea Gerber (Instructor)\nNadia will take you through security and "
             "join the wrap-up only.\nDress: business, flat shoes."),
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Zurich",),
        company="Alpenrhein Airlines", role="Cabin Crew Instructor (SEP/Safety)", stage="technical",
        interviewers="urs.baumann@alpenrhein.ch;lea.gerber@alpenrhein.ch", trap="practical-no-company-summary"))

    uid = "workable-5521-9d8c7b6a@workablemail.com"
    a(simple("workable-phone-utc-en", uid, [
        "DTSTART:20270125T130000Z", "DTEND:20270125T132000Z", "DTSTAMP:20270121T093000Z",
        org("sunvia@workablemail.com", "Sunvia via Workable"), att(ME, "Sabine Krüger"),
        att("javier.soler@flysunvia.com", "Javier Soler"),
        "SUMMARY:Phone call: Cabin Training Manager – Sabine Krüger",
        "LOCATION:Phone call – Javier will call you on +49 171 5539021",
        desc("Hi Sabine,\n\nJavier Soler (Recruitment Lead, Sunvia) will call you for a first 20-minute "
             "conversation about the Cabin Training Manager opening at our Palma base.\n\nThe Sunvia team"),
    ], yes=1, method="REQUEST", prodid="-//Workable//Workable Calendar//EN",
        company="Sunvia", role="Cabin Training Manager", stage="recruiter_screen",
        interviewers="javier.soler@flysunvia.com", trap="workable-phone-utc-en"))

    uid = "sunvia-hm-2027-02-08@flysunvia.com"
    a(simple("hm-madrid-en", uid, [
        "DTSTART;TZID=Europe/Madrid:20270208T120000", "DTEND;TZID=Europe/Madrid:20270208T130000",
        "DTSTAMP:20270201T120000Z", org("javier.soler@flysunvia.com", "Javier Soler"),
        att(ME, "Sabine Krüger"), att("marta.vidal@flysunvia.com", "Marta Vidal"),
        att("javier.soler@flysunvia.com", "Javier Soler", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Sunvia | Interview with Marta Vidal (Head of Cabin Crew)",
        "LOCATION:Google Meet: meet.google.com/svn-ctm-hmx",
        desc("Hi Sabine, as discussed: interview with Marta Vidal, Head of Cabin Crew and hiring manager for the "
             "Cabin Training Manager role. Conducted in English. I'll just send the link, Marta runs the call.\n"
             "Javier"),
    ], yes=1, method="REQUEST", tzs=("Europe/Madrid",),
        company="Sunvia", role="Cabin Training Manager", stage="hiring_manager",
        interviewers="marta.vidal@flysunvia.com", trap="scheduler-not-interviewer-en"))

    uid = "icims-interview-78412-westbourne"
    a(simple("icims-hm-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270127T100000", "DTEND;TZID=Europe/Berlin:20270127T110000",
        "DTSTAMP:20270119T150000Z", org("careers@westbournehotels.com", "Westbourne Hotels Careers"),
        att(ME, "Sabine Krüger"), att("gm.frankfurt@westbournehotels.com", "Olivia Grant"),
        "SUMMARY:Interview Scheduled: Director of Guest Relations (Req 2027-0113)",
        "LOCATION:The Westbourne Frankfurt\\, Neue Mainzer Straße 52 – Executive Office\\, Level 2",
        desc("Dear Sabine Krüger,\n\nYour interview for Director of Guest Relations at The Westbourne Frankfurt is "
             "confirmed.\nInterviewer: Olivia Grant, General Manager\n\nThis message was sent by iCIMS on behalf "
             "of Westbourne Hotels & Resorts."),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//iCIMS//Interview Scheduling//EN",
        company="The Westbourne Frankfurt", role="Director of Guest Relations", stage="hiring_manager",
        interviewers="gm.frankfurt@westbournehotels.com", trap="icims-en"))

    uid = "goodtime-itin-4f1e2d3c-jetwing"
    a(simple("goodtime-panel-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270217T100000", "DTEND;TZID=Europe/Berlin:20270217T123000",
        "DTSTAMP:20270209T100000Z", org("recruiting@jetwing-aviation.com", "Jetwing Recruiting"),
        att(ME, "Sabine Krüger"), att("c.baker@jetwing-aviation.com", "Chris Baker"),
        att("s.meier@jetwing-aviation.com", "Stefanie Meier"),
        att("r.osei@jetwing-aviation.com", "Rachel Osei"),
        att("l.brandt@jetwing-aviation.com", "Lukas Brandt (Recruiting Coordinator)", role="NON-PARTICIPANT"),
        "SUMMARY:Jetwing | Interview Panel - Cabin Services Trainer (Business Aviation)",
        "LOCATION:Jetwing FBO\\, Egelsbach Airfield\\, Hangar 3",
        desc("Your interview itinerary\n\n10:00 Chris Baker – Head of Cabin Services\n"
             "10:45 Stefanie Meier – Cabin Services Trainer (VIP service practical)\n"
             "11:30 Rachel Osei – HR Business Partner\n\nQuestions? Lukas Brandt (Recruiting Coordinator) will "
             "greet you at the FBO.\n\nScheduled with GoodTime"),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//GoodTime.io//Hire//EN",
        company="Jetwing Executive Aviation", role="Cabin Services Trainer (Business Aviation)", stage="onsite",
        interviewers="c.baker@jetwing-aviation.com;s.meier@jetwing-aviation.com;r.osei@jetwing-aviation.com",
        trap="goodtime-panel-en"))
    return out
