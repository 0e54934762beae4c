"""Small helpers for the holdout102 event corpus: raw iCalendar text, folded by hand-written rules.

Events are composed as raw text in the holdout102ev_* modules; this module only wraps a VEVENT body
into a VCALENDAR (with the VTIMEZONE blocks the originating tool would emit), folds long lines and
joins them with CRLF. Written blind for afterview's issue 4; CC0 1.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "camille.roux.ide@laposte.net"
WORK = "camille.roux@chu-bx-pellegrin-sante.fr"


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
    forms: list[str] = field(default_factory=list)


_OLSON = """BEGIN:VTIMEZONE
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

_WINDOWS = """BEGIN:VTIMEZONE
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

_APPLE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:UTC+2
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:UTC+1
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE"""


def vtimezone(tzid: str, style: str = "olson") -> str:
    tmpl = {"olson": _OLSON, "windows": _WINDOWS, "apple": _APPLE}[style]
    return tmpl.format(tzid=tzid)


def fold(line: str, width: int = 75, cont: str = " ") -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = cont
            limit = width
        cur += ch
    out.append(cur)
    return out


def cal(
    body: str,
    prodid: str,
    method: str | None = "REQUEST",
    tz: tuple[str, str] | None = None,
    head: str = "",
    width: int = 75,
    cont: str = " ",
    newline: str = "\r\n",
) -> str:
    """Wrap VEVENT text (one or more BEGIN:VEVENT blocks) into a VCALENDAR.

    `tz` is (tzid, style) for one VTIMEZONE block; `head` holds extra calendar properties
    (X-WR-CALNAME, X-WR-TIMEZONE, CALSCALE …) written after PRODID/VERSION/METHOD.
    Lines starting with a space or tab continue the previous one (unfolded, then refolded at `width`).
    """
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [ln for ln in head.strip("\n").split("\n") if ln]
    if tz:
        lines += vtimezone(*tz).split("\n")
    lines += [ln for ln in body.strip("\n").split("\n") if ln]
    lines.append("END:VCALENDAR")
    logical: list[str] = []
    for ln in lines:
        ln = ln.rstrip("\r")
        if ln.startswith((" ", "\t")) and logical:
            logical[-1] += ln[1:]
        else:
            logical.append(ln)
    out: list[str] = []
    for ln in logical:
        out += fold(ln, width, cont)
    return newline.join(out) + newline
