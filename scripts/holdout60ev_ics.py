"""Raw iCalendar helpers for the holdout60 event corpus (blind split, issue 4).

Events are written as raw iCalendar text.  In a template a line that starts with
one space is a folded continuation (as in RFC 5545); a line that starts with two
spaces continues prose (joined with one space, or with nothing right after an
escaped ``\\n``); ``@@TZ:<id>@@`` on its own line expands to a VTIMEZONE
block.  ``render`` unwraps, folds at 75 octets and joins with CRLF.
"""

from __future__ import annotations

from dataclasses import dataclass

USER_FREE = "lucia.ferreira.gomez@hotmail.com"
USER_WORK = "lferreira@estudioturia.es"


@dataclass
class Ev:
    kind: str
    uid: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def pos(kind: str, uid: str, text: str, company: str, role: str, stage: str, interviewers: str) -> Ev:
    return Ev(kind, uid, text, 1, company, role, stage, interviewers, kind)


def neg(kind: str, uid: str, text: str) -> Ev:
    return Ev(kind, uid, text, 0, trap=kind)


def esc(s: str) -> str:
    """Escape plain text for a TEXT value."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


_OLSON = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "010000", "020000"),
}

_WINDOWS_CET = (
    "Romance Standard Time",
    "W. Europe Standard Time",
    "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
    "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
)
_WINDOWS_GMT = ("GMT Standard Time", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London")


def vtimezone(tzid: str) -> list[str]:
    if tzid in _OLSON:
        std, dst, sname, dname, dstart, sstart = _OLSON[tzid]
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dname}",
            f"DTSTART:19700329T{dstart}",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sname}",
            f"DTSTART:19701025T{sstart}",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    if tzid in _WINDOWS_CET or tzid in _WINDOWS_GMT:
        if tzid in _WINDOWS_GMT:
            std, dst, s_at, d_at = "+0000", "+0100", "020000", "010000"
        else:
            std, dst, s_at, d_at = "+0100", "+0200", "030000", "020000"
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            f"DTSTART:16010101T{s_at}",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            f"DTSTART:16010101T{d_at}",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    raise KeyError(tzid)


def unwrap(template: str) -> list[str]:
    out: list[str] = []
    for raw in template.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("@@TZ:") and raw.endswith("@@"):
            out.extend(vtimezone(raw[5:-2]))
            continue
        if raw.startswith("  "):
            piece = raw.strip()
            if out[-1].endswith("\\n"):
                out[-1] += piece
            else:
                out[-1] += " " + piece
            continue
        if raw.startswith(" "):
            out[-1] += raw[1:]
            continue
        out.append(raw.rstrip())
    return out


def fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur = ""
            size = 0
            limit = 74
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def render(template: str) -> str:
    lines = unwrap(template)
    return "".join(fold(line) + "\r\n" for line in lines)
