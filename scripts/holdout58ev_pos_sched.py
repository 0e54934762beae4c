"""holdout58 positives, part 2a: Teamtailor, Workable, GoodTime and ModernLoop."""

from __future__ import annotations

from holdout58ev_ics import ME, T, att, cal, meet, org, rec, teams, zoom


def _teamtailor(
    uid: str,
    summary: str,
    start: str,
    end: str,
    zone: str,
    organizer: str,
    people: list[str],
    desc: str,
    loc: str,
    stamp: str,
) -> str:
    ev = [
        f"DTSTAMP:{stamp}",
        "UID:" + uid,
        f"DTSTART;TZID={zone}:{start}",
        f"DTEND;TZID={zone}:{end}",
        T("SUMMARY", summary),
        T("DESCRIPTION", desc),
        T("LOCATION", loc),
        f"URL:{loc}",
        organizer,
        *people,
        "SEQUENCE:0",
    ]
    return cal("-//Teamtailor//Teamtailor Meetings//EN", [ev], zones=[zone])


def tallyroot_first() -> dict[str, str]:
    uid = "tt-meeting-2f61b0c8e4@tallyroot.teamtailor.com"
    desc = (
        "Hi Priya,\n\nThis is a confirmation of your first interview for the Analytics Lead role at Tallyroot. "
        "I'm Head of Talent here and will be your point of contact throughout the process.\n\nWe'll chat for "
        "about 30 minutes about your experience, what you're looking for next and how we work (we're "
        "remote-first, with the team mostly in Dublin and a few in the UK).\n\nJoin the video meeting using the "
        "link below.\n\nSpeak soon,\nOrla Brennan\nHead of Talent, Tallyroot"
    )
    ics = _teamtailor(
        uid,
        "Tallyroot: First interview – Analytics Lead",
        "20250918T160000",
        "20250918T163000",
        "Europe/Dublin",
        org("orla.brennan@tallyroot.ie", "Orla Brennan"),
        [att(ME, "Priya Raman"), att("orla.brennan@tallyroot.ie", "Orla Brennan", partstat="ACCEPTED", rsvp=False)],
        desc,
        "https://tallyroot.teamtailor.com/meetings/6b2e9f1a",
        "20250912T124401Z",
    )
    return rec(
        "teamtailor",
        ics,
        uid,
        1,
        "Tallyroot",
        "Analytics Lead",
        "recruiter_screen",
        ["orla.brennan@tallyroot.ie"],
        "teamtailor-first-interview-talent-en",
    )


def peak_hm() -> dict[str, str]:
    uid = "tt-meeting-9c04ad71b3@peakoutdoor.teamtailor.com"
    desc = (
        "Hi Priya!\n\nGreat news – Tom Eckersley, our Head of Trading and the hiring manager for the Retail "
        "Insight Analyst role, would like to meet you over video.\n\nWhat to expect: 45 minutes, a chat about "
        "your retail analytics experience and a look at a couple of dashboards you've built (feel free to "
        "share your screen).\n\n"
        + zoom("en", "peakoutdoor", "873 4402 1196", "UGVha091dGRv")
        + "\n\nCheers,\nThe People Team at Peak Outdoor Co."
    )
    ics = _teamtailor(
        uid,
        "Video interview: Retail Insight Analyst – Peak Outdoor Co.",
        "20251001T153000",
        "20251001T161500",
        "Europe/London",
        org("people@peakoutdoor.co.uk", "Peak Outdoor Co. People Team"),
        [
            att(ME, "Priya Raman"),
            att("tom.eckersley@peakoutdoor.co.uk", "Tom Eckersley", partstat="ACCEPTED", rsvp=False),
        ],
        desc,
        "https://peakoutdoor.zoom.us/j/87344021196",
        "20250925T101733Z",
    )
    return rec(
        "teamtailor",
        ics,
        uid,
        1,
        "Peak Outdoor Co.",
        "Retail Insight Analyst",
        "hiring_manager",
        ["tom.eckersley@peakoutdoor.co.uk"],
        "teamtailor-hm-zoom-en",
    )


