"""Graph specifics beyond the contract: createReply threading, never sending, options, odd keys."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from afterview.connectors import registry
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.errors import ConnectorConfigError, NotFoundError
from afterview.connectors.graph.calendar import GraphCalendar
from afterview.connectors.graph.mail import GraphMailbox
from afterview.connectors.graph.options import build_session
from contract_data import WINDOW, a_draft, a_message, a_tickler
from fakes.graph_fake import TOKEN, GraphFake, serve


class Tokens:
    def token(self) -> str:
        return TOKEN

    def refresh(self) -> str:
        return TOKEN


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with serve() as fake:
        yield fake


@pytest.fixture
def mailbox(graph: GraphFake, ctx: ConnectorContext) -> GraphMailbox:
    return GraphMailbox(build_session({"graph_url": graph.base}, ctx, tokens=Tokens()), ctx)


def test_reply_draft_is_made_with_create_reply_in_the_thread(graph: GraphFake, mailbox: GraphMailbox) -> None:
    original = graph.deliver(a_message(message_id="in-0@acme.example"), "inbox")
    draft = a_draft()  # in_reply_to="in-0@acme.example"
    stored = mailbox.save_draft(draft)
    assert graph.requests_to("/createReply") == 1 and graph.requests_to("me/messages") >= 1
    item = graph.messages[stored.ref]
    assert item.in_reply_to == "<in-0@acme.example>"
    assert item.json["conversationId"] == graph.messages[original].json["conversationId"]
    assert item.json["subject"] == draft.subject and item.json["body"]["content"] == draft.body
    assert item.json["internetMessageId"] == f"<{draft.message_id}>"
    assert stored.fingerprint == draft.fingerprint() and mailbox.find_draft(draft.key) == stored
    assert graph.sent == []


def test_draft_for_an_unknown_message_is_a_new_message(graph: GraphFake, mailbox: GraphMailbox) -> None:
    stored = mailbox.save_draft(a_draft())
    assert graph.requests_to("/createReply") == 0
    assert graph.messages[stored.ref].folder == "drafts" and graph.messages[stored.ref].json["isDraft"]


def test_a_draft_the_user_sent_is_gone(graph: GraphFake, mailbox: GraphMailbox) -> None:
    stored = mailbox.save_draft(a_draft())
    item = graph.messages[stored.ref]
    item.folder, item.json["isDraft"] = "sentitems", False  # Outlook sent it
    assert mailbox.find_draft(stored.key) is None
    with pytest.raises(NotFoundError):
        mailbox.update_draft(stored.ref, a_draft(body="v2"), stored.fingerprint)
    with pytest.raises(NotFoundError):
        mailbox.delete_draft(stored.ref, stored.fingerprint)


def test_headers_for_the_classifier_and_the_first_scan_window(graph: GraphFake, mailbox: GraphMailbox) -> None:
    auto = a_message(message_id="ooo@acme.example").replace(
        b"Subject:", b"Auto-Submitted: auto-replied\nSubject:", 1)
    graph.deliver(auto, "inbox")
    graph.deliver(a_message(message_id="old@acme.example",
                            date=WINDOW[0] - timedelta(days=3)), "inbox")
    graph.deliver(a_message(message_id="out@example.org", sent=True), "sentitems")
    found = {h.message_id: h for h in mailbox.list_messages(None, MailQuery(since=WINDOW[0])).messages}
    assert set(found) == {"ooo@acme.example", "out@example.org"}
    assert found["ooo@acme.example"].headers.get("auto-submitted") == "auto-replied"
    assert found["out@example.org"].folder == "sent"


def test_keys_with_quotes_survive_the_odata_filter(graph: GraphFake, ctx: ConnectorContext) -> None:
    calendar = GraphCalendar(build_session({"graph_url": graph.base}, ctx, tokens=Tokens()), ctx)
    tickler = a_tickler(key="o'brien & sons/it's a role/thanks")
    stored = calendar.create_tickler(tickler)
    assert calendar.find_tickler(tickler.key) == stored
    assert calendar.find_tickler("o'brien & sons") is None
    [event] = [e for e in calendar.list_events(None, WINDOW).events if e.owned_key]
    assert event.owned_key == tickler.key and event.uid == tickler.uid


def test_options_are_checked_and_the_registry_finds_the_classes(ctx: ConnectorContext) -> None:
    assert registry.calendar_class("microsoft") is GraphCalendar
    assert registry.mailbox_class("microsoft") is GraphMailbox
    with pytest.raises(ConnectorConfigError) as bad_key:
        GraphMailbox.from_options({"password": "x"}, ctx)
    assert bad_key.value.key == "password"
    with pytest.raises(ConnectorConfigError):
        GraphCalendar.from_options({"graph_url": "graph.microsoft.com"}, ctx)
    calendar = GraphCalendar.from_options({"calendar_id": "AAMk-cal=", "client_id": "app"}, ctx)
    assert calendar.root == "me/calendars/AAMk-cal%3D"  # nothing is read from the keyring yet
