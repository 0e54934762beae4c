"""The Exchange Server calendar: interviews read incrementally with SyncFolderItems, ticklers as
CalendarItems tagged with the `AfterviewKey` extended property.

A cursor holds the folder's sync state, the window, and a short hash of each reported item id
mapped to its UID (SyncFolderItems reports deletions by item id only). Syncs ask for ids and
times only; the items inside the window are then fetched in one GetItem batch.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Self

from afterview.connectors.base import (
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
)
from afterview.connectors.errors import ConflictError, CursorExpiredError, NotFoundError
from afterview.connectors.exchange.account import parse_options, translate
from afterview.connectors.exchange.convert import EVENT_FIELDS, aware, to_event, to_stored_tickler
from afterview.connectors.exchange.series import cancelled_instance, expand, stamp
from afterview.connectors.exchange.session import Session

log = logging.getLogger(__name__)
_CURSOR_VERSION = 1


def _short(item_id: str) -> str:
    return hashlib.sha256(item_id.encode()).hexdigest()[:16]


def _encode(state: str, window: tuple[datetime, datetime], uids: Mapping[str, str],
            series: Mapping[str, list[str]]) -> str:
    blob = {"v": _CURSOR_VERSION, "s": state, "w": [window[0].timestamp(), window[1].timestamp()], "u": uids,
            "r": series}
    raw = json.dumps(blob, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(zlib.compress(raw, 6)).decode("ascii")


def _decode(cursor: str) -> tuple[str, dict[str, str], dict[str, list[str]]]:
    """Given a cursor, returns (sync state, short item id -> UID, series UID -> reported instance stamps)."""
    try:
        blob = json.loads(zlib.decompress(base64.urlsafe_b64decode(cursor.encode("ascii"))))
        if blob["v"] != _CURSOR_VERSION or not isinstance(blob["s"], str):
            raise ValueError("version")
        series = {str(k): [str(x) for x in v] for k, v in blob.get("r", {}).items()}
        return blob["s"], {str(k): str(v) for k, v in blob["u"].items()}, series
    except (ValueError, TypeError, KeyError, AttributeError, zlib.error):
        raise CursorExpiredError("Exchange calendar cursor not usable; listing again") from None


def _in_window(start: datetime, end: datetime, window: tuple[datetime, datetime]) -> bool:
    if start == end:
        return window[0] <= start < window[1]
    return start < window[1] and end > window[0]


class ExchangeCalendar:
    """The Calendar folder of an Exchange Server mailbox."""

    capabilities: ClassVar[frozenset[str]] = frozenset({
        Capability.INCREMENTAL_EVENTS, Capability.REMOVAL_DETECTION, Capability.ETAG_PRECONDITION,
        Capability.RECURRENCE,
    })

    def __init__(self, session: Session) -> None:
        self.session = session
        self.tz = session.ctx.timezone

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given the exchange options (see account.py) and the context, returns the connector.

        Raises ConnectorConfigError; no request is made until the first call.
        """
        return cls(Session(parse_options(options, ctx.account), ctx))

    # ------------------------------------------------------------ reading

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: from scratch) and a window, returns the events changed since.

        A changed recurring series is expanded in the window (CalendarView); an occurrence reported
        before and now deleted comes back cancelled (its key, not the series UID, is what is gone).
        Raises CursorExpiredError (bad cursor, invalid sync state), TransientError, AuthError.
        """
        state, uids, series = _decode(cursor) if cursor is not None else (None, {}, {})
        changes, new_state = self.session.read(
            lambda: self.session.sync("calendar", state, ["start", "end", "type"]))
        wanted: list[tuple[str, str | None]] = []
        removed: list[str] = []
        problems: list[str] = []
        for kind, item in changes:
            if kind == "delete":
                uid = uids.pop(_short(item.id), None)
                if uid:
                    removed.append(uid)
                    series.pop(uid, None)
                continue
            if kind not in ("create", "update"):
                continue
            if item.type == "RecurringMaster":  # its occurrences may fall in the window whatever its own times
                wanted.append((item.id, item.changekey))
                continue
            try:
                start, end = aware(item.start, self.tz), aware(item.end, self.tz)
            except ValueError:
                problems.append(f"calendar item {item.id[-12:]}: no start/end; skipped")
                continue
            if _in_window(start, end, window) or _short(item.id) in uids:
                wanted.append((item.id, item.changekey))
        events: list[CalendarEvent] = []
        with self.session.guarded():
            fetched = self.session.fetch("calendar", wanted, EVENT_FIELDS)
        masters: dict[str, Any] = {}
        for (item_id, _), item in zip(wanted, fetched, strict=True):
            if isinstance(item, Exception):  # deleted between the sync and the fetch
                uid = uids.pop(_short(item_id), None)
                if uid:
                    removed.append(uid)
                continue
            if item.type == "RecurringMaster":
                if item.uid:
                    masters[item.uid] = item
                    uids[_short(item_id)] = item.uid
                continue
            try:
                event = to_event(item, self.tz)
            except (ValueError, TypeError, AttributeError) as exc:
                log.warning("%s: unreadable calendar item skipped (%s)", self.session.opts.account, exc)
                problems.append(f"calendar item {item_id[-12:]}: unreadable ({type(exc).__name__}); skipped")
                continue
            if _in_window(event.start, event.end, window):
                uids[_short(item_id)] = event.uid
                events.append(event)
            elif uids.pop(_short(item_id), None) and cursor is not None:
                removed.append(event.uid)  # moved out of the window: gone as far as the engine knows
        if masters:
            events.extend(self._series(masters, window, series, problems, incremental=cursor is not None))
        return EventChanges(events=tuple(events), cursor=_encode(new_state, window, uids, series),
                            full=cursor is None, removed=tuple(sorted(set(removed))) if cursor is not None else (),
                            problems=tuple(problems))

    def _series(self, masters: Mapping[str, Any], window: tuple[datetime, datetime], series: dict[str, list[str]],
                problems: list[str], *, incremental: bool) -> list[CalendarEvent]:
        """Given changed series masters by UID, returns their instances in the window, plus (when
        incremental) a cancelled instance for each one reported before that is gone now; updates `series`."""
        found = self.session.read(lambda: expand(self.session, window, set(masters)))
        out: list[CalendarEvent] = []
        for item in found:
            try:
                event = to_event(item, self.tz)
            except (ValueError, TypeError, AttributeError) as exc:
                problems.append(f"calendar occurrence {item.id[-12:]}: unreadable ({type(exc).__name__}); skipped")
                continue
            if _in_window(event.start, event.end, window):
                out.append(event)
        for uid, master in masters.items():
            now = {stamp(e.recurrence_id) for e in out if e.uid == uid and e.recurrence_id is not None}
            if incremental:
                for gone in sorted(set(series.get(uid, ())) - now):
                    try:
                        out.append(cancelled_instance(master, gone, self.tz))
                    except (ValueError, TypeError, AttributeError):
                        problems.append(f"series {uid[:40]}: a deleted occurrence could not be described; skipped")
            series[uid] = sorted(now)
        return out

    # ------------------------------------------------------------ owned ticklers

    def _stored(self, ids: list[tuple[str, str]]) -> list[StoredTickler]:
        found = []
        for item in self.session.fetch("calendar", ids, EVENT_FIELDS):
            if not isinstance(item, Exception) and item.afterview_key:
                found.append(to_stored_tickler(item, self.tz))
        return found

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler (items with the AfterviewKey property) in the calendar."""
        return self.session.read(lambda: self._stored(self.session.owned_ids("calendar")))

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this key, or None."""
        found = self.session.read(lambda: self._stored(self.session.owned_ids("calendar", key)))
        return found[0] if found else None

    def _fill(self, item: Any, tickler: Tickler) -> None:
        from exchangelib import Body, EWSDateTime  # type: ignore[import-untyped]

        item.subject = tickler.summary
        item.body = Body(tickler.description)
        item.start = EWSDateTime.from_datetime(tickler.start.astimezone(self.tz))
        item.end = EWSDateTime.from_datetime(tickler.end.astimezone(self.tz))
        item.reminder_is_set = True
        item.reminder_minutes_before_start = max(0, tickler.alarm_minutes_before)

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Saves a new CalendarItem (no invitations) tagged with the key; returns the existing one if any."""
        from exchangelib import CalendarItem
        from exchangelib.items import SEND_TO_NONE  # type: ignore[import-untyped]

        existing = self.find_tickler(tickler.key)
        if existing is not None:
            return existing
        with self.session.guarded():
            item = CalendarItem(account=self.session.account, folder=self.session.folder("calendar"),
                                uid=tickler.uid, legacy_free_busy_status="Free", afterview_key=tickler.key,
                                afterview_app=tickler.app_id)
            self._fill(item, tickler)
            item.save(send_meeting_invitations=SEND_TO_NONE)
            [saved] = self._stored([(item.id, item.changekey)])
        return saved

    def _guard(self, ref: str, expected: str, key: str | None) -> Any:
        items = self.session.read(lambda: self.session.fetch("calendar", [(ref, None)], EVENT_FIELDS))
        if not items or isinstance(items[0], Exception):
            raise NotFoundError("the tickler is gone from the calendar", source=self.session.opts.account)
        item = items[0]
        if not item.afterview_key:
            raise ConflictError("the calendar item is not afterview's", source=self.session.opts.account)
        if key is not None and item.afterview_key != key:
            raise ConflictError("the calendar item holds another tickler", source=self.session.opts.account)
        if to_stored_tickler(item, self.tz).fingerprint != expected:
            raise ConflictError("the tickler was changed by the user", source=self.session.opts.account)
        return item

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the owned tickler `ref` if it still holds what afterview wrote (ChangeKey-guarded).

        Raises ConflictError (edited, not owned, changed meanwhile), NotFoundError (gone).
        """
        from exchangelib.items import NEVER_OVERWRITE, SEND_TO_NONE

        item = self._guard(ref, expected, tickler.key)
        self._fill(item, tickler)
        fields = ["subject", "body", "start", "end", "reminder_is_set", "reminder_minutes_before_start"]
        with self.session.guarded():
            item.save(update_fields=fields, conflict_resolution=NEVER_OVERWRITE,
                      send_meeting_invitations=SEND_TO_NONE)
            [saved] = self._stored([(item.id, item.changekey)])
        return saved

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Moves the owned tickler `ref` to Deleted Items if it still holds what afterview wrote."""
        from exchangelib.items import MOVE_TO_DELETED_ITEMS, SEND_TO_NONE

        item = self._guard(ref, expected, None)
        with self.session.guarded():
            [result] = self.session.account.bulk_delete(
                ids=[(item.id, item.changekey)], delete_type=MOVE_TO_DELETED_ITEMS,
                send_meeting_cancellations=SEND_TO_NONE)
        if result is not True:
            with translate(self.session.opts):
                raise result

    def close(self) -> None:
        """Closes the HTTP sessions."""
        self.session.close()

