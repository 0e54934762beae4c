"""Raw iCalendar text helpers for the blind holdout20 event corpus (user: Hannah Schulz)."""

from __future__ import annotations

from dataclasses import dataclass

ME = "hannah.schulz@web.de"
ME_WORK = "h.schulz@sparkasse-elbtal.de"
STAMP = "20261120T091500Z"


@dataclass(frozen=True)
class Ev:
    """One corpus file: its slug, UID, label columns and iCalendar text."""

    slug: str
    uid: str
    is_interview: bool
    company: str
    role: str
    stage: str
    interviewers: str
    trap: str
    text: str


def esc(value: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets as RFC 5545 asks."""
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


def txt(name: str, value: str) -> str:
    """Given a property name and plain text returns the escaped property line."""
    return f"{name}:{esc(value)}"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION", cutype: str = "",
        rsvp: bool = True) -> str:
    """Given an attendee's address and parameters returns an ATTENDEE line."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={ps}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str = "") -> str:
    """Given the organiser's address and name returns an ORGANIZER line."""
    if not cn:
        return f"ORGANIZER:mailto:{email}"
    return f'ORGANIZER;CN="{cn}":mailto:{email}' if "," in cn else f"ORGANIZER;CN={cn}:mailto:{email}"


def vtz(tzid: str) -> list[str]:
    """Given a TZID for a Central European zone returns a VTIMEZONE block with EU summer-time rules."""
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def cal(prodid: str, *events: list[str], method: str = "", tzs: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    """Given a PRODID and VEVENT bodies returns a whole VCALENDAR as CRLF text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(vtz(tz))
    for body in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(body)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 15.1//EN"
WEST = "W. Europe Standard Time"
ROMANCE = "Romance Standard Time"

TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
            "meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}%40thread.v2/0>\nMeeting ID: "
            "{n}\nPasscode: {p}\nDownload Teams | Join on the web\nLearn More | Meeting options\n"
            "________________________________________________________________________________")
TEAMS_DE = ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
            "Raumgerät aus teil\nHier klicken, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/"
            "meetup-join/19%3ameeting_{k}%40thread.v2/0>\nBesprechungs-ID: {n}\nPasscode: {p}\nTeams "
            "herunterladen | Im Web beitreten\n"
            "________________________________________________________________________________")
ZOOM = ("Join Zoom Meeting\nhttps://us06web.zoom.us/j/{n}?pwd={k}\n\nMeeting ID: {n}\nPasscode: {p}\n\n"
        "---\n\nOne tap mobile\n+496938079883,,{n}# Germany\n+493056795800,,{n}# Germany")
MEET = ("Join with Google Meet: https://meet.google.com/{k}\nOr dial: (DE) +49 30 300195061 PIN: {n}#\n"
        "More phone numbers: https://tel.meet/{k}?pin={n}")
WEBEX = ("Rejoindre la réunion Webex\nhttps://{k}.webex.com/{k}/j.php?MTID=m{n}\nNuméro de la réunion "
         "(code d'accès) : {n}\nMot de passe de la réunion : {p}")


def teams(k: str, n: str, p: str, de: bool = False) -> str:
    """Given a key, meeting id and passcode returns the Teams footer Outlook appends."""
    return (TEAMS_DE if de else TEAMS_EN).format(k=k, n=n, p=p)


def zoom(k: str, n: str, p: str) -> str:
    """Given a pwd key, meeting id and passcode returns Zoom's invitation block."""
    return ZOOM.format(k=k, n=n, p=p)


def meet(k: str, n: str) -> str:
    """Given a Meet code and PIN returns Google's conference footer."""
    return MEET.format(k=k, n=n)


def webex(k: str, n: str, p: str) -> str:
    """Given a site, meeting number and password returns Webex's French block."""
    return WEBEX.format(k=k, n=n, p=p)
