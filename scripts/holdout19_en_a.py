"""holdout19 English messages, first half: catering groups, hotels, food manufacturers (hand-written, CC0)."""

from __future__ import annotations

from holdout19_core import Msg, m

MESSAGES: list[Msg] = [
    # --- rejection ---
    m("rejection", "warm_rejection", "Harbourline Catering", "Food Safety Auditor",
      "Niamh Corrigan <niamh.corrigan@harbourline-catering.ie>", "Food Safety Auditor - Harbourline",
      """Hi Oskar,

Thanks so much for coming out to the Ballymount unit last week. The whole panel was genuinely impressed by
how you talked through the chilled-holding walk, and Declan still mentions your point about blast-chiller logs.

However, after a lot of back and forth we have decided to go with a candidate who has already led third-party
BRCGS audits, which is what the role needs from day one.

I am sorry it is not better news. I'd be happy to give you some feedback over the phone if that would help.

Kind regards,
Niamh Corrigan
Talent Partner | Harbourline Catering
Unit 4, Ballymount Business Park, Dublin 12""", legal=True),
    m("rejection", "talent_pool", "Stellwerk Hotels", "Kitchen Operations Manager",
      "Stellwerk Hotels Careers <no-reply@stellwerk-hotels.greenhouse-mail.io>",
      "Your application to Stellwerk Hotels",
      """Dear Oskar,

Thank you for your interest in the Kitchen Operations Manager position at Stellwerk Hotels.

We have reviewed your profile carefully and will not be moving forward with your application at this time.
We would like to keep your details in our talent community so we can reach out when a role that matches
your background opens in one of our 14 properties.

With warm regards,
The Stellwerk Hotels Talent Team""", layout="html", preheader="An update on your application",
      reply_to="careers@stellwerk-hotels.com"),
    m("rejection", "no_interview", "Fenwick Fresh Foods", "Purchasing Coordinator",
      "Fenwick Fresh Foods <careers@fenwickfresh.workable-mail.com>", "Purchasing Coordinator at Fenwick Fresh Foods",
      """Hello Oskar,

We appreciate you taking the time to apply for the Purchasing Coordinator role.

We received a large number of applications and unfortunately we are unable to offer you an interview on this
occasion. We wish you every success in your search.

Fenwick Fresh Foods Recruitment
Sent via Workable"""),
    m("rejection", "rescinded", "Calloway & Brandt", "Supplier Quality Lead",
      "Peter Hale <peter.hale@callowaybrandt.co.uk>", "Re: Offer - Supplier Quality Lead",
      """Oskar,

This is a hard email to write. On Monday we were told the Leeds contract we were hiring the supplier quality
team for will not be renewed from January. As a result the role no longer exists and I have to withdraw the
offer we made you on the 3rd.

I know you may have started conversations with your current restaurant about notice, and I am truly sorry.
If you want to talk, call me any time on 07700 900 412.

Peter""", layout="gmail", quoted="Hi Peter,\n\nThanks for the offer letter, I'm reading it this weekend and will\n"
      "come back to you with a couple of questions about the shift pattern.\n\nOskar"),
    m("rejection", "", "Quayside Foods", "QA Technician",
      "recruitment@quaysidefoods.ie", "QA Technician application",
      """Dear Mr Lindgren,

thank you for applying for the position of QA Technician (Ref QF-2291). Following review of all applications
we regret to inform you that you have not been shortlisted.

Regards
HR Department, Quaysidefoods Ltd"""),
    m("rejection", "warm_rejection", "Brightwater Hospitality", "Executive Chef - Operations",
      "Aoife Dunne <aoife@brightwaterhospitality.com>", "after yesterday",
      """hi oskar

honestly loved meeting you yesterday, the tasting was fantastic and the team wont stop talking about the
lamb. but we need someone who can start before xmas and from what you said your notice is 3 months, so
we've had to go with someone else. really sorry

if things change on your side pls get in touch

aoife"""),
    m("rejection", "", "Meridian Retail Group", "Food Safety Compliance Specialist",
      "Meridian Retail Group <meridian@myworkday-notify.com>", "Update: Food Safety Compliance Specialist (R-10442)",
      """Hi Oskar,

Thank you for your interest in Meridian Retail Group and the Food Safety Compliance Specialist position.

After careful consideration, we have decided to move forward with other candidates whose experience more
closely matches the requirements of the role.

Please note that this requisition is now closed. You can continue to explore opportunities on our careers site.

Meridian Retail Group Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.""", layout="alt",
      preheader="Update on R-10442", cte="qp"),
    m("rejection", "warm_rejection", "Northgate Contract Dining", "Area Kitchen Manager",
      "Sam Whitlock <sam.whitlock@northgatedining.com>", "RE: Area Kitchen Manager - final round",
      """Hi Oskar,

Thanks for your patience while we finished the last interviews.

You were one of two people we took to the final stage, and it was genuinely close. The panel felt the other
candidate's multi-site budget experience tipped it, so we won't be offering you the role.

I'd like to stay in touch - Northgate are opening two more hospital sites next year and your food safety
background would be a strong fit there.

All the best,
Sam Whitlock
Head of Talent, Northgate Contract Dining""", layout="outlook", legal=True),
    m("rejection", "rescinded", "Lark Valley Bakeries", "Production Planning Manager",
      "Lark Valley Bakeries HR <hr@larkvalleybakeries.com>", "Your conditional offer",
      """Dear Oskar,

We are writing about the conditional offer of employment sent to you last month for the role of
Production Planning Manager.

Due to the decision to consolidate our two Dublin plants, the board has frozen all management hiring and we
are therefore no longer in a position to proceed. We must withdraw the offer with immediate effect.

We apologise for the disappointment this will cause.

Yours sincerely,
Grainne Walsh
HR Business Partner""", charset="windows-1252", cte="qp"),
    m("rejection", "talent_pool", "Rowan Hotels Collection", "Purchasing Manager",
      "Rowan Hotels <talent@rowanhotels.teamtailor-mail.com>", "Thanks for applying, Oskar",
      """Hi Oskar!

Thanks for applying to be our Purchasing Manager at the Rowan Dublin. We've decided to go ahead with
another candidate this time - it was a tough call with so many great applicants.

We've added you to our Connect pool, so you'll be the first to hear about new kitchen and F&B roles.

Cheers,
Team Rowan""", layout="html", preheader="Thanks for applying"),
    m("rejection", "", "Kestrel Food Solutions", "Technical Manager",
      "Lorna Byrne <l.byrne@kestrelfoodsolutions.ie>", "Technical Manager",
      """Hi Oskar,

Just following up from our call. We've had a long think and we won't be taking your application any further
this time. The technical manager role needs someone who's run a site through a retailer audit (Tesco / M&S),
and that's the bit we couldn't get past.

Best of luck with it all,
Lorna"""),
    m("rejection", "reapply", "Cuisine Collective", "Food Safety Trainer",
      "Cuisine Collective Careers <jobs@cuisinecollective.lever-mail.co>", "Food Safety Trainer - application update",
      """Dear Oskar,

Thank you for applying to Cuisine Collective. We have now completed the review of applicants for Food Safety
Trainer and we will not be proceeding with your application.

You are welcome to apply again in 6 months, when our next trainer cohort opens.

Kind regards,
Cuisine Collective People Team"""),
    m("rejection", "warm_rejection", "Sorrel & Sage Group", "Operations Chef",
      "Marcus Fenn <marcus@sorrelandsage.co.uk>", "Re: Operations Chef",
      """Oskar - thank you for the time you gave us, and for the trial shift on Saturday. Your pass was calm and
the brigade liked you.

We've decided not to move forward. It's not about your cooking; we're restructuring the role around a
central kitchen and it's become more of a logistics job.

Wishing you well,
Marcus

Sent from my iPhone""", layout="apple"),
    # --- offer ---
    m("offer", "casual_offer", "Harbourline Catering", "Kitchen Operations Lead",
      "Declan Moran <declan.moran@harbourline-catering.ie>", "good news!!",
      """Oskar!

We'd love to have you join us as Kitchen Operations Lead. Everyone was on the same page after Thursday.
Niamh will send the paperwork this week but I wanted you to hear it from me first.

Let me know what you think - call me tonight if you like.

Declan"""),
    m("offer", "formal_offer", "Meridian Retail Group", "Food Safety Compliance Specialist",
      "Meridian Retail Group HR <hr.offers@meridianretail.com>", "Offer of Employment - Oskar Lindgren",
      """Dear Oskar,

We are pleased to offer you the position of Food Safety Compliance Specialist at Meridian Retail Group,
based in Dublin with travel to our stores in Leinster.

- Annual salary: EUR 58,000
- Start date: {+45}
- 25 days annual leave plus public holidays
- Company car or car allowance

Please sign and return the attached contract by {+10} to accept this offer.

Yours sincerely,
Rachel Kinsella
HR Director""", layout="alt", legal=True),
    m("offer", "verbal_offer", "Brightwater Hospitality", "Group Purchasing Manager",
      "Aoife Dunne <aoife@brightwaterhospitality.com>", "following our call",
      """Hi Oskar,

As discussed on the phone just now - we'd like to offer you the Group Purchasing Manager role. The salary we
talked about (EUR 62k) stands. The written offer will follow from our HR team once I'm back from Cork.

Really pleased,
Aoife"""),
    m("offer", "offer_references", "Northgate Contract Dining", "Hygiene & Compliance Manager",
      "Sam Whitlock <sam.whitlock@northgatedining.com>", "Hygiene & Compliance Manager - offer",
      """Hi Oskar,

Great news - the panel would like to offer you the Hygiene & Compliance Manager position, subject to two
satisfactory references and a Garda vetting check.

Could you send me contact details for two referees, ideally including your current head of operations?

Best,
Sam""", layout="gmail"),
    m("offer", "offer_unfortunately", "Lark Valley Bakeries", "Food Safety Officer",
      "Grainne Walsh <grainne.walsh@larkvalleybakeries.com>", "Food Safety Officer role",
      """Hi Oskar,

Unfortunately the night-shift supervisor job you first applied for has been filled, but the panel were keen
on you and I'm delighted to offer you the Food Safety Officer role instead, on days, at EUR 49,500.

The offer letter is attached. Let me know if you have any questions.

Grainne""", charset="windows-1252"),
    m("offer", "welcome_aboard", "Rowan Hotels Collection", "Kitchen Operations Manager",
      "Rowan Hotels <talent@rowanhotels.teamtailor-mail.com>", "Welcome to Rowan, Oskar!",
      """Hi Oskar,

Your offer for Kitchen Operations Manager is ready! Review and sign your offer in the portal using the button
below. We can't wait to welcome you to the Rowan family.

Review your offer

If you have any questions reply to this email and Ciara from our people team will help.""",
      layout="html", preheader="Your offer is ready to review", reply_to="ciara.obrien@rowanhotels.com"),
    m("offer", "", "Fenwick Fresh Foods", "Category Buyer - Fresh Produce",
      "Tom Ashby <tom.ashby@fenwickfresh.com>", "Category Buyer - Fresh Produce",
      """Dear Oskar,

Following your interview on Tuesday I'm pleased to confirm that we would like to offer you the role of
Category Buyer, Fresh Produce. Package details:

* Base salary EUR 55,000, 10% bonus
* Hybrid: 3 days in Naas
* Start: by agreement

Please come back to me with your decision by {+9}.

Kind regards,
Tom Ashby
Head of Buying""", cte="b64"),
    # --- next_step ---
    m("next_step", "assessment", "Quayside Foods", "Food Safety Supervisor",
      "Quayside Foods <quaysidefoods@smartrecruiters-mail.com>", "Next step: HACCP knowledge test",
      """Hi Oskar,

Thanks for your application for Food Safety Supervisor. The next step is a short online HACCP knowledge test
(about 35 minutes, 30 questions).

Please complete it by {+7} using the link below. Candidates who pass will be invited to a site visit.

Start the test

Good luck!
Quayside Foods Talent Acquisition""", layout="html", reply_to="talent@quaysidefoods.ie"),
    m("next_step", "reschedule_unfortunately", "Kestrel Food Solutions", "Technical Manager",
      "Lorna Byrne <l.byrne@kestrelfoodsolutions.ie>", "Thursday interview - change of time",
      """Hi Oskar,

Unfortunately our MD has been pulled into a customer audit on Thursday morning, so we need to move your
interview. Could you do Friday at 2pm instead, same place (Unit 9, Kilcock)?

Sorry for the hassle,
Lorna"""),
    m("next_step", "", "Stellwerk Hotels", "Kitchen Operations Manager",
      "Stellwerk Hotels via Greenhouse <no-reply@greenhouse.io>", "Schedule your interview with Stellwerk Hotels",
      """Hi Oskar,

The team at Stellwerk Hotels would like to schedule a 45-minute video interview with Jana Voss (Director of
F&B) and Tobias Kern (Area Chef).

Please pick a time that suits you from the available slots:
Select a time

Thanks,
Stellwerk Hotels Recruiting""", layout="alt", reply_to="jana.voss@stellwerk-hotels.com"),
    m("next_step", "trial_shift", "Sorrel & Sage Group", "Head Chef - Central Kitchen",
      "Marcus Fenn <marcus@sorrelandsage.co.uk>", "trial shift?",
      """Hi Oskar, thanks for coming in. Next step would be a trial shift in the central kitchen - can you do
Saturday 6am-2pm? Bring whites and knives, we'll do the rest. Paid of course.

M"""),
    m("next_step", "assessment", "Calloway & Brandt", "Supplier Quality Auditor",
      "Helen Orme <helen.orme@callowaybrandt.co.uk>", "Audit case study - Supplier Quality Auditor",
      """Dear Oskar,

Thank you for the first interview. We would like to invite you to the second stage, which is a written
case study: you will receive a redacted audit report from a ready-meal supplier and be asked to identify
the non-conformances and propose corrective actions.

- You'll receive the pack on Monday morning
- Please return your write-up within 72 hours
- A 30 minute discussion with the panel follows

Kind regards,
Helen Orme
Supplier Quality, Calloway & Brandt""", layout="outlook", legal=True),
    m("next_step", "stage_passed", "Cuisine Collective", "Food Safety Trainer",
      "Cuisine Collective Careers <jobs@cuisinecollective.lever-mail.co>", "You're through to the assessment day!",
      """Hi Oskar,

Congratulations - you've passed the phone screen for Food Safety Trainer! We'd like to invite you to our
assessment day in Dublin on {+12} (10:00-15:00): a 10-minute training demo, a group exercise and an
interview.

Please confirm your attendance by replying to this email.

Cuisine Collective People Team""", reply_to="people@cuisinecollective.ie"),
    m("next_step", "", "Meridian Retail Group", "Food Safety Compliance Specialist",
      "Ellen Brady <ellen.brady@meridianretail.com>", "Re: Food Safety Compliance Specialist",
      """Hi Oskar,

Thanks for your note. The hiring manager would like to meet you in person for a second interview - would
Wednesday or Thursday next week work? It would be at our Sandyford office and take about an hour and a half,
including a walk through one of the stores.

Ellen""", layout="gmail"),
    m("next_step", "references", "Brightwater Hospitality", "Group Purchasing Manager",
      "Aoife Dunne <aoife@brightwaterhospitality.com>", "refs",
      """Hi Oskar, we're keen to move to the final stage - can you send me two referees? One from your current
restaurant if you're comfortable. If they check out we'll confirm a decision by Friday. Thanks!""",
      promise=("weekday", 4)),
    m("next_step", "reschedule", "Fenwick Fresh Foods", "Category Buyer - Fresh Produce",
      "Tom Ashby <tom.ashby@fenwickfresh.com>", "Moving our chat to next week",
      """Dear Oskar,

I'm afraid I need to move our conversation on Wednesday - I'll be at the Rungis market that day. Would
{+5} at 11:00 work for you instead? I've sent a new calendar invite.

Best regards,
Tom"""),
    # --- pending ---
    m("pending", "still_reviewing", "Harbourline Catering", "Food Safety Auditor",
      "Niamh Corrigan <niamh.corrigan@harbourline-catering.ie>", "Re: Food Safety Auditor - any news?",
      """Hi Oskar,

Thanks for checking in. We're still interviewing for the auditor role - we have two more candidates to see
this week. I'll have an answer for you by the end of next week.

Niamh""", layout="gmail", promise=("eow", 1),
      quoted="Hi Niamh,\n\nI hope you're well. I wanted to ask whether there is any news on the Food Safety\n"
      "Auditor role.\n\nBest,\nOskar"),
    m("pending", "on_hold", "Lark Valley Bakeries", "Production Planning Manager",
      "Grainne Walsh <grainne.walsh@larkvalleybakeries.com>", "Production Planning Manager - update",
      """Dear Oskar,

I wanted to let you know that the Production Planning Manager role has been put on hold while the board
reviews the plant consolidation. No decision has been made about your application and we haven't closed the
vacancy.

I'll come back to you as soon as I know more.

Best wishes,
Grainne"""),
    m("pending", "waitlist", "Cuisine Collective", "Food Safety Trainer",
      "Cuisine Collective People Team <people@cuisinecollective.ie>", "Food Safety Trainer - reserve list",
      """Dear Oskar,

Thank you for attending our assessment day. All three trainer posts have been offered, but you performed
strongly and we'd like to place you on our reserve list. If any of the offers is declined or a new post is
approved, we'll contact you first.

We will confirm either way by {X}.

Warm regards,
Cuisine Collective People Team""", promise=("on", 21)),
    m("pending", "delay", "Meridian Retail Group", "Food Safety Compliance Specialist",
      "Ellen Brady <ellen.brady@meridianretail.com>", "Delay on our side",
      """Hi Oskar,

A quick note to apologise for the silence. Our Head of Compliance has been off sick and the decision has
slipped. We expect to come back to all final-stage candidates within 10 working days.

Thanks for your patience,
Ellen""", promise=("bdays", 10)),
    m("pending", "pending_unfortunately", "Kestrel Food Solutions", "Quality Systems Lead",
      "Lorna Byrne <l.byrne@kestrelfoodsolutions.ie>", "Quality Systems Lead",
      """Hi Oskar,

Unfortunately I don't have an answer for you yet - the owners are still deciding whether the quality systems
lead sits in Kilcock or in the new Athlone plant. Your application is very much still open and I'll keep you
posted.

Lorna"""),
    m("pending", "status_portal", "Stellwerk Hotels", "Kitchen Operations Manager",
      "Stellwerk Hotels Careers <no-reply@stellwerk-hotels.greenhouse-mail.io>",
      "Your application status has changed", """Hi Oskar,

The status of your application for Kitchen Operations Manager (Dublin) has been updated to: In review by
hiring team.

You don't need to do anything right now. Log in to your candidate profile to follow your application.

Stellwerk Hotels""", layout="html", preheader="Application status: In review"),
    m("pending", "still_reviewing", "Northgate Contract Dining", "Hygiene & Compliance Manager",
      "Sam Whitlock <sam.whitlock@northgatedining.com>", "Hygiene & Compliance Manager",
      """Hi Oskar,

Thanks for your patience. We're finishing final interviews on Thursday and I expect to call you by Friday
with a decision either way.

Best,
Sam""", promise=("weekday", 4)),
    m("pending", "on_hold", "Rowan Hotels Collection", "Purchasing Manager",
      "Ciara O'Brien <ciara.obrien@rowanhotels.com>", "Purchasing Manager - pause",
      """Hi Oskar,

Apologies for the wait. We've paused hiring for the group purchasing manager role until after the January
trading review - the festive season always shakes up our budgets. Your application is on hold rather than
closed, and I'll be back in touch in the new year.

Ciara""", charset="iso-8859-1"),
    # --- acknowledgement ---
    m("acknowledgement", "received", "Quayside Foods", "Food Safety Supervisor",
      "Quayside Foods <quaysidefoods@smartrecruiters-mail.com>", "Thank you for applying to Quayside Foods",
      """Hi Oskar,

Thanks for applying for Food Safety Supervisor at Quayside Foods! We have received your application and our
team will review it and you will hear from us within 10 working days.

Quayside Foods Talent Acquisition""", layout="html", preheader="We received your application",
      promise=("bdays", 10)),
    m("acknowledgement", "ack_offer_word", "Fenwick Fresh Foods", "Purchasing Coordinator",
      "Fenwick Fresh Foods <careers@fenwickfresh.workable-mail.com>", "Application received - Purchasing Coordinator",
      """Hi Oskar,

Your application for Purchasing Coordinator has been received.

At Fenwick we offer fresh produce from 240 Irish growers and we offer our people flexible hours, a staff
shop discount and a pension from day one. Our team reviews every application personally and will contact
you within 2 weeks.

Fenwick Fresh Foods""", promise=("days", 14)),
    m("acknowledgement", "received_docs", "Northgate Contract Dining", "Hygiene & Compliance Manager",
      "Sam Whitlock <sam.whitlock@northgatedining.com>", "Re: certificates",
      """Got them, thanks Oskar - HACCP level 4 and the Lead Auditor cert both came through fine. I've added
them to your file.

Sam""", layout="gmail", quoted="Hi Sam,\n\nAs promised, attached are my HACCP Level 4 and Lead Auditor\n"
      "certificates.\n\nOskar"),
    m("acknowledgement", "received", "Meridian Retail Group", "Store Food Safety Auditor",
      "Meridian Retail Group <meridian@myworkday-notify.com>", "Thank you for applying - R-10581",
      """Dear Oskar Lindgren,

Thank you for applying for Store Food Safety Auditor (R-10581). This email confirms we have received your
application. We aim to review all applications within 3 weeks; you can track the status at any time
in your candidate home.

Regards,
Meridian Retail Group Talent Acquisition

This is an automated message. Please do not reply.""", cte="qp", promise=("days", 21)),
    m("acknowledgement", "ack_unfortunately", "Calloway & Brandt", "Supplier Quality Auditor",
      "Helen Orme <helen.orme@callowaybrandt.co.uk>", "Re: case study",
      """Hi Oskar,

Thanks - your case study arrived safely. Unfortunately I'm on leave until Monday so the panel won't read it
until then, but I wanted to confirm we have it. You'll have our feedback by Wednesday next week.

Helen""", layout="outlook", promise=("nwd", 2)),
    m("acknowledgement", "received", "Brightwater Hospitality", "Head of Kitchen Compliance",
      "careers@brightwaterhospitality.com", "We've got your application",
      """Thanks Oskar, we've got your CV for the Head of Kitchen Compliance role. Aoife and the ops team will
look at it by the end of the month and get back to you.

Brightwater Hospitality""", promise=("eom", 0)),
    m("acknowledgement", "received_casual", "Sorrel & Sage Group", "Operations Chef",
      "Marcus Fenn <marcus@sorrelandsage.co.uk>", "Re: Operations chef ad",
      """cheers oskar got it, will have a look at the weekend""", layout="apple",
      quoted="Hi Marcus,\n\nI saw your post about the operations chef role - CV attached.\n\nOskar"),
    # --- auto_reply ---
    m("auto_reply", "out_of_office", "Harbourline Catering", "Food Safety Auditor",
      "Niamh Corrigan <niamh.corrigan@harbourline-catering.ie>", "Automatic reply: Food Safety Auditor",
      """Thank you for your email. I am out of the office until {+6} with limited access to email.
For urgent recruitment queries please contact talent@harbourline-catering.ie.

Niamh""", headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "out_of_office", "Fenwick Fresh Foods", "Category Buyer - Fresh Produce",
      "Tom Ashby <tom.ashby@fenwickfresh.com>", "Out of office: Re: Category Buyer offer",
      """Hi, I'm at the Fruit Logistica pre-show in Berlin until {+8}. I'll reply to your message about the
offer when I'm back. For anything urgent call the buying office on 045 880 211.""",
      headers=(("X-Autoreply", "yes"),)),
    m("auto_reply", "auto_noreply", "Kestrel Food Solutions", "Technical Manager",
      "Kestrel Food Solutions <noreply@kestrelfoodsolutions.ie>", "We have received your message",
      """This is an automated response. Your message has been received by Kestrel Food Solutions. Our office is
open Monday to Friday, 8:30 to 17:00. Please do not reply to this address.""",
      headers=(("Auto-Submitted", "auto-generated"),)),
    m("auto_reply", "out_of_office", "Cuisine Collective", "Food Safety Trainer",
      "Cuisine Collective People Team <people@cuisinecollective.ie>", "Auto: Re: reserve list",
      """Hello, thanks for your email. The People Team is closed from {+3} to {+16}. We will reply when
we are back. Wishing you happy holidays!""", layout="html"),
    # --- other ---
    m("other", "interviewer", "Lindgren's Kitchen", "Commis Chef",
      "Daniel Okafor <d.okafor.cooks@gmail.com>", "Commis chef position - Daniel Okafor",
      """Dear Chef Lindgren,

I'd like to apply for the commis chef job you posted on Indeed. I've done two years at a hotel in Galway
and I'm currently on the grill section at a steakhouse. I can start in two weeks and I'm happy to do a trial.

My CV is attached. Thank you for considering me.

Daniel Okafor"""),
    m("other", "interviewer", "Lindgren's Kitchen", "Kitchen Porter",
      "Shauna Reilly <shauna@hospitalitystaff.ie>", "KP candidates for Saturday",
      """Hi Oskar,

As promised here are three kitchen porters available for weekend shifts from next week:

- Tomasz W. - 4 yrs KP, own transport, can do lates
- Ibrahim S. - 1 yr KP + deep-clean experience
- Ruth M. - part time, Saturdays only

Let me know who you'd like to see and I'll line up trials.

Shauna Reilly
Hospitality Staff Solutions"""),
    m("other", "newsletter_offer", "FoodSafe Jobs", "",
      "FoodSafe Jobs <alerts@foodsafejobs.ie>", "5 new jobs for you: food safety, Dublin",
      """New jobs matching your alert "food safety auditor, Dublin":

- QA Manager - Ready Meals, Kildare - offer of EUR 60k + car
- Hygiene Auditor, Dublin 15 - contract
- Technical Officer, Cavan - apply by {+11}
- Food Safety Consultant (Remote) - great benefits on offer
- Supplier Auditor, Cork

Manage your alerts | Unsubscribe""", layout="html", preheader="QA Manager, Hygiene Auditor and 3 more"),
    m("other", "newsletter_regret", "The Kitchen Ledger", "",
      "The Kitchen Ledger <news@kitchenledger.co.uk>", "The Ledger: why chefs are quitting for QA",
      """THE KITCHEN LEDGER - weekly

This week: Why head chefs are moving into quality and compliance - and why many regret not doing it sooner.
Plus: the new allergen labelling rules explained, and our buyer's guide to combi ovens.

We regret that our Dublin meet-up on {+9} is cancelled due to venue works.

You receive this newsletter because you subscribed at kitchenledger.co.uk.""", layout="alt"),
    m("other", "withdrawal", "Stellwerk Hotels", "Kitchen Operations Manager",
      "Jana Voss <jana.voss@stellwerk-hotels.com>", "Re: Withdrawing my application",
      """Dear Oskar,

Thank you for letting us know, and congratulations on your new role. We have withdrawn your application for
the Kitchen Operations Manager position as you asked. It was a pleasure speaking with you.

Kind regards,
Jana Voss""", layout="gmail", quoted="Dear Jana,\n\nI wanted to let you know that I have accepted another offer,\n"
      "so I would like to withdraw my application. Thank you for your time.\n\nBest regards,\nOskar"),
    m("other", "supplier", "Greenmarket Produce", "",
      "Liam at Greenmarket <orders@greenmarketproduce.ie>", "Your order #88213 - delivery Thursday",
      """Hi Oskar,

Your order for Thursday is confirmed. Unfortunately the purple sprouting broccoli is unavailable this week;
we've substituted tenderstem at the same price.

Delivery window 06:00-07:30. Thanks for your business!

Greenmarket Produce"""),
    m("other", "survey", "Meridian Retail Group", "Store Food Safety Auditor",
      "Meridian Retail Group <survey@candidate-experience.io>", "How was your interview experience?",
      """Hi Oskar,

You recently interviewed with Meridian Retail Group. We'd love to hear how it went - it takes 2 minutes.
Your answers are anonymous and won't affect your application.

Take the survey""", layout="html"),
]
