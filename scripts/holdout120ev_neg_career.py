"""holdout120 negatives around the user's job search that are not her interviews."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_W,
    ME_Y,
    PRODID_APPLE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    TZ_CHI,
    TZ_NY,
    TZ_PAR,
    TZ_W_CST,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    vevent,
    zoom,
)

PRODID_YAHOO = "-//Yahoo! Inc.//Yahoo Calendar//EN"


def typed(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "",
          prodid: str = PRODID_APPLE, tzid: str = "America/Chicago", extra: str = "") -> str:
    """A user-typed event without organizer or attendees."""
    when = (f"DTSTART;TZID={tzid}:{start}\nDTEND;TZID={tzid}:{end}" if tzid else f"DTSTART:{start}\nDTEND:{end}")
    body = f"UID:{uid}\nDTSTAMP:20250301T120000Z\n{when}\nSUMMARY:{summary}\n"
    if desc:
        body += f"DESCRIPTION:{esc(desc)}\n"
    if loc:
        body += f"LOCATION:{loc}\n"
    body += extra
    tz = (TZ_CHI,) if tzid == "America/Chicago" else ()
    return cal(vevent(body), prodid=prodid, method="" if prodid == PRODID_APPLE else "PUBLISH", tz=tz)


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _coaching() -> list[Ev]:
    out = []
    d = esc("""
        Mock interview - in-house legal ops (60 min)
        We'll run a full 40-minute mock of a final round with a General Counsel, then 20 minutes of feedback.
        Bring the job description you're targeting.
    """, zoom("careerpivotlegal", "85510336672", "CPL12"), "Nora Bishop | Career Pivot Legal Coaching")
    uid = "cpl-booking-55210-rkowalski"
    out.append(_neg("mock-coach", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250318T140000Z
        DTSTART;TZID=America/Chicago:20250321T180000
        DTEND;TZID=America/Chicago:20250321T190000
        {org("nora@careerpivotlegal.com", "Nora Bishop")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Mock Interview Session - Rachel Kowalski
        DESCRIPTION:{d}
        LOCATION:Zoom
    """), tz=(TZ_CHI,)), uid, "mock-coach-en"))

    uid = "E2B71C09-4F3A-4B5D-9C6E-8A1D0F2B3C4E"
    out.append(_neg("practice-friend", typed(uid, "Practice panel Qs w/ Dana (she plays GC)", "20250323T150000",
                                             "20250323T160000", "her place. bring printed JD + STAR list",
                                             "Dana's - 2120 W. Roscoe"), uid, "mock-friend-en"))

    d = esc("""
        ACC Chicago Chapter - Legal Operations Series
        Breaking into Legal Ops: what hiring GCs look for and how to interview for in-house roles

        Panelists: three GCs and a legal ops director. 1.0 hr general CLE credit pending.
        Webinar link: https://acc-chicago.zoom.us/w/98120344511
    """)
    uid = "acc-chi-webinar-20250409@accchicago.org"
    out.append(_neg("webinar-interviewing", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250320T150000Z
        DTSTART;TZID=America/Chicago:20250409T120000
        DTEND;TZID=America/Chicago:20250409T130000
        {org("events@accchicago.org", "ACC Chicago")}
        {att(ME_Y, "Rachel Kowalski", role="OPT-PARTICIPANT")}
        SUMMARY:Webinar: Breaking into Legal Ops - Interviewing for In-House Roles
        DESCRIPTION:{d}
        LOCATION:Zoom Webinar
    """), tz=(TZ_CHI,)), uid, "webinar-interviewing-en"))

    d = esc("""
        Chicago Paralegal Association - Professional Development Workshop
        Interviewing Skills for Paralegal Managers: structured interviews, behavioral questions, avoiding bias
        Location: CPA offices, 77 W. Jackson, Suite 300. Light dinner served.
    """)
    uid = "cpa-workshop-0515-1@chicagoparalegal.org"
    out.append(_neg("workshop-interviewing", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250428T150000Z
        DTSTART;TZID=America/Chicago:20250515T173000
        DTEND;TZID=America/Chicago:20250515T193000
        {org("events@chicagoparalegal.org", "Chicago Paralegal Association")}
        {att(ME_W, "Rachel Kowalski")}
        SUMMARY:CPA Workshop: Interviewing Skills for Paralegal Managers
        DESCRIPTION:{d}
        LOCATION:77 W. Jackson Blvd\\, Suite 300\\, Chicago
    """), tz=(TZ_CHI,)), uid, "class-interviewing-en"))
    return out


