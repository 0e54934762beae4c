"""holdout15 English next steps and pending mail, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

TY = ("Dear all,\n\nmany thanks for the interview this afternoon. I especially enjoyed hearing how you plan "
      "stock for the Christmas peak.\n\nKind regards,\nTomasz Nowak")
FU = "Hi,\n\nI hope you are well. Is there any news on the planner position?\n\nThanks,\nTomasz"

MESSAGES: list[Msg] = [
    # next_step
    Msg("next_step", "en", "assessment", "Brightcart", "Demand Planning Analyst",
        "Brightcart Careers <no-reply@greenhouse.io>", "Brightcart: Excel & SQL exercise",
        "Hi Tomasz,\n\nThanks for speaking with us. As the next step we'd like you to complete a short take-home "
        "exercise: an Excel workbook with 18 months of weekly sales for 40 SKUs, plus three SQL questions against "
        "the same data.\n\nPlease submit it by 9am on Monday 30 November. It should take about 2-3 hours.\n\n"
        "Good luck!\nBrightcart Talent", layout="html", reply_to="talent@brightcart.co.uk"),
    Msg("next_step", "en", "reschedule", "Rhine Delta Freight", "Planning Analyst",
        "Anouk Bakker <anouk.bakker@rhinedeltafreight.nl>", "Change of time - Thursday",
        "Hi Tomasz,\n\nUnfortunately our operations director has to be at the Moerdijk terminal on Thursday "
        "morning, so we need to move your second interview. Would Friday at 14:00 or Monday at 10:30 work?\n\n"
        "Apologies for the shuffle.\nAnouk"),
    Msg("next_step", "en", "scheduling_link", "Linden Home", "Inventory Planner",
        "GoodTime <scheduling@goodtime.io>", "Schedule your interview with Linden Home",
        "Hi Tomasz,\n\nLinden Home would like to schedule a 45-minute video interview with the Inventory Planning "
        "team. Please pick a slot that suits you from the options below.\n\n[Choose a time]\n\nThis link "
        "expires in 5 days.", layout="html", reply_to="people@lindenhome.co.uk"),
    Msg("next_step", "en", "assessment_centre", "Quayline Foods", "Graduate Supply Chain Scheme",
        "Quayline Early Careers <earlycareers@quaylinefoods.com>", "Invitation: assessment centre, Salford",
        "Hello Tomasz,\n\nCongratulations - you've been selected for our assessment centre on Wednesday 2 December "
        "at MediaCityUK, Salford. The day runs 9:00 to 16:00 and includes a group exercise, a stock-planning case "
        "study and a panel interview.\n\nPlease confirm your attendance by replying to this email. We will "
        "reimburse travel.\n\nQuayline Early Careers", layout="alt"),
    Msg("next_step", "en", "final_round", "Havenpoint Logistics", "Logistics Analyst",
        "Marieke de Wit <m.dewit@havenpoint-logistics.nl>", "Re: Logistics Analyst",
        "Hi Tomasz,\n\nThank you, and thanks for your note - the team enjoyed it too. We'd like to invite you "
        "to a final round on site in Rotterdam with the Head of Planning and one of the shift leads. You'll get a "
        "tour of the DC first. I'll send options for next week; we aim to make a decision by the end of the "
        "month.\n\nMarieke", quote="gmail|" + TY, promise=("eom", 0), layout="alt"),
    Msg("next_step", "en", "case_study", "Solent Home & Garden", "Demand Planner",
        "Solent Home & Garden <careers@solenthg.co.uk>", "Second stage - case study",
        "Dear Tomasz,\n\nWe are pleased to invite you to the second stage. You'll be given a case study on stock "
        "levels for a garden-furniture range (forecast, safety stock, reorder points) and will present your "
        "findings to the panel for 20 minutes.\n\nThe pack is attached. We'll let you know the slot shortly.\n\n"
        "Recruitment Team", layout="alt", cte="quoted-printable"),
    Msg("next_step", "en", "agency_client_interview", "Flint & Harrow", "Warehouse Planning Analyst",
        "Hayley Burns <hayley.burns@pinnaclesupplyrecruit.co.uk>", "Flint & Harrow want to meet you",
        "Hi Tomasz\n\nFlint & Harrow loved your CV and want you in for a first interview at their Barnsley site. "
        "They offered Tue 10am or Wed 2pm. Which is better? Also can you confirm you're OK with a 6-2 / 2-10 "
        "rotating pattern for the first 3 months? They want to decide by end of next week.\n\nHayley",
        promise=("eow", 1)),
    Msg("next_step", "en", "phone_screen", "Amberline", "Supply Planner",
        "Emily Stone <emily.stone@amberline.com>", "Quick chat?",
        "Hi Tomasz, I'm the recruiter for Amberline's supply planning team. Are you free for a 20 minute phone "
        "call this week? Just to go over your background and the shift-to-office move. Thursday any time after "
        "1 works for me.\n\nEmily"),
    Msg("next_step", "en", "reschedule", "Meridian Beverages", "S&OP Analyst",
        "Carlos Mendes <carlos.mendes@meridianbev.com>", "Re: Tuesday",
        "Tomasz, unfortunately I'm off sick today so we'll need to rearrange - really sorry. Same time next "
        "Tuesday? I'll resend the invite.\nCarlos"),
    Msg("next_step", "en", "background_check", "Mercury Parcel", "Network Planning Analyst",
        "Mercury Parcel via HireRight <noreply@hireright.com>", "Action needed: background screening",
        "Dear Tomasz Nowak,\n\nMercury Parcel has asked HireRight to complete background screening as part of your "
        "application. Please complete the online form within 3 days, including your employment history for the "
        "last 5 years and your driving licence details.\n\nHireRight", layout="html"),
    Msg("next_step", "en", "video_interview", "Clearway Automotive", "Supply Chain Coordinator",
        "HireVue <noreply@hirevue.com>", "Clearway Automotive invites you to a video interview",
        "Hello Tomasz,\n\nClearway Automotive has invited you to complete an on-demand video interview for "
        "Supply Chain Coordinator. You'll answer 5 questions; each has 30 seconds preparation and 2 minutes to "
        "answer. Please complete by 4 December.\n\n[Start interview]", layout="html",
        reply_to="recruitment@clearwayauto.co.uk"),
    Msg("next_step", "en", "stage_passed", "Arden Fulfilment", "Inventory Analyst",
        "Ashby <notifications@ashbyhq.com>", "Arden Fulfilment - moving forward",
        "Hi Tomasz,\n\nGreat news - the team reviewed your Excel exercise and would like to move you forward to a "
        "panel interview with the Inventory lead and the Head of Ops. Our coordinator will be in touch with "
        "times, and we'd like to have a decision for you by {D}.\n\nArden Fulfilment Recruiting", layout="html",
        promise=("explicit", 14),
        reply_to="recruiting@ardenfulfilment.com"),
    Msg("next_step", "en", "references", "Northgate 3PL", "Inventory Control Analyst",
        "Sam Okafor <sam.okafor@northgate3pl.co.uk>", "references",
        "Hi Tomasz, you're our preferred candidate and we're at the last step: could you send two referees "
        "(one a line manager)? We'll aim to confirm the decision within 5 working days of speaking to them.\n\n"
        "Sam"),
    Msg("next_step", "en", "shift_question", "Trent Valley Distribution", "Night Planning Lead",
        "Gareth Lloyd <g.lloyd@trentvalleydist.co.uk>", "Night Planning Lead - couple of questions",
        "Tomasz,\n\nBefore we book the second interview, two questions from the hiring manager:\n\n"
        "* are you happy working 4 nights on / 4 off?\n* do you hold a full UK or EU driving licence?\n\n"
        "If yes to both I'll get you in next week. We're planning to decide by the end of next week.\n\nGareth",
        promise=("eow", 1)),
    Msg("next_step", "en", "relocation_call", "Keller & Vos Retail", "Replenishment Planner",
        "Priya Ramaswamy <priya.r@kellervos.com>", "Hamburg relocation - call with our mobility partner",
        "Dear Tomasz,\n\nAs part of the next stage, our relocation partner would like a 30 minute call to discuss "
        "what a move to Hamburg would involve for you. Could you share your availability for Monday or Tuesday? "
        "After that you'll meet the team lead in person, and we plan to confirm the outcome by {D}.\n\nPriya",
        charset="windows-1252", cte="quoted-printable", promise=("explicit", 15)),
    Msg("next_step", "en", "reschedule_unfortunately", "Peak Outdoor", "Inventory Analyst",
        "Calendly <notifications@calendly.com>", "Updated: Interview with Laura Chen",
        "Hi Tomasz Nowak,\n\nUnfortunately Laura Chen has rescheduled your event.\n\nEvent: Inventory Analyst - "
        "2nd interview (Peak Outdoor)\nNew time: 10:00 - 10:45, Wednesday\n\nReason: \"clash with our quarterly "
        "review, sorry!\"", layout="html"),
    Msg("next_step", "en", "sql_test", "Parcelio", "Operations Analyst",
        "Dan Whitfield <dan@parcelio.io>", "next bit",
        "hi tomasz - next bit is a 1h live sql session with our data guy, nothing scary, joins and a window "
        "function or two. when works? we'll make a call on it by friday.\n\nDan", promise=("weekday", 4)),
    Msg("next_step", "en", "site_visit", "Ostwind Components", "Materials Planner",
        "Jonas Richter <jonas.richter@ostwind-components.de>", "come and see the plant?",
        "Tomasz, one more step before anything official: could you come to Hamburg-Harburg and walk the line with "
        "our production lead? We'll pay the train. Any day next week.\n\nJonas"),
    # pending
    Msg("pending", "en", "still_reviewing", "Havenpoint Logistics", "Demand Planner",
        "Marieke de Wit <m.dewit@havenpoint-logistics.nl>", "Re: Demand Planner - any news?",
        "Hi Tomasz,\n\nThanks for checking in. We're still interviewing - two more candidates this week - and "
        "I expect we will have a decision within 10 days.\n\nMarieke", promise=("days", 10),
        quote="gmail|" + FU),
    Msg("pending", "en", "hiring_freeze", "Bluewater Retail Group", "Supply Planner",
        "Jo Patel <jo.patel@bluewaterretail.com>", "Supply Planner - pause",
        "Dear Tomasz,\n\nI want to be transparent with you: we've put all non-store hiring on hold through peak "
        "season, and the Supply Planner role is included. It is not cancelled. We expect to restart in January "
        "and you would remain our first call.\n\nJo Patel\nTalent Acquisition", layout="alt"),
    Msg("pending", "en", "waitlist", "Quayline Foods", "Graduate Supply Chain Scheme",
        "Quayline Early Careers <earlycareers@quaylinefoods.com>", "Your assessment centre result",
        "Hello Tomasz,\n\nThank you for attending the assessment centre. You met the standard for the scheme, but "
        "all places for the 2027 intake have been filled. We have placed you on our reserve list; if a place "
        "becomes available before the end of the month we will contact you.\n\nQuayline Early Careers",
        layout="html"),
    Msg("pending", "en", "delay", "Solent Home & Garden", "Demand Planner",
        "Anna Price <anna.price@solenthg.co.uk>", "Sorry for the wait",
        "Hi Tomasz,\n\nJust a quick note to apologise for the delay. Our Head of Supply Chain has been off and "
        "we've not been able to meet to agree next steps. I'll be back in touch by Friday.\n\nAnna",
        promise=("weekday", 4)),
    Msg("pending", "en", "pending_unfortunately", "Amberline", "Supply Planner",
        "Emily Stone <emily.stone@amberline.com>", "update",
        "Hi Tomasz - unfortunately things are moving slower than we'd hoped, the budget sign-off for the role is "
        "still with finance. No decision yet either way. I'll update you as soon as I hear.\n\nEmily"),
    Msg("pending", "en", "still_reviewing", "Brightcart", "Demand Planning Analyst",
        "Brightcart Careers <no-reply@greenhouse.io>", "Update on your application",
        "Hi Tomasz,\n\nThanks for submitting your exercise. The hiring team is reviewing all submissions and you "
        "will hear from us within 7 business days.\n\nBrightcart Talent", layout="html",
        promise=("bdays", 7), reply_to="talent@brightcart.co.uk"),
    Msg("pending", "en", "on_hold", "Rhine Delta Freight", "Planning Analyst",
        "Anouk Bakker <anouk.bakker@rhinedeltafreight.nl>", "Planning Analyst - on hold",
        "Dear Tomasz,\n\nThe Planning Analyst vacancy is on hold while we wait for the outcome of a tender with "
        "a large retail customer. Your application remains active and I hope to have clarity by the end of "
        "November.\n\nBest regards,\nAnouk", promise=("eom", 0), charset="iso-8859-1"),
    Msg("pending", "en", "agency_waiting", "Flint & Harrow", "Warehouse Planning Analyst",
        "Hayley Burns <hayley.burns@pinnaclesupplyrecruit.co.uk>", "F&H - still waiting",
        "Hi Tomasz, chased Flint & Harrow again this morning. They've got one more to see tomorrow and "
        "promised me an answer by Wednesday. Fingers crossed!\nHayley", promise=("weekday", 2)),
    Msg("pending", "en", "still_reviewing", "Meridian Beverages", "S&OP Analyst",
        "Carlos Mendes <carlos.mendes@meridianbev.com>", "Re: following up",
        "Hi Tomasz, thanks for your patience. Still deciding - it's between you and one other. Should be soon.\n"
        "Carlos", quote="apple|" + FU),
    Msg("pending", "en", "waitlist", "Coldchain Direct", "Night Stock Planner",
        "Hayley Burns <hayley.burns@pinnaclesupplyrecruit.co.uk>", "Coldchain - night role",
        "Tomasz - Coldchain are holding you as their reserve candidate for the night stock planner job. Their first "
        "choice hasn't signed yet; if it falls through it's yours. They'll confirm either way in 3 working "
        "days.\n\nHayley", promise=("bdays", 3)),
    Msg("pending", "en", "delay", "Clearway Automotive", "Supply Chain Coordinator",
        "Clearway Automotive Recruitment <recruitment@clearwayauto.co.uk>", "Supply Chain Coordinator - timeline",
        "Dear Tomasz,\n\nThank you for completing the video interview. Due to the volume of candidates, our review "
        "is taking longer than planned. We now expect to contact shortlisted candidates by {D}.\n\nKind regards,\n"
        "Clearway Automotive Recruitment", promise=("explicit", 12), layout="alt"),
    Msg("pending", "en", "still_reviewing", "Linden Home", "Inventory Planner",
        "Lever <no-reply@hire.lever.co>", "An update from Linden Home",
        "Hi Tomasz,\n\nWe wanted to let you know your application for Inventory Planner is still under review. "
        "We appreciate your patience.\n\nLinden Home People Team", layout="html",
        reply_to="people@lindenhome.co.uk"),
    Msg("pending", "en", "on_hold", "Vantage Trade Solutions", "Logistics Analyst",
        "Sophie Turner <sophie.turner@vantagets.com>", "Logistics Analyst - short delay",
        "Hi Tomasz,\n\nBrief update: Mark, the hiring manager, is on leave until Monday, and the role is on hold "
        "until he's back. We'll make a decision in the week after. Sorry for the wait!\n\nSophie"),
    Msg("pending", "en", "pending_regret", "Harbourside Pharma Logistics", "Warehouse Systems Analyst",
        "Eleanor Hughes <eleanor.hughes@harboursidepl.com>", "Warehouse Systems Analyst",
        "Dear Tomasz,\n\nI regret that we have not yet been able to reach a decision on the Warehouse Systems "
        "Analyst role - our audit ran over. I expect to write to you by the end of this week.\n\nKind regards,\n"
        "Eleanor", promise=("eow", 0), layout="alt", cte="base64"),
    Msg("pending", "en", "still_reviewing", "Trent Valley Distribution", "Night Planning Lead",
        "Gareth Lloyd <g.lloyd@trentvalleydist.co.uk>", "RE: Night Planning Lead",
        "Tomasz,\n\nNo decision yet. We're seeing the last two candidates on Thursday and will let everyone "
        "know within 2 weeks.\n\nGareth", promise=("days", 14), quote="outlook|" + TY),
    Msg("pending", "en", "peak_freeze", "Oakridge Grocers", "Replenishment Analyst",
        "Oakridge Grocers Careers <careers@oakridgegrocers.co.uk>", "Your application is paused",
        "Dear Tomasz,\n\nDuring our Christmas trading period (November to early January) we pause recruitment for "
        "head office roles. Your application for Replenishment Analyst has been paused, not closed, and we will "
        "be in touch in the new year.\n\nOakridge Grocers Careers", layout="html"),
    Msg("pending", "en", "still_reviewing", "Tidewater Imports", "Import Planner",
        "Becky Armstrong <becky@tidewaterimports.co.uk>", "import planner",
        "hi Tomasz, we haven't forgotten you! the directors meet next week and will sign off the import planner "
        "hire then, so expect to hear from me by {D}.\nBecky", promise=("explicit", 9)),
    Msg("pending", "en", "awaiting_approval", "GreatLakes Manufacturing", "Production Planner",
        "Julien Marchand <julien.marchand@greatlakesmfg.com>", "Production Planner Lyon - approval",
        "Hello Tomasz,\n\nYou are our preferred candidate for the Production Planner role in Lyon. The offer is "
        "now waiting for sign-off from our US headquarters; we expect it within 10 business days. Nothing is "
        "needed from you in the meantime.\n\nBest regards,\nJulien Marchand\nHR Manager France",
        promise=("bdays", 10)),
    Msg("pending", "en", "delay", "Peak Outdoor", "Inventory Analyst",
        "Laura Chen <laura.chen@peakoutdoor.com>", "bit of a delay",
        "Hi Tomasz, the CFO wants to review the headcount before we confirm anything, so it'll be a while. "
        "Nothing wrong on your side. Hang in there.\n\nLaura"),
]
