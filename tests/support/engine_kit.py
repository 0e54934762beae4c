"""Helpers for engine tests: a config over memory connectors, a movable clock, sample mail and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.connectors.memory import MemoryCalendar, MemoryMailbox
from afterview.daemon.config import Config, parse_config

TZ = ZoneInfo("Europe/Berlin")
ME = "jordan.lee@example.org"


def config_text(accounts: dict[str, tuple[str, str]], state: str = "state.sqlite3") -> str:
    """Given account -> (calendar store, mail store), returns a TOML config over memory connectors."""
    lines = [
        f'me = ["{ME}"]',
        'name = "Jordan Lee"',
        'timezone = "Europe/Berlin"',
        "[state]",
        f'path = "{state}"',
    ]
    for name, (cal, mail) in accounts.items():
        lines.append(f"[accounts.{name}]")
        lines.append(f'calendar = {{ type = "memory", name = "{cal}" }}')
        lines.append(f'mail = {{ type = "memory", name = "{mail}" }}')
    return "\n".join(lines) + "\n"


def memory_config(tmp_path: Path, accounts: dict[str, tuple[str, str]] | None = None) -> Config:
    accounts = accounts or {"personal": ("cal", "mail")}
    return parse_config(config_text(accounts), base_dir=tmp_path, path=tmp_path / "config.toml")


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def interview(
    uid: str,
    start: datetime,
    *,
    company: str = "Acme",
    domain: str = "acme.com",
    role: str = "Senior Data Engineer",
    people: tuple[tuple[str, str], ...] = (("Dana Smith", "dana.smith"), ("Lee Wong", "lee.wong")),
    minutes: int = 60,
    cancelled: bool = False,
    stage: str = "Technical interview",
) -> CalendarEvent:
    """Returns a typical interview invite from the company's own calendar."""
    attendees = tuple(Attendee(name, f"{local}@{domain}", status="ACCEPTED") for name, local in people)
    return CalendarEvent(
        uid=uid,
        summary=f"{stage}: {company} <> Jordan Lee ({role})",
        start=start,
        end=start + timedelta(minutes=minutes),
        description=(
            f"Hi Jordan, thanks for your interest in the {role} role at {company}. "
            f"You'll meet {', '.join(n for n, _ in people)} for your {stage.lower()}.\n"
            "Join Zoom Meeting https://zoom.us/j/123456789"
        ),
        organizer=Attendee("Recruiting", f"recruiting@{domain}"),
        attendees=(*attendees, Attendee("Jordan Lee", ME, status="ACCEPTED")),
        cancelled=cancelled,
    )


def mail(
    sender: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    to: str = ME,
    sender_name: str = "",
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """Returns an RFC 5322 message as bytes."""
    msg = EmailMessage()
    msg["From"] = f"{sender_name} <{sender}>" if sender_name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def stores(config: Config, account: str = "personal") -> tuple[MemoryCalendar, MemoryMailbox]:
    """Returns connectors sharing the memory stores the engine uses for `account`."""
    from afterview.daemon.config import connector_context

    acc = next(a for a in config.accounts if a.name == account)
    ctx = connector_context(config, account)
    assert acc.calendar is not None and acc.mail is not None
    return (
        MemoryCalendar.from_options(acc.calendar.options, ctx),
        MemoryMailbox.from_options(acc.mail.options, ctx),
    )


REJECTION = (
    "Dear Jordan,\n\nThank you for taking the time to interview with us for the Senior Data Engineer role. "
    "We were impressed by your background; however, after careful consideration we have decided to move "
    "forward with other candidates whose experience more closely matches our needs.\n\n"
    "We wish you all the best in your search.\n\nDana Smith\nAcme"
)
OFFER = (
    "Hi Jordan,\n\nI'm delighted to let you know that we would like to offer you the position of Senior Data "
    "Engineer at Acme! Your formal offer letter with the details of compensation and benefits will follow "
    "from our People team. Please let us know if you have any questions.\n\nBest,\nDana"
)
OUT_OF_OFFICE = (
    "I am out of the office until Monday with limited access to email. For urgent matters please contact "
    "recruiting@acme.com.\n\nDana"
)
