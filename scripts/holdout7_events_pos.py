"""holdout7: the user's own interviews in English, as ATS, schedulers, colleagues, agencies and the user write them."""

from __future__ import annotations

from holdout7_boiler import meet, teams, zoom
from holdout7_ics import ME_GMAIL as G
from holdout7_ics import ME_WORK as W
from holdout7_ics import Entry, Label, att, cal, org, pos, uid, vevent, when

P: list[Entry] = []


def _add(kind: str, lang: str, text: str, u: str, label: Label) -> None:
    P.append((kind, lang, text, {u: label}))


# --- English ---------------------------------------------------------------------------------------------------
u = uid("h7-tidewater-screen", "greenhouse.io")
_add(
    "greenhouse",
    "en",
    cal(
        "greenhouse",
        vevent(
            u,
            "Jordan Lee - Recruiter Phone Screen - Senior Backend Engineer (Tidewater Freight)",
            when("20260310T1600", "20260310T1630", "America/New_York"),
            organizer=org("scheduling@tidewaterfreight.com", "Tidewater Freight Recruiting"),
            attendees=(att(G, "Jordan Lee"), att("priya.raman@tidewaterfreight.com", "Priya Raman")),
            desc="Hi Jordan,\n\nThanks for your interest in the Senior Backend Engineer role at Tidewater Freight! "
            "Priya Raman (Technical Recruiter) will call you at the number on your application.\n\n"
            "Interviewer: Priya Raman, Technical Recruiter\nDuration: 30 minutes\n\nPlease reply to this email if you "
            "need to reschedule.\n\nSent via Greenhouse",
            loc="Phone call (we will call you)",
        ),
        tzs=("America/New_York",),
    ),
    u,
    pos("Tidewater Freight", "Senior Backend Engineer", "recruiter_screen", ("priya.raman@tidewaterfreight.com",)),
)

u = uid("h7-kestrel-tech", "lever")
_add(
    "lever",
    "en",
    cal(
        "lever",
        vevent(
            u,
            "Kestrel Maps <> Jordan Lee: Technical Interview",
            when("20260312T1500", "20260312T1600", "Z"),
            organizer=org("no-reply@hire.lever.co", "Kestrel Maps via Lever"),
            attendees=(
                att(G, "Jordan Lee"),
                att("owen.blake@kestrelmaps.com", "Owen Blake"),
                att("fatima.zahir@kestrelmaps.com", "Fatima Zahir"),
            ),
            desc="Interview for: Platform Engineer\nCandidate: Jordan Lee\n\nYou'll meet Owen Blake (Staff Engineer) "
            "and "
            "Fatima Zahir (Senior Engineer) for a 60 minute technical conversation: systems design and a short coding "
            "exercise in the language of your choice.\n\n" + meet("qwt-hbnd-xra"),
        ),
    ),
    u,
    pos(
        "Kestrel Maps", "Platform Engineer", "technical", ("owen.blake@kestrelmaps.com", "fatima.zahir@kestrelmaps.com")
    ),
)

u = uid("h7-quarry-final", "ashbyhq.com")
_add(
    "ashby",
    "en",
    cal(
        "ashby",
        vevent(
            u,
            "Final Round Interviews - Staff Data Engineer - Quarry Analytics",
            when("20260318T0930", "20260318T1300", "Europe/London"),
            organizer=org("gemma.holt@quarryanalytics.io", "Gemma Holt"),
            attendees=(
                att(G, "Jordan Lee"),
                att("raj.iyer@quarryanalytics.io", "Raj Iyer"),
                att("lucy.chambers@quarryanalytics.io", "Lucy Chambers"),
                att("tobi.adeyemi@quarryanalytics.io", "Tobi Adeyemi"),
            ),
            desc="Hi Jordan, here is your final round for the Staff Data Engineer position.\n\n"
            "09:30 Data modelling - Raj Iyer (Principal Engineer)\n10:30 Pipeline design - Lucy Chambers (Data Lead)\n"
            "11:45 Values & collaboration - Tobi Adeyemi (VP Engineering)\n\nGemma Holt, Recruiting Coordinator, will "
            "send the links; she won't join the sessions.\n\nScheduled with Ashby",
            loc="Google Meet",
        ),
        tzs=("Europe/London",),
    ),
    u,
    pos(
        "Quarry Analytics",
        "Staff Data Engineer",
        "final",
        ("raj.iyer@quarryanalytics.io", "lucy.chambers@quarryanalytics.io", "tobi.adeyemi@quarryanalytics.io"),
    ),
)

