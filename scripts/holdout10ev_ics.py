"""Raw iCalendar text for the holdout10 event corpus, in the shapes real producers emit.

Given an `Ev` spec, `render` returns the .ics text (CRLF, folded at 75 octets unless the producer does not fold).
Only text assembly lives here: the events themselves are in the holdout10ev_* content modules.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ME_PRIVATE = "malik.osei@icloud.com"
ME_WORK = "m.osei@brennwald-versicherung.at"

WINDOWS_ZONE = {
    "Europe/Vienna": "W. Europe Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
}
UTC_PLUS_ZONE = {
    "Europe/Vienna": "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    "Europe/Berlin": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Zurich": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Paris": "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
    "Europe/Madrid": "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
}
PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "owa": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 15.1//EN",
    "ios": "-//Apple Inc.//iOS 18.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "ashby": "-//Ashby//Ashby Scheduling 1.0//EN",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//Scheduling//EN",
    "calendly": "-//Calendly//Calendly Scheduler//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "successfactors": "-//SAP SE//SuccessFactors Recruiting Management//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "rexx": "-//rexx systems GmbH//rexx Recruitment//DE",
    "dvinci": "-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
}
# Producers that put everything on one line no matter how long (seen in the wild from booking tools).
UNFOLDED = {"calcom"}


@dataclass
class P:
    """An organizer or attendee: display name, address and the iCalendar parameters a producer sets."""

    cn: str
    email: str
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"
    cutype: str = ""


@dataclass
class Override:
    """A moved or renamed instance of a recurring event (same UID, RECURRENCE-ID)."""

    original: tuple[int, int, int, int, int]
    start: tuple[int, int, int, int, int]
    summary: str = ""
    status: str = ""


@dataclass
class Ev:
    """One holdout10 event: what the producer wrote and what a careful reader labels it."""

    kind: str
    lang: str
    style: str
    summary: str
    start: tuple[int, int, int, int, int] | date
    minutes: int = 60
    tz: str = "Europe/Vienna"
    tzmode: str = "olson"
    organizer: P | None = None
    attendees: list[P] = field(default_factory=list)
    description: str = ""
    location: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0
    method: str = "REQUEST"
    rrule: str = ""
    override: Override | None = None
    extra: list[str] = field(default_factory=list)
    is_interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    uid: str = ""


def esc(text: str) -> str:
    """Given free text, returns it escaped as an iCalendar TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Given one content line, returns it folded into chunks of at most 75 octets without splitting a character."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def make_uid(style: str, seed: str) -> str:
    """Given a producer and a seed, returns a UID in that producer's usual shape (deterministic)."""
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    if style in ("outlook", "owa"):
        head = "040000008200E00074C5B7101A82E00800000000"
        return head + h[:16].upper() + "01000000000000001000000" + h[16:30].upper()
    if style == "google":
        return h[:26] + "@google.com"
    if style in ("apple", "ios"):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    domains = {
        "greenhouse": "greenhouse.io", "lever": "hire.lever.co", "ashby": "ashbyhq.com", "workday": "myworkday.com",
        "goodtime": "goodtime.io", "modernloop": "modernloop.io", "calendly": "calendly.com", "calcom": "cal.com",
        "successfactors": "successfactors.eu", "personio": "personio.de", "softgarden": "softgarden.io",
        "rexx": "rexx-recruitment.com", "dvinci": "dvinci-hr.com", "smartrecruiters": "smartrecruiters.com",
        "zoom": "zoom.us", "webex": "webex.com",
    }
    return f"{h[:8]}-{h[8:20]}@{domains.get(style, 'example.invalid')}"


