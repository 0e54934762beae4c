"""holdout52: the user's own interviews, English-language invitations (ATS, schedulers, remote employers)."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, webex, zoom
from holdout52ev_ics import GMX, T, att, cal, ev, ms_uid, org, room, vev, when

FORMS = {
    "Ferngold Payments": ["Ferngold"],
    "Parcelyx": [],
    "Tidewell": [],
    "Brightfold": [],
    "Kestrel Health": ["Kestrel"],
    "Orbisana Labs": ["Orbisana"],
    "Limmatblick Versicherungen": ["Limmatblick"],
    "Nordvale": [],
    "Saltmarsh Analytics": ["Saltmarsh"],
    "Meridian Freight Group": ["Meridian Freight"],
    "Vantara Pharma": ["Vantara"],
    "Heuschober Labs": ["Heuschober"],
    "Loopline": [],
    "Helix Reinsurance": ["Helix Re"],
    "Corvid Data": [],
    "Quillpoint": [],
    "Harborline Insurance": ["Harborline"],
    "Hollowbrook": [],
    "Nachtfalter Games": ["Nachtfalter"],
    "Bluefjord Analytics": ["Bluefjord"],
}


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "gh-7718254-int-3@greenhouse.io"
    a(ev("greenhouse-en", cal("greenhouse", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20250919T110000", "20250919T113000"),
        T("SUMMARY", "Recruiter Screen: Teresa Moser <> Ferngold (Data Analyst, Risk)"),
        org("no-reply@greenhouse.io", "Ferngold Recruiting"), att(GMX, "Teresa Moser"),
        att("mia.schuster@ferngold.com", "Mia Schuster"),
        T("DESCRIPTION", "Hi Teresa,\n\nThanks for taking the time to speak with us! Mia Schuster from our "
          "Talent team will walk you through the Data Analyst, Risk role at Ferngold Payments and our Vienna "
          "office.\n\n" + meet("en", "kcb-uhwz-rna") + "\n\nPowered by Greenhouse")),
        tz=("Europe/Vienna",)),
        uid, 1, "Ferngold Payments", "Data Analyst, Risk", "recruiter_screen", ["mia.schuster@ferngold.com"]))

    uid = "gh-7718254-int-9@greenhouse.io"
    a(ev("greenhouse-onsite-room-en", cal("greenhouse", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251010T090000", "20251010T123000"),
        T("SUMMARY", "Onsite Interview – Data Analyst, Risk – Ferngold"),
        org("no-reply@greenhouse.io", "Ferngold Recruiting"), att(GMX, "Teresa Moser"),
        att("jan.obermayr@ferngold.com", "Jan Obermayr"), att("rachel.kim@ferngold.com", "Rachel Kim"),
        att("tomas.varga@ferngold.com", "Tomas Varga"),
        att("nina.ruf@ferngold.com", "Nina Ruf (Recruiting Coordinator)", role="NON-PARTICIPANT"),
        room("room.prater@ferngold.com", "VIE-5-Prater (8)"),
        T("DESCRIPTION", "Your onsite agenda:\n09:00 Welcome – Nina Ruf (coordinator)\n09:15 SQL deep dive – "
          "Jan Obermayr\n10:15 Fraud metrics case – Rachel Kim\n11:15 Hiring manager – Tomas Varga\n12:15 "
          "Q&A and office tour\n\nAddress: Praterstraße 31, 1020 Wien, 5th floor."),
        T("LOCATION", "Ferngold Vienna, Praterstraße 31, 5th floor, VIE-5-Prater")), tz=("Europe/Vienna",)),
        uid, 1, "Ferngold Payments", "Data Analyst, Risk", "onsite",
        ["jan.obermayr@ferngold.com", "rachel.kim@ferngold.com", "tomas.varga@ferngold.com"],
        "greenhouse-onsite-room-coordinator-en"))

    uid = "lever-iv-2f7c1e90-0b3a-4d2e-b7f1-parcelyx"
    a(ev("lever-en", cal("lever", vev(
        f"UID:{uid}", *when("Europe/London", "20250922T150000", "20250922T154500"),
        T("SUMMARY", "Hiring Manager Interview – Analytics Engineer (Remote, EU) – Teresa Moser"),
        org("interviews@hire.lever.co", "Parcelyx Talent"), att(GMX, "Teresa Moser"),
        att("owen.price@parcelyx.co.uk", "Owen Price"),
        T("DESCRIPTION", "Hi Teresa,\n\nYou're confirmed for a 45 minute conversation with Owen Price, Head "
          "of Data at Parcelyx.\n\n" + zoom("en", "86633019924")), T("LOCATION", "Zoom")),
        tz=("Europe/London",)),
        uid, 1, "Parcelyx", "Analytics Engineer (Remote, EU)", "hiring_manager", ["owen.price@parcelyx.co.uk"]))

    uid = "ashby-6c1f4e2a-7d93-4b08-a1e5-3f2d9c8b7a61"
    a(ev("ashby-utc-en", cal("ashby", vev(
        f"UID:{uid}", *when("Z", "20251003T140000", "20251003T150000"),
        T("SUMMARY", "Tidewell | Technical Interview: SQL & Data Modeling"),
        org("no-reply@ashbyhq.com", "Tidewell Recruiting"), att(GMX, "Teresa Moser"),
        att("dana.whitfield@tidewell.com", "Dana Whitfield"), att("luis.ortega@tidewell.com", "Luis Ortega"),
        T("DESCRIPTION", "Hi Teresa,\n\nHere are the details for your Technical Interview for Senior Data "
          "Analyst (Remote, Europe) with Dana Whitfield and Luis Ortega.\n\n" + zoom("en", "81027733410")
          + "\n\nNeed to reschedule? https://app.ashbyhq.com/interview-reschedule/6c1f4e2a")),
        method="REQUEST"),
        uid, 1, "Tidewell", "Senior Data Analyst (Remote, Europe)", "technical",
        ["dana.whitfield@tidewell.com", "luis.ortega@tidewell.com"]))

    uid = "goodtime-evt-83jd92kq0w-brightfold"
    a(ev("goodtime-final-en", cal("goodtime", vev(
        f"UID:{uid}", *when("America/New_York", "20251015T090000", "20251015T123000"),
        T("SUMMARY", "Final Round: Analytics Engineer – Teresa Moser (Virtual)"),
        org("scheduling@brightfold.io", "Kelsey Adams (Brightfold Recruiting Coordinator)"),
        att(GMX, "Teresa Moser"), att("m.osei@brightfold.io", "Michael Osei"),
        att("priya.raman@brightfold.io", "Priya Raman"), att("ben.caldwell@brightfold.io", "Ben Caldwell"),
        att("sara.lind@brightfold.io", "Sara Lind"),
        T("DESCRIPTION", "Hi Teresa,\n\nYour final round is scheduled. Kelsey (coordinator) will host the "
          "waiting room and check in between sessions.\n\n9:00–9:45 ET  Data modeling – Michael Osei\n"
          "9:50–10:35 ET  Stakeholder case – Priya Raman\n10:45–11:30 ET  Values – Ben Caldwell\n"
          "11:40–12:30 ET  Hiring manager – Sara Lind\n\n" + zoom("en", "84470011293", "brightfold")
          + "\n\nScheduled with GoodTime")), tz=("America/New_York",)),
        uid, 1, "Brightfold", "Analytics Engineer", "final",
        ["m.osei@brightfold.io", "priya.raman@brightfold.io", "ben.caldwell@brightfold.io", "sara.lind@brightfold.io"],
        "goodtime-coordinator-organizer-en"))

    uid = "ml-int-Q29tcGFueToxMjM0-kestrel"
    a(ev("modernloop-en", cal("modernloop", vev(
        f"UID:{uid}", *when("Europe/London", "20251008T130000", "20251008T140000"),
        T("SUMMARY", "Kestrel Health Interview: Analytics Case Study (Teresa Moser)"),
        org("calendar@modernloop.io", "Kestrel Health via ModernLoop"), att(GMX, "Teresa Moser"),
        att("hugh.mccarthy@kestrelhealth.com", "Hugh McCarthy"),
        T("DESCRIPTION", "Role: Product Analyst, Clinical Ops\nInterviewer: Hugh McCarthy\nFormat: 60 min "
          "case study on patient-funnel data, shared screen.\n\n" + meet("en", "yvt-rspa-dfe"))),
        tz=("Europe/London",)),
        uid, 1, "Kestrel Health", "Product Analyst, Clinical Ops", "technical", ["hugh.mccarthy@kestrelhealth.com"]))

    uid = "6g2k8m4p0r1s3u5w7y9a2c4e6g@google.com"
    a(ev("founder-gmail-en", cal("google", vev(
        *when("Europe/Berlin", "20250930T180000", "20250930T183000"), "DTSTAMP:20250926T211533Z",
        org("jonas.reiter.dev@gmail.com", "Jonas Reiter"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("jonas.reiter.dev@gmail.com", "Jonas Reiter", ps="ACCEPTED"),
        T("DESCRIPTION", "Hi Teresa – great to hear from you via the Orbisana careers page. I'm one of the two "
          "founders of Orbisana Labs (we're 9 people, Munich + remote). Let's talk about the first-analytics-"
          "hire role and what you'd build here.\n\nJonas\n\n" + meet("en", "gxq-ratm-wbo")),
        T("SUMMARY", "Teresa / Jonas – chat about the analytics role")), tz=("Europe/Berlin",)),
        uid, 1, "Orbisana Labs", "", "", ["jonas.reiter.dev@gmail.com"], "founder-gmail-body-only-en"))

    uid = ms_uid("rw-limmatblick-ae")
    a(ev("agency-en", cal("outlook", vev(
        T("DESCRIPTION", "Hi Teresa,\n\nAs discussed, please find the invite for your interview with my client "
          "Limmatblick Versicherungen AG for the Analytics Engineer role. You will meet Thomas Egli (Head of "
          "Data Platform).\n\n" + teams("en", "ODk0YjEyMDUt", "398112005773")
          + "\n\nBest regards,\nChloe Marsh\nRobert Walters Switzerland"),
        *when("W. Europe Standard Time", "20251013T140000", "20251013T150000"),
        T("SUMMARY", "Interview: Limmatblick – Analytics Engineer – Teresa Moser"), f"UID:{uid}",
        org("chloe.marsh@robertwalters.ch", "Marsh, Chloe"), att(GMX, "Teresa Moser"),
        att("thomas.egli@limmatblick.ch", "Egli, Thomas")), tz=("W. Europe Standard Time",), tznames=False),
        uid, 1, "Limmatblick Versicherungen", "Analytics Engineer", "hiring_manager", ["thomas.egli@limmatblick.ch"],
        "agency-names-employer-en"))

    uid = "calendly-2b9e7f1c-5d34-48aa-9f0e-1c2b3d4e5f6a"
    a(ev("calendly-en", cal("calendly", vev(
        f"UID:{uid}", *when("Z", "20250924T120000", "20250924T122500"),
        T("SUMMARY", "Teresa Moser and Grace O'Neill"), org("grace.oneill@nordvale.com", "Grace O'Neill"),
        att(GMX, "Teresa Moser", ps="ACCEPTED"), att("grace.oneill@nordvale.com", "Grace O'Neill", ps="ACCEPTED"),
        T("DESCRIPTION", "Event Name: Nordvale – Intro call (Data Analyst, Marketing)\n\nLocation: This is a "
          "Google Meet web conference.\nhttps://meet.google.com/zsd-qpon-kuv\n\nPlease share anything that "
          "will help prepare for our meeting.: Currently data analyst at a bank in Vienna.\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/2b9e7f1c\n"
          "Reschedule: https://calendly.com/reschedulings/2b9e7f1c\n\nPowered by Calendly.com"))),
        uid, 1, "Nordvale", "Data Analyst, Marketing", "recruiter_screen", ["grace.oneill@nordvale.com"]))

    uid = "workable-evt-55810423-saltmarsh"
    a(ev("workable-phone-en", cal("workable", vev(
        f"UID:{uid}", *when("Europe/London", "20250926T100000", "20250926T103000"),
        T("SUMMARY", "Phone screen – Analytics Engineer (remote) at Saltmarsh Analytics"),
        org("saltmarsh@workablemail.com", "Saltmarsh Analytics"), att(GMX, "Teresa Moser"),
        att("ellie.barnes@saltmarsh.io", "Ellie Barnes"),
        T("DESCRIPTION", "Ellie Barnes will call you on +43 664 ••• ••42. Please make sure you're somewhere "
          "quiet.\n\nSaltmarsh Analytics Ltd · Bristol, UK")), tz=("Europe/London",)),
        uid, 1, "Saltmarsh Analytics", "Analytics Engineer (remote)", "recruiter_screen",
        ["ellie.barnes@saltmarsh.io"], "phone-screen-workable-en"))

    uid = "icims-MFG-req20417-int-6623"
    a(ev("icims-en", cal("icims", vev(
        f"UID:{uid}", *when("America/New_York", "20251016T100000", "20251016T110000"),
        T("SUMMARY", "Interview - Data Analyst II (Remote – EMEA) - Technical"),
        org("careers@meridianfreight.icims.com", "Meridian Freight Group Talent Acquisition"),
        att(GMX, "MOSER, TERESA"), att("rgarcia@meridianfreight.com", "Garcia, Roberto"),
        att("tlee@meridianfreight.com", "Lee, Tiffany"),
        T("DESCRIPTION", "Dear Teresa,\n\nThank you for your interest in Meridian Freight Group. Your technical "
          "interview for Req #20417 Data Analyst II is confirmed with Roberto Garcia and Tiffany Lee.\n\n"
          + teams("en", "ZTlmY2NhMjIt", "244917356001"))), tz=("America/New_York",)),
        uid, 1, "Meridian Freight Group", "Data Analyst II (Remote – EMEA)", "technical",
        ["rgarcia@meridianfreight.com", "tlee@meridianfreight.com"]))

    uid = "WD-VANTARA-INTV-0092231"
    a(ev("workday-en", cal("workday", vev(
        f"UID:{uid}", *when("Europe/Zurich", "20251106T090000", "20251106T150000"),
        T("SUMMARY", "Final Interview Day – Data Analyst, Commercial Excellence – Vantara Pharma"),
        org("vantara@myworkday.com", "Vantara Pharma AG"), att(GMX, "Teresa Moser"),
        att("kathrin.bolliger@vantara.com", "Kathrin Bolliger"), att("james.whitaker@vantara.com", "James Whitaker"),
        T("DESCRIPTION", "Dear Teresa,\n\nWe are pleased to invite you to the final interview day at our "
          "Zurich site (Thurgauerstrasse 40). Interviewers: Kathrin Bolliger (Director Commercial Analytics), "
          "James Whitaker (VP Commercial Excellence). Lunch with the team included.\n\nVantara Pharma AG – "
          "Talent Acquisition")), tz=("Europe/Zurich",)),
        uid, 1, "Vantara Pharma", "Data Analyst, Commercial Excellence", "final",
        ["kathrin.bolliger@vantara.com", "james.whitaker@vantara.com"]))

    uid = "personio-interview-a1b2c3d4-heuschober-4471"
    a(ev("personio-en", cal("personio", vev(
        f"UID:{uid}", *when("Europe/Berlin", "20250929T113000", "20250929T120000"),
        T("SUMMARY", "Intro with Heuschober Labs | Data Analyst (f/m/d)"),
        org("jobs@heuschober.com", "Heuschober Labs GmbH"), att(GMX, "Teresa Moser"),
        att("ivana.kovac@heuschober.com", "Ivana Kovač"),
        T("DESCRIPTION", "Hi Teresa,\nlooking forward to our first call! Ivana (People) will tell you about us "
          "and ask about your experience.\n\n" + meet("en", "sye-jwkb-ctn"))), tz=("Europe/Berlin",)),
        uid, 1, "Heuschober Labs", "Data Analyst (f/m/d)", "recruiter_screen", ["ivana.kovac@heuschober.com"]))

    uid = "tt-meeting-91033-Lp8zXe@teamtailor.com"
    a(ev("teamtailor-en", cal("teamtailor", vev(
        f"UID:{uid}", *when("Z", "20251009T120000", "20251009T131500"),
        T("SUMMARY", "Loopline – Take-home review with the data team"),
        org("notifications@teamtailor.com", "Loopline"), att(GMX, "Teresa Moser"),
        att("oskar.berg@loopline.se", "Oskar Berg"), att("maja.lund@loopline.se", "Maja Lund"),
        T("DESCRIPTION", "Hi Teresa!\nYou'll walk Oskar and Maja through your take-home (the subscription churn "
          "dataset) for the Analytics Engineer role, then they'll dig into your modeling choices.\n\n"
          + meet("en", "tnm-oaqz-plk")))),
        uid, 1, "Loopline", "Analytics Engineer", "technical", ["oskar.berg@loopline.se", "maja.lund@loopline.se"]))

    uid = "bk-ae00c2d1-helix-reinsurance@bookings.outlook.com"
    a(ev("bookings-en", cal("bookings", vev(
        f"UID:{uid}", *when("Europe/Zurich", "20251002T083000", "20251002T090000"),
        T("SUMMARY", "Talent Acquisition Call – Teresa Moser"),
        org("Careers@helixre.onmicrosoft.com", "Helix Re Careers"), att(GMX, "Teresa Moser"),
        att("anja.frey@helixre.com", "Anja Frey"),
        T("DESCRIPTION", "Your booking with Helix Reinsurance Careers is confirmed.\nService: Talent "
          "Acquisition Call (30 min)\nStaff: Anja Frey\nPosition: Data Analyst, Nat Cat Pricing\n\n"
          + teams("en", "MjQ1ZmYwNzMt", "331780015924"))), tz=("Europe/Zurich",)),
        uid, 1, "Helix Reinsurance", "Data Analyst, Nat Cat Pricing", "recruiter_screen", ["anja.frey@helixre.com"]))

    uid = "gh-8102745-int-5@greenhouse.io"
    a(ev("cancelled-status-en", cal("greenhouse", vev(
        f"UID:{uid}", *when("Europe/London", "20251014T140000", "20251014T150000"), "STATUS:CANCELLED",
        "SEQUENCE:1", T("SUMMARY", "Canceled: Technical Interview – Corvid Data – Teresa Moser"),
        org("no-reply@greenhouse.io", "Corvid Data Recruiting"), att(GMX, "Teresa Moser"),
        att("alex.hughes@corviddata.co.uk", "Alex Hughes"),
        T("DESCRIPTION", "This interview has been canceled. Your recruiter will be in touch to reschedule.")),
        method="CANCEL", tz=("Europe/London",)),
        uid, 1, "Corvid Data", "", "technical", ["alex.hughes@corviddata.co.uk"], "cancelled-status-en"))

    uid = "3d8f1k5n9q2t6w0z4c7g1j5m8p@google.com"
    a(ev("rescheduled-google-en", cal("google", vev(
        *when("Europe/Berlin", "20251024T160000", "20251024T180000"), "DTSTAMP:20251020T091533Z",
        org("talent@quillpoint.com", "Quillpoint Talent"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("hanna.becker@quillpoint.com", "Hanna Becker"),
        att("sam.ortiz@quillpoint.com", "Sam Ortiz"), "SEQUENCE:3", "LAST-MODIFIED:20251020T091530Z",
        T("DESCRIPTION", "Rescheduled from Thu 23 Oct at Hanna's request. Final round for the Senior Analytics "
          "Engineer role: system design for a metrics layer (Hanna) + culture & leadership (Sam).\n\n"
          + meet("en", "dqe-vnfu-hya")),
        T("SUMMARY", "Quillpoint – Final Round (rescheduled)")), tz=("Europe/Berlin",)),
        uid, 1, "Quillpoint", "Senior Analytics Engineer", "final",
        ["hanna.becker@quillpoint.com", "sam.ortiz@quillpoint.com"], "rescheduled-sequence-en"))

    uid = ms_uid("harborline-hm-int")
    a(ev("outlook-eastern-en", cal("outlook", vev(
        T("DESCRIPTION", "Hi Teresa,\n\nLooking forward to talking about the Analytics Engineer role on my "
          "team.\n\nDerek\n\n" + teams("en", "YTc4MjAxZmIt", "260014992731")),
        *when("Eastern Standard Time", "20251021T093000", "20251021T101500"),
        T("SUMMARY", "Harborline | Teresa Moser / Derek Sullivan"), f"UID:{uid}",
        org("dsullivan@harborline.com", "Sullivan, Derek"), att(GMX, "Teresa Moser"),
        T("LOCATION", "Microsoft Teams Meeting")), tz=("Eastern Standard Time",), tznames=False),
        uid, 1, "Harborline Insurance", "Analytics Engineer", "hiring_manager", ["dsullivan@harborline.com"],
        "outlook-eastern-no-stage-word-en"))

    uid = "A7E3C2B1-9D0F-4E8A-B6C5-1F2E3D4C5B6A"
    a(ev("hand-typed-en", cal("apple", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251007T170000", "20251007T174500"),
        T("SUMMARY", "Hollowbrook tech screen w/ Priya"), T("LOCATION", "zoom link in mail"),
        "CREATED:20251001T194400Z"), method=None, tz=("Europe/Vienna",)),
        uid, 1, "Hollowbrook", "", "technical", ["priya"], "hand-typed-en"))

    uid = "zoom-91158830442-nachtfalter"
    a(ev("zoom-direct-en", cal("google", vev(
        *when("Europe/Vienna", "20251001T110000", "20251001T120000"), "DTSTAMP:20250925T131015Z",
        org("f.maier@nachtfalter.games", "Fabian Maier"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("f.maier@nachtfalter.games", "Fabian Maier", ps="ACCEPTED"),
        att("yuki.tanaka@nachtfalter.games", "Yuki Tanaka"),
        T("DESCRIPTION", "Interview – Data Analyst (Player Insights)\nWith Fabian (Lead Data) and Yuki "
          "(Game Economy Designer). We'll go through a short retention exercise together.\n\n"
          + zoom("en", "91158830442")),
        T("SUMMARY", "Interview – Data Analyst (Player Insights)")), tz=("Europe/Vienna",)),
        uid, 1, "Nachtfalter Games", "Data Analyst (Player Insights)", "technical",
        ["f.maier@nachtfalter.games", "yuki.tanaka@nachtfalter.games"]))

    uid = "zr-intv-1180044-bluefjord@zohorecruit.eu"
    a(ev("zoho-webex-en", cal("zoho", vev(
        f"UID:{uid}", *when("Europe/London", "20251027T110000", "20251027T115000"),
        T("SUMMARY", "Interview scheduled: Analytics Engineer – Teresa Moser"),
        org("recruit@bluefjord.ie", "Bluefjord Analytics Recruitment"), att(GMX, "Teresa Moser"),
        att("ciaran.doyle@bluefjord.ie", "Ciarán Doyle"),
        T("DESCRIPTION", "Interview Name: Second interview\nInterviewer(s): Ciarán Doyle\nClient: Bluefjord "
          "Analytics (Dublin, remote-first)\n\n" + webex("en", "2744 019 663", "bluefjord"))),
        tz=("Europe/London",)),
        uid, 1, "Bluefjord Analytics", "Analytics Engineer", "", ["ciaran.doyle@bluefjord.ie"], "zoho-webex-en"))
    return out
