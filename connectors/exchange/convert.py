"""Turning exchangelib items into afterview's values (events, ticklers, headers, drafts) and back."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from afterview.connectors.base import (
    Attendee,
    AttendeeKind,
    CalendarEvent,
    Folder,
    MessageHeader,
    Person,
    StoredDraft,
    StoredTickler,
    draft_fingerprint,
    tickler_fingerprint,
)
from afterview.connectors.mime_html import html_to_text

EVENT_FIELDS = ("subject", "body", "location", "start", "end", "is_all_day", "is_cancelled", "organizer",
                "required_attendees", "optional_attendees", "resources", "uid", "appointment_sequence_number",
                "categories", "_start_timezone", "_end_timezone", "afterview_key", "afterview_app", "type",
                "original_start")
INSTANCE_TYPES = frozenset({"Occurrence", "Exception"})  # CalendarItemType of a series' members
HEADER_FIELDS = ("subject", "author", "to_recipients", "cc_recipients", "reply_to", "datetime_sent",
                 "datetime_received", "message_id", "in_reply_to", "references", "headers")
DRAFT_FIELDS = ("subject", "body", "to_recipients", "message_id", "afterview_key", "afterview_app")
CLASSIFY_HEADERS = frozenset({"auto-submitted", "precedence", "list-id", "list-unsubscribe", "x-autoreply",
                              "x-autorespond", "x-auto-response-suppress", "return-path", "x-mailer",
                              "x-ms-exchange-generated-message-source"})
_RESPONSE = {"Accept": "ACCEPTED", "Organizer": "ACCEPTED", "Decline": "DECLINED", "Tentative": "TENTATIVE",
             "NoResponseReceived": "NEEDS-ACTION", "Unknown": "NEEDS-ACTION"}
_GROUPS = {"PublicDL", "PrivateDL", "GroupMailbox"}
_IDS = re.compile(r"<([^<>\s]+)>")


def body_text(body: Any) -> str:
    """Given an exchangelib Body or HTMLBody (or None), returns its plain text."""
    if body is None:
        return ""
    from exchangelib import HTMLBody  # type: ignore[import-untyped]

    return html_to_text(str(body)) if isinstance(body, HTMLBody) else str(body)


def aware(value: Any, tz: ZoneInfo, *, end: bool = False) -> datetime:
    """Given an EWSDateTime or an all-day EWSDate, returns an aware datetime (days at midnight in `tz`)."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=tz)
        return datetime.fromtimestamp(moment.timestamp(), UTC)
    if isinstance(value, date):
        day = date(value.year, value.month, value.day)
        if end:  # exchangelib gives the last day of an all-day event; afterview wants the exclusive end
            day = date.fromordinal(day.toordinal() + 1)
        return datetime.combine(day, time(0), tzinfo=tz)
    raise ValueError(f"not a date: {type(value).__name__}")


def _attendee(mailbox: Any, role: str | None, status: str | None, kind: AttendeeKind = "individual") -> Attendee:
    email = (getattr(mailbox, "email_address", None) or "").strip().lower() or None
    if getattr(mailbox, "mailbox_type", None) in _GROUPS:
        kind = "group"
    return Attendee(name=getattr(mailbox, "name", None) or None, email=email, kind=kind, role=role, status=status)


def _people(item: Any) -> tuple[Attendee, ...]:
    out: list[Attendee] = []
    for field, role, kind in (("required_attendees", "REQ-PARTICIPANT", "individual"),
                              ("optional_attendees", "OPT-PARTICIPANT", "individual"),
                              ("resources", "NON-PARTICIPANT", "room")):
        for attendee in getattr(item, field, None) or ():
            status = _RESPONSE.get(getattr(attendee, "response_type", None) or "")
            out.append(_attendee(attendee.mailbox, role, status, kind))  # type: ignore[arg-type]
    return tuple(out)


def to_event(item: Any, tz: ZoneInfo) -> CalendarEvent:
    """Given a fetched CalendarItem, returns the event; raises ValueError when it has no usable times."""
    if item.start is None or item.end is None:
        raise ValueError("calendar item without start or end")
    organizer = item.organizer
    recurrence_id = None
    if getattr(item, "type", None) in INSTANCE_TYPES and item.original_start is not None:
        recurrence_id = aware(item.original_start, tz)
    return CalendarEvent(
        uid=item.uid or item.id, summary=item.subject or "", start=aware(item.start, tz),
        end=aware(item.end, tz, end=True), description=body_text(item.body), location=item.location or "",
        all_day=bool(item.is_all_day), recurrence_id=recurrence_id,
        organizer=_attendee(organizer, "CHAIR", "ACCEPTED") if organizer is not None else None,
        attendees=_people(item), cancelled=bool(item.is_cancelled),
        sequence=int(item.appointment_sequence_number or 0), categories=tuple(item.categories or ()),
        owned_key=item.afterview_key or None,
    )


def to_stored_tickler(item: Any, tz: ZoneInfo) -> StoredTickler:
    """Given a fetched owned CalendarItem, returns it as stored now (fingerprint of the stored text)."""
    start, end = aware(item.start, tz), aware(item.end, tz, end=True)
    fingerprint = tickler_fingerprint(item.subject or "", body_text(item.body), start, end)
    return StoredTickler(key=item.afterview_key, ref=item.id, etag=item.changekey or "", fingerprint=fingerprint,
                         start=start, app_id=item.afterview_app or "")


def _person(mailbox: Any) -> Person:
    email = (getattr(mailbox, "email_address", None) or "").strip().lower() or None
    return Person(getattr(mailbox, "name", None) or None, email)


def bare_id(raw: str | None) -> str | None:
    """Given a Message-ID as Exchange shows it ("<a@b>" or "a@b"), returns it without brackets."""
    if not raw:
        return None
    found = _IDS.findall(raw)
    return found[0] if found else raw.strip() or None


def to_header(item: Any, folder: Folder) -> MessageHeader:
    """Given a Message fetched with HEADER_FIELDS, returns its header; raises ValueError without a date."""
    when = item.datetime_sent or item.datetime_received
    if when is None:
        raise ValueError("message without a date")
    headers: dict[str, str] = {}
    for header in item.headers or ():
        name = (header.name or "").lower()
        if name in CLASSIFY_HEADERS and name not in headers:
            headers[name] = header.value or ""
    message_id = bare_id(item.message_id) or f"{item.id[-40:]}.exchange.invalid"
    return MessageHeader(
        ref=f"{folder}/{item.id}", message_id=message_id, folder=folder, date=aware(when, ZoneInfo("UTC")),
        sender=_person(item.author) if item.author is not None else Person(),
        subject=item.subject or "", to=tuple(_person(m) for m in item.to_recipients or ()),
        cc=tuple(_person(m) for m in item.cc_recipients or ()),
        reply_to=tuple(_person(m) for m in item.reply_to or ()),
        in_reply_to=bare_id(item.in_reply_to),
        references=tuple(_IDS.findall(item.references or "")), headers=headers,
    )


def to_stored_draft(item: Any) -> StoredDraft:
    """Given a fetched owned draft Message, returns it as stored now."""
    to = [getattr(m, "email_address", None) or "" for m in item.to_recipients or ()]
    fingerprint = draft_fingerprint(item.subject or "", to, body_text(item.body))
    return StoredDraft(key=item.afterview_key, ref=f"drafts/{item.id}", message_id=bare_id(item.message_id) or "",
                       fingerprint=fingerprint, app_id=item.afterview_app or "")
