"""holdout10 English bank: whole-message templates and the English phrasings around them.

Given nothing, `bank()` returns the English LangBank. Template format: `@@ label trap sender [q=quote] [x=hints]`,
then `S: subject` and the body; [[a|b]] picks one, {slot} is filled, <<...{when}...>> is the optional promise.
"""

from __future__ import annotations

from holdout10_core import LangBank, parse_templates
from holdout10_en2 import TEMPLATES_2

TEMPLATES = r"""
@@ rejection warm_rejection hr
S: [[Your application|Update on your application]] – {role}
Dear {first},

Thank you for the time you gave us over the last few weeks, and for the sample lesson on reaction rates – \
[[the panel is still talking about the baking-soda volcano|several of us said it was the best-structured \
session we saw]].

We were genuinely impressed by how you translate classroom practice into adult learning. However, after a lot of \
discussion we have decided to move forward with a candidate whose background in corporate onboarding is a closer \
match for what the team needs over the next year.

I know this isn't the news you were hoping for. [[If it would help, I'm happy to share some notes from the \
panel.|Please do keep an eye on our careers page.]]

{sig}

@@ rejection talent_pool ats
S: {company}: your application for {role}
Hi {first},

Thanks again for your interest in {company} and for applying for the {role} position.

We've now reviewed all applications and, [[although your profile stood out|while we enjoyed reading about \
your work]], we won't be progressing your application on this occasion.

With your permission we'd like to keep your details in our talent community for 12 months, so we can reach out \
if a role that fits your experience opens up. You don't need to do anything – if you'd prefer we delete your \
data, just reply to this email.

All the best with your search,
The {company} Talent Team

@@ rejection no_interview ats
S: Regarding your application to {company}
Dear {first},

Thank you for applying for {role} (Req. {ref}). We have carefully reviewed your application against the \
requirements of the position.

After careful consideration we are unable to offer you an interview at this time. [[The volume of \
applications was very high and the decision was difficult.|We received a large number of strong applications.]]

We encourage you to view other opportunities on our careers site and wish you every success.

Sincerely,
{company} Recruitment

@@ rejection rescinded manager
S: [[About the offer|Difficult news about the L&D role|Sorry, Ines]]
Hi {first},

I'm really sorry to be writing this, and I wanted you to hear it from me rather than from HR.

On Monday our board decided to freeze all new headcount until the funding round closes. That includes the {role} \
position, which means we have to withdraw the offer we made you last week. I pushed hard for an exception and \
didn't get one.

I know you may have turned other things down for this. If there is anything I can do – a reference, an intro to \
people I know in the EdTech scene – please ask. I mean it.

{sig}

@@ rejection filled recruiter
S: RE: {role}
Hi {first},

quick update – the {role} vacancy has now been filled, so I'm closing your application. Thanks for your patience \
with us, and sorry it wasn't better news.

{sig}

@@ rejection reapply ats
S: Your {company} application
Hello {first},

Thanks for taking the time to apply for {role}. We've decided not to move forward with your candidacy for this role.

[[Our hiring needs change often|New roles open up every quarter]], and you're welcome to re-apply for future openings \
after six months from today. We'll keep your profile on file until then.

Kind regards,
Recruiting at {company}

@@ rejection reply_rejection manager q=thanks
S: Re: Thank you – {role}
{first}, thanks for this – [[it was a pleasure|genuinely enjoyed it]] on our side too.

I'm afraid I have to tell you that we went with another candidate. It was close, honestly, and it came down to \
experience with authoring tools rather than anything in how you came across.

Good luck – I'm sure you'll land somewhere great.
{me}

@@ rejection public_formal public
S: Appointment process: {role} (Ref. {ref})
Dear Ms Achterberg,

I write on behalf of the Selection Board for the above post.

The Board has now completed its assessment of all candidates interviewed. I regret to inform you that on this \
occasion you have not been recommended for appointment. The Board has asked me to thank you for the interest you \
have shown in the University and in the work of the Centre for Continuing Education.

Candidates may request feedback in writing within 14 days of the date of this letter.

Yours sincerely,

{sig}

@@ rejection agency_rejection agency
S: {company} – feedback
Hi {first},

Just off the phone with {company}. They've decided not to take you forward for the {role} role – they've gone \
with someone internal who already knows their LMS inside out. Annoying, because they liked you!

Don't let it knock you – I've got two more L&D briefs landing this week and I'll call you about them.

{sig}

@@ rejection final_round_feedback manager x=fwd
S: Following up – final round
Hi {first},

Thank you for coming in for the final round and for the portfolio walk-through. We've made a decision, and \
unfortunately it isn't the one you were hoping for: we've offered the position to another candidate and she \
has accepted.

You asked for detailed feedback, which I think you've earned. <<I'll send you the panel's written notes {when}.>>

{sig}

@@ rejection slack_terse founder
S: re: instructional design role
hey {first} – [[bad news i'm afraid|not the news you want, sorry]]. we're going with someone who's already \
built courses in articulate, we just don't have the runway to train anyone up rn.

you were great in the demo tho and the kids-to-adults pitch was really sharp. keep in touch?

{me}

@@ rejection status_portal ats
S: Application status update – {role}
Dear {first},

The status of your application has changed.

Position: {role}
Requisition: {ref}
Status: Not selected – position filled

Thank you for your interest in careers at {company}. You can review your other applications at any time in \
the candidate portal.

@@ rejection rejection_offer_word hr
S: {role} – outcome
Hello {first},

Thank you for taking part in the assessment day. We wanted to let you know that we have now extended an offer to \
another candidate, who has accepted it, so we will not be taking your application further.

We appreciate the preparation you put into the case study and wish you well.

{sig}

@@ rejection post_assessment recruiter
S: Your microlearning task
Hi {first},

thanks for sending over the microlearning module – [[clean storyboard|lovely storyboard]], and the quiz \
logic worked first time.

Having reviewed all the submissions with the hiring manager, we've decided not to invite you to the next stage. \
The shortlisted candidates had more hands-on experience with SCORM packaging, which is a big part of this role.

Thanks again for the effort you put in.

{sig}

@@ offer formal_offer hr x=pdf
S: Offer of employment – {role}
Dear {first},

Following your recent interviews, I am delighted to offer you the position of {role} at {company}, reporting to {hm}.

The main terms are:
- Start date: {start}
- Salary: {salary} per annum
- Hybrid working, two days a week in the {city} office
- 27 days' annual leave plus public holidays

Your offer letter and contract are attached. Please return the signed copies by {accept_by} if you are happy \
to accept; \
do call me if anything is unclear.

We're very much looking forward to welcoming you.

{sig}

@@ offer casual_offer founder
S: so…
{first}!

we'd love to have you join us. Honestly it was a quick decision once Maeve saw your lesson plan for the onboarding \
module. Can we jump on a call tomorrow to talk numbers and a start date? January would be perfect for us but \
we can be flexible.

{me}

@@ offer verbal_offer recruiter
S: Great news re {company}
Hi {first},

great news – the team would like to make you an offer for the {role} role! I'm sorting out the paperwork with HR \
now, so the written offer will follow, but I wanted you to know today.

Are you free for a quick call at 4 to go through salary and benefits?

{sig}

@@ offer offer_references hr
S: {role} – conditional offer
Dear {first},

I am pleased to confirm that we would like to offer you the role of {role}. The offer is conditional on two \
satisfactory references and on your Garda vetting clearance coming through, which we'll start once you say yes.

Could you let me know your referees' details when you have a moment? A contract will follow.

{sig}

@@ offer offer_unfortunately manager x=fwd
S: Our call on Thursday
Hi {first},

Unfortunately I can't make our call on Thursday after all – board meeting moved – so I'll just put it in writing \
instead of waiting: we'd like to offer you the {role} job!

HR will send the formal paperwork this week. Salary is as discussed, {salary}. Any questions, grab me on my mobile.

{sig}

@@ offer welcome_aboard ats
S: Your offer from {company} is ready
Hi {first},

Congratulations! {company} has sent you an offer for the position of {role}.

Review and e-sign your offer letter in the candidate portal. The offer expires on {accept_by}.

Welcome aboard – we can't wait to see what you build with us.

@@ offer public_offer public x=pdf
S: Appointment – {role}
Dear Ms Achterberg,

I am pleased to inform you that, following the recommendation of the Selection Board, the University wishes to \
offer you appointment to the post of {role} on a fixed-term contract of 24 months, at point 3 of the Administrative \
Grade IV salary scale ({salary}).

The offer is subject to receipt of satisfactory references and a medical declaration. The formal letter of offer is \
attached; please confirm your acceptance in writing by {accept_by}.

Yours sincerely,

{sig}

@@ offer agency_offer agency
S: OFFER!! {company}
{first} – they want you!

{company} came back an hour ago with an offer for the {role} role: {salary} base, 25 days' leave, remote-first with a \
trip to {city} once a quarter. I think there's a bit of room on the base if you want me to push.

Ring me when you're out of class?

{sig}

@@ next_step reschedule manager x=fwd
S: Need to move our interview
Hi {first},

Unfortunately something has come up with a client on the day we'd planned – sorry! Could we move your interview to \
{slot} instead? Same format: 45 minutes with me and our learning technologist.

If that doesn't work just send me two or three times that do.

{sig}

@@ next_step assessment recruiter
S: Next stage – {role}
Hi {first},

Thanks for the conversation on Tuesday; the team would like to take you to the next stage.

The next step is a short practical task: design a 10-minute microlearning unit on a topic of your choice for adult \
learners (storyboard plus one built screen is fine). Please send it back by {due}. We'll then set up a 30-minute \
call to walk through it.

Shout if you have questions.

{sig}

@@ next_step teaching_demo hr x=invite
S: Invitation: teaching demonstration – {role}
Dear {first},

Thank you for your application. We are pleased to invite you to the second stage of selection, which consists of \
a 15-minute teaching demonstration followed by a panel interview.

Date and time: {slot}
Location: online (link in the calendar invitation)

For the demonstration, please prepare a session for adult learners returning to study. The panel will play the learners.

{sig}

@@ next_step availability ats
S: Schedule your interview with {company}
Hi {first},

{hm} would like to invite you to the next interview for {role}! Please pick a time that works for you using the \
link below. Slots are 45 minutes.

If none of the times work, reply to this email and we'll find another.

Thanks,
{company} Recruiting

@@ next_step portfolio_review manager x=fwd
S: Portfolio review?
Hi {first},

really enjoyed our chat. Next I'd like you to meet Ana, our Head of Learning, and walk her through two or three \
pieces from your portfolio – ideally one thing you built for adults. It's relaxed, about 40 minutes.

Could you send me a few times that suit next week?

{sig}

@@ next_step stage_passed recruiter
S: Final round – {role}
Hi {first},

good news – you're through to the final round! It'll be a panel with the COO and two people from the learning team.

I'm lining up diaries at the moment<< and will come back to you with the date {when}>>.

{sig}

@@ next_step stage_passed ats
S: You're moving forward – {role}
Hi {first},

Congratulations! Following your first conversation with {hm}, we'd like to invite you to the next stage: a \
60-minute panel interview including a short presentation.

<<Our recruiting coordinator will reach out {when} to find a time.>>

Best,
The {company} Recruiting Team

@@ next_step references hr
S: References
Dear {first},

As we move towards the final stage for the {role} post, could you please send us the names and contact details of \
two referees, one of whom should be your current principal or head of department?

We won't contact anyone without telling you first.<< We hope to make a final decision {when}.>>

{sig}

@@ next_step offer_interview recruiter
S: Interview – {role}
Hi {first},

Thanks for your application! We'd like to offer you a first interview with the hiring manager. Would {slot} work?

It's on Teams, 30 minutes. Nothing to prepare beyond a think about why you want to move from the classroom into L&D.

{sig}

"""

