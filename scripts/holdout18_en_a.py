"""holdout18, English part A: rejections, each written on its own."""

from __future__ import annotations

from holdout18_core import M

Q_THANKS = ("Dear Ms Okafor,\n\nThank you again for taking the time to meet me on Tuesday. I enjoyed hearing about\n"
            "the discharge lounge pilot and would be glad to bring my ward experience to it.\n\nKind regards,\nFatima")
Q_FOLLOW = ("Hello,\n\nI hope you are well. I wanted to follow up on my application for the Patient Flow Coordinator\n"
            "post (ref. PF-2291). Is there any news on the timeline?\n\nBest wishes,\nFatima Zahra Benali")
LEGAL = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have\n"
         "received it in error please notify the sender and delete it. Registered in England and Wales No. 0811243.")

MESSAGES: list[M] = [
    M("rejection", "en", "forwarded_rejection", "Hôpital Iris Sud (via Meridian Health Staffing)",
      "Patient Pathway Coordinator", "Leonie Vandamme <leonie@meridianstaffing.be>",
      "Fwd: Patient Pathway Coordinator - candidate F. Benali",
      """Hi Fatima,

Forwarding the hospital's answer below, word for word. Not the result we hoped for. Let's talk tomorrow about
the two insurer roles in Brussels I mentioned.

Leonie
Meridian Health Staffing | Avenue Louise 54, 1050 Brussels
Meridian Health Staffing BV, BE 0712.345.118. Confidential: intended only for the addressee.""",
      layout="forward", extra={"X-Fwd-From": "Pieter Claes <p.claes@iris-sud.be>"}, quote="""Dear Leonie,

Thank you for presenting Ms Benali. After the second interview the selection committee has decided not to
retain her application for the Patient Pathway Coordinator post; we have appointed a candidate who speaks
Dutch at C1 level, which is required for the role.

Kind regards,
Dr. Pieter Claes
HR Business Partner, Hôpital Iris Sud"""),
    M("rejection", "en", "warm_rejection", "St Aldric's Hospital NHS Trust", "Patient Flow Coordinator",
      "Recruitment Team <no-reply@trac.jobs>", "Outcome of your interview - Patient Flow Coordinator (PF-2291)",
      """Dear Fatima,

Thank you for attending interview for the post of Patient Flow Coordinator (Band 5) on 14th.

The panel were genuinely impressed by your knowledge of bed management and the way you talked about escalation
with site managers. However, after careful consideration we have decided to appoint another candidate whose
experience in the operational centre was a closer match for the post.

We would encourage you to request feedback from the recruiting manager.

Yours sincerely,
Recruitment Services
St Aldric's Hospital NHS Trust""", reply_to="recruitment@staldrics.nhs.uk"),
    M("rejection", "en", "", "Lumea Health", "Operations Associate", "Jonas at Lumea <jonas@lumeahealth.io>",
      "lumea - ops associate",
      """hi fatima

quick one - we've decided not to move forward with your application for the ops associate role. honestly it
came down to wanting someone whos done startup ops before. sorry it's not better news

jonas"""),
    M("rejection", "en", "unable_to_offer_interview", "Harbourline Insurance", "Claims Operations Analyst",
      "Harbourline Careers <careers@myworkday.com>", "Your application: Claims Operations Analyst (R-40318)",
      """Hello Fatima Zahra,

Thank you for applying for the Claims Operations Analyst role (requisition R-40318) at Harbourline Insurance.

We received a high number of applications, and on this occasion we are unable to offer you an interview.
We encourage you to keep an eye on our careers site for future roles that match your profile.

Kind regards,
Harbourline Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.""", layout="html",
      reply_to="talent@harbourline.co.uk"),
    M("rejection", "en", "talent_pool", "Medivo", "Clinical Operations Coordinator",
      "Priya Raman <priya.raman@medivo.com>", "Re: Clinical Operations Coordinator",
      """Hi Fatima,

Thanks so much for your patience while we met everyone. We've now filled the Clinical Operations Coordinator
role, so we won't be taking your application further.

That said, I'd really like to keep your CV in our talent pool - we're opening a second site in Lyon next year
and your background in patient flow would fit well there. I'll reach out when that happens.

All the best,
Priya
Priya Raman | People Partner | Medivo""", quote=Q_FOLLOW),
    M("rejection", "en", "rescinded_offer", "Northgate Care Partners", "Project Coordinator (fixed-term)",
      "Eleanor Whitby <e.whitby@northgatecare.org.uk>", "Project Coordinator - update on your offer",
      """Dear Fatima,

I am very sorry to be writing this. Last week I was delighted to offer you the fixed-term Project Coordinator
post. Yesterday the commissioners confirmed that funding for the community discharge project will not be
renewed beyond March, and as a result we have had to withdraw the offer.

I know this is disappointing, particularly if you had started planning around it. I would be glad to act as a
referee for you and I will pass your details to colleagues at the ICB.

With apologies,
Eleanor Whitby
Head of Transformation
Northgate Care Partners

""" + LEGAL),
    M("rejection", "en", "", "Crestfield Private Hospital", "Theatre Scheduler",
      "Talent Acquisition <crestfield@smartrecruiters.com>", "Theatre Scheduler at Crestfield Private Hospital",
      """Dear Fatima Zahra,

Thank you for your interest in the Theatre Scheduler position at Crestfield Private Hospital.
After reviewing your application we have decided to pursue other candidates whose profiles more closely meet
our current requirements.

We wish you every success in your job search.

Crestfield Private Hospital Recruitment
Powered by SmartRecruiters""", layout="alt"),
    M("rejection", "en", "warm_rejection", "Bright Meridian Health", "Patient Experience Lead",
      "Tom Adeyemi <tom.adeyemi@brightmeridian.health>", "Following up from Thursday",
      """Hi Fatima,

I wanted to call but couldn't catch you, so an email will have to do.

Thank you for such a thoughtful presentation on Thursday - the patient-relative journey map you brought was the
best thing any candidate showed us, and two of the panel mentioned it afterwards. It makes this harder to write:
we've offered the role to someone with a longer track record of leading a team of coordinators, and they have
accepted.

If you'd like a 15-minute call for feedback I'm very happy to do that. Please don't be a stranger.

Warmly,
Tom"""),
    M("rejection", "en", "", "Halden Valley NHS Foundation Trust", "Bed Manager",
      "NHS Jobs <noreply@jobs.nhs.uk>", "Application update: Bed Manager (ref 212-HV-7731)",
      """Dear Fatima Benali,

Application reference: 212-HV-7731
Job title: Bed Manager
Employer: Halden Valley NHS Foundation Trust

Thank you for applying. Your application has been reviewed against the person specification and you have not
been shortlisted for interview.

You can see the status of all your applications by signing in to your NHS Jobs account.

This is an automated message. Do not reply.""", charset="iso-8859-1", cte="qp"),
    M("rejection", "en", "rescinded_offer", "Quellmark", "Healthcare Operations Manager",
      "Hannah Crowe <hannah@quellmark.com>", "Re: Offer - Healthcare Operations Manager",
      """Fatima -

I owe you a straight answer. Our board approved a restructuring this morning and the healthcare operations team
is being folded into the payer partnerships group. The Operations Manager role no longer exists, and I have to
rescind the offer we made on the 3rd. I'm sorry. This has nothing to do with you, and I mean that.

Legal will confirm in writing. If you want a reference or an intro to anyone in my network, just ask.

Hannah""", quote="Hi Hannah,\n\nThank you so much - I'm delighted to accept. I'll send the signed letter over\n"
      "by Friday.\n\nFatima", extra={"X-Quote-Style": "apple"}),
    M("rejection", "en", "", "Kestrel Recruitment", "Outpatient Services Coordinator (client: private clinic)",
      "Gary Blunt | Kestrel Recruitment <gary.b@kestrelrec.co.uk>", "outpatient coordinator role",
      """Morning Fatima,

Had feedback back from the client on the outpatient coordinator job. They're not progressing you I'm afraid,
they've gone with an internal person in the end. Gutted for you as I thought you were a good fit!!

Ill keep sending bits over as they come up, got a couple of NHS bank roles that might suit.

Cheers
Gary
Kestrel Recruitment Ltd | Healthcare Division | 0161 555 0194"""),
    M("rejection", "en", "warm_rejection", "Aurelia Health Insurance", "Care Pathways Coordinator",
      "Aurelia Careers <careers@aurelia-health.com>", "An update on your application",
      """Dear Fatima Zahra,

We really enjoyed getting to know you through the process for the Care Pathways Coordinator role, and your
situational-judgement test results were strong.

We're sorry to let you know that we won't be offering you the role. It was a very close decision between the
final candidates.

Thank you for the time and energy you put in.

The Aurelia Talent Team""", layout="html", charset="windows-1252"),
    M("rejection", "en", "talent_pool", "Medisana Group", "Junior PMO Analyst",
      "Medisana Group <no-reply@ashbyhq.com>", "Junior PMO Analyst at Medisana Group",
      """Hi Fatima Zahra,

Thanks for your interest in Medisana Group. We've carefully reviewed your background and decided not to move
forward with your application for Junior PMO Analyst at this time.

With your permission we'll keep your details on file for 12 months and may contact you about similar openings.
You can withdraw this consent at any time from your candidate profile.

Best,
Medisana Group Recruiting""", reply_to="jobs@medisana-group.com"),
    M("rejection", "en", "", "Riverside Community Health", "Scheduling Coordinator",
      "Dana Liu <dliu@riversidech.org>", "RE: Scheduling Coordinator - Excel exercise",
      """Hi Fatima,

Thank you for completing the rota exercise. Unfortunately the panel felt that the solution did not meet the
standard required for this post (in particular the cover gaps on the weekend shifts), so we will not be
inviting you to interview.

Best regards,
Dana Liu
HR Officer""", quote="Hello Dana,\n\nPlease find my completed rota spreadsheet attached.\n\nKind regards,\nFatima",
      extra={"X-Quote-Style": "outlook"}),
    M("rejection", "en", "warm_rejection", "Calder & Finch Consulting", "Healthcare Analyst",
      "Sophie Marchetti <sophie.marchetti@calderfinch.com>", "Thank you",
      """Dear Fatima,

We were impressed by how calmly you walked through the case on ED crowding, and the partners liked your
practical instincts. However, for this cohort we're prioritising candidates with more quantitative modelling
experience, so we will not be extending an offer.

I hope our paths cross again.

Sophie""", promise=None),
    M("rejection", "en", "", "Westbrook Hospice", "Volunteer Services Coordinator",
      "Westbrook Hospice HR <hr@westbrookhospice.org.uk>", "Volunteer Services Coordinator",
      """Dear Ms Benali

Thank you for coming in to meet us. I'm writing to let you know that on this occasion you have been
unsuccessful. We had a very strong field.

Regards
Margaret Hollis
HR Manager""", charset="iso-8859-1"),
    M("rejection", "en", "rescinded_offer", "Pellham Diagnostics", "Lab Operations Coordinator",
      "Pellham Diagnostics People Team <people@pellhamdx.com>", "Conditional offer - Lab Operations Coordinator",
      """Dear Fatima,

Further to our conditional offer of employment dated last month, we have now received the results of the
pre-employment checks. We have been unable to obtain a satisfactory second reference covering the required
period, and the offer was conditional on this.

We are therefore withdrawing the conditional offer of employment with immediate effect.

If you believe there has been an error you may contact us within 10 working days.

People Team
Pellham Diagnostics Ltd""", layout="alt", cte="qp"),
    M("rejection", "en", "unable_to_offer_interview", "Oakmere Integrated Care Board", "Programme Support Officer",
      "Oakmere ICB Recruitment <recruitment@oakmere-icb.nhs.uk>", "Programme Support Officer ref 882-OI-0214",
      """Dear Applicant

Re: Programme Support Officer - 882-OI-0214

We regret to inform you that we are not able to offer you an interview for this post. Shortlisting was carried
out against the essential criteria and the competition was strong.

Feedback on shortlisting is not available due to the volume of applications.

Oakmere ICB Recruitment"""),
    M("rejection", "en", "", "CareLoop", "Customer Operations Specialist",
      "CareLoop <careers@careloop.teamtailor-mail.com>", "About your application for Customer Operations Specialist",
      """Hi Fatima Zahra!

Thank you for applying to CareLoop 💙 We read every application ourselves, and this decision wasn't easy.
This time we've chosen to go ahead with other candidates for the Customer Operations Specialist role.

We'd love for you to follow us on LinkedIn and apply again in the future.

Cheers,
The CareLoop team""", layout="html"),
    M("rejection", "en", "warm_rejection", "St Columba's Hospital", "Ward Manager Support Officer",
      "Aileen McBride <aileen.mcbride@stcolumbas.scot.nhs.uk>", "Re: interview",
      """Fatima,

Sorry for the radio silence. I've been covering nights.

We all liked you a lot, and honestly your ward-clerk experience came across better than anyone else's. But we
had an internal applicant who has been acting up in the role for six months and it would not have been fair
to pass them over. So it's a no this time, but I really hope you apply when the band 6 goes out in spring.

Aileen""", quote="Hi Aileen,\nJust checking in about last week's interview - any news?\nThanks, Fatima"),
    M("rejection", "en", "talent_pool", "Nuvia Health Tech", "Implementation Coordinator",
      "Lever <no-reply@hire.lever.co>", "Nuvia Health Tech | Implementation Coordinator",
      """Hi Fatima,

Thank you for taking the time to interview with Nuvia. After a lot of discussion, we have decided to move
ahead with another candidate.

We have added you to our talent community so you'll hear about future implementation roles first.

Best,
Rachel on behalf of the Nuvia hiring team""", reply_to="rachel.g@nuviahealth.com"),
    M("rejection", "en", "", "Kindred Home Care", "Rota Coordinator",
      "Lisa <lisa@kindredhomecare.co.uk>", "rota coordinator",
      """Hi Fatima thanks for your time on the phone today. As discussed we need someone to cover on-call weekends
which i understand isnt possible for you so we wont be taking it further. Best of luck.
Lisa

Sent from my iPhone"""),
    M("rejection", "en", "warm_rejection", "Global Health Partners (NGO)", "Field Operations Officer",
      "Recruitment GHP <recruitment@ghp-ngo.org>", "Field Operations Officer - Ref FOO/2026/14",
      """Dear Fatima Zahra,

On behalf of the panel, thank you for your participation in the written test and interview for the position of
Field Operations Officer. Your commitment to patient-centred care was evident and much appreciated.

After careful deliberation, the panel has recommended another candidate for appointment. We will retain your
application in our roster for similar positions for a period of one year.

Human Resources Unit
Global Health Partners""", promise=None, cte="b64"),
    M("rejection", "en", "rescinded_offer", "Brightwater Clinics", "Clinic Operations Lead",
      "Omar Siddiqui <omar.siddiqui@brightwaterclinics.com>", "Update regarding your offer",
      """Dear Fatima,

Further to my call this afternoon, I'm confirming in writing that Brightwater Clinics has had to withdraw the
offer for Clinic Operations Lead. The acquisition of our Lambeth site has fallen through and the post was tied
to it.

I'm truly sorry for the disruption this causes you.

Kind regards,
Omar Siddiqui
Regional Director""", charset="windows-1252", cte="qp"),
    M("rejection", "en", "", "Velora Insurance", "Health Claims Coordinator",
      "Velora Insurance <noreply@icims.com>", "Velora Insurance - Health Claims Coordinator",
      """Dear Fatima Zahra Benali,

Thank you for your interest in a career at Velora Insurance. We have reviewed your qualifications for the
Health Claims Coordinator position and have determined that we will not be moving forward with your candidacy.

Your profile will remain in our system, and you are welcome to apply for other positions.

Sincerely,
Velora Insurance Talent Acquisition""", layout="alt", charset="iso-8859-1"),
    M("rejection", "en", "unable_to_offer_interview", "Thamesreach Hospital Charity", "Projects Officer",
      "Claire Dunmore <claire.dunmore@thamesreachcharity.org>", "Projects Officer application",
      """Dear Fatima,

Thank you for your application for the Projects Officer role. I'm afraid we can't offer you an interview this
time; we had over 140 applicants and shortlisted six, all with charity-sector grant management experience.

Kind regards,
Claire"""),
    M("rejection", "en", "date_not_decision", "Helix Patient Services", "Patient Access Supervisor",
      "Helix Patient Services <talent@workablemail.com>", "Your application to Helix Patient Services",
      """Hello Fatima Zahra,

We wanted to let you know that the Patient Access Supervisor role at Helix Patient Services has now been
filled. Thank you for the time you invested in the interviews.

We'll be making a decision on the two remaining Patient Access Officer posts by Friday and will contact those
candidates directly.

Regards,
Helix recruiting""", reply_to="recruiting@helixps.co.uk", layout="html"),
    M("rejection", "en", "warm_rejection", "Fenwick Medical Group", "Practice Operations Manager",
      "Dr. Anjali Mehta <a.mehta@fenwickmedical.co.uk>", "Practice Operations Manager - thank you",
      """Dear Fatima

It was a real pleasure to meet you. You clearly know how a busy clinical area runs from the inside and the
partners enjoyed your examples about handling complaints from relatives.

We have, after a lot of debate, decided to offer the post to a candidate with primary-care experience. I am
sorry it isn't better news and I wish you every success with your next step.

With best wishes
Anjali

Dr Anjali Mehta
Managing Partner, Fenwick Medical Group
This message may contain confidential patient information and is intended only for the recipient.""",
      layout="alt"),
    M("rejection", "en", "feedback_after_rejection", "Coram Street Hospital", "Discharge Coordinator",
      "Coram Street Hospital <careers@coramstreet.org>", "Re: Discharge Coordinator - feedback",
      """Hi Fatima,

As promised, some feedback: the panel felt your answers on delayed transfers of care were solid but you didn't
give enough detail on working with social services, which is half the job here. That's why we didn't offer.

We'll send the written notes on the remaining applicants by the end of next week.

Regards,
Nadia (HR)""", quote="Hello Nadia,\nCould you share any feedback from the panel?\n"
      "Many thanks,\nFatima", extra={"X-Quote-Style": "outlook"}),
]
