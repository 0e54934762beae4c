"""A real Dovecot that accepts XOAUTH2/OAUTHBEARER through its oauth2 passdb, asking a loopback identity
provider (fakes/oauth_idp.py) about each token; the same provider's token endpoint renews them.

    from dovecot_oauth import OAuthUser, oauth_dovecot_fixture, oauth_user_fixture  # noqa: F401

    def test_it(oauth_user: OAuthUser) -> None:
        access, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
        options = oauth_user.options()   # imap options with auth = "xoauth2" and the oauth_* settings

`oauth_dovecot` is one server and provider per session; `oauth_user` is a fresh mail user per test with
the provider's counters and switches reset. OAUTHLIB_INSECURE_TRANSPORT is set for the test, since the
provider speaks plain HTTP on loopback (requests-oauthlib refuses http:// otherwise).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from dovecot_server import DovecotServer, DovecotUser, dovecot_available, running_dovecot
from fakes.oauth_idp import OAuthIdp, serve_idp
from servers import require_server


@dataclass
class OAuthUser:
    """A mail user on the XOAUTH2 Dovecot, and the identity provider that issues its tokens."""

    user: DovecotUser
    idp: OAuthIdp

    def options(self, security: str = "none", **extra: Any) -> dict[str, Any]:
        """Returns IMAP connector options for XOAUTH2 with tokens renewed at the provider."""
        return self.user.options(security, auth="xoauth2", oauth_token_url=self.idp.token_url,
                                 oauth_client_id=self.idp.client_id, oauth_scope="mail", **extra)


@pytest.fixture(scope="session", name="oauth_dovecot")
def oauth_dovecot_fixture() -> Iterator[tuple[DovecotServer, OAuthIdp]]:
    """A Dovecot checking tokens at a loopback provider, for the session; skips (fails in CI) without Dovecot."""
    ok, why = dovecot_available()
    require_server("dovecot", ok, why)
    with serve_idp(OAuthIdp()) as idp, running_dovecot(idp.introspection_url) as server:
        yield server, idp


@pytest.fixture(name="oauth_user")
def oauth_user_fixture(oauth_dovecot: tuple[DovecotServer, OAuthIdp], monkeypatch: pytest.MonkeyPatch) -> OAuthUser:
    """A fresh user on the XOAUTH2 Dovecot; the provider's counters and failure switches start clean."""
    server, idp = oauth_dovecot
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    idp.grants = idp.introspections = 0
    idp.scopes.clear()
    idp.down, idp.client_secret, idp.expires_in = False, None, 3600
    return OAuthUser(server.new_user(), idp)
