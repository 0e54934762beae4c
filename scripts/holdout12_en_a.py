"""Holdout12 English mail, part A: rejections and offers, each written on its own."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail
GH = {"ats": "Greenhouse"}
WD = {"ats": "Workday"}

MAILS: list[Mail] = [
    M("rejection", "en", "warm", "Harwell & Thorne Bank", "KYC Analyst", "plain/utf-8/qp",
      ("Priya Raman", "priya.raman@harwellthorne.co.uk"), "Your application - KYC Analyst",
      """Hi Aisha,

Thank you for coming in on Tuesday and for the time you gave us. The panel genuinely enjoyed the conversation,
especially your example of tracing the beneficial owners behind that shell structure - it was one of the best
answers we heard all week.

However, after a lot of discussion we have decided to move forward with a candidate who has already worked
inside a bank's first line of defence. It was close, and I wanted you to hear that from me rather than a portal.

I hope our paths cross again.

Warm regards,
Priya Raman
Talent Partner, Financial Crime
Harwell & Thorne Bank plc"""),
    M("rejection", "en", "no_interview", "Quillpay", "Financial Crime Analyst", "html//qp",
      ("Quillpay Talent Team", "no-reply@ashbyhq.com"), "Quillpay | Financial Crime Analyst",
      """Hi Aisha,

Thanks for your interest in the Financial Crime Analyst role at Quillpay and for the time you spent on the
application.

We've reviewed your profile carefully and we're unable to offer you an interview for this position. We had a
very high number of applicants with direct transaction-monitoring experience at an EMI.

We'll keep your details on file and wish you the best in your search.

The Quillpay Talent Team""", reply_to="talent@quillpay.io", extra={"ats": "Ashby"}),
    M("rejection", "en", "talent_pool", "Meridian Mutual Insurance", "Compliance Analyst", "alt//qp",
      ("Meridian Mutual Careers", "careers@meridianmutual.myworkdayjobs.com"),
      "Update on your application: Compliance Analyst (R-20417)",
      """Dear Aisha Bello,

Thank you for applying for the Compliance Analyst (R-20417) position at Meridian Mutual Insurance.

We have now completed the shortlisting for this vacancy and regret to inform you that your application has
not been progressed. We would like to add you to our talent community so that our recruiters can contact you
about future compliance openings that match your experience.

- You do not need to do anything to join.
- You can withdraw your consent at any time in your candidate home.

Kind regards,
Resourcing Team
Meridian Mutual Insurance""", extra={"ats": "Workday", "pre": "An update about your application"}),
    M("rejection", "en", "rescinded", "Brightlane Payments", "Onboarding & KYC Specialist", "plain/utf-8/8bit",
      ("Tom Kessler", "tom.kessler@brightlane.com"), "Re: Offer - Onboarding & KYC Specialist",
      """Aisha,

I'm really sorry to be writing this. Following the announcement this morning that Brightlane is being acquired,
all open hires that have not yet started have been frozen by the new group, and I have been told we have to
withdraw the offer we made to you last week. This is not about you or your screening - it is a blanket
decision and I argued against it.

I know you may have already spoken to your current firm. If there is anything I can do, including a reference
to other teams I know, please call me.

Tom

Tom Kessler | Head of Onboarding | Brightlane Payments Ltd
Registered in England and Wales No. 10938472. Authorised by the FCA as an Electronic Money Institution.""",
      quote="acc"),
    M("rejection", "en", "typo_lower", "Corvane Capital", "AML Analyst", "plain/us-ascii/8bit",
      ("dan whitlock", "dan.whitlock@corvanecap.com"), "aml analyst",
      """hi aisha

sorry for the slow reply. we've decided not to take your application further for the aml analyst role, the
hiring manager went with someone internal in the end. unfortunatley nothing i could do there

all the best with the move into compliance

dan

Sent from my iPhone"""),
    M("rejection", "en", "after_assessment", "Saxon Clearing", "Sanctions Screening Analyst", "alt//b64",
      ("Saxon Clearing Recruitment", "recruitment@saxonclearing.com"),
      "Sanctions Screening Analyst - written exercise outcome",
      """Dear Aisha,

Thank you for completing the sanctions screening written exercise last week. Our assessors scored each
submission against the same marking scheme.

On this occasion your submission did not reach the threshold needed to progress to the final interview stage.
The main feedback from the assessors was that the escalation memo did not weigh the secondary sanctions risk
of the Cyprus intermediary.

We appreciate the effort that went into the exercise.

Yours sincerely,
Saxon Clearing Recruitment"""),
    M("rejection", "en", "agency", "Ravensworth Private Bank", "Client Due Diligence Analyst", "plain/windows-1252/qp",
      ("Gemma Osei", "gemma.osei@pinnacle-fs-search.co.uk"), "Ravensworth - feedback",
      """Hi Aisha,

