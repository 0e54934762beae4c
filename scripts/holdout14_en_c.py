"""holdout14, English: auto-replies and other mail (alerts, newsletters, journalism, her own panels)."""

from __future__ import annotations

from holdout14_core import Spec


def specs() -> list[Spec]:
    """Given nothing returns the English auto_reply and other messages."""
    ar, ot = "auto_reply", "other"
    auto = {"Auto-Submitted": "auto-replied"}
    return [
        Spec(ar, "out_of_office", "Clearwater Alliance", "Senior Press Officer",
             "Miriam Osei <m.osei@clearwateralliance.org>", "Automatic reply: Thank you",
             "Thank you for your email. I am out of the office until {date} with limited access to email. For "
             "urgent media enquiries please contact press@clearwateralliance.org.\n\nMiriam", at=6,
             extra=auto),
        Spec(ar, "ooo_offer_word", "Marlowe Public Affairs", "Senior Account Manager",
             "Chloe Adeyemi <chloe.adeyemi@marlowepa.com>", "Out of Office: Re: offer letter questions",
             "Hi, I'm on annual leave and back on Monday. If your message is about an offer or contract, please "
             "email hr@marlowepa.com. Otherwise I'll reply when I'm back. Unfortunately I won't be checking "
             "email in the meantime.\n\nChloe", extra=auto),
        Spec(ar, "noreply_bounce", "Halden Group", "Communications Manager",
             "Halden Group Recruiting <noreply@haldengroup.com>", "This mailbox is not monitored",
             "This is an automated response. This mailbox is not monitored and your email has not been read.\n\n"
             "To check the status of your application or to withdraw it, please log in to the Halden Group "
             "careers portal.", extra={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"}),
        Spec(ar, "ooo_parental", "Northgate University", "Senior Communications Officer",
             "Karen Whitfield <k.whitfield@northgate.ac.uk>", "Auto reply: Reference details",
             "I am currently on parental leave and will return in March. Your email will not be forwarded. "
             "For all recruitment matters please contact hr-recruitment@northgate.ac.uk; for the Senior "
             "Communications Officer post please contact Jonathan Reyes.", layout="alt",
             extra={"X-Auto-Response-Suppress": "All"}),
        Spec(ar, "ooo_left_company", "Vantage PR", "Media Relations Manager",
             "Jo Kamara <jo@vantagepr.com>", "Automatic reply: 2nd round",
             "Thanks for your message. I have now left Vantage PR. For new business please write to "
             "hello@vantagepr.com and for recruitment to people@vantagepr.com.", extra=auto),
        Spec(ar, "ooo_travel", "Lighthouse Advisory", "Public Affairs Consultant",
             "Inès Vermeulen <ines@lighthouseadvisory.eu>", "Absence / Afwezigheid / Absence: Re: Case study",
             "I am travelling until {date} with irregular access to email.\nIk ben op reis tot {num}.\nJe suis "
             "en déplacement jusqu'au {num}.\n\nFor urgent matters: office@lighthouseadvisory.eu", at=4,
             extra=auto, cs="iso-8859-1"),
        Spec(ar, "ats_autoresponse", "Atlas Civic Tech", "Communications Lead",
             "Atlas Civic Tech <no-reply@ashbyhq.com>", "Re: Update on your Atlas Civic Tech application",
             "This address does not accept replies and your message has not been delivered to the hiring "
             "team. To contact your recruiter, use the link in the original email.\n\nThis is an automated "
             "message.",
             extra={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
        Spec(ar, "ooo_regret", "Pelham Trust", "Digital Officer",
             "Pelham Trust HR <hr@pelhamtrust.org.uk>", "Office closed",
             "Thank you for your email. Our office is closed for the autumn break and we regret that we are "
             "unable to respond until we reopen on {date}. Applications received during this time will still be "
             "considered.", at=5, layout="html", extra=auto),
        # other
        Spec(ot, "job_alert_offer", "Guardian Jobs", "",
             "Guardian Jobs <alerts@jobs.theguardian-alerts.com>", "12 new jobs matching: communications Berlin",
             "Hi Elena,\n\nHere are the latest jobs matching your alert.\n\n- Press Officer – Berlin Energy "
             "Agency – closes {date}\n- Communications Manager – Hertie Network – competitive salary\n- Content "
             "Editor – Klarwerk – we offer a hybrid role and a generous learning budget\n\nView all jobs\n\n"
             "You're receiving this because you created a job alert.", at=14, layout="html",
             extra={"pre": "New jobs for you today"}),
        Spec(ot, "newsletter_regret", "PRWeek Network", "",
             "PRWeek Network <newsletter@prweeknetwork.com>", "This week: 'We regret to inform you' – how not to",
             "THE BRIEFING\n\nWe regret to inform you... Five brands whose crisis statements went wrong this "
             "week, and what their press offices should have written.\n\nPlus: agencies offer four-day weeks to "
             "keep staff; in-house teams struggle to hire.\n\nUnsubscribe | Manage preferences", layout="html"),
        Spec(ot, "withdrawal_confirmation", "Greenline Mobility", "Editorial Lead",
             "Priya Raman <priya.raman@greenline-mobility.com>", "Re: Withdrawing my application",
             "Hi Elena,\n\nThanks for letting me know, and congratulations on the new role! I've withdrawn your "
             "application on our side. Best of luck.\n\nPriya",
             quote="gmail:wd", extra={"who": "Priya"}),
        Spec(ot, "user_is_interviewer", "Daily Courier (her newsroom)", "Editorial Intern",
             "Marta Lindqvist <marta.lindqvist@dailycourier.co.uk>", "Intern panel – scores and decision",
             "Hi Elena,\n\nThanks for sitting on the intern panel. Combining our scores, Aisha came out top "
             "(41/50) and we'll offer her the editorial internship. Could you let the other two know? We regret "
             "we only have one place. Please send me your score sheets by Friday for HR.\n\nMarta"),
        Spec(ot, "journalism_interviewee", "Institute for Migration Studies", "",
             "Prof. Alan Whitcombe <a.whitcombe@ims-oxford.ac.uk>", "Re: Interview request - asylum backlog piece",
             "Dear Elena,\n\nHappy to be interviewed for your piece. Would Thursday at 11 work? I can talk on the "
             "record about the figures but not about the individual cases.\n\nBest,\nAlan"),
        Spec(ot, "press_invitation", "European Climate Forum", "",
             "ECF Press Office <press@euclimateforum.eu>", "Press invitation: launch of the 2027 Outlook report",
             "Dear journalist,\n\nYou are invited to the launch of the European Climate Forum's 2027 Outlook "
             "report on {date} at Résidence Palace, Brussels. Embargoed copies will be offered to accredited "
             "journalists 24 hours in advance.\n\nPlease register by replying to this email.\n\nECF Press "
             "Office", at=9, layout="alt"),
        Spec(ot, "survey", "Meridian Health Trust", "Public Affairs Adviser",
             "Meridian Health Trust <surveys@meridianhealthtrust.org.uk>", "How was your candidate experience?",
             "Hi Elena,\n\nYou recently applied to Meridian Health Trust. Could you spare two minutes to tell us "
             "about your experience? Your answers are anonymous.\n\nStart the survey", layout="html"),
        Spec(ot, "linkedin_digest", "LinkedIn", "",
             "LinkedIn <messages-noreply@linkedin-mail.example.com>", "Elena, 4 recruiters viewed your profile",
             "Elena, your profile is getting noticed.\n\n4 recruiters viewed your profile this week, including "
             "one from a PR agency in London.\n\nTry Premium free for 1 month – exclusive offer for you.",
             layout="html"),
        Spec(ot, "user_is_interviewer_offer", "Daily Courier (her newsroom)", "Trainee Reporter",
             "HR Daily Courier <hr@dailycourier.co.uk>", "Trainee scheme: please confirm panel outcome",
             "Dear Elena,\n\nAs chair of the trainee-reporter panel, please confirm in the HR system which "
             "candidate we should extend the offer to, and which candidates should receive the regret letter. "
             "Deadline for your input: {date}.\n\nMany thanks,\nPeople Team", at=3, layout="alt"),
        Spec(ot, "withdrawal_confirmation_ats", "Orbis Logistics", "Internal Communications Specialist",
             "Orbis Logistics Careers <orbis-careers@talent.icims.com>", "Your application has been withdrawn",
             "Hello Elena,\n\nAs requested, we have withdrawn your application for Internal Communications "
             "Specialist. We're sorry to see you go and wish you every success.\n\nOrbis Talent Acquisition",
             layout="html"),
        Spec(ot, "event_invitation", "CIPR International", "",
             "CIPR Events <events@cipr-int.example.org>", "Masterclass: from newsroom to press office",
             "Dear Elena,\n\nJoin us for an evening masterclass for journalists moving into communications. "
             "Speakers include two former political correspondents now running press offices.\n\nEarly-bird "
             "offer: 30% off until {date}.\n\nCIPR Events", at=10, layout="alt"),
        Spec(ot, "interviewee_decline", "Brightwell Housing", "",
             "Sam Oduya <sam.oduya@brightwellhousing.org.uk>", "Re: Request for comment",
             "Hi Elena – unfortunately we won't be commenting on the tribunal case while it is ongoing. I can "
             "send you a short holding statement if that helps.\n\nSam\nMedia Manager, Brightwell Housing"),
        Spec(ot, "references_request", "Fenwick Children's Charity", "",
             "Fenwick HR <hr@fenwickcharity.org.uk>", "Reference request: Tom Bayliss",
             "Dear Ms Petrova,\n\nTom Bayliss has applied for the role of Media Officer with us and has given "
             "your name as a referee. Could you complete the attached reference form? We'd be grateful to "
             "receive it by {date}.\n\nFenwick HR", at=7),
        Spec(ot, "account_notice", "Workday", "",
             "Workday <no-reply@myworkday.com>", "Your candidate account password was changed",
             "Hi Elena,\n\nThe password for your candidate account was changed. If you didn't do this, reset your "
             "password immediately.\n\nThis is an automated message.", layout="html"),
    ]
