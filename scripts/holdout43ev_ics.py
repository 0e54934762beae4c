"""Raw iCalendar text helpers for the holdout43 event corpus.

Every event of the split is composed as literal iCalendar lines in the ``holdout43ev_*`` modules; this module
only escapes TEXT values, folds long lines at 75 octets (never inside a UTF-8 sequence), wraps the lines in a
VCALENDAR and carries the VTIMEZONE blocks the producers emit. The user of the split is Marta Kowalska
(free-mail marta.kowalska@gmx.de, work m.kowalska@ruhrlog-spedition.de).
"""

from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"

FREE = "marta.kowalska@gmx.de"
WORK = "m.kowalska@ruhrlog-spedition.de"


@dataclass(frozen=True)
class Ev:
    """One corpus file and its label row (``uid`` must equal the UID a parser reads)."""

    kind: str
    lang: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""
    forms: str = ""
    tool: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Fold one content line at ``limit`` octets; continuation lines start with one space."""
    parts: list[str] = []
    cur, size, cap = "", 0, limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > cap:
            parts.append(cur)
            cur, size, cap = "", 0, limit - 1
        cur += ch
        size += n
    parts.append(cur)
    return CRLF.join([parts[0]] + [" " + p for p in parts[1:]])


def lines_of(block: str | list[str]) -> list[str]:
    if isinstance(block, list):
        return block
    return [ln for ln in block.strip("\n").split("\n") if ln.strip()]


def cal(head: str | list[str], *blocks: str | list[str], limit: int = 75) -> str:
    """A VCALENDAR: ``head`` lines after BEGIN:VCALENDAR, then the blocks (VTIMEZONE, VEVENT ...)."""
    out = ["BEGIN:VCALENDAR", *lines_of(head)]
    for b in blocks:
        out.extend(lines_of(b))
    out.append("END:VCALENDAR")
    return CRLF.join(fold(ln, limit) for ln in out) + CRLF


GOOGLE = """
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""

OUTLOOK16 = """
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""

EXCHANGE = """
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""

APPLE_IOS = """
METHOD:PUBLISH
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
"""

APPLE_MAC = """
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
"""

THUNDERBIRD = """
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""

TZ_BERLIN = """
BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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
"""


def tz_olson(tzid: str, std: str = "+0100", dst: str = "+0200", names: tuple[str, str] = ("CET", "CEST")) -> str:
    """A VTIMEZONE for a European Olson zone (EU rules: last Sunday of March / October)."""
    hour_dst = "010000" if std == "+0000" else "020000"
    hour_std = "020000" if std == "+0000" else "030000"
    return f"""
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:19701025T{hour_std}
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:{names[0]}
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T{hour_dst}
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:{names[1]}
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
END:DAYLIGHT
END:VTIMEZONE
"""


def tz_windows(tzid: str, std: str = "+0100", dst: str = "+0200") -> str:
    """The VTIMEZONE Outlook writes for a Windows zone name (e.g. ``W. Europe Standard Time``)."""
    hour_dst = "010000" if std == "+0000" else "020000"
    hour_std = "020000" if std == "+0000" else "030000"
    return f"""
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T{hour_std}
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T{hour_dst}
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


TZ_WEU = tz_windows("W. Europe Standard Time")
UTC01 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
TZ_UTC01 = tz_windows(UTC01)

TZ_NEW_YORK = """
BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""


def alt_html(text: str) -> str:
    """A minimal Outlook X-ALT-DESC body for ``text`` (paragraph per line)."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>' for line in safe.split("\n"))
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" '
        'CONTENT="MS Exchange Server version 16.0.17928.20114"><TITLE></TITLE></HEAD><BODY>'
        f'<div class="WordSection1">{paras}</div></BODY></HTML>'
    )
