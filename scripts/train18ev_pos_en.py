"""train18: the user's own interviews written in English."""

from __future__ import annotations

from train18ev_ics import (
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    STAMP,
    Ev,
    att,
    cal,
    d,
    google_footer,
    loc,
    meet,
    org,
    resource,
    room,
    s,
    teams_en,
    tz_olson,
    tz_windows,
    ve,
    zoom,
)

E: list[Ev] = []

u = "greenhouse-interview-2291847-grachtbank"
E.append(Ev("ats-greenhouse-technical", "en", u, cal(
    "-//Greenhouse Software//Greenhouse Calendar//EN", tz_olson("Europe/Amsterdam"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Amsterdam:20261125T140000",
        "DTEND;TZID=Europe/Amsterdam:20261125T150000",
        s("Interview: Amadou Diallo - Platform Engineer (Technical)"),
        org("no-reply@us.greenhouse-mail.io", "Grachtbank Talent Team"),
        att(ME_PRIVATE, "Amadou Diallo"), att("j.devries@grachtbank.nl", "Jeroen de Vries"),
        att("m.bakker@grachtbank.nl", "Mila Bakker"),
        d("Hi Amadou,\n\nThanks for making time to speak with Grachtbank N.V. about the Platform Engineer "
          "opening! Your technical interview is confirmed.\n\nYou'll meet:\nJeroen de Vries - Engineering Manager, "
          "Cloud Foundations\nMila Bakker - Senior Platform Engineer\n\nThe conversation will focus on Kubernetes "
          "operations, GitOps and incident handling.\n\n" + zoom("en", "912 4471 0038", "GbX9aa1Qe", "grachtbank")
          + "\nBest,\nGrachtbank Talent Acquisition"),
        loc("Zoom - link in description"))),
    True, "Grachtbank", "Platform Engineer", "technical", ("j.devries@grachtbank.nl", "m.bakker@grachtbank.nl")))

u = "lever-7c1d0e22-pagewell-screen"
E.append(Ev("ats-lever-recruiter-screen", "en", u, cal(
    "-//Lever//Interview Scheduling//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261124T150000Z", "DTEND:20261124T153000Z",
        s("Recruiter Screen - Cloud Engineer - Pagewell"),
        org("no-reply@hire.lever.co", "Pagewell"), att(ME_PRIVATE, "Amadou Diallo"),
        att("hannah@pagewell.com", "Hannah Okafor"),
        d("Amadou,\n\nLooking forward to our 30-minute chat about the Cloud Engineer (Remote, EMEA) role. We'll "
          "cover your background, what you're looking for, and how our hiring process works.\n\nHannah Okafor\n"
          "Technical Recruiter, Pagewell\n\nJoin: https://meet.google.com/pgw-hnok-scr"),
        loc("https://meet.google.com/pgw-hnok-scr"))),
    True, "Pagewell", "Cloud Engineer", "recruiter_screen", ("hannah@pagewell.com",)))

u = "ashby-3e9f77aa-tulpcloud-hm"
E.append(Ev("ats-ashby-hiring-manager", "en", u, cal(
    "-//Ashby//Ashby Scheduling//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261201T130000Z", "DTEND:20261201T134500Z",
        s("Hiring Manager Interview - Amadou Diallo <> Tulpcloud"),
        org("no-reply@ashbyhq.com", "Tulpcloud Recruiting"), att(ME_PRIVATE, "Amadou Diallo"),
        att("sanne@tulp.cloud", "Sanne Visser"),
        d("Hi Amadou,\n\nYour Hiring Manager Interview for Senior Platform Engineer at Tulpcloud B.V. is "
          "scheduled.\n\nInterviewer: Sanne Visser (Head of Platform)\nDuration: 45 minutes\n\n"
          + meet("en", "tlp-sann-hmi") + "\nNeed to reschedule? Reply to this email.\n\nPowered by Ashby"),
        loc("Google Meet"))),
    True, "Tulpcloud", "Senior Platform Engineer", "hiring_manager", ("sanne@tulp.cloud",)))

