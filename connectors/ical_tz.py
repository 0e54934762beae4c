"""Time zones of iCalendar values: resolving TZIDs and placing dates and floating times.

icalendar 7 resolves a TZID while parsing, in this order: a VTIMEZONE of the same file,
an IANA name, a Windows zone name (CLDR windowsZones, icalendar's WINDOWS_TO_OLSON table),
a vendor-prefixed "/vendor/Area/City" name. What it cannot resolve stays a naive datetime
with its TZID parameter; `unknown_tzids` finds those so they can be reported and placed
in the user's zone like floating times.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# Properties whose values may carry a TZID parameter.
_DATE_PROPERTIES = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE")
_WINDOWS_FOLDED = {name.casefold(): iana for name, iana in WINDOWS_TO_OLSON.items()}


def windows_to_iana(name: str) -> str | None:
    """Given a Windows zone name ("W. Europe Standard Time"), returns its IANA name or None."""
    return _WINDOWS_FOLDED.get(name.strip().strip('"').casefold())


# Real zone names have a few parts ("/vendor/America/Argentina/Buenos_Aires" at most); a TZID of
# hundreds of "/"-parts makes zoneinfo import a package per part and overflow the stack.
_MAX_TZID_PARTS = 8
_MAX_TZID_CHARS = 200


def resolve_tzid(tzid: str) -> tzinfo | None:
    """Given a TZID (IANA, Windows, or one defined by an already parsed VTIMEZONE), returns it or None."""
    if len(tzid) > _MAX_TZID_CHARS or tzid.count("/") > _MAX_TZID_PARTS:
        return None
    found = tzp.timezone(tzid)
    if found is not None:
        return found
    iana = windows_to_iana(tzid)
    return tzp.timezone(iana) if iana else None


def _values(prop: Any) -> list[Any]:
    """Given a date property (one value, a list of values, or vDDDLists), returns its vDDDTypes."""
    items = prop if isinstance(prop, list) else [prop]
    found: list[Any] = []
    for item in items:
        dts = getattr(item, "dts", None)
        found.extend(dts if dts is not None else [item])
    return found


def unknown_tzids(component: Any) -> set[str]:
    """Given a parsed component, returns the TZIDs icalendar could not resolve (values left naive)."""
    unknown: set[str] = set()
    for name in _DATE_PROPERTIES:
        prop = component.get(name)
        if prop is None:
            continue
        params = getattr(prop, "params", None) or {}
        for value in _values(prop):
            tzid = (getattr(value, "params", None) or params).get("TZID")
            moment = getattr(value, "dt", None)
            if tzid and isinstance(moment, datetime) and moment.tzinfo is None:
                unknown.add(str(tzid))
    return unknown


def to_aware(value: date | datetime, tz: tzinfo) -> tuple[datetime, bool]:
    """Given a DATE or DATE-TIME value, returns (aware datetime, all_day).

    Dates become 00:00 in `tz`; floating times are read as wall-clock times in `tz`.
    """
    if isinstance(value, datetime):
        return (value if value.tzinfo is not None else value.replace(tzinfo=tz)), False
    return datetime(value.year, value.month, value.day, tzinfo=tz), True
