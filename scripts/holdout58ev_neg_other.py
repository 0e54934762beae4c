"""holdout58 negatives, part 2a: mock interviews, webinars, classes, research/press/podcast
interviews and internal meetings (English)."""

from __future__ import annotations

from holdout58ev_ics import ME, ME_WORK, T, alarm, att, cal, google_foot, meet, org, rec, teams, zoom
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import google, outlook

NG = "@northgatefoods.co.uk"
PRIYA_W = att(ME_WORK, "Raman, Priya")
MARK_O = org("mark.sutton" + NG, "Sutton, Mark")


def _g(addr: str, cn: str, ps: str = "NEEDS-ACTION", rsvp: bool = True) -> str:
    return att(addr, cn, partstat=ps, rsvp=rsvp, google=True)


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, trap=trap)


def mock_mentor() -> dict[str, str]:
    uid = "5ck0v8q2m7dh1tre9bn4s6pfa3@google.com"
    desc = (
        "Hi Priya & Jordan,\n\nHere's your mock interview slot for Career Week. Priya – please run a 30-minute "
        "SQL/pandas mock interview and then give Jordan 15 minutes of feedback using the rubric in the "
        "mentor handbook. It's practice only, nothing is reported to employers.\n\nThanks for mentoring!\n"
        "Code Northwest\n\n" + meet("en", "cnw-mock-jpk") + "\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Mock technical interview – Jordan Pike (Cohort 12) with mentor Priya",
        "20251015T180000",
        "20251015T184500",
        organizer=org("mentors@codenorthwest.org", "Code Northwest Mentors"),
        attendees=[
            _g("mentors@codenorthwest.org", "Code Northwest Mentors", "ACCEPTED", False),
            _g(ME, ME),
            _g("jordan.pike.dev@gmail.com", "Jordan Pike"),
        ],
        description=desc,
        conference="https://meet.google.com/cnw-mock-jpk",
        stamp="20251008T120000Z",
        created="20251008T115940Z",
    )
    return _neg("google", ics, uid, "mock-bootcamp-mentor-en")


def mock_friend() -> dict[str, str]:
    uid = "2ob9e4c7q1m6tk0hsd3vr8pfl5@google.com"
    ics = google(
        uid,
        "Mock case interview w/ Aisha (practice for Quayside)",
        "20250927T110000",
        "20250927T123000",
        organizer=org(ME, "Priya Raman"),
        description="she'll play interviewer, I bring the credit case. then swap – she's prepping for consulting",
        location="Aisha's flat, Chorlton",
        method=None,
        stamp="20250924T211500Z",
        created="20250924T211500Z",
    )
    return _neg("hand", ics, uid, "mock-practice-friend-en")


def webinar_zoom() -> dict[str, str]:
    uid = "ZOOM-WEBINAR-91833045127@zoom.us"
    desc = (
        'Hi Priya Raman,\n\nThank you for registering for "Cracking the Data Science Interview: live Q&A with '
        'hiring managers".\n\nPlease submit any questions to: events@datafolk.community\n\nDate Time: Sep 16, '
        "2025 06:00 PM London\n\nJoin from PC, Mac, iPad, or Android:\nhttps://us06web.zoom.us/w/91833045127?"
        "tk=ZQkQb3\nPasscode: 520114\n\nYou can cancel your registration at any time."
    )
    ev = [
        "DTSTAMP:20250910T071500Z",
        "DTSTART;TZID=Europe/London:20250916T180000",
        "DTEND;TZID=Europe/London:20250916T193000",
        T("SUMMARY", "Cracking the Data Science Interview: live Q&A with hiring managers"),
        "UID:" + uid,
        "TZID:Europe/London",
        T("DESCRIPTION", desc),
        "LOCATION:https://us06web.zoom.us/w/91833045127?tk=ZQkQb3",
        *alarm(10),
    ]
    ics = cal("-//zoom.us//iCalendar Event//EN", [ev], method="PUBLISH", zones=["Europe/London"], head=["CLASS:PUBLIC"])
    return _neg("zoom", ics, uid, "webinar-interview-skills-en")


