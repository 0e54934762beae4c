"""IMAP options, login (password or XOAUTH2 from the secret store) and one retried connection.

An XOAUTH2 token with a refresh token is renewed before it expires and once when the server refuses
it (imap_oauth.TokenKeeper); a bare access token is used until refused.

Everything that talks to the network goes through `ImapSession.run`, which maps failures to
afterview's errors: a refused login is an AuthError naming `afterview auth imap`, a dropped
connection or timeout is retried with exponential back-off and jitter and then becomes a
TransientError, a certificate problem is a ConnectorError with a hint. Secrets never appear
in messages or logs.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import (
    AfterviewError,
    AuthError,
    ConnectorConfigError,
    ConnectorError,
    TransientError,
)
from afterview.connectors.imap_oauth import OAuthSettings, TokenKeeper, refresh_hint
from afterview.connectors.options import check_known, number, required_text, text
from afterview.connectors.secrets import get_secret

log = logging.getLogger(__name__)

T = TypeVar("T")

OPTIONS = (
    "host", "port", "security", "username", "auth", "ssl_ca_file", "inbox", "sent", "drafts",
    "timeout", "max_first_scan", "oauth_token_url", "oauth_client_id", "oauth_scope",
)
SECURITY = ("tls", "starttls", "none")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}
PASSWORD_SECRET = "password"
OAUTH2_SECRET = "oauth2_token"
_ATTEMPTS = 3
_BACKOFF = 0.5  # seconds before the second attempt; doubled each time, plus jitter


@dataclass(frozen=True)
class ImapOptions:
    """A checked IMAP connector configuration (no secrets: those come from the keyring)."""

    host: str
    port: int
    security: str
    username: str
    auth: str = "password"
    ssl_ca_file: str | None = None
    inbox: str = "INBOX"
    sent: str | None = None
    drafts: str | None = None
    timeout: float = 30.0
    max_first_scan: int = 5000
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_scope: str | None = None

    def oauth(self) -> OAuthSettings:
        """Returns where and as whom XOAUTH2 tokens are renewed, as far as the config says."""
        return OAuthSettings(token_url=self.oauth_token_url, client_id=self.oauth_client_id, scope=self.oauth_scope)


def _is_loopback(host: str) -> bool:
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def parse_options(options: Mapping[str, Any]) -> ImapOptions:
    """Given the connector's config table, returns ImapOptions; raises ConnectorConfigError."""
    check_known(options, OPTIONS, "imap")
    host = required_text(options, "host", "the IMAP server's host name is required")
    username = required_text(options, "username", "the IMAP login name is required")
    security = text(options, "security", "tls") or "tls"
    if security not in SECURITY:
        raise ConnectorConfigError("security", 'must be "tls", "starttls" or "none"')
    if security == "none" and not _is_loopback(host):
        raise ConnectorConfigError("security", '"none" is allowed only for a server on this machine (loopback)')
    auth = text(options, "auth", "password") or "password"
    if auth not in ("password", "xoauth2"):
        raise ConnectorConfigError("auth", 'must be "password" or "xoauth2"')
    ca_file = text(options, "ssl_ca_file")
    if ca_file is not None:
        ca_file = os.path.expanduser(ca_file)
        if not os.path.isfile(ca_file):
            raise ConnectorConfigError("ssl_ca_file", f"{ca_file} is not a file")
    port = int(number(options, "port", DEFAULT_PORTS[security], 1, 65535))
    token_url = text(options, "oauth_token_url")
    if token_url is not None:
        from urllib.parse import urlsplit

        parts = urlsplit(token_url)
        if not (parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname or ""))):
            raise ConnectorConfigError("oauth_token_url", "must be an https:// URL (http:// only on loopback)")
    return ImapOptions(
        host=host, port=port, security=security, username=username, auth=auth, ssl_ca_file=ca_file,
        inbox=text(options, "inbox", "INBOX") or "INBOX", sent=text(options, "sent"),
        drafts=text(options, "drafts"), timeout=number(options, "timeout", 30.0, 1, 600),
        max_first_scan=int(number(options, "max_first_scan", 5000, 1, 1_000_000)),
        oauth_token_url=token_url, oauth_client_id=text(options, "oauth_client_id"),
        oauth_scope=text(options, "oauth_scope"),
    )


