"""Holdout12 English mail, part B: offers and next steps, each written on its own."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail

MAILS: list[Mail] = [
    M("offer", "en", "casual", "Orbital Money", "Financial Crime Analyst", "plain/utf-8/8bit",
      ("Jonah Feld", "jonah@orbital.money"), "so...",
      """Aisha - we'd love to have you join the fincrime team. Everyone was unanimous after Thursday.
I'll get the paperwork from people ops to you tomorrow, but wanted you to hear it from me first. Call me
whenever suits?

J"""),
    M("offer", "en", "conditional_screening", "Northgate Bank", "KYC Analyst", "alt//qp",
      ("Northgate Bank Resourcing", "resourcing@northgatebank.co.uk"), "Conditional offer of employment – KYC Analyst",
      """Dear Aisha,

I am delighted to offer you the position of KYC Analyst in our Client Lifecycle Management team, based in
Canary Wharf, on the terms set out in the attached letter.

This offer is conditional upon:
- satisfactory pre-employment screening, including a credit check and a criminal record check
- two satisfactory references covering the last three years
- evidence of your right to work in the UK

Please confirm your acceptance by signing the letter in the portal by {DUE}. Your proposed start date is
subject to screening being completed.

Yours sincerely,
Resourcing Team, Northgate Bank plc"""),
    M("offer", "en", "verbal", "Helix Markets", "Compliance Analyst", "reply/utf-8/qp",
      ("Ravi Menon", "r.menon@helixmarkets.co.uk"), "Re: Thanks for today",
      """Hi Aisha,

Lovely to speak just now. As mentioned on the phone, we'd like to offer you the Compliance Analyst role at
£46,000 plus the usual bonus. HR will send the formal contract once they've run it past the COO, probably
early next week.

Really pleased - welcome aboard (almost)!

Ravi""", quote="ty", extra={"qs": "gmail"}),
    M("offer", "en", "offer_unfortunately", "Quillpay", "Onboarding Analyst", "plain/utf-8/qp",
      ("Mei Tanaka", "mei.tanaka@quillpay.io"), "Quillpay offer – Onboarding Analyst",
      """Hi Aisha,

Great news - the team would like to offer you the Onboarding Analyst position!

Unfortunately we can't quite stretch to the £50k you mentioned; the offer is £47,500 with a £1,500 learning
budget and hybrid working (two days in Old Street). I've attached the offer letter and our benefits summary.

Let me know if you'd like to talk it through.

Mei
People Partner, Quillpay"""),
    M("offer", "en", "conditional_references", "Calder Trust", "KYC Analyst", "plain/windows-1252/qp",
      ("Niamh Brennan", "niamh.brennan@caldertrust.ie"), "Good news – KYC Analyst (Funds)",
      """Hi Aisha,

I'm delighted to tell you that we'd like to offer you the KYC Analyst role on the funds side. It's subject to
references, so could you send me contact details for two referees when you get a chance?

Salary is €48,000 with a 10% pension contribution; full details in the contract I'll send once references are
back.

Congratulations!
Niamh"""),
    M("offer", "en", "formal", "Stellis Re", "Financial Crime Compliance Analyst", "html//b64",
      ("Stellis Re Human Resources", "hr@stellisre.com"), "Offer of Employment – Stellis Re",
      """Dear Ms Bello,

Offer of Employment: Financial Crime Compliance Analyst

Further to your recent interviews, we are pleased to offer you employment with Stellis Re Services Limited
in the position of Financial Crime Compliance Analyst on the following principal terms:

- Base salary: £52,000 per annum
- Discretionary annual bonus
- 27 days' holiday plus bank holidays
- Start date: to be agreed, following completion of background screening

This offer remains open for acceptance until {DUE}. Please sign and return the enclosed copy of this letter.

Yours sincerely,
Head of Human Resources
Stellis Re Services Limited"""),
    M("offer", "en", "agency", "Kestrel Pay", "AML Analyst", "plain/utf-8/8bit",
      ("Gemma Osei", "gemma.osei@pinnacle-fs-search.co.uk"), "KESTREL PAY - OFFER!!",
      """Aisha!!

Kestrel have just called - they want you for the AML Analyst role. Base is £45k, 10% bonus, hybrid 3 days.
They'll send the contract directly once you've said yes to me verbally. Ring me as soon as you see this!

