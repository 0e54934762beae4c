"""Graph JSON <-> the contract's values: events, ticklers, owner-tag properties and filters.

The owner tag is a single-value extended property (a String in afterview's own GUID
namespace) holding the idempotency key; a second one holds the application id. Graph's
delta responses never carry extended properties, so the calendar looks owned events up
with the `$filter` these helpers build.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.connectors.base import (
    Attendee,
    AttendeeKind,
    CalendarEvent,
    StoredTickler,
    Tickler,
    artifact_uid,
    tickler_fingerprint,
)
from afterview.connectors.mime_html import html_to_text

PROPERTY_SET = "{49f259a4-17b1-5bd4-9473-e4f64503432f}"
KEY_PROP = f"String {PROPERTY_SET} Name AfterviewKey"
APP_PROP = f"String {PROPERTY_SET} Name AfterviewApp"

PREFER_UTC_TEXT = 'outlook.timezone="UTC", outlook.body-content-type="text"'
"""Times in UTC and bodies as plain text, so fingerprints are computed from what a person sees."""

_MOMENT = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_STATUS = {
    "accepted": "ACCEPTED", "declined": "DECLINED", "tentativelyaccepted": "TENTATIVE",
    "none": "NEEDS-ACTION", "notresponded": "NEEDS-ACTION", "organizer": "ACCEPTED",
}
_ROLE = {"required": "REQ-PARTICIPANT", "optional": "OPT-PARTICIPANT", "resource": "NON-PARTICIPANT"}


def odata_quote(value: str) -> str:
    """Given a string, returns it as an OData literal ('' doubles a quote)."""
    return "'" + value.replace("'", "''") + "'"


def owner_filter(key: str | None = None) -> str:
    """Given a key (None: any), returns the $filter matching items that carry afterview's owner tag."""
    test = "ep/value ne null" if key is None else f"ep/value eq {odata_quote(key)}"
    return f"singleValueExtendedProperties/Any(ep: ep/id eq {odata_quote(KEY_PROP)} and {test})"


OWNER_EXPAND = (
    f"singleValueExtendedProperties($filter=id eq {odata_quote(KEY_PROP)} or id eq {odata_quote(APP_PROP)})"
)


def properties(item: dict[str, Any]) -> dict[str, str]:
    """Given a Graph item, returns its expanded single-value extended properties by id."""
    found: dict[str, str] = {}
    for prop in item.get("singleValueExtendedProperties") or ():
        if isinstance(prop, dict) and isinstance(prop.get("id"), str):
            found[prop["id"].lower()] = str(prop.get("value") or "")
    return found


def owned_key(item: dict[str, Any]) -> str | None:
    """Given a Graph item with expanded properties, returns its owner key, or None."""
    return properties(item).get(KEY_PROP.lower()) or None


def parse_moment(value: Any, tz: tzinfo = UTC) -> datetime | None:
    """Given a Graph DateTimeTimeZone object or a DateTimeOffset string, returns an aware datetime."""
    zone: tzinfo = tz
    if isinstance(value, dict):
        text = value.get("dateTime")
        name = value.get("timeZone") or "UTC"
        try:
            zone = UTC if name.upper() in ("UTC", "Z") else ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC  # a Windows zone name: we ask Graph for UTC, so this is rare
    else:
        text = value
    if not isinstance(text, str):
        return None
    match = _MOMENT.match(text.strip())
    if not match:
        return None
    base, fraction, offset = match.groups()
    micro = (fraction or ".0")[1:7].ljust(6, "0")
    try:
        moment = datetime.fromisoformat(f"{base}.{micro}")
    except ValueError:
        return None
    if offset:
        return moment.replace(tzinfo=UTC if offset == "Z" else datetime.fromisoformat(f"{base}{offset}").tzinfo)
    return moment.replace(tzinfo=zone)


def graph_moment(moment: datetime) -> dict[str, str]:
    """Given an aware datetime, returns Graph's DateTimeTimeZone in UTC."""
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def _person(obj: Any) -> tuple[str | None, str | None]:
    address = (obj or {}).get("emailAddress") or {}
    email = address.get("address")
    return (address.get("name") or None, email.strip().lower() if isinstance(email, str) and email else None)


def _rooms(item: dict[str, Any]) -> set[str]:
    rooms: set[str] = set()
    for loc in [item.get("location") or {}, *(item.get("locations") or ())]:
        email = (loc or {}).get("locationEmailAddress")
        if isinstance(email, str) and email and (loc.get("locationType") in (None, "conferenceRoom")):
            rooms.add(email.lower())
    return rooms


