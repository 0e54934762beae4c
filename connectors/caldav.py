"""A calendar on any CalDAV server (Radicale, Nextcloud, Fastmail, iCloud, mailbox.org...).

Discovers the principal and its calendars with the caldav library, reads a calendar's events
through `afterview.connectors.ical` (recurrence expanded into the window), and keeps an
incremental cursor: RFC 6578 sync tokens where the server has them, else a ctag check and an
etag comparison. An idle cycle costs one request per calendar. Owned ticklers are written as
VEVENTs with X-AFTERVIEW-* tags under etag preconditions (see caldav_ticklers).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Self
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from afterview.connectors import caldav_ops as ops
from afterview.connectors.base import (
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
)
from afterview.connectors.caldav_cursor import CollectionState, Cursor, Member, needs_reread, peek
from afterview.connectors.caldav_http import SECRET_NAME, DavTransport, Forbidden
from afterview.connectors.caldav_ticklers import TicklerStore
from afterview.connectors.errors import ConnectorConfigError, ConnectorError, CursorExpiredError
from afterview.connectors.ical import parse_calendar
from afterview.connectors.options import check_known, number, required_text, text
from afterview.connectors.secrets import get_secret

log = logging.getLogger(__name__)

Found = list[tuple[str, str]]
"""(collection URL, display name) of each calendar discovery found."""

_OPTIONS = frozenset({"url", "username", "calendar", "tickler_calendar", "timeout", "auth"})
_AUTH = ("basic", "digest", "auto")


def _overlaps(event: CalendarEvent, window: tuple[datetime, datetime]) -> bool:
    if event.start == event.end:
        return window[0] <= event.start < window[1]
    return event.start < window[1] and event.end > window[0]


@dataclass
class _Pass:
    """What reading one collection produced in this call."""

    state: CollectionState
    events: list[CalendarEvent]
    problems: list[str]
    gone: set[str]


class CaldavCalendar:
    """One CalDAV calendar (`calendar`: display name, last path segment or URL); ticklers may go elsewhere."""

    capabilities: ClassVar[frozenset[str]] = frozenset({
        Capability.INCREMENTAL_EVENTS,
        Capability.RECURRENCE,
        Capability.REMOVAL_DETECTION,
        Capability.ETAG_PRECONDITION,
    })

    def __init__(
        self,
        transport: DavTransport,
        tz: ZoneInfo,
        calendar: str | None = None,
        tickler_calendar: str | None = None,
    ) -> None:
        self.t = transport
        self.tz = tz
        self.calendar = calendar
        self.tickler_calendar = tickler_calendar
        self._urls: list[str] | None = None
        self._from_cursor = False
        self._store: TicklerStore | None = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"url", "username", "calendar"?, "tickler_calendar"?, "auth"?, "timeout"?}, returns the connector.

        Makes no request: the server is reached on first use. The password is read then from
        the keyring (name "caldav_password"). Raises ConnectorConfigError naming a bad option.
        """
        check_known(options, _OPTIONS, "caldav")
        url = required_text(options, "url", "required")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConnectorConfigError("url", "must be an http:// or https:// URL of the CalDAV server")
        if parts.username or parts.password:
            raise ConnectorConfigError("url", "must not hold credentials; set username, store the password with "
                                       f"`afterview auth caldav --account {ctx.account}`")
        username = required_text(options, "username", "required")
        timeout = number(options, "timeout", 30, 1, 600)
        auth = options.get("auth", "basic")
        if auth not in _AUTH:
            raise ConnectorConfigError("auth", f"must be one of {', '.join(_AUTH)}")
        account = ctx.account
        transport = DavTransport(
            url if url.endswith("/") else url + "/",
            username,
            lambda: get_secret(account, SECRET_NAME),
            account=account,
            auth=str(auth),
            timeout=float(timeout),
        )
        return cls(
            transport,
            ctx.timezone,
            text(options, "calendar"),
            text(options, "tickler_calendar"),
        )

    # ------------------------------------------------------------ discovery

    def _discover(self) -> list[tuple[str, str]]:
        """Returns (URL, display name) of every calendar of the principal."""

        def find(client: Any) -> list[tuple[str, str]]:
            calendars = client.principal().get_calendars()
            return [(str(c.url), str(c.get_display_name() or "")) for c in calendars]

        return self.t.call("discovery", find)

    def _resolve(self, wanted: str | None, found: Found | None) -> tuple[str, Found | None]:
        """Given a calendar name or URL (None: the first), returns its collection URL and the discovery used."""
        if wanted is not None and (wanted.startswith(("http://", "https://", "/"))):
            url = urljoin(self.t.url, wanted)
            return (url if url.endswith("/") else url + "/"), found
        found = found if found is not None else self._discover()
        if not found:
            raise ConnectorError("the CalDAV account has no calendars", source=self.t.account)
        if wanted is None:
            return found[0][0], found
        for url, name in found:
            if wanted in (name, ops.path_of(url).rstrip("/").rsplit("/", 1)[-1]):
                return url, found
        names = ", ".join(sorted(name or ops.path_of(url) for url, name in found))
        raise ConnectorError(f"no CalDAV calendar named {wanted!r} (found: {names})", source=self.t.account)

    @property
    def origin(self) -> str:
        """What the collection URLs are resolved from; a cursor made from the same origin can supply them."""
        return f"{self.t.url}|{self.t.username}|{self.calendar or ''}|{self.tickler_calendar or ''}"

    def _collections(self) -> list[str]:
        """Returns the collection URLs read by list_events: the calendar, then the tickler calendar."""
        if self._urls is None:
            main, found = self._resolve(self.calendar, None)
            urls = [main]
            if self.tickler_calendar is not None:
                extra, _ = self._resolve(self.tickler_calendar, found)
                if extra != main:
                    urls.append(extra)
            self._urls, self._from_cursor = urls, False
        return self._urls

    @property
    def store(self) -> TicklerStore:
        if self._store is None:
            self._store = TicklerStore(self.t, self.t.url, self._collections()[-1], self.tz)
        return self._store

    # ------------------------------------------------------------ reading

    def _changes(self, url: str, prev: CollectionState | None) -> tuple[CollectionState, dict[str, str], set[str]]:
        """Given a collection and its last state, returns (new state, changed href -> etag, removed hrefs)."""
        if prev is None:
            try:
                page = ops.sync_collection(self.t, url, None)
                return CollectionState(url, "sync", token=page.token), page.changed, set()
            except ops.Unsupported:
                log.info("%s: no sync-collection on %s; comparing etags", self.t.account, ops.path_of(url))
            ctag, members = ops.member_etags(self.t, url)
            return CollectionState(url, "ctag" if ctag else "etag", ctag=ctag), members, set()
        state = CollectionState(url, prev.mode, prev.token, prev.ctag, dict(prev.members))
        if prev.mode == "sync":
            try:
                page = ops.sync_collection(self.t, url, prev.token)
            except (Forbidden, ops.Unsupported):
                raise CursorExpiredError("CalDAV sync token no longer valid; listing again",
                                         source=self.t.account) from None
            state.token = page.token
            changed = {h: e for h, e in page.changed.items() if h not in prev.members or prev.members[h].etag != e}
            return state, changed, set(page.removed)
        if prev.mode == "ctag":
            ctag, _ = ops.collection_props(self.t, url)
            if ctag is not None and ctag == prev.ctag:
                return state, {}, set()
        ctag, now = ops.member_etags(self.t, url)
        state.ctag = ctag
        changed = {h: e for h, e in now.items() if h not in prev.members or prev.members[h].etag != e}
        return state, changed, set(prev.members) - set(now)

    def _read(self, url: str, prev: CollectionState | None, old: Cursor | None,
              window: tuple[datetime, datetime]) -> _Pass:
        state, changed, removed = self._changes(url, prev)
        out = _Pass(state, [], [], set())
        for href in removed:
            member = state.members.pop(href, None)
            if member is not None:
                out.gone |= member.uids
        reread = set()
        if old is not None:
            reread = {h for h, m in state.members.items()
                      if h not in changed and needs_reread(m, old.window, window)}
        wanted = set(changed) | reread
        fetched = ops.multiget(self.t, url, self.t.url, wanted) if wanted else []
        for res in fetched:
            before = state.members.get(res.href)
            parsed = parse_calendar(res.data, tz=self.tz, window=window, source=res.href)
            found = list(parsed.events)
            if old is not None and res.href in reread and res.href not in changed:
                # Read again only because the window moved: what overlapped the old one was reported.
                found = [e for e in found if not _overlaps(e, old.window)]
            else:
                out.problems.extend(parsed.problems)
            out.events.extend(found)
            uids = parsed.uids
            if not uids and parsed.problems and before is not None:
                uids = before.uids
            if before is not None:
                out.gone |= before.uids
            state.members[res.href] = Member.make(res.etag, uids, parsed.span)
        for href in set(changed) - {res.href for res in fetched}:  # removed between listing and fetching
            member = state.members.pop(href, None)
            if member is not None:
                out.gone |= member.uids
        return out

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: all) and a window, returns new or changed events and removed UIDs.

        Raises CursorExpiredError (stale sync token, cursor of other calendars), AuthError,
        TransientError, ConnectorError.
        """
        if cursor is None and self._from_cursor:
            self._urls = self._store = None  # a full listing finds the calendars afresh
        if self._urls is None and cursor is not None:
            # A restarted daemon (`afterview once`) takes the calendars from its cursor: no discovery.
            seen = peek(cursor)
            if seen is not None and seen[0] == self.origin and seen[1]:
                self._urls, self._from_cursor = seen[1], True
        urls = self._collections()
        old = Cursor.decode(cursor, urls=urls, tz=self.tz.key) if cursor is not None else None
        passes = [
            self._read(url, old.collections[i] if old else None, old, window) for i, url in enumerate(urls)
        ]
        present = {uid for p in passes for m in p.state.members.values() for uid in m.uids}
        gone = set().union(*(p.gone for p in passes))
        new_cursor = Cursor(self.origin, self.tz.key, window, tuple(p.state for p in passes)).encode()
        return EventChanges(
            events=tuple(e for p in passes for e in p.events),
            cursor=new_cursor,
            full=old is None,
            removed=tuple(sorted(gone - present)) if old else (),
            problems=tuple(line for p in passes for line in p.problems),
        )

    # ------------------------------------------------------------ owned ticklers

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler in the tickler calendar."""
        return self.store.list()

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this idempotency key, or None."""
        return self.store.find(key)

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Stores a new tickler (If-None-Match: *); returns the existing one if the key is there."""
        return self.store.create(tickler)

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the tickler at `ref` (If-Match) if its fingerprint is `expected`; raises Conflict/NotFound."""
        return self.store.update(ref, tickler, expected)

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the tickler at `ref` (If-Match) if its fingerprint is `expected`; raises Conflict/NotFound."""
        return self.store.delete(ref, expected)

    def close(self) -> None:
        """Closes the HTTP session."""
        self.t.close()
