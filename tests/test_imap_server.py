"""The Dovecot fixture itself: SPECIAL-USE folders, CONDSTORE/IDLE, TLS and STARTTLS, isolated users."""

from __future__ import annotations

import imaplib

from dovecot_server import DovecotServer, DovecotUser, dovecot_fixture, dovecot_user_fixture  # noqa: F401


def test_folders_and_capabilities(dovecot_user: DovecotUser) -> None:
    with dovecot_user.client() as imap:
        typ, listing = imap.list()
        assert typ == "OK"
        joined = b"\n".join(x for x in listing if isinstance(x, bytes))
        assert b"\\Drafts" in joined and b"\\Sent" in joined
        typ, caps = imap.capability()
        names = set((caps[0] or b"").decode().upper().split())
        assert {"CONDSTORE", "IDLE", "SPECIAL-USE", "UIDPLUS"} <= names


def test_users_do_not_share_mail(dovecot: DovecotServer) -> None:
    first, second = dovecot.new_user(), dovecot.new_user()
    first.append("INBOX", b"Subject: one\r\nMessage-ID: <one@x.example>\r\n\r\nbody\r\n")
    assert first.uids("INBOX") == [1]
    assert second.uids("INBOX") == []


def test_tls_and_starttls_with_the_fixture_ca(dovecot: DovecotServer, dovecot_user: DovecotUser) -> None:
    assert dovecot.ca_file is not None
    tls = imaplib.IMAP4_SSL("127.0.0.1", dovecot.tls_port, ssl_context=dovecot.tls_context(), timeout=10)
    assert tls.login(dovecot_user.username, dovecot_user.password)[0] == "OK"
    tls.logout()
    plain = imaplib.IMAP4("127.0.0.1", dovecot.port, timeout=10)
    assert plain.starttls(ssl_context=dovecot.tls_context())[0] == "OK"
    assert plain.login(dovecot_user.username, dovecot_user.password)[0] == "OK"
    plain.logout()
