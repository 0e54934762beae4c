"""Holdout12 English mail, part C: pending, acknowledgements, auto-replies and other mail."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail

MAILS: list[Mail] = [
    # pending
    M("pending", "en", "still_reviewing", "Harwell & Thorne Bank", "KYC Analyst", "reply/utf-8/qp",
      ("Priya Raman", "priya.raman@harwellthorne.co.uk"), "RE: KYC Analyst - following up",
      """Hi Aisha,

Thanks for following up, and sorry for the wait. We're still interviewing - two more candidates next week -
so we won't have a decision before then. I expect to be back in touch by the end of next week.

Priya""", promise=("eonw", 0), quote="fu", extra={"qs": "outlook"}),
    M("pending", "en", "on_hold", "Brightlane Payments", "Compliance Analyst", "plain/utf-8/8bit",
      ("Amira Haddad", "amira.haddad@brightlane.com"), "Compliance Analyst – update",
      """Dear Aisha,

I wanted to give you an honest update. With the acquisition announced on Monday, all external hiring has been
paused while the new group reviews headcount. Your application hasn't been rejected - the role is on hold, and
I'll come back to you as soon as I know whether it will reopen.

Sorry not to have better news.

Amira"""),
    M("pending", "en", "waitlist", "Kestrel Pay", "Financial Crime Graduate Programme", "html//qp",
      ("Kestrel Pay Early Careers", "earlycareers@kestrelpay.com"), "Your assessment centre result",
      """Hello Aisha,

Thank you for attending our assessment centre. You performed well and met the standard for the programme;
however, all of this year's places have now been offered. We'd like to place you on our reserve list. If a
place becomes available, we will contact you straight away.

We will confirm by {D} whether a reserve place has opened up.

Early Careers Team""", promise=("explicit", 21), extra={"ats": "Workable"}),
    M("pending", "en", "background_check", "Northgate Bank", "KYC Analyst", "plain/utf-8/b64",
      ("Northgate Bank Onboarding", "pre-employment@northgatebank.co.uk"), "Your screening – in progress",
      """Dear Aisha,

Thank you for returning your screening documents. Our provider has started your checks (employment history,
credit, criminal record and directorships). Checks usually take 10 to 15 working days; we will let you know as
soon as they are complete. There is nothing further you need to do at the moment.

Pre-Employment Screening
Northgate Bank plc"""),
    M("pending", "en", "delay", "Stellis Re", "Financial Crime Compliance Analyst", "plain/windows-1252/8bit",
      ("Isabel Grant", "isabel.grant@stellisre.com"), "Apologies for the delay",
      """Dear Aisha,

I'm sorry it has gone quiet. Our CCO has been away at the Lloyd's review and we haven't been able to meet as a
panel. We will confirm our decision within 10 working days.

Best wishes,
Isabel""", promise=("bdays", 10)),
    M("pending", "en", "still_reviewing", "Vantis Pay", "Sanctions Analyst", "plain/utf-8/8bit",
      ("Luke Ferris", "luke@vantispay.ie"), "Re: sanctions analyst",
      """no news yet sorry aisha - still going through the last few candidates. will let you know by friday

L""", promise=("weekday", 4)),
    M("pending", "en", "still_reviewing", "Alder & Finch Insurance", "AML Analyst", "html//b64",
      ("Alder & Finch Careers", "noreply@icims.com"), "Your application is under review",
      """Dear Aisha,

Thank you for your patience. Your application for AML Analyst (Req 4502) is still under review by the hiring
team. We receive a high volume of applications and aim to update every candidate, but this can take a little
longer than we'd like. We expect to update you on the outcome within 10 working days.

Alder & Finch Talent Acquisition""", promise=("bdays", 10), reply_to="talent@alderfinch.co.uk", extra={"ats": "iCIMS"}),
    M("pending", "en", "still_reviewing", "Orbital Money", "Fraud & Financial Crime Investigator",
      "plain/utf-8/qp",
      ("Jonah Feld", "jonah@orbital.money"), "quick update",
      """Hi Aisha - the debrief got moved to this afternoon. We'll have an answer for you tomorrow, promise.

