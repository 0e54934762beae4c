"""One VEVENT read as a CalendarEvent: its text, people, times and owner tag, as icalendar gives them."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from afterview.connectors.base import OWNER, Attendee, AttendeeKind, CalendarEvent
from afterview.connectors.ical_tz import to_aware
from afterview.connectors.mime_html import html_to_text
from icalendar import Component

X_OWNER = "X-AFTERVIEW-OWNER"
X_KEY = "X-AFTERVIEW-KEY"
X_APP = "X-AFTERVIEW-APP"

_KINDS: dict[str, AttendeeKind] = {
    "INDIVIDUAL": "individual",
    "GROUP": "group",
    "ROOM": "room",
    "RESOURCE": "resource",
    "UNKNOWN": "unknown",
}


def prop_text(component: Component, name: str) -> str:
    """Given a component and a property name, returns the property as text ("" if absent)."""
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a repeated property: keep the first, as clients show it
        value = value[0] if value else ""
    return str(value)


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def description_of(component: Component) -> str:
    """Given a VEVENT, returns its DESCRIPTION, or its X-ALT-DESC (HTML made text) when that is empty."""
    text = prop_text(component, "DESCRIPTION")
    if text.strip():
        return text
    alt = component.get("X-ALT-DESC")
    if alt is None:
        return text
    alt = alt[0] if isinstance(alt, list) and alt else alt
    fmt = str(getattr(alt, "params", {}).get("FMTTYPE", "text/html")).lower()
    # icalendar hands an X- property over undecoded; X-ALT-DESC is TEXT, so undo RFC 5545 TEXT escapes.
    body = _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(alt))
    return html_to_text(body) if "html" in fmt else body


def attendee_of(value: Any) -> Attendee:
    """Given an ATTENDEE or ORGANIZER value, returns the Attendee it names."""
    params = getattr(value, "params", {}) or {}
    address = str(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    email = address.strip().lower() if "@" in address else None
    cutype = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
    role = params.get("ROLE")
    status = params.get("PARTSTAT")
    name = params.get("CN")
    return Attendee(
        name=str(name).strip() or None if name is not None else None,
        email=email,
        kind=_KINDS.get(cutype, "unknown"),
        role=str(role).upper() if role else None,
        status=str(status).upper() if status else None,
    )


def attendees_of(component: Component) -> tuple[Attendee, ...]:
    """Given a VEVENT, returns its attendees in file order."""
    value = component.get("ATTENDEE")
    if value is None:
        return ()
    return tuple(attendee_of(item) for item in (value if isinstance(value, list) else [value]))


def categories_of(component: Component) -> tuple[str, ...]:
    """Given a VEVENT, returns its categories, every CATEGORIES line flattened."""
    value = component.get("CATEGORIES")
    found: list[str] = []
    for item in value if isinstance(value, list) else [value] if value is not None else []:
        found.extend(str(cat) for cat in getattr(item, "cats", [item]))
    return tuple(cat for cat in found if cat)


def moment(component: Component, name: str) -> date | datetime | None:
    """Given a component, returns the DATE or DATE-TIME value of property `name`; raises ValueError."""
    prop: Any = component.get(name)
    if prop is None:
        return None
    value = prop.dt  # a broken property raises here (icalendar's BrokenCalendarProperty)
    if not isinstance(value, date):
        raise ValueError(f"{name} is not a date or date-time")
    return value


def start_of(component: Component) -> date | datetime:
    """Given a VEVENT, returns its DTSTART value; raises ValueError if absent or broken."""
    value = moment(component, "DTSTART")
    if value is None:
        raise ValueError("no DTSTART")
    return value


def raw_end(component: Component, start: date | datetime) -> date | datetime:
    """Given a VEVENT and its start, returns its end as written (DTEND, DTSTART + DURATION, or RFC 5545's default)."""
    end = moment(component, "DTEND")
    if end is not None:
        return end
    length = getattr(component.get("DURATION"), "dt", None)
    if isinstance(length, timedelta):
        return start + length
    # RFC 5545 3.6.1: no end means one day for a DATE start, an instant for a DATE-TIME start.
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def owned_key(component: Component) -> str | None:
    """Given a VEVENT, returns its afterview key if it carries afterview's owner tag, else None."""
    if prop_text(component, X_OWNER).strip().lower() != OWNER:
        return None
    return prop_text(component, X_KEY) or None  # verbatim: the key must equal what find_tickler asks for


def to_event(component: Component, uid: str, tz: tzinfo, recurring: bool) -> CalendarEvent:
    """Given one VEVENT (or one expanded instance), returns its CalendarEvent; raises on bad values."""
    raw_start = start_of(component)
    start, all_day = to_aware(raw_start, tz)
    end, _ = to_aware(raw_end(component, raw_start), tz)
    recurrence_id = None
    rid = moment(component, "RECURRENCE-ID")
    if recurring and rid is not None:
        recurrence_id, _ = to_aware(rid, tz)
    organizer = component.get("ORGANIZER")
    try:
        sequence = int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    return CalendarEvent(
        uid=uid,
        summary=prop_text(component, "SUMMARY"),
        start=start,
        end=max(end, start),
        description=description_of(component),
        location=prop_text(component, "LOCATION"),
        url=prop_text(component, "URL"),
        all_day=all_day,
        recurrence_id=recurrence_id,
        organizer=attendee_of(organizer) if organizer is not None else None,
        attendees=attendees_of(component),
        cancelled=prop_text(component, "STATUS").strip().upper() == "CANCELLED",
        sequence=sequence,
        categories=categories_of(component),
        owned_key=owned_key(component),
    )
