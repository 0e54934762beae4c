"""A calendar kept as a vdir collection: one folder of .ics files (vdirsyncer, khal, pimsync).

Reads every .ics file (dotfiles and other names skipped) through `afterview.connectors.ical`,
keeps an incremental cursor of file -> (inode, mtime, size, UIDs, time span), and writes owned
ticklers as `<uid>.ics` files atomically (temp file in the same folder, fsync, rename).
A file afterview did not write is never changed or removed.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Self
from zoneinfo import ZoneInfo

from afterview.connectors.base import (
    CalendarEvent,
    Capability,
    ConnectorContext,
    EventChanges,
    StoredTickler,
    Tickler,
    artifact_uid,
)
from afterview.connectors.errors import (
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
)
from afterview.connectors.ical import parse_calendar, stored_tickler_from_ics, tickler_to_ics
from afterview.connectors.options import check_known, flag
from afterview.connectors.prefetch import Prefetcher
from afterview.connectors.vdir_files import (
    Sig,
    atomic_create,
    atomic_replace,
    list_ics,
    read_file,
    remove_file,
    signature,
)

_OPTIONS = frozenset({"path", "tickler_path", "create"})
_CURSOR_VERSION = 1
# How much of each file a read-ahead helper reads: more than nearly every event file holds.
READ_AHEAD_BYTES = 65536

# ---------------------------------------------------------------- cursor


@dataclass(frozen=True)
class FileEntry:
    """What the cursor remembers of one file: its signature, UIDs and time span (epoch seconds)."""

    sig: Sig
    uids: frozenset[str]
    span: tuple[float, float | None] | None

    @classmethod
    def make(cls, sig: Sig, uids: frozenset[str], span: tuple[datetime, datetime | None] | None) -> FileEntry:
        if span is None:
            return cls(sig, uids, None)
        return cls(sig, uids, (span[0].timestamp(), span[1].timestamp() if span[1] else None))


def needs_reread(entry: FileEntry, old: tuple[datetime, datetime], new: tuple[datetime, datetime]) -> bool:
    """Given an unchanged file and the old and new windows, returns whether it may show new events.

    True when part of the file's span inside the new window lies outside the old window.
    """
    if old == new or entry.span is None:
        return False
    low = max(entry.span[0], new[0].timestamp())
    high = new[1].timestamp() if entry.span[1] is None else min(entry.span[1], new[1].timestamp())
    if low > high:
        return False
    return not (old[0].timestamp() <= low and high <= old[1].timestamp())


@dataclass(frozen=True)
class Cursor:
    """The state between two list_events calls, as a compact compressed JSON string."""

    roots: list[str]
    tz: str
    window: tuple[datetime, datetime]
    files: dict[str, FileEntry]

    def encode(self) -> str:
        files = {
            key: [*entry.sig, sorted(entry.uids), *(entry.span or (None, None))]
            for key, entry in self.files.items()
        }
        blob = {
            "v": _CURSOR_VERSION,
            "roots": self.roots,
            "tz": self.tz,
            "w": [self.window[0].timestamp(), self.window[1].timestamp()],
            "f": files,
        }
        raw = json.dumps(blob, separators=(",", ":"), ensure_ascii=False).encode()
        return base64.urlsafe_b64encode(zlib.compress(raw, 6)).decode("ascii")

    @classmethod
    def decode(cls, text: str, *, roots: list[str], tz: str) -> Cursor:
        """Given a cursor string, returns it; raises CursorExpiredError if unreadable or foreign."""
        try:
            blob = json.loads(zlib.decompress(base64.urlsafe_b64decode(text.encode("ascii"))))
            if blob["v"] != _CURSOR_VERSION or blob["roots"] != roots or blob["tz"] != tz:
                raise ValueError("cursor of another collection, zone or version")
            window = (datetime.fromtimestamp(blob["w"][0], UTC), datetime.fromtimestamp(blob["w"][1], UTC))
            files = {
                str(key): FileEntry(
                    (int(v[0]), int(v[1]), int(v[2])),
                    frozenset(str(u) for u in v[3]),
                    None if v[4] is None else (float(v[4]), None if v[5] is None else float(v[5])),
                )
                for key, v in blob["f"].items()
            }
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as exc:
            reason = type(exc).__name__
            raise CursorExpiredError(f"vdir cursor not usable ({reason}); listing again") from None
        return cls(roots=roots, tz=tz, window=window, files=files)


def _folder(options: Mapping[str, Any], key: str, create: bool) -> Path:
    raw = options[key]
    if not isinstance(raw, (str, os.PathLike)) or not str(raw).strip():
        raise ConnectorConfigError(key, "must be a folder path")
    folder = Path(os.path.expanduser(str(raw)))
    if not folder.exists():
        if not create:
            raise ConnectorConfigError(key, f"folder {folder} does not exist (set create = true to make it)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConnectorConfigError(key, f"cannot create {folder}: {exc.strerror}") from None
    if not folder.is_dir():
        raise ConnectorConfigError(key, f"{folder} is not a folder")
    return folder


def _overlaps(event: CalendarEvent, window: tuple[datetime, datetime]) -> bool:
    if event.start == event.end:
        return window[0] <= event.start < window[1]
    return event.start < window[1] and event.end > window[0]


@dataclass(frozen=True)
class _Owned:
    stored: StoredTickler
    sig: tuple[int, int, int]


class VdirCalendar:
    """A vdir calendar collection; ticklers go to `tickler_path` (default: the same folder)."""

    capabilities: ClassVar[frozenset[str]] = frozenset({
        Capability.INCREMENTAL_EVENTS,
        Capability.RECURRENCE,
        Capability.REMOVAL_DETECTION,
        Capability.ETAG_PRECONDITION,
    })

    def __init__(self, path: Path, tickler_path: Path, tz: ZoneInfo, account: str = "") -> None:
        self.path = path
        self.tickler_path = tickler_path
        self.tz = tz
        self.account = account
        # Tickler folder scan cache: file name -> (signature, owned tickler or None).
        self._scanned: dict[str, tuple[Sig, StoredTickler | None]] = {}
        self._prefetch = Prefetcher()

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {"path", "tickler_path"?, "create"?} and the context, returns the connector.

        Raises ConnectorConfigError naming the bad option.
        """
        check_known(options, _OPTIONS, "vdir")
        if "path" not in options:
            raise ConnectorConfigError("path", "required: the vdir collection folder")
        create = flag(options, "create")
        path = _folder(options, "path", create)
        tickler_path = _folder(options, "tickler_path", create) if "tickler_path" in options else path
        if not os.access(tickler_path, os.W_OK | os.X_OK):
            key = "tickler_path" if "tickler_path" in options else "path"
            raise ConnectorConfigError(key, f"folder {tickler_path} is not writable")
        return cls(path, tickler_path, ctx.timezone, ctx.account)

    # ------------------------------------------------------------ reading

    def _roots(self) -> list[Path]:
        roots = [self.path]
        if self.tickler_path.resolve() != self.path.resolve():
            roots.append(self.tickler_path)
        return roots

    def _error(self, message: str, exc: OSError) -> ConnectorError:
        return ConnectorError(f"{message}: {exc.strerror or exc}", source=self.account)

    def list_events(self, cursor: str | None, window: tuple[datetime, datetime]) -> EventChanges:
        """Given the last cursor (None: all) and a window, returns the events of new or changed files.

        Removed UIDs are those no file names any more. Raises CursorExpiredError for a cursor
        of another folder or zone, ConnectorError when the folder is unreadable.
        """
        roots = [str(root) for root in self._roots()]
        old = Cursor.decode(cursor, roots=roots, tz=self.tz.key) if cursor is not None else None
        files: dict[str, FileEntry] = {}
        events: list[CalendarEvent] = []
        problems: list[str] = []
        gone: set[str] = set()
        for index, root in enumerate(self._roots()):
            try:
                names = list_ics(root)
            except OSError as exc:
                raise self._error(f"cannot list calendar folder {root}", exc) from None
            todo: list[tuple[str, str, FileEntry | None]] = []
            for name, sig in names.items():
                key = f"{index}/{name}"
                before = old.files.get(key) if old else None
                if old and before and before.sig == sig and not needs_reread(before, old.window, window):
                    files[key] = before
                    continue
                todo.append((name, key, before))
            # A first read of a big collection waits on the disk for each file: a helper reads them ahead.
            self._prefetch.start((os.path.join(root, name) for name, _, _ in todo), READ_AHEAD_BYTES)
            for name, key, before in todo:
                try:
                    data, sig = read_file(root / name)
                except FileNotFoundError:  # removed between listing and reading
                    continue
                except OSError as exc:
                    problems.append(f"{root / name}: unreadable: {exc.strerror or exc}")
                    continue
                parsed = parse_calendar(data, tz=self.tz, window=window, source=str(root / name))
                found = list(parsed.events)
                if old and before and before.sig == sig:
                    # Unchanged file read again only because the window moved: what overlapped
                    # the old window was reported then.
                    found = [e for e in found if not _overlaps(e, old.window)]
                else:
                    problems.extend(parsed.problems)
                events.extend(found)
                uids = parsed.uids
                if not uids and parsed.problems and before:
                    uids = before.uids  # a half-written or broken file does not delete its events
                files[key] = FileEntry.make(sig, uids, parsed.span)
                if before:
                    gone |= before.uids
            self._prefetch.stop()
        if old:
            gone |= {uid for key, entry in old.files.items() if key not in files for uid in entry.uids}
        present = {uid for entry in files.values() for uid in entry.uids}
        new_cursor = Cursor(roots=roots, tz=self.tz.key, window=window, files=files).encode()
        return EventChanges(
            events=tuple(events),
            cursor=new_cursor,
            full=old is None,
            removed=tuple(sorted(gone - present)) if old else (),
            problems=tuple(problems),
        )

    # ------------------------------------------------------------ owned ticklers

    def _ref_path(self, ref: str) -> Path:
        if not ref or "/" in ref or os.sep in ref or ref.startswith(".") or not ref.endswith(".ics"):
            raise NotFoundError(f"no tickler file {ref!r}", source=self.account)
        return self.tickler_path / ref

    def _read_owned(self, ref: str) -> _Owned | None:
        """Given a file name, returns its owned tickler or None if not owned; raises NotFoundError."""
        try:
            data, sig = read_file(self._ref_path(ref))
        except FileNotFoundError:
            raise NotFoundError(f"tickler file {ref} is gone", source=self.account) from None
        except OSError as exc:
            raise self._error(f"cannot read {ref}", exc) from None
        stored = stored_tickler_from_ics(data, ref=ref, etag=signature(sig), tz=self.tz)
        return _Owned(stored, sig) if stored else None

    def list_ticklers(self) -> list[StoredTickler]:
        """Returns every owned tickler in the tickler folder (files with the owner tag).

        Files are re-read only when their signature changed since the last scan; guarded
        writes never trust this cache and read the file again.
        """
        try:
            names = list_ics(self.tickler_path)
        except OSError as exc:
            raise self._error(f"cannot list {self.tickler_path}", exc) from None
        for name in set(self._scanned) - set(names):
            del self._scanned[name]
        found: list[StoredTickler] = []
        for name, listed in sorted(names.items()):
            cached = self._scanned.get(name)
            if cached is None or cached[0] != listed:
                try:
                    data, sig = read_file(self.tickler_path / name)
                except OSError:
                    self._scanned.pop(name, None)
                    continue
                stored = None
                if b"X-AFTERVIEW-OWNER" in data.upper():
                    stored = stored_tickler_from_ics(data, ref=name, etag=signature(sig), tz=self.tz)
                cached = self._scanned[name] = (sig, stored)
            if cached[1] is not None:
                found.append(cached[1])
        return found

    def find_tickler(self, key: str) -> StoredTickler | None:
        """Returns the owned tickler with this key: its own file first, then any renamed copy."""
        name = f"{artifact_uid(key)}.ics"
        try:
            owned = self._read_owned(name)
        except NotFoundError:
            owned = None
        if owned and owned.stored.key == key:
            return owned.stored
        # A sync tool may have renamed the file; the key inside still identifies it.
        return next((t for t in self.list_ticklers() if t.key == key), None)

    def create_tickler(self, tickler: Tickler) -> StoredTickler:
        """Writes `<uid>.ics` for a new tickler; returns the existing one if the key is there."""
        existing = self.find_tickler(tickler.key)
        if existing:
            return existing
        name = f"{tickler.uid}.ics"
        try:
            created = atomic_create(self.tickler_path, name, tickler_to_ics(tickler, self.tz))
        except OSError as exc:
            raise self._error(f"cannot write {name}", exc) from None
        if not created:  # someone else's file holds the name, or ours appeared meanwhile
            again = self.find_tickler(tickler.key)
            if again:
                return again
            raise ConflictError(f"{name} exists and is not afterview's", source=self.account)
        stored = self._read_owned(name)
        if stored is None:
            raise ConflictError(f"{name} changed right after it was written", source=self.account)
        return stored.stored

    def _guard(self, ref: str, expected: str, key: str | None) -> _Owned:
        owned = self._read_owned(ref)
        if owned is None:
            raise ConflictError(f"{ref} is not an afterview tickler", source=self.account)
        if key is not None and owned.stored.key != key:
            raise ConflictError(f"{ref} holds another tickler", source=self.account)
        if owned.stored.fingerprint != expected:
            raise ConflictError(f"{ref} was changed by the user", source=self.account)
        return owned

    def update_tickler(self, ref: str, tickler: Tickler, expected: str) -> StoredTickler:
        """Rewrites the tickler file `ref` in place if it still holds what afterview wrote.

        Raises ConflictError (edited, not owned, or changed meanwhile), NotFoundError (gone).
        """
        owned = self._guard(ref, expected, tickler.key)
        path = self._ref_path(ref)
        try:
            if not atomic_replace(path, tickler_to_ics(tickler, self.tz), expect=owned.sig):
                raise ConflictError(f"{ref} changed while afterview updated it", source=self.account)
        except FileNotFoundError:
            raise NotFoundError(f"tickler file {ref} is gone", source=self.account) from None
        except OSError as exc:
            raise self._error(f"cannot write {ref}", exc) from None
        stored = self._read_owned(ref)
        if stored is None:
            raise ConflictError(f"{ref} changed right after it was written", source=self.account)
        return stored.stored

    def delete_tickler(self, ref: str, expected: str) -> None:
        """Removes the tickler file `ref` if it still holds what afterview wrote; raises as update does."""
        owned = self._guard(ref, expected, None)
        try:
            if not remove_file(self._ref_path(ref), expect=owned.sig):
                raise ConflictError(f"{ref} changed while afterview removed it", source=self.account)
        except FileNotFoundError:
            raise NotFoundError(f"tickler file {ref} is gone", source=self.account) from None
        except OSError as exc:
            raise self._error(f"cannot remove {ref}", exc) from None

    def close(self) -> None:
        """Stops the read-ahead helper of a long first read, if one still runs."""
        self._prefetch.stop()
