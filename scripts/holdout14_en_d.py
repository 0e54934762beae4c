"""holdout14, English: more next steps, pending and acknowledgements with promised (or unknowable) dates."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["en"]


def specs() -> list[Spec]:
    """Given nothing returns the extra English messages (forwards, HTML replies, two dates in one mail)."""
    n, p, a = "next_step", "pending", "acknowledgement"
    return [
        Spec(n, "forward_note", "Greenline Mobility", "Head of Public Affairs",
             "Priya Raman <priya.raman@greenline-mobility.com>", "Fwd: Elena P. - feedback",
             "Hi Elena - sharing Mark's note below with his permission, because it made my day. We'll confirm "
             "the final-round slots by Thursday.\n\nPriya\n\n---------- Forwarded message ---------\nFrom: Mark "
             "Oyelaran <mark.oyelaran@greenline-mobility.com>\nDate: Mon\nSubject: Elena P. - feedback\nTo: Priya "
             "Raman <priya.raman@greenline-mobility.com>\n\nPriya, strong yes from me on Elena. Best answer on the "
             "regulator question we've had. Let's get her in front of the CEO for the final round.\n\nM",
             promise=("wd", 3)),
        Spec(n, "assessment_due_vs_result", "European Network of Press Councils", "Communications Officer",
             "ENPC Secretariat <vacancies@enpc-secretariat.eu>", "Written assessment – Communications Officer",
             "Dear Elena,\n\nWe are pleased to tell you that you have passed the first screening. The next stage "
             "is a written assessment: a 600-word op-ed and a media advisory, based on the attached brief.\n\n"
             "Please submit both pieces by {date}, 12:00 CET. Candidates will be informed of the results by the "
             "end of next month.\n\nKind regards,\nENPC Secretariat\nRue Montoyer 39, Brussels", at=4,
             promise=("eom", 1), layout="alt", cs="windows-1252"),
        Spec(a, "ack_reply_html", "Pelham Trust", "Communications Officer (fixed-term, 12 months)",
             "Rhiannon Price <r.price@pelhamtrust.org.uk>", "Re: Communications Officer application",
             "Thanks Elena,\n\nYour application came through fine. We're shortlisting on Thursday and you'll hear "
             "from us by Friday either way.\n\nRhiannon", promise=("wd", 4), layout="alt", quote="gmail:app"),
        Spec(a, "ack_greenhouse_days", "Meridian Health Trust", "Public Affairs Manager",
             "Meridian Health Trust via Greenhouse <no-reply@us.greenhouse-mail.io>",
             "Thank you for your application to Meridian Health Trust",
             "Hi Elena,\n\nThank you for applying for Public Affairs Manager. Your application has been received, "
             "and we will review it as soon as possible. We aim to respond to all applicants within two weeks."
             "\n\nBest,\nMeridian Health Trust Recruiting", promise=("days", 14), layout="html",
             reply_to="careers@meridianhealthtrust.org.uk", extra={"pre": "We've received your application"}),
        Spec(a, "ack_io_platform_dated", "United Nations Centre for Media Literacy",
             "Associate Public Information Officer",
             "UNCML Careers <careers-noreply@uncml-careers.org>", "Application received – Job Opening 26-PUB-UNCML-211",
             "Dear Elena Petrova,\n\nThank you for applying to Job Opening 26-PUB-UNCML-211, Associate Public "
             "Information Officer (P-2), Geneva. Your application has been received and will be screened against "
             "the requirements of the job opening.\n\nCandidates will be notified of the screening outcome by "
             "{date}. Only applications submitted through the portal are considered.\n\nThis is an automatic "
             "notification, please do not reply.", promise=("abs", 0), at=24, layout="html"),
        Spec(p, "pending_html_reply", "Verdant Futures Network", "Senior Campaigns Officer",
             "Omari Telfer <omari.telfer@verdantfutures.org>", "RE: Senior Campaigns Officer – any news?",
             "Hi Elena,\n\nNo decision yet, I'm afraid – two panel members are at COP and we want everyone in the "
             "room. You'll have an answer by Tuesday.\n\nThanks for your patience,\nOmari", promise=("wd", 1),
             layout="html", quote="outlook:fu", extra={"who": "Omari Telfer"}),
        Spec(n, "interview_and_decision", "Brightwell Housing", "Senior Press Officer",
             "Brightwell HR <recruitment@brightwellhousing.org.uk>", "Senior Press Officer – interview invitation",
             "Dear Elena,\n\nWe are delighted to invite you to interview for the post of Senior Press Officer on "
             "{date}. The interview will last 45 minutes, followed by a 30-minute media-handling role play with "
             "our Head of Communications playing a hostile reporter.\n\nWe aim to make a final decision by the "
             "end of next month.\n\nKind regards,\nRecruitment, Brightwell Housing\n\n" + L[1], at=6,
             promise=("eom", 1), layout="alt", cte="quoted-printable"),
        Spec(n, "relative_promise", "Tessellate Labs", "Senior Copywriter",
             "Tessellate Labs <no-reply@hire.lever.co>", "Next step: writing exercise",
             "Hi Elena,\n\nThanks for chatting with Noor last week! The next step is a short take-home writing "
             "exercise (about 2 hours). You can start it whenever you like in the next 7 days using the link "
             "below, and we'll get back to you within 3 business days of your submission.\n\nBest,\n"
             "Tessellate Labs", reply_to="talent@tessellate-labs.com", layout="html"),
    ]
