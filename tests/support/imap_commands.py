"""Counts the IMAP commands every imaplib/imapclient connection in this process puts on the wire."""

from __future__ import annotations

import imaplib
from collections.abc import Callable
from typing import Any

import pytest


class CommandLog:
    """Records the name of each tagged command as it is sent ("STATUS", "UID SEARCH", ...).

    Counting at `send` catches imaplib's commands and imapclient's raw ones (SEARCH, ENABLE) alike.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sent: list[str] = []
        real = imaplib.IMAP4.send
        log = self

        def send(imap: imaplib.IMAP4, data: bytes) -> Any:
            tag = getattr(imap, "tagpre", b"")
            if tag and data.startswith(tag):
                words = data.split(b" ", 3)
                name = words[1].upper() if len(words) > 1 else b""
                if name == b"UID" and len(words) > 2:
                    name += b" " + words[2].split(b"\r")[0].upper()
                log.sent.append(name.decode("ascii", "replace").strip())
            return real(imap, data)

        monkeypatch.setattr(imaplib.IMAP4, "send", send)

    def during(self, action: Callable[[], object]) -> list[str]:
        """Runs `action` and returns the commands it sent."""
        start = len(self.sent)
        action()
        return self.sent[start:]
