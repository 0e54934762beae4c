"""iCalendar in: normalise calendar files to CalendarEvents (owned ticklers: ical_tickler, re-exported here).

Shared by the vdir connector, CalDAV and the `classify-event` CLI. Parsing never raises on
bad data: what cannot be read becomes a one-line problem and the rest is still returned.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone  # type: ignore[import-untyped]
from afterview.connectors.base import CalendarEvent
from afterview.connectors.ical_dense import MAX_PER_DAY, dense_rule, rrules
from afterview.connectors.ical_event import X_APP as X_APP
from afterview.connectors.ical_event import X_KEY as X_KEY
from afterview.connectors.ical_event import X_OWNER as X_OWNER
from afterview.connectors.ical_event import prop_text, raw_end, start_of, to_event
from afterview.connectors.ical_fast import parse_components, plain_instances, prefilter
from afterview.connectors.ical_tickler import PRODID as PRODID
from afterview.connectors.ical_tickler import stored_tickler_from_ics as stored_tickler_from_ics
from afterview.connectors.ical_tickler import tickler_to_ics as tickler_to_ics
from afterview.connectors.ical_tz import resolve_tzid, to_aware, unknown_tzids
from icalendar import Calendar, Component

# A broken value in one of these makes the event unplaceable; elsewhere it is only noted.
_CRITICAL = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})

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


# Some producers leave a TZID parameter unquoted although it holds a colon ("DTSTART;TZID=(UTC+01:00) Brussels,
# Copenhagen, Madrid, Paris:20261218T090000"); icalendar then cuts it at the first colon and the event is lost.
# The value of a date property holds no colon, so the last colon on such a line ends the parameter: quote it.
_UNQUOTED_TZID = re.compile(
    rb";TZID=([^\";:\r\n]*:[^\";\r\n]*):([0-9]{8}(?:T[0-9]{6}Z?)?(?:,[0-9]{8}(?:T[0-9]{6}Z?)?)*\r?$)", re.MULTILINE)
_FOLD = re.compile(rb"\r?\n[ \t]")


def quote_tzids(data: bytes) -> bytes:
    """Given iCalendar bytes, returns them with TZID parameter values that hold a colon quoted (RFC 5545 3.2)."""
    if b";TZID=" not in data:
        return data
    # such a long parameter is often folded mid-value: quote in the unfolded text, keep the bytes when none is found
    quoted, count = _UNQUOTED_TZID.subn(rb';TZID="\1":\2', _FOLD.sub(b"", data))
    return quoted if count else data


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."

def _uid(component: Component) -> str:
    uid = prop_text(component, "UID").strip()
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
    name = prop_text(cal, "X-WR-TIMEZONE").strip()
    if not name:
        return cal
    zone = resolve_tzid(name)
    if zone is None:
        problems.append(f"{where}: unknown X-WR-TIMEZONE {name[:60]!r}; floating times use the user's zone")
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
        for rule in rrules(event):
            if "COUNT" not in rule and "UNTIL" not in rule:
                return None
    last: datetime | None = None
    cal = Calendar.new(uid="", subcomponents=group)
    for count, instance in enumerate(recurring_ical_events.of(cal).all()):
        if count >= _SERIES_WALK_LIMIT:
            return None
        end, _ = to_aware(raw_end(instance, start_of(instance)), tz)
        last = end if last is None or end > last else last
    return last


def _span(group: list[Component], tz: tzinfo) -> tuple[datetime, datetime | None] | None:
    """Given the components of one UID, returns (earliest start, latest end or None if endless)."""
    low: datetime | None = None
    high: datetime | None = None
    for event in group:
        raw = start_of(event)
        start, _ = to_aware(raw, tz)
        end, _ = to_aware(raw_end(event, raw), tz)
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


_WINDOW_INSTANCE_LIMIT = 2000
"""Occurrences of one series read in a window: a rule such as FREQ=SECONDLY would make millions."""


def _instances(
    group: list[Component], window: tuple[datetime, datetime], where: str, uid: str, problems: list[str]
) -> list[Component]:
    """Given one UID's components and the window, returns its occurrences there (at most the limit)."""
    cal = Calendar.new(uid="", subcomponents=group)
    query = recurring_ical_events.of(cal)
    # Pages are computed lazily, so the first one bounds the work; `between` is what the window means
    # (pages differ from it at the edges), and is only asked once the series is known to be small.
    page = next(iter(query.paginate(_WINDOW_INSTANCE_LIMIT, window[0], window[1])), None)
    if page is None or not page.has_next_page():
        return list(query.between(window[0], window[1]))
    problems.append(
        f"{where}: VEVENT uid={uid}: more than {_WINDOW_INSTANCE_LIMIT} occurrences in the window; "
        f"only the first {_WINDOW_INSTANCE_LIMIT} are read"
    )
    return list(page.components)


def _outside(data: bytes, window: tuple[datetime, datetime], tz: ZoneInfo) -> ParsedCalendar | None:
    """Given a file, returns its UID and span without a full parse if it is one plain event outside `window`.

    What the full parse would add are notes about the event's other properties (never shown,
    since the event is outside the window). None: read the whole file.
    """
    event = prefilter(data, window)
    if event is None or event.errors or not prop_text(event, "UID").strip() or unknown_tzids(event):
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
    data = quote_tzids(data)
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
                problems.append(f"{where}: VEVENT uid={uid}: unknown TZID {tzid[:60]!r}, read in {tz.key}")
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
            if (rule := dense_rule(group)) is not None:
                problems.append(f"{where}: VEVENT uid={uid}: RRULE {rule!r} recurs more than {MAX_PER_DAY} times "
                                "a day; only its first occurrence is read")
                for event in group:
                    event.pop("RRULE", None)
            try:
                span = _merge_span(span, _span(group, tz))
                plain = plain_instances(group, window, tz) if fast and window is not None else None
                if plain is not None:
                    found = plain
                else:
                    found = _instances(group, window, where, uid, problems) if window is not None else group
                events.extend([to_event(c, uid, tz, recurring) for c in found])
            except Exception as exc:  # one bad series must not hide the rest of the file
                problems.append(f"{where}: VEVENT uid={uid}: skipped: {_short(exc)}")
    return ParsedCalendar(tuple(events), tuple(problems), frozenset(uids), span)
