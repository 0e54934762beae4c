"""holdout19 English messages, second half: Zurich, Hamburg, remote, agencies, franchises (hand-written, CC0)."""

from __future__ import annotations

from holdout19_core import Msg, m

MESSAGES: list[Msg] = [
    # --- rejection ---
    m("rejection", "warm_rejection", "Alpenrose Hotels AG", "Culinary Compliance Manager",
      "Corinne Steiner <corinne.steiner@alpenrose-hotels.ch>", "Culinary Compliance Manager - Zurich",
      """Dear Oskar,

It was a real pleasure to meet you in Zurich. Your energy in the kitchen walk-through stood out, and the
team appreciated your honest answers about moving from the pass to an office role.

That said, we have offered the position to a candidate with Swiss cantonal food-inspection experience,
which for this role carries a lot of weight with the authorities.

I hope our paths cross again.

Kind regards,
Corinne Steiner
Head of Talent Acquisition | Alpenrose Hotels AG | Bahnhofstrasse 71, 8001 Zürich""", layout="alt", legal=True),
    m("rejection", "no_interview", "Nordhafen Foods GmbH", "Purchasing Manager (English-speaking)",
      "Nordhafen Foods <jobs@nordhafen-foods.de>", "Your application: Purchasing Manager",
      """Dear Mr. Lindgren,

Many thanks for your application. We have looked at it with great interest but are unfortunately unable to
offer you an interview for this position. We keep applications for 6 months in line with GDPR and then
delete them.

Best regards
HR Team Nordhafen Foods GmbH""", charset="iso-8859-1"),
    m("rejection", "rescinded", "AuditFlow", "Customer Success - Food Safety",
      "Priya Raman <priya@auditflow.io>", "Offer update - I'm so sorry",
      """Hi Oskar,

I'm afraid I have bad news. This morning our funding round fell through and leadership has frozen every
open hire, including roles where offers are already out. That means we have to rescind your offer for the
Customer Success (Food Safety) role.

I know this is awful timing. I'll personally vouch for you with anyone you'd like.

Priya
Head of People, AuditFlow""", layout="gmail",
      quoted="Hi Priya,\n\nThrilled to accept! Signed contract attached. Looking forward to starting.\n\nOskar"),
    m("rejection", "", "Chefs & Co Recruitment", "Group Executive Chef (client: hotel group)",
      "Gavin Price <gavin@chefsandco.com>", "Fwd: Feedback - Group Exec Chef",
      """Oskar, feedback from the client below - not the news we wanted, sorry mate. Let's talk tomorrow about
the Bordeaux one.

Gavin""", layout="fwd", fwd_from="Lena Holt <lena.holt@client-hotels.example>",
      quoted="Gavin,\n\nThanks for putting Oskar forward. We've decided not to progress him - the group\n"
      "exec role needs more brand-standards work across multiple hotels than he's had.\n\nLena"),
    m("rejection", "talent_pool", "Bonvoyage Catering SAS", "Food Safety Auditor (English speaker)",
      "Bonvoyage Catering <recrutement@bonvoyage-catering.fr>", "Your application - Food Safety Auditor",
      """Dear Oskar,

Thank you for your application to Bonvoyage Catering. We have decided to continue with other profiles for
this position. We were nevertheless impressed by your background and, with your agreement, we will keep your
CV in our talent pool for future audit roles in Bordeaux and Mérignac.

Best regards,
Bonvoyage Catering Recruitment""", layout="html", preheader="Regarding your application"),
    m("rejection", "", "Cask & Crumb Franchising", "Franchise Operations Coach",
      "Steve <steve@caskandcrumb.com>", "franchise ops coach",
      """Hey Oskar, thanks for the chat Tues. We've decided to promote one of our own store managers into the
coach role so I'm gonna have to pass this time. Good luck, you'll land something good. Steve"""),
    m("rejection", "warm_rejection", "Vela Cruise Catering", "Galley Food Safety Officer",
      "Vela Cruise Catering Talent <talent@velacruise.ashbyhq-mail.com>", "Thank you, Oskar",
      """Hi Oskar,

Thank you for the time you spent with our team - everyone enjoyed your stories about running a 300-cover
service. We were impressed with your HACCP knowledge.

Unfortunately we've decided not to proceed to the final round. Most of the role is at sea for 10-week
rotations and the team felt someone with maritime sanitation experience would be a better fit right now.

Best,
Vela Recruiting""", layout="html", preheader="An update from Vela", reply_to="recruiting@velacruise.com"),
    m("rejection", "rescinded", "Hotel Seeblick Zürich", "Executive Sous Chef - Operations",
      "Markus Aebi <m.aebi@seeblick-zuerich.ch>", "Re: Your offer",
      """Dear Oskar,

I must unfortunately withdraw the offer I made by phone last week. The work permit for non-EU/EFTA staff is
not the issue - you are Swedish - but the owners have sold the hotel and the new operator is bringing its
own kitchen management. The position will not be filled.

I am very sorry. I will gladly give you a reference.

Markus Aebi
General Manager""", layout="outlook"),
    m("rejection", "", "Greenleaf Ready Meals", "Technical Auditor",
      "Greenleaf Ready Meals <greenleaf@icims-notifications.com>", "Technical Auditor - Req 4471",
      """Dear Oskar,

Thank you for your interest in the Technical Auditor position (Req 4471). We have reviewed your qualifications
and determined that other candidates more closely match our needs at this time. Your application will no
longer be considered for this requisition.

Sincerely,
Greenleaf Talent Acquisition""", cte="b64"),
    m("rejection", "no_interview", "Halden Group", "Head of Procurement - Food",
      "Rebecca Tam <rebecca@tamsearch.co.uk>", "Halden role",
      """Hi Oskar,

I put your profile to Halden's procurement director. She liked the kitchen background but won't offer
an interview - they need someone who's run a EUR 50m+ spend category. I'll keep an eye out for something
better suited.

Rebecca Tam
Tam Executive Search"""),
    m("rejection", "warm_rejection", "Marlow Street Kitchens", "Central Kitchen Manager",
      "Ola Bergström <ola@marlowstreetkitchens.com>", "thank you",
      """Oskar,

I owe you a proper reply. Your trial shift was the best we've had - the sauce station has never been that
organised. But we decided to keep the central kitchen manager role in-house and give it to Hana, who's been
with us six years. I hope you understand.

Dinner is on us any time you're in town.

Ola"""),
    m("rejection", "", "Nordhafen Foods GmbH", "QA Specialist",
      "Katrin Möller <k.moeller@nordhafen-foods.de>", "QA Specialist - decision",
      """Dear Oskar,

Thank you again for interviewing with us. After careful consideration we have decided not to proceed with
your application for the QA Specialist role. The team felt German at C1 level would be needed for the
authority contact in Hamburg.

Best regards,
Katrin Möller
HR Business Partner""", charset="windows-1252", cte="qp"),
    m("rejection", "talent_pool", "Rosewell Care Catering", "Catering Compliance Lead",
      "Rosewell Care Careers <careers@rosewellcare.personio-mail.com>", "Catering Compliance Lead",
      """Hello Oskar,

thank you very much for your interest in Rosewell Care. After reviewing your application we regret that we
will not be taking it further. Would you like to join our talent pool? If so, just click "yes, keep me".

Best wishes
Rosewell Care Recruiting""", layout="html"),
    # --- offer ---
    m("offer", "casual_offer", "Cask & Crumb Franchising", "Multi-site Kitchen Manager",
      "Steve <steve@caskandcrumb.com>", "job's yours if you want it",
      """Oskar - spoke to the other owners last night, job's yours if you want it. Multi-site kitchen manager,
4 stores, same money we talked about. Have a think and ring me. Steve"""),
    m("offer", "formal_offer", "Alpenrose Hotels AG", "Food Safety & Hygiene Manager",
      "Corinne Steiner <corinne.steiner@alpenrose-hotels.ch>", "Offer: Food Safety & Hygiene Manager",
      """Dear Oskar,

Following your interviews, we are delighted to offer you the position of Food Safety & Hygiene Manager for
our four Zurich properties.

Salary: CHF 102,000 gross per year, paid in 13 instalments
Start: {+60} (or earlier by agreement)
Relocation support: CHF 5,000 and two weeks of temporary accommodation

Please confirm your acceptance by {+12}. We are very much looking forward to working with you.

Warm regards,
Corinne Steiner""", layout="alt", cte="qp", legal=True),
    m("offer", "conditional_offer", "Vela Cruise Catering", "Shoreside Food Safety Coordinator",
      "Vela Recruiting <recruiting@velacruise.com>", "Conditional offer - Shoreside Food Safety Coordinator",
      """Hi Oskar,

Great news: we'd like to offer you the Shoreside Food Safety Coordinator role (Dublin office), conditional on
a background check and a pre-employment medical.

Your offer letter is in the portal. Once you sign it, we'll start the checks.

Best,
Vela Recruiting""", layout="html", preheader="You've got an offer!"),
    m("offer", "verbal_offer", "Chefs & Co Recruitment", "Kitchen Operations Manager (client: Bilbao hotel)",
      "Gavin Price <gavin@chefsandco.com>", "THEY WANT YOU",
      """Oskar!! Client just rang - they want to offer you the kitchen ops job in Bilbao. Verbal for now, paperwork
to follow from their HR next week. Call me when you're off service and we'll go through the numbers.

Gavin
Chefs & Co Recruitment | Hospitality & Food Manufacturing"""),
    m("offer", "offer_references", "Greenleaf Ready Meals", "Supplier Audit Manager",
      "Daniel Kerr <daniel.kerr@greenleafmeals.co.uk>", "Supplier Audit Manager",
      """Hi Oskar,

I'm pleased to tell you we'd like to offer you the Supplier Audit Manager position. The offer is subject to
satisfactory references, so please let us know who we can contact.

Regards,
Daniel Kerr
Technical Director""", layout="gmail"),
    m("offer", "", "Marlow Street Kitchens", "Purchasing & Stock Lead",
      "Ola Bergström <ola@marlowstreetkitchens.com>", "different idea",
      """Oskar,

After we spoke I had a think. The central kitchen role went to Hana, but we need someone to own purchasing
and stock for all three sites and I'd like that to be you. Offer attached - 48k, 4 day week. Take your time.

Ola"""),
    m("offer", "welcome_aboard", "AuditFlow", "Implementation Specialist",
      "AuditFlow People <people@auditflow.io>", "Welcome aboard, Oskar!",
      """Hi Oskar,

Welcome aboard! We're excited to have you join AuditFlow as an Implementation Specialist. Your signed offer
is on file and your first day is {+30}. Your laptop will arrive the week before.

See you soon,
The AuditFlow People team""", layout="html"),
    # --- next_step ---
    m("next_step", "assessment", "Greenleaf Ready Meals", "Technical Auditor",
      "Greenleaf Ready Meals <greenleaf@icims-notifications.com>", "Assessment day invitation",
      """Dear Oskar,

We are pleased to invite you to our assessment day at the Greenleaf site in Wakefield. The day includes:

- a factory audit walk with a mock non-conformance hunt
- a 20 minute presentation on a recent allergen recall
- an interview with the technical director

Please select your preferred date in the candidate portal by {+6}. We will decide who proceeds to offer
within 5 working days after the assessment day.

Greenleaf Talent Acquisition""", layout="html"),
    m("next_step", "", "Alpenrose Hotels AG", "Food Safety & Hygiene Manager",
      "Corinne Steiner <corinne.steiner@alpenrose-hotels.ch>", "Second interview in Zurich",
      """Dear Oskar,

Thank you for the first conversation. We'd like to invite you to Zurich for a second interview with our
COO and the executive chef of the Alpenrose Seefeld. We will of course cover your travel.

Would {+9} or {+10} suit you?

Kind regards,
Corinne""", layout="gmail"),
    m("next_step", "reschedule_unfortunately", "Vela Cruise Catering", "Shoreside Food Safety Coordinator",
      "Vela Cruise Catering via Ashby <no-reply@ashbyhq.com>", "Your interview has been rescheduled",
      """Hi Oskar,

Unfortunately your interviewer is no longer available at the original time. Your interview with Mark Ellis
has been rescheduled to {+3}, 15:00 - 15:45 (Europe/Dublin). A new calendar invitation is attached.

If the new time doesn't work, use the link below to choose another slot.

Vela Cruise Catering""", layout="alt", reply_to="mark.ellis@velacruise.com"),
    m("next_step", "trial_shift", "Hotel Seeblick Zürich", "Executive Sous Chef - Operations",
      "Markus Aebi <m.aebi@seeblick-zuerich.ch>", "Schnuppertag / trial day",
      """Dear Oskar,

As discussed, we would like you to come for a trial day (what we call a Schnuppertag) in our kitchen. You will
work breakfast and lunch with the brigade and then sit with me and our F&B controller for the costing part.
We'll let you know by the end of that week whether we proceed.

Can you send me your preferred dates?

Markus""", promise=None),
    m("next_step", "", "Halden Group", "Category Manager - Chilled",
      "Rebecca Tam <rebecca@tamsearch.co.uk>", "Halden - they'd like to meet you!",
      """Hi Oskar,

Better news this time: Halden want to meet you for the Category Manager (Chilled) role. First interview
by Teams with the procurement director - 45 mins. They have slots on Tuesday and Thursday afternoons.

Let me know what works and I'll book it.

Rebecca""", charset="windows-1252"),
    m("next_step", "assessment", "Nordhafen Foods GmbH", "QA Specialist",
      "Katrin Möller <k.moeller@nordhafen-foods.de>", "Online test - QA Specialist",
      """Dear Oskar,

thank you for the phone call. The next step is an online test on HACCP principles and German food law
basics (in English). You will receive a link from our partner TalentCheck. Please complete the test within
5 days of receiving the link. We will then let you know by {X} whether we can invite you to Hamburg.

Best regards
Katrin Möller""", promise=("on", 14)),
    m("next_step", "", "Rosewell Care Catering", "Catering Compliance Lead",
      "Jim Harper <jim.harper@rosewellcare.co.uk>", "Re: Catering Compliance Lead - next steps",
      """Hi Oskar,

thanks for your answers to the screening questions. We'd like to do a video call with you and our head
of catering, and then visit one of our care homes together to see the kitchen. Are you free next week?

cheers
Jim""", layout="outlook"),
    m("next_step", "scheduling", "AuditFlow", "Implementation Specialist",
      "Priya Raman <priya@auditflow.io>", "Final round - pick a time",
      """Hi Oskar,

Thanks for the great chat! Last step is a 60 minute session with our CEO and a product manager where
you'll walk us through how you'd roll out digital HACCP logs in a 12-site restaurant group. Please book a
slot here: calendly.com/auditflow-priya/final

We'll make a decision within 3 business days of the final round.

Priya""", layout="html"),
    m("next_step", "", "Bonvoyage Catering SAS", "Kitchen Operations Manager",
      "Chloé Martin <chloe.martin@bonvoyage-catering.fr>", "Kitchen Operations Manager - visit of the central kitchen",
      """Hello Oskar,

Following your call with Julien, we would like to invite you to visit our central kitchen in Mérignac and
meet the team. It will take the morning. Please tell me which day suits you best next week.

Best regards,
Chloé Martin
Talent Acquisition""", layout="gmail"),
    # --- pending ---
    m("pending", "still_reviewing", "Greenleaf Ready Meals", "Supplier Audit Manager",
      "Daniel Kerr <daniel.kerr@greenleafmeals.co.uk>", "Re: Supplier Audit Manager",
      """Hi Oskar,

No news yet I'm afraid - we're still reviewing the final shortlist. We'll be in touch within 7 days.

Daniel""", layout="gmail", promise=("days", 7)),
    m("pending", "waitlist", "Vela Cruise Catering", "Galley Food Safety Officer",
      "Vela Recruiting <recruiting@velacruise.com>", "Galley Food Safety Officer - waitlist",
      """Hi Oskar,

We've made offers for the two galley roles in the spring contract. You're first on our waitlist, and if one of
them doesn't go ahead we'll call you straight away. We'll know for certain by the end of the month.

Best,
Vela Recruiting""", promise=("eom", 0)),
    m("pending", "on_hold", "Nordhafen Foods GmbH", "Purchasing Manager",
      "Katrin Möller <k.moeller@nordhafen-foods.de>", "Purchasing Manager - on hold",
      """Dear Oskar,

a short update: the Purchasing Manager position has been put on hold for budget reasons until the next
planning round. We will not close your application, and I will let you know as soon as there is a decision.

Best regards
Katrin Möller""", charset="windows-1252"),
    m("pending", "delay", "Alpenrose Hotels AG", "Culinary Compliance Manager",
      "Corinne Steiner <corinne.steiner@alpenrose-hotels.ch>", "A short delay",
      """Dear Oskar,

I wanted to let you know that our decision will take a little longer than planned - our COO is travelling.
You will hear from us by Wednesday next week at the latest.

Kind regards,
Corinne""", promise=("nwd", 2)),
    m("pending", "still_reviewing", "Chefs & Co Recruitment", "Kitchen Operations Manager (client: Bordeaux caterer)",
      "Gavin Price <gavin@chefsandco.com>", "bordeaux update",
      """no news yet mate, client's still seeing people. they said end of this week for a decision. will shout
as soon as I hear. G""", promise=("eow", 0)),
    m("pending", "pending_unfortunately", "Marlow Street Kitchens", "Purchasing & Stock Lead",
      "Ola Bergström <ola@marlowstreetkitchens.com>", "still waiting on the owners",
      """Oskar - unfortunately the owners haven't signed off the budget yet so I can't confirm anything. Give me
two more working days.

Ola""", promise=("bdays", 2)),
    m("pending", "status_portal", "Greenleaf Ready Meals", "Technical Auditor",
      "Greenleaf Ready Meals <greenleaf@icims-notifications.com>", "Application status update",
      """Dear Oskar,

Your application for Technical Auditor (Req 4471) is currently under review. We will notify you as soon as
there is an update.

Greenleaf Talent Acquisition""", layout="html"),
    # --- acknowledgement ---
    m("acknowledgement", "received", "Bonvoyage Catering SAS", "Kitchen Operations Manager",
      "Bonvoyage Catering <recrutement@bonvoyage-catering.fr>", "Application received",
      """Dear Oskar,

We confirm receipt of your application for Kitchen Operations Manager. Our recruitment team will study it and
get back to you within 15 days.

Bonvoyage Catering Recruitment""", promise=("days", 15)),
    m("acknowledgement", "received", "Halden Group", "Category Manager - Chilled",
      "Halden Careers <halden@myworkdayjobs-mail.com>", "Thanks for applying to Halden",
      """Hi Oskar,

Thank you for applying for Category Manager - Chilled. We've received your application and the hiring team
will review it. You'll hear from us within 10 business days.

Halden Talent Acquisition""", layout="alt", cte="qp", promise=("bdays", 10)),
    m("acknowledgement", "ack_offer_word", "Rosewell Care Catering", "Catering Compliance Lead",
      "Rosewell Care Careers <careers@rosewellcare.personio-mail.com>", "Your application to Rosewell Care",
      """Hello Oskar,

thank you for applying for Catering Compliance Lead. We have received your documents.

Why Rosewell? We offer 30 days of holiday, paid training and a meal on every shift. We will be in touch by
{X} at the latest.

Rosewell Care Recruiting""", layout="html", promise=("on", 18)),
    m("acknowledgement", "received_docs", "Alpenrose Hotels AG", "Food Safety & Hygiene Manager",
      "Corinne Steiner <corinne.steiner@alpenrose-hotels.ch>", "Re: documents for the offer",
      """Dear Oskar,

thank you, I received your passport copy and the diploma. I'll forward them to payroll.

Best,
Corinne""", layout="apple",
      quoted="Dear Corinne,\n\nplease find attached my passport copy and diploma.\n\nKind regards,\nOskar"),
    m("acknowledgement", "received", "Cask & Crumb Franchising", "Franchise Operations Coach",
      "Cask & Crumb <hello@caskandcrumb.com>", "Thanks for your interest!",
      """Thanks for your interest in joining Cask & Crumb! Your application is in. We'll get back to you in the
next 5 business days.""", promise=("bdays", 5)),
    m("acknowledgement", "ack_unfortunately", "AuditFlow", "Customer Success - Food Safety",
      "AuditFlow Careers <careers@auditflow.io>", "We received your application",
      """Hi Oskar,

Thanks for applying to AuditFlow! We've received your application for Customer Success - Food Safety.
Unfortunately we can't reply personally to every applicant straight away, but a human reads every CV and
we'll get back to you within two weeks.

The AuditFlow team""", promise=("days", 14)),
    m("acknowledgement", "received", "Hotel Seeblick Zürich", "Executive Sous Chef - Operations",
      "Hotel Seeblick Zürich <jobs@seeblick-zuerich.ch>", "Eingangsbestätigung / Confirmation of receipt",
      """Dear Mr Lindgren,

we confirm receipt of your application for Executive Sous Chef - Operations. Mr Aebi will contact you
personally by the end of next week.

Kind regards
Hotel Seeblick Zürich""", charset="iso-8859-1", promise=("eow", 1)),
    # --- auto_reply ---
    m("auto_reply", "out_of_office", "Chefs & Co Recruitment", "",
      "Gavin Price <gavin@chefsandco.com>", "Automatic reply: offer paperwork",
      """I'm on annual leave until {+7}. If your email is about an offer or a placement, please contact
Jodie on jodie@chefsandco.com. Otherwise I'll get back to you when I return.""",
      headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "auto_noreply", "Halden Group", "",
      "Halden Careers <no-reply@myworkdayjobs-mail.com>", "Undeliverable reply",
      """You have replied to an unmonitored address. Your message has not been read. To contact the recruiting
team, please log in to the Halden careers site.""", headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "out_of_office", "Nordhafen Foods GmbH", "",
      "Katrin Möller <k.moeller@nordhafen-foods.de>", "Abwesenheitsnotiz / Out of office",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {+4} nicht im Büro.

Thank you for your message. I'm out of the office until {+4} inclusive. Your email will not be forwarded.""",
      charset="iso-8859-1"),
    m("auto_reply", "out_of_office", "Marlow Street Kitchens", "",
      "Ola Bergström <ola@marlowstreetkitchens.com>", "Re: Purchasing & Stock Lead",
      """On holiday in Lofoten, no signal, back on {+10}. Kitchen emergencies: call Hana.""",
      headers=(("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"))),
    # --- other ---
    m("other", "interviewer", "Lindgren's Kitchen", "Chef de Partie",
      "Maria Santos <mariasantos.chef@outlook.com>", "Re: Chef de Partie trial",
      """Hi Chef,

thank you for the trial yesterday, I learned a lot on the fish section. Do you know when you'll decide? I have
another offer from a hotel and they need an answer by Friday.

Maria""", layout="gmail",
      quoted="Hi Maria,\n\nThanks for coming in on Tuesday. See you Thursday at 2pm for the trial.\n\nOskar"),
    m("other", "interviewer", "Lindgren's Kitchen", "Sous Chef",
      "Jodie Fairbanks <jodie@chefsandco.com>", "Sous chef CVs for you",
      """Hi Oskar,

Gavin mentioned you're hiring a sous chef while you interview elsewhere - funny old world! Attached are two
CVs. Both could do a trial shift next week. Our fee is 12% of first-year salary as agreed.

Jodie
Chefs & Co Recruitment"""),
    m("other", "job_alert", "ChefJobs Europe", "",
      "ChefJobs Europe <alerts@chefjobs-europe.com>", "Your weekly job alert: 12 new roles",
      """Hello Oskar,

12 new jobs match "purchasing manager food":

* Purchasing Manager - Hotel group, Zurich - CHF 110k
* Food Buyer - Hamburg - apply before {+14}
* Procurement Lead, Remote (EU) - we offer a great package!
* ... and 9 more

View all jobs | Change alert settings""", layout="html", preheader="12 new roles for you"),
    m("other", "newsletter_offer", "HACCP Academy", "",
      "HACCP Academy <news@haccp-academy.eu>", "Black Friday offer: Lead Auditor course -40%",
      """Our biggest offer of the year! Book the BRCGS Lead Auditor course before Monday and save 40%.
Congratulations to the 320 graduates who passed this autumn!

Unsubscribe""", layout="alt"),
    m("other", "withdrawal", "Greenleaf Ready Meals", "Technical Auditor",
      "Greenleaf Ready Meals <greenleaf@icims-notifications.com>", "Application withdrawn",
      """Dear Oskar,

This confirms that you have withdrawn your application for Technical Auditor (Req 4471). We're sorry to see you
go and wish you all the best.

Greenleaf Talent Acquisition""", layout="html"),
    m("other", "supplier", "Fjord Seafood Trading", "",
      "Henrik at Fjord Seafood <henrik@fjordseafood.no>", "new season skrei - prices",
      """Hi Oskar,

Skrei season starts in January. We can offer you loins at NOK 189/kg delivered Dublin, minimum 20 kg.
Let me know by mid-December if you want to book.

Henrik""", charset="iso-8859-1"),
    m("other", "newsletter_regret", "Hospitality Ireland Weekly", "",
      "Hospitality Ireland Weekly <editor@hospitalityweekly.ie>", "Staffing crisis: owners regret price rises",
      """In this issue: restaurant owners say they regret the VAT rise, a new offer for members on food-safety
training, and how one Dublin group rejected the four-day week.

Read online | Unsubscribe""", layout="html", preheader="This week in hospitality"),
    m("other", "", "", "",
      "Oskar Lindgren <oskar.lindgren@mailbox.org>", "note to self - interview prep",
      """Questions for Alpenrose:
- who signs off corrective actions?
- how many sites per auditor?
- relocation timeline

Bring: knife roll? no. HACCP cert copies. yes."""),
]