def _vtimezone(ev: Ev) -> list[str]:
    if ev.tzmode == "olson":
        return [
            "BEGIN:VTIMEZONE", f"TZID:{ev.tz}", f"X-LIC-LOCATION:{ev.tz}",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ]
    if ev.tzmode in ("windows", "utcplus"):
        name = WINDOWS_ZONE[ev.tz] if ev.tzmode == "windows" else UTC_PLUS_ZONE[ev.tz]
        return [
            "BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    return []


def _tzparam(ev: Ev) -> str:
    if ev.tzmode == "olson":
        return f";TZID={ev.tz}"
    if ev.tzmode in ("windows", "windows_novt"):
        return f";TZID={WINDOWS_ZONE[ev.tz]}"
    if ev.tzmode == "utcplus":
        return f';TZID="{UTC_PLUS_ZONE[ev.tz]}"'
    return ""


def _dt(ev: Ev, name: str, when: datetime) -> str:
    if ev.tzmode == "utc":
        return f"{name}:{when.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{name}{_tzparam(ev)}:{when:%Y%m%dT%H%M%S}"


def _local(ev: Ev, t: tuple[int, int, int, int, int]) -> datetime:
    return datetime(t[0], t[1], t[2], t[3], t[4], tzinfo=ZoneInfo(ev.tz))


def _person(tag: str, p: P, style: str, organizer: bool) -> str:
    params: list[str] = []
    if p.cutype:
        params.append(f"CUTYPE={p.cutype}")
    elif style == "google" and not organizer:
        params.append("CUTYPE=INDIVIDUAL")
    if not organizer:
        params.append(f"ROLE={p.role}")
        params.append(f"PARTSTAT={p.partstat}")
        if style != "apple" and p.partstat == "NEEDS-ACTION":
            params.append("RSVP=TRUE")
    cn = f'"{p.cn}"' if any(c in p.cn for c in ",;:") else p.cn
    if cn:
        params.insert(0 if style in ("outlook", "owa") else len(params), f"CN={cn}")
    if style == "google" and not organizer:
        params.append("X-NUM-GUESTS=0")
    scheme = "mailto:" if style not in ("outlook", "owa") else "MAILTO:"
    return f"{tag};{';'.join(params)}:{scheme}{p.email}" if params else f"{tag}:{scheme}{p.email}"


def _event_lines(ev: Ev, start: datetime | date, summary: str, status: str, recurrence: datetime | None) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    if isinstance(start, datetime):
        end = start + timedelta(minutes=ev.minutes)
        lines += [_dt(ev, "DTSTART", start), _dt(ev, "DTEND", end)]
    else:
        lines += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}"]
    if ev.rrule and recurrence is None:
        lines.append(f"RRULE:{ev.rrule}")
    if recurrence is not None:
        lines.append(_dt(ev, "RECURRENCE-ID", recurrence))
    lines += ["DTSTAMP:20261102T081500Z"]
    if ev.organizer is not None:
        lines.append(_person("ORGANIZER", ev.organizer, ev.style, organizer=True))
    lines.append(f"UID:{ev.uid}")
    lines += [_person("ATTENDEE", a, ev.style, organizer=False) for a in ev.attendees]
    if ev.style in ("outlook", "owa"):
        lines += ["CLASS:PUBLIC", "CREATED:20261102T081400Z"]
    if ev.description:
        lines.append(f"DESCRIPTION:{esc(ev.description)}")
    lines.append("LAST-MODIFIED:20261102T081500Z")
    if ev.location:
        lines.append(f"LOCATION:{esc(ev.location)}")
    if ev.style in ("outlook", "owa"):
        lines.append("PRIORITY:5")
    lines.append(f"SEQUENCE:{ev.sequence + (1 if recurrence is not None else 0)}")
    lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    lines.append("TRANSP:OPAQUE" if status != "CANCELLED" else "TRANSP:TRANSPARENT")
    lines += ev.extra
    if ev.style in ("outlook", "owa"):
        lines += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if ev.style in ("apple", "ios") and isinstance(start, datetime):
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M",
                  f"X-WR-ALARMUID:{ev.uid}-A", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev) -> str:
    """Given an event spec with its uid set, returns the whole VCALENDAR as text with CRLF line ends."""
    head = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[ev.style]}", "VERSION:2.0"]
    if ev.style == "google":
        head.append("CALSCALE:GREGORIAN")
    if ev.method:
        head.append(f"METHOD:{ev.method}")
    if ev.tzmode == "xwr":
        head += ["X-WR-CALNAME:Malik privat", f"X-WR-TIMEZONE:{ev.tz}"]
    lines = head + _vtimezone(ev)
    start: datetime | date = ev.start if isinstance(ev.start, date) else _local(ev, ev.start)
    lines += _event_lines(ev, start, ev.summary, ev.status, None)
    if ev.override is not None:
        o = ev.override
        lines += _event_lines(ev, _local(ev, o.start), o.summary or ev.summary, o.status or ev.status,
                              _local(ev, o.original))
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += [line] if ev.style in UNFOLDED else fold(line)
    return "\r\n".join(out) + "\r\n"
