"""The systemd notify protocol in a few lines: datagrams to $NOTIFY_SOCKET, a no-op without it.

See sd_notify(3): READY=1, STATUS=..., WATCHDOG=1, STOPPING=1, newline-separated.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def _address(value: str) -> str | None:
    if value.startswith("@"):
        return "\0" + value[1:]  # Linux abstract namespace
    return value if value.startswith("/") else None  # vsock addresses are not for user units


class Notifier:
    """Sends state changes to systemd; every method is a no-op when NOTIFY_SOCKET is unset."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.address = _address(env.get("NOTIFY_SOCKET", ""))

    @property
    def enabled(self) -> bool:
        """Returns whether a notify socket is configured."""
        return self.address is not None

    def send(self, *fields: str) -> bool:
        """Given "KEY=value" fields, sends them as one datagram; returns whether it was sent."""
        if self.address is None:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self.address)
                sock.sendall("\n".join(fields).encode())
        except OSError as exc:
            # systemd may be gone during shutdown; the daemon must go on regardless.
            log.debug("sd_notify failed: %s", exc)
            return False
        return True

    def ready(self, status: str = "") -> bool:
        """Tells systemd that start-up is finished (Type=notify)."""
        return self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def status(self, text: str) -> bool:
        """Sets the one-line status shown by `systemctl --user status afterview`."""
        return self.send(f"STATUS={' '.join(text.split())}")

    def watchdog(self) -> bool:
        """Pings the watchdog (WatchdogSec=)."""
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        """Tells systemd that a clean shutdown has begun."""
        return self.send("STOPPING=1")


def watchdog_interval(environ: Mapping[str, str] | None = None) -> float | None:
    """Returns how often to ping in seconds (half of WATCHDOG_USEC), or None without a watchdog."""
    env = os.environ if environ is None else environ
    pid = env.get("WATCHDOG_PID")
    if pid and pid.isdigit() and int(pid) != os.getpid():
        return None  # the watchdog is meant for another process (e.g. a parent shell)
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 2_000_000 if usec > 0 else None
