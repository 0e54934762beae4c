"""The engine end to end with its mailbox on a real Dovecot (STARTTLS): interview -> thank-you drafts -> offer.

The calendar is the memory connector (the CalDAV + Dovecot run lives in test_e2e_servers.py).
"""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any

import pytest
from afterview.connectors.base import OWNER
from afterview.connectors.memory import MemoryCalendar
from afterview.daemon.config import Config, connector_context, parse_config
from afterview.daemon.engine import Engine
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture, use_credentials  # noqa: F401
from engine_kit import ME, OFFER, TZ, Clock, interview, mail
from imap_commands import CommandLog

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00


def _config(tmp_path: Path, user: DovecotUser) -> Config:
    opts = user.options("starttls")
    text = f"""
me = ["{ME}"]
name = "Jordan Lee"
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.personal]
calendar = {{ type = "memory", name = "cal" }}
mail = {{ type = "imap", host = "{opts['host']}", port = {opts['port']}, security = "starttls", \
username = "{opts['username']}", ssl_ca_file = "{opts['ssl_ca_file']}" }}
"""
    return parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")


def _drafts(user: DovecotUser) -> list[tuple[bytes, email.message.EmailMessage]]:
    found = []
    for uid in user.uids("Drafts"):
        flags, raw = user.fetch_raw("Drafts", uid)
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        found.append((flags, msg))
    return found


def _cycle(config: Config, clock: Clock) -> Any:
    with Engine.open(config, clock=clock) as engine:
        assert not engine.broken, engine.broken
        return engine.run_cycle()


def _cycle_quiet(config: Config, clock: Clock) -> None:
    assert _cycle(config, clock).changes == []


def test_interview_to_offer_on_dovecot(
    dovecot_user: DovecotUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_credentials(monkeypatch, tmp_path, "personal", dovecot_user)
    config = _config(tmp_path, dovecot_user)
    cal = MemoryCalendar.from_options({"name": "cal"}, connector_context(config, "personal"))
    cal.put_event(interview("iv-1@acme.com", START))
    clock = Clock(START + timedelta(minutes=65))

    _cycle(config, clock)
    drafts = _drafts(dovecot_user)
    assert sorted(str(m["To"]) for _, m in drafts) == ["Dana Smith <dana.smith@acme.com>",
                                                       "Lee Wong <lee.wong@acme.com>"]
    for flags, msg in drafts:
        assert b"\\Draft" in flags and msg["X-Afterview-Owner"] == OWNER and msg["X-Afterview-Key"]
    bodies = [m.get_content() for _, m in drafts]
    assert bodies[0] != bodies[1]
    ticklers = [e for e in cal.events() if e.owned_key]
    assert any("thank-you" in e.summary.lower() for e in ticklers)

    # Nothing new: no change, no duplicate, and only a handful of IMAP commands.
    commands = CommandLog(monkeypatch)
    clock.advance(minutes=5)
    sent = commands.during(lambda: _cycle_quiet(config, clock))
    # A fresh connection (login, LIST for SPECIAL-USE) and then one STATUS per read folder.
    work = [c for c in sent if c not in ("CAPABILITY", "STARTTLS", "LOGIN", "ENABLE", "LIST", "LOGOUT")]
    assert work == ["STATUS", "STATUS"], sent
    assert len(_drafts(dovecot_user)) == 2

    clock.advance(days=4)
    offer = mail("dana.smith@acme.com", "Offer — Senior Data Engineer", OFFER, clock.now - timedelta(hours=2),
                 sender_name="Dana Smith")
    offer_id = str(email.message_from_bytes(offer)["Message-ID"]).strip("<>")
    dovecot_user.append("INBOX", offer)
    _cycle(config, clock)

    replies = [m for _, m in _drafts(dovecot_user) if m["In-Reply-To"]]
    assert len(replies) == 1
    assert str(replies[0]["In-Reply-To"]).strip("<>") == offer_id  # in the employer's thread
    assert offer_id in str(replies[0]["References"])
    text = replies[0].get_content().lower()
    assert "writing" in text or "written" in text
    assert [t for t in cal.list_ticklers() if t.start > clock.now] == []
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "offer"
    # The offer itself was read without being marked as read.
    flags, _ = dovecot_user.fetch_raw("INBOX", dovecot_user.uids("INBOX")[0])
    assert b"\\Seen" not in flags
