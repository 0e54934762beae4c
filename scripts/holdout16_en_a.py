"""holdout16, English messages (first half): each written on its own."""

from __future__ import annotations

from holdout16_core import M, q

MESSAGES: list[M] = [
    M("rejection", "en", "warm_rejection", "Halvorsen Biologics", "Regulatory Affairs Associate",
      "Maeve Cullinan <maeve.cullinan@halvorsenbio.ie>", "Your application - Regulatory Affairs Associate",
      """Dear Chiara,

Thank you for coming in to meet Declan and me on Tuesday. We were genuinely impressed by how you walked us
through the variation you had handled with the pharmacy's wholesaler, and your understanding of labelling was
excellent for someone coming from community practice.

However, after a lot of discussion we have decided to move forward with a candidate who has already worked on
centralised procedure submissions. It was a close call and I wanted you to hear it from me rather than from
the portal.

I wish you every success with the move into regulatory.

Maeve Cullinan
Senior Manager, Regulatory Affairs | Halvorsen Biologics Ltd
Block 4, Citywest Business Campus, Dublin 24
Halvorsen Biologics Ltd is registered in Ireland, no. 518224. This e-mail and any attachments are confidential.
"""),
    M("rejection", "en", "no_interview", "Ostrander Medical", "Medical Information Specialist",
      "Ostrander Medical Careers <no-reply@myworkdayjobs.com>", "Update on your Ostrander Medical application",
      """Hi Chiara,

Thanks for your interest in the Medical Information Specialist (Req R-20614) position with Ostrander Medical.

We received a large number of applications, and unfortunately we are unable to offer you an interview on this
occasion. Your profile will remain in our system, and you are welcome to apply for other roles that match your
experience.

Kind regards,
Talent Acquisition, Ostrander Medical
""", layout="ats", ats="Workday", reply_to="talent@ostrandermedical.com"),
    M("rejection", "en", "rescinded", "Brightwater CRO", "Pharmacovigilance Scientist",
      "Kofi Mensah <kofi.mensah@brightwatercro.com>", "RE: Start date",
      """Chiara,

I'm so sorry to be writing this. Yesterday the sponsor we were staffing this PV team for pulled the whole
programme, and with it the headcount. That means we have to withdraw the offer we made you on the 2nd. I know
you had started talking to your pharmacy about notice, which makes this much worse.

If you haven't handed in notice yet, please don't. If you have, call me today and we'll see what we can do,
including whether anything in the oncology team could fit.

Kofi
Head of Safety Operations, Brightwater CRO
""", quote="outlook", quoted="Hi Kofi,\n\n"
      "thanks for the contract - quick question, is 5 January still the plan for my start?\n\n"
      "Chiara",
      layout="alt", cte="qp"),
    M("rejection", "en", "talent_pool", "Lanthorn Diagnostics", "Regulatory Specialist (IVDR)",
      "Lanthorn Diagnostics via Greenhouse <no-reply@us.greenhouse-mail.io>",
      "Regulatory Specialist (IVDR) at Lanthorn Diagnostics",
      """Hi Chiara,

Thank you for taking the time to interview with us for the Regulatory Specialist (IVDR) role. We have now completed
our final interviews and decided not to proceed with your application.

We would like to keep your details in our talent community so that our team can reach out if a role opens up
that is a closer match to your background. You don't need to do anything for this.

All the best,
The Lanthorn Diagnostics Recruiting Team
""", layout="ats_alt", ats="Greenhouse", reply_to="careers@lanthorndx.com", promise=None),
    M("rejection", "en", "warm_rejection", "Pellucid Pharma", "Medical Affairs Coordinator",
      "Rosalind Achterberg <r.achterberg@pellucidpharma.com>", "Re: Thank you",
      """Hello Chiara, lovely to get your note.

I'll be honest with you because I think you'd prefer it - the panel loved your energy and the patient stories,
but the role needs someone who can hit the ground running with the launch in Q1, and we went with an internal
person who already knows the brand. It's not a reflection on you.

Please keep in touch, I mean that.
Ros
""", quote="gmail", quoted=q("en", "thanks", "Rosalind")),
    M("rejection", "en", "stage_rejection", "Corvane Medtech", "Post-Market Surveillance Analyst",
      "SmartRecruiters <noreply@smartrecruiters.com>", "Corvane Medtech | Post-Market Surveillance Analyst",
      """Dear Chiara Romano,

Thank you for completing the written exercise for the Post-Market Surveillance Analyst role.

Our reviewers assessed all submissions against the same criteria, and we regret to let you know that yours will
not progress to the panel interview stage.

This decision is final for this vacancy. We encourage you to check our careers site for future openings.

Corvane Medtech Talent Team
""", layout="html", ats="SmartRecruiters", cte="qp"),
    M("rejection", "en", "short_note", "Aldine Therapeutics", "Drug Safety Associate",
      "jon pratt <jpratt@aldinetx.com>", "drug safety role",
      """hi chiara - sorry, we've gone another way on the DSA role. thanks for your time, really.
jon
sent from my phone
"""),
    M("rejection", "en", "agency_rejection", "Tiernan Life Sciences Recruitment", "Regulatory Affairs Officer",
      "Grainne O'Shea <grainne@tiernanls.ie>", "Feedback from the client",
      """Hi Chiara,

Just had feedback from the client (the medtech in Galway I mentioned). They've decided not to take you forward
to second round - they felt the gap in EU MDR technical documentation was too big for this particular role,
even though they liked you a lot personally.

I don't think this is the end of the road at all. I've got two CROs looking for medical information people
where your pharmacy background is exactly what they want, can we chat Thursday?

Grainne
Senior Consultant | Tiernan Life Sciences Recruitment
"""),
    M("rejection", "en", "references_failed_rescind", "Marlowe Health Solutions", "Medical Information Pharmacist",
      "HR Marlowe <hr@marlowehealth.co.uk>", "Conditional offer - outcome of pre-employment checks",
      """Dear Ms Romano,

We are writing further to our conditional offer of employment for the post of Medical Information Pharmacist.

As set out in that letter, the offer was subject to satisfactory confirmation of professional registration with
the GPhC. As we have not been able to confirm that you hold UK registration, and the role requires it from day
one, we are unable to confirm the offer and it is therefore withdrawn.

We appreciate this will be disappointing and thank you for your interest in Marlowe.

Yours sincerely,
People Services
Marlowe Health Solutions Ltd, registered in England and Wales no. 08811234
""", layout="alt", cs="windows-1252", cte="qp"),
    M("rejection", "en", "warm_rejection", "Quillfeather Pharmaceuticals", "Labelling Specialist",
      "Ashby <no-reply@ashbyhq.com>", "Quillfeather - Labelling Specialist",
      """Hi Chiara,

We really enjoyed getting to know you over the last few weeks and wanted to thank you for all the effort you put
into the labelling exercise. It was one of the clearest we received.

After careful thought we've decided to progress with other candidates whose experience more closely matches
what the team needs right now.

Thanks again, and good luck with your search.

Priya & the Quillfeather team
""", layout="ats_alt", ats="Ashby", reply_to="priya.raman@quillfeather.com", cte="b64"),
    M("rejection", "en", "position_filled", "Saltire Clinical", "Clinical Trial Regulatory Coordinator",
      "Saltire Clinical Recruitment <jobs@saltireclinical.com>",
      "Clinical Trial Regulatory Coordinator - position filled",
      """Dear Chiara,

We are writing to let you know that the Clinical Trial Regulatory Coordinator position has now been filled.
We would like to thank you for the interest you have shown in working for Saltire Clinical.

Regards
Recruitment Team
""", cs="iso-8859-1"),
    M("rejection", "en", "after_followup", "Verdigris Biotech", "Regulatory Writer",
      "Tomas Lindqvist <tomas.lindqvist@verdigrisbio.com>", "Re: Following up - Regulatory Writer",
      """Hi Chiara,

Thanks for chasing, and apologies for the slow reply, we've had a hectic couple of weeks with an inspection.

I'm afraid we won't be taking your application further. We had a very strong shortlist and the two people we
chose both have CTD module 2 writing experience.

Best,
Tomas
""", quote="apple", quoted=q("en", "follow", "Tomas")),
    M("rejection", "en", "talent_pool", "Nordhaven Pharma", "PV Case Processor",
      "Nordhaven Pharma Careers <careers@nordhavenpharma.com>", "We'll keep your profile on file",
      """Dear Chiara

Thank you for applying for the PV Case Processor role at our Dublin site. On this occasion we will not be moving
forward with your application.

With your permission we'd like to hold your CV in our talent pool for 12 months - we expect to grow the case
processing team again next year and will get in touch if a suitable vacancy arises.

Kind regards
Nordhaven Pharma Talent Acquisition
"""),
    # offers
    M("offer", "en", "formal_offer", "Halvorsen Biologics", "Medical Information Associate",
      "Maeve Cullinan <maeve.cullinan@halvorsenbio.ie>", "Offer of employment - Medical Information Associate",
      """Dear Chiara,

Following your interviews, I am delighted to offer you the position of Medical Information Associate with
Halvorsen Biologics Ltd, based at our Citywest office with two days a week from home.

The main terms are:
- Salary: EUR 54,000 per annum
- 25 days annual leave plus public holidays
- Pension: 6% employer contribution
- Start date: 12 January 2027

Your formal contract is attached. Please let us know by 4 December whether you accept.

Warm regards,
Maeve
"""),
    M("offer", "en", "casual_offer", "Finchley & Rowe Pharmacy Group", "Regulatory Compliance Lead",
      "Sam Okafor <sam@finchleyrowe.com>", "so...",
      """Chiara!! we talked it through last night and we'd love to have you join us to build out the compliance side.
I'll get Hannah to send over the paperwork with the numbers we discussed. Any questions just ring me.

Sam
"""),
    M("offer", "en", "verbal_offer", "Brightwater CRO", "Medical Information Scientist",
      "Kofi Mensah <kofi.mensah@brightwatercro.com>", "Following our call",
      """Hi Chiara,

Just putting in writing what I said on the phone this afternoon: we want to offer you the Medical Information
Scientist role, starting in February. The written offer will come from HR once the salary band is signed off
by finance, but the decision itself is made.

Really pleased - speak soon.
Kofi
"""),
    M("offer", "en", "offer_references", "Ostrander Medical", "Regulatory Affairs Specialist",
      "Dana Whitlock <dwhitlock@ostrandermedical.com>", "Regulatory Affairs Specialist - offer",
      """Dear Chiara,

I am pleased to confirm that we would like to offer you the role of Regulatory Affairs Specialist, subject to two
satisfactory references and confirmation of your right to work in Ireland.

Could you send me contact details for two referees, one of whom should be your current or most recent manager?
Once these are back, Zoe in HR will issue the contract.

Best regards,
Dana Whitlock
Director, Regulatory Affairs
Ostrander Medical Ireland Ltd | Registered office: 2 Harcourt Centre, Dublin 2
""", layout="alt"),
    M("offer", "en", "contractor_offer", "Kestrel Life Science Staffing", "Contract PV Associate",
      "Ben Harte <ben.harte@kestrel-ls.com>", "Contract offer - PV Associate, 6 months",
      """Hi Chiara,

Great news - the client has come back and wants you for the 6 month PV Associate contract (initial term,
extension likely). Rate is EUR 48/hour, 37.5 hours a week, mostly remote with one day a month on site in
Sandyford.

I've attached the assignment schedule. If you're happy, sign and return and I'll get the compliance checks
started so you can begin on the 18th.

Cheers,
Ben
Kestrel Life Science Staffing - an equal opportunities employment business
""", cte="qp"),
    M("offer", "en", "offer_unfortunately", "Pellucid Pharma", "Regulatory Operations Associate",
      "Rosalind Achterberg <r.achterberg@pellucidpharma.com>", "Good news (and one small caveat)",
      """Hi Chiara,

I'm delighted to tell you we'd like to offer you the Regulatory Operations Associate role!

Unfortunately we can't match the salary you mentioned - the best we can do is EUR 58k - but we've added an extra
five days' leave and a training budget for the TOPRA certificate to make up for it. The offer letter is on its
way from HR.

Do call me if you want to talk it through.
Ros
""", layout="alt", cte="b64"),
    M("offer", "en", "relocation_offer", "Grisons Pharma AG", "Regulatory Affairs Manager",
      "Grisons Pharma Talent <talent@grisonspharma.ch>", "Your offer from Grisons Pharma AG, Basel",
      """Dear Ms Romano,

We are pleased to offer you the position of Regulatory Affairs Manager at our headquarters in Basel.

Your package includes:
- Annual base salary of CHF 118,000, paid in 13 instalments
- Relocation support: removal costs up to CHF 10,000, two months of temporary housing and a relocation agent
- Support with the Swiss B work permit application, which the offer is conditional on

Please review the enclosed documents and return the signed contract by 30 November 2026.

Kind regards
Grisons Pharma AG, Human Resources
""", layout="ats_alt", ats="SuccessFactors", when="2026-11-16 10:05"),
    # next steps
    M("next_step", "en", "assessment", "Corvane Medtech", "Regulatory Affairs Specialist",
      "Corvane Medtech Talent <talent@corvanemedtech.com>", "Next step: written regulatory exercise",
      """Hi Chiara,

Thanks for your time on the phone screen. The hiring team would like to move you forward to the next stage, a
written regulatory exercise.

You'll receive a case (a change to an existing class IIa device) and be asked to draft a short regulatory
assessment: does it need notified body review, which documents change, and what you'd tell the product team.

- Time: 90 minutes once you open the link
- Deadline to complete: Friday 9 October, 17:00 CET
- Allowed: any public guidance (MDCG documents etc.)

The panel reviews all exercises together and you will hear from us by Friday 16 October.

Best of luck!
Corvane Talent Team
""", when="2026-10-05 11:20", layout="alt", promise=("date", "2026-10-16")),
    M("next_step", "en", "reschedule", "Halvorsen Biologics", "Medical Information Associate",
      "Declan Furey <declan.furey@halvorsenbio.ie>", "Thursday's interview",
      """Hi Chiara,

Unfortunately I've been pulled into an audit on Thursday so I need to move our interview. Would Monday 10:00 or
Tuesday 14:30 work instead? Same format, 45 minutes on Teams.

Sorry for the shuffle.
Declan
"""),
    M("next_step", "en", "panel_interview", "Verdigris Biotech", "Pharmacovigilance Officer",
      "Verdigris Biotech <no-reply@hire.lever.co>", "Invitation: panel interview - Pharmacovigilance Officer",
      """Hi Chiara,

Congratulations, you're through to the final stage! We'd like to invite you to a panel interview with:
- Dr Anja Keller, QPPV
- Liam Brennan, Safety Operations Lead
- Sofia Marín, HR Business Partner

Please pick a slot using the link below. The panel lasts 60 minutes and includes a short case discussion about
a signal from spontaneous reports. We aim to make a final decision by the end of next month.

Verdigris Biotech Recruiting
""", layout="ats_alt", ats="Lever", reply_to="recruiting@verdigrisbio.com", promise=("next_month_end", None)),
    M("next_step", "en", "gxp_quiz", "Saltire Clinical", "GCP Compliance Associate",
      "HackerRank for Work <support@hackerrankforwork.com>", "Saltire Clinical has invited you to a GxP assessment",
      """Hello Chiara Romano,

Saltire Clinical has invited you to take the test "GxP Fundamentals - Compliance Associate".

Duration: 40 minutes. Questions cover ICH E6(R3), data integrity (ALCOA+), CAPA and inspection readiness.
The invitation expires in 5 days.

Good luck!
""", layout="html"),
    M("next_step", "en", "scheduling_link", "Aldine Therapeutics", "Drug Safety Associate",
      "Meghan Tully <meghan@aldinetx.com>", "Re: Drug Safety Associate - chat with Jon?",
      """Hi Chiara,

Jon (our Head of Safety) would like to meet you. Grab any 30 min slot on his calendar here:
https://calendly.com/aldine-jon/30min

He's in Boston so afternoons your time are best.

Meghan
""", quote="gmail", quoted=q("en", "apply")),
    M("next_step", "en", "second_round_promise", "Lanthorn Diagnostics", "Medical Information Specialist",
      "Ewan Doyle <ewan.doyle@lanthorndx.com>", "Second interview",
      """Dear Chiara,

Thank you for a very good first conversation. We would like to invite you back for a second interview with our
Head of Medical Affairs. Jenny from our HR team will be in touch with calendar options.

Best regards,
Ewan
"""),
    M("next_step", "en", "background_check", "Nordhaven Pharma", "Regulatory Affairs Associate",
      "Nordhaven Pharma via iCIMS <noreply@icims.com>", "Action needed: background screening",
      """Dear Chiara,

As part of our hiring process for the Regulatory Affairs Associate role, we ask finalists to complete a
background screening and a professional registration check (PSI register).

Please complete the online form within 3 days. The hiring manager will then contact you to arrange a final
conversation with the site director.

Nordhaven Pharma Talent Acquisition
""", layout="ats", ats="iCIMS"),
    M("next_step", "en", "case_presentation", "Quillfeather Pharmaceuticals", "Medical Science Liaison",
      "Priya Raman <priya.raman@quillfeather.com>", "Final stage - presentation",
      """Hi Chiara,

Great news, the team would like you to come to the final stage. You'll present for 15 minutes on a recent
publication in respiratory (your choice) as if to a hospital pharmacist, followed by Q&A.

Can you do the 3rd or the 4th of November, in Dublin? We'll cover travel, and we'll make our decision by
13 November.

Priya
""", when="2026-10-22 16:40", promise=("date", "2026-11-13")),
    M("next_step", "en", "reschedule", "Marlowe Health Solutions", "Pharmacovigilance Officer",
      "Marlowe Recruitment <recruitment@marlowehealth.co.uk>", "Change of interview date",
      """Dear Chiara,

We regret that we need to reschedule your interview on 14 October due to panel availability. The new date is
21 October at 11:00 (UK time), via Teams. Please confirm this suits.

Recruitment Team
""", when="2026-10-08 09:12"),
    # pending
    M("pending", "en", "still_reviewing", "Ostrander Medical", "Regulatory Affairs Specialist",
      "Dana Whitlock <dwhitlock@ostrandermedical.com>", "Re: Following up",
      """Hi Chiara,

Thanks for checking in. We're still interviewing a couple of people this week and then we'll sit down as a
team. You'll hear from me by the end of next week either way.

Dana
""", quote="outlook", quoted=q("en", "follow", "Dana"), promise=("eow", 1)),
    M("pending", "en", "on_hold", "Corvane Medtech", "Post-Market Surveillance Lead",
      "Helen Brady <helen.brady@corvanemedtech.com>", "Update on the PMS Lead position",
      """Dear Chiara,

I wanted to let you know that the Post-Market Surveillance Lead position has been put on hold while the business
completes a reorganisation of the quality and regulatory function. No decision has been made about your
application and I didn't want you to think we'd forgotten you.

I don't have a date yet for when the role will be reopened. I will update you as soon as I hear anything.

Kind regards,
Helen
"""),
    M("pending", "en", "waitlist", "Saltire Clinical", "Clinical Trial Regulatory Coordinator",
      "Saltire Clinical Recruitment <jobs@saltireclinical.com>", "Clinical Trial Regulatory Coordinator - reserve list",
      """Dear Chiara,

Thank you for attending the assessment centre. You performed well and the panel has placed you on our reserve
list for this role. If the preferred candidate does not accept, or a second position is approved, we will
contact you first.

We expect to know more within 2 weeks.

Recruitment Team
""", promise=("weeks", 2)),
    M("pending", "en", "delay", "Pellucid Pharma", "Medical Affairs Coordinator",
      "Pellucid Pharma <no-reply@pellucid.teamtailor-mail.com>", "A quick update from Pellucid Pharma",
      """Hi Chiara,

We wanted to let you know that our decision on the Medical Affairs Coordinator role is taking longer than planned
because one of the interviewers has been on sick leave. We're sorry for the wait.

We expect to get back to all finalists within 10 working days.

Best wishes,
Pellucid People Team
""", layout="ats_alt", ats="Teamtailor", promise=("bdays", 10)),
    M("pending", "en", "pending_unfortunately", "Verdigris Biotech", "Regulatory Writer",
      "Anja Keller <anja.keller@verdigrisbio.com>", "timeline",
      """Hi Chiara, unfortunately our CEO is travelling so final sign-off on the regulatory writer hire is stuck until
he's back. nothing wrong on your side, you're still very much in the running. should be able to confirm by
Friday.

Anja
""", promise=("weekday", 4)),
    M("pending", "en", "works_council_en", "Grisons Pharma AG", "Regulatory Affairs Manager",
      "Lukas Baumgartner <lukas.baumgartner@grisonspharma.ch>", "Where things stand",
      """Dear Chiara,

A short update: the hiring team has agreed on a preferred candidate for the Regulatory Affairs Manager role, but
under our internal process the decision must be confirmed by the HR committee and the budget owner before we
can say more. Please bear with us a little longer.

Best regards,
Lukas Baumgartner
"""),
    M("pending", "en", "still_reviewing", "Kestrel Life Science Staffing", "Contract Regulatory Associate",
      "Ben Harte <ben.harte@kestrel-ls.com>", "client update",
      """Hi Chiara,

No news yet from the client I'm afraid - they've got 4 CVs for the reg contract and they're reviewing them
this week. I've pushed for an answer by Wednesday.

Ben
""", promise=("weekday", 2)),
    M("pending", "en", "hiring_freeze", "Lanthorn Diagnostics", "Regulatory Specialist (Medical Devices)",
      "Ewan Doyle <ewan.doyle@lanthorndx.com>", "Hiring freeze",
      """Dear Chiara,

I'm afraid I have to let you know that Lanthorn has announced a temporary hiring freeze across the company,
effective immediately, while our acquisition by a larger group is completed. Your application for the
Regulatory Specialist role is paused rather than closed.

We hope to be able to give you a definite answer by the end of January.

Regards,
Ewan Doyle
""", promise=("eom", 1)),
    # acknowledgements
    M("acknowledgement", "en", "received", "Nordhaven Pharma", "Medical Information Specialist",
      "Nordhaven Pharma via iCIMS <noreply@icims.com>", "Thank you for applying to Nordhaven Pharma",
      """Dear Chiara,

Thank you for your application for Medical Information Specialist (Job ID 24-1187). We have received it and it
is now with our recruitment team.

If your profile matches the requirements, a member of the team will contact you. You can check your status at
any time in the candidate portal. You can expect to hear from us within 21 days.

Nordhaven Pharma Talent Acquisition
""", layout="ats", ats="iCIMS", promise=("days", 21)),
    M("acknowledgement", "en", "ack_offer_word", "Quillfeather Pharmaceuticals", "Pharmacovigilance Associate",
      "Quillfeather Careers <careers@quillfeather.com>", "Application received: Pharmacovigilance Associate",
      """Hi Chiara,

Thanks for applying to Quillfeather! We've got your application for the Pharmacovigilance Associate role.

What we offer: hybrid working, a learning budget, private health insurance and a team that loves safety science.
We review every application personally and aim to reply within 14 days.

The Quillfeather Talent Team
""", layout="alt", promise=("days", 14)),
    M("acknowledgement", "en", "received_docs", "Marlowe Health Solutions", "Medical Information Pharmacist",
      "Zoe Hennessy <zoe.hennessy@marlowehealth.co.uk>", "RE: Registration documents",
      """Hi Chiara,

Got these, thank you - the PSI certificate and the degree transcript both came through fine. I'll pass them to
the vetting team.

Zoe
""", quote="outlook", quoted="Hi Zoe,\n\n"
      "please find attached my registration certificate and transcript as requested.\n\n"
      "Best,\nChiara"),
    M("acknowledgement", "en", "ack_unfortunately", "Brightwater CRO", "Regulatory Start-Up Specialist",
      "Brightwater CRO Careers <careers@brightwatercro.com>", "We received your application",
      """Dear Chiara,

Thank you for applying for the Regulatory Start-Up Specialist position. Your application has been received.

Unfortunately, due to the high volume of applications we are not able to give individual feedback at this stage.
We will be in touch if you are shortlisted.

Brightwater CRO Recruitment
"""),
    M("acknowledgement", "en", "received_promise", "Halvorsen Biologics", "Regulatory Affairs Associate",
      "Halvorsen Biologics <careers@halvorsenbio.ie>", "Application acknowledgement",
      """Dear Chiara Romano,

This is to confirm that we have received your application for the position of Regulatory Affairs Associate.

The closing date for this vacancy is 16 October. We will review all applications after the closing date and let
every applicant know the outcome by 30 October 2026.

Halvorsen Biologics HR
""", when="2026-10-02 08:30", promise=("date", "2026-10-30"), cs="iso-8859-1", cte="qp"),
    M("acknowledgement", "en", "received_casual", "Finchley & Rowe Pharmacy Group", "Regulatory Compliance Lead",
      "Sam Okafor <sam@finchleyrowe.com>", "Re: CV",
      """thanks Chiara, got it! will read tonight and come back to you tomorrow

S
""", quote="apple", quoted=q("en", "apply"), promise=("tomorrow", None)),
    M("acknowledgement", "en", "received", "Corvane Medtech", "Regulatory Affairs Specialist",
      "SmartRecruiters <noreply@smartrecruiters.com>", "Thanks for applying to Corvane Medtech",
      """Hi Chiara,

We've received your application for Regulatory Affairs Specialist in Munich. Our recruiting team will take a
look and reach out if there's a match.

Thanks,
Corvane Medtech
""", layout="ats_alt", ats="SmartRecruiters", reply_to="talent@corvanemedtech.com", cte="b64"),
    # auto replies
    M("auto_reply", "en", "out_of_office", "Ostrander Medical", "Regulatory Affairs Specialist",
      "Dana Whitlock <dwhitlock@ostrandermedical.com>", "Automatic reply: Thank you",
      """I am out of the office until Monday 26 October with limited access to email. For urgent regulatory matters
please contact ra.ireland@ostrandermedical.com.

Thanks,
Dana
""", when="2026-10-17 19:02"),
    M("auto_reply", "en", "auto_noreply", "Aldine Therapeutics", "Drug Safety Associate",
      "Aldine Therapeutics <no-reply@aldinetx.com>", "We got your message",
      """This mailbox is not monitored. Your email has not been read by a member of our team.

If you are a candidate, please use the careers portal to check the status of your application.
If you are reporting a side effect, please call our Drug Safety line or use the reporting form on our website.
"""),
    M("auto_reply", "en", "ooo_offer_word", "Kestrel Life Science Staffing", "Contract PV Associate",
      "Ben Harte <ben.harte@kestrel-ls.com>", "Out of office Re: assignment schedule",
      """Hi, thanks for your email. I'm on annual leave until 3 November. If it's about a contract offer or timesheets,
my colleague Niamh (niamh@kestrel-ls.com) can help.

Ben
""", when="2026-10-28 12:11"),
    M("auto_reply", "en", "out_of_office", "Verdigris Biotech", "Pharmacovigilance Officer",
      "Liam Brennan <liam.brennan@verdigrisbio.com>", "Automatic reply: Pharmacovigilance Officer - thank you",
      """Thank you for your message. I am attending the DIA Europe meeting and will respond when I'm back on 2 December.
""", layout="html", when="2026-11-20 15:33"),
    # other
    M("other", "en", "job_alert", "PharmaJobs Ireland", "",
      "PharmaJobs Ireland <alerts@pharmajobs.ie>", "12 new jobs for 'regulatory affairs' in Dublin",
      """New jobs matching your alert

- Regulatory Affairs Officer - Sandyford - competitive salary - apply by 30 Nov
- Medical Information Associate (contract) - remote - EUR 45-52/h
- Senior PV Scientist - Cork - great benefits and an attractive offer for the right person

We regret that we can't show salary for every listing.
Manage alerts | Unsubscribe
""", layout="html"),
    M("other", "en", "newsletter_regret", "Irish Institute of Pharmacy", "",
      "IIOP Newsletter <news@iiop.ie>", "IIOP November news: CPD deadlines and a correction",
      """Dear member,

In this issue: CPD cycle deadlines, new medicines shortages guidance, and a correction - we regret that last
month's issue gave the wrong date for the medicines information webinar. It takes place on 19 November.

Also inside: member offers on conference registration.
"""),
    M("other", "en", "withdrawal", "Saltire Clinical", "GCP Compliance Associate",
      "Saltire Clinical Recruitment <jobs@saltireclinical.com>", "RE: withdrawing my application",
      """Dear Chiara,

Thank you for letting us know. We have withdrawn your application for the GCP Compliance Associate role as
requested and wish you all the best in your new position.

Kind regards
Recruitment Team
""", quote="outlook", quoted=q("en", "withdraw", "Saltire team")),
    M("other", "en", "interviewer", "Romano Pharmacy", "Pharmacy Technician",
      "Aoife Kinsella <aoife.kinsella94@gmail.com>", "Re: Pharmacy technician interview",
      """Hi Ms Romano,

Thank you so much for interviewing me yesterday for the pharmacy technician post. I really enjoyed seeing the
dispensary and I'd love to be part of the team. Please let me know if you need any more references.

Kind regards,
Aoife Kinsella
"""),
    M("other", "en", "supplier", "Uniphar Wholesale", "",
      "Customer Services <orders@uniwholesale.ie>", "Order 448812 - short supply notice",
      """Dear Customer,

Unfortunately the following lines on order 448812 are in short supply and will not be delivered today:
- Amoxicillin 250mg/5ml susp x3
- Salbutamol 100mcg inhaler x10

We regret any inconvenience. Alternatives can be ordered through the usual portal.
"""),
    M("other", "en", "conference", "DIA Europe", "",
      "DIA Europe <events@diaglobal.org>", "Early-bird offer ends Friday: Pharmacovigilance & Risk Management Forum",
      """Join 400 safety professionals in Basel on 10-11 March 2027.

Our early-bird offer ends Friday - save EUR 300 on registration. Sessions on signal management, AI in case
processing and the future of the QPPV.

Register now
""", layout="ats_alt", ats="Cvent"),
    M("other", "en", "patient", "Romano Pharmacy", "",
      "Bernadette Nolan <bnolan51@eircom.net>", "thank you",
      """dear chiara, just a line to say thank you for sorting out my husbands tablets last week when the surgery was
closed. he is much better. we will miss you if you leave for that new job!
bernadette
"""),
]
