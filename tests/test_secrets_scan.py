"""Secrets never leak: a full run with sentinel secrets, then every byte afterview wrote is searched.

Runs the real CLI (`-vv once`, `status`) in-process over a demo workspace (vdir + Maildir) plus a
second account whose mailbox needs a password (memory keyring) and a refresh token (systemd
credential file). Between runs the token "expires" and the keyring breaks, so the failure
paths (AuthError, back-off, `status`) run too. Then logs, command output, the state file and
its WAL, the config, the caches and everything else under the temp dir are searched for the
sentinels; the state file must be mode 0600. OAuth scope assertions live with the Google and
Graph connectors' tests.
"""

from __future__ import annotations

import base64
import logging
import stat
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Self
from urllib.parse import quote

import keyring
import pytest
from afterview.connectors import registry
from afterview.connectors.base import ConnectorContext, MailQuery, MessageChanges
from afterview.connectors.errors import AuthError
from afterview.connectors.maildir import MaildirMailbox
from afterview.connectors.secrets import get_secret, set_secret
from afterview.daemon.cli.app import main
from afterview.daemon.demo import build_workspace
from click.testing import CliRunner
from keyring.backends.fail import Keyring as FailKeyring
from memory_keyring import memory_keyring

NOW = datetime.fromisoformat("2026-11-17T16:00:00+01:00")
PASSWORD = "SENTINEL-pw-7f3a9c1e-Tr0ub4dor&3"
TOKEN = "SENTINEL-rt-1//0gX9c2b8e5d4a7f6"


class GuardedMaildir(MaildirMailbox):
    """A Maildir behind a login: needs a keyring password and a credential-file token, like IMAP/Gmail."""

    logins: ClassVar[list[str]] = []
    token_expired: ClassVar[bool] = False

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        password = get_secret(ctx.account, "password")
        token = get_secret(ctx.account, "refresh_token")
        if password is None or token is None:
            raise AuthError("no stored login", source=ctx.account, hint=f"afterview auth imap --account {ctx.account}")
        box = super().from_options(options, ctx)
        box.secret = (password, token)  # type: ignore[attr-defined]
        cls.logins.append(ctx.account)
        logging.getLogger(__name__).debug("logged in to %s", ctx.account)
        return box

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        if self.token_expired:
            raise AuthError("the refresh token was revoked or expired", source=self.ctx.account)
        return super().list_messages(cursor, query)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "ws"
    build_workspace(root, NOW)
    for sub in ("cur", "new", "tmp"):
        (root / "work-mail" / sub).mkdir(parents=True)
    config = (root / "config.toml").read_text(encoding="utf-8")
    config += '[accounts.work]\nmail = { type = "guarded", path = "work-mail", create = true }\n'
    (root / "config.toml").write_text(config, encoding="utf-8")
    for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    creds = tmp_path / "credentials"
    creds.mkdir(mode=0o700)
    (creds / "afterview.work.refresh_token").write_text(TOKEN + "\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    monkeypatch.setitem(registry.MAILBOXES, "guarded", "afterview.connectors.maildir:MaildirMailbox")
    real = registry.mailbox_class
    monkeypatch.setattr(registry, "mailbox_class", lambda name: GuardedMaildir if name == "guarded" else real(name))
    GuardedMaildir.logins = []
    GuardedMaildir.token_expired = False
    yield root


def forms(secret: str) -> list[bytes]:
    """Given a secret, returns the byte forms a leak could take (plain, UTF-16, URL, base64, hex)."""
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), quote(secret, safe="").encode(), base64.b64encode(raw),
            base64.b64encode(raw)[:24], raw.hex().encode()]


def leaks(blob: bytes) -> list[str]:
    return [f"{secret[:12]}… as {i}" for secret in (PASSWORD, TOKEN) for i, f in enumerate(forms(secret)) if f in blob]


def test_a_full_run_leaves_no_secret_in_logs_state_config_or_caches(
    world: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    runner = CliRunner()
    outputs: list[str] = []

    def cli(*args: str, moment: datetime) -> None:
        result = runner.invoke(
            main, ["-vv", "--config", str(world / "config.toml"), "--now", moment.isoformat(), *args]
        )
        outputs.append(result.output)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception

    with memory_keyring() as ring:
        set_secret("work", "password", PASSWORD)
        assert ("afterview", "work/password") in ring.store
        cli("once", moment=NOW)
        cli("once", moment=NOW + timedelta(hours=3))
        GuardedMaildir.token_expired = True
        cli("once", moment=NOW + timedelta(days=1))
        cli("status", moment=NOW + timedelta(days=1))
        cli("status", "--json", moment=NOW + timedelta(days=1))
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())  # the keyring goes away (locked session, no Secret Service)
    try:
        cli("once", moment=NOW + timedelta(days=2))
        cli("status", moment=NOW + timedelta(days=2))
    finally:
        keyring.set_keyring(previous)

    assert GuardedMaildir.logins.count("work") >= 3, "the guarded account must really have used its secrets"
    shown = "\n".join(outputs)
    assert "revoked or expired" in shown or "re-authoris" in shown, "status must say what is wrong"
    assert any(r.levelno == logging.DEBUG for r in caplog.records), "-vv must reach debug logging"

    found = {"logs": leaks(caplog.text.encode()), "cli output": leaks(shown.encode())}
    searched = 0
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file() and "credentials" not in path.relative_to(tmp_path).parts:
            searched += 1
            found[str(path.relative_to(tmp_path))] = leaks(path.read_bytes())
    assert searched >= 10
    assert not {where: hits for where, hits in found.items() if hits}

    state = world / "state.sqlite3"
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    for side in (Path(f"{state}-wal"), Path(f"{state}-shm")):
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0, f"{side.name} is readable by others"
