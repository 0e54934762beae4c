"""iCalendar text helpers for the blind holdout28 event corpus (raw producer-style text, folded, CRLF)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIVATE = "lukas.hofer@gmx.at"
ME_WORK = "l.hofer@frischmarkt.at"

_VTZ = {
    "Europe/Vienna": ("CET", "CEST"),
    "Europe/Berlin": ("CET", "CEST"),
    "Europe/Zurich": ("CET", "CEST"),
    "Europe/Rome": ("CET", "CEST"),
    "Europe/Madrid": ("CET", "CEST"),
    "Europe/Paris": ("CET", "CEST"),
    "W. Europe Standard Time": ("W. Europe Standard Time", "W. Europe Daylight Time"),
    "Romance Standard Time": ("Romance Standard Time", "Romance Daylight Time"),
}


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF + space continuations."""
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


def vtimezone(tzid: str) -> list[str]:
    """Given a zone id (Olson or Windows), returns VTIMEZONE lines for central European rules."""
    std, dst = _VTZ[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZNAME:{std}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def person(prop: str, email: str, cn: str | None = None, **params: str) -> str:
    """Given ORGANIZER/ATTENDEE, an address, a name and parameters, returns the content line."""
    bits = [prop]
    if cn is not None:
        bits.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    bits.extend(f"{k.replace('_', '-').upper()}={v}" for k, v in params.items())
    return ";".join(bits) + f":mailto:{email}"


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True) -> str:
    """Given an attendee's address and name, returns an ATTENDEE line."""
    params: dict[str, str] = {}
    if cutype:
        params["cutype"] = cutype
    params["role"] = role
    params["partstat"] = stat
    if rsvp:
        params["rsvp"] = "TRUE"
    return person("ATTENDEE", email, cn, **params)


@dataclass
class Ev:
    """One VEVENT: raw DTSTART/DTEND lines plus free-form extra lines."""

    uid: str
    summary: str
    start: str
    end: str | None = None
    desc: str | None = None
    loc: str | None = None
    org: str | None = None
    atts: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    stamp: str = "20261120T091500Z"

    def lines(self) -> list[str]:
        """Given this event, returns its content lines."""
        out = ["BEGIN:VEVENT", f"UID:{self.uid}", f"DTSTAMP:{self.stamp}", self.start]
        if self.end:
            out.append(self.end)
        out.append(f"SUMMARY:{esc(self.summary)}")
        if self.desc is not None:
            out.append(f"DESCRIPTION:{esc(self.desc)}")
        if self.loc is not None:
            out.append(f"LOCATION:{esc(self.loc)}")
        if self.org:
            out.append(self.org)
        out.extend(self.atts)
        out.extend(self.extra)
        out.append("END:VEVENT")
        return out


def cal(prodid: str, events: list[Ev], tzids: tuple[str, ...] = (), method: str | None = None,
        head: tuple[str, ...] = ()) -> str:
    """Given a PRODID, events, zones to define and extra header lines, returns the calendar text."""
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    out.extend(head)
    for tz in tzids:
        out.extend(vtimezone(tz))
    for ev in events:
        out.extend(ev.lines())
    out.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in out) + "\r\n"


def tzdt(prop: str, tz: str, value: str) -> str:
    """Given DTSTART/DTEND, a zone id and a local time, returns the content line."""
    return f"{prop};TZID={tz}:{value}"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
TEAMS_TXT = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting\nMeeting ID: 371 552 908 114\nPasscode: q7XbV2\n"
             "Download Teams | Join on the web\nLearn More | Meeting options\n"
             "________________________________________________________________________________")
ZOOM_TXT = ("Join Zoom Meeting\nhttps://us06web.zoom.us/j/84412093377?pwd=cXJ2a1dQ\n\n"
            "Meeting ID: 844 1209 3377\nPasscode: 551902\n\nOne tap mobile\n+4319282 8520,,84412093377# Austria")
MEET_TXT = ("Join with Google Meet: https://meet.google.com/xqe-rtvk-bno\n"
            "Or dial: (AT) +43 1 206091234 PIN: 772 118 042#\nMore phone numbers: https://tel.meet/xqe-rtvk-bno")
WEBEX_TXT = ("Join Webex meeting\nhttps://meetingsemea.webex.com/meet/j.php?MTID=m3a9\n"
             "Meeting number (access code): 2734 118 5520\nMeeting password: Rk4pQ7")


@dataclass
class Case:
    """One corpus file with its label row."""

    kind: str
    lang: str
    text: str
    uid: str
    interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""
