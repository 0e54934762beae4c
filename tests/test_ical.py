"""iCalendar normalisation (connectors/ical.py) against hand-written files in tests/corpus/ics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from afterview.connectors.base import CalendarEvent, Tickler
from afterview.connectors.ical import parse_calendar, stored_tickler_from_ics, tickler_to_ics
from afterview.connectors.ical_tz import windows_to_iana
from hypothesis import example, given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
YEAR_2025 = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))


def load(name: str, tz: ZoneInfo = BERLIN, window: tuple[datetime, datetime] | None = None):  # type: ignore[no-untyped-def]
    return parse_calendar((CORPUS / name).read_bytes(), tz=tz, window=window, source=name)


def by_uid(events: tuple[CalendarEvent, ...], uid: str) -> list[CalendarEvent]:
    return [e for e in events if e.uid == uid]


def wall(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.astimezone(tz).replace(tzinfo=None)


def a_tickler(**changes: object) -> Tickler:
    values: dict[str, object] = {
        "key": "acme/senior-engineer/thanks",
        "app_id": "acme/senior-engineer",
        "summary": "Send thank-you notes — Acme, Senior Engineer",
        "description": "Write down who you met.\nDrafts are waiting; check them, then send.",
        "start": datetime(2025, 3, 10, 17, 0, tzinfo=BERLIN),
        "end": datetime(2025, 3, 10, 17, 15, tzinfo=BERLIN),
        "alarm_minutes_before": 15,
    }
    values.update(changes)
    return Tickler(**values)  # type: ignore[arg-type]


# ---------------------------------------------------------------- time zones


def test_custom_vtimezone_rules_are_applied_in_winter_and_summer() -> None:
    parsed = load("vtimezone_custom.ics", tz=TOKYO)
    assert parsed.problems == ()
    [winter] = by_uid(parsed.events, "custom-zone-1@example.com")
    [summer] = by_uid(parsed.events, "custom-zone-2@example.com")
    assert winter.start.utcoffset() == timedelta(hours=1)
    assert summer.start.utcoffset() == timedelta(hours=2)
    assert winter.start.astimezone(UTC) == datetime(2025, 1, 15, 9, 0, tzinfo=UTC)
    assert summer.end.astimezone(UTC) == datetime(2025, 7, 15, 9, 0, tzinfo=UTC)


def test_windows_zone_names_map_to_iana() -> None:
    parsed = load("windows_zones.ics", tz=TOKYO)
    assert parsed.problems == ()
    [acme] = by_uid(parsed.events, "040000008200E00074C5B7101A82E00800000000A0B1C2D3")
    [phone] = by_uid(parsed.events, "pacific-1@example.com")
    assert acme.start.astimezone(UTC) == datetime(2025, 3, 10, 13, 0, tzinfo=UTC)
    assert phone.start.astimezone(UTC) == datetime(2025, 7, 11, 16, 0, tzinfo=UTC)
    assert windows_to_iana("w. europe standard time") == "Europe/Berlin"
    assert windows_to_iana('"Pacific Standard Time"') == "America/Los_Angeles"
    assert windows_to_iana("Nowhere Standard Time") is None


def test_x_wr_timezone_keeps_wall_clock_across_dst() -> None:
    parsed = load("x_wr_timezone.ics", tz=BERLIN, window=YEAR_2025)
    weekly = by_uid(parsed.events, "weekly-sync@google.com")
    # US DST starts 2025-03-09: written in UTC, meant as 10:00 New York every week.
    assert [wall(e.start, NEW_YORK) for e in weekly] == [
        datetime(2025, 3, day, 10, 0) for day in (3, 10, 17, 24)  # noqa: DTZ001
    ]
    [floating] = by_uid(parsed.events, "floating-in-xwr@google.com")
    assert wall(floating.start, NEW_YORK) == datetime(2025, 3, 5, 9, 0)  # noqa: DTZ001
    assert floating.start.utcoffset() is not None


def test_unknown_x_wr_timezone_is_a_problem_not_an_error() -> None:
    data = (CORPUS / "x_wr_timezone.ics").read_bytes().replace(b"America/New_York", b"Atlantis/Capital")
    parsed = parse_calendar(data, tz=BERLIN, source="x.ics")
    assert any("X-WR-TIMEZONE" in p and "Atlantis/Capital" in p for p in parsed.problems)
    [floating] = by_uid(parsed.events, "floating-in-xwr@google.com")
    assert floating.start == datetime(2025, 3, 5, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("tz", [BERLIN, TOKYO])
def test_floating_and_all_day_are_placed_in_the_user_zone(tz: ZoneInfo) -> None:
    parsed = load("floating_allday.ics", tz=tz)
    events = {e.uid: e for e in parsed.events}
    assert events["floating-1@example.com"].start == datetime(2025, 4, 2, 9, 0, tzinfo=tz)
    assert not events["floating-1@example.com"].all_day
    onsite = events["allday-1@example.com"]
    assert onsite.all_day and onsite.start == datetime(2025, 4, 4, tzinfo=tz)
    assert onsite.end == datetime(2025, 4, 5, tzinfo=tz)
    no_end = events["allday-noend@example.com"]
    assert no_end.all_day and no_end.end - no_end.start == timedelta(days=1)


def test_unknown_tzid_falls_back_to_user_zone_with_a_problem() -> None:
    parsed = load("broken_component.ics", tz=TOKYO)
    [event] = by_uid(parsed.events, "unknown-tz@example.com")
    assert event.start == datetime(2025, 6, 4, 9, 0, tzinfo=TOKYO)
    assert any("uid=unknown-tz@example.com" in p and "Mars/Olympus_Mons" in p for p in parsed.problems)


# ---------------------------------------------------------------- recurrence


def test_recurring_series_expands_with_exdate_override_and_cancelled_instance() -> None:
    parsed = load("recurring.ics", window=YEAR_2025)
    assert parsed.problems == ()
    series = sorted(by_uid(parsed.events, "series-1@example.com"), key=lambda e: e.start)
    assert [wall(e.start, BERLIN) for e in series] == [
        datetime(2025, 3, 3, 10), datetime(2025, 3, 18, 15), datetime(2025, 3, 24, 10),  # noqa: DTZ001
        datetime(2025, 3, 31, 10), datetime(2025, 4, 7, 10),  # noqa: DTZ001
    ]
    moved = series[1]
    assert moved.summary == "Interview loop (moved)"
    assert moved.recurrence_id == datetime(2025, 3, 17, 10, tzinfo=BERLIN)
    assert [e.cancelled for e in series] == [False, False, True, False, False]
    assert all(e.recurrence_id is not None for e in series)
    assert len({e.key for e in series}) == len(series)
    # DST in Berlin from 2025-03-30: the wall clock stays, the UTC offset moves.
    assert series[3].start.utcoffset() == timedelta(hours=2)


def test_window_bounds_expansion_and_drops_events_outside() -> None:
    window = (datetime(2025, 3, 15, tzinfo=BERLIN), datetime(2025, 3, 30, tzinfo=BERLIN))
    parsed = load("recurring.ics", window=window)
    assert [wall(e.start, BERLIN).day for e in parsed.events] == [18, 24]
    assert load("windows_zones.ics", window=window).events == ()


def test_single_events_have_no_recurrence_id_when_expanded() -> None:
    parsed = load("floating_allday.ics", window=YEAR_2025)
    assert len(parsed.events) == 3
    assert all(e.recurrence_id is None for e in parsed.events)


def test_without_window_one_event_per_vevent_as_written() -> None:
    parsed = load("recurring.ics")
    assert len(parsed.events) == 3
    master, moved, cancelled = parsed.events
    assert master.recurrence_id is None and master.start == datetime(2025, 3, 3, 10, tzinfo=BERLIN)
    assert moved.recurrence_id == datetime(2025, 3, 17, 10, tzinfo=BERLIN)
    assert cancelled.cancelled
    # COUNT=6 bounds the series: its span ends with the last instance.
    assert parsed.span == (datetime(2025, 3, 3, 10, tzinfo=BERLIN), datetime(2025, 4, 7, 11, tzinfo=BERLIN))


def test_endless_series_has_an_open_span() -> None:
    data = (CORPUS / "recurring.ics").read_bytes().replace(b"RRULE:FREQ=WEEKLY;COUNT=6", b"RRULE:FREQ=WEEKLY")
    parsed = parse_calendar(data, tz=BERLIN)
    assert parsed.problems == () and parsed.span == (datetime(2025, 3, 3, 10, tzinfo=BERLIN), None)
    far = (datetime(2031, 1, 1, tzinfo=UTC), datetime(2031, 1, 15, tzinfo=UTC))
    assert len(parse_calendar(data, tz=BERLIN, window=far).events) == 2


# ---------------------------------------------------------------- fields


def test_people_categories_and_text_fields() -> None:
    [acme] = by_uid(load("windows_zones.ics").events, "040000008200E00074C5B7101A82E00800000000A0B1C2D3")
    assert acme.organizer is not None
    assert (acme.organizer.name, acme.organizer.email) == ("Riley Recruiter", "riley.recruiter@acme.example")
    people = {a.email: a for a in acme.attendees}
    assert people["jordan@example.org"].name == "Jordan Candidate"
    assert people["jordan@example.org"].role == "REQ-PARTICIPANT"
    assert people["jordan@example.org"].status == "NEEDS-ACTION"
    assert people["sam@acme.example"].status == "ACCEPTED"
    assert people["room401@acme.example"].kind == "room"
    assert people["projector@acme.example"].kind == "resource"
    assert people["panel@acme.example"].kind == "group"
    assert acme.categories == ("Interview", "Acme")
    assert acme.sequence == 2
    assert (acme.location, acme.description) == ("Room 4.01", "Please bring your portfolio.")


def test_cancelled_duration_url_and_html_description() -> None:
    events = {e.uid: e for e in load("cancelled_html.ics").events}
    gone = events["cancelled-1@example.com"]
    assert gone.cancelled and gone.sequence == 3
    html = events["html-1@example.com"]
    assert not html.cancelled
    assert html.end - html.start == timedelta(minutes=45)
    assert html.url == "https://globex.example/jobs/42"
    assert "Zoom & bring code" in html.description and "Panel: Ada" in html.description
    assert "<" not in html.description and "color" not in html.description


# ---------------------------------------------------------------- bad input


def test_broken_file_is_one_problem_line() -> None:
    parsed = load("broken_file.ics")
    assert parsed.events == () and parsed.uids == frozenset()
    assert len(parsed.problems) == 1 and parsed.problems[0].startswith("broken_file.ics: ")


@pytest.mark.parametrize("data", [b"", b"  \r\n", (CORPUS / "truncated.ics").read_bytes(), b"\x00\xff\xfe"])
def test_empty_or_truncated_is_a_problem(data: bytes) -> None:
    parsed = parse_calendar(data, tz=BERLIN, source="odd.ics")
    assert parsed.events == () and len(parsed.problems) == 1 and "odd.ics" in parsed.problems[0]


def test_one_broken_component_among_good_ones() -> None:
    for window in (None, YEAR_2025):
        parsed = load("broken_component.ics", window=window)
        assert {e.uid for e in parsed.events} == {
            "good-before@example.com", "garbled-line@example.com", "unknown-tz@example.com",
            "good-after@example.com",
        }
        assert "bad-start@example.com" in parsed.uids and "bad-rrule@example.com" in parsed.uids
        skipped = [p for p in parsed.problems if "skipped" in p]
        assert len(skipped) == 2
        assert any(p.startswith("broken_component.ics: VEVENT uid=bad-start@example.com: ") for p in skipped)
        assert any(p.startswith("broken_component.ics: VEVENT uid=bad-rrule@example.com: ") for p in skipped)
        assert all("\n" not in p for p in parsed.problems)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    parsed = parse_calendar(data, tz=BERLIN, window=YEAR_2025, source="fuzz.ics")
    assert all(e.start.tzinfo is not None for e in parsed.events)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_damaged_real_files_never_raise(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(p.name for p in CORPUS.glob("*.ics"))))
    lines = (CORPUS / name).read_bytes().splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    cut = data.draw(st.integers(0, len(lines[index])))
    damaged = b"\n".join([*lines[:index], lines[index][:cut] + b"\x00;:,", *lines[index + 1:]])
    parsed = parse_calendar(damaged, tz=BERLIN, window=YEAR_2025, source=name)
    assert all(e.start.tzinfo is not None and e.end >= e.start for e in parsed.events)


# ---------------------------------------------------------------- owned ticklers


def test_tickler_file_shape() -> None:
    tickler = a_tickler()
    cal = icalendar.Calendar.from_ical(tickler_to_ics(tickler, BERLIN))
    [event] = cal.walk("VEVENT")
    assert str(cal["UID"]) == str(event["UID"]) == tickler.uid
    assert str(cal["PRODID"]) == "-//afterview//afterview//EN"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTSTART"].dt == tickler.start and event["DTEND"].dt == tickler.end
    assert "DTSTAMP" in event and str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["X-AFTERVIEW-OWNER"]) == "afterview"
    assert str(event["X-AFTERVIEW-KEY"]) == tickler.key
    assert str(event["X-AFTERVIEW-APP"]) == tickler.app_id
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm["TRIGGER"].dt == timedelta(minutes=-15)


def test_tickler_in_another_zone_is_written_in_the_user_zone() -> None:
    start = datetime(2025, 3, 10, 16, 0, tzinfo=UTC)
    tickler = a_tickler(start=start, end=start + timedelta(minutes=15))
    [event] = icalendar.Calendar.from_ical(tickler_to_ics(tickler, TOKYO)).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert event["DTSTART"].dt == tickler.start


def test_tickler_round_trip_keeps_fingerprint_and_is_owned() -> None:
    tickler = a_tickler()
    data = tickler_to_ics(tickler, BERLIN)
    stored = stored_tickler_from_ics(data, ref="x.ics", etag="1-2")
    assert stored is not None
    assert (stored.key, stored.ref, stored.etag) == (tickler.key, "x.ics", "1-2")
    assert stored.app_id == tickler.app_id
    assert stored.fingerprint == tickler.fingerprint() and stored.start == tickler.start
    [event] = parse_calendar(data, tz=TOKYO, window=YEAR_2025).events
    assert event.owned_key == tickler.key and event.uid == tickler.uid


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=200)


@settings(max_examples=80, deadline=None)
@given(summary=_TEXT, description=_TEXT, minutes=st.integers(0, 60 * 24 * 400))
@example(summary="C:\\New\\N; a, b", description="\\N\\n\\\\N\r\nend\\", minutes=0)
def test_round_trip_fingerprint_for_any_text_and_time(summary: str, description: str, minutes: int) -> None:
    start = datetime(2025, 1, 1, 8, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    end = start + timedelta(minutes=15)
    tickler = a_tickler(summary=summary, description=description, start=start, end=end)
    stored = stored_tickler_from_ics(tickler_to_ics(tickler, BERLIN), ref="r.ics", etag="e")
    assert stored is not None and stored.fingerprint == tickler.fingerprint()


_KEY = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@settings(max_examples=80, deadline=None)
@given(key=_KEY, app_id=_KEY)
@example(key="acme, inc; \\N/senior:engineer/thanks", app_id="a,b;c\\n")
def test_round_trip_keeps_any_key_and_app_id(key: str, app_id: str) -> None:
    tickler = a_tickler(key=key, app_id=app_id)
    stored = stored_tickler_from_ics(tickler_to_ics(tickler, BERLIN), ref="r.ics", etag="e")
    assert stored is not None and (stored.key, stored.app_id) == (key, app_id)


@pytest.mark.parametrize("edit", ["SUMMARY", "DTSTART", "DESCRIPTION"])
def test_user_edit_changes_the_fingerprint(edit: str) -> None:
    tickler = a_tickler()
    cal = icalendar.Calendar.from_ical(tickler_to_ics(tickler, BERLIN))
    [event] = cal.walk("VEVENT")
    if edit == "DTSTART":
        event["DTSTART"] = icalendar.vDDDTypes(tickler.start + timedelta(hours=1))
    else:
        event[edit] = icalendar.vText("changed by the user")
    stored = stored_tickler_from_ics(cal.to_ical(), ref="r.ics", etag="e")
    assert stored is not None and stored.key == tickler.key
    assert stored.fingerprint != tickler.fingerprint()


def test_foreign_or_broken_files_hold_no_tickler() -> None:
    for name in ("windows_zones.ics", "recurring.ics", "broken_file.ics", "truncated.ics"):
        assert stored_tickler_from_ics((CORPUS / name).read_bytes(), ref=name, etag="e") is None
    assert all(e.owned_key is None for e in load("windows_zones.ics").events)


def test_html_alt_description_is_unescaped_like_text() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:alt-1\r\n"
        b"DTSTART:20261117T140000Z\r\nDTEND:20261117T150000Z\r\nSUMMARY:Interview\r\n"
        b"X-ALT-DESC;FMTTYPE=text/html:<p>Hi Jordan\\, you'll meet Dana\\; bring notes</p>\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data, tz=ZoneInfo("Europe/Berlin")).events
    assert event.description.strip() == "Hi Jordan, you'll meet Dana; bring notes"
