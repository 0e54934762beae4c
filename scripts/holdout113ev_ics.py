"""Helpers for the holdout113 event split: folding, escaping, time zones and label rows.

The events themselves are composed as raw iCalendar lines in the holdout113ev_* modules; this module
only folds long lines at 75 octets, joins them with CRLF and provides the VTIMEZONE blocks real tools emit.
"""

from __future__ import annotations

USER = "hannah.okafor@btinternet.com"
WORK = "hannah.okafor@midlandhomes-ha.org.uk"
STAMP = "20260218T091500Z"

TZ_LONDON = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def _win_zone(tzid: str, std: str, dst: str) -> list[str]:
    """An Outlook/Exchange style VTIMEZONE (no TZNAME, 1601 anchors)."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


TZ_GMT_WIN = _win_zone("GMT Standard Time", "+0000", "+0100")
TZ_UTC_LABEL = _win_zone("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "+0000", "+0100")
TZ_WEU_WIN = _win_zone("W. Europe Standard Time", "+0100", "+0200")
TZ_ROMANCE_WIN = _win_zone("Romance Standard Time", "+0100", "+0200")


def _cet(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
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
        "END:VTIMEZONE",
    ]


TZ_BERLIN = _cet("Europe/Berlin")
TZ_PARIS = _cet("Europe/Paris")
TZ_MADRID = _cet("Europe/Madrid")


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
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
    return "\r\n".join(out)


def cal(
    prodid: str,
    events: list[list[str]],
    *,
    method: str | None = "REQUEST",
    tzs: tuple[list[str], ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    """A VCALENDAR around VEVENT line lists (each without BEGIN/END)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(tz)
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def row(
    kind: str,
    text: str,
    uid: str,
    iv: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    who: str = "",
    trap: str = "",
) -> dict[str, str]:
    """One event: its file kind, iCalendar text and label cells."""
    return {
        "kind": kind,
        "text": text,
        "uid": uid,
        "is_interview": str(iv),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": who.lower(),
        "trap": trap or kind,
    }


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"


def att(mail: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION", cutype: str = "") -> str:
    """An ATTENDEE line (CN quoted when it holds a comma or colon)."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts += [f"ROLE={role}", f"PARTSTAT={stat}"]
    if stat == "NEEDS-ACTION":
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    return ";".join(parts) + f":mailto:{mail}"


def org(mail: str, cn: str = "", sent_by: str = "") -> str:
    """An ORGANIZER line."""
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{mail}"
