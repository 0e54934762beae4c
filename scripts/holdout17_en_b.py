"""Holdout17, English: next steps, pending, acknowledgements, auto-replies and other mail."""

from __future__ import annotations

from holdout17_core import Msg

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

MSGS: list[Msg] = [
    Msg("next_step", "en", "take_home", "Numera Learning", "Learning Analyst",
        "Greenhouse <no-reply@us.greenhouse-mail.io>", "Numera Learning: take-home exercise",
        "Hi Marcus,\n\nThanks for your time with Leila. The next step is a take-home SQL and Python exercise using an "
        "anonymised quiz-attempts dataset. It should take around 3 hours; please submit within 5 days of opening the "
        "link.\n\nBest,\nNumera Learning Recruiting", reply_to="jobs@numeralearning.com", lay="html"),
    Msg("next_step", "en", "reschedule_unfortunately", "Norvane Mutual", "Data Analyst",
        "Rachel Ebdon <rachel.ebdon@norvane.co.uk>", "Change to your interview time",
        "Hi Marcus,\n\nUnfortunately Dev is now on jury service on Wednesday, so we need to move your second "
        "interview. Could you do Monday 10:00 or Tuesday 15:30 instead? Same Teams link.\n\nApologies,\nRachel"),
    Msg("next_step", "en", "timed_test", "Harrow & Fell Insurance", "Graduate Data Analyst",
        "Harrow & Fell Careers <careers@harrowfell.co.uk>", "Next stage: online assessments",
        "Dear Marcus,\n\nThank you for your application. We'd like to invite you to complete two timed online tests: "
        "numerical reasoning (25 minutes) and a situational judgement test. Please complete both by 11:59pm on 30 "
        "November.\n\nGood luck!\nEarly Careers Team"),
    Msg("next_step", "en", "panel_interview", "University of Eastmere", "Learning Analytics Officer",
        "Jenny Amos <j.amos@eastmere.ac.uk>", "Invitation to interview – Learning Analytics Officer (ref 4471)",
        "Dear Marcus\n\nI'm pleased to invite you to interview for the above post. The panel will be Dr Alun Price, "
        "Prof. Sara Wynne and myself. You'll be asked to give a 10-minute presentation on 'What should a module "
        "leader see on a learning analytics dashboard?' followed by questions.\n\n"
        "Interviews are on 26 and 27 November; we aim to let all candidates know by 4 December. "
        "Please use the booking link to choose a slot.\n\n"
        "Best wishes\nJenny Amos\nSchool Administrator", dd=("date", 12, 4), lay="alt"),
    Msg("next_step", "en", "portfolio_request", "Slate & Sum", "Data Analyst (Curriculum)",
        "Helen Marsh <helen.marsh@slateandsum.com>", "Re: Data Analyst (Curriculum)",
        "Hi Marcus,\n\nThanks for your note. Before we set up a call, could you send a couple of examples of your "
        "analysis work - a notebook, a dashboard screenshot, anything with your reasoning in it? Anonymised school "
        "data is fine.\n\nHelen", lay="reply-gmail"),
    Msg("next_step", "en", "scheduling_link", "Tallyroo", "Learning Data Analyst",
        "Ashby <no-reply@ashbyhq.com>", "Schedule your interview with Tallyroo",
        "Hi Marcus,\n\nThe Tallyroo team would like to schedule a 45-minute technical interview with you. Please "
        "pick a time that works: https://app.ashbyhq.com/scheduling/tallyroo/3f9a\n\nThe Tallyroo Team",
        reply_to="talent@tallyroo.com", lay="html"),
    Msg("next_step", "en", "next_step_with_decision_date", "Kestrel Analytics", "Junior Data Analyst",
        "Sam Okafor <sam@kestrelrecruit.co.uk>", "2nd stage!",
        "Marcus - great news, you're through to the 2nd stage with Harrow & Fell. It's a case study presentation "
        "next Thursday, in person. They'll confirm who gets the offer by the end of next week.\n\nSam",
        dd=("eow", 1)),
    Msg("next_step", "en", "code_sample", "Quantifi Health", "Junior Analyst",
        "Workable <noreply@workable.com>", "Next steps for Junior Analyst at Quantifi Health",
        "Hi Marcus,\n\nThanks for applying! As a next step we'd like to see a short code sample (Python or R, up "
        "to 200 lines) that you wrote yourself, with a paragraph explaining what it does.\n\nUpload it here within "
        "7 days.\n\nQuantifi Health"),
    Msg("next_step", "en", "reschedule_unfortunately", "Greyfriars Borough Council", "Data Analyst (Education)",
        "Lorna Pike <lorna.pike@greyfriars.gov.uk>", "RE: Interview Tuesday",
        "Dear Marcus,\n\nunfortunately we have had to postpone Tuesday's interviews because of a council-wide IT "
        "outage. I will send a new date shortly - most likely the following week. Apologies for the "
        "inconvenience.\n\nLorna Pike\nEducation Services", lay="reply-outlook"),
    Msg("next_step", "en", "", "Lumen Tutors", "Reporting Analyst",
        "Kaveh Rahimi <kaveh@lumentutors.com>", "Chat with our CTO?",
        "Hi Marcus, loved our call. Would you be up for 30 mins with Ines, our CTO, this week? She'll mostly ask "
        "about how you'd model tutor-session data. Thurs or Fri afternoon?\n\nKaveh"),
    Msg("next_step", "en", "dbs_vetting", "Westhaven Academy Trust", "Data & Assessment Officer",
        "Gareth Lyle <g.lyle@westhaventrust.org.uk>", "Final stage – Data & Assessment Officer",
        "Dear Marcus,\n\nThank you for your interview. We would like to invite you to a final stage: a 20-minute "
        "conversation with our CEO on Tuesday 1 December. As this is a safer recruitment process, please bring "
        "photo ID for your DBS check.\n\nWe will let final candidates know the outcome by 4 December.\n\nRegards\n"
        "Gareth", dd=("date", 12, 4)),
    Msg("next_step", "en", "", "Caledon Insurance Group", "Fraud Data Analyst",
        "iCIMS <donotreply@icims.com>", "Interview request – Requisition 8120",
        "Dear Marcus,\n\nThe hiring team for Requisition 8120 would like to speak with you. Please reply with your "
        "availability over the next two weeks for a one-hour video interview with the Head of Fraud Analytics. We "
        "aim to confirm the interview shortlist by Wednesday.\n\n"
        "Caledon Talent Acquisition", reply_to="talent@caledon-ins.co.uk", dd=("wd", 2)),
    Msg("next_step", "en", "assessment_centre", "Orbis Assessment Board", "Psychometrics Data Analyst",
        "Kieran Doyle <kieran.doyle@orbisboard.org.uk>", "Assessment day",
        "Hello Marcus,\n\nWe'd like you to come to our assessment day in Coventry: a data exercise in the morning "
        "and a panel interview after lunch. We'll reimburse standard-class rail travel. You'll hear whether you've "
        "been successful within 3 working days of the assessment day.\n\nKieran"),
    Msg("next_step", "en", "", "Fenwick Open Learning", "MI Analyst",
        "Lever <no-reply@hire.lever.co>", "Fenwick Open Learning – next round",
        "Hi Marcus,\n\nYou're moving on to the next round for MI Analyst! Expect an email from our coordinator with "
        "a video-call invite for a panel interview.\n\nFenwick Open Learning", lay="alt"),
    Msg("next_step", "en", "reference_request", "Ravenscourt University", "Planning Analyst",
        "Fiona Gale <f.gale@ravenscourt.ac.uk>", "References",
        "Dear Marcus,\n\nBefore the final panel we take up references. Could you send contact details for two "
        "referees, one of them your current head teacher? The panel sits on 3 December and we'll give you our "
        "decision the next day.\n\nFiona", dd=("date", 12, 4)),
    Msg("next_step", "en", "", "Pebble Maths", "Data Analyst",
        "Calendly <notifications@calendly.com>", "Invitation: Marcus / Jo - pairing session",
        "Hi Marcus,\n\nJo Whitlock has invited you to a 60-minute pairing session. You'll work through a small "
        "dataset of hint usage together in a shared notebook.\n\nChoose a time on Jo's calendar.\n\nPebble Maths"),
    Msg("pending", "en", "on_hold_budget", "Greyfriars Borough Council", "Data Analyst (Education Services)",
        "Lorna Pike <lorna.pike@greyfriars.gov.uk>", "Data Analyst post – on hold",
        "Dear Marcus,\n\nI'm writing to all shortlisted candidates. Following the council's in-year budget review, "
        "all non-statutory recruitment has been paused and this post is on hold. We hope to know by the end of the "
        "month whether it can go ahead.\n\nI'm sorry for the uncertainty.\n\nLorna Pike", dd=("eom", 0)),
    Msg("pending", "en", "waitlist", "Harrow & Fell Insurance", "Graduate Data Analyst",
        "Harrow & Fell Careers <careers@harrowfell.co.uk>", "Your 2027 Graduate Programme application",
        "Dear Marcus,\n\nThank you for attending the assessment centre. All places on the programme are currently "
        "filled, but you performed well and we have placed you on our reserve list. If a place becomes available "
        "we will contact you. Final reserve-list decisions will be "
        "confirmed by 18 December.\n\nEarly Careers Team", dd=("date", 12, 18)),
    Msg("pending", "en", "", "Numera Learning", "Learning Analyst",
        "Leila Haddad <leila@numeralearning.com>", "Re: checking in",
        "Hi Marcus - sorry for the silence! We're still interviewing for the role and expect to make a decision "
        "within 10 days. You're very much still in the running.\n\nLeila", dd=("d", 10), lay="reply-gmail"),
    Msg("pending", "en", "delay", "University of Eastmere", "Learning Analytics Officer",
        "Jenny Amos <j.amos@eastmere.ac.uk>", "Update on Learning Analytics Officer",
        "Dear Marcus\n\nApologies for the delay in getting back to you. One of the panel members has been off sick, "
        "so we haven't been able to hold the final meeting. We now expect to confirm outcomes by Friday.\n\nBest "
        "wishes\nJenny", dd=("wd", 4)),
    Msg("pending", "en", "", "Quillby", "Junior Product Analyst",
        "Tom from Quillby <tom@quillby.io>", "still deciding",
        "hey, still deciding over here, the founders want to meet the last two candidates before they pick. "
        "should know more by thursday. thanks for being patient\n\ntom", dd=("wd", 3)),
    Msg("pending", "en", "on_hold_budget", "Slate & Sum", "Senior Data Analyst",
        "Helen Marsh <helen.marsh@slateandsum.com>", "Senior Data Analyst - pause",
        "Dear Marcus,\n\nI wanted to be upfront: the Senior Data Analyst hire is on hold while we finalise next "
        "year's budget. We haven't closed the role and your application remains active. I'll update you in early "
        "January.\n\nHelen"),
    Msg("pending", "en", "", "Kestrel Analytics", "Data Analyst",
        "Sam Okafor <sam@kestrelrecruit.co.uk>", "Norvane update",
        "Marcus - Norvane said they need another 3 working days to get sign-off from the CFO. Sit tight.\nSam",
        dd=("bd", 3)),
    Msg("pending", "en", "waitlist", "Edinburgh Learning Partnership", "Research & Data Officer",
        "Morag Baird <morag.baird@elp-scotland.org>", "Research & Data Officer",
        "Dear Marcus,\n\nThank you for interviewing with us. The panel was split between you and one other "
        "candidate. We have offered the post to the other candidate, who has until Wednesday to respond; if they "
        "decline, we would like to offer it to you. I'll let you know either way by Thursday.\n\nMorag",
        dd=("wd", 3)),
    Msg("pending", "en", "", "Caledon Insurance Group", "Fraud Data Analyst",
        "Mark Fraser <mark.fraser@caledon-ins.co.uk>", "RE: Fraud Data Analyst - status?",
        "Hi Marcus,\n\nThanks for following up. We're still reviewing candidates from this round and hope to have "
        "an answer for you by the end of this week.\n\nMark", dd=("eow", 0), lay="reply-outlook"),
    Msg("pending", "en", "", "Orbis Assessment Board", "Research Analyst",
        "Kieran Doyle <kieran.doyle@orbisboard.org.uk>", "Research Analyst – timing",
        "Hello Marcus,\n\nA quick note to say the shortlisting for Research Analyst is taking longer than planned, "
        "because of the exam season workload. We'll be in touch as soon as we can.\n\nKieran"),
    Msg("pending", "en", "delay", "Tessellate Education", "BI Analyst",
        "Personio <noreply@personio.de>", "Your application as BI Analyst – status",
        "Dear Marcus,\n\nThank you for your patience. The review of applications for BI Analyst is still ongoing. "
        "We will get back to you by 15 December at the latest.\n\nKind regards\nYour Tessellate Education team",
        reply_to="jobs@tessellate-edu.com", dd=("date", 12, 15), lay="html"),
    Msg("pending", "en", "", "Lumen Tutors", "Reporting Analyst",
        "Kaveh Rahimi <kaveh@lumentutors.com>", "quick update",
        "Hi Marcus, Ines loved the session. We're talking to one more person tomorrow and we'll come back to you "
        "with a decision the day after.\n\nKaveh", dd=("d", 2)),
    Msg("pending", "en", "on_hold_freeze", "Norvane Mutual", "Customer Insight Analyst",
        "Workday <norvane@myworkday.com>", "Requisition R-20988 status change",
        "Dear Marcus,\n\nThe requisition you applied to (R-20988 Customer Insight Analyst) has been placed on hold. "
        "Your application remains in our system and you will be notified if the requisition reopens.\n\nNorvane "
        "Mutual Talent Acquisition", lay="alt"),
    Msg("pending", "en", "", "Westhaven Academy Trust", "Trust Data Manager",
        "Gareth Lyle <g.lyle@westhaventrust.org.uk>", "Trust Data Manager",
        "Marcus - trustees still have to approve the appointment, so I won't have news for a little while. I'll "
        "ring you as soon as I can.\nGareth"),
    Msg("pending", "en", "", "Ravenscourt University", "Institutional Research Analyst",
        "Recruitment <jobs@ravenscourt.ac.uk>", "Institutional Research Analyst (ref IRA-55)",
        "Dear Marcus\n\nShortlisting is under way for IRA-55. Candidates will be informed of the shortlisting "
        "outcome within 2 weeks.\n\nHR Recruitment Team", dd=("d", 14)),
    Msg("pending", "en", "pending_unfortunately", "Fenwick Open Learning", "MI Analyst",
        "Maya Quist <maya@fenwickol.org>", "Re: panel interview",
        "Hi Marcus, unfortunately one of our panel is away so the decision is slipping a little. We'll update you "
        "by end of next week at the latest.\n\nMaya", dd=("eow", 1), lay="reply-apple"),
    Msg("pending", "en", "", "Pebble Maths", "Content Analyst",
        "Jo Whitlock <jo@pebblemaths.com>", "reviewing",
        "we're still working through the tasks everyone sent in - no news yet, sorry! will have an answer for you "
        "within a week. J", dd=("d", 7)),
    Msg("acknowledgement", "en", "", "Numera Learning", "Learning Analyst",
        "Greenhouse <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Numera Learning",
        "Hi Marcus,\n\nThanks for applying for the Learning Analyst role. Our team will review your application and "
        "reach out if your experience is a good fit. You can expect to hear from us within 2 weeks.\n\n"
        "Numera Learning Recruiting", dd=("d", 14), lay="html"),
    Msg("acknowledgement", "en", "public_sector_ref", "Craigmount District Council", "Data Officer",
        "myjobscotland <noreply@myjobscotland.gov.uk>", "Application received: CDC/1102",
        "Your application for Data Officer (CDC/1102) has been received.\n\nClosing date: 8 December 2026. "
        "Shortlisting will take place after the closing date.\n\nPlease quote your reference number in any "
        "correspondence."),
    Msg("acknowledgement", "en", "ack_says_offer", "Quantifi Health", "Junior Analyst",
        "Workable <noreply@workable.com>", "Application received: Junior Analyst",
        "Hi Marcus,\n\nWe've received your application for Junior Analyst. Thanks for your interest in what we "
        "offer! We'll review it and get back to you within 5 business days.\n\nQuantifi Health", dd=("bd", 5)),
    Msg("acknowledgement", "en", "", "Brightpath Learning", "Learning Data Analyst",
        "Priya Anand <priya.anand@brightpathlearning.co.uk>", "Re: Learning Data Analyst",
        "Thanks Marcus, got it - I'll share with the team.\nPriya", lay="reply-gmail"),
    Msg("acknowledgement", "en", "", "Harrow & Fell Insurance", "Claims Data Analyst",
        "SmartRecruiters <mail@smartrecruiters.com>", "We've received your application",
        "Dear Marcus,\n\nThank you for applying for Claims Data Analyst at Harrow & Fell Insurance. We review every "
        "application and aim to respond within 10 working days.\n\nHarrow & Fell Talent", dd=("bd", 10),
        lay="alt"),
    Msg("acknowledgement", "en", "ack_unfortunately", "Tallyroo", "Analytics Engineer",
        "Ashby <no-reply@ashbyhq.com>", "Application received",
        "Hi Marcus,\n\nThanks for applying. Unfortunately we can't reply to every message personally, but a real "
        "human reads every application, and you'll hear from us either way.\n\nThe Tallyroo Team",
        reply_to="talent@tallyroo.com"),
    Msg("acknowledgement", "en", "", "Ravenscourt University", "Planning Analyst",
        "Fiona Gale <f.gale@ravenscourt.ac.uk>", "Re: referees",
        "Many thanks, Marcus - received both referee details.\n\nFiona", lay="reply-outlook"),
    Msg("acknowledgement", "en", "", "Open Paths Trust", "Evaluation Analyst",
        "Ellie Rowntree <ellie@openpaths.org.uk>", "Received",
        "Hi Marcus, your application has come through fine. Shortlisting is on Monday and we'll let everyone know "
        "by Wednesday.\nEllie", dd=("wd", 2)),
    Msg("acknowledgement", "en", "", "Caledon Insurance Group", "Fraud Data Analyst",
        "iCIMS <donotreply@icims.com>", "Thank you for your application – Requisition 8120",
        "Dear Marcus,\n\nThis confirms that we have received your application for Requisition 8120. If your "
        "qualifications match our requirements, a recruiter will contact you.\n\nCaledon Talent Acquisition",
        lay="html"),
    Msg("acknowledgement", "en", "", "Kelvin Bridge Consulting", "Education Data Consultant",
        "Annie Doyle <annie@kelvinbridge.co.uk>", "cv received",
        "Hi Marcus, thanks for the updated CV, I'll put it in front of the partners and come back to you by the "
        "end of the week.\nAnnie", dd=("eow", 0)),
    Msg("acknowledgement", "en", "task_received", "Pebble Maths", "Content Analyst",
        "Jo Whitlock <jo@pebblemaths.com>", "Re: task",
        "got your notebook, thanks! I'll go through it with the team and get back to you by Monday.",
        dd=("wd", 0), lay="reply-gmail"),
    Msg("acknowledgement", "en", "", "Westhaven Academy Trust", "Trust Data Manager",
        "TES Jobs <noreply@tes.com>", "Your application has been sent to Westhaven Academy Trust",
        "Hi Marcus,\n\nYour application for Trust Data Manager has been sent to Westhaven Academy Trust. The school "
        "will contact you directly about next steps.\n\nTes"),
    Msg("acknowledgement", "en", "", "Lumen Tutors", "Data Analyst",
        "Teamtailor <notifications@teamtailor.com>", "Thanks for your application, Marcus",
        "Thanks Marcus! We have received your application for Data Analyst at Lumen Tutors and will be in touch.\n\n"
        "Lumen Tutors", lay="alt"),
    Msg("auto_reply", "en", "out_of_office", "Brightpath Learning", "Learning Data Analyst",
        "Priya Anand <priya.anand@brightpathlearning.co.uk>", "Automatic reply: Learning Data Analyst",
        "Thank you for your email. I am out of the office until Tuesday 1 December with limited access to email. For "
        "anything urgent please contact talent@brightpathlearning.co.uk.\n\nPriya", headers=AUTO),
    Msg("auto_reply", "en", "ooo_mentions_offer", "Norvane Mutual", "Data Analyst",
        "Rachel Ebdon <rachel.ebdon@norvane.co.uk>", "Out of Office: Following our call",
        "I'm on annual leave returning 8 December. If your message is about an offer or contract, please email "
        "hr.contracts@norvane.co.uk, who can help.\n\nRachel Ebdon", headers=AUTO),
    Msg("auto_reply", "en", "noreply_autoresponder", "Craigmount District Council", "",
        "recruitment@craigmount.gov.uk", "Auto: message received",
        "This mailbox is not monitored. Please do not reply to this email. To contact the recruitment team, use "
        "the enquiry form on our website.", headers={"Auto-Submitted": "auto-replied"}),
    Msg("auto_reply", "en", "out_of_office", "Kestrel Analytics", "",
        "Sam Okafor <sam@kestrelrecruit.co.uk>", "OOO",
        "I'm off today (Friday) and back Monday. Candidates - I'll reply to everyone first thing.\nSam",
        headers=AUTO),
    Msg("auto_reply", "en", "ooo_in_school", "Oakhill School", "",
        "Mrs D Kaur <d.kaur@oakhill.sch.uk>", "Automatic reply: Year 9 set changes",
        "Thank you for your email. I'm currently teaching and will respond within two school days. During half "
        "term (27-31 October) emails will not be read.", headers=AUTO),
    Msg("auto_reply", "en", "ooo_regret", "University of Eastmere", "",
        "Dr Alun Price <a.price@eastmere.ac.uk>", "Away: conference",
        "I am at the Learning Analytics & Knowledge conference until 28 November and regret that replies may be "
        "slow. For recruitment queries please contact j.amos@eastmere.ac.uk.", headers=AUTO, lay="html"),
    Msg("auto_reply", "en", "noreply_autoresponder", "Fenwick Open Learning", "",
        "Fenwick People Team <people@fenwickol.org>", "We got your email",
        "This is an automatic reply to confirm your email has reached the People Team inbox. We aim to answer "
        "within 3 working days. Please don't send your message again.",
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    Msg("auto_reply", "en", "out_of_office", "Quantifi Health", "",
        "Dana Ferris <dana@quantifihealth.com>", "Out of office Re: Junior Analyst",
        "Hi, I'm on parental leave until March. Hiring questions: careers@quantifihealth.com. Thanks!",
        headers=AUTO),
    Msg("other", "en", "alert_says_offer", "Indeed", "",
        "Indeed <alert@indeed.com>", "12 new data analyst jobs in London",
        "Data Analyst - Learning Insights\nCopperleaf Schools - London\n£35,000 - £40,000 a year\nEasily apply\n\n"
        "Junior Data Analyst\nAlder Insurance - Hybrid\nWe offer a great pension and 27 days holiday\n\nApply by 30 "
        "November.\n\nYou're receiving this because you subscribed to job alerts.", lay="html"),
    Msg("other", "en", "newsletter_regret", "NEU", "",
        "National Education Union <news@neu.org.uk>", "Pay ballot: what happens next",
        "Dear member,\n\nWe regret that the government has again failed to offer a fully funded pay award. Our "
        "executive has voted to move to an indicative ballot. Read the briefing and join the online meeting on "
        "Thursday.\n\nIn solidarity,\nNEU", lay="alt"),
    Msg("other", "en", "user_is_interviewer", "Oakhill School", "Teaching Assistant",
        "Mrs D Kaur <d.kaur@oakhill.sch.uk>", "TA interviews Thursday - panel",
        "Hi Marcus,\n\nThanks for agreeing to sit on the panel for the two TA posts on Thursday. Candidates at "
        "9:30, 10:15 and 11:00; you'll ask the safeguarding and the maths-support questions. Please score each "
        "candidate on the sheet and we'll decide who to offer at lunch.\n\nDeepa"),
    Msg("other", "en", "user_is_interviewer", "Oakhill School", "Maths Teacher",
        "HR Oakhill <hr@oakhill.sch.uk>", "Interview pack – Maths Teacher (MPS)",
        "Dear panel members,\n\nAttached: the shortlisted candidates' applications, the lesson observation form "
        "and the question bank. Please don't share outside the panel. We hope to make an offer on the day; "
        "unsuccessful candidates will be told by phone.\n\nHR"),
    Msg("other", "en", "withdrawal_confirmation", "Tallyroo", "Analytics Engineer",
        "Ashby <no-reply@ashbyhq.com>", "Your application has been withdrawn",
        "Hi Marcus,\n\nWe've withdrawn your application for Analytics Engineer as requested. Thanks for letting us "
        "know, and congratulations on your new role.\n\nThe Tallyroo Team", lay="reply-gmail",
        quote="Hi, please withdraw my application - I've accepted another offer. Thanks for your time.\nMarcus"),
    Msg("other", "en", "parent_mail", "Oakhill School", "",
        "Sarah Whitcombe <sarahw1982@gmail.com>", "Leo's maths set",
        "Dear Mr Lindqvist,\n\nSorry to bother you. Leo says he's been moved down a set and he's quite upset. "
        "Could we have a quick chat about what he needs to do to move back up? Unfortunately I work days but "
        "could do a phone call after 5.\n\nThanks,\nSarah Whitcombe"),
    Msg("other", "en", "exam_board", "Orbis Assessment Board", "",
        "Orbis Centre Support <centres@orbisboard.org.uk>", "Moderation sample request – Centre 48213",
        "Dear Teacher,\n\nYour centre has been selected for moderation of the Level 3 Core Maths non-examined "
        "assessment. Please upload the sample listed below by 5 December.\n\nCandidates: 0012, 0047, 0103.\n\nOrbis "
        "Centre Support"),
    Msg("other", "en", "bootcamp_marketing", "DataLeap Bootcamp", "",
        "DataLeap <hello@dataleap.academy>", "Black Friday: 40% off our Data Analytics bootcamp",
        "Teachers make great analysts. This week only, we're offering 40% off the 12-week part-time Data Analytics "
        "bootcamp. Offer ends Sunday at midnight.\n\nUnsubscribe", lay="html"),
    Msg("other", "en", "alert_says_offer", "LinkedIn", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "Learning Analyst: 6 new jobs",
        "Your job alert for learning analyst in Edinburgh\n\nLearning Analytics Officer - Ravenscourt University\n"
        "Data Analyst - Strathmore Insurance  · Be an early applicant\n\nSee all jobs. Companies may offer "
        "relocation support.", lay="alt"),
    Msg("other", "en", "", "Fastmail", "",
        "Fastmail <support@fastmail.com>", "Your invoice",
        "Thanks for your payment. Your Fastmail Standard subscription has been renewed for another year."),
    Msg("other", "en", "recruiter_cold_outreach", "Prism Talent", "",
        "Chloe Adair <chloe@prismtalent.co.uk>", "Data roles for ex-teachers",
        "Hi Marcus, I came across your profile - I specialise in placing former teachers into analytics roles in "
        "insurance. Would you be open to a 15-minute call next week? No pressure at all.\n\nChloe"),
    Msg("other", "en", "newsletter_regret", "NASUWT", "",
        "NASUWT <newsletter@nasuwt.org.uk>", "Members' bulletin November",
        "In this bulletin: workload survey results; we regret to report that 1 in 3 teachers plan to leave within "
        "5 years; your rights on job offers and references; Christmas closure dates.", lay="html"),
    Msg("other", "en", "withdrawal_confirmation", "University of Eastmere", "Learning Analytics Officer",
        "Jenny Amos <j.amos@eastmere.ac.uk>", "RE: withdrawing",
        "Dear Marcus,\n\nThanks for letting us know, and congratulations. I have removed you from Thursday's "
        "interview schedule.\n\nBest wishes\nJenny", lay="reply-outlook",
        quote="Dear Jenny,\n\nI'm sorry to say I need to withdraw from the process, as I've accepted an offer "
        "elsewhere.\n\nMarcus"),
]
