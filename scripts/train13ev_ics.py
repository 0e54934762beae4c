"""train13 event corpus: raw iCalendar text as real producers emit it, and the label of each event.

Given an `Ev` (one hand-written event), `render` returns the .ics text and `label_row` its labels.csv row.
Only the iCalendar framing lives here; every event's words are written in the train13ev_* modules.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

USER_GMAIL = "mei.chen.eng@gmail.com"
USER_WORK = "m.chen@kessler-antriebe.de"
ME = (USER_GMAIL, USER_WORK)
DTSTAMP = "20261120T083000Z"


@dataclass(frozen=True)
class Att:
    """One ORGANIZER or ATTENDEE; `coord` marks schedulers, ATS senders and assistants (never interviewers)."""

    name: str
    email: str
    role: str = "REQ-PARTICIPANT"
    cutype: str = ""
    partstat: str = "NEEDS-ACTION"
    coord: bool = False


def me(work: bool = False, name: str = "Mei Chen", partstat: str = "NEEDS-ACTION") -> Att:
    """Given which address, returns the user as an attendee."""
    return Att(name, USER_WORK if work else USER_GMAIL, partstat=partstat)


def room(name: str, email: str) -> Att:
    """Given a room's name and address, returns it as a ROOM attendee."""
    return Att(name, email, role="NON-PARTICIPANT", cutype="ROOM", partstat="ACCEPTED")


def res(name: str, email: str) -> Att:
    """Given a resource's name and address, returns it as a RESOURCE attendee."""
    return Att(name, email, role="NON-PARTICIPANT", cutype="RESOURCE", partstat="ACCEPTED")


def coord(name: str, email: str, role: str = "OPT-PARTICIPANT") -> Att:
    """Given a coordinator or ATS sender, returns it flagged so it is never labelled an interviewer."""
    return Att(name, email, role=role, partstat="ACCEPTED", coord=True)


@dataclass
class Ev:
    """One hand-written event and its labels; `start` is "YYYY-MM-DD HH:MM" local or "YYYY-MM-DD" all-day."""

    kind: str
    lang: str
    summary: str
    start: str
    interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    style: str = "google"
    tz: str = "Europe/Berlin"
    minutes: int = 60
    organizer: Att | None = None
    attendees: list[Att] = field(default_factory=list)
    desc: str = ""
    location: str = ""
    status: str = ""
    prodid: str = ""
    rrule: str = ""
    override: tuple[str, str, str] | None = None  # (original local start, new local start, new summary or "")
    sequence: int = 0
    extra: list[str] = field(default_factory=list)
    interviewers: str | None = None  # explicit label; None derives it from organizer + attendees
    days: int = 1


WINDOWS = {
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
    "America/New_York": "Eastern Standard Time",
}
UTC_NAMES = {
    "Europe/Berlin": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Zurich": "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    "Europe/Amsterdam": "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen",
    "Europe/Paris": "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
    "Europe/Madrid": "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
    "Europe/London": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
}
PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "gexport": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "utcname": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iOS 17.5//EN",
    "floating": "-//Apple Inc.//macOS 13.4//EN",
    "wrtz": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "ats": "-//Recruiting//Interview Scheduler//EN",
    "allday": "-//Google Inc//Google Calendar 70.9054//EN",
}


def _offsets(tz: str) -> tuple[str, str, str, str]:
    if tz == "Europe/London":
        return "+0000", "+0100", "GMT", "BST"
    if tz == "America/New_York":
        return "-0500", "-0400", "EST", "EDT"
    return "+0100", "+0200", "CET", "CEST"


def _vtimezone(tzid: str, olson: str, windows_style: bool) -> list[str]:
    std, dst, sname, dname = _offsets(olson)
    us = olson.startswith("America/")
    dst_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" if us else "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    std_rule = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" if us else "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    if windows_style:
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            "RRULE:" + std_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;"),
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            "RRULE:" + dst_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;"),
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{olson}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dname}",
        "DTSTART:19700329T020000",
        f"RRULE:{dst_rule}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{sname}",
        "DTSTART:19701025T030000",
        f"RRULE:{std_rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def escape(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Given one content line, returns it folded at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return out


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def _person(prop: str, a: Att, style: str) -> str:
    parts = [prop]
    if prop == "ATTENDEE":
        if a.cutype:
            parts.append(f"CUTYPE={a.cutype}")
        parts.append(f"ROLE={a.role}")
        parts.append(f"PARTSTAT={a.partstat}")
        if a.partstat == "NEEDS-ACTION":
            parts.append("RSVP=TRUE")
    parts.insert(1, f"CN={_param(a.name)}")
    if style == "google" and prop == "ATTENDEE":
        parts.append("X-NUM-GUESTS=0")
    return ";".join(parts) + f":mailto:{a.email}"


def _local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")  # noqa: DTZ007 - naive on purpose, zone applied below


def _uid(ev: Ev, salt: str = "") -> str:
    h = hashlib.sha1(f"train13|{ev.kind}|{ev.summary}|{ev.start}{salt}".encode()).hexdigest()
    if ev.style in ("google", "gexport", "allday"):
        return f"{h[:26]}@google.com"
    if ev.style in ("outlook", "exchange", "utcname"):
        return "040000008200E00074C5B7101A82E00800000000" + h[:32].upper()
    if ev.style in ("apple", "ios", "floating"):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    vendor = "".join(c for c in ev.prodid.split("//")[1].split()[0] if c.isalnum()).lower() if ev.prodid else "cal"
    return f"{h[:20]}-{h[20:28]}@{vendor}.com"


