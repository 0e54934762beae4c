"""Shared writer for the event corpus generators: one event spec -> .ics text, and the labels.csv row.

Time-zone styles cover what real exports contain: UTC, an Olson VTIMEZONE, an Outlook-style custom
TZID with its VTIMEZONE, a Windows zone name without VTIMEZONE, floating time with X-WR-TIMEZONE,
plain floating time, and all-day dates.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import vText

USER_GMAIL = "jordan.lee@gmail.com"
USER_WORK = "jordan@northwind-labs.com"
ME = (USER_GMAIL, USER_WORK)
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]

_VTZ = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "-1SU", "3", "10"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "-1SU", "3", "10"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "-1SU", "3", "10"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "-1SU", "3", "10"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "2SU", "3", "11"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "2SU", "3", "11"),
}
_OUTLOOK_NAMES = {
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
}
_CUSTOM_TZID = {
    "Europe/Berlin": "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    "America/New_York": "(UTC-05:00) Eastern Time (US & Canada)",
    "Europe/Paris": "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
    "Europe/Madrid": "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
}


@dataclass
class Spec:
    """One VEVENT to write and its label."""

    uid: str
    summary: str
    start: datetime | date
    minutes: int = 45
    zone: str = "Europe/Berlin"
    tzstyle: str = "olson"  # olson | custom | windows | xwr | floating | utc | allday
    description: str = ""
    location: str = ""
    organizer: tuple[str, str] | None = None
    attendees: list[tuple[str, str, str]] = field(default_factory=list)  # (name, email, CUTYPE)
    status: str = ""
    sequence: int = 0
    rrule: str = ""
    overrides: list[tuple[datetime, str]] = field(default_factory=list)  # (recurrence id, new summary)
    extra: list[str] = field(default_factory=list)
    # label
    is_interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


def _fold(line: str) -> str:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode()) > 74:
            out.append(current)
            current = " "
        current += ch
    out.append(current)
    return "\r\n".join(out)


def _text(name: str, value: str) -> str:
    return _fold(f"{name}:{vText(value).to_ical().decode()}")


def _vtimezone(tzid: str, zone: str) -> list[str]:
    std, dst, sname, dname, day, dmonth, smonth = _VTZ[zone]
    return [
        "BEGIN:VTIMEZONE", _fold(f"TZID:{tzid}"),
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;BYMONTH={smonth};BYDAY={'1SU' if smonth == '11' else '-1SU'}",
        f"TZNAME:{sname}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;BYMONTH={dmonth};BYDAY={day}", f"TZNAME:{dname}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _tzid(spec: Spec) -> str | None:
    return {"olson": spec.zone, "custom": _CUSTOM_TZID.get(spec.zone, spec.zone),
            "windows": _OUTLOOK_NAMES.get(spec.zone, spec.zone)}.get(spec.tzstyle)


def _when(name: str, spec: Spec, moment: datetime | date) -> str:
    if spec.tzstyle == "allday" or not isinstance(moment, datetime):
        return f"{name};VALUE=DATE:{moment.strftime('%Y%m%d')}"
    stamp = moment.strftime("%Y%m%dT%H%M%S")
    if spec.tzstyle == "utc":
        return f"{name}:{stamp}Z"
    tzid = _tzid(spec)
    if tzid is None:
        return f"{name}:{stamp}"
    quoted = f'"{tzid}"' if any(c in tzid for c in ",:;") else tzid
    return f"{name};TZID={quoted}:{stamp}"


def _person(prop: str, name: str, email: str, cutype: str = "INDIVIDUAL") -> str:
    params = []
    if cutype and prop == "ATTENDEE":
        params.append(f"CUTYPE={cutype}")
        params.append("ROLE=NON-PARTICIPANT" if cutype in ("ROOM", "RESOURCE") else "ROLE=REQ-PARTICIPANT")
        params.append("PARTSTAT=NEEDS-ACTION")
    if name:
        params.append(f'CN="{name}"' if any(c in name for c in ",:;") else f"CN={name}")
    return _fold(f"{prop};{';'.join(params)}:mailto:{email}")


def _vevent(spec: Spec, start: datetime | date, summary: str, rid: datetime | None) -> list[str]:
    end = start + (timedelta(days=1) if spec.tzstyle == "allday" else timedelta(minutes=spec.minutes))
    lines = ["BEGIN:VEVENT", _fold(f"UID:{spec.uid}"), "DTSTAMP:20250101T090000Z",
             _when("DTSTART", spec, start), _when("DTEND", spec, end), _text("SUMMARY", summary)]
    if rid is not None:
        lines.append(_when("RECURRENCE-ID", spec, rid))
    elif spec.rrule:
        lines.append(f"RRULE:{spec.rrule}")
    if spec.description:
        lines.append(_text("DESCRIPTION", spec.description))
    if spec.location:
        lines.append(_text("LOCATION", spec.location))
    if spec.organizer:
        lines.append(_person("ORGANIZER", *spec.organizer))
    lines.extend(_person("ATTENDEE", n, e, c) for n, e, c in spec.attendees)
    if spec.status:
        lines.append(f"STATUS:{spec.status}")
    if spec.sequence:
        lines.append(f"SEQUENCE:{spec.sequence}")
    lines.extend(spec.extra)
    lines.append("END:VEVENT")
    return lines


def render(specs: list[Spec], prodid: str = "-//afterview corpus//EN") -> str:
    """Given event specs that share one time-zone style, returns the .ics text of one calendar."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", _fold(f"PRODID:{prodid}"), "METHOD:REQUEST"]
    first = specs[0]
    if first.tzstyle == "xwr":
        head.append(f"X-WR-TIMEZONE:{first.zone}")
    zones = {(_tzid(s), s.zone) for s in specs if s.tzstyle in ("olson", "custom") and _tzid(s)}
    for tzid, zone in sorted(z for z in zones if z[0]):
        head.extend(_vtimezone(tzid or zone, zone))
    body: list[str] = []
    for spec in specs:
        body.extend(_vevent(spec, spec.start, spec.summary, None))
        for rid, summary in spec.overrides:
            body.extend(_vevent(spec, rid + timedelta(hours=1), summary, rid))
    return "\r\n".join([*head, *body, "END:VCALENDAR", ""])


def write_corpus(folder: Path, files: dict[str, list[Spec]], split: str, append: bool) -> int:
    """Writes each file and its label rows; returns the number of events written."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = folder / "labels.csv"
    mode = "a" if append and labels.exists() else "w"
    count = 0
    with labels.open(mode, newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        if mode == "w":
            writer.writerow(LABEL_FIELDS)
        for name, specs in files.items():
            (folder / name).write_text(render(specs), encoding="utf-8", newline="")
            for spec in specs:
                count += 1
                writer.writerow([name, spec.uid, int(spec.is_interview), spec.company, spec.role, spec.stage,
                                 ";".join(spec.interviewers), split, spec.trap])
    return count
