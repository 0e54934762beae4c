"""The cheap first read gives what the full read gives: parse_calendar(fast=True) against fast=False.

Compared over the repository's event corpora, the .ics files shipped in icalendar's and
recurring_ical_events' own test data, a generated vdir like the first-scan benchmark's, and
hypothesis-built calendars that put zones, folds and event times where the shortcuts must say
"not sure". icalendar's zone cache is emptied before each side, so a custom TZID is resolved
from scratch by both (the order in which a file's zones become known is part of the result).
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import sys
import warnings
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors import ical_fast
from afterview.connectors.ical import ParsedCalendar, parse_calendar
from afterview.connectors.vdir import VdirCalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar.timezone import tzp

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:icalendar")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import bench_scan  # noqa: E402  (the benchmark's vdir generator, reused as it is)

TZ = ZoneInfo("Europe/Berlin")
CORPUS = Path(__file__).parent / "corpus"
NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
WINDOWS: list[tuple[datetime, datetime] | None] = [
    None,
    (datetime(2018, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC)),  # the shipped suites' examples
    (datetime(2025, 5, 10, tzinfo=UTC), datetime(2025, 11, 20, tzinfo=UTC)),  # cuts through the corpus
    (datetime(2026, 3, 15, tzinfo=UTC), datetime(2027, 1, 10, tzinfo=UTC)),
    (NOW - timedelta(days=60), NOW + timedelta(days=180)),  # the engine's default window
]


def _plain(value: object) -> object:
    """Given a result, returns it with each datetime as its wall time, offset and zone name.

    Two zones built from one VTIMEZONE are different objects, and Python never calls times in
    a zone's repeated hour equal across zone objects (PEP 495), so compare what they say.
    """
    if isinstance(value, datetime):
        return value.isoformat(), value.tzname()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, (tuple, list)):
        return tuple(_plain(item) for item in value)
    return value


def _outcome(result: ParsedCalendar) -> object:
    return _plain((result.events, result.problems, sorted(result.uids), result.span))


def _both(data: bytes, window: tuple[datetime, datetime] | None, name: str = "x.ics") -> tuple[object, object]:
    """Given a file, returns what the full and the fast path give, each with a cold zone cache.

    Equal but for one thing: a file the fast path skips as one plain event outside the window
    has no notes about that event's other properties (the full path's "ignored broken ...").
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tzp.use_default()  # empties icalendar's cache of custom zones
        full = parse_calendar(data, tz=TZ, window=window, source=name, fast=False)
        tzp.use_default()
        fast = parse_calendar(data, tz=TZ, window=window, source=name)
    unsaid = [p for p in full.problems if p not in fast.problems]
    # A broken property is noted; in a recurrence query (SEQUENCE) it also makes the event skipped.
    if unsaid and not full.events and any("ignored broken" in p for p in unsaid) and all(
        ": ignored broken " in p or ": skipped: " in p for p in unsaid
    ):
        fast = dataclasses.replace(fast, problems=full.problems)
    return _outcome(full), _outcome(fast)


def _shipped_ics() -> list[Path]:
    found: list[Path] = []
    for package in ("icalendar", "recurring_ical_events"):
        base = Path(str(importlib.resources.files(package)))
        found += sorted(p for p in base.rglob("*.ics") if p.is_file())
    return found


def _assert_same(files: list[Path], windows: list[tuple[datetime, datetime] | None]) -> int:
    """Given files, asserts both paths agree for every window; returns how many events were compared."""
    events = 0
    for path in files:
        data = path.read_bytes()
        for window in windows:
            full, fast = _both(data, window, path.name)
            assert fast == full, f"{path} in {window}"
            events += len(full[0])  # type: ignore[index]
    return events


