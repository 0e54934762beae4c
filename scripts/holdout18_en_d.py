"""holdout18, English part D: acknowledgements, auto-replies and other mail, each written on its own."""

from __future__ import annotations

from holdout18_core import M

Q_WITHDRAW = ("Dear recruitment team,\n\nI would like to withdraw my application for the Bed Manager post, as I have\n"
              "accepted another offer. Thank you for your time.\n\nKind regards,\nFatima Zahra Benali")

MESSAGES: list[M] = [
    M("acknowledgement", "en", "", "St Aldric's Hospital NHS Trust", "Capacity Planning Officer",
      "Trac Jobs <no-reply@trac.jobs>", "Application received - 310-SA-5520",
      """Dear Fatima,

Thank you for submitting your application for Capacity Planning Officer (310-SA-5520).

Shortlisting will take place after the closing date. If you have not heard from us within 3 weeks of the closing
date, please assume you have not been shortlisted on this occasion.

St Aldric's Hospital NHS Trust""", reply_to="recruitment@staldrics.nhs.uk"),
    M("acknowledgement", "en", "ack_says_offer", "Bright Meridian Health", "Patient Navigator",
      "Bright Meridian Careers <careers@brightmeridian.health>", "Thanks for applying to Bright Meridian",
      """Hi Fatima Zahra,

We've received your application for Patient Navigator. Thanks for thinking of us!

Curious about what we offer? Our benefits page covers everything from private healthcare to our learning
budget. Our team will review your application and get back to you within 14 days.

Bright Meridian People Team""", promise=("days", 14), layout="html"),
    M("acknowledgement", "en", "", "Lumea Health", "Operations Associate",
      "Lumea Health <no-reply@ashbyhq.com>", "We got your application!",
      """Hey Fatima Zahra,

Thanks for applying to Lumea Health for the Operations Associate role. We're a small team so it may take a
little while, but a human will read this.

Team Lumea""", reply_to="jonas@lumeahealth.io"),
    M("acknowledgement", "en", "", "Oakmere Integrated Care Board", "Programme Support Officer",
      "Oakmere ICB Recruitment <recruitment@oakmere-icb.nhs.uk>", "Acknowledgement: 882-OI-0214",
      """Dear Applicant,

This is to confirm we have received your application for Programme Support Officer (882-OI-0214).

Shortlisting will be completed by {D}, and candidates will be notified of the outcome by email.

Oakmere ICB Recruitment""", promise=("explicit", 16), charset="iso-8859-1", cte="qp"),
    M("acknowledgement", "en", "message_received", "Kestrel Recruitment", "",
      "Gary Blunt | Kestrel Recruitment <gary.b@kestrelrec.co.uk>", "Re: CV",
      """Cheers Fatima, got your updated CV. Will get it over to the clinic this afternoon.
G""", quote="Hi Gary,\nHere's my updated CV with the project coordination bits added.\nFatima"),
    M("acknowledgement", "en", "", "Harbourline Insurance", "Care Navigation Lead",
      "Harbourline Careers <careers@myworkday.com>", "Thank you for applying: Care Navigation Lead (R-40422)",
      """Hello Fatima Zahra,

Thank you for applying for Care Navigation Lead (R-40422). Your application has been received and is now with
our recruitment team, who aim to respond within 10 working days.

Track the progress of your application at any time in your Candidate Home account.

Harbourline Talent Acquisition""", promise=("bdays", 10), layout="alt", reply_to="talent@harbourline.co.uk"),
    M("acknowledgement", "en", "", "Global Health Partners (NGO)", "Field Operations Officer",
      "Recruitment GHP <recruitment@ghp-ngo.org>", "FOO/2026/14 - receipt of application",
      """Dear Candidate,

We acknowledge receipt of your application for the position of Field Operations Officer (FOO/2026/14).

Due to the large number of applications, only shortlisted candidates will be contacted. Shortlisted candidates
will be notified by the end of next week.

Human Resources Unit""", promise=("eow", 1)),
    M("acknowledgement", "en", "ack_says_offer", "Velora Insurance", "Health Claims Coordinator",
      "Velora Insurance <noreply@icims.com>", "Velora Insurance: Application Received",
      """Dear Fatima Zahra Benali,

Thank you for applying for Health Claims Coordinator. We have received your application.

At Velora we offer flexible working, a generous pension and a wellbeing allowance. If your experience matches
what we're looking for, a member of our team will contact you.

Velora Insurance Talent Acquisition""", layout="html", charset="windows-1252"),
    M("acknowledgement", "en", "message_received", "Coram Street Hospital", "Discharge Coordinator",
      "Nadia Farouk <n.farouk@coramstreet.org>", "RE: references",
      """Thanks Fatima, received both referee details. I'll send the requests today.

Nadia""", quote="Hi Nadia,\nAs requested, my referees are Sr. J. Morgan and Mr D. Price; details below.\nFatima",
      extra={"X-Quote-Style": "outlook"}),
    M("acknowledgement", "en", "", "Medivo", "Clinical Operations Coordinator",
      "Medivo Talent <talent@medivo.com>", "Medivo - we've received your application",
      """Hi Fatima,

Thank you for your application for the Clinical Operations Coordinator role in Lyon. We review applications on
a rolling basis and aim to reply to everyone within 5 working days.

Medivo Talent""", promise=("bdays", 5), layout="alt", cte="b64"),
    M("acknowledgement", "en", "", "Calder & Finch Consulting", "Healthcare Analyst",
      "Calder & Finch <no-reply@greenhouse.io>", "Thank you for applying to Calder & Finch",
      """Dear Fatima,

Thank you for your interest in Calder & Finch! We wanted to let you know we received your application for
Healthcare Analyst, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the
role.

Regards,
Calder & Finch Recruiting""", layout="html", reply_to="recruiting@calderfinch.com"),
    M("acknowledgement", "en", "ack_unfortunately", "Riverside Community Health", "Clinic Scheduler",
      "Dana Liu <dliu@riversidech.org>", "Clinic Scheduler application",
      """Hi Fatima,

Thanks, your application has come through fine. Unfortunately our recruiting manager is on leave this week, so
shortlisting will happen when she's back. You'll hear from us by {D}.

Dana""", promise=("explicit", 11)),
    M("acknowledgement", "en", "", "Westbrook Hospice", "Patient Services Administrator",
      "Westbrook Hospice HR <hr@westbrookhospice.org.uk>", "Application - Patient Services Administrator",
      """Dear Ms Benali

Thank you for your application, which we have received and will consider after the closing date.

Regards
HR""", charset="iso-8859-1"),
    M("acknowledgement", "en", "", "Nuvia Health Tech", "Implementation Coordinator",
      "Nuvia Health Tech <no-reply@hire.lever.co>", "Thanks for applying to Nuvia Health Tech",
      """Hi Fatima,

Thanks for applying for Implementation Coordinator. Our team reviews every application and will get back to
you by the end of this week.

Nuvia Health Tech""", promise=("eow", 0), reply_to="rachel.g@nuviahealth.com"),
    M("auto_reply", "en", "noreply_autoresponder", "Crestfield Private Hospital", "",
      "Crestfield HR Mailbox <hr-noreply@crestfieldhospital.co.uk>", "Re: Bed Bureau Coordinator",
      """This mailbox is not monitored. Your email has not been read.

If you are an applicant, please log in to your SmartRecruiters profile to view or update your application.
""", extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "en", "out_of_office", "Lumea Health", "", "Jonas at Lumea <jonas@lumeahealth.io>",
      "Auto-reply: update?",
      """hi, I'm off grid until the 3rd (hiking!). for anything urgent ping ines@lumeahealth.io""",
      extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "en", "ooo_mentions_decision", "Coram Street Hospital", "",
      "Nadia Farouk <n.farouk@coramstreet.org>", "Automatic reply: Discharge Coordinator - any decision?",
      """Thank you for your message. I am currently out of the office and will return on {X}.
Please note I will not be able to provide any decisions on recruitment until my return. For urgent queries,
please contact hr.helpdesk@coramstreet.org.

Nadia Farouk
HR Officer""", layout="alt", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("auto_reply", "en", "out_of_office", "Global Health Partners (NGO)", "",
      "Mariam Haddad <m.haddad@ghp-ngo.org>", "Out of Office",
      """I am currently on mission with very limited connectivity until {X}. Your email will not be forwarded.
Thank you for your patience.
Je suis actuellement en mission jusqu'au {X} avec un accès limité à internet.""",
      extra={"Auto-Submitted": "auto-replied"}),
    M("other", "en", "withdrawal_confirmation", "Halden Valley NHS Foundation Trust", "Bed Manager",
      "HV Recruitment <hv.recruitment@nhs.net>", "RE: Withdrawal - Bed Manager",
      """Dear Fatima,

Thank you for letting us know. We have withdrawn your application for the Bed Manager post and congratulate you
on your new role.

Kind regards,
Recruitment Team""", quote=Q_WITHDRAW, extra={"X-Quote-Style": "outlook"}),
    M("other", "en", "user_is_interviewer", "St Jude's General Hospital (her ward)", "Ward Clerk",
      "Linda Park <linda.park@stjudesgeneral.nhs.uk>", "Interview panel - Ward Clerk (Ward 7B)",
      """Hi Fatima,

Thanks for agreeing to sit on the panel for the Ward Clerk post on 7B. Interviews are on Thursday in the
seminar room, 09:30 to 13:00, four candidates. I've attached the questions and scoring sheets. Could you lead on
questions 3 and 4 (confidentiality and dealing with upset relatives)?

We need to agree our decision the same afternoon and let candidates know by Friday.

Linda
Ward Manager, 7B""", layout="alt"),
    M("other", "en", "job_alert_says_offer", "Healthcare Jobs Weekly", "",
      "Healthcare Jobs Weekly <alerts@hcjobsweekly.com>", "12 new Patient Flow jobs - offers close soon!",
      """Hi Fatima,

New jobs matching "patient flow" near London:

* Patient Flow Coordinator - Riverton NHS Trust - closing date {X}
* Bed Manager - Kingsmead Hospital - Band 6
* Discharge Lead - Vantage Private Health - excellent package on offer

Don't miss out: the best offers go fast. Manage your alerts in your account.

Unsubscribe""", layout="html"),
    M("other", "en", "newsletter_regret", "Institute of Health Management (course)", "",
      "IHM Learning <news@ihm-learning.org>", "Module 4 is live + a correction",
      """Dear learners,

Module 4 (Lean in outpatients) is now available. We regret that the recording of last week's webinar on
demand-and-capacity modelling had no audio for the first 15 minutes; a corrected version has been uploaded.

Assignment 2 is due on {X}.

The IHM Learning team""", layout="alt"),
    M("other", "en", "relative_mail", "", "", "David Okonkwo <d.okonkwo84@gmail.com>", "my mother on ward 7B",
      """Dear Ms Benali,

Thank you for helping us on Saturday when my mother was moved to the discharge lounge. I know the ward was very
busy. The family wanted to say we really appreciated the way you kept us informed.

Kind regards,
David Okonkwo"""),
    M("other", "en", "supplier_mail", "", "", "Ortec Medical Supplies <orders@ortecmedical.co.uk>",
      "Order 44819 - delivery delayed",
      """Hello,

Unfortunately order 44819 (bed-side lockers x6) for Ward 7B has been delayed at our warehouse. We regret the
inconvenience and expect to dispatch it within 5 working days. We can offer a 10% discount on your next order.

Customer Services
Ortec Medical Supplies"""),
    M("other", "en", "user_is_interviewer", "St Jude's General Hospital (her ward)", "Receptionist",
      "Ahmed Rahman <a.rahman.applicant@outlook.com>", "Thank you for the interview",
      """Dear Ms Benali,

Thank you for interviewing me for the Receptionist position yesterday. I enjoyed learning about the outpatient
clinic and I'm very keen on the role. I hope to hear from you soon.

Kind regards,
Ahmed Rahman"""),
    M("other", "en", "", "LinkedIn", "", "LinkedIn <messages-noreply@linkedin.com>",
      "Fatima, you appeared in 9 searches this week",
      """Fatima, you appeared in 9 searches this week.

Recruiters from healthcare and insurance companies looked for people like you. See who's searching.

You are receiving LinkedIn notification emails.""", layout="html"),
    M("other", "en", "newsletter_regret", "NHS Employers newsletter", "",
      "Workforce Bulletin <bulletin@workforce-news.org.uk>", "Workforce Bulletin: pay award, rota rules",
      """In this issue:

- Pay award confirmed for 2026/27
- We regret to report that the national e-rostering framework has been delayed again
- Webinar: offering flexible working to ward staff

Read online | Unsubscribe""", layout="html", charset="iso-8859-1"),
    M("other", "en", "withdrawal_confirmation", "Crestfield Private Hospital", "Theatre Scheduler",
      "Sarah Kaye <sarah.k@crestfieldhospital.co.uk>", "Re: withdrawing my application",
      """Hi Fatima,

No problem at all, I've withdrawn you from the Theatre Scheduler process. Thanks for letting us know and
congratulations on the new offer!

Sarah""", quote="Hi Sarah,\nI'm writing to withdraw from the Theatre Scheduler process - I've accepted an offer\n"
      "elsewhere. Thank you for everything.\nFatima", extra={"X-Quote-Style": "apple"}),
    M("other", "en", "course_marketing", "Institute of Health Management (course)", "",
      "IHM Admissions <admissions@ihm-learning.org>", "Last chance: 20% off the Healthcare Operations Certificate",
      """Hi Fatima Zahra,

Our spring cohort starts soon and we're offering 20% off if you enrol this week. Learn patient-flow analytics,
project management and lean tools from practising NHS managers.

Enrol now""", layout="html", cte="b64"),
    M("other", "en", "user_is_interviewer", "St Jude's General Hospital (her ward)", "Ward Clerk",
      "Linda Park <linda.park@stjudesgeneral.nhs.uk>", "7B ward clerk - who do we offer?",
      """Fatima, I've totted up the scores. Candidate 2 (Mrs Agyei) came top, candidate 4 close behind.
Are you happy for me to ring her with a verbal offer today? If she says no we go to 4. Unfortunately 1 and 3
didn't meet the bar.
L"""),
    M("other", "en", "", "Trac Jobs", "", "Trac Jobs <no-reply@trac.jobs>", "Please verify your email address",
      """Hello,

Please verify your email address to complete your Trac Jobs account registration.

Verify email

If you did not create an account, you can ignore this message."""),
    M("other", "en", "job_alert_says_offer", "Indeed", "", "Indeed <alert@indeed.com>",
      "Project Coordinator jobs in Brussels",
      """Project Coordinator - Healthcare NGO - Brussels - Easily apply
Project Officer, Health Systems - Brussels - We offer a competitive salary
Junior Project Manager (Hospital IT) - Remote

Unfortunately, some jobs you viewed are no longer available.

See all jobs"""),
    M("other", "en", "", "St Jude's General Hospital (her ward)", "",
      "Estates Helpdesk <estates@stjudesgeneral.nhs.uk>", "Planned maintenance: Ward 7B nurse call system",
      """Dear Ward 7B,

The nurse call system will be tested on Tuesday between 07:00 and 08:00. Please ensure the ward clerk informs
patients and visitors.

Estates & Facilities"""),
]
