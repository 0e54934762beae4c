"""The daemon end to end against real servers: Radicale (CalDAV) and Dovecot (IMAP), interview -> offer.

Everything the test checks, it reads back from the servers with plain HTTP and imaplib, never
through the connectors: drafts in Dovecot's Drafts with the \\Draft flag, tickler events in
Radicale with X-AFTERVIEW-* tags, the offer reply in the offer's thread, reminders gone.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import Engine
from contract_data import event_to_ics
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture  # noqa: F401
from engine_kit import ME, OFFER, TZ, Clock, interview, mail
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00


def _config(tmp_path: Path, cal: DavCalendar, box: DovecotUser, monkeypatch: pytest.MonkeyPatch) -> Config:
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "afterview.personal.password").write_text(box.password + "\n")
    (creds / "afterview.personal.caldav_password").write_text(cal.user.password + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    imap = box.options()
    text = f"""
me = ["{ME}"]
name = "Jordan Lee"
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.personal.calendar]
type = "caldav"
url = "{cal.user.server.base_url}"
username = "{cal.user.name}"
calendar = "Work"
[accounts.personal.mail]
type = "imap"
host = "{imap['host']}"
port = {imap['port']}
security = "none"
username = "{imap['username']}"
"""
    return parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")


def _cycle(config: Config, clock: Clock) -> list[str]:
    with Engine.open(config, clock=clock) as engine:
        report = engine.run_cycle()
    assert report.problems == [] and report.ok, (report.problems, report.failed_sources)
    return list(report.changes)


def _drafts(box: DovecotUser) -> list[tuple[bytes, EmailMessage]]:
    found = []
    for uid in box.uids("Drafts"):
        flags, raw = box.fetch_raw("Drafts", uid)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        found.append((flags, msg))
    return found


def _ticklers(cal: DavCalendar) -> list[icalendar.Event]:
    """Returns the owned VEVENTs Radicale holds, read as another client would."""
    found = []
    for href in cal.user.hrefs(cal.path):
        reply = cal.user.get(href)
        for event in icalendar.Calendar.from_ical(reply.body).walk("VEVENT"):
            if str(event.get("X-AFTERVIEW-OWNER", "")) == "afterview":
                found.append(event)
    return found


def _pending(cal: DavCalendar, now: datetime) -> list[icalendar.Event]:
    return [e for e in _ticklers(cal) if e.decoded("DTSTART") > now]


def test_interview_to_offer_on_radicale_and_dovecot(
    tmp_path: Path, radicale: RadicaleServer, dovecot_user: DovecotUser,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cal = new_calendar(radicale, "work", "Work")
    cal.seed(event_to_ics(interview("iv-1@acme.com", START)))
    config = _config(tmp_path, cal, dovecot_user, monkeypatch)
    clock = Clock(START - timedelta(days=2))

    assert "new application: Acme, Senior Data Engineer" in _cycle(config, clock)
    assert _drafts(dovecot_user) == [] and _ticklers(cal) == []

    # After the interview: one personal draft per interviewer, reminders in the calendar.
    clock.now = START + timedelta(minutes=65)
    _cycle(config, clock)
    drafts = _drafts(dovecot_user)
    assert sorted(str(m["To"]) for _, m in drafts) == ["Dana Smith <dana.smith@acme.com>",
                                                      "Lee Wong <lee.wong@acme.com>"]
    assert all(b"\\Draft" in flags for flags, _ in drafts)
    bodies = [m.get_content() for _, m in drafts]
    assert bodies[0] != bodies[1]
    ticklers = _ticklers(cal)
    keys = {str(e["X-AFTERVIEW-KEY"]) for e in ticklers}
    assert any("/thanks/" in k for k in keys) and any("/followup/" in k for k in keys)
    assert all(str(e["X-AFTERVIEW-APP"]) == "acme/senior-data-engineer" for e in ticklers)
    thanks = next(e for e in ticklers if "/thanks/" in str(e["X-AFTERVIEW-KEY"]))
    assert thanks.decoded("DTSTART") == START + timedelta(hours=3)

    # Nothing new: nothing changes, nothing is duplicated. The first such cycle still reads back the
    # ticklers the last one wrote (they changed the calendar); after that the calendar costs one request.
    assert _cycle(config, clock) == []
    before = cal.requests_logged()
    assert _cycle(config, clock) == []
    assert cal.requests_logged() - before == 1
    assert len(_drafts(dovecot_user)) == 2 and len(_ticklers(cal)) == len(ticklers)

    # The offer arrives: follow-ups go, a reply asking for the written terms is drafted in its thread.
    clock.advance(days=4)
    offer = mail("dana.smith@acme.com", "Offer — Senior Data Engineer", OFFER, clock.now, sender_name="Dana")
    offer_id = str(email.message_from_bytes(offer)["Message-ID"]).strip("<>")
    dovecot_user.append("INBOX", offer)
    changes = _cycle(config, clock)
    assert any("removed tickler" in c for c in changes)
    assert _pending(cal, clock.now) == []
    replies = [m for _, m in _drafts(dovecot_user) if m["In-Reply-To"]]
    assert len(replies) == 1
    assert str(replies[0]["In-Reply-To"]).strip("<>") == offer_id
    assert offer_id in str(replies[0]["References"])
    assert str(replies[0]["Subject"]).startswith("Re: ")
    assert "written" in replies[0].get_content().lower() or "writing" in replies[0].get_content().lower()
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "offer"

    # A restart with nothing new is quiet, and the reminder history stays as it was.
    history = {str(e["UID"]) for e in _ticklers(cal)}
    assert _cycle(config, clock) == []
    assert {str(e["UID"]) for e in _ticklers(cal)} == history
