"""A real Radicale 3.9 on a free loopback port, with its own temporary config, users and storage.

Radicale denies everything by default, so the config sets `auth` (htpasswd, plain-text file,
re-read on every request so tests can add users while it runs) and `rights` (owner_only).
`DavUser` talks to it with plain HTTP (stdlib http.client), never through the connector under
test, so fixtures seed and edit events the way another CalDAV client would.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from servers import require_server

HOST = "127.0.0.1"


def free_port() -> int:
    """Returns a TCP port on loopback nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def radicale_available() -> tuple[bool, str]:
    """Returns whether Radicale can be imported by this interpreter, and why not."""
    try:
        import radicale  # noqa: F401
    except ImportError as exc:
        return False, f"radicale not installed ({exc})"
    return True, ""


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")


@dataclass
class DavUser:
    """One Radicale user: raw HTTP as that user (another CalDAV client, not afterview)."""

    server: RadicaleServer
    name: str
    password: str

    @property
    def home(self) -> str:
        return f"/{quote(self.name)}/"

    def url(self, path: str = "") -> str:
        return f"{self.server.base_url}{path or self.home}"

    def request(self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> Reply:
        """Given a method, path (absolute on the server) and body, returns the server's reply."""
        conn = http.client.HTTPConnection(HOST, self.server.port, timeout=30)
        token = base64.b64encode(f"{self.name}:{self.password}".encode()).decode()
        all_headers = {"Authorization": f"Basic {token}", **(headers or {})}
        try:
            conn.request(method, path, body=body, headers=all_headers)
            resp = conn.getresponse()
            return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
        finally:
            conn.close()

    def make_calendar(self, name: str, display: str | None = None) -> str:
        """Creates calendar `name` in the user's home; returns its absolute path."""
        path = f"{self.home}{quote(name)}/"
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
            f"<D:displayname>{display or name}</D:displayname>"
            '<C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>'
            "</D:prop></D:set></C:mkcalendar>"
        ).encode()
        reply = self.request("MKCALENDAR", path, body, {"Content-Type": "application/xml"})
        assert reply.status == 201, f"MKCALENDAR {path}: {reply.status} {reply.body[:200]!r}"
        return path

    def put(self, path: str, data: bytes, etag: str | None = None) -> Reply:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        reply = self.request("PUT", path, data, headers)
        assert reply.status in (201, 204), f"PUT {path}: {reply.status} {reply.body[:200]!r}"
        return reply

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def delete(self, path: str) -> Reply:
        reply = self.request("DELETE", path)
        assert reply.status in (200, 204), f"DELETE {path}: {reply.status}"
        return reply

    def hrefs(self, calendar: str) -> list[str]:
        """Given a calendar path, returns the paths of its members (a depth-1 PROPFIND)."""
        body = b'<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>'
        reply = self.request("PROPFIND", calendar, body, {"Depth": "1", "Content-Type": "application/xml"})
        assert reply.status == 207, reply.status
        from lxml import etree

        tree = etree.fromstring(reply.body)
        found = [urlsplit(h.text or "").path for h in tree.iter("{DAV:}href")]
        return [h for h in found if h.rstrip("/") != calendar.rstrip("/")]


@dataclass
class RadicaleServer:
    """A running Radicale: `base_url`, `port`, the folder holding its users file and storage."""

    root: Path
    port: int
    process: subprocess.Popen[bytes]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def users_file(self) -> Path:
        return self.root / "users"

    @property
    def log_file(self) -> Path:
        return self.root / "radicale.log"

    def add_user(self, name: str | None = None, password: str = "s3cret pass") -> DavUser:
        """Adds a user (plain-text htpasswd line, read by Radicale on the next request)."""
        name = name or f"user{next(self._names)}"
        with self.users_file.open("a", encoding="utf-8") as fh:
            fh.write(f"{name}:{password}\n")
        return DavUser(self, name, password)


def _write_config(root: Path, port: int) -> Path:
    (root / "users").write_text("", encoding="utf-8")
    (root / "collections").mkdir()
    config = root / "config"
    config.write_text(
        "[server]\n"
        f"hosts = {HOST}:{port}\n"
        "delay_on_error = 0\n"
        "[auth]\n"
        "type = htpasswd\n"
        f"htpasswd_filename = {root / 'users'}\n"
        "htpasswd_encryption = plain\n"
        "delay = 0\n"
        "[rights]\n"
        "type = owner_only\n"
        "[storage]\n"
        "type = multifilesystem\n"
        f"filesystem_folder = {root / 'collections'}\n"
        "[web]\n"
        "type = none\n"
        "[logging]\n"
        "level = info\n"
        "mask_passwords = True\n",
        encoding="utf-8",
    )
    return config


