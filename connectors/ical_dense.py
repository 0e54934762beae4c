"""Recurrence rules too dense to expand: FREQ=SECONDLY and the like.

recurring_ical_events pages through a series by asking dateutil for every occurrence in ever wider spans, so a
rule that recurs each second materialises millions of datetimes (minutes and gigabytes for one file). No meeting
recurs more often than every quarter of an hour, so such a rule is read as its first occurrence only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from icalendar import Component

MAX_PER_DAY = 96
"""Occurrences a day of the densest rule that is still expanded: one every 15 minutes."""

# For each unit of the day: the FREQ values at which the unit varies freely when no BYxxx part pins it.
_UNITS = (("BYHOUR", 24, frozenset({"HOURLY", "MINUTELY", "SECONDLY"}), "HOURLY"),
          ("BYMINUTE", 60, frozenset({"MINUTELY", "SECONDLY"}), "MINUTELY"),
          ("BYSECOND", 60, frozenset({"SECONDLY"}), "SECONDLY"))


def per_day(rule: dict[str, list[object]]) -> float:
    """Given a parsed RRULE (vRecur), returns about how many occurrences it makes on a day it occurs at all.

    BYxxx lists multiply (DAILY;BYHOUR=9,14 makes 2); a finer FREQ counts every value of its unit, divided by
    INTERVAL (MINUTELY;INTERVAL=30 makes 48). Raises nothing: unreadable parts count as absent.
    """
    freq = str(_first(rule.get("FREQ"), "DAILY")).upper()
    try:
        interval = max(int(str(_first(rule.get("INTERVAL"), 1))), 1)
    except ValueError:
        interval = 1
    count = 1.0
    for part, size, free_at, own in _UNITS:
        values = rule.get(part)
        if values:
            count *= len(values)
        elif freq in free_at:
            count *= size / interval if freq == own else size
    return count


def rrules(event: Component) -> list[Any]:
    """Given a component, returns its RRULE values: none, one, or several (icalendar gives a list for several)."""
    rules = event.get("RRULE")
    return rules if isinstance(rules, list) else [] if rules is None else [rules]


def dense_rule(group: Iterable[Component]) -> str | None:
    """Given the components of one UID, returns the first RRULE (as text) denser than MAX_PER_DAY, or None."""
    for event in group:
        for rule in rrules(event):
            if isinstance(rule, dict) and per_day(rule) > MAX_PER_DAY:
                text = rule.to_ical() if hasattr(rule, "to_ical") else str(rule)
                return (text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text))[:60]
    return None


def _first(values: object, default: object) -> object:
    if isinstance(values, list):
        return values[0] if values else default
    return default if values is None else values