def auth_hint(account: str) -> str:
    """Given an account name, returns the command that stores its IMAP credentials."""
    return f"afterview auth imap --account {account}"


def _is_transient(exc: BaseException) -> bool:
    from imapclient.exceptions import IMAPClientAbortError  # type: ignore[import-untyped]

    if isinstance(exc, ssl.SSLCertVerificationError):
        return False
    return isinstance(exc, IMAPClientAbortError | OSError | TimeoutError | EOFError)


def _unavailable(exc: BaseException) -> bool:
    # Servers answer NO [UNAVAILABLE] / [INUSE] / [LIMIT] while busy: worth another try later.
    text = str(exc).upper()
    return any(code in text for code in ("[UNAVAILABLE]", "[INUSE]", "[LIMIT]", "[SERVERBUG]"))


class ImapSession:
    """One lazily opened, logged-in IMAP connection, reopened after a failure."""

    def __init__(
        self,
        options: ImapOptions,
        ctx: ConnectorContext,
        *,
        sleep: Callable[[float], None] = time.sleep,
        secret: str | None = None,
    ) -> None:
        self.options = options
        self._given_secret = secret  # a secret being checked before it is stored
        self.ctx = ctx
        self.sleep = sleep
        self.client: Any = None
        self.selected: tuple[str, bool] | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.connects = 0
        self.tokens = TokenKeeper(ctx.account, options.oauth(), timeout=options.timeout, sleep=sleep)

    # ------------------------------------------------------------ connecting

    def _ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.options.ssl_ca_file)

    def _secret(self) -> str:
        if self.options.auth == "xoauth2" and self._given_secret is None:
            return self.tokens.access_token()
        name = OAUTH2_SECRET if self.options.auth == "xoauth2" else PASSWORD_SECRET
        value = self._given_secret or get_secret(self.ctx.account, name)
        if not value:
            raise AuthError(
                f"no IMAP {name.replace('_', ' ')} stored for {self.ctx.account}",
                source=self.ctx.account, hint=auth_hint(self.ctx.account),
            )
        return value

    def _connect(self) -> Any:
        from imapclient import IMAPClient  # type: ignore[import-untyped]
        from imapclient.exceptions import LoginError

        renewals = self.tokens.renewals
        secret = self._secret()
        fresh = self.tokens.renewals > renewals  # renewed just now: a refusal is not about its age
        opts = self.options
        client = IMAPClient(
            opts.host, port=opts.port, ssl=opts.security == "tls",
            ssl_context=self._ssl_context() if opts.security == "tls" else None, timeout=opts.timeout,
        )
        try:
            if opts.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ConnectorError(
                        f"{opts.host} does not offer STARTTLS", source=self.ctx.account,
                        hint='use security = "tls" (port 993)',
                    )
                client.starttls(self._ssl_context())
            try:
                if opts.auth == "xoauth2":
                    self._oauth2_login(client, secret, fresh=fresh)
                else:
                    client.login(opts.username, secret)
            except LoginError:
                raise AuthError(
                    f"the IMAP server refused the login of {self.ctx.account}",
                    source=self.ctx.account, hint=auth_hint(self.ctx.account),
                ) from None
            client.normalise_times = False  # keep INTERNALDATE timezone-aware
            self.capabilities = frozenset(str(c, "ascii").upper() for c in client.capabilities())
            if "CONDSTORE" in self.capabilities:
                # ENABLE makes HIGHESTMODSEQ part of every SELECT; harmless where unsupported.
                client.enable("CONDSTORE")
        except BaseException:
            _shutdown(client)
            raise
        self.connects += 1
        return client

    def _oauth2_login(self, client: Any, token: str, *, fresh: bool) -> None:
        """Logs in with XOAUTH2; a refused stored token is renewed once (unless `fresh`, renewed for this
        very login) and tried again on the same connection.

        Raises AuthError naming the fix when the token is refused and cannot be renewed.
        """
        from imapclient.exceptions import LoginError

        account = self.ctx.account
        try:
            client.oauth2_login(self.options.username, token)
            return
        except LoginError:
            if self._given_secret is not None:
                raise
        if not self.tokens.renewable():
            # Access tokens from Gmail and Microsoft last about an hour; only a refresh token outlives that.
            raise AuthError(
                f"the IMAP server refused the XOAUTH2 access token of {account} (expired?); "
                "a bare access token cannot be renewed", source=account, hint=refresh_hint(account),
            )
        if not fresh:
            try:
                client.oauth2_login(self.options.username, self.tokens.renew().access_token or "")
                return
            except LoginError:
                pass
        raise AuthError(
            f"the IMAP server refused the renewed XOAUTH2 token of {account} (user name or scope?)",
            source=account, hint=refresh_hint(account),
        )

    def drop(self) -> None:
        """Closes the connection without a word to the server (after an error)."""
        if self.client is not None:
            _shutdown(self.client)
        self.client = None
        self.selected = None

    def close(self) -> None:
        """Logs out politely if connected."""
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:  # already gone: nothing left to release but the socket
                _shutdown(self.client)
        self.client = None
        self.selected = None

    # ------------------------------------------------------------ running

    def run(self, what: str, operation: Callable[[Any], T]) -> T:
        """Given a description and an operation on the logged-in client, returns its result.

        Retries dropped connections and busy answers with back-off, then raises TransientError;
        raises AuthError for refused credentials, ConnectorError for other server refusals.
        """
        from imapclient.exceptions import IMAPClientError

        for attempt in range(_ATTEMPTS):
            try:
                if self.client is None:
                    self.client = self._connect()
                return operation(self.client)
            except AfterviewError:
                raise
            except ssl.SSLCertVerificationError as exc:
                self.drop()
                raise ConnectorError(
                    f"the certificate of {self.options.host} is not trusted ({exc.verify_message})",
                    source=self.ctx.account, hint="set ssl_ca_file to the server's CA certificate",
                ) from None
            except (IMAPClientError, OSError, TimeoutError, EOFError) as exc:
                self.drop()
                transient = _is_transient(exc) or _unavailable(exc)
                if not transient:
                    raise ConnectorError(
                        f"IMAP {what} failed: {_short(exc)}", source=self.ctx.account
                    ) from None
                if attempt + 1 == _ATTEMPTS:
                    raise TransientError(
                        f"IMAP {what} failed {_ATTEMPTS} times: {type(exc).__name__}",
                        source=self.ctx.account, retry_after=60.0,
                    ) from None
                delay = _BACKOFF * 2**attempt * (1 + random.random())  # jitter, not crypto
                log.info("%s: IMAP %s: %s; retrying in %.1fs", self.ctx.account, what, type(exc).__name__, delay)
                self.sleep(delay)
        raise AssertionError("unreachable")

    def status(self, client: Any, folder: str, items: list[str]) -> dict[bytes, Any]:
        """Given the client, returns STATUS `items` of `folder`, first leaving it if it is selected.

        STATUS on the selected mailbox answers from the session's stale view (Dovecot says
        [CLIENTBUG]), so the folder is unselected first; that costs one command, once.
        """
        if self.selected is not None and self.selected[0] == folder:
            if "UNSELECT" in self.capabilities:
                client.unselect_folder()
            else:
                client.close_folder()  # never expunges here: read folders are EXAMINEd, drafts are expunged by UID
            self.selected = None
        response: dict[bytes, Any] = client.folder_status(folder, items)
        return response

    def select(self, client: Any, folder: str, *, readonly: bool) -> dict[bytes, Any]:
        """Given the client, selects `folder` (EXAMINE when readonly) and returns the SELECT response."""
        response: dict[bytes, Any] = client.select_folder(folder, readonly=readonly)
        self.selected = (folder, readonly)
        return response


def _short(exc: BaseException) -> str:
    # Server texts can echo a command; keep them short and never include arguments we sent.
    return " ".join(str(exc).split())[:160]


def _shutdown(client: Any) -> None:
    with contextlib.suppress(OSError, AttributeError):
        client.shutdown()

