"""holdout58 negatives, part 1b: more of the user on the hiring side (the user organising for
free-mail candidates, assessment centres, training, reschedules, a candidate's own invite, calibration)."""

from __future__ import annotations

from holdout58ev_ics import ME_WORK, att, google_foot, meet, org, rec, teams
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import google, outlook

NG = "@northgatefoods.co.uk"
PRIYA = att(ME_WORK, "Raman, Priya")
DANIEL = att("daniel.moss" + NG, "Moss, Daniel")
MARK_O = org("mark.sutton" + NG, "Sutton, Mark")
HOLLIE_O = org("hollie.grant" + NG, "Grant, Hollie")
SIG = "\n\nPriya Raman\nSenior Data Analyst | Northgate Foods\nNorthgate House, Trafford Park, Manchester M17 1NG"


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, trap="user-as-interviewer-" + trap)


def tech_freemail() -> dict[str, str]:
    uid = ouid("ng-chen-wei")
    desc = (
        "Hi Chen,\n\nThanks for your interest in the Data Analyst role at Northgate Foods. This is the "
        "technical stage: a 45-minute SQL exercise with me and my colleague Daniel Moss. We'll share a "
        "small sales dataset on screen – no preparation needed.\n\nBest wishes,"
        + SIG
        + "\n\n"
        + teams("en", "319 440 872 006", "Cw2Sq5", "OGMxYTNkNTQtYjcw")
    )
    ics = outlook(
        uid,
        "Technical interview – SQL exercise – Chen Wei",
        "20251014T150000",
        "20251014T154500",
        organizer=org(ME_WORK, "Raman, Priya"),
        attendees=[att("chen.wei.ds@outlook.com", "chen.wei.ds@outlook.com", quote=True), DANIEL],
        description=desc,
        location="Microsoft Teams Meeting",
        stamp="20251009T113400Z",
    )
    return _neg("outlook", ics, uid, "organizer-freemail-candidate-en")


def assessment_centre() -> dict[str, str]:
    uid = ouid("ng-ac-nov")
    desc = (
        "Thank you for volunteering as an assessor for the Graduate Scheme Assessment Centre (Data & Insight "
        "stream).\n\n08:30 Assessor arrival and coffee\n09:00 Candidates arrive\n09:30–16:00 Group exercise, "
        "case study, interviews (you'll assess 4 candidates)\n16:30 Wash-up session\n\nAssessor packs will be "
        "on the table in the Atrium.\n\nEarly Careers Team | Northgate Foods"
    )
    ics = outlook(
        uid,
        "Graduate Scheme Assessment Centre – Assessor (Data & Insight stream)",
        "20251120",
        "20251121",
        organizer=org("earlycareers" + NG, "Early Careers"),
        attendees=[PRIYA],
        description=desc,
        location="Northgate House – Atrium & Level 3",
        allday=True,
        busy="BUSY",
        stamp="20251030T120000Z",
    )
    return _neg("outlook", ics, uid, "assessor-all-day-en")


def assessor_briefing() -> dict[str, str]:
    uid = ouid("ng-ac-briefing")
    desc = (
        "Briefing for all assessors ahead of Thursday's Graduate Assessment Centre: competencies, scoring "
        "guide, how to run the structured interview, and avoiding bias.\n\n"
        + teams("en", "301 558 906 442", "Ab3Cd7", "MzQ0YjA5ZmEtNDRk")
    )
    ics = outlook(
        uid,
        "Assessor briefing – Graduate Assessment Centre",
        "20251118T130000",
        "20251118T140000",
        organizer=org("earlycareers" + NG, "Early Careers"),
        attendees=[PRIYA, DANIEL],
        description=desc,
        location="Microsoft Teams Meeting",
        stamp="20251103T094500Z",
    )
    return _neg("outlook", ics, uid, "assessor-briefing-en")


