"""When reminders fall: the thank-you reminder and the follow-up schedule, as pure functions.

A schedule counts from an Anchor (the end of the last interview, or a 'still reviewing'
reply). It never places a reminder before the moment afterview first learned of the anchor,
so an interview seen late still gets a reminder in the future rather than one in the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from afterview.daemon import bizcal
from afterview.daemon.infer import Anchor

THANK_YOU_LATEST = timedelta(hours=24)
DRAFT_LEAD = timedelta(hours=24)


@dataclass(frozen=True)
class Rules:
    """The policy settings the schedule needs, in the user's time zone."""

    tz: ZoneInfo
    day_start: time = time(9, 0)
    quiet_start: time = time(21, 0)
    thank_you_delay: timedelta = timedelta(hours=2)
    business_days: frozenset[int] = frozenset(range(5))
    after_days: int = 7
    interval_days: int = 7
    max_followups: int = 3
    tickler_minutes: int = 30
    alarm_minutes_before: int = 0
    threshold: float = 0.8


def next_slot(moment: datetime, rules: Rules) -> datetime:
    """Given a moment, returns the first business-day reminder slot (day_start) at or after it."""
    local = moment.astimezone(rules.tz)
    slot = bizcal.business_day_at(local.date(), rules.day_start, rules.tz, rules.business_days)
    if slot < moment:
        slot = bizcal.business_day_at(
            bizcal.next_business_day(local.date(), rules.business_days),
            rules.day_start,
            rules.tz,
            rules.business_days,
        )
    return slot


def thank_you_at(t0: datetime, seen_at: datetime, rules: Rules) -> datetime | None:
    """Given the interview end and when afterview saw it, returns the thank-you reminder time.

    None when afterview learned of the interview too late for a timely thank-you (24 h).
    """
    nominal = bizcal.thank_you_reminder_at(
        t0, delay=rules.thank_you_delay, quiet_start=rules.quiet_start, day_start=rules.day_start, tz=rules.tz
    )
    if seen_at <= nominal:
        return nominal
    if seen_at - t0 > THANK_YOU_LATEST:
        return None
    return bizcal.thank_you_reminder_at(
        seen_at,
        delay=timedelta(minutes=5),
        quiet_start=rules.quiet_start,
        day_start=rules.day_start,
        tz=rules.tz,
    )


def followup_times(anchor: Anchor, rules: Rules) -> list[datetime]:
    """Given an anchor, returns the due times of follow-ups 1..max (weekly, business days)."""
    first = bizcal.first_followup_at(
        anchor.at,
        anchor.decision_date,
        after_days=rules.after_days,
        t=rules.day_start,
        tz=rules.tz,
        business_days=rules.business_days,
    )
    first = max(first, next_slot(anchor.seen_at, rules))
    base: date = first.astimezone(rules.tz).date()
    times = [first]
    for step in range(1, rules.max_followups):
        day = base + timedelta(days=rules.interval_days * step)
        times.append(bizcal.business_day_at(day, rules.day_start, rules.tz, rules.business_days))
    return times


def no_response_at(anchor: Anchor, rules: Rules) -> datetime | None:
    """Given an anchor, returns when silence after the last follow-up means `no_response`."""
    times = followup_times(anchor, rules)
    if not times:
        return None
    day = times[-1].astimezone(rules.tz).date() + timedelta(days=rules.interval_days)
    return bizcal.business_day_at(day, rules.day_start, rules.tz, rules.business_days)


def before_business_day(moment: datetime, rules: Rules) -> datetime:
    """Given an interview start, returns the reminder slot on the business day before it."""
    day = moment.astimezone(rules.tz).date() - timedelta(days=1)
    while not bizcal.is_business_day(day, rules.business_days):
        day -= timedelta(days=1)
    return bizcal.at(day, rules.day_start, rules.tz)
