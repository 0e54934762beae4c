"""Shortcuts that make reading many calendar files cheap without changing what they give.

- `parse_components`: icalendar's parse of a file, with each VTIMEZONE block parsed once per
  distinct text (most files of a collection repeat one zone, and the zone is half the parse).
- `plain_instances`: a single non-recurring event clearly inside or clearly outside the window
  is placed without building a recurrence query (which costs more than the event's parse).
- `prefilter`: a file holding one such event clearly outside the window is read from a
  skeleton (UID and times) instead of in full; only notes about its other properties are lost.

Each shortcut applies only where it provably gives what the full path gives, and otherwise
answers "not sure" so the caller takes the full path. tests/test_vdir_fastpath.py compares both.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, cast

from afterview.connectors.ical_tz import to_aware
from icalendar import Calendar, Component
from icalendar.parser.content_line import NEWLINE, UFOLD
from icalendar.parser_tools import to_unicode
from icalendar.timezone import tzp

_TZ_CACHE_SIZE = 64
# block text -> its parsed VTIMEZONE, or None when the block must go through the full parse.
_zones: OrderedDict[str, Component | None] = OrderedDict()
_zones_lock = threading.Lock()
_OPENING = re.compile(r"BEGIN:VCALENDAR\r?\n(?![ \t])")
_LINE_END = re.compile(r"\r?\n")
_FOLD_AHEAD = re.compile(r"(?:\r?\n)*[ \t]")
# A line that may open or close a component (or a first line starting with a blank).
_COMPONENT_LINE = re.compile(r"^(?:BEGIN|END|[ \t])", re.IGNORECASE | re.MULTILINE)


def _clean(component: Component) -> bool:
    return not any(part.errors for part in component.walk())


def _zone(block: str) -> Component | None:
    """Given the text of one VTIMEZONE block, returns its component (parsed once per text) or None."""
    with _zones_lock:
        if block in _zones:
            _zones.move_to_end(block)
            return _zones[block]
    try:
        parsed = Calendar.from_ical(block, multiple=True)  # caches a custom TZID in icalendar, as the full parse does
    except Exception:  # the full parse will say what is wrong
        parsed = []
    found = parsed[0] if len(parsed) == 1 and parsed[0].name == "VTIMEZONE" and _clean(parsed[0]) else None
    with _zones_lock:
        _zones[block] = found
        if len(_zones) > _TZ_CACHE_SIZE:
            _zones.popitem(last=False)
    return found


def _zone_block(text: str, upper: str, at: int) -> tuple[int, int] | None:
    """Given a file's text (and its upper-case copy), returns the span of the next VTIMEZONE block or None.

    The block runs from a "BEGIN:VTIMEZONE" line to the first "END:VTIMEZONE" line, newline
    included, and is not followed by a folded continuation (which would lengthen its last line).
    """
    begin = upper.find("\nBEGIN:VTIMEZONE", at - 1)
    if begin < 0:
        return None
    begin += 1
    end = upper.find("\nEND:VTIMEZONE", begin)
    if end < 0 or not _LINE_END.match(upper, begin + len("BEGIN:VTIMEZONE")):
        return None
    tail = _LINE_END.match(upper, end + len("\nEND:VTIMEZONE"))
    if tail is None or _FOLD_AHEAD.match(upper, tail.end()):
        return None
    return begin, tail.end()


def _split_zones(text: str) -> tuple[str, list[Component]] | None:
    """Given a file's text, returns (the text without its VTIMEZONE blocks, the parsed blocks) or None.

    None unless the file opens with one VCALENDAR whose zones come before any other component
    line: then removing them leaves every other content line as it was (blocks start and end
    at line boundaries no fold crosses), and each zone is cached by icalendar before a TZID
    needs it, as in the full parse.
    """
    upper = text.upper()
    if len(upper) != len(text):  # "ß" -> "SS": positions in the copy would not be positions in the text
        return None
    opening = _OPENING.match(upper)
    if opening is None:
        return None
    rest: list[str] = [text[: opening.end()]]
    zones: list[Component] = []
    at = opening.end()
    while (span := _zone_block(text, upper, at)) is not None:
        # Whatever lies before the block, unfolded as icalendar unfolds it, must open no component.
        if _COMPONENT_LINE.search(UFOLD.sub("", text[at : span[0]])):
            break
        zone = _zone(text[span[0] : span[1]])
        if zone is None:
            return None
        zones.append(zone)
        rest.append(text[at : span[0]])
        at = span[1]
    if not zones:
        return None
    rest.append(text[at:])
    return "".join(rest), zones


def parse_components(data: bytes) -> list[Component]:
    """Given iCalendar bytes, returns what `Calendar.from_ical(data, multiple=True)` returns; raises as it does.

    VTIMEZONE blocks seen before (same text) are not parsed again.
    """
    text = to_unicode(data)
    try:
        split = _split_zones(text) if "VTIMEZONE" in text.upper() else None
    except Exception:  # the full parse will say what is wrong
        split = None
    if split is None:
        return cast(list[Component], Calendar.from_ical(data, multiple=True))
    rest, zones = split
    try:
        for zone in zones:
            if "TZID" in zone:  # what icalendar does at each END:VTIMEZONE (a no-op once cached)
                tzp.cache_timezone_component(zone)
        roots = cast(list[Component], Calendar.from_ical(rest, multiple=True))
    except Exception:  # raise exactly what the full parse raises
        return cast(list[Component], Calendar.from_ical(data, multiple=True))
    if not roots or not isinstance(roots[0], Calendar):
        return cast(list[Component], Calendar.from_ical(data, multiple=True))
    roots[0].subcomponents[0:0] = zones
    return roots


# ---------------------------------------------------------------- files clearly outside the window

_DTSTART_DAY = re.compile(r"^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})", re.IGNORECASE | re.MULTILINE)
_NAME = re.compile(r"[A-Za-z0-9-]*")
_KEPT = frozenset({"UID", "DTSTART", "DTEND", "DURATION"})
_STRUCTURE = {  # the components a skeleton may hold, and where
    "BEGIN:VCALENDAR": ((), "VCALENDAR"),
    "BEGIN:VEVENT": (("VCALENDAR",), "VEVENT"),
    "BEGIN:VALARM": (("VCALENDAR", "VEVENT"), "VALARM"),
}


def _skeleton_text(text: str) -> str | None:
    """Given a file's text without zones, returns it without the event's other properties, or None.

    None unless it is one VCALENDAR holding one non-recurring VEVENT (alarms allowed). What is
    kept parses as in the full file; what is dropped can only add notes (icalendar records a
    broken VEVENT property instead of raising).
    """
    kept: list[str] = []
    stack: list[str] = []
    events = 0
    for line in NEWLINE.split(UFOLD.sub("", text)):
        if not line:
            continue
        upper = line.upper()
        if upper.startswith(("BEGIN", "END")):
            if upper in _STRUCTURE:
                parents, name = _STRUCTURE[upper]
                if tuple(stack) != parents or (name == "VCALENDAR" and kept):
                    return None
                events += name == "VEVENT"
                stack.append(name)
            elif not stack or upper != "END:" + stack.pop():
                return None
            kept.append(line)
            continue
        if stack and stack[-1] == "VEVENT":
            name = _NAME.match(line).group().upper()  # type: ignore[union-attr]  # matches the empty string at worst
            if name in _RECURRENCE:
                return None
            if name not in _KEPT:
                continue
        kept.append(line)
    return "\r\n".join(kept) + "\r\n" if events == 1 and not stack else None


_FOLDED = re.compile(r"\r?\n[ \t]")


def prefilter(data: bytes, window: tuple[datetime, datetime]) -> Component | None:
    """Given iCalendar bytes, returns a skeleton of its one event if the file may lie outside `window`.

    The skeleton is the file's VEVENT with only UID, DTSTART, DTEND and DURATION, parsed by
    icalendar as in the full file (zones known first). None when the start is near the window,
    or the file holds anything else than one plain event (series, X-WR-TIMEZONE, other
    components, several calendars): then the caller reads the whole file.
    """
    text = to_unicode(data)
    upper = text.upper()
    event_at = upper.find("BEGIN:VEVENT") if len(upper) == len(text) else 0
    found = _DTSTART_DAY.search(text, max(event_at, 0))  # not a zone's DTSTART
    if found is None:
        return None
    try:
        day = date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
    slack = _MARGIN + timedelta(days=1)
    if window[0].date() - slack <= day <= window[1].date() + slack:
        return None  # cheap answer for most files of a collection: near or inside the window
    # Property names may be folded across lines ("X\r\n -WR-TIMEZONE"): look at the unfolded text.
    unfolded = _FOLDED.sub("", upper)
    if "X-WR-TIMEZONE" in unfolded:
        return None
    zones: list[Component] = []
    if "VTIMEZONE" in unfolded:
        split = _split_zones(text)
        if split is None:
            return None
        text, zones = split
    skeleton = _skeleton_text(text)
    if skeleton is None:
        return None
    try:
        for zone in zones:
            if "TZID" in zone:
                tzp.cache_timezone_component(zone)
        roots = Calendar.from_ical(skeleton, multiple=True)
    except Exception:  # the full parse says what is wrong
        return None
    events = roots[0].walk("VEVENT") if len(roots) == 1 else []
    return events[0] if len(events) == 1 else None


# ---------------------------------------------------------------- placing plain events

_MARGIN = timedelta(days=2)
"""Farther than this from the window's edges, no reading of a floating time or date changes the answer."""
_RECURRENCE = ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")


