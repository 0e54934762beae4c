"""Fixtures and helpers for the Google connector tests: the fake server, a keyring holding its grant,
connector options pointing at it, and native writers (CalendarEvent -> Google event resource).

Import the fixtures into a test module (`from google_kit import google, google_options`); every
test using `google` fails if the fake saw a request the discovery documents do not allow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from afterview.connectors.base import CalendarEvent
from afterview.connectors.secrets import set_secret
from fakes.google_fake import FakeGoogle, running_fake
from memory_keyring import MemoryKeyring, memory_keyring

_STATUS = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative", "NEEDS-ACTION": "needsAction"}


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    """A running fake Google; the test fails if any request broke the discovery documents."""
    with running_fake() as fake:
        yield fake
        assert fake.violations == [], "requests the Google API would reject"


@pytest.fixture
def google_keyring(google: FakeGoogle) -> Iterator[MemoryKeyring]:
    """A memory keyring holding a valid grant of the fake for the accounts "test" and "personal"."""
    with memory_keyring() as ring:
        for account in ("test", "personal"):
            set_secret(account, "google_refresh_token", google.issue_refresh_token())
        yield ring


def options(fake: FakeGoogle, **extra: Any) -> dict[str, Any]:
    """Returns connector options pointing at the fake, with fast retries."""
    return {**fake.client_options(), "retry_base_seconds": 0.001, "timeout": 10, **extra}


def _when(moment: Any, all_day: bool) -> dict[str, str]:
    if all_day:
        return {"date": moment.date().isoformat()}
    return {"dateTime": moment.isoformat()}


def google_event(event: CalendarEvent) -> dict[str, Any]:
    """Given an event, returns the resource Google Calendar keeps for such an invitation."""
    resource: dict[str, Any] = {
        "iCalUID": event.uid,
        "summary": event.summary,
        "start": _when(event.start, event.all_day),
        "end": _when(event.end, event.all_day),
        "status": "cancelled" if event.cancelled else "confirmed",
        "sequence": event.sequence,
    }
    for name, value in (("description", event.description), ("location", event.location)):
        if value:
            resource[name] = value
    if event.organizer is not None:
        resource["organizer"] = {"email": event.organizer.email, "displayName": event.organizer.name}
    attendees = []
    for person in event.attendees:
        entry: dict[str, Any] = {"email": person.email, "responseStatus": _STATUS.get(person.status or "",
                                                                                       "needsAction")}
        if person.name:
            entry["displayName"] = person.name
        if person.kind in ("room", "resource"):
            entry["resource"] = True
        if person.role == "OPT-PARTICIPANT":
            entry["optional"] = True
        attendees.append(entry)
    if attendees:
        resource["attendees"] = attendees
    return resource
