"""MailboxContract: the mailbox half of the connector contract suite (see contract_suite)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Capability, MailboxConnector, MailQuery, MessageHeader, Person
from afterview.connectors.errors import ConflictError, CursorExpiredError, NotFoundError
from contract_data import (
    KNOWN_CAPABILITIES,
    SAM,
    TZ,
    AddUserDraft,
    ByRef,
    Deliver,
    a_draft,
    a_message,
    needs,
    same_instant,
)

# More pages than any connector's page size in the contract suite: small-page connectors cross them.
PAGED = 7


def list_all(
    mailbox: MailboxConnector, cursor: str | None, query: MailQuery, *, pages: list[int] | None = None
) -> tuple[list[MessageHeader], str]:
    """Given a mailbox and a cursor, follows every page; returns all headers and the final cursor.

    `pages`, when given, receives each page's size (to see whether the connector paged at all).
    """
    headers: list[MessageHeader] = []
    for _ in range(1000):
        changes = mailbox.list_messages(cursor, query)
        headers.extend(changes.messages)
        if pages is not None:
            pages.append(len(changes.messages))
        if not changes.more:
            return headers, changes.cursor
        assert changes.cursor != cursor, "a page must advance the cursor"
        cursor = changes.cursor
    raise AssertionError("the listing never ended")


def ids(headers: list[MessageHeader]) -> list[str]:
    """Given headers, returns their Message-IDs sorted (duplicates kept, so a repeat shows)."""
    return sorted(h.message_id for h in headers)


class MailboxContract:
    """Every mailbox connector passes these; subclasses supply the fixtures named in the module doc."""

    @pytest.fixture
    def mailbox(self, mailbox_factory: Callable[[], MailboxConnector]) -> MailboxConnector:
        return mailbox_factory()

    QUERY = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC))

    def test_capabilities_are_known_flags(self, mailbox: MailboxConnector) -> None:
        assert set(mailbox.capabilities) <= KNOWN_CAPABILITIES
        assert isinstance(mailbox, MailboxConnector)

    # ------------------------------------------------------------ reading

    def test_inbox_and_sent_are_listed_never_drafts(
        self, mailbox: MailboxConnector, deliver: Deliver, add_user_draft: AddUserDraft
    ) -> None:
        deliver(a_message(message_id="in-1@acme.example"), "inbox")
        deliver(a_message(message_id="out-1@example.org", sent=True), "sent")
        add_user_draft(a_message(message_id="mine@example.org", subject="My own draft", sent=True))
        mailbox.save_draft(a_draft())
        headers, _ = list_all(mailbox, None, self.QUERY)
        folders = {h.message_id: h.folder for h in headers}
        assert folders == {"in-1@acme.example": "inbox", "out-1@example.org": "sent"}

    def test_header_fields_are_normalised(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        when = datetime(2030, 3, 5, 9, 30, tzinfo=TZ)
        deliver(a_message(message_id="in-2@acme.example", date=when, subject="Next steps — Grüße aus Zürich",
                          in_reply_to="out-0@example.org", references=("a@x.example", "out-0@example.org")),
                "inbox")
        [h] = mailbox.list_messages(None, self.QUERY).messages
        assert h.message_id == "in-2@acme.example" and h.ref
        assert h.subject == "Next steps — Grüße aus Zürich"
        assert h.sender.email == "sam.lee@acme.example" and h.sender.name == "Sam Lee"
        assert [p.email for p in h.to] == ["jordan@example.org"]
        assert h.date.tzinfo is not None and same_instant(h.date, when)
        assert h.in_reply_to == "out-0@example.org"
        assert h.references == ("a@x.example", "out-0@example.org")

    def test_fetch_returns_body_text(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        deliver(a_message(body="Thanks for your time.\nWe will decide by Friday, 8 March."), "inbox")
        [h] = mailbox.list_messages(None, self.QUERY).messages
        message = mailbox.fetch(h)
        assert message.header.message_id == h.message_id
        assert "We will decide by Friday, 8 March." in message.text

    def test_cursor_with_no_new_mail_returns_nothing(
        self, mailbox: MailboxConnector, deliver: Deliver
    ) -> None:
        needs(mailbox, Capability.INCREMENTAL_MAIL)
        deliver(a_message(), "inbox")
        first, cursor = list_all(mailbox, None, self.QUERY)
        assert len(first) == 1
        mailbox.save_draft(a_draft())  # drafts are not new mail
        again = mailbox.list_messages(cursor, self.QUERY)
        assert again.messages == () and not again.more
        assert mailbox.list_messages(again.cursor, self.QUERY).messages == ()

    def test_cursor_returns_only_new_mail(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        deliver(a_message(message_id="old@acme.example"), "inbox")
        _, cursor = list_all(mailbox, None, self.QUERY)
        deliver(a_message(message_id="new@acme.example", subject="Offer"), "inbox")
        deliver(a_message(message_id="sent-new@example.org", sent=True), "sent")
        found = {h.message_id: h.folder for h in list_all(mailbox, cursor, self.QUERY)[0]}
        assert found.get("new@acme.example") == "inbox" and found.get("sent-new@example.org") == "sent"
        if Capability.INCREMENTAL_MAIL in mailbox.capabilities:
            assert set(found) == {"new@acme.example", "sent-new@example.org"}

    def test_garbage_cursor_is_expired(self, mailbox: MailboxConnector) -> None:
        needs(mailbox, Capability.INCREMENTAL_MAIL)
        with pytest.raises(CursorExpiredError):
            mailbox.list_messages("not a cursor \x00", self.QUERY)

    # ------------------------------------------------------------ pages

    def _deliver_many(self, deliver: Deliver, count: int, start: int = 0) -> set[str]:
        base = datetime(2030, 3, 4, 9, 0, tzinfo=TZ)
        wanted: set[str] = set()
        for i in range(start, start + count):
            sent = i % 4 == 3
            message_id = f"{'out' if sent else 'in'}-{i}@{'example.org' if sent else 'acme.example'}"
            deliver(a_message(message_id=message_id, subject=f"Update {i}", date=base + timedelta(hours=i),
                              sent=sent), "sent" if sent else "inbox")
            wanted.add(message_id)
        return wanted

    def test_pages_hold_each_message_once(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        wanted = self._deliver_many(deliver, PAGED)
        pages: list[int] = []
        headers, _ = list_all(mailbox, None, self.QUERY, pages=pages)
        assert ids(headers) == sorted(wanted)
        assert all(pages[:-1]), "only the last page may be empty"

    def test_continuation_survives_a_restart(
        self, mailbox_factory: Callable[[], MailboxConnector], deliver: Deliver
    ) -> None:
        wanted = self._deliver_many(deliver, PAGED)
        first = mailbox_factory().list_messages(None, self.QUERY)
        # A new connector (a new process after a kill) continues from the stored cursor.
        rest, _ = list_all(mailbox_factory(), first.cursor, self.QUERY) if first.more else ([], "")
        assert ids([*first.messages, *rest]) == sorted(wanted)

    def test_mail_arriving_between_pages_is_listed_once(
        self, mailbox: MailboxConnector, deliver: Deliver
    ) -> None:
        needs(mailbox, Capability.INCREMENTAL_MAIL)
        wanted = self._deliver_many(deliver, PAGED)
        first = mailbox.list_messages(None, self.QUERY)
        wanted |= self._deliver_many(deliver, 2, start=PAGED)
        rest, cursor = list_all(mailbox, first.cursor, self.QUERY) if first.more else ([], first.cursor)
        later, _ = list_all(mailbox, cursor, self.QUERY)
        assert ids([*first.messages, *rest, *later]) == sorted(wanted)

    # ------------------------------------------------------------ owned drafts

    def test_save_draft_stores_it(self, mailbox: MailboxConnector) -> None:
        draft = a_draft()
        stored = mailbox.save_draft(draft)
        assert stored.key == draft.key and stored.ref
        assert stored.message_id == draft.message_id
        assert stored.fingerprint == draft.fingerprint()
        assert mailbox.find_draft(draft.key) == stored
        assert mailbox.list_drafts() == [stored]

    def test_save_is_idempotent_on_key(self, mailbox: MailboxConnector) -> None:
        first = mailbox.save_draft(a_draft())
        again = mailbox.save_draft(a_draft(body="other text, same key"))
        assert again == first and len(mailbox.list_drafts()) == 1

    def test_restarted_connector_finds_drafts(self, mailbox_factory: Callable[[], MailboxConnector]) -> None:
        first = mailbox_factory().save_draft(a_draft())
        restarted = mailbox_factory()
        assert restarted.find_draft(a_draft().key) == first
        assert restarted.save_draft(a_draft()) == first
        assert len(restarted.list_drafts()) == 1

    def test_unicode_long_lines_keep_the_fingerprint(self, mailbox: MailboxConnector) -> None:
        draft = a_draft(subject="Danke — Gespräch zur Rolle «Senior Engineer» bei Müller & Söhne",
                        body="Liebe Frau Ölçek,\n\nvielen Dank für das Gespräch. " + "Sehr gern! " * 30
                        + "\n\n-- \nJordan\n",
                        to=(SAM, Person("Kim Park (she/her)", "Kim.Park@ACME.example"),
                            Person(None, "hr@acme.example")))
        stored = mailbox.save_draft(draft)
        assert stored.fingerprint == draft.fingerprint()
        found = mailbox.find_draft(draft.key)
        assert found is not None and found.fingerprint == draft.fingerprint()

    def test_update_replaces_keeping_message_id(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        new = a_draft(body="Dear Sam,\n\nthank you — a better second version.\n")
        updated = mailbox.update_draft(stored.ref, new, stored.fingerprint)
        assert updated.message_id == stored.message_id == new.message_id
        assert updated.fingerprint == new.fingerprint()
        assert mailbox.find_draft(new.key) == updated
        assert mailbox.list_drafts() == [updated]

    def test_update_with_stale_fingerprint_conflicts(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        with pytest.raises(ConflictError):
            mailbox.update_draft(stored.ref, a_draft(body="new"), a_draft(body="x").fingerprint())
        with pytest.raises(ConflictError):
            mailbox.delete_draft(stored.ref, "0" * 32)
        assert mailbox.find_draft(stored.key) == stored

    def test_delete_removes_it(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        mailbox.delete_draft(stored.ref, stored.fingerprint)
        assert mailbox.find_draft(stored.key) is None and mailbox.list_drafts() == []
        with pytest.raises(NotFoundError):
            mailbox.delete_draft(stored.ref, stored.fingerprint)
        with pytest.raises(NotFoundError):
            mailbox.update_draft(stored.ref, a_draft(), stored.fingerprint)

    def test_user_edit_wins(self, mailbox: MailboxConnector, user_edit_draft: ByRef) -> None:
        stored = mailbox.save_draft(a_draft())
        user_edit_draft(stored.ref)
        edited = mailbox.find_draft(stored.key)
        assert edited is not None and edited.fingerprint != stored.fingerprint
        with pytest.raises(ConflictError):
            mailbox.update_draft(edited.ref, a_draft(body="afterview's new text"), stored.fingerprint)
        with pytest.raises(ConflictError):
            mailbox.delete_draft(edited.ref, stored.fingerprint)
        assert mailbox.find_draft(stored.key) == edited

    def test_user_delete_is_not_found(self, mailbox: MailboxConnector, user_delete_draft: ByRef) -> None:
        stored = mailbox.save_draft(a_draft())
        user_delete_draft(stored.ref)
        assert mailbox.find_draft(stored.key) is None and mailbox.list_drafts() == []
        with pytest.raises(NotFoundError):
            mailbox.update_draft(stored.ref, a_draft(), stored.fingerprint)
        with pytest.raises(NotFoundError):
            mailbox.delete_draft(stored.ref, stored.fingerprint)

    def test_user_draft_is_never_listed_or_touched(
        self, mailbox: MailboxConnector, add_user_draft: AddUserDraft
    ) -> None:
        # Same subject and recipient as afterview's draft: only the owner tag tells them apart.
        intact = add_user_draft(a_message(message_id="mine@example.org", sent=True,
                                          subject=a_draft().subject, body="My own words.\n"))
        assert mailbox.list_drafts() == [] and mailbox.find_draft(a_draft().key) is None
        stored = mailbox.save_draft(a_draft())
        updated = mailbox.update_draft(stored.ref, a_draft(body="v2\n"), stored.fingerprint)
        assert [d.key for d in mailbox.list_drafts()] == [a_draft().key]
        mailbox.delete_draft(updated.ref, updated.fingerprint)
        assert mailbox.list_drafts() == []
        assert intact()

