"""holdout18, English part C: next steps and pending mail, each written on its own."""

from __future__ import annotations

from holdout18_core import M

Q_CHASE = ("Hi,\n\nI just wanted to check in on my application for the Patient Access role. I'm still very\n"
           "interested and happy to provide anything else you need.\n\nBest,\nFatima")

MESSAGES: list[M] = [
    M("next_step", "en", "reschedule_unfortunately", "Harbourline Insurance", "Care Navigation Lead",
      "Ben Holloway <ben.holloway@harbourline.co.uk>", "Need to move Thursday's interview",
      """Hi Fatima,

Unfortunately one of our panel members has been called into an audit on Thursday, so we'll need to move your
interview. Could you do Monday at 10:00 or Tuesday at 14:30 instead? Same Teams link. We still plan to
make our decision by the end of the month.

Apologies for the shuffle.

Ben""", promise=("eom", 0)),
    M("next_step", "en", "excel_exercise", "St Aldric's Hospital NHS Trust", "Capacity Planning Officer",
      "Recruitment Team <no-reply@trac.jobs>", "Invitation to assessment - Capacity Planning Officer",
      """Dear Fatima,

Congratulations, you have been shortlisted for the post of Capacity Planning Officer.

The first stage is a 45-minute Excel exercise (bed occupancy data, pivot tables and a short written summary),
held on site in the Education Centre on {X}. Successful candidates will be invited to a panel interview the
same afternoon.

Please book your slot using the link in Trac.

Recruitment Services""", reply_to="recruitment@staldrics.nhs.uk"),
    M("next_step", "en", "sjt_assessment", "Aurelia Health Insurance", "Care Pathways Coordinator",
      "Aurelia Careers <careers@aurelia-health.com>", "Next step: online assessment",
      """Hi Fatima Zahra,

Thanks for your application to the Care Pathways Coordinator role. We'd like to invite you to the next stage:
a situational judgement test of about 30 minutes, followed by a short numerical reasoning test.

Please complete both within 5 days of receiving this email. We'll get back to you with the results within
10 working days of the deadline.

Good luck!
Aurelia Talent Team""", layout="alt"),
    M("next_step", "en", "", "Lumea Health", "Operations Associate", "Jonas at Lumea <jonas@lumeahealth.io>",
      "chat with our COO?",
      """hey fatima, loved the first call. next up would be 45 min with Inès (our COO), she's in Lyon but does video.
can you grab a slot here: cal.lumeahealth.io/ines-interviews

cheers
jonas"""),
    M("next_step", "en", "panel_interview", "Global Health Partners (NGO)", "Field Operations Officer",
      "Recruitment GHP <recruitment@ghp-ngo.org>", "Invitation to panel interview - FOO/2026/14",
      """Dear Fatima Zahra,

Following the written test, we are pleased to invite you to a panel interview for the position of Field
Operations Officer. The panel will consist of the Head of Operations, a representative of the Medical
Coordination Unit and an HR officer.

Date: {X}, 11:00 CET, via Zoom (link to follow)
Duration: 60 minutes, including a 10-minute presentation on "Reducing waiting times in a mobile clinic"

Please confirm your availability by return. The panel expects to reach a decision within two weeks of the
last interview.

Human Resources Unit""", promise=None),
    M("next_step", "en", "next_step_with_decision_date", "Riverside Community Health", "Scheduling Coordinator",
      "Dana Liu <dliu@riversidech.org>", "Scheduling Coordinator - shortlisted",
      """Hi Fatima,

Good news, you've been shortlisted. We'd like you to come in for a 30-minute interview and a short rota exercise.
Interviews run all day tomorrow and the day after; please pick a time from the attached list.

We'll let all candidates know the outcome within 7 days.

Best regards,
Dana""", promise=("days", 7)),
    M("next_step", "en", "", "Crestfield Private Hospital", "Theatre Scheduler",
      "Goodtime by Greenhouse <no-reply@goodtime.io>", "Please pick a time for your interview with Crestfield",
      """Hi Fatima Zahra,

Crestfield Private Hospital would like to schedule an interview with you for the Theatre Scheduler role.

Interview: Hiring Manager Interview (45 min)
Interviewers: Paul Ridgeway, Theatre Manager

Select your availability using the button below.
[ Choose times ]

Questions? Reply to this email and your recruiter will get back to you.""", layout="html",
      reply_to="sarah.k@crestfieldhospital.co.uk"),
    M("next_step", "en", "reference_request", "Westbrook Hospice", "Patient Services Administrator",
      "Margaret Hollis <hr@westbrookhospice.org.uk>", "References",
      """Dear Fatima

Thank you for coming to see us. The panel would like to take up your references before making a final decision -
could you please send me contact details for your two referees, one of whom should be your current line
manager?

We hope to be able to let you know by the end of the month.

Best wishes
Margaret""", promise=("eom", 0), charset="iso-8859-1"),
    M("next_step", "en", "reschedule_unfortunately", "Nuvia Health Tech", "Implementation Coordinator",
      "Rachel Green <rachel.g@nuviahealth.com>", "Re: Final round - Implementation Coordinator",
      """Hi Fatima,

Unfortunately our VP of Customer is off sick this week, so we need to cancel tomorrow's final round. We're
sorry! Could we rebook for next week? I've put three options below:

- Tue 09:30
- Wed 13:00
- Thu 16:00

Thanks for your flexibility,
Rachel""", quote="Hi Rachel,\nThanks, confirming Wednesday at 11. Looking forward to it!\nFatima"),
    M("next_step", "en", "", "Kestrel Recruitment", "Patient Access Coordinator (client: London hospital group)",
      "Gary Blunt | Kestrel Recruitment <gary.b@kestrelrec.co.uk>", "2nd interview!!",
      """Fatima - they want to see you again! 2nd stage is with the head of patient access, face to face, probably
Thursday. Will confirm time tomorrow. Told you you smashed it :)

G"""),
    M("next_step", "en", "case_study", "Calder & Finch Consulting", "Healthcare Analyst",
      "Sophie Marchetti <sophie.marchetti@calderfinch.com>", "Case study - next stage",
      """Dear Fatima,

Thank you for the first-round interview. We would like to invite you to the case study stage. You'll receive a
short pack on outpatient backlog at a fictional trust, and you'll have 2 hours to prepare a 10-minute
recommendation, presented to two of our managers.

Please send me three dates that would work over the next fortnight.

Best,
Sophie""", layout="alt"),
    M("next_step", "en", "vaccination_check", "Halden Valley NHS Foundation Trust", "Patient Flow Coordinator",
      "Occupational Health <oh.halden@nhs.net>", "Pre-employment health assessment - appointment required",
      """Dear Fatima,

As part of your application for Patient Flow Coordinator, please book a pre-employment health appointment.
Bring evidence of your MMR, varicella and hepatitis B vaccinations, and your TB screening if you have it.

Appointments are available Monday to Thursday. Call 01632 960 551 to book.

Occupational Health Department"""),
    M("next_step", "en", "next_step_with_decision_date", "Thamesreach Hospital Charity", "Projects Officer",
      "Claire Dunmore <claire.dunmore@thamesreachcharity.org>", "Second interview",
      """Dear Fatima,

Thanks for Monday. We'd like to invite you back for a second conversation with our CEO, 30 minutes, any time
Wednesday afternoon. After that we'll make a decision by Friday.

Claire""", promise=("weekday", 4)),
    M("next_step", "en", "", "Velora Insurance", "Health Claims Team Lead",
      "Velora Insurance <noreply@icims.com>", "Action required: complete your video interview",
      """Dear Fatima Zahra,

You have been invited to complete a recorded video interview for Health Claims Team Lead. You'll answer four
questions and have up to 3 minutes per answer.

The link expires on {X}. Your answers will be reviewed by the hiring team, who will be in touch within
three business days after you submit.

Velora Insurance Talent Acquisition""", layout="html", reply_to="ta@velora-insurance.com"),
    M("next_step", "en", "", "Coram Street Hospital", "Outpatient Booking Team Leader",
      "Nadia Farouk <n.farouk@coramstreet.org>", "RE: Outpatient Booking Team Leader",
      """Hi Fatima,

Thank you for coming in. The panel would like to invite you to a short final meeting with the Divisional
Director tomorrow at 15:15 in the Ops Centre, 3rd floor. It's informal, 20 minutes.

We'll give you a decision tomorrow as well, after that meeting.

Kind regards,
Nadia""", promise=("tomorrow", 1), quote="Dear Nadia,\nThank you for today's interview.\nKind regards, Fatima",
      extra={"X-Quote-Style": "outlook"}),
    M("pending", "en", "delay", "Harbourline Insurance", "Care Navigation Lead",
      "Ben Holloway <ben.holloway@harbourline.co.uk>", "Re: Care Navigation Lead - next steps?",
      """Hi Fatima,

Thanks for chasing, and sorry we've been slow. We still have two interviews to do after a candidate had to
reschedule, so we won't have a decision for another week or so. You're very much still in the running.

Ben""", quote=Q_CHASE),
    M("pending", "en", "on_hold_restructuring", "Northgate Care Partners", "Patient Flow Manager",
      "Eleanor Whitby <e.whitby@northgatecare.org.uk>", "Patient Flow Manager - recruitment paused",
      """Dear Fatima,

I wanted to let you know that we have paused recruitment to the Patient Flow Manager post while the
organisation goes through a consultation on the structure of the operations directorate. No decisions have been
made on any candidate.

Your application remains live and I will update you as soon as the consultation concludes.

Kind regards,
Eleanor""", layout="alt"),
    M("pending", "en", "waitlist", "Global Health Partners (NGO)", "Operations Assistant",
      "Recruitment GHP <recruitment@ghp-ngo.org>", "Operations Assistant - reserve list",
      """Dear Fatima Zahra,

The selection for the Operations Assistant post has concluded. You were not the first-ranked candidate, but
the panel has placed you on the reserve list, which remains valid for twelve months. If the selected candidate
does not take up the post, or if a similar post opens, you may be contacted.

Human Resources Unit""", cte="qp"),
    M("pending", "en", "", "Lumea Health", "Operations Associate", "Jonas at Lumea <jonas@lumeahealth.io>",
      "re: update?",
      """hey! still deciding, sorry. ines is out til weds. you'll hear from us by end of next week latest

j""", promise=("eow", 1), quote="Hi Jonas, any update on the ops role? Thanks! Fatima"),
    M("pending", "en", "delay", "St Columba's Hospital", "Ward Manager Support Officer",
      "Aileen McBride <aileen.mcbride@stcolumbas.scot.nhs.uk>", "still waiting on sign-off",
      """Hi Fatima,

Just so you're not left wondering - we've finished interviews but the vacancy control panel hasn't met yet to
sign off the appointment, so we can't confirm anything. It meets some time this month, I'm told.

Aileen""", promise=None),
    M("pending", "en", "on_hold_budget", "Brightwater Clinics", "Patient Experience Manager",
      "Omar Siddiqui <omar.siddiqui@brightwaterclinics.com>", "Patient Experience Manager",
      """Dear Fatima,

A quick update. The Patient Experience Manager role has been put on hold while we finalise next year's budget.
I expect clarity by the end of the month and I'll come back to you either way then.

Kind regards,
Omar Siddiqui""", promise=("eom", 0), charset="windows-1252"),
    M("pending", "en", "", "Aurelia Health Insurance", "Care Pathways Coordinator",
      "Aurelia Careers <careers@aurelia-health.com>", "Your application is still under review",
      """Hi Fatima Zahra,

Thank you for completing the assessments. Your application for Care Pathways Coordinator is still being
reviewed by the hiring team. We expect to update you within 10 business days.

The Aurelia Talent Team""", promise=("bdays", 10), layout="html"),
    M("pending", "en", "delay", "Fenwick Medical Group", "Practice Operations Manager",
      "Joanne Tait <joanne.tait@fenwickmedical.co.uk>", "Re: Practice Operations Manager",
      """Hi Fatima

Apologies for the delay in getting back to you. Dr Mehta has been on leave and the partners haven't been able
to meet. We hope to have an answer for all candidates by {D}.

Kind regards
Joanne Tait
Practice Manager""", promise=("explicit", 9), quote="Dear Joanne,\nI hope you are well. Do you have any news on "
      "the Practice Operations Manager role?\nKind regards, Fatima"),
    M("pending", "en", "waitlist", "Pellham Diagnostics", "Lab Operations Coordinator",
      "Pellham Diagnostics People Team <people@pellhamdx.com>", "Lab Operations Coordinator - your status",
      """Dear Fatima,

We've offered the Lab Operations Coordinator post to another candidate, who is still completing their checks.
You were a very close second and we'd like to hold your application on a waiting list until those checks are
complete. We expect to know within three weeks.

People Team""", promise=("days", 21)),
    M("pending", "en", "", "Medisana Group", "Service Improvement Officer",
      "Medisana Group <no-reply@ashbyhq.com>", "Service Improvement Officer - update",
      """Hi Fatima Zahra,

A quick note to say we haven't forgotten you! The hiring team is still finalising interviews for the Service
Improvement Officer role and we'll be in touch within two weeks.

Medisana Group Recruiting""", promise=("days", 14), reply_to="jobs@medisana-group.com"),
    M("pending", "en", "on_hold_freeze", "Velora Insurance", "Health Claims Coordinator",
      "Hiring Team Velora <ta@velora-insurance.com>", "Regarding your candidacy",
      """Dear Fatima,

Due to a company-wide hiring freeze announced this week, all open requisitions in Health Claims are on hold,
including the one you interviewed for. This isn't a decision on your candidacy. We'll reopen the process when
the freeze lifts and will contact you first.

Regards,
Talent Acquisition""", layout="alt", charset="iso-8859-1"),
    M("pending", "en", "delay", "Kestrel Recruitment", "Patient Access Coordinator (client: London hospital group)",
      "Gary Blunt | Kestrel Recruitment <gary.b@kestrelrec.co.uk>", "no news yet",
      """Hi Fatima

Still nothing back from the client, they've got half the panel on leave. Ive been told within 5 working days
so will chase if we don't hear.

Gary""", promise=("bdays", 5)),
    M("pending", "en", "", "Crestfield Private Hospital", "Bed Bureau Coordinator",
      "Sarah Kaye <sarah.k@crestfieldhospital.co.uk>", "Bed Bureau Coordinator",
      """Dear Fatima,

Thank you for your patience. We're still interviewing for the Bed Bureau Coordinator role and expect to make
a final decision by Friday. I'll be in touch either way.

Best wishes,
Sarah Kaye
Recruitment Partner""", promise=("weekday", 4)),
    M("pending", "en", "unfortunately_delay", "Coram Street Hospital", "Discharge Coordinator",
      "Nadia Farouk <n.farouk@coramstreet.org>", "Discharge Coordinator - delay",
      """Hi Fatima,

Unfortunately we are running behind with the panel's scoring because of winter pressures on the wards. No
decision has been made yet. We're aiming to confirm outcomes within the next 2 weeks.

Regards,
Nadia""", promise=("days", 14)),
    M("pending", "en", "", "Thamesreach Hospital Charity", "Fundraising Operations Officer",
      "Claire Dunmore <claire.dunmore@thamesreachcharity.org>", "re: catching up",
      """Hi Fatima - thanks for your note. The trustees meet next month and need to approve the post before we can
appoint, so it will be a little while yet. Hang in there.

Claire""", quote="Hi Claire, just wondering whether there is any update? Fatima"),
]
