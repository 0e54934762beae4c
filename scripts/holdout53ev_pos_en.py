"""holdout53: the user's own interviews, English-language invitations (written blind)."""

from __future__ import annotations

from holdout53ev_ics import (
    APPLE,
    EXCHANGE,
    GCAL,
    ME,
    ME_CN,
    OUTLOOK,
    UTC1_EN,
    Ev,
    T,
    att,
    b,
    cal,
    cet,
    ev,
    fl,
    london,
    meet,
    ms_cet,
    ms_gmt,
    org,
    teams,
    tz,
    u,
    zoom,
)

AMS = "Europe/Amsterdam"


def gh_screen() -> Ev:
    uid = "greenhouse-interview-71120934-vandermeerfoods"
    e = ev(uid, tz(AMS, "20260216T140000"), tz(AMS, "20260216T143000"),
           "SUMMARY:Kofi Mensah-Bauer - Recruiter Screen - Demand Planning Lead (Vandermeer Foods)",
           org("talent@vandermeerfoods.nl", "Vandermeer Foods Talent"),
           att("sanne.bakker@vandermeerfoods.nl", "Sanne Bakker"), att(ME, ME_CN),
           T("DESCRIPTION", "Hi Kofi,", "", "Thanks for your interest in the Demand Planning Lead role at Vandermeer "
             "Foods! This is a 30-minute conversation with Sanne Bakker, our Talent Acquisition Partner, about your "
             "background and what you're looking for.", "", *zoom("93301288456"), "",
             "Scheduled via Greenhouse by Ilse Verhoeven (Recruiting Coordinator)."),
           "LOCATION:Zoom")
    return Ev("greenhouse-screen-en", cal(e, prodid="-//Greenhouse Software//Greenhouse//EN", tzs=(cet(AMS),)), uid,
              1, "Vandermeer Foods", "Demand Planning Lead", "recruiter_screen", "sanne.bakker@vandermeerfoods.nl",
              "greenhouse-coordinator-en")


def gh_onsite() -> Ev:
    uid = "greenhouse-interview-71188410-vandermeerfoods"
    e = ev(uid, tz(AMS, "20260312T093000"), tz(AMS, "20260312T130000"),
           "SUMMARY:Onsite Interview: Kofi Mensah-Bauer for Demand Planning Lead",
           org("ilse.verhoeven@vandermeerfoods.nl", "Ilse Verhoeven"),
           att(ME, ME_CN), att("ruud.vandermeer@vandermeerfoods.nl", "Ruud van der Meer"),
           att("priya.raman@vandermeerfoods.nl", "Priya Raman"), att("tom.jansen@vandermeerfoods.nl", "Tom Jansen"),
           att("rdam-boardroom@vandermeerfoods.nl", "Rotterdam HQ - Boardroom (12)", cutype="ROOM",
               role="NON-PARTICIPANT", rsvp=None),
           T("DESCRIPTION", "Agenda", "09:30 Welcome & site tour - Ilse Verhoeven (coordinator)",
             "10:00 S&OP case discussion - Priya Raman, Head of Supply Planning",
             "11:00 Commercial alignment - Tom Jansen, Sales Director Benelux",
             "12:00 Wrap-up - Ruud van der Meer, COO", "", "Address: Vandermeer Foods B.V., Waalhaven Z.z. 44, "
             "Rotterdam. Please bring a photo ID for reception."),
           "LOCATION:Vandermeer Foods HQ\\, Rotterdam - Boardroom")
    return Ev("greenhouse-onsite-en", cal(e, prodid="-//Greenhouse Software//Greenhouse//EN", tzs=(cet(AMS),)), uid,
              1, "Vandermeer Foods", "Demand Planning Lead", "onsite",
              "ruud.vandermeer@vandermeerfoods.nl;priya.raman@vandermeerfoods.nl;tom.jansen@vandermeerfoods.nl",
              "greenhouse-onsite-room-en")


