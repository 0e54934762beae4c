"""holdout18, English part B: offers and out-of-office replies, each written on its own."""

from __future__ import annotations

from holdout18_core import M

MESSAGES: list[M] = [
    M("offer", "en", "", "St Aldric's Hospital NHS Trust", "Site Operations Coordinator",
      "Mark Ellison <mark.ellison@staldrics.nhs.uk>", "Site Operations Coordinator - offer of employment",
      """Dear Fatima,

I am pleased to offer you the post of Site Operations Coordinator (Band 6), subject to satisfactory
pre-employment checks. The starting salary is at the bottom of the band, with a start date to be agreed.

Please confirm whether you accept by replying to this email by {X}. Our recruitment team will then send the
conditional offer letter through Trac.

Congratulations - the panel was unanimous.

Mark Ellison
Deputy Director of Operations"""),
    M("offer", "en", "casual_offer", "Lumea Health", "Patient Success Lead", "Jonas at Lumea <jonas@lumeahealth.io>",
      "so...",
      """fatima!

we'd love to have you join us as patient success lead. team's buzzing after yesterday. i'll get paperwork over
once you say yes, but wanted you to hear it from me first. call me whenever

j"""),
    M("offer", "en", "verbal_offer", "Medivo", "Patient Flow Analyst", "Priya Raman <priya.raman@medivo.com>",
      "Great speaking earlier",
      """Hi Fatima,

Just to follow up on our call - as I said, we'd like to offer you the Patient Flow Analyst position. The
written offer will follow from our HR system in the next couple of days, with the salary we discussed and the
hybrid pattern (two days on site in Lyon).

Any questions before then, just shout.

Priya"""),
    M("offer", "en", "offer_subject_references", "Westbrook Hospice", "Patient Services Administrator",
      "Margaret Hollis <hr@westbrookhospice.org.uk>", "Patient Services Administrator",
      """Dear Fatima

I'm delighted to offer you the role of Patient Services Administrator (part-time, 22.5 hours a week). The offer
is subject to two satisfactory references, an enhanced DBS check and occupational health clearance including
your hepatitis B vaccination record.

I have attached the offer letter and contract. Please sign and return both if you are happy to accept.

Best wishes
Margaret Hollis
HR Manager, Westbrook Hospice
Registered charity no. 1048812""", charset="iso-8859-1", cte="qp"),
    M("offer", "en", "fixed_term_offer", "Global Health Partners (NGO)", "Operations Officer (12-month contract)",
      "HR Unit <hr@ghp-ngo.org>", "Offer of appointment - Operations Officer, 12-month fixed term",
      """Dear Ms Benali,

Following your interview, we are pleased to offer you a fixed-term appointment as Operations Officer for
12 months, based in Brussels, with the possibility of extension subject to funding.

The terms are set out in the attached letter. We would be grateful to receive your acceptance no later than
{X}.

Yours sincerely,
Human Resources Unit""", layout="alt"),
    M("offer", "en", "offer_with_unfortunately", "Quellmark", "Care Operations Specialist",
      "Hannah Crowe <hannah@quellmark.com>", "Care Operations Specialist - offer",
      """Hi Fatima,

Good news - we want to offer you the Care Operations Specialist role! Unfortunately the top of the band I
mentioned wasn't approved, so the base is slightly lower than we discussed, but we've added a signing bonus to
close the gap. Full details in the offer letter attached.

Take the weekend to think it over.

Hannah"""),
    M("offer", "en", "casual_offer", "Bright Meridian Health", "Patient Experience Coordinator",
      "Tom Adeyemi <tom.adeyemi@brightmeridian.health>", "Re: Patient Experience Lead - feedback",
      """Hi Fatima,

Funny how things go - since we spoke, our board approved a second post, Patient Experience Coordinator, and
the panel's first thought was you. If you're up for it, the job's yours. Same team, slightly smaller scope,
and I think you'd shape it.

Let me know and I'll get HR to write it up.

Tom""", quote="Hi Tom,\n\nThank you for letting me know, and for the kind words.\n"
      "I'd love the feedback call.\n\nFatima"),
    M("offer", "en", "", "Aurelia Health Insurance", "Operations Coordinator",
      "Aurelia Careers <careers@aurelia-health.com>", "Your offer from Aurelia Health Insurance",
      """Dear Fatima Zahra,

Congratulations! We are happy to offer you the position of Operations Coordinator at Aurelia Health Insurance.

Review and sign your offer in the candidate portal. The offer expires on {X}.

Welcome aboard,
The Aurelia Talent Team""", layout="html", cte="b64"),
    M("offer", "en", "conditional_offer", "Halden Valley NHS Foundation Trust", "Patient Flow Coordinator",
      "NHS Jobs <noreply@jobs.nhs.uk>", "Conditional offer: Patient Flow Coordinator (ref 212-HV-8120)",
      """Dear Fatima Benali,

Halden Valley NHS Foundation Trust has made you a conditional offer for the post of Patient Flow Coordinator.

The offer is conditional on: identity check, right to work, references, occupational health clearance
(including immunisation history) and a DBS check.

Sign in to your account to accept or decline the offer.

This is an automated message. Do not reply.""", reply_to="hv.recruitment@nhs.net"),
    M("offer", "en", "", "Calder & Finch Consulting", "Healthcare Operations Consultant",
      "Sophie Marchetti <sophie.marchetti@calderfinch.com>", "Offer - Healthcare Operations Consultant",
      """Dear Fatima,

Following your final interview, I'm very pleased to confirm we'd like you to join Calder & Finch as a
Healthcare Operations Consultant in our London office.

Your offer pack, including salary, pension and the learning budget, is attached. I'd suggest a call with your
future manager, Ravi, to go through the first three months.

Best,
Sophie Marchetti
Talent Lead""", layout="alt", charset="windows-1252"),
    M("offer", "en", "verbal_offer", "Kestrel Recruitment", "Outpatient Supervisor (client: Harley clinic)",
      "Gary Blunt | Kestrel Recruitment <gary.b@kestrelrec.co.uk>", "GOOD NEWS",
      """Fatima!!

Just off the phone with the clinic - they want you for the outpatient supervisor job. Verbal offer for now,
£34k + bonus, mon-fri. Paperwork will come from them direct once refs are back. Can you give me a bell?

Gary"""),
    M("offer", "en", "part_time_offer", "Riverside Community Health", "Clinic Scheduler (0.6 FTE)",
      "Dana Liu <dliu@riversidech.org>", "Clinic Scheduler - offer",
      """Hi Fatima,

Good news: the hiring manager would like to offer you the Clinic Scheduler post at 0.6 FTE (three days a week),
starting {X} if that works for you.

I'll post out the contract this week.

Best regards,
Dana Liu, HR Officer"""),
    M("offer", "en", "conditional_offer", "Pellham Diagnostics", "Sample Logistics Coordinator",
      "Pellham Diagnostics People Team <people@pellhamdx.com>", "Welcome to Pellham - conditional offer",
      """Dear Fatima,

We are delighted to make you a conditional offer of employment for the role of Sample Logistics Coordinator.
This offer is conditional upon satisfactory references, a basic DBS disclosure and proof of right to work.

Please confirm acceptance through the link in your candidate portal.

People Team""", layout="html"),
    M("offer", "en", "offer_in_reply", "Fenwick Medical Group", "Operations Coordinator",
      "Dr. Anjali Mehta <a.mehta@fenwickmedical.co.uk>", "Re: following up",
      """Dear Fatima

Yes - and sorry for the delay. I'm pleased to say the partners agreed yesterday to offer you the Operations
Coordinator post. Our practice manager will send over the contract.

Anjali""", quote="Dear Dr Mehta,\n\nI hope you're well. I'm following up on the Operations Coordinator interview.\n"
      "Is there an update?\n\nKind regards,\nFatima", extra={"X-Quote-Style": "gmail"}),
    M("auto_reply", "en", "out_of_office", "St Aldric's Hospital NHS Trust", "",
      "Mark Ellison <mark.ellison@staldrics.nhs.uk>", "Automatic reply: Site Operations Coordinator - offer",
      """I am out of the office until Monday {X} with limited access to email.

For urgent operational matters please contact the site team on bleep 2210 or sitemanagers@staldrics.nhs.uk.
""", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("auto_reply", "en", "ooo_mentions_offer", "Medivo", "", "Priya Raman <priya.raman@medivo.com>",
      "Out of office: Re: Patient Flow Analyst",
      """Hi, thanks for your message. I'm on annual leave until {X}. If your email relates to an offer or contract
please contact people@medivo.com, otherwise I'll reply when I'm back.

Priya""", extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "en", "noreply_autoresponder", "Oakmere Integrated Care Board", "",
      "Oakmere ICB Recruitment <recruitment@oakmere-icb.nhs.uk>", "Auto: your email to Recruitment",
      """Thank you for contacting the Recruitment Team. This is an automated response.

We aim to respond to all queries within 5 working days. For questions about an application, please include the
job reference number. Please do not resend your email as this may delay our reply.
""", extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "en", "out_of_office", "Calder & Finch Consulting", "",
      "Sophie Marchetti <sophie.marchetti@calderfinch.com>",
      "Automatic reply: Offer - Healthcare Operations Consultant",
      """Thank you for your email. I am travelling with limited connectivity and will respond on my return.
Unfortunately I won't be able to look at offer paperwork until then - for anything urgent contact
talent@calderfinch.com.

Sophie Marchetti""", layout="html", extra={"Auto-Submitted": "auto-replied"}),
]
