"""The daemon end to end on a Google account (the fake): interview -> thank-you drafts and reminder events
-> the user sends one -> a rejection in that thread -> reminders removed, a gracious reply in the thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from afterview.connectors.secrets import get_secret, set_secret
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import Engine
from engine_kit import ME, TZ, Clock, interview, mail
from fakes.google_fake import FakeGoogle, running_fake
from google_kit import google_event
from memory_keyring import memory_keyring

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00
CLEAR_REJECTION = (
    "Dear Jordan,\n\nThank you for your interest in the Senior Data Engineer role at Acme. Unfortunately, we have "
    "decided not to move forward with your application. We have decided to pursue other candidates whose "
    "experience more closely matches our needs.\n\nWe wish you all the best in your job search.\n\nDana Smith\nAcme"
)


@pytest.fixture
def fake() -> Iterator[FakeGoogle]:
    with running_fake(email=ME) as google, memory_keyring():
        set_secret("personal", "google_refresh_token", google.issue_refresh_token())
        yield google
        assert google.violations == []


def google_config(fake: FakeGoogle, tmp_path: Path) -> Config:
    opts = ", ".join(f'{k} = "{v}"' for k, v in fake.client_options().items()) + ", retry_base_seconds = 0.001"
    text = "\n".join([
        f'me = ["{ME}"]', 'name = "Jordan Lee"', 'timezone = "Europe/Berlin"',
        "[state]", 'path = "state.sqlite3"',
        "[accounts.personal]",
        f'calendar = {{ type = "google", {opts} }}',
        f'mail = {{ type = "google", {opts} }}',
    ]) + "\n"
    return parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")


def cycle(config: Config, clock: Clock) -> list[str]:
    with Engine.open(config, clock=clock) as engine:
        report = engine.run_cycle()
    assert not report.failed_sources, report.failed_sources
    return report.changes


def owned_drafts(fake: FakeGoogle) -> dict[str, object]:
    """Returns the parsed owned drafts in the fake's Gmail, by draft id."""
    found = {}
    for draft_id in fake.gmail.drafts:
        msg = message_from_bytes(fake.gmail.draft_message(draft_id).raw, policy=policy.default)
        if msg.get("X-Afterview-Owner") == "afterview":
            found[draft_id] = msg
    return found


def owned_events(fake: FakeGoogle) -> list[dict[str, object]]:
    return [e for e in fake.calendar.live()
            if (e.get("extendedProperties") or {}).get("private", {}).get("afterview_owner") == "afterview"]


def pending_events(fake: FakeGoogle, now: datetime) -> list[dict[str, object]]:
    return [e for e in owned_events(fake)
            if datetime.fromisoformat(str(e["start"]["dateTime"])) > now]  # type: ignore[index]


def test_interview_to_rejection_on_google(fake: FakeGoogle, tmp_path: Path) -> None:
    config = google_config(fake, tmp_path)
    fake.calendar.put_event(google_event(interview("iv-1@acme.com", START)))
    clock = Clock(START - timedelta(days=2))
    assert "new application: Acme, Senior Data Engineer" in cycle(config, clock)

    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    drafts = owned_drafts(fake)
    assert sorted(str(m["To"]) for m in drafts.values()) == ["Dana Smith <dana.smith@acme.com>",
                                                             "Lee Wong <lee.wong@acme.com>"]
    events = owned_events(fake)
    assert any("thank-you" in str(e["summary"]).lower() for e in events)
    for event in events:
        private = event["extendedProperties"]["private"]  # type: ignore[index]
        assert private["afterview_key"] and private["afterview_app"] == "acme/senior-data-engineer"
        assert event["reminders"]["overrides"][0]["method"] == "popup"  # type: ignore[index]
        assert event["start"]["timeZone"] == "Europe/Berlin"  # type: ignore[index]

    # The user sends Dana's thank-you from Gmail (SENT mail): the thank-you reminder goes.
    dana_draft = next(d for d, m in drafts.items() if "dana" in str(m["To"]))
    clock.advance(minutes=30)
    fake.gmail.user_send_draft(dana_draft, when=clock.now)
    cycle(config, clock)
    assert not [e for e in pending_events(fake, clock.now) if "thank-you" in str(e["summary"]).lower()]
    assert [e for e in pending_events(fake, clock.now) if "follow up" in str(e["summary"]).lower()]

    clock.advance(days=3)
    rejection = mail("dana.smith@acme.com", "Your application at Acme", CLEAR_REJECTION,
                     clock.now - timedelta(hours=1), sender_name="Dana Smith")
    fake.gmail.deliver(rejection)
    rejection_id = str(message_from_bytes(rejection, policy=policy.default)["Message-ID"]).strip("<>")
    cycle(config, clock)

    assert pending_events(fake, clock.now) == [], "every remaining reminder is removed after the rejection"
    replies = {d: m for d, m in owned_drafts(fake).items() if m["In-Reply-To"]}
    [(reply_id, reply)] = replies.items()
    assert str(reply["In-Reply-To"]).strip("<>") == rejection_id and str(reply["Subject"]).startswith("Re: ")
    assert fake.gmail.draft_message(reply_id).thread_id == fake.gmail.thread_of(rejection_id)
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "rejected"

    # Nothing changed since: a cycle costs one Calendar request (one calendar) and one Gmail request.
    clock.advance(minutes=5)
    fake.reset_counts()
    assert cycle(config, clock) == []
    assert fake.http_requests["calendar"] == 1 and fake.http_requests["gmail"] == 1
    assert dict(fake.calls) == {"calendar.events.list": 1, "gmail.users.history.list": 1}


def test_revoked_grant_names_the_fix_and_other_accounts_keep_running(fake: FakeGoogle, tmp_path: Path) -> None:
    mixed = parse_config(
        "\n".join([f'me = ["{ME}"]', 'timezone = "Europe/Berlin"', "[state]", 'path = "state.sqlite3"',
                   "[accounts.personal]",
                   "calendar = { type = \"google\", "
                   + ", ".join(f'{k} = "{v}"' for k, v in fake.client_options().items()) + " }",
                   "[accounts.local]", 'calendar = { type = "memory", name = "cal" }']) + "\n",
        base_dir=tmp_path, path=tmp_path / "config.toml")
    fake.revoke(str(get_secret("personal", "google_refresh_token")))
    with Engine.open(mixed, clock=Clock(START)) as engine:
        report = engine.run_cycle()
    assert list(report.failed_sources) == ["personal:calendar"]
    assert "afterview auth google --account personal" in report.failed_sources["personal:calendar"]
    assert report.sources == 2
