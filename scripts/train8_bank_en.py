"""train8: English whole-message templates.


Format: "@@ <label> <trap> <sender> | <subject>" then the body. [[a|b]] picks one alternative; {P} is the promise
slot (a dated promise, a vague one or nothing); {first}, {company}, {role}, {wd}, {nd} (a non-decision date) fill in.
Senders: ats, hr, recruiter, manager, founder, agency, noreply, ooo, board, colleague (bare = no greeting/sign-off).
"""

# ruff: noqa: E501  (whole sentences with their alternatives stay on one line to be readable as mail)

BANK = r"""
@@ rejection status_portal ats | [[Application status update|Your application to {company}|Update on your candidacy]]
The status of your application for {role} has [[changed|been updated]]. [[Log in to the candidate portal to see the latest status.|Please visit your candidate dashboard for details.|You can view the update in your account.]]

Status: [[Not selected|No longer under consideration|Closed - not progressing|Position filled]]
@@ rejection implied hr | [[Your application - {role}|{role} at {company}|Following up on your interviews]]
Thank you for the time you gave us over the last few weeks. [[We've decided to move forward with other applicants whose experience more closely matches what the team needs right now.|After a lot of discussion the team has chosen to continue with another candidate.|We have now made our choice for this role and it was a very close call, but it won't be you this time.|The panel felt other profiles were a closer fit for this particular brief, so we won't be taking your application further.]] [[We'd be glad to stay in touch.|Please do keep an eye on our careers page.|I hope our paths cross again.]]
@@ rejection implied recruiter | {role}
[[I wanted to let you know personally that|Just a quick note to say that]] the hiring team [[has gone with someone who already has in-house experience in the sector|has decided to proceed with a candidate further along in their in-house career|went in a different direction for this hire]]. [[Unfortunatly|Unfortunately|Sadly|I'm afraid]] that means we [[won't be moving ahead|wont be progressing]] with you for {role}. You interviewed really well and I'd [[love|be happy]] to [[put you forward for future roles|keep your CV on file]].
@@ rejection post_assessment hr | [[Case study outcome|Your written exercise|{role} - assessment results]]
Thank you for completing the [[case study|drafting exercise|written assessment|contract review exercise]]. The panel has [[reviewed|now marked]] all submissions and [[we have decied not to invite you to the final round|yours did not reach the level needed for the next stage|we will not be taking your application further]]. {P}
@@ rejection post_assessment manager | [[Thanks for the exercise|Re: case study]]
[[Thanks for the thorough work on the case.|Appreciate the effort you put into the task.]] [[Having compared it with the other submissions we're going to focus on candidates with more hands-on experience of the systems involved.|Honestly it was close, but the others were stronger on the practical side, so we'll stop here for this one.]] [[I'll send you a couple of written pointers if that's useful.|Happy to talk you through the feedback.]]
@@ rejection search_closed hr | [[Update on the {role} vacancy|{role} - recruitment closed]]
I'm writing to all candidates for the {role} position: [[following an internal review the role has been withdrawn and will not be filled this year|the business has decided not to proceed with the hire|the vacancy has been cancelled due to a change in priorities|we have closed the search without making an appointment]]. [[This is no reflection on you.|We know this is disappointing after the time you invested.]] [[Thank you for your interest in {company}.|We wish you every success.]]
@@ rejection short_mobile founder | re: {role}
[[hey {first} - we went another way on this one, sorry. best of luck|sorry {first}, we've picked someone else. thanks for your time!|thx for coming in. not a match for us right now tbh - good luck|{first} we're not going ahead, sorry! appreciated your time]]
@@ rejection thread_decision manager | Re: {role} - next steps
[[Quick one before I head off: the partners chose the other candidate.|To close the loop - we've made an appointment and it isn't you, I'm sorry.|Short answer after all the back and forth: we're not taking it forward.]] [[Thanks for your patience throughout.|I'll be sure to flag you if anything else comes up.]]
@@ rejection rescinded hr | [[Regarding our offer|Important update about your offer|{role} - offer withdrawal]]
[[I'm very sorry to tell you that|It is with real regret that I write to say]] [[following a company-wide budget freeze|after the restructuring announced this week|as the board did not approve the headcount|because the pre-employment screening could not be completed satisfactorily]], we [[have to withdraw the offer we made for|are no longer in a position to proceed with your appointment as|must rescind our offer for]] {role}. [[We understand this is a huge disappointment.|I know the timing is awful.]] [[Please reach out if you'd like to talk it through.|We will cover any reasonable costs you've incurred.]]
@@ rejection rescinded founder | bad news on the role
{first} - i hate writing this. [[investors pulled the bridge round|we lost the anchor client this morning|the reorg means the team is being folded into the US office]] so [[we can't honour the offer|the role is gone and the offer with it|we have to take back the offer]]. really sorry. will write a reference for you anytime.
@@ rejection warm recruiter | [[Thank you, {first}|{role} update]]
[[You were a genuinely strong candidate and it was a difficult decision.|The feedback from everyone you met was warm.]] [[On this occasion we've offered the role to someone with more regulatory experience.|In the end we have appointed an internal candidate.]] [[That's not the news you were hoping for.|I'm sorry to bring disappointing news.]] {P}
@@ rejection reapply hr | {company} - your application for {role}
Thanks for applying. [[After careful review|Having reviewed your profile]] we [[won't be progressing your application at this time|are unable to offer you an interview for this role|have decided not to move forward]]. You're welcome to re-apply [[in 6 months|after six months|once you have the post-qualification experience]]. [[Good luck with your search.|We wish you the very best.]]
@@ rejection typo_lower agency | {role} with our client
[[unfortunatly|unfortunately]] my client [[has decided not to proceed|have decied not to go ahead|wont take it further]] with your application. [[they felt the commercial experience wasn't quite there yet|they're going with someone already in-house]]. i'll keep looking for you.
@@ offer casual founder | [[so...|good news|{role}]]
[[we'd love to have you on board!|the team loved you - we want you!|ok it's official from my side: the job is yours if you want it]] [[i'll get Priya to send the paperwork tonight|contract coming from HR in the morning|let's talk numbers tomorrow]]. sent from my phone, excuse typos
@@ offer verbal manager | [[Following our call|As discussed|{role}]]
[[Great speaking earlier. As I said on the phone,|Just to confirm what I told you on the phone:]] we'd like to [[offer you the position of|bring you in as]] {role}. [[The written offer will follow from HR in the next couple of days.|HR will send the formal letter shortly.]] Please accept by {wd} if you can. [[Really pleased.|Delighted.]]
@@ offer conditional hr | [[Conditional offer of employment - {role}|Your offer from {company}]]
I'm pleased to [[make you a conditional offer for|confirm our conditional offer of]] the role of {role}, [[subject to satisfactory references|subject to a background check|subject to board approval|subject to right-to-work checks and two references]]. Start date: {nd}. [[Please find the contract attached.|The offer letter sets out salary and benefits.]] [[Kindly confirm acceptance by {wd}.|We'd appreciate your answer by {wd}.]]
@@ offer welcome_aboard hr | [[Welcome aboard!|Welcome to {company}|Your contract]]
[[Welcome aboard, {first}!|We're so glad you said yes!|Congratulations and welcome!]] [[Your contract has been sent via DocuSign - please sign when you can.|Attached is your paperwork: contract, handbook and the new-joiner form.|The employment agreement is on its way for signature.]] [[Your first day is {nd}.|We'll see you on {nd}.]] [[IT will be in touch about your laptop.|Let me know if anything in the paperwork is unclear.]]
@@ offer formal hr | [[Offer of employment|{role} - offer letter]]
Following your interviews, we are [[delighted|pleased]] to offer you the position of {role} at {company}. [[The attached letter sets out your salary, benefits and start date.|Please find enclosed the offer letter with the full terms.]] [[We would be grateful for your reply by {wd}.|The offer remains open until {nd}.]]
@@ offer agency agency | great news - {company}
[[Fantastic news|Brilliant news]] {first}: {company} [[want to offer you the role|have come back with an offer]]! [[Base is in line with what we discussed, plus bonus.|They've met your salary expectations.]] [[Call me when you're free and I'll run you through it.|Written offer to follow once you confirm verbally.]]
@@ offer status_portal_offer ats | [[Application status update|An update on your application]]
Your application status for {role} has changed to: [[Offer Extended|Offer|Offer - awaiting your response]]. Log in to the portal to review and [[accept|sign]] your offer documents.
@@ offer offer_unfortunately manager | {role}
[[Unfortunately the timing got pushed by a week, sorry for the silence -|Sorry this took longer than planned -]] but the answer is yes: we're [[offering you|extending you an offer for]] the role. [[HR will send details.|Contract to follow.]]
@@ next_step slots recruiter | [[Next stage - {role}|Final interview|Invitation to next round]]
[[Good news - the team would like to see you again.|Thanks for your time last week; we'd like to invite you to the next stage.]] [[I can offer you the following slots:|We can offer]] {nd} at 10:00 or 14:30. [[Let me know which works.|Please reply with your preference.]] {P}
@@ next_step trial_day founder | come spend a day with us?
[[we'd love to offer you a trial day|how about a paid trial day]] with the team - [[would {nd} work?|any day next week works]]. just shadowing, lunch on us.
@@ next_step assessment hr | [[Written exercise - {role}|Next step: case study]]
You've progressed to the next stage. [[Attached is a short case study|Please complete the drafting exercise in the link]]; please submit it by {nd}. {P}
@@ next_step call manager | quick call?
[[Could we have a 30-minute call|I'd like to offer you a call with our General Counsel|Are you free for a chat]] [[this week|on {nd}]]? [[It's the last step before we decide.|Just a couple of follow-up questions.]] {P}
@@ next_step references hr | References
[[We're at the final stage and would like to contact your referees.|Could you please send us details of two referees?]] [[Please send names and emails.|A form is linked below.]] {P}
@@ pending still_reviewing hr | [[{role} - update|Quick update on your application|Re: your application]]
[[We're still interviewing a few candidates|The panel hasn't finished its review yet|Interviews are still ongoing]] [[so we don't have a decision yet|and I didn't want you to think we'd forgotten you]]. {P}
@@ pending waitlist recruiter | {role} - where things stand
[[We've made an offer to another candidate, but you're our strong second choice.|You were the runner-up: the offer has gone to someone else, but they haven't accepted yet.|We've placed you on our reserve list while the preferred candidate considers our offer.]] [[If anything changes I'll come straight back to you.|I'll let you know the moment we hear.]] {P}
@@ pending on_hold manager | {role} on hold
[[The hire is paused while finance re-approves the budget.|We've had to put the process on hold for a few weeks because of an internal re-org.|Things have stalled a bit on our side.]] [[You're still very much in the running.|Nothing has changed about how we see you.]] {P}
@@ pending delay hr | Apologies for the delay
[[Sorry for the wait.|Apologies for going quiet.]] [[Two of the panel were away|The decision needs sign-off from the GC]] [[so it's taking longer than we planned.|and that has slowed things down.]] {P}
@@ pending background_check hr | Pre-employment checks
[[We've started the background screening|Your references are being taken up]] [[and will be in touch once it's done.|and we'll confirm next steps afterwards.]] {P}
@@ acknowledgement received ats | [[We received your application|Thanks for applying to {company}|Application received: {role}]]
[[Thank you for applying|Thanks for your application]] for {role}. [[Our team will review it carefully.|We review every application by hand.]] {P} [[Due to the volume of applications we may not be able to reply individually.|If your profile matches we will contact you.]]
@@ acknowledgement received_docs hr | Re: documents
[[Thanks - got the certificates and the reference letter.|Received your practising certificate and transcript, thank you.]] [[I've added them to your file.|All passed on to the panel.]] {P}
@@ acknowledgement received_casual recruiter | Re: CV
[[got it, thanks!|Thanks {first}, received.]] [[will share with the hiring manager today.|I'll send it over to the team.]] {P}
@@ acknowledgement ack_offer_word ats | Application confirmation
Thanks for applying for {role}. We offer [[flexible working, a pension scheme and 25 days of holiday|a hybrid model and a learning budget]] - read more on our careers page. {P}
@@ auto_reply out_of_office ooo | [[Out of office|Automatic reply: {role}|Abwesenheitsnotiz / Out of office]]
[[I'm out of the office until {nd} with limited access to email.|Thank you for your message. I'm on annual leave and will be back on {nd}.]] [[For urgent matters please contact careers@{domain}.|Your email will not be forwarded.]]
@@ auto_reply left_company ooo | Undeliverable: left the company
[[This person no longer works at {company}.|Please note that I have left {company}.]] [[Please send recruitment queries to talent@{domain}.|This mailbox is no longer monitored.]]
@@ auto_reply auto_noreply noreply | Do not reply
[[This is an automated message; replies to this address are not monitored.|This mailbox is unattended.]] [[Please use the candidate portal for any questions.|Visit our help centre.]]
@@ other interviewer_offer colleague | [[Candidate for the paralegal role|Re: interviews today|Offer for the trainee]]
[[Thanks for sitting on the panel today.|Thanks for interviewing the two paralegal candidates with me.]] [[We'd like to extend an offer to Ms Okafor - can you send me your scoring sheet?|I think we should make an offer to the second candidate, do you agree?|HR will offer the trainee post to Sam tomorrow unless you object.]] [[Please keep it confidential until then.|Let's decide by {wd}.]]
@@ other job_alert board | [[New jobs for you: {role}|12 new roles match your alert]]
[[Jobs matching your alert|Fresh roles this week]]: Legal Counsel at Brightwater Ltd, Regulatory Specialist at Orvane, QA Analyst at Kelpie Tech. Apply by {nd}. [[We regret that we can't show salary for every listing.|Special offer: 30% off Premium this week!]] Unsubscribe anytime.
@@ other newsletter_offer board | [[This month in legal careers|Your weekly career digest]]
[[In this issue: how to negotiate an offer, what to do when an offer is rescinded, and why in-house roles are booming.|Top story: five mistakes candidates regret when accepting an offer.]] [[Read more on our blog.|Plus: our spring offer on CV reviews.]]
@@ other market_update agency | [[Market update - {nd}|Q3 hiring market|What we're seeing in the market]]
[[A quick note to everyone I'm working with:|Market update:]] [[in-house legal hiring has slowed, with several clients pausing roles and a few offers being withdrawn after budget reviews.|candidates are receiving multiple offers, and counter-offers are common.]] [[No action needed from you - I'll be in touch about specific roles.|Happy to chat if useful.]]
@@ other survey noreply | [[How did we do?|Tell us about your candidate experience]]
[[We'd love your feedback on our recruitment process.|Please take 2 minutes to rate your experience.]] [[We regret we cannot reply to individual comments.|As a thank-you we offer a chance to win a voucher.]]
@@ other event_invite hr | [[You're invited: {company} careers evening|Open evening]]
[[Join us for an informal evening with our legal and operations teams on {nd}.|We're hosting a networking breakfast on {nd}.]] [[Places are limited - register online.|Drinks and nibbles on offer.]]
@@ other account noreply | [[Verify your email|Your candidate account]]
[[Please confirm your email address to activate your candidate account.|Your password was changed.]] [[If this wasn't you, contact support.|The link expires in 24 hours.]]
@@ rejection implied manager | [[Thank you for your time|Our decision]]
[[It's been a pleasure getting to know you through this process.|Thanks again for meeting the team twice.]] [[We've concluded that the role needs someone who has already run a contracts function on their own, so we'll be continuing with candidates who have.|The team felt strongly about one of the other finalists and we've asked them to join us.|We're going to keep looking for someone with a little more post-qualification experience.]] [[I'd genuinely like to stay in touch.|Do connect with me on LinkedIn.]]
@@ rejection reapply ats | Regarding your application
Thank you for your interest in {company}. [[We have reviewed your application carefully and other candidates have been selected to move forward.|This position has been filled.|Your profile will not be progressed for this vacancy.]] You may apply again [[in six months|after 6 months|for other roles at any time]].
@@ rejection warm hr | {role}
[[Thank you for staying patient with us.|I appreciate you waiting on us.]] [[i'm sorry to say we have decided to offer the position to another candidate|we will not be offering you the position on this occasion|the decision went the other way]] - [[the margin was very narrow|it was genuinely close]]. {P}
@@ offer casual founder | you in?
[[{first}!! we want you on the team|so... want the job? because it's yours]]. [[numbers as we discussed, I'll get the contract over this week|send me your start date and I'll sort the rest]]. 🙂
@@ offer formal hr | Offer - {role} at {company}
[[On behalf of {company}, I am delighted to confirm our offer of employment|I'm pleased to confirm that we'd like you to join us]] as {role}. [[Salary, holiday and pension details are in the attached letter.|Your contract and a benefits summary are attached.]] [[The offer is valid until {nd}.|Could you let us know your decision by {wd}?]]
@@ next_step call recruiter | Next step - conversation with the GC
[[The General Counsel would like to meet you|We'd like to offer you a final conversation with our Head of Legal]] on {nd}. [[It'll be 45 minutes on Teams.|It's in person at our London office.]] {P}
@@ pending waitlist hr | {role} - status
[[Thank you for your patience. We've extended an offer to another candidate and are awaiting their response.|Our preferred candidate has been offered the role but hasn't confirmed yet.]] [[Should the position become available again, you'd be the first person we call.|You remain on our shortlist in the meantime.]] {P}
@@ pending still_reviewing manager | Re: any news?
[[Not yet, sorry - we're still seeing two more people.|No decision yet; final interviews wrap up this week.]] {P}
@@ acknowledgement received_portal ats | Your application is in
[[We've received your application for {role} and it's now with our team.|Your application has been submitted successfully.]] [[You can track its status in your candidate portal.|Log in anytime to check where things stand.]] {P}
@@ acknowledgement received_agency agency | Your CV - {company}
[[Thanks for sending over the updated CV.|Got your details, thank you.]] [[I've submitted you to {company} for {role}.|I've passed your profile to the hiring team at {company}.]] {P}
@@ other newsletter_regret board | [[Don't miss out|Last chance]]
[[Candidates who regret not applying sooner: 40 new in-house roles this week.|Don't regret missing the deadline - roles close {nd}.]] [[Special offer for members.|Upgrade now.]]
@@ other withdrawal hr | Re: withdrawing my application
[[Thanks for letting us know, {first}, and congratulations on your new role.|Understood - I've withdrawn your application as requested.]] [[Best of luck!|All the best for the move.]]
@@ other market_update recruiter | A few roles worth a look
[[Not about any single application - just sharing what's out there:|General update:]] [[several insurers are hiring junior counsel, and salaries have crept up about 5%.|a couple of fintechs are building legal teams from scratch.]] [[Let me know if any appeal.|Shout if you want an intro.]]
@@ rejection status_portal ats | [[Action may be required: your {company} application|Your candidate profile was updated]]
[[Hi {first}, there's been an update to your application.|An update is available for your application.]] [[Sign in to view it.|Click below to see what's changed.]]

[[Requisition: {role} - Status: Archived|{role}: Candidate withdrawn by employer|Stage: Rejected after interview]]
@@ rejection status_portal noreply | {role} - your application
This is an automated notification. The hiring team has [[closed your application|updated your candidacy to "Declined"|marked the requisition as filled]]. [[No further action is needed.|Please do not reply.]]
@@ rejection short_mobile manager | Re: {role}
[[Sorry {first} - it's a no from the panel. Will call you next week to explain.|Not this time I'm afraid. Good luck with the search.|we went with the internal person in the end. sorry!]]
@@ offer casual manager | Re: {role}
[[Short version: yes! We want you. Formal bits to follow.|Just out of the partners' meeting - it's yours if you want it.|Got sign-off this morning, so consider this your offer. HR will send the contract.]]
@@ rejection implied recruiter | Catching up
[[I've just heard back from {company}.|Feedback from {company} is in.]] [[They're pressing ahead with a candidate who has more regulatory litigation exposure.|They've decided to keep the role with someone they already know.|They liked you but are progressing two others to offer stage.]] [[Happy to talk through what they said.|Let's find you the next one.]]
"""
