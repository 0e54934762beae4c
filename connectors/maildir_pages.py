"""Paging a Maildir listing: candidate files in a stable order, and the cursor that resumes it.

A listing (first scan or incremental) is a *pass* over the candidate files of the inbox and
sent folders in (mtime, folder, stem) order; each page reads the next few of them. Between
pages of one process the sorted candidates stay in memory as one short string each (a
100,000-file first scan holds about 11 MB, shrinking page by page). The continuation cursor
holds the marks the pass started from, the key of the last file read, and the few stems the
end of the pass needs (read within the window, to retry), so a new process rescans and skips
what was read. Only the last page computes the final marks.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from afterview.connectors.base import Folder
from afterview.connectors.errors import ConnectorError
from afterview.connectors.maildir_fs import stem

CURSOR_VERSION = 1
# Stems of files this recent (by mtime, relative to the newest seen) stay in the cursor, so a
# file delivered with a slightly older mtime (sync tools that set it from the Date header,
# coarse clocks) is still new, while the cursor never has to list the whole mailbox.
WINDOW_NS = 2 * 24 * 3600 * 10**9
_SUBS = ("new", "cur")


@dataclass(frozen=True)
class Mark:
    """Where one folder's last finished pass stopped: the newest mtime and the stems seen near it."""

    path: str
    mark_ns: int
    seen: frozenset[str]


@dataclass
class Resume:
    """A pass in progress: its floor for first-scanned folders, the last key read, stems to keep."""

    paths: dict[str, str]
    floor_ns: int
    at: str = ""
    done: dict[str, set[str]] = field(default_factory=dict)  # read stems within the window
    retry: dict[str, set[str]] = field(default_factory=dict)  # unreadable now; the next pass retries


@dataclass(frozen=True)
class Cursor:
    """A parsed cursor: the marks of the last finished pass and, mid-pass, how to resume."""

    marks: dict[str, Mark]
    resume: Resume | None = None


class Candidate(NamedTuple):
    """One file of a pass, decoded from its compact entry."""

    key: str
    mtime_ns: int
    label: int
    stem: str
    sub: str
    name: str


def encode(mtime_ns: int, label: int, file_stem: str, sub: int, name: str) -> str:
    """Given a file's mtime, folder index, stem, new/cur index and name, returns its sortable entry.

    The key (before NUL) orders entries; the name is kept as its suffix after the stem when it can be.
    """
    tail = "=" + name[len(file_stem):] if name.startswith(file_stem) else "/" + name
    return f"{max(mtime_ns, 0):019d}{label}{file_stem}\0{sub}{tail}"


def decode(entry: str) -> Candidate:
    """Given an entry made by `encode`, returns its parts."""
    key, _, rest = entry.partition("\0")
    file_stem = key[20:]
    name = file_stem + rest[2:] if rest[1] == "=" else rest[2:]
    return Candidate(key, int(key[:19]), int(key[19]), file_stem, _SUBS[int(rest[0])], name)


def scan_names(folder: Path) -> Iterator[tuple[int, str, int]]:
    """Given a Maildir folder, yields (new/cur index, file name, mtime_ns) of its message files; raises ConnectorError.

    Streams the directory (no list of 100,000 entries) and makes no Path per file.
    """
    for index, sub in enumerate(_SUBS):
        try:
            with os.scandir(folder / sub) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if not entry.is_file():
                            continue
                        mtime_ns = entry.stat().st_mtime_ns
                    except OSError:  # renamed or removed since the listing: the next scan sees it
                        continue
                    yield index, entry.name, mtime_ns
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ConnectorError(f"cannot list {folder / sub}: {exc.strerror}") from exc


@dataclass
class Pass:
    """One listing in progress: the unread entries, the final marks, and what the cursor must carry."""

    labels: tuple[Folder, ...]
    base: Cursor
    resume: Resume
    entries: list[str]
    marks_ns: dict[Folder, int]
    recent: dict[Folder, set[str]]  # stems the final `seen` holds, unless they must be retried
    token: str = ""  # the continuation cursor this in-memory pass answers to

    def take(self, count: int) -> list[Candidate]:
        """Given a page size, removes and returns the next entries (their memory goes with them)."""
        page = [decode(e) for e in self.entries[:count]]
        del self.entries[:count]
        return page

    def read(self, item: Candidate, *, failed: bool) -> None:
        """Given a candidate just read (or not: `failed`), records it for the cursor."""
        label = self.labels[item.label]
        self.resume.at = item.key
        if failed:
            self.resume.retry.setdefault(label, set()).add(item.stem)
        elif item.mtime_ns >= self.marks_ns[label] - WINDOW_NS:
            self.resume.done.setdefault(label, set()).add(item.stem)

    def final_marks(self) -> dict[str, Mark]:
        """Returns each folder's mark once every entry is read."""
        return {
            label: Mark(
                self.resume.paths[label],
                self.marks_ns[label],
                frozenset(self.recent[label] - self.resume.retry.get(label, set())),
            )
            for label in self.labels
        }


