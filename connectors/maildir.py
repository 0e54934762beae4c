"""The Maildir mailbox (mbsync, offlineimap, Dovecot, notmuch): inbox and sent read, owned drafts written.

Messages are found again by file *stem* (the name without flags or mbsync's UID), so
mbsync's renames never lose or repeat a message. Drafts are found by their headers
(Message-ID, X-Afterview-Key), never by file name, and a draft without the owner header
is the user's and is never read past its header, listed or touched. Maildir messages are
immutable by convention (mbsync and notmuch rely on it), so an update writes a new file
with the same Message-ID and then removes the old one.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Self, cast

from afterview.connectors.base import (
    OWNER,
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
from afterview.connectors.errors import (
    ConflictError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
)
from afterview.connectors.maildir_fs import (
    HEAD_CHUNK,
    Layout,
    MailFile,
    Needles,
    compile_needles,
    draft_name,
    locate,
    may_concern,
    read_head,
    read_limited,
    scan,
    write_atomic,
)
from afterview.connectors.maildir_options import resolve_options
from afterview.connectors.maildir_pages import WINDOW_NS, Candidate, Cursor, Pass, build, decode, dump, load
from afterview.connectors.mime import (
    MAX_RAW_BYTES,
    parse_headers,
    parse_message,
    render_draft,
    stored_draft_from_bytes,
)
from afterview.connectors.prefetch import Prefetcher

# First scan: files older than `since` by more than this are skipped without being opened.
_PREFILTER = timedelta(days=1)
# Files read per page: about 5 MB of headers, whatever the mailbox's size.
PAGE_SIZE = 2000
_FIELD = re.compile(rb"^[!-9;-~]+[ \t]*:")


@dataclass(frozen=True)
class _DraftFile:
    file: MailFile
    message_id: str
    stored: StoredDraft | None  # None: the user's own draft


class MaildirMailbox:
    """A Maildir tree: the inbox and sent folders are read, owned drafts go into Drafts."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(
        self,
        *,
        root: Path,
        layout: Layout,
        inbox: Path,
        sent: Path | None,
        drafts: Path,
        ctx: ConnectorContext,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.root = root
        self.layout = layout
        self.folders: dict[Folder, Path] = {"inbox": inbox}
        if sent is not None:
            self.folders["sent"] = sent
        self.drafts = drafts
        self.ctx = ctx
        self.page_size = page_size
        # ref -> (file path, header) of every header the last page returned, so fetch opens the file directly
        # instead of scanning the folder per message (quadratic on a big first scan) and keeps the header.
        self._paths: dict[str, tuple[str, MessageHeader]] = {}
        self._needles: tuple[tuple[frozenset[str], frozenset[str]], Needles | None] = ((frozenset(), frozenset()), None)
        self._pass: Pass | None = None  # the listing in progress, kept between its pages
        self._prefetch = Prefetcher()  # reads the heads of a long listing's later pages ahead

    # ------------------------------------------------------------ configuration

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {path, layout, inbox, sent, drafts, create}, returns it; raises ConnectorConfigError."""
        found = resolve_options(options)
        return cls(
            root=found.root, layout=found.layout, inbox=found.inbox, sent=found.sent, drafts=found.drafts, ctx=ctx
        )

    # ------------------------------------------------------------ reading mail

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given a cursor (None: first scan of mail since query.since), returns a page of new inbox and sent headers.

        A page reads at most `page_size` files in (mtime, folder, stem) order; `more` says the
        cursor continues the listing. Raises CursorExpiredError for a cursor that does not fit
        these folders, ConnectorError when a folder cannot be listed.
        """
        parsed = self._load_cursor(cursor)
        live, self._pass = self._pass, None
        if live is None or cursor is None or cursor != live.token:
            now_ns = time.time_ns()
            # No file can be newer than now, whatever its Date says, so never skip past now.
            floor = min(int((query.since - _PREFILTER).timestamp() * 10**9), now_ns - WINDOW_NS)
            live = build(self.folders, parsed, parsed.resume.floor_ns if parsed.resume else floor, now_ns)
            self._read_ahead(live)
        else:
            self._prefetch.advance()  # this page was read ahead: the helper may go on to the next
        self._paths = {}
        headers: list[MessageHeader] = []
        problems: list[str] = []
        if (query.needles, query.thread_ids) != self._needles[0]:
            self._needles = ((query.needles, query.thread_ids), compile_needles(query.needles, query.thread_ids))
        for item in live.take(self.page_size):
            label = live.labels[item.label]
            header = self._read_header(label, self.folders[label], item, problems)
            live.read(item, failed=header is False)
            if not isinstance(header, MessageHeader):
                continue
            if label not in parsed.marks and header.date < query.since:
                continue
            headers.append(header)
        headers.sort(key=lambda h: (h.date, h.ref))
        if live.entries:
            live.token = dump(live.base.marks, live.resume)
            self._pass = live
            return MessageChanges(tuple(headers), live.token, tuple(problems), more=True)
        self._prefetch.stop()
        return MessageChanges(tuple(headers), dump(live.final_marks()), tuple(problems))

    def _read_header(self, label: Folder, folder: Path, item: Candidate, problems: list[str]) -> MessageHeader | bool:
        """Given a candidate, returns its header; True if the file is no message, False if unreadable for now."""
        path = folder / item.sub / item.name
        try:
            head = read_head(path)
        except FileNotFoundError:
            moved = locate(folder, item.stem)  # mbsync moved it new/ -> cur/ while we looked
            try:
                head = read_head(moved.path) if moved else b""
            except OSError:
                moved = None
            if moved is None:
                return False
            path = moved.path
        except OSError as exc:
            problems.append(f"{label}/{item.name}: unreadable ({exc.strerror})")
            return False
        if not _FIELD.match(head):
            problems.append(f"{label}/{item.name}: no message header; skipped")
            return True
        needles = self._needles[1]
        if label == "inbox" and needles is not None and not may_concern(head, needles):
            return True  # names nothing the engine looks for: not worth parsing (MailQuery.needles)
        mtime = datetime.fromtimestamp(item.mtime_ns / 1e9, UTC)
        header = parse_headers(head, ref=f"{label}/{item.stem}", folder=label, fallback_date=mtime)
        self._paths[header.ref] = (os.fspath(path), header)
        return header

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the whole message; raises NotFoundError."""
        listed = self._paths.get(header.ref)
        data = _read_path(listed[0]) if listed is not None else None
        if data is None:
            label, _, wanted = header.ref.partition("/")
            folder = self.folders.get(label)  # type: ignore[call-overload]
            found = locate(folder, wanted) if folder is not None and wanted else None
            if found is None:
                raise NotFoundError("the message is gone from the Maildir", source=self.ctx.account)
            try:
                data = read_limited(found.path, MAX_RAW_BYTES)
            except FileNotFoundError:
                raise NotFoundError("the message is gone from the Maildir", source=self.ctx.account) from None
            except OSError as exc:
                raise ConnectorError(
                    f"cannot read {found.path.name}: {exc.strerror}", source=self.ctx.account
                ) from exc
        # A message file never changes, so the header this listing read from it is the one to keep.
        known = listed[1] if listed is not None and listed[1] == header else None
        return parse_message(data, ref=header.ref, folder=header.folder, fallback_date=header.date, header=known)

    # ------------------------------------------------------------ cursor

    def _load_cursor(self, cursor: str | None) -> Cursor:
        if cursor is None:
            return Cursor({})
        try:
            parsed = load(cursor)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            raise CursorExpiredError("the Maildir cursor is unreadable", source=self.ctx.account) from None
        paths = {label: mark.path for label, mark in parsed.marks.items()}
        if parsed.resume is not None:
            if set(parsed.resume.paths) != set(self.folders):
                raise CursorExpiredError("the Maildir folders changed since the last scan", source=self.ctx.account)
            paths.update(parsed.resume.paths)
        for label, path in paths.items():
            folder = self.folders.get(cast(Folder, label))
            if folder is None or str(folder) != path:
                raise CursorExpiredError("the Maildir folders changed since the last scan", source=self.ctx.account)
        return parsed

    # ------------------------------------------------------------ drafts

    def _draft_files(self) -> list[_DraftFile]:
        found: list[_DraftFile] = []
        for item in scan(self.drafts):
            try:
                head = read_head(item.path)
            except OSError:  # renamed or removed meanwhile; the user's business
                continue
            header = parse_headers(head, ref="", folder="inbox", fallback_date=datetime.fromtimestamp(0, UTC))
            stored = None
            if header.headers.get("x-afterview-owner", "").strip().lower() == OWNER:
                try:
                    data = read_limited(item.path, MAX_RAW_BYTES)
                except OSError:
                    continue
                stored = stored_draft_from_bytes(data, ref=f"drafts/{header.message_id}")
            found.append(_DraftFile(item, header.message_id, stored))
        # Newest first: after a crash mid-update the newer file is the current draft.
        found.sort(key=lambda d: (d.file.mtime_ns, d.file.path.name), reverse=True)
        return found

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft in the Drafts folder (one per key)."""
        by_key: dict[str, StoredDraft] = {}
        for entry in self._draft_files():
            if entry.stored is not None:
                by_key.setdefault(entry.stored.key, entry.stored)
        return list(by_key.values())

    def find_draft(self, key: str) -> StoredDraft | None:
        """Given an idempotency key, returns the owned draft holding it, or None."""
        for entry in self._draft_files():
            if entry.stored is not None and entry.stored.key == key:
                return entry.stored
        return None

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Writes a new owned draft into Drafts/cur (flag D, mode 0600), or returns the one with its key."""
        existing = self.find_draft(draft.key)
        if existing is not None:
            return existing
        data = render_draft(draft, date=datetime.now(self.ctx.timezone))
        self._write(draft.key, data)
        return self._stored(data, draft.message_id)

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Replaces the owned draft at `ref` (same Message-ID, new file) if its fingerprint is `expected`.

        Raises ConflictError if it changed, is not owned or holds another key; NotFoundError if gone.
        """
        current, stale = self._owned(ref, expected)
        assert current.stored is not None
        if current.stored.key != draft.key:
            raise ConflictError("the draft at this ref has another key", source=self.ctx.account)
        data = render_draft(draft, date=datetime.now(self.ctx.timezone), message_id=current.message_id)
        self._unchanged(current)
        self._write(draft.key, data, avoid=current.file.path.name)
        self._remove([current, *stale])
        return self._stored(data, current.message_id)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if its fingerprint is `expected`; raises as update does."""
        current, stale = self._owned(ref, expected)
        self._unchanged(current)
        self._remove([current, *stale])

    def _owned(self, ref: str, expected: str) -> tuple[_DraftFile, list[_DraftFile]]:
        label, _, message_id = ref.partition("/")
        entries = [e for e in self._draft_files() if e.message_id == message_id] if label == "drafts" else []
        if not entries:
            raise NotFoundError("the draft is gone from the Drafts folder", source=self.ctx.account)
        current = entries[0]
        if current.stored is None:
            raise ConflictError("the draft is no longer afterview's (owner header gone)", source=self.ctx.account)
        if current.stored.fingerprint != expected:
            raise ConflictError("the draft was edited since afterview wrote it", source=self.ctx.account)
        # Older copies left by a crash mid-update, still holding what afterview wrote.
        stale = [
            e
            for e in entries[1:]
            if e.stored is not None and e.stored.key == current.stored.key and e.stored.fingerprint == expected
        ]
        return current, stale

    def _unchanged(self, entry: _DraftFile) -> None:
        try:
            info = entry.file.path.stat()
        except FileNotFoundError:
            raise ConflictError("the draft moved while afterview looked at it", source=self.ctx.account) from None
        if (info.st_mtime_ns, info.st_size) != (entry.file.mtime_ns, entry.file.size):
            raise ConflictError("the draft changed while afterview looked at it", source=self.ctx.account)

    def _write(self, key: str, data: bytes, avoid: str = "") -> None:
        serial = 0
        name = draft_name(key)
        while name == avoid or (self.drafts / "cur" / name).exists():
            serial += 1
            name = draft_name(key, serial=serial)
        write_atomic(self.drafts, name, data)

    def _remove(self, entries: list[_DraftFile]) -> None:
        for entry in entries:
            try:
                entry.file.path.unlink()
            except FileNotFoundError:
                moved = locate(self.drafts, entry.file.stem)
                if moved is not None:
                    moved.path.unlink(missing_ok=True)
            except OSError as exc:
                raise ConnectorError(f"cannot remove draft file: {exc.strerror}", source=self.ctx.account) from exc

    def _stored(self, data: bytes, message_id: str) -> StoredDraft:
        stored = stored_draft_from_bytes(data, ref=f"drafts/{message_id}")
        if stored is None:  # render_draft always tags; this guards the invariant
            raise ConnectorError("rendered draft lost its owner header", source=self.ctx.account)
        return stored

    def _read_ahead(self, live: Pass) -> None:
        """Given a new pass, has a helper read the heads of its later pages ahead, a page at a time (the first is
        read now)."""
        self._prefetch.start(self._paths_of(live.entries[self.page_size:], live.labels), HEAD_CHUNK, self.page_size)

    def _paths_of(self, entries: list[str], labels: tuple[Folder, ...]) -> Iterator[str]:
        for entry in entries:
            item = decode(entry)
            yield os.path.join(self.folders[labels[item.label]], item.sub, item.name)

    def close(self) -> None:
        """Stops the read-ahead helper of a long listing, if one still runs."""
        self._prefetch.stop()


def _read_path(path: str) -> bytes | None:
    """Given the path a listing saw, returns the file's bytes; None if it was renamed or removed since."""
    try:
        return read_limited(Path(path), MAX_RAW_BYTES)
    except OSError:  # renamed (flags, mbsync UID) or removed since: the caller looks it up again
        return None
