"""`afterview auth google`: the paste-the-redirect flow against the fake's consent and token endpoints."""

from __future__ import annotations

import http.client
import re
import urllib.parse
from pathlib import Path
from typing import Any

import click
import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.google import session
from afterview.connectors.google.calendar import GoogleCalendar
from afterview.daemon.cli import main
from click.testing import CliRunner
from fakes.google_fake import FakeGoogle
from google_kit import google
from memory_keyring import memory_keyring

__all__ = ["google"]

EXACT_SCOPES = {
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.events",
}


def test_scopes_are_exactly_read_mail_write_drafts_write_events() -> None:
    assert set(session.SCOPES) == EXACT_SCOPES and len(session.SCOPES) == 3
    assert not any(s.endswith(("gmail.send", "gmail.modify", "mail.google.com/", "/calendar")) for s in session.SCOPES)


def _browser(url: str) -> str:
    """Follows the consent address like a browser would, up to the redirect; returns where it ends."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    conn.request("GET", parts.path + "?" + parts.query)
    response = conn.getresponse()
    assert response.status == 302, response.read()
    location = response.getheader("Location") or ""
    conn.close()
    return location


def _run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str]]:
    printed: list[str] = []
    real_echo = click.echo

    def echo(message: Any = None, *a: Any, **k: Any) -> None:
        printed.append(str(message))
        real_echo(message, *a, **k)

    def prompt(text: str, *a: Any, **k: Any) -> str:
        [url] = [m for line in printed for m in re.findall(r"https?://\S+", line) if "/o/oauth2/auth" in m]
        return _browser(url)

    monkeypatch.setattr(click, "echo", echo)
    monkeypatch.setattr(click, "prompt", prompt)
    return CliRunner().invoke(main, ["auth", "google", *args]), printed


def test_no_browser_paste_flow_stores_refresh_token_and_client(
    google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctx: ConnectorContext
) -> None:
    secret = google.client_secret_file(tmp_path / "client_secret.json")
    with memory_keyring() as ring:
        result, _ = _run(["--account", "test", "--client-secret", str(secret), "--no-browser"], monkeypatch)
        assert result.exit_code == 0, result.output
        [asked] = google.authorize_requests
        assert set(asked["scope"].split()) == EXACT_SCOPES
        assert asked["access_type"] == "offline" and asked["code_challenge_method"] == "S256"
        refresh = ring.store[("afterview", "test/google_refresh_token")]
        assert set(google.grants[refresh].scopes) == EXACT_SCOPES
        assert "client_secret" in ring.store[("afterview", "test/google_client")]
        assert refresh not in result.output, "the secret is never printed"
        # The stored grant and client are all a connector needs.
        calendar = GoogleCalendar.from_options({"api_endpoint": google.url}, ctx)
        assert calendar.list_ticklers() == []
        calendar.close()


def test_without_a_stored_client_it_asks_for_the_client_file(monkeypatch: pytest.MonkeyPatch) -> None:
    with memory_keyring():
        result, _ = _run(["--account", "test", "--no-browser"], monkeypatch)
    assert result.exit_code != 0
    assert "--client-secret" in result.output


def test_a_wrong_pasted_address_is_an_auth_error(
    google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = google.client_secret_file(tmp_path / "client_secret.json")
    monkeypatch.setattr(click, "prompt", lambda *a, **k: "http://127.0.0.1:8765/?state=forged&code=nope")
    with memory_keyring() as ring:
        result = CliRunner().invoke(main, ["auth", "google", "--account", "test", "--client-secret", str(secret),
                                           "--no-browser"])
        assert result.exit_code != 0 and "sign-in did not finish" in result.output
        assert ("afterview", "test/google_refresh_token") not in ring.store
