"""holdout7: more of the user's own interviews in English - trials, cancellations, onsites, hand-copied entries."""

from __future__ import annotations

from holdout7_boiler import meet, teams, webex, zoom
from holdout7_ics import ME_GMAIL as G
from holdout7_ics import ME_WORK as W
from holdout7_ics import Entry, Label, att, cal, org, pos, resource, room, uid, vevent, when

P2: list[Entry] = []


def _add(kind: str, lang: str, text: str, u: str, label: Label) -> None:
    P2.append((kind, lang, text, {u: label}))


# --- English ---------------------------------------------------------------------------------------------------
u = uid("h7-emberline-trial")
_add(
    "recurring-trial",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Paid work trial - Emberline",
            when("20260406T0900", "20260406T1700", "Europe/Berlin"),
            organizer=org("mira@emberline.app", "Mira Kühn"),
            attendees=(
                att("mira@emberline.app", "Mira Kühn", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
                att("felix@emberline.app", "Felix Brandt", google=True),
            ),
            desc="Three paid trial days with the Emberline platform team (senior backend role) - you'll pick up a "
            "real ticket, "
            "pair with Felix, and demo on day three. We cover the day rate as agreed.",
            loc="Emberline, Oranienstraße 183, 10999 Berlin",
            extra=("RRULE:FREQ=DAILY;COUNT=3",),
        )
        + vevent(
            u,
            "Paid work trial - Emberline (demo day, starts later)",
            when("20260408T1100", "20260408T1800", "Europe/Berlin"),
            organizer=org("mira@emberline.app", "Mira Kühn"),
            attendees=(
                att("mira@emberline.app", "Mira Kühn", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
                att("felix@emberline.app", "Felix Brandt", google=True),
            ),
            desc="Demo day moved to 11:00.",
            loc="Emberline, Oranienstraße 183, 10999 Berlin",
            seq=1,
            extra=("RECURRENCE-ID;TZID=Europe/Berlin:20260408T090000",),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos(
        "Emberline",
        "Senior Backend Engineer",
        "",
        ("mira@emberline.app", "felix@emberline.app"),
        "recurring work trial",
    ),
)

u = uid("h7-corvid-cancel", "greenhouse.io")
_add(
    "cancelled",
    "en",
    cal(
        "greenhouse",
        vevent(
            u,
            "Canceled: Jordan Lee - Technical Interview - Backend Engineer (Corvid Systems)",
            when("20260331T1500", "20260331T1600", "Z"),
            organizer=org("coordination@corvidsystems.com", "Corvid Systems Recruiting"),
            attendees=(att(G, "Jordan Lee"), att("nate.ruiz@corvidsystems.com", "Nate Ruiz")),
            desc="This interview has been canceled. Our recruiting team will reach out with new times.",
            status="CANCELLED",
            seq=2,
        ),
        method="CANCEL",
    ),
    u,
    pos("Corvid Systems", "Backend Engineer", "technical", ("nate.ruiz@corvidsystems.com",), "cancelled"),
)

u = uid("h7-sundial-resched")
_add(
    "rescheduled",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Pairing session: Jordan + Kenji (Sundial)",
            when("20260409T1500", "20260409T1630", "Europe/Berlin"),
            organizer=org("kenji@sundial.so", "Kenji Mori"),
            attendees=(
                att("kenji@sundial.so", "Kenji Mori", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Updated: moved to Thursday because of our release. Same plan: 90 minutes of pair programming on a "
            "small "
            "feature in our codebase, as the technical round for the Senior Full-Stack Engineer role.\n\n"
            + meet("sdl-pair-nvk"),
            seq=3,
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Sundial", "Senior Full-Stack Engineer", "technical", ("kenji@sundial.so",), "rescheduled"),
)

u = uid("h7-marlowe-onsite", "outlook")
_add(
    "onsite-room",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Onsite interview - Jordan Lee - Marlowe Instruments",
            when("20260414T0930", "20260414T1500", "Eastern Standard Time"),
            organizer=org("beth.arnold@marloweinst.com", "Beth Arnold"),
            attendees=(
                att(G, "Jordan Lee"),
                att("greg.tan@marloweinst.com", "Greg Tan"),
                att("olivia.park@marloweinst.com", "Olivia Park"),
                att("sanjay.rao@marloweinst.com", "Sanjay Rao"),
                room("bos-3-fenway@marloweinst.com", "BOS-3-Fenway (8)"),
                resource("bos-av-cart2@marloweinst.com", "AV cart 2"),
            ),
            desc="Welcome to Marlowe Instruments! Please check in at reception on the 3rd floor at 9:15.\n\n"
            "9:30 Greg Tan - Embedded software\n10:45 Olivia Park - System design\n12:00 Lunch with the team\n"
            "13:30 Sanjay Rao - Director of Engineering\n\nRole: Senior Firmware Engineer\nBeth Arnold, Recruiting "
            "Coordinator",
            loc="Marlowe Instruments, 400 Harbor Blvd, Suite 300, Boston, MA 02210",
        ),
        tzs=("Eastern Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos(
        "Marlowe Instruments",
        "Senior Firmware Engineer",
        "onsite",
        ("greg.tan@marloweinst.com", "olivia.park@marloweinst.com", "sanjay.rao@marloweinst.com"),
        "rooms and resources",
    ),
)

u = uid("h7-halden-ac")
_add(
    "assessment-centre",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Halden Group - virtual assessment centre (Engineering Lead)",
            when("20260415", "20260416", "DATE"),
            desc="Copied from the invite email: group exercise 9:00, case study 11:00, panel interview 14:00. "
            "Assessors from Halden Group engineering + HR. Teams links come the day before.",
            stamp="20260401T183000Z",
        ),
        method=None,
        calname="Jordan (personal)",
    ),
    u,
    pos("Halden Group", "Engineering Lead", "", (), "all-day assessment centre"),
)

u = uid("h7-vellum-takehome", "greenhouse.io")
_add(
    "greenhouse",
    "en",
    cal(
        "greenhouse",
        vevent(
            u,
            "Take-home review: Jordan Lee (Vellum)",
            when("20260401T1600", "20260401T1700", "Europe/Berlin"),
            organizer=org("recruiting@vellum.ai", "Vellum Recruiting"),
            attendees=(
                att(G, "Jordan Lee"),
                att("dani.ross@vellum.ai", "Dani Ross"),
                att("li.wei@vellum.ai", "Li Wei"),
            ),
            desc="Hi Jordan,\n\nThanks for submitting the take-home! In this session Dani Ross and Li Wei will walk "
            "through "
            "your solution with you and discuss trade-offs.\n\nPosition: ML Platform Engineer\n\n"
            + zoom("Dani Ross", "812 5530 1947"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Vellum", "ML Platform Engineer", "technical", ("dani.ross@vellum.ai", "li.wei@vellum.ai")),
)

u = uid("h7-gullwing-final")
_add(
    "google-direct",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Final conversation with our CEO",
            when("20260416T1600", "20260416T1645", "Europe/Berlin"),
            organizer=org("people@gullwingrobotics.com", "Gullwing Robotics People Team"),
            attendees=(
                att(G, "Jordan Lee", google=True),
                att("astrid.nyberg@gullwingrobotics.com", "Astrid Nyberg", google=True),
            ),
            desc="Hi Jordan, congratulations on making it to the last step for the Robotics Software Lead role! Astrid "
            "(CEO & co-founder) would like to meet you. 45 minutes, informal.\n\n" + meet("gwr-ceo-fnl"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Gullwing Robotics", "Robotics Software Lead", "final", ("astrid.nyberg@gullwingrobotics.com",)),
)

u = uid("h7-tern-phone", "smartrecruiters.com")
_add(
    "phone-screen",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Phone Screen: Jordan Lee (Staff Engineer) - Tern Security",
            when("20260305T1630", "20260305T1700", "Z"),
            organizer=org("alex.moreno@ternsecurity.com", "Alex Moreno"),
            attendees=(att(G, "Jordan Lee"),),
            desc="Alex Moreno, Senior Talent Partner at Tern Security, will call you on +49 151 5550 1234 to talk "
            "through the "
            "Staff Engineer, Detection role, your background and salary expectations.",
            loc="Phone",
        ),
        method="REQUEST",
    ),
    u,
    pos(
        "Tern Security",
        "Staff Engineer, Detection",
        "recruiter_screen",
        ("alex.moreno@ternsecurity.com",),
        "organizer only",
    ),
)

u = uid("h7-cobble-intro")
_add(
    "recruiter-inhouse",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Intro call with Hana from Cobblestone",
            when("20260304T1000", "20260304T1030", "Europe/Berlin"),
            organizer=org("hana.sato@cobblestone.dev", "Hana Sato"),
            attendees=(
                att("hana.sato@cobblestone.dev", "Hana Sato", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Hi Jordan, looking forward to our intro call about the Senior SRE opening at Cobblestone! I'll "
            "tell you about "
            "the team and the process, and I'd love to hear what you're looking for and your notice period.\n\nHana "
            "Sato, "
            "Talent Acquisition\n\n" + meet("cbs-intr-hna"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Cobblestone", "Senior SRE", "recruiter_screen", ("hana.sato@cobblestone.dev",), "intro call is the screen"),
)

u = uid("h7-northwind-internal", "outlook")
_add(
    "internal-transfer",
    "en",
    cal(
        "exchange",
        vevent(
            u,
            "Internal interview: Platform Team Lead - Jordan Lee",
            when("20260408T1400", "20260408T1500", "W. Europe Standard Time"),
            organizer=org("ruth.becker@northwind-labs.com", "Becker, Ruth"),
            attendees=(
                att(W, "Lee, Jordan"),
                att("ruth.becker@northwind-labs.com", "Becker, Ruth", partstat="ACCEPTED"),
                att("omar.said@northwind-labs.com", "Said, Omar"),
                room("ber-5-havel@northwind-labs.com", "BER 5.02 Havel (6)"),
            ),
            desc="Hi Jordan,\n\nAs part of your internal application for Platform Team Lead, Omar (Head of Platform) "
            "and I would "
            "like to interview you. We'll talk about how you'd run the team and the roadmap.\n\nRuth Becker, HR "
            "Business Partner",
            loc="BER 5.02 Havel (6)",
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos(
        "Northwind Labs",
        "Platform Team Lead",
        "hiring_manager",
        ("ruth.becker@northwind-labs.com", "omar.said@northwind-labs.com"),
        "internal transfer, user is candidate",
    ),
)

u = uid("h7-finchvale-karat", "karat.io")
_add(
    "third-party-tech",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Karat technical interview for Finch & Vale",
            when("20260330T1700", "20260330T1800", "Z"),
            organizer=org("scheduling@karat.io", "Karat Scheduling"),
            attendees=(att(G, "Jordan Lee", google=True),),
            desc="Your technical interview for the Backend Engineer role at Finch & Vale will be conducted by a Karat "
            "Interview Engineer. Join at https://app.karat.io/interview/8c21. Use a laptop with a stable connection.",
        ),
        method="REQUEST",
    ),
    u,
    pos("Finch & Vale", "Backend Engineer", "technical", (), "interviewing service"),
)

u = uid("h7-ashgrove-bookings", "bookings")
_add(
    "bookings",
    "en",
    cal(
        "bookings",
        vevent(
            u,
            "Interview slot: Cloud Engineer - Ashgrove Council",
            when("20260407T1030", "20260407T1115", "GMT Standard Time"),
            organizer=org("CareersInterviews@ashgrove.gov.uk", "Ashgrove Careers Interviews"),
            attendees=(att(G, "Jordan Lee"), att("p.hughes@ashgrove.gov.uk", "Peter Hughes")),
            desc="Thank you for booking an interview with Ashgrove Council for the post of Cloud Engineer (ref "
            "AC-2291). "
            "Your panel: Peter Hughes (Head of Digital). Competency-based questions; please prepare examples.\n\n"
            + teams("299 104 555 872"),
        ),
        tzs=("GMT Standard Time",),
        outlook_tz=True,
    ),
    u,
    pos("Ashgrove Council", "Cloud Engineer", "", ("p.hughes@ashgrove.gov.uk",)),
)

u = uid("h7-veridian-webex", "webex")
_add(
    "webex",
    "en",
    cal(
        "webex",
        vevent(
            u,
            "Panel interview - Senior Data Scientist - Jordan Lee",
            when("20260421T1500", "20260421T1615", "Europe/Paris"),
            organizer=org("careers@veridianpharma.com", "Veridian Pharma Careers"),
            attendees=(
                att(G, "Jordan Lee"),
                att("h.laurent@veridianpharma.com", "Hélène Laurent"),
                att("m.berg@veridianpharma.com", "Mats Berg"),
                att("k.singh@veridianpharma.com", "Kiran Singh"),
            ),
            desc="Panel: Hélène Laurent (Director, Data Science), Mats Berg (Biostatistics), Kiran Singh (ML Ops).\n\n"
            + webex("veridianpharma", "2634 118 0092"),
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    pos(
        "Veridian Pharma",
        "Senior Data Scientist",
        "",
        ("h.laurent@veridianpharma.com", "m.berg@veridianpharma.com", "k.singh@veridianpharma.com"),
    ),
)

u = uid("h7-pelican-allday")
_add(
    "allday-copy",
    "en",
    cal(
        "google",
        vevent(
            u,
            "ONSITE @ Pelican Grid (bring ID!)",
            when("20260422", "20260423", "DATE"),
            desc="4 rounds, 10-15h. Pelican Grid office, Keizersgracht 313, Amsterdam. Ask for Sophie at reception. "
            "Solutions Architect role.",
            loc="Keizersgracht 313, 1016 EE Amsterdam",
            stamp="20260410T071200Z",
        ),
        method=None,
        calname="Jordan (personal)",
    ),
    u,
    pos("Pelican Grid", "Solutions Architect", "onsite", (), "hand-copied all-day"),
)

u = uid("h7-mosspike-ios", "apple")
_add(
    "apple",
    "en",
    cal(
        "ios",
        vevent(
            u,
            "Interview - Moss & Pike (final)",
            when("20260423T1100", "20260423T1200", "Europe/London"),
            desc="Final round with Callum (CTO) and Ruby (Head of Product). Lead Engineer.",
            loc="Moss & Pike\n12 Shoreditch High St\nLondon E1 6PG",
            alarm=True,
            extra=(
                "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=12 Shoreditch High St\\nLondon E1 6PG;"
                "X-APPLE-RADIUS=70;X-TITLE=Moss & Pike:geo:51.523,-0.077",
            ),
        ),
        method=None,
        tzs=("Europe/London",),
    ),
    u,
    pos("Moss & Pike", "Lead Engineer", "final", ("Callum", "Ruby"), "hand-typed"),
)

u = uid("h7-brightside-terse", "apple")
_add(
    "handtyped",
    "en",
    cal(
        "apple",
        vevent(
            u,
            "Intro w/ Kofi - Brightside Mobility hiring mgr",
            when("20260313T1130", "20260313T1200", "Europe/Berlin"),
            desc="he'll call me",
            stamp="20260310T120000Z",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    pos("Brightside Mobility", "", "hiring_manager", ("Kofi",), "hand-typed terse"),
)

u = uid("h7-quill-proton", "proton.me")
_add(
    "proton",
    "en",
    cal(
        "proton",
        vevent(
            u,
            "System design interview - Granite Lane",
            when("20260428T0800", "20260428T0900", "Z"),
            organizer=org("tessa.vo@granitelane.com", "Tessa Vo"),
            attendees=(att(G, "Jordan Lee"), att("tessa.vo@granitelane.com", "Tessa Vo", partstat="ACCEPTED")),
            desc="Hi Jordan, this is the system design round for the Principal Engineer position at Granite Lane. "
            "We'll use Excalidraw; link in the Zoom chat.\n\n"
            + zoom("Tessa Vo", "851 2207 6613", domain="granitelane.zoom.us"),
        ),
    ),
    u,
    pos("Granite Lane", "Principal Engineer", "technical", ("tessa.vo@granitelane.com",)),
)

u = uid("h7-larch-thunder", "thunderbird")
_add(
    "thunderbird",
    "en",
    cal(
        "thunderbird",
        vevent(
            u,
            "Larchmont Bio: hiring manager conversation (Bioinformatics Engineer)",
            when("20260429T1400", "20260429T1445", "America/New_York"),
            organizer=org("d.whitaker@larchmontbio.com", "Diane Whitaker"),
            attendees=(att(G, "Jordan Lee"), att("d.whitaker@larchmontbio.com", "Diane Whitaker", partstat="ACCEPTED")),
            desc="Diane Whitaker, Head of Computational Biology.\n\n" + zoom("Diane Whitaker", "944 0132 7780"),
        ),
        tzs=("America/New_York",),
    ),
    u,
    pos("Larchmont Bio", "Bioinformatics Engineer", "hiring_manager", ("d.whitaker@larchmontbio.com",)),
)
