"""The IMAP mailbox (Fastmail, iCloud, Posteo, mailbox.org, Dovecot...): inbox and Sent read, owned drafts written.

Reading is incremental per folder with UIDVALIDITY and UIDNEXT: an unchanged folder costs one
STATUS command; new mail is fetched as headers only (BODY.PEEK[HEADER], so nothing is marked
read), and a body only when `fetch` is called. A UIDVALIDITY change rescans that folder within
the query window (bounded by `max_first_scan`); the engine drops Message-IDs it already knows,
so a rescan never duplicates evidence. Drafts and Sent are found by SPECIAL-USE flags, then by
common names. Drafts live in imap_drafts; connection, login and retries in imap_conn.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
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
    StoredDraft,
)
from afterview.connectors.errors import ConnectorError, CursorExpiredError, NotFoundError
from afterview.connectors.imap_conn import ImapOptions, ImapSession, parse_options
from afterview.connectors.imap_drafts import ImapDrafts
from afterview.connectors.mime import MAX_RAW_BYTES, parse_headers, parse_message

log = logging.getLogger(__name__)

_CURSOR_VERSION = 1
_BATCH = 200
PAGE_SIZE = 2000
# IMAP SINCE compares dates only, and INTERNALDATE can trail the Date header: search a day wider.
_SLACK = timedelta(days=1)
DRAFT_NAMES = ("Drafts", "Draft", "Entwürfe", "Brouillons", "Borradores", "Bozze", "Concepten")
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "Gesendet", "Gesendete Elemente",
              "Envoyés", "Enviados", "Inviata", "Verzonden")


@dataclass(frozen=True)
class _Mark:
    name: str
    validity: int
    uidnext: int


@dataclass(frozen=True)
class _Progress:
    """Where one folder's listing stands: every UID up to `after_uid` is read."""

    name: str
    validity: int  # 0 until the folder was looked at
    after_uid: int
    bounded: bool  # a first scan (or rescan) within the query window, not "every UID after"
    idle_below: int = 0  # the UIDNEXT of the finished mark it starts from, until it advances

    def at(self, validity: int) -> _Progress:
        return replace(self, validity=validity)

    def after(self, uid: int | None) -> _Progress:
        return self if uid is None else replace(self, after_uid=uid, idle_below=0)


@dataclass(frozen=True)
class _Found:
    """One folder's part of a listing: its progress, the UIDs left, headers of the first ones, its next mark."""

    progress: _Progress
    uids: list[int]
    headers: list[tuple[int, MessageHeader | None]]
    mark: _Mark


_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _merge(found: Mapping[str, _Found], size: int) -> dict[str, list[tuple[int, MessageHeader | None]]]:
    """Given each folder's headers in UID order, returns the first `size` by date, a prefix of each folder."""
    taken = {label: 0 for label in found}
    for _ in range(size):
        heads = [(h.date if h is not None else _EARLIEST, n, label)
                 for n, (label, f) in enumerate(found.items()) if taken[label] < len(f.headers)
                 for h in (f.headers[taken[label]][1],)]
        if not heads:
            break
        taken[min(heads)[2]] += 1
    return {label: f.headers[: taken[label]] for label, f in found.items()}


def _pick(folders: list[tuple[tuple[bytes, ...], str]], flag: bytes, names: tuple[str, ...]) -> str | None:
    for flags, name in folders:
        if flag in {f.lower() for f in flags}:
            return name
    wanted = [n.lower() for n in names]
    leaves = {name: name.replace(".", "/").rsplit("/", 1)[-1].lower() for _, name in folders}
    for candidate in wanted:  # in order of preference: "Drafts" before "Draft"
        for name, leaf in leaves.items():
            if leaf == candidate:
                return name
    return None


