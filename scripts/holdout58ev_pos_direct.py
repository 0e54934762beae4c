"""holdout58 positives, part 3: direct Outlook/Exchange invitations (employees, NHS, agencies, EAs)."""

from __future__ import annotations

import hashlib

from holdout58ev_ics import ME, UTC0, att, org, rec, teams, webex
from holdout58ev_shapes import outlook


def ouid(seed: str) -> str:
    """An Exchange-style global object id, stable for a seed."""
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "0000000000000000100000" + h[16:40]


def _me(**kw: object) -> str:
    return att(ME, ME, quote=True, **kw)  # type: ignore[arg-type]


def brassbound_phone() -> dict[str, str]:
    uid = ouid("brassbound-phone")
    desc = (
        "Hi Priya,\n\nLooking forward to our call! I'll ring you on the mobile number from your application "
        "(07700 900412) at the time above.\n\nIt'll be around 30 minutes – we'll cover your background, what "
        "you're looking for and salary expectations, and I'll tell you more about Brassbound and the Fraud "
        "Analytics team.\n\nMegan Lowe\nTalent Partner | Brassbound Payments\nbrassbound.co.uk"
    )
    ics = outlook(
        uid,
        "Phone Screen: Priya Raman – Data Scientist, Fraud (Brassbound)",
        "20250911T110000",
        "20250911T113000",
        organizer=org("megan.lowe@brassbound.co.uk", "Lowe, Megan"),
        attendees=[_me()],
        description=desc,
        location="Phone call – Megan to call Priya",
        stamp="20250905T143011Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Brassbound Payments",
        "Data Scientist, Fraud",
        "recruiter_screen",
        ["megan.lowe@brassbound.co.uk"],
        "outlook-phone-screen-lever-en",
    )


def brassbound_hm() -> dict[str, str]:
    uid = ouid("brassbound-hm")
    desc = (
        "Hi Priya,\n\nMegan passed on great feedback from your technical interview with Harvey and Ines. I lead "
        "Fraud Analytics and I'm the hiring manager for the Data Scientist role, so I'd love to get to know "
        "you – how you approach messy problems, what kind of team you do your best work in, and what you'd "
        "want from the role.\n\nNo prep needed.\n\nLucy\n\n"
        + teams("en", "348 902 117 563", "Lw3Zd8", "ZGQ3OTJmNTQtMTA2")
    )
    ics = outlook(
        uid,
        "Brassbound – chat with hiring manager (Lucy Adeyemi)",
        "20251002T160000",
        "20251002T164500",
        organizer=org("lucy.adeyemi@brassbound.co.uk", "Adeyemi, Lucy"),
        attendees=[_me(), att("megan.lowe@brassbound.co.uk", "Lowe, Megan", role="OPT-PARTICIPANT")],
        description=desc,
        location="Microsoft Teams Meeting",
        zone=UTC0,
        stamp="20250926T085702Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Brassbound Payments",
        "Data Scientist",
        "hiring_manager",
        ["lucy.adeyemi@brassbound.co.uk"],
        "outlook-utc-zone-hm-en",
    )


def dunlir_panel() -> dict[str, str]:
    uid = ouid("dunlir-panel")
    desc = (
        "Hi Priya,\n\nFollowing your first-round call, we're delighted to invite you to a second-round panel "
        "interview for the Retail Data Analyst role, in person at our Support Office in Sandyford.\n\n"
        "The panel will be Eoin Gallagher (Head of Commercial Insight) and Marta Nowak (Senior Data Engineer). "
        "I'm coordinating on the day but won't be on the panel.\n\nThe interview lasts about an hour and "
        "includes a short discussion of a sales dataset we'll share on the day.\n\nParking is available on "
        "site, and the Central Park Luas stop (Green line) is a two-minute walk.\n\nKind regards,\n"
        "Ciara Nolan\nHR Business Partner | Dunlir Stores"
    )
    ics = outlook(
        uid,
        "Dunlir Stores – Panel Interview – Retail Data Analyst",
        "20251009T110000",
        "20251009T120000",
        organizer=org("ciara.nolan@dunlir.ie", "Nolan, Ciara"),
        attendees=[
            _me(),
            att("eoin.gallagher@dunlir.ie", "Gallagher, Eoin"),
            att("marta.nowak@dunlir.ie", "Nowak, Marta"),
            att(
                "so-boardroom2@dunlir.ie",
                "SO - Boardroom 2 (10)",
                cutype="RESOURCE",
                role="NON-PARTICIPANT",
                quote=True,
            ),
        ],
        description=desc,
        location="SO - Boardroom 2 (10); Block C, Central Park, Sandyford, Dublin 18",
        zone=UTC0,
        stamp="20250930T101418Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Dunlir Stores",
        "Retail Data Analyst",
        "onsite",
        ["eoin.gallagher@dunlir.ie", "marta.nowak@dunlir.ie"],
        "outlook-utc-zone-panel-room-ie",
    )