Jonah""", promise=("tomorrow", 0)),
    M("pending", "en", "on_hold", "Tollgate Compliance Services", "KYC Remediation Analyst", "alt//qp",
      ("Marcus Bell", "marcus.bell@tollgate-cs.co.uk"), "KYC Remediation Analyst - on hold",
      """Dear Aisha,

The client has asked us to pause the remediation project until its budget for next year is approved. The
role is therefore on hold; we expect to know more in the new year and I'll update you then.

Regards,
Marcus""", promise=None),
    M("pending", "en", "still_reviewing", "Ravensworth Private Bank", "KYC Periodic Review Analyst",
      "plain/utf-8/8bit",
      ("Gemma Osei", "gemma.osei@pinnacle-fs-search.co.uk"), "Ravensworth round 2",
      """Hi Aisha,

Chased Ravensworth this morning. They're seeing one more person on Wednesday and have promised me a decision
by the end of this week. Fingers crossed!

Gemma""", promise=("eow", 0)),
    M("pending", "en", "still_reviewing", "Calder Trust", "KYC Analyst (Funds)", "reply/utf-8/qp",
      ("Niamh Brennan", "niamh.brennan@caldertrust.ie"), "Re: Checking in",
      """Hi Aisha,

No decision yet, I'm afraid - we've one more interview to run on Thursday. I'll be in touch in the next 7 days
either way.

Niamh""", promise=("days", 7), quote="fu", extra={"qs": "gmail"}),
    M("pending", "en", "delay", "Meridian Mutual Insurance", "Compliance Analyst", "plain/utf-8/qp",
      ("Sophie Marsh", "sophie.marsh@meridianmutual.co.uk"), "Compliance Analyst – timing",
      """Hi Aisha,

Quick update on timing. Our Head of Compliance has had to prioritise the year-end regulatory return, so final
interviews are pushed back. We still very much want to see you and expect to confirm next steps by the end of
the month.

Sophie""", promise=("eom", 0)),
    M("pending", "en", "on_hold", "Saxon Clearing", "Client Onboarding Analyst", "html//qp",
      ("Ben Okafor", "ben.okafor@saxonclearing.com"), "Shortlist",
      """Hi Aisha,

Just to keep you posted: you're on our shortlist, but we've had to pause while we wait for sign-off on a second
headcount. Nothing has been decided; I'll let you know where things stand by {WD}.

Ben""", promise=("weekday", 1)),
    M("pending", "en", "references_pending", "Helix Markets", "Compliance Analyst", "plain/utf-8/8bit",
      ("Ravi Menon", "r.menon@helixmarkets.co.uk"), "References",
      """Aisha,

Thanks for sending your referees. We've contacted both and are waiting for the second to come back; once we
have it we'll make our final decision. Should be within the next three working days.

Ravi""", promise=("bdays", 3)),
    M("pending", "en", "still_reviewing", "Corvane Capital", "AML Analyst", "alt//qp",
      ("Rebecca Shaw", "rebecca.shaw@corvanecap.com"), "AML Analyst",
      """Hi Aisha,

Thank you for your patience - we're still deciding between two strong finalists and want to get it right.
I'll be in touch soon.

Best,
Rebecca"""),
    M("pending", "en", "on_hold", "Payvia Europe", "Compliance Analyst", "plain/iso-8859-1/qp",
      ("Hannah Cole", "hannah.cole@payvia.eu"), "Payvia – hiring pause",
      """Hello Aisha,

I'm sorry to tell you that Payvia has introduced a hiring freeze until the new year while we complete our
funding round. Your application is still open and we'd like to keep you in the process; we expect to restart
interviews in the new year and I'll update you when we do.

Kind regards,
Hannah""", promise=None),
    # acknowledgements
    M("acknowledgement", "en", "received_portal", "Quillpay", "Financial Crime Analyst", "html//qp",
      ("Quillpay Talent Team", "no-reply@ashbyhq.com"), "Thanks for applying to Quillpay!",
      """Hi Aisha,

Thanks for applying for the Financial Crime Analyst role at Quillpay! We've received your application and our
team will review it shortly.