def star_workshop() -> dict[str, str]:
    uid = "evt-1184420937651-ticket-2284107731@eventbrite.com"
    desc = (
        "Competency interviews & the STAR method – free careers workshop\n\nLearn how to structure answers to "
        "competency questions, practise in pairs and get feedback from a careers adviser.\n\nOrganised by "
        "Manchester Careers Hub\n\nView your ticket: https://www.eventbrite.co.uk/mytickets/2284107731"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250912T090000Z",
        "DTSTART:20250924T170000Z",
        "DTEND:20250924T190000Z",
        T("SUMMARY", "Competency interviews & the STAR method – free careers workshop"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Manchester Central Library, St Peter's Square, Manchester M2 5PD"),
        "URL:https://www.eventbrite.co.uk/e/1184420937651",
    ]
    ics = cal("-//Eventbrite Inc//Eventbrite//EN", [ev], method="PUBLISH")
    return _neg("eventbrite", ics, uid, "class-star-workshop-en")


def research_mintbridge() -> dict[str, str]:
    uid = "ui-session-77342918-2025-11-11@userinterviews.com"
    desc = (
        "Thanks for signing up to help shape Mintbridge!\n\nIn this 45-minute video session one of our "
        "researchers, Leah Moran, will ask you how you save and budget day to day and show you some early "
        "designs. There are no right or wrong answers.\n\nAs a thank-you you'll receive a £40 voucher within "
        "5 working days. The session will be recorded for research purposes only.\n\n"
        + zoom("en", "mintbridge", "829 5531 0076", "UmVzZWFyY2g")
        + "\n\nScheduled via User Interviews"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251104T100000Z",
        "DTSTART:20251111T180000Z",
        "DTEND:20251111T184500Z",
        T("SUMMARY", "Mintbridge research session: 45-min interview about your savings habits"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Zoom"),
        org("research@mintbridge.com", "Mintbridge Research"),
        att(ME, "Priya Raman"),
        att("leah.moran@mintbridge.com", "Leah Moran", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//User Interviews//Scheduling//EN", [ev])
    return _neg("userinterviews", ics, uid, "user-research-known-employer-en")


def press() -> dict[str, str]:
    uid = ouid("ng-press-grocer")
    desc = (
        "Hi Priya,\n\nThe Grocer's data reporter, Tom Ackroyd, would like a 30-minute phone interview about "
        "how we use Northgate Rewards data to personalise offers. I'll be on the line; key messages are "
        "attached. Please don't discuss Q3 numbers.\n\nThanks,\nSian\nPress Office | Northgate Foods"
    )
    ics = outlook(
        uid,
        "Media interview – The Grocer (loyalty data) – Priya + Sian",
        "20250915T150000",
        "20250915T153000",
        organizer=org("sian.pryce" + NG, "Pryce, Sian"),
        attendees=[PRIYA_W],
        description=desc,
        location="Dial-in: Sian to connect",
        stamp="20250911T140100Z",
    )
    return _neg("outlook", ics, uid, "press-interview-en")


def podcast() -> dict[str, str]:
    uid = "3hd7q0bv5k2mc9nte1fs8r4poa@google.com"
    desc = (
        "Hi Priya!\n\nSo excited to have you on Aisle Be Data. We'll chat for ~40 minutes about your route into "
        "retail analytics and what a supermarket data team actually does. Recording link (Riverside): "
        "https://riverside.fm/studio/aisle-be-data?t=7f2c\n\nHeadphones please!\nNat\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Aisle Be Data podcast – recording: interview with Priya Raman",
        "20251104T183000",
        "20251104T193000",
        organizer=org("nat@aislebedata.fm", "Nat Oyelaran"),
        attendees=[_g("nat@aislebedata.fm", "Nat Oyelaran", "ACCEPTED", False), _g(ME, ME)],
        description=desc,
        location="https://riverside.fm/studio/aisle-be-data",
        stamp="20251027T160000Z",
        created="20251027T155930Z",
    )
    return _neg("google", ics, uid, "podcast-interview-en")


def standup_recurring() -> dict[str, str]:
    uid = ouid("ng-standup")
    base = [MARK_O, PRIYA_W, att("daniel.moss" + NG, "Moss, Daniel"), att("kate.fletcher" + NG, "Fletcher, Kate")]
    master = [
        *base,
        T("DESCRIPTION;LANGUAGE=en-GB", "Quick round: yesterday / today / blockers."),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Analytics stand-up",
        "DTSTART;TZID=GMT Standard Time:20250908T091500",
        "DTEND;TZID=GMT Standard Time:20250908T093000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;WKST=MO",
        "DTSTAMP:20250905T090000Z",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INSTTYPE:1",
    ]
    moved = [
        *base,
        T("DESCRIPTION;LANGUAGE=en-GB", "Moved to 10:00 this week – all-hands at 09:00."),
        "UID:" + uid,
        "RECURRENCE-ID;TZID=GMT Standard Time:20251015T091500",
        "SUMMARY;LANGUAGE=en-GB:Analytics stand-up",
        "DTSTART;TZID=GMT Standard Time:20251015T100000",
        "DTEND;TZID=GMT Standard Time:20251015T101500",
        "DTSTAMP:20251013T080000Z",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INSTTYPE:3",
    ]
    ics = cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        [master, moved],
        zones=["GMT Standard Time"],
        calscale=False,
    )
    return _neg("outlook", ics, uid, "internal-recurring-override-en")


def promo_review() -> dict[str, str]:
    uid = ouid("ng-promo-q3")
    desc = (
        "Walk-through of the Q3 promotions uplift model and the proposed changes to the multibuy "
        "mechanic.\n\nKate\n\n" + teams("en", "340 227 915 608", "Pq3Rv6", "NTIxYjg0MGEtNzQ1")
    )
    ics = outlook(
        uid,
        "Q3 promo uplift review",
        "20251007T110000",
        "20251007T120000",
        organizer=org("kate.fletcher" + NG, "Fletcher, Kate"),
        attendees=[PRIYA_W],
        description=desc,
        location="Microsoft Teams Meeting",
        stamp="20250930T101000Z",
    )
    return _neg("outlook", ics, uid, "internal-meeting-en")


def appraisal() -> dict[str, str]:
    uid = ouid("ng-midyear")
    desc = (
        "Hi Priya – time for your mid-year review. Please complete the self-assessment in Workday beforehand "
        "and bring your development goals.\n\nMark"
    )
    ics = outlook(
        uid,
        "Mid-year review – Priya / Mark",
        "20250929T113000",
        "20250929T123000",
        organizer=MARK_O,
        attendees=[PRIYA_W],
        description=desc,
        location="Northgate House – Meeting Room 3.01",
        stamp="20250915T080000Z",
    )
    return _neg("outlook", ics, uid, "own-appraisal-en")


def events() -> list[dict[str, str]]:
    return [
        mock_mentor(),
        mock_friend(),
        webinar_zoom(),
        star_workshop(),
        research_mintbridge(),
        press(),
        podcast(),
        standup_recurring(),
        promo_review(),
        appraisal(),
    ]