u = "goodtime-5512907-ledgerline-virtual-onsite"
E.append(Ev("goodtime-onsite-coordinator", "en", u, cal(
    "-//GoodTime.io//GoodTime Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261207T130000Z", "DTEND:20261207T163000Z",
        s("Ledgerline Virtual Onsite: Amadou Diallo (Site Reliability Engineer)"),
        org("scheduling@ledgerline.com", "Ledgerline Scheduling"), att(ME_PRIVATE, "Amadou Diallo"),
        att("priya.nair@ledgerline.com", "Priya Nair"), att("dmitri.volkov@ledgerline.com", "Dmitri Volkov"),
        att("grace.osei@ledgerline.com", "Grace Osei"),
        att("rachel.kim@ledgerline.com", "Rachel Kim (Coordinator)", role="OPT-PARTICIPANT"),
        d("Hi Amadou,\n\nHere is your virtual onsite for the Site Reliability Engineer role (times in CET):\n\n"
          "14:00 - 15:00  Systems design - Priya Nair, Staff SRE\n15:00 - 16:00  Troubleshooting - Dmitri "
          "Volkov, SRE\n16:15 - 17:15  Values & collaboration - Grace Osei, Director of Infrastructure\n\n"
          "Your coordinator, Rachel Kim, will be on hand between sessions but won't interview you.\n\n"
          + zoom("en", "853 0021 7764", "LdgR77onS") + "\nScheduled with GoodTime"),
        loc("Zoom"))),
    True, "Ledgerline", "Site Reliability Engineer", "onsite",
    ("priya.nair@ledgerline.com", "dmitri.volkov@ledgerline.com", "grace.osei@ledgerline.com")))

u = "wd-ev-5530091-nordhaven@myworkday.com"
E.append(Ev("ats-workday-technical", "en", u, cal(
    "-//Workday//Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261202T093000Z", "DTEND:20261202T104500Z",
        s("Interview - Senior Cloud Engineer (JR-88412) - Technical Round"),
        org("nordhaven@myworkday.com", "Nordhaven Bank Careers"), att(ME_PRIVATE, "Amadou Diallo"),
        att("lars.eriksen@nordhaven.com", "Lars Eriksen"), att("oliwia.nowak@nordhaven.com", "Oliwia Nowak"),
        d("Dear Amadou,\n\nWe are pleased to invite you to a technical interview for the position Senior Cloud "
          "Engineer (JR-88412), Luxembourg.\nPanel: Lars Eriksen (Cloud Architect), Oliwia Nowak (DevSecOps "
          "Lead).\n\n" + teams_en("421 008 336 117", "Tm9yZGhhdmVuM") + "\n\nKind regards,\nTalent "
          "Acquisition | Nordhaven Bank S.A."),
        loc("Microsoft Teams Meeting"))),
    True, "Nordhaven Bank", "Senior Cloud Engineer", "technical",
    ("lars.eriksen@nordhaven.com", "oliwia.nowak@nordhaven.com")))

u = "sr-int-71823-kestrel@smartrecruiters.com"
E.append(Ev("ats-smartrecruiters-phone", "en", u, cal(
    "-//SmartRecruiters//Interview//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261126T120000Z", "DTEND:20261126T123000Z",
        s("Interview invitation: DevOps Engineer at Kestrel Telecom Group"),
        org("notifications@smartrecruiters.com", "Kestrel Telecom Group"),
        att(ME_PRIVATE, "Amadou Diallo"), att("nina.brandt@kestrel-tg.com", "Nina Brandt"),
        d("Hello Amadou,\n\nYou have been invited to a Phone Interview for DevOps Engineer at Kestrel Telecom Group."
          "\n\nInterviewer: Nina Brandt, Talent Acquisition Specialist\nType: Phone call (we will call you)\n\n"
          "Please confirm your attendance via the SmartRecruiters candidate portal."),
        loc("Phone call"))),
    True, "Kestrel Telecom Group", "DevOps Engineer", "recruiter_screen", ("nina.brandt@kestrel-tg.com",)))

