"""Recurring events in the Google Calendar fake: series expansion and iCalendar import.

Google keeps a series as one event with `recurrence` (RRULE/EXDATE/RDATE lines) and its
changed or cancelled instances as events of their own (`recurringEventId`, `originalStartTime`,
id `<series id>_<original start, UTC basic format>`). With singleEvents=true a listing
returns instances instead of the series; the expansion is recurring_ical_events' work.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

HORIZON = timedelta(days=730)
"""How far past now (or its start) a series is expanded when no timeMax bounds it (a sync)."""


def instance_id(series_id: str, original: datetime | date) -> str:
    """Given a series id and an instance's original start, returns the instance's event id as Google forms it."""
    if isinstance(original, datetime):
        return f"{series_id}_{original.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    return f"{series_id}_{original.strftime('%Y%m%d')}"


def _zone(value: dict[str, Any], fallback: ZoneInfo) -> ZoneInfo:
    return ZoneInfo(str(value["timeZone"])) if value.get("timeZone") else fallback


def _when(value: dict[str, Any], tz: ZoneInfo) -> datetime | date:
    if "date" in value:
        return date.fromisoformat(str(value["date"]))
    return datetime.fromisoformat(str(value["dateTime"])).astimezone(_zone(value, tz))


def _as_resource_time(moment: datetime | date, zone: str) -> dict[str, str]:
    if isinstance(moment, datetime):
        return {"dateTime": moment.isoformat(), "timeZone": zone}
    return {"date": moment.isoformat()}


def original_of(resource: dict[str, Any], tz: ZoneInfo) -> datetime | date:
    """Given an instance resource, returns its original start (a date for all-day series)."""
    return _when(resource["originalStartTime"], tz)


def _master_component(master: dict[str, Any], tz: ZoneInfo) -> icalendar.Calendar:
    vevent = icalendar.Event()
    vevent.add("uid", master.get("iCalUID") or master["id"])
    vevent.add("dtstart", _when(master["start"], tz))
    vevent.add("dtend", _when(master.get("end") or master["start"], tz))
    for line in master.get("recurrence") or ():
        # Each line is an iCalendar property as Google stores it; icalendar parses it.
        parsed = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\n")
        for name, value in parsed.property_items(recursive=False):
            if name in ("RRULE", "EXDATE", "RDATE", "EXRULE"):
                vevent.add(name, value)
    cal = icalendar.Calendar()
    cal.add_component(vevent)
    return cal


def expand(master: dict[str, Any], tz: ZoneInfo, lo: datetime | None, hi: datetime | None,
           skip: set[str]) -> Iterator[dict[str, Any]]:
    """Given a series resource, the calendar's zone and bounds (None: the series start / a horizon),
    returns its instance resources whose ids are not in `skip` (the stored exceptions)."""
    first = _when(master["start"], tz)
    start_at = first if isinstance(first, datetime) else datetime.combine(first, datetime.min.time(), tz)
    lo = lo or start_at
    hi = hi or max(start_at, datetime.now(UTC)) + HORIZON
    zone = str((master["start"] or {}).get("timeZone") or tz.key)
    for occurrence in recurring_ical_events.of(_master_component(master, tz)).between(lo, hi):
        start, end = occurrence.decoded("dtstart"), occurrence.decoded("dtend")
        event_id = instance_id(master["id"], start)
        if event_id in skip:
            continue
        instance = {k: v for k, v in master.items() if k != "recurrence"}
        instance.update(id=event_id, recurringEventId=master["id"], start=_as_resource_time(start, zone),
                        end=_as_resource_time(end, zone), originalStartTime=_as_resource_time(start, zone))
        yield instance


def cancelled_instance(master: dict[str, Any], original: datetime | date, zone: str) -> dict[str, Any]:
    """Given a series and an instance's original start, returns the cancelled exception Google keeps
    (only id, recurringEventId and originalStartTime are guaranteed, so no more is kept)."""
    return {"kind": "calendar#event", "id": instance_id(master["id"], original), "status": "cancelled",
            "recurringEventId": master["id"], "originalStartTime": _as_resource_time(original, zone)}


# ---------------------------------------------------------------- import from iCalendar


def _ical_time(component: icalendar.Event, name: str, tz: ZoneInfo) -> tuple[datetime | date, str]:
    value = component.decoded(name)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        zone = getattr(value.tzinfo, "key", None) or tz.key
        return value, zone
    return value, tz.key


def _resource(component: icalendar.Event, tz: ZoneInfo) -> dict[str, Any]:
    start, zone = _ical_time(component, "dtstart", tz)
    if "dtend" in component:
        end, _ = _ical_time(component, "dtend", tz)
    else:
        end = start + (component.decoded("duration") if "duration" in component else timedelta(0))
    resource: dict[str, Any] = {
        "iCalUID": str(component["uid"]),
        "summary": str(component.get("summary", "")),
        "start": _as_resource_time(start, zone),
        "end": _as_resource_time(end, zone),
        "status": "cancelled" if str(component.get("status", "")).upper() == "CANCELLED" else "confirmed",
        "sequence": int(component.get("sequence", 0)),
    }
    for name in ("description", "location"):
        if name in component:
            resource[name] = str(component[name])
    lines = [line for prop in ("RRULE", "RDATE", "EXDATE") for line in _lines(component, prop)]
    if lines:
        resource["recurrence"] = lines
    return resource


def _lines(component: icalendar.Event, name: str) -> list[str]:
    values = component.get(name)
    if values is None:
        return []
    return [str(component.content_line(name, value)) for value in (values if isinstance(values, list) else [values])]


def import_ics(store: Any, data: bytes, calendar: str = "primary") -> list[str]:
    """Given the fake's CalendarStore and iCalendar bytes, stores its events as Google would import
    them (series with their recurrence lines, overrides as instances of the series); returns the ids."""
    cal = icalendar.Calendar.from_ical(data)
    events = [c for c in cal.walk("VEVENT")]
    ids: list[str] = []
    masters: dict[str, dict[str, Any]] = {}
    for component in events:
        if "recurrence-id" not in component:
            ids.append(store.put_event(_resource(component, store.tz), calendar))
            masters[str(component["uid"])] = store.events[calendar][ids[-1]]
    for component in events:
        if "recurrence-id" in component:
            master = masters[str(component["uid"])]
            original, zone = _ical_time(component, "recurrence-id", store.tz)
            body = {**_resource(component, store.tz), "id": instance_id(master["id"], original),
                    "recurringEventId": master["id"], "originalStartTime": _as_resource_time(original, zone)}
            body.pop("recurrence", None)
            ids.append(store.put_event(body, calendar))
    return ids
