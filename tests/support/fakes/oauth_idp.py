"""A loopback OAuth 2 identity provider for IMAP XOAUTH2 tests: a token endpoint (refresh-token grant,
rotating refresh tokens) and an RFC 7662 introspection endpoint that Dovecot's oauth2 passdb asks.

Access tokens belong to one mail user and expire (`expires_in`); `revoke()` ends the grant as a user
revoking the app's access would (the refresh token then gets `invalid_grant`), `expire_now()` ends the
current access token early (as a provider's key rollover does). Counters let tests measure requests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from fakes.form_server import serve_form


class OAuthIdp:
    """Issues tokens for one client id to any user it was told about with `grant_for(username)`."""

    def __init__(self, client_id: str = "afterview-imap", client_secret: str | None = None,
                 expires_in: int = 3600) -> None:
        self.client_id, self.client_secret, self.expires_in = client_id, client_secret, expires_in
        self.lock = threading.Lock()
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> username
        self.access_tokens: dict[str, tuple[str, float]] = {}  # access token -> (username, expires at)
        self.grants = 0  # token endpoint requests
        self.introspections = 0
        self.scopes: list[str | None] = []  # the scope sent with each grant
        self.down = False  # answer 503, as an overloaded endpoint would
        self.base_url = ""
        self._serial = 0

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def introspection_url(self) -> str:
        return f"{self.base_url}/introspect"

    def _next(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}-{self._serial}"

    def grant_for(self, username: str, expires_in: float | None = None) -> tuple[str, str]:
        """Given a mail user, returns (access token, refresh token) as the consent screen would issue them."""
        with self.lock:
            access, refresh = self._next("at"), self._next("rt")
            self.access_tokens[access] = (username, time.time() + (expires_in or self.expires_in))
            self.refresh_tokens[refresh] = username
            return access, refresh

    def revoke(self, username: str) -> None:
        """Ends every token of `username`, as revoking the app's access does."""
        with self.lock:
            self.refresh_tokens = {k: v for k, v in self.refresh_tokens.items() if v != username}
            self.access_tokens = {k: v for k, v in self.access_tokens.items() if v[0] != username}

    def expire_now(self, username: str) -> None:
        """Ends the access tokens of `username` early; its refresh token still works."""
        with self.lock:
            self.access_tokens = {k: v for k, v in self.access_tokens.items() if v[0] != username}

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self.lock:
            self.grants += 1
            self.scopes.append(form.get("scope"))
            if self.down:
                return 503, {"error": "temporarily_unavailable"}
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return 401, {"error": "invalid_client", "error_description": "unknown client or wrong secret"}
            if form.get("grant_type") != "refresh_token":
                return 400, {"error": "unsupported_grant_type"}
            username = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
            if username is None:
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        access, refresh = self.grant_for(username)
        return 200, {"access_token": access, "token_type": "Bearer", "expires_in": self.expires_in,
                     "refresh_token": refresh, "scope": form.get("scope") or "mail"}

    def introspect(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self.lock:
            self.introspections += 1
            found = self.access_tokens.get(form.get("token", ""))
            if found is None or found[1] <= time.time():
                return 200, {"active": False}
            return 200, {"active": True, "username": found[0], "exp": int(found[1]), "scope": "mail"}


def _route(idp: OAuthIdp, path: str, form: dict[str, str]) -> tuple[int, dict[str, object]]:
    if path.startswith("/token"):
        return idp.token(form)
    if path.startswith("/introspect"):
        return idp.introspect(form)
    return 404, {"error": "not_found"}


@contextmanager
def serve_idp(idp: OAuthIdp) -> Iterator[OAuthIdp]:
    """Runs the provider on a free loopback port for the block (`idp.base_url` set)."""
    with serve_form(lambda path, form: _route(idp, path, form)) as base:
        idp.base_url = base
        yield idp
