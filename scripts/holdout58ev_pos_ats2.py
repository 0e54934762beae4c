"""holdout58 positives, part 1b: Workday, SuccessFactors and SmartRecruiters invitations."""

from __future__ import annotations

from holdout58ev_ics import ME, T, alarm, att, cal, org, rec, teams


def _workday(
    uid: str, tenant: str, cn: str, summary: str, start: str, end: str, desc: str, loc: str, stamp: str
) -> str:
    ev = [
        f"DTSTAMP:{stamp}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        "UID:" + uid,
        org(f"{tenant}@myworkday.com", cn),
        att(ME, "Priya Raman"),
        T("SUMMARY", summary),
        T("DESCRIPTION", desc),
        T("LOCATION", loc),
        "CLASS:PUBLIC",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        *alarm(60),
    ]
    return cal("-//Workday Inc.//Workday Recruiting//EN", [ev], calscale=False)


def fennwick() -> dict[str, str]:
    uid = "WD-INTERVIEW-7a2d96c10f3e4b6f9e2a11c8d4b07f53@fennwick.myworkday.com"
    desc = (
        "Dear Priya,\n\nThank you for your interest in the Data Science Manager position (R-10482) at "
        "Fennwick Building Society.\n\nWe are pleased to invite you to a competency-based interview:\n"
        "Date: Tuesday 7 October 2025\nTime: 10:00 – 11:00 (UK time)\nLocation: Microsoft Teams (link below)\n"
        "Interview panel: Hugh Danvers (Head of Data & Analytics) and Ruth Okoye (Senior Actuarial Analyst)\n\n"
        "Please have photo ID ready for a right-to-work check at the start of the call.\n\nKind regards,\n"
        "Talent Acquisition Team\nFennwick Building Society\n\n"
        + teams("en", "329 881 640 072", "Fw9bS3", "ZWE1MTc0YjItOGQ0")
    )
    ics = _workday(
        uid,
        "fennwick",
        "Fennwick Building Society",
        "Interview: Data Science Manager (R-10482)",
        "20251007T090000Z",
        "20251007T100000Z",
        desc,
        "Microsoft Teams",
        "20250926T134455Z",
    )
    return rec(
        "workday",
        ics,
        uid,
        1,
        "Fennwick Building Society",
        "Data Science Manager",
        "",
        ["Hugh Danvers", "Ruth Okoye"],
        "workday-competency-names-only-en",
    )


def haldens_phone() -> dict[str, str]:
    uid = "WD-INTERVIEW-c51e0b7d92a84f1d8b6e3a90f4d27c18@haldens.myworkday.com"
    desc = (
        "Hi Priya,\n\nThanks for applying for BI Analyst (JR-55821) at Halden's. We'd like to invite you to a "
        "telephone interview with Chloe Ashworth from our Talent team. Chloe will call you on the number in "
        "your application; the call will take about 20–30 minutes.\n\nIf you need any adjustments for the "
        "interview, reply to this message.\n\nHalden's Supermarkets Recruitment"
    )
    ics = _workday(
        uid,
        "haldens",
        "Halden's Supermarkets Recruitment",
        "Halden's Supermarkets – Telephone Interview – BI Analyst (JR-55821)",
        "20250919T081500Z",
        "20250919T084500Z",
        desc,
        "Telephone",
        "20250915T071020Z",
    )
    return rec(
        "workday",
        ics,
        uid,
        1,
        "Halden's Supermarkets",
        "BI Analyst",
        "recruiter_screen",
        ["Chloe Ashworth"],
        "workday-phone-screen-en",
    )


