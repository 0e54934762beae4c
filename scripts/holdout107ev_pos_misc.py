"""holdout107: the user's own interviews via schedulers, recruiters' tools and hand-typed entries."""

from __future__ import annotations

from holdout107ev_boiler import meet, teams, zoom
from holdout107ev_ics import ME_GMAIL, Ev, cal, desc, g_att, p_att


def haldane_resched() -> Ev:
    uid = "sr-interview-3fa85f64-5717-4562-b3fc-2c963f66afa6@smartrecruiters.com"
    body = (
        "Your interview has been rescheduled.\n\nHaldane Energy\nGraduate Recruitment Manager - Aberdeen/Hybrid"
        "\n\nNew time: Wednesday, 28 May 2025, 15:00 - 16:00 (Europe/London)\nPrevious time: Tuesday, 27 May "
        "2025, 11:00\n\nInterview team:\nMorag Innes - Early Careers Lead\nCraig Duthie - HR Business Partner, "
        "Operations\n\nVideo interview: https://haldane.zoom.us/j/93318820044\n\nPowered by SmartRecruiters"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250522T162200Z",
        "DTSTART;TZID=Europe/London:20250528T150000",
        "DTEND;TZID=Europe/London:20250528T160000",
        "SEQUENCE:2",
        "SUMMARY:Rescheduled: Interview for Graduate Recruitment Manager at Haldane Energy",
        "ORGANIZER;CN=Morag Innes:mailto:morag.innes@haldane-energy.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("morag.innes@haldane-energy.com", "Morag Innes", "ACCEPTED"),
        p_att("craig.duthie@haldane-energy.com", "Craig Duthie"),
        desc(body),
        "LOCATION:https://haldane.zoom.us/j/93318820044",
    ]
    return Ev("smartrecruiters-resched-en", cal([ev], "-//SmartRecruiters//Interview Scheduler//EN", tz=("london",)),
              uid, 1, "Haldane Energy", "Graduate Recruitment Manager", "",
              "morag.innes@haldane-energy.com;craig.duthie@haldane-energy.com", "rescheduled-sequence-en")


def corrie_macrae() -> Ev:
    uid = "workable-evt-1d7c55e0a2@apply.workable.com"
    body = (
        "Hi Eilidh,\n\nThis is a confirmation of your phone screen with Corrie Macrae for the Student "
        "Recruitment Manager position.\n\nWith: Lisa Carmichael (Talent Acquisition Manager)\n"
        "Lisa will call you on +44 7700 900418.\n\nGood luck!\nThe Corrie Macrae hiring team"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250303T120000Z",
        "DTSTART:20250306T123000Z",
        "DTEND:20250306T130000Z",
        "SUMMARY:Phone screen: Student Recruitment Manager (Corrie Macrae)",
        "ORGANIZER;CN=Lisa Carmichael:mailto:lisa.carmichael@corriemacrae.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
        "LOCATION:Phone call",
    ]
    return Ev("workable-phone-en", cal([ev], "-//Workable//Workable Calendar//EN"), uid, 1, "Corrie Macrae",
              "Student Recruitment Manager", "recruiter_screen", "lisa.carmichael@corriemacrae.co.uk",
              "workable-phone-screen-organizer-en")


def greyfriars() -> Ev:
    uid = "2m9c0h5vtl3ab8q1oe7rks4dnf@google.com"
    body = (
        "Hi Eilidh,\n\nAs discussed, here is the invite for your interview for Learning & Early Careers Lead "
        "(apprenticeships, graduate trainees and our Modern Apprenticeship programme). You'll meet me and "
        "Duncan Shaw, our Director of Housing Services.\n\nThanks,\nJackie Orr\nHead of People, Greyfriars "
        "Housing Association\n\n" + meet("hvn-yzqe-wmt")
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250604T100000",
        "DTEND;TZID=Europe/London:20250604T110000",
        "DTSTAMP:20250528T144411Z",
        "ORGANIZER;CN=Jackie Orr:mailto:jackie.orr@greyfriarsha.org.uk",
        f"UID:{uid}",
        g_att("jackie.orr@greyfriarsha.org.uk", "Jackie Orr", "ACCEPTED"),
        g_att("duncan.shaw@greyfriarsha.org.uk", "Duncan Shaw", "ACCEPTED"),
        g_att(ME_GMAIL, ME_GMAIL),
        desc(body),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview \u2013 Learning & Early Careers Lead",
        "TRANSP:OPAQUE",
    ]
    return Ev("google-direct-meet-en", cal([ev], "google", tz=("london",)), uid, 1, "Greyfriars Housing Association",
              "Learning & Early Careers Lead", "",
              "jackie.orr@greyfriarsha.org.uk;duncan.shaw@greyfriarsha.org.uk", "google-direct-company-in-body-en")