u = "calendly-a7f21d09-pylonix"
E.append(Ev("calendly-no-company-in-title", "en", u, cal(
    "-//Calendly//Calendly//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261127T091500Z", "DTEND:20261127T094500Z",
        s("30 Minute Meeting between Sofia Marin and Amadou Diallo"),
        org("sofia@pylonix.io", "Sofia Marin"), att(ME_PRIVATE, "Amadou Diallo"),
        att("sofia@pylonix.io", "Sofia Marin", stat="ACCEPTED"),
        d("Event Name: 30 Minute Meeting\n\nIntro call re the Platform Engineer (Kubernetes) role at Pylonix. "
          "I'm the recruiter on the team; we'll go through your experience and next steps.\n\n"
          "Location: This is a Google Meet web conference. https://meet.google.com/pyl-onix-int\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a7f21d09\n"
          "Reschedule: https://calendly.com/reschedulings/a7f21d09\n\nPowered by Calendly.com"),
        loc("https://meet.google.com/pyl-onix-int"))),
    True, "Pylonix", "Platform Engineer", "recruiter_screen", ("sofia@pylonix.io",)))

u = "2mq8vx1b4n6c3z9k0l7j@google.com"
E.append(Ev("founder-gmail", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261203T170000Z", "DTEND:20261203T173000Z", STAMP,
        org("priyanka.obelisk@gmail.com", "Priyanka Shah"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("priyanka.obelisk@gmail.com", "Priyanka Shah", stat="ACCEPTED"),
        d("Hey Amadou - great to connect. I'm co-founder of Obelisk Data and I'm hiring our first SRE myself. "
          "Let's do a quick chat: your experience running infra for a university, our setup (GCP, Terraform), "
          "and what the role looks like.\n\n" + meet("en", "obl-skdt-sre") + google_footer("en", ME_PRIVATE)),
        s("Quick chat re: SRE role — Obelisk Data"), "SEQUENCE:0", "STATUS:CONFIRMED")),
    True, "Obelisk Data", "SRE", "hiring_manager", ("priyanka.obelisk@gmail.com",), "free_mail_founder"))

u = "CH-INT-20261208-DATENHAFEN-AD"
E.append(Ev("agency-english-remote", "en", u, cal(
    OUTLOOK, tz_windows("W. Europe Standard Time"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=W. Europe Standard Time:20261208T110000",
        "DTEND;TZID=W. Europe Standard Time:20261208T120000",
        s("Interview with Datenhafen - Cloud Platform Engineer (Carrington Hale candidate)"),
        org("oliver.grant@carringtonhale.com", "Grant, Oliver"), att(ME_PRIVATE, "Diallo, Amadou"),
        att("k.schubert@datenhafen.de", "Schubert, Katrin"),
        d("Hi Amadou,\n\nAs discussed, please find the invite for your first interview with my client "
          "Datenhafen GmbH (Hamburg, fully remote) for the Cloud Platform Engineer position. You'll speak with "
          "Katrin Schubert, Engineering Manager. I won't join but let's debrief afterwards.\n\nOliver Grant\n"
          "Senior Consultant | Carrington Hale\n\n" + teams_en("355 900 771 264", "Q2FycmluZ3Rvb")),
        loc("Microsoft Teams Meeting"))),
    True, "Datenhafen", "Cloud Platform Engineer", "", ("k.schubert@datenhafen.de",), "agency"))

u = "ENRA-TA-2026-09-INTERVIEW-0042"
E.append(Ev("eu-epso-style-notice", "en", u, cal(
    "-//European Union//Selection Tools//EN", tz_olson("Europe/Luxembourg", lic=False), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Europe/Luxembourg:20261216T100000",
        "DTEND;TZID=Europe/Luxembourg:20261216T110000",
        s("Invitation to interview - Selection procedure ENRA/TA/2026/09 - Cloud Infrastructure Officer"),
        org("enra-selections@enra.europa.eu", "ENRA Selections"),
        d("Dear Candidate,\n\nFurther to your application for selection procedure ENRA/TA/2026/09 (Temporary "
          "Agent, AD7 - Cloud Infrastructure Officer) at the European Agency for Network Resilience (ENRA), "
          "we are pleased to invite you to an interview with the Selection Board.\n\nThe interview will be "
          "conducted remotely and will assess your specific competencies and motivation. A written test will be "
          "held the same day.\n\nPlease confirm via the ENRA e-Recruitment tool. Do not reply to this e-mail.\n\n"
          "ENRA Human Resources"),
        loc("Remote (Webex) - details to follow"), "CLASS:PUBLIC"), method="PUBLISH"),
    True, "ENRA", "Cloud Infrastructure Officer", "", (), "eu_selection_no_attendees"))

