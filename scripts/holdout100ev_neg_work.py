"""holdout100: negatives from the user's casework and career life (not her own interviews) (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import GMT_STD, LONDON, USER_FREE, USER_WORK, att, cal, desc, org, rec

LFS = "@leedsfamilyservices.gov.uk"


def _simple(uid: str, start: str, end: str, summary: str, body: str = "", location: str = "",
            organizer: str = "", attendees: list[str] | None = None, tzid: str = "Europe/London") -> list[str]:
    lines = [f"UID:{uid}", "DTSTAMP:20260310T080000Z"]
    if len(start) == 8:
        lines += [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    lines.append(f"SUMMARY:{summary}")
    if organizer:
        lines.append(organizer)
    lines += attendees or []
    if body:
        lines.append(desc(body))
    if location:
        lines.append("LOCATION:" + location)
    return lines


def events() -> list[dict]:
    out: list[dict] = []

    def add(kind: str, ev: list[str], trap: str, prod: str = "outlook", method: str | None = "PUBLISH",
            tz: str | None = LONDON) -> None:
        uid = ev[0].removeprefix("UID:")
        out.append(rec(kind, cal(prod, [ev], method=method, tz=tz), uid, 0, trap))

    add("initial-interview-family", _simple(
        "lfs-visit-hfam-20517-0312@leedsfamilyservices.gov.uk", "20260312T100000", "20260312T113000",
        "Initial interview – H family (ref 20517) – home visit", "Single assessment day 3. Mum + maternal gran. "
        "Joint with HV? Check interpreter (Kurdish Sorani) booked.", "Harehills (address on Mosaic)"),
        "casework-initial-interview-en")
    add("abe-interview", _simple(
        "lfs-abe-childb-0319@leedsfamilyservices.gov.uk", "20260319T130000", "20260319T160000",
        "ABE interview – child B (joint w/ police) – Elland Rd suite", "Achieving Best Evidence interview. "
        "DC Harper leads, BW as 2nd interviewer/monitor. Strategy discussion outcome on file.",
        "ABE suite, Elland Road police station", org(USER_WORK, "Bethany Ward"),
        [att("dc.lucy.harper@wrp.police.uk", "DC Lucy Harper")]), "casework-abe-interview-en", method="REQUEST")
    add("return-home-interview", _simple(
        "lfs-rhi-km-0416@leedsfamilyservices.gov.uk", "20260416T160000", "20260416T170000",
        "Return home interview – K.M. (missing episode 14/04)", "RHI within 72 hrs. School said 4pm ok.",
        "Roundhay High, pastoral office"), "casework-return-home-interview-en")
    add("strategy-meeting", _simple(
        "040000008200E00074C5B7101A82E00800000000STRAT47JT", "20260325T110000", "20260325T120000",
        "Strategy meeting – S47 – J.T. (DOB 03/2019)", "Police, health, school, LFS. Threshold: s47 jointly.",
        "Teams", org("mash.admin" + LFS, "MASH Admin"),
        [att(USER_WORK, "Ward, Bethany"), att("dc.lucy.harper@wrp.police.uk", "Harper, Lucy")],
        tzid="GMT Standard Time"), "casework-strategy-meeting-en", prod="exchange", method="REQUEST", tz=GMT_STD)
    add("court", _simple(
        "lfs-court-irh-c-l-0428@leedsfamilyservices.gov.uk", "20260428", "20260429",
        "Court – IRH – care proceedings C/L (Leeds Combined Court)", "Final evidence filed 14/04. Meet LA "
        "solicitor 9:15 outside court 6."), "casework-court-allday-en")
    add("supervision-given", _simple(
        "lfs-sup-jo-0409@leedsfamilyservices.gov.uk", "20260409T140000", "20260409T153000",
        "Supervision – Jo P.", "Case mgmt + reflective. Jo's ASYE portfolio review.", "Merrion 4.10",
        org(USER_WORK, "Bethany Ward"), [att("jo.parkinson" + LFS, "Jo Parkinson")]), "supervision-en",
        method="REQUEST")
    add("own-supervision", _simple(
        "lfs-sup-bw-marcus-0414@leedsfamilyservices.gov.uk", "20260414T100000", "20260414T110000",
        "Supervision – Bethany / Marcus", "", "Marcus's office", org("marcus.allen" + LFS, "Marcus Allen"),
        [att(USER_WORK, "Bethany Ward")]), "own-supervision-en", method="REQUEST")
    add("appraisal", _simple(
        "040000008200E00074C5B7101A82E00800000000APPR2026BW", "20260226T140000", "20260226T153000",
        "Annual appraisal (PDR) – Bethany Ward", "Please complete the self-assessment section in the PDR form "
        "beforehand, incl. CPD log and career aspirations.", "Merrion House 5.12",
        org("marcus.allen" + LFS, "Allen, Marcus"), [att(USER_WORK, "Ward, Bethany")], tzid="GMT Standard Time"),
        "own-appraisal-en", prod="exchange", method="REQUEST", tz=GMT_STD)
    add("exit-interview", _simple(
        "lfs-exit-bward-0724@leedsfamilyservices.gov.uk", "20260724T110000", "20260724T113000",
        "Exit interview – Bethany Ward", "Confidential exit interview with HR Business Partner. Your feedback "
        "helps us improve retention in Children's Social Work Services.", "Teams",
        org("hr.bp.children" + LFS, "HR Business Partner - Children's"), [att(USER_WORK, "Bethany Ward")]),
        "own-exit-interview-en", method="REQUEST")
    add("team-meeting", _simple(
        "lfs-atw-team-meeting-weekly@leedsfamilyservices.gov.uk", "20260406T093000", "20260406T103000",
        "Assessment Team West – team meeting", "Allocations, duty rota, recruitment update (SWA panel next wk).",
        "Merrion 4.03", org("dave.kitson" + LFS, "Dave Kitson"), [att(USER_WORK, "Bethany Ward")]),
        "internal-team-meeting-en", method="REQUEST")
    add("cp-conference", _simple(
        "lfs-icpc-babyl-0421@leedsfamilyservices.gov.uk", "20260421T100000", "20260421T120000",
        "ICPC – baby L. (initial child protection conference)", "Report shared with parents 20/04.",
        "Kirkstall Hub, conference room 2"), "casework-cp-conference-en")
    add("mock-interview", _simple(
        "0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com", "20260302T190000", "20260302T200000",
        "Mock interview w/ Sal – TM practice Qs", "Sal (my old TM) playing panel. Practise: managing "
        "underperformance Q + 'tell us about a time you challenged a partner agency'. Record on phone."),
        "mock-interview-en", prod="google")
    add("webinar", _simple(
        "basw-webinar-tm-interviews-2026-03@basw.co.uk", "20260305T123000", "20260305T133000",
        "BASW webinar: Preparing for team manager interviews", "Lunchtime webinar for members. Competency "
        "vs strengths-based questions, presentations, service-user panels. Join via Zoom link in your "
        "registration email.", "Online (Zoom)", org("events@basw.co.uk", "BASW Events"),
        [att(USER_FREE, "Bethany Ward")]), "webinar-interview-skills-en", method="REQUEST")
    add("class", _simple(
        "ccl-2026-workshop-interview-skills@communitycare.co.uk", "20260610T141500", "20260610T150000",
        "Community Care Live – 'Nailing your social work interview' workshop", "Hall 2, Seminar Theatre B. "
        "Career zone: CV clinic afterwards.", "Business Design Centre"), "class-interview-skills-en")
    add("user-research", _simple(
        "ur-familyhub-app-p07@digital.education.gov.uk", "20260323T160000", "20260323T164500",
        "User research interview - Family Hub app (practitioner participant P07)", "Thanks for agreeing to "
        "take part! We'll ask about how you share information with families. 45 mins, £30 voucher for your "
        "team. You can stop at any time.", "Google Meet", org("ur.team@digital.education.gov.uk",
                                                               "Family Hubs UR Team"),
        [att(USER_WORK, "Bethany Ward")]), "user-research-interview-en", method="REQUEST")
    add("radio", _simple(
        "radio-leeds-kinship-0923@bbc.co.uk", "20260310T073500", "20260310T075000",
        "BBC Radio Leeds interview – Kinship Care Week (live, breakfast show)", "Press office approved. "
        "Producer: Gemma (0113 496 0551). Phone line from home.", "", org("comms" + LFS, "Comms Team"),
        [att(USER_WORK, "Bethany Ward")]), "press-interview-en", method="REQUEST")
    add("podcast", _simple(
        "sv-podcast-ep41-bward@socialworkvoices.fm", "20260514T190000", "20260514T200000",
        "Podcast recording – 'Social Work Voices' ep. 41 interview", "Riverside.fm link. Topic: surviving your "
        "first year as a senior practitioner. Headphones!", "", org("hello@socialworkvoices.fm", "Social Work "
                                                                    "Voices"), [att(USER_FREE, "Beth Ward")]),
        "podcast-interview-en", method="REQUEST")
    return out