def merrion() -> Ev:
    uid = "icims-int-4471-88213-20250609@careers-merriongroup.icims.com"
    body = (
        "Dear Eilidh,\n\nWe are pleased to invite you to interview for Graduate Scheme Manager (Req 4471) at "
        "Merrion Retail Group.\n\nDate: 09 June 2025\nTime: 11:00 BST\nInterviewers: Philippa Grant "
        "(Head of Resourcing), Tariq Malik (Retail Operations Director)\nFormat: Microsoft Teams\n\n"
        + teams("344 019 725 660", "Mr5Tp8") + "\n\nRegards,\nMerrion Retail Group Talent Team"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250602T084500Z",
        "DTSTART:20250609T100000Z",
        "DTEND:20250609T110000Z",
        "SUMMARY:Interview Invitation - Graduate Scheme Manager (Req 4471)",
        "ORGANIZER;CN=Merrion Retail Group Talent Team:mailto:talent@merriongroup.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("philippa.grant@merriongroup.co.uk", "Philippa Grant"),
        p_att("tariq.malik@merriongroup.co.uk", "Tariq Malik"),
        desc(body),
    ]
    return Ev("icims-en", cal([ev], "-//iCIMS//iCIMS Talent Platform//EN"), uid, 1, "Merrion Retail Group",
              "Graduate Scheme Manager", "", "philippa.grant@merriongroup.co.uk;tariq.malik@merriongroup.co.uk",
              "icims-en")


def pictish_cancel() -> Ev:
    uid = "lever-interview-0e4b7d19-2f3a-4c8e-b6d1-93a05f7e2c48"
    body = (
        "This interview has been cancelled.\n\nPictish Games - Emerging Talent Lead - Recruiter call with "
        "Shauna Reid\n\nHi Eilidh, apologies - we've paused hiring for this role while we review our studio "
        "plans. We'll be in touch if it reopens. Shauna"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250320T170500Z",
        "DTSTART:20250325T140000Z",
        "DTEND:20250325T143000Z",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Cancelled: Pictish Games - Emerging Talent Lead - Recruiter call",
        "ORGANIZER;CN=Shauna Reid:mailto:shauna@pictishgames.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
    ]
    return Ev("lever-cancel-en", cal([ev], "-//Lever//Lever Hire//EN", method="CANCEL"), uid, 1, "Pictish Games",
              "Emerging Talent Lead", "recruiter_screen", "shauna@pictishgames.com", "method-cancel-en")


def arrowsmith() -> Ev:
    uid = "goodtime-9f31c0aa-6e27-4f5e-8d02-1b7c3e9a4d55@goodtime.io"
    body = (
        "Arrowsmith Rail | Early Careers Partner | Onsite Interview\n\nItinerary (Derby Technical Centre):\n"
        "10:00-10:45  Competency interview - Gareth Pike (Head of Apprenticeships)\n"
        "10:45-11:30  Stakeholder scenario - Laura Finnegan (Engineering Graduate Lead)\n"
        "11:30-12:00  Meet the team (informal) - Early Careers team\n\n"
        "Your coordinator: Abi Stone (abi.stone@arrowsmithrail.com) - any questions, just ask.\n\n"
        "Scheduled with GoodTime"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250502T103000Z",
        "DTSTART;TZID=Europe/London:20250508T100000",
        "DTEND;TZID=Europe/London:20250508T120000",
        "SUMMARY:Arrowsmith Rail | Early Careers Partner | Onsite Interview",
        "ORGANIZER;CN=Abi Stone:mailto:abi.stone@arrowsmithrail.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("gareth.pike@arrowsmithrail.com", "Gareth Pike"),
        p_att("laura.finnegan@arrowsmithrail.com", "Laura Finnegan"),
        desc(body),
        "LOCATION:Arrowsmith Rail Technical Centre\\, London Road\\, Derby DE24 8UX",
    ]
    return Ev("goodtime-onsite-en", cal([ev], "-//GoodTime.io//GoodTime Hire//EN", tz=("london",)), uid, 1,
              "Arrowsmith Rail", "Early Careers Partner", "onsite",
              "gareth.pike@arrowsmithrail.com;laura.finnegan@arrowsmithrail.com", "goodtime-itinerary-en")


