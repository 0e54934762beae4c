"""Holdout30 positives in English, second batch: schedulers, direct invites, reschedules and terse entries."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    Case,
    att,
    calendar,
    meet,
    org,
    teams,
    vevent,
    zoom,
)

ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ACC = "ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED"
ME = att(ME_PRIVATE, "Ethan Walsh")


def cases() -> list[Case]:
    """Given nothing returns the second batch of English positive cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: list[str],
            trap: str = "") -> None:
        out.append(Case(kind, "en", uid, True, text, company, role, stage, ivs, trap))

    u = "h30-modernloop-b77e"
    add("modernloop-panel", u, calendar(GOOGLE, [vevent(
        u, "[Interview] Ethan Walsh x Pennant Mutual - Analytics Panel", "20261210T100000", "20261210T113000",
        "Europe/London",
        "Scheduled with ModernLoop\n\nCandidate: Ethan Walsh\nPosition: Claims Data Analyst\n\n"
        "Interview panel\n• Gareth Pryce - Claims Analytics Manager\n• Yasmin Okafor - Data Engineer\n\n" +
        zoom("91022457781", "pm2026"), None,
        [org("recruiting@pennantmutual.co.uk", "Pennant Mutual Recruiting"), ME,
         att("gareth.pryce@pennantmutual.co.uk", "Gareth Pryce"), att("yasmin.okafor@pennantmutual.co.uk",
                                                                      "Yasmin Okafor")])], ("Europe/London",)),
        "Pennant Mutual", "Claims Data Analyst", "technical",
        ["gareth.pryce@pennantmutual.co.uk", "yasmin.okafor@pennantmutual.co.uk"], "scheduler")

    u = "h30-calcom-8a81"
    add("calcom-screen", u, calendar("-//Cal.com Inc.//Cal.com Event//EN", [vevent(
        u, "Recruiter screen between Kasia Nowak and Ethan Walsh", "20261208T150000Z", "20261208T152000Z", None,
        "What: Recruiter screen (20 min)\nInvitee time zone: Europe/Dublin\nWho:\nKasia Nowak - Organizer - "
        "Talent at Fjordlight\nEthan Walsh\n\nAdditional notes: Applied for Product Data Analyst (remote EU)\n\n"
        "Where: Cal Video https://app.cal.com/video/fj8a81",
        "Cal Video", [org("kasia@fjordlight.com", "Kasia Nowak"), ME])], method="REQUEST"),
        "Fjordlight", "Product Data Analyst", "recruiter_screen", ["kasia@fjordlight.com"])

    u = "h30-resched-hm-1"
    add("rescheduled-same-uid", u, calendar(EXCHANGE, [vevent(
        u, "Updated: Ethan Walsh - Interview with Damien Roche (Data Governance Lead)", "20261211T160000",
        "20261211T170000", "GMT Standard Time",
        "Moved from Thursday as Damien is travelling. Same Teams link. This is the hiring manager round for the "
        "Data Quality Analyst role at Clearwater Pensions.\n\n" + teams("331 556 018 227", "Hq2Lm7"),
        "Microsoft Teams Meeting", [org("talent@clearwaterpensions.ie", "Clearwater Pensions Talent"), ME,
                                    att("damien.roche@clearwaterpensions.ie", "Damien Roche")], seq=3)],
        ("GMT Standard Time",)),
        "Clearwater Pensions", "Data Quality Analyst", "hiring_manager", ["damien.roche@clearwaterpensions.ie"],
        "rescheduled")

    u = "h30-terse-2"
    add("terse-phone", u, calendar(APPLE, [vevent(
        u, "Harlow Digital phone interview", "20261207T123000", "20261207T130000", "Europe/London")],
        ("Europe/London",), method=None),
        "Harlow Digital", "", "", [], "terse")

    u = "h30-coffee-round2@gmail"
    add("coffee-is-round-two", u, calendar(GOOGLE, [vevent(
        u, "Coffee with Nora (Sablewood) - 2nd stage", "20261212T103000", "20261212T113000", "Europe/Dublin",
        "Nora said this is the informal second-stage chat for the analyst job - she decides after this. Bring "
        "the dashboard printouts.", "Two Boys Brew, Phibsborough",
        [org(ME_PRIVATE, "Ethan Walsh"), att("nora.fitz@sablewood.ie", "Nora Fitzgerald", ACC)])],
        ("Europe/Dublin",), method=None),
        "Sablewood", "", "hiring_manager", ["nora.fitz@sablewood.ie"], "coffee_interview")

    u = "h30-teams-direct-99"
    add("teams-direct-technical", u, calendar(OUTLOOK, [vevent(
        u, "Technical interview - Power BI / DAX (Ethan Walsh)", "20261214T140000", "20261214T150000",
        "GMT Standard Time",
        "Hi Ethan,\nfollowing your call with our recruiter, please join us for the technical part of the process "
        "for the Power BI Developer role at Munster Credit Union Services. We'll share a sample model and ask you "
        "to build two measures live.\nRegards\nBrian Keane\n\n" + teams("389 011 227 845", "MrP4sd"),
        "Microsoft Teams Meeting",
        [org("brian.keane@mcus.ie", "Brian Keane"), ME, att("laura.tobin@mcus.ie", "Laura Tobin"),
         att("cr-meeting-2@mcus.ie", "Cork Meeting Room 2", ROOM)])], ("GMT Standard Time",)),
        "Munster Credit Union Services", "Power BI Developer", "technical",
        ["brian.keane@mcus.ie", "laura.tobin@mcus.ie"])

    u = "h30-greenhouse-hm-c3"
    add("greenhouse-hm-coordinator", u, calendar(GOOGLE, [vevent(
        u, "Ethan Walsh <> Vireo - Hiring Manager Interview", "20261216T143000Z", "20261216T151500Z", None,
        "Role: Senior Analyst, Risk Insights\nInterviewer: Felix Brandt (VP Risk Analytics)\n\nCoordinated by "
        "Olivia Hart (Recruiting Coordinator) - reply to this invite if you need to move it.\n\n" +
        meet("vir-hmqa-ttz", "991 004"), None,
        [org("olivia.hart@vireo.finance", "Olivia Hart"), ME, att("felix.brandt@vireo.finance", "Felix Brandt"),
         att("olivia.hart@vireo.finance", "Olivia Hart", "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED")])]),
        "Vireo", "Senior Analyst, Risk Insights", "hiring_manager", ["felix.brandt@vireo.finance"], "coordinator")

    u = "h30-allday-london-trip"
    add("all-day-final-london", u, calendar(GOOGLE, [vevent(
        u, "London - final interviews at Marlow & Kent Insurance (Data Analyst)", "20261222", "20261223", None,
        "Flight EI152 07:05. Final round 11:00-15:00 at their Leadenhall office: Helen Marsh, Dev Patel, then CFO.",
        "52 Leadenhall St, London")], method=None, head=["X-WR-TIMEZONE:Europe/Dublin"]),
        "Marlow & Kent Insurance", "Data Analyst", "final", [], "all_day")

    u = "h30-zoom-consult-41"
    add("zoom-case-interview", u, calendar(GOOGLE, [vevent(
        u, "Case interview - Aldgate Partners (Insurance Analytics Associate)", "20261209T130000Z",
        "20261209T140000Z", None,
        "Dear Ethan,\n\nWe look forward to your case interview. You will be given a short claims-leakage case and "
        "asked to structure an analysis. Interviewer: Sofia Lindqvist, Manager.\n\n" + zoom("87766120934", "ald77"),
        "Zoom", [org("careers@aldgatepartners.com", "Aldgate Partners Careers"), ME,
                 att("sofia.lindqvist@aldgatepartners.com", "Sofia Lindqvist")])]),
        "Aldgate Partners", "Insurance Analytics Associate", "technical", ["sofia.lindqvist@aldgatepartners.com"])

    u = "h30-outlook-fwd-work"
    add("forwarded-to-work", u, calendar(OUTLOOK, [vevent(
        u, "FW: Interview - Data Analyst, Ardmore Health - Ethan Walsh", "20261215T120000", "20261215T124500",
        "GMT Standard Time",
        "-----Original Appointment-----\nFrom: Karen Moloney\nSent: 18 November 2026\nSubject: Interview - Data "
        "Analyst, Ardmore Health - Ethan Walsh\n\nHi Ethan, looking forward to meeting you. Joining me will be "
        "Shane Burke from our BI team.\n(blocking lunch in work cal)",
        "Ardmore Health, Citywest", [org(ME_WORK, "Walsh, Ethan"),
                                     att("karen.moloney@ardmorehealth.ie", "Karen Moloney"),
                                     att("shane.burke@ardmorehealth.ie", "Shane Burke")])],
        ("GMT Standard Time",), method=None),
        "Ardmore Health", "Data Analyst", "", ["karen.moloney@ardmorehealth.ie", "shane.burke@ardmorehealth.ie"],
        "forwarded_copy")

    u = "h30-personio-uk-2"
    add("personio-interview", u, calendar("-//Personio GmbH//Personio//EN", [vevent(
        u, "Interview: Data Analyst (Reporting) | Gridwise Energy", "20261217T100000", "20261217T110000",
        "Europe/London",
        "Hello Ethan,\n\nThank you for your application at Gridwise Energy. We'd like to invite you to a second "
        "interview with Tom Hale and Priya Sandhu.\n\nKind regards\nGridwise Energy People Team", "Google Meet",
        [org("jobs@gridwise-energy.jobs.personio.de", "Gridwise Energy"), ME,
         att("tom.hale@gridwise.energy", "Tom Hale"), att("priya.sandhu@gridwise.energy", "Priya Sandhu")])],
        ("Europe/London",)),
        "Gridwise Energy", "Data Analyst (Reporting)", "", ["tom.hale@gridwise.energy", "priya.sandhu@gridwise.energy"])

    u = "h30-terse-3"
    add("terse-abbrev", u, calendar(GOOGLE, [vevent(
        u, "intvw - Halcyon Re (BI analyst) w/ J. Mahon", "20261210T083000Z", "20261210T091500Z", None,
        None, None, [org(ME_PRIVATE, "Ethan Walsh")])], method=None),
        "Halcyon Re", "BI analyst", "", [], "terse")

    u = "h30-cancel-final-tw"
    add("cancelled-final", u, calendar(EXCHANGE, [vevent(
        u, "Canceled: Final interview - Ethan Walsh - Pricing Analyst", "20261218T100000", "20261218T120000",
        "GMT Standard Time",
        "Apologies Ethan, we need to cancel Friday's final round for the Pricing Analyst role - Joanne (Talent "
        "Coordinator) will send new options.\nStonebridge Insurance", None,
        [org("joanne.reddy@stonebridgeins.ie", "Joanne Reddy"), ME, att("mark.daly@stonebridgeins.ie", "Mark Daly")],
        status="CANCELLED", seq=4)], ("GMT Standard Time",), method="CANCEL"),
        "Stonebridge Insurance", "Pricing Analyst", "final",
        ["mark.daly@stonebridgeins.ie"], "cancelled")

    u = "h30-remote-gmail-cto"
    add("direct-founder-proton", u, calendar(GOOGLE, [vevent(
        u, "Ethan / Ben - Claimsight analytics role", "20261211T140000Z", "20261211T144500Z", None,
        "Hi Ethan - thanks for applying to Claimsight. This is the first interview for the analytics role; I'm "
        "the co-founder. We'll talk about your claims experience and some SQL.\n" + meet("cls-abcd-efg", "118 226"),
        None, [org("ben.ogara@proton.me", "Ben O'Gara"), ME])]),
        "Claimsight", "", "", ["ben.ogara@proton.me"], "free_mail_founder")

    u = "h30-outlook-london-hm2"
    add("outlook-second-stage", u, calendar(OUTLOOK, [vevent(
        u, "Second stage interview: Ethan Walsh, Insight Analyst - Greyfriars Building Society",
        "20261219T103000", "20261219T113000", "GMT Standard Time",
        "Panel: Rachel Inglis (Head of Customer Insight), Ade Balogun (Data Science Lead). The coordinator, Amy "
        "Fox, will meet you in reception.", "Greyfriars House - Room 3.14",
        [org("amy.fox@greyfriarsbs.co.uk", "Fox, Amy"), ME, att("rachel.inglis@greyfriarsbs.co.uk", "Inglis, Rachel"),
         att("ade.balogun@greyfriarsbs.co.uk", "Balogun, Ade"),
         att("room314@greyfriarsbs.co.uk", "Greyfriars House - Room 3.14", ROOM)])], ("GMT Standard Time",)),
        "Greyfriars Building Society", "Insight Analyst", "",
        ["rachel.inglis@greyfriarsbs.co.uk", "ade.balogun@greyfriarsbs.co.uk"], "coordinator")

    u = "h30-remote-ams-hm"
    add("google-direct-remote-hm", u, calendar(GOOGLE, [vevent(
        u, "Ethan <> Mirela: Analytics Lead chat (Brookvale Re)", "20261220T100000Z", "20261220T104500Z", None,
        "Hi Ethan, following your screen with our recruiter, I'd love to talk about the Senior Claims Analyst "
        "role on my team. I'm the hiring manager. Talk soon, Mirela\n\n" + meet("brv-mrla-qpz", "330 918"), None,
        [org("mirela.stan@brookvalere.com", "Mirela Stan"), ME, att("mirela.stan@brookvalere.com", "Mirela Stan",
                                                                    ACC)])]),
        "Brookvale Re", "Senior Claims Analyst", "hiring_manager", ["mirela.stan@brookvalere.com"])

    u = "h30-tech-sql-live"
    add("outlook-live-sql-test", u, calendar(OUTLOOK, [vevent(
        u, "Live SQL assessment - Ethan Walsh (Analyst, Fraud Analytics)", "20261221T150000", "20261221T160000",
        "GMT Standard Time",
        "Dear Ethan,\nplease join Conall Moore and Hui Zhang for a 60-minute live SQL exercise on anonymised "
        "fraud-referral data - part of the interview process for Analyst, Fraud Analytics at Emerald Isle "
        "Assurance.\n\nTalent Acquisition\n" + teams("325 770 918 443", "Ei6xPa"), "Microsoft Teams Meeting",
        [org("talent@emeraldisleassurance.ie", "Emerald Isle Assurance Talent"), ME,
         att("conall.moore@emeraldisleassurance.ie", "Moore, Conall"),
         att("hui.zhang@emeraldisleassurance.ie", "Zhang, Hui")])], ("GMT Standard Time",)),
        "Emerald Isle Assurance", "Analyst, Fraud Analytics", "technical",
        ["conall.moore@emeraldisleassurance.ie", "hui.zhang@emeraldisleassurance.ie"])
    return out
