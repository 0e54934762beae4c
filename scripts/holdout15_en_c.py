"""holdout15 English acknowledgements, auto-replies and other mail, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

WITHDRAW = ("Hi,\n\nthank you for the process so far. I have accepted another offer and would like to withdraw my "
            "application.\n\nBest wishes,\nTomasz")
TY = "Hello Ravi,\n\nthanks for your time yesterday, I enjoyed our chat about cold-chain KPIs.\n\nTomasz"

MESSAGES: list[Msg] = [
    # acknowledgement
    Msg("acknowledgement", "en", "received", "Brightcart", "Supply Chain Analyst",
        "Brightcart Careers <no-reply@greenhouse.io>", "Thank you for applying to Brightcart",
        "Hi Tomasz,\n\nThanks for applying to the Supply Chain Analyst role at Brightcart! We've received your "
        "application and our team will review it. You can expect to hear from us within 14 days.\n\n"
        "Brightcart Talent", layout="html", reply_to="talent@brightcart.co.uk", promise=("days", 14)),
    Msg("acknowledgement", "en", "ack_offer_word", "Linden Home", "Replenishment Analyst",
        "Lever <no-reply@hire.lever.co>", "Linden Home - application received",
        "Hi Tomasz,\n\nWe've got your application for Replenishment Analyst. While you wait, take a look at what "
        "we offer our people: 30 days' holiday, a staff discount and a cycle-to-work scheme. We'll get back to "
        "you within 10 working days.\n\nLinden Home People Team", layout="alt", reply_to="people@lindenhome.co.uk",
        promise=("bdays", 10)),
    Msg("acknowledgement", "en", "received_dated", "Mercury Parcel", "Transport Planner",
        "Workday <mercuryparcel@myworkday.com>", "We received your application: Transport Planner R-10517",
        "Dear Tomasz Nowak,\n\nThank you for applying for Transport Planner (R-10517). Your application has been "
        "received. We aim to review every application within 10 working days and will contact you with the "
        "outcome.\n\nMercury Parcel Talent Acquisition", layout="html", promise=("bdays", 10)),
    Msg("acknowledgement", "en", "ack_unfortunately", "Oakridge Grocers", "Stock Analyst",
        "Oakridge Grocers Careers <careers@oakridgegrocers.co.uk>", "Application received - Stock Analyst",
        "Dear Tomasz,\n\nThank you for your application. Unfortunately, due to the number of applications we "
        "receive, we can't always reply to every candidate individually, but please be assured your application "
        "has been received and will be read by the hiring manager.\n\nOakridge Grocers Careers"),
    Msg("acknowledgement", "en", "received_docs", "Northgate 3PL", "Inventory Control Analyst",
        "Sam Okafor <sam.okafor@northgate3pl.co.uk>", "Re: references",
        "Got them, thanks Tomasz - I'll contact both referees today.\n\nSam",
        quote="gmail|Hi Sam,\n\nhere are my referees: Piotr Zielinski (shift manager) and Karen Doyle (ops "
        "manager).\n\nTomasz"),
    Msg("acknowledgement", "en", "received_casual", "Parcelio", "Operations Analyst",
        "Dan Whitfield <dan@parcelio.io>", "Re: CV",
        "got it, thanks! will have a read over the weekend and get back to you by monday\nD",
        promise=("weekday", 0), quote="apple|Hi Dan, as discussed at the meetup, my CV is attached. Tomasz"),
    Msg("acknowledgement", "en", "received_assessment", "Arden Fulfilment", "Demand Planning Analyst",
        "Ashby <notifications@ashbyhq.com>", "Submission received - Arden Fulfilment",
        "Hi Tomasz,\n\nThis confirms we have received your Excel exercise for Demand Planning Analyst. The hiring "
        "team will review it and we'll be in touch within 5 business days.\n\nArden Fulfilment Recruiting",
        layout="html", reply_to="recruiting@ardenfulfilment.com", promise=("bdays", 5)),
    Msg("acknowledgement", "en", "received_dated", "Harbourside Pharma Logistics", "GDP Logistics Analyst",
        "Harbourside Careers <careers@harboursidepl.com>", "Your application",
        "Dear Tomasz,\n\nThank you for your application for GDP Logistics Analyst. The closing date is 30 November; "
        "shortlisted candidates will be contacted by {D}.\n\nHarbourside Careers\n\nHarbourside Pharma Logistics "
        "Ltd is an equal opportunities employer.", promise=("explicit", 28), charset="windows-1252"),
    Msg("acknowledgement", "en", "agency_registered", "Pinnacle Supply Chain Recruitment", "Demand Planner",
        "Pinnacle Supply Chain Recruitment <register@pinnaclesupplyrecruit.co.uk>", "Thanks for registering",
        "Hi Tomasz,\n\nThanks for registering with Pinnacle. Your CV is with our supply chain desk and a "
        "consultant will be in touch soon.\n\nPinnacle Supply Chain Recruitment", layout="alt"),
    Msg("acknowledgement", "en", "received", "Keller & Vos Retail", "Inventory Planner",
        "Keller & Vos Retail <kellervos@teamtailor.com>", "We have received your application!",
        "Hi Tomasz,\n\nThanks for your application for Inventory Planner in Hamburg. We'll go through it "
        "carefully and get back to you as soon as we can.\n\nBest,\nKeller & Vos Retail", layout="html"),
    Msg("acknowledgement", "en", "received_portal", "Bluewater Retail Group", "Logistics Analyst",
        "Bluewater Retail Group <bluewater@smartrecruiters.com>", "Your application for Logistics Analyst",
        "Dear Tomasz,\n\nThank you for applying. You can track the status of your application at any time in "
        "My Applications. We review applications on a rolling basis.\n\nBluewater Retail Group",
        layout="html"),
    Msg("acknowledgement", "en", "ack_offer_word", "GreatLakes Manufacturing", "Materials Analyst",
        "iCIMS <talent@icims.com>", "GreatLakes Manufacturing: application confirmation",
        "Hello Tomasz,\n\nThank you for your application to Materials Analyst. We have received it. Please note "
        "we do not offer sponsorship for this role. Our team will be in touch by the end of next week if you "
        "are selected for interview.\n\nGreatLakes Manufacturing Recruiting", layout="alt",
        promise=("eow", 1), reply_to="careers@greatlakesmfg.com"),
    Msg("acknowledgement", "en", "received_message", "Solent Home & Garden", "Demand Planner",
        "Anna Price <anna.price@solenthg.co.uk>", "Re: Question about the role",
        "Hi Tomasz, thanks for your message - I've passed your question about the hybrid pattern to the hiring "
        "manager.\n\nAnna", quote="gmail|Hi Anna, is the Demand Planner role hybrid? Thanks, Tomasz"),
    Msg("acknowledgement", "en", "received", "Forde Wholesale", "Stock Planner",
        "Workable <noreply@workablemail.com>", "Application received: Stock Planner",
        "Hi Tomasz Nowak,\n\nYour application for Stock Planner at Forde Wholesale was received.\n\nSent via "
        "Workable", layout="html", reply_to="jobs@fordewholesale.co.uk"),
    # auto_reply
    Msg("auto_reply", "en", "out_of_office", "Havenpoint Logistics", "Demand Planner",
        "Marieke de Wit <m.dewit@havenpoint-logistics.nl>", "Automatic reply: Demand Planner - any news?",
        "Thank you for your email. I am out of the office until Monday 30 November with limited access to email. "
        "For urgent recruitment matters please contact recruitment@havenpoint-logistics.nl.\n\nMarieke",
        extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("auto_reply", "en", "ooo_offer_word", "Keller & Vos Retail", "Inventory Planner",
        "Priya Ramaswamy <priya.r@kellervos.com>", "Out of Office: Re: offer",
        "I'm currently on annual leave and will be back on 1 December. If your message concerns an offer or a "
        "contract, please contact hr@kellervos.com. Otherwise I'll reply when I'm back.", layout="alt",
        extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    Msg("auto_reply", "en", "auto_noreply", "Amberline", "Supply Planner",
        "Amberline <donotreply@amberline.com>", "Re: Supply Planner",
        "This mailbox is not monitored. Please do not reply to this email. To contact the recruitment team, "
        "visit careers.amberline.com/contact.", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("auto_reply", "en", "out_of_office", "Northgate 3PL", "Inventory Control Analyst",
        "Sam Okafor <sam.okafor@northgate3pl.co.uk>", "Auto: references",
        "Hi, I'm on the Trafford site all week doing peak prep so replies will be slow. Back at my desk Monday."),
    Msg("auto_reply", "en", "ooo_regret", "Meridian Beverages", "S&OP Analyst",
        "Carlos Mendes <carlos.mendes@meridianbev.com>", "Automatic reply: following up",
        "I regret I'm unable to respond personally at the moment - I'm travelling to our Lyon plant until 27 "
        "November. Mails will be read on my return.\n\nCarlos Mendes | Supply Planning Manager",
        extra_headers={"Auto-Submitted": "auto-replied"}, charset="windows-1252", cte="quoted-printable"),
    Msg("auto_reply", "en", "auto_ticket", "Clearway Automotive", "Supply Chain Coordinator",
        "Clearway HR Helpdesk <hrhelp@clearwayauto.co.uk>", "[Ticket #48213] RE: video interview problem",
        "This is an automated response. Your request has been logged as ticket #48213. A member of the HR "
        "Helpdesk team will respond within 2 working days. Please do not reply to this message.",
        extra_headers={"Auto-Submitted": "auto-generated"}),
    Msg("auto_reply", "en", "out_of_office", "Tidewater Imports", "Import Planner",
        "Becky Armstrong <becky@tidewaterimports.co.uk>", "Away until Wednesday",
        "Hiya, I'm away until Wednesday 25th. If it's about deliveries please call the warehouse on 0161 555 0142."
        "\nBecky", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("auto_reply", "en", "parental_leave", "Peak Outdoor", "Inventory Analyst",
        "Laura Chen <laura.chen@peakoutdoor.com>", "Automatic reply: A second inventory role",
        "Thanks for your email. I'm on parental leave until March 2027. For recruitment, please contact "
        "talent@peakoutdoor.com - they will be happy to help. For anything about job offers, contact Mike "
        "Reilly.", layout="html", extra_headers={"Auto-Submitted": "auto-replied"}),
    # other
    Msg("other", "en", "job_alert_offer", "Totaljobs", "",
        "Totaljobs Job Alerts <alerts@totaljobs.com>", "12 new Demand Planner jobs in Manchester",
        "New jobs matching your alert \"demand planner, Manchester\":\n\n- Demand Planner, Coldchain Direct - "
        "GBP 34,000 - apply by 30 November\n- Junior Supply Planner, Meridian Beverages - competitive salary\n"
        "- Inventory Analyst, Peak Outdoor - great benefits on offer\n\nDon't miss out - these employers offer "
        "hybrid working.\n\nUnsubscribe | Manage alerts", layout="html"),
    Msg("other", "en", "withdrawal", "Rhine Delta Freight", "Planning Analyst",
        "Anouk Bakker <anouk.bakker@rhinedeltafreight.nl>", "Re: Withdrawing my application",
        "Dear Tomasz,\n\nThank you for letting us know, and congratulations on your new role. We're sorry to lose "
        "you from the process but completely understand. I've withdrawn your application.\n\nAll the best,\n"
        "Anouk", quote="outlook|" + WITHDRAW, layout="alt"),
    Msg("other", "en", "interviewer", "", "Forklift Driver",
        "Kyle Robinson <kyle.robinson88@gmail.com>", "Forklift driver job - Tuesday",
        "Hi Mr Nowak,\n\nThank you for the interview yesterday for the forklift driver job on nights. I have my "
        "counterbalance and reach licences and can start in two weeks. Please let me know if I got the job.\n\n"
        "Kyle Robinson"),
    Msg("other", "en", "interviewer_agency_cv", "", "Warehouse Picker",
        "Leanne Carter <leanne@staffline-demo.co.uk>", "CVs for your picker vacancies",
        "Hi Tomasz,\n\nAs requested, attached are 4 CVs for the temp-to-perm picker roles on your shift. All have "
        "passed our reference checks. Could you let me know by Thursday who you'd like to interview? I can offer "
        "interview slots Friday morning.\n\nThanks\nLeanne Carter\nBranch Manager"),
    Msg("other", "en", "union_notice", "USDAW", "",
        "USDAW North West <northwest@usdaw-members.org.uk>", "Pay ballot: your vote matters",
        "Dear member,\n\nThe company's pay offer of 3.1% has been rejected by your reps. We regret that no "
        "improved offer has been made. A consultative ballot opens on Monday - please vote.\n\nIn solidarity,\n"
        "USDAW North West", layout="alt"),
    Msg("other", "en", "pension_notice", "Aegon", "",
        "Workplace Pensions <noreply@pensions-update.example.com>", "Your annual pension statement is ready",
        "Dear Tomasz Nowak,\n\nYour annual statement is now available online. Unfortunately we can't send "
        "statements by post any more.\n\nWorkplace Pensions", layout="html"),
    Msg("other", "en", "course_newsletter", "CILT", "",
        "CILT Learning <learning@cilt-courses.example.org>", "November: free webinar on safety stock + 20% off",
        "Hi Tomasz,\n\nThis month: a free webinar on safety stock formulas, and our Certificate in Logistics "
        "course is on offer with 20% off until 30 November. We regret the webinar recording will not be shared.\n"
        "\nHappy learning,\nCILT Learning", layout="html"),
    Msg("other", "en", "interviewer_offer", "", "Warehouse Picker",
        "Aisha Begum <aisha.begum.work@outlook.com>", "Re: Picker role - offer",
        "Hi Tomasz, thank you so much for the offer!! I accept and can start on the 30th. Do I need to bring "
        "safety boots?\nAisha", quote="gmail|Hi Aisha,\n\nI'm pleased to offer you the picker role on the "
        "early shift.\n\nTomasz Nowak\nShift Supervisor"),
    Msg("other", "en", "network_request", "Havenpoint Logistics", "",
        "Ruben Jansen <ruben.jansen@havenpoint-logistics.nl>", "coffee?",
        "Hi Tomasz, Marieke mentioned you're interested in planning. I moved from the warehouse floor to planning "
        "myself 3 years ago - happy to have a coffee and chat if you're ever in Rotterdam.\n\nRuben"),
    Msg("other", "en", "thanks_from_interviewer", "Harbourside Pharma Logistics", "",
        "Ravi Shah <ravi.shah@harboursidepl.com>", "Re: thanks",
        "Thanks Tomasz, great to meet you too. Good luck with everything!\n\nRavi", quote="apple|" + TY),
    Msg("other", "en", "job_alert_regret", "LinkedIn", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "Logistics Analyst in Rotterdam: 8 new jobs",
        "Your job alert for Logistics Analyst in Rotterdam\n\nHavenpoint Logistics - Logistics Analyst - Be an "
        "early applicant\nRhine Delta Freight - Transport Planner\n\nWe regret that some jobs may have closed "
        "since this email was sent.\n\nUnsubscribe", layout="alt"),
    Msg("other", "en", "shift_rota", "", "",
        "Rota Bot <rota@wms-scheduling.example.com>", "Rota published: weeks 49-50",
        "The rota for weeks 49-50 has been published. You are rostered on nights (22:00-06:00) Mon-Thu in week "
        "49. Unfortunately swap requests for week 50 are closed."),
]
