"""iCalendar in and out: normalise calendar files to CalendarEvents, write and read owned ticklers.

Shared by the vdir connector, CalDAV and the `classify-event` CLI. Parsing never raises on
bad data: what cannot be read becomes a one-line problem and the rest is still returned.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone  # type: ignore[import-untyped]
from afterview.connectors.base import (
    OWNER,
    Attendee,
    AttendeeKind,
    CalendarEvent,
    StoredTickler,
    Tickler,
    tickler_fingerprint,
)
from afterview.connectors.ical_fast import parse_components, plain_instances, prefilter
from afterview.connectors.ical_tz import resolve_tzid, to_aware, unknown_tzids
from afterview.connectors.mime_html import html_to_text
from icalendar import Alarm, Calendar, Component, Event, vText

PRODID = "-//afterview//afterview//EN"
X_OWNER = "X-AFTERVIEW-OWNER"
X_KEY = "X-AFTERVIEW-KEY"
X_APP = "X-AFTERVIEW-APP"

# A broken value in one of these makes the event unplaceable; elsewhere it is only noted.
_CRITICAL = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})
_KINDS: dict[str, AttendeeKind] = {
    "INDIVIDUAL": "individual",
    "GROUP": "group",
    "ROOM": "room",
    "RESOURCE": "resource",
    "UNKNOWN": "unknown",
}


@dataclass(frozen=True)
class ParsedCalendar:
    """What one iCalendar file says: its events, and one line per thing skipped or guessed.

    `uids` holds every UID the file names (even of events skipped as unreadable) and `span`
    the earliest start and latest end of its events (end None: a series with no known end).
    """

    events: tuple[CalendarEvent, ...]
    problems: tuple[str, ...]
    uids: frozenset[str] = frozenset()
    span: tuple[datetime, datetime | None] | None = None


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a repeated property: keep the first, as clients show it
        value = value[0] if value else ""
    return str(value)


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _description(component: Component) -> str:
    text = _text(component, "DESCRIPTION")
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


def _attendee(value: Any) -> Attendee:
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


def _attendees(component: Component) -> tuple[Attendee, ...]:
    value = component.get("ATTENDEE")
    if value is None:
        return ()
    return tuple(_attendee(item) for item in (value if isinstance(value, list) else [value]))


def _categories(component: Component) -> tuple[str, ...]:
    value = component.get("CATEGORIES")
    found: list[str] = []
    for item in value if isinstance(value, list) else [value] if value is not None else []:
        found.extend(str(cat) for cat in getattr(item, "cats", [item]))
    return tuple(cat for cat in found if cat)


def _moment(component: Component, name: str) -> date | datetime | None:
    """Given a component, returns the DATE or DATE-TIME value of property `name`; raises ValueError."""
    prop: Any = component.get(name)
    if prop is None:
        return None
    value = prop.dt  # a broken property raises here (icalendar's BrokenCalendarProperty)
    if not isinstance(value, date):
        raise ValueError(f"{name} is not a date or date-time")
    return value


def _start(component: Component) -> date | datetime:
    value = _moment(component, "DTSTART")
    if value is None:
        raise ValueError("no DTSTART")
    return value


def _raw_end(component: Component, start: date | datetime) -> date | datetime:
    end = _moment(component, "DTEND")
    if end is not None:
        return end
    length = getattr(component.get("DURATION"), "dt", None)
    if isinstance(length, timedelta):
        return start + length
    # RFC 5545 3.6.1: no end means one day for a DATE start, an instant for a DATE-TIME start.
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _owned_key(component: Component) -> str | None:
    if _text(component, X_OWNER).strip().lower() != OWNER:
        return None
    return _text(component, X_KEY) or None  # verbatim: the key must equal what find_tickler asks for


def _to_event(component: Component, uid: str, tz: tzinfo, recurring: bool) -> CalendarEvent:
    """Given one VEVENT (or one expanded instance), returns its CalendarEvent; raises on bad values."""
    raw_start = _start(component)
    start, all_day = to_aware(raw_start, tz)
    end, _ = to_aware(_raw_end(component, raw_start), tz)
    recurrence_id = None
    rid = _moment(component, "RECURRENCE-ID")
    if recurring and rid is not None:
        recurrence_id, _ = to_aware(rid, tz)
    organizer = component.get("ORGANIZER")
    try:
        sequence = int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    return CalendarEvent(
        uid=uid,
        summary=_text(component, "SUMMARY"),
        start=start,
        end=max(end, start),
        description=_description(component),
        location=_text(component, "LOCATION"),
        url=_text(component, "URL"),
        all_day=all_day,
        recurrence_id=recurrence_id,
        organizer=_attendee(organizer) if organizer is not None else None,
        attendees=_attendees(component),
        cancelled=_text(component, "STATUS").strip().upper() == "CANCELLED",
        sequence=sequence,
        categories=_categories(component),
        owned_key=_owned_key(component),
    )


def _uid(component: Component) -> str:
    uid = _text(component, "UID").strip()
    if uid:
        return uid
    # No UID (against RFC 5545, but seen in exports): a stable one from the content.
    return "nouid-" + hashlib.sha256(component.to_ical()).hexdigest()[:24]


def _roots(data: bytes, where: str, fast: bool) -> tuple[list[Calendar], list[str]]:
    try:
        components = parse_components(data) if fast else Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and friends on a broken file
        return [], [f"{where}: not readable as iCalendar: {_short(exc)}"]
    roots: list[Calendar] = []
    for component in components:
        if isinstance(component, Calendar):
            roots.append(component)
        elif component.name == "VEVENT":  # a bare VEVENT without VCALENDAR around it
            roots.append(Calendar.new(uid="", subcomponents=[component]))
    if roots:
        return roots, []
    if components:  # complete, but no calendar: a lone VTODO, VALARM, VTIMEZONE, ...
        kinds = ", ".join(sorted({str(c.name or "unnamed component") for c in components}))
        return [], [f"{where}: no events (holds only {kinds})"]
    reason = "empty file" if not data.strip() else "no complete VCALENDAR (truncated?)"
    return [], [f"{where}: {reason}"]


def _standard(cal: Calendar, where: str, problems: list[str]) -> Calendar:
    """Given a calendar, returns it with X-WR-TIMEZONE applied (RFC 5545 form)."""
    name = _text(cal, "X-WR-TIMEZONE").strip()
    if not name:
        return cal
    zone = resolve_tzid(name)
    if zone is None:
        problems.append(f"{where}: unknown X-WR-TIMEZONE {name!r}; floating times use the user's zone")
        result = cal
    else:
        try:
            result = x_wr_timezone.to_standard(cal, timezone=zone)
        except Exception as exc:  # a value the converter cannot walk: keep the times as written
            problems.append(f"{where}: X-WR-TIMEZONE not applied: {_short(exc)}")
            result = cal
    result.pop("X-WR-TIMEZONE", None)  # recurring_ical_events would apply it again
    return result


def _check(event: Component, where: str, uid: str, problems: list[str]) -> bool:
    """Given a VEVENT, notes its problems; returns False when it cannot be placed in time."""
    label = f"{where}: VEVENT uid={uid}"
    broken = [name for name, _ in event.errors if name in _CRITICAL]
    if broken:
        reason = next(msg for name, msg in event.errors if name in _CRITICAL)
        problems.append(f"{label}: skipped, bad {broken[0]}: {_short(Exception(reason))}")
        return False
    if event.get("DTSTART") is None:
        problems.append(f"{label}: skipped, no DTSTART")
        return False
    if event.errors:
        names = sorted({name or "unparsable line" for name, _ in event.errors})
        problems.append(f"{label}: ignored broken {', '.join(names)}")
    return True


_SERIES_WALK_LIMIT = 1000
"""Instances walked to find where a finite series ends; a longer one counts as endless."""


def _series_end(group: list[Component], tz: tzinfo) -> datetime | None:
    """Given the components of one recurring UID, returns the end of its last instance, or None if endless."""
    for event in group:
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            if "COUNT" not in rule and "UNTIL" not in rule:
                return None
    last: datetime | None = None
    cal = Calendar.new(uid="", subcomponents=group)
    for count, instance in enumerate(recurring_ical_events.of(cal).all()):
        if count >= _SERIES_WALK_LIMIT:
            return None
        end, _ = to_aware(_raw_end(instance, _start(instance)), tz)
        last = end if last is None or end > last else last
    return last


def _span(group: list[Component], tz: tzinfo) -> tuple[datetime, datetime | None] | None:
    """Given the components of one UID, returns (earliest start, latest end or None if endless)."""
    low: datetime | None = None
    high: datetime | None = None
    for event in group:
        raw = _start(event)
        start, _ = to_aware(raw, tz)
        end, _ = to_aware(_raw_end(event, raw), tz)
        low = start if low is None or start < low else low
        high = end if high is None or end > high else high
    if low is None or high is None:
        return None
    if any(event.get("RRULE") is not None or event.get("RDATE") is not None for event in group):
        last = _series_end(group, tz)
        return low, None if last is None else max(high, last)
    return low, high


def _merge_span(
    a: tuple[datetime, datetime | None] | None, b: tuple[datetime, datetime | None] | None
) -> tuple[datetime, datetime | None] | None:
    if a is None or b is None:
        return a or b
    high = None if a[1] is None or b[1] is None else max(a[1], b[1])
    return min(a[0], b[0]), high


def _instances(group: list[Component], window: tuple[datetime, datetime]) -> Iterator[Component]:
    cal = Calendar.new(uid="", subcomponents=group)
    yield from recurring_ical_events.of(cal).between(window[0], window[1])


def _outside(data: bytes, window: tuple[datetime, datetime], tz: ZoneInfo) -> ParsedCalendar | None:
    """Given a file, returns its UID and span without a full parse if it is one plain event outside `window`.

    What the full parse would add are notes about the event's other properties (never shown,
    since the event is outside the window). None: read the whole file.
    """
    event = prefilter(data, window)
    if event is None or event.errors or not _text(event, "UID").strip() or unknown_tzids(event):
        return None
    if event.get("DTSTART") is None or plain_instances([event], window, tz) != []:
        return None
    try:
        span = _span([event], tz)
    except Exception:  # the full parse reports it
        return None
    return ParsedCalendar((), (), frozenset({_uid(event)}), span)


def parse_calendar(
    data: bytes,
    *,
    tz: ZoneInfo,
    window: tuple[datetime, datetime] | None = None,
    source: str = "",
    fast: bool = True,
) -> ParsedCalendar:
    """Given iCalendar bytes, returns its events (expanded into `window` if given) and problems.

    Never raises on bad data: an unreadable file or component becomes a problem line.
    `fast=False` takes the full path everywhere (ical_fast's shortcuts are checked against it).
    """
    where = source or "<ics>"
    if fast and window is not None:
        outside = _outside(data, window, tz)
        if outside is not None:
            return outside
    roots, problems = _roots(data, where, fast)
    events: list[CalendarEvent] = []
    uids: set[str] = set()
    span: tuple[datetime, datetime | None] | None = None
    for root in roots:
        good: dict[str, list[Component]] = {}
        for event in root.walk("VEVENT"):
            uid = _uid(event)
            uids.add(uid)
            if not _check(event, where, uid, problems):
                continue
            for tzid in sorted(unknown_tzids(event)):
                problems.append(f"{where}: VEVENT uid={uid}: unknown TZID {tzid!r}, read in {tz.key}")
            good.setdefault(uid, []).append(event)
        root.subcomponents = [c for c in root.subcomponents if c.name != "VEVENT"] + [
            event for group in good.values() for event in group
        ]
        cal = _standard(root, where, problems)
        by_uid: dict[str, list[Component]] = {}
        for event in cal.walk("VEVENT"):
            by_uid.setdefault(_uid(event), []).append(event)
        for uid, group in by_uid.items():
            recurring = any(e.get(k) is not None for e in group for k in ("RRULE", "RDATE", "RECURRENCE-ID"))
            try:
                span = _merge_span(span, _span(group, tz))
                plain = plain_instances(group, window, tz) if fast and window is not None else None
                found = plain if plain is not None else _instances(group, window) if window is not None else group
                events.extend([_to_event(c, uid, tz, recurring) for c in found])
            except Exception as exc:  # one bad series must not hide the rest of the file
                problems.append(f"{where}: VEVENT uid={uid}: skipped: {_short(exc)}")
    return ParsedCalendar(tuple(events), tuple(problems), frozenset(uids), span)


# ---------------------------------------------------------------- owned ticklers


class _ExactText(vText):
    """TEXT escaped exactly as RFC 5545 3.3.11 says.

    icalendar 7 first turns a literal backslash-N into a line break, so a text holding
    "C:\\New" would come back changed and look like a user's edit.
    """

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        return text.encode("utf-8")


def tickler_to_ics(t: Tickler, tz: ZoneInfo) -> bytes:
    """Given a tickler and the user's zone, returns a VCALENDAR holding its one owned VEVENT."""
    start = t.start.astimezone(tz)
    end = t.end.astimezone(tz)
    before = timedelta(minutes=-max(0, t.alarm_minutes_before))
    # icalendar refuses a DISPLAY alarm without text; an empty title still needs a reminder.
    alarm = Alarm.new_display(t.summary.strip() or "afterview reminder", before, uid=f"{t.uid}-alarm")
    event = Event.new(
        uid=t.uid,
        summary=t.summary,
        description=t.description,
        start=start,
        end=end,
        stamp=datetime.now(UTC),
        subcomponents=[alarm],
    )
    event["SUMMARY"] = _ExactText(t.summary)
    event["DESCRIPTION"] = _ExactText(t.description)
    event.add("TRANSP", "TRANSPARENT")
    event.add(X_OWNER, OWNER)
    event.add(X_KEY, t.key)
    event.add(X_APP, t.app_id)
    # The calendar UID must equal the event UID: a random one makes vdirsyncer drop the event.
    cal = Calendar.new(uid=t.uid, prodid=PRODID, subcomponents=[event])
    # A VTIMEZONE covering a year around the event keeps the file small and valid.
    cal.add_missing_timezones(
        first_date=(start - timedelta(days=366)).date(), last_date=(end + timedelta(days=366)).date()
    )
    data: bytes = cal.to_ical()
    return data


def stored_tickler_from_ics(
    data: bytes, *, ref: str, etag: str, tz: tzinfo | None = None
) -> StoredTickler | None:
    """Given a calendar file, returns the owned tickler in it (fingerprint of what it says now) or None.

    `tz` places all-day or floating times a user may have set (default UTC).
    """
    zone = tz or UTC
    try:
        components = Calendar.from_ical(data, multiple=True)
    except Exception:  # not iCalendar: not ours to manage
        return None
    for root in components:
        for event in root.walk("VEVENT"):
            key = _owned_key(event)
            if key is None or event.get("DTSTART") is None:
                continue
            try:
                raw = _start(event)
                start, _ = to_aware(raw, zone)
                end, _ = to_aware(_raw_end(event, raw), zone)
            except Exception:  # a broken time the user typed: still ours, with an unmatchable print
                start = end = datetime.fromtimestamp(0, UTC)
            summary = _text(event, "SUMMARY")
            description = _text(event, "DESCRIPTION")
            return StoredTickler(
                key=key,
                ref=ref,
                etag=etag,
                fingerprint=tickler_fingerprint(summary, description, start, end),
                start=start,
                app_id=_text(event, X_APP),
            )
    return None