def harbour_pike() -> dict[str, str]:
    uid = "SF-ISC-20251008-000418827-hpinsure"
    desc = (
        "Dear Priya Raman,\n\nThank you for applying for the Pricing Analyst position. We would like to invite "
        "you to an interview with the Hiring Manager, Owen Pritchard (Pricing Manager, Motor).\n\n"
        "Interview details\nDate: 08/10/2025\nTime: 14:00 - 15:00 BST\nAddress: Harbour & Pike Insurance, "
        "1 St Peter's Square, Manchester M2 3DE (6th floor, meeting room 6.03)\n\nPlease report to the "
        "ground floor reception 10 minutes early and bring a form of photo ID.\n\nYours sincerely,\n"
        "Harbour & Pike Careers Team"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250930T111500Z",
        "DTSTART:20251008T130000Z",
        "DTEND:20251008T140000Z",
        T("SUMMARY", "Interview Invitation: Pricing Analyst - Hiring Manager Interview"),
        T("DESCRIPTION", desc),
        T("LOCATION", "1 St Peter's Square, Manchester M2 3DE, Room 6.03"),
        org("careers@hpinsure.co.uk", "Harbour & Pike Careers", quote=True),
        att(ME, "Priya Raman"),
        att("owen.pritchard@hpinsure.co.uk", "Owen Pritchard", partstat="ACCEPTED", rsvp=False),
        att(
            "mr-6.03@hpinsure.co.uk",
            "MR 6.03 St Peter's Sq",
            cutype="ROOM",
            role="NON-PARTICIPANT",
            partstat="ACCEPTED",
            rsvp=False,
        ),
        "PRIORITY:5",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//SAP SuccessFactors//Interview Scheduling Central//EN", [ev], calscale=False)
    return rec(
        "successfactors",
        ics,
        uid,
        1,
        "Harbour & Pike Insurance",
        "Pricing Analyst",
        "hiring_manager",
        ["owen.pritchard@hpinsure.co.uk"],
        "successfactors-hm-room-en",
    )


def _smartr(uid: str, summary: str, start: str, end: str, people: list[str], desc: str, stamp: str) -> str:
    ev = [
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        org("noreply@smartrecruiters.com", "SmartRecruiters Interview Scheduler"),
        "UID:" + uid,
        *people,
        T("DESCRIPTION", desc),
        T("SUMMARY", summary),
        T("LOCATION", "Video call"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    return cal("-//SmartRecruiters//SmartRecruiters Calendar 1.0//EN", [ev])


def bramblewood() -> dict[str, str]:
    uid = "sr-int-3b7f1e90c2d84a55a1f0e6b9d3c8a271"
    desc = (
        "Hello Priya,\n\nYou're invited to an interview with Bramblewood Home for the Customer Insights "
        "Analyst position.\n\nInterview type: Video interview with the hiring manager\nInterviewer(s): "
        "Lisa Tranter – Head of Customer Insight\nDuration: 45 minutes\n\n"
        + teams("en", "381 904 227 615", "Bh4mQz", "OTk3MmQ0ZjItNGE1")
        + "\n\nTo reschedule, please use the link in your confirmation email.\nPowered by SmartRecruiters"
    )
    ics = _smartr(
        uid,
        "Interview: Customer Insights Analyst – Bramblewood Home",
        "20251006T100000Z",
        "20251006T104500Z",
        [
            att(ME, "Priya Raman"),
            att("lisa.tranter@bramblewood.co.uk", "Lisa Tranter", partstat="ACCEPTED", rsvp=False),
        ],
        desc,
        "20250930T153318Z",
    )
    return rec(
        "smartrecruiters",
        ics,
        uid,
        1,
        "Bramblewood Home",
        "Customer Insights Analyst",
        "hiring_manager",
        ["lisa.tranter@bramblewood.co.uk"],
        "smartrecruiters-hm-en",
    )


def wellmore_screen() -> dict[str, str]:
    uid = "sr-int-88d0a4e1f6b24c3f9a7e51c02b6d4f90"
    desc = (
        "Hello Priya,\n\nThank you for your application to Wellmore Pharmacy. You're invited to a phone "
        "screen for the Commercial Analyst position.\n\nInterviewer(s): Abi Cooke – Talent Partner\n"
        "Abi will call you on +44 7700 900412.\nDuration: 30 minutes\n\nPowered by SmartRecruiters"
    )
    ics = _smartr(
        uid,
        "Phone screen: Commercial Analyst – Wellmore Pharmacy",
        "20250924T133000Z",
        "20250924T140000Z",
        [att(ME, "Priya Raman"), att("abi.cooke@wellmore.co.uk", "Abi Cooke", partstat="ACCEPTED", rsvp=False)],
        desc,
        "20250919T090841Z",
    )
    return rec(
        "smartrecruiters",
        ics,
        uid,
        1,
        "Wellmore Pharmacy",
        "Commercial Analyst",
        "recruiter_screen",
        ["abi.cooke@wellmore.co.uk"],
        "smartrecruiters-phone-screen-en",
    )


def events() -> list[dict[str, str]]:
    return [
        fennwick(),
        haldens_phone(),
        harbour_pike(),
        bramblewood(),
        wellmore_screen(),
    ]
