"""holdout13, English rejections: each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import FOLLOWUP_EN, LEGAL_UK, THANKS_EN, Msg


def en(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one English message returns its record."""
    return Msg(label, "en", trap, company, role, sender, subject, body, **kw)


R = "rejection"

MESSAGES: list[Msg] = [
    en(R, "warm", "Northbridge Retail Group", "HR Business Partner",
       "Priya Raman <priya.raman@northbridgeretail.co.uk>", "Your application - HR Business Partner (Stores North)",
       """Dear Hannah,

Thank you so much for coming in on Tuesday. Everyone on the panel was genuinely impressed by how you
talked about the absence cases at your store, and your answer on the TUPE question was one of the best
we heard all week.

It was an incredibly close call. However, we have decided to move forward with another candidate whose
experience with ER casework at regional level was a little broader.

I know this isn't the news you were hoping for. Please do keep an eye on our careers page - I'd be
really pleased to see your name again.

Warm regards,
Priya Raman
Senior Talent Partner | Northbridge Retail Group
""" + LEGAL_UK),
    en(R, "talent_pool", "Kestrel Logistics", "People Advisor",
       "Kestrel Logistics Careers <no-reply@kestrel-logistics.com>", "Update on your application: People Advisor",
       """Hi Hannah,

Thanks for your interest in the People Advisor role at our Trafford Park hub.

After careful review we won't be progressing your application on this occasion. We receive a very
high number of applications and this decision was not an easy one.

With your permission we'll hold your details in our talent community for 12 months, and our team
may reach out if a role that matches your profile opens up.

Kind regards,
The Kestrel Logistics Talent Team""", layout="html", ats="Workday",
       reply_to="talent@kestrel-logistics.com"),
    en(R, "no_interview", "Harbour & Vine Hotels", "Talent Acquisition Coordinator",
       "Harbour & Vine Hotels via SmartRecruiters <noreply@smartrecruiters.com>",
       "Talent Acquisition Coordinator - Harbour & Vine Hotels",
       """Dear Hannah Okafor,

We appreciate the time you took to apply for the Talent Acquisition Coordinator position.

We have reviewed your application carefully and regret that we are unable to offer you an interview at
this stage. The shortlist for this vacancy was drawn up from candidates with direct agency or in-house
recruitment experience in hospitality.

We wish you every success in your career.

Harbour & Vine Hotels - People & Culture""", layout="alt", ats="SmartRecruiters",
       reply_to="careers@harbourandvine.com"),
    en(R, "rescinded", "Loomwell", "People Operations Generalist",
       "Tom Achterberg <tom@loomwell.io>", "Re: Offer - People Operations Generalist",
       """Hannah,

I'm really sorry to be writing this. As you may have seen in the press this morning, Loomwell is going
through a significant restructure following our funding round falling through, and we've been told
to freeze all hiring that hasn't started yet.

That means we have to withdraw the offer we made you on the 3rd. I know you may already have spoken
to your area manager and I feel awful about that. If it helps at all, I'm very happy to act as a
reference and to introduce you to two founders I know who are hiring people-ops folks.

Again, I'm sorry.
Tom

Tom Achterberg
Head of People, Loomwell""", layout="reply", quote_style="gmail",
       quote="Hi Tom,\n\nThank you so much - I'm delighted to accept the offer and will sign the contract\n"
             "this week. I'll speak to my area manager about my notice period.\n\nHannah",
       quote_from="Hannah Okafor <hannah.okafor@gmx.net>"),
    en(R, "short_mobile", "Copperleaf Coffee", "Area People Partner",
       "Jess Morland <jess.morland@copperleafcoffee.co.uk>", "Re: Area People Partner",
       """Hi Hannah - sorry, we've gone with someone else for this one. Thanks for your time and good luck!
Jess

Sent from my iPhone"""),
    en(R, "typo_lower", "Parcelpoint", "Recruitment Partner",
       "dan (parcelpoint) <dan.okoro@parcelpoint.co.uk>", "re: recruitment partner",
       """hi hannah

thanks for chatting yesterday, really enjoyed it. unfortunatley we've decided not to take you
forward - the role turned out to need a lot more volume hiring for the warehouses than we thought and
the team felt someone whos done peak season hiring before would hit the ground faster.

genuinely think you'd be great in a people role tho, dont give up

dan""", layout="reply", quote_style="apple",
       quote=THANKS_EN.format(name="Dan")),
    en(R, "formal_public", "Greater Irwell Borough Council", "HR Advisor (Grade 7)",
       "Recruitment Team <recruitment@irwell-council.gov.uk>", "Ref IBC/HR/2291 - HR Advisor (Grade 7)",
       """Dear Ms Okafor

Post: HR Advisor (Grade 7), ref IBC/HR/2291

Thank you for attending the interview and written exercise for the above post.

I regret to inform you that on this occasion you have not been successful. The panel has assessed all
candidates against the essential and desirable criteria in the person specification.

If you would like feedback, please contact the chair of the panel, Mrs Angela Wright, within 28 days of
the date of this letter.

Thank you for your interest in working for the Council.

Yours sincerely

Recruitment Team
Greater Irwell Borough Council
This email has been scanned for viruses. Any views expressed are those of the sender and not
necessarily those of the Council.""", charset="windows-1252", cte="quoted-printable"),
    en(R, "after_assessment", "Tandem Grocers", "Graduate People Programme",
       "Tandem Grocers Early Careers <earlycareers@tandemgrocers.co.uk>", "Your assessment day result",
       """Hi Hannah,

Thank you for joining us at the assessment day in Salford last week - we hope you enjoyed the group
task and the store walk.

We've now reviewed the scores from every exercise, and we're sorry to let you know that you haven't
been successful in reaching the final stage of the People Programme this year.

Your feedback report is attached. Your strongest area was the role-play; the in-tray exercise is where
you scored below the threshold.

Best wishes,
Early Careers Team, Tandem Grocers""", layout="html", ats="Oleeo"),
    en(R, "agency", "Brightside Homeware", "HR Business Partner",
       "Mark Delaney <mark.delaney@peoplebridge-recruit.co.uk>", "Brightside - feedback",
       """Hi Hannah,

Just had the call with Brightside. Bad news I'm afraid - they're not taking you forward. Their HR
Director liked you a lot personally but she's worried about the jump from store to a 600-employee
head office population, and they've offered it to the internal candidate.

I'll keep you front of mind for the two HRBP roles I'm working on in Stockport next month. Shall we
catch up on Friday?

Cheers
Mark

Mark Delaney | Senior Consultant | PeopleBridge Recruitment
PeopleBridge Recruitment is acting as an employment agency in relation to this vacancy."""),
    en(R, "quoted_offer_word", "Meridian Hospitality", "Talent Acquisition Partner",
       "Sophie Lang <sophie.lang@meridianhospitality.com>", "RE: Following up - Talent Acquisition Partner",
       """Dear Hannah,

Thanks for chasing and sorry for the slow reply. The hiring manager has now made her decision, and
I'm afraid it isn't good news for you: we won't be moving forward with your application.

Best,
Sophie""", layout="reply", quote_style="outlook",
       quote="Dear Sophie,\n\nI hope you're well. I wanted to check on timing for the Talent Acquisition "
             "Partner role.\nI have another process moving and may have an offer to consider soon, so any "
             "update\nwould be very helpful.\n\nKind regards,\nHannah Okafor"),
    en(R, "internal_hire", "Fernhill Fashion", "People Partner, Retail",
       "Fernhill Fashion Talent <talent@fernhillfashion.com>", "People Partner, Retail - an update",
       """Dear Hannah,

We wanted to let you know that the People Partner, Retail vacancy has been filled through an internal
appointment. As a result we are closing the process and will not be arranging further interviews.

We know you invested time in the first-stage video interview and we're grateful for that.

Fernhill Fashion People Team""", layout="html", ats="Teamtailor"),
    en(R, "position_cancelled", "Oakmere Foods", "HR Officer (Part-time)",
       "Lauren Pike <lauren.pike@oakmerefoods.co.uk>", "HR Officer part-time role",
       """Hi Hannah,

I'm afraid I have to let you know that the part-time HR Officer role at the Wigan site has been
withdrawn. The site is being merged into the Warrington operation in the spring and the HR work will
be covered from there, so we won't be filling the post at all.

Sorry to have taken your time - it's no reflection on you.

Lauren
HR Manager, Oakmere Foods"""),
    en(R, "reapply", "Pennine Freight", "Talent Acquisition Specialist",
       "Pennine Freight Recruitment <jobs@penninefreight.co.uk>", "Application 55821 - outcome",
       """Dear Hannah,

Thank you for your application for Talent Acquisition Specialist.

Unfortunately your application was not shortlisted. You are welcome to re-apply for future vacancies
with us; please note candidates may apply for the same role again after 6 months.

Regards
Pennine Freight Recruitment
Please do not reply to this address - this mailbox is not monitored.""", layout="html", ats="iCIMS"),
    en(R, "status_portal", "Halden & Price Department Stores", "HR Business Partner",
       "Halden & Price <notifications@myworkdayjobs.example>", "Your application status has changed",
       """Hello Hannah,

The status of your application for HR Business Partner (Req R-10442) at Halden & Price Department
Stores has changed to: No Longer Under Consideration.

You can view your candidate home at any time to see other opportunities.

This is an automated message.""", layout="html", ats="Workday"),
    en(R, "warm_long_feedback", "Loomwell", "Talent Partner",
       "Ama Boateng <ama@loomwell.io>", "Talent Partner - feedback from the panel",
       """Hey Hannah,

I promised you proper feedback, so here it is.

What went really well:
- your stories about coaching new supervisors were specific and human
- the sourcing exercise: you found candidates in places we hadn't thought of
- you asked the best questions of anyone about our comp bands

Where the panel felt the gap was:
- you haven't yet owned an ATS or run a full-cycle tech hiring process
- the stakeholder role-play with our CTO stalled a bit when he pushed back on the salary

Net: we're not going to offer you the role. It was close, and I honestly think with 12 months of
in-house TA experience you'd walk it. I'd be happy to stay in touch.

Ama""", layout="alt"),
    en(R, "rescinded_references", "Kestrel Logistics", "HR Advisor",
       "Rachel Evans <rachel.evans@kestrel-logistics.com>", "Conditional offer - HR Advisor",
       """Dear Hannah,

Further to our conditional offer of 6 November, I am writing to confirm that we are unable to proceed.

As you know, the offer was subject to satisfactory pre-employment checks. We have not been able to
verify the employment history provided for 2017-2019 in line with our screening policy, and our
screening provider has now closed the case. We therefore withdraw the conditional offer with
immediate effect.

If you believe this is in error, you may contact me within 10 working days.

Yours sincerely,
Rachel Evans
HR Operations Manager""", charset="iso-8859-1"),
    en(R, "unfortunately_delay_then_no", "Tandem Grocers", "Store People Partner",
       "Neil Chatterjee <neil.chatterjee@tandemgrocers.co.uk>", "Store People Partner",
       """Hello Hannah,

Unfortunately it has taken us longer than planned to get back to you, for which I apologise - we had
two panel members off sick.

We've now completed all the interviews and we'll be offering the role to another candidate. Thank you
for the thought you put into the presentation; it was good to see someone who knows the shop floor.

Best regards,
Neil"""),
    en(R, "talent_pool_lever", "Quayside Studios", "People Coordinator",
       "Quayside Studios <no-reply@hire.lever.co>", "Thanks for applying to Quayside Studios",
       """Hi Hannah,

Thanks for taking the time to apply for the People Coordinator role. We've decided to pursue other
candidates whose background more closely matches what the team needs right now.

We've added you to our talent pool so we can get in touch about future openings that could be a fit.
Stay awesome!

The Quayside team""", layout="html", ats="Lever", reply_to="people@quaysidestudios.co.uk"),
    en(R, "hiring_manager_direct", "Brightside Homeware", "Regional People Manager",
       "Caroline Hughes <caroline.hughes@brightsidehome.co.uk>", "Regional People Manager - thank you",
       """Dear Hannah,

I wanted to write to you personally rather than have it come through the system. Thank you for the
conversation on Thursday and the case study, which was clearly put together with care.

We have decided not to proceed with your application. Having reflected on it, I need someone who can
lead the collective consultation in the distribution centre from day one, and I don't think it would
be fair on you to be thrown into that.

With very best wishes for what comes next,

Caroline Hughes
People Director
Brightside Homeware Ltd, Cheadle""", layout="reply", quote_style="outlook",
       quote=THANKS_EN.format(name="Caroline")),
    en(R, "no_interview_unable_to_offer", "Oakmere Foods", "Talent Acquisition Advisor",
       "Oakmere Foods Careers <careers@oakmerefoods.co.uk>", "Talent Acquisition Advisor - application update",
       """Dear Hannah,

Many thanks for your recent application. We were pleased to receive over 180 applications for this
vacancy.

After reviewing your CV against the role requirements, we are sorry that we are unable to offer you
an interview for this position. We will retain your CV for six months in accordance with our privacy
notice.

Yours sincerely,
Oakmere Foods Resourcing""", charset="windows-1252"),
    en(R, "remote_scaleup", "Shiftly", "People Ops Partner (Remote, UK)",
       "Shiftly Hiring <hiring@shiftly.app>", "Shiftly | People Ops Partner",
       """Hi Hannah,

Thanks for completing the async video questions for People Ops Partner - we know they take real effort.

We've reviewed your responses, and we're going to move ahead with other candidates for this role.

We read every application and respond to every single one, because we know how it feels when you
hear nothing. Good luck with your search!

Shiftly Talent
Sent via Ashby""", layout="html", ats="Ashby"),
    en(R, "warm_keep_in_touch", "Meridian Hospitality", "HR Business Partner - Hotels",
       "Imogen Fairclough <imogen.fairclough@meridianhospitality.com>", "Following our conversation",
       """Hi Hannah,

It was lovely to meet you at the Deansgate hotel. Your energy for developing front-line managers came
across strongly, and our GM was taken with your idea for the supervisor buddy scheme.

Sadly we've offered the position to a candidate who has already partnered hotel GMs in a multi-site
role, and they have accepted.

I'll keep your details on file and I'm confident we'll cross paths again.

Warmly,
Imogen"""),
    en(R, "base64_ats_generic", "Harbour & Vine Hotels", "People Operations Manager",
       "Workable <noreply@candidates.workablemail.com>", "Harbour & Vine Hotels: People Operations Manager",
       """Dear Hannah,

Thank you for your interest in the People Operations Manager position at Harbour & Vine Hotels.

We have now carefully reviewed all applications. We regret to inform you that we have decided to
proceed with candidates whose profiles more closely match our requirements at this time.

We appreciate your interest in Harbour & Vine Hotels and wish you the best.

Harbour & Vine Hotels Hiring Team""", cte="base64", reply_to="jobs@harbourandvine.com"),
    en(R, "dbs_fail_rescinded", "Greater Irwell Borough Council", "Recruitment Officer",
       "Angela Wright <angela.wright@irwell-council.gov.uk>", "Recruitment Officer - pre-employment checks",
       """Dear Hannah

I am writing about the provisional offer for the Recruitment Officer post. Unfortunately the
pre-employment checks were not completed satisfactorily, as the second reference we requested has not
been provided despite three reminders to the referee.

In line with our recruitment policy, the provisional offer of employment is therefore withdrawn. I'm
sorry this is not a better outcome.

Regards
Angela Wright
HR Service Lead"""),
    en(R, "forwarded_hm_feedback", "Pennine Freight", "HR Business Partner",
       "Zara Qureshi <zara@talentnorth-search.co.uk>", "Fwd: Hannah Okafor - HRBP",
       """Hannah - forwarding Gareth's note so you have it in his words. Sorry it's a no this time. I think
the comments about employee relations are fair but fixable; let's talk about how we position it next
time.

Zara
Talent North Search""", layout="fwd", quote_from="Gareth Mills <gareth.mills@penninefreight.co.uk>",
       quote="Hi Zara,\n\nThanks for sending Hannah over. We've met her and she's bright, but we've decided "
             "not to\ntake her forward - we need someone with more ER casework at tribunal level.\n\nGareth"),
    en(R, "polite_short_formal", "Fernhill Fashion", "HR Administrator (Maternity Cover)",
       "Fernhill Fashion HR <hr@fernhillfashion.com>", "HR Administrator (Maternity Cover)",
       """Dear Hannah,

Thank you for attending the interview. I'm sorry to tell you that you have not been selected for the
maternity cover role.

Regards,
HR Team""", layout="reply", quote_style="gmail",
       quote=FOLLOWUP_EN.format(name="HR Team", role="HR Administrator")),
]

