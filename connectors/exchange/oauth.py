"""OAuth 2 bearer tokens for Exchange Server (AD FS or hybrid modern auth): the stored token, its refresh
through requests-oauthlib (the refresh-token grant), and exchangelib credentials that refresh themselves.

The keyring's "<account>/token" holds either a bare access token (never refreshed) or JSON with
`access_token` and optionally `refresh_token`, `expires_at` (epoch seconds), `client_id`, and
`token_endpoint` or `tenant`; the options `client_id`, `token_endpoint`, `tenant` fill what it lacks.
A refreshed token is written back to the keyring before it is used.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from afterview.connectors.errors import AuthError, TransientError
from afterview.connectors.secrets import set_secret

if TYPE_CHECKING:
    from afterview.connectors.exchange.account import ExchangeOptions

log = logging.getLogger(__name__)
EXPIRY_MARGIN = 60.0  # seconds before `expires_at` at which a token counts as expired


@dataclass(frozen=True)
class StoredToken:
    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None
    client_id: str | None = None
    token_endpoint: str | None = None
    tenant: str | None = None
    scope: str | None = None


def load_token(text: str) -> StoredToken:
    """Given the stored secret, returns the token (a bare string is an access token alone)."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return StoredToken(access_token=stripped)
    try:
        blob = json.loads(stripped)
        fields = {k: blob.get(k) for k in StoredToken.__dataclass_fields__}
        if not isinstance(fields["access_token"], str):
            raise ValueError("access_token")
        if fields["expires_at"] is not None:
            fields["expires_at"] = float(fields["expires_at"])
        return StoredToken(**fields)
    except (ValueError, TypeError, AttributeError):
        raise AuthError("the stored Exchange token is not readable JSON with an access_token") from None


def dump_token(token: StoredToken) -> str:
    return json.dumps({k: v for k, v in asdict(token).items() if v is not None}, separators=(",", ":"))


def endpoint(opts: ExchangeOptions, token: StoredToken) -> str | None:
    """Returns the token endpoint: configured, stored, or Microsoft Entra's for a tenant (hybrid modern auth)."""
    if opts.token_endpoint or token.token_endpoint:
        return opts.token_endpoint or token.token_endpoint
    tenant = opts.tenant or token.tenant
    return f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token" if tenant else None


def can_refresh(opts: ExchangeOptions, token: StoredToken) -> bool:
    return bool(token.refresh_token and (opts.client_id or token.client_id) and endpoint(opts, token))


def expired(token: StoredToken) -> bool:
    return token.expires_at is not None and token.expires_at - EXPIRY_MARGIN <= time.time()


def refresh(opts: ExchangeOptions, token: StoredToken) -> StoredToken:
    """Given a refreshable token, returns a new one (refresh-token grant) after storing it in the keyring.

    Raises AuthError (grant refused: the user signs in again), TransientError (endpoint unreachable or failing).
    """
    from oauthlib.oauth2 import OAuth2Error  # type: ignore[import-untyped]
    from requests import RequestException
    from requests_oauthlib import OAuth2Session  # type: ignore[import-untyped]

    url, client_id = endpoint(opts, token), opts.client_id or token.client_id
    assert url and client_id and token.refresh_token, "refresh() needs can_refresh()"
    try:
        # The scope goes in the body: requests-oauthlib passes the session's own scope to oauthlib
        # as a keyword, so a `scope=` argument here is a TypeError, and a session scope makes it
        # reject answers that spell the scope differently (Microsoft expands it).
        body = f"scope={quote(token.scope)}" if token.scope else ""
        answer = OAuth2Session(client_id=client_id).refresh_token(
            url, refresh_token=token.refresh_token, body=body, client_id=client_id, include_client_id=True,
            timeout=opts.timeout)
    except OAuth2Error as exc:
        if (exc.status_code or 0) >= 500 or exc.error == "temporarily_unavailable":
            raise TransientError(f"the token endpoint failed ({exc.error})", source=opts.account) from None
        raise AuthError(f"the sign-in of {opts.email} expired and could not be renewed ({exc.error})",
                        source=opts.account, hint=opts.hint) from None
    except (RequestException, ValueError) as exc:
        raise TransientError(f"cannot renew the Exchange token ({type(exc).__name__})", source=opts.account) from None
    expires_at = answer.get("expires_at")
    new = replace(token, access_token=str(answer["access_token"]),
                  refresh_token=str(answer.get("refresh_token") or token.refresh_token),
                  expires_at=float(expires_at) if expires_at is not None else None)
    try:
        set_secret(opts.account, "token", dump_token(new))
    except AuthError:  # e.g. a read-only systemd credential: use the token, ask again at the next expiry
        log.warning("%s: renewed Exchange token could not be stored; kept in memory", opts.account)
    log.info("%s: Exchange OAuth token renewed", opts.account)
    return new


def oauth_token(token: StoredToken) -> Any:
    """Given the stored token, returns the oauthlib OAuth2Token exchangelib wants."""
    from oauthlib.oauth2 import OAuth2Token

    data: dict[str, Any] = {"access_token": token.access_token, "token_type": "Bearer"}
    if token.expires_at is not None:
        data["expires_at"] = token.expires_at
        data["expires_in"] = max(0.0, token.expires_at - time.time())
    return OAuth2Token(data)


def credentials(opts: ExchangeOptions, token: StoredToken) -> Any:
    """Given options and the current token, returns exchangelib credentials; refreshable ones renew
    themselves when exchangelib finds the token expired (refresh()) or the server answers 401 (renew())."""
    from exchangelib.credentials import OAuth2AuthorizationCodeCredentials  # type: ignore[import-untyped]

    current = [token]  # kept outside the instance: exchangelib hashes the instance's attributes

    class RefreshingCredentials(OAuth2AuthorizationCodeCredentials):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(access_token=oauth_token(token))

        @property
        def refreshable(self) -> bool:
            return can_refresh(opts, current[0])

        def renew(self) -> None:
            with self.lock:
                current[0] = refresh(opts, current[0])
                self.access_token = oauth_token(current[0])

        def refresh(self, session: Any) -> None:
            if not self.refreshable:
                raise AuthError(f"the Exchange token of {opts.email} expired", source=opts.account, hint=opts.hint)
            self.renew()

    return RefreshingCredentials()
