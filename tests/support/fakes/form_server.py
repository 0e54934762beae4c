"""A loopback HTTP server for the OAuth fakes: form-encoded POST in, JSON out."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

# Given the request path and its form fields, returns (HTTP status, JSON answer).
Answer = Callable[[str, dict[str, str]], tuple[int, dict[str, object]]]


class _Handler(BaseHTTPRequestHandler):
    answer: Answer

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        form = {k: v[0] for k, v in parse_qs(data).items()}
        status, answer = type(self).answer(self.path, form)
        body = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_form(answer: Answer) -> Iterator[str]:
    """Given a function answering form POSTs, serves it on a free loopback port for the block; yields its base URL."""
    handler = type("Handler", (_Handler,), {"answer": staticmethod(answer)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
