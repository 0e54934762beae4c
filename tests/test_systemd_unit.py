"""systemd/afterview.service: the directives we rely on, and `systemd-analyze verify --user` is silent.

verify also checks that ExecStart's binary exists and is executable. The shipped unit points at
%h/.local/bin/afterview (where `pipx install` puts it), which is right for a real install but
absent in a test HOME; so the test verifies an installed copy whose ExecStart names this venv's
afterview, and everything else in the unit stays byte-for-byte the same.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from servers import require_server

UNIT = Path(__file__).resolve().parent.parent / "systemd" / "afterview.service"
SHIPPED_EXEC = "ExecStart=%h/.local/bin/afterview run"


def directives(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        found.setdefault(f"{section}.{key}", []).append(value)
    return found


def systemd_analyze() -> str:
    path = shutil.which("systemd-analyze") or "/usr/bin/systemd-analyze"
    require_server("systemd-analyze", os.access(path, os.X_OK), "install the Debian package systemd")
    return path


def verify(unit_text: str, tmp_path: Path) -> list[str]:
    """Given unit text, installs it as a user unit in tmp_path; returns verify's output lines."""
    analyze = systemd_analyze()
    runtime = tmp_path / "run"
    home = tmp_path / "home"
    units = home / ".config" / "systemd" / "user"
    for folder in (runtime, units):
        folder.mkdir(parents=True, mode=0o700)
    unit = units / "afterview.service"
    unit.write_text(unit_text, encoding="utf-8")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home), "SYSTEMD_LOG_COLOR": "0"}
    env.pop("XDG_CONFIG_HOME", None)
    proc = subprocess.run(
        [analyze, "verify", "--user", "--man=no", str(unit)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    if proc.returncode != 0 and not lines:
        lines.append(f"systemd-analyze exited with {proc.returncode}")
    return lines


def with_venv_exec(text: str) -> str:
    afterview = Path(sys.executable).parent / "afterview"
    assert afterview.is_file(), f"{afterview} missing: install the project into the venv first"
    assert text.count(SHIPPED_EXEC) == 1
    return text.replace(SHIPPED_EXEC, f"ExecStart={afterview} run")


def test_unit_declares_notify_watchdog_restart_and_hardening() -> None:
    d = directives(UNIT.read_text(encoding="utf-8"))
    assert d["Service.Type"] == ["notify"]
    assert d["Service.NotifyAccess"] == ["main"]
    assert d["Service.ExecStart"] == ["%h/.local/bin/afterview run"]
    assert d["Service.Restart"] == ["on-failure"]
    for key in ("WatchdogSec", "RestartSec", "TimeoutStopSec"):
        assert len(d[f"Service.{key}"]) == 1, key
    for key in ("NoNewPrivileges", "LockPersonality", "RestrictRealtime", "RestrictSUIDSGID",
                "MemoryDenyWriteExecute"):
        assert d[f"Service.{key}"] == ["yes"], key
    assert d["Service.SystemCallArchitectures"] == ["native"]
    assert "@system-service" in d["Service.SystemCallFilter"]
    assert d["Service.UMask"] == ["0077"]
    assert d["Install.WantedBy"] == ["default.target"]
    # these hide or need namespaces a user manager may not have, and the mail/calendar live in ~
    for key in ("ProtectHome", "ProtectSystem", "PrivateTmp", "PrivateDevices", "User"):
        assert f"Service.{key}" not in d, key


def test_systemd_analyze_verify_user_is_silent(tmp_path: Path) -> None:
    output = verify(with_venv_exec(UNIT.read_text(encoding="utf-8")), tmp_path)
    assert output == []


def test_verify_catches_a_broken_unit(tmp_path: Path) -> None:
    # The check above is only worth something if verify does speak up about mistakes.
    broken = with_venv_exec(UNIT.read_text(encoding="utf-8")).replace("Type=notify", "Type=notfy")
    broken = broken.replace("\nWatchdogSec=", "\nWatchdogSecs=")
    output = "\n".join(verify(broken, tmp_path))
    assert "notfy" in output
    assert "WatchdogSecs" in output


def test_shipped_exec_path_is_reported_when_missing(tmp_path: Path) -> None:
    # Documents why the other test rewrites ExecStart: verify insists the binary exists.
    output = "\n".join(verify(UNIT.read_text(encoding="utf-8"), tmp_path))
    assert str(tmp_path / "home" / ".local" / "bin" / "afterview") in output
