"""Recurring series in the EWS fake, as Exchange keeps them: one stored RecurringMaster item that
SyncFolderItems reports; occurrences and exceptions exist only in a CalendarView FindItem and by their
own ItemIds (GetItem), each with CalendarItemType "Occurrence"/"Exception" and OriginalStart.

The series' rules come from iCalendar (as an organizer's invitation brings them) and are expanded
with recurring-ical-events; deleting an occurrence records its original start and changes the
master, as Exchange does.
"""

from __future__ import annotations

import base64
import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar
import recurring_ical_events
from afterview.connectors.base import Attendee, AttendeeKind, CalendarEvent
from fakes.ews_items import calendar_item
from fakes.ews_store import FakeItem, sub, t
from lxml import etree

_SERIES_ONLY = ("Recurrence", "ModifiedOccurrences", "DeletedOccurrences", "FirstOccurrence", "LastOccurrence")


def _utc(value: date | datetime) -> datetime:
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def occurrence_id(master_id: str, original: datetime) -> str:
    return base64.b64encode(f"AAMkAD-occ|{master_id}|{_stamp(original)}".encode()).decode()


def parse_occurrence_id(item_id: str) -> tuple[str, datetime] | None:
    """Given an ItemId, returns (master id, original start) if it names an occurrence, else None."""
    try:
        kind, master_id, when = base64.b64decode(item_id, validate=True).decode().split("|")
    except ValueError:
        return None
    if kind != "AAMkAD-occ":
        return None
    return master_id, datetime.fromisoformat(when.replace("Z", "+00:00"))


@dataclass
class Series:
    """A stored master item and the iCalendar rules it was made from."""

    master: FakeItem
    calendar: icalendar.Calendar
    deleted: set[datetime] = field(default_factory=set)

    def _instance(self, component: Any) -> FakeItem:
        start = _utc(component.get("dtstart").dt)
        end = _utc(component.get("dtend").dt) if component.get("dtend") else start + timedelta(hours=1)
        rid = component.get("recurrence-id")
        original = _utc(rid.dt) if rid is not None else start
        is_exception = original in {_utc(c.get("recurrence-id").dt) for c in self.calendar.walk("VEVENT")
                                    if c.get("recurrence-id") is not None}
        elem = copy.deepcopy(self.master.elem)
        for child in list(elem):
            if etree.QName(child).localname in (*_SERIES_ONLY, "ItemId", "Start", "End", "Subject",
                                                "CalendarItemType", "OriginalStart"):
                elem.remove(child)
        item_id = occurrence_id(self.master.id, original)
        elem.insert(0, etree.Element(t("ItemId"), Id=item_id, ChangeKey=self.master.change_key))
        sub(elem, "t:Subject", str(component.get("summary", "")))
        sub(elem, "t:Start", _stamp(start))
        sub(elem, "t:End", _stamp(end))
        sub(elem, "t:OriginalStart", _stamp(original))
        sub(elem, "t:CalendarItemType", "Exception" if is_exception else "Occurrence")
        return FakeItem(item_id, self.master.folder, elem, self.master.serial)

    def instances(self, start: datetime, end: datetime) -> list[FakeItem]:
        """Returns the occurrences and exceptions overlapping [start, end), deleted ones left out."""
        found = []
        for component in recurring_ical_events.of(self.calendar).between(start - timedelta(days=1), end):
            item = self._instance(component)
            when = datetime.fromisoformat(str(item.elem.findtext(t("OriginalStart"))).replace("Z", "+00:00"))
            first = datetime.fromisoformat(str(item.elem.findtext(t("Start"))).replace("Z", "+00:00"))
            last = datetime.fromisoformat(str(item.elem.findtext(t("End"))).replace("Z", "+00:00"))
            if when not in self.deleted and first < end and last > start:
                found.append(item)
        return found

    def occurrence(self, original: datetime) -> FakeItem | None:
        for item in self.instances(original - timedelta(days=400), original + timedelta(days=400)):
            if parse_occurrence_id(item.id) == (self.master.id, original):
                return item
        return None


_KINDS: dict[str, AttendeeKind] = {"GROUP": "group", "ROOM": "room", "RESOURCE": "room"}


def _person(address: Any) -> Attendee:
    """Given an ORGANIZER/ATTENDEE value, returns the attendee Exchange would list."""
    params = address.params
    return Attendee(name=params.get("CN"), email=str(address).removeprefix("mailto:").lower(),
                    kind=_KINDS.get(str(params.get("CUTYPE", "")).upper(), "individual"),
                    role=params.get("ROLE"), status=params.get("PARTSTAT"))


def master_item(ics: bytes, zone: str = "Europe/Berlin") -> tuple[etree._Element, icalendar.Calendar]:
    """Given a VCALENDAR with one series (master + RECURRENCE-ID overrides), returns the t:CalendarItem
    Exchange stores as its RecurringMaster, and the parsed calendar for expansion."""
    calendar = icalendar.Calendar.from_ical(ics)
    master = next(c for c in calendar.walk("VEVENT") if c.get("rrule") is not None)
    start = master.get("dtstart").dt
    end = master.get("dtend").dt
    organizer = master.get("organizer")
    attendees = master.get("attendee") or []
    event = CalendarEvent(uid=str(master.get("uid")), summary=str(master.get("summary", "")),
                          start=start, end=end, description=str(master.get("description", "")),
                          organizer=_person(organizer) if organizer is not None else None,
                          attendees=tuple(_person(a) for a in (attendees if isinstance(attendees, list) else
                                                                [attendees])))
    elem = calendar_item(event, zone)
    elem.find(t("CalendarItemType")).text = "RecurringMaster"  # type: ignore[union-attr]
    sub(elem, "t:IsRecurring", "true")
    rule = master.get("rrule")
    recurrence = sub(elem, "t:Recurrence")
    if rule.get("FREQ") == ["WEEKLY"]:
        weekly = sub(recurrence, "t:WeeklyRecurrence")
        sub(weekly, "t:Interval", str(rule.get("INTERVAL", [1])[0]))
        sub(weekly, "t:DaysOfWeek", start.strftime("%A"))
    else:
        daily = sub(recurrence, "t:DailyRecurrence")
        sub(daily, "t:Interval", str(rule.get("INTERVAL", [1])[0]))
    if rule.get("COUNT"):
        numbered = sub(recurrence, "t:NumberedRecurrence")
        sub(numbered, "t:StartDate", start.date().isoformat())
        sub(numbered, "t:NumberOfOccurrences", str(rule["COUNT"][0]))
    else:
        sub(sub(recurrence, "t:NoEndRecurrence"), "t:StartDate", start.date().isoformat())
    return elem, calendar
