"""holdout124: the user's own interviews, English invitations, part B (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import ME, att, desc, org, simple
from holdout124ev_pos_en_a import TEAMS_EN


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "ml-7d1c0b9a-8e2f-4a6b-b3c4-d5e6f7a8b9c0@modernloop.io"
    a(simple("modernloop-case-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270128T140000", "DTEND;TZID=Europe/Berlin:20270128T150000",
        "DTSTAMP:20270122T080800Z", org("people@reisewerk.de", "Reisewerk People Team"),
        att(ME, "Sabine Krüger"), att("n.petrovic@reisewerk.de", "Nikola Petrović"),
        att("f.ahmadi@reisewerk.de", "Farah Ahmadi"),
        "SUMMARY:[Reisewerk] Case Interview – Customer Experience Lead, Airline Partnerships",
        "LOCATION:https://meet.google.com/rwk-cxlp-case",
        desc("Hi Sabine,\n\nYour next step is a case interview: we'll share a (fictional) set of complaints from "
             "an airline partner's passengers after a delayed rebooking, and you walk us through how you would "
             "fix the experience.\n\nInterviewers: Nikola Petrović (VP Customer Experience), Farah Ahmadi "
             "(Partnership Manager)\n\nReisewerk Digital GmbH · Hanauer Landstraße 126 · Frankfurt\n\n"
             "Scheduled by ModernLoop"),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//ModernLoop//ModernLoop Scheduler//EN",
        company="Reisewerk Digital", role="Customer Experience Lead, Airline Partnerships", stage="technical",
        interviewers="n.petrovic@reisewerk.de;f.ahmadi@reisewerk.de", trap="modernloop-case-en"))

    uid = "ev_7KcQy2WmR4pL@calendly.com"
    a(simple("calendly-founder-gmail-en", uid, [
        "DTSTART:20270106T160000Z", "DTEND:20270106T163000Z", "DTSTAMP:20270102T181500Z",
        org("jonas.cabinly@gmail.com", "Jonas Weber"), att(ME, "Sabine Krüger"),
        att("jonas.cabinly@gmail.com", "Jonas Weber", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Sabine Krüger and Jonas Weber",
        "LOCATION:Zoom – https://us06web.zoom.us/j/81233004410",
        desc("Event Name: Cabinly – 30 min chat\n\nQuestions:\nWhat would you like to talk about?\n"
             "Jonas' post about the Customer Success Lead (Airlines) role – I've been a purser for 14 years\n\n"
             "Jonas Weber is the founder of Cabinly (crew-scheduling software for airlines).\n\n"
             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7KcQy2WmR4pL\n"
             "Reschedule: https://calendly.com/reschedulings/7KcQy2WmR4pL\n\nPowered by Calendly.com"),
        "STATUS:CONFIRMED",
    ], yes=1, method="REQUEST", prodid="-//Calendly//Calendly//EN",
        company="Cabinly", role="Customer Success Lead (Airlines)", stage="",
        interviewers="jonas.cabinly@gmail.com", trap="calendly-founder-freemail-en"))

    uid = "calcom-booking-9aZt3kQ2bX@cal.com"
    a(simple("calcom-case-en", uid, [
        "DTSTART:20270118T150000Z", "DTEND:20270118T160000Z", "DTSTAMP:20270112T090000Z",
        org("mira@cabinly.io", "Mira Okonkwo"), att(ME, "Sabine Krüger"),
        att("jonas@cabinly.io", "Jonas Weber", role="OPT-PARTICIPANT"),
        "SUMMARY:Round 2: product walkthrough + customer case between Mira Okonkwo and Sabine Krüger",
        "LOCATION:https://app.cal.com/video/9aZt3kQ2bX",
        desc("What: Round 2: product walkthrough + customer case\nInvitee time zone: Europe/Berlin\n"
             "Who: Mira Okonkwo - Organizer (CTO, Cabinly)\nSabine Krüger\nJonas Weber (optional)\n\n"
             "Additional notes: Please prepare how you'd onboard an airline's crew control team on a new "
             "roster tool. Customer Success Lead (Airlines).\n\nNeed to make a change? Reschedule or cancel: "
             "https://app.cal.com/booking/9aZt3kQ2bX"),
    ], yes=1, method="REQUEST", prodid="-//Cal.com Inc.//Cal.com Event//EN",
        company="Cabinly", role="Customer Success Lead (Airlines)", stage="technical",
        interviewers="mira@cabinly.io;jonas@cabinly.io", trap="calcom-en"))

    uid = "A7E3C1B9-52D4-4F0A-9E86-1B2C3D4E5F60"
    a(simple("apple-direct-hm-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270121T083000", "DTEND;TZID=Europe/Berlin:20270121T093000",
        "DTSTAMP:20270115T194500Z", "CREATED:20270115T194412Z",
        org("mark.heller@taunusair.de", "Mark Heller"), att(ME, "Sabine Krüger"),
        att("mark.heller@taunusair.de", "Mark Heller", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Coffee & interview – Cabin Manager Trainer",
        "LOCATION:Taunus Air Crew Center\\nAirportring\\, Gate 25\\n60549 Frankfurt am Main",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Taunus Air Crew Center:geo:50.0379,8.5622",
        desc("Hi Sabine, as promised on the phone – let's meet at our crew center. I run cabin training at "
             "Taunus Air and the Cabin Manager Trainer post reports to me. Bring your SEP instructor record if "
             "you have it. Mark"),
        "SEQUENCE:0", "TRANSP:OPAQUE",
    ], yes=1, tool="apple", method="REQUEST", tzs=("Europe/Berlin",),
        company="Taunus Air", role="Cabin Manager Trainer", stage="hiring_manager",
        interviewers="mark.heller@taunusair.de", trap="apple-direct-en"))

    uid = "webex-2650981774-groundstar"
    a(simple("webex-screen-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270114T130000", "DTEND;TZID=Europe/Berlin:20270114T133000",
        "DTSTAMP:20270111T120000Z", org("talent.de@groundstar-handling.com", "GroundStar Talent Germany"),
        att(ME, "Sabine Krüger"), att("p.novak@groundstar-handling.com", "Petra Novak"),
        "SUMMARY:Screening call | Station Customer Service Manager MUC",
        "LOCATION:https://groundstar.webex.com/groundstar/j.php?MTID=m3b8d2e",
        desc("Petra Novak (Talent Acquisition) invites you to a Webex meeting.\n\nStation Customer Service "
             "Manager MUC – first conversation\n\nJoin meeting\nhttps://groundstar.webex.com/groundstar/j.php?"
             "MTID=m3b8d2e\nMeeting number (access code): 2650 981 774\nMeeting password: Gs27mUc\n\n"
             "Join by phone\n+49-619-6781-9736 Germany Toll\n\nGroundStar Handling GmbH"),
    ], yes=1, tool="-//Cisco//Webex Meetings//EN", method="REQUEST", tzs=("Europe/Berlin",),
        company="GroundStar Handling", role="Station Customer Service Manager MUC", stage="recruiter_screen",
        interviewers="p.novak@groundstar-handling.com", trap="webex-en"))

    uid = ("040000008200E00074C5B7101A82E00800000000D1E2F30415A6CDB01000000000000000010000000"
           "C3D4E5F60718293A4B5C6D7E8F901122")
    a(simple("outlook-sentby-final-en", uid, [
        "SUMMARY;LANGUAGE=en-GB:Final interview with CEO - Head of Cabin Crew Training",
        org("edgars.ozols@balticaair.lv", "Ozols, Edgars", sent_by="liga.berzina@balticaair.lv"),
        att(ME, "Sabine Krüger"),
        att("liga.berzina@balticaair.lv", "Berzina, Liga", role="OPT-PARTICIPANT"),
        att("k.jansons@balticaair.lv", "Jansons, Kristaps"),
        desc("Dear Ms Krüger,\n\nOn behalf of Edgars Ozols, CEO of Baltica Airlines, I am sending you the invitation "
             "to the final interview for Head of Cabin Crew Training. Kristaps Jansons (Director Flight Operations) "
             "will also interview you. I will not attend the call; please contact me for any logistics.\n\n"
             "Liga Berzina\nExecutive Assistant to the CEO\n\n" + TEAMS_EN.format(k="MjE0YmFsdGlj", p="660 014 52")),
        "DTSTART;TZID=Europe/Riga:20270223T150000", "DTEND;TZID=Europe/Riga:20270223T160000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270215T101500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Riga",),
        company="Baltica Airlines", role="Head of Cabin Crew Training", stage="final",
        interviewers="edgars.ozols@balticaair.lv;k.jansons@balticaair.lv", trap="outlook-sent-by-ea-en"))

    uid = "rct-interview-44817302@recruitee.com"
    a(simple("company-in-body-en", uid, [
        "DTSTART:20270201T100000Z", "DTEND:20270201T103000Z", "DTSTAMP:20270127T150000Z",
        org("noreply@recruitee.com", "Hiring Team"), att(ME, "Sabine Krüger"),
        att("hannah.cole@vaya-air.com", "Hannah Cole"),
        "SUMMARY:Interview: Crew Experience Manager",
        "LOCATION:Video call (link below)",
        desc("Hello Sabine,\n\nThanks for your interest in joining Vaya Air! Hannah Cole from our People team will "
             "meet you to get to know you and tell you more about the Crew Experience Manager role (remote, "
             "EU).\n\nVideo link: https://meet.google.com/vya-crew-exm\n\nWarm regards,\nThe Vaya Air Hiring "
             "Team"),
    ], yes=1, method="REQUEST", prodid="-//Recruitee//Interview//EN",
        company="Vaya Air", role="Crew Experience Manager", stage="recruiter_screen",
        interviewers="hannah.cole@vaya-air.com", trap="company-only-in-body-en"))

    uid = "hl-search-1193-medflight@harwoodlyle.co.uk"
    a(simple("agency-client-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270224T110000", "DTEND;TZID=Europe/Berlin:20270224T120000",
        "DTSTAMP:20270217T140000Z", org("tom.lyle@harwoodlyle.co.uk", "Tom Lyle"),
        att(ME, "Sabine Krüger"), att("a.schulte@medflight-assistance.de", "Dr. Anke Schulte"),
        "SUMMARY:Sabine Krüger / MedFlight Assistance – Cabin Operations Manager (via Harwood & Lyle)",
        "LOCATION:MedFlight Assistance\\, Flughafenstraße 1\\, 90411 Nürnberg",
        desc("Hi Sabine,\n\nConfirming your meeting with Dr. Anke Schulte, Director of Operations at MedFlight "
             "Assistance, for the Cabin Operations Manager role (air ambulance). I have a call with her "
             "afterwards for feedback – I am not attending.\n\nBest,\nTom Lyle\nPartner, Harwood & Lyle "
             "Executive Search"),
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Berlin",),
        company="MedFlight Assistance", role="Cabin Operations Manager", stage="hiring_manager",
        interviewers="a.schulte@medflight-assistance.de", trap="headhunter-names-client-en"))

    uid = "ostara-training-exercise-2027@ostaracruises.com"
    a(simple("teams-exercise-en", uid, [
        "DTSTART;TZID=W. Europe Standard Time:20270302T150000",
        "DTEND;TZID=W. Europe Standard Time:20270302T161500",
        "DTSTAMP:20270223T081500Z", org("hr@ostaracruises.com", "Ostara Cruises HR"),
        att(ME, "Sabine Krüger"), att("g.lindqvist@ostaracruises.com", "Gustav Lindqvist"),
        att("m.sousa@ostaracruises.com", "Mariana Sousa"),
        "SUMMARY:Training delivery exercise – Onboard Training Manager",
        "LOCATION:Microsoft Teams Meeting",
        desc("Dear Sabine,\n\nFor the next stage of the Onboard Training Manager process at Ostara Cruises you will "
             "deliver a 20-minute virtual training on guest complaint handling to Gustav Lindqvist (Fleet "
             "Training Director) and Mariana Sousa (Hotel Director, MS Ostara Aurora), followed by 30 minutes of "
             "questions.\n\n" + TEAMS_EN.format(k="b3N0YXJh", p="901 226 47")),
    ], yes=1, tool="outlook", method="REQUEST", tzs=("W. Europe Standard Time",),
        company="Ostara Cruises", role="Onboard Training Manager", stage="technical",
        interviewers="g.lindqvist@ostaracruises.com;m.sousa@ostaracruises.com", trap="teams-exercise-en"))

    uid = "crewnest-intro-sabine-20270112"
    a(simple("founder-proton-en", uid, [
        "DTSTART;TZID=Europe/Lisbon:20270112T170000", "DTEND;TZID=Europe/Lisbon:20270112T174500",
        "DTSTAMP:20270109T120000Z", org("leo.marques@proton.me", "Leo Marques"), att(ME, "Sabine"),
        "SUMMARY:Crewnest x Sabine – Head of Crew Experience",
        "LOCATION:https://meet.jit.si/crewnest-sabine",
        desc("Hey Sabine! Thanks for replying to my post. We're building Crewnest (short-stay housing for "
             "airline crews at outstations) and I'm looking for our first Head of Crew Experience. Let's talk for "
             "45 min – I'd like to hear how layovers go wrong and how you'd fix them. Leo (co-founder)"),
    ], yes=1, method="REQUEST", tzs=("Europe/Lisbon",), prodid="-//Proton AG//ProtonCalendar 1.0.0//EN",
        company="Crewnest", role="Head of Crew Experience", stage="",
        interviewers="leo.marques@proton.me", trap="founder-freemail-en"))

    uid = "wd-interview-0e7f3c2b-amberley-55120"
    a(simple("workday-screen-en", uid, [
        "DTSTART:20270107T094500Z", "DTEND:20270107T101500Z", "DTSTAMP:20261221T130000Z",
        org("amberley@myworkday.com", "Amberley Hotels & Resorts"), att(ME, "Sabine Krüger"),
        att("sophie.wallace@amberleyhotels.com", "Sophie Wallace"),
        "SUMMARY:Interview: Guest Experience Manager - Frankfurt (JR-55120) - Sabine Krüger",
        "LOCATION:Phone",
        desc("Interview Details\nCandidate: Sabine Krüger\nJob Requisition: JR-55120 Guest Experience Manager - "
             "Frankfurt\nInterview Type: Phone Screen\nInterviewer: Sophie Wallace, Talent Acquisition Manager"
             "\n\nAmberley Hotels & Resorts"),
    ], yes=1, method="REQUEST", prodid="-//Workday//Workday Recruiting//EN",
        company="Amberley Hotels & Resorts", role="Guest Experience Manager - Frankfurt", stage="recruiter_screen",
        interviewers="sophie.wallace@amberleyhotels.com", trap="workday-phone-en"))

    uid = "wd-interview-5a9b1d4e-amberley-55120"
    a(simple("workday-final-en", uid, [
        "DTSTART;TZID=Europe/Berlin:20270122T140000", "DTEND;TZID=Europe/Berlin:20270122T160000",
        "DTSTAMP:20270114T120000Z", org("amberley@myworkday.com", "Amberley Hotels & Resorts"),
        att(ME, "Sabine Krüger"), att("f.moreau@amberleyhotels.com", "Frédéric Moreau"),
        att("k.schmitz@amberleyhotels.com", "Karin Schmitz"),
        "SUMMARY:Final Interview: Guest Experience Manager - Frankfurt (JR-55120)",
        "LOCATION:Amberley Frankfurt Riverside\\, Schaumainkai 40\\, Frankfurt - ask for the GM office",
        desc("Interview Details\nInterview Type: Final Interview (in person)\nInterviewers: Frédéric Moreau, "
             "General Manager; Karin Schmitz, Area Director of HR\nIncludes a short walk-through of the lobby "
             "with a guest-recovery role play.\n\nAmberley Hotels & Resorts"),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Workday//Workday Recruiting//EN",
        company="Amberley Hotels & Resorts", role="Guest Experience Manager - Frankfurt", stage="final",
        interviewers="f.moreau@amberleyhotels.com;k.schmitz@amberleyhotels.com", trap="workday-final-en"))
    return out
