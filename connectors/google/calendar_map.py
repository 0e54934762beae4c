"""Google Calendar event resources <-> the contract's values (CalendarEvent, StoredTickler, tickler bodies).

An owned tickler is marked in `extendedProperties.private` (afterview_owner / afterview_key /
afterview_app), its event id and iCalUID are derived from its idempotency key, so a retried
insert is a 409 on the same id rather than a duplicate.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from afterview.connectors.base import (
    OWNER,
    Attendee,
    CalendarEvent,
    StoredTickler,
    Tickler,
    artifact_uid,
    tickler_fingerprint,
)

OWNER_PROP = "afterview_owner"
KEY_PROP = "afterview_key"
APP_PROP = "afterview_app"
_PARTSTAT = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE", "needsAction": "NEEDS-ACTION"}


def event_id(key: str) -> str:
    """Given an idempotency key, returns the Google event id of its tickler (base32hex, as Google requires)."""
    return "av" + hashlib.sha256(key.encode()).hexdigest()[:40]


def owned_key(resource: dict[str, Any]) -> str | None:
    """Given an event resource, returns afterview's key if afterview owns it, else None."""
    private = (resource.get("extendedProperties") or {}).get("private") or {}
    if private.get(OWNER_PROP) != OWNER:
        return None
    key = private.get(KEY_PROP)
    return key if isinstance(key, str) and key else None


def moment(value: dict[str, Any], tz: ZoneInfo) -> tuple[datetime, bool]:
    """Given a start/end object, returns (aware datetime, all_day); a date is midnight in the user's zone."""
    if "dateTime" in value:
        found = datetime.fromisoformat(str(value["dateTime"]))
        if found.tzinfo is None:  # Google always sends an offset; a zone name is the fallback
            found = found.replace(tzinfo=ZoneInfo(str(value.get("timeZone") or tz.key)))
        return found, False
    return datetime.combine(date.fromisoformat(str(value["date"])), time(), tz), True


def _attendee(person: dict[str, Any], organizer_email: str | None) -> Attendee:
    email = str(person.get("email") or "").lower() or None
    if person.get("resource"):
        kind, role = "room", "NON-PARTICIPANT"
    else:
        kind = "individual"
        role = "CHAIR" if person.get("organizer") or (email and email == organizer_email) else (
            "OPT-PARTICIPANT" if person.get("optional") else "REQ-PARTICIPANT")
    status = _PARTSTAT.get(str(person.get("responseStatus") or ""))
    return Attendee(name=person.get("displayName") or None, email=email, kind=kind,  # type: ignore[arg-type]
                    role=role, status=status)


def to_event(resource: dict[str, Any], tz: ZoneInfo) -> CalendarEvent:
    """Given an event resource with times (not a bare tombstone), returns the CalendarEvent; raises on bad data."""
    start, all_day = moment(resource["start"], tz)
    end, _ = moment(resource.get("end") or resource["start"], tz)
    organizer = resource.get("organizer") or {}
    organizer_email = str(organizer.get("email") or "").lower() or None
    recurrence_id = None
    if resource.get("recurringEventId") and resource.get("originalStartTime"):
        recurrence_id, _ = moment(resource["originalStartTime"], tz)
    return CalendarEvent(
        uid=str(resource.get("iCalUID") or resource["id"]),
        summary=str(resource.get("summary") or ""),
        start=start,
        end=end,
        description=str(resource.get("description") or ""),
        location=str(resource.get("location") or ""),
        url=str(resource.get("hangoutLink") or ""),
        all_day=all_day,
        recurrence_id=recurrence_id,
        organizer=Attendee(name=organizer.get("displayName") or None, email=organizer_email, role="CHAIR")
        if organizer_email else None,
        attendees=tuple(_attendee(p, organizer_email) for p in resource.get("attendees") or ()),
        cancelled=resource.get("status") == "cancelled",
        sequence=int(resource.get("sequence") or 0),
        owned_key=owned_key(resource),
    )


def cancelled_instance(resource: dict[str, Any], uid: str, tz: ZoneInfo) -> CalendarEvent:
    """Given a cancelled instance (maybe only id, recurringEventId and originalStartTime) and its series
    UID, returns it as a cancelled CalendarEvent under the instance's key; raises on bad data."""
    original, all_day = moment(resource["originalStartTime"], tz)
    if "start" in resource:
        event = to_event({**resource, "iCalUID": uid}, tz)
        return dataclasses.replace(event, cancelled=True, recurrence_id=original)
    return CalendarEvent(uid=uid, summary=str(resource.get("summary") or ""), start=original, end=original,
                         all_day=all_day, recurrence_id=original, cancelled=True)


def _when(moment_: datetime, tz: ZoneInfo) -> dict[str, str]:
    return {"dateTime": moment_.astimezone(tz).isoformat(), "timeZone": tz.key}


def tickler_body(tickler: Tickler, tz: ZoneInfo) -> dict[str, Any]:
    """Given a tickler and the user's zone, returns the event resource afterview writes."""
    overrides = [{"method": "popup", "minutes": max(0, tickler.alarm_minutes_before)}]
    return {
        "id": event_id(tickler.key),
        "iCalUID": artifact_uid(tickler.key),
        "summary": tickler.summary,
        "description": tickler.description,
        "start": _when(tickler.start, tz),
        "end": _when(tickler.end, tz),
        "transparency": "transparent",  # a reminder does not make the user busy
        "reminders": {"useDefault": False, "overrides": overrides},
        "extendedProperties": {"private": {OWNER_PROP: OWNER, KEY_PROP: tickler.key, APP_PROP: tickler.app_id}},
    }


def stored_tickler(resource: dict[str, Any], tz: ZoneInfo) -> StoredTickler | None:
    """Given an event resource, returns the owned tickler it holds now; None if not owned or deleted."""
    key = owned_key(resource)
    if key is None or resource.get("status") == "cancelled" or "start" not in resource:
        return None
    start, _ = moment(resource["start"], tz)
    end, _ = moment(resource.get("end") or resource["start"], tz)
    private = resource["extendedProperties"]["private"]
    return StoredTickler(
        key=key,
        ref=str(resource["id"]),
        etag=str(resource.get("etag") or ""),
        fingerprint=tickler_fingerprint(str(resource.get("summary") or ""), str(resource.get("description") or ""),
                                        start, end),
        start=start.astimezone(UTC),
        app_id=str(private.get(APP_PROP) or ""),
    )
