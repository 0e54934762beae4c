"""Files of a vdir collection: listing, reading with a signature, atomic and guarded writes.

Writes go to a dotfile in the same folder, are fsynced, then renamed into place, so a reader
(khal, vdirsyncer, afterview) never sees half a file and a crash leaves at most a dotfile.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

Sig = tuple[int, int, int]
"""What tells a file changed: (inode, mtime_ns, size); a rename-into-place changes the inode."""


def signature(sig: Sig) -> str:
    """Given a file signature, returns its etag "<mtime_ns>-<size>"."""
    return f"{sig[1]}-{sig[2]}"


# ---------------------------------------------------------------- files


def list_ics(folder: Path) -> dict[str, Sig]:
    """Given a collection folder, returns {file name: signature} of its .ics files (no dotfiles)."""
    found: dict[str, Sig] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.lower().endswith(".ics"):
                continue
            try:
                if not entry.is_file():
                    continue
                st = entry.stat()
            except OSError:  # vanished or a dangling link: not an event file
                continue
            found[entry.name] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return found


def read_file(path: Path) -> tuple[bytes, Sig]:
    """Given a file, returns its bytes and the signature of exactly those bytes; raises OSError."""
    with open(path, "rb") as fh:
        data = fh.read()
        st = os.fstat(fh.fileno())
    return data, (st.st_ino, st.st_mtime_ns, st.st_size)


def _stat(path: Path) -> Sig:
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns, st.st_size


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems cannot sync a directory; the rename is still atomic
        pass
    finally:
        os.close(fd)


def _write_temp(folder: Path, data: bytes) -> Path:
    # A dotfile, so readers (khal, vdirsyncer, this module) never see a half-written file.
    fd, name = tempfile.mkstemp(prefix=".afterview-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def atomic_create(folder: Path, name: str, data: bytes) -> bool:
    """Given bytes, creates folder/name atomically; returns False (and writes nothing) if it exists."""
    tmp = _write_temp(folder, data)
    target = folder / name
    try:
        try:
            os.link(tmp, target)  # fails if the name exists: never clobbers a file
        except FileExistsError:
            return False
        except OSError:  # no hard links here (some FUSE/SMB mounts): check, then rename
            if target.exists():
                return False
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(folder)
    return True


def atomic_replace(path: Path, data: bytes, *, expect: Sig) -> bool:
    """Given bytes, replaces `path` atomically if its signature is still `expect`; else returns False."""
    tmp = _write_temp(path.parent, data)
    try:
        if _stat(path) != expect:
            return False
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    return True


def remove_file(path: Path, *, expect: Sig) -> bool:
    """Removes `path` if its signature is still `expect`; else returns False. Raises OSError."""
    if _stat(path) != expect:
        return False
    path.unlink()
    _fsync_dir(path.parent)
    return True