def corrib_final() -> dict[str, str]:
    uid = ouid("corrib-final")
    desc = (
        "Hi Priya,\n\nThanks again for the technical session with Siobhán and me. We'd like to invite you to "
        "Galway for a final interview with myself and Aoife Mulcahy, our COO.\n\nWe'll spend the first half "
        "on your approach to the credit-risk dashboards we discussed and the second half on how you'd work "
        "with our lending team.\n\nTravel from Manchester will be reimbursed – please keep your receipts.\n\n"
        "Regards,\nDeclan Fahy\nHead of Risk Analytics | CFS"
    )
    ics = outlook(
        uid,
        "Final interview – Data Analyst (Credit Risk) – Priya Raman",
        "20251022T110000",
        "20251022T123000",
        organizer=org("declan.fahy@corribfs.ie", "Fahy, Declan"),
        attendees=[
            _me(),
            att("aoife.mulcahy@corribfs.ie", "Mulcahy, Aoife"),
            att("room.corrib2@corribfs.ie", "Room Corrib 2", cutype="RESOURCE", role="NON-PARTICIPANT"),
        ],
        description=desc,
        location="CFS, Galway Business Park, Dangan, Galway H91 X2D4 – Room Corrib 2",
        zone=UTC0,
        stamp="20251010T154433Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Corrib Financial Services",
        "Data Analyst (Credit Risk)",
        "final",
        ["declan.fahy@corribfs.ie", "aoife.mulcahy@corribfs.ie"],
        "outlook-final-acronym-only-ie",
    )


def wellmore_final() -> dict[str, str]:
    uid = ouid("wellmore-final")
    desc = (
        "Dear Priya,\n\nRaj Dhillon, Commercial Director at Wellmore Pharmacy, would like to invite you to the "
        "final interview for the Commercial Analyst role.\n\nVenue: Wellmore Support Centre, 3 Birchwood "
        "Park Avenue, Warrington WA3 6YN. Please sign in at reception and I'll come and collect you.\n"
        "Duration: 1 hour with Raj.\n\nKind regards,\nKate Evans\nExecutive Assistant to the Commercial "
        "Director"
    )
    ics = outlook(
        uid,
        "Final interview – Commercial Analyst – Priya Raman",
        "20251029T100000",
        "20251029T110000",
        organizer=org("raj.dhillon@wellmore.co.uk", "Dhillon, Raj", sent_by="kate.evans@wellmore.co.uk"),
        attendees=[_me()],
        description=desc,
        location="Wellmore Support Centre, Birchwood Park, Warrington",
        stamp="20251017T093320Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Wellmore Pharmacy",
        "Commercial Analyst",
        "final",
        ["raj.dhillon@wellmore.co.uk"],
        "outlook-sent-by-ea-final-en",
    )


def irwell_nhs() -> dict[str, str]:
    uid = ouid("irwell-nhs")
    t = " (IRWELL VALLEY NHS FOUNDATION TRUST)"
    desc = (
        "Dear Priya,\n\nFurther to your application via NHS Jobs, I am pleased to confirm your interview for "
        "the post of Senior Information Analyst (Band 7), reference 328-BI-7741.\n\nThe interview will "
        'consist of a 10-minute presentation on "How would you use data to reduce missed outpatient '
        'appointments?" followed by a panel interview.\n\nPanel:\nDr Simon Ashby – Associate Director of '
        "Business Intelligence\nJoanne Fitzgerald – Head of Performance\nAmir Haddad – HR Business Partner\n\n"
        "Please bring original ID documents for pre-employment checks (passport or driving licence, and proof "
        "of address).\n\nKind regards\n\nAlison Kerr\nRecruitment Officer\nIrwell Valley NHS Foundation Trust"
    )
    ics = outlook(
        uid,
        "Interview - Senior Information Analyst (Band 7) - Ref 328-BI-7741",
        "20251104T093000",
        "20251104T103000",
        organizer=org("alison.kerr3@nhs.net", "KERR, Alison" + t),
        attendees=[
            _me(),
            att("simon.ashby4@nhs.net", "ASHBY, Simon" + t),
            att("joanne.fitzgerald2@nhs.net", "FITZGERALD, Joanne" + t),
            att("amir.haddad@nhs.net", "HADDAD, Amir" + t),
        ],
        description=desc,
        location="Education Centre, Room 3, Irwell Valley General Hospital, Bury New Road, Salford M7 2XF",
        stamp="20251021T112906Z",
        busy="BUSY",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Irwell Valley NHS Foundation Trust",
        "Senior Information Analyst",
        "",
        ["simon.ashby4@nhs.net", "joanne.fitzgerald2@nhs.net", "amir.haddad@nhs.net"],
        "nhs-outlook-panel-presentation-en",
    )


