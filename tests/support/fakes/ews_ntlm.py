"""NTLM for the EWS fake, as IIS does it for Exchange: a three-leg handshake on one keep-alive
connection, checked by pyspnego's NTLM acceptor against an NTLM_USER_FILE ("DOMAIN:user:password");
later requests on that connection are authenticated without a new handshake.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import spnego
from fakes.ews_fake import EwsFake, _Handler, serve
from spnego.exceptions import SpnegoError


class NtlmHandler(_Handler):
    protocol_version = "HTTP/1.1"  # NTLM authenticates the connection, so it must stay open

    def setup(self) -> None:
        super().setup()
        self.context: Any = None
        self.principal: str | None = None

    def _reply(self, status: int, body: bytes, challenge: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if status == 401:
            self.send_header("WWW-Authenticate", challenge or "NTLM")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        header = self.headers.get("Authorization") or ""
        scheme, _, value = header.partition(" ")
        if scheme.upper() == "NTLM" and value:
            if self.context is None or self.context.complete:
                self.context, self.principal = spnego.server(protocol="ntlm"), None
            try:
                answer = self.context.step(base64.b64decode(value))
            except SpnegoError:  # wrong password, unknown user, tampered message
                self.context = None
                with self.fake.lock:
                    self.fake.refused += 1
                self._reply(401, b"")
                return
            if not self.context.complete:
                self.fake.ntlm_challenges += 1
                self._reply(401, b"", f"NTLM {base64.b64encode(answer or b'').decode()}")
                return
            self.principal = str(self.context.client_principal)
            self.fake.ntlm_logins.append(self.principal)
        if self.principal is None:
            self._reply(401, b"")
            return
        with self.fake.lock:
            status, body = self.fake.handle(None, data, trusted=True)
        self._reply(status, body)


def write_user_file(directory: Path, domain: str, user: str, password: str) -> Path:
    """Writes the NTLM acceptor's credential store; returns its path (for NTLM_USER_FILE)."""
    path = directory / "ntlm_users"
    path.write_text(f"{domain}:{user}:{password}\n", encoding="utf-8")
    return path


@contextmanager
def serve_ntlm(fake: EwsFake) -> Iterator[EwsFake]:
    """Runs the fake with NTLM only (Basic and Bearer are refused) on a free loopback port."""
    fake.ntlm_challenges = 0
    fake.ntlm_logins = []
    with serve(fake, NtlmHandler) as served:
        yield served
