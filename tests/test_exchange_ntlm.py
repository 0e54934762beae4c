"""NTLM against the EWS fake: pyspnego's NTLM acceptor checks the real handshake requests_ntlm makes for
exchangelib (DOMAIN\\user), once per connection; a wrong password is AuthError with the fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AuthError
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.exchange.mail import ExchangeMailbox
from afterview.connectors.secrets import set_secret
from contract_data import WINDOW, a_tickler, an_interview
from contract_mail import MailboxContract
from fakes.ews_fake import EwsFake
from fakes.ews_items import calendar_item
from fakes.ews_ntlm import serve_ntlm, write_user_file
from memory_keyring import memory_keyring


@pytest.fixture
def ews(ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EwsFake]:
    monkeypatch.setenv("NTLM_USER_FILE", str(write_user_file(tmp_path, "EXAMPLE", "jordan", "s3cret")))
    with memory_keyring(), serve_ntlm(EwsFake()) as fake:
        set_secret(ctx.account, "password", "s3cret")
        yield fake


def options(fake: EwsFake, username: str = "EXAMPLE\\jordan") -> dict[str, object]:
    return {"email": "jordan@example.org", "service_endpoint": fake.url, "username": username, "auth": "ntlm",
            "version": "2019", "max_wait": 2, "timeout": 5}


def test_ntlm_handshake_then_reads_and_writes(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("calendar", calendar_item(an_interview()))
    cal = ExchangeCalendar.from_options(options(ews), ctx)
    changes = cal.list_events(None, WINDOW)
    assert [e.uid for e in changes.events] == [an_interview().uid]
    assert cal.create_tickler(a_tickler()).key == a_tickler().key
    assert ews.ntlm_logins == ["EXAMPLE\\jordan"], "one handshake, as the acceptor saw it"
    assert ews.ntlm_challenges == 1

    cursor = cal.list_events(changes.cursor, WINDOW).cursor  # reads back the tickler it wrote
    ews.calls.clear()
    assert cal.list_events(cursor, WINDOW).events == ()
    assert dict(ews.calls) == {"SyncFolderItems": 1} and ews.ntlm_challenges == 1, "the connection stays signed in"


def test_ntlm_mailbox(ews: EwsFake, ctx: ConnectorContext) -> None:
    box = ExchangeMailbox.from_options(options(ews), ctx)
    assert box.list_messages(None, MailboxContract.QUERY).messages == ()
    assert ews.ntlm_logins == ["EXAMPLE\\jordan"]


@pytest.mark.parametrize(("username", "password"), [("EXAMPLE\\jordan", "wrong"), ("EXAMPLE\\sam", "s3cret")])
def test_ntlm_refused_is_auth_error(ews: EwsFake, ctx: ConnectorContext, username: str, password: str) -> None:
    set_secret(ctx.account, "password", password)
    with pytest.raises(AuthError) as caught:
        ExchangeCalendar.from_options(options(ews, username), ctx).list_events(None, WINDOW)
    assert caught.value.hint == f"afterview auth exchange --account {ctx.account}"
    assert password not in str(caught.value)
    assert ews.refused == 1 and ews.ntlm_logins == [] and ews.calls == {}
