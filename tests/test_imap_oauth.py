"""XOAUTH2 on a real Dovecot whose oauth2 passdb asks a loopback identity provider about each token:
renewal before expiry and once on a refused login, the rotated token stored back, refusals as AuthError."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors import imap_oauth
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AuthError, TransientError
from afterview.connectors.imap_conn import ImapSession, parse_options
from afterview.connectors.secrets import get_secret, set_secret
from dovecot_oauth import OAuthUser, oauth_dovecot_fixture, oauth_user_fixture  # noqa: F401
from memory_keyring import MemoryKeyring, memory_keyring

ACCOUNT = "work"
CTX = ConnectorContext(account=ACCOUNT, timezone=ZoneInfo("UTC"))


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as ring:
        yield ring


def store(token: dict[str, object] | str) -> None:
    set_secret(ACCOUNT, "oauth2_token", token if isinstance(token, str) else json.dumps(token))


def stored() -> dict[str, object]:
    return dict(json.loads(get_secret(ACCOUNT, "oauth2_token") or "{}"))


def session(oauth_user: OAuthUser, sleeps: list[float] | None = None) -> ImapSession:
    return ImapSession(parse_options(oauth_user.options()), CTX, sleep=(sleeps if sleeps is not None else []).append)


def noop(s: ImapSession) -> None:
    try:
        s.run("noop", lambda client: client.noop())
    finally:
        s.close()


def test_a_valid_token_logs_in_without_renewal(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 3000})
    noop(session(oauth_user))
    assert oauth_user.idp.grants == 0 and oauth_user.idp.introspections == 1
    assert stored()["access_token"] == access


def test_an_expiring_token_is_renewed_before_login(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    # Still valid at the provider for a minute, but inside the renewal margin: renewed before use.
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 60})
    noop(session(oauth_user))
    idp = oauth_user.idp
    assert idp.grants == 1 and idp.introspections == 1, "only the renewed token went to the server"
    assert idp.scopes == ["mail"]
    saved = stored()
    assert saved["access_token"] != access and saved["refresh_token"] != refresh, "the rotated token is kept"
    assert float(saved["expires_at"]) > time.time() + 3000  # type: ignore[arg-type]
    assert refresh not in idp.refresh_tokens, "the old refresh token is spent"


def test_a_refused_token_is_renewed_once_and_the_login_retried(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 3000})
    oauth_user.idp.expire_now(oauth_user.user.username)  # revoked early, e.g. a password change elsewhere
    s = session(oauth_user)
    noop(s)
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 2
    assert s.connects == 1, "the second login ran on the same connection"
    assert stored()["access_token"] != access


def test_a_refused_renewal_is_an_auth_error_with_the_fix(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 3000})
    oauth_user.idp.revoke(oauth_user.user.username)
    with pytest.raises(AuthError) as refused:
        noop(session(oauth_user))
    assert refused.value.hint == f"afterview auth imap --account {ACCOUNT} --xoauth2 --refresh-token"
    assert "invalid_grant" in str(refused.value)
    assert access not in str(refused.value) and refresh not in str(refused.value)
    assert oauth_user.idp.grants == 1, "renewal is tried once, not retried"
    assert stored()["refresh_token"] == refresh, "nothing overwritten"


def test_a_bare_access_token_works_until_it_expires(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, _ = oauth_user.idp.grant_for(oauth_user.user.username)
    store(access)
    noop(session(oauth_user))
    oauth_user.idp.expire_now(oauth_user.user.username)
    with pytest.raises(AuthError) as refused:
        noop(session(oauth_user))
    assert "cannot be renewed" in str(refused.value) and access not in str(refused.value)
    assert refused.value.hint == f"afterview auth imap --account {ACCOUNT} --xoauth2 --refresh-token"
    assert oauth_user.idp.grants == 0 and get_secret(ACCOUNT, "oauth2_token") == access


def test_a_failing_token_endpoint_is_transient_after_bounded_retries(
        oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    _, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"refresh_token": refresh})
    oauth_user.idp.down = True
    sleeps: list[float] = []
    with pytest.raises(TransientError) as failing:
        noop(session(oauth_user, sleeps))
    assert failing.value.retry_after and oauth_user.idp.grants == 3
    assert len(sleeps) == 2 and sleeps[1] > sleeps[0] * 1.0 and sleeps[0] >= 0.5, "back-off with jitter"
    assert oauth_user.idp.introspections == 0, "no login with a token known to be missing"
    oauth_user.idp.down = False
    noop(session(oauth_user))
    assert oauth_user.idp.grants == 4 and "access_token" in stored()


def test_expiry_during_a_long_run_renews_at_the_next_connection(
        oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 3000})
    s = session(oauth_user)
    s.run("noop", lambda client: client.noop())
    s.tokens.clock = lambda: time.time() + 3000  # an hour later: the stored token is due
    s.drop()  # e.g. the server closed the idle connection
    s.run("noop", lambda client: client.noop())
    s.close()
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 2 and s.connects == 2
    assert stored()["access_token"] != access


def test_the_client_secret_comes_from_the_keyring(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    oauth_user.idp.client_secret = "cs-1"
    _, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"refresh_token": refresh})
    with pytest.raises(AuthError) as refused:
        noop(session(oauth_user))
    assert "invalid_client" in str(refused.value) and "cs-1" not in str(refused.value)
    set_secret(ACCOUNT, "oauth2_client_secret", "cs-1")
    noop(session(oauth_user))
    assert oauth_user.idp.grants == 2


def test_a_renewed_token_that_cannot_be_stored_is_used_from_memory(
        oauth_user: OAuthUser, ring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 10})

    def read_only(*_: object) -> None:
        raise AuthError("cannot write the keyring")

    monkeypatch.setattr(imap_oauth, "set_secret", read_only)
    s = session(oauth_user)
    s.run("noop", lambda client: client.noop())
    s.drop()
    s.run("noop", lambda client: client.noop())  # reconnects with the renewed token, no second renewal
    s.close()
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 2


def test_token_url_must_be_https_unless_on_loopback() -> None:
    from afterview.connectors.errors import ConnectorConfigError

    base = {"host": "imap.example.org", "username": "u", "auth": "xoauth2"}
    with pytest.raises(ConnectorConfigError, match="oauth_token_url"):
        parse_options({**base, "oauth_token_url": "http://idp.example.org/token"})
    assert parse_options({**base, "oauth_token_url": "https://oauth2.googleapis.com/token"}).oauth_token_url
    assert parse_options({**base, "oauth_token_url": "http://127.0.0.1:8/token"}).oauth_token_url


def test_a_renewed_token_the_server_still_refuses_is_an_auth_error(
        oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    access, refresh = oauth_user.idp.grant_for("someone-else")  # consent given with the wrong account
    store({"access_token": access, "refresh_token": refresh, "expires_at": time.time() + 3000})
    with pytest.raises(AuthError) as refused:
        noop(session(oauth_user))
    assert "renewed" in str(refused.value) and str(refused.value.hint).endswith("--xoauth2 --refresh-token")
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 2, "one renewal, no loop"


def test_a_token_renewed_for_this_login_is_not_renewed_again(oauth_user: OAuthUser, ring: MemoryKeyring) -> None:
    _, refresh = oauth_user.idp.grant_for("someone-else")
    store({"refresh_token": refresh})  # no access token yet: renewed before the login, then refused
    with pytest.raises(AuthError, match="renewed"):
        noop(session(oauth_user))
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 1


def test_no_token_reaches_the_logs_even_at_debug(
        oauth_user: OAuthUser, ring: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    oauth_user.idp.client_secret = "cs-log"
    set_secret(ACCOUNT, "oauth2_client_secret", "cs-log")
    _, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    store({"refresh_token": refresh})
    with caplog.at_level(logging.DEBUG):
        noop(session(oauth_user))
    saved = stored()
    secrets = [refresh, str(saved["access_token"]), str(saved["refresh_token"]), "cs-log"]
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "renewed" in text and not [s for s in secrets if s in text]
