"""MaildirMailbox against the contract suite; mail and the user's edits are written with the stdlib.

The tree is "maildir++": the inbox at the root, `.Sent` and `.Drafts` beside it, `cur/new/tmp` in each.
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.maildir import MaildirMailbox
from contract_suite import MailboxContract


def _draft_files(drafts: Path) -> list[Path]:
    return sorted(p for sub in ("cur", "new") for p in (drafts / sub).iterdir() if p.is_file())


def _locate(drafts: Path, ref: str) -> list[Path]:
    """Given a connector ref (a path, a file name or stem, or ".../<Message-ID>"), returns its files."""
    tail = ref.rsplit("/", 1)[-1]
    found = []
    for path in _draft_files(drafts):
        message_id = str(BytesHeaderParser().parsebytes(path.read_bytes()).get("Message-ID", ""))
        if str(path) == ref or path.name == tail or path.name.split(":")[0] == tail.split(":")[0] \
                or message_id.strip().strip("<>") == tail.strip("<>"):
            found.append(path)
    assert found, f"no draft file for ref {ref!r}"
    return found


class TestMaildirMailbox(MailboxContract):
    @pytest.fixture
    def root(self, tmp_path: Path) -> Path:
        root = tmp_path / "Mail" / "work"
        root.parent.mkdir()
        mailbox.Maildir(root, create=True)
        for name in (".Sent", ".Drafts"):
            mailbox.Maildir(root / name, create=True)
            (root / name / "maildirfolder").touch()
        return root

    @pytest.fixture
    def mailbox_factory(self, root: Path, ctx: ConnectorContext) -> Callable[[], MaildirMailbox]:
        return lambda: MaildirMailbox.from_options({"path": str(root)}, ctx)

    @pytest.fixture
    def deliver(self, root: Path) -> Callable[[bytes, str], None]:
        def deliver(data: bytes, folder: str) -> None:
            if folder == "inbox":
                mailbox.Maildir(root, create=False).add(data)  # lands in new/, as from an MDA
                return
            sent = mailbox.MaildirMessage(data)
            sent.set_subdir("cur")
            sent.set_flags("S")
            mailbox.Maildir(root / ".Sent", create=False).add(sent)

        return deliver

    @pytest.fixture
    def user_edit_draft(self, root: Path) -> Callable[[str], None]:
        def edit(ref: str) -> None:
            # As a mail client synced by mbsync does: a new file with the edited message, the old one gone.
            [path, *_] = _locate(root / ".Drafts", ref)
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            assert isinstance(msg, EmailMessage)
            part = msg.get_body(("plain",))
            assert part is not None
            part.set_content("Dear Sam,\n\nmy own rewrite, not afterview's.\n")
            edited = mailbox.MaildirMessage(msg.as_bytes())
            edited.set_subdir("cur")
            edited.set_flags("DS")
            mailbox.Maildir(root / ".Drafts", create=False).add(edited)
            path.unlink()

        return edit

    @pytest.fixture
    def user_delete_draft(self, root: Path) -> Callable[[str], None]:
        def delete(ref: str) -> None:
            for path in _locate(root / ".Drafts", ref):
                path.unlink()

        return delete

    @pytest.fixture
    def add_user_draft(self, root: Path) -> Callable[[bytes], Callable[[], bool]]:
        def add(data: bytes) -> Callable[[], bool]:
            drafts = mailbox.Maildir(root / ".Drafts", create=False)
            draft = mailbox.MaildirMessage(data)
            draft.set_subdir("cur")
            draft.set_flags("D")
            written = drafts.get_bytes(drafts.add(draft))
            return lambda: any(p.read_bytes() == written for p in _draft_files(root / ".Drafts"))

        return add
