"""Warming the page cache for files a long listing will read next, in a helper process.

A first scan of a big Maildir or vdir reads tens of thousands of small files that are not in the
page cache; each costs a disk round trip (about 0.12 ms here) that the reading process waits for
while it could be parsing and classifying. A helper process reads the files ahead, in the order
the listing will, so the listing's own reads find them cached. A thread cannot do this: while the
main thread computes, a thread waits for the GIL after each system call (measured: 3 ms a file).

The helper is advisory: it only reads, keeps nothing, ignores every error and stops when its
parent is gone, when `stop` is called, at the end of its list, or when the listing stops releasing
batches. Where no helper can be started
the listing simply reads cold.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterable

_log = logging.getLogger(__name__)

# Reads its NUL-separated list first (so the parent's write never waits on the disk), then the
# first `size` bytes of each file without kernel read-ahead, as the listing's own reads will. With
# `batch` > 0 it reads one batch, then waits for a byte on stdin before each next batch: the listing
# sends one as it takes a page, so the helper stays a page ahead. Files read far ahead would be
# evicted again before the listing gets to them (this VM pages out what is untouched for 30 s).
_WARM = r"""
import os, sys
size, batch = int(sys.argv[1]), int(sys.argv[2])
stream = sys.stdin.buffer
paths = stream.read(int(stream.readline())).split(b"\0")[:-1]
parent = os.getppid()
advise = getattr(os, "posix_fadvise", None)
for number, path in enumerate(paths):
    if batch and number and number % batch == 0 and not stream.read(1):
        break
    if number % 256 == 0 and os.getppid() != parent:
        break
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        continue
    try:
        if advise is not None:
            advise(fd, 0, 0, os.POSIX_FADV_RANDOM)
        os.pread(fd, size, 0)
    except OSError:
        pass
    finally:
        os.close(fd)
"""
# Below this many files the helper's start-up (about 20 ms) is not worth it.
MIN_FILES = 500


class Prefetcher:
    """One helper process at a time, reading ahead the files of the listing in progress."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[bytes] | None = None

    def start(self, paths: Iterable[str], size: int, batch: int = 0) -> bool:
        """Given the files the listing reads next (in order; at least MIN_FILES, or nothing starts), how many bytes
        of each and the batch it may read ahead of the listing (0: all of them, at once), starts reading them
        ahead, stopping any earlier helper; returns whether a helper runs. `advance` releases each next batch."""
        self.stop()
        listing, count = bytearray(), 0  # grown in place: a list of 100,000 paths would cost as much again
        for path in paths:
            listing += os.fsencode(path) + b"\0"
            count += 1
        if count < MIN_FILES or not sys.executable:
            return False
        try:
            child = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _WARM, str(size), str(batch)],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True,
            )
        except OSError as exc:  # no fork or exec here (a sandbox, a limit): read cold
            _log.debug("no read-ahead helper: %s", exc)
            return False
        self._child = child
        try:
            if child.stdin is not None:  # always, with stdin=PIPE
                child.stdin.write(b"%d\n" % len(listing))
                child.stdin.write(listing)
                if batch:
                    child.stdin.flush()
                else:
                    child.stdin.close()
        except OSError:  # it died at once: the listing reads cold
            self.stop()
            return False
        return True

    def advance(self) -> None:
        """Lets the helper read one more batch ahead (the listing has taken a page)."""
        child = self._child
        if child is None or child.stdin is None or child.stdin.closed:
            return
        try:
            child.stdin.write(b"+")
            child.stdin.flush()
        except OSError:  # it has ended: nothing more to read ahead
            self.stop()

    def running(self) -> bool:
        """Returns whether a helper is still reading ahead."""
        return self._child is not None and self._child.poll() is None

    def stop(self) -> None:
        """Stops the helper, if any, and reaps it."""
        child, self._child = self._child, None
        if child is None:
            return
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdin is not None and not child.stdin.closed:
            with contextlib.suppress(OSError):  # a batch byte it never read: nothing left to flush to
                child.stdin.close()
