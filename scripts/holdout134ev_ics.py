"""Shared helpers for the holdout134 event corpus (blind split; user Chloé Marchand, Paris luxury retail).

Every event is raw iCalendar text composed by hand in the holdout134ev_* modules; this module only wraps
VEVENT lines into a VCALENDAR, adds VTIMEZONE blocks, folds long lines and carries the labels.
"""

from __future__ import annotations

from dataclasses import dataclass

USER_FREE = "chloe.marchand.retail@orange.fr"
USER_WORK = "c.marchand@maison-valois-paris.fr"

TZ_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
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


def _cet_like(tzid: str, std: str = "CET", dst: str = "CEST") -> str:
    return TZ_PARIS.replace("TZID:Europe/Paris", f"TZID:{tzid}").replace(
        "X-LIC-LOCATION:Europe/Paris", f"X-LIC-LOCATION:{tzid}").replace("TZNAME:CEST", f"TZNAME:{dst}").replace(
        "TZNAME:CET", f"TZNAME:{std}")


TZ_ZURICH = _cet_like("Europe/Zurich")
TZ_MONACO = _cet_like("Europe/Monaco")
TZ_MADRID = _cet_like("Europe/Madrid")

TZ_LONDON = """BEGIN:VTIMEZONE
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


def windows_tz(tzid: str, std_off: str = "+0100", dst_off: str = "+0200") -> str:
    """An Outlook/Exchange-style VTIMEZONE (Windows zone name or '(UTC+01:00) …' label)."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:{dst_off}
TZOFFSETTO:{std_off}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{std_off}
TZOFFSETTO:{dst_off}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


TZ_ROMANCE = windows_tz("Romance Standard Time")
TZ_W_EUROPE = windows_tz("W. Europe Standard Time")
TZ_GMT_STD = windows_tz("GMT Standard Time", "+0000", "+0100")
TZ_UTC1_PARIS = windows_tz("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")
TZ_UTC1_BERNE = windows_tz("(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne")

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.4//EN",
    "ios": "-//Apple Inc.//iOS 17.4//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def fold(line: str) -> str:
    """Fold one content line at 75 octets (RFC 5545), never inside a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def cal(body: str, prodid: str = "google", method: str | None = "REQUEST", tz: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Wrap VEVENT text (lines separated by newlines, already unfolded) into a VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in tz:
        lines.extend(block.splitlines())
    # the modules wrap long lines RFC-style (a continuation starts with one space): unfold, then fold again
    for ln in body.strip("\n").splitlines():
        if ln.startswith(" "):
            lines[-1] += ln[1:]
        else:
            lines.append(ln)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""
