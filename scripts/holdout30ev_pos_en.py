"""Holdout30 positives in English: Ethan Walsh's own interviews for data-analyst and BI roles."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    Case,
    att,
    calendar,
    meet,
    org,
    teams,
    vevent,
    webex,
    zoom,
)

ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
RES = "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT"
OPT = "ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION"
ACC = "ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED"
ME = att(ME_PRIVATE, "Ethan Walsh")


def cases() -> list[Case]:
    """Given nothing returns the English positive cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: list[str],
            trap: str = "") -> None:
        out.append(Case(kind, "en", uid, True, text, company, role, stage, ivs, trap))

    u = "h30-gh-7d1c9e@greenhouse.io"
    add("greenhouse-technical", u, calendar(GOOGLE, [vevent(
        u, "Interview: Ethan Walsh - Data Analyst (Claims Insights) - Technical", "20261202T140000",
        "20261202T150000", "Europe/Dublin",
        "Hi Ethan,\n\nThanks for confirming. This is your technical interview with Brightwater Health Insurance "
        "for the Data Analyst (Claims Insights) position.\n\nInterviewers:\nAoife Brennan, Analytics Lead\n"
        "Tomás Kiely, Senior BI Developer\n\nExpect a short SQL exercise on a claims table and a walk-through of "
        "a dashboard you have built.\n\n" + zoom("84417730215", "551903") +
        "\n\nScheduled via Greenhouse on behalf of Brightwater Health Insurance.",
        "Zoom", [org("no-reply@greenhouse.io", "Brightwater Health Insurance Recruiting"), ME,
                 att("aoife.brennan@brightwaterhealth.ie", "Aoife Brennan"),
                 att("tomas.kiely@brightwaterhealth.ie", "Tomás Kiely")])], ("Europe/Dublin",)),
        "Brightwater Health Insurance", "Data Analyst (Claims Insights)", "technical",
        ["aoife.brennan@brightwaterhealth.ie", "tomas.kiely@brightwaterhealth.ie"])

    u = "040000008200E00074C5B7101A82E0080000000010a4cc2e38h30@revolut-ex"
    add("outlook-hm-windows-zone", u, calendar(EXCHANGE, [vevent(
        u, "Ethan Walsh / Ledgerline - hiring manager conversation", "20261203T113000", "20261203T121500",
        "GMT Standard Time",
        "Hi Ethan, as discussed with Nadia this is the conversation with me about the Reporting Analyst role in "
        "Finance Ops. Nothing to prepare beyond your CV - I'd like to hear how you'd approach our reconciliation "
        "reporting.\nBest, Ciarán\n\n" + teams("372 118 904 553", "xK3pQ9"),
        "Microsoft Teams Meeting", [org("ciaran.dolan@ledgerline.com", "Ciarán Dolan"), ME],
        ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])], ("GMT Standard Time",)),
        "Ledgerline", "Reporting Analyst", "hiring_manager", ["ciaran.dolan@ledgerline.com"])

    u = "h30-lever-3f2b@lever.co"
    add("lever-recruiter-screen", u, calendar(GOOGLE, [vevent(
        u, "Phone screen with Marta from Quayside Analytics", "20261204T093000", "20261204T100000",
        "Europe/London",
        "Ethan Walsh <> Quayside Analytics\n\nA 30 minute phone call with Marta Sobczak (Talent Partner) about "
        "the Junior BI Analyst opening in London. Marta will call you on the number on your application.\n\n"
        "Need to reschedule? Use the link in your confirmation email.\nPowered by Lever",
        "Phone call", [org("marta.sobczak@quaysideanalytics.co.uk", "Marta Sobczak"), ME])], ("Europe/London",)),
        "Quayside Analytics", "Junior BI Analyst", "recruiter_screen", ["marta.sobczak@quaysideanalytics.co.uk"])

    u = "h30-ashby-onsite-99a1@ashbyhq.com"
    add("ashby-onsite-room", u, calendar(GOOGLE, [vevent(
        u, "Onsite: Ethan Walsh for Insurance Data Analyst", "20261209T100000", "20261209T133000",
        "Europe/Amsterdam",
        "Welcome to Polderpoint!\n\nYour onsite loop for the Insurance Data Analyst role:\n10:00 Case study - "
        "Femke de Groot (Pricing Analytics)\n11:00 Stakeholder session - Joost Visser (Head of Claims Data)\n"
        "12:15 Lunch with the team\n13:00 Wrap-up with Sanne Bakker (People)\n\nPlease ask for Lisa at "
        "reception; she coordinates your day and is your contact for travel receipts.",
        "Polderpoint HQ, Keizersgracht 412, Amsterdam",
        [org("scheduling@polderpoint.nl", "Lisa Verbeek (Polderpoint Scheduling)"), ME,
         att("femke.degroot@polderpoint.nl", "Femke de Groot"), att("joost.visser@polderpoint.nl", "Joost Visser"),
         att("sanne.bakker@polderpoint.nl", "Sanne Bakker"),
         att("ams-4-boardroom@resource.polderpoint.nl", "AMS 4 - Boardroom (12)", ROOM)])],
        ("Europe/Amsterdam",)),
        "Polderpoint", "Insurance Data Analyst", "onsite",
        ["femke.degroot@polderpoint.nl", "joost.visser@polderpoint.nl", "sanne.bakker@polderpoint.nl"])

    u = "h30-calendly-72c0e1d4"
    add("calendly-founder-gmail", u, calendar("-//Calendly//EN", [vevent(
        u, "Ethan Walsh and Rory Fenlon", "20261207T160000Z", "20261207T163000Z", None,
        "Event Name: 30 min intro - Tallyfox\n\nLocation: This is a Google Meet web conference.\n\n"
        "Please share anything that will help prepare for our meeting.: Applied for the first data analyst "
        "hire on the careers page - happy to chat about the role.\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/72c0e1d4\nReschedule: https://calendly.com/reschedulings/72c0e1d4"
        "\n\nPowered by Calendly.com",
        "https://meet.google.com/tfx-qwer-kpl",
        [org("rory.fenlon@gmail.com", "Rory Fenlon"), att("rory.fenlon@gmail.com", "Rory Fenlon", ACC), ME])],
        method="REQUEST"),
        "Tallyfox", "Data Analyst", "", ["rory.fenlon@gmail.com"], "free_mail_founder")

    u = "h30-agency-5511@harbourtalent.ie"
    add("agency-names-employer", u, calendar(OUTLOOK, [vevent(
        u, "Interview - Kestrel Life Assurance - MI Analyst", "20261210T143000", "20261210T153000",
        "GMT Standard Time",
        "Hi Ethan,\n\nConfirming your first interview with Kestrel Life Assurance for the MI Analyst contract. "
        "You'll meet Declan Moriarty (MI Manager) and Gráinne Ward (Senior Analyst) at their Cork office. "
        "I won't be joining but call me straight after!\n\nNiamh Hurley\nHarbour Talent Recruitment",
        "Kestrel Life, Penrose Wharf, Cork",
        [org("niamh.hurley@harbourtalent.ie", "Niamh Hurley"), ME,
         att("declan.moriarty@kestrellife.ie", "Declan Moriarty"),
         att("grainne.ward@kestrellife.ie", "Gráinne Ward")])],
        ("GMT Standard Time",)),
        "Kestrel Life Assurance", "MI Analyst", "", ["declan.moriarty@kestrellife.ie", "grainne.ward@kestrellife.ie"],
        "agency")

    u = "h30-terse-cork-1"
    add("terse-hand-typed", u, calendar(APPLE, [vevent(
        u, "Corrib Re interview (2nd) - Ms Duggan", "20261211T110000", "20261211T120000", "Europe/Dublin",
        None, "Lapps Quay")], ("Europe/Dublin",), method=None),
        "Corrib Re", "", "", [], "terse")

    u = "h30-goodtime-final-8812"
    add("goodtime-final", u, calendar(GOOGLE, [vevent(
        u, "Final round - Ethan Walsh - Senior Data Analyst, Underwriting (Thornbury Specialty)",
        "20261215T130000Z", "20261215T150000Z", None,
        "This interview was scheduled by GoodTime on behalf of Thornbury Specialty.\n\nAgenda\n- 13:00 Panel: "
        "Priya Natarajan (Director of Underwriting Analytics), Owen Lacey (Actuarial)\n- 14:00 Values "
        "conversation: Hannah Cole (Chief Data Officer)\n\nYour coordinator, Becky Stroud, is available on "
        "+44 20 7946 0101 if anything comes up. " + meet("ths-ytrw-ppa", "8812 4410"),
        "Google Meet",
        [org("becky.stroud@thornburyspecialty.co.uk", "Becky Stroud"), ME,
         att("priya.natarajan@thornburyspecialty.co.uk", "Priya Natarajan"),
         att("owen.lacey@thornburyspecialty.co.uk", "Owen Lacey"),
         att("hannah.cole@thornburyspecialty.co.uk", "Hannah Cole")])]),
        "Thornbury Specialty", "Senior Data Analyst, Underwriting", "final",
        ["priya.natarajan@thornburyspecialty.co.uk", "owen.lacey@thornburyspecialty.co.uk",
         "hannah.cole@thornburyspecialty.co.uk"], "coordinator")

    u = "h30-publicjobs-cso-4"
    add("publicjobs-competition", u, calendar(OUTLOOK, [vevent(
        u, "Competition 26/114 Statistician Grade (Data Analytics) - Interview", "20261216T100000",
        "20261216T104500", "GMT Standard Time",
        "Dear Candidate,\n\nYou are invited to attend for interview for the above competition, run on behalf of "
        "the Central Statistics Office. The board will consist of three members. Please bring photographic ID. "
        "Interviews are competency-based.\n\nCandidate ID: 8841207\n\nRecruitment Unit, publicjobs",
        "CSO, Skehard Road, Cork", [org("noreply@publicjobs.ie", "publicjobs"), att(ME_PRIVATE, "Walsh Ethan")])],
        ("GMT Standard Time",)),
        "Central Statistics Office", "Statistician Grade (Data Analytics)", "", [], "public_body")

    u = "h30-workday-rs-77"
    add("workday-screen", u, calendar(OUTLOOK, [vevent(
        u, "Interview Scheduled: Ethan Walsh - R-20871 Business Intelligence Analyst", "20261208T090000",
        "20261208T093000", "GMT Standard Time",
        "Your interview has been scheduled.\n\nJob Requisition: R-20871 Business Intelligence Analyst (Dublin)\n"
        "Interview Type: Recruiter Screen\nInterviewer: Colm Fahy, Talent Acquisition Partner\n\n"
        "Hollister Assurance Group Talent Acquisition\n" + teams("318 402 771 096", "Tz8vWq"),
        "Microsoft Teams", [org("hollister@myworkday.com", "Hollister Assurance Workday"), ME,
                            att("colm.fahy@hollisterassurance.com", "Colm Fahy")])], ("GMT Standard Time",)),
        "Hollister Assurance Group", "Business Intelligence Analyst", "recruiter_screen",
        ["colm.fahy@hollisterassurance.com"], "ats_name")

    u = "h30-work-addr-1@cobaltpay.io"
    add("sent-to-work-address", u, calendar(GOOGLE, [vevent(
        u, "Cobalt Pay | Ethan - analytics take-home review", "20261209T171500Z", "20261209T180000Z", None,
        "Hey Ethan - we'll go through your take-home (the chargeback dataset) together. Sorry for sending to your "
        "work email, it's the one on your CV.\n\nRaj & Eimear\n\n" + meet("cbp-zmxk-aqr", "449 201"),
        None, [org("raj.menon@cobaltpay.io", "Raj Menon"), att(ME_WORK, "Ethan Walsh"),
               att("eimear.quinn@cobaltpay.io", "Eimear Quinn")])]),
        "Cobalt Pay", "", "technical", ["raj.menon@cobaltpay.io", "eimear.quinn@cobaltpay.io"], "work_address")

    u = "h30-cancel-lever-55"
    add("cancelled-screen", u, calendar(GOOGLE, [vevent(
        u, "CANCELLED: Intro call - Data Analyst - Fernhill Insurance", "20261205T100000", "20261205T103000",
        "Europe/Dublin",
        "This interview has been cancelled by Fernhill Insurance. Your recruiter will be in touch to find a new "
        "time.", None, [org("orla.kenny@fernhillinsurance.ie", "Orla Kenny"), ME], status="CANCELLED", seq=2)],
        ("Europe/Dublin",), method="CANCEL"),
        "Fernhill Insurance", "Data Analyst", "recruiter_screen", ["orla.kenny@fernhillinsurance.ie"], "cancelled")

    u = "h30-recur-casework-aa2"
    add("recurring-assessment-override", u, calendar(GOOGLE, [
        vevent(u, "Northgate Consulting assessment - analytics case (day 1 & 2)", "20261214T093000",
               "20261214T120000", "Europe/London",
               "Two-morning assessment for the Analytics Consultant (Insurance practice) vacancy. Day 1: data case "
               "with Lewis Grant. Day 2: client role-play with Meera Shah.", "Northgate Consulting, 20 Fenchurch St",
               [org("lewis.grant@northgate-consulting.co.uk", "Lewis Grant"), ME,
                att("meera.shah@northgate-consulting.co.uk", "Meera Shah")], ["RRULE:FREQ=DAILY;COUNT=2"]),
        vevent(u, "Northgate Consulting assessment - client role-play (moved to afternoon)", "20261215T140000",
               "20261215T163000", "Europe/London", "Day 2 moved to the afternoon at Meera's request.",
               "Northgate Consulting, 20 Fenchurch St",
               [org("lewis.grant@northgate-consulting.co.uk", "Lewis Grant"), ME,
                att("meera.shah@northgate-consulting.co.uk", "Meera Shah")],
               ["RECURRENCE-ID;TZID=Europe/London:20261215T093000"], seq=1)], ("Europe/London",)),
        "Northgate Consulting", "Analytics Consultant (Insurance practice)", "onsite",
        ["lewis.grant@northgate-consulting.co.uk", "meera.shah@northgate-consulting.co.uk"], "recurring_override")

    u = "h30-allday-hq-visit"
    add("all-day-assessment-centre", u, calendar(APPLE, [vevent(
        u, "Assessment centre - Bank of Lismore graduate-to-analyst programme (Data & BI)", "20261217", "20261218",
        None, "All day, arrive 8:45. Group exercise, Excel test, panel interview at 14:00.",
        "Lismore House, Dublin 2")],
        method=None),
        "Bank of Lismore", "", "onsite", [], "all_day")

    u = "h30-floating-hm-3"
    add("floating-hand-typed", u, calendar(APPLE, [vevent(
        u, "Call w/ Sarah Kinsella (Head of Data, Tidewell) re: BI lead role", "20261218T150000",
        "20261218T154500", None, "she'll ring my mobile - 2nd conversation, after Pavel's screen")], method=None,
        head=["X-WR-TIMEZONE:Europe/Dublin", "X-WR-CALNAME:Ethan"]),
        "Tidewell", "BI lead", "hiring_manager", [], "floating")

    u = "h30-webex-publicbody"
    add("webex-panel-council", u, calendar(OUTLOOK, [vevent(
        u, "Interview Board - Data Analyst (Grade 6) - Dublin Region Transport Authority", "20261221T113000",
        "20261221T121500", "GMT Standard Time",
        "Dear Ethan,\n\nFurther to your application, the interview board for the post of Data Analyst (Grade 6) "
        "will meet you by Webex. Board: Fergal Nolan (Chair), Maeve Harte, Ruth O'Sullivan.\n\n" +
        webex("2741 884 3310", "DRTA26") + "\n\nHR Section",
        "Webex", [org("recruitment@drta.ie", "DRTA Recruitment"), ME, att("fergal.nolan@drta.ie", "Fergal Nolan"),
                  att("maeve.harte@drta.ie", "Maeve Harte"), att("ruth.osullivan@drta.ie", "Ruth O'Sullivan")])],
        ("GMT Standard Time",)),
        "Dublin Region Transport Authority", "Data Analyst (Grade 6)", "",
        ["fergal.nolan@drta.ie", "maeve.harte@drta.ie", "ruth.osullivan@drta.ie"])
    return out
