"""Recurring events in the Graph fake: a `seriesMaster` with Graph's recurrence pattern and range,
`occurrence`s computed in a calendarView window, `exception`s stored as items of their own, deleted
occurrences remembered on the master (Graph's cancelledOccurrences). Graph's pattern is mapped to an
RRULE and expanded by recurring_ical_events; `import_ics` maps an iCalendar series the other way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from afterview.connectors.base import CalendarEvent
from fakes.graph_shapes import event_json, offset_stamp, stamp

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_KEY = "%Y%m%dT%H%M%SZ"


def key(original: datetime) -> str:
    """Given an occurrence's original start, returns how the fake names it (UTC, basic format)."""
    return original.astimezone(UTC).strftime(_KEY)


def occurrence_id(master_id: str, original: datetime) -> str:
    """Given a series master id and an original start, returns the occurrence's (and its exception's) id."""
    return f"{master_id}_{key(original)}"


def utc_of(value: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(value["dateTime"])[:19]).replace(tzinfo=UTC)


def _days(pattern: dict[str, Any]) -> list[str]:
    return [_ICAL_DAYS[_DAYS.index(str(d).lower())] for d in pattern.get("daysOfWeek") or ()]


def rrule(recurrence: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    """Given Graph's patternedRecurrence and its zone, returns the RRULE (as icalendar's vRecur dict)."""
    pattern, rng = recurrence["pattern"], recurrence["range"]
    kind = str(pattern["type"])
    rule: dict[str, Any] = {"INTERVAL": int(pattern.get("interval") or 1)}
    if kind == "daily":
        rule["FREQ"] = "DAILY"
    elif kind == "weekly":
        rule.update(FREQ="WEEKLY", BYDAY=_days(pattern),
                    WKST=_ICAL_DAYS[_DAYS.index(str(pattern.get("firstDayOfWeek") or "sunday").lower())])
    elif kind in ("absoluteMonthly", "relativeMonthly"):
        rule["FREQ"] = "MONTHLY"
    elif kind in ("absoluteYearly", "relativeYearly"):
        rule.update(FREQ="YEARLY", BYMONTH=int(pattern["month"]))
    else:
        raise ValueError(f"unknown recurrence pattern {kind!r}")
    if kind in ("absoluteMonthly", "absoluteYearly"):
        rule["BYMONTHDAY"] = int(pattern["dayOfMonth"])
    if kind.startswith("relative"):
        rule.update(BYDAY=_days(pattern), BYSETPOS=_INDEX[str(pattern.get("index") or "first")])
    if rng["type"] == "numbered":
        rule["COUNT"] = int(rng["numberOfOccurrences"])
    elif rng["type"] == "endDate":
        rule["UNTIL"] = datetime.combine(date.fromisoformat(rng["endDate"]), time(23, 59, 59), zone).astimezone(UTC)
    return rule


def _zone(master: dict[str, Any]) -> ZoneInfo:
    return ZoneInfo(str(master["recurrence"]["range"].get("recurrenceTimeZone") or "UTC"))


def expand(master: dict[str, Any], lo: datetime, hi: datetime, skip: set[str]) -> Iterator[dict[str, Any]]:
    """Given a seriesMaster's JSON and a window, returns its occurrences there (JSON as calendarView
    shows them), leaving out those whose key is in `skip` (deleted, or stored as exceptions)."""
    zone = _zone(master)
    start = utc_of(master["start"]).astimezone(zone)
    vevent = icalendar.Event()
    vevent.add("uid", master["iCalUId"])
    vevent.add("dtstart", start)
    vevent.add("dtend", utc_of(master["end"]).astimezone(zone))
    vevent.add("rrule", rrule(master["recurrence"], zone))
    cal = icalendar.Calendar()
    cal.add_component(vevent)
    for found in recurring_ical_events.of(cal).between(lo, hi):
        begin, end = found.decoded("dtstart"), found.decoded("dtend")
        if key(begin) not in skip:
            yield occurrence_json(master, begin, begin, end)


def occurrence_json(master: dict[str, Any], original: datetime, start: datetime, end: datetime) -> dict[str, Any]:
    """Given a master and an occurrence's original start and times, returns the occurrence's JSON."""
    out = {k: v for k, v in master.items() if k != "recurrence"}
    # Graph gives every occurrence an iCalUId of its own; the series UID is the master's.
    digest = hashlib.sha256(f"{master['iCalUId']}|{key(original)}".encode()).hexdigest()[:40].upper()
    out.update(id=occurrence_id(master["id"], original), type="occurrence", seriesMasterId=master["id"],
               iCalUId=f"040000008200E00074C5B7101A82E008{digest}", originalStart=offset_stamp(original),
               start={"dateTime": stamp(start), "timeZone": "UTC"}, end={"dateTime": stamp(end), "timeZone": "UTC"})
    return out


# ---------------------------------------------------------------- import from iCalendar


def pattern(rule: icalendar.vRecur, first: datetime, zone: ZoneInfo) -> dict[str, Any]:
    """Given an RRULE and the series' first start, returns Graph's patternedRecurrence for it."""
    freq = str(rule["FREQ"][0])
    interval = int(rule.get("INTERVAL", [1])[0])
    local = first.astimezone(zone)
    days = [str(d)[-2:] for d in rule.get("BYDAY", [])] or [_ICAL_DAYS[local.weekday()]]
    names = [_DAYS[_ICAL_DAYS.index(d)] for d in days]
    found: dict[str, Any] = {"interval": interval}
    if freq == "DAILY":
        found["type"] = "daily"
    elif freq == "WEEKLY":
        found.update(type="weekly", daysOfWeek=names, firstDayOfWeek="monday")
    elif freq == "MONTHLY":
        found.update(type="absoluteMonthly", dayOfMonth=local.day)
    elif freq == "YEARLY":
        found.update(type="absoluteYearly", month=local.month, dayOfMonth=local.day)
    else:
        raise ValueError(f"Graph has no pattern for FREQ={freq}")
    rng: dict[str, Any] = {"type": "noEnd", "startDate": local.date().isoformat(), "recurrenceTimeZone": zone.key}
    if "COUNT" in rule:
        rng.update(type="numbered", numberOfOccurrences=int(rule["COUNT"][0]))
    elif "UNTIL" in rule:
        until = rule["UNTIL"][0]
        until_day = until.astimezone(zone).date() if isinstance(until, datetime) else until
        rng.update(type="endDate", endDate=until_day.isoformat())
    return {"pattern": found, "range": rng}


def _event(component: icalendar.Event, zone: ZoneInfo) -> CalendarEvent:
    start = component.decoded("dtstart")
    end = component.decoded("dtend") if "dtend" in component else start + component.decoded("duration")
    return CalendarEvent(uid=str(component["uid"]), summary=str(component.get("summary", "")),
                         start=start if start.tzinfo else start.replace(tzinfo=zone),
                         end=end if end.tzinfo else end.replace(tzinfo=zone),
                         description=str(component.get("description", "")),
                         location=str(component.get("location", "")),
                         cancelled=str(component.get("status", "")).upper() == "CANCELLED")


def _exdates(component: icalendar.Event) -> list[datetime]:
    values = component.get("exdate")
    out: list[datetime] = []
    for value in values if isinstance(values, list) else [values] if values is not None else []:
        out.extend(d.dt for d in value.dts)
    return out


def import_ics(fake: Any, data: bytes, zone: ZoneInfo) -> list[str]:
    """Given the GraphFake, iCalendar bytes and the user's zone, stores the events as Outlook would
    import them (a series as a seriesMaster, overrides as exceptions, EXDATEs deleted); returns ids."""
    cal = icalendar.Calendar.from_ical(data)
    components = list(cal.walk("VEVENT"))
    ids: list[str] = []
    masters: dict[str, str] = {}
    for component in components:
        if "recurrence-id" in component:
            continue
        event = _event(component, zone)
        body = event_json(event)
        if "rrule" in component:
            series_zone = getattr(event.start.tzinfo, "key", None)
            body.update(type="seriesMaster", recurrence=pattern(component["rrule"], event.start,
                                                                ZoneInfo(series_zone) if series_zone else zone))
        ids.append(fake.put_event_json(body))
        masters[event.uid] = ids[-1]
        for gone in _exdates(component):
            fake.delete_occurrence(ids[-1], gone if gone.tzinfo else gone.replace(tzinfo=zone))
    for component in components:
        if "recurrence-id" in component:
            original = component.decoded("recurrence-id")
            event = _event(component, zone)
            ids.append(fake.edit_occurrence(masters[event.uid], original if original.tzinfo else
                                            original.replace(tzinfo=zone), **{
                                                k: v for k, v in event_json(event).items()
                                                if k not in ("iCalUId", "type")}))
    return ids

