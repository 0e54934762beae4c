"""Warming the page cache for files a long listing will read next, in a helper process.

A first scan of a big Maildir or vdir reads tens of thousands of small files that are not in the
page cache; each costs a disk round trip (about 0.12 ms here) that the reading process waits for
while it could be parsing and classifying. A helper process reads the files ahead, in the order
the listing will, so the listing's own reads find them cached. A thread cannot do this: while the
main thread computes, a thread waits for the GIL after each system call (measured: 3 ms a file).

The helper is advisory: it only reads, keeps nothing, ignores every error and stops when its
parent is gone, when `stop` is called, or at the end of its list. Where no helper can be started
the listing simply reads cold.
"""

from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
from collections.abc import Iterable

_log = logging.getLogger(__name__)

# Reads its NUL-separated list first (so the parent's write never waits on the disk), then the
# first `size` bytes of each file without kernel read-ahead, as the listing's own reads will.
_WARM = r"""
import os, sys
size = int(sys.argv[1])
paths = sys.stdin.buffer.read().split(b"\0")[:-1]
parent = os.getppid()
advise = getattr(os, "posix_fadvise", None)
for number, path in enumerate(paths):
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

    def start(self, paths: Iterable[str], size: int) -> bool:
        """Given the files the listing reads next (in order; at least MIN_FILES, or nothing starts) and how many
        bytes of each, starts reading them ahead, stopping any earlier helper; returns whether a helper runs."""
        self.stop()
        pending = iter(paths)
        batch = list(itertools.islice(pending, MIN_FILES))
        if len(batch) < MIN_FILES or not sys.executable:
            return False
        try:
            child = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _WARM, str(size)],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True,
            )
        except OSError as exc:  # no fork or exec here (a sandbox, a limit): read cold
            _log.debug("no read-ahead helper: %s", exc)
            return False
        self._child = child
        try:
            if child.stdin is not None:  # always, with stdin=PIPE
                # In batches, so a long listing never sits in memory twice.
                while batch:
                    child.stdin.write(b"".join(os.fsencode(path) + b"\0" for path in batch))
                    batch = list(itertools.islice(pending, 4096))
                child.stdin.close()
        except OSError:  # it died at once: the listing reads cold
            self.stop()
            return False
        return True

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
            child.stdin.close()
