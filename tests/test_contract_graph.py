"""GraphCalendar and GraphMailbox against the contract suite, over the stateful Graph fake on loopback.

The user is simulated through the fake's own state (as Outlook would change the mailbox),
never through the connector under test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.graph.calendar import GraphCalendar
from afterview.connectors.graph.mail import GraphMailbox
from afterview.connectors.graph.options import build_session
from contract_suite import CalendarContract, MailboxContract
from fakes.graph_fake import TOKEN, GraphFake, serve


class StaticTokens:
    """A token source for connector tests (msal itself is tested in test_graph_auth)."""

    def token(self) -> str:
        return TOKEN

    def refresh(self) -> str:
        return TOKEN


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with serve() as fake:
        yield fake


def session_for(fake: GraphFake, ctx: ConnectorContext):  # type: ignore[no-untyped-def]
    return build_session({"graph_url": fake.base}, ctx, tokens=StaticTokens(), sleep=lambda s: None)


class TestGraphCalendar(CalendarContract):
    @pytest.fixture
    def calendar_factory(self, graph: GraphFake, ctx: ConnectorContext) -> Callable[[], GraphCalendar]:
        return lambda: GraphCalendar(session_for(graph, ctx), ctx)

    @pytest.fixture
    def seed_event(self, graph: GraphFake) -> Callable[[CalendarEvent], None]:
        def seed(event: CalendarEvent) -> None:
            graph.put_event(event)

        return seed

    @pytest.fixture
    def seed_ics(self, graph: GraphFake, ctx: ConnectorContext) -> Callable[[bytes], None]:
        def seed(data: bytes) -> None:
            graph.import_ics(data, ctx.timezone)

        return seed

    @pytest.fixture
    def remove_event(self, graph: GraphFake) -> Callable[[str], None]:
        return graph.remove_event

    @pytest.fixture
    def user_edit_tickler(self, graph: GraphFake) -> Callable[[str], None]:
        return lambda ref: graph.edit_event(ref, subject="Thank-you notes (I did two already)")

    @pytest.fixture
    def user_delete_tickler(self, graph: GraphFake) -> Callable[[str], None]:
        return graph.remove_event


class TestGraphMailbox(MailboxContract):
    @pytest.fixture
    def mailbox_factory(self, graph: GraphFake, ctx: ConnectorContext) -> Callable[[], GraphMailbox]:
        return lambda: GraphMailbox(session_for(graph, ctx), ctx)

    @pytest.fixture
    def deliver(self, graph: GraphFake) -> Callable[[bytes, str], None]:
        def deliver(raw: bytes, folder: str) -> None:
            graph.deliver(raw, "sentitems" if folder == "sent" else "inbox")

        return deliver

    @pytest.fixture
    def user_edit_draft(self, graph: GraphFake) -> Callable[[str], None]:
        # Outlook saves an edited draft as HTML.
        return lambda ref: graph.edit_message(
            ref, body={"contentType": "html", "content": "<p>Dear Sam,</p><p>my own rewrite, not afterview's.</p>"})

    @pytest.fixture
    def user_delete_draft(self, graph: GraphFake) -> Callable[[str], None]:
        return graph.remove_message

    @pytest.fixture
    def add_user_draft(self, graph: GraphFake) -> Callable[[bytes], Callable[[], bool]]:
        def add(raw: bytes) -> Callable[[], bool]:
            graph_id = graph.deliver(raw, "drafts")
            snapshot = deepcopy(graph.messages[graph_id].json)
            return lambda: graph_id in graph.messages and graph.messages[graph_id].json == snapshot

        return add
