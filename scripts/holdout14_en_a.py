"""holdout14, English: rejections and offers, each written on its own."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["en"]


def specs() -> list[Spec]:
    """Given nothing returns the English rejection and offer messages."""
    r, o = "rejection", "offer"
    return [
        Spec(r, "warm_rejection", "Clearwater Alliance", "Senior Press Officer",
             "Miriam Osei <m.osei@clearwateralliance.org>", "Your application – Senior Press Officer",
             "Dear Elena,\n\nThank you so much for coming in to meet the panel last Tuesday. We were genuinely "
             "impressed by your writing test – the press release on the river pollution data was the sharpest we "
             "received, and two panel members said so unprompted.\n\nHowever, after a great deal of discussion we "
             "have decided to appoint a candidate whose background in NGO media relations is a closer match to "
             "what the team needs right now.\n\nI know this isn't the news you hoped for. Please do stay in "
             "touch.\n\nWarm regards,\nMiriam\n\nMiriam Osei\nHead of Media | Clearwater Alliance\n"
             "Rue du Trône 60, 1050 Brussels", quote="gmail:ty", extra={"who": "Miriam"}),
        Spec(r, "ats_sender", "Halden Group", "Communications Manager",
             "Halden Group <no-reply@myworkdayjobs.com>", "Update on your application R-20318",
             "Dear Elena Petrova,\n\nThank you for your interest in the Communications Manager (R-20318) position "
             "at Halden Group.\n\nAfter careful review, we have decided to move forward with other candidates "
             "whose qualifications more closely match our needs for this position.\n\nWe encourage you to "
             "visit our careers site and apply for future openings that match your profile.\n\n"
             "Sincerely,\nHalden Group Talent Acquisition\n\nPlease do not reply to this e-mail; the mailbox is "
             "not monitored.", layout="html", extra={"pre": "An update about R-20318",
                                                      "foot": "Powered by Workday"}),
        Spec(r, "no_interview_offer", "Ostrava Institute for Democracy", "Outreach Officer",
             "recruitment@ostrava-democracy.eu", "Outreach Officer – outcome of shortlisting",
             "Dear Ms Petrova,\n\nwe received 212 applications for the post of Outreach Officer. I am sorry to "
             "tell you that we are unable to offer you an interview on this occasion.\n\nBecause of the volume "
             "we cannot give individual feedback at the shortlisting stage.\n\nYours sincerely,\n"
             "HR Unit, Ostrava Institute for Democracy (Brussels office)\n\n" + L[0]),
        Spec(r, "rescinded_offer", "Brightmere Energy", "Internal Communications Lead",
             "Tom Lavery <tom.lavery@brightmere-energy.co.uk>", "Re: Offer – Internal Comms Lead",
             "Elena,\n\nI'm really sorry to be writing this. Last week we made you a verbal offer for the "
             "Internal Communications Lead role. Yesterday the board froze all external hiring as part of the "
             "restructuring announced this morning, and I have been told that we have to withdraw that offer.\n\n"
             "This has nothing to do with you – you were our first choice. I'll call you later today if you're "
             "free, and I will gladly act as a referee.\n\nTom\n\n--\nTom Lavery | Director of Communications\n"
             "Brightmere Energy plc\n" + L[1], quote="gmail:fu"),
        Spec(r, "talent_pool", "Northgate University", "Media Relations Officer",
             "Northgate University Jobs <jobs@northgate.ac.uk>", "Media Relations Officer (ref NU-4471)",
             "Dear Elena\n\nThank you for attending interview for the above post. The panel has now made its "
             "decision and I regret to inform you that on this occasion you have not been successful.\n\n"
             "With your consent we would like to keep your details on file for twelve months, and we may contact "
             "you if a similar vacancy arises. You do not need to do anything.\n\nFeedback is available on "
             "request from the chair of the panel.\n\nKind regards\n\nRecruitment Team\nHuman Resources, "
             "Northgate University", cs="windows-1252"),
        Spec(r, "plain", "Vantage PR", "Account Director, Public Affairs",
             "Jo Kamara <jo@vantagepr.com>", "PA account director",
             "hi elena - quick one, we've gone with someone internal for the PA account director job. sorry, I "
             "know you put a lot into the pitch exercise. will shout if anything comes up on the media team.\n\n"
             "jo\n\nSent from my iPhone"),
        Spec(r, "warm_rejection", "Foundation for Open Courts", "Content Editor",
             "Lise Vandermeulen <lise@opencourts.org>", "Content Editor - thank you",
             "Dear Elena,\n\nIt was a pleasure to talk with you on Thursday. Your portfolio is strong and your "
             "sense for a story comes through on every page. It was an extremely close call.\n\nIn the end we "
             "have offered the position to another candidate, who has several years of experience editing legal "
             "content in French and Dutch.\n\nI'd be happy to set up a short call to share the panel's "
             "feedback, if that would be useful.\n\nBest,\nLise", layout="alt"),
        Spec(r, "ats_sender", "Meridian Health Trust", "Public Affairs Adviser",
             "Meridian Health Trust via Greenhouse <no-reply@us.greenhouse-mail.io>",
             "Thank you for applying to Meridian Health Trust",
             "Hi Elena,\n\nThanks for your interest in the Public Affairs Adviser position. Our team reviewed your "
             "application closely. Unfortunately, we won't be moving forward with your candidacy at this "
             "time.\n\nWe truly appreciate the time you invested, and we wish you the very best in your "
             "search.\n\nThe Meridian Health Trust Recruiting Team",
             reply_to="careers@meridianhealthtrust.org.uk", layout="html",
             extra={"pre": "Public Affairs Adviser – application update"}),
        Spec(r, "quoted_reply", "Greenline Mobility", "Editorial Lead",
             "Priya Raman <priya.raman@greenline-mobility.com>", "Re: Following up - Editorial Lead",
             "Hi Elena,\n\nthanks for checking in, and sorry for the silence. We closed the Editorial Lead role "
             "last week; the team decided to hire someone with a product-marketing background, so we won't be "
             "taking your application further.\n\nGood luck with the move into comms – your clips are great.\n\n"
             "Priya", quote="gmail:fu"),
        Spec(r, "filled", "European Rail Users Forum", "Policy & Communications Officer",
             "office@erufo.eu", "Vacancy closed",
             "Dear applicant,\n\nThe position of Policy & Communications Officer has now been filled. We thank "
             "you for your interest in ERUF and regret that we cannot consider your application further.\n\n"
             "ERUF Secretariat\nAvenue de Cortenbergh 71, Brussels"),
        Spec(r, "panel_scoring", "London Borough of Elmbridge Vale", "Press & Campaigns Officer",
             "Elmbridge Vale Council <recruitment@elmbridgevale.gov.uk>",
             "Interview outcome: Press & Campaigns Officer (EV1129)",
             "Dear Ms Petrova,\n\nThank you for attending the interview and written exercise on 14 October.\n\n"
             "Each candidate was scored against the essential criteria in the person specification. Your "
             "scores were:\n\n- Written exercise: 16/25\n- Presentation: 18/25\n- Interview questions: 31/50\n\n"
             "The post has been offered to the highest-scoring candidate, and I am sorry to say that you have "
             "not been successful on this occasion.\n\nYours sincerely\n\nHR Recruitment Team\n"
             "Elmbridge Vale Council", layout="alt", cs="iso-8859-1"),
        Spec(r, "warm_rejection", "Aurelian Foundation", "Digital Content Producer",
             "Sasha Brennan <sasha.b@aurelianfoundation.org>", "Digital Content Producer",
             "Elena – I wanted to write personally rather than leave this to the system. You impressed all of "
             "us. Your video script was funny and precise, and Carla still quotes your line about the grant "
             "cycle.\n\nWe have, though, decided to offer the role to a candidate who has produced video in-house "
             "for several years. It was not an easy call and I hope our paths cross again.\n\nSasha Brennan\n"
             "Director of Engagement"),
        Spec(r, "ats_sender", "Lumen Analytics", "Content Marketing Manager",
             "Lumen Analytics <notifications@lumenanalytics.recruitee.com>", "Your application at Lumen Analytics",
             "Hello Elena,\n\nwe appreciate you taking the time to apply for Content Marketing Manager. After "
             "reviewing your profile we've decided not to proceed, as we're looking for someone with hands-on "
             "B2B SaaS marketing experience.\n\nAll the best,\nLumen Analytics People Team",
             layout="html", cte="base64", extra={"foot": "Sent with Recruitee"}),
        Spec(r, "security_clearance", "Ministry of Defence Civilian Communications", "Press Officer",
             "CS Recruitment <noreply@cshr-recruitment.gov.uk>",
             "Vacancy 322198 - Press Officer - withdrawal of provisional offer",
             "Dear Elena Petrova,\n\nWe refer to the provisional offer made to you for Vacancy 322198.\n\nThe "
             "provisional offer was subject to satisfactory completion of pre-employment checks, including "
             "national security vetting. We have been informed that the residency requirement for this level "
             "of clearance has not been met. As a result, we are withdrawing the provisional offer.\n\nThis "
             "decision does not affect your ability to apply for other posts that do not require this level of "
             "clearance.\n\nCivil Service Recruitment"),
        Spec(r, "plain", "Halvorsen & Keyes", "Speechwriter",
             "Daniel Keyes <dkeyes@halvorsenkeyes.com>", "speechwriter",
             "Elena, thanks for the sample speech. Honestly it was good, but we need someone who's written for a "
             "CEO before and we've found that person. Not the answer you wanted, I'm sure. Best of luck. DK",
             quote="outlook:app", extra={"who": "Daniel Keyes"}),
        Spec(r, "talent_pool", "Global Water Partnership Secretariat", "Communications Consultant",
             "GWPS Talent <talent@gwps-geneva.org>", "Communications Consultant – roster",
             "Dear Elena,\n\nThank you for your interest in the consultancy. The selection panel has completed "
             "its review and you were not selected for this assignment.\n\nYour profile has nonetheless been "
             "added to our consultant talent pool, and our teams may contact you directly should a suitable "
             "assignment arise.\n\nBest regards,\nTalent Acquisition, GWPS\nChemin de Balexert 7, Geneva",
             layout="alt"),
        Spec(r, "reapply", "Cobalt Street Agency", "Senior Copywriter",
             "careers@cobaltstreet.agency", "Senior Copywriter - application update",
             "Hi Elena,\n\nThank you for applying. We've reviewed your application and we won't be taking it "
             "forward for this role.\n\nYou're welcome to re-apply in six months, by which time our brand "
             "studio will be hiring again.\n\nCheers,\nCobalt Street Talent"),
        Spec(r, "warm_rejection", "Institute for Civic Futures", "Head of Communications",
             "Dr Helen Achterberg <h.achterberg@civicfutures.org.uk>", "Re: Head of Communications",
             "Dear Elena,\n\nMany thanks for your patience while the trustees considered the final two "
             "candidates. Your presentation on rebuilding trust with regional press was, in the chair's words, "
             "'the most original thing we heard'.\n\nThe board has nevertheless decided to appoint the other "
             "finalist, who brings experience of leading a team through a charity merger.\n\nI am sorry, and "
             "genuinely grateful for the thought you put into the process.\n\nWith best wishes,\nHelen\n\n"
             "Dr Helen Achterberg\nChief Executive\n\n" + L[1], quote="apple:ty", extra={"who": "Helen"}),
        Spec(r, "ats_sender", "Verity Insurance", "Corporate Affairs Manager",
             "Verity Insurance Careers <verity@smartrecruiters.com>", "Corporate Affairs Manager at Verity Insurance",
             "Dear Elena,\n\nThank you for your application for the Corporate Affairs Manager role. We have "
             "reviewed it carefully and, while your background is impressive, we will not be progressing your "
             "application.\n\nWe'll keep you in mind for future opportunities that better fit your experience."
             "\n\nKind regards,\nVerity Talent Team", reply_to="talent@verity-insurance.co.uk", layout="html",
             extra={"foot": "This email was sent by SmartRecruiters on behalf of Verity Insurance."}),
        Spec(r, "no_interview_offer", "Pelham Trust", "Communications Officer (fixed-term, 12 months)",
             "Pelham Trust <hr@pelhamtrust.org.uk>", "Communications Officer (12 month FTC)",
             "Dear Elena,\n\nThank you for applying for the 12-month fixed-term Communications Officer post. We "
             "have now shortlisted and regret that we are not able to offer you an interview.\n\nWe do "
             "appreciate the time it takes to apply.\n\nBest wishes,\nPelham Trust HR", cs="windows-1252",
             cte="quoted-printable"),
        Spec(r, "agency", "Sterling Talent (client: pharmaceutical group)", "Head of Media Relations",
             "Ollie Grant <ollie.grant@sterlingtalent.co.uk>", "Feedback from my client",
             "Hi Elena,\n\nI've now had feedback from the client on the Head of Media Relations role. They "
             "thought you interviewed well and liked your energy, but they've decided you're a little too "
             "light on pharma and regulatory comms and won't be taking you to the next stage.\n\nI'm disappointed "
             "for you. Let's chat next week - I have two other briefs that could suit you better.\n\nOllie\n\n"
             "Ollie Grant | Senior Consultant, Communications Practice\nSterling Talent Ltd, 44 Great "
             "Portland St, London\n" + L[0], layout="alt"),
        Spec(r, "typo", "Haus der Kulturen Südost", "English-language Editor",
             "Ben <ben@hks-berlin.org>", "editor job",
             "Hi Elena, unfortunatly we decided for another applicant for the english editor role. thanks a lot "
             "for the nice test text, it was fun to read. best, Ben"),
        Spec(r, "rescinded_offer", "Sablon Digital", "Content Strategist",
             "Nadia Fournier <nadia@sablondigital.be>", "About your offer",
             "Dear Elena,\n\nFurther to our offer letter of 2 October, I have to inform you that the client "
             "contract which funds the Content Strategist position was cancelled on Friday. We are therefore "
             "not in a position to proceed with your employment, and the offer is withdrawn.\n\nI realise how "
             "frustrating this is and I apologise. We will of course cover the cost of the documents you "
             "had translated.\n\nNadia Fournier\nManaging Partner, Sablon Digital"),
        Spec(r, "ats_sender", "Atlas Civic Tech", "Communications Lead",
             "Atlas Civic Tech <no-reply@ashbyhq.com>", "Update on your Atlas Civic Tech application",
             "Hi Elena,\n\nThank you for taking the time to interview with us for Communications Lead. We enjoyed "
             "getting to know you, but we've decided to move forward with another candidate for this role.\n\n"
             "If you'd like feedback, just reply to this email and your recruiter will follow up.\n\n"
             "Thanks,\nAtlas Civic Tech", reply_to="Ruth at Atlas <ruth@atlascivic.tech>", layout="alt",
             extra={"pre": "Thank you for interviewing with us"}),
        Spec(r, "outlook_reply", "Kingsmere College", "Digital Communications Officer",
             "Patricia Lowe <p.lowe@kingsmere.ac.uk>", "RE: Digital Communications Officer",
             "Dear Elena\n\nThank you for your email. I am afraid the panel has decided not to take your "
             "application forward following the interview. The successful candidate has now accepted.\n\n"
             "Kind regards\nPatricia\n\nPatricia Lowe | HR Adviser | Kingsmere College",
             quote="outlook:fu", extra={"who": "Patricia Lowe"}),
        Spec(r, "html_long", "Fondation Lumière Europe", "Events & Communications Coordinator",
             "Fondation Lumière Europe <careers@fondationlumiere.eu>", "Events & Communications Coordinator",
             "Dear Elena,\n\nThank you for your application and for the time you spent on our written "
             "exercise.\n\nWe received an exceptional number of applications from candidates with strong "
             "communications backgrounds. After careful consideration, we regret to let you know that we have "
             "decided not to proceed with your application for this position.\n\nAbout us: Fondation Lumière "
             "Europe supports young artists in twelve countries. Our programmes offer grants, residencies and "
             "mentoring.\n\nWe encourage you to follow us on LinkedIn for future vacancies.\n\nThe People & "
             "Culture Team", layout="html", extra={"foot": "Fondation Lumière Europe · Rue Royale 120 · Brussels"}),
        Spec(r, "warm_rejection", "Harbourside Arts Council", "Press Manager",
             "Gemma Nwosu <gemma.nwosu@harbourside-arts.org>", "Press Manager",
             "Hi Elena,\n\nThank you again for the interview. I really enjoyed our conversation and I loved the "
             "story ideas you pitched for the spring season.\n\nUnfortunately, the panel felt that another "
             "candidate's direct arts-press experience gave them the edge, and we've offered them the role. "
             "They have accepted.\n\nDo keep an eye on our freelance copy work – I'd happily put your name "
             "forward.\n\nGemma", layout="alt", cte="quoted-printable"),
        # offers
        Spec(o, "casual_offer", "Kestrel Climate", "Communications Manager",
             "Hannah Liebl <hannah@kestrelclimate.org>", "so…",
             "Elena!\n\nThe team met this morning and it was unanimous – we'd love to have you join us as our "
             "Communications Manager. I'm so pleased.\n\nIsabel from ops will send the paperwork with salary, "
             "start date and the Berlin office details. Shall we talk tomorrow to go through any questions?\n\n"
             "Hannah", quote="gmail:ty", extra={"who": "Hannah"}),
        Spec(o, "formal_offer", "Northgate University", "Senior Communications Officer",
             "Northgate University HR <hr-contracts@northgate.ac.uk>",
             "Offer of appointment: Senior Communications Officer (NU-4502)",
             "Dear Ms Petrova\n\nI am pleased to offer you the post of Senior Communications Officer in the "
             "Department of External Relations on Grade 7, spinal point 31, at a salary of £41,732 per "
             "annum.\n\nThis offer is subject to receipt of two satisfactory references and evidence of your "
             "right to work in the UK. Your contract of employment is attached.\n\nPlease confirm your acceptance "
             "by {date}.\n\nYours sincerely\n\nHuman Resources", at=10, layout="alt"),
        Spec(o, "verbal_offer", "Adler & Vance Communications", "Associate Director",
             "Marcus Vance <marcus@adlervance.co.uk>", "Following our call",
             "Elena,\n\nGreat to speak just now. As I said on the phone, we're offering you the Associate "
             "Director role – to recap, £68k base, 25 days' holiday plus bank holidays, hybrid three days in "
             "Farringdon. The written offer will follow from our HR partner by the end of the week.\n\nReally "
             "looking forward to working with you.\n\nMarcus"),
        Spec(o, "conditional_offer", "Ivory Gate Consulting", "Senior Content Writer",
             "Ivory Gate Talent <talent@ivorygate.com>", "Conditional offer – Senior Content Writer",
             "Dear Elena,\n\nFollowing your interviews, we are delighted to extend a conditional offer of "
             "employment for the position of Senior Content Writer.\n\nThe offer is conditional on:\n\n"
             "- two satisfactory references\n- a basic background check\n- confirmation of your degree\n\n"
             "Once these are complete, we will send your contract. In the meantime, please complete the "
             "onboarding form linked below.\n\nWith best regards,\nIvory Gate Talent Team", layout="html",
             extra={"pre": "Congratulations from Ivory Gate"}),
        Spec(o, "freelance_offer", "The Harcourt Review", "Freelance Contributing Editor",
             "Imogen Hale <imogen@harcourtreview.com>", "contributing editor?",
             "Dear Elena,\n\nwe'd like to bring you on as a freelance contributing editor for the policy section "
             "– two long pieces a month, £450 per piece, plus a monthly editing retainer of £600. A "
             "three-month trial, then we'll review.\n\nIf that sounds right, reply and I'll send the freelance "
             "agreement.\n\nImogen"),
        Spec(o, "fixed_term_offer", "International Union for Seed Heritage", "Communications Officer (P-2)",
             "IUSH Human Resources <hr.recruitment@iush-int.org>", "Offer of appointment – fixed-term",
             "Dear Ms. Petrova,\n\nFurther to the recommendation of the selection panel, I have the pleasure to "
             "offer you a fixed-term appointment of two years as Communications Officer at the P-2 level, step 1, "
             "duty station Geneva.\n\nThis offer is subject to medical clearance and verification of your "
             "references and academic credentials. Details of salary, post adjustment and entitlements are "
             "set out in the attached letter.\n\nWe would be grateful if you could indicate your acceptance "
             "within 14 days.\n\nYours sincerely,\nChief, Talent Acquisition Section", layout="alt",
             cte="base64"),
        Spec(o, "offer_unfortunately", "Brightwell Housing", "Campaigns & Media Lead",
             "Sam Oduya <sam.oduya@brightwellhousing.org.uk>", "Campaigns & Media Lead - good news",
             "Hi Elena,\n\nI'm really happy to tell you the panel wants to offer you the Campaigns & Media Lead "
             "job. Unfortunately the salary is fixed at the top of the band (£47,500) – I tried for more – but "
             "we can be flexible on start date and a four-day week.\n\nCan you let me know if you'd like to "
             "accept? I'll then ask HR to issue the contract.\n\nSam", quote="apple:ty", extra={"who": "Sam"}),
        Spec(o, "ats_offer", "Atlas Civic Tech", "Senior Content Designer",
             "Atlas Civic Tech <no-reply@ashbyhq.com>", "Your offer from Atlas Civic Tech",
             "Hi Elena,\n\nCongratulations! Atlas Civic Tech has sent you an offer for the Senior Content "
             "Designer role.\n\nReview and sign your offer letter using the secure link below. The link "
             "expires on {date}.\n\nIf you have any questions, reply to Ruth directly.",
             at=7, reply_to="ruth@atlascivic.tech", layout="html", extra={"foot": "Sent via Ashby"}),
        Spec(o, "offer_references", "Riverbank Theatre", "Head of Press",
             "Aoife Gallagher <aoife@riverbanktheatre.org.uk>", "Head of Press",
             "Dear Elena,\n\nI'm thrilled to let you know that we would like to offer you the role of Head of "
             "Press, subject to references. Could you send me contact details for two referees, one of them "
             "your current editor?\n\nOnce references are back we'll send the full contract. Start would ideally "
             "be early January.\n\nVery best,\nAoife\n\n" + L[0], layout="alt"),
        Spec(o, "casual_offer", "Pinecone Studio", "Content Lead",
             "Raf <raf@pinecone.studio>", "you in?",
             "hey elena — we talked it over and we want you as our content lead. honestly no one else came close. "
             "same numbers as we discussed on friday. say yes?? :)\n\nraf"),
        Spec(o, "offer_forward", "Marlowe Public Affairs", "Senior Account Manager",
             "Chloe Adeyemi <chloe.adeyemi@marlowepa.com>", "Fwd: Offer letter - E. Petrova",
             "Hi Elena, forwarding the offer letter from our HR team below - congratulations, we're delighted! "
             "Shout if anything is unclear.\n\nChloe\n\n---------- Forwarded message ---------\nFrom: Marlowe HR "
             "<hr@marlowepa.com>\nSubject: Offer letter - E. Petrova\nTo: Chloe Adeyemi "
             "<chloe.adeyemi@marlowepa.com>\n\nDear Elena,\n\nWe are pleased to offer you the position of Senior "
             "Account Manager, Public Affairs, at a base salary of £52,000. Your start date will be agreed with "
             "your line manager.\n\nPlease sign and return the attached contract.\n\nMarlowe HR"),
        Spec(o, "offer_clearance", "UK Office for Science Communication", "Senior Press Officer",
             "OSC Recruitment <recruitment@osc.gov.uk>", "Provisional offer - Senior Press Officer (HEO)",
             "Dear Elena Petrova,\n\nCongratulations – I am pleased to make you a provisional offer for the post "
             "of Senior Press Officer.\n\nThis offer is subject to pre-employment checks including Baseline "
             "Personnel Security Standard and Counter-Terrorist Check clearance. You will receive a separate "
             "e-mail asking you to complete the forms.\n\nPlease accept or decline the offer in the portal.\n\n"
             "OSC Recruitment Team", layout="alt", cs="iso-8859-1"),
        Spec(o, "offer_part_time", "Linden Press Office Ltd", "Part-time Press Officer",
             "Ruth Abernathy <ruth@lindenpress.co.uk>", "Re: part-time role",
             "Elena,\n\nDelighted to say it's a yes from us – we'd like to offer you the part-time Press Officer "
             "role, three days a week, on the terms in the job pack. I'll post the contract to you.\n\nRuth",
             quote="outlook:ty", extra={"who": "Ruth Abernathy"}),
        Spec(o, "offer_html", "Verdant Futures Network", "Digital Campaigns Manager",
             "Verdant Futures People Team <people@verdantfutures.org>", "We'd like to offer you the role!",
             "Dear Elena,\n\nOn behalf of everyone at Verdant Futures Network, I'm delighted to offer you the "
             "position of Digital Campaigns Manager.\n\nYour offer at a glance:\n\n- Salary: €58,000 gross per "
             "year\n- Contract: permanent, 37.5 hours\n- Location: Brussels, with two days from home\n- Start: to "
             "be agreed\n\nYour full offer letter is attached. We'd be grateful for your answer within a week.\n\n"
             "Warm wishes,\nOmari Telfer\nHead of People", layout="html",
             extra={"pre": "Your offer from Verdant Futures"}),
        Spec(o, "verbal_offer", "Weston Shaw Partners", "Communications Director",
             "Lucy Shaw <lucy.shaw@westonshaw.com>", "great talking",
             "Elena - as promised, a note to confirm what I said on the phone: the partners have agreed, and the "
             "job is yours if you want it. The paperwork will take a few days because our HR person is away, "
             "but please take this as a firm offer.\n\nLucy"),
    ]
