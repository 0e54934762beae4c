"""holdout14, English: next steps, pending and acknowledgements, each written on its own."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["en"]


def specs() -> list[Spec]:
    """Given nothing returns the English next_step, pending and acknowledgement messages."""
    n, p, a = "next_step", "pending", "acknowledgement"
    return [
        Spec(n, "reschedule_unfortunately", "Clearwater Alliance", "Digital Editor",
             "Miriam Osei <m.osei@clearwateralliance.org>", "Change of time – Thursday",
             "Hi Elena,\n\nUnfortunately one of our panel members has been called to a hearing in Strasbourg on "
             "Thursday, so we need to move your interview. Would Monday at 10:30 or Tuesday at 14:00 work "
             "instead? Same format: 20 minutes on the writing test, then questions.\n\nApologies for the "
             "shuffle,\nMiriam"),
        Spec(n, "writing_test", "Fenwick Children's Charity", "Press Officer",
             "Fenwick Recruitment <recruitment@fenwickcharity.org.uk>", "Press Officer – written exercise",
             "Dear Elena,\n\nThank you for your application. We'd like to invite you to the next stage, a "
             "timed written exercise.\n\nYou'll receive a short briefing pack and have 90 minutes to draft a "
             "press release and two social posts. Please choose a slot on the link below; the exercise must be "
             "completed by {date}.\n\nBest wishes,\nFenwick Recruitment", at=5, layout="alt"),
        Spec(n, "panel_interview", "Office of the Geneva Commissioner for Refugees", "Public Information Officer",
             "OGCR Recruitment <no-reply@ogcr-careers.org>",
             "Invitation: competency-based interview – Public Information Officer (P-3)",
             "Dear Ms. Petrova,\n\nFollowing the assessment exercise, we are pleased to invite you to a "
             "competency-based interview by video conference.\n\nDate: {date}\nTime: 15:00 CET\nPanel: three "
             "members, including a representative of the Division of External Relations\n\nPlease confirm your "
             "availability by replying to this e-mail. Note that candidates are scored on the organisation's "
             "core competencies.\n\nRecruitment Section", at=8, layout="html",
             reply_to="recruitment@ogcr.org"),
        Spec(n, "scheduling_link", "Tessellate Labs", "Content Strategist",
             "Tessellate Labs via GoodTime <scheduling@goodtime.io>", "Schedule your next interview",
             "Hi Elena,\n\nGreat news – the team would like to meet you for a 45-minute conversation with the Head "
             "of Brand. Please pick a time that works for you using the link below.\n\nPick a time\n\n"
             "Thanks,\nTessellate Labs Recruiting", reply_to="talent@tessellate-labs.com", layout="html",
             extra={"foot": "GoodTime · Scheduling made simple"}),
        Spec(n, "portfolio_request", "Mercer Row Publishing", "Communications Executive",
             "Alice Boateng <alice@mercerrow.co.uk>", "Re: Communications Executive",
             "Hi Elena,\n\nThanks for your application - we'd like to take it further. Before we set up a call, "
             "could you send us three or four pieces you're proud of? Links are fine. Ideally one long feature "
             "and one thing written for a non-specialist audience.\n\nThanks!\nAlice", quote="gmail:app"),
        Spec(n, "second_round", "Vantage PR", "Media Relations Manager",
             "Jo Kamara <jo@vantagepr.com>", "2nd round",
             "elena - good news, the MD wants to meet you for the media relations manager role. can you do wed "
             "at 4? it'll be an hour, and she'll probably ask you to critique one of our recent campaigns so have "
             "a look at the website. we'll decide who goes to the final by end of next week. jo",
             promise=("eow", 1)),
        Spec(n, "assessment_centre", "Civil Service Fast Stream (Communications)", "Communications Fast Stream",
             "Fast Stream <noreply@faststream-assessment.gov.uk>", "You have been invited to the Assessment Centre",
             "Dear candidate,\n\nCongratulations, you have passed the online tests. You are now invited to book a "
             "place at the Fast Stream Assessment Centre.\n\nThe assessment centre includes a written exercise, "
             "a leadership exercise and an interview. Slots are allocated on a first-come basis.\n\nPlease log in "
             "to your account to choose a date.\n\nFast Stream Recruitment Team", layout="alt", cte="base64"),
        Spec(n, "reschedule_sorry", "Harbourside Arts Council", "Marketing & Press Assistant",
             "Gemma Nwosu <gemma.nwosu@harbourside-arts.org>", "Sorry - need to move Friday",
             "Elena, I'm so sorry – I've come down with flu. Could we push Friday's chat to next week? Any "
             "morning except Wednesday. I'll send a new calendar invite as soon as you tell me what suits.\n\n"
             "Gemma"),
        Spec(n, "case_study", "Lighthouse Advisory", "Public Affairs Consultant",
             "Lighthouse Advisory <talent@lighthouseadvisory.eu>", "Next step: case study",
             "Dear Elena,\n\nThank you for the first interview. We would like to move you to the next round, "
             "which is a case study presentation.\n\nYou will receive a fictitious client brief 48 hours in "
             "advance and present a 15-minute stakeholder strategy to two partners. We are aiming for the week "
             "of the 20th. Our office manager will be in touch about times.\n\nKind regards,\nLighthouse "
             "Advisory, Rue de la Loi 227, Brussels", layout="alt"),
        Spec(n, "reference_call", "Kestrel Climate", "Senior Writer",
             "Hannah Liebl <hannah@kestrelclimate.org>", "Last step",
             "Hi Elena,\n\nWe'd like to have one more conversation before we decide – a 30-minute call with "
             "our co-founder, Tobias, who was travelling last week. Are you free Thursday or Friday "
             "afternoon? After that we'll make our decision by the end of next week.\n\nHannah", promise=("eow", 1),
             quote="gmail:ty", extra={"who": "Hannah"}),
        Spec(n, "workable_invite", "Bureau Maes & Delcourt", "Communications Assistant",
             "Bureau Maes & Delcourt <noreply@workablemail.com>",
             "Bureau Maes & Delcourt wants to schedule an interview",
             "Hi Elena,\n\nBureau Maes & Delcourt has invited you to an interview for Communications Assistant."
             "\n\nPlease select one of the following slots:\n\n- Monday 09:30\n- Monday 11:00\n- Tuesday 16:00\n\n"
             "Interviews take place at the office, Avenue Louise 149, Brussels.", layout="html",
             reply_to="jobs@maesdelcourt.be", extra={"foot": "Powered by Workable"}),
        Spec(n, "dated_next", "Institute for Civic Futures", "Communications Manager",
             "Rashid Khan <r.khan@civicfutures.org.uk>", "Shortlist - Communications Manager",
             "Dear Elena,\n\nI'm pleased to tell you that you have been shortlisted for interview. Interviews will "
             "take place on {date} at our office in Bloomsbury and will include a 10-minute presentation on the "
             "topic in the attached brief.\n\nPlease let me know by return that you can attend.\n\nRashid Khan\n"
             "Operations Manager", at=12, layout="alt", cs="windows-1252"),
        Spec(n, "video_interview", "Orbis Logistics", "Internal Communications Specialist",
             "Orbis Talent <orbis@hirevue-mail.com>", "Complete your video interview",
             "Hello Elena,\n\nOrbis Logistics has invited you to complete a recorded video interview. You'll "
             "answer 5 questions and have 3 minutes per answer.\n\nPlease complete it within 5 days of receiving "
             "this invitation.\n\nGood luck!", layout="html"),
        Spec(n, "dated_decision_next", "Pelham Trust", "Digital Officer",
             "Pelham Trust <hr@pelhamtrust.org.uk>", "Digital Officer - second interview",
             "Dear Elena,\n\nThank you for coming in on Monday. We would like to invite you to a short second "
             "interview with our Chief Executive. We will confirm a time, and make our final decision, by the "
             "end of next week.\n\nBest wishes,\nPelham Trust HR", promise=("eow", 1)),
        Spec(n, "call_request", "Stella Maris Partners", "Editor (client: family office)",
             "Yusuf Demir <yusuf@stellamarispartners.com>", "quick call?",
             "Hi Elena,\n\nmy client liked your CV for the in-house editor role. Could we speak tomorrow for 15 "
             "minutes so I can tell you more, and then set up the first interview with them?\n\nYusuf Demir\n"
             "Stella Maris Partners – Executive Search\n" + L[0]),
        Spec(n, "writing_test_promise", "The Civic Ledger Foundation", "Content Editor",
             "Tamsin Reid <tamsin@civicledger.org>", "Editing task",
             "Hi Elena,\n\nAs discussed, here is the editing task: a 1,200-word report summary that needs "
             "cutting to 600 words for our newsletter. Send it back whenever you can this week. We'll look at "
             "all submissions together and come back to everyone within 10 working days.\n\nTamsin",
             promise=("bd", 10)),
        Spec(n, "security_vetting_next", "European Defence Research Agency", "Press Officer",
             "EDRA Recruitment <recruitment@edra-europa.eu>", "Next stage – security questionnaire",
             "Dear Ms Petrova,\n\nYou have been selected for the final interview stage for the Press Officer "
             "post. Before the interview, the Security Office needs you to complete the personnel security "
             "clearance questionnaire. Please return it within 10 days.\n\nThe interview will be held in "
             "Brussels; travel costs are reimbursed.\n\nRecruitment Unit", layout="alt"),
        # pending
        Spec(p, "waitlist", "Northgate University", "Media Relations Officer",
             "Karen Whitfield <k.whitfield@northgate.ac.uk>", "Media Relations Officer - update",
             "Dear Elena\n\nThank you for interviewing last week. The panel has offered the post to another "
             "candidate, who is still considering the offer. You were a very close second and, if that offer is "
             "declined, we would like to come back to you.\n\nWe expect to know by {date}.\n\nBest wishes\nKaren",
             promise=("abs", 0), at=6),
        Spec(p, "on_hold_budget", "Brightmere Energy", "Content Manager",
             "Tom Lavery <tom.lavery@brightmere-energy.co.uk>", "Content Manager role – paused",
             "Hi Elena,\n\nI wanted to be open with you: all hiring is on hold while the board reviews next "
             "year's budget. Your application is not closed and you remain our preferred candidate. I'm hoping "
             "for clarity before Christmas, but I can't promise a date.\n\nTom"),
        Spec(p, "delay", "Meridian Health Trust", "Public Affairs Manager",
             "Ellie Stone <ellie.stone@meridianhealthtrust.org.uk>", "Re: Public Affairs Manager",
             "Hi Elena,\n\nThanks for your patience. We're still interviewing a couple of candidates whose "
             "availability was limited. We expect to make a decision within the next two weeks and I'll update "
             "you either way.\n\nBest,\nEllie", promise=("days", 14), quote="gmail:fu"),
        Spec(p, "still_reviewing", "Clearwater Alliance", "Campaign Writer",
             "Clearwater HR <hr@clearwateralliance.org>", "Campaign Writer",
             "Dear Elena,\n\nThis is just to let you know that the selection process for the Campaign Writer "
             "role is taking longer than planned. The panel is still reviewing written tests. We will be in touch "
             "by Friday.\n\nKind regards,\nHR team", promise=("wd", 4)),
        Spec(p, "roster_reserve", "International Union for Seed Heritage", "Communications Assistant (G-5)",
             "IUSH e-Recruitment <erecruit@iush-int.org>", "Status change: reserve list",
             "Dear Candidate,\n\nThe status of your application for Communications Assistant (G-5), vacancy "
             "2026/118, has changed to: Placed on reserve list.\n\nThis means you were found suitable but not "
             "selected for the current vacancy. Candidates on the reserve list may be offered the post should "
             "it become available again within the validity of the list.\n\nThis is an automated message.",
             layout="html"),
        Spec(p, "business_days", "Kingsmere College", "Marketing & Communications Manager",
             "Patricia Lowe <p.lowe@kingsmere.ac.uk>", "Interview feedback timing",
             "Dear Elena\n\nThank you for attending interview today. The panel will meet again to consider all "
             "candidates and we expect to let everyone know the outcome within 5 working days.\n\nKind regards\n"
             "Patricia", promise=("bd", 5)),
        Spec(p, "delay_sorry", "Atlas Civic Tech", "Communications Lead",
             "Ruth Okafor <ruth@atlascivic.tech>", "Sorry for the wait",
             "Hi Elena – apologies for going quiet. We had a reorg in the marketing team and the hiring manager "
             "changed mid-process. You're still very much in the running; I'll have an answer for you by the end "
             "of the month.\n\nRuth", promise=("eom", 0), layout="alt"),
        Spec(p, "agency_waiting", "Sterling Talent", "Communications Director",
             "Ollie Grant <ollie.grant@sterlingtalent.co.uk>", "Client update",
             "Hi Elena,\n\nNo news yet from the client, I'm afraid. The MD is travelling and they won't decide "
             "until he's back. I'm chasing and will let you know the moment I hear.\n\nOllie"),
        Spec(p, "tomorrow", "Fondation Lumière Europe", "Communications Officer",
             "Camille Dufresne <camille.dufresne@fondationlumiere.eu>", "Quick update",
             "Dear Elena,\n\nWe're finalising our decision today and I'll call you tomorrow with the outcome. "
             "Thank you for bearing with us.\n\nCamille", promise=("tomorrow", 0)),
        Spec(p, "on_hold_funding", "Global Water Partnership Secretariat", "Knowledge & Communications Officer",
             "GWPS Talent <talent@gwps-geneva.org>", "Knowledge & Communications Officer – recruitment suspended",
             "Dear Elena,\n\nWe regret to inform you that the recruitment for the Knowledge & Communications "
             "Officer position has been temporarily suspended pending confirmation of donor funding.\n\nYour "
             "application remains active and we will contact you as soon as the process resumes.\n\n"
             "Talent Acquisition, GWPS", layout="alt", cs="iso-8859-1"),
        Spec(p, "explicit_date", "London Borough of Elmbridge Vale", "Communications Officer",
             "Elmbridge Vale Council <recruitment@elmbridgevale.gov.uk>", "Communications Officer (EV1140)",
             "Dear Ms Petrova,\n\nThank you for attending interview. We are currently completing interviews for "
             "this role and expect to inform all candidates of the outcome on or before {date}.\n\n"
             "Yours sincerely\nHR Recruitment Team", promise=("abs", 0), at=9, cte="quoted-printable"),
        Spec(p, "lowercase_pending", "Pinecone Studio", "Freelance Copywriter",
             "Raf <raf@pinecone.studio>", "re: copy work",
             "hey, still waiting on the client to sign off the budget, so can't confirm anything yet. should know "
             "early next week. sorry!! raf", quote="gmail:fu"),
        Spec(p, "end_of_week", "Lighthouse Advisory", "Public Affairs Consultant",
             "Inès Vermeulen <ines@lighthouseadvisory.eu>", "Re: Case study",
             "Dear Elena,\n\nThank you for your presentation yesterday. The partners are discussing the final "
             "two candidates and we will come back to you by the end of this week.\n\nKind regards,\nInès",
             promise=("eow", 0), quote="outlook:ty", extra={"who": "Inès Vermeulen"}),
        Spec(p, "hiring_freeze", "Verity Insurance", "Corporate Affairs Officer",
             "Daniel Pryce <daniel.pryce@verity-insurance.co.uk>", "Corporate Affairs Officer",
             "Hello Elena,\n\nI'm afraid we've had to put the Corporate Affairs Officer role on hold for now due "
             "to a group-wide recruitment freeze. I'm really sorry – you were on the final shortlist. I'll come "
             "back to you once the freeze is lifted.\n\nBest regards,\nDaniel"),
        Spec(p, "interviews_ongoing_days", "Tessellate Labs", "Content Strategist",
             "Tessellate Labs Recruiting <talent@tessellate-labs.com>", "Where things stand",
             "Hi Elena,\n\nWe've completed the final interviews, and the hiring team is now aligning on feedback. "
             "You can expect to hear from us within 7 days.\n\nThanks for your patience,\nTessellate Recruiting",
             promise=("days", 7), layout="html"),
        Spec(p, "committee", "Office of the Geneva Commissioner for Refugees", "Public Information Officer",
             "OGCR Recruitment <recruitment@ogcr.org>", "Public Information Officer (P-3) – status",
             "Dear Ms. Petrova,\n\nFollowing your interview, the panel's recommendation has been submitted to the "
             "Appointment and Promotion Board, which meets monthly. You will be informed of the outcome once the "
             "Board has reviewed the recommendation.\n\nRecruitment Section"),
        Spec(p, "next_monday", "Mercer Row Publishing", "Communications Executive",
             "Alice Boateng <alice@mercerrow.co.uk>", "update from us",
             "Hi Elena, just to say we haven't forgotten you! Our publisher is on holiday and we want her to meet "
             "the final two. We'll let you know on Monday whether we'd like to set that up.\n\nAlice",
             promise=("wd", 0)),
        # acknowledgements
        Spec(a, "ats_ack", "Halden Group", "Communications Manager",
             "Halden Group <no-reply@myworkdayjobs.com>", "Thank you for applying",
             "Dear Elena Petrova,\n\nThank you for applying for the position of Communications Manager (R-20318). "
             "We have received your application and our Talent Acquisition team will review it.\n\nYou can "
             "follow the status of your application at any time in your candidate home.\n\nHalden Group",
             layout="html", extra={"foot": "Powered by Workday"}),
        Spec(a, "ack_unfortunately", "Foundation for Open Courts", "Content Editor",
             "Foundation for Open Courts <jobs@opencourts.org>", "Application received",
             "Dear Elena,\n\nThank you for your application for the post of Content Editor. This confirms that we "
             "have received it.\n\nUnfortunately, we receive a high number of applications and are unable to "
             "respond to each one individually. If you have not heard from us within four weeks of the closing "
             "date, please assume your application has not been successful.\n\nFOC HR"),
        Spec(a, "ack_dated", "Clearwater Alliance", "Senior Press Officer",
             "Clearwater HR <hr@clearwateralliance.org>", "We have your application",
             "Dear Elena,\n\nThank you for applying for the Senior Press Officer position. We confirm receipt of "
             "your CV, cover letter and writing samples. Shortlisted candidates will be contacted by {date}.\n\n"
             "Clearwater Alliance HR", promise=("abs", 0), at=11, layout="alt"),
        Spec(a, "ack_offer_word", "Lumen Analytics", "Content Marketing Manager",
             "Lumen Analytics <notifications@lumenanalytics.recruitee.com>", "We got it!",
             "Hi Elena,\n\nThanks for applying for Content Marketing Manager! We've received your application. "
             "\n\nWhile you wait, read about what we offer our people: flexible hours, a learning budget, and "
             "four weeks of workation a year.\n\nLumen Analytics", layout="html",
             extra={"pre": "Your application is in", "foot": "Sent with Recruitee"}),
        Spec(a, "ack_portfolio", "Harbourside Arts Council", "Press Manager",
             "Gemma Nwosu <gemma.nwosu@harbourside-arts.org>", "Re: portfolio",
             "Thanks Elena, got your portfolio link – it works fine. I'll pass it on to the panel.\n\nGemma",
             quote="gmail:app"),
        Spec(a, "ack_business_days", "Marlowe Public Affairs", "Account Manager",
             "Marlowe Careers <careers@marlowepa.com>", "Your application to Marlowe",
             "Dear Elena,\n\nMany thanks for applying to Marlowe Public Affairs. We have received your "
             "application for Account Manager and will review it carefully. We aim to respond to every "
             "applicant within 10 business days.\n\nBest wishes,\nThe Marlowe Team\n\n" + L[0],
             promise=("bd", 10), cs="windows-1252"),
        Spec(a, "ack_ats_lever", "Tessellate Labs", "Content Strategist",
             "Tessellate Labs <no-reply@hire.lever.co>", "Thanks for applying to Tessellate Labs",
             "Hi Elena,\n\nThanks for your interest in Tessellate Labs! We've received your application for the "
             "Content Strategist role and our team will review it soon. You'll hear from us within 5 business "
             "days.\n\nBest,\nTessellate Labs", promise=("bd", 5),
             layout="alt", reply_to="talent@tessellate-labs.com"),
        Spec(a, "ack_io_platform", "Office of the Geneva Commissioner for Refugees", "Public Information Officer",
             "OGCR Careers <no-reply@ogcr-careers.org>", "Acknowledgement of application – 2026-PIO-0412",
             "Dear Ms. Petrova,\n\nThis is to acknowledge receipt of your application for the position of Public "
             "Information Officer (P-3), Job Opening 2026-PIO-0412.\n\nDue to the large number of applications, "
             "only candidates under serious consideration will be contacted. The status of your application can "
             "be viewed in the careers portal.\n\nThis is a system-generated message.", layout="html", cte="base64"),
        Spec(a, "ack_human_short", "Adler & Vance Communications", "Account Executive",
             "Marcus Vance <marcus@adlervance.co.uk>", "Re: Application",
             "Received, thanks Elena. I'll read it properly over the weekend and come back to you on Monday.\n\n"
             "M", promise=("wd", 0), quote="outlook:app", extra={"who": "Marcus Vance"}),
        Spec(a, "ack_icims", "Orbis Logistics", "Internal Communications Specialist",
             "Orbis Logistics Careers <orbis-careers@talent.icims.com>",
             "Orbis Logistics: Application Received - Internal Communications Specialist",
             "Hello Elena,\n\nThank you for your interest in a career at Orbis Logistics. We have received your "
             "application for Internal Communications Specialist (Job ID 2026-8812).\n\nIf your qualifications "
             "match our needs, a member of our Talent Acquisition team will contact you.\n\nSincerely,\n"
             "Orbis Logistics Talent Acquisition", layout="alt"),
        Spec(a, "ack_end_month", "Institute for Civic Futures", "Head of Communications",
             "Rashid Khan <r.khan@civicfutures.org.uk>", "Head of Communications – receipt",
             "Dear Elena,\n\nThank you for your application, which arrived safely. The closing date has now "
             "passed and the trustees will shortlist shortly; we will write to all applicants by the end of "
             "the month.\n\nRashid Khan", promise=("eom", 0)),
        Spec(a, "ack_message", "Riverbank Theatre", "Head of Press",
             "Riverbank Theatre <info@riverbanktheatre.org.uk>", "Thanks for your message",
             "Hello,\n\nThank you for contacting Riverbank Theatre's recruitment inbox. Your message has been "
             "received and will be passed to the relevant manager.\n\nRiverbank Theatre"),
        Spec(a, "ack_teamtailor", "Sablon Digital", "Content Strategist",
             "Sablon Digital <no-reply@teamtailor.com>", "Thank you for your application!",
             "Hi Elena!\n\nThank you for applying for Content Strategist at Sablon Digital. We're happy you want "
             "to join us. We'll review your application and get back to you as soon as possible.\n\n"
             "Have a great day!\nSablon Digital", layout="html", reply_to="jobs@sablondigital.be",
             extra={"foot": "Powered by Teamtailor"}),
        Spec(a, "ack_dated_weeks", "Aurelian Foundation", "Digital Content Producer",
             "Aurelian Foundation HR <hr@aurelianfoundation.org>", "Digital Content Producer – application",
             "Dear Elena,\n\nThank you for applying for our Digital Content Producer vacancy. We have received "
             "your application and will let you know whether you have been shortlisted within 3 weeks.\n\nBest "
             "wishes,\nAurelian HR", promise=("days", 21), layout="alt", cte="quoted-printable"),
    ]
