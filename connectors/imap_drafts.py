"""Owned drafts in an IMAP Drafts folder: APPENDed with \\Draft, found by SEARCH HEADER, never edited in place.

IMAP messages are immutable, so an update appends the new version (same Message-ID) and then
removes the old one by UID (STORE \\Deleted + UID EXPUNGE, which touches nothing else). A draft
is afterview's only while it carries X-Afterview-Owner; SEARCH HEADER matches substrings, so
every hit is checked against the exact key or Message-ID before it counts. The owned-draft
listing is cached against the folder's STATUS (UIDVALIDITY, UIDNEXT, MESSAGES and, with
CONDSTORE, HIGHESTMODSEQ), so an unchanged Drafts folder costs one STATUS command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from afterview.connectors.base import OWNER, ConnectorContext, Draft, StoredDraft
from afterview.connectors.errors import ConflictError, ConnectorError, NotFoundError
from afterview.connectors.imap_conn import ImapSession
from afterview.connectors.mime import MAX_RAW_BYTES, parse_headers, render_draft, stored_draft_from_bytes

_BATCH = 100
_BODY = b"BODY[]"


@dataclass(frozen=True)
class _Entry:
    uid: int
    message_id: str
    stored: StoredDraft | None  # None: the user's own message


def crlf(data: bytes) -> bytes:
    """Given message bytes with any line ends, returns them with CRLF, as IMAP APPEND wants."""
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")


def _criterion(value: str) -> str:
    # A quoted IMAP string cannot hold line breaks; hits are checked exactly afterwards anyway.
    return value.replace("\r", " ").replace("\n", " ")


class ImapDrafts:
    """The Drafts folder of one IMAP account, as afterview's artifact store."""

    def __init__(
        self,
        session: ImapSession,
        ctx: ConnectorContext,
        folder: Callable[[Any], str],
        now: Callable[[], datetime],
    ) -> None:
        self.session = session
        self.ctx = ctx
        self.folder = folder
        self.now = now
        self._cache: tuple[tuple[int, ...], list[StoredDraft]] | None = None

    # ------------------------------------------------------------ reading

    def _select(self, client: Any) -> str:
        name = self.folder(client)
        if self.session.selected != (name, False):
            self.session.select(client, name, readonly=False)
        else:
            # A server answers a command from the view it had when the command began; NOOP brings
            # in other clients' appends and expunges before we SEARCH.
            client.noop()
        return name

    def _state(self, client: Any, name: str) -> tuple[int, ...]:
        items = ["UIDVALIDITY", "UIDNEXT", "MESSAGES"]
        if "CONDSTORE" in self.session.capabilities:
            items.append("HIGHESTMODSEQ")
        status = self.session.status(client, name, items)
        return tuple(int(status.get(item.encode(), 0)) for item in items)

    def _search(self, client: Any, header: str, value: str) -> list[int]:
        criteria = ["UNDELETED", "HEADER", header, _criterion(value)]
        charset = None if value.isascii() else "UTF-8"
        return sorted(int(uid) for uid in client.search(criteria, charset=charset))

    def _entries(self, client: Any, uids: list[int]) -> list[_Entry]:
        found: list[_Entry] = []
        limit = f"BODY.PEEK[]<0.{MAX_RAW_BYTES}>"
        for start in range(0, len(uids), _BATCH):
            chunk = uids[start : start + _BATCH]
            response = client.fetch(chunk, [limit])
            for uid in chunk:
                item = response.get(uid) or {}
                data = next((v for k, v in item.items() if k.startswith(_BODY)), None)
                if not isinstance(data, bytes):
                    continue  # expunged meanwhile
                header = parse_headers(data, ref="", folder="inbox", fallback_date=datetime.fromtimestamp(0, UTC))
                stored = None
                if header.headers.get("x-afterview-owner", "").strip().lower() == OWNER:
                    stored = stored_draft_from_bytes(data, ref=f"drafts/{header.message_id}")
                found.append(_Entry(uid, header.message_id, stored))
        # Newest first: after a crash mid-update the newer copy is the current draft.
        found.sort(key=lambda e: e.uid, reverse=True)
        return found

    def _owned(self, client: Any) -> list[StoredDraft]:
        name = self.folder(client)
        state = self._state(client, name)
        if self._cache is not None and self._cache[0] == state:
            return self._cache[1]
        self._select(client)
        by_key: dict[str, StoredDraft] = {}
        for entry in self._entries(client, self._search(client, "X-Afterview-Owner", OWNER)):
            if entry.stored is not None:
                by_key.setdefault(entry.stored.key, entry.stored)
        drafts = list(by_key.values())
        self._cache = (state, drafts)
        return drafts

    def _find(self, client: Any, key: str) -> StoredDraft | None:
        name = self.folder(client)
        if self._cache is not None and self._cache[0] == self._state(client, name):
            return next((d for d in self._cache[1] if d.key == key), None)
        self._select(client)
        for entry in self._entries(client, self._search(client, "X-Afterview-Key", key)):
            if entry.stored is not None and entry.stored.key == key:
                return entry.stored
        return None

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft in the Drafts folder (one per key, the newest copy)."""
        return list(self.session.run("list drafts", self._owned))

    def find_draft(self, key: str) -> StoredDraft | None:
        """Given an idempotency key, returns the owned draft holding it, or None."""
        return self.session.run("find draft", lambda client: self._find(client, key))

    # ------------------------------------------------------------ writing

    def save_draft(self, draft: Draft) -> StoredDraft:
        """APPENDs a new owned draft with \\Draft \\Seen, or returns the one already holding its key."""

        def save(client: Any) -> StoredDraft:
            # Looked up inside the retried operation, so a retry after a lost APPEND reply adds no twin.
            existing = self._find(client, draft.key)
            if existing is not None:
                return existing
            return self._append(client, draft, draft.message_id)

        return self.session.run("save draft", save)

    def _append(self, client: Any, draft: Draft, message_id: str) -> StoredDraft:
        now = self.now()
        data = crlf(render_draft(draft, date=now, message_id=message_id))
        client.append(self.folder(client), data, flags=(b"\\Draft", b"\\Seen"), msg_time=now)
        self._cache = None
        stored = stored_draft_from_bytes(data, ref=f"drafts/{message_id}")
        if stored is None:  # render_draft always tags; this guards the invariant
            raise ConnectorError("rendered draft lost its owner header", source=self.ctx.account)
        return stored

    def _resolve(self, client: Any, ref: str, expected: str) -> tuple[_Entry, list[_Entry]]:
        label, _, message_id = ref.partition("/")
        entries: list[_Entry] = []
        if label == "drafts" and message_id:
            self._select(client)
            hits = self._entries(client, self._search(client, "Message-ID", message_id))
            entries = [e for e in hits if e.message_id == message_id]
        if not entries:
            raise NotFoundError("the draft is gone from the Drafts folder", source=self.ctx.account)
        current = entries[0]
        if current.stored is None:
            raise ConflictError("the draft is no longer afterview's (owner header gone)", source=self.ctx.account)
        # Older copies left by a crash mid-update, still holding what afterview wrote.
        stale = [
            e for e in entries[1:]
            if e.stored is not None and e.stored.key == current.stored.key and e.stored.fingerprint == expected
        ]
        return current, stale

    def _remove(self, client: Any, uids: list[int]) -> None:
        if not uids:
            return
        self._select(client)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if "UIDPLUS" in self.session.capabilities:
            client.uid_expunge(uids)  # only these UIDs: the user's own \Deleted mail is not ours to purge
        self._cache = None

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Appends the new version (same Message-ID) and removes the old, if its fingerprint is `expected`.

        Raises ConflictError if it changed, is not owned or holds another key; NotFoundError if gone.
        """

        def update(client: Any) -> StoredDraft:
            current, stale = self._resolve(client, ref, expected)
            assert current.stored is not None
            if current.stored.key != draft.key:
                raise ConflictError("the draft at this ref has another key", source=self.ctx.account)
            if current.stored.fingerprint != expected:
                if current.stored.fingerprint == draft.fingerprint() and stale:
                    # A retry after the new copy was appended but before the old one went.
                    self._remove(client, [e.uid for e in stale])
                    return current.stored
                raise ConflictError("the draft was edited since afterview wrote it", source=self.ctx.account)
            stored = self._append(client, draft, current.message_id)
            self._remove(client, [current.uid, *(e.uid for e in stale)])
            return stored

        return self.session.run("update draft", update)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if its fingerprint is `expected`; raises as update does."""

        def delete(client: Any) -> None:
            current, stale = self._resolve(client, ref, expected)
            assert current.stored is not None
            if current.stored.fingerprint != expected:
                raise ConflictError("the draft was edited since afterview wrote it", source=self.ctx.account)
            self._remove(client, [current.uid, *(e.uid for e in stale)])

        self.session.run("delete draft", delete)
