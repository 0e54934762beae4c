"""Helpers for tests that need a real server (Radicale, Dovecot, a loopback fake)."""

from __future__ import annotations

import os

import pytest

REQUIRE_ENV = "AFTERVIEW_REQUIRE_SERVERS"


def require_server(name: str, available: bool, why: str) -> None:
    """Given whether server `name` is available, returns if it is; otherwise skips the test.

    With AFTERVIEW_REQUIRE_SERVERS=1 (CI that installs every server) it fails instead, so a
    missing server cannot silently turn a suite green.
    """
    if available:
        return
    message = f"{name} unavailable: {why}"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{message} ({REQUIRE_ENV}=1)", pytrace=False)
    pytest.skip(message)
