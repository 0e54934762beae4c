"""ImapMailbox against the contract suite on a real Dovecot; the user acts through a separate IMAP session.

Mail arrives by APPEND (as an MDA or a client's "save to Sent" does); the user's draft edits are
what mail clients do on IMAP: APPEND the edited copy with \\Draft, then delete and expunge the old.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.imap import ImapMailbox
from contract_suite import MailboxContract
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture, use_credentials  # noqa: F401


def _draft_uids(user: DovecotUser, ref: str) -> list[int]:
    """Given a connector draft ref ("drafts/<Message-ID>"), returns the UIDs of its copies in Drafts."""
    message_id = ref.rsplit("/", 1)[-1]
    found = [uid for uid in user.uids("Drafts", "UNDELETED", "HEADER", "Message-ID", f'"{message_id}"')]
    assert found, f"no draft for ref {ref!r}"
    return found


class TestImapMailbox(MailboxContract):
    @pytest.fixture
    def mailbox_factory(
        self, dovecot_user: DovecotUser, ctx: ConnectorContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> Iterator[Callable[[], ImapMailbox]]:
        use_credentials(monkeypatch, tmp_path, ctx.account, dovecot_user)
        made: list[ImapMailbox] = []

        def make() -> ImapMailbox:
            made.append(ImapMailbox.from_options(dovecot_user.options(), ctx))
            return made[-1]

        yield make
        for box in made:
            box.close()

    @pytest.fixture
    def deliver(self, dovecot_user: DovecotUser) -> Callable[[bytes, str], None]:
        def deliver(data: bytes, folder: str) -> None:
            if folder == "inbox":
                dovecot_user.append("INBOX", data)
            else:
                dovecot_user.append("Sent", data, flags="\\Seen")

        return deliver

    @pytest.fixture
    def user_edit_draft(self, dovecot_user: DovecotUser) -> Callable[[str], None]:
        def edit(ref: str) -> None:
            [*_, uid] = _draft_uids(dovecot_user, ref)
            _, raw = dovecot_user.fetch_raw("Drafts", uid)
            msg = message_from_bytes(raw, policy=policy.default)
            assert isinstance(msg, EmailMessage)
            part = msg.get_body(("plain",))
            assert part is not None
            part.set_content("Dear Sam,\n\nmy own rewrite, not afterview's.\n")
            dovecot_user.append("Drafts", msg.as_bytes(policy=policy.SMTP), flags="\\Draft \\Seen")
            dovecot_user.expunge("Drafts", uid)

        return edit

    @pytest.fixture
    def user_delete_draft(self, dovecot_user: DovecotUser) -> Callable[[str], None]:
        def delete(ref: str) -> None:
            for uid in _draft_uids(dovecot_user, ref):
                dovecot_user.expunge("Drafts", uid)

        return delete

    @pytest.fixture
    def add_user_draft(self, dovecot_user: DovecotUser) -> Callable[[bytes], Callable[[], bool]]:
        def add(data: bytes) -> Callable[[], bool]:
            wire = re.sub(rb"\r?\n", b"\r\n", data)
            dovecot_user.append("Drafts", wire, flags="\\Draft")

            def intact() -> bool:
                copies = [dovecot_user.fetch_raw("Drafts", uid) for uid in dovecot_user.uids("Drafts")]
                return any(body == wire and b"\\Draft" in flags for flags, body in copies)

            return intact

        return add
