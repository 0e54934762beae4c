"""The connector contract: the only thing the engine knows about calendars and mailboxes.

A connector turns a backend into normalised, timezone-aware values (CalendarEvent,
MessageHeader, MailMessage) and holds the artifacts afterview owns (Tickler events,
Draft messages). Every owned artifact carries its idempotency `key` as an owner tag
in the backend, so `find_*` can recover it after a crash, and its content is guarded
by a fingerprint computed the same way on every backend (see `tickler_fingerprint`
and `draft_fingerprint`): an update or delete whose `expected` fingerprint no longer
matches what is stored raises ConflictError and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Literal, Protocol, Self, runtime_checkable
from zoneinfo import ZoneInfo

OWNER = "afterview"
"""Value of every owner tag (X-AFTERVIEW-OWNER, X-Afterview-Owner header, extended property)."""

Folder = Literal["inbox", "sent"]
AttendeeKind = Literal["individual", "group", "room", "resource", "unknown"]


class Capability:
    """Names of optional behaviours; the contract suite skips by these, never by backend."""

    INCREMENTAL_EVENTS = "incremental_events"  # list_events(cursor) returns only changes
    INCREMENTAL_MAIL = "incremental_mail"  # list_messages(cursor) returns only new mail
    RECURRENCE = "recurrence"  # expands RRULE/RDATE/overrides into instances
    REMOVAL_DETECTION = "removal_detection"  # reports removed event UIDs
    ETAG_PRECONDITION = "etag_precondition"  # concurrent user edit detected by etag too


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Person:
    """A mail address with an optional display name; `email` is lower-cased."""

    name: str | None = None
    email: str | None = None

    @property
    def domain(self) -> str | None:
        if not self.email or "@" not in self.email:
            return None
        return self.email.rsplit("@", 1)[1]


@dataclass(frozen=True)
class Attendee:
    """An organizer or attendee of a calendar event (iCalendar CUTYPE/ROLE/PARTSTAT, normalised)."""

    name: str | None = None
    email: str | None = None
    kind: AttendeeKind = "individual"
    role: str | None = None  # e.g. "REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR", "NON-PARTICIPANT"
    status: str | None = None  # e.g. "ACCEPTED", "DECLINED", "NEEDS-ACTION"


@dataclass(frozen=True)
class CalendarEvent:
    """One event occurrence, normalised. Recurring series arrive as one value per instance.

    `start`/`end` are timezone-aware; all-day and floating times are placed in the
    connector's user time zone. `owned_key` is set when the event is afterview's own tickler.
    """

    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""
    url: str = ""
    all_day: bool = False
    recurrence_id: datetime | None = None
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    cancelled: bool = False
    sequence: int = 0
    categories: tuple[str, ...] = ()
    owned_key: str | None = None

    @property
    def key(self) -> str:
        """Stable identity of this occurrence: UID, plus the recurrence id of an instance."""
        if self.recurrence_id is None:
            return self.uid
        return f"{self.uid}@{self.recurrence_id.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"


@dataclass(frozen=True)
class EventChanges:
    """Result of one list_events call.

    full=True: `events` is every event in the window; anything known and absent is gone.
    full=False: `events` are new or changed since the cursor and `removed` lists UIDs
    deleted since then. `problems` are one-line reasons for items skipped as unreadable.
    """

    events: tuple[CalendarEvent, ...]
    cursor: str
    full: bool
    removed: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessageHeader:
    """The cheap part of a message, read without its body.

    `ref` is the connector's locator for fetch(); `message_id` is the RFC 5322
    Message-ID without angle brackets (synthesised from a hash of the headers when
    missing, so it is stable). `headers` holds lower-cased names of the few headers
    classification needs (auto-submitted, precedence, list-id, list-unsubscribe,
    x-autoreply, x-auto-response-suppress, return-path, x-mailer...).
    """

    ref: str
    message_id: str
    folder: Folder
    date: datetime
    sender: Person
    subject: str = ""
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MailMessage:
    """A message with its body as plain text (HTML converted), whole, quotes included."""

    header: MessageHeader
    text: str
    html: bool = False
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailQuery:
    """Bounds of a first scan: mail since `since`; servers that can filter may also use hints.

    `domains` and `terms` are hints only: a connector may return more, never less
    within the window. Local connectors ignore them; they may use `needles` instead.
    """

    since: datetime
    domains: frozenset[str] = frozenset()
    terms: tuple[str, ...] = ()
    # Lower-case strings the engine looks for in a header's From, Sender, Reply-To and Subject (addresses,
    # domains, terms, company names), and the Message-IDs (no brackets) it follows in In-Reply-To and
    # References. A connector that reads raw header blocks may skip an inbox message whose fields name
    # none of them and hold no encoded word ("=?") or non-ASCII byte: the engine would not read it.
    # Sent mail is never skipped. Empty `needles`: skip nothing.
    needles: frozenset[str] = frozenset()
    thread_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MessageChanges:
    """Result of one list_messages call: new inbound and sent headers since the cursor.

    `more` True: the listing is not finished; store `cursor` and call list_messages with it
    for the next page. A connector that never pages leaves it False.
    """

    messages: tuple[MessageHeader, ...]
    cursor: str
    problems: tuple[str, ...] = ()
    more: bool = False


# ---------------------------------------------------------------- artifacts


def _norm_text(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _digest(parts: Sequence[Any]) -> str:
    blob = json.dumps(list(parts), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tickler_fingerprint(summary: str, description: str, start: datetime, end: datetime) -> str:
    """Given what a tickler event shows, returns the hash used to tell whether the user changed it."""
    return _digest(["tickler", _norm_text(summary), _norm_text(description), _utc(start), _utc(end)])


def draft_fingerprint(subject: str, to: Sequence[str], body: str) -> str:
    """Given a draft's subject, recipient addresses and body text, returns its content hash."""
    recipients = sorted(addr.strip().lower() for addr in to)
    return _digest(["draft", _norm_text(subject), recipients, _norm_text(body)])


