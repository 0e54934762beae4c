"""`afterview demo`: build a sample workspace, run one cycle on a fixed clock, show the result."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import click
from afterview.daemon.cli.app import Globals, main
from afterview.daemon.errors import UsageError


@main.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to build the workspace (default: a new temporary folder). Must be empty or a demo.",
)
@click.pass_obj
def demo(g: Globals, directory: Path | None) -> None:
    """Try afterview on sample data: a vdir calendar and a Maildir, no account needed.

    Builds config.toml, a calendar, a mailbox and the state in DIR, runs one cycle at a fixed
    time (the latest weekday 16:00, or --now), prints the pipeline and where the drafts and
    reminders went. Then `afterview --config DIR/config.toml status` works on it.
    """
    from afterview.daemon.cli.app_cmds import print_pipeline
    from afterview.daemon.config import load_config
    from afterview.daemon.demo import build_workspace, default_now
    from afterview.daemon.engine import Engine

    root = directory or Path(tempfile.mkdtemp(prefix="afterview-demo-"))
    if root.exists() and any(root.iterdir()) and not (root / "config.toml").exists():
        raise UsageError(f"{root} is not empty and holds no demo", hint="give an empty or new folder")
    if (root / "state.sqlite3").exists():
        raise UsageError(
            f"{root} already holds a demo", hint=f"run `afterview --config {root}/config.toml once`"
        )
    now: datetime = g.now or default_now()
    config_path = build_workspace(root, now)
    config = load_config(config_path)
    with Engine.open(config, clock=lambda: now) as engine:
        report = engine.run_cycle()
        click.echo(f"afterview demo at {now:%A %Y-%m-%d %H:%M %Z} in {root}\n")
        print_pipeline(engine, now)
    click.echo(f"\nThis cycle made {len(report.changes)} changes:")
    for line in report.changes:
        click.echo(f"  {line}")
    for line in report.problems:
        click.echo(f"  problem: {line}", err=True)
    drafts = sorted((root / "mail" / ".Drafts" / "cur").glob("*"))
    ticklers = [
        p for p in sorted((root / "calendar").glob("*.ics")) if b"X-AFTERVIEW-OWNER" in p.read_bytes()
    ]
    click.echo(
        f"\nDrafts ({len(drafts)}) are in {root / 'mail' / '.Drafts'} — open them in your mail program."
    )
    click.echo(
        f"Reminders ({len(ticklers)}) are .ics files in {root / 'calendar'} (X-AFTERVIEW-OWNER tagged)."
    )
    click.echo("Nothing was sent: afterview never sends mail.\n")
    cfg = root / "config.toml"
    click.echo(f"Next: afterview --config {cfg} status | show acme | once")
    click.echo(f"      (add --now {now.isoformat()} to replay at the demo's clock)")