def build(folders: Mapping[Folder, Path], cursor: Cursor, floor_ns: int, now_ns: int) -> Pass:
    """Given the folders, a parsed cursor, the first-scan floor and now, scans them; returns the pass.

    A folder with a mark lists files near or after it that its `seen` lacks; one without is
    first-scanned from `floor_ns`. When resuming, entries up to the cursor's key are skipped.
    """
    resume = cursor.resume or Resume({label: str(path) for label, path in folders.items()}, floor_ns)
    labels = tuple(folders)
    entries: list[str] = []
    marks_ns: dict[Folder, int] = {}
    kept: dict[Folder, list[tuple[str, int]]] = {}  # (stem, mtime) of read or seen files that may stay seen
    for index, (label, folder) in enumerate(folders.items()):
        prev = cursor.marks.get(label)
        done = resume.done.get(label, set())
        low = prev.mark_ns - WINDOW_NS if prev else resume.floor_ns
        newest = 0
        extra = kept.setdefault(label, [])
        for sub, name, mtime_ns in scan_names(folder):
            newest = max(newest, mtime_ns)
            if mtime_ns < low - WINDOW_NS:
                continue
            file_stem = stem(name)
            if prev is not None and file_stem in prev.seen:
                extra.append((file_stem, mtime_ns))
                continue
            if mtime_ns < low:
                if prev is None:  # just below a first scan's floor: seen, as before paging
                    extra.append((file_stem, mtime_ns))
                continue
            entry = encode(mtime_ns, index, file_stem, sub, name)
            if resume.at and entry < resume.at + "\1":  # read before the restart
                if file_stem in done:
                    extra.append((file_stem, mtime_ns))
                continue
            entries.append(entry)
        # A file stamped in the future must not push the mark past now and hide later mail.
        marks_ns[label] = max(prev.mark_ns if prev else 0, min(newest, now_ns))
    entries.sort()
    recent = {
        label: {s for s, m in kept[label] if m >= marks_ns[label] - WINDOW_NS} for label in labels
    }
    lowest = min((m - WINDOW_NS for m in marks_ns.values()), default=0)
    for entry in reversed(entries):  # sorted by mtime: the recent ones are at the end
        item = decode(entry)
        if item.mtime_ns < lowest:
            break
        label = labels[item.label]
        if item.mtime_ns >= marks_ns[label] - WINDOW_NS:
            recent[label].add(item.stem)
    return Pass(labels, cursor, resume, entries, marks_ns, recent)


# ---------------------------------------------------------------- cursor text


def load(text: str) -> Cursor:
    """Given a cursor's text, returns it parsed; raises ValueError, TypeError, KeyError or AttributeError."""
    blob = json.loads(text)
    if blob.get("v") != CURSOR_VERSION:
        raise ValueError("version")
    marks = {
        str(label): Mark(str(m["p"]), int(m["m"]), frozenset(str(s) for s in m["s"])) for label, m in blob["f"].items()
    }
    raw = blob.get("c")
    if raw is None:
        return Cursor(marks)
    resume = Resume(
        paths={str(k): str(v) for k, v in raw["d"].items()},
        floor_ns=int(raw["fl"]),
        at=str(raw["at"]),
        done={str(k): {str(s) for s in v} for k, v in raw["a"].items()},
        retry={str(k): {str(s) for s in v} for k, v in raw["r"].items()},
    )
    return Cursor(marks, resume)


def _marks_blob(marks: Mapping[str, Mark]) -> dict[str, object]:
    return {label: {"p": m.path, "m": m.mark_ns, "s": sorted(m.seen)} for label, m in marks.items()}


def dump(marks: Mapping[str, Mark], resume: Resume | None = None) -> str:
    """Given marks (and, mid-pass, how to resume), returns the cursor text."""
    blob: dict[str, object] = {"v": CURSOR_VERSION, "f": _marks_blob(marks)}
    if resume is not None:
        blob["c"] = {
            "d": resume.paths,
            "fl": resume.floor_ns,
            "at": resume.at,
            "a": {label: sorted(stems) for label, stems in resume.done.items()},
            "r": {label: sorted(stems) for label, stems in resume.retry.items()},
        }
    return json.dumps(blob, ensure_ascii=False, separators=(",", ":"))
