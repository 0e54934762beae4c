"""Exchange connectors under trouble: invalid and malformed sync states, server-busy back-off,
timeouts, refused credentials, bad items, bad options, and the `afterview auth exchange` command."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.errors import AuthError, ConnectorConfigError, CursorExpiredError, TransientError
from afterview.connectors.exchange.account import MAX_RETRIES
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.exchange.mail import ExchangeMailbox
from afterview.connectors.secrets import get_secret, set_secret
from afterview.daemon.cli import main
from click.testing import CliRunner
from contract_data import WINDOW, a_message, a_tickler, an_interview
from contract_mail import MailboxContract
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import calendar_item, message_item
from fakes.ews_store import t
from memory_keyring import memory_keyring

QUERY = MailboxContract.QUERY


@pytest.fixture
def ews(ctx: ConnectorContext) -> Iterator[EwsFake]:
    with memory_keyring(), serve(EwsFake()) as fake:
        set_secret(ctx.account, "password", fake.password)
        yield fake


def options(fake: EwsFake, **extra: object) -> dict[str, object]:
    return {"email": "jordan@example.org", "service_endpoint": fake.url, "username": fake.user,
            "auth": "basic", "version": "2016", "max_wait": 2, "timeout": 5, **extra}


def calendar(fake: EwsFake, ctx: ConnectorContext, **extra: object) -> ExchangeCalendar:
    return ExchangeCalendar.from_options(options(fake, **extra), ctx)


def mailbox(fake: EwsFake, ctx: ConnectorContext, **extra: object) -> ExchangeMailbox:
    return ExchangeMailbox.from_options(options(fake, **extra), ctx)


# ---------------------------------------------------------------- sync state


def test_invalid_sync_state_expires_the_calendar_and_rereads_mail_folders(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("calendar", calendar_item(an_interview()))
    ews.put("inbox", message_item(a_message()))
    cal, box = calendar(ews, ctx), mailbox(ews, ctx)
    event_cursor = cal.list_events(None, WINDOW).cursor
    mail_cursor = box.list_messages(None, QUERY).cursor
    ews.store.invalidate_sync_states()  # e.g. the mailbox moved to another database
    with pytest.raises(CursorExpiredError):
        cal.list_events(event_cursor, WINDOW)
    # Each mail folder has its own state: one found invalid is read again alone from scratch.
    again = box.list_messages(mail_cursor, QUERY)
    assert [h.message_id for h in again.messages] == ["in-1@acme.example"]
    assert box.list_messages(again.cursor, QUERY).messages == ()
    assert [e.uid for e in cal.list_events(None, WINDOW).events] == [an_interview().uid]


def test_malformed_sync_answer_to_a_state_expires_the_cursor(ews: EwsFake, ctx: ConnectorContext) -> None:
    cal = calendar(ews, ctx)
    cursor = cal.list_events(None, WINDOW).cursor
    ews.fail("SyncFolderItems", "garbage", times=1)
    with pytest.raises(CursorExpiredError):
        cal.list_events(cursor, WINDOW)


def test_malformed_answer_without_a_state_is_transient(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.fail("SyncFolderItems", "garbage", times=10)
    with pytest.raises(TransientError):
        calendar(ews, ctx).list_events(None, WINDOW)
    assert ews.calls["SyncFolderItems"] == 3, "a failed read is tried three times, then given up"


# ---------------------------------------------------------------- back-off


def test_server_busy_backs_off_then_succeeds(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("calendar", calendar_item(an_interview()))
    ews.fail("SyncFolderItems", "busy", times=2, backoff_ms=30)
    changes = calendar(ews, ctx).list_events(None, WINDOW)
    assert [e.uid for e in changes.events] == [an_interview().uid]
    assert ews.calls["SyncFolderItems"] == 3


def test_persistent_server_busy_gives_up_bounded(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.fail("*", "busy", times=100, backoff_ms=10)
    with pytest.raises(TransientError) as caught:
        mailbox(ews, ctx).list_messages(None, QUERY)
    assert caught.value.retry_after is not None and caught.value.retry_after > 0
    assert ews.calls["SyncFolderItems"] == MAX_RETRIES + 1


def test_busy_longer_than_max_wait_is_transient_at_once(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.fail("SyncFolderItems", "busy", times=5, backoff_ms=30_000)
    with pytest.raises(TransientError) as caught:
        calendar(ews, ctx).list_events(None, WINDOW)
    assert caught.value.retry_after is not None and caught.value.retry_after >= 30
    assert ews.calls["SyncFolderItems"] == 1


def test_timeout_is_retried(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("inbox", message_item(a_message()))
    ews.fail("SyncFolderItems", "timeout", times=1)
    changes = mailbox(ews, ctx, timeout=0.5).list_messages(None, QUERY)
    assert [h.message_id for h in changes.messages] == ["in-1@acme.example"]


def test_a_write_is_never_repeated_blindly(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.fail("CreateItem", "lost", times=1)
    cal = calendar(ews, ctx)
    with pytest.raises(TransientError):
        cal.create_tickler(a_tickler())
    assert ews.calls["CreateItem"] == 1
    # The garbage answer hid a create that happened: the next attempt finds it by its key.
    assert len(cal.list_ticklers()) == 1
    assert cal.create_tickler(a_tickler()).key == a_tickler().key
    assert ews.calls["CreateItem"] == 1


# ---------------------------------------------------------------- credentials


def test_wrong_password_is_auth_error_with_the_fix(ews: EwsFake, ctx: ConnectorContext) -> None:
    set_secret(ctx.account, "password", "not it")
    with pytest.raises(AuthError) as caught:
        calendar(ews, ctx).list_events(None, WINDOW)
    assert caught.value.hint == f"afterview auth exchange --account {ctx.account}"
    assert "not it" not in str(caught.value)
    assert ews.calls == {}, "a refused login is not retried"


def test_missing_secret_is_auth_error(ews: EwsFake, ctx: ConnectorContext) -> None:
    other = ConnectorContext(account="other", timezone=ctx.timezone)
    with pytest.raises(AuthError) as caught:
        mailbox(ews, other).list_drafts()
    assert caught.value.hint == "afterview auth exchange --account other"


def test_oauth2_bearer_token(ews: EwsFake, ctx: ConnectorContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake speaks plain HTTP on loopback
    ews.token = "eyJ0eXAi.token"
    set_secret(ctx.account, "token", ews.token)
    box = mailbox(ews, ctx, auth="oauth2")
    assert box.list_drafts() == []
    ews.token = "rotated"
    with pytest.raises(AuthError):
        mailbox(ews, ctx, auth="oauth2").list_drafts()


# ---------------------------------------------------------------- bad input and options


def test_unreadable_item_is_skipped_with_a_problem(ews: EwsFake, ctx: ConnectorContext) -> None:
    broken = calendar_item(an_interview(uid="broken@acme.example"))
    for name in ("Start", "End"):
        broken.remove(broken.find(t(name)))  # type: ignore[arg-type]
    ews.put("calendar", broken)
    ews.put("calendar", calendar_item(an_interview()))
    changes = calendar(ews, ctx).list_events(None, WINDOW)
    assert [e.uid for e in changes.events] == [an_interview().uid]
    assert len(changes.problems) == 1 and "skipped" in changes.problems[0]


def test_an_event_moved_out_of_the_window_is_removed(ews: EwsFake, ctx: ConnectorContext) -> None:
    item = ews.put("calendar", calendar_item(an_interview()))
    cal = calendar(ews, ctx)
    cursor = cal.list_events(None, WINDOW).cursor
    moved: CalendarEvent = an_interview(start=WINDOW[1] + timedelta(days=30))
    ews.edit(item.id, Start=moved.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
             End=moved.end.strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert cal.list_events(cursor, WINDOW).removed == (an_interview().uid,)


@pytest.mark.parametrize(("bad", "key"), [
    ({"email": None}, "email"),
    ({"autodiscover": True}, "service_endpoint"),
    ({"auth": "kerberos"}, "auth"),
    ({"version": "2010"}, "version"),
    ({"max_wait": 0}, "max_wait"),
    ({"colour": "blue"}, "colour"),
])
def test_bad_options_name_the_key(ews: EwsFake, ctx: ConnectorContext, bad: dict[str, object], key: str) -> None:
    given = {k: v for k, v in options(ews, **bad).items() if v is not None}
    with pytest.raises(ConnectorConfigError) as caught:
        ExchangeCalendar.from_options(given, ctx)
    assert caught.value.key == key


# ---------------------------------------------------------------- afterview auth exchange


def _config(tmp_path: Path, fake: EwsFake) -> Path:
    path = tmp_path / "config.toml"
    table = (f'{{ type = "exchange", email = "jordan@example.org", service_endpoint = "{fake.url}", '
             f'username = "{fake.user}", auth = "basic", version = "2019", max_wait = 2 }}')
    path.write_text('me = ["jordan@example.org"]\ntimezone = "Europe/Berlin"\n[state]\npath = "s.sqlite3"\n'
                    f"[accounts.work]\nmail = {table}\n", encoding="utf-8")
    return path


def test_auth_command_checks_and_stores(ews: EwsFake, tmp_path: Path) -> None:
    config = _config(tmp_path, ews)
    runner = CliRunner()
    refused = runner.invoke(main, ["--config", str(config), "auth", "exchange", "--stdin"], input="wrong\n")
    assert refused.exit_code != 0 and get_secret("work", "password") is None
    assert "wrong" not in refused.output
    stored = runner.invoke(main, ["--config", str(config), "auth", "exchange", "--account", "work", "--stdin"],
                           input=f"{ews.password}\n")
    assert stored.exit_code == 0, stored.output
    assert get_secret("work", "password") == ews.password


def test_listing_from_scratch_twice_is_full_both_times(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("calendar", calendar_item(an_interview()))
    ews.put("inbox", message_item(a_message()))
    cal, box = calendar(ews, ctx), mailbox(ews, ctx)
    for _ in range(2):  # exchangelib would reuse the folder's last sync state if we let it
        assert [e.uid for e in cal.list_events(None, WINDOW).events] == [an_interview().uid]
        assert [h.message_id for h in box.list_messages(None, QUERY).messages] == ["in-1@acme.example"]
