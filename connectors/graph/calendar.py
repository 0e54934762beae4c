"""GraphCalendar: interviews from `calendarView/delta`, owned ticklers as events with an owner property.

The cursor holds the delta link Graph gave (410 on it means a full resync) and the
Graph id -> UID of every event seen, because `@removed` entries carry only the id.
Recurring series arrive as occurrences and exceptions (calendarView expands them); Graph gives
each its own iCalUId, so the series UID is the master's, read once per series (`$select=iCalUId`)
and kept in the cursor with each occurrence's original start: a deleted occurrence (`@removed`)
comes back as a cancelled event under its key (series UID + original start), never as the series.
Delta answers lack extended properties, so when a delta brings events the owned ones are
looked up with one `$filter` on the owner property; an idle cycle makes one request.
Updates and deletes re-read the event, compare fingerprints, and send If-Match.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Self
from urllib.parse import quote

from afterview.connectors.base import (
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
)
from afterview.connectors.errors import ConflictError, ConnectorConfigError, CursorExpiredError, NotFoundError
from afterview.connectors.graph.events import (
    KEY_PROP,
    OWNER_EXPAND,
    PREFER_UTC_TEXT,
    cancelled_occurrence,
    owned_key,
    owner_filter,
    stamp,
    stored_tickler,
    tickler_body,
    to_event,
)
from afterview.connectors.graph.options import build_session, check_options
from afterview.connectors.graph.session import GraphSession

_CURSOR_PREFIX = "graph1:"
_OWNED_SELECT = "id,subject,body,start,end,changeKey"
_PAGE = "odata.maxpagesize=200"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class SyncState:
    """What a cursor remembers: the delta link, single event id -> UID, occurrence id -> (series UID,
    original start stamp), series master id -> series UID."""

    link: str
    ids: dict[str, str] = field(default_factory=dict)
    instances: dict[str, tuple[str, str]] = field(default_factory=dict)
    series: dict[str, str] = field(default_factory=dict)


def dump_cursor(state: SyncState) -> str:
    """Given the sync state, returns the compact cursor string."""
    blob = json.dumps({"d": state.link, "i": state.ids, "r": {k: list(v) for k, v in state.instances.items()},
                       "m": state.series}, separators=(",", ":")).encode()
    return _CURSOR_PREFIX + base64.urlsafe_b64encode(zlib.compress(blob, 9)).decode("ascii")


def load_cursor(cursor: str, account: str) -> SyncState:
    """Given a cursor string, returns its sync state; raises CursorExpiredError if unreadable."""
    try:
        if not cursor.startswith(_CURSOR_PREFIX):
            raise ValueError("prefix")
        blob = json.loads(zlib.decompress(base64.urlsafe_b64decode(cursor[len(_CURSOR_PREFIX):])))
        link, ids = blob["d"], blob["i"]
        instances, series = blob.get("r", {}), blob.get("m", {})
        if not all(isinstance(x, dict) for x in (ids, instances, series)) or not isinstance(link, str):
            raise ValueError("shape")
        return SyncState(link, {str(k): str(v) for k, v in ids.items() if v},
                         {str(k): (str(v[0]), str(v[1])) for k, v in instances.items()},
                         {str(k): str(v) for k, v in series.items()})
    except (ValueError, KeyError, TypeError, IndexError, zlib.error, binascii.Error):
        raise CursorExpiredError("the Graph calendar cursor is unreadable", source=account) from None


class GraphCalendar:
    """The user's Outlook calendar through Microsoft Graph."""

    capabilities: ClassVar[frozenset[str]] = frozenset(
        {Capability.INCREMENTAL_EVENTS, Capability.REMOVAL_DETECTION, Capability.ETAG_PRECONDITION,
         Capability.RECURRENCE}
    )

    def __init__(self, session: GraphSession, ctx: ConnectorContext, calendar_id: str | None = None) -> None:
        self.session = session
        self.ctx = ctx
        self.root = f"me/calendars/{quote(calendar_id, safe='')}" if calendar_id else "me"

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {calendar_id?, client_id?, tenant?, graph_url?}, returns it; raises ConnectorConfigError."""
        check_options(options, frozenset({"calendar_id"}))
        calendar_id = options.get("calendar_id")
        if calendar_id is not None and (not isinstance(calendar_id, str) or not calendar_id):
            raise ConnectorConfigError("calendar_id", "must be a Graph calendar id")
        return cls(build_session(options, ctx), ctx, calendar_id)

    # ------------------------------------------------------------ reading

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: full listing of the window), returns changes; raises CursorExpiredError.

        An incremental listing keeps the window of the listing that made the cursor.
        """
        headers = {"Prefer": f"{PREFER_UTC_TEXT}, {_PAGE}"}
        if cursor is None:
            state = SyncState("")
            params: dict[str, str] | None = {"startDateTime": _iso(window[0]), "endDateTime": _iso(window[1])}
            path = f"{self.root}/calendarView/delta"
        else:
            state = load_cursor(cursor, self.ctx.account)
            path, params = state.link, None
        link = state.link
        items: list[dict[str, Any]] = []
        gone: list[str] = []
        for page in self.session.pages(path, params, headers):
            for item in page.get("value") or ():
                if not isinstance(item, dict):
                    continue
                if "@removed" in item:
                    gone.append(str(item.get("id") or ""))
                else:
                    items.append(item)
            link = str(page.get("@odata.deltaLink") or link)
        if not link:
            raise CursorExpiredError("Graph gave no delta link", source=self.ctx.account)
        owned = {o["id"]: k for o in self._owned_items() if (k := owned_key(o))} if items else {}
        events: list[CalendarEvent] = []
        problems: list[str] = []
        for item in items:
            graph_id = str(item.get("id"))
            series_uid = self._series_uid(item, state.series)
            if series_uid == "":
                problems.append(f"event {graph_id[:16]}…: its series is gone; skipped")
                continue
            event = to_event(item, self.ctx.timezone, owned_key(item) or owned.get(graph_id), series_uid)
            if event is None:
                problems.append(f"event {graph_id[:16]}…: no readable start; skipped")
                continue
            events.append(event)
            if event.recurrence_id is not None:
                state.instances[graph_id] = (event.uid, stamp(event.recurrence_id))
            else:
                state.ids[graph_id] = event.uid
        removed: dict[str, None] = {}
        for graph_id in gone:
            if graph_id in state.instances:
                # One occurrence gone: it is cancelled under its key; the series and its other instances stay.
                events.append(cancelled_occurrence(*state.instances.pop(graph_id)))
            elif uid := state.ids.pop(graph_id, ""):
                removed[uid] = None
        state.link = link
        return EventChanges(events=tuple(events), cursor=dump_cursor(state), full=cursor is None,
                            removed=tuple(removed), problems=tuple(problems))

    def _series_uid(self, item: dict[str, Any], known: dict[str, str]) -> str | None:
        """Given an occurrence or exception, returns its series UID (the master's iCalUId, read once and
        remembered in `known`); "" if the master is gone; None for an item outside a series."""
        master = item.get("seriesMasterId")
        if item.get("type") not in ("occurrence", "exception") or not isinstance(master, str) or not master:
            return None
        if master not in known:
            try:
                found = self.session.get(f"me/events/{quote(master, safe='')}", {"$select": "iCalUId"})
            except NotFoundError:
                return ""
            known[master] = str(found.get("iCalUId") or master)
        return known[master]

    def _owned_items(self, key: str | None = None) -> list[dict[str, Any]]:
        params = {"$filter": owner_filter(key), "$expand": OWNER_EXPAND, "$select": _OWNED_SELECT}
        found: list[dict[str, Any]] = []
        for page in self.session.pages(f"{self.root}/events", params, {"Prefer": PREFER_UTC_TEXT}):
            found.extend(i for i in page.get("value") or () if isinstance(i, dict) and owned_key(i))
        return found

    # ------------------------------------------------------------ owned ticklers

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler (events carrying afterview's owner property)."""
        return [t for t in map(stored_tickler, self._owned_items()) if t is not None]

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Given an idempotency key, returns the owned tickler holding it, or None."""
        for item in self._owned_items(key):
            stored = stored_tickler(item)
            if stored is not None and stored.key == key:
                return stored
        return None

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Creates the tickler with POST .../events, or returns the one holding its key unchanged."""
        existing = self.find_tickler(tickler.key)
        if existing is not None:
            return existing
        body = tickler_body(tickler)
        item = self.session.send("POST", f"{self.root}/events", body, {"Prefer": PREFER_UTC_TEXT})
        return self._stored(item, body)

    def _stored(self, item: dict[str, Any], body: dict[str, Any]) -> StoredTickler:
        # Graph does not echo extended properties on writes: the ones just written are what it holds.
        merged = {**item, "singleValueExtendedProperties": body["singleValueExtendedProperties"]}
        stored = stored_tickler(merged)
        if stored is None:
            raise ConflictError("Graph's answer lacks the event's times", source=self.ctx.account)
        return stored

    def _current(self, ref: str, expected: str) -> tuple[StoredTickler, str]:
        item = self.session.get(
            f"me/events/{quote(ref, safe='')}",
            {"$expand": OWNER_EXPAND, "$select": _OWNED_SELECT}, {"Prefer": PREFER_UTC_TEXT},
        )
        stored = stored_tickler(item)
        if stored is None:
            raise ConflictError("the event is not afterview's (owner property gone)", source=self.ctx.account)
        if stored.fingerprint != expected:
            raise ConflictError("the tickler was edited since afterview wrote it", source=self.ctx.account)
        return stored, str(item.get("@odata.etag") or "")

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the owned tickler at `ref` if its fingerprint is `expected` (If-Match on its etag).

        Raises ConflictError if it changed, is not owned or holds another key; NotFoundError if gone.
        """
        current, etag = self._current(ref, expected)
        if current.key != tickler.key:
            raise ConflictError("the tickler at this ref has another key", source=self.ctx.account)
        body = tickler_body(tickler)
        headers = {"Prefer": PREFER_UTC_TEXT, **({"If-Match": etag} if etag else {})}
        item = self.session.send("PATCH", f"me/events/{quote(ref, safe='')}", body, headers)
        return self._stored({"id": ref, **item}, body)

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the owned tickler at `ref` if its fingerprint is `expected`; raises as update does."""
        _, etag = self._current(ref, expected)
        self.session.send("DELETE", f"me/events/{quote(ref, safe='')}", None, {"If-Match": etag} if etag else None)

    def close(self) -> None:
        """Releases the HTTP connections."""
        self.session.close()


__all__ = ["KEY_PROP", "GraphCalendar", "SyncState", "dump_cursor", "load_cursor"]