u = "040000008200E00074C5B7101A82E00800000000D04A7B5EA86BDC0100000000000000001000000033MERIDIAN"
E.append(Ev("teams-direct-employee", "en", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261130T160000",
        "DTEND;TZID=Romance Standard Time:20261130T170000",
        s("Meridian - technical conversation with Amadou Diallo"),
        org("tom.vanacker@meridian-tel.eu", "Van Acker Tom"), att(ME_PRIVATE, "amadou.diallo@skynet.be"),
        att("julia.costa@meridian-tel.eu", "Costa Julia"),
        d("Hi Amadou,\n\nThanks for your time with our recruiter last week. Julia and I would like to go deeper "
          "on the technical side for the Cloud Operations Engineer role at Meridian Telecom Benelux: Azure "
          "networking, automation and how you run change management today.\n\nBest regards,\nTom Van Acker\n"
          "Cloud Operations Manager\n\n" + teams_en("300 118 442 786", "TWVyaWRpYW4tM")),
        loc("Microsoft Teams Meeting"), "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")),
    True, "Meridian Telecom Benelux", "Cloud Operations Engineer", "technical",
    ("tom.vanacker@meridian-tel.eu", "julia.costa@meridian-tel.eu")))

u = "zoom-84921177003-nsp-hm"
E.append(Ev("zoom-hm-abbrev-domain", "en", u, cal(
    "-//zoom.us//iCalendar Event//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261204T100000Z", "DTEND:20261204T104500Z",
        s("Northsea Payments | Hiring manager call | Amadou Diallo"),
        org("ewan.mcleod@nsp.io", "Ewan McLeod"), att(ME_PRIVATE, "Amadou Diallo"),
        d("Ewan McLeod is inviting you to a scheduled Zoom meeting.\n\nTopic: Northsea Payments | Hiring manager "
          "call | Amadou Diallo\nRole: Infrastructure Engineer (Amsterdam / hybrid)\n\n"
          + zoom("en", "849 2117 7003", "NsPhm4kQz")),
        loc("https://us02web.zoom.us/j/84921177003"))),
    True, "Northsea Payments", "Infrastructure Engineer", "hiring_manager", ("ewan.mcleod@nsp.io",)))

u = "quillon-tech-aws-7dd0@google.com"
E.append(Ev("meet-technical-startup", "en", u, cal(
    GOOGLE, tz_olson(), ve(
        "DTSTART;TZID=Europe/Brussels:20261209T150000", "DTEND;TZID=Europe/Brussels:20261209T163000", STAMP,
        org("noa@quillon.ai", "Noa Friedman"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("noa@quillon.ai", "Noa Friedman", stat="ACCEPTED"),
        att("felix@quillon.ai", "Felix Haas"),
        d("Technical interview: Terraform & AWS (pairing, 90 min)\nInterviewers: Noa Friedman (Eng Lead), Felix "
          "Haas (Platform)\nRole: Cloud Infrastructure Engineer\n\n" + meet("en", "qln-tech-aws")
          + google_footer("en", ME_PRIVATE)),
        s("Technical interview: Terraform & AWS - Amadou Diallo"), "STATUS:CONFIRMED")),
    True, "Quillon", "Cloud Infrastructure Engineer", "technical", ("noa@quillon.ai", "felix@quillon.ai")))

u = "HCG-FINAL-VP-INFRA-ADIALLO"
E.append(Ev("final-vp-consultancy", "en", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261211T140000",
        "DTEND;TZID=Romance Standard Time:20261211T150000",
        s("Final interview - Amadou Diallo - Cloud Transformation Manager"),
        org("talent@haldencg.com", "Halden Consulting Group Talent"), att(ME_PRIVATE, "Diallo, Amadou"),
        att("v.okonkwo@haldencg.com", "Okonkwo, Victor"),
        room("bxl-3-boardroom@haldencg.com", "BXL-3 Boardroom"),
        d("Dear Amadou,\n\nCongratulations on reaching the final stage. You will meet Victor Okonkwo, VP "
          "Infrastructure, at our Brussels office (Boulevard du Régent 47, 3rd floor).\n\nHalden Consulting "
          "Group (HCG) - Talent Team"),
        loc("HCG Brussels, Boulevard du Régent 47; BXL-3 Boardroom"))),
    True, "Halden Consulting Group", "Cloud Transformation Manager", "final", ("v.okonkwo@haldencg.com",)))

