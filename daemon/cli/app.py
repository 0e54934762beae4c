"""The root click group, its global options, and the one-line error handling."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from afterview.connectors.errors import AfterviewError

SECRET_LOGGERS = ("requests_oauthlib", "oauthlib")


@dataclass
class Globals:
    """Options given before the command name, shared by every command."""

    config_path: Path | None
    verbose: int
    now: datetime | None = None


class AfterviewGroup(click.Group):
    """A group that turns AfterviewError into one clear line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AfterviewError as exc:
            click.echo(f"afterview: {exc}", err=True)
            sys.exit(1)


@click.group(cls=AfterviewGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="AFTERVIEW_CONFIG",
    help="Config file (default: config.toml in the XDG config dir, e.g. ~/.config/afterview/).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option(
    "--now",
    metavar="ISO-TIME",
    envvar="AFTERVIEW_NOW",
    help="Pretend it is this moment (e.g. 2026-11-17T15:00+01:00); for demos and tests.",
)
@click.version_option(package_name="afterview")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, verbose: int, now: str | None) -> None:
    """afterview follows your job applications after the interview.

    It reads your calendar and mailbox, writes thank-you and follow-up drafts into
    your Drafts folder and reminder events into your calendar, and never sends mail.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # At DEBUG these log request bodies and token answers: refresh and access tokens would reach the journal.
    for name in SECRET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    ctx.obj = Globals(config_path=config_path, verbose=verbose, now=_parse_now(now))


def _parse_now(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not an ISO 8601 time", param_hint="--now") from None
    if moment.tzinfo is None:
        raise click.BadParameter("give a UTC offset, e.g. 2026-11-17T15:00+01:00", param_hint="--now")
    return moment


def read_input(path: Path) -> bytes | None:
    """Given a file named on the command line, returns its bytes, or None after one line on stderr."""
    try:
        return path.read_bytes()
    except OSError as exc:
        click.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
        return None


@contextmanager
def open_engine(connect: bool = True) -> Iterator[Any]:
    """Opens the engine for the current command's --config and --now (imported lazily: fast --help)."""
    from afterview.daemon.config import load_config
    from afterview.daemon.engine import Engine, system_clock

    g: Globals = click.get_current_context().find_object(Globals)  # type: ignore[assignment]
    config = load_config(g.config_path)
    fixed = g.now
    clock = (lambda: fixed) if fixed is not None else system_clock
    with Engine.open(config, clock=clock, connect=connect) as engine:
        yield engine
