#!/usr/bin/env python3
"""Where the vdir first read spends its time: pull_calendar over a generated vdir, split by phase.

Generates the first-scan benchmark's vdir (scripts/bench_scan.py's `write_vdir`: 3 % interviews,
5 % weekly series, a compact VTIMEZONE) in a temp folder, runs the engine's `pull_calendar` over
it once with a fresh cursor, and prints milliseconds per file for each phase. Phases are timed
exclusively (a nested phase pauses its parent), so the rows add up to the total:
  read       - opening and reading the files (vdir_files.read_file)
  prefilter  - the look at a file's bytes (and a skeleton parse) that spares a full parse
               of a file holding one plain event outside the window
  parse      - icalendar turning bytes into components (with the VTIMEZONE cache)
  span       - the file's time span for the cursor, including walking a finite series to its end
  expand     - placing events in the window (recurring_ical_events, or directly if plain)
  to_event   - components to CalendarEvents
  classify   - the event classifier (daemon/eventclass)
  other      - everything else (listing, checks, cursor, attribution)
Numbers are printed, never asserted. Usage: scripts/profile_vdir.py [--events 5000] [--repeat 1]
[--cprofile N] (also print the N most expensive functions by own time) [--compare] (alternate runs
of the full path, parse_calendar(fast=False), and the fast path, to compare them under equal load).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import pstats
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_scan
from afterview.connectors.vdir import VdirCalendar
from afterview.daemon.attribute import AppIndex
from afterview.daemon.sources import pull_calendar

NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
LOOKBACK = timedelta(days=bench_scan.LOOKBACK_DAYS)
LOOKAHEAD = timedelta(days=180)  # the engine's default lookahead_days

# (module, attribute, phase): what is wrapped. Missing attributes are skipped, so the harness
# runs against older and newer versions of the connector alike.
PATCHES = [
    ("afterview.connectors.vdir", "read_file", "read"),
    ("afterview.connectors.ical", "prefilter", "prefilter"),
    ("afterview.connectors.ical", "parse_components", "parse"),
    ("icalendar.parser.ical.component", "ComponentIcalParser.parse", "parse"),
    ("afterview.connectors.ical", "_span", "span"),
    ("afterview.connectors.ical", "_instances", "expand"),
    ("afterview.connectors.ical", "plain_instances", "expand"),
    ("afterview.connectors.ical", "to_event", "to_event"),
    ("afterview.daemon.sources", "classify_event", "classify"),
]
PHASES = ["read", "prefilter", "parse", "span", "expand", "to_event", "classify", "other"]


class PhaseClock:
    """Exclusive time per phase: entering a phase pauses the one around it."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._stack: list[tuple[str, float]] = []

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        now = time.perf_counter()
        if self._stack:
            outer, since = self._stack[-1]
            self.spent[outer] += now - since
        self._stack.append((name, now))
        self.calls[name] += 1
        try:
            yield
        finally:
            now = time.perf_counter()
            inner, since = self._stack.pop()
            self.spent[inner] += now - since
            if self._stack:
                self._stack[-1] = (self._stack[-1][0], now)

    def wrap(self, func: Callable[..., Any], name: str) -> Callable[..., Any]:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                result = func(*args, **kwargs)
                # A generator's work happens when it is consumed: consume it inside the phase.
                return iter(list(result)) if isinstance(result, Iterator) else result

        return timed


def _patch(clock: PhaseClock) -> list[tuple[Any, str, Any]]:
    undo: list[tuple[Any, str, Any]] = []
    for module_name, dotted, phase in PATCHES:
        try:
            owner: Any = importlib.import_module(module_name)
        except ImportError:
            continue
        *path, attr = dotted.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__.get(attr) if isinstance(owner, type) else getattr(owner, attr, None)
        if original is None:
            continue
        undo.append((owner, attr, original))
        setattr(owner, attr, clock.wrap(original, phase))
    return undo


@contextmanager
def full_path() -> Iterator[None]:
    """Within it, the vdir connector reads every file with parse_calendar(fast=False)."""
    import afterview.connectors.vdir as vdir

    original = vdir.parse_calendar
    vdir.parse_calendar = functools.partial(original, fast=False)
    try:
        yield
    finally:
        vdir.parse_calendar = original


def run(folder: Path, events: int, top: int, shift: timedelta = timedelta(0)) -> dict[str, float]:
    """Given a vdir folder, runs pull_calendar once over it; prints and returns ms per file by phase.

    `shift` moves the clock (and the window) away from the generated events.
    """
    calendar = VdirCalendar(folder, folder, ZoneInfo(bench_scan.ZONE))
    now = NOW + shift
    window = (now - LOOKBACK, now + LOOKAHEAD)
    index = AppIndex.build([], [bench_scan.ME])
    clock = PhaseClock()
    undo = _patch(clock)
    profiler = cProfile.Profile() if top else None
    try:
        began = time.perf_counter()
        with clock.phase("other"):
            if profiler:
                profiler.enable()
            pulled = pull_calendar(
                "bench", calendar, None, index, now, window=window, me=(bench_scan.ME,), track_coffee_chats=False
            )
            if profiler:
                profiler.disable()
        total = time.perf_counter() - began
    finally:
        for owner, attr, original in reversed(undo):
            setattr(owner, attr, original)
    per_file = {name: clock.spent[name] * 1000 / events for name in PHASES}
    print(f"{events:,} files, {len(pulled.evidence)} interview evidence, {len(pulled.problems)} problems; "
          f"total {total:.2f} s = {total * 1000 / events:.3f} ms/file")
    for name in PHASES:
        share = clock.spent[name] / total * 100 if total else 0.0
        calls = f"{clock.calls[name]:>7,} calls" if name != "other" else ""
        print(f"  {name:<10} {per_file[name]:8.3f} ms/file  {share:5.1f} %  {calls}")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    per_file["total"] = total * 1000 / events
    return per_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--repeat", type=int, default=1, help="runs over the same folder (fresh cursor each)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the top N functions")
    parser.add_argument("--dir", type=Path, default=None, help="use (or fill, if empty) this folder")
    parser.add_argument("--compare", action="store_true", help="alternate full-path and fast-path runs")
    parser.add_argument("--shift-days", type=int, default=0,
                        help="move the clock so the window misses the events (400: a collection of past events)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="afterview-vdir-") as tmp:
        folder = args.dir or Path(tmp) / "calendar"
        if not folder.exists() or not any(folder.iterdir()):
            began = time.perf_counter()
            bench_scan.write_vdir(folder, args.events, args.seed, NOW)
            print(f"generated {args.events:,} .ics in {time.perf_counter() - began:.1f} s")
        events = sum(1 for p in folder.iterdir() if p.suffix == ".ics")
        runs: dict[str, list[dict[str, float]]] = {"full": [], "fast": []}
        shift = timedelta(days=args.shift_days)
        for _ in range(args.repeat):
            if args.compare:
                print("-- full path (parse_calendar(fast=False)):")
                with full_path():
                    runs["full"].append(run(folder, events, args.cprofile, shift))
                print("-- fast path:")
            runs["fast"].append(run(folder, events, args.cprofile, shift))
        if args.compare:
            print("best of each, ms/file:     full     fast")
            for name in [*PHASES, "total"]:
                best = [min(r[name] for r in runs[kind]) for kind in ("full", "fast")]
                print(f"  {name:<10}             {best[0]:8.3f} {best[1]:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
