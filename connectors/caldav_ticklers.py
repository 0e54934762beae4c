"""Owned tickler events in a CalDAV calendar, written with etag preconditions so a user's edit wins.

A tickler lives at `<collection>/<artifact_uid(key)>.ics`; it is created with If-None-Match: *
(a retry after a crash finds the one already there) and rewritten or removed only with
If-Match: <etag afterview just read and checked>, so an edit the user makes in between
makes the server answer 412 and afterview leaves the event alone (ConflictError).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.connectors import caldav_ops as ops
from afterview.connectors.base import OWNER, StoredTickler, Tickler, artifact_uid
from afterview.connectors.caldav_http import DavTransport, Forbidden
from afterview.connectors.errors import ConflictError, ConnectorError, NotFoundError
from afterview.connectors.ical import X_KEY, X_OWNER, stored_tickler_from_ics, tickler_to_ics


class TicklerStore:
    """The owned ticklers of one calendar collection (`collection` is its absolute URL)."""

    def __init__(self, transport: DavTransport, base: str, collection: str, tz: ZoneInfo) -> None:
        self.t = transport
        self.base = base
        self.collection = collection
        self.path = ops.path_of(collection)
        self.tz = tz

    @property
    def account(self) -> str:
        return self.t.account

    def href(self, key: str) -> str:
        return f"{self.path}{artifact_uid(key)}.ics"

    def _check_ref(self, ref: str) -> str:
        if not ref.startswith(self.path) or ref == self.path or "/../" in ref or ref.endswith("/"):
            raise NotFoundError(f"no tickler at {ref!r} in this calendar", source=self.account)
        return ref

    def _stored(self, res: ops.Resource) -> StoredTickler | None:
        return stored_tickler_from_ics(res.data, ref=res.href, etag=res.etag, tz=self.tz)

    def _read(self, href: str) -> ops.Resource | None:
        """Given an href, returns its data with the etag of exactly that data, or None if gone."""
        res = ops.get(self.t, self.base, href)
        if res is not None and not res.etag:
            # No ETag on GET (allowed by HTTP): a multiget returns data and etag together.
            found = ops.multiget(self.t, self.collection, self.base, [href])
            res = found[0] if found else None
        return res

    # ------------------------------------------------------------ reading

    def list(self) -> list[StoredTickler]:
        """Returns every owned tickler: a calendar-query on the owner tag, or all members if unsupported."""
        try:
            found = ops.query_by_property(self.t, self.collection, X_OWNER, OWNER)
        except ops.Unsupported:
            _, members = ops.member_etags(self.t, self.collection)
            found = [r for r in ops.multiget(self.t, self.collection, self.base, members)
                     if X_OWNER.encode() in r.data.upper()]
        owned = (self._stored(res) for res in found)
        return sorted((t for t in owned if t is not None), key=lambda t: t.ref)

    def find(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this key: at its own href first, then anywhere by its key tag."""
        res = self._read(self.href(key))
        stored = self._stored(res) if res is not None else None
        if stored is not None and stored.key == key:
            return stored
        # Another client (vdirsyncer, a phone) may have stored it under another name.
        try:
            found = ops.query_by_property(self.t, self.collection, X_KEY, key)
            candidates = [s for s in (self._stored(r) for r in found) if s is not None]
        except ops.Unsupported:
            candidates = self.list()
        return next((s for s in candidates if s.key == key), None)

    # ------------------------------------------------------------ writing

    def _written(self, href: str) -> StoredTickler:
        """Reads back what the server stores now (it may have rewritten the data)."""
        res = self._read(href)
        stored = self._stored(res) if res is not None else None
        if stored is None:
            raise ConflictError(f"{href} changed right after it was written", source=self.account)
        return stored

    def create(self, tickler: Tickler) -> StoredTickler:
        """Stores a new tickler with If-None-Match: *; returns the existing one if the key is there."""
        existing = self.find(tickler.key)
        if existing is not None:
            return existing
        href = self.href(tickler.key)
        try:
            status = ops.put(self.t, self.base, href, tickler_to_ics(tickler, self.tz), if_match=None).status
        except Forbidden:  # Cyrus answers a UID taken elsewhere with 403 no-uid-conflict
            status = 403
        if status in (200, 201, 204):
            return self._written(href)
        if status in (403, 409, 412):  # the name or the UID is taken: ours from a race, or not ours
            again = self.find(tickler.key)
            if again is not None:
                return again
            raise ConflictError(f"{href} exists and is not afterview's", source=self.account)
        raise ConnectorError(f"CalDAV PUT {href}: HTTP {status}", source=self.account)

    def _guard(self, ref: str, expected: str, key: str | None) -> ops.Resource:
        res = self._read(self._check_ref(ref))
        if res is None:
            raise NotFoundError(f"tickler {ref} is gone", source=self.account)
        stored = self._stored(res)
        if stored is None:
            raise ConflictError(f"{ref} is not an afterview tickler", source=self.account)
        if key is not None and stored.key != key:
            raise ConflictError(f"{ref} holds another tickler", source=self.account)
        if stored.fingerprint != expected:
            raise ConflictError(f"{ref} was changed by the user", source=self.account)
        return res

    def _refused(self, ref: str, status: int, doing: str) -> ConnectorError:
        if status in (404, 410):
            return NotFoundError(f"tickler {ref} is gone", source=self.account)
        if status == 412:
            if ops.get(self.t, self.base, ref) is None:
                return NotFoundError(f"tickler {ref} is gone", source=self.account)
            return ConflictError(f"{ref} changed while afterview {doing} it", source=self.account)
        return ConnectorError(f"CalDAV {doing} {ref}: HTTP {status}", source=self.account)

    def update(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the tickler at `ref` with If-Match, if it still holds what afterview wrote."""
        res = self._guard(ref, expected, tickler.key)
        reply = ops.put(self.t, self.base, ref, tickler_to_ics(tickler, self.tz), if_match=res.etag)
        if reply.status not in (200, 201, 204):
            raise self._refused(ref, reply.status, "updated")
        return self._written(ref)

    def delete(self, ref: str, expected: str) -> None:
        """Removes the tickler at `ref` with If-Match, if it still holds what afterview wrote."""
        res = self._guard(ref, expected, None)
        reply = ops.delete(self.t, self.base, ref, if_match=res.etag)
        if reply.status not in (200, 204):
            raise self._refused(ref, reply.status, "removed")
