"""Commands about applications: status, show, note, expect, withdraw, mark, add, review."""

from __future__ import annotations

import json
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import click
from afterview.daemon.cli.app import main, open_engine
from afterview.daemon.errors import UsageError
from afterview.daemon.evidence import Application, application_id, user_evidence
from afterview.daemon.infer import STATUSES, AppState
from afterview.daemon.state import ArtifactRow

APPLIED = "recorded; reminders and drafts follow at the next cycle (or run `afterview once`)"


def _next_reminder(rows: list[ArtifactRow], now: datetime) -> ArtifactRow | None:
    pending = [r for r in rows if r.kind == "tickler" and r.state == "live" and r.due_at and r.due_at > now]
    return min(pending, key=lambda r: r.due_at or now, default=None)


def _summary(state: AppState, rows: list[ArtifactRow], now: datetime, tz: ZoneInfo) -> dict[str, Any]:
    nxt = _next_reminder(rows, now)
    iv = state.last_interview or state.upcoming
    return {
        "id": state.app.id,
        "company": state.app.company,
        "role": state.app.role,
        "status": state.status,
        "last_interview": iv.start.astimezone(tz).isoformat() if iv else None,
        "decision_date": state.decision_date.isoformat() if state.decision_date else None,
        "next_reminder": {"at": nxt.due_at.astimezone(tz).isoformat(), "summary": nxt.summary}
        if nxt and nxt.due_at
        else None,
        "drafts": sum(1 for r in rows if r.kind == "draft" and r.state == "live"),
        "review": len(state.review),
    }


def pipeline(engine: Any, now: datetime, show_all: bool = False) -> list[dict[str, Any]]:
    """Given an open engine and the time, returns one summary dict per application, in order."""
    rows = engine.state.artifacts()
    states = [s for s in engine.states(now) if show_all or not s.terminal or _recent(s, now)]
    return [_summary(s, [r for r in rows if r.app_id == s.app.id], now, engine.config.tz) for s in states]


