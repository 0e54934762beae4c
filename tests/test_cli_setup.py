"""`afterview init` and `afterview check-config` through click, on real files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from afterview.daemon.cli import main, setup_cmds
from afterview.daemon.cli.setup_cmds import detect_timezone
from afterview.daemon.config import load_config
from click.testing import CliRunner, Result


def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def test_init_writes_a_private_config_that_loads(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    result = invoke(
        "--config", str(path), "init", "--me", "Jordan@Example.org", "--me", "j@work.example",
        "--name", "Jordan Lee", "--timezone", "Asia/Tokyo", "--calendar", "cal", "--maildir", "~/Mail",
    )
    assert result.exit_code == 0, result.output
    assert f"wrote {path}" in result.output
    assert f"afterview --config {path} check-config" in result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    config = load_config(path)
    assert config.me == ("jordan@example.org", "j@work.example")
    assert config.name == "Jordan Lee" and config.timezone == "Asia/Tokyo"
    (account,) = config.accounts
    assert account.calendar is not None and account.calendar.options["path"] == str(tmp_path / "sub" / "cal")
    assert account.mail is not None and account.mail.options["path"] == str(Path("~/Mail").expanduser())
    assert not (tmp_path / "sub" / "cal").exists()  # init leaves folders to the user / check-config


def test_init_writes_to_the_xdg_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = invoke("init", "--me", "a@b.org", "--timezone", "UTC")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "afterview" / "config.toml").is_file()
    assert "afterview check-config" in result.output  # no --config needed for the default place


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# mine\n", encoding="utf-8")
    result = invoke("--config", str(path), "init", "--me", "a@b.org")
    assert result.exit_code == 1
    assert "already exists" in result.output and "--force" in result.output
    assert path.read_text(encoding="utf-8") == "# mine\n"
    result = invoke("--config", str(path), "init", "--me", "a@b.org", "--force")
    assert result.exit_code == 0, result.output
    assert load_config(path).me == ("a@b.org",)


def test_init_without_me_and_without_terminal_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke("--config", str(tmp_path / "c.toml"), "init")
    assert result.exit_code == 1
    assert "--me EMAIL is required" in result.output
    assert not (tmp_path / "c.toml").exists()


def test_init_asks_for_me_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(setup_cmds, "_stdin_is_tty", lambda: True)
    path = tmp_path / "c.toml"
    result = invoke("--config", str(path), "init", "--timezone", "UTC", input="a@b.org, c@d.org\n")
    assert result.exit_code == 0, result.output
    assert load_config(path).me == ("a@b.org", "c@d.org")


def test_init_refuses_bad_values_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    result = invoke("--config", str(path), "init", "--me", "nope", "--timezone", "Mars/Olympus")
    assert result.exit_code == 1
    assert "me: 'nope' does not look like an email address" in result.output
    assert "timezone: unknown time zone 'Mars/Olympus'" in result.output
    assert not path.exists()


def test_detect_timezone(tmp_path: Path) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    assert detect_timezone({"TZ": "America/Chicago"}, etc) == "America/Chicago"
    assert detect_timezone({"TZ": ":Europe/Paris"}, etc) == "Europe/Paris"
    assert detect_timezone({"TZ": "/usr/share/zoneinfo/Asia/Kolkata"}, etc) == "Asia/Kolkata"
    assert detect_timezone({}, etc) == "UTC"
    (etc / "timezone").write_text("Europe/Oslo\n", encoding="utf-8")
    assert detect_timezone({}, etc) == "Europe/Oslo"
    os.symlink("/usr/share/zoneinfo/Australia/Sydney", etc / "localtime")
    assert detect_timezone({}, etc) == "Australia/Sydney"  # the link wins over /etc/timezone
    assert detect_timezone({"TZ": "Not/AZone"}, etc) == "Australia/Sydney"


MEMORY_CONFIG = """
me = ["a@b.org"]
timezone = "Europe/Berlin"
[state]
path = "state/state.sqlite3"
[accounts.home]
calendar = { type = "memory" }
[accounts.work]
mail = { type = "memory", name = "work" }
"""


def test_check_config_ok_prints_a_summary(tmp_path: Path) -> None:
    pytest.importorskip("afterview.connectors.memory")
    path = tmp_path / "config.toml"
    path.write_text(MEMORY_CONFIG, encoding="utf-8")
    result = invoke("--config", str(path), "check-config")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"config OK: {path}"
    assert "account home: calendar = memory" in result.output
    assert "account work: mail = memory" in result.output
    assert str(tmp_path / "state" / "state.sqlite3") in result.output


def test_check_config_lists_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('me = ["x"]\ntimezone = "UTC"\n[policy]\nmax_followups = 0\n', encoding="utf-8")
    result = invoke("--config", str(path), "check-config")
    assert result.exit_code == 1
    for line in (
        "me: 'x' does not look like an email address",
        "policy.max_followups: must be between 1 and 10",
        "accounts: is required",
    ):
        assert line in result.output


def test_check_config_reports_connector_problems(tmp_path: Path) -> None:
    pytest.importorskip("afterview.connectors.vdir")
    path = tmp_path / "config.toml"
    path.write_text(
        'me = ["a@b.org"]\ntimezone = "UTC"\n[accounts.p]\ncalendar = { type = "vdir", path = "nowhere" }\n',
        encoding="utf-8",
    )
    result = invoke("--config", str(path), "check-config")
    assert result.exit_code == 1
    assert "accounts.p.calendar.path:" in result.output
    assert "config OK" not in result.output


def test_check_config_reports_an_unwritable_state_folder(tmp_path: Path) -> None:
    pytest.importorskip("afterview.connectors.memory")
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(MEMORY_CONFIG.replace("state/state.sqlite3", "blocker/state.sqlite3"), encoding="utf-8")
    result = invoke("--config", str(path), "check-config")
    assert result.exit_code == 1
    assert "state.path:" in result.output


def test_check_config_without_a_file_says_run_init(tmp_path: Path) -> None:
    result = invoke("--config", str(tmp_path / "none.toml"), "check-config")
    assert result.exit_code == 1
    assert "no config file" in result.output and "afterview init" in result.output
