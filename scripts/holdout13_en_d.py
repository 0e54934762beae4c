"""holdout13, English auto-replies and other mail: each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import Msg


def en(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one English message returns its record."""
    return Msg(label, "en", trap, company, role, sender, subject, body, **kw)


AR = "auto_reply"
OT = "other"
AUTO = {"Auto-Submitted": "auto-replied"}

MESSAGES: list[Msg] = [
    en(AR, "out_of_office", "Northbridge Retail Group", "HR Business Partner",
       "Priya Raman <priya.raman@northbridgeretail.co.uk>", "Automatic reply: Thank you",
       """Thank you for your email. I am out of the office until Monday 30 November with limited access to
email. For anything urgent regarding store recruitment please contact talent@northbridgeretail.co.uk.

Priya Raman""", extra=AUTO),
    en(AR, "ooo_decision_words", "Kestrel Logistics", "HR Advisor",
       "Rachel Evans <rachel.evans@kestrel-logistics.com>", "Out of Office: HR Advisor - timing",
       """I'm currently on annual leave, returning on 1 December. Unfortunately I won't be able to respond
before then. If your query is about an offer or a contract, please email hrservices@kestrel-logistics.com
and the team will pick it up.

Rachel Evans | HR Operations Manager""", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    en(AR, "noreply_bounce_style", "Pennine Freight", "",
       "Pennine Freight Recruitment <jobs@penninefreight.co.uk>", "Re: Talent Acquisition Specialist - question",
       """This mailbox is not monitored. Your message has not been read.

To check the status of your application, log in to your candidate account. For other queries please
use the contact form on our careers site.""", extra=AUTO),
    en(AR, "ooo_short_mobile", "Copperleaf Coffee", "Area People Partner",
       "Jess Morland <jess.morland@copperleafcoffee.co.uk>", "Auto reply: Re: Area People Partner",
       """Hi! I'm off visiting shops in Leeds today and tomorrow with patchy signal. I'll reply when I'm back
at my desk on Thursday. Jess""", extra=AUTO),
    en(AR, "ooo_html_outlook", "Meridian Hospitality", "Talent Acquisition Partner",
       "Sophie Lang <sophie.lang@meridianhospitality.com>", "Automatic reply: Following up",
       """Thank you for your message.

I am out of the office on parental leave until 4 January 2027. During this time my inbox will not be
monitored.

For recruitment queries please contact Imogen Fairclough (imogen.fairclough@meridianhospitality.com).""",
       layout="html", extra=AUTO),
    en(AR, "ats_autoresponder", "Harbour & Vine Hotels", "",
       "Harbour & Vine Careers <careers@harbourandvine.com>", "Re: My interview on Thursday",
       """Thank you for contacting Harbour & Vine Careers. This is an automatic acknowledgement.

We aim to respond to queries within 3 working days. If your question is about an interview that is
due to take place within 24 hours, please call the hotel directly.""", extra={"Auto-Submitted": "auto-generated",
       "Precedence": "auto_reply"}),
    en(AR, "ooo_agency", "Brightside Homeware", "HR Business Partner",
       "Mark Delaney <mark.delaney@peoplebridge-recruit.co.uk>", "Out of office - Mark Delaney",
       """Thanks for your email. I'm on holiday until Monday 23 November. If it's about a live role please
contact Zoe Harper on 0161 555 0142. Otherwise I'll be back in touch when I return.

Mark""", extra=AUTO),
    en(AR, "ooo_quoted_rejection_word", "Fernhill Fashion", "People Partner, Stores",
       "Karen Doyle <karen.doyle@fernhillfashion.com>", "Automatic reply: reference request for Hannah Okafor",
       """I'm away from the office until 25 November. I regret that I will not be able to reply to your
message until then. For urgent matters contact the Stores HR helpdesk.

Karen Doyle, Area Manager""", extra=AUTO, charset="windows-1252"),
    # other
    en(OT, "job_alert_offer", "", "",
       "Totaljobs Alerts <alerts@jobs-digest.example>", "12 new HR Business Partner jobs in Manchester",
       """Hi Hannah, here are today's jobs that match your alert "HR Business Partner, Manchester".

- HR Business Partner - Stockport - up to £48,000 - apply by 30 November
- People Partner (Retail) - Salford Quays - £42,000 - Great benefits on offer
- HRBP, Logistics - Trafford Park - £45,000 + car

We regret that we can't show salaries for every role. Don't miss out - offers like these go fast!

Unsubscribe | Alert settings""", layout="html", ats="Totaljobs"),
    en(OT, "newsletter_regret", "", "",
       "People Management Weekly <news@peoplemgmt-weekly.example>", "This week: why offers get rejected",
       """THIS WEEK IN PEOPLE MANAGEMENT

* Why candidates reject offers: the three reasons HR directors keep missing
* "We regret to inform you": how to write a rejection that protects your employer brand
* Hiring freezes bite across UK retail as head offices restructure

Read online. You are receiving this because you subscribed at an HR conference.""", layout="alt"),
    en(OT, "withdrawal_confirmation", "Oakmere Foods", "Talent Acquisition Advisor",
       "Sam Whitby <sam.whitby@oakmerefoods.co.uk>", "Re: Withdrawing my application",
       """Hi Hannah,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application for
the Talent Acquisition Advisor post as requested. Best of luck.

Sam""", layout="reply", quote_style="gmail",
       quote="Hi Sam,\n\nI've accepted another offer, so I'd like to withdraw from the process. Thank you for\n"
             "your time.\n\nHannah"),
    en(OT, "user_interviewer_store", "Northbridge Retail Group", "Sales Assistant",
       "Kelly Barnes <kelly.barnes@northbridgeretail.co.uk>", "Interviews for Saturday staff - your store",
       """Hi Hannah,

I've booked three candidates for the Saturday Sales Assistant vacancies into your diary on Thursday:
10:00 Liam, 10:30 Chloe, 11:00 Farah. Their CVs are attached. Please use the usual interview form and
send me your scores so I can make offers by Friday.

Unfortunately we have to reject anyone without weekend availability, so please check that first.

Thanks,
Kelly
Store Recruitment Coordinator"""),
    en(OT, "store_application_received", "Northbridge Retail Group", "Store Supervisor",
       "Marcus Jennings <marcus.j1994@gmail.com>", "Application for supervisor position at your store",
       """Dear Ms Okafor,

I am writing to apply for the Supervisor position advertised in your store window. I have two years'
experience as a team leader at a supermarket and I am available to start immediately.

I would be very grateful for the chance of an interview. My CV is attached.

Yours sincerely,
Marcus Jennings"""),
    en(OT, "candidate_survey", "Kestrel Logistics", "People Advisor",
       "Kestrel Logistics <survey@candidate-feedback.example>", "How was your interview experience?",
       """Hi Hannah,

You recently interviewed with Kestrel Logistics. We'd love to hear how it went - good or bad. The survey
takes 2 minutes and your answers are anonymous. It has no effect on any decision about your application.

Start survey""", layout="html", ats="Workday"),
    en(OT, "account_password", "", "",
       "SmartRecruiters <noreply@smartrecruiters.com>", "Reset your password",
       """Hi Hannah,

We received a request to reset the password for your SmartRecruiters candidate account. If you made
this request, click the link below. If not, you can safely ignore this email.

The link expires in 24 hours.""", layout="html", ats="SmartRecruiters"),
    en(OT, "user_interviewer_feedback_request", "Northbridge Retail Group", "Assistant Store Manager",
       "Daniel Wu <daniel.wu@northbridgeretail.co.uk>", "Your interview with Aoife - feedback please",
       """Hi Hannah,

Thanks for interviewing Aoife Kelly for the Assistant Store Manager role at your store yesterday. Could
you send me your feedback and whether you want to make her an offer? If it's a no, I'll send the
rejection so you don't have to.

Cheers,
Daniel
Area Manager"""),
    en(OT, "recruiter_cold_outreach", "", "",
       "Bea Holloway <bea@holloway-talent.example>", "HR roles in logistics - open to a chat?",
       """Hi Hannah,

I came across your profile and noticed you're moving from store management into HR. I work with several
logistics businesses in the North West who value operational people in their HR teams. Would you be
open to a 15-minute chat next week? No pressure at all.

Bea Holloway
Holloway Talent"""),
    en(OT, "job_alert_unfortunately", "", "",
       "Guardian Jobs <jobs-alerts@guardian-jobs.example>", "Your weekly jobs: People Operations, Remote",
       """Jobs matching "People Operations - Remote"

People Operations Manager - charity, remote - closing date 4 December
Talent Partner - edtech scale-up - offer of flexible hours
HR Advisor (Fixed term) - housing association - Manchester

Unfortunately, one role you saved has now closed.

Manage your alerts""", layout="html", ats="Guardian Jobs"),
    en(OT, "shop_staff_rejection_draft", "Northbridge Retail Group", "Sales Assistant",
       "Kelly Barnes <kelly.barnes@northbridgeretail.co.uk>", "Re: Saturday staff - outcomes",
       """Hi Hannah,

Thanks for your scores. I'll offer Chloe the role and send Liam and Farah the standard "unfortunately
on this occasion" email. Let me know if you want to keep Farah on file for Christmas temps.

Kelly""", layout="reply", quote_style="outlook",
       quote="Kelly,\n\nScores attached. Chloe was outstanding - please offer. Liam and Farah both no\n"
             "for this one.\n\nHannah\nStore Manager"),
    en(OT, "event_invitation", "Greater Irwell Borough Council", "",
       "Irwell Careers Events <events@irwell-council.gov.uk>", "Invitation: Working for the Council - open evening",
       """Dear Hannah,

You registered interest in careers with Greater Irwell Borough Council. Join us for an open evening on
Thursday 3 December, 17:30-19:30, at the Civic Centre, to meet our HR, Finance and Customer Services
teams.

Places are limited - please book via the link.""", layout="alt"),
    en(OT, "linkedin_style_viewed", "", "",
       "JobNetwork <notifications@jobnetwork.example>", "A recruiter viewed your profile",
       """Hannah, your profile was viewed by a recruiter at a logistics company.

See who's been looking at your profile and stand out with Premium - try it free for one month (offer
ends soon).""", layout="html", ats="JobNetwork"),
    en(OT, "salary_benchmark", "", "",
       "CIPD Community <community@cipd-digest.example>", "Digest: HRBP salaries in the North West",
       """Top discussions this week

- "Moving from retail ops into HRBP - what salary should I expect?" (24 replies)
- "Regret taking a counter-offer?" (11 replies)
- "Handling a rescinded offer as the hiring manager" (8 replies)

You're receiving this digest because you follow People Practice.""", charset="iso-8859-1"),
]
