"""The service loop and sd_notify, against a real AF_UNIX datagram socket standing in for systemd."""

from __future__ import annotations

import itertools
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from afterview.daemon.sdnotify import Notifier, watchdog_interval
from afterview.daemon.service import backoff_delay, run_service


class FakeSystemd:
    """Collects the datagrams a Notifier sends, like systemd's notify socket."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.settimeout(0.05)
        self.messages: list[str] = []
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._collect, daemon=True)
        self.thread.start()

    def _collect(self) -> None:
        while not self.closed.is_set():
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except TimeoutError:
                continue

    def fields(self) -> list[str]:
        return [field for message in list(self.messages) for field in message.split("\n")]

    def wait_for(self, field: str, count: int = 1, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.fields().count(field) < count:
            assert time.monotonic() < deadline, f"{field} x{count} never arrived: {self.fields()}"
            time.sleep(0.01)

    def close(self) -> None:
        self.closed.set()
        self.thread.join()
        self.sock.close()


@pytest.fixture
def systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSystemd]:
    address = str(tmp_path / "notify.sock")
    fake = FakeSystemd(address)
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    yield fake
    fake.close()


def start_loop(cycle: object, stop: threading.Event, **timing: timedelta) -> threading.Thread:
    timing.setdefault("interval", timedelta(seconds=1))
    timing.setdefault("jitter", timedelta(0))
    timing.setdefault("max_backoff", timedelta(seconds=4))
    result: list[int] = []

    def target() -> None:
        result.append(run_service(cycle, notifier=Notifier(), stop=stop, **timing))  # type: ignore[arg-type]

    thread = threading.Thread(target=target, daemon=True)
    thread.result = result  # type: ignore[attr-defined]
    thread.start()
    return thread


def test_notifier_is_a_no_op_without_socket() -> None:
    notifier = Notifier(environ={})
    assert not notifier.enabled
    assert notifier.ready() is False and notifier.watchdog() is False


def test_notifier_sends_to_abstract_socket() -> None:
    name = f"afterview-test-{os.getpid()}-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert Notifier(environ={"NOTIFY_SOCKET": "@" + name}).status("two\nlines")
        assert sock.recv(100) == b"STATUS=two lines"


def test_notifier_survives_a_vanished_socket(tmp_path: Path) -> None:
    assert Notifier(environ={"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}).stopping() is False


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"WATCHDOG_USEC": "30000000"}, 15.0),
        ({"WATCHDOG_USEC": "junk"}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": str(os.getpid())}, 1.0),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": str(os.getpid() + 1)}, None),
    ],
)
def test_watchdog_interval(env: dict[str, str], expected: float | None) -> None:
    assert watchdog_interval(env) == expected


def test_ready_watchdog_status_and_stopping(systemd: FakeSystemd, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "200000")  # ping every 0.1 s
    calls: list[float] = []
    stop = threading.Event()

    def cycle() -> str:
        calls.append(time.monotonic())
        return "3 changes"

    thread = start_loop(cycle, stop)
    systemd.wait_for("READY=1")
    systemd.wait_for("STATUS=3 changes")
    systemd.wait_for("WATCHDOG=1", count=5)  # pings keep coming while idle between cycles
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive() and thread.result == [0]  # type: ignore[attr-defined]
    # The collector reads the socket in its own thread: wait until it has the last datagram, then a
    # watchdog period more, in which no ping may follow STOPPING.
    systemd.wait_for("STOPPING=1")
    time.sleep(0.25)
    fields = systemd.fields()
    assert fields[0] == "READY=1"
    assert fields[-1] == "STOPPING=1" and fields.count("STOPPING=1") == 1
    assert len(calls) >= 1


def test_watchdog_stops_pinging_when_a_cycle_hangs(
    systemd: FakeSystemd, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "100000")
    release = threading.Event()
    stop = threading.Event()
    thread = start_loop(lambda: release.wait(10), stop, max_cycle=timedelta(seconds=0.3))
    systemd.wait_for("READY=1")
    time.sleep(0.6)  # past max_cycle: pings must have stopped so systemd would restart us
    pings = systemd.fields().count("WATCHDOG=1")
    time.sleep(0.4)
    assert systemd.fields().count("WATCHDOG=1") == pings
    stop.set()
    release.set()
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_backoff_delay_doubles_up_to_the_cap_and_resets() -> None:
    interval, cap = timedelta(minutes=15), timedelta(minutes=240)
    delays = [backoff_delay(n, interval, cap) for n in range(7)]
    assert delays == [timedelta(minutes=m) for m in (15, 30, 60, 120, 240, 240, 240)]
    # a cap below the interval never makes retries faster than normal cycles
    assert backoff_delay(3, interval, timedelta(minutes=5)) == interval


def test_loop_backs_off_after_failures_and_resets(
    systemd: FakeSystemd, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[float] = []
    stop = threading.Event()

    def cycle() -> None:
        calls.append(time.monotonic())
        if len(calls) <= 2:
            raise OSError("disk on fire")
        if len(calls) >= 4:
            stop.set()

    caplog.set_level(logging.INFO, logger="afterview.daemon.service")
    thread = start_loop(cycle, stop, interval=timedelta(seconds=1), max_backoff=timedelta(seconds=4))
    thread.join(timeout=20)
    assert not thread.is_alive() and len(calls) == 4
    gaps = [b - a for a, b in itertools.pairwise(calls)]
    # after failure 1: 2 s, after failure 2: 4 s, after a success: back to the 1 s interval
    assert 1.9 <= gaps[0] < 3.5
    assert 3.9 <= gaps[1] < 5.5
    assert 0.9 <= gaps[2] < 1.9
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(failures) == 2
    assert all("\n" not in r.getMessage() and not r.exc_info for r in failures)
    assert "OSError: disk on fire" in failures[0].getMessage()


def test_failure_logs_a_traceback_only_when_debugging(caplog: pytest.LogCaptureFixture) -> None:
    stop = threading.Event()

    def cycle() -> None:
        stop.set()
        raise ValueError("boom")

    caplog.set_level(logging.DEBUG, logger="afterview.daemon.service")
    thread = start_loop(cycle, stop)
    thread.join(timeout=5)
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info is not None


def test_jitter_spreads_the_next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[tuple[int, int]] = []
    real = random.randint

    def spy(a: int, b: int) -> int:
        drawn.append((a, b))
        return real(a, b)

    monkeypatch.setattr(random, "randint", spy)  # schedule draws the jittered interval with it
    stop = threading.Event()
    thread = start_loop(stop.set, stop, interval=timedelta(minutes=15), jitter=timedelta(seconds=60))
    thread.join(timeout=5)
    assert (900, 960) in drawn


SERVICE_SCRIPT = """
import sys, threading, time
from datetime import timedelta
from pathlib import Path
from afterview.daemon.sdnotify import Notifier
from afterview.daemon.service import run_service