def interviewer_training() -> dict[str, str]:
    uid = ouid("ng-interviewer-training")
    desc = (
        "Interviewer training: competency-based interviewing. Required for everyone who sits on an interview "
        "panel at Northgate Foods. Covers structured questions, scoring, note-taking and fair hiring.\n\n"
        "Northgate Learning & Development"
    )
    ics = outlook(
        uid,
        "Interviewer training: competency-based interviewing (panel members)",
        "20250910T093000",
        "20250910T123000",
        organizer=org("learning" + NG, "Learning & Development"),
        attendees=[PRIYA],
        description=desc,
        location="Northgate House – Training Room 1",
        stamp="20250825T090000Z",
    )
    return _neg("outlook", ics, uid, "interviewer-training-en")


def moved_by_me() -> dict[str, str]:
    uid = ouid("ng-sam-oneill")
    desc = (
        "Hi Sam,\n\nAs discussed, I've moved our interview to Thursday afternoon – same Teams link. Looking "
        "forward to speaking." + SIG + "\n\n" + teams("en", "375 902 114 687", "Sn9Ol2", "ZTIwNmVkOGQtNWU5")
    )
    ics = outlook(
        uid,
        "Interview – Sam O'Neill / Priya Raman (Data Analyst)",
        "20251023T140000",
        "20251023T150000",
        organizer=org(ME_WORK, "Raman, Priya"),
        attendees=[att("sam.oneill@hotmail.co.uk", "Sam O'Neill", quote=True)],
        description=desc,
        location="Microsoft Teams Meeting",
        seq=1,
        stamp="20251020T102000Z",
    )
    return _neg("outlook", ics, uid, "rescheduled-by-user-en")


def cancelled_by_me() -> dict[str, str]:
    uid = ouid("ng-ben-ellis")
    desc = "Hi Ben – thanks for letting me know you've accepted another offer. Best of luck! Priya"
    ics = outlook(
        uid,
        "Canceled: Interview with Ben Ellis – Graduate Data Analyst",
        "20251029T150000",
        "20251029T154500",
        organizer=org(ME_WORK, "Raman, Priya"),
        attendees=[att("ben.ellis99@gmail.com", "ben.ellis99@gmail.com", quote=True)],
        description=desc,
        method="CANCEL",
        status="CANCELLED",
        busy="FREE",
        seq=1,
        alarms=(),
        stamp="20251027T091500Z",
    )
    return _neg("outlook", ics, uid, "cancelled-by-user-en")


def candidate_invites_es() -> dict[str, str]:
    uid = "0hn5bq8c2v7tkd4m1se9rp3fa6@google.com"
    desc = (
        "Hola Priya,\n\nte envío la invitación para la entrevista del jueves, tal como acordamos por correo "
        "(hablaremos en inglés, claro). Muchas gracias por la oportunidad.\n\nMarta Gil\n\n"
        + meet("es", "mgl-qwet-ahn")
    )
    ics = google(
        uid,
        "Entrevista Northgate Foods – Data Analyst (Marta Gil)",
        "20251106T110000",
        "20251106T114500",
        organizer=org("marta.gil.datos@gmail.com", "Marta Gil"),
        attendees=[
            att("marta.gil.datos@gmail.com", "Marta Gil", partstat="ACCEPTED", rsvp=False, google=True),
            att(ME_WORK, ME_WORK, google=True),
        ],
        description=desc,
        conference="https://meet.google.com/mgl-qwet-ahn",
        stamp="20251031T190212Z",
        created="20251031T190150Z",
    )
    return _neg("google", ics, uid, "candidate-sends-invite-es")


def takehome_block() -> dict[str, str]:
    uid = ouid("ng-takehome-block")
    ics = outlook(
        uid,
        "Review take-home submissions – Data Analyst II (3 candidates)",
        "20250926T150000",
        "20250926T163000",
        organizer=org(ME_WORK, "Raman, Priya"),
        description="Score against rubric in Workday before Monday's debrief.",
        method=None,
        busy="BUSY",
        alt=False,
        stamp="20250922T080300Z",
    )
    return _neg("outlook", ics, uid, "takehome-review-block-en")


