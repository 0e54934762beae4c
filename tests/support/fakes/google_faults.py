"""FakeGoogle with faults below the API: connection resets, stalled replies, and actions at a given call.

`FaultyGoogle` is a FakeGoogle whose HTTP handler first consults a queue of transport faults
keyed by target — a discovery method id ("gmail.users.drafts.create"), "batch", "token" or "*":
`reset_next` closes the connection with a TCP RST after reading the request (the client sees
ECONNRESET), `stall_next` answers only after a pause (longer than the client's timeout, it is a
timeout). `on_call(target, action)` runs `action` just before such a request is served, e.g. to
revoke the grant in the middle of a cycle. API-level errors stay with FakeGoogle.fail_next.
A request cut short (its client was killed while sending) is dropped unanswered, never
half-applied, and errors from clients that went away are not printed."""

from __future__ import annotations

import socket
import struct
import sys
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Any

from fakes.google_fake import FakeGoogle, _Handler


@dataclass
class _Fault:
    target: str
    kind: str  # "reset" | "stall" | "call"
    seconds: float = 0.0
    action: Callable[[], None] | None = None


class FaultyGoogle(FakeGoogle):
    """A FakeGoogle that can also drop connections, stall replies and run actions at a chosen call."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._faults: list[_Fault] = []
        self.transport_faults: Counter[str] = Counter()  # kind -> faults served
        self.seen: Counter[str] = Counter()  # target -> HTTP requests, the faulted ones included
        self.stalled_in_flight = 0  # stalled requests not yet applied

    def reset_next(self, target: str, times: int = 1) -> None:
        """Drops the next `times` requests for `target` with a TCP reset, unanswered."""
        with self.lock:
            self._faults.extend(_Fault(target, "reset") for _ in range(times))

    def stall_next(self, target: str, seconds: float, times: int = 1) -> None:
        """Answers the next `times` requests for `target` only after `seconds`."""
        with self.lock:
            self._faults.extend(_Fault(target, "stall", seconds) for _ in range(times))

    def on_call(self, target: str, action: Callable[[], None]) -> None:
        """Runs `action` once, just before the next request for `target` is served."""
        with self.lock:
            self._faults.append(_Fault(target, "call", action=action))

    def revoke_all(self) -> None:
        """Revokes every grant and access token (the user removed access, or 7 days of testing ran out)."""
        with self.lock:
            for token in list(self.grants):
                self.revoke(token)
            self.expire_access_tokens()

    def settle(self, timeout: float = 10.0) -> None:
        """Waits until every stalled request has been applied (its client gave up long ago); raises
        TimeoutError after `timeout` seconds. A retry minutes later, as the daemon's back-off makes it,
        finds the write landed; a test cycle a few milliseconds later must wait for that."""
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                if not self.stalled_in_flight:
                    return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.stalled_in_flight} stalled request(s) still in flight")
            time.sleep(0.02)

    def pending_faults(self) -> int:
        with self.lock:
            return len(self._faults) + len(self._failures)

    def reset_counts(self) -> None:
        with self.lock:
            super().reset_counts()
            self.seen.clear()

    def target_of(self, method: str, raw_path: str) -> str:
        """Given an HTTP request line's method and path, returns its fault target name."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(raw_path).path)
        if path == "/token":
            return "token"
        if path.startswith("/batch"):
            return "batch"
        found = self.discovery.route(method, path)
        return found[0].id if found else path

    def take_fault(self, target: str) -> _Fault | None:
        """Given a request's target, counts it; removes and returns the first fault queued for it, if any."""
        with self.lock:
            self.seen[target] += 1
            for n, fault in enumerate(self._faults):
                if fault.target in (target, "*"):
                    del self._faults[n]
                    self.transport_faults[fault.kind] += 1
                    if fault.kind == "stall":
                        self.stalled_in_flight += 1
                    return fault
        return None

    thread_name = "faulty-google"

    def handler_base(self) -> type[_Handler]:
        return _FaultyHandler

    def server_class(self) -> type[ThreadingHTTPServer]:
        return _QuietServer


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client killed or timed out mid-request is what these tests do on purpose.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _FaultyHandler(_Handler):
    owner: FaultyGoogle
    _dropped = False

    def _drop(self, *, reset: bool) -> None:
        if reset:  # SO_LINGER 0: close() sends RST, as a middlebox or crashed frontend does.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True
        self._dropped = True

    def _serve(self) -> None:
        fault = self.owner.take_fault(self.owner.target_of(self.command, self.path))
        try:
            self._serve_with(fault)
        finally:
            if fault is not None and fault.kind == "stall":
                with self.owner.lock:
                    self.owner.stalled_in_flight -= 1

    def _serve_with(self, fault: _Fault | None) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client died while sending: a server never acts on half a request
            self._drop(reset=False)
            return
        if fault is not None and fault.kind == "reset":
            self._drop(reset=True)
            return
        if fault is not None and fault.kind == "stall":
            time.sleep(fault.seconds)
        if fault is not None and fault.action is not None:
            fault.action()
        headers = {k.lower(): v for k, v in self.headers.items()}
        reply = self.owner.handle(self.command, self.path, headers, body)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.body and self.command != "HEAD":
                self.wfile.write(reply.body)
        except OSError:  # the client gave up waiting (a stall past its timeout, or it was killed)
            self._drop(reset=False)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def finish(self) -> None:
        if not self._dropped:
            super().finish()


@contextmanager
def running_faulty(**kwargs: Any) -> Iterator[FaultyGoogle]:
    """Starts a FaultyGoogle for the block and stops it afterwards."""
    fake = FaultyGoogle(**kwargs).start()
    try:
        yield fake
    finally:
        fake.stop()
