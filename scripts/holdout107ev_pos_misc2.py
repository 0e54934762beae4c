"""holdout107: the user's own interviews arranged by agencies, founders, schedulers and by the user herself."""

from __future__ import annotations

from holdout107ev_boiler import meet, teams, zoom
from holdout107ev_ics import ME_GMAIL, OLK, Ev, cal, desc, g_att, o_att, p_att


def solway_agency() -> Ev:
    uid = "HLT-20250415-EC-0193@harperlyle.co.uk"
    body = (
        "Hi Eilidh,\n\nGreat news - Solway Telecom would like to meet you for the Graduate Programme Lead "
        "role.\n\nWho you're meeting: Karen Dalziel (Head of Emerging Talent) and Owen Price (HR Director)\n"
        "Where: Solway Telecom, Dumfries Enterprise Park, DG1 3SJ\n\nGive me a ring after and let me know how "
        "it went!\n\nJordan Whyte\nSenior Consultant | Harper Lyle Talent\n0141 496 0712"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250409T164800Z",
        "DTSTART;TZID=Europe/London:20250415T110000",
        "DTEND;TZID=Europe/London:20250415T120000",
        "SUMMARY:Interview with Solway Telecom - Graduate Programme Lead",
        "ORGANIZER;CN=Jordan Whyte:mailto:jordan.whyte@harperlyle.co.uk",
        g_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
        "LOCATION:Dumfries Enterprise Park\\, DG1 3SJ",
    ]
    return Ev("agency-names-employer-en", cal([ev], "outlook", tz=("london",)), uid, 1, "Solway Telecom",
              "Graduate Programme Lead", "", "Karen Dalziel;Owen Price", "agency-organizer-en")


