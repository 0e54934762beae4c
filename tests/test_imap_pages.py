"""Paged IMAP listing on a real Dovecot: pages of three headers, folders merged by date, resumed by a new connector."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.errors import CursorExpiredError
from afterview.connectors.imap import ImapMailbox
from contract_data import a_message
from contract_mail import ids, list_all
from dovecot_server import (  # noqa: F401
    DovecotServer,
    DovecotUser,
    dovecot_fixture,
    dovecot_user_fixture,
    use_credentials,
)

QUERY = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC))
BASE = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def creds(dovecot_user: DovecotUser, ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_credentials(monkeypatch, tmp_path, ctx.account, dovecot_user)


@pytest.fixture
def connect(dovecot_user: DovecotUser, ctx: ConnectorContext, creds: None) -> Iterator[type[ImapMailbox]]:
    opened: list[ImapMailbox] = []

    class Small(ImapMailbox):
        """A new connection (as after a restart) that reads three headers a page."""

        def __init__(self, **options: int) -> None:
            from afterview.connectors.imap_conn import parse_options

            super().__init__(parse_options(dovecot_user.options(**options)), ctx)
            self.page_size = 3
            opened.append(self)

    yield Small
    for box in opened:
        box.close()


def put(user: DovecotUser, name: str, hours: float, *, sent: bool = False) -> str:
    when = BASE + timedelta(hours=hours)
    user.append("Sent" if sent else "INBOX", a_message(message_id=name, date=when, sent=sent),
                flags="\\Seen" if sent else "", when=when.timestamp())
    return name


def test_pages_merge_folders_by_date_and_hold_each_message_once(
    dovecot_user: DovecotUser, connect: type[ImapMailbox]
) -> None:
    wanted = [put(dovecot_user, f"in-{i}@acme.example", i) for i in range(6)]
    wanted += [put(dovecot_user, f"out-{i}@example.org", i + 0.5, sent=True) for i in range(3)]
    box = connect()
    first = box.list_messages(None, QUERY)
    assert first.more and ids(list(first.messages)) == ["in-0@acme.example", "in-1@acme.example",
                                                       "out-0@example.org"]
    pages: list[int] = []
    rest, cursor = list_all(box, first.cursor, QUERY, pages=pages)
    assert ids([*first.messages, *rest]) == sorted(wanted) and max(pages) <= 3
    assert box.list_messages(cursor, QUERY).messages == ()


def test_a_new_connection_resumes_and_later_mail_comes_once(
    dovecot_user: DovecotUser, connect: type[ImapMailbox]
) -> None:
    wanted = [put(dovecot_user, f"in-{i}@acme.example", i) for i in range(5)]
    first = connect().list_messages(None, QUERY)
    second = connect().list_messages(first.cursor, QUERY)
    wanted += [put(dovecot_user, "new-1@acme.example", 0.2), put(dovecot_user, "new-2@example.org", 9, sent=True)]
    rest, cursor = list_all(connect(), second.cursor, QUERY)
    later, _ = list_all(connect(), cursor, QUERY)
    assert ids([*first.messages, *second.messages, *rest, *later]) == sorted(wanted)


def test_bounded_first_scan_pages_within_the_limit(dovecot_user: DovecotUser, connect: type[ImapMailbox]) -> None:
    for i in range(8):
        put(dovecot_user, f"in-{i}@acme.example", i)
    box = connect(max_first_scan=5)
    first = box.list_messages(None, QUERY)
    rest, _ = list_all(box, first.cursor, QUERY)
    assert ids([*first.messages, *rest]) == [f"in-{i}@acme.example" for i in range(3, 8)]
    assert any("max_first_scan" in p for p in first.problems)


def test_renumbered_folder_mid_listing_expires_the_cursor(
    dovecot_user: DovecotUser, connect: type[ImapMailbox]
) -> None:
    for i in range(5):
        put(dovecot_user, f"in-{i}@acme.example", i)
    put(dovecot_user, "out-0@example.org", 0.5, sent=True)
    first = connect().list_messages(None, QUERY)
    with dovecot_user.client() as imap:
        assert imap.rename("Sent", "Sent-old")[0] == "OK"
        assert imap.create("Sent")[0] == "OK"
    put(dovecot_user, "out-0@example.org", 0.5, sent=True)
    with pytest.raises(CursorExpiredError):
        connect().list_messages(first.cursor, QUERY)