If your experience is a good match, we'll reach out to arrange a first conversation. Either way, you'll hear
from us within 10 days.

The Quillpay Talent Team""", promise=("days", 10), reply_to="talent@quillpay.io", extra={"ats": "Ashby"}),
    M("acknowledgement", "en", "received", "Harwell & Thorne Bank", "Sanctions Analyst", "alt//b64",
      ("Harwell & Thorne Careers", "harwellthorne@myworkday.com"), "Application received – Sanctions Analyst",
      """Dear Aisha,

Thank you for applying for the Sanctions Analyst role (JR-88213). We confirm that we have received your
application.

The advert closes soon, after which the hiring team will review all applications. We will contact you within
15 working days to let you know the outcome.

Kind regards,
Harwell & Thorne Talent Acquisition""", promise=("bdays", 15), extra={"ats": "Workday"}),
    M("acknowledgement", "en", "received_agency", "Helix Markets", "Compliance Analyst", "plain/utf-8/8bit",
      ("Kieran Walsh", "kieran@ledgerline-recruitment.com"), "Re: Compliance Analyst – Helix Markets",
      """Hi Aisha,

Thanks for sending over your CV. I've got it and will put you forward to Helix this afternoon - I'll call you
once I hear back from them.

Kieran""", quote="app"),
    M("acknowledgement", "en", "received_docs", "Northgate Bank", "KYC Analyst", "plain/utf-8/qp",
      ("Northgate Bank Onboarding", "pre-employment@northgatebank.co.uk"), "Documents received",
      """Dear Aisha,

This is to confirm that we have received your passport scan, proof of address and the signed screening
consent form.

Pre-Employment Screening Team"""),
    M("acknowledgement", "en", "ack_offer_word", "Stellis Re", "Financial Crime Compliance Analyst",
      "html//qp",
      ("Stellis Re Careers", "careers@stellisre.com"), "We've received your application",
      """Dear Aisha,

Thank you for applying to Stellis Re. Your application has been received.

At Stellis Re we offer a supportive environment, generous benefits and genuine career development. If your
profile matches the role, a member of our team will contact you within two weeks.

Stellis Re Talent Team""", promise=("days", 14), extra={"ats": "SmartRecruiters"}),
    M("acknowledgement", "en", "received_casual", "Orbital Money", "Fraud & Financial Crime Investigator",
      "plain/utf-8/8bit",
      ("Jonah Feld", "jonah@orbital.money"), "Re: intro via Tom",
      """thanks Aisha, got your CV - will have a look this week and get back to you

J""", quote="app", extra={"qs": "apple"}),
    M("acknowledgement", "en", "received_portal", "Alder & Finch Insurance", "Financial Crime Graduate",
      "html//b64",
      ("Alder & Finch Careers", "noreply@icims.com"), "Thank you for your application",
      """Dear Aisha,

Thank you for applying for the Financial Crime Graduate scheme. This email confirms that your application was
submitted successfully. You can track its status at any time in your candidate dashboard.

Alder & Finch Early Talent""", extra={"ats": "iCIMS"}),
    M("acknowledgement", "en", "received", "Vantis Pay", "Compliance Analyst", "plain/utf-8/qp",
      ("Vantis Pay Hiring", "jobs@vantispay.ie"), "Application received",
      """Hi Aisha,

Thanks for applying - your application is in. Our team reviews applications every week and we'll let you know
by Friday whether we'd like to talk.

Vantis Pay Hiring""", promise=("weekday", 4)),
    M("acknowledgement", "en", "received_message", "Tollgate Compliance Services", "Skilled Person Review Analyst",
      "reply/utf-8/qp",
      ("Marcus Bell", "marcus.bell@tollgate-cs.co.uk"), "RE: Question about the role",
      """Dear Aisha,

Thank you for your email, which I have received. I'll check with the engagement partner and reply to you in
full by Wednesday.

Regards,
Marcus""", promise=("weekday", 2), quote="fu", extra={"qs": "outlook"}),
    M("acknowledgement", "en", "received_portal", "Lumen Fintech", "Compliance Analyst", "alt//qp",
      ("Lumen Fintech", "noreply@teamtailor.com"), "Thanks for your application, Aisha",
      """Hi Aisha,

