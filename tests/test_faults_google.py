"""Faults mid-cycle on a Google account (the fake) next to a healthy local account, through the engine.

The fake answers 429 with Retry-After, 500, drops connections (TCP reset), stalls past the
client's timeout, and revokes or expires tokens at a chosen call: while pulling mail after the
calendar succeeded, and while reconciling (creating drafts and reminder events). Every test
checks that the local account's artifacts are made, the faulty source is backed off (later on
each failure in a row, cleared on success), `afterview status` names it (and the exact
re-authorisation command for auth), and that after recovery both accounts hold exactly what a
run without faults makes, each artifact once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from afterview.connectors.secrets import set_secret
from afterview.daemon.config import Config
from engine_kit import ME, Clock, mail
from fakes.google_errors import ApiError, rate_limited, user_rate_limited
from fakes.google_faults import FaultyGoogle
from fault_kit import (
    AFTER,
    LOCAL,
    acme_interview,
    cycle,
    evidence_keys,
    google_held,
    health,
    held,
    inline,
    live_keys,
    seed_local,
    status,
    write_config,
)
from google_kit import google_event
from memory_keyring import memory_keyring

ACCOUNT = "personal"
FIX = "afterview auth google --account personal"
STALL = 1.6  # seconds; the connector's timeout is 1 s

REJECTION = (
    "Dear Jordan,\n\nThank you for your interest in the Senior Data Engineer role at Acme. Unfortunately, we have "
    "decided not to move forward with your application. We have decided to pursue other candidates whose "
    "experience more closely matches our needs.\n\nWe wish you all the best in your job search.\n\nDana Smith\nAcme"
)


def _server_error() -> ApiError:
    return ApiError(500, "backendError", "Internal error encountered.")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[FaultyGoogle, Config]]:
    """A Google account on the faulty fake (one try per call: faults reach the engine) + a local account."""
    with memory_keyring():
        fake = FaultyGoogle(email=ME).start()
        try:
            set_secret(ACCOUNT, "google_refresh_token", fake.issue_refresh_token())
            opts = inline({"type": "google", **fake.client_options(), "retry_base_seconds": 0.001,
                           "max_retries": 0, "timeout": 1})
            config = write_config(tmp_path, [f"[accounts.{ACCOUNT}]", f"calendar = {opts}", f"mail = {opts}"])
            fake.calendar.put_event(google_event(acme_interview()))
            seed_local(config)
            yield fake, config
            assert fake.violations == [], "requests the Google API would reject"
        finally:
            fake.stop()


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What one cycle at AFTER makes without any fault: owned keys per backend, evidence keys."""
    from afterview.connectors.memory import reset_memory_stores

    reset_memory_stores()
    tmp = tmp_path_factory.mktemp("clean")
    with memory_keyring():
        fake = FaultyGoogle(email=ME).start()
        try:
            set_secret(ACCOUNT, "google_refresh_token", fake.issue_refresh_token())
            opts = inline({"type": "google", **fake.client_options(), "retry_base_seconds": 0.001})
            config = write_config(tmp, [f"[accounts.{ACCOUNT}]", f"calendar = {opts}", f"mail = {opts}"])
            fake.calendar.put_event(google_event(acme_interview()))
            seed_local(config)
            report = cycle(config, Clock(AFTER))
            assert not report.failed_sources and not report.problems, report
            outcome = {"google": google_held(fake), "local": held(config, LOCAL), "evidence": evidence_keys(config)}
        finally:
            fake.stop()
            reset_memory_stores()
    assert sum(outcome["google"].values()) >= 4 and sum(outcome["local"].values()) >= 3, outcome
    return outcome


