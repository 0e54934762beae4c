"""Helpers for the holdout116 event corpus: raw iCalendar text, folding, time zones, label records.

Written blind (see tests/corpus/events/README.md). All people, companies and addresses are invented.
"""

from __future__ import annotations

import textwrap

ME_FREE = "katrin.vogel.lpz@web.de"
ME_WORK = "katrin.vogel@sparkasse-leipzig-muldental.de"

TZ_BERLIN = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TZ_WIN = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def tz_utc1(name: str) -> str:
    """An Outlook zone whose TZID is the display name."""
    return TZ_WIN.replace("TZID:W. Europe Standard Time", "TZID:" + name)


TZ_PARIS = TZ_BERLIN.replace("Europe/Berlin", "Europe/Paris")
TZ_MADRID = TZ_BERLIN.replace("Europe/Berlin", "Europe/Madrid")
TZ_LUX = TZ_BERLIN.replace("Europe/Berlin", "Europe/Luxembourg")

ZONES = {
    "berlin": TZ_BERLIN,
    "win": TZ_WIN,
    "utc1de": tz_utc1(UTC1_DE),
    "utc1en": tz_utc1(UTC1_EN),
    "paris": TZ_PARIS,
    "madrid": TZ_MADRID,
    "lux": TZ_LUX,
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    text = textwrap.dedent(text).strip("\n")
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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


def cal(
    body: str,
    prodid: str,
    method: str = "",
    tz: str = "",
    extra: str = "",
) -> str:
    """Wrap VEVENT text (unfolded, one property per line) into a VCALENDAR with CRLF and folding."""
    head = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append("METHOD:" + method)
    for ln in textwrap.dedent(extra).strip("\n").splitlines():
        if ln.strip():
            head.append(ln.strip())
    if tz:
        for key in tz.split(","):
            head.extend(ZONES[key].splitlines())
    lines = head
    for ln in textwrap.dedent(body).strip("\n").splitlines():
        ln = ln.strip()
        if ln:
            lines.append(ln)
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


def item(
    kind: str,
    text: str,
    uid: str,
    is_int: int,
    company: str = "",
    role: str = "",
    stage: str = "",
    interviewers: str = "",
    trap: str = "",
    forms: str = "",
) -> dict[str, str]:
    """One labelled event (one file)."""
    return {
        "kind": kind,
        "text": text,
        "uid": uid,
        "is_interview": str(is_int),
        "company": company,
        "role": role,
        "stage": stage,
        "interviewers": interviewers.lower(),
        "trap": trap,
        "forms": forms,
    }
