"""A stateful fake of Google's Calendar v3 and Gmail v1 APIs and OAuth endpoints on 127.0.0.1.

The real google-api-python-client talks to it over HTTP. Every API request is routed and
validated against the discovery documents shipped with the client (see google_discovery);
a violation is answered with 400 and recorded in `violations`, which the test fixtures turn
into a failure. The fake keeps calendars (events, sync tokens) and a mailbox (messages,
drafts, history ids), answers batch requests (multipart/mixed), issues and refreshes
tokens, and counts requests per API and per method so tests can assert idle costs.
Failures are injected with `fail_next(method_id, error, times)`.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import compat32
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

from fakes.google_discovery import Discovery
from fakes.google_errors import ApiError, invalid, oauth_error, unauthenticated
from fakes.google_fake_calendar import CalendarStore
from fakes.google_fake_gmail import GmailStore

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.events",
)
CLIENT_ID = "1234-fake.apps.googleusercontent.com"
CLIENT_SECRET = "fake-client-secret"


@dataclass
class Reply:
    """One HTTP response: status, headers, body bytes."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: Any, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, json.dumps(data).encode(), {"Content-Type": "application/json; charset=UTF-8",
                                                       **(headers or {})})


@dataclass
class Grant:
    """A refresh token's grant: its client and scopes; revoked grants answer invalid_grant."""

    client_id: str
    scopes: tuple[str, ...]
    revoked: bool = False


