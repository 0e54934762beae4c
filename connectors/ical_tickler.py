"""Owned ticklers in iCalendar: the VCALENDAR afterview writes, and reading one back with its fingerprint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from afterview.connectors.base import OWNER, StoredTickler, Tickler, tickler_fingerprint
from afterview.connectors.ical_event import X_APP, X_KEY, X_OWNER, owned_key, prop_text, raw_end, start_of
from afterview.connectors.ical_tz import to_aware
from icalendar import Alarm, Calendar, Event, vText

PRODID = "-//afterview//afterview//EN"


class _ExactText(vText):
    """TEXT escaped exactly as RFC 5545 3.3.11 says.

    icalendar 7 first turns a literal backslash-N into a line break, so a text holding
    "C:\\New" would come back changed and look like a user's edit.
    """

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        return text.encode("utf-8")


def tickler_to_ics(t: Tickler, tz: ZoneInfo) -> bytes:
    """Given a tickler and the user's zone, returns a VCALENDAR holding its one owned VEVENT."""
    start = t.start.astimezone(tz)
    end = t.end.astimezone(tz)
    before = timedelta(minutes=-max(0, t.alarm_minutes_before))
    # icalendar refuses a DISPLAY alarm without text; an empty title still needs a reminder.
    alarm = Alarm.new_display(t.summary.strip() or "afterview reminder", before, uid=f"{t.uid}-alarm")
    event = Event.new(
        uid=t.uid,
        summary=t.summary,
        description=t.description,
        start=start,
        end=end,
        stamp=datetime.now(UTC),
        subcomponents=[alarm],
    )
    event["SUMMARY"] = _ExactText(t.summary)
    event["DESCRIPTION"] = _ExactText(t.description)
    event.add("TRANSP", "TRANSPARENT")
    event.add(X_OWNER, OWNER)
    event.add(X_KEY, t.key)
    event.add(X_APP, t.app_id)
    # The calendar UID must equal the event UID: a random one makes vdirsyncer drop the event.
    cal = Calendar.new(uid=t.uid, prodid=PRODID, subcomponents=[event])
    # A VTIMEZONE covering a year around the event keeps the file small and valid.
    cal.add_missing_timezones(
        first_date=(start - timedelta(days=366)).date(), last_date=(end + timedelta(days=366)).date()
    )
    data: bytes = cal.to_ical()
    return data


def stored_tickler_from_ics(
    data: bytes, *, ref: str, etag: str, tz: tzinfo | None = None
) -> StoredTickler | None:
    """Given a calendar file, returns the owned tickler in it (fingerprint of what it says now) or None.

    `tz` places all-day or floating times a user may have set (default UTC).
    """
    zone = tz or UTC
    try:
        components = Calendar.from_ical(data, multiple=True)
    except Exception:  # not iCalendar: not ours to manage
        return None
    for root in components:
        for event in root.walk("VEVENT"):
            key = owned_key(event)
            if key is None or event.get("DTSTART") is None:
                continue
            try:
                raw = start_of(event)
                start, _ = to_aware(raw, zone)
                end, _ = to_aware(raw_end(event, raw), zone)
            except Exception:  # a broken time the user typed: still ours, with an unmatchable print
                start = end = datetime.fromtimestamp(0, UTC)
            summary = prop_text(event, "SUMMARY")
            description = prop_text(event, "DESCRIPTION")
            return StoredTickler(
                key=key,
                ref=ref,
                etag=etag,
                fingerprint=tickler_fingerprint(summary, description, start, end),
                start=start,
                app_id=prop_text(event, X_APP),
            )
    return None
