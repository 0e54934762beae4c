"""The memory connectors against the contract suite, seeded through their public test helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import cast

import pytest
from afterview.connectors.base import ConnectorContext, Folder, MailQuery, Person, tickler_fingerprint
from afterview.connectors.errors import (
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
    TransientError,
)
from afterview.connectors.memory import MemoryCalendar, MemoryMailbox, reset_memory_stores
from contract_data import WINDOW, a_draft, a_tickler, an_interview
from contract_suite import CalendarContract, MailboxContract


class TestMemoryCalendar(CalendarContract):
    @pytest.fixture
    def calendar_factory(self, ctx: ConnectorContext) -> Callable[[], MemoryCalendar]:
        return lambda: MemoryCalendar.from_options({"name": "contract"}, ctx)

    @pytest.fixture
    def backend(self, ctx: ConnectorContext) -> MemoryCalendar:
        return MemoryCalendar.from_options({"name": "contract"}, ctx)

    @pytest.fixture
    def seed_event(self, backend: MemoryCalendar) -> Callable[..., None]:
        return backend.put_event

    @pytest.fixture
    def remove_event(self, backend: MemoryCalendar) -> Callable[[str], None]:
        return backend.remove_event

    @pytest.fixture
    def user_edit_tickler(self, backend: MemoryCalendar) -> Callable[[str], None]:
        return lambda ref: backend.user_edit_tickler(ref, summary="Thank-you notes (I did two already)")

    @pytest.fixture
    def user_delete_tickler(self, backend: MemoryCalendar) -> Callable[[str], None]:
        return backend.user_delete


class TestMemoryMailbox(MailboxContract):
    @pytest.fixture
    def mailbox_factory(self, ctx: ConnectorContext) -> Callable[[], MemoryMailbox]:
        return lambda: MemoryMailbox.from_options({"name": "contract"}, ctx)

    @pytest.fixture
    def backend(self, ctx: ConnectorContext) -> MemoryMailbox:
        return MemoryMailbox.from_options({"name": "contract"}, ctx)

    @pytest.fixture
    def deliver(self, backend: MemoryMailbox) -> Callable[[bytes, str], None]:
        def deliver(data: bytes, folder: str) -> None:
            backend.deliver_raw(data, cast(Folder, folder))

        return deliver

    @pytest.fixture
    def user_edit_draft(self, backend: MemoryMailbox) -> Callable[[str], None]:
        return lambda ref: backend.user_edit_draft(ref, body="Dear Sam,\n\nmy own rewrite.\n")

    @pytest.fixture
    def user_delete_draft(self, backend: MemoryMailbox) -> Callable[[str], None]:
        return backend.user_delete_draft

    @pytest.fixture
    def add_user_draft(self, backend: MemoryMailbox) -> Callable[[bytes], Callable[[], bool]]:
        def add(data: bytes) -> Callable[[], bool]:
            msg = message_from_bytes(data, policy=policy.default)
            body = cast(EmailMessage, msg.get_body(("plain",))).get_content()
            to = tuple(Person(a.display_name, a.addr_spec) for a in msg["To"].addresses)
            ref = backend.add_user_draft(str(msg["Subject"]), body, to)
            mine = next(d for d in backend.drafts() if d.ref == ref)
            return lambda: mine in backend.drafts()

        return add


# ---------------------------------------------------------------- memory-only helpers


def test_same_name_shares_a_store_and_other_names_do_not(ctx: ConnectorContext) -> None:
    engine_side = MemoryCalendar.from_options({"name": "shared"}, ctx)
    test_side = MemoryCalendar.from_options({"name": "shared"}, ctx)
    elsewhere = MemoryCalendar.from_options({"name": "elsewhere"}, ctx)
    stored = engine_side.create_tickler(a_tickler())
    assert test_side.find_tickler(stored.key) == stored
    assert elsewhere.find_tickler(stored.key) is None
    assert test_side.calls["create_tickler"] == 1 and test_side.calls["find_tickler"] == 1
    assert MemoryCalendar.from_options({}, ctx).find_tickler(stored.key) is None  # default: account "test"


def test_reset_forgets_stores_and_their_cursors(ctx: ConnectorContext) -> None:
    calendar = MemoryCalendar.from_options({}, ctx)
    calendar.put_event(an_interview())
    cursor = calendar.list_events(None, WINDOW).cursor
    reset_memory_stores()
    fresh = MemoryCalendar.from_options({}, ctx)
    assert fresh.list_events(None, WINDOW).events == ()
    with pytest.raises(CursorExpiredError):
        fresh.list_events(cursor, WINDOW)


@pytest.mark.parametrize("name", [3, "", None])
def test_bad_name_option_is_a_config_error(ctx: ConnectorContext, name: object) -> None:
    with pytest.raises(ConnectorConfigError) as caught:
        MemoryMailbox.from_options({"name": name}, ctx)
    assert caught.value.key == "name"


def test_naive_event_is_refused(ctx: ConnectorContext) -> None:
    naive = an_interview().start.replace(tzinfo=None)
    with pytest.raises(ConnectorError, match="timezone-aware"):
        MemoryCalendar.from_options({}, ctx).put_event(an_interview(start=naive, end=naive))


def test_fail_next_and_expire_cursors_simulate_backend_trouble(ctx: ConnectorContext) -> None:
    mailbox = MemoryMailbox.from_options({}, ctx)
    query = MailQuery(since=WINDOW[0])
    mailbox.fail_next("list_messages", TransientError("429", retry_after=30))
    with pytest.raises(TransientError):
        mailbox.list_messages(None, query)
    cursor = mailbox.list_messages(None, query).cursor  # only the next call fails
    mailbox.expire_cursors()
    with pytest.raises(CursorExpiredError):
        mailbox.list_messages(cursor, query)
    assert mailbox.calls["list_messages"] == 3


def test_user_sending_a_draft_moves_it_to_sent(ctx: ConnectorContext) -> None:
    mailbox = MemoryMailbox.from_options({}, ctx)
    cursor = mailbox.list_messages(None, MailQuery(since=WINDOW[0])).cursor
    stored = mailbox.save_draft(a_draft())
    sent = mailbox.user_send_draft(stored.ref, when=WINDOW[0] + timedelta(days=70))
    assert mailbox.find_draft(stored.key) is None
    [header] = mailbox.list_messages(cursor, MailQuery(since=WINDOW[0])).messages
    assert header == sent and header.folder == "sent" and header.message_id == a_draft().message_id
    assert mailbox.fetch(header).text == a_draft().body
    with pytest.raises(NotFoundError):
        mailbox.update_draft(stored.ref, a_draft(), stored.fingerprint)


def test_user_draft_refs_are_refused_by_owned_operations(ctx: ConnectorContext) -> None:
    mailbox = MemoryMailbox.from_options({}, ctx)
    ref = mailbox.add_user_draft("Notes to self", "call mum")
    fingerprint = mailbox.drafts()[0].fingerprint()
    with pytest.raises(ConflictError):
        mailbox.update_draft(ref, a_draft(), fingerprint)
    with pytest.raises(ConflictError):
        mailbox.delete_draft(ref, fingerprint)
    assert [d.body for d in mailbox.drafts()] == ["call mum"]


def test_foreign_event_refs_are_refused_by_owned_operations(ctx: ConnectorContext) -> None:
    calendar = MemoryCalendar.from_options({}, ctx)
    event = an_interview()
    calendar.put_event(event)
    fingerprint = tickler_fingerprint(event.summary, event.description, event.start, event.end)
    with pytest.raises(ConflictError):
        calendar.delete_tickler(event.uid, fingerprint)
    assert calendar.events() == [event]


def test_incremental_changes_are_not_clipped_to_the_window(ctx: ConnectorContext) -> None:
    calendar = MemoryCalendar.from_options({}, ctx)
    calendar.put_event(an_interview())
    cursor = calendar.list_events(None, WINDOW).cursor
    moved = an_interview().start.replace(year=2040)
    calendar.put_event(an_interview(start=moved, end=moved + timedelta(hours=1)))
    changes = calendar.list_events(cursor, WINDOW)
    assert [e.start for e in changes.events] == [moved]
