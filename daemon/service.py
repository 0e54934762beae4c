"""The foreground service loop behind `afterview run`: cycles on a jittered schedule.

One cycle runs at start, then every `interval` plus a random part of `jitter`; after a cycle
that raised, the wait doubles per consecutive failure up to `max_backoff`. systemd hears
READY, STATUS, WATCHDOG and STOPPING; SIGTERM/SIGINT finish the current cycle and return.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from types import FrameType

import schedule
from afterview.daemon.sdnotify import Notifier, watchdog_interval

log = logging.getLogger(__name__)

MAX_SLEEP_STEP = 1.0  # seconds; bounds how late a stop request or a due job is noticed


def backoff_delay(failures: int, interval: timedelta, max_backoff: timedelta) -> timedelta:
    """Given consecutive failures (0: the last cycle worked), returns the wait before the next cycle."""
    if failures <= 0:
        return interval
    grown: timedelta = interval * 2**failures
    return max(interval, min(grown, max_backoff))


@contextmanager
def _stop_on_signals(stop: threading.Event, on_stop: Callable[[], object]) -> Iterator[None]:
    # signal.signal works only in the main thread; a loop run in a test thread is stopped via `stop`.
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        log.info("got %s, stopping after the current cycle", signal.Signals(signum).name)
        stop.set()
        on_stop()  # systemd learns at once that the wait is a clean shutdown

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


class _Watchdog(threading.Thread):
    """Pings systemd's watchdog while the loop shows signs of life.

    A long first scan must not get the daemon killed, but a hung cycle should: pings continue
    during a cycle only until it has run for `max_cycle`.
    """

    def __init__(self, notifier: Notifier, every: float, max_cycle: float) -> None:
        super().__init__(name="afterview-watchdog", daemon=True)
        self.notifier, self.every, self.max_cycle = notifier, every, max_cycle
        self.heartbeat = time.monotonic()
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.every):
            if time.monotonic() - self.heartbeat < self.max_cycle:
                self.notifier.watchdog()


def run_service(
    cycle: Callable[[], object],
    *,
    interval: timedelta,
    jitter: timedelta,
    max_backoff: timedelta,
    notifier: Notifier,
    stop: threading.Event,
    max_cycle: timedelta = timedelta(minutes=30),
) -> int:
    """Given a cycle function and timings, runs it until `stop` is set (or SIGTERM); returns 0.

    A cycle that raises is logged in one line (traceback with -vv) and retried with back-off.
    A cycle returning a str has it shown as the systemd STATUS line.
    """
    scheduler = schedule.Scheduler()
    failures = 0
    told_stopping = False

    def stopping() -> None:
        nonlocal told_stopping
        if not told_stopping:
            told_stopping = True
            notifier.stopping()

    def run_once() -> None:
        nonlocal failures
        dog.heartbeat = time.monotonic()
        try:
            result = cycle()
        except Exception as exc:
            failures += 1
            delay = backoff_delay(failures, interval, max_backoff)
            log.error(
                "cycle failed (%d in a row): %s: %s; next attempt in %s",
                failures, type(exc).__name__, exc, _human(delay),
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            notifier.status(f"{failures} failed cycle(s), {type(exc).__name__}; retry in {_human(delay)}")
        else:
            failures = 0
            delay = interval
            ok = f"last cycle OK at {time.strftime('%H:%M')}"
            notifier.status(result if isinstance(result, str) else ok)
        # schedule draws the next run from [interval, latest] right after this returns.
        job.interval, job.latest = _seconds_range(delay, jitter)
        dog.heartbeat = time.monotonic()

    first, latest = _seconds_range(interval, jitter)
    job = scheduler.every(first).seconds.do(run_once)
    job.latest = latest
    every = watchdog_interval()
    dog = _Watchdog(notifier, every or 3600.0, max_cycle.total_seconds())
    if every:
        dog.start()
    with _stop_on_signals(stop, stopping):
        notifier.ready("first cycle starting")
        try:
            scheduler.run_all()  # through the scheduler, so the next run honours a first failure
            while not stop.is_set():
                dog.heartbeat = time.monotonic()
                idle = scheduler.idle_seconds
                stop.wait(min(MAX_SLEEP_STEP, max(idle if idle is not None else MAX_SLEEP_STEP, 0.0)))
                if not stop.is_set():
                    scheduler.run_pending()
        finally:
            # The watchdog goes first: a ping sent after STOPPING=1 would tell systemd we are still running.
            dog.done.set()
            if dog.is_alive():
                dog.join(timeout=5)
            stopping()
    log.info("stopped")
    return 0


def _seconds_range(delay: timedelta, jitter: timedelta) -> tuple[int, int | None]:
    # schedule counts in whole units; `latest` None means no jitter.
    low = max(1, round(delay.total_seconds()))
    spread = round(jitter.total_seconds())
    return low, (low + spread if spread > 0 else None)


def _human(delay: timedelta) -> str:
    seconds = delay.total_seconds()
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.1f} s"