def hartfield() -> Ev:
    uid = "modernloop-evt-6a1f2d9e8c7b@modernloop.io"
    body = (
        "Interview loop for Eilidh Campbell - Early Careers Manager (UK)\nHartfield Pharmaceuticals\n\n"
        "1. 13:00 Early Careers strategy - Dr Yvonne Kwarteng\n2. 13:45 Graduate programme design - Marcus Hill"
        "\n3. 14:30 Values & behaviours - Siobhan Keane\n\nRecruiting coordinator: Ben Aldous (does not "
        "interview)\n\n" + zoom("852 6690 1174", "SGFydGZpZWxk", "hartfieldpharma")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250609T150000Z",
        "DTSTART:20250616T120000Z",
        "DTEND:20250616T151500Z",
        "SUMMARY:Hartfield Pharma: Early Careers Manager (UK) - Interview loop",
        "ORGANIZER;CN=Ben Aldous:mailto:ben.aldous@hartfieldpharma.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("yvonne.kwarteng@hartfieldpharma.com", "Yvonne Kwarteng"),
        p_att("marcus.hill@hartfieldpharma.com", "Marcus Hill"),
        p_att("siobhan.keane@hartfieldpharma.com", "Siobhan Keane"),
        desc(body),
    ]
    return Ev("modernloop-loop-en", cal([ev], "-//ModernLoop//ModernLoop//EN"), uid, 1, "Hartfield Pharmaceuticals",
              "Early Careers Manager (UK)", "onsite",
              "yvonne.kwarteng@hartfieldpharma.com;marcus.hill@hartfieldpharma.com;siobhan.keane@hartfieldpharma.com",
              "modernloop-loop-coordinator-en")


def mercat() -> Ev:
    uid = "teamtailor-interview-11829374@teamtailor.com"
    body = (
        "Hi Eilidh!\n\nYou have been booked for an interview with Mercat Capital for the role Early Careers Lead."
        "\n\nWhen: 2 April 2025 09:30 - 10:15 (Europe/London)\nWhere: 21 Charlotte Square, Edinburgh EH2 4DF\n"
        "Interviewers: Euan Blackwood, Harriet Sims\n\nSee you soon!\nMercat Capital"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250326T120500Z",
        "DTSTART:20250402T083000Z",
        "DTEND:20250402T091500Z",
        "SUMMARY:Interview with Mercat Capital",
        "ORGANIZER;CN=Mercat Capital:mailto:noreply@teamtailor.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("euan.blackwood@mercatcapital.co.uk", "Euan Blackwood"),
        p_att("harriet.sims@mercatcapital.co.uk", "Harriet Sims"),
        desc(body),
        "LOCATION:21 Charlotte Square\\, Edinburgh EH2 4DF",
    ]
    return Ev("teamtailor-en", cal([ev], "-//Teamtailor//Teamtailor//EN"), uid, 1, "Mercat Capital",
              "Early Careers Lead", "", "euan.blackwood@mercatcapital.co.uk;harriet.sims@mercatcapital.co.uk",
              "teamtailor-role-in-body-en")


def ochil() -> Ev:
    uid = "A9E4B6C2-0F13-4D7A-8C25-6B1E9D3F7A04"
    ev = [
        "CREATED:20250224T213015Z",
        "DTSTAMP:20250224T213102Z",
        "DTSTART;TZID=Europe/London:20250228T110000",
        "DTEND;TZID=Europe/London:20250228T120000",
        "LAST-MODIFIED:20250224T213102Z",
        "SUMMARY:Ochil Distillers intvw - grad scheme lead",
        "DESCRIPTION:w/ Fraser Mackie (HR Dir) + Jen from ops. Menstrie bottling hall offices. "
        "Ask re apprentice levy",
        "LOCATION:Ochil Distillers\\, Menstrie",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
    ]
    return Ev("ios-hand-typed-en", cal([ev], "ios", method=None, tz=("london",)), uid, 1, "Ochil Distillers",
              "grad scheme lead", "", "Fraser Mackie;Jen", "hand-typed-abbrev-en")


def all_misc() -> list[Ev]:
    return [haldane_resched(), corrie_macrae(), greyfriars(), merrion(), pictish_cancel(), arrowsmith(), hartfield(),
            mercat(), ochil()]
