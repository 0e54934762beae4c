"""holdout107 negatives: press/podcast/research 'interviews', personal life, own appraisal, prep and chats."""

from __future__ import annotations

from holdout107ev_boiler import meet, teams, zoom
from holdout107ev_ics import ME_GMAIL, ME_WORK, OLK, Ev, cal, desc, g_att, o_att, p_att


def _apple(kind: str, trap: str, uid: str, summary: str, start: str, end: str, note: str = "", loc: str = "",
           zone: bool = False, prod: str = "ios") -> Ev:
    tzp = "TZID=Europe/London:" if zone else ""
    ev = [
        f"CREATED:{start[:8]}T060000Z" if "T" in start else "CREATED:20250101T060000Z",
        "DTSTAMP:20250301T060000Z",
        f"DTSTART;{tzp}{start}" if tzp else (f"DTSTART:{start}" if "T" in start else f"DTSTART;VALUE=DATE:{start}"),
        f"DTEND;{tzp}{end}" if tzp else (f"DTEND:{end}" if "T" in end else f"DTEND;VALUE=DATE:{end}"),
        f"SUMMARY:{summary}",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
    ]
    if note:
        ev.append(desc(note))
    if loc:
        ev.append(f"LOCATION:{loc}")
    return Ev(kind, cal([ev], prod, method=None, tz=("london",) if zone else ()), uid, 0, trap=trap)


def podcast() -> Ev:
    uid = "riverside-rec-7c21d0f9@riverside.fm"
    body = (
        "Hi Eilidh,\n\nThanks so much for agreeing to be interviewed for Career Moves, our podcast for early-"
        "career professionals! Episode theme: 'What careers advisers wish graduates knew about interviews'.\n"
        "We'll record for ~45 mins.\n\nStudio link: https://riverside.fm/studio/career-moves\n\nCheers,\n"
        "Hamish (host)"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20250421T100000Z", "DTSTART:20250429T170000Z", "DTEND:20250429T180000Z",
        "SUMMARY:Career Moves podcast - interview with Eilidh Campbell (recording)",
        "ORGANIZER;CN=Hamish Gillies:mailto:hamish@careermovespod.co.uk", p_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
    ]
    return Ev("podcast-interview-en", cal([ev], "google"), uid, 0, trap="podcast-interview-en")


