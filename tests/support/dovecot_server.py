"""A real Dovecot IMAP server on loopback for tests, with its own temporary config.

Use it from a test module (or conftest) by importing the fixtures:

    from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture  # noqa: F401

(the fixtures are registered under the names `dovecot` and `dovecot_user`):

    def test_something(dovecot_user: DovecotUser) -> None:
        options = dovecot_user.options()          # {"host", "port", "security", "username"}
        use_credentials(monkeypatch, tmp_path, "personal", dovecot_user)  # the password, as a secret
        dovecot_user.append("INBOX", raw_bytes)   # deliver mail as an MDA would

`dovecot` is session-scoped (one server per test run, ~0.3 s to start); `dovecot_user` is a
fresh user with an empty mailbox per test, so tests never see each other's mail. The server
listens on 127.0.0.1: `port` (plain IMAP with STARTTLS when openssl is there) and `tls_port`
(implicit TLS); `ca_file` is the self-signed certificate to trust (CN/SAN localhost, 127.0.0.1).
Drafts, Sent, Junk and Trash carry SPECIAL-USE flags and are auto-created; CONDSTORE, QRESYNC
and IDLE are on (Dovecot defaults). When /usr/sbin/dovecot is missing the fixtures skip, or
fail under AFTERVIEW_REQUIRE_SERVERS=1 (see servers.require_server).

Running as root, Dovecot drops to dovenull/dovecot and the mail belongs to the `dovecot` user,
so the server's own folders live outside pytest's 0700 temp dir (tempfile.mkdtemp, mode 0755).
"""

from __future__ import annotations

import contextlib
import imaplib
import itertools
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from servers import require_server

DOVECOT = Path(os.environ.get("AFTERVIEW_DOVECOT", "/usr/sbin/dovecot"))
OPENSSL = shutil.which("openssl")
_START_TIMEOUT = 15.0
_POOL = 400  # users written to the passwd file up front


def dovecot_available() -> tuple[bool, str]:
    """Returns whether a Dovecot binary is usable here, and why not."""
    if not DOVECOT.is_file() or not os.access(DOVECOT, os.X_OK):
        return False, f"{DOVECOT} not installed (Debian package dovecot-imapd)"
    return True, ""


