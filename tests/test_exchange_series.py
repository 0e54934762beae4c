"""Recurring series on Exchange: instances come from CalendarView only when a master changed; a deleted
occurrence comes back cancelled under its own key; a deleted series is removed by UID; idle stays cheap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from afterview.connectors.base import ConnectorContext, EventChanges
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.secrets import set_secret
from contract_data import SERIES_UID, TZ, WINDOW, an_interview, weekly_series_ics
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import calendar_item
from memory_keyring import memory_keyring


@pytest.fixture
def ews(ctx: ConnectorContext) -> Iterator[EwsFake]:
    with memory_keyring(), serve(EwsFake()) as fake:
        set_secret(ctx.account, "password", fake.password)
        yield fake


def calendar(fake: EwsFake, ctx: ConnectorContext) -> ExchangeCalendar:
    return ExchangeCalendar.from_options({"email": "jordan@example.org", "service_endpoint": fake.url,
                                          "username": fake.user, "auth": "basic", "version": "2016",
                                          "max_wait": 2, "timeout": 5}, ctx)


def local(changes: EventChanges) -> list[tuple[str, bool]]:
    series = sorted((e for e in changes.events if e.uid == SERIES_UID), key=lambda e: e.start)
    return [(e.start.astimezone(TZ).strftime("%m-%d %H:%M"), e.cancelled) for e in series]


def test_series_instances_and_no_master(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put_series(weekly_series_ics())
    ews.put("calendar", calendar_item(an_interview()))
    first = calendar(ews, ctx).list_events(None, WINDOW)
    assert local(first) == [("03-04 10:00", False), ("03-11 11:00", False), ("03-25 10:00", False),
                            ("04-01 10:00", False)]
    assert [e.uid for e in first.events if e.recurrence_id is None] == [an_interview().uid], "no master as event"
    assert ews.calls["FindItem"] == 1, "one CalendarView for the changed series"


def test_deleted_occurrence_comes_back_cancelled(ews: EwsFake, ctx: ConnectorContext) -> None:
    master = ews.put_series(weekly_series_ics())
    cal = calendar(ews, ctx)
    cursor = cal.list_events(None, WINDOW).cursor
    [occurrence] = [i for i in ews.store.series[master.id].instances(*WINDOW)
                    if i.elem.findtext("{*}OriginalStart") == "2030-03-25T09:00:00Z"]
    ews.delete(occurrence.id)  # the user (or the organizer's cancellation) removes one week
    changes = cal.list_events(cursor, WINDOW)
    assert local(changes) == [("03-04 10:00", False), ("03-11 11:00", False), ("03-25 10:00", True),
                              ("04-01 10:00", False)]
    [gone] = [e for e in changes.events if e.cancelled]
    assert gone.key == f"{SERIES_UID}@20300325T090000Z" and gone.recurrence_id == datetime(2030, 3, 25, 10, tzinfo=TZ)
    assert changes.removed == (), "the series UID is not gone, only one instance"

    again = cal.list_events(changes.cursor, WINDOW)
    assert again.events == () and again.removed == ()


def test_deleted_series_is_removed_by_uid(ews: EwsFake, ctx: ConnectorContext) -> None:
    master = ews.put_series(weekly_series_ics())
    cal = calendar(ews, ctx)
    cursor = cal.list_events(None, WINDOW).cursor
    ews.delete(master.id)
    assert cal.list_events(cursor, WINDOW).removed == (SERIES_UID,)


def test_idle_cycle_with_a_series_is_one_sync(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put_series(weekly_series_ics())
    cal = calendar(ews, ctx)
    cursor = cal.list_events(None, WINDOW).cursor
    ews.calls.clear()
    assert cal.list_events(cursor, WINDOW).events == ()
    assert dict(ews.calls) == {"SyncFolderItems": 1}
