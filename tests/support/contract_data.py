"""Hand-built values and shared helpers for the contract suite, and writers of native files for seeding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from afterview.connectors.base import (
    Attendee,
    CalendarConnector,
    CalendarEvent,
    Capability,
    Draft,
    MailboxConnector,
    Person,
    Tickler,
)

TZ = ZoneInfo("Europe/Berlin")
WINDOW = (datetime(2030, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))
INTERVIEW_START = datetime(2030, 3, 4, 14, 0, tzinfo=TZ)

ME = Person("Jordan Example", "jordan@example.org")
SAM = Person("Sam Lee", "sam.lee@acme.example")
PEOPLE = (
    Attendee("Jordan Example", "jordan@example.org", role="REQ-PARTICIPANT", status="ACCEPTED"),
    Attendee("Sam Lee", "sam.lee@acme.example", role="REQ-PARTICIPANT", status="ACCEPTED"),
    Attendee("Room 4", "room-4@acme.example", kind="room", role="NON-PARTICIPANT", status="ACCEPTED"),
)


KNOWN_CAPABILITIES = {
    Capability.INCREMENTAL_EVENTS, Capability.INCREMENTAL_MAIL, Capability.RECURRENCE,
    Capability.REMOVAL_DETECTION, Capability.ETAG_PRECONDITION,
}

SeedEvent = Callable[[CalendarEvent], None]
ByRef = Callable[[str], None]
Deliver = Callable[[bytes, str], None]
AddUserDraft = Callable[[bytes], Callable[[], bool]]


def needs(connector: CalendarConnector | MailboxConnector, capability: str) -> None:
    """Given a connector and a capability, returns if it has it; otherwise skips the test."""
    if capability not in connector.capabilities:
        pytest.skip(f"connector lacks capability {capability!r}")


def same_instant(a: datetime, b: datetime) -> bool:
    """Given two aware datetimes, returns whether they name the same instant."""
    return a.astimezone(UTC) == b.astimezone(UTC)


def an_interview(
    uid: str = "interview-1@acme.example",
    summary: str = "Interview: Acme — Senior Engineer",
    start: datetime = INTERVIEW_START,
    end: datetime | None = None,
    *,
    all_day: bool = False,
    cancelled: bool = False,
    sequence: int = 0,
    attendees: tuple[Attendee, ...] = PEOPLE,
) -> CalendarEvent:
    """Returns an employer's interview invitation as the user's calendar would hold it."""
    return CalendarEvent(
        uid=uid, summary=summary, start=start, end=end or start + timedelta(hours=1),
        description="Video call with Sam Lee (Engineering Manager).\nAgenda: system design.",
        location="Acme HQ, Room 4", all_day=all_day, cancelled=cancelled, sequence=sequence,
        organizer=Attendee("Acme Talent", "talent@acme.example", role="CHAIR") if attendees else None,
        attendees=attendees,
    )


def a_tickler(
    key: str = "acme/senior-engineer/thanks",
    summary: str = "Send thank-you notes — Acme, Senior Engineer",
    description: str = "Write down what you talked about and who you met.\nDrafts are in your Drafts folder.",
    start: datetime = INTERVIEW_START + timedelta(hours=3),
    end: datetime | None = None,
) -> Tickler:
    """Returns a tickler afterview would plan after the default interview."""
    return Tickler(key=key, app_id="acme/senior-engineer", summary=summary, description=description,
                   start=start, end=end or start + timedelta(minutes=15))


def a_draft(
    key: str = "acme/senior-engineer/thanks/sam.lee@acme.example",
    subject: str = "Thank you — Senior Engineer interview",
    body: str = "Dear Sam,\n\nthank you for the conversation about system design today.\n\nBest,\nJordan\n",
    to: tuple[Person, ...] = (SAM,),
) -> Draft:
    """Returns a thank-you draft afterview would plan for the default interview."""
    return Draft(key=key, app_id="acme/senior-engineer", sender=ME, to=to, subject=subject, body=body,
                 in_reply_to="in-0@acme.example", references=("in-0@acme.example",))


def a_message(
    message_id: str = "in-1@acme.example",
    subject: str = "Your interview at Acme",
    body: str = "Hi Jordan,\n\nthanks for your time today.\n\nSam\n",
    date: datetime = datetime(2030, 3, 4, 18, 5, tzinfo=TZ),
    *,
    sent: bool = False,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    """Returns RFC 5322 bytes (built with the stdlib) of mail from Sam, or to Sam when `sent`."""
    msg = EmailMessage()
    sender, recipient = (ME, SAM) if sent else (SAM, ME)
    msg["From"] = f"{sender.name} <{sender.email}>"
    msg["To"] = f"{recipient.name} <{recipient.email}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg.set_content(body)
    return msg.as_bytes()


_CUTYPE = {"individual": "INDIVIDUAL", "group": "GROUP", "room": "ROOM", "resource": "RESOURCE",
           "unknown": "UNKNOWN"}


def _address(person: Attendee) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{person.email}")
    if person.name:
        address.params["CN"] = person.name
    return address


def event_to_ics(event: CalendarEvent) -> bytes:
    """Given an event, returns a VCALENDAR written with icalendar, as a calendar app would save it."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//afterview contract tests//EN")
    cal.add("version", "2.0")
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC))
    vevent.add("summary", event.summary)
    start: date | datetime = event.start
    end: date | datetime = event.end
    if event.all_day:
        start, end = event.start.date(), event.end.date()
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    if event.recurrence_id is not None:
        vevent.add("recurrence-id", event.recurrence_id)
    for name, value in (("description", event.description), ("location", event.location),
                        ("url", event.url)):
        if value:
            vevent.add(name, value)
    if event.cancelled:
        vevent.add("status", "CANCELLED")
    vevent.add("sequence", event.sequence)
    if event.organizer is not None:
        vevent.add("organizer", _address(event.organizer))
    for person in event.attendees:
        address = _address(person)
        address.params["CUTYPE"] = _CUTYPE[person.kind]
        if person.role:
            address.params["ROLE"] = person.role
        if person.status:
            address.params["PARTSTAT"] = person.status
        vevent.add("attendee", address)
    cal.add_component(vevent)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


SERIES_UID = "weekly-sync@acme.example"


def weekly_series_ics() -> bytes:
    """Returns a weekly series (5 from Mon 4 March 2030, 10:00 Berlin, over the DST change) with
    the 11 March instance moved to 11:00 and renamed, and 18 March excluded."""
    first = datetime(2030, 3, 4, 10, tzinfo=TZ)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//afterview contract tests//EN")
    cal.add("version", "2.0")
    master = icalendar.Event()
    master.add("uid", SERIES_UID)
    master.add("dtstamp", datetime(2030, 1, 2, tzinfo=UTC))
    master.add("summary", "Interview loop sync — Acme")
    master.add("dtstart", first)
    master.add("dtend", first + timedelta(minutes=30))
    master.add("rrule", {"FREQ": "WEEKLY", "COUNT": 5})
    master.add("exdate", first + timedelta(weeks=2))
    moved = icalendar.Event()
    moved.add("uid", SERIES_UID)
    moved.add("dtstamp", datetime(2030, 1, 2, tzinfo=UTC))
    moved.add("recurrence-id", first + timedelta(weeks=1))
    moved.add("summary", "Interview loop sync — Acme (moved)")
    moved.add("dtstart", first + timedelta(weeks=1, hours=1))
    moved.add("dtend", first + timedelta(weeks=1, hours=1, minutes=30))
    cal.add_component(master)
    cal.add_component(moved)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
