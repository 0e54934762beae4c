"""holdout83: the user's own interviews with US employers, ATS and scheduler shapes (part 1)."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, Ev, T, att, cal, desc, meet, meet_link, org, zoom

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"


def brightpath_screen() -> Ev:
    uid = "5q2k1v0hd7o3n8mbs9e4rj6c1a@google.com"
    url, zt = zoom("en", "brightpathhealth", "bp-screen")
    text = T(f"""
        Hi Valentina,

        Thanks again for your interest in Brightpath Health! This invite confirms your recruiter screen for the
        Junior Software Engineer (Remote - LATAM) position.

        Interviewer: Maya Okafor, Technical Recruiter
        Duration: 30 minutes

        Maya will walk you through the role, our care-navigation platform and the rest of the process, and will
        want to hear about your background and what you are looking for next. No preparation needed.

        If you need to reschedule, just reply to this email or write to devon.hart@brightpathhealth.com.

        Best,
        Devon Hart | Recruiting Coordinator, Brightpath Health

        {zt}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20250312T110000",
        "DTEND;TZID=America/New_York:20250312T113000",
        "DTSTAMP:20250307T182211Z",
        org("devon.hart@brightpathhealth.com", "Devon Hart"),
        f"UID:{uid}",
        att("maya.okafor@brightpathhealth.com", "Maya Okafor", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        att("devon.hart@brightpathhealth.com", "Devon Hart", ps="ACCEPTED", role="OPT-PARTICIPANT"),
        "CREATED:20250307T182208Z",
        desc(text),
        "LAST-MODIFIED:20250307T182210Z",
        f"LOCATION:{url}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Valentina Ríos <> Brightpath Health | Recruiter Screen",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("greenhouse", uid, cal(body, prodid=GCAL, tz=("America/New_York",)), 1, "Brightpath Health",
              "Junior Software Engineer (Remote - LATAM)", "recruiter_screen", "maya.okafor@brightpathhealth.com",
              "greenhouse-recruiter-en")


def brightpath_technical() -> Ev:
    uid = "0b7te3sjn4gf2l1p9d8vq5m6ko@google.com"
    url, zt = zoom("en", "brightpathhealth", "bp-tech")
    text = T(f"""
        Hi Valentina,

        Congratulations on moving forward! Here are the details for your Technical Interview (Live Coding) for
        Junior Software Engineer (Remote - LATAM).

        When: Wednesday, March 26 · 2:00 - 3:00pm (Eastern Time)
        Interviewers:
        - Owen Gallagher, Senior Software Engineer
        - Priscila Duarte, Software Engineer II

        You will pair with the team on a small problem in CoderPad (JavaScript or TypeScript, your choice):
        https://app.coderpad.io/bp-7KQ2XW
        Feel free to look things up as you would on the job — we care about how you think and communicate.

        Please join 2-3 minutes early so we can check audio and screen sharing.

        {zt}

        This interview was scheduled via Greenhouse. Need to make a change? Reply to this email and our
        coordinator will help.
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20250326T140000",
        "DTEND;TZID=America/New_York:20250326T150000",
        "DTSTAMP:20250319T150402Z",
        org("devon.hart@brightpathhealth.com", "Devon Hart"),
        f"UID:{uid}",
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED"),
        att("owen.gallagher@brightpathhealth.com", "Owen Gallagher", ps="ACCEPTED"),
        att("priscila.duarte@brightpathhealth.com", "Priscila Duarte", ps="TENTATIVE"),
        "CREATED:20250319T150358Z",
        desc(text),
        "LAST-MODIFIED:20250320T121533Z",
        f"LOCATION:{url}",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Technical Interview (Live Coding) - Brightpath Health",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S",
        "END:VALARM",
        "END:VEVENT",
    ]
    return Ev("greenhouse", uid, cal(body, prodid=GCAL, tz=("America/New_York",)), 1, "Brightpath Health",
              "Junior Software Engineer (Remote - LATAM)", "technical",
              "owen.gallagher@brightpathhealth.com;priscila.duarte@brightpathhealth.com", "greenhouse-technical-en")


def lumenfold_lever() -> Ev:
    uid = "lever-interview-4f1d0c2e-93b7-4a56-b1e8-2d6c0f7a9b31"
    text = T("""
        Valentina,

        You're confirmed for your Technical Interview with Lumenfold for the Frontend Engineer (React) - LatAm
        role.

        Who you'll meet:
        Ravi Menon - Staff Frontend Engineer
        Kate Sullivan - Frontend Engineer

        Format (60 min): 10 min intros, 40 min building a small React component together, 10 min for your
        questions. We'll share a CodeSandbox link at the start of the call.

        Join the video call: https://lumenfold.zoom.us/j/93018842711
        Meeting ID: 930 1884 2711

        Looking forward to it,
        Lumenfold Talent Team

        --
        Powered by Lever
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250314T201537Z",
        "DTSTART:20250318T170000Z",
        "DTEND:20250318T180000Z",
        "SUMMARY:Lumenfold - Technical Interview - Valentina Ríos",
        desc(text),
        "LOCATION:https://lumenfold.zoom.us/j/93018842711",
        org("no-reply@hire.lever.co", "Lumenfold Talent Team"),
        att(USER_FREE, "Valentina Ríos", rsvp="TRUE", style="plain"),
        att("ravi.menon@lumenfold.io", "Ravi Menon", ps="ACCEPTED", rsvp=None, style="plain"),
        att("kate.sullivan@lumenfold.io", "Kate Sullivan", ps="ACCEPTED", rsvp=None, style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("lever", uid, cal(body, prodid="-//Lever//Lever Hire//EN"), 1, "Lumenfold",
              "Frontend Engineer (React) - LatAm", "technical", "ravi.menon@lumenfold.io;kate.sullivan@lumenfold.io",
              "lever-utc-en")


def lumenfold_final() -> Ev:
    uid = "6hf0a2m9c1q8ktrp3b5nlv7uoe@google.com"
    text = T(f"""
        Hi Valentina!

        As discussed, here is the last step: a conversation with Grace Ahn (Head of Engineering) about how you
        work, how you learn and what you want from your next team. It's not technical.

        After this we aim to get back to you within a week.

        Sarah
        People Partner, Lumenfold

        {meet("en", "lumenfold-final")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20250402T120000",
        "DTEND;TZID=America/Los_Angeles:20250402T124500",
        "DTSTAMP:20250327T231002Z",
        org("sarah.lindqvist@lumenfold.io", "Sarah Lindqvist"),
        f"UID:{uid}",
        att("grace.ahn@lumenfold.io", "Grace Ahn", ps="ACCEPTED"),
        att(USER_FREE, "vale.rios.dev@gmail.com"),
        att("sarah.lindqvist@lumenfold.io", "Sarah Lindqvist", ps="ACCEPTED", rsvp="TRUE"),
        "X-GOOGLE-CONFERENCE:" + meet_link("lumenfold-final"),
        "CREATED:20250327T230950Z",
        desc(text),
        "LAST-MODIFIED:20250327T231001Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Final round: Valentina / Grace (Lumenfold)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("America/Los_Angeles",)), 1, "Lumenfold", "", "final",
              "grace.ahn@lumenfold.io", "gcal-final-en")


def cardinalis_ashby() -> Ev:
    uid = "ashby-7b2e5d1c-0f4a-4c9e-8e21-6a3f9d0b7c15@ashbyhq.com"
    text = T("""
        Hi Valentina,

        Your Hiring Manager Interview for Software Engineer I (Payments) at Cardinalis is confirmed.

        Interviewer: Nadia Ferris (Engineering Manager, Payments)
        Time: Thursday, April 3, 2025, 10:00 AM - 10:45 AM EDT

        Nadia will talk about the team's roadmap, dig into one or two projects from your portfolio (the bootcamp
        final project is great!) and answer your questions about working remotely with the NYC team.

        Google Meet: https://meet.google.com/hbp-vxse-wmu

        Need to reschedule? https://app.ashbyhq.com/scheduling/reschedule/0c71d2

        Cardinalis Recruiting
        Scheduled with Ashby
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SEQUENCE:0",
        "DTSTAMP:20250328T142210Z",
        "DTSTART:20250403T140000Z",
        "DTEND:20250403T144500Z",
        "SUMMARY:Hiring Manager Interview | Cardinalis x Valentina Ríos",
        "LOCATION:https://meet.google.com/hbp-vxse-wmu",
        desc(text),
        org("recruiting@cardinalis.finance", "Cardinalis Recruiting"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("nadia.ferris@cardinalis.finance", "Nadia Ferris", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("ashby", uid, cal(body, prodid="-//Ashby//Ashby Scheduling//EN"), 1, "Cardinalis",
              "Software Engineer I (Payments)", "hiring_manager", "nadia.ferris@cardinalis.finance",
              "ashby-hiring-manager-en")


def stackwell_onsite() -> Ev:
    uid = "gt-8c41f2a7e09d4b3d9f1a55e0c6b2d7e1@goodtime.io"
    text = T("""
        Hi Valentina,

        We're excited to host you for your Virtual Onsite for the Associate Software Engineer role at Stackwell
        Labs! Below is your schedule (all times Pacific):

        9:00 - 9:45   Coding — Derek Liu, Software Engineer
        9:45 - 10:30  Debugging & code review — Amara Nwosu, Senior Software Engineer
        10:30 - 10:45 Break
        10:45 - 11:30 Behavioral — Jon Becker, Engineering Manager

        Hannah Ruiz (Recruiting Coordinator) will open the Zoom room and stay as your point of contact; she
        won't be interviewing.

        Zoom: https://stackwell.zoom.us/j/81744019276?pwd=c3RhY2t3ZWxs
        Meeting ID: 817 4401 9276 / Passcode: 204418

        Tips: have an editor ready for the coding session and a quiet space. Water breaks are always OK.

        Powered by GoodTime.io
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250408T170233Z",
        "DTSTART;TZID=America/Los_Angeles:20250415T090000",
        "DTEND;TZID=America/Los_Angeles:20250415T113000",
        "SUMMARY:Stackwell Labs Virtual Onsite - Valentina Ríos",
        desc(text),
        "LOCATION:Zoom - https://stackwell.zoom.us/j/81744019276",
        org("scheduling@stackwell.dev", "Stackwell Labs Scheduling"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("hannah.ruiz@stackwell.dev", "Hannah Ruiz", role="NON-PARTICIPANT", ps="ACCEPTED", rsvp=None,
            style="plain"),
        att("derek.liu@stackwell.dev", "Derek Liu", ps="ACCEPTED", style="plain"),
        att("amara.nwosu@stackwell.dev", "Amara Nwosu", ps="ACCEPTED", style="plain"),
        att("jon.becker@stackwell.dev", "Jon Becker", ps="NEEDS-ACTION", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("goodtime", uid, cal(body, prodid="-//GoodTime.io//Scheduler//EN", tz=("America/Los_Angeles",),
                                   tzstyle="apple"), 1,
              "Stackwell Labs", "Associate Software Engineer", "onsite",
              "derek.liu@stackwell.dev;amara.nwosu@stackwell.dev;jon.becker@stackwell.dev", "goodtime-onsite-en")


def stackwell_phone() -> Ev:
    uid = "3m8rjv2ls0b1eqk5a7dn4o9ct6@google.com"
    text = T("""
        Hey Valentina — great to e-meet you. I'll call you on WhatsApp at the number on your resume
        (+54 9 11 5012-7743). If that doesn't work I'll send a Meet link.

        Plan: 20-25 min about your background, what you're looking for, the Associate SWE role and logistics
        (contractor setup for Argentina, time-zone overlap).

        Talk soon,
        Marcus
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20250325T150000Z",
        "DTEND:20250325T153000Z",
        "DTSTAMP:20250321T004512Z",
        org("marcus.tran@stackwell.dev", "Marcus Tran"),
        f"UID:{uid}",
        att("marcus.tran@stackwell.dev", "Marcus Tran", ps="ACCEPTED", rsvp="TRUE"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED"),
        "CREATED:20250321T004509Z",
        desc(text),
        "LAST-MODIFIED:20250321T020117Z",
        "LOCATION:Phone / WhatsApp +54 9 11 5012-7743",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Phone screen: Valentina Rios / Stackwell Labs",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL), 1, "Stackwell Labs", "Associate SWE",
              "recruiter_screen", "marcus.tran@stackwell.dev", "phone-screen-en")


EVENTS = [brightpath_screen, brightpath_technical, lumenfold_lever, lumenfold_final, cardinalis_ashby,
          stackwell_onsite, stackwell_phone]

FORMS = {
    "Brightpath Health": ["Brightpath"],
    "Lumenfold": [],
    "Cardinalis": [],
    "Stackwell Labs": ["Stackwell"],
}
