"""holdout58 positives, part 4a: Google invites from coordinators, founders, CEOs and
headhunters, and a hand-typed entry with floating times."""

from __future__ import annotations

from holdout58ev_ics import ME, T, att, cal, google_foot, meet, org, rec
from holdout58ev_shapes import google


def _g(addr: str, cn: str, ps: str = "NEEDS-ACTION", rsvp: bool = True, role: str = "REQ-PARTICIPANT") -> str:
    return att(addr, cn, partstat=ps, rsvp=rsvp, role=role, google=True)


def thistle_takehome() -> dict[str, str]:
    uid = "0rj6tq2s9m1kq8d3v7c5e4b2a9@google.com"
    desc = (
        "Hi Priya,\n\nThanks for sending over your take-home – the team enjoyed reading it! This session is a "
        "60-minute review of your solution with Ravi Menon (Lead Data Scientist) and Chloé Dubois (Senior ML "
        "Engineer). Expect questions on your feature choices, evaluation and how you'd ship the "
        "recommendations model.\n\nAny questions, just reply.\n\nThistle & Thread Talent Team\n"
        "(scheduled via Greenhouse)\n\n" + meet("en", "ycb-kmwe-qsa") + "\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Thistle & Thread: Take-home review (Data Scientist, Personalisation)",
        "20251008T160000",
        "20251008T170000",
        organizer=org("talent@thistleandthread.com", "Thistle & Thread Talent"),
        attendees=[
            _g(ME, ME),
            _g("ravi.menon@thistleandthread.com", "Ravi Menon", "ACCEPTED", False),
            _g("chloe.dubois@thistleandthread.com", "Chloé Dubois", "ACCEPTED", False),
        ],
        description=desc,
        conference="https://meet.google.com/ycb-kmwe-qsa",
        stamp="20251001T111944Z",
        created="20251001T111901Z",
        alarms=[10],
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Thistle & Thread",
        "Data Scientist, Personalisation",
        "technical",
        ["ravi.menon@thistleandthread.com", "chloe.dubois@thistleandthread.com"],
        "greenhouse-google-takehome-en",
    )


def thistle_final() -> dict[str, str]:
    uid = "5p0ad8n3hq7lk2c9mtr1u6vbe0@google.com"
    desc = (
        "Hi Priya – really enjoyed hearing about your take-home from Ravi and Chloé. Last step in the process "
        "is a chat with me: how you'd build out data at a 60-person fashion business, and what you need from "
        "us to do your best work. Come to the studio and I'll make you a proper coffee.\n\nMaddie"
    )
    ics = google(
        uid,
        "Final chat – Priya Raman / Maddie Stroud (CEO)",
        "20251023T093000",
        "20251023T103000",
        organizer=org("maddie@thistleandthread.com", "Maddie Stroud"),
        attendees=[_g("maddie@thistleandthread.com", "Maddie Stroud", "ACCEPTED", False), _g(ME, ME)],
        description=desc + "\n\n" + google_foot(),
        location="Thistle & Thread studio, 42 Tariff Street, Manchester M1 2FF",
        stamp="20251015T171208Z",
        created="20251015T171150Z",
    )
    return rec(
        "google", ics, uid, 1, "Thistle & Thread", "", "final", ["maddie@thistleandthread.com"], "google-ceo-final-en"
    )


def gobble_screen() -> dict[str, str]:
    uid = "7ushb2e0q4f9rk1m5dlp3n8a6c@google.com"
    desc = (
        "Hey Priya! Hannah here from the Talent team at Gobble. This is a quick 30-min intro call about the "
        "Data Scientist, Marketplace role – I'll tell you about the team and the process, and hear a bit about "
        "you and what you're after.\n\nTalk soon!\nHannah\n\n" + meet("en", "gzo-wnpd-era") + "\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Gobble x Priya – intro call (Data Scientist, Marketplace)",
        "20250917T120000",
        "20250917T123000",
        organizer=org("hannah.k@gobble.co", "Hannah Kerr"),
        attendees=[_g("hannah.k@gobble.co", "Hannah Kerr", "ACCEPTED", False), _g(ME, ME)],
        description=desc,
        conference="https://meet.google.com/gzo-wnpd-era",
        stamp="20250912T150512Z",
        created="20250912T150455Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Gobble",
        "Data Scientist, Marketplace",
        "recruiter_screen",
        ["hannah.k@gobble.co"],
        "google-recruiter-screen-brand-domain-en",
    )


def gobble_tech_moved() -> dict[str, str]:
    uid = "2kfj9s6d1e0p8m3qhv7rt5c4nl@google.com"
    desc = (
        "Rescheduled from Tuesday 7 Oct at Priya's request – same link, same interviewers.\n\n"
        "Technical interview for Data Scientist, Marketplace (60 min) with Sid Rao (Staff Data Scientist) and "
        "Emma Lund (Data Scientist, Pricing): a modelling discussion about delivery-time estimates, then some "
        "Python/pandas questions. I'll just be setting things up – I won't be on the call.\n\nHannah\n\n"
        + meet("en", "qmt-hrxa-bnu")
        + "\n\n"
        + google_foot()
    )
    ics = google(
        uid,
        "Gobble – Technical interview (Data Scientist, Marketplace)",
        "20251010T100000",
        "20251010T110000",
        organizer=org("hannah.k@gobble.co", "Hannah Kerr"),
        attendees=[
            _g("hannah.k@gobble.co", "Hannah Kerr", "ACCEPTED", False),
            _g(ME, ME),
            _g("sid.rao@gobble.co", "Sid Rao", "ACCEPTED", False),
            _g("emma.lund@gobble.co", "Emma Lund", "NEEDS-ACTION", False),
        ],
        description=desc,
        conference="https://meet.google.com/qmt-hrxa-bnu",
        seq=2,
        stamp="20251003T092747Z",
        created="20250925T134412Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Gobble",
        "Data Scientist, Marketplace",
        "technical",
        ["sid.rao@gobble.co", "emma.lund@gobble.co"],
        "google-rescheduled-coordinator-en",
    )