u = "E2F0C3B1-4A8D-4B77-9B0E-NUBEIRA-RAVI"
E.append(Ev("hand-typed-tech-screen", "en", u, cal(
    IOS, ve(
        "CREATED:20261122T211003Z", f"UID:{u}", "DTEND:20261201T173000", s("Tech screen w/ Ravi – Nubeira"),
        "DTSTART:20261201T163000", "DTSTAMP:20261122T211010Z", "SEQUENCE:0",
        d("he'll send Meet link. k8s + networking")), method=None),
    True, "Nubeira", "", "technical", (), "hand_typed"))

u = "4h0r7m2k1p9s8d6f5g3a@google.com"
E.append(Ev("all-day-onsite-private", "en", u, cal(
    GOOGLE, ve(
        "DTSTART;VALUE=DATE:20261214", "DTEND;VALUE=DATE:20261215", STAMP, f"UID:{u}",
        "CREATED:20261203T080000Z", d("Final round onsite, 4 interviews, Herengracht office. Train 7:52 from "
                                      "Bruxelles-Midi. Interviewers per Sanne's mail."),
        "LAST-MODIFIED:20261203T080000Z", loc("Tulpcloud, Herengracht 420, Amsterdam"), "SEQUENCE:0",
        "STATUS:CONFIRMED", s("Tulpcloud onsite (Amsterdam)"), "TRANSP:TRANSPARENT"),
        method="PUBLISH", head=("X-WR-CALNAME:Amadou perso", "X-WR-TIMEZONE:Europe/Brussels")),
    True, "Tulpcloud", "", "onsite", (), "all_day"))

u = "lever-cancel-51ac0b1e-arcwell"
E.append(Ev("cancelled-lever", "en", u, cal(
    "-//Lever//Interview Scheduling//EN", ve(
        f"UID:{u}", "DTSTAMP:20261204T101500Z", "DTSTART:20261207T100000Z", "DTEND:20261207T110000Z",
        s("Canceled: Technical Interview - Arcwell Energy - Cloud Engineer"),
        org("no-reply@hire.lever.co", "Arcwell Energy"), att(ME_PRIVATE, "Amadou Diallo"),
        att("ben.hollis@arcwell.energy", "Ben Hollis"),
        d("This interview has been canceled. The Arcwell Energy team will reach out to you to find a new time."),
        "STATUS:CANCELLED", "SEQUENCE:1"), method="CANCEL"),
    True, "Arcwell Energy", "Cloud Engineer", "technical", ("ben.hollis@arcwell.energy",), "cancelled"))

u = "ledgerline-deepdive-rs-01@ledgerline.com"
E.append(Ev("rescheduled-update", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261218T140000Z", "DTEND:20261218T150000Z", STAMP,
        org("dmitri.volkov@ledgerline.com", "Dmitri Volkov"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("dmitri.volkov@ledgerline.com", "Dmitri Volkov", stat="ACCEPTED"),
        d("Moved to Friday - sorry! Follow-up deep dive after your onsite: we'd like to go through your "
          "on-call runbook exercise together before the team makes a decision on the SRE role.\n\n"
          + meet("en", "ldg-deep-dv1") + google_footer("en", ME_PRIVATE)),
        "SEQUENCE:2", s("Updated invitation: SRE follow-up deep dive (Ledgerline)"), "STATUS:CONFIRMED")),
    True, "Ledgerline", "SRE", "technical", ("dmitri.volkov@ledgerline.com",), "rescheduled"))

