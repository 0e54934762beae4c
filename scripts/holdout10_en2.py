"""holdout10 English bank, part two: pending, acknowledgement, auto-reply and other templates.

Given nothing, it defines TEMPLATES_2 in the format of holdout10_en.
"""

TEMPLATES_2 = r"""
@@ pending still_reviewing recruiter
S: Re: {role}
Hi {first},

thanks for checking in! We're still interviewing for this one – two more candidates to see – so no decision yet.

<<We expect to make a decision {when}, and I'll be in touch either way.>>

{sig}

@@ pending on_hold hr
S: {role} – update
Dear {first},

I'm writing to let you know that the {role} recruitment has been put on hold while our budget for next year is \
finalised. Your application remains active and we haven't made any decision.

<<We expect to know where we stand {when} and will contact you then.>>

{sig}

@@ pending waitlist public
S: Selection process – {role}
Dear Ms Achterberg,

Following interviews, the Selection Board has placed you on the panel of qualified candidates for the above post, \
in second place. The post has been offered to the first-placed candidate.

Should that candidate not accept, or should a further vacancy arise during the life of the panel (12 months), you \
will be contacted.<< The first-placed candidate has been asked to reply, and we expect to be able to tell you \
where things stand {when}.>>

{sig}

@@ pending delay manager x=fwd
S: Sorry for the silence
Hi {first},

apologies for going quiet on you. Half of the panel has been off with the flu and we haven't been able to sit down \
together to decide. You're very much still in the running.

<<I'll come back to you {when}.>>

{sig}

@@ pending pending_unfortunately hr
S: Your application – {role}
Dear {first},

Thank you for your patience. Unfortunately we are not yet able to give you a final answer – we had more strong \
candidates than expected at the final stage and the committee needs another round of discussion.

<<You will hear from us {when}.>>

{sig}

@@ pending pending_offer_word recruiter
S: Checking in
Hi {first},

just to keep you posted: we're not in a position to make any offers until our new L&D director starts and has \
seen the shortlist. You're on it.

<<She's promised a decision {when}.>>

{sig}

@@ pending another_offer_quote recruiter q=followup
S: Re: {role} – timeline
Hi {first},

thanks for being upfront about the other offer, really appreciate it. I've spoken to {hm}: you're one of two \
people left and they're finishing references on the other candidate.

<<We'll have an answer for you {when}.>> Sorry we can't be quicker.

{sig}

@@ pending still_reviewing ats
S: An update on your application
Hi {first},

We wanted to let you know that your application for {role} is still under review. The hiring team has had a \
high number of applications and is taking the time to look at each one properly.

<<We aim to update all candidates {when}.>>

Thanks for your patience,
{company} Talent Acquisition

@@ pending committee hr
S: {role} – where we are
Dear {first},

Thank you for your patience since the interview. The recommendation of the interview panel now has to be \
approved by our Learning Academy steering committee, which is why you haven't heard from us.

<<You will have our decision {when}.>> Please don't hesitate to contact me in the meantime.

{sig}

@@ acknowledgement received_agency agency
S: Re: CV – {role}
Hi {first},

thanks, got your updated CV and the portfolio link – much stronger with the onboarding project up front. \
I'll put you forward to {company} today<< and should have their feedback {when}>>.

{sig}

@@ acknowledgement received ats
S: Thank you for applying to {company}
Hi {first},

Thank you for your application for {role}. We've received it and our team will review it carefully.

<<We aim to get back to every applicant {when}.>> In the meantime, you can follow us on LinkedIn to learn more \
about life at {company}.

Best wishes,
The {company} Hiring Team

@@ acknowledgement received_docs hr
S: RE: documents
Hi {first},

thanks, we've received your teaching certificate, degree transcript and the signed data-protection form. That's \
everything we need for now.

<<The panel will review shortlisted files and we'll let you know the outcome {when}.>>

{sig}

@@ acknowledgement ack_unfortunately ats
S: Application received – {role}
Dear {first},

Thank you for applying. This message confirms that your application has been received.

Unfortunately, because of the number of applications we receive, we're not able to give individual feedback at \
the screening stage. If your experience matches the role, a member of our team will contact you<< {when}>>.

Kind regards,
{company} People Team

@@ acknowledgement ack_offer_word ats
S: We've got your application!
Hi {first},

Thanks for applying to be our {role}! Your application is safely with us.

A reminder of what we offer:
- A learning budget of €1,500 a year
- Four-day week trial from January
- A team that cares about good pedagogy

We'll be in touch<< {when}>> once the hiring team has had a look.

@@ acknowledgement received_casual founder
S: Re: hello from a chemistry teacher
thanks {first}, got it – CV and the lesson video both came through. I'll watch it this weekend<< and get back \
to you {when}>>.

{me}

@@ acknowledgement received_portal ats
S: Submission confirmation
Dear {first},

Your submission for {role} (Job ID {ref}) is complete. You can view the status of your application at any time \
by signing in to the careers portal.<< You can expect an update {when}.>>

This is an automated message. Please do not reply.

@@ auto_reply out_of_office ooo
S: Automatic reply: {role}
Thanks for your email. I'm out of the office until {ret} with very limited access to email.

For anything urgent about recruitment please contact careers@{domain}.

{me}

@@ auto_reply ooo_offer_word ooo
S: Out of Office: Re: {role}
Hello, I'm on annual leave and back on {ret}. For questions about offers, contracts or start dates please \
contact {hm} at people@{domain}; everything else will be answered when I'm back.

@@ auto_reply auto_noreply noreply
S: Re: {role}
This mailbox is not monitored. Replies to this address are not read.

To contact the recruitment team, please use the message function in your candidate account.

@@ auto_reply left_company ooo
S: Undeliverable: no longer with {company}
Thanks for your message. {me} is no longer with {company} and this mailbox is no longer monitored.

Please redirect recruitment enquiries to talent@{domain}.

@@ other job_alert board
S: [[7 new jobs for "instructional designer"|New: Learning Designer jobs in {city}]]
Hi {first}, here are new jobs matching your alert:

- Learning Experience Designer – Northbank Pharma, {city}. Offers hybrid working. Apply by {due}.
- Curriculum Developer (STEM) – Glasshouse Learning, remote. Competitive salary offered.
- Trainer, Customer Academy – Volta Freight, {city}.

Unsubscribe or change the frequency of these emails in your settings.

@@ other newsletter_regret board
S: The Staffroom Switch – issue 31
Hi {first},

This week: five teachers who moved into L&D tell us what they wish they'd known, and a template for turning a \
scheme of work into a training needs analysis.

A quick note: we regret that our December cohort of the Teacher-to-Trainer course is already full. The waiting list \
is open, and the January cohort has early-bird places on offer until {due}.

See you next week!

@@ other withdrawal recruiter q=withdraw
S: Re: Withdrawing my application
Hi {first},

thanks for letting me know, and congratulations on the new role – they're lucky to have you. I've withdrawn your \
application for {role}, so you won't hear from us about it again.

Keep in touch!

{sig}

@@ other interviewer colleague
S: Student teacher interviews on Thursday
Hi {first},

could you sit on the panel for the two trainee-teacher interviews on Thursday period 5? Chemistry and biology \
candidates. I've put their application forms in your pigeonhole.

We need to decide by Friday which one we take for spring, so I'll need your scores straight after.

Thanks a million,
{me}

@@ other interviewer_offer colleague
S: Intern placement – your assessment form
Hi {first},

thanks for mentoring Jonas this term. We'd like to offer him a second placement in the lab after Christmas; could \
you fill in the assessment form before we make it official? He mentioned you'd be giving him feedback on his \
practical lesson.

{me}

@@ other survey ats
S: How did we do? Tell us about your candidate experience
Hi {first},

You recently interviewed for a role at {company}. We'd be grateful if you could take two minutes to rate your \
experience.

Your answers are anonymous and don't affect your application in any way.

@@ other event_invite board
S: Invitation: From the classroom to corporate learning – live panel
Hi {first},

Join us on {slot} for a free online panel with three former teachers now working as learning designers at a bank, \
a car manufacturer and an EdTech scale-up. Bring your questions about portfolios, salary negotiation and job offers.

Save your seat – places are limited.

@@ other account ats
S: Confirm your email address
Hi {first},

Welcome to the {company} careers site. Please confirm your email address to finish creating your candidate account.

If you didn't create an account, you can ignore this email.
"""
