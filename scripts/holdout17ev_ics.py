"""Raw iCalendar text helpers for the holdout17 event corpus (user: Aylin Demir).

Given plain values, these return the lines real producers emit (folded at 75 octets, escaped text, zone blocks);
they never parse anything, so each event keeps the quirks of the tool it imitates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

ME_PRIVATE = "aylin.demir@gmail.com"
ME_WORK = "aylin.demir@brightmart-retail.de"
STAMP = "20261020T081500Z"

PRODID = {
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "owa": "-//Microsoft Corporation//Outlook for Mac 16.78//EN",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "personio": "-//Personio GmbH//Recruiting Calendar//EN",
    "workday": "-//Workday//Recruiting Scheduler 2026.1//EN",
    "successfactors": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "eventbrite": "-//Eventbrite//Eventbrite Events//EN",
}

# Zone blocks the way Outlook and Google write them (one standard and one daylight rule each).
_CET = ("+0100", "+0200", "CET", "CEST")
_UK = ("+0000", "+0100", "GMT", "BST")
OLSON = {
    "Europe/Berlin": _CET,
    "Europe/Vienna": _CET,
    "Europe/Zurich": _CET,
    "Europe/Paris": _CET,
    "Europe/Madrid": _CET,
    "Europe/London": _UK,
}
WINDOWS = {
    "W. Europe Standard Time": _CET,
    "Romance Standard Time": _CET,
    "GMT Standard Time": _UK,
    "Central Europe Standard Time": _CET,
}


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF + space continuations."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def vtimezone(tzid: str) -> list[str]:
    """Given an Olson or Windows zone name we know, returns its VTIMEZONE lines (EU/UK transition rules)."""
    std, dst, sname, dname = OLSON.get(tzid) or WINDOWS[tzid]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{sname}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dname}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def person(prop: str, cn: str | None, email: str, *, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
           cutype: str | None = None, rsvp: bool = True, quote: bool = False) -> str:
    """Given an ORGANIZER/ATTENDEE's name, address and parameters, returns the (unfolded) property line."""
    params: list[str] = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    if prop == "ATTENDEE":
        params.append(f"ROLE={role}")
        params.append(f"PARTSTAT={partstat}")
        if rsvp:
            params.append("RSVP=TRUE")
    if cn is not None:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn or ";" in cn else f"CN={cn}")
    head = ";".join([prop, *params])
    return f"{head}:mailto:{email}"


@dataclass
class Label:
    """One labels.csv row's content for an event (file and uid are filled in by the writer)."""

    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


@dataclass
class Event:
    """One generated .ics file: its kind (file-name slug), language, uid, raw text and label."""

    kind: str
    lang: str
    uid: str
    text: str
    label: Label


def dt(prop: str, value: str, tz: str | None) -> str:
    """Given a property, a local/UTC/date value and a TZID (None: as written), returns the DTSTART/DTEND line."""
    if tz is None:
        return f"{prop}:{value}"
    if tz == "DATE":
        return f"{prop};VALUE=DATE:{value}"
    return f"{prop};TZID={tz}:{value}" if '"' not in tz and "," not in tz else f'{prop};TZID="{tz}":{value}'


def calendar(producer: str, vevents: list[list[str]], *, zones: Sequence[str] = (), method: str | None = "REQUEST",
             head: Sequence[str] = (), zone_blocks: bool = True) -> str:
    """Given a producer key, VEVENT bodies (lines without BEGIN/END) and zones to define, returns the .ics text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    if zone_blocks:
        for z in zones:
            lines.extend(vtimezone(z))
    for body in vevents:
        lines.append("BEGIN:VEVENT")
        lines.extend(body)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def vevent(uid: str, summary: str, start: str, end: str, tz: str | None, *, organizer: str | None = None,
           attendees: Sequence[str] = (), description: str | None = None, location: str | None = None,
           status: str = "CONFIRMED", sequence: int = 0, extra: Sequence[str] = (),
           stamp: str = STAMP) -> list[str]:
    """Given an event's values (text unescaped; organizer/attendees as prebuilt lines), returns its VEVENT body."""
    body = [f"UID:{uid}", f"DTSTAMP:{stamp}", dt("DTSTART", start, tz), dt("DTEND", end, tz),
            f"SUMMARY:{esc(summary)}"]
    if organizer:
        body.append(organizer)
    body.extend(attendees)
    if description is not None:
        body.append(f"DESCRIPTION:{esc(description)}")
    if location is not None:
        body.append(f"LOCATION:{esc(location)}")
    body.append(f"SEQUENCE:{sequence}")
    body.append(f"STATUS:{status}")
    body.extend(extra)
    return body


OUTLOOK_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE"]
APPLE_X = ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"]


def alarm(minutes: int) -> list[str]:
    """Given minutes before start, returns a display VALARM wrapped as lines for an event body."""
    return ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", f"TRIGGER:-PT{minutes}M", "END:VALARM"]
