"""holdout13, English offers and next steps: each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import FOLLOWUP_EN, LEGAL_UK, THANKS_EN, Msg


def en(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one English message returns its record."""
    return Msg(label, "en", trap, company, role, sender, subject, body, **kw)


OF = "offer"
N = "next_step"

MESSAGES: list[Msg] = [
    en(OF, "casual", "Loomwell", "People Operations Generalist",
       "Tom Achterberg <tom@loomwell.io>", "good news!",
       """Hannah!! We'd love to have you join us as our first People Ops Generalist. Everyone who met you
came back buzzing. I'll get the paperwork over tomorrow - can you jump on a quick call at 5 to talk
numbers?

Tom"""),
    en(OF, "verbal", "Northbridge Retail Group", "HR Business Partner",
       "Priya Raman <priya.raman@northbridgeretail.co.uk>", "Following our call",
       """Hi Hannah,

Lovely to speak just now and to hear how pleased you were! As discussed, this is just a quick note to
confirm that we've made you a verbal offer for the HR Business Partner (Stores South) role at
£46,500 plus car allowance.

The written offer and contract will follow from our HR Services team once the approval goes through
on their side. In the meantime, don't hand your notice in until you've got the paperwork.

Speak soon,
Priya
""" + LEGAL_UK),
    en(OF, "conditional_references", "Kestrel Logistics", "People Advisor",
       "Rachel Evans <rachel.evans@kestrel-logistics.com>", "Conditional offer of employment - People Advisor",
       """Dear Hannah,

Following your recent interview, I am delighted to offer you the position of People Advisor at our
Trafford Park site, subject to the receipt of two satisfactory references and proof of your right to
work in the UK.

Salary: £34,000 per annum
Hours: 37.5 per week, Monday to Friday, with some flexibility
Start date: to be agreed, provisionally 5 January 2027

Please confirm your acceptance by 27 November. Your contract will be issued once the checks are
complete.

Yours sincerely,
Rachel Evans
HR Operations Manager, Kestrel Logistics""", layout="alt"),
    en(OF, "offer_unfortunately", "Copperleaf Coffee", "Area People Partner",
       "Jess Morland <jess.morland@copperleafcoffee.co.uk>", "Area People Partner - we'd like to offer you the role",
       """Hi Hannah,

Great news - we'd like to offer you the Area People Partner role covering our 14 Greater Manchester
shops! Everyone was really impressed by your presentation.

Unfortunately we can't stretch to the £42k you mentioned; the top of the band is £39,500, but we can
add a £1,500 sign-on payment and a 9-day fortnight if that helps. Have a think and let me know?

Jess"""),
    en(OF, "formal_ats", "Harbour & Vine Hotels", "People Operations Manager",
       "Harbour & Vine Hotels <offers@harbourandvine.com>", "Your offer from Harbour & Vine Hotels",
       """Dear Hannah,

Congratulations! We are pleased to extend to you an offer of employment for the position of People
Operations Manager, based at our Manchester support office.

Your offer letter is available to review and sign electronically using the link below. The offer
includes your base salary of £48,000, 25 days' holiday plus bank holidays, and hotel stay discounts.

Please review and sign by 30 November 2026.

Welcome to the family,
People & Culture, Harbour & Vine Hotels""", layout="html", ats="DocuSign"),
    en(OF, "part_time", "Oakmere Foods", "HR Officer (Part-time)",
       "Lauren Pike <lauren.pike@oakmerefoods.co.uk>", "HR Officer - 3 days a week",
       """Hi Hannah,

Thanks for meeting us again on Monday. I'm pleased to say we would like to offer you the HR Officer
post on the three-day pattern you asked about (Tuesday to Thursday), pro rata £31,000.

I've attached the offer letter. The role stays part-time unless you'd like to increase hours later.
Give me a ring if you want to talk anything through.

Lauren"""),
    en(OF, "agency", "Brightside Homeware", "HR Business Partner",
       "Mark Delaney <mark.delaney@peoplebridge-recruit.co.uk>", "YOU GOT IT",
       """Hannah,

Brightside have just come back - they want to offer you the HRBP role for the Cheadle DC! £45k,
hybrid 3 days on site, bonus up to 8%. Their HRD called it a unanimous decision.

Call me as soon as you're out of store and we'll go through it. Massive congratulations.

Mark
PeopleBridge Recruitment"""),
    en(OF, "relocation_berlin", "Fahrwerk Mobility", "Talent Acquisition Partner",
       "Lena Vogt <lena.vogt@fahrwerk.io>", "Offer: Talent Acquisition Partner (Berlin)",
       """Hi Hannah,

I'm thrilled to share that the team would like to offer you the Talent Acquisition Partner role in
Berlin. You'll find the details in the attached offer letter (EUR 62,000, 28 vacation days, BVG ticket).

We'll also cover relocation up to EUR 4,000 and two weeks of temporary housing. Our relocation partner
can help with your Anmeldung and the residence permit.

The offer is valid for 10 days. Shall we set up a call with Jonas for any questions?

Cheers,
Lena
People Team, Fahrwerk Mobility GmbH
Geschäftsführer: J. Brandt | Amtsgericht Charlottenburg HRB 211456""", cte="quoted-printable"),
    en(OF, "quoted_reply", "Tandem Grocers", "Store People Partner",
       "Neil Chatterjee <neil.chatterjee@tandemgrocers.co.uk>", "Re: Thank you",
       """Hi Hannah,

Thank you for your lovely note - and I'm glad I can reply with good news. We'd like to offer you the
Store People Partner position. HR will send the formal offer and contract this week.

Best regards,
Neil""", layout="reply", quote_style="html", quote=THANKS_EN.format(name="Neil")),
    en(OF, "conditional_dbs", "Greater Irwell Borough Council", "Recruitment Officer",
       "Recruitment Team <recruitment@irwell-council.gov.uk>", "Provisional offer - Recruitment Officer",
       """Dear Ms Okafor

Post: Recruitment Officer, Grade 6

I am pleased to make you a provisional offer of employment for the above post. The offer is subject
to a Basic DBS check, two satisfactory references, an occupational health questionnaire and evidence
of your right to work.

Salary will start at spinal column point 22. Please accept or decline by replying to this email.

Yours sincerely
Recruitment Team""", charset="windows-1252"),
    en(OF, "welcome_aboard", "Shiftly", "People Ops Partner (Remote, UK)",
       "Mo Farouk <mo@shiftly.app>", "welcome aboard :)",
       """hey Hannah,

so chuffed you're joining us as People Ops Partner. your offer's in Ashby now - just hit sign when
you're happy. laptop ships to you the week before your start.

mo, co-founder"""),
    en(OF, "html_only_formal", "Fernhill Fashion", "People Partner, Stores",
       "Fernhill Fashion Talent <talent@fernhillfashion.com>", "An offer for you - People Partner, Stores",
       """Dear Hannah,

We're delighted to confirm our offer for the role of People Partner, Stores (North West).

- Salary: £44,000
- Car allowance: £4,800
- Bonus: up to 10% of salary
- Holiday: 26 days plus bank holidays

Your formal offer letter is attached. If you have any questions please reply to this email.

Fernhill Fashion People Team""", layout="html", ats="Teamtailor"),
    en(OF, "offer_regret_delay", "Meridian Hospitality", "Talent Acquisition Partner",
       "Sophie Lang <sophie.lang@meridianhospitality.com>", "RE: Talent Acquisition Partner",
       """Dear Hannah,

I regret the delay in coming back to you - budget sign-off took longer than I hoped. I'm happy to
say it's now approved and we'd like to offer you the Talent Acquisition Partner role at £41,000.

I'll send the written terms over on Monday.

Best,
Sophie""", layout="reply", quote_style="outlook",
       quote=FOLLOWUP_EN.format(name="Sophie", role="Talent Acquisition Partner")),
    en(OF, "casual_mobile", "Quayside Studios", "People Coordinator",
       "Ella Whitcombe <ella@quaysidestudios.co.uk>", "Quick one",
       """Hi Hannah, just off the phone with Priyanka - we're offering you the People Coordinator job!!
Paperwork from our ops team to follow, just wanted you to hear it from me first. Ella x"""),
    # next steps
    en(N, "reschedule_unfortunately", "Northbridge Retail Group", "HR Business Partner",
       "Priya Raman <priya.raman@northbridgeretail.co.uk>", "Change of time - second interview",
       """Hi Hannah,

Unfortunately our Regional Operations Director has been called to a store visit on Thursday, so we
need to move your second interview.

Could you do either of these instead?
- Monday 16 November, 10:00
- Tuesday 17 November, 14:30

Sorry for the shuffle.

Priya""", sent="2026-11-10 09:12"),
    en(N, "competency_interview", "Kestrel Logistics", "People Advisor",
       "Kestrel Logistics Careers <no-reply@kestrel-logistics.com>", "Invitation to interview - People Advisor",
       """Dear Hannah,

We are pleased to invite you to a competency-based interview for the People Advisor role.

The interview will last around 60 minutes and will focus on:
- handling a sensitive employee relations case
- influencing managers who disagree with you
- organising your workload under pressure

Please use the link below to book a slot that suits you. Please bring photo ID and proof of your right
to work in the UK.

Kestrel Logistics Talent Team""", layout="html", ats="Workday", reply_to="talent@kestrel-logistics.com"),
    en(N, "presentation_task", "Brightside Homeware", "Regional People Manager",
       "Caroline Hughes <caroline.hughes@brightsidehome.co.uk>", "Stage 2 - presentation",
       """Dear Hannah,

Thank you for the first conversation. We would like to invite you to the second stage, which will
include a 15-minute presentation followed by questions from me and our Logistics Director.

The brief: "Our distribution centre has 22% annual turnover among night-shift pickers. What would you
do in your first 90 days?"

Please send your slides by 9am on the day. I'll confirm the date shortly.

Best wishes,
Caroline""", when=None),
    en(N, "psychometric", "Tandem Grocers", "Graduate People Programme",
       "Tandem Grocers Early Careers <earlycareers@tandemgrocers.co.uk>", "Next step: online assessments",
       """Hi Hannah,

Good news - your application has progressed to the online assessment stage.

You'll need to complete two assessments:
1. A situational judgement test (about 25 minutes)
2. A verbal reasoning test (about 18 minutes)

Please complete both by 23:59 on 24 November. Find a quiet space and make sure your connection is
stable.

Early Careers Team""", layout="alt", ats="Oleeo"),
    en(N, "assessment_day", "Meridian Hospitality", "HR Business Partner - Hotels",
       "Imogen Fairclough <imogen.fairclough@meridianhospitality.com>", "Assessment day invite",
       """Hi Hannah,

We'd love you to join our assessment day on Wednesday 2 December at The Meridian Piccadilly, 9:30 to
15:00. The day includes a group exercise, a role-play with one of our general managers and a final
interview.

Lunch is provided. Let me know about any dietary needs or adjustments you'd like us to make. We'll
let everyone know the outcome by Friday 4 December.

Imogen""", when=("date", "2026-12-04"), sent="2026-11-19 14:25"),
    en(N, "slots_calendly", "Shiftly", "People Ops Partner (Remote, UK)",
       "Shiftly Hiring <hiring@shiftly.app>", "Let's schedule your interview with Mo",
       """Hi Hannah,

Mo, our co-founder, would like to meet you for a 45-minute conversation. Please pick a time that
works for you using the link below (all times are shown in your time zone).

Pick a time ->

If none of these work, just reply and we'll find something.

Shiftly Talent""", layout="html", ats="GoodTime"),
    en(N, "references_request", "Fernhill Fashion", "People Partner, Stores",
       "Fernhill Fashion Talent <talent@fernhillfashion.com>", "Final stage - references",
       """Dear Hannah,

Thank you for the final interview. Before we can make a decision, we would like to take up your
references. Could you send the name, job title and email address of two referees, one of whom should
be your current line manager?

We'll come back to you with a decision within five working days of receiving both references.

Fernhill Fashion People Team"""),
    en(N, "trial_shift_dated", "Copperleaf Coffee", "Area People Partner",
       "Jess Morland <jess.morland@copperleafcoffee.co.uk>", "shadow day?",
       """Hi Hannah,

Next step is a shadow day with our Ops Manager - you'd visit four shops with him and we'd grab a coffee
at the end to chat. Could you do Thursday or Friday next week?

We'll make a final decision by the end of next week after that.

Jess""", when=("eow", 1)),
    en(N, "reschedule_sorry", "Harbour & Vine Hotels", "Talent Acquisition Coordinator",
       "Harbour & Vine Hotels <interviews@harbourandvine.com>", "Interview rescheduled",
       """Hello Hannah,

We are sorry, but your interview on 19 November has had to be moved because the interviewer is
unwell. Your new interview is on 23 November at 11:00 (Microsoft Teams).

A calendar invitation will follow. If the new time does not work, please reply to this message.

Harbour & Vine Hotels Talent Team""", sent="2026-11-17 08:41"),
    en(N, "rtw_check", "Greater Irwell Borough Council", "HR Advisor (Grade 7)",
       "Recruitment Team <recruitment@irwell-council.gov.uk>", "Invitation to interview and document check",
       """Dear Ms Okafor

HR Advisor (Grade 7), ref IBC/HR/2304

You have been shortlisted for interview. The selection process consists of a 30-minute written
exercise followed by a panel interview. Please arrive at the Civic Centre reception 20 minutes early
so that we can check your original right-to-work documents.

We expect to notify all candidates of the outcome within 10 working days of the interview date.

Yours sincerely
Recruitment Team""", charset="windows-1252", cte="quoted-printable"),
    en(N, "second_round_dated", "Quayside Studios", "People Coordinator",
       "Ella Whitcombe <ella@quaysidestudios.co.uk>", "Re: Thanks!",
       """Hi Hannah,

Thanks for your note, it was great meeting you too! We'd like you to come back for a final chat with
Priyanka, our COO. I'll send over some times tomorrow, and we'll have an answer for everyone by
Friday 27 November.

Ella""", layout="reply", quote_style="apple", quote=THANKS_EN.format(name="Ella"),
       when=("date", "2026-11-27"), sent="2026-11-12 16:20"),
    en(N, "agency_client_interview", "Pennine Freight", "HR Business Partner",
       "Zara Qureshi <zara@talentnorth-search.co.uk>", "Pennine Freight want to meet you",
       """Hi Hannah,

Great news - Pennine Freight would like to interview you for the HRBP role! First stage is with
Gareth Mills (Head of HR) at their Rochdale depot, about an hour, and it will be a mix of competency
questions and a chat about a live ER case.

He's offered Tuesday 9:30 or Wednesday 14:00. Which do you prefer? They've said they'll decide on
second stages within a week of the first interviews.

Zara""", when=None),
    en(N, "case_study_due", "Northbridge Retail Group", "People Partner, Engagement",
       "Northbridge Retail Group via Greenhouse <no-reply@greenhouse.io>", "Your take-home exercise",
       """Hi Hannah,

Thanks for your interest in the People Partner, Engagement role at Northbridge Retail Group. The next
step is a short written exercise: please review the attached engagement survey results for three
stores and propose an action plan (max. 2 pages).

Please submit your exercise by Monday 23 November at 12:00. The panel will review submissions and
come back to all candidates by Friday 4 December.

Northbridge Talent Team""", layout="html", ats="Greenhouse", reply_to="talent@northbridgeretail.co.uk",
       when=("date", "2026-12-04"), sent="2026-11-16 10:05"),
    en(N, "phone_screen", "Oakmere Foods", "Talent Acquisition Advisor",
       "Sam Whitby <sam.whitby@oakmerefoods.co.uk>", "Quick call?",
       """Hi Hannah, I'm the TA lead at Oakmere Foods. Would you be free for a 20-min phone screen tomorrow
or Thursday afternoon? Just let me know a number and time. Thanks, Sam"""),
    en(N, "final_interview_dated_weekday", "Tandem Grocers", "Store People Partner",
       "Neil Chatterjee <neil.chatterjee@tandemgrocers.co.uk>", "Final interview",
       """Hello Hannah,

Thank you for your time at the first interview. We'd like to invite you to a final interview with our
Retail Director on site at our Salford store. It'll be a walk of the store and a conversation about
how you'd support the managers there.

We are seeing the final two candidates on Monday and Tuesday and will be in touch with our decision
by Thursday.

Best regards,
Neil""", when=("weekday", 3), sent="2026-11-13 15:02"),
    en(N, "video_interview_link", "Halden & Price Department Stores", "HR Business Partner",
       "Halden & Price <notifications@myworkdayjobs.example>", "Action required: complete your video interview",
       """Hello Hannah,

Halden & Price Department Stores has invited you to complete a one-way video interview for HR
Business Partner (Req R-10479). You will answer 5 questions and have 2 minutes per answer.

The link expires on 26 November 2026.

This is an automated message.""", layout="html", ats="HireVue"),
    en(N, "reschedule_unfortunately_lower", "Loomwell", "Talent Partner",
       "Ama Boateng <ama@loomwell.io>", "moving our chat",
       """hey hannah - unfortunately something's come up for me this afternoon (board call got moved). could
we do tomorrow same time instead? so sorry!! ama"""),
    en(N, "relocation_questions", "Fahrwerk Mobility", "Talent Acquisition Partner",
       "Lena Vogt <lena.vogt@fahrwerk.io>", "Next steps + a few practical questions",
       """Hi Hannah,

The team enjoyed your first interview and we'd like to invite you to the on-site round in Berlin.
Before we book flights, a few practical questions:

- Would you relocate to Berlin, and from when?
- Do you need sponsorship for a work permit (Blue Card)?
- What salary range are you looking for in EUR?

We'll cover your travel. Once we have your answers we'll propose dates. We plan to make the final
decision within 3 weeks of the on-site round.

Best,
Lena""", layout="alt"),
]
