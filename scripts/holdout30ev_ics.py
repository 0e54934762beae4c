"""Shared iCalendar text helpers for the holdout30 event split (raw text the way producers emit it)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIVATE = "ethan.walsh@eircom.net"
ME_WORK = "ewalsh@shannon-mutual.ie"
STAMP = "20261120T091500Z"


@dataclass
class Case:
    """One corpus event: file kind, language, the label row and the iCalendar text."""

    kind: str
    lang: str
    uid: str
    is_interview: bool
    text: str
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


def esc(value: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets (RFC 5545 3.1) without splitting UTF-8 sequences."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    start, limit = 0, 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(raw[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(parts)


def vtimezone(tzid: str, std: str, dst: str | None, std_name: str = "", dst_name: str = "") -> list[str]:
    """Given a TZID and UTC offsets like '+0100' returns VTIMEZONE lines with EU transition rules."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
                  "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                  f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"] + ([f"TZNAME:{std_name}"] if std_name else []) + [
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"] + (
            [f"TZNAME:{dst_name}"] if dst_name else []) + ["END:DAYLIGHT"]
    return [*lines, "END:VTIMEZONE"]


TZ = {
    "Europe/Dublin": vtimezone("Europe/Dublin", "+0000", "+0100", "GMT", "IST"),
    "Europe/London": vtimezone("Europe/London", "+0000", "+0100", "GMT", "BST"),
    "Europe/Berlin": vtimezone("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": vtimezone("Europe/Madrid", "+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": vtimezone("Europe/Paris", "+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": vtimezone("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST"),
    "GMT Standard Time": vtimezone("GMT Standard Time", "+0000", "+0100"),
    "W. Europe Standard Time": vtimezone("W. Europe Standard Time", "+0100", "+0200"),
    "Romance Standard Time": vtimezone("Romance Standard Time", "+0100", "+0200"),
}


def who(prop: str, email: str, cn: str = "", params: str = "") -> str:
    """Given ORGANIZER or ATTENDEE, an address, a name and extra params returns the content line."""
    name = f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else (f";CN={cn}" if cn else "")
    extra = f";{params}" if params else ""
    return f"{prop}{name}{extra}:mailto:{email}"


def att(email: str, cn: str = "", params: str = "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE") -> str:
    """Given an attendee address, name and params returns an ATTENDEE line."""
    return who("ATTENDEE", email, cn, params)


def org(email: str, cn: str = "") -> str:
    """Given the organizer address and name returns an ORGANIZER line."""
    return who("ORGANIZER", email, cn)


def dt(prop: str, value: str, tz: str | None = None) -> str:
    """Given DTSTART/DTEND/RECURRENCE-ID, a value and an optional TZID returns the line (8-digit value = DATE)."""
    if len(value) == 8:
        return f"{prop};VALUE=DATE:{value}"
    if tz:
        return f"{prop};TZID={tz}:{value}"
    return f"{prop}:{value}"


def vevent(uid: str, summary: str, start: str, end: str, tz: str | None = None, desc: str | None = None,
           loc: str | None = None, people: list[str] | None = None, extra: list[str] | None = None,
           status: str | None = None, seq: int = 0) -> list[str]:
    """Given the event fields (people = ORGANIZER/ATTENDEE lines) returns the VEVENT lines."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", dt("DTSTART", start, tz), dt("DTEND", end, tz),
             f"SUMMARY:{esc(summary)}"]
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += people or []
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SEQUENCE:{seq}")
    lines += extra or []
    return [*lines, "END:VEVENT"]


def calendar(prodid: str, events: list[list[str]], tzids: tuple[str, ...] = (), method: str | None = "REQUEST",
             head: list[str] | None = None) -> str:
    """Given a PRODID, VEVENT line lists and the TZIDs used returns the whole VCALENDAR text with CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += head or []
    for tzid in tzids:
        lines += TZ[tzid]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 15.1//EN"
ZOOM_TXT = ("Join Zoom Meeting\nhttps://us06web.zoom.us/j/{mid}?pwd=Qk9{mid}x\n\nMeeting ID: {mid}\n"
            "Passcode: {pc}\n\nOne tap mobile\n+35312400000,,{mid}# Ireland")
TEAMS_TXT = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
             "Meeting ID: {mid}\nPasscode: {pc}\nLearn More | Meeting options\n"
             "________________________________________________________________________________")
MEET_TXT = ("Join with Google Meet: https://meet.google.com/{mid}\nOr dial: (IE) +353 1 437 0000 PIN: {pc}#\n"
            "More phone numbers: https://tel.meet/{mid}?pin={pc}")
WEBEX_TXT = ("Join Webex meeting\nhttps://meetingsemea.webex.com/meet/j.php?MTID=m{mid}\nMeeting number: {mid}\n"
             "Password: {pc}\nJoin by phone +353-1-653-3377 Ireland Toll")


def zoom(mid: str, pc: str) -> str:
    """Given a meeting id and passcode returns Zoom invitation boilerplate."""
    return ZOOM_TXT.format(mid=mid, pc=pc)


def teams(mid: str, pc: str) -> str:
    """Given a meeting id and passcode returns Teams invitation boilerplate."""
    return TEAMS_TXT.format(mid=mid, pc=pc)


def meet(mid: str, pc: str) -> str:
    """Given a Meet code and PIN returns Google Meet boilerplate."""
    return MEET_TXT.format(mid=mid, pc=pc)


def webex(mid: str, pc: str) -> str:
    """Given a meeting number and password returns Webex boilerplate."""
    return WEBEX_TXT.format(mid=mid, pc=pc)
