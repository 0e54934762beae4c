"""Helpers for the holdout119 event corpus: raw iCalendar text, folding, time-zone blocks.

The events themselves are written as raw text in the holdout119ev_pos_* and holdout119ev_neg_* modules;
this module only joins their lines with CRLF, folds long lines at 75 octets and supplies VTIMEZONE blocks.
"""

from __future__ import annotations

CRLF = "\r\n"

_ZONE_RULES = """BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:{dst}
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:{std}
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD"""

_WINDOWS_RULES = """BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT"""


def vtimezone(tzid: str) -> str:
    """A VTIMEZONE block for a Central European zone under the given TZID (IANA or Windows name)."""
    if "/" in tzid:
        rules = _ZONE_RULES.format(dst="CEST", std="CET")
        extra = f"X-LIC-LOCATION:{tzid}\n"
        return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{extra}{rules}\nEND:VTIMEZONE"
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{_WINDOWS_RULES}\nEND:VTIMEZONE"


def fold(line: str) -> str:
    """Fold one content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while raw:
        cut = min(limit, len(raw))
        while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
        limit = 74
    return (CRLF + " ").join(parts)


def calendar(body: str, *, prodid: str, method: str | None = "REQUEST", zones: tuple[str, ...] = (),
             headers: tuple[str, ...] = ()) -> str:
    """Wrap VEVENT text (one or more) into a VCALENDAR; lines of `body` are stripped of surrounding blanks."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(headers)
    for tz in zones:
        lines.extend(vtimezone(tz).split("\n"))
    for raw in body.strip("\n").split("\n"):
        text = raw.strip()
        if text:
            lines.append(text)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(x) for x in lines) + CRLF


def event(kind: str, ics: str, uid: str, *, yes: bool, company: str = "", role: str = "", stage: str = "",
          interviewers: str = "", trap: str) -> dict[str, str]:
    """One corpus entry: the file kind, its text and its label cells."""
    return {
        "kind": kind,
        "ics": ics,
        "uid": uid,
        "is_interview": "1" if yes else "0",
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
APPLE_MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
