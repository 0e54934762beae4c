#!/usr/bin/env python3
"""Idle-cycle benchmark: after a first cycle, a cycle with nothing changed, per connector setup.

Prints, per setup, the connector contract calls of the idle cycle (counted by a proxy around
every connector; the memory store's own `calls` Counter too), the files opened and folders
listed (audit hooks "open", "os.scandir", "os.listdir"; SQLite's own I/O is not counted) and
the wall time. The minimum the contract allows is one listing call per source.

Setups are a list: a connector engineer adds one entry (a function returning a config, and
optionally a server-side request counter of their fake) and it is measured like the rest.
Usage: scripts/bench_idle.py [--messages 2000] [--events 500] [--cycles 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))

import bench_scan
from afterview.daemon.config import Config, load_config
from afterview.daemon.demo import build_workspace
from afterview.daemon.engine import Engine

NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


class Counting:
    """Forwards every attribute to a connector and counts calls of its public methods."""

    def __init__(self, inner: Any, tally: Counter[str], label: str) -> None:
        self._inner = inner
        self._tally = tally
        self._label = label

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if callable(value) and not name.startswith("_"):

            def counted(*args: Any, **kwargs: Any) -> Any:
                self._tally[f"{self._label}.{name}"] += 1
                return value(*args, **kwargs)

            return counted
        return value


class FileIO:
    """Counts file opens and folder listings through audit hooks while `active`."""

    def __init__(self) -> None:
        self.active = False
        self.counts: Counter[str] = Counter()
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event in ("open", "os.scandir", "os.listdir"):
            self.counts[event] += 1


@dataclass
class Setup:
    name: str
    make: Callable[[Path], Config]
    server_requests: Callable[[], int] | None = None  # a fake's own request count, where one exists


def memory_setup(root: Path) -> Config:
    from engine_kit import ME, interview, mail, memory_config, stores

    config = memory_config(root)
    cal, box = stores(config)
    for i in range(20):
        cal.put_event(interview(f"iv-{i}@acme.com", NOW - timedelta(days=i, hours=3), company=f"Acme{i}",
                                domain=f"acme{i}.com", role="Data Engineer"))
    for i in range(200):
        box.deliver_raw(mail(f"news{i % 7}@letters.example", f"Weekly digest {i}", "Hello " * 200,
                             NOW - timedelta(hours=i), to=ME))
    return config


def demo_setup(root: Path) -> Config:
    build_workspace(root, NOW)
    return load_config(root / "config.toml")


def generated_setup(messages: int, events: int) -> Callable[[Path], Config]:
    def make(root: Path) -> Config:
        bench_scan.make_world(root, messages=messages, events=events, seed=9, now=NOW)
        return load_config(root / "config.toml")

    return make


@contextmanager
def counted_engine(config: Config, tally: Counter[str]) -> Iterator[Engine]:
    with Engine.open(config, clock=lambda: NOW) as engine:
        engine.calendars = {k: Counting(v, tally, f"{k}:calendar") for k, v in engine.calendars.items()}  # type: ignore[misc]
        engine.mailboxes = {k: Counting(v, tally, f"{k}:mail") for k, v in engine.mailboxes.items()}  # type: ignore[misc]
        yield engine


def measure(setup: Setup, io: FileIO, cycles: int) -> None:
    from afterview.connectors.memory import reset_memory_stores

    reset_memory_stores()
    with tempfile.TemporaryDirectory(prefix="afterview-idle-") as tmp:
        config = setup.make(Path(tmp))
        sources = sum((a.calendar is not None) + (a.mail is not None) for a in config.accounts)
        began = time.perf_counter()
        with Engine.open(config, clock=lambda: NOW) as engine:
            first = engine.run_cycle()
        first_s = time.perf_counter() - began
        times: list[float] = []
        tally: Counter[str] = Counter()
        per_cycle_io: list[Counter[str]] = []
        server_before = setup.server_requests() if setup.server_requests else 0
        memory_calls: Counter[str] = Counter()
        for _ in range(cycles):
            with counted_engine(config, tally) as engine:
                before = _memory_calls(engine)
                io.counts.clear()
                io.active = True
                began = time.perf_counter()
                report = engine.run_cycle()
                times.append(time.perf_counter() - began)
                io.active = False
                per_cycle_io.append(Counter(io.counts))
                memory_calls += _memory_calls(engine) - before
            assert not report.changes, f"{setup.name}: an idle cycle changed {report.changes}"
        per = {k: v / cycles for k, v in sorted(tally.items())}
        print(f"-- {setup.name}: {sources} sources; first cycle {first_s:.2f}s ({len(first.changes)} changes)")
        print(f"   idle cycle: {statistics.median(times) * 1000:.1f} ms median of {cycles}; "
              f"contract calls per cycle {sum(per.values()):g} (minimum {sources}): "
              + ", ".join(f"{k} {v:g}" for k, v in per.items()))
        # The first idle cycle also reads the reminder files the first cycle wrote (new to the cursor).
        for label, counts in (("first idle", per_cycle_io[0]), ("later idle", per_cycle_io[-1])):
            print(f"   {label} cycle: files opened {counts['open']}, folders listed "
                  f"{counts['os.scandir'] + counts['os.listdir']}")
        if memory_calls:
            print("   memory store calls per cycle: "
                  + ", ".join(f"{k} {v / cycles:g}" for k, v in sorted(memory_calls.items())))
        if setup.server_requests:
            print(f"   server requests per cycle: {(setup.server_requests() - server_before) / cycles:g}")


def _memory_calls(engine: Engine) -> Counter[str]:
    found: Counter[str] = Counter()
    for connector in (*engine.calendars.values(), *engine.mailboxes.values()):
        calls = getattr(connector, "calls", None)
        if isinstance(calls, Counter):
            found.update(calls)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Idle-cycle cost per connector setup.")
    parser.add_argument("--messages", type=int, default=2_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--cycles", type=int, default=5)
    args = parser.parse_args(argv)
    io = FileIO()
    setups = [
        Setup("memory (calendar + mailbox)", memory_setup),
        Setup("vdir + maildir, demo workspace", demo_setup),
        Setup(f"vdir + maildir, {args.messages:,} messages / {args.events:,} events",
              generated_setup(args.messages, args.events)),
        # Google, Exchange, Graph, CalDAV, IMAP: add Setup(name, make, server_requests) here.
    ]
    for setup in setups:
        measure(setup, io, args.cycles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
