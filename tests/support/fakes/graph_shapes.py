"""Graph JSON shapes for the fake: events from CalendarEvent values, messages from RFC 5322 bytes.

Written the way Outlook stores things (rooms as resource attendees plus a conference-room
location, UTC times with seven fraction digits, decoded recipients, raw internet headers).
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from typing import Any

from afterview.connectors.base import CalendarEvent

_RESPONSE = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentativelyAccepted",
             "NEEDS-ACTION": "notResponded"}


def new_id(prefix: str) -> str:
    """Returns an opaque Graph-like id (with '-', '_' and '=' like real ones)."""
    return f"AAMk{prefix}-{secrets.token_urlsafe(24)}=="


def stamp(moment: datetime) -> str:
    """Returns Graph's dateTime text: UTC, seven fraction digits."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000")


def offset_stamp(moment: datetime) -> str:
    """Returns Graph's DateTimeOffset text in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _address(name: str | None, email: str | None) -> dict[str, Any]:
    return {"emailAddress": {"name": name or email or "", "address": email or ""}}


def event_json(event: CalendarEvent) -> dict[str, Any]:
    """Given an event, returns the Graph event Outlook would hold for it (no id yet)."""
    if event.all_day:
        start = {"dateTime": event.start.strftime("%Y-%m-%dT00:00:00.0000000"), "timeZone": "UTC"}
        end = {"dateTime": event.end.strftime("%Y-%m-%dT00:00:00.0000000"), "timeZone": "UTC"}
    else:
        start = {"dateTime": stamp(event.start), "timeZone": "UTC"}
        end = {"dateTime": stamp(event.end), "timeZone": "UTC"}
    rooms = [a for a in event.attendees if a.kind in ("room", "resource")]
    location: dict[str, Any] = {"displayName": event.location, "locationType": "default"}
    locations = []
    for room in rooms:
        if room.kind == "room":
            locations.append({"displayName": room.name or "", "locationType": "conferenceRoom",
                              "locationEmailAddress": room.email})
    attendees = []
    for person in event.attendees:
        kind = "resource" if person.kind in ("room", "resource") else (
            "optional" if person.role == "OPT-PARTICIPANT" else "required")
        attendees.append({**_address(person.name, person.email), "type": kind,
                          "status": {"response": _RESPONSE.get(person.status or "", "none"), "time": ""}})
    item: dict[str, Any] = {
        "iCalUId": event.uid,
        "subject": event.summary,
        "body": {"contentType": "text", "content": event.description},
        "start": start,
        "end": end,
        "isAllDay": event.all_day,
        "isCancelled": event.cancelled,
        "location": location,
        "locations": locations,
        "attendees": attendees,
        "type": "singleInstance",
        "categories": list(event.categories),
        "showAs": "busy",
    }
    if event.organizer is not None:
        item["organizer"] = _address(event.organizer.name, event.organizer.email)
    return item


def _people(msg: EmailMessage, name: str) -> list[dict[str, Any]]:
    values = [str(v) for v in msg.get_all(name, [])]
    return [_address(display or None, addr.lower()) for display, addr in getaddresses(values) if addr]


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return str(content) if part.get_content_subtype() == "plain" else re.sub(r"<[^>]+>", "", str(content))


def message_json(raw: bytes) -> dict[str, Any]:
    """Given RFC 5322 bytes, returns the Graph message Exchange would make of them (no id yet)."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    try:
        date = parsedate_to_datetime(str(msg["Date"]))
    except (TypeError, ValueError):
        date = datetime.now(UTC)
    senders = _people(msg, "From")
    compat = message_from_bytes(raw, policy=policy.compat32)
    return {
        "internetMessageId": str(msg.get("Message-ID", "")).strip(),
        "subject": str(msg.get("Subject", "")),
        "from": senders[0] if senders else None,
        "sender": senders[0] if senders else None,
        "toRecipients": _people(msg, "To"),
        "ccRecipients": _people(msg, "Cc"),
        "replyTo": _people(msg, "Reply-To"),
        "receivedDateTime": offset_stamp(date),
        "sentDateTime": offset_stamp(date),
        "internetMessageHeaders": [{"name": k, "value": str(v)} for k, v in compat.items()],
        "body": {"contentType": "text", "content": _text(msg)},
        "isDraft": False,
    }


def draft_mime(item: dict[str, Any], in_reply_to: str | None) -> bytes:
    """Given a Graph draft, returns the MIME Exchange would serve as its $value."""
    msg = EmailMessage()
    sender = (item.get("from") or {}).get("emailAddress") or {}
    if sender.get("address"):
        msg["From"] = sender["address"]
    to = [r["emailAddress"]["address"] for r in item.get("toRecipients") or ()]
    if to:
        msg["To"] = ", ".join(to)
    msg["Subject"] = str(item.get("subject") or "")
    msg["Message-ID"] = str(item.get("internetMessageId") or "")
    msg["Date"] = format_datetime(datetime.now(UTC))
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(str((item.get("body") or {}).get("content") or ""))
    return msg.as_bytes()