TEMPLATES += TEMPLATES_2

PROMISES = {
    "days": ["within {n} days", "in the next {n} days"],
    "bdays": ["within {n} business days", "in {n} working days", "within {n} working days"],
    "weeks": ["within {n} weeks", "in the next {n} weeks"],
    "wd": ["by {wd}", "by {wd} at the latest", "no later than {wd}"],
    "eow": ["by the end of this week", "before the end of the week"],
    "eonw": ["by the end of next week", "by end of next week"],
    "eom": ["by the end of the month", "before the end of this month"],
    "month": ["by the end of {month}", "before the end of {month}"],
    "explicit": ["by {date}", "no later than {date}", "on or before {date}"],
    "tomorrow": ["tomorrow", "by tomorrow"],
}


def bank() -> LangBank:
    """Given nothing, returns the English bank."""
    return LangBank(
        code="en",
        templates=parse_templates(TEMPLATES.replace("\\\n", ""), "en"),
        promises=PROMISES,
        vague=["soon", "in the coming weeks", "as soon as we can", "shortly", "in due course"],
        weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"],
        numbers={2: "two", 3: "three", 5: "five", 7: "seven", 10: "ten", 14: "fourteen"},
        date_formats=["{d} {mon}", "{mon} {d}", "{wd} {d} {mon}", "{d} {mon} {y}", "{wd}, {mon} {d}"],
        quotes={
            "thanks": ("Thank you – {role}", "Hi {me},\n\nthank you for taking the time to meet me yesterday. I "
                       "really enjoyed hearing how the team runs onboarding for new branch staff, and it made me "
                       "even keener on the role.\n\nBest wishes,\nInes"),
            "followup": ("{role} – timeline", "Dear {me},\n\nI hope you're well. I wanted to ask whether there "
                         "is any news on the {role} position. I have received another offer and need to give them "
                         "an answer by Friday, but {company} is my first choice.\n\nKind regards,\nInes Achterberg"),
            "withdraw": ("Withdrawing my application", "Dear {me},\n\nthank you again for your time during the "
                         "process. I have accepted another position and would like to withdraw my application "
                         "for {role}.\n\nWarm regards,\nInes"),
        },
        disclaimers=[
            "This email and any attachments are confidential and intended solely for the addressee. Nothing in "
            "this email constitutes an offer of employment or a contract unless confirmed in a signed letter.",
            "If you have received this message in error, please notify the sender and delete it; we regret any "
            "inconvenience caused. Registered office as above.",
            "Unfortunately we cannot guarantee that email is free of viruses. Please consider the environment "
            "before printing.",
        ],
        people=["Siobhan Carey", "Declan Moran", "Aoife Brennan", "Rachel Kim", "Marcus Bell", "Priya Nair",
                "Tom Gallagher", "Hannah Reyes", "Colm Dwyer", "Jess Whitfield", "Owen Lacey", "Laura Chen"],
        roles=["Instructional Designer", "Learning Experience Designer", "L&D Specialist",
               "Curriculum Developer (Science)", "Learning Content Manager", "Corporate Trainer",
               "Learning Designer, Customer Academy", "Education Programme Coordinator"],
        signoffs=["Best,", "Kind regards,", "Thanks,", "Best wishes,", "Cheers,", "All the best,", "Warm regards,"],
        words={
            "gmail": "On {when}, {name} <{addr}> wrote:",
            "apple": "On {when}, {name} <{addr}> wrote:",
            "iphone": "Sent from my iPhone",
            "from": "From", "sent": "Sent", "to": "To", "subject": "Subject",
            "button": "View your application",
            "footer": "{company} is an equal opportunity employer. We offer reasonable accommodations throughout "
                      "the hiring process. Powered by {ats} · Privacy notice",
            "fwd": "---------- Forwarded message ---------",
            "team": "Talent Team",
        },
        lists={
            "hr": ["HR Business Partner", "People & Culture Advisor", "HR Officer"],
            "recruiter": ["Talent Acquisition Partner", "Senior Recruiter", "Recruitment Coordinator"],
            "manager": ["Head of Learning & Development", "Learning Design Lead", "Director of Education"],
            "founder": ["Co-founder & CEO", "Founder"],
            "agency": ["Senior Consultant, Learning & Talent", "Recruitment Consultant"],
            "public": ["Recruitment Office, Human Resources", "HR Executive Officer"],
            "colleague": ["Deputy Principal", "Head of Science"],
        },
    )