def northbridge_screen() -> Ev:
    uid = OLK + "00000000B3D2E1F08BB6DB0100000000000000001000000033445566778899AABBCCDDEEFF001122"
    intro = (
        "Eilidh,\n\nThanks for coming back to me so quickly. As mentioned, our client is Kelvinside University, "
        "who have retained Northbridge to run the search for their new Head of Careers. This first "
        "conversation is a confidential screening interview with me; shortlisted candidates will then meet the "
        "University's panel.\n\nBest,\nDr Alasdair Greig\nPartner, Education Practice, Northbridge Search\n"
    )
    ev = [
        'ORGANIZER;CN="Greig, Alasdair":mailto:a.greig@northbridgesearch.com',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        desc(intro + "\n" + teams("388 160 402 778", "Nb6qW3")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Confidential: Head of Careers search - screening interview",
        'DTSTART;TZID="GMT Standard Time":20250522T173000',
        'DTEND;TZID="GMT Standard Time":20250522T181500',
        "DTSTAMP:20250519T071530Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "SEQUENCE:0",
    ]
    return Ev("search-firm-screen-en", cal([ev], "outlook", tz=("gmt",)), uid, 1, "Kelvinside University",
              "Head of Careers", "recruiter_screen", "a.greig@northbridgesearch.com", "agency-client-in-body-en")


def future_routes() -> Ev:
    uid = "6q1u9k2c0b7ne4mrh3jd8s5tav@google.com"
    body = (
        "Hi Eilidh - as promised, here's the invite. It'll be me and our chair, Rev. Andrew Kilpatrick. "
        "We'll talk through the Head of Programmes role and then a few questions about how you'd grow our "
        "schools mentoring work across Lanarkshire. It's a proper interview but we're a small charity, so "
        "relaxed!\nNicola\nFounder & CEO, Future Routes Trust (SC049881)\n\n" + meet("ogx-hqbe-kfn")
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250530T140000",
        "DTEND;TZID=Europe/London:20250530T150000",
        "DTSTAMP:20250523T201133Z",
        "ORGANIZER;CN=Nicola Baxter:mailto:nicolabaxter.futureroutes@gmail.com",
        f"UID:{uid}",
        g_att("nicolabaxter.futureroutes@gmail.com", "Nicola Baxter", "ACCEPTED"),
        g_att("andrew.kilpatrick@btinternet.com", "Andrew Kilpatrick"),
        g_att(ME_GMAIL, ME_GMAIL),
        desc(body),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Eilidh / Nicola - Head of Programmes interview",
        "TRANSP:OPAQUE",
    ]
    return Ev("gmail-founder-charity-en", cal([ev], "google", tz=("london",)), uid, 1, "Future Routes Trust",
              "Head of Programmes", "",
              "nicolabaxter.futureroutes@gmail.com;andrew.kilpatrick@btinternet.com", "free-mail-founder-en")


def quarry_vine() -> Ev:
    uid = "e7d51c0a-calendly-4b2f8a90e3c6"
    body = (
        "Event Name: Phone Screen - Graduate Talent Manager\n\nLocation: Rosie Kaur will call you at "
        "+44 7700 900418\n\nQuestions:\nHow did you hear about Quarry & Vine? LinkedIn\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a0c4e1f2\n"
        "Reschedule: https://calendly.com/reschedulings/a0c4e1f2\n\nPowered by Calendly.com"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250213T093300Z",
        "DTSTART:20250218T113000Z",
        "DTEND:20250218T115000Z",
        "SUMMARY:Phone Screen - Graduate Talent Manager between Rosie Kaur and Eilidh Campbell",
        "ORGANIZER;CN=Rosie Kaur:mailto:rosie.kaur@quarryandvine.com",
        "ATTENDEE;CN=Eilidh Campbell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + ME_GMAIL,
        "ATTENDEE;CN=Rosie Kaur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rosie.kaur@quarryandvine.com",
        desc(body),
        "LOCATION:+44 7700 900418",
    ]
    return Ev("calendly-phone-en", cal([ev], "-//Calendly//Calendly//EN"), uid, 1, "Quarry & Vine",
              "Graduate Talent Manager", "recruiter_screen", "rosie.kaur@quarryandvine.com",
              "calendly-phone-screen-en")


def meridian() -> Ev:
    uid = "3b8kq0n1f6tlm2s9ve4c7hj5pr@google.com"
    body = (
        "First interview - Early Talent Manager, Meridian Insurance Group\nInterviewers: Chloe Whitaker "
        "(Talent Acquisition Lead), Jon Pemberton (Head of Reward & Early Talent)\n\n" + meet("aqp-ntyw-oez")
    )
    ev = [
        "DTSTART:20250225T150000Z",
        "DTEND:20250225T160000Z",
        "DTSTAMP:20250219T101000Z",
        "ORGANIZER;CN=Chloe Whitaker:mailto:chloe.whitaker@meridian-ig.co.uk",
        f"UID:{uid}",
        g_att("chloe.whitaker@meridian-ig.co.uk", "Chloe Whitaker", "ACCEPTED"),
        g_att("jon.pemberton@meridian-ig.co.uk", "Jon Pemberton"),
        g_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Meridian \u2013 Early Talent Manager \u2013 first interview",
    ]
    ics = cal([ev], "google", method="REQUEST", head=("X-WR-TIMEZONE:Europe/London",))
    return Ev("google-utc-xwr-en", ics, uid, 1, "Meridian Insurance Group", "Early Talent Manager", "",
              "chloe.whitaker@meridian-ig.co.uk;jon.pemberton@meridian-ig.co.uk", "google-utc-xwr-en")


def caldwell_agency() -> Ev:
    uid = "mhr-cal-20250401-7781@morganhale.co.uk"
    body = (
        "Interview confirmation\n\nCandidate: Eilidh Campbell\nClient: Caldwell Homes plc\nPosition: Head of "
        "Early Careers (Graduate, Apprentice & Site Management Trainee schemes)\nInterviewer: Stephen Caldwell "
        "Jr, Group People Director\nAddress: Caldwell House, Hamilton International Park, ML3 0QA\n\n"
        "Morgan Hale Recruitment - Education & HR Division"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250328T112000Z",
        "DTSTART;TZID=Europe/London:20250401T153000",
        "DTEND;TZID=Europe/London:20250401T163000",
        "SUMMARY:Interview confirmation - Head of Early Careers",
        "ORGANIZER;CN=Morgan Hale Recruitment:mailto:diary@morganhale.co.uk",
        p_att(ME_GMAIL),
        desc(body),
        "LOCATION:Hamilton International Park",
    ]
    return Ev("agency-client-body-only-en", cal([ev], "-//Morgan Hale//Bullhorn//EN", tz=("london",)), uid, 1,
              "Caldwell Homes", "Head of Early Careers", "", "Stephen Caldwell Jr", "agency-company-body-only-en")


def quayside() -> Ev:
    uid = OLK + "00000000C4A7B2D196BDDB01000000000000000010000000778899AABBCCDDEEFF00112233445566"
    intro = (
        "Hi Eilidh,\n\nThank you for sending your CV across. I'd love to have a chat with you about the Graduate "
        "Talent Manager role in my team - consider it a first interview with me as the hiring manager.\n\n"
        "Cheers,\nSarah\n\nSarah Muir | Head of People | Quayside Media Group\n"
    )
    ev = [
        'ORGANIZER;CN="Muir, Sarah":mailto:sarah.muir@quaysidemedia.co.uk',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        desc(intro + "\n" + teams("301 557 980 214", "Qz9kB4")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Graduate Talent Manager - chat with Sarah",
        "DTSTART;TZID=W. Europe Standard Time:20250311T130000",
        "DTEND;TZID=W. Europe Standard Time:20250311T134500",
        "DTSTAMP:20250305T115500Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "SEQUENCE:0",
    ]
    return Ev("outlook-wrong-zone-hm-en", cal([ev], "outlook", tz=("weurope",)), uid, 1, "Quayside Media Group",
              "Graduate Talent Manager", "hiring_manager", "sarah.muir@quaysidemedia.co.uk",
              "outlook-windows-zone-chat-title-en")


def galloway() -> Ev:
    uid = "workable-evt-8b3e22f9c1@apply.workable.com"
    body = (
        "Hi Eilidh,\n\nThis is a confirmation of your interview with Galloway Renewables for the Early Careers "
        "Manager position.\n\nStage: Presentation task (your 10-minute plan for our 2026 graduate intake, "
        "followed by Q&A)\nWith: Iona Kennedy, Mark Sneddon\n\n" + zoom("816 3307 9215", "R2FsbG93YXk")
        + "\n\nThe Galloway Renewables hiring team"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250407T090000Z",
        "DTSTART:20250414T090000Z",
        "DTEND:20250414T100000Z",
        "SUMMARY:Interview: Early Careers Manager (Galloway Renewables) - Presentation task",
        "ORGANIZER;CN=Galloway Renewables:mailto:jobs@gallowayrenewables.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("iona.kennedy@gallowayrenewables.com", "Iona Kennedy"),
        p_att("mark.sneddon@gallowayrenewables.com", "Mark Sneddon"),
        desc(body),
    ]
    return Ev("workable-presentation-en", cal([ev], "-//Workable//Workable Calendar//EN"), uid, 1,
              "Galloway Renewables", "Early Careers Manager", "technical",
              "iona.kennedy@gallowayrenewables.com;mark.sneddon@gallowayrenewables.com", "workable-presentation-en")


def buchanan() -> Ev:
    uid = "F0B2C9E1-7D44-4A38-9E56-2C1A0B8D7E63"
    ev = [
        "CREATED:20250306T075511Z",
        "DTSTAMP:20250306T075530Z",
        "DTSTART:20250307T090000",
        "DTEND:20250307T100000",
        "SUMMARY:Buchanan Legal - final w/ managing partner",
        "DESCRIPTION:Grad recruitment mgr. Gillian Buchanan MP. West George St\\, 4th fl. "
        "(last round - they said decision by Fri)",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
    ]
    return Ev("apple-floating-final-en", cal([ev], "apple", method=None), uid, 1, "Buchanan Legal",
              "Grad recruitment mgr", "final", "Gillian Buchanan", "hand-typed-floating-final-en")


def all_misc2() -> list[Ev]:
    return [solway_agency(), northbridge_screen(), future_routes(), quarry_vine(), meridian(), caldwell_agency(),
            quayside(), galloway(), buchanan()]
