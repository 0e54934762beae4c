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
from dataclasses import dataclass
from datetime import datetime, timedelta
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
        """Given a cursor (None: first scan of mail since query.since), returns new inbox and sent headers.

        Raises CursorExpiredError for an unreadable cursor, TransientError / AuthError on server trouble.
        """
        marks = self._load_cursor(cursor)

        def scan(client: Any) -> MessageChanges:
            headers: list[MessageHeader] = []
            problems: list[str] = []
            new_marks: dict[str, _Mark] = {}
            for label, name in self._reading(client).items():
                found, mark = self._scan_folder(client, label, name, marks.get(label), query, problems)
                headers.extend(found)
                new_marks[label] = mark
            headers.sort(key=lambda h: (h.date, h.ref))
            self._inbox_uidnext = new_marks["inbox"].uidnext
            return MessageChanges(tuple(headers), self._dump_cursor(new_marks), tuple(problems))

        return self.session.run("list messages", scan)

    def _scan_folder(
        self, client: Any, label: Folder, name: str, prev: _Mark | None, query: MailQuery, problems: list[str]
    ) -> tuple[list[MessageHeader], _Mark]:
        status = self.session.status(client, name, ["UIDVALIDITY", "UIDNEXT"])
        validity, uidnext = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        same = prev is not None and prev.name == name and prev.validity == validity
        if same and prev is not None and prev.uidnext >= uidnext:
            return [], prev  # the idle case: one STATUS, nothing selected or fetched
        selected = self.session.select(client, name, readonly=True)
        validity = int(selected.get(b"UIDVALIDITY", validity))
        if same and prev is not None:
            # "n:*" always matches the highest UID even when it is below n, hence the filter.
            uids = [u for u in client.search(["UID", f"{prev.uidnext}:*"]) if u >= prev.uidnext]
            bounded = False
        else:
            if prev is not None:
                log.info("%s: %s changed UIDVALIDITY; rescanning mail since %s", self.ctx.account, label,
                         query.since.date())
            day = (query.since - _SLACK).date()
            uids = list(client.search(["OR", "SINCE", day, "SENTSINCE", day]))
            bounded = True
        uids = sorted(int(u) for u in uids)
        if len(uids) > self.options.max_first_scan:
            problems.append(f"{label}: {len(uids)} messages in the window; only the newest "
                            f"{self.options.max_first_scan} were read (max_first_scan)")
            uids = uids[-self.options.max_first_scan :]
        headers = self._headers(client, label, validity, uids, problems)
        if bounded:
            headers = [h for h in headers if h.date >= query.since]
        top = max(uids, default=0) + 1
        return headers, _Mark(name, validity, max(uidnext, int(selected.get(b"UIDNEXT", 0)), top))

    def _headers(
        self, client: Any, label: Folder, validity: int, uids: list[int], problems: list[str]
    ) -> list[MessageHeader]:
        headers: list[MessageHeader] = []
        for start in range(0, len(uids), _BATCH):
            chunk = uids[start : start + _BATCH]
            response = client.fetch(chunk, [b"BODY.PEEK[HEADER]", b"INTERNALDATE", b"FLAGS"])
            for uid in chunk:
                item = response.get(uid)
                if not item:
                    continue  # expunged between SEARCH and FETCH
                if b"\\Draft" in item.get(b"FLAGS", ()):
                    continue  # a draft kept outside Drafts is still not mail
                data = item.get(b"BODY[HEADER]")
                if not isinstance(data, bytes) or not data.strip():
                    problems.append(f"{label}/{uid}: no message header; skipped")
                    continue
                received = item.get(b"INTERNALDATE")
                fallback = received if isinstance(received, datetime) and received.tzinfo else None
                headers.append(parse_headers(data, ref=f"{label}/{validity}/{uid}", folder=label,
                                             fallback_date=fallback))
        return headers

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

    def _load_cursor(self, cursor: str | None) -> dict[str, _Mark]:
        if cursor is None:
            return {}
        try:
            blob = json.loads(cursor)
            if blob.get("v") != _CURSOR_VERSION or blob.get("a") != self._identity():
                raise ValueError("other account")
            return {label: _Mark(str(m[0]), int(m[1]), int(m[2])) for label, m in blob["f"].items()}
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            raise CursorExpiredError("the IMAP cursor does not fit this mailbox", source=self.ctx.account) from None

    def _identity(self) -> str:
        return f"{self.options.username}@{self.options.host}:{self.options.port}"

    def _dump_cursor(self, marks: Mapping[str, _Mark]) -> str:
        blob = {"v": _CURSOR_VERSION, "a": self._identity(),
                "f": {label: [m.name, m.validity, m.uidnext] for label, m in marks.items()}}
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
