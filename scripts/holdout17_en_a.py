"""Holdout17, English: rejections and offers, each written on its own."""

from __future__ import annotations

from holdout17_core import Msg

LEGAL = (
    "\n\n--\nHarrow & Fell Insurance plc is authorised by the Prudential Regulation Authority. This email and any "
    "attachment is confidential; if you received it in error we regret any inconvenience, please delete it. Nothing "
    "in this email constitutes an offer capable of acceptance."
)

MSGS: list[Msg] = [
    Msg("rejection", "en", "warm_rejection", "Brightpath Learning", "Learning Data Analyst",
        "Priya Anand <priya.anand@brightpathlearning.co.uk>", "Your application – Learning Data Analyst",
        "Hi Marcus,\n\nThank you so much for coming in on Thursday. The whole panel was genuinely impressed by the "
        "way you explained your Year 11 intervention tracker – it was one of the most memorable presentations "
        "we've had.\n\nHowever, after a lot of back and forth we have decided to go with a candidate who has more "
        "hands-on experience with dbt and our warehouse stack.\n\nI really hope our paths cross again.\n\nWarmly,\n"
        "Priya Anand\nHead of Insights, Brightpath Learning"),
    Msg("rejection", "en", "", "Norvane Mutual", "Junior Pricing Analyst",
        "Workday <norvane@myworkday.com>", "Update on your application R-20417",
        "Dear Marcus Lindqvist,\n\nThank you for your interest in the Junior Pricing Analyst position (R-20417) at "
        "Norvane Mutual.\n\nAfter careful review we will not be moving forward with your application at this time.\n\n"
        "We encourage you to visit our careers site for future opportunities.\n\nNorvane Mutual Talent Acquisition\n\n"
        "This is an automated message. Please do not reply.", lay="html"),
    Msg("rejection", "en", "unable_to_offer_interview", "Craigmount District Council", "Performance & Insight Officer",
        "recruitment@craigmount.gov.uk", "Post ref CDC/0931 Performance & Insight Officer",
        "Dear Applicant\n\nRef: CDC/0931\n\nThank you for applying for the above post. The shortlisting panel met on "
        "Monday and I am sorry to tell you that we are unable to offer you an interview on this occasion.\n\nDue to "
        "the volume of applications we cannot provide individual feedback.\n\nYours faithfully\n\nHR Resourcing Team\n"
        "Craigmount District Council"),
    Msg("rejection", "en", "talent_pool", "Quillby", "Product Analyst (Learning)",
        "Tom from Quillby <tom@quillby.io>", "quick update from quillby",
        "hey marcus — tom here. wanted to let you know personally that we're not going ahead with your application "
        "for the product analyst role. honestly it came down to SQL depth, the take-home was solid but a bit light "
        "on window functions.\n\nwe'd love to keep you in our talent community though, and I'll ping you if "
        "something more junior opens up in the spring.\n\ncheers\ntom"),
    Msg("rejection", "en", "rescinded_offer", "Slate & Sum", "Data Analyst (Curriculum)",
        "Helen Marsh <helen.marsh@slateandsum.com>", "Re: Offer – Data Analyst (Curriculum)",
        "Dear Marcus,\n\nI am very sorry to be writing this. Following the loss of our largest multi-academy trust "
        "contract last week the board has frozen all new hires, and we have to withdraw the offer we made to you on "
        "the 2nd. I know you had started conversations with your head teacher about leaving, and I'm truly sorry for "
        "the disruption.\n\nWe will of course cover any reasonable costs you've incurred.\n\nHelen Marsh\nCOO",
        lay="reply-gmail", quote="Hi Helen,\n\nThank you, I'm delighted to accept the offer and will hand in my "
        "notice at school on Friday.\n\nBest,\nMarcus"),
    Msg("rejection", "en", "warm_rejection", "University of Eastmere", "Learning Analytics Officer",
        "Dr Alun Price <a.price@eastmere.ac.uk>", "Learning Analytics Officer - outcome",
        "Dear Marcus\n\nMany thanks for your time at interview. You came across as thoughtful and your classroom "
        "experience is exactly the perspective we said we wanted. I'm afraid, though, that the panel has offered the "
        "post to another applicant whose research-data background fitted the first year of the project more "
        "closely.\n\nIf you'd find it useful I'm happy to give feedback by phone.\n\nBest wishes\nAlun\n\nDr Alun "
        "Price | Director, Centre for Digital Education | University of Eastmere"),
    Msg("rejection", "en", "", "Tallyroo", "Analytics Engineer",
        "Ashby <no-reply@ashbyhq.com>", "Tallyroo – Analytics Engineer",
        "Hi Marcus,\n\nThanks for applying to Tallyroo. We've reviewed your application and decided not to progress "
        "it further.\n\nWe know that's disappointing to read. We keep every application on file for 12 months.\n\n"
        "Best,\nThe Tallyroo Hiring Team", reply_to="talent@tallyroo.com", lay="alt"),
    Msg("rejection", "en", "unable_to_offer_interview", "Harrow & Fell Insurance", "Graduate Data Analyst",
        "Harrow & Fell Careers <careers@harrowfell.co.uk>", "Graduate Data Analyst programme 2027",
        "Dear Marcus,\n\nThank you for completing the online numerical reasoning test for our 2027 Graduate Data "
        "Analyst programme. Your score was strong, but competition this year has been exceptional and we are not "
        "able to offer you a place at the assessment centre.\n\nWe wish you every success.\n\nEarly Careers Team"
        + LEGAL),
    Msg("rejection", "en", "", "Numera Learning", "Learning Analyst",
        "Greenhouse <no-reply@us.greenhouse-mail.io>", "Your application to Numera Learning",
        "Marcus,\n\nthank you for the time you put into the SQL exercise. Unfortunately we've decided to move "
        "forward with other candidates for the Learning Analyst role.\n\nRegards,\nNumera Learning Recruiting",
        reply_to="jobs@numeralearning.com"),
    Msg("rejection", "en", "rejection_after_final", "Orbis Assessment Board", "Psychometrics Data Analyst",
        "Kieran Doyle <kieran.doyle@orbisboard.org.uk>", "Final interview feedback",
        "Hello Marcus,\n\nI promised I'd be in touch straight after the panel met this afternoon. We scored all three "
        "finalists against the same criteria and the gap was small, but you weren't the highest scoring candidate, "
        "so on this occasion we won't be offering you the role.\n\nYour scores: analysis 4/5, communication 5/5, "
        "technical 3/5. The technical score reflected the item response theory questions.\n\nKind regards,\nKieran "
        "Doyle\nHead of Standards"),
    Msg("rejection", "en", "talent_pool", "Lumen Tutors", "Data & Reporting Analyst",
        "Teamtailor <notifications@teamtailor.com>", "About your application at Lumen Tutors",
        "Hi Marcus!\n\nThank you for your interest in Lumen Tutors. We've now filled the Data & Reporting Analyst "
        "position.\n\nWe were impressed by your background and would like to keep you in our talent pool, so we can "
        "reach out when a role matching your profile becomes available. You can withdraw consent at any time from "
        "your candidate profile.\n\nAll the best,\nLumen Tutors", lay="html"),
    Msg("rejection", "en", "", "Greyfriars Borough Council", "Data Analyst (Education Services)",
        "noreply@greyfriars-jobs.gov.uk", "Application outcome: EDS-2214",
        "Application reference: EDS-2214\nPost: Data Analyst (Education Services), Grade 7, fixed term 18 months\n\n"
        "Dear Marcus Lindqvist,\n\nWe regret to inform you that your application has not been successful.\n\nYou may "
        "request feedback within 28 days by contacting the recruiting manager.\n\nGreyfriars Borough Council"),
    Msg("rejection", "en", "warm_rejection", "Kestrel Analytics", "Junior Data Analyst",
        "Sam Okafor <sam@kestrelrecruit.co.uk>", "Kestrel – feedback",
        "Hi Marcus,\n\nJust off the phone with the client. They really liked you – the hiring manager said your "
        "explanation of regression to the mean was the clearest she's heard – but they've gone with someone who "
        "already has commercial insurance experience. Gutted for you honestly.\n\nI've got two other roles I think "
        "you'd suit, can we chat Monday?\n\nSam\nSenior Consultant, Kestrel Recruitment\n07700 900412"),
    Msg("rejection", "en", "", "Fenwick Open Learning", "MI Analyst",
        "Lever <no-reply@hire.lever.co>", "Following up on your Fenwick Open Learning application",
        "Hi Marcus,\n\nThanks for taking the time to apply for MI Analyst. We've had a large number of applications "
        "and have decided to pursue candidates whose experience more closely matches our needs.\n\nThanks again,\n"
        "Fenwick Open Learning", reply_to="people@fenwickol.org", lay="alt"),
    Msg("rejection", "en", "rejection_offer_word", "Brightpath Learning", "Assessment Data Lead",
        "Priya Anand <priya.anand@brightpathlearning.co.uk>", "Assessment Data Lead",
        "Marcus - sorry, short one as I'm travelling. We've offered the Assessment Data Lead job to an internal "
        "candidate, so we won't take your application further. Nothing to do with you. Still keen to stay in touch.\n"
        "P"),
    Msg("rejection", "en", "rescinded_offer", "Norvane Mutual", "Customer Insight Analyst",
        "Rachel Ebdon <rachel.ebdon@norvane.co.uk>", "Your conditional offer",
        "Dear Marcus,\n\nFurther to your conditional offer of 14 September, I'm writing to let you know that we are "
        "unable to confirm your appointment. Our vetting provider could not complete the five-year employment "
        "history check within the timescale the role requires, and the offer is therefore withdrawn.\n\nI appreciate "
        "this will be a disappointment. If you would like to discuss it, please call me.\n\nYours sincerely\n\nRachel "
        "Ebdon\nHR Business Partner" + LEGAL),
    Msg("rejection", "en", "", "Edinburgh Learning Partnership", "Research & Data Officer",
        "SmartRecruiters <mail@smartrecruiters.com>", "Research & Data Officer – application status",
        "Dear Marcus,\n\nThank you for applying. The position has now been filled and your application will not be "
        "considered further.\n\nRegards\nEdinburgh Learning Partnership Recruitment"),
    Msg("rejection", "en", "warm_rejection", "Pebble Maths", "Content Analyst",
        "Jo Whitlock <jo@pebblemaths.com>", "thank you!",
        "Marcus, thanks so much for the lesson plan analysis you sent, it made me laugh (in a good way) how many of "
        "our hint buttons nobody clicks. You clearly know the classroom side. We're going to hire for this role from "
        "a candidate with more product analytics experience though, so it's a no from us this time. I'd love to "
        "buy you a coffee if you're in Shoreditch.\n\njo"),
    Msg("rejection", "en", "", "Caledon Insurance Group", "Fraud Data Analyst",
        "iCIMS <donotreply@icims.com>", "Caledon Insurance Group: Requisition 7781",
        "Dear Marcus,\n\nThank you for your interest in Requisition 7781, Fraud Data Analyst. After reviewing your "
        "qualifications we have decided to proceed with other applicants whose skills more closely align with the "
        "position.\n\nWe appreciate your interest in Caledon.\n\nCaledon Talent Acquisition", lay="html"),
    Msg("rejection", "en", "rejection_in_reply", "Westhaven Academy Trust", "Trust Data Manager",
        "Gareth Lyle <g.lyle@westhaventrust.org.uk>", "RE: Trust Data Manager",
        "Hi Marcus\n\nThanks for chasing and sorry it's taken us so long. We appointed to the post last Wednesday. I "
        "should have let you know sooner.\n\nBest of luck\nGareth", lay="reply-outlook"),
    Msg("rejection", "en", "talent_pool", "Quantifi Health", "Junior Analyst",
        "Workable <noreply@workable.com>", "Your application for Junior Analyst at Quantifi Health",
        "Hi Marcus,\n\nWe appreciate you applying. At this stage we've decided to move ahead with candidates who are "
        "a closer fit.\n\nWe'd like to add your CV to our talent pool and contact you if a suitable vacancy comes up. "
        "No need to do anything.\n\nQuantifi Health", lay="alt"),
    Msg("rejection", "en", "warm_rejection", "Ravenscourt University", "Institutional Research Analyst",
        "Fiona Gale <f.gale@ravenscourt.ac.uk>", "Institutional Research Analyst",
        "Dear Marcus,\n\nIt was a pleasure to meet you, and I want to say you should be proud of your presentation - "
        "two panel members mentioned your handling of the missing-data question afterwards.\n\nRegrettably, we are "
        "not able to offer you the post. The successful candidate had several years in HE planning.\n\nWith every "
        "good wish,\nFiona Gale\nHead of Planning"),
    Msg("rejection", "en", "", "DataLeap Bootcamp", "Teaching Assistant (Data)",
        "Nadia at DataLeap <nadia@dataleap.academy>", "TA role",
        "Hi Marcus - we've filled the TA position for the January cohort. Thanks for applying; not this time, but "
        "good luck!"),
    Msg("rejection", "en", "rejection_with_feedback_promise", "Harrow & Fell Insurance", "Claims Data Analyst",
        "Mei Chen <mei.chen@harrowfell.co.uk>", "Claims Data Analyst - decision",
        "Dear Marcus,\n\nThank you for completing the case study. After reviewing all submissions the team has "
        "decided not to proceed with your application. I have asked the hiring manager for written feedback on your "
        "case study; I hope to send it to you within the next couple of weeks.\n\nKind regards,\nMei Chen\nTalent "
        "Partner" + LEGAL),
    Msg("rejection", "en", "unable_to_offer_interview", "Open Paths Trust", "Evaluation Analyst",
        "Ellie Rowntree <ellie@openpaths.org.uk>", "Evaluation Analyst",
        "Dear Marcus\n\nThanks for your interest. We had 140 applications for one post, and I'm sorry to say we "
        "can't offer you an interview. Please don't be discouraged.\n\nEllie"),
    Msg("rejection", "en", "", "Tessellate Education", "BI Analyst",
        "Personio <noreply@personio.de>", "Your application as BI Analyst",
        "Dear Marcus,\n\nwe have now completed the selection process. Unfortunately we cannot take your application "
        "into further consideration.\n\nWe return your documents herewith and delete your data in accordance with "
        "our privacy policy after six months.\n\nKind regards\nYour Tessellate Education team",
        reply_to="jobs@tessellate-edu.com", lay="html"),
    Msg("rejection", "en", "rejection_fwd", "Kelvin Bridge Consulting", "Education Data Consultant",
        "Annie Doyle <annie@kelvinbridge.co.uk>", "Fwd: Marcus L - update",
        "Marcus, forwarding below from the partner. Sorry. Let's talk options.\n\nAnnie\n\n---------- Forwarded "
        "message ---------\nFrom: Ruaridh Gray <r.gray@kelvinbridge.co.uk>\nSubject: Marcus L - update\n\nAnnie - "
        "we're passing on Marcus. Great communicator but we need someone who can run Power BI for a client on day "
        "one. Please let him down gently.\nR"),
    Msg("offer", "en", "casual_offer", "Quillby", "Junior Product Analyst",
        "Tom from Quillby <tom@quillby.io>", "we'd love to have you",
        "marcus!! great news — the team loved you on friday and we'd love to have you join us as junior product "
        "analyst. i'll send the proper paperwork tomorrow but wanted to tell you myself first.\n\nsalary is the 42k "
        "we discussed, 4-day week possible.\n\ntom"),
    Msg("offer", "en", "", "University of Eastmere", "Learning Analytics Assistant",
        "Human Resources <hr-offers@eastmere.ac.uk>", "Offer of appointment: Learning Analytics Assistant (0.6 FTE)",
        "Dear Mr Lindqvist\n\nI am pleased to offer you the post of Learning Analytics Assistant, 0.6 FTE, fixed "
        "term for 24 months, at Grade 6 point 22 (pro rata). The appointment is subject to satisfactory references "
        "and proof of right to work.\n\nPlease confirm your acceptance by 10 December. The proposed start date is 5 "
        "January 2027.\n\nYours sincerely\n\nHR Services", lay="alt"),
    Msg("offer", "en", "verbal_offer", "Norvane Mutual", "Data Analyst",
        "Rachel Ebdon <rachel.ebdon@norvane.co.uk>", "Following our call",
        "Hi Marcus,\n\nGreat speaking just now - as discussed we'd like to offer you the Data Analyst role. This is a "
        "verbal offer while we finalise the paperwork; the written contract will follow from HR by the end of the "
        "week.\n\nWelcome (nearly) aboard!\n\nRachel" + LEGAL),
    Msg("offer", "en", "conditional_offer", "Craigmount District Council", "Performance & Insight Officer",
        "recruitment@craigmount.gov.uk", "Conditional offer of employment – CDC/1044",
        "Dear Marcus Lindqvist\n\nPost: Performance & Insight Officer  Ref: CDC/1044\n\nFollowing your recent "
        "interview I am delighted to make you a conditional offer of employment. This offer is conditional upon:\n"
        " - two satisfactory references\n - a satisfactory PVG (Disclosure Scotland) check\n - evidence of "
        "qualifications\n\nPlease complete the attached forms and return them within 14 days.\n\nYours sincerely\n"
        "HR Resourcing Team", lay="html"),
    Msg("offer", "en", "offer_with_unfortunately", "Pebble Maths", "Data Analyst",
        "Jo Whitlock <jo@pebblemaths.com>", "offer letter attached",
        "Hi Marcus,\n\nAttached is your offer letter for the Data Analyst role! Unfortunately the start date has to "
        "be 1 February rather than January because of our payroll cut-off - I hope that still works with your notice "
        "period at school.\n\nSign via DocuSign when you're ready.\n\nJo"),
    Msg("offer", "en", "", "Tallyroo", "Learning Data Analyst",
        "Ashby <no-reply@ashbyhq.com>", "Your offer from Tallyroo",
        "Hi Marcus,\n\nCongratulations! Tallyroo is excited to extend you an offer for the Learning Data Analyst "
        "position. Review and sign your offer in the Ashby portal.\n\nThis offer expires on 4 December 2026.\n\n"
        "The Tallyroo Team", reply_to="talent@tallyroo.com", lay="html"),
    Msg("offer", "en", "casual_offer", "Kestrel Analytics", "Junior Data Analyst",
        "Sam Okafor <sam@kestrelrecruit.co.uk>", "GOOD NEWS",
        "Marcus mate they want you!!! Harrow & Fell came back 10 minutes ago, offer at 38.5k plus the 10% bonus, "
        "hybrid 2 days in Leeds. Call me when you're out of class.\n\nSam"),
    Msg("offer", "en", "fixed_term_offer", "Open Paths Trust", "Evaluation Assistant",
        "Ellie Rowntree <ellie@openpaths.org.uk>", "Evaluation Assistant – we'd like to offer you the role",
        "Dear Marcus,\n\nThank you for a great interview on Tuesday. I'm really happy to say we'd like to offer you "
        "the Evaluation Assistant role. It's a 9-month fixed-term contract, 3 days a week, which I know fits "
        "around your tutoring.\n\nI'll post the contract; let me know if you have questions.\n\nBest,\nEllie",
        lay="reply-apple"),
    Msg("offer", "en", "conditional_offer", "Westhaven Academy Trust", "Data & Assessment Officer",
        "Gareth Lyle <g.lyle@westhaventrust.org.uk>", "Offer - Data & Assessment Officer",
        "Dear Marcus,\n\nFurther to your interview I am pleased to offer you the position of Data & Assessment "
        "Officer, subject to an enhanced DBS check, references and a health questionnaire.\n\nThe salary is "
        "£33,480. Could you let us know whether you accept by Friday 4 December?\n\nRegards\nGareth Lyle\nCFO, "
        "Westhaven Academy Trust", lay="reply-outlook"),
    Msg("offer", "en", "", "Fenwick Open Learning", "MI Analyst",
        "Lever <no-reply@hire.lever.co>", "Offer Letter - Marcus Lindqvist",
        "Hi Marcus,\n\nWe're thrilled to offer you the position of MI Analyst at Fenwick Open Learning. Please find "
        "your offer letter attached and e-sign by the expiry date shown.\n\nWe can't wait to work with you.\n\n"
        "Fenwick People Team", reply_to="people@fenwickol.org", lay="alt"),
    Msg("offer", "en", "verbal_offer", "Ravenscourt University", "Planning Analyst",
        "Fiona Gale <f.gale@ravenscourt.ac.uk>", "Planning Analyst",
        "Marcus,\n\nFurther to my voicemail: the panel would like to appoint you. HR will issue the formal offer "
        "(subject to references) in the next few days. I'm delighted.\n\nFiona"),
    Msg("offer", "en", "offer_in_reply", "Lumen Tutors", "Reporting Analyst",
        "Kaveh Rahimi <kaveh@lumentutors.com>", "Re: Thank you",
        "Thanks Marcus - and good timing! We'd like you to join as Reporting Analyst. Offer details below:\n\n"
        "* £36,000, remote with a monthly London day\n* 25 days holiday\n* start any time in January\n\nShout if "
        "any of that needs discussing.\nKaveh", lay="reply-gmail"),
    Msg("offer", "en", "part_time_offer", "DataLeap Bootcamp", "Part-time Instructor (SQL)",
        "Nadia at DataLeap <nadia@dataleap.academy>", "Instructor role - offer",
        "Hi Marcus,\n\nWe'd love you to teach the evening SQL module: 6 hours a week, £55/hour, January to March. "
        "Contract attached - please sign and send it back, and we'll get you set up on Slack.\n\nNadia"),
    Msg("offer", "en", "", "Caledon Insurance Group", "Fraud Data Analyst",
        "Workday <caledon@myworkday.com>", "Action required: review your offer",
        "Dear Marcus,\n\nWe are pleased to extend an offer of employment for the role of Fraud Data Analyst. Log in "
        "to Workday to review the offer and accept or decline.\n\nCaledon Insurance Group", lay="html"),
    Msg("offer", "en", "offer_subject_references", "Edinburgh Learning Partnership", "Data Officer",
        "Morag Baird <morag.baird@elp-scotland.org>", "Data Officer post",
        "Dear Marcus,\n\nI'm pleased to let you know that the panel would like to offer you the Data Officer post. "
        "The offer is subject to satisfactory references and PVG membership; once those are back we will confirm a "
        "start date.\n\nKind regards,\nMorag"),
]
