"""A sample workspace: a vdir calendar and a Maildir with six applications in different states.

Everything is written as a user's own tools would write it (one .ics file per event, Maildir++
folders through the standard library's mailbox module), relative to a demo clock, so the
engine reads it exactly as it reads a real calendar and mailbox.
"""

from __future__ import annotations

import mailbox
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.daemon.config import render_default_config
from icalendar import Calendar, Event, vCalAddress, vText

ME = "jordan.lee@example.org"
NAME = "Jordan Lee"
ZONE = "Europe/Berlin"
MY_EMPLOYER = "northwind-labs.com"
ME_WORK = f"jordan@{MY_EMPLOYER}"


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str = ""


def _ics(
    uid: str,
    summary: str,
    start: datetime,
    minutes: int,
    organizer: Person,
    people: list[Person],
    description: str,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//afterview demo//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("dtstamp", start - timedelta(days=3))
    event.add("description", description)
    org = vCalAddress(f"mailto:{organizer.email}")
    org.params["cn"] = vText(organizer.name)
    event["organizer"] = org
    for person in [*people, Person(NAME, ME)]:
        att = vCalAddress(f"mailto:{person.email}")
        att.params["cn"] = vText(person.name)
        att.params["partstat"] = "ACCEPTED"
        att.params["role"] = "REQ-PARTICIPANT"
        event.add("attendee", att, encode=False)
    cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _mail(
    sender: Person,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    msgid: str,
    in_reply_to: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{sender.name} <{sender.email}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(body)
    return msg


def _weekday_before(moment: datetime, days: int) -> datetime:
    """Given a moment, returns the same clock time `days` back, moved to a weekday."""
    out = moment - timedelta(days=days)
    while out.weekday() >= 5:
        out -= timedelta(days=1)
    return out


def build_workspace(root: Path, now: datetime) -> Path:
    """Given an empty (or demo) folder and the demo clock, writes the workspace; returns config.toml."""
    tz = ZoneInfo(ZONE)
    now = now.astimezone(tz)
    cal_dir = root / "calendar"
    cal_dir.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(root / "mail"), create=True)
    sent = box.add_folder("Sent")
    box.add_folder("Drafts")
    config = render_default_config([ME, ME_WORK], NAME, ZONE, "calendar", "mail")
    config = config.replace("[state]\n", '[state]\npath = "state.sqlite3"\n', 1)
    (root / "config.toml").write_text(config, encoding="utf-8")

    def event(
        uid: str,
        summary: str,
        start: datetime,
        org: Person,
        people: list[Person],
        text: str,
        minutes: int = 60,
    ) -> None:
        (cal_dir / f"{uid.split('@')[0]}.ics").write_bytes(
            _ics(uid, summary, start, minutes, org, people, text)
        )

    def inbound(msg: EmailMessage) -> None:
        box.add(mailbox.MaildirMessage(msg))

    def outbound(msg: EmailMessage) -> None:
        sent.add(mailbox.MaildirMessage(msg))

    def day(moment: datetime) -> str:
        return f"{moment:%A} {moment.day} {moment:%B}"

    # 1. Acme: interviewed an hour ago by two people -> two personal thank-you drafts.
    dana = Person("Dana Smith", "dana.smith@acme.example", "Engineering Manager")
    lee = Person("Lee Wong", "lee.wong@acme.example", "Staff Engineer")
    acme_start = now - timedelta(hours=2)
    event(
        "demo-acme-1@acme.example",
        "Acme <> Jordan Lee: technical interview (Senior Data Engineer)",
        acme_start,
        Person("Acme Recruiting", "recruiting@acme.example"),
        [dana, lee],
        "Hi Jordan, thanks for your interest in the Senior Data Engineer role at Acme. You'll meet Dana Smith, "
        "Engineering Manager, and Lee Wong, Staff Engineer.\nJoin Zoom Meeting https://zoom.us/j/5551234567",
    )

    # 2. Globex: promised a decision by a date that has passed -> follow-up reminder and draft.
    sam = Person("Sam Rivera", "sam.rivera@globex.example", "Head of Analytics")
    globex_start = _weekday_before(now, 10).replace(hour=10, minute=0)
    promised = _weekday_before(now, 3)
    event(
        "demo-globex-1@globex.example",
        "Interview: Globex – Product Analyst",
        globex_start,
        Person("Priya Shah", "priya.shah@globex.example"),
        [sam],
        "Interview for the Product Analyst position with Sam Rivera, Head of Analytics. Microsoft Teams meeting.",
    )
    outbound(
        _mail(
            Person(NAME, ME),
            sam.email,
            "Thank you — Product Analyst interview",
            "Hi Sam,\n\nThank you for the conversation today...\n\nJordan",
            globex_start + timedelta(hours=4),
            "demo-globex-ty@example.org",
        )
    )
    inbound(
        _mail(
            Person("Priya Shah", "priya.shah@globex.example"),
            ME,
            "Your interview for Product Analyst",
            f"Hi Jordan,\n\nThank you for meeting with Sam. We are interviewing a few more candidates this "
            f"week and will get back to you with a decision by {day(promised)}.\n\nBest regards,\nPriya Shah\n"
            "Talent Acquisition, Globex",
            globex_start + timedelta(days=1),
            "demo-globex-2@globex.example",
        )
    )

    # 3. Initech: "still reviewing" two days ago -> the next follow-up moves a week after that reply.
    morgan = Person("Morgan Lee", "morgan.lee@initech.example", "Backend Lead")
    initech_start = _weekday_before(now, 12).replace(hour=14, minute=0)
    event(
        "demo-initech-1@initech.example",
        "Initech interview – Backend Developer",
        initech_start,
        morgan,
        [morgan],
        "Technical interview for the Backend Developer role. Google Meet: meet.google.com/abc-defg-hij",
    )
    outbound(
        _mail(
            Person(NAME, ME),
            morgan.email,
            "Thank you",
            "Hi Morgan,\n\nThanks for today...\n\nJordan",
            initech_start + timedelta(hours=3),
            "demo-initech-ty@example.org",
        )
    )
    inbound(
        _mail(
            morgan,
            ME,
            "Re: Thank you",
            "Hi Jordan,\n\nThanks for your patience. We are still reviewing candidates and the process is "
            "taking a little longer than planned. I'll be in touch as soon as I have an update.\n\nMorgan",
            _weekday_before(now, 2).replace(hour=11, minute=0),
            "demo-initech-2@initech.example",
            in_reply_to="demo-initech-ty@example.org",
        )
    )

    # 4. Umbrella: rejected yesterday -> a gracious reply draft, no more reminders.
    alex = Person("Alex Kim", "alex.kim@umbrella.example", "Data Science Manager")
    umbrella_start = _weekday_before(now, 14).replace(hour=9, minute=30)
    event(
        "demo-umbrella-1@umbrella.example",
        "Umbrella Corp: Data Scientist interview",
        umbrella_start,
        alex,
        [alex],
        "Interview for the Data Scientist role with Alex Kim. Zoom: https://zoom.us/j/999",
    )
    inbound(
        _mail(
            alex,
            ME,
            "Your application — Data Scientist",
            "Dear Jordan,\n\nThank you for your time and interest in the Data Scientist role. We enjoyed "
            "meeting you; however, after careful consideration we have decided to move forward with another "
            "candidate whose experience more closely matches our current needs.\n\nWe wish you every success."
            "\n\nAlex Kim\nUmbrella",
            now - timedelta(days=1),
            "demo-umbrella-2@umbrella.example",
        )
    )

    # 5. Stark: final round five days ago, offer this morning -> offer reply asking for written terms.
    pepper = Person("Pepper Potts", "pepper.potts@stark.example", "VP Engineering")
    stark_start = _weekday_before(now, 5).replace(hour=13, minute=0)
    event(
        "demo-stark-1@stark.example",
        "Final round interview – Stark Industries (ML Engineer)",
        stark_start,
        pepper,
        [pepper],
        "Final round onsite for the ML Engineer position with Pepper Potts, VP Engineering.",
        minutes=180,
    )
    inbound(
        _mail(
            pepper,
            ME,
            "Offer: ML Engineer at Stark Industries",
            "Hi Jordan,\n\nI'm delighted to let you know that we would like to offer you the ML Engineer "
            "position at Stark Industries! We were all impressed. Our People team will send the formal offer "
            "letter shortly.\n\nWarm regards,\nPepper",
            now - timedelta(hours=3),
            "demo-stark-2@stark.example",
        )
    )

    # 6. Wayne: a final round later this week -> a reminder to brief your references first.
    lucius = Person("Lucius Fox", "lucius.fox@wayne.example", "CTO")
    wayne_start = (now + timedelta(days=3)).replace(hour=10, minute=0)
    while wayne_start.weekday() >= 5:
        wayne_start += timedelta(days=1)
    event(
        "demo-wayne-1@wayne.example",
        "Wayne Enterprises – final interview, Platform Engineer",
        wayne_start,
        lucius,
        [lucius],
        "Final interview (onsite) for the Platform Engineer role with Lucius Fox, CTO.",
        120,
    )

    # Not interviews: the user interviewing a candidate at work, and a webinar about interviews.
    event(
        "demo-internal-1@northwind-labs.com",
        "Interview with candidate: Robin Park (Data Engineer)",
        now - timedelta(days=1),
        Person("Hiring Team", f"hiring@{MY_EMPLOYER}"),
        [Person("Robin Park", "robin.park@gmail.com"), Person(NAME, ME_WORK)],
        "Interview kit and scorecard in Greenhouse. You are on the panel for this candidate.",
    )
    event(
        "demo-webinar-1@events.example",
        "Webinar: How to ace your next job interview",
        now + timedelta(days=2),
        Person("Career Events", "events@careers.example"),
        [],
        "Free webinar with interview tips.",
    )
    inbound(
        _mail(
            Person("JobAlerts", "alerts@jobs.example"),
            ME,
            "10 new jobs for you: Data Engineer",
            "We have new offers matching your search. Unsubscribe at any time.",
            now - timedelta(days=1),
            "demo-alert-1@jobs.example",
        )
    )
    return root / "config.toml"


def default_now(real: datetime | None = None) -> datetime:
    """Returns the demo clock: the latest weekday 16:00 (demo zone) not after now.

    An afternoon on a working day makes every sample plausible (an interview that ended an
    hour ago, a reminder later today), and runs on the same day agree.
    """
    here = (real or datetime.now(ZoneInfo(ZONE))).astimezone(ZoneInfo(ZONE))
    moment = here.replace(hour=16, minute=0, second=0, microsecond=0)
    if moment > here:
        moment -= timedelta(days=1)
    while moment.weekday() >= 5:
        moment -= timedelta(days=1)
    return moment
