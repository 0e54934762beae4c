"""ImapMailbox beyond the contract, on a real Dovecot: TLS, auth errors, idle cost, UIDVALIDITY, IDLE, limits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.errors import AuthError, ConnectorConfigError, ConnectorError, TransientError
from afterview.connectors.imap import ImapMailbox, _pick
from afterview.connectors.imap_conn import ImapSession, parse_options
from contract_data import a_draft, a_message
from dovecot_server import (  # noqa: F401
    DovecotServer,
    DovecotUser,
    dovecot_fixture,
    dovecot_user_fixture,
    free_port,
    use_credentials,
)
from imap_commands import CommandLog

QUERY = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC))


@pytest.fixture
def creds(dovecot_user: DovecotUser, ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_credentials(monkeypatch, tmp_path, ctx.account, dovecot_user)


@pytest.fixture
def box(dovecot_user: DovecotUser, ctx: ConnectorContext, creds: None) -> Iterator[ImapMailbox]:
    mailbox = ImapMailbox.from_options(dovecot_user.options(), ctx)
    yield mailbox
    mailbox.close()


# ---------------------------------------------------------------- options


def test_options_are_checked() -> None:
    with pytest.raises(ConnectorConfigError) as caught:
        parse_options({"host": "imap.example.org", "username": "jo", "security": "none"})
    assert caught.value.key == "security"
    with pytest.raises(ConnectorConfigError) as caught:
        parse_options({"host": "imap.example.org", "username": "jo", "colour": "blue"})
    assert caught.value.key == "colour"
    with pytest.raises(ConnectorConfigError):
        parse_options({"username": "jo"})
    assert parse_options({"host": "imap.example.org", "username": "jo"}).port == 993
    assert parse_options({"host": "imap.example.org", "username": "jo", "security": "starttls"}).port == 143
    assert parse_options({"host": "::1", "username": "jo", "security": "none"}).security == "none"


def test_special_use_first_then_common_names() -> None:
    listing = [((b"\\HasNoChildren",), "INBOX/Drafts"), ((b"\\HasNoChildren", b"\\Drafts"), "Entwurf-Ordner"),
               ((), "INBOX.Sent Items"), ((), "Archive")]
    assert _pick(listing, b"\\drafts", ("Drafts",)) == "Entwurf-Ordner"
    assert _pick(listing[:1], b"\\drafts", ("Drafts",)) == "INBOX/Drafts"
    assert _pick(listing, b"\\sent", ("Sent", "Sent Items")) == "INBOX.Sent Items"
    assert _pick(listing[3:], b"\\sent", ("Sent",)) is None


# ---------------------------------------------------------------- security and auth


def test_implicit_tls_and_starttls(dovecot_user: DovecotUser, ctx: ConnectorContext, creds: None) -> None:
    dovecot_user.append("INBOX", a_message())
    for security in ("tls", "starttls"):
        mailbox = ImapMailbox.from_options(dovecot_user.options(security), ctx)
        try:
            [header] = mailbox.list_messages(None, QUERY).messages
            assert header.message_id == "in-1@acme.example"
            assert mailbox.session.client.socket().version()  # really encrypted
        finally:
            mailbox.close()


def test_untrusted_certificate_is_a_clear_error(dovecot_user: DovecotUser, ctx: ConnectorContext, creds: None) -> None:
    options = dovecot_user.options("tls")
    del options["ssl_ca_file"]
    mailbox = ImapMailbox.from_options(options, ctx)
    with pytest.raises(ConnectorError) as caught:
        mailbox.list_messages(None, QUERY)
    assert not isinstance(caught.value, TransientError) and "ssl_ca_file" in str(caught.value)


def test_wrong_or_missing_password_names_the_fix(
    dovecot_user: DovecotUser, ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    from memory_keyring import memory_keyring

    with memory_keyring():
        mailbox = ImapMailbox.from_options(dovecot_user.options(), ctx)
        with pytest.raises(AuthError) as missing:
            mailbox.list_messages(None, QUERY)
        assert missing.value.hint == "afterview auth imap --account test"
        (tmp_path / "afterview.test.password").write_text("not-the-password")
        with pytest.raises(AuthError) as wrong:
            mailbox.list_messages(None, QUERY)
        assert wrong.value.hint == "afterview auth imap --account test"
        assert "not-the-password" not in str(wrong.value)


def test_unreachable_server_retries_with_backoff_then_is_transient(ctx: ConnectorContext, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "afterview.test.password").write_text("pw")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    options = parse_options({"host": "127.0.0.1", "port": free_port(), "security": "none", "username": "u"})
    naps: list[float] = []
    mailbox = ImapMailbox(options, ctx, ImapSession(options, ctx, sleep=naps.append))
    with pytest.raises(TransientError) as caught:
        mailbox.list_messages(None, QUERY)
    assert caught.value.retry_after is not None
    assert len(naps) == 2 and 0.5 <= naps[0] <= 1.0 and 1.0 <= naps[1] <= 2.0


# ---------------------------------------------------------------- reading


def test_headers_first_bodies_only_on_fetch_and_nothing_marked_read(
    box: ImapMailbox, dovecot_user: DovecotUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot_user.append("INBOX", a_message(body="The secret offer text.\n"))
    commands = CommandLog(monkeypatch)
    sent = commands.during(lambda: box.list_messages(None, QUERY))
    fetches = [c for c in sent if c == "UID FETCH"]
    assert fetches and "UID SEARCH" in sent and "BODY[]" not in str(sent)
    [header] = box.list_messages(None, QUERY).messages
    assert "secret offer" in box.fetch(header).text
    flags, _ = dovecot_user.fetch_raw("INBOX", dovecot_user.uids("INBOX")[0])
    assert b"\\Seen" not in flags


def test_idle_cycle_costs_one_status_per_folder(
    box: ImapMailbox, dovecot_user: DovecotUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot_user.append("INBOX", a_message())
    first = box.list_messages(None, QUERY)
    box.save_draft(a_draft())
    box.list_drafts()  # leaves Drafts selected; the next check unselects it once (STATUS must not hit it)
    box.list_drafts()
    commands = CommandLog(monkeypatch)
    sent = commands.during(lambda: box.list_messages(first.cursor, QUERY))
    assert sent == ["STATUS", "STATUS"]  # INBOX and Sent; nothing selected, searched or fetched
    assert commands.during(box.list_drafts) == ["STATUS"]
    assert commands.during(lambda: box.find_draft(a_draft().key)) == ["STATUS"]
    # A restarted daemon pays the login once: CAPABILITY, LOGIN, (CAPABILITY), ENABLE, LIST, then the STATUSes.
    again = ImapMailbox.from_options(dovecot_user.options(), box.ctx)
    try:
        sent = commands.during(lambda: again.list_messages(first.cursor, QUERY))
        assert sent.count("STATUS") == 2 and "SELECT" not in sent and "EXAMINE" not in sent
        assert [c for c in sent if c not in ("CAPABILITY", "LOGIN", "ENABLE", "LIST")] == ["STATUS", "STATUS"]
        assert "ENABLE" in sent  # CONDSTORE
    finally:
        again.close()


def test_uidvalidity_change_rescans_only_that_folder(box: ImapMailbox, dovecot_user: DovecotUser) -> None:
    dovecot_user.append("INBOX", a_message(message_id="in-1@acme.example"))
    dovecot_user.append("Sent", a_message(message_id="out-1@example.org", sent=True), flags="\\Seen")
    cursor = box.list_messages(None, QUERY).cursor
    # The server renumbers Sent (as after a restore): same mail, new UIDVALIDITY.
    with dovecot_user.client() as imap:
        assert imap.rename("Sent", "Sent-old")[0] == "OK"
        assert imap.create("Sent")[0] == "OK"
    dovecot_user.append("Sent", a_message(message_id="out-1@example.org", sent=True), flags="\\Seen")
    dovecot_user.append("Sent", a_message(message_id="out-2@example.org", sent=True), flags="\\Seen")
    old = datetime(2029, 6, 1, tzinfo=UTC)
    dovecot_user.append("Sent", a_message(message_id="out-old@example.org", sent=True, date=old),
                        flags="\\Seen", when=old.timestamp())
    changes = box.list_messages(cursor, QUERY)
    assert sorted((h.folder, h.message_id) for h in changes.messages) == [
        ("sent", "out-1@example.org"), ("sent", "out-2@example.org")]
    assert box.list_messages(changes.cursor, QUERY).messages == ()


def test_first_scan_is_bounded(dovecot_user: DovecotUser, ctx: ConnectorContext, creds: None) -> None:
    for n in range(5):
        dovecot_user.append("INBOX", a_message(message_id=f"m{n}@acme.example"))
    mailbox = ImapMailbox.from_options(dovecot_user.options(max_first_scan=3), ctx)
    try:
        changes = mailbox.list_messages(None, QUERY)
        assert sorted(h.message_id for h in changes.messages) == ["m2@acme.example", "m3@acme.example",
                                                                 "m4@acme.example"]
        assert any("max_first_scan" in p for p in changes.problems)
    finally:
        mailbox.close()


# ---------------------------------------------------------------- IDLE


def test_wait_for_changes_wakes_on_new_mail(box: ImapMailbox, dovecot_user: DovecotUser) -> None:
    cursor = box.list_messages(None, QUERY).cursor
    started = time.monotonic()
    assert box.wait_for_changes(0.5) is False
    assert time.monotonic() - started >= 0.4
    timer = threading.Timer(0.3, lambda: dovecot_user.append("INBOX", a_message()))
    timer.start()
    try:
        started = time.monotonic()
        assert box.wait_for_changes(20) is True
        assert time.monotonic() - started < 10
    finally:
        timer.join()
    [header] = box.list_messages(cursor, QUERY).messages
    assert header.message_id == "in-1@acme.example"


def test_wait_for_changes_sees_mail_that_came_before_it_started(box: ImapMailbox, dovecot_user: DovecotUser) -> None:
    box.list_messages(None, QUERY)
    dovecot_user.append("INBOX", a_message())
    started = time.monotonic()
    assert box.wait_for_changes(20) is True
    assert time.monotonic() - started < 5
