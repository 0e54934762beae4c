"""Business-time rules: weekends, DST in Berlin and New York, quiet hours, decision dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.errors import AfterviewError
from afterview.daemon.bizcal import (
    WEEKDAYS,
    at,
    business_day_at,
    first_followup_at,
    is_business_day,
    next_business_day,
    on_or_next_business_day,
    thank_you_reminder_at,
)
from hypothesis import given
from hypothesis import strategies as st

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NINE = time(9, 0)

FRIDAY = date(2025, 3, 14)
SATURDAY = date(2025, 3, 15)
SUNDAY = date(2025, 3, 16)
MONDAY = date(2025, 3, 17)


def _reminder(t0: datetime, tz: ZoneInfo = BERLIN, delay: timedelta = timedelta(hours=2)) -> datetime:
    return thank_you_reminder_at(t0, delay=delay, quiet_start=time(21, 0), day_start=NINE, tz=tz)


# ---------------------------------------------------------------- business days


def test_weekend_is_not_a_business_day() -> None:
    assert is_business_day(FRIDAY, WEEKDAYS)
    assert not is_business_day(SATURDAY, WEEKDAYS)
    assert not is_business_day(SUNDAY, WEEKDAYS)


def test_next_business_day_is_strictly_after_and_skips_weekend() -> None:
    assert next_business_day(MONDAY, WEEKDAYS) == date(2025, 3, 18)
    assert next_business_day(FRIDAY, WEEKDAYS) == MONDAY
    assert next_business_day(SATURDAY, WEEKDAYS) == MONDAY


def test_on_or_next_keeps_a_business_day_and_moves_a_weekend() -> None:
    assert on_or_next_business_day(FRIDAY, WEEKDAYS) == FRIDAY
    assert on_or_next_business_day(SUNDAY, WEEKDAYS) == MONDAY


def test_custom_week_sunday_to_thursday() -> None:
    week = frozenset({6, 0, 1, 2, 3})
    assert next_business_day(date(2025, 3, 13), week) == SUNDAY  # Thursday -> Sunday
    assert on_or_next_business_day(FRIDAY, week) == SUNDAY


@pytest.mark.parametrize("days", [frozenset(), frozenset({7}), frozenset({-1, 2})])
def test_bad_business_days_raise_afterview_error(days: frozenset[int]) -> None:
    with pytest.raises(AfterviewError):
        next_business_day(FRIDAY, days)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       st.frozensets(st.integers(0, 6), min_size=1))
def test_next_business_day_is_the_first_one_after(d: date, week: frozenset[int]) -> None:
    nxt = next_business_day(d, week)
    assert d < nxt <= d + timedelta(days=7)
    assert is_business_day(nxt, week)
    assert all(not is_business_day(d + timedelta(days=k), week) for k in range(1, (nxt - d).days))


# ---------------------------------------------------------------- at()


def test_at_is_aware_and_keeps_the_wall_clock() -> None:
    moment = at(MONDAY, NINE, BERLIN)
    assert moment.tzinfo is not None
    assert (moment.hour, moment.minute) == (9, 0)
    assert moment.astimezone(UTC) == datetime(2025, 3, 17, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("tz", "day", "expected_utc"),
    [
        # Berlin springs forward 2025-03-30 02:00 -> 03:00; 02:30 does not exist.
        (BERLIN, date(2025, 3, 30), datetime(2025, 3, 30, 1, 30, tzinfo=UTC)),
        # New York springs forward 2025-03-09 02:00 -> 03:00.
        (NEW_YORK, date(2025, 3, 9), datetime(2025, 3, 9, 7, 30, tzinfo=UTC)),
    ],
)
def test_at_shifts_a_gap_time_forward(tz: ZoneInfo, day: date, expected_utc: datetime) -> None:
    moment = at(day, time(2, 30), tz)
    assert moment.astimezone(UTC) == expected_utc
    assert (moment.hour, moment.minute) == (3, 30)
    assert moment.dst() == timedelta(hours=1)


def test_at_in_the_repeated_hour_takes_the_first_occurrence() -> None:
    # Berlin falls back 2025-10-26 03:00 -> 02:00; 02:30 happens twice, first at 00:30 UTC.
    moment = at(date(2025, 10, 26), time(2, 30), BERLIN)
    assert moment.astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_nine_oclock_across_dst_changes_offset_not_wall_clock() -> None:
    before = at(date(2025, 3, 7), NINE, NEW_YORK)
    after = at(date(2025, 3, 10), NINE, NEW_YORK)
    assert before.astimezone(UTC).hour == 14
    assert after.astimezone(UTC).hour == 13


# ---------------------------------------------------------------- thank-you reminder


def test_afternoon_interview_gets_reminder_two_hours_later() -> None:
    t0 = datetime(2025, 3, 17, 15, 0, tzinfo=BERLIN)
    assert _reminder(t0) == datetime(2025, 3, 17, 17, 0, tzinfo=BERLIN)


def test_late_interview_moves_to_next_morning() -> None:
    t0 = datetime(2025, 3, 17, 20, 30, tzinfo=BERLIN)  # + 2 h = 22:30, quiet
    got = _reminder(t0)
    assert got == datetime(2025, 3, 18, 9, 0, tzinfo=BERLIN)
    assert (got.date(), got.hour) == (date(2025, 3, 18), 9)


def test_exactly_at_quiet_start_moves_to_next_morning() -> None:
    t0 = datetime(2025, 3, 17, 19, 0, tzinfo=BERLIN)
    assert _reminder(t0) == datetime(2025, 3, 18, 9, 0, tzinfo=BERLIN)


def test_just_before_quiet_start_stays() -> None:
    t0 = datetime(2025, 3, 17, 18, 59, tzinfo=BERLIN)
    assert _reminder(t0) == datetime(2025, 3, 17, 20, 59, tzinfo=BERLIN)


def test_after_midnight_moves_to_day_start_same_day() -> None:
    t0 = datetime(2025, 3, 17, 23, 30, tzinfo=BERLIN)  # + 2 h = 01:30 on the 18th
    assert _reminder(t0) == datetime(2025, 3, 18, 9, 0, tzinfo=BERLIN)


def test_early_morning_moves_to_day_start() -> None:
    t0 = datetime(2025, 3, 17, 5, 0, tzinfo=BERLIN)
    assert _reminder(t0) == datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)


def test_reminder_is_computed_in_the_users_zone_not_t0s() -> None:
    # US is already on summer time (5 h apart): 14:00 New York = 19:00 Berlin; + 2 h = 21:00: quiet.
    t0 = datetime(2025, 3, 17, 14, 0, tzinfo=NEW_YORK)
    got = _reminder(t0, tz=BERLIN)
    assert got == datetime(2025, 3, 18, 9, 0, tzinfo=BERLIN)
    assert got.tzinfo == BERLIN
    assert _reminder(t0, tz=NEW_YORK) == datetime(2025, 3, 17, 16, 0, tzinfo=NEW_YORK)


def test_delay_is_elapsed_time_across_spring_forward() -> None:
    # 01:00 CET + 2 h elapsed = 04:00 CEST (the clock skips 02:00-03:00), then day start.
    t0 = datetime(2025, 3, 30, 1, 0, tzinfo=BERLIN)
    late = _reminder(t0, delay=timedelta(hours=2))
    assert late == datetime(2025, 3, 30, 9, 0, tzinfo=BERLIN)
    # Later that day, two hours are still two hours.
    t1 = datetime(2025, 3, 30, 12, 0, tzinfo=BERLIN)
    assert _reminder(t1) == datetime(2025, 3, 30, 14, 0, tzinfo=BERLIN)
    assert (_reminder(t1) - t1) == timedelta(hours=2)


def test_delay_across_fall_back_is_elapsed_time_in_new_york() -> None:
    # New York falls back 2025-11-02 02:00 -> 01:00. 00:30 EDT + 24 h elapsed = 23:30 EST: quiet.
    t0 = datetime(2025, 11, 2, 0, 30, tzinfo=NEW_YORK)
    got = thank_you_reminder_at(t0, delay=timedelta(hours=24), quiet_start=time(23, 0),
                                day_start=NINE, tz=NEW_YORK)
    assert got == datetime(2025, 11, 3, 9, 0, tzinfo=NEW_YORK)


def test_day_start_in_a_dst_gap_is_shifted_forward() -> None:
    t0 = datetime(2025, 3, 29, 22, 0, tzinfo=BERLIN)
    got = thank_you_reminder_at(t0, delay=timedelta(hours=1), quiet_start=time(21, 0),
                                day_start=time(2, 30), tz=BERLIN)
    assert got.astimezone(UTC) == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)


def test_naive_t0_is_refused() -> None:
    with pytest.raises(ValueError):
        _reminder(datetime(2025, 3, 17, 15, 0))  # noqa: DTZ001


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1),  # noqa: DTZ001
                    timezones=st.just(BERLIN)))
def test_reminder_never_falls_in_quiet_hours_and_never_before_t0(t0: datetime) -> None:
    got = _reminder(t0)
    assert got >= t0 + timedelta(hours=2)
    assert time(9, 0) <= got.time() < time(21, 0)
    assert got - t0 <= timedelta(hours=2 + 12 + 1)


# ---------------------------------------------------------------- business_day_at / follow-up


def test_business_day_at_moves_weekend_to_monday() -> None:
    assert business_day_at(SATURDAY, NINE, BERLIN, WEEKDAYS) == datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)
    assert business_day_at(FRIDAY, NINE, BERLIN, WEEKDAYS) == datetime(2025, 3, 14, 9, 0, tzinfo=BERLIN)


def test_followup_after_friday_decision_is_monday() -> None:
    t0 = datetime(2025, 3, 10, 15, 0, tzinfo=BERLIN)
    got = first_followup_at(t0, FRIDAY, after_days=7, t=NINE, tz=BERLIN, business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)


def test_followup_after_wednesday_decision_is_thursday() -> None:
    t0 = datetime(2025, 3, 10, 15, 0, tzinfo=BERLIN)
    got = first_followup_at(t0, date(2025, 3, 12), after_days=7, t=NINE, tz=BERLIN,
                            business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 13, 9, 0, tzinfo=BERLIN)


def test_followup_without_decision_is_a_week_later() -> None:
    t0 = datetime(2025, 3, 11, 15, 0, tzinfo=BERLIN)  # Tuesday
    got = first_followup_at(t0, None, after_days=7, t=NINE, tz=BERLIN, business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 18, 9, 0, tzinfo=BERLIN)


def test_followup_without_decision_landing_on_weekend_moves_to_monday() -> None:
    t0 = datetime(2025, 3, 8, 11, 0, tzinfo=BERLIN)  # a Saturday interview
    got = first_followup_at(t0, None, after_days=7, t=NINE, tz=BERLIN, business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)


def test_followup_uses_the_users_local_date_of_t0() -> None:
    # 23:30 Friday in New York is already Saturday in Berlin: + 7 = Saturday -> Monday.
    t0 = datetime(2025, 3, 7, 23, 30, tzinfo=NEW_YORK)
    got = first_followup_at(t0, None, after_days=7, t=NINE, tz=BERLIN, business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)
    in_ny = first_followup_at(t0, None, after_days=7, t=NINE, tz=NEW_YORK, business_days=WEEKDAYS)
    assert in_ny == datetime(2025, 3, 14, 9, 0, tzinfo=NEW_YORK)


def test_followup_across_dst_keeps_nine_oclock_local() -> None:
    t0 = datetime(2025, 3, 4, 10, 0, tzinfo=NEW_YORK)  # EST
    got = first_followup_at(t0, None, after_days=7, t=NINE, tz=NEW_YORK, business_days=WEEKDAYS)
    assert got == datetime(2025, 3, 11, 9, 0, tzinfo=NEW_YORK)  # EDT
    assert got.astimezone(UTC).hour == 13
