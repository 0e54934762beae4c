"""Items as an Exchange 2016/2019 server stores and returns them, built for seeding the EWS fake.

`calendar_item` turns a CalendarEvent into a t:CalendarItem (times in UTC, Windows zone ids,
attendees split into required/optional/resources); `message_item` turns RFC 5322 bytes into a
t:Message the way transport delivery would (headers parsed with the stdlib email package).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from afterview.connectors.base import Attendee, CalendarEvent
from fakes.ews_store import T, sub
from lxml import etree

WINDOWS_ZONES = {"Europe/Berlin": "W. Europe Standard Time", "UTC": "UTC"}
_RESPONSES = {"ACCEPTED": "Accept", "DECLINED": "Decline", "TENTATIVE": "Tentative",
              "NEEDS-ACTION": "NoResponseReceived"}


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _mailbox(parent: etree._Element, name: str | None, email: str | None, kind: str = "Mailbox") -> None:
    box = sub(parent, "t:Mailbox")
    if name:
        sub(box, "t:Name", name)
    sub(box, "t:EmailAddress", email or "")
    sub(box, "t:RoutingType", "SMTP")
    sub(box, "t:MailboxType", kind)


def _attendees(parent: etree._Element, tag: str, people: list[Attendee]) -> None:
    if not people:
        return
    group = sub(parent, tag)
    for person in people:
        attendee = sub(group, "t:Attendee")
        _mailbox(attendee, person.name, person.email, "PublicDL" if person.kind == "group" else "Mailbox")
        sub(attendee, "t:ResponseType", _RESPONSES.get(person.status or "", "Unknown"))


def calendar_item(event: CalendarEvent, zone: str = "Europe/Berlin") -> etree._Element:
    """Given an event, returns the t:CalendarItem Exchange would hold for it (all-day: local midnights)."""
    item = etree.Element(f"{{{T}}}CalendarItem", nsmap={"t": T})
    sub(item, "t:ItemClass", "IPM.Appointment")
    sub(item, "t:Subject", event.summary)
    sub(item, "t:Body", event.description, BodyType="Text")
    start, end = event.start, event.end
    if event.all_day:
        tz = event.start.tzinfo
        start = datetime.combine(event.start.date(), time(0), tzinfo=tz)
        end = datetime.combine(event.end.date(), time(0), tzinfo=tz)
    sub(item, "t:DateTimeCreated", "2030-01-02T03:04:05Z")
    sub(item, "t:Start", _utc(start))
    sub(item, "t:End", _utc(end))
    sub(item, "t:IsAllDayEvent", "true" if event.all_day else "false")
    sub(item, "t:LegacyFreeBusyStatus", "Busy")
    if event.location:
        sub(item, "t:Location", event.location)
    sub(item, "t:IsMeeting", "true" if event.attendees else "false")
    sub(item, "t:IsCancelled", "true" if event.cancelled else "false")
    sub(item, "t:AppointmentSequenceNumber", str(event.sequence))
    sub(item, "t:CalendarItemType", "Single")
    sub(item, "t:MyResponseType", "Accept")
    if event.organizer is not None:
        _mailbox(sub(item, "t:Organizer"), event.organizer.name, event.organizer.email)
    _attendees(item, "t:RequiredAttendees", [a for a in event.attendees
                                             if a.kind != "room" and a.role != "OPT-PARTICIPANT"])
    _attendees(item, "t:OptionalAttendees", [a for a in event.attendees if a.role == "OPT-PARTICIPANT"])
    _attendees(item, "t:Resources", [a for a in event.attendees if a.kind == "room"])
    sub(item, "t:UID", event.uid)
    windows = WINDOWS_ZONES.get(zone, "UTC")
    sub(item, "t:StartTimeZone", Id=windows, Name=windows)
    sub(item, "t:EndTimeZone", Id=windows, Name=windows)
    return item


def _recipients(parent: etree._Element, tag: str, raw: list[str]) -> None:
    pairs = getaddresses(raw)
    if not pairs:
        return
    group = sub(parent, tag)
    for name, addr in pairs:
        _mailbox(group, name or None, addr)


def message_item(data: bytes, *, received: datetime | None = None) -> etree._Element:
    """Given RFC 5322 bytes, returns the t:Message Exchange stores on delivery (MimeContent included)."""
    msg = message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    item = etree.Element(f"{{{T}}}Message", nsmap={"t": T})
    sub(item, "t:MimeContent", base64.b64encode(data).decode(), CharacterSet="UTF-8")
    sub(item, "t:ItemClass", "IPM.Note")
    sub(item, "t:Subject", str(msg.get("Subject", "")))
    part = msg.get_body(("plain", "html"))
    text = part.get_content() if part is not None else ""
    kind = "HTML" if part is not None and part.get_content_subtype() == "html" else "Text"
    sub(item, "t:Body", text, BodyType=kind)
    sent = parsedate_to_datetime(str(msg["Date"])) if msg.get("Date") else datetime.now(UTC)
    when = received or sent + timedelta(seconds=3)
    sub(item, "t:DateTimeReceived", _utc(when))
    sub(item, "t:DateTimeSent", _utc(sent))
    headers = sub(item, "t:InternetMessageHeaders")
    for name, value in msg.items():
        sub(headers, "t:InternetMessageHeader", str(value), HeaderName=name)
    _recipients(item, "t:ToRecipients", [str(v) for v in msg.get_all("To", [])])
    _recipients(item, "t:CcRecipients", [str(v) for v in msg.get_all("Cc", [])])
    sub(item, "t:IsRead", "false")
    sub(item, "t:ConversationId", Id=base64.b64encode(str(msg.get("Subject", "")).encode()[:24]).decode())
    for tag, header in (("t:From", "From"), ("t:Sender", "From")):
        pairs = getaddresses([str(v) for v in msg.get_all(header, [])])
        if pairs:
            _mailbox(sub(item, tag), pairs[0][0] or None, pairs[0][1])
    if msg.get("Message-ID"):
        sub(item, "t:InternetMessageId", str(msg["Message-ID"]).strip())
    if msg.get("In-Reply-To"):
        sub(item, "t:InReplyTo", str(msg["In-Reply-To"]).strip())
    if msg.get("References"):
        sub(item, "t:References", str(msg["References"]).strip())
    _recipients(item, "t:ReplyTo", [str(v) for v in msg.get_all("Reply-To", [])])
    return item
