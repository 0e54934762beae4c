"""Faults mid-cycle on Microsoft Graph, Exchange, CalDAV (Radicale) and IMAP (Dovecot), through the engine.

Each test runs the faulty account next to a healthy local (memory) account and checks the same
things: the local account's artifacts are made, the faulty source is backed off (its next try in
the future), `afterview status` names it and, for refused credentials, the exact
`afterview auth … --account NAME` command; once the fault is gone and its wait is over, the
account recovers with each artifact exactly once and a further cycle changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from afterview.connectors.graph import tokens as graph_tokens
from afterview.connectors.graph.auth import authorise
from afterview.connectors.graph.tokens import AppRegistration, forget_shared_tokens
from afterview.connectors.secrets import set_secret
from afterview.daemon.config import Config
from contract_data import event_to_ics
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture  # noqa: F401
from engine_kit import ME, Clock
from fakes.ews_fake import EwsFake
from fakes.ews_fake import serve as serve_ews
from fakes.ews_items import calendar_item
from fakes.graph_fake import GraphFake
from fakes.graph_fake import serve as serve_graph
from fakes.msal_offline import OfflineAuthority
from fault_kit import (
    AFTER,
    LOCAL,
    acme_interview,
    cycle,
    health,
    held,
    inline,
    live_keys,
    seed_local,
    status,
    write_config,
)
from memory_keyring import memory_keyring
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401

CLIENT_ID = "11111111-2222-3333-4444-555555555555"


def assert_local_made(config: Config) -> None:
    got = held(config, LOCAL)
    assert all(n == 1 for n in got.values()) and set(got) == live_keys(config, LOCAL), got
    assert {k.split("/")[0] + "/" + k.split("/")[1] for k in got} == {"draft/thanks", "tickler/thanks",
                                                                      "tickler/followup"}


def assert_failed(config: Config, report: Any, source: str, clock: Clock, *, fix: str | None,
                  at_least: timedelta) -> None:
    """The source failed (with, at most, its account's other source), is backed off for at least
    `at_least`, and `status` says so (with the fix)."""
    account = source.split(":")[0]
    assert source in report.failed_sources, report
    assert set(report.failed_sources) <= {f"{account}:calendar", f"{account}:mail"}, report
    h = health(config)[source]
    assert h.next_attempt_at - clock.now >= at_least
    assert h.needs_reauth == (fix or "")
    code, _out, err = status(config, clock.now)
    assert code == 0
    [line] = [ln for ln in err.splitlines() if ln.startswith(f"! {source}: ")]
    assert (f"fix: {fix}" in line) if fix else ("fix:" not in line), line
    assert_local_made(config)


def assert_recovers(config: Config, clock: Clock, account: str, repair: Callable[[], None]) -> None:
    repair()
    clock.now = max(h.next_attempt_at for h in health(config).values()) + timedelta(seconds=1)
    report = cycle(config, clock)
    assert not report.failed_sources, report.failed_sources
    assert health(config) == {}
    got = held(config, account)
    assert got and all(n == 1 for n in got.values()), got
    assert set(got) == live_keys(config, account), "the ledger knows exactly what the backend holds"
    assert_local_made(config)
    clock.advance(minutes=1)
    assert cycle(config, clock).changes == []


# ---------------------------------------------------------------- Microsoft Graph


@pytest.fixture
def graph_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Config, GraphFake,
                                                                                   OfflineAuthority]]:
    authority = OfflineAuthority()
    monkeypatch.setattr(graph_tokens, "default_http_client", lambda: authority)
    forget_shared_tokens()
    with memory_keyring(), serve_graph() as graph:
        authorise(AppRegistration(CLIENT_ID), "work", show=lambda _: None)
        table = inline({"type": "microsoft", "graph_url": graph.base})
        config = write_config(tmp_path, ["[accounts.work]", f"calendar = {table}", f"mail = {table}"])
        graph.put_event(acme_interview())
        seed_local(config)
        yield config, graph, authority
    forget_shared_tokens()


def test_graph_throttled_mail_after_the_calendar_backs_off_for_retry_after(graph_world: Any) -> None:
    config, graph, _ = graph_world
    graph.fail_next(429, count=1, retry_after="900", path_contains="/messages/delta")
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert graph.requests_to("calendarView/delta") >= 1, "the calendar was read first"
    assert_failed(config, report, "work:mail", clock, fix=None, at_least=timedelta(seconds=900))
    assert "429" in report.failed_sources["work:mail"] or "TooManyRequests" in report.failed_sources["work:mail"]
    assert_recovers(config, clock, "work", lambda: None)


def test_graph_sign_in_revoked_while_writing_drafts_names_the_fix(graph_world: Any) -> None:
    config, graph, authority = graph_world
    real_handle = graph.handle
    fired: list[str] = []

    def revoke_at_first_draft(method: str, url: str, headers: dict[str, str], body: bytes) -> Any:
        if method == "POST" and "/messages" in url and not fired:
            fired.append(url)
            graph.tokens.clear()  # Graph refuses the access token (401) ...
            authority.revoked = True  # ... and the refresh token answers invalid_grant
            forget_shared_tokens()
        return real_handle(method, url, headers, body)

    graph.handle = revoke_at_first_draft  # type: ignore[method-assign]
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert fired, "revoked while reconciling, after both pulls"
    fix = "afterview auth microsoft --account work"
    for source in report.failed_sources:
        assert source.startswith("work:") and fix in report.failed_sources[source]
    assert_failed(config, report, "work:mail", clock, fix=fix, at_least=timedelta(minutes=30))

    def reauthorise() -> None:
        graph.tokens.add(authority.access_token)
        authority.revoked = False
        authority.pending_polls = 0
        authorise(AppRegistration(CLIENT_ID), "work", show=lambda _: None)

    assert_recovers(config, clock, "work", reauthorise)


# ---------------------------------------------------------------- Exchange (EWS)


@pytest.fixture
def ews_world(tmp_path: Path) -> Iterator[tuple[Config, EwsFake]]:
    with memory_keyring(), serve_ews(EwsFake(owner=ME)) as fake:
        set_secret("work", "password", fake.password)
        table = inline({"type": "exchange", "email": ME, "service_endpoint": fake.url, "username": fake.user,
                        "auth": "basic", "version": "2019", "max_wait": 2, "timeout": 5})
        config = write_config(tmp_path, ["[accounts.work]", f"calendar = {table}", f"mail = {table}"])
        fake.put("calendar", calendar_item(acme_interview()))
        seed_local(config)
        yield config, fake


def test_exchange_busy_while_writing_backs_off_past_its_back_off_hint(ews_world: tuple[Config, EwsFake]) -> None:
    config, fake = ews_world
    fake.fail("CreateItem", "busy", times=1, backoff_ms=600_000)  # longer than max_wait: hand it to the engine
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert fake.calls["SyncFolderItems"] >= 2, "both folders were read before the write failed"
    [source] = report.failed_sources
    assert_failed(config, report, source, clock, fix=None, at_least=timedelta(seconds=600))
    assert source == "work:mail" and fake.items_in("drafts") == [], "no further drafts to a busy server"
    ticklers = len(fake.items_in("calendar")) - 1  # the calendar source kept working: its reminders
    assert ticklers >= 1 and fake.calls["CreateItem"] == 1 + ticklers
    assert_recovers(config, clock, "work", lambda: None)


def test_exchange_credentials_refused_while_writing_names_the_fix(ews_world: tuple[Config, EwsFake]) -> None:
    config, fake = ews_world
    fake.fail("CreateItem", "unauthorized", times=1)
    clock = Clock(AFTER)
    report = cycle(config, clock)
    [source] = report.failed_sources
    assert_failed(config, report, source, clock, fix="afterview auth exchange --account work",
                  at_least=timedelta(minutes=30))
    assert_recovers(config, clock, "work", lambda: None)


# ---------------------------------------------------------------- CalDAV (Radicale) + IMAP (Dovecot)


@pytest.fixture
def dav_imap_world(tmp_path: Path, radicale: RadicaleServer, dovecot_user: DovecotUser,  # noqa: F811
                   monkeypatch: pytest.MonkeyPatch) -> tuple[Config, DavCalendar, DovecotUser, Path]:
    cal = new_calendar(radicale, "work", "Work")
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "afterview.personal.password").write_text(dovecot_user.password + "\n")
    (creds / "afterview.personal.caldav_password").write_text(cal.user.password + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    imap = dovecot_user.options()
    config = write_config(tmp_path, [
        "[accounts.personal]",
        "calendar = " + inline({"type": "caldav", "url": cal.user.server.base_url, "username": cal.user.name,
                                "calendar": "Work"}),
        "mail = " + inline({"type": "imap", "host": imap["host"], "port": imap["port"], "security": "none",
                            "username": imap["username"]}),
    ])
    cal.seed(event_to_ics(acme_interview()))
    seed_local(config)
    return config, cal, dovecot_user, creds


def test_imap_password_refused_after_the_caldav_calendar_succeeded(dav_imap_world: Any) -> None:
    config, _cal, box, creds = dav_imap_world
    secret = creds / "afterview.personal.password"
    secret.write_text("changed on the server\n")
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert_failed(config, report, "personal:mail", clock, fix="afterview auth imap --account personal",
                  at_least=timedelta(minutes=30))
    assert "changed on the server" not in str(report) and box.uids("Drafts") == []
    assert_recovers(config, clock, "personal", lambda: secret.write_text(box.password + "\n"))
    assert len(box.uids("Drafts")) == 2


def test_caldav_password_refused_names_the_fix_while_imap_and_local_continue(dav_imap_world: Any) -> None:
    config, cal, _box, creds = dav_imap_world
    secret = creds / "afterview.personal.caldav_password"
    secret.write_text("an old app password\n")
    clock = Clock(AFTER)
    report = cycle(config, clock)
    assert_failed(config, report, "personal:calendar", clock, fix="afterview auth caldav --account personal",
                  at_least=timedelta(minutes=30))
    assert_recovers(config, clock, "personal", lambda: secret.write_text(cal.user.password + "\n"))
