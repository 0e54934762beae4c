"""holdout58 positives, part 1a: Greenhouse, Lever and Ashby invitations."""

from __future__ import annotations

from holdout58ev_ics import ME, T, att, cal, meet, org, rec, teams, zoom
from holdout58ev_shapes import google


def ledgerline_hm() -> dict[str, str]:
    uid = "3kq9v1t0m6ll2c8r7d4j5n0a1b@google.com"
    desc = (
        "Hi Priya,\n\nThanks again for your time so far! As discussed, here are the details for your next "
        "conversation with Ledgerline.\n\nRole: Senior Data Analyst – Payments Risk\n"
        "Interviewer: Callum Reid, Head of Risk Analytics (hiring manager for the role)\n"
        "Format: 45 minutes on Google Meet. Callum will talk through the team's roadmap and dig into your "
        "experience with transaction and fraud data.\n\nIf you need to move it, just reply to the email this "
        "invite came with and I'll sort it.\n\nBest,\nJade Whitfield\nRecruiting Coordinator, Ledgerline\n"
        "(sent via Greenhouse on behalf of Ledgerline)\n\n" + meet("en", "xkv-qpfa-tzm")
    )
    ics = google(
        uid,
        "Priya Raman <> Ledgerline | Hiring Manager Interview",
        "20250916T140000",
        "20250916T144500",
        organizer=org("jade.whitfield@ledgerline.io", "Jade Whitfield"),
        attendees=[
            att("jade.whitfield@ledgerline.io", "Jade Whitfield", partstat="ACCEPTED", rsvp=False, google=True),
            att(ME, ME, google=True),
            att("callum.reid@ledgerline.io", "Callum Reid", partstat="ACCEPTED", google=True),
        ],
        description=desc,
        conference="https://meet.google.com/xkv-qpfa-tzm",
        stamp="20250910T091512Z",
        created="20250910T091455Z",
        alarms=[30],
    )
    return rec(
        "greenhouse",
        ics,
        uid,
        1,
        "Ledgerline",
        "Senior Data Analyst – Payments Risk",
        "hiring_manager",
        ["callum.reid@ledgerline.io"],
        "greenhouse-hm-coordinator-en",
    )