Gemma
Pinnacle Financial Search"""),
    M("offer", "en", "graduate_programme", "Northgate Bank", "Financial Crime Associate Programme", "html//qp",
      ("Northgate Bank Early Careers", "noreply@northgatebank.tal.net"), "Congratulations from Northgate Bank",
      """Dear Aisha,

Congratulations! Following the assessment centre, we are delighted to offer you a place on the 2027 Financial
Crime Associate Programme, starting in September 2027.

Your offer pack, including your contract and details of pre-employment screening, is now available in your
candidate account. Please accept your place by {DUE}.

We look forward to welcoming you.

Early Careers Recruitment""", extra={"ats": "Oleeo", "pre": "You've got a place on the programme"}),
    M("offer", "en", "welcome_aboard", "Vantis Pay", "Sanctions Analyst", "plain/utf-8/8bit",
      ("Luke Ferris", "luke@vantispay.ie"), "welcome!",
      """Hi Aisha,

So glad you said yes on the phone earlier. Welcome to Vantis! Contract attached - sign whenever suits and
send back. Start date of the 4th works for us.

Luke"""),
    M("offer", "en", "quoted_reply", "Tollgate Compliance Services", "Skilled Person Review Analyst",
      "reply/utf-8/qp",
      ("Marcus Bell", "marcus.bell@tollgate-cs.co.uk"), "RE: Following up on my interview",
      """Dear Aisha,

Thank you for your patience. I'm pleased to say that the partners have approved your appointment and we'd like
to offer you the position of Review Analyst on a 12-month fixed-term contract. I will send the written terms
this afternoon.

Regards,
Marcus""", quote="fu", extra={"qs": "outlook"}),
    M("offer", "en", "conditional_screening", "Fairhaven Assurance", "Compliance Analyst", "alt//b64",
      ("Claire Donnelly", "claire.donnelly@fairhaven-assurance.ie"), "Compliance Analyst – offer",
      """Dear Aisha,

Following your conversation with Declan, I'm very pleased to confirm our offer for the Compliance Analyst
position. The offer is made subject to the completion of our standard vetting (identity, credit history and
sanctions screening) which our partner Verifile will start once you accept.

Please find the offer letter attached. We'd be grateful for a reply by {DUE}.

Kind regards,
Claire"""),
    M("offer", "en", "casual", "Lumen Fintech", "KYC Operations Analyst", "plain/utf-8/8bit",
      ("sara lindqvist", "sara@lumenfintech.com"), "good news",
      """hi aisha - we want you! formal offer coming from hr in a bit, but didn't want to keep you waiting over
the weekend. congrats

s"""),
    M("offer", "en", "formal", "Corvane Capital", "AML Analyst", "html//qp",
      ("Corvane Capital via DocuSign", "dse@docusign.net"),
      "Please DocuSign: Corvane Capital – Offer Letter – A. Bello",
      """Rebecca Shaw sent you a document to review and sign.

Hi Aisha, as discussed we're pleased to offer you the AML Analyst role. Please review and sign your offer
letter. Any questions, just call me. Rebecca

REVIEW DOCUMENT

Do Not Share This Email: this email contains a secure link to DocuSign.""", reply_to="rebecca.shaw@corvanecap.com",
      extra={"ats": "DocuSign"}),
    M("offer", "en", "offer_unfortunately", "Brightlane Payments", "Transaction Monitoring Analyst", "plain/utf-8/b64",
      ("Amira Haddad", "amira.haddad@brightlane.com"), "Transaction Monitoring Analyst – offer",
      """Dear Aisha,

I'm thrilled to offer you the Transaction Monitoring Analyst role. I regret that it has taken us so long to
get here - our approvals took longer than I'd hoped - but everyone is excited about you joining.

Your contract and benefits guide are attached.

Best,
Amira"""),
    # next steps
    M("next_step", "en", "reschedule_unfortunately", "Harwell & Thorne Bank", "Financial Crime Analyst",
      "plain/utf-8/qp",
      ("Priya Raman", "priya.raman@harwellthorne.co.uk"), "Change of time – second interview",
      """Hi Aisha,

Unfortunately Michael has been pulled into a regulatory meeting on Thursday, so we need to move your second
interview. Could you do {SLOT} at 10:00 or {SLOT2} at 14:30 instead? Same format, 45 minutes, in person at
Bishopsgate.

