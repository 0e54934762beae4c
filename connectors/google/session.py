"""What both Google connectors share: options, OAuth credentials, services, retries, quota budget.

Services are built by googleapiclient from the discovery documents shipped inside the
library (static_discovery=True, no network), optionally pointed at another endpoint
(`api_endpoint`, used by the tests' fake). Every call goes through `Session.execute` or
`Session.batch`: rate limits (429, 403 rateLimitExceeded/userRateLimitExceeded), 5xx and
timeouts are retried a bounded number of times with exponential back-off and jitter, then
become TransientError; an `invalid_grant` on token refresh becomes AuthError whose hint is
the exact command that re-authorises the account.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterview.connectors.errors import (
    AfterviewError,
    AuthError,
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    NotFoundError,
    TransientError,
)
from afterview.connectors.options import check_known, number, text
from afterview.connectors.secrets import get_secret

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.events",
)
"""Exactly these: read mail, write drafts, write events. Never a send, modify or full-mail scope."""

REFRESH_TOKEN = "google_refresh_token"
CLIENT_SECRET = "google_client"
TOKEN_URI = "https://oauth2.googleapis.com/token"
BATCH_URIS = {"gmail": "https://gmail.googleapis.com/batch/gmail/v1",
              "calendar": "https://www.googleapis.com/batch/calendar/v3"}
SERVICE_PATHS = {"gmail": "", "calendar": "calendar/v3/"}
VERSIONS = {"gmail": "v1", "calendar": "v3"}
COMMON_OPTIONS = frozenset({"client_secret_path", "client_id", "client_secret", "api_endpoint", "token_uri",
                            "timeout", "max_retries", "retry_base_seconds"})
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "backendError", "quotaExceeded"})


def reauth_hint(account: str) -> str:
    """Given an account name, returns the command that re-authorises it."""
    return f"afterview auth google --account {account}"


# ---------------------------------------------------------------- options


MAX_INLINE_WAIT = 60.0
"""Longest pause (seconds) spent inside one cycle; a longer Retry-After becomes the engine's back-off."""


@dataclass(frozen=True)
class GoogleOptions:
    """The options both connectors understand (see docs/connectors/google.md)."""

    account: str
    client_id: str
    client_secret: str
    token_uri: str
    api_endpoint: str | None
    timeout: float
    max_retries: int
    retry_base: float

    @classmethod
    def parse(cls, options: Mapping[str, Any], account: str, known: frozenset[str]) -> GoogleOptions:
        """Given a connector table, returns the common options; raises ConnectorConfigError or AuthError."""
        check_known(options, COMMON_OPTIONS | known, "google")
        endpoint = text(options, "api_endpoint")
        if endpoint is not None and not endpoint.endswith("/"):
            endpoint += "/"
        client_id, client_secret, token_uri = _client(options, account)
        return cls(
            account=account,
            client_id=client_id,
            client_secret=client_secret,
            token_uri=text(options, "token_uri") or token_uri,
            api_endpoint=endpoint,
            timeout=number(options, "timeout", 60, 1, 600),
            max_retries=int(number(options, "max_retries", 5, 0, 10)),
            retry_base=number(options, "retry_base_seconds", 1.0, 0, 60),
        )


def client_from_json(text: str) -> tuple[str, str, str]:
    """Given a downloaded OAuth client JSON ("installed" or "web"), returns (id, secret, token_uri)."""
    data = json.loads(text)
    section = data.get("installed") or data.get("web")
    if not isinstance(section, dict) or not section.get("client_id") or not section.get("client_secret"):
        raise ValueError("not an OAuth client file (no installed.client_id / client_secret)")
    return str(section["client_id"]), str(section["client_secret"]), str(section.get("token_uri") or TOKEN_URI)


def _client(options: Mapping[str, Any], account: str) -> tuple[str, str, str]:
    client_id, client_secret = text(options, "client_id"), text(options, "client_secret")
    if client_id and client_secret:
        return client_id, client_secret, TOKEN_URI
    path = text(options, "client_secret_path")
    try:
        if path is not None:
            return client_from_json(Path(path).expanduser().read_text(encoding="utf-8"))
        stored = get_secret(account, CLIENT_SECRET)
        if stored:
            return client_from_json(stored)
    except (OSError, ValueError) as exc:
        problem = f"unreadable OAuth client file ({type(exc).__name__})"
        raise ConnectorConfigError("client_secret_path", problem) from None
    raise AuthError(f"no Google OAuth client stored for {account}", source=account, hint=reauth_hint(account))


# ---------------------------------------------------------------- quota budget


