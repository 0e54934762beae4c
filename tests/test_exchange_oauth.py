"""OAuth 2 bearer tokens on Exchange: renewal through the refresh-token grant against a loopback token
endpoint (when expired, and on a 401), stored back in the keyring; a refused renewal is AuthError with the fix."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AuthError, TransientError
from afterview.connectors.exchange import oauth
from afterview.connectors.exchange.calendar import ExchangeCalendar
from afterview.connectors.exchange.mail import ExchangeMailbox
from afterview.connectors.secrets import get_secret, set_secret
from contract_data import WINDOW, a_tickler
from fakes.ews_fake import EwsFake, serve
from fakes.ews_token import TokenEndpoint, serve_tokens
from memory_keyring import memory_keyring


@pytest.fixture
def ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[EwsFake]:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # both fakes speak plain HTTP on loopback
    with memory_keyring(), serve(EwsFake()) as fake:
        fake.token = "at-0"
        yield fake


@pytest.fixture
def idp(ews: EwsFake) -> Iterator[TokenEndpoint]:
    with serve_tokens(TokenEndpoint(ews)) as endpoint:
        yield endpoint


def store(ctx: ConnectorContext, idp: TokenEndpoint, expires_in: float, **extra: object) -> None:
    token = {"access_token": "at-0", "refresh_token": "rt-0", "expires_at": time.time() + expires_in,
             "client_id": idp.client_id, "token_endpoint": idp.url, **extra}
    set_secret(ctx.account, "token", json.dumps(token))


def options(fake: EwsFake, **extra: object) -> dict[str, object]:
    return {"email": "jordan@example.org", "service_endpoint": fake.url, "auth": "oauth2", "version": "2016",
            "max_wait": 2, "timeout": 5, **extra}


def stored(ctx: ConnectorContext) -> dict[str, object]:
    return dict(json.loads(get_secret(ctx.account, "token") or "{}"))


def test_an_expired_token_is_renewed_before_the_first_request(
        ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    store(ctx, idp, expires_in=-10)
    assert ExchangeMailbox.from_options(options(ews), ctx).list_drafts() == []
    assert idp.requests == 1 and ews.calls["FindItem"] == 1
    saved = stored(ctx)
    assert saved["access_token"] == "at-1" and saved["refresh_token"] == "rt-1", "the rotated token is kept"
    assert float(saved["expires_at"]) > time.time() + 3000  # type: ignore[arg-type]


def test_a_401_renews_once_and_sends_again(ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    store(ctx, idp, expires_in=3600)
    cal = ExchangeCalendar.from_options(options(ews), ctx)
    cal.list_events(None, WINDOW)
    ews.token = "revoked-server-side"  # e.g. the server's signing key rolled over
    created = cal.create_tickler(a_tickler())  # a write: a 401 means it was not done, so it is sent again
    assert created.key == a_tickler().key and len(cal.list_ticklers()) == 1
    assert idp.requests == 1 and ews.refused == 1 and stored(ctx)["access_token"] == "at-1"


def test_expiry_during_a_long_run_renews(ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(oauth, "EXPIRY_MARGIN", 0.0)
    store(ctx, idp, expires_in=1.0)
    box = ExchangeMailbox.from_options(options(ews), ctx)
    assert box.list_drafts() == [] and idp.requests == 0
    time.sleep(1.2)  # requests-oauthlib now refuses the token before sending; exchangelib asks to refresh
    assert box.list_drafts() == []
    assert idp.requests == 1 and ews.token == "at-1"


def test_refused_renewal_is_auth_error_with_the_fix(ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    store(ctx, idp, expires_in=3600)
    idp.refresh_token = ""  # revoked: the user must sign in again
    ews.token = "gone"
    with pytest.raises(AuthError) as caught:
        ExchangeMailbox.from_options(options(ews), ctx).list_drafts()
    assert caught.value.hint == f"afterview auth exchange --account {ctx.account}"
    assert "invalid_grant" in str(caught.value) and "rt-0" not in str(caught.value)
    assert idp.requests == 1 and ews.refused == 1, "renewal tried once, the request not looped"


def test_token_endpoint_down_is_transient(ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    store(ctx, idp, expires_in=-10)
    idp.down = True
    with pytest.raises(TransientError):
        ExchangeMailbox.from_options(options(ews), ctx).list_drafts()


def test_a_bare_expired_token_without_refresh_is_auth_error(ews: EwsFake, ctx: ConnectorContext) -> None:
    set_secret(ctx.account, "token", json.dumps({"access_token": "at-0", "expires_at": time.time() - 5}))
    with pytest.raises(AuthError) as caught:
        ExchangeMailbox.from_options(options(ews), ctx).list_drafts()
    assert caught.value.hint == f"afterview auth exchange --account {ctx.account}"
    assert ews.calls == {}


def test_client_and_endpoint_from_the_config(ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    set_secret(ctx.account, "token", json.dumps({"access_token": "x", "refresh_token": "rt-0",
                                                  "expires_at": time.time() - 5}))
    box = ExchangeMailbox.from_options(options(ews, client_id=idp.client_id, token_endpoint=idp.url), ctx)
    assert box.list_drafts() == [] and idp.requests == 1


def test_auth_command_keeps_the_token_its_check_renewed(ews: EwsFake, idp: TokenEndpoint, tmp_path: Path) -> None:
    from afterview.daemon.cli import main
    from click.testing import CliRunner

    config = tmp_path / "config.toml"
    table = (f'{{ type = "exchange", email = "jordan@example.org", service_endpoint = "{ews.url}", '
             f'auth = "oauth2", version = "2019", client_id = "{idp.client_id}", token_endpoint = "{idp.url}" }}')
    config.write_text('me = ["jordan@example.org"]\ntimezone = "Europe/Berlin"\n[state]\npath = "s.sqlite3"\n'
                      f"[accounts.work]\nmail = {table}\n", encoding="utf-8")
    token = json.dumps({"access_token": "at-0", "refresh_token": "rt-0", "expires_at": time.time() - 5})
    result = CliRunner().invoke(main, ["--config", str(config), "auth", "exchange", "--stdin"], input=token + "\n")
    assert result.exit_code == 0, result.output
    assert "rt-0" not in result.output
    saved = json.loads(get_secret("work", "token") or "{}")
    assert saved["access_token"] == "at-1" and saved["refresh_token"] == "rt-1", "not the used refresh token"

    idp.refresh_token = ""  # a token that cannot be renewed any more is refused and the good one kept
    result = CliRunner().invoke(main, ["--config", str(config), "auth", "exchange", "--stdin"], input=token + "\n")
    assert result.exit_code != 0
    assert json.loads(get_secret("work", "token") or "{}")["access_token"] == "at-1"


def test_a_token_with_a_scope_renews_and_asks_for_that_scope(
        ews: EwsFake, idp: TokenEndpoint, ctx: ConnectorContext) -> None:
    scope = "https://mail.example.org/EWS.AccessAsUser.All offline_access"
    store(ctx, idp, expires_in=-10, scope=scope)
    assert ExchangeMailbox.from_options(options(ews), ctx).list_drafts() == []
    assert idp.requests == 1 and idp.forms[0].get("scope") == scope
    assert stored(ctx)["access_token"] == "at-1"