def artifact_message_id(key: str, domain: str = "afterview.invalid") -> str:
    """Given an idempotency key, returns the deterministic Message-ID (no brackets) of its draft."""
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.afterview@{domain}"


def artifact_uid(key: str) -> str:
    """Given an idempotency key, returns the deterministic iCalendar UID of its tickler event."""
    return f"afterview-{hashlib.sha256(key.encode()).hexdigest()[:32]}"


@dataclass(frozen=True)
class Tickler:
    """A reminder event afterview wants in the calendar. `key` is its idempotency key."""

    key: str
    app_id: str
    summary: str
    description: str
    start: datetime
    end: datetime
    alarm_minutes_before: int = 0

    @property
    def uid(self) -> str:
        return artifact_uid(self.key)

    def fingerprint(self) -> str:
        return tickler_fingerprint(self.summary, self.description, self.start, self.end)


@dataclass(frozen=True)
class StoredTickler:
    """An owned tickler as the calendar holds it now; `fingerprint` is computed from what is stored."""

    key: str
    ref: str
    etag: str
    fingerprint: str
    start: datetime
    app_id: str = ""


@dataclass(frozen=True)
class Draft:
    """A draft afterview wants in the Drafts folder; `message_id` is derived from `key`."""

    key: str
    app_id: str
    sender: Person
    to: tuple[Person, ...]
    subject: str
    body: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()

    @property
    def message_id(self) -> str:
        return artifact_message_id(self.key, self.sender.domain or "afterview.invalid")

    def fingerprint(self) -> str:
        return draft_fingerprint(self.subject, [p.email or "" for p in self.to], self.body)


@dataclass(frozen=True)
class StoredDraft:
    """An owned draft as the mailbox holds it now; `fingerprint` is computed from what is stored."""

    key: str
    ref: str
    message_id: str
    fingerprint: str
    app_id: str = ""


# ---------------------------------------------------------------- connectors


@dataclass(frozen=True)
class ConnectorContext:
    """What every connector is built with: its account name, the user's zone and addresses."""

    account: str
    timezone: ZoneInfo
    me: tuple[str, ...] = ()
    cache_dir: Path | None = None


@runtime_checkable
class CalendarConnector(Protocol):
    """A calendar: interviews come out of it, owned tickler events go into it."""

    capabilities: ClassVar[frozenset[str]]

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given the connector's config table, returns a connector; raises ConnectorConfigError."""
        ...

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: from scratch) and a time window, returns the changes.

        Owned ticklers are returned too, with `owned_key` set. Raises CursorExpiredError
        when the cursor is no longer valid, TransientError / AuthError on backend trouble.
        """
        ...

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler event in the calendar."""
        ...

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this idempotency key, or None."""
        ...

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Stores a new owned tickler; if one with this key exists, returns it unchanged."""
        ...

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the owned tickler at `ref` (same location and UID) if its fingerprint is `expected`.

        Raises ConflictError if the stored content differs or it is not owned,
        NotFoundError if it is gone.
        """
        ...

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the owned tickler at `ref` if its fingerprint is `expected`.

        Raises ConflictError if the stored content differs, NotFoundError if gone.
        """
        ...

    def close(self) -> None: ...


@runtime_checkable
class MailboxConnector(Protocol):
    """A mailbox: employer mail and the user's sent mail come out, owned drafts go in."""

    capabilities: ClassVar[frozenset[str]]

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given the connector's config table, returns a connector; raises ConnectorConfigError."""
        ...

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given the last cursor (None: first scan bounded by `query`), returns new headers.

        Covers the inbox (folder="inbox") and sent mail (folder="sent"), never drafts.
        Unreadable items are skipped and named in `problems`. A connector that can be large
        returns pages of bounded size (about 2,000 headers) with `more` True until the last;
        the caller stores each page's cursor, so the continuation cursor must work in a new
        process too: a killed first scan resumes where it stopped, and the pages of one
        listing hold each message once. Raises CursorExpiredError, TransientError, AuthError.
        """
        ...

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the whole message; raises NotFoundError."""
        ...

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft in the Drafts folder."""
        ...

    def find_draft(self, key: str) -> StoredDraft | None:
        """Returns the owned draft with this idempotency key, or None."""
        ...

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Saves a new owned draft (never sends); if one with this key exists, returns it unchanged."""
        ...

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Replaces the owned draft at `ref` (same Message-ID) if its fingerprint is `expected`.

        Raises ConflictError or NotFoundError as update_tickler does.
        """
        ...

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if its fingerprint is `expected`; raises as above."""
        ...

    def close(self) -> None: ...
