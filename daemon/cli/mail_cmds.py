"""`afterview classify-mail`: run the employer-mail classifier over .eml files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
from afterview.daemon.cli.app import main, read_input
from afterview.daemon.verdicts import MailVerdict


def verdict_json(path: str, verdict: MailVerdict) -> str:
    """Given a file name and its verdict, returns the one-line JSON form (the stable interface of issue 3)."""
    return json.dumps({
        "file": path,
        "label": verdict.label,
        "confidence": verdict.confidence,
        "decision_date": verdict.decision_date.isoformat() if verdict.decision_date else None,
        "reasons": list(verdict.reasons),
    }, ensure_ascii=False)


def verdict_line(path: str, verdict: MailVerdict) -> str:
    """Given a file name and its verdict, returns one readable line with the reasons."""
    when = f"  decision by {verdict.decision_date.isoformat()}" if verdict.decision_date else ""
    who = " | ".join(p for p in (verdict.company, verdict.role) if p)
    who = f"  [{who}]" if who else ""
    return f"{verdict.label:<16}{verdict.confidence:.2f}  {path}{who}{when}  ({'; '.join(verdict.reasons)})"


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--as-of") from exc


@main.command("classify-mail")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file and line.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Resolve relative dates against this day "
              "(default: each message's Date).")
@click.option("--me", "me", multiple=True, help="One of your mail addresses (repeatable).")
def classify_mail_cmd(files: tuple[Path, ...], as_json: bool, as_of: str | None, me: tuple[str, ...]) -> None:
    """Label each RFC 5322 message in FILES: rejection, offer, next_step, pending, acknowledgement,
    auto_reply or other, with the promised decision date and the reasons.

    An unreadable file gets a one-line error on stderr; the exit code is then 1.
    """
    from afterview.daemon.mailclass import classify_bytes  # its rules take a second to compile: only when asked

    day = _as_of(as_of)
    failed = False
    for path in files:
        data = read_input(path)
        if data is None:
            failed = True
            continue
        verdict = classify_bytes(data, me=me, as_of=day)
        click.echo(verdict_json(str(path), verdict) if as_json else verdict_line(str(path), verdict))
    if failed:
        raise SystemExit(1)
