"""`afterview auth caldav`: the password is checked against the real server, then kept in the keyring only."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from afterview.connectors.caldav_auth import command
from afterview.connectors.errors import AuthError
from click.testing import CliRunner, Result
from memory_keyring import memory_keyring
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401


@pytest.fixture
def config(tmp_path: Path, radicale: RadicaleServer) -> tuple[Path, DavCalendar]:  # noqa: F811
    cal = new_calendar(radicale, "work", "Work")
    path = tmp_path / "config.toml"
    path.write_text(
        'me = ["jordan@example.org"]\ntimezone = "Europe/Berlin"\n[state]\npath = "state.sqlite3"\n'
        "[accounts.personal.calendar]\n"
        f'type = "caldav"\nurl = "{radicale.base_url}"\nusername = "{cal.user.name}"\ncalendar = "Work"\n',
        encoding="utf-8",
    )
    return path, cal


def _run(path: Path, stdin: str, *args: str) -> Result:
    return CliRunner().invoke(command, ["--stdin", *args], input=stdin, obj=SimpleNamespace(config_path=path))


def test_checked_password_is_stored_in_the_keyring(config: tuple[Path, DavCalendar]) -> None:
    path, cal = config
    with memory_keyring() as ring:
        result = _run(path, cal.user.password + "\n")
        assert result.exit_code == 0, result.output
        assert ring.store == {("afterview", "personal/caldav_password"): cal.user.password}
        assert cal.user.password not in path.read_text()


def test_wrong_password_is_refused_and_not_stored(config: tuple[Path, DavCalendar]) -> None:
    path, _ = config
    with memory_keyring() as ring:
        result = _run(path, "wrong password\n", "--account", "personal")
        assert isinstance(result.exception, AuthError)
        assert "wrong password" not in str(result.exception)
        assert ring.store == {}


def test_no_check_stores_without_a_server(tmp_path: Path) -> None:
    with memory_keyring() as ring:
        result = _run(tmp_path / "missing.toml", "pw\n", "--account", "other", "--no-check")
        assert result.exit_code == 0
        assert ring.store == {("afterview", "other/caldav_password"): "pw"}