def uid_of(ev: Ev) -> str:
    """Given an event, returns its stable UID."""
    return _uid(ev)


def _times(ev: Ev, local: str, minutes: int) -> tuple[str, str, str | None]:
    """Returns (DTSTART line, DTEND line, TZID used or None) for one instance."""
    if ev.style == "allday" or len(local) == 10:
        d = date.fromisoformat(local)
        return f"DTSTART;VALUE=DATE:{d:%Y%m%d}", f"DTEND;VALUE=DATE:{d + timedelta(days=ev.days):%Y%m%d}", None
    start = _local(local)
    end = start + timedelta(minutes=minutes)
    if ev.style == "google":
        z = ZoneInfo(ev.tz)
        su = start.replace(tzinfo=z).astimezone(ZoneInfo("UTC"))
        eu = end.replace(tzinfo=z).astimezone(ZoneInfo("UTC"))
        return f"DTSTART:{su:%Y%m%dT%H%M%SZ}", f"DTEND:{eu:%Y%m%dT%H%M%SZ}", None
    if ev.style in ("floating", "wrtz"):
        return f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}", None
    tzid = ev.tz
    if ev.style in ("outlook", "exchange"):
        tzid = WINDOWS[ev.tz]
    elif ev.style == "utcname":
        tzid = UTC_NAMES[ev.tz]
    p = _param(tzid)
    return f"DTSTART;TZID={p}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={p}:{end:%Y%m%dT%H%M%S}", tzid


def _body(ev: Ev, summary: str, start_line: str, end_line: str, seq: int, rid: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT"]
    o = ev.style in ("outlook", "exchange", "utcname")
    if o:
        lines += ["CLASS:PUBLIC", f"CREATED:{DTSTAMP}"]
    lines += [start_line, end_line, f"DTSTAMP:{DTSTAMP}"]
    if ev.organizer:
        lines.append(_person("ORGANIZER", ev.organizer, ev.style))
    lines.append(f"UID:{_uid(ev)}")
    if rid:
        lines.append(rid)
    if ev.rrule and not rid:
        lines.append(f"RRULE:{ev.rrule}")
    for a in ev.attendees:
        lines.append(_person("ATTENDEE", a, ev.style))
    if ev.desc:
        lines.append("DESCRIPTION:" + escape(ev.desc))
    if ev.location:
        lines.append("LOCATION:" + escape(ev.location))
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{ev.status or 'CONFIRMED'}")
    lines.append("SUMMARY:" + escape(summary))
    lines.append("TRANSP:OPAQUE")
    if o:
        lines += [
            "PRIORITY:5",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        ]
    if ev.style in ("apple", "ios"):
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "TRIGGER:-PT30M",
            f"X-WR-ALARMUID:{_uid(ev, 'alarm')}",
            "END:VALARM",
        ]
    lines += ev.extra
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev) -> str:
    """Given an event, returns its whole VCALENDAR as CRLF text with folded lines."""
    start_line, end_line, tzid = _times(ev, ev.start, ev.minutes)
    head = ["BEGIN:VCALENDAR", f"PRODID:{ev.prodid or PRODIDS[ev.style]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.style in ("google", "outlook", "exchange", "utcname", "ats") or ev.status == "CANCELLED":
        head.append("METHOD:CANCEL" if ev.status == "CANCELLED" else "METHOD:REQUEST")
    if ev.style in ("gexport", "allday"):
        head += ["X-WR-CALNAME:Mei", f"X-WR-TIMEZONE:{ev.tz}"]
    if ev.style == "wrtz":
        head.append(f"X-WR-TIMEZONE:{ev.tz}")
    if tzid and ev.style != "exchange":
        head += _vtimezone(tzid, ev.tz, ev.style in ("outlook", "utcname"))
    body = _body(ev, ev.summary, start_line, end_line, ev.sequence)
    if ev.override:
        orig, new, new_summary = ev.override
        s2, e2, _ = _times(ev, new, ev.minutes)
        o_start, _, _ = _times(ev, orig, ev.minutes)
        rid = "RECURRENCE-ID" + o_start[len("DTSTART") :]
        body += _body(ev, new_summary or ev.summary, s2, e2, ev.sequence + 1, rid)
    lines = [*head, *body, "END:VCALENDAR"]
    out: list[str] = []
    for line in lines:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


def derived_interviewers(ev: Ev) -> str:
    """Given an interview, returns its interviewers: organizer and attendees minus the user, rooms and coordinators."""
    if not ev.interview:
        return ""
    if ev.interviewers is not None:
        return ev.interviewers
    seen: list[str] = []
    for a in ([ev.organizer] if ev.organizer else []) + ev.attendees:
        if a.email in ME or a.coord or a.cutype in ("ROOM", "RESOURCE") or a.email in seen:
            continue
        seen.append(a.email)
    return ";".join(seen)


def label_row(ev: Ev, file: str) -> dict[str, str]:
    """Given an event and its file name, returns its labels.csv row for split train13."""
    return {
        "file": file,
        "uid": uid_of(ev),
        "is_interview": "1" if ev.interview else "0",
        "company": ev.company if ev.interview else "",
        "role": ev.role if ev.interview else "",
        "stage": ev.stage if ev.interview else "",
        "interviewers": derived_interviewers(ev),
        "split": "train13",
        "trap": ev.kind,
    }
