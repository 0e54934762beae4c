"""iCalendar plumbing for the holdout101 event split (raw text, written by hand; CC0 1.0).

Each event module returns a list of dicts made by ``ev``: the raw VEVENT text (one or more VEVENTs with the
same UID), the calendar header it travels in and the label row.
"""

from __future__ import annotations

import re

FREEMAIL = "franzi.eder.arch@web.de"
WORK = "f.eder@huber-partner-architekten.de"

_CET_RULES = """BEGIN:DAYLIGHT
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
END:STANDARD"""

_WIN_RULES = """BEGIN:STANDARD
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

_LONDON = """BEGIN:VTIMEZONE
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

WINDOWS_ZONES = (
    "W. Europe Standard Time",
    "Romance Standard Time",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
)


def vtimezone(tzid: str) -> str:
    """A VTIMEZONE block for a central-European zone (IANA or Windows name) or London."""
    if tzid == "Europe/London":
        return _LONDON
    if tzid in WINDOWS_ZONES:
        return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{_WIN_RULES}\nEND:VTIMEZONE"
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\n{_CET_RULES}\nEND:VTIMEZONE"


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


def calendar(
    body: str,
    prodid: str,
    method: str | None = "REQUEST",
    tzids: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    """Wrap VEVENT text in a VCALENDAR; fold long lines; CRLF endings."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzids:
        lines.extend(vtimezone(tz).split("\n"))
    lines.extend(x for x in body.strip("\n").split("\n") if x.strip())
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln.rstrip()))
    return "\r\n".join(folded) + "\r\n"


_UID = re.compile(r"^UID:(.*)$", re.M)


def ev(
    kind: str,
    body: str,
    *,
    prodid: str,
    is_interview: int,
    trap: str,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    method: str | None = "REQUEST",
    tzids: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
) -> dict[str, str]:
    """One event file: its kind (used in the file name), text and label row."""
    m = _UID.search(re.sub(r"\n ", "", body))
    if not m:
        raise ValueError(f"no UID in {kind}")
    return {
        "kind": kind,
        "text": calendar(body, prodid, method, tzids, head),
        "uid": m.group(1).strip(),
        "is_interview": str(is_interview),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers,
        "trap": trap,
    }