class ImapMailbox:
    """An IMAP account: INBOX and Sent are read, owned drafts are APPENDed to Drafts."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(self, options: ImapOptions, ctx: ConnectorContext, session: ImapSession | None = None) -> None:
        self.options = options
        self.ctx = ctx
        self.session = session or ImapSession(options, ctx)
        self._folders: dict[str, str | None] | None = None
        self._inbox_uidnext: int | None = None
        self.page_size = PAGE_SIZE
        self.drafts = ImapDrafts(self.session, ctx, self._drafts_folder, lambda: datetime.now(ctx.timezone))

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {host, port, security, username, auth, ssl_ca_file, inbox, sent, drafts, timeout,
        max_first_scan}, returns it without connecting; raises ConnectorConfigError."""
        return cls(parse_options(options), ctx)

    # ------------------------------------------------------------ folders

    def _resolve_folders(self, client: Any) -> dict[str, str | None]:
        if self._folders is None:
            listing = [(tuple(bytes(f) for f in flags), str(name)) for flags, _, name in client.list_folders()]
            names = {name for _, name in listing}
            found: dict[str, str | None] = {"inbox": self.options.inbox}
            for label, chosen, flag, common in (
                ("sent", self.options.sent, b"\\sent", SENT_NAMES),
                ("drafts", self.options.drafts, b"\\drafts", DRAFT_NAMES),
            ):
                if chosen is not None and chosen not in names:
                    raise ConnectorError(f"the IMAP folder {chosen!r} ({label}) does not exist",
                                         source=self.ctx.account, hint=f"check the {label} option")
                found[label] = chosen or _pick(listing, flag, common)
            self._folders = found
        return self._folders

    def _drafts_folder(self, client: Any) -> str:
        name = self._resolve_folders(client)["drafts"]
        if name is None:
            raise ConnectorError("no Drafts folder on the IMAP server", source=self.ctx.account,
                                 hint="create one in your mail client or set the drafts option")
        return name

    def _reading(self, client: Any) -> dict[Folder, str]:
        found = self._resolve_folders(client)
        folders: dict[Folder, str] = {"inbox": self.options.inbox}
        if found["sent"] is not None:
            folders["sent"] = found["sent"]
        return folders

    # ------------------------------------------------------------ reading mail

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given a cursor (None: first scan of mail since query.since), returns a page of new inbox and sent headers.

        A page holds at most `page_size` headers: each folder's next UIDs, merged by date, so
        every folder advances by a prefix of its UIDs and mail arriving meanwhile comes later.
        Raises CursorExpiredError for an unreadable cursor, TransientError / AuthError on server trouble.
        """
        marks, progress = self._load_cursor(cursor)

        def scan(client: Any) -> MessageChanges:
            problems: list[str] = []
            found: dict[str, _Found] = {}
            for label, name in self._reading(client).items():
                start = progress.get(label) or self._start(name, marks.get(label))
                found[label] = self._scan_folder(client, label, name, start, query, problems)
            page = _merge(found, self.page_size)
            more = any(f.uids[len(page[label]):] for label, f in found.items())
            headers = [h for label, f in found.items() for _, h in page[label]
                       if h is not None and (not f.progress.bounded or h.date >= query.since)]
            headers.sort(key=lambda h: (h.date, h.ref))
            self._inbox_uidnext = found["inbox"].mark.uidnext
            if more:
                steps = {label: f.progress.after(page[label][-1][0] if page[label] else None)
                         for label, f in found.items()}
                return MessageChanges(tuple(headers), self._dump_cursor(marks, steps), tuple(problems), more=True)
            return MessageChanges(tuple(headers), self._dump_cursor({k: f.mark for k, f in found.items()}),
                                  tuple(problems))

        return self.session.run("list messages", scan)

    @staticmethod
    def _start(name: str, prev: _Mark | None) -> _Progress:
        """Given a folder's last mark, returns where its next listing starts (a first scan without one)."""
        if prev is None or prev.name != name:
            return _Progress(name, 0, 0, bounded=True)
        return _Progress(name, prev.validity, prev.uidnext - 1, bounded=False, idle_below=prev.uidnext)

    def _scan_folder(
        self, client: Any, label: Folder, name: str, start: _Progress, query: MailQuery, problems: list[str]
    ) -> _Found:
        status = self.session.status(client, name, ["UIDVALIDITY", "UIDNEXT"])
        validity, uidnext = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        if start.validity and start.validity != validity:
            if not start.idle_below:
                raise CursorExpiredError(f"the IMAP folder {label} was renumbered mid-listing",
                                         source=self.ctx.account)
            log.info("%s: %s changed UIDVALIDITY; rescanning mail since %s", self.ctx.account, label,
                     query.since.date())
            start = _Progress(name, 0, 0, bounded=True)
        if not start.bounded and start.after_uid + 1 >= uidnext:
            # The idle case: one STATUS, nothing selected or fetched.
            return _Found(start.at(validity), [], [], _Mark(name, validity, max(uidnext, start.idle_below)))
        selected = self.session.select(client, name, readonly=True)
        validity = int(selected.get(b"UIDVALIDITY", validity))
        if start.bounded:
            day = (query.since - _SLACK).date()
            uids = [int(u) for u in client.search(["OR", "SINCE", day, "SENTSINCE", day])]
        else:
            # "n:*" always matches the highest UID even when it is below n, hence the filter.
            uids = [int(u) for u in client.search(["UID", f"{start.after_uid + 1}:*"])]
        uids = sorted(u for u in uids if u > start.after_uid)
        if start.bounded and not start.after_uid and len(uids) > self.options.max_first_scan:
            problems.append(f"{label}: {len(uids)} messages in the window; only the newest "
                            f"{self.options.max_first_scan} were read (max_first_scan)")
            uids = uids[-self.options.max_first_scan :]
        top = max(uids, default=0) + 1
        mark = _Mark(name, validity, max(uidnext, int(selected.get(b"UIDNEXT", 0)), top, start.idle_below))
        # Headers of no more than a page per folder: the merge keeps a prefix of each.
        headers = self._headers(client, label, validity, uids[: self.page_size], problems)
        return _Found(start.at(validity), uids, headers, mark)

    def _headers(
        self, client: Any, label: Folder, validity: int, uids: list[int], problems: list[str]
    ) -> list[tuple[int, MessageHeader | None]]:
        """Given UIDs of the selected folder, returns (uid, header or None if skipped) for each, in UID order."""
        out: list[tuple[int, MessageHeader | None]] = []
        for start in range(0, len(uids), _BATCH):
            chunk = uids[start : start + _BATCH]
            response = client.fetch(chunk, [b"BODY.PEEK[HEADER]", b"INTERNALDATE", b"FLAGS"])
            for uid in chunk:
                item = response.get(uid)
                if not item or b"\\Draft" in item.get(b"FLAGS", ()):
                    # Expunged between SEARCH and FETCH, or a draft kept outside Drafts: still not mail.
                    out.append((uid, None))
                    continue
                data = item.get(b"BODY[HEADER]")
                if not isinstance(data, bytes) or not data.strip():
                    problems.append(f"{label}/{uid}: no message header; skipped")
                    out.append((uid, None))
                    continue
                received = item.get(b"INTERNALDATE")
                fallback = received if isinstance(received, datetime) and received.tzinfo else None
                out.append((uid, parse_headers(data, ref=f"{label}/{validity}/{uid}", folder=label,
                                               fallback_date=fallback)))
        return out

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the whole message (body read now); raises NotFoundError."""
        label, validity, uid = self._parse_ref(header.ref)

        def get(client: Any) -> MailMessage:
            name = self._reading(client).get(label)  # type: ignore[call-overload]
            if name is None:
                raise NotFoundError("the message's folder is gone", source=self.ctx.account)
            selected = self.session.select(client, name, readonly=True)
            wanted = [uid]
            if int(selected.get(b"UIDVALIDITY", 0)) != validity:
                # UIDs were renumbered: find the message again by its Message-ID.
                wanted = [u for u in client.search(["HEADER", "Message-ID", header.message_id])][-1:]
            # One byte past the cap, so the parser can tell the message was cut.
            part = f"BODY.PEEK[]<0.{MAX_RAW_BYTES + 1}>"
            response = client.fetch(wanted, [part]) if wanted else {}
            item = response.get(wanted[0], {}) if wanted else {}
            data = next((v for k, v in item.items() if k.startswith(b"BODY[]")), None)
            if not isinstance(data, bytes):
                raise NotFoundError("the message is gone from the IMAP folder", source=self.ctx.account)
            return parse_message(data, ref=header.ref, folder=header.folder, fallback_date=header.date)

        return self.session.run("fetch message", get)

    def _parse_ref(self, ref: str) -> tuple[str, int, int]:
        try:
            label, validity, uid = ref.split("/")
            return label, int(validity), int(uid)
        except ValueError:
            raise NotFoundError("not a message reference of this mailbox", source=self.ctx.account) from None

    # ------------------------------------------------------------ IDLE

    def wait_for_changes(self, timeout: float) -> bool:
        """Given seconds to wait, returns True as soon as the inbox changes (IDLE), False on timeout.

        Returns True at once if mail arrived since the last list_messages. Without IDLE on the
        server it sleeps `timeout` and returns False. Raises TransientError / AuthError.
        """

        def wait(client: Any) -> bool:
            if "IDLE" not in self.session.capabilities:
                time.sleep(timeout)
                return False
            selected = self.session.select(client, self.options.inbox, readonly=True)
            known = self._inbox_uidnext
            if known is not None and int(selected.get(b"UIDNEXT", known)) > known:
                return True
            client.idle()
            try:
                responses = client.idle_check(timeout=timeout)
            finally:
                client.idle_done()
            return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)

        return self.session.run("idle", wait)

    # ------------------------------------------------------------ cursor

    def _load_cursor(self, cursor: str | None) -> tuple[dict[str, _Mark], dict[str, _Progress]]:
        """Given a cursor, returns the finished marks and, mid-listing, each folder's progress (else empty)."""
        if cursor is None:
            return {}, {}
        try:
            blob = json.loads(cursor)
            if blob.get("v") != _CURSOR_VERSION or blob.get("a") != self._identity():
                raise ValueError("other account")
            marks = {label: _Mark(str(m[0]), int(m[1]), int(m[2])) for label, m in blob["f"].items()}
            steps = blob.get("c", {})
            return marks, {label: _Progress(str(p[0]), int(p[1]), int(p[2]), bool(p[3]), int(p[4]))
                           for label, p in steps.items()}
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            raise CursorExpiredError("the IMAP cursor does not fit this mailbox", source=self.ctx.account) from None

    def _identity(self) -> str:
        return f"{self.options.username}@{self.options.host}:{self.options.port}"

    def _dump_cursor(self, marks: Mapping[str, _Mark], steps: Mapping[str, _Progress] | None = None) -> str:
        blob: dict[str, Any] = {"v": _CURSOR_VERSION, "a": self._identity(),
                                "f": {label: [m.name, m.validity, m.uidnext] for label, m in marks.items()}}
        if steps is not None:
            blob["c"] = {label: [p.name, p.validity, p.after_uid, p.bounded, p.idle_below]
                         for label, p in steps.items()}
        return json.dumps(blob, ensure_ascii=False, separators=(",", ":"))

    # ------------------------------------------------------------ drafts

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft in the Drafts folder."""
        return self.drafts.list_drafts()

    def find_draft(self, key: str) -> StoredDraft | None:
        """Returns the owned draft with this idempotency key, or None."""
        return self.drafts.find_draft(key)

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Appends a new owned draft (never sends); if one with this key exists, returns it unchanged."""
        return self.drafts.save_draft(draft)

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Replaces the owned draft at `ref` (same Message-ID) if its fingerprint is `expected`."""
        return self.drafts.update_draft(ref, draft, expected)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if its fingerprint is `expected`."""
        self.drafts.delete_draft(ref, expected)

    def close(self) -> None:
        """Logs out of the server if a connection is open."""
        self.session.close()