def free_port() -> int:
    """Returns a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _make_cert(folder: Path) -> tuple[Path, Path] | None:
    if OPENSSL is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    key.chmod(0o644)  # read by the dovecot config process, which may run unprivileged
    return cert, key


_CONFIG = """\
base_dir = {run}
state_dir = {state}
log_path = {log}
protocols = imap
listen = 127.0.0.1
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{mail}/%u/Maildir
mail_fsync = never
{ssl}
{oauth_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""

# Dovecot's oauth2 passdb asks an RFC 7662 introspection endpoint about each XOAUTH2/OAUTHBEARER token.
# The auth penalty (seconds of delay per IP after a refused token, which every refusal test would pay
# on the following logins) is off: anvil's penalty socket is made unusable, as Dovecot's docs advise.
_OAUTH_PASSDB = """\
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {args}
}}
"""
_OAUTH_ARGS = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
"""


@dataclass
class DovecotUser:
    """One mail user on a running DovecotServer, with helpers to act as an MDA or another client."""

    server: DovecotServer
    username: str
    password: str

    def options(self, security: str = "none", **extra: Any) -> dict[str, Any]:
        """Returns connector options for this user; security "none" uses `port`, "tls" uses `tls_port`."""
        port = self.server.tls_port if security == "tls" else self.server.port
        found: dict[str, Any] = {"host": "127.0.0.1", "port": port, "security": security,
                                 "username": self.username}
        if security != "none" and self.server.ca_file is not None:
            found["ssl_ca_file"] = str(self.server.ca_file)
        found.update(extra)
        return found

    @contextlib.contextmanager
    def client(self) -> Iterator[imaplib.IMAP4]:
        """Yields a logged-in stdlib IMAP4 session (independent of the code under test)."""
        imap = imaplib.IMAP4("127.0.0.1", self.server.port, timeout=10)
        try:
            imap.login(self.username, self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(self, folder: str, data: bytes, flags: str = "", when: float | None = None) -> None:
        """Appends a raw message to `folder` (e.g. "INBOX", "Sent", "Drafts") with IMAP flags like "\\\\Seen"."""
        with self.client() as imap:
            date = imaplib.Time2Internaldate(when if when is not None else time.time())
            typ, resp = imap.append(folder, f"({flags})" if flags else None, date, data)
            assert typ == "OK", resp

    def uids(self, folder: str, *criteria: str) -> list[int]:
        """Returns the UIDs in `folder` matching SEARCH criteria (default ALL, deleted ones excluded)."""
        with self.client() as imap:
            imap.select(f'"{folder}"')
            typ, data = imap.uid("SEARCH", *(criteria or ("UNDELETED",)))
            assert typ == "OK", data
            return [int(x) for x in (data[0] or b"").split()]

    def fetch_raw(self, folder: str, uid: int) -> tuple[bytes, bytes]:
        """Returns (FLAGS response, whole message bytes) of one message, without setting \\Seen."""
        with self.client() as imap:
            imap.select(f'"{folder}"', readonly=True)
            typ, data = imap.uid("FETCH", str(uid), "(FLAGS BODY.PEEK[])")
            assert typ == "OK" and data and isinstance(data[0], tuple), data
            return data[0][0], data[0][1]

    def expunge(self, folder: str, uid: int) -> None:
        """Deletes one message from `folder` right away, as a mail client's delete does."""
        with self.client() as imap:
            imap.select(f'"{folder}"')
            imap.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
            imap.uid("EXPUNGE", str(uid))


@dataclass
class DovecotServer:
    """A Dovecot process serving a temporary config; create users with `new_user()`."""

    root: Path
    port: int = 0
    tls_port: int = 0
    ca_file: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    oauth2_introspection_url: str | None = None  # set: XOAUTH2/OAUTHBEARER logins are checked there
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _pooled: int = 0
    _salt: str = field(default_factory=lambda: os.urandom(4).hex())

    @property
    def passwd(self) -> Path:
        return self.root / "passwd"

    @property
    def log(self) -> Path:
        return self.root / "dovecot.log"

    def start(self) -> None:
        """Writes the config, starts Dovecot in the foreground and waits until it accepts logins."""
        self.root.chmod(0o755)
        for name in ("run", "state", "mail"):
            (self.root / name).mkdir(mode=0o755)
        self.passwd.write_text("")
        self.passwd.chmod(0o644)
        self._add_users(1, _POOL + 1)
        is_root = os.geteuid() == 0
        owner = pwd.getpwnam("dovecot") if is_root else pwd.getpwuid(os.geteuid())
        if is_root:
            os.chown(self.root / "mail", owner.pw_uid, owner.pw_gid)
        certs = _make_cert(self.root)
        if certs is None:
            ssl_conf = "ssl = no"
        else:
            self.ca_file = certs[0]
            ssl_conf = f"ssl = yes\nssl_cert = <{certs[0]}\nssl_key = <{certs[1]}\nssl_min_protocol = TLSv1.2"
        self.port, self.tls_port = free_port(), free_port()
        conf = self.root / "dovecot.conf"
        oauth_passdb = ""
        if self.oauth2_introspection_url is not None:
            args = self.root / "dovecot-oauth2.conf.ext"
            args.write_text(_OAUTH_ARGS.format(url=self.oauth2_introspection_url))
            args.chmod(0o644)
            oauth_passdb = _OAUTH_PASSDB.format(args=args)
        conf.write_text(_CONFIG.format(
            oauth_mechanisms=" xoauth2 oauthbearer" if oauth_passdb else "", oauth_passdb=oauth_passdb,
            run=self.root / "run", state=self.root / "state", log=self.log, mail=self.root / "mail",
            passwd=self.passwd, port=self.port, tls_port=self.tls_port, ssl=ssl_conf,
            uid=owner.pw_uid, gid=owner.pw_gid,
            login_user="dovenull" if is_root else owner.pw_name,
            internal_user="dovecot" if is_root else owner.pw_name,
        ))
        self.process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited ({self.process.returncode}): {self.diagnostics()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(200).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not accept connections: {self.diagnostics()}")

    def diagnostics(self) -> str:
        """Returns the tail of the server log and stderr, for failure messages."""
        text = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        if self.process is not None and self.process.poll() is not None and self.process.stderr:
            text += self.process.stderr.read().decode(errors="replace")[-1000:]
        return text

    def new_user(self) -> DovecotUser:
        """Returns a user with an empty mailbox (from a pool written at start; more are added if needed)."""
        serial = next(self._serial)
        if serial > self._pooled:
            # Dovecot re-reads a changed passwd-file at most once a second: wait out that second.
            self._add_users(serial, serial + _POOL)
            time.sleep(1.1)
        name = f"user{serial}"
        return DovecotUser(self, name, self._password(name))

    def _password(self, name: str) -> str:
        return f"pw-{name}-{self._salt}"

    def _add_users(self, first: int, last: int) -> None:
        with self.passwd.open("a") as out:
            for serial in range(first, last):
                name = f"user{serial}"
                out.write(f"{name}:{{PLAIN}}{self._password(name)}\n")
        self._pooled = last - 1

    def tls_context(self) -> ssl.SSLContext:
        """Returns a client SSL context that trusts this server's certificate."""
        assert self.ca_file is not None, "openssl was not available to make a certificate"
        return ssl.create_default_context(cafile=str(self.ca_file))

    def stop(self) -> None:
        """Stops Dovecot and its children and removes the temporary folders."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)


def use_credentials(monkeypatch: pytest.MonkeyPatch, folder: Path, account: str, user: DovecotUser) -> None:
    """Stores `user`'s password as a systemd credential for `account` (afterview.<account>.password)."""
    creds = folder / "credentials"
    creds.mkdir(exist_ok=True)
    (creds / f"afterview.{account}.password").write_text(user.password + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))


@contextlib.contextmanager
def running_dovecot(oauth2_introspection_url: str | None = None) -> Iterator[DovecotServer]:
    """Starts a DovecotServer in a fresh 0755 temporary folder and stops it afterwards.

    Given an introspection URL, the server also accepts XOAUTH2/OAUTHBEARER tokens that URL calls active.
    """
    server = DovecotServer(Path(tempfile.mkdtemp(prefix="afterview-dovecot-")),
                           oauth2_introspection_url=oauth2_introspection_url)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", name="dovecot")
def dovecot_fixture() -> Iterator[DovecotServer]:
    """A Dovecot server for the whole session; skips (fails in CI) when Dovecot is not installed."""
    ok, why = dovecot_available()
    require_server("dovecot", ok, why)
    with running_dovecot() as server:
        yield server


@pytest.fixture(name="dovecot_user")
def dovecot_user_fixture(dovecot: DovecotServer) -> DovecotUser:
    """A fresh user with an empty mailbox on the session's Dovecot."""
    return dovecot.new_user()
