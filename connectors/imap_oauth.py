"""XOAUTH2 tokens for IMAP: the stored token, its renewal through requests-oauthlib's refresh-token grant,
and writing the renewed (and rotated) token back to the keyring.

The keyring's "<account>/oauth2_token" holds either a bare access token (used as is, never renewed) or
JSON with `access_token`, `refresh_token`, `expires_at` (epoch seconds) and, as stored by
`afterview auth imap --xoauth2 --refresh-token`, `token_url`, `client_id`, `scope`; the mail table's
`oauth_token_url`, `oauth_client_id`, `oauth_scope` take precedence. An optional client secret is the
separate secret "<account>/oauth2_client_secret". Tokens never appear in messages or logs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace

from afterview.connectors.errors import AuthError, TransientError
from afterview.connectors.secrets import get_secret, set_secret

log = logging.getLogger(__name__)

TOKEN_SECRET = "oauth2_token"
CLIENT_SECRET = "oauth2_client_secret"
EXPIRY_MARGIN = 120.0  # seconds before `expires_at` at which the token is renewed ahead of use
_ATTEMPTS = 3
_BACKOFF = 0.5
# Errors a token endpoint answers while it is busy or broken, not because the grant is refused.
_PASSING = frozenset({"temporarily_unavailable", "server_error", "slow_down"})


@dataclass(frozen=True)
class OAuthSettings:
    """Where and as whom to renew a token (from the mail table; None where it does not say)."""

    token_url: str | None = None
    client_id: str | None = None
    scope: str | None = None


@dataclass(frozen=True)
class StoredToken:
    access_token: str | None
    refresh_token: str | None = None
    expires_at: float | None = None
    token_url: str | None = None
    client_id: str | None = None
    scope: str | None = None


def load_token(text: str, account: str) -> StoredToken:
    """Given the stored secret, returns the token (a bare string is an access token alone); raises AuthError."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return StoredToken(access_token=stripped)
    try:
        blob = json.loads(stripped)
        fields = {k: blob.get(k) for k in StoredToken.__dataclass_fields__}
        for key in ("access_token", "refresh_token", "token_url", "client_id", "scope"):
            if fields[key] is not None and not isinstance(fields[key], str):
                raise ValueError(key)
        if fields["expires_at"] is not None:
            fields["expires_at"] = float(fields["expires_at"])
        if not fields["access_token"] and not fields["refresh_token"]:
            raise ValueError("no token")
        return StoredToken(**fields)
    except (ValueError, TypeError, AttributeError):
        raise AuthError(f"the stored XOAUTH2 token of {account} is not readable", source=account,
                        hint=refresh_hint(account)) from None


def dump_token(token: StoredToken) -> str:
    """Given a token, returns the JSON text stored in the keyring."""
    return json.dumps({k: v for k, v in asdict(token).items() if v is not None}, separators=(",", ":"))


def refresh_hint(account: str) -> str:
    """Given an account name, returns the command that stores a renewable XOAUTH2 grant for it."""
    return f"afterview auth imap --account {account} --xoauth2 --refresh-token"


def grant_token(account: str, settings: OAuthSettings, refresh_token: str, client_secret: str | None,
                *, timeout: float, sleep: Callable[[float], None] = time.sleep) -> StoredToken:
    """Given a refresh token and where to renew it, returns a fresh token (not stored yet).

    Raises AuthError when the endpoint refuses the grant or the client, TransientError after
    `_ATTEMPTS` tries when it is unreachable or failing.
    """
    from oauthlib.oauth2 import MissingTokenError, OAuth2Error  # type: ignore[import-untyped]
    from requests import RequestException
    from requests_oauthlib import OAuth2Session  # type: ignore[import-untyped]

    if not settings.token_url or not settings.client_id:
        raise AuthError(f"{account} has a refresh token but no oauth_token_url or oauth_client_id",
                        source=account, hint="set oauth_token_url and oauth_client_id in its mail table")
    # The scope goes in the body, not to the session: a session scope makes oauthlib reject answers
    # whose scope is spelt differently (Microsoft expands it), which is harmless here.
    body = f"scope={_quote(settings.scope)}" if settings.scope else ""
    problem = ""
    for attempt in range(_ATTEMPTS):
        try:
            with _quiet_oauth_logs():
                answer = OAuth2Session(client_id=settings.client_id).refresh_token(
                    settings.token_url, refresh_token=refresh_token, body=body, timeout=timeout,
                    client_id=settings.client_id, include_client_id=True,
                    **({"client_secret": client_secret} if client_secret else {}))
            break
        except MissingTokenError:
            problem = "no access token in the answer"  # e.g. a proxy's HTML error page
        except OAuth2Error as exc:
            if exc.error not in _PASSING:
                raise AuthError(f"the OAuth provider refused to renew the XOAUTH2 token of {account} ({exc.error})",
                                source=account, hint=refresh_hint(account)) from None
            problem = str(exc.error)
        except (RequestException, ValueError) as exc:
            problem = type(exc).__name__
        if attempt + 1 < _ATTEMPTS:
            sleep(_BACKOFF * 2**attempt * (1 + random.random()))  # jitter, not crypto
    else:
        raise TransientError(f"cannot renew the XOAUTH2 token of {account} ({problem})",
                             source=account, retry_after=60.0)
    expires_at = answer.get("expires_at")
    return StoredToken(
        access_token=str(answer["access_token"]),
        refresh_token=str(answer.get("refresh_token") or refresh_token),
        expires_at=float(expires_at) if expires_at is not None else None,
        token_url=settings.token_url, client_id=settings.client_id, scope=settings.scope,
    )


