# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 second English bank: more offers, next steps, pending and acknowledgement mail, and lookalikes."""

BANK = """
@@ rejection implied recruiter
S: {company} - decision
Hi {first},

I've just come off the debrief. The hiring team felt another finalist was the stronger match for where {dept} is heading, and they've asked me to let you know they won't be progressing with you.

Genuinely sorry - you were a pleasure to work with.

{me}
@@ rejection implied hr
S: Thank you from {company}
Hello {first},

We appreciate your patience throughout the process. The position has now been filled, and we are closing the remaining applications.

Best regards,
{me}
@@ rejection implied manager
S: Re: {role} - thanks
{first}, thanks for coming in. Honest answer: we're looking for someone more senior for this one, so I don't see it going further. Keep in touch.

{me}
@@ rejection status_portal ats
S: Action required: none - application update
Dear {first},

There has been an update to your application (ID {req}). To view it, sign in to your candidate home. Status: Candidate withdrawn by employer - position filled.
@@ rejection search_closed manager
S: {role} - pausing the search
Hi {first},

We've made the call to stop the search for {role} altogether; the work is being absorbed by an existing team. That means the process is over for every candidate, including you. I'm sorry we took your time.

{me}
@@ rejection post_assessment manager
S: Your presentation
Hi {first},

Thanks for presenting to us on Tuesday. We've gone through the scores from the panel, and we'll be continuing only with the two candidates who scored highest, which doesn't include you this time.

{me}
@@ rejection rescinded hr
S: Important: your offer for {role}
Hi {first},

I'm afraid I have difficult news. The reference check did not meet the conditions in your offer letter, and as a result {company} is rescinding its offer of employment. Please don't resign from your current role on the basis of our letter.

{me}
@@ rejection typo_rejection manager
S: re: {role}
{first} - we've went with someone else unfortunatly. thank you for all the effort you put in.
@@ offer casual_offer recruiter
S: You did it!
Hi {first},

Just got off the phone with the team - they want you! Are you free for a quick call later so I can walk you through the package?

{me}
@@ offer conditional_offer hr
S: Provisional offer - {role}
Dear {first},

I'm pleased to let you know that we wish to offer you the role, conditional on approval by the Board of Directors on {due} and satisfactory right-to-work checks. Detailed terms will follow.

{me}
@@ offer paperwork_offer hr
S: Next: your paperwork
Hi {first},

Congratulations again! Your offer documents are now ready to e-sign in DocuSign. Once signed, we'll book your onboarding on {start}.

{me}
@@ offer verbal_offer manager
S: Re: chat today
Hi {first},

Great speaking earlier. To confirm what I said on the call: the role is yours if you want it. Formal letter on the way - take the weekend to think.

{me}
@@ offer welcome_aboard hr
S: Welcome to {company}
Dear {first},

Welcome aboard! We have received your signed offer letter. Your manager will send you a first-week plan before {start}.

{me}
@@ offer founder_phone founder
S: (no subject)
you're hired if you want it 🙂 call me when you see this. contract tmrw

Sent from my iPhone
@@ offer agency_offer agency
S: Offer from {company}!
Hi {first},

Fantastic news: {company} would like to offer you the {role} position. They're proposing the salary band we discussed plus relocation. They'd like an answer by {deadline}.

{me}
@@ next_step offer_slots hr
S: Scheduling your panel interview
Hi {first},

Unfortunately we had to cancel last week's panel. We can offer you two new times: {slot}, or the same time a day later. <<Following the panel we'll confirm next steps {P}.>>

{me}
@@ next_step offer_call founder
S: next chat?
hey {first}, would love to grab 30 min with you and our CTO {slot}. can offer a virtual coffee if that's easier
@@ next_step references recruiter
S: References - {role}
Hi {first},

The team would like to move you to the reference stage. Could you send two referees? <<We'd hope to wrap up {P}.>>

{me}
@@ next_step assessment hr
S: Case study brief
Hello {first},

Congratulations on progressing. Please find the case study brief attached; submit your slides by {due}. We offer a short Q&A call if anything is unclear.

{me}
@@ next_step stage_passed ats
S: You've moved to the next stage
Hi {first},

Good news: your application for {role} has moved to the interview stage. Use the link below to book a time that suits you.

{company} Recruiting
@@ pending waitlist_offer_other manager
S: honest update
{first},

We've extended an offer to another candidate, but it isn't signed. You're our runner-up and I'd genuinely be glad to hire you if it falls through. <<I'll know {P}.>>

{me}
@@ pending still_reviewing recruiter
S: Re: any news?
Hi {first}, not yet - the panel still has one interview to run. <<I'm told we'll have a decision {P}.>>

{me}
@@ pending delay hr
S: Timeline update - {role}
Dear {first},

Our selection process is taking longer than anticipated due to the number of applicants. Unfortunately this means a delay. <<We now expect to communicate decisions {P}.>>

{me}
@@ pending on_hold hr
S: {role} on hold
Dear {first},

The recruitment for {role} is temporarily on hold pending a headcount review. Your application remains active. <<We'll update you {P}.>>

{me}
@@ acknowledgement received_portal ats
S: Thanks for applying to {company}!
Hi {first},

We've got your application for {role}. You can follow its progress in your candidate portal. <<Our recruiters aim to review every application {P}.>>
@@ acknowledgement received_casual manager
S: Re: thank you
Thanks {first}, received - appreciate the thoughtful note. <<We'll share an update {P}.>>

{me}
@@ acknowledgement ack_unfortunately hr
S: Your message
Hi {first},

Thanks for your email. Unfortunately I'm not the right person for scheduling, but I've passed your message to the hiring team. <<They'll reply {P}.>>

{me}
@@ acknowledgement received_agency agency
S: Submitted to {company}
Hi {first},

Quick one - I've submitted your CV to {company} for the {role} role. <<They usually come back {P}.>>

{me}
@@ auto_reply left_company noreply
S: Undeliverable: {me} has left
{me} is no longer with {company}. Your email has not been forwarded. Please contact careers@{domain}.
@@ auto_reply out_of_office ooo
S: Away: re {role}
Hi, I'm travelling to a conference and back on {start}. I'll reply when I return. Unfortunately I have no access to email.
@@ other interviewer_offer colleague
S: Offer approval - {cand}
Hi {first},

Finance has approved the budget, so you can go ahead and extend the verbal offer to {cand} for the {role} opening. Let me know once they respond and I'll prepare the contract.

{me}
@@ other interviewer_offer colleague
S: Re: scorecards
{first}, the panel voted no on the second candidate, unfortunately. Do you want to make the offer to {cand} yourself or shall I?

{me}
@@ other newsletter_offer board
S: Exclusive offer for job seekers
Hi {first},

Limited-time offer: one month of premium for free. We regret to inform you that the free plan will change next month. See jobs matching "{role}".
@@ other market_update recruiter
S: How the market is looking
Hi {first},

Checking in with a general update rather than a specific role: hiring in {dept} is picking up again, although offers are slower to be signed off. Let me know if your situation has changed.

{me}
@@ other account ats
S: Verify your email
Hi {first}, please confirm your email address to finish creating your candidate account at {company}.
@@ other event_invite hr
S: Open house - {company}
Hi {first},

You're invited to our open house on {slot}. Meet the team, tour the office, and learn about the roles we currently offer.

{me}
"""
