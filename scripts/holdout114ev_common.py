"""Shared helpers for the holdout114 event split (Tobias Gruber, Innsbruck).

Every event is raw iCalendar text composed by hand; these helpers only escape TEXT values, fold long
lines at 75 octets, add VTIMEZONE blocks and wrap the VEVENTs in a VCALENDAR.
"""

from __future__ import annotations

ME = "tobias.gruber.tirol@aon.at"
WORK = "t.gruber@alpenhof-sport-igls.at"
SPLIT = "holdout114"

_OLSON_RULES = (
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
)

_OUTLOOK_RULES = (
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
)

UTC1_WIEN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
WEST = "W. Europe Standard Time"


def tz(tzid: str) -> list[str]:
    """A VTIMEZONE for a Central European zone, in Olson style or, for Windows names, Outlook style."""
    if tzid.startswith("(UTC") or tzid.endswith("Standard Time"):
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *_OUTLOOK_RULES, "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", *_OLSON_RULES, "END:VTIMEZONE"]


def d(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    cur, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not parts else 74
        if size + width > limit:
            parts.append(cur)
            cur, size = "", 0
        cur += ch
        size += width
    parts.append(cur)
    return "\r\n ".join(parts)


def g_att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION") -> str:
    """An ATTENDEE line as Google Calendar writes it."""
    name = cn if cn is not None else email
    if any(c in name for c in ",;:"):
        name = f'"{name}"'
    return (
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}"
    )


def o_att(email: str, cn: str, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION") -> str:
    """An ATTENDEE line as Outlook/Exchange writes it (CN quoted when it holds a comma)."""
    name = f'"{cn}"' if "," in cn else cn
    return f"ATTENDEE;CN={name};ROLE={role};PARTSTAT={ps};RSVP=TRUE:mailto:{email}"


def cal(
    events: list[list[str]],
    prodid: str,
    method: str | None = "REQUEST",
    tzids: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> str:
    """Wrap VEVENT bodies (lists of unfolded content lines) into a VCALENDAR text with CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra)
    for tzid in tzids:
        lines.extend(tz(tzid))
    for body in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(body)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def uid_of(text: str) -> str:
    """The UID of the first VEVENT, unfolded."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    in_event = False
    for line in unfolded.split("\r\n"):
        if line == "BEGIN:VEVENT":
            in_event = True
        elif in_event and line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


def ev(
    kind: str,
    text: str,
    interview: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
) -> dict[str, str]:
    """One labelled event: file kind, raw text and the label cells (uid is read from the text)."""
    return {
        "kind": kind,
        "text": text,
        "uid": uid_of(text),
        "is_interview": str(interview),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers.lower(),
        "trap": trap or kind,
    }
