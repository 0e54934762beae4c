"""holdout107: more of the user's own interviews at universities, colleges and schools."""

from __future__ import annotations

from holdout107ev_boiler import teams, webex, zoom
from holdout107ev_ics import (
    ME_GMAIL,
    ME_WORK,
    OLK,
    Ev,
    cal,
    desc,
    g_att,
    o_att,
    p_att,
    room,
)


def rnam() -> Ev:
    uid = OLK + "000000005E1D2A7CB1C2DB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122"
    body = (
        "Interview for the post of Head of Careers and Enterprise\n\nPresentation task (10 minutes): 'Supporting "
        "portfolio careers for performers and composers: priorities for your first year'.\n\n"
        "Panel: Dame Judith Ormerod (Principal), Mr Edward Vance (Director of Programmes), Ms Kemi Adeyemi "
        "(Alumni Relations Manager).\n\nPlease arrive at Stage Door, Oxford Road. Ask for Gemma Lowe, "
        "Recruitment Coordinator."
    )
    ev = [
        'ORGANIZER;CN="Lowe, Gemma":mailto:gemma.lowe@rnam.ac.uk',
        o_att(ME_GMAIL, "Eilidh Campbell"),
        o_att("judith.ormerod@rnam.ac.uk", "Ormerod, Judith"),
        o_att("edward.vance@rnam.ac.uk", "Vance, Edward"),
        o_att("kemi.adeyemi@rnam.ac.uk", "Adeyemi, Kemi"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:RNAM - Interview - Head of Careers & Enterprise",
        'DTSTART;TZID="GMT Standard Time":20250226T100000',
        'DTEND;TZID="GMT Standard Time":20250226T111500',
        "DTSTAMP:20250214T143300Z",
        "LOCATION;LANGUAGE=en-GB:Royal Northern Academy of Music\\, Oxford Road\\, Manchester",
        "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    return Ev(
        "outlook-presentation-en", cal([ev], "outlook", tz=("gmt",)), uid, 1, "Royal Northern Academy of Music",
        "Head of Careers & Enterprise", "",
        "judith.ormerod@rnam.ac.uk;edward.vance@rnam.ac.uk;kemi.adeyemi@rnam.ac.uk", "outlook-coordinator-en",
    )


def beacon() -> Ev:
    uid = "7E1A3C55-2B8F-4D09-A6C1-93F0E2B4D871"
    ev = [
        "CREATED:20250310T192201Z",
        "DTSTAMP:20250310T192233Z",
        "DTSTART:20250313T161500",
        "DTEND:20250313T164500",
        "LAST-MODIFIED:20250310T192233Z",
        "SEQUENCE:0",
        "SUMMARY:Beacon 6th Form \u2013 phone interview (Careers Leader) \u2013 Mrs Okonjo calling",
        "DESCRIPTION:she'll ring my mobile. have notes on Gatsby benchmarks + their Ofsted report open",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    return Ev(
        "ios-phone-floating-en", cal([ev], "ios", method=None), uid, 1, "Beacon Sixth Form College",
        "Careers Leader", "", "Mrs Okonjo", "ios-phone-interview-floating-en",
    )


def edenvale() -> Ev:
    uid = OLK + "00000000F13B88D09AC5DB01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF00"
    intro = (
        "Dear Eilidh,\n\nThank you for your interest in the Deputy Head of Careers role. We're delighted to "
        "invite you to interview. Your panel: Andrew Fenwick (Head of Careers Service), Bethany Charlton "
        "(Careers Consultant Team Leader) and Graham Ord (People Partner).\n\nKind regards,\nPeople Services "
        "Recruitment Team\n"
    )
    ev = [
        'ORGANIZER;CN="Recruitment, People Services":mailto:recruitment@edenvale.ac.uk',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("andrew.fenwick@edenvale.ac.uk", "Fenwick, Andrew"),
        o_att("bethany.charlton@edenvale.ac.uk", "Charlton, Bethany"),
        o_att("graham.ord@edenvale.ac.uk", "Ord, Graham"),
        desc(intro + "\n" + teams("312 998 442 051", "Ha3Pn9")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview - Deputy Head of Careers (EU-01873)",
        "DTSTART;TZID=GMT Standard Time:20250605T093000",
        "DTEND;TZID=GMT Standard Time:20250605T103000",
        "DTSTAMP:20250527T100201Z",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "SEQUENCE:0",
    ]
    return Ev(
        "outlook-noquote-tz-en", cal([ev], "exchange", tz=("gmt",)), uid, 1, "Edenvale University",
        "Deputy Head of Careers", "",
        "andrew.fenwick@edenvale.ac.uk;bethany.charlton@edenvale.ac.uk;graham.ord@edenvale.ac.uk",
        "outlook-teams-shared-mailbox-en",
    )


def tweed_valley() -> Ev:
    uid = OLK + "00000000A1B29C77E0B8DB0100000000000000001000000011223344556677889900AABBCCDDEEFF"
    body = (
        "Eilidh - confirming interview for Head of Learner Services & Careers. Interviewing: Dr Morven Hastie "
        "(Principal) and Alan Rutherford (Vice Principal, Curriculum). I'm organising on Morven's behalf and "
        "will be taking notes only. Galashiels campus, Principal's office, 1st floor.\nMany thanks\nKirsty "
        "Brown\nPA to the Principal"
    )
    ev = [
        'ORGANIZER;CN="Brown, Kirsty":mailto:kirsty.brown@tweedvalley.ac.uk',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("morven.hastie@tweedvalley.ac.uk", "Hastie, Morven"),
        o_att("alan.rutherford@tweedvalley.ac.uk", "Rutherford, Alan"),
        'ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brown, Kirsty":mailto:kirsty.brown@tweedvalley.ac.uk',
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview - Head of Learner Services & Careers - E Campbell",
        'DTSTART;TZID="GMT Standard Time":20250416T133000',
        'DTEND;TZID="GMT Standard Time":20250416T143000',
        "DTSTAMP:20250407T111509Z",
        "LOCATION;LANGUAGE=en-GB:Galashiels campus - Principal's office",
        "SEQUENCE:0",
    ]
    return Ev(
        "outlook-pa-notetaker-en", cal([ev], "outlook", tz=("gmt",)), uid, 1, "Tweed Valley College",
        "Head of Learner Services & Careers", "",
        "morven.hastie@tweedvalley.ac.uk;alan.rutherford@tweedvalley.ac.uk", "outlook-pa-non-participant-en",
    )


def kelvin_bridge() -> Ev:
    uid = "eploy-interview-20250324-4471-eilidhcampbell@kelvinbridge.eploy.net"
    body = (
        "Dear Eilidh Campbell,\n\nInterview: Student Careers and Progression Manager\nKelvin Bridge College\n"
        "Date/Time: 24/03/2025 14:30\nLocation: City Campus, 190 Cathedral Street, Glasgow (Level 3 reception)"
        "\nInterviewers: Catriona Boyle, Head of Student Experience; Derek Mullan, Curriculum Manager\n\n"
        "Please bring photographic ID. If you need any adjustments, reply to this email.\n\nKelvin Bridge "
        "College Recruitment"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250314T090000Z",
        "DTSTART:20250324T143000Z",
        "DTEND:20250324T153000Z",
        "SUMMARY:Interview: Student Careers and Progression Manager",
        "ORGANIZER;CN=Kelvin Bridge College Recruitment:mailto:recruitment@kelvinbridge.ac.uk",
        p_att(ME_GMAIL),
        desc(body),
        "LOCATION:City Campus\\, 190 Cathedral Street\\, Glasgow",
    ]
    return Ev(
        "eploy-utc-en", cal([ev], "-//Eploy//Eploy Calendar//EN"), uid, 1, "Kelvin Bridge College",
        "Student Careers and Progression Manager", "", "Catriona Boyle;Derek Mullan", "ats-company-body-only-en",
    )


def sps() -> Ev:
    uid = "SPS-INT-0925-0017@skillspathway.scot"
    body = (
        "Skills Pathway Scotland - Interview\nPost: Careers Service Manager (SPS/0925), Glasgow/Hybrid\n"
        "Interview panel: Mhairi Docherty (Head of Careers Operations) and Stuart Paterson (Area Manager, "
        "West). A competency-based interview against the Careers Service Manager profile.\n\n"
        + webex("skillspathway", "2378 114 9902", "Gx4pL2sY")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250430T142211Z",
        "DTSTART;TZID=Europe/London:20250512T093000",
        "DTEND;TZID=Europe/London:20250512T103000",
        "SUMMARY:Skills Pathway Scotland \u2013 Interview \u2013 Careers Service Manager (SPS/0925)",
        "ORGANIZER;CN=SPS Resourcing:mailto:resourcing@skillspathway.scot",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("mhairi.docherty@skillspathway.scot", "Mhairi Docherty"),
        p_att("stuart.paterson@skillspathway.scot", "Stuart Paterson"),
        desc(body),
        "LOCATION:Webex",
        "STATUS:CONFIRMED",
    ]
    return Ev(
        "webex-public-body-en", cal([ev], "-//Cisco//Webex Meetings//EN", tz=("london",)), uid, 1,
        "Skills Pathway Scotland", "Careers Service Manager", "",
        "mhairi.docherty@skillspathway.scot;stuart.paterson@skillspathway.scot", "webex-en",
    )


def oakridge() -> Ev:
    uid = "tp-6640213-int-2@oakridgeacademies.tribepad.com"
    body = (
        "Interview invitation\n\nRole: Careers Hub Lead (Trust-wide)\nInterview type: Panel interview + "
        "student task\nWith: Helen Marsh (Director of Education), Mark Pryce (Headteacher, Oakridge North)\n"
        "Address: Oakridge North Academy, Whitby Road, Middlesbrough TS3 6QH\n\nManage your interview: "
        "https://oakridgeacademies.tribepad.com/members/interviews"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250212T101500Z",
        "DTSTART:20250304T093000Z",
        "DTEND:20250304T113000Z",
        "SUMMARY:Interview - Careers Hub Lead (Trust-wide) - Oakridge Academies Trust",
        "ORGANIZER;CN=Oakridge Academies Trust:mailto:noreply@tribepad.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
        "LOCATION:Oakridge North Academy\\, Whitby Road\\, Middlesbrough TS3 6QH",
    ]
    return Ev(
        "tribepad-school-trust-en", cal([ev], "-//Tribepad//Tribepad ATS//EN"), uid, 1,
        "Oakridge Academies Trust", "Careers Hub Lead (Trust-wide)", "", "Helen Marsh;Mark Pryce", "tribepad-en",
    )


def kelvinside_final() -> Ev:
    uid = "KSU-HR-20250619-HoC-Campbell@kelvinside.ac.uk"
    body = (
        "Head of Careers - Final Panel Interview\n\nFollowing your conversation with Northbridge Search, the "
        "University is pleased to invite you to the final panel.\n\nPanel:\nProfessor Iain MacLeod, Senior "
        "Vice-Principal (Chair) - iain.macleod@kelvinside.ac.uk\nDr Ruth Abiodun, Director of Student "
        "Services - r.abiodun@kelvinside.ac.uk\nCallum Frew, Students' Representative Council President\n\n"
        "Venue: Gilmorehill Senate Suite, University Avenue. Marion Craig (Executive Assistant) will greet "
        "you at the main reception."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250610T154000Z",
        "DTSTART;TZID=Europe/London:20250619T140000",
        "DTEND;TZID=Europe/London:20250619T153000",
        "SUMMARY:Kelvinside University \u2013 Head of Careers \u2013 Final panel interview",
        "ORGANIZER;CN=Marion Craig:mailto:marion.craig@kelvinside.ac.uk",
        g_att(ME_GMAIL, "Eilidh Campbell"),
        g_att("iain.macleod@kelvinside.ac.uk", "Iain MacLeod"),
        g_att("r.abiodun@kelvinside.ac.uk", "Ruth Abiodun"),
        g_att("src.president@kelvinside.ac.uk", "SRC President"),
        desc(body),
        "LOCATION:Senate Suite\\, Gilmorehill\\, University Avenue\\, Glasgow",
        "SEQUENCE:0",
    ]
    return Ev(
        "direct-final-after-agency-en", cal([ev], "google", tz=("london",)), uid, 1, "Kelvinside University",
        "Head of Careers", "final",
        "iain.macleod@kelvinside.ac.uk;r.abiodun@kelvinside.ac.uk;src.president@kelvinside.ac.uk",
        "direct-final-ea-greeter-en",
    )



def clyde_internal() -> Ev:
    uid = OLK + "00000000A8C6E4F2B0D8DB0100000000000000001000000066778899AABBCCDDEEFF001122334455"
    body = (
        "Dear Eilidh,\n\nThank you for your application for the internal vacancy of Senior Careers Manager "
        "(Employer Partnerships), ref CU-INT-0388. I am pleased to invite you to interview.\n\n"
        "Panel: Professor Gavin Rae (Director of Student Services) and Dr Elaine Moir (Dean of Graduate "
        "Studies). As this is an internal process your line manager is not on the panel.\n\n"
        "Regards,\nHR Resourcing Team"
    )
    ev = [
        'ORGANIZER;CN="HR Resourcing":mailto:hr-resourcing@clydeuni-careers.ac.uk',
        o_att(ME_WORK, "Campbell, Eilidh"),
        o_att("gavin.rae@clydeuni-careers.ac.uk", "Rae, Gavin (Prof)"),
        o_att("elaine.moir@clydeuni-careers.ac.uk", "Moir, Elaine (Dr)"),
        room("rm-fraser-204@clydeuni-careers.ac.uk", "Fraser Building 204 (Meeting Room)"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview - Senior Careers Manager (Employer Partnerships) - internal",
        'DTSTART;TZID="GMT Standard Time":20250227T150000',
        'DTEND;TZID="GMT Standard Time":20250227T160000',
        "DTSTAMP:20250220T101010Z",
        "LOCATION;LANGUAGE=en-GB:Fraser Building 204 (Meeting Room)",
        "SEQUENCE:0",
    ]
    return Ev("outlook-internal-own-employer-en", cal([ev], "exchange", tz=("gmt",)), uid, 1, "Clyde University",
              "Senior Careers Manager (Employer Partnerships)", "",
              "gavin.rae@clydeuni-careers.ac.uk;elaine.moir@clydeuni-careers.ac.uk", "internal-application-work-en")


def angus_glens() -> Ev:
    uid = "1k8d3f0q6p2m9c4s7t5v0b1nxe@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250313T140000",
        "DTEND;TZID=Europe/London:20250313T150000",
        "DTSTAMP:20250305T210212Z",
        "ORGANIZER;CN=Eilidh Campbell:mailto:" + ME_GMAIL,
        f"UID:{uid}",
        "CREATED:20250305T210200Z",
        "DESCRIPTION:Curriculum & Careers Manager. Panel of 3. Arbroath campus\\, ask for Mrs Petrie at front "
        "desk. 20 min presentation on school-college partnerships",
        "LOCATION:Angus Glens College\\, Arbroath",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Angus Glens College interview",
        "TRANSP:OPAQUE",
    ]
    return Ev("google-self-made-en", cal([ev], "google", method="PUBLISH", tz=("london",)), uid, 1,
              "Angus Glens College", "Curriculum & Careers Manager", "", "", "self-entered-google-en")


def st_aidans() -> Ev:
    uid = "0e55a1f2-3c7b-4d98-b6e4-aa21c9d07f3b"
    body = (
        "Dear Ms Campbell,\n\nPlease find below the Zoom details for your interview for the post of Careers "
        "and Employability Adviser (Lead), St Aidan's University College.\n\nThe panel will comprise the "
        "Principal, Dr Frances Lumley, and the Senior Tutor, Mr Richard Havelock.\n\nYours sincerely\n"
        "Office Manager\n\n" + zoom("893 5541 0207", "U3RBaWRhbnM")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250602T130000Z",
        "DTSTART:20250618T080000Z",
        "DTEND:20250618T090000Z",
        "SUMMARY:Interview (Zoom)",
        "ORGANIZER;CN=St Aidan's College Office:mailto:office@st-aidans.ac.uk",
        p_att(ME_GMAIL),
        desc(body),
        "LOCATION:Zoom",
    ]
    return Ev("zoom-bare-title-en", cal([ev], "-//zoom.us//Zoom Calendar//EN"), uid, 1,
              "St Aidan's University College", "Careers and Employability Adviser (Lead)", "",
              "Frances Lumley;Richard Havelock", "zoom-title-only-interview-en")


def all_uni2() -> list[Ev]:
    return [rnam(), beacon(), edenvale(), tweed_valley(), kelvin_bridge(), sps(), oakridge(), kelvinside_final(),
            clyde_internal(), angus_glens(), st_aidans()]
