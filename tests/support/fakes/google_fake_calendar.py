"""The Calendar v3 half of the fake: events per calendar, etags, sync tokens, owned-event queries.

Events are kept as the JSON resources Google returns. A deletion leaves a tombstone with only
`id`, `etag`, `status: cancelled` and `updated` (Google guarantees no more), which incremental
sync reports and `events.get` still returns; inserting its id again is a 409 duplicate.
Sync tokens name a change sequence number; `expire_sync_tokens` makes older ones answer 410.
Recurring series are kept as Google keeps them (see google_fake_series): with singleEvents=true
a listing or a sync expands a series into its instances, each carrying the series' change number.
"""

from __future__ import annotations

import copy
import itertools
import re
import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fakes import google_fake_series as series
from fakes.google_errors import (
    ApiError,
    deleted,
    duplicate,
    invalid,
    not_found,
    precondition_failed,
    stale_sync_token,
)

_NOT_WITH_SYNC = ("timeMin", "timeMax", "privateExtendedProperty", "sharedExtendedProperty", "iCalUID",
                  "orderBy", "q", "updatedMin")
_ID = re.compile(r"[a-v0-9]{5,1024}")
Result = tuple[int, Any, dict[str, str]]


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class CalendarStore:
    """Calendars by id ("primary" is the user's) holding events by id, with change sequence numbers."""

    def __init__(self, *, timezone: str, owner: str) -> None:
        self.tz = ZoneInfo(timezone)
        self.owner = owner
        self.events: dict[str, dict[str, dict[str, Any]]] = {"primary": {}}
        self.changed: dict[tuple[str, str], int] = {}
        self.min_token: dict[str, int] = {}
        self._seq = itertools.count(1)
        self.seq = 0

    # ------------------------------------------------------------ test (user-side) controls

    def _cal(self, calendar: str) -> dict[str, dict[str, Any]]:
        if calendar not in self.events:
            raise not_found()
        return self.events[calendar]

    def add_calendar(self, calendar: str) -> None:
        self.events.setdefault(calendar, {})

    def _touch(self, calendar: str, event: dict[str, Any]) -> None:
        self.seq = next(self._seq)
        event["etag"] = f'"{3000000000000000 + self.seq}"'
        event["updated"] = _stamp()
        self.changed[(calendar, event["id"])] = self.seq

    def put_event(self, event: dict[str, Any], calendar: str = "primary") -> str:
        """Stores an event as an invitation or the user's app would (same iCalUID: replaced); returns its id."""
        cal = self._cal(calendar)
        event = copy.deepcopy(event)
        uid = event.get("iCalUID")
        same = [e for e in cal.values() if uid and e.get("iCalUID") == uid and e.get("status") != "cancelled"
                and not e.get("recurringEventId")]
        if event.get("recurringEventId"):  # an instance of a series: its id names the series and original start
            same = []
        if same:
            event["id"] = same[0]["id"]
        else:
            event.setdefault("id", secrets.token_hex(13))
            event.setdefault("iCalUID", event["id"] + "@google.com")
        event.setdefault("kind", "calendar#event")
        event.setdefault("status", "confirmed")
        event.setdefault("created", _stamp())
        cal[event["id"]] = event
        self._touch(calendar, event)
        return str(event["id"])

    def user_edit(self, event_id: str, calendar: str = "primary", **fields: Any) -> None:
        """Changes fields of an event as the user does in the Calendar app."""
        event = self._cal(calendar)[event_id]
        event.update(fields)
        self._touch(calendar, event)

    def user_delete(self, event_id: str, calendar: str = "primary") -> None:
        self._tombstone(calendar, event_id)

    def import_ics(self, data: bytes, calendar: str = "primary") -> list[str]:
        """Stores the events of iCalendar bytes as Google imports them (series, instances); returns ids."""
        return series.import_ics(self, data, calendar)

    def series_id(self, uid: str, calendar: str = "primary") -> str:
        """Given a series' iCalUID, returns the id of the live event holding its recurrence."""
        [found] = [i for i, e in self._cal(calendar).items()
                   if e.get("iCalUID") == uid and "recurrence" in e and e.get("status") != "cancelled"]
        return found

    def user_delete_instance(self, series_id: str, original: datetime | date, calendar: str = "primary") -> str:
        """Deletes one instance of a series as the Calendar app does (a cancelled exception); returns its id."""
        master = self._cal(calendar)[series_id]
        zone = str(master["start"].get("timeZone") or self.tz.key)
        gone = series.cancelled_instance(master, original, zone)
        self._cal(calendar)[gone["id"]] = gone
        self._touch(calendar, gone)
        return str(gone["id"])

    def user_edit_instance(self, series_id: str, original: datetime, calendar: str = "primary",
                           **fields: Any) -> str:
        """Changes one instance of a series as the Calendar app does (an exception event); returns its id."""
        cal = self._cal(calendar)
        event_id = series.instance_id(series_id, original)
        if event_id not in cal:
            [instance] = [i for i in series.expand(cal[series_id], self.tz, original, original + timedelta(days=1),
                                                   set()) if i["id"] == event_id]
            cal[event_id] = instance
        cal[event_id].update(fields)
        self._touch(calendar, cal[event_id])
        return event_id

    def ids_for_uid(self, uid: str, calendar: str = "primary") -> list[str]:
        return [i for i, e in self._cal(calendar).items() if e.get("iCalUID") == uid and e["status"] != "cancelled"]

    def live(self, calendar: str = "primary") -> list[dict[str, Any]]:
        return [e for e in self._cal(calendar).values() if e.get("status") != "cancelled"]

    def expire_sync_tokens(self, calendar: str = "primary") -> None:
        self.min_token[calendar] = self.seq + 1

    def _tombstone(self, calendar: str, event_id: str) -> None:
        cal = self._cal(calendar)
        instances = [i for i, e in cal.items() if e.get("recurringEventId") == event_id and i != event_id]
        cal[event_id] = {"kind": "calendar#event", "id": event_id, "status": "cancelled"}
        self._touch(calendar, cal[event_id])
        for instance in instances:  # a deleted series takes its changed instances with it
            cal[instance] = {"kind": "calendar#event", "id": instance, "status": "cancelled"}
            self._touch(calendar, cal[instance])

    # ------------------------------------------------------------ API

    def dispatch(self, method: str, args: dict[str, Any], body: Any, headers: dict[str, str]) -> Result:
        name = method.removeprefix("calendar.")
        calendar = args.get("calendarId", "")
        if name == "events.list":
            return 200, self._list(calendar, args), {}
        if name == "events.get":
            return 200, copy.deepcopy(self._get(calendar, args["eventId"])), {}
        if name == "events.insert":
            return 200, self._insert(calendar, body), {}
        if name == "events.update":
            return 200, self._update(calendar, args["eventId"], body, headers), {}
        if name == "events.delete":
            event = self._get(calendar, args["eventId"])
            if event.get("status") == "cancelled":
                raise deleted()
            self._check_etag(event, headers)
            self._tombstone(calendar, args["eventId"])
            return 204, None, {}
        raise NotImplementedError(method)

    def _get(self, calendar: str, event_id: str) -> dict[str, Any]:
        found = self._cal(calendar).get(event_id)
        if found is None:
            raise not_found()
        return found

    @staticmethod
    def _check_etag(event: dict[str, Any], headers: dict[str, str]) -> None:
        wanted = headers.get("if-match")
        if wanted is not None and wanted != event.get("etag"):
            raise precondition_failed()

    def _fill(self, event: dict[str, Any]) -> None:
        for key in ("start", "end"):
            if key not in event:
                raise ApiError(400, "required", f"Missing {key} time.")
        event.setdefault("kind", "calendar#event")
        event.setdefault("status", "confirmed")
        event.setdefault("sequence", 0)
        event["organizer"] = {"email": self.owner, "self": True}
        event["creator"] = {"email": self.owner, "self": True}
        event["htmlLink"] = f"https://www.google.com/calendar/event?eid={event['id']}"

    def _insert(self, calendar: str, body: dict[str, Any]) -> dict[str, Any]:
        cal = self._cal(calendar)
        event = copy.deepcopy(body)
        if "id" in event:
            if not _ID.fullmatch(event["id"]):
                raise invalid("Invalid resource id value.")
            if event["id"] in cal:
                raise duplicate()
        else:
            event["id"] = secrets.token_hex(13)
        event.setdefault("iCalUID", event["id"] + "@google.com")
        event["created"] = _stamp()
        self._fill(event)
        cal[event["id"]] = event
        self._touch(calendar, event)
        return copy.deepcopy(event)

    def _update(self, calendar: str, event_id: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        old = self._get(calendar, event_id)
        self._check_etag(old, headers)
        event = copy.deepcopy(body)
        event["id"] = event_id
        event["iCalUID"] = old.get("iCalUID", body.get("iCalUID", event_id + "@google.com"))
        event["created"] = old.get("created", _stamp())
        self._fill(event)
        self._cal(calendar)[event_id] = event
        self._touch(calendar, event)
        return copy.deepcopy(event)

    # ------------------------------------------------------------ events.list

    def _moment(self, value: dict[str, Any]) -> datetime:
        if "dateTime" in value:
            return datetime.fromisoformat(value["dateTime"])
        return datetime.combine(date.fromisoformat(value["date"]), time(), self.tz)

    def _matches(self, event: dict[str, Any], args: dict[str, Any]) -> bool:
        if event.get("status") == "cancelled" and args.get("showDeleted") != "true":
            return False
        if "start" not in event and "originalStartTime" in event:  # a cancelled instance: where it was
            event = {**event, "start": event["originalStartTime"], "end": event["originalStartTime"]}
        if "start" not in event:
            return "timeMin" not in args and "timeMax" not in args and not args.get("privateExtendedProperty")
        # A series listed whole (singleEvents=false) is returned whatever the window.
        before = "timeMin" in args and self._moment(event["end"]) <= datetime.fromisoformat(args["timeMin"])
        after = "timeMax" in args and self._moment(event["start"]) >= datetime.fromisoformat(args["timeMax"])
        if "recurrence" not in event and (before or after):
            return False
        if "iCalUID" in args and event.get("iCalUID") != args["iCalUID"]:
            return False
        private = event.get("extendedProperties", {}).get("private", {})
        for wanted in _as_list(args.get("privateExtendedProperty")):
            name, _, value = wanted.partition("=")
            if private.get(name) != value:
                return False
        return True

    def _seq_of(self, calendar: str, event: dict[str, Any]) -> int:
        found = self.changed.get((calendar, event["id"]))
        return found if found is not None else self.changed[(calendar, event["recurringEventId"])]

    def _singles(self, cal: dict[str, dict[str, Any]], items: list[dict[str, Any]], lo: datetime | None,
                 hi: datetime | None) -> list[dict[str, Any]]:
        """Given events, returns them with each live series replaced by its instances (minus stored exceptions)."""
        out: list[dict[str, Any]] = []
        for event in items:
            if "recurrence" not in event or event.get("status") == "cancelled":
                out.append(event)
                continue
            stored = {i for i, e in cal.items() if e.get("recurringEventId") == event["id"]}
            out.extend(series.expand(event, self.tz, lo, hi, stored))
        return out

    def _list(self, calendar: str, args: dict[str, Any]) -> dict[str, Any]:
        cal = self._cal(calendar)
        size = min(int(args.get("maxResults", 250)), 2500)
        offset, snapshot = 0, self.seq
        if "pageToken" in args:
            offset_s, _, snap_s = str(args["pageToken"]).partition(":")
            offset, snapshot = int(offset_s), int(snap_s)
        if "syncToken" in args:
            clash = [p for p in _NOT_WITH_SYNC if p in args]
            if clash:
                raise invalid(f"Sync token cannot be used with {', '.join(clash)}.")
            token = str(args["syncToken"])
            if not re.fullmatch(r"s\d+", token) or int(token[1:]) < self.min_token.get(calendar, 0):
                raise stale_sync_token()
            since = int(token[1:])
            items = [e for e in cal.values() if self.changed[(calendar, e["id"])] > since]
            if args.get("singleEvents") == "true":
                items = self._singles(cal, items, None, None)
        else:
            items = list(cal.values())
            if args.get("singleEvents") == "true":
                lo, hi = (datetime.fromisoformat(args[k]) if k in args else None for k in ("timeMin", "timeMax"))
                items = self._singles(cal, items, lo, hi)
            items = [e for e in items if self._matches(e, args)]
        items.sort(key=lambda e: self._seq_of(calendar, e))
        page = items[offset: offset + size]
        out: dict[str, Any] = {
            "kind": "calendar#events", "etag": f'"p{snapshot}"', "summary": self.owner, "updated": _stamp(),
            "timeZone": self.tz.key, "accessRole": "owner", "defaultReminders": [{"method": "popup", "minutes": 10}],
            "items": [copy.deepcopy(e) for e in page],
        }
        if offset + size < len(items):
            out["nextPageToken"] = f"{offset + size}:{snapshot}"
        else:
            out["nextSyncToken"] = f"s{snapshot}"
        return out
