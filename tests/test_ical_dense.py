"""A recurrence rule denser than any meeting (FREQ=SECONDLY …) is read as one occurrence, not expanded for minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar
from afterview.connectors.ical_dense import MAX_PER_DAY, per_day
from icalendar import vRecur

TZ = ZoneInfo("Europe/Berlin")
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _calendar(rule: str, *extra: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:dense@x", "SUMMARY:Interview",
             "DTSTART;TZID=Europe/Berlin:20261120T100000", "DTEND;TZID=Europe/Berlin:20261120T100500",
             f"RRULE:{rule}", *extra, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


@pytest.mark.parametrize(("rule", "count"), [
    ("FREQ=SECONDLY", 86_400), ("FREQ=SECONDLY;INTERVAL=10", 8_640), ("FREQ=MINUTELY;INTERVAL=30", 48),
    ("FREQ=HOURLY", 24), ("FREQ=HOURLY;BYMINUTE=0,15,30,45", 96), ("FREQ=DAILY;BYHOUR=9,14", 2),
    ("FREQ=WEEKLY;BYDAY=MO,WE", 1), ("FREQ=SECONDLY;BYSECOND=0;BYMINUTE=0;BYHOUR=9", 1),
    ("FREQ=DAILY;BYMINUTE=0,30;BYSECOND=0,20,40", 6)
])
def test_occurrences_a_day_are_counted_from_freq_interval_and_by_parts(rule: str, count: int) -> None:
    assert per_day(vRecur.from_ical(rule)) == pytest.approx(count)


def test_an_unreadable_interval_counts_as_one() -> None:
    assert per_day({"FREQ": ["MINUTELY"], "INTERVAL": ["x"]}) == 1_440


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY;INTERVAL=1", "FREQ=MINUTELY", "FREQ=DAILY;BYMINUTE=0,1,2,3,4,5,6,7,8,9"
                                  ";BYHOUR=8,9,10,11,12,13,14,15,16,17"])
def test_a_rule_denser_than_any_meeting_is_read_as_its_first_occurrence(rule: str) -> None:
    # Found by test_fuzz: expanding FREQ=SECONDLY into a one-year window took minutes and 3 GB.
    parsed = parse_calendar(_calendar(rule, "RDATE:"), tz=TZ, window=WINDOW, source="dense.ics")
    assert [(e.uid, e.start) for e in parsed.events] == [("dense@x", datetime(2026, 11, 20, 10, tzinfo=TZ))]
    assert any("recurs more than 96 times a day; only its first occurrence is read" in p for p in parsed.problems)


def test_the_densest_rule_still_expanded_is_every_quarter_hour() -> None:
    assert MAX_PER_DAY == 96
    parsed = parse_calendar(_calendar("FREQ=MINUTELY;INTERVAL=15;COUNT=200"), tz=TZ, window=WINDOW)
    assert len(parsed.events) == 200 and not parsed.problems
    assert parsed.events[1].start - parsed.events[0].start == timedelta(minutes=15)


def test_a_dense_rule_without_a_window_is_one_event_and_an_endless_span() -> None:
    parsed = parse_calendar(_calendar("FREQ=SECONDLY;COUNT=100000000"), tz=TZ, source="dense.ics")
    assert len(parsed.events) == 1
    assert parsed.span is not None and parsed.span[0] == datetime(2026, 11, 20, 10, tzinfo=TZ)
