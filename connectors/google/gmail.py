"""GmailMailbox: employer mail and the user's sent mail from Gmail; afterview's drafts written with drafts.create.

The first scan asks `messages.list` with a search bounded by a time window and candidate
senders and terms (never a listing of the whole mailbox), capped by `max_scan_messages`;
later cycles read `history.list` from the stored history id, so an idle cycle is one request
(404 for a stale history id is CursorExpiredError: the engine rescans, bounded again).
Headers come from batched `messages.get(format=metadata)`; bodies (`format=raw`) only for
the messages the engine asks for. Drafts are raw RFC 2822 (afterview.connectors.mime) with
the owner tag headers, placed in the answered message's thread; a draft the user edited,
sent or deleted is theirs. A token bucket keeps calls within the per-user quota.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from afterview.connectors.base import (
    Capability,
    ConnectorContext,
    Draft,
    MailMessage,
    MailQuery,
    MessageChanges,
    MessageHeader,
    StoredDraft,
)
from afterview.connectors.errors import (
    ConflictError,
    ConnectorConfigError,
    CursorExpiredError,
    NotFoundError,
    TransientError,
)
from afterview.connectors.google.gmail_parts import (
    METADATA_HEADERS,
    UNITS,
    decode_cursor,
    encode_cursor,
    folder_of,
    header_from_metadata,
    scan_query,
)
from afterview.connectors.google.session import Budget, GoogleNotFound, GoogleOptions, Session
from afterview.connectors.mime import parse_message, render_draft, stored_draft_from_bytes

_OPTIONS = frozenset({"max_scan_messages", "quota_units_per_second"})
_PAGE = 500


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class GmailMailbox:
    """Gmail through the Gmail v1 API (scopes gmail.readonly + gmail.compose; never send)."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(self, session: Session, *, max_scan: int, budget: Budget) -> None:
        self.session = session
        self.max_scan = max_scan
        self.budget = budget
        self._service: Any = None
        self.threads: dict[str, str] = {}  # RFC Message-ID -> Gmail threadId, learnt from headers read
        self._drafts: dict[str, StoredDraft | None] = {}  # Gmail message id of a draft -> owned draft or None

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"max_scan_messages"?, "quota_units_per_second"?, client/endpoint options}, returns the connector.

        Raises ConnectorConfigError for a bad option, AuthError when no OAuth client is stored.
        """
        opts = GoogleOptions.parse(options, ctx.account, _OPTIONS)
        max_scan = options.get("max_scan_messages", 2000)
        if isinstance(max_scan, bool) or not isinstance(max_scan, int) or not 1 <= max_scan <= 100_000:
            raise ConnectorConfigError("max_scan_messages", "must be a whole number from 1 to 100000")
        rate = options.get("quota_units_per_second", 200)
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 5 <= rate <= 250:
            raise ConnectorConfigError("quota_units_per_second", "must be a number from 5 to 250 (Gmail allows 250)")
        session = Session(opts)
        return cls(session, max_scan=max_scan, budget=Budget(float(rate), sleep=session.sleep))

    @property
    def service(self) -> Any:
        if self._service is None:
            self._service = self.session.service("gmail")
        return self._service

    def _users(self) -> Any:
        return self.service.users()

    def _call(self, method: str, request: Any, *, retries: bool = True) -> Any:
        units = UNITS[method]
        if not retries:
            self.budget.take(units)
            return self.session.execute(f"gmail {method}", request, attempts=1)
        return self.session.execute(f"gmail {method}", request, before=lambda: self.budget.take(units))

    def _batch(self, method: str, requests: list[tuple[str, Any]]) -> dict[str, Any]:
        units = UNITS[method]
        return self.session.batch("gmail", f"gmail {method}", requests,
                                  before=lambda n: self.budget.take(n * units))

    # ------------------------------------------------------------ reading

    def _pages(self, method: str, make: Any, **params: Any) -> Iterator[dict[str, Any]]:
        token: str | None = None
        while True:
            extra = {"pageToken": token} if token else {}
            page: dict[str, Any] = self._call(method, make(userId="me", **params, **extra))
            yield page
            token = page.get("nextPageToken")
            if not token:
                return

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given the last cursor (None: first scan bounded by `query`), returns new inbox and sent headers.

        Raises CursorExpiredError (garbage cursor, or Gmail forgot the history id), TransientError, AuthError.
        """
        problems: list[str] = []
        if cursor is not None:
            ids, history_id = self._history(decode_cursor(cursor, self.session.account))
        else:
            profile = self._call("getProfile", self._users().getProfile(userId="me"))
            history_id = str(profile["historyId"])  # taken first, so nothing arriving during the scan is lost
            ids = self._search(scan_query(query), problems)
        headers = self._headers(ids, problems)
        return MessageChanges(messages=tuple(headers), cursor=encode_cursor(history_id), problems=tuple(problems))

    def _search(self, q: str, problems: list[str]) -> list[str]:
        ids: list[str] = []
        for page in self._pages("messages.list", self._users().messages().list, q=q,
                                maxResults=min(_PAGE, self.max_scan)):
            ids.extend(str(m["id"]) for m in page.get("messages") or ())
            if len(ids) >= self.max_scan:
                if page.get("nextPageToken"):
                    problems.append(f"first scan stopped at {self.max_scan} messages (max_scan_messages)")
                return ids[: self.max_scan]
        return ids

    def _history(self, start: str) -> tuple[list[str], str]:
        ids: dict[str, None] = {}
        latest = start
        try:
            for page in self._pages("history.list", self._users().history().list, startHistoryId=start,
                                    historyTypes=["messageAdded"], maxResults=_PAGE):
                latest = str(page.get("historyId") or latest)
                for record in page.get("history") or ():
                    for added in record.get("messagesAdded") or ():
                        message = added.get("message") or {}
                        if folder_of(list(message.get("labelIds") or ())) is not None:
                            ids[str(message["id"])] = None
        except GoogleNotFound:
            raise CursorExpiredError("Gmail no longer has history from the stored id; scanning again",
                                     source=self.session.account) from None
        return list(ids), latest

    def _headers(self, ids: list[str], problems: list[str]) -> list[MessageHeader]:
        if not ids:
            return []
        messages = self._users().messages()
        found = self._batch("messages.get", [
            (mid, messages.get(userId="me", id=mid, format="metadata", metadataHeaders=list(METADATA_HEADERS)))
            for mid in ids])
        headers: list[MessageHeader] = []
        for mid in ids:
            resource = found.get(mid)
            if resource is None:
                continue  # deleted since it was listed
            folder = folder_of(list(resource.get("labelIds") or ()))
            if folder is None:
                continue
            try:
                header = header_from_metadata(resource, folder)
            except (KeyError, ValueError, TypeError) as exc:
                problems.append(f"message {mid}: unreadable headers ({type(exc).__name__}); skipped")
                continue
            self.threads[header.message_id] = str(resource.get("threadId") or "")
            headers.append(header)
        return sorted(headers, key=lambda h: h.date)

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the message with its body; raises NotFoundError."""
        resource = self._call("messages.get", self._users().messages().get(userId="me", id=header.ref, format="raw"))
        message = parse_message(_unb64(str(resource["raw"])), ref=header.ref, folder=header.folder,
                                fallback_date=header.date)
        return replace(message, header=header)

    # ------------------------------------------------------------ drafts

    def _scan_drafts(self) -> dict[str, StoredDraft]:
        """Returns owned drafts by draft id; only drafts whose message changed since the last scan are read."""
        listed: list[tuple[str, str]] = []
        for page in self._pages("drafts.list", self._users().drafts().list, maxResults=_PAGE):
            listed.extend((str(d["id"]), str(d["message"]["id"])) for d in page.get("drafts") or ())
        drafts = self._users().drafts()
        unknown = [(draft_id, mid) for draft_id, mid in listed if mid not in self._drafts]
        if unknown:
            # Metadata first (every header; drafts.get has no header filter): only owned drafts' bodies are read.
            meta = self._batch("drafts.get",
                               [(d, drafts.get(userId="me", id=d, format="metadata")) for d, _ in unknown])
            owned = [(d, mid) for d, mid in unknown if d in meta and _tagged(meta[d])]
            for d, mid in unknown:
                if (d, mid) not in owned:
                    self._drafts[mid] = None
            raw = self._batch("drafts.get", [(d, drafts.get(userId="me", id=d, format="raw")) for d, _ in owned])
            for d, mid in owned:
                if d in raw:
                    self._drafts[mid] = stored_draft_from_bytes(_unb64(str(raw[d]["message"]["raw"])), ref=d)
        return {d: stored for d, mid in listed if (stored := self._drafts.get(mid)) is not None}

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft (X-Afterview-Owner/Key headers) in Gmail's drafts."""
        return sorted(self._scan_drafts().values(), key=lambda d: (d.key, d.ref))

    def find_draft(self, key: str) -> StoredDraft | None:
        """Returns the owned draft with this idempotency key, or None."""
        return next((d for d in self.list_drafts() if d.key == key), None)

    def _thread_for(self, draft: Draft) -> str | None:
        if not draft.in_reply_to:
            return None
        known = self.threads.get(draft.in_reply_to)
        if known:
            return known
        page = self._call("messages.list", self._users().messages().list(
            userId="me", q=f"rfc822msgid:{draft.in_reply_to}", maxResults=1))
        found = page.get("messages") or []
        return str(found[0]["threadId"]) if found else None

    def _body(self, data: bytes, thread: str | None) -> dict[str, Any]:
        message: dict[str, Any] = {"raw": _b64(data)}
        if thread:
            message["threadId"] = thread
        return {"message": message}

    def _remember(self, resource: dict[str, Any], data: bytes) -> StoredDraft:
        stored = stored_draft_from_bytes(data, ref=str(resource["id"]))
        assert stored is not None, "render_draft always writes the owner tag"
        self._drafts[str(resource["message"]["id"])] = stored
        return stored

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Creates the draft (never sends), in the answered message's thread; returns the existing one if any."""
        existing = self.find_draft(draft.key)
        if existing is not None:
            return existing
        data = render_draft(draft, date=datetime.now(UTC))
        body = self._body(data, self._thread_for(draft))
        for attempt in range(self.session.opts.max_retries + 1):
            try:
                # One attempt at a time: a create whose answer was lost must not be sent twice.
                created = self._call("drafts.create", self._users().drafts().create(userId="me", body=body),
                                     retries=False)
                return self._remember(created, data)
            except TransientError:
                if attempt == self.session.opts.max_retries:
                    raise
                found = self.find_draft(draft.key)
                if found is not None:
                    return found
                self.session.sleep(self.session.opts.retry_base * 2**attempt)
        raise AssertionError("unreachable")

    def _guard(self, ref: str, expected: str, key: str | None = None) -> tuple[StoredDraft, dict[str, Any]]:
        try:
            current = self._call("drafts.get", self._users().drafts().get(userId="me", id=ref, format="raw"))
        except GoogleNotFound:
            raise NotFoundError(f"draft {ref} is gone (sent or deleted)", source=self.session.account) from None
        message = current["message"]
        stored = stored_draft_from_bytes(_unb64(str(message["raw"])), ref=ref)
        if stored is None or (key is not None and stored.key != key):
            raise ConflictError(f"draft {ref} is not afterview's", source=self.session.account)
        if stored.fingerprint != expected:
            raise ConflictError(f"draft {ref} was edited", source=self.session.account)
        return stored, message

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Replaces the owned draft at `ref` (same Message-ID and thread) if unchanged; raises as update_tickler."""
        stored, message = self._guard(ref, expected, draft.key)
        data = render_draft(draft, date=datetime.now(UTC), message_id=stored.message_id)
        body = {"id": ref, **self._body(data, message.get("threadId"))}
        updated = self._call("drafts.update", self._users().drafts().update(userId="me", id=ref, body=body))
        return self._remember(updated, data)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if unchanged; raises ConflictError or NotFoundError."""
        self._guard(ref, expected)
        try:
            self._call("drafts.delete", self._users().drafts().delete(userId="me", id=ref))
        except GoogleNotFound:
            raise NotFoundError(f"draft {ref} is gone", source=self.session.account) from None

    def close(self) -> None:
        self.session.close()


def _tagged(resource: dict[str, Any]) -> bool:
    headers = ((resource.get("message") or {}).get("payload") or {}).get("headers") or ()
    return any(str(h.get("name", "")).lower() == "x-afterview-owner" for h in headers)

