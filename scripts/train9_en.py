# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 English bank: whole-message templates (see train9_core.parse_bank for the format)."""

BANK = """
@@ rejection status_portal ats
S: [[Update on your application|Your application status has changed|Application update]] - {company}
Hi {first},

The status of your application for {role} has been updated. [[Please log in to your candidate portal to view the latest status.|You can see the current status in your candidate account.|Sign in to the portal for details.]]

Thank you for your interest in {company}.
@@ rejection status_portal ats
S: {role}: status changed to Closed
Hello {first},

This is an automated notification. Your application for {role} (req. {req}) has moved to: Not moving forward.

No reply is needed. Your profile stays in our system for future openings.
@@ rejection implied hr
S: Re: {role}
Hi {first},

Thanks again for the time you gave us over the past few weeks. We've decided to move forward with other applicants whose experience lines up more closely with what the team needs right now.

[[We'll keep your details on file.|I hope our paths cross again.|Wishing you the best in your search.]]

{me}
@@ rejection implied recruiter
S: Quick update - {company}
Hey {first},

Wanted to close the loop with you. The team went with someone who had more hands-on [[domain|sector]] experience, so we won't be taking your application further this time.

Really enjoyed talking with you and I'd be glad to stay connected.

{me}
@@ rejection implied manager
S: {role} - where we landed
{first},

I wanted to tell you personally: we ended up choosing a candidate who is a little further along in the exact area we're hiring for. It was close, and it isn't a reflection on what you'd bring.

If something opens up on the wider team I'll reach out first.

Best,
{me}
@@ rejection implied hr
S: Your application - {role}
Dear {first},

After careful review, the hiring team will be proceeding with candidates whose profiles more closely match the requirements of this role. We won't be scheduling further conversations for this vacancy.

Kind regards,
{me}
@@ rejection post_assessment hr
S: Case study outcome - {role}
Hi {first},

Thank you for the work you put into the case study. The panel reviewed all submissions against the same criteria, and yours did not score high enough to progress to the final stage.

We appreciate the effort, and you're welcome to apply to other roles with us.

{me}
@@ rejection post_assessment recruiter
S: Re: take-home task
Hi {first},

Thanks for sending the exercise back so quickly. I've had the team's feedback now: they liked the structure but are going with candidates who went deeper on the analysis, so this is where the process ends for you.

Happy to share the reviewers' notes if useful.

{me}
@@ rejection search_closed hr
S: {role} - recruitment closed
Dear {first},

We are writing to let you know that the search for the {role} position has been closed without an appointment. Following a review of priorities, the role will not be filled this year.

Thank you for the time and interest you have shown.

{me}
@@ rejection search_closed recruiter
S: {role} is off the table
Hi {first},

Frustrating news, and not about you: {company} has cancelled the {role} opening altogether after a reshuffle, so there's no process left to run. I'm sorry to bring this after three rounds.

{me}
@@ rejection mobile_short founder
S: Re: {role}
hey {first} - we're going another way on this one. sorry, and thanks for the time
@@ rejection mobile_short manager
S: Re: next steps
Not this time I'm afraid, {first}. Went with another candidate. All the best.
@@ rejection thread_rejection manager
S: Re: Thank you - {role}
Hi {first}, appreciate the note. We've offered the role to another candidate and they've accepted, so we won't be moving ahead with you. Best of luck.

{me}
@@ rejection thread_rejection recruiter
S: Re: Following up - {role}
{first}, sorry for the silence. The decision went the other way - the team picked someone else.

{me}
@@ rejection warm_rejection hr
S: {role} at {company}
Dear {first},

It was a genuine pleasure to meet you, and the panel was impressed by your preparation. It was a difficult decision, but we will not be offering you the position.

We'd be glad to hear from you again in the future.

{me}
@@ rejection rescinded hr
S: Regarding your offer - {role}
Dear {first},

I am very sorry to write this. Following a company-wide budget freeze announced this morning, we are no longer able to proceed with the offer we made to you for the {role} role, and it is withdrawn with immediate effect.

I understand how disappointing this is and I am happy to act as a reference.

{me}
@@ rejection rescinded hr
S: Your conditional offer
Dear {first},

Your offer of employment was conditional on satisfactory pre-employment screening. As the screening could not be completed satisfactorily, we must withdraw the offer. [[This decision is final.|We are unable to discuss the details by email.]]

{me}
@@ rejection rescinded manager
S: bad news on {role}
{first},

The re-org landed and my team is being folded into another group. The headcount we made you an offer for is gone, so I have to take that offer back. I'm gutted about it and will help however I can.

{me}
@@ rejection typo_rejection recruiter
S: {role} update
Hi {first},

Unfortunately we have decided not to progress your application any further. Thanks for your patience with us.

{me}
@@ rejection talent_pool ats
S: Thank you for applying to {company}
Hi {first},

We have reviewed your application for {role}. While your profile did not match this particular vacancy, we'd like to add you to our talent community so we can contact you about future roles.

The {company} Talent Team
@@ rejection no_interview ats
S: {role} - application
Dear {first},

Thank you for applying. We receive a high volume of applications and regret that we are unable to offer you an interview on this occasion.

{company} Recruitment
@@ rejection reapply hr
S: Outcome - {role}
Hi {first},

Thanks for interviewing with us. We won't be continuing with your candidacy right now. You're welcome to re-apply in 6 months, when we expect more openings.

{me}
@@ rejection feedback_promise manager
S: Re: final round
Hi {first},

Thank you for coming in for the final round. I'm sorry to say we've chosen another finalist. You asked for feedback; <<I'll send the panel's written notes {P}.>>

{me}
@@ offer casual_offer founder
S: so...
{first}!! we want you on the team. can you start in january? let's talk numbers tomorrow, super excited
@@ offer casual_offer manager
S: {role}
Hi {first},

Great news - we'd love to have you join us as our {role}. HR will be in touch with the details, but I wanted you to hear it from me first.

{me}
@@ offer verbal_offer recruiter
S: Following our call
Hi {first},

As promised on the phone, here's a quick recap: {company} is extending you a verbal offer for the {role} position at the salary we discussed. The written offer will follow once approvals are through.

{me}
@@ offer conditional_offer hr
S: Offer of employment - {role}
Dear {first},

We are delighted to offer you the position of {role}, subject to satisfactory references and a background check. Please confirm your acceptance by {deadline}.

Your proposed start date is {start}.

{me}
@@ offer conditional_offer manager
S: good news pending board sign-off
{first},

The panel was unanimous: we want to hire you. The offer is subject to board approval at Thursday's meeting, which is a formality at this stage. Expect the paperwork right after.

{me}
@@ offer paperwork_offer hr
S: Your contract - {role}
Hi {first},

Attached you'll find your employment contract and the onboarding forms. Please sign and return them by {deadline} so we can get your laptop and badge ready for {start}.

Looking forward to working with you!
{me}
@@ offer welcome_aboard manager
S: Welcome aboard!
{first},

So glad you said yes in principle - welcome aboard! Our people team is sending the contract today. Your first day would be {start}.

{me}
@@ offer founder_phone founder
S: Re: {role}
ok we talked it over and we're in. want to make it official? i'll get you an offer letter tonight

Sent from my iPhone
@@ offer typo_offer recruiter
S: great news
Hi {first}, I'm very pleased to confirm that the team has decied to make you an ofer for the {role} role. Can we chat terms tomorrow?

{me}
@@ offer formal_offer hr
S: Offer letter - {company}
Dear {first},

Following your interviews, I am pleased to confirm our offer of employment as {role}. The full terms are set out in the attached letter; please let us know your decision by {deadline}.

{me}
@@ next_step offer_slots recruiter
S: Next round - {role}
Hi {first},

Great news: the team would like to see you for a second interview. I can offer the following slots: {slot} or the day after at the same time. Let me know which works.

<<We aim to make a final decision {P}.>>

{me}
@@ next_step trial_day manager
S: Trial day?
Hi {first},

We'd like to offer you a paid trial day with the team on {slot}, to see how we work together before anything else. Unfortunately we can't do the Friday, but any other day that week is fine.

{me}
@@ next_step offer_call hr
S: Call with our Head of {dept}
Dear {first},

Following your first interview, we would like to offer you a call with our head of department. Please pick a time in the scheduling link. <<The panel will reach a decision {P}.>>

{me}
@@ next_step assessment ats
S: Your assessment for {role}
Hi {first},

As the next step, please complete the online assessment by {due}. It takes about 45 minutes. <<Results will be reviewed and you'll hear back {P}.>>

{company} Recruiting
@@ next_step reschedule recruiter
S: Reschedule - {role}
Hi {first},

Unfortunately the hiring manager has a conflict on the original date. Could we move your interview to {slot}? Apologies for the shuffle.

{me}
@@ next_step final_round hr
S: Final interview - {role}
Dear {first},

You've passed the technical stage. We'd like to invite you to a final on-site interview on {slot}. <<We expect to confirm the outcome {P}.>>

{me}
@@ pending waitlist_offer_other hr
S: Update - {role}
Dear {first},

We have made an offer to another candidate for the {role} role. You were a very strong runner-up, and we would like to keep you on our reserve list in case the offer is not accepted. <<We expect to know {P}.>>

{me}
@@ pending waitlist_offer_other recruiter
S: where things stand
Hi {first},

Straight with you: the team extended an offer to another finalist. You're their clear second choice, so nothing is closed. <<They owe the other candidate an answer and I'll update you {P}.>>

{me}
@@ pending still_reviewing hr
S: Re: Following up - {role}
Hi {first},

Thanks for checking in. We're still interviewing a few candidates and haven't made a decision yet. <<We'll be in touch {P}.>>

{me}
@@ pending on_hold manager
S: {role} timing
{first},

Quick note: the role is on hold while we finalise next year's budget. You're still very much in the running. <<I expect to have clarity {P}.>>

{me}
@@ pending delay recruiter
S: Re: {role}
Hi {first}, sorry it's taking longer than planned - two of the panel are travelling. <<Decision should come {P}.>> Nothing's wrong on your side.

{me}
@@ pending pending_offer_word hr
S: Your application - {role}
Dear {first},

We're not yet in a position to offer feedback or a decision, as interviews continue. <<We will contact all candidates {P}.>>

{me}
@@ acknowledgement received ats
S: We've received your application
Hi {first},

Thanks for applying to {role} at {company}. Our team will review your application carefully. <<You'll hear from us {P}.>>

{company} Talent Acquisition
@@ acknowledgement received_docs hr
S: Documents received
Dear {first},

This is to confirm we have received your references and portfolio. <<The hiring team will review them and come back to you {P}.>>

{me}
@@ acknowledgement ack_offer_word ats
S: Application received - {role}
Hi {first},

Your application is in. We offer a transparent process and we'll reply to every candidate. <<Expect an update {P}.>>

{company} People Team
@@ acknowledgement received_casual recruiter
S: Re: CV
Got it, thanks {first}! Passing it to the hiring manager today. <<Should have feedback {P}.>>

{me}
@@ auto_reply out_of_office ooo
S: Automatic reply: {role}
Thank you for your message. I am out of the office until {start} with limited access to email. For urgent matters please contact recruiting@{domain}.
@@ auto_reply ooo_offer_word ooo
S: Out of office
I'm on parental leave and back on {start}. Unfortunately I won't be able to reply before then. If your email concerns an offer or contract, please write to people@{domain}.
@@ auto_reply auto_noreply noreply
S: Do not reply - message not monitored
This mailbox is not monitored. Your email has not been read. To contact our recruitment team please use the candidate portal.
@@ other interviewer_offer colleague
S: {cand} - extending an offer?
Hi {first},

Thanks for interviewing {cand} yesterday for our {role} opening. The panel leans towards extending an offer - can you send me your scorecard by {due} so I can get approval?

{me}
@@ other interviewer_offer colleague
S: Re: candidate debrief
{first}, agree with you - let's make {cand} an offer. Unfortunately the other finalist didn't hold up in the case study. I'll draft the letter.

{me}
@@ other newsletter_offer board
S: This week's top jobs + an offer for you
Hi {first},

Our members' offer: 30% off premium CV review until {deadline}. Plus 12 new {role} jobs near you. Applications close {deadline}.

Unsubscribe | Manage alerts
@@ other newsletter_regret board
S: Hiring trends this month
Hi {first},

We regret to say salary growth has slowed in {dept}. Read our report on which employers still offer relocation packages, and how to handle a rejection gracefully.

Update your preferences
@@ other market_update agency
S: Market update - Q4
Hi {first},

A quick note on the market: hiring for {dept} roles has slowed since September, and several clients have paused searches. Offers are taking longer but counter-offers are up. No action needed - I'll ping you when something fits.

{me}
@@ other job_alert board
S: New jobs for "{role}"
5 new jobs match your alert.

{role} - {company} - apply by {deadline}
Senior {role} - hybrid - apply by {deadline}

You receive this alert because you subscribed.
@@ other withdrawal hr
S: Re: Withdrawing my application
Hi {first},

Thanks for letting us know, and congratulations on your new role. We've withdrawn your application for {role} as requested.

{me}
@@ other survey ats
S: How was your candidate experience?
Hi {first},

We'd love to hear about your experience applying to {company}. The survey takes two minutes and is anonymous.
"""