u = "STRATO-SCR-112-ADIALLO@stratocore.com"
E.append(Ev("sent-to-work-exchange", "en", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261202T080000",
        "DTEND;TZID=Romance Standard Time:20261202T083000",
        s("Stratocore | intro call | Cloud Support Engineer II"),
        org("amelia.ross@stratocore.com", "Ross, Amelia"), att(ME_WORK, "Diallo, Amadou"),
        d("Hi Amadou - as requested, an early slot before your working day. This is a first screening call "
          "with me (Talent Partner, Stratocore) about the Cloud Support Engineer II role in Dublin/remote.\n\n"
          + teams_en("366 700 210 558", "U3RyYXRvY29yZ")),
        loc("Microsoft Teams Meeting"))),
    True, "Stratocore", "Cloud Support Engineer II", "recruiter_screen", ("amelia.ross@stratocore.com",),
    "sent_to_work"))

u = "rheinwerk-tech-20261210@rheinwerk-cloud.de"
E.append(Ev("teams-german-company-english", "en", u, cal(
    OUTLOOK, tz_windows("W. Europe Standard Time"), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=W. Europe Standard Time:20261210T100000",
        "DTEND;TZID=W. Europe Standard Time:20261210T113000",
        s("Interview Platform Engineer (m/f/d) - Rheinwerk Cloud - technical round"),
        org("recruiting@rheinwerk-cloud.de", "Rheinwerk Cloud Recruiting"), att(ME_PRIVATE, "Amadou Diallo"),
        att("s.krueger@rheinwerk-cloud.de", "Stefan Krüger"), att("a.yilmaz@rheinwerk-cloud.de", "Ayşe Yılmaz"),
        resource("beamer-koeln-2@rheinwerk-cloud.de", "Beamer Raum Köln 2"),
        d("Dear Mr Diallo,\n\nthe interview will be held in English. Interviewers: Stefan Krüger (Team Lead "
          "Platform), Ayşe Yılmaz (Senior Engineer).\n\n" + teams_en("401 552 908 117", "UmhlaW53ZXJrL")
          + "\n\nRheinwerk Cloud GmbH, Köln"),
        loc("Microsoft Teams"))),
    True, "Rheinwerk Cloud", "Platform Engineer", "technical",
    ("s.krueger@rheinwerk-cloud.de", "a.yilmaz@rheinwerk-cloud.de")))

u = "skyforge-maren-8a8a@google.com"
E.append(Ev("title-only-slash", "en", u, cal(
    GOOGLE, ve(
        "DTSTART:20261205T140000Z", "DTEND:20261205T143000Z", STAMP,
        org("maren.holt@skyforge.io", "Maren Holt"), f"UID:{u}",
        att(ME_PRIVATE, "Amadou Diallo"), att("maren.holt@skyforge.io", "Maren Holt", stat="ACCEPTED"),
        d(meet("en", "sky-frge-mh1") + google_footer("en", ME_PRIVATE)),
        s("Amadou / Maren (Skyforge)"), "STATUS:CONFIRMED")),
    True, "Skyforge", "", "", ("maren.holt@skyforge.io",), "title_only"))

u = "telcorp-phone-screen-4410@telcorp.es"
E.append(Ev("phone-screen-wording", "en", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261203T120000",
        "DTEND;TZID=Romance Standard Time:20261203T122000",
        s("Phone screen: Amadou Diallo (Cloud Engineer, Madrid hub)"),
        org("laura.ibanez@telcorp.es", "Ibáñez, Laura"), att(ME_PRIVATE, "amadou.diallo@skynet.be"),
        d("Hi Amadou, I'll call you on +32 477 55 18 90 for a 20-minute phone screen about the Cloud Engineer "
          "opening at Telcorp Iberia's Madrid hub. Talk soon! Laura (Talent Acquisition)"),
        loc("Phone"))),
    True, "Telcorp Iberia", "Cloud Engineer", "recruiter_screen", ("laura.ibanez@telcorp.es",)))