def print_pipeline(engine: Any, now: datetime, show_all: bool = False) -> None:
    """Prints the pipeline table and any source that needs attention."""
    items = pipeline(engine, now, show_all)
    if not items:
        click.echo("No applications yet. afterview finds them in your calendar (or use `afterview add`).")
    else:
        click.echo(f"{'APPLICATION':<40} {'STATUS':<12} {'INTERVIEW':<11} {'NEXT REMINDER':<40} DRAFTS")
        for item in items:
            nxt = item["next_reminder"]
            when = f"{nxt['at'][:16].replace('T', ' ')} {nxt['summary'][:22]}" if nxt else "-"
            flag = " (review!)" if item["review"] else ""
            click.echo(
                f"{item['id'][:40]:<40} {item['status']:<12} {(item['last_interview'] or '-')[:10]:<11} "
                f"{when[:40]:<40} {item['drafts']}{flag}"
            )
    for h in engine.state.health():
        line = f"! {h.source}: {h.last_error}"
        if h.needs_reauth:
            line += f" — fix: {h.needs_reauth}"
        click.echo(line, err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--all", "show_all", is_flag=True, help="Include closed applications (offer, rejected, withdrawn).")
def status(as_json: bool, show_all: bool) -> None:
    """Show the pipeline: every application, its status and the next reminder."""
    with open_engine(connect=False) as engine:
        now = engine.clock()
        if as_json:
            items = pipeline(engine, now, show_all)
            sources = [_health(h) for h in engine.state.health()]
            click.echo(json.dumps({"applications": items, "sources": sources}, indent=2))
        else:
            print_pipeline(engine, now, show_all)


def _recent(state: AppState, now: datetime) -> bool:
    last = state.stop_message.at if state.stop_message else None
    return last is not None and (now - last).days < 14


def _health(h: Any) -> dict[str, Any]:
    return {
        "source": h.source,
        "failures": h.failures,
        "error": h.last_error,
        "fix": h.needs_reauth or None,
        "next_attempt_at": h.next_attempt_at.isoformat(),
    }


@main.command()
@click.argument("app")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def show(app: str, as_json: bool) -> None:
    """Show one application's history: what was observed and what afterview made.

    APP is an application id, a company name, or a unique prefix of either.
    """
    with open_engine(connect=False) as engine:
        now = engine.clock()
        found = engine.find(app)
        state = next(s for s in engine.states(now) if s.app.id == found.id)
        rows = engine.state.artifacts(found.id)
    tz = engine.config.tz
    summary = _summary(state, rows, now, tz)
    artifacts = [
        {
            "kind": r.kind,
            "state": r.state,
            "due": r.due_at.astimezone(engine.config.tz).isoformat() if r.due_at else None,
            "summary": r.summary,
            "where": f"{r.account}:{r.ref}",
        }
        for r in rows
    ]
    if as_json:
        timeline = [{"at": at.astimezone(tz).isoformat(), "what": what} for at, what in state.timeline]
        click.echo(json.dumps({**summary, "timeline": timeline, "artifacts": artifacts}, indent=2))
        return
    click.echo(f"{found.title}  [{found.id}]  status: {state.status}")
    if state.decision_date:
        click.echo(f"decision expected by {state.decision_date.isoformat()}")
    for item in state.review:
        click.echo(f"needs review: looks like {item.label} ({item.confidence:.2f}): {item.subject}")
    click.echo("\nTimeline:")
    for at, what in state.timeline:
        click.echo(f"  {at.astimezone(tz):%Y-%m-%d %H:%M}  {what}")
    click.echo("\nMade by afterview:" if artifacts else "\nNothing made by afterview yet.")
    for a in artifacts:
        due = f" {a['due'][:16].replace('T', ' ')}" if a["due"] else ""
        click.echo(f"  [{a['state']}] {a['kind']}{due}: {a['summary']}")


def _record(app: str, action: str, **payload: Any) -> str:
    with open_engine(connect=False) as engine:
        found = engine.find(app)
        engine.record(user_evidence(found.id, action, engine.clock(), **payload))  # type: ignore[arg-type]
        return str(found.title)


@main.command()
@click.argument("app")
@click.argument("text")
@click.option("--about", metavar="NAME", help="The interviewer this note is about (name or address).")
def note(app: str, text: str, about: str | None) -> None:
    """Add a note; thank-you drafts use the notes about each interviewer."""
    title = _record(app, "note", text=text, about=about)
    click.echo(f"note added to {title}; {APPLIED}")


@main.command()
@click.argument("app")
@click.argument("when", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="DATE")
def expect(app: str, when: datetime) -> None:
    """Record the decision date the employer promised (YYYY-MM-DD)."""
    title = _record(app, "expect", date=when.date())
    click.echo(f"{title}: decision expected by {when.date().isoformat()}; {APPLIED}")


@main.command()
@click.argument("app")
def withdraw(app: str) -> None:
    """Withdraw from an application: reminders stop and a polite withdrawal draft is prepared."""
    title = _record(app, "withdraw")
    click.echo(f"{title}: withdrawn; {APPLIED}")


@main.command()
@click.argument("app")
@click.argument("new_status", type=click.Choice(STATUSES), metavar="STATUS")
def mark(app: str, new_status: str) -> None:
    """Set the status by hand (e.g. after a phone call): one of the statuses `status` shows."""
    title = _record(app, "mark", status=new_status)
    click.echo(f"{title}: marked {new_status}; {APPLIED}")


@main.command()
@click.argument("company")
@click.option("--role", default="", help="The role, e.g. 'Senior Data Engineer'.")
@click.option(
    "--interviewed",
    type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M"]),
    help="When the interview took place, if it is not in your calendar.",
)
@click.option("--contact", metavar="EMAIL", help="Who to write to (recruiter or interviewer).")
@click.option("--contact-name", metavar="NAME", help="That person's name.")
def add(company: str, role: str, interviewed: datetime | None, contact: str | None, contact_name: str | None) -> None:
    """Track an application by hand (two roles at one company are two applications)."""
    with open_engine(connect=False) as engine:
        now = engine.clock()
        app_id = application_id(company, role)
        if any(a.id == app_id for a in engine.state.applications()):
            raise UsageError(f"{app_id} is already tracked", hint=f"see `afterview show {app_id}`")
        engine.state.add_application(Application(app_id, company, role, now, "manual"))
        when = None
        if interviewed is not None:
            local = interviewed if interviewed.time() != time(0) else datetime.combine(interviewed.date(), time(12))
            when = local.replace(tzinfo=engine.config.tz)
        engine.record(
            user_evidence(app_id, "add", now, interviewed_at=when, contact=contact, contact_name=contact_name)
        )
    click.echo(f"tracking {app_id}; {APPLIED}")


@main.command()
@click.option("--accept", "accept", metavar="ID", help="Confirm item ID (the rejection or offer stands).")
@click.option("--dismiss", "dismiss", metavar="ID", help="Dismiss item ID (it was not a decision).")
def review(accept: str | None, dismiss: str | None) -> None:
    """List mail that looks like a decision but afterview is not sure of; reminders stay until you say."""
    with open_engine(connect=False) as engine:
        now = engine.clock()
        items = [i for s in engine.states(now) for i in s.review]
        numbered = {str(n): i for n, i in enumerate(sorted(items, key=lambda i: i.at), start=1)}
        target = accept or dismiss
        if target:
            item = numbered.get(target)
            if item is None:
                raise UsageError(f"no review item {target}", hint="run `afterview review` to list them")
            decision = "accept" if accept else "dismiss"
            engine.record(user_evidence(item.app_id, "review", now, item=item.key, decision=decision))
            click.echo(f"{decision}ed: {item.label} for {item.app_id}; {APPLIED}")
            return
        unattributed = [e for e in engine.state.evidence(kinds=("inbound",)) if e.app_id is None]
    if not numbered and not unattributed:
        click.echo("Nothing to review.")
    for n, item in numbered.items():
        click.echo(f"{n}. {item.app_id}: looks like {item.label} ({item.confidence:.2f}) — {item.subject}")
        if item.reasons:
            click.echo(f"   why: {'; '.join(item.reasons[:3])}")
    if numbered:
        click.echo("Confirm with `afterview review --accept N`, or `--dismiss N` if it was not a decision.")
    for e in unattributed:
        click.echo(
            f"? {e.at.date().isoformat()} {e.data.get('label')} from {e.data.get('from', {}).get('email')}: "
            f"{e.data.get('subject')} — {e.data.get('attribution')}; `afterview mark` the right application"
        )
