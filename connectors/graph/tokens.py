"""msal token handling: a public client whose token cache lives in the keyring (secret "msal_cache").

The app registration (client id, tenant) is stored beside the cache as "msal_app" by
`afterview auth microsoft`, so the config needs nothing but `type = "microsoft"`; options
may override it. Access tokens are refreshed silently; when the refresh token has expired
or was revoked (90 days idle for Microsoft) every call raises AuthError whose hint is the
exact command that re-authorises this account.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import msal  # type: ignore[import-untyped]
import requests
from afterview.connectors.errors import AuthError, TransientError
from afterview.connectors.graph.session import reauth_hint
from afterview.connectors.options import text
from afterview.connectors.secrets import get_secret, set_secret

log = logging.getLogger(__name__)

SCOPES = ("Mail.ReadWrite", "Calendars.ReadWrite")
"""What afterview asks for. msal adds offline_access (and openid, profile) itself; Mail.Send never."""
GRANTED = (*SCOPES, "offline_access")
CACHE_SECRET = "msal_cache"
APP_SECRET = "msal_app"
AUTHORITY_HOST = "login.microsoftonline.com"
DEFAULT_TENANT = "common"


def default_http_client() -> Any:
    """Returns the HTTP client msal uses (tests replace this to answer the authority offline)."""
    return requests.Session()


@dataclass(frozen=True)
class AppRegistration:
    """Which Entra app and tenant an account signs in with."""

    client_id: str
    tenant: str = DEFAULT_TENANT
    authority_host: str = AUTHORITY_HOST

    @property
    def authority(self) -> str:
        return f"https://{self.authority_host}/{self.tenant}"

    def dump(self) -> str:
        return json.dumps({"client_id": self.client_id, "tenant": self.tenant, "host": self.authority_host})


def registration(account: str, options: Mapping[str, Any]) -> AppRegistration:
    """Given an account and connector options, returns its app registration (options win over stored).

    Raises ConnectorConfigError for a malformed option, AuthError when nothing says which app to use.
    """
    stored: dict[str, Any] = {}
    raw = get_secret(account, APP_SECRET)
    if raw:
        try:
            stored = dict(json.loads(raw))
        except (ValueError, TypeError):
            stored = {}
    values: dict[str, str] = {}
    for key, stored_key in (("client_id", "client_id"), ("tenant", "tenant"), ("authority_host", "host")):
        value = text(options, key, stored.get(stored_key))
        if value:
            values[key] = value
    if "client_id" not in values:
        raise AuthError(f"account {account} has no Microsoft sign-in yet", source=account,
                        hint=reauth_hint(account) + " --client-id YOUR-APP-ID")
    return AppRegistration(
        values["client_id"], values.get("tenant", DEFAULT_TENANT), values.get("authority_host", AUTHORITY_HOST)
    )


def build_app(reg: AppRegistration, cache: msal.SerializableTokenCache, http_client: Any = None) -> Any:
    """Given an app registration and a cache, returns an msal PublicClientApplication.

    Construction reads the authority's discovery documents through `http_client`.
    """
    return msal.PublicClientApplication(
        reg.client_id, authority=reg.authority, token_cache=cache,
        http_client=http_client if http_client is not None else default_http_client(),
    )


class MsalTokens:
    """Bearer tokens for one account from its keyring-held msal cache; thread-safe."""

    def __init__(self, account: str, reg: AppRegistration, *, http_client: Any = None,
                 store: Callable[[str, str, str], None] = set_secret) -> None:
        self.account = account
        self.reg = reg
        self._http_client = http_client
        self._store = store
        self._lock = threading.Lock()
        self._app: Any = None
        self._cache = msal.SerializableTokenCache()
        self._loaded = ""
        state = get_secret(account, CACHE_SECRET)
        if state:
            self._load(state)

    def _expired(self, why: str) -> AuthError:
        return AuthError(f"Microsoft sign-in for {self.account} {why}", source=self.account,
                         hint=reauth_hint(self.account))

    def _acquire(self, force: bool) -> str:
        with self._lock:
            try:
                return self._attempt(force)
            except AuthError:
                # `afterview auth microsoft` may have run in another process since this one loaded.
                if not self._reload():
                    raise
            return self._attempt(force)

    def _reload(self) -> bool:
        state = get_secret(self.account, CACHE_SECRET)
        if not state or state == self._loaded:
            return False
        self._load(state)
        self._app = None
        return True

    def _load(self, state: str) -> None:
        self._loaded = state
        try:
            self._cache.deserialize(state)
        except (ValueError, TypeError):
            log.warning("%s: the stored Microsoft token cache is unreadable", self.account)

    def _attempt(self, force: bool) -> str:
        try:
            if self._app is None:
                self._app = build_app(self.reg, self._cache, self._http_client)
            accounts = self._app.get_accounts()
            if not accounts:
                raise self._expired("is missing; authorise it first")
            result = self._app.acquire_token_silent_with_error(
                list(SCOPES), account=accounts[0], force_refresh=force)
        except (requests.RequestException, OSError) as exc:
            raise TransientError(f"Microsoft sign-in server unreachable ({type(exc).__name__})",
                                 source=self.account) from None
        except ValueError as exc:  # msal's discovery failure: the authority did not answer sensibly
            raise TransientError(f"Microsoft sign-in discovery failed ({type(exc).__name__})",
                                 source=self.account) from None
        if not result or "access_token" not in result:
            code = str((result or {}).get("error", "no token"))[:60]
            raise self._expired(f"expired or was revoked ({code})")
        self._save()
        return str(result["access_token"])

    def _save(self) -> None:
        if not self._cache.has_state_changed:
            return
        state = self._cache.serialize()
        self._loaded = state
        try:
            self._store(self.account, CACHE_SECRET, state)
        except AuthError:
            # A read-only secret store (systemd credentials): the refresh still worked for this run.
            log.warning("%s: could not write the refreshed Microsoft token cache", self.account)

    def token(self) -> str:
        """Returns a valid access token (from the cache, refreshing silently); raises AuthError."""
        return self._acquire(force=False)

    def refresh(self) -> str:
        """Returns a freshly refreshed access token (Graph said 401); raises AuthError."""
        return self._acquire(force=True)


_SHARED: dict[tuple[str, AppRegistration], MsalTokens] = {}
_SHARED_LOCK = threading.Lock()


def shared_tokens(account: str, reg: AppRegistration) -> MsalTokens:
    """Given an account and app, returns the one MsalTokens its calendar and mailbox share."""
    with _SHARED_LOCK:
        key = (account, reg)
        if key not in _SHARED:
            _SHARED[key] = MsalTokens(account, reg)
        return _SHARED[key]


def forget_shared_tokens() -> None:
    """Drops the shared token holders (after re-authorisation, and between tests)."""
    with _SHARED_LOCK:
        _SHARED.clear()