u = uid("h7-harrowgate-wd", "myworkday.com")
_add(
    "workday",
    "en",
    cal(
        "workday",
        vevent(
            u,
            "Interview Scheduled: Senior Software Engineer (R-20931)",
            when("20260319T1400", "20260319T1500", "Z"),
            organizer=org("harrowgate@myworkday.com", "Harrowgate Insurance Talent Acquisition"),
            attendees=(att(G, "Jordan Lee"), att("colin.marsh@harrowgate.co.uk", "Colin Marsh")),
            desc="Dear Jordan Lee,\n\nYour interview for Senior Software Engineer (R-20931) at Harrowgate Insurance "
            "has been "
            "scheduled.\n\nInterview type: Hiring Manager Interview\nInterviewer: Colin Marsh, Engineering Manager\n"
            "Location: Microsoft Teams (link below)\n\n" + teams("391 227 804 515"),
            loc="Microsoft Teams Meeting",
        ),
        method="REQUEST",
    ),
    u,
    pos("Harrowgate Insurance", "Senior Software Engineer", "hiring_manager", ("colin.marsh@harrowgate.co.uk",)),
)

u = uid("h7-pinecrest-gt", "goodtime.io")
_add(
    "goodtime",
    "en",
    cal(
        "goodtime",
        vevent(
            u,
            "Pinecrest Health | Technical Interview | Jordan Lee",
            when("20260324T1100", "20260324T1200", "America/New_York"),
            organizer=org("scheduling@goodtime.io", "Pinecrest Health Talent Team"),
            attendees=(
                att(G, "Jordan Lee"),
                att("ana.lucero@pinecresthealth.org", "Ana Lucero"),
                att(
                    "recruiting.coordination@pinecresthealth.org",
                    "Pinecrest Recruiting Coordination",
                    role="OPT-PARTICIPANT",
                ),
            ),
            desc="Jordan, you are confirmed for a Technical Interview for Software Engineer II, Clinical Platform.\n\n"
            "Interviewer: Ana Lucero, Senior Software Engineer\n\n"
            + zoom("Ana Lucero", "873 0041 5529")
            + "\n\nNeed to reschedule? Reply to this invitation.\nPowered by GoodTime",
        ),
        tzs=("America/New_York",),
    ),
    u,
    pos(
        "Pinecrest Health", "Software Engineer II, Clinical Platform", "technical", ("ana.lucero@pinecresthealth.org",)
    ),
)

u = uid("h7-lattice-ml", "modernloop.io")
_add(
    "modernloop",
    "en",
    cal(
        "modernloop",
        vevent(
            u,
            "Virtual Onsite - Jordan Lee - Lattice Ridge",
            when("20260326T1300", "20260326T1630", "America/Los_Angeles"),
            organizer=org("talent@latticeridge.com", "Lattice Ridge Talent"),
            attendees=(
                att(G, "Jordan Lee"),
                att("kwame.osei@latticeridge.com", "Kwame Osei"),
                att("irene.szabo@latticeridge.com", "Irene Szabo"),
                att("dev.patel@latticeridge.com", "Dev Patel"),
            ),
            desc="Your virtual onsite for Senior Infrastructure Engineer\n\n1:00 PM Coding - Kwame Osei\n"
            "2:00 PM Architecture - Irene Szabo\n3:15 PM Hiring manager - Dev Patel\n\nEach session has its own Zoom "
            "link in the candidate portal.\n\nScheduled with ModernLoop",
        ),
        tzs=("America/Los_Angeles",),
    ),
    u,
    pos(
        "Lattice Ridge",
        "Senior Infrastructure Engineer",
        "onsite",
        ("kwame.osei@latticeridge.com", "irene.szabo@latticeridge.com", "dev.patel@latticeridge.com"),
    ),
)