@contextlib.contextmanager
def _quiet_oauth_logs() -> Iterator[None]:
    """Holds requests-oauthlib's and oauthlib's loggers at INFO for the block: at DEBUG (afterview -vv)
    they log the request body and the answer, refresh and access tokens included."""
    loggers = [logging.getLogger(name) for name in ("requests_oauthlib", "oauthlib")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


class TokenKeeper:
    """The XOAUTH2 access token of one account: read from the secret store, renewed when due."""

    def __init__(self, account: str, settings: OAuthSettings, *, timeout: float,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time) -> None:
        self.account, self.settings, self.timeout = account, settings, timeout
        self.sleep, self.clock = sleep, clock
        self.token: StoredToken | None = None
        # Stored texts of `token`'s line: what it was read from and what this process wrote. Another
        # text means a new grant was stored (afterview auth imap), which replaces what was renewed here;
        # a systemd credential (read first, never written) stays the old text and is not re-read.
        self._seen: set[str] = set()
        self.renewals = 0

    def _load(self) -> StoredToken:
        text = get_secret(self.account, TOKEN_SECRET)
        if not text:
            raise AuthError(f"no IMAP oauth2 token stored for {self.account}", source=self.account,
                            hint=f"afterview auth imap --account {self.account}")
        if text not in self._seen or self.token is None:
            self.token, self._seen = load_token(text, self.account), {text}
        return self.token

    def _settings(self, token: StoredToken) -> OAuthSettings:
        given = self.settings
        return OAuthSettings(token_url=given.token_url or token.token_url,
                             client_id=given.client_id or token.client_id, scope=given.scope or token.scope)

    def renewable(self) -> bool:
        """Returns whether the stored token has a refresh token (bare access tokens are not renewable)."""
        return bool(self._load().refresh_token)

    def access_token(self) -> str:
        """Returns an access token, renewed first when it has expired or is about to; raises AuthError."""
        token = self._load()
        due = token.access_token is None or (
            token.expires_at is not None and token.expires_at - EXPIRY_MARGIN <= self.clock())
        if due and token.refresh_token:
            token = self.renew()
        if not token.access_token:
            raise AuthError(f"no XOAUTH2 access token stored for {self.account}", source=self.account,
                            hint=refresh_hint(self.account))
        return token.access_token

    def renew(self) -> StoredToken:
        """Renews the token with its refresh token and stores the result; returns it.

        Raises AuthError (grant refused), TransientError (endpoint failing).
        """
        token = self._load()
        if not token.refresh_token:
            raise AuthError(f"the XOAUTH2 token of {self.account} cannot be renewed", source=self.account,
                            hint=refresh_hint(self.account))
        new = grant_token(self.account, self._settings(token), token.refresh_token,
                          get_secret(self.account, CLIENT_SECRET), timeout=self.timeout, sleep=self.sleep)
        new = replace(new, token_url=token.token_url or new.token_url, client_id=token.client_id or new.client_id,
                      scope=token.scope or new.scope)
        self.renewals += 1
        self.token = new
        text = dump_token(new)
        try:
            set_secret(self.account, TOKEN_SECRET, text)
            self._seen.add(text)
        except AuthError:  # e.g. a read-only keyring: use it now; the old refresh token may still work later
            log.warning("%s: renewed XOAUTH2 token could not be stored; kept in memory", self.account)
        log.info("%s: XOAUTH2 access token renewed", self.account)
        return new
