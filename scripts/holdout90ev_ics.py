"""Raw iCalendar helpers for the holdout90 event split (written blind, CC0 1.0).

Everything here only assembles text: escaping, folding, the VCALENDAR envelope, a few VTIMEZONE
blocks in the shapes Google, Outlook/Exchange and Apple write, and ATTENDEE/ORGANIZER lines.
"""

from __future__ import annotations

import re

ME_FREE = "jana.petersen@web.de"
ME_WORK = "jana.petersen@elbe-logistik-gruppe.de"
ME_CN = "Jana Petersen"

_OLSON = {
    "Europe/Berlin": ("CET", "CEST"),
    "Europe/Copenhagen": ("CET", "CEST"),
}


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> list[str]:
    """Fold one content line at `width` octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = width
        else:
            cur += ch
    out.append(cur)
    return out


def tz(tzid: str) -> str:
    """A VTIMEZONE block for central European time under the given TZID."""
    if tzid in _OLSON:
        std, dst = _OLSON[tzid]
        return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:{dst}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:{std}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
    return f"""BEGIN:VTIMEZONE
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


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def att(
    email: str,
    cn: str = "",
    role: str = "REQ-PARTICIPANT",
    ps: str = "NEEDS-ACTION",
    rsvp: str = "TRUE",
    cutype: str = "INDIVIDUAL",
    extra: str = "",
) -> str:
    """An ATTENDEE line."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    if role:
        parts.append(f"ROLE={role}")
    if ps:
        parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append(f"RSVP={rsvp}")
    if cn:
        parts.append(f"CN={_param(cn)}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    """An ORGANIZER line."""
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_param(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def desc(text: str, prop: str = "DESCRIPTION") -> str:
    """A DESCRIPTION (or other TEXT) line from plain text."""
    return f"{prop}:{esc(text)}"


def cal(prodid: str, body: str, method: str | None = "REQUEST", tzids: tuple[str, ...] = (), head: str = "") -> str:
    """Wrap VEVENT text in a VCALENDAR; blank lines dropped, hand folds joined, long lines folded."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [ln for ln in head.splitlines() if ln.strip()]
    for tzid in tzids:
        lines += tz(tzid).splitlines()
    for ln in body.splitlines():
        if ln.startswith(" ") and ln.strip() and lines:
            lines[-1] += ln[1:]  # a fold written by hand: unfold here, fold again below
        elif ln.strip():
            lines.append(ln.strip())
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += fold(ln)
    return "\r\n".join(out) + "\r\n"


def _uid_of(text: str) -> str:
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    m = re.search(r"^UID(?:;[^:]*)?:(.*)$", unfolded, re.M)
    if not m:
        raise ValueError("no UID")
    return m.group(1).strip()


def ev(
    kind: str,
    text: str,
    is_int: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: tuple[str, ...] = (),
    trap: str = "",
    forms: tuple[str, ...] = (),
) -> dict[str, object]:
    """One corpus entry: the file text and its label."""
    if stage not in ("", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"):
        raise ValueError(stage)
    if not is_int and (company or role or stage or interviewers):
        raise ValueError(f"negative with interview fields: {kind}")
    return {
        "kind": kind,
        "text": text,
        "uid": _uid_of(text),
        "is_interview": is_int,
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": ";".join(i.lower() if "@" in i else i for i in interviewers),
        "trap": trap or kind,
        "forms": forms,
    }