u = uid("h7-brackenfield-cal", "calendly.com")
_add(
    "calendly",
    "en",
    cal(
        "calendly",
        vevent(
            u,
            "Recruiter Screen: Data Platform Engineer between Sam Whitfield and Jordan Lee",
            when("20260311T0900", "20260311T0930", "Z"),
            organizer=org("sam.whitfield@brackenfield.io", "Sam Whitfield"),
            attendees=(
                att("sam.whitfield@brackenfield.io", "Sam Whitfield", partstat="ACCEPTED"),
                att(G, "Jordan Lee", partstat="ACCEPTED"),
            ),
            desc="Event Name: Recruiter Screen: Data Platform Engineer\n\nA quick first call with the Brackenfield "
            "talent team.\n\nLocation: This is a Google Meet web conference.\n"
            "https://meet.google.com/bpe-rrsd-kto\n\nNeed to make changes to this event?\nCancel: "
            "https://calendly.com/cancellations/7b1d\nReschedule: https://calendly.com/reschedulings/7b1d\n\n"
            "Powered by Calendly.com",
            loc="https://meet.google.com/bpe-rrsd-kto",
        ),
        method=None,
    ),
    u,
    pos("Brackenfield", "Data Platform Engineer", "recruiter_screen", ("sam.whitfield@brackenfield.io",)),
)

u = uid("h7-orbital-calcom", "cal.com")
_add(
    "calcom",
    "en",
    cal(
        "calcom",
        vevent(
            u,
            "Technical deep dive between Ravi Kapoor and Jordan Lee",
            when("20260313T1500", "20260313T1600", "Z"),
            organizer=org("ravi@orbitalsoft.dev", "Ravi Kapoor"),
            attendees=(att(G, "Jordan Lee", partstat="ACCEPTED"),),
            desc="What: Technical deep dive between Ravi Kapoor and Jordan Lee\nInvitee time zone: Europe/Berlin\n"
            "Additional notes: Orbital Software - Backend Engineer (Go) - second round. Bring a project you're proud "
            "of; "
            "we'll go deep on it.\nWhere: Cal Video https://app.cal.com/video/hv72Kq\n\nNeed to reschedule or cancel? "
            "https://app.cal.com/booking/hv72Kq",
            loc="https://app.cal.com/video/hv72Kq",
        ),
        method="REQUEST",
        nofold=True,
    ),
    u,
    pos("Orbital Software", "Backend Engineer (Go)", "technical", ("ravi@orbitalsoft.dev",)),
)