def corrib_tech() -> dict[str, str]:
    uid = "workable-event-6611847-3f9d2a@workablemail.com"
    desc = (
        "Hi Priya,\n\nYour interview for Data Analyst (Credit Risk) has been scheduled.\n\n"
        "Type: Technical interview – SQL and Excel modelling exercise\nDuration: 60 minutes\n"
        "Interviewers: Declan Fahy, Siobhán Keane\n\nJoin the video call: "
        "https://apply.workable.com/corrib-financial-services/video/6611847\n\n"
        "Kind regards,\nCorrib Financial Services\n\n--\nSent via Workable"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250925T140255Z",
        "DTSTART;TZID=Europe/Dublin:20251001T100000",
        "DTEND;TZID=Europe/Dublin:20251001T110000",
        T("SUMMARY", "Interview with Corrib Financial Services"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Video call"),
        org("noreply@candidates.workablemail.com", "Corrib Financial Services"),
        att(ME, "Priya Raman"),
        att("declan.fahy@corribfs.ie", "Declan Fahy", partstat="ACCEPTED", rsvp=False),
        att("siobhan.keane@corribfs.ie", "Siobhán Keane", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Workable//Workable Calendar//EN", [ev], zones=["Europe/Dublin"])
    return rec(
        "workable",
        ics,
        uid,
        1,
        "Corrib Financial Services",
        "Data Analyst (Credit Risk)",
        "technical",
        ["declan.fahy@corribfs.ie", "siobhan.keane@corribfs.ie"],
        "workable-technical-ie-en",
    )


def _goodtime(uid: str, summary: str, start: str, end: str, people: list[str], desc: str, stamp: str) -> str:
    ev = [
        "UID:" + uid,
        f"DTSTAMP:{stamp}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        T("SUMMARY", summary),
        T("DESCRIPTION", desc),
        T("LOCATION", "Google Meet"),
        org("interviews@mintbridge.com", "Mintbridge Interviews"),
        *people,
        "STATUS:CONFIRMED",
        "SEQUENCE:1",
        "TRANSP:OPAQUE",
    ]
    return cal("-//GoodTime.io//GoodTime Hire//EN", [ev])


def mintbridge_final() -> dict[str, str]:
    uid = "gt-5e2b7c90-41d8-4a3f-8f61-0d9b2c7e1a55@goodtime.io"
    desc = (
        "Hi Priya,\n\nHere is your itinerary for the Mintbridge final round – Senior Product Analyst.\n\n"
        "13:00 – 13:45  Product analytics case · Grace Liu (Lead Product Analyst)\n"
        "13:50 – 14:35  Experimentation deep-dive · Owain Roberts (Staff Data Scientist)\n"
        "14:40 – 15:10  Cross-functional partnership · Keisha Grant (Product Director, Savings)\n"
        "15:15 – 16:00  Final conversation · Daniel Frost (VP Data)\n\n"
        "All sessions use the same Google Meet link. Your coordinator on the day is Sam Okafor, who will "
        "drop in at the start and between sessions.\n\n"
        + meet("en", "rqm-ftyb-vke")
        + "\n\nThis interview was scheduled with GoodTime."
    )
    people = [
        att(ME, "Priya Raman"),
        att("grace.liu@mintbridge.com", "Grace Liu", partstat="ACCEPTED", rsvp=False),
        att("owain.roberts@mintbridge.com", "Owain Roberts", partstat="ACCEPTED", rsvp=False),
        att("keisha.grant@mintbridge.com", "Keisha Grant", partstat="ACCEPTED", rsvp=False),
        att("daniel.frost@mintbridge.com", "Daniel Frost", partstat="TENTATIVE", rsvp=False),
        att(
            "sam.okafor@mintbridge.com",
            "Sam Okafor (Coordinator)",
            role="OPT-PARTICIPANT",
            partstat="ACCEPTED",
            rsvp=False,
        ),
    ]
    ics = _goodtime(
        uid,
        "Mintbridge Final Round – Senior Product Analyst – Priya Raman",
        "20251021T120000Z",
        "20251021T150000Z",
        people,
        desc,
        "20251014T161120Z",
    )
    return rec(
        "goodtime",
        ics,
        uid,
        1,
        "Mintbridge",
        "Senior Product Analyst",
        "final",
        [
            "grace.liu@mintbridge.com",
            "owain.roberts@mintbridge.com",
            "keisha.grant@mintbridge.com",
            "daniel.frost@mintbridge.com",
        ],
        "goodtime-final-multi-coordinator-en",
    )


def mintbridge_tech() -> dict[str, str]:
    uid = "gt-a17f03d2-9bc4-4e07-b2d8-6f5c1e8a9034@goodtime.io"
    desc = (
        "Hi Priya,\n\nYour technical interview for Senior Product Analyst is confirmed.\n\n"
        "Interviewer: Hamza Qureshi (Senior Product Analyst, Current Accounts)\n"
        "Format: 60 min – a SQL exercise in a shared doc, then product-sense questions about a savings feature.\n\n"
        + meet("en", "hvz-aqcw-mpt")
        + "\n\nThis interview was scheduled with GoodTime."
    )
    people = [
        att(ME, "Priya Raman"),
        att("hamza.qureshi@mintbridge.com", "Hamza Qureshi", partstat="ACCEPTED", rsvp=False),
    ]
    ics = _goodtime(
        uid,
        "Mintbridge – Technical Interview (SQL & Product Sense)",
        "20251007T130000Z",
        "20251007T140000Z",
        people,
        desc,
        "20251001T084417Z",
    )
    return rec(
        "goodtime",
        ics,
        uid,
        1,
        "Mintbridge",
        "Senior Product Analyst",
        "technical",
        ["hamza.qureshi@mintbridge.com"],
        "goodtime-technical-en",
    )


def castlegate() -> dict[str, str]:
    uid = "modernloop-1f7e5b3a-c2d9-48e6-a0f4-93b8d61c2e07"
    desc = (
        "Candidate itinerary – Priya Raman\nRole: Data Scientist (Claims)\nFormat: virtual onsite on Microsoft "
        "Teams (one link for all sessions)\n\n"
        "13:00 – 13:45  Modelling deep-dive – Gavin Shore, Lead Data Scientist\n"
        "13:50 – 14:35  Claims pricing case – Amara Nwosu, Senior Actuary\n"
        "14:40 – 15:10  Meet the hiring manager – Helen Price, Head of Claims Analytics\n\n"
        "Your coordinator is Louis Hart (Recruiting). Louis won't be interviewing but will be on hand if "
        "anything goes wrong with the link.\n\n"
        + teams("en", "356 118 904 331", "Cg5LmV", "MjE0NGQ3YzMtZjE2")
        + "\n\nScheduled with ModernLoop"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251009T113602Z",
        "DTSTART:20251016T120000Z",
        "DTEND:20251016T141000Z",
        T("SUMMARY", "Castlegate Mutual – Virtual Onsite – Data Scientist (Claims)"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Microsoft Teams"),
        org("recruiting@castlegatemutual.co.uk", "Castlegate Mutual Recruiting"),
        att(ME, "Priya Raman"),
        att("gavin.shore@castlegatemutual.co.uk", "Gavin Shore", partstat="ACCEPTED", rsvp=False),
        att("amara.nwosu@castlegatemutual.co.uk", "Amara Nwosu", partstat="ACCEPTED", rsvp=False),
        att("helen.price@castlegatemutual.co.uk", "Helen Price", partstat="ACCEPTED", rsvp=False),
        att("louis.hart@castlegatemutual.co.uk", "Louis Hart", role="OPT-PARTICIPANT", partstat="ACCEPTED", rsvp=False),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//ModernLoop//ModernLoop Scheduling//EN", [ev])
    return rec(
        "modernloop",
        ics,
        uid,
        1,
        "Castlegate Mutual",
        "Data Scientist (Claims)",
        "onsite",
        [
            "gavin.shore@castlegatemutual.co.uk",
            "amara.nwosu@castlegatemutual.co.uk",
            "helen.price@castlegatemutual.co.uk",
        ],
        "modernloop-virtual-onsite-coordinator-en",
    )


def events() -> list[dict[str, str]]:
    return [
        tallyroot_first(),
        peak_hm(),
        corrib_tech(),
        mintbridge_final(),
        mintbridge_tech(),
        castlegate(),
    ]
