"""`afterview auth imap`: the password is checked against the real server, then stored in the keyring only."""

from __future__ import annotations

from pathlib import Path

import pytest
from afterview.daemon.cli import main
from click.testing import CliRunner
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture  # noqa: F401
from memory_keyring import memory_keyring


def _config(tmp_path: Path, user: DovecotUser) -> Path:
    opts = user.options()
    path = tmp_path / "config.toml"
    path.write_text(f"""me = ["jordan@example.org"]
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.work]
mail = {{ type = "imap", host = "{opts['host']}", port = {opts['port']}, security = "none", \
username = "{opts['username']}" }}
""")
    return path


def test_checked_password_goes_to_the_keyring_only(
    dovecot_user: DovecotUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config = _config(tmp_path, dovecot_user)
    runner = CliRunner()
    with memory_keyring() as ring:
        wrong = runner.invoke(main, ["--config", str(config), "auth", "imap"], input="nope\n")
        assert wrong.exit_code == 1 and "refused the login" in wrong.output and "nope" not in wrong.output
        assert ring.store == {}
        done = runner.invoke(main, ["--config", str(config), "auth", "imap", "--account", "work"],
                             input=dovecot_user.password + "\n")
        assert done.exit_code == 0, done.output
        assert ring.store == {("afterview", "work/password"): dovecot_user.password}
        assert dovecot_user.password not in done.output.replace("\n", "")[-200:]
    assert dovecot_user.password not in config.read_text()


def test_xoauth2_token_needs_the_config_to_say_so(
    dovecot_user: DovecotUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(tmp_path, dovecot_user)
    with memory_keyring() as ring:
        result = CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--xoauth2", "--stdin"],
                                    input="ya29.token\n")
        assert result.exit_code == 1 and 'auth = "xoauth2"' in result.output
        stored = CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--xoauth2", "--stdin",
                                           "--no-check"], input="ya29.token\n")
        assert stored.exit_code == 0, stored.output
        assert ring.store == {("afterview", "work/oauth2_token"): "ya29.token"}
