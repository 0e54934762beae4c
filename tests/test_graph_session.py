"""The Graph session and connectors against the fake: throttling, retries, error mapping, idle cost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.errors import (
    AuthError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
    TransientError,
)
from afterview.connectors.graph.calendar import GraphCalendar
from afterview.connectors.graph.mail import GraphMailbox
from afterview.connectors.graph.session import MAX_CONCURRENT, GraphSession, retry_after
from contract_data import WINDOW, a_message, a_tickler, an_interview
from fakes.graph_fake import TOKEN, GraphFake, serve


class Tokens:
    def __init__(self, fresh: str = TOKEN, *, revoked: bool = False) -> None:
        self.current, self.fresh, self.revoked, self.refreshes = "stale", fresh, revoked, 0

    def token(self) -> str:
        return self.current

    def refresh(self) -> str:
        self.refreshes += 1
        if self.revoked:
            raise AuthError("revoked", hint="afterview auth microsoft --account test")
        self.current = self.fresh
        return self.current


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with serve() as fake:
        yield fake


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def session(graph: GraphFake, ctx: ConnectorContext, slept: list[float]) -> GraphSession:
    tokens = Tokens()
    tokens.current = TOKEN
    return GraphSession(account=ctx.account, tokens=tokens, base_url=graph.base, sleep=slept.append, backoff=0.01)


def test_429_waits_for_retry_after_then_succeeds(graph: GraphFake, session: GraphSession, slept: list[float]) -> None:
    graph.fail_next(429, count=2, retry_after="3", path_contains="events")
    session.get("me/events")
    assert slept == [3.0, 3.0]
    assert graph.requests_to("me/events") == 3


def test_503_on_a_write_is_retried_but_500_is_not(graph: GraphFake, session: GraphSession,
                                                  ctx: ConnectorContext, slept: list[float]) -> None:
    calendar = GraphCalendar(session, ctx)
    graph.fail_next(503, retry_after="1", path_contains="me/events")
    calendar.create_tickler(a_tickler())  # the GET (find) got the 503 and was retried
    assert slept == [1.0] and len(calendar.list_ticklers()) == 1
    graph.fail_next(500, path_contains="me/events")
    with pytest.raises(TransientError):
        session.send("POST", "me/events", {"subject": "x"})
    assert len(graph.events) == 1, "an ambiguous POST failure is not blindly repeated"


def test_throttling_beyond_the_bound_is_a_transient_error_with_retry_after(
    graph: GraphFake, session: GraphSession, slept: list[float]
) -> None:
    graph.fail_next(429, count=session.max_attempts, retry_after="2")
    with pytest.raises(TransientError) as caught:
        session.get("me/events")
    assert caught.value.retry_after == 2.0 and len(slept) == session.max_attempts - 1
    graph.fail_next(429, retry_after="3600")
    slept.clear()
    with pytest.raises(TransientError) as long_wait:
        session.get("me/events")
    assert long_wait.value.retry_after == 3600.0 and slept == [], "a long Retry-After goes to the engine"


def test_5xx_reads_back_off_exponentially_with_jitter(graph: GraphFake, session: GraphSession,
                                                       slept: list[float]) -> None:
    graph.fail_next(502, count=3)
    session.get("me/events")
    assert len(slept) == 3
    assert all(0.01 * 2**n <= s <= 0.015 * 2**n for n, s in enumerate(slept))


def test_401_refreshes_once_then_names_the_fix(graph: GraphFake, ctx: ConnectorContext) -> None:
    tokens = Tokens()
    session = GraphSession(account="work", tokens=tokens, base_url=graph.base, sleep=lambda s: None)
    session.get("me/events")
    assert tokens.refreshes == 1
    graph.tokens.clear()  # revoked at the server
    with pytest.raises(AuthError) as caught:
        session.get("me/events")
    assert caught.value.hint == "afterview auth microsoft --account work"


def test_retry_after_accepts_http_dates() -> None:
    later = (datetime.now(UTC) + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= (retry_after(later) or 0) <= 31
    assert retry_after("7") == 7.0 and retry_after(None) is None and retry_after("soon") is None


def test_at_most_four_requests_per_mailbox_at_once(graph: GraphFake, session: GraphSession) -> None:
    graph.delay = 0.1
    threads = [threading.Thread(target=session.get, args=("me/events",)) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert graph.requests_to("me/events") == 12
    assert 2 <= graph.max_in_flight <= MAX_CONCURRENT


def test_a_link_to_another_host_never_gets_the_token(session: GraphSession) -> None:
    with pytest.raises(ConnectorError):
        session.get("https://elsewhere.example/v1.0/me/events")


def test_expired_delta_link_is_cursor_expired_and_a_relist_works(
    graph: GraphFake, session: GraphSession, ctx: ConnectorContext
) -> None:
    graph.put_event(an_interview())
    calendar, mailbox = GraphCalendar(session, ctx), GraphMailbox(session, ctx)
    cursor = calendar.list_events(None, WINDOW).cursor
    mail_cursor = mailbox.list_messages(None, MailQuery(since=WINDOW[0])).cursor
    graph.expire_delta_tokens()
    with pytest.raises(CursorExpiredError):
        calendar.list_events(cursor, WINDOW)
    with pytest.raises(CursorExpiredError):
        mailbox.list_messages(mail_cursor, MailQuery(since=WINDOW[0]))
    assert [e.uid for e in calendar.list_events(None, WINDOW).events] == [an_interview().uid]


def test_idle_cycle_costs_one_request_per_source(graph: GraphFake, session: GraphSession,
                                                 ctx: ConnectorContext) -> None:
    for n in range(5):  # more than a page: the first listing follows nextLinks
        graph.put_event(an_interview(uid=f"iv-{n}@acme.example"))
        graph.deliver(a_message(message_id=f"in-{n}@acme.example"), "inbox")
    calendar, mailbox = GraphCalendar(session, ctx), GraphMailbox(session, ctx)
    calendar.create_tickler(a_tickler())
    first = calendar.list_events(None, WINDOW)
    assert len(first.events) == 6 and sum(1 for e in first.events if e.owned_key) == 1
    mail = mailbox.list_messages(None, MailQuery(since=WINDOW[0]))
    assert len(mail.messages) == 5
    before = len(graph.log)
    idle = calendar.list_events(first.cursor, WINDOW)
    assert len(graph.log) - before == 1 and idle.events == ()
    before = len(graph.log)
    assert mailbox.list_messages(mail.cursor, MailQuery(since=WINDOW[0])).messages == ()
    assert len(graph.log) - before == 2, "one delta request for Inbox, one for Sent Items"


def test_removed_events_are_reported_by_uid_and_fetch_of_a_gone_message_is_not_found(
    graph: GraphFake, session: GraphSession, ctx: ConnectorContext
) -> None:
    graph.put_event(an_interview())
    calendar, mailbox = GraphCalendar(session, ctx), GraphMailbox(session, ctx)
    cursor = calendar.list_events(None, WINDOW).cursor
    graph.remove_event(an_interview().uid)
    assert calendar.list_events(cursor, WINDOW).removed == (an_interview().uid,)
    graph_id = graph.deliver(a_message(), "inbox")
    [header] = mailbox.list_messages(None, MailQuery(since=WINDOW[0])).messages
    graph.remove_message(graph_id)
    with pytest.raises(NotFoundError):
        mailbox.fetch(header)
