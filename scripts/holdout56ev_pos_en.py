"""holdout56: the user's own interviews, English, ATS and schedulers (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout56ev_ics import (
    GOOGLE,
    VTZ,
    E,
    att,
    calendar,
    me,
    meet,
    org,
    room,
    teams,
    vevent,
    webex,
    when,
    zoom,
)

LON = [VTZ["Europe/London"]]


def events() -> list[dict[str, str]]:
    out = []

    uid = "gh-7f3a9c21-5d4e-4b8a-9f10-2c6e81a0d4b7@greenhouse.io"
    desc = ("Hi Hannah,\n\nThis confirms your interview for Legal Counsel, Employment at Tallyfold.\n\n"
            "Interviewers:\nRuth Adeyemi - Head of Legal\n\n"
            + zoom("845 2210 9931", "Tf81kLmQ2aZ") + "\n\nIf you need to reschedule, reply to this email.\n"
            "Tallyfold Talent Team\nPowered by Greenhouse")
    out.append(E("greenhouse-hm-en", calendar([vevent(
        uid, "Interview: Hannah Whitfield <> Tallyfold (Legal Counsel, Employment)",
        when("20250311", "1400", 45), desc, "Zoom",
        [org("no-reply@us.greenhouse-mail.io", "Tallyfold Recruiting"), me(),
         att("ruth.adeyemi@tallyfold.com", "Ruth Adeyemi")])], GOOGLE, tzs=LON),
        uid, 1, "Tallyfold", "Legal Counsel, Employment", "hiring_manager", "ruth.adeyemi@tallyfold.com"))

    uid = "lever-int-0b9d8e7f6a5c4b3a"
    desc = ("Hannah Whitfield - Commercial Counsel - Intro call\n\nYou'll be speaking with Kerry Lomax from our "
            "Talent team for a 30 minute introductory phone call. Kerry will call you on +44 7700 900418.\n\n"
            "Brightmoor Energy | Careers")
    out.append(E("lever-phone-screen-en", calendar([vevent(
        uid, "Brightmoor Energy - Intro call with Kerry", when("20250304", "0930", 30), desc,
        "Phone call", [org("kerry.lomax@brightmoor.energy", "Kerry Lomax"), me()])], GOOGLE, tzs=LON),
        uid, 1, "Brightmoor Energy", "Commercial Counsel", "recruiter_screen", "kerry.lomax@brightmoor.energy"))

    uid = "ashby-2c7e1f0a-33b4-4f65-8d2e-a9b0c1d2e3f4"
    desc = ("Drafting exercise (60 min)\nCandidate: Hannah Whitfield\nPosition: Legal Counsel (Commercial)\n\n"
            "You'll be given a short SaaS reseller agreement to mark up live and talk us through your "
            "amendments. No preparation needed.\n\nInterviewers: Dev Malhotra, Imogen Crane\n\n"
            + meet("qpx-trnv-aok") + "\n\nScheduled via Ashby")
    out.append(E("ashby-utc-technical-en", calendar([vevent(
        uid, "Quillpoint | Drafting exercise - Hannah Whitfield", when("20250318", "1300", 60, utc=True),
        desc, "https://meet.google.com/qpx-trnv-aok",
        [org("recruiting@quillpoint.ai", "Quillpoint Recruiting"), me(),
         att("dev@quillpoint.ai", "Dev Malhotra"), att("imogen.crane@quillpoint.ai", "Imogen Crane")])],
        "-//Ashby//Ashby Scheduling//EN"),
        uid, 1, "Quillpoint", "Legal Counsel (Commercial)", "technical",
        "dev@quillpoint.ai;imogen.crane@quillpoint.ai"))

    uid = "WD-INT-0000482213-PBS"
    desc = ("Dear Hannah,\n\nThank you for your application for the role of Employment Lawyer (Requisition "
            "R-20931). We are pleased to invite you to a final interview at our Head Office, Pennine House, "
            "Halifax HX1 2RG.\n\nYou will meet Andrew Gillespie (General Counsel) and Nadia Quinn (Head of "
            "Employee Relations). Please bring photo ID.\n\nKind regards\nPennine Building Society Recruitment")
    out.append(E("workday-final-en", calendar([vevent(
        uid, "Final Interview - Employment Lawyer", when("20250410", "1030", 75), desc,
        "Pennine House, Halifax HX1 2RG",
        [org("pennine@myworkday.com", "Pennine Building Society"), me(),
         att("andrew.gillespie@penninebs.co.uk", "Andrew Gillespie"),
         att("nadia.quinn@penninebs.co.uk", "Nadia Quinn")])], "-//Workday//Workday Calendar//EN", tzs=LON),
        uid, 1, "Pennine Building Society", "Employment Lawyer", "final",
        "andrew.gillespie@penninebs.co.uk;nadia.quinn@penninebs.co.uk"))

    uid = "sr-7731904-1743-interview@smartrecruiters.com"
    desc = ("Interview confirmed\n\nCompany: Calder & Vane LLP\nJob: Associate – Employment (NQ–2 PQE)\n"
            "Type: Video interview\nInterviewer: Simon Okoro, Partner\n\n" + teams("NjQ1Mz")
            + "\n\nThis invitation was sent via SmartRecruiters on behalf of Calder & Vane LLP.")
    out.append(E("smartrecruiters-en", calendar([vevent(
        uid, "Video interview – Calder & Vane LLP", when("20250313", "1100", 60), desc,
        "Microsoft Teams", [org("noreply@smartrecruiters.com", "Calder & Vane LLP"), me(),
                            att("s.okoro@caldervane.com", "Simon Okoro")])],
        "-//SmartRecruiters//Interview Scheduler//EN", tzs=LON),
        uid, 1, "Calder & Vane", "Associate – Employment (NQ–2 PQE)", "", "s.okoro@caldervane.com"))

    uid = "teamtailor-meeting-55af1e0c9b"
    desc = ("Hi Hannah!\n\nLooking forward to our chat about the Commercial Counsel role at Ferncastle. "
            "It'll be you, me (Lotte, People Partner) and Gus from our legal team.\n\n"
            + meet("fcg-wpzk-tmb") + "\n\n/Lotte\n\nSent with Teamtailor")
    out.append(E("teamtailor-en", calendar([vevent(
        uid, "Ferncastle Games x Hannah Whitfield", when("20250306", "1600", 45), desc, "Google Meet",
        [org("lotte.berg@ferncastle.gg", "Lotte Berg"), me(),
         att("gus.mcbride@ferncastle.gg", "Angus McBride")])], "-//Teamtailor//Teamtailor//EN", tzs=LON),
        uid, 1, "Ferncastle Games", "Commercial Counsel", "",
        "lotte.berg@ferncastle.gg;gus.mcbride@ferncastle.gg"))

    uid = "icims-interview-338812-harcourt"
    desc = ("Interview details\nPosition: Senior Counsel, Employment (UK) - Req 2025-1142\n"
            "Interview type: Hiring manager interview\nInterviewer: Claire Benedetti, Associate General Counsel"
            "\nDuration: 45 minutes\n\n" + webex_text() + "\n\nHarcourt Pharma UK Limited")
    out.append(E("icims-webex-hm-en", calendar([vevent(
        uid, "Interview - Senior Counsel, Employment (UK)", when("20250325", "1500", 45), desc, "Webex",
        [org("harcourtpharma@icims.com", "Harcourt Pharma Talent Acquisition"), me(),
         att("claire.benedetti@harcourtpharma.com", "Claire Benedetti")])], "-//iCIMS//Scheduling//EN",
        tzs=LON), uid, 1, "Harcourt Pharma", "Senior Counsel, Employment (UK)", "hiring_manager",
        "claire.benedetti@harcourtpharma.com"))

    uid = "040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5D901000000000000000010000000AA55"
    desc = ("Assessment centre – Commercial Lawyer (Graduate/NQ)\n\n09:30 Arrival and welcome (Talent "
            "Acquisition)\n10:00 Written exercise: supply agreement review\n11:15 Competency interview with "
            "Priya Raman and Tom Everett\n12:30 Close\n\nMarlow Aerospace plc, Filton")
    out.append(E("successfactors-assessment-en", calendar([vevent(
        uid, "Marlow Aerospace – Assessment Centre", when("20250422", "0930", 180), desc,
        "Marlow Aerospace, Building 7, Filton, Bristol BS34",
        [org("talent@marlowaero.com", "Marlow Aerospace Talent"), me(),
         att("priya.raman@marlowaero.com", "Priya Raman"), att("tom.everett@marlowaero.com", "Tom Everett"),
         att("ta.coordinator@marlowaero.com", "Gemma Pike (Coordinator)", role="OPT-PARTICIPANT")])],
        "-//SAP SuccessFactors//Recruiting//EN", tzs=LON),
        uid, 1, "Marlow Aerospace", "Commercial Lawyer (Graduate/NQ)", "onsite",
        "priya.raman@marlowaero.com;tom.everett@marlowaero.com"))

    uid = "goodtime-9a0b-4e3c-panel-vantora"
    desc = ("Vantora – Onsite interview schedule for Hannah Whitfield\nRole: Legal Counsel, EMEA\n\n"
            "11:00–11:45 Contracts deep-dive – Felix Arundel\n11:45–12:30 Employment scenarios – Maya Osei\n"
            "12:30–13:00 Values – Jonah Price\n\nYour coordinator today is Bea Ross (not interviewing); call "
            "her on +44 20 7946 0321 when you arrive at 1 Finsbury Avenue.\n\nScheduled with GoodTime")
    out.append(E("goodtime-onsite-coordinator-en", calendar([vevent(
        uid, "Onsite: Hannah Whitfield – Legal Counsel, EMEA", when("20250415", "1100", 120), desc,
        "Vantora London, 1 Finsbury Avenue, London EC2M 2PF",
        [org("scheduling@vantora.com", "Bea Ross"), me(),
         att("felix.arundel@vantora.com", "Felix Arundel"), att("maya.osei@vantora.com", "Maya Osei"),
         att("jonah.price@vantora.com", "Jonah Price"),
         att("bea.ross@vantora.com", "Bea Ross", role="NON-PARTICIPANT", ps="ACCEPTED"),
         room("ldn-fa-4-thames@vantora.com", "LDN-FA-4-Thames (8)")])], "-//GoodTime//GoodTime.io//EN",
        tzs=LON), uid, 1, "Vantora", "Legal Counsel, EMEA", "onsite",
        "felix.arundel@vantora.com;maya.osei@vantora.com;jonah.price@vantora.com"))

    uid = "modernloop-event-3f2b1a0c@modernloop.io"
    desc = ("Final round – Kitewire\nHannah Whitfield (Candidate)\n\nInterviewers: Olu Bankole (General "
            "Counsel), Sarah Finch (VP People)\n\n" + zoom("912 4410 2287", "kW7hG2nPq") + "\n\nModernLoop")
    out.append(E("modernloop-final-en", calendar([vevent(
        uid, "Final round: Hannah Whitfield / Kitewire", when("20250429", "1000", 90), desc, "Zoom",
        [org("recruiting@kitewire.io", "Kitewire Recruiting"), me(),
         att("olu@kitewire.io", "Olu Bankole"), att("sarah.finch@kitewire.io", "Sarah Finch")])],
        "-//ModernLoop//ModernLoop Scheduler//EN", tzs=LON),
        uid, 1, "Kitewire", "", "final", "olu@kitewire.io;sarah.finch@kitewire.io"))

    uid = "a81c7f0e-6b2d-4f77-9e45-calendly-ellisonrowe"
    desc = ("Event Name: Associate interview (Employment) – 45 min\n\nInvitee: Hannah Whitfield\nInvitee "
            "Email: hannah.whitfield@outlook.com\n\nLocation: Ellison Rowe Solicitors, 14 King Street, "
            "Manchester M2 6AZ\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "a81c7f0e\nReschedule: https://calendly.com/reschedulings/a81c7f0e\n\nPowered by Calendly.com")
    out.append(E("calendly-partner-en", calendar([vevent(
        uid, "Associate interview (Employment) – 45 min between Maeve Rowe and Hannah Whitfield",
        when("20250320", "0900", 45, utc=True), desc, "14 King Street, Manchester M2 6AZ",
        [org("maeve@ellisonrowe.co.uk", "Maeve Rowe"), me()])], "-//Calendly//Calendly//EN"),
        uid, 1, "Ellison Rowe Solicitors", "Associate (Employment)", "", "maeve@ellisonrowe.co.uk"))

    uid = "calcom-bk-4d9a1e7e2c"
    desc = ("What: Chat about the in-house role\nInvitee: Hannah Whitfield\nAdditional notes: Re: the "
            "employment & commercial counsel job I posted on LinkedIn. We're a 40-person legal ops startup "
            "(Lumen Legal) so this is informal, but it is the first interview.\n\nWhere: Cal Video "
            "https://app.cal.com/video/4d9a1e7e2c\n\nNeed to reschedule or cancel? https://cal.com/booking/"
            "4d9a1e7e2c")
    out.append(E("calcom-founder-gmail-en", calendar([vevent(
        uid, "Chat about the in-house role between Theo Marchetti and Hannah Whitfield",
        when("20250307", "1230", 30, utc=True), desc, "Cal Video",
        [org("theo.marchetti@gmail.com", "Theo Marchetti"), me()])], "-//Cal.com Inc.//Cal.com Event//EN"),
        uid, 1, "Lumen Legal", "employment & commercial counsel", "", "theo.marchetti@gmail.com"))

    uid = "bookings-wsllp-9e22c0d1a7@outlook.office365.com"
    desc = ("Appointment: First interview – NQ Solicitor (Employment)\nStaff: Rachel Sykes\n\n"
            + teams("ZmE4Yj") + "\n\nWainwright Sykes LLP | Bookings")
    out.append(E("msbookings-en", calendar([vevent(
        uid, "First interview – NQ Solicitor (Employment) with Rachel Sykes",
        when("20250312", "1400", 60, tz="GMT Standard Time"), desc, "Microsoft Teams Meeting",
        [org("WainwrightSykesRecruitment@wainwrightsykes.co.uk", "Wainwright Sykes Recruitment"), me(),
         att("rachel.sykes@wainwrightsykes.co.uk", "Rachel Sykes")])],
        "-//Microsoft Corporation//Bookings//EN"),
        uid, 1, "Wainwright Sykes LLP", "NQ Solicitor (Employment)", "", "rachel.sykes@wainwrightsykes.co.uk"))

    uid = "meet-invite-plinth-5j2k9l3m4n@google.com"
    desc = ("Hey Hannah – looking forward to it. Hiring manager chat for the Legal Counsel (People & "
            "Employment) role; I run legal and the role reports to me.\n\nBen\n\n" + meet("plt-hqrs-zzu")
            + "\n\nInvitation from Google Calendar")
    out.append(E("google-direct-hm-en", calendar([vevent(
        uid, "Hannah / Ben – Plinth", when("20250319", "1130", 30), desc, "https://meet.google.com/plt-hqrs-zzu",
        [org("ben.oyelaran@plinth.hr", "Ben Oyelaran"), att("ben.oyelaran@plinth.hr", "Ben Oyelaran",
                                                            ps="ACCEPTED"), me()])], GOOGLE, tzs=LON),
        uid, 1, "Plinth", "Legal Counsel (People & Employment)", "hiring_manager", "ben.oyelaran@plinth.hr"))

    uid = "kmha-interview-0a9c8b7d6e5f"
    desc = ("Interview for the post of Solicitor (Employment & Governance), ref KM/LEG/0425.\nPanel: Jas Kaur "
            "(Head of Legal Services), Owen Darby (Director of People)\nThere will be a 20-minute presentation on "
            "the topic sent to you in advance, followed by questions.\n\n" + zoom("833 0092 5561", "KmHa55xx")
            )
    out.append(E("zoom-panel-housing-en", calendar([vevent(
        uid, "Kingsmere Housing – Interview – Solicitor (Employment & Governance)", when("20250402", "1000", 60),
        desc, "Zoom", [org("recruitment@kingsmere.org.uk", "Kingsmere Recruitment"), me(),
                       att("jas.kaur@kingsmere.org.uk", "Jas Kaur"), att("owen.darby@kingsmere.org.uk", "Owen Darby")
                       ])], GOOGLE, tzs=LON),
        uid, 1, "Kingsmere Housing Association", "Solicitor (Employment & Governance)", "",
        "jas.kaur@kingsmere.org.uk;owen.darby@kingsmere.org.uk"))

    uid = "ashby-cf0e4a1b-reschedule-9931"
    desc = ("UPDATED: your interview has moved from Tue 8 April to Thu 10 April.\n\nTechnical interview: "
            "employment law scenarios\nRole: Employment Counsel\nInterviewer: Harriet Vos\n\n"
            + zoom("867 3301 4402", "Ob5vR9zz") + "\n\nOakfield Health")
    out.append(E("rescheduled-seq-en", calendar([vevent(
        uid, "Rescheduled: Oakfield Health – Technical interview (Hannah Whitfield)",
        when("20250410", "1330", 60, utc=True), desc, "Zoom",
        [org("talent@oakfieldhealth.co.uk", "Oakfield Health Talent"), me(),
         att("harriet.vos@oakfieldhealth.co.uk", "Harriet Vos")], seq=2)], "-//Ashby//Ashby Scheduling//EN"),
        uid, 1, "Oakfield Health", "Employment Counsel", "technical", "harriet.vos@oakfieldhealth.co.uk"))

    uid = "orbis-ta-phone-20250305"
    desc = ("Hi Hannah, as discussed I'll give you a ring on 07700 900418 for a 20 min screening call about "
            "the Legal Counsel – Employment vacancy at Orbis. Nothing to prepare.\nThanks, Chloe\n\nChloe Marsh | "
            "Talent Acquisition Partner | Orbis Telecom UK")
    out.append(E("phone-screen-ta-en", calendar([vevent(
        uid, "Phone screen: Hannah Whitfield (Legal Counsel – Employment)", when("20250305", "1245", 20), desc,
        "Telephone", [org("chloe.marsh@orbistel.co.uk", "Chloe Marsh"), me()])],
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzs=LON),
        uid, 1, "Orbis Telecom", "Legal Counsel – Employment", "recruiter_screen", "chloe.marsh@orbistel.co.uk"))

    uid = "yorkstone-webex-66a0b3"
    desc = ("Second stage interview – Associate, Commercial Legal\nYou'll meet Helena Barr (Senior Legal "
            "Counsel). Please have your CV to hand.\n\n" + webex_text() + "\n\nYorkstone Bank plc – Legal")
    out.append(E("webex-second-stage-en", calendar([vevent(
        uid, "Yorkstone Bank – Second stage interview", when("20250408", "1600", 45), desc, "Webex",
        [org("helena.barr@yorkstonebank.co.uk", "Barr, Helena"), me()])], "-//Cisco//Webex//EN", tzs=LON),
        uid, 1, "Yorkstone Bank", "Associate, Commercial Legal", "", "helena.barr@yorkstonebank.co.uk"))

    uid = "gcal-xwr-pickering-7q8w9e@google.com"
    desc = ("Hi Hannah,\n\nWe'd love you to join our assessment day for NQ associates. Schedule: in-tray "
            "exercise, partner interview with Mark Hale, lunch with the employment team.\n\nGraduate & NQ "
            "Recruitment, Pickering Hale LLP")
    out.append(E("allday-assessment-en", calendar([vevent(
        uid, "Pickering Hale – NQ assessment day", when("20250424", ""), desc,
        "Pickering Hale LLP, 3 Park Row, Leeds LS1 5HN",
        [org("nqrecruitment@pickeringhale.com", "Pickering Hale NQ Recruitment"), me(),
         att("mark.hale@pickeringhale.com", "Mark Hale")], extra=["TRANSP:TRANSPARENT"])], GOOGLE,
        method="PUBLISH", headers=["X-WR-CALNAME:Hannah", "X-WR-TIMEZONE:Europe/London"]),
        uid, 1, "Pickering Hale", "NQ associates", "onsite", "mark.hale@pickeringhale.com"))

    uid = "cancel-greaves-mortimer-41b2@greavesmortimer.com"
    out.append(E("cancel-method-en", calendar([vevent(
        uid, "Canceled: Interview – Associate, Employment – Greaves Mortimer", when("20250317", "1000", 60),
        "The interview has been cancelled as the role has been filled internally. We will be in touch.",
        "Greaves Mortimer, 1 Spinningfields, Manchester",
        [org("hr@greavesmortimer.com", "Greaves Mortimer HR"), me(),
         att("l.mortimer@greavesmortimer.com", "Lucy Mortimer")], seq=1, status="CANCELLED")], GOOGLE,
        method="CANCEL", tzs=LON),
        uid, 1, "Greaves Mortimer", "Associate, Employment", "", "l.mortimer@greavesmortimer.com"))
    return out


def webex_text() -> str:
    return webex("2641873309")
