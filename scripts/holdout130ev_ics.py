"""Raw iCalendar helpers for the holdout130 event split (written blind, by hand).

Each event module writes its VEVENTs as logical content lines in a raw string; a line that starts with "|"
continues the previous logical line (so long DESCRIPTION lines stay under the source line limit). `cal()`
wraps them in a VCALENDAR with the zones asked for and folds every line at 75 octets, as RFC 5545 wants.
"""

from __future__ import annotations

import textwrap

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iPhone OS 18.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
GREENHOUSE = "-//Greenhouse Software Inc//Greenhouse Interview Scheduler//EN"
LEVER = "-//Lever//Lever Hire//EN"
ASHBY = "-//Ashby//Ashby Scheduling//EN"
WORKDAY = "-//Workday Inc//Workday Recruiting//EN"
SMARTR = "-//SmartRecruiters//SmartRecruiters Calendar//EN"
PERSONIO = "-//Personio GmbH//Personio Recruiting//DE"
TEAMTAILOR = "-//Teamtailor//Teamtailor Meetings//EN"
SOFTGARDEN = "-//softgarden e-recruiting GmbH//softgarden//DE"
WORKABLE = "-//Workable//Workable Events//EN"
ICIMS = "-//iCIMS Inc//iCIMS Talent Cloud//EN"
SUCCESSF = "-//SAP SuccessFactors//Recruiting Management//EN"
GOODTIME = "-//GoodTime.io//GoodTime Hire//EN"
MODERNLOOP = "-//ModernLoop//ModernLoop Scheduling//EN"
CALENDLY = "-//Calendly//Calendly Scheduling//EN"
CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"
ZOHO = "-//Zoho Corporation//Zoho Recruit//EN"


def _fixed(tzid: str, off: str, name: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{off}",
        f"TZOFFSETTO:{off}",
        f"TZNAME:{name}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _dst(tzid: str, std: str, dst: str, names: tuple[str, str], rules: tuple[str, str], start: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:{start}T{rules[0].split('@')[1]}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{names[0]}",
        f"RRULE:{rules[0].split('@')[0]}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{start}T{rules[1].split('@')[1]}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{names[1]}",
        f"RRULE:{rules[1].split('@')[0]}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


_US = ("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU@020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU@020000")
_EU = ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU@030000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU@020000")

ZONES: dict[str, list[str]] = {
    "gye": _fixed("America/Guayaquil", "-0500", "-05"),
    "bog": _fixed("America/Bogota", "-0500", "-05"),
    "lim": _fixed("America/Lima", "-0500", "-05"),
    "sapac": _fixed("SA Pacific Standard Time", "-0500", "SA Pacific Standard Time"),
    "utc5": _fixed("(UTC-05:00) Bogota, Lima, Quito, Rio Branco", "-0500", "SA Pacific"),
    "ny": _dst("America/New_York", "-0500", "-0400", ("EST", "EDT"), _US, "19701101"),
    "est": _dst("Eastern Standard Time", "-0500", "-0400", ("EST", "EDT"), _US, "16010101"),
    "zrh": _dst("Europe/Zurich", "+0100", "+0200", ("CET", "CEST"), _EU, "19701025"),
    "ber": _dst("Europe/Berlin", "+0100", "+0200", ("CET", "CEST"), _EU, "19701025"),
    "weu": _dst("W. Europe Standard Time", "+0100", "+0200", ("CET", "CEST"), _EU, "16010101"),
    "paris1": _dst("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "+0100", "+0200", ("CET", "CEST"), _EU,
                   "16010101"),
}


def logical(body: str) -> list[str]:
    """Logical content lines of a raw body; "|" lines continue the previous one."""
    out: list[str] = []
    for raw in textwrap.dedent(body).strip("\n").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("|") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74
    return "\r\n ".join(parts)


def cal(
    events: str | list[str],
    prodid: str = GOOGLE,
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    stamp: str = "20251103T150412Z",
) -> str:
    """A whole VCALENDAR (CRLF, folded) around one or more VEVENT bodies."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for z in tz:
        lines += ZONES[z]
    for body in [events] if isinstance(events, str) else events:
        ev = logical(body)
        lines.append("BEGIN:VEVENT")
        if not any(x.startswith("DTSTAMP") for x in ev):
            lines.append(f"DTSTAMP:{stamp}")
        lines += ev
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(x) + "\r\n" for x in lines)


def item(kind: str, ics: str, y: int, company: str = "", role: str = "", stage: str = "", who: str = "",
         trap: str = "") -> dict[str, str | int]:
    """One labelled event: kind names the file, trap defaults to kind."""
    return {"kind": kind, "ics": ics, "y": y, "company": company, "role": role, "stage": stage,
            "who": who, "trap": trap or kind}