def mersey_icb() -> dict[str, str]:
    uid = ouid("mersey-icb")
    t = " (NHS MERSEY AND DEE ICB - 27X)"
    desc = (
        "Hi Priya,\n\nThank you for your application for the Senior Analyst - Population Health (Band 8a) "
        "post. Please join the interview using the Teams link below.\n\nThe panel will be myself (Head of "
        "Population Health Intelligence) and Leanne Morris (Consultant in Public Health). Stacey from our "
        "recruitment team will admit you from the lobby; she isn't on the panel.\n\nThe interview will last "
        "around 45 minutes. There's no presentation.\n\nBest wishes\nGareth\n\n"
        + teams("en", "367 220 418 907", "Md8Kp4", "YTAzZmI1YzEtOTkx")
    )
    ics = outlook(
        uid,
        "Interview: Senior Analyst - Population Health (8a)",
        "20251112T140000",
        "20251112T144500",
        organizer=org("gareth.williams12@nhs.net", "WILLIAMS, Gareth" + t),
        attendees=[
            _me(),
            att("leanne.morris5@nhs.net", "MORRIS, Leanne" + t),
            att("stacey.brown31@nhs.net", "BROWN, Stacey" + t, role="OPT-PARTICIPANT"),
        ],
        description=desc,
        location="Microsoft Teams Meeting",
        stamp="20251103T162250Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "NHS Mersey and Dee ICB",
        "Senior Analyst - Population Health",
        "",
        ["gareth.williams12@nhs.net", "leanne.morris5@nhs.net"],
        "nhs-icb-teams-admin-en",
    )


def pointwise() -> dict[str, str]:
    uid = ouid("pointwise-hm")
    desc = (
        "Hi Priya,\n\nI'm Grace's EA – she's asked me to set up your interview for the Senior Analyst, Loyalty "
        "role. Grace is the hiring manager for the position.\n\nThe meeting will be at our office: 3 Piccadilly "
        "Place, Manchester M1 3BN. Please sign in at the ground-floor reception and ask for Pointwise.\n\n"
        "Many thanks,\nLucy Hale\nExecutive Assistant to Grace Bennett, Chief Data Officer\nPointwise Loyalty Ltd"
    )
    ics = outlook(
        uid,
        "Priya Raman – Senior Analyst, Loyalty – Interview with Grace Bennett",
        "20250926T130000",
        "20250926T140000",
        organizer=org("grace.bennett@pointwise.co.uk", "Bennett, Grace", sent_by="lucy.hale@pointwise.co.uk"),
        attendees=[
            _me(),
            att("mr-piccadilly-3@pointwise.co.uk", "MR Piccadilly 3", cutype="RESOURCE", role="NON-PARTICIPANT"),
        ],
        description=desc,
        location="3 Piccadilly Place, Manchester M1 3BN – MR Piccadilly 3",
        stamp="20250918T084100Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Pointwise Loyalty",
        "Senior Analyst, Loyalty",
        "hiring_manager",
        ["grace.bennett@pointwise.co.uk"],
        "outlook-sent-by-ea-hm-en",
    )


