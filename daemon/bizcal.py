"""Business-time rules: when a tickler may fall, in the user's own time zone.

Pure functions over timezone-aware values. Weekdays follow `date.weekday()`
(0 = Monday). Wall-clock times that do not exist (the spring-forward gap) move
forward by the gap, so a reminder is never silently placed an hour early.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from afterview.daemon.errors import ConfigError

WEEKDAYS: frozenset[int] = frozenset(range(5))
"""Monday to Friday, the default business week."""


def _check(business_days: frozenset[int]) -> None:
    bad = sorted(d for d in business_days if not 0 <= d <= 6)
    if bad or not business_days:
        raise ConfigError(
            "business_days must name at least one weekday, 0 (Monday) to 6 (Sunday)",
            [f"business_days: got {sorted(business_days)}"],
        )


def is_business_day(d: date, business_days: frozenset[int]) -> bool:
    """Given a date and the business weekdays (0 = Monday), returns whether work happens that day."""
    return d.weekday() in business_days


def next_business_day(d: date, business_days: frozenset[int]) -> date:
    """Given a date, returns the first business day strictly after it; raises ConfigError if none exist."""
    _check(business_days)
    nxt = d + timedelta(days=1)
    while nxt.weekday() not in business_days:
        nxt += timedelta(days=1)
    return nxt


def on_or_next_business_day(d: date, business_days: frozenset[int]) -> date:
    """Given a date, returns it if it is a business day, else the next one; raises ConfigError if none."""
    _check(business_days)
    return d if d.weekday() in business_days else next_business_day(d, business_days)


def at(d: date, t: time, tz: ZoneInfo) -> datetime:
    """Given a local date, wall-clock time and zone, returns the aware moment.

    A time in the DST gap moves forward by the gap (02:30 -> 03:30); an ambiguous
    time (the repeated hour) resolves to its first occurrence.
    """
    naive_wall = datetime.combine(d, t.replace(tzinfo=None, fold=0))
    # fold=0 reads a gap time with the pre-transition offset; the round trip through UTC
    # then lands it after the gap, which is the "shift forward" we want.
    return naive_wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _in_quiet_hours(tod: time, quiet_start: time, day_start: time) -> bool:
    if quiet_start == day_start:
        return False
    if quiet_start > day_start:  # the usual case: the quiet window wraps midnight
        return tod >= quiet_start or tod < day_start
    return quiet_start <= tod < day_start


def thank_you_reminder_at(
    t0: datetime, *, delay: timedelta, quiet_start: time, day_start: time, tz: ZoneInfo
) -> datetime:
    """Given the interview end t0, returns when the thank-you tickler should fall.

    t0 + delay (elapsed time) in tz; at or after quiet_start it moves to day_start the
    next day, before day_start to day_start the same day. Raises ValueError if t0 is naive.
    """
    if t0.tzinfo is None:
        raise ValueError("t0 must be timezone-aware")
    local = (t0.astimezone(UTC) + delay).astimezone(tz)
    tod = local.time().replace(tzinfo=None)
    if not _in_quiet_hours(tod, quiet_start, day_start):
        return local
    day = local.date() if tod < day_start else local.date() + timedelta(days=1)
    return at(day, day_start, tz)


def business_day_at(d: date, t: time, tz: ZoneInfo, business_days: frozenset[int]) -> datetime:
    """Given a date, returns time t on it if it is a business day, else on the next business day."""
    return at(on_or_next_business_day(d, business_days), t, tz)


def first_followup_at(
    t0: datetime,
    decision: date | None,
    *,
    after_days: int,
    t: time,
    tz: ZoneInfo,
    business_days: frozenset[int],
) -> datetime:
    """Given the interview end t0 and the promised decision date, returns the first follow-up moment.

    Decision known: the next business day after it, at t. Unknown: the local date of t0
    plus after_days, on or after it the first business day, at t. Raises ValueError if t0 is naive.
    """
    if decision is not None:
        return at(next_business_day(decision, business_days), t, tz)
    if t0.tzinfo is None:
        raise ValueError("t0 must be timezone-aware")
    start = t0.astimezone(tz).date() + timedelta(days=after_days)
    return business_day_at(start, t, tz, business_days)
