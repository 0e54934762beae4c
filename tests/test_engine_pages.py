"""The engine over a paged mailbox (a real Maildir read two files a page): every page is committed with
its cursor, a kill or failure between pages resumes where it stopped, and threads span pages."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery, MessageChanges
from afterview.connectors.errors import CursorExpiredError, TransientError
from afterview.connectors.maildir import MaildirMailbox
from afterview.connectors.memory import MemoryCalendar, reset_memory_stores
from afterview.daemon.engine import Engine
from afterview.daemon.state import State
from engine_kit import ME, REJECTION, TZ, interview, memory_config

NOW = datetime.now(UTC).replace(microsecond=0)
SOURCE = "personal:mail"
PAGE = 2


class Killed(BaseException):
    """Stands for SIGKILL: nothing in the engine catches it."""


class Paged(MaildirMailbox):
    """A Maildir read PAGE files a page that records the cursors it gets and can fail on a chosen call."""

    def __init__(self, root: Path, fail_on: int = 0, error: BaseException | None = None) -> None:
        ctx = ConnectorContext(account="personal", timezone=TZ, me=(ME,))
        found = MaildirMailbox.from_options({"path": str(root)}, ctx)
        super().__init__(root=found.root, layout=found.layout, inbox=found.folders["inbox"],
                         sent=found.folders.get("sent"), drafts=found.drafts, ctx=ctx, page_size=PAGE)
        self.cursors: list[str | None] = []
        self.listed = 0
        self.fail_on, self.error = fail_on, error

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        self.cursors.append(cursor)
        if len(self.cursors) == self.fail_on and self.error is not None:
            raise self.error
        # Every file counts here (the needle prefilter is tested in test_maildir_needles.py).
        changes = super().list_messages(cursor, replace(query, needles=frozenset()))
        self.listed += len(changes.messages)
        return changes


def _write(folder: Path, name: str, msg: EmailMessage, when: datetime) -> None:
    path = folder / "cur" / f"{name}:2,S"
    path.write_bytes(msg.as_bytes())
    os.utime(path, (when.timestamp(), when.timestamp()))


def _message(sender: str, to: str, subject: str, body: str, when: datetime, message_id: str,
             in_reply_to: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = f"<{in_reply_to}>"
    msg.set_content(body)
    return msg


def make_mail(root: Path) -> None:
    """A thank-you to Acme, then personal mail, then Acme's ATS rejecting in the same thread: 9 files."""
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    start = NOW - timedelta(days=2)
    _write(root / ".Sent", "1.thanks.host", _message(
        ME, "Dana Smith <dana.smith@acme.com>", "Thank you - Senior Data Engineer interview",
        "Hi Dana,\n\nthank you for the conversation about the pipeline.\n\nJordan", start, "thanks@example.org"),
        start)
    for i in range(7):
        when = start + timedelta(hours=2 + i)
        _write(root, f"{2 + i}.friend.host", _message(
            "Kim <kim@friends.example>", ME, f"Dinner {i}?", "Are you free on Friday?", when, f"f{i}@friends.example"),
            when)
    when = start + timedelta(hours=20)
    _write(root, "9.ats.host", _message(
        "Acme Talent <no-reply@ats-mailer.example>", ME, "Re: Thank you - Senior Data Engineer interview",
        REJECTION, when, "reject@ats-mailer.example", in_reply_to="thanks@example.org"), when)


@pytest.fixture
def world(tmp_path: Path) -> Path:
    reset_memory_stores()
    make_mail(tmp_path / "mail")
    return tmp_path


def _engine(root: Path, mailbox: MaildirMailbox) -> tuple[Engine, State]:
    config = memory_config(root)
    calendar = MemoryCalendar("cal", ConnectorContext(account="personal", timezone=TZ, me=(ME,)))
    if not calendar.events():
        calendar.put_event(interview("acme-1", NOW - timedelta(days=2, hours=3), domain="acme.com"))
    state = State.open(config.state_path)
    return Engine(config, state, {"personal": calendar}, {"personal": mailbox}, clock=lambda: NOW), state