marks = Path(sys.argv[1])
def cycle():
    with marks.open("a") as f:
        f.write("start\\n")
    time.sleep(1.0)  # SIGTERM arrives in here; the cycle must still finish
    with marks.open("a") as f:
        f.write("end\\n")

sys.exit(run_service(cycle, interval=timedelta(minutes=15), jitter=timedelta(seconds=5),
                     max_backoff=timedelta(hours=1), notifier=Notifier(), stop=threading.Event()))
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_finishes_the_cycle_and_exits_cleanly(
    systemd: FakeSystemd, tmp_path: Path, sig: signal.Signals
) -> None:
    marks = tmp_path / "marks"
    proc = subprocess.Popen([sys.executable, "-c", SERVICE_SCRIPT, str(marks)], env=os.environ.copy())
    try:
        systemd.wait_for("READY=1")
        deadline = time.monotonic() + 10
        while not (marks.exists() and "start" in marks.read_text()):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        proc.send_signal(sig)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert marks.read_text().split() == ["start", "end"]
    systemd.wait_for("STOPPING=1")
    assert systemd.fields().count("STOPPING=1") == 1


# ------------------------------------------------ `afterview once` / `afterview run` glue


class FakeReport:
    def __init__(self, changes: list[str], problems: list[str], failed: dict[str, str], sources: int) -> None:
        self.changes, self.problems, self.failed_sources, self.sources = changes, problems, failed, sources

    @property
    def ok(self) -> bool:
        return len(self.failed_sources) < self.sources


def fake_engine(monkeypatch: pytest.MonkeyPatch, reports: list[FakeReport], opened: list[object]) -> None:
    """Puts a stand-in afterview.daemon.engine in place, so only the CLI glue is under test."""
    import contextlib
    import types

    class Engine:
        @classmethod
        @contextlib.contextmanager
        def open(cls, config: object, **options: object) -> Iterator[Engine]:
            opened.append(config)
            yield cls()

        def run_cycle(self) -> FakeReport:
            return reports.pop(0)

    module = types.ModuleType("afterview.daemon.engine")
    module.Engine = Engine  # type: ignore[attr-defined]
    module.system_clock = lambda: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "afterview.daemon.engine", module)


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        'me = ["a@b.org"]\ntimezone = "UTC"\n[service]\ninterval_minutes = 2\njitter_seconds = 0\n'
        '[accounts.x]\ncalendar = { type = "memory" }\nmail = { type = "memory" }\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("report", "code", "out", "err"),
    [
        (FakeReport(["created tickler A", "saved draft B"], [], {}, 2), 0, ["created tickler A", "saved draft B"], []),
        (FakeReport([], ["skipped broken.eml"], {"x:mail": "gone"}, 2), 0,
         ["nothing to change"], ["problem: skipped broken.eml", "failed: x:mail: gone"]),
        (FakeReport([], [], {"x:mail": "gone", "x:calendar": "gone too"}, 2), 1, ["nothing to change"],
         ["failed: x:mail: gone", "failed: x:calendar: gone too"]),
    ],
)
def test_once_prints_changes_and_fails_only_when_every_source_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: FakeReport, code: int, out: list[str], err: list[str]
) -> None:
    from afterview.daemon.cli import main
    from click.testing import CliRunner

    opened: list[object] = []
    fake_engine(monkeypatch, [report], opened)
    result = CliRunner().invoke(main, ["--config", str(write_config(tmp_path)), "once"])
    assert result.exit_code == code, result.output
    assert result.stdout.splitlines() == out
    assert result.stderr.splitlines() == err
    assert len(opened) == 1


def test_run_serves_until_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, systemd: FakeSystemd
) -> None:
    from afterview.daemon.cli import main
    from click.testing import CliRunner

    class Terminating(FakeReport):
        @property
        def ok(self) -> bool:
            os.kill(os.getpid(), signal.SIGTERM)  # systemd stops us during the first cycle
            return True

    opened: list[object] = []
    fake_engine(monkeypatch, [Terminating(["created tickler A"], [], {}, 2)], opened)
    result = CliRunner().invoke(main, ["--config", str(write_config(tmp_path)), "run"])
    assert result.exit_code == 0, result.output
    # The collector reads the socket in its own thread: wait for the last datagram before reading the order.
    systemd.wait_for("STATUS=last cycle: 1 change(s), 0 problem(s)")
    systemd.wait_for("STOPPING=1")
    assert systemd.fields()[0] == "READY=1"
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # handlers are put back