def assert_recovered(fake: FaultyGoogle, config: Config, clock: Clock, clean: dict[str, Any]) -> None:
    """Runs cycles until the Google sources are tried again; then both accounts equal the clean run."""
    for _ in range(3):
        fake.settle()  # the retry comes minutes later: a write that landed after a timeout is there by then
        pending = health(config)
        if not pending:
            break
        clock.now = max(clock.now, *(h.next_attempt_at + timedelta(seconds=1) for h in pending.values()))
        report = cycle(config, clock)
        assert not report.failed_sources, report.failed_sources
    assert health(config) == {}, "a source that works again is cleared"
    fake.settle()  # a late write counts: it would be a duplicate the user sees
    got = google_held(fake)
    assert got == clean["google"], "every artifact exactly once, none lost"
    assert set(got) == live_keys(config, ACCOUNT), "the ledger knows exactly what Google holds"
    assert held(config, LOCAL) == clean["local"]
    assert evidence_keys(config) == clean["evidence"]
    clock.advance(minutes=1)
    assert cycle(config, clock).changes == [], "after recovery a cycle has nothing left to do"


def assert_local_made(config: Config, clean: dict[str, Any]) -> None:
    assert held(config, LOCAL) == clean["local"], "the healthy account's artifacts are made"


def assert_status_names(config: Config, now: datetime, source: str, fix: str | None = None) -> str:
    code, out, err = status(config, now)
    assert code == 0, (out, err)
    [line] = [ln for ln in err.splitlines() if ln.startswith(f"! {source}: ")]
    if fix is None:
        assert "fix:" not in line
    else:
        assert line.endswith(f"fix: {fix}"), line
    return line


# ---------------------------------------------------------------- faults while pulling mail

PULL_FAULTS: dict[str, tuple[Callable[[FaultyGoogle, str], None], timedelta, str]] = {
    "429 Retry-After": (lambda f, m: f.fail_next(m, rate_limited(900)), timedelta(seconds=900), "HTTP 429"),
    "403 user rate": (lambda f, m: f.fail_next(m, user_rate_limited()), timedelta(minutes=2), "HTTP 403"),
    "500": (lambda f, m: f.fail_next(m, _server_error()), timedelta(minutes=2), "HTTP 500"),
    "connection reset": (lambda f, m: f.reset_next(m), timedelta(minutes=2), "ConnectionResetError"),
    "timeout": (lambda f, m: f.stall_next(m, STALL), timedelta(minutes=2), "TimeoutError"),
}


@pytest.mark.parametrize("fault", list(PULL_FAULTS))
def test_mail_pull_fault_after_the_calendar_backs_off_that_source_only(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any], fault: str
) -> None:
    fake, config = world
    arm, delay, shown = PULL_FAULTS[fault]
    arm(fake, "gmail.users.messages.list")
    clock = Clock(AFTER)
    report = cycle(config, clock)

    assert list(report.failed_sources) == [f"{ACCOUNT}:mail"] and shown in report.failed_sources[f"{ACCOUNT}:mail"]
    assert fake.calls["calendar.events.list"] == 1, "the calendar was read before the mail failed"
    assert_local_made(config, clean)
    assert google_held(fake) == Counter(), "nothing is written to an account whose source failed"
    [h] = health(config).values()
    assert (h.source, h.failures, h.needs_reauth) == (f"{ACCOUNT}:mail", 1, "")
    assert h.next_attempt_at - clock.now == delay
    assert shown in assert_status_names(config, clock.now, f"{ACCOUNT}:mail")

    # Before the next attempt the source is left alone: not a single request to Gmail.
    fake.reset_counts()
    clock.advance(seconds=(delay / 2).total_seconds())
    report = cycle(config, clock)
    assert fake.http_requests["gmail"] == 0 and "next try" in report.failed_sources[f"{ACCOUNT}:mail"]
    assert_recovered(fake, config, clock, clean)


