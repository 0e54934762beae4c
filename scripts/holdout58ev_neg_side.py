"""holdout58 negatives, part 1a: the user on the hiring side at Northgate Foods (TA panels,
Workday notices, scorecards, debriefs, shadowing, Calendly host, an agency's candidate, a hand-typed note)."""

from __future__ import annotations

from holdout58ev_ics import ME_WORK, T, att, cal, org, rec, teams
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import outlook

NG = "@northgatefoods.co.uk"
PRIYA = att(ME_WORK, "Raman, Priya")
DANIEL = att("daniel.moss" + NG, "Moss, Daniel")
MARK_O = org("mark.sutton" + NG, "Sutton, Mark")
HOLLIE_O = org("hollie.grant" + NG, "Grant, Hollie")
SIG = "\n\nPriya Raman\nSenior Data Analyst | Northgate Foods\nNorthgate House, Trafford Park, Manchester M17 1NG"


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, trap="user-as-interviewer-" + trap)


def ta_panel() -> dict[str, str]:
    uid = ouid("ng-tom-hughes")
    desc = (
        "Hi Priya, Daniel,\n\nPlease see below details of your interview with Tom Hughes for the Graduate Data "
        "Analyst role. Tom will join in person; his CV and the interview guide are in Workday under JR-2207.\n\n"
        "Please submit your feedback in Workday within 24 hours of the interview.\n\nThanks,\nHollie\n"
        "Talent Acquisition Partner | Northgate Foods"
    )
    ics = outlook(
        uid,
        "Interview: Graduate Data Analyst – Tom Hughes",
        "20250918T140000",
        "20250918T150000",
        organizer=HOLLIE_O,
        attendees=[
            PRIYA,
            DANIEL,
            att("nh-2.14" + NG, "NH Meeting Room 2.14 (6)", cutype="RESOURCE", role="NON-PARTICIPANT"),
        ],
        description=desc,
        location="Northgate House – Meeting Room 2.14",
        stamp="20250911T103300Z",
    )
    return _neg("outlook", ics, uid, "ta-panel-en")


