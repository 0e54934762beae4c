"""holdout58 negatives, part 2b: the user's own exit interview, a coffee chat, job fairs, a
reference call, a recruiter naming no employer, prep blocks, mentoring, coaching and a survey interview."""

from __future__ import annotations

from holdout58ev_ics import ME, ME_WORK, T, att, cal, google_foot, meet, org, rec
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import google, outlook

NG = "@northgatefoods.co.uk"
PRIYA_W = att(ME_WORK, "Raman, Priya")
MARK_O = org("mark.sutton" + NG, "Sutton, Mark")


def _g(addr: str, cn: str, ps: str = "NEEDS-ACTION", rsvp: bool = True) -> str:
    return att(addr, cn, partstat=ps, rsvp=rsvp, google=True)


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, trap=trap)


def exit_interview() -> dict[str, str]:
    uid = ouid("ng-exit")
    desc = (
        "Hi Priya,\n\nAs part of your leaving process we'd like to hold a short exit interview. It's "
        "confidential and helps us understand why people leave Northgate Foods and what we could do "
        "better.\n\nKind regards,\nRebecca Lowry\nHR Business Partner"
    )
    ics = outlook(
        uid,
        "Exit interview – Priya Raman",
        "20251212T140000",
        "20251212T143000",
        organizer=org("rebecca.lowry" + NG, "Lowry, Rebecca"),
        attendees=[PRIYA_W],
        description=desc,
        location="Northgate House – HR Room 1.05",
        stamp="20251201T093000Z",
    )
    return _neg("outlook", ics, uid, "own-exit-interview-en")


def coffee_chat() -> dict[str, str]:
    uid = "6tq1kd8v3b0mc5re9hn2s7pfa4@google.com"
    desc = (
        "Lovely to connect on LinkedIn! Happy to tell you what it's like working in the Ledgerline data team "
        "before you decide whether to apply – totally informal, not part of any process. First round's on "
        "me.\n\nSophie"
    )
    ics = google(
        uid,
        "Coffee ☕ Priya / Sophie",
        "20250909T081500",
        "20250909T090000",
        organizer=org("sophie.lane@ledgerline.io", "Sophie Lane"),
        attendees=[_g("sophie.lane@ledgerline.io", "Sophie Lane", "ACCEPTED", False), _g(ME, ME)],
        description=desc + "\n\n" + google_foot(),
        location="Federal Café, 9 Nicholas Croft, Manchester",
        stamp="20250904T200000Z",
        created="20250904T195940Z",
    )
    return _neg("google", ics, uid, "coffee-chat-known-employer-en")


