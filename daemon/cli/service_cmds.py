"""`afterview run` (the foreground daemon systemd starts) and `afterview once` (one cycle)."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

import click
from afterview.connectors.errors import AfterviewError
from afterview.daemon.cli.app import Globals, main, open_engine
from afterview.daemon.config import load_config

if TYPE_CHECKING:
    from afterview.daemon.engine import CycleReport

log = logging.getLogger("afterview.service")


class AllSourcesFailed(AfterviewError):
    """Every configured source failed in one cycle; the service loop backs off."""


def _status(report: CycleReport) -> str:
    failed = f", {len(report.failed_sources)} source(s) failing" if report.failed_sources else ""
    return f"last cycle: {len(report.changes)} change(s), {len(report.problems)} problem(s){failed}"


@main.command()
@click.pass_obj
def run(g: Globals) -> None:
    """Run in the foreground until stopped (what the systemd unit starts).

    Checks calendar and mail every [service] interval_minutes, tells systemd it is ready and
    alive (Type=notify, watchdog), and stops cleanly on SIGTERM or Ctrl-C.
    """
    # Imported here so a problem in the engine never breaks `init` or `check-config`.
    from afterview.daemon.sdnotify import Notifier
    from afterview.daemon.service import run_service

    service = load_config(g.config_path).service
    log.setLevel(min(log.getEffectiveLevel(), logging.INFO))  # the journal shows what changed

    with open_engine() as engine:

        def cycle() -> str:
            report = engine.run_cycle()
            for line in report.changes:
                log.info("%s", line)
            for line in report.problems:
                log.warning("problem: %s", line)
            for source, reason in report.failed_sources.items():
                log.error("%s: %s", source, reason)
            if not report.ok:
                raise AllSourcesFailed(f"all {report.sources} source(s) failed")
            return _status(report)

        code = run_service(
            cycle,
            interval=timedelta(minutes=service.interval_minutes),
            jitter=timedelta(seconds=service.jitter_seconds),
            max_backoff=timedelta(minutes=service.max_backoff_minutes),
            notifier=Notifier(),
            stop=threading.Event(),
        )
    sys.exit(code)


@main.command()
@click.pass_obj
def once(g: Globals) -> None:
    """Run one cycle now and print what it changed (exit 1 only if every source failed)."""
    with open_engine() as engine:
        report = engine.run_cycle()
    for line in report.changes or ["nothing to change"]:
        click.echo(line)
    for line in report.problems:
        click.echo(f"problem: {line}", err=True)
    for source, reason in report.failed_sources.items():
        click.echo(f"failed: {source}: {reason}", err=True)
    if not report.ok:
        sys.exit(1)