def _same_kind(a: date, b: date) -> bool:
    if isinstance(a, datetime) != isinstance(b, datetime):
        return False
    return not isinstance(a, datetime) or (a.tzinfo is None) == (cast(datetime, b).tzinfo is None)


def _plain_end(event: Component, start: date) -> date | None:
    """Given a plain event and its start, returns its end as recurring_ical_events reads it, or None if unsure."""
    end_prop: Any = event.get("DTEND")
    if end_prop is not None:
        end = getattr(end_prop, "dt", None)  # DTEND written twice comes back as a list: not plain
        return end if isinstance(end, date) and _same_kind(start, end) and start <= end else None
    duration: Any = event.get("DURATION")
    if duration is not None:
        length = getattr(duration, "dt", None)
        if not isinstance(start, datetime) or not isinstance(length, timedelta) or length < timedelta(0):
            return None
        if hasattr(start.tzinfo, "localize"):  # pytz: recurring_ical_events normalises the sum
            return None
        return start + length
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def plain_instances(
    group: list[Component], window: tuple[datetime, datetime], tz: tzinfo
) -> list[Component] | None:
    """Given the checked components of one UID, returns its instances in `window` if it is one plain event.

    A plain event has no recurrence properties and lies clearly inside or outside the window;
    it is returned as it is (recurring_ical_events would return a copy with the same times).
    Returns None when unsure: the caller expands with recurring_ical_events.
    """
    if len(group) != 1:
        return None
    event = group[0]
    if event.errors or any(event.get(name) is not None for name in _RECURRENCE):
        return None  # a broken property (SEQUENCE) can make recurring_ical_events fail: let it
    if not isinstance(event.get("SEQUENCE", 0), int):
        return None
    start_prop: Any = event.get("DTSTART")
    start = getattr(start_prop, "dt", None)
    if not isinstance(start, date):
        return None
    end = _plain_end(event, start)
    if end is None:
        return None
    low, _ = to_aware(start, tz)
    high, _ = to_aware(end, tz)
    if window[0] + _MARGIN <= low and high <= window[1] - _MARGIN:
        return [event]
    if high < window[0] - _MARGIN or low > window[1] + _MARGIN:
        return []
    return None
