"""holdout10: Malik Osei's own job interviews written in English (Zurich, Munich, Vienna, Geneva, Madrid)."""

from __future__ import annotations

from holdout10ev_boiler import google_footer, meet, teams, webex, zoom
from holdout10ev_ics import ME_PRIVATE, ME_WORK, Ev, P


def _me(partstat: str = "NEEDS-ACTION") -> P:
    return P("Malik Osei", ME_PRIVATE, partstat=partstat)


def events() -> list[Ev]:
    """Given nothing, returns the English positive events with their labels."""
    out: list[Ev] = []
    jk = P("Jonas Keller", "jonas.keller@helixpay.ch")
    out.append(Ev(
        "greenhouse-screen", "en", "greenhouse", "Interview: Malik Osei for FP&A Manager — Recruiter Screen",
        (2026, 11, 24, 13, 0), 30, tz="Europe/Zurich", tzmode="utc",
        organizer=P("Priya Nair", "priya.nair@helixpay.ch"), attendees=[_me(), jk],
        description="Hi Malik,\n\nThanks for your interest in Helix Payments! You're confirmed for a 30-minute "
        "call with Jonas Keller, Senior Talent Partner, to talk about the FP&A Manager role in Zurich and what you're "
        "looking for.\n\nIf you need to reschedule, just reply to this email.\n\nBest,\nPriya Nair\nRecruiting "
        "Coordinator, Helix Payments\n\n" + meet("en", "h10-helix"), is_interview=True, company="Helix Payments",
        role="FP&A Manager", stage="recruiter_screen", interviewers=[jk.email], trap="coordinator_organizer"))
    sm = P("Sofía Marín", "sofia.marin@crestlinebank.es")
    out.append(Ev(
        "lever-hm", "en", "lever", "Crestline Bank | Finance Business Partner | Malik Osei <> Sofía Marín",
        (2026, 11, 25, 16, 0), 45, tz="Europe/Madrid", tzmode="utc",
        organizer=P("Crestline Bank Talent", "no-reply@hire.lever.co"), attendees=[sm, _me()],
        description="Hello Malik,\n\nThis is a confirmation of your interview with Sofía Marín, Head of Business "
        "Finance, for the Finance Business Partner position. Sofía is the hiring manager for the team.\n\n"
        + teams("en", "h10-crestline") + "\n\nScheduled via Lever", is_interview=True, company="Crestline Bank",
        role="Finance Business Partner", stage="hiring_manager", interviewers=[sm.email], trap="ats_sender"))
    qa = [P("Maximilian Roth", "max@quantaro.io"), P("Aylin Demir", "aylin@quantaro.io")]
    out.append(Ev(
        "ashby-modelling", "en", "ashby", "Quantaro x Malik – Modelling Exercise Review", (2026, 11, 30, 10, 0), 60,
        tz="Europe/Berlin", organizer=P("Quantaro Recruiting", "recruiting@quantaro.io"),
        attendees=[_me(), *qa],
        description="Hi Malik,\n\nThanks for sending over your three-statement model. In this session Max (CFO) "
        "and Aylin (Finance Lead) will walk through it with you and ask a few follow-up questions on the revenue "
        "bridge.\n\nRole: Senior Finance Manager, FP&A\n\n" + meet("en", "h10-quantaro") + "\n\nPowered by Ashby",
        is_interview=True, company="Quantaro", role="Senior Finance Manager, FP&A", stage="technical",
        interviewers=[p.email for p in qa], trap="take_home_review"))
    hr = [P("Claudia Wenger", "claudia.wenger@helveticre.ch"), P("Marc Oberholzer", "marc.oberholzer@helveticre.ch"),
          P("Yasmin Haddad", "yasmin.haddad@helveticre.ch")]
    out.append(Ev(
        "goodtime-onsite", "en", "goodtime", "Onsite Interviews – Malik Osei – Finance Business Partner, Reinsurance",
        (2026, 12, 2, 9, 0), 180, tz="Europe/Zurich",
        organizer=P("Helvetic Re Interview Scheduling", "interviews@helveticre.ch"),
        attendees=[_me(), *hr, P("Interview Scheduling (Helvetic Re)", "interviews@helveticre.ch",
                                 role="NON-PARTICIPANT", partstat="ACCEPTED"),
                   P("ZH-Mythenquai-4.12 Rigi", "zh.mq.412@helveticre.ch", role="NON-PARTICIPANT", cutype="ROOM")],
        description="Dear Malik,\n\nWe look forward to welcoming you at Helvetic Re. Your agenda:\n\n"
        "9:00-10:00  Claudia Wenger, Head of FP&A\n10:00-11:00  Marc Oberholzer, Chief Underwriting Officer\n"
        "11:00-12:00  Yasmin Haddad, Talent Acquisition\n\nPlease ask for the interview coordinator at "
        "reception (Mythenquai 40, 8002 Zürich).\n\nScheduled with GoodTime", location="Mythenquai 40, 8002 Zürich",
        is_interview=True, company="Helvetic Re", role="Finance Business Partner, Reinsurance", stage="onsite",
        interviewers=[p.email for p in hr], trap="coordinator_attendee"))
    kf = [P("Ben Lowry", "ben.lowry@keplerfreight.com"), P("Nadia Petrov", "nadia.petrov@keplerfreight.com")]
    out.append(Ev(
        "modernloop-virtual", "en", "modernloop", "Virtual Onsite: Kepler Freight – Senior FP&A Analyst (2 sessions)",
        (2026, 12, 3, 14, 0), 120, tz="Europe/Berlin",
        organizer=P("Kepler Freight Recruiting", "recruiting@keplerfreight.com"), attendees=[_me(), *kf],
        description="Hi Malik, here is your virtual onsite for Senior FP&A Analyst (Munich hub).\n\n"
        "Session 1 (14:00) – Budgeting & variance analysis with Ben Lowry, FP&A Director\n"
        "Session 2 (15:00) – Stakeholder management with Nadia Petrov, VP Operations Finance\n\n"
        + zoom("en", "h10-kepler") + "\n\nScheduled with ModernLoop.", is_interview=True, company="Kepler Freight",
        role="Senior FP&A Analyst", stage="onsite", interviewers=[p.email for p in kf], trap="virtual_onsite"))
    hz = P("Hannah Roth", "hannah.roth@vireohealth.com")
    out.append(Ev(
        "calendly-booked", "en", "calendly", "Malik Osei and Hannah Roth", (2026, 11, 27, 10, 30), 30,
        tz="Europe/Zurich", tzmode="utc", organizer=hz, attendees=[hz, _me()],
        description="Event Name: 30 Minute Intro – Senior Financial Analyst (Vireo Health, Basel)\n\nLocation: This "
        "is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
        "cancellations/9f2c1e\nReschedule: https://calendly.com/reschedulings/9f2c1e\n\nPowered by Calendly.com",
        is_interview=True, company="Vireo Health", role="Senior Financial Analyst", stage="recruiter_screen",
        interviewers=[hz.email], trap="calendly_title"))
    lg = P("Eliot Brandt", "eliot@lumengrid.energy")
    out.append(Ev(
        "calcom-intro", "en", "calcom", "Intro call | Lumen Grid | Malik Osei", (2026, 11, 23, 17, 0), 25,
        tz="Europe/Vienna", tzmode="utc", organizer=lg, attendees=[_me()],
        description="What: Intro call between Eliot Brandt and Malik Osei\nInvitee notes: Applied for Finance & "
        "Strategy Lead (Vienna) via your careers page. Looking forward to it!\nEliot is Head of People at Lumen Grid "
        "and runs the first conversation with every finance candidate.\nWhere: https://app.cal.com/video/"
        "x8KpQ2mV\n\nNeed to reschedule or cancel? https://app.cal.com/booking/x8KpQ2mV", is_interview=True,
        company="Lumen Grid", role="Finance & Strategy Lead", stage="recruiter_screen", interviewers=[lg.email],
        trap="calcom_unfolded"))
    nh = [P("Carmen Ruiz", "carmen.ruiz@nordhavenfoods.com"), P("Peter Lund", "peter.lund@nordhavenfoods.com")]
    out.append(Ev(
        "smartrecruiters", "en", "smartrecruiters",
        "Interview Invitation: Senior Financial Analyst at Nordhaven Foods", (2026, 12, 4, 12, 0), 60,
        tz="Europe/Madrid", tzmode="olson",
        organizer=P("SmartRecruiters Scheduling", "scheduling@smartrecruiters.com"), attendees=[_me(), *nh],
        description="Dear Malik,\n\nYou have been invited to an interview for Senior Financial Analyst, Iberia "
        "(Madrid).\nInterviewers: Carmen Ruiz (Finance Manager Iberia), Peter Lund (Regional Controller)\n"
        "Type: Video interview (competency and technical questions)\n\n" + teams("en", "h10-nordhaven"),
        is_interview=True, company="Nordhaven Foods", role="Senior Financial Analyst, Iberia", stage="technical",
        interviewers=[p.email for p in nh], trap="ats_sender"))
    hl = P("Fraser, Imogen", "imogen.fraser@hlyle.com")
    out.append(Ev(
        "outlook-partner", "en", "outlook", "Finance Transformation Manager – interview with Imogen Fraser (Partner)",
        (2026, 12, 7, 11, 0), 60, tz="Europe/Berlin", tzmode="windows", organizer=hl, attendees=[_me()],
        description="Dear Malik,\n\nThank you for making time. As mentioned by our recruitment team, this is the "
        "partner conversation for the Finance Transformation Manager position in our Munich advisory practice.\n\n"
        "Kind regards,\nImogen Fraser\nPartner, Harcourt Lyle Advisory\n\n" + teams("en", "h10-hlyle"),
        location="Microsoft Teams Meeting", is_interview=True, company="Harcourt Lyle",
        role="Finance Transformation Manager", stage="hiring_manager", interviewers=[hl.email], trap="big_four"))
    dg = P("Diego Herrera", "diego.herrera.paywise@gmail.com")
    out.append(Ev(
        "founder-gmail-en", "en", "google", "Finance lead chat – Paywise", (2026, 11, 26, 18, 0), 40,
        tz="Europe/Madrid", organizer=dg, attendees=[P("Diego Herrera", dg.email, partstat="ACCEPTED"), _me()],
        description="Hey Malik – great to connect. I'm the co-founder of Paywise (B2B payments, Madrid, 40 people). "
        "We're hiring our first Finance Lead and I'd love to get to know you and talk through the role.\n\nDiego\n\n"
        + meet("en", "h10-paywise") + "\n\n" + google_footer("en", dg.email), is_interview=True, company="Paywise",
        role="Finance Lead", stage="hiring_manager", interviewers=[dg.email], trap="founder_freemail"))
    fc = P("Rachel Kim", "rachel.kim@cascadia-ins.ch")
    out.append(Ev(
        "agency-en", "en", "outlook", "Interview: Cascadia Insurance – FP&A Lead (via Fenwick Search)",
        (2026, 12, 8, 9, 30), 60, tz="Europe/Zurich", tzmode="windows",
        organizer=P("Hughes, Tom", "tom.hughes@fenwicksearch.com"),
        attendees=[_me(), fc, P("Hughes, Tom", "tom.hughes@fenwicksearch.com", role="OPT-PARTICIPANT",
                                 partstat="ACCEPTED")],
        description="Hi Malik,\n\nGreat news – Cascadia Insurance would like to meet you for the FP&A Lead role. "
        "You'll speak with Rachel Kim, their CFO Switzerland. I've added myself as optional so I see any changes; "
        "I won't join the call.\n\nGood luck!\nTom Hughes | Fenwick Search\n\n" + teams("en", "h10-cascadia"),
        is_interview=True, company="Cascadia Insurance", role="FP&A Lead", stage="hiring_manager",
        interviewers=[fc.email], trap="agency"))
    eb = [P("Moser, Claudia", "claudia.moser@eigerbank.ch"), P("Lüthi, Andreas", "andreas.luethi@eigerbank.ch")]
    out.append(Ev(
        "teams-final", "en", "owa", "Final interview – Group FP&A Lead – Eiger Bank", (2026, 12, 16, 14, 0), 60,
        tz="Europe/Zurich", tzmode="windows", organizer=eb[0], attendees=[_me(), eb[1]],
        description="Dear Malik,\n\nThank you for the previous conversations. We would like to invite you to the "
        "final round with Andreas Lüthi (CFO) and myself (Head of Group Controlling).\n\nBest regards\nClaudia Moser"
        "\n\n" + teams("en", "h10-eiger"), location="Microsoft Teams Meeting", is_interview=True,
        company="Eiger Bank", role="Group FP&A Lead", stage="final", interviewers=[p.email for p in eb],
        trap="final_round"))
    out.append(Ev(
        "terse-case", "en", "apple", "Quantaro case pres. 10am – bring laptop + HDMI adapter", (2026, 12, 10, 10, 0),
        90, tz="Europe/Berlin", tzmode="floating", location="Quantaro office, Rosenheimer Str. 143, München",
        is_interview=True, company="Quantaro", stage="technical", trap="handtyped"))
    fb = P("Felix Brandt", "felix.brandt@northgatecap.com")
    out.append(Ev(
        "chat-with-title-only", "en", "outlook", "Chat with Felix (Northgate Capital)", (2026, 11, 30, 15, 0), 30,
        tz="Europe/Vienna", tzmode="windows", organizer=fb, attendees=[_me()],
        description="Felix Brandt, Head of FP&A – first conversation about the Senior FP&A Analyst opening in "
        "Vienna that you applied for.\n\n" + teams("en", "h10-northgate"), is_interview=True,
        company="Northgate Capital", role="Senior FP&A Analyst", stage="hiring_manager", interviewers=[fb.email],
        trap="chat_title"))
    ak = P("Anna Koller", "anna.koller@helixpay.ch")
    out.append(Ev(
        "coffee-second-round", "en", "google", "Coffee with Anna – Helix Payments", (2026, 12, 3, 8, 30), 45,
        tz="Europe/Zurich", organizer=ak, attendees=[P("Anna Koller", ak.email, partstat="ACCEPTED"), _me()],
        description="Hi Malik, as Jonas mentioned, the next step for the FP&A Manager role is a relaxed "
        "conversation with me as the hiring manager. Let's meet at Café Henrici, Niederdorfstrasse 1 – coffee is on "
        "us.\nAnna (VP Finance)\n\n" + google_footer("en", ak.email), location="Café Henrici, Niederdorfstrasse 1, "
        "Zürich", is_interview=True, company="Helix Payments", role="FP&A Manager", stage="hiring_manager",
        interviewers=[ak.email], trap="coffee_is_round"))
    am = P("Oskar Lindqvist", "oskar.lindqvist@auricmetals.com")
    out.append(Ev(
        "zoom-excel-test", "en", "zoom", "Excel modelling assessment – Auric Metals (proctored)", (2026, 12, 9, 9, 0),
        90, tz="Europe/Berlin", tzmode="olson", organizer=am, attendees=[_me()],
        description="Hello Malik,\n\nAs the technical step for the Business Controller – Smelting role, you'll "
        "complete a 75-minute Excel case while I stay on the call to answer questions. Please share your screen.\n\n"
        "Oskar Lindqvist, Finance Manager\n\n" + zoom("en", "h10-auric"), is_interview=True, company="Auric Metals",
        role="Business Controller – Smelting", stage="technical", interviewers=[am.email], trap="assessment"))
    mr = P("Laura Bianchi", "laura.bianchi@meridian-re.com")
    out.append(Ev(
        "sent-to-work-address", "en", "greenhouse", "Interview Confirmation: Meridian Re – Finance Business Partner",
        (2026, 11, 25, 12, 0), 45, tz="Europe/Zurich", tzmode="utc",
        organizer=P("Meridian Re Talent", "no-reply@us.greenhouse-mail.io"),
        attendees=[P("Malik Osei", ME_WORK), mr],
        description="Hi Malik,\n\nYour interview with Laura Bianchi (Talent Acquisition Partner) is confirmed. "
        "We'll cover your background and motivation for the Finance Business Partner role in Zurich.\n\n"
        + teams("en", "h10-meridian") + "\n\nPowered by Greenhouse", is_interview=True, company="Meridian Re",
        role="Finance Business Partner", stage="recruiter_screen", interviewers=[mr.email],
        trap="work_address_candidate"))
    iha = [P("Amara Diallo", "adiallo@iha-geneva.org"), P("Thomas Berg", "tberg@iha-geneva.org"),
           P("Mei Chen", "mchen@iha-geneva.org")]
    out.append(Ev(
        "public-panel-geneva", "en", "webex", "Competency-based interview – Finance Officer (P-3), VA 2026/FIN/014",
        (2026, 12, 14, 14, 0), 60, tz="Europe/Zurich", organizer=P("IHA Recruitment", "recruitment@iha-geneva.org"),
        attendees=[_me(), *iha],
        description="Dear Mr Osei,\n\nFurther to the written assessment, you are invited to a competency-based "
        "interview with the panel: Ms Amara Diallo (Chief, Budget & Finance), Mr Thomas Berg (Senior Finance "
        "Officer) and Ms Mei Chen (Human Resources). International Health Alliance, Geneva.\n\n"
        + webex("en", "h10-iha"), is_interview=True, company="International Health Alliance", role="Finance Officer",
        stage="onsite", interviewers=[p.email for p in iha], trap="public_body_panel"))
    wd = P("Sarah Baumgartner", "sarah.baumgartner@alpinaglobal.com")
    out.append(Ev(
        "workday-hm", "en", "workday", "Video Interview with Hiring Manager – FP&A Senior Manager (JR-58812)",
        (2026, 12, 1, 10, 0), 60, tz="Europe/Vienna", tzmode="utc",
        organizer=P("Alpina Global Recruiting", "alpinaglobal@myworkday.com"), attendees=[wd, _me()],
        description="Dear Malik,\n\nYou have been scheduled for an interview with Sarah Baumgartner, Director FP&A "
        "CEE, for the FP&A Senior Manager role at Alpina Global Industries.\n\n" + teams("en", "h10-alpina"),
        is_interview=True, company="Alpina Global Industries", role="FP&A Senior Manager", stage="hiring_manager",
        interviewers=[wd.email], trap="ats_sender"))
    gn = [P("Ruth Novak", "ruth.novak@graniteline.at"), P("David Ilić", "david.ilic@graniteline.at")]
    out.append(Ev(
        "panel-resource", "en", "outlook", "Panel interview – Head of Controlling – Graniteline",
        (2026, 12, 11, 13, 0), 90, tz="Europe/Vienna", tzmode="windows", organizer=gn[0],
        attendees=[_me(), gn[1], P("VIE-HQ Boardroom", "boardroom.hq@graniteline.at", role="NON-PARTICIPANT",
                                   cutype="ROOM"),
                   P("VC Unit Poly 3", "vc.poly3@graniteline.at", role="NON-PARTICIPANT", cutype="RESOURCE")],
        description="Dear Malik,\n\nPlease find the invitation for the panel interview for Head of Controlling at "
        "Graniteline Building Materials. Panel: Ruth Novak (CFO) and David Ilić (Group Controller).\n\nAddress: "
        "Wienerbergstraße 11, 1100 Wien, 12th floor, boardroom.", location="VIE-HQ Boardroom",
        is_interview=True, company="Graniteline", role="Head of Controlling", stage="onsite",
        interviewers=[p.email for p in gn], trap="room_resource"))
    out.append(Ev(
        "terse-en", "en", "google", "Eiger Bank 2nd rd w/ Claudia – case + controlling questions",
        (2026, 12, 4, 16, 0), 60, tz="Europe/Zurich", tzmode="xwr", organizer=P("Malik Osei", ME_PRIVATE),
        is_interview=True, company="Eiger Bank", stage="technical", trap="handtyped"))
    return out
