"""Recurring series on Microsoft Graph: occurrences and exceptions from calendarView/delta under the
series UID (the master's, read once), a deleted occurrence cancelled under its key, idle cost unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.graph.calendar import GraphCalendar
from afterview.connectors.graph.options import build_session
from contract_data import SERIES_UID, TZ, WINDOW, an_interview, weekly_series_ics
from fakes.graph_fake import TOKEN, GraphFake, serve
from fakes.graph_series import expand, rrule

FIRST = datetime(2030, 3, 4, 10, tzinfo=TZ)


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with serve() as fake:
        yield fake


class _Tokens:
    def token(self) -> str:
        return TOKEN

    def refresh(self) -> str:
        return TOKEN


@pytest.fixture
def calendar(graph: GraphFake, ctx: ConnectorContext) -> GraphCalendar:
    return GraphCalendar(build_session({"graph_url": graph.base}, ctx, tokens=_Tokens(), sleep=lambda s: None), ctx)


@pytest.fixture
def master(graph: GraphFake, ctx: ConnectorContext) -> Callable[[], str]:
    def seed() -> str:
        graph.import_ics(weekly_series_ics(), ctx.timezone)
        [found] = [i for i, it in graph.events.items() if it.json.get("type") == "seriesMaster"]
        return found

    return seed


def _series(events: tuple[CalendarEvent, ...]) -> dict[str, CalendarEvent]:
    return {e.key: e for e in events if e.uid == SERIES_UID}


def test_occurrences_carry_the_series_uid_read_once(graph: GraphFake, calendar: GraphCalendar,
                                                    master: Callable[[], str]) -> None:
    master_id = master()
    first = calendar.list_events(None, WINDOW)
    assert len(_series(first.events)) == 4
    assert graph.requests_to(f"me/events/{master_id}") == 1
    graph.edit_event(master_id, subject="Interview loop sync — Acme, room 2")
    changes = calendar.list_events(first.cursor, WINDOW)
    assert len(_series(changes.events)) == 3  # the exception is an item of its own, unchanged
    assert graph.requests_to(f"me/events/{master_id}") == 1, "the series UID comes from the cursor"


def test_a_deleted_occurrence_is_cancelled_under_its_key(graph: GraphFake, calendar: GraphCalendar,
                                                         master: Callable[[], str]) -> None:
    master_id = master()
    first = calendar.list_events(None, WINDOW)
    before = _series(first.events)
    graph.delete_occurrence(master_id, FIRST + timedelta(weeks=3))
    changes = calendar.list_events(first.cursor, WINDOW)
    [gone] = changes.events
    assert gone.cancelled and gone.key in before and gone.start == before[gone.key].recurrence_id
    assert changes.removed == ()
    again = calendar.list_events(changes.cursor, WINDOW)
    assert again.events == () and again.removed == ()
    assert len(_series(calendar.list_events(None, WINDOW).events)) == 3


def test_a_moved_occurrence_is_the_only_change(graph: GraphFake, calendar: GraphCalendar,
                                               master: Callable[[], str]) -> None:
    master_id = master()
    first = calendar.list_events(None, WINDOW)
    later = FIRST + timedelta(weeks=4, hours=2)
    graph.edit_occurrence(master_id, FIRST + timedelta(weeks=4),
                          start={"dateTime": later.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
                                 "timeZone": "UTC"})
    [moved] = calendar.list_events(first.cursor, WINDOW).events
    assert moved.key in _series(first.events) and moved.start == later and not moved.cancelled


def test_a_deleted_series_cancels_each_occurrence_and_a_single_event_stays(
    graph: GraphFake, calendar: GraphCalendar, master: Callable[[], str]
) -> None:
    master()
    graph.put_event(an_interview())
    first = calendar.list_events(None, WINDOW)
    graph.remove_event(SERIES_UID)
    changes = calendar.list_events(first.cursor, WINDOW)
    assert {e.key for e in changes.events} == set(_series(first.events))
    assert all(e.cancelled for e in changes.events) and changes.removed == ()


def test_a_series_adds_no_request_to_an_idle_cycle(graph: GraphFake, calendar: GraphCalendar,
                                                   master: Callable[[], str]) -> None:
    master()
    cursor = calendar.list_events(None, WINDOW).cursor
    before = len(graph.log)
    assert calendar.list_events(cursor, WINDOW).events == ()
    assert len(graph.log) - before == 1


def test_graph_patterns_map_to_rrules_that_expand_in_the_series_zone() -> None:
    start = datetime(2030, 3, 1, 8, tzinfo=UTC)  # 09:00 in Berlin, before the DST change
    master = {"id": "m", "iCalUId": "x", "start": {"dateTime": "2030-03-01T08:00:00.0000000", "timeZone": "UTC"},
              "end": {"dateTime": "2030-03-01T09:00:00.0000000", "timeZone": "UTC"},
              "recurrence": {"pattern": {"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["friday"],
                                         "index": "first"},
                             "range": {"type": "endDate", "startDate": "2030-03-01", "endDate": "2030-06-07",
                                       "recurrenceTimeZone": "Europe/Berlin"}}}
    assert rrule(master["recurrence"], TZ)["BYSETPOS"] == 1  # type: ignore[index]
    got = [o["start"]["dateTime"][:16] for o in expand(master, start, start + timedelta(days=400), set())]
    assert got == ["2030-03-01T08:00", "2030-04-05T07:00", "2030-05-03T07:00", "2030-06-07T07:00"]
