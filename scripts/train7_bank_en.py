# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""English whole-message templates for train7 (CC0; written for this split).

Each entry: `@@ <label> <trap> <sender> <register> [flags]`, then the subject line, then the body.
Flags: bare (no greeting or signature), mobile ("Sent from my phone"), nop (never a dated promise),
reply (the decision sits above a long quoted thread), quote (a reply above the candidate's mail).
Placeholders: {first} {co} {role} {sender} {date1} {wd1} {link} {cand} {promise} {board} {agency_co}.
"""

BANK = r"""
@@ rejection status_portal ats f nop
Application update - {role}
There has been an update to your application for {role} at {co}.

New status: Not selected

You can review your application history at any time in the candidate portal: {link}
@@ rejection status_portal ats f nop
Your application status has changed
The status of your application for the position {role} (Req. {ref}) was updated today.

Current status: Archived - no longer under consideration

Log in to your candidate account to see all details: {link}
@@ rejection status_portal ats f nop
{co}: candidate portal notification
This is an automatic notification. A recruiter has updated the stage of your application.

Position: {role}
Stage: Closed / Unsuccessful

Visit {link} to view your applications or to search current vacancies.
@@ rejection implied recruiter i quote
Re: {role} - update
Thanks again for all the time you've put into the process. The team has decided to move forward with other applicants whose background lines up more closely with what they need right now.

I know that's not the news you were hoping for, and I'd genuinely like to stay in touch.
@@ rejection implied manager i quote
Re: Thank you
Really appreciated your note. I'll be straight with you: we're going to go in a different direction for this hire. It was a close call and your SQL exercise was one of the strongest we saw - in the end it came down to insurance domain experience.

Thanks for being so generous with your time.
@@ rejection implied hr f
Your application for {role}
Thank you for your interest in {co} and for attending the interview.

Having reviewed all candidates carefully, the panel has concluded that other profiles are a closer match for the {role} vacancy at this point, and we will not be taking your application further.

We wish you every success in your search.
@@ rejection implied recruiter f
{role} at {co}
I wanted to give you a clear answer rather than leave you waiting. The hiring team has chosen to continue with a smaller group of candidates whose recent experience is closer to the brief, and you are not among them on this occasion.

Please don't let this put you off future roles with us.
@@ rejection post_assessment hr f
{role}: outcome of the case study
Thank you for completing the case study for the {role} role. The reviewers appreciated the structure of your analysis, but the submission did not reach the bar we set for the final stage, so we won't be progressing your application.

{promise}
@@ rejection post_assessment recruiter i
Take-home task - outcome
Thanks for turning the take-home around so quickly. The engineers went through it yesterday and, while they liked your dashboard, they felt the data modelling part wasn't quite where it needs to be for this level. So we'll stop here for this role.

{promise}
@@ rejection search_closed hr f nop
Update on the {role} recruitment
I am writing to let you know that {co} has cancelled the recruitment for {role}. A change in business priorities means the role will not be filled this year, and we are closing the process for every candidate without making an appointment.

Thank you for your patience and for the time you gave us.
@@ rejection search_closed recruiter i nop
{role} search closed
Bit of an awkward one: the {role} search has been shut down. Leadership pulled the headcount on Friday, so nobody is getting hired for it and all applications are being closed. Really sorry - you were doing well.
@@ rejection mobile_terse founder i bare mobile nop
re: chat last week
hey {first} - sorry, we're going with someone else for the role. really enjoyed our chat. good luck!!
@@ rejection mobile_terse recruiter i bare mobile nop
Re: {role}
Hi {first}, quick one - they picked the other finalist. Sorry! Happy to debrief whenever suits.
@@ rejection reply_rejection recruiter i bare reply nop
Re: {role} - any news?
{first} - afraid it's a no from the hiring team this time. Sorry to put it in an email, happy to talk it through.
@@ rejection reply_rejection manager i bare reply nop
RE: Follow-up
Hi {first}, we've closed the role with another hire. Thanks for everything and best of luck.
@@ rejection rescinded hr f nop
Your offer for {role}
I am very sorry to write to you with this news. Following the company-wide budget freeze announced yesterday, we are no longer able to proceed with the offer we made you for the {role} position, and it is withdrawn with immediate effect.

This decision has nothing to do with you or your performance in the process.
@@ rejection rescinded hr f nop
Pre-employment screening
We have now received the outcome of the pre-employment screening. As the reference checks could not be completed satisfactorily, {co} is unable to confirm your appointment, and the conditional offer we sent you is withdrawn.
@@ rejection rescinded manager i nop
Bad news, I'm afraid
I hate writing this. The reorganisation of the analytics function means the {role} job you accepted no longer exists in the form we agreed, and HR has told me we have to pull the offer. I'm gutted, and I'll happily act as a reference for you anywhere.
@@ rejection typo_rejection recruiter i
Re: your application
unfortunatly we have decied not to move ahead with your application for the {role} role. we really appreciate the time you took with us.
@@ rejection offer_to_other recruiter f
{role} - decision
Thank you for your patience. We have now extended an offer to another candidate, who has accepted it, so the {role} position is filled.

It was a pleasure to meet you, and we'll keep your details on file.
@@ rejection reapply hr f nop
Your application to {co}
Thank you for applying for {role}. After reviewing your experience we will not be inviting you to interview for this vacancy.

You are welcome to apply for other roles at any time; for this same position candidates can re-apply after 6 months.
@@ rejection agency_rejection agency i quote
{co} - feedback
Just heard back from {co}. They've chosen to proceed with someone who has more time in-house, so that's the end of the road for this one. I've got a couple of other roles that I think would suit you - shall we speak on {wd1}?
@@ offer casual_offer manager i quote
Re: Thanks for today
We'd love to have you on the team! Everyone was unanimous after your presentation. Can I give you a ring to talk numbers? HR will follow with the paperwork once we've chatted.
@@ offer verbal_offer recruiter f
Following our call
Following our call this afternoon, I'm confirming in writing that {co} would like to offer you the {role} position at £52,000 plus the annual bonus. The contract will follow from HR in the next few days.

Congratulations again!
@@ offer conditional_offer hr f
Offer of employment - {role}
I am delighted to offer you the role of {role} at {co}, subject to two satisfactory references and the usual right-to-work check.

Please send us your referees' details by {date1} so we can get things moving.
@@ offer conditional_offer manager i
Good news
The board signed off this morning: the job is yours, subject only to final approval of the headcount at the board meeting on {date1}, which is a formality. Sarah in HR will send the written offer.
@@ offer paperwork hr f
Welcome to {co} - your contract
Welcome to {co}! Your employment contract for the {role} role is ready to sign in the onboarding portal ({link}). Please sign it by {date1} and fill in the new-starter form so IT can set up your laptop.
@@ offer welcome_aboard manager i
Welcome aboard!
I'm so pleased we can make this official: we'd like you to join us as our {role}. Welcome aboard (well, once you've signed!) - the contract is on its way and I'll introduce you to the team next week.
@@ offer founder_phone founder i bare mobile
!!
{first}!! we want you. written offer coming tonight, salary as discussed + equity. say yes
@@ offer contract_sent hr f
Your contract via DocuSign
Your contract for the {role} position has been sent to you via DocuSign. It reflects the terms we agreed on the phone: start date {date1}, 37.5 hours per week, hybrid working.

If anything doesn't look right, just reply to this email.
@@ offer formal_offer hr f
Offer letter - {role}
On behalf of {co}, I am pleased to confirm our offer of employment as {role}. Your offer letter, with salary, benefits and start date, is attached.

Please confirm your acceptance by {date1}.
@@ offer typo_offer recruiter i bare
re: final round
were happy to offer you the job!! contract details to follow tomorrow, congrats
@@ next_step offer_slot ats f nop
Next step: second interview
We'd like to offer you a slot for a second interview for {role}. Please pick a time that works for you using the link below:

{link}
@@ next_step offer_call manager i
Quick call?
I'd like to offer you a 30-minute call with our data lead to talk through the roadmap before the final round. Are you free on {wd1} afternoon?
@@ next_step trial_day hr f
Invitation: trial day
We would like to invite you to a paid trial day with the team on {wd1} {date1}, from 9:30 to 16:00. You'll work on a small real problem with two of the analysts and have lunch with the team.

{promise}
@@ next_step assessment recruiter f
Next stage: take-home task
Congratulations on getting through the first interview! The next stage is a short take-home task; the brief is attached. Please send it back by {date1}.

{promise}
@@ next_step reschedule_unfortunately recruiter i
Change of plan for your interview
Unfortunately Marcus has been pulled into a board meeting, so we need to move your interview. Could you do {wd1} {date1} at 10:00 instead? Sorry for the shuffle.
@@ next_step stage_passed manager i quote
Re: Thank you
Good news - you've made it through to the final stage! The last round is a 45-minute presentation to the leadership team; I'll send the brief shortly.

{promise}
@@ next_step typo_next recruiter i bare
next round
hi {first}, we'd like to move you forward to the tecnical round. can you send your availabilty for next week?
@@ pending waitlist_offer_other recruiter i
Where things stand
I want to be open with you: the team has made an offer to another candidate. You were a very close second, and if that offer doesn't go ahead we'd come straight back to you.

{promise}
@@ pending reserve_list hr f
{role} - reserve list
The selection panel has placed you on the reserve list for the {role} vacancy. The post has been offered to the first-choice candidate; should the offer not be accepted, or should a second vacancy open, we would contact you directly.

{promise}
@@ pending runner_up manager i quote
Re: Following up
Honestly, it was between you and one other person and we've gone to them first with an offer. Nothing is final until they sign, so please don't take yourself out of the running just yet.

{promise}
@@ pending on_hold hr f
{role} - recruitment paused
The {role} recruitment is on hold while next year's budget is approved. Your application is still active and no decision has been made.

{promise}
@@ pending delay recruiter i quote
Re: any update?
Apologies for the radio silence. The final decision got pushed back because two of the panel were off sick.

{promise}
@@ pending still_reviewing recruiter f quote
Re: {role}
Thanks for checking in. We're still working through the last interviews, so there's no decision yet.

{promise}
@@ pending pending_regret hr f
Your application for {role}
We regret the delay in coming back to you. The process has taken longer than planned because of the number of strong candidates.

{promise}
@@ pending pending_offer_stage recruiter i
Timeline
Quick update: we're not in a position to make an offer to anyone yet. The hiring manager wants to compare the last two interviews with fresh eyes.

{promise}
@@ acknowledgement received ats f
Thank you for applying to {co}
Thanks for applying to {co}! We've received your application for {role} and our team will review it carefully.

{promise}
@@ acknowledgement received_docs hr f
Documents received
Thank you for sending your references and certificates. They have been added to your file for the {role} position.

{promise}
@@ acknowledgement ack_offer_word ats f
Application received: {role}
Your application for {role} has arrived safely. While our recruiters review it, take a look at what we offer: 28 days holiday, a learning budget and a generous pension.

{promise}
@@ acknowledgement ack_unfortunately ats f
We've got your application
Thank you for your application. Because of the high volume we receive, unfortunately we cannot give individual feedback at this stage, but every application is read by a person.

{promise}
@@ acknowledgement received_casual recruiter i bare
Re: CV
got your CV, thanks! passing it to the hiring manager today.
@@ auto_reply out_of_office ooo f bare nop
Automatic reply: {role}
Thank you for your email. I am out of the office until {date1} with limited access to email. For urgent recruitment questions please contact the talent team.
@@ auto_reply parental_leave ooo f bare nop
Out of office
I'm on parental leave until {date1}. Your message will not be forwarded; for anything about current vacancies, please write to our recruiting mailbox.
@@ auto_reply left_company noreply f bare nop
Undeliverable: no longer with {co}
{sender} is no longer with {co}. This mailbox is not monitored. Please contact our HR team for anything relating to applications.
@@ auto_reply ooo_offer_word ooo f bare nop
Autoreply: away at careers fair
Thanks for your message! I'm at a careers fair this week and will reply on my return. Questions about offers or contracts can only be answered by HR.
@@ other interviewer_offer colleague i nop
Panel outcome - analyst hire
Thanks for sitting on the panel yesterday. Based on everyone's scores we're extending an offer to {cand} - could you call her tomorrow to share the news before HR sends the letter?
@@ other interviewer_accept candidate i bare nop
Re: Offer
Thank you so much for the offer! I'm thrilled to accept and can't wait to start working with you and the team.
@@ other newsletter_offer_regret board f nop
This week in jobs: top offers and a farewell
This week's top offers: 240 new roles in data, finance and engineering. Special offer: 30% off CareerPulse Premium until Sunday.

We regret to announce that our salary calculator is being retired.
@@ other job_alert board f nop
12 new jobs for you
12 new jobs match your alert "{role}". Top match: {role} at {co} (hybrid). Applications close {date1}.

Unsubscribe or change your alert settings at any time.
@@ other market_update agency i nop
Q4 market update
A short update on the market: hiring has slowed since September, more offers are conditional on budget sign-off, and counter-offers are common again. Unfortunately a few clients have paused roles until January. Shout if you want to chat about your plans.
@@ other withdrawal recruiter f nop
Re: Withdrawing my application
Thanks for letting us know that you've accepted another offer. We've withdrawn your application for {role} as requested. We regret losing you, but congratulations, and good luck in the new job!
@@ other survey ats f nop
How did we do?
You recently interviewed with {co}. We'd love to hear about your experience - the survey takes two minutes and is anonymous: {link}
@@ other event_invite hr f nop
You're invited: {co} open evening
Join us on {wd1} {date1} for our open evening: meet the team, hear about our graduate and experienced-hire programmes, and see what we offer.
"""

BANK += r"""
@@ rejection implied hr f
Your application - {role}
Thank you for the time you invested in our selection process for {role}.

After a lot of thought, {implied}. We know this will be disappointing and we are grateful for your interest in {co}.
@@ rejection implied recruiter i quote
Re: Checking in
Thanks for your patience, and sorry it took a while. {Implied}. You came across really well and I'd be glad to keep you in mind for future analytics roles.
@@ rejection implied manager f
Thank you
I wanted to write personally. We interviewed some very strong people, and {implied}. I enjoyed our conversation about forecasting and wish you the very best.
@@ rejection implied ats f nop
Regarding your application to {co}
Thank you for applying for {role}. We have reviewed your application and {implied}.

We encourage you to keep an eye on our careers page for future opportunities.
@@ rejection status_portal ats f nop
Update from {co} Careers
Hi {first}, your application status has been updated.

{role} - {status}

To see more, visit your dashboard: {link}
@@ rejection mobile_terse manager i bare mobile nop
Re: today
Hi {first}, sorry - we've decided on someone else. Thanks for coming in, really.
@@ rejection mobile_terse recruiter i bare mobile nop
update
no go on {co} I'm afraid, they went with the internal person. call you tmrw x
@@ rejection post_assessment manager i
Your presentation
Thank you for presenting your case study to us on Thursday. We've talked it through as a group and, although your insight on churn was sharp, we felt the recommendations weren't developed enough for the seniority of this role, so we won't be offering you the position.

{promise}
@@ rejection search_closed ats f nop
{role}: recruitment closed
The recruitment for {role} has been cancelled and the vacancy withdrawn. No appointment will be made, and all applications, including yours, have now been closed.
@@ rejection rescinded hr f nop
Change to your offer
I'm sorry to let you know that, because of {reason}, {co} has had to withdraw the offer of employment for the {role} role with immediate effect. We realise how disappointing this is, especially after you had accepted.
@@ rejection rescinded founder i nop
really sorry
I owe you a call and I'll ring tonight, but wanted you to have it in writing: our funding round fell through on Friday and I can't honour the offer we made. I'm so sorry. If anything changes you're the first person I call.
@@ rejection reply_rejection hr f bare reply nop
RE: Application status
Dear {first}, the position has now been filled; we will not be able to take your application further. Thank you for your patience.
@@ rejection typo_rejection manager i
Re: next steps?
Hi {first}, thanks for following up. Unfortunetly we will not be moving foward with your application - we went with someone with more insurance experience. Really apreciate your time.
@@ rejection warm_rejection recruiter f quote
Re: Thank you
Thank you for your lovely note. We were genuinely impressed by your portfolio and the way you explained your modelling choices. However, the team has decided to offer the role to a candidate with more experience in pricing, and that offer has been accepted.

I'd be very happy to stay in touch.
@@ offer casual_offer recruiter i
great news!
So the team loved you and they want you to join! I'll send the formal offer over once HR has drafted it, but wanted you to hear it from me first. Can you chat tomorrow morning about start dates?
@@ offer conditional_offer hr f
Conditional offer - {role}
We are pleased to make you a conditional offer for the post of {role}. The offer is subject to a satisfactory DBS check and confirmation of your qualifications. Your start date will be agreed once the checks are complete.
@@ offer welcome_aboard recruiter i
Welcome to the team!
Contract countersigned - welcome aboard officially! Your first day is {wd1} {date1}; Ana will meet you at reception at 9. Let me know your t-shirt size for the welcome pack.
@@ offer verbal_offer manager i quote
Re: Thank you!
Lovely to chat just now. As I said on the phone, we'd really like you to take the {role} job - I'm just waiting on HR to put the numbers in writing. Welcome (almost) aboard!
@@ offer founder_phone founder i bare mobile
offer
hey! spoke to my cofounder, we want to make you an offer. 60k + options. can we do a quick call tonight? so excited
@@ next_step offer_slot recruiter i
Final round
The team would like to offer you a final-round slot - either {wd1} {date1} at 11:00 or the following Monday at 15:00. Which works better?
@@ next_step offer_call founder i
Coffee?
Loved your application. Could I offer you a 20-minute video call this week to tell you more about what we're building? No prep needed.
@@ next_step stage_passed ats f
Moving forward: {role}
Congratulations - you've been selected for the next stage of our process for {role}. Use the link below to book your technical interview with the analytics team.

{link}

{promise}
@@ next_step trial_day founder i
trial day?
Would you be up for a paid trial day with us on {wd1}? You'd pair with Dev on a real dashboard and meet everyone over lunch.
@@ pending waitlist_offer_other hr f
Your application - {role}
Thank you for attending the final interview. The panel has offered the post to another candidate, but you were ranked a close second and we would like to keep your application open while that offer is being considered.

{promise}
@@ pending still_reviewing manager i quote
Re: Following up
Thanks for the nudge! Nothing decided yet - we're finishing the last couple of interviews this week.

{promise}
@@ pending on_hold recruiter i
{role} update
Quick heads-up: the {role} role is paused while the new CFO reviews headcount. Nothing has been decided about your application - you're still very much in the running.

{promise}
@@ pending delay hr f
Timeline update
We regret that our decision on the {role} vacancy has been delayed. Unfortunately, one of the panel members has been unwell, and we want every candidate to be assessed fairly.

{promise}
@@ acknowledgement received ats f
{co}: application received
Hi {first}, thanks for your application for {role}. This email confirms that we've received it - you don't need to do anything else for now.

{promise}
@@ acknowledgement received_docs recruiter i
Re: right to work documents
Thanks {first}, got your passport scan and the degree certificate. All filed.

{promise}
@@ auto_reply ooo_offer_word ooo f bare nop
Out of Office: Re: {role}
I'm on annual leave with no access to email until {date1}. If your message is about an offer or a contract, please contact the People team.
@@ auto_reply auto_noreply noreply f bare nop
Do not reply to this address
This is an automated mailbox and replies are not monitored. To update your application, please sign in to our careers site.
@@ other interviewer_offer colleague i nop
Re: {cand} - decision
We're going ahead with {cand}. Can you extend the offer verbally today? HR will follow with the written offer once you've spoken to her. Unfortunately the other finalist will need a call too.
@@ other market_update recruiter i nop
Data jobs market - November
A quick round-up from my desk: analytics hiring picked up in November, offers are landing around 5-8% above last year, and unfortunately a few fintechs have paused. If you're open to a chat about what's out there, just reply.
@@ other newsletter_offer_regret board f nop
Your weekly career digest
Featured: 38 new roles in London with sign-on offers. Career tip: how to negotiate an offer. We regret that the live Q&A on Thursday has been cancelled.
@@ other survey hr f nop
Your feedback on our recruitment process
Whatever the outcome of your application, we'd value your view of our process. The survey has 6 questions: {link}
@@ other event_invite recruiter i nop
Meetup invite
We're hosting an analytics meetup at our office on {wd1} {date1} - talks, pizza, and the chance to meet the team. Fancy coming along?
"""

BANK += r"""
@@ rejection reply_rejection recruiter i bare reply nop
Re: Quick check-in
Sorry {first}, should have come back sooner - they've offered it to the other finalist and she's accepted. Really sorry.
@@ rejection reapply ats f nop
An update on your application
Thank you for your interest in {role}. After careful review, {implied}. You may re-apply for this role in 6 months, and we'd be happy to see your application for any other vacancy in the meantime.
@@ rejection mobile_terse founder i bare mobile nop
Re: Thursday
not gonna happen this time unfortunatly - we hired someone with more retail exp. keep in touch? 🙏
@@ offer formal_offer hr f
Your offer from {co}
Following your interviews, we are delighted to offer you the position of {role} on a permanent contract, with a salary of £58,500 and a start date of {wd1} {date1}. Please let us know whether you accept the offer within five working days of this email.
@@ offer typo_offer manager i bare mobile
Re: decision
we'd love to ofer you the role!! HR sending details today. congrats {first}
@@ other interviewer_offer colleague f nop
Hiring decision - {role}
Following the panel this morning, the hiring committee has approved extending an offer to {cand} for the {role} vacancy. As hiring manager, please send me the start date you'd like so I can prepare the offer letter. The unsuccessful candidates will be told on Monday.
@@ pending pending_offer_stage hr f
Your application - next update
We're at the final approval stage and are not yet able to make an offer. No decision has been taken on your application.

{promise}
@@ acknowledgement ack_offer_word hr f
Thank you for your application
We confirm receipt of your application for {role}. Please note that an acknowledgement is not an offer of interview or employment.

{promise}
"""
