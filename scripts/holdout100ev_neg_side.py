"""holdout100: negatives with the user on the hiring side at Leeds Family Services (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import GMT_STD, LONDON, USER_WORK, att, cal, desc, org, rec

HR = "hr.resourcing@leedsfamilyservices.gov.uk"
LFS = "@leedsfamilyservices.gov.uk"


def _ev(uid: str, start: str, end: str, summary: str, organizer: str, attendees: list[str], body: str,
        tzid: str = "Europe/London", extra: list[str] | None = None) -> list[str]:
    lines = [f"UID:{uid}", "DTSTAMP:20260301T090000Z", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
             f"SUMMARY:{summary}", organizer, *attendees]
    if body:
        lines.append(desc(body))
    return lines + (extra or [])


def events() -> list[dict]:
    out: list[dict] = []

    def add(kind: str, ics: str, uid: str, trap: str) -> None:
        out.append(rec(kind, ics, uid, 0, trap))

    uid = "040000008200E00074C5B7101A82E00800000000LFS0001SWA"
    ev = _ev(uid, "20260407T090000", "20260407T163000", "Interview panel - Social Work Assistant (4 candidates)",
             org(HR, "HR Resourcing"), [att(USER_WORK, "Ward, Bethany"), att("dave.kitson" + LFS, "Kitson, Dave"),
                                        att("room.merrion.4.03" + LFS, "Merrion House 4.03 (8)", cutype="ROOM",
                                            role="NON-PARTICIPANT", rsvp=False)],
             "Panel: Bethany Ward (Senior SW, chair), Dave Kitson (Team Manager). Candidate packs and score sheets "
             "are in the shared drive > Recruitment > SWA April. Candidates at 09:30, 10:45, 13:30, 14:45.",
             tzid="GMT Standard Time", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    add("panel-member", cal("exchange", [ev], tz=GMT_STD), uid, "user-as-interviewer-panel-room-en")

    uid = "lfs-asye-panel2-20260512@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260512T093000", "20260512T123000", "ASYE / NQSW interviews - panel 2 (Teams)",
             org("workforce.dev" + LFS, "Workforce Development"),
             [att(USER_WORK, "Bethany Ward"), att("amira.said" + LFS, "Amira Said")],
             "Thanks for agreeing to sit on panel 2. Schedule:\n09:30 Candidate A14 (K. Lowe)\n10:30 Candidate A17 "
             "(S. Adebayo)\n11:30 Candidate A22 (M. Gill)\nQuestions and marking grid attached. Please return "
             "scores to Workforce Development by Friday.")
    add("asye-panel", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-asye-panel-en")

    uid = "4e7c1a9d-2b3f-4c6e-8a0d-5f1e3b7c9a21"
    ev = _ev(uid, "20260519T140000", "20260519T150000", "Interview - ASYE Social Worker - Jordan Pike",
             org(USER_WORK, "Bethany Ward"),
             [att("jordanpike97@gmail.com", "Jordan Pike"), att("amira.said" + LFS, "Amira Said")],
             "Hi Jordan, confirming your interview for the ASYE Social Worker post with me (Bethany Ward, Senior "
             "Social Worker) and Amira Said (Practice Supervisor). Please bring your SWE registration number "
             "and photo ID. Reception: Merrion House, ask for Assessment Team West.")
    add("user-organises-candidate", cal("outlook", [ev], tz=LONDON), uid,
        "user-as-interviewer-organiser-freemail-candidate-en")

    uid = "pinnacle-cand-20260326-pdesai@pinnaclesocialcare.co.uk"
    ev = _ev(uid, "20260326T113000", "20260326T120000",
             "Candidate interview: Priya Desai (Pinnacle) - Senior Practitioner locum",
             org("ryan.whitaker@pinnaclesocialcare.co.uk", "Ryan Whitaker"),
             [att(USER_WORK, "Bethany Ward"), att("priya.desai.sw@yahoo.co.uk", "Priya Desai")],
             "Hi Bethany, as discussed please find Priya's CV attached - 6 yrs post-qual, court experience, "
             "available in 2 weeks. She's looking forward to speaking to you and the team. Rate as agreed. Ryan")
    add("agency-sends-candidate", cal("-//Pinnacle Social Care//Bullhorn//EN", [ev], tz=LONDON), uid,
        "user-as-interviewer-agency-candidate-en")

    uid = "lfs-scores-due-swa-0410@leedsfamilyservices.gov.uk"
    ev = [f"UID:{uid}", "DTSTAMP:20260407T170000Z", "DTSTART;VALUE=DATE:20260410", "DTEND;VALUE=DATE:20260411",
          "SUMMARY:Score sheets + panel notes due to HR - SWA recruitment", org(HR, "HR Resourcing"),
          att(USER_WORK, "Bethany Ward"), "TRANSP:TRANSPARENT"]
    add("scorecard-due", cal("outlook", [ev]), uid, "user-as-interviewer-scorecard-allday-en")

    uid = "040000008200E00074C5B7101A82E00800000000LFS0002DEB"
    ev = _ev(uid, "20260408T120000", "20260408T130000", "SWA interviews - panel debrief & moderation",
             org("dave.kitson" + LFS, "Kitson, Dave"), [att(USER_WORK, "Ward, Bethany"), att(HR, "HR Resourcing")],
             "Agree preferred candidates, reserve list and feedback for unsuccessful candidates.",
             tzid="GMT Standard Time")
    add("debrief", cal("exchange", [ev], tz=GMT_STD), uid, "user-as-interviewer-debrief-en")

    uid = "lfs-shadow-fsw-20260304@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260304T093000", "20260304T123000",
             "Shadowing: interview panel for Family Support Worker posts (R&S training)",
             org("kelly.shaw" + LFS, "Kelly Shaw"), [att(USER_WORK, "Bethany Ward")],
             "Bethany to observe the panel as part of completing Safer Recruitment & Selection training. You won't "
             "score but please take notes on the safeguarding questions and gaps in employment history.")
    add("shadow-panel", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-shadowing-en")

    uid = "b9e1f3a5-c7d9-4e2b-8f0a-calendly-host-ellie@calendly.com"
    ev = [f"UID:{uid}", "DTSTAMP:20260220T101500Z", "DTSTART:20260225T123000Z", "DTEND:20260225T130000Z",
          "SUMMARY:Ellie Brown and Bethany Ward", org(USER_WORK, "Bethany Ward"),
          att("ellie.brown23@hotmail.co.uk", "Ellie Brown"),
          att(USER_WORK, "Bethany Ward", partstat="ACCEPTED", rsvp=False),
          desc("Event Name: ASYE vacancy - informal chat with a Senior SW\n\nInvitee: Ellie Brown\nInvitee Email: "
               "ellie.brown23@hotmail.co.uk\nQuestions: What's the caseload like in the first year?\n\n"
               "Powered by Calendly.com")]
    add("calendly-host", cal("-//Calendly//Calendly//EN", [ev]), uid, "user-as-interviewer-calendly-host-en")

    uid = "lfs-swa-questions-0401@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260401T150000", "20260401T160000", "Agree questions + in-tray exercise for SWA interviews",
             org(USER_WORK, "Bethany Ward"), [att("dave.kitson" + LFS, "Dave Kitson")],
             "Draft Qs in Teams channel. Need one values Q, one safeguarding scenario, one on recording.")
    add("prepare-questions", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-questions-en")

    uid = "lfs-yp-panel-brief-0406@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260406T160000", "20260406T170000",
             "Young people's panel - briefing before SWA interviews", org(USER_WORK, "Bethany Ward"),
             [att("participation" + LFS, "Participation Team"), att("kasia.nowak" + LFS, "Kasia Nowak")],
             "Pizza + run-through of the questions the YP panel want to ask candidates tomorrow. Vouchers from Kasia.")
    add("yp-panel-briefing", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-service-user-panel-en")

    uid = "A1C3E5F7-0B2D-4F6A-8C1E-3A5C7E9B1D2F"
    ev = ["CREATED:20260330T190000Z", f"UID:{uid}", "DTSTART;TZID=Europe/London:20260407T090000",
          "DTEND;TZID=Europe/London:20260407T160000", "DTSTAMP:20260330T190005Z",
          "SUMMARY:SWA intvs 9-4 (me, Dave K, HR) – rm 4.03", "DESCRIPTION:print packs!! + lanyard"]
    add("typed-panel-day", cal("apple", [ev], method=None, tz=LONDON), uid, "user-as-interviewer-typed-en")

    uid = "2h6k0m4p8r2t6v0x4z8b2d6f0h@google.com"
    ev = ["DTSTART;TZID=Europe/London:20260513T110000", "DTEND;TZID=Europe/London:20260513T114500",
          "DTSTAMP:20260508T200000Z", f"UID:{uid}", "SUMMARY:int – NQSW cand. 3 (A. Hussain) – Teams",
          "DESCRIPTION:w/ Amira. I ask Q2 + Q5 (analysis\\, reflective).", "STATUS:CONFIRMED"]
    add("typed-candidate", cal("google", [ev], method="PUBLISH", tz=LONDON), uid, "user-as-interviewer-typed-nqsw-en")

    uid = "040000008200E00074C5B7101A82E00800000000LFS0003AP"
    ev = _ev(uid, "20260224T100000", "20260224T130000", "Interviews for Advanced Practitioner post - panel member",
             org("marcus.allen" + LFS, "Allen, Marcus"),
             [att(USER_WORK, "Ward, Bethany"), att("priti.chauhan" + LFS, "Chauhan, Priti")],
             "Bethany - would you be the practitioner voice on the panel for the AP post? Three candidates, two "
             "external. I'll chair.", tzid="GMT Standard Time")
    add("outlook-panel-member", cal("exchange", [ev], tz=GMT_STD), uid, "user-as-interviewer-lastfirst-en")

    uid = "lfs-calibration-nqsw-0515@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260515T140000", "20260515T143000", "Calibration - NQSW candidate scores (Amira/Bethany)",
             org("amira.said" + LFS, "Amira Said"), [att(USER_WORK, "Bethany Ward")],
             "Align scores for A14-A22 before Workforce Dev moderation.")
    add("calibration", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-calibration-en")

    uid = "lfs-sp-presentations-0611@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260611T130000", "20260611T163000",
             "Assess candidate presentations - Senior Practitioner recruitment",
             org("marcus.allen" + LFS, "Marcus Allen"), [att(USER_WORK, "Bethany Ward")],
             "Each candidate presents for 10 mins on 'Using chronologies well'. You are assessor 2 - marking "
             "grid attached.")
    add("assess-presentations", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-presentation-assessor-en")

    uid = "5c3a1e9f-7d5b-4391-a8e6-tel-screen-mclarke"
    ev = _ev(uid, "20260318T121500", "20260318T123000", "Telephone screen - SWA applicant M. Clarke (07700 900118)",
             org(USER_WORK, "Bethany Ward"), [],
             "Check: driving licence, availability for evening visits, why family support.")
    add("user-phone-screens", cal("outlook", [ev], method="PUBLISH", tz=LONDON), uid,
        "user-as-interviewer-phone-screen-en")

    uid = "lfs-placement-int-hannah-0129@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260129T100000", "20260129T110000",
             "Pre-placement interview - SW student (Kirkgate Uni) - Hannah Rhodes", org(USER_WORK, "Bethany Ward"),
             [att("h.rhodes2@student.kirkgate.ac.uk", "Hannah Rhodes"),
              att("practice.learning@kirkgate.ac.uk", "Practice Learning Team", role="OPT-PARTICIPANT")],
             "Pre-placement interview for final-year placement (70 days) with me as practice educator.",
             tzid="GMT Standard Time")
    add("placement-interview", cal("outlook", [ev], tz=GMT_STD), uid, "user-as-interviewer-student-placement-en")

    uid = "9f8e7d6c-5b4a-4321-9abc-fsw-trigby"
    ev = _ev(uid, "20260305T140000", "20260305T144500", "Updated: Interview - Family Support Worker - Tom Rigby",
             org(USER_WORK, "Bethany Ward"), [att("tomrigby88@outlook.com", "Tom Rigby"),
                                              att("kelly.shaw" + LFS, "Kelly Shaw")],
             "Hi Tom, moved to 2pm as requested. Same place - Merrion House reception.", extra=["SEQUENCE:1"])
    add("rescheduled-candidate", cal("outlook", [ev], tz=LONDON), uid, "user-as-interviewer-rescheduled-en")

    uid = "lfs-swa-nosei-0407-1445@leedsfamilyservices.gov.uk"
    ev = _ev(uid, "20260407T144500", "20260407T153000",
             "Cancelled: Interview - SWA - Nina Osei (candidate withdrew)", org(HR, "HR Resourcing"),
             [att(USER_WORK, "Bethany Ward"), att("dave.kitson" + LFS, "Dave Kitson")],
             "Candidate has accepted another post and withdrawn.", extra=["STATUS:CANCELLED", "SEQUENCE:2"])
    add("cancelled-candidate", cal("outlook", [ev], method="CANCEL", tz=LONDON), uid,
        "user-as-interviewer-cancelled-en")

    uid = "trac-panel-LFS-2291-bward@trac.jobs"
    ev = _ev(uid, "20260623T093000", "20260623T150000", "Interview schedule: Social Work Assistant (LFS-2291) - panel",
             org("lfs.recruitment@trac.jobs", "LFS Recruitment"), [att(USER_WORK, "Bethany Ward")],
             "You have been added as a panel member for the vacancy above. Candidate applications and the "
             "interview schedule are available in Trac > Shortlisting > Panel view. Do not forward.")
    add("trac-panel", cal("-//Trac Systems Ltd//Trac Interview Invite//EN", [ev], tz=LONDON), uid,
        "user-as-interviewer-ats-panel-en")
    return out
