"""A TZID of hundreds of '/'-parts (found by fuzzing) is an unknown zone, not a stack overflow."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar
from afterview.connectors.ical_tz import resolve_tzid


@pytest.mark.parametrize("name", ["/".join(["a"] * 400), "Europe/" + "x" * 500])
def test_absurd_tzids_are_unknown(name: str) -> None:
    assert resolve_tzid(name) is None


def test_real_tzids_still_resolve() -> None:
    assert str(resolve_tzid("Europe/Berlin")) == "Europe/Berlin"
    assert str(resolve_tzid("W. Europe Standard Time")) == "Europe/Berlin"
    assert str(resolve_tzid("America/Argentina/Buenos_Aires")) == "America/Argentina/Buenos_Aires"


@pytest.mark.parametrize("fast", [True, False])
def test_a_calendar_naming_such_a_zone_is_read_with_a_problem_line(fast: bool) -> None:
    name = "/".join(["a"] * 400)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-TIMEZONE:" + name + "\r\n"
           "BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261110T100000Z\r\n"
           "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    parsed = parse_calendar(ics, tz=ZoneInfo("Europe/Berlin"), fast=fast)
    assert [e.uid for e in parsed.events] == ["u1"]
    assert len(parsed.problems) == 1 and "unknown X-WR-TIMEZONE" in parsed.problems[0]