class FakeGoogle:
    """The fake server's state and request handling; start() serves it on a free loopback port."""

    def __init__(self, *, email: str = "jordan@example.org", timezone: str = "Europe/Berlin") -> None:
        self.discovery = Discovery()
        self.calendar = CalendarStore(timezone=timezone, owner=email)
        self.gmail = GmailStore(email=email)
        self.lock = threading.RLock()
        self.violations: list[str] = []
        self.calls: Counter[str] = Counter()  # discovery method id -> calls (batch parts included)
        self.http_requests: Counter[str] = Counter()  # "calendar" / "gmail" / "token" -> HTTP requests
        self.grants: dict[str, Grant] = {}
        self.access_tokens: dict[str, str] = {}  # access token -> refresh token
        self.codes: dict[str, dict[str, str]] = {}
        self.authorize_requests: list[dict[str, str]] = []
        self._failures: list[tuple[str, ApiError]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        """Returns the root URL, e.g. "http://127.0.0.1:41234/"."""
        assert self._server is not None, "fake not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def token_uri(self) -> str:
        return self.url + "token"

    @property
    def auth_uri(self) -> str:
        return self.url + "o/oauth2/auth"

    thread_name = "fake-google"

    def handler_base(self) -> type[_Handler]:
        """The request handler class to serve with (subclasses add behaviour)."""
        return _Handler

    def server_class(self) -> type[ThreadingHTTPServer]:
        return ThreadingHTTPServer

    def start(self) -> Self:
        fake = self

        class Handler(self.handler_base()):  # type: ignore[misc]
            owner = fake

        self._server = self.server_class()(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name=self.thread_name,
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # ------------------------------------------------------------ test controls

    def issue_refresh_token(self, scopes: tuple[str, ...] = SCOPES) -> str:
        """Returns a new refresh token as if the user had authorised the app."""
        token = "1//fake-refresh-" + secrets.token_urlsafe(12)
        with self.lock:
            self.grants[token] = Grant(CLIENT_ID, scopes)
        return token

    def revoke(self, refresh_token: str) -> None:
        """Revokes a grant and its access tokens (the user removed access, or a testing app's 7 days ran out)."""
        with self.lock:
            self.grants[refresh_token].revoked = True
            self.access_tokens = {a: r for a, r in self.access_tokens.items() if r != refresh_token}

    def expire_access_tokens(self) -> None:
        """Makes every issued access token invalid, so the next API call gets 401 and must refresh."""
        with self.lock:
            self.access_tokens.clear()

    def fail_next(self, method_id: str, error: ApiError, times: int = 1) -> None:
        """Answers the next `times` calls of `method_id` ("*" for any) with `error`."""
        with self.lock:
            self._failures.extend([(method_id, error)] * times)

    def reset_counts(self) -> None:
        with self.lock:
            self.calls.clear()
            self.http_requests.clear()

    def client_secret_file(self, path: Path) -> Path:
        """Writes an installed-app client secret JSON (as downloaded from the Cloud console) pointing here."""
        path.write_text(json.dumps({"installed": {
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "project_id": "afterview-test",
            "auth_uri": self.auth_uri, "token_uri": self.token_uri,
            "redirect_uris": ["http://localhost"]}}), encoding="utf-8")
        return path

    def client_options(self) -> dict[str, str]:
        """Returns the connector options that point a Google connector here (with client id/secret)."""
        return {"api_endpoint": self.url, "token_uri": self.token_uri,
                "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}

    # ------------------------------------------------------------ request handling

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        """Given one HTTP request, returns the reply (also used for each part of a batch)."""
        parsed = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(parsed.path)
        query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        with self.lock:
            if path == "/token" and method == "POST":
                self.http_requests["token"] += 1
                return self._token(urllib.parse.parse_qs(body.decode()), headers)
            if path == "/o/oauth2/auth" and method == "GET":
                return self._authorize({k: v[0] for k, v in query.items()})
            if path.startswith("/batch") and method == "POST":
                self.http_requests["gmail" if "gmail" in path or path == "/batch" else "calendar"] += 1
                return self._batch(headers, body)
            return self._api(method, path, query, headers, body, top=True)

    def _api(self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str],
             body: bytes, *, top: bool) -> Reply:
        found = self.discovery.route(method, path)
        if found is None:
            self.violations.append(f"no discovery method for {method} {path}")
            return Reply.json(404, invalid(f"no such method {method} {path}").body())
        route, params = found
        if top:
            self.http_requests[route.api] += 1
        self.calls[route.id] += 1
        problems = self.discovery.check_query(route, query)
        data: Any = None
        if body:
            try:
                data = json.loads(body)
            except ValueError:
                problems.append(f"{route.id}: body is not JSON")
        problems.extend(self.discovery.check_body(route, data))
        if problems:
            self.violations.extend(problems)
            return Reply.json(400, invalid("; ".join(problems)).body())
        try:
            self._authorised(headers)
            self._injected(route.id)
            args = {**{k: v if len(v) > 1 else v[0] for k, v in query.items()}, **params}
            if route.api == "calendar":
                status, result, extra = self.calendar.dispatch(route.id, args, data, headers)
            else:
                status, result, extra = self.gmail.dispatch(route.id, args, data, headers)
        except ApiError as err:
            return Reply.json(err.code, err.body(), err.headers)
        except NotImplementedError as exc:
            self.violations.append(f"{route.id}: the fake does not implement {exc}")
            return Reply.json(501, invalid(f"not implemented in fake: {exc}").body())
        if status == 204:
            return Reply(204)
        return Reply.json(status, result, extra)

    def _authorised(self, headers: dict[str, str]) -> None:
        value = headers.get("authorization", "")
        if not value.startswith("Bearer ") or value[7:] not in self.access_tokens:
            raise unauthenticated()

    def _injected(self, method_id: str) -> None:
        for n, (target, error) in enumerate(self._failures):
            if target in (method_id, "*"):
                del self._failures[n]
                raise error

    # ------------------------------------------------------------ OAuth

    def _new_access_token(self, refresh_token: str) -> str:
        token = "ya29.fake-" + secrets.token_urlsafe(16)
        self.access_tokens[token] = refresh_token
        return token

    def _token(self, form: dict[str, list[str]], headers: dict[str, str]) -> Reply:
        one = {k: v[0] for k, v in form.items()}
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):  # client authentication may come as HTTP Basic (RFC 6749 2.3.1)
            user, _, password = base64.b64decode(basic[6:]).decode().partition(":")
            one.setdefault("client_id", urllib.parse.unquote(user))
            one.setdefault("client_secret", urllib.parse.unquote(password))
        if one.get("client_id") != CLIENT_ID or one.get("client_secret") != CLIENT_SECRET:
            return Reply.json(401, oauth_error("invalid_client", "The OAuth client was not found."))
        grant_type = one.get("grant_type")
        if grant_type == "refresh_token":
            grant = self.grants.get(one.get("refresh_token", ""))
            if grant is None or grant.revoked:
                return Reply.json(400, oauth_error("invalid_grant", "Token has been expired or revoked."))
            return Reply.json(200, {"access_token": self._new_access_token(one["refresh_token"]),
                                    "expires_in": 3599, "scope": " ".join(grant.scopes), "token_type": "Bearer"})
        if grant_type == "authorization_code":
            code = self.codes.pop(one.get("code", ""), None)
            if code is None or code["redirect_uri"] != one.get("redirect_uri"):
                return Reply.json(400, oauth_error("invalid_grant", "Malformed auth code."))
            if code.get("code_challenge") and not one.get("code_verifier"):
                return Reply.json(400, oauth_error("invalid_grant", "Missing code verifier."))
            scopes = tuple(code["scope"].split())
            refresh = self.issue_refresh_token(scopes)
            return Reply.json(200, {"access_token": self._new_access_token(refresh), "expires_in": 3599,
                                    "refresh_token": refresh, "scope": " ".join(scopes), "token_type": "Bearer"})
        return Reply.json(400, oauth_error("unsupported_grant_type", "Invalid grant_type."))

    def _authorize(self, query: dict[str, str]) -> Reply:
        """The consent screen, already agreed: redirects to redirect_uri with a code and the state."""
        self.authorize_requests.append(query)
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
            return Reply(400, b"invalid_request")
        code = "4/fake-code-" + secrets.token_urlsafe(8)
        self.codes[code] = {"redirect_uri": query.get("redirect_uri", ""), "scope": query.get("scope", ""),
                            "code_challenge": query.get("code_challenge", "")}
        location = query["redirect_uri"] + "?" + urllib.parse.urlencode(
            {"state": query.get("state", ""), "code": code, "scope": query.get("scope", "")})
        return Reply(302, b"", {"Location": location})

    # ------------------------------------------------------------ batch

    def _batch(self, headers: dict[str, str], body: bytes) -> Reply:
        content_type = headers.get("content-type", "")
        if not content_type.startswith("multipart/mixed"):
            self.violations.append("batch: not multipart/mixed")
            return Reply.json(400, invalid("batch must be multipart/mixed").body())
        message = BytesParser(policy=compat32).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        parts = message.get_payload()
        if not isinstance(parts, list) or len(parts) > 100:
            self.violations.append("batch: no parts or more than 100 calls")
            return Reply.json(400, invalid("bad batch").body())
        boundary = "batch_" + secrets.token_hex(8)
        out: list[str] = []
        for part in parts:
            inner = part.get_payload(decode=False)
            assert isinstance(inner, str)
            request_line, _, rest = inner.partition("\n")
            method, target, _version = request_line.strip().split(" ", 2)
            sub = BytesParser(policy=compat32).parsebytes(rest.encode())
            sub_headers = {k.lower(): str(v) for k, v in sub.items()}
            payload = sub.get_payload(decode=False)
            sub_body = payload.encode() if isinstance(payload, str) else b""
            parsed = urllib.parse.urlsplit(target)
            reply = self._api(method, urllib.parse.unquote(parsed.path),
                              urllib.parse.parse_qs(parsed.query, keep_blank_values=True),
                              sub_headers, sub_body, top=False)
            content_id = str(part.get("Content-ID", "<x>"))
            lines = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}"]
            lines += [f"{k}: {v}" for k, v in reply.headers.items()]
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\n"
                       f"Content-ID: <response-{content_id[1:]}\r\n\r\n"
                       + "\r\n".join(lines) + "\r\n\r\n" + reply.body.decode() + "\r\n")
        text = "".join(out) + f"--{boundary}--\r\n"
        return Reply(200, text.encode(), {"Content-Type": f"multipart/mixed; boundary={boundary}"})


_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 409: "Conflict", 410: "Gone", 412: "Precondition Failed",
            429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
            503: "Service Unavailable"}


class _Handler(BaseHTTPRequestHandler):
    owner: FakeGoogle
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        reply = self.owner.handle(self.command, self.path, headers, body)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.body and self.command != "HEAD":
            self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve


@contextmanager
def running_fake(**kwargs: Any) -> Iterator[FakeGoogle]:
    """Starts a FakeGoogle for the block and stops it afterwards."""
    fake = FakeGoogle(**kwargs).start()
    try:
        yield fake
    finally:
        fake.stop()
