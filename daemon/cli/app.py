"""The root click group, its global options, and the one-line error handling."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from afterview.connectors.errors import AfterviewError


@dataclass
class Globals:
    """Options given before the command name, shared by every command."""

    config_path: Path | None
    verbose: int


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
@click.version_option(package_name="afterview")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, verbose: int) -> None:
    """afterview follows your job applications after the interview.

    It reads your calendar and mailbox, writes thank-you and follow-up drafts into
    your Drafts folder and reminder events into your calendar, and never sends mail.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Globals(config_path=config_path, verbose=verbose)