def workday_notice() -> dict[str, str]:
    uid = "WD-INTERVIEWER-5b9e1c0a7d3f4e28a6c1f90b2e4d7a63@northgatefoods.myworkday.com"
    desc = (
        "You have been scheduled as an interviewer.\n\nCandidate: Farah Siddiqui\nJob Requisition: JR-2291 "
        "Senior Data Analyst\nInterviewers: Priya Raman, Mark Sutton\nInterview Type: Technical\nLocation: "
        "Microsoft Teams – link sent to the candidate separately\n\nView the candidate profile and submit "
        "feedback in Workday: https://wd3.myworkday.com/northgatefoods/d/task/2997$4412.htmld"
    )
    ev = [
        "DTSTAMP:20250917T083000Z",
        "DTSTART:20250924T100000Z",
        "DTEND:20250924T110000Z",
        "UID:" + uid,
        org("northgatefoods@myworkday.com", "Northgate Foods"),
        PRIYA,
        att("mark.sutton" + NG, "Sutton, Mark"),
        T("SUMMARY", "Interview Scheduled: Senior Data Analyst (JR-2291) – Farah Siddiqui"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]
    ics = cal("-//Workday Inc.//Workday Recruiting//EN", [ev], calscale=False)
    return _neg("workday", ics, uid, "workday-notice-en")


def scorecard() -> dict[str, str]:
    uid = ouid("ng-scorecard-aisha")
    desc = (
        "Friendly reminder to submit your interview feedback for Aisha Bello (Data Analyst II, JR-2288) in "
        "Workday – we're aiming to make a decision by Monday.\n\nThanks!\nHollie"
    )
    ics = outlook(
        uid,
        "Reminder: submit your feedback – Aisha Bello (Data Analyst II)",
        "20251003T160000",
        "20251003T161500",
        organizer=HOLLIE_O,
        attendees=[PRIYA, DANIEL],
        description=desc,
        stamp="20251002T154100Z",
        busy="FREE",
    )
    return _neg("outlook", ics, uid, "scorecard-reminder-en")


def debrief() -> dict[str, str]:
    uid = ouid("ng-debrief-41")
    desc = (
        "Quick debrief on this week's Graduate Data Analyst interviews (Tom H, Ellie W, Jasmine O). Please "
        "bring your scores – we'll agree who goes through to the assessment centre.\n\nMark\n\n"
        + teams("en", "332 801 554 219", "Ng7Db1", "NGZkOWNmMGMtZTE4")
    )
    ics = outlook(
        uid,
        "Debrief – Graduate Data Analyst candidates (wk 41)",
        "20251010T160000",
        "20251010T163000",
        organizer=MARK_O,
        attendees=[PRIYA, DANIEL, att("hollie.grant" + NG, "Grant, Hollie")],
        description=desc,
        location="Microsoft Teams Meeting",
        stamp="20251006T090017Z",
    )
    return _neg("outlook", ics, uid, "debrief-en")


def shadowing() -> dict[str, str]:
    uid = ouid("ng-shadow-ryan")
    desc = (
        "Priya – you'll shadow me on this one as part of your interviewer sign-off. Observe only; we'll "
        "compare notes afterwards. Candidate CV is in Workday (JR-2291).\n\nMark"
    )
    ics = outlook(
        uid,
        "Interview shadowing – Senior Analyst loop (candidate: Ryan Cole)",
        "20250930T113000",
        "20250930T123000",
        organizer=MARK_O,
        attendees=[PRIYA],
        description=desc,
        location="Northgate House – Meeting Room 3.01",
        stamp="20250925T142250Z",
    )
    return _neg("outlook", ics, uid, "shadowing-en")


def calendly_host() -> dict[str, str]:
    uid = "e51a7c03-9d2b-4f86-b1e4-0c7f3a9d2b58@calendly.com"
    desc = (
        "Event Name: Graduate Analyst phone screen\n\nLocation: +44 7700 900561 (Priya will call)\n\n"
        "University: University of Leeds – MSc Data Science\nWhy Northgate Foods?: I'd love to work with "
        "retail data at scale.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
        "cancellations/e51a7c03\nReschedule: https://calendly.com/reschedulings/e51a7c03\n\nPowered by "
        "Calendly.com"
    )
    ev = [
        "DTSTAMP:20250926T200411Z",
        "DTSTART:20251001T120000Z",
        "DTEND:20251001T122000Z",
        T("SUMMARY", "Graduate Analyst phone screen between Priya Raman and Ahmed Khan"),
        "UID:" + uid,
        T("DESCRIPTION", desc),
        T("LOCATION", "+44 7700 900561"),
        org(ME_WORK, "Priya Raman"),
        att(ME_WORK, "Priya Raman", partstat="ACCEPTED", rsvp=False),
        att("ahmed.khan2003@gmail.com", "Ahmed Khan", partstat="ACCEPTED", rsvp=False),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Calendly//Calendly Scheduling//EN", [ev])
    return _neg("calendly", ics, uid, "calendly-host-en")


def agency_candidate() -> dict[str, str]:
    uid = ouid("hb-lucy-brennan")
    desc = (
        "Hi Priya,\n\nAs agreed, please find confirmation of Lucy Brennan's interview with you and Daniel for "
        "the Data Analyst vacancy. Lucy's CV is attached to my email; she's available to start with one "
        "month's notice.\n\nCandidate: Lucy Brennan\nRole: Data Analyst, Northgate Foods\nVenue: your "
        "office, Northgate House, Trafford Park\n\nI'll call you afterwards for feedback.\n\nOliver Blake\n"
        "Senior Consultant – Data & Analytics\nHarrington Blake Recruitment"
    )
    ics = outlook(
        uid,
        "Interview: Lucy Brennan – Data Analyst – Northgate Foods",
        "20251008T100000",
        "20251008T110000",
        organizer=org("oliver.blake@harringtonblake.co.uk", "Blake, Oliver"),
        attendees=[PRIYA, DANIEL],
        description=desc,
        location="Northgate House, Trafford Park",
        stamp="20251001T161512Z",
    )
    return _neg("outlook", ics, uid, "agency-sends-candidate-en")


def hand_typed() -> dict[str, str]:
    uid = ouid("ng-hand-ellie")
    ics = outlook(
        uid,
        "interview grad candidate - Ellie W (rm 2.14)",
        "20250912T093000",
        "20250912T101500",
        organizer=org(ME_WORK, "Raman, Priya"),
        description="print CV + question sheet, ask Daniel to cover standup",
        location="2.14",
        method=None,
        busy="BUSY",
        alt=False,
        stamp="20250908T081100Z",
    )
    return _neg("outlook", ics, uid, "hand-typed-en")


def events() -> list[dict[str, str]]:
    return [
        ta_panel(),
        workday_notice(),
        scorecard(),
        debrief(),
        shadowing(),
        calendly_host(),
        agency_candidate(),
        hand_typed(),
    ]
