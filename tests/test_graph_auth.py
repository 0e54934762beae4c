"""msal, offline: device-code sign-in, the keyring-held token cache, silent refresh, revocation.

msal runs for real; its `http_client` is an in-process authority that answers instance
discovery, the tenant's openid-configuration, the device-code and the token endpoints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from afterview.connectors.errors import AuthError
from afterview.connectors.graph import tokens as graph_tokens
from afterview.connectors.graph.auth import authorise
from afterview.connectors.graph.tokens import (
    APP_SECRET,
    CACHE_SECRET,
    GRANTED,
    SCOPES,
    AppRegistration,
    MsalTokens,
    forget_shared_tokens,
    registration,
)
from afterview.connectors.secrets import get_secret
from click.testing import CliRunner
from fakes.msal_offline import OfflineAuthority
from memory_keyring import MemoryKeyring, memory_keyring

REG = AppRegistration("11111111-2222-3333-4444-555555555555", "organizations")


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    forget_shared_tokens()
    with memory_keyring() as ring:
        yield ring
    forget_shared_tokens()


@pytest.fixture
def authority(monkeypatch: pytest.MonkeyPatch) -> OfflineAuthority:
    offline = OfflineAuthority()
    monkeypatch.setattr(graph_tokens, "default_http_client", lambda: offline)
    return offline


def _scopes_sent(authority: OfflineAuthority, endpoint: str) -> set[str]:
    [form] = [f for method, path, f in authority.calls if method == "POST" and path.endswith(endpoint)][:1]
    return set(form["scope"].split())


def test_scopes_never_include_mail_send() -> None:
    assert set(GRANTED) == {"Mail.ReadWrite", "Calendars.ReadWrite", "offline_access"}
    assert not any("send" in s.lower() for s in (*SCOPES, *GRANTED))


def test_device_code_sign_in_stores_the_cache_and_app_in_the_keyring(
    ring: MemoryKeyring, authority: OfflineAuthority
) -> None:
    shown: list[str] = []
    who = authorise(REG, "work", show=shown.append)
    assert who == "jordan@example.org"
    assert shown and "ABCD-EFGH" in shown[0]
    requested = _scopes_sent(authority, "/devicecode")
    assert {"Mail.ReadWrite", "Calendars.ReadWrite", "offline_access"} <= requested
    assert not any("send" in s.lower() for s in requested)
    cache = json.loads(ring.store[("afterview", "work/" + CACHE_SECRET)])
    assert cache["RefreshToken"] and cache["AccessToken"]
    assert json.loads(ring.store[("afterview", "work/" + APP_SECRET)])["client_id"] == REG.client_id
    # The device flow polled the token endpoint until the user finished.
    assert sum(1 for m, p, _ in authority.calls if p.endswith("/token")) == 2


def test_a_token_with_mail_send_is_refused(ring: MemoryKeyring, authority: OfflineAuthority) -> None:
    authority.scope_granted += " Mail.Send"
    with pytest.raises(AuthError):
        authorise(REG, "work", show=lambda _: None)
    assert get_secret("work", CACHE_SECRET) is None


def test_cached_access_token_is_used_without_the_token_endpoint(
    ring: MemoryKeyring, authority: OfflineAuthority
) -> None:
    authorise(REG, "work", show=lambda _: None)
    before = len([c for c in authority.calls if c[1].endswith("/token")])
    source = MsalTokens("work", registration("work", {}))
    assert source.token() == authority.access_token
    assert len([c for c in authority.calls if c[1].endswith("/token")]) == before


def test_refresh_rotates_the_refresh_token_into_the_keyring(
    ring: MemoryKeyring, authority: OfflineAuthority
) -> None:
    authorise(REG, "work", show=lambda _: None)
    source = MsalTokens("work", REG)
    authority.access_token = "second-access-token"
    assert source.refresh() == "second-access-token"
    assert authority.refreshes == 1
    stored = json.loads(get_secret("work", CACHE_SECRET) or "{}")
    assert {v["secret"] for v in stored["RefreshToken"].values()} == {"rt-1"}


def test_revoked_refresh_token_is_an_auth_error_naming_the_fix(
    ring: MemoryKeyring, authority: OfflineAuthority
) -> None:
    authorise(REG, "work", show=lambda _: None)
    authority.revoked = True
    source = MsalTokens("work", REG)
    with pytest.raises(AuthError) as caught:
        source.refresh()
    assert caught.value.hint == "afterview auth microsoft --account work"
    assert "rt-" not in str(caught.value) and "access-token" not in str(caught.value)
    assert "invalid_grant" in str(caught.value)


def test_re_authorisation_in_another_process_is_picked_up(
    ring: MemoryKeyring, authority: OfflineAuthority
) -> None:
    authorise(REG, "work", show=lambda _: None)
    source = MsalTokens("work", REG)
    authority.revoked = True
    with pytest.raises(AuthError):
        source.refresh()
    authority.revoked = False
    authority.access_token = "after-reauth"
    authorise(REG, "work", show=lambda _: None)  # what `afterview auth microsoft` does elsewhere
    assert source.refresh() == "after-reauth"


def test_no_sign_in_yet_names_the_command(ring: MemoryKeyring) -> None:
    with pytest.raises(AuthError) as caught:
        registration("home", {})
    assert caught.value.hint is not None and caught.value.hint.startswith("afterview auth microsoft --account home")


def test_cli_command_runs_the_device_flow(ring: MemoryKeyring, authority: OfflineAuthority) -> None:
    from afterview.daemon.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["auth", "microsoft", "--account", "work", "--client-id", REG.client_id,
                                  "--tenant", "contoso.example"])
    assert result.exit_code == 0, result.output
    assert "ABCD-EFGH" in result.output and "never Mail.Send" in result.output
    assert json.loads(get_secret("work", APP_SECRET) or "{}")["tenant"] == "contoso.example"
    assert any("/contoso.example/" in path for _, path, _ in authority.calls)
    again = runner.invoke(main, ["auth", "microsoft", "--account", "other"])
    assert again.exit_code == 1 and "--client-id" in again.output