def workday_uk() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000020D3F5B6C8A0DC01000000000000000010000000A8F3"
    e = ev(uid, tz("GMT Standard Time", "20260304T110000"), tz("GMT Standard Time", "20260304T120000"),
           "SUMMARY:Interview - Kofi Mensah-Bauer - S&OP Manager (JR-20931)",
           org("olivia.hart@clarendonhousehold.co.uk", "Hart, Olivia"),
           att(ME, ME_CN), att("d.okafor@clarendonhousehold.co.uk", "Okafor, Daniel"),
           T("DESCRIPTION", "Hi Kofi,", "", "Please find below the details for your interview with Daniel Okafor "
             "(Head of Integrated Business Planning) for the S&OP Manager position (JR-20931).", "",
             "This interview was scheduled in Workday. Olivia Hart, Talent Acquisition", "", *teams("398112744")),
           "LOCATION:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", seq=0)
    return Ev("workday-outlook-gmt-en", cal(e, prodid=OUTLOOK, tzs=(ms_gmt(),)), uid, 1, "Clarendon Household",
              "S&OP Manager", "hiring_manager", "d.okafor@clarendonhousehold.co.uk", "workday-gmt-zone-en")


def ashby_case() -> Ev:
    uid = "ashby-7fe1b2c4-0a9d-4a6b-8e57-brindle"
    e = ev(uid, tz("Europe/London", "20260319T130000"), tz("Europe/London", "20260319T143000"),
           "SUMMARY:Case Study Interview | Brindle Pet Nutrition x Kofi",
           org("no-reply@ashbyhq.com", "Brindle Pet Nutrition"), att(ME, ME_CN),
           att("harriet.cole@brindlepet.com", "Harriet Cole"), att("sam.ward@brindlepet.com", "Sam Ward"),
           T("DESCRIPTION", "Hey Kofi,", "", "You'll present the forecasting case we sent over (20 min) followed by "
             "Q&A with Harriet Cole (Supply Chain Director) and Sam Ward (Senior Demand Planner).", "",
             "Role: Demand Planning Manager", "", *meet("xdu-ptwa-kqo"), "", "Powered by Ashby"),
           "LOCATION:Google Meet")
    return Ev("ashby-case-en", cal(e, prodid="-//Ashby//Interview Scheduling//EN", tzs=(london(),)), uid, 1,
              "Brindle Pet Nutrition", "Demand Planning Manager", "technical",
              "harriet.cole@brindlepet.com;sam.ward@brindlepet.com", "ashby-case-en")


def icims() -> Ev:
    uid = "iCIMS-Event-4419021-sanovia"
    e = ev(uid, u("20260305T080000"), u("20260305T090000"),
           "SUMMARY:Interview Invitation: Demand & Supply Planning Lead (Req #2026-118)",
           org("sanovia-careers@talent.icims.com", "Sanovia Careers"), att(ME, ME_CN),
           att("m.huber@sanovia.at", "Markus Huber"),
           T("DESCRIPTION", "Dear Kofi,", "", "We are pleased to invite you to an interview for the position of "
             "Demand & Supply Planning Lead with Sanovia Consumer Health GmbH, Vienna.",
             "Interviewer: Markus Huber, Director Supply Chain Austria", "Format: video call (link below)", "",
             *teams("620044817"), "", "Kind regards,", "Sanovia Talent Acquisition"),
           "LOCATION:Video Call")
    return Ev("icims-en", cal(e, prodid="-//iCIMS//Talent Platform//EN"), uid, 1, "Sanovia Consumer Health",
              "Demand & Supply Planning Lead", "", "m.huber@sanovia.at", "icims-utc-en")


def goodtime_final() -> Ev:
    uid = "gt-5c0f9a1e-2b77-43d9-b1a1-thistleoak"
    e = ev(uid, tz("Europe/London", "20260402T100000"), tz("Europe/London", "20260402T123000"),
           "SUMMARY:Final Interview Panel - Kofi Mensah-Bauer - Head of S&OP",
           org("scheduling@thistleoak.co.uk", "Thistle & Oak Scheduling"), att(ME, ME_CN),
           att("fiona.mcleod@thistleoak.co.uk", "Fiona McLeod"), att("callum.reid@thistleoak.co.uk", "Callum Reid"),
           att("aisha.bello@thistleoak.co.uk", "Aisha Bello"),
           att("emily.grant@thistleoak.co.uk", "Emily Grant", role="OPT-PARTICIPANT"),
           T("DESCRIPTION", "Hello Kofi,", "", "Your final panel for Head of S&OP is confirmed.",
             "Panel: Fiona McLeod (CFO), Callum Reid (Operations Director), Aisha Bello (Commercial Director)",
             "Coordinator: Emily Grant (she will greet you but is not on the panel)", "",
             "Thistle & Oak Distillers Ltd, Bonnington Road Lane, Edinburgh EH6 5JE", "", "Sent via GoodTime"),
           "LOCATION:Thistle & Oak Distillers\\, Edinburgh")
    return Ev("goodtime-final-en", cal(e, prodid="-//GoodTime.io//Hire//EN", tzs=(london(),)), uid, 1,
              "Thistle & Oak Distillers", "Head of S&OP", "final",
              "fiona.mcleod@thistleoak.co.uk;callum.reid@thistleoak.co.uk;aisha.bello@thistleoak.co.uk",
              "goodtime-coordinator-en")