u = uid("h7-saffron-sync")
_add(
    "google-direct",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Quick sync - Jordan / Elif",
            when("20260317T1700", "20260317T1730", "Europe/Berlin"),
            organizer=org("elif.demir@saffronpay.com", "Elif Demir"),
            attendees=(
                att("elif.demir@saffronpay.com", "Elif Demir", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Hi Jordan - Noor passed your profile along. I run the payments infrastructure team at Saffron Pay "
            "and I'm hiring an "
            "Engineering Manager; let's use this half hour for me to learn about how you lead teams and for you to "
            "ask me anything about the role.\n\nElif\n\n" + meet("sfp-ewmx-qaz"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos(
        "Saffron Pay",
        "Engineering Manager",
        "hiring_manager",
        ("elif.demir@saffronpay.com",),
        "quick sync is the interview",
    ),
)

u = uid("h7-loomwise-founder")
_add(
    "founder-gmail",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Loomwise x Jordan - founding engineer interview",
            when("20260320T1030", "20260320T1130", "Europe/London"),
            organizer=org("theo.marsh.dev@gmail.com", "Theo Marsh"),
            attendees=(
                att("theo.marsh.dev@gmail.com", "Theo Marsh", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Hey Jordan! As discussed by email: 60 min, I'll walk you through what we're building at Loomwise, "
            "then we'll "
            "whiteboard the ingestion pipeline together. No prep needed.\n\nTheo (co-founder, CTO)\n\n"
            + meet("lmw-xfnd-ipo"),
        ),
        tzs=("Europe/London",),
    ),
    u,
    pos("Loomwise", "Founding Engineer", "technical", ("theo.marsh.dev@gmail.com",), "founder on free mail"),
)

u = uid("h7-castellan-agency", "outlook")
_add(
    "agency-outlook",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Interview: Jordan Lee / Castellan Bank - Senior Python Developer",
            when("20260325T1000", "20260325T1100", "GMT Standard Time"),
            organizer=org("hannah.cole@redwoodtalent.co.uk", "Hannah Cole"),
            attendees=(
                att(G, "Jordan Lee"),
                att("m.adebayo@castellanbank.com", "Adebayo, Michael"),
                att("s.whitlock@castellanbank.com", "Whitlock, Sophie"),
            ),
            desc="Hi Jordan,\n\nAs promised, here are the details for your first interview with Castellan Bank for "
            "the Senior "
            "Python Developer (contract-to-perm) role. You'll meet Michael Adebayo (Head of Quant Engineering) and "
            "Sophie "
            "Whitlock (Lead Developer). I won't be on the call - ring me afterwards!\n\nHannah Cole | Senior "
            "Consultant | "
            "Redwood Talent Partners\n\n" + teams("317 662 090 441"),
            loc="Microsoft Teams Meeting",
            extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"),
        ),
        tzs=("GMT Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos(
        "Castellan Bank",
        "Senior Python Developer",
        "",
        ("m.adebayo@castellanbank.com", "s.whitlock@castellanbank.com"),
        "agency naming employer",
    ),
)

u = uid("h7-brightloom-hand")
_add(
    "handtyped",
    "en",
    cal(
        "ios",
        vevent(
            u,
            "Chat with Ines (Brightloom)",
            when("20260316T1400", "20260316T1445", "Europe/Berlin"),
            stamp="20260309T190344Z",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Brightloom", trap="hand-typed title only"),
)

u = uid("h7-hollis-terse")
_add(
    "handtyped",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Hollis Freight - tech screen w/ Arun",
            when("20260323T1400", "20260323T1500", None),
            desc="arun's the tech lead. they use kafka + go. ask about on-call",
            stamp="20260315T210000Z",
        ),
        method=None,
        xwr="Europe/Berlin",
        calname="Jordan (personal)",
    ),
    u,
    pos("Hollis Freight", "", "technical", ("Arun",), "hand-typed terse"),
)

u = uid("h7-amberly-fw", "outlook")
_add(
    "outlook-forward",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "FW: Interview - Senior Platform Engineer - Jordan Lee",
            when("20260327T1330", "20260327T1430", "W. Europe Standard Time"),
            organizer=org("kees.devries@amberlyhq.nl", "Kees de Vries"),
            attendees=(att(G, "Jordan Lee"), att(W, "Jordan Lee")),
            desc="From: Kees de Vries <kees.devries@amberlyhq.nl>\nSent: Monday, March 16, 2026 10:12\nTo: Jordan Lee "
            "<jordan.lee@gmail.com>\nSubject: Interview - Senior Platform Engineer - Jordan Lee\n\nHi Jordan, "
            "confirming "
            "your interview with me and Anouk Visser (Platform Lead) at Amberly for the Senior Platform Engineer "
            "role.\n\n" + teams("355 018 776 230"),
            loc="Microsoft Teams Meeting",
        ),
        method="PUBLISH",
    ),
    u,
    pos(
        "Amberly",
        "Senior Platform Engineer",
        "",
        ("kees.devries@amberlyhq.nl", "Anouk Visser"),
        "forwarded to own work address",
    ),
)

u = uid("h7-holloway-teams", "outlook")
_add(
    "outlook-teams",
    "en",
    cal(
        "exchange",
        vevent(
            u,
            "Jordan Lee - Technical Interview - Data Engineer II",
            when("20260402T1000", "20260402T1100", "GMT Standard Time"),
            organizer=org("laura.finch@hollowayenergy.com", "Finch, Laura"),
            attendees=(
                att(G, "jordan.lee@gmail.com"),
                att("george.okoro@hollowayenergy.com", "Okoro, George"),
                att("laura.finch@hollowayenergy.com", "Finch, Laura", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
            ),
            desc="Hi Jordan,\n\nGeorge Okoro (Senior Data Engineer) will run your technical interview for Data "
            "Engineer II at "
            "Holloway Energy. I have added myself as optional so I can let you in - I won't be "
            "interviewing.\n\nLaura Finch\n"
            "Talent Acquisition Partner\n\n" + teams("248 913 007 162"),
            loc="Microsoft Teams Meeting",
            extra=(
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ho",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            ),
        ),
        tzs=("GMT Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos(
        "Holloway Energy", "Data Engineer II", "technical", ("george.okoro@hollowayenergy.com",), "coordinator attends"
    ),
)
