"""holdout16, English messages (second half): each written on its own."""

from __future__ import annotations

from holdout16_core import M, q

MESSAGES: list[M] = [
    M("rejection", "en", "warm_rejection", "Rheinfeld Medical GmbH", "Regulatory Affairs Specialist",
      "Personio <no-reply@personio.de>", "Your application at Rheinfeld Medical GmbH",
      """Dear Chiara,

thank you very much for the open and inspiring conversation last week. Your enthusiasm for moving from the
pharmacy counter into regulatory affairs came through very clearly, and the team enjoyed meeting you.

We have thought about it carefully. In the end we have decided in favour of another applicant whose profile fits
the requirements of this position slightly better.

We wish you all the best for your future, personally and professionally.

Kind regards
Katharina Vogt
People & Culture | Rheinfeld Medical GmbH, Munich
""", layout="ats_alt", ats="Personio", reply_to="katharina.vogt@rheinfeld-medical.de"),
    M("rejection", "en", "no_interview", "Sorelle Biotech", "Medical Information Associate (remote, Italy)",
      "Sorelle Biotech Talent <talent@sorellebio.it>", "Medical Information Associate - your application",
      """Dear Chiara,

Thanks a lot for applying. After reviewing your CV we won't be able to offer you an interview for this role, as
we need a native-level German speaker for the DACH hotline. If an Italian-language position comes up we'd be
happy to see your application again.

Best,
Giulia Ferraro
Talent Partner
"""),
    M("rejection", "en", "rescinded", "Lyonnaise Dispositifs Médicaux", "Regulatory Affairs Associate",
      "Hélène Garnier <h.garnier@lyonnaise-dm.fr>", "Regarding your offer",
      """Dear Chiara,

It is with real regret that I write to you. Following the decision of our parent group last Friday to close the
regulatory team in Lyon and move it to Amsterdam, the position we offered you no longer exists, and we must
withdraw our offer of 12 October.

I know this is very bad news. HR will contact you about the costs you have already incurred for the move.

With my sincere apologies,
Hélène Garnier
Directrice Affaires Réglementaires
""", cs="windows-1252", cte="8bit", layout="alt", when="2026-11-02 10:00"),
    M("rejection", "en", "talent_pool", "Alpenblick Pharma AG", "Pharmacovigilance Specialist",
      "Alpenblick Pharma AG <noreply@successfactors.eu>", "Pharmacovigilance Specialist (100%) - Basel",
      """Dear Ms Romano,

We thank you for your interest in Alpenblick Pharma and for the time you invested in the selection process.

After careful evaluation we regret to inform you that we are not able to consider your application further.
We were pleased to see such strong interest and, with your consent, we will add your profile to our talent pool.

Kind regards
Alpenblick Pharma AG, Talent Acquisition Switzerland
""", layout="ats", ats="SuccessFactors", cs="iso-8859-1", cte="qp"),
    M("rejection", "en", "feedback_rejection", "Tessaract CRO", "Regulatory Submissions Associate",
      "Marek Nowicki <marek.nowicki@tessaractcro.com>", "Feedback as promised",
      """Hi Chiara,

As promised, some feedback after your interview for the Regulatory Submissions Associate role.

What went well:
- your examples of dealing with medicine shortages and recalls were concrete and convincing
- you clearly understand why document control matters

Where the other candidate was stronger:
- hands-on eCTD publishing (we use Lorenz docuBridge daily)
- experience with health authority questions

So we won't be moving forward with you this time, but honestly you're not far off. A short eCTD course would make
a big difference.

Marek
""", layout="alt", cte="qp"),
    M("rejection", "en", "we_regret", "Castellan Medical Devices", "Vigilance Specialist",
      "Castellan Medical Devices <do-not-reply@castellanmd.com>", "Vigilance Specialist - Req 55190",
      """Dear Chiara,

We regret to inform you that you have not been selected for the position of Vigilance Specialist. We appreciate
the time you took to apply.

Castellan Medical Devices Human Resources
"""),
    M("rejection", "en", "warm_rejection", "Orla Healthcare Communications", "Medical Writer (Regulatory)",
      "Niamh Byrne <niamh@orlahealthcomms.ie>", "Re: writing sample",
      """Hi Chiara

Thanks so much for the writing sample, it was lovely - really clear, and I can see you've spent years explaining
medicines to real people. I wish I had a role for you right now.

The honest answer is that for this one we need someone who has written clinical overviews before, and we've
offered it to a person who has. I'd love to keep you in mind for our patient-information projects next year,
if that's OK?

Niamh
""", quote="gmail", quoted="Hi Niamh,\n\n"
      "attached is the writing sample (a patient leaflet rewrite). Looking forward to hearing what you think!\n\n"
      "Chiara"),
    M("rejection", "en", "no_interview", "Hartwell Clinical Research", "Clinical Regulatory Associate",
      "Workable <noreply@candidates.workablemail.com>", "Your application for Clinical Regulatory Associate",
      """Hi Chiara,

Thank you for your interest in Hartwell Clinical Research. We've reviewed your application for Clinical
Regulatory Associate and we won't be inviting you to interview at this time. Unfortunately we are unable to
provide individual feedback.

Best of luck,
Hartwell Clinical Research
""", layout="ats_alt", ats="Workable", reply_to="people@hartwellcr.com"),
    M("rejection", "en", "final_round_rejection", "Grisons Pharma AG", "Regulatory Affairs Specialist (Labelling)",
      "Lukas Baumgartner <lukas.baumgartner@grisonspharma.ch>", "Final decision - Labelling Specialist",
      """Dear Chiara,

Thank you for travelling to Basel for the final round. I'm sorry to say that the committee has chosen another
finalist for the Labelling Specialist position. The decision was very close and came down to experience with
Swissmedic variations.

I hope we meet again - you would be welcome to apply for future openings.

Best regards,
Lukas
"""),
    M("rejection", "en", "two_liner", "Sorelle Biotech", "Safety Data Analyst",
      "Giulia Ferraro <giulia.ferraro@sorellebio.it>", "Safety Data Analyst",
      """Chiara, thank you for interviewing - we've decided to go with a candidate with more SQL experience. All the
best, Giulia
"""),
    M("rejection", "en", "rejection_after_assessment", "Tessaract CRO", "GxP Training Coordinator",
      "Tessaract CRO <no-reply@tessaractcro.teamtailor-mail.com>", "About your assessment",
      """Hi Chiara,

Thanks for completing the GxP knowledge assessment. Your score didn't reach the threshold we set for this role,
so we won't be taking your application forward this time.

Kind regards,
Tessaract People Team
""", layout="html", ats="Teamtailor", cte="b64"),
    M("rejection", "en", "role_cancelled", "Castellan Medical Devices", "Regulatory Affairs Coordinator",
      "Emer Walsh <emer.walsh@castellanmd.com>", "RA Coordinator role - cancelled",
      """Dear Chiara,

I'm writing to let you know that following a review of the team structure the RA Coordinator vacancy has been
cancelled and will not be filled. This means your application is now closed. I'm sorry we couldn't bring this
to a better end.

Regards,
Emer Walsh, HR Business Partner
"""),
    M("rejection", "en", "in_thread_after_ack", "Rheinfeld Medical GmbH", "Pharmacovigilance Associate",
      "Katharina Vogt <katharina.vogt@rheinfeld-medical.de>", "AW: Pharmacovigilance Associate - documents",
      """Dear Chiara,

thank you for sending the documents. I've spoken with the department in the meantime, and unfortunately they
have decided to fill the position internally. I'm sorry to give you this news after you went to the trouble.

Best regards
Katharina Vogt
""", quote="outlook", quoted="Dear Ms Vogt,\n\n"
      "as requested please find my references and certificates attached.\n\n"
      "Kind regards\nChiara Romano"),
    # offers
    M("offer", "en", "formal_offer", "Alpenblick Pharma AG", "Medical Information Specialist",
      "Nadine Frei <nadine.frei@alpenblickpharma.ch>", "Employment contract - Medical Information Specialist",
      """Dear Chiara,

We are very happy to offer you the position of Medical Information Specialist (80-100%) in Basel.

Attached you will find your employment contract. Salary CHF 104,000 gross per year, 13 monthly payments, 27 days
of holiday, start 1 February 2027. We will support your G permit as a cross-border commuter.

Please sign and return the contract by 27 November. I'm here for any questions.

Kind regards
Nadine Frei
HR Business Partner
""", when="2026-11-17 14:00", cs="iso-8859-1"),
    M("offer", "en", "casual_offer", "Sorelle Biotech", "Medical Information Associate (remote, Italy)",
      "Marco Bellandi <marco@sorellebio.it>", "welcome?",
      """Ciao Chiara,

Giulia and I compared notes and we're both a yes :) we'd really like you on the med info team. If you still want
it, the role is yours - I'll ask HR to prepare the contract for a January start, fully remote from Milan.

Marco
"""),
    M("offer", "en", "conditional_offer", "Tessaract CRO", "Regulatory Submissions Associate",
      "Tessaract CRO HR <hr@tessaractcro.com>", "Conditional offer - Regulatory Submissions Associate (Madrid)",
      """Dear Chiara,

Following the departure of our first-choice candidate, we are pleased to offer you the role of Regulatory
Submissions Associate at our Madrid office. This offer is conditional on:
- satisfactory completion of a background check
- verification of your pharmacy degree

Annual salary EUR 41,000 plus bonus. Please confirm your acceptance within 7 days.

Tessaract CRO Human Resources
""", layout="alt", cte="b64"),
    M("offer", "en", "verbal_offer", "Hartwell Clinical Research", "Regulatory Start-Up Specialist",
      "Ruth Adeyemi <ruth.adeyemi@hartwellcr.com>", "Great talking just now",
      """Hi Chiara,

So glad I caught you. As I said, we're offering you the Start-Up Specialist position - I'll chase the paperwork
this week. Enjoy your evening, you've earned it.

Ruth
"""),
    M("offer", "en", "agency_offer", "Kestrel Life Science Staffing", "Medical Information Contractor",
      "Niamh Quinlan <niamh@kestrel-ls.com>", "Offer from the client!",
      """Hi Chiara,

Ben is away so I'm covering - the client (the Munich medtech) has confirmed they want to offer you the 9-month
medical information contract at EUR 52/h. I'll forward the full schedule. Congratulations!

Niamh Quinlan
Kestrel Life Science Staffing
"""),
    M("offer", "en", "offer_references", "Castellan Medical Devices", "Vigilance Specialist II",
      "Emer Walsh <emer.walsh@castellanmd.com>", "Vigilance Specialist II - offer subject to references",
      """Dear Chiara,

Good news: the panel has recommended you for appointment as Vigilance Specialist II. The offer is subject to
references and a medical questionnaire. Your referees will be contacted this week.

Regards,
Emer
""", layout="html", cte="qp"),
    M("offer", "en", "revised_offer", "Orla Healthcare Communications", "Medical Writer (Regulatory)",
      "Niamh Byrne <niamh@orlahealthcomms.ie>", "Revised offer",
      """Hi Chiara,

We've looked again at the numbers after our chat and we can do EUR 55k with a review after 6 months. Updated
offer letter attached. I really hope this works for you - we'd love you to say yes.

Niamh
"""),
    # next steps
    M("next_step", "en", "reschedule", "Rheinfeld Medical GmbH", "Regulatory Affairs Specialist",
      "Katharina Vogt <katharina.vogt@rheinfeld-medical.de>", "New time for our interview",
      """Dear Chiara,

unfortunately Dr. Meier is ill and cannot take part in tomorrow's interview. Could we move it to next Tuesday at
the same time? I'll send a new invitation as soon as you confirm.

Kind regards
Katharina Vogt
"""),
    M("next_step", "en", "writing_test", "Lyonnaise Dispositifs Médicaux", "Regulatory Writer",
      "Hélène Garnier <h.garnier@lyonnaise-dm.fr>", "Regulatory writing test",
      """Dear Chiara,

thank you for the interview. As the next step we'd like you to complete a short regulatory writing test: a
summary of safety and clinical performance (SSCP) section for a fictional device, max. 2 pages, in English.

Please send it to me by Monday 2 November. We will tell you by 6 November whether you are invited to meet the
team in Lyon.

Best regards,
Hélène
""", when="2026-10-26 10:30", promise=("date", "2026-11-06")),
    M("next_step", "en", "interview_invite", "Hartwell Clinical Research", "Clinical Regulatory Associate II",
      "Hartwell Clinical Research <no-reply@ashbyhq.com>", "Interview with Hartwell Clinical Research",
      """Hi Chiara,

We'd like to invite you to a 45-minute video interview for the Clinical Regulatory Associate II role with Ruth
Adeyemi (Director, Regulatory Start-Up).

Choose a time that works for you: [Schedule interview]

Looking forward to speaking!
""", layout="ats", ats="Ashby"),
    M("next_step", "en", "agency_client_interview", "Tiernan Life Sciences Recruitment", "Medical Information Officer",
      "Grainne O'Shea <grainne@tiernanls.ie>", "Interview confirmed!",
      """Hi Chiara,

Delighted - the CRO want to meet you. Thursday 11:00 at their office in Leopardstown, with the MI manager and a
senior pharmacist. Expect competency questions plus a mock enquiry (a HCP asking about a drug interaction).

Ring me after!
Grainne
"""),
    M("next_step", "en", "references_step", "Alpenblick Pharma AG", "Medical Information Specialist",
      "Nadine Frei <nadine.frei@alpenblickpharma.ch>", "Next step: reference check",
      """Dear Chiara,

thank you for the final interview. We would now like to carry out reference checks before we make our decision.
Could you send me the names and phone numbers of two referees? We will decide within 5 working days after
speaking to them.

Kind regards
Nadine Frei
"""),
    M("next_step", "en", "reschedule", "Castellan Medical Devices", "Vigilance Specialist II",
      "GoodTime Scheduling <scheduling@goodtime.io>", "Updated: your interview with Castellan Medical Devices",
      """Hi Chiara,

Your interview has been rescheduled. Unfortunately one of your interviewers had a conflict.

New time: Wednesday 28 October, 15:00-16:00 (Dublin)
Interviewers: Emer Walsh, Patrick Moran
Location: Microsoft Teams

Add to calendar | Request a different time
""", layout="ats_alt", ats="GoodTime", when="2026-10-21 17:45", reply_to="emer.walsh@castellanmd.com"),
    M("next_step", "en", "video_interview", "Sorelle Biotech", "Safety Data Analyst",
      "HireVue <noreply@hirevue.com>", "Sorelle Biotech: complete your video interview",
      """Hello Chiara,

Sorelle Biotech has invited you to complete an on-demand video interview for Safety Data Analyst. It takes about
20 minutes. Please complete it within 4 days of receiving this email.
""", layout="html"),
    M("next_step", "en", "site_visit", "Grisons Pharma AG", "Regulatory Affairs Manager",
      "Lukas Baumgartner <lukas.baumgartner@grisonspharma.ch>", "Visit to Basel",
      """Dear Chiara,

The panel would like to meet you in person. We propose Friday 6 November in Basel: a tour of the site in the
morning, then a panel interview with Dr. Wyss (Head of RA), our QPPV and HR after lunch.

We will book your flight from Milan and a hotel for the night before. Please let me know if this suits. We
intend to make our final decision by the end of November.

Best regards,
Lukas
""", when="2026-10-23 09:50", promise=("eom", 11)),
    M("next_step", "en", "next_round_promise", "Orla Healthcare Communications", "Senior Medical Writer",
      "Niamh Byrne <niamh@orlahealthcomms.ie>", "Next round",
      """Hi Chiara,

You made the shortlist! We'll do a second chat with our MD, Conor. I'll send you his availability shortly.

Niamh
"""),
    # pending
    M("pending", "en", "still_reviewing", "Alpenblick Pharma AG", "Pharmacovigilance Specialist II",
      "Nadine Frei <nadine.frei@alpenblickpharma.ch>", "RE: Pharmacovigilance Specialist II",
      """Dear Chiara,

Thank you for your message. The selection process is still ongoing and we have two more interviews next week.
We plan to inform all candidates of our decision by 20 November.

Kind regards
Nadine
""", quote="outlook", quoted=q("en", "follow", "Nadine"), when="2026-11-05 13:14", promise=("date", "2026-11-20")),
    M("pending", "en", "waitlist", "Tessaract CRO", "Regulatory Submissions Associate",
      "Marek Nowicki <marek.nowicki@tessaractcro.com>", "Where you stand",
      """Hi Chiara,

Quick update: we've made an offer to another candidate, but she hasn't accepted yet and you're our clear second
choice. I'll know more in a few days and I'll come back to you either way.

Marek
"""),
    M("pending", "en", "reorg_freeze", "Castellan Medical Devices", "Regulatory Affairs Manager",
      "Patrick Moran <patrick.moran@castellanmd.com>", "RA Manager process paused",
      """Chiara,

A heads-up before you hear it elsewhere: we're going through a reorganisation of the EMEA quality and regulatory
teams and all open manager positions are frozen for now. Your candidacy stays open. I expect clarity by the end of
the month.

Patrick
""", promise=("eom", None)),
    M("pending", "en", "delay", "Sorelle Biotech", "Regulatory Affairs Associate",
      "Giulia Ferraro <giulia.ferraro@sorellebio.it>", "Sorry for the silence",
      """Hi Chiara,

Sorry for the silence - we're waiting for the budget for next year to be confirmed before we can make any offers.
It should be approved within the next 3 weeks, and I'll write as soon as it is.

Giulia
""", promise=("weeks", 3), cte="qp"),
    M("pending", "en", "still_reviewing", "Hartwell Clinical Research", "Clinical Regulatory Associate II",
      "Hartwell Clinical Research <no-reply@ashbyhq.com>", "An update on your application",
      """Hi Chiara,

We wanted to let you know that your application is still under review. The team is taking a little longer than
usual to finish the interviews. Thank you for your patience - we'll be in touch as soon as possible.
""", layout="ats_alt", ats="Ashby", reply_to="people@hartwellcr.com"),
    M("pending", "en", "works_council_en", "Rheinfeld Medical GmbH", "Regulatory Affairs Specialist",
      "Katharina Vogt <katharina.vogt@rheinfeld-medical.de>", "Status of your application",
      """Dear Chiara,

a quick interim update: the department would like to hire you, but under German law the works council has to
approve every new hire first. Their next meeting is on Tuesday; we'll contact you the day after with the final
answer.

Best regards
Katharina Vogt
""", when="2026-11-12 11:02", promise=("date", "2026-11-18")),
    M("pending", "en", "on_hold", "Lyonnaise Dispositifs Médicaux", "Regulatory Writer",
      "Hélène Garnier <h.garnier@lyonnaise-dm.fr>", "Regulatory writer recruitment on hold",
      """Dear Chiara,

thank you for your excellent writing test. I must tell you, however, that the recruitment has been put on hold
by our management until the group's plans for the Lyon site are clear. I will keep your file active and contact
you if the process restarts.

Best regards,
Hélène
"""),
    # acknowledgements
    M("acknowledgement", "en", "received", "Alpenblick Pharma AG", "Regulatory Affairs Specialist",
      "Alpenblick Pharma AG <noreply@successfactors.eu>", "Application received - Regulatory Affairs Specialist",
      """Dear Chiara Romano,

thank you for applying to Alpenblick Pharma AG. We confirm receipt of your application for the role of Regulatory
Affairs Specialist (Job Req 31877). We will get back to you within the next 3 weeks.

Alpenblick Pharma AG, Talent Acquisition
""", layout="ats", ats="SuccessFactors", promise=("weeks", 3)),
    M("acknowledgement", "en", "received_personal", "Sorelle Biotech", "Medical Information Associate (remote, Italy)",
      "Giulia Ferraro <giulia.ferraro@sorellebio.it>", "Re: Application - Medical Information Associate",
      """Hi Chiara, thanks for your application and the nice cover letter! I'll share it with the hiring manager and
get back to you next week.

Giulia
""", quote="gmail", quoted=q("en", "apply"), promise=None),
    M("acknowledgement", "en", "ack_offer_word", "Hartwell Clinical Research", "Regulatory Start-Up Specialist",
      "Workable <noreply@candidates.workablemail.com>", "Thanks for applying to Hartwell Clinical Research",
      """Hi Chiara,

Thanks for applying for Regulatory Start-Up Specialist. Your application has been received and we'll review it
carefully.

In the meantime, learn more about what we offer our people on our careers page.

Hartwell Clinical Research
""", layout="ats_alt", ats="Workable"),
    M("acknowledgement", "en", "received_assessment", "Corvane Medtech", "Regulatory Affairs Specialist",
      "Helen Brady <helen.brady@corvanemedtech.com>", "Exercise received",
      """Hi Chiara,

Just confirming we received your written exercise this morning. The panel will mark it over the next few days
and we'll let you know the result by Wednesday next week.

Helen
""", promise=("date", "2026-10-14"), when="2026-10-09 12:30"),
    M("acknowledgement", "en", "received_docs", "Grisons Pharma AG", "Regulatory Affairs Manager",
      "Grisons Pharma Talent <talent@grisonspharma.ch>", "Documents received",
      """Dear Ms Romano,

We confirm receipt of your diploma, your pharmacy registration and the signed data privacy consent. Thank you.
We will confirm the outcome of the registration check within 10 working days.

Kind regards
Grisons Pharma AG, Human Resources
""", cs="windows-1252", cte="qp", promise=("bdays", 10)),
    M("acknowledgement", "en", "ack_unfortunately", "Tessaract CRO", "GxP Training Coordinator",
      "Tessaract CRO <no-reply@tessaractcro.teamtailor-mail.com>", "Thanks for your application!",
      """Hi Chiara!

Thanks for applying to be our GxP Training Coordinator. We've received your application and will be in touch
within 10 business days. Unfortunately we can't reply to questions sent to this address.

Tessaract People Team
""", layout="ats", ats="Teamtailor", promise=("bdays", 10)),
    M("acknowledgement", "en", "message_received", "Castellan Medical Devices", "Vigilance Specialist II",
      "Emer Walsh <emer.walsh@castellanmd.com>", "RE: Question about the role",
      """Hi Chiara, thanks for your question about the on-call rota - I've passed it to Patrick and he'll answer you
directly by Friday.

Emer
""", promise=("weekday", 4), quote="outlook", quoted="Hi Emer,\n\n"
      "quick question before the interview: is there an on-call rota for the vigilance team?\n\n"
      "Thanks,\nChiara"),
    # auto replies
    M("auto_reply", "en", "out_of_office", "Grisons Pharma AG", "Regulatory Affairs Manager",
      "Lukas Baumgartner <lukas.baumgartner@grisonspharma.ch>", "Abwesenheitsnotiz / Out of office",
      """Vielen Dank für Ihre Nachricht. Ich bin bis 9. November abwesend.

Thank you for your message. I am out of the office until 9 November and will reply after my return. For urgent
matters please contact hr@grisonspharma.ch.
""", when="2026-10-31 08:00"),
    M("auto_reply", "en", "auto_noreply", "Alpenblick Pharma AG", "",
      "Alpenblick Pharma AG <noreply@successfactors.eu>", "Undeliverable reply",
      """You replied to an address that does not accept incoming email. Your message was not delivered to a person.
To contact the recruiting team, please log in to the career site.
"""),
    M("auto_reply", "en", "ooo_decision_words", "Tessaract CRO", "Regulatory Submissions Associate",
      "Marek Nowicki <marek.nowicki@tessaractcro.com>", "Auto-reply: Re: Where you stand",
      """I'm on paternity leave until 7 December. I won't be checking email. Any decisions on open roles are being
handled by Lucía Ortega (lucia.ortega@tessaractcro.com) while I'm away.
""", when="2026-11-09 18:20"),
    M("auto_reply", "en", "out_of_office", "Orla Healthcare Communications", "Medical Writer (Regulatory)",
      "Niamh Byrne <niamh@orlahealthcomms.ie>", "Out of Office",
      """hi! I'm out until Thursday - back then. n
"""),
    # other
    M("other", "en", "newsletter_offer", "TOPRA", "",
      "TOPRA <membership@topra.org>", "Your membership offer: 20% off the Regulatory Affairs Certificate",
      """Dear Chiara,

Thinking about a career in regulatory affairs? Members receive a special offer this month: 20% off our
Regulatory Affairs Certificate (Medicines). Places are limited.

Also in this issue: upcoming webinars on the EU pharmaceutical legislation reform.
""", layout="ats_alt", ats="Mailchimp"),
    M("other", "en", "job_alert", "LinkedIn", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "Medical Information Specialist at 3 companies in Milan (remote)",
      """Your job alert for medical information in Italy (remote)

Medical Information Specialist - Sorelle Biotech - Remote
Drug Safety Associate - Orsini Farmaceutici - Milan (hybrid)
PV Case Intake Specialist - Tessaract CRO - Remote

See all jobs | Unsubscribe
""", layout="html"),
    M("other", "en", "interviewer", "Romano Pharmacy", "Pre-registration Trainee",
      "Luca Marchetti <luca.marchetti@ucdconnect.ie>", "Pre-reg placement - interview availability",
      """Dear Chiara,

Thank you for inviting me to interview for the pre-registration placement at your pharmacy. I am available on
Tuesday or Thursday afternoon next week. Unfortunately I have exams on Monday.

Kind regards,
Luca Marchetti
"""),
    M("other", "en", "withdrawal", "Hartwell Clinical Research", "Clinical Regulatory Associate II",
      "Ruth Adeyemi <ruth.adeyemi@hartwellcr.com>", "Re: Withdrawing",
      """Hi Chiara, completely understand, and congratulations on the new role! I've closed your application on our
side. Stay in touch.

Ruth
""", quote="gmail", quoted=q("en", "withdraw", "Ruth")),
    M("other", "en", "reference_request", "Romano Pharmacy", "",
      "Deirdre Coyle <deirdre.coyle@healthservice.ie>", "Reference for Aoife Kinsella",
      """Dear Ms Romano,

Aoife Kinsella has applied for a pharmacy technician post in our hospital and named you as a referee. Could you
complete the attached reference form by Friday? Thank you.

Deirdre Coyle, HR Officer
"""),
    M("other", "en", "survey", "Corvane Medtech", "Regulatory Affairs Specialist",
      "Corvane Medtech <survey@corvanemedtech.com>", "How was your candidate experience?",
      """Hi Chiara,

You recently took part in our hiring process. We'd love to hear how it went - the survey takes 3 minutes and is
anonymous.
""", layout="alt"),
    M("other", "en", "newsletter_regret", "Pharmaceutical Society of Ireland", "",
      "PSI <newsletter@psi.ie>", "PSI Newsletter - autumn edition",
      """In this edition:
- Annual renewal opens on 1 December
- We regret to announce the retirement of our long-serving registrar
- New guidance on the supply of emergency medicines
""", layout="html", cs="iso-8859-1"),
    M("other", "en", "patient_query", "Romano Pharmacy", "",
      "Tomasz Zielinski <tzielinski@gmail.com>", "question about my prescription",
      """Hello, is my repeat prescription ready? The doctor said he sent it on monday. Thanks Tomasz
"""),
]