def test_backoff_doubles_on_each_failure_up_to_the_cap_and_resets_on_success(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any]
) -> None:
    fake, config = world
    clock = Clock(AFTER - timedelta(hours=4))  # before the interview: nothing to write yet
    assert not cycle(config, clock).failed_sources
    delays = []
    for _ in range(7):
        fake.fail_next("gmail.users.history.list", _server_error())
        report = cycle(config, clock)
        assert list(report.failed_sources) == [f"{ACCOUNT}:mail"]
        h = health(config)[f"{ACCOUNT}:mail"]
        delays.append(h.next_attempt_at - clock.now)
        clock.now = h.next_attempt_at
    assert [d.total_seconds() / 60 for d in delays] == [2, 4, 8, 16, 32, 60, 60]  # max_backoff_minutes = 60
    assert health(config)[f"{ACCOUNT}:mail"].failures == 7
    assert not cycle(config, clock).failed_sources and health(config) == {}
    fake.fail_next("gmail.users.history.list", _server_error())
    cycle(config, clock)
    assert health(config)[f"{ACCOUNT}:mail"].next_attempt_at - clock.now == timedelta(minutes=2), "reset after success"
    assert clock.now < AFTER - timedelta(minutes=5)
    clock.now = AFTER
    assert_recovered(fake, config, clock, clean)


# ---------------------------------------------------------------- faults while reconciling

RECONCILE_FAULTS: dict[str, tuple[str, Callable[[FaultyGoogle, str], None], timedelta]] = {
    "draft 429 Retry-After": ("gmail.users.drafts.create", lambda f, m: f.fail_next(m, rate_limited(600)),
                              timedelta(seconds=600)),
    "draft 500": ("gmail.users.drafts.create", lambda f, m: f.fail_next(m, _server_error()), timedelta(minutes=2)),
    "draft reset": ("gmail.users.drafts.create", lambda f, m: f.reset_next(m), timedelta(minutes=2)),
    # The server stores the draft after the client gave up: the retry must adopt it, not add one.
    "draft timeout, write landed": ("gmail.users.drafts.create", lambda f, m: f.stall_next(m, STALL),
                                    timedelta(minutes=2)),
    "event 500": ("calendar.events.insert", lambda f, m: f.fail_next(m, _server_error()), timedelta(minutes=2)),
    "event reset": ("calendar.events.insert", lambda f, m: f.reset_next(m), timedelta(minutes=2)),
    "event timeout, write landed": ("calendar.events.insert", lambda f, m: f.stall_next(m, STALL),
                                    timedelta(minutes=2)),
}


@pytest.mark.parametrize("fault", list(RECONCILE_FAULTS))
def test_fault_while_writing_backs_off_the_backend_and_recovers_without_duplicates(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any], fault: str
) -> None:
    fake, config = world
    method, arm, delay = RECONCILE_FAULTS[fault]
    source = f"{ACCOUNT}:{'mail' if method.startswith('gmail') else 'calendar'}"
    arm(fake, method)
    clock = Clock(AFTER)
    report = cycle(config, clock)
    fake.settle()

    assert list(report.failed_sources) == [source], report
    assert fake.seen[method] == 1, "a backend in trouble is not tried again for every other artifact"
    assert_local_made(config, clean)
    h = health(config)[source]
    assert h.failures == 1 and h.next_attempt_at - clock.now == delay and h.needs_reauth == ""
    assert_status_names(config, clock.now, source)

    # The pull works again, the writes fail again: the back-off grows instead of starting over.
    clock.now = h.next_attempt_at
    arm(fake, method)
    assert list(cycle(config, clock).failed_sources) == [source]
    again = health(config)[source]
    assert again.failures == 2 and again.next_attempt_at - clock.now == max(delay, timedelta(minutes=4))
    assert_recovered(fake, config, clock, clean)


