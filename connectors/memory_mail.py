"""The in-memory mailbox: inbox and sent mail from a test, owned drafts from the engine.

Import it from afterview.connectors.memory, which the registry names. Drafts the user
wrote carry no key and are never listed or touched; a message delivered gets a new
`ref` from the store, whatever its header said.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from afterview.connectors.base import (
    Capability,
    ConnectorContext,
    Draft,
    Folder,
    MailMessage,
    MailQuery,
    MessageChanges,
    MessageHeader,
    Person,
    StoredDraft,
    draft_fingerprint,
)
from afterview.connectors.errors import ConflictError, ConnectorConfigError, ConnectorError, NotFoundError
from afterview.connectors.memory_store import Store, StoreControls, shared_store, store_name
from afterview.connectors.mime import parse_message

# Small on purpose: the contract suite and the engine's tests then cross page boundaries.
PAGE_SIZE = 3
_FIRST = ":first"


@dataclass(frozen=True)
class MemoryDraft:
    """A draft as the memory mailbox holds it; `key` is None for a draft the user wrote."""

    ref: str
    message_id: str
    sender: Person
    to: tuple[Person, ...]
    subject: str
    body: str
    key: str | None = None
    app_id: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        """Returns the content hash of what is stored (see draft_fingerprint)."""
        return draft_fingerprint(self.subject, [p.email or "" for p in self.to], self.body)


@dataclass
class _MessageRecord:
    message: MailMessage
    seq: int


class _MailStore(Store):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.messages: dict[str, _MessageRecord] = {}
        self.drafts: dict[str, MemoryDraft] = {}
        self.last_ref = 0

    def new_ref(self, prefix: str) -> str:
        self.last_ref += 1
        return f"{prefix}-{self.last_ref}"


class MemoryMailbox(StoreControls):
    """A mailbox held in memory: inbox, sent and Drafts folders."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(self, name: str, ctx: ConnectorContext, page_size: int = PAGE_SIZE) -> None:
        self.ctx = ctx
        self.page_size = page_size
        self._mail = shared_store(_MailStore, name, _MailStore)
        self._store: Store = self._mail

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"name": optional store name, "page_size": headers per page}, returns the mailbox.

        Raises ConnectorConfigError.
        """
        size = options.get("page_size", PAGE_SIZE)
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise ConnectorConfigError("page_size", "must be a positive whole number")
        return cls(store_name(options, ctx), ctx, size)

    # ------------------------------------------------------------ contract

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given a cursor (None: all mail since query.since), returns a page of new inbox and sent headers.

        Pages follow delivery order; a continuation cursor ("<epoch>:<seq>:first" within a first
        scan) names the last delivery returned. Raises CursorExpiredError for a cursor of another epoch.
        """
        store = self._mail
        with store.lock:
            store.enter("list_messages")
            first = cursor is None or cursor.endswith(_FIRST)
            since = 0 if cursor is None else store.since(cursor.removesuffix(_FIRST))
            found = sorted(
                (r for r in store.messages.values()
                 if r.seq > since and (not first or r.message.header.date >= query.since)),
                key=lambda r: r.seq,
            )
            page, more = found[: self.page_size], len(found) > self.page_size
            resume = f"{store.epoch}:{page[-1].seq}{_FIRST if first else ''}" if more else store.cursor()
            page.sort(key=lambda r: (r.message.header.date, r.seq))
            return MessageChanges(messages=tuple(r.message.header for r in page), cursor=resume, more=more)

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the message; raises NotFoundError."""
        with self._mail.lock:
            self._mail.enter("fetch")
            record = self._mail.messages.get(header.ref)
            if record is None:
                raise NotFoundError("the message is gone from the mailbox", source=self._mail.name)
            return record.message

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft."""
        with self._mail.lock:
            self._mail.enter("list_drafts")
            return [self._stored(d) for d in self._mail.drafts.values() if d.key is not None]

    def find_draft(self, key: str) -> StoredDraft | None:
        """Given an idempotency key, returns the owned draft or None."""
        with self._mail.lock:
            self._mail.enter("find_draft")
            found = self._by_key(key)
            return None if found is None else self._stored(found)

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Saves the draft (never sends), or returns the one with its key unchanged."""
        store = self._mail
        with store.lock:
            store.enter("save_draft")
            existing = self._by_key(draft.key)
            if existing is not None:
                return self._stored(existing)
            held = self._held(store.new_ref("draft"), draft.message_id, draft)
            store.drafts[held.ref] = held
            store.tick()
            return self._stored(held)

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Replaces the owned draft at `ref` if unchanged, keeping its Message-ID.

        Raises ConflictError if it changed or is not owned, NotFoundError if gone.
        """
        store = self._mail
        with store.lock:
            store.enter("update_draft")
            old = self._owned(ref, expected)
            if old.key != draft.key:
                raise ConflictError("the draft at this ref has another key", source=store.name)
            held = self._held(ref, old.message_id, draft)
            store.drafts[ref] = held
            store.tick()
            return self._stored(held)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if unchanged; raises ConflictError, NotFoundError."""
        with self._mail.lock:
            self._mail.enter("delete_draft")
            self._owned(ref, expected)
            del self._mail.drafts[ref]
            self._mail.tick()

    # ------------------------------------------------------------ test helpers

    def deliver(self, message: MailMessage) -> MessageHeader:
        """Given a message, files it in its header's folder under a new ref; returns that header."""
        moment = message.header.date
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ConnectorError("message date must be timezone-aware", source=self._mail.name)
        with self._mail.lock:
            header = replace(message.header, ref=self._mail.new_ref(message.header.folder))
            self._mail.messages[header.ref] = _MessageRecord(replace(message, header=header),
                                                             self._mail.tick())
            return header

    def deliver_raw(self, data: bytes, folder: Folder = "inbox") -> MessageHeader:
        """Given RFC 5322 bytes, parses them as a mail reader would and files them; returns the header."""
        return self.deliver(parse_message(data, folder=folder))

    def messages(self) -> list[MailMessage]:
        """Returns every inbox and sent message held, in delivery order."""
        with self._mail.lock:
            return [r.message for r in sorted(self._mail.messages.values(), key=lambda r: r.seq)]

    def drafts(self) -> list[MemoryDraft]:
        """Returns every draft in the Drafts folder, the user's own included."""
        with self._mail.lock:
            return list(self._mail.drafts.values())

    def add_user_draft(
        self, subject: str, body: str, to: tuple[Person, ...] = (), sender: Person | None = None
    ) -> str:
        """Given what the user typed, stores a draft afterview does not own; returns its ref."""
        with self._mail.lock:
            ref = self._mail.new_ref("draft")
            me = sender or Person(email=self.ctx.me[0] if self.ctx.me else None)
            domain = me.domain or "localhost"
            self._mail.drafts[ref] = MemoryDraft(ref=ref, message_id=f"{ref}.user@{domain}", sender=me,
                                                 to=to, subject=subject, body=body)
            self._mail.tick()
            return ref

    def user_edit_draft(self, ref: str, *, body: str | None = None, subject: str | None = None) -> None:
        """Simulates the user editing the draft at `ref` in their mail app; raises NotFoundError."""
        with self._mail.lock:
            old = self._at(ref)
            self._mail.drafts[ref] = replace(old, body=old.body if body is None else body,
                                             subject=old.subject if subject is None else subject)
            self._mail.tick()

    def user_delete_draft(self, ref: str) -> None:
        """Simulates the user discarding the draft at `ref`; raises NotFoundError."""
        with self._mail.lock:
            self._at(ref)
            del self._mail.drafts[ref]
            self._mail.tick()

    def user_send_draft(self, ref: str, when: datetime | None = None) -> MessageHeader:
        """Simulates the user sending the draft at `ref`: it moves to sent mail; returns its header."""
        with self._mail.lock:
            draft = self._at(ref)
            del self._mail.drafts[ref]
            header = MessageHeader(
                ref="", message_id=draft.message_id, folder="sent", date=when or datetime.now(UTC),
                sender=draft.sender, subject=draft.subject, to=draft.to,
                in_reply_to=draft.in_reply_to, references=draft.references,
            )
            return self.deliver(MailMessage(header=header, text=draft.body))

    # ------------------------------------------------------------ internals

    @staticmethod
    def _held(ref: str, message_id: str, draft: Draft) -> MemoryDraft:
        return MemoryDraft(ref=ref, message_id=message_id, sender=draft.sender, to=draft.to,
                           subject=draft.subject, body=draft.body, key=draft.key, app_id=draft.app_id,
                           in_reply_to=draft.in_reply_to, references=draft.references)

    def _by_key(self, key: str) -> MemoryDraft | None:
        return next((d for d in self._mail.drafts.values() if d.key == key), None)

    def _at(self, ref: str) -> MemoryDraft:
        found = self._mail.drafts.get(ref)
        if found is None:
            raise NotFoundError("the draft is gone (sent or deleted)", source=self._mail.name)
        return found

    def _owned(self, ref: str, expected: str) -> MemoryDraft:
        found = self._at(ref)
        if found.key is None:
            raise ConflictError("the draft at this ref is the user's own", source=self._mail.name)
        if found.fingerprint() != expected:
            raise ConflictError("the draft was changed since afterview wrote it", source=self._mail.name)
        return found

    @staticmethod
    def _stored(found: MemoryDraft) -> StoredDraft:
        assert found.key is not None
        return StoredDraft(key=found.key, ref=found.ref, message_id=found.message_id,
                           fingerprint=found.fingerprint(), app_id=found.app_id)
