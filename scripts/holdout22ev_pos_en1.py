"""Holdout22 positives in English (part 1): Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
    ME_CN,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def cases() -> list[Case]:
    """Given nothing returns the EN/DE interview cases."""
    out: list[Case] = []

    uid = "gh-7731902-claire@greenhouse.io"
    rec = Att("Hannah Whitcombe", "hannah.whitcombe@brightquill.com")
    desc = (
        "Hi Claire,\n\nThis confirms your Recruiter Screen with Brightquill for the Instructional Designer "
        "(Learning Experience) role.\n\nInterviewer: Hannah Whitcombe, Talent Partner\n\n"
        + zoom("874 1102 5563", "bQ7rWx2mNp")
        + "\n\nPowered by Greenhouse. Please do not reply to this email."
    )
    body = vevent(
        uid,
        "Recruiter Screen - Claire Dubois - Instructional Designer (Learning Experience)",
        "20261201T100000",
        "20261201T103000",
        tzid="Europe/London",
        organizer=Att("Brightquill Recruiting", "no-reply@greenhouse.io"),
        attendees=(rec, me()),
        desc=desc,
        location="Zoom",
    )
    out.append(
        Case(
            "gh-screen",
            uid,
            calendar("-//Greenhouse Software//Scheduling//EN", body, zones=iana_zone("Europe/London", "GMT", "BST")),
            True,
            "Brightquill",
            "Instructional Designer (Learning Experience)",
            "recruiter_screen",
            (rec.email,),
            "ats_sender",
        )
    )

    uid = "040000008200E00074C5B7101A82E00800000000D0A4C1B2F14DDB01000000000000000010000000"
    a1, a2 = (
        Att("Tobias Fairleigh", "t.fairleigh@ledgerlearn.co.uk"),
        Att("Priya Ramnath", "p.ramnath@ledgerlearn.co.uk"),
    )
    room = Att(
        "LDN-3F Thames Room (8)", "thames.room@ledgerlearn.co.uk", role="NON-PARTICIPANT", cutype="ROOM", rsvp=False
    )
    desc = (
        "Claire - looking forward to the portfolio walkthrough. Please bring two course samples you built "
        "(any tool) and be ready to talk us through one storyboard in 20 minutes.\n\nTobias (Head of Learning "
        "Design) and Priya (Senior Learning Designer) will join.\n\n" + teams()
    )
    body = vevent(
        uid,
        "Portfolio review: Claire Dubois / Senior Learning Designer",
        "20261203T140000",
        "20261203T151500",
        tzid="GMT Standard Time",
        organizer=a1,
        attendees=(Att(ME_CN, ME), a2, room),
        desc=desc,
        location="Microsoft Teams Meeting; LDN-3F Thames Room (8)",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"),
    )
    out.append(
        Case(
            "outlook-portfolio",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("GMT Standard Time")),
            True,
            "LedgerLearn",
            "Senior Learning Designer",
            "technical",
            (a1.email, a2.email),
            "room",
        )
    )

    uid = "ashby-5f2a91c0-claire-onsite@ashbyhq.com"
    people = (
        Att("Ines Marlow", "ines@tessellate.education"),
        Att("Ruben Achterberg", "ruben@tessellate.education"),
        Att("Mele Tuilagi", "mele@tessellate.education"),
    )
    coord = Att("Sasha (Tessellate Scheduling)", "scheduling@tessellate.education", role="OPT-PARTICIPANT")
    desc = (
        "Your final interview loop with Tessellate Education\nRole: Customer Education Lead (Remote, EMEA)\n\n"
        "Schedule\n13:00 Ines Marlow - VP Customer Success\n13:45 Ruben Achterberg - Product Lead, Teacher "
        "Tools\n14:30 Mele Tuilagi - Founder & CEO\n\nSasha from our scheduling team is copied for logistics "
        "only.\n\n" + meet("wqe-hhtr-kpa")
    )
    body = vevent(
        uid,
        "Final interviews with Tessellate Education (Claire Dubois)",
        "20261208T130000Z",
        "20261208T151500Z",
        organizer=coord,
        attendees=(*people, coord, me("ACCEPTED")),
        desc=desc,
        location="https://meet.google.com/wqe-hhtr-kpa",
    )
    out.append(
        Case(
            "ashby-final-loop",
            uid,
            calendar("-//Ashby//Ashby Scheduling//EN", body),
            True,
            "Tessellate Education",
            "Customer Education Lead",
            "final",
            tuple(p.email for p in people),
            "coordinator",
        )
    )

    uid = "lever-int-31e9c2aa1@hire.lever.co"
    hm = Att("Georgina Oduya", "georgina.oduya@quillstone.io")
    desc = (
        "Interview: Claire Dubois <> Georgina Oduya\nPosition: E-learning Content Developer\nStage: Hiring "
        "Manager interview\n\nGeorgina leads the Content team and will be your manager in this role.\n\n"
        + zoom("915 3300 2817", "Qs9Lk2vBn0")
    )
    body = vevent(
        uid,
        "Quillstone | Hiring Manager interview | Claire Dubois",
        "20261204T160000",
        "20261204T164500",
        tzid="Europe/Paris",
        organizer=Att("Quillstone via Lever", "no-reply@hire.lever.co"),
        attendees=(hm, me()),
        desc=desc,
        location="Zoom",
    )
    out.append(
        Case(
            "lever-hm",
            uid,
            calendar("-//Lever//Interview Scheduler//EN", body, zones=eu_zone("Europe/Paris")),
            True,
            "Quillstone",
            "E-learning Content Developer",
            "hiring_manager",
            (hm.email,),
        )
    )

    uid = "calendly-b71f0e2d-4a9c@calendly.com"
    rec = Att("Marcus Leland", "marcus.leland@northhollow.org")
    desc = (
        "Event Name: Intro call - Curriculum Designer (K-12)\n\nHi Claire, thanks for applying to North "
        "Hollow Learning! This 25-minute call is a first conversation about your background and the role.\n\n"
        "Location: This is a Google Meet web conference.\n"
        + meet("dnk-orpc-tuv")
        + "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b71f0e2d\n"
        "Reschedule: https://calendly.com/reschedulings/b71f0e2d\n\nPowered by Calendly.com"
    )
    body = vevent(
        uid,
        "Claire Dubois and Marcus Leland",
        "20261202T150000Z",
        "20261202T152500Z",
        organizer=rec,
        attendees=(rec, me("ACCEPTED")),
        desc=desc,
        location="Google Meet",
    )
    out.append(
        Case(
            "calendly-screen",
            uid,
            calendar("-//Calendly//Calendly//EN", body),
            True,
            "North Hollow Learning",
            "Curriculum Designer (K-12)",
            "recruiter_screen",
            (rec.email,),
            "title_names_only",
        )
    )

    uid = "9c1f0d2e-8a41-4b77-a1f5-2c6d4d0e7a10@workday.com"
    desc = (
        "Dear Claire Dubois,\n\nThank you for your interest in Halcyon Publishing Group. We are pleased to "
        "invite you to a Competency-Based Interview for the position Learning Content Specialist "
        "(R-0048812).\n\nPanel:\n- Oliver Grantham, Director, Digital Learning\n- Wen Li, Talent Acquisition "
        "Partner\n\nPlease join via Microsoft Teams using the link below.\n\n"
        + teams()
        + "\n\nThis is a system-generated message from Workday."
    )
    p1, p2 = Att("Oliver Grantham", "oliver.grantham@halcyonpub.com"), Att("Wen Li", "wen.li@halcyonpub.com")
    body = vevent(
        uid,
        "Interview: Learning Content Specialist - Halcyon Publishing Group",
        "20261209T091500",
        "20261209T101500",
        tzid="W. Europe Standard Time",
        organizer=Att("Halcyon Careers", "halcyon@myworkday.com"),
        attendees=(p1, p2, me()),
        desc=desc,
    )
    out.append(
        Case(
            "workday-panel",
            uid,
            calendar("-//Workday Inc//Workday Recruiting//EN", body, zones=eu_zone("W. Europe Standard Time")),
            True,
            "Halcyon Publishing Group",
            "Learning Content Specialist",
            "technical",
            (p1.email, p2.email),
            "windows_zone",
        )
    )

    uid = "h22-founder-gmail-7731@google.com"
    fnd = Att("Dev Kapoor", "devkapoor.builds@gmail.com")
    body = vevent(
        uid,
        "Claire x Dev - Lessonloop chat about the content lead role",
        "20261205T110000",
        "20261205T114500",
        tzid="Europe/Paris",
        organizer=fnd,
        attendees=(fnd, me()),
        desc=(
            "Hey Claire! Dev here, co-founder of Lessonloop (we're 6 people, building AI lesson "
            "planning for teachers). Your application for our first Content Lead hire stood out - let's "
            "do a proper interview: your teaching, how you'd build our content library, and a small "
            "exercise we'll send after.\n\n" + meet("fgh-pqrs-xyz")
        ),
        extra=("X-GOOGLE-CONFERENCE:https://meet.google.com/fgh-pqrs-xyz",),
    )
    out.append(
        Case(
            "founder-gmail",
            uid,
            calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")),
            True,
            "Lessonloop",
            "Content Lead",
            "hiring_manager",
            (fnd.email,),
            "free_mail_founder",
        )
    )

    uid = "h22-agency-en-0012@corporate-talent.eu"
    ag = Att("Fiona Brackett (Meridian Talent)", "fiona.brackett@meridiantalent.co.uk")
    cl = Att("Anneke Vos", "anneke.vos@kestrel-academy.com")
    body = vevent(
        uid,
        "Kestrel Academy - Claire Dubois - Learning Experience Designer - 1st interview",
        "20261210T130000Z",
        "20261210T140000Z",
        organizer=ag,
        attendees=(cl, me()),
        desc=(
            "Hi Claire,\n\nAs discussed, Kestrel Academy (the corporate university of Kestrel Logistics) "
            "would like to meet you for the Learning Experience Designer role. You'll speak with Anneke "
            "Vos, Academy Programme Manager. I won't be on the call myself - ring me afterwards!\n\nFiona"
            "\nMeridian Talent | Learning & Development Recruitment\n\n" + teams()
        ),
    )
    out.append(
        Case(
            "agency-en",
            uid,
            calendar(OUTLOOK, body),
            True,
            "Kestrel Academy",
            "Learning Experience Designer",
            "technical",
            (cl.email,),
            "agency",
        )
    )

    uid = "h22-handtyped-ios-01@icloud.com"
    body = vevent(
        uid,
        "Interview Skillwright (video) - ID role",
        "20261207T173000",
        "20261207T181500",
        tzid="Europe/Paris",
        desc="Jess Okafor = hiring manager (L&D). Link in mail. Prep storyboard sample!",
        status="",
        extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"),
    )
    out.append(
        Case(
            "apple-handtyped",
            uid,
            calendar("-//Apple Inc.//macOS 14.6//EN", body, method=None, zones=iana_zone("Europe/Paris")),
            True,
            "Skillwright",
            "",
            "hiring_manager",
            (),
            "hand_typed",
        )
    )

    return out