def _attendees(item: dict[str, Any]) -> tuple[Attendee, ...]:
    rooms = _rooms(item)
    found: list[Attendee] = []
    for entry in item.get("attendees") or ():
        name, email = _person(entry)
        kind_name = str(entry.get("type") or "required").lower()
        kind: AttendeeKind = "individual"
        if kind_name == "resource":
            kind = "room" if email in rooms else "resource"
        response = str(((entry.get("status") or {}).get("response")) or "none").lower()
        found.append(Attendee(name, email, kind=kind, role=_ROLE.get(kind_name), status=_STATUS.get(response)))
    return tuple(found)


def _day(moment: datetime | None, tz: tzinfo) -> datetime | None:
    if moment is None:
        return None
    return datetime.combine(date(moment.year, moment.month, moment.day), time(0), tzinfo=tz)


def body_text(item: dict[str, Any]) -> str:
    """Given a Graph event or message, returns its body as plain text (we ask for text; HTML is converted)."""
    body = item.get("body") or {}
    content = str(body.get("content") or "")
    return html_to_text(content) if str(body.get("contentType", "text")).lower() == "html" else content


def to_event(item: dict[str, Any], tz: tzinfo, key: str | None, series_uid: str | None = None) -> CalendarEvent | None:
    """Given a Graph event, the user's zone, its owner key (if owned) and, for an occurrence or exception,
    its series UID, returns it; None if unreadable."""
    start, end = parse_moment(item.get("start")), parse_moment(item.get("end"))
    if start is None:
        return None
    all_day = bool(item.get("isAllDay"))
    if all_day:  # Graph keeps all-day events at midnight whatever zone it was asked for
        start, end = _day(start, tz), _day(end, tz)
        assert start is not None
    end = end if end is not None and end >= start else start
    organizer = None
    if item.get("organizer"):
        name, email = _person(item["organizer"])
        organizer = Attendee(name, email, role="CHAIR") if email or name else None
    recurrence_id = None
    if item.get("type") in ("occurrence", "exception"):
        recurrence_id = parse_moment(item.get("originalStart"))
    uid = artifact_uid(key) if key else series_uid or str(item.get("iCalUId") or item.get("id") or "")
    return CalendarEvent(
        uid=uid,
        summary=str(item.get("subject") or ""),
        start=start,
        end=end,
        description=body_text(item),
        location=str((item.get("location") or {}).get("displayName") or ""),
        url=str((item.get("onlineMeeting") or {}).get("joinUrl") or ""),
        all_day=all_day,
        recurrence_id=recurrence_id,
        organizer=organizer,
        attendees=_attendees(item),
        cancelled=bool(item.get("isCancelled")),
        categories=tuple(str(c) for c in item.get("categories") or ()),
        owned_key=key,
    )


_STAMP = "%Y%m%dT%H%M%SZ"


def stamp(moment: datetime) -> str:
    """Given an occurrence's original start, returns it as the cursor keeps it (UTC, basic format)."""
    return moment.astimezone(UTC).strftime(_STAMP)


def cancelled_occurrence(uid: str, original: str) -> CalendarEvent:
    """Given a series UID and an occurrence's stamp, returns that occurrence, deleted: a cancelled event
    under its key (Graph's `@removed` carries only the id, so no title or length is known)."""
    start = datetime.strptime(original, _STAMP).replace(tzinfo=UTC)
    return CalendarEvent(uid=uid, summary="", start=start, end=start, recurrence_id=start, cancelled=True)


def tickler_body(tickler: Tickler) -> dict[str, Any]:
    """Given a tickler, returns the Graph event JSON that creates or rewrites it, owner tag included."""
    return {
        "subject": tickler.summary,
        "body": {"contentType": "text", "content": tickler.description},
        "start": graph_moment(tickler.start),
        "end": graph_moment(tickler.end),
        "showAs": "free",
        "isReminderOn": tickler.alarm_minutes_before > 0,
        "reminderMinutesBeforeStart": tickler.alarm_minutes_before,
        "singleValueExtendedProperties": [
            {"id": KEY_PROP, "value": tickler.key},
            {"id": APP_PROP, "value": tickler.app_id},
        ],
    }


def stored_tickler(item: dict[str, Any]) -> StoredTickler | None:
    """Given a Graph event with expanded properties, returns the owned tickler it is, or None."""
    props = properties(item)
    key = props.get(KEY_PROP.lower())
    start, end = parse_moment(item.get("start")), parse_moment(item.get("end"))
    if not key or start is None or end is None:
        return None
    fingerprint = tickler_fingerprint(str(item.get("subject") or ""), body_text(item), start, end)
    return StoredTickler(
        key=key,
        ref=str(item.get("id") or ""),
        etag=str(item.get("changeKey") or item.get("@odata.etag") or ""),
        fingerprint=fingerprint,
        start=start,
        app_id=props.get(APP_PROP.lower(), ""),
    )