Apologies for the shuffle.

Priya"""),
    M("next_step", "en", "case_study", "Quillpay", "Financial Crime Analyst", "html//qp",
      ("Quillpay Talent Team", "no-reply@ashbyhq.com"), "Next step: written case study",
      """Hi Aisha,

Thanks for the first conversation! The next step is a written case study: you'll receive a pack describing a
merchant's onboarding file and some transaction data, and we'd like a two-page risk assessment with your
recommendation.

- Please submit it by {DUE} via the link below.
- It should take around 2-3 hours.

We'll let you know within 3 working days of receiving it whether we'll invite you to the final panel.

Quillpay Talent Team""", promise=None, reply_to="talent@quillpay.io", extra={"ats": "Ashby"}),
    M("next_step", "en", "assessment_centre", "Kestrel Pay", "Financial Crime Graduate Programme", "alt//qp",
      ("Kestrel Pay Early Careers", "earlycareers@kestrelpay.com"), "Invitation: Kestrel Pay assessment centre",
      """Hello Aisha,

Congratulations on passing the online tests. We'd like to invite you to our virtual assessment centre on
{SLOT}. The day runs 09:00 to 15:30 and includes a group exercise, a written exercise and a final interview.

Please book your place in the portal. If the date doesn't work, let us know and we'll try to find an
alternative. Results will be confirmed to all candidates by {D}.

Early Careers Team""", promise=("explicit", 14), extra={"ats": "Workable"}),
    M("next_step", "en", "slots", "Calder Trust", "KYC Analyst", "html//b64",
      ("Calder Trust via GoodTime", "scheduling@goodtime.io"), "Schedule your interview with Calder Trust",
      """Hi Aisha,

Calder Trust would like to schedule a 30-minute video interview with you for the KYC Analyst role.

Please choose a time that works for you:
- {SLOT} 09:30 (Irish time)
- {SLOT} 11:00 (Irish time)
- {SLOT2} 15:00 (Irish time)

Pick a time

If none of these work, reply to this email.""", reply_to="niamh.brennan@caldertrust.ie",
      extra={"ats": "GoodTime"}),
    M("next_step", "en", "references", "Ravensworth Private Bank", "Client Due Diligence Analyst", "plain/utf-8/8bit",
      ("Helen Ashby", "helen.ashby@ravensworth.co.uk"), "References",
      """Dear Aisha,

Thank you for the final interview. Before we make a decision we'd like to speak to your referees - could you
send names and contact details for two people, ideally including your current supervising partner?

We hope to come back to you with an answer by {WD}.

Kind regards,
Helen Ashby""", promise=("weekday", 4)),
    M("next_step", "en", "fit_proper", "Fairhaven Assurance", "Compliance Analyst", "alt//qp",
      ("Claire Donnelly", "claire.donnelly@fairhaven-assurance.ie"), "Next stage – fitness & probity questionnaire",
      """Dear Aisha,

Thank you for your time yesterday. We'd like to move you to the final stage, a conversation with our Head of
Compliance.

Because the role sits in a controlled function, we ask final-stage candidates to complete a short fitness and
probity questionnaire beforehand (previous employment, any regulatory or disciplinary matters, directorships).
I've attached it - please return it before the interview.

Kind regards,
Claire"""),
    M("next_step", "en", "call", "Payvia Europe", "Compliance Analyst", "plain/utf-8/qp",
      ("Hannah Cole", "hannah.cole@payvia.eu"), "Payvia – quick call?",
      """Hi Aisha,

Thanks for applying to Payvia. I'd love to set up a 20-minute call to tell you about the team and hear more
about your background. Are you free any time on {SLOT}?

Thanks,
Hannah"""),
    M("next_step", "en", "next_round", "Stellis Re", "Financial Crime Compliance Analyst", "alt//8bit",
      ("Isabel Grant", "isabel.grant@stellisre.com"), "Re: Thank you",
      """Dear Aisha,

Thank you for your kind note. I'm pleased to say we'd like you to meet our Chief Compliance Officer and a
member of the Group Risk team for a final panel. My assistant will send an invitation for {SLOT}.

We aim to make a final decision by the end of next week.