def _wait_listening(port: int, process: subprocess.Popen[bytes], deadline: float) -> bool:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return True
        time.sleep(0.05)
    return False


@contextlib.contextmanager
def start_radicale(root: Path) -> Iterator[RadicaleServer]:
    """Given an empty folder, starts Radicale with config and storage in it; stops it on exit.

    Raises RuntimeError (with the tail of its log) if it does not come up.
    """
    last = ""
    for _attempt in range(3):  # the free port may be taken between probing and binding
        port = free_port()
        attempt_root = root / f"radicale-{port}"
        attempt_root.mkdir(parents=True)
        config = _write_config(attempt_root, port)
        log = (attempt_root / "radicale.log").open("wb")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
        if _wait_listening(port, process, time.monotonic() + 20):
            server = RadicaleServer(attempt_root, port, process)
            try:
                yield server
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                log.close()
            return
        process.kill()
        process.wait()
        log.close()
        last = (attempt_root / "radicale.log").read_text(errors="replace")[-2000:]
        shutil.rmtree(attempt_root, ignore_errors=True)
    raise RuntimeError(f"Radicale did not start:\n{last}")


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer | None]:
    """A Radicale for the whole session, or None when it cannot run (tests then call require_server)."""
    ok, _why = radicale_available()
    if not ok:
        yield None
        return
    with start_radicale(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def radicale(radicale_server: RadicaleServer | None) -> RadicaleServer:
    """The session's Radicale; skips (or fails under AFTERVIEW_REQUIRE_SERVERS=1) when missing."""
    _ok, why = radicale_available()
    require_server("radicale", radicale_server is not None, why or "did not start")
    assert radicale_server is not None
    return radicale_server


# ---------------------------------------------------------------- helpers for CalDAV tests


def uid_of(data: bytes) -> str:
    """Given iCalendar bytes, returns the UID of its first VEVENT."""
    import icalendar

    return str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["UID"])


def member_name(uid: str) -> str:
    """Given a UID, returns a file name another client would store it under."""
    import re

    return re.sub(r"[^\w.@-]", "_", uid) + ".ics"


@dataclass
class DavCalendar:
    """One user's calendar on the test Radicale, handled the way another CalDAV client would."""

    user: DavUser
    path: str

    @property
    def url(self) -> str:
        return self.user.url(self.path)

    def seed(self, data: bytes) -> str:
        """Stores iCalendar bytes under a name made from its UID; returns the href."""
        href = self.path + quote(member_name(uid_of(data)))
        self.user.put(href, data)
        return href

    def hrefs_with_uid(self, uid: str) -> list[str]:
        found = []
        for href in self.user.hrefs(self.path):
            reply = self.user.get(href)
            if reply.status == 200 and uid in reply.body.decode("utf-8", "replace"):
                found.append(href)
        return found

    def edit_summary(self, href: str, summary: str) -> None:
        """Rewrites the SUMMARY of every VEVENT at `href` (a user editing it in their calendar app)."""
        import icalendar

        reply = self.user.get(href)
        assert reply.status == 200, f"GET {href}: {reply.status}"
        cal = icalendar.Calendar.from_ical(reply.body)
        for event in cal.walk("VEVENT"):
            event["SUMMARY"] = icalendar.vText(summary)
        self.user.put(href, cal.to_ical(), etag=reply.etag)

    def requests_logged(self) -> int:
        """Returns how many requests Radicale logged for this user's home so far."""
        prefix = f"request for '{self.user.home}"
        text = self.user.server.log_file.read_text(encoding="utf-8", errors="replace")
        return sum(1 for line in text.splitlines() if prefix in line and "received from" in line)


def new_calendar(server: RadicaleServer, name: str = "work", display: str | None = None) -> DavCalendar:
    """Given the server, returns a fresh user's new calendar."""
    user = server.add_user()
    return DavCalendar(user, user.make_calendar(name, display))
