"""train20: the user's own interviews, English, part 2 (direct, agency, founder, hand-typed, abroad)."""

from __future__ import annotations

from train20ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    MEET,
    OUTLOOK,
    TEAMS,
    WEBEX,
    WORK,
    ZOOM_HOWTO,
    Item,
    cal,
    esc,
)


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, text: str, *label: str, iv: tuple[str, ...] = (), trap: str = "") -> None:
        company, role, stage = [*label, "", "", ""][:3]
        out.append(Item(kind, "en", text, 1, company, role, stage, iv, trap))

    add("gem-screen", cal("-//Gem//Gem Scheduling//EN", [[
        "UID:gem-sched-51e0c3aa90b2-quill",
        "DTSTAMP:20261117T103000Z",
        "DTSTART:20261123T163000Z",
        "DTEND:20261123T170000Z",
        "SUMMARY:Quill x Daniel Kim - intro with Talent",
        "DESCRIPTION:" + esc(
            "Hi Daniel - thanks for replying to Bea's note. This 30 minute call is a first conversation about the "
            "Head of Customer Success role at Quill Payments.\n\nBea Achterberg, Senior Talent Partner\n\n"
            "Video: https://meet.google.com/vbh-qqnt-aza\n\nSent via Gem"),
        "ORGANIZER;CN=Bea Achterberg:mailto:bea@quill.money",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Bea Achterberg;PARTSTAT=ACCEPTED:mailto:bea@quill.money",
    ]], method="REQUEST"), "Quill Payments", "Head of Customer Success", "recruiter_screen",
        iv=("bea@quill.money",))

    add("agency-employer", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E0080000000060E1AC77B25BDB010000000000000000100000004F6A1C",
        "DTSTAMP:20261118T100000Z",
        "DTSTART;TZID=GMT Standard Time:20261125T160000",
        "DTEND;TZID=GMT Standard Time:20261125T164500",
        "SUMMARY:Coinfield - Daniel Kim - 1st stage interview (via Pinnacle Talent)",
        "DESCRIPTION:" + esc(
            "Hi Daniel,\n\nAs discussed, Coinfield would like to meet you for the Customer Success Manager "
            "(Institutional) role. You'll speak with Rhys Tanaka, Head of Client Success. I won't be on the call "
            "but will ring you afterwards for feedback.\n\nVideo link: https://coinfield.zoom.us/j/81122093345\n\n"
            "Best,\nMolly Grange\nSenior Consultant | Pinnacle Talent Partners\nThis email is confidential."),
        "LOCATION:https://coinfield.zoom.us/j/81122093345",
        "ORGANIZER;CN=Molly Grange:mailto:molly.grange@pinnacletalent.co.uk",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Rhys Tanaka:mailto:rhys.tanaka@coinfield.com",
    ]], tzids=("GMT Standard Time",), method="REQUEST"), "Coinfield", "Customer Success Manager (Institutional)",
        "", iv=("rhys.tanaka@coinfield.com",), trap="agency_names_employer")

    add("remote-us-zoom", cal("-//zoom.us//iCalendar Event//EN", [[
        "UID:ZOOM88214506622-helixcloud",
        "DTSTAMP:20261119T170000Z",
        "DTSTART:20261201T170000Z",
        "DTEND:20261201T180000Z",
        r"SUMMARY:Helix Cloud | Daniel Kim | Director\, Customer Success (EMEA\, Remote)",
        "DESCRIPTION:" + esc(
            "Conversation with Darnell Brooks (SVP Customer Success) - hiring manager interview.\n\n"
            + ZOOM_HOWTO.format(url="https://helixcloud.zoom.us/j/88214506622", mid="882 1450 6622",
                                pw="hlx2026", tap="88214506622")),
        "LOCATION:https://helixcloud.zoom.us/j/88214506622",
        "ORGANIZER;CN=Darnell Brooks:mailto:dbrooks@helixcloud.com",
        f"ATTENDEE;CN=dan.kim.uk@gmail.com:mailto:{ME}",
    ]]), "Helix Cloud", "Director, Customer Success (EMEA, Remote)", "hiring_manager",
        iv=("dbrooks@helixcloud.com",))

    add("dublin-onsite", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261207T100000",
        "DTEND;TZID=Europe/Dublin:20261207T140000",
        "DTSTAMP:20261121T120000Z",
        "ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@tidewater.ie",
        "UID:0vq3ms8l1ab5c6d7e8f9g0h1ij@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Cormac Whelan:mailto:"
        "cormac.whelan@tidewater.ie",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Brennan:mailto:"
        "aoife.brennan@tidewater.ie",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Grand Canal Dock-2-Liffey Room (10):"
        "mailto:tidewater.ie_3831303735@resource.calendar.google.com",
        "DESCRIPTION:" + esc(
            "Daniel - onsite for the Customer Success Team Lead position. Morning with Cormac (CS) and me, lunch "
            "with the team, then a short wrap-up. Flights are booked by Tidewater Software Ltd; Stella in "
            "Ops will send the details."),
        r"LOCATION:Tidewater\, 3 Hanover Quay\, Dublin 2",
        "SUMMARY:Onsite interview - Daniel Kim (CS Team Lead)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], tzids=("Europe/Dublin",), method="REQUEST", header=("CALSCALE:GREGORIAN",)),
        "Tidewater Software", "Customer Success Team Lead", "onsite",
        iv=("cormac.whelan@tidewater.ie", "aoife.brennan@tidewater.ie"))

    add("outlook-utc-zone", cal(EXCHANGE, [[
        "ORGANIZER;CN=Kestrel Talent Acquisition:mailto:talent@kls-group.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pooja Sethi:mailto:pooja.sethi@kls-group.com",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Telephone screen with Pooja Sethi (Talent Acquisition Partner) for the Customer Success Manager "
            "- Banking Platforms vacancy at Kestrel Ledger Systems. Pooja will call you on the number on your CV.\n"),
        "UID:040000008200E00074C5B7101A82E00800000000A0B44C1FB45BDB01000000000000000010000000AB77",
        "SUMMARY;LANGUAGE=en-GB:Kestrel Ledger Systems - Telephone Screen",
        "DTSTART;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20261124T113000",
        "DTEND;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20261124T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261118T160022Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Phone",
    ]], tzids=("(UTC+00:00) Dublin, Edinburgh, Lisbon, London",), method="REQUEST"),
        "Kestrel Ledger Systems", "Customer Success Manager - Banking Platforms", "recruiter_screen",
        iv=("pooja.sethi@kls-group.com",))

    add("workable-phone", cal("-//Workable//Workable Calendar//EN", [[
        "UID:workable-evt-88177301-brambleoak",
        "DTSTAMP:20261120T090000Z",
        "DTSTART:20261126T080000Z",
        "DTEND:20261126T082000Z",
        "SUMMARY:Phone call with Bramble & Oak",
        "DESCRIPTION:" + esc("Job: Customer Success Manager\nCandidate: Daniel Kim\nInterviewer: Hugo Ferrand\n\n"
                             "Hugo will call you.\n\nBramble & Oak Consulting Ltd"),
        "ORGANIZER;CN=Hugo Ferrand:mailto:hugo@bramble-oak.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]]), "Bramble & Oak", "Customer Success Manager", "recruiter_screen", iv=("hugo@bramble-oak.com",))

    add("webex-case", cal(OUTLOOK, [[
        "UID:0400000082-sterlingpay-webex-20261202",
        "DTSTAMP:20261121T090000Z",
        "DTSTART;TZID=GMT Standard Time:20261202T150000",
        "DTEND;TZID=GMT Standard Time:20261202T160000",
        "SUMMARY:Sterling Pay - Case exercise (Customer Success Lead) - D. Kim",
        "DESCRIPTION:" + esc(
            "Hello Daniel,\n\nIn this round you will present the escalation case we sent on Monday to Naomi "
            "Achebe and Felix Grant, then answer their questions.\n\n"
            + WEBEX.format(num="2378 441 9025", pw="Stp2026!", site="sterlingpay", mid="a8c3f0e1b2",
                           num2="23784419025")),
        "LOCATION:Webex",
        "ORGANIZER;CN=Naomi Achebe:mailto:naomi.achebe@sterling-pay.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Felix Grant:mailto:felix.grant@sterling-pay.com",
        "ATTENDEE;CUTYPE=RESOURCE;CN=Webex Room 4:mailto:webexroom4@sterling-pay.com",
    ]], tzids=("GMT Standard Time",)), "Sterling Pay", "Customer Success Lead", "technical",
        iv=("naomi.achebe@sterling-pay.com", "felix.grant@sterling-pay.com"))

    add("handtyped-google", cal(GOOGLE, [[
        "DTSTART:20261125T083000Z",
        "DTEND:20261125T090000Z",
        "DTSTAMP:20261119T220000Z",
        "UID:2p8rsl4a0cv7sd1ghq6ofm3ktu@google.com",
        "SUMMARY:call w/ Priya @ Loomwork re head of CS",
        "DESCRIPTION:their recruiter. she rings my mobile",
        "TRANSP:OPAQUE",
    ]], header=("X-WR-TIMEZONE:Europe/London",)), "Loomwork", "head of CS", "recruiter_screen")

    add("handtyped-apple-loc", cal(APPLE, [[
        "UID:C71F0E8B-7A2D-4C33-8E0B-5A1D6F2E9C84",
        "DTSTAMP:20261122T203000Z",
        "DTSTART;TZID=Europe/London:20261203T160000",
        "DTEND;TZID=Europe/London:20261203T170000",
        "SUMMARY:2nd round - Fable",
        r"LOCATION:Fable\, 1 Rivington Place\, London EC2A 3BA",
        "DESCRIPTION:with Mo + Kate. ask about churn targets and team size",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Fable:geo:51.526,-0.080",
    ]], tzids=("Europe/London",)), "Fable", "", "")

    add("work-address", cal(GOOGLE, [[
        "DTSTART:20261127T120000Z",
        "DTEND:20261127T123000Z",
        "DTSTAMP:20261120T150000Z",
        "ORGANIZER;CN=Lola Pérez:mailto:lola@pillarbox.app",
        "UID:5gk1a9pw0z2x4c6v8b3n5m7l9k@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=daniel.kim@ledgerly.io:mailto:{WORK}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lola Pérez:mailto:lola@pillarbox.app",
        "DESCRIPTION:" + esc(
            "Hi Daniel, apologies for using your work address - it was the only one on your LinkedIn. Happy to "
            "move this to a personal email. This is a first screening call for our Head of Customer Success "
            "opening at Pillarbox.\n\n" + MEET.format(code="pbx-wmkd-tyu", pin="7761", pin2="219 004 551")),
        "SUMMARY:Pillarbox <> Daniel - screening call",
        "STATUS:CONFIRMED",
    ]], method="REQUEST"), "Pillarbox", "Head of Customer Success", "recruiter_screen", iv=("lola@pillarbox.app",),
        trap="work_address_candidate")

    add("lever-cancelled", cal("-//Lever//Lever Interview//EN", [[
        "UID:lever-7be31f02-ravenna-cs-final",
        "DTSTAMP:20261122T100000Z",
        "DTSTART:20261204T110000Z",
        "DTEND:20261204T120000Z",
        "SUMMARY:Canceled: Ravenna Labs final interview - Daniel Kim",
        "DESCRIPTION:This event has been canceled. Reason: interviewer unavailable. We'll send new times shortly.",
        "ORGANIZER;CN=Ravenna Labs Recruiting:mailto:jobs@ravennalabs.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Tessa Moore:mailto:tessa@ravennalabs.com",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
    ]], method="CANCEL"), "Ravenna Labs", "", "final", iv=("tessa@ravennalabs.com",), trap="cancelled")

    add("rescheduled", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261209T143000",
        "DTEND;TZID=Europe/London:20261209T153000",
        "DTSTAMP:20261123T101500Z",
        "ORGANIZER;CN=Kwame Asante:mailto:kwame.asante@cobaltline.com",
        "UID:6l9p2q8w1e3r5t7y0u4i6o8p1a@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kwame Asante:mailto:"
        "kwame.asante@cobaltline.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ellie Shaw:mailto:"
        "ellie.shaw@cobaltline.com",
        "DESCRIPTION:" + esc("Moved to Wednesday as discussed - sorry again! Renewal case study round for the "
                             "Enterprise CSM role: 20 min presentation + Q&A.\n\n"
                             + MEET.format(code="cbl-renw-xqz", pin="3390", pin2="884 021 776")),
        "SUMMARY:Updated: Cobaltline renewal case study - Daniel",
        "SEQUENCE:3",
        "STATUS:CONFIRMED",
        "LAST-MODIFIED:20261123T101500Z",
    ]], tzids=("Europe/London",), method="REQUEST"), "Cobaltline", "Enterprise CSM", "technical",
        iv=("kwame.asante@cobaltline.com", "ellie.shaw@cobaltline.com"), trap="rescheduled")

    add("greenhouse-superday", cal("-//Greenhouse Software//Interview Scheduling//EN", [[
        "UID:gh-3341107-interview-560019@greenhouse.io",
        "DTSTAMP:20261124T090000Z",
        "DTSTART:20261211T100000Z",
        "DTEND:20261211T150000Z",
        "SUMMARY:Mosaic Markets Final Round - Daniel Kim - VP Customer Success",
        r"LOCATION:Mosaic\, 20 Farringdon Road\, London EC1M 3HE",
        "DESCRIPTION:" + esc(
            "Interviews\n10:00 Nikhil Batra, CEO\n11:00 Grace Olumide, COO\n12:00 Lunch with the CS leads "
            "(informal)\n13:30 Hamish Reid, VP Sales\n\nPlease bring photo ID.\n\nMosaic Markets Ltd uses "
            "Greenhouse to schedule interviews."),
        "ORGANIZER;CN=Rosie Chambers (Recruiting Coordinator):mailto:rosie.chambers@mosaic.market",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Nikhil Batra:mailto:nikhil@mosaic.market",
        "ATTENDEE;CN=Grace Olumide:mailto:grace@mosaic.market",
        "ATTENDEE;CN=Hamish Reid:mailto:hamish.reid@mosaic.market",
        "ATTENDEE;CN=Rosie Chambers;ROLE=NON-PARTICIPANT:mailto:rosie.chambers@mosaic.market",
    ]]), "Mosaic Markets", "VP Customer Success", "final",
        iv=("nikhil@mosaic.market", "grace@mosaic.market", "hamish.reid@mosaic.market"))

    add("calendly-talent", cal("-//Calendly//Calendly//EN", [[
        "UID:calendly-99bc1e7d-tessellate",
        "DTSTAMP:20261117T120000Z",
        "DTSTART:20261124T140000Z",
        "DTEND:20261124T143000Z",
        "SUMMARY:30 Minute Meeting between Eva Lund and Daniel Kim",
        "DESCRIPTION:" + esc(
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: "
            "Applying for Customer Success Manager, Mid-Market (London)\n\nLocation: +44 7700 900412\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/99bc1e7d\n\n"
            "Powered by Calendly.com"),
        "ORGANIZER;CN=Eva Lund:mailto:eva.lund@tessellate.io",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Eva Lund:mailto:eva.lund@tessellate.io",
    ]]), "Tessellate", "Customer Success Manager, Mid-Market", "recruiter_screen", iv=("eva.lund@tessellate.io",))

    add("ashby-case", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-0e7d55f2-kinfolk-case",
        "DTSTAMP:20261125T101000Z",
        "DTSTART:20261202T113000Z",
        "DTEND:20261202T123000Z",
        "SUMMARY:Kinfolk - Customer Success Case Presentation (Daniel Kim)",
        "DESCRIPTION:" + esc(
            "Interviewers: Ruth Abara (Head of Customer), Jonah Pell (Senior CSM)\n\nPosition: Lead Customer "
            "Success Manager\n\n" + TEAMS.format(mid="MzI1NWVj", num="344 009 127 662", pw="kF3pZx")),
        "ORGANIZER;CN=Kinfolk Hiring:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Ruth Abara:mailto:ruth@kinfolk.finance",
        "ATTENDEE;CN=Jonah Pell:mailto:jonah@kinfolk.finance",
    ]]), "Kinfolk", "Lead Customer Success Manager", "technical", iv=("ruth@kinfolk.finance", "jonah@kinfolk.finance"))

    add("proton-founder", cal(IOS, [[
        "UID:8A2E55C1-1D7B-4F0E-B9E2-ostrich-coffee",
        "DTSTAMP:20261121T081500Z",
        "DTSTART;TZID=Europe/London:20261128T100000",
        "DTEND;TZID=Europe/London:20261128T110000",
        "SUMMARY:Daniel x Wren - Ostrich",
        r"LOCATION:Origin Coffee\, Charlotte Road",
        "DESCRIPTION:" + esc("Informal interview for the Head of Customer role - no prep needed, just want to "
                             "hear how you'd build the team. Wren (co-founder, Ostrich)"),
        "ORGANIZER;CN=Wren Adebayo:mailto:wren.adebayo@proton.me",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=ACCEPTED:mailto:{ME}",
    ]], tzids=("Europe/London",)), "Ostrich", "Head of Customer", "",
        iv=("wren.adebayo@proton.me",), trap="free_mail_founder")

    add("berlin-outlook-en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-zephyr-cs-20261203",
        "DTSTAMP:20261123T120000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261203T150000",
        "DTEND;TZID=W. Europe Standard Time:20261203T160000",
        "SUMMARY:Interview Team Lead Customer Success | Zephyr",
        "DESCRIPTION:" + esc(
            "Hi Daniel,\n\nas promised, here is the invitation for the second interview (in English) with "
            "Lena Vogt, our Head of Customer Operations, and myself.\n\nBest regards\nJan Hollmann\nPeople & "
            "Culture\nZephyr Freight GmbH | Berlin\n\n" + TEAMS.format(mid="ZTI4NjQw", num="381 227 560 913",
                                                                      pw="Zq9wLm")),
        "ORGANIZER;CN=Jan Hollmann:mailto:jan.hollmann@zephyr-freight.de",
        f"ATTENDEE;CN=Daniel Kim;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Lena Vogt:mailto:lena.vogt@zephyr-freight.de",
    ]], tzids=("W. Europe Standard Time",), method="REQUEST"), "Zephyr", "Team Lead Customer Success", "",
        iv=("jan.hollmann@zephyr-freight.de", "lena.vogt@zephyr-freight.de"))

    add("catchup-formal", cal(GOOGLE, [[
        "DTSTART:20261130T150000Z",
        "DTEND:20261130T154500Z",
        "DTSTAMP:20261124T110000Z",
        "ORGANIZER;CN=Sophie Laurent:mailto:sophie@fennimore.health",
        "UID:1z3x5c7v9b2n4m6l8k0j2h4g6f@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME}:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie Laurent:mailto:"
        "sophie@fennimore.health",
        "DESCRIPTION:" + esc("Hi Daniel - following our chat at SaaStock, this is the first formal interview "
                             "for the Customer Success Lead role. I'm the hiring manager; expect questions on "
                             "renewals and onboarding.\n\nSophie"),
        "SUMMARY:Catch-up with Sophie (Fennimore)",
    ]]), "Fennimore", "Customer Success Lead", "hiring_manager", iv=("sophie@fennimore.health",))

    add("harbour-coordinator", cal("-//Lever//Lever Interview//EN", [[
        "UID:lever-3a1d9f8e-harbourloop-panel",
        "DTSTAMP:20261120T140000Z",
        "DTSTART:20261201T093000Z",
        "DTEND:20261201T103000Z",
        "SUMMARY:Harbour Loop Panel Interview: Daniel Kim (Customer Success Manager)",
        "DESCRIPTION:Panel with Imogen Clarke and Dev Patel. Kit (recruiting coordinator) will open the call "
        "and then drop off.",
        "LOCATION:https://harbourloop.zoom.us/j/97112003344",
        "ORGANIZER;CN=Kit Barnes:mailto:kit.barnes@harbourloop.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Imogen Clarke:mailto:imogen.clarke@harbourloop.com",
        "ATTENDEE;CN=Dev Patel:mailto:dev.patel@harbourloop.com",
        "ATTENDEE;CN=Kit Barnes;ROLE=OPT-PARTICIPANT:mailto:kit.barnes@harbourloop.com",
    ]]), "Harbour Loop", "Customer Success Manager", "",
        iv=("imogen.clarke@harbourloop.com", "dev.patel@harbourloop.com"))

    add("remote-paris-en", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261208T110000",
        "DTEND;TZID=Europe/Paris:20261208T114500",
        "DTSTAMP:20261124T130000Z",
        "ORGANIZER;CN=Margaux Petit:mailto:margaux.petit@mirabelle.fr",
        "UID:3b5n7m9q1w2e4r6t8y0u2i4o6p@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Daniel Kim:mailto:{ME}",
        "DESCRIPTION:" + esc("Video interview (in English) for the Customer Success Manager UK & Ireland role, "
                             "remote from London.\n\n" + MEET.format(code="mrb-qpwz-ekk", pin="6054",
                                                                    pin2="775 310 998")),
        "SUMMARY:Mirabelle - Video interview Daniel Kim",
    ]], tzids=("Europe/Paris",)), "Mirabelle", "Customer Success Manager UK & Ireland", "",
        iv=("margaux.petit@mirabelle.fr",))

    add("goodtime-hold", cal("-//GoodTime.io//GoodTime Hire//EN", [[
        "UID:goodtime-hold-pelican-final-0192",
        "DTSTAMP:20261126T150000Z",
        "DTSTART;TZID=Europe/London:20261215T100000",
        "DTEND;TZID=Europe/London:20261215T130000",
        "SUMMARY:HOLD: Pelican Pay final interviews - Daniel Kim (agenda to follow)",
        "DESCRIPTION:" + esc(
            "Hi Daniel, please hold this morning for your final round for Regional Customer Success Lead (UK & "
            "Ireland). We'll confirm the interviewers and room by Friday.\n\nPelican Pay Talent Team\n"
            "Scheduled with GoodTime"),
        "ORGANIZER;CN=Pelican Pay Talent:mailto:talent@pelicanpay.com",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=TENTATIVE:mailto:{ME}",
        "STATUS:TENTATIVE",
        "TRANSP:OPAQUE",
    ]], tzids=("Europe/London",)), "Pelican Pay", "Regional Customer Success Lead (UK & Ireland)", "final",
        trap="hold")
    return out