def ledgerline_onsite() -> dict[str, str]:
    uid = "gh-interview-4417208-itinerary-77613@ledgerline.greenhouse.io"
    desc = (
        "Ledgerline – Onsite Interview\nSenior Data Analyst – Payments Risk\n\n"
        "Location: Ledgerline, 4th floor, 2 Hardman Boulevard, Manchester M3 3AQ. Please ask for Jade at "
        "reception.\n\nSchedule (all times UK):\n"
        "09:30 – 09:40  Welcome & office tour – Jade Whitfield (Recruiting Coordinator)\n"
        "09:40 – 10:40  SQL & data modelling – Anya Kowalski, Staff Analytics Engineer\n"
        "10:45 – 11:30  Stakeholder case study – Tom Ferris, Product Lead, Disputes\n"
        "11:35 – 12:20  Values & ways of working – Nadia Haddad, Director of Data\n"
        "12:20 – 12:30  Wrap-up with Jade\n\n"
        "Bring photo ID for the building. No laptop needed – we'll provide a machine for the SQL session.\n"
        "Any access needs? Let us know and we'll arrange them."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250922T160312Z",
        "DTSTART:20251002T083000Z",
        "DTEND:20251002T113000Z",
        T("SUMMARY", "Onsite Interview – Senior Data Analyst – Payments Risk (Ledgerline)"),
        T("LOCATION", "Ledgerline, 2 Hardman Boulevard, Manchester M3 3AQ – MAN-4 Quayside"),
        T("DESCRIPTION", desc),
        org("recruiting@ledgerline.io", "Ledgerline Recruiting"),
        att(ME, "Priya Raman"),
        att("anya.kowalski@ledgerline.io", "Anya Kowalski", partstat="ACCEPTED", rsvp=False),
        att("tom.ferris@ledgerline.io", "Tom Ferris", partstat="ACCEPTED", rsvp=False),
        att("nadia.haddad@ledgerline.io", "Nadia Haddad", partstat="TENTATIVE", rsvp=False),
        att("jade.whitfield@ledgerline.io", "Jade Whitfield", role="OPT-PARTICIPANT", partstat="ACCEPTED", rsvp=False),
        att(
            "man4-quayside@ledgerline.io",
            "MAN-4 Quayside (8)",
            cutype="ROOM",
            role="NON-PARTICIPANT",
            partstat="ACCEPTED",
            rsvp=False,
        ),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Greenhouse Software//Greenhouse Scheduler//EN", [ev])
    return rec(
        "greenhouse",
        ics,
        uid,
        1,
        "Ledgerline",
        "Senior Data Analyst – Payments Risk",
        "onsite",
        ["anya.kowalski@ledgerline.io", "tom.ferris@ledgerline.io", "nadia.haddad@ledgerline.io"],
        "greenhouse-onsite-room-coordinator-en",
    )


def brassbound_tech() -> dict[str, str]:
    uid = "lever-evt-0b6c2f1e-95a4-4c1d-8e0d-3f7a12c9d5e1"
    desc = (
        "Hi Priya,\n\nYour interview with Brassbound Payments is confirmed.\n\n"
        "Position: Data Scientist, Fraud\nStage: Technical Interview (60 min)\n"
        "Interviewers: Harvey Stokes (Senior Data Scientist), Ines Duarte (ML Engineer)\n\n"
        "What to expect: live Python in CoderPad, then a SQL question on card-transaction data. The CoderPad "
        "link will be posted in the Teams chat when the call starts.\n\n"
        + teams("en", "371 552 908 114", "Xp7Tq2", "NmY4ZGE3ZjEtYzQ3")
        + "\n\nNeed to reschedule? Reply to this email or contact talent@brassbound.co.uk."
    )
    ev = [
        "DTSTAMP:20250916T101544Z",
        "UID:" + uid,
        "DTSTART:20250923T120000Z",
        "DTEND:20250923T130000Z",
        T("SUMMARY", "Interview with Brassbound Payments: Technical Interview"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams Meeting"),
        org("no-reply@hire.lever.co", "Brassbound Payments"),
        att(ME, "Priya Raman"),
        att("harvey.stokes@brassbound.co.uk", "Harvey Stokes", partstat="ACCEPTED", rsvp=False),
        att("ines.duarte@brassbound.co.uk", "Ines Duarte", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]
    ics = cal("-//Lever//Lever Hire Interview Scheduling//EN", [ev])
    return rec(
        "lever",
        ics,
        uid,
        1,
        "Brassbound Payments",
        "Data Scientist, Fraud",
        "technical",
        ["harvey.stokes@brassbound.co.uk", "ines.duarte@brassbound.co.uk"],
        "lever-technical-teams-en",
    )


def _ashby(
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: str,
    people: list[str],
    desc: str,
    location: str,
    stamp: str,
) -> str:
    ev = [
        "UID:" + uid,
        "SEQUENCE:0",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/London:{start}",
        f"DTEND;TZID=Europe/London:{end}",
        T("SUMMARY", summary),
        T("DESCRIPTION", desc),
        T("LOCATION", location),
        organizer,
        *people,
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]
    return cal("-//Ashby//Ashby Scheduling//EN", [ev], zones=["Europe/London"])


def quayside_case() -> dict[str, str]:
    uid = "ashby-ie-5d0e91c4-7b55-4c63-a0e1-2c9fd8b1aa03@ashbyhq.com"
    desc = (
        "Hi Priya — here's your case study interview with Quayside Credit.\n\n"
        "You'll receive a short data pack (CSV + brief) 30 minutes before we start. Spend the first 20 "
        "minutes on your own, then walk Marcus and Leena through how you'd approach the affordability "
        "question and what you'd recommend.\n\nInterviewers\n• Marcus Bell — Head of Credit Decisioning\n"
        "• Leena Shah — Senior Risk Analyst\n\n"
        + zoom("en", "quaysidecredit", "842 1190 5573", "bXlTcmVkaXQ4")
        + "\n\nNeed to reschedule? https://app.ashbyhq.com/interviews/reschedule/5d0e91c4\n\n"
        "Coordinated by Rosie Tan (Talent Coordinator). Scheduled with Ashby."
    )
    ics = _ashby(
        uid,
        "Quayside Credit – Case Study Interview (Credit Risk Analyst)",
        "20250930T150000",
        "20250930T161500",
        org("rosie.tan@quaysidecredit.com", "Rosie Tan"),
        [
            att(ME, "Priya Raman"),
            att("marcus.bell@quaysidecredit.com", "Marcus Bell", partstat="ACCEPTED", rsvp=False),
            att("leena.shah@quaysidecredit.com", "Leena Shah", partstat="ACCEPTED", rsvp=False),
        ],
        desc,
        "https://quaysidecredit.zoom.us/j/84211905573",
        "20250924T082210Z",
    )
    return rec(
        "ashby",
        ics,
        uid,
        1,
        "Quayside Credit",
        "Credit Risk Analyst",
        "technical",
        ["marcus.bell@quaysidecredit.com", "leena.shah@quaysidecredit.com"],
        "ashby-case-coordinator-en",
    )


def quayside_screen() -> dict[str, str]:
    uid = "ashby-ie-90a3b7e2-1f0c-4d8e-b6a7-55e0c3d2f917@ashbyhq.com"
    desc = (
        "Hi Priya,\n\nLooking forward to speaking! This is a 30-minute intro call about the Credit Risk "
        "Analyst role at Quayside Credit — your background, what you're looking for, and an overview of the "
        "team and process.\n\nI'll call you on +44 7700 900412. If that's not the best number, just let me "
        "know.\n\nKieran Doyle\nTalent Acquisition Partner, Quayside Credit\n\nScheduled with Ashby"
    )
    ics = _ashby(
        uid,
        "Intro call – Quayside Credit x Priya Raman",
        "20250915T123000",
        "20250915T130000",
        org("no-reply@ashbyhq.com", "Quayside Credit"),
        [
            att(ME, "Priya Raman"),
            att("kieran.doyle@quaysidecredit.com", "Kieran Doyle", partstat="ACCEPTED", rsvp=False),
        ],
        desc,
        "Phone call (Kieran will call you)",
        "20250911T140506Z",
    )
    return rec(
        "ashby",
        ics,
        uid,
        1,
        "Quayside Credit",
        "Credit Risk Analyst",
        "recruiter_screen",
        ["kieran.doyle@quaysidecredit.com"],
        "ashby-phone-screen-en",
    )


def scorewell_hm() -> dict[str, str]:
    uid = "ashby-ie-e7c41d08-3a6b-4f2e-9d15-0c8b6a7f2e44@ashbyhq.com"
    desc = (
        "Hey Priya,\n\nYou're booked in for a chat with Femi, who leads Credit Data Science at Scorewell and "
        "would be your manager in this role.\n\nExpect: 45 min, conversational — your past projects, how you "
        "work with product and risk teams, and plenty of time for your questions.\n\n"
        + meet("en", "pdw-ukrs-hna")
        + "\n\nScheduled with Ashby · Scorewell Talent Team"
    )
    ics = _ashby(
        uid,
        "Scorewell // Priya Raman — Hiring Manager Chat (Senior Data Scientist)",
        "20251003T110000",
        "20251003T114500",
        org("talent@scorewell.co.uk", "Scorewell Talent"),
        [att(ME, "Priya Raman"), att("femi@scorewell.co.uk", "Femi Adebayo", partstat="ACCEPTED", rsvp=False)],
        desc,
        "https://meet.google.com/pdw-ukrs-hna",
        "20250929T093012Z",
    )
    return rec(
        "ashby",
        ics,
        uid,
        1,
        "Scorewell",
        "Senior Data Scientist",
        "hiring_manager",
        ["femi@scorewell.co.uk"],
        "ashby-hm-meet-en",
    )


def events() -> list[dict[str, str]]:
    return [
        ledgerline_hm(),
        ledgerline_onsite(),
        brassbound_tech(),
        quayside_case(),
        quayside_screen(),
        scorewell_hm(),
    ]