We're happy you want to join Lumen! We've received your application for Compliance Analyst and we'll be in
touch as soon as we've had a proper look.

Team Lumen""", reply_to="jobs@lumenfintech.com", extra={"ats": "Teamtailor"}),
    M("acknowledgement", "en", "ack_offer_word", "Meridian Mutual Insurance", "Sanctions & AML Analyst",
      "plain/utf-8/b64",
      ("Meridian Mutual Careers", "careers@meridianmutual.myworkdayjobs.com"), "Application acknowledgement",
      """Dear Aisha,

Thank you for your application for the Sanctions & AML Analyst position. We confirm receipt.

We regret that we are not able to respond to telephone enquiries about applications. You will hear from us
by {D}.

Resourcing Team""", promise=("explicit", 16)),
    M("acknowledgement", "en", "received_casual", "Fairhaven Assurance", "Compliance Analyst",
      "plain/windows-1252/qp",
      ("Declan Moore", "declan.moore@fairhaven-assurance.ie"), "Your CV",
      """Hi Aisha,

Claire passed on your CV – thank you. I've got it and will read it properly over the next day or two.

Best,
Declan"""),
    M("acknowledgement", "en", "received_portal", "Kestrel Pay", "AML Analyst", "html//qp",
      ("Kestrel Pay Recruiting", "kestrelpay@greenhouse-mail.io"), "Kestrel Pay - we've got your application",
      """Hi Aisha,

Thank you for your interest in Kestrel Pay! We've received your application for AML Analyst and our recruiting
team is reviewing it.

Kind regards,
Kestrel Pay Recruiting""", extra={"ats": "Greenhouse"}),
    # auto replies
    M("auto_reply", "en", "out_of_office", "Harwell & Thorne Bank", "KYC Analyst", "plain/utf-8/qp",
      ("Priya Raman", "priya.raman@harwellthorne.co.uk"), "Automatic reply: KYC Analyst - thank you",
      """Thank you for your email. I am out of the office until {DUE} with limited access to email. For urgent
recruitment matters please contact talent@harwellthorne.co.uk.

Priya Raman""", extra={"auto": "auto-replied"}),
    M("auto_reply", "en", "left_company", "Ravensworth Private Bank", "Client Due Diligence Analyst",
      "plain/utf-8/8bit",
      ("Helen Ashby", "helen.ashby@ravensworth.co.uk"), "Automatic reply: Following up",
      """Helen Ashby has left Ravensworth Private Bank. This mailbox is no longer monitored.
Please direct any enquiries to hr@ravensworth.co.uk.""", extra={"auto": "auto-replied"}),
    M("auto_reply", "en", "auto_noreply", "Alder & Finch Insurance", "AML Analyst", "plain/utf-8/qp",
      ("Alder & Finch Careers", "noreply@icims.com"), "Re: AML Analyst",
      """This is an automated message. This mailbox does not accept incoming email. Replies to this address are
not read. To contact us about your application, please log in to the candidate portal.""",
      extra={"auto": "auto-replied", "precedence": "bulk"}),
    M("auto_reply", "en", "out_of_office", "Quillpay", "Onboarding Analyst", "html//qp",
      ("Mei Tanaka", "mei.tanaka@quillpay.io"), "Out of office: Re: Onboarding Analyst offer",
      """Hi, I'm on annual leave and back on {DUE}. If it's about an offer or a contract, my colleague Ade
(ade@quillpay.io) can help.

Mei""", extra={"auto": "auto-replied"}),
    M("auto_reply", "en", "out_of_office", "Corvane Capital", "AML Analyst", "plain/utf-8/qp",
      ("Rebecca Shaw", "rebecca.shaw@corvanecap.com"), "Automatic reply: AML Analyst - checking in",
      """Thank you for your message. I am currently on parental leave and will not be checking email. For anything
related to hiring, please contact recruiting@corvanecap.com, who will be happy to help.

