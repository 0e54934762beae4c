"""`afterview init` (write a commented config) and `afterview check-config` (validate it)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from afterview.daemon.cli.app import Globals, main
from afterview.daemon.config import check_connectors, load_config, parse_config, render_default_config
from afterview.daemon.errors import ConfigError, UsageError
from afterview.daemon.paths import default_config_path

DEFAULT_CALENDAR = "~/.calendars/afterview"
DEFAULT_MAILDIR = "~/Mail"


def _valid_zone(name: str) -> str | None:
    name = name.strip().lstrip(":")
    if "zoneinfo/" in name:  # TZ=/usr/share/zoneinfo/Europe/Berlin or a resolved /etc/localtime
        name = name.rsplit("zoneinfo/", 1)[1]
    if not name or name.startswith("/"):
        return None
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None  # ZoneInfoNotFoundError is a KeyError
    return name


def detect_timezone(environ: Mapping[str, str] | None = None, etc: Path = Path("/etc")) -> str:
    """Returns the system's IANA zone name: $TZ, the /etc/localtime link, /etc/timezone, else UTC."""
    env = os.environ if environ is None else environ
    candidates = [env.get("TZ", "")]
    localtime = etc / "localtime"
    if localtime.is_symlink():
        candidates.append(str(localtime.resolve()))
    with contextlib.suppress(OSError):  # Debian's older /etc/timezone; absent elsewhere
        candidates.append((etc / "timezone").read_text(encoding="utf-8"))
    for candidate in candidates:
        zone = _valid_zone(candidate)
        if zone:
            return zone
    return "UTC"


def _stdin_is_tty() -> bool:
    return sys.stdin.isatty()


def _write_private(path: Path, text: str) -> None:
    # Write-then-rename so a crash never leaves half a config; 0600 because it names your addresses.
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


@main.command()
@click.option("--me", "me", multiple=True, metavar="EMAIL", help="Your own address (repeat for several).")
@click.option("--name", default="", help="Your name, used to sign drafts.")
@click.option("--timezone", default=None, metavar="TZ", help="IANA zone (default: the system's).")
@click.option("--calendar", default=DEFAULT_CALENDAR, show_default=True, help="Your vdir calendar folder.")
@click.option("--maildir", default=DEFAULT_MAILDIR, show_default=True, help="Your Maildir folder.")
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@click.pass_obj
def init(
    g: Globals, me: tuple[str, ...], name: str, timezone: str | None, calendar: str, maildir: str, force: bool
) -> None:
    """Write a commented config file for a local vdir calendar and a Maildir."""
    path = (g.config_path or default_config_path()).expanduser().absolute()
    if path.exists() and not force:
        raise UsageError(f"{path} already exists", hint="pass --force to overwrite it")
    if not me:
        if not _stdin_is_tty():
            raise UsageError("--me EMAIL is required (your own address; repeat for several)")
        answer = click.prompt("Your email address(es), comma-separated")
        me = tuple(a.strip() for a in answer.split(",") if a.strip())
    text = render_default_config(me, name, timezone or detect_timezone(), calendar, maildir)
    parse_config(text, base_dir=path.parent, path=path)  # refuse to write what we could not read back
    _write_private(path, text)
    flag = "" if g.config_path is None else f" --config {path}"
    click.echo(f"wrote {path}")
    click.echo("next:")
    click.echo(f"  1. read it and point the calendar and mail paths at your folders ({calendar}, {maildir})")
    click.echo(f"  2. afterview{flag} check-config")
    click.echo(f"  3. afterview{flag} once          # one cycle, shows what it would write")
    click.echo("  4. install systemd/afterview.service to run it as a user service (see the README)")


def _state_problem(state_path: Path) -> str | None:
    ancestor = state_path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"state.path: {ancestor} is not a folder"
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return f"state.path: cannot create or write {state_path.parent}"
    return None


@main.command("check-config")
@click.pass_obj
def check_config(g: Globals) -> None:
    """Validate the config file and every connector's options; list every problem."""
    config = load_config(g.config_path)
    problems = check_connectors(config)
    state = _state_problem(config.state_path)
    if state:
        problems.append(state)
    if problems:
        raise ConfigError(f"{config.path} has {len(problems)} problem(s)", problems)
    click.echo(f"config OK: {config.path}")
    click.echo(f"  me: {', '.join(config.me)}   timezone: {config.timezone}")
    click.echo(f"  state: {config.state_path}")
    for account in config.accounts:
        parts = [
            f"{kind} = {conn.type}"
            for kind, conn in (("calendar", account.calendar), ("mail", account.mail))
            if conn is not None
        ]
        click.echo(f"  account {account.name}: {', '.join(parts)}")