def cobalt_headhunter() -> dict[str, str]:
    uid = "4n8c1qk7t0ve3bsh2mrd9a5pfo@google.com"
    desc = (
        "Hi Priya,\n\nAs discussed, Cobalt Lane have confirmed your first interview for the Head of Analytics "
        "position. You'll meet Ellen Marsh (CFO) and Ravi Patel (Chief Risk Officer) at their Spinningfields "
        "office – reception is on the ground floor, ask for Ellen's PA.\n\nI'll call you the evening before "
        "to prep.\n\nBest,\nRuth\nKinsley Search – Executive Search, Financial Services"
    )
    ics = google(
        uid,
        "Priya Raman – Head of Analytics interview (1st stage)",
        "20251017T110000",
        "20251017T120000",
        organizer=org("ruth@kinsleysearch.com", "Ruth Kinsley"),
        attendees=[_g("ruth@kinsleysearch.com", "Ruth Kinsley", "ACCEPTED", False), _g(ME, ME)],
        description=desc + "\n\n" + google_foot(),
        location="3 Hardman Square, Spinningfields, Manchester M3 3EB",
        stamp="20251009T183311Z",
        created="20251009T183240Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Cobalt Lane",
        "Head of Analytics",
        "",
        ["Ellen Marsh", "Ravi Patel"],
        "headhunter-company-in-body-en",
    )


def tillsight_founder() -> dict[str, str]:
    uid = "1bq6m3rd0t9h7skf5pnc2o8ve4@google.com"
    desc = (
        "Hey Priya, great to e-meet via Maya! Let's do a proper interview for the data lead role – I'll dig into "
        "your SQL/dbt and forecasting experience, then you can grill me about Tillsight and where we're "
        "heading. Coffee's on me.\n\nJonny"
    )
    ics = google(
        uid,
        "Priya / Jonny – Tillsight data lead interview",
        "20250920T100000",
        "20250920T110000",
        organizer=org("jferris.builds@gmail.com", "Jonny Ferris"),
        attendees=[_g("jferris.builds@gmail.com", "Jonny Ferris", "ACCEPTED", False), _g(ME, ME)],
        description=desc + "\n\n" + google_foot(),
        location="Ziferblat, 23 Edge Street, Manchester M4 1HW",
        stamp="20250914T211706Z",
        created="20250914T211640Z",
    )
    return rec("google", ics, uid, 1, "Tillsight", "data lead", "", ["jferris.builds@gmail.com"], "founder-freemail-en")


def kestrel_tech() -> dict[str, str]:
    uid = "6hd2v9o1kq4t8ncm0rf3s7bpe5@google.com"
    desc = (
        "Hi Priya, Dan said your intro chat went well. This one's the technical round: we'll look at a "
        "(synthetic) merchant transactions dataset together in a notebook and talk about how you'd set up our "
        "first metrics layer. About an hour.\n\nTomasz\nCTO, Kestrel Pay\n\n" + meet("en", "kfa-tsbn-wdq")
    )
    ics = google(
        uid,
        "Kestrel Pay – technical deep-dive w/ Priya",
        "20250919T160000",
        "20250919T170000",
        organizer=org("tomasz@kestrelpay.com", "Tomasz Wren"),
        attendees=[_g("tomasz@kestrelpay.com", "Tomasz Wren", "ACCEPTED", False), _g(ME, ME)],
        description=desc,
        conference="https://meet.google.com/kfa-tsbn-wdq",
        stamp="20250913T101010Z",
        created="20250913T100952Z",
    )
    return rec(
        "google", ics, uid, 1, "Kestrel Pay", "", "technical", ["tomasz@kestrelpay.com"], "google-cto-technical-en"
    )


def mintbridge_hand() -> dict[str, str]:
    uid = "3m7a0ckq9d2vtrh6e1s4o8pbfl@google.com"
    ev = [
        "DTSTART:20250925T121500",
        "DTEND:20250925T124500",
        "DTSTAMP:20250921T194500Z",
        "UID:" + uid,
        "CREATED:20250921T194433Z",
        T("DESCRIPTION", "Ella from their talent team ringing my mobile. Ask: hybrid days, salary band, team size"),
        "LAST-MODIFIED:20250921T194433Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        T("SUMMARY", "Mintbridge recruiter call 📞"),
        "TRANSP:OPAQUE",
    ]
    head = ["X-WR-CALNAME:priya.raman88@gmail.com", "X-WR-TIMEZONE:Europe/London"]
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", [ev], method="PUBLISH", head=head)
    return rec("hand", ics, uid, 1, "Mintbridge", "", "recruiter_screen", ["Ella"], "hand-typed-floating-wr-tz-en")


def events() -> list[dict[str, str]]:
    return [
        thistle_takehome(),
        thistle_final(),
        gobble_screen(),
        gobble_tech_moved(),
        cobalt_headhunter(),
        tillsight_founder(),
        kestrel_tech(),
        mintbridge_hand(),
    ]