Just had feedback from Ravensworth on the CDD Analyst role. They liked you a lot - Helen said you were the
most articulate person they met - but they've decided to go with a candidate who has private-banking KYC
experience already. So it's a no from them this time, sorry.

I've got two other briefs landing next week (a payments firm in Shoreditch and an insurer in the City) that I
think suit you better anyway. Can we have a quick call on Thursday?

Cheers,
Gemma

Gemma Osei
Senior Consultant - Risk & Compliance
Pinnacle Financial Search Ltd
Pinnacle Financial Search is acting as an employment agency in relation to this vacancy."""),
    M("rejection", "en", "quoted_reply", "Lumen Fintech", "Transaction Monitoring Analyst", "alt/utf-8/qp",
      ("Sara Lindqvist", "sara@lumenfintech.com"), "Re: Thank you - Transaction Monitoring interview",
      """Hi Aisha,

That's kind of you, thank you. I'm afraid I have to share that we've offered the role to another candidate
and they have accepted. I'd be happy to give you some feedback over a 15-minute call if that would help.

Best,
Sara""", quote="ty", extra={"qs": "gmail"}),
    M("rejection", "en", "reapply", "Kestrel Pay", "Financial Crime Graduate Programme", "html//b64",
      ("Kestrel Pay Early Careers", "earlycareers@kestrelpay.com"), "Your Kestrel Pay Graduate Programme application",
      """Hello Aisha,

Many thanks for your application to the 2027 Financial Crime Graduate Programme.

We received more than 4,000 applications for 18 places. After reviewing your online test results, we will not
be inviting you to the assessment centre this year.

You are welcome to apply again when the 2028 programme opens in six months' time. We've found that candidates
who reapply after gaining more hands-on compliance exposure often do very well.

Best wishes,
Early Careers Team, Kestrel Pay""", extra={"ats": "Workable"}),
    M("rejection", "en", "short_mobile", "Helix Markets", "Compliance Analyst", "plain/utf-8/8bit",
      ("Ravi Menon", "r.menon@helixmarkets.co.uk"), "Re: Compliance Analyst",
      """Aisha - quick one, we won't be moving ahead with you for this role. Sorry, and thanks for your time.
R

Sent from Outlook for Android"""),
    M("rejection", "en", "fit_proper_fail", "Fairhaven Assurance", "Regulatory Compliance Officer", "alt//qp",
      ("Claire Donnelly", "claire.donnelly@fairhaven-assurance.ie"),
      "Regulatory Compliance Officer - your application",
      """Dear Aisha,

Thank you for your interest in the Regulatory Compliance Officer role and for the conversation with our Head of
Compliance.

As this is a pre-approval controlled function (PCF) role under the Central Bank's fitness and probity regime,
we need the successful candidate to evidence at least three years in a regulated compliance function. Having
reviewed your experience against that requirement, we have concluded that we cannot take your candidacy
forward at this time.

This is in no way a reflection on your ability, and we would be very glad to hear from you for analyst-level
roles.

Kind regards,
Claire Donnelly
HR Business Partner
Fairhaven Assurance DAC, Dublin 2"""),
    M("rejection", "en", "warm", "Orbital Money", "Fraud & Financial Crime Investigator", "reply/utf-8/8bit",
      ("Jonah Feld", "jonah@orbital.money"), "Re: Following up",
      """Hey Aisha,

Thanks for nudging me, and apologies that you had to. We loved meeting you - genuinely. The team were split
right down the middle, and in the end we went with someone who's run fraud investigations before because we
need them to hit the ground running in January.

I'd honestly be surprised if you don't land somewhere great soon. Happy to be a reference on how you handled
the case walkthrough.

Jonah""", quote="fu", extra={"qs": "apple"}),
    M("rejection", "en", "rescinded", "Northgate Bank", "KYC Analyst", "plain/utf-8/b64",
      ("Northgate Bank Onboarding", "pre-employment@northgatebank.co.uk"),
      "Conditional offer - outcome of pre-employment screening",
      """Dear Ms Bello,

We refer to our conditional offer of employment dated earlier this month for the position of KYC Analyst.

As explained in the offer letter, the offer was subject to satisfactory completion of pre-employment screening,
including references covering the last five years. We have been unable to obtain a verifiable reference for the
period from 2021 to 2023 despite the additional information you kindly provided.

Regrettably, we are therefore withdrawing the conditional offer with immediate effect.

If you believe the information we hold is inaccurate, you may contact the screening team within 14 days.

