"""The HTTP session to Microsoft Graph: bearer tokens, throttling, bounded retries, error mapping.

Graph throttles per mailbox: at most 4 concurrent requests per account go out (a shared
semaphore), 429/503 answers are retried after their Retry-After, and other transient
failures of reads are retried with exponential back-off and jitter. What is left after the
bounded retry becomes TransientError; 401 after one token refresh becomes AuthError with
the re-authorisation command; 410 (stale delta token) becomes CursorExpiredError.
Non-idempotent requests are retried only on 429/503, which Graph sends before doing anything.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from afterview.connectors.errors import (
    AuthError,
    ConflictError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
    TransientError,
)

GRAPH_URL = "https://graph.microsoft.com/v1.0"
MAX_CONCURRENT = 4
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_THROTTLE_STATUS = frozenset({429, 503})
_LIMITS: dict[str, threading.BoundedSemaphore] = {}
_LIMITS_LOCK = threading.Lock()


class TokenSource(Protocol):
    """Gives bearer tokens for one account; raises AuthError or TransientError."""

    def token(self) -> str: ...

    def refresh(self) -> str: ...


def reauth_hint(account: str) -> str:
    """Given an account name, returns the exact command that re-authorises it."""
    return f"afterview auth microsoft --account {account}"


def mailbox_limit(account: str) -> threading.BoundedSemaphore:
    """Given an account, returns the semaphore its calendar and mailbox share (4 requests at once)."""
    with _LIMITS_LOCK:
        if account not in _LIMITS:
            _LIMITS[account] = threading.BoundedSemaphore(MAX_CONCURRENT)
        return _LIMITS[account]


def retry_after(value: str | None) -> float | None:
    """Given a Retry-After header (seconds or an HTTP date), returns seconds to wait, or None."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _error_code(response: requests.Response) -> str:
    # Graph's error codes ("SyncStateNotFound", "ErrorItemNotFound") are safe to show; messages may quote data.
    try:
        body = response.json()
        code = body.get("error", {}).get("code", "") if isinstance(body, dict) else ""
    except ValueError:
        code = ""
    return str(code)[:80] or f"HTTP {response.status_code}"


class GraphSession:
    """Requests to one account's Graph endpoint; raises the contract's errors, never requests' ones."""

    def __init__(
        self,
        *,
        account: str,
        tokens: TokenSource,
        base_url: str = GRAPH_URL,
        max_attempts: int = 4,
        max_wait: float = 60.0,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        http: requests.Session | None = None,
    ) -> None:
        self.account = account
        self.tokens = tokens
        self.base_url = base_url.rstrip("/")
        self.max_attempts = max(1, max_attempts)
        self.max_wait = max_wait
        self.backoff = backoff
        self.timeout = timeout
        self.sleep = sleep
        self.http = http or requests.Session()
        self.limit = mailbox_limit(account)

    def url(self, path: str) -> str:
        """Given a path under the Graph root (or an absolute next/delta link), returns the full URL."""
        if path.startswith(("http://", "https://")):
            # The bearer token goes only to the configured Graph origin, whatever a link says.
            if urlsplit(path)[:2] != urlsplit(self.base_url)[:2]:
                raise ConnectorError("Microsoft Graph sent a link to another host", source=self.account)
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Given a method, path and body, returns the 2xx response; raises the contract's errors."""
        url = self.url(path)
        idempotent = method.upper() == "GET"
        refreshed = False
        token = self.tokens.token()
        attempt = 0
        while True:
            attempt += 1
            sent = {"Authorization": f"Bearer {token}", **(headers or {})}
            try:
                with self.limit:
                    response = self.http.request(
                        method, url, params=params, json=json, headers=sent, timeout=self.timeout
                    )
            except (requests.Timeout, requests.ConnectionError) as exc:
                if idempotent and attempt < self.max_attempts:
                    self.sleep(self._backoff(attempt))
                    continue
                raise TransientError(
                    f"Microsoft Graph unreachable ({type(exc).__name__})", source=self.account
                ) from None
            status = response.status_code
            if status < 300:
                return response
            if status == 401 and not refreshed:
                refreshed = True
                token = self.tokens.refresh()
                attempt -= 1
                continue
            if status in _RETRY_STATUS:
                wait = retry_after(response.headers.get("Retry-After"))
                may_retry = idempotent or status in _THROTTLE_STATUS
                delay = wait if wait is not None else self._backoff(attempt)
                if may_retry and attempt < self.max_attempts and delay <= self.max_wait:
                    self.sleep(delay)
                    continue
                raise TransientError(
                    f"Microsoft Graph busy ({_error_code(response)})", source=self.account,
                    retry_after=delay,
                )
            raise self._error(response)

    def _backoff(self, attempt: int) -> float:
        base: float = self.backoff * 2 ** (attempt - 1)
        return base + random.uniform(0, base / 2)  # jitter spreads retries of parallel workers

    def _error(self, response: requests.Response) -> ConnectorError:
        status, code = response.status_code, _error_code(response)
        if status in (401, 403):
            return AuthError(
                f"Microsoft Graph refused the account's authorisation ({code})",
                source=self.account, hint=reauth_hint(self.account),
            )
        if status == 404:
            return NotFoundError(f"not found in Microsoft Graph ({code})", source=self.account)
        if status == 410:
            return CursorExpiredError(f"the Graph delta link expired ({code})", source=self.account)
        if status in (409, 412):
            return ConflictError(f"changed in Microsoft Graph meanwhile ({code})", source=self.account)
        return ConnectorError(f"Microsoft Graph answered {status} ({code})", source=self.account)

    def get(self, path: str, params: Mapping[str, str] | None = None,
            headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Given a path and query, returns the JSON object Graph answered; raises as request does."""
        return self._json(self.request("GET", path, params=params, headers=headers))

    def send(self, method: str, path: str, body: Any = None,
             headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Given a write request, returns Graph's JSON answer ({} for 204); raises as request does."""
        response = self.request(method, path, json=body, headers=headers)
        return {} if response.status_code == 204 or not response.content else self._json(response)

    def pages(self, path: str, params: Mapping[str, str] | None = None,
              headers: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
        """Given a collection path, yields each page, following absolute @odata.nextLink."""
        page = self.get(path, params, headers)
        yield page
        while "@odata.nextLink" in page:
            page = self.get(str(page["@odata.nextLink"]), None, headers)
            yield page

    def _json(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            raise ConnectorError("Microsoft Graph answered something that is not JSON", source=self.account) from None
        if not isinstance(body, dict):
            raise ConnectorError("Microsoft Graph answered an unexpected JSON shape", source=self.account)
        return body

    def close(self) -> None:
        """Closes the pooled connections."""
        self.http.close()