class Budget:
    """A token bucket of Gmail quota units per second (one per user), so a scan never bursts past the quota."""

    def __init__(self, units_per_second: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.rate = units_per_second
        self.tokens = units_per_second
        self.clock = clock
        self.sleep = sleep
        self.stamp = clock()
        self.waited = 0.0

    def take(self, units: float) -> None:
        """Given a call's cost in quota units, returns once the bucket holds them (sleeping if needed)."""
        now = self.clock()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < units:
            pause = (units - self.tokens) / self.rate
            self.sleep(pause)
            self.waited += pause
            self.tokens = units
            self.stamp = self.clock()
        self.tokens -= units


# ---------------------------------------------------------------- errors


@dataclass(frozen=True)
class Failure:
    """What an API error said: HTTP status, the first `reason`, and Retry-After if any."""

    status: int
    reason: str
    retry_after: float | None


def describe(exc: Exception) -> Failure:
    """Given a googleapiclient HttpError, returns its status, reason and Retry-After."""
    resp = getattr(exc, "resp", None)
    status = int(getattr(resp, "status", 0) or 0)
    reason = ""
    try:
        content = json.loads(getattr(exc, "content", b"") or b"{}")
        errors = content.get("error", {}).get("errors") or [{}]
        reason = str(errors[0].get("reason", ""))
    except (ValueError, AttributeError, TypeError):
        pass
    retry_after: float | None = None
    raw = resp.get("retry-after") if resp is not None and hasattr(resp, "get") else None
    if raw is not None:
        try:
            retry_after = float(raw)
        except ValueError:
            retry_after = None
    return Failure(status, reason, retry_after)


class GoogleNotFound(NotFoundError):
    """NotFoundError carrying the HTTP status (404, or 410 for a deleted event / stale sync token)."""

    def __init__(self, message: str, *, source: str, status: int, reason: str) -> None:
        super().__init__(message, source=source)
        self.status = status
        self.reason = reason


class GoogleConflict(ConflictError):
    """ConflictError carrying the HTTP status (409 duplicate id, 412 etag precondition)."""

    def __init__(self, message: str, *, source: str, status: int, reason: str) -> None:
        super().__init__(message, source=source)
        self.status = status
        self.reason = reason


def _retryable(failure: Failure) -> bool:
    if failure.status == 429 or failure.status >= 500:
        return True
    return failure.status == 403 and failure.reason in _RATE_REASONS


def _mapped(what: str, failure: Failure, account: str) -> AfterviewError:
    text = f"{what}: HTTP {failure.status} {failure.reason}".rstrip()
    if failure.status in (404, 410):
        return GoogleNotFound(text, source=account, status=failure.status, reason=failure.reason)
    if failure.status in (409, 412):
        return GoogleConflict(text, source=account, status=failure.status, reason=failure.reason)
    if _retryable(failure):
        return TransientError(text, source=account, retry_after=failure.retry_after)
    if failure.status in (401, 403):
        return AuthError(text, source=account, hint=reauth_hint(account))
    return ConnectorError(text, source=account)


# ---------------------------------------------------------------- session


class Session:
    """One account's authorised HTTP, services and retry policy."""

    def __init__(self, opts: GoogleOptions, *, sleep: Callable[[float], None] = time.sleep,
                 rng: Callable[[], float] = random.random) -> None:
        self.opts = opts
        self.account = opts.account
        self.sleep = sleep
        self.rng = rng
        self._http: Any = None

    def http(self) -> Any:
        """Returns the authorised httplib2 transport (built on first use; reads the refresh token then)."""
        if self._http is None:
            import google_auth_httplib2  # type: ignore[import-untyped]
            import httplib2  # type: ignore[import-untyped]
            from google.oauth2.credentials import Credentials

            refresh_token = get_secret(self.account, REFRESH_TOKEN)
            if not refresh_token:
                raise AuthError(f"Google account {self.account} is not authorised", source=self.account,
                                hint=reauth_hint(self.account))
            credentials = Credentials(  # type: ignore[no-untyped-call]
                token=None, refresh_token=refresh_token, token_uri=self.opts.token_uri,
                client_id=self.opts.client_id, client_secret=self.opts.client_secret, scopes=list(SCOPES))
            self._http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=self.opts.timeout))
        return self._http

    def service(self, api: str) -> Any:
        """Given "gmail" or "calendar", returns the googleapiclient service from the bundled discovery doc."""
        from googleapiclient.discovery import build  # type: ignore[import-untyped]

        kwargs: dict[str, Any] = {}
        if self.opts.api_endpoint:
            kwargs["client_options"] = {"api_endpoint": self.opts.api_endpoint + SERVICE_PATHS[api]}
        return build(api, VERSIONS[api], http=self.http(), static_discovery=True, cache_discovery=False, **kwargs)

    def batch_uri(self, api: str) -> str:
        # A batch ignores client_options.api_endpoint, so its URI is always explicit.
        if self.opts.api_endpoint:
            return self.opts.api_endpoint + BATCH_URIS[api].split("/", 3)[3]
        return BATCH_URIS[api]

    def _pause(self, attempt: int, failure: Failure | None) -> float:
        delay = min(64.0, self.opts.retry_base * float(2**attempt)) + self.rng() * self.opts.retry_base
        if failure is not None and failure.retry_after is not None:
            delay = max(delay, failure.retry_after)
        return delay

    def _auth_failure(self, exc: Exception) -> AfterviewError:
        from google.auth.exceptions import RefreshError

        if isinstance(exc, RefreshError) and not exc.retryable:
            # invalid_grant: revoked, expired (7 days for apps in testing) or password changed.
            return AuthError(f"Google authorisation of {self.account} expired or was revoked", source=self.account,
                             hint=reauth_hint(self.account))
        return TransientError(f"Google token refresh failed ({type(exc).__name__})", source=self.account)

    def execute(self, what: str, request: Any, *, before: Callable[[], None] | None = None,
                attempts: int | None = None) -> Any:
        """Given a googleapiclient request, returns its result; retries transient failures, maps errors.

        `before` runs before each attempt (the quota budget); `attempts` overrides max_retries + 1.
        Raises the mapped AfterviewError.
        """
        tries = self.opts.max_retries + 1 if attempts is None else max(1, attempts)
        from google.auth.exceptions import GoogleAuthError, TransportError
        from googleapiclient.errors import HttpError  # type: ignore[import-untyped]

        for attempt in range(tries):
            if before is not None:
                before()
            failure: Failure | None = None
            try:
                return request.execute()
            except HttpError as exc:
                failure = describe(exc)
                error = _mapped(what, failure, self.account)
                if not isinstance(error, TransientError):
                    raise error from None
            except TransportError as exc:
                error = TransientError(f"{what}: token endpoint unreachable ({type(exc).__name__})",
                                       source=self.account)
            except GoogleAuthError as exc:
                raise self._auth_failure(exc) from None
            except (OSError, TimeoutError) as exc:
                error = TransientError(f"{what}: network error ({type(exc).__name__})", source=self.account)
            except Exception as exc:
                if type(exc).__module__.startswith("httplib2"):
                    error = TransientError(f"{what}: HTTP transport error ({type(exc).__name__})", source=self.account)
                else:
                    raise
            if attempt < tries - 1:
                pause = self._pause(attempt, failure)
                if pause > MAX_INLINE_WAIT:
                    break  # a long Retry-After is the engine's to wait out, per source, not this cycle's
                self.sleep(pause)
        assert isinstance(error, TransientError)
        raise error

    def batch(self, api: str, what: str, requests: Sequence[tuple[str, Any]], *, chunk: int = 50,
              before: Callable[[int], None] | None = None) -> dict[str, Any]:
        """Given (key, request) pairs, runs them in batches; returns key -> result (missing: 404/410).

        Parts that hit a rate limit or 5xx are retried (bounded, with back-off); other errors raise.
        `before(n)` runs before each batch of n parts (the quota budget).
        """
        from googleapiclient.http import BatchHttpRequest  # type: ignore[import-untyped]

        results: dict[str, Any] = {}
        pending = list(requests)
        for attempt in range(self.opts.max_retries + 1):
            retry: list[tuple[str, Any]] = []
            last: Failure | None = None
            for start in range(0, len(pending), chunk):
                part = pending[start: start + chunk]
                answers: dict[str, tuple[Any, Exception | None]] = {}

                def done(key: str, response: Any, exc: Exception | None, answers: dict[str, Any] = answers) -> None:
                    answers[key] = (response, exc)

                batch = BatchHttpRequest(callback=done, batch_uri=self.batch_uri(api))
                for key, request in part:
                    batch.add(request, request_id=key)
                if before is not None:
                    before(len(part))
                self.execute(what, _Runner(batch))
                for key, request in part:
                    response, exc = answers.get(key, (None, None))
                    if exc is None:
                        results[key] = response
                        continue
                    failure = describe(exc)
                    error = _mapped(what, failure, self.account)
                    if isinstance(error, NotFoundError):
                        continue
                    if not isinstance(error, TransientError):
                        raise error
                    retry.append((key, request))
                    last = failure
            if not retry:
                return results
            pending = retry
            if attempt < self.opts.max_retries:
                pause = self._pause(attempt, last)
                if pause > MAX_INLINE_WAIT:
                    break
                self.sleep(pause)
        raise TransientError(f"{what}: {len(pending)} batched calls still rate-limited", source=self.account,
                             retry_after=last.retry_after if last else None)

    def close(self) -> None:
        http = self._http
        self._http = None
        if http is not None:
            for conn in getattr(getattr(http, "http", None), "connections", {}).values():
                conn.close()


class _Runner:
    """Adapts a BatchHttpRequest to the execute() interface of a single request."""

    def __init__(self, batch: Any) -> None:
        self.batch = batch

    def execute(self) -> None:
        self.batch.execute()