def modernloop() -> Ev:
    uid = "modernloop-a01f77-vanrossum-kmb"
    e = ev(uid, tz(AMS, "20260407T090000"), tz(AMS, "20260407T120000"),
           "SUMMARY:[Interview] Kofi Mensah-Bauer <> Van Rossum Koffie - Onsite",
           org("recruiting@vanrossumkoffie.nl", "Van Rossum Recruiting"), att(ME, ME_CN),
           att("b.visser@vanrossumkoffie.nl", "Bram Visser"), att("l.dekker@vanrossumkoffie.nl", "Lotte Dekker"),
           att("zaandam-roastery-1@vanrossumkoffie.nl", "Zaandam Roastery Meeting Room 1", cutype="RESOURCE",
               role="NON-PARTICIPANT", rsvp=None),
           T("DESCRIPTION", "Interview schedule for Kofi Mensah-Bauer - Supply Planning Lead", "",
             "09:00-10:00  Bram Visser - Planning deep dive", "10:00-11:00  Lotte Dekker - Values & collaboration",
             "11:00-12:00  Roastery tour", "", "Scheduled with ModernLoop"),
           "LOCATION:Van Rossum Koffie\\, Zaandam")
    return Ev("modernloop-onsite-en", cal(e, prodid="-//ModernLoop//ModernLoop//EN", tzs=(cet(AMS),)), uid, 1,
              "Van Rossum Koffie", "Supply Planning Lead", "onsite",
              "b.visser@vanrossumkoffie.nl;l.dekker@vanrossumkoffie.nl", "modernloop-resource-en")


def calendly() -> Ev:
    uid = "calendly-7d9d3a55-1c1e-4bd0-a2c3-kuipers"
    e = ev(uid, u("20260225T123000"), u("20260225T130000"),
           "SUMMARY:Anouk de Vries and Kofi Mensah-Bauer",
           org("anouk.devries@bakkerijkuipers.nl", "Anouk de Vries"),
           att("anouk.devries@bakkerijkuipers.nl", "Anouk de Vries", ps="ACCEPTED", rsvp=None), att(ME, ME_CN),
           T("DESCRIPTION", "Event Name: Intro call - Planning vacancies (30 min)", "",
             "Location: This is a phone call. Anouk de Vries will call the guest at +49 171 5520981", "",
             "Questions:", "Which role are you applying for?", "Demand Planner Team Lead, Bakkerij Kuipers", "",
             "Need to make changes to this event?", "Cancel: https://calendly.com/cancellations/7d9d3a55",
             "Reschedule: https://calendly.com/reschedulings/7d9d3a55", "", "Powered by Calendly.com"),
           "LOCATION:+49 171 5520981")
    return Ev("calendly-en", cal(e, prodid="-//Calendly//Calendly//EN"), uid, 1, "Bakkerij Kuipers",
              "Demand Planner Team Lead", "recruiter_screen", "anouk.devries@bakkerijkuipers.nl",
              "calendly-names-only-people-en")


