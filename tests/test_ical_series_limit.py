"""A long series is read up to a limit in the window, with a problem line, and a rule denser than any meeting
(every second or minute) as its first occurrence, instead of expanding millions of occurrences (found by long
fuzz runs: 8 GB, and 3 GB where the series starts months after the window)."""

from __future__ import annotations

import resource
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar

WINDOW = (datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))


def _series(rule: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:s@x\r\nDTSTAMP:20261101T000000Z\r\n"
            "DTSTART:20261001T090000Z\r\nDTEND:20261001T090001Z\r\nSUMMARY:Ping\r\nRRULE:" + rule + "\r\n"
            "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:i@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261110T100000Z\r\n"
            "DTEND:20261110T110000Z\r\nSUMMARY:Interview with Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("rule", ["FREQ=HOURLY", "FREQ=DAILY;BYHOUR=9,10;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55"])
def test_a_runaway_rule_is_cut_at_the_limit_with_a_problem_line(rule: str, fast: bool) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parsed = parse_calendar(_series(rule), tz=ZoneInfo("Europe/Berlin"), window=WINDOW, fast=fast)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert sum(e.uid == "s@x" for e in parsed.events) == 2000
    assert [e.summary for e in parsed.events if e.uid == "i@x"] == ["Interview with Acme"]
    assert any("more than 2000 occurrences" in p for p in parsed.problems), parsed.problems
    assert grown_mb < 500, f"peak RSS grew by {grown_mb:.0f} MB"


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=MINUTELY;INTERVAL=5"])
def test_a_rule_denser_than_any_meeting_is_one_occurrence_with_a_problem_line(rule: str, fast: bool) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parsed = parse_calendar(_series(rule), tz=ZoneInfo("Europe/Berlin"), window=WINDOW, fast=fast)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [e.start for e in parsed.events if e.uid == "s@x"] == [datetime(2026, 10, 1, 9, tzinfo=UTC)]
    assert [e.summary for e in parsed.events if e.uid == "i@x"] == ["Interview with Acme"]
    assert any("only its first occurrence is read" in p for p in parsed.problems), parsed.problems
    assert grown_mb < 500, f"peak RSS grew by {grown_mb:.0f} MB"


def test_an_ordinary_daily_series_is_read_whole() -> None:
    parsed = parse_calendar(_series("FREQ=DAILY;COUNT=30"), tz=ZoneInfo("Europe/Berlin"), window=WINDOW)
    assert sum(e.uid == "s@x" for e in parsed.events) == 30 and parsed.problems == ()
