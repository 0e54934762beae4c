"""holdout113: negatives with the user on the hiring side at Midland Homes (all labelled user-as-interviewer)."""

from __future__ import annotations

from holdout113ev_ics import APPLE, OUTLOOK, OUTLOOK16, STAMP, TZ_GMT_WIN, TZ_LONDON, WORK, att, cal, esc, org, row

MH = "midlandhomes-ha.org.uk"


def _ol(uid: str, summary: str, desc: str, start: str, end: str, attendees: list[str], *, organiser: str = "",
        location: str = "", method: str = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    """An Exchange invite on the user's work calendar."""
    lines = [
        organiser or org(WORK, "Okafor, Hannah"),
        *attendees,
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(desc),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=GMT Standard Time:{start}",
        f"DTEND;TZID=GMT Standard Time:{end}",
        f"DTSTAMP:{STAMP}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        *extra,
    ]
    if location:
        lines.append("LOCATION;LANGUAGE=en-GB:" + esc(location))
    return cal(OUTLOOK, [lines], method=method, tzs=(TZ_GMT_WIN,))


def _id(n: int) -> str:
    return f"040000008200E00074C5B7101A82E00800000000{n:04X}C1B2A3F4DC0100000000000000001000000077{n:02X}"


def events() -> list[dict[str, str]]:
    out = []
    neg = "user-as-interviewer"

    u = _id(1)
    out.append(row("hire-freemail-candidate", _ol(
        u, "Interview - Head of Repairs - Daniel Mensah",
        "Daniel, thank you for your application. Panel: Hannah Okafor (Director of Operations), Colin Reid "
        "(Head of Asset Management) and Grace Ho (People Partner). 20-minute presentation on reducing "
        "repairs backlog, then questions.",
        "20260310T140000", "20260310T151500",
        [att("danielmensah82@gmail.com", "Daniel Mensah"), att(f"colin.reid@{MH}", "Reid, Colin"),
         att(f"grace.ho@{MH}", "Ho, Grace")], location="Board Room, Midland Homes, Newhall Street"),
        u, 0, trap=f"{neg}-freemail-candidate"))

    u = "WD-INT-0000077120@midlandhomes.wd3.myworkdayjobs.com"
    out.append(row("hire-workday-interviewer", cal("-//Workday Inc//Workday Calendar//EN", [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260312T100000",
        "DTEND;TZID=Europe/London:20260312T110000",
        "SUMMARY:Interview Scheduled: Head of Customer Insight (R-1187) - Jordan Blake",
        "DESCRIPTION:" + esc(
            "You have been scheduled as an interviewer.\n\nCandidate: Jordan Blake\nJob Requisition: R-1187 "
            "Head of Customer Insight\nInterviewers: Hannah Okafor; Ben Carter\n\nPlease complete your "
            "interview feedback in Workday within 24 hours."),
        "LOCATION:Teams",
        org("midlandhomes@myworkday.com", "Midland Homes"),
        att(WORK, "Hannah Okafor"),
        att(f"ben.carter@{MH}", "Ben Carter"),
    ]], tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-workday-notice"))

    u = "bb41c0a2-scorecards-income@midlandhomes"
    out.append(row("hire-scorecard", cal(OUTLOOK16, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260313T163000",
        "DTEND;TZID=Europe/London:20260313T170000",
        "SUMMARY:Submit scorecards - Head of Income candidates (x3)",
        "DESCRIPTION:Reminder: scores + evidence into the shared shortlisting matrix before debrief.",
        "TRANSP:TRANSPARENT",
    ]], method=None, tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-scorecard"))

    u = _id(2)
    out.append(row("hire-debrief", _ol(
        u, "Debrief - Head of Tenancy Services shortlist",
        "Debrief after yesterday's interviews. Please bring your scores. Decision to go to ExCo on Monday.",
        "20260318T160000", "20260318T163000",
        [att(f"grace.ho@{MH}", "Ho, Grace"), att(f"nkechi.ade@{MH}", "Ade, Nkechi")]),
        u, 0, trap=f"{neg}-debrief"))

    u = _id(3)
    out.append(row("hire-tenant-panel", _ol(
        u, "Tenant panel - Head of Customer Experience interviews (Hannah chairing)",
        "Four tenant panel members will interview the two shortlisted candidates for Head of Customer "
        "Experience. Hannah chairs; Grace to brief tenants at 9:30 on scoring.",
        "20260325T093000", "20260325T130000",
        [att(f"grace.ho@{MH}", "Ho, Grace"), att(f"tenantpanel@{MH}", "Tenant Panel")],
        location="Community Room, Ladywood Hub"),
        u, 0, trap=f"{neg}-tenant-panel-chair"))

    u = "c8a2f1e0-9b7d-4c35-a1e6-5d4c3b2a1f00"
    out.append(row("hire-calendly-host", cal("-//Calendly//Calendly//EN", [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260402T120000Z",
        "DTEND:20260402T123000Z",
        "SUMMARY:Priya Shah and Hannah Okafor",
        "DESCRIPTION:" + esc(
            "A new event has been scheduled.\n\nEvent Type: Head of Neighbourhoods - informal conversation "
            "with the Director\nInvitee: Priya Shah\nInvitee Email: priya.shah.housing@outlook.com\n\n"
            "Questions: Anything you'd like Hannah to know? I'm currently Neighbourhood Manager at a London "
            "borough and considering applying.\n\nView event in Calendly"),
        "LOCATION:Microsoft Teams",
        org(WORK, "Hannah Okafor"),
        att("priya.shah.housing@outlook.com", "Priya Shah", stat="ACCEPTED"),
    ]], method="PUBLISH"), u, 0, trap=f"{neg}-calendly-host"))

    u = "brookfield-cand-0409-ellison@brookfieldrecruitment.co.uk"
    out.append(row("hire-agency-sends-candidate", cal(OUTLOOK16, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260409T100000",
        "DTEND;TZID=Europe/London:20260409T110000",
        "SUMMARY:Candidate interview: Mark Ellison - Head of Asset Management - Midland Homes",
        "DESCRIPTION:" + esc(
            "Hi Hannah,\n\nAs agreed, Mark will attend for interview at your Newhall Street office. CV and "
            "our candidate report attached to my email. Mark's mobile: 07700 900771.\n\nLaura Finch\n"
            "Senior Consultant, Brookfield Recruitment"),
        "LOCATION:Midland Homes\\, Newhall Street",
        org("laura.finch@brookfieldrecruitment.co.uk", "Laura Finch"),
        att(WORK, "Hannah Okafor"),
        att("mark.ellison@hotmail.co.uk", "Mark Ellison"),
    ]], tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-agency-candidate"))

    u = _id(4)
    out.append(row("hire-shadowing", _ol(
        u, "Reverse shadow: Amira chairs Head of Finance 2nd interview (HO observing)",
        "Amira is leading as chair for the first time; I'll observe and give feedback afterwards. Candidate: "
        "Lewis Grant.", "20260414T110000", "20260414T120000",
        [att(f"amira.hussain@{MH}", "Hussain, Amira"), att(f"grace.ho@{MH}", "Ho, Grace")]),
        u, 0, trap=f"{neg}-shadowing"))

    u = "4C2E1A0B-8F7D-4B6C-9A5E-3D2C1B0A9F8E"
    out.append(row("hire-pack-review", cal(APPLE, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260316T073000",
        "DTEND;TZID=Europe/London:20260316T081500",
        "SUMMARY:Review interview pack + questions - Neighbourhood Manager",
        "DESCRIPTION:Grace's draft questions; add one on ASB casework and one on damp & mould.",
    ]], method=None, tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-interview-kit"))

    u = _id(5)
    out.append(row("hire-hr-panel", _ol(
        u, "Panel interview: Head of Compliance - Candidate 3",
        "Candidate 3: Oluwaseun Adeyemi. Panel: Hannah Okafor (chair), Colin Reid. People team host: Grace Ho.\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
        "meeting\nMeeting ID: 366 901 224 87\nPasscode: x4Yt9b",
        "20260320T130000", "20260320T140000",
        [att(WORK, "Okafor, Hannah"), att(f"colin.reid@{MH}", "Reid, Colin"),
         att("seun.adeyemi@yahoo.co.uk", "Oluwaseun Adeyemi")],
        organiser=org(f"grace.ho@{MH}", "Ho, Grace"), location="Microsoft Teams Meeting"),
        u, 0, trap=f"{neg}-hr-organised-panel"))

    u = _id(6)
    out.append(row("hire-presentations", _ol(
        u, "Candidate presentations - Head of Development (3 candidates)",
        "10:00 Candidate A, 10:45 Candidate B, 11:30 Candidate C. 15-min presentation + 30 min questions.",
        "20260424T100000", "20260424T121500",
        [att(f"colin.reid@{MH}", "Reid, Colin"), att(f"chief.exec@{MH}", "Kaur, Mandeep")],
        location="Board Room"), u, 0, trap=f"{neg}-candidate-presentations"))

    u = "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D"
    out.append(row("hire-ios-call-candidate", cal(APPLE, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260306T124500",
        "DTEND;TZID=Europe/London:20260306T131500",
        "SUMMARY:Call Sophie Turner re Head of Housing app (sophie.t@hotmail.com)",
        "DESCRIPTION:Quick screen before shortlisting - notice period\\, salary\\, why leaving Coventry.",
    ]], method=None, tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-hand-typed-screen"))

    u = _id(7)
    out.append(row("hire-calibration", _ol(
        u, "Calibration - Head of Service interview scores (Q1 campaign)",
        "Compare scoring across the three Head of Service panels so we're consistent before offers.",
        "20260428T150000", "20260428T160000",
        [att(f"grace.ho@{MH}", "Ho, Grace"), att(f"colin.reid@{MH}", "Reid, Colin"),
         att(f"amira.hussain@{MH}", "Hussain, Amira")]), u, 0, trap=f"{neg}-calibration"))

    u = "ac-grad-2026-0506@midlandhomes-ha.org.uk"
    out.append(row("hire-assessment-centre", cal(OUTLOOK16, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;VALUE=DATE:20260506",
        "DTEND;VALUE=DATE:20260507",
        "SUMMARY:Graduate Management Trainee assessment centre - assessor",
        "DESCRIPTION:" + esc("You are an assessor for group exercise 2 and interview room B. Assessor briefing "
                             "8:30. 12 candidates."),
        org(f"earlycareers@{MH}", "Early Careers"),
        att(WORK, "Hannah Okafor"),
    ]]), u, 0, trap=f"{neg}-assessor-allday"))

    u = _id(8)
    out.append(row("hire-apprentices", _ol(
        u, "Apprentice interviews - Housing Officer apprenticeships",
        "Six 20-minute interviews with apprenticeship applicants (school leavers). Please keep it friendly.",
        "20260508T130000", "20260508T160000",
        [att(WORK, "Okafor, Hannah"), att(f"james.pell@{MH}", "Pell, James")],
        organiser=org(f"earlycareers@{MH}", "Early Careers")), u, 0, trap=f"{neg}-apprentice-interviews"))

    u = "goodtime-evt-midlandhomes-ict-0515"
    out.append(row("hire-goodtime-interviewer", cal("-//GoodTime.io//GoodTime Hire//EN", [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260515T090000Z",
        "DTEND:20260515T100000Z",
        "SUMMARY:Interviewer: Hannah Okafor | Head of ICT - Final panel | Candidate: Ravi Patel",
        "DESCRIPTION:" + esc(
            "You're interviewing Ravi Patel for Head of ICT.\nFocus area: operational resilience and "
            "stakeholder management.\nInterview kit and scorecard: open in GoodTime.\n\nScheduled with GoodTime"),
        "LOCATION:Meeting Room 4",
        org(f"recruitment@{MH}", "Midland Homes Recruitment"),
        att(WORK, "Hannah Okafor"),
    ]]), u, 0, trap=f"{neg}-goodtime-interviewer"))

    u = _id(9)
    out.append(row("hire-ned-interviews", _ol(
        u, "NED interviews - ARC chair (2 candidates)",
        "Board nominations panel: Chair, SID and Hannah (exec rep). Candidates: Patricia Obi, Mike Langton. "
        "Questions on risk appetite and internal audit oversight.",
        "20260520T140000", "20260520T163000",
        [att(f"chair@{MH}", "Chair of the Board"), att(f"company.secretary@{MH}", "Company Secretary")],
        organiser=org(f"company.secretary@{MH}", "Company Secretary")), u, 0, trap=f"{neg}-board-ned"))

    u = _id(10)
    out.append(row("hire-cancelled", _ol(
        u, "Canceled: Interview - Neighbourhood Manager - Kwame Asante",
        "Candidate has withdrawn.", "20260422T100000", "20260422T110000",
        [att(WORK, "Okafor, Hannah"), att("kwame.asante@gmail.com", "Kwame Asante")],
        organiser=org(f"grace.ho@{MH}", "Ho, Grace"), method="CANCEL", extra=("STATUS:CANCELLED",)),
        u, 0, trap=f"{neg}-cancelled"))

    u = "tt-interview-40121-midlandhomes@teamtailor.com"
    out.append(row("hire-ats-copy", cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260429T140000",
        "DTEND;TZID=Europe/London:20260429T150000",
        "SUMMARY:Interview with Midland Homes - Head of Customer Experience",
        "DESCRIPTION:" + esc(
            "Hi Chloe,\n\nLooking forward to meeting you! You will meet Hannah Okafor, Director of Operations, "
            "and Grace Ho, People Partner.\n\nMidland Homes, 120 Newhall Street, Birmingham B3 1RZ\n\n"
            "Sent via Teamtailor"),
        "LOCATION:120 Newhall Street\\, Birmingham B3 1RZ",
        org("noreply@teamtailor.com", "Midland Homes"),
        att("chloe.wright94@gmail.com", "Chloe Wright"),
        att(WORK, "Hannah Okafor"),
        att(f"grace.ho@{MH}", "Grace Ho"),
    ]], tzs=(TZ_LONDON,)), u, 0, trap=f"{neg}-candidate-facing-ats-copy"))

    u = _id(11)
    out.append(row("hire-signoff", _ol(
        u, "Appointment panel sign-off: Head of Repairs",
        "Approve preferred candidate and salary point; references pending.", "20260317T090000",
        "20260317T091500", [att(f"chief.exec@{MH}", "Kaur, Mandeep")]), u, 0, trap=f"{neg}-appointment-signoff"))

    return out