def offer_call() -> dict[str, str]:
    uid = ouid("ng-offer-georgia")
    desc = (
        "Hi Georgia,\n\nThanks for making time – I'd like to talk you through the next steps for the "
        "Graduate Data Analyst role. I'll call you on your mobile." + SIG
    )
    ics = outlook(
        uid,
        "Call with Georgia Lam – Graduate Data Analyst",
        "20251127T120000",
        "20251127T121500",
        organizer=org(ME_WORK, "Raman, Priya"),
        attendees=[att("georgia.lam@student.manchester.ac.uk", "Georgia Lam", quote=True)],
        description=desc,
        location="Phone",
        stamp="20251124T160500Z",
    )
    return _neg("outlook", ics, uid, "offer-call-en")


def ambiguous_title() -> dict[str, str]:
    uid = ouid("ng-olivia-grant")
    desc = (
        "Candidate: Olivia Grant\nInterviewers: Priya Raman, Daniel Moss\nFormat: competency + SQL questions "
        "(45 mins)\nCV attached in Workday (JR-2291).\n\nHollie"
    )
    ics = outlook(
        uid,
        "Interview – Data Analyst (Priya R / Daniel M)",
        "20251021T093000",
        "20251021T101500",
        organizer=HOLLIE_O,
        attendees=[PRIYA, DANIEL],
        description=desc,
        location="Northgate House, Room 3.02",
        stamp="20251015T131800Z",
    )
    return _neg("outlook", ics, uid, "ambiguous-title-en")


def slot_hold() -> dict[str, str]:
    uid = ouid("ng-slot-hold")
    ics = outlook(
        uid,
        "Interview slots – Grad Analyst hiring (hold)",
        "20251104T160000",
        "20251104T170000",
        organizer=org(ME_WORK, "Raman, Priya"),
        description="Holding for grad analyst interviews – Hollie to book candidates in.",
        method=None,
        busy="TENTATIVE",
        alt=False,
        stamp="20251028T170200Z",
        extra=["RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU"],
    )
    return _neg("outlook", ics, uid, "recurring-slot-hold-en")


def hiring_partner() -> dict[str, str]:
    uid = "7r2mkc9v0d5tq1pbe8hs3n6fao@google.com"
    desc = (
        "Hi Priya,\n\nThanks for representing Northgate Foods as a hiring partner at our Cohort 11 demo day! "
        "You'll run 15-minute speed interviews with 8 graduates who've opted in to your Data Analyst "
        "vacancy. Interview sheets and CVs will be on your table.\n\nCode Northwest Careers Team\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Hiring Partner Day – Northgate Foods speed interviews",
        "20251113T130000",
        "20251113T170000",
        organizer=org("careers@codenorthwest.org", "Code Northwest Careers"),
        attendees=[
            att("careers@codenorthwest.org", "Code Northwest Careers", partstat="ACCEPTED", rsvp=False, google=True),
            att(ME_WORK, "Priya Raman", google=True),
        ],
        description=desc,
        location="Code Northwest, 4th Floor, 55 Portland Street, Manchester M1 3HP",
        stamp="20251103T110312Z",
        created="20251103T110233Z",
    )
    return _neg("google", ics, uid, "bootcamp-hiring-partner-en")


def calibration() -> dict[str, str]:
    uid = ouid("ng-calibration")
    desc = (
        "Let's calibrate on the Senior Data Analyst shortlist (Farah S, Ryan C, Olivia G) before offers. "
        "Priya – you're the bar-raiser on this one, so please bring your scores and notes.\n\nMark"
    )
    ics = outlook(
        uid,
        "Hiring calibration – Senior Data Analyst (JR-2291)",
        "20251027T153000",
        "20251027T161500",
        organizer=MARK_O,
        attendees=[PRIYA, att("hollie.grant" + NG, "Grant, Hollie")],
        description=desc,
        location="Northgate House – Meeting Room 3.01",
        stamp="20251021T084400Z",
    )
    return _neg("outlook", ics, uid, "calibration-en")


def events() -> list[dict[str, str]]:
    return [
        tech_freemail(),
        assessment_centre(),
        assessor_briefing(),
        interviewer_training(),
        moved_by_me(),
        cancelled_by_me(),
        candidate_invites_es(),
        takehome_block(),
        offer_call(),
        ambiguous_title(),
        slot_hold(),
        hiring_partner(),
        calibration(),
    ]
