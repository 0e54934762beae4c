"""The engine end to end on an XOAUTH2 mailbox (real Dovecot, oauth2 passdb, loopback provider):
interview -> thank-you drafts -> the access token expires -> offer, with renewal on the way; then the
grant is revoked, the account waits for `afterview auth imap ...`, and that command ends the wait."""

from __future__ import annotations

import email
import json
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any

from afterview.connectors.base import OWNER
from afterview.connectors.memory import MemoryCalendar
from afterview.daemon.cli import main
from afterview.daemon.config import Config, connector_context, parse_config
from afterview.daemon.engine import Engine
from afterview.daemon.state import State
from click.testing import CliRunner
from dovecot_oauth import OAuthUser, oauth_dovecot_fixture, oauth_user_fixture  # noqa: F401
from engine_kit import ME, OFFER, TZ, Clock, interview, mail
from memory_keyring import memory_keyring

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00
FIX = "afterview auth imap --account personal --xoauth2 --refresh-token"


def _config(tmp_path: Path, oauth_user: OAuthUser) -> tuple[Path, Config]:
    table = ", ".join(f"{k} = {json.dumps(v)}" for k, v in oauth_user.options().items())
    text = f"""
me = ["{ME}"]
name = "Jordan Lee"
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.personal]
calendar = {{ type = "memory", name = "cal" }}
mail = {{ type = "imap", {table} }}
"""
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path, parse_config(text, base_dir=tmp_path, path=path)


def _drafts(oauth_user: OAuthUser) -> list[email.message.EmailMessage]:
    found = []
    for uid in oauth_user.user.uids("Drafts"):
        flags, raw = oauth_user.user.fetch_raw("Drafts", uid)
        assert b"\\Draft" in flags
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        found.append(msg)
    return found


def _cycle(config: Config, clock: Clock) -> Any:
    with Engine.open(config, clock=clock) as engine:
        assert not engine.broken, engine.broken
        return engine.run_cycle()


def test_interview_to_offer_with_token_renewal_and_revocation(oauth_user: OAuthUser, tmp_path: Path) -> None:
    idp, username = oauth_user.idp, oauth_user.user.username
    path, config = _config(tmp_path, oauth_user)
    cal = MemoryCalendar.from_options({"name": "cal"}, connector_context(config, "personal"))
    cal.put_event(interview("iv-1@acme.com", START))
    clock = Clock(START + timedelta(minutes=65))
    with memory_keyring() as ring:
        _, refresh = idp.grant_for(username)
        # What `afterview auth imap --xoauth2 --refresh-token --no-check` stores: a grant, no access token yet.
        ring.set_password("afterview", "personal/oauth2_token", json.dumps({"refresh_token": refresh}))

        assert not _cycle(config, clock).failed_sources
        drafts = _drafts(oauth_user)
        assert sorted(str(m["To"]) for m in drafts) == ["Dana Smith <dana.smith@acme.com>",
                                                        "Lee Wong <lee.wong@acme.com>"]
        assert all(m["X-Afterview-Owner"] == OWNER and m["X-Afterview-Key"] for m in drafts)
        assert any("thank-you" in e.summary.lower() for e in cal.events() if e.owned_key)
        assert idp.grants == 1

        # An idle cycle: the stored token is still good, so no request to the provider but the login's check.
        clock.advance(minutes=5)
        checked = idp.introspections
        assert _cycle(config, clock).changes == []
        assert idp.grants == 1 and idp.introspections == checked + 1

        # The access token dies early (provider side); the offer arrives; the cycle renews once and goes on.
        idp.expire_now(username)
        clock.advance(days=4)
        offer = mail("dana.smith@acme.com", "Offer — Senior Data Engineer", OFFER, clock.now - timedelta(hours=2),
                     sender_name="Dana Smith")
        offer_id = str(email.message_from_bytes(offer)["Message-ID"]).strip("<>")
        oauth_user.user.append("INBOX", offer)
        assert not _cycle(config, clock).failed_sources
        assert idp.grants == 2
        after_offer = _drafts(oauth_user)
        replies = [m for m in after_offer if m["In-Reply-To"]]
        assert len(replies) == 1 and str(replies[0]["In-Reply-To"]).strip("<>") == offer_id
        assert [t for t in cal.list_ticklers() if t.start > clock.now] == []
        with Engine.open(config, clock=clock, connect=False) as engine:
            assert engine.states()[0].status == "offer"

        # The user revokes afterview's access: the mailbox waits for the exact fix, the calendar goes on.
        idp.revoke(username)
        clock.advance(hours=1)
        report = _cycle(config, clock)
        assert list(report.failed_sources) == ["personal:mail"], report
        assert FIX in report.failed_sources["personal:mail"]
        with State.open(config.state_path) as state:
            health = state.health_of("personal:mail")
            assert health is not None and health.needs_reauth == FIX
        assert all(refresh not in text for text in (str(report.failed_sources), str(health)))

        # The fix: a new consent, stored by the auth command, which also ends the wait.
        _, again = idp.grant_for(username)
        done = CliRunner().invoke(main, ["--config", str(path), "auth", "imap", "--xoauth2", "--refresh-token",
                                         "--stdin"], input=again + "\n")
        assert done.exit_code == 0, done.output
        assert "personal:mail: no longer waiting" in done.output
        clock.advance(minutes=5)
        assert not _cycle(config, clock).failed_sources
        assert len(_drafts(oauth_user)) == len(after_offer), "no duplicate after the wait"
