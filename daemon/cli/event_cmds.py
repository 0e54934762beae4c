"""`afterview classify-event`: run the interview recogniser over .ics files."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from afterview.daemon.cli.app import Globals, main, read_input
from afterview.daemon.config import Config, load_config
from afterview.daemon.paths import default_config_path
from afterview.daemon.verdicts import EventVerdict


def verdict_json(verdict: EventVerdict) -> str:
    """Given a verdict, returns its one-line JSON form (the stable interface of issue 4)."""
    return json.dumps({
        "uid": verdict.uid,
        "is_interview": verdict.is_interview,
        "confidence": verdict.confidence,
        "company": verdict.company,
        "role": verdict.role,
        "stage": verdict.stage,
        "interviewers": [{"name": p.name, "email": p.email, "title": p.title} for p in verdict.interviewers],
        "reasons": list(verdict.reasons),
    }, ensure_ascii=False)


def verdict_line(verdict: EventVerdict, summary: str) -> str:
    """Given a verdict and the event's title, returns one readable line."""
    if not verdict.is_interview:
        return f"no    {verdict.confidence:.2f}  {summary}  ({verdict.reasons[0] if verdict.reasons else ''})"
    people = ", ".join(p.name or p.email or "?" for p in verdict.interviewers) or "-"
    parts = [verdict.company or "?", verdict.role or "", verdict.stage or ""]
    return f"YES   {verdict.confidence:.2f}  {summary}  [{' | '.join(p for p in parts if p)}]  with {people}"


@main.command("classify-event")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--me", "me", multiple=True, help="One of your mail addresses (repeatable; added to the config's).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event and line.")
@click.option("--tz", "tz_name", default=None, help="Zone for floating and all-day times (default: the config's, "
              "else UTC).")
@click.option("--track-coffee-chats", is_flag=True, default=None,
              help="Count informational coffee chats as interviews (default: the config's policy).")
@click.pass_obj
def classify_event_cmd(g: Globals, files: tuple[Path, ...], me: tuple[str, ...], as_json: bool,
                       tz_name: str | None, track_coffee_chats: bool | None) -> None:
    """Say for each event in FILES whether it is your own job interview, and with whom.

    Your addresses are the config's `me` (when a config file exists) plus every --me. Problems are
    printed on stderr, one per line; the exit code is 1 if a file was unreadable.
    """
    # Imported when asked: the parser and the classifier's rules slow every other command's start.
    from afterview.connectors.ical import parse_calendar
    from afterview.daemon.eventclass import classify_event

    config = _config_if_any(g)
    addresses = list(dict.fromkeys([*(config.me if config else ()), *(a.strip().lower() for a in me)]))
    coffee = track_coffee_chats if track_coffee_chats is not None else bool(
        config and config.policy.track_coffee_chats)
    tz = _zone(tz_name, config)
    failed = False
    for path in files:
        data = read_input(path)
        if data is None:
            failed = True
            continue
        parsed = parse_calendar(data, tz=tz, window=None, source=str(path))
        for problem in parsed.problems:
            click.echo(problem, err=True)
        if not parsed.events and parsed.problems and not parsed.uids:
            failed = True
        for event in parsed.events:
            verdict = classify_event(event, me=addresses, track_coffee_chats=coffee)
            click.echo(verdict_json(verdict) if as_json else verdict_line(verdict, event.summary))
    if failed:
        raise SystemExit(1)


def _config_if_any(g: Globals) -> Config | None:
    """Given the global options, returns the config when its file exists; raises ConfigError if it is invalid."""
    path = (g.config_path or default_config_path()).expanduser()
    if not path.exists():
        return None
    return load_config(path)


def _zone(tz_name: str | None, config: Config | None) -> ZoneInfo:
    if tz_name is None:
        return config.tz if config else ZoneInfo("UTC")
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise click.BadParameter(f"unknown time zone {tz_name!r}", param_hint="--tz") from exc
