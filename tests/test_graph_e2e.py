"""The daemon end to end on a Microsoft 365 account: interview -> thank-you drafts and reminders -> rejection.

The engine builds GraphCalendar and GraphMailbox from config (type = "microsoft"); msal
runs for real against the offline authority with its cache in a memory keyring; Graph is
the stateful fake on loopback.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from afterview.connectors.graph import tokens as graph_tokens
from afterview.connectors.graph.auth import authorise
from afterview.connectors.graph.events import APP_PROP, KEY_PROP
from afterview.connectors.graph.tokens import AppRegistration, forget_shared_tokens
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import Engine
from engine_kit import ME, TZ, Clock, interview, mail
from fakes.graph_fake import GraphFake, Item, draft_mime, serve
from fakes.msal_offline import OfflineAuthority
from memory_keyring import memory_keyring

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
# An unambiguous rejection: this test is about the connector, not the classifier's threshold.
REJECTION = (
    "Dear Jordan,\n\nthank you for your time. After careful consideration, we regret to inform you that we "
    "have decided to move forward with other candidates for the Senior Data Engineer position.\n\n"
    "Best of luck,\nDana Smith\nAcme"
)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Config, GraphFake, OfflineAuthority]]:
    authority = OfflineAuthority()
    monkeypatch.setattr(graph_tokens, "default_http_client", lambda: authority)
    forget_shared_tokens()
    with memory_keyring(), serve() as graph:
        authorise(AppRegistration(CLIENT_ID), "work", show=lambda _: None)
        text = "\n".join([
            f'me = ["{ME}"]', 'name = "Jordan Lee"', 'timezone = "Europe/Berlin"',
            "[state]", 'path = "state.sqlite3"',
            "[accounts.work]",
            f'calendar = {{ type = "microsoft", graph_url = "{graph.base}" }}',
            f'mail = {{ type = "microsoft", graph_url = "{graph.base}" }}',
        ]) + "\n"
        config = parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")
        graph.put_event(interview("iv-1@acme.com", START))
        yield config, graph, authority
    forget_shared_tokens()


def cycle(config: Config, clock: Clock):  # type: ignore[no-untyped-def]
    with Engine.open(config, clock=clock) as engine:
        return engine.run_cycle()


def owned(items: dict[str, Item]) -> list[Item]:
    return [i for i in items.values() if KEY_PROP in i.props]


def pending_ticklers(graph: GraphFake, now: datetime) -> list[Item]:
    return [i for i in owned(graph.events)
            if datetime.fromisoformat(i.json["start"]["dateTime"][:19] + "+00:00") > now]


def test_interview_to_rejection_on_microsoft_graph(world) -> None:  # type: ignore[no-untyped-def]
    config, graph, _ = world
    clock = Clock(START - timedelta(days=2))
    report = cycle(config, clock)
    assert "new application: Acme, Senior Data Engineer" in report.changes, report

    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    drafts = owned(graph.messages)
    assert all(d.folder == "drafts" and d.json["isDraft"] for d in drafts)
    recipients = sorted(r["emailAddress"]["address"] for d in drafts for r in d.json["toRecipients"])
    assert recipients == ["dana.smith@acme.com", "lee.wong@acme.com"]
    ticklers = owned(graph.events)
    assert any("thank-you" in t.json["subject"].lower() for t in ticklers)
    for item in (*drafts, *ticklers):  # owner tags: the key and the application
        assert item.props[KEY_PROP] and item.props[APP_PROP] == ticklers[0].props[APP_PROP]
    thanks = next(t for t in ticklers if "/thanks/" in t.props[KEY_PROP])
    assert thanks.json["start"] == {"dateTime": "2026-11-17T16:00:00", "timeZone": "UTC"}  # 17:00 Berlin

    assert cycle(config, clock).changes == []  # sees its own new ticklers in the calendar delta
    before = len(graph.log)
    assert cycle(config, clock).changes == []
    assert sorted(graph.log[before:]) == [
        ("GET", "/v1.0/me/calendarView/delta"),
        ("GET", "/v1.0/me/mailFolders/inbox/messages/delta"),
        ("GET", "/v1.0/me/mailFolders/sentitems/messages/delta"),
    ], "an idle cycle: one delta request per source, nothing written"

    clock.advance(days=3)
    rejection_id = graph.deliver(mail("dana.smith@acme.com", "Your application at Acme", REJECTION,
                                      clock.now - timedelta(hours=1), sender_name="Dana Smith"), "inbox")
    cycle(config, clock)
    assert pending_ticklers(graph, clock.now) == [], "reminders go after the rejection"
    rejection = graph.messages[rejection_id]
    [reply] = [d for d in owned(graph.messages) if d.in_reply_to]
    assert reply.in_reply_to == rejection.json["internetMessageId"], "made with createReply on the rejection"
    assert reply.json["conversationId"] == rejection.json["conversationId"]
    assert reply.json["subject"].lower().startswith("re:")
    body = reply.json["body"]["content"]
    assert "in mind" in body.lower() and "-----Original Message-----" not in body
    mime = BytesHeaderParser().parsebytes(draft_mime(reply.json, reply.in_reply_to))
    assert mime["In-Reply-To"] == rejection.json["internetMessageId"]
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "rejected"
    assert graph.sent == [] and not any("send" in p.lower() for _, p in graph.log)


def test_revoked_sign_in_marks_the_account_for_reauthorisation(world) -> None:  # type: ignore[no-untyped-def]
    config, graph, authority = world
    clock = Clock(START + timedelta(minutes=65))
    cycle(config, clock)
    graph.tokens.clear()  # Graph now refuses the access token ...
    authority.revoked = True  # ... and the refresh token was revoked
    forget_shared_tokens()
    report = cycle(config, clock)
    fix = "afterview auth microsoft --account work"
    assert report.failed_sources, report
    assert all(fix in why for why in report.failed_sources.values())
