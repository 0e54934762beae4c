"""The read-ahead helper of long listings (connectors/prefetch.py) and its use by the Maildir connector."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from afterview.connectors import maildir, prefetch, vdir
from afterview.connectors.base import ConnectorContext
from afterview.connectors.prefetch import MIN_FILES, Prefetcher
from contract_mail import ids, list_all
from maildir_tree import QUERY, box, fill, make_tree


def small_files(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"f{i}"
        path.write_bytes(b"x" * 100)
        paths.append(str(path))
    return paths


def open_for_writing(fifo: Path, timeout: float) -> int | None:
    """Opens a FIFO's writing end once a reader has opened it; None if none did within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # ENXIO while nobody reads
        except OSError:
            time.sleep(0.02)
    return None


def test_the_helper_reads_every_file_in_order_then_exits(tmp_path: Path) -> None:
    paths = small_files(tmp_path / "d", MIN_FILES)
    fifo = tmp_path / "last"
    os.mkfifo(fifo)
    helper = Prefetcher()
    assert helper.start([*paths, str(fifo)], 4096)
    # The helper opens the FIFO only after every file before it: its open is what we wait for.
    fd = open_for_writing(fifo, timeout=20)
    assert fd is not None, "the helper never reached the last file"
    # (no write: the helper's pread on a FIFO fails at once and it closes its end, so a write could meet a closed
    # pipe; our open completing is the proof, and closing our end lets it go on)
    os.close(fd)
    deadline = time.monotonic() + 20
    while helper.running() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not helper.running()
    helper.stop()


def test_a_paced_helper_reads_one_batch_ahead_until_the_listing_releases_the_next(tmp_path: Path) -> None:
    fifo = tmp_path / "second-batch"
    os.mkfifo(fifo)
    helper = Prefetcher()
    assert helper.start([*small_files(tmp_path / "d", MIN_FILES), str(fifo)], 4096, batch=MIN_FILES)
    assert open_for_writing(fifo, timeout=3) is None  # the first batch is read, then it waits
    assert helper.running()
    helper.advance()
    fd = open_for_writing(fifo, timeout=20)
    assert fd is not None, "the helper did not go on after advance()"
    os.close(fd)
    helper.stop()
    assert not helper.running()
    helper.advance()  # after stop: nothing to release, no error


def test_stop_ends_a_helper_that_waits_and_reaps_it(tmp_path: Path) -> None:
    fifo = tmp_path / "first"
    os.mkfifo(fifo)  # nobody writes: the helper blocks on its first open
    helper = Prefetcher()
    assert helper.start([str(fifo), *small_files(tmp_path / "d", MIN_FILES)], 4096)
    assert helper.running()
    helper.stop()
    assert not helper.running()


def test_short_lists_missing_files_and_no_interpreter_start_nothing_or_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    helper = Prefetcher()
    assert not helper.start(small_files(tmp_path / "few", MIN_FILES - 1), 4096)
    missing = [str(tmp_path / f"gone{i}") for i in range(MIN_FILES)]
    assert helper.start(missing, 4096)  # every open fails: the helper skips them and ends
    deadline = time.monotonic() + 20
    while helper.running() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not helper.running()
    monkeypatch.setattr(sys, "executable", "")
    assert not helper.start(missing, 4096)


def test_a_helper_that_cannot_start_leaves_the_listing_to_read_cold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("fork refused by the sandbox")

    monkeypatch.setattr(prefetch.subprocess, "Popen", refuse)
    assert not Prefetcher().start(small_files(tmp_path / "d", MIN_FILES), 4096)


def test_a_long_maildir_listing_reads_its_later_pages_ahead_and_gives_the_same_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = make_tree(tmp_path / "Mail")
    wanted = fill(tree, MIN_FILES + 60, age_hours=MIN_FILES + 100.0)
    asked: list[list[str]] = []
    real_start = Prefetcher.start

    def recording(self: Prefetcher, paths: Iterable[str], size: int, batch: int = 0) -> bool:
        listed = list(paths)
        asked.append(listed)
        return real_start(self, listed, size, batch)

    monkeypatch.setattr(Prefetcher, "start", recording)
    mailbox = box(tree, 50)
    read: list[str] = []
    original = maildir.read_head

    def spying(path: Path | str) -> bytes:
        read.append(os.fspath(path))
        return original(path)

    monkeypatch.setattr(maildir, "read_head", spying)
    messages, _ = list_all(mailbox, None, QUERY)
    mailbox.close()
    assert ids(messages) == sorted(wanted)
    # One helper, started with the first scan, for exactly the files of pages 2 onwards in their reading order.
    assert len(asked) == 1 and asked[0] == read[50:]
    assert not mailbox._prefetch.running()


def test_a_listing_of_one_page_starts_no_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = make_tree(tmp_path / "Mail")
    fill(tree, 40)
    started: list[bool] = []
    real_start = Prefetcher.start

    def recording(self: Prefetcher, paths: Iterable[str], size: int, batch: int = 0) -> bool:
        started.append(real_start(self, paths, size, batch))
        return started[-1]

    monkeypatch.setattr(Prefetcher, "start", recording)
    mailbox = box(tree, 0)
    mailbox.list_messages(None, QUERY)
    assert started == [False]


def test_a_big_first_calendar_read_reads_its_files_ahead_and_gives_the_same_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cal"
    folder.mkdir()
    start = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
    for i in range(MIN_FILES + 20):
        event = icalendar.Event.new(uid=f"e{i}@x", summary=f"Event {i}", start=start + timedelta(hours=i),
                                    end=start + timedelta(hours=i, minutes=30), stamp=start)
        (folder / f"e{i}.ics").write_bytes(icalendar.Calendar.new(uid=f"e{i}@x", subcomponents=[event]).to_ical())
    asked: list[list[str]] = []
    real_start = Prefetcher.start

    def recording(self: Prefetcher, paths: Iterable[str], size: int, batch: int = 0) -> bool:
        asked.append(list(paths))
        return real_start(self, asked[-1], size, batch)

    read: list[str] = []
    original = vdir.read_file

    def spying(path: Path) -> tuple[bytes, tuple[int, int, int]]:
        read.append(os.fspath(path))
        return original(path)

    monkeypatch.setattr(Prefetcher, "start", recording)
    monkeypatch.setattr(vdir, "read_file", spying)
    ctx = ConnectorContext(account="cal", timezone=ZoneInfo("Europe/Berlin"))
    calendar = vdir.VdirCalendar.from_options({"path": str(folder)}, ctx)
    window = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
    first = calendar.list_events(None, window)
    again = calendar.list_events(first.cursor, window)  # nothing changed: nothing read, no helper
    calendar.close()
    assert sorted(e.uid for e in first.events) == sorted(f"e{i}@x" for i in range(MIN_FILES + 20))
    assert asked[0] == read and len(read) == MIN_FILES + 20
    assert asked[1:] == [[]] and not again.events