def _evidence(root: Path) -> list[tuple[str, str | None]]:
    state = State.open(memory_config(root).state_path)
    try:
        return sorted((e.key, e.app_id) for e in state.evidence())
    finally:
        state.close()


def _stored_cursor(root: Path) -> dict[str, object]:
    state = State.open(memory_config(root).state_path)
    try:
        found = state.cursor(SOURCE)
        assert found is not None
        return dict(json.loads(found[0]))
    finally:
        state.close()


def _unbroken(root: Path, tmp_path: Path) -> list[tuple[str, str | None]]:
    other = tmp_path / "unbroken"
    other.mkdir()
    shutil.copytree(root / "mail", other / "mail")
    reset_memory_stores()
    mailbox = Paged(other / "mail")
    engine, state = _engine(other, mailbox)
    try:
        report = engine.run_cycle()
    finally:
        state.close()
    assert not report.failed_sources and len(mailbox.cursors) == 5  # 9 files, 2 a page
    reset_memory_stores()
    return _evidence(other)


def test_pages_are_committed_and_a_thread_spans_them(world: Path, tmp_path: Path) -> None:
    evidence = _unbroken(world, tmp_path)
    [(_, app_id)] = [e for e in evidence if e[0].startswith("inbound:")]
    assert app_id is not None and app_id.startswith("acme")  # the ATS reply, four pages after the thank-you
    assert ("outbound:thanks@example.org", app_id) in evidence, evidence


def test_a_kill_between_pages_resumes_where_it_stopped(world: Path, tmp_path: Path) -> None:
    expected = _unbroken(world, tmp_path)
    first = Paged(world / "mail", fail_on=3, error=Killed())
    engine, state = _engine(world, first)
    with pytest.raises(Killed):
        engine.run_cycle()
    state.close()
    assert "c" in _stored_cursor(world)  # two pages committed, the listing unfinished
    again = Paged(world / "mail")  # a new process: a new connector and state
    engine, state = _engine(world, again)
    try:
        engine.run_cycle()
    finally:
        state.close()
    assert again.cursors[0] is not None and "c" in json.loads(again.cursors[0])  # resumed, not restarted
    assert again.listed == 9 - 2 * PAGE
    assert _evidence(world) == expected
    assert "c" not in _stored_cursor(world)


def test_a_failing_page_backs_off_and_the_next_cycle_continues(world: Path, tmp_path: Path) -> None:
    expected = _unbroken(world, tmp_path)
    flaky = Paged(world / "mail", fail_on=2, error=TransientError("server busy"))
    engine, state = _engine(world, flaky)
    try:
        report = engine.run_cycle()
        assert SOURCE in report.failed_sources and len(flaky.cursors) == 2
        waiting = engine.run_cycle()  # still backed off: the source is not asked
        assert SOURCE in waiting.failed_sources and len(flaky.cursors) == 2
        engine.clock = lambda: NOW + timedelta(hours=1)
        later = engine.run_cycle()
    finally:
        state.close()
    assert SOURCE not in later.failed_sources and flaky.listed == 9
    assert _evidence(world) == [(k, a) for k, a in expected]


def test_an_expired_continuation_starts_the_scan_again(world: Path, tmp_path: Path) -> None:
    expected = _unbroken(world, tmp_path)
    first = Paged(world / "mail", fail_on=3, error=Killed())
    engine, state = _engine(world, first)
    with pytest.raises(Killed):
        engine.run_cycle()
    state.close()
    again = Paged(world / "mail", fail_on=1, error=CursorExpiredError("folders changed"))
    engine, state = _engine(world, again)
    try:
        report = engine.run_cycle()
    finally:
        state.close()
    assert not report.failed_sources
    assert again.cursors[1] is None and again.listed == 9  # listed from the start after the expiry
    assert _evidence(world) == expected