@pytest.mark.timeout(900)
def test_repository_event_corpora_read_the_same() -> None:
    # About 2,500 files spread evenly over the sorted names, so every split and every author's shapes still come:
    # with a cold zone cache each read expands Outlook's 1601 VTIMEZONE rules again (about 40 ms a file), and every
    # fourth file of a corpus that grows by some 1,800 files a session (8,000 of 33,000) neared the per-test timeout.
    every = sorted(CORPUS.rglob("*.ics"))
    files = every[::max(1, len(every) // 2500)]
    assert len(files) > 300
    assert _assert_same(files, [WINDOWS[2], WINDOWS[3]]) > 400


def test_shipped_real_world_files_read_the_same() -> None:
    files = _shipped_ics()
    assert len(files) >= 100
    assert _assert_same(files, [None, WINDOWS[1]]) > 1000


def test_both_shortcuts_are_taken_on_the_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparisons above mean something only if the shortcuts fire on those files."""
    import afterview.connectors.ical as ical

    placed: list[int] = []

    def counting(*args: Any) -> Any:
        found = ical_fast.plain_instances(*args)
        placed.append(found is not None)
        return found

    monkeypatch.setattr(ical, "plain_instances", counting)
    split = 0
    for path in [*sorted(CORPUS.rglob("*.ics")), *_shipped_ics()]:
        text = path.read_bytes().decode("utf-8", "replace")
        split += "VTIMEZONE" in text.upper() and ical_fast._split_zones(text) is not None
    for path in sorted((CORPUS / "events").glob("*.ics"))[:200]:
        parse_calendar(path.read_bytes(), tz=TZ, window=WINDOWS[3])
    assert split > 300
    assert sum(placed) > 100 and len(placed) > sum(placed)  # most placed directly, some left to the full path
    far = (datetime(2031, 1, 1, tzinfo=UTC), datetime(2031, 6, 1, tzinfo=UTC))
    skipped = sum(ical._outside(p.read_bytes(), far, TZ) is not None for p in sorted(CORPUS.rglob("*.ics")))
    assert skipped > 300


def test_generated_vdir_lists_what_the_full_read_gives(tmp_path: Path) -> None:
    folder = tmp_path / "calendar"
    bench_scan.write_vdir(folder, 300, 9, NOW)
    window = (NOW - timedelta(days=60), NOW + timedelta(days=180))
    files = sorted(folder.glob("*.ics"))
    _assert_same(files[:120], [window])
    listed = VdirCalendar(folder, folder, TZ).list_events(None, window)
    expected = [e for p in files for e in parse_calendar(p.read_bytes(), tz=TZ, window=window, fast=False).events]
    assert sorted(listed.events, key=lambda e: e.key) == sorted(expected, key=lambda e: e.key)
    assert len(listed.events) > 300 and not listed.problems


# ---------------------------------------------------------------- built to hit the edges

CUSTOM_ZONE = [
    "BEGIN:VTIMEZONE", "TZID:Custom/Zone", "BEGIN:STANDARD", "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:CZT", "END:STANDARD", "END:VTIMEZONE",
]
BERLIN_ZONE = [line for line in bench_scan.BERLIN.replace("\r\n", "\n").split("\n") if line][1:-1]
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
# Offsets from the window's start and end (days), so events land inside, outside and on the edges.
OFFSETS = st.sampled_from([-40.0, -3.0, -2.0, -1.0, -0.5, -0.1, 0.0, 0.1, 0.5, 1.0, 2.0, 2.5, 5.0])


@st.composite
def _event(draw: st.DrawFn, index: int) -> list[str]:
    anchor = WINDOW[draw(st.integers(0, 1))] + timedelta(days=draw(OFFSETS))
    kind = draw(st.sampled_from(["utc", "berlin", "custom", "floating", "date", "unknown"]))
    stamp = anchor.strftime("%Y%m%dT%H%M%S")
    start = {
        "utc": f"DTSTART:{stamp}Z",
        "berlin": f"DTSTART;TZID=Europe/Berlin:{stamp}",
        "custom": f"DTSTART;TZID=Custom/Zone:{stamp}",
        "floating": f"DTSTART:{stamp}",
        "date": f"DTSTART;VALUE=DATE:{anchor:%Y%m%d}",
        "unknown": f"DTSTART;TZID=Mars/Olympus:{stamp}",
    }[kind]
    lines = ["BEGIN:VEVENT", f"UID:edge-{index}@example", start, "SUMMARY:Interview with Acme"]
    ending = draw(st.sampled_from(["dtend", "duration", "none", "backwards", "zero", "rrule", "exdate"]))
    if ending in ("dtend", "backwards", "zero"):
        length = {"dtend": timedelta(hours=1), "backwards": timedelta(hours=-2), "zero": timedelta(0)}[ending]
        if kind == "date":
            lines.append(f"DTEND;VALUE=DATE:{(anchor + length + timedelta(days=1)):%Y%m%d}")
        else:
            lines.append(start.replace("DTSTART", "DTEND").replace(stamp, (anchor + length).strftime("%Y%m%dT%H%M%S")))
    elif ending == "duration":
        lines.append(draw(st.sampled_from(["DURATION:PT45M", "DURATION:P1D", "DURATION:-PT1H"])))
    elif ending == "rrule":
        lines.append("RRULE:FREQ=DAILY;COUNT=3")
    elif ending == "exdate":
        lines.append(start.replace("DTSTART", "EXDATE"))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["GEO:not-a-place", "SEQUENCE:two", "ATTENDEE;CN=\"Unclosed:mailto:a@b"])))
    if draw(st.booleans()):
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", draw(st.sampled_from(["TRIGGER:-PT15M", "TRIGGER:soon"])),
                  "DESCRIPTION:Reminder", "END:VALARM"]
    return [*lines, "END:VEVENT"]


def _fold(line: str, at: int, blank: bool) -> str:
    """Given a content line, returns it folded at `at` (optionally with a blank line first, which icalendar allows)."""
    at = max(1, min(at, len(line) - 1))
    return line[:at] + ("\r\n" if blank else "") + "\r\n " + line[at:]


@st.composite
def _calendar(draw: st.DrawFn) -> bytes:
    events = [draw(_event(i)) for i in range(draw(st.integers(1, 3)))]
    zones = draw(st.lists(st.sampled_from(["custom", "berlin"]), max_size=2, unique=True))
    blocks: list[list[str]] = [CUSTOM_ZONE if z == "custom" else BERLIN_ZONE for z in zones]
    parts: list[list[str]] = [*blocks, *events]
    if draw(st.booleans()):  # a zone after an event, or events first
        parts = draw(st.permutations(parts))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//edge//EN"]
    if draw(st.booleans()):
        lines.append("X-WR-TIMEZONE:Europe/London")
    if draw(st.booleans()):  # upper-casing changes its length: positions must not be taken from a copy
        lines.append("X-WR-CALNAME:Straße ﬁles")
    lines += [line for part in parts for line in part] + ["END:VCALENDAR"]
    if draw(st.booleans()):
        lines = [line.lower() if line.upper().startswith(("BEGIN", "END")) else line for line in lines]
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = _fold(lines[i], draw(st.integers(1, 20)), draw(st.booleans()))
    newline = draw(st.sampled_from(["\r\n", "\n"]))
    text = newline.join(lines) + newline
    return text.replace("\r\n", newline).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_calendar(), st.booleans())
def test_built_calendars_read_the_same(data: bytes, warm: bool) -> None:
    if not warm:
        ical_fast._zones.clear()
    for window in (WINDOW, None):
        full, fast = _both(data, window)
        assert fast == full


def test_a_zone_after_its_event_reads_the_same() -> None:
    event = ["BEGIN:VEVENT", "UID:late-zone", "DTSTART;TZID=Custom/Zone:20260315T100000", "END:VEVENT"]
    data = "\r\n".join(["BEGIN:VCALENDAR", *event, *CUSTOM_ZONE, "END:VCALENDAR", ""]).encode()
    full, fast = _both(data, WINDOW)
    assert fast == full
    tzp.use_default()
    (event,) = parse_calendar(data, tz=TZ, window=WINDOW).events
    assert event.start.utcoffset() == timedelta(hours=5, minutes=30)  # icalendar resolves the zone at the end


def test_an_event_far_outside_the_window_is_skipped_without_its_notes() -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", *BERLIN_ZONE, "BEGIN:VEVENT", "UID:old@example",
             "DTSTART;TZID=Europe/Berlin:20190101T100000", "DURATION:PT1H", "GEO:not-a-place", "END:VEVENT",
             "END:VCALENDAR"]
    data = "".join(line + "\r\n" for line in lines).encode()
    full = parse_calendar(data, tz=TZ, window=WINDOW, source="f.ics", fast=False)
    fast = parse_calendar(data, tz=TZ, window=WINDOW, source="f.ics")
    assert full.problems == ("f.ics: VEVENT uid=old@example: ignored broken GEO",) and fast.problems == ()
    assert (fast.events, fast.uids, fast.span) == (full.events, full.uids, full.span) == (
        (), frozenset({"old@example"}), (datetime(2019, 1, 1, 10, tzinfo=TZ), datetime(2019, 1, 1, 11, tzinfo=TZ))
    )
    inside = parse_calendar(data.replace(b"20190101", b"20260315"), tz=TZ, window=WINDOW, source="f.ics")
    assert inside.problems == ("f.ics: VEVENT uid=old@example: ignored broken GEO",)  # in the window: read in full


def test_plain_instances_says_not_sure_near_the_edges_and_for_series() -> None:
    from icalendar import Event

    def event(start: date, end: date | None = None, **extra: object) -> Event:
        made = Event.new(uid="p", start=start, end=end)
        for name, value in extra.items():
            made.add(name, value)
        return made

    inside = event(datetime(2026, 3, 10, 9, tzinfo=UTC), datetime(2026, 3, 10, 10, tzinfo=UTC))
    assert ical_fast.plain_instances([inside], WINDOW, TZ) == [inside]
    far = event(date(2025, 1, 1), date(2025, 1, 2))
    assert ical_fast.plain_instances([far], WINDOW, TZ) == []
    edge = event(datetime(2026, 3, 31, 23, tzinfo=UTC), datetime(2026, 4, 1, 1, tzinfo=UTC))
    assert ical_fast.plain_instances([edge], WINDOW, TZ) is None
    series = event(datetime(2026, 3, 10, 9, tzinfo=UTC), rrule={"freq": "daily", "count": 2})
    assert ical_fast.plain_instances([series], WINDOW, TZ) is None
    mixed = event(datetime(2026, 3, 10, 9, tzinfo=UTC), dtend=date(2026, 3, 12))
    assert ical_fast.plain_instances([mixed], WINDOW, TZ) is None
    assert ical_fast.plain_instances([inside, inside], WINDOW, TZ) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Buy milk\r\nEND:VTODO\r\n", "no events (holds only VTODO)"),
        ("".join(line + "\r\n" for line in CUSTOM_ZONE), "no events (holds only VTIMEZONE)"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", "no complete VCALENDAR (truncated?)"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", "no complete VCALENDAR (truncated?)"),
    ],
)
def test_event_less_files_say_so_and_truncated_files_still_say_truncated(text: str, expected: str) -> None:
    for fast in (True, False):
        result = parse_calendar(text.encode(), tz=TZ, source="f.ics", fast=fast)
        assert result.events == () and result.problems == (f"f.ics: {expected}",)


def test_a_complete_calendar_without_events_is_no_problem() -> None:
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(line + "\r\n" for line in BERLIN_ZONE) + "END:VCALENDAR\r\n")
    assert parse_calendar(data.encode(), tz=TZ).problems == ()


def test_a_folded_x_wr_timezone_name_reads_the_same() -> None:
    # Found by the property above: the raw-text check missed "X\r\n -WR-TIMEZONE" (labels UTC vs GMT).
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//edge//EN\r\nX\r\n -WR-TIMEZONE:Europe/London\r\n"
            b"BEGIN:VEVENT\r\nUID:edge-0@example\r\nDTSTART:20260120T000000Z\r\nSUMMARY:Interview with Acme\r\n"
            b"DTEND:20260120T010000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    ical_fast._zones.clear()
    for window in (WINDOW, None):
        full, fast = _both(data, window)
        assert fast == full
