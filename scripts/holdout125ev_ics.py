"""Raw iCalendar helpers for the holdout125 event split (written blind; CC0 1.0).

Event bodies are written by hand as raw iCalendar text.  Two conveniences only:
a source line starting with "+" continues the previous line (so the Python source stays short), and
unescaped commas and semicolons in the value of a TEXT property are escaped as RFC 5545 wants.
Every line is then folded at 75 octets.
"""

from __future__ import annotations

from dataclasses import dataclass

USER_FREE = "lucia.marin.arte@gmail.com"
USER_WORK = "lmarin@museo-arte-contemporaneo.es"

TEXT_PROPS = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-ALT-DESC"}


@dataclass
class Ev:
    kind: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""
    forms: str = ""


def pos(kind: str, text: str, company: str, role: str, stage: str, interviewers: str, trap: str,
        forms: str = "") -> Ev:
    return Ev(kind, text, 1, company, role, stage, interviewers, trap, forms)


def neg(kind: str, text: str, trap: str) -> Ev:
    return Ev(kind, text, 0, trap=trap)


def _split_name(line: str) -> int:
    """Index of the colon that ends the property name and parameters (quotes respected)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


def _escape_value(value: str) -> str:
    out = []
    prev = ""
    for ch in value:
        if ch in ",;" and prev != "\\":
            out.append("\\")
        out.append(ch)
        prev = "" if (prev == "\\" and ch == "\\") else ch
    return "".join(out)


def _fold(line: str) -> list[str]:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    parts.append(cur)
    return [parts[0]] + [" " + p for p in parts[1:]]


def lines_of(body: str) -> list[str]:
    logical: list[str] = []
    for raw in body.strip("\n").split("\n"):
        raw = raw.rstrip()
        if not raw:
            continue
        if raw.startswith("+"):
            logical[-1] += raw[1:]
        else:
            logical.append(raw.lstrip())
    out: list[str] = []
    for line in logical:
        i = _split_name(line)
        name = line[:i].split(";", 1)[0].upper() if i > 0 else ""
        if name in TEXT_PROPS:
            line = line[: i + 1] + _escape_value(line[i + 1 :])
        out.append(line)
    return out


TZ = {
    "Europe/Madrid": """
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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
END:VTIMEZONE
""",
    "Europe/London": """
BEGIN:VTIMEZONE
TZID:Europe/London
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
END:VTIMEZONE
""",
    "America/Mexico_City": """
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
    "Romance Standard Time": """
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
END:VTIMEZONE
""",
    "GMT Standard Time": """
BEGIN:VTIMEZONE
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
END:VTIMEZONE
""",
    "W. Europe Standard Time": """
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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
END:VTIMEZONE
""",
    "Central Standard Time (Mexico)": """
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
""",
    "(UTC+01:00) Bruselas, Copenhague, Madrid, París": """
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Bruselas, Copenhague, Madrid, París
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
END:VTIMEZONE
""",
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": """
BEGIN:VTIMEZONE
TZID:(UTC+00:00) Dublin, Edinburgh, Lisbon, London
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
END:VTIMEZONE
""",
}


def cal(body: str, prodid: str, *, method: str | None = "REQUEST", tz: str | None = None,
        head: str = "") -> str:
    """A whole VCALENDAR: header, optional VTIMEZONE by name, the body (one or more VEVENTs)."""
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        out.append(f"METHOD:{method}")
    out += lines_of(head)
    if tz:
        out += lines_of(TZ[tz])
    out += lines_of(body)
    out.append("END:VCALENDAR")
    folded: list[str] = []
    for line in out:
        folded += _fold(line)
    return "\r\n".join(folded) + "\r\n"
