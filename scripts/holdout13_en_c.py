"""holdout13, English pending and acknowledgement mail: each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import APPLY_EN, FOLLOWUP_EN, LEGAL_UK, Msg


def en(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one English message returns its record."""
    return Msg(label, "en", trap, company, role, sender, subject, body, **kw)


P = "pending"
A = "acknowledgement"

MESSAGES: list[Msg] = [
    en(P, "still_reviewing_dated", "Meridian Hospitality", "Talent Acquisition Partner",
       "Sophie Lang <sophie.lang@meridianhospitality.com>", "RE: Talent Acquisition Partner - update",
       """Hi Hannah,

Thanks for checking in. We're still interviewing - two more candidates next week - so no decision yet.
I'll be in touch by the end of next week either way.

Best,
Sophie""", layout="reply", quote_style="outlook",
       quote=FOLLOWUP_EN.format(name="Sophie", role="Talent Acquisition Partner"), when=("eow", 1)),
    en(P, "on_hold_restructure", "Halden & Price Department Stores", "HR Business Partner",
       "Fiona McBride <fiona.mcbride@haldenprice.co.uk>", "HRBP role - on hold",
       """Dear Hannah,

I wanted to let you know where things stand. Our head office is going through a restructure of the
People function, and the HR Business Partner vacancy has been put on hold while the new structure is
agreed. It has not been cancelled.

I can't give you a firm date, but I will come back to you as soon as I know more. I'm sorry to keep
you waiting.

Kind regards,
Fiona McBride
Head of Talent""" + "\n\n" + LEGAL_UK),
    en(P, "waitlist", "Tandem Grocers", "Graduate People Programme",
       "Tandem Grocers Early Careers <earlycareers@tandemgrocers.co.uk>", "Your application - reserve list",
       """Hi Hannah,

Thank you for attending the final assessment. You performed well, and although all of this year's
places have been provisionally filled, we'd like to place you on our reserve list.

If a place becomes available - for example if a candidate declines - we will contact you. We expect
to know by 15 December.

Early Careers Team""", layout="html", ats="Oleeo", when=("date", "2026-12-15")),
    en(P, "delayed_business_days", "Kestrel Logistics", "HR Advisor",
       "Rachel Evans <rachel.evans@kestrel-logistics.com>", "HR Advisor - timing",
       """Dear Hannah,

Apologies for the silence since your interview. Our Operations Director has been on leave and we need
his sign-off before we can make any decision. He's back in today, so I expect to confirm the outcome
within 5 working days.

Thank you for your patience.

Rachel""", when=("bdays", 5)),
    en(P, "vague_soon", "Shiftly", "People Ops Partner (Remote, UK)",
       "Mo Farouk <mo@shiftly.app>", "re: following up",
       """hi hannah, sorry - still making our minds up! it's between you and one other person. should have
news soon, promise. mo""", layout="reply", quote_style="gmail",
       quote=FOLLOWUP_EN.format(name="Mo", role="People Ops Partner")),
    en(P, "hiring_freeze_pending", "Pennine Freight", "Talent Acquisition Specialist",
       "Gareth Mills <gareth.mills@penninefreight.co.uk>", "Talent Acquisition Specialist",
       """Hi Hannah,

Following your interview, I have to let you know that the business has introduced a temporary freeze
on external hiring until our new financial year begins. The role is still approved in principle and
you remain our preferred candidate, but we cannot make an offer until the freeze lifts.

We'll look at it again in the new year and I'll be in touch when I can.

Gareth""", when=None),
    en(P, "dated_tomorrow", "Copperleaf Coffee", "Area People Partner",
       "Jess Morland <jess.morland@copperleafcoffee.co.uk>", "nearly there",
       """Hi Hannah - final sign-off meeting got pushed to this afternoon, sorry! You'll hear from me
tomorrow either way. Jess""", when=("tomorrow", 0)),
    en(P, "still_reviewing_unfortunately", "Northbridge Retail Group", "People Partner, Engagement",
       "Northbridge Talent Team <talent@northbridgeretail.co.uk>", "People Partner, Engagement - update",
       """Hi Hannah,

Unfortunately we are running a little behind schedule. The panel is still reviewing the written
exercises and we now expect to let everyone know the outcome by 11 December.

Thank you for your patience, and sorry for the wait.

Northbridge Talent Team""", layout="alt", when=("date", "2026-12-11"), sent="2026-11-30 12:10"),
    en(P, "end_of_month", "Greater Irwell Borough Council", "HR Advisor (Grade 7)",
       "Angela Wright <angela.wright@irwell-council.gov.uk>", "HR Advisor - outcome",
       """Dear Hannah

Thank you for your patience. The panel has not yet been able to meet to agree the outcome because of
the budget-setting process. We will write to all interviewed candidates by the end of the month.

Regards
Angela Wright
HR Service Lead""", when=("eom", ""), charset="iso-8859-1"),
    en(P, "agency_pending", "Brightside Homeware", "Regional People Manager",
       "Mark Delaney <mark.delaney@peoplebridge-recruit.co.uk>", "Brightside update",
       """Hi Hannah,

Spoke to Caroline this morning. They've got one more candidate to see (she couldn't do last week) and
they'll decide after that - Caroline said she'd call me by Wednesday. You're very much in the running.

Speak then,
Mark""", when=("weekday", 2), sent="2026-11-16 11:30"),
    en(P, "on_hold_budget", "Quayside Studios", "People Coordinator",
       "Ella Whitcombe <ella@quaysidestudios.co.uk>", "People Coordinator - pause",
       """Hi Hannah,

I'm sorry to say we've had to pause the People Coordinator hire while we finalise next year's budget.
It's not a no - you're the person we'd want - but I don't want to string you along with dates I can't
promise. I'll let you know the moment it's unblocked.

Ella"""),
    en(P, "within_days", "Fahrwerk Mobility", "Talent Acquisition Partner",
       "Fahrwerk Mobility <no-reply@ashbyhq.com>", "Your application to Fahrwerk Mobility",
       """Hi Hannah,

Thanks for completing your on-site interviews in Berlin! The hiring team is now gathering feedback.
You can expect to hear from us within 7 days.

Fahrwerk Mobility Recruiting""", layout="html", ats="Ashby", reply_to="jobs@fahrwerk.io",
       when=("days", 7)),
    en(P, "waitlist_second_choice", "Harbour & Vine Hotels", "Talent Acquisition Coordinator",
       "Dominic Lees <dominic.lees@harbourandvine.com>", "Talent Acquisition Coordinator",
       """Dear Hannah,

I want to be honest with you: we have offered the position to another candidate, but they have not yet
accepted. You were a very close second, and if they decline, we would like to offer the role to you.

They have until Friday to respond, so I will update you by Monday at the latest.

Kind regards,
Dominic Lees
Talent Manager""", when=("weekday", 0), sent="2026-11-18 17:45"),
    en(P, "reply_outlook_still_deciding", "Oakmere Foods", "HR Officer (Part-time)",
       "Lauren Pike <lauren.pike@oakmerefoods.co.uk>", "RE: HR Officer - any news?",
       """Hi Hannah,

Not forgotten you! We're still deciding between the part-time and full-time options for the post, so
it's taking longer than I'd like. I'll come back to you within two weeks.

Lauren""", layout="reply", quote_style="outlook",
       quote=FOLLOWUP_EN.format(name="Lauren", role="HR Officer"), when=("days", 14)),
    en(P, "still_reviewing_ats", "Halden & Price Department Stores", "Store Manager Talent Pipeline",
       "Halden & Price <notifications@myworkdayjobs.example>", "Update on your application",
       """Hello Hannah,

We wanted to let you know that your application for People Partner - Talent Pipeline (Req R-10502) is
still under review. We appreciate your patience as we work through a large number of applications.

This is an automated message.""", layout="html", ats="Workday"),
    en(P, "end_of_this_week", "Loomwell", "Talent Partner",
       "Ama Boateng <ama@loomwell.io>", "where we are",
       """Hey Hannah,

Quick update so you're not left wondering: we finished the last interviews yesterday and the panel
debrief is on Thursday. We'll have a decision by end of this week.

Ama""", when=("eow", 0), sent="2026-11-23 09:40"),
    en(P, "delayed_explicit_date", "Meridian Hospitality", "HR Business Partner - Hotels",
       "Imogen Fairclough <imogen.fairclough@meridianhospitality.com>", "Quick update",
       """Hi Hannah,

Thank you for coming to the assessment day. Our Operations VP wants to meet the final two candidates
herself, and she's travelling until the 30th. So the decision is going to slip - realistically we'll be
able to give you an answer by 4 December.

I hope that's OK, and thanks for bearing with us.

Imogen""", when=("date", "2026-12-04"), sent="2026-11-20 13:15"),
    en(P, "paused_pending_vague", "Tandem Grocers", "Store People Partner",
       "Tandem Grocers People <people@tandemgrocers.co.uk>", "Store People Partner - still in progress",
       """Dear Hannah,

Thanks for your message. The hiring process for Store People Partner is still in progress and we will
contact you as soon as a decision has been made.

Tandem Grocers People Team""", charset="windows-1252", cte="base64"),
    # acknowledgements
    en(A, "application_received_ats", "Northbridge Retail Group", "HR Business Partner",
       "Northbridge Retail Group via Greenhouse <no-reply@greenhouse.io>", "Thank you for applying to Northbridge",
       """Hi Hannah,

Thanks for applying for HR Business Partner (Stores South) at Northbridge Retail Group! Our team will
review your application and, if your experience matches what we're looking for, we'll be in touch
about next steps.

Northbridge Talent Team""", layout="html", ats="Greenhouse", reply_to="talent@northbridgeretail.co.uk"),
    en(A, "ack_offer_word", "Harbour & Vine Hotels", "People Operations Manager",
       "Harbour & Vine Hotels via SmartRecruiters <noreply@smartrecruiters.com>", "We have received your application",
       """Dear Hannah,

Thank you for your application for People Operations Manager. We've received it and our People &
Culture team will review it shortly.

Did you know? Every Harbour & Vine colleague enjoys our "Stay & Share" offer - 50% off rooms across
all 28 hotels - from their first day.

Harbour & Vine Hotels""", layout="alt", ats="SmartRecruiters"),
    en(A, "ack_dated_business_days", "Kestrel Logistics", "People Advisor",
       "Kestrel Logistics Careers <no-reply@kestrel-logistics.com>", "Application received - People Advisor",
       """Dear Hannah,

Thank you for applying for People Advisor (Trafford Park). This email confirms we have received your
application.

We aim to review every application and let you know whether you have been shortlisted within 10
business days.

Kestrel Logistics Talent Team""", layout="html", ats="Workday", when=("bdays", 10)),
    en(A, "ack_unfortunately", "Pennine Freight", "HR Business Partner",
       "Pennine Freight Recruitment <jobs@penninefreight.co.uk>", "Thank you for your application",
       """Dear Hannah,

Thank you for your application for HR Business Partner. We confirm receipt.

Unfortunately, due to the volume of applications, we are not able to give individual feedback to
candidates who are not shortlisted. If you have not heard from us within 3 weeks of the closing date,
please assume your application has not been successful on this occasion.

Pennine Freight Recruitment""", layout="html", ats="iCIMS"),
    en(A, "message_received_human", "Oakmere Foods", "Talent Acquisition Advisor",
       "Sam Whitby <sam.whitby@oakmerefoods.co.uk>", "Re: Talent Acquisition Advisor application",
       """Hi Hannah,

Thanks - got your updated CV and the cover letter, all received. I'll pass them to the hiring manager
with my notes.

Sam""", layout="reply", quote_style="gmail", quote=APPLY_EN.format(role="Talent Acquisition Advisor")),
    en(A, "ack_dated_by_friday", "Fernhill Fashion", "People Partner, Stores",
       "Fernhill Fashion Talent <talent@fernhillfashion.com>", "Thanks for applying to Fernhill",
       """Hi Hannah,

Thanks for applying to be our People Partner for the North West stores! We've got your application
and we're closing the role on Wednesday. We'll let everyone know whether they're through to interview
by Friday.

Fernhill Fashion People Team""", layout="html", ats="Teamtailor", when=("weekday", 4), sent="2026-11-17 08:20"),
    en(A, "ack_public_sector", "Greater Irwell Borough Council", "Recruitment Officer",
       "Recruitment Team <recruitment@irwell-council.gov.uk>", "Application acknowledgement - ref IBC/HR/2317",
       """Dear Ms Okafor

Thank you for your application for the post of Recruitment Officer (ref IBC/HR/2317).

Shortlisting will take place after the closing date of 30 November. Candidates selected for interview
will be contacted by 7 December. Please check your email, including your junk folder.

Recruitment Team
Greater Irwell Borough Council""", charset="windows-1252", when=("date", "2026-12-07")),
    en(A, "ack_lever_plain", "Quayside Studios", "People Coordinator",
       "Quayside Studios <no-reply@hire.lever.co>", "Quayside Studios - application received",
       """Hi Hannah,

Thanks for your interest in Quayside Studios. We've received your application for People Coordinator
and our team is reviewing it. We aim to get back to every applicant within five working days,
either way.

Quayside Studios""", layout="html", ats="Lever", reply_to="people@quaysidestudios.co.uk",
       when=("bdays", 5)),
    en(A, "ack_agency_cv_received", "Brightside Homeware", "HR Business Partner",
       "Mark Delaney <mark.delaney@peoplebridge-recruit.co.uk>", "Re: CV",
       """Thanks Hannah, got it. I'll send it over to Brightside this afternoon and will let you know what
they say by Thursday.

Mark""", layout="reply", quote_style="apple",
       quote="Hi Mark,\n\nAs discussed, here's my latest CV for the Brightside role.\n\nHannah",
       when=("weekday", 3), sent="2026-11-09 12:02"),
    en(A, "ack_ashby_within_days", "Shiftly", "People Ops Partner (Remote, UK)",
       "Shiftly Hiring <hiring@shiftly.app>", "We got your application!",
       """Hi Hannah,

Thanks for applying to Shiftly! A real human will read your application - we reply to everyone within
14 days.

In the meantime, here's a peek at how we work: our handbook is public.

Shiftly Talent
Sent via Ashby""", layout="html", ats="Ashby", when=("days", 14)),
    en(A, "ack_message_received_question", "Meridian Hospitality", "HR Business Partner - Hotels",
       "Imogen Fairclough <imogen.fairclough@meridianhospitality.com>", "Re: adjustments for the assessment day",
       """Hi Hannah,

Thanks for letting me know - that's received and I've shared it with the assessors. We'll make sure
you have a quiet room for the written exercise.

Imogen""", layout="reply", quote_style="outlook",
       quote="Hi Imogen,\n\nCould I ask for a quiet room for the written part? I'm dyslexic and find open\n"
             "rooms hard for reading tasks.\n\nThank you,\nHannah"),
    en(A, "ack_workable_base64", "Copperleaf Coffee", "Area People Partner",
       "Workable <noreply@candidates.workablemail.com>", "Thanks for applying to Copperleaf Coffee",
       """Hi Hannah,

Your application for the Area People Partner position at Copperleaf Coffee has been received.

We'll review your application and contact you if there's a match.

Thank you,
Copperleaf Coffee""", cte="base64", reply_to="people@copperleafcoffee.co.uk"),
    en(A, "ack_end_of_next_week", "Loomwell", "People Operations Generalist",
       "Loomwell Hiring <hiring@loomwell.io>", "Application received: People Operations Generalist",
       """Hey Hannah,

We've received your application for People Operations Generalist. Thanks for taking the time!

We review applications in batches and will let you know the outcome of this first review by the end
of next week.

Loomwell""", layout="alt", ats="Ashby", when=("eow", 1)),
    en(A, "ack_icims_no_decision", "Halden & Price Department Stores", "HR Administrator",
       "Halden & Price <notifications@myworkdayjobs.example>", "Thank you for applying",
       """Hello Hannah,

Thank you for applying for HR Administrator (Req R-10511). Your application has been submitted
successfully. If your skills and experience match the requirements of the role, a member of our Talent
team will contact you.

This is an automated message.""", layout="html", ats="Workday"),
    en(A, "ack_references_received", "Fernhill Fashion", "People Partner, Stores",
       "Fernhill Fashion Talent <talent@fernhillfashion.com>", "Re: referee details",
       """Dear Hannah,

Thank you for sending your referees' details, which we have received. We'll contact them this week.

Fernhill Fashion People Team""", layout="reply", quote_style="gmail",
       quote="Hello,\n\nMy referees are Karen Doyle (Area Manager) and Simon Platt (former Store Manager).\n"
             "Contact details attached.\n\nHannah"),
]
