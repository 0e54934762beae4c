"""Gmail pieces without I/O: the first scan's search query, folders from labels, headers from metadata,
the cursor, and the quota cost of each method.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from email.header import Header
from email.utils import formataddr, getaddresses
from typing import Any

from afterview.connectors.base import Folder, MailQuery, MessageHeader
from afterview.connectors.errors import CursorExpiredError
from afterview.connectors.mime import KEPT_HEADERS, parse_headers

METADATA_HEADERS = ("From", "Sender", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
                    "References", *KEPT_HEADERS)
SKIPPED_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
# Gmail's per-method quota units (developers.google.com/gmail/api/reference/quota).
UNITS = {"getProfile": 1, "messages.list": 5, "messages.get": 5, "history.list": 2, "drafts.list": 5,
         "drafts.get": 5, "drafts.create": 10, "drafts.update": 15, "drafts.delete": 10}
MAX_HINTS = 80  # beyond this the query gets too long for Gmail: scan the window without hints
_ADDRESS_HEADERS = frozenset({"from", "sender", "to", "cc", "bcc", "reply-to"})
_CURSOR_VERSION = 1


def _clean(term: str) -> str:
    return " ".join(term.replace('"', " ").replace("{", " ").replace("}", " ").split())


def scan_query(query: MailQuery) -> str:
    """Given the first scan's bounds, returns a Gmail search: the window, then candidate senders and terms.

    Sent mail in the window is always included (it is how the user's thank-yous are noticed).
    """
    since = query.since.astimezone(UTC)
    parts = [f"after:{int(since.timestamp())}", "-in:drafts", "-in:chats"]
    hints: list[str] = []
    for domain in sorted(query.domains):
        domain = _clean(domain)
        if domain and " " not in domain:
            hints += [f"from:{domain}", f"to:{domain}"]
    for term in query.terms:
        term = _clean(term)
        if term:
            hints.append(f'"{term}"' if " " in term else term)
    if hints and len(hints) <= MAX_HINTS:
        parts.append("{" + " ".join(["in:sent", *hints]) + "}")
    return " ".join(parts)


def folder_of(labels: list[str]) -> Folder | None:
    """Given a message's labels, returns its folder ("sent" wins), or None for drafts, spam, trash, chats."""
    if SKIPPED_LABELS & set(labels):
        return None
    return "sent" if "SENT" in labels else "inbox"


def _line(name: str, value: str) -> str:
    # Gmail may hand back decoded UTF-8 values: re-encode them (RFC 2047) so the stdlib parser reads them.
    if value.isascii():
        return f"{name}: {value}"
    if name.lower() in _ADDRESS_HEADERS:
        people = getaddresses([value])
        return f"{name}: " + ", ".join(formataddr((n, a), charset="utf-8") for n, a in people)
    return f"{name}: " + Header(value, "utf-8").encode(linesep="\r\n")


def header_from_metadata(resource: dict[str, Any], folder: Folder) -> MessageHeader:
    """Given a messages.get(format=metadata) resource, returns its MessageHeader (ref = Gmail message id)."""
    payload = resource.get("payload") or {}
    lines = [_line(str(h.get("name", "")), " ".join(str(h.get("value", "")).split()))
             for h in payload.get("headers") or () if h.get("name")]
    block = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii", "replace")
    internal = datetime.fromtimestamp(int(resource.get("internalDate") or 0) / 1000, UTC)
    return parse_headers(block, ref=str(resource["id"]), folder=folder, fallback_date=internal)


def encode_cursor(history_id: str) -> str:
    raw = json.dumps({"v": _CURSOR_VERSION, "h": history_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_cursor(text: str, account: str) -> str:
    """Given a cursor, returns the Gmail history id it holds; raises CursorExpiredError if unreadable."""
    try:
        blob = json.loads(base64.urlsafe_b64decode(text.encode("ascii")))
        history_id = str(blob["h"])
        if blob["v"] != _CURSOR_VERSION or not history_id.isdigit():
            raise ValueError("not a Gmail cursor")
    except (ValueError, TypeError, KeyError, UnicodeEncodeError) as exc:
        raise CursorExpiredError(f"Gmail cursor not usable ({type(exc).__name__}); scanning again",
                                 source=account) from None
    return history_id
