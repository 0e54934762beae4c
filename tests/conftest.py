"""Test-wide guards and fixtures: no traffic beyond loopback, a shared context, clean memory stores."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.memory import reset_memory_stores

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class NetworkBlocked(RuntimeError):
    """A test tried to reach beyond loopback. Not an OSError, so retry loops do not swallow it."""


def is_loopback_host(host: object) -> bool:
    """Given a host from a socket address, returns whether it is loopback, without any DNS lookup."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().rstrip(".").lower()
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False  # a name we would have to resolve: refuse rather than ask DNS
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


class NetworkGuard:
    """Patches socket connect/connect_ex/sendto/create_connection/getaddrinfo to refuse non-loopback peers.

    Every refusal raises NetworkBlocked and is also recorded in `violations`, so a test
    whose code swallows the exception still fails at teardown.
    """

    blocked = NetworkBlocked

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.real_connect: Callable[..., Any] = socket.socket.connect
        self.real_connect_ex: Callable[..., Any] = socket.socket.connect_ex
        self.real_sendto: Callable[..., Any] = socket.socket.sendto
        self.real_create_connection: Callable[..., Any] = socket.create_connection
        self.real_getaddrinfo: Callable[..., Any] = socket.getaddrinfo
        self.own_names = {socket.gethostname().lower()}

    def check(self, family: int, address: Any) -> None:
        """Given a socket family and peer address, returns if allowed; raises NetworkBlocked."""
        if family == getattr(socket, "AF_UNIX", None):
            return
        inet = family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple) and address
        if inet and is_loopback_host(address[0]):
            return
        reason = f"blocked connection to {address!r} (family {family}): tests may only use loopback"
        self.violations.append(reason)
        raise NetworkBlocked(reason)

    def local_name(self, name: str) -> bool:
        """Given a host name or address, returns whether resolving it stays on this machine."""
        bare = name.strip().rstrip(".").lower().split("%", 1)[0]
        if is_loopback_host(bare) or bare in self.own_names or bare == "":
            return True
        try:
            ipaddress.ip_address(bare)
        except ValueError:
            return False
        return True  # a literal address resolves without asking anyone; connect() checks it

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Given a MonkeyPatch, puts the checking wrappers in place until it is undone."""
        guard = self

        def connect(sock: socket.socket, address: Any) -> None:
            guard.check(sock.family, address)
            guard.real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            guard.check(sock.family, address)
            return int(guard.real_connect_ex(sock, address))

        def sendto(sock: socket.socket, data: Any, *rest: Any) -> int:
            guard.check(sock.family, rest[-1])
            return int(guard.real_sendto(sock, data, *rest))

        def create_connection(address: tuple[Any, ...], *args: Any, **kwargs: Any) -> socket.socket:
            # Checked before the real call, which would resolve the name (DNS traffic) first.
            family = socket.AF_INET6 if ":" in str(address[0]) else socket.AF_INET
            guard.check(family, address)
            return guard.real_create_connection(address, *args, **kwargs)  # type: ignore[no-any-return]

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            # A name lookup may ask a DNS server: allow only names that never leave the machine.
            name = host.decode() if isinstance(host, bytes) else host
            if name is not None and not guard.local_name(str(name)):
                reason = f"blocked DNS lookup of {name!r}: tests may only use loopback"
                guard.violations.append(reason)
                raise NetworkBlocked(reason)
            return guard.real_getaddrinfo(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "sendto", sendto)
        monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(scope="session", autouse=True)
def network_guard() -> Iterator[NetworkGuard]:
    """Refuses, for the whole session, every socket connection outside loopback and AF_UNIX."""
    guard = NetworkGuard()
    with pytest.MonkeyPatch.context() as patch:
        guard.install(patch)
        yield guard


@pytest.fixture(autouse=True)
def _no_swallowed_network_access(network_guard: NetworkGuard) -> Iterator[None]:
    network_guard.violations.clear()
    yield
    if network_guard.violations:
        found = list(network_guard.violations)
        network_guard.violations.clear()
        pytest.fail("; ".join(found))


@pytest.fixture(autouse=True)
def _fresh_memory_stores() -> Iterator[None]:
    reset_memory_stores()
    yield
    reset_memory_stores()


@pytest.fixture
def ctx() -> ConnectorContext:
    """Returns the connector context every test uses: account "test", Berlin time, one address."""
    return ConnectorContext(account="test", timezone=ZoneInfo("Europe/Berlin"), me=("jordan@example.org",))
