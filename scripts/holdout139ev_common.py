"""Shared helpers for the holdout139 blind event split.

The events themselves are raw iCalendar text written by hand in the holdout139ev_* modules; this module only
holds the user's addresses, the time-zone blocks the tools paste in, the calendar wrapper and RFC 5545 folding.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "thandiwe.nkosi.ops@webmail.co.za"
WORK = "tnkosi@kwezi-retail.co.za"
SPLIT = "holdout139"


@dataclass(frozen=True)
class Ev:
    kind: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


_TZ = {
    "jhb": """BEGIN:VTIMEZONE
TZID:Africa/Johannesburg
X-LIC-LOCATION:Africa/Johannesburg
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
TZNAME:SAST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "win-za": """BEGIN:VTIMEZONE
TZID:South Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE""",
    "utc-za": """BEGIN:VTIMEZONE
TZID:(UTC+02:00) Harare, Pretoria
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:STANDARD
END:VTIMEZONE""",
    "nbo": """BEGIN:VTIMEZONE
TZID:Africa/Nairobi
X-LIC-LOCATION:Africa/Nairobi
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
TZNAME:EAT
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "win-ke": """BEGIN:VTIMEZONE
TZID:E. Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE""",
    "utc-ke": """BEGIN:VTIMEZONE
TZID:(UTC+03:00) Nairobi
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE""",
    "ber": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "win-de": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "utc-de": """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
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
END:VTIMEZONE""",
    "mad": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "mru": """BEGIN:VTIMEZONE
TZID:Indian/Mauritius
X-LIC-LOCATION:Indian/Mauritius
BEGIN:STANDARD
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
TZNAME:+04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
}


def fold(text: str) -> str:
    """Join with CRLF and fold every content line longer than 75 octets (RFC 5545 3.1)."""
    out: list[str] = []
    for line in text.strip("\n").split("\n"):
        first = True
        while len(line.encode("utf-8")) > (75 if first else 74):
            limit = 75 if first else 74
            cut = 0
            size = 0
            for i, ch in enumerate(line):
                size += len(ch.encode("utf-8"))
                if size > limit:
                    cut = i
                    break
            out.append(("" if first else " ") + line[:cut])
            line = line[cut:]
            first = False
        out.append(("" if first else " ") + line)
    return "\r\n".join(out) + "\r\n"


def cal(
    body: str,
    prodid: str,
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = ("jhb",),
    head: str = "",
) -> str:
    """Wrap one or more VEVENT blocks (raw text) in a VCALENDAR with the given zones."""
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        parts.append(f"METHOD:{method}")
    if head:
        parts.append(head.strip("\n"))
    parts.extend(_TZ[t] for t in tz)
    parts.append(body.strip("\n"))
    parts.append("END:VCALENDAR")
    return fold("\n".join(parts))


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MAC = "-//Apple Inc.//macOS 15.0//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
EXCHANGE_BOOKINGS = "-//Microsoft Corporation//Bookings//EN"
