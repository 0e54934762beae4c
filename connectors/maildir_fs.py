"""Maildir on disk for the maildir connector: layouts, folder discovery, file names, atomic writes.

Two layouts exist in the wild: Maildir++ (Dovecot, mbsync `SubFolders Maildir++`: the
inbox is the root, folders are `.Sent`, `.[Gmail].Sent Mail`) and verbatim (mbsync
`SubFolders Verbatim`, offlineimap: `Sent/`, `[Gmail]/Sent Mail/`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from afterview.connectors.errors import ConnectorError
from afterview.connectors.mime import MAX_HEADER_BYTES

Layout = Literal["maildir++", "verbatim"]

SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "INBOX/Sent",
    "INBOX/Sent Items",
    "Gesendet",
    "Gesendete Objekte",
    "Envoyés",
    "Enviados",
)
DRAFT_NAMES = (
    "Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "INBOX/Drafts",
    "Draft",
    "Entwürfe",
    "Brouillons",
)
INBOX_NAMES = ("INBOX", "Inbox")

# mbsync stores the IMAP UID in the file name (",U=42") once a message is uploaded;
# the info part after ":" (";" or "!" on some systems) carries the flags.
_UID = re.compile(r",U=\d+")
_INFO = re.compile(r"[:;!]2,[^/]*$")
_MAX_DEPTH = 3


def stem(name: str) -> str:
    """Given a Maildir file name, returns the part that survives flag changes and mbsync's UID rename."""
    base = name.split(":", 1)[0]
    base = _INFO.sub("", base)
    return _UID.sub("", base)


def is_maildir(path: Path) -> bool:
    """Given a directory, returns whether it holds a Maildir (cur/ and new/)."""
    return (path / "cur").is_dir() and (path / "new").is_dir()


def folder_path(root: Path, layout: Layout, name: str) -> Path:
    """Given the root, a layout and an IMAP-style folder name ("[Gmail]/Sent Mail"), returns its path."""
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    if layout == "maildir++":
        return root / ("." + ".".join(parts))
    return root.joinpath(*parts)


def list_folders(root: Path, layout: Layout) -> dict[str, Path]:
    """Given the root and a layout, returns existing Maildir folders by IMAP-style name."""
    found: dict[str, Path] = {}
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return found
    if layout == "maildir++":
        for entry in entries:
            if entry.name.startswith(".") and entry.is_dir() and is_maildir(Path(entry.path)):
                found[entry.name[1:].replace(".", "/")] = Path(entry.path)
        return found
    for dirpath, dirnames, _files in os.walk(root):
        here = Path(dirpath)
        depth = len(here.relative_to(root).parts)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("cur", "new", "tmp"))
        if depth >= _MAX_DEPTH:
            dirnames[:] = []
        if depth and is_maildir(here):
            found[here.relative_to(root).as_posix()] = here
    return found


def detect_layout(root: Path) -> Layout:
    """Given the Maildir root, returns the layout its folders use (Maildir++ when it cannot tell)."""
    dotted = list_folders(root, "maildir++")
    plain = list_folders(root, "verbatim")
    if dotted and not plain:
        return "maildir++"
    if plain and not dotted:
        return "verbatim"
    return "maildir++" if is_maildir(root) else "verbatim"


def pick_folder(folders: dict[str, Path], names: tuple[str, ...]) -> Path | None:
    """Given existing folders by name and candidate names in order, returns the first match (any case)."""
    lowered = {name.lower(): path for name, path in folders.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def make_maildir(path: Path, *, subfolder: bool) -> None:
    """Given a folder path, creates its cur/new/tmp (mode 0700); raises ConnectorError."""
    try:
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        if subfolder:  # Maildir++ marks subfolders so Dovecot and mbsync treat them as such
            (path / "maildirfolder").touch(mode=0o600, exist_ok=True)
    except OSError as exc:
        raise ConnectorError(f"cannot create Maildir folder {path}: {exc.strerror}") from exc


@dataclass(frozen=True)
class MailFile:
    """One message file as seen by a scan."""

    path: Path
    stem: str
    mtime_ns: int
    size: int


def scan(folder: Path) -> Iterator[MailFile]:
    """Given a Maildir folder, yields its message files in new/ and cur/ (dot files skipped)."""
    for sub in ("new", "cur"):
        try:
            entries = list(os.scandir(folder / sub))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ConnectorError(f"cannot list {folder / sub}: {exc.strerror}") from exc
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:  # renamed or removed since the listing: the next scan sees it
                continue
            yield MailFile(Path(entry.path), stem(entry.name), info.st_mtime_ns, info.st_size)


def locate(folder: Path, wanted: str) -> MailFile | None:
    """Given a folder and a file stem, returns the file now holding it (in new/ or cur/), or None."""
    for found in scan(folder):
        if found.stem == wanted:
            return found
    return None


# read_head reads this much at a time (a read-ahead helper warms as much of each file).
HEAD_CHUNK = 8192


def read_head(path: Path) -> bytes:
    """Given a message file, returns its bytes up to the end of the header block; raises OSError."""
    chunks: list[bytes] = []
    total = 0
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        if hasattr(os, "posix_fadvise"):
            # Without this the kernel's read-ahead pulls most of the file from disk to show us its
            # first few kilobytes: on a cold first scan that was about a quarter of the reading time.
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_RANDOM)
        while total < MAX_HEADER_BYTES:
            chunk = os.read(fd, HEAD_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            # Look only around the new chunk's start and itself for the blank line.
            tail = b"".join(chunks[-2:])
            if b"\n\n" in tail or b"\n\r\n" in tail or (total == len(chunk) and chunk.startswith(b"\n")):
                break
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_limited(path: Path, limit: int) -> bytes:
    """Given a message file and a byte limit, returns at most limit + 1 bytes of it; raises OSError."""
    with path.open("rb") as handle:
        # Sized by the file, not the limit: read(limit + 1) allocates the whole limit every time.
        size = os.fstat(handle.fileno()).st_size
        return handle.read(min(size, limit) + 1)


def _host() -> str:
    return socket.gethostname().replace("/", "\\057").replace(":", "\\072") or "localhost"


def draft_name(key: str, *, serial: int = 0) -> str:
    """Given an idempotency key, returns a Maildir cur/ name `<time>.<uniq>.<host>:2,D`, uniq from the key."""
    uniq = "av" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20] + (f"_{serial}" if serial else "")
    return f"{int(time.time())}.{uniq}.{_host()}:2,D"


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    """Given a folder, a cur/ file name and bytes, writes tmp/ then renames into cur/ (mode 0600).

    Returns the new path; raises ConnectorError. The tmp/ name is fixed per key so a retry
    after a crash overwrites the leftover instead of piling up files.
    """
    target = folder / "cur" / name
    tmp = folder / "tmp" / stem(name).split(".", 1)[-1]  # without the time: a retry reuses it
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        dir_fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise ConnectorError(f"cannot write draft into {folder}: {exc.strerror}") from exc
    return target