def press() -> Ev:
    uid = OLK + "00000000AAAA2001A1B9DB0100000000000000001000000022223333444455556666777788889999"
    body = (
        "Phone interview with Kirsty Lang, education correspondent at The Clyde Courier, for a feature on the "
        "graduate jobs market and AI in recruitment. Comms (Iain) will sit in. Key messages agreed with Press "
        "Office."
    )
    ev = [
        'ORGANIZER;CN="Press Office":mailto:press@clydeuni-careers.ac.uk',
        o_att(ME_WORK, "Campbell, Eilidh"),
        o_att("iain.frame@clydeuni-careers.ac.uk", "Frame, Iain"),
        desc(body), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Media interview: Clyde Courier - graduate jobs market (phone)",
        'DTSTART;TZID="GMT Standard Time":20250604T110000', 'DTEND;TZID="GMT Standard Time":20250604T113000',
        "DTSTAMP:20250530T100000Z",
    ]
    return Ev("press-interview-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="press-interview-en")


def user_research() -> Ev:
    uid = "gradlink-ur-session-4481@calendly.com"
    body = (
        "Event Name: Gradlink user research interview (45 min)\n\nThank you for helping us improve Gradlink "
        "for university careers services! You'll receive a £30 voucher after the session.\n\n" + meet("pqa-wnrt-bxe")
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20250505T090000Z", "DTSTART:20250512T140000Z", "DTEND:20250512T144500Z",
        "SUMMARY:Gradlink user research interview between Tasha Byrne and Eilidh Campbell",
        "ORGANIZER;CN=Tasha Byrne:mailto:tasha@gradlink.io",
        "ATTENDEE;CN=Eilidh Campbell;PARTSTAT=ACCEPTED:mailto:" + ME_WORK, desc(body),
    ]
    return Ev("user-research-en", cal([ev], "-//Calendly//Calendly//EN"), uid, 0, trap="user-research-interview-en")


def gp() -> Ev:
    return _apple("gp-en", "personal-gp-en", "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", "GP - Dr Hussain 8.40",
                  "20250305T084000", "20250305T090000", loc="Partick Health Centre")


def dentist() -> Ev:
    return _apple("dentist-en", "personal-dentist-en", "B6C7D8E9-F0A1-4B2C-9D3E-4F5A6B7C8D9E",
                  "Dentist \u2013 check-up (Byres Road)", "20250422T081500", "20250422T084500", zone=True,
                  prod="apple")


def nursery() -> Ev:
    return _apple("nursery-en", "personal-nursery-en", "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
                  "Nursery parents' evening \u2013 Isla's keyworker (Little Acorns)", "20250520T173000",
                  "20250520T180000", note="Ask about transition to P1 in August", zone=True)


def settling() -> Ev:
    return _apple("nursery-settling-en", "personal-nursery-settling-en", "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A",
                  "Little Acorns - settling in session (Isla)", "20250115T093000", "20250115T103000")


def mortgage() -> Ev:
    uid = "appt-77120-firthbs@bookings.firthbs.co.uk"
    body = (
        "Your mortgage appointment is confirmed.\n\nWith: Graham Neil, Mortgage Adviser\nBranch: Firth "
        "Building Society, 58 Byres Road, Glasgow\nPlease bring 3 months' payslips and photo ID."
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20250408T120000Z", "DTSTART;TZID=Europe/London:20250419T100000",
        "DTEND;TZID=Europe/London:20250419T110000", "SUMMARY:Mortgage appointment - Firth Building Society",
        "ORGANIZER;CN=Firth Building Society:mailto:appointments@firthbs.co.uk", p_att(ME_GMAIL), desc(body),
    ]
    return Ev("bank-mortgage-en", cal([ev], "-//Firth BS//Appointments//EN", tz=("london",)), uid, 0,
              trap="personal-bank-en")


def visa() -> Ev:
    return _apple("visa-interview-en", "personal-visa-interview-en", "D4C3B2A1-0F9E-4D8C-B7A6-958473625140",
                  "US visa interview - Embassy London (for NACE conference)", "20250226T083000", "20250226T100000",
                  note="DS-160 confirmation + appointment letter + passport. No bags. Train 05:30 from Central.",
                  loc="US Embassy\\, 33 Nine Elms Lane\\, London", zone=True)


def appraisal() -> Ev:
    uid = OLK + "00000000AAAA2002A1B9DB01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2"
    body = "Annual P&DR review. Please complete the self-assessment form in the HR portal beforehand."
    ev = [
        'ORGANIZER;CN="Henderson, Morag":mailto:morag.henderson@clydeuni-careers.ac.uk',
        o_att(ME_WORK, "Campbell, Eilidh"), desc(body), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:P&DR - Eilidh / Morag (annual review)",
        'DTSTART;TZID="GMT Standard Time":20250313T100000', 'DTEND;TZID="GMT Standard Time":20250313T113000',
        "DTSTAMP:20250227T100000Z", "LOCATION;LANGUAGE=en-GB:Morag's office",
    ]
    return Ev("own-appraisal-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="own-appraisal-en")


def exit_interview() -> Ev:
    uid = OLK + "00000000AAAA2003A1B9DB01000000000000000010000000F1E2D3C4B5A69788F1E2D3C4B5A69788"
    intro = (
        "Hi Eilidh,\n\nAs part of our leavers' process we offer every departing colleague a confidential exit "
        "interview with HR. It's a chance to share feedback on your time at Clyde.\n\nBest wishes,\nHR Team\n"
    )
    ev = [
        'ORGANIZER;CN="Stewart, Fiona (HR)":mailto:fiona.stewart@clydeuni-careers.ac.uk',
        o_att(ME_WORK, "Campbell, Eilidh"), desc(intro + "\n" + teams("376 009 114 528", "Ex1tQ9")),
        f"UID:{uid}", "SUMMARY;LANGUAGE=en-GB:Exit interview - Eilidh Campbell",
        'DTSTART;TZID="GMT Standard Time":20250725T140000', 'DTEND;TZID="GMT Standard Time":20250725T143000',
        "DTSTAMP:20250714T100000Z", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
    ]
    return Ev("own-exit-interview-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="own-exit-interview-en")


def coffee() -> Ev:
    uid = "6c0v3b9n1m4k7d2s8f5q0t1pxc@google.com"
    body = (
        "Hi Eilidh - lovely to hear from you! Happy to chat about what the Head of Careers step-up is really "
        "like. Not an interview, just coffee :) Fiona"
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250308T103000", "DTEND;TZID=Europe/London:20250308T113000",
        "DTSTAMP:20250303T190000Z", "ORGANIZER;CN=Fiona Lamont:mailto:fiona.lamont@edenvale.ac.uk",
        "UID:" + uid, g_att("fiona.lamont@edenvale.ac.uk", "Fiona Lamont", "ACCEPTED"), g_att(ME_GMAIL, ME_GMAIL),
        desc(body), "LOCATION:Kember & Jones\\, Byres Road", "SUMMARY:Coffee - Fiona Lamont (Edenvale) / Eilidh",
    ]
    return Ev("coffee-chat-en", cal([ev], "google", tz=("london",)), uid, 0, trap="informational-coffee-en")


def reference() -> Ev:
    uid = "4d9s0f2k7m1q6c3b8n5v0t1pqz@google.com"
    body = (
        "Hi Eilidh,\n\nHannah Liu has named you as a referee for the Graduate Analyst role at Mercat Capital. "
        "Would a 15-minute reference call suit? I'll ring your work number.\n\nThanks,\nHarriet Sims, HR"
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250616T093000", "DTEND;TZID=Europe/London:20250616T094500",
        "DTSTAMP:20250611T140000Z", "ORGANIZER;CN=Harriet Sims:mailto:harriet.sims@mercatcapital.co.uk",
        "UID:" + uid, g_att(ME_WORK, "Eilidh Campbell"), desc(body),
        "SUMMARY:Reference call re Hannah Liu - Mercat Capital",
    ]
    return Ev("referee-call-en", cal([ev], "google", tz=("london",)), uid, 0, trap="reference-call-user-referee-en")


def recruiter_no_employer() -> Ev:
    uid = "HLT-20250312-0077@harperlyle.co.uk"
    body = (
        "Hi Eilidh,\n\nGreat to connect on LinkedIn. I'm working on a confidential Head of Careers opportunity "
        "with a Russell Group-type institution in the North of England and also a couple of early careers "
        "leadership roles. Let's have a quick call so I can understand what you're looking for.\n\nJordan Whyte"
        "\nHarper Lyle Talent"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20250310T160000Z", "DTSTART;TZID=Europe/London:20250312T123000",
        "DTEND;TZID=Europe/London:20250312T130000", "SUMMARY:Call - Jordan Whyte (Harper Lyle) / Eilidh Campbell",
        "ORGANIZER;CN=Jordan Whyte:mailto:jordan.whyte@harperlyle.co.uk", g_att(ME_GMAIL, "Eilidh Campbell"),
        desc(body),
    ]
    return Ev("recruiter-no-employer-en", cal([ev], "outlook", tz=("london",)), uid, 0,
              trap="recruiter-call-no-employer-en")


def prep_block() -> Ev:
    return _apple("prep-block-en", "prep-block-known-employer-en", "7B6A5948-3726-4150-9F8E-7D6C5B4A3928",
                  "Prep: Forth Valley presentation (15 min) + panel Qs", "20250513T190000", "20250513T210000",
                  note="time it x3. impact measures: Graduate Outcomes, LEO, placements", zone=True, prod="apple")


def practice_panel() -> Ev:
    uid = "2b7n0c4v8m1k5d9s3f6q0t1pxy@google.com"
    body = (
        "Practice panel before Thursday! Catriona + Ruaridh grilling you on the UFV person spec. "
        + zoom("822 3301 7744", "Q2F0cmlvbmE")
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250512T180000", "DTEND;TZID=Europe/London:20250512T190000",
        "DTSTAMP:20250509T200000Z", "ORGANIZER;CN=Catriona Dunlop:mailto:catrionadunlop@gmail.com",
        "UID:" + uid, g_att("catrionadunlop@gmail.com", "Catriona Dunlop", "ACCEPTED"),
        g_att(ME_GMAIL, ME_GMAIL), g_att("ruaridh.macinnes@clydeuni-careers.ac.uk", "Ruaridh MacInnes"),
        desc(body), "SUMMARY:Mock interview for Eilidh (Forth Valley prep)",
    ]
    return Ev("mock-for-user-en", cal([ev], "google", tz=("london",)), uid, 0, trap="mock-interview-for-user-en")


def video_demo() -> Ev:
    uid = OLK + "00000000AAAA2004A1B9DB0100000000000000001000000012121212343434345656565678787878"
    body = (
        "Demo of the one-way video interview practice platform (Shortlist-style) for Business School careers "
        "champions: how students record answers and get AI feedback. Vendor: InterviewReady Ltd."
    )
    ev = [
        'ORGANIZER;CN="Campbell, Eilidh":mailto:' + ME_WORK,
        o_att("business-careers@clydeuni-careers.ac.uk", "Business School Careers Champions"),
        o_att("demo@interviewready.co.uk", "InterviewReady Demo Team"), desc(body), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Video interview practice tool - demo for Business School",
        'DTSTART;TZID="GMT Standard Time":20250521T110000', 'DTEND;TZID="GMT Standard Time":20250521T120000',
        "DTSTAMP:20250512T100000Z",
    ]
    return Ev("vendor-demo-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="vendor-demo-video-interview-en")


def sec_fair() -> Ev:
    return _apple("careers-fair-allday-en", "job-fair-all-day-en", "5E4D3C2B-1A09-4F8E-A7D6-C5B4A3928170",
                  "Scottish Graduate Careers Fair 2025 (SEC) - Clyde stand", "20251001", "20251002",
                  note="stand 42. bring banners + QR cards", prod="apple")


def employer_meeting() -> Ev:
    uid = "1q5d9s2k6m0c3b7n4v8t0f1pxw@google.com"
    body = (
        "Agenda: Arrowsmith Rail placement year for Engineering students, on-campus presence at the autumn "
        "fair, employer-led interview skills session.\n\n" + meet("rty-bhno-vda")
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250225T140000", "DTEND;TZID=Europe/London:20250225T144500",
        "DTSTAMP:20250218T100000Z", f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}", "UID:" + uid,
        g_att("early.careers@arrowsmithrail.com", "Arrowsmith Rail Early Careers"), desc(body),
        "SUMMARY:Arrowsmith Rail x Clyde Careers - employer partnership catch-up",
    ]
    return Ev("employer-partnership-en", cal([ev], "google", tz=("london",)), uid, 0,
              trap="employer-meeting-known-employer-en")


def all_life() -> list[Ev]:
    return [podcast(), press(), user_research(), gp(), dentist(), nursery(), settling(), mortgage(), visa(),
            appraisal(), exit_interview(), coffee(), reference(), recruiter_no_employer(), prep_block(),
            practice_panel(), video_demo(), sec_fair(), employer_meeting()]