Yours sincerely,
Pre-Employment Screening
Northgate Bank plc"""),
    M("rejection", "en", "warm", "Stellis Re", "Financial Crime Compliance Analyst", "html//qp",
      ("Isabel Grant", "isabel.grant@stellisre.com"), "Thank you, Aisha",
      """Dear Aisha,

I wanted to write personally rather than let the system send its standard note.

We were really impressed by how you approached the sanctions case study; your structure was clear and your
written summary was the tidiest we received. You would clearly be an asset to a compliance team.

The difficult part: the role needs someone who can take over our Lloyd's market reporting from day one, and
another candidate has done exactly that for two years. We have therefore decided to offer the position to
them.

Please don't let this discourage you.

With best wishes,
Isabel Grant
Head of Financial Crime, Stellis Re

This e-mail and any attachments are confidential. Nothing in this email constitutes an offer of
insurance or reinsurance cover."""),
    M("rejection", "en", "status_portal", "Alder & Finch Insurance", "AML Analyst", "html//b64",
      ("Alder & Finch Careers", "noreply@icims.com"), "Application status update",
      """Dear Aisha,

The status of your application for AML Analyst (Req 4471) has changed.

Status: Not selected - position filled

Thank you for considering Alder & Finch Insurance as your next employer. Log in to the candidate portal to
view other openings.

Alder & Finch Insurance Talent Acquisition""", reply_to="talent@alderfinch.co.uk", extra={"ats": "iCIMS"}),
    M("rejection", "en", "position_cancelled", "Tollgate Compliance Services", "Skilled Person Review Analyst",
      "plain/windows-1252/8bit",
      ("Marcus Bell", "marcus.bell@tollgate-cs.co.uk"), "Skilled Person Review Analyst - update",
      """Dear Aisha,

I'm writing to let you know that the client engagement this role was created for - a section 166 review for a
payments firm - has been cancelled by the regulator after the firm agreed to a voluntary requirement. As a
result we will not be filling the Skilled Person Review Analyst position, and your application is now closed.

I'm sorry to bring the process to an end this way. We do run similar reviews several times a year, and I'd
encourage you to look out for them.

Regards,
Marcus Bell
Resourcing Manager
Tollgate Compliance Services Ltd"""),
    M("rejection", "en", "warm", "Calder Trust", "KYC Analyst", "alt//8bit",
      ("Niamh Brennan", "niamh.brennan@caldertrust.ie"), "KYC Analyst – Dublin",
      """Hi Aisha,

Thanks a million for doing the video call on Friday, and for being so flexible about the time difference.

We really enjoyed hearing about your litigation support work and the document review you ran. It was a hard
call, but we've decided to progress other candidates who already hold the CAMS certificate, which the fund
administration side insists on for this team.

Do keep an eye on our careers page; we'll have more openings in the new year.

Niamh"""),
    M("rejection", "en", "quoted_reply", "Payvia Europe", "Compliance Analyst", "reply/utf-8/qp",
      ("Hannah Cole", "hannah.cole@payvia.eu"), "RE: Compliance Analyst - next steps?",
      """Hello Aisha,

Thanks for checking in. I'm sorry for the silence - the team has been busy with our licence variation.

I'm afraid we will not be progressing your application to the next stage. We received applications from a number
of people with EMI compliance backgrounds and the team felt their experience was a closer match.

Kind regards,
Hannah

Hannah Cole | People Team | Payvia Europe Ltd""",
      quote="I was wondering if there was any news. I remain very keen and would be delighted to receive an "
            "offer if the team decides I'm the right fit.", extra={"qs": "outlook"}),
    M("rejection", "en", "after_assessment", "Northgate Bank", "Financial Crime Associate Programme",
      "html//qp",
      ("Northgate Bank Early Careers", "noreply@northgatebank.tal.net"), "Assessment centre outcome",
      """Dear Aisha,

Thank you for attending the Financial Crime Associate Programme assessment centre in Canary Wharf.

We know how much preparation goes into a day like this. Our assessors reviewed your performance in the group
exercise, the in-tray exercise and the competency interview. We are sorry to let you know that you were not
successful on this occasion.

Detailed feedback for each exercise will be made available in your candidate account.

Best regards,
Early Careers Recruitment, Northgate Bank""", extra={"ats": "Oleeo"}),
    M("rejection", "en", "short_mobile", "Vantis Pay", "Sanctions Analyst", "plain/utf-8/8bit",
      ("Luke Ferris", "luke@vantispay.ie"), "sanctions analyst",
      """Hi Aisha, we've filled the Sanctions Analyst role so won't be taking things further. Best of luck!

Luke"""),
    M("rejection", "en", "internal_hire", "Corvane Capital", "Compliance Monitoring Analyst", "alt//qp",
      ("Corvane Capital Recruiting", "corvane@hire.lever.co"), "Compliance Monitoring Analyst at Corvane Capital",
      """Hi Aisha,

