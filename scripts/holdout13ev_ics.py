"""iCalendar text helpers for the holdout13 event corpus (raw text the way producers emit it; CC0 1.0)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "julien.moreau@laposte.net"
WORK = "jmoreau@hotel-belvedere-nice.fr"
STAMP = "20261120T081500Z"

PROD = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "lever": "-//Lever//Lever Hire Calendar//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "wttj": "-//Welcome to the Jungle//WTTJ ATS//FR",
    "teamtailor": "-//Teamtailor//Teamtailor Meetings//EN",
    "workable": "-//Workable//Workable Events//EN",
    "recruitee": "-//Recruitee//Recruitee Calendar//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
}

TZ = {
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Zurich": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
}
WIN = {
    "Romance Standard Time": ("+0100", "+0200"),
    "W. Europe Standard Time": ("+0100", "+0200"),
    "GMT Standard Time": ("+0000", "+0100"),
}


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Given one content line returns it folded at 75 octets without splitting a UTF-8 character."""
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


def vtimezone(tzid: str) -> list[str]:
    """Given an Olson or Windows zone name returns a VTIMEZONE block for it."""
    if tzid in WIN:
        std, dst = WIN[tzid]
        names = ("", "")
    else:
        n_std, n_dst, std, dst = TZ[tzid]
        names = (n_std, n_dst)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzid not in WIN:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:STANDARD", "DTSTART:16011028T030000" if tzid in WIN else "DTSTART:19701025T030000",
              "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if names[0]:
        lines.append(f"TZNAME:{names[0]}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT",
              "DTSTART:16010325T020000" if tzid in WIN else "DTSTART:19700329T020000",
              "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    if names[1]:
        lines.append(f"TZNAME:{names[1]}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    """Given an address and its parameters returns an ATTENDEE line."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f"CN={_param(cn)}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """Given an organizer address (and optional CN, SENT-BY) returns an ORGANIZER line."""
    line = "ORGANIZER"
    if cn:
        line += f";CN={_param(cn)}"
    if sent_by:
        line += f';SENT-BY="mailto:{sent_by}"'
    return line + f":mailto:{email}"


def vev(uid: str, summary: str, start: str, end: str | None = None, *, desc: str | None = None,
        loc: str | None = None, organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (),
        status: str | None = "CONFIRMED", seq: int = 0, extra: tuple[str, ...] | list[str] = (),
        created: str = "20261118T141203Z") -> list[str]:
    """Given the fields of one event returns its VEVENT lines (start/end are the text after DTSTART/DTEND)."""
    lines = ["BEGIN:VEVENT", f"DTSTART{start}"]
    if end is not None:
        lines.append(f"DTEND{end}")
    lines += [f"DTSTAMP:{STAMP}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += list(attendees)
    lines += [f"CREATED:{created}"]
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    lines.append(f"LAST-MODIFIED:{created}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    lines += list(extra)
    lines.append("TRANSP:OPAQUE")
    lines.append("END:VEVENT")
    return lines


def cal(prod: str, *events: list[str], method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Given a producer key, VEVENT blocks and zone ids returns a whole VCALENDAR as CRLF text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PROD.get(prod, prod)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for tz in tzs:
        lines += vtimezone(tz)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for line in lines:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


@dataclass
class Item:
    """One corpus file and its label row."""

    kind: str
    lang: str
    text: str
    uid: str
    positive: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = field(default_factory=tuple)


def pos(kind: str, lang: str, text: str, uid: str, company: str, role: str, stage: str,
        interviewers: tuple[str, ...] = ()) -> Item:
    """Given a positive event and its truth returns its Item."""
    return Item(kind, lang, text, uid, True, company, role, stage, interviewers)


def neg(kind: str, lang: str, text: str, uid: str) -> Item:
    """Given a negative event returns its Item."""
    return Item(kind, lang, text, uid, False)