_WHITESPACE = re.compile(rb"\s+")
# The fields a header's sender, subject and thread come from (mime._header_from), continuation lines included.
_ASKED_FIELDS = re.compile(
    rb"^(?:from|sender|reply-to|subject|in-reply-to|references)[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*", re.I | re.M
)
_THREAD_FIELD = re.compile(rb"(?i)(?:in-reply-to|references)[ \t]*:")
_ID_SEPARATORS = re.compile(rb"[\s,<>]+")


@dataclass(frozen=True)
class Needles:
    """MailQuery.needles as one pattern, and MailQuery.thread_ids lower-cased (see may_concern)."""

    pattern: re.Pattern[bytes]
    thread_ids: frozenset[bytes]


def compile_needles(needles: frozenset[str], thread_ids: frozenset[str]) -> Needles | None:
    """Given MailQuery.needles and .thread_ids, returns them ready for may_concern; None when there are no
    needles (then nothing may be skipped)."""
    parts = {n.lower().encode("utf-8") for n in needles if n}
    if not parts:
        return None
    ids = {i.lower().encode("utf-8", "replace") for i in thread_ids if i}
    # An id the separators would cut apart can only be looked for as a plain string.
    odd = {i for i in ids if _ID_SEPARATORS.search(i)}
    return Needles(_alternation(tuple(sorted(parts | odd))), frozenset(ids - odd))


@functools.lru_cache(maxsize=8)
def _alternation(parts: tuple[bytes, ...]) -> re.Pattern[bytes]:
    # Cached: the needles stay the same from page to page while the thread ids grow.
    short = [p for p in parts if len(p) <= _TRIE_MAX]
    pieces = [re.escape(p) for p in parts if len(p) > _TRIE_MAX]  # hostile ids: the trie is rendered recursively
    if short:
        pieces.insert(0, _trie(short))
    return re.compile(b"|".join(pieces))


_TRIE_MAX = 200
_END = -1  # the trie key that says a needle ends at this node
_Node = dict[int, "_Node"]


def _trie(parts: list[bytes]) -> bytes:
    """Given non-empty literal byte strings, returns a pattern that finds any of them, shared prefixes factored out.

    A flat alternation of hundreds of needles tries each one at every position of the text; the trie
    tries one byte per level. A needle that another one starts with is enough on its own: only
    whether some needle occurs matters.
    """
    root: _Node = {}
    for part in sorted(parts, key=len):  # shorter first: a longer one stops where a shorter one ends
        node = root
        for byte in part:
            if _END in node:
                break
            node = node.setdefault(byte, {})
        else:
            node.clear()
            node[_END] = {}
    return _render(root)


def _render(node: _Node) -> bytes:
    if _END in node:
        return b""
    branches = [re.escape(bytes([byte])) + _render(child) for byte, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def may_concern(head: bytes, needles: Needles) -> bool:
    """Given the start of a message file and compiled needles, returns False only when the sender, reply-to
    and subject fields of its header block name no needle, its thread fields no known Message-ID, and
    none of them holds an encoded word or non-ASCII byte (whose decoded text could name one)."""
    end = head.find(b"\r\n\r\n")
    if end < 0:
        end = head.find(b"\n\n")
    fields = _ASKED_FIELDS.findall(head[:end] if end >= 0 else head)
    joined = b" ".join(fields)
    if b"=?" in joined or not joined.isascii():
        return True
    if needles.pattern.search(_WHITESPACE.sub(b" ", joined.lower())) is not None:
        return True
    for field in fields:
        named = _THREAD_FIELD.match(field)
        if named and needles.thread_ids.intersection(_ID_SEPARATORS.split(field[named.end():].lower())):
            return True
    return False