Rebecca""", extra={"auto": "auto-replied"}),
    M("auto_reply", "en", "out_of_office", "Saxon Clearing", "Sanctions Screening Analyst", "plain/windows-1252/qp",
      ("Ben Okafor", "ben.okafor@saxonclearing.com"), "Automatic reply: Thank you",
      """Unfortunately I'm out of the office at a conference this week and won't be able to respond until I'm back
on Monday. For urgent matters please call the onboarding desk on +44 20 7946 0311.""", extra={"auto": "auto-replied"}),
    M("auto_reply", "en", "auto_noreply", "Meridian Mutual Insurance", "Compliance Analyst", "plain/utf-8/8bit",
      ("Meridian Mutual HR Helpdesk", "hrhelpdesk@meridianmutual.co.uk"), "[Ticket #HR-4471902] Re: Compliance Analyst",
      """Thank you for contacting the HR Helpdesk. This is an automatic acknowledgement - your request has been
logged as ticket HR-4471902. Please do not reply to this email.""",
      extra={"auto": "auto-generated", "precedence": "auto_reply"}),
    M("auto_reply", "en", "out_of_office", "Lumen Fintech", "Transaction Monitoring Analyst", "plain/utf-8/8bit",
      ("Sara Lindqvist", "sara@lumenfintech.com"), "Auto: Re: Thank you - Transaction Monitoring interview",
      """OOO till Wednesday, slow replies. s""", extra={"auto": "auto-replied"}),
    # other
    M("other", "en", "interviewer", "Whitcombe Leigh LLP", "Trainee Paralegal", "plain/utf-8/qp",
      ("Rachel Tan", "rachel.tan@whitcombeleigh.com"), "Trainee paralegal interviews – can you sit on the panel?",
      """Hi Aisha,

Would you be able to sit on the panel for the trainee paralegal interviews on {SLOT}? We've got three
candidates, 30 minutes each. I'll send you their CVs and the scoring sheet - we need to decide by Tuesday
who to make an offer to, so please get your scores to me on the day.

Thanks so much,
Rachel
HR Manager, Whitcombe Leigh LLP"""),
    M("other", "en", "interviewer", "Whitcombe Leigh LLP", "Trainee Paralegal", "reply/utf-8/8bit",
      ("Daniel Hughes", "daniel.hughes@whitcombeleigh.com"), "Re: Candidate scores",
      """Thanks Aisha. Agree on Tom - strong on the document exercise. Unfortunately I don't think Lucy is ready;
we'll let her down gently. Can you draft the rejection for HR?

D""", quote="Scores attached. My vote is Tom; Lucy struggled with the disclosure question.",
      extra={"qs": "gmail"}),
    M("other", "en", "job_alert", "LinkedIn", "", "html//qp",
      ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), "KYC Analyst: 12 new jobs in London",
      """Your job alert for KYC Analyst in London

- KYC Analyst - Harwell & Thorne Bank - London - Apply by {DUE}
- Financial Crime Analyst - Lumen Fintech - London (Hybrid) - Easy Apply
- AML Analyst - Kestrel Pay - London - Actively recruiting

We regret that some of these roles may close early. Offers: get 1 month of Premium free.

See all jobs""", extra={"ats": "LinkedIn", "precedence": "bulk"}),
    M("other", "en", "newsletter_offer", "Compliance Careers Weekly", "", "html//b64",
      ("Compliance Careers Weekly", "newsletter@compliancecareers.news"), "This week: who's hiring in fincrime",
      """Compliance Careers Weekly

Inside this week:
- Three banks that still offer proper KYC training
- Salary guide: what an offer for an AML analyst looks like in 2027
- Interview tips: answering "tell me about a time you escalated"

You are receiving this because you subscribed. Unsubscribe.""", extra={"ats": "Mailchimp", "precedence": "bulk"}),
    M("other", "en", "withdrawal", "Saxon Clearing", "Client Onboarding Analyst", "reply/utf-8/qp",
      ("Ben Okafor", "ben.okafor@saxonclearing.com"), "RE: Withdrawing my application",
      """Hi Aisha,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application as
requested. Best of luck.

