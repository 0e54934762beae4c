"""Recurring series on Google Calendar: instances from singleEvents listings and syncs, a moved or
deleted instance reported under its own key, a deleted series reported removed, idle cost unchanged.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.google.calendar import GoogleCalendar
from contract_data import SERIES_UID, TZ, WINDOW, an_interview, weekly_series_ics
from fakes.google_fake import FakeGoogle
from google_kit import google, google_event, google_keyring, options
from memory_keyring import MemoryKeyring

__all__ = ["google", "google_keyring"]
FIRST = datetime(2030, 3, 4, 10, tzinfo=TZ)


@pytest.fixture
def calendar(google: FakeGoogle, google_keyring: MemoryKeyring, ctx: ConnectorContext) -> GoogleCalendar:
    return GoogleCalendar.from_options(options(google), ctx)


def _series(events: tuple[CalendarEvent, ...]) -> dict[str, CalendarEvent]:
    return {e.key: e for e in events if e.uid == SERIES_UID}


def test_a_deleted_instance_comes_back_cancelled_under_its_key(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    google.calendar.import_ics(weekly_series_ics())
    first = calendar.list_events(None, WINDOW)
    before = _series(first.events)
    google.calendar.user_delete_instance(google.calendar.series_id(SERIES_UID), FIRST + timedelta(weeks=3))
    changes = calendar.list_events(first.cursor, WINDOW)
    [gone] = changes.events
    assert gone.cancelled and gone.uid == SERIES_UID and gone.key in before
    assert gone.start == before[gone.key].start
    assert SERIES_UID not in changes.removed
    assert calendar.list_events(changes.cursor, WINDOW).events == ()


def test_a_moved_instance_is_the_only_change(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    google.calendar.import_ics(weekly_series_ics())
    first = calendar.list_events(None, WINDOW)
    later = FIRST + timedelta(weeks=4, hours=3)
    google.calendar.user_edit_instance(google.calendar.series_id(SERIES_UID), FIRST + timedelta(weeks=4),
                                       start={"dateTime": later.isoformat(), "timeZone": "Europe/Berlin"},
                                       end={"dateTime": (later + timedelta(minutes=30)).isoformat(),
                                            "timeZone": "Europe/Berlin"})
    [moved] = calendar.list_events(first.cursor, WINDOW).events
    assert moved.key in _series(first.events) and not moved.cancelled
    assert moved.start == later and moved.recurrence_id == FIRST + timedelta(weeks=4)


def test_a_changed_series_reports_every_instance_and_a_deleted_series_is_removed(
    google: FakeGoogle, calendar: GoogleCalendar
) -> None:
    google.calendar.import_ics(weekly_series_ics())
    google.calendar.put_event(google_event(an_interview()))
    first = calendar.list_events(None, WINDOW)
    series_id = google.calendar.series_id(SERIES_UID)
    google.calendar.user_edit(series_id, summary="Interview loop sync — Acme, new room")
    changes = calendar.list_events(first.cursor, WINDOW)
    renamed = _series(changes.events)
    moved = {k for k, e in _series(first.events).items() if e.summary.endswith("(moved)")}
    assert len(moved) == 1 and set(renamed) == set(_series(first.events)) - moved  # an exception is its own event
    assert all(e.summary.endswith("new room") for e in renamed.values()) and len(renamed) == 3
    google.calendar.user_delete(series_id)
    assert calendar.list_events(changes.cursor, WINDOW).removed == (SERIES_UID,)


def test_a_series_adds_no_request_to_an_idle_cycle(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    google.calendar.import_ics(weekly_series_ics())
    cursor = calendar.list_events(None, WINDOW).cursor
    google.reset_counts()
    assert calendar.list_events(cursor, WINDOW).events == ()
    assert google.http_requests == {"calendar": 1}
    assert dict(google.calls) == {"calendar.events.list": 1}


def test_an_open_ended_daily_series_is_expanded_in_the_window_only(
    google: FakeGoogle, calendar: GoogleCalendar
) -> None:
    start = datetime(2029, 12, 30, 9, tzinfo=TZ)
    google.calendar.put_event({"iCalUID": "pairing@acme.example", "summary": "Pairing session — Acme",
                               "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Berlin"},
                               "end": {"dateTime": (start + timedelta(hours=1)).isoformat(),
                                       "timeZone": "Europe/Berlin"},
                               "recurrence": ["RRULE:FREQ=DAILY"]})
    listed = calendar.list_events(None, WINDOW)
    got = [e for e in listed.events if e.uid == "pairing@acme.example"]
    assert len(listed.cursor) < 400, "the cursor keeps the series id, not one id per instance"
    assert len(got) == 365 and len({e.key for e in got}) == 365
    assert min(e.start for e in got) == datetime(2030, 1, 1, 9, tzinfo=TZ)
    assert {e.start.astimezone(TZ).hour for e in got} == {9}  # wall-clock time across both DST changes