def nhs_fair() -> dict[str, str]:
    uid = "nhs-nw-careers-2025-data-digital@nhsnwcareers.org.uk"
    desc = (
        "NHS North West Careers Event – Data & Digital roles\n\nMeet recruiters from trusts and ICBs across "
        "the North West, attend talks on analytics careers in the NHS and get CV advice. Free entry – "
        "register at the door."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250901T090000Z",
        "DTSTART;VALUE=DATE:20251025",
        "DTEND;VALUE=DATE:20251026",
        T("SUMMARY", "NHS North West Careers Event – Data & Digital"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Manchester Central, Windmill Street, Manchester M2 3GX"),
        "TRANSP:TRANSPARENT",
    ]
    ics = cal("-//NHS North West Careers//Events//EN", [ev], method="PUBLISH")
    return _neg("plain", ics, uid, "job-fair-nhs-en")


def tech_fair() -> dict[str, str]:
    uid = "evt-1197731055020-ticket-2301934558@eventbrite.com"
    desc = (
        "Manchester Tech Jobs Fair 2025\n\n60+ employers hiring for data, engineering and product roles. Bring "
        "your CV!\n\nOrganised by Northern Tech Network\n\nView your ticket: "
        "https://www.eventbrite.co.uk/mytickets/2301934558"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251020T090000Z",
        "DTSTART:20251119T160000Z",
        "DTEND:20251119T200000Z",
        T("SUMMARY", "Manchester Tech Jobs Fair 2025"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Depot Mayfield, 11 Baring Street, Manchester M1 2PY"),
    ]
    ics = cal("-//Eventbrite Inc//Eventbrite//EN", [ev], method="PUBLISH")
    return _neg("eventbrite", ics, uid, "job-fair-en")


def reference_call() -> dict[str, str]:
    uid = ouid("fairbank-reference")
    desc = (
        "Dear Priya,\n\nTom Bradley has given your name as a referee for the role of Insight Manager at "
        "Fairbank Retail. Thank you for agreeing to a short call – I'll ask about Tom's responsibilities, "
        "strengths and areas for development while you worked together.\n\nKind regards,\nNeha Shah\n"
        "People Team | Fairbank Retail"
    )
    ics = outlook(
        uid,
        "Reference call – Tom Bradley",
        "20251110T123000",
        "20251110T125000",
        organizer=org("neha.shah@fairbankretail.co.uk", "Shah, Neha"),
        attendees=[att(ME, ME, quote=True)],
        description=desc,
        location="Phone – Neha to call Priya",
        stamp="20251105T150000Z",
    )
    return _neg("outlook", ics, uid, "reference-call-referee-en")


def recruiter_no_employer() -> dict[str, str]:
    uid = ouid("redbrick-intro")
    desc = (
        "Hi Priya,\n\nGreat to connect. As mentioned on LinkedIn, I'm working on a couple of senior analytics "
        "roles with confidential clients in fintech across Manchester – keen to hear what you're looking for "
        "and share what I can.\n\nI'll call you on 07700 900412.\n\nJamie Pearce\nPrincipal Consultant | "
        "Redbrick Talent"
    )
    ics = outlook(
        uid,
        "Intro call – Priya Raman / Redbrick Talent (Senior Analytics roles)",
        "20250910T123000",
        "20250910T130000",
        organizer=org("jamie.pearce@redbricktalent.co.uk", "Pearce, Jamie"),
        attendees=[att(ME, ME, quote=True)],
        description=desc,
        location="Phone",
        stamp="20250908T113000Z",
    )
    return _neg("outlook", ics, uid, "recruiter-no-employer-en")


def prep_block() -> dict[str, str]:
    uid = "7vb3k9d1q0mh5ce2tr8s4nfpo6@google.com"
    ics = google(
        uid,
        "Prep: Ledgerline onsite – SQL window functions + STAR stories",
        "20251001T190000",
        "20251001T210000",
        organizer=org(ME, "Priya Raman"),
        description="- LAG/LEAD, running totals\n- 3 STAR stories (stakeholder, failure, influence)\n"
        "- questions for Nadia",
        method=None,
        stamp="20250928T100000Z",
        created="20250928T100000Z",
        alarms=[15],
    )
    return _neg("hand", ics, uid, "prep-block-en")


def mentoring() -> dict[str, str]:
    uid = "1pf8c4v0k9q3mt6hd2rbe7sn5a@google.com"
    desc = (
        "Drop-in office hours for Cohort 12 – help with SQL, portfolio projects and job applications. "
        "Thanks for volunteering, Priya!\n\n" + meet("en", "cnw-ofhr-c12") + "\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Code Northwest mentor office hours – Cohort 12",
        "20250918T180000",
        "20250918T193000",
        organizer=org("mentors@codenorthwest.org", "Code Northwest Mentors"),
        attendees=[_g("mentors@codenorthwest.org", "Code Northwest Mentors", "ACCEPTED", False), _g(ME, ME)],
        description=desc,
        conference="https://meet.google.com/cnw-ofhr-c12",
        stamp="20250910T090000Z",
        created="20250910T085900Z",
    )
    return _neg("google", ics, uid, "bootcamp-mentoring-en")


def coaching() -> dict[str, str]:
    uid = "c9e4b2a7-1d3f-48b6-a5e0-6f8c2d1b7e93@calendly.com"
    desc = (
        "Event Name: CV & LinkedIn review (60 min)\n\nLocation: This is a Zoom web conference.\n"
        "https://us02web.zoom.us/j/87710293344\n\nWhat would you like to focus on?: Moving from retail "
        "analytics into fintech / data science roles\n\nNeed to make changes to this event?\nCancel: "
        "https://calendly.com/cancellations/c9e4b2a7\nReschedule: https://calendly.com/reschedulings/c9e4b2a7\n"
        "\nPowered by Calendly.com"
    )
    ev = [
        "DTSTAMP:20250906T170000Z",
        "DTSTART:20250913T090000Z",
        "DTEND:20250913T100000Z",
        T("SUMMARY", "CV & LinkedIn review between Jess Holloway and Priya Raman"),
        "UID:" + uid,
        T("DESCRIPTION", desc),
        "LOCATION:https://us02web.zoom.us/j/87710293344",
        org("jess@hollowaycareers.co.uk", "Jess Holloway"),
        att("jess@hollowaycareers.co.uk", "Jess Holloway", partstat="ACCEPTED", rsvp=False),
        att(ME, "Priya Raman", partstat="ACCEPTED", rsvp=False),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Calendly//Calendly Scheduling//EN", [ev])
    return _neg("calendly", ics, uid, "career-coaching-en")


def survey() -> dict[str, str]:
    uid = ouid("household-panel-w9")
    desc = (
        "Dear Ms Raman,\n\nThank you for continuing to take part in the Household Panel Study. This confirms "
        "your Wave 9 interview with our interviewer, Brian Hale. The interview takes about 40 minutes and "
        "covers work, income, health and wellbeing. You'll receive a £20 gift card as a thank-you.\n\n"
        "Northern Social Research\nFreephone 0800 048 1177"
    )
    ics = outlook(
        uid,
        "Household Panel Study – Wave 9 interview",
        "20251101T110000",
        "20251101T114500",
        organizer=org("appointments@northernsocialresearch.org.uk", "Northern Social Research"),
        attendees=[att(ME, ME, quote=True)],
        description=desc,
        location="Telephone",
        stamp="20251022T100000Z",
    )
    return _neg("outlook", ics, uid, "survey-interview-en")


def events() -> list[dict[str, str]]:
    return [
        exit_interview(),
        coffee_chat(),
        nhs_fair(),
        tech_fair(),
        reference_call(),
        recruiter_no_employer(),
        prep_block(),
        mentoring(),
        coaching(),
        survey(),
    ]
