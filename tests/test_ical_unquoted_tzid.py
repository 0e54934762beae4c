"""A TZID parameter written without quotes although it holds a colon (Outlook's "(UTC+01:00) Brussels, …") is read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar, quote_tzids

ZONE = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:" + ZONE + "\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def _fold(line: str) -> str:
    return "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74)) + "\r\n"


def _ics(quoted: bool) -> bytes:
    tzid = f'"{ZONE}"' if quoted else ZONE
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            + VTIMEZONE + "BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20261101T000000Z\r\n"
            + _fold(f"DTSTART;TZID={tzid}:20261218T090000") + _fold(f"DTEND;TZID={tzid}:20261218T094000")
            + "SUMMARY:Entrevista técnica\r\nDESCRIPTION:Join: https://teams.example/l/1?ctx=a:b\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode()


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("window", [None, (datetime(2026, 12, 1, tzinfo=ZoneInfo("UTC")),
                                           datetime(2027, 1, 1, tzinfo=ZoneInfo("UTC")))])
def test_an_unquoted_tzid_with_a_colon_is_read_like_the_quoted_one(
        fast: bool, window: tuple[datetime, datetime] | None) -> None:
    want = parse_calendar(_ics(True), tz=ZoneInfo("UTC"), window=window, fast=fast)
    got = parse_calendar(_ics(False), tz=ZoneInfo("UTC"), window=window, fast=fast)
    assert got.problems == () and want.problems == ()
    assert [(e.uid, e.start, e.end) for e in got.events] == [(e.uid, e.start, e.end) for e in want.events]
    assert got.events[0].start == datetime(2026, 12, 18, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def test_files_without_such_a_parameter_are_passed_through_unchanged() -> None:
    quoted = _ics(True)
    assert quote_tzids(quoted) is quoted
    plain = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261218T090000\r\nEND:VEVENT\r\n"
    assert quote_tzids(plain) is plain
