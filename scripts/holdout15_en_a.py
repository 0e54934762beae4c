"""holdout15 English rejections and offers, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

TY = ("Hi,\n\nthanks again for taking the time to walk me through the planning team today. "
      "I enjoyed the conversation about safety stock.\n\nBest,\nTomasz")
FU = "Hello,\n\njust checking in on the demand planner role - is there any update?\n\nKind regards\nTomasz Nowak"
APP = "Dear hiring team,\n\nplease find attached my CV for the logistics analyst position.\n\nTomasz Nowak"

DISCLAIMER = ("This e-mail and any attachments are confidential and may be legally privileged. If you are not the "
              "intended recipient, please notify the sender and delete it; any offer or acceptance must be "
              "confirmed in writing. We regret we cannot accept liability for viruses.")

MESSAGES: list[Msg] = [
    Msg("rejection", "en", "warm_rejection", "Havenpoint Logistics", "Demand Planner",
        "Marieke de Wit <m.dewit@havenpoint-logistics.nl>", "Re: Demand Planner - next steps",
        "Hi Tomasz,\n\nI wanted to come back to you personally. The panel was genuinely impressed with how you "
        "talked about running night shifts through peak - the example about re-slotting the fast movers landed "
        "really well.\n\nHowever, we have decided to go with a candidate who has several years of hands-on "
        "experience with SAP IBP, which is where the team needs someone on day one.\n\nI'm sorry it isn't better "
        "news. Please stay in touch.\n\nMarieke\nTalent Partner | Havenpoint Logistics | Rotterdam",
        quote="gmail|" + TY, layout="alt"),
    Msg("rejection", "en", "no_interview", "Brightcart", "Supply Chain Analyst",
        "Brightcart Careers <no-reply@greenhouse.io>", "Your application to Brightcart",
        "Dear Tomasz,\n\nThank you for your interest in the Supply Chain Analyst role at Brightcart. We received a "
        "high number of applications and after careful review we are unable to offer you an interview on this "
        "occasion.\n\nWe wish you every success in your search.\n\nThe Brightcart Talent Team",
        layout="html", reply_to="talent@brightcart.co.uk"),
    Msg("rejection", "en", "talent_pool", "Northgate 3PL", "Logistics Analyst",
        "Sam Okafor <sam.okafor@northgate3pl.co.uk>", "Logistics Analyst (Manchester)",
        "Hi Tomasz\n\nthanks for coming in on Tuesday. We've now finished the interviews and we won't be taking "
        "your application forward for this one.\n\nI'd like to keep your details in our talent pool though - "
        "we open analyst roles at the Trafford site most quarters and I'll reach out directly if something comes "
        "up that fits.\n\nCheers\nSam Okafor\nRecruitment Lead, Northgate 3PL"),
    Msg("rejection", "en", "rescinded", "Keller & Vos Retail", "Inventory Planner",
        "Priya Ramaswamy <priya.r@kellervos.com>", "Update on your offer - Inventory Planner",
        "Dear Tomasz,\n\nI'm writing with news I hoped I would not have to share. Following the announcement this "
        "morning of the distribution centre consolidation, the Inventory Planner position in Hamburg has been "
        "removed from the plan, and we have to withdraw the offer we made to you on the 2nd.\n\nI understand how "
        "disappointing this is, particularly as you had started to plan the move. If you have incurred any costs "
        "please send them to me and we will reimburse them.\n\nWith apologies,\nPriya Ramaswamy\nHR Business "
        "Partner\n\n" + DISCLAIMER),
    Msg("rejection", "en", "warm_rejection", "Quayline Foods", "Graduate Supply Chain Scheme",
        "Quayline Early Careers <earlycareers@quaylinefoods.com>", "Quayline Graduate Scheme - assessment centre "
        "outcome",
        "Hello Tomasz,\n\nThank you for joining us at the assessment centre in Salford. You scored well in the "
        "group exercise and assessors commented on your calm approach to the stock-out scenario.\n\nUnfortunately "
        "the competition for the 2027 intake was exceptionally strong and we are not able to offer you a place on "
        "the scheme.\n\nFeedback from the day is attached. We would encourage you to look at our direct-entry "
        "analyst roles.\n\nQuayline Early Careers", layout="alt", cte="quoted-printable"),
    Msg("rejection", "en", "reapply", "Mercury Parcel", "Network Planning Analyst",
        "Workday <mercuryparcel@myworkday.com>", "Network Planning Analyst - R-10482",
        "Dear Tomasz Nowak,\n\nThank you for applying for Network Planning Analyst (R-10482) at Mercury Parcel.\n\n"
        "After reviewing your application we have decided not to move forward. You are welcome to re-apply for "
        "this or other roles after 6 months.\n\nKind regards,\nMercury Parcel Talent Acquisition\n\nPlease do not "
        "reply to this email; this mailbox is not monitored.", layout="html"),
    Msg("rejection", "en", "warm_rejection", "Ostwind Components", "Materials Planner",
        "Jonas Richter <jonas.richter@ostwind-components.de>", "materials planner",
        "Tomasz,\n\nshort one, sorry. really liked you, the team did too, but we've gone internal - one of the "
        "buyers is moving across. not the answer either of us wanted.\n\nif you are ever in Hamburg for a coffee "
        "let me know.\n\nJonas\n\nSent from my iPhone"),
    Msg("rejection", "en", "no_interview", "Linden Home", "Replenishment Analyst",
        "Lever <no-reply@hire.lever.co>", "Thanks for applying to Linden Home",
        "Hi Tomasz,\n\nThank you for applying for the Replenishment Analyst role. We've had a look at your "
        "experience and we're not able to offer you an interview for this position, as we're looking for someone "
        "with a retail buying background.\n\nWe'll hold on to your application in case anything changes.\n\n"
        "Linden Home People Team", reply_to="people@lindenhome.co.uk"),
    Msg("rejection", "en", "warm_rejection", "Rhine Delta Freight", "Transport Planner",
        "Anouk Bakker <anouk.bakker@rhinedeltafreight.nl>", "RE: Transport Planner interview",
        "Dear Tomasz,\n\nThank you for your kind note. It was a pleasure meeting you too.\n\nI wish I had better "
        "news: we have offered the role to another candidate who has accepted. It was a very close decision and "
        "your forklift-to-planning story was one of the most memorable of the week.\n\nAll the best,\nAnouk\n\n"
        "Anouk Bakker | Recruitment | Rhine Delta Freight B.V. | KvK 24412901",
        quote="outlook|" + TY, charset="windows-1252", cte="quoted-printable", layout="html"),
    Msg("rejection", "en", "rescinded", "Parcelio", "Operations Analyst",
        "Dan Whitfield <dan@parcelio.io>", "Re: offer - operations analyst",
        "hey Tomasz,\n\nI hate sending this one. our Series B fell through on Friday and we're freezing every "
        "hire that hasn't started, yours included - so the offer I sent over is off the table. I'm really sorry.\n"
        "\nI'll happily be a reference for you anywhere.\n\nDan\nCEO, Parcelio"),
    Msg("rejection", "en", "stage_rejection", "Arden Fulfilment", "Demand Planning Analyst",
        "Ashby <notifications@ashbyhq.com>", "Arden Fulfilment | Excel assessment result",
        "Hi Tomasz,\n\nThanks for completing the Excel exercise for the Demand Planning Analyst role. The hiring "
        "team has reviewed your submission and decided not to progress your application to the next round.\n\n"
        "We appreciate the time you put into the task.\n\nBest regards,\nArden Fulfilment Recruiting",
        layout="html", reply_to="recruiting@ardenfulfilment.com"),
    Msg("rejection", "en", "agency_rejection", "Coldchain Direct", "Stock Controller / Planner",
        "Hayley Burns <hayley.burns@pinnaclesupplyrecruit.co.uk>", "Coldchain Direct feedback",
        "Morning Tomasz,\n\nJust had feedback from Coldchain Direct. They were positive about you but they've gone "
        "with someone who has BRC food audit experience, so it's a no this time.\n\nDon't be disheartened - I've "
        "got two other planner roles in Manchester I want to talk to you about. Free for a call at 4?\n\nHayley\n"
        "Senior Consultant - Pinnacle Supply Chain Recruitment\nPinnacle Supply Chain Recruitment Ltd is an "
        "employment agency. Registered in England No. 08812231."),
    Msg("rejection", "en", "warm_rejection", "Solent Home & Garden", "Demand Planner",
        "Solent Home & Garden <careers@solenthg.co.uk>", "Thank you from Solent Home & Garden",
        "Dear Tomasz\n\nWe were impressed by your application and your interview, and we appreciate the effort "
        "you put into the case study on seasonal stock. However, after much deliberation we've decided to "
        "progress with other candidates whose experience more closely matches the role.\n\nWe will keep your "
        "CV on file for 12 months.\n\nRegards\nRecruitment Team", layout="alt"),
    Msg("rejection", "en", "unfortunately_hidden", "Trent Valley Distribution", "Shift Planning Lead",
        "Gareth Lloyd <g.lloyd@trentvalleydist.co.uk>", "Shift Planning Lead",
        "Tomasz,\n\nThanks for your patience. We've now completed the process and I'm afraid we won't be offering "
        "you the role. The feedback was that the team is looking for someone who has owned a WMS rollout.\n\n"
        "Best wishes\nGareth", charset="iso-8859-1"),
    Msg("rejection", "en", "rescinded", "Bluewater Retail Group", "Logistics Analyst",
        "Bluewater Retail Group <bluewater@smartrecruiters.com>", "Important update regarding your offer",
        "Dear Tomasz,\n\nWe regret to inform you that the conditional offer made to you for the position of "
        "Logistics Analyst has been withdrawn, as we were unable to complete the pre-employment checks "
        "satisfactorily (driving licence verification).\n\nIf you believe this is an error, please contact "
        "hr.compliance@bluewaterretail.com within 5 working days.\n\nBluewater Retail Group HR",
        layout="html", reply_to="hr.compliance@bluewaterretail.com"),
    Msg("rejection", "en", "warm_rejection", "Peak Outdoor", "Inventory Analyst",
        "Laura Chen <laura.chen@peakoutdoor.com>", "Re: Thank you",
        "Hi Tomasz,\n\nthank you for the lovely message! You made it to the final two, which says a lot given we "
        "saw over 300 applications. In the end we chose the other finalist by a very small margin, mostly because "
        "of her Power BI work.\n\nI'd genuinely love to keep in touch - follow me on LinkedIn?\n\nLaura",
        quote="apple|" + TY),
    Msg("rejection", "en", "talent_pool", "GreatLakes Manufacturing", "Production Planner",
        "iCIMS <talent@icims.com>", "GreatLakes Manufacturing - Production Planner",
        "Hello Tomasz,\n\nThe Production Planner (Lyon) role has now been filled. While your application was not "
        "successful on this occasion, we have added your profile to our Talent Community so we can contact you "
        "about future opportunities.\n\nYou can update your preferences at any time in the candidate portal.\n\n"
        "GreatLakes Manufacturing Recruiting", layout="alt", reply_to="careers@greatlakesmfg.com"),
    Msg("rejection", "en", "position_filled", "Amberline", "Supply Planner",
        "Recruitment <jobs@amberline.com>", "Supply Planner - position filled",
        "Dear Applicant,\n\nthe Supply Planner position has now been filled. Thank you for your interest in "
        "Amberline.\n\nRecruitment"),
    Msg("rejection", "en", "warm_rejection", "Harbourside Pharma Logistics", "GDP Logistics Analyst",
        "Eleanor Hughes <eleanor.hughes@harboursidepl.com>", "Your interview for GDP Logistics Analyst",
        "Dear Tomasz,\n\nMany thanks for meeting with Ravi and me last week. We enjoyed discussing your shift "
        "supervision experience and you asked some of the sharpest questions we heard.\n\nWe've thought hard "
        "about it and, on balance, we feel the role needs prior GDP (Good Distribution Practice) exposure, so "
        "we won't be moving forward with your application.\n\nIf you would like detailed feedback, I'd be happy "
        "to arrange a 15 minute call.\n\nKind regards\nEleanor Hughes\nHead of Logistics Quality\n\n"
        "Harbourside Pharma Logistics Ltd, registered office: 1 Dock Road, Liverpool L3 4AA.", layout="alt",
        cte="base64"),
    Msg("rejection", "en", "no_interview", "Forde Wholesale", "Stock Planner",
        "Workable <noreply@workablemail.com>", "Stock Planner at Forde Wholesale",
        "Hi Tomasz,\n\nThanks for applying. Unfortunately we won't be inviting you to an interview this time. "
        "We really appreciate your interest in Forde Wholesale.\n\nBest,\nForde Wholesale hiring team\n\n"
        "Sent via Workable", layout="html"),
    Msg("rejection", "en", "ghost_followup_reply", "Tidewater Imports", "Logistics Coordinator",
        "Becky Armstrong <becky@tidewaterimports.co.uk>", "Re: Following up - Logistics Coordinator",
        "Hi Tomasz, apologies for the silence. We've offered the role to someone else - sorry, I should have told "
        "you sooner.\n\nBecky", quote="gmail|" + FU),
    Msg("rejection", "en", "warm_rejection", "Meridian Beverages", "S&OP Analyst",
        "Carlos Mendes <carlos.mendes@meridianbev.com>", "S&OP Analyst - outcome",
        "Hi Tomasz,\n\nI really enjoyed our chat about forecast bias and your pallet-count story made me laugh. "
        "The team agreed you'd be a strong addition in a year or two, however for this particular role we've "
        "offered the position to someone with S&OP process ownership already.\n\nPlease do apply again when you "
        "see the junior planner role open in spring.\n\nCarlos", charset="windows-1252"),
    Msg("rejection", "en", "rescinded", "Flint & Harrow", "Warehouse Planning Analyst",
        "Flint & Harrow Talent <talent@flintharrow.com>", "Change to your start - Warehouse Planning Analyst",
        "Dear Tomasz,\n\nWe are sorry to let you know that, due to the loss of a major client contract at the "
        "Barnsley site, we are no longer able to proceed with your employment and the offer letter dated "
        "last month is rescinded.\n\nThis is in no way a reflection of you. We have let Hayley at Pinnacle know "
        "as well.\n\nFlint & Harrow Talent", layout="alt", cte="quoted-printable"),
    Msg("rejection", "en", "feedback_call", "Vantage Trade Solutions", "Demand Planner",
        "Sophie Turner <sophie.turner@vantagets.com>", "quick update",
        "Hi Tomasz - thanks for your time on the case study. We're not going to proceed, I'm afraid: your stock "
        "recommendation was solid but the SQL part was below what the team needs. Happy to talk it through if "
        "useful.\n\nSophie"),
    Msg("rejection", "en", "no_interview", "Clearway Automotive", "Parts Logistics Analyst",
        "SmartRecruiters <noreply@smartrecruiters.com>", "Clearway Automotive: Parts Logistics Analyst",
        "Dear Tomasz,\n\nThank you for your interest. We are unable to offer you an interview for the Parts "
        "Logistics Analyst position because we require the right to work in the UK without sponsorship.\n\n"
        "Kind regards,\nClearway Automotive", layout="html", reply_to="recruitment@clearwayauto.co.uk"),
    Msg("rejection", "en", "warm_rejection", "Oakridge Grocers", "Forecasting Analyst",
        "Nadia Hussain <nadia.hussain@oakridgegrocers.co.uk>", "Forecasting Analyst - your second interview",
        "Dear Tomasz,\n\nThank you for coming back for the second interview and for the work you put into the "
        "presentation on promotional uplift. We were very impressed. Regrettably, we have decided not to offer "
        "you the role on this occasion.\n\nWe will keep your details on file and hope our paths cross again.\n\n"
        "Nadia Hussain\nPeople Partner\n\n" + DISCLAIMER, quote="outlook|" + TY, layout="html"),
    Msg("offer", "en", "casual_offer", "Parcelio", "Fulfilment Planner",
        "Dan Whitfield <dan@parcelio.io>", "so...",
        "Tomasz!\n\nwe'd love to have you join us as our first fulfilment planner. team was unanimous. I'll get "
        "the paperwork over tomorrow but wanted you to hear it from me first.\n\nDan"),
    Msg("offer", "en", "formal_offer", "Havenpoint Logistics", "Logistics Analyst",
        "Marieke de Wit <m.dewit@havenpoint-logistics.nl>", "Offer of employment - Logistics Analyst",
        "Dear Tomasz,\n\nFollowing your interviews, I am delighted to offer you the position of Logistics Analyst "
        "at Havenpoint Logistics B.V., based in Rotterdam.\n\n- Salary: EUR 52,000 gross per year plus 8% holiday "
        "allowance\n- Hours: 40 per week, hybrid (3 days on site)\n- Start date: 4 January 2027\n- Relocation: "
        "up to EUR 3,000\n\nPlease let us know by Friday 27 November whether you accept. The contract will follow "
        "once you confirm.\n\nWarm regards,\nMarieke de Wit", layout="alt"),
    Msg("offer", "en", "verbal_offer", "Northgate 3PL", "Inventory Control Analyst",
        "Sam Okafor <sam.okafor@northgate3pl.co.uk>", "Good news (verbal)",
        "Hi Tomasz,\n\nFollowing up our call just now - as I said, the site director has signed off and we want to "
        "offer you the Inventory Control Analyst role, starting salary GBP 36k. This is a verbal offer for now; "
        "the written offer comes from HR within the week.\n\nSam"),
    Msg("offer", "en", "conditional_offer", "Bluewater Retail Group", "Demand Planner",
        "Bluewater Retail Group <bluewater@smartrecruiters.com>", "Your conditional offer from Bluewater Retail Group",
        "Dear Tomasz,\n\nCongratulations! We are pleased to make you a conditional offer for the Demand Planner "
        "role. The offer is subject to satisfactory references, a DBS basic check and verification of your "
        "driving licence.\n\nPlease log in to the portal to view and sign your offer letter.\n\nBluewater HR",
        layout="html", reply_to="hr@bluewaterretail.com"),
    Msg("offer", "en", "offer_references", "Meridian Beverages", "Junior Supply Planner",
        "Carlos Mendes <carlos.mendes@meridianbev.com>", "Junior Supply Planner",
        "Hi Tomasz,\n\nGood news - remember I said the junior role would open? We'd like to offer it to you, "
        "pending two references. Could you send me contact details for your current manager and one other?\n\n"
        "Carlos"),
    Msg("offer", "en", "offer_unfortunately", "Keller & Vos Retail", "Replenishment Planner",
        "Priya Ramaswamy <priya.r@kellervos.com>", "Replenishment Planner - offer",
        "Dear Tomasz,\n\nUnfortunately we can't match the salary you mentioned, but we are very keen, so we're "
        "offering you the Replenishment Planner role at EUR 49,500 with a review after six months. I hope that "
        "works for you.\n\nPriya", layout="alt", cte="quoted-printable"),
    Msg("offer", "en", "agency_offer", "Coldchain Direct", "Planning Analyst",
        "Hayley Burns <hayley.burns@pinnaclesupplyrecruit.co.uk>", "YOU GOT IT",
        "Tomasz!! Coldchain Direct have come back and they want you for the Planning Analyst job - 34k, days "
        "only, Trafford Park. They're sending the contract through me. Call me!!\n\nHayley"),
    Msg("offer", "en", "formal_offer", "Arden Fulfilment", "Inventory Analyst",
        "Ashby <notifications@ashbyhq.com>", "Offer letter from Arden Fulfilment",
        "Hi Tomasz,\n\nArden Fulfilment has sent you an offer for the Inventory Analyst position. Review and sign "
        "your offer letter using the link below. This offer expires on 1 December 2026.\n\n[Review offer]",
        layout="html", reply_to="recruiting@ardenfulfilment.com"),
    Msg("offer", "en", "long_html_offer", "Brightcart", "Demand Planning Analyst",
        "Rachel Adeyemi <rachel.adeyemi@brightcart.co.uk>", "Your offer from Brightcart 🎉",
        "", layout="html",
        html_body=("<html><body style=\"font-family:Segoe UI,Arial;font-size:14px\">"
        "<p>Dear Tomasz,</p><p>On behalf of everyone at <b>Brightcart</b>, I am thrilled to confirm our offer for the "
        "role of <b>Demand Planning Analyst</b> in our Manchester hub. Below is a summary; your full contract is "
        "in DocuSign.</p><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><th align=\"left\">Base salary</th><td>GBP 38,500</td></tr>"
        "<tr><th align=\"left\">Bonus</th><td>up to 8% (company and personal targets)</td></tr>"
        "<tr><th align=\"left\">Working pattern</th><td>Hybrid: Tue-Thu in office</td></tr>"
        "<tr><th align=\"left\">Holiday</th><td>27 days + bank holidays</td></tr>"
        "<tr><th align=\"left\">Start date</th><td>Monday 11 January 2027</td></tr></table>"
        "<p>Please sign by <b>4 December</b>. If anything is unclear, call me on 0161 496 0000.</p>"
        "<p>Welcome to the team (almost)!</p><p>Rachel Adeyemi<br>Senior Talent Partner, Brightcart</p>"
        "<p style=\"font-size:10px;color:#999\">Brightcart Ltd, registered in England 10293847. This message is "
        "confidential. Unfortunately we cannot guarantee e-mail is virus-free.</p></body></html>")),
    Msg("offer", "en", "welcome_aboard", "Tidewater Imports", "Logistics Coordinator",
        "Becky Armstrong <becky@tidewaterimports.co.uk>", "Welcome aboard!",
        "Hi Tomasz,\n\nSo pleased you said yes! Welcome aboard. Your first day will be Monday 11 January - "
        "please bring your passport and driving licence. I'll send the induction plan nearer the time.\n\nBecky",
        quote="gmail|Hi Becky,\n\nI'm happy to accept the offer. Looking forward to it!\n\nTomasz"),
    Msg("offer", "en", "fixed_term_offer", "Oakridge Grocers", "Peak Season Planning Analyst",
        "Nadia Hussain <nadia.hussain@oakridgegrocers.co.uk>", "Peak season planning contract",
        "Dear Tomasz,\n\nAlthough the permanent role went elsewhere, we would like to offer you a six-month fixed "
        "term contract as Peak Season Planning Analyst, November to April, at the same salary band. It could "
        "become permanent.\n\nDo have a think and let me know.\n\nNadia", charset="iso-8859-1"),
    Msg("offer", "en", "casual_offer", "Ostwind Components", "Materials Planner",
        "Jonas Richter <jonas.richter@ostwind-components.de>", "plot twist",
        "Tomasz - the internal move fell through. if you still want it the materials planner job is yours. same "
        "numbers as we talked about. let me know and I'll tell HR to draw up the contract\n\nJonas"),
    Msg("offer", "en", "offer_subject_checks", "Mercury Parcel", "Network Planning Analyst",
        "Workday <mercuryparcel@myworkday.com>", "Action required: offer for Network Planning Analyst",
        "Dear Tomasz Nowak,\n\nWe are delighted to extend an offer of employment for the Network Planning Analyst "
        "position, subject to a background check and right-to-work verification. Please review the offer in "
        "Workday and complete your tasks.\n\nMercury Parcel Talent Acquisition", layout="html"),
    Msg("offer", "en", "internal_offer_forward", "Vantage Trade Solutions", "Logistics Analyst",
        "Sophie Turner <sophie.turner@vantagets.com>", "Fwd: Logistics Analyst - approval",
        "Tomasz - see below, great news. Formal letter to follow.\n\nSophie\n\n---------- Forwarded message "
        "---------\nFrom: Mark Ellis <mark.ellis@vantagets.com>\nSubject: Logistics Analyst - approval\n\n"
        "Sophie, approved - go ahead and make Tomasz the offer for the logistics analyst role at 38k.\nMark"),
    Msg("offer", "en", "offer_warm", "Peak Outdoor", "Inventory Analyst",
        "Laura Chen <laura.chen@peakoutdoor.com>", "A second inventory role",
        "Hi Tomasz,\n\nRemember when I said I'd keep in touch? A second Inventory Analyst headcount was approved "
        "this week and the panel didn't want to re-run the process - we'd like to offer you the job. Can we talk "
        "terms on Thursday?\n\nLaura", layout="alt"),
    Msg("offer", "en", "graduate_offer", "Quayline Foods", "Supply Chain Graduate",
        "Quayline Early Careers <earlycareers@quaylinefoods.com>", "A place on the Quayline Graduate Scheme",
        "Hello Tomasz,\n\nA place has become available on the 2027 Supply Chain Graduate Scheme and we are "
        "pleased to offer it to you. Your contract and the scheme handbook are attached. Please accept within 10 "
        "days.\n\nQuayline Early Careers", layout="html"),
]
