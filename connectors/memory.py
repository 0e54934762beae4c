"""In-memory calendar and mailbox: the reference connectors and the engine's test fakes.

Connectors built with the same `name` option (default: the account) share one
process-wide store (see memory_store), so a test can build a connector from config,
seed it through the public helpers, and see what the engine wrote. Memory events are
already instances: there is no RRULE expansion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, ClassVar, Self

from afterview.connectors.base import (
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
    tickler_fingerprint,
)
from afterview.connectors.errors import ConflictError, ConnectorError, NotFoundError
from afterview.connectors.memory_mail import MemoryDraft, MemoryMailbox
from afterview.connectors.memory_store import (
    Store,
    StoreControls,
    reset_memory_stores,
    shared_store,
    store_name,
)

__all__ = ["MemoryCalendar", "MemoryDraft", "MemoryMailbox", "reset_memory_stores"]


@dataclass
class _EventRecord:
    event: CalendarEvent
    seq: int
    app_id: str = ""
    alarm_minutes_before: int = 0


class _CalendarStore(Store):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.events: dict[str, _EventRecord] = {}  # by CalendarEvent.key
        self.removed: list[tuple[int, str]] = []  # (sequence, uid)


def _aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ConnectorError(f"{what} must be timezone-aware", source="memory")


def _overlaps(event: CalendarEvent, window: tuple[datetime, datetime]) -> bool:
    low, high = window
    if event.start == event.end:
        return low <= event.start < high
    return event.start < high and event.end > low


class MemoryCalendar(StoreControls):
    """A calendar held in memory; events are already instances (no RRULE expansion)."""

    capabilities: ClassVar[frozenset[str]] = frozenset(
        {Capability.INCREMENTAL_EVENTS, Capability.REMOVAL_DETECTION, Capability.ETAG_PRECONDITION}
    )

    def __init__(self, name: str, ctx: ConnectorContext) -> None:
        self.ctx = ctx
        self._cal = shared_store(_CalendarStore, name, _CalendarStore)
        self._store: Store = self._cal

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"name": optional store name}, returns the calendar; raises ConnectorConfigError."""
        return cls(store_name(options, ctx), ctx)

    # ------------------------------------------------------------ contract

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given a cursor and window, returns the changes; raises CursorExpiredError.

        Incremental results are not clipped to the window, so an event moved out of it is
        still reported as changed.
        """
        store = self._cal
        with store.lock:
            store.enter("list_events")
            if cursor is None:
                events = [r.event for r in store.events.values() if _overlaps(r.event, window)]
                events.sort(key=lambda e: (e.start, e.key))
                return EventChanges(events=tuple(events), cursor=store.cursor(), full=True)
            since = store.since(cursor)
            changed = sorted(
                (r for r in store.events.values() if r.seq > since), key=lambda r: r.seq
            )
            present = {r.event.uid for r in store.events.values()}
            removed = dict.fromkeys(u for s, u in store.removed if s > since and u not in present)
            return EventChanges(
                events=tuple(r.event for r in changed),
                cursor=store.cursor(),
                full=False,
                removed=tuple(removed),
            )

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler."""
        with self._cal.lock:
            self._cal.enter("list_ticklers")
            return [self._stored(r) for r in self._cal.events.values() if r.event.owned_key is not None]

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Given an idempotency key, returns the owned tickler or None."""
        with self._cal.lock:
            self._cal.enter("find_tickler")
            record = self._by_key(key)
            return None if record is None else self._stored(record)

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Stores the tickler under its UID, or returns the one with its key unchanged."""
        store = self._cal
        with store.lock:
            store.enter("create_tickler")
            existing = self._by_key(tickler.key)
            if existing is not None:
                return self._stored(existing)
            if tickler.uid in store.events:
                raise ConflictError("a foreign event holds this tickler's UID", source=store.name)
            record = _EventRecord(self._event(tickler), store.tick(), tickler.app_id,
                                  tickler.alarm_minutes_before)
            store.events[tickler.uid] = record
            return self._stored(record)

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the owned tickler at `ref` if unchanged; raises ConflictError, NotFoundError."""
        store = self._cal
        with store.lock:
            store.enter("update_tickler")
            record = self._owned(ref, expected)
            if record.event.owned_key != tickler.key:
                raise ConflictError("the tickler at this ref has another key", source=store.name)
            record.event = replace(self._event(tickler), uid=record.event.uid,
                                   sequence=record.event.sequence + 1)
            record.seq = store.tick()
            record.app_id = tickler.app_id
            record.alarm_minutes_before = tickler.alarm_minutes_before
            return self._stored(record)

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the owned tickler at `ref` if unchanged; raises ConflictError, NotFoundError."""
        store = self._cal
        with store.lock:
            store.enter("delete_tickler")
            self._owned(ref, expected)
            self._remove(ref)

    # ------------------------------------------------------------ test helpers

    def put_event(self, event: CalendarEvent) -> None:
        """Given an event (the user's or an employer's), stores or replaces it by its key."""
        _aware(event.start, "start")
        _aware(event.end, "end")
        with self._cal.lock:
            self._cal.events[event.key] = _EventRecord(event, self._cal.tick())

    def remove_event(self, uid: str) -> None:
        """Given a UID, removes every instance of it; raises NotFoundError if there is none."""
        with self._cal.lock:
            keys = [k for k, r in self._cal.events.items() if r.event.uid == uid]
            if not keys:
                raise NotFoundError(f"no event with UID {uid}", source=self._cal.name)
            for key in keys:
                del self._cal.events[key]
            self._cal.removed.append((self._cal.tick(), uid))

    def events(self) -> list[CalendarEvent]:
        """Returns every event held, ticklers included, in start order."""
        with self._cal.lock:
            return sorted((r.event for r in self._cal.events.values()), key=lambda e: (e.start, e.key))

    def user_edit_tickler(
        self,
        ref: str,
        *,
        summary: str | None = None,
        description: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> None:
        """Simulates the user editing an event in their calendar app; raises NotFoundError."""
        with self._cal.lock:
            record = self._at(ref)
            old = record.event
            record.event = replace(
                old,
                summary=old.summary if summary is None else summary,
                description=old.description if description is None else description,
                start=old.start if start is None else start,
                end=old.end if end is None else end,
                sequence=old.sequence + 1,
            )
            record.seq = self._cal.tick()

    def user_delete(self, ref: str) -> None:
        """Simulates the user deleting the event at `ref`; raises NotFoundError."""
        with self._cal.lock:
            self._at(ref)
            self._remove(ref)

    # ------------------------------------------------------------ internals

    def _event(self, tickler: Tickler) -> CalendarEvent:
        return CalendarEvent(uid=tickler.uid, summary=tickler.summary, description=tickler.description,
                             start=tickler.start, end=tickler.end, owned_key=tickler.key)

    def _by_key(self, key: str) -> _EventRecord | None:
        for record in self._cal.events.values():
            if record.event.owned_key == key:
                return record
        return None

    def _at(self, ref: str) -> _EventRecord:
        record = self._cal.events.get(ref)
        if record is None:
            raise NotFoundError("the event is gone from the calendar", source=self._cal.name)
        return record

    def _owned(self, ref: str, expected: str) -> _EventRecord:
        record = self._at(ref)
        if record.event.owned_key is None:
            raise ConflictError("the event at this ref is not afterview's", source=self._cal.name)
        if self._fingerprint(record) != expected:
            raise ConflictError("the tickler was changed since afterview wrote it", source=self._cal.name)
        return record

    def _remove(self, ref: str) -> None:
        uid = self._cal.events.pop(ref).event.uid
        self._cal.removed.append((self._cal.tick(), uid))

    @staticmethod
    def _fingerprint(record: _EventRecord) -> str:
        e = record.event
        return tickler_fingerprint(e.summary, e.description, e.start, e.end)

    def _stored(self, record: _EventRecord) -> StoredTickler:
        assert record.event.owned_key is not None
        return StoredTickler(key=record.event.owned_key, ref=record.event.key, etag=str(record.seq),
                             fingerprint=self._fingerprint(record), start=record.event.start,
                             app_id=record.app_id)
