"""Holdout19: the user's own interviews written in English."""

from __future__ import annotations

from holdout19ev_ics import ME, Ev, Item, att, cal, gcal_footer, meet, org, teams, webex, zoom


def items() -> list[Item]:
    """Given nothing returns the English interview events of holdout19."""
    out: list[Item] = []

    ev = Ev("gh-7f3a91c2d0@greenhouse.io", "Interview: Lucía Fernández - Learning & Development Specialist",
            "20261203T100000", "20261203T104500", tz="Europe/Dublin",
            desc="Hi Lucía,\n\nThanks for making time to speak with Skylark Airways. This is your first conversation "
                 "with our Talent Acquisition team about the Learning & Development Specialist position in Dublin.\n\n"
                 "Interviewer: Aoife Brennan, Senior Talent Partner\n\n" + zoom("812 5530 1147", "Sk7aQ2pL") +
                 "\nPowered by Greenhouse",
            organizer=org("no-reply@greenhouse.io", "Greenhouse"),
            attendees=[att(ME, "Lucía Fernández"), att("aoife.brennan@skylarkairways.ie", "Aoife Brennan")],
            loc="Zoom")
    out.append(Item("recruiter-greenhouse", "en", cal("-//Greenhouse//Scheduling//EN", [ev]), True,
                    "Skylark Airways", "Learning & Development Specialist", "recruiter_screen",
                    ("aoife.brennan@skylarkairways.ie",)))

    ev = Ev("040000008200E00074C5B7101A82E0080000000050B1D3A8@ritterlund.com",
            "Ritterlund Bank - Instructional Designer - panel interview", "20261209T140000", "20261209T153000",
            tz="GMT Standard Time",
            desc="Dear Lucía,\n\nFurther to your conversation with Niamh, please find the invitation for the panel "
                 "stage for the Instructional Designer (Fixed Term, 18 months) role. The panel will be Conor "
                 "Whelan (Head of Learning), Priya Nair (Senior Instructional Designer) and Ruth Gallagher (HR "
                 "Business Partner). Please prepare a ten-minute presentation on a blended onboarding programme "
                 "for branch staff.\n\nKind regards,\nPeople Services Scheduling\n" + teams("en"),
            organizer=org("people.scheduling@ritterlund.com", "People Services Scheduling"),
            attendees=[att("lucia.fernandez@icloud.com", "lucia.fernandez@icloud.com"),
                       att("conor.whelan@ritterlund.com", "Whelan, Conor"),
                       att("priya.nair@ritterlund.com", "Nair, Priya"),
                       att("ruth.gallagher@ritterlund.com", "Gallagher, Ruth"),
                       att("dub-hq-5.12@ritterlund.com", "DUB HQ 5.12 (8)", cutype="ROOM", role="NON-PARTICIPANT")],
            loc="DUB HQ 5.12 (8); Microsoft Teams Meeting",
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    out.append(Item("panel-outlook-windows", "en",
                    cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]), True, "Ritterlund Bank",
                    "Instructional Designer", "onsite",
                    ("conor.whelan@ritterlund.com", "priya.nair@ritterlund.com", "ruth.gallagher@ritterlund.com")))

    ev = Ev("a81b2c.lever.4471@hire.lever.co", "Lucía <> Loomwise | Video call with Marcus", "20261204T163000",
            "20261204T171500", utc=True, tz=None,
            desc="Hey Lucía! Marcus Oyelaran (Head of Learning Programs) will be your interviewer for the Learning "
                 "Experience Designer (Remote, EMEA) role. Expect a relaxed chat about how you built the cabin-crew "
                 "recurrent training, and about your portfolio.\n\n" + meet("kqz-rwta-oep") +
                 "\nScheduled with Lever",
            organizer=org("marcus@loomwise.io", "Marcus Oyelaran"),
            attendees=[att("marcus@loomwise.io", "Marcus Oyelaran", partstat="ACCEPTED"),
                       att(ME, "Lucía Fernández")])
    out.append(Item("hm-lever-utc", "en", cal("-//Lever//Lever Hire//EN", [ev]), True, "Loomwise",
                    "Learning Experience Designer", "hiring_manager", ("marcus@loomwise.io",)))

    ev = Ev("8f2e1d0c-4b5a-4d7e-9c21-ashby-00912", "Technical Interview (Portfolio Review) - Halden Health",
            "20261210T090000", "20261210T100000", tz="Europe/Berlin",
            desc="Candidate: Lucía Fernández\nRole: eLearning Developer\nStage: Portfolio deep dive\n\n"
                 "Interviewers:\n- Jonas Kalbach, Lead eLearning Developer\n- Mette Sørensen, Clinical Education "
                 "Manager\n\nYou'll walk us through two modules you built (storyboard to SCORM package).\n\n" +
                 zoom("944 0021 7780", "hH1dX9e") + "\nThis event was scheduled by Ashby on behalf of Halden Health.",
            organizer=org("scheduling@ashbyhq.com", "Halden Health Recruiting"),
            attendees=[att(ME, "Lucía Fernández"), att("jonas.kalbach@haldenhealth.de", "Jonas Kalbach"),
                       att("mette.sorensen@haldenhealth.de", "Mette Sørensen"),
                       att("recruiting@haldenhealth.de", "Halden Health Recruiting", role="OPT-PARTICIPANT")])
    out.append(Item("technical-ashby", "en", cal("-//Ashby//Scheduling//EN", [ev]), True, "Halden Health",
                    "eLearning Developer", "technical",
                    ("jonas.kalbach@haldenhealth.de", "mette.sorensen@haldenhealth.de")))

    ev = Ev("cal-3k8d9f0s2@calendly.com", "Phone screen: Lucía Fernández and Graham Tully", "20261202T113000",
            "20261202T120000", tz="Europe/Dublin",
            desc="Event Name: Training Coordinator - initial phone screen\n\nGraham will call you on the number you "
                 "provided. Quays University HR is hiring a Training Coordinator for the Staff Development Unit.\n\n"
                 "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/3k8d9f0s2\n"
                 "Reschedule: https://calendly.com/reschedulings/3k8d9f0s2\n\nPowered by Calendly.com",
            organizer=org("g.tully@quaysuniversity.ie", "Graham Tully"),
            attendees=[att("g.tully@quaysuniversity.ie", "Graham Tully", partstat="ACCEPTED"), att(ME, "Lucía")],
            loc="+353 1 555 0192")
    out.append(Item("screen-calendly-phone", "en", cal("-//Calendly//Calendly//EN", [ev]), True,
                    "Quays University", "Training Coordinator", "recruiter_screen", ("g.tully@quaysuniversity.ie",)))

    ev = Ev("wd-INT-2026-118842@myworkday.com", "Interview Scheduled: Learning Consultant (R-118842)",
            "20261211T150000", "20261211T160000", tz="Europe/Zurich",
            desc="Hello Lucía Fernández,\n\nYour interview for the Learning Consultant position (Job Requisition "
                 "R-118842) at Alpazur Aviation SA has been scheduled.\n\nInterview type: Hiring Manager Interview\n"
                 "Interviewer(s): Sébastien Roux\nLocation: Route de l'Aéroport 21, 1215 Genève\n\nPlease bring a "
                 "valid ID for reception.\n\nThis is a system generated message from Workday.",
            organizer=org("alpazur@myworkday.com", "Alpazur Talent Acquisition"),
            attendees=[att(ME, "Lucía Fernández"), att("sebastien.roux@alpazur-aviation.ch", "Sébastien Roux")],
            loc="Route de l'Aéroport 21, 1215 Genève")
    out.append(Item("hm-workday-geneva", "en", cal("-//Workday//Recruiting//EN", [ev]), True, "Alpazur Aviation",
                    "Learning Consultant", "hiring_manager", ("sebastien.roux@alpazur-aviation.ch",)))

    ev = Ev("5b1c0e8a2f@google.com", "Quick call - Brightwater / Lucía", "20261201T170000", "20261201T173000",
            tz="Europe/Madrid",
            desc="Hi Lucía - great to connect on LinkedIn. Let's have a first chat about the Senior Learning "
                 "Consultant opening in our aviation practice before I pass you on to the partners.\nTom\n\n" +
                 meet("bvf-ptqa-uxr") + gcal_footer(),
            organizer=org("tom.haverford@brightwater-lp.com", "Tom Haverford"),
            attendees=[att("tom.haverford@brightwater-lp.com", "Tom Haverford", partstat="ACCEPTED"),
                       att(ME, None)])
    out.append(Item("screen-google-direct", "en", cal("-//Google Inc//Google Calendar 70.9054//EN", [ev]), True,
                    "Brightwater Learning Partners", "Senior Learning Consultant", "recruiter_screen",
                    ("tom.haverford@brightwater-lp.com",)))

    ev = Ev("goodtime-77c1a0e9@goodtime.io", "Onsite Interview Loop - Lucía Fernández (Instructional Designer II)",
            "20261215T090000", "20261215T130000", tz="Europe/Dublin",
            desc="Welcome to Pennant Bank's onsite!\n\nAgenda\n09:00 Culture & values - Siobhan Keane (People "
                 "Partner)\n10:00 Design exercise - Darragh Moloney (Learning Design Lead)\n11:15 Stakeholder "
                 "scenario - Fiona Carrick (Director, Branch Operations)\n12:15 Wrap-up with your recruiter\n\n"
                 "Arrive at reception, 2 Grand Canal Walk, ten minutes early.\n\nCoordinated by Ella (Recruiting "
                 "Coordinator) via GoodTime",
            organizer=org("ella.quinn@pennantbank.ie", "Ella Quinn"),
            attendees=[att(ME, "Lucía Fernández"), att("siobhan.keane@pennantbank.ie", "Siobhan Keane"),
                       att("darragh.moloney@pennantbank.ie", "Darragh Moloney"),
                       att("fiona.carrick@pennantbank.ie", "Fiona Carrick"),
                       att("ella.quinn@pennantbank.ie", "Ella Quinn", role="CHAIR", partstat="ACCEPTED"),
                       att("gcw-3-liffey@pennantbank.ie", "GCW-3 Liffey Room", cutype="RESOURCE",
                           role="NON-PARTICIPANT")],
            loc="2 Grand Canal Walk, Dublin 2 - GCW-3 Liffey Room")
    out.append(Item("onsite-goodtime-coordinator", "en", cal("-//GoodTime.io//Scheduling//EN", [ev]), True,
                    "Pennant Bank", "Instructional Designer II", "onsite",
                    ("siobhan.keane@pennantbank.ie", "darragh.moloney@pennantbank.ie", "fiona.carrick@pennantbank.ie")))

    ev = Ev("A1F0C3E2-77B4-4E19-9D2B-5E4A1C0B9F11", "Final interview w/ CEO - Northlight Academy",
            "20261217T120000", "20261217T124500", tz="Europe/Madrid",
            desc="Last step for the Head of Training role. Daniel Ackroyd (CEO) + Lena Fischer (COO).",
            organizer=org(ME, "Lucía Fernández"),
            attendees=[att(ME, "Lucía Fernández", partstat="ACCEPTED", role="CHAIR"),
                       att("daniel@northlight-academy.com", "Daniel Ackroyd"),
                       att("lena@northlight-academy.com", "Lena Fischer")],
            extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"], loc="FaceTime")
    out.append(Item("final-apple-self", "en", cal("-//Apple Inc.//macOS 15.1//EN", [ev], method="PUBLISH"), True,
                    "Northlight Academy", "Head of Training", "final",
                    ("daniel@northlight-academy.com", "lena@northlight-academy.com")))

    ev = Ev("sr-itv-55102-ab@smartrecruiters.com", "Interview with St. Columba's Hospital - Clinical Education "
            "Coordinator", "20261208T103000", "20261208T111500", tz="Europe/Dublin",
            desc="You have been invited to a video interview.\n\nPosition: Clinical Education Coordinator\n"
                 "Company: St. Columba's Hospital\nInterview team: Dr Eimear Doyle (Director of Nursing Education), "
                 "Patrick Fahy (Training Manager)\n\n" + webex("a1c55f0e2b9d7c3") +
                 "\nSent via SmartRecruiters",
            organizer=org("noreply@smartrecruiters.com", "St. Columba's Hospital via SmartRecruiters"),
            attendees=[att(ME, "Lucía Fernández"), att("edoyle@stcolumbas.ie", "Eimear Doyle"),
                       att("pfahy@stcolumbas.ie", "Patrick Fahy")])
    out.append(Item("panel-smartrecruiters-hospital", "en", cal("-//SmartRecruiters//Interview//EN", [ev]), True,
                    "St. Columba's Hospital", "Clinical Education Coordinator", "",
                    ("edoyle@stcolumbas.ie", "pfahy@stcolumbas.ie")))

    ev = Ev("ttlr-9921-lucia-f@teamtailor.com", "Interview: Training Coordinator – Aer Dalta",
            "20261207T140000", "20261207T143000", tz="Europe/Dublin",
            desc="Hi Lucía,\n\nYou've booked a 30-minute intro call with Clodagh from our talent team.\n\n"
                 "Job: Training Coordinator (Cabin Services)\n\n" + teams("en", "311 845 902 117") +
                 "\n\nSent with Teamtailor",
            organizer=org("clodagh.rooney@aerdalta.com", "Clodagh Rooney"),
            attendees=[att("clodagh.rooney@aerdalta.com", "Clodagh Rooney", partstat="ACCEPTED"),
                       att(ME, "Lucía Fernández")])
    out.append(Item("screen-teamtailor-airline", "en", cal("-//Teamtailor//Teamtailor Calendar//EN", [ev]), True,
                    "Aer Dalta", "Training Coordinator", "recruiter_screen", ("clodagh.rooney@aerdalta.com",)))

    ev = Ev("icims-int-40019-2@icims.com", "Interview Invitation - Learning Specialist (Req 40019)",
            "20261214T150000", "20261214T160000", tz="Europe/Madrid",
            desc="Dear Lucía,\n\nOn behalf of Corvane Consulting, we would like to invite you to a competency-based "
                 "interview with Hannah Lowe, Learning Practice Manager. The interview will last approximately one "
                 "hour.\n\nPlease confirm via the candidate portal.\n\nCorvane Consulting Talent Team\n"
                 "(sent via iCIMS)",
            organizer=org("corvane-talent@talent.icims.com", "Corvane Consulting Talent Team"),
            attendees=[att(ME, "Lucía Fernández"), att("hannah.lowe@corvane.com", "Hannah Lowe")],
            loc="Calle de Serrano 41, 4ª planta, Madrid")
    out.append(Item("hm-icims-consultancy", "en", cal("-//iCIMS//Interview Scheduling//EN", [ev]), True,
                    "Corvane Consulting", "Learning Specialist", "hiring_manager", ("hannah.lowe@corvane.com",)))

    ev = Ev("7hq0bq5m1r2@google.com", "Lucía F. x Tandemly — founder chat", "20261205T180000", "20261205T184500",
            tz="Europe/Madrid",
            desc="hey Lucía, thanks for applying to be our first Training Lead. I'm one of the two founders, this is "
                 "a proper interview but informal - 45 min, video. we build onboarding software for airline ground "
                 "staff so your background is gold.\n- Rafa\n\n" + meet("ytr-qqwe-kpn") + gcal_footer(),
            organizer=org("rafa.ortigosa@gmail.com", "Rafa Ortigosa"),
            attendees=[att("rafa.ortigosa@gmail.com", "Rafa Ortigosa", partstat="ACCEPTED"), att(ME, None)])
    out.append(Item("founder-gmail", "en", cal("-//Google Inc//Google Calendar 70.9054//EN", [ev]), True, "Tandemly",
                    "Training Lead", "", ("rafa.ortigosa@gmail.com",), "founder_freemail"))

    ev = Ev("bk-2f81e0aa@bookings.microsoft.com", "Candidate interview: Learning & Development Officer",
            "20261216T093000", "20261216T101500", tz="GMT Standard Time",
            desc="Your booking with Dublin Port Health Services is confirmed.\n\nService: Candidate interview - "
                 "Learning & Development Officer\nStaff: Orla Synnott\n\n" + teams("en", "388 120 564 003") +
                 "\n\nManage your booking: https://outlook.office365.com/owa/calendar/DPHS@dphs.ie/bookings/",
            organizer=org("DPHSRecruitment@dphs.ie", "DPHS Recruitment"),
            attendees=[att(ME, "Lucía Fernández"), att("orla.synnott@dphs.ie", "Orla Synnott")])
    out.append(Item("bookings-hospital", "en", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Dublin Port Health Services", "Learning & Development Officer", "",
                    ("orla.synnott@dphs.ie",)))

    ev = Ev("agy-1187-skyward@crewlinktalent.com", "CrewLink: Lucía Fernández / Hanseflug - 1st interview",
            "20261208T160000", "20261208T164500", tz="Europe/Berlin",
            desc="Hi Lucía,\n\nAs discussed, here is your first interview with our client Hanseflug for the Cabin "
                 "Training Manager (Hamburg) role. You will speak with Kai Brandes, Head of Cabin Training. I won't "
                 "be on the call - call me afterwards!\n\nBest,\nSophie Marr, CrewLink Talent\n\n" +
                 teams("en", "301 772 553 910"),
            organizer=org("sophie.marr@crewlinktalent.com", "Sophie Marr"),
            attendees=[att(ME, "Lucía Fernández"), att("kai.brandes@hanseflug.de", "Kai Brandes")])
    out.append(Item("agency-client-hamburg", "en", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Hanseflug", "Cabin Training Manager", "hiring_manager", ("kai.brandes@hanseflug.de",),
                    "agency"))

    ev = Ev("int-loop-hospital-ie-55@modernloop.io", "[Rescheduled] Interview - Nursing Education Designer",
            "20261218T140000", "20261218T150000", tz="Europe/Dublin", seq=2,
            desc="Your interview has moved to Friday 18 December, 14:00 (Dublin). Everything else stays the "
                 "same.\n\nCompany: Mater Lane Clinics\nInterviewers: Gráinne Lally (Education Lead), Sean Tobin "
                 "(Instructional Technologist)\n\n" + zoom("873 2210 4419", "mLc88qw1") +
                 "\n\nScheduled via ModernLoop by Kate (Recruiting Coordinator)",
            organizer=org("kate.byrne@materlane.ie", "Kate Byrne"),
            attendees=[att(ME, "Lucía Fernández", partstat="ACCEPTED"),
                       att("grainne.lally@materlane.ie", "Gráinne Lally"),
                       att("sean.tobin@materlane.ie", "Sean Tobin")])
    out.append(Item("rescheduled-modernloop", "en", cal("-//ModernLoop//Scheduler//EN", [ev]), True,
                    "Mater Lane Clinics", "Nursing Education Designer", "",
                    ("grainne.lally@materlane.ie", "sean.tobin@materlane.ie")))

    ev = Ev("calcom-88ad1e2@cal.com", "30 min interview between Jess Whitcombe and Lucía Fernández",
            "20261209T110000", "20261209T113000", utc=True, tz=None,
            desc="What: 30 min interview between Jess Whitcombe and Lucía Fernández\nInvitee time zone: "
                 "Europe/Madrid\nWho:\nJess Whitcombe - Organizer - jess@trailbook.co\nLucía Fernández - "
                 "lucia.fernandez@icloud.com\nWhere: https://app.cal.com/video/88ad1e2\nAdditional notes: "
                 "Screening for the Customer Education Specialist role\n\nNeed to reschedule or cancel? "
                 "https://cal.com/booking/88ad1e2",
            organizer=org("jess@trailbook.co", "Jess Whitcombe"),
            attendees=[att(ME, "Lucía Fernández")])
    out.append(Item("screen-calcom", "en", cal("-//Cal.com Inc.//Cal.com Event//EN", [ev]), True, "Trailbook",
                    "Customer Education Specialist", "recruiter_screen", ("jess@trailbook.co",)))

    ev = Ev("cxl-ritterlund-9981@ritterlund.com", "Canceled: Ritterlund Bank - second interview (L&D Analyst)",
            "20261221T100000", "20261221T110000", tz="GMT Standard Time", status="CANCELLED", seq=1,
            desc="Apologies Lucía - Alan is unwell; we'll send a new time for the L&D Analyst second interview "
                 "shortly.",
            organizer=org("alan.keogh@ritterlund.com", "Keogh, Alan"),
            attendees=[att(ME, "Lucía Fernández"), att("alan.keogh@ritterlund.com", "Keogh, Alan")])
    out.append(Item("cancelled-outlook", "en",
                    cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev], method="CANCEL"), True,
                    "Ritterlund Bank", "L&D Analyst", "", ("alan.keogh@ritterlund.com",), "cancelled"))

    ev = Ev("hand-typed-0931", "interview Pennant Bank - final round w/ Director", "20261222T160000", "20261222T170000",
            tz=None, desc="Fiona again + her boss. bring the onboarding deck printed", loc="Grand Canal Walk")
    out.append(Item("final-floating-handtyped", "en",
                    cal("-//Apple Inc.//iOS 18.2//EN", [ev], method="", xwr="Europe/Dublin"), True,
                    "Pennant Bank", "", "final", (), "floating_handtyped"))
    return out
