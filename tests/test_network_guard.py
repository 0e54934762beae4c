"""The conftest socket guard refuses non-loopback peers before any traffic; require_server's switch."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from servers import REQUIRE_ENV, require_server

FORBIDDEN = [("10.0.0.1", 80), ("192.0.2.1", 443), ("::ffff:192.0.2.1", 25), ("2001:db8::1", 993)]


class _Recorder:
    """Stands in for the real socket call so a test can prove it was never reached."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args)
        raise AssertionError("the real socket call was reached")


@pytest.fixture
def untouchable(network_guard: Any, monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    for attr in ("real_connect", "real_connect_ex", "real_sendto", "real_create_connection", "real_getaddrinfo"):
        monkeypatch.setattr(network_guard, attr, recorder)
    return recorder


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


@pytest.mark.parametrize("address", FORBIDDEN)
def test_connect_outside_loopback_is_refused_before_any_traffic(
    address: tuple[str, int], network_guard: Any, untouchable: _Recorder
) -> None:
    with socket.socket(_family(address[0]), socket.SOCK_STREAM) as sock:
        with pytest.raises(network_guard.blocked, match="loopback"):
            sock.connect(address)
        with pytest.raises(network_guard.blocked):
            sock.connect_ex(address)
        with pytest.raises(OSError):
            sock.getpeername()  # still unconnected
    assert untouchable.calls == []
    assert len(network_guard.violations) == 2
    network_guard.violations.clear()


@pytest.mark.parametrize("host", ["10.0.0.1", "192.0.2.1", "example.com", "imap.gmail.com"])
def test_create_connection_outside_loopback_is_refused_without_dns(
    host: str, network_guard: Any, untouchable: _Recorder
) -> None:
    with pytest.raises(network_guard.blocked):
        socket.create_connection((host, 443), timeout=1)
    assert untouchable.calls == []
    network_guard.violations.clear()


@pytest.mark.parametrize("host", ["example.com", b"smtp.gmail.com", "oauth2.googleapis.com."])
def test_dns_lookup_of_outside_names_is_refused(host: str | bytes, network_guard: Any, untouchable: _Recorder) -> None:
    with pytest.raises(network_guard.blocked, match="DNS"):
        socket.getaddrinfo(host, 443)
    assert untouchable.calls == []
    network_guard.violations.clear()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "192.0.2.7", None])
def test_lookups_that_stay_local_are_allowed(host: str | None) -> None:
    assert socket.getaddrinfo(host, 80, type=socket.SOCK_STREAM)


def test_udp_sendto_outside_loopback_is_refused(network_guard: Any, untouchable: _Recorder) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(network_guard.blocked):
            sock.sendto(b"query", ("192.0.2.1", 53))
        with pytest.raises(network_guard.blocked):
            sock.sendto(b"query", 0, ("8.8.8.8", 53))
    assert untouchable.calls == []
    network_guard.violations.clear()


def test_swallowed_refusal_is_still_recorded(network_guard: Any) -> None:
    # Library code catching everything must not hide the attempt: the teardown check sees this.
    with contextlib.suppress(Exception):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    assert network_guard.violations and "192.0.2.1" in network_guard.violations[0]
    network_guard.violations.clear()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_tcp_is_allowed(host: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        with socket.create_connection((host, port), timeout=5) as client:
            peer, _ = server.accept()
            with peer:
                client.sendall(b"ping")
                assert peer.recv(4) == b"ping"


def test_loopback_ipv6_is_allowed() -> None:
    try:
        server = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        server.bind(("::1", 0))
    except OSError as exc:
        pytest.skip(f"no IPv6 loopback here: {exc}")
    with server:
        server.listen(1)
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as client:
            assert client.connect_ex(server.getsockname()[:2]) == 0
            server.accept()[0].close()


def test_unix_sockets_are_allowed(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)
            server.accept()[0].close()


def test_guard_fails_a_test_that_swallows_the_error(tmp_path: Path) -> None:
    # Runs a throwaway test under this conftest: the swallowed attempt must still fail it.
    tests_dir = Path(__file__).parent
    (tmp_path / "conftest.py").write_text((tests_dir / "conftest.py").read_text())
    (tmp_path / "test_sneaky.py").write_text(
        textwrap.dedent(
            """
            import socket

            def test_sneaky():
                try:
                    socket.create_connection(("192.0.2.1", 80), timeout=1)
                except Exception:
                    pass
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         "-o", "addopts=--import-mode=importlib", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert result.returncode != 0, result.stdout
    assert "blocked connection" in result.stdout


def test_require_server_skips_when_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="dovecot unavailable: not installed"):
        require_server("dovecot", False, "not installed")


def test_require_server_fails_when_servers_are_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="radicale unavailable"):
        require_server("radicale", False, "no binary")


def test_require_server_passes_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_ENV, "1")
    require_server("radicale", True, "unused")
