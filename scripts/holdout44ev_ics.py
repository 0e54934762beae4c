"""Raw iCalendar helpers for the holdout44 event split (written blind; CC0 1.0).

Events are composed as raw iCalendar text.  In the source a line starting with whitespace continues
the previous content line (joined with one space, or with nothing after a literal ``\\n`` or when the
continuation starts with ``~``), so long DESCRIPTIONs stay readable.  ``@tz NAME`` inserts a VTIMEZONE
block.  Commas and semicolons in TEXT values are escaped here; every content line is then folded at 75
octets and the lines are joined with CRLF.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

ME_FREE = "chloe.favre@protonmail.ch"
ME_WORK = "c.favre@fiduciaire-lemanique.ch"

_TEXT_PROPS = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-ALT-DESC", "CONTACT"}


def _eu_zone(tzid: str, start_std: str, start_dst: str, names: bool, interval: bool) -> list[str]:
    iv = "INTERVAL=1;" if interval else ""
    std = ["BEGIN:STANDARD", f"DTSTART:{start_std}", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"]
    dst = ["BEGIN:DAYLIGHT", f"DTSTART:{start_dst}", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"]
    if names:
        std.append("TZNAME:CET")
        dst.append("TZNAME:CEST")
    std += [f"RRULE:FREQ=YEARLY;{iv}BYDAY=-1SU;BYMONTH=10", "END:STANDARD"]
    dst += [f"RRULE:FREQ=YEARLY;{iv}BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *std, *dst, "END:VTIMEZONE"]


_UTC01 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

TZ: dict[str, list[str]] = {
    "zurich": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Zurich", "X-LIC-LOCATION:Europe/Zurich",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "zurich_apple": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Zurich",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "DTSTART:19810329T020000", "TZNAME:UTC+2", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "DTSTART:19961027T030000", "TZNAME:UTC+1", "TZOFFSETTO:+0100", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "paris": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "berlin": _eu_zone("Europe/Berlin", "19701025T030000", "19700329T020000", True, False),
    "weu": _eu_zone("W. Europe Standard Time", "16010101T030000", "16010101T020000", False, True),
    "utc01": _eu_zone(_UTC01, "16010101T030000", "16010101T020000", False, True),
    "romance": _eu_zone("Romance Standard Time", "16010101T030000", "16010101T020000", False, True),
    "london": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "newyork": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
}


def _split_value(line: str) -> tuple[str, str]:
    """Split a content line into 'NAME;PARAMS' and value at the first colon outside quotes."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i], line[i + 1 :]
    raise ValueError(f"no value in content line: {line!r}")


def _escape(line: str) -> str:
    head, value = _split_value(line)
    name = head.split(";", 1)[0].upper()
    if name in _TEXT_PROPS:
        value = re.sub(r"(?<!\\)([,;])", r"\\\1", value)
    return f"{head}:{value}"


def fold(line: str) -> str:
    """Fold one content line at 75 octets (UTF-8 safe), continuation lines start with one space."""
    if len(line.encode("utf-8")) <= 75:
        return line
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
    return "\r\n ".join(parts)


def ics(src: str) -> str:
    """Turn the readable source form of a calendar into CRLF-terminated, folded iCalendar text."""
    logical: list[str] = []
    for raw in textwrap.dedent(src).splitlines():
        if not raw.strip():
            continue
        if raw[0] in " \t":
            piece = raw.strip()
            if piece.startswith("~"):
                logical[-1] += piece[1:]
            elif logical[-1].endswith("\\n"):
                logical[-1] += piece
            else:
                logical[-1] += " " + piece
            continue
        line = raw.rstrip()
        if line.startswith("@tz "):
            for name in line[4:].split():
                logical.extend(TZ[name])
            continue
        logical.append(line)
    return "".join(fold(_escape(line)) + "\r\n" for line in logical)


@dataclass(frozen=True)
class Ev:
    """One labelled calendar file."""

    kind: str
    lang: str
    uid: str
    src: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""

    def text(self) -> str:
        return ics(self.src)