def test_grant_revoked_while_writing_names_the_fix_and_recovers_after_reauthorisation(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any]
) -> None:
    fake, config = world
    fake.on_call("gmail.users.drafts.create", fake.revoke_all)
    clock = Clock(AFTER)
    report = cycle(config, clock)

    assert report.failed_sources, report
    assert all(FIX in why for why in report.failed_sources.values()), report.failed_sources
    assert fake.seen["gmail.users.drafts.create"] == 1
    assert fake.http_requests["token"] <= 4, "two grants at start, at most one refused refresh per source"
    assert_local_made(config, clean)
    for source in report.failed_sources:
        assert health(config)[source].needs_reauth == FIX
        assert_status_names(config, clock.now, source, fix=FIX)

    # Until the account is re-authorised and its wait is over, Google is not contacted at all.
    fake.reset_counts()
    clock.advance(minutes=30)
    cycle(config, clock)
    assert sum(fake.http_requests.values()) == 0
    set_secret(ACCOUNT, "google_refresh_token", fake.issue_refresh_token())  # `afterview auth google`
    assert_recovered(fake, config, clock, clean)


def test_grant_revoked_between_calendar_and_mail_fails_the_mail_source_with_the_fix(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any]
) -> None:
    fake, config = world
    fake.on_call("gmail.users.getProfile", fake.revoke_all)
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert report.failed_sources == {f"{ACCOUNT}:mail": f"needs re-authorisation: run `{FIX}`"}
    assert_local_made(config, clean)
    assert google_held(fake) == Counter()
    assert_status_names(config, clock.now, f"{ACCOUNT}:mail", fix=FIX)
    set_secret(ACCOUNT, "google_refresh_token", fake.issue_refresh_token())
    assert_recovered(fake, config, clock, clean)


def test_access_token_expiring_mid_cycle_is_refreshed_without_a_failure(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any]
) -> None:
    fake, config = world
    fake.on_call("gmail.users.drafts.create", fake.expire_access_tokens)
    fake.on_call("calendar.events.insert", fake.expire_access_tokens)
    report = cycle(config, Clock(AFTER))
    assert not report.failed_sources and not report.problems, report
    assert fake.transport_faults["call"] == 2 and fake.http_requests["token"] > 2, "tokens were refreshed"
    assert google_held(fake) == clean["google"]
    assert_local_made(config, clean)


@pytest.mark.parametrize("fault", ["timeout", "connection reset"])
def test_token_endpoint_trouble_is_transient_not_a_reauthorisation(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any], fault: str
) -> None:
    fake, config = world
    if fault == "timeout":
        fake.stall_next("token", STALL)
    else:
        fake.reset_next("token")
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert list(report.failed_sources) == [f"{ACCOUNT}:calendar"], report
    assert "re-authorisation" not in report.failed_sources[f"{ACCOUNT}:calendar"]
    assert health(config)[f"{ACCOUNT}:calendar"].needs_reauth == ""
    assert_status_names(config, clock.now, f"{ACCOUNT}:calendar")
    assert_local_made(config, clean)
    assert_recovered(fake, config, clock, clean)


def test_removal_failing_after_a_rejection_is_retried_until_the_reminders_are_gone(
    world: tuple[FaultyGoogle, Config], clean: dict[str, Any]
) -> None:
    fake, config = world
    clock = Clock(AFTER)
    assert not cycle(config, clock).failed_sources
    clock.advance(days=2)
    fake.gmail.deliver(mail("dana.smith@acme.com", "Your application at Acme", REJECTION,
                            clock.now - timedelta(hours=1), sender_name="Dana Smith"))
    fake.fail_next("calendar.events.delete", rate_limited(300))
    report = cycle(config, clock)
    assert list(report.failed_sources) == [f"{ACCOUNT}:calendar"], report
    assert fake.calls["calendar.events.delete"] == 1
    assert_status_names(config, clock.now, f"{ACCOUNT}:calendar")
    clock.now = health(config)[f"{ACCOUNT}:calendar"].next_attempt_at
    report = cycle(config, clock)
    assert not report.failed_sources and health(config) == {}
    future = [k for k, n in google_held(fake).items() if k.startswith("tickler/followup/acme")]
    assert future == [], "the follow-up reminders went once the calendar answered again"
    assert all(n == 1 for n in google_held(fake).values())
    clock.advance(minutes=1)
    assert cycle(config, clock).changes == []

