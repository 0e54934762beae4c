"""The reconciler: make the backends hold exactly the planned artifacts, touching only our own.

For each planned artifact: unknown to the ledger -> look it up by key (a crash may have
created it) or create it; known and changed -> update it if the backend still holds what we
wrote. For each live ledger entry no longer planned -> remove it if unchanged. A conflict
means the user edited it: it becomes theirs. A missing one means the user deleted or sent it:
it is never made again. Reminders whose time has passed are history: never created late,
never changed, never removed. Each change is written to the ledger right after it happens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from afterview.connectors.base import (
    CalendarConnector,
    Draft,
    MailboxConnector,
    StoredDraft,
    StoredTickler,
    Tickler,
)
from afterview.connectors.errors import AuthError, ConflictError, ConnectorError, NotFoundError, TransientError
from afterview.daemon.policy import Planned
from afterview.daemon.state import ArtifactRow, ArtifactState, State

log = logging.getLogger(__name__)


@dataclass
class ReconcileReport:
    """What one reconciliation did, as human lines, and what it could not do."""

    changes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Sources ("account:calendar" / "account:mail") that failed as a whole (auth, rate limit, outage):
    # nothing more is tried there this cycle, and the engine backs them off like a failed pull.
    failed: dict[str, ConnectorError] = field(default_factory=dict)


class _Backend:
    """Uniform create/find/update/delete over a calendar (ticklers) or a mailbox (drafts)."""

    def __init__(self, kind: str, target: CalendarConnector | MailboxConnector) -> None:
        self.kind = kind
        self.target = target

    def find(self, key: str) -> StoredTickler | StoredDraft | None:
        if self.kind == "tickler":
            return self.target.find_tickler(key)  # type: ignore[union-attr]
        return self.target.find_draft(key)  # type: ignore[union-attr]

    def create(self, item: Tickler | Draft) -> StoredTickler | StoredDraft:
        if isinstance(item, Tickler):
            return self.target.create_tickler(item)  # type: ignore[union-attr]
        return self.target.save_draft(item)  # type: ignore[union-attr]

    def update(self, ref: str, item: Tickler | Draft, expected: str) -> StoredTickler | StoredDraft:
        if isinstance(item, Tickler):
            return self.target.update_tickler(ref, item, expected)  # type: ignore[union-attr]
        return self.target.update_draft(ref, item, expected)  # type: ignore[union-attr]

    def delete(self, ref: str, expected: str) -> None:
        if self.kind == "tickler":
            self.target.delete_tickler(ref, expected)  # type: ignore[union-attr]
        else:
            self.target.delete_draft(ref, expected)  # type: ignore[union-attr]


def _describe(item: Tickler | Draft) -> str:
    if isinstance(item, Tickler):
        return f"{item.summary} ({item.start:%Y-%m-%d %H:%M %Z})"
    return f"{item.subject} -> {', '.join(p.email or '' for p in item.to)}"


def _due(item: Tickler | Draft) -> datetime | None:
    return item.start if isinstance(item, Tickler) else None


def reconcile(
    planned: Iterable[Planned],
    state: State,
    calendars: Mapping[str, CalendarConnector],
    mailboxes: Mapping[str, MailboxConnector],
    now: datetime,
    *,
    skip_accounts: frozenset[str] = frozenset(),
    scope: Callable[[ArtifactRow], bool] = lambda row: True,
) -> ReconcileReport:
    """Given the planned artifacts and the connectors by account, applies the difference.

    `skip_accounts` are accounts whose backend failed this cycle: nothing there is touched.
    `scope` limits which ledger rows may be removed (default: all).
    Raises nothing for per-artifact trouble: it lands in the report's problems.
    """
    report = ReconcileReport()
    ledger = {row.key: row for row in state.artifacts()}
    wanted: dict[str, Planned] = {}
    for planned_item in planned:
        wanted.setdefault(planned_item.key, planned_item)

    def backend(kind: str, account: str) -> _Backend | None:
        if account in skip_accounts or _source(kind, account) in report.failed:
            return None
        target = (calendars if kind == "tickler" else mailboxes).get(account)
        return _Backend(kind, target) if target is not None else None

    for key, plan_item in wanted.items():
        kind = "tickler" if isinstance(plan_item.item, Tickler) else "draft"
        be = backend(kind, plan_item.account)
        if be is None:
            continue
        row = ledger.get(key)
        try:
            if row is None:
                _create(state, be, plan_item, now, report)
            elif row.state == "live":
                _update(state, be, row, plan_item.item, now, report)
        except ConnectorError as exc:
            _failed(report, kind, plan_item.account, key, exc)

    for row in ledger.values():
        if row.key in wanted or row.state != "live" or not scope(row):
            continue
        if row.kind == "tickler" and row.due_at is not None and row.due_at <= now:
            continue  # a reminder that has happened stays as history
        be = backend(row.kind, row.account)
        if be is None:
            continue
        try:
            be.delete(row.ref, row.content_hash)
            _mark(state, row, "removed", now)
            report.changes.append(f"removed {row.kind}: {row.summary}")
        except ConflictError:
            _mark(state, row, "user", now)
            report.changes.append(f"left alone (you edited it): {row.summary}")
        except NotFoundError:
            # Already gone, as planned: maybe by a run killed after deleting it but before recording that.
            _mark(state, row, "removed", now)
        except ConnectorError as exc:
            _failed(report, row.kind, row.account, row.key, exc)
    return report


def _source(kind: str, account: str) -> str:
    return f"{account}:{'calendar' if kind == 'tickler' else 'mail'}"


def _failed(report: ReconcileReport, kind: str, account: str, key: str, exc: ConnectorError) -> None:
    """Given an error applying one artifact, records it as the backend's failure or the artifact's problem."""
    if isinstance(exc, (AuthError, TransientError)):
        # The backend, not this artifact, is in trouble: hammering it with the rest would only
        # break Retry-After or repeat a refused token refresh for every artifact.
        report.failed[_source(kind, account)] = exc
    else:
        report.problems.append(f"{kind} {key}: {exc}")
    log.warning("could not apply %s %s: %s", kind, key, exc)


def _mark(state: State, row: ArtifactRow, new_state: ArtifactState, now: datetime) -> None:
    state.put_artifact(replace(row, state=new_state, updated_at=now))


def _row(plan_item: Planned, stored: StoredTickler | StoredDraft, kind: str, now: datetime) -> ArtifactRow:
    item = plan_item.item
    return ArtifactRow(
        key=item.key,
        app_id=item.app_id,
        kind=kind,
        account=plan_item.account,
        ref=stored.ref,
        content_hash=stored.fingerprint,
        state="live",
        due_at=_due(item),
        summary=_describe(item),
        created_at=now,
        updated_at=now,
    )


def _create(state: State, be: _Backend, plan_item: Planned, now: datetime, report: ReconcileReport) -> None:
    item = plan_item.item
    if isinstance(item, Tickler) and item.start <= now:
        return  # never create a reminder in the past (nor ask the backend about one)
    found = be.find(item.key)
    if found is not None:
        # Made before a crash and not yet recorded: adopt it, don't duplicate it.
        state.put_artifact(_row(plan_item, found, be.kind, now))
        return
    stored = be.create(item)
    state.put_artifact(_row(plan_item, stored, be.kind, now))
    report.changes.append(f"created {be.kind}: {_describe(item)}")


def _update(
    state: State,
    be: _Backend,
    row: ArtifactRow,
    item: Tickler | Draft,
    now: datetime,
    report: ReconcileReport,
) -> None:
    wanted_hash = item.fingerprint()
    if wanted_hash == row.content_hash:
        return
    if row.kind == "tickler" and row.due_at is not None and row.due_at <= now:
        return  # history
    try:
        stored = be.update(row.ref, item, row.content_hash)
    except ConflictError:
        found = be.find(item.key)
        if found is not None and found.fingerprint == wanted_hash:
            # Our own update landed before a crash kept the ledger from recording it.
            state.put_artifact(
                replace(row, ref=found.ref, content_hash=wanted_hash, due_at=_due(item), updated_at=now)
            )
            return
        _mark(state, row, "user", now)
        report.changes.append(f"left alone (you edited it): {row.summary}")
        return
    except NotFoundError:
        _mark(state, row, "gone", now)
        return
    state.put_artifact(
        replace(
            row,
            ref=stored.ref,
            content_hash=stored.fingerprint,
            due_at=_due(item),
            summary=_describe(item),
            updated_at=now,
        )
    )
    report.changes.append(f"updated {row.kind}: {_describe(item)}")
