"""mbsync (isync) pushes afterview's Maildir drafts to a real Dovecot as \\Draft messages, intact.

afterview writes a draft into a local Maildir (the mbsync/notmuch setup), the real mbsync syncs
that Maildir with Dovecot over STARTTLS, and the IMAP connector then finds the very same owned
draft on the server: same key, Message-ID and fingerprint. A user's edit synced back by mbsync
is seen as the user's by the Maildir connector.
"""

from __future__ import annotations

import email
import mailbox
import shutil
import subprocess
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.imap import ImapMailbox
from afterview.connectors.maildir import MaildirMailbox
from contract_data import a_draft
from dovecot_server import DovecotUser, dovecot_fixture, dovecot_user_fixture, use_credentials  # noqa: F401
from servers import require_server

MBSYNC = shutil.which("mbsync") or "/usr/bin/mbsync"
EVER = MailQuery(since=datetime(2000, 1, 1, tzinfo=UTC))


def _mbsyncrc(tmp_path: Path, user: DovecotUser, maildir: Path) -> Path:
    assert user.server.ca_file is not None
    rc = tmp_path / "mbsyncrc"
    rc.write_text(f"""\
IMAPAccount afterview
Host localhost
Port {user.server.port}
User {user.username}
Pass {user.password}
SSLType STARTTLS
CertificateFile {user.server.ca_file}
AuthMechs PLAIN

IMAPStore remote
Account afterview

MaildirStore local
Path {maildir}/
Inbox {maildir}/INBOX
SubFolders Verbatim

Channel mail
Far :remote:
Near :local:
Patterns INBOX Drafts
Create Both
Expunge Both
SyncState *
""")
    rc.chmod(0o600)
    return rc


def _sync(rc: Path) -> None:
    done = subprocess.run([MBSYNC, "-c", str(rc), "-a"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture
def setup(dovecot_user: DovecotUser, tmp_path: Path) -> tuple[Path, Path]:
    require_server("mbsync", Path(MBSYNC).is_file(), "isync is not installed (Debian package isync)")
    maildir = tmp_path / "Mail"
    maildir.mkdir()
    rc = _mbsyncrc(tmp_path, dovecot_user, maildir)
    _sync(rc)  # creates the local INBOX and Drafts from the server's folders
    assert (maildir / "Drafts" / "cur").is_dir()
    return maildir, rc


def test_mbsync_pushes_owned_drafts_as_draft_messages(
    setup: tuple[Path, Path], dovecot_user: DovecotUser, ctx: ConnectorContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    maildir, rc = setup
    local = MaildirMailbox.from_options({"path": str(maildir), "layout": "verbatim"}, ctx)
    written = local.save_draft(a_draft())
    _sync(rc)

    [uid] = dovecot_user.uids("Drafts")
    flags, raw = dovecot_user.fetch_raw("Drafts", uid)
    assert b"\\Draft" in flags
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["X-Afterview-Key"] == a_draft().key and msg["X-Afterview-Owner"] == "afterview"

    use_credentials(monkeypatch, tmp_path, ctx.account, dovecot_user)
    remote = ImapMailbox.from_options(dovecot_user.options(), ctx)
    try:
        found = remote.find_draft(a_draft().key)
        assert found is not None
        assert (found.message_id, found.fingerprint) == (written.message_id, written.fingerprint)
        assert remote.list_messages(None, EVER).messages == ()  # drafts are not mail
    finally:
        remote.close()

    # Syncing again neither duplicates the draft on the server nor locally.
    _sync(rc)
    assert len(dovecot_user.uids("Drafts")) == 1 and len(local.list_drafts()) == 1


def test_user_edit_on_the_server_comes_back_as_the_users(
    setup: tuple[Path, Path], dovecot_user: DovecotUser, ctx: ConnectorContext
) -> None:
    maildir, rc = setup
    local = MaildirMailbox.from_options({"path": str(maildir), "layout": "verbatim"}, ctx)
    written = local.save_draft(a_draft())
    _sync(rc)
    # The user edits the draft in a webmail: a new \Draft message replaces the old one.
    [uid] = dovecot_user.uids("Drafts")
    _, raw = dovecot_user.fetch_raw("Drafts", uid)
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(("plain",))
    assert body is not None
    body.set_content("Dear Sam,\n\nrewritten in webmail.\n")
    dovecot_user.append("Drafts", msg.as_bytes(policy=policy.SMTP), flags="\\Draft \\Seen")
    dovecot_user.expunge("Drafts", uid)
    _sync(rc)

    edited = local.find_draft(a_draft().key)
    assert edited is not None and edited.fingerprint != written.fingerprint
    assert len(list(mailbox.Maildir(maildir / "Drafts", create=False).keys())) == 1

