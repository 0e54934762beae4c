"""After `afterview auth …` succeeds, the sources that waited for re-authorisation are tried at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from afterview.daemon.cli import main
from afterview.daemon.state import State
from click.testing import CliRunner
from memory_keyring import memory_keyring

LATER = datetime.now(UTC) + timedelta(hours=1)


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    config = tmp_path / "config.toml"
    config.write_text("""me = ["jordan@example.org"]
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.work]
mail = { type = "imap", host = "127.0.0.1", port = 1, security = "none", username = "jordan" }
[accounts.home]
mail = { type = "imap", host = "127.0.0.1", port = 2, security = "none", username = "jordan" }
""")
    state_path = tmp_path / "state.sqlite3"
    with State.open(state_path) as state:
        state.record_failure("work:mail", "login refused", LATER, needs_reauth="afterview auth imap --account work")
        state.record_failure("home:mail", "login refused", LATER, needs_reauth="afterview auth imap --account home")
        state.record_failure("cal:calendar", "token revoked", LATER, needs_reauth="afterview auth google --account cal")
        state.record_failure("slow:mail", "HTTP 503", LATER)
    return config, state_path


def _waiting(state_path: Path) -> set[str]:
    with State.open(state_path) as state:
        return {h.source for h in state.health()}


def test_reauthorising_one_account_ends_only_its_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config, state_path = _setup(tmp_path)
    with memory_keyring():
        done = CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--account", "work", "--stdin",
                                         "--no-check"], input="s3cret\n")
    assert done.exit_code == 0, done.output
    assert "work:mail: no longer waiting" in done.output
    assert _waiting(state_path) == {"home:mail", "cal:calendar", "slow:mail"}


def test_a_failed_authorisation_keeps_the_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config, state_path = _setup(tmp_path)
    with memory_keyring() as ring:
        empty = CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--account", "work", "--stdin",
                                          "--no-check"], input="\n")
    assert empty.exit_code == 1 and ring.store == {}
    assert _waiting(state_path) == {"work:mail", "home:mail", "cal:calendar", "slow:mail"}


def test_without_a_state_file_nothing_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config, state_path = _setup(tmp_path)
    state_path.unlink()
    with memory_keyring():
        done = CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--account", "work", "--stdin",
                                         "--no-check"], input="s3cret\n")
    assert done.exit_code == 0, done.output
    assert not state_path.exists() and "no longer waiting" not in done.output
