"""iCalendar text helpers for the blind holdout40 event corpus (issue 4)."""

from __future__ import annotations

from dataclasses import dataclass

ME_HOME = "tomgallagher@hotmail.co.uk"
ME_WORK = "t.gallagher@ulster-mutual-bank.co.uk"
STAMP = "DTSTAMP:20261102T091500Z"


@dataclass(frozen=True)
class Ev:
    kind: str
    lang: str
    text: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


TZ = {
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200"),
    "GMT Standard Time": ("GMT", "BST", "+0000", "+0100"),
    "W. Europe Standard Time": ("CET", "CEST", "+0100", "+0200"),
    "Romance Standard Time": ("CET", "CEST", "+0100", "+0200"),
}


def vtimezone(tzid: str) -> str:
    std, dst, off_std, off_dst = TZ[tzid]
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            "DTSTART:16011028T030000" if off_std == "+0100" else "DTSTART:16011028T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            f"TZOFFSETFROM:{off_dst}",
            f"TZOFFSETTO:{off_std}",
            f"TZNAME:{std}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010325T020000" if off_std == "+0100" else "DTSTART:16010325T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            f"TZOFFSETFROM:{off_std}",
            f"TZOFFSETTO:{off_dst}",
            f"TZNAME:{dst}",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    )


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets (RFC 5545 3.1), never splitting a UTF-8 sequence."""
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
    prodid: str,
    body: str,
    tz: tuple[str, ...] = (),
    method: str = "REQUEST",
    head: str = "",
    nofold: bool = False,
) -> str:
    """Wrap VEVENT text into a VCALENDAR; fold long lines unless the producer does not."""
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        parts.append(f"METHOD:{method}")
    if head:
        parts.extend(head.strip("\n").split("\n"))
    for t in tz:
        parts.extend(vtimezone(t).split("\n"))
    parts.extend(x for x in body.strip("\n").split("\n"))
    parts.append("END:VCALENDAR")
    lines: list[str] = []
    for p in parts:
        lines.extend([p] if nofold else fold(p))
    return "\r\n".join(lines) + "\r\n"


def att(cn: str, email: str, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION", cutype: str = "") -> str:
    cu = f";CUTYPE={cutype}" if cutype else ""
    name = f'"{cn}"' if ("," in cn or ":" in cn or ";" in cn) else cn
    cnp = f";CN={name}" if cn else ""
    return f"ATTENDEE{cu};ROLE={role};PARTSTAT={stat};RSVP=TRUE{cnp}:mailto:{email}"


def org(cn: str, email: str) -> str:
    return f"ORGANIZER;CN={cn}:mailto:{email}" if cn else f"ORGANIZER:mailto:{email}"


def unfold_uids(text: str) -> list[str]:
    """Read UID values the way an iCalendar parser does (unfold, then split name:value)."""
    raw = text.replace("\r\n", "\n")
    raw = raw.replace("\n ", "").replace("\n\t", "")
    uids: list[str] = []
    depth_event = False
    for line in raw.split("\n"):
        if line == "BEGIN:VEVENT":
            depth_event = True
        elif line == "END:VEVENT":
            depth_event = False
        elif depth_event and (line.startswith("UID:") or line.startswith("UID;")):
            uids.append(line.split(":", 1)[1])
    return uids


TEAMS_EN = (
    r"\n________________________________________________________________________________\n"
    r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n"
    r"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}%40thread.v2/0>\n"
    r"Meeting ID: 371 552 904 118\nPasscode: {p}\nDownload Teams | Join on the web\n"
    r"Learn More | Meeting options\n"
    r"________________________________________________________________________________"
)
ZOOM_EN = (
    r"\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/8{k}?pwd={p}\n\nMeeting ID: 8{k}\nPasscode: {p}\n\n"
    r"---\n\nOne tap mobile\n+442034815240\,\,8{k}# United Kingdom\n+35312405317\,\,8{k}# Ireland\n"
)
MEET_EN = (
    r"\n\nJoin with Google Meet: https://meet.google.com/{k}\nOr dial: (GB) +44 20 3937 {p} PIN: 448 912 337#\n"
    r"More phone numbers: https://tel.meet/{k}?pin=448912337\n\n"
    r"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    r"You are receiving this email because you are an attendee on the event. To stop receiving future updates "
    r"for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
    r"response to the organizer\, be added to the guest list\, invite others regardless of their own invitation "
    r"status\, or modify your RSVP."
)
WEBEX_EN = (
    r"\n\n-- Do not delete or change any of the following text. --\n\nWhen it's time\, join your Webex meeting "
    r"here.\n\nMeeting number (access code): 2741 {k}\nMeeting password: {p}\n\nJoin meeting\n"
    r"https://meetings-emea.webex.com/meet/j.php?MTID=m{k}\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll"
)


def boiler(tpl: str, k: str, p: str) -> str:
    return tpl.replace("{k}", k).replace("{p}", p)