def calcom_founder() -> Ev:
    uid = "calcom-booking-xq81mPa2Lr"
    e = ev(uid, b("20260220T180000"), b("20260220T184500"),
           "SUMMARY:Chat: Kofi x Moritz (Bergland)",
           org("moritz.landauer@gmail.com", "Moritz Landauer"), att(ME, ME_CN),
           T("DESCRIPTION", "What: Chat: Kofi x Moritz (Bergland)", "Invitee Time Zone: Europe/Berlin", "",
             "Additional notes: Moritz is co-founder of Bergland Hafer (oat drinks). Talking about the first "
             "Head of Planning hire - how you'd set up S&OP from scratch.", "", "Where: https://cal.com/video/"
             "x8PqLr2d", "", "Need to reschedule or cancel? https://cal.com/booking/xq81mPa2Lr"),
           "LOCATION:Cal Video")
    return Ev("calcom-founder-en", cal(e, prodid="-//Cal.com Inc.//Cal.com Event//EN", tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Bergland Hafer", "Head of Planning", "hiring_manager", "moritz.landauer@gmail.com",
              "calcom-founder-gmail-en")


def xwr_zwaluw() -> Ev:
    uid = "0a9sk3h2b7nmq1t5e6o4r8v2zl@google.com"
    e = ev(uid, fl("20260323T150000"), fl("20260323T160000"),
           "SUMMARY:Interview Brouwerij De Zwaluw - Supply Chain Planner",
           org("maarten@dezwaluw.beer", "Maarten Hoekstra"), att(ME, ME_CN),
           att("maarten@dezwaluw.beer", "Maarten Hoekstra", ps="ACCEPTED", rsvp=None),
           att("joyce@dezwaluw.beer", "Joyce Smit"),
           T("DESCRIPTION", "Hi Kofi - second conversation, this time with Joyce (brewmaster) too. We'll walk "
             "you through our weekly brewing & packaging plan and would love your take.", "",
             *meet("ntr-wkhf-pcz")),
           "LOCATION:Google Meet")
    return Ev("google-xwr-floating-en", cal(e, prodid=GCAL, method=None, head=(
        "CALSCALE:GREGORIAN", "X-WR-CALNAME:kofi.mensah-bauer@t-online.de", "X-WR-TIMEZONE:Europe/Amsterdam")),
        uid, 1, "Brouwerij De Zwaluw", "Supply Chain Planner", "technical",
        "maarten@dezwaluw.beer;joyce@dezwaluw.beer", "x-wr-timezone-floating-en")


def agency_uk() -> Ev:
    uid = "HF-20260309-KMB-PENN@harbourfinch.co.uk"
    e = ev(uid, tz("Europe/London", "20260309T140000"), tz("Europe/London", "20260309T150000"),
           "SUMMARY:Interview confirmed - Pennington Cereals - Demand Planning Manager",
           org("george@harbourfinch.co.uk", "George Ashworth"), att(ME, ME_CN),
           att("r.pennington@penningtoncereals.co.uk", "Rachel Pennington"),
           T("DESCRIPTION", "Hi Kofi,", "", "Great news - Pennington Cereals would like to meet you. You'll be "
             "speaking with Rachel Pennington (Supply Chain Director). I won't join, but give me a ring "
             "afterwards.", "", *teams("704512290"), "", "George Ashworth | Senior Consultant, FMCG Supply Chain",
             "Harbour & Finch Recruitment Ltd"),
           "LOCATION:Microsoft Teams Meeting")
    return Ev("agency-uk-en", cal(e, prodid=OUTLOOK, tzs=(london(),)), uid, 1, "Pennington Cereals",
              "Demand Planning Manager", "", "r.pennington@penningtoncereals.co.uk", "agency-names-employer-en")


def gh_cancel() -> Ev:
    uid = "greenhouse-interview-70990112-gruenfink"
    e = ev(uid, b("20260223T110000"), b("20260223T120000"),
           "SUMMARY:Canceled: Interview - Kofi Mensah-Bauer - Teamlead Demand Planning",
           org("recruiting@gruenfink.de", "Grünfink Naturkost Recruiting"), att(ME, ME_CN),
           att("lea.sommer@gruenfink.de", "Lea Sommer"),
           T("DESCRIPTION", "This interview with Lea Sommer has been canceled. Our recruiting team will reach out "
             "with a new time.", "", "Grünfink Naturkost GmbH"),
           "STATUS:CANCELLED", seq=1, stamp="20260220T154400Z")
    return Ev("greenhouse-cancel-en", cal(e, prodid="-//Greenhouse Software//Greenhouse//EN", method="CANCEL",
                                          tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Grünfink Naturkost", "Teamlead Demand Planning", "", "lea.sommer@gruenfink.de",
              "method-cancel-en")


def lever() -> Ev:
    uid = "lever-interview-0c1d7f2a-lindqvist"
    e = ev(uid, b("20260302T103000"), b("20260302T111500"),
           "SUMMARY:Interview with Lindqvist Kaffee: Kofi Mensah-Bauer",
           org("interviews@hire.lever.co", "Lindqvist Kaffee"), att(ME, ME_CN),
           att("nils.lindqvist@lindqvist-kaffee.de", "Nils Lindqvist"),
           T("DESCRIPTION", "Hi Kofi,", "", "Here are the details for your upcoming interview for S&OP Lead.",
             "Interviewer: Nils Lindqvist (Managing Director)", "", *meet("bwo-zqsa-ufe"), "",
             "Best,", "Johanna (People Ops, Lindqvist Kaffee Hamburg)"),
           "LOCATION:Google Meet")
    return Ev("lever-en", cal(e, prodid="-//Lever//Lever Hire//EN", tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Lindqvist Kaffee", "S&OP Lead", "hiring_manager", "nils.lindqvist@lindqvist-kaffee.de", "lever-en")


def workable() -> Ev:
    uid = "workable-evt-2f9a61b0-zhz"
    e = ev(uid, tz(AMS, "20260311T100000"), tz(AMS, "20260311T104500"),
           "SUMMARY:Interview: Kofi Mensah-Bauer (Demand Planning Lead)",
           org("noreply@workablemail.com", "ZHZ Recruitment"), att(ME, ME_CN),
           att("hendrik.mulder@zhz.nl", "Hendrik Mulder"),
           T("DESCRIPTION", "Interview for Demand Planning Lead at Zuiderhaven Zuivel (ZHZ), Leeuwarden.",
             "Interviewer: Hendrik Mulder, Manager Supply Chain Planning", "Type: Video interview", "",
             *zoom("81544720934")),
           "LOCATION:Zoom")
    return Ev("workable-en", cal(e, prodid="-//Workable//Workable//EN", tzs=(cet(AMS),)), uid, 1,
              "Zuiderhaven Zuivel", "Demand Planning Lead", "", "hendrik.mulder@zhz.nl", "workable-acronym-en")


def outlook_marlow() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000F0C41A9DB3A5DC010000000000000000100000007711"
    e = ev(uid, tz("GMT Standard Time", "20260313T090000"), tz("GMT Standard Time", "20260313T100000"),
           "SUMMARY:Kofi / James - Demand Planning Lead conversation",
           org("james.tate@marlowtate.com", "Tate, James"), att(ME, "Kofi Mensah-Bauer"),
           att("james.tate@marlowtate.com", "Tate, James", ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Hi Kofi,", "", "Looking forward to our conversation about the Demand Planning Lead "
             "role in my team at Marlow & Tate. It's the hiring-manager round; Chloe from HR won't be joining.",
             "", *teams("561200937"), "", "James"),
           "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Kofi\\,</p><p>Looking forward to our conversation about "
           "the Demand Planning Lead role in my team at Marlow &amp; Tate.</p></body></html>",
           "LOCATION:Microsoft Teams Meeting")
    return Ev("outlook-x-alt-desc-en", cal(e, prodid=OUTLOOK, tzs=(ms_gmt(),)), uid, 1, "Marlow & Tate",
              "Demand Planning Lead", "hiring_manager", "james.tate@marlowtate.com", "outlook-hm-no-keyword-en")


def recruitee() -> Ev:
    uid = "recruitee-interview-3390117@oudeland.recruitee.com"
    e = ev(uid, tz(AMS, "20260306T133000"), tz(AMS, "20260306T143000"),
           "SUMMARY:Interview with Kaasmakerij Oudeland - Kofi Mensah-Bauer",
           org("careers@oudeland.nl", "Kaasmakerij Oudeland"), att(ME, ME_CN),
           att("w.brouwer@oudeland.nl", "Wim Brouwer"), att("f.elbouazzati@oudeland.nl", "Fatima El Bouazzati"),
           T("DESCRIPTION", "Dear Kofi,", "", "You're invited for an interview for the position S&OP Coordinator "
             "(international sales). You will meet Wim Brouwer and Fatima El Bouazzati.", "", *teams("770019385"),
             "", "Sent with Recruitee"),
           "LOCATION:Online")
    return Ev("recruitee-en", cal(e, prodid="-//Recruitee//Recruitee//EN", tzs=(cet(AMS),)), uid, 1,
              "Kaasmakerij Oudeland", "S&OP Coordinator (international sales)", "",
              "w.brouwer@oudeland.nl;f.elbouazzati@oudeland.nl", "recruitee-en")


def ios_brindle() -> Ev:
    uid = "5B2E9C71-0D4A-4F8B-9E23-A61C7D0B3F88"
    e = ev(uid, tz("Europe/London", "20260401T110000"), tz("Europe/London", "20260401T120000"),
           "SUMMARY:Brindle 3rd rd - Ops Director", "LOCATION:Brindle office\\, Bristol",
           "DESCRIPTION:Tom Whitaker. ask about S&OP maturity + team size", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTO")
    return Ev("ios-terse-en", cal(e, prodid=APPLE, method=None, tzs=(london(),)), uid, 1, "Brindle Pet Nutrition",
              "", "", "Tom Whitaker", "hand-typed-abbrev-en")


def lindqvist_round2() -> Ev:
    uid = "7g2hc0p9ls1kv8q5w3m6j4d2ee@google.com"
    e = ev(uid, u("20260316T090000"), u("20260316T100000"),
           "SUMMARY:Lindqvist | 2nd round - planning exercise",
           org("anna.berg@lindqvist-kaffee.de", "Anna Berg"), att(ME, ME_CN),
           att("anna.berg@lindqvist-kaffee.de", "Anna Berg", ps="ACCEPTED", rsvp=None),
           att("johanna.petersen@lindqvist-kaffee.de", "Johanna Petersen", role="OPT-PARTICIPANT"),
           T("DESCRIPTION", "Hi Kofi, as discussed: 60 min planning exercise with me (Head of Supply Chain). "
             "Johanna (People Ops) is only on the invite for scheduling.", "", *meet("hqe-gvmz-aoc")),
           "LOCATION:Google Meet")
    return Ev("google-utc-exercise-en", cal(e, prodid=GCAL), uid, 1, "Lindqvist Kaffee", "", "technical",
              "anna.berg@lindqvist-kaffee.de", "google-coordinator-optional-en")


def exchange_hoogeveen() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000060E2B1A7C3A6DC0100000000000000001000000018AB"
    z = UTC1_EN
    e = ev(uid, tz(z, "20260324T140000"), tz(z, "20260324T150000"),
           "SUMMARY:Follow-up interview Hoogeveen Frisdranken – S&OP Lead",
           org("r.hoogeveen@hoogeveen-frisdranken.nl", "Hoogeveen, Rik"), att(ME, ME_CN),
           att("a.vandijk@hoogeveen-frisdranken.nl", "Dijk, Annemiek van"),
           att("r.hoogeveen@hoogeveen-frisdranken.nl", "Hoogeveen, Rik", ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Dear Kofi,", "", "Thank you for the first conversation. Annemiek van Dijk (CFO) and I "
             "would like to continue, focusing on the business case for an S&OP process.", "", *teams("812004512"),
             "", "Kind regards,", "Rik Hoogeveen, Managing Director"),
           "LOCATION:Microsoft Teams Meeting", seq=0)
    return Ev("exchange-utc1-en", cal(e, prodid=EXCHANGE, tzs=(ms_cet(z),)), uid, 1, "Hoogeveen Frisdranken",
              "S&OP Lead", "", "r.hoogeveen@hoogeveen-frisdranken.nl;a.vandijk@hoogeveen-frisdranken.nl",
              "exchange-utc1-zone-en")


def sanovia_onsite() -> Ev:
    uid = "iCIMS-Event-4420570-sanovia"
    e = ev(uid, tz("Europe/Vienna", "20260326T090000"), tz("Europe/Vienna", "20260326T140000"),
           "SUMMARY:Onsite interview day - Sanovia Consumer Health Vienna",
           org("sanovia-careers@talent.icims.com", "Sanovia Careers"), att(ME, ME_CN),
           att("m.huber@sanovia.at", "Markus Huber"), att("c.novak@sanovia.at", "Claudia Novak"),
           att("j.fischer@sanovia.at", "Jakob Fischer"),
           T("DESCRIPTION", "Dear Kofi,", "", "Thank you for your time so far. Please join us at our office for the "
             "final interview day for Demand & Supply Planning Lead.", "09:00 Markus Huber", "10:30 Claudia Novak "
             "(Finance)", "12:00 Lunch with the planning team", "13:00 Jakob Fischer (General Manager)", "",
             "Sanovia Consumer Health GmbH, Leopold-Ungar-Platz 2, 1190 Wien"),
           "LOCATION:Sanovia Consumer Health\\, Wien")
    return Ev("icims-onsite-en", cal(e, prodid="-//iCIMS//Talent Platform//EN", tzs=(cet("Europe/Vienna"),)), uid, 1,
              "Sanovia Consumer Health", "Demand & Supply Planning Lead", "final",
              "m.huber@sanovia.at;c.novak@sanovia.at;j.fischer@sanovia.at", "icims-final-day-en")


def events() -> list[Ev]:
    return [gh_screen(), gh_onsite(), workday_uk(), ashby_case(), icims(), goodtime_final(), modernloop(),
            calendly(), calcom_founder(), xwr_zwaluw(), agency_uk(), gh_cancel(), lever(), workable(),
            outlook_marlow(), recruitee(), ios_brindle(), lindqvist_round2(), exchange_hoogeveen(), sanovia_onsite()]

