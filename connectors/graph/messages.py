"""Graph message JSON <-> the contract's values: headers, owned drafts, draft bodies.

Graph hands out decoded fields (subject, from, recipients) and, for received mail, the
raw internet headers; threading ids (In-Reply-To, References) and the few headers the
classifier reads come from those. Drafts carry the owner tag as extended properties.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from typing import Any

from afterview.connectors.base import (
    Draft,
    Folder,
    MessageHeader,
    Person,
    StoredDraft,
    draft_fingerprint,
)
from afterview.connectors.graph.events import APP_PROP, KEY_PROP, body_text, parse_moment, properties
from afterview.connectors.mime import KEPT_HEADERS, SYNTHETIC_DOMAIN

_BRACKETED = re.compile(r"<([^<>\s]+)>")

HEADER_SELECT = ",".join((
    "id", "internetMessageId", "subject", "from", "sender", "toRecipients", "ccRecipients", "replyTo",
    "receivedDateTime", "sentDateTime", "internetMessageHeaders", "isDraft",
))
DRAFT_SELECT = "id,subject,body,toRecipients,internetMessageId,isDraft"


def _decoded(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError):
        return value


def _people(entries: Any) -> tuple[Person, ...]:
    found: list[Person] = []
    for entry in entries or ():
        address = (entry or {}).get("emailAddress") or {}
        email = address.get("address")
        name = " ".join(str(address.get("name") or "").split()) or None
        email = email.strip().strip("<>").lower() if isinstance(email, str) and email.strip() else None
        if name == email:
            name = None  # Graph repeats the address as the name when there is none
        if email or name:
            found.append(Person(name, email))
    return tuple(found)


def _ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    found = _BRACKETED.findall(raw) or [p.strip("<>") for p in raw.replace(",", " ").split() if p.strip("<>")]
    return tuple(dict.fromkeys(found))


def _synthetic_id(item: dict[str, Any]) -> str:
    parts = [str(item.get(k) or "") for k in ("from", "sentDateTime", "subject", "toRecipients")]
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return f"{hashlib.sha256(blob).hexdigest()[:32]}@{SYNTHETIC_DOMAIN}"


def to_header(item: dict[str, Any], folder: Folder) -> MessageHeader | None:
    """Given a Graph message and its folder, returns its header; None if it has no usable date."""
    raw: dict[str, str] = {}
    for entry in item.get("internetMessageHeaders") or ():
        name, value = (entry or {}).get("name"), (entry or {}).get("value")
        if isinstance(name, str) and isinstance(value, str):
            raw.setdefault(name.strip().lower(), value)
    stamp = item.get("receivedDateTime") if folder == "inbox" else item.get("sentDateTime")
    date = parse_moment(stamp or item.get("receivedDateTime") or item.get("sentDateTime"))
    if date is None:
        return None
    message_id = next(iter(_ids(str(item.get("internetMessageId") or ""))), None) or next(
        iter(_ids(raw.get("message-id"))), None) or _synthetic_id(item)
    senders = _people([item["from"]] if item.get("from") else [item["sender"]] if item.get("sender") else [])
    refs = _ids(raw.get("references"))
    return MessageHeader(
        ref=str(item.get("id") or ""),
        message_id=message_id,
        folder=folder,
        date=date,
        sender=senders[0] if senders else Person(),
        subject=str(item.get("subject") or ""),
        to=_people(item.get("toRecipients")),
        cc=_people(item.get("ccRecipients")),
        reply_to=_people(item.get("replyTo")),
        in_reply_to=next(iter(_ids(raw.get("in-reply-to"))), None),
        references=refs,
        headers={name: _decoded(raw[name]) for name in KEPT_HEADERS if name in raw},
    )


def _recipient(person: Person) -> dict[str, Any]:
    address: dict[str, str] = {"address": person.email or ""}
    if person.name:
        address["name"] = person.name
    return {"emailAddress": address}


def draft_body(draft: Draft, message_id: str | None = None) -> dict[str, Any]:
    """Given a draft, returns the Graph message JSON that creates or rewrites it, owner tag included.

    `message_id` overrides the key-derived Message-ID, so an update keeps the stored one.
    """
    return {
        "subject": draft.subject.replace("\r", " ").replace("\n", " "),
        "body": {"contentType": "text", "content": draft.body},
        "toRecipients": [_recipient(p) for p in draft.to if p.email],
        "internetMessageId": f"<{message_id or draft.message_id}>",
        "singleValueExtendedProperties": [
            {"id": KEY_PROP, "value": draft.key},
            {"id": APP_PROP, "value": draft.app_id},
        ],
    }


def stored_draft(item: dict[str, Any]) -> StoredDraft | None:
    """Given a Graph draft with expanded properties, returns the owned draft it is, or None."""
    props = properties(item)
    key = props.get(KEY_PROP.lower())
    if not key:
        return None
    to = [p.email for p in _people(item.get("toRecipients")) if p.email]
    message_id = next(iter(_ids(str(item.get("internetMessageId") or ""))), "")
    return StoredDraft(
        key=key,
        ref=str(item.get("id") or ""),
        message_id=message_id,
        fingerprint=draft_fingerprint(str(item.get("subject") or ""), to, body_text(item)),
        app_id=props.get(APP_PROP.lower(), ""),
    )


def utc_filter_time(moment: datetime) -> str:
    """Given an aware datetime, returns it as an OData DateTimeOffset literal in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
