"""Raw iCalendar text helpers for the holdout132 event corpus (blind split, hand-composed invites).

The user: Dennis Kowalczyk, Systemadministrator at the Stadtverwaltung Dortmund,
free-mail dennis.kowalczyk@gmx.net, work dennis.kowalczyk@stadtdo.de.
"""

from __future__ import annotations

import re
import textwrap

ME = "dennis.kowalczyk@gmx.net"
WORK = "dennis.kowalczyk@stadtdo.de"

_RULES = {
    "olson": ("19700329T020000", "19701025T030000", "CEST", "CET"),
    "win": ("16010101T020000", "16010101T030000", "Daylight", "Standard"),
}


def tzblock(tzid: str, style: str = "olson") -> str:
    """A CET/CEST VTIMEZONE block under the given TZID."""
    dl, st, dname, sname = _RULES[style]
    loc = "X-LIC-LOCATION:Europe/Berlin\n" if tzid == "Europe/Berlin" else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{loc}"
        f"BEGIN:STANDARD\nDTSTART:{st}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        f"TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:{sname}\nEND:STANDARD\n"
        f"BEGIN:DAYLIGHT\nDTSTART:{dl}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
        f"TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:{dname}\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    )


TZ_BERLIN = tzblock("Europe/Berlin")
TZ_WIN = tzblock("W. Europe Standard Time", "win")
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZ_UTC1_DE = tzblock(UTC1_DE, "win")
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
TZ_UTC1_EN = tzblock(UTC1_EN, "win")
TZ_LONDON = (
    "BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
    "TZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
    "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
)


def _fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " " + ch, 1 + n
        else:
            cur += ch
            size += n
    out.append(cur)
    return out


def cal(prodid: str, body: str, method: str | None = "REQUEST", tz: str = "", head: str = "") -> str:
    """Wrap VEVENT text (and optional VTIMEZONE) into a VCALENDAR; CRLF and 75-octet folding."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    logical: list[str] = []
    for chunk in (head, tz, textwrap.dedent(body)):
        for raw in chunk.splitlines():
            if not raw.strip():
                continue
            if raw.startswith(" ") and logical:  # a line continued in the source text
                logical[-1] += raw[1:]
            else:
                logical.append(raw)
    for line in logical:
        lines.extend(_fold(line))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def uid_of(text: str) -> str:
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    m = re.search(r"^UID:(.*)$", unfolded, re.M)
    if not m:
        raise ValueError("no UID")
    return m.group(1).strip()


def ev(kind: str, text: str, pos: int, company: str = "", role: str = "", stage: str = "",
       who: str = "", trap: str = "") -> dict[str, str]:
    """One corpus item: file kind, calendar text and its label (uid read from the text)."""
    return {
        "kind": kind,
        "text": text,
        "uid": uid_of(text),
        "is_interview": str(pos),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": who,
        "trap": trap or kind,
    }