Best wishes,
Isabel""", promise=("eonw", 0), quote="ty", extra={"qs": "apple"}),
    M("next_step", "en", "screening_forms", "Saxon Clearing", "Sanctions Screening Analyst", "html//qp",
      ("Saxon Clearing Recruitment", "recruitment@saxonclearing.com"), "Action required: background screening forms",
      """Dear Aisha,

As you have progressed to the final stage for the Sanctions Screening Analyst role, we ask you to complete our
screening consent forms so that our provider can begin the credit and directorship checks in parallel with the
final interview.

Please complete the forms by {DUE}. We will confirm the time of your final interview by the end of this week.

Saxon Clearing Recruitment""", promise=("eow", 0)),
    M("next_step", "en", "reschedule_unfortunately", "Meridian Mutual Insurance", "Sanctions & AML Analyst",
      "plain/utf-8/b64",
      ("Sophie Marsh", "sophie.marsh@meridianmutual.co.uk"), "Interview tomorrow – need to move",
      """Hi Aisha,

So sorry, I'm unwell and won't be able to run tomorrow's interview. I regret the short notice. Could we
rebook for {SLOT}, same time? If that doesn't suit, suggest a couple of times and I'll make it work.

Sophie"""),
    M("next_step", "en", "next_round", "Orbital Money", "Fraud & Financial Crime Investigator",
      "plain/utf-8/8bit",
      ("Jonah Feld", "jonah@orbital.money"), "round 2",
      """Hey Aisha, great chat today. we'd like you to come in and meet Priyanka (our MLRO) and do a short case
walkthrough. I'll send a couple of times - and either way we'll confirm the next steps by {WD}.

Jonah""", promise=("weekday", 3)),
    M("next_step", "en", "assessment", "Alder & Finch Insurance", "Financial Crime Graduate", "html//b64",
      ("Alder & Finch Careers", "noreply@icims.com"), "Complete your online assessment",
      """Dear Aisha,

Thank you for applying to the Alder & Finch Financial Crime Graduate scheme. The next step is an online
situational judgement test and a numerical reasoning test. The link is valid for 7 days.

Start assessment

Alder & Finch Early Talent""", reply_to="earlytalent@alderfinch.co.uk", extra={"ats": "iCIMS"}),
    M("next_step", "en", "agency", "Helix Markets", "Compliance Analyst", "plain/windows-1252/qp",
      ("Kieran Walsh", "kieran@ledgerline-recruitment.com"), "Helix Markets – interview confirmed",
      """Morning Aisha,

Good news – Helix Markets want to meet you! Interview confirmed for {SLOT} at 11:00 with Ravi Menon (Head of
Compliance) at their office on Cannon Street. Allow an hour; there's a short written scenario at the start.

They've said they'll give me feedback within 48 hours of the interview.

Kieran
Ledgerline Recruitment"""),
    M("next_step", "en", "next_round", "Kestrel Pay", "AML Analyst", "alt//qp",
      ("Olu Adebayo", "olu.adebayo@kestrelpay.com"), "Next steps – AML Analyst",
      """Hi Aisha,

Thanks for the screening call. I've shared your CV with the hiring manager and she'd like to see you for a
technical interview. I'll send over a calendar invite shortly.

Cheers,
Olu""", promise=None),
    M("next_step", "en", "reschedule_unfortunately", "Tollgate Compliance Services", "Skilled Person Review Analyst",
      "reply/utf-8/qp",
      ("Marcus Bell", "marcus.bell@tollgate-cs.co.uk"), "RE: Interview on Thursday",
      """Dear Aisha,

Unfortunately our office is closed on Thursday due to building works, so we'll hold your interview on Teams
instead, same time. Link to follow.

Regards,
Marcus""", quote="I'm looking forward to Thursday. Should I bring anything with me? I would be grateful if "
                   "you could let me know your decision timeline.", extra={"qs": "outlook"}),
    M("next_step", "en", "case_study", "Lumen Fintech", "Transaction Monitoring Analyst", "plain/utf-8/qp",
      ("Sara Lindqvist", "sara@lumenfintech.com"), "Next round – alert review exercise",
      """Hi Aisha,

We'd like to move you forward! The next stage is a 60-minute live exercise where you'll review five
transaction-monitoring alerts with one of our analysts and talk through your decisions. Could you do
{SLOT} or {SLOT2}?

We'll let you know the outcome by {D}.

Sara""", promise=("explicit", 12)),
]