Thank you for your interest in the Compliance Monitoring Analyst position and for speaking with Rebecca.

We wanted to let you know that we've decided to fill this role through an internal move, so we are closing
the external search. We appreciate the time you've invested and would love to stay in touch.

Best,
Corvane Capital Recruiting""", reply_to="recruiting@corvanecap.com", extra={"ats": "Lever"}),
    M("rejection", "en", "warm", "Lumen Fintech", "KYC Operations Analyst", "plain/utf-8/qp",
      ("Sara Lindqvist", "sara@lumenfintech.com"), "KYC Operations Analyst – decision",
      """Hi Aisha,

Thanks again for the two rounds with us. I wanted to let you know we won't be making you an offer for the KYC
Operations Analyst role.

The hiring manager has asked to write up proper feedback for you, so expect that from me once she has.

All the best,
Sara"""),
    M("rejection", "en", "warm", "Brightlane Payments", "Compliance Analyst", "html//8bit",
      ("Amira Haddad", "amira.haddad@brightlane.com"), "Compliance Analyst – thank you",
      """Dear Aisha,

What a pleasure it was to talk to you last week. You have an eye for detail that we don't see often.

Sadly we are not able to take your application forward: the team decided the role needs someone with prior
payments monitoring experience. I've noted on your profile that you'd be a strong fit for our next onboarding
team intake and I will personally reach out when it opens.

Kind regards,
Amira"""),
    M("rejection", "en", "formal", "Mainline Building Society", "Financial Crime Analyst", "plain/iso-8859-1/qp",
      ("HR Services", "hr.services@mainline-bs.co.uk"), "Financial Crime Analyst – Ref FC/112",
      """Dear Ms Bello

Re: Financial Crime Analyst – Ref FC/112

Thank you for attending for interview on Monday. I am writing to let you know that on this occasion you have
not been successful. The panel considered all candidates carefully against the person specification.

May I take this opportunity to thank you for your interest in Mainline Building Society and to wish you every
success in the future.

Yours sincerely

Janet Pryce
HR Services Officer"""),
    M("rejection", "en", "typo_lower", "Kestrel Pay", "AML Investigator", "plain/utf-8/8bit",
      ("Olu Adebayo", "olu.adebayo@kestrelpay.com"), "Re: AML Investigator interview",
      """hey aisha, thanks for the note. honestly tough decison this one but we're gonna go a diffrent direction
for the AML investigator seat. really appreciate you taking the time, keep in touch on linkedin

olu""", quote="ty", extra={"qs": "gmail"}),
    M("rejection", "en", "formal", "Alder & Finch Insurance", "Compliance Officer (Conduct)",
      "plain/utf-8/b64",
      ("Alder & Finch Insurance", "talent@alderfinch.co.uk"), "Compliance Officer (Conduct)",
      """Dear Aisha,

Thank you for taking the time to meet with us regarding the Compliance Officer (Conduct) role.

Following careful consideration, we regret to inform you that your application has been unsuccessful.

We wish you every success in your future career.

Talent Acquisition
Alder & Finch Insurance plc
Registered office: 20 Lime Street, London EC3M. Authorised by the PRA and regulated by the FCA and the PRA."""),
    M("rejection", "en", "warm", "Saxon Clearing", "Client Onboarding Analyst", "reply/utf-8/qp",
      ("Ben Okafor", "ben.okafor@saxonclearing.com"), "RE: Client Onboarding Analyst - thank you",
      """Hi Aisha,

Thank you for such a thoughtful note - it was a pleasure. You asked all the right questions about our
periodic review backlog.

I'm sorry to say we've now made a decision and it isn't the news you were hoping for. We've gone with a
candidate who already knows our screening platform. If anything changes in the next couple of months I'll
come back to you directly.

Best,
Ben Okafor
Onboarding Team Lead""", quote="ty", extra={"qs": "outlook"}),
    M("rejection", "en", "agency", "Meridian Mutual Insurance", "Sanctions & AML Analyst", "fwd/utf-8/qp",
      ("Kieran Walsh", "kieran@ledgerline-recruitment.com"), "Fwd: Candidate feedback - A. Bello",
      """Aisha, see below from Meridian. Not the answer we wanted I'm afraid. Let's talk tomorrow about the other
two roles.

Kieran

---------- Forwarded message ---------
From: Sophie Marsh <sophie.marsh@meridianmutual.co.uk>
Subject: Candidate feedback - A. Bello

Hi Kieran,

Thanks for putting Aisha forward. We've now interviewed everyone on the shortlist and we won't be taking her
forward: she interviewed well but the panel felt the role needs more hands-on sanctions screening.

Please pass on our thanks.

Sophie"""),
]
