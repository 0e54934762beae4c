"""Hostile input: MIME-to-message and .ics-to-event normalisation never let an exception escape.

Hypothesis feeds arbitrary bytes, byte-level mutations of the repository's own mail and
calendar corpora, and structure-aware messages and calendars built from hostile parts
(encoded words, odd charsets, broken boundaries, bad dates, unknown zones, wild RRULEs).
Example counts are bounded so the file stays fast.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors import mime
from afterview.connectors.ical import ParsedCalendar, parse_calendar
from afterview.connectors.mime import parse_headers, parse_message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus"
MAIL_SEEDS = sorted((CORPUS / "mail").glob("*.eml"))[:80] + sorted((CORPUS / "mime").glob("*"))[:40]
ICS_SEEDS = sorted((CORPUS / "ics").glob("*.ics")) + sorted((CORPUS / "events").glob("*.ics"))[:60]
TZ = ZoneInfo("Europe/Berlin")
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
FALLBACK = datetime(2026, 5, 1, 12, tzinfo=UTC)
# AFTERVIEW_FUZZ_EXAMPLES=5000 for a long hunt; the suite's default keeps it to seconds.
FUZZ = settings(max_examples=int(os.environ.get("AFTERVIEW_FUZZ_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- checks on what comes out


def check_message(data: bytes) -> None:
    header = parse_headers(data, ref="r", folder="inbox", fallback_date=FALLBACK)
    assert header.message_id
    assert header.date.tzinfo is not None
    assert isinstance(header.subject, str) and "\n" not in header.subject
    message = parse_message(data, ref="r", fallback_date=FALLBACK)
    assert message.header.message_id == header.message_id
    assert isinstance(message.text, str)
    assert all(isinstance(p, str) and p for p in message.problems)


def check_calendar(data: bytes, *, window: bool = True) -> ParsedCalendar:
    parsed = parse_calendar(data, tz=TZ, window=WINDOW if window else None, source="fuzz.ics")
    for event in parsed.events:
        assert event.start.tzinfo is not None and event.end.tzinfo is not None
        assert event.end >= event.start
    assert all(isinstance(p, str) and p for p in parsed.problems)
    return parsed


# ---------------------------------------------------------------- mutations of real files


@st.composite
def mutated(draw: st.DrawFn, seeds: list[Path]) -> bytes:
    """Draws a seed file and applies a few byte-level edits (flip, insert, delete, truncate, splice)."""
    data = bytearray(draw(st.sampled_from(seeds)).read_bytes()[:20_000])
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, max(len(data) - 1, 0)))
        op = draw(st.sampled_from(("flip", "insert", "delete", "truncate", "dup_line", "crlf")))
        if op == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif op == "insert":
            data[where:where] = draw(
                st.sampled_from([b"\r\n", b"\n\n", b"=?", b"?=", b"\x00", b"\xff\xfe", b"--", b":", b";", b'"'])
                | st.binary(max_size=12)
            )
        elif op == "delete":
            del data[where : where + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[where:]
        elif op == "dup_line":
            start = data.rfind(b"\n", 0, where) + 1
            end = data.find(b"\n", where)
            line = bytes(data[start : end if end >= 0 else len(data)])
            data[start:start] = line * draw(st.integers(1, 50)) + b"\n"
        else:
            data[:] = data.replace(b"\r\n", b"\n") if b"\r\n" in data else data.replace(b"\n", b"\r\n")
    return bytes(data)


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_break_the_mime_reader(data: bytes) -> None:
    check_message(data)


@FUZZ
@given(mutated(MAIL_SEEDS))
def test_mutated_real_messages_never_break_the_mime_reader(data: bytes) -> None:
    check_message(data)


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_break_the_ics_reader(data: bytes) -> None:
    check_calendar(data)


@FUZZ
@given(mutated(ICS_SEEDS), st.booleans())
def test_mutated_real_calendars_never_break_the_ics_reader(data: bytes, window: bool) -> None:
    check_calendar(data, window=window)


@pytest.mark.parametrize("prop", ["DTEND;TZID=Pacific Standard Time:20250509T110000", "DURATION:PT30M"])
def test_a_property_written_twice_is_read_or_reported_not_a_crash(prop: str) -> None:
    # Found by the mutation above: a duplicated DTEND comes back from icalendar as a list (the fast path took .dt).
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:dup@t\r\n"
            "DTSTAMP:20250101T090000Z\r\nDTSTART;TZID=Pacific Standard Time:20250509T103000\r\n"
            f"{prop}\r\n{prop}\r\nSUMMARY:chat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    for window in (True, False):
        parsed = check_calendar(data, window=window)
        assert [e.uid for e in parsed.events] == ["dup@t"] or parsed.problems


# ---------------------------------------------------------------- structure-aware hostile input

HEADER_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from([
        "=?utf-8?q?caf=C3=A9?=", "=?utf-8?b?broken", "=?x-unknown?q?abc?=", "=?iso-8859-1?q?=E9t=E9?= =?utf-8?b??=",
        '"Smith, Dana" <dana@acme.example>', "undisclosed-recipients:;", "<>", "a@b@c", "Dana <dana@[1.2.3.4]>",
        "(comment) dana@acme.example (more)", "Mon, 32 Foo 2026 25:61:61 +9999", "Tue, 1 Jan 10000 00:00:00 +0000",
        "<" * 50, "\\", "\udcff",
    ]),
)
HEADER_NAMES = st.sampled_from([
    "From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
    "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Auto-Submitted", "List-Id", "X-Whatever",
])
CONTENT_TYPES = st.sampled_from([
    "text/plain", "text/html", "multipart/alternative", "multipart/mixed", "message/rfc822", "text/plain; charset=x",
    "text/plain; charset=utf-7", "text/html; charset=\"", "multipart/mixed; boundary=", "application/octet-stream",
    "text/plain; charset*=utf-8''%E9", "multipart/report; report-type=delivery-status",
])
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"])


@st.composite
def hostile_part(draw: st.DrawFn, depth: int = 0) -> str:
    ctype = draw(CONTENT_TYPES)
    enc = draw(ENCODINGS)
    head = f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {enc}\r\n"
    if ctype.startswith("multipart") and depth < 3:
        boundary = draw(st.sampled_from(["b", "==", "x" * 80, "", " sp ace"]))
        parts = draw(st.lists(hostile_part(depth + 1), max_size=3))
        head = f'Content-Type: {ctype}; boundary="{boundary}"\r\n'
        closing = draw(st.sampled_from([f"--{boundary}--\r\n", "", f"--{boundary}\r\n"]))
        return head + "\r\n" + "".join(f"--{boundary}\r\n{p}\r\n" for p in parts) + closing
    body = draw(st.text(max_size=300) | st.sampled_from(["=ZZ=\r\n=", "!!!notbase64", "<html><body><p>x"]))
    return head + "\r\n" + body


@st.composite
def hostile_message(draw: st.DrawFn) -> bytes:
    lines = [
        f"{draw(HEADER_NAMES)}:{draw(st.sampled_from([' ', '', chr(9)]))}{draw(HEADER_TEXT)}"
        for _ in range(draw(st.integers(0, 12)))
    ]
    text = "\r\n".join(lines) + "\r\n" + draw(hostile_part())
    return text.encode(draw(st.sampled_from(["utf-8", "latin-1"])), "replace")


@FUZZ
@given(hostile_message())
def test_hostile_mime_structures_never_break_the_reader(data: bytes) -> None:
    check_message(data)


ICS_VALUES = st.one_of(
    st.text(max_size=30).map(lambda s: s.replace("\n", " ").replace("\r", " ")),
    st.sampled_from([
        "20261124T100000", "20261124T100000Z", "20261124", "2026-11-24", "99999999T999999", "19000101T000000",
        "FREQ=DAILY", "FREQ=YEARLY;COUNT=0", "FREQ=SECONDLY;INTERVAL=1", "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=DAILY;UNTIL=20261124", "FREQ=DAILY;UNTIL=2026", "PT1H", "-PT1H", "P1000000D", "mailto:", "\\n\\,\\;",
    ]),
)
ICS_PARAMS = st.sampled_from(["", ";TZID=Europe/Berlin", ";TZID=Mars/Olympus", ";TZID=W. Europe Standard Time",
                              ";VALUE=DATE", ";VALUE=PERIOD", ';CN="x', ";TZID="])
ICS_PROPS = st.sampled_from(["DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "UID",
                             "SUMMARY", "ATTENDEE", "ORGANIZER", "STATUS", "DESCRIPTION", "X-WR-TIMEZONE"])


@st.composite
def hostile_calendar(draw: st.DrawFn) -> bytes:
    events = []
    for _ in range(draw(st.integers(0, 4))):
        lines = [f"{draw(ICS_PROPS)}{draw(ICS_PARAMS)}:{draw(ICS_VALUES)}" for _ in range(draw(st.integers(0, 10)))]
        if draw(st.booleans()):
            lines.insert(0, f"DTSTART;TZID=Europe/Berlin:2026112{draw(st.integers(0, 9))}T100000")
        events.append("BEGIN:VEVENT\r\n" + "".join(line + "\r\n" for line in lines) + "END:VEVENT\r\n")
    top = draw(st.sampled_from(["", "X-WR-TIMEZONE:America/New_York\r\n", "X-WR-TIMEZONE:Nowhere\r\n"]))
    end = draw(st.sampled_from(["END:VCALENDAR\r\n", "", "END:VEVENT\r\n"]))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{top}{''.join(events)}{end}".encode()


@FUZZ
@given(hostile_calendar(), st.booleans())
def test_hostile_calendars_never_break_the_reader(data: bytes, window: bool) -> None:
    check_calendar(data, window=window)


def test_a_readable_event_survives_its_hostile_neighbours() -> None:
    good = (
        "BEGIN:VEVENT\r\nUID:good@x\r\nDTSTART;TZID=Europe/Berlin:20261124T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20261124T110000\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"
    )
    bad = "BEGIN:VEVENT\r\nUID:bad@x\r\nDTSTART:99999999T999999\r\nRRULE:FREQ=NEVER\r\nEND:VEVENT\r\n"
    parsed = check_calendar(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{bad}{good}END:VCALENDAR\r\n".encode())
    assert [e.uid for e in parsed.events] == ["good@x"]
    assert any("bad@x" in p for p in parsed.problems)
    assert parsed.events[0].start == datetime(2026, 11, 24, 10, tzinfo=TZ)
    assert parsed.events[0].end - parsed.events[0].start == timedelta(hours=1)


# ---------------------------------------------------------------- the recalling policy changes nothing


def _read_both(data: bytes) -> tuple[object, object]:
    """Given message bytes, returns parse_message's result with and without recalled header values."""
    recalled = parse_message(data, ref="r", fallback_date=FALLBACK)
    plain = policy.default.clone(header_factory=mime._OneClassPerKind())
    with mock.patch.object(mime, "_MODERN", plain):
        fresh = parse_message(data, ref="r", fallback_date=FALLBACK)
    return recalled, fresh


@FUZZ
@given(hostile_message() | mutated(MAIL_SEEDS))
def test_recalled_header_values_read_like_fresh_ones(data: bytes) -> None:
    recalled, fresh = _read_both(data)
    assert recalled == fresh


def test_recalled_header_values_read_the_corpus_like_fresh_ones() -> None:
    files = sorted((CORPUS / "mail").glob("*.eml")) + sorted((CORPUS / "mime").glob("*"))
    assert len(files) > 1000
    for path in files:
        recalled, fresh = _read_both(path.read_bytes())
        assert recalled == fresh, path.name
