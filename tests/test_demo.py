"""The demo workspace through the real CLI: vdir + Maildir on disk, one cycle, then more cycles."""

from __future__ import annotations

import json
import mailbox
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from afterview.daemon.cli import main
from click.testing import CliRunner

NOW = "2026-11-17T16:00:00+01:00"  # a Tuesday afternoon


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    run("--now", NOW, "demo", "--dir", str(root))
    return root


def subject(msg: mailbox.MaildirMessage) -> str:
    return str(make_header(decode_header(msg["Subject"] or "")))


def drafts(root: Path) -> list[mailbox.MaildirMessage]:
    return list(mailbox.Maildir(str(root / "mail"), create=False).get_folder("Drafts"))


def test_demo_shows_the_states_and_writes_drafts_and_tagged_reminders(workspace: Path) -> None:
    status = json.loads(run("--config", str(workspace / "config.toml"), "--now", NOW, "status", "--json", "--all"))
    states = {a["id"].split("/")[0].split("-")[0]: (a["status"], a["role"]) for a in status["applications"]}
    assert states == {
        "acme": ("interviewed", "Senior Data Engineer"),
        "globex": ("awaiting", "Product Analyst"),
        "initech": ("awaiting", "Backend Developer"),
        "umbrella": ("rejected", "Data Scientist"),
        "stark": ("offer", "ML Engineer"),
        "wayne": ("scheduled", "Platform Engineer"),
    }, "six applications; the user's own interviewing duty and the webinar are not among them"

    thank_yous = [m for m in drafts(workspace) if "acme" in (m["To"] or "")]
    assert len(thank_yous) == 2
    bodies = [m.get_payload(decode=True) for m in thank_yous]
    assert bodies[0] != bodies[1]
    assert all("D" in m.get_flags() for m in drafts(workspace))
    tagged = [p for p in (workspace / "calendar").glob("*.ics") if b"X-AFTERVIEW-OWNER:afterview" in p.read_bytes()]
    assert len(tagged) >= 4

    # Globex promised a decision by a date now past: a follow-up draft is ready.
    assert any("globex" in (m["To"] or "") for m in drafts(workspace))


def test_second_cycle_on_the_demo_creates_nothing(workspace: Path) -> None:
    before = sorted(p.name for p in (workspace / "calendar").iterdir())
    output = run("--config", str(workspace / "config.toml"), "--now", NOW, "once")
    assert "nothing to change" in output.lower()
    assert sorted(p.name for p in (workspace / "calendar").iterdir()) == before


def test_rejection_leaves_the_users_edited_draft_alone(workspace: Path) -> None:
    box = mailbox.Maildir(str(workspace / "mail"), create=False)
    folder = box.get_folder("Drafts")
    key, msg = next((k, m) for k, m in folder.items() if m["To"] and "lee.wong@acme" in m["To"])
    msg.set_payload("Dear Lee,\n\nThank you! (my own words)\n\nJordan\n", charset="utf-8")
    folder[key] = msg
    rejection = mailbox.MaildirMessage()
    rejection["From"] = "Dana Smith <dana.smith@acme.example>"
    rejection["To"] = "jordan.lee@example.org"
    rejection["Subject"] = "Your application for Senior Data Engineer"
    rejection["Date"] = "Thu, 19 Nov 2026 10:00:00 +0100"
    rejection["Message-ID"] = "<rej-1@acme.example>"
    rejection.set_payload(
        "Dear Jordan,\n\nThank you for interviewing with us. After careful consideration we have decided not to "
        "move forward with your application. We wish you the best of luck.\n\nDana"
    )
    box.add(rejection)
    later = "2026-11-19T12:00:00+01:00"
    run("--config", str(workspace / "config.toml"), "--now", later, "once")
    after = [(m["To"] or "", subject(m), m.get_payload(decode=True).decode()) for m in drafts(workspace)]
    assert any("my own words" in body for _to, _subject, body in after), "the edited draft is the user's"
    to_dana = [subject for to, subject, _body in after if "dana.smith@acme" in to]
    assert to_dana == ["Re: Your application for Senior Data Engineer"], "thank-you replaced by a gracious reply"
    pending = [
        p
        for p in (workspace / "calendar").glob("*.ics")
        if b"X-AFTERVIEW-APP:acme" in p.read_bytes() and b"DTSTART" in p.read_bytes()
    ]
    status = json.loads(run("--config", str(workspace / "config.toml"), "--now", later, "show", "acme", "--json"))
    assert status["status"] == "rejected"
    assert any("interview ended" in t["what"] and t["at"].endswith("+01:00") for t in status["timeline"])
    future = [a for a in status["artifacts"] if a["kind"] == "tickler" and a["state"] == "live" and a["due"] > later]
    assert future == []
    assert pending, "past reminders stay as history"


def test_the_demo_clock_is_a_recent_weekday_afternoon() -> None:
    from datetime import datetime

    from afterview.daemon.demo import default_now

    sunday_night = datetime.fromisoformat("2026-11-22T03:00:00+01:00")
    assert default_now(sunday_night).isoformat() == "2026-11-20T16:00:00+01:00"
    tuesday_evening = datetime.fromisoformat("2026-11-17T18:30:00+01:00")
    assert default_now(tuesday_evening).isoformat() == "2026-11-17T16:00:00+01:00"
