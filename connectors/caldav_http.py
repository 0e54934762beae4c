"""HTTP for the CalDAV connector: the caldav library's DAVClient with bounded retries and our errors.

Every request goes through `DavTransport.request`, which retries timeouts, connection resets,
429 and 5xx a few times with exponential back-off and jitter, then raises TransientError;
401 raises AuthError with the command that stores a new password. Other statuses come back
to the caller (a 404, 412 or 403 means something different for each operation).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from afterview.connectors.errors import AuthError, ConnectorError, TransientError

log = logging.getLogger(__name__)

SECRET_NAME = "caldav_password"
T = TypeVar("T")


@dataclass(frozen=True)
class Reply:
    """A server reply: status, lower-cased headers, the parsed DAVResponse (for multistatus bodies)."""

    status: int
    headers: Mapping[str, str]
    dav: Any

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def body(self) -> bytes:
        raw = getattr(self.dav, "_raw_body", b"") or getattr(self.dav, "_raw", b"")
        return raw if isinstance(raw, bytes) else str(raw).encode("utf-8")


def auth_hint(account: str) -> str:
    """Given an account name, returns the command that stores its CalDAV password."""
    return f"afterview auth caldav --account {account}"


class DavTransport:
    """One authenticated DAVClient for a server; `requests` counts what it sent (for idle-cost tests)."""

    retries = 3
    base_delay = 0.5
    max_delay = 30.0

    def __init__(
        self,
        url: str,
        username: str,
        password: Callable[[], str | None],
        *,
        account: str,
        auth: str = "basic",
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.username = username
        self.password_source = password
        self.account = account
        self.auth = auth
        self.timeout = timeout
        self.sleep = sleep
        self.requests = 0
        self._client: Any = None

    # ------------------------------------------------------------ client

    def client(self) -> Any:
        """Returns the DAVClient, built on first use; raises AuthError if no password is stored."""
        if self._client is None:
            from caldav.davclient import DAVClient

            secret = self.password_source()
            if not secret:
                raise AuthError(
                    f"no CalDAV password stored for {self.account}",
                    source=self.account,
                    hint=auth_hint(self.account),
                )
            # Explicit URL, no RFC 6764 DNS discovery: the user named the server.
            self._client = DAVClient(
                url=self.url,
                username=self.username,
                password=secret,
                # A named scheme sends credentials on the first request: no 401 round trip per start.
                auth_type=None if self.auth == "auto" else self.auth,
                timeout=int(self.timeout),
                enable_rfc6764=False,
                rate_limit_handle=False,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            finally:
                self._client = None

    # ------------------------------------------------------------ requests

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        backoff = float(self.base_delay * (2**attempt))
        return min(backoff + random.uniform(0, backoff), self.max_delay)

    def call(self, what: str, fn: Callable[[Any], T]) -> T:
        """Given a description and fn(client), returns fn's result, retrying transient trouble.

        fn may raise _Retry to ask for another attempt. Raises AuthError (401, no password),
        Forbidden (403, with the server's preconditions), TransientError after the retries,
        ConnectorError for anything else the library raises.
        """
        from caldav.lib import error as dav_error

        retry_after: float | None = None
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self._delay(attempt - 1, retry_after))
            retry_after = None
            try:
                return fn(self.client())
            except _Retry as exc:
                last = exc.reason
            except dav_error.RateLimitError as exc:
                retry_after = exc.retry_after_seconds
                last = f"HTTP {exc.status or 429}"
            except dav_error.AuthorizationError as exc:
                if exc.status == 403:
                    raise Forbidden(what, tuple(exc.preconditions)) from None
                raise AuthError(
                    f"the CalDAV server refused the login for {self.account}",
                    source=self.account,
                    hint=auth_hint(self.account),
                ) from None
            except (AuthError, Forbidden, TransientError):
                raise
            except (OSError, TimeoutError) as exc:
                last = type(exc).__name__
            except Exception as exc:
                # niquests/urllib3 connection errors and timeouts do not all derive from OSError.
                if type(exc).__module__.split(".")[0] in ("niquests", "urllib3", "requests", "urllib3_future"):
                    last = type(exc).__name__
                    continue
                raise ConnectorError(f"CalDAV {what} failed: {_short(exc)}", source=self.account) from None
        log.warning("%s: CalDAV %s gave up after %d attempts (%s)", self.account, what, self.retries + 1, last)
        raise TransientError(f"CalDAV server unavailable ({last})", source=self.account, retry_after=retry_after)

    def request(
        self, method: str, url: str, body: str | bytes = "", headers: Mapping[str, str] | None = None
    ) -> Reply:
        """Given a method, URL, body and headers, returns the reply (any status but 401/403/429/5xx).

        Raises as `call` does; a 5xx is retried like a timeout.
        """
        data = body.decode("utf-8") if isinstance(body, bytes) else body

        def send(client: Any) -> Reply:
            self.requests += 1
            response = client.request(url, method, data, dict(headers or {}))
            status = int(response.status)
            if status >= 500:
                raise _Retry(f"HTTP {status}")
            found = {str(k).lower(): str(v) for k, v in (response.headers or {}).items()}
            return Reply(status, found, response)

        return self.call(method, send)


class _Retry(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Forbidden(ConnectorError):
    """A 403: `preconditions` tells an expired sync token or an unsupported report from a refusal."""

    def __init__(self, what: str, preconditions: tuple[str, ...]) -> None:
        super().__init__(f"CalDAV {what} forbidden")
        self.preconditions = preconditions


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
