"""train20: the user's own interviews, English, part 1 (ATS and scheduler invites)."""

from __future__ import annotations

from train20ev_ics import APPLE, GOOGLE, ME, MEET, OUTLOOK, TEAMS, ZOOM_HOWTO, Item, cal, esc

IOS_PRODID = "-//Apple Inc.//iPhone OS 17.5//EN"


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, text: str, *label: str, iv: tuple[str, ...] = (), trap: str = "", pos: int = 1) -> None:
        company, role, stage = [*label, "", "", ""][:3]
        out.append(Item(kind, "en", text, pos, company, role, stage, iv, trap))

    # Ashby recruiter screen, coordinator organises but does not attend
    add("ashby-screen", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-7f3e21c0-9a4d-4b7e-8d11-0c2f5e6a9b31",
        "DTSTAMP:20261116T093012Z",
        "DTSTART:20261124T100000Z",
        "DTEND:20261124T103000Z",
        "SUMMARY:Daniel Kim <> Paddlewise: Recruiter Screen",
        "DESCRIPTION:" + esc(
            "Hi Daniel,\n\nThis is your recruiter screen for the Customer Success Lead role at Paddlewise. "
            "You'll be speaking with Hattie Okonjo from our Talent team.\n\n"
            + ZOOM_HOWTO.format(url="https://paddlewise.zoom.us/j/83310044521?pwd=Q2xv", mid="833 1004 4521",
                                pw="719204", tap="83310044521")
            + "\n\nNeed to reschedule? https://app.ashbyhq.com/reschedule/7f3e21c0\n\nPowered by Ashby"),
        "LOCATION:https://paddlewise.zoom.us/j/83310044521?pwd=Q2xv",
        "ORGANIZER;CN=Paddlewise Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Hattie Okonjo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hattie.okonjo@paddlewise.com",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], method="REQUEST"), "Paddlewise", "Customer Success Lead", "recruiter_screen",
        iv=("hattie.okonjo@paddlewise.com",))

    # Greenhouse panel, domain is an abbreviation, legal form in the body only
    add("greenhouse-panel", cal("-//Greenhouse Software//Interview Scheduling//EN", [[
        "UID:gh-3318842-interview-551207@greenhouse.io",
        "DTSTAMP:20261117T141500Z",
        "DTSTART;TZID=Europe/London:20261126T140000",
        "DTEND;TZID=Europe/London:20261126T150000",
        "SUMMARY:Interview: Daniel Kim for Head of Customer Success (Northbank Payments)",
        "DESCRIPTION:" + esc(
            "Northbank Payments Ltd is looking forward to speaking with you.\n\nInterview: Customer scenario "
            "panel\nInterviewers: Priya Venkataraman (VP Customer), Tom Ashdown (Head of Support)\n\n"
            "Please prepare a 10 minute walkthrough of how you would onboard a mid-market merchant.\n\n"
            + TEAMS.format(mid="NzQ5ZjU2", num="372 118 904 225", pw="hD8sQk")),
        "LOCATION:Microsoft Teams Meeting",
        "ORGANIZER;CN=Greta Lindqvist (Recruiting Coordinator):mailto:greta.lindqvist@nbpay.co.uk",
        f"ATTENDEE;CN=dan.kim.uk@gmail.com;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Priya Venkataraman;PARTSTAT=ACCEPTED:mailto:priya.venkataraman@nbpay.co.uk",
        "ATTENDEE;CN=Tom Ashdown;PARTSTAT=TENTATIVE:mailto:tom.ashdown@nbpay.co.uk",
        "SEQUENCE:1",
    ]], tzids=("Europe/London",), method="REQUEST"), "Northbank Payments", "Head of Customer Success", "technical",
        iv=("priya.venkataraman@nbpay.co.uk", "tom.ashdown@nbpay.co.uk"))

    # Lever hiring manager call
    add("lever-hm", cal("-//Lever//Lever Interview//EN", [[
        "UID:lever-0d9c77a1-2f1e-4c55-a3a8-b8e2f0d14c6e",
        "DTSTAMP:20261118T081100Z",
        "DTSTART:20261127T153000Z",
        "DTEND:20261127T161500Z",
        "SUMMARY:Tallymark | Hiring Manager Interview - Daniel Kim",
        "DESCRIPTION:" + esc(
            "Position: Senior Customer Success Manager (EMEA)\nInterviewer: Marcus Oyelaran, Director of Customer "
            "Success\nFormat: 45 min video call\n\nJoin: https://meet.google.com/xke-prqa-tub\n\n"
            "Scheduled via Lever on behalf of Tallymark"),
        "LOCATION:https://meet.google.com/xke-prqa-tub",
        "ORGANIZER;CN=Tallymark Talent:mailto:talent@tallymark.io",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Marcus Oyelaran:mailto:marcus@tallymark.io",
    ]], method="REQUEST"), "Tallymark", "Senior Customer Success Manager (EMEA)", "hiring_manager",
        iv=("marcus@tallymark.io",))

    # Workable, onsite in Manchester, consultancy with a different brand domain
    add("workable-onsite", cal("-//Workable//Workable Calendar//EN", [[
        "UID:workable-evt-88120457-fernhill",
        "DTSTAMP:20261119T120000Z",
        "DTSTART;TZID=Europe/London:20261202T093000",
        "DTEND;TZID=Europe/London:20261202T123000",
        "SUMMARY:Fernhill Consulting - In-person interview (Client Success Director)",
        r"LOCATION:Fernhill Consulting\, 4th Floor\, 22 Spring Gardens\, Manchester M2 1FB",
        "DESCRIPTION:" + esc(
            "Dear Daniel,\n\nThank you for your interest in the Client Success Director position. Your in-person "
            "interview will take place at our Manchester office. Please ask for Nadia at reception.\n\n"
            "You'll meet:\n- Nadia Farouk, Managing Partner\n- Owen Pryce, Head of Delivery\n\n"
            "Kind regards,\nFernhill Consulting Group LLP\n\n-- Sent with Workable"),
        "ORGANIZER;CN=Nadia Farouk:mailto:nadia.farouk@fhcg.co.uk",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        "ATTENDEE;CN=Owen Pryce:mailto:owen.pryce@fhcg.co.uk",
    ]], tzids=("Europe/London",)), "Fernhill Consulting", "Client Success Director", "onsite",
        iv=("nadia.farouk@fhcg.co.uk", "owen.pryce@fhcg.co.uk"))

    # GoodTime onsite loop with a room resource
    add("goodtime-loop", cal("-//GoodTime.io//GoodTime Hire//EN", [[
        "UID:goodtime-7731-brightloop-onsite-01",
        "DTSTAMP:20261120T101010Z",
        "DTSTART;TZID=Europe/London:20261203T130000",
        "DTEND;TZID=Europe/London:20261203T163000",
        r"SUMMARY:[Onsite] Daniel Kim - Customer Success Manager\, Sellers - Brightloop",
        r"LOCATION:Brightloop HQ\, 9 Bonhill Street\, London EC2A 4DJ - Room: Kingfisher",
        "DESCRIPTION:" + esc(
            "Schedule\n13:00 Welcome & values chat - Leona Baptiste\n13:45 Seller journey case - Rafael Quintero\n"
            "14:45 Break\n15:00 Cross-functional - Ines Aho (Product)\n\nCoordinator: Sam Whitlock "
            "(will greet you, not interviewing)\n\nThis event was scheduled with GoodTime."),
        "ORGANIZER;CN=Sam Whitlock:mailto:sam.whitlock@brightloop.co",
        f"ATTENDEE;CN=Daniel Kim;ROLE=REQ-PARTICIPANT:mailto:{ME}",
        "ATTENDEE;CN=Leona Baptiste;ROLE=REQ-PARTICIPANT:mailto:leona@brightloop.co",
        "ATTENDEE;CN=Rafael Quintero;ROLE=REQ-PARTICIPANT:mailto:rafael.q@brightloop.co",
        "ATTENDEE;CN=Ines Aho;ROLE=REQ-PARTICIPANT:mailto:ines.aho@brightloop.co",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=LDN-3-Kingfisher (8):mailto:"
        "c_188a9kingfisher@resource.calendar.google.com",
    ]], tzids=("Europe/London",)), "Brightloop", "Customer Success Manager, Sellers", "onsite",
        iv=("leona@brightloop.co", "rafael.q@brightloop.co", "ines.aho@brightloop.co"))

    # ModernLoop virtual final
    add("modernloop-final", cal("-//ModernLoop//Scheduling//EN", [[
        "UID:ml-c2b7d9e8-orbitly-final",
        "DTSTAMP:20261121T160000Z",
        "DTSTART:20261208T140000Z",
        "DTEND:20261208T150000Z",
        "SUMMARY:Final interview with Orbitly - Daniel Kim",
        "DESCRIPTION:" + esc(
            "Role: Director of Customer Success\nStage: Final round with our CEO and COO\n\n"
            + ZOOM_HOWTO.format(url="https://orbitly.zoom.us/j/92004418830", mid="920 0441 8830", pw="ORB88",
                                tap="92004418830")
            + "\n\nScheduled by ModernLoop for Orbitly Inc."),
        "LOCATION:Zoom",
        "ORGANIZER;CN=ModernLoop Scheduling:mailto:scheduling@modernloop.io",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Ada Mensah;ROLE=REQ-PARTICIPANT:mailto:ada@orbitly.com",
        "ATTENDEE;CN=Luis Brandt;ROLE=OPT-PARTICIPANT:mailto:luis@orbitly.com",
        "ATTENDEE;CN=Orbitly Interview Recordings;CUTYPE=RESOURCE:mailto:recordings@orbitly.com",
    ]]), "Orbitly", "Director of Customer Success", "final",
        iv=("ada@orbitly.com", "luis@orbitly.com"))

    # Calendly booking with a founder on gmail
    add("calendly-founder", cal("-//Calendly//Calendly//EN", [[
        "UID:calendly-2a7f1090-6b2c-4b89-9aa5-stackfern",
        "DTSTAMP:20261118T194400Z",
        "DTSTART:20261125T120000Z",
        "DTEND:20261125T123000Z",
        "SUMMARY:Daniel Kim and Josh Varga",
        "DESCRIPTION:" + esc(
            "Event Name: Intro call - first Customer Success hire at Stackfern\n\nLocation: This is a Google Meet "
            "web conference.\nhttps://meet.google.com/oqa-vvbe-rcm\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/2a7f1090\nReschedule: https://calendly.com/reschedulings/"
            "2a7f1090\n\nPowered by Calendly.com"),
        "LOCATION:https://meet.google.com/oqa-vvbe-rcm",
        "ORGANIZER;CN=Josh Varga:mailto:joshvarga.builds@gmail.com",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=ACCEPTED:mailto:{ME}",
        "ATTENDEE;CN=Josh Varga;PARTSTAT=ACCEPTED:mailto:joshvarga.builds@gmail.com",
    ]]), "Stackfern", "", "", iv=("joshvarga.builds@gmail.com",), trap="free_mail_founder")

    # Direct Google invite from an employee, terse
    add("google-direct", cal(GOOGLE, [[
        "DTSTART:20261130T110000Z",
        "DTEND:20261130T114500Z",
        "DTSTAMP:20261123T090112Z",
        "ORGANIZER;CN=Freya Holt:mailto:freya.holt@marloweanalytics.co.uk",
        "UID:4k1t0b2m9qv8c7s3h2n6p0r5dd@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0"
        f":mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Freya Holt;X-NUM-GUESTS=0"
        ":mailto:freya.holt@marloweanalytics.co.uk",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1181276232",
        "CREATED:20261123T090110Z",
        "DESCRIPTION:" + esc("Second conversation re: the Customer Success Manager opening - this time with me as "
                             "hiring manager. Looking forward!\n\nFreya\n\n" + MEET.format(
                                 code="dwe-kmzt-fqa", pin="1842", pin2="553 201 884")),
        "LAST-MODIFIED:20261123T090111Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Daniel / Freya - Marlowe CSM",
        "TRANSP:OPAQUE",
    ]], method="REQUEST", header=("CALSCALE:GREGORIAN",)), "Marlowe Analytics", "Customer Success Manager",
        "hiring_manager", iv=("freya.holt@marloweanalytics.co.uk",))

    # Outlook with Windows zone, fintech, Teams
    add("outlook-teams", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        "CREATED:20261119T134455Z",
        "DESCRIPTION:" + esc(
            "Dear Daniel,\n\nFurther to your conversation with our Talent Acquisition team, please find below the "
            "details for your interview for the role of Client Onboarding & Success Lead.\n\n"
            "Panel: Gareth Lowe (Head of Client Services), Anjali Rao (Senior Manager, Client Success)\n\n"
            "Harcourt & Vane Capital Markets Limited is authorised and regulated by the Financial Conduct "
            "Authority.\n\n" + TEAMS.format(mid="ODJlY2Nh", num="318 990 224 018", pw="Ty7nQp")),
        "DTEND;TZID=GMT Standard Time:20261201T113000",
        "DTSTAMP:20261119T134455Z",
        "DTSTART;TZID=GMT Standard Time:20261201T103000",
        "LAST-MODIFIED:20261119T134455Z",
        "LOCATION:Microsoft Teams Meeting",
        "ORGANIZER;CN=\"Lowe, Gareth\":mailto:gareth.lowe@hvcm.com",
        f"ATTENDEE;CN={ME};RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=\"Rao, Anjali\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anjali.rao@hvcm.com",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-gb:Interview - Client Onboarding & Success Lead - Daniel Kim",
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000B07C1E4E2C5BDB01000000000000000010000000D9A3C2E0F1B74348A2",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
    ]], tzids=("GMT Standard Time",), method="REQUEST"), "Harcourt & Vane", "Client Onboarding & Success Lead",
        "", iv=("gareth.lowe@hvcm.com", "anjali.rao@hvcm.com"))

    # hand-typed, Apple, floating, no attendees
    add("handtyped-terse", cal(APPLE, [[
        "UID:9E0C1A44-3B7F-4E7A-9C51-0AF7D2C61B19",
        "DTSTAMP:20261120T211501Z",
        "CREATED:20261120T211455Z",
        "DTSTART:20261204T140000",
        "DTEND:20261204T150000",
        "SUMMARY:Clearwell interview #2 (tech/demo)",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]]), "Clearwell", "", "technical")

    # hand-typed all-day assessment day
    add("allday-assessment", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261209",
        "DTEND;VALUE=DATE:20261210",
        "DTSTAMP:20261122T180000Z",
        "UID:7hd2l0u1v4q9p3k8e6j5n2m1ab@google.com",
        "CREATED:20261122T175958Z",
        "DESCRIPTION:Halcyon assessment centre - group exercise + partner interview. Bring ID. Canary Wharf.",
        r"SUMMARY:Assessment day: Halcyon Advisory (CS Manager\, Digital)",
        "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED",
    ]], header=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Dan Kim", "X-WR-TIMEZONE:Europe/London")),
        "Halcyon Advisory", "CS Manager, Digital", "onsite")

    # Greenhouse cancellation
    add("cancelled-gh", cal("-//Greenhouse Software//Interview Scheduling//EN", [[
        "UID:gh-3320019-interview-558831@greenhouse.io",
        "DTSTAMP:20261121T111111Z",
        "DTSTART:20261126T093000Z",
        "DTEND:20261126T101500Z",
        "SUMMARY:Cancelled: Vennly interview - Customer Success Team Lead",
        "DESCRIPTION:" + esc("This interview has been cancelled. Our recruiting team will be in touch to find a "
                             "new time.\n\nInterviewer: Ciaran Doherty"),
        "ORGANIZER;CN=Vennly Recruiting:mailto:recruiting@vennly.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Ciaran Doherty:mailto:ciaran.doherty@vennly.com",
        "SEQUENCE:2",
        "STATUS:CANCELLED",
    ]], method="CANCEL"), "Vennly", "Customer Success Team Lead", "", iv=("ciaran.doherty@vennly.com",),
        trap="cancelled")

    # recurring two-morning work trial with an override
    trial_uid = "UID:3F1B7A2C-trial-gridwise-2026@icloud.com"
    add("recurring-trial", cal(IOS_PRODID, [[
        trial_uid,
        "DTSTAMP:20261119T080000Z",
        "DTSTART;TZID=Europe/London:20261210T090000",
        "DTEND;TZID=Europe/London:20261210T130000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Gridwise trial morning (CS lead interview process)",
        r"LOCATION:Gridwise\, Second Home Spitalfields\, 68 Hanbury St\, London",
        r"DESCRIPTION:Paid trial as part of the interview - shadow the CS team\, present an account plan to "
        "Chloe Wren (VP CS) at 12.",
    ], [
        trial_uid,
        "DTSTAMP:20261120T080000Z",
        "RECURRENCE-ID;TZID=Europe/London:20261211T090000",
        "DTSTART;TZID=Europe/London:20261214T093000",
        "DTEND;TZID=Europe/London:20261214T133000",
        "SUMMARY:Gridwise trial morning 2 (moved to Mon)",
        "SEQUENCE:1",
    ]], tzids=("Europe/London",)), "Gridwise", "CS Lead", "onsite", trap="recurring_override")
    return out

