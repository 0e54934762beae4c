"""GoogleCalendar: interviews from the primary and configured calendars, tickler events written back.

A first listing reads the window with `events.list` (singleEvents, showDeleted) on every
calendar; the cursor keeps each calendar's `nextSyncToken`, so an unchanged calendar costs
one request per cycle. A 410 (sync token expired) is CursorExpiredError: the engine lists
again. Deleted events come back from incremental sync as tombstones that may carry only
their `id`, so the cursor also keeps id -> iCalUID for the events it has seen in the window
(for a recurring series, its series id). Series arrive expanded (singleEvents): each instance
is one CalendarEvent with its original start as `recurrence_id`; a deleted instance comes back
as a cancelled exception and is returned cancelled under its key.
Ticklers go to `tickler_calendar` with the owner tag in `extendedProperties.private`; updates
and deletes check the stored content's fingerprint first and send the etag as If-Match.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar, Self
from zoneinfo import ZoneInfo

from afterview.connectors.base import (
    OWNER,
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
)
from afterview.connectors.errors import (
    ConflictError,
    ConnectorConfigError,
    CursorExpiredError,
    NotFoundError,
)
from afterview.connectors.google.calendar_map import (
    OWNER_PROP,
    cancelled_instance,
    event_id,
    owned_key,
    stored_tickler,
    tickler_body,
    to_event,
)
from afterview.connectors.google.session import GoogleConflict, GoogleNotFound, GoogleOptions, Session

_OPTIONS = frozenset({"calendars", "tickler_calendar"})
_CURSOR_VERSION = 1
_PAGE = 2500


def _calendars(options: Mapping[str, Any]) -> list[str]:
    raw = options.get("calendars", ["primary"])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw or not all(isinstance(c, str) and c.strip() for c in raw):
        raise ConnectorConfigError("calendars", "must be a list of calendar ids (e.g. [\"primary\"])")
    return sorted({c.strip() for c in raw})


def _overlaps(event: CalendarEvent, window: tuple[datetime, datetime]) -> bool:
    if event.start == event.end:
        return window[0] <= event.start < window[1]
    return event.start < window[1] and event.end > window[0]


class GoogleCalendar:
    """Google Calendar through the Calendar v3 API (scope calendar.events)."""

    capabilities: ClassVar[frozenset[str]] = frozenset({
        Capability.INCREMENTAL_EVENTS,
        Capability.REMOVAL_DETECTION,
        Capability.ETAG_PRECONDITION,
        Capability.RECURRENCE,
    })

    def __init__(self, session: Session, calendars: list[str], tickler_calendar: str, tz: ZoneInfo) -> None:
        self.session = session
        self.calendars = calendars
        self.tickler_calendar = tickler_calendar
        self.tz = tz
        self._service: Any = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"calendars"?, "tickler_calendar"?, client/endpoint options}, returns the connector.

        Raises ConnectorConfigError for a bad option, AuthError when no OAuth client is stored.
        """
        opts = GoogleOptions.parse(options, ctx.account, _OPTIONS)
        tickler = options.get("tickler_calendar", "primary")
        if not isinstance(tickler, str) or not tickler.strip():
            raise ConnectorConfigError("tickler_calendar", "must be a calendar id")
        return cls(Session(opts), _calendars(options), tickler.strip(), ctx.timezone)

    @property
    def service(self) -> Any:
        if self._service is None:
            self._service = self.session.service("calendar")
        return self._service

    def _events(self) -> Any:
        return self.service.events()

    def _sources(self) -> list[str]:
        # Owned ticklers are listed too, even when their calendar is not among `calendars`.
        return sorted({*self.calendars, self.tickler_calendar})

    # ------------------------------------------------------------ cursor

    def _encode(self, cals: dict[str, dict[str, Any]]) -> str:
        blob = {"v": _CURSOR_VERSION, "tz": self.tz.key, "cals": cals}
        raw = json.dumps(blob, separators=(",", ":"), ensure_ascii=False).encode()
        return base64.urlsafe_b64encode(zlib.compress(raw, 6)).decode("ascii")

    def _decode(self, text: str) -> dict[str, dict[str, Any]]:
        try:
            blob = json.loads(zlib.decompress(base64.urlsafe_b64decode(text.encode("ascii"))))
            cals = blob["cals"]
            if blob["v"] != _CURSOR_VERSION or blob["tz"] != self.tz.key or sorted(cals) != self._sources():
                raise ValueError("cursor of other calendars, zone or version")
            for entry in cals.values():
                if not isinstance(entry["t"], str) or not isinstance(entry["ids"], dict):
                    raise ValueError("bad cursor entry")
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeEncodeError, zlib.error) as exc:
            raise CursorExpiredError(f"Google Calendar cursor not usable ({type(exc).__name__}); listing again",
                                     source=self.session.account) from None
        return dict(cals)

    # ------------------------------------------------------------ reading

    def _pages(self, what: str, **params: Any) -> Iterator[dict[str, Any]]:
        token: str | None = None
        while True:
            extra = {"pageToken": token} if token else {}
            page = self.session.execute(what, self._events().list(**params, **extra))
            yield page
            token = page.get("nextPageToken")
            if not token:
                return

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: list the window) and the window, returns the changes.

        Raises CursorExpiredError (garbage cursor, or 410 from Google), TransientError, AuthError.
        """
        old = self._decode(cursor) if cursor is not None else None
        events: list[CalendarEvent] = []
        removed: list[str] = []
        problems: list[str] = []
        cals: dict[str, dict[str, Any]] = {}
        for calendar in self._sources():
            ids: dict[str, str] = dict(old[calendar]["ids"]) if old else {}
            params: dict[str, Any] = {"calendarId": calendar, "singleEvents": True, "showDeleted": True,
                                      "maxResults": _PAGE}
            if old:
                params["syncToken"] = old[calendar]["t"]
            else:
                params.update(timeMin=window[0].isoformat(), timeMax=window[1].isoformat())
            token = ""
            try:
                for page in self._pages(f"list events of {calendar}", **params):
                    token = str(page.get("nextSyncToken") or token)
                    for item in page.get("items") or ():
                        self._take(item, window, ids, events, removed, problems, incremental=old is not None)
            except GoogleNotFound as exc:
                if old is not None and exc.status == 410:
                    raise CursorExpiredError(f"sync token of calendar {calendar} expired; listing again",
                                             source=self.session.account) from None
                raise
            cals[calendar] = {"t": token, "ids": ids}
        return EventChanges(events=tuple(events), cursor=self._encode(cals), full=old is None,
                            removed=tuple(dict.fromkeys(removed)), problems=tuple(problems))

    def _take(self, item: dict[str, Any], window: tuple[datetime, datetime], ids: dict[str, str],
              events: list[CalendarEvent], removed: list[str], problems: list[str], *, incremental: bool) -> None:
        item_id = str(item.get("id") or "")
        series = str(item.get("recurringEventId") or "")
        if series and item.get("status") == "cancelled":
            self._cancelled_instance(item, window, ids, events, problems)
            return
        gone = item.get("status") == "cancelled" and ("start" not in item or owned_key(item) is not None)
        if gone:
            uid = item.get("iCalUID") or ids.get(item_id)
            ids.pop(item_id, None)
            if incremental and uid and not item.get("recurringEventId"):
                removed.append(str(uid))
            return
        try:
            event = to_event(item, self.tz)
        except (KeyError, ValueError, TypeError) as exc:
            problems.append(f"event {item_id}: unreadable ({type(exc).__name__}); skipped")
            return
        if not _overlaps(event, window):
            return
        # An instance's tombstone names its series: the series id is enough to recover the UID.
        ids[series or item_id] = event.uid
        events.append(event)

    def _cancelled_instance(self, item: dict[str, Any], window: tuple[datetime, datetime], ids: dict[str, str],
                            events: list[CalendarEvent], problems: list[str]) -> None:
        """A deleted or cancelled instance of a series comes back cancelled under its own key (the series
        UID plus its original start), so the engine drops that one interview, not the series."""
        series = str(item["recurringEventId"])
        uid = str(item.get("iCalUID") or ids.get(series) or "")
        if not uid:
            return  # an instance of a series never seen in the window: nothing to cancel
        try:
            event = cancelled_instance(item, uid, self.tz)
        except (KeyError, ValueError, TypeError) as exc:
            problems.append(f"event {str(item.get('id'))[:40]}: unreadable ({type(exc).__name__}); skipped")
            return
        if _overlaps(event, window):
            events.append(event)

    # ------------------------------------------------------------ owned ticklers

    def _get(self, ref: str) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = self.session.execute(
                "get tickler", self._events().get(calendarId=self.tickler_calendar, eventId=ref))
        except GoogleNotFound:
            return None
        return None if found.get("status") == "cancelled" else found

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler in the tickler calendar (found by the owner's extended property)."""
        found: list[StoredTickler] = []
        for page in self._pages("list ticklers", calendarId=self.tickler_calendar, maxResults=_PAGE,
                                privateExtendedProperty=f"{OWNER_PROP}={OWNER}"):
            for item in page.get("items") or ():
                stored = stored_tickler(item, self.tz)
                if stored is not None:
                    found.append(stored)
        return sorted(found, key=lambda t: t.key)

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this key (its event id is derived from the key), or None."""
        found = self._get(event_id(key))
        stored = stored_tickler(found, self.tz) if found else None
        return stored if stored is not None and stored.key == key else None

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Inserts the tickler; if its id exists (a retry, a crash), returns the stored one unchanged."""
        body = tickler_body(tickler, self.tz)
        try:
            created = self.session.execute("create tickler", self._events().insert(
                calendarId=self.tickler_calendar, body=body))
        except GoogleConflict:
            return self._adopt(tickler, body)
        stored = stored_tickler(created, self.tz)
        assert stored is not None
        return stored

    def _adopt(self, tickler: Tickler, body: dict[str, Any]) -> StoredTickler:
        try:
            existing: dict[str, Any] = self.session.execute("get tickler", self._events().get(
                calendarId=self.tickler_calendar, eventId=body["id"]))
        except GoogleNotFound:
            existing = {}
        if existing.get("status") == "cancelled" or not existing:
            # Google keeps a deleted event's id forever: bring the tombstone back with the new content.
            restored = self.session.execute("restore tickler", self._events().update(
                calendarId=self.tickler_calendar, eventId=body["id"], body={**body, "status": "confirmed"}))
            existing = restored
        stored = stored_tickler(existing, self.tz)
        if stored is None or stored.key != tickler.key:
            raise ConflictError(f"event {body['id']} exists and is not afterview's", source=self.session.account)
        return stored

    def _guard(self, ref: str, expected: str, key: str | None = None) -> dict[str, Any]:
        current = self._get(ref)
        if current is None:
            raise NotFoundError(f"tickler {ref} is gone", source=self.session.account)
        stored = stored_tickler(current, self.tz)
        if stored is None or (key is not None and stored.key != key):
            raise ConflictError(f"event {ref} is not afterview's", source=self.session.account)
        if stored.fingerprint != expected:
            raise ConflictError(f"tickler {ref} was changed in the calendar", source=self.session.account)
        return current

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the owned tickler at `ref` if unchanged; raises ConflictError or NotFoundError."""
        current = self._guard(ref, expected, tickler.key)
        body = {**tickler_body(tickler, self.tz), "id": ref}
        request = self._events().update(calendarId=self.tickler_calendar, eventId=ref, body=body)
        request.headers["If-Match"] = current.get("etag", "")
        updated = self.session.execute("update tickler", request)
        stored = stored_tickler(updated, self.tz)
        assert stored is not None
        return stored

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the owned tickler at `ref` if unchanged; raises ConflictError or NotFoundError."""
        current = self._guard(ref, expected)
        request = self._events().delete(calendarId=self.tickler_calendar, eventId=ref)
        request.headers["If-Match"] = current.get("etag", "")
        self.session.execute("delete tickler", request)

    def close(self) -> None:
        self.session.close()