Ben""", quote="I wanted to let you know that I have accepted another offer and would like to withdraw my "
               "application. Thank you for your time.", extra={"qs": "outlook"}),
    M("other", "en", "event_invite", "Northgate Bank", "", "html//qp",
      ("Northgate Bank Early Careers", "events@northgatebank.co.uk"), "You're invited: Financial Crime insight evening",
      """Dear Aisha,

Join us for an insight evening on careers in financial crime at our Canary Wharf office on {SLOT}, 18:00.
Hear from analysts in KYC, sanctions and investigations and meet the recruitment team.

Register now - places are limited.""", extra={"ats": "Eventbrite"}),
    M("other", "en", "survey", "Quillpay", "", "html//qp",
      ("Quillpay Talent Team", "no-reply@ashbyhq.com"), "How was your interview experience?",
      """Hi Aisha,

We'd love your feedback on your recent interview experience with Quillpay. The survey takes two minutes and is
anonymous; your answers won't affect your application.

Take the survey""", extra={"ats": "Ashby"}),
    M("other", "en", "account", "Kestrel Pay", "", "plain/utf-8/qp",
      ("Kestrel Pay Careers", "no-reply@kestrelpay.wd3.myworkdayjobs.com"), "Verify your candidate account",
      """Hi Aisha,

Please verify your email address to finish creating your candidate account. This link expires in 24 hours.

If you didn't create an account, you can ignore this email.""", extra={"precedence": "bulk"}),
    M("other", "en", "newsletter_regret", "Ledgerline Recruitment", "", "alt//qp",
      ("Kieran Walsh", "kieran@ledgerline-recruitment.com"), "Q4 compliance market update",
      """Hi all,

A quick market update from the Ledgerline team. Hiring for KYC and AML analysts slowed in October, and we
regret to report that several fintech clients have paused recruitment after funding rounds fell through.
Banks, however, are still making offers, particularly for sanctions roles.

Happy to chat about what this means for you.

Kieran""", extra={"precedence": "bulk"}),
    M("other", "en", "reference_for_other", "Whitcombe Leigh LLP", "", "plain/utf-8/8bit",
      ("Sam Price", "sam.price@kestrelpay.com"), "Reference for Jordan Ellis",
      """Dear Aisha,

Jordan Ellis has given your name as a referee for a KYC Analyst role with us. We're pleased to have offered
Jordan the position, subject to references. Could you confirm the dates Jordan worked with you and answer the
short questionnaire attached?

Many thanks,
Sam Price
People Operations, Kestrel Pay"""),
    M("other", "en", "interviewer", "Whitcombe Leigh LLP", "Trainee Paralegal",
      "plain/utf-8/qp",
      ("Whitcombe Leigh Recruitment", "recruitment@whitcombeleigh.com"), "Interviewer pack: trainee paralegal",
      """Hi Aisha,

Thank you for agreeing to interview for the trainee paralegal intake. Attached are the interviewer pack, the
competency questions and the candidate timetable. Please submit your scorecards in Workday within 24 hours of
each interview so we can let the candidates know the outcome by {DUE}.

Recruitment Team""", promise=None),
    M("other", "en", "recruiter_outreach", "Pinnacle Financial Search", "", "plain/utf-8/8bit",
      ("Tariq Hussain", "tariq.hussain@pinnacle-fs-search.co.uk"), "Exciting opportunity!!",
      """Hi Aisha,

Hope you're well! I came across your profile and have an exciting opportunity with a leading global bank for a
KYC Analyst. Are you open to a chat this week? Day rate up to £300.

Tariq"""),
    M("other", "en", "job_alert", "Indeed", "", "html//qp",
      ("Indeed", "alert@indeed.com"), "Financial crime jobs near London",
      """New jobs matching "financial crime analyst":

- Financial Crime Analyst - Corvane Capital - £42,000 - 45,000 a year
- Junior AML Analyst - Payvia Europe - Responsive employer
- Compliance Assistant - Alder & Finch Insurance - We offer hybrid working and a generous pension

Unfortunately we couldn't find more jobs for your search this week.""", extra={"ats": "Indeed", "precedence": "bulk"}),
]
