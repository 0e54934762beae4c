"""A loopback HTTP proxy in front of the test Radicale: counts requests and plays a weaker or failing server.

`refuse_sync` answers sync-collection REPORTs with 403 DAV:supported-report (a server without
RFC 6578); `hide_ctag` renames getctag in PROPFIND bodies so Radicale reports it unknown (a
server with neither sync tokens nor ctags); `fail` is a queue of canned replies
(status, headers) served before forwarding (429, 503, 401...).
"""

from __future__ import annotations

import http.client
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"
_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "te", "upgrade", "content-length"}


@dataclass
class ProxyState:
    upstream_port: int
    refuse_sync: bool = False
    hide_ctag: bool = False
    fail: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    methods: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def total(self) -> int:
        return sum(self.methods.values())

    def reset(self) -> None:
        with self.lock:
            self.methods.clear()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: ProxyState

    def log_message(self, format: str, *args: object) -> None:
        return

    def _reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state = self.state
        with state.lock:
            state.methods[self.command] += 1
            canned = state.fail.pop(0) if state.fail else None
        if canned is not None:
            status, headers = canned
            if status == 401:
                headers = {"WWW-Authenticate": 'Basic realm="test"', **headers}
            self._reply(status, headers, b"")
            return
        if state.refuse_sync and self.command == "REPORT" and b"sync-collection" in body:
            error = b'<?xml version="1.0"?><D:error xmlns:D="DAV:"><D:supported-report/></D:error>'
            self._reply(403, {"Content-Type": "application/xml"}, error)
            return
        if state.hide_ctag and self.command == "PROPFIND":
            body = body.replace(b"getctag", b"getctag-hidden")
        conn = http.client.HTTPConnection(HOST, state.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            out = {k: v for k, v in resp.getheaders() if k.lower() not in _HOP}
            self._reply(resp.status, out, data)
        finally:
            conn.close()

    do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = do_MKCALENDAR = _handle


@contextmanager
def dav_proxy(upstream_port: int) -> Iterator[tuple[str, ProxyState]]:
    """Given the upstream port, runs a proxy on a free loopback port; yields (base URL, state)."""
    state = ProxyState(upstream_port)
    handler = type("Handler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()
