"""Raw iCalendar text builders for the holdout7 event corpus: folding, escaping, zones, boilerplate.

Text is assembled by hand on purpose: the corpus must look like what producers emit (their quirks included),
not like what a library would serialise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME_GMAIL = "jordan.lee@gmail.com"
ME_WORK = "jordan@northwind-labs.com"

Entry = tuple[str, str, str, dict[str, "Label"]]


@dataclass(frozen=True)
class Label:
    """The truth for one UID of one file."""

    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


def neg(trap: str) -> Label:
    """Given the kind of near-miss, returns a negative label."""
    return Label(False, trap=trap)


def pos(company: str, role: str = "", stage: str = "", interviewers: tuple[str, ...] = (), trap: str = "") -> Label:
    """Given the extraction truth, returns a positive label."""
    return Label(True, company, role, stage, interviewers, trap)


def uid(seed: str, style: str = "google") -> str:
    """Given a seed and a producer style, returns a stable UID shaped like that producer's."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "google":
        return f"{h[:26]}@google.com"
    if style == "outlook":
        return (
            "040000008200E00074C5B7101A82E00800000000" + h[:16].upper() + "0000000000000000100000000" + h[16:40].upper()
        )
    if style == "apple":
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    return f"{h[:20]}@{style}"


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Given one content line, returns it folded at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > width:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def cn(name: str) -> str:
    """Given a display name, returns it as a parameter value (quoted when it holds , ; or :)."""
    return f'"{name}"' if any(c in name for c in ",;:") else name


def org(email: str, name: str = "", sent_by: str = "") -> str:
    """Given the organizer's address, returns the ORGANIZER line."""
    params = (f";CN={cn(name)}" if name else "") + (f';SENT-BY="mailto:{sent_by}"' if sent_by else "")
    return f"ORGANIZER{params}:mailto:{email}"


def att(
    email: str,
    name: str = "",
    role: str = "REQ-PARTICIPANT",
    cutype: str = "INDIVIDUAL",
    partstat: str = "NEEDS-ACTION",
    rsvp: bool = True,
    google: bool = False,
) -> str:
    """Given an attendee, returns the ATTENDEE line in the common parameter order."""
    if google:
        extra = ";X-NUM-GUESTS=0"
        return (
            f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
            f";CN={cn(name or email)}{extra}:mailto:{email}"
        )
    params = f";CN={cn(name)}" if name else ""
    flag = "TRUE" if rsvp else "FALSE"
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={flag};CUTYPE={cutype}{params}:mailto:{email}"


def room(email: str, name: str) -> str:
    """Given a meeting room, returns its ATTENDEE line."""
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn(name)}:mailto:{email}"


def resource(email: str, name: str) -> str:
    """Given a bookable resource (screen, car), returns its ATTENDEE line."""
    return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn(name)}:mailto:{email}"


def when(start: str, end: str, tz: str | None = "Europe/Berlin") -> list[str]:
    """Given compact times (20260310T1400 or 20260310) and a zone, returns DTSTART and DTEND lines.

    The zone is 'Z' (UTC), None (floating), 'DATE' (all-day) or a TZID.
    """
    if tz == "DATE":
        return [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    s, e = start + "00", end + "00"
    if tz == "Z":
        return [f"DTSTART:{s}Z", f"DTEND:{e}Z"]
    if tz is None:
        return [f"DTSTART:{s}", f"DTEND:{e}"]
    p = f";TZID={cn(tz)}"
    return [f"DTSTART{p}:{s}", f"DTEND{p}:{e}"]


_EU = ("+0100", "+0200", "CET", "CEST")
_ZONES = {
    "Europe/Berlin": _EU,
    "Europe/Paris": _EU,
    "Europe/Madrid": _EU,
    "Europe/Amsterdam": _EU,
    "W. Europe Standard Time": _EU,
    "Romance Standard Time": _EU,
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": _EU,
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "GMT Standard Time": ("+0000", "+0100", "GMT", "BST"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT"),
    "Eastern Standard Time": ("-0500", "-0400", "EST", "EDT"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
}


def vtimezone(tz: str, outlook: bool = False) -> list[str]:
    """Given a zone name, returns a VTIMEZONE (Olson style, or Outlook style without TZNAME)."""
    std, dst, sname, dname = _ZONES[tz]
    us = std.startswith("-0")
    dst_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" if us else "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    std_rule = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" if us else "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    if outlook:
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tz}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"RRULE:{std_rule}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"RRULE:{dst_rule}",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        f"X-LIC-LOCATION:{tz}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dname}",
        "DTSTART:19700329T020000" if not us else "DTSTART:19700308T020000",
        f"RRULE:{dst_rule}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{sname}",
        "DTSTART:19701025T030000" if not us else "DTSTART:19701101T020000",
        f"RRULE:{std_rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 15.3//EN",
    "ios": "-//Apple Inc.//iPhone OS 18.2//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday//Workday Recruiting//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//Scheduling 1.0//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "softgarden": "-//softgarden//e-recruiting//DE",
    "wttj": "-//Welcome to the Jungle//Welcome Kit//FR",
    "taleez": "-//Taleez//Taleez ATS//FR",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
}


def cal(
    producer: str,
    body: list[str],
    *,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    outlook_tz: bool = False,
    xwr: str | None = None,
    calname: str | None = None,
    nofold: bool = False,
) -> str:
    """Given a producer, its VEVENT lines and calendar options, returns the whole VCALENDAR as CRLF text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr:
        lines.append(f"X-WR-TIMEZONE:{xwr}")
    for tz in tzs:
        lines += vtimezone(tz, outlook=outlook_tz)
    lines += body
    lines.append("END:VCALENDAR")
    return "\r\n".join(line if nofold else fold(line) for line in lines) + "\r\n"


def vevent(
    u: str,
    summary: str,
    times: list[str],
    *,
    organizer: str | None = None,
    attendees: tuple[str, ...] = (),
    desc: str | None = None,
    loc: str | None = None,
    status: str = "CONFIRMED",
    seq: int = 0,
    stamp: str = "20260302T081500Z",
    extra: tuple[str, ...] = (),
    alarm: bool = False,
) -> list[str]:
    """Given the parts of one event, returns its VEVENT lines (order as most producers write them)."""
    lines = ["BEGIN:VEVENT", *times, f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{u}")
    lines += attendees
    lines.append(f"CREATED:{stamp}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    lines.append(f"LAST-MODIFIED:{stamp}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", *extra]
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines
