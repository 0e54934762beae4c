"""Shared helpers for the holdout99 event split (Sébastien Moreau, Toulouse).

Every event is raw iCalendar text typed by hand in the sibling modules; these helpers only fold long lines,
join them with CRLF and wrap VEVENT blocks in a VCALENDAR with the producer's own header lines.
"""

from __future__ import annotations

from dataclasses import dataclass

ME_FREE = "seb.moreau31@free.fr"
ME_WORK = "sebastien.moreau@interieur-police-tls.fr"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.6.1//EN"
MACOS = "-//Apple Inc.//macOS 14.6.1//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    """One file: its kind (for the file name), its text and its label."""

    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


PARIS = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "X-LIC-LOCATION:Europe/Paris",
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


def win_tz(tzid: str) -> list[str]:
    """The VTIMEZONE block Outlook writes for Paris, under a Windows name."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
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
        "END:VTIMEZONE",
    ]


ROMANCE = win_tz("Romance Standard Time")
UTC_FR = win_tz("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")
UTC_EN = win_tz("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris")
TZ_UTC_FR = '"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"'
TZ_UTC_EN = '"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"'


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def cal(
    prodid: str,
    events: list[list[str]],
    method: str | None = "REQUEST",
    tz: list[str] | None = None,
    extra: tuple[str, ...] = (),
) -> str:
    """Wrap VEVENT property lists (without BEGIN/END) into one VCALENDAR text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra)
    if tz:
        lines.extend(tz)
    for props in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(props)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for line in lines:
        folded.extend(fold(line))
    return "\r\n".join(folded) + "\r\n"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str = "INDIVIDUAL", rsvp: str = "TRUE") -> str:
    """An ATTENDEE line in the common Google/Outlook shape."""
    cnp = f";CN={cn}" if cn else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={rsvp}{cnp}:mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    cnp = f";CN={cn}" if cn else ""
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER{cnp}{sb}:mailto:{email}"
