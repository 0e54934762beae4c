"""iCalendar helpers for the blind event split holdout96 (Ciara Doyle, retail store manager, Dublin).

Events are composed as raw iCalendar text by the split modules; this module only adds the VCALENDAR
wrapper, VTIMEZONE blocks as the various tools write them, text escaping and line folding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iPhone OS 17.6.1//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

ME = "ciara.doyle.retail@gmail.com"
WORK = "ciara.doyle@threads-ireland.ie"


def _olson(tzid: str, std: str, dst: str, off_std: str, off_dst: str, lic: bool = True) -> str:
    loc = f"X-LIC-LOCATION:{tzid}\n" if lic else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{loc}"
        f"BEGIN:DAYLIGHT\nTZOFFSETFROM:{off_std}\nTZOFFSETTO:{off_dst}\nTZNAME:{dst}\n"
        "DTSTART:19700329T010000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
        f"BEGIN:STANDARD\nTZOFFSETFROM:{off_dst}\nTZOFFSETTO:{off_std}\nTZNAME:{std}\n"
        "DTSTART:19701025T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    )


def _windows(tzid: str, off_std: str, off_dst: str, std_hour: str = "020000", dst_hour: str = "010000") -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\n"
        f"BEGIN:STANDARD\nDTSTART:16010101T{std_hour}\nTZOFFSETFROM:{off_dst}\nTZOFFSETTO:{off_std}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
        f"BEGIN:DAYLIGHT\nDTSTART:16010101T{dst_hour}\nTZOFFSETFROM:{off_std}\nTZOFFSETTO:{off_dst}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    )


DUBLIN = _olson("Europe/Dublin", "GMT", "IST", "+0000", "+0100")
LONDON = _olson("Europe/London", "GMT", "BST", "+0000", "+0100")
BERLIN = _olson("Europe/Berlin", "CET", "CEST", "+0100", "+0200")
PARIS = _olson("Europe/Paris", "CET", "CEST", "+0100", "+0200")
MADRID = _olson("Europe/Madrid", "CET", "CEST", "+0100", "+0200")
DUBLIN_APPLE = _olson("Europe/Dublin", "GMT", "IST", "+0000", "+0100", lic=False)
WIN_GMT = _windows("GMT Standard Time", "+0000", "+0100")
WIN_UTC0 = _windows("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "+0000", "+0100")
WIN_ROMANCE = _windows("Romance Standard Time", "+0100", "+0200", "030000", "020000")
WIN_WEU = _windows("W. Europe Standard Time", "+0100", "+0200", "030000", "020000")
WIN_WEU_UTC = _windows("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200",
                       "030000", "020000")
WIN_MADRID = _windows("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "+0100", "+0200", "030000", "020000")


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11); newlines become \\n."""
    text = text.strip("\n")
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def fold(line: str, width: int = 75) -> list[str]:
    """Fold a content line at `width` octets without splitting a UTF-8 character."""
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


def cal(prodid: str, body: str, *, tz: tuple[str, ...] = (), method: str | None = "REQUEST",
        head: tuple[str, ...] = (), width: int = 75) -> str:
    """Wrap VEVENT text into a VCALENDAR; returns CRLF text with folded lines."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for block in tz:
        lines.extend(block.split("\n"))
    lines.extend(ln for ln in body.strip("\n").split("\n") if ln.strip())
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln, width))
    return "\r\n".join(folded) + "\r\n"


@dataclass
class Ev:
    kind: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""

    @property
    def uid(self) -> str:
        unfolded = re.sub(r"\r\n[ \t]", "", self.text)
        m = re.search(r"^UID:(.*)$", unfolded, re.M)
        if not m:
            raise ValueError(f"no UID in {self.kind}")
        return m.group(1).strip("\r")


def pos(kind: str, text: str, company: str, role: str, stage: str, interviewers: str, trap: str = "") -> Ev:
    return Ev(kind, text, 1, company, role, stage, interviewers.lower(), trap or kind)


def neg(kind: str, text: str, trap: str = "") -> Ev:
    return Ev(kind, text, 0, trap=trap or kind)
