# ruff: noqa: E501
"""holdout11 English bank: whole-message templates written for Kwame Mensah's job search.

Header `@@ <label> <trap> <sender> [q=<quote>]`, then `Subject:` and the body. Slots: {name} the candidate's
first name, {me} the sender's first name, {company}, {role}, {P} a promise (dated or vague), {slot} an interview
or visit day, {due} a task due day, {dl} an acceptance deadline, {back} a return-from-leave day.
"""

BANK = r"""
@@ rejection warm_rejection manager
Subject: Re: Maintenance interview - {role}
Hi {name},

Thanks again for coming over to the plant room on Tuesday. Honestly the lads were impressed with how you talked through the fault-finding on the MCC panel, and your 18th Edition and inspection & testing tickets are exactly what we look for.

However, we've decided to go with someone who has already run a CAFM system day to day, and I didn't want to leave you hanging. It was a close one.

All the best with the move into planning - you'll get there.

{me}
@@ rejection talent_pool ats
Subject: Your application for {role} at {company}
Dear {name},

Thank you for your interest in the {role} position and for the time you invested in the process.

After careful consideration, we will not be progressing your application on this occasion. We received a very high number of applications from strong candidates.

With your permission we would like to keep your details in our talent community for 12 months, so that we can contact you if a suitable maintenance or facilities vacancy comes up. You can withdraw this consent at any time from your candidate profile.

Kind regards,
Talent Acquisition Team
{company}
@@ rejection no_interview ats
Subject: {company}: update on your application
Hello {name},

Thank you for applying for {role}. We have now reviewed all applications against the shortlisting criteria in the person specification.

We regret that we are unable to offer you an interview for this post. The panel shortlisted candidates who demonstrated current experience of statutory compliance (L8, fire alarm and emergency lighting) in an acute healthcare setting.

If you would like feedback on your supporting statement, reply to this email within 14 days.

Recruitment Services
@@ rejection rescinded hr
Subject: Offer of employment - {role}
Dear {name},

I am writing further to our offer letter of last week for the post of {role}.

Unfortunately the client contract that this role was created to support has not been renewed, and the business has put a freeze on all new starters at the site with immediate effect. I'm very sorry to say that we have to withdraw the conditional offer made to you.

I appreciate this is disappointing news, particularly as you had started to plan your notice period. If you'd like to talk it through, please call me on 0113 496 0718.

Yours sincerely,
{me}
People Team
@@ rejection filled agency
Subject: re the planner role
hi {name} - quick one, the client has filled the planner job internally unfortunately, they moved one of their own shift engineers across. gutted as you were top of my list. ill keep an eye out for anything else near Leeds/Wakefield, ping me if you see anything you like on our site

{me}
@@ rejection reply_rejection manager q=thanks
Subject: Re: Thank you - {role} interview
Hi {name},

Appreciate the note. I'm sorry to say we've offered the job to another candidate, who accepted yesterday. Your trade test was solid, the gap for us was the PPM scheduling side.

Good luck,
{me}
@@ rejection public_formal public
Subject: Outcome of interview - Ref {ref}
Dear Mr Mensah

Post: {role}
Reference: {ref}

Thank you for attending the interview and practical assessment on {slot_past}.

The panel scored all candidates against the published criteria. I am sorry to inform you that you were not successful on this occasion. Your total score was 61 out of 100; the appointed candidate scored 74.

Detailed written feedback on each question will be sent to you {P}.

Thank you for your interest in working for {company}.

Yours sincerely

{me}
HR Business Partner, on behalf of the interview panel
@@ rejection final_round_feedback recruiter
Subject: {company} - final stage outcome
Hi {name},

I hope your week's going ok. I've had the decision back from the final round with the Head of Estates.

They really valued your hands-on background, especially the HV switching awareness and the way you handled the scenario about a chiller failing on a Friday night. In the end they've gone with a candidate who has managed a team of planners before, so it's a no this time around.

Feedback in a nutshell:
- strong technically, no concerns at all there
- wanted more examples of working with contractors' RAMS and permits
- suggested getting IOSH Managing Safely if you can

Happy to jump on a call if that helps.

Cheers,
{me}
@@ rejection not_progressing ats
Subject: Thank you for applying
Hi {name},

Thanks for taking the time to apply to {company}. We've reviewed your profile for {role} and, while your electrical background is impressive, we've decided to move forward with other candidates whose experience more closely matches the requirements of the shift rota and BMS work.

We'd encourage you to keep an eye on our careers page and apply again for future roles.

The {company} Recruiting Team
@@ rejection slack_terse founder
Subject: re: electrician/ops role
Hey {name}, sorry for the slow reply. we're not going to move ahead - ended up hiring a guy who's already done data hall fit-outs with us as a sub. really appreciated you coming in. {me}
@@ rejection reapply hr
Subject: Your application - {role}
Dear {name},

Thank you for completing the online trade test for {role}.

Unfortunately your score did not meet the pass mark required to progress to the practical assessment, so we will not be taking your application further.

You are welcome to reapply for roles at {company} after six months have passed. Applications made before then will be withdrawn automatically.

Kind regards
Resourcing Team
@@ offer formal_offer hr
Subject: Offer of employment: {role}
Dear {name},

Following your recent interview, I am delighted to offer you the position of {role} with {company}.

The main terms are:
- Salary: £38,450 per annum plus £2,100 standby allowance (1 in 5 call-out rota)
- Hours: 40 per week, Monday to Friday, 07:30 to 16:00
- Holidays: 25 days plus bank holidays
- Van and fuel card provided

This offer is conditional on satisfactory references and sight of your 18th Edition and 2391 certificates. Your full contract is attached to follow by post.

Please confirm whether you accept by {dl}.

Yours sincerely,
{me}
HR Manager
@@ offer casual_offer founder
Subject: good news
{name}!! we'd love to have you on the team. everyone who met you on Thursday was a yes. i'll get the paperwork over to you this week - can you start on the 4th? shout if you've got questions about the van or the on-call money.

{me}
@@ offer verbal_offer recruiter
Subject: {company} - great news
Hi {name},

Just tried ringing you - I've had a verbal offer through from {company} for {role}! They've come in at £41k basic plus shift allowance, which is above what we discussed.

Nothing in writing yet; their HR will send the contract once the DBS is back, but they want you. Give me a bell when you've finished your shift and we'll go through it.

{me}
@@ offer offer_references public
Subject: Conditional offer of appointment - {ref}
Dear Mr Mensah,

Post: {role}, Band 5
Reference: {ref}

I am pleased to confirm that the panel would like to offer you the above post, subject to the following pre-employment checks:
- two satisfactory references, one from your current employer
- an enhanced DBS disclosure
- occupational health clearance
- verification of your right to work and qualifications

Your starting salary will be at the first point of Band 5 of Agenda for Change. Once all checks are complete, the Recruitment team will agree a start date with you.

Please log in to the portal to accept this conditional offer within 10 working days.

Kind regards,
{me}
Recruitment Officer
@@ offer offer_unfortunately manager q=follow
Subject: Re: Following up - {role}
Hi {name},

Sorry, I should have got back to you sooner - unfortunately I've been off sick most of the week. Good news though: we'd like to offer you the job. HR are drawing up the contract now and will email it over.

Speak soon,
{me}
@@ offer agency_offer agency
Subject: OFFER!! {role}
{name} mate, they want you!! client has offered £19.50/hr days, £26 nights, 12 week contract with view to perm. start Monday if your CSCS is in date. text me a yes and ill confirm it with them

{me}
@@ next_step reschedule_unfortunately manager
Subject: Site visit - change of time
Hi {name},

Unfortunately we've had a major PPM shutdown moved into next week, so I can't do the site walk-round on the original day. Could we move it to {slot} at 10:00 instead? Same place, main reception at the plant building. Bring safety boots and hi-vis.

Apologies for the shuffle.

{me}
@@ next_step trade_test recruiter
Subject: {role} - practical assessment
Hi {name},

Good news, you've been shortlisted for the practical stage. This is a 2-hour trade test at our training centre on {slot}:
- safe isolation and proving dead
- fault finding on a three-phase motor circuit
- a short written exercise on scheduling a week of PPMs

Please bring photo ID and your 18th Edition certificate. We'll confirm the shortlist for final interviews {P}.

Thanks,
{me}
@@ next_step availability ats
Subject: Next steps for {role}
Hi {name},

Thanks for your application to {company}. We'd like to invite you to a 30-minute video interview with the Facilities Manager.

Please use the link below to choose a time that suits you. Slots are available over the next two weeks.

Select a time

The {company} Talent Team
@@ next_step dbs_check hr
Subject: Pre-interview checks - {role}
Dear {name},

As you progress to the final interview, we need to carry out a basic DBS check and confirm your shift availability before we can confirm your slot.

Could you answer these two questions by reply:
1. Can you work a 4-on 4-off pattern including nights?
2. Are you able to join the out-of-hours call-out rota (1 week in 6)?

Please also complete the DBS form at the link in your candidate account by {due}. We'll be in touch with your interview time {P}.

Regards,
{me}
@@ next_step assessment ats
Subject: Complete your online assessment
Hi {name},

The next stage of your application for {role} is a short online assessment (roughly 40 minutes) covering basic electrical theory, health and safety and maintenance scheduling.

Please complete it by {due}. If you need any adjustments, reply to this email.

Best regards,
{company} Recruitment
@@ next_step panel_invite public
Subject: Invitation to interview - {ref}
Dear Mr Mensah

Post: {role}
Reference: {ref}

I am pleased to invite you to interview on {slot}. The panel will be the Estates Operations Manager, the Compliance Lead and a representative from HR. The interview will last 45 minutes and will include a 10-minute presentation on "How would you plan planned maintenance for a 600-bed site?"

Please confirm your attendance by reply.

Yours sincerely
Recruitment Team
@@ next_step stage_passed recruiter q=thanks
Subject: Re: thanks for today
Hi {name}, cheers for that. Feedback from Tariq was really positive and they want you back for a second chat with the Operations Director, ideally {slot}. Let me know what times you can do.
{me}
@@ pending still_reviewing recruiter
Subject: Re: {role} - update
Hi {name},

Just a quick update - the client is still interviewing and won't make any decisions until all candidates have been seen. I'll let you know {P}.

Thanks for your patience,
{me}
@@ pending on_hold hr
Subject: {role} - recruitment paused
Dear {name},

I wanted to let you know that recruitment for the {role} role has been temporarily put on hold while we review our maintenance budget for next year.

Your application has not been rejected and remains active. We expect to be able to update you {P}.

Kind regards,
{me}
@@ pending waitlist public
Subject: Interview outcome - reserve list
Dear Mr Mensah,

Thank you for attending the interview for {role}.

The panel was pleased with your performance. Although you were not the top scoring candidate, you scored above the appointable threshold and have been placed on the reserve list. If the preferred candidate does not take up the post or the checks are not successful, we will contact you.

We expect to know {P}.

Regards,
Recruitment Services
@@ pending delay manager
Subject: Still here!
Hi {name},

Apologies for the radio silence. Two of the panel have been tied up with the sprinkler failure at the library and we haven't been able to sit down and compare notes. I haven't forgotten you.

You'll hear from me {P}.

{me}
@@ pending pending_unfortunately recruiter q=follow
Subject: Re: {role}
Hi {name},

Unfortunately there's no news yet - the hiring manager is on leave this week. As soon as he's back they'll finalise the decision, and I'll update you {P}.

{me}
@@ pending pending_offer_word hr
Subject: Update on your application - {role}
Dear {name},

Thank you for attending the interview. We are in the final stages of reference checks for another candidate to whom we have made an offer; until those checks are complete we are not able to close the process, and your application remains under consideration.

We will write to you again {P}.

Kind regards,
People Services
@@ pending another_offer_quote recruiter q=another
Subject: Re: Decision timing
Hi {name},

Thanks for letting me know about the other offer, really helpful. I've pushed the hiring team and they're comparing the final two this week. I'll come back to you {P}.

{me}
@@ acknowledgement received ats
Subject: Thank you for your application to {company}
Dear {name},

Thank you for applying for {role}. This is to confirm that we have received your application.

Our team will review your details and contact you {P} if your experience matches what we need.

Best wishes,
Talent Acquisition
@@ acknowledgement received_docs hr
Subject: RE: Certificates for {role}
Hi {name},

Thanks for sending copies of your 2391, 18th Edition and ECS card - all received and added to your file.

I'll let you know {P} whether the hiring manager wants to move forward.

Kind regards,
{me}
@@ acknowledgement received_agency agency
Subject: Your CV - {company}
Hi {name},

Thanks for registering with {company}. I've had a look through your CV and I'm going to send it over to a couple of clients who need maintenance planners.

I'll be in touch {P} once they've had a look. Keep your phone on!

{me}
Senior Consultant - Engineering & Technical
@@ acknowledgement ack_unfortunately ats
Subject: Application received - {role}
Hi {name},

We've got your application for {role}. Thanks!

Unfortunately we aren't able to reply to every applicant individually due to the volume we receive, but every application is read by a member of our facilities team. If you've been shortlisted, you'll hear from us {P}.

{company} Careers
@@ acknowledgement ack_offer_word ats
Subject: We received your application
Hello {name},

Your application for {role} has been received. At {company} we offer a range of benefits including a pension, cycle to work scheme and free parking, and we'll tell you more about these as your application progresses.

Next steps: once the advert closes, our recruiters will review every application.

Regards,
{company} Recruitment
@@ acknowledgement received_casual manager q=thanks
Subject: Re: {role}
got it thanks {name}, will have a read over the weekend.
{me}
@@ auto_reply out_of_office ooo
Subject: Automatic reply: {role} application
Thank you for your email.

I am out of the office on annual leave, returning on {back}. I will have limited access to email.

For urgent recruitment queries please contact resourcing@{domain}.

Many thanks
{me}
@@ auto_reply ooo_offer_word ooo
Subject: Out of Office: RE: {role}
Hi, I'm on site visits all week and won't be checking email until {back}. If you're responding to a job offer or need an urgent reply about your contract, please call the office on 0161 496 0402 and one of the team will help.

Thanks, {me}
@@ auto_reply auto_noreply noreply
Subject: Do not reply to this email
This mailbox is not monitored. Messages sent to this address will not be read or answered.

If you have a question about your application, please log in to your candidate account.

{company}
@@ other withdrawal_confirm ats
Subject: Your application has been withdrawn
Hi {name},

This is to confirm that you've withdrawn your application for {role}. We're sorry to see you go, and wish you all the best.

If you change your mind, you're welcome to apply again at any time.

The {company} Recruiting Team
@@ other job_alert_offer board
Subject: 7 new Facilities jobs near Leeds
Hi {name},

Here are new jobs matching your alert "maintenance planner":

- Maintenance Planner - Wakefield - £36k - closing {due}
- Facilities Coordinator - Bradford - £29k - offers hybrid working
- Building Services Engineer - Leeds - £42k + van - immediate start

Employers are making offers fast this month - apply early.

Manage your alerts | Unsubscribe
@@ other newsletter_regret board
Subject: Your weekly FM careers digest
Hi {name},

This week on the blog: "We regret to inform you": how to handle a rejection and keep your pipeline moving. Plus: is the 18th Edition amendment 3 worth the cost?, and what an estates planner actually does all day.

Featured employers are offering sign-on bonuses for data-centre techs in Manchester.

You are receiving this because you subscribed to FM Careers Weekly.
@@ other interviewer colleague
Subject: Apprentice interviews Thursday
Hi {name},

Can you sit on the panel for the two electrical apprentices on Thursday afternoon? You'd be doing the practical bit - wiring a socket radial and a quick safe isolation. We need to decide by Friday which one we offer the place to, so please have your score sheets back to me straight after.

Thanks,
{me}
Maintenance Manager
@@ other interviewer_offer colleague
Subject: Re: apprentice - Jake
{name}, HR have agreed we can offer Jake the Level 3 apprenticeship, thanks for the write-up. Could you let him know informally before the letter goes out? I'll do the unsuccessful one.
{me}
@@ other survey noreply
Subject: How was your interview experience?
Hi {name},

You recently interviewed with {company}. We'd love to hear about your candidate experience - the survey takes 2 minutes and your answers are anonymous.

Take the survey

Thank you!
@@ other account ats
Subject: Confirm your email address
Hi {name},

Welcome to the {company} careers site. Please confirm your email address to finish creating your candidate account.

Confirm email

If you didn't create this account, you can ignore this message.
"""