def mereside_webex() -> dict[str, str]:
    uid = ouid("mereside-webex")
    desc = (
        "Dear Priya,\n\nPlease find below the Webex details for your technical assessment. I'll open the call, "
        "check your ID and then hand over to Phil Grainger (Financial Crime Analytics Manager) and Sunita Rao "
        "(Lead Data Scientist), who will run the assessment: a 40-minute exercise on a sample of transaction "
        "alerts, followed by questions.\n\nKind regards,\nZara Ahmed\nTalent Acquisition | Mereside Bank plc\n\n"
        + webex("2377 914 0062", "Mrsd2025!", "meresidebank")
    )
    ics = outlook(
        uid,
        "Mereside Bank – Technical Assessment – Senior Data Analyst (Financial Crime)",
        "20251106T150000",
        "20251106T160000",
        organizer=org("zara.ahmed@meresidebank.co.uk", "Ahmed, Zara"),
        attendees=[
            _me(),
            att("phil.grainger@meresidebank.co.uk", "Grainger, Phil"),
            att("sunita.rao@meresidebank.co.uk", "Rao, Sunita"),
        ],
        description=desc,
        location="Webex",
        zone=UTC0,
        stamp="20251029T140355Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Mereside Bank",
        "Senior Data Analyst (Financial Crime)",
        "technical",
        ["phil.grainger@meresidebank.co.uk", "sunita.rao@meresidebank.co.uk"],
        "outlook-webex-coordinator-en",
    )


def haldens_allday() -> dict[str, str]:
    uid = ouid("haldens-assessment")
    desc = (
        "Hi Priya,\n\nCongratulations on reaching the final stage for BI Analyst (JR-55821)! Here's the plan "
        "for the day at Halden House:\n\n09:30 Arrival and coffee\n10:00 Presentation of your pre-read task "
        "(15 min + 15 min questions) to Gareth Lyons (Head of BI) and Shabana Akhtar (Commercial Director)\n"
        "11:00 Group exercise with other candidates\n12:30 Lunch in the staff canteen\n13:30 Final interview "
        "with Gareth and Shabana\n15:00 Finish\n\nI'll be your contact on the day (not assessing).\n\n"
        "Thanks,\nChloe Ashworth\nTalent Partner, Halden's"
    )
    ics = outlook(
        uid,
        "Halden's – Final Stage Assessment Day (BI Analyst)",
        "20251105",
        "20251106",
        organizer=org("chloe.ashworth@haldens.co.uk", "Ashworth, Chloe"),
        attendees=[
            _me(),
            att("gareth.lyons@haldens.co.uk", "Lyons, Gareth"),
            att("shabana.akhtar@haldens.co.uk", "Akhtar, Shabana"),
        ],
        description=desc,
        location="Halden House, 1 Kirkstall Road, Leeds LS3 1JH",
        stamp="20251024T103015Z",
        allday=True,
        busy="FREE",
        alarms=(1080,),
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Halden's Supermarkets",
        "BI Analyst",
        "final",
        ["gareth.lyons@haldens.co.uk", "shabana.akhtar@haldens.co.uk"],
        "outlook-all-day-assessment-en",
    )


def mosswood_agency() -> dict[str, str]:
    uid = ouid("mosswood-agency")
    desc = (
        "Hi Priya,\n\nGreat news – Mosswood Capital would like to meet you! Details below:\n\n"
        "Client: Mosswood Capital\nRole: Quantitative Analyst (Consumer Credit)\nInterviewer: Peter Albright, "
        "Head of Research (hiring manager)\nAddress: 9th Floor, 1 Spinningfields, Quay Street, Manchester "
        "M3 3JE\nFormat: 1 hour, competency questions plus a technical discussion of your credit modelling "
        "work\n\nGive me a call afterwards and let me know how it went!\n\nOliver Blake\nSenior Consultant – "
        "Data & Analytics\nHarrington Blake Recruitment\n07700 900733"
    )
    ics = outlook(
        uid,
        "Interview Confirmation – Mosswood Capital – Quantitative Analyst – Priya Raman",
        "20251016T163000",
        "20251016T173000",
        organizer=org("oliver.blake@harringtonblake.co.uk", "Blake, Oliver"),
        attendees=[_me()],
        description=desc,
        location="Mosswood Capital, 9th Floor, 1 Spinningfields, Quay Street, Manchester M3 3JE",
        stamp="20251010T120451Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Mosswood Capital",
        "Quantitative Analyst (Consumer Credit)",
        "hiring_manager",
        ["Peter Albright"],
        "agency-names-employer-en",
    )


def events() -> list[dict[str, str]]:
    return [
        brassbound_phone(),
        brassbound_hm(),
        dunlir_panel(),
        corrib_final(),
        wellmore_final(),
        irwell_nhs(),
        mersey_icb(),
        pointwise(),
        mereside_webex(),
        haldens_allday(),
        mosswood_agency(),
    ]
