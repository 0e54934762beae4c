"""The engine: builds connectors from config, runs cycles, and answers the CLI's questions.

One cycle: pull each source (incremental cursor) -> classify -> append evidence and commit it
with the cursor -> fold every application's status -> plan the desired artifacts -> reconcile.
A source that fails is backed off on its own; the other accounts keep running. The engine
knows connectors only through the contract and the registry.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from afterview.connectors import registry
from afterview.connectors.base import CalendarConnector, MailboxConnector
from afterview.connectors.errors import AfterviewError, AuthError, ConnectorError, TransientError
from afterview.daemon.attribute import AppIndex
from afterview.daemon.config import Config, connector_context
from afterview.daemon.errors import UsageError
from afterview.daemon.evidence import Application, Evidence
from afterview.daemon.followups import Rules, no_response_at
from afterview.daemon.infer import AppState, fold
from afterview.daemon.policy import Planned, Profile, plan
from afterview.daemon.reconcile import reconcile
from afterview.daemon.sources import Pulled, pull_calendar, pull_mail
from afterview.daemon.state import State

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class CycleReport:
    """What one cycle changed, what it skipped, and which sources failed (source -> reason)."""

    changes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed_sources: dict[str, str] = field(default_factory=dict)
    sources: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed_sources or len(self.failed_sources) < self.sources


def rules_from(config: Config) -> Rules:
    p = config.policy
    return Rules(
        tz=config.tz,
        day_start=p.day_start,
        quiet_start=p.quiet_hours_start,
        thank_you_delay=timedelta(hours=p.thank_you_delay_hours),
        business_days=p.business_days,
        after_days=p.followup_after_days,
        interval_days=p.followup_interval_days,
        max_followups=p.max_followups,
        tickler_minutes=p.tickler_minutes,
        alarm_minutes_before=p.alarm_minutes_before,
        threshold=p.confidence_threshold,
    )


class Engine:
    """afterview's engine over one state file and the configured accounts."""

    def __init__(
        self,
        config: Config,
        state: State,
        calendars: dict[str, CalendarConnector],
        mailboxes: dict[str, MailboxConnector],
        clock: Clock = system_clock,
        broken: dict[str, str] | None = None,
    ) -> None:
        self.config = config
        self.state = state
        self.calendars = calendars
        self.mailboxes = mailboxes
        self.clock = clock
        self.broken = broken or {}
        self.rules = rules_from(config)
        self.profile = Profile(
            me=config.me, name=config.name, calendar_accounts=tuple(calendars), mail_accounts=tuple(mailboxes)
        )

    @classmethod
    @contextmanager
    def open(cls, config: Config, *, clock: Clock = system_clock, connect: bool = True) -> Iterator[Engine]:
        """Given a config, opens the state and builds every connector; closes them on exit.

        A connector that cannot be built is reported per source and skipped, never fatal.
        With connect=False no connector is built (for read-only commands).
        """
        state = State.open(config.state_path)
        calendars: dict[str, CalendarConnector] = {}
        mailboxes: dict[str, MailboxConnector] = {}
        broken: dict[str, str] = {}
        try:
            if connect:
                for account in config.accounts:
                    ctx = connector_context(config, account.name)
                    try:
                        if account.calendar is not None:
                            cal_cls = registry.calendar_class(account.calendar.type)
                            calendars[account.name] = cal_cls.from_options(account.calendar.options, ctx)
                    except AfterviewError as exc:
                        broken[f"{account.name}:calendar"] = str(exc)
                    try:
                        if account.mail is not None:
                            mail_cls = registry.mailbox_class(account.mail.type)
                            mailboxes[account.name] = mail_cls.from_options(account.mail.options, ctx)
                    except AfterviewError as exc:
                        broken[f"{account.name}:mail"] = str(exc)
            yield cls(config, state, calendars, mailboxes, clock, broken)
        finally:
            connectors: list[CalendarConnector | MailboxConnector] = [
                *calendars.values(),
                *mailboxes.values(),
            ]
            for connector in connectors:
                try:
                    connector.close()
                except Exception:  # closing must not hide the real outcome
                    log.debug("closing a connector failed", exc_info=True)
            state.close()

    # ------------------------------------------------------------ reading

    def states(self, now: datetime | None = None) -> list[AppState]:
        """Returns every application's folded state at `now` (default: the clock)."""
        moment = now or self.clock()
        evidence: dict[str, list[Evidence]] = {}
        for item in self.state.evidence():
            if item.app_id:
                evidence.setdefault(item.app_id, []).append(item)
        threshold = self.rules.threshold
        return [
            fold(
                app,
                evidence.get(app.id, []),
                moment,
                threshold=threshold,
                no_response_at=lambda anchor: no_response_at(anchor, self.rules),
            )
            for app in self.state.applications()
        ]

    def find(self, query: str) -> Application:
        """Given an application id, company or a unique prefix of either, returns it; raises UsageError."""
        apps = self.state.applications()
        q = query.strip().lower()
        for matcher in (
            lambda a: a.id == q,
            lambda a: a.company.lower() == q or a.title.lower() == q,
            lambda a: a.id.startswith(q) or a.company.lower().startswith(q),
            lambda a: q in a.id or q in a.title.lower(),
        ):
            hits = [a for a in apps if matcher(a)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                names = ", ".join(a.id for a in hits)
                raise UsageError(f"{query!r} matches several applications: {names}", hint="use the full id")
        raise UsageError(f"no application matches {query!r}", hint="see `afterview status`")

    def record(self, item: Evidence) -> None:
        self.state.append(item)

    # ------------------------------------------------------------ one cycle

    def run_cycle(self) -> CycleReport:
        """Runs one cycle at the clock's time; returns what changed. Raises only on state errors."""
        now = self.clock()
        report = CycleReport()
        report.failed_sources.update(self.broken)
        failed_accounts = {src.split(":", 1)[0] for src in self.broken}
        lookback = timedelta(days=self.config.policy.lookback_days)
        window = (now - lookback, now + timedelta(days=self.config.policy.lookahead_days))
        index = AppIndex.build(self.states(now), self.config.me)

        cfg = self.config

        def calendar_pull(name: str, calendar: Any, cursor: tuple[str, datetime] | None) -> Pulled:
            return pull_calendar(
                name,
                calendar,
                cursor,
                index,
                now,
                window=window,
                me=cfg.me,
                track_coffee_chats=cfg.policy.track_coffee_chats,
            )

        recovered: set[str] = set()
        self._pull_all("calendar", self.calendars, calendar_pull, now, report, failed_accounts, recovered)
        # Mail is attributed against the applications the calendars just revealed.
        index = AppIndex.build(self.states(now), cfg.me)
        known = {e.key for e in self.state.evidence(kinds=("inbound", "outbound"))}

        def mail_pull(name: str, mailbox: Any, cursor: tuple[str, datetime] | None) -> Pulled:
            return pull_mail(
                name, mailbox, cursor[0] if cursor else None, index, now, lookback=lookback, me=cfg.me, known=known
            )

        self._pull_all("mail", self.mailboxes, mail_pull, now, report, failed_accounts, recovered)

        states = self.states(now)
        planned: list[Planned] = [p for s in states for p in plan(s, now, self.rules, self.profile)]
        result = reconcile(
            planned, self.state, self.calendars, self.mailboxes, now, skip_accounts=frozenset(failed_accounts)
        )
        report.changes.extend(result.changes)
        report.problems.extend(result.problems)
        for source, exc in result.failed.items():
            self._back_off(source, exc, now, report)
        # A source is healthy again only once its writes went through too, so a backend that
        # reads fine but keeps refusing writes backs off longer each time instead of from scratch.
        for source in recovered - result.failed.keys():
            self.state.record_success(source)
        for line in report.problems:
            log.warning("%s", line)
        return report

    def _pull_all(
        self,
        kind: str,
        connectors: Mapping[str, Any],
        pull: Callable[[str, Any, tuple[str, datetime] | None], Pulled],
        now: datetime,
        report: CycleReport,
        failed_accounts: set[str],
        recovered: set[str],
    ) -> None:
        """Pulls every source of one kind, committing each one's evidence with its cursor.

        A source that answers in pages is pulled page after page, each committed with its
        continuation cursor, so a killed first scan resumes at the page it stopped in.
        """
        for name, connector in connectors.items():
            source = f"{name}:{kind}"
            report.sources += 1
            while True:
                more = self._pull_page(source, functools.partial(pull, name, connector), now, report, recovered)
                if more is None:
                    failed_accounts.add(name)
                if not more:
                    break

    def _pull_page(
        self,
        source: str,
        pull: Callable[[tuple[str, datetime] | None], Pulled],
        now: datetime,
        report: CycleReport,
        recovered: set[str],
    ) -> bool | None:
        """Pulls and commits one page of a source; returns whether more follow (None: failed or waiting).

        The page's data is dropped on return, so a long listing holds one page at a time.
        """
        cursor = self.state.cursor(source)
        pulled = self._guarded(source, now, functools.partial(pull, cursor), report, recovered)
        if pulled is None:
            return None
        self._commit(source, pulled, now if pulled.full or cursor is None else cursor[1], report)
        if pulled.more and cursor is not None and pulled.cursor == cursor[0]:
            # A connector bug must not spin the cycle forever; the next cycle tries again.
            report.problems.append(f"{source}: the listing did not advance; continuing next cycle")
            return False
        return pulled.more

    def _commit(self, source: str, pulled: Pulled, full_at: datetime, report: CycleReport) -> None:
        with self.state.transaction():
            for app in pulled.apps:
                self.state.add_application(app)
                report.changes.append(f"new application: {app.title}")
            for app_id, role in pulled.roles.items():
                self.state.set_application_role(app_id, role)
            added = sum(1 for item in pulled.evidence if self.state.append(item))
            self.state.set_cursor(source, pulled.cursor, full_at)
        if added:
            log.info("%s: %d new observations", source, added)
        report.problems.extend(f"{source}: {p}" for p in pulled.problems)

    def _guarded(
        self, source: str, now: datetime, pull: Callable[[], Pulled], report: CycleReport, recovered: set[str]
    ) -> Pulled | None:
        """Runs one source's pull with back-off bookkeeping; returns None if it failed or waits.

        A source that was failing and pulled fine is added to `recovered` (cleared after reconcile).
        """
        health = self.state.health_of(source)
        if health is not None and health.next_attempt_at > now:
            report.failed_sources[source] = f"{health.last_error} (next try {health.next_attempt_at:%H:%M} UTC)"
            return None
        try:
            pulled = pull()
        except ConnectorError as exc:
            self._back_off(source, exc, now, report)
            return None
        if health is not None:
            recovered.add(source)
        return pulled

    def _back_off(self, source: str, exc: ConnectorError, now: datetime, report: CycleReport) -> None:
        """Given a source's failure, records when to try it again (growing with each failure in a row)."""
        if isinstance(exc, AuthError):
            fix = exc.hint or f"afterview auth ... --account {source.split(':')[0]}"
            self.state.record_failure(source, str(exc), now + timedelta(hours=1), needs_reauth=fix)
            report.failed_sources[source] = f"needs re-authorisation: run `{fix}`"
            return
        health = self.state.health_of(source)
        failures = (health.failures if health else 0) + 1
        cap = timedelta(minutes=self.config.service.max_backoff_minutes)
        delay = min(cap, timedelta(minutes=2 ** min(failures, 16)))
        if isinstance(exc, TransientError) and exc.retry_after:
            delay = max(delay, timedelta(seconds=exc.retry_after))
        self.state.record_failure(source, str(exc), now + delay)
        report.failed_sources[source] = str(exc)
        log.warning("%s failed (%s); next try in %s", source, exc, delay)
