"""iCalendar plumbing for the holdout65 event split (blind, raw text).

The event modules write each VEVENT as raw iCalendar text. In the Python source a long property may be
continued on the next source line, indented by one space: such a continuation is joined with ONE space (so
source lines always break between words), or with nothing around a literal "\\n" and before a continuation that
starts with ";" (a parameter) or ":mailto:". The writer then folds every physical line at 75 octets, as RFC 5545
asks, so the files carry real folded lines.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "mathieu.lambert.chef@gmail.com"
WORK = "m.lambert@brasserie-saone.fr"

_OLSON_CET = """BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_OLSON_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_WINDOWS_CET = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
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
END:DAYLIGHT
END:VTIMEZONE"""

_WINDOWS_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

# Outlook writes the display name of the zone as its TZID when it has no Windows id at hand.
UTC1_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def vtimezone(tzid: str) -> str:
    if tzid in ("Europe/Paris", "Europe/Zurich", "Europe/Brussels"):
        return _OLSON_CET.format(tzid=tzid)
    if tzid == "Europe/London":
        return _OLSON_LONDON
    if tzid == "GMT Standard Time":
        return _WINDOWS_GMT
    if tzid in ("Romance Standard Time", "W. Europe Standard Time"):
        return _WINDOWS_CET.format(tzid=tzid)
    if tzid in (UTC1_FR, UTC1_DE):
        return _WINDOWS_CET.format(tzid=tzid.replace(",", "\\,"))
    raise ValueError(tzid)


def cal(
    vevent: str,
    prodid: str,
    *,
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: str = "",
) -> str:
    """Wrap one or more raw VEVENT blocks into a VCALENDAR."""
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        parts.append(f"METHOD:{method}")
    if head:
        parts.append(head.strip("\n"))
    parts.extend(vtimezone(t) for t in tz)
    parts.append(vevent.strip("\n"))
    parts.append("END:VCALENDAR")
    return "\n".join(parts)


def _join_source_lines(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line[0] in " \t" and out:
            rest = line.lstrip(" \t")
            tight = out[-1].endswith("\\n") or rest.startswith((";", ":mailto:", ":urn:", "\\n"))
            out[-1] = out[-1] + ("" if tight else " ") + rest
        else:
            out.append(line)
    return out


def _fold(line: str) -> list[str]:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    pieces: list[str] = []
    limit = 75
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            pieces.append(cur)
            cur = ""
            size = 0
            limit = 74  # continuation lines start with a space
        cur += ch
        size += n
    pieces.append(cur)
    return [pieces[0]] + [" " + p for p in pieces[1:]]


def render(text: str) -> str:
    """Source text -> RFC 5545 text: joined source continuations, folded at 75 octets, CRLF."""
    lines: list[str] = []
    for line in _join_source_lines(text):
        lines.extend(_fold(line))
    return "\r\n".join(lines) + "\r\n"


def first_uid(text: str) -> str:
    for line in _join_source_lines(text):
        if line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


@dataclass
class Ev:
    kind: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""

    @property
    def uid(self) -> str:
        return first_uid(self.ics)


def pos(kind: str, ics: str, company: str, role: str, stage: str, interviewers: str, trap: str) -> Ev:
    return Ev(kind, ics, 1, company, role, stage, interviewers, trap)


def neg(kind: str, ics: str, trap: str) -> Ev:
    return Ev(kind, ics, 0, trap=trap)
