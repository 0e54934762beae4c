"""`afterview classify-event`: run the interview recogniser over .ics files."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from afterview.connectors.ical import parse_calendar
from afterview.daemon.cli.app import main
from afterview.daemon.eventclass import classify_event
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
@click.option("--me", "me", multiple=True, help="One of your mail addresses (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event and line.")
@click.option("--tz", "tz_name", default="UTC", show_default=True, help="Zone for floating and all-day times.")
@click.option("--track-coffee-chats", is_flag=True, help="Count informational coffee chats as interviews.")
def classify_event_cmd(files: tuple[Path, ...], me: tuple[str, ...], as_json: bool, tz_name: str,
                       track_coffee_chats: bool) -> None:
    """Say for each event in FILES whether it is your own job interview, and with whom.

    Problems are printed on stderr, one per line; the exit code is 1 if a file was unreadable.
    """
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise click.BadParameter(f"unknown time zone {tz_name!r}", param_hint="--tz") from exc
    failed = False
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            click.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
            failed = True
            continue
        parsed = parse_calendar(data, tz=tz, window=None, source=str(path))
        for problem in parsed.problems:
            click.echo(problem, err=True)
        if not parsed.events and parsed.problems and not parsed.uids:
            failed = True
        for event in parsed.events:
            verdict = classify_event(event, me=me, track_coffee_chats=track_coffee_chats)
            click.echo(verdict_json(verdict) if as_json else verdict_line(verdict, event.summary))
    if failed:
        raise SystemExit(1)
