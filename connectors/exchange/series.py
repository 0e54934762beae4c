"""Recurring series on Exchange: SyncFolderItems reports only the RecurringMaster; its occurrences and
exceptions in the window come from a CalendarView FindItem (ids and types), then one GetItem batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from afterview.connectors.base import CalendarEvent
from afterview.connectors.exchange.convert import EVENT_FIELDS, INSTANCE_TYPES, aware, to_event

_STAMP = "%Y%m%dT%H%M%SZ"


def stamp(moment: datetime) -> str:
    """Given an instance's recurrence id, returns it as the cursor keeps it (UTC, basic format)."""
    return moment.astimezone(UTC).strftime(_STAMP)


def expand(session: Any, window: tuple[datetime, datetime], uids: Iterable[str]) -> list[Any]:
    """Given a Session, the window and series UIDs, returns the fetched occurrences and exceptions of
    those series that the server's CalendarView puts in the window.

    CalendarView cannot filter by series (and FindItem cannot return UIDs), so every recurring
    instance in the window is fetched and the others are dropped; this runs only when a master changed.
    """
    from exchangelib import EWSDateTime  # type: ignore[import-untyped]

    wanted = set(uids)
    view = session.folder("calendar").view(start=EWSDateTime.from_datetime(window[0].astimezone(UTC)),
                                          end=EWSDateTime.from_datetime(window[1].astimezone(UTC)))
    ids = [(i.id, i.changekey) for i in view.only("type") if getattr(i, "type", None) in INSTANCE_TYPES]
    return [i for i in session.fetch("calendar", ids, EVENT_FIELDS)
            if not isinstance(i, Exception) and i.uid in wanted]


def cancelled_instance(master: Any, gone: str, tz: ZoneInfo) -> CalendarEvent:
    """Given a series master and the stamp of a deleted instance, returns that instance, cancelled."""
    event = to_event(master, tz)
    start = datetime.strptime(gone, _STAMP).replace(tzinfo=UTC)
    length = aware(master.end, tz, end=True) - aware(master.start, tz)
    return dataclasses.replace(event, start=start, end=start + length, recurrence_id=start, cancelled=True)