def _network() -> list[Ev]:
    out = []
    d = esc("""
        Priyanka - legal ops at Duvall Foods. Met at the CLOC meetup. No opening on her team, just picking
        her brain about moving in-house and which CLM tools matter. My treat.
    """)
    uid = "yc-0001-7be102-rk-coffee-priyanka"
    out.append(_neg("informational-coffee", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250311T020000Z
        DTSTART;TZID=America/Chicago:20250314T080000
        DTEND;TZID=America/Chicago:20250314T084500
        {org(ME_Y, "Rachel Kowalski")}
        {att("priyanka.rao@duvallfoods.com", "Priyanka Rao")}
        SUMMARY:Coffee w/ Priyanka (Duvall Foods legal ops) - informational
        DESCRIPTION:{d}
        LOCATION:Intelligentsia\\, Monadnock Bldg
    """), prodid=PRODID_YAHOO, tz=(TZ_CHI,)), uid, "informational-coffee-en"))

    uid = "8F2D1A7C-6B3E-4C0A-9E5D-3B7A2C1F0E9D"
    out.append(_neg("job-fair", typed(uid, "Chicago Legal Careers Fair - Navy Pier", "20250412T100000",
                                      "20250412T140000", "bring 20 resumes. booths: in-house + legal tech row",
                                      "Navy Pier\\, Festival Hall B"), uid, "job-fair-en"))

    d = esc("""
        Renee from Fairmont Legal Talent calling me for a reference for Jenna Cho (worked with her 2019-2023
        at the firm). Jenna's applying for a senior paralegal role - say great things about trial prep.
    """)
    uid = "yc-0001-c40d11-rk-ref-jenna"
    out.append(_neg("reference-as-referee", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250415T010000Z
        DTSTART;TZID=America/Chicago:20250416T121500
        DTEND;TZID=America/Chicago:20250416T123000
        {org(ME_Y, "Rachel Kowalski")}
        SUMMARY:Reference call for Jenna Cho (Fairmont Legal)
        DESCRIPTION:{d}
    """), prodid=PRODID_YAHOO, tz=(TZ_CHI,)), uid, "reference-referee-en"))

    d = esc("""
        Hi Rachel - thanks for connecting on LinkedIn. I'm working a confidential search for a Legal
        Operations Manager (Fortune 500, downtown Chicago, hybrid). Happy to share more on the call, including
        comp range. I'll call you at the number you sent.

        Maxine Holt | Principal | TalentBridge Partners
    """)
    uid = "tbp-call-20250325-mholt-7"
    out.append(_neg("recruiter-confidential", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250321T160000Z
        DTSTART;TZID=Central Standard Time:20250325T171500
        DTEND;TZID=Central Standard Time:20250325T173000
        {org("mholt@talentbridgepartners.com", "Holt, Maxine")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        SUMMARY:Intro call - Maxine Holt / Rachel Kowalski
        DESCRIPTION:{d}
        LOCATION:Phone
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "recruiter-no-employer-en"))

    d = esc("""
        Quick 15-min intro so I can learn what you're looking for next and tell you about a few e-discovery and
        contracts roles we're filling with clients in Chicago and remote.
    """, meet("apx-intro-kyl"), "Kyle Brennan | Apex Legal Staffing")
    uid = "1b9s6d0f3q2n7m4k8j5h0c2vxa@google.com"
    out.append(_neg("agency-intro-no-employer", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250402T171500
        DTEND;TZID=America/Chicago:20250402T173000
        DTSTAMP:20250331T190000Z
        {org("kyle.brennan@apexlegalstaffing.com", "Kyle Brennan")}
        UID:{uid}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        SUMMARY:Rachel / Kyle (Apex Legal Staffing) - intro
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, "recruiter-no-employer-agency-en"))
    return out


def _blocks() -> list[Ev]:
    out = []
    uid = "0C7E4B2A-9D1F-4A3C-8E6B-5F2D1A0C9B8E"
    out.append(_neg("prep-block-company", typed(uid, "Prep: Larkspur panel - STAR stories + Qs for Dana",
                                                "20250324T193000", "20250324T210000",
                                                "review JD, Larkspur annual report, CLM vendor (Ironclad?)"),
                    uid, "prep-block-en"))

    uid = "yc-0001-2f77a0-rk-prep-kestrel"
    out.append(_neg("prep-block-final", typed(uid, "prep - Kestrel final (read 10-K, GC bio, drive time 40m)",
                                              "20250505T190000", "20250505T203000", prodid=PRODID_YAHOO), uid,
                    "prep-block-en"))

    uid = "4A9C2E7F-1B3D-4E8A-B6C0-7D5F3A2E1C0B"
    out.append(_neg("thank-you-reminder", typed(uid, "Send thank-you notes - Meridian (R. Haines + Lorraine)",
                                                "20250422T170000", "20250422T171500"), uid, "thank-you-tickler-en"))

    d = ("Fingerprinting for Larkspur Health onboarding background check. Bring 2 forms of ID + the\n"
         "IdentoGO enrollment code from the offer packet: 1A7K-22Q.")
    uid = "B3E8F1A0-2C7D-4B9E-A5F6-0D1C3E2B4A7F"
    out.append(_neg("fingerprinting-after-offer", typed(uid, "IdentoGO fingerprinting (Larkspur onboarding)",
                                                        "20250609T081500", "20250609T084500", d,
                                                        "IdentoGO\\, 6 N. Michigan Ave"), uid,
                    "onboarding-fingerprint-en"))
    return out


def _media() -> list[Ev]:
    out = []
    d = esc("""
        Thanks for agreeing to be a guest on Paralegal Voices! We'll record a 40-minute interview about your
        move from litigation support to e-discovery project management. Riverside link below; please use
        headphones.
        https://riverside.fm/studio/paralegal-voices?t=7c2e1a
    """)
    uid = "pv-rec-ep118@paralegalvoices.com"
    out.append(_neg("podcast-guest", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250401T150000Z
        DTSTART;TZID=America/New_York:20250410T190000
        DTEND;TZID=America/New_York:20250410T200000
        {org("hello@paralegalvoices.com", "Paralegal Voices Podcast")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Podcast interview recording - Paralegal Voices (Rachel Kowalski)
        DESCRIPTION:{d}
        LOCATION:Riverside.fm
    """), tz=(TZ_NY,)), uid, "podcast-interview-en"))

    d = esc("""
        Hi Rachel, thanks for signing up for a DocketFlow research session! We'd like to learn how your team
        tracks court deadlines today. This is a 45-minute user interview over Zoom - we'll ask you to share
        your screen. As a thank you, you'll receive a $75 Amazon gift card.
    """, zoom("docketflow", "92277401856", "DFlow"))
    uid = "docketflow-research-0428-rk"
    out.append(_neg("user-research-interview", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250422T150000Z
        DTSTART;TZID=America/Chicago:20250428T121500
        DTEND;TZID=America/Chicago:20250428T130000
        {org("research@docketflow.io", "DocketFlow Research")}
        {att(ME_W, "Rachel Kowalski")}
        SUMMARY:DocketFlow user interview (45 min)
        DESCRIPTION:{d}
        LOCATION:Zoom
    """), tz=(TZ_CHI,)), uid, "user-research-en"))

    d = esc("""
        Bonjour Rachel,

        Merci d'avoir accepté cet entretien pour notre dossier sur la discovery américaine vue par les
        praticiens. L'échange durera environ 30 minutes, par téléphone ; je vous enverrai vos citations pour
        relecture avant publication.

        Camille Arnaud, journaliste - Le Journal du Droit des Affaires
    """)
    uid = "jda-itw-20250506-carnaud"
    out.append(_neg("press-interview-fr", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250430T080000Z
        DTSTART;TZID=Europe/Paris:20250506T160000
        DTEND;TZID=Europe/Paris:20250506T163000
        {org("c.arnaud@jda-presse.fr", "Camille Arnaud")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Entretien presse - discovery américaine (R. Kowalski)
        DESCRIPTION:{d}
        LOCATION:Téléphone
    """), tz=(TZ_PAR,)), uid, "press-interview-fr"))
    return out


def events() -> list[Ev]:
    return [*_coaching(), *_network(), *_blocks(), *_media()]
