"""GoogleCalendar and GmailMailbox against the contract suite, through the real client library and the fake.

The user's side (invitations, edits in the Calendar or Gmail app, mail arriving) is simulated
on the fake's state directly, never through the connector under test.
"""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.google.calendar import GoogleCalendar
from afterview.connectors.google.gmail import GmailMailbox
from contract_suite import CalendarContract, MailboxContract
from fakes.google_fake import FakeGoogle
from google_kit import google, google_event, google_keyring, options
from memory_keyring import MemoryKeyring

__all__ = ["google", "google_keyring"]


class TestGoogleCalendar(CalendarContract):
    @pytest.fixture
    def calendar_factory(self, google: FakeGoogle, google_keyring: MemoryKeyring,
                         ctx: ConnectorContext) -> Callable[[], GoogleCalendar]:
        return lambda: GoogleCalendar.from_options(options(google), ctx)

    @pytest.fixture
    def seed_event(self, google: FakeGoogle) -> Callable[[CalendarEvent], None]:
        def seed(event: CalendarEvent) -> None:
            google.calendar.put_event(google_event(event))

        return seed

    @pytest.fixture
    def seed_ics(self, google: FakeGoogle) -> Callable[[bytes], None]:
        def seed(data: bytes) -> None:
            google.calendar.import_ics(data)

        return seed

    @pytest.fixture
    def remove_event(self, google: FakeGoogle) -> Callable[[str], None]:
        def remove(uid: str) -> None:
            ids = google.calendar.ids_for_uid(uid)
            assert ids, f"no event with UID {uid}"
            for event_id in ids:
                google.calendar.user_delete(event_id)

        return remove

    @pytest.fixture
    def user_edit_tickler(self, google: FakeGoogle) -> Callable[[str], None]:
        return lambda ref: google.calendar.user_edit(ref, summary="Thank-you notes (I did two already)")

    @pytest.fixture
    def user_delete_tickler(self, google: FakeGoogle) -> Callable[[str], None]:
        return lambda ref: google.calendar.user_delete(ref)


class TestGmailMailbox(MailboxContract):
    @pytest.fixture
    def mailbox_factory(self, google: FakeGoogle, google_keyring: MemoryKeyring,
                        ctx: ConnectorContext) -> Callable[[], GmailMailbox]:
        return lambda: GmailMailbox.from_options(options(google), ctx)

    @pytest.fixture
    def deliver(self, google: FakeGoogle) -> Callable[[bytes, str], None]:
        def deliver(data: bytes, folder: str) -> None:
            google.gmail.deliver(data, folder)

        return deliver

    @pytest.fixture
    def user_edit_draft(self, google: FakeGoogle) -> Callable[[str], None]:
        def edit(ref: str) -> None:
            # As the Gmail app saves an edited draft: same draft id, a new message.
            msg = message_from_bytes(google.gmail.draft_message(ref).raw, policy=policy.default)
            assert isinstance(msg, EmailMessage)
            part = msg.get_body(("plain",))
            assert part is not None
            part.set_content("Dear Sam,\n\nmy own rewrite, not afterview's.\n")
            google.gmail.user_edit_draft(ref, msg.as_bytes())

        return edit

    @pytest.fixture
    def user_delete_draft(self, google: FakeGoogle) -> Callable[[str], None]:
        return lambda ref: google.gmail.user_delete_draft(ref)

    @pytest.fixture
    def add_user_draft(self, google: FakeGoogle) -> Callable[[bytes], Callable[[], bool]]:
        def add(data: bytes) -> Callable[[], bool]:
            draft_id = google.gmail.add_user_draft(data)
            return lambda: draft_id in google.gmail.drafts and google.gmail.draft_message(draft_id).raw == data

        return add
